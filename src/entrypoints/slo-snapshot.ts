/**
 * mc/slo-snapshot action: SLIs, error budgets and multiwindow burn rates of OpenSLO v1 / Sloth
 * prometheus/v1 specs from a Prometheus server; a job summary table, annotations on the spec line of
 * every SLO that warns or pages, the JSON report, and optionally a signed snapshot for evidence-pack.
 * Exit 0 when no SLO pages (or warns, with fail-on: warn), 1 when one does, 2 for unusable input,
 * an unreachable server or missing data.
 */
import { resolve } from 'node:path';
import { runAction, workspacePath } from '../runtime/action-io.js';
import { readSigningKeys } from '../runtime/signing-key-inputs.js';
import { prometheusOptionsFromInputs } from '../runtime/prometheus-inputs.js';
import { ExitCode, UsageError } from '../core/errors.js';
import { writeFileAtomic } from '../core/fsx.js';
import { gateFails, loadSloInputs, runSloSnapshot, signSloSnapshot, sloSettings, snapshotJson, snapshotMarkdown } from '../slo/index.js';

runAction(async (io) => {
  const ws = io.workspace;
  const url = io.required('prometheus');
  const patterns = io.list('slo');
  if (!patterns.length) throw new UsageError("input 'slo' is required (SLO spec files or globs)");
  const settings = sloSettings(
    {
      at: io.input('at'),
      window: io.input('window'),
      warnBudget: io.input('warn-budget'),
      pageBudget: io.input('page-budget'),
      failOn: io.input('fail-on'),
    },
    (f) => `input '${{ at: 'at', window: 'window', warnBudget: 'warn-budget', pageBudget: 'page-budget', failOn: 'fail-on' }[f]}'`,
  );
  const prometheus = prometheusOptionsFromInputs(io, url);
  const keys = await readSigningKeys(io, 'key', 'key-files');
  const out = io.input('out');
  if (keys.length && !out) throw new UsageError("input 'key' signs the snapshot written to 'out': set 'out' too");

  const { files, previous } = await loadSloInputs({
    root: ws,
    patterns,
    label: "input 'slo'",
    previous: io.input('previous') || undefined,
    jwks: io.input('jwks') || undefined,
  });
  const { snapshot, statement } = await runSloSnapshot({
    prometheus,
    files,
    at: settings.at,
    slothWindow: settings.slothWindow,
    thresholds: settings.thresholds,
    previous,
  });

  if (out) {
    const abs = resolve(ws, out);
    await writeFileAtomic(abs, keys.length ? signSloSnapshot(statement, keys) : snapshotJson(snapshot), { noClobber: true });
    io.output('snapshot', workspacePath(ws, abs));
  }
  const reportPath = io.input('report');
  if (reportPath) {
    const abs = resolve(ws, reportPath);
    await writeFileAtomic(abs, snapshotJson(snapshot), { noClobber: true });
    io.output('report', workspacePath(ws, abs));
  }
  io.summary(snapshotMarkdown(snapshot));
  for (const s of snapshot.slos) {
    for (const a of s.alerts)
      io.annotate({
        level: a.severity === 'page' ? 'error' : 'warning',
        title: `slo-snapshot: ${s.name} ${a.severity}`,
        message: a.message,
        file: s.file,
        line: s.line,
      });
  }
  io.output('status', snapshot.status);
  io.output(
    'paging',
    snapshot.slos
      .filter((s) => s.status === 'page')
      .map((s) => s.name)
      .join(','),
  );
  io.output(
    'warning',
    snapshot.slos
      .filter((s) => s.status === 'warn')
      .map((s) => s.name)
      .join(','),
  );
  io.output('budget-remaining', Object.fromEntries(snapshot.slos.map((s) => [s.name, s.budgetRemaining])));
  io.info(`slo-snapshot: ${snapshot.status} (${snapshot.slos.length} SLOs at ${snapshot.at})`);
  if (!gateFails(snapshot.status, settings.failOn)) return ExitCode.Pass;
  const worst = snapshot.slos.filter((s) => gateFails(s.status, settings.failOn)).map((s) => `${s.name} (${s.status})`);
  return { exitCode: ExitCode.Fail, failMessage: `slo-snapshot: ${worst.join(', ')}` };
});
