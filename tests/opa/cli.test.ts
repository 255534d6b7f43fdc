/** `mc opa-sim`: the CLI contract (exit codes 0/1/2, formats, evidence files, usage errors). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mc, tree } from './helpers.js';

const base = ['opa-sim', '--policy', 'policies', '--data', 'examples/opa-sim/data.json', '--decision', 'data.mc.interop.decision'];

describe('mc opa-sim', () => {
  it('exits 0 when every input is allowed, and writes the evidence files', async () => {
    const out = tree({});
    const r = await mc([
      ...base,
      '--inputs',
      'examples/opa-sim/requests/allowed.jsonl',
      '--report',
      join(out, 'r.json'),
      '--sarif',
      join(out, 'r.sarif'),
      '--junit',
      join(out, 'r.xml'),
      '--decision-log',
      join(out, 'log.jsonl'),
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/opa-sim: PASSED: 4 inputs, 4 allowed/);
    expect(JSON.parse(readFileSync(join(out, 'r.json'), 'utf8')).passed).toBe(true);
    expect(readFileSync(join(out, 'log.jsonl'), 'utf8').trim().split('\n')).toHaveLength(4);
    expect(existsSync(join(out, 'r.sarif')) && existsSync(join(out, 'r.xml'))).toBe(true);
  });

  it('exits 1 when any input is denied, printing the reasons', async () => {
    const r = await mc([...base, '--inputs', 'examples/opa-sim/requests/denied.jsonl']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('DENY             examples/opa-sim/requests/denied.jsonl:1');
    expect(r.stdout).toContain('cross-tenant access denied');
  });

  it('--format json prints the report', async () => {
    const r = await mc([...base, '--inputs', 'examples/opa-sim/requests/denied.jsonl', '--format', 'json']);
    const j = JSON.parse(r.stdout);
    expect(j.summary.denied).toBe(5);
    expect(j.exitCode).toBe(1);
  });

  it('takes configuration files as positional arguments, conftest style', async () => {
    const r = await mc(['opa-sim', '--policy', 'examples/opa-sim/k8s/policy', 'examples/opa-sim/k8s/manifests/grafana-deployment.yaml']);
    expect(r.code).toBe(0);
  });

  it('exits 2 on a policy that does not compile, printing OPA-shaped errors', async () => {
    const dir = tree({ 'p.rego': 'package t\nallow if {\n  x == 1\n}\n', 'in.json': '{}' });
    const r = await mc(['opa-sim', '--policy', 'p.rego', '--decision', 'data.t.allow', '--input', 'in.json', '--format', 'json'], dir);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).errors[0]).toMatchObject({ code: 'rego_unsafe_var_error', location: { file: 'p.rego', row: 3 } });
    expect(r.stderr).toMatch(/p\.rego:3:\d+: rego_unsafe_var_error/);
  });

  it.each([
    [['opa-sim', '--decision', 'data.x.allow', '--input', 'x.json'], /no policy given/],
    [['opa-sim', '--policy', 'policies', '--bogus'], /Unknown option '--bogus'/],
    [[...base, '--inputs', 'examples/opa-sim/requests/allowed.jsonl', '--format', 'xml'], /--format: expected text or json/],
    [[...base], /no inputs/],
    [[...base, '--input', 'no-such-file.json'], /no-such-file\.json: expected an existing file/],
    [['opa-sim', '--policy', 'policies', '--namespace', 'main', '--input', 'examples/opa-sim/data.json'], /namespace 'main'/],
    [[...base, '--namespace', 'main', '--input', 'examples/opa-sim/data.json'], /either a decision/],
  ])('exits 2 on unusable usage or input %#', async (argv, msg) => {
    const r = await mc(argv as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(msg);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('never overwrites a decision log', async () => {
    const out = tree({ 'log.jsonl': 'old\n' });
    const r = await mc([...base, '--inputs', 'examples/opa-sim/requests/allowed.jsonl', '--decision-log', join(out, 'log.jsonl')]);
    expect(r.code).toBe(2);
    expect(readFileSync(join(out, 'log.jsonl'), 'utf8')).toBe('old\n');
  });
});
