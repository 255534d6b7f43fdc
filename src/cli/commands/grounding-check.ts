/**
 * `mc grounding-check`: check RAG answers against their sources (src/grounding). Exit 0 when the
 * gate passes, 1 when it fails, 2 for unusable input or usage.
 */
import { resolve } from 'node:path';
import { ExitCode, UsageError } from '../../core/errors.js';
import { readPrivateKeyFile } from '../../core/ed25519.js';
import { parseCliArgs, type CliCommand } from '../cli.js';
import {
  GROUNDING_SETTING_NAMES,
  groundingSettings,
  readCasesFile,
  runGate,
  textReport,
  writeOutputs,
  type GateOptions,
} from '../../grounding/index.js';

const USAGE =
  'mc grounding-check --cases FILE [--format text|json] [--min-pass-rate R] [--fail-on-ungrounded]\n' +
  '    [--report FILE] [--junit FILE] [--summary FILE] [--attestation FILE --key PEM]\n' +
  '    [--judge-url URL --judge-model NAME [--judge-key-env VAR] [--judge-cache FILE [--judge-cache-key-env VAR]]]';

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
      if (values.format !== 'text' && values.format !== 'json')
        throw new UsageError(`--format: expected text or json, found '${values.format}'`);
      if (Boolean(values.attestation) !== Boolean(values.key)) throw new UsageError('--attestation and --key go together');
      const at = (p: string | undefined) => (p ? resolve(io.cwd, p) : undefined);
      const keyEnv = values['judge-key-env'] as string;
      const cacheKeyEnv = values['judge-cache-key-env'] as string;
      const opts: GateOptions = groundingSettings(
        {
          minPassRate: values['min-pass-rate'],
          failOnUngrounded: values['fail-on-ungrounded'],
          judgeUrl: values['judge-url'],
          judgeModel: values['judge-model'],
          judgeApiKey: io.env[keyEnv],
          judgeCache: at(values['judge-cache']),
          judgeCacheKey: io.env[cacheKeyEnv],
        },
        (f) =>
          f === 'judgeApiKey'
            ? `$${keyEnv} (--judge-key-env)`
            : f === 'judgeCacheKey'
              ? `$${cacheKeyEnv} (--judge-cache-key-env)`
              : `--${GROUNDING_SETTING_NAMES[f]}`,
      );
      // load the key before the work so a bad key fails fast (exit 2); the key is never printed
      const key = values.key ? await readPrivateKeyFile(resolve(io.cwd, values.key)) : undefined;
      const { cases, input } = await readCasesFile(resolve(io.cwd, values.cases), values.cases);
      const report = await runGate(cases, input, opts);
      await writeOutputs(
        report,
        { report: at(values.report), junit: at(values.junit), summary: at(values.summary), attestation: at(values.attestation) },
        key ? [key] : [],
      );
      io.stdout(values.format === 'json' ? JSON.stringify(report, null, 2) + '\n' : textReport(report));
      return report.passed ? ExitCode.Pass : ExitCode.Fail;
    },
  },
];
