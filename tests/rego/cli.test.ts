// `mc opa eval` / `mc opa test`: flags, output shape of `opa eval --format json`, exit codes.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mc as run } from '../helpers/cli.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mc-rego-'));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  return dir;
}

/** `mc ARGS`, in-process, with an empty environment. */
const mc = (argv: string[], cwd: string) => run(argv, { cwd, env: {} });

const dir = tree({
  'policy/authz.rego':
    'package authz\n\nimport rego.v1\n\ndefault allow := false\n\nallow if input.user in data.admins\n\nbig := 18446744073709551617 + 1\n',
  'policy/authz_test.rego':
    'package authz\n\nimport rego.v1\n\ntest_admin if allow with input as {"user": "ann"}\n\ntest_other if not allow with input as {"user": "bob"}\n',
  'policy/data.json': '{"admins": ["ann"]}',
  'failing/f_test.rego': 'package f\n\nimport rego.v1\n\ntest_ok if true\n\ntest_bad if 1 == 2\n',
  'input.json': '{"user": "ann"}',
  'bad.rego': 'package bad\n\nimport rego.v1\n\nallow if {\n  x == 1\n}\n',
});

describe('mc opa eval', () => {
  it('prints the result in opa eval --format json shape, big integers exact', async () => {
    const r = await mc(['opa', 'eval', '-d', 'policy', '-i', 'input.json', 'data.authz'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('"big": 18446744073709551618');
    const j = JSON.parse(r.stdout);
    expect(j).toEqual({
      result: [
        {
          expressions: [
            {
              value: { allow: true, big: expect.any(Number), test_admin: true, test_other: true },
              text: 'data.authz',
              location: { row: 1, col: 1 },
            },
          ],
        },
      ],
    });
  });
  it('bindings for query variables; {} when undefined', async () => {
    const r = await mc(['opa', 'eval', '-d', 'policy', 'x := data.admins[i]'], dir);
    expect(JSON.parse(r.stdout).result[0].bindings).toEqual({ x: 'ann', i: 0 });
    const u = await mc(['opa', 'eval', '-d', 'policy', 'data.authz.nope'], dir);
    expect(u.code).toBe(0);
    expect(JSON.parse(u.stdout)).toEqual({});
    expect((await mc(['opa', 'eval', '--fail', '-d', 'policy', 'data.authz.nope'], dir)).code).toBe(1);
    expect((await mc(['opa', 'eval', '--fail-defined', '-d', 'policy', 'data.authz.allow'], dir)).code).toBe(1);
  });
  it('compile errors: {"errors": [...]} with code and location, exit 2', async () => {
    const r = await mc(['opa', 'eval', '-d', 'bad.rego', 'data.bad'], dir);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual({
      errors: [{ message: 'var x is unsafe', code: 'rego_unsafe_var_error', location: { file: 'bad.rego', row: 6, col: 3 } }],
    });
  });
  it('usage errors exit 2', async () => {
    expect((await mc(['opa', 'eval', '-d', 'policy'], dir)).code).toBe(2);
    expect((await mc(['opa', 'eval', '-d', 'nope.rego', 'data'], dir)).code).toBe(2);
  });
});

describe('mc opa test', () => {
  it('passes: exit 0 with PASS count', async () => {
    const r = await mc(['opa', 'test', 'policy'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('PASS: 2/2');
  });
  it('a failing test: exit 1, named with its file', async () => {
    const r = await mc(['opa', 'test', 'failing'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('data.f.test_bad: FAIL');
    expect(r.stdout).toContain('FAIL: 1/2');
  });
  it('--format json and --run filter', async () => {
    const r = await mc(['opa', 'test', '--format', 'json', '--run', 'test_ok', 'failing'], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).map((t: { name: string }) => t.name)).toEqual(['test_ok']);
  });
  it('the policies/ library passes', async () => {
    const r = await mc(['opa', 'test', 'policies'], repoRoot);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/PASS: \d+\/\d+/);
  });
});
