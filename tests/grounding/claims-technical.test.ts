/**
 * claims.ts technicalDensity, weakenTechnicalNames and labelledNumber: in a technical source (scientific prose dense with
 * symbols) a term the claim adds ("CRISPR", "Caenorhabditis") or a label it adds to a name ("type 2") is weak evidence
 * (`unverified`), a label the source writes in another form ("BRCA 1" for "BRCA1") is supported; a substituted label, a
 * person's name, and the same additions against ordinary prose stay precise (`ungrounded`). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../src/grounding/check.js';
import { labelledNumber, technicalDensity, TECHNICAL_DENSITY, writtenJoined } from '../../src/grounding/claims.js';

const check = (source: string, answer: string) => checkAnswer({ id: 't', contexts: [{ id: 'c', text: source }], answer });
const flagsOf = (r: ReturnType<typeof check>) => r.claims.flatMap((c) => c.flags);

const SCIENCE =
  'Here we show that damage-induced fork reversal in mammalian cells requires PCNA ubiquitination, UBC13 and K63-linked ' +
  'polyubiquitin chains, and that spacers are acquired from the phage genome.';
const PROSE =
  'Here we show that the new store in the city centre requires a larger team, and that the spring sale brought many new customers.';

describe('technical density (claims.ts technicalDensity)', () => {
  it('scientific prose lies above the threshold, e-mail prose with prices, durations and brands below', () => {
    expect(technicalDensity({ text: SCIENCE })).toBeGreaterThanOrEqual(TECHNICAL_DENSITY);
    expect(technicalDensity({ text: PROSE })).toBe(0);
    // numbers with units, ordinals, decades and capitalized brands are no symbols
    expect(technicalDensity({ text: 'CloudTrek costs $50/user for the 30-day trial from the 31st, as in the 1980s.' })).toBe(0);
  });
});

describe('a term added to a technical source is weak evidence (claims.ts weakenTechnicalNames)', () => {
  it('an added symbol or coined term makes the claim unverified, not ungrounded', () => {
    const r = check(SCIENCE, 'In CRISPR immunity, fork reversal requires PCNA ubiquitination and UBC13.');
    expect(r.verdict).toBe('unverified');
    expect(flagsOf(r).find((f) => f.name === 'unsupported-entity')?.weak).toBe(true);
    expect(check(SCIENCE, 'In Caenorhabditis cells, fork reversal requires PCNA ubiquitination and UBC13.').verdict).toBe('unverified');
  });
  it('attack: a person named in a technical source stays precise, unless the source is a research report (register.ts)', () => {
    const dense = 'Damage-induced fork reversal requires PCNA ubiquitination, UBC13 and K63-linked polyubiquitin chains.';
    expect(check(dense, 'Fork reversal, as Nelson showed, requires PCNA ubiquitination and UBC13.').verdict).toBe('ungrounded');
    // "Here we show ... in mammalian cells": a claim about a research report names what it leaves implicit (weak)
    expect(check(SCIENCE, 'Fork reversal, as Nelson showed, requires PCNA ubiquitination and UBC13.').verdict).toBe('unverified');
  });
  it('attack: the same added acronym against ordinary prose stays precise', () => {
    const r = check(PROSE, 'The new store in the city centre of CRISPR requires a larger team.');
    expect(r.verdict).toBe('ungrounded');
    expect(flagsOf(r).some((f) => f.name === 'unsupported-entity' && !f.weak)).toBe(true);
  });
});

describe('a number that labels a name (claims.ts labelledNumber)', () => {
  const q = (claim: string, n: string) => {
    const start = claim.indexOf(n);
    return { kind: 'number', text: n, start, end: start + n.length };
  };
  it('a label the source writes joined to the name is stated', () => {
    const claim = 'BRCA 1 mutation carriers have a higher risk.';
    expect(labelledNumber(q(claim, '1'), claim, 0, [{ text: 'Risks varied by the location of BRCA1 mutations.' }])).toBe('stated');
    const r = check('Breast cancer risks varied by type and location of BRCA1 mutations.', 'BRCA 1 mutation risks varied by location.');
    expect(r.verdict).toBe('grounded');
  });
  it('a label added in a technical source is weak; "Smc5/6" against "Smc5" too', () => {
    const r = check(SCIENCE, 'Fork reversal requires PCNA ubiquitination and UBC13 in type 2 cells.');
    expect(r.verdict).toBe('unverified');
    const claim = 'Smc5/6 engagement drives the activation of the ligase.';
    const src = [{ text: 'Microscopy of the Smc5-Mms21 heterodimer (SUMO E3, ATP, K63) shows that PCNA is remodeled.' }];
    expect(labelledNumber(q(claim, '6'), claim, 0, src)).toBe('added');
  });
  it('attack: a substituted label ("grade 2" where the source says "grade 3") stays precise', () => {
    const src = 'More cases of CIN grade 3 or worse were detected with HPV testing (PCNA, UBC13, K63).';
    const r = check(src, 'More cases of CIN grade 2 were detected with HPV testing.');
    expect(r.verdict).toBe('ungrounded');
    expect(flagsOf(r).some((f) => f.name === 'quantity-mismatch' && !f.weak)).toBe(true);
  });
  it('attack: an added label in ordinary prose stays precise, and a quantity is no label', () => {
    expect(check(PROSE, 'The new store in the city centre requires a larger team of type 2.').verdict).toBe('ungrounded');
    const claim = 'The team grew by 12 people.';
    expect(labelledNumber(q(claim, '12'), claim, 0, [{ text: SCIENCE }])).toBeUndefined();
  });
});

describe('technical symbols (claims.ts TECHNICAL, through technicalDensity)', () => {
  it('counts hyphenated gene symbols and short mixed-case symbols, not brands', () => {
    expect(technicalDensity({ text: 'PD-L1 HTLV-1 RhoA hnRNP-A1' })).toBe(1);
    expect(technicalDensity({ text: 'CloudTrek DataVault iPhone NovoIntel' })).toBe(0);
  });
  it('an added symbol of mixed case in a technical source is weak; attack: a long place name stays precise in prose', () => {
    expect(check(SCIENCE, 'Fork reversal requires RhoA, PCNA ubiquitination and UBC13.').verdict).toBe('unverified');
    expect(check(PROSE, 'The new store in Mannheimstadt requires a larger team.').verdict).toBe('ungrounded');
  });
});

describe('a number or code written in another notation (claims.ts writtenJoined)', () => {
  const at = (claim: string, span: string, text: string) => {
    const from = claim.indexOf(span);
    return writtenJoined(claim, from, from + span.length, [{ text }]);
  };
  it('a name spaced out, or spelled out before an abbreviation, is the source token', () => {
    const src = 'The wobble modification in tRNAs, mcm(5)s(2)U, is required for decoding; NVP-BEZ235 inhibits the PI3K/mTOR axis.';
    expect(at('mcm 5 s 2 U is required for decoding.', '5 s', src)).toBe(true);
    expect(at('Inhibitors of phosphatidylinositide 3-kinase work.', '3-kinase', src)).toBe(true);
    expect(check(src, 'mcm 5 s 2 U is required for decoding in tRNAs.').verdict).toBe('grounded');
  });
  it('attack: a number beside a function word is no name ("a 30%" against "a 30-minute call")', () => {
    const src = 'Sign up within 10 days for a 20% discount; I can set up a 30-minute call.';
    expect(at('Sign up within 10 days for a 30% discount.', '30%', src)).toBe(false);
    expect(check(src, 'Sign up within 10 days for a 30% discount.').verdict).toBe('ungrounded');
  });
  it('attack: another number in the same name stays a mismatch ("mcm 6 s 2 U")', () => {
    const src = 'The wobble modification in tRNAs, mcm(5)s(2)U, is required for decoding (PCNA, UBC13, K63).';
    expect(at('mcm 6 s 2 U is required for decoding.', '6 s', src)).toBe(false);
  });
});
