// canary-score benchmark (issue 6): judging 6 metrics of 50,000 points per side (baseline and canary),
// against the same computation in scipy in the same run (tests/canary/reference.py --bench: asymptotic
// Mann-Whitney p-value, CLES from U, and the R wilcox.test interval inverted with scipy.optimize.brentq).
// Ours: the whole judge (transforms, statistics, both interval ends, Hodges-Lehmann, effect sizes,
// classification, scoring) in-process on the pinned Node; median of 3 runs. Target: under 1 s.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { judgeCanary, parseCanaryConfig, type MetricData } from '../src/canary/index.js';

const root = resolve(import.meta.dirname, '..');
const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const N = 50_000;
const METRICS = 6;

let a = 20260421;
const u = () => ((a = (Math.imul(a, 1103515245) + 12345) >>> 0), (a + 0.5) / 4294967296);
const n = () => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
const shapes: [string, () => number, number][] = [
  ['latency_p95', () => Math.exp(5.2 + 0.3 * n()), 1.01],
  ['latency_p99', () => Math.exp(6 + 0.5 * n()), 1.03],
  ['error_ratio', () => (u() < 0.7 ? 0 : Math.round(u() * 5) / 2400), 1.0],
  ['cost_per_1k', () => 0.042 * Math.exp(0.06 * n()), 1.0],
  ['cpu', () => 40 + 8 * n(), 0.98],
  ['gc_pause', () => 3 * Math.pow(u(), -1 / 2.5), 1.05],
];
const data: MetricData = { metrics: {}, step: 60, format: 'json' };
for (const [name, f, effect] of shapes.slice(0, METRICS)) {
  data.metrics[name] = { baseline: Array.from({ length: N }, f), canary: Array.from({ length: N }, () => f() * effect) };
}
const config = parseCanaryConfig({ metrics: shapes.map(([name]) => ({ name, direction: 'increase' })) }, 'bench');

const median = (xs: number[]) => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)];
function timeJudge(judge: 'exact' | 'kayenta'): { s: number; decision: string } {
  const runs: number[] = [];
  let decision = '';
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    decision = judgeCanary(config, data, { judge, pass: 95, marginal: 75 }).decision;
    runs.push((performance.now() - t) / 1000);
  }
  return { s: median(runs), decision };
}

const exact = timeJudge('exact');
const kayenta = timeJudge('kayenta');
const cases = Object.values(data.metrics).map((m) => ({ canary: m.canary, baseline: m.baseline, conf: 0.98 }));
const py = spawnSync(python, [join(root, 'tests/canary/reference.py'), '--bench'], {
  input: JSON.stringify(cases),
  encoding: 'utf8',
  maxBuffer: 1 << 28,
});
if (py.status !== 0) {
  console.error(`scipy reference failed (install python3-scipy): ${py.stderr}`);
  process.exit(1);
}
const ref = JSON.parse(py.stdout) as { seconds: number; scipy: string };

console.log(`canary-score: ${METRICS} metrics x ${N.toLocaleString('en')} points per side`);
console.log(
  `  mc exact judge      ${exact.s.toFixed(3)} s  (decision ${exact.decision})  ${exact.s < 1 ? 'under' : 'OVER'} the 1 s target`,
);
console.log(`  mc kayenta judge    ${kayenta.s.toFixed(3)} s  (decision ${kayenta.decision})`);
console.log(`  scipy ${ref.scipy.padEnd(12)} ${ref.seconds.toFixed(3)} s  (mannwhitneyu + brentq interval, same data, same run)`);
console.log(`  ratio scipy / mc exact   ${(ref.seconds / exact.s).toFixed(1)}x`);
console.log(`  ratio scipy / mc kayenta ${(ref.seconds / kayenta.s).toFixed(1)}x`);
