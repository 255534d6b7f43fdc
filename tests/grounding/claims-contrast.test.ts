/**
 * claims.ts otherCaseDenied: in the contrastive ellipsis "A but not B" the source denies B, another case than A; a claim
 * about A that shares B's first words is no precise negation flip (`unverified`), a claim about B is. Sentences written
 * for these tests.
 */
import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../src/grounding/check.js';

const SRC =
  'Protection strongly correlates with effector T cells in the lymph node but not with the responses of such T cells in the blood.';
const flip = (answer: string) =>
  checkAnswer({ id: 'n', contexts: [{ id: 'c', text: SRC }], answer })
    .claims.flatMap((c) => c.flags)
    .find((f) => f.name === 'negation-flip');

describe('a denial of another case (claims.ts otherCaseDenied)', () => {
  it('a claim about the lymph node is no precise flip of "but not ... in the blood"', () => {
    const f = flip('Vaccines induce stronger responses of effector T cells in the lymph node.');
    expect(f?.weak).toBe(true);
  });
  it('attack: a claim about the denied case (the blood) stays a precise flip', () => {
    const f = flip('In the lymph node, protection correlates with the responses of T cells in the blood.');
    expect(f).toBeDefined();
    expect(f?.weak).toBeUndefined();
  });
  it('attack: a plain denial (no contrast) stays a precise flip', () => {
    const r = checkAnswer({
      id: 'n',
      contexts: [{ id: 'c', text: 'Protection does not correlate with the responses of such T cells in the blood.' }],
      answer: 'Protection correlates with responses of T cells in the lymph node.',
    });
    const f = r.claims.flatMap((c) => c.flags).find((x) => x.name === 'negation-flip');
    expect(f).toBeDefined();
    expect(f?.weak).toBeUndefined();
  });
});
