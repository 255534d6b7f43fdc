/**
 * claims.ts formKnown / abbreviates: a name or code of the claim that the source writes in another form (separators,
 * Greek letters spelled out, an abbreviation and its long form, after Schwartz & Hearst 2003) is no unsupported name;
 * a different code, a loose in-order match and an acronym of letters only are. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../src/grounding/check.js';
import {
  abbreviates,
  affixedCode,
  compoundAt,
  definedInClaim,
  foldGreek,
  formKnown,
  hyphenRuns,
  lookalikeSlip,
} from '../../src/grounding/claims.js';
import { analyze } from '../../src/grounding/nlp.js';

const src = (text: string) => [{ text }];
const check = (source: string, answer: string) => checkAnswer({ id: 'f', contexts: [{ id: 'c', text: source }], answer });

describe('abbreviations (Schwartz & Hearst)', () => {
  it('matches letters in order with the same digits', () => {
    expect(abbreviates('tspan3', 'tetraspanin 3')).toBe(true);
    expect(abbreviates('vb6', 'vitamin b6')).toBe(true);
    expect(abbreviates('srebp2', 'sterol regulatory element binding protein 2')).toBe(true);
    expect(abbreviates('ifn', 'interferon')).toBe(true);
  });
  it('negative controls: other digits, another first letter, too few letters, a long form no longer than the short', () => {
    expect(abbreviates('tspan4', 'tetraspanin 3')).toBe(false);
    expect(abbreviates('vb6', 'cobalamin b6')).toBe(false);
    expect(abbreviates('il', 'interleukin')).toBe(false);
    expect(abbreviates('xxx', 'xxxx')).toBe(false);
    // the last word of the long form must give a letter ("srebp" does not stretch over trailing words)
    expect(abbreviates('ab', 'alpha beta gamma')).toBe(false);
  });
  it('spells Greek letters out', () => {
    expect(foldGreek('αvβ3 integrin')).toBe('alpha vbeta 3 integrin'.replace('alpha vbeta 3', 'alpha v beta 3'));
  });
});

describe('forms of names and codes (claims.ts formKnown)', () => {
  it('separators, parentheses and Greek letters', () => {
    expect(formKnown('SHP-2', src('The SHP2 signal-deficient mice were born normal.'))).toBe(true);
    expect(formKnown('Th2', src('CX3CR1 signaling promoted T(H)2 survival.'))).toBe(true);
    expect(formKnown('av-Beta3', src('uptake through αvβ3 integrin'))).toBe(true);
    expect(formKnown('IFN-gamma', src('IFN-γ protects mice'))).toBe(true);
  });
  it('a code abbreviating source words, and the long form of a source short form', () => {
    expect(formKnown('VB6', src('low intakes of folate and vitamin B6'))).toBe(true);
    expect(formKnown('Tetraspanin-3', src('Tspan3 deletion impaired leukemia stem cell self-renewal.'))).toBe(true);
    expect(formKnown('Interferon', src('IFN-gamma receptor-deficient mice develop myocarditis.'))).toBe(true);
  });
  it('negative controls: another number, an acronym of letters only, a capitalized word read as an acronym', () => {
    expect(formKnown('kinesin-8', src('Cin8, a kinesin-5 family member'))).toBe(false);
    expect(formKnown('IL-6', src('IL-18 levels were higher in unstable plaques.'))).toBe(false);
    expect(formKnown('AMD', src('a man described the device'))).toBe(false);
    expect(formKnown('Abacus', src('ABC Corp sells software.'))).toBe(false);
    expect(formKnown('GreatInsuranceXYZ', src('Hello, this is Sam from BestInsuranceXYZ.'))).toBe(false);
  });
  it('in the checker: a code in another form is grounded, a changed code stays ungrounded', () => {
    const s = 'Tspan3 deletion markedly improved survival in mouse models of leukemia.';
    expect(check(s, 'Tspan3 deletion improved survival in mouse models of leukemia.').verdict).toBe('grounded');
    expect(check(s, 'Tetraspanin-3 deletion improved survival in mouse models of leukemia.').verdict).toBe('grounded');
    expect(check(s, 'Tspan4 deletion improved survival in mouse models of leukemia.').verdict).toBe('ungrounded');
  });
});

describe('Greek letters written as Latin ones (claims.ts LATIN)', () => {
  it('a code with the Latin letter of a Greek one, on either side', () => {
    expect(formKnown('PKCz', src('Loss of PKCζ in mice enhanced tumorigenesis.'))).toBe(true);
    expect(formKnown('IL-1β', src('Monocytes released IL-1b and IL-18.'))).toBe(true);
    expect(formKnown('NF-kB', src('Activation of NF-κB was blocked.'))).toBe(true);
  });
  it('a Greek letter of a long form is one letter: another Latin letter abbreviates nothing', () => {
    expect(abbreviates('il1b', 'interleukin 1 beta')).toBe(true);
    expect(abbreviates('il1a', 'interleukin 1 beta')).toBe(false);
    expect(formKnown('IL-1β', src('Monocytes released IL-1a and IL-18.'))).toBe(false);
    expect(formKnown('PKCa', src('Loss of PKCζ in mice enhanced tumorigenesis.'))).toBe(false);
  });
});

describe('a code inside a hyphenated compound (claims.ts hyphenRuns, affixedCode)', () => {
  it("every run of a token's hyphen parts is written in the source", () => {
    expect(hyphenRuns('anti-IL-2').sort()).toEqual(['2', 'IL', 'IL-2', 'anti', 'anti-IL', 'anti-IL-2'].sort());
    expect(hyphenRuns('p53')).toEqual(['p53']);
  });
  it('a prefix or a role word hyphenated to a code: the code and the affix', () => {
    expect(affixedCode('anti-interleukin-2')).toEqual({ affix: 'anti', core: 'interleukin-2' });
    expect(affixedCode('TNF-α-induced')).toEqual({ affix: 'induced', core: 'TNF-α' });
    expect(affixedCode('CD4-positive')).toEqual({ affix: 'positive', core: 'CD4' });
  });
  it('negative controls: an affixed word is no code, an unknown affix is none', () => {
    expect(affixedCode('anti-inflammatory')).toBeUndefined();
    expect(affixedCode('IL-2')).toBeUndefined();
    expect(affixedCode('kinesin-8')).toBeUndefined();
  });
  it('the long form of a code inside a source compound, and an affixed code whose affix the source writes', () => {
    expect(formKnown('interleukin-2', src('compared with anti-IL-2 receptor antibody induction therapy'))).toBe(true);
    expect(formKnown('TNF-α-induced', src('apoptosis was induced by TNF-alpha in these cells'))).toBe(true);
    expect(formKnown('Interleukin-6-dependent', src('the response was dependent on IL-6'))).toBe(true);
  });
  it('negative controls: an affix the source never writes, another code', () => {
    expect(formKnown('anti-interleukin-2', src('patients given IL-2 receptor antibody'))).toBe(false);
    expect(formKnown('non-IL-2', src('compared with anti-IL-2 antibody'))).toBe(false);
    expect(formKnown('anti-interleukin-6', src('compared with anti-IL-2 receptor antibody'))).toBe(false);
  });
  it('in the checker: an affixed code in another form is grounded', () => {
    const s = 'Patients given anti-IL-2 receptor antibody induction therapy had more infections.';
    expect(check(s, 'Patients given anti-interleukin-2 receptor antibodies had more infections.').verdict).toBe('grounded');
    expect(check(s, 'Patients given anti-interleukin-6 receptor antibodies had more infections.').verdict).not.toBe('grounded');
  });
});

describe('an added code is weak evidence, a changed code is not (claims.ts weakenAddedCodes)', () => {
  it('a code of a family the source never writes: unverified', () => {
    const src = 'Fork reversal in mammalian cells requires PCNA ubiquitination and polyubiquitin chains.';
    const r = check(src, 'Fork reversal requires PCNA ubiquitination at residue K164.');
    expect(r.verdict).toBe('unverified');
    expect(r.claims[0].flags.find((f) => f.name === 'unsupported-identifier')?.weak).toBe(true);
  });
  it('negative controls: a changed code of a stated family stays ungrounded', () => {
    expect(check('Levels of IL-18 were higher in unstable plaques.', 'Levels of IL-6 were higher in unstable plaques.').verdict).toBe(
      'ungrounded',
    );
    expect(check('Upgrade to v2.10.1 before May.', 'Upgrade to v2.10.2 before May.').verdict).toBe('ungrounded');
    expect(check('Order SKU-1234 ships today.', 'Order SKU-1243 ships today.').verdict).toBe('ungrounded');
  });
});

describe('a code with one look-alike character is a slip (claims.ts lookalikeSlip)', () => {
  it('a digit for the capital it looks like, or the reverse, in one position', () => {
    expect(lookalikeSlip('10EB', '10E8')).toBe(true);
    expect(lookalikeSlip('C0X2', 'COX2')).toBe(true);
    expect(lookalikeSlip('IL-I8', 'IL-18')).toBe(true);
  });
  it('negative controls: another digit, two changed characters, another length, the same code', () => {
    expect(lookalikeSlip('10E9', '10E8')).toBe(false);
    expect(lookalikeSlip('1OEB', '10E8')).toBe(false);
    expect(lookalikeSlip('10EB8', '10E8')).toBe(false);
    expect(lookalikeSlip('10E8', '10E8')).toBe(false);
  });
  it('in the checker: the slip is unverified, another code stays ungrounded', () => {
    const s = 'Unlike other antibodies, 10E8 did not bind phospholipids and was not autoreactive.';
    const slip = check(s, 'The antibody 10EB did not bind phospholipids.');
    expect(slip.verdict).toBe('unverified');
    expect(slip.claims[0].flags.find((f) => f.name === 'unsupported-identifier')?.weak).toBe(true);
    expect(check(s, 'The antibody 10E9 did not bind phospholipids.').verdict).toBe('ungrounded');
  });
});

describe('an abbreviation the claim defines (claims.ts definedInClaim)', () => {
  it('names nothing new: its long form is checked instead', () => {
    const src = 'Supplements of folic acid and vitamin B6 lowered plasma homocysteine in older adults.';
    const r = check(src, 'Folic acid (FA) and vitamin B6 lowered plasma homocysteine in older adults.');
    expect(r.verdict).toBe('grounded');
    expect(r.claims[0].novelWords).toBe(0);
    const toks = analyze('Epigenetic modulating agents (EMAs) modulate immunity.').sentences[0].tokens;
    expect(
      definedInClaim(
        toks,
        toks.findIndex((t) => t.value === 'EMAs'),
      ),
    ).toBe(true);
  });
  it('negative controls: parentheses that define nothing, and a long form the sources never state', () => {
    const toks = analyze('Epigenetic modulating agents (XYZ) modulate immunity.').sentences[0].tokens;
    expect(
      definedInClaim(
        toks,
        toks.findIndex((t) => t.value === 'XYZ'),
      ),
    ).toBe(false);
    const src = 'Supplements of folic acid and vitamin B6 lowered plasma homocysteine in older adults.';
    expect(check(src, 'Omega three fatty acids (OTFA) lowered plasma homocysteine in older adults.').verdict).not.toBe('grounded');
  });
});

describe('paraphrased words of scientific text (claims.ts paraphraseKnown)', () => {
  it('a Greek letter spelled out or written as a symbol, and the long form of a source abbreviation, are no novel words', () => {
    expect(
      check('Src activity promotes β-catenin degradation.', 'Src activity promotes beta-catenin degradation.').claims[0].novelWords,
    ).toBe(0);
    expect(check('TNF-alpha levels rose.', 'TNFα levels rose.').claims[0].novelWords).toBe(0);
    expect(check('IFN-γ protects mice from myocarditis.', 'Interferon-gamma protects mice from myocarditis.').claims[0].novelWords).toBe(0);
  });
  it('negative controls: another Greek letter, a word that abbreviates nothing stated', () => {
    expect(
      check('Src activity promotes β-catenin degradation.', 'Src activity promotes gamma-catenin degradation.').claims[0].novelWords,
    ).toBe(1);
    expect(check('IFN-γ protects mice from myocarditis.', 'Infliximab protects mice from myocarditis.').claims[0].novelWords).toBe(1);
  });
});

describe('a short form with a Greek letter against its long form (claims.ts GREEK_CODE, compoundFormKnown)', () => {
  it('a code of letters with a Greek letter, or an acronym hyphenated to a capital, abbreviates source words', () => {
    expect(formKnown('IFN-γ', src('Mice lacking interferon gamma recovered slowly.'))).toBe(true);
    expect(formKnown('NF-κB', src('Signalling runs through nuclear factor-κB in these cells.'))).toBe(true);
    expect(formKnown('NF-kB', src('Signalling runs through nuclear factor kappa B in these cells.'))).toBe(true);
  });
  it('negative controls: a long form with another word, another Greek letter, a bare acronym', () => {
    expect(formKnown('IFN-γ', src('Mice lacking interleukin gamma recovered slowly.'))).toBe(false);
    expect(formKnown('NF-kB', src('Signalling runs through nuclear receptor kappa B in these cells.'))).toBe(false);
    expect(formKnown('IFN-α', src('Mice lacking interferon gamma recovered slowly.'))).toBe(false);
    expect(formKnown('NFK', src('Signalling runs through nuclear factor kappa in these cells.'))).toBe(false);
  });
  it('the compound the tokenizer splits around a name word', () => {
    const tokens = analyze('Loss of NF-kB-dependent signalling and of IFN-γ slowed growth.').sentences[0].tokens;
    const at = (w: string) => tokens.findIndex((t) => t.value === w);
    expect(compoundAt(tokens, at('NF'))).toBe('NF-kB-dependent');
    expect(compoundAt(tokens, at('IFN'))).toBe('IFN-γ');
    expect(compoundAt(tokens, at('Loss'))).toBeUndefined();
  });
  it('in the checker: the name word of such a compound is no unsupported name; another long form still is', () => {
    const s = 'Mice lacking interferon gamma were resistant to the induced colitis.';
    expect(check(s, 'Mice lacking IFN-γ were resistant to the induced colitis.').verdict).toBe('grounded');
    expect(check(s, 'Mice lacking IL-γ were resistant to the induced colitis.').verdict).not.toBe('grounded');
    const t = 'The toxin acts through the nuclear factor-κB pathway in gut cells.';
    expect(check(t, 'The toxin acts through the NF-kB-dependent pathway in gut cells.').verdict).toBe('grounded');
    expect(check(t, 'The toxin acts through the AP-1-dependent pathway in gut cells.').verdict).not.toBe('grounded');
  });
});

describe('a name and the next word spelling out a two-letter source acronym (check.ts spelledAcronyms)', () => {
  const s = 'The risk of dementia rose with age, and the risk of AD rose with it.';
  it('"Alzheimer\'s disease" and "Alzheimer disease" for "AD"', () => {
    expect(check(s, "The risk of Alzheimer's disease rose with age.").verdict).toBe('grounded');
    expect(check(s, 'The risk of Alzheimer disease rose with age.').verdict).toBe('grounded');
  });
  it('negative controls: other initials of the pair', () => {
    expect(check(s, "The risk of Huntington's disease rose with age.").verdict).not.toBe('grounded');
    expect(check(s, 'The risk rose with age in the Alzheimer cohort.').verdict).not.toBe('grounded');
  });
});
