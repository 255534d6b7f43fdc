/**
 * A small English antonym lexicon for polarity checks (antonym swaps are one of the four
 * inconsistency edits catalogued by SummEdits, Laban et al., 2023). Pairs are gradable and
 * complementary antonyms common in business and product text; lemmas in lower case.
 * Written for this gate; extend by adding pairs.
 */
const PAIRS: [string, string][] = [
  ['increase', 'decrease'], ['increase', 'reduce'], ['increase', 'lower'], ['raise', 'lower'], ['rise', 'fall'], ['grow', 'shrink'],
  ['gain', 'loss'], ['profit', 'loss'], ['win', 'lose'], ['more', 'less'], ['more', 'fewer'], ['most', 'least'],
  ['high', 'low'], ['higher', 'lower'], ['highest', 'lowest'], ['maximum', 'minimum'], ['max', 'min'],
  ['large', 'small'], ['larger', 'smaller'], ['largest', 'smallest'], ['big', 'small'], ['bigger', 'smaller'], ['biggest', 'smallest'],
  ['long', 'short'], ['longer', 'shorter'], ['fast', 'slow'], ['faster', 'slower'], ['quick', 'slow'], ['quickly', 'slowly'],
  ['early', 'late'], ['earlier', 'later'], ['before', 'after'], ['first', 'last'], ['start', 'end'], ['begin', 'end'], ['open', 'close'],
  ['new', 'old'], ['newest', 'oldest'], ['newer', 'older'], ['new', 'existing'], ['modern', 'outdated'], ['latest', 'oldest'], ['recent', 'old'],
  ['good', 'bad'], ['good', 'poor'], ['better', 'worse'], ['best', 'worst'], ['positive', 'negative'], ['strong', 'weak'], ['stronger', 'weaker'],
  ['easy', 'difficult'], ['easy', 'hard'], ['easier', 'harder'], ['simple', 'complex'], ['simple', 'complicated'], ['simplify', 'complicate'],
  ['cheap', 'expensive'], ['cheaper', 'pricier'], ['affordable', 'expensive'], ['free', 'paid'], ['discount', 'surcharge'],
  ['comprehensive', 'limited'], ['full', 'partial'], ['complete', 'incomplete'], ['unlimited', 'limited'], ['broad', 'narrow'], ['wide', 'narrow'],
  ['agree', 'disagree'], ['accept', 'reject'], ['accept', 'decline'], ['approve', 'reject'], ['approve', 'deny'], ['allow', 'prevent'], ['allow', 'forbid'],
  ['include', 'exclude'], ['add', 'remove'], ['enable', 'disable'], ['connect', 'disconnect'], ['like', 'dislike'], ['satisfied', 'dissatisfied'],
  ['interested', 'uninterested'], ['interest', 'disinterest'], ['available', 'unavailable'], ['possible', 'impossible'], ['able', 'unable'],
  ['likely', 'unlikely'], ['necessary', 'unnecessary'], ['secure', 'insecure'], ['safe', 'unsafe'], ['reliable', 'unreliable'],
  ['efficient', 'inefficient'], ['effective', 'ineffective'], ['convenient', 'inconvenient'], ['flexible', 'rigid'], ['flexible', 'inflexible'],
  ['success', 'failure'], ['succeed', 'fail'], ['successful', 'unsuccessful'], ['pass', 'fail'], ['correct', 'incorrect'], ['accurate', 'inaccurate'],
  ['always', 'never'], ['always', 'rarely'], ['often', 'rarely'], ['frequently', 'rarely'], ['all', 'none'], ['everyone', 'nobody'], ['every', 'no'],
  ['import', 'export'], ['inbound', 'outbound'],
  ['internal', 'external'], ['inside', 'outside'], ['online', 'offline'], ['remote', 'onsite'], ['public', 'private'], ['manual', 'automatic'],
  ['manually', 'automatically'], ['temporary', 'permanent'], ['optional', 'mandatory'], ['optional', 'required'], ['upgrade', 'downgrade'],
  ['hire', 'fire'], ['join', 'leave'], ['arrive', 'leave'], ['enter', 'exit'], ['expand', 'contract'], ['expand', 'reduce'], ['boost', 'reduce'],
  ['improve', 'worsen'], ['improve', 'degrade'], ['strengthen', 'weaken'], ['maximize', 'minimize'], ['minimize', 'increase'],
  ['save', 'waste'], ['save', 'spend'], ['help', 'hinder'], ['support', 'oppose'], ['benefit', 'harm'], ['advantage', 'disadvantage'],
  ['happy', 'unhappy'], ['pleased', 'displeased'], ['excited', 'bored'], ['increased', 'decreased'], ['higher', 'reduced'],
  ['junior', 'senior'], ['entry', 'advanced'], ['basic', 'advanced'], ['basic', 'premium'], ['beginner', 'expert'], ['major', 'minor'],
  ['primary', 'secondary'], ['above', 'below'], ['over', 'under'], ['up', 'down'], ['upper', 'lower'], ['top', 'bottom'],
  ['heavy', 'light'], ['hot', 'cold'], ['warm', 'cool'], ['wet', 'dry'], ['clean', 'dirty'], ['quiet', 'noisy'], ['quiet', 'loud'],
  ['same', 'different'], ['similar', 'different'], ['single', 'multiple'], ['individual', 'group'], ['monthly', 'annual'], ['monthly', 'yearly'],
  ['daily', 'weekly'], ['weekly', 'monthly'], ['annually', 'monthly'], ['personal', 'business'], ['residential', 'commercial'],
  ['urgent', 'optional'], ['win', 'loss'], ['true', 'false'], ['yes', 'no'], ['present', 'absent'], ['visible', 'hidden'],
];

/** Antonyms by lemma (both directions). */
export const ANTONYMS: ReadonlyMap<string, string[]> = (() => {
  const m = new Map<string, string[]>();
  const add = (a: string, b: string) => m.set(a, [...(m.get(a) ?? []), b]);
  for (const [a, b] of PAIRS) {
    add(a, b);
    add(b, a);
  }
  return m;
})();
