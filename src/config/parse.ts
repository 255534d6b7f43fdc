/**
 * Parsing config files (Helm values, rendered Kubernetes manifests, JSON) with the `yaml`
 * library: YAML 1.2 core schema, anchors and aliases resolved, merge keys (`<<`) applied,
 * duplicate keys refused, alias bombs and oversized files refused (exit 2).
 *
 * Source positions are kept (the yaml Document and a LineCounter) so a change can be
 * annotated on its line (`::error file=…,line=…`). Where none are needed (`positions: false`),
 * plain files are read by the fast reader of fast-yaml.ts (same data, proven over the corpus),
 * everything else by the `yaml` library as above.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node } from 'yaml';
import { InputError } from '../core/errors.js';
import { DEFAULT_EXPANSION, droppedScalar, exactIntegers, measureExpansion, preScanExpansion } from '../core/yaml-limits.js';
import { readPlainYaml } from './fast-yaml.js';

/** Resource limits applied while parsing. */
export interface ParseLimits {
  /** largest accepted file, in bytes (default 32 MiB) */
  maxFileBytes: number;
  /**
   * alias budget passed to the yaml library's `maxAliasCount`: resolving aliases may not expand
   * to more than this many alias nodes times aliased nodes (default 1000). Billion-laughs
   * documents exceed it at once and are refused.
   */
  maxAliasCount: number;
  /**
   * most nodes one document may have with aliases and merge keys expanded (default 4,000,000): the
   * bound on the work every later step does (digests, canonical JSON, diff), whatever the alias count
   */
  maxExpandedNodes?: number;
  /** most characters of scalar text one document may have with aliases expanded (default 64 MiB) */
  maxExpandedChars?: number;
}

export const DEFAULT_LIMITS: ParseLimits = {
  maxFileBytes: 32 * 1024 * 1024,
  maxAliasCount: 1000,
  maxExpandedNodes: DEFAULT_EXPANSION.maxNodes,
  maxExpandedChars: DEFAULT_EXPANSION.maxScalarChars,
};

/** One YAML document of a file, as a plain JSON value plus what is needed to find lines. */
export interface ParsedDocument {
  /** POSIX path relative to the root */
  file: string;
  /** 0-based index of the document in its file (empty documents are counted) */
  index: number;
  /**
   * the document's value (JSON data model: objects, arrays, strings, numbers, booleans, null); an
   * integer beyond ±(2^53 − 1) is a `bigint`, exact (never rounded to a double)
   */
  value: unknown;
  /** the yaml Document, for source positions (absent when parsed without positions) */
  doc?: Document.Parsed;
  /** line starts of the file (absent when parsed without positions) */
  lineCounter?: LineCounter;
}

/**
 * Parses every document of one file.
 * @param text the file's contents (UTF-8)
 * @param file the name used in messages and reports
 * @param opts.positions keep the yaml Documents for {@link lineOf} (default true; a snapshot needs none,
 *   and dropping them keeps memory flat on large sets). Without positions a plain file is read by the
 *   fast reader (readPlainYaml: the same documents and values), any other by the `yaml` library.
 * @returns the non-empty documents (a document whose value is null, e.g. after a trailing `---`, is skipped)
 * @throws InputError (exit 2) on a YAML error (with line), a duplicate key, an alias bomb (a document
 *   over the expanded-size limits or the alias budget), a recursive alias, a non-finite number, or a file
 *   over `limits.maxFileBytes`.
 */
export function parseConfigText(
  text: string,
  file: string,
  limits: ParseLimits = DEFAULT_LIMITS,
  opts: { positions?: boolean } = {},
): ParsedDocument[] {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > limits.maxFileBytes) {
    throw new InputError(file, undefined, `a config file of at most ${limits.maxFileBytes} bytes (oversized documents are refused)`, {
      found: `${bytes} bytes`,
    });
  }
  const expansion = {
    maxNodes: limits.maxExpandedNodes ?? DEFAULT_EXPANSION.maxNodes,
    maxScalarChars: limits.maxExpandedChars ?? DEFAULT_EXPANSION.maxScalarChars,
  };
  if (opts.positions === false) {
    const values = readPlainYaml(text, expansion);
    if (values) {
      const out: ParsedDocument[] = [];
      for (const [index, value] of values.entries()) if (value !== null) out.push({ file, index, value });
      return out;
    }
  }
  // a lower bound of the expanded size from the lexer alone: an alias bomb is refused before the
  // library builds its node tree (about 1 KB per node)
  const scalarOffsets: number[] = [];
  const early = preScanExpansion(text, expansion, scalarOffsets);
  if (early) throw new InputError(file, `document ${early.document}`, `${early.message}; alias bombs are refused`);
  const lineCounter = new LineCounter();
  // intAsBigInt: integers are read exactly (an int64 change beyond 2^53 must never look like formatting);
  // duplicate keys are found by measureExpansion in linear time (the library's uniqueKeys is quadratic)
  const docs = parseAllDocuments(text, {
    version: '1.2',
    schema: 'core',
    merge: true,
    uniqueKeys: false,
    intAsBigInt: true,
    lineCounter,
    prettyErrors: false,
  });
  const out: ParsedDocument[] = [];
  // an empty stream is an empty array (yaml's EmptyStream)
  for (const [index, doc] of docs.entries()) {
    const err = doc.errors[0];
    if (err) {
      const line = lineCounter.linePos(err.pos[0]).line;
      throw new InputError(file, `document ${index}`, 'valid YAML 1.2', { line, found: err.message.split('\n')[0] });
    }
  }
  const dropped = droppedScalar(docs, scalarOffsets);
  if (dropped !== undefined) {
    const line = lineCounter.linePos(dropped).line;
    throw new InputError(
      file,
      undefined,
      'valid YAML 1.2 (content the parser would drop without an error is refused: other YAML readers reject it)',
      { line, found: JSON.stringify(text.slice(dropped, dropped + 40).split('\n')[0]) },
    );
  }
  for (const [index, doc] of docs.entries()) {
    // the expanded size is measured on the node tree, before any data is built from it
    const size = measureExpansion(doc, expansion);
    if (size.duplicateKey) {
      throw new InputError(file, `document ${index}`, 'valid YAML 1.2', {
        line: lineCounter.linePos(size.duplicateKey.offset).line,
        found: `Map keys must be unique: ${JSON.stringify(size.duplicateKey.key)} twice`,
      });
    }
    if (size.exceeded) throw new InputError(file, `document ${index}`, `${size.exceeded}; alias bombs are refused`);
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: limits.maxAliasCount });
    } catch (e) {
      const msg = (e as Error).message;
      if (/alias/i.test(msg)) {
        throw new InputError(file, `document ${index}`, `at most ${limits.maxAliasCount} alias expansions (alias bombs are refused)`, {
          found: msg.split('\n')[0],
        });
      }
      throw new InputError(file, `document ${index}`, 'a YAML document that resolves to JSON data', { found: msg.split('\n')[0] });
    }
    if (value === null || value === undefined) continue;
    value = checkJsonData(value, file, index);
    out.push(opts.positions === false ? { file, index, value } : { file, index, value, doc, lineCounter });
  }
  return out;
}

/**
 * Refuses values the JSON data model (and RFC 8785) cannot carry (.inf, .nan) and makes integers
 * exact (see exactIntegers). @returns the value with its integers converted
 */
function checkJsonData(value: unknown, file: string, index: number): unknown {
  return exactIntegers(value, (v) => {
    if (typeof v === 'number' && !Number.isFinite(v)) {
      throw new InputError(file, `document ${index}`, 'finite numbers (.inf and .nan cannot be hashed as canonical JSON)', {
        found: String(v),
      });
    }
  });
}

/**
 * The 1-based line where the value at `path` (map keys and sequence indices, as in the JSON value)
 * is written, following aliases and merge keys. For a map entry, the key's line.
 * Returns the deepest line found when the path leaves the source (e.g. a removed entry).
 */
export function lineOf(d: ParsedDocument, path: (string | number)[]): number | undefined {
  if (!d.doc) return undefined;
  let node: unknown = d.doc.contents;
  let line = rangeLine(d, node);
  for (const seg of path) {
    node = deref(d, node);
    let next: { key?: unknown; value: unknown } | undefined;
    if (isMap(node)) next = findPair(d, node, String(seg), 0);
    else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      next = item === undefined ? undefined : { value: item };
    }
    if (!next) return line;
    line = rangeLine(d, next.key ?? next.value) ?? line;
    node = next.value;
  }
  return line;
}

function deref(d: ParsedDocument, node: unknown): unknown {
  for (let i = 0; i < 100 && isAlias(node) && d.doc; i++) node = node.resolve(d.doc);
  return node;
}

function rangeLine(d: ParsedDocument, node: unknown): number | undefined {
  const r = (node as Node | undefined)?.range;
  return r && d.lineCounter ? d.lineCounter.linePos(r[0]).line : undefined;
}

/** Finds a map entry by key, looking through merge keys (`<<`) as YAML 1.1 merge does: own keys win. */
function findPair(d: ParsedDocument, map: unknown, key: string, depth: number): { key?: unknown; value: unknown } | undefined {
  if (!isMap(map) || depth > 20) return undefined;
  const merges: unknown[] = [];
  for (const p of map.items) {
    if (!isPair(p)) continue;
    const k = isScalar(p.key) ? p.key.value : p.key;
    if (k === '<<' || (isScalar(p.key) && p.key.source === '<<')) {
      merges.push(p.value);
      continue;
    }
    if (String(k) === key) return { key: p.key, value: p.value };
  }
  for (const m of merges) {
    const v = deref(d, m);
    const sources = isSeq(v) ? v.items.map((x) => deref(d, x)) : [v];
    for (const s of sources) {
      const hit = findPair(d, s, key, depth + 1);
      if (hit) return hit;
    }
  }
  return undefined;
}
