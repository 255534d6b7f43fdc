/**
 * Everyday synonyms a chat reply uses for a knowledge snippet's words ("his career started in 1954" for "began", "the
 * movie" for "the film", "an attorney" for "a lawyer"): a small hand-made lexicon of near-exact equivalents in ordinary
 * English (no WordNet: its 34 MB bought little, see dialogue.ts). Groups hold lemmas (base forms, lower case). Only
 * words with one everyday sense in common are grouped; evaluative words ("great", "love") and words that change a
 * fact's size or kind ("ancient" for "old", "city" for "town") are not.
 */
const GROUPS: readonly string[] = [
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

const SYNONYMS: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const g of GROUPS) {
    const words = g.split(' ');
    for (const w of words) m.set(w, [...(m.get(w) ?? []), ...words.filter((x) => x !== w)]);
  }
  return m;
})();

/**
 * Whether a claim word is an everyday synonym of a word the sources use: `lemma` and `lower` are the claim word's lemma
 * and lower-case form; `vocabularies` the sources' vocabularies (lower case, lemmas and stems). Constant work per word.
 */
export function synonymKnown(lower: string, lemma: string, vocabularies: readonly ReadonlySet<string>[]): boolean {
  const syn = SYNONYMS.get(lemma) ?? SYNONYMS.get(lower);
  return syn !== undefined && syn.some((s) => vocabularies.some((v) => v.has(s)));
}
