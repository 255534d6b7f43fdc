import { describe, expect, it } from 'vitest';
import { workspacePath } from '../../src/runtime/action-io.js';

describe('workspacePath: the one form of every path output', () => {
  const ws = '/home/runner/work/repo/repo';
  it('relative input, absolute input and ./ prefixes all become workspace-relative with /', () => {
    expect(workspacePath(ws, 'out/report.json')).toBe('out/report.json');
    expect(workspacePath(ws, './out//report.json')).toBe('out/report.json');
    expect(workspacePath(ws, `${ws}/evidence/a.intoto.jsonl`)).toBe('evidence/a.intoto.jsonl');
    expect(workspacePath(ws, ws)).toBe('.');
  });
  it('a path outside the workspace stays absolute (never ../ chains)', () => {
    expect(workspacePath(ws, '/home/runner/work/_temp/r.json')).toBe('/home/runner/work/_temp/r.json');
    expect(workspacePath(ws, '../other/r.json')).toBe('/home/runner/work/repo/other/r.json');
    expect(workspacePath(ws, '..')).toBe('/home/runner/work/repo');
  });
  it('a name starting with two dots inside the workspace is inside', () => {
    expect(workspacePath(ws, '..report.json')).toBe('..report.json');
  });
});
