/**
 * Quantities in English text: numbers, money, percentages, durations, dates, times of day and
 * identifiers (phone numbers, codes, e-mail addresses, URLs), normalized so that a claim's
 * quantity can be compared with what a source says whatever the surface form:
 * `$1.2 million` = `$1,200,000`, `40 percent` = `40%`, `90 minutes` = `1.5 hours`,
 * `August 31st, 2022` = `31 August 2022` = `2022-08-31`, `two weeks` = `14 days`, `3 pm` = `15:00`.
 *
 * Pure functions, no I/O. Formats follow common English usage (ISO 8601 for numeric dates;
 * `MM/DD/YYYY` and `DD/MM/YYYY` are both kept as readings of an ambiguous slash date).
 */

/** What a quantity measures. */
export type QuantityKind = 'number' | 'money' | 'percent' | 'duration' | 'date' | 'time' | 'size';

/** Calendar fields of a date; absent fields were not stated. `m` is 1-12, `wd` 0 (Sunday) to 6. */
export interface DateParts {
  y?: number;
  m?: number;
  d?: number;
  wd?: number;
}

/** One quantity mention, with its span in the text (UTF-16 offsets, end exclusive). */
export interface Quantity {
  kind: QuantityKind;
  /** number: the value; money: amount in currency units; percent: 0-100 scale; duration: seconds; time: minutes after midnight; size: bytes */
  value: number;
  /** size: the other reading of a decimal unit (1 GB = 10^9 bytes, or 2^30 as often meant) */
  alt?: number;
  /** the number as written (before unit conversion), when the quantity has a unit */
  written?: number;
  /**
   * a comparison the text states with this quantity as threshold ("7.0 and above", "above 300 ms",
   * "at most 5"): the claim value v satisfies it when `v cmp value`
   */
  cmp?: '>' | '>=' | '<' | '<=';
  /** a rank ("3rd", "third"), never an operand of arithmetic */
  ordinal?: boolean;
  /** money: currency code (USD, EUR, GBP) when stated */
  currency?: string;
  /** date: the readings (an ambiguous numeric date has two) */
  dates?: DateParts[];
  /** the text as written */
  text: string;
  start: number;
  end: number;
}

/** An identifier-like string: e-mail, URL, phone number, product or order code. */
export interface Identifier {
  kind: 'email' | 'url' | 'phone' | 'code';
  text: string;
  /** normalized form for comparison (lower case; phone: digits only) */
  norm: string;
  start: number;
  end: number;
}

const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
const WEEKDAYS: Record<string, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };

const SMALL: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
  half: 0.5,
};
const SCALE: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
};

const SEC = {
  millisecond: 0.001,
  second: 1,
  minute: 60,
  hour: 3600,
  day: 86400,
  week: 604800,
  month: 2629746,
  quarter: 7889238,
  year: 31556952,
  decade: 315569520,
};
const UNIT_ALIASES: Record<string, keyof typeof SEC> = {
  ms: 'millisecond',
  millisecond: 'millisecond',
  milliseconds: 'millisecond',
  s: 'second',
  sec: 'second',
  secs: 'second',
  second: 'second',
  seconds: 'second',
  min: 'minute',
  mins: 'minute',
  minute: 'minute',
  minutes: 'minute',
  h: 'hour',
  hr: 'hour',
  hrs: 'hour',
  hour: 'hour',
  hours: 'hour',
  day: 'day',
  days: 'day',
  week: 'week',
  weeks: 'week',
  wk: 'week',
  wks: 'week',
  month: 'month',
  months: 'month',
  mo: 'month',
  mos: 'month',
  quarter: 'quarter',
  quarters: 'quarter',
  year: 'year',
  years: 'year',
  yr: 'year',
  yrs: 'year',
  decade: 'decade',
  decades: 'decade',
};
/** Data sizes: decimal units (with their binary reading as `alt`) and binary units (IEC 80000-13). */
const SIZE_UNITS: Record<string, [number, number]> = {
  b: [1, 1],
  byte: [1, 1],
  bytes: [1, 1],
  kb: [1e3, 2 ** 10],
  mb: [1e6, 2 ** 20],
  gb: [1e9, 2 ** 30],
  tb: [1e12, 2 ** 40],
  pb: [1e15, 2 ** 50],
  kib: [2 ** 10, 2 ** 10],
  mib: [2 ** 20, 2 ** 20],
  gib: [2 ** 30, 2 ** 30],
  tib: [2 ** 40, 2 ** 40],
  pib: [2 ** 50, 2 ** 50],
};
/**
 * Ordinal words from "second" to their rank ("first" is an adjective far more often than a rank, so it is not read as a
 * number in running text).
 */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
};
const CURRENCY_SIGNS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR' };
const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD',
  dollars: 'USD',
  usd: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  eur: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  gbp: 'GBP',
};

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+`;
const WORDNUM = Object.keys(SMALL).join('|');
/**
 * A spoken number ("twenty five", "one hundred and fifty", "twelve point five"): number words joined by a space or hyphen,
 * "and" only after "hundred", and a decimal part read digit by digit after "point".
 */
const WORDPHRASE = String.raw`(?:${WORDNUM})(?:[- ](?:${WORDNUM})|(?<=hundred)\s+and\s+(?:${WORDNUM}))*(?:\s+point(?:\s+(?:zero|one|two|three|four|five|six|seven|eight|nine)\b){1,2})?`;
const NUMWORD = String.raw`(?:${NUM}|${WORDPHRASE})`;
const SCALEW = String.raw`(?:thousand|million|billion|trillion|bn|mm|mn|[kKmMbB])\b`;
const UNITW = Object.keys(UNIT_ALIASES)
  .sort((a, b) => b.length - a.length)
  .join('|');
const MONTHW = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

// compiled once (module level): the patterns of extractIdentifiers / extractQuantities
const ORD = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const CODE_EXEMPT = new RegExp(
  String.raw`^(?:(?:mid|early|late|pre|post)-\d{4}|\d+(?:st|nd|rd|th|s|x|am|pm|k|m|bn|mm|mn|b|c|d)|\d+\.\d+(?:k|m|bn|mm|mn|b)|\d+(?:\.\d+)?-?(?:${UNITW}|[kmgtp]i?b)|\d+(?:\.\d+)?-fold|[a-z]\d)$`,
  'i',
);
const SIZE = new RegExp(String.raw`(?<![\w.])(${NUM})\s?(bytes?|[KMGTP]i?B|[kmgtp]ib|kB)\b`, 'g');
const ORDINAL = new RegExp(String.raw`\b(${Object.keys(ORDINAL_WORDS).join('|')})\b(?![- ]?(?:hand|half|ly)\b)`, 'gi');
const RANGE_TAIL = new RegExp(
  String.raw`^\s*(?:-|–|—|to|through|until|and)\s*(?:(${MONTHW})\.?\s+)?(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?`,
  'i',
);
const DATE_MDY = new RegExp(String.raw`\b(?:(${Object.keys(WEEKDAYS).join('|')}),?\s+)?(${MONTHW})\.?\s+${ORD}\b(?:,?\s+(\d{4})\b)?`, 'gi');
const DATE_DMY = new RegExp(String.raw`\b${ORD}\s+(?:of\s+)?(${MONTHW})\b\.?(?:,?\s+(\d{4})\b)?`, 'gi');
const DATE_DMY_RANGE = new RegExp(
  String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|—|to|until|through|and)\s*${ORD}\s+(?:of\s+)?(${MONTHW})\b\.?(?:,?\s+(\d{4})\b)?`,
  'gi',
);
const DATE_MY = new RegExp(String.raw`\b(${MONTHW})\.?,?\s+(\d{4})\b`, 'gi');
const MONEY_SIGN = new RegExp(String.raw`([$€£¥₹])\s?(${NUM})(?:\s?(${SCALEW}))?`, 'g');
const MONEY_CODE = new RegExp(String.raw`\b(USD|EUR|GBP)\s?(${NUM})(?:\s?(${SCALEW}))?`, 'gi');
const MONEY_WORD = new RegExp(String.raw`\b(${NUMWORD})(?:\s?(${SCALEW}))?\s+(dollars?|euros?|pounds?|usd|eur|gbp)\b`, 'gi');
const CENTS = new RegExp(String.raw`\b(${NUMWORD})\s?(?:cents?\b|¢)|\b(${NUM})c\b`, 'gi');
const PERCENT = new RegExp(String.raw`\b(${NUMWORD})\s?(?:%|percent\b|per\s?cent\b|pct\b)`, 'gi');
/** What every match of {@link MONEY_WORD}, {@link CENTS}, {@link PERCENT} and {@link AND_A_HALF} holds (texts without it are not scanned). */
const MONEY_WORD_CUE = /dollar|eur|pound|usd|gbp/i;
const CENTS_CUE = /cent|¢|\dc/i;
const PERCENT_CUE = /%|cent|pct/i;
const HALF_CUE = /half/i;
/** "one and a half minutes": a number word or number, "and a half", a unit of time. */
const AND_A_HALF = new RegExp(String.raw`\b(${NUMWORD})\s+and\s+a\s+half\s+(${UNITW})\b`, 'gi');
const DURATION = new RegExp(String.raw`\b(${NUMWORD})(?:\s?(${SCALEW}))?[- ]?(${UNITW})\b`, 'gi');
const BARE_NUMBER = new RegExp(String.raw`(?<![\w.])(${NUM})(?:st|nd|rd|th)?(?:\s?(${SCALEW}))?(?![\w])`, 'g');
const NUMBER_WORDS = new RegExp(
  String.raw`\b(?=${Object.keys(SMALL)
    .filter((w) => w !== 'one' && w !== 'half')
    .join('|')})(${WORDPHRASE})\b(?:\s(thousand|million|billion))?`,
  'gi',
);

/** Parses a digit string (with thousands separators) or an English number word ("twenty-five"). NaN when neither. */
export function parseNumber(text: string): number {
  const t = text.toLowerCase().trim();
  if (/^[\d.,]+$/.test(t)) return Number(t.replace(/,/g, ''));
  const [whole, decimals] = t.split(/\s+point\s+/);
  // a year spoken in two pairs ("nineteen sixty-five", "eighteen fifteen", "twenty twenty"): 1800-2099; "twenty five" stays 25
  const year = decimals === undefined ? /^(eighteen|nineteen|twenty)[- ]+(\w+(?:[- ]+\w+)?)$/.exec(whole) : null;
  if (year) {
    const rest = parseNumber(year[2]);
    if (rest >= 10 && rest <= 99) return SMALL[year[1]] * 100 + rest;
  }
  const parts = whole.split(/[- ]+/).filter((p) => p !== 'and');
  let total = 0;
  for (const [i, p] of parts.entries()) {
    const v = SMALL[p];
    if (v === undefined) return NaN;
    if (v === 100) total = (total || 1) * 100;
    // place value: a unit after a tens word ("twenty five") or anything after "hundred"; "twelve fifty" is no 62
    else if (i === 0 || total % 100 === 0 || (total % 10 === 0 && total % 100 >= 20 && v < 10)) total += v;
    else return NaN;
  }
  if (decimals !== undefined) {
    const digits = decimals.split(/\s+/).map((d) => SMALL[d]);
    if (digits.some((d) => d === undefined || d > 9)) return NaN;
    total += Number(`0.${digits.join('')}`);
  }
  return total;
}

const sameNumber = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * The character positions already claimed by an earlier, more specific match: one byte per UTF-16
 * unit, so testing and claiming a span costs its length (a list of spans would make extraction
 * quadratic in the number of matches).
 */
class Taken {
  private readonly mask: Uint8Array;
  constructor(length: number) {
    this.mask = new Uint8Array(length);
  }
  overlaps(s: number, e: number): boolean {
    for (let i = s; i < e; i++) if (this.mask[i]) return true;
    return false;
  }
  take(s: number, e: number): void {
    this.mask.fill(1, s, e);
  }
}

/**
 * Visits each match of a global pattern in a text, in order, as `text.matchAll(re)` would give them, without the copy of
 * the pattern that matchAll makes (some 40 patterns run over every analysed text). Starts at 0 and leaves
 * `re.lastIndex` at 0; `visit` must not use `re`.
 */
function eachMatch(re: RegExp, text: string, visit: (m: RegExpExecArray) => void): void {
  // (as matchAll, a pattern without the g flag is an error: exec would find its first match forever)
  if (!re.global) throw new TypeError(`eachMatch needs a global pattern: ${re.source.slice(0, 40)}`);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // an empty match moves on by one character (one code point for a Unicode pattern), as matchAll does
    if (m[0] === '') re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
    visit(m);
  }
}

/**
 * Finds identifiers: e-mail addresses, URLs, phone numbers and codes that mix letters and digits
 * (`INV-2024-001`, `X200`, `v2.1`), which are compared verbatim rather than as numbers.
 */
export function extractIdentifiers(text: string): Identifier[] {
  const out: Identifier[] = [];
  const taken = new Taken(text.length);
  const add = (kind: Identifier['kind'], re: RegExp, norm: (s: string) => string, keep: (s: string) => boolean = () => true) =>
    eachMatch(re, text, (m) => {
      const s = m.index;
      const e = s + m[0].length;
      if (!keep(m[0]) || taken.overlaps(s, e)) return;
      taken.take(s, e);
      out.push({ kind, text: m[0], norm: norm(m[0]), start: s, end: e });
    });
  // every pattern starts only where its run of allowed characters starts (lookbehind), so a long run
  // is scanned once, not once per position (linear time)
  if (text.includes('@')) add('email', /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, (s) => s.toLowerCase());
  add('url', /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+[^\s<>"')\].,;:!?]/gi, (s) =>
    s
      .toLowerCase()
      .replace(/^https?:\/\//, '')
      .replace(/^www\./, '')
      .replace(/\/$/, ''),
  );
  // phone numbers, versions and codes all hold a digit
  if (/\d/.test(text)) {
    add('phone', /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{3}\)\s?|\b\d{3}[\s.-])\d{3}[\s.-]\d{4}\b/g, (s) =>
      s.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, ''),
    );
    // version numbers: three or more dot-separated numbers ("2.10.1"), compared verbatim
    add('code', /(?<![\w.])v?\d+(?:\.\d+){2,}(?![\w]|\.\d)/g, (s) => s.toLowerCase().replace(/^v/, ''));
    // codes: a word that mixes letters and digits, not an ordinal, a unit suffix, a scale or a time
    add(
      'code',
      /(?<![A-Za-z\d]|[A-Za-z\d][-_.])[A-Za-z\d]+(?:[-_.][A-Za-z\d]+)*(?![A-Za-z\d])/g,
      (s) => s.toLowerCase(),
      (s) => /[A-Za-z]/.test(s) && /\d/.test(s),
    );
  }
  return out.filter((i) => i.kind !== 'code' || !CODE_EXEMPT.test(i.text)).sort((a, b) => a.start - b.start);
}

/**
 * Digit groups separated by plain spaces after a currency sign ("€1 200 000") read as thousands separators,
 * position for position (one character for one, so spans stay those of the written text); elsewhere a run of
 * numbers is no grouping ("in 2019 200 people" stays two numbers). No-break and thin spaces between digit groups
 * are commas already (normalizeText in nlp.ts).
 */
function groupedDigits(text: string): string {
  if (!/\d \d/.test(text)) return text;
  return text.replace(/[$€£¥₹]\s?\d{1,3}(?: \d{3})+(?![\d,.]\d)/g, (m) => m.replace(/(?<=\d) (?=\d)/g, ','));
}

/**
 * Finds the quantities in a text, longest and most specific readings first (a date before its
 * day number, `$1.2 million` before `1.2`). Identifier spans (see {@link extractIdentifiers}) are skipped.
 * @param identifiers the identifiers of `written` when the caller has them already (not searched again).
 */
export function extractQuantities(written: string, identifiers?: readonly Identifier[]): Quantity[] {
  const text = groupedDigits(written);
  const out: Quantity[] = [];
  const taken = new Taken(text.length);
  // digit groups read as thousands change the text: its identifiers are searched again
  for (const i of identifiers && text === written ? identifiers : extractIdentifiers(text)) taken.take(i.start, i.end);
  // "24/7" and "365 days a year" style availability phrases are not quantities to check
  for (const m of text.matchAll(/\b24\s*\/\s*7\b|\b24x7\b/gi)) taken.take(m.index ?? 0, (m.index ?? 0) + m[0].length);
  // `make` returns undefined for no match, null for a span that is no quantity to check (claimed, not reported)
  const scan = (re: RegExp, make: (m: RegExpExecArray) => Omit<Quantity, 'text' | 'start' | 'end'> | undefined | null) =>
    eachMatch(re, text, (m) => {
      const s = m.index;
      const e = s + m[0].length;
      if (taken.overlaps(s, e)) return;
      const q = make(m);
      if (q === null) {
        taken.take(s, e);
        return;
      }
      if (!q || (q.kind !== 'date' && !Number.isFinite(q.value))) return;
      taken.take(s, e);
      out.push({ ...q, text: written.slice(s, e), start: s, end: e });
    });
  // a pattern whose every match holds a digit finds nothing in a text without one
  const numeric = /\d/.test(text);
  const scanNumeric: typeof scan = (re, make) => {
    if (numeric) scan(re, make);
  };
  // likewise a pattern whose every match holds a word of its cue
  const scanWhere = (cue: RegExp, re: RegExp, make: Parameters<typeof scan>[1]) => {
    if (cue.test(text)) scan(re, make);
  };
  const dateQ = (dates: DateParts[]): Omit<Quantity, 'text' | 'start' | 'end'> => ({ kind: 'date', value: NaN, dates });
  const yr = (s: string | undefined) => (s === undefined ? undefined : s.length === 2 ? 2000 + Number(s) : Number(s));
  const valid = (p: DateParts) => (p.m === undefined || (p.m >= 1 && p.m <= 12)) && (p.d === undefined || (p.d >= 1 && p.d <= 31));

  // ISO 8601 dates
  scanNumeric(/\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g, (m) => dateQ([{ y: +m[1], m: +m[2], d: +m[3] }]));
  // numeric slash dates: both readings
  scanNumeric(/\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/g, (m) => {
    const a = +m[1];
    const b = +m[2];
    const y = yr(m[3]);
    const readings = [
      { y, m: a, d: b },
      { y, m: b, d: a },
    ].filter(valid);
    return readings.length ? dateQ(readings) : undefined;
  });
  // "Monday, August 31st, 2022" / "August 31, 2022" / "Aug. 31"
  scanNumeric(DATE_MDY, (m) => {
    const p: DateParts = { m: MONTHS[m[2].toLowerCase()], d: +m[3], y: yr(m[4]) };
    if (m[1]) p.wd = WEEKDAYS[m[1].toLowerCase()];
    return valid(p) ? dateQ([p]) : undefined;
  });
  // a day range before its month ("3 to 17 March", "3-17 March 2025"): both days are dates of that month
  scanNumeric(DATE_DMY_RANGE, (m) => {
    const mo = MONTHS[m[3].toLowerCase()];
    const y = yr(m[4]);
    const ps: DateParts[] = [
      { d: +m[1], m: mo, y },
      { d: +m[2], m: mo, y },
    ];
    return ps.every(valid) && +m[1] < +m[2] ? dateQ(ps) : undefined;
  });
  // "31st August 2022" / "the 31st of August"
  scanNumeric(DATE_DMY, (m) => {
    const p: DateParts = { d: +m[1], m: MONTHS[m[2].toLowerCase()], y: yr(m[3]) };
    return valid(p) ? dateQ([p]) : undefined;
  });
  // "August 2022"
  scanNumeric(DATE_MY, (m) => dateQ([{ m: MONTHS[m[1].toLowerCase()], y: +m[2] }]));
  // a capitalized month name alone ("in September"); "May"/"March" only when not sentence-initial
  scan(/\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/g, (m) => {
    const before = text.slice(Math.max(0, (m.index ?? 0) - 16), m.index ?? 0);
    if (
      (m[1] === 'May' || m[1] === 'March') &&
      (/(^|[.!?]\s*)$/.test(before) || /\b(?:you|we|they|it|this|that|which|i|he|she)\s*$/i.test(before))
    )
      return undefined;
    return dateQ([{ m: MONTHS[m[1].toLowerCase()] }]);
  });
  scan(/\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)s?\b/g, (m) => dateQ([{ wd: WEEKDAYS[m[1].toLowerCase()] }]));
  // times of day
  scanNumeric(/\b(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s?m\b\.?/gi, (m) => {
    let h = +m[1] % 12;
    if (m[3].toLowerCase() === 'p') h += 12;
    return { kind: 'time', value: h * 60 + (m[2] ? +m[2] : 0) };
  });
  scanNumeric(/\b([01]?\d|2[0-3]):([0-5]\d)\b/g, (m) => ({ kind: 'time', value: +m[1] * 60 + +m[2] }));
  scan(/\b(noon|midday|midnight)\b/gi, (m) => ({ kind: 'time', value: m[1].toLowerCase() === 'midnight' ? 0 : 720 }));
  // money: "$1.2 million", "USD 300", "300 dollars", "€50k"
  scanNumeric(MONEY_SIGN, (m) => ({
    kind: 'money',
    currency: CURRENCY_SIGNS[m[1]],
    value: parseNumber(m[2]) * (m[3] ? SCALE[m[3].toLowerCase()] : 1),
  }));
  scanNumeric(MONEY_CODE, (m) => ({
    kind: 'money',
    currency: m[1].toUpperCase(),
    value: parseNumber(m[2]) * (m[3] ? SCALE[m[3].toLowerCase()] : 1),
  }));
  scanWhere(MONEY_WORD_CUE, MONEY_WORD, (m) => ({
    kind: 'money',
    currency: CURRENCY_WORDS[m[3].toLowerCase()],
    // words that make no one number ("twelve fifty") keep the first: the rest is read as a number of its own
    value:
      (Number.isNaN(parseNumber(m[1])) ? parseNumber(m[1].split(/[- ]/)[0]) : parseNumber(m[1])) * (m[2] ? SCALE[m[2].toLowerCase()] : 1),
  }));
  // cents: "50 cents" = $0.50 (a hundredth of the currency unit, whichever it is)
  scanWhere(CENTS_CUE, CENTS, (m) => ({ kind: 'money', value: parseNumber(m[1] ?? m[2]) / 100 }));
  // data sizes: "2 TiB", "500 GB", "64GiB"
  scanNumeric(SIZE, (m) => {
    const [dec, bin] = SIZE_UNITS[m[2].toLowerCase()];
    const n = parseNumber(m[1]);
    return { kind: 'size', value: n * dec, alt: n * bin, written: n };
  });
  // percentages
  scanWhere(PERCENT_CUE, PERCENT, (m) => ({ kind: 'percent', value: parseNumber(m[1]) }));
  // decades: "the 1990s" is the year 1990, not 1,990 seconds; "her 40s" is the number 40; the
  // speaker's own age ("I'm in my early 20s", "Im a late 30s student") is a personal remark, no quantity to check
  scanNumeric(/\b(?:I'?m|I am)\s+(?:a|an|in my)\s+(?:(?:early|mid|late)[- ])?\d0'?s\b/gi, () => null);
  scanNumeric(/\b(?<=(?:my|his|her|their|your|our)\s)(\d0)s\b/gi, (m) => ({ kind: 'number', value: Number(m[1]) }));
  // a decade of the 1900s written with two digits ("the late 70's", "the '90s", "mid-80s") is that decade
  scanNumeric(/(?<=(?:early|mid|late|the)[- ]'?|\s')(\d0)(?:'s|s)\b/gi, (m) => ({ kind: 'number', value: 1900 + Number(m[1]) }));
  scanNumeric(/\b((?:1[0-9]|20)\d0)'?s\b/g, (m) => ({ kind: 'number', value: Number(m[1]) }));
  // "one and a half minutes" = 1.5 minutes; "half an hour" = 0.5 hours
  scanWhere(HALF_CUE, AND_A_HALF, (m) => {
    const unit = UNIT_ALIASES[m[2].toLowerCase()];
    const n = parseNumber(m[1]);
    return unit && Number.isFinite(n) ? { kind: 'duration', value: (n + 0.5) * SEC[unit] } : undefined;
  });
  scan(/\bhalf\s+an?\s+(hour|day|minute|week|month|year)\b/gi, (m) => ({
    kind: 'duration',
    value: 0.5 * SEC[UNIT_ALIASES[m[1].toLowerCase()]],
  }));
  // durations: "90 minutes", "30-day", "two weeks", "1.5 hrs", "a dozen years"
  scan(DURATION, (m) => {
    // a number word runs into no unit symbol: "ones", "tens of thousands", "twos" are words, not "1 s" or "10 s"
    if (/[a-z]$/i.test(m[1]) && !m[2] && /^[a-z]/i.test(m[3]) && m[0].length === m[1].length + m[3].length) return undefined;
    const unit = UNIT_ALIASES[m[3].toLowerCase()];
    const n = parseNumber(m[1]) * (m[2] ? SCALE[m[2].toLowerCase()] : 1);
    // "one" is too often an article ("one day, ...") to be a number on its own, but "one-year" and "one month" count
    return { kind: 'duration', value: n * SEC[unit] };
  });
  // bare numbers, with a scale word ("2 million", "5k")
  scanNumeric(BARE_NUMBER, (m) => ({
    kind: 'number',
    value: parseNumber(m[1]) * (m[2] ? SCALE[m[2].toLowerCase()] : 1),
    ...(/\d(?:st|nd|rd|th)/i.test(m[0]) ? { ordinal: true } : {}),
  }));
  // number words (not "one" and not "half": they are articles and adjectives far more often than counts)
  scan(NUMBER_WORDS, (m) => ({
    kind: 'number',
    // words that make no one number ("twelve fifty") keep the first: the rest is read as a number of its own
    value:
      (Number.isNaN(parseNumber(m[1])) ? parseNumber(m[1].split(/[- ]/)[0]) : parseNumber(m[1])) * (m[2] ? SCALE[m[2].toLowerCase()] : 1),
  }));
  // ordinal words: "third" = "3rd" (which BARE_NUMBER reads as 3)
  scan(ORDINAL, (m) => ({ kind: 'number', value: ORDINAL_WORDS[m[1].toLowerCase()], ordinal: true }));
  out.sort((a, b) => a.start - b.start);
  for (const q of out) {
    // a date range: the year after the range applies to its start ("May 6 to May 10, 2024", "September 12-14, 2025"), and the end is a reading too
    if (q.kind === 'date' && q.dates?.length === 1) {
      const d = q.dates[0];
      const r = RANGE_TAIL.exec(text.slice(q.end, q.end + 40));
      if (r && d.m !== undefined && d.d !== undefined) {
        const endM = r[1] ? MONTHS[r[1].toLowerCase()] : d.m;
        // a range across a year end takes the year after it for its end ("December 18, 2025 to January 5, 2026") and the
        // year before for its start ("December 18 to January 5, 2026")
        const endY = r[3] ? Number(r[3]) : d.y !== undefined && endM < d.m ? d.y + 1 : d.y;
        const y = d.y ?? (endY !== undefined && endM < d.m ? endY - 1 : endY);
        if (y !== undefined) d.y = y;
        const end: DateParts = { m: endM, d: Number(r[2]), y: endY };
        if (valid(end) && (end.m !== d.m || end.d !== d.d)) q.dates.push(end);
      }
    }
    q.cmp = comparison(text, q);
  }
  return out;
}

const CMP_BEFORE: [RegExp, NonNullable<Quantity['cmp']>][] = [
  [/\b(?:at least|a minimum of|no less than|no fewer than|minimum of|min\.?)\s*$/i, '>='],
  [/\b(?:at most|up to|a maximum of|no more than|maximum of|max\.?)\s*$/i, '<='],
  [/\b(?:above|over|more than|greater than|higher than|larger than|bigger than|longer than|exceeds?|exceeding|beyond|>)\s*$/i, '>'],
  [/\b(?:below|under|less than|fewer than|lower than|smaller than|shorter than|<)\s*$/i, '<'],
  [/(?:>=|≥)\s*$/, '>='],
  [/(?:<=|≤)\s*$/, '<='],
];
const CMP_AFTER: [RegExp, NonNullable<Quantity['cmp']>][] = [
  [/^\s*(?:and|or)\s+(?:above|over|higher|more|greater|up|beyond)\b/i, '>='],
  [/^\s*(?:and|or)\s+(?:below|under|lower|less|fewer|down)\b/i, '<='],
  [/^\+/, '>='],
];
/** The comparison stated around a quantity ("7.0 and above", "above 300 ms", "at most 5"), if any. */
function comparison(text: string, q: Quantity): Quantity['cmp'] {
  const before = text.slice(Math.max(0, q.start - 24), q.start);
  const after = text.slice(q.end, q.end + 24);
  for (const [re, c] of CMP_AFTER) if (re.test(after)) return c;
  for (const [re, c] of CMP_BEFORE) if (re.test(before)) return c;
  return undefined;
}

/** All the numeric values a quantity states (for matching a bare number against it). */
function numericValues(q: Quantity): number[] {
  if (q.kind === 'date') return (q.dates ?? []).flatMap((d) => [d.y, d.d].filter((v): v is number => v !== undefined));
  if (q.kind === 'duration') {
    // the number as written: "30-day" states 30 whatever the unit
    const n = Number(/[\d.,]+/.exec(q.text)?.[0]?.replace(/,/g, ''));
    const w = parseNumber(/^[a-z- ]+?(?=[- ]?[a-z]+$)/i.exec(q.text)?.[0] ?? '');
    return [n, w].filter((v) => Number.isFinite(v));
  }
  if (q.kind === 'size') return [q.written ?? q.value];
  if (q.kind === 'time')
    return [Math.floor(q.value / 60), q.value % 60 ? q.value % 60 : Math.floor(q.value / 60) % 12 || 12].filter(
      (v, i, a) => a.indexOf(v) === i,
    );
  return [q.value];
}

function dateMatches(c: DateParts, s: DateParts): boolean {
  return (
    (['y', 'm', 'd', 'wd'] as const).every((k) => c[k] === undefined || s[k] === c[k]) &&
    (['y', 'm', 'd', 'wd'] as const).some((k) => c[k] !== undefined && s[k] !== undefined)
  );
}

/**
 * Whether a source states the claim's quantity (after normalization and unit conversion).
 * Money matches money with the same amount (and currency when both state one) or a bare number;
 * percentages match percentages; durations match within 3% (so 30 days = 1 month, 52 weeks = 1 year);
 * dates match when every field the claim states agrees; a bare number matches any quantity that states it.
 */
export function quantitySupported(claim: Quantity, source: Quantity[]): boolean {
  return source.some((s) => {
    switch (claim.kind) {
      case 'money':
        if (s.kind === 'money')
          return sameNumber(s.value, claim.value) && (!s.currency || !claim.currency || s.currency === claim.currency);
        return s.kind === 'number' && sameNumber(s.value, claim.value);
      case 'percent':
        return (s.kind === 'percent' || s.kind === 'number') && sameNumber(s.value, claim.value);
      case 'duration':
        return s.kind === 'duration' && Math.abs(s.value - claim.value) <= 0.03 * Math.max(s.value, claim.value);
      case 'time':
        return s.kind === 'time' && s.value === claim.value;
      case 'size':
        return (
          (s.kind === 'size' &&
            [s.value, s.alt ?? s.value].some((v) => sameNumber(v, claim.value) || sameNumber(v, claim.alt ?? claim.value))) ||
          (s.kind === 'number' && sameNumber(s.value, claim.written ?? claim.value))
        );
      case 'date':
        return (claim.dates ?? []).some((c) =>
          s.kind === 'date'
            ? (s.dates ?? []).some(
                (d) =>
                  dateMatches(c, d) ||
                  (d.y === undefined && c.y !== undefined && dateMatches({ ...c, y: undefined }, d) && statesYear(source, c.y)),
              )
            : c.m === undefined && c.d === undefined && c.wd === undefined && c.y !== undefined && s.kind === 'number' && s.value === c.y,
        );
      case 'number':
        // the day of a stated date supports a day ("the 18th"), not any count or version ("Node.js 18" against "December 18")
        if (s.kind === 'date' && !claim.ordinal) return (s.dates ?? []).some((d) => d.y !== undefined && sameNumber(d.y, claim.value));
        // a rank ("the 2nd Monday") is stated by a rank or a day, not by a count ("2 regions") or an hour ("02:00")
        if (claim.ordinal && s.kind !== 'date' && !(s.kind === 'number' && s.ordinal)) return false;
        return numericValues(s).some((v) => sameNumber(v, claim.value)) || (s.kind === 'percent' && sameNumber(s.value / 100, claim.value));
    }
  });
}

/** Whether the sources state a year anywhere (a yearless date in a text that names the year elsewhere). */
function statesYear(source: Quantity[], y: number): boolean {
  return source.some((s) => (s.kind === 'number' && s.value === y) || (s.kind === 'date' && (s.dates ?? []).some((d) => d.y === y)));
}

/** Decimal places of the number as written in a quantity's text ("16.7" -> 1). */
function decimals(q: Quantity): number {
  const m = /\d(?:[\d,]*)\.(\d+)/.exec(q.text);
  return m ? m[1].length : 0;
}
/** The claim value equals `v` rounded to the precision the claim is written in. */
function roundsTo(claim: Quantity, claimValue: number, v: number): boolean {
  if (!Number.isFinite(v)) return false;
  const unit = claim.written !== undefined && claim.written !== 0 ? claimValue / claim.written : 1;
  const tol = 0.5 * 10 ** -decimals(claim) * Math.abs(unit);
  return Math.abs(v - claimValue) <= Math.max(tol, 1e-9 * Math.max(1, Math.abs(v)));
}

const DAY_MS = 86_400_000;
/** A date plus a signed duration in seconds (calendar months when the duration is whole months). */
function addDuration(d: DateParts, seconds: number, text: string): DateParts | undefined {
  if (d.y === undefined || d.m === undefined || d.d === undefined) return undefined;
  const t = new Date(Date.UTC(d.y, d.m - 1, d.d));
  if (/month|year|\bmo\b|\byr/i.test(text)) {
    const months = Math.round(seconds / 2629746);
    t.setUTCMonth(t.getUTCMonth() + months);
  } else t.setTime(t.getTime() + Math.round(seconds / 86400) * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/**
 * Whether a claim's quantity follows from stated ones by one arithmetic step (issue 20): a unit
 * conversion (sizes, durations: by value), a sum, difference, product or quotient of two stated
 * values, a percentage of a stated total (or the total less or plus it), a share as a percentage,
 * a date plus or minus a stated duration, or a span of years between two stated years. The result
 * must equal the claim's value at the precision the claim is written in ("16.7" = 1000 / 60 rounded).
 * `operands` are the quantities of the best-matching source sentences (and of the question and the
 * claim itself), kept few on purpose: every extra operand is a chance coincidence.
 */
export function derivedSupported(
  claim: Quantity,
  operands: Quantity[],
  context: { cues?: DerivationCues; claimQuantities?: Quantity[] } = {},
): boolean {
  const own = new Set(context.claimQuantities ?? []);
  // arithmetic (sums, differences, products) only when the claim says it computes ("in total", "more
  // than", "after") or shows an operand itself ("16 nodes: 4 ... and 12 ..."): otherwise a changed
  // number would too often equal some sum of the many numbers a source states
  const says = context.cues?.says ?? false;
  const rate = context.cues?.rate ?? false;
  // no ranks, no zeros (x + 0 and x * 1 prove nothing), nothing equal to the claim itself
  const ops = operands.filter(
    (o) => o !== claim && !o.ordinal && o.value !== 0 && !(o.kind !== 'date' && sameNumber(o.value, claim.value)),
  );
  if (claim.kind === 'date') {
    const durations = ops.filter((o) => o.kind === 'duration');
    const dates = ops.flatMap((o) => (o.kind === 'date' ? (o.dates ?? []) : []));
    return (claim.dates ?? []).some((c) =>
      dates.some((d) =>
        durations.some((u) =>
          [1, -1].some((sign) => {
            const r = addDuration(d, sign * u.value, u.text);
            return r !== undefined && r.y === c.y && r.m === c.m && r.d === c.d;
          }),
        ),
      ),
    );
  }
  if (claim.kind === 'time') return false;
  const years = ops
    .flatMap((o) =>
      o.kind === 'date'
        ? (o.dates ?? []).map((d) => d.y)
        : o.kind === 'number' && Number.isInteger(o.value) && o.value >= 1900 && o.value <= 2100
          ? [o.value]
          : [],
    )
    .filter((y): y is number => y !== undefined);
  if (claim.kind === 'duration') {
    const n = claim.value / 31556952;
    for (const a of years) for (const b of years) if (a > b && Math.abs(a - b - n) < 0.02) return true;
    // the days (or whole weeks) between two stated full dates ("121 days after the release" of March 1 to June 30)
    const days = ops
      .flatMap((o) => (o.kind === 'date' ? (o.dates ?? []) : []))
      .filter((d) => d.y !== undefined && d.m !== undefined && d.d !== undefined)
      .map((d) => Date.UTC(d.y!, d.m! - 1, d.d!) / DAY_MS);
    for (const a of days) for (const b of days) if (a > b && Math.abs((a - b) * 86400 - claim.value) < 1) return true;
    // the time between two stated times of day ("began at 14:05 and ended at 14:50": 45 minutes), within one day
    // (not the two ends of a window across midnight, stated one after the other: "from 22:00 to 02:00" lasts 4 hours, not 20)
    const times = ops.filter((o) => o.kind === 'time');
    const clock = times.map((o) => o.value);
    const acrossMidnight = (i: number) =>
      i + 1 < times.length && clock[i] > clock[i + 1] && times[i + 1].start >= times[i].end && times[i + 1].start - times[i].end <= 12;
    for (let i = 0; i < clock.length; i++)
      for (let j = 0; j < clock.length; j++) {
        if (clock[i] <= clock[j] || (j === i + 1 && acrossMidnight(i)) || (i === j + 1 && acrossMidnight(j))) continue;
        if (Math.abs((clock[i] - clock[j]) * 60 - claim.value) < 1) return true;
      }
    // a window across midnight, in the order the sources state it ("from 22:00 to 02:00": four hours)
    for (let i = 0; i + 1 < clock.length; i++)
      if (clock[i] > clock[i + 1] && Math.abs((clock[i + 1] + 1440 - clock[i]) * 60 - claim.value) < 1) return true;
    // a stated date range counts its days inclusively ("September 12-14" lasts three days)
    for (const o of ops) {
      const [from, to] = o.kind === 'date' && o.dates?.length === 2 ? o.dates : [];
      if (
        from?.y === undefined ||
        from.m === undefined ||
        from.d === undefined ||
        to?.y === undefined ||
        to.m === undefined ||
        to.d === undefined
      )
        continue;
      const n = (Date.UTC(to.y, to.m - 1, to.d) - Date.UTC(from.y, from.m - 1, from.d)) / DAY_MS + 1;
      if (n > 1 && Math.abs(n * 86400 - claim.value) < 1) return true;
    }
  }
  // a year that follows from a stated year and a stated span of years ("launched in 2019; four years later" = 2023)
  if (claim.kind === 'number' && Number.isInteger(claim.value) && claim.value >= 1900 && claim.value <= 2100 && says) {
    const spans = ops.filter((o) => o.kind === 'duration' && Math.abs(o.value / 31556952 - Math.round(o.value / 31556952)) < 0.01);
    for (const y of years)
      for (const u of spans) if ([1, -1].some((k) => y + k * Math.round(u.value / 31556952) === claim.value)) return true;
  }
  // values by kind: a plain count combines with anything; otherwise like with like (money with money, ...)
  const vals = (o: Quantity): number[] =>
    o.kind === 'size' ? [o.value, o.alt ?? o.value] : o.kind === 'date' || o.kind === 'time' ? [] : [o.value];
  const like = ops.filter((o) => o.kind === claim.kind || o.kind === 'number');
  const counts = ops.filter((o) => o.kind === 'number').flatMap(vals);
  const cv = claim.kind === 'size' ? [claim.value, claim.alt ?? claim.value] : [claim.value];
  const hit = (v: number) => cv.some((c) => roundsTo(claim, c, v));
  const same = like.filter((o) => o.kind === claim.kind);
  // an operand the claim shows, as itself or by its written number ("15 minutes: 12 for the build and 3 for the deploy")
  const ownNumbers = [...own].filter((o) => o !== claim && o.kind === 'number').map((o) => o.value);
  const writtenOf = (o: Quantity) => Number(/\d[\d,]*(?:\.\d+)?/.exec(o.text)?.[0]?.replace(/,/g, ''));
  const shown = (o: Quantity) => own.has(o) || (o.kind !== 'number' && ownNumbers.some((v) => sameNumber(v, writtenOf(o))));
  for (let i = 0; i < like.length; i++) {
    for (let j = 0; j < like.length; j++) {
      if (i === j) continue;
      const a = like[i];
      const b = like[j];
      if (!says && !shown(a) && !shown(b)) continue;
      for (const x of vals(a)) {
        for (const y of vals(b)) {
          // sums and differences of like quantities (or of two counts); never of percentages (points are not shares)
          if (a.kind === b.kind && a.kind !== 'percent' && (hit(x + y) || hit(x - y))) return true;
          // a count times or over a quantity (12 nodes x 64 GiB; 1,000 per minute / 60)
          if (b.kind === 'number' && y !== 1 && (hit(x * y) || hit(x / y))) return true;
        }
      }
    }
  }
  // a frequency from a stated interval ("every 4 hours": six times a day)
  if (context.cues?.per && claim.kind === 'number')
    for (const o of ops) if (o.kind === 'duration' && o.value > 0 && hit(context.cues.per / o.value)) return true;
  // conversions of rates by a clock constant (per minute -> per second, per day -> per hour)
  if (rate && claim.kind !== 'percent')
    for (const o of same.length ? same : like)
      for (const x of vals(o)) for (const k of [60, 24, 7, 12]) if (hit(x / k) || hit(x * k)) return true;
  // percentages: p% of a total, the total less or plus p%, or a share as a percentage
  const pcts = ops.filter((o) => o.kind === 'percent').map((o) => o.value);
  // p% of a stated total ("20% of 500 GB is reserved" = 100 GB); the total less or plus p% only when the claim says it computes
  if (claim.kind !== 'percent')
    for (const p of pcts)
      for (const o of same.length ? same : like)
        for (const x of vals(o))
          if (
            hit((x * p) / 100) ||
            (says && (hit(x * (1 - p / 100)) || hit(x * (1 + p / 100)))) ||
            // what remains of a total after a stated share ("400 GB remain" of 500 GB less 20%)
            (context.cues?.rest && hit(x * (1 - p / 100)))
          )
            return true;
  if (says && claim.kind === 'percent') {
    // the rest of a stated share ("80% are on-call engineers" -> "the remaining 20%")
    // (only when the claim says so: "available 0.1% of the time" is not the rest of "available 99.9%")
    if (context.cues?.rest) for (const p of pcts) if (p > 0 && p < 100 && hit(100 - p)) return true;
    for (const x of counts) for (const y of counts) if (y !== 0 && x !== y && hit((x / y) * 100)) return true;
    // a change as a percentage of the old value ("rose from $20 to $25": by 25%), between two stated quantities of one kind
    const stated = ops.filter((o) => o.kind !== 'percent' && !own.has(o));
    for (const a of stated)
      for (const b of stated)
        if (a !== b && a.kind === b.kind)
          for (const x of vals(a)) for (const y of vals(b)) if (y !== 0 && x !== y && hit((Math.abs(x - y) / y) * 100)) return true;
  }
  return false;
}

const ARITHMETIC_CUE = new RegExp(
  [
    String.raw`\b(?:in total|a total|totals?|together|combined|in all|altogether|overall|sum`,
    String.raw`|(?:more|fewer|less|longer|shorter|larger|smaller|higher|lower)(?:\s+\w+){0,2}\s+than`,
    // a comparison without "than" ("$30 cheaper", "150 more requests", "50% more")
    String.raw`|(?<=\d\S*\s+(?:\w+\s+)?)(?:more|fewer|less|cheaper|faster|slower|bigger|smaller|larger|higher|lower|longer|shorter|older|newer)`,
    String.raw`|extra|additional|remaining|difference|after|later|earlier|times|twice|doubles?|half|saves?|saving|discounted`,
    // a total over a stated period ("15 releases from 2023 through the first quarter of 2024", "so far")
    String.raw`|so far|to date|from\b[^.;]{1,40}?\b(?:through|thru|until|till)`,
    // a change by an amount ("rose by $5", "dropped by 25%")
    String.raw`|(?:rose|risen|rises|increased?|increases|grew|grown|grows|fell|fallen|falls|dropped|drops|decreased?|decreases|declined?|declines|went (?:up|down)|up|down)(?:\s+\w+){0,2}\s+by)\b`,
  ].join(''),
  'i',
);
/** A share of a stated total ("25% of the tickets", "30 percent of users"). */
const SHARE_CUE = /%\s*of\b|\bper ?cent of\b/i;
const RATE_CUE =
  /\b(?:per|a|an|each|every)\s+(?:second|minute|hour|day|week|month|year)\b|\b(?:hourly|daily|weekly|monthly|yearly|annually)\b/i;

const REST_CUE = /\b(?:remaining|remainder|remains?|rest|other|others|left)\b/i;

/** What a claim says about computing: "in total", "more than", "after" (`says`); "per hour", "daily" (`rate`). */
export interface DerivationCues {
  says: boolean;
  rate: boolean;
  /** the claim speaks of a remainder ("the remaining 20%", "the rest", "the other 20%") */
  rest?: boolean;
  /** "N times a day": the period in seconds */
  per?: number;
}
/** The derivation cues of a claim's text (compute once per claim: linear in its length). */
export function derivationCues(text: string): DerivationCues {
  const per = /\btimes\s+(?:a|an|per|each|every)\s+(second|minute|hour|day|week|month|year)\b/i.exec(text);
  // "four times daily" = four times a day
  const adverb = /\btimes\s+(hourly|daily|weekly|monthly|yearly|annually)\b/i.exec(text)?.[1].toLowerCase();
  const ADVERB_UNIT: Record<string, keyof typeof SEC> = {
    hourly: 'hour',
    daily: 'day',
    weekly: 'week',
    monthly: 'month',
    yearly: 'year',
    annually: 'year',
  };
  return {
    says: ARITHMETIC_CUE.test(text) || SHARE_CUE.test(text),
    rate: RATE_CUE.test(text),
    rest: REST_CUE.test(text),
    ...(per ? { per: SEC[UNIT_ALIASES[per[1].toLowerCase()]] } : adverb ? { per: SEC[ADVERB_UNIT[adverb]] } : {}),
  };
}

/** A short normalized rendering of a quantity for explanations (`USD 1200000`, `14 d`, `2022-08-31`). */
export function describeQuantity(q: Quantity): string {
  switch (q.kind) {
    case 'money':
      return `${q.currency ?? ''} ${q.value}`.trim();
    case 'percent':
      return `${q.value}%`;
    case 'size':
      return `${q.value} bytes`;
    case 'duration': {
      const units: [number, string][] = [
        [SEC.year, 'years'],
        [SEC.month, 'months'],
        [SEC.week, 'weeks'],
        [SEC.day, 'days'],
        [SEC.hour, 'hours'],
        [SEC.minute, 'minutes'],
      ];
      const [n, u] = units.find(([s]) => Math.abs(q.value / s - Math.round(q.value / s)) < 1e-9 && q.value >= s) ?? [1, 'seconds'];
      return `${Math.round((q.value / n) * 1000) / 1000} ${u}`;
    }
    case 'time':
      return `${String(Math.floor(q.value / 60)).padStart(2, '0')}:${String(q.value % 60).padStart(2, '0')}`;
    case 'date':
      return (q.dates ?? [])
        .map(
          (d) =>
            [d.y ?? '????', d.m ?? '??', d.d ?? '??'].map((v, i) => (i ? String(v).padStart(2, '0') : String(v))).join('-') +
            (d.wd !== undefined ? ` (weekday ${d.wd})` : ''),
        )
        .join(' or ');
    default:
      return String(q.value);
  }
}
