import { describe, expect, it } from 'vitest';
import { compareTrajectory } from '../../src/trajectory/compare.js';
import type { OrderingMode } from '../../src/trajectory/golden.js';
import { golden, traj } from './helpers.js';

const steps = (...names: string[]) => names.map((n) => `  - action: ${n}\n`).join('');
const run = (mode: OrderingMode, g: string[], a: string[], extra = '') =>
  compareTrajectory(golden(`id: t\nmode: ${mode}\n${extra}steps:\n${steps(...g)}`), traj(a.map((n) => [n, {}])));

describe('ordering modes', () => {
  it('strict: same steps in the same order, nothing more', () => {
    expect(run('strict', ['a', 'b', 'c'], ['a', 'b', 'c']).match).toBe(true);
    expect(run('strict', ['a', 'b', 'c'], ['a', 'c', 'b']).match).toBe(false);
    expect(run('strict', ['a', 'b'], ['a', 'b', 'c']).match).toBe(false);
    expect(run('strict', ['a', 'b', 'c'], ['a', 'b']).match).toBe(false);
  });
  it('in_order: golden as an ordered subsequence; extra steps allowed unless allow_extra: false', () => {
    expect(run('in_order', ['a', 'c'], ['a', 'x', 'c', 'y']).match).toBe(true);
    expect(run('in_order', ['a', 'c'], ['c', 'a']).match).toBe(false);
    expect(run('in_order', ['a', 'c'], ['a', 'x', 'c'], 'allow_extra: false\n').match).toBe(false);
  });
  it('unordered: same multiset, any order', () => {
    expect(run('unordered', ['a', 'b', 'b'], ['b', 'a', 'b']).match).toBe(true);
    expect(run('unordered', ['a', 'b', 'b'], ['b', 'a']).match).toBe(false);
    expect(run('unordered', ['a', 'b'], ['b', 'a', 'c']).match).toBe(false);
  });
  it('superset: golden within actual', () => {
    expect(run('superset', ['a', 'b'], ['c', 'b', 'a', 'd']).match).toBe(true);
    expect(run('superset', ['a', 'b'], ['a', 'c']).match).toBe(false);
  });
  it('subset: actual within golden', () => {
    expect(run('subset', ['a', 'b', 'c'], ['b']).match).toBe(true);
    expect(run('subset', ['a', 'b'], ['b', 'x']).match).toBe(false);
    expect(run('subset', ['a'], ['a', 'a']).match).toBe(false); // each golden step stands for one actual step
  });
});

describe('optional steps and repeat {min, max}', () => {
  const g = (mode: OrderingMode) =>
    golden(
      `id: r\nmode: ${mode}\nsteps:\n  - action: plan\n  - action: search\n    repeat: { min: 1, max: 3 }\n  - action: reflect\n    optional: true\n  - action: answer\n`,
    );
  const cases: [string[], boolean][] = [
    [['plan', 'search', 'answer'], true],
    [['plan', 'search', 'search', 'search', 'reflect', 'answer'], true],
    [['plan', 'search', 'search', 'search', 'search', 'answer'], false],
    [['plan', 'answer'], false],
    [['plan', 'search', 'reflect', 'reflect', 'answer'], false],
  ];
  for (const mode of ['strict', 'unordered'] as const) {
    it(`${mode}`, () => {
      for (const [a, want] of cases)
        expect(compareTrajectory(g(mode), traj(a.map((n) => [n, {}]))).match, `${mode} ${a.join(',')}`).toBe(want);
    });
  }
  it('repeat without max is unbounded', () => {
    const gg = golden('id: r\nmode: strict\nsteps:\n  - action: poll\n    repeat: { min: 2 }\n  - action: done\n');
    expect(
      compareTrajectory(gg, traj(Array.from({ length: 9 }, () => ['poll', {}] as [string, Record<string, unknown>]).concat([['done', {}]])))
        .match,
    ).toBe(true);
    expect(
      compareTrajectory(
        gg,
        traj([
          ['poll', {}],
          ['done', {}],
        ]),
      ).match,
    ).toBe(false);
  });
});

describe('drift report', () => {
  it('arg_mismatch names the JSON path, the expected matcher and the actual value', () => {
    const g = golden('id: d\nmode: strict\nsteps:\n  - action: get_weather\n    action_input: { city: { $regex: "^SF$" }, units: c }\n');
    const r = compareTrajectory(g, traj([['get_weather', { city: 'LA', units: 'c' }]]));
    expect(r.match).toBe(false);
    expect(r.steps[0]).toMatchObject({
      status: 'arg_mismatch',
      line: 4,
      mismatch: { actual_index: 0, field: 'action_input', path: '$.action_input.city', expected: 'regex ^SF$', actual: 'LA' },
    });
    expect(r.unexpected).toEqual([]);
  });
  it('order_violation when a golden step is present but out of order', () => {
    const r = run('strict', ['a', 'b', 'c'], ['a', 'c', 'b']);
    const bad = r.steps.filter((s) => s.status !== 'matched');
    expect(bad).toHaveLength(1);
    expect(bad[0].status).toBe('order_violation');
    expect(r.unexpected).toEqual([]);
  });
  it('missing and unexpected_step', () => {
    const r = run('strict', ['a', 'b'], ['a', 'x']);
    expect(r.steps.map((s) => s.status)).toEqual(['matched', 'missing']);
    expect(r.unexpected.map((u) => [u.actual_index, u.action])).toEqual([[1, 'x']]);
  });
  it('in_order reports allowed extra steps separately from drift', () => {
    const r = run('in_order', ['a', 'c'], ['a', 'x', 'c']);
    expect(r.extra_steps).toEqual([1]);
    expect(r.unexpected).toEqual([]);
  });
  it('final answer matcher', () => {
    const g = golden('id: f\nsteps: []\nfinal_answer: { $regex: "42" }\n');
    expect(compareTrajectory(g, traj([], { final_answer: 'It is 42.' })).match).toBe(true);
    expect(compareTrajectory(g, traj([], { final_answer: 'It is 41.' })).match).toBe(false);
    expect(compareTrajectory(g, traj([])).match).toBe(false);
  });
  it('volatile keys are stripped from actual arguments before matching', () => {
    const g = golden('id: v\nvolatile_keys: [request_id]\nsteps:\n  - action: a\n    action_input: { q: 1, request_id: old }\n');
    expect(compareTrajectory(g, traj([['a', { q: 1.0, request_id: 'new' }]])).match).toBe(true);
  });
});

describe('optimal assignment, never greedy first-fit', () => {
  // golden steps: g0 accepts any city, g1 only SF. Greedy first-fit gives g0 the SF call and leaves g1 nothing.
  const yaml = (mode: OrderingMode) =>
    `id: o\nmode: ${mode}\nsteps:\n  - action: w\n    action_input: { city: { $ignore: true } }\n  - action: w\n    action_input: { city: SF }\n`;
  for (const mode of ['unordered', 'superset', 'subset'] as const) {
    it(`${mode} finds the valid pairing greedy matching misses`, () => {
      const r = compareTrajectory(
        golden(yaml(mode)),
        traj([
          ['w', { city: 'SF' }],
          ['w', { city: 'LA' }],
        ]),
      );
      expect(r.match).toBe(true);
      expect(r.steps.map((s) => s.actual_indices)).toEqual([[1], [0]]);
    });
  }

  // independent reference: brute force over every injective assignment on small random instances
  function bruteForce(mode: 'unordered' | 'superset' | 'subset', compat: boolean[][], nG: number, nA: number): boolean {
    const used = new Array(nA).fill(false);
    let best = false;
    const rec = (i: number, matched: number) => {
      if (best) return;
      if (i === nG) {
        const allG = matched === nG;
        const allA = used.every(Boolean);
        best = mode === 'unordered' ? allG && allA : mode === 'superset' ? allG : allA;
        return;
      }
      if (mode === 'subset') rec(i + 1, matched); // golden steps may stay unmatched
      for (let j = 0; j < nA; j++) {
        if (!used[j] && compat[i][j]) {
          used[j] = true;
          rec(i + 1, matched + 1);
          used[j] = false;
        }
      }
    };
    rec(0, 0);
    return best;
  }
  it('agrees with brute force on 600 random instances', () => {
    let seed = 12345;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const vals = ['p', 'q', 'r'];
    let checked = 0;
    for (let t = 0; t < 600; t++) {
      const nG = 1 + Math.floor(rnd() * 5);
      const nA = 1 + Math.floor(rnd() * 5);
      // golden steps accept a random non-empty set of values; actual steps carry one value
      const accepts = Array.from({ length: nG }, () => vals.filter(() => rnd() < 0.5));
      for (const a of accepts) if (!a.length) a.push(vals[Math.floor(rnd() * 3)]);
      const actual = Array.from({ length: nA }, () => vals[Math.floor(rnd() * 3)]);
      const compat = accepts.map((acc) => actual.map((v) => acc.includes(v)));
      for (const mode of ['unordered', 'superset', 'subset'] as const) {
        const y =
          `id: b\nmode: ${mode}\nsteps:\n` +
          accepts.map((acc) => `  - action: t\n    action_input: { v: { $one_of: [${acc.join(', ')}] } }\n`).join('');
        const got = compareTrajectory(golden(y), traj(actual.map((v) => ['t', { v }]))).match;
        expect(got, `${mode} ${JSON.stringify(accepts)} ${JSON.stringify(actual)}`).toBe(bruteForce(mode, compat, nG, nA));
        checked++;
      }
    }
    expect(checked).toBe(1800);
  });

  // independent reference for the ordered modes: subsequence search by recursion
  it('strict / in_order agree with exhaustive search on random instances', () => {
    let seed = 777;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const isSubseq = (g: string[][], a: string[], gi = 0, ai = 0, extra: boolean): boolean => {
      if (gi === g.length) return extra || ai === a.length;
      if (ai === a.length) return false;
      if (g[gi].includes(a[ai]) && isSubseq(g, a, gi + 1, ai + 1, extra)) return true;
      return extra && isSubseq(g, a, gi, ai + 1, extra);
    };
    for (let t = 0; t < 400; t++) {
      const nG = Math.floor(rnd() * 5);
      const nA = Math.floor(rnd() * 6);
      const g = Array.from({ length: nG }, () => ['p', 'q', 'r'].filter(() => rnd() < 0.5));
      for (const a of g) if (!a.length) a.push('p');
      const a = Array.from({ length: nA }, () => ['p', 'q', 'r'][Math.floor(rnd() * 3)]);
      for (const mode of ['strict', 'in_order'] as const) {
        const y =
          `id: s\nmode: ${mode}\nsteps:${nG ? '\n' : ' []\n'}` +
          g.map((acc) => `  - action: t\n    action_input: { v: { $one_of: [${acc.join(', ')}] } }\n`).join('');
        const got = compareTrajectory(golden(y), traj(a.map((v) => ['t', { v }]))).match;
        expect(got, `${mode} ${JSON.stringify(g)} ${JSON.stringify(a)}`).toBe(isSubseq(g, a, 0, 0, mode === 'in_order'));
      }
    }
  });
});
