/**
 * Issue 19, item 6: untrusted keys are never assigned into plain objects. With `volatile_keys`,
 * stripping rebuilt action_input by assignment and dropped a `__proto__` member, so a tool call with
 * an extra `"__proto__": ...` argument matched a strict, exact golden. Also the other
 * `__proto__` / `constructor` pitfalls found in the trajectory code.
 */
import { describe, expect, it } from 'vitest';
import { parseTrajectory } from '../../src/trajectory/adapters.js';
import { agentevalsMatch } from '../../src/trajectory/agentevals.js';
import { compareTrajectory } from '../../src/trajectory/compare.js';
import { compilePattern, matchValue, stripKeys, withToolArgsMode } from '../../src/trajectory/matchers.js';
import { golden } from './helpers.js';

const openai = (args: string) =>
  JSON.stringify([
    { role: 'user', content: 'weather?' },
    { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'get_weather', arguments: args } }] },
    { role: 'tool', tool_call_id: 'c1', content: '{"temp": 20, "ts": 1}' },
  ]);

const strictGolden = (volatile: boolean) =>
  golden(
    `id: w\nmode: strict\ntool_args: exact\n${volatile ? 'volatile_keys: [request_id, ts]\n' : ''}steps:\n  - action: get_weather\n    action_input: { city: SF }\n`,
  );

describe('__proto__ in tool arguments (item 6)', () => {
  it('an extra "__proto__" argument never matches a strict, exact golden, with or without volatile_keys', () => {
    for (const extra of ['{"x": 1}', '1', 'null', '"s"', '[]']) {
      const t = parseTrajectory(openai(`{"city": "SF", "__proto__": ${extra}}`), 'run.json');
      expect(Object.keys(t.steps[0].action_input)).toEqual(['city', '__proto__']);
      for (const volatile of [false, true]) {
        const r = compareTrajectory(strictGolden(volatile), t);
        expect(r.match, `${extra} volatile=${volatile}`).toBe(false);
        expect(r.steps[0].status).toBe('arg_mismatch');
        expect(r.steps[0].mismatch).toMatchObject({ field: 'action_input', path: '$.action_input', expected: 'exact {"city":"SF"}' });
        expect(Object.keys(r.steps[0].mismatch!.actual as object)).toEqual(['city', '__proto__']);
      }
    }
    // the same call without the extra argument still matches, and a volatile key is still ignored
    expect(compareTrajectory(strictGolden(true), parseTrajectory(openai('{"city": "SF", "request_id": "r-9"}'), 'run.json')).match).toBe(
      true,
    );
  });

  it('stripKeys keeps __proto__ and constructor as own members, at any depth, and strips only the volatile keys', () => {
    const v = JSON.parse('{"a": {"__proto__": {"polluted": 1}, "ts": 5}, "constructor": 2, "ts": 3}');
    const s = stripKeys(v, new Set(['ts']));
    expect(JSON.stringify(s)).toBe('{"a":{"__proto__":{"polluted":1}},"constructor":2}');
    expect(Object.getPrototypeOf(s.a)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const m = stripKeys(JSON.parse('{"$json_subset": {"__proto__": 1, "ts": 2}}'), new Set(['ts']));
    expect(JSON.stringify(m)).toBe('{"$json_subset":{"__proto__":1}}');
  });

  it('a golden member named __proto__ is required, in literal objects, json_subset and tool-args modes', () => {
    const p = compilePattern(JSON.parse('{"$json_subset": {"__proto__": {"a": 1}}}'));
    expect(matchValue({}, p)).not.toBeNull();
    expect(matchValue(JSON.parse('{"__proto__": {"a": 1}, "b": 2}'), p)).toBeNull();
    const sup = withToolArgsMode(compilePattern(JSON.parse('{"__proto__": 1, "city": "SF"}')), 'superset');
    expect(matchValue({ city: 'SF' }, sup)).toMatchObject({ path: '$.__proto__' });
    expect(matchValue(JSON.parse('{"__proto__": 1, "city": "SF", "x": 0}'), sup)).toBeNull();
    const g = golden('id: p\nvolatile_keys: [ts]\nsteps:\n  - action: t\n    action_input: { "__proto__": 1, ts: 9 }\n');
    const t = (args: string) =>
      parseTrajectory(
        JSON.stringify([
          { role: 'assistant', content: null, tool_calls: [{ id: 'c', type: 'function', function: { name: 't', arguments: args } }] },
        ]),
        'r.json',
      );
    expect(compareTrajectory(g, t('{}')).match).toBe(false);
    expect(compareTrajectory(g, t('{"__proto__": 1, "ts": 1}')).match).toBe(true);
  });

  it('OTLP span attributes named __proto__ are attributes, not the prototype', () => {
    const span = (attrs: [string, unknown][]) => ({
      name: 'execute_tool t',
      startTimeUnixNano: '1',
      attributes: attrs.map(([key, v]) => ({ key, value: { stringValue: v } })),
    });
    const doc = {
      resourceSpans: [
        {
          scopeSpans: [
            {
              spans: [
                span([
                  ['__proto__', 'x'],
                  ['gen_ai.operation.name', 'execute_tool'],
                  ['gen_ai.tool.name', 't'],
                  ['gen_ai.tool.call.arguments', '{"__proto__": 2}'],
                ]),
              ],
            },
          ],
        },
      ],
    };
    const t = parseTrajectory(JSON.stringify(doc), 'spans.json');
    expect(t.steps).toHaveLength(1);
    expect(Object.keys(t.steps[0].action_input)).toEqual(['__proto__']);
  });
});

describe('constructor / toString are not inherited members', () => {
  it('agentevals key-path overrides compare own members only', () => {
    const msg = (args: Record<string, unknown>) => [{ role: 'assistant', content: '', tool_calls: [{ name: 't', args }] }];
    // "constructor" resolves to nothing on both sides of an own-key comparison, and to the value when present
    expect(agentevalsMatch(msg({ constructor: 1 }), msg({}), 'strict', 'exact', { t: ['constructor'] }).ok).toBe(false);
    expect(agentevalsMatch(msg({ constructor: 1 }), msg({ constructor: 1 }), 'strict', 'exact', { t: ['constructor'] }).ok).toBe(true);
  });

  it('tool_args_overrides for a tool named constructor is not Object.prototype.constructor', () => {
    const g = golden('id: c\ntool_args: exact\nsteps:\n  - action: constructor\n    action_input: { a: 1 }\n');
    expect(g.steps[0].action_input.kind).toBe('exact');
    const t = parseTrajectory(
      JSON.stringify([
        {
          role: 'assistant',
          content: null,
          tool_calls: [{ id: 'c', type: 'function', function: { name: 'constructor', arguments: '{"a": 1, "b": 2}' } }],
        },
      ]),
      'r.json',
    );
    expect(compareTrajectory(g, t).match).toBe(false);
  });
});

describe('golden YAML aliases and nesting (found by tests/fuzz)', () => {
  it('an alias before its anchor is unusable input naming the file, not an internal ReferenceError', () => {
    expect(() => golden('*ZS')).toThrow(/golden\.yaml: expected valid YAML \(found .*Unresolved alias/);
    expect(() => golden('id: a\nsteps:\n  - action: *tool\n')).toThrow(/golden\.yaml: expected valid YAML/);
  });

  it('an alias bomb is bounded by its expanded size, not by the alias count', () => {
    const list = `[${Array.from({ length: 11_000 }, (_, i) => i).join(',')}]`;
    const text = `id: bomb\nbig: &b ${list}\nsteps:\n${Array.from({ length: 100 }, () => '  - action: t\n    action_input: { x: *b }').join('\n')}\n`;
    expect(() => golden(text)).toThrow(
      /golden\.yaml: expected a golden of at most 1,000,000 YAML nodes once aliases are expanded \(found 1,1\d\d,\d{3}\)/,
    );
    // a few aliases of small nodes stay fine
    expect(
      golden('id: ok\nsteps:\n  - action: t\n    action_input: &args { x: 1 }\n  - action: t\n    action_input: *args\n').steps,
    ).toHaveLength(2);
  });

  it('deep nesting is refused with a line, not a stack overflow', () => {
    const deep = `id: d\nsteps:\n  - action: t\n    action_input: { x: ${'['.repeat(2000)}${']'.repeat(2000)} }\n`;
    expect(() => golden(deep)).toThrow(
      /golden\.yaml(:\d+)?: expected YAML nested at most 512 levels deep|golden\.yaml.*expected valid YAML/,
    );
  });
});

describe("deeply nested recorded values (found by probing the matchers' recursion)", () => {
  it('arguments nested deeper than 256 levels are unusable input (exit 2), not a stack overflow', () => {
    const deep = '['.repeat(20_000) + ']'.repeat(20_000);
    const run = JSON.stringify([
      {
        role: 'assistant',
        content: null,
        tool_calls: [{ id: 'c', type: 'function', function: { name: 't', arguments: `{"x": ${deep}}` } }],
      },
    ]);
    expect(() => parseTrajectory(run, 'r.json')).toThrow(
      /r\.json: steps\[0\] \(t\): arguments: expected values nested at most 256 levels deep/,
    );
    const ok = '['.repeat(200) + ']'.repeat(200);
    const fine = parseTrajectory(
      JSON.stringify([
        {
          role: 'assistant',
          content: null,
          tool_calls: [{ id: 'c', type: 'function', function: { name: 't', arguments: `{"x": ${ok}}` } }],
        },
      ]),
      'r.json',
    );
    expect(compareTrajectory(golden('id: a\nsteps:\n  - action: t\n    action_input: { x: 1 }\n'), fine).match).toBe(false);
  });

  it('a deeply nested OTLP attribute value is refused before the adapter walks it', () => {
    const v = '{"arrayValue":{"values":['.repeat(5_000) + '{"stringValue":"x"}' + ']}}'.repeat(5_000);
    const doc = `{"resourceSpans":[{"scopeSpans":[{"spans":[{"name":"execute_tool t","attributes":[{"key":"gen_ai.tool.name","value":{"stringValue":"t"}},{"key":"deep","value":${v}}]}]}]}]}`;
    expect(() => parseTrajectory(doc, 'spans.json')).toThrow(/spans\.json: \(document\): expected values nested at most 1024 levels deep/);
  });
});

describe("a golden's trajectory: path", () => {
  it('may not leave the trajectory directory through a symbolic link', async () => {
    const { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { runGoldens } = await import('../../src/trajectory/run.js');
    const d = mkdtempSync(join(tmpdir(), 'mc-traj-link-'));
    mkdirSync(join(d, 'goldens'));
    mkdirSync(join(d, 'runs'));
    mkdirSync(join(d, 'outside'));
    const run = JSON.stringify([
      { role: 'assistant', content: null, tool_calls: [{ id: 'c', type: 'function', function: { name: 't', arguments: '{}' } }] },
    ]);
    writeFileSync(join(d, 'outside', 'secret.json'), run);
    symlinkSync(join(d, 'outside'), join(d, 'runs', 'link'));
    symlinkSync(join(d, 'outside', 'secret.json'), join(d, 'runs', 'file-link.json'));
    writeFileSync(join(d, 'runs', 'inside.json'), run);
    for (const [path, ok] of [
      ['link/secret.json', false],
      ['file-link.json', false],
      ['inside.json', true],
    ] as const) {
      writeFileSync(join(d, 'goldens', 'g.yaml'), `id: g\ntrajectory: ${path}\nsteps:\n  - action: t\n`);
      const go = runGoldens({ golden: 'goldens', trajectory: 'runs', cwd: d });
      if (ok) expect((await go).report.match).toBe(true);
      else
        await expect(go).rejects.toThrow(
          /g\.yaml:2: trajectory: expected a regular file inside the trajectory directory runs \(no symbolic links out of it\)/,
        );
    }
  });
});
