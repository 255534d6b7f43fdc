/**
 * issue 16: one settings module for intoto-verify. The same bad value, given through the action and
 * through the CLI, is reported with the name the user typed (`input 'key-types'`, `--key-types`).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuiltAction } from '../harness/runner.js';
import { mc } from '../helpers/cli.js';
import { intotoSettings, keyTypesFor } from '../../src/intoto/settings.js';

const ws = () => mkdtempSync(join(tmpdir(), 'mc-intoto-settings-'));

describe('intoto-verify settings: messages name the input in the action and the flag in the CLI', () => {
  it('an unknown layout key type', async () => {
    const w = ws();
    const a = await runBuiltAction('intoto-verify', {
      workspace: w,
      inputs: { layout: 'root.layout', 'layout-keys': 'alice.pub', 'key-types': 'dsa' },
    });
    expect(a.exitCode).toBe(2);
    expect(a.stdout + a.stderr).toContain("input 'key-types': expected one of rsa, ed25519, ecdsa, found 'dsa'");
    const r = await mc(['intoto', 'verify', '--layout', 'root.layout', '--layout-keys', 'alice.pub', '--key-types', 'dsa'], { cwd: w });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--key-types: expected one of rsa, ed25519, ecdsa, found 'dsa'");
  });

  it('a malformed layout parameter', async () => {
    const w = ws();
    const a = await runBuiltAction('intoto-verify', {
      workspace: w,
      inputs: { layout: 'root.layout', 'layout-keys': 'alice.pub', params: 'EDITOR' },
    });
    expect(a.exitCode).toBe(2);
    expect(a.stdout + a.stderr).toContain("input 'params': expected KEY=VALUE, found 'EDITOR'");
    const r = await mc(['intoto', 'verify', '--layout', 'root.layout', '--layout-keys', 'alice.pub', '--param', 'EDITOR'], { cwd: w });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--param: expected KEY=VALUE, found 'EDITOR'");
  });

  it('a bad attestation threshold', async () => {
    const w = ws();
    const a = await runBuiltAction('intoto-verify', {
      workspace: w,
      inputs: { attestations: 'a.intoto.jsonl', 'attestation-keys': 'k.pub', artifacts: 'a.tgz', 'attestation-threshold': 'two' },
    });
    expect(a.exitCode).toBe(2);
    expect(a.stdout + a.stderr).toContain("input 'attestation-threshold': expected a positive integer, found 'two'");
    const r = await mc(
      ['intoto', 'attestation', 'verify', '--envelope', 'a.intoto.jsonl', '--key', 'k.pub', '--artifact', 'a.tgz', '--threshold', 'two'],
      { cwd: w },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--threshold: expected a positive integer, found 'two'");
  });

  it('defaults: rsa layout keys (as in-toto-verify), ed25519 attestation keys, threshold 1', () => {
    expect(intotoSettings({ layoutKeys: ['a', 'b'], attestationKeys: ['c'] }, (f) => f)).toEqual({
      layoutKeyTypes: ['rsa', 'rsa'],
      attestationKeyTypes: ['ed25519'],
      attestationThreshold: 1,
    });
    expect(keyTypesFor(['ed25519'], 3, 'x')).toEqual(['ed25519', 'ed25519', 'ed25519']);
    expect(() => keyTypesFor(['rsa', 'ed25519'], 3, "input 'key-types'")).toThrow(
      "input 'key-types': pass as many key types as keys (got 2 for 3)",
    );
  });
});
