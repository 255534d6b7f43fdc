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
const capitalized = (t: Token) => t.type === 'word' && /^\p{Lu}/u.test(t.value);
const isVerb = (t: Token) => t.pos === 'VERB';
/**
 * A verb of the clause at tokens[j], not a noun or modifier that the tagger read as a verb ("the Danubia works", "the
 * shipping family": after a determiner or adjective, or a participle before a noun).
 */
function clauseVerb(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  // a participle the tagger read as an adjective before its agent or recipient ("is now edited by Aoife Brennan")
  if (t.pos === 'ADJ' && /ed$/.test(t.lower) && /^(?:by|to)$/.test(tokens[j + 1]?.lower ?? '')) return true;
  if (!isVerb(t)) return false;
  const prev = tokens[j - 1];
  const prev2 = tokens[j - 2];
  if (prev && (prev.pos === 'DET' || prev.pos === 'ADJ' || (capitalized(prev) && prev2?.pos === 'DET'))) return false;
  return !(/ing$/.test(t.lower) && tokens[j + 1]?.pos === 'NOUN');
}

/**
 * The value bound after a word: numbers and capitalized words after prepositions and determiners, at most 6 tokens on;
 * `lenient` also passes nouns and auxiliaries ("end date is June 30").
 */
function valueAfter(tokens: Token[], i: number, lenient = false): string {
  const out: string[] = [];
  for (let j = i + 1; j < tokens.length && j <= i + 6; j++) {
    const t = tokens[j];
    if (CLAUSE_END.has(t.lower) || t.pos === 'CCONJ' || (isVerb(t) && out.length)) break;
    if (t.type === 'number' || capitalized(t)) out.push(t.lower);
    else if (out.length || (t.pos !== 'ADP' && t.pos !== 'DET' && !(lenient && (t.pos === 'NOUN' || t.pos === 'AUX')))) break;
  }
  // a value with a number ("May 1", "9:00", "30 days"): a name alone is too often just the next noun phrase
  return out.some((v) => /\d/.test(v)) ? out.join(' ') : '';
}

/**
 * Whether an antonym of a source word in the claim is explained, not a swap:
 * - the claim's value after the word ("begins on May 1") is stated in the sentence but not bound to the antonym there
 *   ("starts on May 1 and ends on June 30": "ends" binds "June 30"); a claim value equal to the antonym's is a swap;
 * - `complement`: the claim states the complement of a share of that sentence (checked by the caller).
 * @param word the claim word; @param antonym the source word it is an antonym of; @param claim the claim's tokens;
 * @param sentences the source sentences that use the antonym.
 */
export function antonymValueExplained(word: Token, antonym: string, claim: Token[], sentences: Sentence[]): boolean {
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
  return stated && other;
}

/** One bound occurrence of a name: the verbs it is bound to in a source sentence. */
interface Binding {
  verbs: Token[];
  sentence: Sentence;
}

/** Whether tokens[k..] spells the key phrase (lemma or stem of each word). */
function phraseAt(tokens: Token[], k: number, key: Token[]): boolean {
  return key.every((x, n) => tokens[k + n] !== undefined && sameWord(tokens[k + n], x));
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

/** Every bound occurrence of a phrase in the sources (bounded by {@link MAX_SENTENCES}). */
function bindings(key: Token[], cited: Analysis[]): Binding[] {
  const out: Binding[] = [];
  let scanned = 0;
  for (const a of cited)
    for (const s of a.sentences) {
      if (++scanned > MAX_SENTENCES) return out;
      for (let k = 0; k + key.length <= s.tokens.length; k++)
        if (phraseAt(s.tokens, k, key)) out.push({ verbs: boundVerbs(s.tokens, k, key.length), sentence: s });
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
    if (!phrase.every((t, n) => key[n] && sameWord(t, key[n])) && !key.every((x) => phrase.some((t) => sameWord(t, x))))
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
  const qVerbs = question.filter(
    (t, i) =>
      (isVerb(t) || (i === 1 && question[0].lower === 'who' && t.case === 'lowerCase' && t.type === 'word' && !t.stop)) &&
      !LIGHT_VERBS.has(t.lemma),
  );
  if (qVerbs.length) {
    const answerVerbs = found.flatMap((b) => b.verbs);
    const bindsAsked = (verbs: Token[]) => verbs.some((v) => qVerbs.some((q) => sameWord(v, q)));
    if (answerVerbs.length && !bindsAsked(answerVerbs)) {
      let scanned = 0;
      for (const a of cited)
        for (const s of a.sentences) {
          if (++scanned > MAX_SENTENCES) return undefined;
          if (!s.tokens.some((t) => qVerbs.some((q) => sameWord(t, q)))) continue;
          const r = rivals(s, inQuestion, answer).find((x) => bindsAsked(x.verbs));
          if (r) return `"${r.phrase.map((t) => t.value).join(' ')}" (${r.verbs.map((v) => v.value).join(', ')})`;
        }
    }
  }
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
