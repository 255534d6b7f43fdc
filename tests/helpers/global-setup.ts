/**
 * Vitest global setup (vitest.config.ts), once per test run, before any test file:
 * 1. Finds the independent references (tests/helpers/references.ts) and prints ONE line per missing
 *    one naming its Debian package; caches the result in MC_REFERENCES for the test workers.
 * 2. Gives the run its own temporary directory (TMPDIR for the test workers and every process they
 *    start), removed when the run ends: the tests make hundreds of temporary workspaces, packs and
 *    stores, and none is left in the system's temporary directory.
 * 3. Rebuilds every action bundle (the ones tests run) whose content stamp (scripts/bundle-stamp.mjs) differs from the
 *    current sources, so action tests never run stale bundles; a failed build stops the run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findReferences, referencesRequired, skipLine } from './references.js';
import { root, staleTargets, targets } from '../../scripts/bundle-stamp.mjs';

export default function setup(): () => void {
  const found = findReferences();
  process.env.MC_REFERENCES = JSON.stringify(found);
  const required = referencesRequired();
  const lines = Object.values(found)
    .filter((f) => !f.found)
    .map((f) => `${required ? '::error::' : '::warning::'}${skipLine(f, required)}`);
  for (const l of lines) console.log(l);
  // os.tmpdir() reads TMPDIR on each call: set before the workers start, it is theirs and their children's
  const runTemp = mkdtempSync(join(tmpdir(), 'mc-test-run-'));
  process.env.TMPDIR = runTemp;
  const teardown = () => {
    rmSync(runTemp, { recursive: true, force: true });
    // and again after the run, where the summary is read
    if (lines.length) console.log(lines.join('\n'));
  };

  if (process.env.MC_SKIP_BUNDLE_CHECK === '1') return teardown;
  const stale = staleTargets(
    root,
    targets()
      .filter((t) => t.name !== 'cli')
      .map((t) => t.name),
  ).map((t) => t.name);
  if (!stale.length) return teardown;
  console.log(`bundles older than their sources: ${stale.join(', ')}; rebuilding them first (node scripts/build.mjs ${stale.join(' ')})`);
  const r = spawnSync(process.execPath, ['scripts/build.mjs', ...stale], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`the bundles could not be rebuilt (exit ${r.status}): action tests would run stale code`);
  return teardown;
}
