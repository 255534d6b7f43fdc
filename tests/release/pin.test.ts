// Pinning `uses:` to full commit SHAs with a version comment, and the check CI can run.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPins, pinText, readPinTable, scanUses } from '../../scripts/release/pin.js';
import { InputError } from '../../src/core/errors.js';
import { tempDir } from './fixture.js';
import { repoRoot } from '../harness/runner.js';

const tsx = join(repoRoot, 'node_modules/.bin/tsx');
const table = readPinTable(join(repoRoot, 'scripts/release/pins.json'));
const workflow = `name: t
on: workflow_dispatch
jobs:
  gate:
    uses: mc/actions/.github/workflows/release-gate.yml@v1
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: node
        uses: "actions/setup-node@v4"   # the runtime
      - uses: ./actions/evidence-pack
      - uses: docker://alpine:3.20
      - uses: mc/evidence-pack@v1
      - uses: actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02 # v4.6.2
      - uses: someone/else@main
`;

describe('pin', () => {
  it('the table holds full SHAs with their exact versions', () => {
    expect(table['actions/checkout'].v4).toEqual({ sha: '11bd71901bbe5b1630ceea73d27597364c9af683', version: 'v4.2.2' });
    for (const refs of Object.values(table)) for (const v of Object.values(refs)) expect(v.sha).toMatch(/^[0-9a-f]{40}$/);
  });

  it('finds the uses: of other repositories, not local actions or docker images', () => {
    expect(scanUses(workflow).map((u) => [u.line, u.target, u.ref, u.pinned, u.own])).toEqual([
      [5, 'mc/actions/.github/workflows/release-gate.yml', 'v1', false, true],
      [9, 'actions/checkout', 'v4', false, false],
      [11, 'actions/setup-node', 'v4', false, false],
      [14, 'mc/evidence-pack', 'v1', false, true],
      [15, 'actions/upload-artifact', 'ea165f8d65b6e75b540449e92b4886f43607fa02', true, false],
      [16, 'someone/else', 'main', false, false],
    ]);
  });

  it('rewrites known references to SHA + version comment and leaves the rest', () => {
    const own = {
      ...table,
      'mc/evidence-pack': { v1: { sha: 'a'.repeat(40), version: 'v1.4.2' } },
      'mc/actions': { v1: { sha: 'b'.repeat(40), version: 'v1.0.1' } },
    };
    const r = pinText(workflow, own);
    expect(r.text).toContain('      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2\n');
    expect(r.text).toContain('        uses: "actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020" # v4.4.0\n');
    expect(r.text).toContain(`      - uses: mc/evidence-pack@${'a'.repeat(40)} # v1.4.2\n`);
    expect(r.text).toContain(`    uses: mc/actions/.github/workflows/release-gate.yml@${'b'.repeat(40)} # v1.0.1\n`);
    expect(r.text).toContain('      - uses: ./actions/evidence-pack\n');
    expect(r.unknown.map((u) => u.target)).toEqual(['someone/else']);
    expect(checkPins(r.text, { strict: true }).map((u) => u.target)).toEqual(['someone/else']);
    // idempotent
    expect(pinText(r.text, own).text).toBe(r.text);
  });

  it('check fails on unpinned third-party uses: (own mc/* only with --strict), with file and line', () => {
    const dir = tempDir('mc-pin-');
    const f = join(dir, 'w.yml');
    writeFileSync(f, workflow);
    const run = spawnSync(tsx, [join(repoRoot, 'scripts/release.ts'), 'pin', '--check', f], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`::error file=${f},line=9::actions/checkout@v4 is not pinned to a full commit SHA`);
    expect(run.stdout).not.toContain('mc/evidence-pack@v1 is not pinned');
    const strict = spawnSync(tsx, [join(repoRoot, 'scripts/release.ts'), 'pin', '--check', '--strict', f], { encoding: 'utf8' });
    expect(strict.stdout).toContain('mc/evidence-pack@v1 is not pinned');
    // pin the file, then only the unknown third party is left
    const pin = spawnSync(tsx, [join(repoRoot, 'scripts/release.ts'), 'pin', f], { encoding: 'utf8' });
    expect(pin.status).toBe(1);
    expect(pin.stdout).toContain('unknown: someone/else@main');
    expect(readFileSync(f, 'utf8')).toContain('actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2');
    writeFileSync(f, readFileSync(f, 'utf8').replace('      - uses: someone/else@main\n', ''));
    const again = spawnSync(tsx, [join(repoRoot, 'scripts/release.ts'), 'pin', '--check', f], { encoding: 'utf8' });
    expect(again.status, again.stdout).toBe(0);
  });

  it('the release workflow itself pins every third-party action', () => {
    expect(checkPins(readFileSync(join(repoRoot, '.github/workflows/release.yml'), 'utf8'), { strict: true })).toEqual([]);
  });

  it('rejects a table entry without a full SHA', () => {
    const dir = tempDir('mc-pin-');
    writeFileSync(join(dir, 't.json'), JSON.stringify({ 'actions/checkout': { v4: { sha: 'abc', version: 'v4' } } }));
    expect(() => readPinTable(join(dir, 't.json'))).toThrow(InputError);
  });
});
