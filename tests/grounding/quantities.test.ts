import { describe, expect, it } from 'vitest';
import { extractIdentifiers, extractQuantities, parseNumber, quantitySupported } from '../../src/grounding/quantities.js';

const supported = (claim: string, source: string) => {
  const qs = extractQuantities(claim);
  expect(qs.length, `no quantity found in "${claim}"`).toBeGreaterThan(0);
  return qs.every((q) => quantitySupported(q, extractQuantities(source)));
};

describe('quantities: normalization and unit conversion', () => {
  it.each([
    ['$1.2 million', 'a budget of $1,200,000'],
    ['1,000 users', 'up to 1000 users'],
    ['40 percent', 'save 40%'],
    ['90 minutes', 'a 1.5 hour session'],
    ['two weeks', '14 days'],
    ['a 30-day trial', 'a free trial of one month'],
    ['12 months', 'one year'],
    ['August 31st, 2022', 'before 31st August 2022'],
    ['2022-08-31', 'on August 31, 2022'],
    ['the 31st of August', 'until 31 Aug 2022'],
    ['3 pm', 'at 15:00'],
    ['twenty-five seats', '25 seats'],
    ['5k', '5,000 units'],
    ['in 2022', 'on 31st August 2022'],
  ])('"%s" is supported by "%s"', (claim, source) => {
    expect(supported(claim, source)).toBe(true);
  });

  it.each([
    ['$120 per month', '$100 per month'],
    ['45%', '40% off'],
    ['2 hours', '90 minutes'],
    ['September 30, 2022', 'August 31, 2022'],
    ['August 31, 2023', 'August 31, 2022'],
    ['4 pm', 'at 3 pm'],
    ['three weeks', '14 days'],
    ['$1.5 million', '$1,200,000'],
    ['on Friday', 'on Monday'],
  ])('"%s" is NOT supported by "%s"', (claim, source) => {
    expect(supported(claim, source)).toBe(false);
  });

  it('keeps both readings of an ambiguous slash date', () => {
    const [q] = extractQuantities('05/06/2024');
    expect(q.kind).toBe('date');
    expect(q.dates).toEqual([
      { y: 2024, m: 5, d: 6 },
      { y: 2024, m: 6, d: 5 },
    ]);
  });

  it('parses number words', () => {
    expect(parseNumber('twenty-five')).toBe(25);
    expect(parseNumber('1,250.5')).toBe(1250.5);
    expect(parseNumber('three hundred')).toBe(300);
    expect(Number.isNaN(parseNumber('several'))).toBe(true);
  });

  it('parses a year spoken in two pairs ("nineteen sixty-five"); control: "twenty five" and "twelve fifty" are no years', () => {
    expect(parseNumber('nineteen sixty-five')).toBe(1965);
    expect(parseNumber('eighteen fifteen')).toBe(1815);
    expect(parseNumber('twenty twenty')).toBe(2020);
    expect(parseNumber('twenty five')).toBe(25);
    expect(Number.isNaN(parseNumber('twelve fifty'))).toBe(true);
    expect(Number.isNaN(parseNumber('nineteen five'))).toBe(true);
  });

  it('treats phone numbers, e-mails and codes as identifiers, not numbers', () => {
    const text = 'Call (555) 123-4567 or mail a.b@example.com about order INV-2024-001; open 24/7.';
    expect(extractIdentifiers(text).map((i) => [i.kind, i.norm])).toEqual([
      ['phone', '5551234567'],
      ['email', 'a.b@example.com'],
      ['code', 'inv-2024-001'],
    ]);
    expect(extractQuantities(text)).toEqual([]);
  });
});

describe('spoken numbers (meeting transcripts)', () => {
  it('"twelve point five euros", "one hundred and fifty", "twenty five" read as one number', () => {
    expect(extractQuantities('about twelve point five euros')).toMatchObject([{ kind: 'money', value: 12.5 }]);
    expect(extractQuantities('one hundred and fifty people')).toMatchObject([{ kind: 'number', value: 150 }]);
    expect(extractQuantities('it costs twenty five euros')).toMatchObject([{ kind: 'money', value: 25 }]);
  });
  it('control: words that make no one number are not summed ("twelve fifty" is no 62; "two and three" stay two)', () => {
    expect(extractQuantities('twelve fifty').map((q) => q.value)).not.toContain(62);
    expect(extractQuantities('two and three buttons').map((q) => q.value)).toEqual([2, 3]);
  });
});

describe('number words glued to a unit letter are words (issue 20: "ones", "tens")', () => {
  it('"the old ones", "tens of thousands", "twos and threes" state no duration', () => {
    for (const t of ['the old ones are better', 'Wild Ones in Asia', 'tens of thousands of fans', 'the twos and threes']) {
      expect(
        extractQuantities(t).filter((q) => q.kind === 'duration'),
        t,
      ).toEqual([]);
    }
  });
  it('control: "one second", "ten-minute", "5s" and "two hours" are still durations', () => {
    expect(extractQuantities('wait one second')).toMatchObject([{ kind: 'duration', value: 1 }]);
    expect(extractQuantities('a ten-minute break')).toMatchObject([{ kind: 'duration', value: 600 }]);
    expect(extractQuantities('it took 5s')).toMatchObject([{ kind: 'duration', value: 5 }]);
    expect(extractQuantities('two hours later')).toMatchObject([{ kind: 'duration', value: 7200 }]);
  });
});

describe('patterns that need a digit are skipped in a text without one (same results)', () => {
  it('a text without a digit still yields its word quantities, a month and a time', () => {
    expect(extractQuantities('twenty percent off for three weeks in March, until noon').map((q) => [q.kind, q.value])).toEqual([
      ['percent', 20],
      ['duration', 3 * 7 * 86400],
      ['date', NaN],
      ['time', 720],
    ]);
    expect(extractIdentifiers('write to sales@example.com or see www.example.com/pricing').map((i) => i.kind)).toEqual(['email', 'url']);
  });
  it('patterns with a cue word (currency words, cents, percent, "and a half", "@") find theirs in any case; none without it', () => {
    expect(
      extractQuantities('It costs fifty cents or 75C, twenty DOLLARS, 3 per cent off, 2 pct, one and a half Hours, 12 Euros.').map((q) => [
        q.kind,
        q.value,
      ]),
    ).toEqual([
      ['money', 0.5],
      ['money', 0.75],
      ['money', 20],
      ['percent', 3],
      ['percent', 2],
      ['duration', 5400],
      ['money', 12],
    ]);
    expect(extractQuantities('fifty people, 75 seats, 3 per day').map((q) => q.kind)).toEqual(['number', 'number', 'number']);
    expect(extractIdentifiers('Write to Sales@Example.com').map((i) => i.norm)).toEqual(['sales@example.com']);
  });
  it('control: with digits, the numeric patterns and identifiers are found beside the word ones', () => {
    expect(extractQuantities('$40 for 2 weeks, twenty percent off, at 9:30').map((q) => q.kind)).toEqual([
      'money',
      'duration',
      'percent',
      'time',
    ]);
    expect(extractIdentifiers('order INV-2024-001 or call 555-123-4567').map((i) => [i.kind, i.norm])).toEqual([
      ['code', 'inv-2024-001'],
      ['phone', '5551234567'],
    ]);
  });
  it('each match of a pattern is read once, in order, across calls (no state left between texts)', () => {
    expect(extractQuantities('3 and 4').map((q) => q.value)).toEqual([3, 4]);
    expect(extractQuantities('5').map((q) => q.value)).toEqual([5]);
  });
});
