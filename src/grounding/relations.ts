/**
 * Claims checked as relations, not bags of words (issue 20): which value or name a word of the claim is bound to in the
 * sources. Used by check.ts:
 * - {@link antonymValueExplained}: an antonym of a source word is no swap when the sources state both sides and the claim's
 *   value is the one bound to its own side ("begins on May 1" against "starts on May 1 and ends on June 30"), or when the
 *   claim gives the complement of a stated share ("unavailable 0.1%" against "available 99.9%");
 * - {@link answerRoleMismatch}: a short answer naming someone (or a number) that the sources bind to another relation than the
 *   one the question asks about ("Who edits the Review?" "Seamus Carr" against "founded by the poet Seamus Carr and now edited
 *   by Aoife Brennan"), or stated in a sentence that lacks the question's topic while another sentence has the topic, the
 *   relation and a different name ("Where was Ed Wood born?" "Denver" against "X ... born in Denver. Ed Wood ... born in
 *   Poughkeepsie").
 *
 * The binding of a name to a verb follows the English clause: the agent or object after the verb, through prepositions,
 * determiners, role nouns and coordinated names ("designed by the engineer Clara Voss", "sold to the Corsi family in 1995",
 * "founded by Walter Hollis and Emil Brandt"), or the subject right before it ("Walter Hollis later served").
 * Pure functions over the analyses of nlp.ts; work bounded by the sentences scanned ({@link MAX_SENTENCES}).
 */
import type { Analysis, Sentence, Token } from './nlp.js';
import { flatten } from './nlp.js';
import { addTo, memoized } from './memo.js';

/** Most source sentences scanned per short answer. */
export const MAX_SENTENCES = 200;
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

const sameWord = (a: Token, b: Token) => a.lemma === b.lemma || a.stem === b.stem;
const CAPITAL = /^\p{Lu}/u;
const capitalized = (t: Token) => t.type === 'word' && CAPITAL.test(t.value);
const isVerb = (t: Token) => t.pos === 'VERB';
/**
 * A verb of the clause at tokens[j], not a noun or modifier that the tagger read as a verb ("the Danubia works", "the
 * shipping family": after a determiner or adjective, or a participle before a noun).
 */
function clauseVerb(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  // a participle the tagger read as an adjective before its agent or recipient ("is now edited by Aoife Brennan")
  if ((t.pos === 'ADJ' || isVerb(t)) && /ed$/.test(t.lower) && /^(?:by|to)$/.test(tokens[j + 1]?.lower ?? '')) return true;
  if (!isVerb(t)) return false;
  const prev = tokens[j - 1];
  const prev2 = tokens[j - 2];
  if (prev && (prev.pos === 'DET' || prev.pos === 'ADJ' || (capitalized(prev) && prev2?.pos === 'DET'))) return false;
  return !(/ing$/.test(t.lower) && tokens[j + 1]?.pos === 'NOUN');
}

/** Month and weekday names: values of a date without digits ("starts on Friday"). */
const CALENDAR =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/**
 * The value bound after a word: numbers and capitalized words after prepositions and determiners, at most 6 tokens on;
 * `lenient` also passes nouns and auxiliaries ("end date is June 30").
 */
function valueAfter(tokens: Token[], i: number, lenient = false): string {
  const out: string[] = [];
  for (let j = i + 1; j < tokens.length && j <= i + 6; j++) {
    const t = tokens[j];
    if (CLAUSE_END.has(t.lower) || t.pos === 'CCONJ' || (isVerb(t) && out.length)) break;
    if (t.type === 'number' || /^\d/.test(t.value) || capitalized(t)) out.push(t.lower);
    else if (out.length || (t.pos !== 'ADP' && t.pos !== 'DET' && !(lenient && (t.pos === 'NOUN' || t.pos === 'AUX')))) break;
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
export function antonymValueExplained(word: Token, antonym: string, claim: Token[], sentences: Sentence[], derived = false): boolean {
  const i = claim.indexOf(word);
  const value = i >= 0 ? valueAfter(claim, i) : '';
  if (!value) return false;
  // the sentences must state the claim's value, and bind another value to the antonym ("ends on June 30")
  let stated = false;
  let other = false;
  const a = antonym.toLowerCase();
  for (const s of sentences) {
    for (const [j, t] of s.tokens.entries()) {
      if (t.lower === a || t.lemma === a) {
        const v = valueAfter(s.tokens, j, true);
        // the antonym binds the claim's value: a swap
        if (v === value || v.startsWith(`${value} `)) return false;
        if (v) other = true;
      }
      const v = valueAfter(s.tokens, j);
      if (v === value || v.startsWith(`${value} `)) stated = true;
    }
  }
  return (stated || derived) && other;
}

/** One bound occurrence of a name: the verbs it is bound to in a source sentence. */
interface Binding {
  verbs: Token[];
  sentence: Sentence;
}

/** The positions of a sentence's tokens by lemma and by stem, memoized per token array ({@link phraseStarts}). */
const wordPositions = memoized((tokens: Token[]) => {
  const lemma = new Map<string, number[]>();
  const stem = new Map<string, number[]>();
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
function phraseStarts(tokens: Token[], key: Token[]): number[] {
  const out: number[] = [];
  if (!key.length) {
    for (let k = 0; k <= tokens.length; k++) out.push(k);
    return out;
  }
  const { lemma, stem } = wordPositions(tokens);
  const a = lemma.get(key[0].lemma) ?? [];
  const b = stem.get(key[0].stem) ?? [];
  // the two sorted lists merged, each position once
  for (let i = 0, j = 0; i < a.length || j < b.length;) {
    const k = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
    if (a[i] === k) i++;
    if (b[j] === k) j++;
    if (phraseAt(tokens, k, key)) out.push(k);
  }
  return out;
}

/** Whether tokens[k..] spells the key phrase (lemma or stem of each word). */
function phraseAt(tokens: Token[], k: number, key: Token[]): boolean {
  // (a loop, not key.every: called at every position of every source sentence)
  if (k < 0 || k + key.length > tokens.length) return false;
  for (let n = 0; n < key.length; n++) if (!sameWord(tokens[k + n], key[n])) return false;
  return true;
}

/**
 * The verbs a phrase at tokens[k..k+len) is bound to: the content verb before it in its clause (through at most
 * {@link BIND_WINDOW} tokens of prepositions, determiners, nouns, adjectives, numbers and other names) and the content verb
 * right after it (through auxiliaries and adverbs).
 */
function boundVerbs(tokens: Token[], k: number, len: number): Token[] {
  const out: Token[] = [];
  for (let j = k - 1; j >= 0 && j >= k - BIND_WINDOW; j--) {
    const t = tokens[j];
    if (CLAUSE_END.has(t.lower)) break;
    // a work noun before "by" binds the name ("to a libretto by Tomas Reyes", "a painting by X"), not the verb before it
    if (t.lower === 'by' && tokens[j - 1]?.pos === 'NOUN' && tokens[j - 1].type === 'word' && !clauseVerb(tokens, j - 1)) {
      out.push(tokens[j - 1]);
      break;
    }
    if (clauseVerb(tokens, j)) {
      if (!LIGHT_VERBS.has(t.lemma)) out.push(t);
      break;
    }
    if (t.pos === 'AUX' || t.pos === 'SCONJ') break;
  }
  for (let j = k + len; j < tokens.length && j <= k + len + 3; j++) {
    const t = tokens[j];
    if (CLAUSE_END.has(t.lower) || t.type === 'punctuation') break;
    if (clauseVerb(tokens, j)) {
      if (!LIGHT_VERBS.has(t.lemma)) out.push(t);
      break;
    }
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') break;
  }
  return out;
}

/** Whether the sources write a noun before "by" and a name ("a libretto by Tomas Reyes"): a work noun that binds its author. */
function worksBy(noun: Token, cited: Analysis[]): boolean {
  return cited.some((a) =>
    a.sentences.some((s) =>
      s.tokens.some(
        (t, i) =>
          sameWord(t, noun) && s.tokens[i + 1]?.lower === 'by' && capitalized(s.tokens[i + 2] ?? t) && s.tokens[i + 2] !== undefined,
      ),
    ),
  );
}

/** Every bound occurrence of a phrase in the sources (bounded by {@link MAX_SENTENCES}). */
function bindings(key: Token[], cited: Analysis[]): Binding[] {
  const out: Binding[] = [];
  let scanned = 0;
  for (const a of cited)
    for (const s of a.sentences) {
      if (++scanned > MAX_SENTENCES) return out;
      for (const k of phraseStarts(s.tokens, key)) out.push({ verbs: boundVerbs(s.tokens, k, key.length), sentence: s });
    }
  return out;
}

/** The name runs (capitalized words, numbers) of a sentence that the question does not use, with their bound verbs. */
function rivals(s: Sentence, inQuestion: (t: Token) => boolean, key: Token[]): { phrase: Token[]; verbs: Token[] }[] {
  const out: { phrase: Token[]; verbs: Token[] }[] = [];
  const toks = s.tokens;
  for (let k = 0; k < toks.length; k++) {
    const numeric = key.every((t) => t.type === 'number');
    const ok = (t: Token) => (numeric ? t.type === 'number' : capitalized(t) && !t.stop) && !inQuestion(t);
    if (!ok(toks[k]) || (k === 0 && !numeric)) continue;
    let e = k;
    while (e + 1 < toks.length && ok(toks[e + 1])) e++;
    const phrase = toks.slice(k, e + 1);
    // a name, not a capitalized adjective ("the Norwegian shipping family", "an American film")
    if (!numeric && phrase.every((t) => t.pos === 'ADJ')) {
      k = e;
      continue;
    }
    // (nor a part of the answer's own name: "Holm sings" for the answer "Lina Holm")
    if (
      !phrase.every((t, n) => key[n] && sameWord(t, key[n])) &&
      !key.every((x) => phrase.some((t) => sameWord(t, x))) &&
      !phrase.every((t) => key.some((x) => sameWord(t, x)))
    )
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
function answerKey(claim: Token[], inQuestion: (t: Token) => boolean): Token[] {
  if (claim.filter((t) => t.content).length > ROLE_ANSWER_WORDS) return [];
  const run = (ok: (t: Token) => boolean) => {
    const k = claim.findIndex(ok);
    if (k < 0) return [];
    let e = k;
    while (e + 1 < claim.length && ok(claim[e + 1])) e++;
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
export function answerRoleMismatch(claim: Token[], question: Token[], cited: Analysis[]): string | undefined {
  const inQuestion = (t: Token) => question.some((x) => sameWord(x, t));
  const answer = answerKey(claim, inQuestion);
  if (!answer.length) return undefined;
  const found = bindings(answer, cited);
  if (!found.length) return undefined;
  // 1. verb binding
  // the question's verbs; a word right after "who" is one whatever its tag ("Who edits ...?")
  // (and the last word of "Where does the trail end?", which the tagger reads as a noun)
  const doQuestion = /^(?:do|does|did)$/.test(question[1]?.lower ?? '');
  const qVerbs = question.filter(
    (t, i) =>
      (isVerb(t) ||
        (i === 1 && question[0].lower === 'who' && t.case === 'lowerCase' && t.type === 'word' && !t.stop) ||
        (doQuestion && question[i + 1]?.value === '?' && t.case === 'lowerCase' && t.type === 'word' && !t.stop)) &&
      !LIGHT_VERBS.has(t.lemma),
  );
  // a work noun of the question that binds a name in the sources ("Who wrote the libretto?" against "a libretto by Tomas Reyes")
  if (qVerbs.length)
    for (const t of question) if (t.pos === 'NOUN' && t.type === 'word' && worksBy(t, cited) && !qVerbs.includes(t)) qVerbs.push(t);
  if (qVerbs.length) {
    const answerVerbs = found.flatMap((b) => b.verbs);
    const bindsAsked = (verbs: Token[]) => verbs.some((v) => qVerbs.some((q) => sameWord(v, q)));
    // an answer bound to no verb counts when no sentence of it uses the question's verb, and the rival's sentence names the
    // question's topic ("Who directed The Tempest at the Vessel?" "Tomas Berg" against "its current artistic director is
    // Tomas Berg" and "The Tempest directed by Rosa Lind")
    const usesVerb = (s: Sentence) => s.tokens.some((t) => qVerbs.some((q) => sameWord(t, q)));
    const unbound = !answerVerbs.length && !found.some((b) => usesVerb(b.sentence));
    const topic = question.filter((t, i) => i > 0 && capitalized(t) && !t.stop);
    const numeric = answer.every((t) => t.type === 'number');
    const sameKind = (r: Token[]) => !numeric || isYear(numberValue(r[0]) ?? '') === isYear(numberValue(answer[0]) ?? '');
    if ((answerVerbs.length && !bindsAsked(answerVerbs)) || (unbound && topic.length)) {
      let scanned = 0;
      for (const a of cited)
        for (const s of a.sentences) {
          if (++scanned > MAX_SENTENCES) return undefined;
          if (!usesVerb(s)) continue;
          if (!answerVerbs.length && !topic.some((n) => s.tokens.some((x) => sameWord(x, n)))) continue;
          const r = rivals(s, inQuestion, answer).find((x) => bindsAsked(x.verbs) && sameKind(x.phrase));
          if (r) return `"${r.phrase.map((t) => t.value).join(' ')}" (${r.verbs.map((v) => v.value).join(', ')})`;
        }
    }
  }
  // 3. a head noun bound to another name ("the river Wendham" where the sources say "the river Tane")
  const head = headNounMismatch(claim, answer, cited);
  if (head) return head;
  // 4. a list sibling singled out with the question's topic ("Kibo, Mawenzi and Shira ... Uhuru Peak lies on Kibo")
  const sibling = listSibling(answer, found, question, inQuestion, cited);
  if (sibling) return sibling;
  // 2. topic
  const qNames = question.filter((t) => capitalized(t) && !t.stop && question.indexOf(t) > 0);
  const qTerms = question.filter((t) => t.content && t.type === 'word' && !t.stop);
  if (!qNames.length) return undefined;
  const has = (s: Sentence, t: Token) => s.tokens.some((x) => sameWord(x, t));
  if (found.some((b) => qNames.some((n) => has(b.sentence, n)))) return undefined;
  // each sentence stating the answer is about another named entity: it opens with a name (not a pronoun, which may refer
  // to the question's topic: "It was shot in Oregon") that the question does not use
  const aboutOther = (s: Sentence) => {
    const first = s.tokens.find((t) => t.type === 'word');
    // an answer that opens its sentence is its subject ("Bergen hosts it"): the sentence is about the answer
    return (
      first !== undefined &&
      capitalized(first) &&
      !first.stop &&
      first.pos === 'PROPN' &&
      !inQuestion(first) &&
      !answer.some((x) => sameWord(x, first))
    );
  };
  if (!found.every((b) => aboutOther(b.sentence))) return undefined;
  const answerTerms = new Set(found.flatMap((b) => qTerms.filter((t) => has(b.sentence, t))));
  let scanned = 0;
  for (const a of cited)
    for (const s of a.sentences) {
      if (++scanned > MAX_SENTENCES) return undefined;
      if (found.some((b) => b.sentence === s)) continue;
      if (![...answerTerms].every((t) => has(s, t)) || !qNames.every((n) => has(s, n))) continue;
      const covered = qTerms.filter((t) => has(s, t)).length;
      if (covered < answerTerms.size + 2) continue;
      const r = rivals(s, inQuestion, answer)[0];
      if (r) return `"${r.phrase.map((t) => t.value).join(' ')}" in "${s.text.slice(0, 120)}"`;
    }
  return undefined;
}

/** Words that end a clause of a sentence with parallel facts ("X won 87 times and Y 79 times"). */
const PARALLEL_BREAK = new Set([',', ';', 'and', 'while', 'whereas', 'but', 'or']);
/** A run of name words, tokens[start..end), with their lower-case forms. */
interface NameRun {
  start: number;
  end: number;
  words: string[];
  /** the words joined by spaces */
  key: string;
}
/** The name runs of a sentence ({@link findNameRuns}), memoized per token array (source sentences are searched again for every claim). */
const nameRuns: (tokens: Token[]) => readonly NameRun[] = memoized(findNameRuns);
/** A word of a name run: capitalized, not a stop word. */
const nameWord = (t: Token) => capitalized(t) && !t.stop;
/** The name runs of a sentence: capitalized, not stop words, not the first word of the sentence. */
function findNameRuns(tokens: Token[]): NameRun[] {
  const out: NameRun[] = [];
  const first = tokens.findIndex((t) => t.type === 'word');
  for (let k = 0; k < tokens.length; k++) {
    if (!nameWord(tokens[k])) continue;
    let e = k;
    while (e + 1 < tokens.length && nameWord(tokens[e + 1])) e++;
    // a sentence-initial word alone is a name only when tagged so ("Wendham has won", not "Yesterday"); in a run it is one
    if (!(k === first && e === k && tokens[k].pos !== 'PROPN')) {
      const words = tokens.slice(k, e + 1).map((t) => t.lower);
      out.push({ start: k, end: e + 1, words, key: words.join(' ') });
    }
    k = e;
  }
  return out;
}
const numberValue = (t: Token) => (t.type !== 'number' ? undefined : t.value.includes(',') ? t.value.replace(/,/g, '') : t.value);
/** Whether tokens[j] is a part of a decimal number that the tokenizer split ("1.2" read as "1", "_", "2"). */
const inDecimal = (tokens: Token[], j: number) => tokens[j + 1]?.value === '_' || tokens[j - 1]?.value === '_';
const isYear = (v: string) => /^\d{4}$/.test(v) && +v >= 1000 && +v <= 2100;
/** The first position of each number of a sentence, by its value ({@link numberValue}; not a part of a split decimal), memoized. */
const numberPositions = memoized((tokens: Token[]) => {
  const first = new Map<string, number>();
  for (const [j, x] of tokens.entries()) {
    const v = numberValue(x);
    if (v !== undefined && !first.has(v) && !inDecimal(tokens, j)) first.set(v, j);
  }
  return first;
});
/**
 * The sentences of an analysis that state each number ({@link numberPositions}), in order, with the sentence's index in the
 * analysis and the number's first position in it; memoized (a claim's numbers are looked up here, not in every sentence).
 */
const sentencesByNumber = memoized((a: Analysis) => {
  const out = new Map<string, { s: Sentence; index: number; k: number }[]>();
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
function clauses(tokens: Token[]): number[] {
  const out: number[] = [];
  let c = 0;
  for (const t of tokens) out.push(PARALLEL_BREAK.has(t.lower) ? ++c : c);
  return out;
}

/**
 * A number attached to the wrong entity (issue 20): the claim binds a stated number to a name, but the source sentence that
 * states both gives the number to another name in a parallel clause, and the claim's name its own number of the same kind
 * ("Brackley has won 87 times and Wendham 79 times": "Wendham has won 87 times"; "The Oberoi Group was founded in 1934 and
 * Taj Hotels in 1903": "Taj Hotels was founded in 1934"). Both names stand in one sentence, so no coreference is guessed.
 * @returns a description of the misattribution, or undefined
 */
export function numberMisattribution(claim: Token[], cited: Analysis[]): string | undefined {
  const claimNames = nameRuns(claim);
  if (!claimNames.length) return undefined;
  const cc = clauses(claim);
  const inClaim = (words: string[]) => claimNames.some((n) => n.words.some((w) => words.includes(w)));
  // at most MAX_SENTENCES source sentences are scanned in all, each number's scan going through every cited sentence in
  // order: only the sentences that state the number are visited (sentencesByNumber), the count goes on as if all were
  const total = cited.reduce((sum, a) => sum + a.sentences.length, 0);
  let scanned = 0;
  for (let i = 0; i < claim.length; i++) {
    const t = claim[i];
    if (t.type !== 'number') continue;
    const n = numberValue(t) as string;
    // the claim's names in the number's clause
    const owners = claimNames.filter((r) => cc[r.start] === cc[i]);
    let before = 0;
    for (const a of cited) {
      for (const { s, index, k } of sentencesByNumber(a).get(n) ?? []) {
        if (scanned + before + index + 1 > MAX_SENTENCES) return undefined;
        const sc = clauses(s.tokens);
        const runs = nameRuns(s.tokens);
        for (const owner of owners) {
          const mine = runs.filter((r) => r.key === owner.key);
          if (!mine.length || mine.some((r) => sc[r.start] === sc[k])) continue;
          // another name, which the claim does not mention, holds the number
          const other = runs.find((r) => sc[r.start] === sc[k] && !inClaim(r.words));
          if (!other) continue;
          // and the claim's name holds a number of the same kind in its own clause
          const own = s.tokens.find(
            (x, j) =>
              mine.some((r) => sc[r.start] === sc[j]) &&
              numberValue(x) !== undefined &&
              numberValue(x) !== n &&
              isYear(numberValue(x)!) === isYear(n),
          );
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
    if (scanned > MAX_SENTENCES) return undefined;
    // across sentences: "Brackley has won the race 87 times. Wendham has won it 79 times." (each sentence opens with its name)
    const across = parallelSentences(n, owners, inClaim, cited);
    if (across) return across;
  }
  return undefined;
}

/** The name run that opens a sentence (its subject), if any; memoized. */
const subjectRuns = memoized((tokens: Token[]) =>
  nameRuns(tokens).find((r) => tokens.slice(0, r.start).every((t) => t.stop && t.type === 'word')),
);
const subjectRun = (s: Sentence) => subjectRuns(s.tokens);

/**
 * {@link numberMisattribution} across sentences: the number opens a sentence about another name, a sentence about the
 * claim's name states another number with the same word after it ("87 times" / "79 times"), and no sentence states the
 * number together with the claim's name.
 */
function parallelSentences(
  n: string,
  owners: { words: string[] }[],
  inClaim: (words: string[]) => boolean,
  cited: Analysis[],
): string | undefined {
  if (!owners.length) return undefined;
  const sentences = cited.flatMap((a) => a.sentences).slice(0, MAX_SENTENCES);
  for (const owner of owners) {
    const key = owner.words.join(' ');
    const named = (s: Sentence) => nameRuns(s.tokens).some((r) => r.key === key);
    if (sentences.some((s) => named(s) && s.tokens.some((x) => numberValue(x) === n))) continue;
    for (const s of sentences) {
      const k = s.tokens.findIndex((x) => numberValue(x) === n);
      const subject = k >= 0 ? subjectRun(s) : undefined;
      if (!subject || inClaim(subject.words) || subject.key === key) continue;
      const unit = s.tokens[k + 1]?.lemma;
      if (!unit || s.tokens[k + 1].type !== 'word') continue;
      for (const o of sentences) {
        const sub = subjectRun(o);
        if (o === s || !sub || sub.key !== key) continue;
        const j = o.tokens.findIndex((x, i) => numberValue(x) !== undefined && numberValue(x) !== n && o.tokens[i + 1]?.lemma === unit);
        if (j >= 0 && isYear(numberValue(o.tokens[j])!) === isYear(n))
          return `the sources give ${n} ${s.tokens[k + 1].value} to "${subject.words.join(' ')}" and ${o.tokens[j].value} ${o.tokens[j + 1].value} to "${key}"`;
      }
    }
  }
  return undefined;
}

/** Agent and patient names of a verb occurrence at tokens[i] (passive: "Y was founded by X"; active: "X founded Y"). */
function roles(tokens: Token[], i: number): { agent: string[][]; patient: string[][] } | undefined {
  const runs = nameRuns(tokens);
  const before = runs.filter(
    (r) => r.end <= i && i - r.end <= 6 && !tokens.slice(r.end, i).some((t) => CLAUSE_END.has(t.lower) && t.lower !== ','),
  );
  const subject = before.length ? [before[before.length - 1].words] : [];
  // "by" within three tokens after the verb: the agent, every name of the by-phrase up to the clause end
  const by = tokens.slice(i + 1, i + 4).findIndex((t) => t.lower === 'by');
  const after = (from: number) => {
    const out: string[][] = [];
    for (let j = from; j < tokens.length && j <= from + BIND_WINDOW; j++) {
      const t = tokens[j];
      if (CLAUSE_END.has(t.lower) || (isVerb(t) && j > from)) break;
      const r = runs.find((x) => x.start === j);
      if (r) {
        out.push(r.words);
        j = r.end - 1;
      }
    }
    return out;
  };
  if (by >= 0) return { agent: after(i + 2 + by), patient: subject };
  const passive = tokens.slice(Math.max(0, i - 2), i).some((t) => t.lemma === 'be');
  if (passive) return undefined;
  // the direct object: a name right after the verb, through determiners and adjectives only ("designed the Meridian Bridge")
  let j = i + 1;
  while (j < tokens.length && j <= i + 3 && (tokens[j].pos === 'DET' || tokens[j].pos === 'ADJ') && !capitalized(tokens[j])) j++;
  const object = runs.find((r) => r.start === j);
  return { agent: subject, patient: object ? [object.words] : [] };
}
const sameName = (a: string[], b: string[]) => a[a.length - 1] === b[b.length - 1];
/** Whether one of the names is the name `n` ({@link sameName}). */
const hasName = (xs: string[][], n: string[]) => xs.some((x) => sameName(x, n));

/**
 * Roles swapped between two names that both occur in the sources: the claim's agent is the sources' patient of the same verb
 * and its patient their agent ("The Meridian Bridge designed Clara Voss", "Clara Voss was designed by the Meridian Bridge"
 * against "The Meridian Bridge was designed by Clara Voss"), and no source sentence binds them the claim's way.
 * @returns a description of the swap, or undefined
 */
export function roleSwap(claim: Token[], cited: Analysis[]): string | undefined {
  const v = claim.findIndex((t, i) => clauseVerb(claim, i) && !LIGHT_VERBS.has(t.lemma));
  if (v < 0) return undefined;
  const c = roles(claim, v);
  if (!c || c.agent.length !== 1 || c.patient.length !== 1) return undefined;
  const [agent] = c.agent;
  const [patient] = c.patient;
  if (sameName(agent, patient)) return undefined;
  let swapped = false;
  let scanned = 0;
  for (const a of cited)
    for (const s of a.sentences) {
      if (++scanned > MAX_SENTENCES) return undefined;
      // the occurrences of the claim's verb
      for (const i of phraseStarts(s.tokens, [claim[v]])) {
        if (!clauseVerb(s.tokens, i)) continue;
        const r = roles(s.tokens, i);
        if (!r) continue;
        if (hasName(r.agent, agent) && hasName(r.patient, patient)) return undefined;
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
export function writtenAsName(word: string, cited: Analysis[]): boolean {
  return cited.some((a) => {
    let set = nameWordCache.get(a);
    if (!set) {
      set = new Set();
      for (const s of a.sentences) {
        const first = s.tokens.findIndex((t) => t.type === 'word');
        s.tokens.forEach((t, i) => {
          if (i > first && capitalized(t)) set!.add(t.value);
        });
      }
      nameWordCache.set(a, set);
    }
    return set.has(word);
  });
}
/** The capitalized words of an analysis that are not sentence-initial (memoized per analysis). */
const nameWordCache = new WeakMap<Analysis, Set<string>>();

/**
 * The names a distributive claim without names of its own speaks of: "They were both founded in Ohio" answering "Where
 * were the Platform team and the Data Institute founded?" says it of the question's names. Empty unless the claim says
 * "both" or "each" and the question names at least two.
 */
export function distributiveQuestionNames(claim: Token[], question: Token[] | undefined): Token[][] {
  if (!question || !claim.some((t) => t.lower === 'both' || t.lower === 'each')) return [];
  const runs = nameRuns(question).map((r) => question.slice(r.start, r.end));
  return runs.length >= 2 ? runs : [];
}

/** Whether a name phrase occurs within `gap` tokens of a token matching `noun` in a sentence. */
function near(tokens: Token[], key: Token[], noun: Token, gap: number): boolean {
  for (let k = 0; k + key.length <= tokens.length; k++) {
    if (!phraseAt(tokens, k, key)) continue;
    for (let j = Math.max(0, k - gap); j < Math.min(tokens.length, k + key.length + gap); j++) if (sameWord(tokens[j], noun)) return true;
  }
  return false;
}

/**
 * A short answer that puts a common noun next to a name ("the river Wendham", "the Marchetti family") where the sources put
 * that noun next to another name ("the river Tane", "the Corsi family") and never near this one.
 */
function headNounMismatch(claim: Token[], answer: Token[], cited: Analysis[]): string | undefined {
  const k = claim.indexOf(answer[0]);
  const e = claim.indexOf(answer[answer.length - 1]);
  const nouns = [claim[k - 1], claim[e + 1]].filter(
    (t): t is Token => t !== undefined && t.type === 'word' && t.case === 'lowerCase' && t.pos === 'NOUN' && !t.stop,
  );
  for (const noun of nouns) {
    let rival: string | undefined;
    let scanned = 0;
    for (const a of cited)
      for (const s of a.sentences) {
        if (++scanned > MAX_SENTENCES) return undefined;
        if (near(s.tokens, answer, noun, 3)) return undefined;
        s.tokens.forEach((t, j) => {
          if (!sameWord(t, noun)) return;
          const next = s.tokens[j + 1];
          const prev = s.tokens[j - 1];
          const other = [next, prev].find((x) => x !== undefined && capitalized(x) && !x.stop && !answer.some((y) => sameWord(x, y)));
          if (other) rival ??= `"${noun.value} ${other.value}"`;
        });
      }
    if (rival) return `${rival}, never "${noun.value}" with "${answer.map((t) => t.value).join(' ')}"`;
  }
  return undefined;
}

/** The items of a coordinated list holding the token at k ("Kibo, Mawenzi and Shira"): capitalized words joined by , / and / or. */
function listAround(tokens: Token[], k: number): Token[] {
  const items: Token[] = [];
  const sep = (t: Token | undefined) => t !== undefined && (t.value === ',' || t.lower === 'and' || t.lower === 'or');
  let j = k;
  while (j - 2 >= 0 && sep(tokens[j - 1]) && capitalized(tokens[j - 2])) j -= 2;
  for (; j < tokens.length && capitalized(tokens[j]); j += 2) {
    items.push(tokens[j]);
    if (!sep(tokens[j + 1])) break;
    // "and" after a comma ("A, B, and C")
    if (tokens[j + 1].value === ',' && tokens[j + 2]?.lower === 'and') j++;
  }
  return items.length >= 3 || (items.length === 2 && items.includes(tokens[k])) ? items : [];
}

/**
 * A short answer that is one item of a list in the sources, while another sentence names a sibling of that list together with
 * a name of the question that no sentence of the answer has ("On which cone is Uhuru Peak?" "Mawenzi" against "three cones:
 * Kibo, Mawenzi and Shira. Its summit, Uhuru Peak, lies on Kibo").
 */
function listSibling(
  answer: Token[],
  found: Binding[],
  question: Token[],
  inQuestion: (t: Token) => boolean,
  cited: Analysis[],
): string | undefined {
  if (answer.length !== 1 || answer[0].type === 'number') return undefined;
  const qNames = question.filter((t, i) => i > 0 && capitalized(t) && !t.stop);
  const siblings = new Set<string>();
  for (const b of found) {
    const k = b.sentence.tokens.findIndex((t) => sameWord(t, answer[0]));
    for (const t of listAround(b.sentence.tokens, k)) if (!sameWord(t, answer[0]) && !inQuestion(t)) siblings.add(t.lower);
  }
  if (!siblings.size) return undefined;
  const has = (s: Sentence, t: Token) => s.tokens.some((x) => sameWord(x, t));
  const topic = qNames.filter((n) => !found.some((b) => has(b.sentence, n)));
  if (!topic.length) return undefined;
  let scanned = 0;
  for (const a of cited)
    for (const s of a.sentences) {
      if (++scanned > MAX_SENTENCES) return undefined;
      if (found.some((b) => b.sentence === s) || !topic.some((n) => has(s, n))) continue;
      const sib = s.tokens.find((t) => siblings.has(t.lower));
      if (sib) return `"${sib.value}", which the sources state with "${topic.map((t) => t.value).join(' ')}"`;
    }
  return undefined;
}

/**
 * {@link numberMisattribution} for a short answer, whose name or number is bound to the question's ("When was Taj Hotels
 * founded?" "1934"; "Who has won the race 87 times?" "Wendham"): the answer and the question read as one clause.
 */
export function shortAnswerNumberMisattribution(claim: Token[], question: Token[], cited: Analysis[]): string | undefined {
  return numberMisattribution(
    [...claim.filter((t) => !PARALLEL_BREAK.has(t.lower)), ...question.filter((t) => !PARALLEL_BREAK.has(t.lower))],
    cited,
  );
}

/**
 * Sets of mutually exclusive words (a compass direction, a frequency, a season): each word maps to its value in the set.
 * A claim word of one value where the source uses another value of the same set is a swap ("flows north" against "flows
 * south"; "a weekly magazine" against "a quarterly"), like an antonym of lexicon.ts.
 */
const EXCLUSIVE: ReadonlyMap<string, string> = new Map(
  (
    [
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
    ] as const
  ).flatMap(([set, spec]) => spec.split(' ').map((x) => [x.split(':')[0], `${set}:${x.split(':')[1]}`] as [string, string])),
);

/**
 * The source word of the same exclusive set as a claim word but of another value, in the given sentences, when those
 * sentences never use the claim word's value; else undefined.
 */
export function exclusiveConflict(t: Token, sentences: Sentence[]): string | undefined {
  const mine = EXCLUSIVE.get(t.lower) ?? EXCLUSIVE.get(t.lemma);
  if (!mine) return undefined;
  const set = mine.split(':')[0];
  let hit: string | undefined;
  for (const s of sentences)
    for (const x of s.tokens) {
      const v = EXCLUSIVE.get(x.lower) ?? EXCLUSIVE.get(x.lemma);
      if (!v || v.split(':')[0] !== set) continue;
      if (v === mine) return undefined;
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
export function claimBindingMismatch(claim: Token[], cited: Analysis[]): string | undefined {
  const keys: Token[][] = [];
  // names of real words ("T" in "T cells" is no name), and years: a count or an amount binds to too many verbs ("offered
  // $500 and a 30-day trial"); measured on the SummEdits dev split
  for (const r of nameRuns(claim)) if (r.words.join('').length >= 3) keys.push(claim.slice(r.start, r.end));
  for (const t of claim) if (t.type === 'number' && isYear(numberValue(t) ?? '')) keys.push([t]);
  for (const key of keys.slice(0, 6)) {
    const k = claim.indexOf(key[0]);
    const verbs = boundVerbs(claim, k, key.length);
    if (!verbs.length) continue;
    const found = bindings(key, cited);
    const sourceVerbs = found.flatMap((b) => b.verbs);
    if (!sourceVerbs.length || sourceVerbs.some((v) => verbs.some((w) => sameWord(v, w)))) continue;
    const numeric = key[0].type === 'number';
    const inClaim = (t: Token) => claim.some((x) => sameWord(x, t));
    let scanned = 0;
    for (const a of cited)
      for (const s of a.sentences) {
        if (++scanned > MAX_SENTENCES) return undefined;
        if (!s.tokens.some((t) => verbs.some((v) => sameWord(t, v)))) continue;
        const r = rivals(s, inClaim, key).find(
          (x) =>
            x.verbs.some((v) => verbs.some((w) => sameWord(v, w))) &&
            (!numeric || isYear(numberValue(x.phrase[0]) ?? '') === isYear(numberValue(key[0]) ?? '')),
        );
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
export function sentenceAnswerKey(claim: Token[], question: Token[]): Token[] {
  const inQuestion = (t: Token) => question.some((x) => sameWord(x, t));
  for (const r of nameRuns(claim)) {
    const run = claim.slice(r.start, r.end).filter((t) => !inQuestion(t));
    if (run.length && r.words.join('').length >= 3) return run;
  }
  return [];
}

/** A question proper (one sentence, a wh-word or an auxiliary first, a question mark last), not a dialogue turn. */
const QUESTION =
  /^\s*(?:(?:in|on|at|to|from|for|by|with|of|during|after|before)\s+(?:which|what|whom|whose)\b|who|whom|whose|what|which|when|where|why|how|is|are|was|were|do|does|did|can|could|has|have|had|will|would|should)\b[^?.!]*\?\s*$/i;
/** Whether a text is a question proper, to which a sentence answer's relation is checked. */
export const asksQuestion = (text: string): boolean => QUESTION.test(text);

/**
 * A name of three or more words whose every adjacent pair occurs in the sources but not one of its runs of three words
 * ("Northern Data Institute" against "Northern Data Systems" and "the Data Institute"): a name assembled from parts of
 * different names. Returns the first run of three words the sources never write, or undefined.
 * @param stated whether the sources (or the question) write a phrase, as flattened text
 */
export function assembledName(name: Token[], stated: (phrase: string) => boolean): string | undefined {
  if (name.length < 3 || stated(name.map((t) => t.value).join(' '))) return undefined;
  for (let i = 0; i + 3 <= name.length; i++) {
    const triple = name
      .slice(i, i + 3)
      .map((t) => t.value)
      .join(' ');
    if (!stated(triple)) return triple;
  }
  return undefined;
}

/** The subject phrase of a clause: its content words before the first verb, and its head (the last noun among them). */
function subjectPhrase(tokens: Token[]): { head: Token; mods: Token[] } | undefined {
  const words: Token[] = [];
  for (const [i, t] of tokens.entries()) {
    // a participle before a noun is a modifier ("Paid keys", "Managed clusters")
    const modifier = t.pos === 'VERB' && (tokens[i + 1]?.pos === 'NOUN' || tokens[i + 1]?.pos === 'PROPN');
    if ((t.pos === 'VERB' && !modifier) || t.pos === 'AUX' || t.type === 'punctuation') break;
    // (a word the tagger cannot place is a modifier too: "pro" in "the pro tier")
    if ((t.content || (t.pos === 'X' && !t.stop && t.lower.length > 1)) && t.type === 'word') words.push(t);
  }
  const h = words.findLastIndex((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  if (h < 1 || h !== words.length - 1) return undefined;
  return { head: words[h], mods: words.slice(0, h) };
}

/**
 * The independent clauses of a sentence: split at a semicolon, and at a comma followed by "while", "whereas", "but" or
 * "and" and a determiner ("..., while the pro tier ..."). A sentence without such a break is one clause.
 */
function independentClauses(tokens: Token[]): Token[][] {
  const out: Token[][] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const semi = t.value === ';';
    const joined = t.value === ',' && /^(?:while|whereas|but|and)$/.test(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.pos === 'DET';
    if (!semi && !joined) continue;
    if (i > from) out.push(tokens.slice(from, i));
    from = semi ? i + 1 : i + 2;
  }
  if (from < tokens.length) out.push(tokens.slice(from));
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
export function subjectNumberMismatch(claim: Token[], cited: Analysis[]): string | undefined {
  const mine = subjectPhrase(claim);
  if (!mine) return undefined;
  const numbers = claim.filter((t) => numberValue(t) !== undefined && !isYear(numberValue(t)!));
  if (!numbers.length) return undefined;
  // each independent clause of a source sentence has its own subject ("The free tier includes 5 GB; the pro tier includes 1 TB")
  const sentences = cited
    .flatMap((a) => a.sentences)
    .slice(0, MAX_SENTENCES)
    .flatMap((s) => independentClauses(s.tokens).map((tokens) => ({ tokens })));
  const subjects = sentences.map((s) => subjectPhrase(s.tokens));
  const same = (p: { head: Token; mods: Token[] } | undefined) =>
    p !== undefined && sameWord(p.head, mine.head) && mine.mods.every((m) => p.mods.some((x) => sameWord(x, m)));
  const ownSentences = sentences.filter((_s, i) => same(subjects[i]));
  if (!ownSentences.length) return undefined;
  for (const t of numbers) {
    const n = numberValue(t)!;
    const states = (s: { tokens: Token[] }) => s.tokens.some((x) => numberValue(x) === n);
    if (ownSentences.some(states)) continue;
    const stating = sentences.filter(states);
    if (!stating.length) continue;
    const others = stating.map((s) => subjectPhrase(s.tokens));
    // every sentence stating the number is about the same head with another modifier
    if (
      others.every(
        (p) =>
          p !== undefined &&
          sameWord(p.head, mine.head) &&
          !mine.mods.some((m) => p.mods.some((x) => sameWord(x, m))) &&
          p.mods.some((x) => !claim.some((c) => sameWord(c, x))),
      )
    ) {
      const other = others[0]!;
      return `the sources give ${t.value} to "${[...other.mods, other.head].map((x) => x.value).join(' ')}", not to "${[...mine.mods, mine.head].map((x) => x.value).join(' ')}"`;
    }
  }
  return undefined;
}

/** Adjectives that judge rather than describe ("a popular song", "the main ingredient"): a paraphrase, not an invented fact. */
const EVALUATIVE = new Set(
  'popular main good great best famous important major big small large new old nice fine key huge real true whole'.split(' '),
);

/**
 * A modifier swapped for an invented one (issue 20, "one invented word under the thresholds"): a novel adjective (or noun
 * modifier) of the claim right before a noun that the sources modify with another word the claim does not use (not a comparative, superlative or
 * evaluative adjective: "the biggest icons", "a popular song") ("retried with linear backoff"
 * against "retried with exponential backoff"). `novel` are the claim's content words the sources never use.
 * @returns the claim's adjective, the noun and the source's adjective, or undefined
 */
export function modifierSwap(
  claim: Token[],
  novel: Token[],
  cited: Analysis[],
): { word: string; noun: string; source: string } | undefined {
  const sentences = cited.flatMap((a) => a.sentences).slice(0, MAX_SENTENCES);
  for (const t of novel) {
    if ((t.pos !== 'ADJ' && t.pos !== 'NOUN') || EVALUATIVE.has(t.lemma) || /(?:est|er)$/.test(t.lower)) continue;
    const noun = claim[claim.indexOf(t) + 1];
    if (!noun || noun.pos !== 'NOUN' || !noun.content) continue;
    for (const s of sentences)
      for (let k = 1; k < s.tokens.length; k++) {
        const m = s.tokens[k - 1];
        if (!sameWord(s.tokens[k], noun) || (m.pos !== 'ADJ' && m.pos !== 'NOUN') || !m.content || claim.some((c) => sameWord(c, m)))
          continue;
        // the same statement: the sentence shares two more of the claim's content words ("webhooks", "retried")
        const shared = claim.filter((c) => c.content && c !== t && c !== noun && s.tokens.some((x) => sameWord(x, c))).length;
        if (shared < 2) continue;
        return { word: t.value, noun: noun.value, source: m.value };
      }
  }
  return undefined;
}

/** An adjective ending in "-est" after a letter ("largest", "highest"). */
const superlative = (t: Token) => t.pos === 'ADJ' && t.type === 'word' && t.lower.endsWith('est') && /[a-z]est$/.test(t.lower);
const ORDINAL_RANK = /^(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))$/i;
/** The rank written before the token at k ("second-largest", "3rd largest"), if any. */
function rankBefore(tokens: Token[], k: number): string | undefined {
  let j = k - 1;
  if (tokens[j]?.value === '-') j--;
  const t = tokens[j];
  return t && ORDINAL_RANK.test(t.value) ? t.value : undefined;
}

/** The positions of each word (lower case) in the first {@link MAX_SENTENCES} sentences of an analysis, in order; memoized. */
const occurrences = memoized((a: Analysis) => {
  const out = new Map<string, { tokens: Token[]; k: number }[]>();
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
export function droppedRank(claim: Token[], cited: Analysis[]): { word: string; source: string } | undefined {
  for (let i = 0; i < claim.length; i++) {
    const t = claim[i];
    if (!superlative(t) || rankBefore(claim, i)) continue;
    let ranked: string | undefined;
    let bare = false;
    for (const a of cited)
      for (const { tokens, k } of occurrences(a).get(t.lower) ?? []) {
        const r = rankBefore(tokens, k);
        if (r) ranked ??= `${r} ${tokens[k].value}`;
        else bare = true;
      }
    if (ranked && !bare) return { word: t.value, source: ranked };
  }
  // the reverse: a rank the sources never give ("the second highest peak" against "the highest peak")
  for (let i = 0; i < claim.length; i++) {
    const t = claim[i];
    const rank = superlative(t) ? rankBefore(claim, i) : undefined;
    if (!rank) continue;
    let ranked = false;
    let bare: string | undefined;
    for (const a of cited)
      for (const { tokens, k } of occurrences(a).get(t.lower) ?? []) {
        if (rankBefore(tokens, k)) ranked = true;
        else bare ??= tokens[k].value;
      }
    if (bare && !ranked) return { word: `${rank} ${t.value}`, source: bare };
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
function contrastClauses(tokens: Token[]): Token[][] {
  const out: Token[][] = [];
  let cur: Token[] = [];
  let subject: Token[] = [];
  const flush = () => {
    if (!cur.length) return;
    const first = cur.find((t) => t.type === 'word' && !t.stop);
    const withSubject = first && isVerb(first) && cur.indexOf(first) <= 1 ? [...subject, ...cur] : cur;
    out.push(withSubject);
    if (!(first && isVerb(first)))
      subject = cur.slice(
        0,
        Math.max(
          0,
          cur.findIndex((t) => isVerb(t) || t.pos === 'AUX'),
        ),
      );
    cur = [];
  };
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    const cut =
      t.value === ';' ||
      t.value === ',' ||
      ['while', 'whereas', 'but'].includes(t.lower) ||
      (t.lower === 'and' && next !== undefined && (DETERMINERS.has(next.lower) || next.pos === 'PROPN' || isVerb(next)));
    if (cut) flush();
    else cur.push(t);
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
export function contrastMismatch(claim: Token[], question: Token[], cited: Analysis[]): string | undefined {
  const inQuestion = (t: Token) => question.some((x) => sameWord(x, t));
  // the answer's value: its content words (not verbs) that the question does not use, at most four
  const answer = claim.filter((t) => t.content && t.type === 'word' && !isVerb(t) && !inQuestion(t));
  if (!answer.length || answer.length > 4) return undefined;
  const inAnswer = (t: Token) => answer.some((x) => sameWord(x, t));
  const sentenceOf = new Map<Token[], number>();
  const clausesOf = cited
    .flatMap((a) => a.sentences)
    .slice(0, MAX_SENTENCES)
    .flatMap((s, i) => contrastClauses(s.tokens).map((c) => (sentenceOf.set(c, i), c)))
    .slice(0, CONTRAST_CLAUSES);
  const firstVerb = (c: Token[]) => {
    const i = c.findIndex((t) => isVerb(t) || t.pos === 'AUX');
    return i < 0 ? c.length : i;
  };
  const has = (c: Token[], t: Token) => c.some((x) => sameWord(x, t));
  const holding = clausesOf.filter((c) => answer.every((a) => has(c, a)));
  if (!holding.length) return undefined;
  // a name is capitalized where the sources write it (a short answer's first word is capitalized anyway: "Spot instances")
  const kind = (t: Token) => (t.type === 'word' && /^\p{Lu}/u.test(t.value) && t.pos === 'PROPN' ? 'name' : 'word');
  const topic = question.filter((t) => t.content && t.type === 'word' && (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ'));
  const at = (c: Token[], t: Token) => c.findIndex((x) => sameWord(x, t));
  for (const x of holding) {
    const first = Math.min(...answer.map((a) => at(x, a)));
    const valueKind = kind(x[first]);
    // the rival entity: a content word of the value's clause before the value, which neither the question nor the answer uses
    // (the subject of the value's clause: before its verb)
    const rivals = x.slice(0, Math.min(first, firstVerb(x))).filter(
      (t) =>
        // (an acronym that spells a stop word is a name: "the US region")
        (t.content || /^\p{Lu}{2,}$/u.test(t.value)) &&
        t.type === 'word' &&
        (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || /^\p{Lu}{2,}$/u.test(t.value)) &&
        !inQuestion(t) &&
        !inAnswer(t),
    );
    // a clause with the question's word that the value's clause lacks, and a value of its own after it
    const missing = topic.filter((t) => !has(x, t));
    for (const y of clausesOf) {
      if (y === x || answer.some((a) => has(y, a))) continue;
      if (rivals.length && rivals.every((r) => !has(y, r))) {
        for (const t of missing) {
          const k = at(y, t);
          // the question's word is the subject of the other clause, which says the same of it (two more shared words:
          // "the production cluster runs on ..." against "the staging cluster runs on ...")
          if (k < 0 || k > firstVerb(y)) continue;
          const shared = y.filter((v) => v.content && v.type === 'word' && !sameWord(v, t) && has(x, v) && !inAnswer(v));
          // (one shared word for two clauses of one sentence: "the EU region is hosted in Frankfurt and the US region in Virginia")
          if (shared.length < (sentenceOf.get(x) === sentenceOf.get(y) ? 1 : 2)) continue;
          // (a verb only as a modifier before a noun: "reserved instances")
          const own = y
            .slice(k + 1)
            .find(
              (v, j, rest) =>
                v.content && v.type === 'word' && !inQuestion(v) && kind(v) === valueKind && (!isVerb(v) || rest[j + 1]?.pos === 'NOUN'),
            );
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
      if (!qVerb || sentenceOf.get(x) !== sentenceOf.get(y)) continue;
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
export function questionNameListed(claim: Token[], question: Token[], cited: Analysis[]): string | undefined {
  const inQuestion = (t: Token) => question.some((x) => x.type === 'word' && sameWord(x, t));
  // the answer's items: runs of capitalized words between "and", "or" and commas
  const items: Token[][] = [[]];
  for (const t of claim) {
    if (t.value === ',' || t.lower === 'and' || t.lower === 'or' || t.value === '&') items.push([]);
    else if (capitalized(t) && !t.stop) items[items.length - 1].push(t);
  }
  const named = items.filter((i) => i.length);
  if (named.length < 2) return undefined;
  const asked = named.filter((i) => i.every(inQuestion));
  const given = named.filter((i) => !i.every(inQuestion));
  if (!asked.length || !given.length) return undefined;
  for (const s of cited.flatMap((a) => a.sentences).slice(0, MAX_SENTENCES)) {
    const toks = s.tokens;
    for (let k = 0; k < toks.length; k++) {
      if (!given.some((g) => sameWord(g[0], toks[k]))) continue;
      // the item coordinated with it in the source ("Ashby and Corwen", "Corwen and Ashby")
      for (const j of [k + 2, k - 2]) {
        const joint = toks[Math.min(j, k) + 1];
        const other = toks[j];
        if (!joint || !other || !['and', 'or', ','].includes(joint.lower)) continue;
        if (capitalized(other) && !other.stop && !inQuestion(other) && !claim.some((c) => sameWord(c, other)))
          return `the sources list "${toks[Math.min(j, k)].value} ${joint.value} ${toks[Math.max(j, k)].value}"; "${asked[0].map((t) => t.value).join(' ')}" is the question's own name`;
      }
    }
  }
  return undefined;
}

/** The name run (capitalized words, not sentence-initial stop words) that ends nearest before tokens[k], if any. */
function nameBefore(tokens: Token[], k: number): Token[] | undefined {
  for (let j = k - 1; j >= 0; j--) {
    const t = tokens[j];
    if (!(capitalized(t) && !t.stop && t.type === 'word')) continue;
    let b = j;
    while (b > 0 && capitalized(tokens[b - 1]) && !tokens[b - 1].stop) b--;
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
export function nearestNameNumber(claim: Token[], question: Token[], cited: Analysis[]): string | undefined {
  const inQuestion = (t: Token) => question.some((x) => x.type === 'word' && sameWord(x, t));
  const qNames = question.filter((t, i) => i > 0 && capitalized(t) && !t.stop && t.type === 'word');
  if (!qNames.length) return undefined;
  return numberGivenToRival(claim, question, cited, (toks, k) => {
    const name = nameBefore(toks, k);
    return (
      name && {
        text: name.map((t) => t.value).join(' '),
        used: name.some(inQuestion),
        asked: name.some(inQuestion) && qNames.some((q) => name.some((o) => sameWord(o, q))),
      }
    );
  });
}

/** Who a sentence gives the number at tokens[k] to: its text, whether the question uses it, whether it is the question's subject. */
type NumberOwner = { text: string; used: boolean; asked: boolean };

/**
 * The shared search of {@link nearestNameNumber} and {@link nearestCompoundNumber}: the claim's one number not in the
 * question, found in a source sentence whose owner of it (`ownerBefore`) the question does not use, while the question's
 * subject owns another number of the same kind (a year or not) in that sentence. Bounded by MAX_SENTENCES sentences.
 * @param skip occurrences of the number not to count (a digit run inside a decimal)
 * @returns a description of the rival, or undefined
 */
function numberGivenToRival(
  claim: Token[],
  question: Token[],
  cited: Analysis[],
  ownerBefore: (tokens: Token[], k: number) => NumberOwner | undefined,
  skip: (tokens: Token[], k: number) => boolean = () => false,
): string | undefined {
  const values = claim.filter((t) => numberValue(t) !== undefined && !question.some((x) => numberValue(x) === numberValue(t)));
  if (values.length !== 1) return undefined;
  const n = numberValue(values[0])!;
  for (const s of cited.flatMap((a) => a.sentences).slice(0, MAX_SENTENCES)) {
    const toks = s.tokens;
    const k = toks.findIndex((t, j) => numberValue(t) === n && !skip(toks, j));
    if (k < 0) continue;
    const mine = ownerBefore(toks, k);
    if (!mine || mine.used) return undefined;
    const other = toks.findIndex(
      // (a year is written without a thousands separator: "1,200" is a count)
      (t, j) => j !== k && numberValue(t) !== undefined && numberValue(t) !== n && isYear(t.value) === isYear(values[0].value),
    );
    if (other < 0) continue;
    const owner = ownerBefore(toks, other);
    if (owner?.asked) return `the sources give ${values[0].value} to "${mine.text}" and ${toks[other].value} to "${owner.text}"`;
  }
  return undefined;
}

/**
 * A short answer name that the sources introduce with another role noun than the question's, while the question's role noun
 * introduces another name ("Which firm designed the Marlow Tower?" "Northgate Estates" against "designed by the firm Hale &
 * Crane for the developer Northgate Estates").
 * @returns a description of the rival, or undefined
 */
export function roleNounMismatch(claim: Token[], question: Token[], cited: Analysis[]): string | undefined {
  const inQuestion = (t: Token) => question.some((x) => x.type === 'word' && sameWord(x, t));
  const answer = claim.filter((t) => capitalized(t) && !t.stop && t.type === 'word' && !inQuestion(t));
  if (!answer.length || answer.length > 4) return undefined;
  const roleNoun = (t: Token | undefined) => t !== undefined && t.type === 'word' && t.case === 'lowerCase' && t.pos === 'NOUN' && !t.stop;
  const qRoles = question.filter((t) => roleNoun(t));
  if (!qRoles.length) return undefined;
  let own: Token | undefined;
  let rival: string | undefined;
  for (const s of cited.flatMap((a) => a.sentences).slice(0, MAX_SENTENCES)) {
    const toks = s.tokens;
    for (let k = 1; k < toks.length; k++) {
      const before = roleNoun(toks[k - 1]) ? toks[k - 1] : undefined;
      if (!before || !capitalized(toks[k]) || toks[k].stop) continue;
      if (sameWord(toks[k], answer[0])) {
        // the answer is introduced by the question's role noun: the role matches
        if (qRoles.some((q) => sameWord(q, before))) return undefined;
        own ??= before;
      } else if (qRoles.some((q) => sameWord(q, before)) && !answer.some((a) => sameWord(a, toks[k])))
        rival ??= `${before.value} ${toks[k].value}`;
    }
  }
  return own && rival ? `the sources name "${answer.map((t) => t.value).join(' ')}" the ${own.value}, and the ${rival}` : undefined;
}

/** Comparatives of a question "X or Y?": which end wins, by years (`year`) or by other numbers (`value`). */
const COMPARATIVES: [RegExp, 'year' | 'value', 1 | -1][] = [
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
export function comparisonMismatch(claim: Token[], question: Token[], questionText: string, cited: Analysis[]): string | undefined {
  const o = question.findIndex((t) => t.lower === 'or');
  if (o < 1) return undefined;
  const run = (from: number, step: 1 | -1) => {
    const out: Token[] = [];
    let j = from;
    // skip articles, commas and (before "or") a head noun after the name ("the Falcon engine or ...")
    for (let skipped = 0; question[j] && !capitalized(question[j]) && skipped < 3; skipped++) {
      if (!(question[j].stop || question[j].value === ',' || (step === -1 && question[j].pos === 'NOUN'))) break;
      j += step;
    }
    while (question[j] && capitalized(question[j]) && question[j].type === 'word') {
      out.push(question[j]);
      j += step;
    }
    return step === 1 ? out : out.reverse();
  };
  const options = [run(o - 1, -1), run(o + 1, 1)].map((r) => r.filter((t) => !t.stop));
  if (options.some((r) => !r.length)) return undefined;
  const rule = COMPARATIVES.find(([re]) => re.test(questionText));
  if (!rule) return undefined;
  const [, kind, sign] = rule;
  // an option is named by its own words ("Tarn" of "the Tarn Bridge or the Elk Bridge")
  const own = (r: Token[]) => r.filter((w) => !options.some((x) => x !== r && x.some((y) => sameWord(y, w))));
  const named = (r: Token[]) => own(r).length > 0 && own(r).every((w) => claim.some((c) => sameWord(c, w)));
  const picked = options.filter(named);
  if (picked.length !== 1) return undefined;
  const valueOf = (r: Token[]): { v: number; text: string } | undefined => {
    for (const s of cited.flatMap((a) => a.sentences).slice(0, MAX_SENTENCES)) {
      const toks = s.tokens;
      const k = toks.findIndex((t, i) => r.every((w, n) => toks[i + n] && sameWord(toks[i + n], w)));
      if (k < 0) continue;
      const other = options.find((x) => x !== r)!;
      const end = toks.findIndex((t, i) => i >= k + r.length && own(other).some((w) => sameWord(t, w)));
      const nums = toks
        .slice(k + r.length, end < 0 ? toks.length : end)
        .filter((t) => numberValue(t) !== undefined && isYear(numberValue(t)!) === (kind === 'year'));
      if (nums.length === 1) return { v: Number(numberValue(nums[0])), text: nums[0].value };
      if (nums.length > 1) return undefined;
    }
    return undefined;
  };
  const [a, b] = options.map(valueOf);
  if (!a || !b || a.v === b.v) return undefined;
  const winner = (a.v - b.v) * sign > 0 ? options[0] : options[1];
  if (picked[0] === winner) return undefined;
  const label = (r: Token[]) => r.map((t) => t.value).join(' ');
  return `the sources give ${a.text} for "${label(options[0])}" and ${b.text} for "${label(options[1])}": the answer is "${label(winner)}"`;
}

/**
 * "Yes" to a question that says something of two names ("Are Orla Finch and Dara Quill both poets?") when the sources say
 * it of only one of them ("Orla Finch ... is an Irish novelist. Dara Quill ... is a Welsh poet."): the question's own words
 * are the claim. A name "says it" when a sentence holding the name holds at least half of the question's other content words.
 * @returns a description of the name the sources do not say it of, or undefined
 */
export function affirmedForBoth(claim: Token[], question: Token[], cited: Analysis[]): string | undefined {
  const words = claim.filter((t) => t.type === 'word');
  if (words.length !== 1 || words[0].lower !== 'yes') return undefined;
  if (!/^(?:are|were|is|was|do|does|did|have|has)$/.test(question[0]?.lower ?? '')) return undefined;
  const runs: Token[][] = [];
  question.forEach((t, i) => {
    if (i === 0 || !capitalized(t) || t.stop || t.type !== 'word') return;
    if (i > 0 && capitalized(question[i - 1]) && !question[i - 1].stop && runs.length && i - 1 > 0) runs[runs.length - 1].push(t);
    else runs.push([t]);
  });
  const a = question.findIndex((t) => t.lower === 'and');
  if (runs.length !== 2 || a < 0) return undefined;
  const names = new Set(runs.flat());
  const predicate = question.filter((t) => t.content && t.type === 'word' && !names.has(t) && !t.stop && t.lower !== 'both');
  if (!predicate.length) return undefined;
  const need = Math.max(1, Math.ceil(predicate.length / 2));
  // a number the question states must be in the sentence ("both index 65,000 documents per second")
  const numbers = question.filter((t) => numberValue(t) !== undefined);
  const sentences = cited.flatMap((x) => x.sentences).slice(0, MAX_SENTENCES);
  const says = (name: Token[]) =>
    sentences.some(
      (s) =>
        name.every((w) => s.tokens.some((x) => sameWord(x, w))) &&
        predicate.filter((p) => s.tokens.some((x) => sameWord(x, p))).length >= need &&
        numbers.every((n) => s.tokens.some((x) => numberValue(x) === numberValue(n))),
    );
  const stated = runs.map((r) => sentences.some((s) => r.every((w) => s.tokens.some((x) => sameWord(x, w)))));
  if (!stated.every(Boolean)) return undefined;
  const ok = runs.map(says);
  if (ok.filter(Boolean).length !== 1) return undefined;
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
export function countedNounMismatch(claim: Token[], question: Token[], cited: Analysis[]): string | undefined {
  {
    const m = question.findIndex((t, i) => t.lower === 'many' && question[i - 1]?.lower === 'how');
    const asked = question[m + 1];
    if (m < 0 || !asked || asked.pos !== 'NOUN') return undefined;
    const values = claim.filter((t) => numberValue(t) !== undefined);
    if (values.length !== 1 || claim.some((t) => t.content && t.type === 'word' && !sameWord(t, asked))) return undefined;
    const n = numberValue(values[0]);
    let own: Token | undefined;
    let other = false;
    for (const s of cited.flatMap((a) => a.sentences).slice(0, MAX_SENTENCES))
      s.tokens.forEach((t, k) => {
        const noun = s.tokens[k + 1];
        if (numberValue(t) === undefined || !noun || noun.type !== 'word' || noun.pos !== 'NOUN') return;
        if (numberValue(t) === n) {
          if (sameWord(noun, asked)) own = noun;
        } else if (sameWord(noun, asked)) other = true;
      });
    if (own || !other) return undefined;
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
export function topicNumberMismatch(claim: Token[], question: Token[], cited: Analysis[]): string | undefined {
  const inQuestion = (t: Token) => question.some((x) => x.type === 'word' && sameWord(x, t));
  const topic = claim.filter((t) => t.content && t.type === 'word' && inQuestion(t));
  const values = claim.map((t, k) => [t, k] as const).filter(([t, k]) => numberValue(t) !== undefined && !inDecimal(claim, k));
  if (!topic.length || values.length !== 1 || question.some((x) => numberValue(x) !== undefined)) return undefined;
  const [value, at] = values[0];
  const n = numberValue(value);
  const unitAfter = (ts: Token[], k: number) => {
    const u = ts[k + 1];
    return u && (u.type === 'word' || u.value === '%') && !u.stop ? u.lower : '';
  };
  const unit = unitAfter(claim, at);
  const clauses = cited
    .flatMap((a) => a.sentences)
    .slice(0, MAX_SENTENCES)
    .flatMap((s) => contrastClauses(s.tokens))
    .slice(0, CONTRAST_CLAUSES);
  const has = (c: Token[], t: Token) => c.some((x) => sameWord(x, t));
  const holding = clauses.filter((c) => c.some((x, k) => numberValue(x) === n && !inDecimal(c, k) && unitAfter(c, k) === unit));
  if (!holding.length || holding.some((c) => PRONOUN_START.has(c.find((x) => x.type === 'word')?.lower ?? ''))) return undefined;
  const missing = topic.filter((t) => !holding.some((c) => has(c, t)));
  if (!missing.length) return undefined;
  for (const y of clauses) {
    if (holding.includes(y) || !missing.every((t) => has(y, t))) continue;
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
export const whQuestion = (text: string): boolean => WH_QUESTION.test(text) && !/\bor\b|\beither\b/i.test(text) && asksQuestion(text);

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
export function questionEcho(claim: Token[], question: Token[], questionText: string): string | undefined {
  if (!whQuestion(questionText)) return undefined;
  if (claim.some((t) => t.type === 'number')) return undefined;
  const content = claim.filter((t) => t.type === 'word' && t.content);
  if (!content.length) return undefined;
  const inQuestion = (t: Token) => question.some((x) => x.type === 'word' && sameWord(x, t));
  if (!content.every(inQuestion)) return undefined;
  return `the answer "${content.map((t) => t.value).join(' ')}" only repeats words of the question, which asks for something else`;
}

/**
 * A first name and a surname that the sources write with one other first name between them, sharing the surname ("the
 * brothers John and Angus Reid", "Mary, Anne and Kate Brown"): "John Reid" then names one of them (issue 20, reordered names).
 * Compared on flattened text (nlp.ts `flat`: lower case, punctuation as spaces).
 * @param first the name word before, as written; @param last the surname, as written
 */
export function coordinatedName(first: string, last: string, cited: Analysis[]): boolean {
  const f = flatten(first).trim();
  const l = flatten(last).trim();
  if (!f || !l || f.includes(' ') || l.includes(' ')) return false;
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
export function subjectValueMismatch(claim: Token[], cited: Analysis[]): string | undefined {
  const runs = nameRuns(claim);
  const years = claim.flatMap((t, k) => (t.type === 'number' && isYear(numberValue(t) ?? '') ? [{ start: k, end: k + 1 }] : []));
  if (!runs.length || runs.length + years.length < 2) return undefined;
  const subject = claim.slice(runs[0].start, runs[0].end);
  const sentences = cited.flatMap((a) => a.sentences).slice(0, MAX_SENTENCES);
  const holds = (s: Sentence, phrase: Token[]) => phraseStarts(s.tokens, phrase).length > 0;
  const subjectSentences = sentences.filter((s) => holds(s, subject));
  if (!subjectSentences.length) return undefined;
  const values = [...runs.slice(1), ...years].filter((r) => r.start >= runs[0].end).slice(0, 4);
  for (const r of values) {
    const key = claim.slice(r.start, r.end);
    const verbs = boundVerbs(claim, r.start, key.length);
    // the verb stands between the subject and the value: the subject's own predicate
    if (!verbs.length || !verbs.every((v) => claim.indexOf(v) > runs[0].start && claim.indexOf(v) < r.start)) continue;
    if (subjectSentences.some((s) => holds(s, key))) continue;
    const same = (v: Token) => verbs.some((w) => sameWord(v, w));
    if (!bindings(key, cited).some((b) => b.verbs.some(same) && !holds(b.sentence, subject))) continue;
    const numeric = key[0].type === 'number';
    for (const s of subjectSentences) {
      if (!s.tokens.some(same)) continue;
      const rival = rivals(s, (t) => subject.some((x) => sameWord(x, t)), key).find(
        (x) => x.verbs.some(same) && (x.phrase[0].type === 'number') === numeric && (!numeric || isYear(numberValue(x.phrase[0]) ?? '')),
      );
      if (rival)
        return `the sources say "${verbs[0].value}" of "${subject.map((t) => t.value).join(' ')}" with "${rival.phrase
          .map((t) => t.value)
          .join(' ')}", and with "${key.map((t) => t.value).join(' ')}" only of another name`;
    }
  }
  return undefined;
}

/** The content verbs of a question ("Who edits ...?", "Where does the trail end?": the last word, which taggers read as a noun). */
function questionVerbs(question: Token[]): Token[] {
  const doQuestion = /^(?:do|does|did)$/.test(question[1]?.lower ?? '');
  return question.filter(
    (t, i) =>
      (isVerb(t) ||
        (i === 1 && question[0].lower === 'who' && t.case === 'lowerCase' && t.type === 'word' && !t.stop) ||
        (doQuestion && question[i + 1]?.value === '?' && t.case === 'lowerCase' && t.type === 'word' && !t.stop)) &&
      !LIGHT_VERBS.has(t.lemma),
  );
}

/**
 * A short answer of common words stated in the sources in the slot of another verb than the question's (issue 20, "an entity
 * in the wrong slot"): "Where does the migration path end?" "At the legacy cluster" against "starts at the legacy cluster and
 * ends at the Helios cluster". The answer's words (those the question does not use) stand as one phrase in the sources, every
 * occurrence bound to other verbs than the question's, and a sentence binds the question's verb to another noun phrase.
 * Answers with a name or number are left to {@link answerRoleMismatch}.
 * @returns a description of the rival phrase, or undefined
 */
export function phraseSlotMismatch(claim: Token[], question: Token[], cited: Analysis[]): string | undefined {
  const inQuestion = (t: Token) => question.some((x) => sameWord(x, t));
  if (claim.some((t) => t.type === 'number' || (capitalized(t) && !t.stop && claim.indexOf(t) > 0))) return undefined;
  const words = claim.filter((t) => t.content && t.type === 'word');
  if (!words.length || words.length > ROLE_ANSWER_WORDS || words.some((t) => t.pos === 'VERB')) return undefined;
  // the answer's own phrase: its first run of content words (with hyphens) that the question does not use
  const k = claim.findIndex((t) => t.content && t.type === 'word' && !inQuestion(t));
  if (k < 0) return undefined;
  let e = k;
  while (
    e + 1 < claim.length &&
    claim[e + 1].type === 'word' &&
    (claim[e + 1].pos === 'NOUN' || claim[e + 1].pos === 'ADJ' || claim[e + 1].pos === 'PROPN')
  )
    e++;
  const phrase = claim.slice(k, e + 1);
  if (!phrase.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return undefined;
  const qVerbs = questionVerbs(question);
  if (!qVerbs.length) return undefined;
  const asked = (v: Token) => qVerbs.some((q) => sameWord(v, q));
  const found = bindings(phrase, cited);
  if (!found.length || found.some((b) => !b.verbs.length || b.verbs.some(asked))) return undefined;
  let scanned = 0;
  for (const a of cited)
    for (const s of a.sentences) {
      if (++scanned > MAX_SENTENCES) return undefined;
      const toks = s.tokens;
      for (let j = 0; j < toks.length; j++) {
        if (!isVerb(toks[j]) || !asked(toks[j])) continue;
        // the noun phrase the question's verb binds: through prepositions, determiners and adjectives, to its first noun
        for (let n = j + 1; n < toks.length && n <= j + 5; n++) {
          const t = toks[n];
          if (CLAUSE_END.has(t.lower) || t.type === 'punctuation' || isVerb(t)) break;
          if (t.pos !== 'NOUN' && t.pos !== 'PROPN') continue;
          if (phrase.some((x) => sameWord(x, t)) || inQuestion(t)) break;
          let m = n;
          while (m + 1 < toks.length && (toks[m + 1].pos === 'NOUN' || toks[m + 1].pos === 'PROPN')) m++;
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
function compoundBefore(tokens: Token[], k: number): string | undefined {
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
export function nearestCompoundNumber(claim: Token[], question: Token[], cited: Analysis[]): string | undefined {
  const asked = new Set<string>();
  question.forEach((t, j) => {
    const c = t.value === '-' && j > 0 ? compoundBefore(question, j + 2) : undefined;
    if (c) asked.add(c);
  });
  if (!asked.size) return undefined;
  return numberGivenToRival(
    claim,
    question,
    cited,
    (toks, k) => {
      const c = compoundBefore(toks, k);
      return c === undefined ? undefined : { text: c, used: asked.has(c), asked: asked.has(c) };
    },
    (toks, k) => inDecimal(toks, k),
  );
}

/**
 * The name that the sources bind to the claim's verb in place of a name that only the question states ("Did Henrik Berg
 * design the bridge?" "Henrik Berg designed it" against "designed by the engineer Clara Voss"): the first content verb after
 * the name in the claim, and a source sentence that uses that verb with a name of its own that neither the claim nor the
 * question uses. A premise of the question that the sources say nothing against ("Can Acme get the bundle?") has no rival.
 * @returns the rival name, or undefined
 */
export function questionNameRival(claim: Token[], name: Token[], question: Token[], cited: Analysis[]): string | undefined {
  const at = claim.indexOf(name[name.length - 1]);
  // (in a do-question the verb right after the name is often tagged a noun: "Did Henrik Berg design the bridge?")
  const doQuestion = /^(?:do|does|did)$/.test(claim[0]?.lower ?? '');
  const next = claim[at + 1];
  const verb =
    doQuestion && next?.type === 'word' && next.case === 'lowerCase' && !next.stop && !LIGHT_VERBS.has(next.lemma)
      ? next
      : claim.slice(at + 1).find((t) => isVerb(t) && !LIGHT_VERBS.has(t.lemma));
  if (!verb) return undefined;
  const used = (t: Token) => claim.some((x) => sameWord(x, t)) || question.some((x) => sameWord(x, t));
  for (const s of cited.flatMap((a) => a.sentences).slice(0, MAX_SENTENCES)) {
    const j = s.tokens.findIndex((t) => isVerb(t) && sameWord(t, verb));
    if (j < 0) continue;
    const all = rivals(s, used, name).filter((x) => x.verbs.some((v) => sameWord(v, verb)) && !x.phrase.some((t) => t.type === 'number'));
    // the agent after the verb first ("was designed by the engineer Clara Voss"), then the subject before it
    const r = all.find((x) => s.tokens.indexOf(x.phrase[0]) > j) ?? all[0];
    if (r) return r.phrase.map((t) => t.value).join(' ');
  }
  return undefined;
}

/** Small synonym sets of aspect verbs, which sources and answers vary freely ("finishes" / "ends"). */
const ASPECT_SYNONYMS: string[][] = [
  ['end', 'finish', 'conclude', 'terminate'],
  ['start', 'begin', 'commence'],
];
/** The nouns a verb at tokens[i] binds after it, through prepositions, determiners and adjectives (at most 6 tokens). */
function nounsAfter(tokens: Token[], i: number): Token[] {
  const out: Token[] = [];
  for (let j = i + 1; j < tokens.length && j <= i + 6; j++) {
    const t = tokens[j];
    if (CLAUSE_END.has(t.lower) || t.pos === 'CCONJ' || t.type === 'punctuation' || isVerb(t)) break;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') out.push(t);
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
export function synonymBound(word: Token, antonym: string, claim: Token[], sentences: Sentence[]): boolean {
  const set = ASPECT_SYNONYMS.find((g) => g.includes(word.lemma));
  if (!set) return false;
  const i = claim.indexOf(word);
  const mine = nounsAfter(claim, i);
  if (!mine.length) return false;
  const shares = (nouns: Token[]) => nouns.some((n) => mine.some((m) => sameWord(n, m)));
  let bound = false;
  for (const s of sentences)
    for (const [j, t] of s.tokens.entries()) {
      if ((t.lower === antonym || t.lemma === antonym) && shares(nounsAfter(s.tokens, j))) return false;
      if (t.lemma !== word.lemma && set.includes(t.lemma) && shares(nounsAfter(s.tokens, j))) bound = true;
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
export function decadeBindingMismatch(claim: Token[], cited: Analysis[]): string | undefined {
  for (const [k, t] of claim.entries()) {
    const m = t.type === 'decade' ? /^(\d{3})0s$/.exec(t.value) : null;
    if (!m) continue;
    const verbs = boundVerbs(claim, k, 1);
    if (!verbs.length) continue;
    const same = (v: Token) => verbs.some((w) => sameWord(v, w));
    let inside = false;
    let outside: string | undefined;
    let scanned = 0;
    for (const a of cited)
      for (const s of a.sentences) {
        if (++scanned > MAX_SENTENCES) return undefined;
        for (const [j, x] of s.tokens.entries()) {
          const v = numberValue(x);
          if (!v || !/^\d{4}$/.test(x.value) || !isYear(v)) continue;
          const bound = boundVerbs(s.tokens, j, 1);
          if (v.startsWith(m[1])) {
            if (!bound.length || bound.some(same)) return undefined;
            inside = true;
          } else if (bound.some(same)) outside ??= x.value;
        }
      }
    if (inside && outside) return `the sources say "${verbs[0].value}" in ${outside}, not in the ${t.value}`;
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
export function lifeEventYear(claim: Token[], question: Token[], cited: Analysis[]): string | undefined {
  if (question.some((t) => LIFE_QUESTION.test(t.lower) || LIFE_QUESTION.test(t.lemma))) return undefined;
  const years = claim.filter((t) => /^\d{4}$/.test(t.value) && isYear(t.value) && !question.some((x) => x.value === t.value));
  if (years.length !== 1 || claim.filter((t) => t.content && t.type === 'word').length > 3) return undefined;
  const found = bindings(years, cited);
  const life = (v: Token) => LIFE_EVENT.test(v.lower) || LIFE_EVENT.test(v.lemma);
  if (!found.length || !found.every((b) => b.verbs.length && b.verbs.every(life))) return undefined;
  let scanned = 0;
  for (const a of cited)
    for (const s of a.sentences) {
      if (++scanned > MAX_SENTENCES) return undefined;
      for (const [j, x] of s.tokens.entries()) {
        if (!/^\d{4}$/.test(x.value) || !isYear(x.value) || x.value === years[0].value) continue;
        const verbs = boundVerbs(s.tokens, j, 1);
        // (another year not dated by a birth or death: "made his debut ... in 2021", bound to a light verb)
        if (!verbs.some(life)) return `the sources give ${years[0].value} to "${found[0].verbs[0].value}", and another event to ${x.value}`;
      }
    }
  return undefined;
}

/** The "from X to Y" spans of a sentence ({@link findFromTo}), memoized. */
const fromTo: (tokens: Token[]) => readonly { from: Token[]; to: Token[] }[] = memoized(findFromTo);
/** The "from X to Y" spans of a sentence: the content words of each end (at most 6 tokens each, within one clause). */
function findFromTo(tokens: Token[]): { from: Token[]; to: Token[] }[] {
  const out: { from: Token[]; to: Token[] }[] = [];
  const words = (a: number, b: number) => tokens.slice(a, b).filter((t) => (t.content || capitalized(t)) && t.type !== 'punctuation');
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].lower !== 'from') continue;
    let j = i + 1;
    while (
      j < tokens.length &&
      j <= i + 7 &&
      tokens[j].lower !== 'to' &&
      !CLAUSE_END.has(tokens[j].lower) &&
      tokens[j].type !== 'punctuation'
    )
      j++;
    if (tokens[j]?.lower !== 'to' || j === i + 1) continue;
    let e = j + 1;
    while (
      e < tokens.length &&
      e <= j + 6 &&
      !CLAUSE_END.has(tokens[e].lower) &&
      tokens[e].type !== 'punctuation' &&
      tokens[e].pos !== 'CCONJ' &&
      !isVerb(tokens[e])
    )
      e++;
    const from = words(i + 1, j);
    const to = words(j + 1, e);
    // numbers and dates are ranges ("from 1912 to 1956"), left to the quantity checks
    if (from.length && to.length && ![...from, ...to].some((t) => t.type === 'number')) out.push({ from, to });
  }
  return out;
}
const covers = (a: Token[], b: Token[]) => a.length > 0 && a.every((x) => b.some((y) => sameWord(x, y)));
const disjoint = (a: Token[], b: Token[]) => !a.some((x) => b.some((y) => sameWord(x, y)));

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
export function fromToSwap(claim: Token[], question: Token[] | undefined, cited: Analysis[]): string | undefined {
  const spans = cited
    .flatMap((a) => a.sentences)
    .slice(0, MAX_SENTENCES)
    .flatMap((s) => fromTo(s.tokens));
  if (!spans.length) return undefined;
  const show = (x: Token[]) => x.map((t) => t.value).join(' ');
  for (const c of fromTo(claim)) {
    if (spans.some((s) => covers(c.from, s.from) && covers(c.to, s.to))) continue;
    const swapped = spans.find((s) => covers(c.from, s.to) && covers(c.to, s.from) && disjoint(c.from, s.from) && disjoint(c.to, s.to));
    if (swapped) return `the sources say from "${show(swapped.from)}" to "${show(swapped.to)}", not the reverse`;
  }
  if (!question) return undefined;
  const end = question.some((t) => ASKS_END.test(t.lower));
  const start = question.some((t) => ASKS_START.test(t.lower));
  if (end === start || fromTo(claim).length) return undefined;
  const answer = claim.filter((t) => (t.content || capitalized(t)) && t.type === 'word' && !question.some((q) => sameWord(q, t)));
  if (!answer.length || answer.length > 4) return undefined;
  const hit = spans.find((s) => covers(answer, end ? s.from : s.to) && disjoint(answer, end ? s.to : s.from));
  if (!hit || spans.some((s) => covers(answer, end ? s.to : s.from))) return undefined;
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
export function unboundYear(claim: Token[], question: Token[] | undefined, cited: Analysis[]): string | undefined {
  const years = claim.flatMap((t, k) => (/^\d{4}$/.test(t.value) && isYear(t.value) ? [k] : []));
  if (years.length !== 1) return undefined;
  const k = years[0];
  if (question?.some((t) => t.value === claim[k].value)) return undefined;
  const verbs = question ? questionVerbs(question) : boundVerbs(claim, k, 1);
  if (!verbs.length) return undefined;
  const same = (v: Token) => verbs.some((w) => sameWord(v, w));
  const found = bindings([claim[k]], cited);
  if (!found.length || found.some((b) => !b.verbs.length || b.verbs.some(same))) return undefined;
  const sentences = cited.flatMap((a) => a.sentences).slice(0, MAX_SENTENCES);
  // the sources use the claim's verb, and never with a year of their own
  const using = sentences.filter((s) => s.tokens.some((t) => same(t) && t.type === 'word'));
  if (!using.length || using.some((s) => found.some((b) => b.sentence === s))) return undefined;
  if (using.some((s) => s.tokens.some((t) => /^\d{4}$/.test(t.value) && isYear(t.value)))) return undefined;
  return `the sources date "${found[0].verbs[0].value}" ${claim[k].value}, and state "${verbs[0].value}" without a date`;
}

/**
 * "Yes" to a yes/no question about a name that no source states, while the sources bind the question's verb to another name
 * ("Did Henrik Berg design the bridge?" "Yes" against "designed by Clara Voss"; {@link questionNameRival}).
 * @param claim the answer's tokens (a lone "yes"); @param question the question's tokens; @param stated whether the sources
 * state a word of a name
 * @returns a description naming the rival, or undefined
 */
export function affirmedQuestionName(
  claim: Token[],
  question: Token[],
  cited: Analysis[],
  stated: (t: Token) => boolean,
): string | undefined {
  if (claim.filter((t) => t.type === 'word').length !== 1 || !claim.some((t) => t.lower === 'yes')) return undefined;
  for (const [i, t] of question.entries()) {
    if (i === 0 || !capitalized(t) || t.stop || (i > 1 && capitalized(question[i - 1]))) continue;
    let e = i;
    while (e + 1 < question.length && capitalized(question[e + 1]) && !question[e + 1].stop) e++;
    const name = question.slice(i, e + 1);
    if (name.some(stated)) continue;
    const rival = questionNameRival(question, name, [], cited);
    if (rival) return `"${name.map((x) => x.value).join(' ')}" occurs only in the question; the cited sources say it of "${rival}"`;
  }
  return undefined;
}
