export const id = 874;
export const ids = [874];
export const modules = {

/***/ 9874:
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
// EXTERNAL MODULE: ./src/core/keys.ts
var core_keys = __webpack_require__(1483);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
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
const H = (...parts) => new Uint8Array((0,external_node_crypto_.hash)('sha256', Buffer.concat(parts), 'buffer'));
const LEAF = Uint8Array.of(0);
const NODE = Uint8Array.of(1);
/** RFC 6962 leaf hash of leaf data. */
function leafHash(leaf) {
    return H(LEAF, leaf);
}
/** RFC 6962 interior node hash. */
function nodeHash(left, right) {
    return H(NODE, left, right);
}
/** Largest power of two strictly less than n (n > 1). */
function splitPoint(n) {
    let k = 1;
    while (k << 1 < n)
        k <<= 1;
    return k;
}
/** MTH over leaf hashes (RFC 6962 2.1); the empty tree hashes to SHA-256(""). */
function rootFromLeafHashes(leaves) {
    if (leaves.length === 0)
        return H();
    let level = leaves;
    // Bottom-up construction equals the recursive definition: an odd node is carried up unchanged.
    while (level.length > 1) {
        const next = [];
        for (let i = 0; i + 1 < level.length; i += 2)
            next.push(nodeHash(level[i], level[i + 1]));
        if (level.length % 2 === 1)
            next.push(level[level.length - 1]);
        level = next;
    }
    return level[0];
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
/** predicateType carried by a disclosure's proofs document. */
const DISCLOSURE_FORMAT = 'https://mc-actions.dev/evidence-disclosure/v1';
/** Canonical leaf bytes of a file entry (RFC 8785 JSON). */
function leafBytes(f) {
    return (0,jcs/* canonicalBytes */.M)({ digest: { sha256: f.sha256 }, kind: f.kind, labels: f.labels, mediaType: f.mediaType, name: f.path, size: f.size });
}
/**
 * RFC 6962 leaf hashes of the files, in order. Equal to `leafHash(leafBytes(f))` for each file
 * (tested), but faster for large packs: the leaf object always has the same six members, so their
 * RFC 8785 order is fixed (digest < kind < labels < mediaType < name < size) and only the member
 * values are serialized by the JCS library, with the few distinct kind/labels/mediaType values cached.
 */
function fileLeafHashes(files) {
    const cache = new Map();
    const memo = (v, key = v) => {
        let out = cache.get(key);
        if (out === undefined)
            cache.set(key, (out = (0,jcs/* canonicalJson */.d)(v)));
        return out;
    };
    const enc = new TextEncoder();
    return files.map((f) => {
        const labels = memo(f.labels, `labels:${JSON.stringify(f.labels)}`); // key only: any spelling maps to its JCS form
        const text = `{"digest":{"sha256":${(0,jcs/* canonicalJson */.d)(f.sha256)}},"kind":${memo(f.kind)},"labels":${labels},"mediaType":${memo(f.mediaType)},"name":${(0,jcs/* canonicalJson */.d)(f.path)},"size":${(0,jcs/* canonicalJson */.d)(f.size)}}`;
        return leafHash(enc.encode(text));
    });
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
/** IANA media type guessed from the file name; application/octet-stream otherwise. */
function mediaTypeOf(path) {
    for (const [re, t] of MEDIA)
        if (re.test(path))
            return t;
    return 'application/octet-stream';
}

// EXTERNAL MODULE: ./src/core/digest.ts
var digest = __webpack_require__(5543);
// EXTERNAL MODULE: ./src/core/dsse.ts
var dsse = __webpack_require__(9394);
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
    const paths = await (0,fsx/* expandPaths */.pR)(opts.patterns, { root, exclude });
    if (!paths.length)
        throw new errors/* InputError */.dz(undefined, 'paths', `at least one file under ${root} matching ${opts.patterns.join(' ')}`);
    const digests = await (0,digest/* sha256Files */.Rs)(paths.map((p) => (0,external_node_path_.join)(root, p)));
    const matchers = (opts.rules ?? []).map((r) => ({ rule: r, match: picomatch_default()(r.glob, { dot: true }) }));
    const files = paths.map((path, i) => {
        const d = digests[i];
        if (d.error || d.hex === undefined || d.size === undefined)
            throw new errors/* InputError */.dz(path, undefined, 'a readable file', { found: d.error });
        let kind;
        const labels = {};
        for (const { rule, match } of matchers) {
            if (!match(path))
                continue;
            if (kind === undefined && rule.kind)
                kind = rule.kind;
            Object.assign(labels, rule.labels ?? {});
        }
        return { path, sha256: d.hex, size: d.size, kind: kind ?? 'file', mediaType: mediaTypeOf(path), labels };
    });
    const leaves = fileLeafHashes(files);
    const merkle = { algorithm: 'RFC6962-SHA256', leaf: 'jcs-file-entry', treeSize: files.length, root: Buffer.from(rootFromLeafHashes(leaves)).toString('hex') };
    const predicate = {
        release: opts.release,
        collection: { patterns: opts.patterns, exclude },
        files: files.map(({ path, size, kind, mediaType, labels }) => ({ path, size, kind, mediaType, labels })),
        merkle,
    };
    const statement = (0,core_statement/* makeStatement */.UT)(files.map((f) => ({ name: f.path, digest: { sha256: f.sha256 } })), MANIFEST_PREDICATE, predicate);
    const { envelope, payload } = (0,core_statement/* signStatementWithPayload */.he)(statement, opts.keys);
    const manifestDigest = (0,digest/* sha256Hex */.fg)(payload);
    const rootStatement = (0,core_statement/* makeStatement */.UT)([{ name: 'merkle-root', digest: { sha256: merkle.root } }], ROOT_PREDICATE, {
        release: opts.release,
        merkle,
        manifest: { sha256: manifestDigest },
    });
    return { statement, envelope, rootEnvelope: (0,core_statement/* signStatement */.fT)(rootStatement, opts.keys), files, manifestDigest };
}
/**
 * Writes `PACKDIR/evidence.intoto.jsonl` and `PACKDIR/jwks.json` atomically.
 * @throws InputError when a pack already exists there (evidence is never overwritten).
 */
async function writePack(outDir, pack, keys) {
    const packFile = (0,external_node_path_.join)(outDir, PACK_FILE);
    const jwksFile = (0,external_node_path_.join)(outDir, JWKS_FILE);
    await (0,fsx/* writeFileAtomic */.Zf)(packFile, `${JSON.stringify(pack.envelope)}\n${JSON.stringify(pack.rootEnvelope)}\n`, { noClobber: true });
    await (0,fsx/* writeFileAtomic */.Zf)(jwksFile, (0,core_keys/* formatJwks */.Hu)(keys.map((k) => k.publicKey)));
    return { packFile, jwksFile };
}
/** Release info from flags, falling back to the GitHub Actions context and SOURCE_DATE_EPOCH. */
function releaseFromEnv(flags, env) {
    const epoch = env.SOURCE_DATE_EPOCH ? Number(env.SOURCE_DATE_EPOCH) : undefined;
    const createdAt = flags.createdAt ?? (epoch !== undefined && Number.isFinite(epoch) ? new Date(epoch * 1000) : new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
    if (Number.isNaN(Date.parse(createdAt)))
        throw new errors/* InputError */.dz(undefined, 'created-at', 'an RFC 3339 timestamp', { found: createdAt });
    const run = flags.run ?? (env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : undefined);
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
/**
 * Builds a policy from a parsed YAML/JSON document (`required` as a list or comma string;
 * `max-age`/`maxAge` as a duration).
 * @throws InputError naming the field on a malformed value.
 */
function parsePolicy(doc, source) {
    if (!doc || typeof doc !== 'object')
        throw new errors/* InputError */.dz(source, undefined, 'a mapping with required and max-age');
    const d = doc;
    const req = d.required ?? [];
    const required = typeof req === 'string' ? req.split(',').map((s) => s.trim()).filter(Boolean) : Array.isArray(req) ? req.map(String) : null;
    if (!required)
        throw new errors/* InputError */.dz(source, 'required', 'a list of kinds or a comma-separated string');
    const age = d['max-age'] ?? d.maxAge;
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
 * of trusted keys. One report, four file buckets (ok, missing, mismatched, unexpected), the
 * status of every signature, an N-of-keys threshold, key validity windows, and an optional
 * evidence policy (required kinds, maximum age).
 */












const DISCLOSURE_FILE = 'disclosure.intoto.jsonl';
function checkSignatures(env, trusted, createdAt, required) {
    const v = (0,dsse/* verifyEnvelope */.FY)(env, trusted);
    const at = createdAt ? Date.parse(createdAt) / 1000 : NaN;
    const inWindow = new Set();
    const signatures = v.signatures.map((s) => {
        if (s.status !== 'valid' || !s.key)
            return { keyid: s.keyid, status: s.status };
        if (!Number.isFinite(at) || !(0,core_keys/* keyValidAt */.je)(s.key, at))
            return { keyid: s.keyid, status: 'outside-validity' };
        inWindow.add(s.key.kid);
        return { keyid: s.keyid, status: 'valid' };
    });
    return { payload: v.payload, signatures, threshold: { required, valid: inWindow.size, ok: inWindow.size >= required } };
}
async function compareFiles(root, entries) {
    const digests = await (0,digest/* sha256Files */.Rs)(entries.map((e) => (0,external_node_path_.join)(root, e.path)));
    const files = { ok: [], missing: [], mismatched: [], unexpected: [] };
    entries.forEach((e, i) => {
        const d = digests[i];
        if (d.error)
            files.missing.push(e.path);
        else if (d.hex !== e.sha256)
            files.mismatched.push({ path: e.path, expected: e.sha256, actual: d.hex, expectedSize: e.size, actualSize: d.size });
        else
            files.ok.push(e.path);
    });
    return files;
}
function tryStatement(payload, source, type) {
    try {
        return (0,core_statement/* parseStatement */.By)(payload, source, type);
    }
    catch {
        return undefined;
    }
}
/**
 * Verifies a pack directory (evidence.intoto.jsonl) or a disclosure (disclosure.intoto.jsonl).
 * @throws InputError (exit 2) when the pack is missing, truncated or not DSSE; every other
 *   problem (bad signature, tampered payload, changed files) is a failed verdict (exit 1).
 */
async function verifyPack(opts) {
    const required = opts.threshold ?? 1;
    if (!Number.isInteger(required) || required < 1)
        throw new errors/* InputError */.dz(undefined, 'threshold', 'a whole number >= 1');
    let packFile = (0,external_node_path_.join)(opts.packDir, PACK_FILE);
    let text;
    try {
        text = await (0,fsx.readText)(packFile, 'evidence pack');
    }
    catch (e) {
        const alt = (0,external_node_path_.join)(opts.packDir, DISCLOSURE_FILE);
        try {
            text = await (0,fsx.readText)(alt, 'disclosure pack');
            packFile = alt;
        }
        catch {
            throw e;
        }
    }
    const env = (0,core_statement/* parseJsonlEnvelope */.e5)(text, packFile);
    const lines = text.split('\n').filter((l) => l.trim());
    // what kind of pack is it? Decide from the (unverified) payload type only to route; everything is re-checked.
    const peek = tryStatement(Buffer.from(env.payload, 'base64'), packFile, ROOT_PREDICATE);
    if (peek)
        return verifyDisclosure(opts, packFile, env, lines, required);
    const { report, problems, st, payload } = startReport('manifest', packFile, env, opts, required, MANIFEST_PREDICATE);
    if (!st || !Array.isArray(st.predicate?.files) || st.predicate.files.length !== st.subject.length) {
        problems.push('the payload is not a valid evidence manifest (tampered or foreign)');
        return report;
    }
    report.release = st.predicate.release;
    report.manifestDigest = (0,digest/* sha256Hex */.fg)(payload);
    const root = opts.root ?? opts.cwd ?? process.cwd();
    const entries = st.subject.map((s, i) => ({ path: s.name, sha256: s.digest.sha256, size: st.predicate.files[i].size }));
    report.files = await compareFiles(root, entries);
    // unexpected: files the pack's own patterns collect today that it does not list
    const listed = new Set(entries.map((e) => e.path));
    report.files.unexpected = (await collectNow(root, st.predicate.collection)).filter((p) => !listed.has(p));
    // Merkle commitment matches the subjects, and line 2 (the root statement) matches it
    const files = st.subject.map((s, i) => ({ ...st.predicate.files[i], path: s.name, sha256: s.digest.sha256 }));
    const computed = Buffer.from(rootFromLeafHashes(fileLeafHashes(files))).toString('hex');
    report.merkle = { root: computed, ok: computed === st.predicate.merkle?.root };
    if (lines[1]) {
        let rootEnv;
        try {
            rootEnv = (0,dsse/* parseEnvelope */.mE)(JSON.parse(lines[1]), `${packFile} line 2`);
        }
        catch {
            report.merkle.ok = false;
        }
        if (rootEnv) {
            const rs = checkSignatures(rootEnv, opts.trusted, st.predicate.release.createdAt, required);
            const rst = tryStatement(rs.payload, packFile, ROOT_PREDICATE);
            if (!rs.threshold.ok || !rst || rst.predicate.merkle.root !== computed || rst.predicate.manifest.sha256 !== report.manifestDigest)
                report.merkle.ok = false;
        }
    }
    if (!report.merkle.ok)
        problems.push('the Merkle root statement does not match the manifest');
    describeFileProblems(report, problems);
    if (opts.policy) {
        report.policy = checkPolicy(opts.policy, files.filter((f) => report.files.ok.includes(f.path)), st.predicate.release, opts.now ?? new Date());
        problems.push(...report.policy.problems);
    }
    report.verdict = problems.length ? 'failed' : 'verified';
    return report;
}
/**
 * What the pack's collection rules match under root today: globs and directories are re-expanded;
 * literal file paths are already listed (or reported missing).
 */
async function collectNow(root, collection) {
    const patterns = [];
    for (const p of collection.patterns) {
        if (/[*?[\]{}!]/.test(p))
            patterns.push(p);
        else if (await isDirectory((0,external_node_path_.join)(root, p)))
            patterns.push(`${p.replace(/\/+$/, '')}/**`);
    }
    return patterns.length ? (0,fsx/* expandPaths */.pR)(patterns, { root, exclude: collection.exclude, symlinks: 'skip' }) : [];
}
async function isDirectory(p) {
    try {
        return (await (0,promises_.lstat)(p)).isDirectory();
    }
    catch {
        return false;
    }
}
/**
 * Checks the envelope's signatures (dated by the payload's own createdAt) and starts a report;
 * `st` is the statement only when the verified payload parses as `predicateType`.
 */
function startReport(kind, packFile, env, opts, required, predicateType) {
    // the payload is parsed once: its createdAt dates the signatures, and its files are reported
    // whatever the signatures say (a failed threshold fails the verdict on its own)
    const unverified = tryStatement((0,dsse/* decodeBase64 */.y4)(env.payload) ?? new Uint8Array(), packFile, predicateType);
    const sig = checkSignatures(env, opts.trusted, unverified?.predicate?.release?.createdAt, required);
    const problems = [];
    const report = {
        pack: packFile,
        kind,
        trust: opts.trust,
        signatures: sig.signatures,
        threshold: sig.threshold,
        files: { ok: [], missing: [], mismatched: [], unexpected: [] },
        verdict: 'failed',
        problems,
    };
    describeSignatureProblems(report, problems);
    return { report, problems, payload: sig.payload, st: unverified };
}
function describeSignatureProblems(report, problems) {
    const t = report.threshold;
    if (!t.ok) {
        const bad = report.signatures.filter((s) => s.status !== 'valid').map((s) => `${s.keyid ?? '(no keyid)'}: ${s.status}`);
        problems.push(`signatures: ${t.valid} of the required ${t.required} trusted keys signed${bad.length ? ` (${bad.join('; ')})` : ''}`);
    }
}
function describeFileProblems(report, problems) {
    const f = report.files;
    if (f.missing.length)
        problems.push(`missing: ${f.missing.join(', ')}`);
    if (f.mismatched.length)
        problems.push(`mismatched: ${f.mismatched.map((m) => m.path).join(', ')}`);
    if (f.unexpected.length)
        problems.push(`unexpected: ${f.unexpected.join(', ')}`);
}
async function verifyDisclosure(opts, packFile, env, lines, required) {
    const { report, problems, st } = startReport('disclosure', packFile, env, opts, required, ROOT_PREDICATE);
    if (!st) {
        problems.push('the payload is not a valid Merkle root statement');
        return report;
    }
    report.release = st.predicate.release;
    let doc;
    try {
        doc = JSON.parse(lines[1] ?? '');
        if (doc.format !== DISCLOSURE_FORMAT || !Array.isArray(doc.entries))
            throw new Error();
    }
    catch {
        throw new errors/* InputError */.dz(packFile, 'line 2', `a disclosure document (${DISCLOSURE_FORMAT})`);
    }
    report.disclosure = { ...doc.disclosure, entries: doc.entries.length };
    const rootHex = st.predicate.merkle.root;
    const rootBytes = Buffer.from(rootHex, 'hex');
    const proven = [];
    for (const e of doc.entries) {
        const leaf = leafHash(leafBytes(e));
        const proof = (e.proof ?? []).map((h) => new Uint8Array(Buffer.from(h, 'hex')));
        if (verifyInclusion(e.index, st.predicate.merkle.treeSize, leaf, proof, rootBytes))
            proven.push(e);
        else
            problems.push(`${e.path}: its inclusion proof does not lead to the signed Merkle root`);
    }
    report.merkle = { root: rootHex, ok: proven.length === doc.entries.length };
    const root = opts.root ?? (0,external_node_path_.join)(opts.packDir, 'files');
    report.files = await compareFiles(root, doc.entries);
    try {
        const listed = new Set(doc.entries.map((e) => e.path));
        report.files.unexpected = (await (0,fsx/* expandPaths */.pR)(['**'], { root, symlinks: 'skip' })).filter((p) => !listed.has(p));
    }
    catch {
        /* no files directory: every entry is reported missing */
    }
    describeFileProblems(report, problems);
    if (opts.policy) {
        report.policy = checkPolicy(opts.policy, proven.filter((f) => report.files.ok.includes(f.path)), st.predicate.release, opts.now ?? new Date());
        problems.push(...report.policy.problems);
    }
    report.verdict = problems.length ? 'failed' : 'verified';
    return report;
}

;// CONCATENATED MODULE: ./src/evidence/disclose.ts
/**
 * Scoped disclosure (seed v1.0.0 "GET /disclosure?region=US&tenant=... deterministically filters
 * artifacts"): derives, from a verified pack, a pack for one region (and optionally one tenant)
 * holding only its files, their RFC 6962 inclusion proofs, and the signed Merkle-root statement.
 * Other tenants' files appear only as sibling hashes, never by name.
 */









/**
 * Verifies the pack, selects files whose labels match, and writes OUT/disclosure.intoto.jsonl,
 * OUT/jwks.json and OUT/files/<path>.
 * @throws InputError when the pack does not verify, nothing matches, or OUT already holds a disclosure.
 */
async function disclose(opts) {
    const report = await verifyPack({ packDir: opts.packDir, root: opts.root, trusted: opts.trusted, trust: opts.trust });
    if (report.kind !== 'manifest')
        throw new errors/* InputError */.dz(opts.packDir, undefined, 'a full evidence pack (not a disclosure)');
    if (report.verdict !== 'verified')
        throw new errors/* InputError */.dz(opts.packDir, undefined, `a pack that verifies before disclosure (${report.problems.join('; ')})`);
    const text = await (0,fsx.readText)(report.pack, 'evidence pack');
    const env = (0,core_statement/* parseJsonlEnvelope */.e5)(text, report.pack);
    const st = (0,core_statement/* parseStatement */.By)(Buffer.from(env.payload, 'base64'), report.pack, MANIFEST_PREDICATE);
    const rootLine = text.split('\n')[1];
    if (!rootLine?.trim())
        throw new errors/* InputError */.dz(report.pack, 'line 2', 'the signed Merkle root statement');
    const files = st.subject.map((s, i) => ({ ...st.predicate.files[i], path: s.name, sha256: s.digest.sha256 }));
    const leaves = fileLeafHashes(files);
    const selected = files
        .map((f, index) => ({ f, index }))
        .filter(({ f }) => f.labels.region === opts.region && (opts.tenant === undefined || f.labels.tenant === opts.tenant));
    if (!selected.length)
        throw new errors/* InputError */.dz(opts.packDir, 'labels', `at least one file labelled region=${opts.region}${opts.tenant ? ` tenant=${opts.tenant}` : ''}`);
    const out = (0,external_node_path_.join)(opts.outDir, DISCLOSURE_FILE);
    if (await (0,fsx/* exists */.t2)(out))
        throw new errors/* InputError */.dz(out, undefined, 'a path that does not exist yet (evidence is never overwritten)');
    const doc = {
        format: DISCLOSURE_FORMAT,
        disclosure: { region: opts.region, ...(opts.tenant !== undefined ? { tenant: opts.tenant } : {}) },
        treeSize: files.length,
        entries: selected.map(({ f, index }) => ({ ...f, index, proof: inclusionProof(leaves, index).map((h) => Buffer.from(h).toString('hex')) })),
    };
    for (const { f } of selected) {
        const dest = (0,external_node_path_.join)(opts.outDir, 'files', f.path);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(dest), { recursive: true });
        await (0,promises_.copyFile)((0,external_node_path_.join)(opts.root, f.path), dest);
    }
    await (0,fsx/* writeFileAtomic */.Zf)((0,external_node_path_.join)(opts.outDir, 'jwks.json'), (0,core_keys/* formatJwks */.Hu)(opts.trusted));
    await (0,fsx/* writeFileAtomic */.Zf)(out, `${rootLine.trim()}\n${JSON.stringify(doc)}\n`, { noClobber: true });
    return { file: out, entries: selected.length, report };
}

// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/util/base64url.js
var base64url = __webpack_require__(1445);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/util/errors.js
var util_errors = __webpack_require__(5674);
;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/lib/key_descriptor.js
function table(entries) {
  const out = { __proto__: null };
  for (const alg in entries)
    out[alg] = { ...entries[alg], alg };
  return out;
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/lib/jws_algorithms.js


const sig = [["verify"], ["sign"]];
function hmac(bits) {
  const subtle = { name: "HMAC", hash: `SHA-${bits}` };
  return { kty: ["oct"], secret: !0, subtle, signing: subtle, usages: sig };
}
function rsa(bits, saltLength) {
  const subtle = { name: saltLength ? "RSA-PSS" : "RSASSA-PKCS1-v1_5", hash: `SHA-${bits}` };
  return {
    kty: ["RSA"],
    subtle,
    signing: saltLength ? { ...subtle, saltLength } : subtle,
    usages: sig,
    minRsaBits: 2048
  };
}
function ecdsa(crv, bits) {
  return {
    kty: ["EC"],
    crv,
    subtle: { name: "ECDSA", namedCurve: crv },
    signing: { name: "ECDSA", hash: `SHA-${bits}` },
    usages: sig
  };
}
function eddsa() {
  const subtle = { name: "Ed25519" };
  return {
    kty: ["OKP"],
    crv: "Ed25519",
    subtle,
    signing: subtle,
    usages: sig
  };
}
function mldsa(parameterSet) {
  const subtle = { name: `ML-DSA-${parameterSet}` };
  return {
    kty: ["AKP"],
    subtle,
    signing: subtle,
    usages: sig
  };
}
const JWS = table({
  HS256: hmac(256),
  HS384: hmac(384),
  HS512: hmac(512),
  RS256: rsa(256),
  RS384: rsa(384),
  RS512: rsa(512),
  PS256: rsa(256, 32),
  PS384: rsa(384, 48),
  PS512: rsa(512, 64),
  ES256: ecdsa("P-256", 256),
  ES384: ecdsa("P-384", 384),
  ES512: ecdsa("P-521", 512),
  EdDSA: eddsa(),
  Ed25519: eddsa(),
  "ML-DSA-44": mldsa(44),
  "ML-DSA-65": mldsa(65),
  "ML-DSA-87": mldsa(87)
});
function jwsAlgorithm(alg) {
  const entry = typeof alg == "string" ? JWS[alg] : void 0;
  if (!entry)
    throw new util_errors/* JOSENotSupported */.T0(`alg ${alg} is not supported either by JOSE or your javascript runtime`);
  return entry;
}


// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/lib/validate.js
var validate = __webpack_require__(7784);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/lib/buffer_utils.js
var buffer_utils = __webpack_require__(7410);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/lib/key.js
var lib_key = __webpack_require__(7859);
;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/lib/jws_sign.js






async function createSignature(input, key, rejectUnencoded) {
  let [payload, protectedHeader, unprotectedHeader, crit] = input, encodedProtectedHeader = "";
  if (protectedHeader !== void 0) {
    const normalized = (0,validate/* serializeJoseHeader */.ji)(util_errors/* JWSInvalid */.Ye, protectedHeader);
    protectedHeader = normalized[0], encodedProtectedHeader = (0,base64url/* encode */.l)(normalized[1]);
  }
  if (unprotectedHeader !== void 0 && (unprotectedHeader = (0,validate/* serializeJoseHeader */.ji)(util_errors/* JWSInvalid */.Ye, unprotectedHeader)[0]), !protectedHeader && !unprotectedHeader)
    throw new util_errors/* JWSInvalid */.Ye("either setProtectedHeader or setUnprotectedHeader must be called before #sign()");
  if (!(0,validate/* isDisjoint */.fz)(protectedHeader, unprotectedHeader))
    throw new util_errors/* JWSInvalid */.Ye("JWS Protected and JWS Unprotected Header Parameter names must be disjoint");
  const joseHeader = { ...protectedHeader, ...unprotectedHeader };
  (0,validate/* validateCritDuplicates */.BU)(util_errors/* JWSInvalid */.Ye, protectedHeader);
  const b64 = (0,validate/* validateB64 */.J0)(protectedHeader, (0,validate/* validateCrit */.nI)(util_errors/* JWSInvalid */.Ye, validate/* JWS_RECOGNIZED */.qc, crit, protectedHeader, joseHeader));
  b64 || rejectUnencoded?.();
  const { alg } = joseHeader;
  if (typeof alg != "string" || !alg)
    throw new util_errors/* JWSInvalid */.Ye('JWS "alg" (Algorithm) Header Parameter missing or invalid');
  const entry = jwsAlgorithm(alg);
  let encodedPayload = "", signingPayload = payload, signingInput;
  if (b64) {
    const encodedPayloadCache = input[4];
    encodedPayloadCache ? (encodedPayload = encodedPayloadCache[0] ??= (0,base64url/* encode */.l)(payload), signingPayload = encodedPayloadCache[1] ??= (0,buffer_utils/* encode */.lF)(encodedPayload)) : (encodedPayload = (0,base64url/* encode */.l)(payload), signingInput = buffer_utils/* encoder */.Rd.encode(`${encodedProtectedHeader}.${encodedPayload}`));
  }
  signingInput ??= (0,buffer_utils/* concat */.xW)((0,buffer_utils/* encode */.lF)(encodedProtectedHeader), (0,buffer_utils/* encode */.lF)("."), signingPayload);
  const signingKey = await (0,lib_key/* rawKey */.GK)(await (0,lib_key/* prepareKey */.dT)(entry, key, "sign"), entry.subtle, "sign");
  entry.minRsaBits && (0,lib_key/* checkModulusLength */.or)(entry.alg, signingKey);
  const jws = {
    signature: (0,base64url/* encode */.l)(new Uint8Array(await crypto.subtle.sign(entry.signing, signingKey, signingInput))),
    payload: encodedPayload
  };
  return protectedHeader && (jws.protected = encodedProtectedHeader), unprotectedHeader && (jws.header = unprotectedHeader), [jws, b64];
}
async function createCompactSignature(payload, protectedHeader, crit, key, rejectUnencoded) {
  const [jws] = await createSignature([payload, protectedHeader, void 0, crit], key, rejectUnencoded);
  return `${jws.protected}.${jws.payload}.${jws.signature}`;
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/jws/compact/sign.js


class CompactSign {
  #payload;
  #protectedHeader;
  constructor(payload) {
    (0,validate/* assertUint8Array */.GT)(payload, "payload"), this.#payload = payload;
  }
  setProtectedHeader(protectedHeader) {
    return (0,validate/* assertNotSet */.ac)(this.#protectedHeader, "setProtectedHeader"), this.#protectedHeader = protectedHeader, this;
  }
  async sign(key, options) {
    return createCompactSignature(this.#payload, this.#protectedHeader, options?.crit, key, () => {
      throw new TypeError("use the flattened module for creating JWS with b64: false");
    });
  }
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/lib/jws_verify.js





function snapshotJws(jws, sharedPayload) {
  const encodedProtectedHeader = jws.protected, inputHeader = jws.header, header = isObject(inputHeader) ? { ...inputHeader } : inputHeader;
  let payload = sharedPayload ? sharedPayload[0] : jws.payload;
  !sharedPayload && payload instanceof Uint8Array && (payload = new Uint8Array(payload));
  const signature = jws.signature, snapshot = { payload, signature };
  if (encodedProtectedHeader !== void 0 && (snapshot.protected = encodedProtectedHeader), inputHeader !== void 0 && (snapshot.header = header), encodedProtectedHeader === void 0 && header === void 0)
    throw new JWSInvalid('Flattened JWS must have either of the "protected" or "header" members');
  if (encodedProtectedHeader !== void 0 && typeof encodedProtectedHeader != "string")
    throw new JWSInvalid("JWS Protected Header incorrect type");
  if (payload === void 0)
    throw new JWSInvalid("JWS Payload missing");
  if (typeof signature != "string")
    throw new JWSInvalid("JWS Signature missing or incorrect type");
  if (header !== void 0 && !isObject(header))
    throw new JWSInvalid("JWS Unprotected Header incorrect type");
  return snapshot;
}
function prepareVerify(options) {
  return [options && (0,validate/* validateAlgorithms */.Fw)("algorithms", options.algorithms), options?.crit];
}
function parseProtectedHeader(encodedProtectedHeader) {
  return encodedProtectedHeader === void 0 ? {} : (0,validate/* parseJoseHeader */.OX)(encodedProtectedHeader, util_errors/* JWSInvalid */.Ye, "JWS Protected Header is invalid");
}
function encodeJsonUnencodedPayload(payload) {
  const invalid = /[\p{Cs}\p{Cn}]/u.exec(payload)?.[0];
  if (invalid !== void 0)
    throw new JWSInvalid(/\p{Cs}/u.test(invalid) ? "JWS Payload must be a well-formed Unicode string" : "JWS Payload must not contain unassigned Unicode code points");
  return encoder.encode(payload);
}
function encodeCompactUnencodedPayload(payload) {
  try {
    return (0,buffer_utils/* encode */.lF)(payload);
  } catch (cause) {
    throw new util_errors/* JWSInvalid */.Ye("JWS Compact Serialization payload must use only ASCII characters", {
      cause
    });
  }
}
async function verifySignature(jws, shared, key, encodeUnencodedPayload, parsedProtected) {
  const { protected: encodedProtectedHeader, header, payload: inputPayload } = jws, protectedHeader = parsedProtected ?? parseProtectedHeader(encodedProtectedHeader);
  if (!(0,validate/* isDisjoint */.fz)(protectedHeader, header))
    throw new util_errors/* JWSInvalid */.Ye("JWS Protected and JWS Unprotected Header Parameter names must be disjoint");
  const joseHeader = { ...protectedHeader, ...header }, b64 = (0,validate/* validateB64 */.J0)(protectedHeader, (0,validate/* validateCrit */.nI)(util_errors/* JWSInvalid */.Ye, validate/* JWS_RECOGNIZED */.qc, shared[1], protectedHeader, joseHeader)), { alg } = joseHeader;
  if (typeof alg != "string" || !alg)
    throw new util_errors/* JWSInvalid */.Ye('JWS "alg" (Algorithm) Header Parameter missing or invalid');
  if (shared[0] && !shared[0].has(alg))
    throw new util_errors/* JOSEAlgNotAllowed */.Rb('"alg" (Algorithm) Header Parameter value not allowed');
  if (b64) {
    if (typeof inputPayload != "string")
      throw new util_errors/* JWSInvalid */.Ye("JWS Payload must be a string");
  } else if (typeof inputPayload != "string" && !(inputPayload instanceof Uint8Array))
    throw new util_errors/* JWSInvalid */.Ye("JWS Payload must be a string or an Uint8Array instance");
  const signingPayload = b64 || typeof inputPayload != "string" ? inputPayload : encodeUnencodedPayload(inputPayload);
  let resolvedKey = !1;
  typeof key == "function" && (key = await key(protectedHeader, jws), resolvedKey = !0);
  const entry = jwsAlgorithm(alg), signingInput = (0,buffer_utils/* concat */.xW)(encodedProtectedHeader !== void 0 ? (0,buffer_utils/* encode */.lF)(encodedProtectedHeader) : new Uint8Array(), (0,buffer_utils/* encode */.lF)("."), typeof signingPayload == "string" ? shared[2] ??= (0,validate/* encodeAsciiMember */.MV)(signingPayload, "payload", util_errors/* JWSInvalid */.Ye) : signingPayload), signature = (0,validate/* decodeBase64url */.h2)(jws.signature, "signature", util_errors/* JWSInvalid */.Ye), verificationKey = await (0,lib_key/* prepareKey */.dT)(entry, key, "verify"), cryptoKey = await (0,lib_key/* rawKey */.GK)(verificationKey, entry.subtle, "verify");
  entry.minRsaBits && (0,lib_key/* checkModulusLength */.or)(entry.alg, cryptoKey);
  let verified = !1;
  try {
    verified = await crypto.subtle.verify(entry.signing, cryptoKey, signature, signingInput);
  } catch (cause) {
    throw new util_errors/* JWSSignatureVerificationFailed */.h2(void 0, { cause });
  }
  if (!verified)
    throw new util_errors/* JWSSignatureVerificationFailed */.h2();
  const result = { payload: typeof signingPayload == "string" ? (0,validate/* decodeBase64url */.h2)(signingPayload, "payload", util_errors/* JWSInvalid */.Ye) : signingPayload };
  return encodedProtectedHeader !== void 0 && (result.protectedHeader = protectedHeader), header !== void 0 && (result.unprotectedHeader = header), resolvedKey ? [{ ...result, key: verificationKey }, b64] : [result, b64];
}
async function verifyCompact(jws, shared, key) {
  if (jws instanceof Uint8Array && (jws = buffer_utils/* decoder */.D0.decode(jws)), typeof jws != "string")
    throw new util_errors/* JWSInvalid */.Ye("Compact JWS must be a string or Uint8Array");
  const { 0: protectedHeader, 1: payload, 2: signature, length } = jws.split(".");
  if (length !== 3)
    throw new util_errors/* JWSInvalid */.Ye("Invalid Compact JWS");
  return verifySignature({ payload, protected: protectedHeader, signature }, shared, key, encodeCompactUnencodedPayload);
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/jws/compact/verify.js

async function compactVerify(jws, key, options) {
  const [result] = await verifyCompact(jws, prepareVerify(options), key);
  return result;
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/lib/jwe_algorithms.js


const wrap = [
  ["encrypt", "wrapKey"],
  ["decrypt", "unwrapKey"]
], derive = [[], ["deriveBits"]], none = [[], []];
function rsaes(bits) {
  return {
    kty: ["RSA"],
    mode: "key-encryption",
    subtle: { name: "RSA-OAEP", hash: `SHA-${bits}` },
    usages: wrap,
    ops: ["wrapKey", "unwrapKey"]
  };
}
function ecdh(mode) {
  return {
    kty: ["EC", "OKP"],
    mode,
    subtle: { name: "ECDH" },
    resolve: ({ kty, crv, asymmetricKeyType }) => {
      if (crv === "X25519" || asymmetricKeyType === "x25519")
        return { name: "X25519" };
      if (kty === "OKP")
        throw new util_errors/* JOSENotSupported */.T0('Invalid or unsupported JWK "alg" (Algorithm) Parameter value');
      return { name: "ECDH", namedCurve: crv };
    },
    usages: derive,
    ops: [void 0, "deriveBits"]
  };
}
function aeskw(bits, gcm = !1) {
  return {
    kty: ["oct"],
    mode: "key-wrapping",
    secret: !0,
    subtle: { name: gcm ? "AES-GCM" : "AES-KW", length: bits },
    usages: none,
    ops: gcm ? ["encrypt", "decrypt"] : ["wrapKey", "unwrapKey"]
  };
}
function pbes2() {
  return {
    kty: ["oct"],
    mode: "key-wrapping",
    secret: !0,
    subtle: { name: "PBKDF2" },
    usages: none,
    ops: ["deriveBits", "deriveBits"]
  };
}
const JWE = table({
  dir: {
    kty: ["oct"],
    mode: "direct-encryption",
    secret: !0,
    subtle: { name: "AES-GCM" },
    usages: none,
    ops: ["encrypt", "decrypt"]
  },
  "RSA-OAEP": rsaes(1),
  "RSA-OAEP-256": rsaes(256),
  "RSA-OAEP-384": rsaes(384),
  "RSA-OAEP-512": rsaes(512),
  "ECDH-ES": ecdh("direct-key-agreement"),
  "ECDH-ES+A128KW": ecdh("key-agreement-with-key-wrapping"),
  "ECDH-ES+A192KW": ecdh("key-agreement-with-key-wrapping"),
  "ECDH-ES+A256KW": ecdh("key-agreement-with-key-wrapping"),
  A128KW: aeskw(128),
  A192KW: aeskw(192),
  A256KW: aeskw(256),
  A128GCMKW: aeskw(128, !0),
  A192GCMKW: aeskw(192, !0),
  A256GCMKW: aeskw(256, !0),
  "PBES2-HS256+A128KW": pbes2(),
  "PBES2-HS384+A192KW": pbes2(),
  "PBES2-HS512+A256KW": pbes2()
}), contentOps = ["encrypt", "decrypt"];
function contentEncryption(bits, cbc = !1) {
  return {
    kty: ["oct"],
    secret: !0,
    subtle: { name: cbc ? "AES-CBC" : "AES-GCM", length: bits },
    usages: none,
    ops: contentOps,
    cekBits: bits,
    ivBits: cbc ? 128 : 96,
    cbc
  };
}
const ENC = table({
  A128GCM: contentEncryption(128),
  A192GCM: contentEncryption(192),
  A256GCM: contentEncryption(256),
  "A128CBC-HS256": contentEncryption(256, !0),
  "A192CBC-HS384": contentEncryption(384, !0),
  "A256CBC-HS512": contentEncryption(512, !0)
});
function unsupported(parameter, name) {
  throw new JOSENotSupported(`Invalid or unsupported "${parameter}" (JWE ${name}) header value`);
}
function jweAlgorithm(alg) {
  return (typeof alg == "string" ? JWE[alg] : void 0) ?? unsupported("alg", "Algorithm");
}
function isJWECEKTransport(algorithm) {
  return algorithm.mode === "key-wrapping" || algorithm.mode === "key-encryption" || algorithm.mode === "key-agreement-with-key-wrapping";
}
function jweEncryption(enc) {
  return (typeof enc == "string" ? ENC[enc] : void 0) ?? unsupported("enc", "Encryption Algorithm");
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/lib/key_algorithm.js



const algArgument = '"alg" (Algorithm)';
function unsupportedAlg(source = 'JWK "alg" (Algorithm) Parameter') {
  throw new util_errors/* JOSENotSupported */.T0(`Invalid or unsupported ${source} value`);
}
function keyAlgorithm(alg, source) {
  return (typeof alg == "string" ? JWS[alg] ?? JWE[alg] : void 0) ?? unsupportedAlg(source);
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/key/import.js






async function importSPKI(spki, alg, options) {
  if (typeof spki != "string" || spki.indexOf("-----BEGIN PUBLIC KEY-----") !== 0)
    throw new TypeError('"spki" must be SPKI formatted string');
  return fromSPKI(spki, alg, options);
}
async function importX509(x509, alg, options) {
  if (typeof x509 != "string" || x509.indexOf("-----BEGIN CERTIFICATE-----") !== 0)
    throw new TypeError('"x509" must be X.509 formatted string');
  return fromX509(x509, alg, options);
}
async function importPKCS8(pkcs8, alg, options) {
  if (typeof pkcs8 != "string" || pkcs8.indexOf("-----BEGIN PRIVATE KEY-----") !== 0)
    throw new TypeError('"pkcs8" must be PKCS#8 formatted string');
  return fromPKCS8(pkcs8, alg, options);
}
async function importJWK(jwk, alg, options) {
  if (!(0,validate/* isObject */.Gv)(jwk))
    throw new TypeError("JWK must be an object");
  const normalized = (0,lib_key/* normalizeJwk */.oX)(jwk), extractable = (0,lib_key/* validateExtractableOption */.l)(options?.extractable), { alg: jwkAlg } = normalized;
  if (alg ??= jwkAlg, normalized.kty !== "oct" && !alg)
    throw new TypeError('"alg" argument is required when "jwk.alg" is not present');
  switch (normalized.kty) {
    case "oct":
      if (typeof normalized.k != "string")
        throw new TypeError('missing "k" (Key Value) Parameter value');
      return (0,base64url/* decode */.D)(normalized.k);
    case "AKP": {
      if (typeof jwkAlg != "string" || !jwkAlg)
        throw new TypeError('missing "alg" (Algorithm) Parameter value');
      if (alg !== jwkAlg)
        throw new TypeError("JWK alg and alg option value mismatch");
      return (0,lib_key/* jwkToKey */.xY)(keyAlgorithm(alg), normalized, extractable);
    }
    case "RSA":
    case "EC":
    case "OKP":
      return (0,lib_key/* jwkToKey */.xY)(keyAlgorithm(alg), normalized, extractable);
    default:
      throw new util_errors/* JOSENotSupported */.T0('Unsupported "kty" (Key Type) Parameter value');
  }
}


;// CONCATENATED MODULE: ./src/evidence/jws.ts
/**
 * Signed response tokens (seed v0.3.5): JWS with `alg: EdDSA` (RFC 8037) in compact
 * serialization with a detached payload (RFC 7515 appendix F): `header..signature`.
 * `kid` (the RFC 7638 thumbprint) is always in the protected header. Uses the jose library.
 */




/** Signs `payload` and returns the compact JWS with the payload part removed. */
async function signDetached(payload, key) {
    const keyObject = (0,external_node_crypto_.createPrivateKey)({ key: { kty: 'OKP', crv: 'Ed25519', x: key.publicKey.jwk.x, d: Buffer.from(key.seed).toString('base64url') }, format: 'jwk' });
    const jws = await new CompactSign(payload).setProtectedHeader({ alg: 'EdDSA', kid: key.kid }).sign(keyObject);
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
    let header;
    try {
        header = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8'));
    }
    catch {
        throw new errors/* InputError */.dz(undefined, 'token', 'a base64url JSON protected header');
    }
    if (header.alg !== 'EdDSA')
        return { ok: false, reason: `alg is ${header.alg}, expected EdDSA` };
    if (!header.kid)
        return { ok: false, reason: 'the protected header has no kid' };
    const key = keys.find((k) => k.kid === header.kid);
    if (!key)
        return { ok: false, kid: header.kid, reason: `kid ${header.kid} is not in the JWKS` };
    if (!(0,core_keys/* keyValidAt */.je)(key, now.getTime() / 1000))
        return { ok: false, kid: header.kid, reason: `key ${header.kid} is outside its validity window` };
    const attached = `${parts[0]}.${Buffer.from(payload).toString('base64url')}.${parts[2]}`;
    try {
        await compactVerify(attached, await importJWK({ kty: 'OKP', crv: 'Ed25519', x: key.jwk.x }, 'EdDSA'), { algorithms: ['EdDSA'] });
        return { ok: true, kid: header.kid };
    }
    catch {
        return { ok: false, kid: header.kid, reason: 'signature does not verify' };
    }
}

;// CONCATENATED MODULE: ./src/evidence/options.ts
/**
 * Option parsing shared by the evidence-pack action and the `mc evidence` commands, so both
 * read kinds, labels and trust the same way.
 */







/**
 * Parses `GLOB=KIND` kind rules and `GLOB=KEY=VALUE` label rules (in that order of precedence).
 * @throws UsageError on a malformed entry.
 */
function parseRules(kinds, labels) {
    const rules = [];
    for (const k of kinds) {
        const i = k.lastIndexOf('=');
        if (i <= 0 || i === k.length - 1)
            throw new errors/* UsageError */.eb(`kind rule '${k}': expected GLOB=KIND`);
        rules.push({ glob: k.slice(0, i), kind: k.slice(i + 1) });
    }
    for (const l of labels) {
        const m = /^(.+)=([^=]+)=(.*)$/.exec(l);
        if (!m)
            throw new errors/* UsageError */.eb(`label rule '${l}': expected GLOB=KEY=VALUE`);
        rules.push({ glob: m[1], labels: { [m[2]]: m[3] } });
    }
    return rules;
}
/**
 * Trusted keys for verification: the given JWKS, else the pack's own jwks.json (integrity only).
 * @throws InputError when the JWKS cannot be read or holds no Ed25519 key.
 */
async function trustedKeys(packDir, jwks) {
    if (!jwks && !(await (0,fsx/* exists */.t2)((0,external_node_path_.join)(packDir, PACK_FILE))) && !(await (0,fsx/* exists */.t2)((0,external_node_path_.join)(packDir, DISCLOSURE_FILE)))) {
        throw new errors/* InputError */.dz(packDir, undefined, `an evidence pack directory (${PACK_FILE} or ${DISCLOSURE_FILE})`);
    }
    const file = jwks || (0,external_node_path_.join)(packDir, JWKS_FILE);
    const keys = await (0,core_keys/* readJwksFile */.Yg)(file);
    if (!keys.length)
        throw new errors/* InputError */.dz(file, 'keys', 'at least one Ed25519 key');
    return { keys, trust: jwks ? 'given-jwks' : 'pack-jwks' };
}
/** A policy from a file and/or flags (flags add to the file's). */
async function loadPolicy(file, requireKinds, maxAge) {
    if (!file && !requireKinds && !maxAge)
        return undefined;
    const policy = file ? parsePolicy(await (0,fsx/* readJsonOrYaml */.rR)(file, 'evidence policy'), file) : { required: [] };
    if (requireKinds)
        policy.required.push(...requireKinds.split(',').map((s) => s.trim()).filter(Boolean));
    if (maxAge)
        policy.maxAgeSeconds = parseDuration(maxAge, 'max-age');
    return policy;
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
        out.push('> [!WARNING]\n> Keys were taken from the pack\'s own `jwks.json`: this proves integrity, not who signed. Pass a trusted JWKS.\n');
    out.push(`**Signatures:** ${r.threshold.valid} of ${r.threshold.required} required trusted keys\n`);
    out.push((0,report/* mdTable */.gJ)(['keyid', 'status'], r.signatures.map((s) => [s.keyid ?? '(none)', s.status])));
    const f = r.files;
    out.push((0,report/* mdTable */.gJ)(['ok', 'missing', 'mismatched', 'unexpected'], [[f.ok.length, f.missing.length, f.mismatched.length, f.unexpected.length]]));
    const rows = [
        ...f.missing.map((p) => ['missing', p, '']),
        ...f.mismatched.map((m) => ['mismatched', m.path, `sha256 ${render_short(m.expected)} → ${render_short(m.actual)}, ${m.expectedSize ?? '?'} → ${m.actualSize} bytes`]),
        ...f.unexpected.map((p) => ['unexpected', p, '']),
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
        `files: ${f.ok.length} ok, ${f.missing.length} missing, ${f.mismatched.length} mismatched, ${f.unexpected.length} unexpected`,
    ];
    if (r.trust === 'pack-jwks')
        lines.push("warning: keys taken from the pack's own jwks.json (integrity only); pass --jwks with trusted keys");
    for (const p of r.problems)
        lines.push(`  - ${p}`);
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/cli/cli.ts
var cli = __webpack_require__(8724);
;// CONCATENATED MODULE: ./src/cli/commands/evidence.ts
/**
 * `mc keygen`, `mc jwks retire`, `mc evidence pack|verify|disclose`, `mc jws sign|verify`:
 * thin commands over src/evidence and src/core/keys.
 */












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
        const key = await (0,core_keys/* generateKey */.rh)();
        const previous = values['add-to'] ? await (0,core_keys/* readJwksFile */.Yg)((0,external_node_path_.resolve)(io.cwd, values['add-to'])) : [];
        await (0,fsx/* writeFileAtomic */.Zf)((0,external_node_path_.join)(dir, 'private.pem'), (0,core_keys/* privateKeyPem */.nQ)(key), { noClobber: true });
        await (0,fsx/* writeFileAtomic */.Zf)((0,external_node_path_.join)(dir, 'public.pem'), (0,core_keys/* publicKeyPem */.rY)(key.publicKey));
        await (0,fsx/* writeFileAtomic */.Zf)((0,external_node_path_.join)(dir, 'jwks.json'), (0,core_keys/* formatJwks */.Hu)([...previous.filter((k) => k.kid !== key.kid), key.publicKey]));
        io.stdout(`kid ${key.kid}\nwrote ${(0,external_node_path_.join)(values.out, 'private.pem')} (keep secret), public.pem, jwks.json\n`);
        return errors/* ExitCode */.yU.Pass;
    },
};
const jwksRetire = {
    name: 'jwks retire',
    summary: "retire a key: set its exp so signatures made after it no longer verify (the key stays in the set)",
    usage: 'mc jwks retire --jwks JWKS.json --kid KID [--at RFC3339] [--out FILE]',
    async run(argv, io) {
        const { values } = (0,cli/* parseCliArgs */.h)(argv, { jwks: { type: 'string' }, kid: { type: 'string' }, at: { type: 'string' }, out: { type: 'string' } }, this.usage, false);
        if (!values.jwks || !values.kid)
            throw new errors/* UsageError */.eb(`--jwks and --kid are required\nusage: ${this.usage}`);
        const file = (0,external_node_path_.resolve)(io.cwd, values.jwks);
        const keys = await (0,core_keys/* readJwksFile */.Yg)(file);
        const key = keys.find((k) => k.kid === values.kid);
        if (!key)
            throw new errors/* InputError */.dz(file, 'keys', `a key with kid ${values.kid}`);
        const at = values.at ? Date.parse(values.at) : Date.now();
        if (Number.isNaN(at))
            throw new errors/* UsageError */.eb(`--at: expected an RFC 3339 time, found '${values.at}'`);
        key.jwk.exp = Math.floor(at / 1000);
        await (0,fsx/* writeFileAtomic */.Zf)(values.out ? (0,external_node_path_.resolve)(io.cwd, values.out) : file, (0,core_keys/* formatJwks */.Hu)(keys));
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
        const keys = await Promise.all(values.key.map((k) => (0,core_keys/* readPrivateKeyFile */.Pb)((0,external_node_path_.resolve)(io.cwd, k))));
        const outDir = (0,external_node_path_.resolve)(io.cwd, values.out);
        const built = await buildPack({
            root: (0,external_node_path_.resolve)(io.cwd, values.root ?? '.'),
            patterns: positionals,
            exclude: values.exclude,
            rules: parseRules(values.kind ?? [], values.label ?? []),
            release: releaseFromEnv({ name: values.name, version: values.version, commit: values.commit, run: values.run, createdAt: values['created-at'] }, io.env),
            keys,
            outDir,
        });
        const { packFile } = await writePack(outDir, built, keys);
        io.stdout(`packed ${built.files.length} files into ${packFile}\nmanifest sha256:${built.manifestDigest}\nsigned by ${keys.map((k) => k.kid).join(', ')}\n`);
        return errors/* ExitCode */.yU.Pass;
    },
};
const verify = {
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
        const packDir = (0,external_node_path_.resolve)(io.cwd, positionals[0]);
        const threshold = values.threshold === undefined ? 1 : Number(values.threshold);
        const { keys, trust } = await trustedKeys(packDir, values.jwks && (0,external_node_path_.resolve)(io.cwd, values.jwks));
        const report = await verifyPack({
            packDir,
            root: values.root ? (0,external_node_path_.resolve)(io.cwd, values.root) : undefined,
            cwd: io.cwd,
            trusted: keys,
            trust,
            threshold,
            policy: await loadPolicy(values.policy && (0,external_node_path_.resolve)(io.cwd, values.policy), values['require-kinds'], values['max-age']),
        });
        io.stdout(format === 'json' ? JSON.stringify(report, null, 2) + '\n' : format === 'markdown' ? verifyMarkdown(report) : verifyText(report));
        return report.verdict === 'verified' ? errors/* ExitCode */.yU.Pass : errors/* ExitCode */.yU.Fail;
    },
};
const discloseCmd = {
    name: 'evidence disclose',
    summary: "derive a region/tenant pack: only its files, with Merkle inclusion proofs against the signed root",
    usage: 'mc evidence disclose PACKDIR --region R [--tenant T] --out DIR [--root DIR] [--jwks FILE]',
    async run(argv, io) {
        const { values, positionals } = (0,cli/* parseCliArgs */.h)(argv, { region: { type: 'string' }, tenant: { type: 'string' }, out: { type: 'string' }, root: { type: 'string' }, jwks: { type: 'string' } }, this.usage);
        if (positionals.length !== 1 || !values.region || !values.out)
            throw new errors/* UsageError */.eb(`PACKDIR, --region and --out are required\nusage: ${this.usage}`);
        const packDir = (0,external_node_path_.resolve)(io.cwd, positionals[0]);
        const { keys, trust } = await trustedKeys(packDir, values.jwks && (0,external_node_path_.resolve)(io.cwd, values.jwks));
        const r = await disclose({ packDir, root: (0,external_node_path_.resolve)(io.cwd, values.root ?? '.'), region: values.region, tenant: values.tenant, outDir: (0,external_node_path_.resolve)(io.cwd, values.out), trusted: keys, trust });
        io.stdout(`disclosed ${r.entries} files for region=${values.region}${values.tenant ? ` tenant=${values.tenant}` : ''} into ${r.file}\n`);
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
        const key = await (0,core_keys/* readPrivateKeyFile */.Pb)((0,external_node_path_.resolve)(io.cwd, values.key));
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
        const keys = await (0,core_keys/* readJwksFile */.Yg)((0,external_node_path_.resolve)(io.cwd, values.jwks));
        await (0,fsx.readText)((0,external_node_path_.resolve)(io.cwd, values.payload), 'payload');
        const r = await verifyDetached(positionals[0], new Uint8Array(await (0,promises_.readFile)((0,external_node_path_.resolve)(io.cwd, values.payload))), keys);
        if (r.ok)
            io.stdout(`VERIFIED: signed by ${r.kid}\n`);
        else
            io.stdout(`FAILED: ${r.reason}\n`);
        return r.ok ? errors/* ExitCode */.yU.Pass : errors/* ExitCode */.yU.Fail;
    },
};
const commands = [keygen, jwksRetire, pack, verify, discloseCmd, jwsSign, jwsVerify];


/***/ }),

/***/ 2995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ canonicalBytes),
/* harmony export */   d: () => (/* binding */ canonicalJson)
/* harmony export */ });
/* harmony import */ var canonicalize__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8799);
/**
 * RFC 8785 JSON Canonicalization Scheme, through the `canonicalize` library.
 */

const canonicalize = canonicalize__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A;
/**
 * Serializes a JSON value per RFC 8785 (sorted keys by UTF-16 code units, ES number formatting).
 * @throws TypeError when the value is not representable as JSON (undefined, a function, a non-finite number).
 */
function canonicalJson(value) {
    const out = canonicalize(value);
    if (out === undefined)
        throw new TypeError('value is not representable as JSON');
    return out;
}
/** RFC 8785 canonical JSON as UTF-8 bytes. */
function canonicalBytes(value) {
    return new TextEncoder().encode(canonicalJson(value));
}


/***/ }),

/***/ 2622:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   By: () => (/* binding */ parseStatement),
/* harmony export */   UT: () => (/* binding */ makeStatement),
/* harmony export */   e5: () => (/* binding */ parseJsonlEnvelope),
/* harmony export */   fT: () => (/* binding */ signStatement),
/* harmony export */   he: () => (/* binding */ signStatementWithPayload)
/* harmony export */ });
/* unused harmony export STATEMENT_TYPE */
/* harmony import */ var _jcs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2995);
/* harmony import */ var _dsse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9394);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
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
    return (0,_dsse_js__WEBPACK_IMPORTED_MODULE_0__/* .signEnvelope */ .Yj)((0,_jcs_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalBytes */ .M)(statement), _dsse_js__WEBPACK_IMPORTED_MODULE_0__/* .INTOTO_PAYLOAD_TYPE */ .w9, keys);
}
/** Like {@link signStatement}, also returning the payload bytes (to digest them without serializing twice). */
function signStatementWithPayload(statement, keys) {
    const payload = (0,_jcs_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalBytes */ .M)(statement);
    return { envelope: (0,_dsse_js__WEBPACK_IMPORTED_MODULE_0__/* .signEnvelope */ .Yj)(payload, _dsse_js__WEBPACK_IMPORTED_MODULE_0__/* .INTOTO_PAYLOAD_TYPE */ .w9, keys), payload };
}
/**
 * Reads the DSSE envelope on line 1 of a `.intoto.jsonl` file (in-toto attestation bundle form).
 * @throws InputError when the first line is missing, not JSON, or not an envelope.
 */
function parseJsonlEnvelope(text, source) {
    const first = text.split('\n', 1)[0]?.trim();
    if (!first)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(source, 'line 1', 'a DSSE envelope (JSON)', { found: 'an empty file' });
    let json;
    try {
        json = JSON.parse(first);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(source, 'line 1', 'a DSSE envelope (JSON); the file is truncated or not JSON');
    }
    return (0,_dsse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseEnvelope */ .mE)(json, source);
}
/**
 * Parses and checks a Statement payload.
 * @throws InputError when it is not JSON, not a Statement v1, or its predicateType differs from `expectedType` (when given).
 */
function parseStatement(payload, source, expectedType) {
    let st;
    try {
        st = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(payload));
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(source, 'payload', 'an in-toto Statement (UTF-8 JSON)');
    }
    if (!st || st._type !== STATEMENT_TYPE)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(source, 'payload._type', STATEMENT_TYPE);
    if (!Array.isArray(st.subject))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(source, 'payload.subject', 'array');
    if (expectedType && st.predicateType !== expectedType)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(source, 'payload.predicateType', expectedType, { found: String(st.predicateType) });
    return st;
}


/***/ }),

/***/ 8799:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ canonicalize)
/* harmony export */ });
function hasLoneSurrogate (value) {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);

    if (code >= 0xD800 && code <= 0xDBFF) {
      if (i === value.length - 1) {
        return true;
      }
      const next = value.charCodeAt(i + 1);
      if (!(next >= 0xDC00 && next <= 0xDFFF)) {
        return true;
      }
      i++;
    } else if (code >= 0xDC00 && code <= 0xDFFF) {
      return true;
    }
  }

  return false;
}

function canonicalize (object, seen = new Set()) {
  if (typeof object === 'number' && isNaN(object)) {
    throw new Error('NaN is not allowed');
  }

  if (typeof object === 'number' && !isFinite(object)) {
    throw new Error('Infinity is not allowed');
  }

  if (typeof object === 'string' && hasLoneSurrogate(object)) {
    throw new Error('Lone surrogate is not allowed');
  }

  if (object === null || typeof object !== 'object') {
    return JSON.stringify(object);
  }

  if (typeof object.toJSON === 'function') {
    if (seen.has(object)) {
      throw new Error('Circular reference detected');
    }
    seen.add(object);
    const result = canonicalize(object.toJSON(), seen);
    seen.delete(object);
    return result;
  }

  if (seen.has(object)) {
    throw new Error('Circular reference detected');
  }
  seen.add(object);

  let result;
  if (Array.isArray(object)) {
    const values = object.map((cv) => {
      const value = cv === undefined || typeof cv === 'symbol' ? null : cv;
      return canonicalize(value, seen);
    });
    result = `[${values.join(',')}]`;
  } else {
    const parts = [];
    for (const key of Object.keys(object).sort()) {
      if (object[key] === undefined || typeof object[key] === 'symbol') {
        continue;
      }
      parts.push(`${canonicalize(key)}:${canonicalize(object[key], seen)}`);
    }
    result = `{${parts.join(',')}}`;
  }

  seen.delete(object);
  return result;
}


/***/ })

};
