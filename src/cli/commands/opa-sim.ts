/**
 * `mc opa-sim`: the fail-closed policy gate over inputs or configuration files (thin layer over
 * src/opa). Exit 0 every input allowed, 1 any input denied (or undefined), 2 unusable input,
 * policies that do not compile, or an evaluation error.
 */
import { ExitCode } from '../../core/errors.js';
import { PolicyCompileError, defaultCacheDir, formatRegoError, opaSettings, runOpaSim, textReport } from '../../opa/index.js';
import { parseCliArgs, type CliCommand } from '../cli.js';

const usage =
  'mc opa-sim --policy PATH... [--data FILE...] [--v0-compatible] ' +
  '(--decision REF [--reasons REF] | [--namespace NS... | --all-namespaces] [--fail-on-warn]) ' +
  '(--input FILE|GLOB... | --inputs FILE.jsonl... | --config FILE|GLOB... | CONFIG_FILE...) ' +
  '[--format text|json] [--report F] [--sarif F] [--junit F] [--decision-log F] [--no-cache]';

export const commands: CliCommand[] = [
  {
    name: 'opa-sim',
    summary: 'fail-closed policy gate: a Rego decision per input, or conftest-style deny/warn over config files',
    usage,
    async run(argv, io) {
      const { values, positionals } = parseCliArgs(
        argv,
        {
          policy: { type: 'string', short: 'p', multiple: true },
          data: { type: 'string', short: 'd', multiple: true },
          decision: { type: 'string' },
          reasons: { type: 'string' },
          namespace: { type: 'string', short: 'n', multiple: true },
          'all-namespaces': { type: 'boolean' },
          'fail-on-warn': { type: 'boolean' },
          'v0-compatible': { type: 'boolean' },
          input: { type: 'string', short: 'i', multiple: true },
          inputs: { type: 'string', multiple: true },
          config: { type: 'string', multiple: true },
          format: { type: 'string', default: 'text' },
          report: { type: 'string' },
          sarif: { type: 'string' },
          junit: { type: 'string' },
          'decision-log': { type: 'string' },
          'no-cache': { type: 'boolean', default: false },
        },
        usage,
      );
      const format = values.format;
      if (format !== 'text' && format !== 'json') {
        io.stderr(`mc opa-sim: --format: expected text or json, found '${format}'\n`);
        return ExitCode.Usage;
      }
      const settings = opaSettings(
        {
          policy: values.policy,
          decision: values.decision,
          reasons: values.reasons,
          namespaces: values.namespace,
          allNamespaces: values['all-namespaces'],
          failOnWarn: values['fail-on-warn'],
          v0Compatible: values['v0-compatible'],
        },
        (f) =>
          `--${{ policy: 'policy', decision: 'decision', reasons: 'reasons', namespaces: 'namespace', allNamespaces: 'all-namespaces', failOnWarn: 'fail-on-warn', v0Compatible: 'v0-compatible' }[f]}`,
      );
      // positional arguments are configuration files, as `conftest test FILE...`
      const config = [...(values.config ?? []), ...positionals];
      try {
        const report = await runOpaSim({
          ...settings,
          data: values.data,
          input: values.input,
          inputs: values.inputs,
          config,
          report: values.report,
          sarif: values.sarif,
          junit: values.junit,
          decisionLog: values['decision-log'],
          // the policy compile cache ($MC_CACHE_DIR, else $XDG_CACHE_HOME/mc or ~/.cache/mc); --no-cache: compile afresh
          cacheDir: values['no-cache'] ? undefined : defaultCacheDir(io.env),
          cwd: io.cwd,
        });
        io.stdout(format === 'json' ? JSON.stringify(report, null, 2) + '\n' : textReport(report));
        return report.exitCode;
      } catch (e) {
        if (e instanceof PolicyCompileError) {
          if (format === 'json') io.stdout(JSON.stringify({ errors: e.errors }, null, 2) + '\n');
          io.stderr(`mc opa-sim: policy does not compile (fail closed):\n${e.errors.map(formatRegoError).join('\n')}\n`);
          return ExitCode.Usage;
        }
        throw e;
      }
    },
  },
];
