/**
 * Issue 19 items 3 and 19 (config-attest): the baseline must be the one for this check, and only the
 * explicit switch approves drift.
 * - A production set verified against a staging baseline signed by the same key: exit 2, not a pass.
 * - A baseline older than --max-age, or of another commit than --baseline-commit: exit 2.
 * - In the action, CHANGE_APPROVED=1 in the environment (settable by any earlier step through
 *   $GITHUB_ENV) does not approve drift while the input change-approved is false.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuiltAction } from '../harness/runner.js';
import { DEV_JWKS, DEV_KEY, mc, workspace, write } from '../config/helpers.js';

const CM = (replicas: number) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: app, namespace: prod}\ndata: {replicas: "${replicas}"}\n`;

async function baselineFor(env: string) {
  const ws = workspace('mc-sec-config-');
  write(ws, 'cm.yaml', CM(3));
  const s = await mc(ws, [
    'config-attest',
    'snapshot',
    '--key',
    DEV_KEY,
    '--env',
    env,
    '--commit',
    'c0ffee',
    '--out',
    'baseline.intoto.jsonl',
    'cm.yaml',
  ]);
  expect(s.code, s.stderr).toBe(0);
  return ws;
}

const verify = (ws: string, extra: string[]) =>
  mc(ws, ['config-attest', 'verify', '--baseline', 'baseline.intoto.jsonl', '--jwks', DEV_JWKS, ...extra, 'cm.yaml']);

describe('config-attest verify: the baseline is pinned to environment, freshness and commit', () => {
  it('a staging baseline (same key) does not verify production: exit 2 naming predicate.environment', async () => {
    const ws = await baselineFor('staging');
    const r = await verify(ws, ['--env', 'production']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("predicate.environment: expected a baseline signed for environment 'production'");
    expect(r.stderr).toContain("found 'staging'");
    expect(r.stdout).toBe('');
    expect((await verify(ws, ['--env', 'staging'])).code).toBe(0);
  });

  it('--env is required: without it verify is a usage error, never a pass', async () => {
    const ws = await baselineFor('production');
    const r = await verify(ws, []);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--env');
  });

  it('--max-age refuses an old baseline and accepts a fresh one; --baseline-commit pins the commit', async () => {
    const ws = await baselineFor('production');
    expect((await verify(ws, ['--env', 'production', '--max-age', '1d'])).code).toBe(0);
    await new Promise((r) => setTimeout(r, 1100));
    const old = await verify(ws, ['--env', 'production', '--max-age', '1']);
    expect(old.code).toBe(2);
    expect(old.stderr).toMatch(/predicate\.createdAt: expected a baseline at most 1s old/);
    expect((await verify(ws, ['--env', 'production', '--max-age', 'soon'])).code).toBe(2);
    expect((await verify(ws, ['--env', 'production', '--baseline-commit', 'c0ffee'])).code).toBe(0);
    const other = await verify(ws, ['--env', 'production', '--baseline-commit', 'deadbeef']);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('predicate.commit');
  });

  it('CHANGE_APPROVED=1 in the environment approves nothing (CLI): drift stays exit 1', async () => {
    const ws = await baselineFor('production');
    write(ws, 'cm.yaml', CM(30));
    const r = await mc(
      ws,
      ['config-attest', 'verify', '--baseline', 'baseline.intoto.jsonl', '--jwks', DEV_JWKS, '--env', 'production', 'cm.yaml'],
      { CHANGE_APPROVED: '1' },
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^DRIFT:/m);
  });
});

describe('config-attest action: the change-approved input is the only switch', () => {
  it('CHANGE_APPROVED=1 set by an earlier step ($GITHUB_ENV) with change-approved false: exit 1, DRIFT', async () => {
    const ws = await baselineFor('production');
    writeFileSync(join(ws, 'jwks.json'), readFileSync(DEV_JWKS));
    write(ws, 'cm.yaml', CM(30));
    const inputs = {
      mode: 'verify',
      environment: 'production',
      paths: 'cm.yaml',
      baseline: 'baseline.intoto.jsonl',
      jwks: 'jwks.json',
      comment: 'false',
    };
    const r = await runBuiltAction('config-attest', {
      workspace: ws,
      inputs: { ...inputs, 'change-approved': 'false' },
      env: { CHANGE_APPROVED: '1' },
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ status: 'drift', title: 'DRIFT' });
    const ok = await runBuiltAction('config-attest', { workspace: ws, inputs: { ...inputs, 'change-approved': 'true' } });
    expect(ok.exitCode).toBe(0);
    expect(ok.outputs.status).toBe('drift-approved');
  });

  it('a baseline of another environment is exit 2 in the action too', async () => {
    const ws = await baselineFor('staging');
    writeFileSync(join(ws, 'jwks.json'), readFileSync(DEV_JWKS));
    const r = await runBuiltAction('config-attest', {
      workspace: ws,
      inputs: {
        mode: 'verify',
        environment: 'production',
        paths: 'cm.yaml',
        baseline: 'baseline.intoto.jsonl',
        jwks: 'jwks.json',
        comment: 'false',
      },
    });
    expect(r.exitCode).toBe(2);
    expect(r.annotations[0].message).toContain('predicate.environment');
  });
});
