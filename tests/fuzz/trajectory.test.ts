/**
 * Fuzz and properties of trajectory-golden: golden YAML (schema + matchers), recorded trajectories
 * in the four formats, the comparison in every mode. Random and mutated inputs give a result or a
 * typed error (exit 2); perturbing one tool call argument under exact matching never matches.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTrajectory } from '../../src/trajectory/adapters.js';
import { compareTrajectory } from '../../src/trajectory/compare.js';
import { ORDERING_MODES, parseGoldenYaml } from '../../src/trajectory/golden.js';
import { canonicalEqual, stripKeys } from '../../src/trajectory/matchers.js';
import type { Trajectory } from '../../src/trajectory/types.js';
import { hostileText, params, typed } from './fuzz.js';

const root = join(import.meta.dirname, '../..');
const dir = (d: string) => readdirSync(join(root, d)).map((f) => readFileSync(join(root, d, f), 'utf8'));
const goldens = dir('examples/trajectory-golden/goldens');
const fixtures = readdirSync(join(root, 'tests/trajectory/fixtures'))
  .filter((f) => f !== 'README.md')
  .map((f) => ({ f, text: readFileSync(join(root, 'tests/trajectory/fixtures', f), 'utf8').slice(0, 6000) }));
const recorded = [...fixtures.map((x) => x.text), ...dir('examples/trajectory-golden/trajectories').map((t) => t.slice(0, 6000))];

describe('golden and trajectory readers', () => {
  it('random and mutated golden YAML: a golden or a typed error', () => {
    fc.assert(
      fc.property(hostileText(goldens), (text) => {
        typed('parseGoldenYaml', () => parseGoldenYaml(text, 'g.yaml'));
      }),
      params(),
    );
  });

  it('random and mutated recorded trajectories, in every input format: a trajectory or a typed error', () => {
    fc.assert(
      fc.property(
        hostileText(recorded),
        fc.constantFrom('auto', 'openai', 'langchain', 'otel', 'react') as fc.Arbitrary<'auto'>,
        fc.constantFrom('run.json', 'run.log', 'run.jsonl'),
        (text, format, file) => {
          typed('parseTrajectory', () => parseTrajectory(text, file, format));
        },
      ),
      params(),
    );
  });

  it('mutated goldens compared with mutated trajectories, in every mode: a report or a typed error', () => {
    fc.assert(
      fc.property(hostileText(goldens), hostileText(recorded), fc.constantFrom(...ORDERING_MODES), (g, t, mode) => {
        const golden = typed('parseGoldenYaml', () => parseGoldenYaml(g, 'g.yaml', { mode }));
        const traj = typed('parseTrajectory', () => parseTrajectory(t, 'run.json'));
        if (golden.ok && traj.ok) typed('compareTrajectory', () => compareTrajectory(golden.value, traj.value));
      }),
      params(),
    );
  });
});

const key = fc.oneof(fc.constantFrom('city', 'q', '__proto__', 'constructor', 'toString', 'ts', '$x', ''), fc.string({ maxLength: 6 }));
const args = fc.dictionary(key, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 });

/** One perturbation of an argument object: change a value, add a key, or drop a key. */
const perturbation = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), key, value: fc.jsonValue({ maxDepth: 1 }) }),
  fc.record({ kind: fc.constant('change' as const), index: fc.nat(), value: fc.jsonValue({ maxDepth: 1 }) }),
  fc.record({ kind: fc.constant('drop' as const), index: fc.nat() }),
);

function setOwn(o: Record<string, unknown>, k: string, v: unknown) {
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
}

function trajectoryOf(calls: { name: string; args: Record<string, unknown> }[]): Trajectory {
  // through the OpenAI adapter, as a recorded run would arrive
  const messages = calls.map((c, i) => ({
    role: 'assistant',
    content: null,
    tool_calls: [{ id: `c${i}`, type: 'function', function: { name: c.name, arguments: JSON.stringify(c.args) } }],
  }));
  return parseTrajectory(JSON.stringify(messages), 'run.json');
}

describe('exact matching is never fooled', () => {
  it('perturbing one tool call argument under exact matching never matches, in every mode, with or without volatile keys', () => {
    fc.assert(
      fc.property(
        fc.array(args, { minLength: 1, maxLength: 3 }),
        fc.nat(),
        perturbation,
        fc.constantFrom(...ORDERING_MODES),
        fc.boolean(),
        (all, which, p, mode, volatile) => {
          const i = which % all.length;
          const golden =
            [
              'id: p',
              `mode: ${mode}`,
              'tool_args: exact',
              volatile ? 'volatile_keys: [ts]' : '',
              'steps:',
              ...all.map((a) => `  - action: t\n    action_input: { $exact: ${JSON.stringify(a)} }`),
            ]
              .filter(Boolean)
              .join('\n') + '\n';
          const g = parseGoldenYaml(golden, 'g.yaml');
          const actual = all.map((a) => JSON.parse(JSON.stringify(a)) as Record<string, unknown>);
          const target = actual[i];
          const keys = Object.keys(target);
          if (p.kind === 'add') {
            if (Object.prototype.hasOwnProperty.call(target, p.key)) return; // not an addition
            setOwn(target, p.key, p.value);
          } else if (p.kind === 'change') {
            if (!keys.length) return;
            const k = keys[p.index % keys.length];
            if (JSON.stringify(target[k]) === JSON.stringify(p.value)) return; // not a change
            setOwn(target, k, p.value);
          } else {
            if (!keys.length) return;
            delete target[keys[p.index % keys.length]];
          }
          // a volatile key may change (at any depth): that is its purpose
          if (volatile && canonicalEqual(stripKeys(all[i], new Set(['ts'])), stripKeys(target, new Set(['ts'])))) return;
          // the perturbed call must not be interchangeable with another golden call (unordered modes)
          const same = (a: Record<string, unknown>, b: Record<string, unknown>) =>
            JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());
          if (mode !== 'strict' && mode !== 'in_order' && all.some((a) => same(a, target))) return;
          const r = compareTrajectory(g, trajectoryOf(actual.map((a) => ({ name: 't', args: a }))));
          // strict / in_order: the call at its position differs; unordered / superset: a golden call is
          // missing; subset: an actual call is not a golden one
          expect(r.match).toBe(false);
        },
      ),
      params(300),
    );
  });

  it('the unperturbed calls match (the property above is not vacuous)', () => {
    fc.assert(
      fc.property(fc.array(args, { minLength: 1, maxLength: 3 }), fc.constantFrom(...ORDERING_MODES), (all, mode) => {
        const golden =
          [
            'id: p',
            `mode: ${mode}`,
            'tool_args: exact',
            'steps:',
            ...all.map((a) => `  - action: t\n    action_input: { $exact: ${JSON.stringify(a)} }`),
          ].join('\n') + '\n';
        expect(compareTrajectory(parseGoldenYaml(golden, 'g.yaml'), trajectoryOf(all.map((a) => ({ name: 't', args: a })))).match).toBe(
          true,
        );
      }),
      params(100),
    );
  });
});
