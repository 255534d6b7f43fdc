/**
 * Number formats of scientific text: "2.5-fold" is a number (not a code), the Lancet's raised decimal point ("1·95"),
 * scientific notation ("1×10(-7)", "10^-3", "3e-7"), single capital letters as labels. Each with a negative control
 * (a different value stays a mismatch). Values worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../src/grounding/check.js';
import { scientificNumbers } from '../../src/grounding/claims.js';

const check = (source: string, answer: string) => checkAnswer({ id: 'n', contexts: [{ id: 'c', text: source }], answer });

describe('numbers of scientific text', () => {
  it('a fold change is a number: "3.7-fold" = "3.7 times"', () => {
    expect(check('Odds were 3.7-fold higher in carriers.', 'Odds were 3.7 times higher in carriers.').verdict).toBe('grounded');
    expect(check('Odds were 3.7 times higher in carriers.', 'Odds were 3.7-fold higher in carriers.').verdict).toBe('grounded');
    expect(check('Odds were 3.7 times higher in carriers.', 'Odds were 4.7-fold higher in carriers.').verdict).toBe('ungrounded');
  });
  it('a raised dot between digits is a decimal point', () => {
    const src = 'Participants reported more cough (odds ratio 1·95, p<0·05).';
    expect(check(src, 'The odds ratio for cough was 1.95.').verdict).toBe('grounded');
    expect(check(src, 'The odds ratio for cough was 2.95.').verdict).toBe('ungrounded');
  });
  it('reads scientific notation', () => {
    expect(scientificNumbers('p = 1×10(-7) and 10^-3, 2.5 x 10^6, 3e-7').map((x) => x.value)).toEqual([1e-7, 0.001, 2.5e6, 3e-7]);
    // negative control: plain numbers and codes are not scientific notation
    expect(scientificNumbers('10 patients, 2 x 10 mg, version 10.3, E10')).toEqual([]);
  });
  it('a claim number stated in scientific notation in the source, and the other way round', () => {
    expect(check('The rate was 1 x 10^-3 per year.', 'The rate was 0.001 per year.').verdict).toBe('grounded');
    expect(check('The rate was 10(-3) per year.', 'The rate was 0.001 per year.').verdict).toBe('grounded');
    expect(check('The association was strong (p = 1×10(-7)).', 'The association was strong (p = 1e-7).').verdict).toBe('grounded');
    expect(check('The rate was 1 x 10^-3 per year.', 'The rate was 0.01 per year.').verdict).toBe('ungrounded');
    expect(check('The association was strong (p = 1×10(-7)).', 'The association was strong (p = 1e-6).').verdict).toBe('ungrounded');
  });
  it('a percentage the source says as a fraction in words (a meeting transcript)', () => {
    const src = 'Marketing: about half of the people we asked lose their remote, and a third of them want speech recognition.';
    expect(check(src, 'About 50% of the people asked lose their remote.').verdict).toBe('grounded');
    expect(check(src, 'A third of them, 33%, want speech recognition.').verdict).toBe('grounded');
    // negative control: another percentage
    expect(check(src, 'About 70% of the people asked lose their remote.').verdict).toBe('ungrounded');
  });
  it('a single capital letter is a label: unverified, never ungrounded on its own', () => {
    const src = 'Monoclonal antibodies against cadherin reduced invasion of prostate cancer cells.';
    expect(check(src, 'Monoclonal antibodies against N-cadherin reduced invasion of prostate cancer cells.').verdict).toBe('unverified');
    // negative control: a name of two or more letters stays an invented name (not a label); against a research report
    // (register.ts: antibodies, cells) an added name is weak, against ordinary prose precise
    const named = check(src, 'Monoclonal antibodies against Novartis cadherin reduced invasion of prostate cancer cells.');
    expect(named.claims[0].flags.find((f) => f.span === 'Novartis')?.detail).not.toMatch(/single letter/);
    const prose = 'The shop next to the station sold posters of the harbour.';
    expect(check(prose, 'The Novartis shop next to the station sold posters of the harbour.').verdict).toBe('ungrounded');
  });
});
