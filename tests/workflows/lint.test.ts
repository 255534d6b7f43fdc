// `npm run lint:workflows` (scripts/lint-workflows.mjs): the repository's workflows, starters and
// README examples are clean, and deliberately broken ones make it fail, each problem named with
// its file and line: invalid YAML (the old release-gate.yml line 179), a key the schema does not
// allow, an unknown expression function, a shellcheck finding in a run: block, a starter whose
// iconName is not an octicon, a call to a reusable workflow that does not exist.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeWith } from '../helpers/references.js';
import { node24, repoRoot } from '../harness/runner.js';

interface Problem {
  file: string;
  line: number;
  kind: string;
  message: string;
}
const lint = (...args: string[]) => {
  const r = spawnSync(node24, [join(repoRoot, 'scripts/lint-workflows.mjs'), '--json', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return {
    code: r.status,
    stderr: r.stderr,
    out: r.stdout ? (JSON.parse(r.stdout) as { files: string[]; problems: Problem[] }) : { files: [], problems: [] },
  };
};
const tmp = () => mkdtempSync(join(tmpdir(), 'mc-lint-'));

const GOOD = `name: ok
on: push
permissions:
  contents: read
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo "hello"
`;

describeWith(['shellcheck'], 'lint:workflows', () => {
  it('the repository is clean: every workflow, starter, .properties.json and README example', () => {
    const r = lint();
    expect(r.out.problems, r.stderr).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.out.files).toEqual(
      expect.arrayContaining([
        '.github/workflows/release-gate.yml',
        '.github/workflows/drill-tamper.yml',
        'workflows-templates/release-gate.properties.json',
        'README.md',
        'actions/config-attest/README.md',
      ]),
    );
  }, 180_000);

  it('invalid YAML (an unquoted run: value holding `{gates: ...`) fails with its line; the same workflow without the fault passes', () => {
    const d = tmp();
    writeFileSync(join(d, 'ok.yml'), GOOD);
    writeFileSync(
      join(d, 'broken.yml'),
      GOOD.replace('      - run: echo "hello"\n', '      - run: echo "$X" | jq \'{gates: to_entries}\' > out.json\n'),
    );
    const r = lint(join(d, 'ok.yml'), join(d, 'broken.yml'));
    expect(r.code).toBe(1);
    expect(r.out.problems).toHaveLength(1);
    expect(r.out.problems[0]).toMatchObject({ file: join(d, 'broken.yml'), line: 9 });
    expect(r.out.problems[0].message).toMatch(/mapping values are not allowed/);
  }, 180_000);

  it('schema, expression, shellcheck, action-input, starter, host-call and README-example faults each fail, named with file and line', () => {
    const d = tmp();
    writeFileSync(join(d, 'schema.yml'), GOOD.replace('  contents: read', '  contents: maybe'));
    writeFileSync(join(d, 'expr.yml'), GOOD.replace('echo "hello"', "echo \"${{ replace(github.ref, 'a', 'b') }}\""));
    writeFileSync(join(d, 'shell.yml'), GOOD.replace('echo "hello"', 'cd $1'));
    writeFileSync(join(d, 'call.yml'), 'on: push\njobs:\n  gate:\n    uses: mc/actions/.github/workflows/no-such.yml@v1\n');
    writeFileSync(
      join(d, 'inputs.yml'),
      'on: push\njobs:\n  gate:\n    uses: mc/actions/.github/workflows/drill-tamper.yml@v1\n    with:\n      no-such-input: x\n',
    );
    writeFileSync(
      join(d, 'action.yml'),
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: mc/config-attest@v1\n        with:\n          mode: verify\n          baseline-file: x\n',
    );
    writeFileSync(join(d, 'starter.yml'), GOOD);
    writeFileSync(
      join(d, 'README.md'),
      '# x\n\ntext\n\n```yaml\njobs:\n  a:\n    runs-on: ubuntu-latest\n    timeout: 5\n    steps:\n      - run: echo hi\n```\n',
    );
    writeFileSync(
      join(d, 'starter.properties.json'),
      JSON.stringify({ name: 'x', description: 'y', iconName: 'octicon not-an-icon', categories: ['Security'] }),
    );
    // one run over all of them (the linter loads actionlint and the schema once)
    const r = lint(
      ...['schema.yml', 'expr.yml', 'shell.yml', 'call.yml', 'inputs.yml', 'action.yml', 'starter.properties.json', 'README.md'].map((f) =>
        join(d, f),
      ),
    );
    expect(r.code).toBe(1);
    const of = (f: string) => r.out.problems.filter((p) => p.file === join(d, f) || p.file.endsWith(`/${f}`));
    expect(of('schema.yml').map((p) => p.kind)).toEqual(expect.arrayContaining(['schema']));
    expect(of('expr.yml').map((p) => p.kind)).toEqual(expect.arrayContaining(['actionlint expression']));
    expect(of('shell.yml').map((p) => [p.kind, p.line])).toEqual(expect.arrayContaining([['shellcheck', 9]]));
    expect(
      of('call.yml')
        .map((p) => p.message)
        .join('\n'),
    ).toContain('no-such.yml, which does not exist in mc/actions');
    const inputs = of('inputs.yml')
      .map((p) => p.message)
      .join('\n');
    expect(inputs).toContain("input 'no-such-input' is not an input of drill-tamper.yml");
    expect(inputs).toContain("required secret 'EVIDENCE_SIGNING_KEY' of drill-tamper.yml is not given");
    const action = of('action.yml')
      .map((p) => p.message)
      .join('\n');
    expect(action).toContain("'baseline-file' is not an input of mc/config-attest@v1");
    expect(action).toContain("required input 'paths' of mc/config-attest@v1 is not given");
    expect(
      of('starter.properties.json')
        .map((p) => p.message)
        .join('\n'),
    ).toContain("'not-an-icon' is not an octicon");
    // a broken workflow example in a README fails at the README's line
    expect(of('README.md').some((p) => p.line === 9 && /timeout/.test(p.message))).toBe(true);
  }, 180_000);
});
