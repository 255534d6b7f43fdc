/**
 * `mc grounding-check`: check RAG answers against their sources (src/grounding). Exit 0 when the
 * gate passes, 1 when it fails, 2 for unusable input or usage.
 */
import { resolve } from 'node:path';
import { ExitCode, UsageError } from '../../core/errors.js';
import { readPrivateKeyFile } from '../../core/keys.js';
import { parseCliArgs, type CliCommand } from '../cli.js';
import { readCasesFile, runGate, textReport, writeOutputs, type GateOptions } from '../../grounding/index.js';

const USAGE =
  'mc grounding-check --cases FILE [--format text|json] [--min-pass-rate R] [--fail-on-ungrounded]\n' +
  '    [--report FILE] [--junit FILE] [--summary FILE] [--attestation FILE --key PEM]\n' +
  '    [--judge-url URL --judge-model NAME [--judge-key-env VAR] [--judge-cache FILE [--judge-cache-key-env VAR]]]';

/** Parses a rate in [0, 1]. @throws UsageError otherwise. */
function rate(v: string | undefined, flag: string, def: number): number {
  if (v === undefined) return def;
  const n = Number(v);
  if (!/^\s*\d*\.?\d+\s*$/.test(v) || !(n >= 0 && n <= 1)) throw new UsageError(`${flag}: expected a number from 0 to 1, found '${v}'`);
  return n;
}

export const commands: CliCommand[] = [
  {
    name: 'grounding-check',
    summary: 'check RAG answers against their sources (grounded / unverified / ungrounded)',
    usage: USAGE,
    async run(argv, io) {
      const { values } = parseCliArgs(
        argv,
        {
          cases: { type: 'string' },
          format: { type: 'string', default: 'text' },
          'min-pass-rate': { type: 'string' },
          'fail-on-ungrounded': { type: 'boolean', default: false },
          report: { type: 'string' },
          junit: { type: 'string' },
          summary: { type: 'string' },
          attestation: { type: 'string' },
          key: { type: 'string' },
          'judge-url': { type: 'string' },
          'judge-model': { type: 'string' },
          'judge-key-env': { type: 'string', default: 'MC_JUDGE_API_KEY' },
          'judge-cache': { type: 'string' },
          'judge-cache-key-env': { type: 'string', default: 'MC_JUDGE_CACHE_KEY' },
        },
        USAGE,
        false,
      );
      if (!values.cases) throw new UsageError(`--cases is required\nusage: ${USAGE}`);
      if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format: expected text or json, found '${values.format}'`);
      if (Boolean(values.attestation) !== Boolean(values.key)) throw new UsageError('--attestation and --key go together');
      if (values['judge-url'] && !values['judge-model']) throw new UsageError('--judge-url needs --judge-model');
      const at = (p: string | undefined) => (p ? resolve(io.cwd, p) : undefined);
      const opts: GateOptions = {
        minPassRate: rate(values['min-pass-rate'], '--min-pass-rate', 0.95),
        failOnUngrounded: values['fail-on-ungrounded'],
      };
      if (values['judge-url']) {
        opts.judge = { url: values['judge-url'], model: values['judge-model'] as string, apiKey: io.env[values['judge-key-env'] as string] || undefined, cacheFile: at(values['judge-cache']), cacheKey: io.env[values['judge-cache-key-env'] as string] || undefined };
      }
      // load the key before the work so a bad key fails fast (exit 2); the key is never printed
      const key = values.key ? await readPrivateKeyFile(resolve(io.cwd, values.key)) : undefined;
      const { cases, input } = await readCasesFile(resolve(io.cwd, values.cases), values.cases);
      const report = await runGate(cases, input, opts);
      await writeOutputs(report, { report: at(values.report), junit: at(values.junit), summary: at(values.summary), attestation: at(values.attestation) }, key ? [key] : []);
      io.stdout(values.format === 'json' ? JSON.stringify(report, null, 2) + '\n' : textReport(report));
      return report.passed ? ExitCode.Pass : ExitCode.Fail;
    },
  },
];
