/**
 * `mc trajectory-golden`: agent trajectories against golden YAML (or a reference trajectory).
 * Exit 0 all match, 1 drift, 2 unusable input.
 */
import { ExitCode, UsageError } from '../../core/errors.js';
import { writeFileAtomic } from '../../core/fsx.js';
import { renderJunit, renderMarkdown, renderText } from '../../trajectory/report.js';
import { runGoldens } from '../../trajectory/run.js';
import { trajectorySettings } from '../../trajectory/settings.js';
import { updateGoldens } from '../../trajectory/update.js';
import { parseCliArgs, type CliCommand } from '../cli.js';
import { resolve } from 'node:path';

const usage =
  'mc trajectory-golden --golden GOLDEN.yaml|REFERENCE.json|DIR --trajectory TRAJECTORY.json|DIR ' +
  '[--mode strict|in_order|unordered|subset|superset] [--tool-args exact|ignore|subset|superset] [--tool-args-override TOOL=MODE|KEY.PATH,...]... [--compat agentevals] ' +
  '[--input-format auto|openai|langchain|otel|react] [--format text|json] [--report FILE.json] [--junit FILE.xml] [--summary FILE.md] ' +
  '[--update [--update-in-ci]]';

export const commands: CliCommand[] = [
  {
    name: 'trajectory-golden',
    summary: 'check agent trajectories against goldens (exit 1 on drift)',
    usage,
    async run(argv, io) {
      const { values, positionals } = parseCliArgs(
        argv,
        {
          golden: { type: 'string' },
          trajectory: { type: 'string' },
          mode: { type: 'string' },
          'tool-args': { type: 'string' },
          'tool-args-override': { type: 'string', multiple: true },
          compat: { type: 'string' },
          'input-format': { type: 'string' },
          format: { type: 'string' },
          report: { type: 'string' },
          junit: { type: 'string' },
          summary: { type: 'string' },
          update: { type: 'boolean' },
          'update-in-ci': { type: 'boolean' },
        },
        usage,
        false,
      );
      void positionals;
      if (!values.golden || !values.trajectory) throw new UsageError(`--golden and --trajectory are required\nusage: ${usage}`);
      const settings = trajectorySettings(
        {
          mode: values.mode,
          toolArgs: values['tool-args'],
          toolArgsOverrides: values['tool-args-override'],
          compat: values.compat,
          inputFormat: values['input-format'],
          update: values.update,
        },
        (f) =>
          `--${{ mode: 'mode', toolArgs: 'tool-args', toolArgsOverrides: 'tool-args-override', compat: 'compat', inputFormat: 'input-format', update: 'update' }[f]}`,
      );
      const format = values.format ?? 'text';
      if (format !== 'text' && format !== 'json') throw new UsageError(`--format: expected text or json, found '${format}'`);
      if (values.update && /^(true|1)$/i.test(io.env.CI ?? '') && !values['update-in-ci']) {
        throw new UsageError('--update refuses to rewrite goldens in CI (CI is set); pass --update-in-ci to ask for it explicitly');
      }
      const { report, pairs } = await runGoldens({
        golden: values.golden,
        trajectory: values.trajectory,
        cwd: io.cwd,
        mode: settings.mode,
        toolArgs: settings.toolArgs,
        toolArgsOverrides: settings.toolArgsOverrides,
        compat: settings.compat,
        inputFormat: settings.inputFormat,
      });
      const json = JSON.stringify(report, null, 2) + '\n';
      if (values.report) await writeFileAtomic(resolve(io.cwd, values.report), json);
      if (values.junit) await writeFileAtomic(resolve(io.cwd, values.junit), renderJunit(report));
      if (values.summary) await writeFileAtomic(resolve(io.cwd, values.summary), renderMarkdown(report));
      if (values.update) {
        const updates = await updateGoldens(pairs);
        for (const u of updates) {
          if (u.changed) io.stderr(`updated ${u.golden}: kept ${u.kept} steps, recorded ${u.recorded}, dropped ${u.dropped}\n`);
        }
        if (format === 'json')
          io.stdout(JSON.stringify({ ...report, updated: updates.filter((u) => u.changed).map((u) => u.golden) }, null, 2) + '\n');
        else io.stdout(renderText(report) + `${updates.filter((u) => u.changed).length} golden(s) updated\n`);
        return ExitCode.Pass;
      }
      io.stdout(format === 'json' ? json : renderText(report));
      return report.match ? ExitCode.Pass : ExitCode.Fail;
    },
  },
];
