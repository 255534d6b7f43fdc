import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { compareTrajectory } from '../../src/trajectory/compare.js';
import { parseGoldenYaml } from '../../src/trajectory/golden.js';
import type { RunPair } from '../../src/trajectory/run.js';
import { updatedGoldenText } from '../../src/trajectory/update.js';
import { traj } from './helpers.js';

const pair = (yaml: string, t: ReturnType<typeof traj>): RunPair => {
  const golden = parseGoldenYaml(yaml, 'g.yaml');
  return {
    golden,
    goldenText: yaml,
    goldenAbs: '/nonexistent/g.yaml',
    trajectory: t,
    trajectoryText: '',
    result: compareTrajectory(golden, t),
  };
};

describe('--update (snapshot semantics)', () => {
  const yaml = `id: u
mode: strict
volatile_keys: [ts]
steps:
  - action: plan            # keep me
    action_input: { goal: { $regex: "^book" } }
  - action: search
    action_input: { q: flights }
  - action: notify
    optional: true
  - action: pay
    action_input: { amount: { $numeric: { value: 100, rel: 0.1 } } }
`;
  it('keeps matching steps verbatim, records new steps, drops vanished ones, keeps optional ones', () => {
    const t = traj([
      ['plan', { goal: 'book a trip' }],
      ['search', { q: 'hotels', ts: 123 }], // argument drift
      ['audit', { ts: 5, who: 'bot' }], // unexpected step
    ]); // pay is gone
    const p = pair(yaml, t);
    expect(p.result.match).toBe(false);
    const u = updatedGoldenText(p);
    expect(u.text).toMatch(/- action: plan +# keep me/);
    const doc = parseYaml(u.text);
    expect(doc.steps).toEqual([
      { action: 'plan', action_input: { goal: { $regex: '^book' } } },
      { action: 'search', action_input: { q: 'hotels' } },
      { action: 'notify', optional: true },
      { action: 'audit', action_input: { who: 'bot' } },
    ]);
    expect(u).toMatchObject({ kept: 2, recorded: 2, dropped: 1 });
    // the updated golden accepts the trajectory it was recorded from
    expect(compareTrajectory(parseGoldenYaml(u.text, 'g.yaml'), t).match).toBe(true);
  });
  it('follows the actual order for steps that moved (order_violation)', () => {
    const t = traj([
      ['search', { q: 'flights' }],
      ['plan', { goal: 'book it' }],
      ['pay', { amount: 104 }],
    ]);
    const p = pair(yaml, t);
    expect(p.result.steps.map((s) => s.status)).toContain('order_violation');
    const u = updatedGoldenText(p);
    const doc = parseYaml(u.text);
    // the optional notify stays right after its golden predecessor (search)
    expect(doc.steps.map((s: { action: string }) => s.action)).toEqual(['search', 'notify', 'plan', 'pay']);
    expect(doc.steps[3].action_input.amount).toEqual({ $numeric: { value: 100, rel: 0.1 } });
    expect(compareTrajectory(parseGoldenYaml(u.text, 'g.yaml'), t).match).toBe(true);
  });
});
