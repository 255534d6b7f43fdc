/**
 * Issue 19 item 8: opa-sim refuses duplicate keys the same way in every input reader. A JSON Lines
 * request `{"user":"bob","user":"admin"}` used to pass with the last value (JSON.parse); now it is
 * unusable input (exit 2), as in an `--input` JSON or YAML file.
 */
import { describe, expect, it } from 'vitest';
import { mc, tree } from '../opa/helpers.js';

const policy = `package gate
import rego.v1
default allow := false
allow if input.user == "admin"
`;

function run(files: Record<string, string>, flag: string, file: string) {
  const dir = tree({ 'p/gate.rego': policy, ...files });
  return mc(['opa-sim', '--policy', 'p', '--decision', 'data.gate.allow', flag, file], dir);
}

describe('opa-sim: duplicate keys refused in every reader', () => {
  const dup = '{"user":"bob","user":"admin"}';

  it('--inputs JSONL: a line with a duplicate key is exit 2 naming file, line and key', async () => {
    const r = await run({ 'in.jsonl': `{"user":"admin"}\n${dup}\n` }, '--inputs', 'in.jsonl');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('in.jsonl:2');
    expect(r.stderr).toContain('duplicate key "user"');
    expect(r.stdout).not.toMatch(/PASSED/);
  });

  it('--input JSON file: the same refusal', async () => {
    const r = await run({ 'in.json': dup }, '--input', 'in.json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('duplicate key "user"');
  });

  it('--input YAML file and --config: refused too', async () => {
    expect((await run({ 'in.yaml': 'user: bob\nuser: admin\n' }, '--input', 'in.yaml')).code).toBe(2);
    const r = await run({ 'c.yaml': 'user: bob\nuser: admin\n' }, '--config', 'c.yaml');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unique keys');
  });

  it('nested duplicates are refused too; distinct keys still pass', async () => {
    expect((await run({ 'in.jsonl': '{"a":{"user":"bob","user":"admin"}}\n' }, '--inputs', 'in.jsonl')).code).toBe(2);
    expect((await run({ 'in.jsonl': '{"user":"admin"}\n' }, '--inputs', 'in.jsonl')).code).toBe(0);
    expect((await run({ 'in.jsonl': '{"user":"bob"}\n' }, '--inputs', 'in.jsonl')).code).toBe(1);
  });

  it('an own "__proto__" member is kept as data, as JSON.parse keeps it', async () => {
    const dir = tree({
      'p/gate.rego': 'package gate\nimport rego.v1\ndefault allow := false\nallow if input.__proto__.user == "admin"\n',
      'in.jsonl': '{"__proto__":{"user":"admin"}}\n',
    });
    const r = await mc(['opa-sim', '--policy', 'p', '--decision', 'data.gate.allow', '--inputs', 'in.jsonl'], dir);
    expect(r.code).toBe(0);
  });
});

describe('opa-sim: exact integers and bounded YAML in inputs', () => {
  const policy = 'package gate\nimport rego.v1\ndefault allow := false\nallow if input.id == 9007199254740993\n';
  it('an integer beyond 2^53 is compared exactly (JSONL, JSON and YAML inputs)', async () => {
    for (const [flag, file, text] of [
      ['--inputs', 'in.jsonl', '{"id": 9007199254740993}\n'],
      ['--input', 'in.json', '{"id": 9007199254740993}'],
      ['--input', 'in.yaml', 'id: 9007199254740993\n'],
    ]) {
      const ok = tree({ 'p/gate.rego': policy, [file]: text });
      expect((await mc(['opa-sim', '--policy', 'p', '--decision', 'data.gate.allow', flag, file], ok)).code, file).toBe(0);
      const off = tree({ 'p/gate.rego': policy, [file]: text.replace('993', '992') });
      expect((await mc(['opa-sim', '--policy', 'p', '--decision', 'data.gate.allow', flag, file], off)).code, file).toBe(1);
    }
  });

  it('a YAML input aliasing one big list many times is refused on its expanded size (exit 2)', async () => {
    const list = '&l [' + Array.from({ length: 50_000 }, () => '1').join(',') + ']';
    const bomb = `base: ${list}\n` + Array.from({ length: 200 }, (_, i) => `k${i}: *l`).join('\n') + '\n';
    const dir = tree({ 'p/gate.rego': policy, 'bomb.yaml': bomb });
    const r = await mc(['opa-sim', '--policy', 'p', '--decision', 'data.gate.allow', '--config', 'bomb.yaml'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nodes with aliases expanded');
  });
});
