/**
 * mc/canary-score action: judges a canary against its baseline (NetflixACAJudge-v1.0 rules,
 * Kayenta-compatible or exact), writes the JSON report, the job summary (per-metric table and a
 * distribution chart per metric), annotates failing metrics at their line in the config, and sets
 * outputs usable in `if:` conditions. Exit 0 on PROMOTE, 1 on HOLD (unless fail-on-hold is false) or HALT.
 */
import { relative, resolve } from 'node:path';
import { runAction, workspacePath } from '../runtime/action-io.js';
import { prometheusOptionsFromInputs } from '../runtime/prometheus-inputs.js';
import { ExitCode, UsageError } from '../core/errors.js';
import { readText, writeFileAtomic } from '../core/fsx.js';
import { CANARY_SETTING_NAMES as INPUT_NAMES, canarySettings, contractJson, runCanaryScore } from '../canary/index.js';

/** 1-based line of a metric's name in the config text (YAML `name: x` or JSON `"name": "x"`). */
function lineOf(text: string, name: string): number | undefined {
  const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(^|[\\s{,-])"?name"?\\s*:\\s*["']?${esc}["']?\\s*(,|}|$)`);
  const i = text.split(/\r?\n/).findIndex((l) => re.test(l));
  return i >= 0 ? i + 1 : undefined;
}

runAction(async (io) => {
  const ws = io.workspace;
  // every input is validated before any work: a bad fail-on-hold is exit 2 whatever the decision would be
  const failOnHold = io.bool('fail-on-hold', true);
  const settings = canarySettings(
    {
      judge: io.input('judge'),
      pass: io.input('pass'),
      marginal: io.input('marginal'),
      override: io.input('override'),
      overrideReason: io.input('override-reason'),
      overrideBy: io.input('override-by', io.env.GITHUB_ACTOR ?? ''),
      trafficWeight: io.input('traffic-weight'),
      bakeMinutes: io.input('bake-minutes'),
    },
    (f) => `input '${INPUT_NAMES[f]}'`,
  );
  const configPath = resolve(ws, io.required('config'));
  const data = io.input('data');
  const url = io.input('prometheus');
  if (!data === !url)
    throw new UsageError(
      "inputs 'data' and 'prometheus': give one (a metric data file, or a Prometheus to read the config's queries from)",
    );
  const scopes = io.input('scopes');
  if (scopes && !url) throw new UsageError("input 'scopes' goes with 'prometheus'");
  const { report, markdown, replay } = await runCanaryScore({
    configPath,
    dataPath: data ? resolve(ws, data) : undefined,
    prometheus: url ? { options: prometheusOptionsFromInputs(io, url), scopesPath: scopes ? resolve(ws, scopes) : undefined } : undefined,
    settings,
    selector: {
      label: io.input('label') || undefined,
      baseline: io.input('baseline-value') || undefined,
      canary: io.input('canary-value') || undefined,
    },
  });
  const reportPath = io.input('report');
  if (reportPath) {
    const abs = resolve(ws, reportPath);
    await writeFileAtomic(abs, JSON.stringify({ ...contractJson(report), ...(replay ? { replay } : {}) }, null, 2) + '\n', {
      noClobber: true,
    });
    io.output('report', workspacePath(ws, abs));
  }
  io.summary(markdown);
  const configText = await readText(configPath, 'canary config');
  const configRel = relative(ws, configPath).split('\\').join('/');
  for (const m of report.metrics) {
    if (m.classification === 'Pass' || m.muted) continue;
    const level = m.classification === 'Nodata' ? 'warning' : 'error';
    io.annotate({
      level,
      title: `canary-score: ${m.name} ${m.classification}${m.critical ? ' (critical)' : ''}`,
      message: m.reason,
      file: configRel,
      line: lineOf(configText, m.name),
    });
  }
  for (const w of report.warnings) io.warning(w);
  io.output('decision', report.decision);
  io.output('score', String(report.score));
  io.output('classification', report.classification);
  io.output('promote', String(report.decision === 'PROMOTE'));
  io.output('hold', String(report.decision === 'HOLD'));
  io.output('halt', String(report.decision === 'HALT'));
  io.output('next-traffic-weight', String(report.recommendation.trafficWeight));
  io.output('bake-extension-minutes', String(report.recommendation.bakeExtensionMinutes));
  io.output(
    'failed-metrics',
    report.metrics
      .filter((m) => !m.muted && m.classification !== 'Pass' && m.classification !== 'Nodata')
      .map((m) => m.name)
      .join(','),
  );
  io.output('overridden', String(!!report.override));
  io.info(`canary-score: ${report.decision} (score ${report.score}, ${report.classification}): ${report.decisionReason}`);
  if (report.decision === 'PROMOTE') return ExitCode.Pass;
  if (report.decision === 'HOLD' && !failOnHold) return ExitCode.Pass;
  return { exitCode: ExitCode.Fail, failMessage: `canary-score: ${report.decision}: ${report.decisionReason}` };
});
