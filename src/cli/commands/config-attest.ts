/**
 * `mc config-attest snapshot|verify`: signed config snapshots and semantic drift verification.
 * Exit codes: 0 no drift, formatting only or approved; 1 drift; 2 unusable input or bad baseline signature.
 */
import { resolve } from 'node:path';
import { jsonText } from '../../core/jcs.js';
import { ExitCode, InputError, UsageError } from '../../core/errors.js';
import { readJsonOrYaml, writeFileAtomic } from '../../core/fsx.js';
import { readPrivateKeyFile } from '../../core/ed25519.js';
import { approvalContext, snapshot, snapshotApproved, verify } from '../../config/attest.js';
import { configSettings, type ConfigRawSettings } from '../../config/settings.js';
import { parseIgnoreConfig, type IgnoreConfig } from '../../config/ignore.js';
import { formatMarkdown, formatText } from '../../config/report.js';
import { loadTrustMaterial, resolveTrustRef, trustNote } from '../../config/trust.js';
import { parseCliArgs, type CliCommand, type CliIO } from '../cli.js';

const SNAPSHOT_USAGE =
  'mc config-attest snapshot --key PRIVATE.pem --env NAME --out SNAPSHOT.intoto.jsonl [--commit SHA] [--ignore RULES.yaml] [--no-default-ignores] [--root DIR] [--max-file-bytes N] [--max-alias-count N] [--force] PATH_OR_GLOB...';
const VERIFY_USAGE =
  'mc config-attest verify --baseline SNAPSHOT.intoto.jsonl --jwks JWKS.json --env NAME [--max-age 90d] [--baseline-commit SHA] [--format text|json] [--change-approved] [--report REPORT.json] [--markdown SUMMARY.md] [--ignore RULES.yaml] [--trust-ref REF] ' +
  "[--key PRIVATE.pem --out NEW.intoto.jsonl] [--root DIR] PATH_OR_GLOB...\n  --trust-ref REF: read the baseline, the JWKS and the ignore rules from the git tree of REF (e.g. the pull request's base commit), never from the working tree";

const common = {
  root: { type: 'string' },
  ignore: { type: 'string' },
  'max-file-bytes': { type: 'string' },
  'max-alias-count': { type: 'string' },
} as const;

/** The flag of each setting (mode is the action's only). */
const flag = (f: keyof ConfigRawSettings): string =>
  `--${{ mode: 'mode', maxFileBytes: 'max-file-bytes', maxAliasCount: 'max-alias-count', maxBaselineAge: 'max-age' }[f]}`;

async function ignoreOf(path: string | undefined, cwd: string): Promise<IgnoreConfig> {
  if (!path) return { defaults: true, rules: [] };
  return await parseIgnoreConfig(await readJsonOrYaml(resolve(cwd, path), 'ignore rules'), path);
}

async function runSnapshot(argv: string[], io: CliIO): Promise<ExitCode> {
  const { values: v, positionals } = parseCliArgs(
    argv,
    {
      ...common,
      key: { type: 'string' },
      env: { type: 'string' },
      out: { type: 'string' },
      commit: { type: 'string' },
      'no-default-ignores': { type: 'boolean' },
      force: { type: 'boolean' },
    },
    SNAPSHOT_USAGE,
  );
  if (!v.key || !v.env || !v.out) throw new UsageError(`--key, --env and --out are required\nusage: ${SNAPSHOT_USAGE}`);
  const { limits } = configSettings({ maxFileBytes: v['max-file-bytes'], maxAliasCount: v['max-alias-count'] }, flag);
  const key = await readPrivateKeyFile(resolve(io.cwd, v.key));
  const ignore = await ignoreOf(v.ignore, io.cwd);
  if (v['no-default-ignores']) ignore.defaults = false;
  const root = resolve(io.cwd, v.root ?? '.');
  const res = await snapshot(positionals, {
    root,
    excludeFiles: [resolve(io.cwd, v.out)],
    environment: v.env,
    commit: v.commit ?? io.env.GITHUB_SHA ?? '',
    ignore,
    key,
    limits,
  });
  await writeFileAtomic(resolve(io.cwd, v.out), res.text, { noClobber: !v.force });
  const p = res.statement.predicate;
  io.stdout(
    `snapshot ${v.out}: environment ${p.environment}, ${p.files.length} files, ${p.resources.length} resources, signed by ${key.kid}\n`,
  );
  return ExitCode.Pass;
}

async function runVerify(argv: string[], io: CliIO): Promise<ExitCode> {
  const { values: v, positionals } = parseCliArgs(
    argv,
    {
      ...common,
      baseline: { type: 'string' },
      jwks: { type: 'string' },
      format: { type: 'string', default: 'text' },
      'change-approved': { type: 'boolean' },
      env: { type: 'string' },
      'max-age': { type: 'string' },
      'baseline-commit': { type: 'string' },
      report: { type: 'string' },
      markdown: { type: 'string' },
      key: { type: 'string' },
      out: { type: 'string' },
      'trust-ref': { type: 'string' },
    },
    VERIFY_USAGE,
  );
  if (!v.baseline || !v.jwks || !v.env)
    throw new UsageError(
      `--baseline, --jwks and --env are required (the baseline must be signed for the environment being verified)\nusage: ${VERIFY_USAGE}`,
    );
  const { limits, maxAgeSeconds } = configSettings(
    { maxFileBytes: v['max-file-bytes'], maxAliasCount: v['max-alias-count'], maxBaselineAge: v['max-age'] },
    flag,
  );
  if (v.format !== 'text' && v.format !== 'json') throw new UsageError(`--format: expected text or json, found '${v.format}'`);
  if (Boolean(v.key) !== Boolean(v.out)) throw new UsageError('--key and --out go together (a new approved snapshot)');
  // trust material: from REF's git tree with --trust-ref (never the working tree), else from files
  const tree = v['trust-ref'] !== undefined ? await resolveTrustRef(io.cwd, v['trust-ref']) : undefined;
  const {
    trusted,
    baselineText,
    ignore: extra,
    record: trust,
    warnings,
  } = await loadTrustMaterial({
    cwd: io.cwd,
    tree,
    baseline: v.baseline,
    jwks: v.jwks,
    ignore: v.ignore,
    maxBaselineBytes: limits.maxFileBytes,
  });
  for (const w of warnings) io.stderr(`warning: ${w}\n`);
  // the flag is the only switch (no environment variable approves drift)
  const approved = v['change-approved'] ? approvalContext(io.env) : undefined;
  const root = resolve(io.cwd, v.root ?? '.');
  const { report, set, ignore } = await verify(positionals, {
    environment: v.env,
    maxAgeSeconds,
    baselineCommit: v['baseline-commit'],
    root,
    excludeFiles: [v.baseline, v.out, v.report, v.markdown].filter((p): p is string => !!p).map((p) => resolve(io.cwd, p)),
    baselineText,
    baselineFile: v.baseline,
    trusted,
    extraRules: extra.rules,
    approved,
    limits,
  });
  const out = trust ? { ...report, trust } : report;
  if (v.report) await writeFileAtomic(resolve(io.cwd, v.report), jsonText(out, 2) + '\n');
  if (v.markdown) await writeFileAtomic(resolve(io.cwd, v.markdown), formatMarkdown(report) + (trust ? trustNote(trust) : ''));
  if (v.key && v.out) {
    if (report.status !== 'drift-approved')
      throw new InputError(v.out, undefined, 'an approved drift (--change-approved) before writing a new snapshot');
    const key = await readPrivateKeyFile(resolve(io.cwd, v.key));
    const res = snapshotApproved(set, report, { environment: report.environment, commit: io.env.GITHUB_SHA ?? '', key, ignore });
    await writeFileAtomic(resolve(io.cwd, v.out), res.text, { noClobber: true });
  }
  if (trust && v.format !== 'json')
    io.stdout(`trust material from ${trust.ref} (commit ${trust.commit.slice(0, 12)}): ${Object.keys(trust.files).join(', ')}\n`);
  io.stdout(v.format === 'json' ? jsonText(out, 2) + '\n' : formatText(report));
  return report.exitCode;
}

export const commands: CliCommand[] = [
  {
    name: 'config-attest snapshot',
    summary: 'sign a snapshot of config files (in-toto Statement in a DSSE envelope)',
    usage: SNAPSHOT_USAGE,
    run: runSnapshot,
  },
  {
    name: 'config-attest verify',
    summary: 'verify config files against a signed baseline: semantic drift, exit 1 on drift',
    usage: VERIFY_USAGE,
    run: runVerify,
  },
];
