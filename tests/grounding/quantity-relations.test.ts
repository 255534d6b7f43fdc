/**
 * Issue 20, hand-written technical-docs answers: quantities that follow from stated ones beyond one arithmetic step
 * (src/grounding/quantity-relations.ts), each with a negative control that must stay `ungrounded`. Reference values are
 * worked by hand (calendar arithmetic in the proleptic Gregorian calendar; 1 GiB = 2^30 bytes, IEC 80000-13).
 */
import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../src/grounding/check.js';
import { extractQuantities } from '../../src/grounding/quantities.js';
import { HEDGE_TOLERANCE } from '../../src/grounding/quantity-relations.js';

const verdict = (source: string, answer: string, question?: string) =>
  checkAnswer({ id: 'q', contexts: [{ id: 'c', text: source }], answer, ...(question ? { question } : {}) }).verdict;

describe('yearless date arithmetic', () => {
  const src = 'Registration closes on April 10. The maintenance window starts on March 3.';
  it('a month-day plus or minus a duration the claim states is supported', () => {
    expect(verdict(src, 'Reminders are sent on April 3, a week before registration closes.')).toBe('grounded');
    expect(verdict(src, 'Reminders are sent on April 7, three days before registration closes.')).toBe('grounded');
    // across a month end: March 3 less two days is March 1 in a common year and in a leap year
    expect(
      verdict(
        'The maintenance window starts on March 3.',
        'The maintenance notice goes out on March 1, two days before the window starts.',
      ),
    ).toBe('grounded');
  });
  it('negative controls: a wrong date or a wrong span stays ungrounded', () => {
    expect(verdict(src, 'Reminders are sent on April 5, a week before registration closes.')).toBe('ungrounded');
    expect(verdict(src, 'Reminders are sent on April 3, four days before registration closes.')).toBe('ungrounded');
    expect(
      verdict(
        'The maintenance window starts on March 3.',
        'The maintenance notice goes out on February 28, two days before the window starts.',
      ),
    ).toBe('ungrounded');
  });
  it('weekdays and the days between two stated month-days; negative controls', () => {
    const weekly = 'The backup runs on Sunday. The report arrives two days later.';
    expect(verdict(weekly, 'The report arrives on Tuesday.', 'When does the report arrive?')).toBe('grounded');
    expect(verdict(weekly, 'The report arrives on Wednesday.', 'When does the report arrive?')).toBe('ungrounded');
    const two = 'Notices go out on March 1. The maintenance window opens on March 3.';
    expect(verdict(two, 'Notices go out two days before the window opens.')).toBe('grounded');
    expect(verdict(two, 'Notices go out three days before the window opens.')).toBe('ungrounded');
    // a duration the source states relative to a date ("two days before the freeze")
    const rel = 'The freeze starts on March 3. Notices go out two days before the freeze.';
    expect(verdict(rel, 'Notices go out on March 1.', 'When do notices go out?')).toBe('grounded');
    expect(verdict(rel, 'Notices go out on March 2.', 'When do notices go out?')).toBe('ungrounded');
  });
  it('a date near a stated duration is not derived unless the claim computes', () => {
    // "lasts 2 days" from March 3 does not make "starts on March 1" true
    expect(verdict('The sale starts on March 3 and lasts 2 days.', 'The sale starts on March 1.')).toBe('ungrounded');
  });
});

describe('cents and dollars', () => {
  it('reads "50 cents" as a hundredth of the currency unit', () => {
    const [q] = extractQuantities('It costs 50 cents.');
    expect(q).toMatchObject({ kind: 'money', value: 0.5 });
    expect(extractQuantities('It costs 20 per cent more.')[0]).toMatchObject({ kind: 'percent', value: 20 });
  });
  it('$0.50 = 50 cents both ways; negative controls', () => {
    expect(verdict('Each call costs $0.50.', 'Each call costs 50 cents.')).toBe('grounded');
    expect(verdict('The add-on costs 25 cents per request.', 'Each request costs $0.25.')).toBe('grounded');
    expect(verdict('Each call costs $0.50.', 'Each call costs 5 cents.')).toBe('ungrounded');
    expect(verdict('The add-on costs 25 cents per request.', 'Each request costs $2.50.')).toBe('ungrounded');
  });
});

describe('per-item products', () => {
  it('a count times a per-item quantity ("each", "per seat", "each replica requests")', () => {
    expect(verdict('The cluster has 3 nodes. Each node has 4 GiB of memory.', 'The cluster has 12 GiB of memory.')).toBe('grounded');
    expect(verdict('The cluster has 3 nodes with 4 GiB of memory each.', '12 GiB', 'How much memory does the cluster have?')).toBe(
      'grounded',
    );
    expect(verdict('A deployment runs 3 replicas, and each replica requests 2 CPUs.', 'The deployment requests 6 CPUs.')).toBe('grounded');
    expect(verdict('The cluster has three nodes with 8 GiB of system memory each.', 'The cluster has 24 GiB of system memory.')).toBe(
      'grounded',
    );
    // two counts: 3 zones x 2 nodes x 4 GiB
    const region = 'The region has 3 zones. Each zone runs 2 nodes, and each node has 4 GiB of memory.';
    expect(verdict(region, 'The region has 24 GiB of memory.', 'How much memory does the region have?')).toBe('grounded');
    expect(verdict(region, 'The region has 20 GiB of memory.', 'How much memory does the region have?')).toBe('ungrounded');
  });
  it('a question that asks for a total lets the answer compute; negative control', () => {
    const q = 'How much memory does the cluster have in total?';
    expect(verdict('The cluster has 3 nodes of 4 GiB.', 'The cluster has 12 GiB of memory.', q)).toBe('grounded');
    expect(verdict('The cluster has 3 nodes of 4 GiB.', 'The cluster has 16 GiB of memory.', q)).toBe('ungrounded');
  });
  it('negative controls: another product, or no per-item marker', () => {
    expect(verdict('The cluster has 3 nodes. Each node has 4 GiB of memory.', 'The cluster has 16 GiB of memory.')).toBe('ungrounded');
    expect(verdict('A deployment runs 3 replicas, and each replica requests 2 CPUs.', 'The deployment requests 5 CPUs.')).toBe(
      'ungrounded',
    );
    // 3 nodes and 4 GiB with nothing saying the 4 GiB is per node: not a product
    expect(verdict('The cluster has 3 nodes and a 4 GiB cache.', 'The cluster has a 12 GiB cache.')).toBe('ungrounded');
  });
});

describe('approximations under a hedge', () => {
  it("the stated value rounded to the claim's last significant digit, claim or source hedged", () => {
    // 30 days = 4.29 weeks -> 4 weeks; 90 days = 2.96 months -> 3 months; $185 -> $190 (tens) or $200 (hundreds)
    expect(verdict('Logs are kept for 30 days.', 'Logs are kept for about four weeks.')).toBe('grounded');
    expect(verdict('Logs are kept for 30 days.', 'Logs are kept for four weeks or so.')).toBe('grounded');
    expect(verdict('Logs are kept for about 30 days.', 'Logs are kept for four weeks.')).toBe('grounded');
    expect(verdict('Results are kept for 90 days.', 'Results are kept for about three months.')).toBe('grounded');
    expect(verdict('The plan costs $185 per month.', 'The plan costs about $190 per month.')).toBe('grounded');
    expect(verdict('The volume holds 1,950 GB.', 'The volume holds roughly 2,000 GB.')).toBe('grounded');
  });
  it(`negative controls: unhedged, not a rounding, or more than ${HEDGE_TOLERANCE * 100}% off`, () => {
    expect(verdict('Logs are kept for 30 days.', 'Logs are kept for four weeks.')).toBe('ungrounded');
    expect(verdict('Logs are kept for 30 days.', 'Logs are kept for about ten weeks.')).toBe('ungrounded');
    expect(verdict('Logs are kept for 30 days.', 'Logs are kept for about 33 days.')).toBe('ungrounded');
    // 1,950 rounds (half up) to 2,000, not 1,900
    expect(verdict('The volume holds 1,950 GB.', 'The volume holds roughly 1,900 GB.')).toBe('ungrounded');
    // the source hedges "around $200": $190 is no rounding of it
    expect(verdict('My budget is around $200 per month.', 'The budget is $190 per month.')).toBe('ungrounded');
  });
});

describe('complements of a share', () => {
  const src = 'The API is available 99.9% of the time.';
  it('"unavailable 0.1%" and "downtime 0.1%" state the complement of "available 99.9%"', () => {
    expect(verdict(src, 'The API is unavailable 0.1% of the time.')).toBe('grounded');
    expect(verdict('The service has 99.95% uptime.', 'The service has 0.05% downtime.')).toBe('grounded');
    expect(verdict(src, 'The API is not available 0.1% of the time.')).toBe('grounded');
    expect(verdict('Scheduled jobs succeed 99.5% of the time.', 'Scheduled jobs fail 0.5% of the time.')).toBe('grounded');
  });
  it('negative controls: the complement without the antonym, a wrong complement, the same share under the antonym', () => {
    expect(verdict(src, 'The API is available 0.1% of the time.')).toBe('ungrounded');
    expect(verdict(src, 'The API is unavailable 1% of the time.')).toBe('ungrounded');
    expect(verdict(src, 'The API is unavailable 99.9% of the time.')).toBe('ungrounded');
    expect(verdict(src, 'The API is not available 99.9% of the time.')).toBe('ungrounded');
    expect(verdict('Scheduled jobs succeed 99.5% of the time.', 'Scheduled jobs fail 5% of the time.')).toBe('ungrounded');
    // 50% is its own complement: "fell 50%" against "rose 50%" is a swap
    expect(verdict('Revenue rose 50% last year.', 'Revenue fell 50% last year.')).toBe('ungrounded');
  });
});

describe('prices per item and per N items, spans from a stated start', () => {
  it('a per-unit price times a count the question or the claim states; negative controls', () => {
    expect(verdict('Storage costs $0.02 per GB per month.', 'Storing 500 GB costs $10 per month.', 'How much does 500 GB cost?')).toBe(
      'grounded',
    );
    expect(verdict('Each request costs $0.002.', '1,000 requests cost $2.', 'How much do 1,000 requests cost?')).toBe('grounded');
    expect(verdict('Storage costs $0.02 per GB per month.', 'Storing 500 GB costs $12 per month.', 'How much does 500 GB cost?')).toBe(
      'ungrounded',
    );
    expect(verdict('Each request costs $0.002.', '1,000 requests cost $20.', 'How much do 1,000 requests cost?')).toBe('ungrounded');
    // the question's "5 users" is a premise only when the claim derives something from it
    const team = 'The Team plan costs $12 per user per month.';
    expect(verdict(team, 'For 5 users the Team plan costs $60 per month.', 'How much does the Team plan cost for 5 users?')).toBe(
      'grounded',
    );
    expect(verdict(team, 'The Team plan costs $12 per user for 5 users.', 'How much does the Team plan cost?')).toBe('ungrounded');
    // a question's number restated but judged against a stated threshold stays checked
    expect(verdict('Scores of 7.0 and above are high.', 'Yes, a score of 6.5 is high.', 'Is a score of 6.5 high?')).toBe('ungrounded');
  });
  it('a price per N items gives the price of one ("$2 per 1,000" = 0.2 cents each); negative control', () => {
    expect(verdict('Requests cost $2 per 1,000.', 'Each request costs 0.2 cents.')).toBe('grounded');
    expect(verdict('Requests cost $2 per 1,000.', 'Each request costs 2 cents.')).toBe('ungrounded');
  });
  it('the end of a span that lasts a stated duration from a stated start; negative controls', () => {
    const sprint = 'The sprint starts on March 3 and lasts two weeks.';
    // March 3 + 14 days = March 17; "ends" is no antonym swap of "starts" when its value is derived
    expect(verdict(sprint, 'The sprint ends on March 17.')).toBe('grounded');
    expect(verdict(sprint, 'The sprint ends on March 16.')).toBe('ungrounded');
    // the span gives the end, not the start
    expect(verdict(sprint, 'The sprint starts on March 17.')).toBe('ungrounded');
  });
  it('a bound on the complement ("up to 0.1% downtime" for "99.9% availability") is no mismatch', () => {
    expect(verdict('The SLA guarantees 99.9% availability.', 'The SLA allows up to 0.1% downtime.')).not.toBe('ungrounded');
    expect(verdict('The SLA guarantees 99.9% availability.', 'The SLA allows up to 1% downtime.')).toBe('ungrounded');
  });
});

describe('hand-written reading fixes: ranks, frequencies, remainders, halves, "mid-2025"', () => {
  it('ordinal words against ranks written in digits; negative control', () => {
    expect(verdict('The region is the 2nd largest.', 'It is the second-largest region.')).toBe('grounded');
    expect(verdict('The region is the 2nd largest.', 'It is the third-largest region.')).toBe('ungrounded');
  });
  it('"N times daily" from "every 6 hours"; negative control', () => {
    expect(verdict('Backups run every 6 hours.', 'Backups run four times daily.')).toBe('grounded');
    expect(verdict('Backups run every 6 hours.', 'Backups run three times daily.')).toBe('ungrounded');
  });
  it('what remains of a total after a stated share; negative control', () => {
    const src = 'The Standard plan includes 500 GB of backup space, and 20% of it is reserved for snapshots.';
    expect(verdict(src, '400 GB of backup space remain in the Standard plan.')).toBe('grounded');
    expect(verdict(src, '450 GB of backup space remain in the Standard plan.')).toBe('ungrounded');
  });
  it('"one and a half minutes" and "half an hour" are durations', () => {
    expect(extractQuantities('one and a half minutes')[0]).toMatchObject({ kind: 'duration', value: 90 });
    expect(extractQuantities('half an hour')[0]).toMatchObject({ kind: 'duration', value: 1800 });
    expect(verdict('The timeout is 90 seconds.', 'The timeout is one and a half minutes.')).not.toBe('ungrounded');
    expect(verdict('The timeout is 90 seconds.', 'The timeout is two and a half minutes.')).toBe('ungrounded');
  });
  it('"mid-2025" is a year, not a code; negative control', () => {
    expect(verdict('Support ends on June 30, 2025.', 'Support ends in mid-2025.')).toBe('grounded');
    expect(verdict('Support ends on June 30, 2025.', 'Support ends in mid-2026.')).toBe('ungrounded');
  });
});

describe('more surface forms: "50c", "fifty cents", "a worker has"', () => {
  it('cents written "50c" or in words; negative control', () => {
    expect(verdict('Each SMS costs 50c.', 'Each SMS costs $0.50.')).toBe('grounded');
    expect(verdict('Each SMS costs fifty cents.', 'Each SMS costs $0.50.')).toBe('grounded');
    expect(verdict('Each SMS costs 50c.', 'Each SMS costs $5.')).toBe('ungrounded');
  });
  it('a per-item quantity stated of "a worker"; negative control', () => {
    const src = 'A worker has 4 GiB of memory. There are 3 workers.';
    expect(verdict(src, 'The workers have 12 GiB of memory.')).toBe('grounded');
    expect(verdict(src, 'The workers have 16 GiB of memory.')).toBe('ungrounded');
  });
});

describe('units of measure', () => {
  const src = 'Mount Tarrant is the highest peak of the Corbel Range, at 2,904 metres.';
  const q = 'How high is Mount Tarrant?';
  it('the stated number with another unit of its dimension is a mismatch', () => {
    expect(verdict(src, '2,904 feet', q)).toBe('ungrounded');
    expect(verdict('The creek flows south for 64 kilometres.', 'The creek flows south for 64 miles.')).toBe('ungrounded');
    expect(verdict('Its power station produces 180 megawatts.', 'Its power station produces 180 kW.')).toBe('ungrounded');
  });
  it('negative controls: the same unit in another spelling; "m" after a number the sources give in metres', () => {
    expect(verdict(src, 'It is 2904 meters high.', q)).toBe('grounded');
    expect(verdict(src, '2,904 m', q)).toBe('grounded');
    expect(verdict('The creek flows south for 64 kilometres.', 'The creek flows south for 64 km.')).toBe('grounded');
  });
});
