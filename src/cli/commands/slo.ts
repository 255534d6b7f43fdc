/**
 * `mc slo snapshot`: SLIs, error budgets and burn rates of SLO specs (OpenSLO v1, Sloth
 * prometheus/v1) from a Prometheus server. Exit 0 when no SLO pages (or warns, with
 * `--fail-on warn`), 1 when one does, 2 for unusable input, an unreachable server or missing data.
 */
import { resolve } from 'node:path';
import { ExitCode, UsageError } from '../../core/errors.js';
import { writeFileAtomic } from '../../core/fsx.js';
import { readPrivateKeyFile } from '../../core/ed25519.js';
import { gateFails, loadSloInputs, runSloSnapshot, signSloSnapshot, sloSettings, snapshotJson, snapshotText } from '../../slo/index.js';
import { parseCliArgs, type CliCommand } from '../cli.js';
import { PROMETHEUS_FLAGS, PROMETHEUS_USAGE, prometheusOptionsFromFlags } from '../prometheus-flags.js';

const usage =
  'mc slo snapshot --prometheus URL --slo FILE... [--at RFC3339] [--format text|json] [--out FILE [--key KEY]] ' +
  '[--previous SNAPSHOT [--jwks JWKS]] [--window 30d] [--warn-budget 0.8] [--page-budget 0.9] [--fail-on page|warn] ' +
  PROMETHEUS_USAGE;

export const commands: CliCommand[] = [
  {
    name: 'slo snapshot',
    summary: 'SLIs, error budgets and burn rates of OpenSLO/Sloth specs from Prometheus; signed snapshot evidence',
    usage,
    run: async (argv, io) => {
      const { values: o, positionals } = parseCliArgs(
        argv,
        {
          ...PROMETHEUS_FLAGS,
          slo: { type: 'string', multiple: true },
          at: { type: 'string' },
          format: { type: 'string' },
          out: { type: 'string' },
          key: { type: 'string' },
          previous: { type: 'string' },
          jwks: { type: 'string' },
          window: { type: 'string' },
          'warn-budget': { type: 'string' },
          'page-budget': { type: 'string' },
          'fail-on': { type: 'string' },
        },
        usage,
      );
      if (!o.prometheus) throw new UsageError(`--prometheus is required\nusage: ${usage}`);
      const patterns = [...(o.slo ?? []), ...positionals];
      if (!patterns.length) throw new UsageError(`--slo is required\nusage: ${usage}`);
      const format = o.format ?? 'text';
      if (format !== 'json' && format !== 'text') throw new UsageError(`--format: expected json or text, found '${format}'`);
      if (o.key && !o.out) throw new UsageError('--key signs the snapshot written by --out: give --out too');
      const flag = {
        at: '--at',
        window: '--window',
        warnBudget: '--warn-budget',
        pageBudget: '--page-budget',
        failOn: '--fail-on',
      } as const;
      const settings = sloSettings(
        { at: o.at, window: o.window, warnBudget: o['warn-budget'], pageBudget: o['page-budget'], failOn: o['fail-on'] },
        (f) => flag[f],
      );
      const key = o.key ? await readPrivateKeyFile(resolve(io.cwd, o.key)) : undefined;
      const prometheus = await prometheusOptionsFromFlags(o, io.cwd);

      const { files, previous } = await loadSloInputs({ root: io.cwd, patterns, label: '--slo', previous: o.previous, jwks: o.jwks });
      const { snapshot, statement } = await runSloSnapshot({
        prometheus,
        files,
        at: settings.at,
        slothWindow: settings.slothWindow,
        thresholds: settings.thresholds,
        previous,
      });
      if (o.out) {
        const out = resolve(io.cwd, o.out);
        await writeFileAtomic(out, key ? signSloSnapshot(statement, [key]) : snapshotJson(snapshot), { noClobber: true });
        io.stderr(`slo snapshot: wrote ${o.out}${key ? ` (signed by ${key.kid})` : ''}\n`);
      }
      io.stdout(format === 'json' ? snapshotJson(snapshot) : snapshotText(snapshot));
      return gateFails(snapshot.status, settings.failOn) ? ExitCode.Fail : ExitCode.Pass;
    },
  },
];
