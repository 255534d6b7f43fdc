// The evidence-pack action run as the GitHub runner runs it (tests/harness/runner.ts), including
// the artifact upload against a loopback fake of the Actions results service and blob storage,
// and the action copied out on its own (what `mc/evidence-pack` would publish).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itWith, pythonFor } from '../helpers/references.js';
import { repoRoot, runBuiltAction } from '../harness/runner.js';

const devKey = readFileSync(join(repoRoot, 'examples/keys/dev-not-for-production.pem'), 'utf8');
const devJwks = join(repoRoot, 'examples/keys/dev-jwks.json');

function workspace(): string {
  const ws = mkdtempSync(join(tmpdir(), 'mc-ep-ws-'));
  mkdirSync(join(ws, 'reports'), { recursive: true });
  writeFileSync(join(ws, 'reports/slo.json'), '{"p95_ms": 118}\n');
  writeFileSync(join(ws, 'reports/gate.md'), '# gates\nall passed\n');
  return ws;
}

/** A loopback stand-in for the Actions results service (Twirp JSON) and the blob store it signs URLs for. */
class FakeResults {
  server: Server;
  url = '';
  calls: string[] = [];
  blocks = new Map<string, Buffer>();
  blob: Buffer | undefined;
  constructor() {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        const u = new URL(req.url ?? '/', this.url);
        this.calls.push(`${req.method} ${u.pathname}${u.searchParams.get('comp') ? `?comp=${u.searchParams.get('comp')}` : ''}`);
        if (u.pathname.endsWith('/CreateArtifact')) {
          const r = JSON.parse(body.toString());
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ ok: true, signedUploadUrl: `${this.url}/blob/${encodeURIComponent(r.name)}.zip?sig=fake` }));
        } else if (u.pathname.endsWith('/FinalizeArtifact')) {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ ok: true, artifactId: '4242' }));
        } else if (u.pathname.startsWith('/blob/')) {
          const comp = u.searchParams.get('comp');
          if (comp === 'block') this.blocks.set(u.searchParams.get('blockid')!, body);
          else if (comp === 'blocklist') {
            const ids = [...body.toString().matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]+)</g)].map((m) => m[1]);
            this.blob = Buffer.concat(ids.map((id) => this.blocks.get(id) ?? Buffer.alloc(0)));
          } else this.blob = body;
          res.writeHead(201, {
            'x-ms-request-id': '1',
            'x-ms-version': '2024-11-04',
            etag: '"0x1"',
            'last-modified': new Date().toUTCString(),
            'content-md5': '',
          });
          res.end();
        } else {
          res.writeHead(404);
          res.end();
        }
      });
    });
  }
  async start() {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', () => r()));
    const a = this.server.address() as { port: number };
    this.url = `http://127.0.0.1:${a.port}`;
  }
  stop() {
    return new Promise<void>((r) => this.server.close(() => r()));
  }
}

const b64u = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
const runtimeToken = `${b64u({ alg: 'none', typ: 'JWT' })}.${b64u({ scp: 'Actions.GenericRead Actions.Results:11111111-1111-1111-1111-111111111111:22222222-2222-2222-2222-222222222222' })}.sig`;

let fake: FakeResults;
beforeAll(async () => {
  fake = new FakeResults();
  await fake.start();
});
afterAll(() => fake.stop());

describe('evidence-pack action (runner contract)', () => {
  itWith(['python3'], 'packs, sets outputs, writes the summary, masks the key, and uploads the pack as an artifact', async () => {
    const ws = workspace();
    const run = await runBuiltAction('evidence-pack', {
      workspace: ws,
      inputs: { mode: 'pack', paths: 'reports/**', kinds: 'reports/slo.json=slo-snapshot', key: devKey, version: 'v1.2.3' },
      env: { ACTIONS_RUNTIME_TOKEN: runtimeToken, ACTIONS_RESULTS_URL: `${fake.url}/` },
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs.result).toBe('packed');
    expect(run.outputs['manifest-digest']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(run.outputs['artifact-id']).toBe('4242');
    expect(run.summary).toMatch(/Evidence packed/);
    expect(run.stdout).toContain('::add-mask::');
    // the runner consumes ::add-mask:: lines; nothing else may carry key material
    const visible = run.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    expect(visible).not.toContain('PRIVATE KEY');
    expect(visible).not.toContain(devKey.split('\n')[1]);
    expect(fake.calls).toEqual(
      expect.arrayContaining([
        'POST /twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact',
        'POST /twirp/github.actions.results.api.v1.ArtifactService/FinalizeArtifact',
      ]),
    );
    // the uploaded zip holds the pack: list it with Python's zipfile (independent of our code)
    const zip = join(ws, 'uploaded.zip');
    writeFileSync(zip, fake.blob!);
    const names = execFileSync(pythonFor('python3'), [
      '-c',
      'import sys, zipfile; print("\\n".join(sorted(zipfile.ZipFile(sys.argv[1]).namelist())))',
      zip,
    ])
      .toString()
      .trim()
      .split('\n');
    expect(names).toEqual(['evidence.intoto.jsonl', 'jwks.json']);
  });

  it('verifies (exit 0), then fails (exit 1) with an annotation on the changed file', async () => {
    const ws = workspace();
    expect(
      (await runBuiltAction('evidence-pack', { workspace: ws, inputs: { paths: 'reports/**', key: devKey, upload: 'false' } })).exitCode,
    ).toBe(0);
    const ok = await runBuiltAction('evidence-pack', { workspace: ws, inputs: { mode: 'verify', jwks: devJwks } });
    expect(ok.exitCode).toBe(0);
    expect(ok.outputs.result).toBe('verified');
    expect(ok.outputs.report).toBe('evidence-verify.json');
    expect(ok.summary).toMatch(/Evidence verified/);
    writeFileSync(join(ws, 'reports/slo.json'), '{"p95_ms": 999}\n');
    const bad = await runBuiltAction('evidence-pack', { workspace: ws, inputs: { mode: 'verify', jwks: devJwks } });
    expect(bad.exitCode).toBe(1);
    expect(bad.outputs.result).toBe('failed');
    expect(bad.annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        props: expect.objectContaining({ file: 'reports/slo.json', title: 'evidence mismatched' }),
      }),
    );
    expect(JSON.parse(readFileSync(join(ws, 'evidence-verify.json'), 'utf8')).files.mismatched[0].path).toBe('reports/slo.json');
  });

  it('unusable input exits 2 with an error annotation, never a pass', async () => {
    const ws = workspace();
    const r1 = await runBuiltAction('evidence-pack', { workspace: ws, inputs: { mode: 'bogus' } });
    expect(r1.exitCode).toBe(2);
    expect(r1.annotations[0]).toMatchObject({ level: 'error' });
    const r2 = await runBuiltAction('evidence-pack', { workspace: ws, inputs: { paths: 'reports/**', key: 'not a key', upload: 'false' } });
    expect(r2.exitCode).toBe(2);
    expect(r2.annotations[0].message).toMatch(/expected an Ed25519 private key/);
    expect(
      r2.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n'),
    ).not.toContain('not a key');
  });

  it('runs when copied out on its own, as the published mc/evidence-pack repository', async () => {
    const standalone = mkdtempSync(join(tmpdir(), 'mc-evidence-pack-repo-'));
    for (const f of ['action.yml', 'README.md', 'dist'])
      cpSync(join(repoRoot, 'actions/evidence-pack', f), join(standalone, f), { recursive: true });
    const ws = workspace();
    const r = await runBuiltAction('evidence-pack', {
      actionDir: standalone,
      workspace: ws,
      inputs: { paths: 'reports/**', key: devKey, upload: 'false' },
    });
    expect(r.exitCode).toBe(0);
    const v = await runBuiltAction('evidence-pack', { actionDir: standalone, workspace: ws, inputs: { mode: 'verify', jwks: devJwks } });
    expect(v.exitCode).toBe(0);
  });
});
