/**
 * `mc evidence view`: the self-contained page verifies the pack in headless Chromium (Debian's
 * `chromium`): a good pack shows `verified`; a tampered embedded file, a tampered payload and a wrong
 * JWKS show `failed`; search finds a file by digest and a denied decision by its reason; hostile text is
 * shown as text. Screenshots of every view go to out/evidence-view-screenshots/ (CI keeps them).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, expect, it } from 'vitest';
import { mc } from '../helpers/cli.js';
import { dumpDom, screenshot } from '../helpers/chromium.js';
import { binary, describeWith } from '../helpers/references.js';
import { repoRoot, runBuiltAction } from '../harness/runner.js';

const DEV_KEY = join(repoRoot, 'examples/keys/dev-not-for-production.pem');
const DEV_JWKS = join(repoRoot, 'examples/keys/dev-jwks.json');
const HOSTILE = '<img src=x onerror="document.title=\'pwned\'">';

let dir: string;
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
const mainTag = (dom: string) => /<main[^>]*>/.exec(dom)?.[0] ?? '';

async function makePack(): Promise<string> {
  const d = mkdtempSync(join(tmpdir(), 'mc-view-'));
  mkdirSync(join(d, 'evidence'));
  writeFileSync(join(d, 'evidence/notes.txt'), 'release notes\n');
  writeFileSync(
    join(d, 'evidence/opa-sim-isolation.json'),
    JSON.stringify({
      gate: 'opa-sim',
      decision: 'data.mc.isolation.allow',
      summary: { inputs: 2, allowed: 1, denied: 1 },
      decisions: [
        {
          outcome: 'deny',
          allowed: false,
          reasons: ['cross-tenant read of TENANT_B by TENANT_A denied'],
          source: { file: 'requests.jsonl', line: 2 },
        },
        { outcome: 'allow', allowed: true, reasons: [], source: { file: 'requests.jsonl', line: 1 } },
      ],
    }),
  );
  writeFileSync(
    join(d, 'evidence/canary-score.json'),
    JSON.stringify({
      decision: 'PROMOTE',
      score: 100,
      classification: 'Pass',
      decisionReason: 'ok',
      judge: { mode: 'exact' },
      metrics: [
        {
          name: HOSTILE,
          classification: 'Pass',
          reason: HOSTILE,
          interval: { lower: -1, upper: 2 },
          baseline: { mean: 10, min: 5, max: 15, p95: 14 },
          canary: { mean: 10.5, min: 6, max: 16, p95: 15 },
        },
      ],
    }),
  );
  const p = await mc(
    [
      'evidence',
      'pack',
      '--key',
      DEV_KEY,
      '--out',
      'pack',
      '--name',
      'view-test',
      '--version',
      '1.0.0',
      '--kind',
      'evidence/*opa*=policy-decision',
      '--label',
      'evidence/**=region=EU',
      'evidence/**',
    ],
    { cwd: d },
  );
  expect(p.code, p.stderr).toBe(0);
  return d;
}

describeWith(['chromium'], 'mc evidence view in headless Chromium', () => {
  const chromium = binary('chromium');
  beforeAll(async () => {
    dir = await makePack();
    const v = await mc(['evidence', 'view', 'pack', '--jwks', DEV_JWKS, '--out', 'view.html'], { cwd: dir });
    expect(v.code, v.stderr).toBe(0);
  }, 60_000);

  it('is self-contained under a strict CSP: no external script, style, font or request', () => {
    const html = readFileSync(join(dir, 'view.html'), 'utf8');
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]+'; style-src 'sha256-[A-Za-z0-9+/=]+'; img-src data:; base-uri 'none'; form-action 'none'">/,
    );
    expect(html).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)=/i);
    expect(html).not.toContain(HOSTILE); // escaped inside the data island
  });

  it('a verified pack shows verified, every signature valid; hostile text stays text', () => {
    const url = pathToFileURL(join(dir, 'view.html')).href;
    const dom = dumpDom(chromium, url);
    expect(mainTag(dom)).toContain('data-verdict="verified"');
    expect(dom).toContain('✓ VERIFIED: 3 files');
    expect(dom.match(/<tr data-status="valid">/g)).toHaveLength(2);
    expect(dom).toContain('&lt;img src=x onerror=');
    expect(dom).not.toMatch(/<img /);
    expect(dom).toContain('<title>Evidence view</title>');
    const shots = join(repoRoot, 'out/evidence-view-screenshots');
    mkdirSync(shots, { recursive: true });
    for (const v of ['overview', 'files', 'policy', 'canary']) screenshot(chromium, `${url}#view=${v}`, join(shots, `${v}.png`));
    expect(readFileSync(join(shots, 'canary.png')).subarray(1, 4).toString()).toBe('PNG');
  });

  it('search finds a file by its digest and a denied decision by its reason', () => {
    const url = pathToFileURL(join(dir, 'view.html')).href;
    const digest = sha(join(dir, 'evidence/notes.txt'));
    const byDigest = dumpDom(chromium, `${url}#view=files&q=${digest}`);
    expect(byDigest).toContain('1 of 3 files');
    expect(byDigest.match(/<tr data-path="[^"]+"/g)).toEqual(['<tr data-path="evidence/notes.txt"']);
    const byReason = dumpDom(chromium, `${url}#view=files&q=cross-tenant`);
    expect(byReason).toMatch(
      /<ul id="decision-results"><li>DENY <code>requests\.jsonl:2<\/code> \(evidence\/opa-sim-isolation\.json\): cross-tenant read of TENANT_B by TENANT_A denied<\/li><\/ul>/,
    );
    expect(byReason).toContain('1 policy decisions match');
    const byRegion = dumpDom(chromium, `${url}#view=files&q=region=eu policy-decision`);
    expect(byRegion).toContain('1 of 3 files');
    expect(Number(/data-search-ms="([\d.]+)"/.exec(byDigest)?.[1])).toBeGreaterThanOrEqual(0);
  });

  it('a tampered embedded file or payload, and a wrong JWKS, show failed with what failed', async () => {
    const html = readFileSync(join(dir, 'view.html'), 'utf8');
    writeFileSync(join(dir, 'tampered-file.html'), html.replace('release notes\\n', 'release notez\\n'));
    const f = dumpDom(chromium, pathToFileURL(join(dir, 'tampered-file.html')).href);
    expect(mainTag(f)).toContain('data-verdict="failed"');
    expect(f).toMatch(/evidence\/notes\.txt: sha256 [0-9a-f]{64} \(embedded copy\) differs from the signed/);
    // one changed character of line 1's base64 payload: the signature no longer verifies
    const payload = /\\"payload\\":\\"([A-Za-z0-9+/]{40})/.exec(html)![1];
    const flipped = payload.slice(0, 30) + (payload[30] === 'A' ? 'B' : 'A') + payload.slice(31);
    writeFileSync(join(dir, 'tampered-payload.html'), html.replace(payload, flipped));
    const p = dumpDom(chromium, pathToFileURL(join(dir, 'tampered-payload.html')).href);
    expect(mainTag(p)).toContain('data-verdict="failed"');
    expect(p).toMatch(/line 1: signature by [\w-]+: invalid/);
    // another key's JWKS: the CLI says failed (exit 1) and so does the page
    const other = await mc(['keygen', '--out', 'other'], { cwd: dir });
    expect(other.code).toBe(0);
    const w = await mc(['evidence', 'view', 'pack', '--jwks', 'other/jwks.json', '--out', 'wrong-jwks.html'], { cwd: dir });
    expect(w.code).toBe(1);
    const dom = dumpDom(chromium, pathToFileURL(join(dir, 'wrong-jwks.html')).href);
    expect(mainTag(dom)).toContain('data-verdict="failed"');
    expect(dom).toMatch(/signature by [\w-]+: unknown key/);
    // never overwritten in place
    expect((await mc(['evidence', 'view', 'pack', '--jwks', DEV_JWKS, '--out', 'view.html'], { cwd: dir })).code).toBe(2);
  });

  it('the evidence-pack action with html: true writes the view beside the pack, and it verifies', async () => {
    const ws = await makePack();
    const key = readFileSync(DEV_KEY, 'utf8');
    const r = await runBuiltAction('evidence-pack', {
      workspace: ws,
      inputs: { mode: 'pack', paths: 'evidence/**', key, output: 'out-pack', html: 'true', upload: 'false' },
    });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs['view-path']).toBe('out-pack/evidence-view.html');
    expect(r.outputs['pack-path']).toBe('out-pack');
    const dom = dumpDom(chromium, pathToFileURL(join(ws, r.outputs['view-path'])).href);
    expect(mainTag(dom)).toContain('data-verdict="verified"');
    // the view inside the pack directory is not evidence: verify still finds exactly the packed files
    const v = await mc(['evidence', 'verify', 'out-pack', '--jwks', DEV_JWKS], { cwd: ws });
    expect(v.code, v.stdout).toBe(0);
    const bad = await runBuiltAction('evidence-pack', {
      workspace: ws,
      inputs: { mode: 'pack', paths: 'evidence/**', key, output: 'p2', html: 'maybe', upload: 'false' },
    });
    expect(bad.exitCode).toBe(2);
  });
});
