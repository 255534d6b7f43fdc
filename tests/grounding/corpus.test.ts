/**
 * Against the labelled reference: SummEdits sales domains (Laban et al., 2023), held-out test split
 * (even document numbers; thresholds were tuned on the odd ones). Targets from issue 7.
 * The corpus is part of the repository (corpora/grounding): when it is missing these tests FAIL.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCase } from '../../src/grounding/input.js';
import {
  CORPORA,
  metrics,
  naiveVerdicts,
  parseCorpus,
  rowSplit,
  splitOf,
  verdictsFor,
  type LabelledCase,
} from '../../src/grounding/evaluate.js';
import { DEFAULT_THRESHOLDS } from '../../src/grounding/types.js';
import { repoRoot } from '../harness/runner.js';

const file = join(repoRoot, 'corpora/grounding/summedits_sales.jsonl');

/** The labelled rows of a SummEdits JSONL file (throws when it is missing or empty). */
function loadCorpus(path: string): LabelledCase[] {
  const rows = readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l, i) => {
      const r = JSON.parse(l) as { id: string; doc_id: string; context: string; claim: string; label: string };
      return {
        case: parseCase({ id: r.id, context: r.context, claim: r.claim }, path, i + 1),
        supported: r.label === 'supported',
        docId: r.doc_id,
      };
    });
  if (!rows.length) throw new Error(`${path}: no labelled case`);
  return rows;
}

describe('SummEdits sales corpus', () => {
  // read in the tests, not at collection: a missing corpus is a failing test, not a broken file
  let cached: LabelledCase[] | undefined;
  const rows = () => (cached ??= loadCorpus(file));

  it('splits by document: no document in both splits, both labels in both', () => {
    const dev = new Set(
      rows()
        .filter((r) => splitOf(r.docId) === 'dev')
        .map((r) => r.docId),
    );
    const test = new Set(
      rows()
        .filter((r) => splitOf(r.docId) === 'test')
        .map((r) => r.docId),
    );
    expect([...dev].filter((d) => test.has(d))).toEqual([]);
    expect(dev.size + test.size).toBe(39);
  });

  it('meets the targets on the held-out test split with the shipped thresholds', () => {
    const test = rows().filter((r) => splitOf(r.docId) === 'test');
    const m = metrics(
      verdictsFor(test, DEFAULT_THRESHOLDS),
      test.map((r) => r.supported),
    );
    expect(m.n).toBe(510);
    // issue 20: the SummEdits figures stay where they were (0.784 / 0.995) while the checker generalizes
    expect(m.balancedAccuracy).toBeGreaterThanOrEqual(0.78);
    expect(m.precisionUngrounded).toBeGreaterThanOrEqual(0.95);
  });
});

describe('the corpus oracle fails when removed', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'mc-grounding-corpus-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  it('a missing corpus file is an error, not an empty pass', () => {
    expect(() => loadCorpus(join(tmp, 'summedits_sales.jsonl'))).toThrow(/ENOENT/);
  });
});

describe('metrics', () => {
  it('balanced accuracy counts unverified as not grounded', () => {
    const m = metrics(['grounded', 'unverified', 'ungrounded', 'grounded'], [true, false, false, false]);
    expect(m.recallSupported).toBe(1);
    expect(m.recallUnsupported).toBeCloseTo(2 / 3);
    expect(m.balancedAccuracy).toBeCloseTo(5 / 6);
    expect(m.precisionUngrounded).toBe(1);
  });

  it('the naive floor flags an answer with a content word of 3+ letters in neither the sources nor the question', () => {
    const row = (answer: string, question?: string): LabelledCase => ({
      case: parseCase({ id: 'n', context: 'The bridge opened in 1932 and spans the harbour.', question, claim: answer }, 'naive.jsonl', 1),
      supported: true,
      docId: 'n',
    });
    expect(
      naiveVerdicts([
        row('The bridge opened in 1932.'), // every word in the source
        row('The bridge opened in 1932 in Sydney.'), // "Sydney" nowhere
        row('The bridge opened in 1932 in Sydney.', 'When did the Sydney bridge open?'), // the question names it
        row('It is so.'), // stop words and short words only
        row('The bridge opened in 1933.'), // a number is not a word of 3+ letters: the floor misses it
      ]),
    ).toEqual(['grounded', 'ungrounded', 'grounded', 'grounded', 'grounded']);
  });
});

const hwFile = join(repoRoot, 'corpora/grounding/handwritten_qa_techdocs.jsonl');
describe('hand-written QA / technical-docs set (issue 20)', () => {
  const spec = CORPORA.find((c) => c.name === 'handwritten');
  const rows = spec ? parseCorpus(readFileSync(hwFile, 'utf8'), spec, parseCase) : [];
  it('no document in both splits; the held-out test split reaches balanced accuracy 0.80 with the shipped thresholds', () => {
    const docs = (split: string) => new Set(rows.filter((r) => rowSplit(r) === split).map((r) => r.case.contexts[0].id));
    expect([...docs('dev')].filter((d) => docs('test').has(d))).toEqual([]);
    const test = rows.filter((r) => rowSplit(r) === 'test');
    const m = metrics(
      verdictsFor(test, DEFAULT_THRESHOLDS),
      test.map((r) => r.supported),
    );
    expect(m.n).toBe(41);
    expect(m.balancedAccuracy).toBeGreaterThanOrEqual(0.8);
    expect(m.precisionUngrounded).toBeGreaterThanOrEqual(0.85);
  });
});
