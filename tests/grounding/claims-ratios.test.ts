/**
 * claims.ts ratioChangeKnown: a claim percentage that is the change a stated hazard, odds or risk ratio gives is
 * supported ("reduce risk by about 50%" against "HR 0.50"); the other direction, another size, or a claim with no
 * effect word is not. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../src/grounding/check.js';
import { ratioChangeKnown } from '../../src/grounding/claims.js';
import { analyze } from '../../src/grounding/nlp.js';

const tokens = (text: string) => analyze(text).sentences.flatMap((s) => s.tokens);
const SRC = [{ text: 'For quitters, HR 0.50 (95% CI, 0.36-0.69); participants with COPD reported more cough (odds ratio [OR] 1·95).' }];

describe('a percentage change from a stated ratio (claims.ts ratioChangeKnown)', () => {
  it('(1 - HR) for a decrease, (OR - 1) for an increase', () => {
    expect(ratioChangeKnown(50, tokens('Quitting smoking reduces lung cancer risk by approximately 50%.'), SRC)).toBe(true);
    expect(ratioChangeKnown(95, tokens('COPD increases the odds of cough by 95%.'), SRC)).toBe(true);
    const r = checkAnswer({
      id: 'r',
      contexts: [{ id: 'c', text: 'For quitters, the lung cancer HR was 0.50 (95% CI, 0.36-0.69).' }],
      answer: 'Quitters reduce lung cancer risk by approximately 50%.',
    });
    expect(r.claims.flatMap((c) => c.flags.map((f) => f.name))).not.toContain('quantity-mismatch');
  });
  it('attack: the other direction, another size, or no effect word gets no support', () => {
    expect(ratioChangeKnown(50, tokens('Quitting smoking increases lung cancer risk by 50%.'), SRC)).toBe(false);
    expect(ratioChangeKnown(30, tokens('Quitting smoking reduces lung cancer risk by 30%.'), SRC)).toBe(false);
    expect(ratioChangeKnown(50, tokens('Half of the quitters, 50%, had cancer.'), SRC)).toBe(false);
    expect(ratioChangeKnown(50, tokens('Quitting smoking does not reduce lung cancer risk by 50%.'), SRC)).toBe(false);
  });
});

describe('an adverb of polarity before an association word (claims.ts directionFlags)', () => {
  const SRC2 = 'Heavier birth weights were associated with increased breast cancer risk in five studies.';
  const names = (answer: string) =>
    checkAnswer({ id: 'a', contexts: [{ id: 'c', text: SRC2 }], answer }).claims.flatMap((c) => c.flags.map((f) => f.name));
  it('"negatively associated with breast cancer" reverses "increased breast cancer risk"', () => {
    expect(names('Birth weight is negatively associated with breast cancer.')).toContain('antonym-swap');
  });
  it('attack: "positively associated" states the same direction, no swap', () => {
    expect(names('Birth weight is positively associated with breast cancer.')).not.toContain('antonym-swap');
  });
});
