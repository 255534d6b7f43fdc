/**
 * Issue 20 behaviours 2-3, both directions: a quantity that follows from stated ones is grounded and
 * a wrong one stays ungrounded; ordinals, ranges and yearless dates are normalized; sentence
 * splitting keeps versions and decimals whole; names are phrases; a fact said of several names must
 * hold for each. Reference values are worked by hand from the stated numbers (IEC 80000-13 binary
 * prefixes: 1 TiB = 1,024 GiB; calendar arithmetic from the proleptic Gregorian calendar).
 */
import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../src/grounding/check.js';
import { analyze } from '../../src/grounding/nlp.js';
import { derivedSupported, extractQuantities } from '../../src/grounding/quantities.js';

const verdict = (source: string, answer: string, question?: string) =>
  checkAnswer({ id: 'd', contexts: [{ id: 'c', text: source }], answer, ...(question ? { question } : {}) }).verdict;

describe('derived quantities', () => {
  it('unit conversion of data sizes and durations', () => {
    expect(verdict('Each volume holds 2 TiB.', 'Each volume holds 2,048 GiB.')).toBe('grounded');
    expect(verdict('Each volume holds 2 TiB.', 'Each volume holds 4,096 GiB.')).toBe('ungrounded');
    expect(verdict('Alerts fire after 5 minutes.', 'Alerts fire after 300 seconds.')).toBe('grounded');
    expect(verdict('Latency above 300 ms is a breach.', 'Latency above 0.3 seconds is a breach.')).toBe('grounded');
  });
  it('percentage of a stated total, and a discount only when the claim says it computes', () => {
    expect(verdict('The plan includes 500 GB, and 20% of it is reserved for snapshots.', '100 GB is reserved for snapshots.')).toBe(
      'grounded',
    );
    expect(verdict('The plan includes 500 GB, and 20% of it is reserved for snapshots.', '150 GB is reserved for snapshots.')).toBe(
      'ungrounded',
    );
    expect(
      verdict(
        'The Team plan costs $40 per user, and annual billing saves 25%.',
        'Annual billing saves you money: it costs $30 per user after the discount.',
      ),
    ).toBe('grounded');
  });
  it('sums, differences and products when the claim computes', () => {
    const src = 'The cluster has 4 control-plane nodes and 12 worker nodes. Each worker node has 64 GiB of memory.';
    expect(verdict(src, 'The cluster has 16 nodes in total.')).toBe('grounded');
    expect(verdict(src, 'The cluster has 18 nodes in total.')).toBe('ungrounded');
    expect(verdict(src, 'The 12 worker nodes have 768 GiB of memory in total.')).toBe('grounded');
    expect(
      verdict('The Basic tier includes 10 seats. The Pro tier includes 50 seats.', 'The Pro tier includes 40 more seats than Basic.'),
    ).toBe('grounded');
    expect(
      verdict('The Basic tier includes 10 seats. The Pro tier includes 50 seats.', 'The Pro tier includes 45 more seats than Basic.'),
    ).toBe('ungrounded');
  });
  it('date arithmetic and spans of years', () => {
    const src = 'Version 4.2 was released on March 1, 2024. Security fixes are provided for 90 days after a release.';
    expect(verdict(src, 'Version 4.2 gets security fixes until May 30, 2024.')).toBe('grounded');
    expect(verdict(src, 'Version 4.2 gets security fixes until June 30, 2024.')).toBe('ungrounded');
    expect(
      verdict(
        'The Lisbon office opened in 2018 and the Austin office in 2021.',
        'The Austin office opened three years after the Lisbon office.',
      ),
    ).toBe('grounded');
  });
  it('a value compared with a stated threshold is checked, bound to the label its clause defines', () => {
    const src = 'Scores of 7.0 and above are high; scores below 3.0 are low.';
    expect(verdict(src, 'A score of 7.5 is high.')).toBe('grounded');
    expect(verdict(src, 'A score of 6.5 is high.')).toBe('ungrounded');
    expect(verdict(src, 'A score of 2.5 is low.')).toBe('grounded');
    expect(verdict(src, 'A score of 2.5 is high.')).toBe('ungrounded');
    // a claim that states a bound itself must match it
    expect(verdict('You save up to 40% on the regular price.', 'You save up to 30% on the regular price.')).toBe('ungrounded');
  });
  it('no coincidences from zeros, ranks or the claim value in the question', () => {
    const q = extractQuantities('Is a score of 6.5 high?');
    const src = extractQuantities('The score ranges from 0 to 10 and ranks 2nd.');
    expect(derivedSupported(extractQuantities('a score of 6.5')[0], [...src, ...q], { cues: { says: true, rate: false } })).toBe(false);
  });
});

describe('ordinals, ranges, yearless dates, sentence splitting', () => {
  it('ordinals: "3rd" = "third", "2nd largest" = "second-largest"', () => {
    expect(verdict('Ken Ito is the third director.', 'Ken Ito is the 3rd director.')).toBe('grounded');
    expect(verdict('Ken Ito is the third director.', 'Ken Ito is the 2nd director.')).toBe('ungrounded');
    expect(verdict('Lyon is the second-largest city.', 'Lyon is the 2nd largest city.')).toBe('grounded');
  });
  it('the year of a range applies to its start, and the end is stated too', () => {
    expect(verdict('The window runs from May 6 to May 10, 2024.', 'The window opens on May 6, 2024.')).toBe('grounded');
    expect(verdict('The conference runs September 12-14, 2025.', 'The conference starts on September 12, 2025.')).toBe('grounded');
    expect(verdict('The conference runs September 12-14, 2025.', 'The conference ends on September 14, 2025.')).toBe('grounded');
    expect(verdict('The conference runs September 12-14, 2025.', 'The conference starts on September 13, 2025.')).toBe('ungrounded');
  });
  it('yearless dates match a dated claim when the source names that year', () => {
    expect(
      verdict('In 2024 orders placed before 1 October ship the same week.', 'Orders placed before October 1, 2024 ship the same week.'),
    ).toBe('grounded');
    expect(verdict('Orders placed before 1 October ship the same week.', 'Orders placed before October 1 ship the same week.')).toBe(
      'grounded',
    );
  });
  it('versions and decimals stay whole; a version change is caught', () => {
    expect(analyze('Upgrade to v2.10.1 before Friday. The fee is 3.5 dollars.').sentences).toHaveLength(2);
    expect(verdict('Support for version 2.10.1 ends in June.', 'Support for version 2.10.1 ends in June.')).toBe('grounded');
    expect(verdict('Support for version 2.10.1 ends in June.', 'Support for version 2.10.2 ends in June.')).toBe('ungrounded');
  });
  it('paragraphs joined without a space: "Smith.12 Oak Road"', () => {
    expect(verdict('Write to Jane Smith.12 Oak Road is the returns address.', 'Returns go to 12 Oak Road.')).toBe('grounded');
    expect(verdict('Write to Jane Smith.12 Oak Road is the returns address.', 'Returns go to 21 Oak Road.')).toBe('ungrounded');
  });
});

describe('names as phrases, facts bound to names', () => {
  const src =
    'Dr. Maria Lopez leads the Platform team at Northern Bank. Ken Ito joined the Data Institute in 2019. The Platform team was founded in Ohio.';
  it('a multi-word name assembled from words of other names is unsupported', () => {
    expect(verdict(src, 'Ken Ito works at the Northern Data Institute.')).toBe('ungrounded');
    expect(verdict(src, 'Ken Ito works at the Data Institute.')).toBe('grounded');
  });
  it('a fact said of several names must hold for each', () => {
    expect(verdict(src, 'Both the Platform team and the Data Institute were founded in Ohio.')).toBe('ungrounded');
    expect(
      verdict(
        'The Platform team and the Data Institute were both founded in Ohio.',
        'Both the Platform team and the Data Institute were founded in Ohio.',
      ),
    ).toBe('grounded');
  });
});

describe('questions in an answer', () => {
  it('a question states nothing and is not checked, unless it carries a quantity', () => {
    const r = checkAnswer({
      id: 'q',
      contexts: [{ id: 'c', text: 'The refund window is 30 days.' }],
      answer: 'The refund window is 30 days. Have you ever visited Lisbon?',
    });
    expect(r.verdict).toBe('grounded');
    expect(r.claims).toHaveLength(1);
    expect(verdict('The refund window is 30 days.', 'Did you know the refund window is 45 days?')).toBe('ungrounded');
  });
});

describe('changes, shares and days between dates (issue 20, second round)', () => {
  const one = (context: string, answer: string) => checkAnswer({ id: 't', contexts: [{ id: 'c', text: context }], answer });
  it('a change by an amount, a share of a stated total, the days between two stated dates', () => {
    expect(one('The price rose from $20 to $25.', 'The price rose by $5.').verdict).toBe('grounded');
    expect(one('The cluster had 40 nodes in 2023 and 50 nodes in 2024.', 'The cluster grew by 25%.').verdict).toBe('grounded');
    expect(one('Of the 200 tickets, 50 were bugs.', '25% of the tickets were bugs.').verdict).toBe('grounded');
    expect(
      one('The release was on March 1, 2025. Support ends on June 30, 2025.', 'Support ends 121 days after the release.').verdict,
    ).toBe('grounded');
  });
  it('control: a wrong change, share or span is still a quantity mismatch', () => {
    for (const [context, answer] of [
      ['The price rose from $20 to $25.', 'The price rose by $7.'],
      ['The cluster had 40 nodes in 2023 and 50 nodes in 2024.', 'The cluster grew by 30%.'],
      ['Of the 200 tickets, 50 were bugs.', '35% of the tickets were bugs.'],
      ['The release was on March 1, 2025. Support ends on June 30, 2025.', 'Support ends 130 days after the release.'],
    ]) {
      const r = one(context, answer);
      expect([answer, r.verdict]).toEqual([answer, 'ungrounded']);
    }
  });
});

describe('comparisons without "than", decimal scales, inclusive date ranges', () => {
  const flags = (r: ReturnType<typeof checkAnswer>) => r.claims.flatMap((c) => c.flags.map((f) => f.name));
  const one = (context: string, answer: string) => checkAnswer({ id: 't', contexts: [{ id: 'c', text: context }], answer });
  const SERVER = 'The old server handled 300 requests per second; the new one handles 450.';
  it('"150 more requests", "50% more", "1.5k" = 1,500, "September 12-14" lasts three days', () => {
    expect(one(SERVER, 'The new server handles 150 more requests per second.').verdict).toBe('grounded');
    expect(one(SERVER, 'The new server handles 50% more requests per second.').verdict).toBe('grounded');
    expect(one('The limit is 1.5k requests.', 'The limit is 1,500 requests.').verdict).toBe('grounded');
    expect(flags(one('The conference runs from September 12-14, 2025.', 'The conference lasts three days.'))).not.toContain(
      'quantity-mismatch',
    );
  });
  it('control: a wrong difference, scale or length is still a mismatch', () => {
    expect(one(SERVER, 'The new server handles 200 more requests per second.').verdict).toBe('ungrounded');
    expect(one(SERVER, 'The new server handles 60% more requests per second.').verdict).toBe('ungrounded');
    expect(one('The limit is 1.5k requests.', 'The limit is 15,000 requests.').verdict).toBe('ungrounded');
    expect(flags(one('The conference runs from September 12-14, 2025.', 'The conference lasts four days.'))).toContain('quantity-mismatch');
  });
});

describe('frequencies, versions, percentiles and currency codes', () => {
  const one = (context: string, answer: string) => checkAnswer({ id: 't', contexts: [{ id: 'c', text: context }], answer });
  it('"every 4 hrs" is six times a day; "v2.3" is version 2.3; "p99" is the 99th percentile; "USD" is no name', () => {
    expect(one('Backups run every 4 hrs.', 'Backups run six times a day.').verdict).toBe('grounded');
    expect(one('The API (v2.3) supports JSON.', 'Version 2.3 of the API supports JSON.').verdict).toBe('grounded');
    expect(one('Latency p99 is 120 ms.', 'The 99th percentile latency is 120 ms.').verdict).toBe('grounded');
    expect(one('The budget is 1.2 million dollars.', 'The budget is USD 1,200,000.').verdict).toBe('grounded');
  });
  it('control: a wrong frequency, version or percentile is a mismatch', () => {
    expect(one('Backups run every 4 hrs.', 'Backups run eight times a day.').verdict).toBe('ungrounded');
    expect(one('The API (v2.3) supports JSON.', 'Version 2.4 of the API supports JSON.').verdict).toBe('ungrounded');
    expect(one('Latency p99 is 120 ms.', 'The 95th percentile latency is 120 ms.').verdict).toBe('ungrounded');
    expect(one('The budget is 1.2 million euros.', 'The budget is USD 1,200,000.').verdict).toBe('ungrounded');
  });
});

describe('digit groups written with spaces, the rest of a stated share', () => {
  it('"€1 200 000" and a narrow no-break space are thousands separators; spans stay the written text', () => {
    expect(verdict('The contract is worth €1,200,000 per year.', 'The contract is worth €1 200 000 per year.')).toBe('grounded');
    expect(verdict('The index holds 1\u202F200\u202F000 documents.', 'The index holds 1.2 million documents.')).toBe('grounded');
    const [q] = extractQuantities('Fee: €1 200 000.');
    expect([q.kind, q.value, q.text]).toEqual(['money', 1200000, '€1 200 000']);
  });
  it('control: a wrong grouped amount is a mismatch, and plain-space runs without a currency sign stay separate numbers', () => {
    expect(verdict('The contract is worth €1,200,000 per year.', 'The contract is worth €1 300 000 per year.')).toBe('ungrounded');
    expect(extractQuantities('In 2019 200 people joined.').map((q) => q.value)).toEqual([2019, 200]);
  });
  it('"the remaining 20%" of a stated 80% share is supported; another remainder is not', () => {
    const SRC = '80% of the alerts are routed to the on-call engineer; the rest go to the team channel.';
    expect(verdict(SRC, 'The remaining 20% go to the team channel.')).toBe('grounded');
    expect(verdict(SRC, 'The remaining 30% go to the team channel.')).toBe('ungrounded');
  });
});

describe('the time between two stated times of day', () => {
  const SRC = 'The outage began at 14:05 UTC and ended at 14:50 UTC.';
  const mismatch = (source: string, answer: string) =>
    checkAnswer({ id: 't', contexts: [{ id: 'c', text: source }], answer }).claims.some((c) =>
      c.flags.some((f) => f.name === 'quantity-mismatch'),
    );
  it('"lasted 45 minutes" follows from 14:05 to 14:50 (and from 2:05 PM to 2:50 PM): no quantity mismatch', () => {
    expect(mismatch(SRC, 'The outage lasted 45 minutes, from 14:05 to 14:50 UTC.')).toBe(false);
    expect(verdict(SRC, 'The outage lasted 45 minutes, from 14:05 to 14:50 UTC.')).not.toBe('ungrounded');
    expect(mismatch('The outage began at 2:05 PM and ended at 2:50 PM.', 'The outage lasted 45 minutes, from 2:05 PM to 2:50 PM.')).toBe(
      false,
    );
  });
  it('control: another length is a quantity mismatch', () => {
    expect(mismatch(SRC, 'The outage lasted 55 minutes, from 14:05 to 14:50 UTC.')).toBe(true);
    expect(verdict(SRC, 'The outage lasted 55 minutes, from 14:05 to 14:50 UTC.')).toBe('ungrounded');
  });
});
