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
import { analyze, flatten, inLexicon, MAX_TOKEN_LENGTH, type Analysis, type Sentence, type Token } from './nlp.js';
import { derivationCues, derivedSupported, describeQuantity, type DerivationCues, quantitySupported, type Quantity } from './quantities.js';
import { antonymsOf } from './lexicon.js';
import {
  complementShare,
  measureConvertedAt,
  measures,
  measureStated,
  ordinalWordStated,
  relatedQuantitySupported,
  unitMismatch,
} from './quantity-relations.js';
import {
  answerRoleMismatch,
  antonymValueExplained,
  subjectNumberMismatch,
  topicNumberMismatch,
  countedNounMismatch,
  affirmedForBoth,
  comparisonMismatch,
  nearestNameNumber,
  roleNounMismatch,
  questionNameListed,
  questionEcho,
  coordinatedName,
  whQuestion,
  contrastMismatch,
  droppedRank,
  modifierSwap,
  asksQuestion,
  assembledName,
  claimBindingMismatch,
  subjectValueMismatch,
  phraseSlotMismatch,
  nearestCompoundNumber,
  questionNameRival,
  synonymBound,
  decadeBindingMismatch,
  lifeEventYear,
  fromToSwap,
  unboundYear,
  affirmedQuestionName,
  distributiveQuestionNames,
  exclusiveConflict,
  numberMisattribution,
  roleSwap,
  sentenceAnswerKey,
  shortAnswerNumberMisattribution,
  writtenAsName,
} from './relations.js';
import {
  boundStated,
  capitalizedByHabit,
  slashDateStated,
  merelyAmount,
  shortYearStated,
  numeralKnown,
  stateCodeKnown,
  chatWord,
  decadeStated,
  rankInWords,
  demonymKnown,
  foldedKnown,
  hedgedAssertion,
  joinedWithNeighbour,
  shouted,
  shortFirstName,
  slipKnown,
  speakerNegationHeads,
  statedByInterlocutor,
  statementBeforeQuestion,
} from './dialogue.js';
import {
  abbreviationKnown,
  ageStated,
  centuryStated,
  chatFunctionWord,
  currencyDropped,
  decadeWritten,
  deniedName,
  measureConverted,
  implicitlyNegated,
  shortenedName,
  shoutedSentence,
  speakerPhraseWords,
  yearSpanStated,
} from './dialogue-forms.js';
import { synonymKnown } from './synonyms.js';
import {
  affirmedDenialFlags,
  compoundKnown,
  definedInClaim,
  inDefinedLongForm,
  deniedRelationFlags,
  directionFlags,
  focusOnNumber,
  formKnown,
  compoundFormKnown,
  labelledNumber,
  otherCaseDenied,
  paraphraseKnown,
  ratioChangeKnown,
  reportFrame,
  fractionKnown,
  reviewPolarity,
  compoundAntonymFlags,
  degreeFocus,
  scientificKnown,
  scientificNumbers,
  scientificSource,
  SCIENTIFIC_MIN_COVERAGE,
  unstatedNegation,
  weakenAddedCodes,
  weakenLetters,
  weakenTechnicalNames,
  weakenAddedQuantities,
  weakenInScientificProse,
  weakenInTranscript,
  writtenJoined,
} from './claims.js';
import {
  DEFAULT_THRESHOLDS,
  HIGH_PRECISION_FLAGS,
  type AnswerResult,
  type ClaimResult,
  type Flag,
  type GroundingCase,
  type Thresholds,
  type Verdict,
} from './types.js';
import { addTo, memoized } from './memo.js';

const ABSTENTION = new RegExp(
  [
    String.raw`\bi (?:do not|don't|cannot|can't|am unable to) (?:know|tell|say|answer|determine|find)\b`,
    // past tense and the first person plural ("I could not find that in the documentation", "we couldn't find any mention")
    String.raw`\b(?:i|we) (?:could not|couldn't|did not|didn't|was unable to|were unable to) (?:find|see|locate)\b`,
    String.raw`\b(?:i|we) (?:have|had) no (?:information|details|data|record)\b`,
    String.raw`\bthere (?:is|was) no (?:mention|information|record)\b`,
    String.raw`\b(?:the )?(?:documentation|docs|manual|knowledge base|article)(?: provided)? (?:do|does|did) not (?:say|mention|specify|state|contain|include|provide|cover|indicate)\b`,
    String.raw`\b(?:the )?(?:documentation|docs|manual|knowledge base|article)(?: provided)? (?:doesn't|don't|didn't) (?:say|mention|specify|state|contain|include|provide|cover|indicate)\b`,
    String.raw`\b(?:i'm|i am) not sure\b`,
    // with an adverb ("I'm honestly not sure", "I am not entirely sure"), elliptic ("Not sure, but ..."), "I don't remember"
    String.raw`\b(?:i'm|i am|im)(?: \w+ly)? not(?: \w+ly)? sure\b`,
    String.raw`^\W*not sure\b`,
    String.raw`\bi (?:do not|don't|dont|cannot|can't) (?:\w+ly )?(?:know|remember|recall)\b`,
    String.raw`\b(?:the )?(?:provided )?(?:documents?|context|contexts|sources?|passages?|information|text)(?: provided)? (?:do|does|did) not (?:say|mention|specify|state|contain|include|provide|cover|indicate)\b`,
    String.raw`\b(?:the )?(?:documents?|context|contexts|sources?|passages?|text)(?: provided)? (?:doesn't|don't) (?:say|mention|specify|state|contain|include|provide|cover|indicate)\b`,
    String.raw`\bno (?:relevant )?information (?:is )?(?:available|provided|given)\b`,
    String.raw`\b(?:there is )?(?:not enough|insufficient) information\b`,
    String.raw`\b(?:is|are) not (?:mentioned|specified|stated|provided|covered) in the\b`,
    String.raw`\bunable to (?:answer|find|determine)\b`,
    String.raw`\bcannot be (?:answered|determined)\b`,
  ].join('|'),
  'i',
);
/**
 * A word every {@link ABSTENTION} alternative contains ("not", "n't", "dont", "unable", "no", "insufficient"): a cheap test
 * first, as quantities.ts does for its patterns; the big pattern runs only on the texts that have one.
 */
const ABSTENTION_CUE = /not|n't|unable|dont|\bno\b|insufficient/i;
/** Whether a text abstains ("I don't know", "the documentation does not say"): {@link ABSTENTION}. */
function abstains(text: string): boolean {
  return ABSTENTION_CUE.test(text) && ABSTENTION.test(text);
}

/**
 * A personal statement: the speaker's own preference or experience ("I love sunsets too", "I was in Naples last
 * year", "my favorite is ..."), which no source can support. Opinions that embed a claim ("I think X", "I believe X")
 * are checked as the claim X instead. Measured on the dialogue dev splits.
 */
const PERSONAL = new RegExp(
  [
    String.raw`\bI(?:'m| am|'ve| have|'d| would)? (?:really |also |just |personally |totally |absolutely )?`,
    String.raw`(?:love|like|prefer|enjoy|adore|hate|wish|hope|bet|recommend|suggest|went|used to|grew up|visited|tried|remember)\b`,
    String.raw`|\b(?:me too|same here)\b`,
    String.raw`|\bmy (?:favou?rite|own|family|wife|husband|kids?|children|son|daughter|mom|dad|friends?|hobby)\b`,
  ].join(''),
  'i',
);
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
const TITLES = new Set(
  'princess prince king queen duke duchess lord lady sir dame president senator governor mayor general captain colonel professor saint pope emperor empress'.split(
    ' ',
  ),
);
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
const MONTH_OR_DAY =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?$/i;

/** The cited and uncited sources of one case, analysed. */
interface Sources {
  cited: { id: string; a: Analysis }[];
  uncited: { id: string; a: Analysis }[];
  /** the question: names it mentions are the topic, not claims (quantities still need a source) */
  question?: Analysis;
  /**
   * the answer is a short answer to the question (at most `shortAnswerWords` content words): its informative
   * words must come from the sources, and names the question uses are no support for it
   */
  shortAnswer?: boolean;
  /** the answer is one sentence (a one-sentence answer to a wh-question is checked for an invented informative word) */
  oneSentence?: boolean;
}

const known = (t: Token, a: { vocabulary: Set<string> }[]) =>
  a.some((x) => x.vocabulary.has(t.lower) || x.vocabulary.has(t.lemma) || x.vocabulary.has(t.stem));
const inFlat = (phrase: string, a: Analysis[]) => {
  const f = flatten(phrase);
  return f.trim() !== '' && a.some((x) => x.flat.includes(f));
};

/** For each term of an analysed source, the indices of the sentences that contain it (memoized per analysis). */
const sentencesByTerm = memoized((a: Analysis): Map<string, number[]> => {
  const index = new Map<string, number[]>();
  for (const [k, s] of a.sentences.entries())
    for (const t of s.terms) {
      addTo(index, t, k);
    }
  return index;
});

/** Source sentences ranked by the share of the claim's terms they contain (ties: source order). */
function rankSentences(
  terms: Set<string>,
  sources: { id: string; a: Analysis }[],
): { id: string; a: Analysis; s: Sentence; overlap: number }[] {
  const all: { id: string; a: Analysis; s: Sentence; overlap: number }[] = [];
  for (const { id, a } of sources) {
    const hits = new Array<number>(a.sentences.length).fill(0);
    const index = sentencesByTerm(a);
    for (const t of terms) for (const k of index.get(t) ?? []) hits[k]++;
    a.sentences.forEach((s, k) => all.push({ id, a, s, overlap: hits[k] }));
  }
  return all.sort((x, y) => y.overlap - x.overlap);
}

/** Whether a plain number is one of the digit runs of an identifier the sources write ("199999" in "Earth-199999"). */
function inIdentifier(q: Quantity, cited: Analysis[]): boolean {
  const digits = q.text.replace(/[,\s]/g, '').replace(/(?<=\d)(?:st|nd|rd|th)$/i, '');
  // a version the source writes "v2.3" ("version 2.3")
  if (/^\d+(?:\.\d+)+$/.test(digits)) return cited.some((a) => a.identifiers.some((id) => id.text.toLowerCase() === `v${digits}`));
  // one digit is too common inside codes (CD4, IL-6, CIN2) to tell which one the claim means ("p99" = "99th" counts)
  if (!/^\d{2,}$/.test(digits)) return false;
  return cited.some((a) => a.identifiers.some((id) => id.text.split(/\D+/).includes(digits)));
}

/**
 * Shortest stem that may stand for a derivational family (Porter stems and wink's lemmas keep "reduction" ("reduct")
 * apart from "reduces" ("reduc")). A claim word is known when its stem and a source word or stem of at least this
 * many letters are prefixes one of the other: "reduct"/"reduc", "inhibitori"/"inhibit". A shared first letters alone
 * are not enough ("discontinued" against "discount", "international" against "interest" stay novel words).
 */
const TRUNCATION = 5;
const prefixCache = new WeakMap<Analysis, Set<string>>();
/** Whether the claim word's stem and a source word are prefixes one of the other (both >= TRUNCATION letters). */
function truncationKnown(t: Token, cited: Analysis[]): boolean {
  const s = t.stem;
  if (t.lower.length <= TRUNCATION || s.length < TRUNCATION || !/^[a-z]+$/.test(s)) return false;
  return cited.some((a) => {
    // the source word is a prefix of the claim's stem
    for (let k = TRUNCATION; k <= s.length; k++) if (a.vocabulary.has(s.slice(0, k))) return true;
    // the claim's stem is a prefix of a source word: every prefix (>= TRUNCATION letters) of the source's words, once
    let set = prefixCache.get(a);
    if (!set) {
      set = new Set();
      for (const w of a.vocabulary)
        if (w.length <= 64 && /^[a-z]+$/.test(w)) for (let k = TRUNCATION; k <= w.length; k++) set.add(w.slice(0, k));
      prefixCache.set(a, set);
    }
    return set.has(s);
  });
}

/**
 * A count the claim itself enumerates, each item stated in the sources ("it is in three states, Wyoming, Idaho, and
 * Montana"; "two founders: Page and Brin"): the number is the length of the list that follows it in the claim.
 */
function enumerated(q: Quantity, claim: Sentence, cited: Analysis[]): boolean {
  if (q.kind !== 'number' || q.ordinal || !Number.isInteger(q.value) || q.value < 2 || q.value > 12) return false;
  const at = q.end - claim.start;
  if (at < 0 || at > claim.text.length) return false;
  // the list starts after the counted noun phrase: at the first comma or colon, within a few words
  const m = /^[^,:;.]{0,40}?[,:]\s*(.+)$/s.exec(claim.text.slice(at));
  if (!m) return false;
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
function orgSuffixOfStated(tokens: Token[], i: number, cited: Analysis[]): boolean {
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
const bySentence = new WeakMap<Analysis, Map<Sentence, Quantity[]>>();
/** The quantities of an analysis inside one of its sentences (one sweep per analysis, memoized). */
function quantitiesIn(a: Analysis, s: Sentence): Quantity[] {
  let m = bySentence.get(a);
  if (!m) {
    m = new Map();
    let k = 0;
    for (const x of a.sentences) {
      const end = x.start + x.text.length;
      while (k < a.quantities.length && a.quantities[k].start < x.start) k++;
      const qs: Quantity[] = [];
      for (let j = k; j < a.quantities.length && a.quantities[j].start < end; j++) qs.push(a.quantities[j]);
      m.set(x, qs);
    }
    bySentence.set(a, m);
  }
  return m.get(s) ?? [];
}

/** The clause of a text around an offset: between the nearest `;`, sentence end or line break. */
function clauseAt(text: string, at: number): string {
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
function thresholdSupported(q: Quantity, claimWords: Set<string>, near: { a: Analysis; s: Sentence }[]): boolean {
  // a claim that states a bound itself ("up to 30%") restates a threshold: it must match, not satisfy it
  if (q.cmp) return false;
  for (const { a, s } of near) {
    const th = quantitiesIn(a, s).filter((x) => x.cmp && x.kind === q.kind);
    if (!th.length) continue;
    const counts = wordCounts(a);
    for (const x of th) {
      // a threshold of another magnitude is about something else ("more than 30 hotels" vs "founded in 1947")
      if (x.value !== 0 && (q.value / x.value > 10 || q.value / x.value < 0.1)) continue;
      const ok =
        x.cmp === '>' ? q.value > x.value : x.cmp === '>=' ? q.value >= x.value : x.cmp === '<' ? q.value < x.value : q.value <= x.value;
      if (!ok) continue;
      // the label the threshold defines: a word of its clause that the source uses nowhere else
      const clause = flatten(clauseAt(a.text, x.start)).trim().split(' ');
      const own = clause.filter((w) => w.length > 2 && !/^\d/.test(w) && counts.get(w) === clause.filter((v) => v === w).length);
      if (own.some((w) => claimWords.has(w))) return true;
    }
  }
  return false;
}
const wordCountCache = new WeakMap<Analysis, Map<string, number>>();
/** How often each word occurs in an analysed text (memoized per analysis). */
function wordCounts(a: Analysis): Map<string, number> {
  let m = wordCountCache.get(a);
  if (!m) {
    m = new Map();
    for (const w of a.flat.trim().split(' ')) m.set(w, (m.get(w) ?? 0) + 1);
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
function prefixAntonym(t: Token, sentences: Sentence[]): string | undefined {
  // one index per sentence, memoized (a scan of every source word per claim word was quadratic on long claims)
  const m = NEG_PREFIX.exec(t.lower) ?? (t.pos === 'ADJ' ? LATIN_PREFIX.exec(t.lower) : null);
  if (m) {
    for (const s of sentences) {
      const hit = prefixIndex(s).words.get(m[2]);
      if (hit) return hit.value;
    }
  }
  for (const s of sentences) {
    const bases = prefixIndex(s).bases;
    const a = bases.get(t.lower);
    const b = bases.get(t.lemma);
    const hit = a && b ? (a.at <= b.at ? a : b) : (a ?? b);
    if (hit) return hit.value;
  }
  return undefined;
}
/** The words of a sentence by lower case and lemma, and by the base of a negating prefix, first occurrence first. */
interface PrefixIndex {
  words: Map<string, { value: string; at: number }>;
  bases: Map<string, { value: string; at: number }>;
}
const prefixIndexes = new WeakMap<Sentence, PrefixIndex>();
function prefixIndex(s: Sentence): PrefixIndex {
  let x = prefixIndexes.get(s);
  if (!x) {
    x = { words: new Map(), bases: new Map() };
    s.tokens.forEach((w, at) => {
      if (w.type !== 'word') return;
      for (const k of [w.lower, w.lemma]) if (!x!.words.has(k)) x!.words.set(k, { value: w.value, at });
      const n = NEG_PREFIX.exec(w.lower) ?? (w.pos === 'ADJ' ? LATIN_PREFIX.exec(w.lower) : null);
      if (n && !x!.bases.has(n[2])) x!.bases.set(n[2], { value: w.value, at });
    });
    prefixIndexes.set(s, x);
  }
  return x;
}

/** The word of a source sentence that a claim word is an antonym of (lexicon.ts or a negating prefix), if any. */
function antonymIn(t: Token, s: Sentence): string | undefined {
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
export function coverageWeakness(
  coverage: number,
  novelWords: number,
  technical: boolean,
  th: Pick<Thresholds, 'minCoverage' | 'maxNovelWords'>,
): { lowCoverage: boolean; novelContent: boolean } {
  return {
    lowCoverage: coverage < (technical ? Math.min(th.minCoverage, SCIENTIFIC_MIN_COVERAGE) : th.minCoverage),
    novelContent: !technical && novelWords > th.maxNovelWords,
  };
}

/** Content-word key set of a token list (lemma and stem of each content word). */
function termsOf(tokens: Token[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) {
    if (t.content) {
      out.add(t.lemma);
      out.add(t.stem);
    }
  }
  return out;
}

/** The content tokens in a cue's scope: the rest of its clause, at most `max` content words. */
function scopeAfter(tokens: Token[], i: number, max = 3): Token[] {
  const out: Token[] = [];
  for (let j = i + 1; j < tokens.length && out.length < max; j++) {
    const t = tokens[j];
    if (t.value === '-' || t.value === '/') continue; // inside a compound (on-site, 24/7)
    if (t.type === 'punctuation' || t.pos === 'CCONJ' || t.pos === 'SCONJ') break;
    if (t.pos === 'ADP' && out.length >= 2) break; // "not X Y with Z": the scope ends at the prepositional phrase
    if (t.content) out.push(t);
  }
  return out;
}
const hasTerm = (s: Sentence, t: Token) => s.terms.has(t.lemma) || s.terms.has(t.stem);

const MODALS = new Set(['can', 'could', 'may', 'might', 'must', 'will', 'would', 'shall', 'should']);
/** Whether a token ends its clause (punctuation, a conjunction or the sentence end follows it). */
function clauseEndsAt(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return !next || next.type === 'punctuation' || next.pos === 'CCONJ' || next.pos === 'SCONJ';
}

/** Whether the first noun of a source clause (its subject) is the first noun of the claim too. */
function sharedSubject(sourceClause: Token[], claim: Token[]): boolean {
  const first = (ts: Token[]) => ts.find((t) => t.content && (t.pos === 'NOUN' || t.pos === 'PROPN'));
  const a = first(sourceClause);
  const b = first(claim);
  return a !== undefined && b !== undefined && (a.lemma === b.lemma || a.stem === b.stem);
}

/**
 * Checks polarity: a claim cue over content the sources affirm, or claim content the sources negate. (Two functions, one
 * per direction: V8 optimizes each on its own, and a deoptimization in the second, which runs rarely, recompiles only it.)
 */
function negationFlags(claimTokens: Token[], sources: { id: string; a: Analysis }[], th: Thresholds): Flag[] {
  const sentences = sources.flatMap(({ a }) => a.sentences);
  if (claimTokens.some((t) => t.cue)) return claimNegationFlags(claimTokens, sentences, th);
  return sourceNegationFlags(claimTokens, sentences);
}

/** (1) the claim negates: source sentences mentioning the negated scope affirm it ({@link negationFlags}). */
function claimNegationFlags(claimTokens: Token[], sentences: Sentence[], th: Thresholds): Flag[] {
  const flags: Flag[] = [];
  claimTokens.forEach((t, i) => {
    if (!t.cue) return;
    const scope = scopeAfter(claimTokens, i);
    if (scope.length < 1) return;
    const need = Math.max(1, Math.ceil(th.negationScopeOverlap * scope.length));
    const mentioning = sentences.filter((s) => scope.filter((x) => hasTerm(s, x)).length >= need);
    if (!mentioning.length) return;
    // a question affirms nothing; any negated mention means the source may well say the same
    // (or negated by a verb that means "not": "abstaining from the use of animal products"; dialogue-forms.ts)
    const scopeNegated = (s: Sentence) =>
      s.tokens.some(
        (x, k) =>
          (x.negated || x.cue || implicitlyNegated(s.tokens, k)) &&
          x.content &&
          scope.some((y) => x.lemma === y.lemma || x.stem === y.stem || (/^no[nt]-/.test(x.lower) && x.lower.includes(y.stem))),
      );
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
function sourceNegationFlags(claimTokens: Token[], sentences: Sentence[]): Flag[] {
  const flags: Flag[] = [];
  const claimTerms = termsOf(claimTokens);
  for (const s of sentences) {
    for (const { i, scope } of negatedScopes(s)) {
      if (flags.length) break;
      const t = s.tokens[i];
      // one negated verb ends its clause ("... and cannot be renewed;"): it is the statement when the claim shares it and the
      // subject noun of the source sentence ("Tokens can be renewed")
      // ("cannot be renewed", "must not be shared": a negated modal; the claim states the same modal)
      const modal = s.tokens[i - 1]?.lower;
      const lone =
        scope.length === 1 &&
        scope[0].pos === 'VERB' &&
        clauseEndsAt(s.tokens, s.tokens.indexOf(scope[0])) &&
        MODALS.has(modal ?? '') &&
        claimTokens.some((x) => x.lower === modal);
      if (scope.length < 2 && !lone) continue;
      if (!scope.every((x) => claimTerms.has(x.lemma) || claimTerms.has(x.stem))) continue;
      // the same statement: the claim also shares a content word from before the cue
      const before = s.tokens.slice(Math.max(0, i - 4), i).filter((x) => x.content);
      if (!before.some((x) => claimTerms.has(x.lemma) || claimTerms.has(x.stem))) continue;
      if (lone && !sharedSubject(s.tokens.slice(0, i), claimTokens)) continue;
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
const negatedScopes = memoized((s: Sentence): { i: number; scope: Token[] }[] => {
  const out: { i: number; scope: Token[] }[] = [];
  for (const [i, t] of s.tokens.entries()) if (t.cue) out.push({ i, scope: scopeAfter(s.tokens, i, 2) });
  return out;
});

/** Names the sources state by another common form. */
const ALIASES: ReadonlyMap<string, string[]> = new Map([
  ['us', ['united states', 'america']],
  ['usa', ['united states', 'america']],
  ['america', ['united states']],
  ['uk', ['united kingdom', 'britain']],
  ['britain', ['united kingdom']],
]);
interface NameForms {
  /** initials of runs of capitalized words ("nyc" for "New York City", "us" for "United States") */
  acronyms: Set<string>;
  /** adjacent words written as one ("wallstreet" for "Wall Street") */
  joined: Set<string>;
  /** initials of runs of 3 to 5 content words of any case ("tnf" for "tumor necrosis factor") */
  initials: Set<string>;
  /** the acronyms the text writes (words of 2 to 6 capitals, lower-cased: "tnf", "ai") */
  written: Set<string>;
}
const nameFormCache = new WeakMap<Analysis, NameForms>();
/** The other forms of the names of an analysed text (memoized per analysis; linear in its length). */
function nameForms(a: Analysis): NameForms {
  let f = nameFormCache.get(a);
  if (f) return f;
  f = { acronyms: new Set(), joined: new Set(), initials: new Set(), written: new Set() };
  for (const s of a.sentences) {
    let run = '';
    const words = s.tokens.filter((t) => t.type === 'word');
    words.forEach((t, i) => {
      if (i > 0) f!.joined.add(words[i - 1].lower + t.lower);
      if (/^\p{Lu}{2,6}s?$/u.test(t.value)) f!.written.add(t.lower.replace(/(?<=..)s$/, ''));
      // the acronym inside a prefixed one: "DNA" in "mtDNA", "RNA" in "siRNA"
      const tail = /^\p{Ll}{1,4}(\p{Lu}{2,6})s?$/u.exec(t.value);
      if (tail) f!.written.add(tail[1].toLowerCase());

      if (/^\p{Lu}/u.test(t.value)) {
        run += t.lower[0];
        // every suffix of the run is an acronym too ("The New York Times": "nyt", also "tnyt")
        for (let k = 0; k + 1 < run.length && k < 4; k++) f!.acronyms.add(run.slice(k));
      } else if (!(run && (t.lower === 'of' || t.lower === 'and'))) {
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
        if (t.value === '-' && ini) continue;
        if (t.type !== 'word' || t.stop) break;
        ini += t.lower[0];
        if (++n >= 3) f.initials.add(ini);
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
function nameFormKnown(t: Token, cited: Analysis[]): boolean {
  const bare = t.lower.replace(/\./g, '');
  for (const a of cited) {
    const f = nameForms(a);
    if (
      /^[\p{Lu}.]+$/u.test(t.value) &&
      bare.length >= 2 &&
      bare.length <= 5 &&
      (f.acronyms.has(bare) || f.initials.has(bare) || f.written.has(bare))
    )
      return true;
    if (f.joined.has(bare)) return true;
    if ((ALIASES.get(bare) ?? []).some((x) => a.flat.includes(` ${x} `))) return true;
    // a demonym of a stated place or the reverse ("Irish" / "Ireland"); a stated name with one typing slip ("Philips")
    if (demonymKnown(t, (x) => a.flat.includes(` ${x} `)) || slipKnown(t, a) || foldedKnown(t, a)) return true;
    // a state's postal code ("Mountain View, CA" for "California"; dialogue.ts)
    if (stateCodeKnown(t, (x) => a.flat.includes(` ${x} `))) return true;
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
function spelledAcronyms(tokens: Token[], cited: Analysis[]): Set<Token> {
  const out = new Set<Token>();
  // a loop, not map and filter: V8's optimized map returns a holey array, its interpreter a packed one (a deopt loop)
  const written: Set<string>[] = [];
  for (const a of cited) {
    const w = nameForms(a).written;
    if (w.size > 0) written.push(w);
  }
  if (!written.length) return out;
  for (let i = 0; i < tokens.length; i++) {
    let ini = '';
    const run: Token[] = [];
    for (let k = i; k < tokens.length && run.length < 5; k++) {
      const t = tokens[k];
      if (t.value === '-' && ini) continue;
      if (POSSESSIVE.test(t.value) && run.length === 1) continue;
      if (t.type !== 'word' || t.stop) break;
      ini += t.lower[0];
      run.push(t);
      const named = run.length === 2 && /^\p{Lu}\p{Ll}/u.test(run[0].value);
      if ((run.length >= 3 || named) && written.some((w) => w.has(ini))) for (const x of run) out.add(x);
    }
  }
  return out;
}

/** Common words that carry little of an answer's meaning ("a great thing", "really well-known"). */
const LIGHT_WORDS = new Set(
  (
    'thing things stuff way lot lots kind sort bit really very quite also just still even well good great nice much many ' +
    'actually basically probably certainly definitely maybe perhaps usually generally often sometimes always ' +
    'know think make get go say see want like love pretty sure true yes yeah okay right course something anything ' +
    'someone anyone people person time times part one ones several various different same other another main major known called named ' +
    // units and amounts: the quantity checks compare them
    'second seconds minute minutes hour hours day days week weeks month months year years decade decades century centuries ' +
    'dollar dollars euro euros cent cents percent total number amount quarter half dozen about around approximately roughly nearly almost over under'
  ).split(' '),
);
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
function informativeInReply(content: Token[], reply: boolean): Token[] {
  if (!reply) return content;
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
function statedNumbers(quantities: Quantity[], flags: Flag[]): number {
  return quantities.filter(
    (q) =>
      /\d{2,}/.test(q.text) && !flags.some((f) => (f.name === 'quantity-mismatch' || f.name === 'wrong-citation') && f.span === q.text),
  ).length;
}

/**
 * How informative a novel word of a short answer is, 0..1 (an IDF-like weight from the word's kind, with no
 * frequency list): nouns, proper nouns, adjectives and words wink's lexicon does not know carry the answer (1);
 * verbs and adverbs are often a paraphrase of the source's (0.5); light and short words carry nothing (0).
 */
function informativeness(t: Token): number {
  if (t.type !== 'word' || t.lower.length < 3 || t.stop || LIGHT_WORDS.has(t.lower) || LIGHT_WORDS.has(t.lemma)) return 0;
  if (!inLexicon(t.lower) && !inLexicon(t.lemma)) return 1;
  if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ') return 1;
  if (t.pos === 'VERB' || t.pos === 'ADV') return 0.5;
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
function framesQuantity(t: Token, quantities: Quantity[], flags: Flag[]): boolean {
  if (!quantities.length || flags.some((f) => f.name === 'quantity-mismatch' || f.name === 'wrong-citation')) return false;
  if (TIME_UNITS.has(t.lemma)) return true;
  return ASPECT_VERBS.has(t.lemma) && quantities.some((q) => q.kind === 'date' || q.kind === 'duration');
}

/** A word written inside one of the claim's quantities ("Tuesday" in "on Tuesday") or placing it ("the late 90s"): checked with it. */
function partOfQuantity(t: Token, quantities: Quantity[]): boolean {
  if (/^(?:early|late|mid|middle)$/.test(t.lower)) return true;
  return quantities.some((q) =>
    q.text
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .includes(t.lower),
  );
}

/** A number word of a claim quantity that is supported ("thousand" in "four thousand" against "4,000"): no novel word. */
function numeralOfSupported(t: Token, quantities: Quantity[], flags: Flag[]): boolean {
  if (t.pos !== 'NUM' || t.type !== 'word' || flags.some((f) => f.name === 'quantity-mismatch')) return false;
  return quantities.some((q) =>
    q.text
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .includes(t.lower),
  );
}

/** A unit word of a claim quantity that is supported ("minutes" in "every 60 minutes" against "every hour"): no novel word. */
function unitOfSupported(t: Token, quantities: Quantity[], flags: Flag[]): boolean {
  if (!TIME_UNITS.has(t.lemma) && !/^(?:[kmgtp]i?b|bytes?)$/i.test(t.value)) return false;
  return quantities.some(
    (q) =>
      q.kind !== 'number' &&
      q.text
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .includes(t.lower) &&
      !flags.some((f) => f.span === q.text),
  );
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
const ROLE_ANSWER_WORDS = 4;
/** Most source sentences scanned for the role of an answer (bounded work). */
const ROLE_SENTENCES = 200;

/**
 * A short answer found in the sources, but in the wrong role ("Who stayed in orbit?" "Buzz Aldrin" against
 * "... followed by Buzz Aldrin, while Michael Collins stayed in lunar orbit"): the question's relation words
 * (its lower-case content words: the names it uses are its topic) occur in a clause that does not hold the
 * answer more often than in any clause that holds it. Returns a `misattribution` flag, or undefined.
 */
function roleMismatch(claim: Token[], question: Analysis, cited: { a: Analysis }[]): Flag | undefined {
  const qTokens = question.sentences.flatMap((s) => s.tokens);
  const inQuestion = (t: Token) => qTokens.some((x) => x.lemma === t.lemma || x.stem === t.stem);
  // the answer is a number ("1996"; its other words are context: "in 1949, by volunteers") or a name ("Buzz Aldrin",
  // "Kibo"): a common word's role is not told by the clause it stands in
  const numbers = claim.filter((t) => t.type === 'number' && !inQuestion(t));
  const keys = numbers.length ? numbers : claim.filter((t) => t.content && t.type === 'word' && !inQuestion(t));
  if (!keys.length || claim.filter((t) => t.content).length > ROLE_ANSWER_WORDS) return undefined;
  if (!numbers.length && (!keys.every((t) => /^\p{Lu}/u.test(t.value)) || (keys.length === 1 && inLexicon(keys[0].lower))))
    return undefined;
  // (a number the question states binds the relation too: "Who directed the observatory from 1950?")
  const relation = qTokens.filter(
    (t) => ((t.content && t.type === 'word' && t.case === 'lowerCase') || t.type === 'number') && !keys.some((k) => k.stem === t.stem),
  );
  if (!relation.length) return undefined;
  let withAnswer = -1;
  let without = 0;
  let rival = '';
  let scanned = 0;
  for (const { a } of cited) {
    for (const s of a.sentences) {
      if (++scanned > ROLE_SENTENCES) return undefined;
      let from = 0;
      for (let i = 0; i <= s.tokens.length; i++) {
        if (i < s.tokens.length && (!CLAUSE_BREAK.has(s.tokens[i].lower) || RELATIVE.has(s.tokens[i + 1]?.lower ?? ''))) continue;
        // a verbless phrase before a comma is no clause of its own ("8 Mill Lane, Leeds handles disputes": an address)
        if (i < s.tokens.length && s.tokens[i].value === ',' && !s.tokens.slice(from, i).some((x) => x.pos === 'VERB' || x.pos === 'AUX'))
          continue;
        const clause = s.tokens.slice(from, i);
        from = i + 1;
        if (!clause.length) continue;
        const has = (t: Token) => clause.some((x) => x.lemma === t.lemma || x.stem === t.stem);
        const score = relation.filter(has).length;
        if (keys.some(has)) withAnswer = Math.max(withAnswer, score);
        // a clause about several at once ("the three men shared the prize", "they both won") may speak of the answer too
        else if (
          score > without &&
          !clause.some((x, k) => GROUP_WORDS.has(x.lower) || (x.lower === 'the' && clause[k + 1]?.pos === 'NUM'))
        ) {
          without = score;
          rival = clause.map((x) => x.value).join(' ');
        }
      }
    }
  }
  if (withAnswer < 0 || without < 2 || without < withAnswer + 2) return undefined;
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
function checkClaim(
  claim: Sentence,
  quantities: Quantity[],
  identifiers: Analysis['identifiers'],
  src: Sources,
  th: Thresholds,
): ClaimResult {
  const flags: Flag[] = [];
  const cited = src.cited.map((c) => c.a);
  const uncited = src.uncited.map((c) => c.a);
  // whether the cited sources write a phrase: one closure per claim, not one per quantity or word tested
  const inCited = (x: string) => inFlat(x, cited);
  // a hedge beside a claim ("I'm not sure, but Intel dominates the market") abstains from nothing: the claim is checked
  // (its content words beside the hedge; dialogue.ts)
  const hedged = abstains(claim.text);
  const asserted = hedged
    ? hedgedAssertion(claim.text, claim.tokens, abstains, (t) => (src.question ? known(t, [src.question]) : false))
    : [];
  const abstention = hedged && !asserted.length;
  const wrong = (what: string, span: string) =>
    flags.push({ name: 'wrong-citation', span, detail: `${what} is supported only by an uncited context` });

  // quantities
  const citedQ = cited.flatMap((a) => a.quantities);
  const uncitedQ = uncited.flatMap((a) => a.quantities);
  const terms = termsOf(claim.tokens);
  const ranked = rankSentences(terms, src.cited);
  const best = ranked[0];
  let operands: Quantity[] | undefined;
  let ownOperands: Quantity[] | undefined;
  let cues: DerivationCues | undefined;
  let claimWords: Set<string> | undefined;
  let unsupportedQuantities = 0;
  // quantities the question states, and whether the claim derives any quantity (quantities.ts, quantity-relations.ts)
  const premises: Quantity[] = [];
  let derivedAny = false;
  const unsupported = (q: Quantity, weak = false) => {
    unsupportedQuantities++;
    if (quantitySupported(q, uncitedQ)) wrong(`"${q.text}"`, q.text);
    else
      flags.push({
        name: 'quantity-mismatch',
        span: q.text,
        detail: `"${q.text}" (${q.kind} ${describeQuantity(q)}) is not stated in the cited sources${weak ? ' (the label of a name the sources write with no label: an added detail)' : ''}`,
        ...(weak ? { weak } : {}),
      });
  };
  let sci: { start: number; end: number; value: number }[] | undefined;
  // the claim's measure starting at an offset, converted or rounded from a stated one (dialogue-forms.ts)
  let sourceMeasures: ReturnType<typeof measures> | undefined;
  const convertedInReply = (at: number) => {
    const m = measures(claim.text.slice(at)).find((x) => claim.text.startsWith(x.text, at));
    if (!m) return false;
    sourceMeasures ??= cited.flatMap((a) => measures(a.text));
    const ok = measureConverted(m, claim.text.slice(0, at), sourceMeasures);
    // its unit word is no novel word ("feet" in "about 13,500 feet" for "4,120 metres")
    if (ok) convertedUnits.add(/(\p{L}+)$/u.exec(m.text)?.[1].toLowerCase() ?? '');
    return ok;
  };
  const convertedUnits = new Set<string>();
  const unitSpelled = (t: Token) => {
    const u = measures(`1 ${t.lower}`)[0]?.unit;
    if (!u) return false;
    sourceMeasures ??= cited.flatMap((a) => measures(a.text));
    return sourceMeasures.some((x) => x.unit === u);
  };
  for (const q0 of quantities) {
    // enough evidence: the claim is ungrounded already; the rest are not checked (bounded work per claim)
    if (unsupportedQuantities >= MAX_FLAGS_PER_KIND) break;
    // in a reply, an amount of money written without its currency ("made 476 million"; dialogue-forms.ts)
    const q = src.question ? currencyDropped(q0, citedQ) : q0;
    // ordinal words ("third") are checked as words; "3rd" in a claim is a number that "third" in a source supports
    // (unless the sources write ranks in digits: then "third-largest" is checked against "2nd largest")
    if (q.ordinal && /^[a-z]/i.test(q.text) && !citedQ.some((x) => x.ordinal && /^\d/.test(x.text))) continue;
    if (measureConvertedAt(claim.text, q.start - claim.start, cited)) {
      // a stated measure in another unit; its unit word is no novel word ("kilometres" in "1.1 kilometres" for "1,100 metres")
      convertedUnits.add(/(\p{L}+)$/u.exec(measures(claim.text.slice(q.start - claim.start))[0]?.text ?? '')?.[1].toLowerCase() ?? '');
      continue;
    }
    if (quantitySupported(q, citedQ) || measureStated(q, cited)) continue;
    // in a reply, a stated measure converted or rounded ("29,000 feet" for "8,848 metres"; dialogue-forms.ts)
    if (src.question && convertedInReply(q.start - claim.start)) continue;
    // scientific notation, in the claim ("1.5 × 10^-3") or in the sources ("10(-3)" for "0.001"; claims.ts)
    sci ??= scientificNumbers(claim.text).map((x) => ({ ...x, start: x.start + claim.start, end: x.end + claim.start }));
    const inSci = sci.find((x) => q.start >= x.start && q.start < x.end);
    if (inSci ? scientificKnown(inSci.value, cited) : q.kind === 'number' && scientificKnown(q.value, cited, false)) continue;
    // a percentage the sources say as a fraction in words ("half of the people" for "50%"; claims.ts)
    if (q.kind === 'percent' && (fractionKnown(q.value, cited) || ratioChangeKnown(q.value, claim.tokens, cited))) continue;
    // a number the sources write inside a code ("Earth-199999" for "earth -199999", "v2" for "version 2")
    if (q.kind === 'number' && inIdentifier(q, cited)) continue;
    // a decade holding a stated year ("the late 90s" for 1998); a rank with a sign the sources write in words ("#1" for
    // "number one"; dialogue.ts)
    if (decadeStated(q, citedQ) || decadeWritten(q, inCited)) continue;
    // in a reply: a century in the other form, a span between stated years, an age a stated life span gives (dialogue-forms.ts)
    if (
      src.question &&
      (centuryStated(q, claim.text.slice(q.end - claim.start), citedQ, inCited) ||
        yearSpanStated(q, citedQ) ||
        ageStated(q, claim.text, citedQ))
    )
      continue;
    // a year written with two digits in a reply ("born in 90", "came out in 97")
    if (src.question && shortYearStated(q, claim.text, claim.start, citedQ)) continue;
    // a round bound in a reply that a stated value meets ("over 700,000 people" for 738,432)
    if (src.question && boundStated(q, citedQ)) continue;
    // a yearless slash date in a reply ("9/11" for "September 11, 2001")
    if (src.question && slashDateStated(q, claim.text, claim.start, citedQ)) continue;
    // "Episode 3" for "Episode III"
    if (numeralKnown(q.text, /(\p{L}+)\W*$/u.exec(claim.text.slice(0, Math.max(0, q.start - claim.start)))?.[1], inCited)) continue;
    if (rankInWords(q, claim.text.slice(0, Math.max(0, q.start - claim.start)), inCited)) continue;
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
    if (thresholdSupported(q, claimWords, ranked.slice(0, DERIVATION_WINDOW))) continue;
    if (enumerated(q, claim, cited)) continue;
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
    if (complementShare(q, claim.tokens, near, (t, s) => antonymIn(t, s) !== undefined)) continue;
    // a quantity the question states ("for 5 users") is a premise when the claim derives another from it (below)
    if (src.question && quantitySupported(q, src.question.quantities)) {
      premises.push(q);
      continue;
    }
    // a number that labels a name ("BRCA 1", "Smc5/6", "type 2"): stated in another form, or an added label (claims.ts)
    const label = labelledNumber(q, claim.text, claim.start, cited);
    if (label === 'stated' || writtenJoined(claim.text, q.start - claim.start, q.end - claim.start, cited)) continue;
    unsupported(q, label === 'added');
  }
  if (!derivedAny)
    for (const q of premises) {
      // a quantity the previous turn states (not asks about) is repeated, not invented: no evidence (dialogue.ts)
      if (src.question && statedByInterlocutor(q, src.question)) continue;
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
    if (unsupportedIds >= MAX_FLAGS_PER_KIND) break;
    // or another form of it: separators, Greek letters spelled out, an abbreviation or its long form (claims.ts)
    const has = (as: Analysis[]) =>
      as.some((a) => a.identifiers.some((x) => x.norm === id.norm)) ||
      inFlat(id.text, as) ||
      (id.kind === 'code' && (formKnown(id.text, as) || writtenJoined(claim.text, id.start - claim.start, id.end - claim.start, as)));
    if (has(cited)) continue;
    // a number in scientific notation ("1e-7") that the sources state (claims.ts)
    const e = id.kind === 'code' ? scientificNumbers(id.text) : [];
    if (e.length === 1 && e[0].end - e[0].start === id.text.length && scientificKnown(e[0].value, cited)) continue;
    unsupportedIds++;
    if (has(uncited)) wrong(`"${id.text}"`, id.text);
    else
      flags.push({ name: 'unsupported-identifier', span: id.text, detail: `${id.kind} "${id.text}" does not occur in the cited sources` });
  }
  // the index of a claim token (one map, built on first use: a linear lookup per word would be quadratic)
  let positions: Map<Token, number> | undefined;
  const tokenAt = (t: Token) => {
    if (!positions) {
      positions = new Map();
      for (const [i, x] of claim.tokens.entries()) positions.set(x, i);
    }
    return positions.get(t) ?? -1;
  };
  // named entities: capitalized words that are not sentence-initial, grouped into names
  const firstWord = claim.tokens.findIndex((t) => t.type === 'word');
  // the words inside identifiers (an e-mail's "acme" is not a name): a set, so the test is constant time
  const idWords = new Set<string>();
  for (const id of identifiers) for (const w of id.text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w) idWords.add(w);
  // the claim words that spell out a source acronym (built on first use)
  let spelledSet: Set<Token> | undefined;
  const spelledOf = () => (spelledSet ??= spelledAcronyms(claim.tokens, cited));
  const names: Token[][] = [];
  let lastName = -2;
  claim.tokens.forEach((t, i) => {
    // sentence-initial (or after a quote or colon) capitals are names only when wink tags them PROPN;
    // a capitalized stop word ("It" after a missed sentence end, "US") is not a name (dev splits: dialogue +0.02)
    const initial = i === firstWord || /^["'(“‘:;]$/.test(claim.tokens[i - 1]?.value ?? '');
    // in a short answer ("Henrik Voss", "Mumbai", "Silver Lanterns") the first word is a name when wink's lexicon does not
    // know it or a capitalized word follows it (a capitalized common word alone is just the start of a sentence)
    const next = claim.tokens[i + 1];
    const initialName =
      src.shortAnswer &&
      (!(inLexicon(t.lower) || inLexicon(t.lemma)) ||
        (next?.type === 'word' && /^\p{Lu}/u.test(next.value) && !next.stop && !MONTH_OR_DAY.test(next.value)));
    // a sentence-initial word before a name, which the sources write as a name word ("Northern Data Institute hired ...")
    const initialOfName =
      initial &&
      next?.type === 'word' &&
      /^\p{Lu}/u.test(next.value) &&
      !next.stop &&
      /^\p{Lu}/u.test(t.value) &&
      !t.stop &&
      writtenAsName(t.value, cited);
    const capital =
      t.type === 'word' && /^\p{Lu}/u.test(t.value) && (!initial || initialName || initialOfName || (th.initialNames && t.pos === 'PROPN'));
    const isName =
      capital &&
      !t.stop &&
      !NOT_NAMES.has(t.lower) &&
      !MONTH_OR_DAY.test(t.value) &&
      !UNIT_SYMBOL.test(t.value) &&
      !idWords.has(t.lower) &&
      !shouted(t) &&
      !chatWord(t) &&
      // "No. 1": the abbreviation of "number" before a number
      !(/^No\.?$/.test(t.value) && next?.type === 'number');
    if (!isName) return;
    if (lastName === i - 1) names[names.length - 1].push(t);
    else names.push([t]);
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
    const missing = name.filter(
      (t, k) =>
        !(titled && k === 0) &&
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
        !joinedWithNeighbour(
          claim.tokens,
          tokenAt(t),
          cited.map((a) => a.vocabulary),
          false,
        ) &&
        // in a reply, a short first name before the stated surname ("Leo DiCaprio" for "Leonardo DiCaprio"; dialogue.ts)
        !(src.question && cited.some((a) => shortFirstName(t, name[k + 1], a))),
    );
    // a yes/no question's name that no cited source states is the question's premise, not evidence: a claim binding it to a
    // verb that the sources bind to another name is weak ("Did Henrik Berg design the bridge?" "Henrik Berg designed it"
    // against "designed by the engineer Clara Voss"; not "Can Acme get the bundle?" "Yes, Acme can get it for $100")
    if (
      !missing.length &&
      asked.length &&
      !abstention &&
      YES_NO_QUESTION.test(src.question?.text ?? '') &&
      name.every((t) => !known(t, cited) && !inFlat(t.value, cited) && !nameFormKnown(t, cited))
    ) {
      const rival = questionNameRival(
        claim.tokens,
        name,
        src.question!.sentences.flatMap((s) => s.tokens),
        cited,
      );
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
        const broken = name.slice(1).findIndex(
          (t, i) =>
            // a title before a stated name ("King Louis IX" for "Louis IX")
            !(titled && i === 0) &&
            !inFlat(`${name[i].value} ${t.value}`, cited) &&
            !inFlat(`${name[i].value} ${t.value}`, asked) &&
            // a first name coordinated with another before their shared surname ("John Reid" in "John and Angus Reid")
            !coordinatedName(name[i].value, t.value, cited) &&
            // a word the sources state in another form ("NYC" for "New York City") has no literal neighbour there
            ![name[i], t].some((x) => !known(x, cited) && !inFlat(x.value, cited)),
        );
        // a stated name with words left out ("Ruth Wakefield" for "Ruth Graves Wakefield"; dialogue-forms.ts)
        if (
          broken >= 0 &&
          !shortenedName(
            name.map((t) => t.lower),
            cited,
          )
        ) {
          const phrase = name.map((t) => t.value).join(' ');
          flags.push({
            name: 'unsupported-entity',
            span: phrase,
            detail: `the name "${phrase}" does not occur in the cited sources ("${name[broken].value} ${name[broken + 1].value}" never does)`,
          });
        } else {
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
    if (missing.every((t) => known(t, uncited) || inFlat(t.value, uncited))) wrong(`"${phrase}"`, phrase);
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
  const subjects =
    subjectNames.length >= 2
      ? subjectNames
      : names.length >= 2 && verbAt < 0
        ? names
        : distributiveQuestionNames(
            claim.tokens,
            src.question?.sentences.flatMap((s) => s.tokens),
          );
  if (subjects.length >= 2 && claim.tokens.some((t) => DISTRIBUTIVE.has(t.lower))) {
    const nameTokens = new Set(subjects.flat());
    const predicate = claim.tokens.filter((t) => t.content && !nameTokens.has(t) && !DISTRIBUTIVE.has(t.lower));
    // the predicate's own names and numbers ("Ohio" in "founded in Ohio") must stand with each name, and half its other words
    const values = predicate.filter((t) => t.type === 'number' || (/^\p{Lu}/u.test(t.value) && tokenAt(t) > 0));
    const states = (name: Token[]) =>
      src.cited.some(({ a }) =>
        a.sentences.some(
          (s) =>
            inFlat(name.map((t) => t.value).join(' '), [{ flat: flatten(s.text) } as Analysis]) &&
            values.every((t) => inFlat(t.value, [{ flat: flatten(s.text) } as Analysis])) &&
            predicate.filter((t) => hasTerm(s, t)).length >= Math.max(1, Math.ceil(predicate.length / 2)),
        ),
      );
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
    const swap =
      wrongNumber ??
      subjectNumberMismatch(claim.tokens, cited) ??
      roleSwap(claim.tokens, cited) ??
      subjectValueMismatch(claim.tokens, cited) ??
      decadeBindingMismatch(claim.tokens, cited) ??
      fromToSwap(
        claim.tokens,
        src.question && asksQuestion(src.question.text) ? src.question.sentences.flatMap((s) => s.tokens) : undefined,
        cited,
      ) ??
      (src.question && !src.shortAnswer && asksQuestion(src.question.text) ? claimBindingMismatch(claim.tokens, cited) : undefined);
    if (swap) flags.push({ name: 'misattribution', span: claim.text, detail: swap });
  }

  // coverage and novelty
  // (in a reply, chat spellings of function words are none: "Im", "gotta"; dialogue-forms.ts)
  // (in a reply, light words are left out beside enough informative ones: "they sure do spend a lot of their time sleeping")
  const content = informativeInReply(
    (asserted.length ? asserted : claim.tokens.filter((t) => t.content && t.type === 'word')).filter(
      (t) => !(src.question && chatFunctionWord(t)),
    ),
    src.question !== undefined,
  );
  const spelled = spelledOf();
  // one source word written apart ("loop holes" for "loopholes"), or two source words written as one ("lifetime" for "life time")
  const vocabularies = cited.map((a) => a.vocabulary);
  const compound = (t: Token) => {
    const i = tokenAt(t);
    return (i >= 0 && joinedWithNeighbour(claim.tokens, i, vocabularies)) || cited.some((a) => nameForms(a).joined.has(t.lower));
  };
  const novel = content.filter(
    (t) =>
      !known(t, cited) &&
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
      !(
        ASPECT_VERBS.has(t.lemma) &&
        framesQuantity(t, quantities, flags) &&
        !cited.some((a) => a.sentences.some((s) => antonymIn(t, s) !== undefined))
      ),
  );
  // coverage and the count of novel words leave out the frame of a report ("the group discussed", claims.ts)
  const frame = reportFrame(claim.tokens);
  const framed = content.filter((t) => !frame.has(t));
  const novelFramed = novel.filter((t) => !frame.has(t));
  // (a number the sources state is content the claim takes from them: "738,432 people living there as of 2015")
  const anchors = statedNumbers(quantities, flags);
  const coverage = framed.length + anchors ? (framed.length + anchors - novelFramed.length) / (framed.length + anchors) : 1;

  // antonyms explained by their values: the complement of a stated share ("unavailable 0.1%" for "available 99.9%"), or
  // a value bound to the word's own side ("begins on May 1" for "starts on May 1 and ends on June 30")
  const complemented = new Set<Token>();
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
      const heads = src.question ? speakerNegationHeads(claim.tokens, (t) => known(t, cited)) : new Set<string>();
      for (const f of negationFlags(claim.tokens, src.cited, th))
        if (!heads.has((f.span ?? '').split(' ')[1]?.toLowerCase() ?? '')) flags.push(f);
    }
    // a negation no source makes: weak evidence (claims.ts)
    if (!complementNegated && !flags.some((f) => f.name === 'negation-flip'))
      flags.push(
        ...unstatedNegation(
          claim.tokens,
          src.cited.flatMap(({ a }) => a.sentences),
        ),
      );
    // antonyms: a novel word whose antonym the best-matching source sentence uses
    if (best) {
      const near = ranked.slice(0, th.antonymWindow);
      const nearSentences = near.map((n) => n.s);
      let exclusiveNear: Sentence[] | undefined;
      // the claim's quantities all follow from the sources (stated or derived): a value it binds is supported
      const quantitiesOk = quantities.length > 0 && !flags.some((f) => f.name === 'quantity-mismatch' || f.name === 'wrong-citation');
      for (const t of novel) {
        const ants = antonymsOf(t);
        const hit = ants.find((w) => near.some((n) => n.s.tokens.some((x) => x.lemma === w || x.lower === w)));
        // both sides stated, the claim's value bound to its own side; or the complement of a stated share (relations.ts)
        const using = (w: string) => nearSentences.filter((s) => s.tokens.some((x) => x.lemma === w || x.lower === w));
        if (
          quantities.some((q) => complementShare(q, [t], near, (x, s) => antonymIn(x, s) !== undefined)) ||
          (hit && (antonymValueExplained(t, hit, claim.tokens, using(hit), quantitiesOk) || synonymBound(t, hit, claim.tokens, using(hit))))
        ) {
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
        exclusiveNear ??= (
          src.shortAnswer && src.question
            ? rankSentences(new Set([...terms, ...termsOf(src.question.sentences.flatMap((x) => x.tokens))]), src.cited).slice(
                0,
                th.antonymWindow,
              )
            : near
        ).map((n) => n.s);
        const other = exclusiveConflict(t, exclusiveNear);
        if (other) flags.push({ name: 'antonym-swap', span: t.value, detail: `"${t.value}" where the source says "${other}"` });
      }
      // an effect stated in the other direction of the same object (claims.ts): "decreases the risk of X" against "an increased risk of X"
      const swapped = new Set(flags.filter((f) => f.name === 'antonym-swap').map((f) => f.span));
      for (const f of [...directionFlags(claim.tokens, nearSentences), ...compoundAntonymFlags(claim.tokens, nearSentences)])
        if (!swapped.has(f.span)) flags.push(f);
      // a relation the claim denies and a source sentence states (claims.ts)
      if (!flags.some((f) => f.name === 'negation-flip' && !f.weak))
        for (const f of [...deniedRelationFlags(claim.tokens, nearSentences), ...affirmedDenialFlags(claim.tokens, nearSentences)].slice(
          0,
          1,
        ))
          flags.push(f);
      // antonyms and polarity weighed against what the sources state of the same object (claims.ts)
      flags.splice(0, flags.length, ...reviewPolarity(flags, claim.tokens, nearSentences));
    }
    // restrictive focus ("only", "solely"): the claim excludes everything else, which the sources never say
    claim.tokens.forEach((t, i) => {
      // focus on a noun phrase, number or adjective ("only home insurance", "only $35"); a focused verb
      // ("you only need to sign") is usually a hedge of manner, not a restriction of the facts
      const next = claim.tokens[i + 1];
      if (!next || next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'PART') return;
      // idioms that restrict nothing: "second only to Alibaba" (a rank), "not only X but also Y", "if only"
      const prev = claim.tokens[i - 1]?.lower ?? '';
      if (IDIOM_BEFORE_ONLY.has(prev) || /^\d+(?:st|nd|rd|th)$/.test(prev)) return;
      if (!RESTRICTIVE.has(t.lower)) return;
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
      if (uncited.length && coverAll >= th.minCoverage) wrong('most of the claim', claim.text);
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
    } else if (th.shortClaimWords > 0 && content.length <= th.shortClaimWords && novel.length >= 1) {
      // an informative novel word: in a short claim a single invented predicate adjective or participle ("the device is discontinued") is the claim;
      // so is an invented noun beside a quantity in a claim that answers no question ("built in the summer of 1887"; not against
      // scientific prose, nor in dialogue, where nouns paraphrase: measured on the dev splits)
      const explained = new Set(flags.map((f) => f.span));
      const informative = novel.filter(
        (t) =>
          (t.pos === 'ADJ' ||
            (t.pos === 'VERB' && /ed$/.test(t.lower)) ||
            (!src.question && !scientific && quantities.length > 0 && t.pos === 'NOUN' && informativeness(t) >= 1)) &&
          t.lower.length >= 6 &&
          !explained.has(t.value) &&
          !complemented.has(t) &&
          !framesQuantity(t, quantities, flags) &&
          !partOfQuantity(t, quantities),
      );
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
  const swapped =
    !abstention && src.question && content.length <= th.shortAnswerWords && !flags.some((f) => f.name === 'novel-content')
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
    let echo: string | undefined;
    if (weight >= 1)
      flags.push({
        name: 'unsupported-answer',
        span: invented.map((t) => t.value).join(', '),
        detail: `the short answer's ${invented.map((t) => `"${t.value}"`).join(', ')} never occur${invented.length === 1 ? 's' : ''} in the cited sources`,
      });
    // the answer names only the question's own topic ("Which river joins the Tweed?" "the River Tweed"; relations.ts)
    else if (
      !flags.length &&
      (echo = questionEcho(
        claim.tokens,
        src.question.sentences.flatMap((s) => s.tokens),
        src.question.text,
      ))
    )
      flags.push({ name: 'misattribution', span: claim.text, detail: echo });
    else if (!novel.length && !flags.length) {
      const role = roleMismatch(claim.tokens, src.question, src.cited);
      if (role) flags.push(role);
      else {
        // the answer bound to another relation than the one asked about, or stated away from the question's topic (relations.ts)
        const rival = answerRoleMismatch(
          claim.tokens,
          src.question.sentences.flatMap((s) => s.tokens),
          cited,
        );
        if (rival) flags.push({ name: 'misattribution', span: claim.text, detail: `the sources state what the question asks of ${rival}` });
        else {
          const wrongNumber = shortAnswerNumberMisattribution(
            claim.tokens,
            src.question.sentences.flatMap((s) => s.tokens),
            cited,
          );
          if (wrongNumber) flags.push({ name: 'misattribution', span: claim.text, detail: wrongNumber });
          else if (asksQuestion(src.question.text)) {
            // the value stated of a rival entity or in another relation; a question's name put in the answer's list (relations.ts)
            const qTokens = src.question.sentences.flatMap((s) => s.tokens);
            const contrast =
              contrastMismatch(claim.tokens, qTokens, cited) ??
              questionNameListed(claim.tokens, qTokens, cited) ??
              nearestNameNumber(claim.tokens, qTokens, cited) ??
              nearestCompoundNumber(claim.tokens, qTokens, cited) ??
              comparisonMismatch(claim.tokens, qTokens, src.question.text, cited) ??
              affirmedForBoth(claim.tokens, qTokens, cited) ??
              countedNounMismatch(claim.tokens, qTokens, cited) ??
              roleNounMismatch(claim.tokens, qTokens, cited) ??
              phraseSlotMismatch(claim.tokens, qTokens, cited) ??
              lifeEventYear(claim.tokens, qTokens, cited);
            if (contrast) flags.push({ name: 'misattribution', span: claim.text, detail: contrast });
          }
        }
      }
    }
  }
  if (
    !abstention &&
    !src.shortAnswer &&
    src.oneSentence &&
    src.question &&
    !flags.length &&
    content.length <= SENTENCE_ANSWER_WORDS &&
    whQuestion(src.question.text) &&
    !OPEN_QUESTION.test(src.question.text)
  ) {
    // a one-sentence answer to a wh-question ("It now houses a museum of rural railways."): one invented informative word
    // is the answer's own claim, below the coverage and novel-word thresholds (dev splits; dialogue turns are no wh-questions).
    // Beside quantities the evidence is weaker (words around them frame them, "valid for one day", "on Tuesday"): an invented
    // word there ("built in the summer of 1887", "every ten minutes except on holidays") is novel content, unverified
    const invented = novel.filter(
      (t) =>
        !known(t, [src.question!]) &&
        !nameFormKnown(t, cited) &&
        !(quantities.length && (framesQuantity(t, quantities, flags) || partOfQuantity(t, quantities))),
    );
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
    const key = sentenceAnswerKey(
      claim.tokens,
      src.question.sentences.flatMap((s) => s.tokens),
    );
    if (key.length) {
      const role = roleMismatch(key, src.question, src.cited);
      const rival = role
        ? undefined
        : answerRoleMismatch(
            key,
            src.question.sentences.flatMap((s) => s.tokens),
            cited,
          );
      if (role) flags.push(role);
      else if (rival)
        flags.push({ name: 'misattribution', span: claim.text, detail: `the sources state what the question asks of ${rival}` });
    }
    if (!flags.length) {
      // the value stated of a rival entity or in another relation (relations.ts)
      const qTokens = src.question.sentences.flatMap((s) => s.tokens);
      const contrast =
        contrastMismatch(claim.tokens, qTokens, cited) ??
        affirmedForBoth(claim.tokens, qTokens, cited) ??
        countedNounMismatch(claim.tokens, qTokens, cited) ??
        topicNumberMismatch(claim.tokens, qTokens, cited);
      if (contrast) flags.push({ name: 'misattribution', span: claim.text, detail: contrast });
    }
  }
  // "Yes" to a yes/no question about a name that no source states, while the sources bind the question's verb to another name
  // ("Did Henrik Berg design the bridge?" "Yes" against "designed by Clara Voss"): weak (relations.ts)
  if (!abstention && !flags.length && src.question && YES_NO_QUESTION.test(src.question.text)) {
    const rival = affirmedQuestionName(
      claim.tokens,
      src.question.sentences.flatMap((s) => s.tokens),
      cited,
      (x) => known(x, cited) || inFlat(x.value, cited) || nameFormKnown(x, cited),
    );
    if (rival) flags.push({ name: 'misattribution', span: claim.text, detail: rival, weak: true });
  }
  // nothing else found: a year moved to an event the sources state without a date, in an answer to a question (weak; relations.ts)
  if (!abstention && !flags.length && src.question && asksQuestion(src.question.text)) {
    const moved = unboundYear(claim.tokens, src.shortAnswer ? src.question.sentences.flatMap((s) => s.tokens) : undefined, cited);
    if (moved) flags.push({ name: 'misattribution', span: claim.text, detail: moved, weak: true });
  }
  if (
    !abstention &&
    PERSONAL_CUE.test(claim.text) &&
    PERSONAL.test(claim.text) &&
    content.length - novel.length <= PERSONAL_SUPPORTED_WORDS
  )
    flags.push({
      name: 'personal-statement',
      detail: "the claim states the speaker's own preference or experience, which no source supports",
    });
  // a single capital letter is a label, weak evidence of an invented name (claims.ts)
  flags.splice(
    0,
    flags.length,
    ...weakenInTranscript(
      weakenInScientificProse(
        weakenAddedQuantities(weakenTechnicalNames(weakenAddedCodes(weakenLetters(flags), claim.text, cited), cited), quantities, cited),
        scientific,
        cited,
        claim.text,
      ),
      cited,
    ),
  );
  const verdict = claimVerdict(flags, coverage, th);
  const result: ClaimResult = {
    claim: claim.text,
    verdict,
    flags,
    coverage: Math.round(coverage * 1000) / 1000,
    novelWords: novelFramed.length,
    ...(scientific ? { technicalSource: true } : {}),
  };
  contentWords.set(result, content.length);
  if (best && best.overlap > 0) result.support = { contextId: best.id, text: best.s.text };
  if (abstention) result.abstention = true;
  return result;
}

/** The content words of each checked claim (for the remarks beside a grounded claim). */
const contentWords = new WeakMap<ClaimResult, number>();
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
const chitchatFlag = (f: Flag) => f.name === 'low-coverage' || (f.name === 'novel-content' && f.detail.startsWith('in a short claim'));

/**
 * The verdict of a claim from its flags and coverage: `ungrounded` when a high-precision flag fired in
 * a claim anchored in the sources (coverage >= `minAnchor`, or a `wrong-citation`), `unverified` for
 * any other flag, else `grounded`.
 */
export function claimVerdict(flags: Flag[], coverage: number, th: Pick<Thresholds, 'minAnchor'>): Verdict {
  const anchored = coverage >= th.minAnchor || flags.some((f) => f.name === 'wrong-citation');
  if (anchored && flags.some((f) => HIGH_PRECISION_FLAGS.has(f.name) && !f.weak)) return 'ungrounded';
  return flags.length ? 'unverified' : 'grounded';
}

/** Orders verdicts from best to worst: grounded < unverified < ungrounded. */
export const VERDICT_RANK: Record<Verdict, number> = { grounded: 0, unverified: 1, ungrounded: 2 };

/** The verdict of an answer: its worst claim's verdict (an answer with no claims is grounded). */
export function answerVerdict(claims: ClaimResult[]): Verdict {
  return claims.reduce<Verdict>((v, c) => (VERDICT_RANK[c.verdict] > VERDICT_RANK[v] ? c.verdict : v), 'grounded');
}

/**
 * Checks one answer: splits it into claims (wink-nlp sentences) and checks each against the
 * contexts it cites (all contexts when `citations` is absent). Deterministic.
 */
export function checkAnswer(c: GroundingCase, thresholds: Thresholds = DEFAULT_THRESHOLDS): AnswerResult {
  const citedIds = c.citations ? new Set(c.citations) : undefined;
  const src: Sources = { cited: [], uncited: [] };
  for (const ctx of c.contexts) (citedIds && !citedIds.has(ctx.id) ? src.uncited : src.cited).push({ id: ctx.id, a: analyze(ctx.text) });
  if (c.question) src.question = analyze(c.question);
  const answer = analyze(c.answer);
  // a short answer: a verbless phrase ("Delhi", "the Weir Valley Museum", "under 35") answering a question; a dialogue
  // reply or a sentence is a claim of its own (measured on the dev splits: dialogue replies are short too)
  if (src.question && thresholds.shortAnswerWords > 0 && src.question.text.trim().endsWith('?')) {
    let words = 0;
    let verb = false;
    for (const s of answer.sentences)
      s.tokens.forEach((t, i) => {
        if (t.content) words++;
        // a capitalized word inside a name is no verb ("Warm Shore", "Cold Shore": a title the tagger reads as a verb)
        const inName = t.pos === 'VERB' && i > 0 && t.case === 'titleCase' && s.tokens[i - 1].case === 'titleCase';
        if ((t.pos === 'VERB' && !inName) || t.pos === 'AUX') verb = true;
      });
    src.shortAnswer = !verb && words > 0 && words <= thresholds.shortAnswerWords;
    src.oneSentence = answer.sentences.length === 1;
  }
  const claims: ClaimResult[] = [];
  // quantities, identifiers and overlong runs are sorted by offset, as are sentences: one sweep each (linear)
  let qi = 0;
  let ii = 0;
  let oi = 0;
  const covered = answer.overlong.map(() => false);
  for (const s of answer.sentences) {
    const end = s.start + s.text.length;
    while (qi < answer.quantities.length && answer.quantities[qi].start < s.start) qi++;
    while (ii < answer.identifiers.length && answer.identifiers[ii].start < s.start) ii++;
    while (oi < answer.overlong.length && answer.overlong[oi].end <= s.start) oi++;
    const qs: Quantity[] = [];
    for (let k = qi; k < answer.quantities.length && answer.quantities[k].start < end; k++) qs.push(answer.quantities[k]);
    const ids: Analysis['identifiers'] = [];
    for (let k = ii; k < answer.identifiers.length && answer.identifiers[k].start < end; k++) ids.push(answer.identifiers[k]);
    let long = false;
    for (let k = oi; k < answer.overlong.length && answer.overlong[k].start < end; k++) long = covered[k] = true;
    if (!long && !s.tokens.some((t) => t.type === 'word' || t.type === 'number')) continue;
    // a question asks; it states nothing to check (unless it carries quantities, identifiers or text too long to read;
    // checking the fact a question presupposes, "Did you know X?", cost the dialogue dev splits more than it gained)
    // (a run-on sentence that states something before its question is checked: dialogue.ts)
    const runOn = !long && s.text.trim().endsWith('?') && !qs.length && !ids.length;
    if (runOn && !statementBeforeQuestion(s.tokens)) continue;
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
      if (claim.verdict === 'grounded') claim.verdict = 'unverified';
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
  const out: AnswerResult = { id: c.id, verdict: answerVerdict(claims), claims };
  if (c.line !== undefined) out.line = c.line;
  return out;
}
