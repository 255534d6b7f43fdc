/**
 * Action entrypoint: mc/trajectory-golden. Runs a directory of golden YAML files (or one golden /
 * reference trajectory) against recorded agent trajectories; drift fails the job (exit 1).
 */
import { resolve } from 'node:path';
import { runAction, workspacePath } from '../runtime/action-io.js';
import { ExitCode } from '../core/errors.js';
import { writeFileAtomic } from '../core/fsx.js';
import { driftLines, renderJunit, renderMarkdown } from '../trajectory/report.js';
import { runGoldens } from '../trajectory/run.js';
import { trajectorySettings } from '../trajectory/settings.js';
import { updateGoldens } from '../trajectory/update.js';

await runAction(async (io) => {
  // one override per line (a key-path list holds commas, so lines are the only separator)
  const settings = trajectorySettings(
    {
      mode: io.input('mode'),
      toolArgs: io.input('tool-args'),
      toolArgsOverrides: io
        .input('tool-args-override')
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean),
      compat: io.input('compat'),
      inputFormat: io.input('input-format'),
      update: io.bool('update', false),
    },
    (f) =>
      `input '${{ mode: 'mode', toolArgs: 'tool-args', toolArgsOverrides: 'tool-args-override', compat: 'compat', inputFormat: 'input-format', update: 'update' }[f]}'`,
  );
  const { update } = settings;

  const { report, pairs } = await runGoldens({
    golden: io.required('golden'),
    trajectory: io.required('trajectory'),
    cwd: io.workspace,
    mode: settings.mode,
    toolArgs: settings.toolArgs,
    toolArgsOverrides: settings.toolArgsOverrides,
    compat: settings.compat,
    inputFormat: settings.inputFormat,
  });

  const reportPath = io.input('report');
  if (reportPath) await writeFileAtomic(resolve(io.workspace, reportPath), JSON.stringify(report, null, 2) + '\n');
  const junitPath = io.input('junit');
  if (junitPath) await writeFileAtomic(resolve(io.workspace, junitPath), renderJunit(report));

  for (const r of report.results) {
    if (r.match) {
      io.info(`match: ${r.id} (${r.mode}, ${r.actual.length} steps) ${r.trajectory}`);
      continue;
    }
    io.info(`drift: ${r.id} (${r.mode}) ${r.trajectory}`);
    if (r.compat) {
      io.annotate({ level: 'error', title: `trajectory drift: ${r.id}`, message: r.comment ?? 'no match (agentevals)', file: r.golden });
      continue;
    }
    for (const s of r.steps.filter((x) => x.status !== 'matched')) {
      const line = driftLines({ ...r, steps: [s], unexpected: [], final_answer: undefined })[0];
      io.annotate({ level: 'error', title: `trajectory ${s.status}: ${r.id}`, message: line, file: r.golden, line: s.line });
    }
    for (const u of driftLines({ ...r, steps: [] }))
      io.annotate({ level: 'error', title: `trajectory drift: ${r.id}`, message: u, file: r.golden });
  }

  io.output('match', report.match ? 'true' : 'false');
  io.output('goldens', String(report.summary.goldens));
  io.output('drifted', String(report.summary.drifted));
  if (reportPath) io.output('report', workspacePath(io.workspace, reportPath));
  io.output(
    'results',
    report.results.map((r) => ({ id: r.id, match: r.match, mode: r.mode, drift: driftLines(r).length })),
  );
  io.summary(renderMarkdown(report));

  if (update) {
    const updates = await updateGoldens(pairs);
    const changed = updates.filter((u) => u.changed);
    for (const u of changed) io.info(`updated ${u.golden}: kept ${u.kept} steps, recorded ${u.recorded}, dropped ${u.dropped}`);
    io.output('updated', changed.map((u) => u.golden).join('\n'));
    io.summary(
      `\n**update:** ${changed.length} golden(s) rewritten from the recorded trajectories${changed.length ? ': ' + changed.map((u) => `\`${u.golden}\``).join(', ') : ''}. Commit them to accept the new behaviour.\n`,
    );
    return ExitCode.Pass;
  }
  return report.match
    ? ExitCode.Pass
    : { exitCode: ExitCode.Fail, failMessage: `${report.summary.drifted} of ${report.summary.goldens} trajectory golden(s) drifted` };
});
