/**
 * Loading what the opa-sim gate evaluates: Rego modules (files and directories, as `opa eval -d`
 * and conftest `--policy` take them), base data documents (JSON/YAML merged at the root, as OPA
 * merges data files), and the inputs (JSON/YAML files, JSON Lines, conftest-style config files
 * with one input per YAML document), each with the file and line it came from.
 */
import { lstat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { LineCounter, parseAllDocuments } from 'yaml';
import { InputError } from '../core/errors.js';
import { comparePaths, expandPaths, readText } from '../core/fsx.js';
import { sha256Hex } from '../core/digest.js';
import { canonicalJson } from '../core/jcs.js';
import { droppedScalar, exactIntegers, measureExpansion, preScanExpansion } from '../core/yaml-limits.js';
import type { RegoModuleSource } from '../rego/index.js';
import { parseJSONExact } from '../rego/jsonexact.js';
import { toJSONValue, type Value } from '../rego/value.js';

/** A Rego module as loaded, with its SHA-256 for the evidence record. */
export interface LoadedModule extends RegoModuleSource {
  /** hex SHA-256 of the UTF-8 text */
  sha256: string;
}

/** Options for {@link loadPolicies}. */
export interface LoadPolicyOptions {
  /** directory that module paths are shown relative to (locations, reports); default cwd */
  cwd?: string;
  /** also load `*_test.rego` files (default false: the gate does not need the tests) */
  includeTests?: boolean;
}

/** Shows `abs` relative to `cwd` when it lies inside, else as an absolute path (POSIX separators). */
export function displayPath(cwd: string, abs: string): string {
  const rel = relative(cwd, abs);
  if (rel && !rel.startsWith('..') && !isAbsolute(rel)) return rel.split(sep).join('/');
  return abs.split(sep).join('/');
}

/**
 * Reads every `.rego` file named by `paths` (files, or directories searched recursively;
 * symbolic links refused), sorted by path. `*_test.rego` files are skipped unless `includeTests`.
 * @throws InputError for a missing path, a non-.rego file, or a path list without any module.
 */
export async function loadPolicies(paths: string[], opts: LoadPolicyOptions = {}): Promise<LoadedModule[]> {
  const cwd = resolve(opts.cwd ?? process.cwd());
  const files = new Set<string>();
  for (const p of paths) {
    const abs = resolve(cwd, p);
    let st;
    try {
      st = await lstat(abs);
    } catch {
      throw new InputError(p, undefined, 'a Rego file or a directory of Rego files', { found: 'no such file' });
    }
    if (st.isSymbolicLink()) throw new InputError(p, undefined, 'a regular file or directory (symbolic links are refused)');
    if (st.isDirectory()) {
      // the directory's own name is the glob's static base (a pattern with an empty base would name the root itself)
      const parent = dirname(abs);
      for (const rel of await expandPaths([`${basename(abs)}/**/*.rego`], { root: parent })) files.add(join(parent, rel));
    } else if (abs.endsWith('.rego')) {
      files.add(abs);
    } else {
      throw new InputError(p, undefined, 'a .rego file or a directory');
    }
  }
  const chosen = [...files].filter((f) => opts.includeTests || !f.endsWith('_test.rego')).sort(comparePaths);
  if (!chosen.length) throw new InputError(paths.join(', '), undefined, 'at least one .rego policy module');
  const out: LoadedModule[] = [];
  for (const abs of chosen) {
    const text = await readText(abs, 'Rego module');
    out.push({ path: displayPath(cwd, abs), text, sha256: sha256Hex(text) });
  }
  return out;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Deep-merges `src` into `dst` (objects merge key by key; any other clash must be equal).
 * @throws InputError naming `file` and the key path on a conflict (OPA refuses conflicting data files too).
 */
export function mergeData(
  dst: Record<string, unknown>,
  src: Record<string, unknown>,
  file: string,
  at: string[] = [],
): Record<string, unknown> {
  for (const [k, v] of Object.entries(src)) {
    const path = [...at, k];
    if (!(k in dst)) dst[k] = v;
    else if (isPlainObject(dst[k]) && isPlainObject(v)) mergeData(dst[k] as Record<string, unknown>, v, file, path);
    else if (canonicalJson(dst[k]) !== canonicalJson(v))
      throw new InputError(file, path.join('.'), 'no conflict with data loaded from another file');
  }
  return dst;
}

/** A parsed JSON or YAML document with its position: 1-based line of its first character. */
interface ParsedDoc {
  value: unknown;
  line: number;
}

/**
 * Parses YAML 1.2 (a superset of JSON) into its documents, each with its starting line. Integers are
 * exact (beyond 2^53 a bigint, as the Rego engine keeps them); duplicate keys are refused and the
 * expanded size (nodes and scalar text through aliases) is bounded, as for config-attest.
 */
function parseYamlDocs(text: string, file: string): ParsedDoc[] {
  const scalarOffsets: number[] = [];
  const early = preScanExpansion(text, undefined, scalarOffsets);
  if (early) throw new InputError(file, `document ${early.document}`, `${early.message}; alias bombs are refused`);
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, uniqueKeys: false, intAsBigInt: true });
  const list = Array.isArray(docs) ? docs : [docs];
  const out: ParsedDoc[] = [];
  for (const d of list) {
    const err = d.errors[0];
    if (err) {
      const line = lineCounter.linePos(err.pos[0]).line;
      throw new InputError(file, undefined, 'valid YAML or JSON', { line, found: err.message.split('\n')[0] });
    }
  }
  const dropped = droppedScalar(list, scalarOffsets);
  if (dropped !== undefined) {
    throw new InputError(file, undefined, 'valid YAML or JSON (content the parser would drop without an error is refused)', {
      line: lineCounter.linePos(dropped).line,
    });
  }
  for (const d of list) {
    const size = measureExpansion(d);
    if (size.duplicateKey) {
      throw new InputError(file, undefined, 'a YAML document with unique keys (duplicate keys are refused)', {
        line: lineCounter.linePos(size.duplicateKey.offset).line,
        found: `duplicate key ${JSON.stringify(size.duplicateKey.key)}`,
      });
    }
    if (size.exceeded) throw new InputError(file, undefined, `${size.exceeded}; alias bombs are refused`);
    let value: unknown;
    try {
      value = exactIntegers(d.toJS({ maxAliasCount: 1000 }));
    } catch (e) {
      throw new InputError(file, undefined, 'a YAML document that resolves to JSON data', { found: (e as Error).message.split('\n')[0] });
    }
    const start = d.contents?.range?.[0] ?? d.range[0];
    out.push({ value, line: lineCounter.linePos(start).line });
  }
  return out;
}

/**
 * The one JSON reader of inputs (`--input` JSON files and every `--inputs` JSON Lines line): RFC 8259
 * through the Rego engine's exact reader, duplicate keys refused (as the YAML reader refuses them),
 * integers exact (beyond 2^53 a bigint, as the engine keeps them). An own `__proto__` member stays a member.
 * @param line 1-based line of `text` in `file`, for messages
 * @throws InputError naming file and line: malformed JSON, or `duplicate key "K"`
 */
export function parseJsonInput(text: string, file: string, line: number, expected: string): unknown {
  try {
    return toJSONValue(parseJSONExact(text, { uniqueKeys: true }) as Value, true);
  } catch (e) {
    const msg = (e as Error).message;
    const dup = /^duplicate key (".*") at position \d+$/.exec(msg);
    if (dup)
      throw new InputError(file, undefined, `${expected} with unique keys (duplicate keys are refused)`, {
        line,
        found: `duplicate key ${dup[1]}`,
      });
    throw new InputError(file, undefined, expected, { line, found: msg });
  }
}

/**
 * Reads base data files (JSON or YAML objects) and merges them at the root of `data`.
 * @throws InputError for an unreadable file, a document that is not an object, or a conflict.
 */
export async function loadData(paths: string[], cwd = process.cwd()): Promise<Record<string, unknown>> {
  const data: Record<string, unknown> = {};
  for (const p of paths) {
    const text = await readText(resolve(cwd, p), 'data file');
    for (const doc of parseYamlDocs(text, p)) {
      if (doc.value === null || doc.value === undefined) continue;
      if (!isPlainObject(doc.value))
        throw new InputError(p, undefined, 'a data document that is an object (merged at data.)', { line: doc.line });
      mergeData(data, doc.value, p);
    }
  }
  return data;
}

/** Where an input came from: the file (as shown), its 1-based line, and its index in that file. */
export interface InputSource {
  file: string;
  line: number;
  /** 0-based position of the input within the file (JSONL line, YAML document) */
  index: number;
  kind: 'input' | 'jsonl' | 'config';
}

/** One input to decide on. */
export interface GateInput {
  source: InputSource;
  input: unknown;
}

/**
 * Expands file paths and globs (relative to `cwd`, which results may not leave) to files.
 * @throws InputError when nothing matches (an empty input set would be a vacuous pass).
 */
async function expand(patterns: string[], cwd: string, what: string): Promise<string[]> {
  const out: string[] = [];
  for (const pat of patterns) {
    if (isAbsolute(pat)) {
      out.push(pat);
      continue;
    }
    const found = await expandPaths([pat], { root: cwd });
    if (!found.length) throw new InputError(pat, undefined, `${what} (the pattern matched no file)`);
    out.push(...found);
  }
  return [...new Set(out)];
}

/**
 * Reads whole-file inputs: each JSON or YAML file is one input (a YAML stream of several
 * documents is refused here: use `--config` for one input per document).
 */
export async function readInputFiles(patterns: string[], cwd = process.cwd()): Promise<GateInput[]> {
  const out: GateInput[] = [];
  for (const f of await expand(patterns, cwd, 'an input file')) {
    const abs = resolve(cwd, f);
    const file = displayPath(cwd, abs);
    const text = await readText(abs, 'input file');
    if (/\.json$/i.test(file)) {
      // JSON is read by the JSON reader (the same as for JSON Lines), YAML by the YAML reader
      const first = text.search(/\S/);
      const line = first < 0 ? 1 : text.slice(0, first).split('\n').length;
      out.push({ source: { file, line, index: 0, kind: 'input' }, input: parseJsonInput(text, file, line, 'one JSON value') });
      continue;
    }
    const docs = parseYamlDocs(text, file).filter((d) => d.value !== undefined);
    if (docs.length !== 1) throw new InputError(file, undefined, 'exactly one JSON or YAML document', { found: `${docs.length}` });
    out.push({ source: { file, line: docs[0].line, index: 0, kind: 'input' }, input: docs[0].value });
  }
  return out;
}

/**
 * Reads JSON Lines (https://jsonlines.org): one JSON value per non-blank line, each an input.
 * @throws InputError naming the file and line of a line that is not JSON.
 */
export async function readJsonLines(patterns: string[], cwd = process.cwd()): Promise<GateInput[]> {
  const out: GateInput[] = [];
  for (const f of await expand(patterns, cwd, 'a JSON Lines file')) {
    const abs = resolve(cwd, f);
    const file = displayPath(cwd, abs);
    const lines = (await readText(abs, 'JSON Lines file')).split('\n');
    let index = 0;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i].replace(/\r$/, '');
      if (!line.trim()) continue;
      const value = parseJsonInput(line, file, i + 1, 'one JSON value per line');
      out.push({ source: { file, line: i + 1, index: index++, kind: 'jsonl' }, input: value });
    }
  }
  return out;
}

/**
 * Reads configuration files as conftest does: each YAML document (or the JSON file) is one
 * input; empty documents are skipped.
 */
export async function readConfigFiles(patterns: string[], cwd = process.cwd()): Promise<GateInput[]> {
  const out: GateInput[] = [];
  for (const f of await expand(patterns, cwd, 'a configuration file')) {
    const abs = resolve(cwd, f);
    const file = displayPath(cwd, abs);
    let index = 0;
    for (const d of parseYamlDocs(await readText(abs, 'configuration file'), file)) {
      if (d.value === null || d.value === undefined) continue;
      out.push({ source: { file, line: d.line, index: index++, kind: 'config' }, input: d.value });
    }
  }
  return out;
}
