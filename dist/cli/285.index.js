export const id = 285;
export const ids = [285,32];
export const modules = {

/***/ 8285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commands: () => (/* binding */ commands)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/fsx.ts
var fsx = __webpack_require__(5234);
// EXTERNAL MODULE: ./src/core/ed25519.ts
var ed25519 = __webpack_require__(970);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/core/digest.ts
var digest = __webpack_require__(5543);
// EXTERNAL MODULE: ./src/core/statement.ts
var core_statement = __webpack_require__(2622);
// EXTERNAL MODULE: ./src/core/jcs.ts
var jcs = __webpack_require__(2995);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/evidence/merkle.ts
/**
 * Merkle Tree Hash, audit paths and their verification as in RFC 6962 section 2.1
 * (verification algorithm of RFC 9162 section 2.1.3.2). SHA-256; leaf hash = H(0x00 || leaf),
 * interior node = H(0x01 || left || right). Used for scoped disclosure: a tenant proves its files
 * belong to a signed release without seeing the other leaves.
 */

// one-shot hashing (node:crypto hash) is several times cheaper than createHash for 33-65 byte inputs
const H = (...parts) => asBytes((0,external_node_crypto_.hash)('sha256', Buffer.concat(parts), 'buffer'));
// a view over the digest's own memory (no copy), as a plain Uint8Array
const asBytes = (b) => new Uint8Array(b.buffer, b.byteOffset, b.length);
const LEAF = Uint8Array.of(0);
const NODE = Uint8Array.of(1);
/** RFC 6962 leaf hash of leaf data. */
function leafHash(leaf) {
    return H(LEAF, leaf);
}
/**
 * Writes the RFC 6962 leaf hash of leaf data given as text, equal to `leafHash(UTF-8 bytes of text)`,
 * into `out[offset, offset + 32)`, without encoding the text into a separate buffer first (node:crypto
 * hashes a string as its UTF-8 bytes). For many leaves: one buffer holds them all, and no buffer is allocated
 * per hash (node:crypto returns the digest as a 32-character latin1 ('binary') string, copied in as bytes).
 */
function writeLeafHashOfText(text, out, offset) {
    out.write((0,external_node_crypto_.hash)('sha256', '\u0000' + text, 'binary'), offset, 32, 'binary');
}
/**
 * MTH (RFC 6962 2.1) over `n` leaf hashes packed in one buffer, 32 bytes each, bottom-up (an odd node is carried
 * up unchanged, which equals the recursive definition), with one reused 65-byte node input and one buffer per level.
 */
function rootFromPackedLeaves(leaves, n) {
    if (n === 0)
        return H();
    if (leaves.length < n * 32)
        throw new RangeError(`${n} leaf hashes need ${n * 32} bytes, found ${leaves.length}`);
    let level = Buffer.from(leaves.buffer, leaves.byteOffset, n * 32);
    const node = Buffer.allocUnsafe(65);
    node[0] = 1;
    for (let count = n; count > 1; count = (count + 1) >> 1) {
        const pairs = count >> 1;
        const next = Buffer.allocUnsafe(((count + 1) >> 1) * 32);
        for (let i = 0; i < pairs; i++) {
            level.copy(node, 1, i * 64, i * 64 + 64);
            next.write((0,external_node_crypto_.hash)('sha256', node, 'binary'), i * 32, 32, 'binary');
        }
        // an odd node is carried up unchanged
        if (count & 1)
            level.copy(next, pairs * 32, (count - 1) * 32, count * 32);
        level = next;
    }
    return new Uint8Array(level.subarray(0, 32));
}
/** RFC 6962 interior node hash. */
function nodeHash(left, right) {
    // one 65-byte buffer (0x01 || left || right) instead of a concatenation of three arrays
    if (left.length === 32 && right.length === 32) {
        const buf = Buffer.allocUnsafe(65);
        buf[0] = 1;
        buf.set(left, 1);
        buf.set(right, 33);
        return asBytes((0,external_node_crypto_.hash)('sha256', buf, 'buffer'));
    }
    return H(NODE, left, right);
}
/** Largest power of two strictly less than n (n > 1). */
function splitPoint(n) {
    let k = 1;
    while (k << 1 < n)
        k <<= 1;
    return k;
}
/** MTH over leaf hashes of 32 bytes (RFC 6962 2.1); the empty tree hashes to SHA-256(""). One tree walk: {@link rootFromPackedLeaves}. */
function rootFromLeafHashes(leaves) {
    return rootFromPackedLeaves(Buffer.concat(leaves), leaves.length);
}
/**
 * Audit path PATH(m, D[n]) for leaf index m (RFC 6962 2.1.1), as leaf-to-root sibling hashes.
 * @throws RangeError when m is out of range.
 */
function inclusionProof(leaves, m) {
    if (m < 0 || m >= leaves.length)
        throw new RangeError(`leaf index ${m} out of range 0..${leaves.length - 1}`);
    const path = (lo, hi, idx) => {
        const n = hi - lo;
        if (n === 1)
            return [];
        const k = splitPoint(n);
        if (idx < k)
            return [...path(lo, lo + k, idx), rootFromLeafHashes(leaves.slice(lo + k, hi))];
        return [...path(lo + k, hi, idx - k), rootFromLeafHashes(leaves.slice(lo, lo + k))];
    };
    return path(0, leaves.length, m);
}
/**
 * Verifies an inclusion proof (RFC 9162 2.1.3.2).
 * @param index leaf index, @param treeSize number of leaves, @param leaf the leaf hash.
 */
function verifyInclusion(index, treeSize, leaf, proof, root) {
    if (!Number.isInteger(index) || !Number.isInteger(treeSize) || index < 0 || index >= treeSize)
        return false;
    let fn = index;
    let sn = treeSize - 1;
    let r = leaf;
    for (const p of proof) {
        if (sn === 0)
            return false;
        if (fn % 2 === 1 || fn === sn) {
            r = nodeHash(p, r);
            if (fn % 2 === 0) {
                while (fn % 2 === 0 && fn !== 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
        }
        else {
            r = nodeHash(r, p);
        }
        fn >>= 1;
        sn >>= 1;
    }
    return sn === 0 && Buffer.compare(Buffer.from(r), Buffer.from(root)) === 0;
}

;// CONCATENATED MODULE: ./src/evidence/manifest.ts
/**
 * The evidence manifest: an in-toto Statement v1 whose subjects are the packed files (path
 * relative to the root, sha256), sorted by path, and whose predicate describes the release and
 * each file. A second, small Statement carries the RFC 6962 Merkle root of the files, so a
 * scoped disclosure can prove membership without revealing other files' names.
 */



/** predicateType of the full manifest. */
const MANIFEST_PREDICATE = 'https://mc-actions.dev/evidence-manifest/v1';
/** predicateType of the Merkle-root statement (line 2 of a pack, line 1 of a disclosure). */
const ROOT_PREDICATE = 'https://mc-actions.dev/evidence-merkle-root/v1';
/** predicateType of a disclosure's signed statement (line 2 of a disclosure): region, tenant, entries and proofs. */
const DISCLOSURE_FORMAT = 'https://mc-actions.dev/evidence-disclosure/v2';
/** Canonical leaf bytes of a file entry (RFC 8785 JSON). */
function leafBytes(f) {
    return (0,jcs/* canonicalBytes */.Mr)({
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
function entryEncoder() {
    // one cache per member: a kind string can never stand for a labels object (or a media type), whatever
    // it spells (a kind equal to `labels:{"region":"US"}` once changed the root through a shared cache)
    const memo = (cache, key, v) => {
        let out = cache.get(key);
        if (out === undefined)
            cache.set(key, (out = (0,jcs/* canonicalJson */.dj)(v)));
        return out;
    };
    const kinds = new Map();
    const media = new Map();
    const labelSets = new Map();
    // labels are keyed by their JSON.stringify spelling (any spelling maps to its own JCS form); kind and
    // mediaType by a type tag plus the value, so a non-string never shares a slot with a string
    return (f) => ({
        labels: memo(labelSets, JSON.stringify(f.labels), f.labels),
        kind: memo(kinds, `${typeof f.kind}:${String(f.kind)}`, f.kind),
        mediaType: memo(media, `${typeof f.mediaType}:${String(f.mediaType)}`, f.mediaType),
        path: (0,jcs/* canonicalJson */.dj)(f.path),
    });
}
/** Canonical leaf text (see {@link leafBytes}) from the entry's member texts. */
const leafText = (digest, e, size) => `{"digest":{"sha256":${digest}},"kind":${e.kind},"labels":${e.labels},"mediaType":${e.mediaType},"name":${e.path},"size":${size}}`;
/**
 * RFC 6962 leaf hashes of the files, in order, packed in one buffer (32 bytes each; see
 * {@link rootFromPackedLeaves}). Leaf i equals `leafHash(leafBytes(files[i]))` (tested), computed from
 * the member texts of {@link entryEncoder}.
 */
function packedLeafHashes(files) {
    const encode = entryEncoder();
    const out = Buffer.allocUnsafe(files.length * 32);
    for (let i = 0; i < files.length; i++) {
        const f = files[i];
        writeLeafHashOfText(leafText((0,jcs/* canonicalJson */.dj)(f.sha256), encode(f), (0,jcs/* canonicalJson */.dj)(f.size)), out, i * 32);
    }
    return out;
}
/** RFC 6962 leaf hashes of the files, in order, one array each (views into {@link packedLeafHashes}). */
function fileLeafHashes(files) {
    const packed = packedLeafHashes(files);
    return files.map((_, i) => new Uint8Array(packed.buffer, packed.byteOffset + i * 32, 32));
}
/** Printable ASCII other than '"' and '\\': a path whose RFC 8785 text is the path in quotes. */
const PLAIN_PATH = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;
/**
 * The RFC 8785 members a file's description shares between its manifest entry and its Merkle leaf:
 * `"kind":K,"labels":L,"mediaType":M` (names in RFC 8785 3.2.3 order, values by the JCS serializer).
 */
function entryMembers(kind, labels, mediaType) {
    return `"kind":${(0,jcs/* canonicalJson */.dj)(kind)},"labels":${(0,jcs/* canonicalJson */.dj)(labels)},"mediaType":${(0,jcs/* canonicalJson */.dj)(mediaType)}`;
}
/**
 * The manifest payload: RFC 8785 canonical JSON of the in-toto Statement (`_type`, `predicate`
 * {collection, files, merkle, release}, `predicateType`, `subject`: RFC 8785 3.2.3 fixes this member
 * order), from its file entries and subjects already written as canonical JSON (by the hash pool),
 * in pieces that are joined with ',' (each piece holds whole, comma-separated entries; empty pieces
 * are allowed). Tested against the `canonicalize` library over the whole Statement.
 * @param alloc makes the buffer for the payload's bytes (pack: one with room for the PAE text before it)
 */
function manifestPayload(entries, subjects, merkle, release, collection, alloc = Buffer.allocUnsafe) {
    const comma = Buffer.from(',');
    const joined = (pieces) => pieces.filter((p) => p.length).flatMap((p, i) => (i ? [comma, p] : [p]));
    const parts = [
        Buffer.from(`{"_type":${(0,jcs/* canonicalJson */.dj)(core_statement/* STATEMENT_TYPE */.zG)},"predicate":{"collection":${(0,jcs/* canonicalJson */.dj)(collection)},"files":[`),
        ...joined(entries),
        Buffer.from(`],"merkle":${(0,jcs/* canonicalJson */.dj)(merkle)},"release":${(0,jcs/* canonicalJson */.dj)(release)}},"predicateType":${(0,jcs/* canonicalJson */.dj)(MANIFEST_PREDICATE)},"subject":[`),
        ...joined(subjects),
        Buffer.from(']}'),
    ];
    let length = 0;
    for (const p of parts)
        length += p.length;
    const out = alloc(length);
    let at = 0;
    for (const p of parts) {
        out.set(p, at);
        at += p.length;
    }
    return out;
}
const MEDIA = [
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
const mediaByTail = new Map();
/** IANA media type guessed from the file name; application/octet-stream otherwise. */
function mediaTypeOf(path) {
    // every pattern matches a suffix that starts with '.' and holds no '/': it lies inside the part of the
    // last path segment from its first dot on, so that part decides (and is remembered: 100,000 files
    // have few distinct ones)
    const name = path.slice(path.lastIndexOf('/') + 1);
    const dot = name.indexOf('.');
    if (dot < 0)
        return OCTET_STREAM;
    const tail = name.slice(dot);
    let t = mediaByTail.get(tail);
    if (t === undefined) {
        t = OCTET_STREAM;
        for (const [re, type] of MEDIA)
            if (re.test(tail)) {
                t = type;
                break;
            }
        if (mediaByTail.size > 4096)
            mediaByTail.clear();
        mediaByTail.set(tail, t);
    }
    return t;
}

;// CONCATENATED MODULE: ./src/evidence/shape.ts
/**
 * Shape checks for the signed documents of a pack (manifest, Merkle-root statement, disclosure),
 * applied after their signatures verify and before any member is used: a malformed member is an
 * InputError (exit 2) naming the file and the member path (`payload.subject[3].digest.sha256`),
 * never a TypeError reported as "internal error".
 */

const HEX64 = /^[0-9a-f]{64}$/;
/** A JSON object (not null, not an array). @throws InputError naming `field` */
function obj(v, source, field) {
    if (!v || typeof v !== 'object' || Array.isArray(v))
        throw new errors/* InputError */.dz(source, field, 'an object');
    return v;
}
function str(v, source, field) {
    if (typeof v !== 'string')
        throw new errors/* InputError */.dz(source, field, 'a string');
    return v;
}
function arr(v, source, field) {
    if (!Array.isArray(v))
        throw new errors/* InputError */.dz(source, field, 'an array');
    return v;
}
function count(v, source, field) {
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0)
        throw new errors/* InputError */.dz(source, field, 'a whole number >= 0');
    return v;
}
function hex64(v, source, field) {
    if (typeof v !== 'string' || !HEX64.test(v))
        throw new errors/* InputError */.dz(source, field, '64 lowercase hex digits (SHA-256)');
    return v;
}
function labels(v, source, field) {
    const o = obj(v, source, field);
    for (const [k, x] of Object.entries(o))
        str(x, source, `${field}.${k}`);
    return o;
}
/** The release block. createdAt must be an RFC 3339 time (it dates the signatures). */
function checkRelease(v, source, field) {
    const r = obj(v, source, field);
    str(r.name, source, `${field}.name`);
    str(r.version, source, `${field}.version`);
    for (const m of ['commit', 'run'])
        if (r[m] !== undefined)
            str(r[m], source, `${field}.${m}`);
    if (Number.isNaN(Date.parse(str(r.createdAt, source, `${field}.createdAt`))))
        throw new errors/* InputError */.dz(source, `${field}.createdAt`, 'an RFC 3339 time');
    return r;
}
/** Subjects: `{name, digest: {sha256}}` each, names unique. */
function checkSubjects(st, source) {
    const seen = new Set();
    const subjects = arr(st.subject, source, 'payload.subject');
    const out = new Array(subjects.length);
    for (let i = 0; i < subjects.length; i++) {
        const s = subjects[i];
        // the common, well-formed case without building a field name; anything else names the member
        const digest = s && typeof s === 'object' && !Array.isArray(s) ? s.digest : undefined;
        const sha256 = digest && typeof digest === 'object' && !Array.isArray(digest) ? digest.sha256 : undefined;
        if (typeof s?.name !== 'string' || typeof sha256 !== 'string' || !HEX64.test(sha256)) {
            const o = obj(s, source, `payload.subject[${i}]`);
            str(o.name, source, `payload.subject[${i}].name`);
            hex64(obj(o.digest, source, `payload.subject[${i}].digest`).sha256, source, `payload.subject[${i}].digest.sha256`);
        }
        const name = s.name;
        if (seen.has(name))
            throw new errors/* InputError */.dz(source, `payload.subject[${i}].name`, 'unique subject names', { found: `a second ${JSON.stringify(name)}` });
        seen.add(name);
        out[i] = { name, sha256: sha256 };
    }
    return out;
}
/** A file entry of a manifest (`payload.predicate.files[i]`) or a disclosure. */
function checkFileEntry(v, source, field) {
    if (isFileEntry(v))
        return v;
    const f = obj(v, source, field);
    str(f.path, source, `${field}.path`);
    count(f.size, source, `${field}.size`);
    str(f.kind, source, `${field}.kind`);
    str(f.mediaType, source, `${field}.mediaType`);
    labels(f.labels, source, `${field}.labels`);
    return f;
}
/** The well-formed case of {@link checkFileEntry}, checked without building field names. */
function isFileEntry(v) {
    if (!v || typeof v !== 'object' || Array.isArray(v))
        return false;
    const f = v;
    const size = f.size;
    if (typeof f.path !== 'string' || typeof f.kind !== 'string' || typeof f.mediaType !== 'string')
        return false;
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0)
        return false;
    const l = f.labels;
    if (!l || typeof l !== 'object' || Array.isArray(l))
        return false;
    for (const k in l)
        if (typeof l[k] !== 'string')
            return false;
    return true;
}
function checkMerkle(v, source, field) {
    const m = obj(v, source, field);
    return { root: hex64(m.root, source, `${field}.root`), treeSize: count(m.treeSize, source, `${field}.treeSize`) };
}
/**
 * A verified manifest: subjects and predicate.files agree (same length, same paths in order).
 * @returns the files with their signed digests
 * @throws InputError naming the member
 */
function checkManifest(st, source) {
    const subjects = checkSubjects(st, source);
    const p = obj(st.predicate, source, 'payload.predicate');
    checkRelease(p.release, source, 'payload.predicate.release');
    const c = obj(p.collection, source, 'payload.predicate.collection');
    for (const m of ['patterns', 'exclude'])
        arr(c[m], source, `payload.predicate.collection.${m}`).forEach((x, i) => str(x, source, `payload.predicate.collection.${m}[${i}]`));
    const files = arr(p.files, source, 'payload.predicate.files');
    if (files.length !== subjects.length)
        throw new errors/* InputError */.dz(source, 'payload.predicate.files', `one entry per subject (${subjects.length})`, { found: String(files.length) });
    checkMerkle(p.merkle, source, 'payload.predicate.merkle');
    const out = new Array(files.length);
    for (let i = 0; i < files.length; i++) {
        const e = isFileEntry(files[i])
            ? files[i]
            : checkFileEntry(files[i], source, `payload.predicate.files[${i}]`);
        if (e.path !== subjects[i].name)
            throw new errors/* InputError */.dz(source, `payload.predicate.files[${i}].path`, `the subject's name ${JSON.stringify(subjects[i].name)}`);
        out[i] = { ...e, sha256: subjects[i].sha256 };
    }
    return out;
}
/** A verified Merkle-root statement. */
function checkRootStatement(st, source) {
    checkSubjects(st, source);
    const p = obj(st.predicate, source, 'payload.predicate');
    checkRelease(p.release, source, 'payload.predicate.release');
    checkMerkle(p.merkle, source, 'payload.predicate.merkle');
    hex64(obj(p.manifest, source, 'payload.predicate.manifest').sha256, source, 'payload.predicate.manifest.sha256');
    return p;
}
/** A verified disclosure statement; entries and subjects agree. */
function checkDisclosure(st, source) {
    const subjects = checkSubjects(st, source);
    const p = obj(st.predicate, source, 'payload.predicate');
    const d = obj(p.disclosure, source, 'payload.predicate.disclosure');
    str(d.region, source, 'payload.predicate.disclosure.region');
    if (d.tenant !== undefined)
        str(d.tenant, source, 'payload.predicate.disclosure.tenant');
    if (Number.isNaN(Date.parse(str(p.createdAt, source, 'payload.predicate.createdAt'))))
        throw new errors/* InputError */.dz(source, 'payload.predicate.createdAt', 'an RFC 3339 time');
    checkMerkle(p.merkle, source, 'payload.predicate.merkle');
    const entries = arr(p.entries, source, 'payload.predicate.entries');
    if (entries.length !== subjects.length)
        throw new errors/* InputError */.dz(source, 'payload.predicate.entries', `one entry per subject (${subjects.length})`, {
            found: String(entries.length),
        });
    entries.forEach((v, i) => {
        const field = `payload.predicate.entries[${i}]`;
        const e = checkFileEntry(v, source, field);
        hex64(e.sha256, source, `${field}.sha256`);
        count(e.index, source, `${field}.index`);
        arr(e.proof, source, `${field}.proof`).forEach((h, j) => hex64(h, source, `${field}.proof[${j}]`));
        if (e.path !== subjects[i].name || e.sha256 !== subjects[i].sha256)
            throw new errors/* InputError */.dz(source, field, "the subject's name and digest");
    });
    return p;
}

// EXTERNAL MODULE: ./src/core/dsse.ts
var dsse = __webpack_require__(9394);
// EXTERNAL MODULE: ./src/core/json.ts
var json = __webpack_require__(6153);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/evidence/hash-pool.ts
/**
 * The per-file work of `evidence pack` and `evidence verify`, spread over worker threads in chunks:
 * each file is opened (O_RDONLY | O_NOFOLLOW | O_NONBLOCK), checked with fstat to be a regular file,
 * read (at most its signed size + 1 byte when verifying) and hashed (SHA-256, FIPS 180-4); then its
 * RFC 6962 Merkle leaf hash is computed from the RFC 8785 text of its entry and, when packing, its
 * manifest entry and subject are written as canonical JSON bytes. Besides its share of the chunks, the
 * calling thread walks, describes (kind, labels, media type: a few distinct values, serialized once
 * each), computes each chunk's Merkle subtree root and joins the chunks.
 *
 * Chunks are aligned blocks of 2^k files, so the RFC 6962 Merkle tree of all the files is the tree over
 * the chunks' subtree roots (bottom-up, an odd node carried up: the same tree as RFC 6962 2.1's
 * recursive split). Chunks go to whichever thread is free (the calling thread takes one at a time;
 * two are queued per worker), so a slow core does not hold the others back; results come back as
 * transferable buffers, not one object per file. On 2 cores: one worker and the calling thread.
 *
 * The texts equal `canonicalJson` of the Statement, byte for byte: tests/evidence/hash-pool.test.ts
 * compares them with the `canonicalize` library on random entries, and checks that a deliberately
 * broken worker is caught.
 */




/** What happened to one file (see {@link PoolResult.status}). */
const FILE_OK = 0;
/** verify: read to its end, but its digest or size differs from the signed one */
const FILE_DIFFERS = 1;
/** more bytes than its limit (the signed size) */
const FILE_TOO_LARGE = 2;
/** not a regular file: a symbolic link, FIFO, device, socket or directory (never read) */
const FILE_NOT_REGULAR = 3;
/** could not be opened or read: the errno code is in {@link PoolResult.errors} */
const FILE_ERROR = 4;
/** not opened (verify: refused before hashing); its leaf is still computed */
const FILE_SKIPPED = 5;
// Worker source: node builtins only, so it runs from an ncc bundle without a separate file; the same
// source runs on the calling thread for small jobs (one implementation of the per-file rules).
// `run(task)` processes one chunk; see ChunkTask and ChunkResult below for the shapes.
const CORE = `
const fs = require('node:fs');
const crypto = require('node:crypto');
const FLAGS = fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK;
const PLAIN = /^[\\x20\\x21\\x23-\\x5b\\x5d-\\x7e]*$/;
const buf = Buffer.allocUnsafe(1 << 20);
const LEAF_HEAD = '\\u0000{"digest":{"sha256":"';
// a failed file's leaf (packing: the pack fails, so it is never used; kept for the offsets)
const NO_LEAF = '\\u0000'.repeat(32);
// one chunk: the per-file work is a method called per file (optimized as an ordinary hot function),
// and the loop over the files has nothing after it (a loop is compiled on stack replacement, and the
// code after it was deoptimized in every chunk where it had no type feedback yet: seen with --trace-deopt)
function run(t) {
  const c = new Chunk(t);
  c.all();
  return c.result();
}
class Chunk {
  constructor(t) {
    const n = t.paths.length;
    this.t = t;
    this.n = n;
    this.status = new Uint8Array(n);
    this.sizes = new Float64Array(n);
    this.errors = [];
    this.differs = [];
    this.pack = t.mode === 'pack';
    this.hexes = this.pack ? new Array(n) : null;
    // per file, its leaf hash (32 latin1 characters) and, packing, its subject and entry texts: joined
    // once per chunk (three native calls per file fewer than writing each into a buffer)
    this.leaves = new Array(n);
    this.subjects = this.pack ? new Array(n) : null;
    this.entries = this.pack ? new Array(n) : null;
    // the texts around each description, made once per chunk
    this.leafMid = t.table.map((d) => '"},' + d + ',"name":');
    this.entryHead = t.table.map((d) => '{' + d + ',"path":');
  }
  all() {
    for (let i = 0; i < this.n; i++) this.file(i);
  }
  file(i) {
    const t = this.t;
    const status = this.status;
    const path = t.paths[i];
    let hex = '';
    let size = 0;
    const skip = t.open !== null && t.open[i] === 0;
    const limit = t.sizes === null ? Infinity : t.sizes[i] + 1;
    if (skip) status[i] = ${FILE_SKIPPED};
    else {
      let fd = -1;
      try {
        try { fd = fs.openSync(t.base + path, FLAGS); } catch (e) { if (e.code !== 'ELOOP') throw e; }
        const st = fd < 0 ? null : fs.fstatSync(fd);
        if (st === null || !st.isFile()) status[i] = ${FILE_NOT_REGULAR};
        else {
          // a file that fits the buffer (most): one read of up to its size + 1 byte; a read shorter than
          // asked that ends at the size fstat gave is its end (a regular file reads short only at its end)
          const want = Math.min(buf.length, limit, st.size + 1);
          const first = fs.readSync(fd, buf, 0, want, null);
          if (first < want && first === st.size) {
            size = first;
            hex = crypto.hash('sha256', buf.subarray(0, first), 'hex');
          } else {
            const h = crypto.createHash('sha256');
            h.update(buf.subarray(0, first));
            size = first;
            let r;
            while (first > 0 && size < limit && (r = fs.readSync(fd, buf, 0, Math.min(buf.length, limit - size), null)) > 0) {
              h.update(r === buf.length ? buf : buf.subarray(0, r));
              size += r;
            }
            if (size === limit) status[i] = ${FILE_TOO_LARGE};
            else hex = h.digest('hex');
          }
          this.sizes[i] = size;
        }
      } catch (e) {
        status[i] = ${FILE_ERROR};
        this.errors.push(i, e.code || String(e));
      } finally {
        if (fd >= 0) fs.closeSync(fd);
      }
    }
    // the leaf (and, packing, the entry and subject) from the signed values: verify hashes the signed
    // digest and size, pack the ones just read
    let digest, sizeText;
    if (this.pack) {
      if (status[i] !== ${FILE_OK}) {
        this.leaves[i] = NO_LEAF; // the pack fails: no texts needed
        return;
      }
      this.hexes[i] = hex;
      digest = hex;
      sizeText = String(size);
    } else {
      digest = t.expected[i];
      sizeText = String(t.sizes[i]);
      if (status[i] === ${FILE_OK} && (hex !== digest || size !== t.sizes[i])) {
        status[i] = ${FILE_DIFFERS};
        this.differs.push(i, hex);
      }
    }
    let name = t.pathJson[i];
    if (name === undefined || name === null) {
      if (!PLAIN.test(path)) throw new Error('internal: no canonical text for a path that needs escaping');
      name = '"' + path + '"';
    }
    const d = t.desc[i];
    const tail = ',"size":' + sizeText + '}';
    this.leaves[i] = crypto.hash('sha256', LEAF_HEAD + digest + this.leafMid[d] + name + tail, 'latin1');
    if (this.pack) {
      this.subjects[i] = '{"digest":{"sha256":"' + digest + '"},"name":' + name + '}';
      this.entries[i] = this.entryHead[d] + name + tail;
    }
  }
  result() {
    const pack = this.pack;
    return {
      id: this.t.id, status: this.status, sizes: this.sizes, errors: this.errors, differs: this.differs,
      hex: pack ? this.hexes.join('') : '',
      leaves: Buffer.from(this.leaves.join(''), 'latin1'),
      subjects: pack ? Buffer.from(this.subjects.join(','), 'utf8') : null,
      entries: pack ? Buffer.from(this.entries.join(','), 'utf8') : null,
    };
  }
}
`;
const WORKER_LOOP = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (t) => {
  let r;
  try { r = run(t); } catch (e) { parentPort.postMessage({ id: t.id, failure: String(e && e.message || e) }); return; }
  const transfer = [r.status.buffer, r.sizes.buffer, r.leaves.buffer];
  if (r.subjects) transfer.push(r.subjects.buffer, r.entries.buffer);
  // Buffers from allocUnsafe may share the pool's ArrayBuffer: copy those (small) before transferring
  parentPort.postMessage(r, [...new Set(transfer)].filter((b) => b.byteLength > 8192));
});
`;
/** Most chunk size (files): 4096 keeps per-chunk messages rare and chunks many enough to balance. */
const MAX_CHUNK = 4096;
/** Below this many files the job runs on the calling thread alone (a worker, started early, is there for more: 64 large files need both cores). */
const IN_THREAD_BELOW = 17;
const compiled = new Map();
/** The worker's `run` (from `core`), compiled on this thread. */
function runHere(core, t) {
    let run = compiled.get(core);
    if (!run) {
        const require = (0,external_node_module_.createRequire)(import.meta.url);
        run = new Function('require', `${core}\nreturn run;`)(require);
        compiled.set(core, run);
    }
    return run(t);
}
/**
 * A set of hashing workers, started as soon as it is made (their start-up overlaps the caller's
 * walk or signature check); {@link HashPool.close} stops them.
 */
class HashPool {
    workers = [];
    gone = new Set();
    count;
    core;
    inThreadBelow;
    callingThread;
    constructor(opts = {}) {
        this.callingThread = opts.callingThread ?? true;
        // one thread per core, this one included
        this.count = Math.max(1, opts.workers ?? Math.min((0,external_node_os_.availableParallelism)() - (this.callingThread ? 1 : 0), 8));
        this.core = opts.transformSource ? opts.transformSource(CORE) : CORE;
        this.inThreadBelow = opts.inThreadBelow ?? IN_THREAD_BELOW;
    }
    /** Starts the workers now (optional: {@link run} starts what it needs). */
    warm() {
        while (this.workers.length < this.count)
            this.workers.push(this.spawn());
        return this;
    }
    spawn() {
        const w = new external_node_worker_threads_.Worker(this.core + WORKER_LOOP, { eval: true });
        // a worker that fails or ends before it is given work is replaced when work comes (run); its error
        // is not an uncaught exception meanwhile. The pool's owner closes it (a running worker keeps the
        // process alive, as it must while work is out)
        w.on('error', () => this.gone.add(w));
        w.once('exit', () => this.gone.add(w));
        return w;
    }
    /** Stops the workers. */
    close() {
        for (const w of this.workers)
            void w.terminate();
        this.workers = [];
    }
    /**
     * Runs a job: hashes (or skips) every file and computes the leaves, the Merkle root and (pack) the texts.
     * @throws Error when a worker fails (not for an unreadable file: that is its status)
     */
    async run(job) {
        const n = job.paths.length;
        const chunk = chunkSize(n, this.count + (this.callingThread ? 1 : 0));
        const chunks = Math.ceil(n / chunk);
        const part = (id) => {
            const lo = id * chunk;
            const hi = Math.min(n, lo + chunk);
            return {
                paths: job.paths.slice(lo, hi),
                pathJson: job.pathJson.length > lo ? job.pathJson.slice(lo, hi) : [],
                desc: job.desc.slice(lo, hi),
                table: job.table,
                sizes: job.sizes?.slice(lo, hi),
                expected: job.expected?.slice(lo, hi),
                open: job.open?.slice(lo, hi),
            };
        };
        if (n < this.inThreadBelow) {
            this.close();
            const results = new Array(chunks);
            // an aligned block of 2^k leaves (or the last, partial one) is one node of the tree at level k
            const roots = Buffer.allocUnsafe(chunks * 32);
            for (let c = 0; c < chunks; c++) {
                results[c] = runHere(this.core, taskOf(c, job.mode, job.base, part(c)));
                roots.set(rootFromPackedLeaves(results[c].leaves, results[c].status.length), c * 32);
            }
            return joinResults(results, n, chunk, roots);
        }
        const stream = this.stream(job.mode, job.base, chunk);
        for (let c = 0; c < chunks; c++)
            stream.push(part(c));
        return stream.end();
    }
    /** Threads that hash (the workers, and this one unless `callingThread: false`). */
    get threads() {
        return this.count + (this.callingThread ? 1 : 0);
    }
    /**
     * A job whose chunks are given one by one as the caller learns them (verify reads the manifest while
     * the workers hash the first files): every chunk but the last holds exactly `chunk` files (a power of
     * two, see {@link chunkSize}), so the Merkle tree is the one over the chunks' subtree roots. The workers
     * take chunks as they come (two queued each); this thread takes its share once {@link PoolStream.end}
     * is called. The pool is closed when the job ends or is dropped.
     */
    stream(mode, base, chunk) {
        this.workers = this.workers.filter((w) => !this.gone.has(w));
        this.warm();
        const workers = this.workers;
        const ready = [];
        const results = [];
        const roots = [];
        const inflight = new Map();
        let pushed = 0;
        let done = 0;
        let files = 0;
        let ended = false;
        let failure;
        let settle;
        const check = () => {
            if (!settle)
                return;
            if (failure)
                settle(failure);
            else if (ended && done === pushed)
                settle();
        };
        const fail = (e) => {
            if (failure)
                return;
            failure = e;
            this.close();
            check();
        };
        const store = (r) => {
            results[r.id] = r;
            // this chunk's subtree root, computed while the workers go on
            roots[r.id] = rootFromPackedLeaves(r.leaves, r.status.length);
            done++;
        };
        const feed = (w) => {
            // two chunks queued per worker: it never waits for this thread between chunks
            while (!failure && ready.length && (inflight.get(w) ?? 0) < 2) {
                w.postMessage(ready.shift());
                inflight.set(w, (inflight.get(w) ?? 0) + 1);
            }
        };
        for (const w of workers) {
            w.on('message', (r) => {
                if (r.failure !== undefined)
                    return fail(new Error(`hash worker: ${r.failure}`));
                inflight.set(w, (inflight.get(w) ?? 1) - 1);
                feed(w);
                store(r);
                check();
            });
            w.once('error', fail);
            w.once('exit', (code) => (!ended || done < pushed) && fail(new Error(`hash worker exited with ${code}`)));
        }
        const callingThread = this.callingThread;
        const core = this.core;
        return {
            push: (c) => {
                if (ended)
                    throw new Error('internal: a chunk after the end of the job');
                if (failure)
                    return;
                // every chunk but the last is full: chunk i holds files i*chunk.. (an aligned block)
                if (files !== pushed * chunk || c.paths.length > chunk)
                    throw new Error('internal: chunks out of step');
                files += c.paths.length;
                ready.push(taskOf(pushed++, mode, base, c));
                for (const w of workers)
                    feed(w);
            },
            end: async () => {
                ended = true;
                try {
                    await new Promise((resolveP, reject) => {
                        settle = (e) => {
                            settle = undefined;
                            if (e)
                                reject(e);
                            else
                                resolveP();
                        };
                        // this thread takes chunks too, one at a time, handling the workers' messages in between
                        const step = () => {
                            if (failure || !settle)
                                return;
                            const t = callingThread ? ready.shift() : undefined;
                            if (t) {
                                try {
                                    store(runHere(core, t));
                                }
                                catch (e) {
                                    return fail(e);
                                }
                                setImmediate(step);
                            }
                            check();
                        };
                        check();
                        setImmediate(step);
                    });
                }
                finally {
                    this.close();
                }
                return joinResults(results, files, chunk, Buffer.concat(roots));
            },
            abort: () => {
                ended = true;
                fail(new Error('aborted'));
            },
        };
    }
}
/**
 * Files per chunk for a job of about `n` files on `threads` threads: a power of two (aligned blocks
 * are nodes of the Merkle tree), at least 16 chunks per thread where there are enough files (a few
 * large files end on every thread at about the same time), at most 4096.
 */
function chunkSize(n, threads) {
    let chunk = 1;
    while (chunk < MAX_CHUNK && chunk * 2 * threads * 16 <= n)
        chunk *= 2;
    return chunk;
}
function taskOf(id, mode, base, c) {
    return {
        id,
        mode,
        base,
        paths: c.paths,
        pathJson: c.pathJson,
        desc: c.desc,
        table: c.table,
        sizes: c.sizes ?? null,
        expected: c.expected ?? null,
        open: c.open ?? null,
    };
}
/** Joins the chunks' results in order; the Merkle root from the chunks' subtree roots. */
function joinResults(results, n, chunk, roots) {
    const status = new Uint8Array(n);
    const sizes = new Float64Array(n);
    const errors = new Map();
    const differs = new Map();
    const hexes = [];
    results.forEach((r, c) => {
        const lo = c * chunk;
        status.set(r.status, lo);
        sizes.set(r.sizes, lo);
        for (let k = 0; k < r.errors.length; k += 2)
            errors.set(lo + r.errors[k], r.errors[k + 1]);
        for (let k = 0; k < r.differs.length; k += 2)
            differs.set(lo + r.differs[k], r.differs[k + 1]);
        hexes.push(r.hex);
    });
    const root = n === 0 ? rootFromPackedLeaves(new Uint8Array(0), 0) : rootFromPackedLeaves(roots, results.length);
    return {
        status,
        sizes,
        errors,
        differs,
        // a failed file has no hex: a chunk's string holds 64 characters for each file before it only when none failed
        hex: (i) => hexes[Math.floor(i / chunk)].slice((i % chunk) * 64, (i % chunk) * 64 + 64),
        root,
        entries: results.map((r) => r.entries).filter(Boolean),
        subjects: results.map((r) => r.subjects).filter(Boolean),
    };
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./src/evidence/manifest-reader.ts
/**
 * A one-pass reader of manifest payloads in the exact layout `evidence pack` writes (RFC 8785 canonical
 * JSON of the in-toto Statement, see {@link manifestPayload}): it reads the file entries and subjects
 * straight from the payload bytes, without JSON.parse building 200,000 objects for 100,000 files, and
 * parses only the few distinct descriptions (kind, labels, media type) and the small members
 * (collection, merkle, release) as strict JSON.
 *
 * It either returns exactly what JSON.parse and the shape checks would (the same values; tested
 * against the general path) or `undefined` for anything else: whitespace, another member order,
 * extra members, escapes it does not read itself, a malformed or duplicate value, invalid UTF-8. The
 * caller then takes the general path, which reports the problem.
 */





const HEAD = Buffer.from(`{"_type":${JSON.stringify(core_statement/* STATEMENT_TYPE */.zG)},"predicate":{"collection":`);
const FILES = Buffer.from(',"files":[');
const KIND = Buffer.from('{"kind":');
const LABELS = Buffer.from(',"labels":');
const manifest_reader_MEDIA = Buffer.from(',"mediaType":');
const PATH = Buffer.from(',"path":');
const SIZE = Buffer.from(',"size":');
const MERKLE = Buffer.from('],"merkle":');
const RELEASE = Buffer.from(',"release":');
const SUBJECTS = Buffer.from(`},"predicateType":${JSON.stringify(MANIFEST_PREDICATE)},"subject":[`);
const DIGEST = Buffer.from('{"digest":{"sha256":"');
const NAME = Buffer.from('"},"name":');
const END = Buffer.from(']}');
/** Not the layout: the caller parses the payload as JSON instead. */
class NotLayout extends Error {
}
const notLayout = new NotLayout();
/**
 * Reads a manifest payload written in pack's layout.
 * @returns the files and the other members, or undefined when the bytes are not in that layout
 *   (or hold anything the general path would refuse or read differently)
 */
function readManifest(payload) {
    const m = ManifestStream.open(payload);
    if (!m || m.read(Infinity) === undefined || !m.done)
        return undefined;
    return { statement: m.statement, files: m.files, desc: Uint32Array.from(m.descOf), table: m.table };
}
/**
 * {@link readManifest} a few files at a time, so a caller can act on the first files while it reads
 * the rest (verify hashes them). The members around the file lists (collection, merkle, release) are
 * read first: the file entries' array ends at the first `],"merkle":` after it starts (those bytes
 * hold unescaped quotes, so they are never inside a string; any other place fails the read), and file
 * i's subject is read with its entry. Until {@link ManifestStream.done}, the files read so far may
 * still turn out not to be in the layout.
 */
class ManifestStream {
    b;
    r;
    s;
    filesEnd;
    /** the Statement without its file lists (`subject` and `predicate.files` are empty) */
    statement;
    /** the files read so far, in order, each with its subject's digest */
    files = [];
    /** per file read so far, an index into `table` */
    descOf = [];
    /** RFC 8785 text `"kind":K,"labels":L,"mediaType":M` of each distinct description met so far */
    table = [];
    /** RFC 8785 text of file i's path where it is not the path in quotes (it needed escapes) */
    pathJson = [];
    /** bytes of the file entries' array (an upper bound of the number of files: each takes more than 50) */
    filesBytes;
    described = [];
    known = new Map();
    lastStart = 0;
    lastEnd = -1;
    lastDesc = -1;
    prevPath = '';
    ended = false;
    failed = false;
    constructor(b, 
    /** the entries' reader and the subjects' */
    r, s, filesEnd, statement) {
        this.b = b;
        this.r = r;
        this.s = s;
        this.filesEnd = filesEnd;
        this.statement = statement;
        this.filesBytes = filesEnd - r.at;
        // no entries: the subjects must be none either
        if (b[r.at] === 0x5d)
            this.ended = true;
    }
    /** Reads the members around the file lists; undefined when the payload is not in the layout. */
    static open(payload) {
        const b = Buffer.isBuffer(payload) ? payload : Buffer.from(payload.buffer, payload.byteOffset, payload.length);
        try {
            if (!(0,external_node_buffer_.isUtf8)(b))
                throw notLayout;
            const r = new Reader(b);
            r.expect(HEAD);
            const collection = r.value();
            r.expect(FILES);
            const filesEnd = b.indexOf(MERKLE, r.at);
            if (filesEnd < 0)
                throw notLayout;
            const s = new Reader(b);
            s.at = filesEnd;
            s.expect(MERKLE);
            const merkle = s.value();
            s.expect(RELEASE);
            const release = s.value();
            s.expect(SUBJECTS);
            const statement = {
                _type: core_statement/* STATEMENT_TYPE */.zG,
                subject: [],
                predicateType: MANIFEST_PREDICATE,
                predicate: { collection, files: [], merkle, release },
            };
            const m = new ManifestStream(b, r, s, filesEnd, statement);
            if (m.ended)
                m.end();
            return m;
        }
        catch (e) {
            if (e === notLayout)
                return undefined;
            throw e;
        }
    }
    /** Whether every file was read and the payload ends as the layout does. */
    get done() {
        return this.ended && !this.failed;
    }
    /**
     * Reads up to `max` more files (entry and subject).
     * @returns how many were read (0: none left), or undefined when the payload turns out not to be in
     *   the layout (the files read so far are then not to be used)
     */
    read(max) {
        if (this.failed)
            return undefined;
        let n = 0;
        try {
            while (!this.ended && n < max) {
                this.one();
                n++;
            }
        }
        catch (e) {
            if (e !== notLayout)
                throw e;
            this.failed = true;
            return undefined;
        }
        return n;
    }
    one() {
        const { b, r, s, files } = this;
        r.expect(KIND);
        // kind, labels and media type: the raw text of the three (a few distinct ones) keys the description
        const start = r.at;
        const kindEnd = (r.at = valueEnd(b, r.at));
        r.expect(LABELS);
        const labelsStart = r.at;
        const labelsEnd = (r.at = valueEnd(b, r.at));
        r.expect(manifest_reader_MEDIA);
        const mediaStart = r.at;
        const end = (r.at = valueEnd(b, r.at));
        // most files share the previous file's description: compare the bytes before making a key
        let d = -1;
        if (end - start === this.lastEnd - this.lastStart) {
            d = this.lastDesc;
            for (let k = 0, ls = this.lastStart; k < end - start; k++)
                if (b[start + k] !== b[ls + k]) {
                    d = -1;
                    break;
                }
        }
        const raw = d < 0 ? r.latin1(start, end) : '';
        if (d < 0)
            d = this.known.get(raw) ?? -1;
        if (d < 0) {
            const kind = r.parse(start, kindEnd);
            const labels = r.parse(labelsStart, labelsEnd);
            const mediaType = r.parse(mediaStart, end);
            // what isFileEntry accepts; anything else is the general path's to report
            if (typeof kind !== 'string' || typeof mediaType !== 'string')
                throw notLayout;
            if (!labels || typeof labels !== 'object' || Array.isArray(labels))
                throw notLayout;
            for (const k in labels)
                if (typeof labels[k] !== 'string')
                    throw notLayout;
            this.known.set(raw, (d = this.table.length));
            this.described.push({ kind, labels: labels, mediaType });
            this.table.push(entryMembers(kind, labels, mediaType));
        }
        this.lastStart = start;
        this.lastEnd = end;
        this.lastDesc = d;
        r.expect(PATH);
        const pathStart = r.at;
        const path = r.string();
        const pathEnd = r.at;
        // strictly increasing (pack sorts by UTF-16 code units): the paths, so the names, are unique
        if (files.length && !(this.prevPath < path))
            throw notLayout;
        this.prevPath = path;
        r.expect(SIZE);
        const size = r.integer();
        if (b[r.at++] !== 0x7d)
            throw notLayout;
        // its subject: named by the same JSON text as the entry's path (what checkManifest demands: the
        // same path; unique, as the paths are increasing); another spelling of the same string is the
        // general path's
        s.expect(DIGEST);
        const sha256 = s.hex64();
        s.expect(NAME);
        s.sameText(pathStart, pathEnd);
        if (b[s.at++] !== 0x7d)
            throw notLayout;
        const e = this.described[d];
        const i = files.length;
        files.push({ path, sha256, size, kind: e.kind, labels: e.labels, mediaType: e.mediaType });
        this.descOf.push(d);
        if (r.plain)
            this.pathJson[i] = undefined;
        else
            this.pathJson[i] = (0,jcs/* canonicalJson */.dj)(path);
        if (b[r.at] === 0x2c) {
            r.at++;
            if (b[s.at++] !== 0x2c)
                throw notLayout; // one subject per entry
        }
        else {
            this.ended = true;
            this.end();
        }
    }
    /** After the last entry: the entries' array ends where the merkle member starts, the subjects' with the payload. */
    end() {
        if (this.r.at !== this.filesEnd)
            throw notLayout;
        this.s.expect(END);
        if (this.s.at !== this.b.length)
            throw notLayout;
    }
}
/** A position in the payload and the pieces read there; each method throws `notLayout` on anything else. */
class Reader {
    b;
    at = 0;
    constructor(b) {
        this.b = b;
    }
    latin1(start, end) {
        return this.b.latin1Slice(start, end);
    }
    /** The literal bytes `lit`. */
    expect(lit) {
        const b = this.b;
        const at = this.at;
        const n = lit.length;
        if (b.length - at < n)
            throw notLayout;
        for (let k = 0; k < n; k++)
            if (b[at + k] !== lit[k])
                throw notLayout;
        this.at = at + n;
    }
    /** One JSON value (a small member) parsed strictly: the general path's parser, duplicates refused. */
    value() {
        const start = this.at;
        this.at = valueEnd(this.b, start);
        return this.parse(start, this.at);
    }
    parse(start, end) {
        try {
            return (0,json/* parseJsonStrict */.jM)(this.b.toString('utf8', start, end), undefined, 'JSON');
        }
        catch {
            throw notLayout;
        }
    }
    /** The same bytes as `start..end` (text read before), here. */
    sameText(start, end) {
        const b = this.b;
        const at = this.at;
        const n = end - start;
        if (b.length - at < n)
            throw notLayout;
        for (let k = 0; k < n; k++)
            if (b[at + k] !== b[start + k])
                throw notLayout;
        this.at = at + n;
    }
    /** 64 lowercase hex digits (a SHA-256 the shape checks accept). */
    hex64() {
        const b = this.b;
        const at = this.at;
        if (b.length - at < 64)
            throw notLayout;
        for (let k = at; k < at + 64; k++) {
            const c = b[k];
            if (!((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66)))
                throw notLayout;
        }
        this.at = at + 64;
        return this.latin1(at, at + 64);
    }
    /** whether the last {@link string} was printable ASCII without escapes (its RFC 8785 text is itself in quotes) */
    plain = true;
    /** A JSON string: printable ASCII read directly; anything with escapes or other bytes through JSON.parse. */
    string() {
        const b = this.b;
        if (b[this.at] !== 0x22)
            throw notLayout;
        const start = this.at + 1;
        let plain = true;
        let k = start;
        for (; k < b.length; k++) {
            const c = b[k];
            if (c === 0x22)
                break;
            if (c === 0x5c) {
                plain = false;
                k++; // the escaped character
            }
            else if (c < 0x20)
                throw notLayout; // not JSON
            else if (c > 0x7e)
                plain = false;
        }
        if (k >= b.length)
            throw notLayout;
        this.at = k + 1;
        this.plain = plain;
        if (plain)
            return this.latin1(start, k);
        let s;
        try {
            s = JSON.parse(b.toString('utf8', start - 1, k + 1));
        }
        catch {
            throw notLayout;
        }
        if (typeof s !== 'string')
            throw notLayout;
        return s;
    }
    /** A JSON number that is a whole number >= 0 and a safe integer, as RFC 8785 writes it (no sign, no leading zero, no fraction). */
    integer() {
        const b = this.b;
        const start = this.at;
        let at = start;
        let n = 0;
        while (at < b.length && b[at] >= 0x30 && b[at] <= 0x39)
            n = n * 10 + (b[at++] - 0x30);
        const digits = at - start;
        if (digits === 0 || digits > 16 || (digits > 1 && b[start] === 0x30) || !Number.isSafeInteger(n))
            throw notLayout;
        // a fraction or exponent would make it another number (or not a safe integer): the general path reads it
        if (b[at] === 0x2e || b[at] === 0x65 || b[at] === 0x45)
            throw notLayout;
        this.at = at;
        return n;
    }
}
/**
 * The end (exclusive) of the JSON value starting at `at`, found by its brackets and strings (its
 * validity is left to the parser): a string, an object or array (nesting at most 64 deep), or a
 * literal or number (up to the next ',', '}' or ']').
 */
function valueEnd(b, at) {
    let depth = 0;
    let k = at;
    for (; k < b.length; k++) {
        const c = b[k];
        if (c === 0x22) {
            for (k++; k < b.length && b[k] !== 0x22; k++)
                if (b[k] === 0x5c)
                    k++;
            if (k >= b.length)
                throw notLayout;
            if (depth === 0)
                return k + 1;
        }
        else if (c === 0x7b || c === 0x5b) {
            if (++depth > 64)
                throw notLayout;
        }
        else if (c === 0x7d || c === 0x5d || c === 0x2c) {
            if (depth === 0) {
                if (k === at)
                    throw notLayout; // no value
                return k;
            }
            if (c !== 0x2c && --depth === 0)
                return k + 1;
        }
    }
    throw notLayout;
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/evidence/pack.ts
/**
 * `evidence pack`: collects files under a root, digests them, and signs the manifest
 * (in-toto Statement v1 in DSSE, RFC 8785 payload) plus the Merkle-root statement.
 * The pack is `evidence.intoto.jsonl` (line 1: manifest envelope, line 2: root envelope) and
 * `jwks.json` (the signers' public keys), written atomically and never over an existing pack.
 */











const PACK_FILE = 'evidence.intoto.jsonl';
const JWKS_FILE = 'jwks.json';
/** A walk that has found this many files goes on while the workers hash the first ones (fewer: hashed after it). */
const STREAM_FROM = 8192;
/**
 * Collects, digests and signs. Symlinks and paths leaving the root are refused (InputError).
 * @throws InputError when nothing matches, a file is unreadable, or no key is given.
 */
async function buildPack(opts) {
    if (!opts.keys.length)
        throw new errors/* InputError */.dz(undefined, 'key', 'at least one signing key');
    const root = (0,external_node_path_.resolve)(opts.root);
    const exclude = [...(opts.exclude ?? [])];
    if (opts.outDir) {
        const rel = (0,external_node_path_.relative)(root, (0,external_node_path_.resolve)(opts.outDir));
        if (rel && !rel.startsWith('..') && !rel.startsWith(external_node_path_.sep))
            exclude.push(`${rel.split(external_node_path_.sep).join('/')}/**`);
    }
    // the workers start now: their start-up overlaps the walk
    const pool = new HashPool().warm();
    try {
        return await collectAndSign(opts, root, exclude, pool);
    }
    finally {
        pool.close();
    }
}
async function collectAndSign(opts, root, exclude, pool) {
    // root is resolved and every path is checked before it is opened (no '', '.', '..' segment, no
    // backslash): joining is concatenation
    const base = root.endsWith(external_node_path_.sep) ? root : root + external_node_path_.sep;
    // kind, labels and media type of each file: a few distinct descriptions, each serialized once
    const matchers = (opts.rules ?? []).map((r) => ({ rule: r, match: (0,fsx/* globMatcher */.fU)((picomatch_default()), [r.glob]) }));
    const table = [];
    const known = new Map();
    const desc = [];
    const pathJson = [];
    // the description of one path (an index into table), or undefined when it is not safe to open: verify
    // refuses what it could not open safely on every runner (a backslash is a separator on Windows), so it
    // is refused here too, and a pack never lists a path its own verification refuses. A function called
    // per path (optimized as such), not the body of check's loop
    let unsafe;
    const describe = (path) => {
        const why = (0,fsx/* unsafeRelativePath */.q4)(path);
        if (why) {
            unsafe = { path, why };
            return undefined;
        }
        const mediaType = mediaTypeOf(path);
        let kind;
        const labels = {};
        for (const { rule, match } of matchers) {
            if (!match(path))
                continue;
            if (kind === undefined && rule.kind)
                kind = rule.kind;
            Object.assign(labels, rule.labels ?? {});
        }
        kind ??= 'file';
        // JSON string literals delimit themselves: the key is injective
        const key = matchers.length ? JSON.stringify(kind) + JSON.stringify(mediaType) + JSON.stringify(labels) : mediaType;
        let d = known.get(key);
        if (d === undefined) {
            known.set(key, (d = table.length));
            table.push({ kind, labels, mediaType, text: entryMembers(kind, labels, mediaType) });
        }
        return d;
    };
    // paths [0, checked) are described and safe to open; `unsafe` is the first that is not
    let checked = 0;
    const check = (paths, upTo) => {
        for (; checked < upTo && !unsafe; checked++) {
            const path = paths[checked];
            const d = describe(path);
            if (d === undefined)
                break;
            desc[checked] = d;
            if (!PLAIN_PATH.test(path))
                pathJson[checked] = (0,jcs/* canonicalJson */.dj)(path);
        }
    };
    // a large walk: its first files are hashed while it goes on, in chunks of a size fixed when it starts
    // (aligned blocks: any power of two gives the same Merkle root)
    let job;
    let chunk = 0;
    let pushed = 0;
    const feed = (found, all) => {
        if (!job) {
            if (found.length < STREAM_FROM)
                return;
            // sized for a walk that goes on to several times what it has found so far (smaller chunks only
            // mean more messages; the Merkle root is the same)
            chunk = chunkSize(found.length * 8, pool.threads);
            job = pool.stream('pack', base, chunk);
        }
        for (;;) {
            const hi = Math.min(found.length, pushed + chunk);
            if (hi === pushed || (hi - pushed < chunk && !all))
                return;
            check(found, hi);
            if (unsafe)
                return; // nothing from it on is opened; the pack fails once the walk ends
            job.push({
                paths: found.slice(pushed, hi),
                pathJson: pathJson.slice(pushed, hi),
                desc: Uint32Array.from(desc.slice(pushed, hi)),
                table: table.map((d) => d.text),
            });
            pushed = hi;
        }
    };
    let paths;
    try {
        paths = await (0,fsx/* expandPaths */.pR)(opts.patterns, { root, exclude, onSorted: (found) => feed(found, false) });
    }
    catch (e) {
        job?.abort();
        throw e;
    }
    if (!paths.length)
        throw new errors/* InputError */.dz(undefined, 'paths', `at least one file under ${root} matching ${opts.patterns.join(' ')}`);
    check(paths, paths.length);
    if (unsafe) {
        job?.abort();
        throw new errors/* InputError */.dz(unsafe.path, undefined, 'a file name that verify can check on any runner', { found: unsafe.why });
    }
    let result;
    if (job) {
        feed(paths, true);
        result = await job.end();
    }
    else
        result = await pool.run({ mode: 'pack', base, paths, desc: Uint32Array.from(desc), table: table.map((d) => d.text), pathJson });
    for (let i = 0; i < paths.length; i++) {
        const status = result.status[i];
        if (status !== FILE_OK)
            throw new errors/* InputError */.dz(paths[i], undefined, 'a readable file', {
                found: status === FILE_NOT_REGULAR ? fsx/* NOT_REGULAR */.bh : (result.errors.get(i) ?? 'unreadable'),
            });
    }
    const merkle = {
        algorithm: 'RFC6962-SHA256',
        leaf: 'jcs-file-entry',
        treeSize: paths.length,
        root: Buffer.from(result.root).toString('hex'),
    };
    // made with room for its PAE text before it: the message signed below is a view, not a copy of 21 MB
    const payload = manifestPayload(result.entries, result.subjects, merkle, opts.release, { patterns: opts.patterns, exclude }, (n) => (0,dsse/* payloadWithPaeRoom */.W$)(dsse/* INTOTO_PAYLOAD_TYPE */.w9, n));
    // the signatures and the payload's digest are computed on libuv's thread pool, while writePack encodes
    // and writes the payload: the signatures first (two SHA-512 passes over 21 MB for 100,000 files, the
    // longest work left), then the digest (each job first copies its input on this thread)
    const msg = (0,dsse/* pae */.Zg)(dsse/* INTOTO_PAYLOAD_TYPE */.w9, payload);
    const signing = Promise.all(opts.keys.map((k) => (0,ed25519/* signAsync */.wJ)(msg, k)));
    const digesting = external_node_crypto_.webcrypto.subtle.digest('SHA-256', payload);
    // encoded once, while the signatures are made; writePack writes this text before they are done
    const payloadText = payload.toString('base64');
    const envelope = signing.then((sigs) => {
        const env = {
            payload: payloadText,
            payloadType: dsse/* INTOTO_PAYLOAD_TYPE */.w9,
            signatures: opts.keys.map((k, i) => ({ keyid: k.kid, sig: Buffer.from(sigs[i]).toString('base64') })),
        };
        plainPayload.set(env, env.payload);
        return env;
    });
    envelope.catch(() => undefined); // rejected: writePack reports it
    const manifestDigest = Buffer.from(await digesting).toString('hex');
    const rootStatement = (0,core_statement/* makeStatement */.UT)([{ name: 'merkle-root', digest: { sha256: merkle.root } }], ROOT_PREDICATE, {
        release: opts.release,
        merkle,
        manifest: { sha256: manifestDigest },
    });
    let files;
    const built = {
        envelope,
        rootEnvelope: (0,core_statement/* signStatement */.fT)(rootStatement, opts.keys),
        // made when first asked for (the CLI needs only their number): no object per file on the way
        get files() {
            return (files ??= paths.map((path, i) => {
                const d = table[desc[i]];
                return { path, sha256: result.hex(i), size: result.sizes[i], kind: d.kind, mediaType: d.mediaType, labels: { ...d.labels } };
            }));
        },
        fileCount: paths.length,
        manifestDigest,
    };
    payloadTextOf.set(built, payloadText);
    return built;
}
/** The base64 text of the manifest payload of each pack built here (writePack writes it before the signatures are done). */
const payloadTextOf = new WeakMap();
/**
 * Writes `PACKDIR/evidence.intoto.jsonl` and `PACKDIR/jwks.json` atomically.
 * @throws InputError when a pack already exists there (evidence is never overwritten).
 */
async function writePack(outDir, pack, keys) {
    const packFile = (0,external_node_path_.join)(outDir, PACK_FILE);
    const jwksFile = (0,external_node_path_.join)(outDir, JWKS_FILE);
    const after = `\n${JSON.stringify(pack.rootEnvelope)}\n`;
    const b64 = payloadTextOf.get(pack);
    if (b64 !== undefined) {
        // line 1 up to the payload's end is written (and flushed) while the signatures are made: the same
        // bytes as envelopeJson's, whose payload member comes first. The base64 text (28 MB for 100,000
        // files) is written from its own memory, not copied into a buffer first
        const tail = pack.envelope.then((env) => {
            const rest = JSON.stringify({ ...env, payload: '' });
            if (env.payload !== b64 || !rest.startsWith(ENVELOPE_HEAD + '"'))
                throw new Error('internal: not the envelope of this payload');
            return Buffer.from(rest.slice(ENVELOPE_HEAD.length) + after);
        });
        await (0,fsx/* writeFileAtomic */.Zf)(packFile, [Buffer.from(ENVELOPE_HEAD, 'latin1'), { ascii: b64 }, tail], { noClobber: true });
    }
    else
        await (0,fsx/* writeFileAtomic */.Zf)(packFile, envelopeJson(await pack.envelope, after), { noClobber: true });
    await (0,fsx/* writeFileAtomic */.Zf)(jwksFile, (0,ed25519/* formatJwks */.Hu)(keys.map((k) => k.publicKey)));
    return { packFile, jwksFile };
}
/** What JSON.stringify writes first for an envelope made here (its payload member comes first). */
const ENVELOPE_HEAD = '{"payload":"';
/** Envelopes signed here, with the base64 text of their payload as made (by Buffer's encoder: plain base64). */
const plainPayload = new WeakMap();
/**
 * `JSON.stringify(envelope) + after` as UTF-8 bytes, without serializing and encoding the payload's
 * base64 text (28 MB for 100,000 files) as a JSON string: when the payload member comes first and is
 * plain standard base64 (made here, or it round-trips: no character that JSON escapes), it is copied in
 * as is, once.
 */
function envelopeJson(env, after = '') {
    const rest = JSON.stringify({ ...env, payload: '' }) + after;
    const head = ENVELOPE_HEAD;
    const p = env.payload;
    if (typeof p === 'string' &&
        rest.startsWith(head + '"') &&
        (plainPayload.get(env) === p || Buffer.from(p, 'base64').toString('base64') === p)) {
        const tail = rest.slice(head.length);
        const out = Buffer.allocUnsafe(head.length + p.length + Buffer.byteLength(tail));
        let at = out.write(head, 0, 'latin1');
        at += out.write(p, at, 'latin1');
        out.write(tail, at, 'utf8');
        return out;
    }
    return Buffer.from(JSON.stringify(env) + after);
}
/** Release info from flags, falling back to the GitHub Actions context and SOURCE_DATE_EPOCH. */
function releaseFromEnv(flags, env) {
    const epoch = env.SOURCE_DATE_EPOCH ? Number(env.SOURCE_DATE_EPOCH) : undefined;
    const createdAt = flags.createdAt ??
        (epoch !== undefined && Number.isFinite(epoch) ? new Date(epoch * 1000) : new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
    if (Number.isNaN(Date.parse(createdAt)))
        throw new errors/* InputError */.dz(undefined, 'created-at', 'an RFC 3339 timestamp', { found: createdAt });
    const run = flags.run ??
        (env.GITHUB_RUN_ID
            ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
            : undefined);
    const out = {
        name: flags.name ?? env.GITHUB_REPOSITORY ?? 'release',
        version: flags.version ?? env.GITHUB_REF_NAME ?? '0.0.0',
        createdAt,
    };
    const commit = flags.commit ?? env.GITHUB_SHA;
    if (commit)
        out.commit = commit;
    if (run)
        out.run = run;
    return out;
}

// EXTERNAL MODULE: ./src/core/schema.ts
var schema = __webpack_require__(2032);
;// CONCATENATED MODULE: ./schemas/evidence-policy.schema.json
const evidence_policy_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/mc-actions/mc-actions/schemas/evidence-policy.schema.json","title":"Evidence policy (mc evidence verify --policy, evidence-pack input policy)","description":"Which kinds of evidence a release must carry and how old it may be. Unknown keys are errors: a misspelled key must never silently weaken the policy.","type":"object","additionalProperties":false,"anyOf":[{"required":["required"]},{"required":["max-age"]}],"properties":{"$schema":{"type":"string","description":"the JSON Schema of this file, for editors (ignored by the gate)"},"required":{"description":"kinds that at least one verified file must have: a list, or one comma-separated string","oneOf":[{"type":"array","minItems":1,"items":{"type":"string","minLength":1}},{"type":"string","pattern":"[^,\\\\s]"}]},"max-age":{"description":"maximum age of the release evidence: a duration such as 90s, 15m, 24h, 7d, 1w, or a number of seconds","oneOf":[{"type":"string","pattern":"^\\\\s*\\\\d+(\\\\.\\\\d+)?\\\\s*[smhdw]?\\\\s*$"},{"type":"number","minimum":0}]}}}');
;// CONCATENATED MODULE: ./src/evidence/policy.ts
/**
 * Evidence policy: which kinds of evidence a release must carry and how old it may be
 * (seed v0.3.2: "required: slo-snapshot,gate-report", "max-age: 24h").
 */



const UNITS = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
/** Parses a duration such as `90s`, `15m`, `24h`, `7d`, `1w` (or a plain number of seconds). */
function parseDuration(text, field) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*([smhdw]?)\s*$/.exec(text);
    if (!m)
        throw new errors/* InputError */.dz(undefined, field, 'a duration such as 90s, 15m, 24h or 7d', { found: text });
    return Number(m[1]) * UNITS[m[2] || 's'];
}
/** schemas/evidence-policy.schema.json, bundled (the one document, published for editors). */
const policySchema = evidence_policy_schema_namespaceObject;
/**
 * Builds a policy from a parsed YAML/JSON document, validated against
 * schemas/evidence-policy.schema.json (src/core/schema.ts): `required` as a list or comma string, `max-age` as a
 * duration. Unknown keys (`requird`, `maxAge`), an empty document and wrong types are errors; a top-level
 * `$schema` (for editors) is allowed.
 * @throws InputError naming the file and the field
 */
async function parsePolicy(doc, source) {
    if (doc === null || doc === undefined)
        throw new errors/* InputError */.dz(source, undefined, 'an evidence policy mapping with required and/or max-age', { found: 'an empty document' });
    // a mapping with neither key (the schema's anyOf) would be a policy that requires nothing
    if (typeof doc === 'object' &&
        !Array.isArray(doc) &&
        !('required' in doc) &&
        !('max-age' in doc) &&
        Object.keys(doc).every((k) => k === '$schema'))
        throw new errors/* InputError */.dz(source, undefined, 'an evidence policy with required and/or max-age', { found: 'an empty mapping' });
    (0,schema.validateWithSchema)(policySchema, doc, source, {
        what: 'evidence policy',
        expected: (e, path) => {
            if (e.keyword === 'additionalProperties')
                return undefined;
            if (path.length === 0)
                return 'an evidence policy mapping with required and/or max-age';
            return path[0] === 'max-age' ? 'a duration such as 90s, 15m, 24h or 7d' : 'a list of kinds or a comma-separated string';
        },
    });
    const d = doc;
    const req = d.required ?? [];
    const required = typeof req === 'string'
        ? req
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : [...req];
    const age = d['max-age'];
    return { required, maxAgeSeconds: age === undefined ? undefined : parseDuration(String(age), `${source}: max-age`) };
}
/** Checks verified files and release metadata against a policy. */
function checkPolicy(policy, verified, release, now) {
    const problems = [];
    const kinds = new Set(verified.map((f) => f.kind));
    const missing = policy.required.filter((k) => !kinds.has(k));
    if (missing.length)
        problems.push(`policy: required evidence kinds missing: ${missing.join(', ')}`);
    if (policy.maxAgeSeconds !== undefined) {
        const age = (now.getTime() - Date.parse(release.createdAt)) / 1000;
        if (!(age <= policy.maxAgeSeconds))
            problems.push(`policy: evidence is ${Math.round(age)} s old, more than the allowed ${policy.maxAgeSeconds} s`);
    }
    return { ok: problems.length === 0, problems };
}

;// CONCATENATED MODULE: ./src/evidence/verify.ts
/**
 * `evidence verify`: checks a pack (or a scoped disclosure) against the files on disk and a set
 * of trusted keys. One report, file buckets (ok, missing, mismatched, unexpected, refused), the
 * status of every signature, an N-of-keys threshold, key validity windows, and an optional
 * evidence policy (required kinds, maximum age).
 *
 * Order (docs/SECURITY.md): signatures are verified before any path the signed data names is
 * touched; a pack whose signatures do not meet the threshold is reported failed without reading a
 * single listed file. Then the signed structure is checked (InputError, exit 2, naming the member),
 * every listed path is confined to the root (no `..`, not absolute, no symbolic link on the way,
 * regular files only, opened O_NOFOLLOW | O_NONBLOCK) and read up to its signed size + 1 byte.
 */
















const DISCLOSURE_FILE = 'disclosure.intoto.jsonl';
/** Most lines a pack or disclosure may hold (line 1 and line 2); anything after is refused. */
const PACK_LINES = 2;
/** Applies key validity windows (at the signed createdAt) and the threshold to an envelope's checked signatures. */
function checkSignatures(v, createdAt, required) {
    const at = typeof createdAt === 'string' ? Date.parse(createdAt) / 1000 : NaN;
    const inWindow = new Set();
    const signatures = v.signatures.map((s) => {
        if (s.status !== 'valid' || !s.key)
            return { keyid: s.keyid, status: s.status };
        if (!Number.isFinite(at) || !(0,ed25519/* keyValidAt */.je)(s.key, at))
            return { keyid: s.keyid, status: 'outside-validity' };
        inWindow.add(s.key.kid);
        return { keyid: s.keyid, status: 'valid' };
    });
    return { payload: v.payload, signatures, threshold: { required, valid: inWindow.size, ok: inWindow.size >= required } };
}
/**
 * Hashes the listed files, confined to `root`: unsafe paths and paths through a symbolic link are
 * refused without being opened; each file is opened O_NOFOLLOW | O_NONBLOCK, must be a regular file,
 * and is read to at most its signed size + 1 byte. Also returns the RFC 6962 Merkle root over the
 * entries' leaves (every entry, refused or not), computed by the same workers.
 * @param started called once the workers have their first files (work to run alongside the hashing,
 *   such as the walk for unexpected files: started earlier, it would run in the awaits of the path
 *   checks, before any file is hashed)
 */
async function compareFiles(root, entries, pool, described, started) {
    const files = { ok: [], missing: [], mismatched: [], unexpected: [], refused: [] };
    const n = entries.length;
    const paths = entries.map((e) => e.path);
    const open = await confine({ root, seen: new Set(), verdicts: new Map() }, paths, files.refused);
    // the signed values the workers hash into the leaves: a few distinct descriptions, each serialized once
    const table = described?.table ?? [];
    const descs = new Map();
    const desc = described?.desc ?? new Uint32Array(n);
    const pathJson = [];
    const sizes = new Float64Array(n);
    const expected = new Array(n);
    for (let i = 0; i < n; i++) {
        const e = entries[i];
        if (!PLAIN_PATH.test(e.path))
            pathJson[i] = (0,jcs/* canonicalJson */.dj)(e.path);
        sizes[i] = e.size;
        expected[i] = e.sha256;
        if (described)
            continue;
        let empty = true;
        for (const _ in e.labels) {
            empty = false;
            break;
        }
        // JSON string literals delimit themselves: the key is injective
        const key = JSON.stringify(e.kind) + JSON.stringify(e.mediaType) + (empty ? '{}' : JSON.stringify(e.labels));
        let d = descs.get(key);
        if (d === undefined) {
            descs.set(key, (d = table.length));
            table.push(entryMembers(e.kind, e.labels, e.mediaType));
        }
        desc[i] = d;
    }
    // every opened path passed unsafeRelativePath (no '', '.', '..' segment, no backslash, not absolute), so
    // joining it to the resolved root is concatenation
    const resolved = (0,external_node_path_.resolve)(root);
    const base = resolved.endsWith(external_node_path_.sep) ? resolved : resolved + external_node_path_.sep;
    const running = pool.run({ mode: 'verify', base, paths, desc, table, pathJson, sizes, expected, open });
    started?.();
    const r = await running;
    sortResults(entries, r, files);
    return { files, merkleRoot: r.root };
}
/** Puts each opened file in its bucket by its status in `r` (refused-before-opening files have FILE_SKIPPED). */
function sortResults(entries, r, files) {
    const n = entries.length;
    for (let i = 0; i < n; i++) {
        if (r.status[i] === FILE_SKIPPED)
            continue;
        const e = entries[i];
        switch (r.status[i]) {
            case FILE_OK:
                files.ok.push(e.path);
                break;
            case FILE_NOT_REGULAR:
                files.refused.push({ path: e.path, reason: 'not a regular file (symbolic link, FIFO, device or socket)' });
                break;
            case FILE_TOO_LARGE:
                files.mismatched.push({
                    path: e.path,
                    expected: e.sha256,
                    actual: 'not read: larger than its signed size',
                    expectedSize: e.size,
                    actualSize: r.sizes[i],
                });
                break;
            case FILE_DIFFERS:
                files.mismatched.push({
                    path: e.path,
                    expected: e.sha256,
                    actual: r.differs.get(i),
                    expectedSize: e.size,
                    actualSize: r.sizes[i],
                });
                break;
            default: // FILE_ERROR (ENOENT, EACCES, ...)
                files.missing.push(e.path);
        }
    }
}
/** Why a listed path's parent directories cannot be opened through (see {@link checkInside}), or undefined. */
const parentVerdict = (root, path, seen) => (0,fsx/* checkInside */.TC)(root, path, seen).then(() => undefined, (err) => err instanceof errors/* InputError */.dz && /symbolic link/.test(err.message)
    ? 'a parent directory is a symbolic link'
    : 'a parent is not a directory');
/**
 * Which listed paths may be opened: an unsafe path ({@link unsafeRelativePath}) or one under a symbolic link or a
 * non-directory ({@link parentVerdict}) is refused, pushed to `refused` in order and never opened. Each distinct parent
 * directory is checked once per verification; those new to this batch are checked at the same time.
 * @returns per path, 1 = open it
 */
async function confine(c, paths, refused) {
    const n = paths.length;
    const open = new Uint8Array(n);
    const unsafe = [];
    const dirOf = new Array(n);
    const checking = new Map();
    let prevDir = ''; // with its final '/'
    let prevName;
    for (let i = 0; i < n; i++) {
        const path = paths[i];
        const why = (0,fsx/* unsafeRelativePath */.q4)(path);
        if (why) {
            unsafe[i] = why;
            continue;
        }
        const slash = path.lastIndexOf('/');
        if (slash < 0)
            continue;
        // most files are in the previous file's directory
        if (prevName !== undefined && slash === prevDir.length - 1 && path.startsWith(prevDir)) {
            dirOf[i] = prevName;
            continue;
        }
        const dir = path.slice(0, slash);
        if (!c.verdicts.has(dir) && !checking.has(dir))
            checking.set(dir, parentVerdict(c.root, path, c.seen));
        dirOf[i] = prevName = dir;
        prevDir = path.slice(0, slash + 1);
    }
    for (const [dir, verdict] of checking)
        c.verdicts.set(dir, await verdict);
    for (let i = 0; i < n; i++) {
        const why = unsafe[i];
        const dir = dirOf[i];
        const reason = why !== undefined ? `not a path inside the root (${why})` : dir === undefined ? undefined : c.verdicts.get(dir);
        if (reason === undefined)
            open[i] = 1;
        else
            refused.push({ path: paths[i], reason });
    }
    return open;
}
/**
 * {@link compareFiles} for a manifest read while its first files are hashed: chunk by chunk, each path
 * is checked as compareFiles checks it (unsafe paths and paths under a symbolic link or a non-directory
 * are refused, never opened) before its chunk goes to the workers.
 * @returns undefined when the payload turns out not to be in pack's layout (nothing is reported from
 *   the files read so far: the caller verifies the general way)
 */
async function compareStream(root, ms, treeSize, pool, started) {
    const files = { ok: [], missing: [], mismatched: [], unexpected: [], refused: [] };
    // every opened path passed unsafeRelativePath: joining it to the resolved root is concatenation
    const resolved = (0,external_node_path_.resolve)(root);
    const base = resolved.endsWith(external_node_path_.sep) ? resolved : resolved + external_node_path_.sep;
    // the chunk size for about as many files as the signed tree size says (bounded by what the bytes can hold)
    const chunk = chunkSize(Math.min(treeSize, Math.ceil(ms.filesBytes / 50)), pool.threads);
    const job = pool.stream('verify', base, chunk);
    const confinement = { root, seen: new Set(), verdicts: new Map() };
    for (;;) {
        const lo = ms.files.length;
        const got = ms.read(chunk);
        if (got === undefined) {
            job.abort();
            return undefined;
        }
        if (got === 0)
            break;
        const paths = new Array(got);
        const sizes = new Float64Array(got);
        const expected = new Array(got);
        for (let k = 0; k < got; k++) {
            const e = ms.files[lo + k];
            paths[k] = e.path;
            sizes[k] = e.size;
            expected[k] = e.sha256;
        }
        const open = await confine(confinement, paths, files.refused);
        job.push({
            paths,
            pathJson: ms.pathJson.slice(lo, lo + got),
            desc: Uint32Array.from(ms.descOf.slice(lo, lo + got)),
            table: ms.table.slice(),
            sizes,
            expected,
            open,
        });
        if (lo === 0)
            started?.();
        if (got < chunk)
            break;
        // the workers' messages (they take the next chunks) between chunks
        await new Promise((r) => setImmediate(r));
    }
    if (!ms.done) {
        job.abort();
        return undefined;
    }
    const r = await job.end();
    sortResults(ms.files, r, files);
    return { files, merkleRoot: r.root };
}
function tryStatement(payload, source, type) {
    try {
        return (0,core_statement/* parseStatement */.By)(payload, source, type);
    }
    catch {
        return undefined;
    }
}
/** Parses line 2 as a DSSE envelope. @throws InputError (exit 2) when it is missing (truncated pack) or malformed. */
function lineTwoEnvelope(lines, packFile, what) {
    if (lines.length < 2)
        throw new errors/* InputError */.dz(packFile, 'line 2', `${what} (the pack is truncated)`, { found: 'no line 2' });
    if (lines.length > PACK_LINES)
        throw new errors/* InputError */.dz(packFile, `line ${PACK_LINES + 1}`, `at most ${PACK_LINES} lines`);
    return (0,dsse/* parseEnvelope */.mE)((0,json/* parseJsonStrict */.jM)(lines[1], packFile, what, 'line 2'), `${packFile}: line 2`);
}
/**
 * Verifies a pack directory (evidence.intoto.jsonl) or a disclosure (disclosure.intoto.jsonl).
 * @throws InputError (exit 2) when the pack is missing, truncated (no line 2), not DSSE, or its signed
 *   content is malformed (naming the member); every other problem (bad signature, tampered payload,
 *   changed, missing, unexpected or refused files, policy) is a failed verdict (exit 1).
 */
async function verifyPack(opts) {
    // the hashing workers start now (their start-up overlaps the reading and the signature check); they
    // are given no path before the signatures verify
    const pool = new HashPool().warm();
    try {
        const report = await verifyWith(opts, pool, true);
        if (report)
            return report;
    }
    finally {
        pool.close();
    }
    // the manifest turned out not to be in pack's layout part way through: verified again, the general way
    const again = new HashPool().warm();
    try {
        return (await verifyWith(opts, again, false));
    }
    finally {
        again.close();
    }
}
/** @returns undefined when `streaming` and the manifest turns out not to be in pack's layout (verify the general way) */
async function verifyWith(opts, pool, streaming) {
    const required = opts.threshold ?? 1;
    if (!Number.isInteger(required) || required < 1)
        throw new errors/* InputError */.dz(undefined, 'threshold', 'a whole number >= 1');
    let packFile = (0,external_node_path_.join)(opts.packDir, PACK_FILE);
    let text;
    try {
        text = await (0,fsx.readText)(packFile, 'evidence pack', { untrusted: true });
    }
    catch (e) {
        const alt = (0,external_node_path_.join)(opts.packDir, DISCLOSURE_FILE);
        if (!(e instanceof errors/* InputError */.dz) || !/no such file/.test(e.message))
            throw e;
        try {
            text = await (0,fsx.readText)(alt, 'disclosure pack', { untrusted: true });
            packFile = alt;
        }
        catch {
            throw e;
        }
    }
    const env = (0,core_statement/* parseJsonlEnvelope */.e5)(text, packFile);
    const lines = text.split('\n').filter((l) => l.trim());
    // the signatures are checked first, over the exact payload bytes; then the payload is parsed once
    // (JSON and duplicate scan are linear but not free on a 20 MB manifest). What kind of pack it is
    // is decided from the payload type only to route; everything is re-checked.
    const checked = (0,dsse/* verifyEnvelope */.FY)(env, opts.trusted);
    // a manifest in pack's own layout is read in one pass (the same values; anything else is parsed as
    // JSON): the members around the file lists now, the files while the first ones are hashed
    const fast = streaming ? ManifestStream.open(checked.payload) : undefined;
    const first = fast ? fast.statement : tryStatement(checked.payload, packFile);
    if (first?.predicateType === ROOT_PREDICATE)
        return verifyDisclosure(opts, packFile, env, lines, required, first, checked, pool);
    const line2 = lineTwoEnvelope(lines, packFile, 'the signed Merkle root statement');
    const { report, problems, payload, st } = startReport('manifest', packFile, env, opts, required, MANIFEST_PREDICATE, undefined, first, checked);
    if (!report.threshold.ok)
        return finish(report); // nothing the payload names is touched
    if (!st) {
        problems.push('the payload is not an evidence manifest (foreign statement type)');
        return finish(report);
    }
    // fast: the other members checked as the general path checks them (its file lists are empty); the
    // entries were checked while read
    const checkedFiles = checkManifest(st, packFile);
    let files = checkedFiles;
    report.release = st.predicate.release;
    // the payload's digest on libuv's thread pool, while this thread goes on
    const digesting = external_node_crypto_.webcrypto.subtle.digest('SHA-256', payload);
    const rs = checkSignatures((0,dsse/* verifyEnvelope */.FY)(line2, opts.trusted), st.predicate.release.createdAt, required);
    const rst = rs.threshold.ok ? tryStatement(rs.payload, `${packFile}: line 2`, ROOT_PREDICATE) : undefined;
    const rp = rst && checkRootStatement(rst, `${packFile}: line 2`);
    const root = opts.root ?? opts.cwd ?? process.cwd();
    // unexpected: what the pack's own patterns collect today that it does not list (symbolic links
    // included); the walk runs alongside the hashing, started once the workers have files
    const collectProblems = [];
    let collecting;
    const collect = () => (collecting = collectNow(root, st.predicate.collection, collectProblems));
    // Merkle commitment matches the subjects, and line 2 (the root statement) matches it: the leaves are
    // computed by the workers that hash the files
    const compared = fast
        ? await compareStream(root, fast, st.predicate.merkle.treeSize, pool, collect)
        : await compareFiles(root, files, pool, undefined, collect);
    if (!compared) {
        void collecting?.catch(() => undefined); // dropped with this attempt
        return undefined;
    }
    if (fast)
        files = fast.files;
    report.files = compared.files;
    report.manifestDigest = Buffer.from(await digesting).toString('hex');
    const computed = Buffer.from(compared.merkleRoot).toString('hex');
    const merkle = { root: computed, ok: computed === st.predicate.merkle.root && st.predicate.merkle.treeSize === files.length };
    if (!rp || rp.merkle.root !== computed || rp.merkle.treeSize !== files.length || rp.manifest.sha256 !== report.manifestDigest)
        merkle.ok = false;
    report.merkle = merkle;
    if (!merkle.ok)
        problems.push('the Merkle root statement does not match the manifest');
    report.files.unexpected = notListed(await (collecting ?? collect()), files);
    problems.push(...collectProblems);
    describeFileProblems(report, problems);
    if (opts.policy) {
        const ok = okSet(report);
        report.policy = checkPolicy(opts.policy, files.filter((f) => ok.has(f.path)), st.predicate.release, opts.now ?? new Date());
        problems.push(...report.policy.problems);
    }
    return finish(report);
}
/**
 * The paths of `found` (sorted by UTF-16 code units, as expandPaths returns them) that no entry lists:
 * one merge when the entries are in that order too (as pack writes them), else through a set.
 */
function notListed(found, entries) {
    for (let i = 1; i < entries.length; i++)
        if (!(entries[i - 1].path < entries[i].path)) {
            const listed = new Set(entries.map((e) => e.path));
            return found.filter((p) => !listed.has(p));
        }
    const out = [];
    let j = 0;
    for (const p of found) {
        while (j < entries.length && entries[j].path < p)
            j++;
        if (j >= entries.length || entries[j].path !== p)
            out.push(p);
    }
    return out;
}
/** The verified paths as a set (policy checks look each file up: linear, not quadratic, on 100,000 files). */
const okSet = (report) => new Set(report.files.ok);
function finish(report) {
    report.verdict = report.problems.length ? 'failed' : 'verified';
    return report;
}
/**
 * What the pack's collection rules match under root today: globs and directories are re-expanded
 * (symbolic links listed, never followed); literal file paths are already listed (or reported missing).
 * A pattern that leaves the root is a problem, not a walk.
 */
async function collectNow(root, collection, problems) {
    const lists = [];
    for (const p of collection.patterns) {
        const why = (0,fsx/* unsafeRelativePath */.q4)(p.replace(/\/+$/, ''));
        if (why) {
            problems.push(`collection pattern ${JSON.stringify(p)} is not inside the root (${why})`);
            continue;
        }
        try {
            lists.push(await (0,fsx/* expandPaths */.pR)([p], { root, exclude: collection.exclude, symlinks: 'list' }));
        }
        catch (e) {
            if (!(e instanceof errors/* InputError */.dz))
                throw e; // a literal path that is gone is reported missing already
            // a directory the walk cannot read hides what lies below it: not verified (fail closed)
            if (/readable directories/.test(e.message))
                problems.push(`collection pattern ${JSON.stringify(p)} could not be walked: ${e.message}`);
        }
    }
    // one pattern (pack's usual `dir/**`): expandPaths' list is sorted and without duplicates already
    if (lists.length === 1)
        return lists[0];
    return [...new Set(lists.flat())].sort();
}
/**
 * Starts a report with the envelope's signatures checked (`checked`: verified over the exact payload
 * bytes, before anything parses them). The payload is parsed once (or given as `parsed`), for the
 * time that dates the signatures (`predicate.release.createdAt`, or `predicate.createdAt`); `st` may
 * be used only when the threshold is met (same bytes, verified).
 */
function startReport(kind, packFile, env, opts, required, predicateType, field, parsed, checked = (0,dsse/* verifyEnvelope */.FY)(env, opts.trusted)) {
    const st = parsed
        ? parsed.predicateType === predicateType
            ? parsed
            : undefined
        : tryStatement(checked.payload, field ? `${packFile}: ${field}` : packFile, predicateType);
    const pred = st?.predicate;
    const at = pred && typeof pred === 'object'
        ? pred.release && typeof pred.release === 'object'
            ? pred.release.createdAt
            : pred.createdAt
        : undefined;
    const sig = checkSignatures(checked, at, required);
    const problems = [];
    const report = {
        pack: packFile,
        kind,
        trust: opts.trust,
        signatures: sig.signatures,
        threshold: sig.threshold,
        files: { ok: [], missing: [], mismatched: [], unexpected: [], refused: [] },
        verdict: 'failed',
        problems,
    };
    const t = report.threshold;
    if (!t.ok) {
        const bad = report.signatures.filter((s) => s.status !== 'valid').map((s) => `${s.keyid ?? '(no keyid)'}: ${s.status}`);
        problems.push(`signatures: ${t.valid} of the required ${t.required} trusted keys signed${bad.length ? ` (${bad.join('; ')})` : ''}; no listed file was read`);
    }
    return { report, problems, payload: sig.payload, st };
}
function describeFileProblems(report, problems) {
    const f = report.files;
    if (f.refused.length)
        problems.push(`refused: ${f.refused.map((r) => `${r.path} (${r.reason})`).join(', ')}`);
    if (f.missing.length)
        problems.push(`missing: ${f.missing.join(', ')}`);
    if (f.mismatched.length)
        problems.push(`mismatched: ${f.mismatched.map((m) => m.path).join(', ')}`);
    if (f.unexpected.length)
        problems.push(`unexpected: ${f.unexpected.join(', ')}`);
}
async function verifyDisclosure(opts, packFile, env, lines, required, parsed, checked, pool) {
    const line2 = lineTwoEnvelope(lines, packFile, 'the signed disclosure statement (DSSE envelope)');
    const { report, problems, st: rootSt, } = startReport('disclosure', packFile, env, opts, required, ROOT_PREDICATE, undefined, parsed, checked);
    if (!report.threshold.ok)
        return finish(report);
    if (!rootSt) {
        problems.push('the payload is not a valid Merkle root statement');
        return finish(report);
    }
    const rp = checkRootStatement(rootSt, packFile);
    report.release = rp.release;
    // line 2: the disclosure itself (region, tenant, which entries) is signed too
    const ds = startReport('disclosure', packFile, line2, opts, required, DISCLOSURE_FORMAT, 'line 2');
    report.disclosureSignatures = { signatures: ds.report.signatures, threshold: ds.report.threshold };
    if (!ds.report.threshold.ok) {
        problems.push(`disclosure statement (line 2): ${ds.report.threshold.valid} of the required ${required} trusted keys signed; no listed file was read`);
        return finish(report);
    }
    const dst = ds.st;
    if (!dst)
        throw new errors/* InputError */.dz(packFile, 'line 2', `a disclosure statement (predicateType ${DISCLOSURE_FORMAT})`);
    const doc = checkDisclosure(dst, `${packFile}: line 2`);
    report.disclosure = { ...doc.disclosure, entries: doc.entries.length };
    const rootHex = rp.merkle.root;
    report.merkle = { root: rootHex, ok: true };
    if (doc.merkle.root !== rootHex || doc.merkle.treeSize !== rp.merkle.treeSize) {
        report.merkle.ok = false;
        problems.push('the disclosure statement names a different Merkle root than line 1');
    }
    const rootBytes = Buffer.from(rootHex, 'hex');
    const proven = [];
    const indexes = new Set();
    for (const e of doc.entries) {
        const leaf = leafHash(leafBytes(e));
        const proof = e.proof.map((h) => new Uint8Array(Buffer.from(h, 'hex')));
        const labelled = e.labels.region === doc.disclosure.region && (doc.disclosure.tenant === undefined || e.labels.tenant === doc.disclosure.tenant);
        if (!labelled)
            problems.push(`${e.path}: not labelled region=${doc.disclosure.region}${doc.disclosure.tenant !== undefined ? ` tenant=${doc.disclosure.tenant}` : ''}, yet disclosed under it`);
        else if (indexes.has(e.index))
            problems.push(`${e.path}: leaf index ${e.index} is disclosed twice`);
        else if (verifyInclusion(e.index, rp.merkle.treeSize, leaf, proof, rootBytes))
            proven.push(e);
        else
            problems.push(`${e.path}: its inclusion proof does not lead to the signed Merkle root`);
        indexes.add(e.index);
    }
    if (proven.length !== doc.entries.length)
        report.merkle.ok = false;
    const root = opts.root ?? (0,external_node_path_.join)(opts.packDir, 'files');
    report.files = (await compareFiles(root, doc.entries, pool)).files;
    report.files.unexpected = notListed(await (0,fsx/* expandPaths */.pR)(['**'], { root, symlinks: 'list' }), doc.entries);
    describeFileProblems(report, problems);
    if (opts.policy) {
        const ok = okSet(report);
        report.policy = checkPolicy(opts.policy, proven.filter((f) => ok.has(f.path)), rp.release, opts.now ?? new Date());
        problems.push(...report.policy.problems);
    }
    return finish(report);
}

;// CONCATENATED MODULE: ./src/evidence/disclose.ts
/**
 * Scoped disclosure (seed v1.0.0 "GET /disclosure?region=US&tenant=... deterministically filters
 * artifacts"): derives, from a verified pack, a pack for one region (and optionally one tenant)
 * holding only its files, their RFC 6962 inclusion proofs, and the signed Merkle-root statement.
 * Other tenants' files appear only as sibling hashes, never by name.
 *
 * The disclosure is `disclosure.intoto.jsonl`: line 1 is the pack's signed Merkle-root statement,
 * line 2 a DSSE envelope of an in-toto Statement (predicateType {@link DISCLOSURE_FORMAT}) signed by
 * the discloser, binding the region, tenant, entries and proofs: changing the region or dropping an
 * entry breaks its signature.
 *
 * Trust: disclosure needs trusted keys (a given JWKS, never the pack's own), a pack that verifies
 * under them, and writes only inside OUT (every path checked, no symbolic link followed, never over
 * an existing file). Each disclosed file is read confined to the root, up to its signed size, and
 * must match its signed digest before it is copied.
 */











/**
 * Verifies the pack, selects files whose labels match, and writes OUT/disclosure.intoto.jsonl,
 * OUT/jwks.json and OUT/files/<path>.
 * @throws UsageError without trusted keys or signing keys; InputError when the pack does not verify,
 *   nothing matches, a file changed since packing, or OUT already holds a disclosure or a file.
 */
async function disclose(opts) {
    if (opts.trust !== 'given-jwks')
        throw new errors/* UsageError */.eb("disclose needs trusted keys (--jwks / input 'jwks'): the pack's own jwks.json proves nothing about who signed it");
    if (!opts.keys.length)
        throw new errors/* UsageError */.eb("disclose needs a signing key (--key / input 'key'): the disclosure statement is signed");
    const createdAt = opts.createdAt ?? new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
    if (Number.isNaN(Date.parse(createdAt)))
        throw new errors/* InputError */.dz(undefined, 'created-at', 'an RFC 3339 timestamp', { found: createdAt });
    const report = await verifyPack({
        packDir: opts.packDir,
        root: opts.root,
        trusted: opts.trusted,
        trust: opts.trust,
        threshold: opts.threshold,
    });
    if (report.kind !== 'manifest')
        throw new errors/* InputError */.dz(opts.packDir, undefined, 'a full evidence pack (not a disclosure)');
    if (report.verdict !== 'verified')
        throw new errors/* InputError */.dz(opts.packDir, undefined, `a pack that verifies before disclosure (${report.problems.join('; ')})`);
    const text = await (0,fsx.readText)(report.pack, 'evidence pack', { untrusted: true });
    const env = (0,core_statement/* parseJsonlEnvelope */.e5)(text, report.pack);
    const st = (0,core_statement/* parseStatement */.By)(Buffer.from(env.payload, 'base64'), report.pack, MANIFEST_PREDICATE);
    const files = checkManifest(st, report.pack);
    const rootLine = text.split('\n')[1]?.trim();
    if (!rootLine)
        throw new errors/* InputError */.dz(report.pack, 'line 2', 'the signed Merkle root statement');
    const leaves = fileLeafHashes(files);
    const selected = files
        .map((f, index) => ({ f, index }))
        .filter(({ f }) => f.labels.region === opts.region && (opts.tenant === undefined || f.labels.tenant === opts.tenant));
    if (!selected.length)
        throw new errors/* InputError */.dz(opts.packDir, 'labels', `at least one file labelled region=${opts.region}${opts.tenant ? ` tenant=${opts.tenant}` : ''}`);
    const out = (0,external_node_path_.join)(opts.outDir, DISCLOSURE_FILE);
    if (await (0,fsx/* exists */.t2)(out))
        throw new errors/* InputError */.dz(out, undefined, 'a path that does not exist yet (evidence is never overwritten)');
    const predicate = {
        disclosure: { region: opts.region, ...(opts.tenant !== undefined ? { tenant: opts.tenant } : {}) },
        createdAt,
        merkle: { root: st.predicate.merkle.root, treeSize: files.length },
        entries: selected.map(({ f, index }) => ({
            ...f,
            index,
            proof: inclusionProof(leaves, index).map((h) => Buffer.from(h).toString('hex')),
        })),
    };
    const statement = (0,core_statement/* makeStatement */.UT)(predicate.entries.map((e) => ({ name: e.path, digest: { sha256: e.sha256 } })), DISCLOSURE_FORMAT, predicate);
    // read every file first (confined, bounded, checked against its signed digest), then write
    const contents = [];
    for (const { f } of selected) {
        const why = (0,fsx/* unsafeRelativePath */.q4)(f.path);
        if (why)
            throw new errors/* InputError */.dz(report.pack, 'payload.subject', 'paths inside the root', { found: `${JSON.stringify(f.path)}: ${why}` });
        const { data, tooLarge } = await (0,fsx/* readFileInside */.XW)(opts.root, f.path, f.size);
        if (tooLarge || (0,digest/* sha256Hex */.f)(data) !== f.sha256)
            throw new errors/* InputError */.dz(f.path, undefined, 'the file as signed (it changed since verification)');
        contents.push({ path: f.path, data });
    }
    await (0,promises_.mkdir)(opts.outDir, { recursive: true });
    for (const { path, data } of contents) {
        const rel = `files/${path}`;
        const dest = await (0,fsx/* checkInside */.TC)(opts.outDir, rel); // no symbolic link between OUT and the file
        await (0,promises_.mkdir)((0,external_node_path_.join)(dest, '..'), { recursive: true });
        await (0,fsx/* checkInside */.TC)(opts.outDir, rel); // and none appeared while creating the directories
        await (0,fsx/* writeFileAtomic */.Zf)(dest, data, { noClobber: true });
    }
    const signers = opts.keys.map((k) => k.publicKey).filter((k) => !opts.trusted.some((t) => t.kid === k.kid));
    await (0,fsx/* writeFileAtomic */.Zf)((0,external_node_path_.join)(opts.outDir, 'jwks.json'), (0,ed25519/* formatJwks */.Hu)([...opts.trusted, ...signers]), { noClobber: true });
    await (0,fsx/* writeFileAtomic */.Zf)(out, `${rootLine}\n${JSON.stringify((0,core_statement/* signStatement */.fT)(statement, opts.keys))}\n`, { noClobber: true });
    return { file: out, entries: selected.length, report };
}

// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/jws/compact/sign.js + 1 modules
var sign = __webpack_require__(2518);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/jws/compact/verify.js + 1 modules
var verify = __webpack_require__(5705);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/key/import.js + 2 modules
var key_import = __webpack_require__(3566);
;// CONCATENATED MODULE: ./src/evidence/jws.ts
/**
 * Signed response tokens (seed v0.3.5): JWS with `alg: EdDSA` (RFC 8037) in compact
 * serialization with a detached payload (RFC 7515 appendix F): `header..signature`.
 * `kid` (the RFC 7638 thumbprint) is always in the protected header. Uses the jose library.
 */





/** Signs `payload` and returns the compact JWS with the payload part removed. */
async function signDetached(payload, key) {
    const keyObject = (0,external_node_crypto_.createPrivateKey)({
        key: { kty: 'OKP', crv: 'Ed25519', x: key.publicKey.jwk.x, d: Buffer.from(key.seed).toString('base64url') },
        format: 'jwk',
    });
    const jws = await new sign/* CompactSign */.T(payload).setProtectedHeader({ alg: 'EdDSA', kid: key.kid }).sign(keyObject);
    const [h, , s] = jws.split('.');
    return `${h}..${s}`;
}
/**
 * Verifies a detached compact JWS over `payload` against a JWKS: the header's kid must name a
 * trusted key valid at `now`, alg must be EdDSA, and the signature must verify.
 * @throws InputError when the token is not a detached compact JWS.
 */
async function verifyDetached(token, payload, keys, now = new Date()) {
    const parts = token.trim().split('.');
    if (parts.length !== 3 || parts[1] !== '')
        throw new errors/* InputError */.dz(undefined, 'token', 'a detached compact JWS (header..signature)');
    // RFC 7515 4: the header is a JSON object whose member names are unique (duplicates are refused)
    if (!/^[A-Za-z0-9_-]+$/.test(parts[0]))
        throw new errors/* InputError */.dz(undefined, 'token', 'a base64url JSON protected header');
    const header = (0,json/* parseJsonStrict */.jM)(Buffer.from(parts[0], 'base64url').toString('utf8'), undefined, 'a protected header', 'token header');
    if (!header || typeof header !== 'object' || Array.isArray(header))
        throw new errors/* InputError */.dz(undefined, 'token header', 'a JSON object (the JWS protected header)');
    // RFC 7515 4.1.11: an unknown critical extension must be refused; we understand none
    if (header.crit !== undefined)
        return { ok: false, reason: 'the protected header names critical extensions (crit), none of which is supported' };
    if (header.alg !== 'EdDSA')
        return { ok: false, reason: `alg is ${JSON.stringify(header.alg)}, expected EdDSA` };
    if (typeof header.kid !== 'string' || !header.kid)
        return { ok: false, reason: 'the protected header has no kid (a string)' };
    const key = keys.find((k) => k.kid === header.kid);
    if (!key)
        return { ok: false, kid: header.kid, reason: `kid ${header.kid} is not in the JWKS` };
    if (!(0,ed25519/* keyValidAt */.je)(key, now.getTime() / 1000))
        return { ok: false, kid: header.kid, reason: `key ${header.kid} is outside its validity window` };
    const attached = `${parts[0]}.${Buffer.from(payload).toString('base64url')}.${parts[2]}`;
    try {
        await (0,verify/* compactVerify */.B)(attached, await (0,key_import/* importJWK */.Og)({ kty: 'OKP', crv: 'Ed25519', x: key.jwk.x }, 'EdDSA'), { algorithms: ['EdDSA'] });
        return { ok: true, kid: header.kid };
    }
    catch {
        return { ok: false, kid: header.kid, reason: 'signature does not verify' };
    }
}

;// CONCATENATED MODULE: ./src/evidence/options.ts
/**
 * Trust and policy loading shared by the evidence-pack action and the `mc evidence` commands
 * (the settings themselves are src/evidence/settings.ts's).
 */







/**
 * Trusted keys for verification: the given JWKS, else the pack's own jwks.json (integrity only).
 * @throws InputError when the JWKS cannot be read or holds no Ed25519 key.
 */
async function trustedKeys(packDir, jwks) {
    if (!jwks && !(await (0,fsx/* exists */.t2)((0,external_node_path_.join)(packDir, PACK_FILE))) && !(await (0,fsx/* exists */.t2)((0,external_node_path_.join)(packDir, DISCLOSURE_FILE)))) {
        throw new errors/* InputError */.dz(packDir, undefined, `an evidence pack directory (${PACK_FILE} or ${DISCLOSURE_FILE})`);
    }
    const file = jwks || (0,external_node_path_.join)(packDir, JWKS_FILE);
    const keys = await (0,ed25519/* readJwksFile */.Yg)(file, { untrusted: !jwks });
    if (!keys.length)
        throw new errors/* InputError */.dz(file, 'keys', 'at least one Ed25519 key');
    return { keys, trust: jwks ? 'given-jwks' : 'pack-jwks' };
}
/**
 * A policy from a file and/or settings (the settings add to the file's).
 * @param settings `requireKinds` and `maxAgeSeconds` from {@link evidenceSettings}
 */
async function loadPolicy(file, settings) {
    if (!file && !settings.requireKinds.length && settings.maxAgeSeconds === undefined)
        return undefined;
    const policy = file ? await parsePolicy(await (0,fsx/* readJsonOrYaml */.rR)(file, 'evidence policy'), file) : { required: [] };
    policy.required.push(...settings.requireKinds);
    if (settings.maxAgeSeconds !== undefined)
        policy.maxAgeSeconds = settings.maxAgeSeconds;
    return policy;
}

;// CONCATENATED MODULE: ./src/evidence/settings.ts
/**
 * The settings of evidence-pack, read the same way from the `mc evidence pack|verify|disclose`
 * flags and from the mc/evidence-pack action's inputs. Every default is owned here once; messages
 * name the flag or input as the user wrote it (`--threshold` in the CLI, `input 'threshold'` in
 * the action). Paths stay with the entrypoints (they resolve against the workspace or the cwd).
 */


/** The pack directory (pack, disclose) and where verify looks for it when not given. */
const DEFAULT_PACK_DIR = 'evidence-pack';
/** The verification report the action writes when `report` is not given. */
const DEFAULT_VERIFY_REPORT = 'evidence-verify.json';
/**
 * Parses `GLOB=KIND` kind rules and `GLOB=KEY=VALUE` label rules (in that order of precedence).
 * @throws UsageError on a malformed entry, naming the setting.
 */
function parseRules(kinds, labels, label = (f) => f) {
    const rules = [];
    for (const k of kinds) {
        const i = k.lastIndexOf('=');
        if (i <= 0 || i === k.length - 1)
            throw new errors/* UsageError */.eb(`${label('kinds')}: kind rule '${k}': expected GLOB=KIND`);
        rules.push({ glob: k.slice(0, i), kind: k.slice(i + 1) });
    }
    for (const l of labels) {
        const m = /^(.+)=([^=]+)=(.*)$/.exec(l);
        if (!m)
            throw new errors/* UsageError */.eb(`${label('labels')}: label rule '${l}': expected GLOB=KEY=VALUE`);
        rules.push({ glob: m[1], labels: { [m[2]]: m[3] } });
    }
    return rules;
}
/**
 * @param raw the settings as given
 * @param label how a setting is named to the user
 * @throws UsageError (exit 2) naming the setting and what was expected.
 */
function evidenceSettings(raw, label) {
    const mode = raw.mode || 'pack';
    if (mode !== 'pack' && mode !== 'verify' && mode !== 'disclose')
        throw new errors/* UsageError */.eb(`${label('mode')}: expected pack, verify or disclose, found '${mode}'`);
    const upload = raw.upload || 'auto';
    if (upload !== 'auto' && upload !== 'true' && upload !== 'false')
        throw new errors/* UsageError */.eb(`${label('upload')}: expected auto, true or false, found '${upload}'`);
    const t = raw.threshold || '1';
    if (!/^[1-9]\d*$/.test(t))
        throw new errors/* UsageError */.eb(`${label('threshold')}: expected a whole number >= 1, found '${t}'`);
    let maxAgeSeconds;
    if (raw.maxAge) {
        try {
            maxAgeSeconds = parseDuration(raw.maxAge, 'max-age');
        }
        catch {
            throw new errors/* UsageError */.eb(`${label('maxAge')}: expected a duration such as 90s, 15m, 24h or 7d, found '${raw.maxAge}'`);
        }
    }
    return {
        mode,
        upload,
        rules: parseRules(raw.kinds ?? [], raw.labels ?? [], label),
        threshold: Number(t),
        requireKinds: (raw.requireKinds ?? '')
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        ...(maxAgeSeconds !== undefined ? { maxAgeSeconds } : {}),
    };
}

// EXTERNAL MODULE: ./src/core/report.ts
var report = __webpack_require__(8557);
;// CONCATENATED MODULE: ./src/evidence/render.ts
/**
 * Human renderings of evidence reports: markdown for job summaries, plain text for terminals.
 */


const render_short = (h) => (h.length > 16 ? `${h.slice(0, 12)}…` : h);
/** Markdown for the job summary. */
function verifyMarkdown(r) {
    const icon = r.verdict === 'verified' ? '✅' : '❌';
    const out = [`### ${icon} Evidence ${r.kind === 'disclosure' ? 'disclosure ' : ''}${r.verdict}`, ''];
    if (r.release) {
        out.push((0,report/* mdTable */.gJ)(['release', 'version', 'commit', 'created'], [[r.release.name, r.release.version, r.release.commit ?? '', r.release.createdAt]]));
    }
    if (r.trust === 'pack-jwks')
        out.push("> [!WARNING]\n> Keys were taken from the pack's own `jwks.json`: this proves integrity, not who signed. Pass a trusted JWKS.\n");
    out.push(`**Signatures:** ${r.threshold.valid} of ${r.threshold.required} required trusted keys\n`);
    out.push((0,report/* mdTable */.gJ)(['keyid', 'status'], r.signatures.map((s) => [s.keyid ?? '(none)', s.status])));
    const ds = r.disclosureSignatures;
    if (ds) {
        out.push(`**Disclosure statement signatures:** ${ds.threshold.valid} of ${ds.threshold.required} required trusted keys\n`);
        out.push((0,report/* mdTable */.gJ)(['keyid', 'status'], ds.signatures.map((s) => [s.keyid ?? '(none)', s.status])));
    }
    const f = r.files;
    out.push((0,report/* mdTable */.gJ)(['ok', 'missing', 'mismatched', 'unexpected', 'refused'], [[f.ok.length, f.missing.length, f.mismatched.length, f.unexpected.length, f.refused.length]]));
    const rows = [
        ...f.missing.map((p) => ['missing', p, '']),
        ...f.mismatched.map((m) => [
            'mismatched',
            m.path,
            `sha256 ${render_short(m.expected)} → ${render_short(m.actual)}, ${m.expectedSize ?? '?'} → ${m.actualSize} bytes`,
        ]),
        ...f.unexpected.map((p) => ['unexpected', p, '']),
        ...f.refused.map((x) => ['refused', x.path, x.reason]),
    ];
    if (rows.length)
        out.push((0,report/* mdTable */.gJ)(['bucket', 'file', 'detail'], rows));
    if (r.policy)
        out.push(`**Policy:** ${r.policy.ok ? 'satisfied' : r.policy.problems.join('; ')}\n`);
    if (r.problems.length)
        out.push('**Problems:**\n' + r.problems.map((p) => `- ${p}`).join('\n') + '\n');
    return out.join('\n');
}
/** A few lines for a terminal. */
function verifyText(r) {
    const f = r.files;
    const lines = [
        `${r.verdict === 'verified' ? 'VERIFIED' : 'FAILED'}: ${r.kind} ${r.pack}`,
        r.release ? `release ${r.release.name} ${r.release.version} (${r.release.createdAt})` : 'release: unknown',
        `signatures: ${r.threshold.valid}/${r.threshold.required} trusted keys; ${r.signatures.map((s) => `${s.keyid ?? '(none)'}=${s.status}`).join(', ')}`,
        ...(r.disclosureSignatures
            ? [
                `disclosure statement signatures: ${r.disclosureSignatures.threshold.valid}/${r.disclosureSignatures.threshold.required} trusted keys; ${r.disclosureSignatures.signatures.map((s) => `${s.keyid ?? '(none)'}=${s.status}`).join(', ')}`,
            ]
            : []),
        ...(r.disclosure
            ? [
                `disclosure: region ${r.disclosure.region}${r.disclosure.tenant !== undefined ? ` tenant ${r.disclosure.tenant}` : ''}, ${r.disclosure.entries} entries`,
            ]
            : []),
        `files: ${f.ok.length} ok, ${f.missing.length} missing, ${f.mismatched.length} mismatched, ${f.unexpected.length} unexpected, ${f.refused.length} refused`,
    ];
    if (r.trust === 'pack-jwks')
        lines.push("warning: keys taken from the pack's own jwks.json (integrity only); pass --jwks with trusted keys");
    for (const p of r.problems)
        lines.push(`  - ${p}`);
    // names and paths come from the pack: one line each, whatever they hold (no forged lines or workflow commands)
    return lines.map(errors/* printable */.g$).join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/cli/cli.ts + 1 modules
var cli = __webpack_require__(9797);
;// CONCATENATED MODULE: ./src/evidence/view-page.ts
/// <reference lib="dom" />
/**
 * The script of the evidence viewer page (see view.ts), written as one self-contained function whose
 * source text is inlined into the page: it must not refer to anything outside itself. It runs in the
 * browser under a strict Content-Security-Policy (no network, no eval, its own hash only).
 *
 * What it does:
 * 1. renders the release, the signatures (pending) and the first rows of the file table at once;
 * 2. verifies, with WebCrypto (Ed25519, SHA-256): every DSSE signature over PAE(payloadType, payload)
 *    (DSSE v1 protocol) against the embedded JWKS, that line 2 (the Merkle-root statement) names the
 *    sha256 of line 1's payload and the same Merkle root, and the sha256 of every embedded file against
 *    the manifest's subjects; files dropped on the page are checked the same way;
 * 3. sets `data-verdict="verified"` or `"failed"` on <main>, with what failed.
 * All untrusted text is inserted with textContent, never as markup.
 */
function evidenceViewPage() {
    const t0 = performance.now();
    const main = document.querySelector('main');
    const data = JSON.parse(document.getElementById('mc-pack').textContent || '{}');
    const problems = [];
    const el = (tag, attrs = {}, ...kids) => {
        const e = document.createElement(tag);
        for (const [k, v] of Object.entries(attrs))
            e.setAttribute(k, v);
        for (const k of kids)
            if (k != null)
                e.append(typeof k === 'string' ? document.createTextNode(k) : k);
        return e;
    };
    const b64 = (s) => {
        const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/').replace(/\s/g, '') + '='.repeat((4 - (s.length % 4)) % 4));
        const out = new Uint8Array(bin.length);
        for (let i = 0; i < bin.length; i++)
            out[i] = bin.charCodeAt(i);
        return out;
    };
    const hex = (buf) => Array.from(new Uint8Array(buf), (x) => x.toString(16).padStart(2, '0')).join('');
    const sha256 = async (bytes) => hex(await crypto.subtle.digest('SHA-256', bytes));
    const utf8 = new TextEncoder();
    const fmtSize = (n) => (n < 1024 ? `${n} B` : n < 1048576 ? `${(n / 1024).toFixed(1)} KiB` : `${(n / 1048576).toFixed(1)} MiB`);
    // ---- parse (untrusted until verified) ----
    let env;
    let rootEnv;
    let statement = {};
    let rootStatement = {};
    const decodeJson = (b) => JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(b64(b)));
    try {
        env = JSON.parse(data.lines[0]);
        statement = decodeJson(env.payload);
    }
    catch {
        problems.push(`${data.packFile}: line 1 is not a readable DSSE envelope of an in-toto Statement`);
    }
    try {
        if (data.lines[1]) {
            rootEnv = JSON.parse(data.lines[1]);
            rootStatement = decodeJson(rootEnv.payload);
        }
        else
            problems.push(`${data.packFile}: line 2 (the Merkle-root statement) is missing`);
    }
    catch {
        problems.push(`${data.packFile}: line 2 is not a readable DSSE envelope`);
    }
    const subjects = Array.isArray(statement.subject) ? statement.subject : [];
    const described = Array.isArray(statement.predicate?.files) ? statement.predicate.files : [];
    const rows = subjects.map((s, i) => {
        const f = described[i] ?? {};
        const labels = f.labels && typeof f.labels === 'object' ? f.labels : {};
        const row = {
            path: String(s.name),
            sha256: String(s.digest?.sha256 ?? ''),
            size: Number(f.size ?? 0),
            kind: String(f.kind ?? ''),
            mediaType: String(f.mediaType ?? ''),
            labels,
            status: 'pending',
            search: '',
        };
        row.search = [row.path, row.sha256, row.kind, ...Object.entries(labels).map(([k, v]) => `${k}=${v}`)].join('\n').toLowerCase();
        return row;
    });
    const byPath = new Map(rows.map((r) => [r.path, r]));
    const embedded = new Map(data.files.map((f) => [f.path, f]));
    const textOf = (path) => {
        const f = embedded.get(path);
        if (!f)
            return undefined;
        return f.text ?? new TextDecoder().decode(b64(f.base64 ?? ''));
    };
    const jsonOf = (path) => {
        try {
            return JSON.parse(textOf(path) ?? 'null');
        }
        catch {
            return undefined;
        }
    };
    // ---- layout ----
    const verdict = el('p', { id: 'verdict', role: 'status', 'aria-live': 'polite' }, 'Verifying…');
    const problemList = el('ul', { id: 'problems' });
    const release = statement.predicate?.release ?? {};
    const sigTable = el('table', { id: 'signatures' }, el('caption', {}, 'Signatures (DSSE, Ed25519)'), el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'line'), el('th', { scope: 'col' }, 'keyid'), el('th', { scope: 'col' }, 'status'))));
    const sigBody = el('tbody');
    sigTable.append(sigBody);
    const views = {};
    const tabs = el('div', { role: 'tablist', 'aria-label': 'Views' });
    const addView = (id, title, content) => {
        const tab = el('button', { role: 'tab', id: `tab-${id}`, 'aria-controls': `view-${id}`, 'aria-selected': 'false', tabindex: '-1', type: 'button' }, title);
        const panel = el('section', { role: 'tabpanel', id: `view-${id}`, 'aria-labelledby': `tab-${id}`, hidden: '' }, el('h2', {}, title), content);
        tab.addEventListener('click', () => select(id));
        tabs.append(tab);
        views[id] = panel;
    };
    const select = (id) => {
        for (const [k, panel] of Object.entries(views)) {
            const tab = document.getElementById(`tab-${k}`);
            const on = k === id;
            tab.setAttribute('aria-selected', String(on));
            tab.setAttribute('tabindex', on ? '0' : '-1');
            if (on)
                panel.removeAttribute('hidden');
            else
                panel.setAttribute('hidden', '');
        }
    };
    // keyboard: arrows move between tabs (WAI-ARIA tabs pattern)
    tabs.addEventListener('keydown', (e) => {
        const list = Array.from(tabs.querySelectorAll('[role=tab]'));
        const i = list.indexOf(document.activeElement);
        if (i < 0)
            return;
        const j = e.key === 'ArrowRight'
            ? (i + 1) % list.length
            : e.key === 'ArrowLeft'
                ? (i - 1 + list.length) % list.length
                : e.key === 'Home'
                    ? 0
                    : e.key === 'End'
                        ? list.length - 1
                        : -1;
        if (j < 0)
            return;
        e.preventDefault();
        list[j].focus();
        list[j].click();
    });
    // overview
    const dl = el('dl');
    for (const [k, v] of [
        ['release', `${release.name ?? '?'} ${release.version ?? ''}`],
        ['created', release.createdAt ?? '?'],
        ['commit', release.commit ?? '-'],
        ['run', release.run ?? '-'],
        ['files', String(rows.length)],
        ['Merkle root', statement.predicate?.merkle?.root ?? '-'],
        ['keys', `${(data.jwks.keys ?? []).length} in ${data.jwksSource}`],
    ])
        dl.append(el('dt', {}, k), el('dd', {}, v));
    addView('overview', 'Release and signatures', el('div', {}, dl, sigTable, el('h3', {}, 'Problems'), problemList));
    // files + search
    const search = el('input', {
        type: 'search',
        id: 'search',
        'aria-label': 'Search by digest, file, kind, region, tenant or deny reason',
        placeholder: 'digest, file, kind, region=…, tenant=…, deny reason',
    });
    const count = el('p', { id: 'search-count', 'aria-live': 'polite' });
    const fileBody = el('tbody');
    const fileTable = el('table', { id: 'files' }, el('caption', {}, 'Files (sha256 from the signed manifest)'), el('thead', {}, el('tr', {}, ...['status', 'file', 'kind', 'size', 'sha256', 'labels'].map((h) => el('th', { scope: 'col' }, h)))), fileBody);
    const decisionsFound = el('ul', { id: 'decision-results' });
    const STATUS_TEXT = {
        pending: '… pending',
        ok: '✓ ok',
        mismatch: '✗ MISMATCH',
        'not embedded': '○ not embedded (drop the file to check)',
    };
    const LIMIT = 200;
    const rowEls = new Map();
    const fileRow = (r) => {
        const tr = el('tr', { 'data-path': r.path, 'data-status': r.status }, el('td', {}, STATUS_TEXT[r.status]), el('td', {}, el('code', {}, r.path)), el('td', {}, r.kind), el('td', {}, fmtSize(r.size)), el('td', {}, el('code', { class: 'digest' }, r.sha256)), el('td', {}, Object.entries(r.labels)
            .map(([k, v]) => `${k}=${v}`)
            .join(' ')));
        rowEls.set(r.path, tr);
        return tr;
    };
    const decisions = [];
    const runSearch = () => {
        const s0 = performance.now();
        const q = search.value.trim().toLowerCase();
        const terms = q.split(/\s+/).filter(Boolean);
        const hits = terms.length ? rows.filter((r) => terms.every((t) => r.search.includes(t))) : rows;
        rowEls.clear();
        fileBody.replaceChildren(...hits.slice(0, LIMIT).map(fileRow));
        const dHits = terms.length ? decisions.filter((d) => terms.every((t) => d.search.includes(t))) : [];
        decisionsFound.replaceChildren(...dHits
            .slice(0, LIMIT)
            .map((d) => el('li', {}, `${d.outcome.toUpperCase()} `, el('code', {}, d.where), ` (${d.file}): `, d.reasons.join('; ') || 'no reason given')));
        count.textContent = `${hits.length} of ${rows.length} files${hits.length > LIMIT ? ` (first ${LIMIT} shown)` : ''}; ${dHits.length} policy decisions match`;
        main.dataset.searchMs = (performance.now() - s0).toFixed(2);
    };
    search.addEventListener('input', runSearch);
    const drop = el('div', {
        id: 'drop',
        tabindex: '0',
        role: 'button',
        'aria-label': 'Drop evidence files or a folder here to check their sha256 against the signed manifest',
    }, 'Drop evidence files here (or choose them) to check their sha256 against the signed manifest.');
    const picker = el('input', { type: 'file', multiple: '', id: 'picker', 'aria-label': 'Choose evidence files' });
    addView('files', 'Files', el('div', {}, el('label', { for: 'search' }, 'Search '), search, count, el('h3', {}, 'Policy decisions found'), decisionsFound, drop, picker, fileTable));
    const isObj = (v) => !!v && typeof v === 'object' && !Array.isArray(v);
    const arr = (v) => (Array.isArray(v) ? v : []);
    const str = (v) => (v === undefined || v === null ? '' : typeof v === 'string' ? v : JSON.stringify(v));
    const table = (caption, headers, body) => el('table', {}, el('caption', {}, caption), el('thead', {}, el('tr', {}, ...headers.map((h) => el('th', { scope: 'col' }, h)))), el('tbody', {}, ...body.map((r) => el('tr', {}, ...r.map((c) => el('td', {}, c))))));
    const reports = { drift: [], policy: [], intoto: [], canary: [], grounding: [], trajectory: [], slo: [] };
    const svgNS = 'http://www.w3.org/2000/svg';
    const svg = (tag, attrs, ...kids) => {
        const e = document.createElementNS(svgNS, tag);
        for (const [k, v] of Object.entries(attrs))
            e.setAttribute(k, String(v));
        for (const k of kids)
            e.append(typeof k === 'string' ? document.createTextNode(k) : k);
        return e;
    };
    /** baseline vs canary: min..max whiskers, p95 tick and mean dot per side, on one scale */
    const canaryChart = (m) => {
        const b = isObj(m.baseline) ? m.baseline : {};
        const c = isObj(m.canary) ? m.canary : {};
        const nums = [b.min, b.max, c.min, c.max].map(Number).filter(Number.isFinite);
        const lo = Math.min(...nums);
        const hi = Math.max(...nums);
        const x = (v) => 70 + ((Number(v) - lo) / (hi - lo || 1)) * 480;
        const side = (label, s, y, dash) => [
            svg('text', { x: 0, y: y + 4, 'font-size': 11 }, label),
            svg('line', { x1: x(s.min), x2: x(s.max), y1: y, y2: y, stroke: 'currentColor', 'stroke-dasharray': dash }),
            svg('line', { x1: x(s.p95), x2: x(s.p95), y1: y - 6, y2: y + 6, stroke: 'currentColor' }),
            svg('circle', { cx: x(s.mean), cy: y, r: 4, fill: 'currentColor' }),
        ];
        const iv = isObj(m.interval) ? m.interval : {};
        return svg('svg', {
            viewBox: '0 0 560 70',
            width: 560,
            height: 70,
            role: 'img',
            'aria-label': `${str(m.name)}: baseline mean ${str(b.mean)}, canary mean ${str(c.mean)}, shift interval ${str(iv.lower)} to ${str(iv.upper)}`,
        }, ...side('baseline', b, 18, ''), ...side('canary', c, 42, '4 2'), svg('text', { x: 70, y: 66, 'font-size': 10 }, `min ${Number(lo).toPrecision(4)} · max ${Number(hi).toPrecision(4)} · shift interval [${Number(iv.lower).toPrecision(3)}, ${Number(iv.upper).toPrecision(3)}] · ● mean, | p95`));
    };
    const highlight = (text, spans) => {
        const p = el('p');
        let rest = text;
        const marks = spans.filter(Boolean);
        while (rest) {
            let best = -1;
            let len = 0;
            for (const s of marks) {
                const i = rest.indexOf(s);
                if (i >= 0 && (best < 0 || i < best))
                    [best, len] = [i, s.length];
            }
            if (best < 0) {
                p.append(rest);
                break;
            }
            p.append(rest.slice(0, best), el('mark', {}, rest.slice(best, best + len)));
            rest = rest.slice(best + len);
        }
        return p;
    };
    for (const r of rows) {
        // only JSON documents and JSON-lines files can be reports or decision logs
        if (!/\.(json|jsonl|sarif)$/i.test(r.path) || !embedded.has(r.path))
            continue;
        const text = textOf(r.path);
        if (text === undefined)
            continue;
        let doc;
        if (text.trimStart().startsWith('{"payloadType"')) {
            // a signed statement (config snapshot, grounding or SLO attestation): its bytes are covered by the
            // signed manifest; the predicate is shown when it is a report this page knows
            try {
                doc = decodeJson(JSON.parse(text.split('\n', 1)[0]).payload)?.predicate;
            }
            catch {
                continue;
            }
        }
        else if (r.path.endsWith('.jsonl')) {
            // decision logs (OPA decision log lines)
            for (const [i, line] of text.split('\n').entries()) {
                if (!line.trim())
                    continue;
                try {
                    const d = JSON.parse(line);
                    if (typeof d.outcome === 'string' || typeof d.allowed === 'boolean') {
                        const reasons = arr(d.reasons).map(str);
                        decisions.push({
                            file: r.path,
                            where: `${str(d.source) || r.path}:${i + 1}`,
                            outcome: str(d.outcome) || (d.allowed ? 'allow' : 'deny'),
                            reasons,
                            search: [r.path, str(d.outcome), ...reasons, str(d.decision_id)].join('\n').toLowerCase(),
                        });
                    }
                }
                catch {
                    /* not a decision line */
                }
            }
            continue;
        }
        doc ??= jsonOf(r.path);
        if (!isObj(doc))
            continue;
        const head = el('h3', {}, el('code', {}, r.path));
        if (Array.isArray(doc.resources) && isObj(doc.counts) && typeof doc.status === 'string') {
            const changes = arr(doc.resources).flatMap((res) => (isObj(res) ? arr(res.changes).map((ch) => [res, ch]) : []));
            reports.drift.push(el('article', {}, head, el('p', {}, `${str(doc.title || doc.status)}: ${str(doc.counts.changes)} changes in ${str(doc.counts.changed)} resources`), table('Config drift (baseline → current)', ['op', 'resource', 'path', 'baseline', 'current', 'ignored by'], changes.map(([res, ch]) => {
                const c = isObj(ch) ? ch : {};
                return [
                    str(c.op) === '+' ? '+ added' : str(c.op) === '-' ? '− removed' : '~ changed',
                    str(res.id),
                    el('code', {}, str(c.path)),
                    el('del', {}, str(c.baseline)),
                    el('ins', {}, str(c.current)),
                    str(c.ignoredBy),
                ];
            }))));
        }
        else if (doc.gate === 'opa-sim' && Array.isArray(doc.decisions)) {
            const ds = arr(doc.decisions).filter(isObj);
            for (const d of ds) {
                const reasons = arr(d.reasons).map(str);
                const src = isObj(d.source) ? `${str(d.source.file)}:${str(d.source.line)}` : str(d.source);
                decisions.push({
                    file: r.path,
                    where: src,
                    outcome: str(d.outcome),
                    reasons,
                    search: [r.path, src, str(d.outcome), ...reasons].join('\n').toLowerCase(),
                });
            }
            reports.policy.push(el('article', {}, head, el('p', {}, `${str(doc.decision)}: ${JSON.stringify(doc.summary)}`), table('Policy decisions', ['outcome', 'input', 'deny reasons'], ds.map((d) => [
                str(d.outcome).toUpperCase(),
                isObj(d.source) ? `${str(d.source.file)}:${str(d.source.line)}` : str(d.source),
                arr(d.reasons).map(str).join('; '),
            ]))));
        }
        else if (Array.isArray(doc.steps) && isObj(doc.layout)) {
            reports.intoto.push(el('article', {}, head, el('p', {}, doc.passed ? 'PASS: the supply chain matches its layout' : 'FAIL'), table('in-toto steps and inspections', ['kind', 'name', 'status', 'links (valid/threshold)', 'artifact rules'], [...arr(doc.steps), ...arr(doc.inspections)]
                .filter(isObj)
                .map((s) => [
                str(s.kind),
                str(s.name),
                str(s.status).toUpperCase(),
                `${str(s.validLinks)}/${str(s.threshold ?? '-')}`,
                JSON.stringify(s.rules ?? {}),
            ]))));
        }
        else if (typeof doc.decision === 'string' && Array.isArray(doc.metrics) && isObj(doc.judge)) {
            reports.canary.push(el('article', {}, head, el('p', {}, `${str(doc.decision)}: score ${str(doc.score)} (${str(doc.classification)}): ${str(doc.decisionReason)}`), ...arr(doc.metrics)
                .filter(isObj)
                .map((m) => el('figure', {}, canaryChart(m), el('figcaption', {}, `${str(m.name)}: ${str(m.classification)}${m.critical ? ' (critical)' : ''}: ${str(m.reason)}`)))));
        }
        else if (Array.isArray(doc.answers) && isObj(doc.counts)) {
            reports.grounding.push(el('article', {}, head, el('p', {}, `pass rate ${str(doc.passRate)}: ${JSON.stringify(doc.counts)}`), ...arr(doc.answers)
                .filter(isObj)
                .slice(0, 500)
                .map((a) => el('details', {}, el('summary', {}, `${str(a.verdict).toUpperCase()} ${str(a.id)}`), ...arr(a.claims)
                .filter(isObj)
                .map((c) => {
                const flags = arr(c.flags).filter(isObj);
                return el('div', { class: 'claim' }, el('strong', {}, `${str(c.verdict)}: `), highlight(str(c.claim), flags.map((f) => str(f.span))), flags.length ? el('ul', {}, ...flags.map((f) => el('li', {}, `${str(f.name)}: ${str(f.detail)}`))) : null);
            })))));
        }
        else if (Array.isArray(doc.results) && isObj(doc.summary) && 'match' in doc) {
            reports.trajectory.push(el('article', {}, head, el('p', {}, `${doc.match ? 'MATCH' : 'DRIFT'}: ${JSON.stringify(doc.summary)}`), ...arr(doc.results)
                .filter(isObj)
                .map((res) => table(`${str(res.id)} (${str(res.mode)}): ${res.match ? 'match' : 'DRIFT'}`, ['golden step', 'tool', 'status', 'actual steps'], arr(res.steps)
                .filter(isObj)
                .map((s) => [str(s.golden_index), str(s.label), str(s.status).toUpperCase(), arr(s.actual_indices).map(str).join(', ')])))));
        }
        else if (Array.isArray(doc.slos) && typeof doc.prometheus === 'string') {
            reports.slo.push(el('article', {}, head, table(`SLOs at ${str(doc.at)}: ${str(doc.status).toUpperCase()}`, ['status', 'SLO', 'SLI', 'budget consumed', 'alerts'], arr(doc.slos)
                .filter(isObj)
                .map((s) => [
                str(s.status).toUpperCase(),
                str(s.name),
                str(s.sli),
                str(s.budgetConsumed),
                arr(s.alerts)
                    .filter(isObj)
                    .map((a) => str(a.message))
                    .join('; '),
            ]))));
        }
    }
    const titles = {
        drift: 'Config drift',
        policy: 'Policy decisions',
        intoto: 'Supply chain (in-toto)',
        canary: 'Canary',
        grounding: 'Grounding',
        trajectory: 'Agent trajectories',
        slo: 'SLOs',
    };
    for (const [k, list] of Object.entries(reports))
        if (list.length)
            addView(k, titles[k], el('div', {}, ...list));
    if (data.notEmbedded.length)
        addView('missing', 'Not embedded', el('div', {}, el('p', {}, 'These files were too large or binary to embed; drop them on the Files view to check them.'), el('ul', {}, ...data.notEmbedded.map((p) => el('li', {}, el('code', {}, p))))));
    main.replaceChildren(el('h1', {}, `Evidence: ${release.name ?? 'pack'} ${release.version ?? ''}`), verdict, tabs, ...Object.values(views), el('footer', {}, `Generated by ${data.generatedBy}. Verified in this browser with WebCrypto; no network is used.`));
    const hash = new URLSearchParams(location.hash.slice(1));
    select(hash.get('view') && views[hash.get('view')] ? hash.get('view') : 'overview');
    if (hash.get('q'))
        search.value = hash.get('q');
    runSearch();
    main.dataset.firstViewMs = (performance.now() - t0).toFixed(2);
    // ---- verification ----
    const pae = (type, payload) => {
        const head = utf8.encode(`DSSEv1 ${utf8.encode(type).length} ${type} ${payload.length} `);
        const out = new Uint8Array(head.length + payload.length);
        out.set(head);
        out.set(payload, head.length);
        return out;
    };
    const setStatus = (r, s) => {
        r.status = s;
        const tr = rowEls.get(r.path);
        if (tr) {
            tr.dataset.status = s;
            tr.firstChild.textContent = STATUS_TEXT[s];
        }
    };
    const checkBytes = async (path, bytes, how) => {
        const r = byPath.get(path);
        if (!r)
            return false;
        const d = await sha256(bytes);
        if (d === r.sha256 && bytes.length === r.size)
            setStatus(r, 'ok');
        else {
            setStatus(r, 'mismatch');
            problems.push(`${path}: sha256 ${d} (${how}) differs from the signed ${r.sha256}`);
        }
        return true;
    };
    const verifyEnvelope = async (e, line) => {
        if (!e || !Array.isArray(e.signatures) || !e.signatures.length) {
            problems.push(`${data.packFile}: line ${line}: no signatures`);
            return false;
        }
        const msg = pae(String(e.payloadType), b64(e.payload));
        let valid = 0;
        for (const s of e.signatures) {
            const keys = (data.jwks.keys ?? []).filter((k) => k.kty === 'OKP' &&
                k.crv === 'Ed25519' &&
                (!s.keyid || k.kid === s.keyid) &&
                (!k.alg || k.alg === 'EdDSA') &&
                (!k.use || k.use === 'sig'));
            let status = keys.length ? 'invalid' : 'unknown key';
            for (const k of keys) {
                try {
                    const key = await crypto.subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed25519', x: k.x }, { name: 'Ed25519' }, false, ['verify']);
                    if (await crypto.subtle.verify({ name: 'Ed25519' }, key, b64(s.sig), msg)) {
                        status = 'valid';
                        break;
                    }
                }
                catch (err) {
                    status = `unverifiable (${err.name}: this browser lacks WebCrypto Ed25519?)`;
                }
            }
            if (status === 'valid')
                valid++;
            else
                problems.push(`${data.packFile}: line ${line}: signature by ${s.keyid ?? 'an unnamed key'}: ${status}`);
            sigBody.append(el('tr', { 'data-status': status }, el('td', {}, String(line)), el('td', {}, el('code', {}, s.keyid ?? '-')), el('td', {}, status === 'valid' ? '✓ valid' : `✗ ${status}`)));
        }
        return valid > 0 && valid === e.signatures.length;
    };
    (async () => {
        const ok1 = await verifyEnvelope(env, 1);
        const ok2 = await verifyEnvelope(rootEnv, 2);
        if (env && rootEnv && ok1 && ok2) {
            const manifestDigest = await sha256(b64(env.payload));
            if (rootStatement.predicate?.manifest?.sha256 !== manifestDigest)
                problems.push(`${data.packFile}: line 2 names manifest ${rootStatement.predicate?.manifest?.sha256}, line 1's payload is ${manifestDigest}`);
            if (rootStatement.predicate?.merkle?.root !== statement.predicate?.merkle?.root)
                problems.push(`${data.packFile}: the Merkle roots of lines 1 and 2 differ`);
        }
        // only signed data is trusted from here on: an unsigned manifest's files are not checked
        if (ok1) {
            for (const r of rows) {
                const f = embedded.get(r.path);
                if (!f)
                    setStatus(r, 'not embedded');
                else
                    await checkBytes(r.path, f.text !== undefined ? utf8.encode(f.text) : b64(f.base64 ?? ''), 'embedded copy');
            }
        }
        for (const p of embedded.keys())
            if (!byPath.has(p))
                problems.push(`${p}: embedded but not in the signed manifest`);
        const failed = problems.length > 0 || !ok1 || !ok2;
        main.dataset.verdict = failed ? 'failed' : 'verified';
        verdict.textContent = failed
            ? `✗ FAILED: ${problems.length} problem${problems.length === 1 ? '' : 's'} (see Release and signatures)`
            : `✓ VERIFIED: ${rows.length} files, every signature valid under ${data.jwksSource}`;
        problemList.replaceChildren(...(problems.length ? problems.map((p) => el('li', {}, p)) : [el('li', {}, 'none')]));
        main.dataset.verifyMs = (performance.now() - t0).toFixed(2);
    })();
    // dropped or chosen files: matched by name (path suffix) and checked against the signed digest
    const checkFiles = async (files) => {
        let n = 0;
        for (const f of files) {
            const rel = f.webkitRelativePath || f.name;
            const row = rows.find((r) => r.path === rel || r.path.endsWith('/' + rel) || rel.endsWith('/' + r.path) || r.path.split('/').pop() === f.name);
            if (row && (await checkBytes(row.path, new Uint8Array(await f.arrayBuffer()), `dropped ${rel}`)))
                n++;
        }
        count.textContent = `${n} dropped file${n === 1 ? '' : 's'} checked against the signed manifest`;
        if (problems.length) {
            main.dataset.verdict = 'failed';
            verdict.textContent = `✗ FAILED: ${problems.length} problems`;
            problemList.replaceChildren(...problems.map((p) => el('li', {}, p)));
        }
    };
    drop.addEventListener('dragover', (e) => e.preventDefault());
    drop.addEventListener('drop', (e) => {
        e.preventDefault();
        void checkFiles(Array.from(e.dataTransfer?.files ?? []));
    });
    drop.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ')
            picker.click();
    });
    picker.addEventListener('change', () => void checkFiles(Array.from(picker.files ?? [])));
}

;// CONCATENATED MODULE: ./src/evidence/view.ts
/**
 * `evidence view`: one self-contained static HTML file that shows a pack to people and verifies it
 * in their browser (see view-page.ts): no server, no network, no external script, style or font, and
 * a strict Content-Security-Policy (`default-src 'none'`, the page's own script and style by sha256).
 *
 * What is embedded: the pack file (both lines as written), the JWKS, and the contents of the packed
 * files the page renders (JSON, JSONL, SARIF, XML and text up to a size; others are listed and can be
 * dropped on the page to be checked). Files are read only after the CLI-side verification has checked
 * the signature and found them `ok` inside the root (verify never touches a path before the signature).
 */







const DEFAULT_VIEW_LIMITS = { maxFileBytes: 4 << 20, maxTotalBytes: 64 << 20 };
const EMBEDDABLE = /\.(json|jsonl|sarif|xml|txt|md|ya?ml|csv|log)$/i;
/**
 * Collects what the page embeds.
 * @param packText the pack file's text; @param jwksText the JWKS used (given or the pack's)
 * @param report the CLI-side verification: only its `ok` files are read (inside `root`)
 */
async function collectViewData(opts) {
    const limits = opts.limits ?? DEFAULT_VIEW_LIMITS;
    const files = [];
    const notEmbedded = [];
    let total = 0;
    const sizes = new Map();
    try {
        const env = JSON.parse(opts.packText.split('\n', 1)[0]);
        const st = JSON.parse(Buffer.from(env.payload, 'base64').toString('utf8'));
        st.subject.forEach((s, i) => sizes.set(s.name, Number(st.predicate.files[i]?.size ?? Infinity)));
    }
    catch {
        /* unreadable: nothing is embedded, the page says why */
    }
    for (const path of opts.report.files.ok) {
        const size = sizes.get(path) ?? Infinity;
        if (!EMBEDDABLE.test(path) || size > limits.maxFileBytes || total + size > limits.maxTotalBytes) {
            notEmbedded.push(path);
            continue;
        }
        // confined like verify's own reads: no symbolic link on the way, a regular file, at most its signed size
        const { data: bytes, tooLarge } = await (0,fsx/* readFileInside */.XW)(opts.root, path, size);
        if (tooLarge) {
            notEmbedded.push(path);
            continue;
        }
        total += bytes.length;
        const text = bytes.toString('utf8');
        // text round-trips only when it is valid UTF-8; otherwise base64 keeps the exact bytes
        if (Buffer.from(text, 'utf8').equals(bytes))
            files.push({ path, text });
        else
            files.push({ path, base64: bytes.toString('base64') });
    }
    let jwks;
    try {
        jwks = JSON.parse(opts.jwksText);
    }
    catch {
        jwks = { keys: [] };
    }
    return {
        packFile: opts.packFile,
        lines: opts.packText.split('\n').filter((l) => l.trim()),
        jwks,
        jwksSource: opts.jwksSource,
        files,
        notEmbedded,
        generatedBy: opts.generatedBy,
    };
}
/** JSON safe inside <script>: `<`, `>`, `&`, U+2028/9 escaped. */
function scriptJson(v) {
    return JSON.stringify(v).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
const STYLE = `
:root { color-scheme: light dark; font: 15px/1.45 system-ui, sans-serif; }
body { margin: 0 auto; max-width: 80rem; padding: 1rem; }
[role=tablist] { display: flex; flex-wrap: wrap; gap: .25rem; border-bottom: 2px solid currentColor; margin: 1rem 0; }
[role=tab] { font: inherit; padding: .4rem .8rem; border: 1px solid currentColor; border-bottom: none; background: transparent; color: inherit; cursor: pointer; }
[role=tab][aria-selected=true] { font-weight: bold; text-decoration: underline; text-underline-offset: .3em; }
:focus-visible { outline: 3px solid; outline-offset: 2px; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
caption { text-align: left; font-weight: bold; padding: .3rem 0; }
th, td { border: 1px solid; padding: .2rem .4rem; text-align: left; vertical-align: top; }
code { font-family: ui-monospace, monospace; overflow-wrap: anywhere; }
td:has(> code) { min-width: 14rem; }
.digest { font-size: .8em; }
#verdict { font-size: 1.3rem; font-weight: bold; }
main[data-verdict=failed] #verdict { text-decoration: underline wavy; }
#drop { border: 2px dashed; padding: 1rem; margin: 1rem 0; }
mark { outline: 1px solid; font-weight: bold; }
del::before { content: '− '; } ins::before { content: '+ '; }
ins, del { text-decoration: none; }
figure { margin: .5rem 0 1rem; }
`;
/**
 * The page. The script is the source text of {@link evidenceViewPage}; the CSP allows exactly it and
 * the style by their sha256 (CSP Level 3 hash sources).
 */
function renderViewHtml(data) {
    // the function's own source text; `__name` is the one helper a transpiler may add (esbuild keepNames)
    const script = `(function () { var __name = function (f) { return f; }; (${evidenceViewPage.toString()})(); })();`;
    const hash = (s) => `'sha256-${(0,external_node_crypto_.createHash)('sha256').update(s, 'utf8').digest('base64')}'`;
    const csp = `default-src 'none'; script-src ${hash(script)}; style-src ${hash(STYLE)}; img-src data:; base-uri 'none'; form-action 'none'`;
    const title = 'Evidence view';
    return [
        '<!doctype html>',
        '<html lang="en">',
        '<head>',
        '<meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        `<title>${title}</title>`,
        `<style>${STYLE}</style>`,
        '</head>',
        '<body>',
        '<main data-verdict="pending"><p>This page verifies the evidence pack with JavaScript (WebCrypto); enable it to see the verdict.</p></main>',
        `<script type="application/json" id="mc-pack">${scriptJson(data)}</script>`,
        `<script>${script}</script>`,
        '</body>',
        '</html>',
        '',
    ].join('\n');
}
/**
 * Verifies a pack and renders its view: the CLI's `mc evidence view` and the evidence-pack action's
 * `html` input both call this.
 * @param opts.jwks the trusted JWKS file (absolute); default: the pack's own jwks.json (integrity only)
 * @param opts.jwksLabel how the given JWKS is named on the page
 * @throws InputError for an unusable pack or JWKS (exit 2); a pack that fails verification still gets a
 *   view (its verdict says failed), with no file embedded when the signature did not verify.
 */
async function buildEvidenceView(opts) {
    const jwksFile = opts.jwks ?? (0,external_node_path_.join)(opts.packDir, JWKS_FILE);
    const { keys, trust } = await trustedKeys(opts.packDir, opts.jwks);
    const report = await verifyPack({ packDir: opts.packDir, root: opts.root, cwd: opts.cwd, trusted: keys, trust });
    const packPath = (0,external_node_path_.join)(opts.packDir, PACK_FILE);
    const data = await collectViewData({
        packFile: (0,external_node_path_.relative)(opts.cwd, packPath) || PACK_FILE,
        // the pack and its own JWKS are the attacker's files: regular files only, no symbolic link, bounded
        packText: await (0,fsx.readText)(packPath, 'evidence pack', { untrusted: true }),
        jwksText: await (0,fsx.readText)(jwksFile, 'JWKS', { untrusted: !opts.jwks }),
        jwksSource: trust === 'given-jwks'
            ? `the given JWKS (${opts.jwksLabel ?? (0,external_node_path_.relative)(opts.cwd, jwksFile)})`
            : "the pack's own jwks.json (integrity only: give the trusted JWKS)",
        report,
        root: opts.root,
        limits: opts.limits,
        generatedBy: opts.generatedBy,
    });
    return { html: renderViewHtml(data), report, data };
}

;// CONCATENATED MODULE: ./src/cli/commands/evidence-view.ts
/**
 * `mc evidence view PACKDIR --out report.html`: a self-contained HTML view of a pack that verifies
 * itself in the browser (src/evidence/view.ts). The pack is verified here first, and only files that
 * verified inside the root are read and embedded. Exit 0 when the pack verified, 1 when the view was
 * written for a pack that failed (the page shows why), 2 for unusable input.
 */





const viewCmd = {
    name: 'evidence view',
    summary: 'write a self-contained HTML view of a pack that verifies itself in the browser (WebCrypto)',
    usage: 'mc evidence view PACKDIR --out REPORT.html [--root DIR] [--jwks FILE]',
    async run(argv, io) {
        const { values, positionals } = (0,cli/* parseCliArgs */.h)(argv, { out: { type: 'string' }, root: { type: 'string' }, jwks: { type: 'string' } }, this.usage);
        if (positionals.length !== 1 || !values.out)
            throw new errors/* UsageError */.eb(`expected one PACKDIR and --out\nusage: ${this.usage}`);
        const { html, report, data } = await buildEvidenceView({
            packDir: (0,external_node_path_.resolve)(io.cwd, positionals[0]),
            root: values.root ? (0,external_node_path_.resolve)(io.cwd, values.root) : io.cwd,
            cwd: io.cwd,
            jwks: values.jwks ? (0,external_node_path_.resolve)(io.cwd, values.jwks) : undefined,
            jwksLabel: values.jwks,
            generatedBy: 'mc evidence view',
        });
        await (0,fsx/* writeFileAtomic */.Zf)((0,external_node_path_.resolve)(io.cwd, values.out), html, { noClobber: true });
        io.stdout(`evidence view: ${values.out} (${report.verdict}; ${data.files.length} files embedded, ${data.notEmbedded.length} not embedded)\n`);
        return report.verdict === 'verified' ? errors/* ExitCode */.yU.Pass : errors/* ExitCode */.yU.Fail;
    },
};

;// CONCATENATED MODULE: ./src/cli/commands/evidence.ts
/**
 * `mc keygen`, `mc jwks retire`, `mc evidence pack|verify|disclose`, `mc jws sign|verify`:
 * thin commands over src/evidence and src/core/keys.
 */














/** The flag of each setting (mode and upload are the action's only). */
const flag = (f) => `--${{ kinds: 'kind', labels: 'label', requireKinds: 'require-kinds', maxAge: 'max-age' }[f] ?? f}`;
const keygen = {
    name: 'keygen',
    summary: 'generate an Ed25519 key pair: private.pem (PKCS#8), public.pem (SPKI), jwks.json',
    usage: 'mc keygen --out DIR [--add-to JWKS.json]',
    async run(argv, io) {
        const { values } = (0,cli/* parseCliArgs */.h)(argv, { out: { type: 'string' }, 'add-to': { type: 'string' } }, this.usage, false);
        if (!values.out)
            throw new errors/* UsageError */.eb(`--out is required\nusage: ${this.usage}`);
        const dir = (0,external_node_path_.resolve)(io.cwd, values.out);
        if (await (0,fsx/* exists */.t2)((0,external_node_path_.join)(dir, 'private.pem')))
            throw new errors/* InputError */.dz((0,external_node_path_.join)(dir, 'private.pem'), undefined, 'a path that does not exist yet (keys are never overwritten)');
        const key = await (0,ed25519/* generateKey */.rh)();
        const previous = values['add-to'] ? await (0,ed25519/* readJwksFile */.Yg)((0,external_node_path_.resolve)(io.cwd, values['add-to'])) : [];
        await (0,fsx/* writeFileAtomic */.Zf)((0,external_node_path_.join)(dir, 'private.pem'), (0,ed25519/* privateKeyPem */.nQ)(key), { noClobber: true, mode: 0o600 }); // owner only
        await (0,fsx/* writeFileAtomic */.Zf)((0,external_node_path_.join)(dir, 'public.pem'), (0,ed25519/* publicKeyPem */.rY)(key.publicKey));
        await (0,fsx/* writeFileAtomic */.Zf)((0,external_node_path_.join)(dir, 'jwks.json'), (0,ed25519/* formatJwks */.Hu)([...previous.filter((k) => k.kid !== key.kid), key.publicKey]));
        io.stdout(`kid ${key.kid}\nwrote ${(0,external_node_path_.join)(values.out, 'private.pem')} (keep secret), public.pem, jwks.json\n`);
        return errors/* ExitCode */.yU.Pass;
    },
};
const jwksRetire = {
    name: 'jwks retire',
    summary: 'retire a key: set its exp so signatures made after it no longer verify (the key stays in the set)',
    usage: 'mc jwks retire --jwks JWKS.json --kid KID [--at RFC3339] [--out FILE]',
    async run(argv, io) {
        const { values } = (0,cli/* parseCliArgs */.h)(argv, { jwks: { type: 'string' }, kid: { type: 'string' }, at: { type: 'string' }, out: { type: 'string' } }, this.usage, false);
        if (!values.jwks || !values.kid)
            throw new errors/* UsageError */.eb(`--jwks and --kid are required\nusage: ${this.usage}`);
        const file = (0,external_node_path_.resolve)(io.cwd, values.jwks);
        const keys = await (0,ed25519/* readJwksFile */.Yg)(file);
        const key = keys.find((k) => k.kid === values.kid);
        if (!key)
            throw new errors/* InputError */.dz(file, 'keys', `a key with kid ${values.kid}`);
        const at = values.at ? Date.parse(values.at) : Date.now();
        if (Number.isNaN(at))
            throw new errors/* UsageError */.eb(`--at: expected an RFC 3339 time, found '${values.at}'`);
        key.jwk.exp = Math.floor(at / 1000);
        await (0,fsx/* writeFileAtomic */.Zf)(values.out ? (0,external_node_path_.resolve)(io.cwd, values.out) : file, (0,ed25519/* formatJwks */.Hu)(keys));
        io.stdout(`retired ${values.kid} at ${new Date(key.jwk.exp * 1000).toISOString()}\n`);
        return errors/* ExitCode */.yU.Pass;
    },
};
const pack = {
    name: 'evidence pack',
    summary: 'digest files and sign the manifest (in-toto Statement in DSSE) into PACKDIR',
    usage: 'mc evidence pack --key PRIVATE.pem [--key ...] --out PACKDIR [--root DIR] [--exclude GLOB]... [--kind GLOB=KIND]... [--label GLOB=KEY=VALUE]... [--name N] [--version V] [--commit SHA] [--run URL] [--created-at RFC3339] PATH_OR_GLOB...',
    async run(argv, io) {
        const { values, positionals } = (0,cli/* parseCliArgs */.h)(argv, {
            key: { type: 'string', multiple: true },
            out: { type: 'string' },
            root: { type: 'string' },
            exclude: { type: 'string', multiple: true },
            kind: { type: 'string', multiple: true },
            label: { type: 'string', multiple: true },
            name: { type: 'string' },
            version: { type: 'string' },
            commit: { type: 'string' },
            run: { type: 'string' },
            'created-at': { type: 'string' },
        }, this.usage);
        if (!values.key?.length || !values.out || !positionals.length)
            throw new errors/* UsageError */.eb(`--key, --out and at least one path are required\nusage: ${this.usage}`);
        const settings = evidenceSettings({ kinds: values.kind, labels: values.label }, flag);
        const keys = await Promise.all(values.key.map((k) => (0,ed25519/* readPrivateKeyFile */.Pb)((0,external_node_path_.resolve)(io.cwd, k))));
        const outDir = (0,external_node_path_.resolve)(io.cwd, values.out);
        const built = await buildPack({
            root: (0,external_node_path_.resolve)(io.cwd, values.root ?? '.'),
            patterns: positionals,
            exclude: values.exclude,
            rules: settings.rules,
            release: releaseFromEnv({ name: values.name, version: values.version, commit: values.commit, run: values.run, createdAt: values['created-at'] }, io.env),
            keys,
            outDir,
        });
        const { packFile } = await writePack(outDir, built, keys);
        io.stdout(`packed ${built.fileCount} files into ${packFile}\nmanifest sha256:${built.manifestDigest}\nsigned by ${keys.map((k) => k.kid).join(', ')}\n`);
        return errors/* ExitCode */.yU.Pass;
    },
};
const evidence_verify = {
    name: 'evidence verify',
    summary: 'verify a pack or disclosure: signatures, threshold, files (ok/missing/mismatched/unexpected), policy',
    usage: 'mc evidence verify PACKDIR [--root DIR] [--jwks FILE] [--threshold N] [--policy FILE] [--require-kinds K1,K2] [--max-age 24h] [--format text|json|markdown]',
    async run(argv, io) {
        const { values, positionals } = (0,cli/* parseCliArgs */.h)(argv, {
            root: { type: 'string' },
            jwks: { type: 'string' },
            threshold: { type: 'string' },
            policy: { type: 'string' },
            'require-kinds': { type: 'string' },
            'max-age': { type: 'string' },
            format: { type: 'string' },
        }, this.usage);
        if (positionals.length !== 1)
            throw new errors/* UsageError */.eb(`expected one PACKDIR\nusage: ${this.usage}`);
        const format = values.format ?? 'text';
        if (!['text', 'json', 'markdown'].includes(format))
            throw new errors/* UsageError */.eb(`--format: expected text, json or markdown, found '${format}'`);
        const settings = evidenceSettings({ threshold: values.threshold, requireKinds: values['require-kinds'], maxAge: values['max-age'] }, flag);
        const packDir = (0,external_node_path_.resolve)(io.cwd, positionals[0]);
        const { keys, trust } = await trustedKeys(packDir, values.jwks && (0,external_node_path_.resolve)(io.cwd, values.jwks));
        const report = await verifyPack({
            packDir,
            root: values.root ? (0,external_node_path_.resolve)(io.cwd, values.root) : undefined,
            cwd: io.cwd,
            trusted: keys,
            trust,
            threshold: settings.threshold,
            policy: await loadPolicy(values.policy && (0,external_node_path_.resolve)(io.cwd, values.policy), settings),
        });
        io.stdout(format === 'json' ? JSON.stringify(report, null, 2) + '\n' : format === 'markdown' ? verifyMarkdown(report) : verifyText(report));
        return report.verdict === 'verified' ? errors/* ExitCode */.yU.Pass : errors/* ExitCode */.yU.Fail;
    },
};
const discloseCmd = {
    name: 'evidence disclose',
    summary: 'derive a region/tenant pack: only its files, with Merkle inclusion proofs against the signed root, in a signed disclosure statement',
    usage: 'mc evidence disclose PACKDIR --region R [--tenant T] --out DIR --jwks FILE --key PRIVATE.pem [--key ...] [--root DIR] [--threshold N] [--created-at RFC3339]',
    async run(argv, io) {
        const { values, positionals } = (0,cli/* parseCliArgs */.h)(argv, {
            region: { type: 'string' },
            tenant: { type: 'string' },
            out: { type: 'string' },
            root: { type: 'string' },
            jwks: { type: 'string' },
            key: { type: 'string', multiple: true },
            threshold: { type: 'string' },
            'created-at': { type: 'string' },
        }, this.usage);
        if (positionals.length !== 1 || !values.region || !values.out)
            throw new errors/* UsageError */.eb(`PACKDIR, --region and --out are required\nusage: ${this.usage}`);
        // trust material comes from the caller, never from the pack: a forged pack verifies under its own JWKS
        if (!values.jwks)
            throw new errors/* UsageError */.eb(`--jwks (the trusted keys) is required: the pack's own jwks.json proves integrity, not who signed\nusage: ${this.usage}`);
        if (!values.key?.length)
            throw new errors/* UsageError */.eb(`--key is required: the disclosure statement is signed\nusage: ${this.usage}`);
        const { threshold } = evidenceSettings({ threshold: values.threshold }, flag);
        const packDir = (0,external_node_path_.resolve)(io.cwd, positionals[0]);
        const { keys: trusted, trust } = await trustedKeys(packDir, (0,external_node_path_.resolve)(io.cwd, values.jwks));
        const keys = await Promise.all(values.key.map((k) => (0,ed25519/* readPrivateKeyFile */.Pb)((0,external_node_path_.resolve)(io.cwd, k))));
        const r = await disclose({
            packDir,
            root: (0,external_node_path_.resolve)(io.cwd, values.root ?? '.'),
            region: values.region,
            tenant: values.tenant,
            outDir: (0,external_node_path_.resolve)(io.cwd, values.out),
            trusted,
            trust,
            keys,
            threshold,
            createdAt: values['created-at'],
        });
        io.stdout(`disclosed ${r.entries} files for region=${values.region}${values.tenant ? ` tenant=${values.tenant}` : ''} into ${r.file}\nsigned by ${keys.map((k) => k.kid).join(', ')}\n`);
        return errors/* ExitCode */.yU.Pass;
    },
};
const jwsSign = {
    name: 'jws sign',
    summary: 'print a detached compact JWS (EdDSA, kid) over a payload file (RFC 7515 appendix F)',
    usage: 'mc jws sign --key PRIVATE.pem --payload FILE',
    async run(argv, io) {
        const { values } = (0,cli/* parseCliArgs */.h)(argv, { key: { type: 'string' }, payload: { type: 'string' } }, this.usage, false);
        if (!values.key || !values.payload)
            throw new errors/* UsageError */.eb(`--key and --payload are required\nusage: ${this.usage}`);
        const key = await (0,ed25519/* readPrivateKeyFile */.Pb)((0,external_node_path_.resolve)(io.cwd, values.key));
        await (0,fsx.readText)((0,external_node_path_.resolve)(io.cwd, values.payload), 'payload');
        io.stdout((await signDetached(new Uint8Array(await (0,promises_.readFile)((0,external_node_path_.resolve)(io.cwd, values.payload))), key)) + '\n');
        return errors/* ExitCode */.yU.Pass;
    },
};
const jwsVerify = {
    name: 'jws verify',
    summary: 'verify a detached JWS over a payload file against a JWKS',
    usage: 'mc jws verify --jwks FILE --payload FILE TOKEN',
    async run(argv, io) {
        const { values, positionals } = (0,cli/* parseCliArgs */.h)(argv, { jwks: { type: 'string' }, payload: { type: 'string' } }, this.usage);
        if (!values.jwks || !values.payload || positionals.length !== 1)
            throw new errors/* UsageError */.eb(`--jwks, --payload and TOKEN are required\nusage: ${this.usage}`);
        const keys = await (0,ed25519/* readJwksFile */.Yg)((0,external_node_path_.resolve)(io.cwd, values.jwks));
        await (0,fsx.readText)((0,external_node_path_.resolve)(io.cwd, values.payload), 'payload');
        const r = await verifyDetached(positionals[0], new Uint8Array(await (0,promises_.readFile)((0,external_node_path_.resolve)(io.cwd, values.payload))), keys);
        if (r.ok)
            io.stdout(`VERIFIED: signed by ${r.kid}\n`);
        else
            io.stdout(`FAILED: ${r.reason}\n`);
        return r.ok ? errors/* ExitCode */.yU.Pass : errors/* ExitCode */.yU.Fail;
    },
};
const commands = [keygen, jwksRetire, pack, evidence_verify, discloseCmd, jwsSign, jwsVerify, viewCmd];


/***/ }),

/***/ 2995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Je: () => (/* binding */ parseJsonExact),
/* harmony export */   Mr: () => (/* binding */ canonicalBytes),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   i7: () => (/* binding */ exactInteger),
/* harmony export */   s$: () => (/* binding */ jsonText)
/* harmony export */ });
/* harmony import */ var canonicalize__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8799);
/**
 * RFC 8785 JSON Canonicalization Scheme, through the `canonicalize` library; plus exact integers.
 *
 * Exact integers: JSON (RFC 8259 §6) allows integers of any size, but JavaScript numbers hold only
 * those up to 2^53 exactly. Where a format carries larger integers (YAML and JSON config files,
 * int64 fields), they are kept as `bigint` and written as their exact decimal digits. RFC 8785
 * serializes numbers as IEEE 754 doubles, so for a bigint the canonical form here writes the exact
 * digits instead (the only deviation; values without bigints canonicalize exactly as RFC 8785 says).
 */

const canonicalize = canonicalize__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A;
/**
 * Serializes a JSON value per RFC 8785 (sorted keys by UTF-16 code units, ES number formatting);
 * a `bigint` is written as its exact decimal digits.
 * @throws TypeError when the value is not representable as JSON (undefined, a function, a non-finite number).
 */
function canonicalJson(value) {
    // the commonest single values (a digest, a path, a size) need no array
    if (typeof value === 'string' && PLAIN_ASCII.test(value))
        return '"' + value + '"';
    if (typeof value === 'number' && Number.isSafeInteger(value))
        return String(value);
    const parts = [];
    if (fastCanonical(value, parts, 0))
        return parts.join('');
    let out;
    try {
        out = canonicalize(value);
    }
    catch (e) {
        // the library cannot write a bigint (JSON.stringify throws): the exact serializer below can
        if (!(e instanceof TypeError) || !/BigInt/i.test(e.message))
            throw e;
        out = canonicalExact(value);
    }
    if (out === undefined)
        throw new TypeError('value is not representable as JSON');
    return out;
}
// Printable ASCII other than '"' and '\\': such a string's JSON (and RFC 8785) form is the string in quotes.
const PLAIN_ASCII = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;
// a lone surrogate (a high one not followed by a low one, or a low one not preceded by a high one)
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const MAX_FAST_DEPTH = 256;
/**
 * The fast path of {@link canonicalJson}: appends RFC 8785 text of `v` to `out` for the values whose
 * form is certain (plain objects and arrays, strings without lone surrogates, finite numbers,
 * booleans, null) and returns false, leaving the caller to use the library, on anything else
 * (undefined, bigint, functions, symbols, toJSON, class instances, NaN, lone surrogates, nesting
 * deeper than 256, possible cycles). Its output equals `canonicalize(v)` byte for byte
 * (tests/evidence/jcs-fast.test.ts checks it on random values against the library); it exists
 * because large manifests (100,000 entries, ~21 MB) spent most of their signing time in the
 * library's per-value string building. Member names sort by UTF-16 code units, as RFC 8785 3.2.3
 * says (Array.prototype.sort's default order); numbers use ECMAScript's Number::toString (3.2.2.3).
 */
function fastCanonical(v, out, depth) {
    switch (typeof v) {
        case 'string':
            if (PLAIN_ASCII.test(v))
                out.push('"' + v + '"');
            else if (LONE_SURROGATE.test(v))
                return false;
            else
                out.push(JSON.stringify(v));
            return true;
        case 'number':
            if (!Number.isFinite(v))
                return false;
            out.push(JSON.stringify(v));
            return true;
        case 'boolean':
            out.push(v ? 'true' : 'false');
            return true;
        case 'object': {
            if (v === null) {
                out.push('null');
                return true;
            }
            if (depth >= MAX_FAST_DEPTH)
                return false;
            if (Array.isArray(v)) {
                if (Object.getPrototypeOf(v) !== Array.prototype)
                    return false;
                out.push('[');
                for (let i = 0; i < v.length; i++) {
                    if (i)
                        out.push(',');
                    const x = v[i];
                    // the library writes undefined and symbols in arrays as null: leave those to it
                    if (x === undefined || !fastCanonical(x, out, depth + 1))
                        return false;
                }
                out.push(']');
                return true;
            }
            const proto = Object.getPrototypeOf(v);
            if (proto !== Object.prototype && proto !== null)
                return false;
            if (typeof v.toJSON === 'function')
                return false;
            const keys = Object.keys(v).sort();
            out.push('{');
            for (let i = 0; i < keys.length; i++) {
                const k = keys[i];
                const x = v[k];
                // skipped and oddly written members (undefined, symbols, functions) are the library's business
                if (x === undefined || typeof x === 'function' || typeof x === 'symbol')
                    return false;
                if (i)
                    out.push(',');
                if (PLAIN_ASCII.test(k))
                    out.push('"' + k + '":');
                else if (LONE_SURROGATE.test(k))
                    return false;
                else
                    out.push(JSON.stringify(k) + ':');
                if (!fastCanonical(x, out, depth + 1))
                    return false;
            }
            out.push('}');
            return true;
        }
        default:
            return false;
    }
}
/** RFC 8785 for values holding bigints: structure here, every non-bigint leaf through the library. */
function canonicalExact(v) {
    if (typeof v === 'bigint')
        return v.toString();
    if (v === null || typeof v !== 'object' || typeof v.toJSON === 'function') {
        const s = canonicalize(v);
        if (s === undefined)
            throw new TypeError('value is not representable as JSON');
        return s;
    }
    if (Array.isArray(v))
        return '[' + v.map((x) => (x === undefined ? 'null' : canonicalExact(x))).join(',') + ']';
    const keys = Object.keys(v).sort();
    const parts = [];
    for (const k of keys) {
        const x = v[k];
        if (x === undefined)
            continue;
        parts.push(JSON.stringify(k) + ':' + canonicalExact(x));
    }
    return '{' + parts.join(',') + '}';
}
/** RFC 8785 canonical JSON as UTF-8 bytes. */
function canonicalBytes(value) {
    return new TextEncoder().encode(canonicalJson(value));
}
const rawJSON = JSON.rawJSON;
/**
 * `JSON.stringify` that writes a `bigint` as its exact decimal digits (reports, JSON output).
 * @param indent spaces, as JSON.stringify's third argument
 */
function jsonText(value, indent) {
    return JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? rawJSON(v.toString()) : v), indent);
}
/**
 * `JSON.parse` that keeps integers beyond 2^53 exact: an integer literal (no fraction, no exponent)
 * whose value is not a safe integer becomes a `bigint`; every other number stays a number.
 * @throws SyntaxError on malformed JSON
 */
function parseJsonExact(text) {
    // without an integer token of 16 or more digits every integer is safe: JSON.parse alone gives the
    // same value, without a reviver call per value (a 15 MB config snapshot: 5x faster)
    if (!UNSAFE_INTEGER_TOKEN.test(text))
        return JSON.parse(text);
    return JSON.parse(text, function (_k, v, ctx) {
        if (typeof v === 'number' && !Number.isSafeInteger(v) && Number.isInteger(v) && ctx?.source && /^-?\d+$/.test(ctx.source))
            return BigInt(ctx.source);
        return v;
    });
}
/** A number token that may be an unsafe integer (2^53 has 16 digits), anywhere in the text (strings too: at worst the slow path). */
const UNSAFE_INTEGER_TOKEN = /(?<![\w.])\d{16,}(?![\w.])/;
/** A bigint as a number when it is exactly representable (|b| ≤ 2^53 − 1), else the bigint. */
function exactInteger(b) {
    return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}


/***/ }),

/***/ 8557:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E5: () => (/* binding */ junitXml),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   cz: () => (/* binding */ mdCell),
/* harmony export */   gJ: () => (/* binding */ mdTable)
/* harmony export */ });
/* unused harmony export xmlEscape */
/**
 * Report helpers shared by every gate: markdown tables for job summaries, JUnit XML
 * (the de-facto schema of Ant/Surefire, as read by GitHub test reporters), XML escaping.
 */
/** Escapes text for a markdown table cell (pipes, newlines, backticks kept literal). */
function mdCell(text) {
    return String(text ?? '')
        .replace(/\\/g, '\\\\')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, '<br>');
}
/** A GitHub-flavoured markdown table. */
function mdTable(headers, rows) {
    const head = `| ${headers.map(mdCell).join(' | ')} |`;
    const sep = `| ${headers.map(() => '---').join(' | ')} |`;
    return [head, sep, ...rows.map((r) => `| ${r.map(mdCell).join(' | ')} |`)].join('\n') + '\n';
}
/** Escapes text for XML attribute values and character data. */
function xmlEscape(text) {
    return (String(text ?? '')
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;'));
}
/** Renders JUnit XML (`<testsuites>` root) for test reporters. */
function junitXml(suites) {
    const count = (s, k) => s.cases.filter((c) => c[k] !== undefined).length;
    const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
    const all = suites.flatMap((s) => s.cases);
    lines.push(`<testsuites tests="${all.length}" failures="${all.filter((c) => c.failure).length}" errors="${all.filter((c) => c.error).length}">`);
    for (const s of suites) {
        lines.push(`  <testsuite name="${xmlEscape(s.name)}" tests="${s.cases.length}" failures="${count(s, 'failure')}" errors="${count(s, 'error')}" skipped="${count(s, 'skipped')}">`);
        for (const c of s.cases) {
            const attrs = `name="${xmlEscape(c.name)}" classname="${xmlEscape(c.classname)}"${c.time !== undefined ? ` time="${c.time.toFixed(3)}"` : ''}`;
            const inner = [];
            if (c.failure)
                inner.push(`      <failure message="${xmlEscape(c.failure.message)}">${xmlEscape(c.failure.body ?? '')}</failure>`);
            if (c.error)
                inner.push(`      <error message="${xmlEscape(c.error.message)}">${xmlEscape(c.error.body ?? '')}</error>`);
            if (c.skipped !== undefined)
                inner.push(`      <skipped message="${xmlEscape(c.skipped)}"/>`);
            lines.push(inner.length ? `    <testcase ${attrs}>\n${inner.join('\n')}\n    </testcase>` : `    <testcase ${attrs}/>`);
        }
        lines.push('  </testsuite>');
    }
    lines.push('</testsuites>');
    return lines.join('\n') + '\n';
}
/** Formats a count with its noun, pluralized naively ("1 file", "3 files"). */
function plural(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}


/***/ }),

/***/ 2032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validateWithSchema: () => (/* binding */ validateWithSchema),
/* harmony export */   w5: () => (/* binding */ fieldName)
/* harmony export */ });
/* unused harmony exports schemaValidator, pointerPath, mostSpecific, schemaInputError */
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2210);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/**
 * The one JSON Schema validator of every file a user writes (canary configs, grounding cases,
 * ignore rules, evidence policies, SLO specs, trajectory goldens) and of the reports the tests check.
 *
 * Schemas are the documents of `schemas/` (JSON Schema draft 2020-12), imported as JSON by each
 * loader so the ncc bundles carry exactly the schemas their action needs and read no file at run
 * time. Validation uses ajv's draft 2020-12 class in strict mode (unknown keywords and ambiguous
 * schemas are errors at compile time); a schema is compiled on its first use and cached by `$id`,
 * so loading this module costs only the ajv import and an action that never meets a file of that
 * format never compiles its schema.
 *
 * A violation becomes one {@link InputError} (exit 2, no stack trace) naming the file, the field
 * (as `a.b[0].c`, from ajv's RFC 6901 instance path), the line when the caller can map a path to
 * one, and what was expected: the most specific of ajv's errors (the deepest; unknown keys, enums
 * and types before the `anyOf`/`oneOf`/`if` wrappers that only say "some branch failed").
 */


let ajvInstance;
const compiled = new Map();
/**
 * The shared ajv instance: draft 2020-12, strict (unknown keywords and formats, ignored defaults,
 * ambiguous types are compile errors), every error collected (the most specific is picked).
 * strictRequired is off: `oneOf: [{required: [good]}, {required: [bad]}]` names properties defined
 * by the enclosing schema, the usual way to say "exactly one of".
 */
function ajv() {
    if (!ajvInstance) {
        ajvInstance = new ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_1__.Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true, verbose: true });
        // RFC 3339 date-time (the reports' timestamps); no other format is used by our schemas
        ajvInstance.addFormat('date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i);
    }
    return ajvInstance;
}
/**
 * The compiled validator of a schema, compiled on first use and cached by `$id`.
 * @throws Error when the schema itself is invalid under ajv's strict mode (a defect of schemas/, not of input).
 */
function schemaValidator(schema) {
    let v = compiled.get(schema.$id);
    if (!v) {
        v = ajv().compile(schema);
        compiled.set(schema.$id, v);
    }
    return v;
}
/** Decodes ajv's RFC 6901 `instancePath` into path segments (array indexes as numbers). */
function pointerPath(pointer) {
    if (!pointer)
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}
/** A path as users read it: `metrics[0].effectSize.allowedIncrease`. */
function fieldName(path) {
    return path.reduce((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${k}` : k), '');
}
// wrappers that only say "a branch failed": their branches' own errors are more specific
const KEYWORD_RANK = {
    additionalProperties: 4,
    unevaluatedProperties: 4,
    enum: 3,
    const: 3,
    required: 2,
    type: 1,
    anyOf: -100,
    oneOf: -100,
    if: -100,
    not: -50,
};
/** The most specific error: the deepest instance path, then the keyword that says most (unknown key, enum, type). */
function mostSpecific(errors) {
    const depth = (e) => pointerPath(e.instancePath).length + (e.keyword === 'additionalProperties' || e.keyword === 'unevaluatedProperties' ? 1 : 0);
    let best;
    let bestRank = -Infinity;
    for (const e of errors) {
        const rank = depth(e) * 10 + (KEYWORD_RANK[e.keyword] ?? 0);
        if (rank > bestRank)
            [best, bestRank] = [e, rank];
    }
    return best;
}
const TYPE_NAMES = {
    string: 'a string',
    number: 'a number',
    integer: 'an integer',
    boolean: 'true or false',
    object: 'a mapping',
    array: 'a list',
    null: 'null',
};
function found(data) {
    let s;
    try {
        s = JSON.stringify(data) ?? String(data);
    }
    catch {
        s = String(data);
    }
    return s.length > 60 ? `${s.slice(0, 59)}…` : s;
}
/**
 * The error a user reads for one ajv error: file, field, line, what was expected and what was found.
 * Unknown and missing keys name the key as the field (at its parent's line); unknown keys list the keys known there.
 */
function schemaInputError(e, file, opts) {
    let path = pointerPath(e.instancePath);
    const params = e.params;
    const parent = (e.parentSchema ?? {});
    let expected;
    let shown;
    let linePath = path;
    switch (e.keyword) {
        case 'additionalProperties':
        case 'unevaluatedProperties': {
            const key = String(params.additionalProperty ?? params.unevaluatedProperty);
            path = [...path, key];
            linePath = path;
            const known = Object.keys(parent.properties ?? {}).filter((k) => k !== '$schema');
            // the key comes from the data: escaped, as InputError escapes file and field
            expected = `no property '${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(key)}' (not in the ${opts.what} schema${known.length ? `; known here: ${known.join(', ')}` : ''})`;
            break;
        }
        case 'required':
            // the missing key is the field; its line is its parent's
            path = [...path, String(params.missingProperty)];
            expected = 'a value (a required key, missing here)';
            break;
        case 'enum':
            expected = `one of ${params.allowedValues.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ')}`;
            shown = found(e.data);
            break;
        case 'const':
            expected = JSON.stringify(params.allowedValue);
            shown = found(e.data);
            break;
        case 'type': {
            const types = [].concat(params.type);
            expected = types.map((t) => TYPE_NAMES[t] ?? t).join(' or ');
            shown = found(e.data);
            break;
        }
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum':
            expected = `a number ${String(params.comparison)} ${String(params.limit)}`;
            shown = found(e.data);
            break;
        case 'minLength':
            expected = params.limit === 1 ? 'a non-empty string' : `a string of at least ${String(params.limit)} characters`;
            break;
        case 'maxLength':
            expected = `a string of at most ${String(params.limit)} characters`;
            break;
        case 'minItems':
            expected = params.limit === 1 ? 'a non-empty list' : `a list of at least ${String(params.limit)} items`;
            break;
        case 'maxItems':
            expected = `a list of at most ${String(params.limit)} items`;
            break;
        case 'minProperties':
            expected = params.limit === 1 ? 'a non-empty mapping' : `a mapping of at least ${String(params.limit)} keys`;
            break;
        case 'maxProperties':
            expected = `a mapping of at most ${String(params.limit)} keys`;
            break;
        case 'pattern':
            expected = `a string matching /${String(params.pattern)}/`;
            shown = found(e.data);
            break;
        case 'uniqueItems':
            expected = `a list without duplicates (items ${String(params.j)} and ${String(params.i)} are equal)`;
            break;
        default:
            expected = `a value that ${(e.message ?? 'matches the schema').replace(/^must /, '')}`;
    }
    const own = opts.expected?.(e, path);
    if (own !== undefined)
        expected = own;
    const full = [...(opts.prefix ?? []), ...path];
    const line = opts.lineOf?.([...(opts.prefix ?? []), ...linePath]) ?? opts.line;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, fieldName(full) || undefined, expected, {
        ...(line !== undefined ? { line } : {}),
        ...(shown !== undefined ? { found: shown } : {}),
    });
}
/**
 * Validates a parsed document (YAML/JSON value) against its schema.
 * @param schema a document of `schemas/` (imported as JSON by the loader)
 * @param value the parsed document
 * @param file the file name as the user gave it (for the message)
 * @throws InputError (exit 2) for the most specific violation: file, field, line when known, what was expected.
 */
function validateWithSchema(schema, value, file, opts) {
    const validate = schemaValidator(schema);
    if (validate(value))
        return;
    const e = mostSpecific(validate.errors ?? []);
    if (!e)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, undefined, `a valid ${opts.what}`);
    throw schemaInputError(e, file, opts);
}


/***/ }),

/***/ 2622:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   By: () => (/* binding */ parseStatement),
/* harmony export */   UT: () => (/* binding */ makeStatement),
/* harmony export */   e5: () => (/* binding */ parseJsonlEnvelope),
/* harmony export */   fT: () => (/* binding */ signStatement),
/* harmony export */   zG: () => (/* binding */ STATEMENT_TYPE)
/* harmony export */ });
/* unused harmony export signStatementWithPayload */
/* harmony import */ var _jcs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2995);
/* harmony import */ var _dsse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9394);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6153);
/**
 * in-toto Statement v1 (in-toto attestation framework, spec/v1/statement.md) and its DSSE wrapping.
 * Payloads are serialized as RFC 8785 canonical JSON so digests of the statement are stable.
 */




const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
/** Builds a Statement; subjects are kept in the order given. */
function makeStatement(subject, predicateType, predicate) {
    return { _type: STATEMENT_TYPE, subject, predicateType, predicate };
}
/** Canonical JSON of a statement, signed into a DSSE envelope with payloadType application/vnd.in-toto+json. */
function signStatement(statement, keys) {
    return (0,_dsse_js__WEBPACK_IMPORTED_MODULE_1__/* .signEnvelope */ .Yj)((0,_jcs_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalBytes */ .Mr)(statement), _dsse_js__WEBPACK_IMPORTED_MODULE_1__/* .INTOTO_PAYLOAD_TYPE */ .w9, keys);
}
/** Like {@link signStatement}, also returning the payload bytes (to digest them without serializing twice). */
function signStatementWithPayload(statement, keys) {
    const payload = canonicalBytes(statement);
    return { envelope: signEnvelope(payload, INTOTO_PAYLOAD_TYPE, keys), payload };
}
/**
 * Reads the DSSE envelope on line 1 of a `.intoto.jsonl` file (in-toto attestation bundle form).
 * @throws InputError when the first line is missing, not JSON, or not an envelope.
 */
function parseJsonlEnvelope(text, source) {
    const fast = largePayloadFirst(text);
    if (fast)
        return fast;
    const first = text.split('\n', 1)[0]?.trim();
    if (!first)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(source, 'line 1', 'a DSSE envelope (JSON)', { found: 'an empty file' });
    let json;
    try {
        json = JSON.parse(first);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(source, 'line 1', 'a DSSE envelope (JSON); the file is truncated or not JSON');
    }
    const dup = (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .findDuplicateKey */ ._d)(first);
    if (dup !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(source, 'line 1', 'a DSSE envelope without duplicate member names', { found: `a second '${dup}'` });
    return (0,_dsse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseEnvelope */ .mE)(json, source);
}
/**
 * Line 1 of a `.intoto.jsonl` file whose envelope starts `{"payload":"` and whose payload is plain
 * base64 (what DSSE signers write): JSON.parse sees the line without the payload text (28 MB for a
 * manifest of 100,000 files), which is cut out of the line as is. Returns undefined, for the general
 * path, on anything else (leading whitespace, escapes or other characters in the payload, a duplicate
 * member, not an envelope); what it returns equals the general path's result.
 */
function largePayloadFirst(text) {
    const head = '{"payload":"';
    if (!text.startsWith(head))
        return undefined;
    const end = text.indexOf('"', head.length);
    const nl = text.indexOf('\n');
    const lineEnd = nl < 0 ? text.length : nl;
    if (end < 0 || end > lineEnd)
        return undefined;
    const rest = `${head}"${text.slice(end + 1, lineEnd)}`;
    let json;
    try {
        json = JSON.parse(rest);
    }
    catch {
        return undefined;
    }
    if (!json || typeof json !== 'object' || json.payload !== '' || (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .findDuplicateKey */ ._d)(rest) !== undefined)
        return undefined;
    json.payload = text.slice(head.length, end);
    try {
        // parseEnvelope checks the payload against the base64 alphabet: no escape or control character is in it
        return (0,_dsse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseEnvelope */ .mE)(json, 'line 1');
    }
    catch {
        return undefined;
    }
}
/**
 * Parses and checks a Statement payload (duplicate member names refused, as everywhere).
 * @param opts.exactIntegers keep integers beyond 2^53 exact (`bigint`, see jcs.ts parseJsonExact)
 * @throws InputError when it is not JSON, not a Statement v1, or its predicateType differs from `expectedType` (when given).
 */
function parseStatement(payload, source, expectedType, opts = {}) {
    let st;
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(payload);
        // exactIntegers: integers beyond 2^53 in the predicate come back as bigint, as they were signed
        st = (opts.exactIntegers ? (0,_jcs_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJsonExact */ .Je)(text) : JSON.parse(text));
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(source, 'payload', 'an in-toto Statement (UTF-8 JSON)');
    }
    const dup = (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .findDuplicateKey */ ._d)(text);
    if (dup !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(source, 'payload', 'an in-toto Statement without duplicate member names', { found: `a second '${dup}'` });
    if (!st || typeof st !== 'object' || st._type !== STATEMENT_TYPE)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(source, 'payload._type', STATEMENT_TYPE);
    if (!Array.isArray(st.subject))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(source, 'payload.subject', 'array');
    if (expectedType && st.predicateType !== expectedType)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(source, 'payload.predicateType', expectedType, { found: String(st.predicateType) });
    return st;
}


/***/ })

};
