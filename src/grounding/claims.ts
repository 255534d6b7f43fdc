/**
 * Checks for claims stated against the source they cite (scientific claims against an abstract, summaries against
 * a transcript), where a supported claim paraphrases its source: the same effect said with another word ("reduces"
 * for "a reduction in", "elevated" for "increased") and the same names written in another form. Hooks of check.ts:
 *
 * - {@link directionFlags}: an effect stated in the other direction of the same object (`antonym-swap`: "decreases the
 *   risk of Y" against "an increased risk of Y"); the objects of the effect words are compared, not bags of words;
 * - {@link reviewPolarity}: antonym and negation flags weighed against what the sources state of the same object;
 * - {@link deniedRelationFlags} / {@link affirmedDenialFlags}: a relation the claim denies and a source states, or
 *   states and a source denies (`negation-flip`); {@link unstatedNegation}: a negation no source makes (weak);
 * - {@link formKnown}, {@link paraphraseKnown}, {@link compoundKnown}, {@link definedInClaim}: names, codes and words in
 *   another form (separators, Greek letters, abbreviations after Schwartz & Hearst 2003, compounds);
 * - {@link scientificKnown}, {@link fractionKnown}: numbers written in scientific notation or as fractions in words;
 * - {@link compoundAntonymFlags}: a compound the source negates ("UCP1-dependent" against "UCP1-independent");
 * - {@link weakenLetters}, {@link weakenAddedCodes}, {@link weakenTechnicalNames}, {@link weakenAddedQuantities}: name and
 *   quantity flags whose evidence is weak (`unverified`), against a research report (register.ts) any added name or a
 *   quantity of a kind the source states none of;
 * - {@link reportFrame}: the frame of a report, left out of a summary's coverage.
 *
 * The effect lexicon (increase / decrease, promote / inhibit, up- / down-regulate, improve / worsen, with their
 * participles and nominalisations) was written for this gate from the polarity edits of SciFact's contradicting
 * claims (Wadden et al., 2020: claims negated or reversed by their writers). Pure functions over the analyses of
 * nlp.ts; bounded work (a fixed number of source sentences, scopes of at most {@link SCOPE_WORDS} content words,
 * windows of at most {@link MAX_LONG_WORDS} words, memoized per source).
 */
import type { Sentence, Token } from './nlp.js';
import { HIGH_PRECISION_FLAGS, type Flag } from './types.js';
import { romanNumber } from './dialogue.js';
import { addTo, memoized } from './memo.js';
import { researchRegister, researchSource, transcriptRegister } from './register.js';

/** An axis of effect words: the amount of something (up / down) or its quality (better / worse). */
type Axis = 'amount' | 'quality';
/** The direction of an effect word on its axis. */
interface Direction {
  axis: Axis;
  sign: 1 | -1;
  /**
   * The word's direction on the other axis, where its sense fixes one: "impaired survival" is less survival,
   * "exacerbates plaque formation" more of it, "disrupts the cycle" less of it ({@link ALSO_AMOUNT}).
   */
  alt?: { axis: Axis; sign: 1 | -1 };
}

/**
 * Quality words whose sense also fixes the amount of their object: impairing or disrupting something is less of it,
 * exacerbating it more ("impaired T cell survival" against "promoted T cell survival"; "slows plaque formation" against
 * "exacerbated plaque formation"). "Improve", "worsen" and "rescue" fix none: improving pain is less pain.
 */
const ALSO_AMOUNT: ReadonlyMap<string, 1 | -1> = new Map([
  ...'impair impairs impaired impairing impairment disrupt disrupts disrupted disrupting disruption'
    .split(' ')
    .map((w) => [w, -1] as const),
  ...'exacerbate exacerbates exacerbated exacerbating'.split(' ').map((w) => [w, 1] as const),
]);

/**
 * The signs of two effect directions on an axis both have (the first's primary axis first), or undefined when they
 * share none.
 */
function commonSigns(a: Direction, b: Direction): [number, number] | undefined {
  for (const x of [a, a.alt]) {
    if (!x) continue;
    const s = b.axis === x.axis ? b.sign : b.alt?.axis === x.axis ? b.alt.sign : undefined;
    if (s) return [x.sign, s];
  }
  return undefined;
}

/**
 * Effect words by direction (surface forms and lemmas, lower case). Verbs with their participles and
 * nominalisations ("reduce", "reduced", "reduction"), comparatives and adverbs of polarity ("positively associated").
 */
const LEXICON: ReadonlyMap<string, Direction> = (() => {
  const m = new Map<string, Direction>();
  const add = (axis: Axis, sign: 1 | -1, words: string) => {
    for (const w of words.split(/\s+/)) if (w) m.set(w, { axis, sign });
  };
  add(
    'amount',
    1,
    `increase increases increased increasing rise rises rising rose raise raises raised raising elevate elevates elevated
     elevation elevating higher greater enhance enhances enhanced enhancing enhancement promote promotes promoted
     promoting promotion upregulate upregulates upregulated upregulating upregulation up-regulate up-regulates
     up-regulated up-regulation activate activates activated activating activation stimulate stimulates stimulated
     stimulating stimulation accelerate accelerates accelerated accelerating acceleration augment augments augmented
     augmentation amplify amplifies amplified amplification boost boosts boosted positively`,
  );
  add(
    'amount',
    -1,
    `decrease decreases decreased decreasing decline declines declined declining reduce reduces reduced reducing
     reduction lower lowers lowered lowering lessen lessened fewer diminish diminishes diminished diminishing
     attenuate attenuates attenuated attenuating attenuation inhibit inhibits inhibited inhibiting inhibition suppress
     suppresses suppressed suppressing suppression downregulate downregulates downregulated downregulating
     downregulation down-regulate down-regulates down-regulated down-regulation deactivate deactivates deactivated
     deactivation slow slows slowed slowing abolish abolishes abolished abrogate abrogates abrogated negatively`,
  );
  // words of effect whose object is a process or an ability: preventing, blocking or halting it is less of it; a need
  // ("crucial for", "required for") and a facilitation are more of it
  add(
    'amount',
    -1,
    `prevent prevents prevented preventing block blocks blocked blocking blockade halt halts halted halting delay delays
     delayed delaying`,
  );
  add(
    'amount',
    1,
    `encourage encourages encouraged encouraging facilitate facilitates facilitated facilitating induce induces induced
     inducing induction required essential crucial necessary`,
  );
  add(
    'quality',
    1,
    `improve improves improved improving improvement better benefit benefits beneficial restore restores restored restoring rescue rescues rescued rescuing`,
  );
  add(
    'quality',
    -1,
    `worsen worsens worsened worsening impair impairs impaired impairing impairment exacerbate exacerbates exacerbated
     exacerbating worse damage damages damaged damaging disrupt disrupts disrupted disrupting disruption`,
  );
  for (const [w, sign] of ALSO_AMOUNT) {
    const d = m.get(w);
    if (d && d.axis === 'quality') m.set(w, { ...d, alt: { axis: 'amount', sign } });
  }
  return m;
})();

/** The direction of an effect word, by its surface form or lemma. */
export function directionOf(t: Token): Direction | undefined {
  return LEXICON.get(t.lower) ?? LEXICON.get(t.lemma);
}

/** Most content words of an effect word's scope (its object: "the risk of postoperative bleeding"). */
export const SCOPE_WORDS = 3;
/** Most effect words of a claim compared (bounded work on a hostile one-sentence answer). */
const MAX_EFFECTS = 32;
/** Most source sentences compared per claim (bounded work). */
const MAX_SENTENCES = 8;

/** Words that say how, not what: they are no object of an effect. */
const LIGHT = new Set(['significantly', 'markedly', 'greatly', 'strongly', 'substantially', 'dramatically', 'slightly', 'also', 'further']);
/**
 * Measure nouns: what is measured of the object, said interchangeably in paraphrase ("rates of tuberculosis", "the
 * incidence of tuberculosis", "p53 function"). They are no part of the object compared.
 */
const MEASURE = new Set(
  'rate rates level levels incidence risk risks number numbers frequency occurrence amount amounts production expression activity function concentration concentrations prevalence odds likelihood chance degree extent magnitude'.split(
    ' ',
  ),
);

/** Words of association after an adverb of polarity ("positively correlated with"). */
const ASSOCIATION = /^(?:associated|correlated|related|linked)$/;

/** Whether a token ends an effect's scope: punctuation, a conjunction, a comparison, or a preposition after a content word. */
function endsScope(t: Token, words: number): boolean {
  if (t.type === 'punctuation' || t.pos === 'CCONJ' || t.pos === 'SCONJ') return t.value !== '-' && t.value !== '/';
  // "reduced X compared with Y", "increases X than": the comparison starts another phrase
  if (t.lower === 'than' || t.lower === 'compared' || t.lower === 'versus' || t.lower === 'vs') return true;
  // "the incidence of tuberculosis across all strata": "of" continues the object, another preposition ends it
  return t.pos === 'ADP' && t.lower !== 'of' && words > 0;
}

/**
 * The object of an effect word: the content words after it, within its phrase (at most {@link SCOPE_WORDS}); for a
 * predicate ("activity is increased", "levels were higher") the content words of the subject before it.
 */
function objectOf(tokens: Token[], i: number): Token[] {
  const out: Token[] = [];
  let seen = 0;
  for (let j = i + 1; j < tokens.length && out.length < SCOPE_WORDS; j++) {
    const t = tokens[j];
    // a one-token parenthetical is part of the phrase: "T(H)2 survival", "CD4(+) cells", "tumour necrosis factor (TNF)"
    if (t.value === '(' && tokens[j + 2]?.value === ')') {
      if (tokens[j + 1].content && !LIGHT.has(tokens[j + 1].lower)) seen++;
      j += 2;
      continue;
    }
    if (endsScope(t, seen) || directionOf(t)) break;
    // "negatively associated with breast cancer": the association word links the effect to its object
    if (j === i + 1 && ASSOCIATION.test(t.lower)) continue;
    if (t.content && !LIGHT.has(t.lower)) {
      seen++;
      if (!MEASURE.has(t.lower)) out.push(t);
    }
  }
  // a predicate: "X is/was/were (significantly) increased"
  let k = i - 1;
  while (k >= 0 && LIGHT.has(tokens[k].lower)) k--;
  if (k >= 1 && tokens[k].pos === 'AUX') {
    for (let j = k - 1; j >= 0 && out.length < 2 * SCOPE_WORDS; j--) {
      const t = tokens[j];
      if (t.type === 'punctuation' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || t.pos === 'VERB' || directionOf(t)) break;
      if (t.content && !LIGHT.has(t.lower) && !MEASURE.has(t.lower)) out.push(t);
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
function subjectOf(tokens: Token[], i: number): Token[] {
  const out: Token[] = [];
  for (let j = i - 1; j >= 0 && out.length < SUBJECT_WORDS; j--) {
    const t = tokens[j];
    if (t.value === '-' || t.value === '/' || t.value === '(' || t.value === ')') continue;
    if (t.type === 'punctuation' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || directionOf(t)) break;
    if (t.content && !LIGHT.has(t.lower) && !MEASURE.has(t.lower)) out.push(t);
  }
  return out;
}

/**
 * Words that remove the agent of an effect: "loss of FGF21 causes ...", "CX3CR1-blocking reagents prevented ...",
 * "siRNA knockdown of A20 accelerates ...", "siRNA suppressed tumor growth". Such an effect is another relation than one of the agent itself ("CX3CR1-blocking
 * reagents prevented airway inflammation" says CX3CR1 promotes it), and the sources write the removal in many ways (a drug,
 * an siRNA), so effects are compared only when both or neither remove their agent.
 */
const AGENT_REMOVED = new Set(
  `lack lacking absence loss deficiency deficient deletion deleted knockout knockdown depletion depleted blocking blockade
   inhibition inhibiting inhibitor inhibitors antagonist antagonists silencing silenced ablation elimination eliminating removal sirna sirnas
   shrna rnai`.split(/\s+/),
);
/** Most tokens scanned back from an effect word for a word that removes its agent. */
const AGENT_WINDOW = 8;
/** Whether a word of {@link AGENT_REMOVED} precedes an effect word in its clause (within {@link AGENT_WINDOW} tokens). */
function agentRemoved(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - AGENT_WINDOW; j--) {
    const t = tokens[j];
    if ((t.type === 'punctuation' && !['-', '/', '(', ')'].includes(t.value)) || t.pos === 'CCONJ' || t.pos === 'SCONJ') break;
    // also the head of a compound: "CX3CR1-blocking reagents"
    if (AGENT_REMOVED.has(t.lower) || AGENT_REMOVED.has(t.lower.slice(t.lower.lastIndexOf('-') + 1))) return true;
  }
  return false;
}

/** Whether an effect word is negated ("did not increase", "no reduction"): its direction is then not stated. */
function negatedAt(tokens: Token[], i: number): boolean {
  if (tokens[i].negated) return true;
  for (let j = Math.max(0, i - 3); j < i; j++) if (tokens[j].cue) return true;
  return false;
}

/**
 * The effect words of a sentence with their composed sign: an effect word that modifies the next one of its axis
 * ("enhanced suppression of p53", "reduced inhibition") is folded into it (the signs multiply).
 */
function effects(tokens: Token[]): { i: number; d: Direction }[] {
  const out: { i: number; d: Direction }[] = [];
  let carry: Direction | undefined;
  tokens.forEach((t, i) => {
    const d = directionOf(t);
    if (!d) {
      if (t.content && !LIGHT.has(t.lower)) carry = undefined;
      return;
    }
    const sign = (carry && carry.axis === d.axis ? carry.sign * d.sign : d.sign) as 1 | -1;
    carry = undefined;
    // the next content word is an effect word of the same axis: this one modifies it
    let j = i + 1;
    while (j < tokens.length && !tokens[j].content && tokens[j].type !== 'punctuation') j++;
    const next = tokens[j] && directionOf(tokens[j]);
    if (next && next.axis === d.axis) {
      carry = { axis: d.axis, sign };
      return;
    }
    out.push({ i, d: sign === d.sign && !d.alt ? { axis: d.axis, sign } : sign === d.sign ? d : { axis: d.axis, sign } });
  });
  return out;
}

const sameWord = (a: Token, b: Token) => a.lemma === b.lemma || a.stem === b.stem;

/** An effect a source sentence states: the effect word, its direction and its object. */
interface SourceEffect {
  t: Token;
  d: Direction;
  object: Token[];
  subject: Token[];
  /** a word before it removes its agent ({@link AGENT_REMOVED}: "CX3CR1-blocking reagents prevented ...") */
  removed: boolean;
}
const effectCache = new WeakMap<Sentence, SourceEffect[]>();
/** The effects a source sentence states, negated ones left out (memoized per sentence: sources are shared). */
function sourceEffectsOf(s: Sentence): SourceEffect[] {
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
export function directionFlags(claim: Token[], near: Sentence[]): Flag[] {
  const flags: Flag[] = [];
  const sources = near.slice(0, MAX_SENTENCES).map(sourceEffectsOf);
  for (const { i, d: stated } of effects(claim).slice(0, MAX_EFFECTS)) {
    const t = claim[i];
    if (negatedAt(claim, i)) continue;
    const d = stated;
    const removed = agentRemoved(claim, i);
    const object = objectOf(claim, i);
    if (!object.length) continue;
    const need = Math.min(2, object.length);
    const subject = subjectOf(claim, i);
    let bestSame = 0;
    let bestOther = 0;
    let other: Token | undefined;
    // the same relation: a shared object word and a shared subject word ("CX3CR1 impairs T cell survival" against
    // "CX3CR1 signaling promoted T(H)2 survival"); scored above any object-only match of the same size
    let relSame = 0;
    let relOther: Token | undefined;
    for (const e of sources.flat()) {
      const signs = commonSigns(d, e.d);
      // one side's agent removed ("CX3CR1-blocking reagents prevented X" against "CX3CR1 promotes X"): another relation
      if (!signs || e.removed !== removed) continue;
      const shared = object.filter((y) => e.object.some((z) => sameWord(y, z))).length;
      const agent = shared > 0 && subject.some((y) => e.subject.some((z) => sameWord(y, z)));
      if (signs[0] === signs[1]) {
        bestSame = Math.max(bestSame, shared);
        if (agent) relSame++;
      } else {
        if (shared > bestOther) {
          bestOther = shared;
          other = e.t;
        }
        if (agent) relOther ??= e.t;
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
const negatedForm = (neg: string, word: string) => neg.endsWith(word) && COMPOUND_NEGATION.test(neg.slice(0, neg.length - word.length));

/**
 * Compounds of the same name whose second part the best-matching source sentences negate or affirm the other way
 * ("a UCP1-dependent mechanism" against "a UCP1-independent mechanism", and the reverse): an `antonym-swap`, unless a
 * source sentence also writes the claim's compound. The name is the same, so the words are known and no novel-word
 * check sees the swap.
 * @param claim the claim's tokens; @param near the best-matching source sentences.
 */
export function compoundAntonymFlags(claim: Token[], near: Sentence[]): Flag[] {
  const flags: Flag[] = [];
  const sentences = near.slice(0, MAX_SENTENCES);
  for (const t of claim.slice(0, 4 * MAX_EFFECTS)) {
    const m = COMPOUND.exec(t.lower);
    if (!m) continue;
    let same = false;
    let other: Token | undefined;
    for (const s of sentences)
      for (const x of s.tokens) {
        const n = COMPOUND.exec(x.lower);
        if (!n || n[1] !== m[1]) continue;
        if (n[2] === m[2]) same = true;
        else if (negatedForm(n[2], m[2]) || negatedForm(m[2], n[2])) other ??= x;
      }
    if (other && !same) flags.push({ name: 'antonym-swap', span: t.value, detail: `"${t.value}" where the source says "${other.value}"` });
  }
  return flags;
}

/** Adjectives of small degree: "only a modest impact", "only a small fraction", "only a few cases" say "merely". */
const SMALL_DEGREE = new Set(
  'modest small slight minor limited marginal few little fraction handful partial moderate minimal weak low'.split(' '),
);
/**
 * Whether "only" at `i` judges a degree rather than excluding anything: "only a modest impact", "only a few
 * patients" (an article, then an adjective of small degree). Such a focus is weak evidence of an unsupported
 * restriction, as "only" before a stated number is none.
 * @param tokens the claim's tokens; @param i the index of "only".
 */
export function degreeFocus(tokens: Token[], i: number): boolean {
  const a = tokens[i + 1]?.lower;
  const b = tokens[i + 2]?.lower;
  return (a === 'a' || a === 'an') && b !== undefined && SMALL_DEGREE.has(b);
}

/** Greek letters by name ("β-catenin" = "beta-catenin", "IFN-γ" = "IFN-gamma"), lower case. */
const GREEK: Record<string, string> = {
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
export function foldGreek(text: string): string {
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

const wordsCache = new WeakMap<object, string[]>();
/** The Greek-folded words of a text (memoized per analysis object). */
function wordsOf(a: { text: string }): string[] {
  let w = wordsCache.get(a);
  if (!w) {
    w = foldGreek(a.text).split(' ').filter(Boolean).slice(0, MAX_SOURCE_WORDS);
    wordsCache.set(a, w);
  }
  return w;
}

/** A form with its letters and digits apart. */
interface FormParts {
  text: string;
  letters: string;
  digits: string;
}
const split = (s: string): FormParts => ({ text: s, letters: s.replace(/[^a-z]/g, ''), digits: s.replace(/[^0-9]/g, '') });
/** A long form's parts as {@link abbreviates} compares them: Greek letters written as their Latin ones ({@link latinWords}). */
const longParts = (long: string): FormParts => split(latinWords(long));

/**
 * Whether `short` abbreviates `long` (both Greek-folded, lower case, words joined by spaces): the digits are the same,
 * the letters of the short form occur in the long form in order, the first one starting the long form, and the
 * last word of the long form gives a letter (after the Schwartz & Hearst 2003 abbreviation-definition algorithm:
 * "tspan3" for "tetraspanin 3", "ifn" for "interferon", "vb6" for "vitamin b6", "srebp2" for "sterol regulatory
 * element binding protein 2"). A short form of letters only needs three of them ("IL" is too ambiguous). A Greek letter
 * of the long form counts as its Latin letter ({@link LATIN}).
 */
export function abbreviates(short: string, long: string): boolean {
  // a Greek letter of the long form is one letter, its Latin one ("IL-1a" abbreviates no "IL-1 beta": no "a" of "beta")
  // (callers pass a short form with its Greek letters as Latin ones: latinOf)
  return abbreviatesParts(split(short), longParts(long));
}

/** {@link abbreviates} of forms split already (the long one by {@link longParts}): loops over one form split it once. */
function abbreviatesParts(s: FormParts, l: FormParts): boolean {
  const lf = l.text;
  // letters only: three or more, and a long form at least two letters longer ("XXX" abbreviates no "XXXX")
  if (s.digits !== l.digits || s.letters.length < (s.digits ? 1 : 3) || s.letters.length + (s.digits ? 1 : 2) > l.letters.length)
    return false;
  if (s.letters[0] !== l.letters[0]) return false;
  // in-order match from the right (Schwartz & Hearst): each short letter at or before the previous match
  // the last word with letters must give one (a trailing number, "tetraspanin 3", gives the digits)
  const lastStart = Math.max(0, ...[...lf.matchAll(/[a-z][a-z0-9]*/g)].map((m) => m.index ?? 0));
  let at = lf.length;
  let lastUsed = -1;
  for (let k = s.letters.length - 1; k >= 0; k--) {
    const c = s.letters[k];
    const i = lf.lastIndexOf(c, at - 1);
    if (i < 0) return false;
    if (lastUsed < 0) lastUsed = i;
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
const GREEK_CODE = new RegExp(
  `^(?=(?:[^\\p{L}]*\\p{L}){1,8}[^\\p{L}]*$)(?:[\\p{L}-]*[${Object.keys(GREEK).join('')}][\\p{L}-]*|\\p{Lu}{2,}-\\p{Ll}?\\p{Lu}[\\p{L}]*)$`,
  'u',
);
/** An acronym as written: 3 to 6 capitals ("IFN", "APOE"). */
const ACRONYM_FORM = /^\p{Lu}{3,6}$/u;

/**
 * Whether a name or code of the claim is a form the cited sources write in another way: the same letters and digits
 * without separators ("SHP-2" for "SHP2", "Th2" for "T(H)2", "Ly6C" for "Ly-6C"), with Greek letters spelled out
 * ("av-Beta3" for "αvβ3"), an abbreviation of source words ("VB6" for "vitamin B6") or the long form of a source
 * abbreviation ("Tetraspanin-3" for "Tspan3", "Interferon" for "IFN"); see {@link abbreviates}. Bounded: the words
 * of each source once, windows of at most {@link MAX_LONG_WORDS} words.
 */
export function formKnown(form: string, cited: readonly { text: string }[]): boolean {
  if (form.length > 64) return false;
  return cited.some((a) => {
    let memo = formMemo.get(a);
    if (!memo) formMemo.set(a, (memo = new Map()));
    let v = memo.get(form);
    if (v === undefined) {
      v = formKnownIn(form, [a]);
      if (memo.size > 4096) memo.clear();
      memo.set(form, v);
    }
    return v;
  });
}
const formMemo = new WeakMap<object, Map<string, boolean>>();
/** {@link formKnown} without the memo. */
function formKnownIn(form: string, cited: readonly { text: string }[]): boolean {
  const f = foldGreek(form);
  if (!f) return false;
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
    if (windows.has(joined) || windows.has(latinJoined) || latin?.has(latinJoined)) return true;
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
          if (abbreviatesParts(claimAsShort, longParts(window)) && initialsIn(window, latinJoined)) return true;
        }
      }
      // the claim spells out a source abbreviation (one or two source words, written as a short form there: "IFN", "IL-2")
      for (const short of [w[i], i + 1 < w.length ? w[i] + w[i + 1] : ''])
        if (
          short &&
          short.length < joined.length &&
          shortKeys.has(short) &&
          abbreviatesParts(split(short), claimAsLong) &&
          shortInSource(a.text, short, f)
        )
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
const CODE_AFFIXES = new Set(
  `anti pro non pre post co induced dependent mediated deficient positive negative specific driven linked derived expressing
   associated related like based bound binding treated activated`.split(/\s+/),
);

/**
 * The code and the affix of a code with one hyphenated affix ({@link CODE_AFFIXES}): "anti-interleukin-2" is
 * `{ affix: 'anti', core: 'interleukin-2' }`, "IL-6-induced" `{ affix: 'induced', core: 'IL-6' }`; undefined when the
 * form has no such affix or the rest is no code ({@link CODE_FORM}-like: a digit, a Greek letter or two capitals; not a
 * word: "anti-inflammatory").
 */
export function affixedCode(form: string): { affix: string; core: string } | undefined {
  // a code: letters with a digit, a Greek letter or two capitals ("IL-2", "TNF-α", "CTLA")
  const code = (x: string) => /\p{L}/u.test(x) && (/\d/.test(x) || HAS_GREEK.test(x) || /\p{Lu}[^\p{Lu}]*\p{Lu}/u.test(x));
  const m = /^(\p{L}+)-(.+)$/u.exec(form);
  if (m && CODE_AFFIXES.has(m[1].toLowerCase()) && code(m[2])) return { affix: m[1].toLowerCase(), core: m[2] };
  const n = /^(.+)-(\p{L}+)$/u.exec(form);
  if (n && CODE_AFFIXES.has(n[2].toLowerCase()) && code(n[1])) return { affix: n[2].toLowerCase(), core: n[1] };
  return undefined;
}

/**
 * The Latin letter written for each Greek letter, by its name, as the Symbol font maps them and plain-text authors type them
 * ("PKCz" for "PKCζ", "NF-kB" for "NF-κB", "TNF-a" for "TNF-α", "PKCq" for "PKCθ").
 */
const LATIN: ReadonlyMap<string, string> = new Map(
  Object.entries({
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
  }),
);

/** A Greek letter's name as a word or beside digits ("beta" of "il 1 beta" and of "il 1beta"). */
const GREEK_NAME = new RegExp(`(?<=^|[\\s\\d])(?:${[...LATIN.keys()].join('|')})(?=$|[\\s\\d])`, 'g');
/** A Greek-folded text ({@link foldGreek}) with each Greek letter's name written as its Latin letter ("il 1beta": "il 1b"). */
const latinWords = (folded: string) => folded.replace(GREEK_NAME, (g) => LATIN.get(g) ?? g);
/** A Greek-folded form written as one word, each Greek letter as its Latin one ("il 1 beta": "il1b"). */
const latinOf = (folded: string) => latinWords(folded).replace(/ /g, '');

/** Every run of 1 to {@link MAX_LONG_WORDS} words written as one (runs of at most 64 characters). */
function runsOf(words: readonly string[]): Set<string> {
  const joined = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    let run = '';
    for (let n = 0; n < MAX_LONG_WORDS && i + n < words.length; n++) {
      run += words[i + n];
      if (run.length > 64) break;
      joined.add(run);
    }
  }
  return joined;
}

/** The words of a source as {@link indexOf} reads them. */
interface SourceIndex {
  words: string[];
  joined: Set<string>;
  latin?: Set<string>;
  /** the positions of the words, by their first character */
  starts: Map<string, number[]>;
}
/**
 * The Greek-folded words of a text and every run of them written as one ({@link runsOf}); where the text writes a Greek
 * letter, also those runs with each Greek letter written as its Latin one ({@link LATIN}). Memoized.
 */
const indexOf = memoized((a: { text: string }): SourceIndex => {
  const words = wordsOf(a);
  const latin = words.some((w) => LATIN.has(w)) ? runsOf(words.map((w) => LATIN.get(w) ?? w)) : undefined;
  const starts = new Map<string, number[]>();
  for (const [i, w] of words.entries()) addTo(starts, w[0], i);
  return { words, joined: runsOf(words), ...(latin ? { latin } : {}), starts };
});

/**
 * The positions of the source words ({@link indexOf}) that start a short form of the source: the word, or the word and the
 * next written as one, is a key of {@link sourceForms}' `shortKeys`; by first character, in order. Memoized.
 */
const shortStarts = memoized((a: { text: string }): Map<string, number[]> => {
  const out = new Map<string, number[]>();
  const { words: w } = indexOf(a);
  const { shortKeys } = sourceForms(a.text);
  for (let i = 0; i < w.length; i++)
    if (shortKeys.has(w[i]) || (i + 1 < w.length && shortKeys.has(w[i] + w[i + 1]))) addTo(out, w[i][0], i);
  return out;
});

/** Whether the initial of every word of a long form with letters occurs in the short form, in order ("vb6": vitamin, b6). */
function initialsIn(long: string, short: string): boolean {
  let at = 0;
  for (const w of long.split(' ')) {
    if (!/^[a-z]/.test(w)) continue;
    at = short.indexOf(w[0], at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/**
 * Whether a source writes a word as a short form of `long`: a code ("Tspan3" for "tetraspanin 3"), or an acronym whose
 * last letter also ends the long form ("IFN" for "interferon"; "ABC" is no short form of "abacus").
 */
function shortInSource(text: string, word: string, long: string): boolean {
  for (const part of sourceForms(text).forms.get(word) ?? []) {
    if (CODE_FORM.test(part)) return true;
    if (ACRONYM_FORM.test(part) && long.replace(/[^a-z]/g, '').endsWith(word[word.length - 1])) return true;
  }
  return false;
}
/** The forms of a source's tokens ({@link sourceForms}). */
interface SourceForms {
  /** the tokens as written (at most 8 spellings), by their folded form */
  forms: Map<string, string[]>;
  /** the folded forms with a spelling that is a code or an acronym: the only words {@link shortInSource} accepts */
  shortKeys: Set<string>;
}
const formsCache = new Map<string, SourceForms>();
/**
 * The tokens of a source as written, by their folded form: each whole token ("IL-2") and each of its hyphen parts ("IFN"
 * of "IFN-gamma"). Memoized for the last 64 texts (sources are shared by many answers).
 */
function sourceForms(text: string): SourceForms {
  let x = formsCache.get(text);
  if (!x) {
    const forms = new Map<string, string[]>();
    for (const t of text.matchAll(/[\p{L}\d]+(?:-[\p{L}\d]+)*/gu))
      for (const part of hyphenRuns(t[0])) {
        const key = foldGreek(part).replace(/ /g, '');
        const list = forms.get(key);
        if (!list) forms.set(key, [part]);
        else if (list.length < 8 && !list.includes(part)) list.push(part);
      }
    const shortKeys = new Set<string>();
    for (const [key, list] of forms) if (list.some((p) => CODE_FORM.test(p) || ACRONYM_FORM.test(p))) shortKeys.add(key);
    x = { forms, shortKeys };
    if (formsCache.size >= 64) formsCache.delete(formsCache.keys().next().value as string);
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
export function hyphenRuns(token: string): string[] {
  if (!token.includes('-')) return [token];
  const parts = token.split('-');
  if (parts.length > MAX_RUN_PARTS) return [...new Set([token, ...parts])];
  const out = new Set<string>();
  for (let i = 0; i < parts.length; i++) for (let j = i + 1; j <= parts.length; j++) out.add(parts.slice(i, j).join('-'));
  return [...out];
}

/** Most tokens of a hyphenated compound {@link compoundAt} reads on each side of a word (bounded work). */
const MAX_COMPOUND_PARTS = 3;
/**
 * The hyphenated compound the tokenizer split around the claim token at `i` ("IFN-γ" around "IFN", "NF-kB-dependent"
 * around "NF"): the token with its neighbours joined to it by "-", at most {@link MAX_COMPOUND_PARTS} parts on each side;
 * undefined when no hyphen joins it.
 */
export function compoundAt(tokens: readonly Token[], i: number): string | undefined {
  const part = (t: Token | undefined) => !!t && t.type !== 'punctuation' && /^[\p{L}\d]+$/u.test(t.value);
  let from = i;
  let to = i;
  for (let n = 0; n < MAX_COMPOUND_PARTS && tokens[from - 1]?.value === '-' && part(tokens[from - 2]); n++) from -= 2;
  for (let n = 0; n < MAX_COMPOUND_PARTS && tokens[to + 1]?.value === '-' && part(tokens[to + 2]); n++) to += 2;
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
export function compoundFormKnown(tokens: readonly Token[], i: number, cited: readonly { text: string }[]): boolean {
  const compound = compoundAt(tokens, i);
  if (!compound) return false;
  const core = affixedCode(compound)?.core;
  return formKnown(compound, cited) || (!!core && formKnown(core, cited));
}

/**
 * Whether a hyphenated claim word is a source word written as one ("non-teaching" for "nonteaching", "up-regulated"
 * for "upregulated"): compounds are written open, hyphenated or closed with no change of meaning.
 */
export function compoundKnown(t: Token, cited: readonly { vocabulary: Set<string> }[]): boolean {
  if (!t.lower.includes('-')) return false;
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
export function reviewPolarity(flags: Flag[], claim: Token[], near: Sentence[]): Flag[] {
  const sentences = near.slice(0, MAX_SENTENCES);
  const sourceEffects = sentences.flatMap(sourceEffectsOf);
  const claimEffects = effects(claim);
  const out: Flag[] = [];
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
      if (
        base &&
        sentences.some((s) => s.tokens.some((x, j) => (x.lower === base || x.lemma === base) && (x.negated || negatedAt(s.tokens, j))))
      )
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
            if (!signs) continue;
            const shared = object.filter((y) => x.object.some((z) => sameWord(y, z))).length;
            if (signs[0] === signs[1]) same = Math.max(same, shared);
            else other = Math.max(other, shared);
          }
          if (same >= need && same >= other) continue;
        }
      }
    }
    if (f.name === 'negation-flip') {
      const cue = claim.find((t) => t.cue && PRIVATIVE.has(t.lower));
      if (cue) {
        const scope = f.span?.split(/\s+/).slice(1) ?? [];
        const states = sentences.some(
          (s) =>
            s.tokens.some((x) => PRIVATIVE.has(x.lower)) &&
            scope.some((w) => s.tokens.some((x) => x.value === w || x.lower === w.toLowerCase())),
        );
        if (states) continue;
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
export function weakenLetters(flags: Flag[]): Flag[] {
  return flags.map((f) =>
    (f.name === 'unsupported-entity' || f.name === 'unsupported-identifier') && /^\p{Lu}\.?$/u.test(f.span ?? '')
      ? { ...f, weak: true, detail: `${f.detail} (a single letter is a label, not a name)` }
      : f,
  );
}

/** Numbers written in scientific notation: "1.5 × 10^-3", "2×10(-5)", "10^6", "3e-7" (mantissa and power of ten). */
const SCI =
  /(?<![\w.])(?:(\d+(?:\.\d+)?)\s*[x×*·]\s*)?10\s*(?:\^\s*\(?|\()\s*([-−–+]?\s?\d{1,3})\s*\)?|(?<![\w.])(\d+(?:\.\d+)?)[eE]([-+]?\d{1,3})(?![\w.])/gu;

/**
 * The numbers a text writes in scientific notation, with their spans (UTF-16 offsets). "10^-3" and "10(-3)" (a
 * superscript flattened into parentheses, as abstracts are) both read as 0.001. Linear in the text length.
 */
export function scientificNumbers(text: string): { start: number; end: number; value: number }[] {
  const out: { start: number; end: number; value: number }[] = [];
  for (const m of text.matchAll(SCI)) {
    const mant = Number(m[1] ?? m[3] ?? '1');
    const exp = Number((m[2] ?? m[4] ?? '').replace(/[−–]/, '-').replace(/\s/g, ''));
    if (!Number.isFinite(mant) || !Number.isFinite(exp)) continue;
    const start = m.index ?? 0;
    out.push({ start, end: start + m[0].length, value: mant * 10 ** exp });
  }
  return out;
}

const sciCache = new WeakMap<object, number[]>();
/**
 * Whether a claim number (its value) is one the sources state in scientific notation (a claim's "0.001" for a
 * source's "10^-3"), or, with `plain`, also plainly (a claim's "1e-7" for a source's "0.0000001"): equal within a
 * relative 1e-9.
 */
export function scientificKnown(
  value: number,
  cited: readonly { text: string; quantities: readonly { value: number }[] }[],
  plain = true,
): boolean {
  const eq = (a: number) => Math.abs(a - value) <= 1e-9 * Math.max(Math.abs(a), Math.abs(value));
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
const SPEAKER = new Set(['i', "i'm", 'im', 'me', 'we', "we're", 'you', "you're"]);
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
export function unstatedNegation(claim: Token[], sentences: readonly Sentence[]): Flag[] {
  const out: Flag[] = [];
  let cues = 0;
  claim.forEach((t, i) => {
    if (!t.cue || PRIVATIVE.has(t.lower) || REPLY.has(t.lower)) return;
    // bounded work: the first MAX_EFFECTS negations of a claim
    if (++cues > MAX_EFFECTS) return;
    // the speaker's own state ("I have not heard that", "we did not go") says nothing of the sources
    for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
      const x = claim[j];
      if (x.type === 'punctuation' || x.pos === 'CCONJ' || x.pos === 'SCONJ') break;
      if (SPEAKER.has(x.lower)) return;
    }
    if (HEDGE.has(claim[i + 1]?.lower ?? '') || HEDGE.has(claim[i + 2]?.lower ?? '')) return;
    const scope: Token[] = [];
    for (let j = i + 1; j < claim.length && scope.length < SCOPE_WORDS; j++) {
      const x = claim[j];
      if (x.type === 'punctuation' || x.pos === 'CCONJ' || x.pos === 'SCONJ') break;
      if (x.content) scope.push(x);
    }
    if (!scope.length) return;
    // the sources speak of what the claim negates (else the claim's coverage tells), and never negate it
    // (a sentence's terms hold the base of a prefixed negation too: "refund" of "non-refundable")
    const mentioning = sentences.filter((s) => scope.some((y) => s.terms.has(y.lemma) || s.terms.has(y.stem)));
    if (!mentioning.length) return;
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
const FRACTIONS: [RegExp, number][] = [
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
export function fractionKnown(percent: number, cited: readonly { text: string }[]): boolean {
  return FRACTIONS.some(([re, v]) => Math.abs(v - percent) <= 1 && cited.some((a) => re.test(a.text)));
}

/** Words of a relation between two things: an association, an effect, a role, a need. */
const RELATION =
  /^(?:associat\w*|relat\w*|correlat\w*|link\w*|connect\w*|effect|effects|impact|impacts|influence\w*|affect\w*|role|roles|required|requires?|essential|necessary|crucial|critical|important|contribut\w*|depend\w*|predict\w*)$/;
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
export function deniedRelationFlags(claim: Token[], near: Sentence[]): Flag[] {
  let at = claim.findIndex((t) => NULL_RELATION.test(t.lower));
  if (at < 0) {
    // a negation cue with a relation word within the next two words ("no known association", "not associated with")
    for (let i = 0; i < claim.length && at < 0; i++) {
      if (!claim[i].cue) continue;
      for (let j = i + 1; j <= i + 3 && j < claim.length; j++)
        if (RELATION.test(claim[j].lower)) {
          at = j;
          break;
        }
    }
  }
  if (at < 0) return [];
  // what the relation is to: the content words after it, measure nouns aside
  const object = objectOf(claim, at);
  if (!object.length) return [];
  const need = Math.min(2, object.length);
  for (const s of near.slice(0, MAX_SENTENCES)) {
    if (s.tokens.some((x) => x.cue || x.negated)) continue;
    const shared = object.filter((y) => s.tokens.some((x) => x.content && sameWord(x, y))).length;
    if (shared < need) continue;
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
function deniesRelation(tokens: Token[]): Token | undefined {
  const n = tokens.find((t) => NULL_RELATION.test(t.lower));
  if (n) return n;
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].cue) continue;
    for (let j = i + 1; j <= i + 3 && j < tokens.length; j++)
      if (RELATION.test(tokens[j].lower) || directionOf(tokens[j])) return tokens[i];
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
export function affirmedDenialFlags(claim: Token[], near: Sentence[]): Flag[] {
  if (claim.some((t) => t.cue)) return [];
  const effect = claim.findIndex((t) => directionOf(t) || RELATION.test(t.lower));
  if (effect < 0) return [];
  const words = claim
    .filter((t) => t.content && !directionOf(t) && !RELATION.test(t.lower) && !LIGHT.has(t.lower))
    .slice(0, 4 * MAX_EFFECTS);
  const object = objectOf(claim, effect);
  const sentences = near.slice(0, MAX_SENTENCES);
  // the sources state the claim's effect of that object somewhere: no flip
  const d = directionOf(claim[effect]);
  if (
    d &&
    sentences.some((s) =>
      sourceEffectsOf(s).some(
        (e) => commonSigns(d, e.d)?.every((x) => x === d.sign) === true && object.some((y) => e.object.some((z) => sameWord(y, z))),
      ),
    )
  )
    return [];
  // the claim's subject: its content words before the effect word
  const subject = claim.slice(0, effect).filter((t) => t.content && !LIGHT.has(t.lower));
  for (const s of sentences) {
    const cue = deniesRelation(s.tokens);
    if (!cue) continue;
    const shared = words.filter((y) => s.tokens.some((x) => x.content && sameWord(x, y))).length;
    if (shared < 2) continue;
    // the denial is said of the claim's subject: it occurs in the denying clause ("whereas in noncarriers, no
    // association ..." denies nothing of the carriers)
    const k = s.tokens.indexOf(cue);
    let from = k;
    while (from > 0 && !CONTRAST.has(s.tokens[from - 1].lower)) from--;
    let to = k;
    while (to < s.tokens.length && !CONTRAST.has(s.tokens[to].lower)) to++;
    const clause = s.tokens.slice(from, to);
    if (subject.length && !subject.some((y) => clause.some((x) => x.content && sameWord(x, y)))) continue;
    // the claim's object narrower than the denied one ("colorectal cancer" against "no association with cancer"): the
    // denial is of the class, the subtype may still be affected (weak)
    const narrower = object.length > 1 && object.some((y) => !s.tokens.some((x) => x.content && sameWord(x, y)));
    return [
      {
        name: 'negation-flip',
        span: claim[effect].value,
        detail: `the claim states "${claim[effect].value}" where the source denies it ("${cue.value}" in "${s.text.slice(0, 120)}")${
          narrower ? ' (of a broader class than the claim names: weak evidence)' : ''
        }`,
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
const FRAME = new Set(
  (
    'discuss debate talk converse chat mention note highlight emphasize emphasise stress underscore accentuate point observe notice remark ' +
    'suggest propose agree concur conclude decide believe think feel argue explain express state report consider acknowledge deliberate ' +
    'explore say tell ask answer reply respond claim add wonder recommend insist indicate clarify describe share outline summarize summarise ' +
    'group team meeting discussion conversation conclusion participant member speaker topic ' +
    'ultimately eventually finally overall additionally furthermore moreover nonetheless nevertheless however also then later initially'
  ).split(' '),
);
/**
 * The words of a claim that frame a report ({@link FRAME}, by lemma or surface form), when the claim is a report in the
 * third person: a claim with a speaker or listener pronoun ("I think", "you said") is a reply, whose words are its own.
 */
export function reportFrame(claim: Token[]): Set<Token> {
  if (claim.some((t) => SPEAKER.has(t.lower) || t.lower === 'my' || t.lower === 'your')) return new Set();
  return new Set(claim.filter((t) => FRAME.has(t.lemma) || FRAME.has(t.lower)));
}

/** A code: letters and digits in one word ("IL-6", "SREBP2", "v2.10.1", "SKU-1234"). */
const CODE_SHAPE = /^(?=[^\s]*\p{L})(?=[^\s]*\d)[\p{L}\d][\p{L}\d._/-]*$/u;
/** The family of a code: its letters before the first digit, lower case ("il" of "IL-6", "v" of "v2.10.1"). */
const familyOf = (code: string) => /^[^\d]*/.exec(code.toLowerCase())?.[0].replace(/[^\p{L}]/gu, '') ?? '';
const codesCache = new WeakMap<object, string[]>();
/** The codes a text writes (memoized per analysis). */
function codesOf(a: { text: string }): string[] {
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
export function weakenAddedCodes(flags: Flag[], claimText: string, cited: readonly { text: string }[]): Flag[] {
  const lower = claimText.toLowerCase();
  // codes of the claim that are slips of a source code ("10EB" for "10E8"), and the names read inside them ("EB")
  const slips = flags
    .filter((f) => f.span && CODE_SHAPE.test(f.span) && cited.some((a) => codesOf(a).some((c) => lookalikeSlip(f.span!, c))))
    .map((f) => f.span!);
  const slip = 'a source code with one look-alike character: a typing slip, weak evidence';
  return flags.map((f) => {
    if ((f.name !== 'unsupported-identifier' && f.name !== 'unsupported-entity') || f.weak || !f.span) return f;
    if (slips.some((x) => x.includes(f.span!))) return { ...f, weak: true, detail: `${f.detail} (${slip})` };
    if (!CODE_SHAPE.test(f.span)) return f;
    const family = familyOf(f.span);
    // a code that starts with a digit is a number written with letters ("1e-6", "3x"): no family, never weakened
    if (!family) return f;
    const rival = cited.some((a) =>
      codesOf(a).some((c) => familyOf(c) === family && !lower.includes(c.toLowerCase()) && c.toLowerCase() !== f.span!.toLowerCase()),
    );
    return rival ? f : { ...f, weak: true, detail: `${f.detail} (no code of its family there: an addition, not a substitution)` };
  });
}

/** Characters typed or read for one another: a digit and the capital it looks like ("10EB" for "10E8", "C0X2" for "COX2"). */
const LOOKALIKE: ReadonlyMap<string, string> = new Map([
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
export function lookalikeSlip(claimCode: string, sourceCode: string): boolean {
  if (claimCode.length !== sourceCode.length || claimCode === sourceCode) return false;
  let diff = -1;
  for (let i = 0; i < claimCode.length; i++) {
    if (claimCode[i] === sourceCode[i]) continue;
    if (diff >= 0) return false;
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
export function weakenInScientificProse(flags: Flag[], scientific: boolean, cited: readonly { text: string }[], claimText = ''): Flag[] {
  if (!scientific) return flags;
  const strong = (f: Flag) => HIGH_PRECISION_FLAGS.has(f.name) && !f.weak && f.name !== 'wrong-citation';
  const kinds = new Set(flags.filter(strong).map((f) => f.name));
  if (kinds.size !== 1) return flags;
  const unanchored = flags.some((f) => f.name === 'low-coverage');
  const research = () => researchSource(cited) || researchRegister({ text: `${cited.map((a) => a.text).join(' ')} ${claimText}` });
  return flags.map((f) => {
    if (!strong(f)) return f;
    if (unanchored) return { ...f, weak: true, detail: `${f.detail} (a claim the scientific passage hardly covers: weak evidence)` };
    const span = f.span ?? '';
    if (
      f.name === 'unsupported-identifier' &&
      research() &&
      f.detail.startsWith('code ') &&
      /\p{L}/u.test(span) &&
      !VERSION.test(span) &&
      !DOSE.test(span)
    )
      return {
        ...f,
        weak: true,
        detail: `${f.detail} (a substance's name in scientific prose, written in another nomenclature: weak evidence)`,
      };
    return f;
  });
}

/** A strong flag of a precise kind ({@link HIGH_PRECISION_FLAGS}), not a wrong citation. */
const strongFlag = (f: Flag) => HIGH_PRECISION_FLAGS.has(f.name) && !f.weak && f.name !== 'wrong-citation';
/**
 * Marks as weak (`unverified`) a `negation-flip` against a transcript of talk (register.ts transcriptRegister) when the
 * claim denies a single word that the talk says somewhere ("others noting the lack of numbers" against "let's give it a
 * number"), and it is the claim's only kind of strong flag: a long transcript says most words of its topic somewhere, in
 * another sense or in passing, so one affirmed word is no contradiction. On the dev splits such flags were right 7 times
 * of 9 (SummEdits QMSum and sales calls); a denied phrase of two or more words stayed precise (63 of 63), as did
 * one-word denials against other registers. Outside transcripts nothing changes.
 * @param flags the claim's flags (a new array is returned); @param cited the cited sources.
 */
export function weakenInTranscript(flags: Flag[], cited: readonly { text: string }[]): Flag[] {
  const kinds = new Set(flags.filter(strongFlag).map((f) => f.name));
  if (kinds.size !== 1 || !kinds.has('negation-flip') || !cited.some(transcriptRegister)) return flags;
  return flags.map((f) =>
    // the claim's own negation of one word: the span is the cue and that word ("lack numbers")
    strongFlag(f) && f.detail.startsWith('the claim negates') && (f.span ?? '').split(/\s+/).length === 2
      ? { ...f, weak: true, detail: `${f.detail} (a single word a transcript of talk says somewhere: weak evidence)` }
      : f,
  );
}

/**
 * The index of the first token of the long form that an abbreviation of the claim defines, in parentheses after it
 * ("epigenetic modulating agents (EMAs)", "folic acid (FA)", "Apolipoprotein E4 (APOE4)", "type VI secretion system
 * (T6SS)": a Roman numeral counts as its digits; Schwartz & Hearst 2003), or -1 when the token at `k` is no such
 * abbreviation. The shortest long form is taken.
 * @param claim the claim's tokens; @param k the index of the abbreviation's token.
 */
export function longFormStart(claim: Token[], k: number): number {
  if (claim[k - 1]?.value !== '(' || claim[k + 1]?.value !== ')') return -1;
  const short = latinOf(foldGreek(claim[k].value)).replace(/s$/, '');
  if (short.replace(/[^a-z]/g, '').length < 2) return -1;
  const words: string[] = [];
  for (let j = k - 2; j >= 0 && words.length < MAX_LONG_WORDS; j--) {
    const t = claim[j];
    if (t.type !== 'word' && t.type !== 'number') {
      if (t.value === '-') continue;
      break;
    }
    const roman = romanNumber(t.value);
    words.unshift(roman !== undefined ? String(roman) : foldGreek(t.value));
    const long = words.join(' ');
    // the initials of the long form ("folic acid (FA)"), or an in-order abbreviation of it
    const initials = words.map((w) => w[0]).join('');
    // (a long form starts with a word of its own: "the" of "the type VI secretion system (T6SS)" gives no "t")
    if (!t.stop && long[0] === short[0] && (initials === short || abbreviates(short, long) || long.replace(/ /g, '') === short)) return j;
  }
  return -1;
}

/**
 * Whether a name of the claim is an abbreviation the claim itself defines in parentheses after its long form
 * ({@link longFormStart}): it names nothing new, the long form's words are checked as the claim's words.
 * @param claim the claim's tokens; @param k the index of the name's token.
 */
export function definedInClaim(claim: Token[], k: number): boolean {
  return longFormStart(claim, k) >= 0;
}

/**
 * Whether a claim token lies in the long form of an abbreviation the claim defines ({@link longFormStart}) whose short
 * form the sources write (`known`): "Ligand" of "RANK-Ligand (RANKL)", "VI" of "type VI secretion system (T6SS)" against
 * a source that says "RANKL", "T6SS". The definition restates a source name; its words name nothing new. Bounded: the
 * parenthesis is looked for in the next {@link MAX_LONG_WORDS} words and their separators.
 * @param claim the claim's tokens; @param i the token's index; @param known whether the sources write a short form.
 */
export function inDefinedLongForm(claim: Token[], i: number, known: (short: string) => boolean): boolean {
  for (let k = i + 2; k < claim.length && k <= i + 2 * MAX_LONG_WORDS + 1; k++) {
    if (claim[k - 1].value !== '(') continue;
    const start = longFormStart(claim, k);
    return start >= 0 && start <= i && known(claim[k].value);
  }
  return false;
}

/** The symbols of each Greek letter name ("beta": "β" and the "ß" typed for it). */
const GREEK_NAMES = new Map<string, string[]>();
for (const [sym, name] of Object.entries(GREEK)) GREEK_NAMES.set(name, [...(GREEK_NAMES.get(name) ?? []), sym]);
/**
 * Whether a claim word is a Greek letter the sources write the other way ("beta" for "β" in "β-catenin", "α" for
 * "alpha"), or (a word of at least four letters) a form of a source name or code ({@link formKnown}: "interferon" for
 * "IFN").
 */
export function paraphraseKnown(t: Token, cited: readonly { text: string }[]): boolean {
  const syms = GREEK_NAMES.get(t.lower);
  if (syms) return cited.some((a) => syms.some((sym) => a.text.includes(sym)));
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
const TECHNICAL =
  /^(?:(?=\S*\d)\p{L}[\p{L}\d]*(?:[-/.][\p{L}\d]+)*|\p{Lu}{2,6}s?(?:[-/]\p{Lu}[\p{Lu}\d]*)*|\p{Ll}{1,4}\p{Lu}{2,}[\p{L}\d]*(?:-[\p{L}\d]+)*|\p{Lu}\p{Ll}{1,3}\p{Lu}[\p{Lu}\d]{0,2}|\S*[α-ω]\S*)$/u;
const technicalCache = new WeakMap<object, number>();
/**
 * The share of a text's words that are technical symbols ({@link TECHNICAL}: gene, protein and chemical symbols, codes,
 * acronyms, Greek letters), 0..1 (memoized per analysis). Scientific abstracts write several in each sentence; e-mails,
 * dialogue and encyclopedia prose few.
 */
export function technicalDensity(a: { text: string }): number {
  return symbolDensity(a, TECHNICAL, technicalCache);
}

/** The share of a text's words (its first 200,000 characters) that are distinct words matching `symbol`, memoized in `cache`. */
function symbolDensity(a: { text: string }, symbol: RegExp, cache: WeakMap<object, number>): number {
  let d = cache.get(a);
  if (d === undefined) {
    const words = a.text.slice(0, 200_000).match(/[\p{L}\d]+(?:[-/.][\p{L}\d]+)*/gu) ?? [];
    // distinct symbols: a transcript that repeats one acronym ("the LCD") is not dense with them
    const symbols = new Set<string>();
    for (const w of words) if (symbol.test(w)) symbols.add(w);
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
export const TECHNICAL_DENSITY = 0.03;

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
export function weakenTechnicalNames(flags: Flag[], cited: readonly { text: string }[]): Flag[] {
  if (!flags.some((f) => f.name === 'unsupported-entity' && !f.weak)) return flags;
  // a research report (register.ts: "RESULTS", "95% CI", "we show that" about cells): a claim about it names what the
  // report leaves implicit (the organism, the country, the method), an addition whatever the name's form; a code the
  // report writes another member of its family of stays precise (a substitution: weakenAddedCodes)
  if (researchSource(cited))
    return flags.map((f) =>
      f.name !== 'unsupported-entity' || f.weak || !f.span || CODE_SHAPE.test(f.span)
        ? f
        : { ...f, weak: true, detail: `${f.detail} (a name added to a research report: an added detail, weak evidence)` },
    );
  if (!cited.some((a) => technicalDensity(a) >= TECHNICAL_DENSITY)) return flags;
  return flags.map((f) => {
    if (f.name !== 'unsupported-entity' || f.weak || !f.span) return f;
    const words = f.span.split(/\s+/).map((w) => w.replace(/\.$/, ''));
    const term = words.every((w) => TECHNICAL.test(w) || (/^\p{Lu}$/u.test(w) && words.length > 1) || w.length >= 8);
    return term ? { ...f, weak: true, detail: `${f.detail} (a term of a technical source: an added detail, weak evidence)` } : f;
  });
}

/** A dose written as one word: a number and a unit of mass, volume or amount ("400mg", "5ml", "10IU"). */
const DOSE = /^\d+(?:[.,]\d+)?(mg|g|kg|mcg|µg|μg|ng|ml|l|iu|mmol|µmol|μmol|mol)$/i;

/** The class of a quantity for {@link weakenAddedQuantities}: its kind, a year told apart from other numbers. */
const quantityClass = (q: { kind: string; value: number }) =>
  q.kind === 'number' && Number.isInteger(q.value) && q.value >= 1800 && q.value <= 2100 ? 'year' : q.kind;

/**
 * Marks as weak (`unverified`) a `quantity-mismatch` of a claim about a research report (register.ts) when the cited
 * sources state no quantity of its class at all (no year for "in 2001", no percentage for "40%"), and an unsupported dose
 * written as one word ("400mg", {@link DOSE}) when they state no amount in its unit: the claim adds the
 * study's year, cohort or dose that the cited passage leaves out, an addition rather than a changed value. A number the
 * sources state another value of its class for stays precise.
 * @param flags the claim's flags (a new array is returned); @param quantities the claim's quantities;
 * @param cited the cited sources with their quantities.
 */
export function weakenAddedQuantities(
  flags: Flag[],
  quantities: readonly { kind: string; text: string; value: number }[],
  cited: readonly { text: string; quantities: readonly { kind: string; value: number }[] }[],
): Flag[] {
  if (!flags.some((f) => (f.name === 'quantity-mismatch' || f.name === 'unsupported-identifier') && !f.weak)) return flags;
  if (!researchSource(cited)) return flags;
  const stated = new Set(cited.flatMap((a) => a.quantities.map(quantityClass)));
  return flags.map((f) => {
    // a dose written as one word ("400mg"): added when the sources state no amount in its unit
    const dose = f.name === 'unsupported-identifier' && !f.weak ? DOSE.exec(f.span ?? '') : null;
    if (dose) {
      const unit = new RegExp(String.raw`\d\s?${dose[1]}\b`, 'i');
      return cited.some((a) => unit.test(a.text))
        ? f
        : { ...f, weak: true, detail: `${f.detail} (the sources state no amount in ${dose[1]}: an added detail, weak evidence)` };
    }
    if (f.name !== 'quantity-mismatch' || f.weak) return f;
    const q = quantities.find((x) => x.text === f.span);
    return q && !stated.has(quantityClass(q))
      ? { ...f, weak: true, detail: `${f.detail} (the sources state no quantity of its kind: an added detail, weak evidence)` }
      : f;
  });
}

/** Nouns a number labels ("type 2", "grade 3", "phase 1"): the number names a class, it counts nothing. */
const LABEL_NOUNS = new Set(
  'type types grade grades stage stages phase phases class classes group subtype subtypes serotype genotype clade complex domain exon intron chromosome receptor factor isoform site sites loop helix strand motif'.split(
    ' ',
  ),
);
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
export function labelledNumber(
  q: { kind: string; text: string; start: number; end: number; ordinal?: boolean },
  claimText: string,
  claimStart: number,
  cited: readonly { text: string }[],
): 'stated' | 'added' | undefined {
  if (q.kind !== 'number' || q.ordinal || !/^\d{1,3}$/.test(q.text)) return undefined;
  const before = claimText.slice(Math.max(0, q.start - claimStart - 40), q.start - claimStart);
  // the word before the number ("BRCA 1", "type-2"), before a slash after a symbol ("Smc5/6"), or before a pair ("MEK 1/2")
  const m =
    /(\p{L}[\p{L}\d]*)[ -]?$/u.exec(before) ?? /(\p{L}[\p{L}\d]*)\d*\/$/u.exec(before) ?? /(\p{L}[\p{L}\d]*)[ -]?\d{1,3}\/$/u.exec(before);
  if (!m) return undefined;
  const word = m[1];
  if (!SYMBOL.test(word) && !LABEL_NOUNS.has(word.toLowerCase())) return undefined;
  // the letters of the name ("Smc" of "Smc5/6"): the number replaces its digits
  const letters = /\d$/.test(word) && before.endsWith('/') ? word.replace(/\d+$/, '') : word;
  if (!letters || /\d/.test(letters)) return undefined;
  if (formKnown(`${letters}${q.text}`, cited)) return 'stated';
  // an added label is weak evidence in a technical source only (a model number, "iPhone 8", is a claim of its own elsewhere)
  if (!cited.some((a) => technicalDensity(a) >= TECHNICAL_DENSITY)) return undefined;
  // the sources label the name with a number the claim does not write: a substitution
  const name = letters.replace(/[^\p{L}]/gu, '');
  const rival = new RegExp(`(?<![\\p{L}\\d])${name}[ -]?(\\d+)`, 'giu');
  const own = new Set([...claimText.matchAll(rival)].map((x) => x[1]));
  for (const a of cited)
    for (const hit of a.text.slice(0, 200_000).matchAll(rival)) if (!own.has(hit[1]) && hit[1] !== q.text) return undefined;
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
export function writtenJoined(claimText: string, from: number, to: number, cited: readonly { text: string }[]): boolean {
  // bounded work: only the text around the span is read (a claim may be a megabyte of numbers)
  const base = Math.max(0, from - JOIN_CHARS);
  const near = claimText.slice(base, to + JOIN_CHARS);
  from -= base;
  to -= base;
  if (to - from > JOIN_CHARS) return false;
  const words = [...near.matchAll(/[^\s,;:]+/g)].map((m) => ({
    w: m[0].replace(/[.)]+$/, '').replace(/^[(]+/, ''),
    at: m.index ?? 0,
  }));
  const first = words.findIndex((x) => x.at + x.w.length > from);
  let last = first;
  while (last + 1 < words.length && words[last + 1].at < to) last++;
  if (first < 0 || last - first + 1 >= JOIN_WORDS) return false;
  for (let i = Math.max(0, last - JOIN_WORDS + 1); i <= first; i++)
    for (let j = last; j < Math.min(words.length, i + JOIN_WORDS); j++) {
      if (j - i < 1) continue;
      const around = [...words.slice(i, first), ...words.slice(last + 1, j + 1)];
      if (!around.some((x) => /\p{L}/u.test(x.w))) continue;
      const window = words.slice(i, j + 1).map((x) => x.w);
      // one token of a source ("mcm(5)s(2)U", "BRCA1"), or an abbreviation of words that are no function words
      const joined = foldGreek(window.join(' ')).replace(/ /g, '');
      if (cited.some((a) => tokensOf(a).has(joined))) return true;
      if (!window.some((w) => FUNCTION_WORD.test(w)) && formKnown(window.join(' '), cited)) return true;
    }
  return false;
}

/** Function words: a window of the claim holding one names nothing ("a 30%", "in 2001"). */
const FUNCTION_WORD = /^(?:a|an|the|in|on|at|of|for|to|by|with|from|and|or|as|is|are|was|were|be|per|than|over|under|about|within)$/i;
const tokensCache = new WeakMap<object, Set<string>>();
/** The whitespace-delimited tokens of a text, Greek-folded and joined ("mcm(5)s(2)U" gives "mcm5s2u"; memoized). */
function tokensOf(a: { text: string }): Set<string> {
  let t = tokensCache.get(a);
  if (!t) {
    t = new Set();
    for (const m of a.text.slice(0, 200_000).matchAll(/\S+/g)) {
      const f = foldGreek(m[0]).replace(/ /g, '');
      if (f.length >= 2 && f.length <= 64) t.add(f);
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
export function focusOnNumber(next: Token, stated: boolean): boolean {
  return stated && next.type === 'number';
}

/** A ratio of risks or odds as abstracts write it, and its value ("HR 0.50", "odds ratio [OR] 1·95", "RR, 0.7"). */
const RATIO =
  /\b(?:a?HR|a?OR|a?RR|IRR|hazard ratio|odds ratio|relative risk|risk ratio|rate ratio)\b[\s,:=([\]A-Za-z]{0,12}?(\d+(?:[.·]\d+)?)/gi;
/** How far a claim percentage may lie from the change a ratio states, in percentage points (a hedge, "about 50%", rounds). */
const RATIO_SLACK = 2.5;

/**
 * Whether a claim percentage is the change a stated risk, odds or hazard ratio gives ("reduce lung cancer risk by about
 * 50%" against "for quitters, HR 0.50"; "a 95% increase in the odds" against "OR 1.95"): (1 - ratio) x 100 for a claim
 * that states a decrease, (ratio - 1) x 100 for an increase (the effect words of {@link directionOf}), within
 * {@link RATIO_SLACK} points. A claim with no effect word, or with the other direction, takes no support from a ratio.
 * @param percent the claim percentage (0-100 scale); @param claim the claim's tokens; @param cited the cited sources.
 */
export function ratioChangeKnown(percent: number, claim: Token[], cited: readonly { text: string }[]): boolean {
  let sign = signCache.get(claim);
  if (sign === undefined) {
    const signs = new Set<number>();
    claim.forEach((t, i) => {
      const d = directionOf(t);
      if (d?.axis === 'amount' && !negatedAt(claim, i)) signs.add(d.sign);
    });
    sign = signs.size === 1 ? [...signs][0] : 0;
    signCache.set(claim, sign);
  }
  if (!sign) return false;
  return cited.some((a) =>
    ratiosOf(a).some((r) => {
      const change = sign < 0 ? (1 - r) * 100 : (r - 1) * 100;
      return change > 0 && Math.abs(change - percent) <= RATIO_SLACK;
    }),
  );
}
/** The one direction of amount a claim states (1 or -1), or 0 (memoized per claim: one claim may hold many percentages). */
const signCache = new WeakMap<Token[], number>();
const ratioCache = new WeakMap<object, number[]>();
/** The ratios a source states (memoized per analysis). */
function ratiosOf(a: { text: string }): number[] {
  let r = ratioCache.get(a);
  if (!r) {
    r = [];
    for (const m of a.text.slice(0, 200_000).matchAll(RATIO)) {
      const v = Number(m[1].replace('·', '.'));
      if (Number.isFinite(v) && v > 0 && r.length < 256) r.push(v);
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
export function otherCaseDenied(tokens: Token[], cue: number, claimTerms: Set<string>): string | undefined {
  // the contrastive ellipsis "A but not B" (", not B"): B is another case than A
  if (!CONTRAST_BEFORE_NOT.has(tokens[cue - 1]?.lower ?? '')) return undefined;
  const clause: Token[] = [];
  for (let j = cue + 1; j < tokens.length && clause.length < 8; j++) {
    const t = tokens[j];
    if (t.value === '-' || t.value === '/') continue;
    if (t.type === 'punctuation' || t.pos === 'CCONJ' || t.pos === 'SCONJ') break;
    if (t.content) clause.push(t);
  }
  return clause.slice(2).find((x) => !claimTerms.has(x.lemma) && !claimTerms.has(x.stem))?.value;
}

/**
 * A scientific symbol: {@link TECHNICAL} without the plain acronyms ("UBC13", "IL-6", "mTOR", "RhoA", "β-catenin"; not
 * "NASA", "AMC", "TV", which encyclopedia and dialogue text write as often as abstracts do).
 */
const SCIENTIFIC =
  /^(?:(?=\S*\d)\p{L}[\p{L}\d]*(?:[-/.][\p{L}\d]+)*|\p{Ll}{1,4}\p{Lu}{2,}[\p{L}\d]*(?:-[\p{L}\d]+)*|\p{Lu}\p{Ll}{1,3}\p{Lu}[\p{Lu}\d]{0,2}|\S*[α-ω]\S*)$/u;
const scientificCache = new WeakMap<object, number>();
/** The share of a text's words that are distinct scientific symbols ({@link SCIENTIFIC}), 0..1 (memoized per analysis). */
export function scientificDensity(a: { text: string }): number {
  return symbolDensity(a, SCIENTIFIC, scientificCache);
}

/**
 * Least {@link scientificDensity} of a cited source for scientific prose. Chosen on the dev splits: 42% of SciFact's
 * rationales lie above, no sales e-mail, meeting transcript or QA passage, and 4 of 385 dialogue snippets.
 */
export const SCIENTIFIC_DENSITY = 0.02;
/**
 * Least coverage of a claim checked against scientific prose below which it is `unverified` (low-coverage), 0..1, instead
 * of the `minCoverage` threshold. A claim about a paper restates its cited sentence in the vocabulary of the field ("fork
 * reversal requires PCNA ubiquitination" for "PCNA must be ubiquitinated for forks to reverse") and adds what the paper
 * says elsewhere, so coverage and the count of novel words are weak signals there; refuted claims are told by their
 * polarity (negation-flip, antonym-swap). Chosen on the dev splits (SciFact dev BA 0.626 -> 0.653, DialFact 0.713 ->
 * 0.722, the other dev splits unchanged; 0.3 gave 0.645).
 */
export const SCIENTIFIC_MIN_COVERAGE = 0.2;
/**
 * Whether a cited source is scientific prose: dense with symbols ({@link scientificDensity} >= {@link SCIENTIFIC_DENSITY})
 * or written in the register of a research report (register.ts {@link researchRegister}: "we show", "RESULTS", "95% CI").
 */
export function scientificSource(cited: readonly { text: string }[]): boolean {
  return cited.some((a) => scientificDensity(a) >= SCIENTIFIC_DENSITY || researchRegister(a));
}
