/**
 * scripts/catalog.mjs --check (run by .ci/run): the action catalog and each action README's generated
 * inputs, outputs and schemas blocks must match the action.yml files. Run on a temporary copy of the
 * repository's actions/, schemas/ and catalog: the copy as committed passes; a stale README table, a
 * missing marker, an undocumented input, a path output not said to be workspace-relative and a linked
 * schema missing from schemas/ each fail with exit 1, naming the file.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SCRIPT = join(ROOT, 'scripts/catalog.mjs');
let dir: string;
const check = () => spawnSync(process.execPath, [SCRIPT, '--check', '--root', dir], { encoding: 'utf8' });
const edit = (rel: string, from: string | RegExp, to: string) => {
  const p = join(dir, rel);
  const before = readFileSync(p, 'utf8');
  const after = before.replace(from, to);
  expect(after, `${rel}: nothing to replace`).not.toBe(before);
  writeFileSync(p, after);
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mc-catalog-'));
  for (const d of ['actions', 'schemas']) cpSync(join(ROOT, d), join(dir, d), { recursive: true, filter: (src) => !src.includes('/dist') });
  cpSync(join(ROOT, 'action-catalog.md'), join(dir, 'action-catalog.md'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('node scripts/catalog.mjs --check', () => {
  it('passes on the committed action READMEs and catalog', () => {
    const r = check();
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('fails, naming the README, when an input table is out of date (a description changed in action.yml)', () => {
    edit('actions/canary-score/action.yml', 'Timeout of each Prometheus request, in seconds.', 'Timeout of each Prometheus request (s).');
    const r = check();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('actions/canary-score/README.md: stale');
    expect(r.stderr).toContain('action-catalog.md: stale');
    // regenerating fixes it, and only the generated block changes
    const readme = readFileSync(join(dir, 'actions/canary-score/README.md'), 'utf8');
    expect(spawnSync(process.execPath, [SCRIPT, '--root', dir], { encoding: 'utf8' }).status).toBe(0);
    const regenerated = readFileSync(join(dir, 'actions/canary-score/README.md'), 'utf8');
    expect(regenerated).toContain('| `timeout-seconds` | Timeout of each Prometheus request (s). | no | `30` |');
    expect(regenerated.replace('request (s).', 'request, in seconds.')).toBe(readme);
    expect(check().status).toBe(0);
  });

  it('fails when a README table was edited by hand (a row removed)', () => {
    edit('actions/opa-sim/README.md', /\| `sarif` \| [^\n]*\n/, '');
    const r = check();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('actions/opa-sim/README.md: stale');
    expect(r.stderr).not.toContain('action-catalog.md');
  });

  it('fails when a README lacks its markers', () => {
    edit('actions/slo-snapshot/README.md', '<!-- outputs:end -->', '');
    const r = check();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("actions/slo-snapshot/README.md: needs one '<!-- outputs:start -->' ... '<!-- outputs:end -->' block");
  });

  it('fails on an input without a description and on a path output not said to be relative to the workspace', () => {
    edit('actions/grounding-check/action.yml', /(\n {2}judge-model:\n) {4}description: [^\n]*\n/, '$1');
    edit(
      'actions/grounding-check/action.yml',
      /Path of the JSON report, when written \([^)]*\)\./,
      'Path of the JSON report, when written.',
    );
    const r = check();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('actions/grounding-check/action.yml: inputs.judge-model has no description');
    expect(r.stderr).toContain(
      "actions/grounding-check/action.yml: outputs.report is a path but its description does not say 'relative to the workspace'",
    );
  });

  it('fails when a schema an action README links is missing from schemas/', () => {
    unlinkSync(join(dir, 'schemas/intoto-verify-report.schema.json'));
    const r = check();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('names schemas/intoto-verify-report.schema.json, which does not exist');
  });
});
