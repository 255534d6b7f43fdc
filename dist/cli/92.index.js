export const id = 92;
export const ids = [92];
export const modules = {

/***/ 6092:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commands: () => (/* binding */ commands),
  expandMulti: () => (/* binding */ expandMulti),
  loadPublicKeys: () => (/* binding */ loadPublicKeys)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/fsx.ts
var fsx = __webpack_require__(5234);
;// CONCATENATED MODULE: ./src/intoto/ocj.ts
/**
 * OLPC canonical JSON as securesystemslib encodes it (`securesystemslib.formats.encode_canonical`,
 * following http://wiki.laptop.org/go/Canonical_JSON). in-toto metadata (layouts and links,
 * specification v1.0 section 4.2) is signed over the UTF-8 bytes of this encoding of the `signed` object.
 *
 * This is not RFC 8785 (src/core/jcs.ts): strings escape only `\` and `"` (every other character,
 * control characters included, is written raw), object members are sorted by Unicode code point,
 * and only integers are allowed (floats are an error).
 */

/** Compares two strings by Unicode code point (Python's `str` ordering), not UTF-16 code unit. */
function compareCodePoints(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x === y)
            continue;
        // A surrogate (U+D800-DFFF) encodes a code point above U+FFFF: it sorts after every BMP unit.
        const xs = x >= 0xd800 && x <= 0xdfff;
        const ys = y >= 0xd800 && y <= 0xdfff;
        if (xs !== ys)
            return xs ? 1 : -1;
        return x - y;
    }
    return a.length - b.length;
}
const NEEDS_ESCAPE = /["\\]/;
const SURROGATE = /[\ud800-\udfff]/;
/**
 * Sorts keys by code point. Metadata files are usually written with sorted keys: one pass over adjacent
 * pairs finds them already sorted (no sort, no surrogate scan); otherwise the built-in UTF-16 sort, which
 * is the code point order unless a key holds a surrogate.
 */
function sortKeys(keys) {
    let i = 1;
    while (i < keys.length && compareCodePoints(keys[i - 1], keys[i]) <= 0)
        i++;
    if (i >= keys.length)
        return keys;
    if (keys.some((k) => SURROGATE.test(k)))
        return keys.sort(compareCodePoints);
    return keys.sort();
}
/** Raised inside the encoder; {@link pathTo} finds where, only when it is raised. */
class Unencodable extends Error {
    expected;
    found;
    constructor(expected, found) {
        super(expected);
        this.expected = expected;
        this.found = found;
    }
}
/**
 * Deepest nesting of arrays and objects the encoder writes (hostile input is bounded; the reference's
 * JSON parser gives up near 1,000 levels, Python's recursion limit).
 */
const MAX_CANONICAL_DEPTH = 1000;
/** Nesting depth of the value being encoded. */
let depth = 0;
// The encoder writes UTF-8 straight into one growing buffer (no per-node strings or concatenation):
// `out` and `pos` are the state of the single, synchronous encoding in progress.
let out = Buffer.alloc(0);
let pos = 0;
function grow(n) {
    const next = Buffer.allocUnsafe(Math.max(out.length * 2, pos + n, 1 << 12));
    out.copy(next, 0, 0, pos);
    out = next;
}
function writeAscii(s) {
    if (pos + s.length > out.length)
        grow(s.length);
    pos += out.write(s, pos, 'latin1');
}
function writeString(s) {
    const n = s.length;
    // a UTF-16 unit is at most 3 UTF-8 bytes (a surrogate pair, 2 units, is 4)
    if (pos + n * 3 + 2 > out.length)
        grow(n * 3 + 2);
    // ASCII without `"` or `\`, by far the common case (paths, digests, names): copied byte for byte
    const buf = out;
    let p = pos;
    buf[p++] = 0x22;
    for (let i = 0; i < n; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0x80 || c === 0x22 || c === 0x5c) {
            writeStringSlow(s);
            return;
        }
        buf[p++] = c;
    }
    buf[p++] = 0x22;
    pos = p;
}
function writeStringSlow(s) {
    if (NEEDS_ESCAPE.test(s))
        s = s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
    const max = s.length * 3 + 2;
    if (pos + max > out.length)
        grow(max);
    out[pos++] = 0x22;
    pos += out.write(s, pos, 'utf8');
    out[pos++] = 0x22;
}
function encode(value) {
    switch (typeof value) {
        case 'string':
            writeString(value);
            return;
        case 'boolean':
            writeAscii(value ? 'true' : 'false');
            return;
        case 'number':
            if (!Number.isSafeInteger(value))
                throw new Unencodable('an integer (canonical JSON has no floats)', String(value));
            writeAscii(String(value));
            return;
        case 'object': {
            if (value === null) {
                writeAscii('null');
                return;
            }
            if (depth >= MAX_CANONICAL_DEPTH)
                throw new Unencodable(`values nested at most ${MAX_CANONICAL_DEPTH} levels deep`, 'deeper nesting');
            depth++;
            try {
                encodeContainer(value);
            }
            finally {
                depth--;
            }
            return;
        }
        default:
            throw new Unencodable('a JSON value encodable as canonical JSON', typeof value);
    }
}
function encodeContainer(value) {
    if (pos + 2 > out.length)
        grow(2);
    if (Array.isArray(value)) {
        out[pos++] = 0x5b; // [
        for (let i = 0; i < value.length; i++) {
            if (i) {
                if (pos + 1 > out.length)
                    grow(1);
                out[pos++] = 0x2c; // ,
            }
            encode(value[i]);
        }
        if (pos + 1 > out.length)
            grow(1);
        out[pos++] = 0x5d; // ]
        return;
    }
    const obj = value;
    let keys = Object.keys(obj);
    if (keys.length > 1)
        keys = sortKeys(keys);
    out[pos++] = 0x7b; // {
    let first = true;
    for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        const v = obj[k];
        if (v === undefined)
            continue;
        if (!first) {
            if (pos + 1 > out.length)
                grow(1);
            out[pos++] = 0x2c; // ,
        }
        first = false;
        writeString(k);
        if (pos + 1 > out.length)
            grow(1);
        out[pos++] = 0x3a; // :
        encode(v);
    }
    if (pos + 1 > out.length)
        grow(1);
    out[pos++] = 0x7d; // }
}
/** The path (`a.b[2]`) of the first value the encoder refuses, in encoding order; '' for the root. */
function pathTo(value, level = 0) {
    if (typeof value === 'number')
        return Number.isSafeInteger(value) ? undefined : '';
    if (typeof value === 'string' || typeof value === 'boolean' || value === null)
        return undefined;
    if (typeof value !== 'object')
        return '';
    if (level >= MAX_CANONICAL_DEPTH)
        return '';
    if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
            const p = pathTo(value[i], level + 1);
            if (p !== undefined)
                return `[${i}]${p}`;
        }
        return undefined;
    }
    const obj = value;
    for (const k of sortKeys(Object.keys(obj))) {
        if (obj[k] === undefined)
            continue;
        const p = pathTo(obj[k], level + 1);
        if (p !== undefined)
            return `.${k}${p}`;
    }
    return undefined;
}
/** Encodes into a fresh buffer; returns its used part. @throws InputError as {@link encodeCanonical} */
function encodeToBuffer(value, sizeHint = 0) {
    out = Buffer.allocUnsafe(Math.max(1 << 12, Math.min(sizeHint, 1 << 30)));
    pos = 0;
    try {
        encode(value);
        return out.subarray(0, pos);
    }
    catch (e) {
        if (!(e instanceof Unencodable))
            throw e;
        const where = (pathTo(value) ?? '').replace(/^\./, '') || '(root)';
        throw new errors/* InputError */.dz(undefined, where, e.expected, { found: e.found });
    }
    finally {
        out = Buffer.alloc(0);
        pos = 0;
        depth = 0;
    }
}
/** Writes a non-empty hex string (`[0-9a-fA-F]+`) as a JSON string; false (nothing usable written) otherwise. */
function writeHex(h) {
    const n = h.length;
    if (n === 0)
        return false;
    if (pos + n + 2 > out.length)
        grow(n + 2);
    const buf = out;
    let p = pos;
    buf[p++] = 0x22;
    for (let i = 0; i < n; i++) {
        const c = h.charCodeAt(i);
        const l = c | 0x20; // ASCII lower case
        if (!((c >= 0x30 && c <= 0x39) || (l >= 0x61 && l <= 0x66)))
            return false;
        buf[p++] = c;
    }
    buf[p++] = 0x22;
    pos = p;
    return true;
}
/** Writes an artifact dict (path to digest set of algorithm to hex); false at the first entry of another shape. */
function writeArtifacts(dict) {
    if (!dict || typeof dict !== 'object' || Array.isArray(dict))
        return false;
    const obj = dict;
    let paths = Object.keys(obj);
    if (paths.length > 1)
        paths = sortKeys(paths);
    if (pos + 1 > out.length)
        grow(1);
    out[pos++] = 0x7b; // {
    for (let i = 0; i < paths.length; i++) {
        const set = obj[paths[i]];
        if (!set || typeof set !== 'object' || Array.isArray(set))
            return false;
        if (pos + 1 > out.length)
            grow(1);
        if (i)
            out[pos++] = 0x2c; // ,
        writeString(paths[i]);
        const digests = set;
        let algs = Object.keys(digests);
        if (algs.length > 1)
            algs = sortKeys(algs);
        if (pos + 2 > out.length)
            grow(2);
        out[pos++] = 0x3a; // :
        out[pos++] = 0x7b; // {
        for (let j = 0; j < algs.length; j++) {
            const h = digests[algs[j]];
            if (typeof h !== 'string')
                return false;
            if (pos + 1 > out.length)
                grow(1);
            if (j)
                out[pos++] = 0x2c; // ,
            writeString(algs[j]);
            if (pos + 1 > out.length)
                grow(1);
            out[pos++] = 0x3a; // :
            if (!writeHex(h))
                return false;
        }
        if (pos + 1 > out.length)
            grow(1);
        out[pos++] = 0x7d; // }
    }
    if (pos + 1 > out.length)
        grow(1);
    out[pos++] = 0x7d; // }
    return true;
}
/** The members of a normalized link (in_toto.models.link.Link), in code point order. */
const LINK_MEMBERS = ['_type', 'byproducts', 'command', 'environment', 'materials', 'name', 'products'];
/**
 * {@link canonicalBytes} of a normalized in-toto link (exactly the members of `LINK_MEMBERS`, none
 * undefined), written in the same single pass that checks its artifacts: every value of `materials` and
 * `products` must be a digest set, an object of algorithm to non-empty hex string (securesystemslib
 * HASHDICT_SCHEMA). Returns the bytes, byte-identical to `canonicalBytes(link)`; `'artifacts'` when an
 * artifact is of another shape (the caller names it); `undefined` when `link` is not of that form.
 * @throws InputError as {@link canonicalBytes} for a member canonical JSON cannot encode.
 */
function canonicalLinkBytes(link, sizeHint = 0) {
    const keys = Object.keys(link);
    if (keys.length !== LINK_MEMBERS.length || LINK_MEMBERS.some((k) => link[k] === undefined))
        return undefined;
    out = Buffer.allocUnsafe(Math.max(1 << 12, Math.min(sizeHint, 1 << 30)));
    pos = 0;
    // the members are one level inside the link, as in canonicalBytes(link)
    depth = 1;
    try {
        for (let i = 0; i < LINK_MEMBERS.length; i++) {
            const k = LINK_MEMBERS[i];
            writeAscii(i ? `,"${k}":` : `{"${k}":`);
            if (k === 'materials' || k === 'products') {
                if (!writeArtifacts(link[k]))
                    return 'artifacts';
            }
            else
                encode(link[k]);
        }
        writeAscii('}');
        return out.subarray(0, pos);
    }
    catch (e) {
        if (!(e instanceof Unencodable))
            throw e;
        const where = (pathTo(link) ?? '').replace(/^\./, '') || '(root)';
        throw new errors/* InputError */.dz(undefined, where, e.expected, { found: e.found });
    }
    finally {
        out = Buffer.alloc(0);
        pos = 0;
        depth = 0;
    }
}
/**
 * Encodes a JSON value as OLPC canonical JSON text (securesystemslib `encode_canonical`).
 * Members whose value is `undefined` are omitted. The text is the UTF-8 decoding of
 * {@link canonicalBytes}: a lone surrogate (which Python cannot encode at all) reads as U+FFFD.
 * @throws InputError for non-integer numbers and values JSON cannot represent, naming the path.
 */
function encodeCanonical(value) {
    return encodeToBuffer(value).toString('utf8');
}
/**
 * UTF-8 bytes of {@link encodeCanonical}: what in-toto signs (`Signable.signable_bytes`), written in
 * one pass into one buffer.
 * @param sizeHint expected size in bytes (e.g. the length of the JSON text the value was parsed from):
 *   the buffer starts that large instead of growing by doubling
 * @throws InputError as {@link encodeCanonical}.
 */
function canonicalBytes(value, sizeHint) {
    return encodeToBuffer(value, sizeHint);
}

;// CONCATENATED MODULE: ./src/intoto/fnmatch.ts
/**
 * Python `fnmatch` pattern matching as the in-toto reference applies it to artifact rules
 * (in_toto.verifylib uses `fnmatch.filter`, i.e. `fnmatchcase` on POSIX, following the
 * translation of CPython 3.11 `fnmatch.translate`):
 *
 * - `*` matches any run of characters, including `/` and newlines;
 * - `?` matches exactly one character (code point);
 * - `[seq]` matches one character in seq, `[!seq]` one not in seq; `a-z` ranges; a `]` right after
 *   `[` or `[!` is literal; an unclosed `[` is a literal `[`; empty ranges (`z-a`) are dropped;
 * - everything else matches itself; the whole path must match; matching is case-sensitive.
 */
const cache = new Map();
const escOutside = (c) => (/[\\^$.*+?()[\]{}|/]/.test(c) ? '\\' + c : c);
const escInside = (c) => ('\\][^-'.includes(c) ? '\\' + c : c);
function translateSet(content) {
    let negate = false;
    let chars = [...content];
    if (chars[0] === '!') {
        negate = true;
        chars = chars.slice(1);
    }
    const items = [];
    for (let k = 0; k < chars.length; k++) {
        if (chars[k + 1] === '-' && k + 2 < chars.length) {
            const lo = chars[k];
            const hi = chars[k + 2];
            if (lo.codePointAt(0) <= hi.codePointAt(0))
                items.push(`${escInside(lo)}-${escInside(hi)}`);
            k += 2;
        }
        else {
            items.push(escInside(chars[k]));
        }
    }
    if (items.length === 0)
        return negate ? '[\\s\\S]' : null;
    return `[${negate ? '^' : ''}${items.join('')}]`;
}
/** Translates a Python fnmatch pattern to an anchored JavaScript RegExp (flags `s`, plus `u` when needed). */
function translate(pattern) {
    const cached = cache.get(pattern);
    if (cached)
        return cached;
    const pat = [...pattern];
    const n = pat.length;
    let re = '';
    let i = 0;
    while (i < n) {
        const c = pat[i++];
        if (c === '*') {
            while (i < n && pat[i] === '*')
                i++;
            re += '[\\s\\S]*';
        }
        else if (c === '?') {
            re += '[\\s\\S]';
        }
        else if (c === '[') {
            let j = i;
            if (j < n && pat[j] === '!')
                j++;
            if (j < n && pat[j] === ']')
                j++;
            while (j < n && pat[j] !== ']')
                j++;
            if (j >= n) {
                re += '\\[';
            }
            else {
                const set = translateSet(pat.slice(i, j).join(''));
                re += set ?? '(?!)';
                i = j + 1;
            }
        }
        else {
            re += escOutside(c);
        }
    }
    // Unicode mode only matters where one pattern element must match one code point (`?`, sets) of a
    // non-BMP character; plain patterns use the faster non-Unicode engine (same matches).
    const unicode = /[?[]/.test(pattern) || /[\ud800-\udfff]/.test(pattern);
    const rx = new RegExp(`^(?:${re})$`, unicode ? 'su' : 's');
    if (cache.size > 10_000)
        cache.clear();
    cache.set(pattern, rx);
    return rx;
}
const matchers = new Map();
/**
 * The matcher of a pattern. Patterns whose only special character is one `*` run (`*`, `src/*`, `*.o`,
 * `dist/*.tar.gz`) are matched by prefix and suffix, which is what their translation `^prefix[\s\S]*suffix$`
 * means; patterns of literal characters and `?` (`file_?????.bin`) character by character; every other
 * pattern (and every case those cannot settle) by the regular expression of {@link translate}.
 */
function matcher(pattern) {
    let m = matchers.get(pattern);
    if (m)
        return m;
    const star = pattern.indexOf('*');
    let end = star;
    while (end >= 0 && pattern[end] === '*')
        end++;
    // (not with a surrogate in the pattern: a lone one must not match half of a character, as it would by code units)
    if (star >= 0 && !/[?[\ud800-\udfff]/.test(pattern) && pattern.indexOf('*', end) < 0) {
        const prefix = pattern.slice(0, star);
        const suffix = pattern.slice(end);
        const min = prefix.length + suffix.length;
        if (min === 0)
            m = { test: () => true };
        else
            m = { test: (n) => n.length >= min && n.startsWith(prefix) && n.endsWith(suffix) };
    }
    else if (star < 0 && !pattern.includes('[') && !/[\ud800-\udfff]/.test(pattern)) {
        // literal characters and `?` (one code point): compared unit by unit when the name is as long as the
        // pattern; a surrogate where `?` stands, or a longer name (which only surrogate pairs could make match),
        // is left to the regular expression
        // (the literal runs are compared by native string search, the `?` positions one by one)
        const rx = translate(pattern);
        const len = pattern.length;
        const runs = [];
        const anyAt = [];
        for (let i = 0; i < len;) {
            if (pattern[i] === '?')
                anyAt.push(i++);
            else {
                const at = i;
                while (i < len && pattern[i] !== '?')
                    i++;
                runs.push({ at, text: pattern.slice(at, i) });
            }
        }
        m = {
            test: (n) => {
                if (n.length !== len)
                    return n.length > len && rx.test(n);
                for (let k = 0; k < runs.length; k++)
                    if (!n.startsWith(runs[k].text, runs[k].at))
                        return false;
                for (let k = 0; k < anyAt.length; k++) {
                    const d = n.charCodeAt(anyAt[k]);
                    if (d >= 0xd800 && d <= 0xdfff)
                        return rx.test(n);
                }
                return true;
            },
        };
    }
    else {
        m = translate(pattern);
    }
    if (matchers.size > 10_000)
        matchers.clear();
    matchers.set(pattern, m);
    return m;
}
/** Whether `name` matches the fnmatch `pattern` (case-sensitive, whole string). */
function fnmatch(name, pattern) {
    return matcher(pattern).test(name);
}
/** The names matching `pattern`, in input order (Python `fnmatch.filter`). */
function fnmatchFilter(names, pattern) {
    const m = matcher(pattern);
    const out = [];
    if (pattern === '*')
        for (const n of names)
            out.push(n);
    else
        for (const n of names)
            if (m.test(n))
                out.push(n);
    return out;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/digest.ts
var digest = __webpack_require__(5543);
// EXTERNAL MODULE: ./src/core/ed25519.ts
var ed25519 = __webpack_require__(970);
;// CONCATENATED MODULE: ./src/intoto/sslib-keys.ts
/**
 * Keys in the securesystemslib formats that in-toto 1.x uses (securesystemslib 0.26 `keys.py`,
 * `interface.py`), their keyids, and signatures over in-toto's canonical JSON bytes.
 *
 * Public key files:  ed25519 and ecdsa: JSON `{"keytype","scheme","keyid_hash_algorithms","keyval":{"public"}}`
 * (ed25519 public = 64 hex chars; ecdsa public = SPKI PEM); rsa: SPKI PEM (`-----BEGIN PUBLIC KEY-----`).
 * Private key files: ed25519 and ecdsa: the same JSON with `keyval.private` (ed25519: 64 hex chars seed;
 * ecdsa: PEM); rsa: PEM (PKCS#1 or PKCS#8). Encrypted private keys are not supported. As an extension,
 * ed25519 keys may also be given as SPKI / PKCS#8 PEM (RFC 8410), the suite's own key format.
 *
 * keyid (securesystemslib `_get_keyid`): lowercase hex SHA-256 of the canonical JSON of
 * `{"keytype", "scheme", "keyid_hash_algorithms": ["sha256","sha512"], "keyval": {"public"}}`.
 *
 * Signatures: `{"keyid", "sig"}`, `sig` in lowercase hex. ed25519 (RFC 8032) through src/core/ed25519.ts;
 * ecdsa-sha2-nistp256/384 (DER-encoded ECDSA over SHA-256/384) and rsassa-pss-sha{224,256,384,512}
 * (MGF1 with the same hash; salt length = digest length when signing, any when verifying, as
 * pyca/cryptography `PSS.AUTO`) and rsa-pkcs1v15-sha* through node:crypto.
 */





/** Key types accepted by `--key-types` (in-toto SUPPORTED_KEY_TYPES). */
const KEY_TYPES = ['rsa', 'ed25519', 'ecdsa'];
/** securesystemslib's keyid hash algorithms (settings.HASH_ALGORITHMS). */
const KEYID_HASH_ALGORITHMS = ['sha256', 'sha512'];
const HEX64 = /^[0-9a-f]{64}$/;
const PUB_PEM = /-----BEGIN PUBLIC KEY-----[\s\S]*?-----END PUBLIC KEY-----/;
/** The public part of a key as securesystemslib hashes it for the keyid. */
function keyMetadata(keytype, scheme, publicValue) {
    return { keytype, scheme, keyid_hash_algorithms: KEYID_HASH_ALGORITHMS, keyval: { public: publicValue } };
}
/** keyid of a public key: SHA-256 hex of the canonical JSON of {@link keyMetadata} (securesystemslib `_get_keyid`). */
function computeKeyid(keytype, scheme, publicValue) {
    return (0,digest/* sha256Hex */.f)(encodeCanonical(keyMetadata(keytype, scheme, publicValue)));
}
/** The public key dict written in layouts and `.pub` files (no private part). */
function publicKeyDict(k) {
    const pub = 'keyval' in k ? k.keyval.public : k.public;
    return { keyid: k.keyid, keytype: k.keytype, scheme: k.scheme, keyid_hash_algorithms: KEYID_HASH_ALGORITHMS, keyval: { public: pub } };
}
function parseJsonKey(text, source) {
    try {
        const v = JSON.parse(text);
        if (!v || typeof v !== 'object' || Array.isArray(v))
            throw new Error('not an object');
        return v;
    }
    catch {
        throw new errors/* InputError */.dz(source, undefined, 'a securesystemslib key as JSON ({"keytype","scheme","keyval":{"public"}})');
    }
}
function checkKeyFields(o, source) {
    if (typeof o.keytype !== 'string')
        throw new errors/* InputError */.dz(source, 'keytype', 'string');
    if (typeof o.scheme !== 'string')
        throw new errors/* InputError */.dz(source, 'scheme', 'string');
    const keyval = o.keyval;
    if (!keyval || typeof keyval !== 'object' || typeof keyval.public !== 'string')
        throw new errors/* InputError */.dz(source, 'keyval.public', 'string');
    return { keytype: o.keytype, scheme: o.scheme, keyval };
}
function extractPublicPem(text, source) {
    const m = PUB_PEM.exec(text);
    if (!m) {
        const hint = text.trimStart().startsWith('{')
            ? '; this looks like a JSON key: pass --key-types ed25519 or ecdsa (the default is rsa)'
            : '';
        throw new errors/* InputError */.dz(source, undefined, `an RSA public key in PEM ('-----BEGIN PUBLIC KEY-----')${hint}`);
    }
    return m[0].replace(/\r\n/g, '\n');
}
/**
 * Loads a public key file as in-toto-verify's `--layout-keys`/`--key-types` do
 * (securesystemslib `import_publickeys_from_file`; the default type is rsa).
 * @throws InputError naming the file when the contents do not match the type.
 */
function parsePublicKeyFile(text, type, source) {
    if (type === 'rsa') {
        const pem = extractPublicPem(text, source);
        try {
            const ko = (0,external_node_crypto_.createPublicKey)(pem);
            if (ko.asymmetricKeyType !== 'rsa')
                throw new Error('not rsa');
        }
        catch {
            throw new errors/* InputError */.dz(source, undefined, 'an RSA public key (PEM)');
        }
        const scheme = 'rsassa-pss-sha256';
        return {
            keyid: computeKeyid('rsa', scheme, pem),
            keytype: 'rsa',
            scheme,
            keyid_hash_algorithms: KEYID_HASH_ALGORITHMS,
            keyval: { public: pem },
        };
    }
    if (type === 'ed25519' && text.trimStart().startsWith('-----BEGIN PUBLIC KEY-----'))
        return ed25519FromSpki(text, source);
    const o = parseJsonKey(text, source);
    const { keytype, scheme, keyval } = checkKeyFields(o, source);
    const pub = keyval.public;
    if (type === 'ed25519') {
        if (keytype !== 'ed25519')
            throw new errors/* InputError */.dz(source, 'keytype', 'ed25519', { found: keytype });
        if (!HEX64.test(pub))
            throw new errors/* InputError */.dz(source, 'keyval.public', '64 lowercase hex characters');
    }
    else if (!['ecdsa', 'ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp384'].includes(keytype)) {
        throw new errors/* InputError */.dz(source, 'keytype', 'ecdsa', { found: keytype });
    }
    return {
        keyid: computeKeyid(keytype, scheme, pub),
        keytype,
        scheme,
        keyid_hash_algorithms: KEYID_HASH_ALGORITHMS,
        keyval: { public: pub },
    };
}
/**
 * Loads a private key file as in-toto-run/in-toto-sign `--key`/`--key-type` do (unencrypted only).
 * @throws InputError naming the file when the contents do not match the type.
 */
function parsePrivateKeyFile(text, type, source) {
    if (type === 'rsa') {
        let ko;
        try {
            ko = (0,external_node_crypto_.createPrivateKey)(text);
        }
        catch {
            throw new errors/* InputError */.dz(source, undefined, 'an unencrypted RSA private key (PEM)');
        }
        if (ko.asymmetricKeyType !== 'rsa')
            throw new errors/* InputError */.dz(source, undefined, 'an RSA private key', { found: ko.asymmetricKeyType });
        const pub = (0,external_node_crypto_.createPublicKey)(ko).export({ type: 'spki', format: 'pem' }).trim();
        const priv = ko.export({ type: 'pkcs1', format: 'pem' });
        const scheme = 'rsassa-pss-sha256';
        return { keyid: computeKeyid('rsa', scheme, pub), keytype: 'rsa', scheme, public: pub, private: priv };
    }
    if (type === 'ed25519' && text.trimStart().startsWith('-----BEGIN PRIVATE KEY-----'))
        return ed25519FromPkcs8(text, source);
    const o = parseJsonKey(text, source);
    const { keytype, scheme, keyval } = checkKeyFields(o, source);
    if (typeof keyval.private !== 'string' || !keyval.private)
        throw new errors/* InputError */.dz(source, 'keyval.private', 'a private key (encrypted key files are not supported)');
    const pub = keyval.public;
    if (type === 'ed25519') {
        if (keytype !== 'ed25519')
            throw new errors/* InputError */.dz(source, 'keytype', 'ed25519', { found: keytype });
        if (!HEX64.test(keyval.private))
            throw new errors/* InputError */.dz(source, 'keyval.private', '64 hex characters');
    }
    else if (!['ecdsa', 'ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp384'].includes(keytype)) {
        throw new errors/* InputError */.dz(source, 'keytype', 'ecdsa', { found: keytype });
    }
    const key = { keyid: computeKeyid(keytype, scheme, pub), keytype, scheme, public: pub, private: keyval.private };
    // the public half must belong to the private half
    const probe = new TextEncoder().encode('in-toto key check');
    if (!verifySignature(publicKeyDict(key), signBytes(key, probe), probe))
        throw new errors/* InputError */.dz(source, 'keyval.public', 'the public key matching keyval.private');
    return key;
}
/**
 * An Ed25519 SPKI PEM (RFC 8410, the suite's own key format, e.g. examples/keys/*.pub.pem) as a
 * securesystemslib ed25519 key: the same 32 bytes, hex-encoded, keyid computed as securesystemslib does.
 */
function ed25519FromSpki(text, source) {
    let x;
    try {
        const jwk = (0,external_node_crypto_.createPublicKey)(text).export({ format: 'jwk' });
        if (jwk.kty === 'OKP' && jwk.crv === 'Ed25519')
            x = jwk.x;
    }
    catch {
        /* reported below */
    }
    if (!x)
        throw new errors/* InputError */.dz(source, undefined, 'an Ed25519 public key (securesystemslib JSON or SPKI PEM)');
    const pub = Buffer.from(x, 'base64url').toString('hex');
    return {
        keyid: computeKeyid('ed25519', 'ed25519', pub),
        keytype: 'ed25519',
        scheme: 'ed25519',
        keyid_hash_algorithms: KEYID_HASH_ALGORITHMS,
        keyval: { public: pub },
    };
}
/** An Ed25519 PKCS#8 PEM (RFC 8410, e.g. the suite's dev key) as a securesystemslib ed25519 private key. */
function ed25519FromPkcs8(text, source) {
    let jwk = {};
    try {
        jwk = (0,external_node_crypto_.createPrivateKey)(text).export({ format: 'jwk' });
    }
    catch {
        /* reported below */
    }
    if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || !jwk.x || !jwk.d)
        throw new errors/* InputError */.dz(source, undefined, 'an Ed25519 private key (securesystemslib JSON or PKCS#8 PEM)');
    const pub = Buffer.from(jwk.x, 'base64url').toString('hex');
    return {
        keyid: computeKeyid('ed25519', 'ed25519', pub),
        keytype: 'ed25519',
        scheme: 'ed25519',
        public: pub,
        private: Buffer.from(jwk.d, 'base64url').toString('hex'),
    };
}
const HASH_OF = {
    'ecdsa-sha2-nistp256': 'sha256',
    'ecdsa-sha2-nistp384': 'sha384',
    'rsassa-pss-sha224': 'sha224',
    'rsassa-pss-sha256': 'sha256',
    'rsassa-pss-sha384': 'sha384',
    'rsassa-pss-sha512': 'sha512',
    'rsa-pkcs1v15-sha224': 'sha224',
    'rsa-pkcs1v15-sha256': 'sha256',
    'rsa-pkcs1v15-sha384': 'sha384',
    'rsa-pkcs1v15-sha512': 'sha512',
};
const DIGEST_LEN = { sha224: 28, sha256: 32, sha384: 48, sha512: 64 };
function edPrivate(key) {
    // core/ed25519.ts sign() needs only the seed; the PublicKey half is filled for type completeness.
    const seed = new Uint8Array(Buffer.from(key.private, 'hex'));
    const bytes = new Uint8Array(Buffer.from(key.public, 'hex'));
    return {
        kid: key.keyid,
        seed,
        publicKey: { kid: key.keyid, bytes, jwk: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(bytes).toString('base64url'), kid: key.keyid } },
    };
}
/**
 * Signs bytes with a securesystemslib private key; returns the raw signature bytes.
 * @throws InputError for an unsupported keytype/scheme combination.
 */
function signBytes(key, data) {
    if (key.keytype === 'ed25519' && key.scheme === 'ed25519')
        return (0,ed25519/* sign */._S)(data, edPrivate(key));
    const hash = HASH_OF[key.scheme];
    if (!hash)
        throw new errors/* InputError */.dz(undefined, 'scheme', 'a supported signature scheme (ed25519, ecdsa-sha2-nistp256/384, rsassa-pss-sha256, ...)', {
            found: key.scheme,
        });
    if (key.keytype === 'rsa') {
        const padding = key.scheme.startsWith('rsassa-pss') ? external_node_crypto_.constants.RSA_PKCS1_PSS_PADDING : external_node_crypto_.constants.RSA_PKCS1_PADDING;
        return new Uint8Array((0,external_node_crypto_.sign)(hash, data, { key: key.private, padding, saltLength: DIGEST_LEN[hash] }));
    }
    return new Uint8Array((0,external_node_crypto_.sign)(hash, data, { key: key.private, dsaEncoding: 'der' }));
}
/**
 * Verifies raw signature bytes over data with a securesystemslib public key dict
 * (securesystemslib `keys.verify_signature`). Returns false for a bad signature, malformed key
 * material or an unsupported scheme (fail closed).
 */
function verifySignature(key, sig, data) {
    try {
        const { keytype, scheme } = key;
        const pub = key.keyval.public;
        if (keytype === 'ed25519') {
            const raw = ed25519Public(key);
            return raw !== null && (0,ed25519/* verify */.MX)(sig, data, raw);
        }
        const hash = HASH_OF[scheme];
        if (!hash)
            return false;
        if (keytype === 'rsa') {
            if (!scheme.startsWith('rsa'))
                return false;
            const pss = scheme.startsWith('rsassa-pss');
            return (0,external_node_crypto_.verify)(hash, data, {
                key: pub,
                padding: pss ? external_node_crypto_.constants.RSA_PKCS1_PSS_PADDING : external_node_crypto_.constants.RSA_PKCS1_PADDING,
                saltLength: pss ? external_node_crypto_.constants.RSA_PSS_SALTLEN_AUTO : undefined,
            }, sig);
        }
        if (['ecdsa', 'ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp384'].includes(keytype)) {
            if (!scheme.startsWith('ecdsa-'))
                return false;
            return (0,external_node_crypto_.verify)(hash, data, { key: pub, dsaEncoding: 'der' }, sig);
        }
        return false;
    }
    catch {
        return false;
    }
}
/** The 32 raw bytes of an ed25519 key of scheme ed25519, or null when its scheme or public value is not one. */
function ed25519Public(key) {
    const pub = key.keyval.public;
    if (key.scheme !== 'ed25519' || typeof pub !== 'string' || !/^[0-9a-fA-F]{64}$/.test(pub))
        return null;
    return new Uint8Array(Buffer.from(pub, 'hex'));
}
/**
 * {@link verifySignature} with an Ed25519 key's OpenSSL work in libuv's thread pool (core/ed25519.ts
 * `verifyAsync`); the verdict is the same on every input. Other key types are verified synchronously.
 * Never rejects (fail closed: any failure is false).
 */
function verifySignatureAsync(key, sig, data) {
    try {
        if (key.keytype !== 'ed25519')
            return Promise.resolve(verifySignature(key, sig, data));
        const raw = ed25519Public(key);
        return raw === null ? Promise.resolve(false) : (0,ed25519/* verifyAsync */.kv)(sig, data, raw);
    }
    catch {
        return Promise.resolve(false);
    }
}
/** Signs with a key and returns the Metablock signature object (hex sig). */
function createSignature(key, data) {
    return { keyid: key.keyid, sig: Buffer.from(signBytes(key, data)).toString('hex') };
}
/** Generates a key pair of a type: ed25519, ecdsa (nistp256) or rsa (3072 bits, rsassa-pss-sha256). */
async function generateKey(type) {
    if (type === 'ed25519') {
        const { privateKey } = (0,external_node_crypto_.generateKeyPairSync)('ed25519');
        const jwk = privateKey.export({ format: 'jwk' });
        const seed = Buffer.from(jwk.d, 'base64url');
        const pub = Buffer.from(jwk.x, 'base64url');
        await (0,ed25519/* publicKeyFromBytes */.Mk)(new Uint8Array(pub)); // validates the 32-byte point through the shared core
        const pubHex = pub.toString('hex');
        return {
            keyid: computeKeyid('ed25519', 'ed25519', pubHex),
            keytype: 'ed25519',
            scheme: 'ed25519',
            public: pubHex,
            private: seed.toString('hex'),
        };
    }
    if (type === 'ecdsa') {
        const { privateKey, publicKey } = (0,external_node_crypto_.generateKeyPairSync)('ec', { namedCurve: 'prime256v1' });
        const pub = publicKey.export({ type: 'spki', format: 'pem' });
        const priv = privateKey.export({ type: 'sec1', format: 'pem' });
        return {
            keyid: computeKeyid('ecdsa', 'ecdsa-sha2-nistp256', pub),
            keytype: 'ecdsa',
            scheme: 'ecdsa-sha2-nistp256',
            public: pub,
            private: priv,
        };
    }
    const { privateKey, publicKey } = (0,external_node_crypto_.generateKeyPairSync)('rsa', { modulusLength: 3072 });
    const pub = publicKey.export({ type: 'spki', format: 'pem' }).trim();
    const priv = privateKey.export({ type: 'pkcs1', format: 'pem' });
    return { keyid: computeKeyid('rsa', 'rsassa-pss-sha256', pub), keytype: 'rsa', scheme: 'rsassa-pss-sha256', public: pub, private: priv };
}
/**
 * The files securesystemslib writes for a key pair: `{ private, public }` texts.
 * ed25519/ecdsa: JSON (private file includes keyid and the private value); rsa: PEM.
 */
function keyFiles(key) {
    if (key.keytype === 'rsa')
        return { private: key.private, public: key.public + '\n' };
    const pub = { keytype: key.keytype, scheme: key.scheme, keyid_hash_algorithms: KEYID_HASH_ALGORITHMS, keyval: { public: key.public } };
    const priv = {
        keytype: key.keytype,
        scheme: key.scheme,
        keyid: key.keyid,
        keyid_hash_algorithms: KEYID_HASH_ALGORITHMS,
        keyval: { public: key.public, private: key.private },
    };
    return { private: JSON.stringify(priv), public: JSON.stringify(pub) };
}
/** Validates a key dict found inside a layout's `keys` (securesystemslib ANY_PUBKEY_SCHEMA, loosely). */
function checkLayoutKey(v, source, field) {
    const o = v;
    if (!o || typeof o !== 'object' || Array.isArray(o))
        throw new errors/* InputError */.dz(source, field, 'a public key object');
    if (typeof o.keyid !== 'string')
        throw new errors/* InputError */.dz(source, `${field}.keyid`, 'string');
    checkKeyFields(o, `${source}: ${field}`);
    const k = o;
    if (k.subkeys !== undefined) {
        if (!k.subkeys || typeof k.subkeys !== 'object')
            throw new errors/* InputError */.dz(source, `${field}.subkeys`, 'an object of keys');
        for (const [sid, sk] of Object.entries(k.subkeys))
            checkLayoutKey(sk, source, `${field}.subkeys.${sid}`);
    }
    return k;
}

// EXTERNAL MODULE: ./src/core/dsse.ts
var dsse = __webpack_require__(9394);
;// CONCATENATED MODULE: ./src/intoto/artifact-index.ts
/**
 * Artifact indexes: the materials or products of a link as a `Map` of artifact path to digest key, the
 * form artifact rules (rules.ts, in-toto specification v1.0 section 4.3.3) are applied over.
 *
 * Two digest sets are equal (the reference compares them as Python dicts: same algorithms, same hex
 * strings) exactly when their digest keys ({@link digestKey}) are equal strings. A link read by the one-pass scanner (linkscan.ts) carries
 * the index the scanner built from the file's bytes, and builds no per-artifact objects unless its
 * `materials` / `products` are read; any other link is indexed from its artifact dicts.
 */

/**
 * An artifact index over paths in strictly increasing UTF-16 order (a link's artifacts as in-toto writes
 * them), kept as two arrays: no hashing to build it. Lookups made in increasing order (rules visit the
 * artifacts of an item in order, and MATCH maps paths through prefixes, which keeps their order) each
 * move a cursor a step; any other lookup is a binary search.
 */
class SortedArtifactIndex {
    paths;
    digestKeys;
    noBackslash;
    at = 0;
    /**
     * @param paths strictly increasing (`paths[i - 1] < paths[i]`); not copied
     * @param digestKeys the digest key of each path, as strings or as slices of one string; not copied
     * @param noBackslash whether it is known that no path holds a backslash (the scanner's paths hold none)
     */
    constructor(paths, digestKeys, noBackslash = false) {
        this.paths = paths;
        this.digestKeys = digestKeys;
        this.noBackslash = noBackslash;
    }
    get size() {
        return this.paths.length;
    }
    /** The position of `path`, or -1. */
    find(path) {
        const ps = this.paths;
        const n = ps.length;
        let i = this.at;
        // from the cursor, when `path` sorts after the path before it: the lower bound of `path` is usually
        // the cursor itself or one of the next few positions (a miss costs one comparison too)
        if (i === 0 || ps[i - 1] < path) {
            for (let k = 0; k < 4 && i < n && ps[i] < path; k++)
                i++;
            if (i === n || !(ps[i] < path)) {
                this.at = i;
                return i < n && ps[i] === path ? i : -1;
            }
        }
        let lo = 0;
        let hi = n;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (ps[mid] < path)
                lo = mid + 1;
            else
                hi = mid;
        }
        this.at = lo;
        return lo < n && ps[lo] === path ? lo : -1;
    }
    /** The digest key of the path at position `i` (0 <= i < size). */
    keyAt(i) {
        const k = this.digestKeys;
        return Array.isArray(k) ? k[i] : k.text.slice(k.bounds[2 * i], k.bounds[2 * i + 1]);
    }
    get(path) {
        const i = this.find(path);
        return i < 0 ? undefined : this.keyAt(i);
    }
    has(path) {
        return this.find(path) >= 0;
    }
    keys() {
        return this.paths.values();
    }
    /** The paths, in order (the index's own array: not to be changed). */
    pathList() {
        return this.paths;
    }
    /**
     * Whether `other` is an index over the very same arrays as this one (as the scanner makes for two dicts
     * of the same text): then every path of either has the same digest key in both.
     */
    sharesArrays(other) {
        return other instanceof SortedArtifactIndex && other.paths === this.paths && other.digestKeys === this.digestKeys;
    }
    *[Symbol.iterator]() {
        for (let i = 0; i < this.paths.length; i++)
            yield [this.paths[i], this.keyAt(i)];
    }
}
/** Indexes a scanned link carries, until its artifact dicts are handed out (and could be changed). */
const attached = new WeakMap();
const artifact_index_NEEDS_ESCAPE = /["\\]/;
const quote = (s) => `"${artifact_index_NEEDS_ESCAPE.test(s) ? s.replace(/\\/g, '\\\\').replace(/"/g, '\\"') : s}"`;
/**
 * The digest key of a digest set (algorithm to hex string): the hex digest of a set of exactly one
 * `sha256` (the common case: no string is built), else the set's OLPC canonical JSON text (equal to
 * `encodeCanonical(set)`), which starts with `{` as no hex digest does. Equal keys mean equal digest sets.
 */
function digestKey(set) {
    let algs = Object.keys(set);
    if (algs.length === 1 && algs[0] === 'sha256' && typeof set.sha256 === 'string' && set.sha256[0] !== '{')
        return set.sha256;
    if (algs.length > 1)
        algs = algs.sort(compareCodePoints);
    let s = '{';
    for (let i = 0; i < algs.length; i++)
        s += `${i ? ',' : ''}${quote(algs[i])}:${quote(set[algs[i]])}`;
    return `${s}}`;
}
/** Indexes an artifact dict (path to digest set) in its key order. */
function indexArtifacts(dict) {
    const idx = new Map();
    for (const p of Object.keys(dict))
        idx.set(p, digestKey(dict[p]));
    return idx;
}
/**
 * The artifact dict an index stands for, built as `JSON.parse` builds it from canonical text (own data
 * properties in index order). The index must not hold the path `__proto__` (the scanner never makes one).
 */
function dictFromIndex(idx) {
    const dict = {};
    for (const [p, k] of idx)
        dict[p] = digestSetOf(k);
    return dict;
}
/** The digest set a digest key stands for. */
function digestSetOf(key) {
    return key[0] === '{' ? JSON.parse(key) : { sha256: key };
}
/**
 * Makes `link.materials` and `link.products` lazy views of the given indexes: the dicts are built on
 * first read (or replaced on write), and from then on the link is indexed from its dicts again.
 */
function attachArtifactIndex(link, materials, products) {
    attached.set(link, { materials, products });
    for (const [which, idx] of [
        ['materials', materials],
        ['products', products],
    ]) {
        const settle = (value) => {
            attached.delete(link);
            Object.defineProperty(link, which, { value, writable: true, enumerable: true, configurable: true });
            return value;
        };
        Object.defineProperty(link, which, {
            get: () => settle(dictFromIndex(idx)),
            set: (v) => void settle(v),
            enumerable: true,
            configurable: true,
        });
    }
}
/** Whether a link still carries the scanner's indexes (its artifact dicts were never read). */
function hasAttachedIndex(link) {
    return attached.has(link);
}
/**
 * The index of a link's materials or products: the scanner's when attached, else one built from the
 * dict. `cache` (one per verification pass) keeps built indexes of links that are not changed meanwhile.
 */
function artifactIndexOf(link, which, cache) {
    const a = attached.get(link);
    if (a)
        return a[which];
    let c = cache?.get(link);
    const hit = c?.[which];
    if (hit)
        return hit;
    const idx = indexArtifacts(link[which]);
    if (cache) {
        if (!c)
            cache.set(link, (c = {}));
        c[which] = idx;
    }
    return idx;
}
/** Whether two indexes hold the same paths with equal digest sets. */
function sameArtifacts(a, b) {
    if (a.size !== b.size)
        return false;
    for (const [p, k] of a)
        if (b.get(p) !== k)
            return false;
    return true;
}

;// CONCATENATED MODULE: ./src/intoto/rules.ts
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




const GENERIC = new Set(['create', 'delete', 'modify', 'allow', 'disallow', 'require']);
/**
 * Parses a rule (list of strings) as rulelib.unpack_rule does.
 * @throws InputError naming `source` when the rule has a wrong format.
 */
function unpackRule(rule, source) {
    const lower = rule.map((r) => r.toLowerCase());
    const n = rule.length;
    if (n < 2 || !(GENERIC.has(lower[0]) || lower[0] === 'match')) {
        throw new errors/* InputError */.dz(source, undefined, 'a rule starting with one of MATCH, CREATE, DELETE, MODIFY, ALLOW, DISALLOW, REQUIRE and a pattern', { found: JSON.stringify(rule) });
    }
    if (GENERIC.has(lower[0])) {
        if (n !== 2)
            throw new errors/* InputError */.dz(source, undefined, `'${rule[0].toUpperCase()} <pattern>' (exactly two elements)`, {
                found: JSON.stringify(rule),
            });
        return { type: lower[0], pattern: rule[1] };
    }
    let sourcePrefix = '';
    let destType;
    let destPrefix = '';
    let destName;
    if (n === 10 && lower[2] === 'in' && lower[4] === 'with' && lower[6] === 'in' && lower[8] === 'from') {
        [sourcePrefix, destType, destPrefix, destName] = [rule[3], lower[5], rule[7], rule[9]];
    }
    else if (n === 8 && lower[2] === 'in' && lower[4] === 'with' && lower[6] === 'from') {
        [sourcePrefix, destType, destName] = [rule[3], lower[5], rule[7]];
    }
    else if (n === 8 && lower[2] === 'with' && lower[4] === 'in' && lower[6] === 'from') {
        [destType, destPrefix, destName] = [lower[3], rule[5], rule[7]];
    }
    else if (n === 6 && lower[2] === 'with' && lower[4] === 'from') {
        [destType, destName] = [lower[3], rule[5]];
    }
    else {
        throw new errors/* InputError */.dz(source, undefined, "'MATCH <pattern> [IN <source-path-prefix>] WITH (MATERIALS|PRODUCTS) [IN <destination-path-prefix>] FROM <step>'", { found: JSON.stringify(rule) });
    }
    if (destType !== 'materials' && destType !== 'products')
        throw new errors/* InputError */.dz(source, undefined, 'MATERIALS or PRODUCTS after WITH', { found: JSON.stringify(rule) });
    return { type: 'match', pattern: rule[1], sourcePrefix, destType, destPrefix, destName };
}
/** Joins like Python os.path.join(prefix, path) for a relative path, with '\' turned into '/'. */
function joinPath(prefix, path) {
    if (path.startsWith('/'))
        return path;
    const p = prefix === '' || prefix.endsWith('/') ? prefix + path : `${prefix}/${path}`;
    return p.includes('\\') ? p.replace(/\\/g, '/') : p;
}
function hint(hints, path, text) {
    if (!hints)
        return;
    const h = hints.get(path);
    if (h)
        h.push(text);
    else
        hints.set(path, [text]);
}
/** A digest key (artifact-index.ts) shortened for messages: `sha256:0123456789ab…`. */
const rules_short = (key) => key
    ? Object.entries(digestSetOf(key))
        .map(([a, h]) => `${a}:${h.slice(0, 12)}…`)
        .join(',')
    : 'none';
function matchRule(rule, queue, source, links, raw, cache, hints) {
    const consumed = [];
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
            const block = (pre) => [
                lowerBound(list, (p) => p < pre),
                lowerBound(list, (p) => p < pre || p.startsWith(pre)),
            ];
            const [lo, hi] = block(prefix);
            // (with an empty pattern prefix, the absolute rests start with the source prefix and `/`: when
            // there are any, the loop below decides, as they map to other paths)
            const [alo, ahi] = norm && prefix === norm ? block(`${norm}/`) : [hi, hi];
            if (alo === ahi)
                return lo === 0 && hi === list.length ? 'all' : list.slice(lo, hi);
        }
    }
    for (let i = 0; i < list.length; i++) {
        const queued = list[i];
        let path = queued;
        if (norm) {
            if (!queued.startsWith(norm))
                continue;
            if (toItself && queued.charCodeAt(norm.length) !== 0x2f && !queued.includes('\\')) {
                consumed.push(queued);
                continue;
            }
            path = queued.slice(norm.length);
        }
        else if (toItself) {
            consumed.push(queued);
            continue;
        }
        if (!all && !m.test(path))
            continue;
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
            hint(hints, full, `'${raw.join(' ')}': digests differ (${rules_short(key)} here, ${rules_short(destKey)} in the ${rule.destType} of ${rule.destName})`);
            continue;
        }
        if (full !== queued)
            exact = false;
        consumed.push(full);
    }
    // each queued path was visited once: as many exact consumptions as queued paths is all of them
    return exact && consumed.length === queue.size ? 'all' : consumed;
}
const sorted = (xs) => [...xs].sort(fsx/* comparePaths */.cD);
/** The first index of `list` where `before` is false (`before` true on a prefix of `list`, false after). */
function lowerBound(list, before) {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (before(list[mid]))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/**
 * Whether `other` may hold one of the queued paths `list` (taken from `artifacts`): false when it is
 * empty, or when `list` is a sorted index's own array (the whole index queued), `other` is a sorted index
 * too, and all of `other`'s paths sort before or all after `list`'s (a step's products under `build/`, its
 * materials under `src/`): then no path needs looking up.
 */
function overlaps(list, artifacts, other) {
    if (!other.size)
        return false;
    if (!list.length ||
        !(other instanceof SortedArtifactIndex) ||
        !(artifacts instanceof SortedArtifactIndex) ||
        list !== artifacts.pathList())
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
    all;
    rest = null;
    empty = false;
    constructor(all) {
        this.all = all;
    }
    get size() {
        return this.empty ? 0 : (this.rest ?? this.all).size;
    }
    has(path) {
        return !this.empty && (this.rest ?? this.all).has(path);
    }
    /** The queued paths (do not change the queue while iterating). */
    paths() {
        return this.empty ? [] : (this.rest ?? this.all.keys());
    }
    /** The queued paths as an array (a sorted index's own array while the whole index is queued). */
    list() {
        if (this.empty)
            return [];
        if (this.rest)
            return [...this.rest];
        return this.all instanceof SortedArtifactIndex ? this.all.pathList() : [...this.all.keys()];
    }
    clear() {
        this.empty = true;
        this.rest = null;
    }
    /**
     * Removes paths from the queue. `distinctQueued`: the caller knows every path is queued and none is
     * repeated, so as many paths as queued ones empty the queue (otherwise paths not queued, as a MATCH
     * with an absolute path consumes, are only deleted).
     */
    remove(paths, distinctQueued) {
        if (this.empty || !paths.length)
            return;
        if (distinctQueued && paths.length === this.size)
            return this.clear();
        this.rest ??= new Set(this.all.keys());
        for (const p of paths)
            this.rest.delete(p);
    }
}
/**
 * Applies an item's rules to its materials or products (verifylib.verify_item_rules).
 * @param links the (reduced) link per step/inspection name; `links.get(item)` must exist.
 * @returns null when all rules pass, else the first failure.
 */
function verifyItemRules(item, which, rules, links) {
    const link = links.get(item);
    const cache = new Map();
    const materials = artifactIndexOf(link, 'materials', cache);
    const products = artifactIndexOf(link, 'products', cache);
    const artifacts = which === 'materials' ? materials : products;
    const queue = new Queue(artifacts);
    const list = which === 'materials' ? 'expected_materials' : 'expected_products';
    const hints = new Map();
    const explain = (arts) => {
        const lines = arts.filter((a) => hints.has(a)).map((a) => `${a}: ${hints.get(a).join('; ')}`);
        return lines.length ? ` (${lines.join('; ')})` : '';
    };
    for (const [index, raw] of rules.entries()) {
        const rule = unpackRule(raw, `${item}: ${list}[${index}]`);
        let consumed = [];
        let distinctQueued = false;
        if (rule.type === 'match') {
            const out = matchRule(rule, queue, artifacts, links, raw, cache, hints);
            if (out === 'all')
                queue.clear();
            else
                consumed = out;
        }
        else if (rule.type === 'disallow') {
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
        }
        else if (rule.type === 'require') {
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
        }
        else {
            const rx = matcher(rule.pattern);
            const all = rule.pattern === '*';
            const list = queue.list();
            let out = [];
            // a queued path is one of `artifacts`: only the other side needs looking up. One loop per rule
            // type: CREATE among products and DELETE among materials consume what the other side lacks,
            // MODIFY what it holds with other digests; the other combinations consume nothing.
            const other = which === 'materials' ? products : materials;
            const type = rule.type;
            if (type === 'allow' ||
                ((type === 'create' ? which === 'products' : type === 'delete' && which === 'materials') && !overlaps(list, artifacts, other))) {
                if (all)
                    out = list.slice();
                else
                    for (let i = 0; i < list.length; i++)
                        if (rx.test(list[i]))
                            out.push(list[i]);
            }
            else if (type === 'create' ? which === 'products' : type === 'delete' && which === 'materials') {
                for (let i = 0; i < list.length; i++) {
                    const p = list[i];
                    if ((all || rx.test(p)) && !other.has(p))
                        out.push(p);
                }
            }
            else if (type === 'modify' && other.size) {
                for (let i = 0; i < list.length; i++) {
                    const p = list[i];
                    if (!all && !rx.test(p))
                        continue;
                    const o = other.get(p);
                    if (o !== undefined && o !== artifacts.get(p))
                        out.push(p);
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

;// CONCATENATED MODULE: ./src/intoto/linkscan.ts
/**
 * One-pass scanner for link Metablocks as in-toto writes them (`json.dumps(..., sort_keys=True)`, any
 * indentation): reads the file's bytes once and produces, without building an object per artifact,
 *
 * - the OLPC canonical bytes of the normalized `signed` link (what its signatures cover, specification
 *   v1.0 section 4.2; byte-identical to `canonicalBytes(readLink(JSON.parse(text).signed))`), and
 * - an artifact index (artifact-index.ts) of its materials and products: path to digest key.
 *
 * It is a fast path only. It accepts the common, unambiguous form and answers `undefined` for anything
 * else, and the caller then takes the general path (JSON.parse, normalization, the generic encoder),
 * which also produces every error message. The form accepted:
 *
 * - the top level is an object with exactly the members `signatures` and `signed`, in that order;
 * - `signed` has exactly the seven members of a normalized link (`_type`, `byproducts`, `command`,
 *   `environment`, `materials`, `name`, `products`) in that (code point) order, `_type` is `"link"`,
 *   `name` a string, `byproducts` and `environment` objects and `command` a list of strings;
 * - in `materials` and `products`, every artifact has a digest set of one algorithm (a non-empty hex
 *   string); paths and algorithm names are printable ASCII strings without `"` or `\` (so without
 *   escapes: a string's bytes are its characters, and its canonical text is its text), paths other than
 *   `__proto__`, each path strictly greater than the one before (sorted, no duplicates: for ASCII, UTF-16
 *   order is code point order); there the canonical text is the file's text without its whitespace, which
 *   one loop over the bytes writes while it checks the form and notes where each path and digest lies;
 * - the other members (and `signatures`) are parsed with JSON.parse from their own bytes and encoded
 *   by the generic encoder; nesting is bounded ({@link MAX_SCAN_DEPTH}).
 *
 * Nothing here is trusted: the caller verifies a signature over the bytes before the rules read the index.
 */


/** Deepest nesting the scanner follows; deeper values go to the general path (which bounds it too). */
const MAX_SCAN_DEPTH = 1000;
/** Largest file the scanner reads (bytes); larger ones go to the general path. */
const MAX_SCAN_BYTES = 0x3fffffff;
/** Dicts shorter than this (bytes) are not kept in a {@link ScanMemo}: rescanning them is cheap. */
const MEMO_MIN_LENGTH = 4096;
/** How many bytes of a dict's text a {@link ScanMemo} files it under. */
const MEMO_HEAD = 256;
/**
 * Artifact dicts already scanned, for the links of one verification (create one per verification and pass
 * it to each {@link scanLinkMetablock} call). The links of a supply chain repeat whole dicts: a step's
 * materials are the products of the step before, and in-toto writes both at the same depth, so with the
 * same text byte for byte. The canonical text and index of a dict are a function of its text alone, so a
 * dict met again (the same bytes from its `{` to its `}`: one memory comparison) is taken from here instead
 * of scanned again. Holds the files' bytes while it lives.
 */
class ScanMemo {
    byHead = new Map();
    count = 0;
    /** The number of dicts held. */
    get size() {
        return this.count;
    }
    /** The dict whose text starts at `start` of `bytes`, if one with the same text was kept. */
    find(bytes, start) {
        const end = bytes.length;
        if (end - start < MEMO_MIN_LENGTH)
            return undefined;
        const list = this.byHead.get(bytes.toString('latin1', start, start + MEMO_HEAD));
        if (list)
            for (const d of list) {
                const n = d.text.length;
                if (n <= end - start && bytes[start + n - 1] === 0x7d && bytes.compare(d.text, 0, n, start, start + n) === 0)
                    return d;
            }
        return undefined;
    }
    /** Keeps a scanned dict (if long enough to be worth it). */
    add(d) {
        if (d.text.length < MEMO_MIN_LENGTH)
            return;
        const head = Buffer.from(d.text.buffer, d.text.byteOffset, MEMO_HEAD).toString('latin1');
        const list = this.byHead.get(head);
        if (list)
            list.push(d);
        else
            this.byHead.set(head, [d]);
        this.count++;
    }
    /** Forgets every dict (and the bytes they hold). */
    clear() {
        this.byHead.clear();
        this.count = 0;
    }
}
/** Raised to leave the fast path; never escapes {@link scanLinkMetablock}. */
const BAIL = new Error('not on the fast path');
// Scanner state of the single, synchronous scan in progress: the file's bytes and the read position; the
// buffer the canonical bytes are written into and the write position.
let b = Buffer.alloc(0);
let p = 0;
let linkscan_out = Buffer.alloc(0);
let o = 0;
let memo;
const isWs = (c) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
/** The position of the first non-whitespace byte at or after `i`. */
function skipWs(i) {
    while (isWs(b[i]))
        i++;
    return i;
}
/** Reads the character `c` after optional whitespace. */
function expect(c) {
    p = skipWs(p);
    if (b[p] !== c)
        throw BAIL;
    p++;
}
/** Reads `,` (true: another member follows) or `close` (false) after optional whitespace. */
function more(close) {
    p = skipWs(p);
    const c = b[p++];
    if (c === 0x2c)
        return true;
    if (c === close)
        return false;
    throw BAIL;
}
/** Reads a string of printable ASCII other than `"` and `\` (no escapes); returns its contents. */
function plain() {
    p = skipWs(p);
    if (b[p] !== 0x22)
        throw BAIL;
    const q = b.indexOf(0x22, p + 1);
    if (q < 0)
        throw BAIL;
    for (let i = p + 1; i < q; i++) {
        const c = b[i];
        if (c < 0x20 || c > 0x7e || c === 0x5c)
            throw BAIL;
    }
    const s = b.toString('latin1', p + 1, q);
    p = q + 1;
    return s;
}
/** Skips one JSON value (its syntax is checked by JSON.parse of its bytes); bounded nesting. */
function skipValue(depth) {
    p = skipWs(p);
    const c = b[p];
    if (c === 0x22) {
        // to the closing quote: the first one not escaped by an odd run of backslashes (in UTF-8, no byte of
        // a multi-byte character is `"` or `\`)
        let i = p + 1;
        for (;;) {
            const q = b.indexOf(0x22, i);
            if (q < 0)
                throw BAIL;
            let k = q - 1;
            while (b[k] === 0x5c)
                k--;
            i = q + 1;
            if ((q - 1 - k) % 2 === 0)
                break;
        }
        p = i;
    }
    else if (c === 0x7b || c === 0x5b) {
        if (depth >= MAX_SCAN_DEPTH)
            throw BAIL;
        const close = c === 0x7b ? 0x7d : 0x5d;
        p = skipWs(p + 1);
        if (b[p] === close) {
            p++;
            return;
        }
        do {
            if (c === 0x7b) {
                skipValue(depth + 1);
                expect(0x3a);
            }
            skipValue(depth + 1);
        } while (more(close));
    }
    else {
        // a number or a literal: up to the next delimiter (or the end)
        const start = p;
        const n = b.length;
        while (p < n) {
            const d = b[p];
            if (d === 0x2c || d === 0x5d || d === 0x7d || isWs(d))
                break;
            p++;
        }
        if (p === start)
            throw BAIL;
    }
}
/** The next value, parsed by JSON.parse from its own bytes (decoded as UTF-8, as the whole file would be). */
function parseValue() {
    p = skipWs(p);
    const start = p;
    // a member is one level inside the document (canonical JSON's bound counts from `signed`)
    skipValue(1);
    try {
        return JSON.parse(b.toString('utf8', start, p));
    }
    catch {
        throw BAIL;
    }
}
/** Reads a member name on the fast path (`"name":`) and checks it. */
function member(name) {
    if (plain() !== name)
        throw BAIL;
    expect(0x3a);
}
/** Writes bytes at the write position. */
function put(x) {
    if (o + x.length > linkscan_out.length)
        throw BAIL;
    linkscan_out.set(x, o);
    o += x.length;
}
/** Writes an ASCII string at the write position. */
function putAscii(s) {
    if (o + s.length > linkscan_out.length)
        throw BAIL;
    o += linkscan_out.write(s, o, 'latin1');
}
// Byte classes of the artifact loop: PLAIN a string byte on the fast path (printable ASCII other than `"`
// and `\`), HEX a hex digit (also PLAIN), WS JSON whitespace.
const PLAIN = 1;
const HEX = 2;
const WS = 4;
const CLASS = new Uint8Array(256);
for (let c = 0x20; c <= 0x7e; c++)
    if (c !== 0x22 && c !== 0x5c)
        CLASS[c] = PLAIN;
for (const c of Buffer.from('0123456789abcdefABCDEF'))
    CLASS[c] |= HEX;
for (const c of Buffer.from(' \t\n\r'))
    CLASS[c] |= WS;
/**
 * Where the artifacts of the last {@link artifactLoop} lie in the canonical text: per artifact the start
 * and end of its path and of its digest key. Reused across dicts (grown as needed).
 */
let at = new Int32Array(4);
/** What {@link artifactLoop} reached: the read position after the dict's `}`, the write position, the number of entries of `at` filled. */
let loopEnd = 0;
let loopOut = 0;
let loopCount = 0;
/**
 * The loop over the bytes of an artifact dict: from `i`, just after the dict's `{`, it checks the accepted
 * form, writes every byte that is not whitespace to `w` from `j` (a string's bytes are its canonical text:
 * no escapes) and notes where each path and digest key lies (in `at`). Kept apart from the rest, so that
 * V8 optimizes it (on stack replacement) as one tight loop of table lookups.
 * @throws BAIL when the dict is not in the accepted form
 */
function artifactLoop(s, i, w, j) {
    const cls = CLASS;
    let n = 0;
    // (out of range, s[i] is undefined and cls[undefined] too: every test below fails, and the scan bails)
    let c = s[i];
    while ((cls[c] & WS) !== 0)
        c = s[++i];
    if (c !== 0x7d)
        for (;;) {
            if (n + 4 > at.length) {
                const grown = new Int32Array(at.length * 2);
                grown.set(at);
                at = grown;
            }
            // "path"
            if (c !== 0x22)
                throw BAIL;
            w[j++] = 0x22;
            const ps = j;
            while ((cls[(c = s[++i])] & PLAIN) !== 0)
                w[j++] = c;
            if (c !== 0x22)
                throw BAIL;
            const pe = j;
            w[j++] = 0x22;
            // :{
            while ((cls[(c = s[++i])] & WS) !== 0)
                ;
            if (c !== 0x3a)
                throw BAIL;
            w[j++] = 0x3a;
            while ((cls[(c = s[++i])] & WS) !== 0)
                ;
            if (c !== 0x7b)
                throw BAIL;
            const ks = j;
            w[j++] = 0x7b;
            // "algorithm"
            while ((cls[(c = s[++i])] & WS) !== 0)
                ;
            if (c !== 0x22)
                throw BAIL;
            w[j++] = 0x22;
            const as = j;
            while ((cls[(c = s[++i])] & PLAIN) !== 0)
                w[j++] = c;
            if (c !== 0x22)
                throw BAIL;
            const ae = j;
            w[j++] = 0x22;
            // :"hex"
            while ((cls[(c = s[++i])] & WS) !== 0)
                ;
            if (c !== 0x3a)
                throw BAIL;
            w[j++] = 0x3a;
            while ((cls[(c = s[++i])] & WS) !== 0)
                ;
            if (c !== 0x22)
                throw BAIL;
            w[j++] = 0x22;
            const hs = j;
            while ((cls[(c = s[++i])] & HEX) !== 0)
                w[j++] = c;
            if (c !== 0x22 || j === hs)
                throw BAIL;
            const he = j;
            w[j++] = 0x22;
            // } (a set of one algorithm)
            while ((cls[(c = s[++i])] & WS) !== 0)
                ;
            if (c !== 0x7d)
                throw BAIL;
            w[j++] = 0x7d;
            at[n] = ps;
            at[n + 1] = pe;
            // the key: the hex digest when the algorithm is sha256 (its bytes are the name), else the set's text
            if (ae - as === 6 &&
                w[as] === 0x73 &&
                w[as + 1] === 0x68 &&
                w[as + 2] === 0x61 &&
                w[as + 3] === 0x32 &&
                w[as + 4] === 0x35 &&
                w[as + 5] === 0x36) {
                at[n + 2] = hs;
                at[n + 3] = he;
            }
            else {
                at[n + 2] = ks;
                at[n + 3] = j;
            }
            n += 4;
            // , or the end of the dict
            while ((cls[(c = s[++i])] & WS) !== 0)
                ;
            if (c === 0x7d)
                break;
            if (c !== 0x2c)
                throw BAIL;
            w[j++] = 0x2c;
            while ((cls[(c = s[++i])] & WS) !== 0)
                ;
        }
    loopEnd = i + 1;
    loopOut = j;
    loopCount = n;
}
/**
 * The index arrays of the artifacts {@link artifactLoop} wrote to `w` from `o0`: the paths, as slices of
 * one string of the canonical text (ASCII: its latin1 decoding is its UTF-8 decoding), and the digest
 * keys' bounds in that string (keys become strings only when read).
 * @throws BAIL when the paths are not strictly increasing or one is `__proto__`
 */
function indexArrays(w, o0) {
    const text = w.toString('latin1', o0, loopOut);
    const n = loopCount >> 2;
    const paths = new Array(n);
    const bounds = new Int32Array(2 * n);
    const a = at;
    let prev = '';
    for (let k = 0, x = 0; k < n; k++, x += 4) {
        const path = text.slice(a[x] - o0, a[x + 1] - o0);
        // sorted, without duplicates (for ASCII, UTF-16 order is code point order)
        if ((k > 0 && !(prev < path)) || path === '__proto__')
            throw BAIL;
        prev = path;
        paths[k] = path;
        bounds[2 * k] = a[x + 2] - o0;
        bounds[2 * k + 1] = a[x + 3] - o0;
    }
    return { paths, keys: { text, bounds } };
}
// Both loops run here, over a dict of two artifacts (one of them growing `at`), so that every
// operation in them has type feedback before V8 optimizes them while they run over the first large dict:
// an operation without feedback (the code after the loop, never reached while the loop was compiled)
// would otherwise throw the optimized code away at the end of every dict, and each dict would start again
// in the interpreter.
// (V8 gives a function its feedback vector only after its first few calls: hence a dozen rounds)
{
    const warm = Buffer.from(' {"a": {"md5": "0f"}, "b": {"sha256": "AB"}} ', 'latin1');
    const w = Buffer.alloc(warm.length);
    for (let k = 0; k < 12; k++) {
        at = new Int32Array(4);
        artifactLoop(warm, 2, w, 0);
        indexArrays(w, 0);
    }
    at = new Int32Array(4096);
}
/**
 * Scans the artifact dict at the read position (after optional whitespace) in the accepted form and writes
 * its canonical text without its braces at the write position; answers its index arrays: paths and digest
 * keys (artifact-index.ts: the hex digest for a set of one `sha256`, else the set's canonical text).
 */
function dict() {
    p = skipWs(p);
    const start = p;
    if (b[start] !== 0x7b)
        throw BAIL;
    const hit = memo?.find(b, start);
    if (hit) {
        put(hit.canonical);
        p = start + hit.text.length;
        return hit;
    }
    const o0 = o;
    artifactLoop(b, start + 1, linkscan_out, o0);
    // every write landed inside the buffer (writes past its end are dropped: then the bytes are wrong)
    if (loopOut > linkscan_out.length)
        throw BAIL;
    p = loopEnd;
    o = loopOut;
    const { paths, keys } = indexArrays(linkscan_out, o0);
    const scanned = { text: b.subarray(start, p), canonical: linkscan_out.subarray(o0, o), paths, keys };
    memo?.add(scanned);
    return scanned;
}
const isObj = (v) => !!v && typeof v === 'object' && !Array.isArray(v);
/** Encodes a value canonically; a value canonical JSON cannot encode leaves the fast path (the general path reports it). */
function encoded(v) {
    try {
        return canonicalBytes(v);
    }
    catch {
        throw BAIL;
    }
}
/** The `signed` link in the accepted form. */
function signedLink() {
    expect(0x7b);
    member('_type');
    if (plain() !== 'link')
        throw BAIL;
    expect(0x2c);
    member('byproducts');
    const byproducts = parseValue();
    expect(0x2c);
    member('command');
    const command = parseValue();
    expect(0x2c);
    member('environment');
    const environment = parseValue();
    expect(0x2c);
    if (!isObj(byproducts) || !isObj(environment) || !Array.isArray(command) || command.some((c) => typeof c !== 'string'))
        throw BAIL;
    const head = [encoded(byproducts), encoded(command), encoded(environment)];
    // The canonical bytes are written in order into one buffer. What follows here is never longer in its
    // canonical form than in the file: the artifacts lose only whitespace, and a JSON string's escapes are
    // never shorter than the characters they stand for (OLPC writes every character but `"` and `\` raw),
    // so the rest of the file bounds it (and every write checks the bound).
    linkscan_out = Buffer.allocUnsafe(64 + head[0].length + head[1].length + head[2].length + (b.length - p));
    o = 0;
    putAscii('{"_type":"link","byproducts":');
    put(head[0]);
    putAscii(',"command":');
    put(head[1]);
    putAscii(',"environment":');
    put(head[2]);
    putAscii(',"materials":{');
    member('materials');
    const materials = dict();
    putAscii('},"name":');
    expect(0x2c);
    member('name');
    const name = parseValue();
    if (typeof name !== 'string')
        throw BAIL;
    put(encoded(name));
    putAscii(',"products":{');
    expect(0x2c);
    member('products');
    const products = dict();
    putAscii('}}');
    expect(0x7d);
    return {
        name,
        byproducts,
        command: command,
        environment,
        // a fresh index over the arrays (an index's own state is only its lookup cursor)
        // (paths of printable ASCII other than `"` and `\`: no backslash)
        materials: new SortedArtifactIndex(materials.paths, materials.keys, true),
        products: new SortedArtifactIndex(products.paths, products.keys, true),
        bytes: linkscan_out.subarray(0, o),
    };
}
/**
 * Scans the bytes of a link Metablock (a `.link` file) in one pass.
 * @returns the link's parts, canonical bytes and artifact indexes; `undefined` when the file is not in
 *   the form this fast path takes (see the module comment): the caller then parses it the general way.
 *   Never throws.
 * @param dicts artifact dicts already scanned in this verification (see {@link ScanMemo}); filled in here
 */
function scanLinkMetablock(bytes, dicts) {
    // (positions are kept in an Int32Array)
    if (bytes.byteLength > MAX_SCAN_BYTES)
        return undefined;
    b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    p = 0;
    memo = dicts;
    try {
        expect(0x7b);
        let signatures;
        let haveSignatures = false;
        let signed;
        do {
            const key = plain();
            expect(0x3a);
            if (key === 'signatures' && !haveSignatures) {
                signatures = parseValue();
                haveSignatures = true;
            }
            else if (key === 'signed' && haveSignatures && !signed)
                signed = signedLink();
            else
                throw BAIL;
        } while (more(0x7d));
        if (skipWs(p) !== b.length || !signed || !haveSignatures)
            throw BAIL;
        return { signatures, ...signed };
    }
    catch {
        // BAIL, or anything unforeseen: the general path decides
        return undefined;
    }
    finally {
        b = Buffer.alloc(0);
        p = 0;
        linkscan_out = Buffer.alloc(0);
        o = 0;
        memo = undefined;
    }
}

;// CONCATENATED MODULE: ./src/intoto/metadata.ts
/**
 * in-toto metadata (specification v1.0, section 4): Layouts and Links in a Metablock
 * (`{"signed": {...}, "signatures": [{"keyid","sig"}]}`, signatures over the OLPC canonical JSON of
 * `signed`), or wrapped in a DSSE envelope (payloadType `application/vnd.in-toto+json`, signatures
 * over DSSE PAE, as in-toto 2.x writes them).
 *
 * The `signed` object is normalized as the reference's models do (in_toto.models.layout/link:
 * known fields only, defaults for missing ones) before its canonical bytes are computed, so that a
 * signature verifies here exactly when it verifies in in-toto-verify.
 */







/** Signable bytes per parsed Metablock: computed once however many keys check it. */
const signableCache = new WeakMap();
const ISO_EXPIRES = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const metadata_isObj = (v) => !!v && typeof v === 'object' && !Array.isArray(v);
function strList(v, source, field) {
    if (!Array.isArray(v) || v.some((s) => typeof s !== 'string'))
        throw new errors/* InputError */.dz(source, field, 'a list of strings');
    return v;
}
function ruleList(v, source, field) {
    if (v === undefined)
        return [];
    if (!Array.isArray(v))
        throw new errors/* InputError */.dz(source, field, 'a list of artifact rules');
    return v.map((r, i) => {
        const rule = strList(r, source, `${field}[${i}]`);
        unpackRule(rule, `${source}: ${field}[${i}]`);
        return rule;
    });
}
const metadata_HEX = /^[0-9a-fA-F]+$/;
/** Whether a string is non-empty hex (`HEX`), without a regular expression: called once per artifact. */
function isHex(h) {
    const n = h.length;
    if (n === 0)
        return false;
    for (let i = 0; i < n; i++) {
        const c = h.charCodeAt(i);
        const l = c | 0x20; // ASCII lower case
        if (!((c >= 0x30 && c <= 0x39) || (l >= 0x61 && l <= 0x66)))
            return false;
    }
    return true;
}
/** Whether a digest set is an object of algorithm to hex string. */
function digestSetOk(d) {
    if (!metadata_isObj(d))
        return false;
    for (const alg in d) {
        const h = d[alg];
        if (typeof h !== 'string' || !isHex(h))
            return false;
    }
    return true;
}
function artifactDict(v, source, field) {
    if (v === undefined)
        return {};
    if (!metadata_isObj(v))
        throw new errors/* InputError */.dz(source, field, 'an object of path to digest set');
    // values only on the hot path (a link may list 100,000 artifacts); the path is looked up on failure
    for (const d of Object.values(v)) {
        if (digestSetOk(d))
            continue;
        const p = Object.keys(v).find((k) => !digestSetOk(v[k]));
        throw new errors/* InputError */.dz(source, `${field}.${p}`, 'a digest set ({"sha256": "<hex>"})');
    }
    return v;
}
/** Normalizes a `signed` layout object as in_toto.models.layout.Layout.read does. @throws InputError */
function readLayout(data, source) {
    if (!Array.isArray(data.steps))
        throw new errors/* InputError */.dz(source, 'signed.steps', 'a list of steps');
    if (!Array.isArray(data.inspect))
        throw new errors/* InputError */.dz(source, 'signed.inspect', 'a list of inspections');
    const names = new Set();
    const steps = data.steps.map((s, i) => {
        const f = `signed.steps[${i}]`;
        if (!metadata_isObj(s))
            throw new errors/* InputError */.dz(source, f, 'a step object');
        if (typeof s.name !== 'string')
            throw new errors/* InputError */.dz(source, `${f}.name`, 'string');
        if (names.has(s.name))
            throw new errors/* InputError */.dz(source, `${f}.name`, 'a name unique within the layout', { found: s.name });
        names.add(s.name);
        const threshold = s.threshold === undefined ? 1 : s.threshold;
        if (typeof threshold !== 'number' || !Number.isInteger(threshold))
            throw new errors/* InputError */.dz(source, `${f}.threshold`, 'an integer');
        const pubkeys = s.pubkeys === undefined ? [] : strList(s.pubkeys, source, `${f}.pubkeys`);
        for (const k of pubkeys)
            if (!/^[0-9a-fA-F]+$/.test(k))
                throw new errors/* InputError */.dz(source, `${f}.pubkeys`, 'hex keyids', { found: k });
        return {
            _type: 'step',
            name: s.name,
            expected_materials: ruleList(s.expected_materials, source, `${f}.expected_materials`),
            expected_products: ruleList(s.expected_products, source, `${f}.expected_products`),
            pubkeys,
            expected_command: s.expected_command === undefined ? [] : strList(s.expected_command, source, `${f}.expected_command`),
            threshold,
        };
    });
    const inspect = data.inspect.map((s, i) => {
        const f = `signed.inspect[${i}]`;
        if (!metadata_isObj(s))
            throw new errors/* InputError */.dz(source, f, 'an inspection object');
        if (typeof s.name !== 'string')
            throw new errors/* InputError */.dz(source, `${f}.name`, 'string');
        if (names.has(s.name))
            throw new errors/* InputError */.dz(source, `${f}.name`, 'a name unique among steps and inspections', { found: s.name });
        names.add(s.name);
        return {
            _type: 'inspection',
            name: s.name,
            expected_materials: ruleList(s.expected_materials, source, `${f}.expected_materials`),
            expected_products: ruleList(s.expected_products, source, `${f}.expected_products`),
            run: s.run === undefined ? [] : strList(s.run, source, `${f}.run`),
        };
    });
    const keys = data.keys === undefined ? {} : data.keys;
    if (!metadata_isObj(keys))
        throw new errors/* InputError */.dz(source, 'signed.keys', 'an object of keyid to public key');
    for (const [kid, k] of Object.entries(keys))
        checkLayoutKey(k, source, `signed.keys.${kid}`);
    if (typeof data.expires !== 'string' || !ISO_EXPIRES.test(data.expires) || Number.isNaN(Date.parse(data.expires))) {
        throw new errors/* InputError */.dz(source, 'signed.expires', 'an ISO 8601 UTC date-time YYYY-MM-DDThh:mm:ssZ', { found: String(data.expires) });
    }
    const readme = data.readme === undefined ? '' : data.readme;
    if (typeof readme !== 'string')
        throw new errors/* InputError */.dz(source, 'signed.readme', 'string');
    return { _type: 'layout', steps, inspect, keys: keys, expires: data.expires, readme };
}
/** Normalizes a `signed` link object as in_toto.models.link.Link.read does. @throws InputError */
function readLink(data, source) {
    return normalizeLink(data, source).link;
}
/**
 * {@link readLink}; with `encode`, also the link's signable bytes, computed in the pass that checks its
 * digest sets (canonicalLinkBytes) instead of a separate one. The checks and the order of their errors
 * are the same either way: name, byproducts, environment, materials, products, command.
 */
function normalizeLink(data, source, encode) {
    if (data.name !== undefined && typeof data.name !== 'string')
        throw new errors/* InputError */.dz(source, 'signed.name', 'string');
    const byproducts = data.byproducts === undefined ? {} : data.byproducts;
    if (!metadata_isObj(byproducts))
        throw new errors/* InputError */.dz(source, 'signed.byproducts', 'an object');
    const environment = data.environment === undefined ? {} : data.environment;
    if (!metadata_isObj(environment))
        throw new errors/* InputError */.dz(source, 'signed.environment', 'an object');
    const link = {
        _type: 'link',
        name: data.name ?? null,
        materials: (data.materials ?? {}),
        products: (data.products ?? {}),
        byproducts,
        command: (data.command ?? []),
        environment,
    };
    let bytes;
    if (encode) {
        try {
            bytes = canonicalLinkBytes(link, encode.sizeHint);
        }
        catch (e) {
            // a member canonical JSON cannot encode: the signature check reports it, as without `encode`
            if (!(e instanceof errors/* InputError */.dz))
                throw e;
        }
    }
    if (bytes === undefined || bytes === 'artifacts') {
        link.materials = artifactDict(data.materials, source, 'signed.materials');
        link.products = artifactDict(data.products, source, 'signed.products');
        if (bytes === 'artifacts')
            throw new errors/* InputError */.dz(source, 'signed', 'digest sets of hex strings'); // not reached: artifactDict names it
        bytes = undefined;
    }
    link.command = data.command === undefined ? [] : strList(data.command, source, 'signed.command');
    return { link, bytes };
}
function readSigned(data, source) {
    if (!metadata_isObj(data))
        throw new errors/* InputError */.dz(source, 'signed', 'an object');
    if (data._type === 'link')
        return readLink(data, source);
    if (data._type === 'layout')
        return readLayout(data, source);
    throw new errors/* InputError */.dz(source, 'signed._type', "'link' or 'layout'", { found: String(data._type) });
}
/**
 * The `signatures` of a Metablock as Metablock.load reads them: a missing list is empty; each entry must
 * match securesystemslib's SIGNATURE_SCHEMA ({keyid: hex, sig: hex}). GPG signatures are refused (fail
 * closed; the reference also fails on one it meets with a non-GPG key).
 */
function metablockSignatures(raw, source) {
    const rawSigs = raw === undefined ? [] : raw;
    if (!Array.isArray(rawSigs))
        throw new errors/* InputError */.dz(source, 'signatures', 'a list of signatures');
    return rawSigs.map((s, i) => {
        const hex = (v) => typeof v === 'string' && metadata_HEX.test(v);
        if (metadata_isObj(s) && hex(s.keyid) && hex(s.sig))
            return { keyid: s.keyid, sig: s.sig };
        throw new errors/* InputError */.dz(source, `signatures[${i}]`, 'a signature {"keyid": hex, "sig": hex}');
    });
}
/**
 * Parses metadata from a file's bytes, as {@link parseMetadata} parses their UTF-8 text, with the same
 * result and the same errors. A link Metablock in the form in-toto writes is read by the one-pass scanner
 * (linkscan.ts): its signable bytes and artifact indexes come from the file's bytes, and its `materials`
 * and `products` are built only when read; anything else is decoded and parsed the general way.
 * @param scan the scanner (tests substitute a broken one to show that the differential test catches it)
 * @param dicts artifact dicts the scanner already met in this verification (linkscan.ts {@link ScanMemo})
 * @throws InputError naming the source and field on malformed metadata.
 */
function parseMetadataBytes(bytes, source, scan = scanLinkMetablock, dicts) {
    const scanned = scan(bytes, dicts);
    if (!scanned)
        return parseMetadata(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), source);
    const signatures = metablockSignatures(scanned.signatures, source);
    // the members in the order normalizeLink gives them
    const link = { _type: 'link', name: scanned.name };
    attachArtifactIndex(link, scanned.materials, scanned.products);
    link.byproducts = scanned.byproducts;
    link.command = scanned.command;
    link.environment = scanned.environment;
    const md = { kind: 'metablock', signed: link, signatures, source, textLength: bytes.length };
    signableCache.set(md, scanned.bytes);
    return md;
}
/**
 * Parses metadata text: a Metablock, or a DSSE envelope whose payload is a link or layout.
 * @throws InputError naming the source and field on malformed metadata.
 */
function parseMetadata(text, source) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        throw new errors/* InputError */.dz(source, undefined, 'in-toto metadata as JSON', { found: e.message });
    }
    if (!metadata_isObj(doc))
        throw new errors/* InputError */.dz(source, undefined, 'a JSON object (Metablock or DSSE envelope)');
    if (typeof doc.payloadType === 'string' && typeof doc.payload === 'string') {
        const payload = (0,dsse/* decodeBase64 */.y4)(doc.payload);
        if (!payload)
            throw new errors/* InputError */.dz(source, 'payload', 'base64');
        if (!Array.isArray(doc.signatures))
            throw new errors/* InputError */.dz(source, 'signatures', 'a list');
        let inner;
        try {
            inner = JSON.parse(Buffer.from(payload).toString('utf8'));
        }
        catch {
            throw new errors/* InputError */.dz(source, 'payload', 'a JSON link or layout');
        }
        const signatures = doc.signatures.map((s, i) => {
            if (!metadata_isObj(s) || typeof s.sig !== 'string')
                throw new errors/* InputError */.dz(source, `signatures[${i}].sig`, 'base64 string');
            return { keyid: typeof s.keyid === 'string' ? s.keyid : '', sig: s.sig };
        });
        return { kind: 'dsse', signed: readSigned(inner, source), signatures, dsse: { payloadType: doc.payloadType, payload }, source };
    }
    const signatures = metablockSignatures(doc.signatures, source);
    if (metadata_isObj(doc.signed) && doc.signed._type === 'link') {
        // a link's signable bytes come out of the pass that checks its artifacts
        const { link, bytes } = normalizeLink(doc.signed, source, { sizeHint: text.length });
        const md = { kind: 'metablock', signed: link, signatures, source, textLength: text.length };
        if (bytes)
            signableCache.set(md, bytes);
        return md;
    }
    return { kind: 'metablock', signed: readSigned(doc.signed, source), signatures, source, textLength: text.length };
}
/** The bytes a Metablock signature covers: canonical JSON of the normalized `signed`. */
function signableBytes(signed, sizeHint) {
    return canonicalBytes(signed, sizeHint);
}
/**
 * The bytes the signatures of metadata cover: for a Metablock the canonical JSON of its normalized
 * `signed` (computed once, or taken from the pass that read it), for a DSSE envelope the PAE of its payload.
 * @throws InputError when `signed` holds a value canonical JSON cannot encode.
 */
function signedBytesOf(md) {
    return md.kind === 'dsse' ? pae(md.dsse.payloadType, md.dsse.payload) : metablockBytes(md);
}
function metablockBytes(md) {
    let bytes = signableCache.get(md);
    if (!bytes) {
        bytes = signableBytes(md.signed, md.textLength);
        signableCache.set(md, bytes);
    }
    return bytes;
}
/**
 * What checking metadata against one key needs: the signature bytes and the bytes they cover, or the
 * reason the check fails before any cryptography (no signature for the key, a signature not hex/base64).
 * The one implementation of the signature input, shared by {@link verifyMetadataSignature} and
 * {@link verifyMetadataSignatureAsync}.
 */
function signatureInput(md, key) {
    const ids = new Set([key.keyid, ...Object.keys(key.subkeys ?? {})]);
    const sig = md.signatures.find((s) => ids.has(s.keyid));
    if (!sig)
        return { reason: `no signature found for key ${key.keyid}` };
    let bytes;
    let data;
    if (md.kind === 'dsse') {
        bytes = (0,dsse/* decodeBase64 */.y4)(sig.sig);
        data = (0,dsse/* pae */.Zg)(md.dsse.payloadType, md.dsse.payload);
    }
    else {
        bytes = metadata_HEX.test(sig.sig) && sig.sig.length % 2 === 0 ? new Uint8Array(Buffer.from(sig.sig, 'hex')) : null;
        data = metablockBytes(md);
    }
    if (!bytes)
        return { reason: invalidSignature(key) };
    return { sig: bytes, data };
}
const invalidSignature = (key) => `invalid signature for keyid ${key.keyid}`;
/**
 * Verifies metadata with a key as in_toto Metablock.verify_signature does: the first signature whose
 * keyid is the key's keyid (or one of its subkeys) must verify.
 * @throws InputError when a Metablock's `signed` holds a value canonical JSON cannot encode.
 */
function verifyMetadataSignature(md, key) {
    const input = signatureInput(md, key);
    if ('reason' in input)
        return { ok: false, reason: input.reason };
    return verifySignature(key, input.sig, input.data) ? { ok: true } : { ok: false, reason: invalidSignature(key) };
}
/**
 * {@link verifyMetadataSignature} with an Ed25519 signature's OpenSSL work in libuv's thread pool
 * (sslib-keys.ts `verifySignatureAsync`): the same result and reason on every input. The signature
 * input is built now (synchronously); only the cryptography runs later.
 * @returns a promise that rejects with the error {@link verifyMetadataSignature} would throw (the
 *   caller that may not await it must attach a handler).
 */
function verifyMetadataSignatureAsync(md, key) {
    let input;
    try {
        input = signatureInput(md, key);
    }
    catch (e) {
        return Promise.reject(e);
    }
    if ('reason' in input)
        return Promise.resolve({ ok: false, reason: input.reason });
    return verifySignatureAsync(key, input.sig, input.data).then((ok) => ok ? { ok: true } : { ok: false, reason: invalidSignature(key) });
}
/** Serializes a Metablock as in-toto writes it (JSON, sorted keys, one-space indent). */
function dumpMetablock(signed, signatures) {
    return JSON.stringify(metadata_sortKeys({ signatures, signed }), null, 1) + '\n';
}
function metadata_sortKeys(v) {
    if (Array.isArray(v))
        return v.map(metadata_sortKeys);
    if (metadata_isObj(v)) {
        const out = {};
        for (const k of Object.keys(v).sort())
            out[k] = metadata_sortKeys(v[k]);
        return out;
    }
    return v;
}
/** Signs a layout or link as a Metablock; `append` keeps existing signatures of other keys. */
function signMetablock(signed, keys, existing = []) {
    const bytes = signableBytes(signed);
    const mine = new Set(keys.map((k) => k.keyid));
    return [...existing.filter((s) => !mine.has(s.keyid)), ...keys.map((k) => createSignature(k, bytes))];
}
/**
 * Signs a layout or link as a DSSE envelope: payload = compact JSON of `signed` with sorted keys
 * (canonical JSON is not used here: it writes control characters raw, which JSON parsers reject),
 * base64 signatures over PAE.
 */
function signDsse(signed, keys) {
    const payload = new TextEncoder().encode(JSON.stringify(metadata_sortKeys(signed)));
    const msg = (0,dsse/* pae */.Zg)(dsse/* INTOTO_PAYLOAD_TYPE */.w9, payload);
    const env = {
        payload: Buffer.from(payload).toString('base64'),
        payloadType: dsse/* INTOTO_PAYLOAD_TYPE */.w9,
        signatures: keys.map((k) => ({ keyid: k.keyid, sig: Buffer.from(signBytes(k, msg)).toString('base64') })),
    };
    return JSON.stringify(env, null, 1) + '\n';
}

;// CONCATENATED MODULE: ./src/intoto/artifacts.ts
/**
 * Recording artifacts (materials and products) as in_toto.runlib.record_artifacts_as_dict does:
 * files and directory trees under a base path, paths normalized (no leading `./`), SHA-256 digest
 * sets, exclude patterns in gitignore style (defaults: `*.link*`, `.git`, `*.pyc`, `*~`), optional
 * left-stripping of path prefixes. Symbolic links are followed (in_toto_run records with
 * follow_symlink_dirs=True); broken links, devices, FIFOs and sockets are skipped.
 *
 * Bounded and confined where the reference is not (its os.walk(followlinks=True) keeps no record of
 * visited directories, so two links `a -> .` and `b -> .` make it exponential until ELOOP):
 * - a symlinked directory is followed only when its real path is inside the base path and is not
 *   a directory already on the walk's path (a cycle); such links are skipped, as the reference
 *   eventually skips them on ELOOP, but at once;
 * - a symbolic link (file or directory) whose target's real path leaves the base path is refused
 *   (exit 2): recording it would hash files outside the tree under verification;
 * - the walk stops with exit 2 beyond `limits.maxEntries` directory entries or `limits.maxBytes`
 *   bytes to hash (symlinks to shared directories can multiply paths without a cycle).
 */





/** in_toto.settings.ARTIFACT_EXCLUDE_PATTERNS */
const DEFAULT_EXCLUDE_PATTERNS = ['*.link*', '.git', '*.pyc', '*~'];
/** 1,000,000 entries and 64 GiB: far above a real build tree, far below a symlink explosion. */
const DEFAULT_RECORD_LIMITS = { maxEntries: 1_000_000, maxBytes: 64 * 1024 ** 3 };
/**
 * Compiles gitignore-style ("gitwildmatch") exclude patterns into a predicate over relative paths.
 * A pattern without a slash matches any path component (file or directory name); a pattern with a
 * slash is anchored at the base path; a match on a directory excludes everything under it.
 * Async because picomatch is loaded on first use (a verification without inspections never needs it).
 */
async function excludeMatcher(patterns) {
    const { default: picomatch } = await __webpack_require__.e(/* import() */ 6).then(__webpack_require__.t.bind(__webpack_require__, 4006, 23));
    const compiled = patterns
        .filter((p) => p.trim() !== '' && !p.startsWith('#'))
        .map((raw) => {
        const p = raw.replace(/\/+$/, '');
        if (!p.includes('/')) {
            const m = picomatch(p, { dot: true });
            return (path) => path.split('/').some((seg) => m(seg));
        }
        const m = picomatch(p.replace(/^\//, ''), { dot: true });
        return (path) => {
            const segs = path.split('/');
            for (let i = 1; i <= segs.length; i++)
                if (m(segs.slice(0, i).join('/')))
                    return true;
            return false;
        };
    });
    return (path) => compiled.some((f) => f(path));
}
function stripInto(out, rel, digest, lstrip) {
    let key = rel;
    for (const prefix of lstrip) {
        if (key.startsWith(prefix)) {
            key = key.slice(prefix.length);
            break;
        }
    }
    if (Object.prototype.hasOwnProperty.call(out, key))
        throw new errors/* InputError */.dz(rel, undefined, `left-stripped paths to stay unique (prefix selection made '${key}' ambiguous)`);
    out[key] = digest;
}
/**
 * Records the given paths (files or directories, relative to the base path) as an artifact dict.
 * Missing paths are skipped (as the reference does). Keys are inserted in sorted order.
 * @throws InputError when left-stripping makes two paths collide, or lstrip prefixes overlap.
 */
async function recordArtifacts(paths, opts = {}) {
    const base = opts.basePath ?? process.cwd();
    const excluded = await excludeMatcher(opts.exclude?.length ? opts.exclude : DEFAULT_EXCLUDE_PATTERNS);
    const ls = opts.lstripPaths ?? [];
    for (let i = 0; i < ls.length; i++)
        for (let j = i + 1; j < ls.length; j++) {
            if (ls[i].startsWith(ls[j]) || ls[j].startsWith(ls[i]))
                throw new errors/* InputError */.dz(undefined, '--lstrip-paths', `prefixes that are not left substrings of each other ('${ls[i]}', '${ls[j]}')`);
        }
    const limits = { ...DEFAULT_RECORD_LIMITS, ...opts.limits };
    const baseReal = await (0,promises_.realpath)(base).catch(() => base);
    const inside = (real) => real === baseReal || real.startsWith(baseReal.endsWith(external_node_path_.sep) ? baseReal : baseReal + external_node_path_.sep);
    const files = [];
    let entries = 0;
    let bytes = 0;
    const addFile = (abs, rel, size) => {
        bytes += size;
        if (bytes > limits.maxBytes)
            throw new errors/* InputError */.dz(rel, undefined, `artifacts of at most ${limits.maxBytes} bytes in one recording (the walk was stopped)`);
        files.push({ abs, rel });
    };
    /** A symlink's target, when it may be recorded: inside the base path (else InputError). */
    const linkTarget = async (abs, rel) => {
        const real = await (0,promises_.realpath)(abs).catch(() => null);
        if (real === null)
            return null; // broken link (or a loop): skipped, as the reference skips it
        if (!inside(real))
            throw new errors/* InputError */.dz(rel, undefined, `a symbolic link whose target stays inside the recorded tree ${base} (it points to ${real})`);
        const st = await (0,promises_.stat)(real).catch(() => null);
        return st ? { real, st } : null;
    };
    // `ancestors`: real paths of the directories on the current walk path (a link back to one is a cycle)
    const walk = async (relDir, dirReal, ancestors) => {
        const list = await (0,promises_.readdir)((0,external_node_path_.join)(base, relDir), { withFileTypes: true });
        list.sort((a, b) => (0,fsx/* comparePaths */.cD)(a.name, b.name));
        const here = new Set(ancestors).add(dirReal);
        for (const e of list) {
            if (++entries > limits.maxEntries)
                throw new errors/* InputError */.dz(relDir, undefined, `at most ${limits.maxEntries} directory entries in one recording (symbolic links multiply paths; the walk was stopped)`);
            const rel = relDir === '.' ? e.name : `${relDir}/${e.name}`;
            if (excluded(rel))
                continue;
            const abs = (0,external_node_path_.join)(base, rel);
            if (e.isDirectory())
                await walk(rel, (0,external_node_path_.join)(dirReal, e.name), here);
            else if (e.isFile())
                addFile(abs, rel, (await (0,promises_.stat)(abs)).size);
            else if (e.isSymbolicLink()) {
                // in_toto_run records with follow_symlink_dirs=True: linked files and directories are followed,
                // once per walk path (a link to a directory on the current path is a cycle and is skipped)
                const t = await linkTarget(abs, rel);
                if (t?.st.isFile())
                    addFile(abs, rel, t.st.size);
                else if (t?.st.isDirectory() && !here.has(t.real))
                    await walk(rel, t.real, here);
            }
        }
    };
    for (const p of paths) {
        const rel = external_node_path_.posix.normalize((0,external_node_path_.normalize)(p).split('\\').join('/'));
        if (rel !== '.' && excluded(rel.replace(/^\.\//, '')))
            continue;
        const abs = (0,external_node_path_.join)(base, rel);
        const st = await (0,promises_.stat)(abs).catch(() => null);
        if (!st)
            continue;
        if (st.isFile())
            addFile(abs, rel, st.size);
        else if (st.isDirectory())
            await walk(rel.replace(/\/+$/, '') || '.', await (0,promises_.realpath)(abs), new Set());
    }
    files.sort((a, b) => (0,fsx/* comparePaths */.cD)(a.rel, b.rel));
    const out = {};
    // hash with bounded concurrency; insertion stays in sorted order
    const digests = new Array(files.length);
    let next = 0;
    await Promise.all(Array.from({ length: Math.min(16, files.length) }, async () => {
        while (next < files.length) {
            const i = next++;
            digests[i] = (await (0,digest/* sha256File */.Q)(files[i].abs)).hex;
        }
    }));
    files.forEach((f, i) => {
        if (ls.length)
            stripInto(out, f.rel, { sha256: digests[i] }, ls);
        else
            out[f.rel] = { sha256: digests[i] };
    });
    return out;
}

;// CONCATENATED MODULE: ./src/intoto/runlib.ts
/**
 * Producing link metadata (in_toto.runlib.in_toto_run, in-toto specification v1.0 section 4.2):
 * record materials, run the step's command, record products, and sign the link.
 */


/**
 * Runs a command (argv, no shell) and waits for it.
 * @param opts.cwd working directory; @param opts.recordStreams capture stdout/stderr (else discarded);
 * @param opts.timeoutMs kill after this many milliseconds (the reference uses 10 s for links and inspections).
 * @returns byproducts; a signal or timeout yields return-value -1 (never 0).
 * @throws InputError when the command cannot be started (not found, not executable).
 */
async function executeCommand(argv, opts) {
    // loaded on first use: child_process (with net, dgram and streams) is start-up time a verification
    // without inspections never needs
    const { spawn } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1421, 23));
    return new Promise((resolvePromise, reject) => {
        if (!argv.length) {
            reject(new errors/* InputError */.dz(undefined, 'command', 'a non-empty command'));
            return;
        }
        const child = spawn(argv[0], argv.slice(1), {
            cwd: opts.cwd,
            env: opts.env ?? process.env,
            stdio: ['ignore', opts.recordStreams ? 'pipe' : 'ignore', opts.recordStreams ? 'pipe' : 'ignore'],
        });
        const out = [];
        const err = [];
        child.stdout?.on('data', (d) => out.push(d));
        child.stderr?.on('data', (d) => err.push(d));
        let timedOut = false;
        const timer = opts.timeoutMs
            ? setTimeout(() => {
                timedOut = true;
                child.kill('SIGKILL');
            }, opts.timeoutMs)
            : undefined;
        child.on('error', (e) => {
            if (timer)
                clearTimeout(timer);
            reject(new errors/* InputError */.dz(argv[0], undefined, 'an executable command', { found: e.code === 'ENOENT' ? 'command not found' : e.code }));
        });
        child.on('close', (code) => {
            if (timer)
                clearTimeout(timer);
            resolvePromise({
                stdout: Buffer.concat(out).toString('utf8'),
                stderr: Buffer.concat(err).toString('utf8') + (timedOut ? `\n(timed out after ${opts.timeoutMs} ms)` : ''),
                'return-value': timedOut || code === null ? -1 : code,
            });
        });
    });
}
/**
 * Records materials, runs the command (when given), records products, and returns the unsigned Link
 * (byproducts `{}` and command `[]` without a command, as in-toto-run `--no-command`).
 */
async function runStep(name, materials, products, command, opts = {}) {
    const m = await recordArtifacts(materials, opts);
    const byproducts = command.length
        ? await executeCommand(command, { cwd: opts.cwd ?? process.cwd(), recordStreams: opts.recordStreams, timeoutMs: opts.timeoutMs })
        : {};
    const p = await recordArtifacts(products, opts);
    return { _type: 'link', name, materials: m, products: p, byproducts: byproducts, command, environment: {} };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/intoto/verify.ts
/**
 * Final product verification (in-toto specification v1.0, section 5 "Verifying the final product",
 * with the ordering and semantics of the reference implementation, in_toto.verifylib.in_toto_verify 1.3):
 *
 *  1. every given layout key has a valid signature on the layout;
 *  2. the layout has not expired;
 *  3. parameter substitution (only when parameters are given);
 *  4. links `<step>.<keyid[:8]>.link` are loaded from the link directory for every authorized keyid
 *     (and its subkeys); fewer than `threshold` files fails;
 *  5. link signatures: a link is counted only when signed by a key authorized for the step (a link with
 *     a missing or invalid signature is skipped and surfaces as a threshold failure);
 *  6. sublayouts (a "link" that is a layout) are verified recursively against links in
 *     `<step>.<keyid[:8]>/` and replaced by their summary link;
 *  7. expected-command alignment (a warning only);
 *  8. for threshold > 1, all counted links of a step report identical materials and products;
 *  9. step artifact rules (materials, then products, step by step, with the first link of each step);
 * 10. inspections run (in a scratch copy of the working directory) and are recorded as links; a
 *     non-zero exit fails; 11. inspection artifact rules over step and inspection links.
 *
 * Verification stops at the first failure, as the reference does; the result names the check, the step,
 * the rule and the artifact paths (sorted).
 */













/** The reference's timeout for inspection commands (in_toto.settings.LINK_CMD_EXEC_TIMEOUT, seconds). */
const INSPECTION_TIMEOUT_MS = 10_000;
class Stop extends Error {
    failure;
    constructor(failure) {
        super(failure.message);
        this.failure = failure;
    }
}
const sortPaths = (xs) => [...xs].sort(fsx/* comparePaths */.cD);
/** Link file name of a step and functionary keyid (in_toto.models.link.FILENAME_FORMAT). */
function linkFileName(step, keyid) {
    return `${step}.${keyid.slice(0, 8)}.link`;
}
/**
 * Python `str.format` with keyword arguments only, as the reference's parameter substitution uses it:
 * `{NAME}` is replaced, `{{`/`}}` are literal braces.
 * @throws InputError for an unknown parameter or a malformed field.
 */
function formatParams(s, params, where) {
    let out = '';
    for (let i = 0; i < s.length; i++) {
        const c = s[i];
        if (c === '{') {
            if (s[i + 1] === '{') {
                out += '{';
                i++;
                continue;
            }
            const end = s.indexOf('}', i);
            if (end < 0)
                throw new errors/* InputError */.dz(where, undefined, "a matching '}' in the parameter field", { found: s });
            const name = s.slice(i + 1, end);
            if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name))
                throw new errors/* InputError */.dz(where, undefined, 'a parameter field {NAME}', { found: `{${name}}` });
            if (!Object.prototype.hasOwnProperty.call(params, name))
                throw new errors/* InputError */.dz(where, undefined, `a value for parameter '${name}' (--param ${name}=VALUE)`);
            out += params[name];
            i = end;
        }
        else if (c === '}') {
            if (s[i + 1] !== '}')
                throw new errors/* InputError */.dz(where, undefined, "'}}' for a literal brace", { found: s });
            out += '}';
            i++;
        }
        else
            out += c;
    }
    return out;
}
/** Applies parameter substitution to a layout (verifylib.substitute_parameters); returns a copy. */
function substituteParameters(layout, params) {
    const sub = (xs, w) => xs.map((x) => formatParams(x, params, w));
    const rules = (rs, w) => rs.map((r) => sub(r, w));
    return {
        ...layout,
        steps: layout.steps.map((s) => ({
            ...s,
            expected_materials: rules(s.expected_materials, `step ${s.name}: expected_materials`),
            expected_products: rules(s.expected_products, `step ${s.name}: expected_products`),
            expected_command: sub(s.expected_command, `step ${s.name}: expected_command`),
        })),
        inspect: layout.inspect.map((s) => ({
            ...s,
            expected_materials: rules(s.expected_materials, `inspection ${s.name}: expected_materials`),
            expected_products: rules(s.expected_products, `inspection ${s.name}: expected_products`),
            run: sub(s.run, `inspection ${s.name}: run`),
        })),
    };
}
/** Keys authorized for a step: each keyid followed by the subkeys the layout lists for it. */
function candidateKeyids(layout, step) {
    const out = [];
    for (const k of step.pubkeys) {
        out.push(k);
        for (const sub of Object.keys(layout.keys[k]?.subkeys ?? {}))
            out.push(sub);
    }
    return out;
}
/**
 * The key that verifies a step's link signed by `linkKeyid` (verifylib.verify_link_signature_thresholds):
 * the first of the step's authorized keyids that is the link's keyid (the layout's key, or the main key of
 * an authorized subkey) or that has it as a subkey; undefined when no authorized key fits.
 */
function linkVerificationKey(layout, step, linkKeyid, mainForSub) {
    for (const authorized of step.pubkeys) {
        const ak = layout.keys[authorized];
        const mainKey = mainForSub.get(authorized);
        if (ak && linkKeyid === authorized)
            return ak;
        if (mainKey && linkKeyid === authorized)
            return mainKey;
        if (ak && Object.prototype.hasOwnProperty.call(ak.subkeys ?? {}, linkKeyid))
            return ak;
    }
    return undefined;
}
/** The largest link file read (bytes): readFileSync's limit (2 GiB - 1). */
const MAX_LINK_FILE_BYTES = 2 ** 31 - 1;
/** A buffer of `n` bytes, or null when it cannot be had (the file is then unreadable, as for readFileSync). */
function allocOrNull(n) {
    try {
        return Buffer.allocUnsafe(n);
    }
    catch {
        return null;
    }
}
/**
 * Reads an optional file: null when it does not exist or cannot be read (the reference skips IOError).
 * The read runs in libuv's thread pool (open, fstat, then one read of the whole file, as readFileSync
 * reads a regular file: its size as fstat gives it, or up to the end when fstat gives 0), so that the
 * link files are read while the ones before them are scanned. Never rejects.
 */
function readOptional(path) {
    return new Promise((resolve) => {
        (0,external_node_fs_.open)(path, 'r', (openError, fd) => {
            if (openError)
                return resolve(null);
            const done = (bytes) => (0,external_node_fs_.close)(fd, () => resolve(bytes));
            (0,external_node_fs_.fstat)(fd, (statError, st) => {
                // (readFileSync refuses files of 2 GiB and more: so does this, and it never throws in a callback)
                if (statError || st.size > MAX_LINK_FILE_BYTES)
                    return done(null);
                const known = st.size > 0;
                const first = allocOrNull(known ? st.size : 64 * 1024);
                if (!first)
                    return done(null);
                let buf = first;
                let n = 0;
                const next = () => (0,external_node_fs_.read)(fd, buf, n, buf.length - n, n, (readError, got) => {
                    if (readError)
                        return done(null);
                    n += got;
                    if (got === 0 || (known && n === buf.length))
                        return done(n === buf.length ? buf : buf.subarray(0, n));
                    if (n === buf.length) {
                        const grown = buf.length * 2 > MAX_LINK_FILE_BYTES ? null : allocOrNull(buf.length * 2);
                        if (!grown)
                            return done(null);
                        buf.copy(grown, 0, 0, n);
                        buf = grown;
                    }
                    next();
                });
                next();
            });
        });
    });
}
function ruleFailure(rf, prefix) {
    return {
        check: 'rule',
        step: prefix + rf.item,
        rule: rf.rule,
        ruleList: rf.list,
        ruleIndex: rf.index,
        artifacts: rf.artifacts,
        message: `${prefix}${rf.item}: ${rf.list}[${rf.index}]: ${rf.message}`,
    };
}
/**
 * Verifies a parsed layout against links, per the in-toto specification and the reference's behaviour.
 * Never throws for a verification failure: the result carries it (`passed: false`).
 * @throws InputError only for unusable options (no layout keys, a missing parameter).
 */
async function verifyLayout(layoutMd, opts) {
    const ctx = { opts, log: opts.log ?? (() => undefined) };
    try {
        return await verifyInner(layoutMd, opts.layoutKeys, opts.linkDir, '', ctx);
    }
    finally {
        if (ctx.scratch)
            await (0,promises_.rm)(ctx.scratch, { recursive: true, force: true });
    }
}
async function verifyInner(layoutMd, keys, linkDir, prefix, ctx) {
    const { opts, log } = ctx;
    if (layoutMd.signed._type !== 'layout')
        throw new errors/* InputError */.dz(layoutMd.source, 'signed._type', "'layout'", { found: layoutMd.signed._type });
    let layout = layoutMd.signed;
    const result = {
        passed: false,
        layout: { source: layoutMd.source, expires: layout.expires, keyids: keys.map((k) => k.keyid), format: layoutMd.kind },
        steps: layout.steps.map((s) => ({
            name: s.name,
            kind: 'step',
            threshold: s.threshold,
            links: [],
            validLinks: 0,
            rules: { materials: s.expected_materials.length, products: s.expected_products.length },
            status: 'not-reached',
        })),
        inspections: layout.inspect.map((s) => ({
            name: s.name,
            kind: 'inspection',
            links: [],
            validLinks: 0,
            rules: { materials: s.expected_materials.length, products: s.expected_products.length },
            run: { command: s.run, returnValue: null },
            status: 'not-reached',
        })),
        warnings: [],
    };
    const stepResult = new Map(result.steps.map((r) => [r.name, r]));
    const inspResult = new Map(result.inspections.map((r) => [r.name, r]));
    try {
        // 1. layout signatures
        log(`${prefix}verifying layout signatures...`);
        if (keys.length < 1)
            throw new Stop({ check: 'layout-signature', artifacts: [], message: 'layout signature verification requires at least one key' });
        for (const k of keys) {
            const r = verifyMetadataSignature(layoutMd, k);
            if (!r.ok)
                throw new Stop({
                    check: 'layout-signature',
                    step: prefix ? prefix.slice(0, -1) : undefined,
                    artifacts: [layoutMd.source],
                    message: `${prefix}layout ${layoutMd.source}: ${r.reason}`,
                });
        }
        // 2. expiration
        const now = opts.now ?? new Date();
        if (Date.parse(layout.expires) < now.getTime()) {
            throw new Stop({
                check: 'layout-expired',
                step: prefix ? prefix.slice(0, -1) : undefined,
                artifacts: [layoutMd.source],
                message: `${prefix}layout ${layoutMd.source} expired at ${layout.expires}`,
            });
        }
        // 3. parameters
        if (opts.params && !prefix)
            layout = substituteParameters(layout, opts.params);
        // 4. load links
        log(`${prefix}reading link metadata from ${linkDir}...`);
        const chain = new Map();
        const names = [...new Set(layout.steps.flatMap((st) => candidateKeyids(layout, st).map((k) => linkFileName(st.name, k))))];
        const texts = new Map(names.map((n) => [n, readOptional((0,external_node_path_.join)(linkDir, n))]));
        // the links of a chain repeat artifact dicts (a step's materials are the products of the step before)
        const dicts = new ScanMemo();
        const mainForSub = new Map();
        for (const k of Object.values(layout.keys))
            for (const sub of Object.keys(k.subkeys ?? {}))
                mainForSub.set(sub, k);
        // each link's signature check starts as soon as the link is parsed (its OpenSSL work runs in libuv's
        // thread pool while the next links are scanned); step 5 awaits the results in its own order, before
        // anything reads the links' artifacts
        const signatureChecks = new Map();
        for (const step of layout.steps) {
            const sr = stepResult.get(step.name);
            const found = new Map();
            const tried = [];
            for (const keyid of candidateKeyids(layout, step)) {
                const file = linkFileName(step.name, keyid);
                tried.push(file);
                const text = (await texts.get(file)) ?? null;
                if (text === null)
                    continue;
                try {
                    const md = parseMetadataBytes(text, (0,external_node_path_.join)(linkDir, file), scanLinkMetablock, dicts);
                    found.set(keyid, md);
                    const vkey = linkVerificationKey(layout, step, keyid, mainForSub);
                    if (vkey) {
                        const check = verifyMetadataSignatureAsync(md, vkey);
                        // awaited in step 5 (which rethrows an error there, in the synchronous path's order); never unhandled
                        check.catch(() => undefined);
                        signatureChecks.set(md, check);
                    }
                }
                catch (e) {
                    if (!(e instanceof errors/* McError */.Hv))
                        throw e;
                    sr.status = 'fail';
                    throw new Stop({
                        check: 'link-format',
                        step: prefix + step.name,
                        artifacts: [file],
                        message: `${prefix}${step.name}: ${e.message}`,
                    });
                }
                sr.links.push({ file, keyid, status: 'valid' });
            }
            if (found.size < step.threshold) {
                sr.status = 'fail';
                const missing = sortPaths(tried.filter((t) => !sr.links.some((l) => l.file === t)));
                throw new Stop({
                    check: 'links-missing',
                    step: prefix + step.name,
                    artifacts: missing,
                    message: `${prefix}${step.name}: requires ${step.threshold} link metadata file(s), found ${found.size}${missing.length ? ` (missing: ${missing.join(', ')})` : ''}`,
                });
            }
            chain.set(step.name, found);
        }
        // (the memo's keys hold the files' text)
        dicts.clear();
        // 5. signatures and thresholds
        log(`${prefix}verifying link signatures...`);
        for (const step of layout.steps) {
            const sr = stepResult.get(step.name);
            const verified = new Map();
            const usedMain = [];
            for (const [linkKeyid, md] of chain.get(step.name)) {
                const lc = sr.links.find((l) => l.keyid === linkKeyid);
                const vkey = linkVerificationKey(layout, step, linkKeyid, mainForSub);
                if (!vkey) {
                    lc.status = 'unauthorized';
                    lc.reason = `keyid ${linkKeyid} is not in the layout's keys`;
                    log(`${prefix}${step.name}: skipping ${lc.file}: ${lc.reason}`);
                    continue;
                }
                const r = await signatureChecks.get(md);
                if (!r.ok) {
                    lc.status = 'invalid-signature';
                    lc.reason = r.reason;
                    log(`${prefix}${step.name}: skipping ${lc.file}: ${r.reason}`);
                    continue;
                }
                if (usedMain.includes(vkey.keyid))
                    result.warnings.push(`${prefix}${step.name}: links signed by different subkeys of main key ${vkey.keyid}; only one counts towards the threshold`);
                usedMain.push(vkey.keyid);
                verified.set(linkKeyid, md);
            }
            const count = verified.size - (usedMain.length - new Set(usedMain).size);
            sr.validLinks = count;
            if (count < step.threshold) {
                sr.status = 'fail';
                const bad = sortPaths(sr.links.filter((l) => l.status !== 'valid').map((l) => l.file));
                throw new Stop({
                    check: 'threshold',
                    step: prefix + step.name,
                    artifacts: bad,
                    message: `${prefix}${step.name}: requires ${step.threshold} link(s) validly signed by different authorized functionaries, found ${count}${bad.length
                        ? ` (rejected: ${sr.links
                            .filter((l) => l.status !== 'valid')
                            .map((l) => `${l.file}: ${l.reason}`)
                            .sort(fsx/* comparePaths */.cD)
                            .join('; ')})`
                        : ''}`,
                });
            }
            chain.set(step.name, verified);
        }
        // 6. sublayouts
        const links = new Map();
        for (const step of layout.steps) {
            const sr = stepResult.get(step.name);
            const perKey = new Map();
            for (const [keyid, md] of chain.get(step.name)) {
                if (md.signed._type === 'layout') {
                    log(`${prefix}verifying sublayout ${step.name}...`);
                    const subKey = layout.keys[keyid];
                    const subDir = (0,external_node_path_.join)(linkDir, `${step.name}.${keyid.slice(0, 8)}`);
                    if (!subKey) {
                        sr.status = 'fail';
                        throw new Stop({
                            check: 'sublayout',
                            step: prefix + step.name,
                            artifacts: [linkFileName(step.name, keyid)],
                            message: `${prefix}${step.name}: sublayout signed by ${keyid}, which is not a key of the layout (subkeys cannot sign sublayouts)`,
                        });
                    }
                    const sub = await verifyInner(md, [subKey], subDir, `${prefix}${step.name}/`, ctx);
                    sr.sublayout = sub;
                    if (!sub.passed) {
                        sr.status = 'fail';
                        throw new Stop({ ...sub.failure, check: sub.failure.check, message: sub.failure.message });
                    }
                    perKey.set(keyid, { ...sub.summary, name: step.name });
                }
                else {
                    perKey.set(keyid, md.signed);
                }
            }
            links.set(step.name, perKey);
        }
        // 7. command alignment (warning only)
        for (const step of layout.steps) {
            const sr = stepResult.get(step.name);
            sr.commandAligned = true;
            for (const [keyid, link] of links.get(step.name)) {
                if (JSON.stringify(link.command) !== JSON.stringify(step.expected_command)) {
                    sr.commandAligned = false;
                    result.warnings.push(`${prefix}${step.name}: run command ${JSON.stringify(link.command)} in ${linkFileName(step.name, keyid)} differs from expected command ${JSON.stringify(step.expected_command)}`);
                }
            }
        }
        // 8. threshold constraints
        for (const step of layout.steps) {
            if (step.threshold <= 1)
                continue;
            const perKey = [...links.get(step.name)];
            const sr = stepResult.get(step.name);
            const [refKeyid, ref] = perKey[0];
            const refM = artifactIndexOf(ref, 'materials');
            const refP = artifactIndexOf(ref, 'products');
            for (const [keyid, link] of perKey) {
                if (!sameArtifacts(artifactIndexOf(link, 'materials'), refM) || !sameArtifacts(artifactIndexOf(link, 'products'), refP)) {
                    sr.status = 'fail';
                    const a = linkFileName(step.name, refKeyid);
                    const b = linkFileName(step.name, keyid);
                    const diff = sortPaths(artifactDiff(ref, link));
                    throw new Stop({
                        check: 'threshold-artifacts',
                        step: prefix + step.name,
                        artifacts: diff,
                        message: `${prefix}${step.name}: links ${a} and ${b} report different artifacts: ${diff.join(', ')}`,
                    });
                }
            }
        }
        const reduced = new Map();
        for (const step of layout.steps)
            reduced.set(step.name, links.get(step.name).values().next().value);
        // 9. step rules
        log(`${prefix}verifying step rules...`);
        for (const step of layout.steps) {
            const sr = stepResult.get(step.name);
            for (const which of ['materials', 'products']) {
                const rules = which === 'materials' ? step.expected_materials : step.expected_products;
                const rf = verifyItemRules(step.name, which, rules, reduced);
                if (rf) {
                    sr.status = 'fail';
                    throw new Stop(ruleFailure(rf, prefix));
                }
            }
            sr.status = 'pass';
        }
        // 10. inspections
        const combined = new Map(reduced);
        if (layout.inspect.length) {
            const cwd = await inspectionDir(ctx);
            for (const insp of layout.inspect) {
                const ir = inspResult.get(insp.name);
                ir.run = { command: insp.run, returnValue: null };
                log(`${prefix}running inspection ${insp.name}: ${insp.run.join(' ')}`);
                let link;
                try {
                    link = await runStep(insp.name, ['.'], ['.'], insp.run, {
                        basePath: cwd,
                        cwd,
                        timeoutMs: opts.inspectionTimeoutMs ?? INSPECTION_TIMEOUT_MS,
                    });
                }
                catch (e) {
                    ir.status = 'fail';
                    const msg = e instanceof errors/* McError */.Hv ? e.message : String(e);
                    throw new Stop({
                        check: 'inspection',
                        step: prefix + insp.name,
                        artifacts: [],
                        message: `${prefix}${insp.name}: inspection command ${JSON.stringify(insp.run)} could not run: ${msg}`,
                    });
                }
                const rv = link.byproducts['return-value'] ?? null;
                ir.run.returnValue = rv;
                if (rv !== 0) {
                    ir.status = 'fail';
                    throw new Stop({
                        check: 'inspection',
                        step: prefix + insp.name,
                        artifacts: [],
                        message: `${prefix}${insp.name}: inspection command ${JSON.stringify(insp.run)} exited with ${rv === -1 ? 'a signal or timeout' : rv}`,
                    });
                }
                ir.run.materials = Object.keys(link.materials).length;
                ir.run.products = Object.keys(link.products).length;
                if (opts.inspectionLinkDir)
                    await (0,fsx/* writeFileAtomic */.Zf)((0,external_node_path_.join)(opts.inspectionLinkDir, `${prefix.replace(/\//g, '.')}${insp.name}.link`), dumpMetablock(link, []));
                combined.set(insp.name, link);
            }
            // 11. inspection rules
            for (const insp of layout.inspect) {
                const ir = inspResult.get(insp.name);
                for (const which of ['materials', 'products']) {
                    const rules = which === 'materials' ? insp.expected_materials : insp.expected_products;
                    const rf = verifyItemRules(insp.name, which, rules, combined);
                    if (rf) {
                        ir.status = 'fail';
                        throw new Stop(ruleFailure(rf, prefix));
                    }
                }
                ir.status = 'pass';
            }
        }
        result.passed = true;
        result.summary = summaryLink(layout, reduced, prefix ? prefix.slice(0, -1).split('/').pop() : '');
        return result;
    }
    catch (e) {
        if (e instanceof Stop) {
            result.failure = e.failure;
            return result;
        }
        throw e;
    }
}
function artifactDiff(a, b) {
    const out = new Set();
    for (const which of ['materials', 'products']) {
        const x = a[which];
        const y = b[which];
        for (const p of new Set([...Object.keys(x), ...Object.keys(y)])) {
            if (encodeCanonical(x[p] ?? null) !== encodeCanonical(y[p] ?? null))
                out.add(p);
        }
    }
    return [...out];
}
async function inspectionDir(ctx) {
    const work = ctx.opts.workDir ?? process.cwd();
    if (ctx.opts.inspectInPlace)
        return work;
    if (ctx.scratch)
        return ctx.scratch;
    ctx.scratch = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'mc-intoto-inspect-'));
    const skip = await excludeMatcher(['.git']);
    await (0,promises_.cp)(work, ctx.scratch, {
        recursive: true,
        verbatimSymlinks: true,
        filter: (src) => {
            const rel = src.slice(work.length).replace(/^[\\/]+/, '');
            return rel === '' || !skip(rel);
        },
    });
    return ctx.scratch;
}
/** The summary link of a verified layout (verifylib.get_summary_link). */
function summaryLink(layout, reduced, name) {
    if (!layout.steps.length)
        return { _type: 'link', name, materials: {}, products: {}, byproducts: {}, command: [], environment: {} };
    const first = reduced.get(layout.steps[0].name);
    const last = reduced.get(layout.steps[layout.steps.length - 1].name);
    if (hasAttachedIndex(first) || hasAttachedIndex(last)) {
        // links read by the scanner: the summary's artifacts stay indexes until read (most often never)
        const link = { _type: 'link', name };
        attachArtifactIndex(link, artifactIndexOf(first, 'materials'), artifactIndexOf(last, 'products'));
        return Object.assign(link, { byproducts: last.byproducts, command: last.command, environment: {} });
    }
    return {
        _type: 'link',
        name,
        materials: first.materials,
        products: last.products,
        byproducts: last.byproducts,
        command: last.command,
        environment: {},
    };
}
/**
 * Loads and verifies: reads the layout file, then {@link verifyLayout}.
 * @throws InputError when the layout file is unreadable or malformed (exit 2).
 */
async function verifyLayoutFile(layoutPath, opts) {
    let text;
    try {
        text = await (0,promises_.readFile)(layoutPath, 'utf8');
    }
    catch (e) {
        throw new errors/* InputError */.dz(layoutPath, undefined, 'a readable layout file', { found: e.code });
    }
    const md = parseMetadata(text, layoutPath);
    if (md.signed._type !== 'layout')
        throw new errors/* InputError */.dz(layoutPath, 'signed._type', "'layout'", { found: md.signed._type });
    return verifyLayout(md, opts);
}

;// CONCATENATED MODULE: ./src/intoto/attestation.ts
/**
 * in-toto attestations (in-toto attestation framework v1: spec/v1/envelope.md, statement.md,
 * resource_descriptor.md) and SLSA provenance checks in the style of slsa-verifier
 * (https://slsa.dev/spec/v1.0/provenance, https://slsa.dev/provenance/v0.2):
 *
 * - the DSSE envelope has an allowed payloadType and at least `threshold` signatures that verify
 *   over PAE(payloadType, payload) with distinct trusted keys (ed25519 through src/core/ed25519.ts,
 *   ecdsa/rsa through node:crypto; keyids: securesystemslib keyid, or for ed25519 also the RFC 7638
 *   JWK thumbprint the suite's own envelopes carry);
 * - the payload is an in-toto Statement v1 (or v0.1) whose predicateType is allow-listed;
 * - every artifact on disk matches a subject by digest (sha256, sha384 or sha512; names are reported,
 *   not required to match, as slsa-verifier does);
 * - SLSA provenance: expected builder id, build type, and external parameters (dotted paths), plus
 *   the source of the build (repository and ref), read from ONE place as slsa-verifier does (see
 *   {@link provenanceSource}): a dependency merely listed in resolvedDependencies is not the source,
 *   and the repository and the ref always come from the same entry.
 */







const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
const SLSA_PROVENANCE_V02 = 'https://slsa.dev/provenance/v0.2';
const STATEMENT_TYPES = ['https://in-toto.io/Statement/v1', 'https://in-toto.io/Statement/v0.1'];
const attestation_isObj = (v) => !!v && typeof v === 'object' && !Array.isArray(v);
function get(obj, path) {
    let cur = obj;
    for (const part of path.split('.')) {
        if (!attestation_isObj(cur))
            return undefined;
        cur = cur[part];
    }
    return cur;
}
/**
 * Splits a source URI into repository and ref: `git+https://github.com/org/repo@refs/heads/main` is
 * `{ repo: 'git+https://github.com/org/repo', ref: 'refs/heads/main' }` (SLSA's git URI form: the ref
 * follows the first `@` after the host; an `@` in user info before the host is not a ref).
 */
function splitSourceUri(uri) {
    const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(uri)?.[0].length ?? 0;
    const slash = uri.indexOf('/', scheme);
    const at = slash < 0 ? -1 : uri.indexOf('@', slash);
    return at < 0 ? { repo: uri } : { repo: uri.slice(0, at), ref: uri.slice(at + 1) };
}
/** Normalizes a repository URI for comparison: no scheme, no `git+`, no `.git`, no `@ref`, no trailing slash. */
function normalizeRepo(uri) {
    return splitSourceUri(uri)
        .repo.replace(/^git\+/, '')
        .replace(/^[a-z]+:\/\//i, '')
        .replace(/^[^/@]*@/, '') // user info
        .replace(/\.git$/, '')
        .replace(/\/+$/, '')
        .toLowerCase();
}
/**
 * The source of a build in SLSA provenance, from ONE place (as slsa-verifier reads it), never a
 * repository from one entry and a ref from another:
 * - v1 with `externalParameters.workflow` (the GitHub Actions build types): `workflow.repository` and
 *   `workflow.ref`; a first resolved dependency that names a git source must agree with them;
 * - v1 with `externalParameters.source` (a `git+…@ref` string or `{uri, ref}`): that;
 * - other v1: `resolvedDependencies[0]`, the dependency that IS the source (uri `…@ref`); other entries
 *   are inputs of the build, not its source;
 * - v0.2: `invocation.configSource.uri` (`…@ref`; else `invocation.environment.github_ref` of the same build).
 * @returns the source, or an error message when the predicate is inconsistent
 */
function provenanceSource(pred, isV1) {
    const str = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
    if (!isV1) {
        const uri = str(get(pred, 'invocation.configSource.uri'));
        if (!uri)
            return { from: 'invocation.configSource.uri' };
        const sp = splitSourceUri(uri);
        return { uri: sp.repo, ref: sp.ref ?? str(get(pred, 'invocation.environment.github_ref')), from: 'invocation.configSource' };
    }
    const params = get(pred, 'buildDefinition.externalParameters');
    const deps = get(pred, 'buildDefinition.resolvedDependencies');
    const first = Array.isArray(deps) ? deps[0] : undefined;
    const firstUri = str(get(first, 'uri'));
    const workflow = get(params, 'workflow');
    if (attestation_isObj(workflow)) {
        const src = { uri: str(workflow.repository), ref: str(workflow.ref), from: 'externalParameters.workflow' };
        // the checkout the builder resolved must be the workflow's repository (and ref, when it names one)
        if (firstUri && /^git\+/.test(firstUri) && src.uri) {
            const sp = splitSourceUri(firstUri);
            if (normalizeRepo(sp.repo) !== normalizeRepo(src.uri) || (sp.ref && src.ref && sp.ref !== src.ref)) {
                return {
                    error: `resolvedDependencies[0] (${firstUri}) is not the workflow's source ${src.uri}@${src.ref ?? ''}: inconsistent provenance`,
                };
            }
        }
        return src;
    }
    const source = get(params, 'source');
    if (typeof source === 'string' && source) {
        const sp = splitSourceUri(source);
        return { uri: sp.repo, ref: sp.ref, from: 'externalParameters.source' };
    }
    if (attestation_isObj(source) && str(source.uri)) {
        const sp = splitSourceUri(source.uri);
        return { uri: sp.repo, ref: str(source.ref) ?? sp.ref, from: 'externalParameters.source' };
    }
    if (firstUri) {
        const sp = splitSourceUri(firstUri);
        return { uri: sp.repo, ref: sp.ref, from: 'resolvedDependencies[0]' };
    }
    return { from: 'externalParameters.workflow' };
}
function refMatches(found, expected) {
    if (found === expected)
        return true;
    if (!expected.startsWith('refs/'))
        return found === `refs/heads/${expected}` || found === `refs/tags/${expected}`;
    return false;
}
function builderMatches(found, expected) {
    if (found === expected)
        return true;
    return !expected.includes('@') && found.split('@')[0] === expected;
}
async function keyIds(k) {
    const ids = [k.keyid];
    if (k.keytype === 'ed25519' && /^[0-9a-fA-F]{64}$/.test(k.keyval.public))
        ids.push(await (0,ed25519/* thumbprint */.O1)(Buffer.from(k.keyval.public, 'hex').toString('base64url')));
    return ids;
}
/**
 * Verifies an attestation envelope (JSON, or the first line of a `.intoto.jsonl` bundle) against trusted
 * keys, artifacts on disk and a policy.
 * @param artifacts paths of the artifacts (read and hashed here)
 * @throws InputError when the envelope or an artifact cannot be read or parsed (exit 2)
 */
async function verifyAttestation(envelopeText, source, keys, artifacts, policy = {}) {
    let json;
    try {
        json = JSON.parse(envelopeText);
    }
    catch {
        // a .intoto.jsonl bundle: the first non-empty line
        try {
            json = JSON.parse(envelopeText.split('\n').find((l) => l.trim()) ?? '');
        }
        catch {
            throw new errors/* InputError */.dz(source, undefined, 'a DSSE envelope as JSON (or a .intoto.jsonl line)');
        }
    }
    const env = (0,dsse/* parseEnvelope */.mE)(json, source);
    const checks = [];
    const add = (c) => checks.push(c);
    const result = {
        passed: false,
        envelope: source,
        payloadType: env.payloadType,
        subjects: [],
        signatures: [],
        artifacts: [],
        checks,
    };
    // payloadType
    const allowedPT = policy.payloadTypes?.length ? policy.payloadTypes : [dsse/* INTOTO_PAYLOAD_TYPE */.w9];
    add({
        check: 'payloadType',
        ok: allowedPT.includes(env.payloadType),
        expected: allowedPT.join(' | '),
        found: env.payloadType,
        message: `payloadType ${env.payloadType}${allowedPT.includes(env.payloadType) ? '' : ` is not allowed (expected ${allowedPT.join(' or ')})`}`,
    });
    // signatures
    const payload = (0,dsse/* decodeBase64 */.y4)(env.payload) ?? new Uint8Array();
    const msg = (0,dsse/* pae */.Zg)(env.payloadType, payload);
    const ids = await Promise.all(keys.map(async (k) => ({ k, ids: await keyIds(k) })));
    const validKeys = new Set();
    for (const s of env.signatures) {
        const sig = (0,dsse/* decodeBase64 */.y4)(s.sig);
        const cands = s.keyid ? ids.filter((x) => x.ids.includes(s.keyid)) : ids;
        if (!cands.length) {
            result.signatures.push({ keyid: s.keyid ?? '', status: 'unknown-key' });
            continue;
        }
        const ok = cands.find((c) => sig && verifySignature(c.k, sig, msg));
        if (ok)
            validKeys.add(ok.k.keyid);
        result.signatures.push({ keyid: s.keyid ?? ok?.k.keyid ?? '', status: ok ? 'valid' : s.keyid ? 'invalid' : 'unknown-key' });
    }
    const threshold = policy.threshold ?? 1;
    add({
        check: 'signatures',
        ok: validKeys.size >= threshold,
        expected: `${threshold} trusted key(s)`,
        found: String(validKeys.size),
        message: `${validKeys.size} valid signature(s) from trusted keys (need ${threshold})${result.signatures.some((s) => s.status !== 'valid')
            ? `; rejected: ${result.signatures
                .filter((s) => s.status !== 'valid')
                .map((s) => `${s.keyid || '(no keyid)'} ${s.status}`)
                .join(', ')}`
            : ''}`,
    });
    // statement
    let st;
    try {
        const parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(payload));
        if (attestation_isObj(parsed))
            st = parsed;
    }
    catch {
        /* reported below */
    }
    const stOk = !!st && STATEMENT_TYPES.includes(String(st._type)) && Array.isArray(st.subject) && typeof st.predicateType === 'string';
    add({
        check: 'statement',
        ok: stOk,
        expected: STATEMENT_TYPES[0],
        found: st ? String(st._type) : 'not JSON',
        message: stOk ? `in-toto Statement ${String(st._type)}` : 'payload is not an in-toto Statement (_type, subject[], predicateType)',
    });
    if (stOk && st) {
        const predicateType = st.predicateType;
        result.predicateType = predicateType;
        result.subjects = st.subject
            .filter(attestation_isObj)
            .map((s) => ({ name: String(s.name ?? ''), digest: (attestation_isObj(s.digest) ? s.digest : {}) }));
        const allowed = policy.predicateTypes ?? [];
        const ptOk = !allowed.length || allowed.includes(predicateType);
        add({
            check: 'predicateType',
            ok: ptOk,
            expected: allowed.length ? allowed.join(' | ') : '(any)',
            found: predicateType,
            message: `predicateType ${predicateType}${ptOk ? '' : ` is not in the allow-list (${allowed.join(', ')})`}`,
        });
        // subjects vs artifacts
        for (const path of [...artifacts].sort(fsx/* comparePaths */.cD)) {
            let bytes;
            try {
                bytes = await (0,promises_.readFile)(path);
            }
            catch (e) {
                throw new errors/* InputError */.dz(path, undefined, 'a readable artifact', { found: e.code });
            }
            const digests = {};
            for (const alg of ['sha256', 'sha384', 'sha512'])
                digests[alg] = (0,external_node_crypto_.createHash)(alg).update(bytes).digest('hex');
            const subj = result.subjects.find((s) => Object.entries(s.digest).some(([alg, hex]) => digests[alg] !== undefined && typeof hex === 'string' && hex.toLowerCase() === digests[alg]));
            result.artifacts.push({ path, sha256: digests.sha256, subject: subj ? subj.name : null });
            add({
                check: 'subject',
                ok: !!subj,
                expected: path,
                found: subj?.name,
                message: subj ? `${path} matches subject ${subj.name}` : `${path} (sha256:${digests.sha256}) matches no subject of the attestation`,
            });
        }
        // SLSA provenance
        const pred = st.predicate;
        const isV1 = predicateType === SLSA_PROVENANCE_V1;
        const isV02 = predicateType === SLSA_PROVENANCE_V02;
        const wantsSlsa = policy.builderId ||
            policy.buildType ||
            policy.sourceUri ||
            policy.sourceRef ||
            (policy.externalParameters && Object.keys(policy.externalParameters).length);
        if (wantsSlsa && !isV1 && !isV02) {
            add({
                check: 'provenance',
                ok: false,
                expected: SLSA_PROVENANCE_V1,
                found: predicateType,
                message: `provenance checks need a SLSA provenance predicate, found ${predicateType}`,
            });
        }
        else if (wantsSlsa) {
            const builder = String((isV1 ? get(pred, 'runDetails.builder.id') : get(pred, 'builder.id')) ?? '');
            const buildType = String((isV1 ? get(pred, 'buildDefinition.buildType') : get(pred, 'buildType')) ?? '');
            const params = isV1 ? get(pred, 'buildDefinition.externalParameters') : get(pred, 'invocation.parameters');
            if (policy.builderId)
                add({
                    check: 'builder.id',
                    ok: builderMatches(builder, policy.builderId),
                    expected: policy.builderId,
                    found: builder,
                    message: `builder id ${builder || '(none)'}${builderMatches(builder, policy.builderId) ? '' : `, expected ${policy.builderId}`}`,
                });
            if (policy.buildType)
                add({
                    check: 'buildType',
                    ok: buildType === policy.buildType,
                    expected: policy.buildType,
                    found: buildType,
                    message: `buildType ${buildType || '(none)'}${buildType === policy.buildType ? '' : `, expected ${policy.buildType}`}`,
                });
            if (policy.sourceUri || policy.sourceRef) {
                const src = provenanceSource(pred, isV1);
                if ('error' in src) {
                    add({
                        check: 'source',
                        ok: false,
                        expected: `${policy.sourceUri ?? ''}@${policy.sourceRef ?? ''}`,
                        found: undefined,
                        message: src.error,
                    });
                }
                else {
                    if (policy.sourceUri) {
                        const ok = !!src.uri && normalizeRepo(src.uri) === normalizeRepo(policy.sourceUri);
                        add({
                            check: 'source.uri',
                            ok,
                            expected: policy.sourceUri,
                            found: src.uri,
                            message: ok
                                ? `source ${src.uri} (${src.from})`
                                : `source repository ${src.uri ?? '(none)'} (${src.from}) is not ${policy.sourceUri}`,
                        });
                    }
                    if (policy.sourceRef) {
                        const ok = !!src.ref && refMatches(src.ref, policy.sourceRef);
                        add({
                            check: 'source.ref',
                            ok,
                            expected: policy.sourceRef,
                            found: src.ref,
                            message: ok
                                ? `source ref ${src.ref} (${src.from})`
                                : `source ref ${src.ref ?? '(none)'} (${src.from}) is not ${policy.sourceRef}`,
                        });
                    }
                }
            }
            for (const [k, v] of Object.entries(policy.externalParameters ?? {}).sort(([a], [b]) => (0,fsx/* comparePaths */.cD)(a, b))) {
                const f = get(params, k);
                const fs = typeof f === 'string' ? f : f === undefined ? undefined : JSON.stringify(f);
                add({
                    check: `externalParameters.${k}`,
                    ok: fs === v,
                    expected: v,
                    found: fs,
                    message: `externalParameters.${k} = ${fs ?? '(absent)'}${fs === v ? '' : `, expected ${v}`}`,
                });
            }
        }
    }
    const failed = checks.find((c) => !c.ok);
    result.passed = !failed;
    if (failed)
        result.failure = failed.message;
    return result;
}

// EXTERNAL MODULE: ./src/core/report.ts
var report = __webpack_require__(8557);
;// CONCATENATED MODULE: ./src/intoto/report.ts
/**
 * Rendering verdicts: a readable text report (CLI), a markdown job summary with a per-step table
 * (links found, signatures, threshold, rules, inspections), and the JSON verdict document.
 */

function linksCell(r) {
    if (r.kind === 'inspection')
        return '-';
    return r.links.length ? r.links.map((l) => l.file).join(', ') : 'none';
}
function sigCell(r) {
    if (r.kind === 'inspection')
        return '-';
    const bad = r.links.filter((l) => l.status !== 'valid');
    return `${r.validLinks} valid${bad.length ? `, ${bad.length} rejected (${bad.map((l) => `${l.file}: ${l.status}`).join('; ')})` : ''}`;
}
function statusCell(r) {
    return r.status === 'pass' ? 'pass' : r.status === 'fail' ? '**FAIL**' : 'not reached';
}
function rows(result, prefix = '') {
    const out = [];
    for (const r of [...result.steps, ...result.inspections]) {
        out.push([
            prefix + r.name,
            r.kind === 'step' ? (r.sublayout ? 'step (sublayout)' : 'step') : 'inspection',
            linksCell(r),
            sigCell(r),
            r.kind === 'step' ? `${r.validLinks}/${r.threshold}` : '-',
            `${r.rules.materials} materials, ${r.rules.products} products`,
            r.kind === 'inspection'
                ? `\`${(r.run?.command ?? []).join(' ')}\` → ${r.run?.returnValue ?? 'not run'}${r.run?.materials !== undefined ? ` (recorded ${r.run.materials} materials, ${r.run.products} products)` : ''}`
                : r.commandAligned === false
                    ? 'command differs (warning)'
                    : '-',
            statusCell(r),
        ]);
        if (r.sublayout)
            out.push(...rows(r.sublayout, `${prefix}${r.name}/`));
    }
    return out;
}
/** Markdown job summary for a layout verification. */
function verifyMarkdown(result) {
    const head = result.passed
        ? `### in-toto verification passed\n\nLayout \`${result.layout.source}\` (expires ${result.layout.expires}), signed by ${(0,report/* plural */.LS)(result.layout.keyids.length, 'layout key')}.\n`
        : `### in-toto verification FAILED\n\n> [!CAUTION]\n> **${result.failure?.check}**${result.failure?.step ? ` in \`${result.failure.step}\`` : ''}: ${result.failure?.message}\n`;
    const table = (0,report/* mdTable */.gJ)(['step', 'kind', 'links found', 'signatures', 'threshold', 'rules', 'inspection / command', 'result'], rows(result));
    const warn = result.warnings.length ? `\n**Warnings**\n\n${result.warnings.map((w) => `- ${w}`).join('\n')}\n` : '';
    return `${head}\n${table}${warn}`;
}
/** Plain-text report for the CLI. */
function verifyText(result, verbose = false) {
    const lines = [];
    const walk = (r, prefix) => {
        for (const s of [...r.steps, ...r.inspections]) {
            const detail = s.kind === 'step' ? `links ${s.validLinks}/${s.threshold}` : `exit ${s.run?.returnValue ?? '-'}`;
            lines.push(`  ${statusCell(s).replace(/\*/g, '').padEnd(11)} ${s.kind.padEnd(10)} ${prefix}${s.name}  (${detail})`);
            if (verbose)
                for (const l of s.links.filter((x) => x.status !== 'valid'))
                    lines.push(`              rejected ${l.file}: ${l.reason}`);
            if (s.sublayout)
                walk(s.sublayout, `${prefix}${s.name}/`);
        }
    };
    walk(result, '');
    const warn = result.warnings.map((w) => `warning: ${w}`);
    if (result.passed)
        return [...warn, `in-toto verification passed: ${result.layout.source}`, ...lines].join('\n') + '\n';
    const f = result.failure;
    return ([
        ...warn,
        `in-toto verification FAILED: ${f.check}${f.step ? ` in ${f.step}` : ''}`,
        `  ${f.message}`,
        ...(f.rule ? [`  rule: ${f.ruleList}[${f.ruleIndex}] ${f.rule.join(' ')}`] : []),
        ...(f.artifacts.length ? [`  artifacts: ${f.artifacts.join(', ')}`] : []),
        ...lines,
    ].join('\n') + '\n');
}
/** The JSON verdict document (stable field order, no key material). */
function verifyJson(result) {
    return JSON.stringify({ tool: 'mc intoto verify', ...result }, (k, v) => (v instanceof Uint8Array ? undefined : v), 2) + '\n';
}
/** Markdown job summary for attestation verification. */
function attestationMarkdown(results) {
    return results
        .map((r) => {
        const head = r.passed
            ? `### Attestation verified: \`${r.envelope}\`\n`
            : `### Attestation FAILED: \`${r.envelope}\`\n\n> [!CAUTION]\n> ${r.failure}\n`;
        return `${head}\n${mdTable(['check', 'result', 'expected', 'found'], r.checks.map((c) => [c.check, c.ok ? 'pass' : '**FAIL**', c.expected ?? '', c.found ?? '']))}`;
    })
        .join('\n');
}
/** Plain-text report for attestation verification. */
function attestationText(r) {
    const lines = r.checks.map((c) => `  ${c.ok ? 'pass' : 'FAIL'}  ${c.check}: ${c.message}`);
    return [`attestation ${r.passed ? 'verified' : 'FAILED'}: ${r.envelope}${r.passed ? '' : ` (${r.failure})`}`, ...lines].join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/intoto/settings.ts
/**
 * The settings of in-toto verification, read the same way from `mc intoto verify` and
 * `mc intoto attestation verify` flags and from the mc/intoto-verify action's inputs. Every default
 * is owned here once; messages name the flag or input as the user wrote it (`--key-types` in the
 * CLI, `input 'key-types'` in the action). Key files and paths stay with the entrypoints.
 */


/** in-toto-verify's default key type for `--layout-keys`. */
const DEFAULT_LAYOUT_KEY_TYPE = 'rsa';
/** The key type of attestation keys when none is given (DSSE over Ed25519). */
const DEFAULT_ATTESTATION_KEY_TYPE = 'ed25519';
/**
 * The type of each of `n` keys: one per key, one for all, or none for `def`.
 * @param name how the types setting is named to the user (`--key-types`, `input 'key-types'`)
 * @throws UsageError on an unknown type or a count that fits neither rule.
 */
function keyTypesFor(types, n, name, def = DEFAULT_LAYOUT_KEY_TYPE) {
    const t = types ?? [];
    for (const x of t)
        if (!KEY_TYPES.includes(x))
            throw new errors/* UsageError */.eb(`${name}: expected one of ${KEY_TYPES.join(', ')}, found '${x}'`);
    if (t.length === 0)
        return Array.from({ length: n }, () => def);
    if (t.length === 1)
        return Array.from({ length: Math.max(n, 1) }, () => t[0]);
    if (t.length !== n)
        throw new errors/* UsageError */.eb(`${name}: pass as many key types as keys (got ${t.length} for ${n}), one for all, or none to default to ${def}`);
    return t;
}
/**
 * `KEY=VALUE` items as a record (a later item wins).
 * @param name how the setting is named to the user
 * @throws UsageError on an item without `=` or with an empty key.
 */
function keyValues(items, name) {
    const out = {};
    for (const it of items ?? []) {
        const i = it.indexOf('=');
        if (i <= 0)
            throw new errors/* UsageError */.eb(`${name}: expected KEY=VALUE, found '${it}'`);
        out[it.slice(0, i)] = it.slice(i + 1);
    }
    return out;
}
/**
 * @param raw the settings as given
 * @param label how a setting is named to the user
 * @throws UsageError (exit 2) naming the setting and what was expected.
 */
function intotoSettings(raw, label) {
    const layoutKeyTypes = keyTypesFor(raw.keyTypes, raw.layoutKeys?.length ?? 0, label('keyTypes'), DEFAULT_LAYOUT_KEY_TYPE);
    const attestationKeyTypes = keyTypesFor(raw.attestationKeyTypes, raw.attestationKeys?.length ?? 0, label('attestationKeyTypes'), DEFAULT_ATTESTATION_KEY_TYPE);
    const t = raw.attestationThreshold || '1';
    const attestationThreshold = Number(t);
    if (!Number.isInteger(attestationThreshold) || attestationThreshold < 1)
        throw new errors/* UsageError */.eb(`${label('attestationThreshold')}: expected a positive integer, found '${t}'`);
    const params = keyValues(raw.params, label('params'));
    const ext = keyValues(raw.externalParams, label('externalParams'));
    return {
        layoutKeyTypes,
        ...(Object.keys(params).length ? { params } : {}),
        attestationKeyTypes,
        attestationThreshold,
        ...(Object.keys(ext).length ? { externalParameters: ext } : {}),
    };
}

;// CONCATENATED MODULE: ./src/intoto/index.ts
/** The intoto-verify gate's domain core: in-toto layouts, links and attestations. */












// EXTERNAL MODULE: ./src/cli/cli.ts + 1 modules
var cli = __webpack_require__(9797);
;// CONCATENATED MODULE: ./src/cli/commands/intoto.ts
/**
 * `mc intoto verify|run|sign|keygen|attestation verify`: thin commands over src/intoto.
 * `mc intoto verify` takes in-toto-verify's own arguments (so scripts switch by changing the command
 * name) plus `--param KEY=VALUE`; exit codes 0 pass, 1 verification failed, 2 usage or unusable input.
 */






/**
 * argparse `nargs='+'` for node:util parseArgs: `-k a b c` becomes `-k a -k b -k c` for the given
 * flags (values are taken up to the next token starting with '-' or up to `--`).
 */
function expandMulti(argv, flags) {
    const out = [];
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        out.push(a);
        if (a === '--') {
            out.push(...argv.slice(i + 1));
            break;
        }
        if (!flags.includes(a))
            continue;
        let first = true;
        while (i + 1 < argv.length && !argv[i + 1].startsWith('-')) {
            if (!first)
                out.push(a);
            out.push(argv[++i]);
            first = false;
        }
    }
    return out;
}
/**
 * A user-given path resolved against the working directory, or the working directory itself.
 * (No literal '.' paths: ncc's asset relocator would bundle the whole build directory.)
 */
function intoto_at(cwd, p) {
    return p ? (0,external_node_path_.resolve)(cwd, p) : cwd;
}
/** The flag of each setting in `mc intoto verify` (in-toto-verify's names), or as `names` says. */
function flag(f, names = {}) {
    return (names[f] ??
        {
            layoutKeys: '--layout-keys',
            keyTypes: '--key-types',
            params: '--param',
            attestationKeys: '--key',
            attestationKeyTypes: '--key-types',
            attestationThreshold: '--threshold',
            externalParams: '--external-param',
        }[f]);
}
/** The key types of `n` keys (see {@link keyTypesFor}); in-toto's default rsa. */
function keyTypes(types, n, flag) {
    return keyTypesFor(types, n, flag);
}
/** Loads public keys as in-toto-verify `--layout-keys` with `--key-types`. */
async function loadPublicKeys(paths, types, cwd, flag = '--key-types') {
    const t = keyTypes(types, paths.length, flag);
    return Promise.all(paths.map(async (p, i) => parsePublicKeyFile(await (0,fsx.readText)((0,external_node_path_.resolve)(cwd, p), `${t[i]} public key`), t[i], p)));
}
const verify = {
    name: 'intoto verify',
    summary: 'verify a supply chain: layout, links, inspections (in-toto-verify compatible)',
    usage: 'mc intoto verify --layout FILE --layout-keys KEY [KEY ...] [--key-types TYPE ...] [--link-dir DIR] [--param KEY=VALUE ...] [--workdir DIR] [--inspect-in-place] [--inspection-link-dir DIR] [--report FILE.json] [--summary FILE.md] [--verbose|--quiet]',
    async run(argv, io) {
        const { values } = (0,cli/* parseCliArgs */.h)(expandMulti(argv, ['-k', '--layout-keys', '-t', '--key-types', '-g', '--gpg']), {
            layout: { type: 'string', short: 'l' },
            'layout-keys': { type: 'string', short: 'k', multiple: true },
            'key-types': { type: 'string', short: 't', multiple: true },
            'link-dir': { type: 'string' },
            gpg: { type: 'string', short: 'g', multiple: true },
            'gpg-home': { type: 'string' },
            param: { type: 'string', multiple: true },
            workdir: { type: 'string' },
            'inspect-in-place': { type: 'boolean' },
            'inspection-link-dir': { type: 'string' },
            report: { type: 'string' },
            summary: { type: 'string' },
            verbose: { type: 'boolean', short: 'v' },
            quiet: { type: 'boolean', short: 'q' },
        }, this.usage, false);
        if (values.gpg || values['gpg-home'])
            throw new errors/* UsageError */.eb('--gpg is not supported: pass the layout keys as files with --layout-keys');
        if (!values.layout)
            throw new errors/* UsageError */.eb(`--layout is required\nusage: ${this.usage}`);
        if (!values['layout-keys']?.length)
            throw new errors/* UsageError */.eb(`wrong arguments: specify at least one of '--layout-keys path [path ...]'\nusage: ${this.usage}`);
        const { layoutKeyTypes, params } = intotoSettings({ layoutKeys: values['layout-keys'], keyTypes: values['key-types'], params: values.param }, flag);
        const keys = await loadPublicKeys(values['layout-keys'], layoutKeyTypes, io.cwd);
        const result = await verifyLayoutFile((0,external_node_path_.resolve)(io.cwd, values.layout), {
            layoutKeys: keys,
            linkDir: intoto_at(io.cwd, values['link-dir']),
            params,
            workDir: intoto_at(io.cwd, values.workdir),
            inspectInPlace: values['inspect-in-place'],
            inspectionLinkDir: values['inspection-link-dir'] ? (0,external_node_path_.resolve)(io.cwd, values['inspection-link-dir']) : undefined,
            log: values.verbose ? (m) => io.stderr(`${m}\n`) : undefined,
        });
        result.layout.source = values.layout;
        if (values.report)
            await (0,fsx/* writeFileAtomic */.Zf)((0,external_node_path_.resolve)(io.cwd, values.report), verifyJson(result));
        if (values.summary)
            await (0,fsx/* writeFileAtomic */.Zf)((0,external_node_path_.resolve)(io.cwd, values.summary), verifyMarkdown(result));
        if (!values.quiet || !result.passed)
            (result.passed ? io.stdout : io.stderr)(verifyText(result, values.verbose));
        return result.passed ? errors/* ExitCode */.yU.Pass : errors/* ExitCode */.yU.Fail;
    },
};
const run = {
    name: 'intoto run',
    summary: 'record a step: materials, run the command, products; sign the link (in-toto-run compatible)',
    usage: 'mc intoto run --step-name NAME --key KEY [--key-type TYPE] [--materials PATH ...] [--products PATH ...] [--record-streams] [--no-command] [--exclude PATTERN ...] [--base-path DIR] [--lstrip-paths PREFIX ...] [--metadata-directory DIR] [--dsse] -- COMMAND [ARGS ...]',
    async run(argv, io) {
        const { values, positionals } = (0,cli/* parseCliArgs */.h)(expandMulti(argv, ['-m', '--materials', '-p', '--products', '--exclude', '--lstrip-paths']), {
            'step-name': { type: 'string', short: 'n' },
            key: { type: 'string', short: 'k' },
            'key-type': { type: 'string', short: 't' },
            materials: { type: 'string', short: 'm', multiple: true },
            products: { type: 'string', short: 'p', multiple: true },
            'record-streams': { type: 'boolean', short: 's' },
            'no-command': { type: 'boolean', short: 'x' },
            exclude: { type: 'string', multiple: true },
            'base-path': { type: 'string' },
            'lstrip-paths': { type: 'string', multiple: true },
            'metadata-directory': { type: 'string', short: 'd' },
            dsse: { type: 'boolean' },
            verbose: { type: 'boolean', short: 'v' },
            quiet: { type: 'boolean', short: 'q' },
        }, this.usage, true);
        if (!values['step-name'])
            throw new errors/* UsageError */.eb(`--step-name is required\nusage: ${this.usage}`);
        if (!values.key)
            throw new errors/* UsageError */.eb(`--key is required (unsigned links are not written)\nusage: ${this.usage}`);
        if (!values['no-command'] && positionals.length === 0)
            throw new errors/* UsageError */.eb(`no command given: pass '-- COMMAND [ARGS]' or --no-command\nusage: ${this.usage}`);
        if (values['no-command'] && positionals.length)
            throw new errors/* UsageError */.eb('--no-command and a command are mutually exclusive');
        const [type] = keyTypes(values['key-type'] ? [values['key-type']] : undefined, 1, '--key-type');
        const key = parsePrivateKeyFile(await (0,fsx.readText)((0,external_node_path_.resolve)(io.cwd, values.key), `${type} private key`), type, values.key);
        const link = await runStep(values['step-name'], values.materials ?? [], values.products ?? [], values['no-command'] ? [] : positionals, {
            basePath: intoto_at(io.cwd, values['base-path']),
            cwd: io.cwd,
            exclude: values.exclude,
            lstripPaths: values['lstrip-paths'],
            recordStreams: values['record-streams'],
        });
        const out = (0,external_node_path_.join)(intoto_at(io.cwd, values['metadata-directory']), linkFileName(link.name, key.keyid));
        await (0,fsx/* writeFileAtomic */.Zf)(out, values.dsse ? signDsse(link, [key]) : dumpMetablock(link, signMetablock(link, [key])));
        if (!values.quiet)
            io.stdout(`recorded ${Object.keys(link.materials).length} material(s), ${Object.keys(link.products).length} product(s); wrote ${out}\n`);
        const rv = link.byproducts['return-value'];
        if (rv !== undefined && rv !== 0)
            io.stderr(`warning: the command exited with ${rv} (recorded in the link's byproducts)\n`);
        return errors/* ExitCode */.yU.Pass;
    },
};
/** Parses an unsigned layout (YAML or JSON: a bare layout or a Metablock) for signing. */
function layoutFromText(parseYaml, text, source) {
    let doc;
    try {
        doc = parseYaml(text, { maxAliasCount: 100 });
    }
    catch (e) {
        throw new errors/* InputError */.dz(source, undefined, 'a layout or link as JSON or YAML', { found: e.message.split('\n')[0] });
    }
    const o = doc;
    if (o && typeof o === 'object' && 'signed' in o) {
        const md = parseMetadata(JSON.stringify(o), source);
        return { signed: md.signed, existing: md.signatures };
    }
    if (o && typeof o === 'object' && o._type === 'layout')
        return { signed: o, existing: [] };
    const md = parseMetadata(JSON.stringify({ signed: o, signatures: [] }), source);
    return { signed: md.signed, existing: [] };
}
const sign = {
    name: 'intoto sign',
    summary: 'sign (or verify the signatures of) a layout or link (in-toto-sign compatible; YAML layouts accepted)',
    usage: 'mc intoto sign --file FILE --key KEY [KEY ...] [--key-type TYPE ...] [--output FILE] [--append] [--verify] [--functionary NAME=PUBKEY[:TYPE] ...] [--expires ISO8601] [--dsse]',
    async run(argv, io) {
        const { values } = (0,cli/* parseCliArgs */.h)(expandMulti(argv, ['-k', '--key', '-t', '--key-type', '--functionary']), {
            file: { type: 'string', short: 'f' },
            key: { type: 'string', short: 'k', multiple: true },
            'key-type': { type: 'string', short: 't', multiple: true },
            output: { type: 'string', short: 'o' },
            append: { type: 'boolean', short: 'a' },
            verify: { type: 'boolean' },
            functionary: { type: 'string', multiple: true },
            expires: { type: 'string' },
            dsse: { type: 'boolean' },
            verbose: { type: 'boolean', short: 'v' },
            quiet: { type: 'boolean', short: 'q' },
        }, this.usage, false);
        if (!values.file)
            throw new errors/* UsageError */.eb(`--file is required\nusage: ${this.usage}`);
        if (!values.key?.length)
            throw new errors/* UsageError */.eb(`--key is required\nusage: ${this.usage}`);
        const file = (0,external_node_path_.resolve)(io.cwd, values.file);
        const text = await (0,fsx.readText)(file, 'layout or link');
        if (values.verify) {
            const md = parseMetadata(text, values.file);
            const keys = await loadPublicKeys(values.key, values['key-type'], io.cwd, '--key-type');
            let ok = true;
            for (const k of keys) {
                const r = verifyMetadataSignature(md, k);
                if (!r.ok)
                    ok = false;
                io.stdout(`${r.ok ? 'valid' : 'INVALID'}: ${k.keyid}${r.ok ? '' : ` (${r.reason})`}\n`);
            }
            return ok ? errors/* ExitCode */.yU.Pass : errors/* ExitCode */.yU.Fail;
        }
        const types = keyTypes(values['key-type'], values.key.length, '--key-type');
        const keys = await Promise.all(values.key.map(async (p, i) => parsePrivateKeyFile(await (0,fsx.readText)((0,external_node_path_.resolve)(io.cwd, p), `${types[i]} private key`), types[i], p)));
        // the YAML parser is loaded here, not at module load: `mc intoto verify` never needs it
        const { parse: parseYaml } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
        let { signed, existing } = layoutFromText(parseYaml, text, values.file);
        if (signed._type === 'layout') {
            const raw = { ...signed };
            // functionaries: names in step pubkeys become keyids, their public keys go into `keys`
            if (values.functionary?.length) {
                const byName = new Map();
                for (const f of values.functionary) {
                    const m = /^([^=]+)=(.+?)(?::(rsa|ed25519|ecdsa))?$/.exec(f);
                    if (!m)
                        throw new errors/* UsageError */.eb(`--functionary: expected NAME=PUBKEY[:TYPE], found '${f}'`);
                    const [k] = await loadPublicKeys([m[2]], [m[3] ?? 'ed25519'], io.cwd, '--functionary');
                    byName.set(m[1], k);
                }
                const keysObj = { ...(raw.keys ?? {}) };
                for (const k of byName.values())
                    keysObj[k.keyid] = publicKeyDict(k);
                raw.keys = keysObj;
                raw.steps = (raw.steps ?? []).map((s) => ({
                    ...s,
                    pubkeys: (s.pubkeys ?? []).map((p) => byName.get(p)?.keyid ?? p),
                }));
            }
            if (values.expires)
                raw.expires = values.expires;
            if (raw.steps === undefined)
                raw.steps = [];
            if (raw.inspect === undefined)
                raw.inspect = [];
            signed = readLayout(raw, values.file);
            if (!values.append)
                existing = [];
        }
        else if (keys.length !== 1) {
            throw new errors/* UsageError */.eb('a link is signed by exactly one key');
        }
        else if (!values.append)
            existing = [];
        const out = values.output
            ? (0,external_node_path_.resolve)(io.cwd, values.output)
            : signed._type === 'link'
                ? (0,external_node_path_.join)(io.cwd, linkFileName(signed.name, keys[0].keyid))
                : file;
        await (0,fsx/* writeFileAtomic */.Zf)(out, values.dsse ? signDsse(signed, keys) : dumpMetablock(signed, signMetablock(signed, keys, existing)));
        if (!values.quiet)
            io.stdout(`signed ${signed._type} with ${keys.map((k) => k.keyid.slice(0, 8)).join(', ')}; wrote ${values.output ?? (0,external_node_path_.basename)(out)}\n`);
        return errors/* ExitCode */.yU.Pass;
    },
};
const keygen = {
    name: 'intoto keygen',
    summary: 'generate a key pair in securesystemslib format (ed25519, ecdsa or rsa): PATH and PATH.pub',
    usage: 'mc intoto keygen --type ed25519|ecdsa|rsa PATH',
    async run(argv, io) {
        const { values, positionals } = (0,cli/* parseCliArgs */.h)(argv, { type: { type: 'string', short: 't' } }, this.usage, true);
        if (positionals.length !== 1)
            throw new errors/* UsageError */.eb(`expected one PATH\nusage: ${this.usage}`);
        const [type] = keyTypes([values.type ?? 'ed25519'], 1, '--type');
        const key = await generateKey(type);
        const files = keyFiles(key);
        const path = (0,external_node_path_.resolve)(io.cwd, positionals[0]);
        await (0,fsx/* writeFileAtomic */.Zf)(path, files.private, { noClobber: true });
        await (0,fsx/* writeFileAtomic */.Zf)(`${path}.pub`, files.public, { noClobber: true });
        io.stdout(`keyid ${key.keyid}\nwrote ${positionals[0]} (keep secret) and ${positionals[0]}.pub\n`);
        return errors/* ExitCode */.yU.Pass;
    },
};
const attestation = {
    name: 'intoto attestation verify',
    summary: 'verify an in-toto attestation (Statement in DSSE) against artifacts, predicate allow-list and SLSA provenance expectations',
    usage: 'mc intoto attestation verify --envelope FILE --key PUBKEY [--key ...] [--key-types TYPE ...] --artifact FILE [--artifact ...] [--predicate-type URI ...] ' +
        '[--payload-type TYPE] [--threshold N] [--builder-id ID] [--build-type URI] [--source-uri REPO] [--source-ref REF] [--external-param PATH=VALUE ...] [--report FILE.json]',
    async run(argv, io) {
        const { values } = (0,cli/* parseCliArgs */.h)(expandMulti(argv, ['--key', '--key-types', '--artifact', '--predicate-type', '-t']), {
            envelope: { type: 'string' },
            key: { type: 'string', multiple: true },
            'key-types': { type: 'string', short: 't', multiple: true },
            artifact: { type: 'string', multiple: true },
            'predicate-type': { type: 'string', multiple: true },
            'payload-type': { type: 'string', multiple: true },
            threshold: { type: 'string' },
            'builder-id': { type: 'string' },
            'build-type': { type: 'string' },
            'source-uri': { type: 'string' },
            'source-ref': { type: 'string' },
            'external-param': { type: 'string', multiple: true },
            report: { type: 'string' },
        }, this.usage, false);
        if (!values.envelope)
            throw new errors/* UsageError */.eb(`--envelope is required\nusage: ${this.usage}`);
        if (!values.key?.length)
            throw new errors/* UsageError */.eb(`--key is required\nusage: ${this.usage}`);
        if (!values.artifact?.length)
            throw new errors/* UsageError */.eb(`--artifact is required (the files the attestation is about)\nusage: ${this.usage}`);
        const settings = intotoSettings({
            attestationKeys: values.key,
            attestationKeyTypes: values['key-types'],
            attestationThreshold: values.threshold,
            externalParams: values['external-param'],
        }, (f) => flag(f, { attestationKeyTypes: '--key-types', attestationThreshold: '--threshold', externalParams: '--external-param' }));
        const keys = await loadPublicKeys(values.key, settings.attestationKeyTypes, io.cwd);
        const envPath = (0,external_node_path_.resolve)(io.cwd, values.envelope);
        const text = await (0,promises_.readFile)(envPath, 'utf8').catch(() => {
            throw new errors/* InputError */.dz(values.envelope, undefined, 'a readable DSSE envelope');
        });
        const result = await verifyAttestation(text, values.envelope, keys, values.artifact.map((a) => (0,external_node_path_.resolve)(io.cwd, a)), {
            payloadTypes: values['payload-type'],
            predicateTypes: values['predicate-type'],
            threshold: settings.attestationThreshold,
            builderId: values['builder-id'],
            buildType: values['build-type'],
            sourceUri: values['source-uri'],
            sourceRef: values['source-ref'],
            externalParameters: settings.externalParameters,
        });
        result.artifacts = result.artifacts.map((a) => ({ ...a, path: values.artifact.find((x) => (0,external_node_path_.resolve)(io.cwd, x) === a.path) ?? a.path }));
        if (values.report)
            await (0,fsx/* writeFileAtomic */.Zf)((0,external_node_path_.resolve)(io.cwd, values.report), JSON.stringify({ tool: 'mc intoto attestation verify', ...result }, null, 2) + '\n');
        (result.passed ? io.stdout : io.stderr)(attestationText(result));
        return result.passed ? errors/* ExitCode */.yU.Pass : errors/* ExitCode */.yU.Fail;
    },
};
const commands = [verify, run, sign, keygen, attestation];


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


/***/ })

};
