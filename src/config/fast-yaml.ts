/**
 * The fast reader of config files where no source positions are needed (snapshots, and verify's
 * files before it knows which drifted): js-yaml's event parser (YAML 1.2 syntax, scalar decoding)
 * with the `yaml` library's own YAML 1.2 core-schema tags resolving plain scalars, building the same
 * data as {@link parseConfigText}'s `yaml` path (issue 17: `yaml` spends ~1 KB and most of its time
 * per node on a tree that a snapshot throws away).
 *
 * It reads only the plain cases and gives up (returns undefined, the caller then reads the file with
 * the `yaml` library, whose answer and error messages are the reference) on anything else:
 * - anything js-yaml refuses (syntax errors, duplicate keys, nesting deeper than 100, a NUL byte);
 * - aliases (`*a`: their bounds, the alias budget and recursion are the `yaml` path's), merge keys
 *   (`<<`), explicit tags (`!!str`, `!foo`), directives (`%YAML`, `%TAG`);
 * - a map key that is a collection, a key written twice (as the `yaml` library writes object keys:
 *   `1` and `"1"` are one key, `~` is ""), a value that is not a finite number (.inf, .nan);
 * - a document over HALF of the expanded-size bounds (nodes, scalar characters: counted as
 *   {@link measureExpansion} counts them), so a document near a bound is decided by the exact measure;
 * - a document over {@link FAST_MAX_CHARS} (js-yaml holds all events of what it parses before any is
 *   counted, ~110 bytes each, up to two per character (`[:,:,…]`): larger files are parsed in parts cut
 *   at document starts, each part within the bound, which keeps the events under ~120 MB on top of what
 *   the `yaml` path then takes; real manifests have about one event per 10 characters).
 * Without aliases and merge keys nothing is expanded: the data is the text, so the bounds hold as
 * the `yaml` path measures them.
 *
 * Equivalence with the `yaml` path (same documents, same indices, same values, integers exact) is
 * tested over every file of corpora/configs, targeted edge cases and mutated inputs
 * (tests/config/fast-yaml.test.ts).
 */
import { EVENT_ID, getScalarValue, parseEvents, type Event } from 'js-yaml';
import { Schema } from 'yaml';
import { exactInteger } from '../core/jcs.js';
import { DEFAULT_EXPANSION, type ExpansionLimits } from '../core/yaml-limits.js';

/** Largest part of a file (UTF-16 code units, whole documents) the fast reader parses at once; a larger document is read by the `yaml` path. */
export const FAST_MAX_CHARS = 512 * 1024;

/** The `yaml` library's tags for plain scalars, as parseConfigText's documents get them (same options). */
interface PlainTag {
  default?: boolean | 'key';
  test?: RegExp;
  resolve: (source: string, onError: (message: string) => void, options: { intAsBigInt: boolean }) => unknown;
}
const CORE_TAGS = (new Schema({ schema: 'core', merge: true }).tags as unknown as PlainTag[]).filter((t) => t.default === true && t.test);
const RESOLVE_OPTIONS = { intAsBigInt: true };

/**
 * The first characters of the plain scalars that the core tags' tests can match (null `~ N n`, bool
 * `T t F f`, int and float `0-9 + - .`): any other plain scalar is a string without testing the eleven
 * patterns. Checked against the `yaml` library's patterns for every first character (tests/config/fast-yaml.test.ts).
 */
export const NON_STRING_FIRST_CHARS = '~NnTtFf0123456789+-.';
const NON_STRING_START = new Uint8Array(65536);
for (const c of NON_STRING_FIRST_CHARS) NON_STRING_START[c.charCodeAt(0)] = 1;

/**
 * Where js-yaml 5.5 and the `yaml` library read differently (found by differential fuzzing,
 * tests/config/fast-yaml.test.ts): a carriage return not followed by a line feed (line breaks differ),
 * a tab in indentation (the `yaml` library refuses it), a `...` document end marker (document indices
 * differ), an indented `---` or `...` on the first line (js-yaml starts a document there, the `yaml`
 * library reads text). Each pattern runs only when a quick search finds its character.
 */
function unlike(text: string): boolean {
  if (text.includes('\r') && /\r(?!\n)/.test(text)) return true;
  if (text.includes('\t') && /^ *\t/m.test(text)) return true;
  if ((text.startsWith('...') || text.includes('\n...')) && /^\.\.\.(?:[ \t\r\n]|$)/m.test(text)) return true;
  return /^\ufeff?[ \t]+(?:---|\.\.\.)/.test(text);
}

/** Thrown inside the reader to give up; never leaves this module. */
const GIVE_UP = Symbol('give up');

/**
 * Resolves a plain scalar as the `yaml` library does with the core schema (findScalarTagByTest: the
 * first default tag whose test matches, else a string), integers as bigint.
 */
function resolvePlain(source: string): unknown {
  if (source.length && !NON_STRING_START[source.charCodeAt(0)]) return source;
  for (const tag of CORE_TAGS) {
    if (!tag.test!.test(source)) continue;
    let failed = false;
    const v = tag.resolve(source, () => void (failed = true), RESOLVE_OPTIONS);
    if (failed) throw GIVE_UP;
    // some tags return a Scalar node (floats keep their format): its value is the data
    return v !== null && typeof v === 'object' ? (v as { value: unknown }).value : v;
  }
  return source;
}

type Frame =
  | { kind: 'doc'; value: unknown }
  | { kind: 'seq'; value: unknown[] }
  | { kind: 'map'; value: Record<string, unknown>; key: string | undefined; block: boolean };

/**
 * Whether a key of a block map starts its line: only indentation and `-`/`?` indicators before it
 * (js-yaml 5.5 reads `- {}x: 1` in a sequence as `{}` and a key `x` of the parent map; the `yaml`
 * library and the YAML grammar refuse it).
 */
function keyStartsLine(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return true;
    if (c !== 0x20 && c !== 0x2d && c !== 0x3f && c !== 0xfeff) return false; // space, '-', '?', a byte order mark
  }
  return true;
}

/**
 * Reads every document of `text` when it is one of the plain cases above. A file over `partChars` is
 * read in parts cut at document start lines (`---` at the start of a line: in YAML 1.2 no scalar or
 * collection goes on past one), each part at most {@link FAST_MAX_CHARS}, so a large rendered file
 * (`helm template > all.yaml`) is read fast with the events of one part held at a time.
 * @param text the file's contents
 * @param limits the expanded-size bounds of one document (a document over half of either is given up)
 * @param partChars the size parts are grouped up to (default {@link FAST_MAX_CHARS}; tests cut at every document)
 * @returns one value per document, in order, empty documents as null (integers exact: a bigint only
 *   beyond ±(2^53 − 1)); undefined when the `yaml` path must read the file. Never throws.
 */
export function readPlainYaml(
  text: string,
  limits: ExpansionLimits = DEFAULT_EXPANSION,
  partChars: number = FAST_MAX_CHARS,
): unknown[] | undefined {
  if (unlike(text)) return undefined;
  const bounds = parts(text, partChars);
  if (!bounds) return undefined;
  const docs: unknown[] = [];
  for (const [start, end] of bounds) {
    const part = bounds.length === 1 ? text : text.slice(start, end);
    let events: Event[];
    try {
      events = parseEvents(part, {});
    } catch {
      return undefined;
    }
    try {
      for (const d of construct(part, events, limits.maxNodes / 2, limits.maxScalarChars / 2)) docs.push(d);
    } catch (e) {
      if (e === GIVE_UP) return undefined;
      throw e;
    }
  }
  return docs;
}

/**
 * Cuts `text` at document start lines into parts of up to `partChars` (a part with one document may be
 * larger, up to {@link FAST_MAX_CHARS}). @returns [start, end) offsets, or undefined when a part would exceed FAST_MAX_CHARS
 */
function parts(text: string, partChars: number): [number, number][] | undefined {
  if (text.length <= partChars) return [[0, text.length]];
  const marks: number[] = [];
  const re = /^---(?=[ \t\r\n]|$)/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) marks.push(m.index);
  marks.push(text.length);
  const out: [number, number][] = [];
  let start = 0;
  let cut = 0;
  for (const m of marks) {
    if (m - start > partChars && cut > start) {
      out.push([start, cut]);
      start = cut;
    }
    if (m - start > FAST_MAX_CHARS) return undefined;
    cut = m;
  }
  out.push([start, text.length]);
  return out;
}

function construct(text: string, events: Event[], maxNodes: number, maxChars: number): unknown[] {
  const docs: unknown[] = [];
  const stack: Frame[] = [];
  let nodes = 0;
  let chars = 0;
  const count = (n: number, c: number): void => {
    nodes += n;
    chars += c;
    if (nodes > maxNodes || chars > maxChars) throw GIVE_UP;
  };
  /** adds a finished node to its parent; `raw` is a scalar's resolved value before integers are made exact */
  const add = (value: unknown, raw: unknown, isScalar: boolean): void => {
    const top = stack[stack.length - 1];
    if (top.kind === 'seq') top.value.push(value);
    else if (top.kind === 'doc') top.value = value;
    else if (top.key === undefined) {
      if (!isScalar) throw GIVE_UP; // a collection as a key: the `yaml` library writes it as text
      // the key as the `yaml` library writes an object key (stringifyKey): null is "", else String
      const key = raw === null ? '' : String(raw);
      if (Object.hasOwn(top.value, key)) throw GIVE_UP;
      top.key = key;
      count(1, 0); // the pair
    } else {
      if (top.key === '__proto__')
        Object.defineProperty(top.value, top.key, { value, enumerable: true, writable: true, configurable: true });
      else top.value[top.key] = value;
      top.key = undefined;
    }
  };
  for (const ev of events) {
    switch (ev.type) {
      case EVENT_ID.DOCUMENT:
        if (ev.directives.length) throw GIVE_UP;
        stack.push({ kind: 'doc', value: null });
        nodes = 0;
        chars = 0;
        break;
      case EVENT_ID.SEQUENCE:
        if (ev.tagStart !== -1) throw GIVE_UP;
        count(1, 0);
        stack.push({ kind: 'seq', value: [] });
        break;
      case EVENT_ID.MAPPING:
        if (ev.tagStart !== -1) throw GIVE_UP;
        count(1, 0);
        stack.push({ kind: 'map', value: {}, key: undefined, block: ev.style === 1 });
        break;
      case EVENT_ID.SCALAR: {
        if (ev.tagStart !== -1) throw GIVE_UP;
        const source = getScalarValue(text, ev);
        count(1, source.length);
        const top = stack[stack.length - 1];
        if (top.kind === 'map' && top.key === undefined) {
          // an empty key (`: v`, `- : a: b`): js-yaml reads nested compact maps there that the `yaml` library refuses
          if (ev.valueStart === -1) throw GIVE_UP;
          const start = ev.anchorStart !== -1 ? ev.anchorStart : ev.style === 2 || ev.style === 3 ? ev.valueStart - 1 : ev.valueStart;
          if (top.block && !keyStartsLine(text, start)) throw GIVE_UP;
          // a key over more than one line: the `yaml` library refuses implicit keys that are not on one line
          const nl = text.indexOf('\n', ev.valueStart);
          if (nl !== -1 && nl < ev.valueEnd) throw GIVE_UP;
        }
        if (ev.style !== 1) {
          // a block scalar with an indentation indicator (`|2`, `>1-`): the libraries place its content differently
          if (
            ev.style >= 4 &&
            (ev.valueStart === -1 || /[|>][-+]?[0-9]/.test(text.slice(text.lastIndexOf('\n', ev.valueStart - 2) + 1, ev.valueStart)))
          )
            throw GIVE_UP;
          add(source, source, true);
          break;
        }
        if (source === '<<') throw GIVE_UP; // a merge key (as a value, too: kept simple)
        const raw = resolvePlain(source);
        let value = raw;
        if (typeof raw === 'bigint') value = exactInteger(raw);
        else if (typeof raw === 'number' && !Number.isFinite(raw)) {
          // .inf/.nan as data are refused by the `yaml` path with its message; as a key they are text
          if (top.kind !== 'map' || top.key !== undefined) throw GIVE_UP;
        }
        add(value, raw, true);
        break;
      }
      case EVENT_ID.ALIAS:
        throw GIVE_UP;
      case EVENT_ID.POP: {
        const f = stack.pop()!;
        if (f.kind === 'doc') docs.push(f.value);
        else {
          if (f.kind === 'map' && f.key !== undefined) throw GIVE_UP;
          add(f.value, f.value, false);
        }
        break;
      }
    }
  }
  if (stack.length) throw GIVE_UP;
  return docs;
}
