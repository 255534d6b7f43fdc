/**
 * Scenario generator for the differential suite: the classic in-toto demo supply chain
 * (clone -> update-version -> package, untar inspection; the owner signs the layout; alice and bob
 * are the functionaries) built either with the reference's own tools (in-toto-run, and in_toto's
 * Layout/Metablock models through ref_tool.py) or with ours (`mc intoto run`, `mc intoto sign`),
 * plus the mutations the issue lists. Each scenario is a directory with the final product, the
 * links and root.layout, verified by Debian's in-toto-verify and by `mc intoto verify`.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { readFileSync } from 'node:fs';
import { mc as run } from '../helpers/cli.js';
import { parsePublicKeyFile } from '../../src/intoto/sslib-keys.js';
import { pythonFor, references } from '../helpers/references.js';

const pexec = promisify(execFile);
/**
 * The Python holding the reference (in_toto, securesystemslib), found by tests/helpers/references.ts.
 * Read at import: prefer {@link refPython} inside gated tests, which throws naming the package when missing.
 */
export const PY = references()['in-toto'].python ?? references().python3.python ?? 'python3';
/** The Python holding the reference; throws a ReferenceMissingError naming Debian's in-toto when missing. */
export const refPython = (): string => pythonFor('in-toto');
export const REF_TOOL = resolve(import.meta.dirname, 'ref_tool.py');
export type KT = 'ed25519' | 'ecdsa' | 'rsa';
export type Gen = 'ref' | 'ours';
export const PEOPLE = ['owner', 'owner2', 'alice', 'bob', 'mallory'] as const;
export type Person = (typeof PEOPLE)[number];

/** Runs `mc` in-process with a working directory; returns exit code and output. */
export async function mc(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  const r = await run(args, { cwd, env: process.env });
  return { code: r.code, out: r.stdout, err: r.stderr };
}

export async function sh(cmd: string, args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await pexec(cmd, args, { cwd, maxBuffer: 1 << 26 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const x = e as { code?: number | string; stdout?: string; stderr?: string; message: string };
    if (typeof x.code !== 'number') throw new Error(`${cmd} could not run: ${x.message}`, { cause: e });
    return { code: x.code, stdout: x.stdout ?? '', stderr: x.stderr ?? '' };
  }
}

/** Runs tasks with bounded concurrency, preserving order. */
export async function pool<T, R>(items: T[], n: number, f: (t: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await f(items[i]);
      }
    }),
  );
  return out;
}

export const keyPath = (root: string, kt: KT, p: Person) => join(root, 'keys', kt, p);

/** Generates every person's key of every type with securesystemslib (one process per type). */
export async function makeKeys(root: string): Promise<void> {
  await Promise.all(
    (['ed25519', 'ecdsa', 'rsa'] as KT[]).map(async (kt) => {
      await mkdir(join(root, 'keys', kt), { recursive: true });
      const r = await sh(refPython(), [REF_TOOL, 'keygen', join(root, 'keys', kt), ...PEOPLE.map((p) => `${p}:${kt}`)], root);
      if (r.code !== 0) throw new Error(`keygen failed: ${r.stderr}`);
    }),
  );
}

const V0 = 'VERSION = "foo-v0"\n';
const V1 = 'VERSION = "foo-v1"\n';

type Op =
  | { op: 'run'; cwd: string; name: string; who: Person; m: string[]; p: string[]; cmd: string[] | null }
  | { op: 'copy'; from: string; to: string }
  | { op: 'rmlinks'; dir: string };

/** Executes chain operations: with the reference (ref_tool.py ops, in_toto.runlib.in_toto_run) or with `mc intoto run`. */
async function execOps(gen: Gen, root: string, kt: KT, ops: Op[]): Promise<void> {
  if (gen === 'ref') {
    const file = join(root, `ops-${kt}-${Math.random().toString(36).slice(2)}.json`);
    await writeFile(file, JSON.stringify(ops.map((o) => (o.op === 'run' ? { ...o, key: [keyPath(root, kt, o.who), kt] } : o))));
    const r = await sh(refPython(), [REF_TOOL, 'ops', file], root);
    if (r.code !== 0) throw new Error(`ref_tool ops: ${r.stderr}`);
    return;
  }
  for (const o of ops) {
    if (o.op === 'copy') await cp(o.from, o.to, { recursive: true });
    else if (o.op === 'rmlinks') {
      for (const f of await readdir(o.dir)) if (f.endsWith('.link')) await rm(join(o.dir, f));
    } else {
      const flags = [...(o.m.length ? ['-m', ...o.m] : []), ...(o.p.length ? ['-p', ...o.p] : [])];
      const r = await mc(
        ['intoto', 'run', '-q', '-n', o.name, '-k', keyPath(root, kt, o.who), '-t', kt, ...flags, ...(o.cmd ? ['--', ...o.cmd] : ['-x'])],
        o.cwd,
      );
      if (r.code !== 0) throw new Error(`mc intoto run ${o.name}: ${r.err}`);
    }
  }
}

/**
 * Builds the base chain of one generator and key type in `<root>/chains/<gen>-<kt>/`:
 * work/ (the functionaries' workspace with every link), sub/ (the sublayout's "edit" step),
 * diff/ (bob's disagreeing package link, mallory's link), evil/ (a different valid tarball).
 */
export async function makeChain(root: string, gen: Gen, kt: KT): Promise<string> {
  const dir = join(root, 'chains', `${gen}-${kt}`);
  const work = join(dir, 'work');
  const sub = join(dir, 'sub');
  const diff = join(dir, 'diff');
  await mkdir(work, { recursive: true });
  const shw = (s: string) => ['sh', '-c', s];
  const run = (cwd: string, who: Person, name: string, m: string[], p: string[], cmd: string[] | null): Op => ({
    op: 'run',
    cwd,
    name,
    who,
    m,
    p,
    cmd,
  });
  await execOps(gen, root, kt, [
    run(work, 'alice', 'clone', [], ['demo-project/foo.py'], shw(`mkdir -p demo-project && printf '%s' '${V0}' > demo-project/foo.py`)),
    // the sublayout's "edit" step performs update-version's change (same digests) in a copy
    { op: 'copy', from: work, to: sub },
    run(sub, 'alice', 'edit', ['demo-project/foo.py'], ['demo-project/foo.py'], shw(`printf '%s' '${V1}' > demo-project/foo.py`)),
    run(work, 'bob', 'update-version', ['demo-project/foo.py'], ['demo-project/foo.py'], shw(`printf '%s' '${V1}' > demo-project/foo.py`)),
    run(
      work,
      'alice',
      'package',
      ['demo-project'],
      ['demo-project.tar.gz'],
      ['tar', '--exclude', '.git', '-zcf', 'demo-project.tar.gz', 'demo-project'],
    ),
    // bob's package link for threshold 2: same artifacts, recorded without a command (finalDir drops it)
    run(work, 'bob', 'package', ['demo-project'], ['demo-project.tar.gz'], null),
    // ... one reporting different products, and mallory's
    { op: 'copy', from: work, to: diff },
    { op: 'rmlinks', dir: diff },
    run(diff, 'bob', 'package', ['demo-project'], ['demo-project.tar.gz', 'demo-project/foo.py'], null),
    run(diff, 'mallory', 'package', ['demo-project'], ['demo-project.tar.gz'], null),
  ]);
  // a different but valid tarball (tampered product)
  await mkdir(join(dir, 'evil', 'demo-project'), { recursive: true });
  await writeFile(join(dir, 'evil', 'demo-project', 'foo.py'), 'VERSION = "evil"\n');
  await sh('tar', ['-zcf', 'demo-project.tar.gz', 'demo-project'], join(dir, 'evil'));
  return dir;
}

/** Verifies scenario directories with the reference library in one process (ref_tool.py verify). */
export async function refVerifyBatch(
  root: string,
  jobs: { cwd: string; layout: string; keys: string[]; types: string[] }[],
): Promise<{ code: number; error: string; message: string }[]> {
  const file = join(root, `verify-${Math.random().toString(36).slice(2)}.json`);
  await writeFile(file, JSON.stringify(jobs));
  const r = await sh(refPython(), [REF_TOOL, 'verify', file], root);
  if (r.code !== 0) throw new Error(`ref_tool verify: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as { code: number; error: string; message: string }[];
}

type Rule = string[];
interface StepSpec {
  name: string;
  m: Rule[];
  p: Rule[];
  pubkeys: Person[];
  cmd?: string[];
  threshold?: number;
}
interface InspSpec {
  name: string;
  m: Rule[];
  p: Rule[];
  run: string[];
}
export interface LayoutSpec {
  expires: string;
  keys: Person[];
  steps: StepSpec[];
  inspect: InspSpec[];
}

/** The classic demo layout. */
export function baseLayout(): LayoutSpec {
  return {
    expires: '2040-01-01T00:00:00Z',
    keys: ['alice', 'bob'],
    steps: [
      {
        name: 'clone',
        m: [],
        p: [
          ['CREATE', 'demo-project/foo.py'],
          ['DISALLOW', '*'],
        ],
        pubkeys: ['alice'],
        cmd: ['git', 'clone', 'https://github.com/in-toto/demo-project.git'],
      },
      {
        name: 'update-version',
        m: [
          ['MATCH', 'demo-project/*', 'WITH', 'PRODUCTS', 'FROM', 'clone'],
          ['DISALLOW', '*'],
        ],
        p: [
          ['MODIFY', 'demo-project/foo.py'],
          ['DISALLOW', '*'],
        ],
        pubkeys: ['bob'],
      },
      {
        name: 'package',
        m: [
          ['MATCH', 'demo-project/*', 'WITH', 'PRODUCTS', 'FROM', 'update-version'],
          ['DISALLOW', '*'],
        ],
        p: [
          ['CREATE', 'demo-project.tar.gz'],
          ['DISALLOW', '*'],
        ],
        pubkeys: ['alice'],
        cmd: ['tar', '--exclude', '.git', '-zcvf', 'demo-project.tar.gz', 'demo-project'],
      },
    ],
    inspect: [
      {
        name: 'untar',
        m: [
          ['MATCH', 'demo-project.tar.gz', 'WITH', 'PRODUCTS', 'FROM', 'package'],
          ['ALLOW', 'owner.pub'],
          ['ALLOW', 'owner2.pub'],
          ['ALLOW', 'root.layout'],
          ['DISALLOW', '*'],
        ],
        p: [
          ['MATCH', 'demo-project/foo.py', 'WITH', 'PRODUCTS', 'FROM', 'update-version'],
          ['ALLOW', 'demo-project.tar.gz'],
          ['ALLOW', 'owner.pub'],
          ['ALLOW', 'owner2.pub'],
          ['ALLOW', 'root.layout'],
          ['DISALLOW', '*'],
        ],
        run: ['tar', 'xzf', 'demo-project.tar.gz'],
      },
    ],
  };
}

/** The sublayout bob signs for update-version: one step "edit" by alice. */
export function subLayout(): LayoutSpec {
  return {
    expires: '2040-01-01T00:00:00Z',
    keys: ['alice'],
    steps: [
      {
        name: 'edit',
        m: [
          ['ALLOW', 'demo-project/*'],
          ['DISALLOW', '*'],
        ],
        p: [
          ['MODIFY', 'demo-project/foo.py'],
          ['DISALLOW', '*'],
        ],
        pubkeys: ['alice'],
      },
    ],
    inspect: [],
  };
}

/** A layout document for ref_tool.py (keys as placeholders the reference resolves itself). */
function refLayoutJob(spec: LayoutSpec, root: string, kt: KT, out: string, signers: Person[]) {
  const kp = (p: Person) => [keyPath(root, kt, p) + '.pub', kt];
  return {
    out,
    sign: signers.map((s) => [keyPath(root, kt, s), kt]),
    layout: {
      $keys: spec.keys.map(kp),
      expires: spec.expires,
      readme: '',
      steps: spec.steps.map((s) => ({
        name: s.name,
        expected_materials: s.m,
        expected_products: s.p,
        pubkeys: s.pubkeys.map((p) => ({ $keyid: kp(p) })),
        expected_command: s.cmd ?? [],
        threshold: s.threshold ?? 1,
      })),
      inspect: spec.inspect.map((i) => ({ name: i.name, expected_materials: i.m, expected_products: i.p, run: i.run })),
    },
  };
}

/** Signs layouts: with ref_tool.py (one process for all jobs) or with `mc intoto sign`. */
export async function signLayouts(
  gen: Gen,
  root: string,
  jobs: { spec: LayoutSpec; kt: KT; out: string; signers: Person[] }[],
): Promise<void> {
  if (!jobs.length) return;
  if (gen === 'ref') {
    const file = join(root, `jobs-${Math.random().toString(36).slice(2)}.json`);
    await writeFile(file, JSON.stringify(jobs.map((j) => refLayoutJob(j.spec, root, j.kt, j.out, j.signers))));
    const r = await sh(refPython(), [REF_TOOL, 'layouts', file], root);
    if (r.code !== 0) throw new Error(`ref_tool layouts: ${r.stderr}`);
    return;
  }
  await pool(jobs, 4, async (j) => {
    const tmpl = {
      _type: 'layout',
      expires: j.spec.expires,
      readme: '',
      keys: {},
      // functionaries whose key the layout does not list are referenced by keyid only
      steps: j.spec.steps.map((s) => ({
        _type: 'step',
        name: s.name,
        expected_materials: s.m,
        expected_products: s.p,
        pubkeys: s.pubkeys.map((p) =>
          j.spec.keys.includes(p) ? p : parsePublicKeyFile(readFileSync(`${keyPath(root, j.kt, p)}.pub`, 'utf8'), j.kt, p).keyid,
        ),
        expected_command: s.cmd ?? [],
        threshold: s.threshold ?? 1,
      })),
      inspect: j.spec.inspect.map((i) => ({
        _type: 'inspection',
        name: i.name,
        expected_materials: i.m,
        expected_products: i.p,
        run: i.run,
      })),
    };
    const file = `${j.out}.template.json`;
    await writeFile(file, JSON.stringify(tmpl));
    // functionaries not listed in `keys` (e.g. mallory signing a link) stay unknown to the layout
    const fun = j.spec.keys.flatMap((p) => ['--functionary', `${p}=${keyPath(root, j.kt, p)}.pub:${j.kt}`]);
    const r = await mc(
      ['intoto', 'sign', '-f', file, '-k', ...j.signers.map((s) => keyPath(root, j.kt, s)), '-t', j.kt, ...fun, '-o', j.out],
      root,
    );
    await rm(file);
    if (r.code !== 0) throw new Error(`mc intoto sign: ${r.err}`);
  });
}

/** keyids of everyone's key of a type, computed by securesystemslib. */
export async function refKeyids(root: string, kt: KT): Promise<Record<Person, string>> {
  const paths = PEOPLE.map((p) => `${keyPath(root, kt, p)}.pub`);
  const code = `import json,sys; from securesystemslib import interface as i; print(json.dumps([list(i.import_publickeys_from_file([p], ['${kt}']).keys())[0] for p in sys.argv[1:]]))`;
  const r = await sh(refPython(), ['-c', code, ...paths], root);
  const ids = JSON.parse(r.stdout) as string[];
  return Object.fromEntries(PEOPLE.map((p, i) => [p, ids[i]])) as Record<Person, string>;
}

/** Copies a chain's final product into a scenario directory (tarball, owner keys, links). */
export async function finalDir(chain: string, root: string, kt: KT, ids: Record<Person, string>, dest: string): Promise<void> {
  await mkdir(dest, { recursive: true });
  await cp(join(chain, 'work', 'demo-project.tar.gz'), join(dest, 'demo-project.tar.gz'));
  for (const f of await readdir(join(chain, 'work'))) if (f.endsWith('.link')) await cp(join(chain, 'work', f), join(dest, f));
  // keep only alice's package link (bob's same-artifact link is added by threshold scenarios)
  await rm(join(dest, `package.${ids.bob.slice(0, 8)}.link`), { force: true });
  await cp(keyPath(root, kt, 'owner') + '.pub', join(dest, 'owner.pub'));
  await cp(keyPath(root, kt, 'owner2') + '.pub', join(dest, 'owner2.pub'));
}

export async function readJson(path: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
}
