/**
 * register.ts researchRegister and its uses in claims.ts: a source written as a research report (section heads,
 * statistics, the authors' report of findings about cells or patients) is scientific prose even when it writes few gene
 * or protein symbols, so a claim about it is held to the lower coverage bar and a term it adds ("SSRI", "Plasmodium") is
 * weak evidence; e-mails, meeting talk and a sales pitch that says "significantly" are not. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../src/grounding/check.js';
import { researchRegister, researchSource } from '../../src/grounding/register.js';
import { directionFlags } from '../../src/grounding/claims.js';
import { analyze } from '../../src/grounding/nlp.js';

const check = (source: string, answer: string) => checkAnswer({ id: 'r', contexts: [{ id: 'c', text: source }], answer });
const flagsOf = (r: ReturnType<typeof check>) => r.claims.flatMap((c) => c.flags);

const TRIAL =
  'RESULTS Among 212 adults, daily walking lowered resting blood pressure compared with usual care (mean difference -6 mmHg; ' +
  '95% CI -9 to -3). CONCLUSIONS A walking programme lowers blood pressure in older adults.';

describe('the biomedical vocabulary by its word formation (register.ts BIOMEDICAL)', () => {
  it('two words of Greco-Latin formation make the register of a report that writes no phrase of the genre', () => {
    expect(researchRegister({ text: 'During browning of subcutaneous fat, most adipocytes derive from differentiated osteoblasts.' })).toBe(
      true,
    );
    expect(researchRegister({ text: 'Macrolides such as erythromycin were followed by pyloric stenosis in infants.' })).toBe(true);
    expect(researchRegister({ text: 'Loss of the factor speeds angiogenesis and the growth of gliomas.' })).toBe(true);
  });
  it('attack: one such word, and everyday words with the same endings, are no research report', () => {
    expect(researchRegister({ text: 'My aunt has arthritis, so we walk slowly to the market on Sundays.' })).toBe(false);
    expect(researchRegister({ text: 'Academia proposes new purposes for old buildings, and the photogenic campus is one.' })).toBe(false);
    expect(researchRegister({ text: 'The proposal exposes our purposes: the diagnoses of the sales team were wrong.' })).toBe(false);
  });
});

describe('the register of a research report (register.ts)', () => {
  it('section heads, statistics, or an authors’ report about cells make the register', () => {
    expect(researchRegister({ text: TRIAL })).toBe(true);
    expect(researchRegister({ text: 'The odds ratio of relapse was 1.4 in the first year.' })).toBe(true);
    expect(researchRegister({ text: 'Here we show that the kinase is required for spindle assembly in dividing cells.' })).toBe(true);
    expect(researchRegister({ text: 'Patients given the drug had lower mortality, and incidence fell in every cohort.' })).toBe(true);
    // an estimate with its interval, as trial reports write it
    expect(researchRegister({ text: 'Prevalence at age 16-24 years was 3·1% (2·2-4·3) in women and 2·3% (1·5-3·4) in men.' })).toBe(true);
    // an authors' report ("we detect") about molecular-biology objects
    expect(researchRegister({ text: 'We detect a strong bias in the genome locations from which the inserts derive.' })).toBe(true);
  });
  it('attack: ordinary prose that borrows one phrase is no research report', () => {
    // an authors' phrase without any word of the experimental setting
    expect(researchRegister({ text: 'Here we show that the new store in the city centre needs a larger team.' })).toBe(false);
    // a single weak cue in a sales pitch
    expect(researchRegister({ text: 'Our platform will contribute significantly to your business success this quarter.' })).toBe(false);
    // meeting talk: "here we are", "we found a bug"
    expect(researchRegister({ text: 'Project Manager: Here we are. Designer: We found a bug in the remote, so we tested it again.' })).toBe(
      false,
    );
    // two weak cues thinly spread over a long transcript
    const talk = `${'We talked about the budget and the schedule for the next release of the product again today. '.repeat(12)}Patients and clinical staff were mentioned once.`;
    expect(researchRegister({ text: talk })).toBe(false);
    expect(researchSource([{ text: 'See you at the meeting on Monday.' }])).toBe(false);
    // an encyclopedia sentence naming one term of the field
    expect(researchRegister({ text: 'The virus was first described in 1981 and has since spread to every continent of the world.' })).toBe(
      false,
    );
  });
});

describe('a claim about a research report (claims.ts scientificSource, weakenTechnicalNames)', () => {
  it('a claim that restates the report in the field’s words is not held to half coverage', () => {
    const r = check(TRIAL, 'Regular exercise reduces resting blood pressure in elderly people.');
    expect(r.claims[0].coverage).toBeLessThan(0.5);
    expect(flagsOf(r).some((f) => f.name === 'low-coverage')).toBe(false);
    expect(r.claims[0].technicalSource).toBe(true);
  });
  it('an acronym or coined term the claim adds is weak evidence (unverified), not a precise mismatch', () => {
    const r = check(TRIAL, 'In the UK, daily walking lowered resting blood pressure in older adults.');
    expect(r.verdict).toBe('unverified');
    expect(flagsOf(r).find((f) => f.name === 'unsupported-entity')?.weak).toBe(true);
  });
  it('attack: the same additions against ordinary prose stay precise', () => {
    const prose = 'Daily walking with the club lowered the cost of the annual membership for older members.';
    const r = check(prose, 'In the UK, daily walking with the club lowered the cost of the membership.');
    expect(r.verdict).toBe('ungrounded');
  });
  it('attack: a reversed effect stays precise in a research report', () => {
    expect(check(TRIAL, 'Daily walking raised resting blood pressure compared with usual care.').verdict).toBe('ungrounded');
  });
});

describe('the same relation reversed: shared subject and object head (claims.ts directionFlags)', () => {
  const flags = (source: string, answer: string) =>
    directionFlags(
      analyze(answer).sentences.flatMap((s) => s.tokens),
      analyze(source).sentences,
    );
  const SRC = 'We found that CX3CR1 signaling promoted TH2 survival in the inflamed lungs.';
  it('an effect of the same agent on the same head noun in the other direction is a swap', () => {
    expect(flags(SRC, 'CX3CR1 on TH2 cells inhibits lymphocyte survival.').map((f) => f.span)).toEqual(['inhibits']);
  });
  it('negative controls: the same direction, or another agent, is no swap', () => {
    expect(flags(SRC, 'CX3CR1 on TH2 cells enhances lymphocyte survival.')).toEqual([]);
    expect(flags(SRC, 'Interleukin 4 inhibits lymphocyte survival.')).toEqual([]);
  });
});

describe('effects of a process or an ability (claims.ts effect lexicon)', () => {
  const flags = (source: string, answer: string) =>
    directionFlags(
      analyze(answer).sentences.flatMap((s) => s.tokens),
      analyze(source).sentences,
    );
  it('preventing a process reverses a need of it; facilitating it agrees', () => {
    const src = 'The kinase Kx7 was crucial for the swift polarization of neutrophils.';
    expect(flags(src, 'Active Kx7 prevents neutrophil polarization.').map((f) => f.span)).toEqual(['prevents']);
    expect(flags(src, 'Active Kx7 facilitates neutrophil polarization.')).toEqual([]);
  });
  it('impairing something is less of it, exacerbating it more (across the quality and amount axes)', () => {
    const src = 'Loss of the enzyme markedly exacerbated plaque formation in these mice.';
    expect(flags(src, 'Loss of the enzyme slows plaque formation.').map((f) => f.span)).toEqual(['slows']);
    expect(flags(src, 'Loss of the enzyme accelerates plaque formation.')).toEqual([]);
    const src2 = 'Receptor signaling promoted cell survival in the lung.';
    expect(flags(src2, 'Receptor signaling impairs cell survival.').map((f) => f.span)).toEqual(['impairs']);
    expect(flags(src2, 'Receptor signaling improves cell survival.')).toEqual([]);
  });
  it('"exacerbations" is a clinical event, not an effect word: "without previous exacerbations" denies nothing', () => {
    const src = 'Elevated CRP was associated with increased risk of exacerbations, even in those without previous exacerbations.';
    const r = check(src, 'High levels of CRP lead to a higher risk of exacerbations.');
    expect(flagsOf(r).some((f) => f.name === 'negation-flip' || f.name === 'antonym-swap')).toBe(false);
  });
  it('attack: an effect of a removed agent is another relation ("X-blocking reagents prevented Y" is no "X prevents Y")', () => {
    const src = 'Receptor-blocking reagents prevented airway inflammation in the recipients.';
    expect(flags(src, 'The receptor promotes airway inflammation.')).toEqual([]);
    // both sides remove the agent: compared as usual
    expect(flags(src, 'Receptor-blocking reagents increased airway inflammation.').map((f) => f.span)).toEqual(['increased']);
  });
});

describe('a compound negated in the source (claims.ts compoundAntonymFlags)', () => {
  const src = 'Here we report a robust UCP1-independent thermogenic mechanism in beige fat cells.';
  it('"UCP1-dependent" against "UCP1-independent" is an antonym swap, and the reverse', () => {
    const r = check(src, 'Calcium cycling is a UCP1-dependent thermogenic mechanism.');
    expect(r.verdict).toBe('ungrounded');
    expect(flagsOf(r).some((f) => f.name === 'antonym-swap' && f.span === 'UCP1-dependent')).toBe(true);
    const back = check('Glucose uptake was insulin-sensitive in the treated cells.', 'Glucose uptake was insulin-insensitive.');
    expect(flagsOf(back).some((f) => f.name === 'antonym-swap')).toBe(true);
  });
  it('negative controls: the same compound, or another name’s compound, is no swap', () => {
    expect(flagsOf(check(src, 'Calcium cycling is a UCP1-independent thermogenic mechanism.')).some((f) => f.name === 'antonym-swap')).toBe(
      false,
    );
    const both = 'Uptake was ATP-dependent in muscle and UCP1-independent in beige fat cells.';
    expect(
      flagsOf(check(both, 'Uptake was UCP1-dependent in muscle cells.')).some(
        (f) => f.name === 'antonym-swap' && f.span === 'UCP1-dependent',
      ),
    ).toBe(true);
    expect(flagsOf(check(both, 'Uptake was ATP-dependent in muscle cells.')).some((f) => f.name === 'antonym-swap')).toBe(false);
  });
});

describe('a quantity added to a research report (claims.ts weakenAddedQuantities)', () => {
  const REPORT = 'RESULTS Policies requiring discontinuation of methadone were found in most transplant programs (P < .05).';
  it('a year the report never states is an added detail: weak, not a changed value', () => {
    const r = check(REPORT, 'Most transplant programs required discontinuation of methadone in 2001.');
    expect(r.verdict).toBe('unverified');
    expect(flagsOf(r).find((f) => f.name === 'quantity-mismatch')?.weak).toBe(true);
  });
  it('a dose written as one word that the report never states in its unit is weak; in a stated unit it stays precise', () => {
    const trial = 'RESULTS Vitamin E had no effect on the incidence of prostate cancer (hazard ratio 0.97).';
    const r = check(trial, 'Taking 400mg of vitamin E has no effect on the incidence of prostate cancer.');
    expect(r.verdict).toBe('unverified');
    expect(flagsOf(r).find((f) => f.span === '400mg')?.weak).toBe(true);
    const dosed = 'RESULTS Vitamin E at 200 mg a day had no effect on the incidence of prostate cancer (hazard ratio 0.97).';
    expect(check(dosed, 'Taking 400mg of vitamin E a day has no effect on the incidence of prostate cancer.').verdict).toBe('ungrounded');
  });
  it('attack: a percentage the report states with another value stays precise', () => {
    const src = 'RESULTS Policies requiring discontinuation of methadone were found in 32% of all programs (P < .05).';
    const r = check(src, 'Policies requiring discontinuation of methadone were found in 45% of all programs.');
    expect(r.verdict).toBe('ungrounded');
  });
  it('attack: the same added year against ordinary prose stays precise', () => {
    const prose = 'Most stores in the chain required a deposit for rentals.';
    expect(check(prose, 'Most stores in the chain required a deposit for rentals in 2001.').verdict).toBe('ungrounded');
  });
});

describe('a one-token parenthetical inside a phrase (claims.ts objectOf)', () => {
  it('"T(H)2 survival" is one object: its reversal is a swap', () => {
    const src = 'We found that CX3CR1 signaling promoted T(H)2 survival in the inflamed lungs.';
    const r = check(src, 'CX3CR1 on the Th2 cells impairs T cell survival.');
    expect(flagsOf(r).some((f) => f.name === 'antonym-swap' && f.span === 'impairs')).toBe(true);
    // negative control: the stated direction
    expect(flagsOf(check(src, 'CX3CR1 on the Th2 cells enhances T cell survival.')).some((f) => f.name === 'antonym-swap')).toBe(false);
  });
});

describe('a denial of a broader class (claims.ts affirmedDenialFlags)', () => {
  const src = 'No association was detected between statin use and fractures, cancer, or stroke.';
  it('an effect on a subtype the denied class holds is weak evidence ("colorectal cancer" against "cancer")', () => {
    const f = flagsOf(check(src, 'Statin use increases rates of colorectal cancer.')).find((x) => x.name === 'negation-flip');
    expect(f?.weak).toBe(true);
  });
  it('attack: an effect on the very object the source denies stays precise', () => {
    const r = check(
      'No association was detected between statin use and colorectal cancer.',
      'Statin use increases rates of colorectal cancer.',
    );
    expect(r.verdict).toBe('ungrounded');
    expect(flagsOf(r).find((x) => x.name === 'negation-flip')?.weak).toBeUndefined();
  });
});

describe('"only" judging a degree (claims.ts degreeFocus)', () => {
  const src = 'The new regimen had a modest impact on transmission in the model.';
  it('"only a modest impact" says "merely": weak, not an unsupported restriction', () => {
    const r = check(src, 'The new regimen had only a modest impact on transmission.');
    expect(r.verdict).toBe('unverified');
    expect(flagsOf(r).find((f) => f.name === 'unsupported-restriction')?.weak).toBe(true);
  });
  it('attack: "only" before a noun phrase still excludes', () => {
    expect(check(src, 'Only the new regimen had an impact on transmission.').verdict).toBe('ungrounded');
  });
});
