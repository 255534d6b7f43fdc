/**
 * More ways a dialogue reply (issue 20: FaithDial, DialFact) writes what a knowledge snippet states, or says something
 * that is no assertion of a name, used by check.ts beside dialogue.ts:
 * - {@link centuryStated}: a century in the other form ("the 1800s" for "the 19th century"; "the 20th century" for a
 *   stated 1954);
 * - {@link yearSpanStated}: a span of years between two stated years of any era ("two years" for "from 1887 to 1889";
 *   quantities.ts reads only years from 1900 on as operands);
 * - {@link ageStated}: an age that a stated life span gives ("he was only 32 when he died" for "(November 27, 1940 – July
 *   20, 1973)");
 * - {@link deniedName}: a name the reply denies ("it's not in London, it's in Paris"): it asserts nothing of that name;
 * - {@link shoutedSentence}: a sentence written in capitals, where a capital letter marks no name;
 * - {@link chatFunctionWord}: chat spellings of function words ("Im", "gotta") are no content words;
 * - {@link shortenedName}: a stated name with words left out ("Ruth Wakefield" for "Ruth Graves Wakefield");
 * - {@link implicitlyNegated}: a verb that means "not" negates its object ("abstaining from animal products");
 * - {@link decadeWritten}, {@link abbreviationKnown}: a decade the sources write in a compound or in words ("the
 *   mid-1950s", "the sixties"), a name word abbreviated or spelled out ("Mt." / "Mount", "Junior" / "Jr.");
 * - {@link currencyDropped}: an amount of money written without its currency ("made 476 million" for "$476 million");
 * - {@link measureConverted}: a stated measure converted or rounded ("about 29,000 feet" for "8,848 metres");
 * - {@link speakerPhraseWords}: the speaker's own phrase in a short answer ("my favorite genre") is no answer word.
 * Each is measured on the dev splits of every corpus (npm run eval:grounding). Tried and not kept (dev splits): a reply
 * with a question beside a statement made unverified (FaithDial dev -0.005, DialFact unchanged); an item a reply adds to a
 * stated list ("a singer, songwriter, actor, poet") as novel content (DialFact dev +0.006, no other change on dev);
 * "Yes" / "True" taken to assert the previous turn, whose words the sources must then use (FaithDial dev -0.01..-0.02,
 * DialFact dev -0.03..-0.05); lower-case words unknown to wink's lexicon (typos) left out of coverage (no dev change).
 */
import type { Token } from './nlp.js';
import type { Quantity } from './quantities.js';
import { measureConverts } from './quantity-relations.js';

const YEAR_SECONDS = 31556952;

/** The years a quantity states: a four-digit plain number from 1000 to 2100, or the years of its dates. */
function yearsOf(x: Quantity): number[] {
  if (x.kind === 'date') return (x.dates ?? []).flatMap((d) => (d.y !== undefined ? [d.y] : []));
  if (
    x.kind === 'number' &&
    !x.ordinal &&
    !x.cmp &&
    Number.isInteger(x.value) &&
    x.value >= 1000 &&
    x.value <= 2100 &&
    /^\d{4}$/.test(x.text)
  )
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
export function centuryStated(q: Quantity, after: string, stated: Quantity[], flatIncludes: (phrase: string) => boolean): boolean {
  let from: number;
  let to: number;
  if (q.kind === 'number' && /^\d{2}00'?s$/.test(q.text) && q.value >= 1000 && q.value <= 2000) {
    from = q.value;
    to = q.value + 99;
    // the ordinal century, stated with "century" or "centuries" ("the late 19th and early 20th centuries")
    const n = q.value / 100 + 1;
    if ((flatIncludes('century') || flatIncludes('centuries')) && stated.some((x) => x.ordinal && x.value === n)) return true;
  } else if (
    q.kind === 'number' &&
    q.ordinal &&
    Number.isInteger(q.value) &&
    q.value >= 11 &&
    q.value <= 21 &&
    /^\W*century\b/i.test(after)
  ) {
    from = (q.value - 1) * 100;
    to = q.value * 100;
    if (flatIncludes(`${from}s`)) return true;
  } else return false;
  return stated.some((x) => yearsOf(x).some((y) => y >= from && y <= to));
}

/**
 * Whether a claim duration in whole years is the span between two years the sources state ("two years" for "from 1887 to
 * 1889"; "after 12 years" for "joined in 1998 ... left in 2010"), for years of any era from 1000 on. Linear in the
 * stated years squared (a sentence window of them).
 */
export function yearSpanStated(q: Quantity, stated: Quantity[]): boolean {
  if (q.kind !== 'duration') return false;
  const n = q.value / YEAR_SECONDS;
  if (n < 1 || Math.abs(n - Math.round(n)) > 0.02) return false;
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
export function ageStated(q: Quantity, clause: string, stated: Quantity[]): boolean {
  const n = q.kind === 'duration' ? q.value / YEAR_SECONDS : q.kind === 'number' && !q.ordinal ? q.value : NaN;
  if (!Number.isInteger(n) || n < 1 || n > 125 || !AGE_CUE.test(clause)) return false;
  const dates = stated.flatMap((x) =>
    x.kind === 'date' ? (x.dates ?? []).filter((d) => d.y !== undefined) : yearsOf(x).map((y) => ({ y, m: undefined, d: undefined })),
  );
  for (const a of dates)
    for (const b of dates) {
      const span = b.y! - a.y!;
      if (span < n || span > n + 1) continue;
      if (a.m !== undefined && a.d !== undefined && b.m !== undefined && b.d !== undefined) {
        const beforeBirthday = b.m < a.m || (b.m === a.m && b.d < a.d);
        if (span - (beforeBirthday ? 1 : 0) === n) return true;
      } else return true;
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
export function deniedName(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 1 - DENIAL_REACH; j--) {
    const t = tokens[j];
    if (DENYING.has(t.lower) && t.cue) return true;
    if (CLAUSE_MARK.test(t.value) || t.content || t.type !== 'word') return false;
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
export function shoutedSentence(tokens: Token[]): boolean {
  const words = tokens.filter((t) => t.type === 'word' && /^\p{L}{2,}/u.test(t.value));
  if (words.length < SHOUTED_MIN_WORDS) return false;
  return words.filter((t) => !/\p{Ll}/u.test(t.value)).length >= SHOUTED_SHARE * words.length;
}

/** Chat spellings of function words ("Im", "Ive", "gotta", "wanna", "kinda"), lower case: they state nothing. */
const CHAT_FUNCTION_WORDS = new Set('im ive gotta wanna gonna kinda sorta dunno lemme u ur ya'.split(' '));

/** Whether a word of a reply is a chat spelling of a function word ({@link CHAT_FUNCTION_WORDS}): no content word. */
export function chatFunctionWord(t: Token): boolean {
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
export function shortenedName(names: readonly string[], sources: readonly { sentences: { tokens: Token[] }[] }[]): boolean {
  if (names.length < 2) return false;
  for (const a of sources)
    for (const s of a.sentences) {
      let run: string[] = [];
      const check = () => {
        if (run.length > names.length && run[0] === names[0]) {
          let k = 0;
          for (const w of run) if (w === names[k]) k++;
          if (k === names.length) return true;
        }
        return false;
      };
      for (const t of s.tokens) {
        if (t.type === 'word' && /^\p{Lu}/u.test(t.value)) run.push(t.lower.replace(/\.$/, ''));
        else if (run.length && t.type === 'word' && NAME_JOINERS.has(t.lower)) run.push(t.lower);
        else if (run.length && t.value === '.') continue;
        else {
          if (check()) return true;
          run = [];
        }
      }
      if (check()) return true;
    }
  return false;
}

/** Verbs and nouns that negate their object ("abstaining from the use of animal products", "avoids sugar"), as lemmas. */
const IMPLICIT_NEGATION = new Set(
  'abstain abstinence avoid avoidance refrain lack reject rejection refuse refusal prevent prohibit prohibition ban forbid exclude exclusion omit eschew shun absence'.split(
    ' ',
  ),
);
/** Most tokens between an implicit negation and the word it negates ("abstaining from the use of animal products"). */
const IMPLICIT_REACH = 6;

/**
 * Whether the source token at `k` is negated by a verb or noun that means "not" ({@link IMPLICIT_NEGATION}: "abstaining
 * from the use of animal products", "avoids any sugar") at most {@link IMPLICIT_REACH} tokens before it, within its clause:
 * a claim that negates it ("not using animal products") states the same. Constant work.
 */
export function implicitlyNegated(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - IMPLICIT_REACH; j--) {
    const t = tokens[j];
    if (/^[,;:.!?]$/.test(t.value)) return false;
    if (IMPLICIT_NEGATION.has(t.lemma) || IMPLICIT_NEGATION.has(t.lower)) return true;
  }
  return false;
}

const DECADE_WORDS = ['', '', 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
/**
 * Whether a decade of the claim ("the 1950s", "the 50's", "the '70s") is written by the sources in a form that gives no
 * quantity: inside a compound ("the mid-1950s", "pre-1960s"), or in words ("the fifties"). `q` is the claim quantity;
 * `flatIncludes` tests a lower-case phrase against the sources' flattened text.
 */
export function decadeWritten(q: Quantity, flatIncludes: (phrase: string) => boolean): boolean {
  if (q.kind !== 'number' || !/^'?(?:\d{2}|\d{4})'?s$/.test(q.text) || q.value % 10 !== 0) return false;
  const full = q.value < 100 ? 1900 + q.value : q.value;
  const yy = String(full % 100).padStart(2, '0');
  const word = full >= 1900 && full < 2000 ? DECADE_WORDS[(full % 100) / 10] : '';
  return flatIncludes(`${full}s`) || flatIncludes(`${yy}s`) || (word !== '' && flatIncludes(word));
}

/** Abbreviations of name words and their long forms, lower case, without the period ("Mt." / "Mount", "Jr." / "Junior"). */
const NAME_ABBREVIATIONS: ReadonlyMap<string, readonly string[]> = new Map(
  (
    'mt:mount|mountain,st:saint|street,ste:sainte,ft:fort,pt:point|port,jr:junior,sr:senior,bros:brothers,' +
    'univ:university,intl:international,natl:national,ave:avenue,rd:road,blvd:boulevard,hwy:highway,' +
    'gen:general,gov:governor,pres:president,sen:senator,rep:representative,rev:reverend,prof:professor,' +
    'capt:captain,lt:lieutenant,sgt:sergeant,col:colonel,cpl:corporal,adm:admiral,dept:department,assn:association,' +
    'co:company,corp:corporation,inc:incorporated,ltd:limited'
  )
    .split(',')
    .map((p): [string, string[]] => [p.split(':')[0], p.split(':')[1].split('|')]),
);
const NAME_EXPANSIONS = new Map<string, string[]>();
for (const [abbr, longs] of NAME_ABBREVIATIONS) for (const l of longs) NAME_EXPANSIONS.set(l, [...(NAME_EXPANSIONS.get(l) ?? []), abbr]);

/**
 * Whether a name word is the abbreviation of a word the sources write in full, or the reverse ("Mt. Rainier" for "Mount
 * Rainier", "King Junior" for "King Jr.", "Saint Louis" for "St. Louis"). `flatIncludes` tests a lower-case phrase
 * against the sources' flattened text (whole words, periods dropped).
 */
export function abbreviationKnown(t: Token, flatIncludes: (phrase: string) => boolean): boolean {
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
export function currencyDropped(q: Quantity, stated: Quantity[]): Quantity {
  if (q.kind !== 'number' || q.ordinal || q.value < 1000 || /^\d{4}$/.test(q.text)) return q;
  const money = stated.find((x) => x.kind === 'money' && x.value > 0 && q.value / x.value <= 2 && x.value / q.value <= 2);
  if (!money || stated.some((x) => x.kind === 'number' && x.value === q.value)) return q;
  return { ...q, kind: 'money', ...(money.currency ? { currency: money.currency } : {}) };
}

/** Words before a measure that make it approximate or a bound ("about 4,000 miles", "a little over 26 miles", "almost 9 km"). */
const ROUGHLY =
  /(?:\b(?:about|around|roughly|approximately|approx\.?|nearly|almost|circa|some|over|under|more than|less than|close to|just over|just under)|~)\s*$/i;
/** Widest gap between an approximate measure and the stated one, as a share of the stated one. */
const ROUGH_TOLERANCE = 0.15;

/**
 * Whether a measure of a reply ("about 4,000 miles", "29,000 feet", "26.2 miles", "42 km") is a stated measure of the
 * same dimension converted or rounded ("6,650 km", "8,848 metres", "26.219 miles", "42.195 kilometres"): the claim's value
 * equals the stated one within half a unit of its last significant digit (a rounding), or within {@link ROUGH_TOLERANCE}
 * under a hedge or bound. `measure` is the claim's measure as measures() of quantity-relations.ts reads it, `before`
 * the claim text before it; `sourceMeasures` the cited sources' measures. Linear in them.
 */
export function measureConverted(
  measure: { n: string; unit: string },
  before: string,
  sourceMeasures: readonly { n: string; unit: string }[],
): boolean {
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
export function speakerPhraseWords(tokens: Token[]): Set<Token> {
  const out = new Set<Token>();
  tokens.forEach((t, i) => {
    if (!SPEAKER_POSSESSIVE.has(t.lower)) return;
    for (let j = i + 1; j < tokens.length && j <= i + SPEAKER_PHRASE_WORDS; j++) {
      const x = tokens[j];
      if (x.type !== 'word' || x.pos === 'VERB' || x.pos === 'AUX' || x.pos === 'CCONJ' || x.pos === 'ADP') break;
      out.add(x);
    }
  });
  return out;
}
