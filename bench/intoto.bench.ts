/**
 * Benchmark: verifying a layout of 3 steps with 5,000 and with 20,000 artifacts each (MATCH/CREATE/DISALLOW rules,
 * Ed25519 signatures), ours against the reference in-toto-verify (Debian in-toto 1.3) in the same run.
 * Figures: median wall time of in-process verification, of the `mc intoto verify` process (bundled CLI,
 * Node start-up included), and of the in-toto-verify process (Python start-up included), the two processes
 * run alternately; and the CPU time (user + system) of both processes, which a busy machine distorts less.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  dumpMetablock,
  generateKey,
  keyFiles,
  linkFileName,
  readLayout,
  signMetablock,
  verifyLayoutFile,
  type ArtifactDict,
  type Link,
} from '../src/intoto/index.js';

// artifact counts per step, measured one after the other in the same run (INTOTO_BENCH_N=5000 for one size)
const SIZES = (process.env.INTOTO_BENCH_N ?? '5000,20000').split(',').map(Number);
const root = resolve(import.meta.dirname, '..');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const digest = (s: string) => ({ sha256: createHash('sha256').update(s).digest('hex') });

for (const N of SIZES) await bench(N);

async function bench(N: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'mc-intoto-bench-'));
  try {
    const owner = await generateKey('ed25519');
    const func = await generateKey('ed25519');
    writeFileSync(join(dir, 'owner.pub'), keyFiles(owner).public);
    const arts = (prefix: string, ext: string): ArtifactDict =>
      Object.fromEntries(
        Array.from({ length: N }, (_, i) => [`${prefix}/file_${String(i).padStart(5, '0')}.${ext}`, digest(`${prefix}${i}`)]),
      );
    const src = arts('src', 'c');
    const obj = arts('build', 'o');
    const dist = arts('dist', 'bin');
    const mk = (name: string, materials: ArtifactDict, products: ArtifactDict): Link => ({
      _type: 'link',
      name,
      materials,
      products,
      byproducts: { 'return-value': 0, stderr: '', stdout: '' },
      command: [],
      environment: {},
    });
    for (const l of [mk('checkout', {}, src), mk('build', src, obj), mk('package', obj, dist)])
      writeFileSync(join(dir, linkFileName(l.name, func.keyid)), dumpMetablock(l, signMetablock(l, [func])));
    const step = (name: string, m: string[][], p: string[][]) => ({
      _type: 'step',
      name,
      pubkeys: [func.keyid],
      threshold: 1,
      expected_command: [],
      expected_materials: m,
      expected_products: p,
    });
    const layout = readLayout(
      {
        _type: 'layout',
        expires: '2099-01-01T00:00:00Z',
        readme: '',
        keys: {
          [func.keyid]: {
            keyid: func.keyid,
            keytype: 'ed25519',
            scheme: 'ed25519',
            keyid_hash_algorithms: ['sha256', 'sha512'],
            keyval: { public: func.public },
          },
        },
        steps: [
          step(
            'checkout',
            [],
            [
              ['CREATE', 'src/*.c'],
              ['DISALLOW', '*'],
            ],
          ),
          step(
            'build',
            [
              ['MATCH', 'src/*', 'WITH', 'PRODUCTS', 'FROM', 'checkout'],
              ['DISALLOW', '*'],
            ],
            [
              ['CREATE', 'build/*.o'],
              ['DISALLOW', '*'],
            ],
          ),
          step(
            'package',
            [
              ['MATCH', '*', 'IN', 'build', 'WITH', 'PRODUCTS', 'IN', 'build', 'FROM', 'build'],
              ['DISALLOW', '*'],
            ],
            [
              ['CREATE', 'dist/file_?????.bin'],
              ['DISALLOW', '*'],
            ],
          ),
        ],
        inspect: [],
      },
      'bench',
    );
    writeFileSync(join(dir, 'root.layout'), dumpMetablock(layout, signMetablock(layout, [owner])));

    const opts = {
      layoutKeys: [(await import('../src/intoto/sslib-keys.js')).parsePublicKeyFile(keyFiles(owner).public, 'ed25519', 'owner.pub')],
      linkDir: dir,
      workDir: dir,
    };
    const first = await verifyLayoutFile(join(dir, 'root.layout'), opts);
    if (!first.passed) throw new Error(`ours failed: ${first.failure?.message}`);
    const refArgs = ['-l', 'root.layout', '-k', 'owner.pub', '-t', 'ed25519'];
    const refCheck = spawnSync('in-toto-verify', refArgs, { cwd: dir });
    if (refCheck.status !== 0) throw new Error(`in-toto-verify failed: ${refCheck.stderr}`);

    const inproc: number[] = [];
    const inprocCpu: number[] = [];
    for (let i = 0; i < 15; i++) {
      const t = performance.now();
      const c0 = process.cpuUsage();
      const r = await verifyLayoutFile(join(dir, 'root.layout'), opts);
      const c1 = process.cpuUsage(c0);
      inproc.push(performance.now() - t);
      inprocCpu.push((c1.user + c1.system) / 1000);
      if (!r.passed) throw new Error('ours failed');
    }
    const mcBin = join(root, 'bin/mc.js');
    const cli: number[] = [];
    const haveCli = existsSync(join(root, 'dist/cli/index.js'));
    const mcArgs = [mcBin, 'intoto', 'verify', ...refArgs, '-q'];
    // the two processes alternate, so both meet the same machine load
    const ref: number[] = [];
    for (let i = 0; i < 7; i++) {
      if (haveCli) {
        const t = performance.now();
        execFileSync(process.execPath, mcArgs, { cwd: dir });
        cli.push(performance.now() - t);
      }
      if (i < 5) {
        const t = performance.now();
        const r = spawnSync('in-toto-verify', refArgs, { cwd: dir });
        ref.push(performance.now() - t);
        if (r.status !== 0) throw new Error('in-toto-verify failed');
      }
    }
    // CPU time of each process (user + system of the child, from bash's `times`): robust on a busy machine
    const processCpu = (cmd: string[]): number => {
      const out = execFileSync('bash', ['-c', '"$@" >/dev/null 2>&1; times', 'bash', ...cmd], { cwd: dir })
        .toString()
        .trim()
        .split('\n')
        .pop()!;
      return [...out.matchAll(/(\d+)m([\d.]+)s/g)].reduce((a, m) => a + Number(m[1]) * 60 + Number(m[2]), 0) * 1000;
    };
    const refCpu: number[] = [];
    const cliCpu: number[] = [];
    for (let i = 0; i < 3; i++) {
      refCpu.push(processCpu(['in-toto-verify', ...refArgs]));
      if (haveCli) cliCpu.push(processCpu([process.execPath, ...mcArgs]));
    }
    const refStart: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      spawnSync('in-toto-verify', ['--version']);
      refStart.push(performance.now() - t);
    }
    const [a, b, c, s] = [median(inproc), median(cli), median(ref), median(refStart)];
    console.log(`\nlayout: 3 steps x ${N} artifacts (MATCH, CREATE, DISALLOW; ed25519), both verdicts: pass`);
    console.log(`ours, in-process verifyLayoutFile:   ${a.toFixed(1)} ms (median of ${inproc.length})`);
    if (haveCli) console.log(`ours, mc intoto verify process:      ${b.toFixed(1)} ms (median of ${cli.length}, Node start-up included)`);
    else console.log('ours, mc intoto verify process:      skipped (build the CLI: npm run build -- cli)');
    console.log(
      `reference, in-toto-verify process:   ${c.toFixed(1)} ms (median of ${ref.length}; its start-up alone: ${s.toFixed(0)} ms)`,
    );
    console.log(`ratio reference / ours in-process:   ${(c / a).toFixed(1)}x`);
    if (haveCli) console.log(`ratio reference / ours process:      ${(c / b).toFixed(1)}x`);
    console.log(`ratio on verification work (reference minus its start-up) / ours in-process: ${((c - s) / a).toFixed(1)}x`);
    const [oc, rc] = [median(inprocCpu), median(refCpu)];
    console.log(
      `CPU time: ours in-process ${oc.toFixed(1)} ms, in-toto-verify process ${rc.toFixed(0)} ms: ratio ${(rc / oc).toFixed(1)}x`,
    );
    if (haveCli) {
      const pc = median(cliCpu);
      console.log(
        `CPU time of the processes: mc intoto verify ${pc.toFixed(0)} ms, in-toto-verify ${rc.toFixed(0)} ms: ratio ${(rc / pc).toFixed(1)}x`,
      );
    }
    console.log(
      `machine load (1 min): ${(await import('node:os')).loadavg()[0].toFixed(1)} on ${(await import('node:os')).availableParallelism()} CPUs; wall-time ratios shrink when the machine is busy`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
