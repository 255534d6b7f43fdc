/**
 * Loads `opa eval -d` / `opa test` paths: `.rego` modules, and `.json` / `.yaml` / `.yml` data
 * files. Directories are walked recursively; a data file found inside a directory is placed at
 * the data path of its sub-directory relative to that directory (as OPA's loader does), a data
 * file named directly is merged at the root. Big integers are read exactly.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import YAML from 'yaml';
import { InputError } from '../core/errors.js';
import { parseJSONExact } from './jsonexact.js';
import { RObject, toJSONValue, type Value } from './value.js';
import type { RegoModuleSource } from './types.js';

export interface Loaded {
  modules: RegoModuleSource[];
  /** merged base data (plain JSON, exact big integers as bigint) */
  data: Record<string, unknown>;
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const ents = await readdir(dir, { withFileTypes: true });
  ents.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of ents) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else out.push(p);
  }
  return out;
}

/** Parses a JSON or YAML data file into a plain value (exact integers). @throws InputError */
export async function readDataFile(path: string): Promise<unknown> {
  const text = await readFile(path, 'utf8');
  try {
    if (/\.json$/i.test(path)) return toJSONValue(parseJSONExact(text) as Value, true);
    return YAML.parse(text, { intAsBigInt: true }) ?? null;
  } catch (e) {
    throw new InputError(path, undefined, /\.json$/i.test(path) ? 'valid JSON' : 'valid YAML', {
      found: (e as Error).message.split('\n')[0],
    });
  }
}

function mergeAt(root: Record<string, unknown>, path: string[], value: unknown, file: string): void {
  let cur = root;
  for (const k of path) {
    const next = cur[k];
    if (next === undefined) cur[k] = {};
    else if (typeof next !== 'object' || next === null || Array.isArray(next))
      throw new InputError(file, path.join('.'), 'an object to merge data into');
    cur = cur[k] as Record<string, unknown>;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof RObject) {
    if (path.length === 0) throw new InputError(file, undefined, 'a JSON/YAML object at the top level of a root data file');
    // replace the leaf: set on parent
    const parent = path.slice(0, -1).reduce((o, k) => o[k] as Record<string, unknown>, root);
    parent[path[path.length - 1]] = value;
    return;
  }
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const existing = cur[k];
    if (existing && typeof existing === 'object' && !Array.isArray(existing) && v && typeof v === 'object' && !Array.isArray(v)) {
      mergeAt(cur, [k], v, file);
    } else if (existing !== undefined) throw new InputError(file, [...path, k].join('.'), 'no conflict with data loaded from another file');
    else cur[k] = v;
  }
}

/**
 * Loads modules and data from files and directories (relative to `cwd`; module paths are kept
 * as given, for error locations). @throws InputError on unreadable or malformed files.
 */
export async function loadPaths(paths: string[], cwd = process.cwd()): Promise<Loaded> {
  const modules: RegoModuleSource[] = [];
  const data: Record<string, unknown> = {};
  for (const p of paths) {
    let st;
    try {
      st = await stat(resolve(cwd, p));
    } catch {
      throw new InputError(p, undefined, 'an existing .rego, .json or .yaml file or directory');
    }
    const files = st.isDirectory()
      ? (await walk(resolve(cwd, p))).map((f) => ({ f: join(p, relative(resolve(cwd, p), f)), rel: relative(resolve(cwd, p), f) }))
      : [{ f: p, rel: '' }];
    for (const { f, rel } of files) {
      if (f.endsWith('.rego')) modules.push({ path: f, text: await readFile(resolve(cwd, f), 'utf8') });
      else if (/\.(json|ya?ml)$/i.test(f)) {
        const v = await readDataFile(resolve(cwd, f));
        const dirParts = rel ? rel.split(sep).slice(0, -1) : [];
        mergeAt(data, dirParts, v, f);
      } else if (!st.isDirectory()) {
        throw new InputError(f, undefined, 'a .rego, .json, .yaml or .yml file');
      }
    }
  }
  return { modules, data };
}
