/**
 * agentevals compatibility: the scenarios of agentevals' own trajectory match tests
 * (langchain-ai/agentevals js/src/trajectory/tests/trajectory.test.ts: "trajectory exact match",
 * "different tool message order", "different message count", "trajectory subset tool call",
 * "different called tools", "trajectory with extra tool calls", the LangChain-message cases and
 * "trajectory match strict params") with the scores that suite expects, run through our adapters
 * and `agentevalsMatch`; then the two documented quirks (greedy first-fit, subset argument
 * direction) against our default mode.
 */
import { describe, expect, it } from 'vitest';
import { parseTrajectory } from '../../src/trajectory/adapters.js';
import { agentevalsMatch, type AgentevalsMode } from '../../src/trajectory/agentevals.js';
import { compareTrajectory } from '../../src/trajectory/compare.js';
import { goldenFromReference } from '../../src/trajectory/golden.js';
import type { ToolArgsMode } from '../../src/trajectory/matchers.js';

type Msg = Record<string, unknown>;
const user = (content: string): Msg => ({ role: 'user', content });
const call = (...calls: [string, Record<string, unknown>][]): Msg => ({
  role: 'assistant',
  content: '',
  tool_calls: calls.map(([name, args]) => ({ function: { name, arguments: JSON.stringify(args) } })),
});
const tool = (content: string): Msg => ({ role: 'tool', content });
const ai = (content: string): Msg => ({ role: 'assistant', content });
const load = (msgs: Msg[], name: string) => parseTrajectory(JSON.stringify(msgs), name);

const MODES: AgentevalsMode[] = ['strict', 'unordered', 'superset', 'subset'];
const check = (outputs: Msg[], reference: Msg[], expected: Record<AgentevalsMode, boolean>, toolArgs: ToolArgsMode = 'exact') => {
  const o = load(outputs, 'outputs.json');
  const r = load(reference, 'reference.json');
  for (const m of MODES) expect(agentevalsMatch(o.messages, r.messages, m, toolArgs).ok, m).toBe(expected[m]);
};
const all = (v: boolean): Record<AgentevalsMode, boolean> => ({ strict: v, unordered: v, superset: v, subset: v });

describe('agentevals trajectory match: the scenarios of its test suite', () => {
  it('trajectory exact match: every mode true', () => {
    check(
      [
        user('What is the weather in SF?'),
        call(['get_weather', { city: 'San Francisco' }]),
        tool("It's 80 degrees and sunny in SF."),
        ai('The weather in SF is 80 degrees and sunny.'),
      ],
      [
        user('What is the weather in SF?'),
        call(['get_weather', { city: 'San Francisco' }]),
        tool("It's 80˚ and sunny in San Francisco."),
        ai('The weather in San Francisco is 80˚ and sunny.'),
      ],
      all(true),
    );
  });
  it('different tool message order (parallel calls in one message): every mode true', () => {
    check(
      [
        user('weather in SF and London?'),
        call(['get_weather', { city: 'SF' }], ['get_weather', { city: 'London' }]),
        tool('SF'),
        tool('London'),
        ai('…'),
      ],
      [
        user('weather in SF and London?'),
        call(['get_weather', { city: 'London' }], ['get_weather', { city: 'SF' }]),
        tool('London'),
        tool('SF'),
        ai('…'),
      ],
      all(true),
    );
  });
  it('different message count: strict false, others true', () => {
    check(
      [user('q'), call(['get_weather', { city: 'SF' }]), tool('SF'), call(['get_weather', { city: 'London' }]), tool('London'), ai('…')],
      [user('q'), call(['get_weather', { city: 'London' }], ['get_weather', { city: 'SF' }]), tool('London'), tool('SF'), ai('…')],
      { strict: false, unordered: true, superset: true, subset: true },
    );
  });
  it('trajectory subset tool call: only subset true', () => {
    check(
      [user('q'), call(['get_weather', { city: 'SF' }]), tool('SF'), ai('…')],
      [user('q'), call(['get_weather', { city: 'London' }], ['get_weather', { city: 'SF' }]), tool('London'), tool('London'), ai('…')],
      { strict: false, unordered: false, superset: false, subset: true },
    );
  });
  it('different called tools: every mode false', () => {
    check(
      [user('q'), call(['get_weather', { city: 'SF' }]), tool('x'), ai('…')],
      [user('q'), call(['accuweather_forecast', { city: 'San Francisco' }]), tool('x'), ai('…')],
      all(false),
    );
  });
  it('trajectory with extra tool calls: only superset true', () => {
    check(
      [user('q'), call(['get_weather', { city: 'San Francisco' }], ['get_weather', { city: 'London' }]), tool('a'), tool('b'), ai('…')],
      [user('q'), call(['get_weather', { city: 'San Francisco' }]), tool('a and b'), ai('…')],
      { strict: false, unordered: false, superset: true, subset: false },
    );
  });
  it('LangChain messages: match, and failure with another tool', () => {
    const lc = (args: Record<string, unknown>, name = 'get_weather', text = '') => [
      { type: 'human', content: 'What is the weather in SF?' },
      { type: 'ai', content: text, tool_calls: [{ id: '1234', name, args }] },
      { type: 'tool', tool_call_id: '1234', content: "It's 80 degrees and sunny in SF." },
      { type: 'ai', content: 'The weather in SF is 80 degrees and sunny.' },
    ];
    const a = parseTrajectory(JSON.stringify(lc({ city: 'San Francisco' })), 'a.json');
    const b = parseTrajectory(JSON.stringify(lc({ city: 'San Francisco' }, 'get_weather', 'Let me check that for you!')), 'b.json');
    const c = parseTrajectory(JSON.stringify(lc({ city: 'San Francisco' }, 'accuweather_forecast')), 'c.json');
    const d = parseTrajectory(JSON.stringify(lc({ city: 'SF' })), 'd.json');
    expect(a.format).toBe('langchain');
    for (const m of MODES) {
      expect(agentevalsMatch(a.messages, b.messages, m).ok, m).toBe(true);
      expect(agentevalsMatch(d.messages, c.messages, m).ok, m).toBe(false);
    }
  });
  it('strict params: tool args exact false, ignore true', () => {
    const o = [user('q'), call(['get_weather', { city: 'SF' }]), tool('x'), ai('y')];
    const r = [user('q'), call(['get_weather', { city: 'San Francisco' }]), tool('x'), ai('y')];
    expect(agentevalsMatch(load(o, 'o').messages, load(r, 'r').messages, 'strict', 'exact').ok).toBe(false);
    expect(agentevalsMatch(load(o, 'o').messages, load(r, 'r').messages, 'strict', 'ignore').ok).toBe(true);
  });
  it('overrides: a mode per tool, or a list of key paths', () => {
    const o = load([call(['search', { q: 'x', page: 2, opts: { lang: 'en', k: 1 } }])], 'o');
    const r = load([call(['search', { q: 'x', page: 1, opts: { lang: 'en', k: 9 } }])], 'r');
    expect(agentevalsMatch(o.messages, r.messages, 'superset', 'exact').ok).toBe(false);
    expect(agentevalsMatch(o.messages, r.messages, 'superset', 'exact', { search: ['q', 'opts.lang'] }).ok).toBe(true);
    expect(agentevalsMatch(o.messages, r.messages, 'superset', 'exact', { search: 'ignore' }).ok).toBe(true);
  });
});

describe('documented agentevals behaviours our default changes', () => {
  it('greedy first-fit rejects a valid pairing; optimal assignment accepts it', () => {
    // reference: {city: SF} then {city: SF, units: C}; output: {city: SF, units: C} then {city: SF}.
    // Greedy gives the first reference call the first output call, leaving {SF, C} without a partner.
    const out = load([call(['w', { city: 'SF', units: 'C' }], ['w', { city: 'SF' }])], 'out.json');
    const ref = load([call(['w', { city: 'SF' }], ['w', { city: 'SF', units: 'C' }])], 'ref.json');
    expect(agentevalsMatch(out.messages, ref.messages, 'superset', 'superset').ok).toBe(false);
    expect(agentevalsMatch(out.messages, ref.messages, 'unordered', 'superset').ok).toBe(false);
    const ours = compareTrajectory(goldenFromReference(ref, 'ref', { mode: 'superset', toolArgs: 'superset' }), out);
    expect(ours.match).toBe(true);
    expect(compareTrajectory(goldenFromReference(ref, 'ref', { mode: 'unordered', toolArgs: 'superset' }), out).match).toBe(true);
  });
  it('subset mode reads the tool-args matcher backwards (reference, output); ours reads (actual, golden)', () => {
    // actual arguments {city: SF} are a subset of the golden {city: SF, units: C}
    const out = load([call(['w', { city: 'SF' }])], 'out.json');
    const ref = load([call(['w', { city: 'SF', units: 'C' }])], 'ref.json');
    expect(agentevalsMatch(out.messages, ref.messages, 'subset', 'subset').ok).toBe(false);
    expect(agentevalsMatch(out.messages, ref.messages, 'subset', 'superset').ok).toBe(true);
    expect(compareTrajectory(goldenFromReference(ref, 'ref', { mode: 'subset', toolArgs: 'subset' }), out).match).toBe(true);
    expect(compareTrajectory(goldenFromReference(ref, 'ref', { mode: 'subset', toolArgs: 'superset' }), out).match).toBe(false);
  });
  it('strict ignores call order inside one message; ours compares steps in order', () => {
    const out = load([call(['w', { city: 'SF' }], ['w', { city: 'London' }])], 'out.json');
    const ref = load([call(['w', { city: 'London' }], ['w', { city: 'SF' }])], 'ref.json');
    expect(agentevalsMatch(out.messages, ref.messages, 'strict').ok).toBe(true);
    expect(compareTrajectory(goldenFromReference(ref, 'ref'), out).match).toBe(false);
    expect(compareTrajectory(goldenFromReference(ref, 'ref', { mode: 'unordered' }), out).match).toBe(true);
  });
});
