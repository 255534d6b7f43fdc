/**
 * The grounding-check gate: checks every answer, optionally asks the judge about `unverified`
 * claims, computes the pass rate (only `grounded` answers count) and decides pass/fail.
 * Fails when the pass rate is below `minPassRate`, or (when `failOnUngrounded`) when any answer is
 * `ungrounded`. Produces the report that the CLI, the action and the attestation share.
 */
import { checkAnswer, answerVerdict } from './check.js';
import { Judge, type JudgeOptions, type JudgeRecord } from './judge.js';
import { DEFAULT_MIN_PASS_RATE } from './settings.js';
import { DEFAULT_THRESHOLDS, UNLIFTABLE_FLAGS, type AnswerResult, type GroundingCase, type Thresholds, type Verdict } from './types.js';

/** in-toto predicate type of the signed grounding report. */
export const GROUNDING_PREDICATE_TYPE = 'https://mc-actions.dev/grounding-report/v1';

/** Gate options. */
export interface GateOptions {
  /** least share of `grounded` answers, 0..1 (default {@link DEFAULT_MIN_PASS_RATE}) */
  minPassRate?: number;
  /** fail when any answer is `ungrounded`, whatever the pass rate (default false) */
  failOnUngrounded?: boolean;
  thresholds?: Thresholds;
  /** ask an OpenAI-compatible judge about `unverified` claims */
  judge?: JudgeOptions;
  /** the per-answer checker (default {@link checkAnswer}; injectable for tests of error isolation) */
  check?: typeof checkAnswer;
}

/** The grounding report (JSON report, CLI `--format json`, attestation predicate). */
export interface GroundingReport {
  /** the cases file as given, and its SHA-256 */
  input: { file: string; sha256: string };
  /** share of answers with verdict `grounded`, 0..1 */
  passRate: number;
  minPassRate: number;
  failOnUngrounded: boolean;
  passed: boolean;
  /** why the gate failed (empty when it passed) */
  reasons: string[];
  counts: { answers: number; claims: number } & Record<Verdict, number>;
  thresholds: Thresholds;
  judge?: JudgeRecord;
  answers: AnswerResult[];
}

/**
 * Checks one answer; an internal error of the checker (a bug, never bad input: input errors are
 * raised while parsing) marks this answer `unverified` with the reason, and the run goes on.
 * Never throws.
 */
export function checkAnswerSafely(c: GroundingCase, thresholds: Thresholds, check: typeof checkAnswer = checkAnswer): AnswerResult {
  try {
    return check(c, thresholds);
  } catch (e) {
    const reason = `internal error while checking this answer: ${e instanceof Error ? e.message : String(e)}`;
    const out: AnswerResult = {
      id: c.id,
      verdict: 'unverified',
      error: reason,
      claims: [
        {
          claim: c.answer.length > 200 ? `${c.answer.slice(0, 199)}…` : c.answer,
          verdict: 'unverified',
          flags: [{ name: 'internal-error', detail: reason }],
          coverage: 0,
          novelWords: 0,
        },
      ],
    };
    if (c.line !== undefined) out.line = c.line;
    return out;
  }
}

/**
 * Runs the gate over parsed cases.
 * @param input the cases file name and SHA-256 (recorded in the report).
 * @throws InputError for an unusable judge URL or cache file; endpoint failures never throw (fail closed).
 */
export async function runGate(
  cases: GroundingCase[],
  input: { file: string; sha256: string },
  opts: GateOptions = {},
): Promise<GroundingReport> {
  const minPassRate = opts.minPassRate ?? DEFAULT_MIN_PASS_RATE;
  const thresholds = opts.thresholds ?? DEFAULT_THRESHOLDS;
  const answers = cases.map((c) => checkAnswerSafely(c, thresholds, opts.check));
  let judgeRecord: JudgeRecord | undefined;
  if (opts.judge) {
    const judge = new Judge(opts.judge);
    await judge.load();
    for (const [i, a] of answers.entries()) {
      const c = cases[i];
      const cited = c.citations ? c.contexts.filter((x) => c.citations?.includes(x.id)) : c.contexts;
      for (const claim of a.claims) {
        if (claim.verdict !== 'unverified' || claim.flags.some((f) => UNLIFTABLE_FLAGS.has(f.name))) continue;
        claim.judge = await judge.judge(
          claim.claim,
          cited.map((x) => x.text),
        );
        if (claim.judge.verdict === 'supported') claim.verdict = 'grounded';
      }
      a.verdict = answerVerdict(a.claims);
    }
    await judge.save();
    judgeRecord = judge.record;
  }
  const counts = {
    answers: answers.length,
    claims: answers.reduce((n, a) => n + a.claims.length, 0),
    grounded: 0,
    unverified: 0,
    ungrounded: 0,
  };
  for (const a of answers) counts[a.verdict]++;
  const passRate = answers.length ? counts.grounded / answers.length : 0;
  const reasons: string[] = [];
  if (!answers.length) reasons.push('no answers to check');
  if (passRate < minPassRate)
    reasons.push(`pass rate ${(passRate * 100).toFixed(1)}% is below the minimum ${(minPassRate * 100).toFixed(1)}%`);
  if (opts.failOnUngrounded && counts.ungrounded)
    reasons.push(`${counts.ungrounded} answer${counts.ungrounded === 1 ? ' is' : 's are'} ungrounded`);
  const report: GroundingReport = {
    input,
    passRate: Math.round(passRate * 1e6) / 1e6,
    minPassRate,
    failOnUngrounded: Boolean(opts.failOnUngrounded),
    passed: reasons.length === 0,
    reasons,
    counts,
    thresholds,
    answers,
  };
  if (judgeRecord) report.judge = judgeRecord;
  return report;
}
