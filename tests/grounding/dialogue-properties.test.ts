/**
 * Properties of src/grounding/dialogue.ts over random text (fast-check): clauses partition a sentence's tokens in order,
 * a hedged assertion holds only tokens of its sentence, a typing slip is symmetric and never the same word, and no hedge,
 * shouted word or demonym crashes the checker.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkAnswer } from '../../src/grounding/check.js';
import { clausesOf, hedgedAssertion, oneSlipApart } from '../../src/grounding/dialogue.js';
import { analyze } from '../../src/grounding/nlp.js';

const PIECES = [
  "I'm not sure",
  'Not sure',
  'but',
  'though',
  ',',
  ';',
  '!',
  '?',
  '...',
  '—',
  'WISH',
  'LOL',
  'Irish',
  'loop holes',
  'Phillips',
  'Philips',
  'é',
  '１２',
  "don't know",
];
const text = fc
  .array(
    fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 8 })),
    { maxLength: 14 },
  )
  .map((a) => a.join(' '));

describe('dialogue.ts properties', () => {
  it('clausesOf keeps every token at most once, in order; hedgedAssertion returns tokens of the sentence', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const s of analyze(t).sentences) {
          const flat = clausesOf(s.text, s.tokens).flatMap((c) => c.tokens);
          let last = -1;
          for (const tok of flat) {
            const i = s.tokens.indexOf(tok);
            expect(i).toBeGreaterThan(last);
            last = i;
          }
          const asserted = hedgedAssertion(
            s.text,
            s.tokens,
            () => false,
            () => false,
          );
          expect(asserted.every((x) => s.tokens.includes(x))).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
  it('oneSlipApart is symmetric and false for equal words', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }), (a, b) => {
        expect(oneSlipApart(a, b)).toBe(oneSlipApart(b, a));
        expect(oneSlipApart(a, a)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
  it('no hedge, shouted word, demonym or compound crashes the checker', () => {
    fc.assert(
      fc.property(text, text, text, (context, answer, question) => {
        const r = checkAnswer({ id: 'p', contexts: [{ id: 'c', text: context }], answer, question });
        expect(['grounded', 'ungrounded', 'unverified']).toContain(r.verdict);
      }),
      { numRuns: 150 },
    );
  });
});
