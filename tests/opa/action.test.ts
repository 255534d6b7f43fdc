/**
 * The bundled opa-sim action run as the GitHub runner runs it (tests/harness/runner.ts):
 * inputs as INPUT_*, outputs, job summary, annotations and exit codes.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuiltAction } from '../harness/runner.js';
import { repoRoot } from './helpers.js';

function workspace(): string {
  const ws = mkdtempSync(join(tmpdir(), 'mc-ws-opa-sim-'));
  cpSync(join(repoRoot, 'policies'), join(ws, 'policies'), { recursive: true });
  cpSync(join(repoRoot, 'examples/opa-sim'), join(ws, 'examples/opa-sim'), { recursive: true });
  return ws;
}

describe('actions/opa-sim bundle', () => {
  it('passes on allowed requests: outputs, summary, decision log (exit 0)', async () => {
    const ws = workspace();
    const run = await runBuiltAction('opa-sim', {
      workspace: ws,
      inputs: {
        data: 'examples/opa-sim/data.json',
        decision: 'data.mc.interop.decision',
        inputs: 'examples/opa-sim/requests/allowed.jsonl',
        'decision-log': 'out/decisions.jsonl',
        sarif: 'out/opa-sim.sarif',
      },
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs.passed).toBe('true');
    expect(run.outputs.allowed).toBe('4');
    expect(run.outputs.denied).toBe('0');
    expect(run.outputs['policy-sha256']).toMatch(/^[0-9a-f]{64}$/);
    expect(run.summary).toMatch(/### opa-sim: passed/);
    expect(readFileSync(join(ws, 'out/decisions.jsonl'), 'utf8').trim().split('\n')).toHaveLength(4);
    expect(JSON.parse(readFileSync(join(ws, 'out/opa-sim.sarif'), 'utf8')).version).toBe('2.1.0');
  });

  it('fails on denied requests with an annotation per input at its line (exit 1)', async () => {
    const run = await runBuiltAction('opa-sim', {
      workspace: workspace(),
      inputs: {
        data: 'examples/opa-sim/data.json',
        decision: 'data.mc.interop.decision',
        inputs: 'examples/opa-sim/requests/denied.jsonl',
      },
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.passed).toBe('false');
    expect(run.outputs.denied).toBe('5');
    const errors = run.annotations.filter((a) => a.level === 'error' && a.props.file === 'examples/opa-sim/requests/denied.jsonl');
    expect(errors.map((a) => a.props.line)).toEqual(['1', '2', '3', '4', '5']);
    expect(errors[0].message).toContain('cross-tenant access denied');
    expect(run.summary).toMatch(/\| examples\/opa-sim\/requests\/denied\.jsonl:1 \| DENY \|/);
  });

  it('stops with exit 2 and an annotation at file:line:col when the policy does not compile', async () => {
    const ws = workspace();
    const run = await runBuiltAction('opa-sim', {
      workspace: ws,
      inputs: { policy: 'examples/opa-sim/bad', decision: 'data.t.allow', input: 'examples/opa-sim/data.json' },
      env: {},
    });
    // no such directory: unusable input
    expect(run.exitCode).toBe(2);
    expect(run.outputs.passed).toBeUndefined();
  });

  it('reports an unsafe variable as rego_unsafe_var_error at its line (exit 2)', async () => {
    const ws = workspace();
    const { writeFileSync, mkdirSync } = await import('node:fs');
    mkdirSync(join(ws, 'bad'));
    writeFileSync(join(ws, 'bad/p.rego'), 'package t\nallow if {\n  x == 1\n}\n');
    const run = await runBuiltAction('opa-sim', {
      workspace: ws,
      inputs: { policy: 'bad', decision: 'data.t.allow', input: 'examples/opa-sim/data.json' },
    });
    expect(run.exitCode).toBe(2);
    expect(run.outputs.passed).toBe('false');
    const a = run.annotations.find((x) => x.level === 'error');
    expect(a?.props).toMatchObject({ title: 'opa-sim: rego_unsafe_var_error', file: 'bad/p.rego', line: '3' });
  });
  it('keeps the compiled policies under $RUNNER_TEMP for the next opa-sim step, and not with compile-cache: false', async () => {
    const inputs = {
      data: 'examples/opa-sim/data.json',
      decision: 'data.mc.interop.decision',
      inputs: 'examples/opa-sim/requests/allowed.jsonl',
    };
    const runnerTemp = mkdtempSync(join(tmpdir(), 'mc-runner-temp-'));
    const first = await runBuiltAction('opa-sim', { workspace: workspace(), inputs, env: { RUNNER_TEMP: runnerTemp } });
    expect(first.exitCode).toBe(0);
    const cacheDir = join(runnerTemp, 'mc-cache', 'rego');
    const entries = readdirSync(cacheDir).filter((n) => n.endsWith('.json'));
    expect(entries).toHaveLength(1);
    const entry = readFileSync(join(cacheDir, entries[0]), 'utf8');
    expect(JSON.parse(entry.slice(0, entry.indexOf('\n'))).engine).toMatch(/^bundle:[0-9a-f]{64}$/);
    const second = await runBuiltAction('opa-sim', { workspace: workspace(), inputs, env: { RUNNER_TEMP: runnerTemp } });
    expect(second.exitCode).toBe(0);
    expect(second.outputs).toEqual(first.outputs);
    const off = mkdtempSync(join(tmpdir(), 'mc-runner-temp-'));
    const third = await runBuiltAction('opa-sim', {
      workspace: workspace(),
      inputs: { ...inputs, 'compile-cache': 'false' },
      env: { RUNNER_TEMP: off },
    });
    expect(third.exitCode).toBe(0);
    expect(existsSync(join(off, 'mc-cache'))).toBe(false);
  });
});
