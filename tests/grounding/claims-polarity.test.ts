/**
 * claims.ts compoundKnown / reviewPolarity: a compound written open, hyphenated or closed is one word; an antonym
 * swap on an effect word whose direction the sources state of the same object is no swap; a prefix antonym of a base
 * the source negates itself is no swap; "lack of X" against "X deficiency" is the same absence. Each with a negative
 * control that stays flagged. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../src/grounding/check.js';

const check = (source: string, answer: string) => checkAnswer({ id: 'p', contexts: [{ id: 'c', text: source }], answer });
const names = (source: string, answer: string) => check(source, answer).claims.flatMap((c) => c.flags.map((f) => f.name));

describe('compounds (claims.ts compoundKnown)', () => {
  it('a hyphenated word is the closed compound of the source', () => {
    const src = 'Mortality was similar for teaching versus nonteaching hospitals in every region.';
    expect(check(src, 'Mortality was similar in teaching and non-teaching hospitals.').verdict).toBe('grounded');
  });
  it('negative control: a hyphenated prefix antonym of a source word stays a swap', () => {
    const src = 'Mortality was lower in teaching hospitals in every region.';
    expect(names(src, 'Mortality was lower in non-teaching hospitals.')).toContain('antonym-swap');
  });
});

describe('antonyms weighed against what the sources state (claims.ts reviewPolarity)', () => {
  it('an antonym of a nearby word is no swap when the sources state the same direction of the same object', () => {
    const src =
      'Inhibition of the enzyme also results in reductions of plasma ferritin levels. The increase in clearance rate suggests a role for receptors.';
    expect(names(src, 'Enzyme inhibitors decrease plasma ferritin levels.')).not.toContain('antonym-swap');
    // negative control: the opposite direction of that object
    expect(names(src, 'Enzyme inhibitors increase plasma ferritin levels.')).toContain('antonym-swap');
  });
  it('a prefix antonym of a base word the source negates is the same statement', () => {
    const src = 'A regimen with no specific gametocytocidal properties was more effective at reducing transmission.';
    expect(names(src, 'A nongametocytocidal regimen was more effective at reducing transmission.')).not.toContain('antonym-swap');
    // negative control: the source affirms the base word
    const affirmed = 'A regimen with strong gametocytocidal properties was more effective at reducing transmission.';
    expect(names(affirmed, 'A nongametocytocidal regimen was more effective at reducing transmission.')).toContain('antonym-swap');
  });
  it('"lack of X" states the absence that "X deficiency" states', () => {
    const src = 'FGF21 deficiency causes a marked exacerbation of plaque formation in mice.';
    expect(names(src, 'Lack of FGF21 in mice leads to plaque formation.')).not.toContain('negation-flip');
    // negative control: the source states no absence
    const present = 'FGF21 causes a marked exacerbation of plaque formation in mice.';
    expect(names(present, 'Lack of FGF21 in mice causes plaque formation.')).toContain('negation-flip');
  });
});

describe('a denied relation (claims.ts deniedRelationFlags)', () => {
  it('"X is unrelated to Y" / "has no effect on Y" where the source states an association or an effect on Y', () => {
    const src = 'Significantly increased odds of depression were observed with higher exposure to traffic noise.';
    expect(names(src, 'Exposure to traffic noise is unrelated to depression.')).toContain('negation-flip');
    expect(check(src, 'Exposure to traffic noise is unrelated to depression.').verdict).toBe('ungrounded');
    const drug = 'The drug increased the force of fast-twitch muscle in every dose group.';
    expect(names(drug, 'The drug has no effect on fast-twitch muscle.')).toContain('negation-flip');
  });
  it('negative controls: the source denies it too, or speaks of another thing', () => {
    const none = 'No association was detected between bariatric surgery and fractures.';
    expect(names(none, 'Bariatric surgery is unrelated to fractures.')).not.toContain('negation-flip');
    const other = 'Significantly increased odds of depression were observed with higher exposure to traffic noise.';
    expect(names(other, 'Coffee intake is unrelated to migraine.')).not.toContain('negation-flip');
  });
});

describe('an affirmed denial (claims.ts affirmedDenialFlags)', () => {
  it('the claim states an effect the source denies of the same things', () => {
    const src = 'These results suggest that the drug does not significantly improve clinical outcomes in children with heart failure.';
    expect(names(src, 'The drug significantly improves clinical outcomes in children with heart failure.')).toContain('negation-flip');
    const none = 'No association was detected between gastric surgery and fractures, colorectal cancer, or stroke.';
    expect(check(none, 'Gastric surgery reduces colorectal cancer.').verdict).toBe('ungrounded');
    // a denial of the broader class ("cancer") is weak evidence against a subtype (claims-register.test.ts)
    const broader = 'No association was detected between gastric surgery and fractures, cancer, or stroke.';
    expect(check(broader, 'Gastric surgery reduces colorectal cancer.').verdict).toBe('unverified');
  });
  it('negative controls: a denial said of another subject, a source that states the effect, a negated claim', () => {
    const src = 'Risk was highest in carriers of the variant, whereas in noncarriers no clear association with dementia was observed.';
    expect(names(src, 'Carriers of the variant have increased risk for dementia.')).not.toContain('negation-flip');
    const both = 'Statins did not change LDL particle size. Statins reduced LDL cholesterol in every group.';
    expect(names(both, 'Statins reduce LDL cholesterol.')).not.toContain('negation-flip');
    const none = 'No association was detected between gastric surgery and fractures, cancer, or stroke.';
    // (a negated claim is for check.ts's own negation-flip; this rule stays silent)
    const details = check(none, 'Gastric surgery does not reduce cancer.').claims.flatMap((c) => c.flags.map((f) => f.detail));
    expect(details.some((d) => d.includes('the source denies it'))).toBe(false);
  });
});

describe('the negating prefix dys-', () => {
  it('"dysfunctional" where the source says "functional" is an antonym swap; "functional" is not', () => {
    const src = 'Project Manager: This was our functional design meeting, with the user needs first.';
    expect(names(src, 'The team had a dysfunctional design meeting about the user needs.')).toContain('antonym-swap');
    expect(names(src, 'The team had a functional design meeting about the user needs.')).not.toContain('antonym-swap');
  });
});
