/**
 * `mc opa eval` and `mc opa test`: the embedded Rego engine with `opa eval --format json` /
 * `opa test` compatible flags and output, so users can swap engines.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import YAML from 'yaml';
import { resolve } from 'node:path';
import { ExitCode, InputError, UsageError } from '../../core/errors.js';
import { parseCliArgs, type CliCommand } from '../cli.js';
import { compile, runTests, RegoErrors, type RegoError } from '../../rego/index.js';
import { compileCached, defaultCacheDir } from '../../opa/compile-cache.js';
import { loadPaths, readDataFile } from '../../rego/loader.js';
import { formatRegoError } from '../../rego/errors.js';
import { stringifyJSON } from '../../rego/value.js';
import { parseJSONExact } from '../../rego/jsonexact.js';
import { toJSONValue, type Value } from '../../rego/value.js';
import { Evaluator } from '../../rego/eval.js';
import type { CompiledPolicy } from '../../rego/compiler.js';

const EVAL_USAGE =
  'mc opa eval -d PATH... [-i INPUT.json|yaml | -I (input from stdin)] [--format json|pretty|raw] [--strict-builtin-errors] [--v0-compatible] [--fail|--fail-defined] [--no-cache] QUERY';
const TEST_USAGE = 'mc opa test PATH... [--run REGEX] [--format pretty|json] [--v0-compatible] [-v]';

function errorsJSON(errors: RegoError[]): string {
  return stringifyJSON(
    {
      errors: errors.map((e) => ({
        message: e.message,
        code: e.code,
        ...(e.location ? { location: { file: e.location.file, row: e.location.row, col: e.location.col } } : {}),
      })),
    },
    2,
  );
}

async function readInput(path: string): Promise<unknown> {
  if (/\.ya?ml$/i.test(path)) return readDataFile(path);
  const text = await readFile(path, 'utf8');
  try {
    return toJSONValue(parseJSONExact(text) as Value, true);
  } catch (e) {
    throw new InputError(path, undefined, 'valid JSON', { found: (e as Error).message });
  }
}

const evalCmd: CliCommand = {
  name: 'opa eval',
  summary: 'evaluate a Rego query (output as `opa eval --format json`)',
  usage: EVAL_USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCliArgs(
      argv,
      {
        data: { type: 'string', short: 'd', multiple: true },
        input: { type: 'string', short: 'i' },
        'stdin-input': { type: 'boolean', short: 'I', default: false },
        format: { type: 'string', short: 'f', default: 'json' },
        'strict-builtin-errors': { type: 'boolean', default: false },
        'v0-compatible': { type: 'boolean', default: false },
        fail: { type: 'boolean', default: false },
        'fail-defined': { type: 'boolean', default: false },
        'no-cache': { type: 'boolean', default: false },
      },
      EVAL_USAGE,
    );
    if (positionals.length !== 1) throw new UsageError(`expected exactly one QUERY\nusage: ${EVAL_USAGE}`);
    const format = values.format!;
    if (!['json', 'pretty', 'raw'].includes(format)) throw new UsageError(`--format: expected json, pretty or raw, found '${format}'`);
    const loaded = await loadPaths(values.data ?? [], io.cwd);
    if (values.input && values['stdin-input']) throw new UsageError(`-i and -I are exclusive\nusage: ${EVAL_USAGE}`);
    let input: unknown;
    if (values.input) input = await readInput(resolve(io.cwd, values.input));
    else if (values['stdin-input']) {
      const text = readFileSync(0, 'utf8');
      try {
        input = toJSONValue(parseJSONExact(text) as Value, true);
      } catch {
        try {
          input = YAML.parse(text, { intAsBigInt: true });
        } catch (e) {
          throw new InputError('<stdin>', undefined, 'JSON or YAML input', { found: (e as Error).message.split('\n')[0] });
        }
      }
    }
    try {
      // through the policy compile cache ($MC_CACHE_DIR, else $XDG_CACHE_HOME/mc or ~/.cache/mc); --no-cache: compile afresh
      const { compiled } = compileCached(
        loaded.modules,
        { regoVersion: values['v0-compatible'] ? 'v0' : 'v1' },
        values['no-cache'] ? undefined : defaultCacheDir(io.env),
      );
      const ev = new Evaluator(compiled as CompiledPolicy, {
        input,
        data: loaded.data,
        strictBuiltinErrors: values['strict-builtin-errors'],
        printHook: (m) => io.stderr(m + '\n'),
      });
      const rows = ev.query(positionals[0], true);
      if (format === 'raw') {
        for (const r of rows)
          for (const e of r.expressions) io.stdout((typeof e.value === 'string' ? e.value : stringifyJSON(e.value)) + '\n');
      } else if (format === 'pretty') {
        if (rows.length === 0) io.stdout('undefined\n');
        else if (rows.length === 1 && Object.keys(rows[0].bindings).length === 0 && rows[0].expressions.length === 1)
          io.stdout(stringifyJSON(rows[0].expressions[0].value, 2) + '\n');
        else
          io.stdout(
            stringifyJSON(
              rows.map((r) => (Object.keys(r.bindings).length ? r.bindings : r.expressions.map((e) => e.value))),
              2,
            ) + '\n',
          );
      } else {
        const result = rows.map((r) => ({
          expressions: r.expressions.map((e) => ({ value: e.value, text: e.text, location: { row: e.location.row, col: e.location.col } })),
          ...(Object.keys(r.bindings).length ? { bindings: r.bindings } : {}),
        }));
        io.stdout(stringifyJSON(rows.length ? { result } : {}, 2) + '\n');
      }
      if (values.fail && rows.length === 0) return ExitCode.Fail;
      if (values['fail-defined'] && rows.length > 0) return ExitCode.Fail;
      return ExitCode.Pass;
    } catch (e) {
      if (!(e instanceof RegoErrors)) throw e;
      if (format === 'json') io.stdout(errorsJSON(e.errors) + '\n');
      else io.stderr(e.errors.map(formatRegoError).join('\n') + '\n');
      return ExitCode.Usage;
    }
  },
};

const testCmd: CliCommand = {
  name: 'opa test',
  summary: 'run Rego unit tests (test_* rules) like `opa test`',
  usage: TEST_USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCliArgs(
      argv,
      {
        run: { type: 'string', short: 'r' },
        format: { type: 'string', short: 'f', default: 'pretty' },
        verbose: { type: 'boolean', short: 'v', default: false },
        'v0-compatible': { type: 'boolean', default: false },
      },
      TEST_USAGE,
    );
    if (positionals.length === 0) throw new UsageError(`expected at least one PATH\nusage: ${TEST_USAGE}`);
    let filter: RegExp | undefined;
    if (values.run) {
      try {
        filter = new RegExp(values.run);
      } catch {
        throw new UsageError(`--run: expected a regular expression, found '${values.run}'`);
      }
    }
    const loaded = await loadPaths(positionals, io.cwd);
    let results;
    try {
      const compiled = compile(loaded.modules, { regoVersion: values['v0-compatible'] ? 'v0' : 'v1' });
      results = runTests(compiled, { data: loaded.data, filter });
    } catch (e) {
      if (!(e instanceof RegoErrors)) throw e;
      if (values.format === 'json') io.stdout(errorsJSON(e.errors) + '\n');
      else io.stderr(e.errors.map(formatRegoError).join('\n') + '\n');
      return ExitCode.Usage;
    }
    const failed = results.filter((r) => r.outcome !== 'pass');
    if (values.format === 'json') {
      io.stdout(
        stringifyJSON(
          results.map((r) => ({
            location: r.location,
            package: `data.${r.package}`,
            name: r.name,
            ...(r.outcome === 'fail' ? { fail: true } : {}),
            ...(r.error ? { error: r.error } : {}),
            duration: Math.round(r.durationMs * 1e6),
          })),
          2,
        ) + '\n',
      );
    } else {
      const line = (r: (typeof results)[number]): string =>
        `data.${r.package}.${r.name}: ${r.outcome.toUpperCase()} (${r.durationMs.toFixed(3)}ms)${r.error ? `\n  ${formatRegoError(r.error)}` : ''}`;
      if (failed.length) {
        const byFile = new Map<string, typeof results>();
        for (const r of failed) byFile.set(r.location.file, [...(byFile.get(r.location.file) ?? []), r]);
        for (const [file, rs] of byFile) io.stdout(`${file}:\n${rs.map(line).join('\n')}\n`);
      }
      if (values.verbose) for (const r of results) if (r.outcome === 'pass') io.stdout(line(r) + '\n');
      io.stdout('-'.repeat(80) + '\n');
      const pass = results.length - failed.length;
      if (pass) io.stdout(`PASS: ${pass}/${results.length}\n`);
      const nf = results.filter((r) => r.outcome === 'fail').length;
      const ne = results.filter((r) => r.outcome === 'error').length;
      if (nf) io.stdout(`FAIL: ${nf}/${results.length}\n`);
      if (ne) io.stdout(`ERROR: ${ne}/${results.length}\n`);
      if (results.length === 0) io.stdout('no tests found\n');
    }
    return failed.length ? ExitCode.Fail : ExitCode.Pass;
  },
};

export const commands: CliCommand[] = [evalCmd, testCmd];
