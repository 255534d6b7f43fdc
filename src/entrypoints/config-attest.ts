/**
 * mc/config-attest action: `mode: snapshot` signs a snapshot of config files; `mode: verify`
 * checks the current files against a signed baseline of the same environment (exit 1 on drift unless
 * the `change-approved` input, the only approval switch: no environment variable approves drift),
 * writes the job summary, annotates changed lines and keeps one sticky PR comment per environment.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { getOctokit } from '@actions/github';
import { runAction, workspacePath, type ActionIO } from '../runtime/action-io.js';
import { ExitCode } from '../core/errors.js';
import { jsonText } from '../core/jcs.js';
import { readJsonOrYaml, writeFileAtomic } from '../core/fsx.js';
import { requireSigningKeys } from '../runtime/signing-key-inputs.js';
import { approvalContext, snapshot, snapshotApproved, verify } from '../config/attest.js';
import { DEFAULT_SNAPSHOT_FILE, configSettings } from '../config/settings.js';
import { stickyMarker, upsertStickyComment, type CommentsClient } from '../config/comment.js';
import { parseIgnoreConfig, type IgnoreConfig } from '../config/ignore.js';
import { changeAnnotations, formatMarkdown } from '../config/report.js';
import { loadTrustMaterial, pullRequestBaseSha, resolveTrustRef, trustNote } from '../config/trust.js';

async function ignoreConfig(io: ActionIO, root: string): Promise<IgnoreConfig> {
  const file = io.input('ignore-file');
  const cfg = file
    ? await parseIgnoreConfig(await readJsonOrYaml(resolve(root, file), 'ignore rules'), file)
    : { defaults: true, rules: [] };
  if (!io.bool('default-ignores', true)) cfg.defaults = false;
  return cfg;
}

async function privateKey(io: ActionIO) {
  return (await requireSigningKeys(io, 'private-key'))[0];
}

/** The pull request of the triggering event, if any (GITHUB_EVENT_PATH). */
function pullRequest(env: NodeJS.ProcessEnv): { owner: string; repo: string; issue_number: number } | undefined {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo || !env.GITHUB_EVENT_PATH) return undefined;
  try {
    const ev = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as { pull_request?: { number?: number }; number?: number };
    const n = ev.pull_request?.number ?? undefined;
    return typeof n === 'number' ? { owner, repo, issue_number: n } : undefined;
  } catch {
    return undefined;
  }
}

runAction(async (io) => {
  // every setting is checked before any work
  const settings = configSettings(
    { mode: io.required('mode'), maxFileBytes: io.input('max-file-bytes'), maxBaselineAge: io.input('max-baseline-age') },
    (f) =>
      `input '${{ mode: 'mode', maxFileBytes: 'max-file-bytes', maxAliasCount: 'max-alias-count', maxBaselineAge: 'max-baseline-age' }[f]}'`,
  );
  const { mode, limits } = settings;
  const root = resolve(io.workspace, io.input('working-directory', '.'));
  const paths = io.list('paths');
  if (mode === 'snapshot') {
    const environment = io.required('environment');
    const out = resolve(root, io.input('snapshot') || DEFAULT_SNAPSHOT_FILE);
    const key = await privateKey(io);
    const res = await snapshot(paths, {
      root,
      excludeFiles: [out],
      environment,
      commit: io.input('commit', io.env.GITHUB_SHA ?? ''),
      ignore: await ignoreConfig(io, root),
      key,
      limits,
    });
    await writeFileAtomic(out, res.text, { noClobber: !io.bool('force', false) });
    const p = res.statement.predicate;
    io.output('snapshot', workspacePath(io.workspace, out));
    io.output('status', 'snapshot');
    io.output('resources', p.resources.length);
    io.summary(
      `### config-attest: snapshot (${p.environment})\n\n${p.files.length} files, ${p.resources.length} resources, signed by \`${key.kid}\` into \`${relative(io.workspace, out)}\`.\n`,
    );
    io.info(`snapshot ${out}: ${p.files.length} files, ${p.resources.length} resources`);
    return ExitCode.Pass;
  }

  const baselineFile = io.required('baseline');
  const jwksFile = io.required('jwks');
  // trust material from the trusted side: REF's git tree (on pull requests, the base commit by default)
  const trustRef = io.input('trust-ref') || (await pullRequestBaseSha(io.env)) || '';
  const tree = trustRef ? await resolveTrustRef(root, trustRef) : undefined;
  const material = await loadTrustMaterial({
    cwd: root,
    tree,
    baseline: baselineFile,
    jwks: jwksFile,
    ignore: io.input('ignore-file') || undefined,
    maxBaselineBytes: limits.maxFileBytes,
  });
  const { trusted, baselineText, ignore: extra, record: trust } = material;
  for (const w of material.warnings) io.warning(w);
  if (trust) io.info(`trust material from ${trust.ref} (commit ${trust.commit.slice(0, 12)}): ${Object.keys(trust.files).join(', ')}`);
  else if (io.env.GITHUB_EVENT_NAME === 'pull_request' || io.env.GITHUB_EVENT_NAME === 'pull_request_target')
    io.warning(
      'pull request without a base commit in the event: the baseline, JWKS and ignore rules are read from the working tree; set trust-ref',
    );
  // the input is the only switch: an earlier step can set any environment variable through $GITHUB_ENV
  const approved = io.bool('change-approved', false) ? approvalContext(io.env) : undefined;
  const environment = io.required('environment');
  const baselineCommit = io.input('baseline-commit');
  const { report, set, ignore } = await verify(paths, {
    environment,
    maxAgeSeconds: settings.maxAgeSeconds,
    baselineCommit: baselineCommit || undefined,
    root,
    excludeFiles: [baselineFile, io.input('report'), io.input('approved-snapshot')].filter(Boolean).map((p) => resolve(root, p)),
    baselineText,
    baselineFile,
    trusted,
    extraRules: extra.rules,
    approved,
    limits,
  });

  const reportPath = io.input('report');
  if (reportPath) {
    await writeFileAtomic(resolve(root, reportPath), jsonText(trust ? { ...report, trust } : report, 2) + '\n');
    io.output('report', workspacePath(io.workspace, resolve(root, reportPath)));
  }
  const approvedOut = io.input('approved-snapshot');
  if (approvedOut && report.status === 'drift-approved') {
    const res = snapshotApproved(set, report, {
      environment: report.environment,
      commit: io.input('commit', io.env.GITHUB_SHA ?? ''),
      key: await privateKey(io),
      ignore,
    });
    await writeFileAtomic(resolve(root, approvedOut), res.text, { noClobber: true });
    io.output('snapshot', workspacePath(io.workspace, resolve(root, approvedOut)));
  }
  for (const a of changeAnnotations(report)) {
    io.annotate({ level: 'error', title: a.title, message: a.message, file: relative(io.workspace, resolve(root, a.file)), line: a.line });
  }
  const markdown = formatMarkdown(report) + (trust ? trustNote(trust) : '');
  io.summary(markdown);
  io.output('status', report.status);
  io.output('title', report.title);
  io.output('drift', report.counts.changes > 0 ? 'true' : 'false');
  io.output('changes', report.counts.changes);
  io.output('resources', report.counts.resources);

  const pr = pullRequest(io.env);
  const token = io.secret('github-token');
  if (pr && token && io.bool('comment', true)) {
    try {
      const octokit = getOctokit(token, { baseUrl: io.env.GITHUB_API_URL || 'https://api.github.com' }) as unknown as CommentsClient;
      const r = await upsertStickyComment(octokit, pr, stickyMarker(report.environment), markdown);
      io.output('comment-id', r.id);
      io.info(`PR comment ${r.action} (#${r.id})`);
    } catch (e) {
      io.warning(`could not write the PR comment: ${(e as Error).message}`);
    }
  }
  return {
    exitCode: report.exitCode,
    failMessage: `config drift: ${report.counts.changes} changes against the signed baseline of ${report.environment} (set the change-approved input to approve)`,
  };
});
