/**
 * How much of a claim the sources cover (issue 20, third pass; src/grounding/check.ts): a reply's light words ("a lot of
 * time", "sure") are left out beside enough informative ones; a number the sources state counts as a covered word. Each
 * rule has a control it must not fire on. Cases are written for the tests (not copied from the corpora).
 */
import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../src/grounding/check.js';
import type { AnswerResult, Flag } from '../../src/grounding/types.js';

const check = (context: string, answer: string, question?: string): AnswerResult =>
  checkAnswer({ id: 't', contexts: [{ id: 'c', text: context }], answer, ...(question ? { question } : {}) });
const flagsOf = (r: AnswerResult, name: string): Flag[] => r.claims.flatMap((c) => c.flags.filter((f) => f.name === name));

describe("a reply's light words are left out of its coverage beside enough informative words", () => {
  const CATS = 'Cats spend most of their day sleeping.';
  it('"cats sure do spend a lot of time sleeping" is covered by "cats spend their day sleeping"', () => {
    const r = check(CATS, 'Yeah, cats sure do spend a lot of time sleeping, it is a thing.', 'My cat is lazy.');
    expect(flagsOf(r, 'low-coverage')).toEqual([]);
    expect(r.verdict).toBe('grounded');
  });
  it('control: in a summary (no turn) the light words count', () => {
    expect(flagsOf(check(CATS, 'Cats sure do spend a lot of time sleeping, it is a thing.'), 'low-coverage')).toHaveLength(1);
  });
  it('control: informative words the sources never use still count ("hunting mice in barns")', () => {
    const r = check(CATS, 'Yeah, cats sure do spend a lot of time hunting mice in barns.', 'My cat is lazy.');
    expect(flagsOf(r, 'low-coverage')).toHaveLength(1);
  });
  it('control: a remark made of light words is measured as written ("sure, a lot of time")', () => {
    const r = check(CATS, 'Sure, they take a lot of time.', 'My cat is lazy.');
    expect(flagsOf(r, 'low-coverage')).toHaveLength(1);
  });
});

describe('a number the sources state counts as a covered word', () => {
  const TOWN = 'The town had a population of 12,500 in 2010.';
  it('"its 12,500 residents lived there in 2010" is anchored by two stated numbers', () => {
    const r = check(TOWN, 'Its 12,500 residents lived there in 2010.', 'I grew up in that town.');
    expect(flagsOf(r, 'low-coverage')).toEqual([]);
    expect(r.verdict).toBe('grounded');
  });
  it('control: a number the sources do not state anchors nothing (and is a mismatch)', () => {
    const r = check(TOWN, 'Its 13,500 residents lived there in 2010.', 'I grew up in that town.');
    expect(r.verdict).toBe('ungrounded');
    expect(flagsOf(r, 'quantity-mismatch').map((f) => f.span)).toEqual(['13,500']);
  });
  it('control: a single digit is too common to anchor a claim', () => {
    const r = check('The 3 founders met in Paris.', 'They had 3 kids together.', 'I read about them.');
    expect(flagsOf(r, 'low-coverage')).toHaveLength(1);
  });
});
