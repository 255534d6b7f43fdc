/**
 * `npm run eval:grounding [-- --corpus DIR] [--json OUT] [--tune] [--only NAME,...]`: measures
 * grounding-check on every labelled corpus of corpora/grounding (see CORPORA in
 * src/grounding/evaluate.ts and corpora/grounding/README.md): SummEdits sales (split by document:
 * odd document number = dev, even = test), SummEdits QMSum, FaithDial, DialFact, SciFact, the
 * project's hand-written QA / technical-docs set and its QA-over-knowledge-passage set (their own dev/test splits).
 *
 * For each corpus it prints the dev and the held-out test figures of the shipped thresholds
 * (DEFAULT_THRESHOLDS): balanced accuracy, recall on each class, precision of `ungrounded`, and on the
 * test split which flags fired on which gold label and the naive floor of issue 20 (evaluate.ts naiveVerdicts); on the dev split, the precision of each strong flag kind where it is an
 * ungrounded answer's only kind, by register of the sources (evaluate.ts soleFlagPrecision: where a kind is weak evidence). `unverified` counts as a detection (the gate's pass rate counts
 * only `grounded` answers); each line also prints the share of `unverified` verdicts and "BA strict", the balanced accuracy when
 * only `ungrounded` counts (a gate that lets `unverified` pass). With `--tune [--tune-on NAME,...]` it also runs the
 * threshold grid search on those dev splits only (default SummEdits sales; precision of `ungrounded`
 * >= 0.90) and reports the tuned point on every test split. `--set k=v,...` tries other thresholds;
 * `--verbose` lists the dev errors (never the test split's). Exits 1 when the shipped defaults miss the enforced target (SummEdits
 * sales test split: balanced accuracy >= 0.78 and precision of `ungrounded` >= 0.95); the goals of the
 * other corpora (issue 20) are printed with "met" / "NOT met", not enforced.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseCase } from '../src/grounding/input.js';
import {
  CORPORA,
  metrics,
  naiveVerdicts,
  parseCorpus,
  rowSplit,
  soleFlagPrecision,
  tune,
  verdictsFor,
  type CorpusSpec,
  type LabelledCase,
  type Metrics,
} from '../src/grounding/evaluate.js';
import { DEFAULT_THRESHOLDS, type Thresholds } from '../src/grounding/types.js';
import { checkAnswer } from '../src/grounding/check.js';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    json: { type: 'string' },
    tune: { type: 'boolean', default: false },
    only: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    set: { type: 'string' },
    'tune-on': { type: 'string', default: 'summedits-sales' },
  },
});
const root = resolve(import.meta.dirname, '..');
const dir = resolve(values.corpus ?? join(root, 'corpora/grounding'));
// --set k=v,...: try other thresholds (explore on the dev splits; the shipped ones are DEFAULT_THRESHOLDS)
const TH: Thresholds = { ...DEFAULT_THRESHOLDS };
for (const kv of values.set ? values.set.split(',') : []) {
  const [k, v] = kv.split('=');
  (TH as unknown as Record<string, unknown>)[k] = v === 'true' ? true : v === 'false' ? false : Number(v);
}
const only = values.only ? new Set(values.only.split(',')) : undefined;

/** Balanced-accuracy goals per corpus on the test split (issue 20), printed next to the figures. */
const GOAL: Record<string, { ba: number; precision: number; enforced: boolean }> = {
  'summedits-sales': { ba: 0.78, precision: 0.95, enforced: true },
  'summedits-qmsum': { ba: 0.7, precision: 0.9, enforced: false },
  faithdial: { ba: 0.8, precision: 0.9, enforced: false },
  dialfact: { ba: 0.8, precision: 0.9, enforced: false },
  scifact: { ba: 0.75, precision: 0.9, enforced: false },
  handwritten: { ba: 0.8, precision: 0.9, enforced: false },
  'qa-passages': { ba: 0.87, precision: 0.9, enforced: false },
};

const fmt = (x: number) => (Number.isNaN(x) ? 'n/a' : x.toFixed(3));
const line = (name: string, m: Metrics) =>
  `  ${name.padEnd(6)} n=${String(m.n).padStart(4)} (${String(m.supported).padStart(3)} supported)  BA ${fmt(m.balancedAccuracy)}  ` +
  `recall sup ${fmt(m.recallSupported)}  recall unsup ${fmt(m.recallUnsupported)}  precision(ungrounded) ${fmt(m.precisionUngrounded)} ` +
  `[${m.ungrounded} ungrounded, ${m.unverified} unverified = ${fmt(m.unverifiedRate)}]  BA strict ${fmt(m.balancedAccuracyStrict)}`;
const show = (t: Thresholds) => JSON.stringify(t, (_k, v) => (v === Infinity ? 'Infinity' : v));
const gold = (rs: LabelledCase[]) => rs.map((r) => r.supported);

const sets: { spec: CorpusSpec; dev: LabelledCase[]; test: LabelledCase[] }[] = [];
for (const spec of CORPORA) {
  if (only && !only.has(spec.name)) continue;
  const file = join(dir, spec.file);
  if (!existsSync(file)) {
    console.log(`${spec.name}: ${file} missing, skipped`);
    continue;
  }
  const rows = parseCorpus(readFileSync(file, 'utf8'), spec, parseCase);
  sets.push({ spec, dev: rows.filter((r) => rowSplit(r) === 'dev'), test: rows.filter((r) => rowSplit(r) === 'test') });
}

console.log(`corpora: ${dir}`);
console.log(`thresholds: ${show(TH)}${values.set ? ' (NOT the shipped defaults)' : ' (shipped defaults)'}`);
const results: Record<
  string,
  {
    style: string;
    dev: Metrics;
    test: Metrics;
    naiveTest: Metrics;
    tunedTest?: Metrics;
    flags: Record<string, { supported: number; unsupported: number }>;
  }
> = {};
let ok = true;
const started = performance.now();
for (const { spec, dev, test } of sets) {
  const dm = metrics(verdictsFor(dev, TH), gold(dev));
  // --verbose: the dev split's errors (never the test split's: tune on dev only)
  if (values.verbose) {
    for (const r of dev) {
      const a = checkAnswer(r.case, TH);
      const wrong = (a.verdict === 'ungrounded' && r.supported) || (a.verdict === 'grounded' && !r.supported);
      if (wrong)
        console.log(
          `    dev false ${a.verdict} ${a.id}: ${a.claims.flatMap((c) => c.flags.map((f) => `${f.name}: ${f.detail}`)).join('; ') || r.case.answer.slice(0, 200)}`,
        );
    }
  }
  // which strong flag kinds are precise in which register, measured on the dev split (where a kind is weak evidence)
  const sole = soleFlagPrecision(
    dev,
    dev.map((r) => checkAnswer(r.case, TH)),
  );
  const soleLine = Object.entries(sole)
    .filter(([, v]) => Object.keys(v).length)
    .map(
      ([reg, v]) =>
        `${reg}: ${Object.entries(v)
          .map(([n, x]) => `${n} ${x.right}/${x.wrong}`)
          .join(', ')}`,
    )
    .join('; ');
  const answers = test.map((r) => checkAnswer(r.case, TH));
  const tm = metrics(
    answers.map((a) => a.verdict),
    gold(test),
  );
  const flags: Record<string, { supported: number; unsupported: number }> = {};
  answers.forEach((a, i) => {
    for (const n of new Set(a.claims.flatMap((c) => c.flags.map((f) => f.name)))) {
      flags[n] ??= { supported: 0, unsupported: 0 };
      flags[n][test[i].supported ? 'supported' : 'unsupported']++;
    }
  });
  const goal = GOAL[spec.name];
  const met = !goal || (tm.balancedAccuracy >= goal.ba && (tm.ungrounded === 0 || tm.precisionUngrounded >= goal.precision));
  if (goal?.enforced && !met) ok = false;
  console.log(`${spec.name}: ${spec.style} (${spec.file})`);
  console.log(line('dev', dm));
  console.log(
    line('TEST', tm) +
      (goal
        ? `  goal BA >= ${goal.ba}, precision >= ${goal.precision}: ${met ? 'met' : 'NOT met'}${goal.enforced ? ' (enforced)' : ''}`
        : ''),
  );
  // the naive floor (a content word of 3+ letters in neither the sources nor the question; evaluate.ts naiveVerdicts)
  const naive = metrics(naiveVerdicts(test), gold(test));
  console.log(`  naive floor on test: BA ${fmt(naive.balancedAccuracy)}, precision(ungrounded) ${fmt(naive.precisionUngrounded)}`);
  console.log(
    `  flags on test (unsupported / supported rows): ${
      Object.entries(flags)
        .sort((a, b) => b[1].unsupported - a[1].unsupported)
        .map(([n, st]) => `${n} ${st.unsupported}/${st.supported}`)
        .join(', ') || '-'
    }`,
  );
  console.log(`  sole strong flag of ungrounded dev answers, by register (right / wrong): ${soleLine || '-'}`);
  results[spec.name] = { style: spec.style, dev: dm, test: tm, naiveTest: naive, flags };
}
console.log(`evaluated in ${((performance.now() - started) / 1000).toFixed(1)} s`);

if (values.tune) {
  // the grid search runs on the dev splits named by --tune-on (default: SummEdits sales, where the
  // precision floor of 0.90 is reachable; on the union of all dev splits it is not)
  const on = new Set((values['tune-on'] ?? '').split(','));
  const dev = sets.filter((s) => on.has(s.spec.name)).flatMap((s) => s.dev);
  const t0 = performance.now();
  try {
    const tuned = tune(dev);
    console.log(
      `tuned on the dev splits of ${[...on].join(', ')} (${dev.length} rows) in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${show(tuned.thresholds)}`,
    );
    console.log(line('dev', tuned.dev));
    for (const { spec, test } of sets) {
      const m = metrics(verdictsFor(test, tuned.thresholds), gold(test));
      results[spec.name].tunedTest = m;
      console.log(`${spec.name} tuned:`);
      console.log(line('TEST', m));
    }
  } catch (e) {
    console.log(`tuning on ${[...on].join(', ')}: ${(e as Error).message}`);
    ok = false;
  }
}
console.log(`enforced target (SummEdits sales test: BA >= 0.78 and precision >= 0.95): ${ok ? 'met' : 'NOT met'}`);
if (values.json)
  writeFileSync(
    values.json,
    JSON.stringify({ thresholds: DEFAULT_THRESHOLDS, results }, (_k, v) => (v === Infinity ? 'Infinity' : v), 2) + '\n',
  );
process.exitCode = ok ? 0 : 1;
