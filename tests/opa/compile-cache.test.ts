/**
 * The policy compile cache (src/opa/compile-cache.ts) and the compiled form it stores
 * (src/rego/compiled-form.ts): a cached policy decides as the freshly compiled one (the policies/
 * library over generated requests, and OPA conformance cases through the stored form); the cache is
 * untrusted: a flipped byte, a truncated entry, entries swapped between two policies, a stale
 * engine, a symlinked entry or directory, a group-writable entry are each ignored and rebuilt.
 */
import {
  chmodSync,
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { compileCached, compileCacheKey, engineFingerprint } from '../../src/opa/compile-cache.js';
import { compile, evalRef, evaluate, RegoErrors, type Compiled, type RegoModuleSource } from '../../src/rego/index.js';
import { deserializeCompiled, serializeCompiled } from '../../src/rego/compiled-form.js';
import { loadPaths } from '../../src/rego/loader.js';
import { generateRequests } from './reference.js';
import { repoRoot, tree } from './helpers.js';

const library = async (): Promise<RegoModuleSource[]> =>
  (await loadPaths(['policies'], repoRoot)).modules.filter((m) => !m.path.endsWith('_test.rego'));
const data = JSON.parse(readFileSync(join(repoRoot, 'examples/opa-sim/data.json'), 'utf8'));
const entries = (dir: string) => readdirSync(join(dir, 'rego')).filter((n) => n.endsWith('.json'));

/** Both policies give the same interop decision (allow and reasons) on every request. */
function sameDecisions(a: Compiled, b: Compiled, n = 300): void {
  for (const input of generateRequests(n, 11)) {
    expect(evalRef(b, 'data.mc.interop.decision', { input, data })).toEqual(evalRef(a, 'data.mc.interop.decision', { input, data }));
  }
}

describe('compiled form', () => {
  it('reads back a policy that decides as the original, and writes the same text again', async () => {
    const fresh = compile(await library());
    const text = serializeCompiled(fresh);
    const back = deserializeCompiled(text);
    expect(back.packages()).toEqual(fresh.packages());
    sameDecisions(fresh, back);
    expect(serializeCompiled(back)).toBe(text);
  });

  it('answers OPA conformance cases (v1, P0 directories) as the freshly compiled policy', () => {
    const root = join(repoRoot, 'conformance/opa/v1');
    const dirs = readdirSync(root).sort().slice(0, 60);
    let compared = 0;
    const run = (c: Compiled, query: string, input: unknown, d: unknown) => {
      try {
        return { rows: evaluate(c, query, { input, data: d }) };
      } catch (e) {
        if (e instanceof RegoErrors) return { error: e.errors.map((x) => x.code) };
        throw e;
      }
    };
    for (const dir of dirs) {
      for (const f of readdirSync(join(root, dir))) {
        const doc = YAML.parse(readFileSync(join(root, dir, f), 'utf8')) as {
          cases?: { modules?: string[]; query?: string; input?: unknown; data?: unknown }[];
        };
        for (const c of doc.cases ?? []) {
          if (!c.modules || !c.query) continue;
          let fresh: Compiled;
          try {
            fresh = compile(c.modules.map((text, j) => ({ path: `m${j}.rego`, text })));
          } catch {
            continue;
          }
          const back = deserializeCompiled(serializeCompiled(fresh));
          expect(run(back, c.query, c.input, c.data), `${dir}/${f}`).toEqual(run(fresh, c.query, c.input, c.data));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(300);
  });

  it('refuses text that is not a compiled policy', () => {
    for (const bad of ['', '{}', '["o"]', '["a",["r",5]]', '["o","root",["N"],"modules",["a"]]', '["x"]', 'null'])
      expect(() => deserializeCompiled(bad)).toThrow();
  });

  it('gives plain objects an own __proto__ key, never a prototype', () => {
    const back = deserializeCompiled(
      JSON.stringify([
        'o',
        'root',
        ['N', 'children', ['M']],
        'modules',
        ['a', ['o', '__proto__', ['o', 'polluted', true]]],
        'rules',
        ['a'],
        'funcArity',
        ['M'],
        'rulePaths',
        ['S'],
        'packages',
        ['a'],
      ]),
    ) as unknown as { modules: Record<string, unknown>[] };
    const m = back.modules[0];
    expect(Object.getPrototypeOf(m)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(m, '__proto__')).toBe(true);
    expect(m.polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('policy compile cache', () => {
  it('compiles and stores once, then reads the stored policy back (same decisions)', async () => {
    const dir = tree({});
    const mods = await library();
    const first = compileCached(mods, {}, dir);
    expect(first.cache).toBe('miss');
    expect(entries(dir)).toHaveLength(1);
    const second = compileCached(mods, {}, dir);
    expect(second.cache).toBe('hit');
    sameDecisions(first.compiled, second.compiled);
    // another option that changes compilation is another entry
    const both = [{ path: 'x.rego', text: 'package x\ny := 1\n' }];
    expect(compileCached(both, {}, dir).cache).toBe('miss');
    expect(compileCached(both, { regoVersion: 'v0' }, dir).cache).toBe('miss');
    expect(compileCached(both, { regoVersion: 'v0' }, dir).cache).toBe('hit');
    expect(entries(dir)).toHaveLength(3);
    // without a directory: no cache
    expect(compileCached(mods, {}, undefined).cache).toBe('off');
  });

  it('keys entries by every module path and byte, the options and the engine', () => {
    const a = [{ path: 'a.rego', text: 'package a\nx := 1\n' }];
    const k = compileCacheKey(a, {}, 'e1');
    expect(compileCacheKey([{ path: 'a.rego', text: 'package a\nx := 2\n' }], {}, 'e1')).not.toBe(k);
    expect(compileCacheKey([{ path: 'b.rego', text: a[0].text }], {}, 'e1')).not.toBe(k);
    expect(compileCacheKey(a, { regoVersion: 'v0' }, 'e1')).not.toBe(k);
    expect(compileCacheKey(a, {}, 'e2')).not.toBe(k);
    expect(engineFingerprint()).toMatch(/^(bundle|source):[0-9a-f]{64}$/);
  });

  const allow = (text: string) => [{ path: 'p.rego', text }];
  const polA = allow('package p\nallow if input.user == "alice"\n');
  const polB = allow('package p\nallow if input.user == "bob"\n');
  const decides = (c: Compiled, user: string) => evalRef(c, 'data.p.allow', { input: { user } }).value === true;
  const entryOf = (dir: string, mods: RegoModuleSource[]) => join(dir, 'rego', `${compileCacheKey(mods, {}, engineFingerprint()!)}.json`);

  it('ignores and rebuilds an entry with a flipped byte, and a truncated one', () => {
    const dir = tree({});
    compileCached(polA, {}, dir);
    const file = entryOf(dir, polA);
    const bytes = readFileSync(file);
    // flip a byte of the body: the policy would allow bob instead of alice
    const text = bytes.toString('utf8').replace('"alice"', '"bobby"');
    expect(text).not.toBe(bytes.toString('utf8'));
    writeFileSync(file, text, { mode: 0o600 });
    let r = compileCached(polA, {}, dir);
    expect(r.cache).toBe('miss');
    expect(decides(r.compiled, 'alice')).toBe(true);
    expect(decides(r.compiled, 'bobby')).toBe(false);
    expect(compileCached(polA, {}, dir).cache).toBe('hit'); // rebuilt
    // truncated
    writeFileSync(file, readFileSync(file).subarray(0, 200), { mode: 0o600 });
    r = compileCached(polA, {}, dir);
    expect(r.cache).toBe('miss');
    expect(decides(r.compiled, 'alice')).toBe(true);
    // a header's digest recomputed over a changed body is still refused when the length or key differ
    writeFileSync(file, '', { mode: 0o600 });
    expect(compileCached(polA, {}, dir).cache).toBe('miss');
  });

  it('refuses an entry swapped in from another policy', () => {
    const dir = tree({});
    compileCached(polA, {}, dir);
    compileCached(polB, {}, dir);
    copyFileSync(entryOf(dir, polA), entryOf(dir, polB)); // B's name, A's bytes (sound for A)
    const r = compileCached(polB, {}, dir);
    expect(r.cache).toBe('miss');
    expect(decides(r.compiled, 'bob')).toBe(true);
    expect(decides(r.compiled, 'alice')).toBe(false);
  });

  it('refuses an entry of another engine version', () => {
    const dir = tree({});
    compileCached(polA, {}, dir);
    const file = entryOf(dir, polA);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/"engine":"[^"]*"/, '"engine":"source:' + '0'.repeat(64) + '"'), { mode: 0o600 });
    expect(compileCached(polA, {}, dir).cache).toBe('miss');
  });

  it('refuses a symlinked entry (and replaces the link, not its target), a group-writable entry and a symlinked directory', () => {
    const dir = tree({});
    compileCached(polA, {}, dir);
    const file = entryOf(dir, polA);
    const elsewhere = join(tree({}), 'target.json');
    copyFileSync(file, elsewhere);
    chmodSync(elsewhere, 0o600);
    rmSync(file);
    symlinkSync(elsewhere, file);
    expect(compileCached(polA, {}, dir).cache).toBe('miss');
    expect(lstatSync(file).isSymbolicLink()).toBe(false);
    expect(readFileSync(elsewhere).equals(readFileSync(file))).toBe(true); // the target was not written through the link
    expect(compileCached(polA, {}, dir).cache).toBe('hit');
    chmodSync(file, 0o666);
    expect(compileCached(polA, {}, dir).cache).toBe('miss');
    // the entries' directory itself a symlink: no cache
    const other = tree({});
    const real = tree({});
    mkdirSync(join(real, 'rego'), { mode: 0o700 });
    symlinkSync(join(real, 'rego'), join(other, 'rego'));
    expect(compileCached(polA, {}, other).cache).toBe('off');
    expect(readdirSync(join(real, 'rego'))).toEqual([]);
  });

  it('does not cache compile errors', () => {
    const dir = tree({});
    expect(() => compileCached(allow('package p\nallow if {'), {}, dir)).toThrow(RegoErrors);
    expect(existsSync(join(dir, 'rego')) ? entries(dir) : []).toEqual([]);
  });
});

describe('mc opa eval and mc opa-sim with the cache', () => {
  const files = {
    'p.rego': 'package t\ndefault allow := false\nallow if input.user == "alice"\n',
    'in.json': '{"user":"alice"}\n',
  };

  it('mc opa eval: the same answer cold and warm; --no-cache leaves no entry', async () => {
    const cwd = tree(files);
    const cache = tree({});
    const env = { MC_CACHE_DIR: cache };
    const args = ['opa', 'eval', '-d', 'p.rego', '-i', 'in.json', 'data.t.allow'];
    const cold = await mcEnv(args, cwd, env);
    expect(cold.code).toBe(0);
    expect(entries(cache)).toHaveLength(1);
    const warm = await mcEnv(args, cwd, env);
    expect(warm).toEqual(cold);
    expect(JSON.parse(warm.stdout).result[0].expressions[0].value).toBe(true);
    const none = tree({});
    expect(await mcEnv([...args.slice(0, 2), '--no-cache', ...args.slice(2)], cwd, { MC_CACHE_DIR: none })).toEqual(cold);
    expect(existsSync(join(none, 'rego'))).toBe(false);
  });

  it('mc opa-sim: uses $XDG_CACHE_HOME/mc when MC_CACHE_DIR is unset', async () => {
    const xdg = tree({});
    const args = ['opa-sim', '--policy', 'policies', '--data', 'examples/opa-sim/data.json', '--decision', 'data.mc.interop.decision'];
    const inputs = ['--inputs', 'examples/opa-sim/requests/allowed.jsonl'];
    const r1 = await mcEnv([...args, ...inputs], repoRoot, { XDG_CACHE_HOME: xdg });
    const r2 = await mcEnv([...args, ...inputs], repoRoot, { XDG_CACHE_HOME: xdg });
    expect(r1.code).toBe(0);
    expect(r2).toEqual(r1);
    expect(entries(join(xdg, 'mc'))).toHaveLength(1);
  });
});

/** `mc` in-process with an environment (the shared helper runs with an empty one). */
async function mcEnv(argv: string[], cwd: string, env: NodeJS.ProcessEnv) {
  const { main } = await import('../../src/cli/main.js');
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd, env });
  return { code, stdout, stderr };
}
