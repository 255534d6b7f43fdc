/**
 * Evaluation of the grounding checker on the labelled corpora of corpora/grounding (SummEdits sales
 * and QMSum, FaithDial, DialFact, SciFact, the project's hand-written QA / technical-docs set and its
 * QA-over-knowledge-passage set): the fixed dev/test splits, the metrics and the threshold search. Used by scripts/eval-grounding.ts
 * (`npm run eval:grounding`).
 *
 * Splits (fixed, by source document, never by row: rows sharing a document are not independent):
 * SummEdits sales rows whose `doc_id` ends in an odd document number (`sales_email-doc01`, ...) are
 * dev, even ones held-out test; the other corpora carry their own `split`. Thresholds are chosen on
 * the dev splits only.
 */
import { checkAnswer, claimVerdict, coverageWeakness } from './check.js';
import { analyze } from './nlp.js';
import { transcriptRegister } from './register.js';
import { DEFAULT_THRESHOLDS, HIGH_PRECISION_FLAGS, type AnswerResult, type GroundingCase, type Thresholds, type Verdict } from './types.js';

/** A labelled row: a case plus its gold label. */
export interface LabelledCase {
  case: GroundingCase;
  /** gold: true when every statement is supported by the source */
  supported: boolean;
  docId: string;
  /** the split the corpus assigns (case-format corpora); SummEdits sales rows use {@link splitOf} */
  split?: 'dev' | 'test';
}

/** A labelled corpus of corpora/grounding and the style of text it measures. */
export interface CorpusSpec {
  name: string;
  file: string;
  /** what kind of answers it holds */
  style: string;
  /** `summedits`: {context, claim, label: supported|unsupported, doc_id} split by {@link splitOf}; `cases`: the case format with `label` grounded|ungrounded and `split` */
  format: 'summedits' | 'cases';
}

/** Every labelled corpus, SummEdits sales first (see corpora/grounding/README.md). */
export const CORPORA: readonly CorpusSpec[] = [
  { name: 'summedits-sales', file: 'summedits_sales.jsonl', style: 'summaries of sales e-mails and calls', format: 'summedits' },
  { name: 'summedits-qmsum', file: 'summedits_qmsum.jsonl', style: 'summaries of meeting transcripts', format: 'cases' },
  { name: 'faithdial', file: 'faithdial_audit_gold.jsonl', style: 'dialogue responses vs a knowledge snippet', format: 'cases' },
  { name: 'dialfact', file: 'dialfact_sample.jsonl', style: 'dialogue claims vs Wikipedia evidence', format: 'cases' },
  { name: 'scifact', file: 'scifact_rationales.jsonl', style: 'scientific claims vs the cited abstract', format: 'cases' },
  {
    name: 'qa-passages',
    file: 'qa_knowledge_passages.jsonl',
    style: 'short answers to questions over a knowledge passage (HaluEval-QA style, hand-written by the project)',
    format: 'cases',
  },
  {
    name: 'handwritten',
    file: 'handwritten_qa_techdocs.jsonl',
    style: 'QA over technical docs (hand-written by the project)',
    format: 'cases',
  },
];

/**
 * Parses the JSONL text of a corpus into labelled rows with their split.
 * @param parse the case parser (input.ts parseCase), passed in to keep this module free of I/O.
 * @throws Error naming the file and line for a row without a label or split.
 */
export function parseCorpus(
  text: string,
  spec: CorpusSpec,
  parse: (obj: unknown, file: string, line: number) => GroundingCase,
): LabelledCase[] {
  const out: LabelledCase[] = [];
  text.split('\n').forEach((l, i) => {
    if (!l.trim()) return;
    const r = JSON.parse(l) as Record<string, unknown>;
    if (spec.format === 'summedits') {
      out.push({
        case: parse({ id: r.id, context: r.context, claim: r.claim }, spec.file, i + 1),
        supported: r.label === 'supported',
        docId: String(r.doc_id),
      });
      return;
    }
    if ((r.label !== 'grounded' && r.label !== 'ungrounded') || (r.split !== 'dev' && r.split !== 'test'))
      throw new Error(`${spec.file}:${i + 1}: expected label grounded|ungrounded and split dev|test`);
    const { label, split, source: _source, ...c } = r;
    out.push({ case: parse(c, spec.file, i + 1), supported: label === 'grounded', docId: String(r.id), split });
  });
  return out;
}

/** The split of a row: the corpus's own, else by document ({@link splitOf}). */
export const rowSplit = (r: LabelledCase): 'dev' | 'test' => r.split ?? splitOf(r.docId);

/** Which split a document belongs to: odd document number = dev, even = test. */
export function splitOf(docId: string): 'dev' | 'test' {
  const m = /(\d+)$/.exec(docId);
  if (!m) throw new Error(`doc_id without a trailing number: ${docId}`);
  return Number(m[1]) % 2 === 1 ? 'dev' : 'test';
}

/**
 * Metrics of verdicts against gold labels. "Not grounded" = `ungrounded` or `unverified` (as in the gate, whose pass
 * rate counts only `grounded` answers unless the judge lifts `unverified`); {@link Metrics.balancedAccuracyStrict} and
 * {@link Metrics.unverifiedRate} show how much of the balanced accuracy rests on `unverified`.
 */
export interface Metrics {
  n: number;
  supported: number;
  unsupported: number;
  /** mean of recall on supported rows (verdict grounded) and on unsupported rows (verdict not grounded) */
  balancedAccuracy: number;
  /** recall of `grounded` on supported rows */
  recallSupported: number;
  /** recall of "not grounded" on unsupported rows */
  recallUnsupported: number;
  /** share of `ungrounded` verdicts that are on unsupported rows (NaN when there are none) */
  precisionUngrounded: number;
  ungrounded: number;
  unverified: number;
  /** share of unsupported rows with an `ungrounded` verdict */
  recallUngrounded: number;
  /** share of all rows with an `unverified` verdict (a weak signal that a gate may not block on) */
  unverifiedRate: number;
  /**
   * balanced accuracy when only `ungrounded` counts as a detection (`unverified` read as grounded): the lower
   * bound, for a gate that blocks on `ungrounded` only
   */
  balancedAccuracyStrict: number;
}

/** Computes {@link Metrics} for parallel arrays of verdicts and gold labels. */
export function metrics(verdicts: Verdict[], gold: boolean[]): Metrics {
  let tp = 0; // supported & grounded
  let tn = 0; // unsupported & not grounded
  let ug = 0;
  let ugCorrect = 0;
  let uv = 0;
  let tpStrict = 0;
  const sup = gold.filter(Boolean).length;
  const uns = gold.length - sup;
  verdicts.forEach((v, i) => {
    if (gold[i] && v === 'grounded') tp++;
    if (gold[i] && v !== 'ungrounded') tpStrict++;
    if (!gold[i] && v !== 'grounded') tn++;
    if (v === 'ungrounded') {
      ug++;
      if (!gold[i]) ugCorrect++;
    }
    if (v === 'unverified') uv++;
  });
  const recallSupported = sup ? tp / sup : NaN;
  const recallUnsupported = uns ? tn / uns : NaN;
  return {
    n: gold.length,
    supported: sup,
    unsupported: uns,
    balancedAccuracy: (recallSupported + recallUnsupported) / 2,
    recallSupported,
    recallUnsupported,
    precisionUngrounded: ug ? ugCorrect / ug : NaN,
    ungrounded: ug,
    unverified: uv,
    recallUngrounded: uns ? ugCorrect / uns : NaN,
    unverifiedRate: gold.length ? uv / gold.length : NaN,
    balancedAccuracyStrict: sup && uns ? (tpStrict / sup + ugCorrect / uns) / 2 : NaN,
  };
}

/** Runs the checker over labelled cases with given thresholds; returns the answer verdicts. */
export function verdictsFor(rows: LabelledCase[], th: Thresholds): Verdict[] {
  return rows.map((r) => checkAnswer(r.case, th).verdict);
}

/**
 * The naive floor issue 20 measures against: "flag any content word of 3+ letters found in neither the context nor the
 * question". An answer is `ungrounded` when one of its words (wink tokens: `content`, at least three letters) is, in
 * lower case, a word of no context and not of the question; else `grounded`. A reference to beat, not a checker.
 */
export function naiveVerdicts(rows: LabelledCase[]): Verdict[] {
  return rows.map((r) => {
    const known = new Set<string>();
    for (const text of [...r.case.contexts.map((c) => c.text), r.case.question ?? ''])
      for (const s of analyze(text).sentences) for (const t of s.tokens) known.add(t.lower);
    const novel = analyze(r.case.answer).sentences.some((s) =>
      s.tokens.some((t) => t.content && t.type === 'word' && /^\p{L}{3,}$/u.test(t.lower) && !known.has(t.lower)),
    );
    return novel ? 'ungrounded' : 'grounded';
  });
}

/** The search space of the threshold tuning (a grid; the first best point in grid order wins). */
export const GRID = {
  minCoverage: [0, 0.4, 0.5, 0.6, 0.7],
  maxNovelWords: [Infinity, 12, 10, 8, 6, 5, 4],
  negationScopeOverlap: [1, 0.67, 0.5],
  negationStrict: [true, false],
  antonymWindow: [1, 2, 3, 5, 1000],
  initialNames: [false, true],
  minAnchor: [0, 0.3, 0.4, 0.5, 0.6],
};

/**
 * Grid search on the dev rows: maximizes balanced accuracy subject to precision of `ungrounded`
 * at least `minPrecision`. Among the points within `tolerance` of the best balanced accuracy, the
 * most cautious wins: the highest `minCoverage`, then the lowest `maxNovelWords` (so that answers
 * sharing little with their sources stay `unverified`), then the earlier grid point.
 */
export function tune(dev: LabelledCase[], minPrecision = 0.9, tolerance = 0.005): { thresholds: Thresholds; dev: Metrics } {
  const points: { thresholds: Thresholds; dev: Metrics }[] = [];
  const gold = dev.map((r) => r.supported);
  for (const negationScopeOverlap of GRID.negationScopeOverlap)
    for (const negationStrict of GRID.negationStrict)
      for (const antonymWindow of GRID.antonymWindow)
        for (const initialNames of GRID.initialNames) {
          // coverage and novelty only add `unverified`: evaluate them on the claim results directly
          const base = dev.map((r) =>
            checkAnswer(r.case, {
              minCoverage: 0,
              maxNovelWords: Infinity,
              negationScopeOverlap,
              negationStrict,
              antonymWindow,
              initialNames,
              minAnchor: 0,
              shortClaimWords: 0,
              shortAnswerWords: DEFAULT_THRESHOLDS.shortAnswerWords,
            }),
          );
          for (const minAnchor of GRID.minAnchor)
            for (const minCoverage of GRID.minCoverage)
              for (const maxNovelWords of GRID.maxNovelWords) {
                const verdicts = base.map((a): Verdict => {
                  let v: Verdict = 'grounded';
                  for (const c of a.claims) {
                    const flags = c.flags.filter((f) => f.name !== 'low-coverage' && f.name !== 'novel-content');
                    const w8 = coverageWeakness(c.coverage, c.novelWords, c.technicalSource === true, { minCoverage, maxNovelWords });
                    const weak = !c.abstention && (w8.lowCoverage || w8.novelContent);
                    const cv = weak && !flags.length ? 'unverified' : claimVerdict(flags, c.coverage, { minAnchor });
                    const w = weak && cv === 'grounded' ? 'unverified' : cv;
                    if (w === 'ungrounded') v = 'ungrounded';
                    else if (w === 'unverified' && v === 'grounded') v = 'unverified';
                  }
                  return v;
                });
                const m = metrics(verdicts, gold);
                if (m.precisionUngrounded >= minPrecision)
                  points.push({
                    thresholds: {
                      minCoverage,
                      maxNovelWords,
                      negationScopeOverlap,
                      negationStrict,
                      antonymWindow,
                      initialNames,
                      minAnchor,
                      shortClaimWords: DEFAULT_THRESHOLDS.shortClaimWords,
                      shortAnswerWords: DEFAULT_THRESHOLDS.shortAnswerWords,
                    },
                    dev: m,
                  });
              }
        }
  if (!points.length) throw new Error('no threshold setting reaches the precision floor on dev');
  const top = Math.max(...points.map((p) => p.dev.balancedAccuracy));
  const near = points.filter((p) => p.dev.balancedAccuracy >= top - tolerance);
  // stable sort keeps grid order among equals
  near.sort((a, b) => b.thresholds.minCoverage - a.thresholds.minCoverage || a.thresholds.maxNovelWords - b.thresholds.maxNovelWords);
  return near[0];
}

/** The register of a case's cited sources, for measuring which flags are precise where (issue 20). */
export type SourceRegister = 'scientific' | 'dialogue' | 'transcript' | 'document';

/**
 * The register of a checked case: `scientific` when a claim was checked against scientific prose (symbol-dense or a
 * research report; claims.ts scientificSource), else `dialogue` when the case has a question or previous turn, else
 * `transcript` when a context is a transcript (register.ts transcriptRegister), else `document`.
 */
export function sourceRegister(c: GroundingCase, a: AnswerResult): SourceRegister {
  if (a.claims.some((x) => x.technicalSource)) return 'scientific';
  if (c.question) return 'dialogue';
  return c.contexts.some((ctx) => transcriptRegister(ctx)) ? 'transcript' : 'document';
}

/**
 * Precision of each strong flag kind where it is the only kind of strong flag of an `ungrounded` answer, per register:
 * `{register: {flag: {right, wrong}}}` (right = the row is unsupported). Answers with two or more kinds count under
 * `several`. For the dev splits only: it decides where a kind is weak evidence.
 */
export function soleFlagPrecision(
  rows: readonly LabelledCase[],
  answers: readonly AnswerResult[],
): Record<SourceRegister, Record<string, { right: number; wrong: number }>> {
  const out: Record<SourceRegister, Record<string, { right: number; wrong: number }>> = {
    scientific: {},
    dialogue: {},
    transcript: {},
    document: {},
  };
  answers.forEach((a, i) => {
    if (a.verdict !== 'ungrounded') return;
    const kinds = new Set<string>();
    for (const c of a.claims)
      if (c.verdict === 'ungrounded') for (const f of c.flags) if (HIGH_PRECISION_FLAGS.has(f.name) && !f.weak) kinds.add(f.name);
    const key = kinds.size === 1 ? [...kinds][0] : 'several';
    const slot = (out[sourceRegister(rows[i].case, a)][key] ??= { right: 0, wrong: 0 });
    if (rows[i].supported) slot.wrong++;
    else slot.right++;
  });
  return out;
}
