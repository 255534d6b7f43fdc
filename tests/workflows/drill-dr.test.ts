// The DR drill (.github/workflows/drill-dr.yml) through the harness: an evidence pack archived by an
// earlier run is restored and verified against the CURRENT JWKS after a key rotation. It passes
// while the retired key's window covers the old signature, and fails when the rotation broke the
// old evidence (key retired before the signature, key dropped) or the archive was tampered with.
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeWith } from '../helpers/references.js';
import { formatJwks, generateKey, loadPrivateKey, type PublicKey } from '../../src/core/ed25519.js';
import { archiveRelease, DEV_KEY, workspace } from './fixtures.js';
import { explain, runWorkflow } from './steps.js';

const WF = '.github/workflows/drill-dr.yml';
const NAME = 'release-evidence-900-1';

/** A repository after a rotation: the new key current, the old (dev) key retired at `retiredAt`. */
async function rotated(retiredAt: number | undefined): Promise<{ ws: string; oldKid: string }> {
  const old = (await loadPrivateKey(DEV_KEY, 'dev')).publicKey;
  const next = (await generateKey()).publicKey;
  const keys: PublicKey[] = [next];
  if (retiredAt !== undefined) keys.unshift({ ...old, jwk: { ...old.jwk, exp: retiredAt } });
  return { ws: workspace({ '.mc/jwks.json': { text: formatJwks(keys) } }), oldKid: old.kid };
}

async function archive(): Promise<{ store: string; createdAt: number }> {
  const store = workspace();
  const before = Math.floor(Date.now() / 1000);
  await archiveRelease(store, '900', NAME, DEV_KEY);
  return { store, createdAt: before };
}

const run = (ws: string, store: string, extra: Record<string, string | boolean> = {}) =>
  runWorkflow(WF, {
    workspace: ws,
    artifactStore: store,
    inputs: { 'run-id': '900', 'artifact-name': NAME, ...extra },
    secrets: { EVIDENCE_SIGNING_KEY: DEV_KEY },
  });

describeWith(['jq'], 'DR drill', () => {
  it('passes: the archive restored from run 900 verifies with the current JWKS; the retired key still covers its signature', async () => {
    const { store, createdAt } = await archive();
    const { ws, oldKid } = await rotated(createdAt + 3600);
    const r = await run(ws, store, { 'require-rotation': true });
    expect(r.result, explain(r)).toBe('success');
    expect(r.outputs.result).toBe('passed');
    const rep = JSON.parse(readFileSync(join(ws, '.mc-dr/report/dr-drill.json'), 'utf8'));
    expect(rep).toMatchObject({
      result: 'passed',
      verdict: 'verified',
      rotated: true,
      archive: { run: '900', artifact: NAME, restored: 'success' },
    });
    expect(rep.signedBy).toEqual([
      { kid: oldKid, retired: true, retiredAt: new Date((createdAt + 3600) * 1000).toISOString().replace('.000Z', 'Z') },
    ]);
    expect(r.summary).toContain('### DR drill: PASSED');
    expect(r.summary).toContain('its window still covers the signature');
    expect(readFileSync(join(store, '1001', 'dr-drill-1001-1', 'evidence/evidence.intoto.jsonl'), 'utf8')).toMatch(/payloadType/);
  });

  it('fails when the rotation retired the old key before it signed the archive', async () => {
    const { store, createdAt } = await archive();
    const { ws } = await rotated(createdAt - 86400);
    const r = await run(ws, store);
    expect(r.result).toBe('failure');
    expect(r.outputs.result).toBe('failed');
    const rep = JSON.parse(readFileSync(join(ws, '.mc-dr/report/dr-verify.json'), 'utf8'));
    expect(rep.signatures.map((s: { status: string }) => s.status)).toEqual(['outside-validity']);
  });

  it('fails when the rotation dropped the old key, when the archive was tampered with, and when it is gone', async () => {
    const a = await archive();
    const dropped = await rotated(undefined);
    expect((await run(dropped.ws, a.store)).result).toBe('failure');

    const b = await archive();
    appendFileSync(join(b.store, '900', NAME, 'evidence/gate-report.json'), ' ');
    const t = await rotated(b.createdAt + 3600);
    const r = await run(t.ws, b.store);
    expect(r.result).toBe('failure');
    expect(r.summary).toContain('gate-report.json');

    const gone = await rotated(a.createdAt + 3600);
    const g = await run(gone.ws, a.store, { 'artifact-name': 'no-such-artifact' });
    expect(g.result).toBe('failure');
    expect(g.outputs.result).toBe('failed');
  });

  it('require-rotation fails while the signing key is still current', async () => {
    const { store } = await archive();
    const ws = workspace({ '.mc/jwks.json': 'examples/keys/dev-jwks.json' });
    expect((await run(ws, store)).result).toBe('success');
    expect((await run(workspace({ '.mc/jwks.json': 'examples/keys/dev-jwks.json' }), store, { 'require-rotation': true })).result).toBe(
      'failure',
    );
  });
});
