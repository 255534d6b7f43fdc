/**
 * The evidence manifest: an in-toto Statement v1 whose subjects are the packed files (path
 * relative to the root, sha256), sorted by path, and whose predicate describes the release and
 * each file. A second, small Statement carries the RFC 6962 Merkle root of the files, so a
 * scoped disclosure can prove membership without revealing other files' names.
 */
import { canonicalBytes, canonicalJson } from '../core/jcs.js';
import { STATEMENT_TYPE } from '../core/statement.js';
import { writeLeafHashOfText } from './merkle.js';

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
 * RFC 8785 text of the members a file entry shares between its manifest entry, its subject and its
 * Merkle leaf. Member order is fixed by RFC 8785 (names sorted by UTF-16 code units), so only member
 * values are serialized, by the JCS serializer, with the few distinct kind/labels/mediaType values cached.
 */
function entryEncoder(): (f: FileEntry) => { kind: string; labels: string; mediaType: string; path: string } {
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
  // labels are keyed by their JSON.stringify spelling (any spelling maps to its own JCS form); kind and
  // mediaType by a type tag plus the value, so a non-string never shares a slot with a string
  return (f) => ({
    labels: memo(labelSets, JSON.stringify(f.labels), f.labels),
    kind: memo(kinds, `${typeof f.kind}:${String(f.kind)}`, f.kind),
    mediaType: memo(media, `${typeof f.mediaType}:${String(f.mediaType)}`, f.mediaType),
    path: canonicalJson(f.path),
  });
}

/** Canonical leaf text (see {@link leafBytes}) from the entry's member texts. */
const leafText = (digest: string, e: ReturnType<ReturnType<typeof entryEncoder>>, size: string): string =>
  `{"digest":{"sha256":${digest}},"kind":${e.kind},"labels":${e.labels},"mediaType":${e.mediaType},"name":${e.path},"size":${size}}`;

/**
 * RFC 6962 leaf hashes of the files, in order, packed in one buffer (32 bytes each; see
 * {@link rootFromPackedLeaves}). Leaf i equals `leafHash(leafBytes(files[i]))` (tested), computed from
 * the member texts of {@link entryEncoder}.
 */
export function packedLeafHashes(files: FileEntry[]): Buffer {
  const encode = entryEncoder();
  const out = Buffer.allocUnsafe(files.length * 32);
  for (let i = 0; i < files.length; i++) {
    const f = files[i];
    writeLeafHashOfText(leafText(canonicalJson(f.sha256), encode(f), canonicalJson(f.size)), out, i * 32);
  }
  return out;
}

/** RFC 6962 leaf hashes of the files, in order, one array each (views into {@link packedLeafHashes}). */
export function fileLeafHashes(files: FileEntry[]): Uint8Array[] {
  const packed = packedLeafHashes(files);
  return files.map((_, i) => new Uint8Array(packed.buffer, packed.byteOffset + i * 32, 32));
}

/** Printable ASCII other than '"' and '\\': a path whose RFC 8785 text is the path in quotes. */
export const PLAIN_PATH = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/**
 * The RFC 8785 members a file's description shares between its manifest entry and its Merkle leaf:
 * `"kind":K,"labels":L,"mediaType":M` (names in RFC 8785 3.2.3 order, values by the JCS serializer).
 */
export function entryMembers(kind: string, labels: Record<string, string>, mediaType: string): string {
  return `"kind":${canonicalJson(kind)},"labels":${canonicalJson(labels)},"mediaType":${canonicalJson(mediaType)}`;
}

/**
 * The manifest payload: RFC 8785 canonical JSON of the in-toto Statement (`_type`, `predicate`
 * {collection, files, merkle, release}, `predicateType`, `subject`: RFC 8785 3.2.3 fixes this member
 * order), from its file entries and subjects already written as canonical JSON (by the hash pool),
 * in pieces that are joined with ',' (each piece holds whole, comma-separated entries; empty pieces
 * are allowed). Tested against the `canonicalize` library over the whole Statement.
 * @param alloc makes the buffer for the payload's bytes (pack: one with room for the PAE text before it)
 */
export function manifestPayload(
  entries: Uint8Array[],
  subjects: Uint8Array[],
  merkle: MerkleInfo,
  release: ReleaseInfo,
  collection: ManifestPredicate['collection'],
  alloc: (length: number) => Buffer = Buffer.allocUnsafe,
): Buffer {
  const comma = Buffer.from(',');
  const joined = (pieces: Uint8Array[]): Uint8Array[] => pieces.filter((p) => p.length).flatMap((p, i) => (i ? [comma, p] : [p]));
  const parts = [
    Buffer.from(`{"_type":${canonicalJson(STATEMENT_TYPE)},"predicate":{"collection":${canonicalJson(collection)},"files":[`),
    ...joined(entries),
    Buffer.from(
      `],"merkle":${canonicalJson(merkle)},"release":${canonicalJson(release)}},"predicateType":${canonicalJson(MANIFEST_PREDICATE)},"subject":[`,
    ),
    ...joined(subjects),
    Buffer.from(']}'),
  ];
  let length = 0;
  for (const p of parts) length += p.length;
  const out = alloc(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
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

const OCTET_STREAM = 'application/octet-stream';
/** media types by the part of a file name from its first dot (what every MEDIA pattern looks at) */
const mediaByTail = new Map<string, string>();

/** IANA media type guessed from the file name; application/octet-stream otherwise. */
export function mediaTypeOf(path: string): string {
  // every pattern matches a suffix that starts with '.' and holds no '/': it lies inside the part of the
  // last path segment from its first dot on, so that part decides (and is remembered: 100,000 files
  // have few distinct ones)
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.indexOf('.');
  if (dot < 0) return OCTET_STREAM;
  const tail = name.slice(dot);
  let t = mediaByTail.get(tail);
  if (t === undefined) {
    t = OCTET_STREAM;
    for (const [re, type] of MEDIA)
      if (re.test(tail)) {
        t = type;
        break;
      }
    if (mediaByTail.size > 4096) mediaByTail.clear();
    mediaByTail.set(tail, t);
  }
  return t;
}
