/**
 * claims.ts directionFlags: an effect stated in the other direction of the same object is an antonym swap, even when
 * the source uses the claim's word elsewhere; paraphrases in the same direction, effects of other objects and negated
 * effects are not. Sentences written for these tests (not taken from any corpus).
 */
import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../src/grounding/check.js';
import { directionFlags, directionOf } from '../../src/grounding/claims.js';
import { analyze } from '../../src/grounding/nlp.js';

const check = (source: string, answer: string) => checkAnswer({ id: 'd', contexts: [{ id: 'c', text: source }], answer });
const flagsOf = (source: string, answer: string) =>
  directionFlags(
    analyze(answer).sentences.flatMap((s) => s.tokens),
    analyze(source).sentences,
  );

describe('direction of an effect (claims.ts)', () => {
  it('flags the reversed direction of the same object, though the source uses the word of another object', () => {
    const src = 'Aspirin decreased the risk of stroke but was associated with an increased risk of gastric bleeding.';
    expect(flagsOf(src, 'Aspirin decreases the risk of gastric bleeding.').map((f) => f.span)).toEqual(['decreases']);
    expect(check(src, 'Aspirin decreases the risk of gastric bleeding.').verdict).toBe('ungrounded');
    // negative control: the direction the source states of that object
    expect(flagsOf(src, 'Aspirin increases the risk of gastric bleeding.')).toEqual([]);
    expect(flagsOf(src, 'Aspirin decreases the risk of stroke.')).toEqual([]);
  });
  it('compares a nominalisation with a verb, and measure nouns are interchangeable', () => {
    const src = 'Statin therapy was associated with a reduction in the incidence of dementia in all age groups.';
    expect(flagsOf(src, 'Statin therapy increases rates of dementia.').map((f) => f.span)).toEqual(['increases']);
    expect(flagsOf(src, 'Statin therapy lowers rates of dementia.')).toEqual([]);
  });
  it('reads a predicate: the subject is the object of "is increased"', () => {
    const src = 'Renal blood flow is increased during the second trimester.';
    expect(flagsOf(src, 'Renal blood flow is reduced during pregnancy.').map((f) => f.span)).toEqual(['reduced']);
    expect(flagsOf(src, 'Renal blood flow is elevated during pregnancy.')).toEqual([]);
  });
  it('composes an effect on an effect ("enhanced suppression" is a decrease)', () => {
    const src = 'The variant results in enhanced suppression of mTOR signalling.';
    expect(flagsOf(src, 'The variant enhances mTOR signalling.').map((f) => f.span)).toEqual(['enhances']);
    expect(flagsOf(src, 'The variant suppresses mTOR signalling.')).toEqual([]);
  });
  it('an effect word whose scope ends at another effect word: "downregulation activates"', () => {
    const src = 'Persistent FOXP1 downregulation activates the JNK pathway in these cells.';
    expect(flagsOf(src, 'FOXP1 downregulation deactivates the JNK pathway.').map((f) => f.span)).toEqual(['deactivates']);
    expect(flagsOf(src, 'FOXP1 downregulation activates the JNK pathway.')).toEqual([]);
  });
  it('needs the same object: other objects and a single shared measure noun are no evidence', () => {
    const src = 'Exercise increased muscle strength in older adults.';
    expect(flagsOf(src, 'Exercise decreases body fat in older adults.')).toEqual([]);
    expect(flagsOf('Vitamin D increased the risk of falls.', 'Vitamin D decreases the risk of fractures.')).toEqual([]);
  });
  it('a negated effect states no direction (negation-flip compares those)', () => {
    expect(flagsOf('Carvedilol did not improve heart failure outcomes.', 'Carvedilol worsens heart failure outcomes.')).toEqual([]);
    expect(flagsOf('Carvedilol improved heart failure outcomes.', 'Carvedilol does not worsen heart failure outcomes.')).toEqual([]);
  });
  it('words that name object properties ("constructor", "toString") are no effect words', () => {
    const toks = analyze('The constructor hasOwnProperty toString valueOf increased.').sentences.flatMap((s) => s.tokens);
    expect(toks.filter((t) => directionOf(t)).map((t) => t.lower)).toEqual(['increased']);
  });
  it('the axes stay apart: an amount is not a quality', () => {
    expect(flagsOf('The drug improved sleep quality.', 'The drug reduces sleep quality.')).toEqual([]);
  });
});
