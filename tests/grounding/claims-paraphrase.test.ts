/**
 * Paraphrase and polarity of scientific claims: comparatives met through their surface form as well as their lemma
 * (lexicon.ts antonymsOf), "unable to" / "incapable of" as negation cues (nlp.ts), and the long form of an abbreviation
 * the claim defines (claims.ts longFormStart, inDefinedLongForm; dialogue.ts romanNumber). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../src/grounding/check.js';
import { inDefinedLongForm, longFormStart } from '../../src/grounding/claims.js';
import { romanNumber } from '../../src/grounding/dialogue.js';
import { antonymsOf } from '../../src/grounding/lexicon.js';
import { analyze } from '../../src/grounding/nlp.js';

const check = (source: string, answer: string) => checkAnswer({ id: 'p', contexts: [{ id: 'c', text: source }], answer });
const names = (r: ReturnType<typeof check>) => r.claims.flatMap((c) => c.flags.map((f) => f.name));

describe('antonyms by lemma and surface form (lexicon.ts antonymsOf)', () => {
  it('a comparative meets its antonym whichever way the tagger lemmatised either', () => {
    expect(antonymsOf({ lemma: 'short', lower: 'shorter' })).toEqual(expect.arrayContaining(['long', 'longer']));
    expect(antonymsOf({ lemma: 'high', lower: 'high' })).toEqual(['low']);
    const r = check(
      'Women with a longer reproductive period had more dementia.',
      'Women with a shorter reproductive period had more dementia.',
    );
    expect(r.verdict).toBe('ungrounded');
    expect(names(r)).toContain('antonym-swap');
  });
  it('negative controls: the same comparative, a word with no antonym', () => {
    expect(
      check('Women with a longer reproductive period had more dementia.', 'Women with a longer reproductive period had more dementia.')
        .verdict,
    ).toBe('grounded');
    expect(antonymsOf({ lemma: 'period', lower: 'periods' })).toEqual([]);
  });
});

describe('"unable to" and "incapable of" negate what follows (nlp.ts)', () => {
  const src = 'A single dose of the vaccine elicited rapid neutralizing antibodies in mice.';
  it('are negation cues', () => {
    const t = analyze('Mice are unable to produce antibodies.').sentences[0].tokens;
    expect(t.find((x) => x.lower === 'unable')?.cue).toBe(true);
    expect(analyze('Mice are incapable of producing antibodies.').sentences[0].tokens.find((x) => x.lower === 'incapable')?.cue).toBe(true);
    expect(names(check(src, 'Mice are incapable of producing neutralizing antibodies after the vaccine.'))).toContain('negation-flip');
    expect(names(check(src, 'Mice are unable to produce neutralizing antibodies after the vaccine.'))).toContain('negation-flip');
  });
  it('negative controls: "unable" without "to", a claim the source supports', () => {
    expect(analyze('The unable staff left.').sentences[0].tokens.find((x) => x.lower === 'unable')?.cue).toBe(false);
    expect(check(src, 'Mice produce neutralizing antibodies after a single dose of the vaccine.').verdict).toBe('grounded');
  });
});

describe('the long form of an abbreviation the claim defines (claims.ts longFormStart, inDefinedLongForm)', () => {
  const toks = (s: string) => analyze(s).sentences[0].tokens;
  const at = (t: ReturnType<typeof toks>, v: string) => t.findIndex((x) => x.value === v);
  it('Roman numerals count as digits', () => {
    expect(romanNumber('VI')).toBe(6);
    expect(romanNumber('IV')).toBe(4);
    expect(romanNumber('XII')).toBe(12);
    expect(romanNumber('I')).toBeUndefined();
    expect(romanNumber('VIVID')).toBeUndefined();
  });
  it('finds where the long form starts, skipping a leading stop word', () => {
    const t = toks('The type VI secretion system (T6SS) carries toxins.');
    expect(longFormStart(t, at(t, 'T6SS'))).toBe(at(t, 'type'));
    const f = toks('Intake of folic acid (FA) lowers homocysteine.');
    expect(longFormStart(f, at(f, 'FA'))).toBe(at(f, 'folic'));
    expect(longFormStart(f, at(f, 'acid'))).toBe(-1);
  });
  it('a word of the long form names nothing new when the sources write the short form', () => {
    const t = toks('The type VI secretion system (T6SS) carries toxins.');
    expect(inDefinedLongForm(t, at(t, 'VI'), (x) => x === 'T6SS')).toBe(true);
    expect(inDefinedLongForm(t, at(t, 'VI'), () => false)).toBe(false);
    expect(inDefinedLongForm(t, at(t, 'carries'), (x) => x === 'T6SS')).toBe(false);
    const src = 'We show that the T6SS spike carries toxins into target cells.';
    expect(check(src, 'The type VI secretion system (T6SS) spike carries toxins into target cells.').verdict).toBe('grounded');
  });
  it('negative controls: a name outside the long form, a short form the sources never write', () => {
    const src = 'We show that the T6SS spike carries toxins into target cells.';
    expect(names(check(src, 'The Acme VI secretion system (T6SS) spike carries toxins into target cells.'))).toContain(
      'unsupported-entity',
    );
    expect(
      names(check('We show that the spike carries toxins into target cells.', 'The type VI secretion system (T6SS) spike carries toxins.')),
    ).toContain('unsupported-entity');
  });
});
