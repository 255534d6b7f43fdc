export const id = 896;
export const ids = [896];
export const modules = {

/***/ 5543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ sha256File),
/* harmony export */   f: () => (/* binding */ sha256Hex)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * SHA-256 digests of bytes and files (FIPS 180-4), hex-encoded as in-toto DigestSets expect.
 * Uses node:crypto (OpenSSL) for speed; files are streamed, never loaded whole.
 */

/** SHA-256 of bytes or a UTF-8 string, lowercase hex (64 chars). */
function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
/**
 * SHA-256 of a regular file's contents, streamed in 1 MiB chunks. The file is opened with O_NONBLOCK
 * (and O_NOFOLLOW when `follow: false`) and checked with fstat: a FIFO, device or socket (or a
 * symbolic link when not followed) is refused (code ENOTREG) without blocking.
 * @returns `{ hex, size }` where size is in bytes; with `maxBytes`, `tooLarge: true` (and no hex)
 *   when the file holds more than that.
 * @throws NodeJS.ErrnoException when the file cannot be opened or read, or is not a regular file.
 */
async function sha256File(path, opts = {}) {
    const { openRegularFile } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 5234));
    const fh = await openRegularFile(path, { follow: opts.follow ?? true });
    try {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        const limit = opts.maxBytes === undefined ? Infinity : opts.maxBytes + 1;
        const buf = Buffer.allocUnsafe(1 << 20);
        let size = 0;
        while (size < limit) {
            const { bytesRead } = await fh.read(buf, 0, Math.min(buf.length, limit - size), null);
            if (bytesRead === 0)
                break;
            hash.update(bytesRead === buf.length ? buf : buf.subarray(0, bytesRead));
            size += bytesRead;
        }
        if (size === limit)
            return { hex: '', size, tooLarge: true };
        return { hex: hash.digest('hex'), size };
    }
    finally {
        await fh.close();
    }
}


/***/ }),

/***/ 9394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FY: () => (/* binding */ verifyEnvelope),
/* harmony export */   W$: () => (/* binding */ payloadWithPaeRoom),
/* harmony export */   Yj: () => (/* binding */ signEnvelope),
/* harmony export */   Zg: () => (/* binding */ pae),
/* harmony export */   mE: () => (/* binding */ parseEnvelope),
/* harmony export */   w9: () => (/* binding */ INTOTO_PAYLOAD_TYPE),
/* harmony export */   y4: () => (/* binding */ decodeBase64)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _ed25519_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(970);
/**
 * DSSE envelopes (secure-systems-lab/dsse, protocol v1 and envelope.md): PAE, signing with one
 * or more Ed25519 keys, and verification against a set of trusted public keys.
 */


/** payloadType of in-toto Statements (in-toto attestation spec, envelope layer). */
const INTOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const enc = new TextEncoder();
/** The PAE text before the payload: `"DSSEv1" SP LEN(type) SP type SP LEN(body) SP`. */
function paeHead(payloadType, length) {
    return enc.encode(`DSSEv1 ${enc.encode(payloadType).length} ${payloadType} ${length} `);
}
/**
 * Pre-Authentication Encoding (DSSE protocol, "Signature definition"):
 * `"DSSEv1" SP LEN(type) SP type SP LEN(body) SP body`, LEN = ASCII decimal byte length.
 * A payload made by {@link payloadWithPaeRoom} (a 20 MB manifest) already has this text right before
 * it in its buffer: its PAE is a view of that buffer, the same bytes without a copy.
 */
function pae(payloadType, payload) {
    const head = paeHead(payloadType, payload.length);
    const at = payload.byteOffset - head.length;
    if (at >= 0 && Buffer.compare(new Uint8Array(payload.buffer, at, head.length), head) === 0)
        return new Uint8Array(payload.buffer, at, head.length + payload.length);
    const out = new Uint8Array(head.length + payload.length);
    out.set(head, 0);
    out.set(payload, head.length);
    return out;
}
/**
 * A buffer for a payload of `length` bytes, with its PAE text (for `payloadType`) written right
 * before it in the same memory: {@link pae} of it makes no copy. Its bytes are not zeroed.
 */
function payloadWithPaeRoom(payloadType, length) {
    const head = paeHead(payloadType, length);
    const buf = Buffer.allocUnsafeSlow(head.length + length);
    buf.set(head, 0);
    return buf.subarray(head.length);
}
/** Signs `payload` with each key; keyid is the key's RFC 7638 thumbprint. */
function signEnvelope(payload, payloadType, keys) {
    const msg = pae(payloadType, payload);
    return {
        payload: Buffer.from(payload).toString('base64'),
        payloadType,
        signatures: keys.map((k) => ({ keyid: k.kid, sig: Buffer.from((0,_ed25519_js__WEBPACK_IMPORTED_MODULE_1__/* .sign */ ._S)(msg, k)).toString('base64') })),
    };
}
const B64 = /^[A-Za-z0-9+/_-]*={0,2}$/;
/** Decodes base64, standard or URL-safe alphabet (DSSE envelope.md allows either). Returns null when malformed. */
function decodeBase64(s, payloadType) {
    if (typeof s !== 'string')
        return null;
    const c = checked;
    checked = undefined; // held no longer than needed
    if (c?.text === s && c.bytes)
        return c.bytes;
    if (c?.text !== s && !B64.test(s))
        return null;
    // a 28 MB payload: no second pass of the alphabet check, no rewrite when it is the standard alphabet, no copy
    const std = s.includes('-') || s.includes('_') ? s.replace(/-/g, '+').replace(/_/g, '/') : s;
    if (payloadType !== undefined && s.length >= LARGE) {
        const bytes = decodeWithPaeRoom(std, payloadType);
        if (bytes)
            return bytes;
    }
    const b = Buffer.from(std, 'base64');
    // small results live in Buffer's shared pool: copy those into their own memory
    return b.length >= 4096 ? new Uint8Array(b.buffer, b.byteOffset, b.length) : new Uint8Array(b);
}
/** Payload texts from this long are decoded with room for their PAE, and checked by encoding them again. */
const LARGE = 1 << 20;
/** `s` (base64 text) decoded into {@link payloadWithPaeRoom}; undefined when Node's decoder skipped a character. */
function decodeWithPaeRoom(s, payloadType) {
    const length = Buffer.byteLength(s, 'base64');
    const out = payloadWithPaeRoom(payloadType, length);
    return out.write(s, 'base64') === length ? out : undefined;
}
/**
 * Whether an envelope's payload text is base64 (either alphabet, padding optional: {@link B64}). A large
 * text is first decoded (with room for its PAE) and encoded again: the same text back means it is
 * padded standard base64, which B64 accepts, and its bytes are kept for {@link decodeBase64} (two
 * linear passes of Node's base64 code instead of a regular expression over 28 MB, and a decode it needs anyway).
 */
function checkPayloadText(s, payloadType) {
    if (s.length >= LARGE) {
        const bytes = decodeWithPaeRoom(s, payloadType);
        if (bytes?.toString('base64') === s) {
            checked = { text: s, bytes };
            return true;
        }
    }
    if (!B64.test(s))
        return false;
    checked = { text: s };
    return true;
}
/** The last payload text {@link parseEnvelope} checked (and, when large, its bytes): decoded next, when verified. */
let checked;
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
    // the alphabet check decodeBase64 makes (a 20 MB payload is decoded once: here, kept for verification)
    if (typeof v.payload !== 'string' || !checkPayloadText(v.payload, v.payloadType))
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
    const payload = decodeBase64(env.payload, env.payloadType) ?? new Uint8Array();
    const msg = pae(env.payloadType, payload);
    const valid = new Map();
    const signatures = env.signatures.map((s, index) => {
        const sig = decodeBase64(s.sig);
        const candidates = s.keyid ? trusted.filter((k) => k.kid === s.keyid) : trusted;
        if (candidates.length === 0)
            return { index, keyid: s.keyid, status: 'unknown-key' };
        for (const k of candidates) {
            if (sig && (0,_ed25519_js__WEBPACK_IMPORTED_MODULE_1__/* .verify */ .MX)(sig, msg, k)) {
                valid.set(k.kid, k);
                return { index, keyid: s.keyid ?? k.kid, status: 'valid', key: k };
            }
        }
        return { index, keyid: s.keyid, status: s.keyid ? 'invalid' : 'unknown-key' };
    });
    return { payload, signatures, validKeys: [...valid.values()] };
}


/***/ }),

/***/ 970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hu: () => (/* binding */ formatJwks),
/* harmony export */   MX: () => (/* binding */ verify),
/* harmony export */   Mk: () => (/* binding */ publicKeyFromBytes),
/* harmony export */   O1: () => (/* binding */ thumbprint),
/* harmony export */   Pb: () => (/* binding */ readPrivateKeyFile),
/* harmony export */   Yg: () => (/* binding */ readJwksFile),
/* harmony export */   _S: () => (/* binding */ sign),
/* harmony export */   br: () => (/* binding */ parseJwks),
/* harmony export */   je: () => (/* binding */ keyValidAt),
/* harmony export */   kv: () => (/* binding */ verifyAsync),
/* harmony export */   nQ: () => (/* binding */ privateKeyPem),
/* harmony export */   rY: () => (/* binding */ publicKeyPem),
/* harmony export */   rh: () => (/* binding */ generateKey),
/* harmony export */   wJ: () => (/* binding */ signAsync)
/* harmony export */ });
/* unused harmony exports loadPrivateKey, loadPublicKey, nobleStrictVerify */
/* harmony import */ var _noble_ed25519__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9605);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6153);
/**
 * Ed25519 keys (RFC 8032) in PKCS#8/SPKI PEM (RFC 8410) and JWK (RFC 8037) form, JWK thumbprints
 * (RFC 7638) as key ids, and JSON Web Key Sets (RFC 7517 section 5) with validity windows.
 *
 * Signing and verification go through node:crypto (OpenSSL). Verification keeps the verdicts of
 * @noble/ed25519's strict RFC 8032 mode (`zip215: false`: S >= L, non-canonical encodings of A or R
 * and small-order public keys are rejected; the cofactored group equation [8][S]B = [8]R + [8][k]A):
 * see {@link verify} for how the two agree on every input.
 */




// SHA-512 inside @noble/ed25519 (the verification fallback below) through OpenSSL.
_noble_ed25519__WEBPACK_IMPORTED_MODULE_3__/* .hashes */ .RY.sha512 = (m) => new Uint8Array((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha512').update(m).digest());
/** DER prefixes of an Ed25519 SubjectPublicKeyInfo and PKCS#8 PrivateKeyInfo (RFC 8410 sections 4 and 7). */
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const opensslPublicKey = (pub) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: Buffer.concat([SPKI_PREFIX, pub]), format: 'der', type: 'spki' });
const opensslPrivateKey = (seed) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: Buffer.concat([PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
/** The 32-byte public key of a seed (RFC 8032 5.1.5), through OpenSSL. */
function publicFromSeed(seed) {
    const x = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(opensslPrivateKey(seed)).export({ format: 'jwk' }).x;
    return fromB64u(x);
}
const b64u = (b) => Buffer.from(b).toString('base64url');
const fromB64u = (s) => new Uint8Array(Buffer.from(s, 'base64url'));
/** RFC 7638 thumbprint of an Ed25519 public key (members crv, kty, x). */
async function thumbprint(x) {
    // loaded on first use: verifying with raw keys (in-toto layouts, DSSE) never needs jose
    const { calculateJwkThumbprint } = await __webpack_require__.e(/* import() */ 24).then(__webpack_require__.bind(__webpack_require__, 7024));
    return calculateJwkThumbprint({ kty: 'OKP', crv: 'Ed25519', x }, 'sha256');
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
/**
 * Checks that a JWK is an Ed25519 key usable for signatures: kty OKP, crv Ed25519, x a string,
 * `alg` absent or EdDSA (RFC 8037 3.1), `use` absent or sig (RFC 7517 4.2).
 * Messages never quote a member's value: the JWK may be a secret (a private key input), and any
 * fragment of it printed in a log is a leak (masking only covers the whole secret and its lines).
 */
function okpJwk(j, file, field = 'key') {
    if (!j || typeof j !== 'object' || Array.isArray(j))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, field, 'a JWK (a JSON object)');
    const k = j;
    if (k.kty !== 'OKP' || k.crv !== 'Ed25519')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, field, 'an Ed25519 key (kty OKP, crv Ed25519)');
    // RFC 7515 2: base64url without padding (a 32-byte Ed25519 key is 43 characters); checked here so no
    // library error about the value reaches a message
    if (typeof k.x !== 'string' || !/^[A-Za-z0-9_-]+$/.test(k.x))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, `${field}.x`, 'a base64url string');
    if (k.alg !== undefined && k.alg !== 'EdDSA')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, `${field}.alg`, 'EdDSA or no alg (an Ed25519 signature key, RFC 8037)');
    if (k.use !== undefined && k.use !== 'sig')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, `${field}.use`, 'sig or no use (a signature key, RFC 7517 4.2)');
    if (k.d !== undefined && (typeof k.d !== 'string' || !/^[A-Za-z0-9_-]+$/.test(k.d)))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, `${field}.d`, 'a base64url string');
    return { x: k.x, d: k.d };
}
/** JSON text of a JWK, refusing duplicate members; the error never quotes the text (it may be secret). */
function parseJwkText(text, source, what) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(source, undefined, what);
    }
    if ((0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .findDuplicateKey */ ._d)(text) !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(source, undefined, `${what} without duplicate members`);
    return value;
}
/**
 * Loads an Ed25519 private key from PKCS#8 PEM or a private JWK (JSON text).
 * @param text the file's contents; @param source a name for messages (file path or input name).
 * @throws InputError when the text is neither, or the key is not Ed25519. No message quotes any part of `text`.
 */
async function loadPrivateKey(text, source) {
    let jwk;
    const trimmed = text.trim();
    const expected = 'an Ed25519 private key as PKCS#8 PEM or JWK';
    if (trimmed.startsWith('{'))
        jwk = parseJwkText(trimmed, source, expected);
    else {
        try {
            jwk = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: trimmed, format: 'pem' }).export({ format: 'jwk' });
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(source, undefined, expected);
        }
    }
    const { x, d } = okpJwk(jwk, source);
    if (!d)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(source, 'd', 'a private JWK (member d)');
    const seed = fromB64u(d);
    if (seed.length !== 32)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(source, 'd', '32 bytes');
    const pub = publicFromSeed(seed);
    if (b64u(pub) !== x)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(source, 'x', 'the public key matching d');
    const publicKey = await publicKeyFromBytes(pub);
    return { kid: publicKey.kid, seed, publicKey };
}
/**
 * Loads one Ed25519 public key from SPKI PEM or a public JWK (JSON text).
 * @throws InputError when the text is neither, or the key is not an Ed25519 signature key.
 */
async function loadPublicKey(text, source) {
    const trimmed = text.trim();
    let jwk;
    const expected = 'an Ed25519 public key as SPKI PEM or JWK';
    if (trimmed.startsWith('{'))
        jwk = parseJwkText(trimmed, source, expected);
    else {
        try {
            jwk = createPublicKey({ key: trimmed, format: 'pem' }).export({ format: 'jwk' });
        }
        catch {
            throw new InputError(source, undefined, expected);
        }
    }
    const { x, d } = okpJwk(jwk, source);
    if (d !== undefined)
        throw new InputError(source, 'd', 'a public key (no private member d)');
    const bytes = fromB64u(x);
    if (bytes.length !== 32)
        throw new InputError(source, 'x', '32 bytes');
    const j = jwk;
    return publicKeyFromBytes(bytes, { iat: j.iat, exp: j.exp });
}
/**
 * Parses a JWKS (RFC 7517 section 5). Keys of other types (RSA, EC, X25519) are skipped; an Ed25519
 * key must be a signature key (`alg` absent or EdDSA, `use` absent or sig) without private members;
 * a `kid` that is not the key's RFC 7638 thumbprint is an error (our kids are thumbprints by contract).
 * @throws InputError naming the file and field (`keys[2].alg`) on malformed JSON, duplicate members,
 *   a non-object set or key, or a bad member.
 */
async function parseJwks(text, source) {
    const doc = (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJsonStrict */ .jM)(text, source, 'a JSON Web Key Set');
    if (!doc || typeof doc !== 'object' || Array.isArray(doc))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(source, undefined, 'a JSON Web Key Set (an object with member keys)');
    const keys = doc.keys;
    if (!Array.isArray(keys))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(source, 'keys', 'an array of JWKs');
    const out = [];
    for (const [i, k] of keys.entries()) {
        if (!k || typeof k !== 'object' || Array.isArray(k))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(source, `keys[${i}]`, 'a JWK (a JSON object)');
        const j = k;
        if (j.kty !== 'OKP' || j.crv !== 'Ed25519')
            continue;
        const { x } = okpJwk(j, source, `keys[${i}]`);
        if (j.d !== undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(source, `keys[${i}].d`, 'public keys only (a JWKS must not hold a private key)');
        for (const m of ['iat', 'exp']) {
            if (j[m] !== undefined && (typeof j[m] !== 'number' || !Number.isFinite(j[m])))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(source, `keys[${i}].${m}`, 'NumericDate (seconds)');
        }
        const pk = await publicKeyFromBytes(fromB64u(x), { iat: j.iat, exp: j.exp });
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
    const jwk = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.generateKeyPairSync)('ed25519').privateKey.export({ format: 'jwk' });
    const pk = await publicKeyFromBytes(fromB64u(jwk.x), { iat: Math.floor(Date.now() / 1000) });
    return { kid: pk.kid, seed: fromB64u(jwk.d), publicKey: pk };
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
/** Ed25519 signature (RFC 8032 5.1.6), 64 bytes; deterministic, through OpenSSL. */
function sign(message, key) {
    return new Uint8Array((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)(null, message, opensslPrivateKey(key.seed)));
}
/**
 * {@link sign} with OpenSSL's work done in libuv's thread pool (node:crypto `sign` with a callback), so
 * that the caller can go on (e.g. write the payload to disk) while a long message is hashed. Ed25519 is
 * deterministic (RFC 8032 5.1.6): the signature is byte for byte that of {@link sign}.
 * @param message any bytes (copied by node:crypto when the job starts)
 * @throws (rejects with) the error OpenSSL reports
 */
function signAsync(message, key) {
    return new Promise((resolve, reject) => {
        (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)(null, message, opensslPrivateKey(key.seed), (err, sig) => (err ? reject(err) : resolve(new Uint8Array(sig))));
    });
}
/** Whether a 32-byte point encoding has y < p = 2^255 - 19 (RFC 8032 5.1.3 step 1; bit 255, the sign of x, masked). */
function canonicalY(b) {
    // y >= p exactly when bytes 1..30 are 0xff, byte 31 (masked) is 0x7f and byte 0 >= 0xed
    if ((b[31] & 0x7f) !== 0x7f || b[0] < 0xed)
        return true;
    for (let i = 1; i < 31; i++)
        if (b[i] !== 0xff)
            return true;
    return false;
}
/**
 * The y coordinates (little-endian hex, sign bit masked) of the eight points of small order (the
 * torsion subgroup E[8], RFC 7748 / "Taming the many EdDSAs", Chalkias et al. 2020): 1 (the identity),
 * p-1 (order 2), 0 (order 4, both signs of x) and the two order-8 y values (both signs of x each).
 * Every point with one of these y is of small order, and every point of small order has one of them.
 */
const SMALL_ORDER_Y = new Set([
    '0100000000000000000000000000000000000000000000000000000000000000',
    'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
    '0000000000000000000000000000000000000000000000000000000000000000',
    'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a',
    '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05',
]);
/** Whether a canonical point encoding is that of a small-order point (any sign of x). */
function smallOrder(b) {
    const y = Buffer.from(b);
    y[31] &= 0x7f;
    return SMALL_ORDER_Y.has(y.toString('hex'));
}
/**
 * Strict RFC 8032 verification (5.1.7, no ZIP-215 leniency). Returns false on any malformed input.
 *
 * The verdict is exactly that of @noble/ed25519 `verify(sig, msg, pub, { zip215: false })`:
 * 1. A must be a canonical encoding (y < p) of a point not of small order, else false (noble's
 *    decoding and `isSmallOrder` refusal);
 * 2. OpenSSL then checks S < L and the cofactorless equation [S]B = R + [k]A by re-encoding
 *    [S]B - [k]A and comparing it byte for byte with R (so R is canonical). When it accepts, noble's
 *    checks hold too: A canonical and not small-order (step 1), R canonical, S < L, and the cofactored
 *    equation follows from the cofactorless one. So an OpenSSL accept is a noble accept.
 * 3. When OpenSSL rejects, noble decides: it accepts the signatures whose R or A carry a torsion
 *    component that only the cofactored equation absorbs (speccheck vector 4), and rejects the rest.
 *    Honest signatures never get here; a bad signature costs noble's time (milliseconds).
 * tests/evidence/ed25519.test.ts compares the two over the RFC 8032 vectors and the edge cases of
 * "Taming the many EdDSAs" (novifinancial/ed25519-speccheck).
 */
function verify(signature, message, key) {
    const pub = key instanceof Uint8Array ? key : key.bytes;
    if (!acceptablePublicKey(signature, pub))
        return false;
    try {
        if ((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(null, message, opensslPublicKey(pub), signature))
            return true;
    }
    catch {
        // a point OpenSSL cannot decode: noble decides below (and rejects it)
    }
    return nobleStrictVerify(signature, message, pub);
}
/** The checks {@link verify} makes before OpenSSL: lengths, and A canonical and not of small order. */
function acceptablePublicKey(signature, pub) {
    return signature.length === 64 && pub.length === 32 && canonicalY(pub) && !smallOrder(pub);
}
/**
 * {@link verify} with OpenSSL's work done in libuv's thread pool (node:crypto `verify` with a callback),
 * so that the caller can go on (e.g. parse the next link) while a long message is hashed.
 *
 * The verdict is exactly that of {@link verify} on the same input: the same checks of A first; an
 * OpenSSL accept is an accept; an OpenSSL reject (or error) is decided by the same synchronous
 * {@link verify}, whose OpenSSL call rejects again and whose @noble fallback then decides.
 * Never rejects: any failure resolves to false (fail closed).
 * @param signature 64 bytes (R || S); message any bytes (copied by node:crypto when the job starts);
 *   key a loaded key or its 32 raw bytes.
 */
function verifyAsync(signature, message, key) {
    const pub = key instanceof Uint8Array ? key : key.bytes;
    if (!acceptablePublicKey(signature, pub))
        return Promise.resolve(false);
    return new Promise((resolve) => {
        const decide = () => {
            try {
                resolve(verify(signature, message, pub));
            }
            catch {
                resolve(false);
            }
        };
        try {
            (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(null, message, opensslPublicKey(pub), signature, (err, ok) => {
                if (!err && ok === true)
                    resolve(true);
                else
                    decide();
            });
        }
        catch {
            // a key OpenSSL cannot load or a job it cannot start: the synchronous path decides
            decide();
        }
    });
}
/** @noble/ed25519 strict verification (`zip215: false`), the reference verdict of {@link verify}. */
function nobleStrictVerify(signature, message, pub) {
    if (signature.length !== 64 || pub.length !== 32)
        return false;
    try {
        return _noble_ed25519__WEBPACK_IMPORTED_MODULE_3__/* .verify */ .MX(signature, message, pub, { zip215: false });
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
/**
 * Reads a JWKS file.
 * @param opts.untrusted a JWKS an attacker may have placed (a pack's own jwks.json): regular file only,
 *   no symbolic link followed, at most 1 MiB
 * @throws InputError naming the file.
 */
async function readJwksFile(path, opts = {}) {
    const { readText } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 5234));
    return parseJwks(await readText(path, 'JWKS', opts.untrusted ? { untrusted: true, maxBytes: 1 << 20 } : {}), path);
}


/***/ }),

/***/ 6153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _d: () => (/* binding */ findDuplicateKey),
/* harmony export */   jM: () => (/* binding */ parseJsonStrict)
/* harmony export */ });
/* unused harmony export jsonErrorPosition */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/**
 * Strict JSON (RFC 8259) for untrusted documents: JSON.parse, plus refusal of duplicate object member
 * names (RFC 8259 4 leaves their meaning undefined; I-JSON, RFC 7493 2.3, forbids them), the same rule
 * the YAML readers apply (`uniqueKeys`). One implementation for every JSON reader of signed or trust data
 * (envelopes, statements, JWKS, private JWKs), so a parser differential cannot hide a second value.
 */

/**
 * The first duplicate member name in a JSON text, as a path (`keys[0].kty`), or undefined.
 * Expects text that JSON.parse accepts (call it after); linear in the length of the text.
 *
 * Fast path: when the member names of every object appear in strictly increasing order (UTF-16 code
 * units, as in RFC 8785 canonical JSON, which every signed payload here is), no name can repeat, and
 * one pass over the text proves it without keeping any name. A name out of order, or one spelled
 * with an escape (two spellings of one name), sends the text to the full scan.
 */
function findDuplicateKey(text) {
    return membersInOrder(text) ? undefined : findDuplicateKeyScan(text);
}
/**
 * True when every object's member names in `text` (JSON that JSON.parse accepts) are free of
 * backslashes and strictly increasing by UTF-16 code units; false otherwise (not a verdict on duplicates).
 */
function membersInOrder(text) {
    // per open container: object or array, whether a member name comes next, and where the object's
    // previous member name lies in the text (start, end; -1 before the first)
    const isObject = [];
    const expectName = [];
    const lastStart = [];
    const lastEnd = [];
    let depth = -1;
    const n = text.length;
    for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x22) {
            // a string: find its closing quote (a quote after an odd number of backslashes is escaped)
            let end = i;
            for (;;) {
                end = text.indexOf('"', end + 1);
                if (end < 0)
                    return false; // not JSON; JSON.parse reports it
                let bs = 0;
                for (let k = end - 1; text.charCodeAt(k) === 0x5c; k--)
                    bs++;
                if (bs % 2 === 0)
                    break;
            }
            if (depth >= 0 && isObject[depth] && expectName[depth]) {
                const start = i + 1;
                for (let k = start; k < end; k++)
                    if (text.charCodeAt(k) === 0x5c)
                        return false;
                const ls = lastStart[depth];
                if (ls >= 0 && compareSpans(text, ls, lastEnd[depth], start, end) >= 0)
                    return false;
                lastStart[depth] = start;
                lastEnd[depth] = end;
                expectName[depth] = false;
            }
            i = end;
        }
        else if (c === 0x7b || c === 0x5b) {
            depth++;
            isObject[depth] = c === 0x7b;
            expectName[depth] = c === 0x7b;
            lastStart[depth] = -1;
        }
        else if (c === 0x7d || c === 0x5d) {
            depth--;
        }
        else if (c === 0x2c && depth >= 0 && isObject[depth]) {
            expectName[depth] = true;
        }
    }
    return true;
}
/** Compares text[a0, a1) with text[b0, b1) by UTF-16 code units: negative, 0 or positive. */
function compareSpans(text, a0, a1, b0, b1) {
    const la = a1 - a0;
    const lb = b1 - b0;
    const m = la < lb ? la : lb;
    for (let k = 0; k < m; k++) {
        const d = text.charCodeAt(a0 + k) - text.charCodeAt(b0 + k);
        if (d !== 0)
            return d;
    }
    return la - lb;
}
/** The full scan behind {@link findDuplicateKey}: keeps every object's member names. */
function findDuplicateKeyScan(text) {
    // stack of containers: an object holds its member names so far, an array its element index;
    // each records how it is reached from its parent (`.name` or `[index]`) for the message
    const stack = [];
    const path = (last) => {
        let out = '';
        for (let i = 1; i < stack.length; i++)
            out += stack[i].name ?? '';
        return `${out}.${last}`.replace(/^\./, '');
    };
    let pendingName; // how the next container is reached from its parent
    // jump from one structural character to the next (numbers, literals and whitespace are skipped by the regex engine)
    const structural = /["{}[\],]/g;
    let m;
    while ((m = structural.exec(text))) {
        const c = m[0];
        if (c === '"') {
            const start = m.index;
            let end = start;
            for (;;) {
                end = text.indexOf('"', end + 1);
                if (end < 0)
                    return undefined; // not JSON; JSON.parse reports it
                let bs = 0; // a quote after an odd number of backslashes is escaped
                for (let k = end - 1; text.charCodeAt(k) === 0x5c; k--)
                    bs++;
                if (bs % 2 === 0)
                    break;
            }
            structural.lastIndex = end + 1;
            const top = stack[stack.length - 1];
            if (top?.keys && top.expectKey) {
                const raw = text.slice(start + 1, end);
                const key = raw.includes('\\') ? JSON.parse(`"${raw}"`) : raw;
                // small objects (most) keep their names in an array; a Set past 16 members keeps it linear
                const keys = top.keys;
                if (Array.isArray(keys)) {
                    if (keys.includes(key))
                        return path(key);
                    keys.push(key);
                    if (keys.length > 16)
                        top.keys = new Set(keys);
                }
                else {
                    if (keys.has(key))
                        return path(key);
                    keys.add(key);
                }
                top.expectKey = false;
                pendingName = `.${key}`;
            }
        }
        else if (c === '{' || c === '[') {
            const top = stack[stack.length - 1];
            const name = top ? (top.keys ? pendingName : `[${top.index}]`) : undefined;
            stack.push(c === '{' ? { keys: [], index: 0, expectKey: true, name } : { index: 0, expectKey: false, name });
        }
        else if (c === '}' || c === ']') {
            stack.pop();
        }
        else {
            const top = stack[stack.length - 1];
            if (top?.keys)
                top.expectKey = true;
            else if (top)
                top.index++;
        }
    }
    return undefined;
}
/**
 * Where a JSON text stops parsing, without quoting it: V8's message carries a snippet of the
 * input, which may be a secret or another file's contents behind a symbolic link.
 */
function jsonErrorPosition(e) {
    const m = /position (\d+)(?: \(line (\d+) column (\d+)\))?/.exec(e?.message ?? '');
    if (m)
        return m[2] ? `invalid JSON at line ${m[2]} column ${m[3]}` : `invalid JSON at position ${m[1]}`;
    return /end of JSON input/.test(e?.message ?? '') ? 'invalid JSON: unexpected end' : 'invalid JSON';
}
/**
 * Parses JSON text, refusing duplicate member names.
 * @param source file (and line) for messages; @param what what the text should be ("JWKS")
 * @throws InputError naming the source on a syntax error or a duplicate member name
 */
function parseJsonStrict(text, source, what, field) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(source, field, `${what} as JSON`, { found: jsonErrorPosition(e) });
    }
    const dup = findDuplicateKey(text);
    if (dup !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(source, field, `${what} without duplicate member names (RFC 7493 2.3)`, { found: `a second '${dup}'` });
    return value;
}


/***/ })

};
