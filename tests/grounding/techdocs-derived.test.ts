/**
 * Issue 20, hand-written technical-docs answers (second batch): day ranges before their month, ranges across a year end,
 * "larger than" thresholds, range lengths and amounts changed by a stated discount or surcharge
 * (src/grounding/quantities.ts, src/grounding/quantity-relations.ts). Each rule has a negative control that must stay
 * `ungrounded`. Reference values are worked by hand (proleptic Gregorian calendar; 1 GiB = 2^30 bytes, IEC 80000-13).
 */
import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../src/grounding/check.js';
import { extractQuantities } from '../../src/grounding/quantities.js';

const verdict = (source: string, answer: string, question?: string) =>
  checkAnswer({ id: 'q', contexts: [{ id: 'c', text: source }], answer, ...(question ? { question } : {}) }).verdict;

describe('date ranges', () => {
  it('a day range before its month states both days ("3 to 17 March", "3-17 March 2025")', () => {
    expect(extractQuantities('The beta ran from 3 to 17 March.')[0].dates).toEqual([
      { d: 3, m: 3, y: undefined },
      { d: 17, m: 3, y: undefined },
    ]);
    expect(extractQuantities('The beta ran 3-17 March 2025.')[0].dates).toEqual([
      { d: 3, m: 3, y: 2025 },
      { d: 17, m: 3, y: 2025 },
    ]);
    const src = 'The public beta of the SDK ran from 3 to 17 March.';
    expect(verdict(src, 'The public beta of the SDK started on March 3.')).toBe('grounded');
    expect(verdict(src, 'The public beta of the SDK ended on the 17th of March.')).toBe('grounded');
    expect(verdict(src, 'The public beta of the SDK started on March 4.')).toBe('ungrounded');
  });
  it('a range across a year end: each end keeps its own year', () => {
    const q = extractQuantities('The change freeze runs from December 18, 2025 to January 5, 2026.')[0];
    expect(q.dates).toEqual([
      { m: 12, d: 18, y: 2025 },
      { m: 1, d: 5, y: 2026 },
    ]);
    // the year after the range is the end's; the start is in the year before
    expect(extractQuantities('The freeze runs from December 18 to January 5, 2026.')[0].dates?.[0]).toEqual({ m: 12, d: 18, y: 2025 });
    const src = 'The change freeze runs from December 18, 2025 to January 5, 2026.';
    expect(verdict(src, 'The change freeze ends on January 5, 2026.')).toBe('grounded');
    expect(verdict(src, 'The change freeze ends on January 5, 2025.')).toBe('ungrounded');
  });
  it('the length of a stated range, exclusive or inclusive, yearless or not; negative controls', () => {
    const src = 'The public beta ran from 3 to 17 March.';
    expect(verdict(src, 'The public beta ran for two weeks.')).toBe('grounded');
    expect(verdict(src, 'The public beta ran for 15 days.')).toBe('grounded');
    expect(verdict(src, 'The public beta ran for three weeks.')).toBe('ungrounded');
    const freeze = 'The change freeze runs from December 18, 2025 to January 5, 2026.';
    expect(verdict(freeze, 'The change freeze lasts 18 days.')).toBe('grounded');
    expect(verdict(freeze, 'The change freeze lasts 25 days.')).toBe('ungrounded');
    // a yearless range across a year end: December 28 to January 3 is 6 days (7 counted inclusively)
    expect(verdict('The office is closed from December 28 to January 3.', 'The office is closed for 7 days.')).toBe('grounded');
    expect(verdict('The office is closed from December 28 to January 3.', 'The office is closed for 9 days.')).toBe('ungrounded');
  });
});

describe('thresholds written as "larger than" / "smaller than"', () => {
  const src = 'Objects larger than 5 GiB must use multipart upload. Files smaller than 1 MiB are stored inline.';
  it('a value that satisfies the threshold is supported', () => {
    expect(verdict(src, 'Yes, a 6 GiB object must use multipart upload.')).toBe('grounded');
    expect(verdict(src, 'A file of 0.5 MiB is stored inline.')).toBe('grounded');
  });
  it('negative controls: a value on the wrong side stays ungrounded', () => {
    expect(verdict(src, 'Yes, a 4 GiB object must use multipart upload.')).toBe('ungrounded');
    expect(verdict(src, 'A file of 2 MiB is stored inline.')).toBe('ungrounded');
  });
});

describe('an amount changed by a stated discount or surcharge', () => {
  const src =
    'The Starter plan costs $12 per user per month. The Growth plan costs $29 per user per month. Annual billing gives a 20% discount.';
  it('the amount less a stated discount is supported, to the cent', () => {
    expect(verdict(src, 'On annual billing the Growth plan costs $23.20 per user per month.')).toBe('grounded');
    expect(verdict(src, 'On annual billing the Starter plan costs $9.60 per user per month.')).toBe('grounded');
    expect(
      verdict('Support costs $50 per incident. A 10% surcharge applies on weekends.', 'On weekends support costs $55 per incident.'),
    ).toBe('grounded');
  });
  it('negative controls: a wrong amount, or the change in the wrong direction, stays ungrounded', () => {
    expect(verdict(src, 'On annual billing the Growth plan costs $24 per user per month.')).toBe('ungrounded');
    expect(verdict(src, 'On annual billing the Growth plan costs $34.80 per user per month.')).toBe('ungrounded');
    expect(
      verdict('Support costs $50 per incident. A 10% surcharge applies on weekends.', 'On weekends support costs $45 per incident.'),
    ).toBe('ungrounded');
  });
  it('a whole value must be the exact result, not a rounding of it (a 28% rise of 6 months is not 8 months)', () => {
    expect(
      verdict(
        'Every package has a 6-month warranty. A client saw a 28% increase in productivity.',
        'Every package has an 8-month warranty.',
      ),
    ).toBe('ungrounded');
  });
});

describe('one unit of time named without a number', () => {
  const src = 'The package mirror syncs every hour. Reports are built daily.';
  it('equals that duration written with a number', () => {
    expect(verdict(src, 'The package mirror syncs every 60 minutes.')).toBe('grounded');
    expect(verdict(src, 'Reports are built every 24 hours.')).toBe('grounded');
    expect(verdict(src, 'Every 60 minutes.', 'How often does the mirror sync?')).toBe('grounded');
  });
  it('negative controls: another duration stays ungrounded', () => {
    expect(verdict(src, 'The package mirror syncs every 30 minutes.')).toBe('ungrounded');
    expect(verdict(src, 'Reports are built every 12 hours.')).toBe('ungrounded');
  });
});

describe('operands the claim shows, windows across midnight, "1st" for "first", "fail" without "to"', () => {
  it('a sum whose operands the claim shows by their numbers is supported; a wrong sum is not', () => {
    const src = 'The build takes 12 minutes and the deploy takes 3 minutes.';
    expect(verdict(src, 'A release takes 15 minutes: 12 for the build and 3 for the deploy.')).toBe('grounded');
    expect(verdict(src, 'A release takes 18 minutes: 12 for the build and 3 for the deploy.')).toBe('ungrounded');
  });
  it('a window across midnight lasts from its start to its end', () => {
    const src = 'Maintenance runs from 22:00 to 02:00 UTC.';
    expect(verdict(src, 'Maintenance runs for four hours.')).toBe('grounded');
    expect(verdict(src, 'Maintenance runs for five hours.')).toBe('ungrounded');
  });
  it('"1st" matches "first" in the best-matching sentence; "2nd" does not', () => {
    const src = 'Releases ship on the first Monday of each quarter.';
    expect(verdict(src, 'Releases ship on the 1st Monday of every quarter.')).toBe('grounded');
    expect(verdict(src, 'Releases ship on the 2nd Monday of every quarter.')).toBe('ungrounded');
  });
  it('"may fail" without "to" negates nothing; "failed to" still does', () => {
    const src = 'The error budget is 0.5% of 2,000,000 monthly requests.';
    expect(verdict(src, 'Up to 10,000 requests may fail each month.', 'How many requests may fail?')).toBe('grounded');
    expect(
      checkAnswer({
        id: 'q',
        contexts: [{ id: 'c', text: 'The job delivered the report on time.' }],
        answer: 'The job failed to deliver the report on time.',
      }).claims.flatMap((c) => c.flags.map((f) => f.name)),
    ).toContain('negation-flip');
  });
});

describe('a rank is stated by a rank or a day', () => {
  it('not by a count or an hour', () => {
    const src = 'Releases ship on the first Monday of each quarter. Maintenance runs from 22:00 to 02:00 UTC on 2 servers.';
    expect(verdict(src, 'Releases ship on the 2nd Monday of every quarter.')).toBe('ungrounded');
    expect(verdict('Ken Ito is the third director of the institute.', 'Ken Ito is the 3rd director of the institute.')).toBe('grounded');
    expect(verdict('The freeze starts on December 18, 2025.', 'The freeze starts on the 18th.')).toBe('grounded');
  });
});

describe('the amount before a stated change; a decimal split by the tokenizer', () => {
  const src = 'Q3 revenue was $1.2 million, up 20% from Q2.';
  it('is supported, and no misattribution reads "1" out of "$1.2"', () => {
    expect(verdict(src, 'Q2 revenue was $1 million.', 'What was Q2 revenue?')).toBe('grounded');
    expect(verdict(src, 'Q2 revenue was $0.9 million.', 'What was Q2 revenue?')).toBe('ungrounded');
  });
});
