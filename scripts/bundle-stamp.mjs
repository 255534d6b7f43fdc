// The content stamp of the bundles' inputs: a SHA-256 over every file under src/ plus
// package-lock.json, tsconfig.json and the build scripts (sorted relative paths, each hashed with its
// length and bytes). scripts/build.mjs writes it beside each bundle as inputs.sha256; the test run's
// global setup (tests/helpers/global-setup.ts) rebuilds every bundle whose stamp differs, so action
// tests never run stale bundles. Content, not mtimes: a fresh clone has arbitrary mtimes.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const STAMP = 'inputs.sha256';

function walk(dir, out) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile()) out.push(p);
  }
  return out;
}

/** The inputs' hash (hex). `base` defaults to the repository root. */
export function inputsHash(base = root) {
  const files = [...walk(join(base, 'src'), []), ...['package-lock.json', 'tsconfig.json', 'scripts/build.mjs', 'scripts/bundle-stamp.mjs'].map((f) => join(base, f)).filter((f) => existsSync(f) && statSync(f).isFile())];
  const rel = files.map((f) => relative(base, f).split(sep).join('/')).sort();
  const h = createHash('sha256');
  for (const r of rel) {
    const b = readFileSync(join(base, r));
    h.update(`${r}\0${b.length}\0`);
    h.update(b);
  }
  return h.digest('hex');
}

/** Every bundle target: each action with an action.yml, and the CLI. */
export function targets(base = root) {
  const actions = readdirSync(join(base, 'actions')).filter((d) => existsSync(join(base, 'actions', d, 'action.yml')));
  return [...actions.map((a) => ({ name: a, entry: `src/actions/${a}.ts`, out: `actions/${a}/dist` })), { name: 'cli', entry: 'src/cli/entry.ts', out: 'dist/cli' }];
}

/** Targets whose bundle is missing or was built from other inputs than the current ones. */
export function staleTargets(base = root, hash = inputsHash(base)) {
  return targets(base).filter((t) => {
    const f = join(base, t.out, STAMP);
    return !existsSync(join(base, t.out, 'index.js')) || !existsSync(f) || readFileSync(f, 'utf8').trim() !== hash;
  });
}
