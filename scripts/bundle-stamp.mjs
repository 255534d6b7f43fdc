// The content stamp of a bundle's inputs: a SHA-256 over the source files its entry imports
// (transitively, relative imports under src/), every non-TypeScript file under src/, and
// package-lock.json, tsconfig.json and the build scripts (sorted relative paths, each hashed with its
// length and bytes). scripts/build.mjs writes it beside each bundle as inputs.sha256; the test run's
// global setup (tests/helpers/global-setup.ts) rebuilds every action bundle whose stamp differs, so
// action tests never run stale bundles. Content, not mtimes: a fresh clone has arbitrary mtimes.
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

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g;

/** The entry and every source file it imports through relative specifiers ('./x.js' -> ./x.ts). */
function closure(entry) {
  const seen = new Set();
  const todo = [entry];
  while (todo.length) {
    const f = todo.pop();
    if (seen.has(f) || !existsSync(f)) continue;
    seen.add(f);
    if (!/\.[cm]?ts$/.test(f)) continue;
    for (const m of readFileSync(f, 'utf8').matchAll(IMPORT)) {
      const spec = resolve(dirname(f), m[1]);
      const cands = [spec, spec.replace(/\.([cm]?)js$/, '.$1ts'), `${spec}.ts`, join(spec, 'index.ts')];
      const hit = cands.find((c) => existsSync(c) && statSync(c).isFile());
      if (hit) todo.push(hit);
    }
  }
  return [...seen];
}

/**
 * The inputs' hash (hex) of the bundle built from `entry` (relative to `base`, the repository root by
 * default); without `entry`, of every file under src/.
 */
export function inputsHash(base = root, entry) {
  const src = walk(join(base, 'src'), []);
  const code = entry ? closure(join(base, entry)) : src;
  const files = [
    ...code,
    ...src.filter((f) => !/\.[cm]?ts$/.test(f)),
    ...['package-lock.json', 'tsconfig.json', 'scripts/build.mjs', 'scripts/bundle-stamp.mjs']
      .map((f) => join(base, f))
      .filter((f) => existsSync(f) && statSync(f).isFile()),
  ];
  const rel = [...new Set(files)].map((f) => relative(base, f).split(sep).join('/')).sort();
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
  return [
    ...actions.map((a) => ({ name: a, entry: `src/entrypoints/${a}.ts`, out: `actions/${a}/dist` })),
    { name: 'cli', entry: 'src/cli/entry.ts', out: 'dist/cli' },
  ];
}

/** Targets (among `names`, default all) whose bundle is missing or was built from other inputs than the current ones. */
export function staleTargets(base = root, names) {
  return targets(base)
    .filter((t) => !names || names.includes(t.name))
    .filter((t) => {
      const f = join(base, t.out, STAMP);
      return !existsSync(join(base, t.out, 'index.js')) || !existsSync(f) || readFileSync(f, 'utf8').trim() !== inputsHash(base, t.entry);
    });
}
