/**
 * Quantities that follow from stated ones in ways the one-step arithmetic of quantities.ts
 * (`derivedSupported`) does not cover (issue 20, hand-written technical-docs answers):
 * - yearless date arithmetic: "two days earlier, on March 1" against "starts on March 3" (no year stated anywhere);
 * - per-item products: "12 GiB" against "3 nodes ... 4 GiB each" ("each", "every", "per <item>");
 * - approximations under a hedge: "about four weeks" against "30 days" (the stated value rounded to the claim's precision);
 * - complements of a share under an antonym: "unavailable 0.1% of the time" against "available 99.9%".
 *
 * Each rule needs its own evidence in the claim or the sources (a hedge word, a per-item marker, an antonym, a duration or
 * an arithmetic cue the claim states), so that a changed number does not pass as a coincidental derivation.
 * Pure functions over the analyses of nlp.ts; work bounded by the few operands they receive.
 */
import type { Analysis, Sentence, Token } from './nlp.js';
import { ORDINAL_WORDS, parseNumber, type DateParts, type Quantity } from './quantities.js';

/** A best-matching source sentence with its analysis. */
export interface NearSentence {
  a: Analysis;
  s: Sentence;
}

/** What the quantity rules see of one claim. */
export interface QuantityClaimContext {
  /** the claim sentence as written, and its offset in the analysed answer (quantity offsets are answer offsets) */
  claimText: string;
  claimStart: number;
  /** the claim's own quantities */
  own: Quantity[];
  /** the best-matching source sentences (a few) */
  near: NearSentence[];
  /** the question's quantities (operands too) */
  asked?: Quantity[];
  /** the claim says it computes ("earlier", "in total", "after": quantities.ts derivationCues) */
  says: boolean;
}

/** Largest relative difference an approximation ("about", "roughly") may have from a stated quantity. */
export const HEDGE_TOLERANCE = 0.15;
/** Hedges that make a claim quantity approximate. Comparisons ("over", "under") are thresholds, not hedges. */
const HEDGE_BEFORE = /(?:\b(?:about|around|roughly|approximately|approx\.?|nearly|almost|circa|close to|some|an estimated)|~)\s*$/i;
/** Markers of a per-item quantity after it ("4 GiB each", "$20 per seat", "3 GB apiece"); time units are rates, not items. */
const PER_ITEM_AFTER =
  /^\s*(?:of\s+(?:[\w-]+\s+){1,3})?(?:each|apiece|a piece|per\s+(?!(?:second|minute|hour|day|week|month|year|cent)s?\b)[a-z]+|for each)\b/i;
/** A per-item quantity stated before it in its clause ("each node has 4 GiB", "every seat costs $20"). */
/** A price stated per a number of items ("$2 per 1,000", "$5 for 100 requests"). */
const PER_N_AFTER = /^\s*(?:per|for|every)\s+(\d[\d,]*|hundred|thousand|million)\b/i;
const PER_ITEM_BEFORE =
  /\b(?:(?:each|every)\s+[a-z]+(?:\s+[a-z]+){1,3}|(?:^|[.;]\s*)(?:a|an|one)\s+[a-z]+\s+(?:has|holds|gets|costs|includes|uses|needs|runs|stores|comes with))\s+$/i;
/** An article duration before or after a date ("a week before", "one day later"), which quantities.ts does not read as a number. */
const ARTICLE_DURATION = /\b(?:a|an|one)\s+(day|week|fortnight|month|year)\s+(?:before|after|earlier|later|prior|ahead|beforehand)\b/gi;
/** A duration stated relative to a date ("two days before the freeze", "3 days after release"). */
const RELATIVE_AFTER = /^\s*(?:before|after|earlier|later|prior|ahead|beforehand|in advance)\b/i;
/** A duration an event lasts ("lasts two weeks", "runs for 10 days"), from its stated start. */
const SPAN_BEFORE = /\b(?:lasts?|lasting|runs? for|running for|takes?)\s*$/i;
/** A claim about the end of a span ("ends on", "until", "last day"). */
const END_CUE = /\b(?:ends?|ending|finish(?:es)?|until|through|closes?|last day)\b/i;
const ARTICLE_DAYS: Record<string, number> = { day: 1, week: 7, fortnight: 14, month: 30, year: 365 };
/** Words that name the complement of a share of the other word of the pair ("downtime" of "uptime"). */
const COMPLEMENTS: [string, string][] = [
  ['downtime', 'uptime'],
  ['downtime', 'available'],
  ['downtime', 'availability'],
  ['outage', 'available'],
  ['failure', 'success'],
  ['fail', 'succeed'],
  ['fail', 'pass'],
  ['error', 'success'],
  ['fail', 'successful'],
  ['failure', 'successful'],
  ['down', 'up'],
  ['down', 'available'],
  ['offline', 'online'],
];
/** Hedges after a quantity ("30 days or so"). */
const HEDGE_AFTER = /^\s*(?:or so|or thereabouts|give or take|more or less)\b/i;
/** Reference years for yearless dates: one common year and one leap year (a yearless date may fall in either). */
const REFERENCE_YEARS = [2001, 2004];
const DAY_MS = 86_400_000;
const DAY_S = 86_400;

/** The quantities of an analysis inside one of its sentences. */
function inSentence(n: NearSentence): Quantity[] {
  const end = n.s.start + n.s.text.length;
  return n.a.quantities.filter((q) => q.start >= n.s.start && q.start < end);
}

/** Whether the claim value equals `v` at the precision the claim is written in. */
function equalsWritten(claim: Quantity, v: number, claimValue = claim.value): boolean {
  const dec = /\d(?:[\d,]*)\.(\d+)/.exec(claim.text)?.[1]?.length ?? 0;
  // the value of one written unit ("2 cents": $0.01; "4 GiB": 2^30 bytes)
  const digits = /\d[\d,]*(?:\.\d+)?/.exec(claim.text)?.[0].replace(/,/g, '');
  const written = claim.written ?? (digits !== undefined ? Number(digits) : undefined);
  const unit = written !== undefined && written !== 0 && Number.isFinite(written) ? claimValue / written : 1;
  const tol = 0.5 * 10 ** -dec * Math.abs(unit);
  return Number.isFinite(v) && Math.abs(v - claimValue) <= Math.max(tol, 1e-9 * Math.max(1, Math.abs(v)));
}

/** Day number of a month-day in a reference year. */
const dayOf = (d: DateParts, y: number) => Date.UTC(y, (d.m ?? 1) - 1, d.d ?? 1) / DAY_MS;
const monthDay = (d: DateParts) => d.m !== undefined && d.d !== undefined;

/**
 * Yearless date arithmetic (the year of neither date is stated): a claim date that is a stated month-day plus or minus a
 * duration (the claim's own "two days earlier", or a stated one when the claim says it computes), or a claim duration that is
 * the days between the claim's month-day and a stated one. Computed in a common and in a leap reference year.
 */
export function yearlessDateSupported(q: Quantity, ctx: QuantityClaimContext): boolean {
  const allDates = ctx.near
    .flatMap(inSentence)
    .filter((x) => x.kind === 'date')
    .flatMap((x) => x.dates ?? []);
  const srcDates = allDates.filter(monthDay);
  const weekdays = allDates.filter((d) => d.wd !== undefined && d.m === undefined).map((d) => d.wd!);
  if (!srcDates.length && !weekdays.length) return false;
  const ownDurations: { value: number }[] = ctx.own.filter((x) => x.kind === 'duration' && x !== q);
  for (const m of ctx.claimText.matchAll(ARTICLE_DURATION)) ownDurations.push({ value: ARTICLE_DAYS[m[1].toLowerCase()] * DAY_S });
  if (q.kind === 'date') {
    // a stated duration counts when the claim computes, or when the source states it relative to a date ("two days before")
    const stated = ctx.near.flatMap((n) =>
      inSentence(n).filter(
        (x) =>
          x.kind === 'duration' &&
          (ctx.says ||
            RELATIVE_AFTER.test(n.a.text.slice(x.end, x.end + 24)) ||
            (SPAN_BEFORE.test(n.a.text.slice(Math.max(n.s.start, x.start - 16), x.start)) && END_CUE.test(ctx.claimText))),
      ),
    );
    const durations = [...ownDurations, ...stated];
    if (!durations.length) return false;
    const days = durations.map((u) => Math.round(u.value / DAY_S));
    // a weekday and a number of days ("runs on Sunday; the report arrives two days later": Tuesday)
    const wd = (q.dates ?? []).find((c) => c.wd !== undefined && c.m === undefined && c.d === undefined)?.wd;
    if (wd !== undefined && weekdays.some((w) => days.some((n) => [1, -1].some((k) => (((w + k * n) % 7) + 7) % 7 === wd)))) return true;
    return (q.dates ?? []).some(
      (c) =>
        monthDay(c) &&
        c.y === undefined &&
        srcDates.some((d) =>
          durations.some((u) =>
            [1, -1].some((sign) =>
              REFERENCE_YEARS.some((y) => {
                const t = new Date((dayOf(d, d.y ?? y) + sign * Math.round(u.value / DAY_S)) * DAY_MS);
                return t.getUTCMonth() + 1 === c.m && t.getUTCDate() === c.d;
              }),
            ),
          ),
        ),
    );
  }
  if (q.kind === 'duration' && q.value % DAY_S === 0) {
    const days = q.value / DAY_S;
    const claimDates = ctx.own
      .filter((x) => x.kind === 'date')
      .flatMap((x) => x.dates ?? [])
      .filter((c) => monthDay(c) && c.y === undefined);
    if (
      claimDates.some((c) =>
        srcDates.some((d) => d.y === undefined && REFERENCE_YEARS.some((y) => Math.abs(dayOf(c, y) - dayOf(d, y)) === days)),
      )
    )
      return true;
    // the days between two stated yearless dates, when the claim says the duration is relative ("two days before the window")
    const at = q.end - ctx.claimStart;
    if (!(ctx.says || (at >= 0 && RELATIVE_AFTER.test(ctx.claimText.slice(at, at + 24))))) return false;
    const yearless = srcDates.filter((d) => d.y === undefined).slice(0, 8);
    return yearless.some((a, i) =>
      yearless.some((b, j) => j > i && REFERENCE_YEARS.some((y) => Math.abs(dayOf(a, y) - dayOf(b, y)) === days)),
    );
  }
  return false;
}

/**
 * A total that is a per-item quantity times a stated count of items ("3 nodes ... 4 GiB of memory each" = 12 GiB;
 * "3 seats at $20 per seat" = $60). The per-item quantity is marked in the source ("each", "apiece", "per seat",
 * "each node has"); the count is a whole number of at least 2 in the best-matching sentences or the question.
 */
export function perItemProductSupported(q: Quantity, ctx: QuantityClaimContext): boolean {
  if (q.kind === 'date' || q.kind === 'time' || q.kind === 'percent' || q.ordinal) return false;
  const perItem: Quantity[] = [];
  const counts: number[] = [];
  for (const n of ctx.near) {
    for (const x of inSentence(n)) {
      if (x.kind === 'number' && !x.ordinal && Number.isInteger(x.value) && x.value >= 2 && x.value < 1900) counts.push(x.value);
      if (x.kind !== q.kind && !(q.kind === 'number' && x.kind === 'number')) continue;
      const after = n.a.text.slice(x.end, x.end + 40);
      const before = n.a.text.slice(Math.max(n.s.start, x.start - 60), x.start);
      if (PER_ITEM_AFTER.test(after) || PER_ITEM_BEFORE.test(before)) perItem.push(x);
    }
  }
  // counts the question or the claim states ("for 5 users", "storing 500 GB": the written number of a size counts its units)
  for (const x of [...(ctx.asked ?? []), ...ctx.own.filter((o) => o !== q)]) {
    const v = x.kind === 'size' ? x.written : x.kind === 'number' ? x.value : undefined;
    if (v !== undefined && !x.ordinal && Number.isInteger(v) && v >= 2 && !(v >= 1900 && v <= 2100)) counts.push(v);
  }
  // a price per N items ("$2 per 1,000 requests"): the per-item price is the amount over N
  for (const n of ctx.near)
    for (const x of inSentence(n)) {
      if (x.kind !== q.kind || x.kind !== 'money') continue;
      const m = PER_N_AFTER.exec(n.a.text.slice(x.end, x.end + 24));
      const per = m ? parseNumber(m[1]) : NaN;
      if (Number.isFinite(per) && per >= 2) perItem.push({ ...x, value: x.value / per, text: `${x.text} per ${m![1]}` });
    }
  counts.push(1);
  const claimValues = q.kind === 'size' ? [q.value, q.alt ?? q.value] : [q.value];
  // one count, or two ("3 zones, each with 2 nodes of 4 GiB each": 24 GiB); counts are few (bounded work)
  const single = counts.slice(0, 8);
  const factors = [...single];
  for (let i = 0; i < single.length; i++) for (let j = i + 1; j < single.length; j++) factors.push(single[i] * single[j]);
  for (const p of perItem) {
    const vals = p.kind === 'size' ? [p.value, p.alt ?? p.value] : [p.value];
    for (const n of factors) {
      if (p.kind === 'number' && n === p.value) continue;
      // a count of 1 only for a price per N (the price of one item); any other per-item quantity is stated as is
      if (n === 1 && !p.text.includes(' per ')) continue;
      if (vals.some((v) => claimValues.some((c) => equalsWritten(q, v * n, c)))) return true;
    }
  }
  return false;
}

/**
 * The step of the last significant digit of a quantity as written, in its base unit: "four weeks" -> 1 week,
 * "$190" -> $10, "1.2 million" -> 100,000, "2,000 GB" -> 1,000 GB. NaN when the text has no readable number.
 */
function writtenStep(q: Quantity): number {
  const digits = /\d[\d,]*(?:\.\d+)?/.exec(q.text)?.[0].replace(/,/g, '');
  const n = digits !== undefined ? Number(digits) : parseNumber(q.text.replace(/[-\s]*[a-z]+\s*$/i, ''));
  if (!Number.isFinite(n) || n === 0) return NaN;
  const text = digits ?? String(n);
  const dec = /\.(\d+)$/.exec(text)?.[1].length ?? 0;
  const exp = dec > 0 ? -dec : (/0+$/.exec(text)?.[0].length ?? 0);
  return 10 ** exp * Math.abs(q.value / n);
}

/**
 * An approximation: the claim's quantity is a stated one rounded to the precision the claim is written in, when the claim
 * or the source hedges ("about four weeks" against "30 days": 30 days is 4.3 weeks; "four weeks" against "about 30 days").
 * At most {@link HEDGE_TOLERANCE} apart, so a coarse claim ("about 100 days") cannot round anything to itself.
 */
export function hedgedSupported(q: Quantity, ctx: QuantityClaimContext): boolean {
  if (q.kind === 'date' || q.kind === 'time' || q.ordinal || q.cmp) return false;
  const at = q.start - ctx.claimStart;
  const end = q.end - ctx.claimStart;
  const claimHedged =
    at >= 0 && (HEDGE_BEFORE.test(ctx.claimText.slice(Math.max(0, at - 24), at)) || HEDGE_AFTER.test(ctx.claimText.slice(end, end + 24)));
  const step = writtenStep(q);
  if (!Number.isFinite(step)) return false;
  const cv = q.kind === 'size' ? [q.value, q.alt ?? q.value] : [q.value];
  return ctx.near.some((n) =>
    inSentence(n).some((x) => {
      if (x.kind !== q.kind || x.ordinal) return false;
      const sourceHedged =
        HEDGE_BEFORE.test(n.a.text.slice(Math.max(n.s.start, x.start - 24), x.start)) ||
        HEDGE_AFTER.test(n.a.text.slice(x.end, x.end + 24));
      if (!claimHedged && !sourceHedged) return false;
      const sv = x.kind === 'size' ? [x.value, x.alt ?? x.value] : [x.value];
      // the stated value rounded (half up) to the claim's last significant digit is the claim's value
      const near = (c: number, v: number) => Math.abs(Math.round(v / step) * step - c) <= 1e-9 * Math.max(1, Math.abs(c));
      return sv.some((v) => cv.some((c) => near(c, v) && Math.abs(c - v) <= HEDGE_TOLERANCE * Math.max(Math.abs(c), Math.abs(v))));
    }),
  );
}

/**
 * The complement of a stated share under an antonym: the claim says "unavailable 0.1%" where a best-matching sentence says
 * "available 99.9%" (or "0.1% failed" against "99.9% succeeded"). Returns the source percentage, or undefined.
 * `antonymOf(t)` tells whether a claim word is an antonym of a word of that sentence (the caller's antonym lexicon and
 * negating prefixes).
 */
export function complementShare(
  q: Quantity,
  claimTokens: Token[],
  near: NearSentence[],
  antonymOf: (t: Token, s: Sentence) => boolean,
): Quantity | undefined {
  if (q.kind !== 'percent' || q.value <= 0 || q.value >= 100) return undefined;
  for (const n of near) {
    const qs = inSentence(n);
    // a sentence that states the claim's own share ("rose 50%" against "fell 50%") says the opposite, not the complement
    if (qs.some((x) => x.kind === 'percent' && equalsWritten(q, x.value))) continue;
    const p = qs.find((x) => x.kind === 'percent' && !x.cmp && equalsWritten(q, 100 - x.value));
    if (!p) continue;
    if (claimTokens.some((t) => t.type === 'word' && antonymOf(t, n.s))) return p;
    // a negation the source does not have ("not available 0.1%" against "available 99.9%")
    if (claimTokens.some((t) => t.cue) && !n.s.tokens.some((t) => t.cue)) return p;
    // a word naming the complement ("downtime" against "available 99.95%")
    const has = (ts: Token[], w: string) => ts.some((t) => t.lemma === w || t.lower === w);
    if (COMPLEMENTS.some(([c, base]) => (has(claimTokens, c) && has(n.s.tokens, base)) || (has(claimTokens, base) && has(n.s.tokens, c))))
      return p;
  }
  return undefined;
}

/**
 * A duration that is the length of a stated date range, yearless or not ("ran from 3 to 17 March": two weeks; "September
 * 12-14": three days): the days from its start to its end, counted exclusively or inclusively. The range is one quantity
 * of quantities.ts with two dates; a range without years is counted in a common and in a leap reference year.
 */
export function rangeSpanSupported(q: Quantity, ctx: QuantityClaimContext): boolean {
  if (q.kind !== 'duration' || q.value <= 0 || q.value % DAY_S !== 0) return false;
  const days = q.value / DAY_S;
  for (const n of ctx.near)
    for (const x of inSentence(n)) {
      const [from, to] = x.kind === 'date' && x.dates?.length === 2 ? x.dates : [];
      if (!from || !to || !monthDay(from) || !monthDay(to)) continue;
      for (const y of REFERENCE_YEARS) {
        let span = dayOf(to, to.y ?? y) - dayOf(from, from.y ?? y);
        // a yearless range across a year end ("December 28 to January 3")
        if (span < 0 && to.y === undefined && from.y === undefined) span += dayOf({ m: 12, d: 31 }, y) - dayOf({ m: 1, d: 1 }, y) + 1;
        if (span > 0 && (span === days || span + 1 === days)) return true;
      }
    }
  return false;
}

/** Words that say a stated percentage lowers a stated amount ("annual billing saves 20%", "a 15% discount"). */
const PERCENT_DOWN =
  /\b(?:discount(?:ed|s)?|off|saves?|saving|savings|reduc(?:es?|ed|tion)|cuts?|cheaper|less|lowers?|decreas(?:es?|ed)|drops?|fell|falls?|down)\b/i;
/** Words that say a stated percentage raises a stated amount ("a 10% surcharge", "prices rise 5%"). */
const PERCENT_UP =
  /\b(?:increas(?:es?|ed)|raises?|raised|rises?|rose|surcharge|markup|mark-up|premium|uplift|more|higher|grows?|grew|up(?! to))\b/i;

/**
 * A stated amount changed by a stated percentage that the source says lowers or raises it ("The Team plan costs $40 ...
 * annual billing saves 25%": $30; "a 10% surcharge" on $50: $55). The direction comes from a word beside the percentage in
 * the source (a discount, a saving, a reduction, "down"; a surcharge, an increase, "up"), so the claim need not say that it
 * computes; the amount before the change counts too ("$1.2 million, up 20% from Q2": $1 million in Q2); the
 * amount is a stated quantity of the claim's kind in the best-matching sentences, and the result must equal the claim's
 * value at the precision the claim is written in.
 */
export function percentChangeSupported(q: Quantity, ctx: QuantityClaimContext): boolean {
  if (q.kind === 'date' || q.kind === 'time' || q.kind === 'percent' || q.ordinal || q.cmp) return false;
  const changes: { p: number; sign: number }[] = [];
  const amounts: Quantity[] = [];
  for (const n of ctx.near)
    for (const x of inSentence(n)) {
      if (x.kind === 'percent' && x.value > 0 && x.value < 100 && !x.cmp) {
        const around = n.a.text.slice(Math.max(n.s.start, x.start - 32), Math.min(n.s.start + n.s.text.length, x.end + 32));
        if (PERCENT_DOWN.test(around)) changes.push({ p: x.value, sign: -1 });
        else if (PERCENT_UP.test(around)) changes.push({ p: x.value, sign: 1 });
      } else if (x.kind === q.kind && !x.ordinal && x.value !== 0) amounts.push(x);
    }
  if (!changes.length) return false;
  const cv = q.kind === 'size' ? [q.value, q.alt ?? q.value] : [q.value];
  // a whole claim value must be the exact result (a 28% rise of 6 months is 7.68 months, not "8 months"); a decimal one
  // may be rounded to its last digit ("$16.67")
  const decimal = /\d\.\d/.test(q.text);
  const equal = (v: number, c: number) => (decimal ? equalsWritten(q, v, c) : Math.abs(v - c) <= 1e-9 * Math.max(1, Math.abs(c)));
  return amounts.slice(0, 12).some((x) =>
    (x.kind === 'size' ? [x.value, x.alt ?? x.value] : [x.value]).some((v) =>
      // the amount after the change, or before it ("$1.2 million, up 20% from Q2": Q2 was $1 million)
      changes.some(({ p, sign }) => cv.some((c) => equal(v * (1 + (sign * p) / 100), c) || equal(v / (1 + (sign * p) / 100), c))),
    ),
  );
}

/** One unit of time named without a number ("every hour", "per day", "an hour", "hourly"), in seconds. */
const UNIT_SECONDS: Record<string, number> = {
  second: 1,
  minute: 60,
  hour: 3600,
  day: DAY_S,
  week: 7 * DAY_S,
  fortnight: 14 * DAY_S,
  month: 2_629_746,
  year: 31_556_952,
};
const ONE_UNIT = /\b(?:every|each|per|an?|one)\s+(second|minute|hour|day|week|fortnight|month|year)\b|\b(hour|dai|week|month|year)ly\b/gi;

/**
 * A duration equal to one unit of time that the sources name without a number ("every 60 minutes" against "syncs every
 * hour"; "24 hours" against "daily"), within 3% like stated durations (a month is 30.44 days).
 */
/**
 * "1st" against "first" in a best-matching sentence: quantities.ts reads ordinal words from "second" on ("first" is an
 * adjective far more often than a rank), so the first rank is matched here, against the sentences the claim matches.
 */
export function firstOrdinalSupported(q: Quantity, ctx: QuantityClaimContext): boolean {
  return q.ordinal === true && q.value === 1 && ctx.near.some((n) => /\bfirst\b/i.test(n.s.text));
}

export function unitDurationSupported(q: Quantity, ctx: QuantityClaimContext): boolean {
  if (q.kind !== 'duration' || q.value <= 0) return false;
  for (const n of ctx.near)
    for (const m of n.s.text.matchAll(ONE_UNIT)) {
      const unit = (m[1] ?? m[2]).toLowerCase();
      const v = UNIT_SECONDS[unit === 'dai' ? 'day' : unit];
      if (v !== undefined && Math.abs(v - q.value) <= 0.03 * Math.max(v, q.value)) return true;
    }
  return false;
}

/**
 * Whether a claim quantity is supported by one of the rules of this module (yearless date arithmetic, per-item products,
 * hedged approximations, the length of a stated range, one unit of time named without a number, a stated amount changed by
 * a stated discount or surcharge).
 * Complements need the antonym lexicon and are checked by the caller ({@link complementShare}).
 */
export function relatedQuantitySupported(q: Quantity, ctx: QuantityClaimContext): boolean {
  return (
    yearlessDateSupported(q, ctx) ||
    perItemProductSupported(q, ctx) ||
    hedgedSupported(q, ctx) ||
    rangeSpanSupported(q, ctx) ||
    unitDurationSupported(q, ctx) ||
    firstOrdinalSupported(q, ctx) ||
    percentChangeSupported(q, ctx)
  );
}

/**
 * Whether an ordinal word of a claim ("second" in "second-largest") is stated by the sources as a rank in digits ("2nd
 * largest"): the word is then no novel content.
 */
export function ordinalWordStated(t: Token, cited: Analysis[]): boolean {
  // "first" too: a rank the sources write in digits ("1st")
  const v = t.lower === 'first' ? 1 : Object.prototype.hasOwnProperty.call(ORDINAL_WORDS, t.lower) ? ORDINAL_WORDS[t.lower] : undefined;
  return v !== undefined && cited.some((a) => a.quantities.some((q) => q.ordinal && q.value === v));
}

/** Units of measure by dimension, each spelling mapped to one canonical unit (lengths, masses, volumes, areas, temperatures, power). */
const UNIT_WORDS: ReadonlyMap<string, string> = new Map(
  (
    [
      ['length:m', 'm metre metres meter meters'],
      ['length:km', 'km kilometre kilometres kilometer kilometers'],
      ['length:cm', 'cm centimetre centimetres centimeter centimeters'],
      ['length:mm', 'mm millimetre millimetres millimeter millimeters'],
      ['length:mi', 'mi mile miles'],
      ['length:ft', 'ft foot feet'],
      ['length:yd', 'yd yard yards'],
      ['length:in', 'inch inches'],
      ['mass:kg', 'kg kilogram kilograms kilogramme kilogrammes'],
      ['mass:g', 'g gram grams gramme grammes'],
      ['mass:t', 'tonne tonnes'],
      ['mass:lb', 'lb lbs pound pounds'],
      ['mass:oz', 'oz ounce ounces'],
      ['volume:l', 'l litre litres liter liters'],
      ['volume:ml', 'ml millilitre millilitres milliliter milliliters'],
      ['volume:gal', 'gal gallon gallons'],
      ['area:ha', 'ha hectare hectares'],
      ['area:acre', 'acre acres'],
      ['temperature:c', '°c celsius'],
      ['temperature:f', '°f fahrenheit'],
      ['power:kw', 'kw kilowatt kilowatts'],
      ['power:mw', 'mw megawatt megawatts'],
      ['power:gw', 'gw gigawatt gigawatts'],
      ['speed:km/h', 'km/h kph kmh'],
      ['speed:mi/h', 'mph mi/h'],
      ['speed:m/s', 'm/s'],
      ['speed:kn', 'knot knots kn kt'],
    ] as const
  ).flatMap(([unit, spellings]) => spellings.split(' ').map((w) => [w, unit] as [string, string])),
);
const MEASURE =
  /(?<![\w.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s|-)?(°[cf]|[a-z]+(?:\/[a-z]+)?)\b(\s+(?:per|an|a)\s+(?:hour|second|minute|day)\b)?/gi;
/** The measures of a text: number (commas removed) and canonical unit. */
export function measures(text: string): { n: string; unit: string; text: string }[] {
  const out: { n: string; unit: string; text: string }[] = [];
  for (const m of text.matchAll(MEASURE)) {
    const unit = UNIT_WORDS.get(m[2].toLowerCase());
    // a rate is another dimension than its unit ("260 km/h", "90 kilometres per hour" is no length of 260 or 90 km)
    const per = m[3] ? /(hour|second|minute|day)/i.exec(m[3])![1].toLowerCase() : undefined;
    if (unit) out.push({ n: m[1].replace(/,/g, ''), unit: per ? `rate:${unit.split(':')[1]}/${per}` : unit, text: m[0] });
  }
  return out;
}

/**
 * A number the sources state with another unit of the same dimension ("2,904 feet" against "2,904 metres"): the number
 * matches, the measure does not; or a number the sources never state with the claim's unit while they state that unit with
 * another number ("2011 metres" against "a 210-metre tower completed in 2011"). Returns the claim's measure and the source's,
 * or undefined (`sameUnit` false: only the first test, for a claim that derives a quantity, "the two towers total 420
 * metres"). Conversions between units are not computed: a measure in another unit of the dimension is left alone.
 */
export function unitMismatch(claimText: string, cited: Analysis[], sameUnit = true): { claim: string; source: string } | undefined {
  const own = measures(claimText);
  if (!own.length) return undefined;
  const src = cited.flatMap((a) => measures(a.text));
  for (const m of own) {
    if (src.some((x) => x.n === m.n && x.unit === m.unit)) continue;
    const other = src.find((x) => x.n === m.n && x.unit.split(':')[0] === m.unit.split(':')[0]);
    if (other) return { claim: m.text, source: other.text };
    // a number the sources never state with this unit, while they state the unit with another number ("2011 metres"
    // against "a 210-metre tower ... completed in 2011"); not under a hedge ("about 200 metres")
    if (!sameUnit) continue;
    const at = claimText.indexOf(m.text);
    if (HEDGE_BEFORE.test(claimText.slice(Math.max(0, at - 24), at))) continue;
    const stated = src.find((x) => x.unit === m.unit);
    if (stated) return { claim: m.text, source: stated.text };
  }
  return undefined;
}

/**
 * Whether a claim quantity is a measure the sources state with the same number and unit, whatever quantities.ts read it as
 * ("2,904 m" is 2,904 metres, not 2,904 million, when the sources say "2,904 metres").
 */
export function measureStated(q: Quantity, cited: Analysis[]): boolean {
  const own = measures(q.text);
  return own.length > 0 && own.every((m) => cited.some((a) => measures(a.text).some((x) => x.n === m.n && x.unit === m.unit)));
}

/** Size of each canonical unit of {@link measures} in its dimension's base unit (metre, kilogram, litre, square metre, kilowatt, km/h); temperatures are not converted. */
const MEASURE_FACTOR: Readonly<Record<string, number>> = {
  'length:m': 1,
  'length:km': 1000,
  'length:cm': 0.01,
  'length:mm': 0.001,
  'length:mi': 1609.344,
  'length:ft': 0.3048,
  'length:yd': 0.9144,
  'length:in': 0.0254,
  'mass:kg': 1,
  'mass:g': 0.001,
  'mass:t': 1000,
  'mass:lb': 0.45359237,
  'mass:oz': 0.028349523125,
  'volume:l': 1,
  'volume:ml': 0.001,
  'volume:gal': 3.785411784,
  'area:ha': 10000,
  'area:acre': 4046.8564224,
  'power:kw': 1,
  'power:mw': 1000,
  'power:gw': 1e6,
  'speed:km/h': 1,
  'speed:mi/h': 1.609344,
  'speed:m/s': 3.6,
  'speed:kn': 1.852,
};

/**
 * Whether a measure (`n` and canonical `unit` as {@link measures} reads them) is one of `sourceMeasures` of the same
 * dimension converted to its unit: the converted value lies within half of `step` of it (a rounding at the precision
 * it is written in) or within `roughShare` of the converted value (an approximation). The one unit conversion of the
 * checker (measureConvertedAt here; measureConverted in dialogue-forms.ts for replies). Linear in `sourceMeasures`.
 * @param opts.otherUnit only a measure stated in another unit counts (the same unit is quantities.ts's to match)
 */
export function measureConverts(
  measure: { n: string; unit: string },
  sourceMeasures: readonly { n: string; unit: string }[],
  opts: { step: number; roughShare: number; otherUnit?: boolean },
): boolean {
  const f = MEASURE_FACTOR[measure.unit];
  if (!f) return false;
  const value = Number(measure.n);
  const dim = measure.unit.split(':')[0];
  return sourceMeasures.some((x) => {
    const g = MEASURE_FACTOR[x.unit];
    if (!g || x.unit.split(':')[0] !== dim || (opts.otherUnit && x.unit === measure.unit)) return false;
    const stated = (Number(x.n) * g) / f;
    if (!(stated > 0)) return false;
    const gap = Math.abs(value - stated);
    return gap <= opts.step / 2 + 1e-9 || gap <= opts.roughShare * stated;
  });
}

/**
 * Whether the measure written at offset `at` of a claim ("1.1 kilometres long") is a stated
 * measure of the same dimension converted to another unit ("1,100 metres"; "2 miles" for "3.2 km" under a hedge): the
 * converted source value rounds to the claim's number at the precision it is written in, or within 5% under a hedge
 * ("about", "roughly", "nearly" before it). Temperatures and rates per unit of time are not converted.
 */
export function measureConvertedAt(claimText: string, at: number, cited: Analysis[]): boolean {
  if (at < 0 || at >= claimText.length) return false;
  const text = claimText.slice(at);
  const hedged = HEDGE_BEFORE.test(claimText.slice(Math.max(0, at - 24), at));
  const m = measures(text).find((x) => text.startsWith(x.text));
  if (!m) return false;
  const dec = /\.(\d+)/.exec(m.n)?.[1].length ?? 0;
  return measureConverts(
    m,
    cited.flatMap((a) => measures(a.text)),
    { step: 10 ** -dec, roughShare: hedged ? 0.05 : 0, otherUnit: true },
  );
}
