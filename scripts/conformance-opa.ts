/**
 * `npm run conformance [-- --priority P0,P1] [--dir NAME]... [--root PATH] [--verbose]`:
 * runs OPA's YAML conformance cases against the embedded Rego engine, prints pass/fail/skip per
 * directory and per priority, and writes out/conformance-opa.json.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runConformance } from '../src/rego/conformance.js';
import { writeFileAtomic } from '../src/core/fsx.js';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: process.env.OPA_CONFORMANCE ?? resolve(process.cwd(), 'conformance/opa') },
    priority: { type: 'string' },
    dir: { type: 'string', multiple: true },
    suite: { type: 'string', default: 'v1' },
    out: { type: 'string', default: 'out/conformance-opa.json' },
    verbose: { type: 'boolean', default: false },
  },
});
const root = values.root!;
let reports = runConformance(root, values.dir ?? [], values.suite);
if (values.priority) {
  const ps = values.priority.split(',');
  reports = reports.filter((r) => ps.includes(r.priority));
}
const totals = new Map<string, { pass: number; fail: number; skip: number }>();
for (const r of reports) {
  const line = `${r.priority}\t${r.dir.padEnd(40)} pass ${String(r.pass).padStart(4)}  fail ${String(r.fail).padStart(4)}  skip ${String(r.skip).padStart(3)}`;
  console.log(line);
  if (values.verbose) for (const c of r.cases) if (c.status !== 'pass') console.log(`    ${c.status}: ${c.note}: ${c.reason}`);
  for (const key of [r.priority, 'all']) {
    const t = totals.get(key) ?? { pass: 0, fail: 0, skip: 0 };
    t.pass += r.pass;
    t.fail += r.fail;
    t.skip += r.skip;
    totals.set(key, t);
  }
}
console.log('');
for (const [k, t] of [...totals].sort()) {
  const n = t.pass + t.fail + t.skip;
  console.log(`${k.padEnd(4)} pass ${t.pass}/${n} (${((100 * t.pass) / Math.max(1, n)).toFixed(1)}%)  fail ${t.fail}  skip ${t.skip}`);
}
mkdirSync(join(process.cwd(), 'out'), { recursive: true });
await writeFileAtomic(
  values.out!,
  JSON.stringify({ root, suite: values.suite, totals: Object.fromEntries(totals), directories: reports }, null, 2) + '\n',
);
console.log(`report: ${values.out}`);
