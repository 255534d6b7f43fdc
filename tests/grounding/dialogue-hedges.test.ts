/**
 * Hedges in dialogue responses (issue 20, src/grounding/dialogue.ts hedgedAssertion and check.ts's abstentions): a hedge
 * with an adverb is an abstention, and a hedge beside a claim abstains from nothing: the claim is checked. Each rule
 * has a negative control. Cases are written for the tests (not copied from the corpora).
 */
import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../src/grounding/check.js';
import { clausesOf, hedgedAssertion } from '../../src/grounding/dialogue.js';
import { analyze } from '../../src/grounding/nlp.js';
import type { AnswerResult, FlagName } from '../../src/grounding/types.js';

const check = (context: string, answer: string, question?: string): AnswerResult =>
  checkAnswer({ id: 't', contexts: [{ id: 'c', text: context }], answer, ...(question ? { question } : {}) });
const flags = (r: AnswerResult): FlagName[] => r.claims.flatMap((c) => c.flags.map((f) => f.name));
const tokens = (text: string) => analyze(text).sentences[0].tokens;
const no = () => false;

const LIFT = 'Each weightlifter receives three attempts in each lift, and the best two successful lifts decide the result.';

describe('hedges are abstentions, also with an adverb or without a subject', () => {
  it('"I\'m honestly not sure", "I am not entirely sure", "Not sure", "I don\'t remember" abstain', () => {
    for (const hedge of [
      "I'm honestly not sure which one sold best.",
      'I am not entirely sure.',
      'Not sure, sorry!',
      "I don't remember.",
    ]) {
      const r = check(LIFT, hedge, 'Which album sold best?');
      expect(r.verdict, hedge).toBe('grounded');
      expect(r.claims[0].abstention, hedge).toBe(true);
    }
  });
  it('control: a statement that merely contains "sure" is checked ("Make sure to bring chalk")', () => {
    const r = check(LIFT, 'Make sure to bring chalk and wrist straps to the competition.');
    expect(r.claims[0].abstention).toBeUndefined();
    expect(r.verdict).toBe('unverified');
  });
});

describe('a hedge beside a claim abstains from nothing', () => {
  it('the clause beside the hedge is checked: supported, it is grounded (the hedge words do not lower its coverage)', () => {
    const r = check(LIFT, 'Not sure, but they are given three attempts in each lift.', 'How many people compete?');
    expect(r.verdict).toBe('grounded');
    expect(r.claims[0].abstention).toBeUndefined();
  });
  it('control: an invented clause beside a hedge is no abstention ("I\'m not sure, but Intel dominates ...")', () => {
    const r = check(LIFT, "I'm not sure, but weightlifting was invented by monks in medieval Scotland monasteries.");
    expect(r.verdict).not.toBe('grounded');
    expect(flags(r)).toContain('low-coverage');
  });
  it('hedgedAssertion: the content words beside the hedge; nothing when the rest restates the question', () => {
    const hedged = "I'm not sure, but Intel dominates the market.";
    expect(clausesOf(hedged, tokens(hedged)).map((c) => c.text.trim())).toEqual(["I'm not sure", 'Intel dominates the market.']);
    expect(hedgedAssertion(hedged, tokens(hedged), no, () => false).map((t) => t.value)).toEqual(['Intel', 'dominates', 'market']);
    const q = analyze('Which album sold best?');
    const asked = (t: { lemma: string }) => q.vocabulary.has(t.lemma);
    const best = "I'm honestly not sure which one sold best.";
    expect(hedgedAssertion(best, tokens(best), no, asked)).toEqual([]);
    const results = "I'm not sure about the results.";
    expect(hedgedAssertion(results, tokens(results), no, () => false)).toEqual([]);
    // a clause that abstains itself ("the documents do not say who the CEO is") asserts nothing
    const docs = "I don't know; the documents do not say who the CEO of Acme is.";
    expect(
      hedgedAssertion(
        docs,
        tokens(docs),
        (x) => /do not say/.test(x),
        () => false,
      ),
    ).toEqual([]);
    expect(hedgedAssertion(docs, tokens(docs), no, () => false).map((t) => t.value)).toEqual(['documents', 'CEO', 'Acme']);
  });
});
