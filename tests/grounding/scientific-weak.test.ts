/**
 * claims.ts weakenInScientificProse: against scientific prose the dev splits show two strong flags imprecise when they are
 * a claim's only kind of strong flag: a missing code that names a substance (against a research report), and any strong
 * flag of a claim the passage hardly covers (below a fifth of its content words). There they make the claim `unverified`
 * (`weak`); outside scientific prose, and with a second independent strong flag, the verdict is unchanged. Sentences
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../src/grounding/check.js';
import { weakenInScientificProse } from '../../src/grounding/claims.js';
import { soleFlagPrecision, sourceRegister } from '../../src/grounding/evaluate.js';

const check = (source: string, answer: string) => checkAnswer({ id: 's', contexts: [{ id: 'c', text: source }], answer });
const flagsOf = (r: ReturnType<typeof check>) => r.claims.flatMap((c) => c.flags);

/** A research report (section heads, "we show that"): the scientific register. */
const REPORT =
  'RESULTS Here we show that Rab-11 recycling endosomes carry the receptor back to the plasma membrane in cultured neurons. ' +
  'CONCLUSIONS Loss of Rab-11 slows receptor recycling in neurons.';
/** The same facts in an operations note: dense with a code (scientific by its symbols), but no research report. */
const NOTE =
  'The support team confirmed that Rab-11 is the ticket queue that sends returned devices back to the warehouse every morning. ' +
  'Without Rab-11 the returns take longer to reach the warehouse.';

describe('a code naming a substance against a research report (weak)', () => {
  it('another member of a code family is weak against a research report', () => {
    const r = check(REPORT, 'Rab-27 endosomes carry the receptor back to the plasma membrane in neurons.');
    const f = flagsOf(r).find((x) => x.name === 'unsupported-identifier');
    expect(f?.weak).toBe(true);
    expect(r.verdict).toBe('unverified');
  });
  it('outside a research report (an operations note dense with the code) the same substitution stays ungrounded', () => {
    const r = check(NOTE, 'Rab-27 is the ticket queue that sends returned devices back to the warehouse every morning.');
    expect(flagsOf(r).some((x) => x.name === 'unsupported-identifier' && !x.weak)).toBe(true);
    expect(r.verdict).toBe('ungrounded');
  });
  it('a version number stays precise in scientific prose', () => {
    const flags = weakenInScientificProse(
      [{ name: 'unsupported-identifier', span: 'v2.10.2', detail: 'code "v2.10.2" does not occur in the cited sources' }],
      true,
      [{ text: REPORT }],
    );
    expect(flags[0].weak).toBeUndefined();
  });
});

describe('the register of a claim with its source (claims.ts weakenInScientificProse claimText)', () => {
  /** One sentence of an abstract: dense with symbols, a single cue of the research register ("genome"). */
  const SENTENCE = 'In conjunction with Cin8, a kinesin-5 family member, the sliding activity of Kip3 promotes genome stability.';
  const flag = {
    name: 'unsupported-identifier' as const,
    span: 'kinesin-8',
    detail: 'code "kinesin-8" does not occur in the cited sources',
  };
  it('a claim that adds a second cue ("protein") makes the pair a research report: the changed code is weak', () => {
    expect(
      weakenInScientificProse([flag], true, [{ text: SENTENCE }], 'The kinesin-8 protein Kip3 promotes genome stability.')[0].weak,
    ).toBe(true);
    expect(check(SENTENCE, 'The sliding activity of kinesin-8 protein Kip3 promotes genome stability.').verdict).toBe('unverified');
  });
  it('negative controls: no claim text, or a claim with no cue of its own, leave the flag strong', () => {
    expect(weakenInScientificProse([flag], true, [{ text: SENTENCE }])[0].weak).toBeUndefined();
    expect(
      weakenInScientificProse([flag], true, [{ text: SENTENCE }], 'The kinesin-8 member Kip3 promotes genome stability.')[0].weak,
    ).toBeUndefined();
    expect(check(SENTENCE, 'The sliding activity of kinesin-8 member Kip3 promotes genome stability.').verdict).toBe('ungrounded');
  });
});

describe('a claim that scientific prose hardly covers (weak)', () => {
  const low = { name: 'low-coverage' as const, detail: "only 10% of the claim's content words occur in the cited sources" };
  const qty = { name: 'quantity-mismatch' as const, span: '40%', detail: '"40%" (percent 40%) is not stated in the cited sources' };
  const neg = { name: 'negation-flip' as const, detail: 'the claim negates "recycling", which the source affirms' };
  it('its single kind of strong flag is weak against scientific prose, unchanged elsewhere', () => {
    expect(weakenInScientificProse([qty, low], true, [{ text: REPORT }])[0].weak).toBe(true);
    expect(weakenInScientificProse([qty, low], false, [{ text: NOTE }])[0].weak).toBeUndefined();
  });
  it('two independent strong flags stay strong', () => {
    const out = weakenInScientificProse([qty, neg, low], true, [{ text: REPORT }]);
    expect(out.some((f) => f.weak)).toBe(false);
  });
  it('end to end: a percentage in a claim about something else is unverified against a report, ungrounded against plain prose', () => {
    const claim = 'Among elderly smokers, hip fractures fell 40% after vitamin supplementation.';
    const sci = check(REPORT + ' Recycling fell by 25% without Rab-11.', claim);
    expect(sci.verdict).toBe('unverified');
    expect(flagsOf(sci).some((f) => f.name === 'quantity-mismatch' && f.weak)).toBe(true);
    const plain = check(
      'The support team sends returned devices back to the warehouse every morning. Returns fell by 25% in March.',
      claim,
    );
    expect(plain.verdict).toBe('ungrounded');
  });
});

describe('the register of a case and the precision of its sole strong flag (evaluate.ts)', () => {
  const row = (c: Parameters<typeof checkAnswer>[0], supported: boolean) => ({ case: c, supported, docId: 'd1' });
  it('tells scientific prose, dialogue, transcripts and documents apart', () => {
    const sci = { id: 'a', contexts: [{ id: 'c', text: REPORT }], answer: 'Rab-11 carries the receptor back in neurons.' };
    const dia = {
      id: 'b',
      question: 'Have you been to Oslo?',
      contexts: [{ id: 'c', text: 'Oslo is the capital of Norway.' }],
      answer: 'Yes, Oslo is lovely.',
    };
    const talk = 'Anna: We ship on Monday.\nBen: Monday works.\nAnna: Then the review is on Friday.\n';
    const tr = { id: 'c', contexts: [{ id: 'c', text: talk }], answer: 'The team ships on Monday.' };
    const doc = { id: 'd', contexts: [{ id: 'c', text: 'Dear Ben, we ship on Monday.' }], answer: 'They ship on Monday.' };
    expect([sci, dia, tr, doc].map((c) => sourceRegister(c, checkAnswer(c)))).toEqual(['scientific', 'dialogue', 'transcript', 'document']);
  });
  it('counts an ungrounded answer under its only kind of strong flag, right when the row is unsupported', () => {
    const c = {
      id: 'e',
      contexts: [{ id: 'c', text: 'Dear Ben, we ship on Monday with 3 pallets.' }],
      answer: 'They ship 5 pallets on Monday.',
    };
    const a = checkAnswer(c);
    expect(a.verdict).toBe('ungrounded');
    const p = soleFlagPrecision([row(c, false), row(c, true)], [a, a]);
    expect(p.document['quantity-mismatch']).toEqual({ right: 1, wrong: 1 });
  });
});
