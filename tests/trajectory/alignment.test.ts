/**
 * Issue 19, item 15: strict mode expanded `repeat.max` into the alignment rows (800 actual steps and
 * `repeat.max: 100` took 53 s and 14.2 GB). The alignment now runs over golden steps with repeat
 * counts; its results must equal the old expanded algorithm (tests/trajectory/legacy/compare.ts) on
 * small cases, and the attack must finish within the bounds or exit 2. Property runs are seeded.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignRepeats, alignSequence } from '../../src/trajectory/assign.js';
import { compareTrajectory, MAX_ALIGN_WORK, MAX_PAIRS } from '../../src/trajectory/compare.js';
import { ORDERING_MODES, parseGoldenYaml } from '../../src/trajectory/golden.js';
import { compareTrajectory as legacyCompare } from './legacy/compare.js';
import { traj } from './helpers.js';

const SEED = 19_015;

const stepArb = fc.record({
  tool: fc.constantFrom('a', 'b'),
  x: fc.constantFrom(0, 1),
  kind: fc.constantFrom('one', 'optional', 'repeat'),
  min: fc.integer({ min: 0, max: 3 }),
  max: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
});

function goldenYaml(
  mode: string,
  allowExtra: boolean,
  steps: { tool: string; x: number; kind: string; min: number; max?: number }[],
): string {
  const lines = [`id: p`, `mode: ${mode}`, `allow_extra: ${allowExtra}`, 'steps:'];
  for (const s of steps) {
    lines.push(`  - action: ${s.tool}`, `    action_input: { x: ${s.x} }`);
    if (s.kind === 'optional') lines.push('    optional: true');
    if (s.kind === 'repeat') {
      const max = s.max === undefined ? undefined : Math.max(s.max, s.min, 1);
      lines.push(`    repeat: { min: ${s.min}${max !== undefined ? `, max: ${max}` : ''} }`);
    }
  }
  return lines.join('\n') + '\n';
}

describe('bounded alignment equals the expanded one on small cases', () => {
  it('alignRepeats has the cost of alignSequence over the expanded copies, with the exact and the general traceback (random pair tables)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ min: fc.integer({ min: 0, max: 3 }), max: fc.option(fc.integer({ min: 1, max: 4 }), { nil: Infinity }) }), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom(0, 1),
        fc.infiniteStream(fc.constantFrom<0 | 1 | 2>(0, 1, 2)),
        (rows0, n, colSkip, stream) => {
          const rows = rows0.map((r) => ({ min: r.min, max: Math.max(r.max, r.min, 1) }));
          const it = stream[Symbol.iterator]();
          const P = rows.map(() => Array.from({ length: n }, () => it.next().value as 0 | 1 | 2));
          const copyStep: number[] = [];
          const req: number[] = [];
          rows.forEach((r, g) => {
            for (let c = 0; c < Math.max(r.min, Math.min(r.max, n)); c++) {
              copyStep.push(g);
              req.push(c < r.min ? 1 : 0);
            }
          });
          const old = alignSequence(copyStep.length, n, (r, c) => P[copyStep[r]][c], req, colSkip);
          for (const exact of [true, false]) {
            const neu = alignRepeats(rows, n, (g, c) => P[g][c], colSkip, 1, { exact });
            expect(neu.cost).toBe(old.cost);
            // the assignment is valid and has that cost
            let cost = 0;
            let last = -1;
            const used = new Set<number>();
            neu.steps.forEach((s, g) => {
              expect(s.taken.length).toBeLessThanOrEqual(Math.max(rows[g].min, Math.min(rows[g].max, n)));
              for (const t of s.taken) {
                expect(t.col).toBeGreaterThan(last);
                last = t.col;
                used.add(t.col);
                expect(P[g][t.col]).not.toBe(2);
                cost += P[g][t.col];
              }
              cost += Math.max(0, rows[g].min - s.taken.length);
            });
            expect(cost + (n - used.size) * colSkip).toBe(neu.cost);
          }
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('compareTrajectory gives the same verdict and per-step statuses as the expanded algorithm, in every mode', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ORDERING_MODES),
        fc.boolean(),
        fc.array(stepArb, { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.constantFrom(0, 1)), { maxLength: 6 }),
        (mode, allowExtra, steps, actual) => {
          const g = parseGoldenYaml(goldenYaml(mode, allowExtra, steps), 'golden.yaml');
          const t = traj(actual.map(([tool, x]) => [tool, { x }]));
          const neu = compareTrajectory(g, t);
          const old = legacyCompare(g, t);
          expect(neu.match).toBe(old.match);
          expect(neu.steps.map((s) => s.status)).toEqual(old.steps.map((s) => s.status));
          expect(neu.unexpected.length + neu.extra_steps.length).toBe(old.unexpected.length + old.extra_steps.length);
          expect(neu).toEqual(old); // the same report, ties included
        },
      ),
      { seed: SEED, numRuns: Number(process.env.ALIGN_RUNS ?? 300) },
    );
  });
});

describe('the repeat attack is bounded', () => {
  const attackGolden = (steps: number, max: number, min = 1) =>
    parseGoldenYaml(
      [
        'id: atk',
        'mode: strict',
        'steps:',
        ...Array.from(
          { length: steps },
          (_, i) => `  - { action: t${i % 2}, action_input: { i: 1 }, repeat: { min: ${min}, max: ${max} } }`,
        ),
      ].join('\n') + '\n',
      'atk.yaml',
    );
  const attackTrajectory = (n: number) =>
    traj(Array.from({ length: n }, (_, i) => [`t${i % 3 === 0 ? 0 : 1}`, { i: i % 5 === 0 ? 2 : 1 }]));

  it('800 actual steps against a golden step with repeat.max 100 is judged, drifted, by the repeat-aware alignment', () => {
    const r = compareTrajectory(attackGolden(1, 100), attackTrajectory(800));
    expect(r.match).toBe(false);
    expect(r.steps[0].actual_indices.length).toBeLessThanOrEqual(100);
  });

  it('100 golden steps with repeat.max 100 against 800 actual steps is judged (10,000 copies never expanded)', () => {
    const r = compareTrajectory(attackGolden(100, 100), attackTrajectory(800));
    expect(r.match).toBe(false);
  });

  it('beyond the work bound: exit 2 naming the golden and the bound, before any work', () => {
    // 800 golden steps with repeat.max 100 against 800 actual steps: 65 million cells
    const g = attackGolden(800, 100);
    expect(() => compareTrajectory(g, attackTrajectory(800))).toThrow(
      /atk\.yaml: steps: expected an ordered alignment of at most 30,000,000 cells .*found 65,\d{3},\d{3} against actual\.json.*lower repeat\.max or use mode unordered/,
    );
    const huge = parseGoldenYaml(
      ['id: h', 'steps:', ...Array.from({ length: 2001 }, () => '  - { action: t0 }')].join('\n') + '\n',
      'h.yaml',
    );
    expect(() => compareTrajectory(huge, attackTrajectory(1000))).toThrow(
      new RegExp(`h\\.yaml: steps: expected at most ${MAX_PAIRS.toLocaleString('en-US')} golden step x actual step pairs`),
    );
    const unordered = parseGoldenYaml(
      ['id: u', 'mode: unordered', 'steps:', ...Array.from({ length: 400 }, () => '  - { action: t0, repeat: { max: 1000 } }')].join('\n') +
        '\n',
      'u.yaml',
    );
    expect(() => compareTrajectory(unordered, attackTrajectory(1000))).toThrow(/u\.yaml: steps: expected a matching of at most/);
    expect(MAX_ALIGN_WORK).toBe(30_000_000);
  });

  it('a repeat.min far above the trajectory length is missing, quickly (no copies per unit of min)', () => {
    const g = parseGoldenYaml('id: m\nsteps:\n  - { action: t0, repeat: { min: 1000000000 } }\n', 'm.yaml');
    for (const mode of ['strict', 'unordered'] as const) {
      const r = compareTrajectory({ ...g, mode }, attackTrajectory(50));
      expect(r.steps[0].status).not.toBe('matched');
      expect(r.match).toBe(false);
    }
  });
});

describe('--compat agentevals is bounded too', () => {
  it('reference x output tool calls beyond the pair bound are exit 2 before the greedy search', async () => {
    const { mkdtempSync, writeFileSync, mkdirSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { runGoldens } = await import('../../src/trajectory/run.js');
    const d = mkdtempSync(join(tmpdir(), 'mc-compat-'));
    mkdirSync(join(d, 'ref'));
    mkdirSync(join(d, 'runs'));
    const run = (n: number) =>
      JSON.stringify(
        Array.from({ length: n }, (_, i) => ({
          role: 'assistant',
          content: null,
          tool_calls: [{ id: `c${i}`, type: 'function', function: { name: 't', arguments: '{}' } }],
        })),
      );
    writeFileSync(join(d, 'ref', 'a.json'), run(1500));
    writeFileSync(join(d, 'runs', 'a.json'), run(1500));
    await expect(
      runGoldens({ golden: 'ref/a.json', trajectory: 'runs/a.json', cwd: d, compat: 'agentevals', mode: 'unordered' }),
    ).rejects.toThrow(
      /ref\/a\.json: steps: expected at most 2,000,000 reference x output tool call pairs under --compat agentevals \(found 2,250,000/,
    );
    writeFileSync(join(d, 'ref', 'a.json'), run(100));
    writeFileSync(join(d, 'runs', 'a.json'), run(100));
    expect(
      (await runGoldens({ golden: 'ref/a.json', trajectory: 'runs/a.json', cwd: d, compat: 'agentevals', mode: 'unordered' })).report.match,
    ).toBe(true);
  });
});
