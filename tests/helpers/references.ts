/**
 * The independent references the tests compare against (OpenSSL, Debian's Python packages and
 * in-toto's reference tools), found once per test run, and the one way tests gate on them.
 *
 * Finding: a binary is looked up on PATH (executable regular file); a Python module is looked up in
 * each candidate interpreter (`/usr/bin/python3`, Debian's, first, then every `python3` on PATH) by
 * importing it; a reference counts as present when one interpreter holds all its modules and every
 * binary it names is on PATH.
 *
 * Gating: {@link describeWith} / {@link itWith} run the tests when the references are present. When one
 * is missing they skip, and the global setup (tests/helpers/global-setup.ts) prints ONE line per
 * missing reference naming its Debian package. With `MC_REQUIRE_REFERENCES=1` (set by .ci/run) a
 * missing reference is a failing test instead of a skip. Tests that need a reference outside a gate
 * call {@link pythonFor} / {@link binary}, which throw a {@link ReferenceMissingError} naming the package.
 *
 * The result of the search is cached in `process.env.MC_REFERENCES` by the global setup, so test
 * files (forked workers inherit the environment) do not search again.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';
import { describe, it } from 'vitest';

/** Every independent reference the suite uses. */
export type ReferenceId =
  'openssl' | 'python3' | 'pyyaml' | 'pynacl' | 'scipy' | 'securesystemslib' | 'in-toto' | 'prometheus' | 'chromium' | 'shellcheck' | 'jq';

/** What makes up a reference: binaries on PATH and Python modules importable by one interpreter. */
export interface ReferenceSpec {
  id: ReferenceId;
  /** human name, e.g. "PyNaCl (Python module nacl)" */
  title: string;
  /** the Debian package that provides it (`apt-get install -y <debian>`) */
  debian: string;
  /** executables that must be on PATH */
  binaries: string[];
  /** Python modules that must import in one interpreter (empty: no Python needed unless `python`) */
  modules: string[];
  /** needs a Python interpreter even with no modules */
  python?: boolean;
}

export const REFERENCES: Readonly<Record<ReferenceId, ReferenceSpec>> = {
  openssl: { id: 'openssl', title: 'OpenSSL 3 (openssl binary)', debian: 'openssl', binaries: ['openssl'], modules: [] },
  python3: { id: 'python3', title: 'Python 3 (standard library)', debian: 'python3', binaries: [], modules: [], python: true },
  pyyaml: { id: 'pyyaml', title: 'PyYAML (Python module yaml)', debian: 'python3-yaml', binaries: [], modules: ['yaml'] },
  pynacl: { id: 'pynacl', title: 'PyNaCl (Python module nacl)', debian: 'python3-nacl', binaries: [], modules: ['nacl'] },
  scipy: { id: 'scipy', title: 'SciPy (Python module scipy)', debian: 'python3-scipy', binaries: [], modules: ['scipy', 'numpy'] },
  securesystemslib: {
    id: 'securesystemslib',
    title: 'securesystemslib (Python module)',
    debian: 'python3-securesystemslib',
    binaries: [],
    modules: ['securesystemslib'],
  },
  'in-toto': {
    id: 'in-toto',
    title: 'in-toto reference implementation (in_toto, in-toto-verify)',
    debian: 'in-toto',
    binaries: ['in-toto-verify', 'in-toto-sign'],
    modules: ['in_toto', 'securesystemslib', 'pathspec'],
  },
  prometheus: {
    id: 'prometheus',
    title: 'Prometheus server and promtool (answers PromQL for slo-snapshot and canary-score)',
    debian: 'prometheus',
    binaries: ['prometheus', 'promtool'],
    modules: [],
  },
  chromium: {
    id: 'chromium',
    title: 'Chromium, headless (drives the evidence view)',
    debian: 'chromium',
    binaries: ['chromium'],
    modules: [],
  },
  shellcheck: {
    id: 'shellcheck',
    title: 'ShellCheck (lints workflow run: blocks)',
    debian: 'shellcheck',
    binaries: ['shellcheck'],
    modules: [],
  },
  jq: { id: 'jq', title: "jq (used by the reusable workflows' run: steps)", debian: 'jq', binaries: ['jq'], modules: [] },
};

/** The outcome of looking for one reference. */
export interface FoundReference {
  id: ReferenceId;
  found: boolean;
  /** absolute paths of its binaries, by name (when found) */
  binaries: Record<string, string>;
  /** the interpreter holding its modules (when it needs Python and was found) */
  python?: string;
  /** why it is missing: the first binary or module not found */
  missing?: string;
  /** version line, when cheaply known (openssl) */
  version?: string;
}

export type FoundReferences = Record<ReferenceId, FoundReference>;

/** Where to look: PATH (default `process.env.PATH`) and the candidate interpreters (default: Debian's, then `python3` on PATH). */
export interface FindOptions {
  path?: string;
  pythons?: string[];
}

/** A reference a test needs is not installed. The message names the Debian package. */
export class ReferenceMissingError extends Error {
  constructor(readonly missing: FoundReference[]) {
    super(missing.map((m) => `${installHint(m.id)} (${m.missing})`).join('; '));
    this.name = 'ReferenceMissingError';
  }
}

/** Absolute path of an executable regular file `name` on `path`, or undefined. */
export function which(name: string, path: string): string | undefined {
  const dirs = isAbsolute(name) ? [''] : path.split(delimiter).filter(Boolean);
  for (const d of dirs) {
    const p = d ? join(d, name) : name;
    try {
      if (!statSync(p).isFile()) continue;
      accessSync(p, constants.X_OK);
      return p;
    } catch {
      // not here
    }
  }
  return undefined;
}

const ALL_MODULES = [...new Set(Object.values(REFERENCES).flatMap((r) => r.modules))];
const PROBE = `import importlib, json, sys
out = {}
for m in sys.argv[1:]:
    try:
        importlib.import_module(m); out[m] = True
    except Exception:
        out[m] = False
print(json.dumps(out))`;

/** Which of `modules` import in `python` (all false when the interpreter does not run). */
function probePython(python: string, modules: string[], path: string): Record<string, boolean> | undefined {
  const r = spawnSync(python, ['-c', PROBE, ...modules], { encoding: 'utf8', env: { ...process.env, PATH: path }, timeout: 30_000 });
  if (r.error || r.status !== 0) return undefined;
  try {
    return JSON.parse(r.stdout) as Record<string, boolean>;
  } catch {
    return undefined;
  }
}

/**
 * Looks for every reference now (no cache). Pure apart from the processes it starts; tests point it
 * at an empty PATH or a missing interpreter to show a missing reference is noticed.
 */
export function findReferences(opts: FindOptions = {}): FoundReferences {
  const path = opts.path ?? process.env.PATH ?? '';
  const candidates = opts.pythons ?? ['/usr/bin/python3', which('python3', path)].filter((p): p is string => !!p);
  const interpreters: { python: string; modules: Record<string, boolean> }[] = [];
  for (const c of [...new Set(candidates)]) {
    const exe = which(c, path);
    if (!exe) continue;
    const modules = probePython(exe, ALL_MODULES, path);
    if (modules) interpreters.push({ python: exe, modules });
  }
  const out = {} as FoundReferences;
  for (const spec of Object.values(REFERENCES)) {
    const f: FoundReference = { id: spec.id, found: false, binaries: {} };
    for (const b of spec.binaries) {
      const p = which(b, path);
      if (p) f.binaries[b] = p;
      else f.missing ??= `${b} is not on PATH`;
    }
    if (spec.python || spec.modules.length) {
      const py = interpreters.find((i) => spec.modules.every((m) => i.modules[m]));
      if (py) f.python = py.python;
      else if (!interpreters.length) f.missing ??= 'no python3 interpreter runs';
      else
        f.missing ??= `no python3 (${interpreters.map((i) => i.python).join(', ')}) imports ${spec.modules.filter((m) => !interpreters.some((i) => i.modules[m])).join(', ') || spec.modules.join(' + ')}`;
    }
    if (spec.id === 'openssl' && f.binaries.openssl) {
      const v = spawnSync(f.binaries.openssl, ['version'], { encoding: 'utf8' });
      f.version = v.stdout?.trim();
      // Ed25519 over raw input (pkeyutl -rawin) needs OpenSSL 3
      if (v.status !== 0 || !/^OpenSSL [3-9]\./.test(f.version ?? ''))
        f.missing ??= `openssl ${f.version || '(does not run)'} is not OpenSSL 3`;
    }
    f.found = f.missing === undefined;
    out[spec.id] = f;
  }
  return out;
}

let cached: FoundReferences | undefined;

/** The references of this test run: from the global setup's cache, else searched once in this process. */
export function references(): FoundReferences {
  if (cached) return cached;
  const env = process.env.MC_REFERENCES;
  if (env) {
    try {
      cached = JSON.parse(env) as FoundReferences;
    } catch {
      cached = undefined;
    }
  }
  cached ??= findReferences();
  return cached;
}

/** `MC_REQUIRE_REFERENCES=1`: a missing reference fails its tests instead of skipping them. */
export function referencesRequired(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.MC_REQUIRE_REFERENCES === '1' || env.MC_REQUIRE_REFERENCES === 'true';
}

/** "install python3-nacl: PyNaCl (Python module nacl) is missing" */
export function installHint(id: ReferenceId): string {
  const s = REFERENCES[id];
  return `${s.title} is missing: apt-get install -y ${s.debian}`;
}

/** The one line printed per missing reference. */
export function skipLine(f: FoundReference, required: boolean): string {
  const s = REFERENCES[f.id];
  return required
    ? `reference missing (MC_REQUIRE_REFERENCES=1, its tests FAIL): ${s.title}: ${f.missing}; install with: apt-get install -y ${s.debian}`
    : `reference missing, its tests are SKIPPED: ${s.title}: ${f.missing}; install with: apt-get install -y ${s.debian}`;
}

/** The missing ones among `ids` (empty when all are present). */
export function missingOf(ids: ReferenceId[], found: FoundReferences = references()): FoundReference[] {
  return ids.map((id) => found[id]).filter((f) => !f.found);
}

/** True when every reference in `ids` is present. */
export function have(...ids: ReferenceId[]): boolean {
  return missingOf(ids).length === 0;
}

/** Throws {@link ReferenceMissingError} unless every reference in `ids` is present. */
export function requireReferences(ids: ReferenceId[], found: FoundReferences = references()): void {
  const m = missingOf(ids, found);
  if (m.length) throw new ReferenceMissingError(m);
}

/** The interpreter holding the modules of every reference in `ids` (throws naming the packages when none does). */
export function pythonFor(...ids: ReferenceId[]): string {
  const found = references();
  requireReferences(ids.length ? ids : ['python3'], found);
  const want = new Set((ids.length ? ids : ['python3' as const]).flatMap((id) => REFERENCES[id].modules));
  const pythons = (ids.length ? ids : ['python3' as const]).map((id) => found[id].python).filter((p): p is string => !!p);
  // references found in different interpreters: one that holds all (re-probe the few candidates)
  if (new Set(pythons).size <= 1) return pythons[0] ?? found.python3.python!;
  for (const p of new Set(pythons)) {
    const r = probePython(p, [...want], process.env.PATH ?? '');
    if (r && [...want].every((m) => r[m])) return p;
  }
  throw new ReferenceMissingError(
    ids.map((id) => ({ ...found[id], found: false, missing: `no single python3 imports ${[...want].join(', ')}` })),
  );
}

/** Absolute path of a reference's binary (throws naming the package when missing). */
export function binary(id: ReferenceId, name: string = REFERENCES[id].binaries[0]): string {
  const found = references();
  requireReferences([id], found);
  return found[id].binaries[name];
}

type Gate = 'run' | 'skip' | 'fail';

/** What a gate on `ids` does: run, skip (reference missing) or fail (missing and required). */
export function gate(ids: ReferenceId[], found: FoundReferences = references(), env: NodeJS.ProcessEnv = process.env): Gate {
  if (!missingOf(ids, found).length) return 'run';
  return referencesRequired(env) ? 'fail' : 'skip';
}

const label = (ids: ReferenceId[]) => ids.map((id) => REFERENCES[id].debian).join(', ');

/**
 * `describe` that needs `ids`. Present: runs `fn`. Missing: `fn` is never called (so collection-time
 * code in it may use the reference), and one test is registered that is skipped, or fails with the
 * install hint under `MC_REQUIRE_REFERENCES=1`.
 */
export function describeWith(ids: ReferenceId[], name: string, fn: () => void): void {
  const g = gate(ids);
  if (g === 'run') {
    describe(name, fn);
    return;
  }
  const msg = new ReferenceMissingError(missingOf(ids)).message;
  describe(name, () => {
    if (g === 'skip') it.skip(`needs ${label(ids)}: ${msg}`, () => {});
    else
      it(`needs ${label(ids)}`, () => {
        throw new ReferenceMissingError(missingOf(ids));
      });
  });
}

/** `it` that needs `ids`: runs, skips or (required) fails like {@link describeWith}. */
export function itWith(ids: ReferenceId[], name: string, fn: () => unknown, timeout?: number): void {
  const g = gate(ids);
  if (g === 'run') return void it(name, fn, timeout);
  if (g === 'skip') return void it.skip(`${name} [needs ${label(ids)}]`, () => {});
  it(`${name} [needs ${label(ids)}]`, () => {
    throw new ReferenceMissingError(missingOf(ids));
  });
}
