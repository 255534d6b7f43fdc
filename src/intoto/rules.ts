/**
 * Artifact rules (in-toto specification v1.0, section 4.3.3 "Artifact Rules"; reference
 * in_toto.rulelib and verifylib.verify_item_rules):
 *
 *   MATCH <pattern> [IN <source-path-prefix>] WITH (MATERIALS|PRODUCTS) [IN <destination-path-prefix>] FROM <step>
 *   CREATE <pattern> | DELETE <pattern> | MODIFY <pattern> | ALLOW <pattern> | DISALLOW <pattern> | REQUIRE <file>
 *
 * Keywords are case-insensitive. The artifacts of an item (its materials or its products) start in a
 * queue; rules apply in order, each consuming the queued artifacts it authorizes; DISALLOW fails when
 * its pattern matches a queued artifact; REQUIRE fails when its literal path is not queued.
 * Patterns are Python fnmatch patterns (see fnmatch.ts).
 */
import { InputError } from '../core/errors.js';
import { comparePaths } from '../core/fsx.js';
import { artifactIndexOf, digestSetOf, SortedArtifactIndex, type ArtifactIndex } from './artifact-index.js';
import { fnmatchFilter, matcher } from './fnmatch.js';
import type { Link } from './metadata.js';

/** An unpacked rule (rulelib.unpack_rule). */
export type Rule =
  | { type: 'create' | 'delete' | 'modify' | 'allow' | 'disallow' | 'require'; pattern: string }
  | { type: 'match'; pattern: string; sourcePrefix: string; destType: 'materials' | 'products'; destPrefix: string; destName: string };

const GENERIC = new Set(['create', 'delete', 'modify', 'allow', 'disallow', 'require']);

/**
 * Parses a rule (list of strings) as rulelib.unpack_rule does.
 * @throws InputError naming `source` when the rule has a wrong format.
 */
export function unpackRule(rule: string[], source: string): Rule {
  const lower = rule.map((r) => r.toLowerCase());
  const n = rule.length;
  if (n < 2 || !(GENERIC.has(lower[0]) || lower[0] === 'match')) {
    throw new InputError(
      source,
      undefined,
      'a rule starting with one of MATCH, CREATE, DELETE, MODIFY, ALLOW, DISALLOW, REQUIRE and a pattern',
      { found: JSON.stringify(rule) },
    );
  }
  if (GENERIC.has(lower[0])) {
    if (n !== 2)
      throw new InputError(source, undefined, `'${rule[0].toUpperCase()} <pattern>' (exactly two elements)`, {
        found: JSON.stringify(rule),
      });
    return { type: lower[0] as 'allow', pattern: rule[1] };
  }
  let sourcePrefix = '';
  let destType: string;
  let destPrefix = '';
  let destName: string;
  if (n === 10 && lower[2] === 'in' && lower[4] === 'with' && lower[6] === 'in' && lower[8] === 'from') {
    [sourcePrefix, destType, destPrefix, destName] = [rule[3], lower[5], rule[7], rule[9]];
  } else if (n === 8 && lower[2] === 'in' && lower[4] === 'with' && lower[6] === 'from') {
    [sourcePrefix, destType, destName] = [rule[3], lower[5], rule[7]];
  } else if (n === 8 && lower[2] === 'with' && lower[4] === 'in' && lower[6] === 'from') {
    [destType, destPrefix, destName] = [lower[3], rule[5], rule[7]];
  } else if (n === 6 && lower[2] === 'with' && lower[4] === 'from') {
    [destType, destName] = [lower[3], rule[5]];
  } else {
    throw new InputError(
      source,
      undefined,
      "'MATCH <pattern> [IN <source-path-prefix>] WITH (MATERIALS|PRODUCTS) [IN <destination-path-prefix>] FROM <step>'",
      { found: JSON.stringify(rule) },
    );
  }
  if (destType !== 'materials' && destType !== 'products')
    throw new InputError(source, undefined, 'MATERIALS or PRODUCTS after WITH', { found: JSON.stringify(rule) });
  return { type: 'match', pattern: rule[1], sourcePrefix, destType, destPrefix, destName };
}

/** A rule that failed: the item, which of its rule lists, the rule and the artifact paths (sorted). */
export interface RuleFailure {
  item: string;
  list: 'expected_materials' | 'expected_products';
  /** the rule as written */
  rule: string[];
  /** 0-based index of the rule in its list */
  index: number;
  /** DISALLOW: the queued artifacts it matched; REQUIRE: the required path */
  artifacts: string[];
  /** artifacts still queued when the rule failed (sorted) */
  queue: string[];
  message: string;
}

/** Joins like Python os.path.join(prefix, path) for a relative path, with '\' turned into '/'. */
function joinPath(prefix: string, path: string): string {
  if (path.startsWith('/')) return path;
  const p = prefix === '' || prefix.endsWith('/') ? prefix + path : `${prefix}/${path}`;
  return p.includes('\\') ? p.replace(/\\/g, '/') : p;
}

/** Why a MATCH rule whose pattern selected an artifact did not consume it (for failure messages). */
type Hints = Map<string, string[]>;

function hint(hints: Hints | undefined, path: string, text: string): void {
  if (!hints) return;
  const h = hints.get(path);
  if (h) h.push(text);
  else hints.set(path, [text]);
}

/** A digest key (artifact-index.ts) shortened for messages: `sha256:0123456789ab…`. */
const short = (key: string | undefined) =>
  key
    ? Object.entries(digestSetOf(key))
        .map(([a, h]) => `${a}:${h.slice(0, 12)}…`)
        .join(',')
    : 'none';

/** Indexes built during one {@link verifyItemRules} call. */
type IndexCache = Map<Link, Partial<Record<string, ArtifactIndex>>>;

function matchRule(
  rule: Extract<Rule, { type: 'match' }>,
  queue: Queue,
  source: ArtifactIndex,
  links: Map<string, Link>,
  raw: string[],
  cache: IndexCache,
  hints?: Hints,
): string[] | 'all' {
  const consumed: string[] = [];
  // whether every consumed path is the queued path itself (not a prefix-joined variant of it)
  let exact = true;
  // filter by source prefix (subtracted before globbing, so the prefix is never globbed), then by pattern
  const norm = rule.sourcePrefix ? joinPath(rule.sourcePrefix, '') : '';
  const m = matcher(rule.pattern);
  const all = rule.pattern === '*';
  const dest = links.get(rule.destName);
  const destArtifacts = dest ? artifactIndexOf(dest, rule.destType, cache) : undefined;
  const list = queue.list();
  // while the whole of a sorted index is queued, the queued path at i is the index's path at i: its
  // digest key is the index's key at i, with no lookup
  const own = source instanceof SortedArtifactIndex && list === source.pathList() ? source : undefined;
  // the source and the destination are one index's arrays (a step's materials scanned from the same text
  // as the products of the step before): a queued path that maps to itself has the same digest key there
  const same = destArtifacts !== undefined && source instanceof SortedArtifactIndex && source.sharesArrays(destArtifacts);
  // with pattern `*` and the destination prefix equal to the source prefix (or both absent), every queued
  // path under the prefix maps to itself, unless the rest after the prefix is absolute or it holds a
  // backslash (see `full` below): with shared arrays, it is matched, and nothing else needs computing
  const toItself = same && all && (norm ? rule.destPrefix === rule.sourcePrefix : !rule.destPrefix);
  // without prefixes, over shared arrays with the whole index queued, a pattern of a literal prefix and
  // a trailing `*` run (`*`, `src/*`) matches exactly the paths that start with that prefix: one block
  // of the sorted list, found by binary search, each path mapping to itself
  // With equal source and destination prefixes (`MATCH * IN build WITH PRODUCTS IN build`), the same
  // holds for the paths under the source prefix and then the pattern's prefix, but for those whose rest
  // after the source prefix is absolute (a block of its own, left to the loop) and those with a backslash
  // (none where the index says so: the scanner's paths hold none).
  if (same && own && (norm ? rule.destPrefix === rule.sourcePrefix && own.noBackslash : !rule.destPrefix)) {
    const star = rule.pattern.indexOf('*');
    if (star >= 0 && /^\**$/.test(rule.pattern.slice(star)) && !/[?[\ud800-\udfff]/.test(rule.pattern) && rule.pattern[0] !== '/') {
      const prefix = norm + rule.pattern.slice(0, star);
      // the first path not before the block, then the first path after it (paths before the block
      // sort below the prefix; paths in it start with it)
      const block = (pre: string): [number, number] => [
        lowerBound(list, (p) => p < pre),
        lowerBound(list, (p) => p < pre || p.startsWith(pre)),
      ];
      const [lo, hi] = block(prefix);
      // (with an empty pattern prefix, the absolute rests start with the source prefix and `/`: when
      // there are any, the loop below decides, as they map to other paths)
      const [alo, ahi] = norm && prefix === norm ? block(`${norm}/`) : [hi, hi];
      if (alo === ahi) return lo === 0 && hi === list.length ? 'all' : list.slice(lo, hi);
    }
  }
  for (let i = 0; i < list.length; i++) {
    const queued = list[i];
    let path = queued;
    if (norm) {
      if (!queued.startsWith(norm)) continue;
      if (toItself && queued.charCodeAt(norm.length) !== 0x2f && !queued.includes('\\')) {
        consumed.push(queued);
        continue;
      }
      path = queued.slice(norm.length);
    } else if (toItself) {
      consumed.push(queued);
      continue;
    }
    if (!all && !m.test(path)) continue;
    // joinPath(sourcePrefix, path) is the queued path itself unless path is absolute or holds a backslash
    const full = !norm ? path : path.startsWith('/') || queued.includes('\\') ? joinPath(rule.sourcePrefix, path) : queued;
    if (!destArtifacts) {
      hint(hints, full, `'${raw.join(' ')}': there is no step or inspection '${rule.destName}'`);
      continue;
    }
    const destPath = !rule.destPrefix ? path : rule.destPrefix === rule.sourcePrefix ? full : joinPath(rule.destPrefix, path);
    // (then `full` is the queued path too: it differs only for an absolute path or a backslash, which
    // joinPath keeps or replaces in `destPath` as well)
    if (same && destPath === queued) {
      consumed.push(queued);
      continue;
    }
    const destKey = destArtifacts.get(destPath);
    if (destKey === undefined) {
      hint(hints, full, `'${raw.join(' ')}': ${destPath} is not among the ${rule.destType} of ${rule.destName}`);
      continue;
    }
    // equal digest keys are equal digest sets (artifact-index.ts)
    const key = own && full === queued ? own.keyAt(i) : source.get(full);
    if (key !== destKey) {
      hint(
        hints,
        full,
        `'${raw.join(' ')}': digests differ (${short(key)} here, ${short(destKey)} in the ${rule.destType} of ${rule.destName})`,
      );
      continue;
    }
    if (full !== queued) exact = false;
    consumed.push(full);
  }
  // each queued path was visited once: as many exact consumptions as queued paths is all of them
  return exact && consumed.length === queue.size ? 'all' : consumed;
}

const sorted = (xs: Iterable<string>): string[] => [...xs].sort(comparePaths);

/** The first index of `list` where `before` is false (`before` true on a prefix of `list`, false after). */
function lowerBound(list: readonly string[], before: (p: string) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(list[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether `other` may hold one of the queued paths `list` (taken from `artifacts`): false when it is
 * empty, or when `list` is a sorted index's own array (the whole index queued), `other` is a sorted index
 * too, and all of `other`'s paths sort before or all after `list`'s (a step's products under `build/`, its
 * materials under `src/`): then no path needs looking up.
 */
function overlaps(list: readonly string[], artifacts: ArtifactIndex, other: ArtifactIndex): boolean {
  if (!other.size) return false;
  if (
    !list.length ||
    !(other instanceof SortedArtifactIndex) ||
    !(artifacts instanceof SortedArtifactIndex) ||
    list !== artifacts.pathList()
  )
    return true;
  const o = other.pathList();
  return !(o[o.length - 1] < list[0] || list[list.length - 1] < o[0]);
}

/**
 * The queue of an item's artifacts not yet consumed by a rule. It starts as the whole index, with no
 * copy of it: most rule lists consume everything with their first rule, and then only an empty queue is
 * left; a set is made only when a rule consumes part of the queue.
 */
class Queue {
  private rest: Set<string> | null = null;
  private empty = false;
  constructor(private readonly all: ArtifactIndex) {}
  get size(): number {
    return this.empty ? 0 : (this.rest ?? this.all).size;
  }
  has(path: string): boolean {
    return !this.empty && (this.rest ?? this.all).has(path);
  }
  /** The queued paths (do not change the queue while iterating). */
  paths(): Iterable<string> {
    return this.empty ? [] : (this.rest ?? this.all.keys());
  }
  /** The queued paths as an array (a sorted index's own array while the whole index is queued). */
  list(): readonly string[] {
    if (this.empty) return [];
    if (this.rest) return [...this.rest];
    return this.all instanceof SortedArtifactIndex ? this.all.pathList() : [...this.all.keys()];
  }
  clear(): void {
    this.empty = true;
    this.rest = null;
  }
  /**
   * Removes paths from the queue. `distinctQueued`: the caller knows every path is queued and none is
   * repeated, so as many paths as queued ones empty the queue (otherwise paths not queued, as a MATCH
   * with an absolute path consumes, are only deleted).
   */
  remove(paths: string[], distinctQueued: boolean): void {
    if (this.empty || !paths.length) return;
    if (distinctQueued && paths.length === this.size) return this.clear();
    this.rest ??= new Set(this.all.keys());
    for (const p of paths) this.rest.delete(p);
  }
}

/**
 * Applies an item's rules to its materials or products (verifylib.verify_item_rules).
 * @param links the (reduced) link per step/inspection name; `links.get(item)` must exist.
 * @returns null when all rules pass, else the first failure.
 */
export function verifyItemRules(
  item: string,
  which: 'materials' | 'products',
  rules: string[][],
  links: Map<string, Link>,
): RuleFailure | null {
  const link = links.get(item)!;
  const cache: IndexCache = new Map();
  const materials = artifactIndexOf(link, 'materials', cache);
  const products = artifactIndexOf(link, 'products', cache);
  const artifacts = which === 'materials' ? materials : products;
  const queue = new Queue(artifacts);
  const list = which === 'materials' ? 'expected_materials' : 'expected_products';
  const hints: Hints = new Map();
  const explain = (arts: string[]) => {
    const lines = arts.filter((a) => hints.has(a)).map((a) => `${a}: ${hints.get(a)!.join('; ')}`);
    return lines.length ? ` (${lines.join('; ')})` : '';
  };
  for (const [index, raw] of rules.entries()) {
    const rule = unpackRule(raw, `${item}: ${list}[${index}]`);
    let consumed: string[] = [];
    let distinctQueued = false;
    if (rule.type === 'match') {
      const out = matchRule(rule, queue, artifacts, links, raw, cache, hints);
      if (out === 'all') queue.clear();
      else consumed = out;
    } else if (rule.type === 'disallow') {
      const hit = fnmatchFilter(queue.paths(), rule.pattern);
      if (hit.length) {
        const arts = sorted(hit);
        return {
          item,
          list,
          rule: raw,
          index,
          artifacts: arts,
          queue: sorted(queue.paths()),
          message: `'${raw.join(' ')}' matched ${arts.length} artifact(s): ${arts.join(', ')}${explain(arts)}`,
        };
      }
    } else if (rule.type === 'require') {
      if (!queue.has(rule.pattern)) {
        return {
          item,
          list,
          rule: raw,
          index,
          artifacts: [rule.pattern],
          queue: sorted(queue.paths()),
          message: `'${raw.join(' ')}' did not find ${rule.pattern} among the unconsumed ${which}${artifacts.has(rule.pattern) ? ' (an earlier rule consumed it)' : ` (it is not among the ${which})`}`,
        };
      }
    } else {
      const rx = matcher(rule.pattern);
      const all = rule.pattern === '*';
      const list = queue.list();
      let out: string[] = [];
      // a queued path is one of `artifacts`: only the other side needs looking up. One loop per rule
      // type: CREATE among products and DELETE among materials consume what the other side lacks,
      // MODIFY what it holds with other digests; the other combinations consume nothing.
      const other = which === 'materials' ? products : materials;
      const type = rule.type;
      if (
        type === 'allow' ||
        ((type === 'create' ? which === 'products' : type === 'delete' && which === 'materials') && !overlaps(list, artifacts, other))
      ) {
        if (all) out = list.slice();
        else for (let i = 0; i < list.length; i++) if (rx.test(list[i])) out.push(list[i]);
      } else if (type === 'create' ? which === 'products' : type === 'delete' && which === 'materials') {
        for (let i = 0; i < list.length; i++) {
          const p = list[i];
          if ((all || rx.test(p)) && !other.has(p)) out.push(p);
        }
      } else if (type === 'modify' && other.size) {
        for (let i = 0; i < list.length; i++) {
          const p = list[i];
          if (!all && !rx.test(p)) continue;
          const o = other.get(p);
          if (o !== undefined && o !== artifacts.get(p)) out.push(p);
        }
      }
      // out holds distinct queued paths: all of them empties the queue at once
      consumed = out;
      distinctQueued = true;
    }
    queue.remove(consumed, distinctQueued);
  }
  return null;
}
