/**
 * Text analysis for grounding checks, through wink-nlp with the English lite web model
 * (wink-eng-lite-web-model, shipped inside the npm package: no download at run time).
 * Produces sentences with tokens, lemmas, Porter stems, universal POS tags, stop-word and
 * negation flags, plus the quantities and identifiers of src/grounding/quantities.ts.
 * Analyses are memoized by text (contexts are shared by many answers).
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { extractIdentifiers, extractQuantities, type Identifier, type Quantity } from './quantities.js';

/** One token. */
export interface Token {
  /** as written */
  value: string;
  /** lower case */
  lower: string;
  /** lower-case lemma */
  lemma: string;
  /** lower-case Porter stem */
  stem: string;
  /** Universal Dependencies POS tag (NOUN, PROPN, VERB, ADJ, ...) */
  pos: string;
  /** wink token type: word, number, punctuation, email, url, ... */
  type: string;
  /** wink case: lowerCase, upperCase, titleCase, mixedCase, other */
  case: string;
  stop: boolean;
  /** inside the scope of a preceding negation cue (wink negationFlag) */
  negated: boolean;
  /** this token is a negation cue (not, n't, no, never, without, ...; also "fail (to)", "lack", "unable (to)" and "incapable (of)"), idioms excluded */
  cue: boolean;
  /** a content word: a noun, proper noun, verb, adjective, adverb or number that is not a stop word */
  content: boolean;
}

/** One sentence with its tokens. */
export interface Sentence {
  text: string;
  /** UTF-16 offset of the sentence in the analysed text */
  start: number;
  tokens: Token[];
  /** lemmas and stems of its content words */
  terms: Set<string>;
}

/** An analysed text. */
export interface Analysis {
  text: string;
  sentences: Sentence[];
  /** lemmas, stems and lower-case forms of every word token */
  vocabulary: Set<string>;
  /** lower-cased text with runs of non-alphanumerics collapsed to one space, padded with spaces */
  flat: string;
  quantities: Quantity[];
  identifiers: Identifier[];
  /** runs of more than {@link MAX_TOKEN_LENGTH} non-space characters, not analysed (UTF-16 offsets in `text`) */
  overlong: { start: number; end: number }[];
}

// only the annotations used here: sentence boundaries, negation scopes, POS (lemmas need POS);
// no entity recognition or sentiment (quantities and names are handled by this module and check.ts)
const nlp = winkNLP(model, ['sbd', 'negation', 'pos']);
const its = nlp.its;

/**
 * Negation cues (lower case; wink splits "doesn't" into "does" + "n't"). Contractions written without
 * an apostrophe ("dont", "cant", "isnt") are split by wink only before a word; before punctuation they
 * stay one token, so they are cues themselves.
 */
export const NEGATION_CUES = new Set([
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
function notNegation(cue: string, next: string, after: string): boolean {
  if (next === '-') return true;
  if (
    cue === 'no' &&
    (next === 'matter' || next === 'doubt' || (next === 'later' && after === 'than') || (next === 'sooner' && after === 'than'))
  )
    return true;
  if (cue === 'not' && (next === 'only' || (next === 'just' && after !== ''))) return true;
  if (cue === 'nothing' && next === 'but') return true;
  // "not really" as a reply, followed by a new clause ("not really, its just a sandwich") or nothing
  if (cue === 'not' && next === 'really' && (after === '' || SUBJECT.has(after))) return true;
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
export function flatten(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

const cache = new Map<string, Analysis>();

/** Lower-case unit abbreviations with a final dot that wink's sentence splitter takes for title abbreviations ("Ms."). */
const UNIT_END = new Set(['ms.', 'a.m.', 'p.m.']);
/**
 * Whether a capitalized word after a lower-case unit's dot starts a new sentence. After "ms." always (the title is
 * written "Ms."; "10 ms. Latency rose"). After "a.m." / "p.m." only a word that wink's lexicon knows as no name and that
 * cannot qualify the time ("9 a.m. Staff arrive", not "9 a.m. Monday" nor "9 a.m. Eastern Time").
 */
function startsSentence(unit: string, word: string): boolean {
  if (!/^\p{Lu}\p{Ll}*$/u.test(word)) return false;
  if (unit === 'ms.') return true;
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
export const MAX_TOKEN_LENGTH = 256;
// (a run is matched from its start only: tried at every position, the pattern rescans each word once per letter)
const LONG_RUN = new RegExp(String.raw`(?<!\S)\S{${MAX_TOKEN_LENGTH + 1},}`, 'g');

// Unicode decimal digits (general category Nd) and their values: each script's digits are a run of
// ten consecutive code points starting at zero (some blocks hold several runs, e.g. the mathematical
// digits U+1D7CE..U+1D7FF), so a digit's value is its distance from the start of its run, modulo 10.
const ND = /\p{Nd}/u;
const digitValues = new Map<number, string>();
function digitValue(cp: number): string {
  let v = digitValues.get(cp);
  if (v === undefined) {
    let start = cp;
    while (start > 0 && ND.test(String.fromCodePoint(start - 1))) start--;
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
export function normalizeText(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(text)) return text;
  // a raised (middle) dot between digits is a decimal point (the Lancet's style: "1·95", "p<0·05")
  return text
    .replace(/(?<=\d)[\u00A0\u202F\u2009](?=\d{3}(?!\d))/g, ',')
    .replace(/(?<=\d)\u00B7(?=\d)/g, '.')
    .normalize('NFKC')
    .replace(/\p{Nd}/gu, (d) => (d >= '0' && d <= '9' ? d : digitValue(d.codePointAt(0) as number)));
}

/** The text with every run of more than {@link MAX_TOKEN_LENGTH} non-space characters blanked (same length). */
function maskLongRuns(text: string): { masked: string; overlong: { start: number; end: number }[] } {
  const overlong: { start: number; end: number }[] = [];
  const masked = text.replace(LONG_RUN, (run, at: number) => {
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
function stemWord(word: string): string {
  let st = stems.get(word);
  if (st === undefined) {
    st = String(
      PLAIN_WORD.test(word) && !CONTRACTED.test(word)
        ? porterStem(word)
        : (nlp
            .readDoc(word)
            .tokens()
            .out(its.stem as unknown as typeof its.value)[0] ?? word),
    ).toLowerCase();
    if (stems.size > 200_000) stems.clear();
    stems.set(word, st);
  }
  return st;
}
const stems = new Map<string, string>();
/**
 * The model's Porter stemmer, which wink's `its.stem` applies to a token's value. A word of lower-case letters read alone is
 * one token whose value is the word (wink's tokenizer splits a run of letters only where its lexicon lists a contraction), so
 * its stem is the stemmer's, without a document read for it (a read runs the whole pipeline: the cost of a cold run). The
 * lexicon's contractions written without their apostrophe ("dont", "cannot", "youre", "iam", "ive") all end in
 * {@link CONTRACTED}; those words are read as before ("dont" is "do" + "nt", stem "do"). Checked against every word of the
 * lite web model's lexicon: the two ways agree on every word of letters that does not end so.
 */
const porterStem = (model as unknown as { addons: { stem: (word: string) => string } }).addons.stem;
const PLAIN_WORD = /^[a-z]+$/;
/** Endings of the contractions wink's lexicon knows without an apostrophe (n't, 've, 'll, 're, 'm; "cannot"). */
const CONTRACTED = /(?:nt|ve|ll|re|m|not)$/;
const CACHE_MAX = 512;

// wink numbers the words of its lexicon 0..n-1 and gives each unseen word the next free id: the id of a
// word never seen, read before any other text, is the size of the lexicon
const LEXICON_SIZE = nlp
  .readDoc('qzxqjv')
  .tokens()
  .out(its.uniqueId as unknown as typeof its.value)[0] as unknown as number;
const lexical = new Map<string, boolean>();
/**
 * Whether wink's English lexicon (about 87,000 lower-case words of the lite web model) knows a word in
 * lower case: a capitalized word it does not know ("Mumbai", "Henrik") is a name, not a common word
 * written at the start of a sentence. Memoized.
 */
export function inLexicon(word: string): boolean {
  const lower = word.toLowerCase();
  let v = lexical.get(lower);
  if (v === undefined) {
    const ids = nlp
      .readDoc(lower)
      .tokens()
      .out(its.uniqueId as unknown as typeof its.value) as unknown as number[];
    v = ids.length === 1 && ids[0] < LEXICON_SIZE;
    if (lexical.size > 200_000) lexical.clear();
    lexical.set(lower, v);
  }
  return v;
}

const lexicalPosMemo = new Map<string, string>();
/**
 * The part of speech wink's lexicon gives a word read alone in lower case ("wish": VERB, "sad": ADJ, "nasa": PROPN), or
 * '' when the lexicon does not know the word: what a word written in capitals would be if it were not an acronym. Memoized.
 */
export function lexicalPos(word: string): string {
  const lower = word.toLowerCase();
  let v = lexicalPosMemo.get(lower);
  if (v === undefined) {
    const pos = inLexicon(lower) ? (nlp.readDoc(lower).tokens().out(its.pos) as string[]) : [];
    v = pos.length === 1 ? pos[0] : '';
    if (lexicalPosMemo.size > 200_000) lexicalPosMemo.clear();
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
export function analyze(raw: string): Analysis {
  const hit = cache.get(raw);
  if (hit) return hit;
  // paragraphs joined without a space ("Smith.12 Oak Road"): a sentence end before a number
  const normalized = normalizeText(raw);
  const text = /\.\d/.test(normalized) ? normalized.replace(/(?<!\p{Ll})(\p{Ll}{2,})\.(?=\d)/gu, '$1. ') : normalized;
  const { masked, overlong } = maskLongRuns(text);
  // dots inside numbers and versions ("v2.10.1", "3.5") are no sentence ends: the tokenizer sees "_" there (same length)
  const winkText = masked.replace(/(?<=\d)\.(?=\d)/g, '_');
  const doc = nlp.readDoc(winkText);
  const sentences: Sentence[] = [];
  const vocabulary = new Set<string>();
  let cursor = 0;
  // token properties for the whole document at once, then sliced by sentence spans (fewer calls into wink)
  const all = doc.tokens();
  const value = all.out(its.value) as string[];
  const normal = all.out(its.normal) as string[];
  // the typings declare lemma/stem with the add-on signature; at run time they are token its-functions
  const lemma = all.out(its.lemma as unknown as typeof its.value) as string[];
  const pos = all.out(its.pos) as string[];
  const type = all.out(its.type) as string[];
  const kase = all.out(its.case) as string[];
  const stop = all.out(its.stopWordFlag) as unknown as boolean[];
  const neg = all.out(its.negationFlag) as unknown as boolean[];
  const spans: [number, number][] = [];
  const texts: string[] = [];
  const winkSpans = doc.sentences().out(its.span) as unknown as [number, number][];
  (doc.sentences().out() as string[]).forEach((st, k) => {
    // wink reads "ms." and "a.m." as abbreviations ("Ms. Smith") and never ends a sentence there: decided by what follows,
    // a unit written in lower case ("10 ms.", "9 a.m.") before a capitalized word that starts a sentence ends it
    let [from] = winkSpans[k];
    const to = winkSpans[k][1];
    let rest = st;
    for (let i = from; i < to; i++) {
      if (!UNIT_END.has(value[i] ?? '') || !startsSentence(value[i] ?? '', value[i + 1] ?? '')) continue;
      let at = 0;
      for (let j = from; j <= i; j++) at = rest.indexOf(value[j], at) + (value[j]?.length ?? 0);
      if (at <= 0) continue;
      spans.push([from, i]);
      texts.push(rest.slice(0, at));
      rest = rest.slice(at).trimStart();
      from = i + 1;
    }
    spans.push([from, to]);
    texts.push(rest);
  });
  spans.forEach(([from, to], k) => {
    const tokens: Token[] = [];
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
    const terms = new Set<string>();
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
  const a: Analysis = {
    text,
    sentences,
    vocabulary,
    flat: flatten(text),
    quantities: extractQuantities(masked, identifiers),
    identifiers,
    overlong,
  };
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value as string);
  cache.set(raw, a);
  return a;
}
