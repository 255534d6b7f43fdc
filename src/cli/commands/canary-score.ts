/**
 * `mc canary-score`: judge a canary against its baseline (NetflixACAJudge-v1.0 rules).
 * Exit 0 on PROMOTE, 1 on HOLD or HALT, 2 for unusable input.
 */
import { resolve } from 'node:path';
import { ExitCode, UsageError } from '../../core/errors.js';
import { writeFileAtomic } from '../../core/fsx.js';
import { CANARY_SETTING_NAMES, canarySettings, contractJson, runCanaryScore, textSummary } from '../../canary/index.js';
import { parseCliArgs, type CliCommand } from '../cli.js';
import { PROMETHEUS_FLAGS, PROMETHEUS_USAGE, prometheusOptionsFromFlags } from '../prometheus-flags.js';

const usage =
  'mc canary-score --config CONFIG.json|yaml (--data DATA.json|csv | --prometheus URL [--scopes SCOPES.json]) [--judge kayenta|exact] [--pass 95 --marginal 75] [--format json|text] ' +
  '[--out REPORT.json] [--summary SUMMARY.md] [--label version --baseline-value baseline --canary-value canary] ' +
  '[--override PROMOTE|HOLD|HALT --override-reason TEXT [--override-by WHO]] [--traffic-weight PCT] [--bake-minutes MIN] ' +
  PROMETHEUS_USAGE;

export const commands: CliCommand[] = [
  {
    name: 'canary-score',
    summary: 'judge a canary against its baseline (Kayenta-compatible); PROMOTE, HOLD or HALT',
    usage,
    run: async (argv, io) => {
      const { values: o, positionals } = parseCliArgs(
        argv,
        {
          config: { type: 'string' },
          data: { type: 'string' },
          judge: { type: 'string' },
          pass: { type: 'string' },
          marginal: { type: 'string' },
          format: { type: 'string' },
          out: { type: 'string' },
          summary: { type: 'string' },
          label: { type: 'string' },
          'baseline-value': { type: 'string' },
          'canary-value': { type: 'string' },
          override: { type: 'string' },
          'override-reason': { type: 'string' },
          'override-by': { type: 'string' },
          'traffic-weight': { type: 'string' },
          'bake-minutes': { type: 'string' },
          ...PROMETHEUS_FLAGS,
          scopes: { type: 'string' },
        },
        usage,
        false,
      );
      void positionals;
      // settings first: a usage error must not wait for (or hide behind) a file error
      const settings = canarySettings(
        {
          judge: o.judge,
          pass: o.pass,
          marginal: o.marginal,
          override: o.override,
          overrideReason: o['override-reason'],
          overrideBy: o['override-by'],
          trafficWeight: o['traffic-weight'],
          bakeMinutes: o['bake-minutes'],
        },
        (f) => `--${CANARY_SETTING_NAMES[f]}`,
      );
      if (!o.config) throw new UsageError(`--config is required\nusage: ${usage}`);
      if (!o.data === !o.prometheus) throw new UsageError(`give --data FILE or --prometheus URL (one of them)\nusage: ${usage}`);
      if (o.scopes && !o.prometheus) throw new UsageError('--scopes goes with --prometheus');
      const format = o.format ?? 'text';
      if (format !== 'json' && format !== 'text') throw new UsageError(`--format: expected json or text, found '${format}'`);
      const { report, markdown, replay } = await runCanaryScore({
        configPath: resolve(io.cwd, o.config),
        dataPath: o.data ? resolve(io.cwd, o.data) : undefined,
        prometheus: o.prometheus
          ? { options: await prometheusOptionsFromFlags(o, io.cwd), scopesPath: o.scopes ? resolve(io.cwd, o.scopes) : undefined }
          : undefined,
        settings,
        selector: { label: o.label, baseline: o['baseline-value'], canary: o['canary-value'] },
      });
      const json = JSON.stringify({ ...contractJson(report), ...(replay ? { replay } : {}) }, null, 2) + '\n';
      if (o.out) await writeFileAtomic(resolve(io.cwd, o.out), json, { noClobber: true });
      if (o.summary) await writeFileAtomic(resolve(io.cwd, o.summary), markdown);
      io.stdout(format === 'json' ? json : textSummary(report));
      return report.decision === 'PROMOTE' ? ExitCode.Pass : ExitCode.Fail;
    },
  },
];
