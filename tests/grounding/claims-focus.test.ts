/**
 * claims.ts focusOnNumber: "only" on a number the sources state judges its size and restricts nothing (no
 * `unsupported-restriction`); "only" on a noun phrase, or on a number the sources do not state, still restricts.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../src/grounding/check.js';

const check = (source: string, answer: string) => checkAnswer({ id: 'o', contexts: [{ id: 'c', text: source }], answer });
const names = (r: ReturnType<typeof check>) => r.claims.flatMap((c) => c.flags.filter((f) => !f.weak).map((f) => f.name));
const SRC =
  'Alaska is the most sparsely populated state; its population was estimated at 738,432 people in 2015. Car insurance is offered.';

describe('a focus on a stated number (claims.ts focusOnNumber)', () => {
  it('"only 738,432 people" of a stated population is no restriction', () => {
    const r = check(SRC, 'Alaska had only 738,432 people in 2015.');
    expect(names(r)).not.toContain('unsupported-restriction');
    expect(r.verdict).toBe('grounded');
  });
  it('attack: "only" on a noun phrase still restricts', () => {
    expect(names(check(SRC, 'Alaska offers only car insurance.'))).toContain('unsupported-restriction');
  });
  it('attack: "only" on a number the sources do not state still restricts, beside the mismatch', () => {
    const n = names(check(SRC, 'Alaska had only 500,000 people in 2015.'));
    expect(n).toContain('unsupported-restriction');
    expect(n).toContain('quantity-mismatch');
  });
});
