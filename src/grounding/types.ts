/**
 * Shapes of the grounding-check gate: input cases, per-claim and per-answer results, thresholds.
 */

/** A retrieved passage an answer may cite. */
export interface SourceContext {
  id: string;
  text: string;
}

/**
 * One RAG answer to check (one JSONL line, normalized from any accepted shape; see input.ts).
 * `citations` undefined means every context counts as cited.
 */
export interface GroundingCase {
  id: string;
  question?: string;
  contexts: SourceContext[];
  answer: string;
  citations?: string[];
  /** 1-based line in the input file */
  line?: number;
}

/** The verdict on a claim or an answer. */
export type Verdict = 'grounded' | 'ungrounded' | 'unverified';

/**
 * Flags a claim can raise. High-precision flags make a claim `ungrounded`:
 * `quantity-mismatch`, `unsupported-identifier`, `unsupported-entity`, `negation-flip`,
 * `antonym-swap`, `wrong-citation`, `unsupported-restriction`, `misattribution` (a fact said of several names,
 * "both X and Y", that the sources state of only some of them). Weak signals make it `unverified`: `low-coverage`, `novel-content`,
 * `unchecked-text` (a run of non-space characters too long to analyse) and `internal-error` (the checker
 * failed on this answer; the run goes on).
 */
export type FlagName =
  | 'quantity-mismatch'
  | 'unsupported-identifier'
  | 'unsupported-entity'
  | 'negation-flip'
  | 'antonym-swap'
  | 'wrong-citation'
  | 'unsupported-restriction'
  | 'misattribution'
  | 'unsupported-answer'
  | 'personal-statement'
  | 'low-coverage'
  | 'novel-content'
  | 'unchecked-text'
  | 'internal-error';

/** The flags that make a claim `ungrounded`. */
export const HIGH_PRECISION_FLAGS: ReadonlySet<FlagName> = new Set<FlagName>([
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
export const UNLIFTABLE_FLAGS: ReadonlySet<FlagName> = new Set<FlagName>(['unchecked-text', 'internal-error']);

/** One raised flag with a human-readable explanation. */
export interface Flag {
  name: FlagName;
  /** what in the claim raised it, e.g. "$399 (USD 399) not in the cited sources" */
  detail: string;
  /** the claim text that raised it (a number, a name, a word) */
  span?: string;
  /** weak evidence: a high-precision kind of flag whose evidence is weak here (see claims.ts); it makes the claim `unverified`, not `ungrounded` */
  weak?: boolean;
}

/** A judge verdict on a claim (see judge.ts). */
export interface JudgeVerdict {
  verdict: 'supported' | 'unsupported' | 'unknown';
  /** sha-256 of the canonical request content: the cache key */
  key: string;
  model: string;
  /** whether it came from the cache */
  cached: boolean;
  reason?: string;
}

/** The result for one claim (one sentence of the answer). */
export interface ClaimResult {
  claim: string;
  verdict: Verdict;
  flags: Flag[];
  /** share of the claim's content words found in the cited sources, 0..1 */
  coverage: number;
  /** content words of the claim that no cited source uses (lemma, stem and surface form all absent; the frame of a report, "the group discussed", left out) */
  novelWords: number;
  /** the cited sources are scientific prose, dense with symbols or a research report (claims.ts, register.ts): coverage and novel words are weaker signals there */
  technicalSource?: boolean;
  /** the best-supporting source sentence */
  support?: { contextId: string; text: string };
  /** the claim is an abstention ("the documents do not say") */
  abstention?: boolean;
  judge?: JudgeVerdict;
}

/** The result for one answer. */
export interface AnswerResult {
  id: string;
  verdict: Verdict;
  claims: ClaimResult[];
  line?: number;
  /** set when the checker failed on this answer: the reason (the answer is `unverified`) */
  error?: string;
}

/**
 * Tunable thresholds (chosen on the dev splits of corpora/grounding; see scripts/eval-grounding.ts).
 */
export interface Thresholds {
  /** a claim whose content-word coverage is below this is `unverified` (low-coverage), 0..1 */
  minCoverage: number;
  /** a claim with more novel content words than this is `unverified` (novel-content) */
  maxNovelWords: number;
  /** least share of a negated scope's content words that must appear in a source sentence to compare polarity, 0..1 */
  negationScopeOverlap: number;
  /** also require the whole mentioning source sentence to carry no negation cue before calling a flip */
  negationStrict: boolean;
  /** how many best-matching source sentences are searched for the antonym of a novel word */
  antonymWindow: number;
  /** also check sentence-initial capitalized words that wink tags as proper nouns */
  initialNames: boolean;
  /**
   * least coverage of a claim for a high-precision flag to make it `ungrounded`, 0..1: a flag in a
   * claim that shares little with the sources (chit-chat, world knowledge, a paraphrase) is a weak
   * signal, so the claim is `unverified` instead (`wrong-citation` is exempt: its support was found)
   */
  minAnchor: number;
  /**
   * a claim with at most this many content words is `unverified` (novel-content) when it uses a novel
   * adjective or past participle of 6+ letters, the informative word of a short claim; 0 turns it off
   */
  shortClaimWords: number;
  /**
   * an answer to a question with at most this many content words is a short answer: an informative word of it
   * that the sources never use (nor the question) makes it `ungrounded` (unsupported-answer), names the question uses
   * are no support for it, and an answer found in the sources in another role is a misattribution; 0 turns it off
   */
  shortAnswerWords: number;
}

/**
 * Default thresholds, chosen on the dev splits only (`npm run eval:grounding`; the grid search of
 * `--tune` on the SummEdits sales dev split, precision of `ungrounded` >= 0.90, most cautious point
 * within 0.005 of the best dev balanced accuracy; `shortClaimWords` and `minAnchor` compared on the dev
 * splits of every corpus with `--set`). Re-run the script after changing the checker.
 */
export const DEFAULT_THRESHOLDS: Thresholds = {
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
