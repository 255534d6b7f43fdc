/**
 * The evidence manifest: an in-toto Statement v1 whose subjects are the packed files (path
 * relative to the root, sha256), sorted by path, and whose predicate describes the release and
 * each file. A second, small Statement carries the RFC 6962 Merkle root of the files, so a
 * scoped disclosure can prove membership without revealing other files' names.
 */
import { canonicalBytes, canonicalJson } from '../core/jcs.js';
import { leafHashOfText } from './merkle.js';

/** predicateType of the full manifest. */
export const MANIFEST_PREDICATE = 'https://mc-actions.dev/evidence-manifest/v1';
/** predicateType of the Merkle-root statement (line 2 of a pack, line 1 of a disclosure). */
export const ROOT_PREDICATE = 'https://mc-actions.dev/evidence-merkle-root/v1';
/** predicateType of a disclosure's signed statement (line 2 of a disclosure): region, tenant, entries and proofs. */
export const DISCLOSURE_FORMAT = 'https://mc-actions.dev/evidence-disclosure/v2';

/** The release a pack describes. `createdAt` is RFC 3339 UTC; it also dates the signatures. */
export interface ReleaseInfo {
  name: string;
  version: string;
  commit?: string;
  /** CI run URL or id */
  run?: string;
  createdAt: string;
}

/** One packed file. `size` in bytes; labels such as region and tenant. */
export interface FileEntry {
  path: string;
  sha256: string;
  size: number;
  kind: string;
  mediaType: string;
  labels: Record<string, string>;
}

/** Predicate of the full manifest. `files` is in the same order as the subjects. */
export interface ManifestPredicate {
  release: ReleaseInfo;
  /** how the files were collected, so verify can find unexpected files */
  collection: { patterns: string[]; exclude: string[] };
  files: Omit<FileEntry, 'sha256'>[];
  merkle: MerkleInfo;
}

/** The Merkle commitment over the files (leaf i = file i in path order). */
export interface MerkleInfo {
  algorithm: 'RFC6962-SHA256';
  /** leaf data: RFC 8785 canonical JSON of {digest:{sha256}, kind, labels, mediaType, name, size} */
  leaf: 'jcs-file-entry';
  treeSize: number;
  /** hex */
  root: string;
}

/** Predicate of the Merkle-root statement; its single subject is the root itself. */
export interface RootPredicate {
  release: ReleaseInfo;
  merkle: MerkleInfo;
  /** digest of the full manifest payload, tying the two statements together */
  manifest: { sha256: string };
}

/** Canonical leaf bytes of a file entry (RFC 8785 JSON). */
export function leafBytes(f: FileEntry): Uint8Array {
  return canonicalBytes({
    digest: { sha256: f.sha256 },
    kind: f.kind,
    labels: f.labels,
    mediaType: f.mediaType,
    name: f.path,
    size: f.size,
  });
}

/**
 * RFC 6962 leaf hashes of the files, in order. Equal to `leafHash(leafBytes(f))` for each file
 * (tested), but faster for large packs: the leaf object always has the same six members, so their
 * RFC 8785 order is fixed (digest < kind < labels < mediaType < name < size) and only the member
 * values are serialized by the JCS library, with the few distinct kind/labels/mediaType values cached.
 */
export function fileLeafHashes(files: FileEntry[]): Uint8Array[] {
  // one cache per member: a kind string can never stand for a labels object (or a media type), whatever
  // it spells (a kind equal to `labels:{"region":"US"}` once changed the root through a shared cache)
  const memo = <V>(cache: Map<string, string>, key: string, v: V): string => {
    let out = cache.get(key);
    if (out === undefined) cache.set(key, (out = canonicalJson(v)));
    return out;
  };
  const kinds = new Map<string, string>();
  const media = new Map<string, string>();
  const labelSets = new Map<string, string>();
  return files.map((f) => {
    // labels are keyed by their JSON.stringify spelling (any spelling maps to its own JCS form); kind and
    // mediaType by a type tag plus the value, so a non-string never shares a slot with a string
    const labels = memo(labelSets, JSON.stringify(f.labels), f.labels);
    const kind = memo(kinds, `${typeof f.kind}:${String(f.kind)}`, f.kind);
    const mediaType = memo(media, `${typeof f.mediaType}:${String(f.mediaType)}`, f.mediaType);
    const text = `{"digest":{"sha256":${canonicalJson(f.sha256)}},"kind":${kind},"labels":${labels},"mediaType":${mediaType},"name":${canonicalJson(f.path)},"size":${canonicalJson(f.size)}}`;
    return leafHashOfText(text);
  });
}

const MEDIA: [RegExp, string][] = [
  [/\.intoto\.jsonl$/, 'application/vnd.in-toto+jsonl'],
  [/\.jsonl$/, 'application/jsonl'],
  [/\.json$/, 'application/json'],
  [/\.ya?ml$/, 'application/yaml'],
  [/\.md$/, 'text/markdown'],
  [/\.xml$/, 'application/xml'],
  [/\.sarif$/, 'application/sarif+json'],
  [/\.(txt|log)$/, 'text/plain'],
  [/\.csv$/, 'text/csv'],
  [/\.html?$/, 'text/html'],
  [/\.rego$/, 'text/plain'],
  [/\.pem$/, 'application/x-pem-file'],
  [/\.(tar\.gz|tgz)$/, 'application/gzip'],
];

/** IANA media type guessed from the file name; application/octet-stream otherwise. */
export function mediaTypeOf(path: string): string {
  for (const [re, t] of MEDIA) if (re.test(path)) return t;
  return 'application/octet-stream';
}
