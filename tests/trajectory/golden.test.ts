import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { parseGoldenYaml } from '../../src/trajectory/golden.js';

const err = (yaml: string): string => {
  try {
    parseGoldenYaml(yaml, 'g.yaml');
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  throw new Error('expected an InputError');
};

describe('golden YAML schema', () => {
  it('every example golden is valid', () => {
    const dir = join(import.meta.dirname, '../../examples/trajectory-golden/goldens');
    for (const f of ['flight-booking.yaml', 'weather-parallel.yaml', 'support-triage.yaml', 'react-population.yaml']) {
      expect(() => parseGoldenYaml(readFileSync(join(dir, f), 'utf8'), f)).not.toThrow();
    }
  });
  it('a missing required field names file, line and field', () => {
    expect(err('id: x\nsteps:\n  - action: a\n  - action_input: {q: 1}\n')).toBe(
      'g.yaml:4: steps[1].action: expected a value (a required key, missing here)',
    );
  });
  it('an unknown mode names the allowed values', () => {
    expect(err('id: x\nmode: fuzzy\nsteps: []\n')).toBe(
      'g.yaml:2: mode: expected one of strict, in_order, unordered, superset, subset (found "fuzzy")',
    );
  });
  it('an unknown step property', () => {
    expect(err('id: x\nsteps:\n  - action: a\n    args: {}\n')).toBe(
      "g.yaml:4: steps[0].args: expected no property 'args' (not in the golden schema; known here: name, action, action_input, thought, observation, tool_args, optional, repeat)",
    );
  });
  it('an unknown matcher, deep inside action_input', () => {
    expect(err('id: x\nsteps:\n  - action: a\n    action_input:\n      q:\n        nested: { $regexp: "x" }\n')).toMatch(
      /^g\.yaml:6: steps\[0\]\.action_input\.q\.nested\.\$regexp: expected one of the matchers/,
    );
  });
  it('matcher mistakes at step level are caught by the schema, with line', () => {
    expect(err('id: x\nsteps:\n  - action: a\n    observation: { $regexp: "x" }\n')).toBe(
      'g.yaml:4: steps[0].observation.$regexp: expected a matcher: $exact, $regex, $json_subset, $numeric, $one_of, $ignore or $absent',
    );
    expect(err('id: x\nsteps:\n  - action: a\n    observation:\n      $regex: 5\n')).toBe(
      'g.yaml:5: steps[0].observation.$regex: expected a string (found 5)',
    );
    expect(err('id: x\nsteps:\n  - action: a\n    thought: { $ignore: false }\n')).toBe(
      'g.yaml:4: steps[0].thought.$ignore: expected true (found false)',
    );
    expect(err('id: x\nsteps:\n  - action: a\n    repeat: { min: -1 }\n')).toBe(
      'g.yaml:4: steps[0].repeat.min: expected a number >= 0 (found -1)',
    );
  });
  it('a regex RE2 cannot compile', () => {
    expect(err('id: x\nsteps:\n  - action: a\n    observation: { $regex: "(?<=a)b" }\n')).toMatch(
      /^g\.yaml:4: steps\[0\]\.observation\.\$regex: expected a regular expression in RE2 syntax/,
    );
  });
  it('a numeric matcher without value', () => {
    expect(err('id: x\nsteps:\n  - action: a\n    action_input: { n: { $numeric: { abs: 1 } } }\n')).toMatch(
      /^g\.yaml:4: steps\[0\]\.action_input\.n\.\$numeric: expected \{value: number/,
    );
  });
  it('repeat max below min', () => {
    expect(err('id: x\nsteps:\n  - action: a\n    repeat: { min: 3, max: 2 }\n')).toMatch(
      /^g\.yaml:4: steps\[0\]\.repeat\.max: expected a maximum ≥ the minimum 3/,
    );
  });
  it('YAML syntax errors carry the line', () => {
    expect(err('id: x\nsteps:\n  - action: [a\n')).toMatch(/^g\.yaml:\d+: expected valid YAML/);
  });
  it('duplicate keys are refused', () => {
    expect(err('id: x\nid: y\nsteps: []\n')).toMatch(/^g\.yaml:2: expected valid YAML/);
  });
  it('step defaults: missing action_input, thought and observation are ignored; defaults apply', () => {
    const g = parseGoldenYaml('id: x\ndefaults: { observation: { $regex: ok } }\nsteps:\n  - action: a\n', 'g.yaml');
    expect(g.steps[0].action_input.kind).toBe('ignore');
    expect(g.steps[0].thought.kind).toBe('ignore');
    expect(g.steps[0].observation.kind).toBe('regex');
    expect(g.steps[0].line).toBe(4);
  });
});
