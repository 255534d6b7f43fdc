export const id = 293;
export const ids = [293];
export const modules = {

/***/ 8724:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ parseKeyValues),
/* harmony export */   h: () => (/* binding */ parseCliArgs)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/**
 * CLI plumbing shared by every `mc` command: argument parsing with clear usage errors, output.
 */


/**
 * node:util parseArgs with strict checking; unknown or malformed flags become a UsageError
 * carrying the command's usage text. `--help` is handled by the caller.
 */
function parseCliArgs(argv, options, usage, allowPositionals = true) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, options, allowPositionals, strict: true });
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${e.message}\nusage: ${usage}`);
    }
}
/** Parses a `KEY=VALUE` list (repeatable flag) into an object. @throws UsageError on a malformed entry. */
function parseKeyValues(items, flag) {
    const out = {};
    for (const it of items ?? []) {
        const i = it.indexOf('=');
        if (i <= 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${flag}: expected KEY=VALUE, found '${it}'`);
        out[it.slice(0, i)] = it.slice(i + 1);
    }
    return out;
}


/***/ }),

/***/ 5543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   Rs: () => (/* binding */ sha256Files),
/* harmony export */   fg: () => (/* binding */ sha256Hex)
/* harmony export */ });
/* unused harmony export sha256Bytes */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/**
 * SHA-256 digests of bytes and files (FIPS 180-4), hex-encoded as in-toto DigestSets expect.
 * Uses node:crypto (OpenSSL) for speed; files are streamed, never loaded whole.
 */


/** SHA-256 of bytes or a UTF-8 string, lowercase hex (64 chars). */
function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
/** SHA-256 of bytes, raw 32 bytes. */
function sha256Bytes(data) {
    return new Uint8Array(createHash('sha256').update(data).digest());
}
/**
 * SHA-256 of a file's contents, streamed in 1 MiB chunks.
 * @returns `{ hex, size }` where size is in bytes.
 * @throws NodeJS.ErrnoException when the file cannot be opened or read.
 */
async function sha256File(path) {
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'r');
    try {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        const st = await fh.stat();
        if (st.size <= 1 << 20) {
            const buf = await fh.readFile();
            return { hex: hash.update(buf).digest('hex'), size: buf.length };
        }
        const buf = Buffer.allocUnsafe(1 << 20);
        let size = 0;
        for (;;) {
            const { bytesRead } = await fh.read(buf, 0, buf.length, null);
            if (bytesRead === 0)
                break;
            hash.update(bytesRead === buf.length ? buf : buf.subarray(0, bytesRead));
            size += bytesRead;
        }
        return { hex: hash.digest('hex'), size };
    }
    finally {
        await fh.close();
    }
}
// Worker source: node builtins only, so it runs from an ncc bundle without a separate file.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const crypto = require('node:crypto');
const fs = require('node:fs');
const buf = Buffer.allocUnsafe(1 << 20);
const out = [];
for (const p of workerData.paths) {
  let fd;
  try {
    fd = fs.openSync(p, 'r');
    let n = fs.readSync(fd, buf, 0, buf.length, null);
    if (n < buf.length) {
      // a short read of a regular file is its end: one read, one-shot hash (most evidence files)
      out.push({ hex: crypto.hash('sha256', buf.subarray(0, n)), size: n });
    } else {
      const h = crypto.createHash('sha256');
      let size = 0;
      do { h.update(n === buf.length ? buf : buf.subarray(0, n)); size += n; } while ((n = fs.readSync(fd, buf, 0, buf.length, null)) > 0);
      out.push({ hex: h.digest('hex'), size });
    }
  } catch (e) { out.push({ error: e.code || String(e) }); }
  finally { if (fd !== undefined) fs.closeSync(fd); }
}
parentPort.postMessage(out);
`;
/**
 * SHA-256 of many files, spread over worker threads (one per core, at most 8) when there is
 * enough work, else on the calling thread. Never throws for an unreadable file: its entry carries
 * `error` instead. Order of results matches `paths`.
 */
async function sha256Files(paths, opts = {}) {
    const { availableParallelism } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8161, 23));
    const workers = Math.max(1, Math.min(opts.workers ?? availableParallelism(), 8, Math.ceil(paths.length / 16)));
    if (workers === 1) {
        const out = [];
        for (const p of paths) {
            try {
                out.push(await sha256File(p));
            }
            catch (e) {
                out.push({ error: e.code ?? String(e) });
            }
        }
        return out;
    }
    const { Worker } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 5919, 23));
    // contiguous slices keep directory locality; results are concatenated back in order
    const per = Math.ceil(paths.length / workers);
    const slices = Array.from({ length: workers }, (_, i) => paths.slice(i * per, (i + 1) * per));
    const results = await Promise.all(slices.map((slice) => new Promise((resolveP, reject) => {
        const w = new Worker(WORKER_SOURCE, { eval: true, workerData: { paths: slice } });
        w.once('message', (m) => resolveP(m));
        w.once('error', reject);
        w.once('exit', (code) => code !== 0 && reject(new Error(`hash worker exited with ${code}`)));
    })));
    return results.flat();
}


/***/ }),

/***/ 9394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FY: () => (/* binding */ verifyEnvelope),
/* harmony export */   Yj: () => (/* binding */ signEnvelope),
/* harmony export */   Zg: () => (/* binding */ pae),
/* harmony export */   mE: () => (/* binding */ parseEnvelope),
/* harmony export */   w9: () => (/* binding */ INTOTO_PAYLOAD_TYPE),
/* harmony export */   y4: () => (/* binding */ decodeBase64)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1483);
/**
 * DSSE envelopes (secure-systems-lab/dsse, protocol v1 and envelope.md): PAE, signing with one
 * or more Ed25519 keys, and verification against a set of trusted public keys.
 */


/** payloadType of in-toto Statements (in-toto attestation spec, envelope layer). */
const INTOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const enc = new TextEncoder();
/**
 * Pre-Authentication Encoding (DSSE protocol, "Signature definition"):
 * `"DSSEv1" SP LEN(type) SP type SP LEN(body) SP body`, LEN = ASCII decimal byte length.
 */
function pae(payloadType, payload) {
    const type = enc.encode(payloadType);
    const head = enc.encode(`DSSEv1 ${type.length} ${payloadType} ${payload.length} `);
    const out = new Uint8Array(head.length + payload.length);
    out.set(head, 0);
    out.set(payload, head.length);
    return out;
}
/** Signs `payload` with each key; keyid is the key's RFC 7638 thumbprint. */
function signEnvelope(payload, payloadType, keys) {
    const msg = pae(payloadType, payload);
    return {
        payload: Buffer.from(payload).toString('base64'),
        payloadType,
        signatures: keys.map((k) => ({ keyid: k.kid, sig: Buffer.from((0,_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .sign */ ._S)(msg, k)).toString('base64') })),
    };
}
const B64 = /^[A-Za-z0-9+/_-]*={0,2}$/;
/** Decodes base64, standard or URL-safe alphabet (DSSE envelope.md allows either). Returns null when malformed. */
function decodeBase64(s) {
    if (typeof s !== 'string' || !B64.test(s))
        return null;
    return new Uint8Array(Buffer.from(s.replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
}
/**
 * Validates the JSON shape of a DSSE envelope.
 * @throws InputError naming the source and field when a member is missing or of the wrong type.
 */
function parseEnvelope(value, source) {
    if (!value || typeof value !== 'object' || Array.isArray(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(source, undefined, 'a DSSE envelope object');
    const v = value;
    if (typeof v.payloadType !== 'string')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(source, 'payloadType', 'string');
    if (typeof v.payload !== 'string' || decodeBase64(v.payload) === null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(source, 'payload', 'base64 string');
    if (!Array.isArray(v.signatures))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(source, 'signatures', 'array');
    const signatures = v.signatures.map((s, i) => {
        const o = s;
        if (!o || typeof o !== 'object')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(source, `signatures[${i}]`, 'object');
        if (typeof o.sig !== 'string')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(source, `signatures[${i}].sig`, 'base64 string');
        if (o.keyid !== undefined && typeof o.keyid !== 'string')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(source, `signatures[${i}].keyid`, 'string');
        return { keyid: o.keyid, sig: o.sig };
    });
    return { payload: v.payload, payloadType: v.payloadType, signatures };
}
/**
 * Verifies every signature of an envelope over PAE(payloadType, payload) against trusted keys.
 * Keys are matched by keyid when present; a signature without keyid is tried against every key.
 * Does not apply a threshold: callers decide (see `validKeys`).
 */
function verifyEnvelope(env, trusted) {
    const payload = decodeBase64(env.payload) ?? new Uint8Array();
    const msg = pae(env.payloadType, payload);
    const valid = new Map();
    const signatures = env.signatures.map((s, index) => {
        const sig = decodeBase64(s.sig);
        const candidates = s.keyid ? trusted.filter((k) => k.kid === s.keyid) : trusted;
        if (candidates.length === 0)
            return { index, keyid: s.keyid, status: 'unknown-key' };
        for (const k of candidates) {
            if (sig && (0,_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .verify */ .MX)(sig, msg, k)) {
                valid.set(k.kid, k);
                return { index, keyid: s.keyid ?? k.kid, status: 'valid', key: k };
            }
        }
        return { index, keyid: s.keyid, status: s.keyid ? 'invalid' : 'unknown-key' };
    });
    return { payload, signatures, validKeys: [...valid.values()] };
}


/***/ }),

/***/ 5234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LI: () => (/* binding */ resolveInside),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   cD: () => (/* binding */ comparePaths),
/* harmony export */   pR: () => (/* binding */ expandPaths),
/* harmony export */   rR: () => (/* binding */ readJsonOrYaml),
/* harmony export */   readText: () => (/* binding */ readText),
/* harmony export */   t2: () => (/* binding */ exists)
/* harmony export */ });
/* unused harmony export readJson */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4296);
/**
 * File helpers shared by every gate: atomic writes, reads with clear errors, glob expansion
 * confined to a root (symlinks and paths that leave the root are refused).
 */






/**
 * Writes a file atomically: a temporary file in the same directory, fsync, then rename.
 * Readers see either the old or the new contents, never a partial file.
 * @param opts.noClobber refuse (InputError) when the target exists: evidence and baselines are never overwritten.
 */
async function writeFileAtomic(path, data, opts = {}) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    if (opts.noClobber && (await exists(path)))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(path, undefined, 'a path that does not exist yet (evidence is never overwritten)');
    const tmp = `${path}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`;
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(tmp, 'wx', 0o644);
    try {
        await fh.writeFile(data);
        await fh.sync();
    }
    finally {
        await fh.close();
    }
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, path);
    }
    catch (e) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(tmp).catch(() => undefined);
        throw e;
    }
}
/** Whether a path exists (without following a final symlink). */
async function exists(path) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(path);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Reads a UTF-8 text file.
 * @param what a description for the error ("baseline snapshot", "JWKS").
 * @throws InputError naming the file when it is missing or unreadable.
 */
async function readText(path, what) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8');
    }
    catch (e) {
        const code = e.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(path, undefined, `a readable ${what}`, { found: code === 'ENOENT' ? 'no such file' : code });
    }
}
/** Reads and parses a JSON file. @throws InputError naming the file on read or parse errors. */
async function readJson(path, what) {
    const text = await readText(path, what);
    try {
        return JSON.parse(text);
    }
    catch (e) {
        throw new InputError(path, undefined, `${what} as JSON`, { found: e.message });
    }
}
/** Reads a JSON or YAML file (chosen by content: YAML 1.2 is a superset of JSON). */
async function readJsonOrYaml(path, what) {
    const text = await readText(path, what);
    try {
        return (0,yaml__WEBPACK_IMPORTED_MODULE_3__.parse)(text, { maxAliasCount: 1000 });
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(path, undefined, `${what} as YAML or JSON`, { found: e.message.split('\n')[0] });
    }
}
/**
 * Resolves `p` against `root` and checks it stays inside.
 * @returns the absolute path and the POSIX relative path.
 * @throws InputError when the path leaves the root.
 */
function resolveInside(root, p) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root, p);
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, abs);
    if (rel === '' || rel.startsWith('..' + node_path__WEBPACK_IMPORTED_MODULE_2__.sep) || rel === '..' || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(rel)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(p, undefined, `a path inside the root ${root}`);
    }
    return { abs, rel: rel.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/') };
}
/**
 * Expands file paths and glob patterns (picomatch syntax, dotfiles included) to regular files
 * under `root`, as sorted POSIX paths relative to root. A literal path that does not exist is an error;
 * a glob that matches nothing is not.
 * @throws InputError for a path that leaves the root, a symlink (unless skipped), or a missing literal path.
 */
async function expandPaths(patterns, opts) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(opts.root);
    const found = new Set();
    const isExcluded = opts.exclude?.length ? picomatch__WEBPACK_IMPORTED_MODULE_5___default()(opts.exclude, { dot: true }) : () => false;
    for (const pat of patterns) {
        const isGlob = /[*?[\]{}!]/.test(pat);
        if (!isGlob) {
            const { abs, rel } = resolveInside(root, pat);
            let st;
            try {
                st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(abs);
            }
            catch {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(pat, undefined, 'an existing file or a glob', { found: 'no such file' });
            }
            if (st.isSymbolicLink()) {
                if (opts.symlinks === 'skip' || isExcluded(rel))
                    continue;
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(pat, undefined, 'a regular file (symbolic links are refused)');
            }
            if (st.isDirectory()) {
                for (const f of await expandPaths([`${rel}/**`], opts))
                    found.add(f);
                continue;
            }
            found.add(rel);
            continue;
        }
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(pat) || pat.split('/').includes('..'))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(pat, undefined, 'a glob relative to the root, without ..');
        // walk the pattern's static base with one recursive readdir (symbolic links are reported, not
        // followed, so they can be refused) and match with picomatch
        const { base } = picomatch__WEBPACK_IMPORTED_MODULE_5___default().scan(pat);
        const isMatch = picomatch__WEBPACK_IMPORTED_MODULE_5___default()(pat, { dot: true });
        const baseAbs = base ? resolveInside(root, base).abs : root;
        let entries;
        try {
            entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(baseAbs, { recursive: true, withFileTypes: true });
        }
        catch {
            continue; // a glob whose base does not exist matches nothing
        }
        for (const d of entries) {
            const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(d.parentPath, d.name)).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
            if (!isMatch(rel))
                continue;
            if (d.isSymbolicLink()) {
                if (opts.symlinks === 'skip' || isExcluded(rel))
                    continue;
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(rel, undefined, 'a regular file (symbolic links are refused)');
            }
            if (d.isFile())
                found.add(rel);
        }
    }
    return [...found].filter((f) => !isExcluded(f)).sort(comparePaths);
}
/**
 * Orders paths by UTF-16 code units, the order RFC 8785 (3.2.3) uses for property names:
 * deterministic across machines and locales, and cheap.
 */
function comparePaths(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 1483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hu: () => (/* binding */ formatJwks),
/* harmony export */   MX: () => (/* binding */ verify),
/* harmony export */   Mk: () => (/* binding */ publicKeyFromBytes),
/* harmony export */   O1: () => (/* binding */ thumbprint),
/* harmony export */   Pb: () => (/* binding */ readPrivateKeyFile),
/* harmony export */   Yg: () => (/* binding */ readJwksFile),
/* harmony export */   _S: () => (/* binding */ sign),
/* harmony export */   je: () => (/* binding */ keyValidAt),
/* harmony export */   nQ: () => (/* binding */ privateKeyPem),
/* harmony export */   rY: () => (/* binding */ publicKeyPem),
/* harmony export */   rh: () => (/* binding */ generateKey)
/* harmony export */ });
/* unused harmony exports loadPrivateKey, loadPublicKey, parseJwks */
/* harmony import */ var _noble_ed25519__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9605);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var jose__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3423);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/**
 * Ed25519 keys (RFC 8032) in PKCS#8/SPKI PEM (RFC 8410) and JWK (RFC 8037) form, JWK thumbprints
 * (RFC 7638) as key ids, and JSON Web Key Sets (RFC 7517 section 5) with validity windows.
 *
 * Signing and verification go through @noble/ed25519; verification is strict RFC 8032
 * (`zip215: false`: non-canonical encodings and small-order keys are rejected).
 * PEM parsing uses node:crypto only to unwrap the DER structure.
 */




// SHA-512 inside Ed25519 (RFC 8032 5.1.6/5.1.7) through OpenSSL: large messages (a 20 MB manifest's
// PAE) hash an order of magnitude faster than in pure JS; the curve arithmetic stays @noble/ed25519's.
_noble_ed25519__WEBPACK_IMPORTED_MODULE_2__/* .hashes */ .RY.sha512 = (m) => new Uint8Array((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha512').update(m).digest());
const b64u = (b) => Buffer.from(b).toString('base64url');
const fromB64u = (s) => new Uint8Array(Buffer.from(s, 'base64url'));
/** RFC 7638 thumbprint of an Ed25519 public key (members crv, kty, x). */
async function thumbprint(x) {
    return (0,jose__WEBPACK_IMPORTED_MODULE_3__/* .calculateJwkThumbprint */ .s)({ kty: 'OKP', crv: 'Ed25519', x }, 'sha256');
}
/** Builds a PublicKey from 32 raw bytes. */
async function publicKeyFromBytes(bytes, extra = {}) {
    const x = b64u(bytes);
    const kid = await thumbprint(x);
    const jwk = { kty: 'OKP', crv: 'Ed25519', x, kid, alg: 'EdDSA', use: 'sig' };
    if (extra.iat !== undefined)
        jwk.iat = extra.iat;
    if (extra.exp !== undefined)
        jwk.exp = extra.exp;
    return { kid, bytes, jwk };
}
function okpJwk(j, file) {
    if (j.kty !== 'OKP' || j.crv !== 'Ed25519' || typeof j.x !== 'string') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, 'key', 'an Ed25519 key (OKP, crv Ed25519)', { found: `${j.kty}/${j.crv ?? ''}` });
    }
    return { x: j.x, d: typeof j.d === 'string' ? j.d : undefined };
}
/**
 * Loads an Ed25519 private key from PKCS#8 PEM or a private JWK (JSON text).
 * @param text the file's contents; @param source a name for messages (file path or input name).
 * @throws InputError when the text is neither, or the key is not Ed25519.
 */
async function loadPrivateKey(text, source) {
    let jwk;
    const trimmed = text.trim();
    try {
        if (trimmed.startsWith('{'))
            jwk = JSON.parse(trimmed);
        else
            jwk = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: trimmed, format: 'pem' }).export({ format: 'jwk' });
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(source, undefined, 'an Ed25519 private key as PKCS#8 PEM or JWK');
    }
    const { x, d } = okpJwk(jwk, source);
    if (!d)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(source, 'd', 'a private JWK (member d)');
    const seed = fromB64u(d);
    if (seed.length !== 32)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(source, 'd', '32 bytes');
    const pub = _noble_ed25519__WEBPACK_IMPORTED_MODULE_2__/* .getPublicKey */ .lG(seed);
    if (b64u(pub) !== x)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(source, 'x', 'the public key matching d');
    const publicKey = await publicKeyFromBytes(pub);
    return { kid: publicKey.kid, seed, publicKey };
}
/**
 * Loads one Ed25519 public key from SPKI PEM or a public JWK (JSON text).
 * @throws InputError when the text is neither, or the key is not Ed25519.
 */
async function loadPublicKey(text, source) {
    const trimmed = text.trim();
    let jwk;
    try {
        if (trimmed.startsWith('{'))
            jwk = JSON.parse(trimmed);
        else
            jwk = createPublicKey({ key: trimmed, format: 'pem' }).export({ format: 'jwk' });
    }
    catch {
        throw new InputError(source, undefined, 'an Ed25519 public key as SPKI PEM or JWK');
    }
    const { x } = okpJwk(jwk, source);
    const bytes = fromB64u(x);
    if (bytes.length !== 32)
        throw new InputError(source, 'x', '32 bytes');
    const j = jwk;
    return publicKeyFromBytes(bytes, { iat: j.iat, exp: j.exp });
}
/**
 * Parses a JWKS (RFC 7517 section 5). Non-Ed25519 keys are skipped; a `kid` that is not the
 * key's RFC 7638 thumbprint is an error (our kids are thumbprints by contract).
 * @throws InputError on malformed JSON or members.
 */
async function parseJwks(text, source) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(source, undefined, 'a JSON Web Key Set (JSON)');
    }
    const keys = doc.keys;
    if (!Array.isArray(keys))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(source, 'keys', 'an array of JWKs');
    const out = [];
    for (const [i, k] of keys.entries()) {
        const j = k;
        if (j.kty !== 'OKP' || j.crv !== 'Ed25519')
            continue;
        if (typeof j.x !== 'string')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(source, `keys[${i}].x`, 'base64url string');
        for (const m of ['iat', 'exp']) {
            if (j[m] !== undefined && typeof j[m] !== 'number')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(source, `keys[${i}].${m}`, 'NumericDate (seconds)');
        }
        const pk = await publicKeyFromBytes(fromB64u(j.x), { iat: j.iat, exp: j.exp });
        if (pk.bytes.length !== 32)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(source, `keys[${i}].x`, '32 bytes');
        if (j.kid !== undefined && j.kid !== pk.kid) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(source, `keys[${i}].kid`, `the RFC 7638 thumbprint ${pk.kid}`, { found: String(j.kid) });
        }
        out.push(pk);
    }
    return out;
}
/** Serializes public keys as a JWKS document (pretty JSON, trailing newline). */
function formatJwks(keys) {
    return JSON.stringify({ keys: keys.map((k) => k.jwk) }, null, 2) + '\n';
}
/** Generates a fresh Ed25519 key pair from the OS CSPRNG. */
async function generateKey() {
    const { secretKey, publicKey } = _noble_ed25519__WEBPACK_IMPORTED_MODULE_2__/* .keygen */ ._n();
    const pk = await publicKeyFromBytes(publicKey, { iat: Math.floor(Date.now() / 1000) });
    return { kid: pk.kid, seed: secretKey, publicKey: pk };
}
/** PKCS#8 PEM of a private key (RFC 8410). */
function privateKeyPem(key) {
    const jwk = { kty: 'OKP', crv: 'Ed25519', x: key.publicKey.jwk.x, d: b64u(key.seed) };
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: jwk, format: 'jwk' }).export({ type: 'pkcs8', format: 'pem' });
}
/** SPKI PEM of a public key (RFC 8410). */
function publicKeyPem(key) {
    const jwk = { kty: 'OKP', crv: 'Ed25519', x: key.jwk.x };
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: jwk, format: 'jwk' }).export({ type: 'spki', format: 'pem' });
}
/** Ed25519 signature (RFC 8032 5.1.6), 64 bytes. */
function sign(message, key) {
    return _noble_ed25519__WEBPACK_IMPORTED_MODULE_2__/* .sign */ ._S(message, key.seed);
}
/**
 * Strict RFC 8032 verification (5.1.7, no ZIP-215 leniency). Returns false on any malformed input.
 */
function verify(signature, message, key) {
    const pub = key instanceof Uint8Array ? key : key.bytes;
    if (signature.length !== 64 || pub.length !== 32)
        return false;
    try {
        return _noble_ed25519__WEBPACK_IMPORTED_MODULE_2__/* .verify */ .MX(signature, message, pub, { zip215: false });
    }
    catch {
        return false;
    }
}
/**
 * Whether a time (seconds) lies inside a key's validity window [iat, exp].
 * Keys without `iat`/`exp` are unbounded on that side.
 */
function keyValidAt(key, atSeconds) {
    if (key.jwk.iat !== undefined && atSeconds < key.jwk.iat)
        return false;
    if (key.jwk.exp !== undefined && atSeconds > key.jwk.exp)
        return false;
    return true;
}
/** Reads a private key file (PKCS#8 PEM or JWK). @throws InputError naming the file. */
async function readPrivateKeyFile(path) {
    const { readText } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 5234));
    return loadPrivateKey(await readText(path, 'private key'), path);
}
/** Reads a JWKS file. @throws InputError naming the file. */
async function readJwksFile(path) {
    const { readText } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 5234));
    return parseJwks(await readText(path, 'JWKS'), path);
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
    return String(text ?? '').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
/** A GitHub-flavoured markdown table. */
function mdTable(headers, rows) {
    const head = `| ${headers.map(mdCell).join(' | ')} |`;
    const sep = `| ${headers.map(() => '---').join(' | ')} |`;
    return [head, sep, ...rows.map((r) => `| ${r.map(mdCell).join(' | ')} |`)].join('\n') + '\n';
}
/** Escapes text for XML attribute values and character data. */
function xmlEscape(text) {
    return String(text ?? '')
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;');
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


/***/ })

};
