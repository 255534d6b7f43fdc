/**
 * grounding-check action: reject RAG answers that their sources do not support.
 * Thin entrypoint over src/grounding (same core as `mc grounding-check`).
 */
import { relative, resolve } from 'node:path';
import { runAction, workspacePath } from '../runtime/action-io.js';
import { ExitCode, UsageError } from '../core/errors.js';
import { readSigningKeys } from '../runtime/signing-key-inputs.js';
import type { GateOptions } from '../grounding/index.js';
// the settings only: the NLP core loads below, once the inputs are known to be usable
import { GROUNDING_SETTING_NAMES, groundingSettings } from '../grounding/settings.js';

await runAction(async (io) => {
  const casesPath = io.required('cases');
  const cache = io.input('judge-cache');
  const opts: GateOptions = groundingSettings(
    {
      minPassRate: io.input('min-pass-rate'),
      failOnUngrounded: io.bool('fail-on-ungrounded', false),
      judgeUrl: io.input('judge-url'),
      judgeModel: io.input('judge-model'),
      judgeApiKey: io.secret('judge-api-key'),
      judgeCache: cache ? resolve(io.workspace, cache) : undefined,
      judgeCacheKey: io.secret('judge-cache-key'),
    },
    (f) => `input '${GROUNDING_SETTING_NAMES[f]}'`,
  );
  const at = (name: string) => {
    const v = io.input(name);
    return v ? resolve(io.workspace, v) : undefined;
  };
  const attestation = at('attestation');
  const keys = await readSigningKeys(io, 'signing-key', 'signing-key-file');
  if (attestation && !keys.length) throw new UsageError("input 'attestation' needs 'signing-key' (a secret) or 'signing-key-file'");

  const abs = resolve(io.workspace, casesPath);
  const rel = relative(io.workspace, abs) || casesPath;
  // the NLP model loads with the core: only once the inputs are known to be usable (fast start-up)
  const { readCasesFile, runGate, summaryMarkdown, writeOutputs } = await import('../grounding/index.js');
  const { cases, input } = await readCasesFile(abs, rel);
  const report = await runGate(cases, input, opts);
  const reportPath = at('report');
  await writeOutputs(report, { report: reportPath, junit: at('junit'), attestation }, keys);

  for (const a of report.answers) {
    if (a.verdict === 'grounded') continue;
    const bad = a.claims.filter((c) => c.verdict !== 'grounded');
    const flags = [...new Set(bad.flatMap((c) => c.flags.map((f) => f.name)))];
    io.annotate({
      level: a.verdict === 'ungrounded' ? 'error' : 'warning',
      file: rel,
      line: a.line,
      title: `${a.verdict}: ${a.id}`,
      message:
        bad
          .map((c) => `"${c.claim}": ${c.flags.map((f) => f.detail).join('; ') || (c.judge ? `judge ${c.judge.verdict}` : 'not verified')}`)
          .join(' | ') || flags.join(', '),
    });
  }
  io.summary(summaryMarkdown(report));
  io.output('passed', String(report.passed));
  io.output('pass-rate', String(report.passRate));
  io.output('grounded', String(report.counts.grounded));
  io.output('unverified', String(report.counts.unverified));
  io.output('ungrounded', String(report.counts.ungrounded));
  if (reportPath) io.output('report', workspacePath(io.workspace, reportPath));
  if (attestation) io.output('attestation', workspacePath(io.workspace, attestation));
  io.info(
    `grounding check: ${report.passed ? 'passed' : 'failed'}; pass rate ${(report.passRate * 100).toFixed(1)}% (${report.counts.grounded}/${report.counts.answers} grounded)`,
  );
  return report.passed ? ExitCode.Pass : { exitCode: ExitCode.Fail, failMessage: `grounding check failed: ${report.reasons.join('; ')}` };
});
