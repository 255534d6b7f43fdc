/**
 * `npm run eval:grounding [-- --corpus DIR] [--json OUT]`: measures grounding-check on the labelled
 * SummEdits sales corpus (default corpora/grounding). Splits by document (odd document
 * number = dev, even = held-out test; see src/grounding/evaluate.ts), tunes the thresholds on dev
 * (grid search, precision of `ungrounded` >= 0.90), reports dev and test figures for the tuned
 * thresholds and for the shipped defaults (DEFAULT_THRESHOLDS), and exits 1 when the shipped
 * defaults miss a target on test (balanced accuracy >= 0.72, precision of ungrounded >= 0.90).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseCase } from '../src/grounding/input.js';
import { metrics, splitOf, tune, verdictsFor, type LabelledCase, type Metrics } from '../src/grounding/evaluate.js';
import { DEFAULT_THRESHOLDS, type Thresholds } from '../src/grounding/types.js';
import { checkAnswer } from '../src/grounding/check.js';

const { values } = parseArgs({ options: { corpus: { type: 'string' }, json: { type: 'string' } } });
const root = resolve(import.meta.dirname, '..');
const dir = resolve(values.corpus ?? join(root, 'corpora/grounding'));
const file = join(dir, 'summedits_sales.jsonl');
const rows: LabelledCase[] = readFileSync(file, 'utf8')
  .split('\n')
  .map((l, i) => [l, i] as const)
  .filter(([l]) => l.trim())
  .map(([l, i]) => {
    const r = JSON.parse(l) as { id: string; doc_id: string; context: string; claim: string; label: string };
    return { case: parseCase({ id: r.id, context: r.context, claim: r.claim }, file, i + 1), supported: r.label === 'supported', docId: r.doc_id };
  });
const dev = rows.filter((r) => splitOf(r.docId) === 'dev');
const test = rows.filter((r) => splitOf(r.docId) === 'test');

const fmt = (x: number) => (Number.isNaN(x) ? 'n/a' : x.toFixed(3));
const line = (name: string, m: Metrics) =>
  `${name.padEnd(22)} n=${String(m.n).padStart(4)} (${m.supported} supported)  balanced accuracy ${fmt(m.balancedAccuracy)}  ` +
  `recall supported ${fmt(m.recallSupported)}  recall unsupported ${fmt(m.recallUnsupported)}  precision(ungrounded) ${fmt(m.precisionUngrounded)} ` +
  `[${m.ungrounded} ungrounded, ${m.unverified} unverified]`;
const show = (t: Thresholds) => JSON.stringify(t, (_k, v) => (v === Infinity ? 'Infinity' : v));

console.log(`corpus: ${file}`);
console.log(`split by doc_id: dev = odd document numbers (${dev.length} rows), test = even (${test.length} rows)`);
const started = performance.now();
const tuned = tune(dev);
console.log(`tuned on dev in ${((performance.now() - started) / 1000).toFixed(1)} s: ${show(tuned.thresholds)}`);
const gold = (rs: LabelledCase[]) => rs.map((r) => r.supported);
const results = {
  tuned: { thresholds: tuned.thresholds, dev: tuned.dev, test: metrics(verdictsFor(test, tuned.thresholds), gold(test)) },
  shipped: { thresholds: DEFAULT_THRESHOLDS, dev: metrics(verdictsFor(dev, DEFAULT_THRESHOLDS), gold(dev)), test: metrics(verdictsFor(test, DEFAULT_THRESHOLDS), gold(test)) },
};
console.log(line('tuned, dev', results.tuned.dev));
console.log(line('tuned, test', results.tuned.test));
console.log(`shipped defaults: ${show(DEFAULT_THRESHOLDS)}`);
console.log(line('shipped, dev', results.shipped.dev));
console.log(line('shipped, TEST (held out)', results.shipped.test));
// per flag on the held-out test split: rows where it fired, by gold label, and its precision
const flagStats = new Map<string, { supported: number; unsupported: number }>();
for (const r of test) {
  const names = new Set(checkAnswer(r.case, DEFAULT_THRESHOLDS).claims.flatMap((c) => c.flags.map((f) => f.name)));
  for (const n of names) {
    const st = flagStats.get(n) ?? { supported: 0, unsupported: 0 };
    st[r.supported ? 'supported' : 'unsupported']++;
    flagStats.set(n, st);
  }
}
console.log('flags on the test split (answers where the flag fired: on unsupported / on supported rows, precision):');
for (const [n, st] of [...flagStats].sort((a, b) => b[1].unsupported - a[1].unsupported)) {
  console.log(`  ${n.padEnd(24)} ${String(st.unsupported).padStart(4)} / ${String(st.supported).padStart(3)}   ${fmt(st.unsupported / (st.unsupported + st.supported))}`);
}
const ok = results.shipped.test.balancedAccuracy >= 0.72 && results.shipped.test.precisionUngrounded >= 0.9;
console.log(`targets on test (balanced accuracy >= 0.72, precision of ungrounded >= 0.90): ${ok ? 'met' : 'NOT met'}`);
if (values.json) writeFileSync(values.json, JSON.stringify(results, (_k, v) => (v === Infinity ? 'Infinity' : v), 2) + '\n');
process.exitCode = ok ? 0 : 1;
