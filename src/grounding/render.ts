/**
 * Renderings of a grounding report: the job-summary markdown (per-answer table and worst claims),
 * JUnit XML (one test case per answer), plain text for the CLI, the in-toto Statement, and the
 * writer shared by the CLI and the action (atomic writes; the attestation is never overwritten).
 */
import { junitXml, mdTable, plural, type JunitCase } from '../core/report.js';
import { makeStatement, signStatement, type Statement } from '../core/statement.js';
import { writeFileAtomic } from '../core/fsx.js';
import { UsageError } from '../core/errors.js';
import type { PrivateKey } from '../core/ed25519.js';
import { VERDICT_RANK } from './check.js';
import { GROUNDING_PREDICATE_TYPE, type GroundingReport } from './gate.js';
import type { AnswerResult, ClaimResult } from './types.js';

const ICON = { grounded: '✅ grounded', unverified: '⚠️ unverified', ungrounded: '❌ ungrounded' } as const;
const clip = (s: string, n = 140) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** Claims ranked worst first: verdict, then number of flags, then lowest coverage. */
export function worstClaims(report: GroundingReport, n = 10): { answer: AnswerResult; claim: ClaimResult }[] {
  return report.answers
    .flatMap((answer) => answer.claims.map((claim) => ({ answer, claim })))
    .filter((x) => x.claim.verdict !== 'grounded')
    .sort(
      (a, b) =>
        VERDICT_RANK[b.claim.verdict] - VERDICT_RANK[a.claim.verdict] ||
        b.claim.flags.length - a.claim.flags.length ||
        a.claim.coverage - b.claim.coverage,
    )
    .slice(0, n);
}

/** Job-summary markdown: verdict line, counts, per-answer table (first `maxRows`), worst claims. */
export function summaryMarkdown(report: GroundingReport, maxRows = 50): string {
  const c = report.counts;
  const head =
    `## Grounding check: ${report.passed ? 'passed ✅' : 'failed ❌'}\n\n` +
    `Pass rate **${pct(report.passRate)}** (minimum ${pct(report.minPassRate)}): ${c.grounded} grounded, ${c.unverified} unverified, ${c.ungrounded} ungrounded of ${plural(c.answers, 'answer')} (${plural(c.claims, 'claim')}).\n` +
    (report.reasons.length ? `\n${report.reasons.map((r) => `- ${r}`).join('\n')}\n` : '') +
    (report.judge
      ? `\nJudge: ${report.judge.model} at ${report.judge.endpoint}: ${report.judge.calls} calls, ${report.judge.cacheHits} cache hits, ${report.judge.errors} errors.\n`
      : '');
  const rows = report.answers.slice(0, maxRows).map((a) => {
    const flags = [...new Set(a.claims.flatMap((cl) => cl.flags.map((f) => f.name)))];
    return [a.id, ICON[a.verdict], a.claims.length, flags.join(', ') || '-'];
  });
  const more = report.answers.length > maxRows ? `\n_${report.answers.length - maxRows} more answers in the JSON report._\n` : '';
  const worst = worstClaims(report);
  const worstMd = worst.length
    ? `\n### Worst claims\n\n` +
      mdTable(
        ['answer', 'claim', 'verdict', 'flags', 'best source span'],
        worst.map(({ answer, claim }) => [
          answer.id,
          clip(claim.claim),
          claim.verdict,
          claim.flags.map((f) => `${f.name}: ${f.detail}`).join('; ') || (claim.judge ? `judge: ${claim.judge.verdict}` : '-'),
          claim.support ? `[${claim.support.contextId}] ${clip(claim.support.text, 120)}` : '-',
        ]),
      )
    : '';
  return `${head}\n${mdTable(['answer', 'verdict', 'claims', 'flags'], rows)}${more}${worstMd}`;
}

/** JUnit XML: one suite, one test case per answer; `ungrounded` and `unverified` answers are failures. */
export function junitReport(report: GroundingReport): string {
  const cases: JunitCase[] = report.answers.map((a) => {
    const c: JunitCase = { name: a.id, classname: 'grounding-check' };
    if (a.verdict !== 'grounded') {
      const bad = a.claims.filter((cl) => cl.verdict !== 'grounded');
      c.failure = {
        message: `${a.verdict}: ${[...new Set(bad.flatMap((cl) => cl.flags.map((f) => f.name)))].join(', ') || 'not verified'}`,
        body: bad
          .map(
            (cl) =>
              `claim: ${cl.claim}\n${cl.flags.map((f) => `  ${f.name}: ${f.detail}`).join('\n')}${cl.support ? `\n  best source span [${cl.support.contextId}]: ${cl.support.text}` : ''}`,
          )
          .join('\n\n'),
      };
    }
    return c;
  });
  return junitXml([{ name: 'grounding-check', cases }]);
}

/** Plain-text verdicts for the terminal. */
export function textReport(report: GroundingReport): string {
  const lines = report.answers.map((a) => {
    const head = `${a.verdict.padEnd(10)} ${a.id}`;
    const det = a.claims
      .filter((c) => c.verdict !== 'grounded')
      .flatMap((c) => [
        `    claim: ${clip(c.claim, 160)}`,
        ...c.flags.map((f) => `      ${f.name}: ${f.detail}`),
        ...(c.judge ? [`      judge: ${c.judge.verdict}${c.judge.cached ? ' (cached)' : ''}`] : []),
      ]);
    return [head, ...det].join('\n');
  });
  const c = report.counts;
  lines.push(
    `pass rate ${pct(report.passRate)} (minimum ${pct(report.minPassRate)}): ${c.grounded} grounded, ${c.unverified} unverified, ${c.ungrounded} ungrounded of ${plural(c.answers, 'answer')}`,
    report.passed ? 'grounding check: passed' : `grounding check: FAILED (${report.reasons.join('; ')})`,
  );
  return lines.join('\n') + '\n';
}

/** The in-toto Statement of a report: subject is the cases file, predicate the report. */
export function groundingStatement(report: GroundingReport): Statement<GroundingReport> {
  return makeStatement([{ name: report.input.file, digest: { sha256: report.input.sha256 } }], GROUNDING_PREDICATE_TYPE, report);
}

/** Where to write the gate's outputs (any may be omitted). */
export interface OutputPaths {
  report?: string;
  junit?: string;
  summary?: string;
  /** DSSE-wrapped Statement, one line (`.intoto.jsonl`); requires a key; never overwritten */
  attestation?: string;
}

/** Writes the requested outputs atomically. @throws InputError when the attestation exists already. */
export async function writeOutputs(report: GroundingReport, paths: OutputPaths, keys: PrivateKey[] = []): Promise<void> {
  if (paths.attestation) {
    if (!keys.length) throw new UsageError('an attestation needs a signing key');
    const env = signStatement(groundingStatement(report), keys);
    await writeFileAtomic(paths.attestation, JSON.stringify(env) + '\n', { noClobber: true });
  }
  if (paths.report) await writeFileAtomic(paths.report, JSON.stringify(report, null, 2) + '\n');
  if (paths.junit) await writeFileAtomic(paths.junit, junitReport(report));
  if (paths.summary) await writeFileAtomic(paths.summary, summaryMarkdown(report));
}
