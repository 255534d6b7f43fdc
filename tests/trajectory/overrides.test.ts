/**
 * Issue 16 item 5: per-tool tool-argument overrides from the command line and the action input
 * (`--tool-args-override TOOL=MODE|KEY.PATH,...`, agentevals' `tool_args_match_overrides`) with a
 * recorded reference, under `--compat agentevals` and in our native mode; and agentevals' strict
 * mode telling `tool_calls: []` from a message without the key.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseTrajectory } from '../../src/trajectory/adapters.js';
import { agentevalsMatch, type AgentevalsMode } from '../../src/trajectory/agentevals.js';
import { compareTrajectory } from '../../src/trajectory/compare.js';
import { goldenFromReference, parseGoldenYaml, parseToolArgsOverride } from '../../src/trajectory/golden.js';
import { mc } from '../helpers/cli.js';

type Msg = Record<string, unknown>;
const call = (name: string, args: Record<string, unknown>): Msg => ({
  role: 'assistant',
  content: '',
  tool_calls: [{ id: 'c1', type: 'function', function: { name, arguments: JSON.stringify(args) } }],
});
const conv = (args: Record<string, unknown>, last: Msg = { role: 'assistant', content: 'done' }): Msg[] => [
  { role: 'user', content: 'q' },
  call('search', args),
  { role: 'tool', tool_call_id: 'c1', content: 'r' },
  last,
];
const load = (msgs: Msg[], name: string) => parseTrajectory(JSON.stringify(msgs), name, 'openai');

const dir = mkdtempSync(join(tmpdir(), 'mc-traj-overrides-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, v: unknown) => {
  writeFileSync(join(dir, name), typeof v === 'string' ? v : JSON.stringify(v));
  return name;
};

describe('--tool-args-override TOOL=MODE|KEY.PATH,... (CLI) with a recorded reference', () => {
  write('reference.json', conv({ query: 'flights SFO JFK', limit: 5, request_id: 'req-1', opts: { lang: 'en', trace: 'a' } }));
  write('output.json', conv({ query: 'flights SFO JFK', limit: 5, request_id: 'req-2', opts: { lang: 'en', trace: 'b' } }));
  const base = ['trajectory-golden', '--golden', 'reference.json', '--trajectory', 'output.json'];
  const run = (...args: string[]) => mc([...base, ...args], { cwd: dir });

  for (const compat of [[], ['--compat', 'agentevals']]) {
    const name = compat.length ? 'compat agentevals' : 'native';
    it(`${name}: the differing request_id fails, key paths that leave it out pass, paths that include it fail`, async () => {
      expect((await run(...compat)).code).toBe(1);
      expect((await run(...compat, '--tool-args-override', 'search=query,limit,opts.lang')).code).toBe(0);
      expect((await run(...compat, '--tool-args-override', 'search=query,opts.trace')).code).toBe(1);
      expect((await run(...compat, '--tool-args-override', 'search=query,request_id')).code).toBe(1);
      expect((await run(...compat, '--tool-args-override', 'search=ignore')).code).toBe(0);
      // an override for another tool changes nothing; the last value for a tool wins
      expect((await run(...compat, '--tool-args-override', 'book=ignore')).code).toBe(1);
      expect((await run(...compat, '--tool-args-override', 'search=ignore', '--tool-args-override', 'search=exact')).code).toBe(1);
    });
  }

  it('a path the reference lacks must be absent (or null) in the output too, as agentevals compares nested values', async () => {
    expect((await run('--compat', 'agentevals', '--tool-args-override', 'search=query,missing.key')).code).toBe(0);
    expect((await run('--tool-args-override', 'search=query,missing.key')).code).toBe(0);
    write('output-extra.json', conv({ query: 'flights SFO JFK', missing: { key: 1 } }));
    for (const compat of [[], ['--compat', 'agentevals']]) {
      const r = await mc(
        [
          'trajectory-golden',
          '--golden',
          'reference.json',
          '--trajectory',
          'output-extra.json',
          ...compat,
          '--tool-args-override',
          'search=query,missing.key',
        ],
        { cwd: dir },
      );
      expect(r.code, compat.join(' ')).toBe(1);
    }
  });

  it('malformed values are usage errors (exit 2) naming the flag', async () => {
    for (const bad of ['search', '=exact', 'search=', 'search=a..b', 'search=query,,limit', 'search=.x']) {
      const r = await run('--tool-args-override', bad);
      expect(r.code, bad).toBe(2);
      expect(r.stderr).toContain('--tool-args-override');
      expect(r.stderr).toContain(bad);
    }
  });

  it('the action input names itself in the same error', () => {
    expect(() => parseToolArgsOverride('search', "input 'tool-args-override'")).toThrow(/^input 'tool-args-override': expected TOOL=MODE/);
    expect(parseToolArgsOverride('__proto__=ignore', 'x')).toEqual(Object.fromEntries([['__proto__', 'ignore']]));
    expect(Object.getPrototypeOf(parseToolArgsOverride('__proto__=ignore', 'x'))).toBe(Object.prototype);
  });
});

describe('golden tool_args_overrides in native mode, and the flag winning over them', () => {
  const yaml = (override: string) =>
    `id: g\nmode: strict\ntool_args_overrides:\n  search: ${override}\nsteps:\n  - action: search\n    action_input: {query: {$regex: "^flights"}, request_id: req-1}\n`;
  const actual = (args: Record<string, unknown>) => load(conv(args), 't.json');
  it('a key-path list compares only those paths (matchers kept); exact compares all', () => {
    expect(
      compareTrajectory(parseGoldenYaml(yaml('[query]'), 'g.yaml'), actual({ query: 'flights X', request_id: 'req-9', extra: 1 })).match,
    ).toBe(true);
    expect(compareTrajectory(parseGoldenYaml(yaml('[query]'), 'g.yaml'), actual({ query: 'hotels', request_id: 'req-1' })).match).toBe(
      false,
    );
    expect(compareTrajectory(parseGoldenYaml(yaml('exact'), 'g.yaml'), actual({ query: 'flights X', request_id: 'req-9' })).match).toBe(
      false,
    );
    expect(
      compareTrajectory(
        parseGoldenYaml(yaml('exact'), 'g.yaml', { toolArgsOverrides: { search: ['query'] } }),
        actual({ query: 'flights X', request_id: 'req-9' }),
      ).match,
    ).toBe(true);
  });
});

describe('native key-path overrides agree with the agentevals port on random arguments', () => {
  const leaf = fc.oneof(fc.constantFrom(0, 1, 'a', 'b', true, null), fc.constant(undefined));
  const inner = fc.record({ x: leaf, y: leaf }, { requiredKeys: [] });
  const args = fc.record({ a: leaf, b: leaf, o: fc.oneof(inner, fc.constant(undefined)) }, { requiredKeys: [] });
  const paths = fc.subarray(['a', 'b', 'o.x', 'o.y', 'o'], { minLength: 1 });
  it('same verdict for strict, one call, a key-path override', () => {
    fc.assert(
      fc.property(args, args, paths, (ra, oa, ps) => {
        const clean = (v: Record<string, unknown>) => JSON.parse(JSON.stringify(v));
        const ref = load(conv(clean(ra)), 'r.json');
        const out = load(conv(clean(oa)), 'o.json');
        const overrides = { search: ps };
        const ours = compareTrajectory(goldenFromReference(ref, 'r', { toolArgsOverrides: overrides }), out).match;
        const theirs = agentevalsMatch(out.messages, ref.messages, 'strict', 'exact', overrides).ok;
        expect(ours).toBe(theirs);
      }),
      { seed: 16, numRuns: 400 },
    );
  });
});

describe('agentevals strict: tool_calls: [] is not the same as no tool_calls key (--compat agentevals)', () => {
  const ref = conv({ query: 'q' });
  const empty = conv({ query: 'q' }, { role: 'assistant', content: 'done', tool_calls: [] });
  const MODES: AgentevalsMode[] = ['strict', 'unordered', 'superset', 'subset'];
  it('strict: presence mismatch either way round; both empty lists match; the other modes look at calls only', () => {
    const r = load(ref, 'r.json');
    const e = load(empty, 'e.json');
    expect(agentevalsMatch(e.messages, r.messages, 'strict')).toEqual({ ok: false, comment: 'Tool call presence mismatch at step 3' });
    expect(agentevalsMatch(r.messages, e.messages, 'strict').ok).toBe(false);
    expect(agentevalsMatch(e.messages, e.messages, 'strict').ok).toBe(true);
    for (const m of MODES.slice(1)) expect(agentevalsMatch(e.messages, r.messages, m).ok, m).toBe(true);
  });
  it('through the CLI: compat strict fails (exit 1), our native strict passes (final messages are not steps)', async () => {
    write('ref-final.json', ref);
    write('out-empty.json', empty);
    const args = ['trajectory-golden', '--golden', 'ref-final.json', '--trajectory', 'out-empty.json'];
    const compat = await mc([...args, '--compat', 'agentevals', '--format', 'json'], { cwd: dir });
    expect(compat.code).toBe(1);
    expect(JSON.parse(compat.stdout).results[0].comment).toBe('Tool call presence mismatch at step 3');
    expect((await mc(args, { cwd: dir })).code).toBe(0);
  });
});
