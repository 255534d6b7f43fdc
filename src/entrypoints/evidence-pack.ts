/**
 * evidence-pack action: pack, verify or disclose signed release evidence.
 * Thin entrypoint over src/evidence (same core as `mc evidence`).
 */
import { join, resolve } from 'node:path';
import { runAction, workspacePath, type ActionIO } from '../runtime/action-io.js';
import { ExitCode, UsageError } from '../core/errors.js';
import { requireSigningKeys } from '../runtime/signing-key-inputs.js';
import { disclose } from '../evidence/disclose.js';
import { loadPolicy, trustedKeys } from '../evidence/options.js';
import {
  DEFAULT_PACK_DIR,
  DEFAULT_VERIFY_REPORT,
  evidenceSettings,
  type EvidenceRawSettings,
  type EvidenceSettings,
} from '../evidence/settings.js';
import { buildPack, releaseFromEnv, writePack } from '../evidence/pack.js';
import { verifyMarkdown } from '../evidence/render.js';
import { verifyPack, type VerifyReport } from '../evidence/verify.js';
import { buildEvidenceView } from '../evidence/view.js';
import { writeFileAtomic } from '../core/fsx.js';

async function upload(io: ActionIO, mode: EvidenceSettings['upload'], name: string, dir: string, files: string[]): Promise<void> {
  if (mode === 'false') return;
  if (!io.env.ACTIONS_RUNTIME_TOKEN || !io.env.ACTIONS_RESULTS_URL) {
    if (mode === 'true') throw new UsageError('upload: true needs the Actions runtime (ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL)');
    io.info('not uploading: no Actions runtime (set upload: false to silence)');
    return;
  }
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  const r = await client.uploadArtifact(name, files, dir, {});
  io.output('artifact-id', String(r.id ?? ''));
  io.info(`uploaded artifact '${name}' (id ${r.id}, ${r.size} bytes)`);
}

function annotateReport(io: ActionIO, r: VerifyReport, root: string): void {
  const rel = (p: string) => (root === io.workspace ? p : join(root, p).replace(io.workspace + '/', ''));
  for (const p of r.files.missing)
    io.annotate({ level: 'error', file: rel(p), title: 'evidence missing', message: `${p} is listed in the signed manifest but missing` });
  for (const m of r.files.mismatched)
    io.annotate({
      level: 'error',
      file: rel(m.path),
      line: 1,
      title: 'evidence mismatched',
      message: `${m.path}: sha256 ${m.actual} differs from the signed ${m.expected}`,
    });
  for (const p of r.files.unexpected)
    io.annotate({ level: 'warning', file: rel(p), title: 'unexpected evidence', message: `${p} is not in the signed manifest` });
  // refused paths may lie outside the workspace: no file property
  for (const x of r.files.refused) io.annotate({ level: 'error', title: 'evidence path refused', message: `${x.path}: ${x.reason}` });
  if (!r.threshold.ok)
    io.annotate({
      level: 'error',
      title: 'evidence signatures',
      message: `${r.threshold.valid} of ${r.threshold.required} required trusted keys signed`,
    });
}

/** The action input of each setting. */
const EVIDENCE_INPUT_NAMES: Record<keyof EvidenceRawSettings, string> = {
  mode: 'mode',
  upload: 'upload',
  kinds: 'kinds',
  labels: 'labels',
  threshold: 'threshold',
  requireKinds: 'require-kinds',
  maxAge: 'max-age',
};

await runAction(async (io) => {
  // every setting is checked before any work
  const settings = evidenceSettings(
    {
      mode: io.input('mode'),
      upload: io.input('upload'),
      kinds: io.list('kinds'),
      labels: io.list('labels'),
      threshold: io.input('threshold'),
      requireKinds: io.input('require-kinds'),
      maxAge: io.input('max-age'),
    },
    (f) => `input '${EVIDENCE_INPUT_NAMES[f]}'`,
  );
  const { mode } = settings;
  // root: pack and disclose read files from it (default: the workspace); verify checks files there when
  // it is set, else in the workspace (a pack) or PACKDIR/files (a disclosure)
  const rootInput = io.input('root');
  const root = resolve(io.workspace, rootInput || '.');
  const out = resolve(io.workspace, io.input('output') || DEFAULT_PACK_DIR);
  if (mode === 'pack') {
    const html = io.bool('html', false);
    const keys = await requireSigningKeys(io, 'key', 'key-file');
    const paths = io.list('paths');
    if (!paths.length) throw new UsageError("input 'paths' is required in mode 'pack'");
    const built = await buildPack({
      root,
      patterns: paths,
      exclude: io.list('exclude'),
      rules: settings.rules,
      release: releaseFromEnv({ name: io.input('name') || undefined, version: io.input('version') || undefined }, io.env),
      keys,
      outDir: out,
    });
    const { packFile, jwksFile } = await writePack(out, built, keys);
    io.output('pack-path', workspacePath(io.workspace, out));
    io.output('manifest-digest', `sha256:${built.manifestDigest}`);
    io.output('result', 'packed');
    const kinds = new Map<string, number>();
    for (const f of built.files) kinds.set(f.kind, (kinds.get(f.kind) ?? 0) + 1);
    io.summary(
      `### 📦 Evidence packed\n\n${built.files.length} files, manifest \`sha256:${built.manifestDigest}\`, signed by ${keys.map((k) => `\`${k.kid}\``).join(', ')}\n\n` +
        [...kinds].map(([k, n]) => `- ${k}: ${n}`).join('\n') +
        '\n',
    );
    const files = [packFile, jwksFile];
    if (html) {
      // the keys that just signed are the pack's jwks.json: the page verifies against them
      const view = await buildEvidenceView({ packDir: out, root, cwd: io.workspace, generatedBy: 'mc/evidence-pack' });
      const viewFile = join(out, 'evidence-view.html');
      await writeFileAtomic(viewFile, view.html, { noClobber: true });
      io.output('view-path', workspacePath(io.workspace, viewFile));
      files.push(viewFile);
    }
    await upload(io, settings.upload, io.input('artifact-name') || DEFAULT_PACK_DIR, out, files);
    return ExitCode.Pass;
  }
  const packDir = resolve(io.workspace, io.input('pack-dir') || io.input('output') || DEFAULT_PACK_DIR);
  const jwksInput = io.input('jwks');
  const { keys, trust } = await trustedKeys(packDir, jwksInput ? resolve(io.workspace, jwksInput) : undefined);
  if (mode === 'verify') {
    const policyFile = io.input('policy');
    const report = await verifyPack({
      packDir,
      root: rootInput ? root : undefined,
      cwd: io.workspace,
      trusted: keys,
      trust,
      threshold: settings.threshold,
      policy: await loadPolicy(policyFile ? resolve(io.workspace, policyFile) : undefined, settings),
    });
    const reportFile = resolve(io.workspace, io.input('report') || DEFAULT_VERIFY_REPORT);
    await writeFileAtomic(reportFile, JSON.stringify(report, null, 2) + '\n');
    io.output('result', report.verdict);
    io.output('report', workspacePath(io.workspace, reportFile));
    if (report.manifestDigest) io.output('manifest-digest', `sha256:${report.manifestDigest}`);
    io.summary(verifyMarkdown(report));
    annotateReport(io, report, report.kind === 'disclosure' && !rootInput ? join(packDir, 'files') : root);
    return report.verdict === 'verified'
      ? ExitCode.Pass
      : { exitCode: ExitCode.Fail, failMessage: `evidence verification failed: ${report.problems.join('; ')}` };
  }
  // mode 'disclose'
  {
    const region = io.required('region');
    if (!jwksInput)
      throw new UsageError(
        "input 'jwks' (the trusted keys) is required in mode 'disclose': the pack's own jwks.json proves integrity, not who signed",
      );
    const signing = await requireSigningKeys(io, 'key', 'key-file');
    const r = await disclose({
      packDir,
      root,
      region,
      tenant: io.input('tenant') || undefined,
      outDir: out,
      trusted: keys,
      trust,
      keys: signing,
      threshold: settings.threshold,
    });
    io.output('pack-path', workspacePath(io.workspace, out));
    io.output('result', 'disclosed');
    io.summary(
      `### 🔎 Scoped disclosure\n\n${r.entries} files for region \`${region}\`${io.input('tenant') ? ` tenant \`${io.input('tenant')}\`` : ''}, with RFC 6962 inclusion proofs against the signed root.\n`,
    );
    await upload(io, settings.upload, io.input('artifact-name') || `evidence-disclosure-${region}`, out, [r.file, join(out, 'jwks.json')]);
    return ExitCode.Pass;
  }
});
