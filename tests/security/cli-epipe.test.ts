/**
 * Issue 19 item 18: `mc … | head -1` closes the pipe early. The CLI stops writing quietly and exits
 * with the gate's code (0 when every input passed), without a Node stack trace, as git and coreutils do.
 * The real process entry (src/cli/entry.ts) runs under Node with stdout a pipe whose reader has exited.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MC_COMMAND, mcProcess } from '../helpers/cli.js';

const ROOT = resolve(import.meta.dirname, '../..');

/** Runs `mc ARGS | CONSUMER` in bash (mc: the real process, MC_COMMAND); returns the exit status of mc and its stderr. */
function piped(args: string[], consumer: string): { code: number; stderr: string } {
  const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const cmd = `${[...MC_COMMAND, ...args].map(q).join(' ')} 2>"$ERR" | ${consumer}; echo "\${PIPESTATUS[0]}"`;
  const dir = mkdtempSync(join(tmpdir(), 'mc-epipe-'));
  const err = join(dir, 'stderr');
  const r = spawnSync('bash', ['-c', `ERR=${q(err)}; ${cmd}; cat "$ERR" >&2`], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: Number(r.stdout.trim().split('\n').pop()), stderr: r.stderr };
}

/** A JSONL file of n allowed requests (the bundled interop policy), large enough to overflow a pipe buffer. */
function manyInputs(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'mc-epipe-in-'));
  const line = readAllowedLine();
  const f = join(dir, 'many.jsonl');
  writeFileSync(f, Array.from({ length: n }, () => line).join('\n') + '\n');
  return f;
}

function readAllowedLine(): string {
  const text = spawnSync('head', ['-1', join(ROOT, 'examples/opa-sim/requests/allowed.jsonl')], { encoding: 'utf8' }).stdout;
  return text.trim();
}

const base = ['opa-sim', '--policy', 'policies', '--data', 'examples/opa-sim/data.json', '--decision', 'data.mc.interop.decision'];

describe('CLI output to a pipe closed early (EPIPE)', () => {
  it('mc opa-sim … | head -1: exit 0 (every input passed), no stack trace', () => {
    const r = piped([...base, '--inputs', manyInputs(3000), '--format', 'json'], 'head -1 >/dev/null');
    expect(r.stderr).not.toMatch(/EPIPE|Error|at .*\(/);
    expect(r.code).toBe(0);
  });

  it("a reader that exits before the first write: exit code is still the gate's (1 on a denied input)", () => {
    const r = piped([...base, '--inputs', 'examples/opa-sim/requests/denied.jsonl'], 'true');
    expect(r.stderr).not.toMatch(/EPIPE|Error|at .*\(/);
    expect(r.code).toBe(1);
  });

  it('control: an unbroken pipe gives the same exit code', async () => {
    expect(piped([...base, '--inputs', 'examples/opa-sim/requests/allowed.jsonl'], 'cat >/dev/null').code).toBe(0);
    // the same through the shared child-process runner (stdout a pipe read to the end)
    expect((await mcProcess([...base, '--inputs', 'examples/opa-sim/requests/allowed.jsonl'], { cwd: ROOT })).code).toBe(0);
  });
});
