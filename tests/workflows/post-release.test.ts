// Post-release validation (.github/workflows/post-release-validation.yml) through the harness, as
// a workflow_run after a release: the release run's evidence pack and its receipts (detached JWS,
// checked here with OpenSSL by the workflow) verify, and the results are archived as signed
// evidence. It fails on a receipt signed by an unknown key, a tampered receipt payload, a
// tampered pack, or no receipt at all. Our own verifier (src/evidence/jws.ts) agrees.
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeWith } from '../helpers/references.js';
import { formatJwks, generateKey, loadPrivateKey, parseJwks, privateKeyPem } from '../../src/core/ed25519.js';
import { verifyDetached } from '../../src/evidence/jws.js';
import { archiveRelease, DEV_KEY, workspace } from './fixtures.js';
import { explain, runWorkflow } from './steps.js';

const WF = '.github/workflows/post-release-validation.yml';
const NAME = 'release-evidence-500-1';
const repo = () => workspace({ '.mc/jwks.json': 'examples/keys/dev-jwks.json' });
const event = { workflow_run: { id: 500, run_attempt: 1, conclusion: 'success', name: 'release' } };
const run = (ws: string, store: string, inputs: Record<string, string | number> = {}) =>
  runWorkflow(WF, {
    workspace: ws,
    artifactStore: store,
    inputs,
    secrets: { EVIDENCE_SIGNING_KEY: DEV_KEY },
    github: { event_name: 'workflow_run', event },
  });

describeWith(['jq', 'openssl'], 'post-release validation', () => {
  it('passes after a release: the pack and the receipt verify (OpenSSL), the results are archived signed', async () => {
    const store = workspace();
    await archiveRelease(store, '500', NAME, DEV_KEY, { receipts: true });
    const ws = repo();
    const r = await run(ws, store);
    expect(r.result, explain(r)).toBe('success');
    expect(r.outputs.result).toBe('passed');
    const rep = JSON.parse(readFileSync(join(ws, '.mc-post-release/report/post-release-validation.json'), 'utf8'));
    expect(rep).toMatchObject({
      result: 'passed',
      release: { run: '500', artifact: NAME, restored: 'success' },
      pack: { verdict: 'verified' },
      receipts: { verified: 1 },
    });
    expect(rep.receipts.results).toEqual([
      { receipt: 'out/evidence/gate-report.json.jws', status: 'verified', kid: expect.any(String), reason: '' },
    ]);
    // our verifier agrees with OpenSSL on the same token
    const dir = join(store, '500', NAME, 'evidence');
    const keys = await parseJwks(readFileSync(join(ws, '.mc/jwks.json'), 'utf8'), 'jwks');
    expect(
      (await verifyDetached(readFileSync(join(dir, 'gate-report.json.jws'), 'utf8'), readFileSync(join(dir, 'gate-report.json')), keys)).ok,
    ).toBe(true);
    expect(r.summary).toContain('### Post-release validation: PASSED');
    // the receipts step's scratch directory (decoded keys, signing inputs) was made in RUNNER_TEMP and removed
    expect(readdirSync(r.runnerTemp).filter((f) => f.startsWith('mc-receipts.'))).toEqual([]);
    expect(readFileSync(join(store, '1001', 'post-release-validation-500-1', 'evidence/evidence.intoto.jsonl'), 'utf8')).toMatch(
      /payloadType/,
    );
  });

  it('fails on a receipt signed by a key outside the JWKS', async () => {
    const store = workspace();
    const stranger = privateKeyPem(await generateKey());
    await archiveRelease(store, '500', NAME, DEV_KEY, { receipts: true, receiptKey: stranger });
    const ws = repo();
    const r = await run(ws, store);
    expect(r.result).toBe('failure');
    const rep = JSON.parse(readFileSync(join(ws, '.mc-post-release/report/post-release-validation.json'), 'utf8'));
    expect(rep.pack.verdict).toBe('verified');
    expect(rep.receipts.results[0]).toMatchObject({
      status: 'failed',
      reason: expect.stringMatching(/^kid .* is not in \.mc\/jwks\.json$/),
    });
  });

  it('fails when the signature does not match the payload (OpenSSL rejects it), and our verifier agrees', async () => {
    const store = workspace();
    await archiveRelease(store, '500', NAME, DEV_KEY, { receipts: true });
    // a receipt over other bytes, put in place of the real one: the JWKS has the key, the signature is wrong
    const key = await loadPrivateKey(DEV_KEY, 'dev');
    const { signDetached } = await import('../../src/evidence/jws.js');
    const dir = join(store, '500', NAME, 'evidence');
    writeFileSync(join(dir, 'gate-report.json.jws'), await signDetached(new TextEncoder().encode('something else'), key));
    const ws = repo();
    const r = await run(ws, store, { 'run-id': '500', 'artifact-name': NAME });
    expect(r.result).toBe('failure');
    const rep = JSON.parse(readFileSync(join(ws, '.mc-post-release/report/post-release-validation.json'), 'utf8'));
    expect(rep.receipts.results[0]).toMatchObject({ status: 'failed', reason: 'signature does not verify' });
    const keys = await parseJwks(formatJwks([key.publicKey]), 'jwks');
    expect(
      (await verifyDetached(readFileSync(join(dir, 'gate-report.json.jws'), 'utf8'), readFileSync(join(dir, 'gate-report.json')), keys)).ok,
    ).toBe(false);
  });

  it('fails on a tampered pack, and when the release left no receipt', async () => {
    const store = workspace();
    await archiveRelease(store, '500', NAME, DEV_KEY, { receipts: true });
    appendFileSync(join(store, '500', NAME, 'evidence/opa-sim-report.json'), '\n');
    const r = await run(repo(), store);
    expect(r.result).toBe('failure');
    expect(r.summary).toMatch(/Evidence pack: failed/);

    const store2 = workspace();
    await archiveRelease(store2, '500', NAME, DEV_KEY);
    const n = await run(repo(), store2);
    expect(n.result).toBe('failure');
    expect(n.summary).toContain('Receipts verified with OpenSSL: 0 of 0 (at least 1 required)');
  });
});
