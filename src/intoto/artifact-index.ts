/**
 * Artifact indexes: the materials or products of a link as a `Map` of artifact path to digest key, the
 * form artifact rules (rules.ts, in-toto specification v1.0 section 4.3.3) are applied over.
 *
 * Two digest sets are equal (the reference compares them as Python dicts: same algorithms, same hex
 * strings) exactly when their digest keys ({@link digestKey}) are equal strings. A link read by the one-pass scanner (linkscan.ts) carries
 * the index the scanner built from the file's bytes, and builds no per-artifact objects unless its
 * `materials` / `products` are read; any other link is indexed from its artifact dicts.
 */
import { compareCodePoints } from './ocj.js';
import type { ArtifactDict, Link } from './metadata.js';

/**
 * Artifact path to digest key ({@link digestKey}), iterated in the order of the link's artifacts: a `Map`,
 * or a {@link SortedArtifactIndex} (what the scanner makes), of which rules use only these members.
 */
export type ArtifactIndex = Pick<Map<string, string>, 'size' | 'get' | 'has' | 'keys' | typeof Symbol.iterator>;

/**
 * Digest keys kept as slices of one string (what the link scanner makes: the canonical text of a dict),
 * made into strings only when read: key `i` is `text.slice(bounds[2 * i], bounds[2 * i + 1])`.
 */
export interface DigestKeySlices {
  text: string;
  bounds: Int32Array;
}

/**
 * An artifact index over paths in strictly increasing UTF-16 order (a link's artifacts as in-toto writes
 * them), kept as two arrays: no hashing to build it. Lookups made in increasing order (rules visit the
 * artifacts of an item in order, and MATCH maps paths through prefixes, which keeps their order) each
 * move a cursor a step; any other lookup is a binary search.
 */
export class SortedArtifactIndex implements ArtifactIndex {
  private at = 0;
  /**
   * @param paths strictly increasing (`paths[i - 1] < paths[i]`); not copied
   * @param digestKeys the digest key of each path, as strings or as slices of one string; not copied
   * @param noBackslash whether it is known that no path holds a backslash (the scanner's paths hold none)
   */
  constructor(
    private readonly paths: string[],
    private readonly digestKeys: string[] | DigestKeySlices,
    readonly noBackslash = false,
  ) {}
  get size(): number {
    return this.paths.length;
  }
  /** The position of `path`, or -1. */
  private find(path: string): number {
    const ps = this.paths;
    const n = ps.length;
    let i = this.at;
    // from the cursor, when `path` sorts after the path before it: the lower bound of `path` is usually
    // the cursor itself or one of the next few positions (a miss costs one comparison too)
    if (i === 0 || ps[i - 1] < path) {
      for (let k = 0; k < 4 && i < n && ps[i] < path; k++) i++;
      if (i === n || !(ps[i] < path)) {
        this.at = i;
        return i < n && ps[i] === path ? i : -1;
      }
    }
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ps[mid] < path) lo = mid + 1;
      else hi = mid;
    }
    this.at = lo;
    return lo < n && ps[lo] === path ? lo : -1;
  }
  /** The digest key of the path at position `i` (0 <= i < size). */
  keyAt(i: number): string {
    const k = this.digestKeys;
    return Array.isArray(k) ? k[i] : k.text.slice(k.bounds[2 * i], k.bounds[2 * i + 1]);
  }
  get(path: string): string | undefined {
    const i = this.find(path);
    return i < 0 ? undefined : this.keyAt(i);
  }
  has(path: string): boolean {
    return this.find(path) >= 0;
  }
  keys(): MapIterator<string> {
    return this.paths.values();
  }
  /** The paths, in order (the index's own array: not to be changed). */
  pathList(): readonly string[] {
    return this.paths;
  }
  /**
   * Whether `other` is an index over the very same arrays as this one (as the scanner makes for two dicts
   * of the same text): then every path of either has the same digest key in both.
   */
  sharesArrays(other: ArtifactIndex): boolean {
    return other instanceof SortedArtifactIndex && other.paths === this.paths && other.digestKeys === this.digestKeys;
  }
  *[Symbol.iterator](): MapIterator<[string, string]> {
    for (let i = 0; i < this.paths.length; i++) yield [this.paths[i], this.keyAt(i)];
  }
}

/** Indexes a scanned link carries, until its artifact dicts are handed out (and could be changed). */
const attached = new WeakMap<Link, { materials: ArtifactIndex; products: ArtifactIndex }>();

const NEEDS_ESCAPE = /["\\]/;
const quote = (s: string): string => `"${NEEDS_ESCAPE.test(s) ? s.replace(/\\/g, '\\\\').replace(/"/g, '\\"') : s}"`;

/**
 * The digest key of a digest set (algorithm to hex string): the hex digest of a set of exactly one
 * `sha256` (the common case: no string is built), else the set's OLPC canonical JSON text (equal to
 * `encodeCanonical(set)`), which starts with `{` as no hex digest does. Equal keys mean equal digest sets.
 */
export function digestKey(set: Record<string, string>): string {
  let algs = Object.keys(set);
  if (algs.length === 1 && algs[0] === 'sha256' && typeof set.sha256 === 'string' && set.sha256[0] !== '{') return set.sha256;
  if (algs.length > 1) algs = algs.sort(compareCodePoints);
  let s = '{';
  for (let i = 0; i < algs.length; i++) s += `${i ? ',' : ''}${quote(algs[i])}:${quote(set[algs[i]])}`;
  return `${s}}`;
}

/** Indexes an artifact dict (path to digest set) in its key order. */
export function indexArtifacts(dict: ArtifactDict): ArtifactIndex {
  const idx = new Map<string, string>();
  for (const p of Object.keys(dict)) idx.set(p, digestKey(dict[p]));
  return idx;
}

/**
 * The artifact dict an index stands for, built as `JSON.parse` builds it from canonical text (own data
 * properties in index order). The index must not hold the path `__proto__` (the scanner never makes one).
 */
export function dictFromIndex(idx: ArtifactIndex): ArtifactDict {
  const dict: ArtifactDict = {};
  for (const [p, k] of idx) dict[p] = digestSetOf(k);
  return dict;
}

/** The digest set a digest key stands for. */
export function digestSetOf(key: string): Record<string, string> {
  return key[0] === '{' ? (JSON.parse(key) as Record<string, string>) : { sha256: key };
}

/**
 * Makes `link.materials` and `link.products` lazy views of the given indexes: the dicts are built on
 * first read (or replaced on write), and from then on the link is indexed from its dicts again.
 */
export function attachArtifactIndex(link: Link, materials: ArtifactIndex, products: ArtifactIndex): void {
  attached.set(link, { materials, products });
  for (const [which, idx] of [
    ['materials', materials],
    ['products', products],
  ] as const) {
    const settle = (value: ArtifactDict): ArtifactDict => {
      attached.delete(link);
      Object.defineProperty(link, which, { value, writable: true, enumerable: true, configurable: true });
      return value;
    };
    Object.defineProperty(link, which, {
      get: () => settle(dictFromIndex(idx)),
      set: (v: ArtifactDict) => void settle(v),
      enumerable: true,
      configurable: true,
    });
  }
}

/** Whether a link still carries the scanner's indexes (its artifact dicts were never read). */
export function hasAttachedIndex(link: Link): boolean {
  return attached.has(link);
}

/**
 * The index of a link's materials or products: the scanner's when attached, else one built from the
 * dict. `cache` (one per verification pass) keeps built indexes of links that are not changed meanwhile.
 */
export function artifactIndexOf(
  link: Link,
  which: 'materials' | 'products',
  cache?: Map<Link, Partial<Record<string, ArtifactIndex>>>,
): ArtifactIndex {
  const a = attached.get(link);
  if (a) return a[which];
  let c = cache?.get(link);
  const hit = c?.[which];
  if (hit) return hit;
  const idx = indexArtifacts(link[which]);
  if (cache) {
    if (!c) cache.set(link, (c = {}));
    c[which] = idx;
  }
  return idx;
}

/** Whether two indexes hold the same paths with equal digest sets. */
export function sameArtifacts(a: ArtifactIndex, b: ArtifactIndex): boolean {
  if (a.size !== b.size) return false;
  for (const [p, k] of a) if (b.get(p) !== k) return false;
  return true;
}
