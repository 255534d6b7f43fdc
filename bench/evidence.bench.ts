// evidence-pack benchmark (issues 2 and 17): pack + verify of (a) 1 GiB in 64 files and (b) 100,000 files
// of 1 KiB, each against sha256sum over the same files in the same run (page cache warmed first;
// median of 3 runs each). Runs the bundled CLI (dist/cli) on the pinned Node, as users would.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';

const root = resolve(import.meta.dirname, '..');
const node = process.execPath;
// MC_BENCH_ROOT: another checkout's built CLI (to compare two versions in one run)
const mcBin = join(process.env.MC_BENCH_ROOT ?? root, 'bin/mc.js');
const key = join(root, 'examples/keys/dev-not-for-production.pem');
const jwks = join(root, 'examples/keys/dev-jwks.json');

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return (performance.now() - t) / 1000;
}

// CPU seconds (user + system) of the children reaped so far (Linux: /proc/self/stat cutime + cstime):
// a figure that a loaded machine changes far less than wall time (the hashing here runs on every core,
// sha256sum on one, so their wall-time ratio depends on how many cores are free)
const ticks = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();
function childCpu(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) / ticks; // cutime, cstime (fields 16 and 17 of stat)
  } catch {
    return NaN;
  }
}
function cpu(fn: () => void): number {
  const c = childCpu();
  fn();
  return childCpu() - c;
}
const availableCores = availableParallelism();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function mc(args: string[], cwd: string) {
  const r = spawnSync(node, [mcBin, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`mc ${args.slice(0, 2).join(' ')} exited ${r.status}: ${r.stderr}`);
}

function scenario(name: string, dir: string, reference: () => void, reps = 3) {
  reference(); // warm the page cache
  // the 1-minute load average before and after: on a shared machine other work stretches the wall
  // times (the hashing here runs on every core, sha256sum on one), so the figures carry it
  const loadBefore = loadavg()[0];
  const ref: number[] = [];
  const pack: number[] = [];
  const verify: number[] = [];
  const cpuRef: number[] = [];
  const cpuBoth: number[] = [];
  for (let i = 0; i < reps; i++) {
    let t = 0;
    cpuRef.push(cpu(() => (t = time(reference))));
    ref.push(t);
    const out = join(dir, `..`, `pack-${name}-${i}`);
    rmSync(out, { recursive: true, force: true });
    cpuBoth.push(
      cpu(() => {
        pack.push(time(() => mc(['evidence', 'pack', '--key', key, '--out', out, 'data/**'], dir)));
        verify.push(time(() => mc(['evidence', 'verify', out, '--jwks', jwks], dir)));
      }),
    );
    rmSync(out, { recursive: true, force: true });
  }
  const r = median(ref),
    p = median(pack),
    v = median(verify),
    cr = median(cpuRef),
    cb = median(cpuBoth);
  const load = { before: loadBefore, after: loadavg()[0] };
  console.log(
    `${name}: sha256sum ${r.toFixed(3)} s | pack ${p.toFixed(3)} s (${(p / r).toFixed(2)}x) | verify ${v.toFixed(3)} s (${(v / r).toFixed(2)}x) | pack+verify ${(p + v).toFixed(3)} s (${((p + v) / r).toFixed(2)}x)` +
      ` | CPU: sha256sum ${cr.toFixed(2)} s, pack+verify ${cb.toFixed(2)} s (${(cb / cr).toFixed(2)}x)` +
      ` | load ${load.before.toFixed(2)} -> ${load.after.toFixed(2)} (${availableCores} cores)`,
  );
  return {
    name,
    sha256sum: r,
    pack: p,
    verify: v,
    ratioPack: p / r,
    ratioVerify: v / r,
    ratioBoth: (p + v) / r,
    cpu: { sha256sum: cr, packVerify: cb, ratio: cb / cr },
    load,
  };
}

const base = mkdtempSync(join(tmpdir(), 'mc-bench-evidence-'));
try {
  // (a) 64 files x 16 MiB = 1 GiB
  const a = join(base, 'a');
  mkdirSync(join(a, 'data'), { recursive: true });
  const chunk = randomBytes(1 << 20);
  for (let i = 0; i < 64; i++) {
    const fd = openSync(join(a, 'data', `blob-${String(i).padStart(2, '0')}.bin`), 'w');
    for (let j = 0; j < 16; j++) {
      chunk[0] = i;
      chunk[1] = j;
      writeSync(fd, chunk);
    }
    closeSync(fd);
  }
  const files = Array.from({ length: 64 }, (_, i) => join(a, 'data', `blob-${String(i).padStart(2, '0')}.bin`));
  const ra = scenario('(a) 1 GiB in 64 files', a, () => execFileSync('sha256sum', files, { stdio: ['ignore', 'ignore', 'inherit'] }));
  rmSync(a, { recursive: true, force: true });

  // (b) 100,000 files x 1 KiB in 100 directories
  const b = join(base, 'b');
  for (let d = 0; d < 100; d++) {
    const dir = join(b, 'data', `d${String(d).padStart(3, '0')}`);
    mkdirSync(dir, { recursive: true });
    for (let f = 0; f < 1000; f++) writeFileSync(join(dir, `f${String(f).padStart(4, '0')}.txt`), randomBytes(512).toString('hex'));
  }
  const rb = scenario('(b) 100,000 files of 1 KiB', b, () =>
    execFileSync('sh', ['-c', 'find data -type f -print0 | xargs -0 sha256sum > /dev/null'], { cwd: b, stdio: 'inherit' }),
  );
  console.log(
    JSON.stringify({
      bench: 'evidence',
      results: [ra, rb],
      targets: { a: 'pack+verify <= 0.5x sha256sum', b: 'pack+verify <= 1.5x find|xargs sha256sum' }, // issue 17
    }),
  );
} finally {
  rmSync(base, { recursive: true, force: true });
}
