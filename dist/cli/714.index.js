export const id = 714;
export const ids = [714];
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

/***/ 1714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u_: () => (/* binding */ compileCached),
  $g: () => (/* binding */ defaultCacheDir)
});

// UNUSED EXPORTS: MAX_ENTRY_BYTES, actionCacheDir, compileCacheKey, engineFingerprint

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/core/digest.ts
var digest = __webpack_require__(5543);
// EXTERNAL MODULE: ./src/core/fsx.ts
var fsx = __webpack_require__(5234);
// EXTERNAL MODULE: ./src/rego/index.ts + 1 modules
var rego = __webpack_require__(4950);
// EXTERNAL MODULE: ./src/rego/compiler.ts + 4 modules
var compiler = __webpack_require__(4441);
// EXTERNAL MODULE: ./src/rego/value.ts
var value = __webpack_require__(278);
;// CONCATENATED MODULE: ./src/rego/compiled-form.ts
/**
 * A compiled policy as text and back: the form the policy compile cache stores (src/opa/compile-cache.ts),
 * so repeated `mc opa eval` / opa-sim runs on unchanged policies skip parsing and compiling.
 *
 * The compiled policy is an object graph (the rule tree, the rules, the rewritten modules; objects
 * shared, and cycles such as rule -> module -> rules), so the form is JSON in which each value is
 * either a JSON scalar (string, finite number other than -0, boolean, null) or a tagged array:
 *
 * | form | value |
 * |---|---|
 * | `["r", id]` | the object numbered `id` (numbered in order of first appearance, from 0) |
 * | `["u"]` | undefined |
 * | `["b", "123"]` | a bigint |
 * | `["n", "NaN" \| "Infinity" \| "-Infinity" \| "-0"]` | a number JSON cannot spell |
 * | `["a", v...]` | an array |
 * | `["o", key, v, ...]` | a plain object |
 * | `["N", key, v, ...]` | a rule-tree {@link Node} |
 * | `["M", k, v, ...]` / `["S", v...]` | a Map / a Set |
 * | `["RO", k, v, ...]` / `["RS", v...]` | a Rego object / set ({@link RObject}, {@link RSet}) |
 *
 * Reading is strict: any other shape, a reference to an object not yet seen, or a root that is not
 * a compiled policy throws, and the caller compiles afresh. The text carries no code: reading it
 * builds data only (plain objects get own properties, `__proto__` included, never a prototype).
 */


/** Version of this form: part of the compile cache's key. */
const COMPILED_FORM_VERSION = 1;
/**
 * The compiled policy as text (JSON; see the module comment).
 * @throws Error when the policy holds a value this form cannot spell (the caller then does not cache it)
 */
function serializeCompiled(compiled) {
    const c = compiled;
    const ids = new Map();
    const enc = (v) => {
        switch (typeof v) {
            case 'string':
            case 'boolean':
                return v;
            case 'number':
                if (Number.isFinite(v) && !Object.is(v, -0))
                    return v;
                return ['n', Object.is(v, -0) ? '-0' : String(v)];
            case 'bigint':
                return ['b', v.toString()];
            case 'undefined':
                return ['u'];
            case 'object':
                break;
            default:
                throw new Error(`compiled form: cannot store a ${typeof v}`);
        }
        if (v === null)
            return null;
        const seen = ids.get(v);
        if (seen !== undefined)
            return ['r', seen];
        ids.set(v, ids.size);
        if (Array.isArray(v)) {
            const out = ['a'];
            for (const x of v)
                out.push(enc(x));
            return out;
        }
        const proto = Object.getPrototypeOf(v);
        if (proto === Object.prototype || proto === compiler/* Node */.bP.prototype) {
            const out = [proto === Object.prototype ? 'o' : 'N'];
            for (const k of Object.keys(v))
                out.push(k, enc(v[k]));
            return out;
        }
        if (v instanceof value/* RObject */.Cl) {
            const out = ['RO'];
            for (const [k, x] of v.entries())
                out.push(enc(k), enc(x));
            return out;
        }
        if (v instanceof value/* RSet */.B9) {
            const out = ['RS'];
            for (const x of v.values())
                out.push(enc(x));
            return out;
        }
        if (v instanceof Map) {
            const out = ['M'];
            for (const [k, x] of v)
                out.push(enc(k), enc(x));
            return out;
        }
        if (v instanceof Set) {
            const out = ['S'];
            for (const x of v)
                out.push(enc(x));
            return out;
        }
        throw new Error(`compiled form: cannot store a ${proto?.constructor?.name ?? 'object'}`);
    };
    return JSON.stringify(enc({ root: c.root, modules: c.modules, rules: c.rules, funcArity: c.funcArity, rulePaths: c.rulePaths, packages: c.packages() }));
}
function bad(what) {
    throw new Error(`compiled form: ${what}`);
}
/**
 * Reads a compiled policy back from {@link serializeCompiled}'s text.
 * @throws Error (or SyntaxError) for text that is not such a form; nothing of it is used then
 */
function deserializeCompiled(text) {
    const objs = [];
    const setKey = (o, k, v) => {
        if (typeof k !== 'string')
            bad('object key is not a string');
        if (k === '__proto__')
            Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
        else
            o[k] = v;
    };
    const dec = (x) => {
        if (x === null || typeof x === 'string' || typeof x === 'boolean')
            return x;
        if (typeof x === 'number')
            return x;
        if (!Array.isArray(x) || x.length === 0)
            return bad('unexpected value');
        const tag = x[0];
        switch (tag) {
            case 'r': {
                const id = x[1];
                if (x.length !== 2 || typeof id !== 'number' || !Number.isInteger(id) || id < 0 || id >= objs.length)
                    return bad('dangling reference');
                return objs[id];
            }
            case 'u':
                return x.length === 1 ? undefined : bad('undefined');
            case 'b':
                if (x.length !== 2 || typeof x[1] !== 'string' || !/^-?[0-9]+$/.test(x[1]))
                    return bad('bigint');
                return BigInt(x[1]);
            case 'n': {
                const s = x[1];
                if (x.length !== 2)
                    return bad('number');
                if (s === 'NaN')
                    return NaN;
                if (s === 'Infinity')
                    return Infinity;
                if (s === '-Infinity')
                    return -Infinity;
                if (s === '-0')
                    return -0;
                return bad('number');
            }
            case 'a': {
                const out = [];
                objs.push(out);
                for (let i = 1; i < x.length; i++)
                    out.push(dec(x[i]));
                return out;
            }
            case 'o':
            case 'N': {
                if (x.length % 2 !== 1)
                    return bad('object');
                const out = (tag === 'o' ? {} : Object.create(compiler/* Node */.bP.prototype));
                objs.push(out);
                for (let i = 1; i < x.length; i += 2)
                    setKey(out, x[i], dec(x[i + 1]));
                return out;
            }
            case 'M': {
                if (x.length % 2 !== 1)
                    return bad('map');
                const out = new Map();
                objs.push(out);
                for (let i = 1; i < x.length; i += 2) {
                    const k = dec(x[i]);
                    out.set(k, dec(x[i + 1]));
                }
                return out;
            }
            case 'S': {
                const out = new Set();
                objs.push(out);
                for (let i = 1; i < x.length; i++)
                    out.add(dec(x[i]));
                return out;
            }
            case 'RO': {
                if (x.length % 2 !== 1)
                    return bad('Rego object');
                const out = new value/* RObject */.Cl();
                objs.push(out);
                for (let i = 1; i < x.length; i += 2) {
                    const k = dec(x[i]);
                    out.set(k, dec(x[i + 1]));
                }
                return out;
            }
            case 'RS': {
                const out = new value/* RSet */.B9();
                objs.push(out);
                for (let i = 1; i < x.length; i++)
                    out.add(dec(x[i]));
                return out;
            }
            default:
                return bad(`unknown tag ${JSON.stringify(tag)}`);
        }
    };
    const top = dec(JSON.parse(text));
    if (!top || typeof top !== 'object' || Array.isArray(top))
        bad('root is not an object');
    const { root, modules, rules, funcArity, rulePaths, packages } = top;
    if (!(root instanceof compiler/* Node */.bP) || !(root.children instanceof Map))
        bad('root is not a rule tree');
    if (!Array.isArray(modules) || !Array.isArray(rules))
        bad('modules or rules missing');
    if (!(funcArity instanceof Map) || !(rulePaths instanceof Set))
        bad('function arities or rule paths missing');
    if (!Array.isArray(packages) || !packages.every((p) => typeof p === 'string'))
        bad('packages missing');
    const pkgs = packages;
    const policy = {
        packages: () => pkgs,
        root: root,
        modules: modules,
        rules: rules,
        funcArity: funcArity,
        rulePaths: rulePaths,
    };
    return policy;
}

;// CONCATENATED MODULE: ./src/opa/compile-cache.ts
/**
 * The policy compile cache: `mc opa eval`, `mc opa-sim` and the opa-sim action, run again on the
 * same policies, read the compiled policy back (src/rego/compiled-form.ts) instead of parsing and
 * compiling the modules.
 *
 * Key: SHA-256 over the engine's fingerprint (the build's stamp of its inputs, `inputs.sha256`
 * beside the running bundle, else, run from source, the engine's source files), the compiled
 * form's version, the options that change compilation (Rego v0/v1), and each module's path (shown
 * in locations) and SHA-256 of its bytes. One entry per key: `<dir>/rego/<key>.json`.
 *
 * The cache is untrusted input. An entry is used only when it is a regular file (opened without
 * following symbolic links) owned by this user and writable by no one else, in a directory of the
 * same kind, no larger than {@link MAX_ENTRY_BYTES}; when its header names this key, this engine
 * and this form version; when the SHA-256 of its body matches the header; and when the body reads
 * back as a compiled policy. Anything else (corrupt, truncated, swapped between policies, stale,
 * a symlink) is ignored and the policy compiled afresh; the entry is then replaced. Entries are
 * written to a fresh temporary file (exclusive create, mode 0600) and renamed into place, so a
 * reader never sees half an entry. The cache never fails a command: any error reading or writing
 * it is ignored. Compile errors are not cached. What it cannot stop is this user (or root)
 * writing a well-formed entry: the cache directory is as trusted as the user's own files.
 */







/** Entries larger than this (bytes) are neither written nor read. */
const MAX_ENTRY_BYTES = 64 * 1024 * 1024;
/** When the directory holds more entries than this, the oldest half is removed after a write. */
const MAX_ENTRIES = 200;
/**
 * The CLI's cache directory: `$MC_CACHE_DIR`, else `$XDG_CACHE_HOME/mc`, else `$HOME/.cache/mc`
 * (entries go to its `rego/` subdirectory); undefined (no cache) when the environment names none.
 */
function defaultCacheDir(env) {
    if (env.MC_CACHE_DIR)
        return env.MC_CACHE_DIR;
    if (env.XDG_CACHE_HOME)
        return (0,external_node_path_.join)(env.XDG_CACHE_HOME, 'mc');
    return env.HOME ? (0,external_node_path_.join)(env.HOME, '.cache', 'mc') : undefined;
}
/** The action's cache directory: under `$RUNNER_TEMP` (emptied after each job); undefined outside a runner. */
function actionCacheDir(env) {
    return env.RUNNER_TEMP ? join(env.RUNNER_TEMP, 'mc-cache') : undefined;
}
let fingerprint;
/**
 * The engine's fingerprint: the content stamp the build wrote beside the running bundle
 * (scripts/bundle-stamp.mjs), else the SHA-256 over the engine's source files (src/rego, this
 * module); null when neither can be read (the cache is then off).
 */
function engineFingerprint() {
    if (fingerprint !== undefined)
        return fingerprint;
    fingerprint = null;
    try {
        const here = (0,external_node_url_.fileURLToPath)(import.meta.url);
        const dir = (0,external_node_path_.dirname)(here);
        let stamp;
        try {
            stamp = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, 'inputs.sha256'), 'utf8').trim();
        }
        catch {
            stamp = undefined;
        }
        if (stamp && /^[0-9a-f]{64}$/.test(stamp))
            fingerprint = `bundle:${stamp}`;
        else {
            const rego = (0,external_node_path_.join)(dir, '..', 'rego');
            const files = [here];
            const walk = (d) => {
                for (const e of (0,external_node_fs_.readdirSync)(d, { withFileTypes: true })) {
                    if (e.isDirectory())
                        walk((0,external_node_path_.join)(d, e.name));
                    else if (e.isFile() && /\.[cm]?[jt]s$/.test(e.name))
                        files.push((0,external_node_path_.join)(d, e.name));
                }
            };
            walk(rego);
            const parts = files
                .map((f) => [(0,external_node_path_.relative)(dir, f).split(external_node_path_.sep).join('/'), f])
                .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
                .map(([rel, f]) => `${rel}\n${(0,digest/* sha256Hex */.f)((0,external_node_fs_.readFileSync)(f))}\n`);
            fingerprint = `source:${(0,digest/* sha256Hex */.f)(parts.join(''))}`;
        }
    }
    catch {
        fingerprint = null;
    }
    return fingerprint;
}
/** The cache key (hex SHA-256) of `modules` compiled with `opts` by the engine `engine`. */
function compileCacheKey(modules, opts, engine) {
    const parts = [`mc-rego-compiled\nform ${COMPILED_FORM_VERSION}\nengine ${engine}\nrego ${opts.regoVersion ?? 'v1'}\n`];
    for (const m of modules)
        parts.push(`module ${JSON.stringify(m.path)} ${(0,digest/* sha256Hex */.f)(m.text)}\n`);
    return (0,digest/* sha256Hex */.f)(parts.join(''));
}
const uid = () => (typeof process.getuid === 'function' ? process.getuid() : undefined);
/** True when `st` is owned by this user and not writable by group or others. */
function ownedPrivate(st) {
    const me = uid();
    return (me === undefined || st.uid === me) && (st.mode & 0o022) === 0;
}
/** The entries' directory (`<dir>/rego`), created 0700 when missing; undefined when it is not safe to use. */
function entriesDir(dir) {
    const d = (0,external_node_path_.join)(dir, 'rego');
    // create missing levels one at a time (as bin/mc.js does for the V8 cache; no recursive mkdir)
    const missing = [];
    for (let p = d;; p = (0,external_node_path_.dirname)(p)) {
        try {
            (0,external_node_fs_.lstatSync)(p);
            break;
        }
        catch {
            missing.push(p);
            if ((0,external_node_path_.dirname)(p) === p)
                return undefined;
        }
    }
    for (const p of missing.reverse())
        (0,external_node_fs_.mkdirSync)(p, { mode: 0o700 });
    const st = (0,external_node_fs_.lstatSync)(d);
    if (!st.isDirectory() || st.isSymbolicLink() || !ownedPrivate(st))
        return undefined;
    return d;
}
/** Reads and checks one entry; undefined for anything but a sound entry of `key`. */
function readEntry(file, key, engine) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(file, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0));
    }
    catch {
        return undefined;
    }
    let bytes;
    try {
        const st = (0,external_node_fs_.fstatSync)(fd);
        if (!st.isFile() || !ownedPrivate(st) || st.size > MAX_ENTRY_BYTES)
            return undefined;
        bytes = Buffer.alloc(st.size);
        let off = 0;
        while (off < bytes.length) {
            const n = (0,external_node_fs_.readSync)(fd, bytes, off, bytes.length - off, off);
            if (n === 0)
                return undefined;
            off += n;
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    const nl = bytes.indexOf(0x0a);
    if (nl < 0)
        return undefined;
    let header;
    try {
        header = JSON.parse(bytes.subarray(0, nl).toString('utf8'));
    }
    catch {
        return undefined;
    }
    const body = bytes.subarray(nl + 1);
    if (header?.format !== COMPILED_FORM_VERSION ||
        header.engine !== engine ||
        header.key !== key ||
        header.bytes !== body.length ||
        header.sha256 !== (0,digest/* sha256Hex */.f)(body))
        return undefined;
    try {
        return deserializeCompiled(body.toString('utf8'));
    }
    catch {
        return undefined;
    }
}
/** Writes an entry atomically: a fresh temporary file (exclusive create, 0600), then rename. */
function writeEntry(dir, file, key, engine, compiled) {
    const body = Buffer.from(serializeCompiled(compiled), 'utf8');
    if (body.length > MAX_ENTRY_BYTES)
        return;
    const header = JSON.stringify({ format: COMPILED_FORM_VERSION, engine, key, sha256: (0,digest/* sha256Hex */.f)(body), bytes: body.length });
    (0,fsx/* writeFileAtomicSync */.Q3)(file, [header + '\n', body], { mode: 0o600, durable: false });
    prune(dir);
}
/** Keeps the directory bounded: over {@link MAX_ENTRIES} entries, the oldest half goes. */
function prune(dir) {
    const names = (0,external_node_fs_.readdirSync)(dir).filter((n) => /^[0-9a-f]{64}\.json$/.test(n));
    if (names.length <= MAX_ENTRIES)
        return;
    const aged = names
        .map((n) => {
        try {
            const st = (0,external_node_fs_.lstatSync)((0,external_node_path_.join)(dir, n));
            return st.isFile() ? { n, t: st.mtimeMs } : undefined;
        }
        catch {
            return undefined;
        }
    })
        .filter((x) => !!x)
        .sort((a, b) => a.t - b.t);
    for (const { n } of aged.slice(0, Math.floor(aged.length / 2))) {
        try {
            (0,external_node_fs_.unlinkSync)((0,external_node_path_.join)(dir, n));
        }
        catch {
            /* removed by another run */
        }
    }
}
/**
 * Compiles `modules` (as {@link compile}), through the cache in `cacheDir` when given.
 * @param cacheDir the cache root (entries in its `rego/` subdirectory); undefined: no cache
 * @returns the compiled policy and how the cache answered
 * @throws RegoErrors as {@link compile} (compile errors are never cached)
 */
function compileCached(modules, opts, cacheDir) {
    const engine = cacheDir ? engineFingerprint() : null;
    let dir;
    if (cacheDir && engine) {
        try {
            dir = entriesDir(cacheDir);
        }
        catch {
            dir = undefined;
        }
    }
    if (!dir || !engine)
        return { compiled: (0,rego/* compile */.wE)(modules, opts), cache: 'off' };
    const key = compileCacheKey(modules, opts, engine);
    const file = (0,external_node_path_.join)(dir, `${key}.json`);
    const hit = readEntry(file, key, engine);
    if (hit)
        return { compiled: hit, cache: 'hit' };
    const compiled = (0,rego/* compile */.wE)(modules, opts);
    try {
        writeEntry(dir, file, key, engine, compiled);
    }
    catch {
        /* the cache never fails a command */
    }
    return { compiled, cache: 'miss' };
}


/***/ }),

/***/ 8855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dn: () => (/* reexport */ DEPRECATED_NAMES),
  xS: () => (/* binding */ builtinArity),
  e9: () => (/* binding */ getBuiltin),
  Pe: () => (/* reexport */ index),
  Xp: () => (/* binding */ isKnownOpaBuiltin),
  n: () => (/* reexport */ printText)
});

// UNUSED EXPORTS: registerHarnessBuiltin

// EXTERNAL MODULE: ./src/rego/value.ts
var rego_value = __webpack_require__(278);
;// CONCATENATED MODULE: ./src/rego/builtins/registry.ts
/** Returns `def(name, arity, fn, relation?)`, which adds a builtin to `table`. */
function definer(table) {
    return (name, arity, fn, relation = false) => {
        table.set(name, { arity, fn, ...(relation ? { relation } : {}) });
    };
}

;// CONCATENATED MODULE: ./src/rego/builtins/comparison.ts
/**
 * Comparison operators (`==`, `!=`, `<`, `<=`, `>`, `>=`) over OPA's total order.
 *
 * Semantics and error wording follow OPA's topdown implementation of each builtin; each checks
 * its operands and throws {@link BuiltinError} with OPA's wording (the evaluator prefixes the name).
 */


/** The comparison builtins, by name. */
const COMPARISON_BUILTINS = new Map();
const def = definer(COMPARISON_BUILTINS);
// ---------- comparison ----------
def('equal', 2, ([a, b]) => (0,rego_value/* equal */.LC)(a, b));
def('neq', 2, ([a, b]) => !(0,rego_value/* equal */.LC)(a, b));
def('lt', 2, ([a, b]) => (0,rego_value/* compare */.UD)(a, b) < 0);
def('lte', 2, ([a, b]) => (0,rego_value/* compare */.UD)(a, b) <= 0);
def('gt', 2, ([a, b]) => (0,rego_value/* compare */.UD)(a, b) > 0);
def('gte', 2, ([a, b]) => (0,rego_value/* compare */.UD)(a, b) >= 0);

// EXTERNAL MODULE: ./src/rego/errors.ts
var errors = __webpack_require__(2088);
;// CONCATENATED MODULE: ./src/rego/numbers.ts
/**
 * Exact-where-possible arithmetic on Rego numbers (JS number, or bigint beyond 2^53),
 * following OPA's topdown/arithmetic.go results (integers stay exact; division is exact when
 * the quotient is an integer; `%` only on integers).
 */


function isInt(n) {
    return typeof n === 'bigint' || Number.isInteger(n);
}
function big(n) {
    return typeof n === 'bigint' ? n : BigInt(n);
}
function fl(n) {
    return typeof n === 'bigint' ? Number(n) : n;
}
function safe(n) {
    return Number.isSafeInteger(n);
}
function add(a, b) {
    if (typeof a === 'number' && typeof b === 'number') {
        const r = a + b;
        if (Number.isInteger(a) && Number.isInteger(b) && !safe(r))
            return (0,rego_value/* normBig */.LO)(big(a) + big(b));
        return r;
    }
    if (isInt(a) && isInt(b))
        return (0,rego_value/* normBig */.LO)(big(a) + big(b));
    return fl(a) + fl(b);
}
function sub(a, b) {
    if (typeof b === 'bigint')
        return add(a, -b);
    return add(a, -b);
}
function mul(a, b) {
    if (typeof a === 'number' && typeof b === 'number') {
        const r = a * b;
        if (Number.isInteger(a) && Number.isInteger(b) && !safe(r))
            return (0,rego_value/* normBig */.LO)(big(a) * big(b));
        return r;
    }
    if (isInt(a) && isInt(b))
        return (0,rego_value/* normBig */.LO)(big(a) * big(b));
    return fl(a) * fl(b);
}
function div(a, b) {
    if (fl(b) === 0 && isInt(b))
        throw new errors/* BuiltinError */.Sr('divide by zero');
    if (fl(b) === 0)
        throw new errors/* BuiltinError */.Sr('divide by zero');
    if (isInt(a) && isInt(b)) {
        const x = big(a);
        const y = big(b);
        if (x % y === 0n)
            return (0,rego_value/* normBig */.LO)(x / y);
    }
    return fl(a) / fl(b);
}
function rem(a, b) {
    if (!isInt(a) || !isInt(b))
        throw new errors/* BuiltinError */.Sr('modulo on floating-point number');
    if (big(b) === 0n)
        throw new errors/* BuiltinError */.Sr('modulo by zero');
    return (0,rego_value/* normBig */.LO)(big(a) % big(b));
}
function abs(a) {
    return typeof a === 'bigint' ? (a < 0n ? -a : a) : Math.abs(a);
}
/** Go's math.Round: half away from zero. */
function round(a) {
    if (isInt(a))
        return a;
    const n = a;
    return n < 0 ? -Math.round(-n) : Math.round(n);
}
function floor(a) {
    return isInt(a) ? a : Math.floor(a);
}
function ceil(a) {
    return isInt(a) ? a : Math.ceil(a);
}
function toBig(a) {
    return big(a);
}
function toFloat(a) {
    return fl(a);
}

;// CONCATENATED MODULE: ./src/rego/builtins/operands.ts
/**
 * Operand checks shared by every builtin family: each returns the operand at position `i` (0-based)
 * or throws OPA's `operand N must be T but got U` ({@link operandErr}, an eval_type_error).
 */



function str(args, i) {
    const v = args[i];
    if (typeof v !== 'string')
        throw (0,errors/* operandErr */.P3)(i + 1, 'string', (0,rego_value/* typeName */.go)(v));
    return v;
}
function num(args, i) {
    const v = args[i];
    if (!(0,rego_value/* isNumber */.Et)(v))
        throw (0,errors/* operandErr */.P3)(i + 1, 'number', (0,rego_value/* typeName */.go)(v));
    return v;
}
function operands_int(args, i) {
    const v = num(args, i);
    if (!isInt(v))
        throw (0,errors/* operandErr */.P3)(i + 1, 'integer', 'number');
    return Number(v);
}
function arr(args, i) {
    const v = args[i];
    if (!Array.isArray(v))
        throw (0,errors/* operandErr */.P3)(i + 1, 'array', (0,rego_value/* typeName */.go)(v));
    return v;
}
function obj(args, i) {
    const v = args[i];
    if (!(v instanceof rego_value/* RObject */.Cl))
        throw (0,errors/* operandErr */.P3)(i + 1, 'object', (0,rego_value/* typeName */.go)(v));
    return v;
}
function set(args, i) {
    const v = args[i];
    if (!(v instanceof rego_value/* RSet */.B9))
        throw (0,errors/* operandErr */.P3)(i + 1, 'set', (0,rego_value/* typeName */.go)(v));
    return v;
}
function oneOf(args, i, types) {
    const v = args[i];
    const t = (0,rego_value/* typeName */.go)(v);
    if (!types.includes(t))
        throw (0,errors/* operandErr */.P3)(i + 1, `one of {${types.join(', ')}}`, t);
    return v;
}
/** Members of an array or set. */
function members(v) {
    if (Array.isArray(v))
        return v;
    if (v instanceof rego_value/* RSet */.B9)
        return [...v.values()];
    if (v instanceof rego_value/* RObject */.Cl)
        return [...v.entries()].map((e) => e[1]);
    return [];
}

;// CONCATENATED MODULE: ./src/rego/builtins/numbers.ts
/**
 * Arithmetic (exact big integers), `numbers.range[_step]`, `rand.intn`, `bits.*`.
 *
 * Semantics and error wording follow OPA's topdown implementation of each builtin; each checks
 * its operands and throws {@link BuiltinError} with OPA's wording (the evaluator prefixes the name).
 */





/** The numbers builtins, by name. */
const NUMBERS_BUILTINS = new Map();
const numbers_def = definer(NUMBERS_BUILTINS);
// ---------- arithmetic ----------
numbers_def('plus', 2, (a) => add(num(a, 0), num(a, 1)));
numbers_def('minus', 2, (a) => {
    if (a[0] instanceof rego_value/* RSet */.B9 && a[1] instanceof rego_value/* RSet */.B9) {
        const r = new rego_value/* RSet */.B9();
        for (const x of a[0].values())
            if (!a[1].has(x))
                r.add(x);
        return r;
    }
    if ((0,rego_value/* isNumber */.Et)(a[0]) && (0,rego_value/* isNumber */.Et)(a[1]))
        return sub(a[0], a[1]);
    if (!(0,rego_value/* isNumber */.Et)(a[0]) && !(a[0] instanceof rego_value/* RSet */.B9))
        throw (0,errors/* operandErr */.P3)(1, 'one of {number, set}', (0,rego_value/* typeName */.go)(a[0]));
    if (a[0] instanceof rego_value/* RSet */.B9)
        throw (0,errors/* operandErr */.P3)(2, 'set', (0,rego_value/* typeName */.go)(a[1]));
    throw (0,errors/* operandErr */.P3)(2, 'number', (0,rego_value/* typeName */.go)(a[1]));
});
numbers_def('mul', 2, (a) => mul(num(a, 0), num(a, 1)));
numbers_def('div', 2, (a) => div(num(a, 0), num(a, 1)));
numbers_def('rem', 2, (a) => rem(num(a, 0), num(a, 1)));
numbers_def('abs', 1, (a) => abs(num(a, 0)));
numbers_def('round', 1, (a) => round(num(a, 0)));
numbers_def('ceil', 1, (a) => ceil(num(a, 0)));
numbers_def('floor', 1, (a) => floor(num(a, 0)));
function range(a, b, step) {
    const out = [];
    const x = Number(a);
    const y = Number(b);
    if (x <= y)
        for (let i = x; i <= y; i += step)
            out.push(i);
    else
        for (let i = x; i >= y; i -= step)
            out.push(i);
    return out;
}
numbers_def('numbers.range', 2, (a) => {
    const x = num(a, 0);
    const y = num(a, 1);
    if (!isInt(x))
        throw new errors/* BuiltinError */.Sr('operand 1 must be integer number but got floating-point number', 'eval_type_error');
    if (!isInt(y))
        throw new errors/* BuiltinError */.Sr('operand 2 must be integer number but got floating-point number', 'eval_type_error');
    return range(x, y, 1);
});
numbers_def('numbers.range_step', 3, (a) => {
    const x = num(a, 0);
    const y = num(a, 1);
    const s = num(a, 2);
    if (!isInt(x))
        throw new errors/* BuiltinError */.Sr('operand 1 must be integer number but got floating-point number');
    if (!isInt(y))
        throw new errors/* BuiltinError */.Sr('operand 2 must be integer number but got floating-point number');
    if (!isInt(s))
        throw new errors/* BuiltinError */.Sr('operand 3 must be integer number but got floating-point number');
    if (Number(s) <= 0)
        throw new errors/* BuiltinError */.Sr('step must be a positive integer');
    return range(x, y, Number(s));
});
const randMemo = new WeakMap();
numbers_def('rand.intn', 2, (a, ctx) => {
    const seed = str(a, 0);
    const n = operands_int(a, 1);
    if (n === 0)
        return 0;
    // the same (seed, n) gives the same value within one evaluation, as OPA caches it per query
    let m = randMemo.get(ctx);
    if (!m)
        randMemo.set(ctx, (m = new Map()));
    const key = seed + '\u0000' + n;
    if (!m.has(key))
        m.set(key, Math.floor(Math.random() * Math.abs(n)));
    return m.get(key);
});
// ---------- bits ----------
const bitInt = (a, i) => {
    const v = num(a, i);
    if (!isInt(v))
        throw new errors/* BuiltinError */.Sr(`operand ${i + 1} must be integer number but got floating-point number`, 'eval_type_error');
    return toBig(v);
};
numbers_def('bits.and', 2, (a) => (0,rego_value/* normBig */.LO)(bitInt(a, 0) & bitInt(a, 1)));
numbers_def('bits.or', 2, (a) => (0,rego_value/* normBig */.LO)(bitInt(a, 0) | bitInt(a, 1)));
numbers_def('bits.xor', 2, (a) => (0,rego_value/* normBig */.LO)(bitInt(a, 0) ^ bitInt(a, 1)));
numbers_def('bits.negate', 1, (a) => (0,rego_value/* normBig */.LO)(~bitInt(a, 0)));
numbers_def('bits.lsh', 2, (a) => {
    const x = bitInt(a, 0);
    const s = bitInt(a, 1);
    if (s < 0n)
        throw new errors/* BuiltinError */.Sr('operand 2 must be an unsigned integer number but got a negative integer', 'eval_type_error');
    return (0,rego_value/* normBig */.LO)(x << s);
});
numbers_def('bits.rsh', 2, (a) => {
    const x = bitInt(a, 0);
    const s = bitInt(a, 1);
    if (s < 0n)
        throw new errors/* BuiltinError */.Sr('operand 2 must be an unsigned integer number but got a negative integer', 'eval_type_error');
    return (0,rego_value/* normBig */.LO)(x >> s);
});

;// CONCATENATED MODULE: ./src/rego/builtins/sets.ts
/**
 * Set operators `&` (and), `|` (or), `intersection`, `union`.
 *
 * Semantics and error wording follow OPA's topdown implementation of each builtin; each checks
 * its operands and throws {@link BuiltinError} with OPA's wording (the evaluator prefixes the name).
 */




/** The sets builtins, by name. */
const SETS_BUILTINS = new Map();
const sets_def = definer(SETS_BUILTINS);
// ---------- sets ----------
sets_def('and', 2, (a) => {
    const x = set(a, 0);
    const y = set(a, 1);
    const r = new rego_value/* RSet */.B9();
    for (const v of x.values())
        if (y.has(v))
            r.add(v);
    return r;
});
sets_def('or', 2, (a) => {
    const x = set(a, 0);
    const y = set(a, 1);
    const r = rego_value/* RSet */.B9.from(x.values());
    for (const v of y.values())
        r.add(v);
    return r;
});
sets_def('intersection', 1, (a) => {
    const s = set(a, 0);
    let r;
    for (const x of s.values()) {
        if (!(x instanceof rego_value/* RSet */.B9))
            throw (0,errors/* operandErr */.P3)(1, 'set of sets', 'set containing ' + (0,rego_value/* typeName */.go)(x));
        if (!r)
            r = rego_value/* RSet */.B9.from(x.values());
        else {
            const n = new rego_value/* RSet */.B9();
            for (const v of r.values())
                if (x.has(v))
                    n.add(v);
            r = n;
        }
    }
    return r ?? new rego_value/* RSet */.B9();
});
sets_def('union', 1, (a) => {
    const s = set(a, 0);
    const r = new rego_value/* RSet */.B9();
    for (const x of s.values()) {
        if (!(x instanceof rego_value/* RSet */.B9))
            throw (0,errors/* operandErr */.P3)(1, 'set of sets', 'set containing ' + (0,rego_value/* typeName */.go)(x));
        for (const v of x.values())
            r.add(v);
    }
    return r;
});

;// CONCATENATED MODULE: ./src/rego/builtins/aggregates.ts
/**
 * Aggregates: `count sum product max min sort`.
 *
 * Semantics and error wording follow OPA's topdown implementation of each builtin; each checks
 * its operands and throws {@link BuiltinError} with OPA's wording (the evaluator prefixes the name).
 */





/** The aggregates builtins, by name. */
const AGGREGATES_BUILTINS = new Map();
const aggregates_def = definer(AGGREGATES_BUILTINS);
// ---------- aggregates ----------
aggregates_def('count', 1, (a) => {
    const v = oneOf(a, 0, ['array', 'object', 'set', 'string']);
    if (typeof v === 'string')
        return [...v].length;
    if (Array.isArray(v))
        return v.length;
    return v.size;
});
aggregates_def('sum', 1, (a) => {
    const v = oneOf(a, 0, ['array', 'set']);
    let s = 0;
    for (const x of members(v)) {
        if (!(0,rego_value/* isNumber */.Et)(x))
            throw (0,errors/* operandErr */.P3)(1, 'array of numbers', 'array containing ' + (0,rego_value/* typeName */.go)(x));
        s = add(s, x);
    }
    return s;
});
aggregates_def('product', 1, (a) => {
    const v = oneOf(a, 0, ['array', 'set']);
    let s = 1;
    for (const x of members(v)) {
        if (!(0,rego_value/* isNumber */.Et)(x))
            throw (0,errors/* operandErr */.P3)(1, 'array of numbers', 'array containing ' + (0,rego_value/* typeName */.go)(x));
        s = mul(s, x);
    }
    return s;
});
aggregates_def('max', 1, (a) => {
    const v = oneOf(a, 0, ['array', 'set']);
    const m = members(v);
    if (m.length === 0)
        return undefined;
    return m.reduce((x, y) => ((0,rego_value/* compare */.UD)(x, y) >= 0 ? x : y));
});
aggregates_def('min', 1, (a) => {
    const v = oneOf(a, 0, ['array', 'set']);
    const m = members(v);
    if (m.length === 0)
        return undefined;
    return m.reduce((x, y) => ((0,rego_value/* compare */.UD)(x, y) <= 0 ? x : y));
});
aggregates_def('sort', 1, (a) => {
    const v = oneOf(a, 0, ['array', 'set']);
    return [...members(v)].sort(rego_value/* compare */.UD);
});

;// CONCATENATED MODULE: ./src/rego/builtins/arrays.ts


/** The arrays builtins, by name. */
const ARRAYS_BUILTINS = new Map();
const arrays_def = definer(ARRAYS_BUILTINS);
// ---------- arrays ----------
arrays_def('array.concat', 2, (a) => [...arr(a, 0), ...arr(a, 1)]);
arrays_def('array.slice', 3, (a) => {
    const x = arr(a, 0);
    let s = operands_int(a, 1);
    let e = operands_int(a, 2);
    if (s < 0)
        s = 0;
    if (e > x.length)
        e = x.length;
    if (s >= e)
        return [];
    return x.slice(s, e);
});
arrays_def('array.reverse', 1, (a) => [...arr(a, 0)].reverse());
arrays_def('array.flatten', 1, (a) => {
    const out = [];
    for (const e of arr(a, 0))
        if (Array.isArray(e))
            out.push(...e);
        else
            out.push(e);
    return out;
});

;// CONCATENATED MODULE: ./src/rego/builtins/objects.ts
/**
 * Objects: `object.get keys remove filter union union_n subset`, and collection indexing.
 *
 * Semantics and error wording follow OPA's topdown implementation of each builtin; each checks
 * its operands and throws {@link BuiltinError} with OPA's wording (the evaluator prefixes the name).
 */




/** The objects builtins, by name. */
const OBJECTS_BUILTINS = new Map();
const objects_def = definer(OBJECTS_BUILTINS);
// ---------- objects ----------
objects_def('object.get', 3, (a) => {
    const o = obj(a, 0);
    const k = a[1];
    if (Array.isArray(k)) {
        let cur = o;
        for (const p of k) {
            const next = index(cur, p);
            if (next === undefined)
                return a[2];
            cur = next;
        }
        return cur;
    }
    const v = o.get(k);
    return v === undefined ? a[2] : v;
});
objects_def('object.keys', 1, (a) => rego_value/* RSet */.B9.from(obj(a, 0).keys()));
function keySet(a, i) {
    const v = a[i];
    if (Array.isArray(v))
        return v;
    if (v instanceof rego_value/* RSet */.B9)
        return [...v.values()];
    if (v instanceof rego_value/* RObject */.Cl)
        return v.keys();
    throw (0,errors/* operandErr */.P3)(i + 1, 'one of {object, set, array}', (0,rego_value/* typeName */.go)(v));
}
objects_def('object.remove', 2, (a) => {
    const o = obj(a, 0);
    const ks = keySet(a, 1);
    const drop = rego_value/* RSet */.B9.from(ks);
    return rego_value/* RObject */.Cl.from([...o.entries()].filter(([k]) => !drop.has(k)));
});
objects_def('object.filter', 2, (a) => {
    const o = obj(a, 0);
    const keep = rego_value/* RSet */.B9.from(keySet(a, 1));
    return rego_value/* RObject */.Cl.from([...o.entries()].filter(([k]) => keep.has(k)));
});
function union2(x, y) {
    const r = rego_value/* RObject */.Cl.from(x.entries());
    for (const [k, v] of y.entries()) {
        const cur = r.get(k);
        if (cur instanceof rego_value/* RObject */.Cl && v instanceof rego_value/* RObject */.Cl)
            r.set(k, union2(cur, v));
        else
            r.set(k, v);
    }
    return r;
}
objects_def('object.union', 2, (a) => union2(obj(a, 0), obj(a, 1)));
objects_def('object.union_n', 1, (a) => {
    const xs = arr(a, 0);
    let r = new rego_value/* RObject */.Cl();
    for (const x of xs) {
        if (!(x instanceof rego_value/* RObject */.Cl))
            throw (0,errors/* operandErr */.P3)(1, 'array of objects', 'array containing ' + (0,rego_value/* typeName */.go)(x));
        r = union2(r, x);
    }
    return r;
});
function subset(sup, sub) {
    if (sup instanceof rego_value/* RObject */.Cl && sub instanceof rego_value/* RObject */.Cl) {
        for (const [k, v] of sub.entries()) {
            const s = sup.get(k);
            if (s === undefined)
                return false;
            if (!subset(s, v))
                return false;
        }
        return true;
    }
    if (sup instanceof rego_value/* RSet */.B9 && sub instanceof rego_value/* RSet */.B9) {
        for (const v of sub.values())
            if (!sup.has(v))
                return false;
        return true;
    }
    if (Array.isArray(sup) && Array.isArray(sub)) {
        if (sub.length === 0)
            return true;
        for (let i = 0; i + sub.length <= sup.length; i++) {
            let ok = true;
            for (let j = 0; j < sub.length; j++)
                if (!(0,rego_value/* equal */.LC)(sup[i + j], sub[j])) {
                    ok = false;
                    break;
                }
            if (ok)
                return true;
        }
        return false;
    }
    if (Array.isArray(sup) && sub instanceof rego_value/* RSet */.B9) {
        const s = rego_value/* RSet */.B9.from(sup);
        for (const v of sub.values())
            if (!s.has(v))
                return false;
        return true;
    }
    return (0,rego_value/* equal */.LC)(sup, sub);
}
objects_def('object.subset', 2, (a) => {
    const t0 = (0,rego_value/* typeName */.go)(a[0]);
    const t1 = (0,rego_value/* typeName */.go)(a[1]);
    if (!['object', 'set', 'array'].includes(t0))
        throw (0,errors/* operandErr */.P3)(1, 'one of {object, set, array}', t0);
    if (!['object', 'set', 'array'].includes(t1))
        throw (0,errors/* operandErr */.P3)(2, 'one of {object, set, array}', t1);
    if (t0 === 'object' && t1 !== 'object')
        throw (0,errors/* operandErr */.P3)(2, 'object', t1);
    if (t0 === 'set' && t1 !== 'set')
        throw (0,errors/* operandErr */.P3)(2, 'set', t1);
    if (t0 === 'array' && t1 === 'object')
        throw (0,errors/* operandErr */.P3)(2, 'one of {array, set}', t1);
    return subset(a[0], a[1]);
});
/** Indexes a collection (used by object.get and refs). */
function index(v, k) {
    if (v instanceof rego_value/* RObject */.Cl)
        return v.get(k);
    if (Array.isArray(v)) {
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0 && k < v.length)
            return v[k];
        return undefined;
    }
    if (v instanceof rego_value/* RSet */.B9)
        return v.has(k) ? k : undefined;
    return undefined;
}

;// CONCATENATED MODULE: ./src/rego/sprintf.ts
/**
 * Go's fmt.Sprintf over Rego values, as OPA's `sprintf` passes them.
 */


/** Go's %v of a float64 (shortest repr; exponent when exp < -4 || exp >= 21). */
function goFloat(f) {
    if (Number.isInteger(f) && Math.abs(f) < 1e21)
        return String(f);
    const s = f.toExponential();
    const m = /^(-?[\d.]+)e([+-]\d+)$/.exec(s);
    const exp = Number(m[2]);
    if (exp < -4 || exp >= 21) {
        const e = Math.abs(exp) < 10 ? `${exp < 0 ? '-' : '+'}0${Math.abs(exp)}` : `${exp < 0 ? '-' : '+'}${Math.abs(exp)}`;
        return m[1] + 'e' + e;
    }
    return String(f);
}
/** Go fmt.Sprintf over Rego values, as OPA's sprintf passes them (numbers as big.Int or float64, strings as string, others as their Rego text). */
function sprintf(format, args) {
    let ai = 0;
    return (format.replace(/%([-+# 0]*)(\d+)?(?:\.(\d+))?([a-zA-Z%])/g, (all, flags, width, prec, verb) => {
        if (verb === '%')
            return '%';
        if (ai >= args.length)
            return `%!${verb}(MISSING)`;
        const v = args[ai++];
        let s;
        const isIntNum = (0,rego_value/* isNumber */.Et)(v) && isInt(v);
        switch (verb) {
            case 'v':
                s = typeof v === 'string' ? v : (0,rego_value/* isNumber */.Et)(v) ? (isIntNum ? bigText(v) : goFloat(v)) : (0,rego_value/* stringifyValue */.ng)(v);
                break;
            case 's':
                if (typeof v === 'string')
                    s = v;
                else if (isIntNum)
                    s = (0,rego_value/* numText */.wX)(v);
                else if ((0,rego_value/* isNumber */.Et)(v))
                    s = `%!s(float64=${goFloat(v)})`;
                else
                    s = (0,rego_value/* stringifyValue */.ng)(v);
                break;
            case 'q':
                s = typeof v === 'string' ? JSON.stringify(v) : (0,rego_value/* stringifyValue */.ng)(v);
                break;
            case 'd':
                if (isIntNum)
                    s = (0,rego_value/* numText */.wX)(v);
                else if ((0,rego_value/* isNumber */.Et)(v))
                    s = `%!d(float64=${goFloat(v)})`;
                else
                    s = `%!d(string=${(0,rego_value/* stringifyValue */.ng)(v)})`;
                if (flags.includes('+') && isIntNum && !s.startsWith('-'))
                    s = '+' + s;
                break;
            case 'f':
            case 'F':
                if ((0,rego_value/* isNumber */.Et)(v)) {
                    s = Number(v).toFixed(prec !== undefined ? Number(prec) : 6);
                    if (flags.includes('+') && !s.startsWith('-'))
                        s = '+' + s;
                }
                else
                    s = `%!f(string=${(0,rego_value/* stringifyValue */.ng)(v)})`;
                break;
            case 'e':
                s = (0,rego_value/* isNumber */.Et)(v)
                    ? Number(v)
                        .toExponential(prec !== undefined ? Number(prec) : 6)
                        .replace(/e([+-])(\d)$/, 'e$10$2')
                    : `%!e(${(0,rego_value/* stringifyValue */.ng)(v)})`;
                break;
            case 'g':
                s = (0,rego_value/* isNumber */.Et)(v) ? goFloat(Number(v)) : (0,rego_value/* stringifyValue */.ng)(v);
                break;
            case 'x':
            case 'X': {
                if (isIntNum)
                    s = toBig(v).toString(16);
                else if (typeof v === 'string')
                    s = Buffer.from(v, 'utf8').toString('hex');
                else
                    s = (0,rego_value/* stringifyValue */.ng)(v);
                if (verb === 'X')
                    s = s.toUpperCase();
                break;
            }
            case 'o':
                s = isIntNum ? toBig(v).toString(8) : (0,rego_value/* stringifyValue */.ng)(v);
                break;
            case 'b':
                s = isIntNum ? toBig(v).toString(2) : (0,rego_value/* stringifyValue */.ng)(v);
                break;
            case 't':
                s = typeof v === 'boolean' ? String(v) : `%!t(${(0,rego_value/* stringifyValue */.ng)(v)})`;
                break;
            case 'T':
                s = typeof v === 'string' ? 'string' : isIntNum ? '*big.Int' : (0,rego_value/* isNumber */.Et)(v) ? 'float64' : 'string';
                break;
            default:
                s = `%!${verb}(${(0,rego_value/* stringifyValue */.ng)(v)})`;
        }
        if (verb === 's' && prec !== undefined)
            s = [...s].slice(0, Number(prec)).join('');
        if (width) {
            const w = Number(width);
            const len = [...s].length;
            if (len < w) {
                if (flags.includes('-'))
                    s = s + ' '.repeat(w - len);
                else if (flags.includes('0') && 'dfeFxXob'.includes(verb)) {
                    const neg = s.startsWith('-') || s.startsWith('+');
                    s = neg ? s[0] + '0'.repeat(w - len) + s.slice(1) : '0'.repeat(w - len) + s;
                }
                else
                    s = ' '.repeat(w - len) + s;
            }
        }
        void all;
        return s;
    }) + (ai < args.length ? `%!(EXTRA ${args.slice(ai).map(extraText).join(', ')})` : ''));
}
/**
 * `%v` of an integer. OPA hands sprintf a number it cannot read as big.Int or float64 as its source
 * text (topdown/strings.go builtinSprintf): an integer beyond float64's range written with an exponent
 * (`2e308`) prints as written. This engine keeps a number's value, not its spelling, so such an integer
 * (beyond float64, 20 or more trailing zeros) prints in that exponent form; others print their digits.
 */
function bigText(v) {
    const t = (0,rego_value/* numText */.wX)(v);
    if (typeof v !== 'bigint' || Number.isFinite(Number(v)))
        return t;
    const m = /^(-?\d*?[1-9])(0{20,})$/.exec(t);
    return m ? `${m[1]}e${m[2].length}` : t;
}
/** Go's `%!(EXTRA type=value)` text of an operand sprintf did not consume. */
function extraText(v) {
    if (typeof v === 'string')
        return 'string=' + v;
    if ((0,rego_value/* isNumber */.Et)(v))
        return (isInt(v) ? '*big.Int=' : 'float64=') + (0,rego_value/* numText */.wX)(v);
    return 'string=' + (0,rego_value/* stringifyValue */.ng)(v);
}

;// CONCATENATED MODULE: ./src/rego/gotemplate.ts
/**
 * A subset of Go's text/template (https://pkg.go.dev/text/template), as OPA's
 * `strings.render_template` runs it over a Rego object: text, `{{pipeline}}` with `{{-`/`-}}`
 * trimming and comments; pipelines of one operand (`.`, `.a.b`, `$`, `$x.a`, string, number,
 * boolean literals); `if`/`else if`/`else`, `range` (`range $i, $v := p`, `range $v := p`,
 * `range p`, with `else`), `with`, `end`. Values print as Go's fmt `%v` prints the decoded JSON
 * (arrays `[a b]`, objects `map[k:v]`), a missing key as `<undefined>` (OPA's choice).
 * Anything else (functions, pipes, `define`/`template`/`block`) is a template error.
 *
 * @throws Error `template: ...` for a template outside the subset or malformed.
 */

const MISSING = Symbol('missing');
function fail(msg) {
    throw new Error(`template: ${msg}`);
}
/** Splits the template into text and action tokens, applying `{{-` / `-}}` trimming. */
function tokenize(src) {
    const out = [];
    let i = 0;
    while (i < src.length) {
        const open = src.indexOf('{{', i);
        if (open < 0) {
            out.push(src.slice(i));
            break;
        }
        let text = src.slice(i, open);
        let j = open + 2;
        if (src[j] === '-' && /\s/.test(src[j + 1] ?? '')) {
            text = text.replace(/\s+$/, '');
            j++;
        }
        const close = src.indexOf('}}', j);
        if (close < 0)
            fail('unclosed action');
        let inner = src.slice(j, close);
        let next = close + 2;
        if (/\s-$/.test(inner)) {
            inner = inner.slice(0, -1);
            const m = /^\s*/.exec(src.slice(next));
            next += m[0].length;
        }
        if (text)
            out.push(text);
        const t = inner.trim();
        if (!(t.startsWith('/*') && t.endsWith('*/')))
            out.push({ text: t });
        i = next;
    }
    return out;
}
function operand(s) {
    s = s.trim();
    if (s === '.')
        return { k: 'path', root: '.', keys: [] };
    if (/^"(?:[^"\\]|\\.)*"$/.test(s))
        return { k: 'lit', v: JSON.parse(s) };
    if (/^`[^`]*`$/.test(s))
        return { k: 'lit', v: s.slice(1, -1) };
    if (/^-?\d+(\.\d+)?$/.test(s))
        return { k: 'lit', v: Number(s) };
    if (s === 'true' || s === 'false')
        return { k: 'lit', v: s === 'true' };
    if (s === 'nil')
        return { k: 'lit', v: null };
    const m = /^(\$[A-Za-z0-9_]*|)((?:\.[A-Za-z0-9_]+)*)$/.exec(s);
    if (!m || (m[1] === '' && m[2] === ''))
        fail(`unsupported pipeline ${JSON.stringify(s)}`);
    return { k: 'path', root: m[1] || '.', keys: m[2] ? m[2].slice(1).split('.') : [] };
}
function parse(tokens) {
    let i = 0;
    // returns the nodes up to an `end`/`else` action (left unconsumed) or the end of input
    const list = () => {
        const nodes = [];
        while (i < tokens.length) {
            const t = tokens[i];
            if (typeof t === 'string') {
                nodes.push({ k: 'text', s: t });
                i++;
                continue;
            }
            const [word] = t.text.split(/\s+/, 1);
            if (word === 'end' || word === 'else')
                return nodes;
            i++;
            if (word === 'if' || word === 'with')
                nodes.push(branch(word, t.text.slice(word.length)));
            else if (word === 'range')
                nodes.push(range(t.text.slice(5)));
            else if (['define', 'template', 'block', 'break', 'continue'].includes(word) || t.text.includes('|'))
                fail(`unsupported action {{${t.text}}}`);
            else
                nodes.push({ k: 'out', p: operand(t.text) });
        }
        return nodes;
    };
    const tail = () => {
        const t = tokens[i];
        if (!t || typeof t === 'string')
            fail('unexpected EOF');
        i++;
        if (t.text === 'end')
            return [];
        if (t.text === 'else') {
            const nodes = list();
            expectEnd();
            return nodes;
        }
        const m = /^else\s+(if|with)\s+(.*)$/.exec(t.text);
        if (!m)
            fail(`unexpected {{${t.text}}}`);
        return [branch(m[1], m[2])];
    };
    const expectEnd = () => {
        const t = tokens[i];
        if (!t || typeof t === 'string' || t.text !== 'end')
            fail('expected {{end}}');
        i++;
    };
    const branch = (k, cond) => {
        const then = list();
        return { k, p: operand(cond), then, else: tail() };
    };
    const range = (spec) => {
        const m = /^\s*(?:(\$[A-Za-z0-9_]*)\s*(?:,\s*(\$[A-Za-z0-9_]*)\s*)?:=)?\s*(.+)$/.exec(spec);
        if (!m)
            fail('bad range');
        const [keyVar, valVar] = m[2] ? [m[1], m[2]] : [undefined, m[1]];
        const body = list();
        return { k: 'range', p: operand(m[3]), keyVar, valVar, body, else: tail() };
    };
    const nodes = list();
    if (i < tokens.length)
        fail(`unexpected {{${tokens[i].text}}}`);
    return nodes;
}
function lookup(v, key) {
    if (v instanceof rego_value/* RObject */.Cl) {
        const x = v.get(key);
        return x === undefined ? MISSING : x;
    }
    if (v === MISSING || v === null)
        return MISSING;
    fail(`can't evaluate field ${key} in type ${Array.isArray(v) ? '[]interface {}' : typeof v}`);
}
function truthy(v) {
    if (v === MISSING || v === null || v === false || v === 0 || v === '')
        return false;
    if (Array.isArray(v))
        return v.length > 0;
    if (v instanceof rego_value/* RObject */.Cl || v instanceof rego_value/* RSet */.B9)
        return v.size > 0;
    return true;
}
/** Go's fmt %v of a value decoded from JSON. */
function goText(v) {
    if (v === MISSING)
        return '<undefined>';
    if (v === null)
        return '<nil>';
    if (typeof v === 'string')
        return v;
    if (typeof v === 'boolean')
        return String(v);
    if (typeof v === 'number' || typeof v === 'bigint')
        return (0,rego_value/* numText */.wX)(v);
    if (Array.isArray(v))
        return '[' + v.map(goText).join(' ') + ']';
    if (v instanceof rego_value/* RSet */.B9)
        return '[' + v.sorted().map(goText).join(' ') + ']';
    if (v instanceof rego_value/* RObject */.Cl)
        return ('map[' +
            v
                .sortedEntries()
                .map(([k, x]) => `${goText(k)}:${goText(x)}`)
                .join(' ') +
            ']');
    return String(v);
}
/** Renders `template` with `data` as dot. */
function renderGoTemplate(template, data) {
    const nodes = parse(tokenize(template));
    let out = '';
    const run = (ns, dot, vars) => {
        const val = (p) => {
            if (p.k === 'lit')
                return p.v;
            let v;
            if (p.root === '.')
                v = dot;
            else if (p.root === '$')
                v = data;
            else if (vars.has(p.root))
                v = vars.get(p.root);
            else
                fail(`undefined variable "${p.root}"`);
            for (const key of p.keys)
                v = lookup(v, key);
            return v;
        };
        for (const n of ns) {
            switch (n.k) {
                case 'text':
                    out += n.s;
                    break;
                case 'out':
                    out += goText(val(n.p));
                    break;
                case 'if':
                case 'with': {
                    const v = val(n.p);
                    if (truthy(v))
                        run(n.then, n.k === 'with' ? v : dot, vars);
                    else
                        run(n.else, dot, vars);
                    break;
                }
                case 'range': {
                    const v = val(n.p);
                    const items = Array.isArray(v)
                        ? v.map((x, i) => [i, x])
                        : v instanceof rego_value/* RObject */.Cl
                            ? v.sortedEntries()
                            : v instanceof rego_value/* RSet */.B9
                                ? v.sorted().map((x, i) => [i, x])
                                : v === MISSING || v === null
                                    ? []
                                    : fail(`range can't iterate over ${goText(v)}`);
                    if (items.length === 0)
                        run(n.else, dot, vars);
                    for (const [k, x] of items) {
                        const inner = new Map(vars);
                        if (n.keyVar)
                            inner.set(n.keyVar, k);
                        if (n.valVar)
                            inner.set(n.valVar, x);
                        run(n.body, x, inner);
                    }
                    break;
                }
            }
        }
    };
    run(nodes, data, new Map());
    return out;
}

;// CONCATENATED MODULE: ./src/rego/builtins/strings.ts
/**
 * Strings: `concat contains startswith endswith format_int indexof[_n] lower upper replace split sprintf substring trim* strings.* to_number`.
 *
 * Semantics and error wording follow OPA's topdown implementation of each builtin; each checks
 * its operands and throws {@link BuiltinError} with OPA's wording (the evaluator prefixes the name).
 */







/** The strings builtins, by name. */
const STRINGS_BUILTINS = new Map();
const strings_def = definer(STRINGS_BUILTINS);
// ---------- strings ----------
strings_def('concat', 2, (a) => {
    const sep = str(a, 0);
    const v = a[1];
    if (!Array.isArray(v) && !(v instanceof rego_value/* RSet */.B9))
        throw (0,errors/* operandErr */.P3)(2, 'one of {array, set}', (0,rego_value/* typeName */.go)(v));
    const xs = Array.isArray(v) ? v : v.sorted();
    return xs
        .map((x) => {
        if (typeof x !== 'string')
            throw (0,errors/* operandErr */.P3)(2, 'array of strings', 'array containing ' + (0,rego_value/* typeName */.go)(x));
        return x;
    })
        .join(sep);
});
strings_def('contains', 2, (a) => str(a, 0).includes(str(a, 1)));
strings_def('startswith', 2, (a) => str(a, 0).startsWith(str(a, 1)));
strings_def('endswith', 2, (a) => str(a, 0).endsWith(str(a, 1)));
strings_def('lower', 1, (a) => str(a, 0).toLowerCase());
strings_def('upper', 1, (a) => str(a, 0).toUpperCase());
strings_def('indexof', 2, (a) => {
    const s = [...str(a, 0)];
    const sub = str(a, 1);
    const i = str(a, 0).indexOf(sub);
    if (i < 0)
        return -1;
    return [...str(a, 0).slice(0, i)].length + (s.length ? 0 : 0);
});
strings_def('indexof_n', 2, (a) => {
    const s = str(a, 0);
    const sub = str(a, 1);
    const out = [];
    if (sub === '')
        return out;
    let i = s.indexOf(sub);
    while (i >= 0) {
        out.push([...s.slice(0, i)].length);
        i = s.indexOf(sub, i + 1);
    }
    return out;
});
strings_def('replace', 3, (a) => str(a, 0).split(str(a, 1)).join(str(a, 2)));
strings_def('split', 2, (a) => {
    const s = str(a, 0);
    const d = str(a, 1);
    if (d === '')
        return [...s];
    return s.split(d);
});
strings_def('substring', 3, (a) => {
    const s = [...str(a, 0)];
    const start = operands_int(a, 1);
    const len = operands_int(a, 2);
    if (start < 0)
        throw new errors/* BuiltinError */.Sr('negative offset');
    if (start >= s.length)
        return '';
    if (len < 0)
        return s.slice(start).join('');
    return s.slice(start, start + len).join('');
});
function trimSet(s, cut, left, right) {
    const cs = new Set([...cut]);
    const chars = [...s];
    let i = 0;
    let j = chars.length;
    if (left)
        while (i < j && cs.has(chars[i]))
            i++;
    if (right)
        while (j > i && cs.has(chars[j - 1]))
            j--;
    return chars.slice(i, j).join('');
}
strings_def('trim', 2, (a) => trimSet(str(a, 0), str(a, 1), true, true));
strings_def('trim_left', 2, (a) => trimSet(str(a, 0), str(a, 1), true, false));
strings_def('trim_right', 2, (a) => trimSet(str(a, 0), str(a, 1), false, true));
strings_def('trim_prefix', 2, (a) => {
    const s = str(a, 0);
    const p = str(a, 1);
    return s.startsWith(p) ? s.slice(p.length) : s;
});
strings_def('trim_suffix', 2, (a) => {
    const s = str(a, 0);
    const p = str(a, 1);
    return p && s.endsWith(p) ? s.slice(0, s.length - p.length) : s;
});
strings_def('trim_space', 1, (a) => str(a, 0).replace(/^[\s\u0085\u00a0]+|[\s\u0085\u00a0]+$/gu, ''));
strings_def('strings.reverse', 1, (a) => [...str(a, 0)].reverse().join(''));
strings_def('strings.count', 2, (a) => {
    const s = str(a, 0);
    const sub = str(a, 1);
    if (sub === '')
        return [...s].length + 1;
    return s.split(sub).length - 1;
});
strings_def('strings.replace_n', 2, (a) => {
    const o = obj(a, 0);
    let s = str(a, 1);
    const pairs = [];
    for (const [k, v] of o.sortedEntries()) {
        if (typeof k !== 'string')
            throw new errors/* BuiltinError */.Sr('operand 1 non-string key found in pattern object', 'eval_type_error');
        if (typeof v !== 'string')
            throw new errors/* BuiltinError */.Sr('operand 1 non-string value found in pattern object', 'eval_type_error');
        pairs.push([k, v]);
    }
    // Go strings.NewReplacer: at each position, the first matching old string (in argument order)
    let out = '';
    let i = 0;
    outer: while (i < s.length) {
        for (const [k, v] of pairs) {
            if (k !== '' && s.startsWith(k, i)) {
                out += v;
                i += k.length;
                continue outer;
            }
        }
        out += s[i];
        i++;
    }
    s = out;
    return s;
});
function strList(a, i) {
    const v = a[i];
    if (typeof v === 'string')
        return [v];
    if (!Array.isArray(v) && !(v instanceof rego_value/* RSet */.B9))
        throw (0,errors/* operandErr */.P3)(i + 1, 'one of {string, set, array}', (0,rego_value/* typeName */.go)(v));
    return members(v).map((x) => {
        if (typeof x !== 'string')
            throw (0,errors/* operandErr */.P3)(i + 1, 'array of strings', 'array containing ' + (0,rego_value/* typeName */.go)(x));
        return x;
    });
}
strings_def('strings.any_prefix_match', 2, (a) => {
    const ss = strList(a, 0);
    const ps = strList(a, 1);
    return ss.some((s) => ps.some((p) => s.startsWith(p)));
});
strings_def('strings.any_suffix_match', 2, (a) => {
    const ss = strList(a, 0);
    const ps = strList(a, 1);
    return ss.some((s) => ps.some((p) => s.endsWith(p)));
});
strings_def('format_int', 2, (a) => {
    const n = num(a, 0);
    const base = operands_int(a, 1);
    if (![2, 8, 10, 16].includes(base))
        throw new errors/* BuiltinError */.Sr('operand 2 must be one of {2, 8, 10, 16}', 'eval_type_error');
    const i = isInt(n) ? toBig(n) : BigInt(Math.trunc(n));
    return i.toString(base);
});
strings_def('to_number', 1, (a) => {
    const v = oneOf(a, 0, ['null', 'boolean', 'number', 'string']);
    if (v === null)
        return 0;
    if (typeof v === 'boolean')
        return v ? 1 : 0;
    if ((0,rego_value/* isNumber */.Et)(v))
        return v;
    const s = v;
    if (/^[+-]?(inf|infinity|nan)$/i.test(s))
        throw new errors/* BuiltinError */.Sr(`operand 1 must be valid number string, got ${s}`, 'eval_type_error');
    if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s))
        throw new errors/* BuiltinError */.Sr(`strconv.ParseFloat: parsing ${JSON.stringify(s)}: invalid syntax`);
    if (/^[+-]?\d+$/.test(s))
        return (0,rego_value/* normBig */.LO)(BigInt(s));
    return Number(s);
});
strings_def('sprintf', 2, (a) => sprintf(str(a, 0), arr(a, 1)));
// strings.render_template(template, vars): Go text/template over the object (OPA topdown/template.go)
strings_def('strings.render_template', 2, (a) => {
    const template = str(a, 0);
    const vars = obj(a, 1);
    try {
        return renderGoTemplate(template, vars);
    }
    catch (e) {
        throw new errors/* BuiltinError */.Sr(e.message);
    }
});

// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
;// CONCATENATED MODULE: ./src/rego/builtins/regex.ts
/**
 * Regular expressions (RE2 through re2js): `regex.*`, `regex.globs_match`.
 *
 * Semantics and error wording follow OPA's topdown implementation of each builtin; each checks
 * its operands and throws {@link BuiltinError} with OPA's wording (the evaluator prefixes the name).
 */




/** The regex builtins, by name. */
const REGEX_BUILTINS = new Map();
const regex_def = definer(REGEX_BUILTINS);
// ---------- regex ----------
const reCache = new Map();
function re(pattern) {
    let r = reCache.get(pattern);
    if (!r) {
        try {
            r = build/* RE2JS */.L3.compile(pattern);
        }
        catch (e) {
            throw new errors/* BuiltinError */.Sr(e.message);
        }
        if (reCache.size > 1000)
            reCache.clear();
        reCache.set(pattern, r);
    }
    return r;
}
/**
 * regex.match answers memoised (matching is pure): texts up to 256 characters, at most 10,000 answers in all
 * (about 5 MiB of keys at worst), cleared when full.
 */
const matchCache = new Map();
const MATCH_CACHE_MAX = 10_000;
regex_def('regex.match', 2, (a) => {
    const pattern = str(a, 0);
    const rx = re(pattern);
    const text = str(a, 1);
    if (text.length > 256 || pattern.length > 256)
        return rx.matcher(text).find();
    const key = `${pattern.length}:${pattern}${text}`; // length-prefixed: no two (pattern, text) pairs share a key
    const hit = matchCache.get(key);
    if (hit !== undefined)
        return hit;
    const found = rx.matcher(text).find();
    if (matchCache.size >= MATCH_CACHE_MAX)
        matchCache.clear();
    matchCache.set(key, found);
    return found;
});
regex_def('regex.is_valid', 1, (a) => {
    if (typeof a[0] !== 'string')
        return false;
    try {
        build/* RE2JS */.L3.compile(a[0]);
        return true;
    }
    catch {
        return false;
    }
});
regex_def('regex.split', 2, (a) => {
    const r = re(str(a, 0));
    const s = str(a, 1);
    // Go regexp.Split(s, -1)
    const m = r.matcher(s);
    const out = [];
    let beg = 0;
    let count = 0;
    while (m.find()) {
        const st = m.start();
        const en = m.end();
        if (en === 0 && st === 0 && s.length > 0)
            continue;
        if (st === en && st === s.length && s.length > 0)
            break;
        out.push(s.slice(beg, st));
        beg = en;
        count++;
    }
    if (s.length === 0 && count === 0)
        return [''];
    out.push(s.slice(beg));
    return out;
});
function findAll(r, s, n) {
    const m = r.matcher(s);
    const out = [];
    let prevEnd = -1;
    while ((n < 0 || out.length < n) && m.find()) {
        const st = m.start();
        const en = m.end();
        if (st === en && st === prevEnd)
            continue; // Go: empty match adjacent to previous is skipped
        const groups = [];
        for (let g = 0; g <= m.groupCount(); g++)
            groups.push(m.group(g) ?? '');
        out.push({ start: st, end: en, groups });
        prevEnd = en;
    }
    return out;
}
regex_def('regex.find_n', 3, (a) => findAll(re(str(a, 0)), str(a, 1), operands_int(a, 2)).map((x) => x.groups[0]));
regex_def('regex.find_all_string_submatch_n', 3, (a) => findAll(re(str(a, 0)), str(a, 1), operands_int(a, 2)).map((x) => x.groups));
regex_def('regex.replace', 3, (a) => {
    const s = str(a, 0);
    const r = re(str(a, 1));
    const repl = str(a, 2);
    // Go ReplaceAllString: $1, ${1}, ${name}; $$ -> $
    return r.matcher(s).replaceAll(repl.replace(/\$\{(\d+)\}/g, '$$$1'));
});
regex_def('regex.template_match', 4, (a) => {
    const tpl = str(a, 0);
    const s = str(a, 1);
    const ds = str(a, 2);
    const de = str(a, 3);
    // delimited sections are regexes; the rest literal
    let out = '^';
    let i = 0;
    while (i < tpl.length) {
        const st = tpl.indexOf(ds, i);
        if (st < 0) {
            out += build/* RE2JS */.L3.quote(tpl.slice(i));
            break;
        }
        out += build/* RE2JS */.L3.quote(tpl.slice(i, st));
        const en = tpl.indexOf(de, st + ds.length);
        if (en < 0)
            throw new errors/* BuiltinError */.Sr(`unbalanced braces in template: ${tpl}`);
        out += '(?:' + tpl.slice(st + ds.length, en) + ')';
        i = en + de.length;
    }
    out += '$';
    return re(out).matcher(s).find();
});
function globTokens(p) {
    const out = [];
    const chars = [...p];
    let i = 0;
    const invalid = (pos, msg) => {
        throw new errors/* BuiltinError */.Sr(`input:${p}, pos:${pos}, ${msg}: the input provided is invalid`);
    };
    while (i < chars.length) {
        const c = chars[i];
        let set;
        if (c === '.') {
            set = { neg: true, ranges: [] };
            i++;
        }
        else if (c === '\\') {
            if (i + 1 >= chars.length)
                invalid(i, 'escape at end of input');
            const x = chars[i + 1].codePointAt(0);
            set = { neg: false, ranges: [[x, x]] };
            i += 2;
        }
        else if (c === '[') {
            let j = i + 1;
            const neg = chars[j] === '^';
            if (neg)
                j++;
            const ranges = [];
            while (j < chars.length && chars[j] !== ']') {
                let a = chars[j];
                if (a === '\\')
                    a = chars[++j] ?? invalid(j, 'escape at end of input');
                const lo = a.codePointAt(0);
                if (chars[j + 1] === '-' && chars[j + 2] !== undefined && chars[j + 2] !== ']') {
                    let b = chars[j + 2];
                    let step = 3;
                    if (b === '\\') {
                        b = chars[j + 3] ?? invalid(j, 'escape at end of input');
                        step = 4;
                    }
                    ranges.push([lo, b.codePointAt(0)]);
                    j += step;
                }
                else {
                    ranges.push([lo, lo]);
                    j++;
                }
            }
            if (j >= chars.length)
                invalid(i, "set-open '[' with no closing ']'");
            set = { neg, ranges };
            i = j + 1;
        }
        else if (c === ']') {
            return invalid(i + 1, "set-close ']' with no preceding '['");
        }
        else if (c === '*' || c === '+' || c === '?') {
            return invalid(i, `quantifier '${c}' with nothing to repeat`);
        }
        else {
            const x = c.codePointAt(0);
            set = { neg: false, ranges: [[x, x]] };
            i++;
        }
        const q = chars[i];
        if (q === '*' || q === '?') {
            out.push({ set, q });
            i++;
        }
        else if (q === '+') {
            out.push({ set, q: '' }, { set, q: '*' });
            i++;
        }
        else
            out.push({ set, q: '' });
    }
    return out;
}
function setsIntersect(a, b) {
    const MAX = 0x10ffff;
    const norm = (s) => {
        const rs = [...s.ranges].sort((x, y) => x[0] - y[0]);
        if (!s.neg)
            return rs;
        const out = [];
        let lo = 0;
        for (const [x, y] of rs) {
            if (x > lo)
                out.push([lo, x - 1]);
            lo = Math.max(lo, y + 1);
        }
        if (lo <= MAX)
            out.push([lo, MAX]);
        return out;
    };
    const ra = norm(a);
    const rb = norm(b);
    return ra.some(([x, y]) => rb.some(([u, v]) => x <= v && u <= y));
}
function globsIntersect(a, b) {
    const seen = new Set();
    const stack = [[0, 0]];
    while (stack.length) {
        const [i, j] = stack.pop();
        const key = i + ',' + j;
        if (seen.has(key))
            continue;
        seen.add(key);
        if (i === a.length && j === b.length)
            return true;
        if (i < a.length && a[i].q !== '')
            stack.push([i + 1, j]);
        if (j < b.length && b[j].q !== '')
            stack.push([i, j + 1]);
        if (i < a.length && j < b.length && setsIntersect(a[i].set, b[j].set)) {
            stack.push([a[i].q === '*' ? i : i + 1, b[j].q === '*' ? j : j + 1]);
        }
    }
    return false;
}
regex_def('regex.globs_match', 2, (a) => globsIntersect(globTokens(str(a, 0)), globTokens(str(a, 1))));

;// CONCATENATED MODULE: ./src/rego/globregex.ts
/**
 * Translation of gobwas/glob patterns (as OPA's `glob.match` uses them) into RE2 regexes.
 */


/** Translates a gobwas/glob pattern (as OPA's glob.match uses it) into an RE2 regex. */
function globToRegex(pattern, delims) {
    const sepClass = delims && delims.length ? '[^' + delims.map((d) => build/* RE2JS */.L3.quote(d).replace(/([\]^\\-])/g, '\\$1')).join('') + ']' : '(?s:.)';
    let out = '';
    let i = 0;
    let depth = 0;
    const n = pattern.length;
    while (i < n) {
        const c = pattern[i];
        if (c === '\\') {
            if (i + 1 < n) {
                out += build/* RE2JS */.L3.quote(pattern[i + 1]);
                i += 2;
            }
            else
                throw new errors/* BuiltinError */.Sr('unexpected end of input');
            continue;
        }
        if (c === '*') {
            if (pattern[i + 1] === '*') {
                out += '(?s:.)*';
                i += 2;
            }
            else {
                out += sepClass + '*';
                i++;
            }
            continue;
        }
        if (c === '?') {
            out += sepClass;
            i++;
            continue;
        }
        if (c === '[') {
            const end = pattern.indexOf(']', i + 1);
            if (end < 0)
                throw new errors/* BuiltinError */.Sr('unexpected end of input');
            let body = pattern.slice(i + 1, end);
            let negate = false;
            if (body.startsWith('!')) {
                negate = true;
                body = body.slice(1);
            }
            out += '[' + (negate ? '^' : '') + body.replace(/\\/g, '\\\\') + ']';
            i = end + 1;
            continue;
        }
        if (c === '{') {
            out += '(?:';
            depth++;
            i++;
            continue;
        }
        if (c === '}' && depth > 0) {
            out += ')';
            depth--;
            i++;
            continue;
        }
        if (c === ',' && depth > 0) {
            out += '|';
            i++;
            continue;
        }
        out += build/* RE2JS */.L3.quote(c);
        i++;
    }
    if (depth > 0)
        throw new errors/* BuiltinError */.Sr('unexpected end of input');
    return '^' + out + '$';
}

;// CONCATENATED MODULE: ./src/rego/builtins/glob.ts
/**
 * `glob.match` (gobwas/glob patterns translated to RE2), `glob.quote_meta`.
 *
 * Semantics and error wording follow OPA's topdown implementation of each builtin; each checks
 * its operands and throws {@link BuiltinError} with OPA's wording (the evaluator prefixes the name).
 */






/** The glob builtins, by name. */
const GLOB_BUILTINS = new Map();
const glob_def = definer(GLOB_BUILTINS);
const globCache = new Map();
glob_def('glob.match', 3, (a) => {
    const p = str(a, 0);
    let delims;
    if (a[1] === null)
        delims = null;
    else {
        const d = arr(a, 1);
        delims = d.map((x) => {
            if (typeof x !== 'string')
                throw (0,errors/* operandErr */.P3)(2, 'array of strings', 'array containing ' + (0,rego_value/* typeName */.go)(x));
            return x;
        });
        if (delims.length === 0)
            delims = ['.'];
    }
    const s = str(a, 2);
    const key = JSON.stringify([p, delims]);
    let rx = globCache.get(key);
    if (rx === undefined) {
        rx = globToRegex(p, delims);
        if (globCache.size > 1000)
            globCache.clear();
        globCache.set(key, rx);
    }
    return re(rx).matcher(s).find();
});
glob_def('glob.quote_meta', 1, (a) => str(a, 0).replace(/[*?\\[\]{}]/g, '\\$&'));

;// CONCATENATED MODULE: ./src/rego/builtins/types.ts
/**
 * Type predicates `is_*` and `type_name`.
 *
 * Semantics and error wording follow OPA's topdown implementation of each builtin; each checks
 * its operands and throws {@link BuiltinError} with OPA's wording (the evaluator prefixes the name).
 */


/** The types builtins, by name. */
const TYPES_BUILTINS = new Map();
const types_def = definer(TYPES_BUILTINS);
// ---------- types ----------
types_def('is_number', 1, ([v]) => (0,rego_value/* isNumber */.Et)(v));
types_def('is_string', 1, ([v]) => typeof v === 'string');
types_def('is_boolean', 1, ([v]) => typeof v === 'boolean');
types_def('is_array', 1, ([v]) => Array.isArray(v));
types_def('is_set', 1, ([v]) => v instanceof rego_value/* RSet */.B9);
types_def('is_object', 1, ([v]) => v instanceof rego_value/* RObject */.Cl);
types_def('is_null', 1, ([v]) => v === null);
types_def('type_name', 1, ([v]) => (0,rego_value/* typeName */.go)(v));

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./src/rego/jsonexact.ts
var jsonexact = __webpack_require__(6426);
;// CONCATENATED MODULE: ./src/rego/builtins/json.ts
/**
 * JSON: `json.marshal[_with_options] unmarshal is_valid filter remove patch verify_schema match_schema`.
 *
 * Semantics and error wording follow OPA's topdown implementation of each builtin; each checks
 * its operands and throws {@link BuiltinError} with OPA's wording (the evaluator prefixes the name).
 */







/** The json builtins, by name. */
const JSON_BUILTINS = new Map();
const json_def = definer(JSON_BUILTINS);
json_def('json.marshal', 1, ([v]) => (0,jsonexact/* goJSON */.NU)(v));
json_def('json.marshal_with_options', 2, (a) => {
    const o = obj(a, 1);
    let prefix = '';
    let ind = '\t';
    let pretty = false;
    for (const [k, v] of o.entries()) {
        if (k === 'pretty') {
            if (typeof v !== 'boolean')
                throw new errors/* BuiltinError */.Sr('pretty option must be boolean');
            pretty = v;
        }
        else if (k === 'prefix') {
            if (typeof v !== 'string')
                throw new errors/* BuiltinError */.Sr('prefix option must be string');
            prefix = v;
            pretty = pretty || o.get('pretty') === undefined;
        }
        else if (k === 'indent') {
            if (typeof v !== 'string')
                throw new errors/* BuiltinError */.Sr('indent option must be string');
            ind = v;
            pretty = pretty || o.get('pretty') === undefined;
        }
        else
            throw new errors/* BuiltinError */.Sr(`object contained unknown key ${(0,rego_value/* stringifyValue */.ng)(k)}`, 'eval_type_error');
    }
    if (o.get('pretty') === false)
        pretty = false;
    if (!pretty)
        return (0,jsonexact/* goJSON */.NU)(a[0]);
    return prefix + (0,jsonexact/* goJSON */.NU)(a[0], { prefix, indent: ind });
});
json_def('json.unmarshal', 1, (a) => {
    try {
        return (0,jsonexact/* parseJSONExact */.v5)(str(a, 0));
    }
    catch (e) {
        if (e instanceof errors/* BuiltinError */.Sr)
            throw e;
        throw new errors/* BuiltinError */.Sr('invalid character in JSON input');
    }
});
json_def('json.is_valid', 1, ([v]) => {
    if (typeof v !== 'string')
        return false;
    try {
        JSON.parse(v);
        return true;
    }
    catch {
        return false;
    }
});
// ---------------- json.filter / json.remove / json.patch ----------------
function pathsArg(v, fname) {
    if (!Array.isArray(v) && !(v instanceof rego_value/* RSet */.B9))
        throw (0,errors/* operandErr */.P3)(2, 'one of {set, array}', (0,rego_value/* typeName */.go)(v));
    const items = Array.isArray(v) ? v : v.sorted();
    return items.map((p) => {
        if (typeof p === 'string')
            return p
                .replace(/^\//, '')
                .split('/')
                .filter((x, i, all) => !(x === '' && all.length === 1))
                .map((x) => x.replace(/~1/g, '/').replace(/~0/g, '~'));
        if (Array.isArray(p))
            return p;
        throw new errors/* BuiltinError */.Sr(`operand 2 must be one of {set, array} containing string paths or array of path segments but got ${(0,rego_value/* typeName */.go)(p)}`, 'eval_type_error');
    });
    void fname;
}
function keyMatch(container, seg) {
    if (container instanceof rego_value/* RObject */.Cl)
        return container.has(seg) ? seg : undefined;
    if (Array.isArray(container)) {
        const n = typeof seg === 'string' && /^(0|[1-9]\d*)$/.test(seg) ? Number(seg) : seg;
        return typeof n === 'number' && n >= 0 && n < container.length ? n : undefined;
    }
    if (container instanceof rego_value/* RSet */.B9)
        return container.has(seg) ? seg : undefined;
    return undefined;
}
function filterTree(v, paths) {
    if (paths.some((p) => p.length === 0))
        return v;
    if (v instanceof rego_value/* RObject */.Cl) {
        const out = new rego_value/* RObject */.Cl();
        for (const [k, x] of v.entries()) {
            const sub = paths.filter((p) => (0,rego_value/* equal */.LC)(p[0], k)).map((p) => p.slice(1));
            if (sub.length)
                out.set(k, filterTree(x, sub));
        }
        return out;
    }
    if (Array.isArray(v)) {
        const out = [];
        v.forEach((x, i) => {
            const sub = paths.filter((p) => (0,rego_value/* equal */.LC)(keyMatch(v, p[0]) ?? null, i)).map((p) => p.slice(1));
            if (sub.length)
                out.push(filterTree(x, sub));
        });
        return out;
    }
    if (v instanceof rego_value/* RSet */.B9) {
        const out = new rego_value/* RSet */.B9();
        for (const x of v.values())
            if (paths.some((p) => (0,rego_value/* equal */.LC)(p[0], x)))
                out.add(x);
        return out;
    }
    return v;
}
json_def('json.filter', 2, (a) => {
    if (!(a[0] instanceof rego_value/* RObject */.Cl))
        throw (0,errors/* operandErr */.P3)(1, 'object', (0,rego_value/* typeName */.go)(a[0]));
    return filterTree(a[0], pathsArg(a[1], 'json.filter'));
});
function removeTree(v, paths) {
    if (v instanceof rego_value/* RObject */.Cl) {
        const out = new rego_value/* RObject */.Cl();
        for (const [k, x] of v.entries()) {
            const hits = paths.filter((p) => (0,rego_value/* equal */.LC)(p[0], k));
            if (hits.some((p) => p.length === 1))
                continue;
            out.set(k, hits.length
                ? removeTree(x, hits.map((p) => p.slice(1)))
                : x);
        }
        return out;
    }
    if (Array.isArray(v)) {
        const out = [];
        v.forEach((x, i) => {
            const hits = paths.filter((p) => (0,rego_value/* equal */.LC)(keyMatch(v, p[0]) ?? null, i));
            if (hits.some((p) => p.length === 1))
                return;
            out.push(hits.length
                ? removeTree(x, hits.map((p) => p.slice(1)))
                : x);
        });
        return out;
    }
    if (v instanceof rego_value/* RSet */.B9) {
        const out = new rego_value/* RSet */.B9();
        for (const x of v.values())
            if (!paths.some((p) => p.length === 1 && (0,rego_value/* equal */.LC)(p[0], x)))
                out.add(x);
        return out;
    }
    return v;
}
json_def('json.remove', 2, (a) => {
    if (!(a[0] instanceof rego_value/* RObject */.Cl))
        throw (0,errors/* operandErr */.P3)(1, 'object', (0,rego_value/* typeName */.go)(a[0]));
    return removeTree(a[0], pathsArg(a[1], 'json.remove'));
});
function ptr(p) {
    if (Array.isArray(p))
        return p;
    if (typeof p !== 'string')
        throw new errors/* BuiltinError */.Sr('path must be a string or array');
    if (p === '')
        return [];
    return p
        .replace(/^\//, '')
        .split('/')
        .map((x) => x.replace(/~1/g, '/').replace(/~0/g, '~'));
}
function getAt(v, path) {
    let cur = v;
    for (const seg of path) {
        if (cur === undefined)
            return undefined;
        const k = keyMatch(cur, seg);
        if (k === undefined)
            return undefined;
        cur = index(cur, k);
    }
    return cur;
}
function setAt(v, path, x, mode) {
    if (path.length === 0)
        return mode === 'remove' ? undefined : x;
    const [seg, ...rest] = path;
    if (v instanceof rego_value/* RObject */.Cl) {
        const o = rego_value/* RObject */.Cl.from(v.entries());
        if (rest.length === 0) {
            if (mode === 'remove') {
                if (!o.has(seg))
                    return undefined;
                o.delete(seg);
            }
            else {
                if (mode === 'replace' && !o.has(seg))
                    return undefined;
                o.set(seg, x);
            }
            return o;
        }
        const child = o.get(seg);
        if (child === undefined)
            return undefined;
        const nc = setAt(child, rest, x, mode);
        if (nc === undefined)
            return undefined;
        o.set(seg, nc);
        return o;
    }
    if (Array.isArray(v)) {
        const arr = [...v];
        if (rest.length === 0) {
            if (mode === 'add' && seg === '-')
                return [...arr, x];
            const i = typeof seg === 'string' && /^(0|[1-9]\d*)$/.test(seg) ? Number(seg) : typeof seg === 'number' ? seg : -1;
            if (mode === 'add') {
                if (i < 0 || i > arr.length)
                    return undefined;
                arr.splice(i, 0, x);
                return arr;
            }
            if (i < 0 || i >= arr.length)
                return undefined;
            if (mode === 'remove')
                arr.splice(i, 1);
            else
                arr[i] = x;
            return arr;
        }
        const k = keyMatch(v, seg);
        if (k === undefined)
            return undefined;
        const nc = setAt(arr[k], rest, x, mode);
        if (nc === undefined)
            return undefined;
        arr[k] = nc;
        return arr;
    }
    if (v instanceof rego_value/* RSet */.B9) {
        const without = (set, el) => rego_value/* RSet */.B9.from([...set.values()].filter((y) => !(0,rego_value/* equal */.LC)(y, el)));
        if (rest.length === 0) {
            if (mode === 'remove')
                return v.has(seg) ? without(v, seg) : undefined;
            if (!(0,rego_value/* equal */.LC)(seg, x))
                return undefined; // a set member's key is the member itself
            if (mode === 'replace' && !v.has(seg))
                return undefined;
            const out = rego_value/* RSet */.B9.from(v.values());
            out.add(x);
            return out;
        }
        if (!v.has(seg))
            return undefined;
        const nc = setAt(seg, rest, x, mode);
        if (nc === undefined)
            return undefined;
        const out = without(v, seg);
        out.add(nc);
        return out;
    }
    return undefined;
}
json_def('json.patch', 2, (a) => {
    let doc = a[0];
    const ops = a[1];
    if (!Array.isArray(ops))
        throw (0,errors/* operandErr */.P3)(2, 'array', (0,rego_value/* typeName */.go)(ops));
    for (const op of ops) {
        if (!(op instanceof rego_value/* RObject */.Cl))
            throw new errors/* BuiltinError */.Sr('patch must be an array of objects');
        const kind = op.get('op');
        const rawPath = op.get('path');
        if (typeof rawPath !== 'string' && !Array.isArray(rawPath))
            return undefined; // RFC 6902 4: "path" is required
        const path = ptr(rawPath);
        let next;
        switch (kind) {
            case 'add':
            case 'replace':
                if (!op.has('value'))
                    return undefined;
                next = setAt(doc, path, op.get('value'), kind);
                break;
            case 'remove':
                next = setAt(doc, path, null, 'remove');
                break;
            case 'move':
            case 'copy': {
                const rawFrom = op.get('from');
                if (typeof rawFrom !== 'string' && !Array.isArray(rawFrom))
                    return undefined;
                const from = ptr(rawFrom);
                const v = getAt(doc, from);
                if (v === undefined)
                    return undefined;
                const base = kind === 'move' ? setAt(doc, from, null, 'remove') : doc;
                next = base === undefined ? undefined : setAt(base, path, v, 'add');
                break;
            }
            case 'test': {
                if (!op.has('value'))
                    return undefined;
                const v = getAt(doc, path);
                next = v !== undefined && (0,rego_value/* equal */.LC)(v, op.get('value') ?? null) ? doc : undefined;
                break;
            }
            default:
                throw new errors/* BuiltinError */.Sr(`invalid patch operation ${String(kind)}`);
        }
        if (next === undefined)
            return undefined;
        doc = next;
    }
    return doc;
});
let ajvInstance;
/** The validator, created on first use (keeps engine start-up fast). */
const json_ajv = () => (ajvInstance ??= new ajv.Ajv({ allErrors: true, strict: false, validateSchema: true }));
const cache = new Map();
const TYPES = ['array', 'boolean', 'integer', 'number', 'null', 'object', 'string'];
function schemaOf(v, pos) {
    if (typeof v === 'string') {
        try {
            return JSON.parse(v);
        }
        catch {
            throw new errors/* BuiltinError */.Sr('invalid JSON schema');
        }
    }
    if (v instanceof rego_value/* RObject */.Cl || typeof v === 'boolean')
        return (0,rego_value/* toJSONValue */.Hw)(v);
    throw (0,errors/* operandErr */.P3)(pos, 'one of {string, object, boolean}', (0,rego_value/* typeName */.go)(v));
}
/** gojsonschema's check for unknown primitive types (ajv reports them too, differently worded). */
function badType(s) {
    if (!s || typeof s !== 'object')
        return undefined;
    if (Array.isArray(s)) {
        for (const x of s) {
            const b = badType(x);
            if (b)
                return b;
        }
        return undefined;
    }
    for (const [k, x] of Object.entries(s)) {
        if (k === 'type') {
            for (const t of Array.isArray(x) ? x : [x])
                if (typeof t === 'string' && !TYPES.includes(t))
                    return t;
        }
        else if (k !== 'enum' && k !== 'const' && k !== 'default' && k !== 'examples') {
            const b = badType(x);
            if (b)
                return b;
        }
    }
    return undefined;
}
function compileSchema(schema) {
    const key = JSON.stringify(schema);
    let v = cache.get(key);
    if (v)
        return v;
    const bad = badType(schema);
    if (bad)
        throw new errors/* BuiltinError */.Sr(`has a primitive type that is NOT VALID -- given: /${bad}/ Expected valid values are:[array boolean integer number null object string]`);
    try {
        v = json_ajv().compile(schema);
    }
    catch (e) {
        throw new errors/* BuiltinError */.Sr(e.message);
    }
    if (cache.size > 200)
        cache.clear();
    cache.set(key, v);
    return v;
}
function jsonType(x) {
    if (x === null)
        return 'null';
    if (Array.isArray(x))
        return 'array';
    if (typeof x === 'number')
        return Number.isInteger(x) ? 'integer' : 'number';
    return typeof x;
}
function field(path) {
    if (!path)
        return '(root)';
    return path
        .replace(/^\//, '')
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .join('.');
}
function schemaAt(doc, path) {
    let cur = doc;
    for (const seg of path ? path.replace(/^\//, '').split('/') : [])
        cur = cur?.[seg.replace(/~1/g, '/').replace(/~0/g, '~')];
    return cur;
}
function describe(e, doc) {
    const f = field(e.instancePath);
    const p = e.params;
    switch (e.keyword) {
        case 'type':
            return {
                type: 'invalid_type',
                field: f,
                desc: `Invalid type. Expected: ${String(p.type).replace(/,/g, ', ')}, given: ${jsonType(schemaAt(doc, e.instancePath))}`,
            };
        case 'required':
            return { type: 'required', field: f, desc: `${String(p.missingProperty)} is required` };
        case 'enum':
            return {
                type: 'enum',
                field: f,
                desc: `${f} must be one of the following: ${p.allowedValues.map((x) => JSON.stringify(x)).join(', ')}`,
            };
        case 'const':
            return { type: 'const', field: f, desc: `${f} does not match: ${JSON.stringify(p.allowedValue)}` };
        case 'minimum':
            return {
                type: p.comparison === '>' ? 'number_gt' : 'number_gte',
                field: f,
                desc: `Must be greater than ${p.comparison === '>' ? '' : 'or equal to '}${String(p.limit)}`,
            };
        case 'exclusiveMinimum':
            return { type: 'number_gt', field: f, desc: `Must be greater than ${String(p.limit)}` };
        case 'maximum':
            return {
                type: p.comparison === '<' ? 'number_lt' : 'number_lte',
                field: f,
                desc: `Must be less than ${p.comparison === '<' ? '' : 'or equal to '}${String(p.limit)}`,
            };
        case 'exclusiveMaximum':
            return { type: 'number_lt', field: f, desc: `Must be less than ${String(p.limit)}` };
        case 'minLength':
            return { type: 'string_gte', field: f, desc: `String length must be greater than or equal to ${String(p.limit)}` };
        case 'maxLength':
            return { type: 'string_lte', field: f, desc: `String length must be less than or equal to ${String(p.limit)}` };
        case 'pattern':
            return { type: 'pattern', field: f, desc: `Does not match pattern '${String(p.pattern)}'` };
        case 'additionalProperties':
            return {
                type: 'additional_property_not_allowed',
                field: f,
                desc: `Additional property ${String(p.additionalProperty)} is not allowed`,
            };
        case 'minItems':
            return { type: 'array_min_items', field: f, desc: `Array must have at least ${String(p.limit)} items` };
        case 'maxItems':
            return { type: 'array_max_items', field: f, desc: `Array must have at most ${String(p.limit)} items` };
        default:
            return { type: e.keyword, field: f, desc: e.message ?? e.keyword };
    }
}
json_def('json.verify_schema', 1, (a) => {
    let schema;
    try {
        schema = schemaOf(a[0], 1);
        compileSchema(schema);
        return [true, null];
    }
    catch (e) {
        if (e instanceof errors/* BuiltinError */.Sr && e.code === 'eval_type_error')
            throw e;
        return [false, `jsonschema: ${e.message}`];
    }
});
json_def('json.match_schema', 2, (a) => {
    let doc;
    if (typeof a[0] === 'string') {
        try {
            doc = JSON.parse(a[0]);
        }
        catch {
            throw new errors/* BuiltinError */.Sr('document is not valid JSON');
        }
    }
    else if (a[0] instanceof rego_value/* RObject */.Cl || Array.isArray(a[0]))
        doc = (0,rego_value/* toJSONValue */.Hw)(a[0]);
    else
        throw (0,errors/* operandErr */.P3)(1, 'one of {string, object, array}', (0,rego_value/* typeName */.go)(a[0]));
    const validate = compileSchema(schemaOf(a[1], 2));
    if (validate(doc))
        return [true, []];
    const errs = (validate.errors ?? []).map((e) => {
        const d = describe(e, doc);
        return rego_value/* RObject */.Cl.from([
            ['error', `${d.field}: ${d.desc}`],
            ['type', d.type],
            ['field', d.field],
            ['desc', d.desc],
        ]);
    });
    return [false, errs];
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/rego/builtins/encoding.ts
/**
 * Encodings: `yaml.*`, `base64.*`, `base64url.*`, `hex.*`, `urlquery.*`.
 *
 * Semantics and error wording follow OPA's topdown implementation of each builtin; each checks
 * its operands and throws {@link BuiltinError} with OPA's wording (the evaluator prefixes the name).
 */





/** The encoding builtins, by name. */
const ENCODING_BUILTINS = new Map();
const encoding_def = definer(ENCODING_BUILTINS);
function yamlToValue(text) {
    const doc = dist.parse(text, { intAsBigInt: true, version: '1.2' });
    return (0,rego_value/* fromJSONValue */.iK)(doc);
}
/**
 * A YAML parse error worded as Go's yaml package (which OPA uses): `yaml: line N: ...`, with
 * go-yaml's text for an unclosed flow collection; other errors keep the parser's first line.
 */
function goYamlError(e) {
    const line = e.linePos?.[0]?.line;
    const first = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    if ((e.code === 'MISSING_CHAR' || e.code === 'BAD_INDENT') &&
        /^Flow (sequence|map)( in block collection)? must (be sufficiently indented and )?end with a [\]}]$/.test(first)) {
        return `yaml: line ${line ?? 1}: did not find expected ',' or '${first.includes('sequence') ? ']' : '}'}'`;
    }
    return line ? `yaml: line ${line}: ${first}` : `yaml: ${first}`;
}
encoding_def('yaml.unmarshal', 1, (a) => {
    try {
        return yamlToValue(str(a, 0));
    }
    catch (e) {
        if (e instanceof errors/* BuiltinError */.Sr)
            throw e;
        throw new errors/* BuiltinError */.Sr(goYamlError(e));
    }
});
encoding_def('yaml.is_valid', 1, ([v]) => {
    if (typeof v !== 'string')
        return false;
    try {
        dist.parse(v);
        return true;
    }
    catch {
        return false;
    }
});
encoding_def('yaml.marshal', 1, ([v]) => {
    const plain = (x) => {
        if (x instanceof rego_value/* RSet */.B9)
            return x.sorted().map(plain);
        if (Array.isArray(x))
            return x.map(plain);
        if (x instanceof rego_value/* RObject */.Cl) {
            const o = {};
            for (const [k, e] of x.sortedEntries())
                o[typeof k === 'string' ? k : (0,rego_value/* stringifyValue */.ng)(k)] = plain(e);
            return o;
        }
        return x;
    };
    return dist.stringify(plain(v));
});
const b64valid = (s) => /^[A-Za-z0-9+/]*={0,2}$/.test(s) && s.length % 4 === 0;
encoding_def('base64.encode', 1, (a) => Buffer.from(str(a, 0), 'utf8').toString('base64'));
encoding_def('base64.decode', 1, (a) => {
    const s = str(a, 0);
    if (!b64valid(s))
        throw new errors/* BuiltinError */.Sr('illegal base64 data at input byte ' + Math.max(0, firstBad(s, /[A-Za-z0-9+/=]/)));
    return Buffer.from(s, 'base64').toString('utf8');
});
function firstBad(s, ok) {
    for (let i = 0; i < s.length; i++)
        if (!ok.test(s[i]))
            return i;
    return s.length - (s.length % 4);
}
encoding_def('base64.is_valid', 1, (a) => b64valid(str(a, 0)));
encoding_def('base64url.encode', 1, (a) => Buffer.from(str(a, 0), 'utf8').toString('base64').replace(/\+/g, '-').replace(/\//g, '_'));
encoding_def('base64url.encode_no_pad', 1, (a) => Buffer.from(str(a, 0), 'utf8').toString('base64url'));
encoding_def('base64url.decode', 1, (a) => {
    const s = str(a, 0);
    if (!/^[A-Za-z0-9_-]*={0,2}$/.test(s))
        throw new errors/* BuiltinError */.Sr('illegal base64 data at input byte ' + firstBad(s, /[A-Za-z0-9_=-]/));
    if (s.includes('=') && s.length % 4 !== 0)
        throw new errors/* BuiltinError */.Sr('illegal base64 data at input byte ' + s.length);
    if (!s.includes('=') && s.length % 4 === 1)
        throw new errors/* BuiltinError */.Sr('illegal base64 data at input byte ' + (s.length - 1));
    return Buffer.from(s, 'base64url').toString('utf8');
});
encoding_def('hex.encode', 1, (a) => Buffer.from(str(a, 0), 'utf8').toString('hex'));
encoding_def('hex.decode', 1, (a) => {
    const s = str(a, 0);
    const bad = s.search(/[^0-9a-fA-F]/);
    if (bad >= 0)
        throw new errors/* BuiltinError */.Sr(`encoding/hex: invalid byte: U+${s.codePointAt(bad).toString(16).toUpperCase().padStart(4, '0')} ${JSON.stringify(s[bad]).replace(/^"|"$/g, "'")}`);
    if (s.length % 2)
        throw new errors/* BuiltinError */.Sr('encoding/hex: odd length hex string');
    return Buffer.from(s, 'hex').toString('utf8');
});
/** Go url.QueryEscape. */
function queryEscape(s) {
    return [...Buffer.from(s, 'utf8')]
        .map((b) => {
        const c = String.fromCharCode(b);
        if (/[A-Za-z0-9\-_.~]/.test(c))
            return c;
        if (c === ' ')
            return '+';
        return '%' + b.toString(16).toUpperCase().padStart(2, '0');
    })
        .join('');
}
function queryUnescape(s) {
    const bytes = [];
    for (let i = 0; i < s.length; i++) {
        const c = s[i];
        if (c === '%') {
            const h = s.slice(i + 1, i + 3);
            if (!/^[0-9a-fA-F]{2}$/.test(h))
                throw new errors/* BuiltinError */.Sr(`invalid URL escape "${s.slice(i, i + 3)}"`);
            bytes.push(parseInt(h, 16));
            i += 2;
        }
        else if (c === '+')
            bytes.push(32);
        else
            bytes.push(...Buffer.from(c, 'utf8'));
    }
    return Buffer.from(bytes).toString('utf8');
}
encoding_def('urlquery.encode', 1, (a) => queryEscape(str(a, 0)));
encoding_def('urlquery.decode', 1, (a) => queryUnescape(str(a, 0)));
encoding_def('urlquery.encode_object', 1, (a) => {
    const o = obj(a, 0);
    const parts = [];
    const ents = o.sortedEntries();
    for (const [k, v] of ents) {
        if (typeof k !== 'string')
            throw (0,errors/* operandErr */.P3)(1, 'object[string: string|array|set]', (0,rego_value/* typeName */.go)(k));
        const vals = typeof v === 'string' ? [v] : Array.isArray(v) || v instanceof rego_value/* RSet */.B9 ? members(v instanceof rego_value/* RSet */.B9 ? rego_value/* RSet */.B9.from(v.sorted()) : v) : null;
        if (!vals)
            throw (0,errors/* operandErr */.P3)(1, 'object[string: string|array|set]', 'object[string: ' + (0,rego_value/* typeName */.go)(v) + ']');
        for (const x of vals) {
            if (typeof x !== 'string')
                throw (0,errors/* operandErr */.P3)(1, 'object[string: string|array|set]', (0,rego_value/* typeName */.go)(x));
            parts.push(queryEscape(k) + '=' + queryEscape(x));
        }
    }
    return parts.join('&');
});
encoding_def('urlquery.decode_object', 1, (a) => {
    const s = str(a, 0);
    const o = new rego_value/* RObject */.Cl();
    for (const part of s.split(/[&]/)) {
        if (!part)
            continue;
        const i = part.indexOf('=');
        const k = queryUnescape(i < 0 ? part : part.slice(0, i));
        const v = i < 0 ? '' : queryUnescape(part.slice(i + 1));
        const cur = o.get(k);
        o.set(k, Array.isArray(cur) ? [...cur, v] : [v]);
    }
    return o;
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/rego/der.ts
/**
 * A minimal ASN.1 DER reader (ITU-T X.690): tag, length, value of one element, and its children
 * when constructed. Used for certificate signing requests (RFC 2986), which node:crypto does not
 * parse. Errors are worded as Go's encoding/asn1 (`asn1: structure error: ...`), as OPA shows them.
 *
 * @throws Error `asn1: structure error: ...` / `asn1: syntax error: ...` on malformed input.
 */
/**
 * Reads the element at `at` of `buf`; returns it and the offset after it. With `want`, a different
 * tag is reported before any length problem (as Go's asn1.Unmarshal does).
 */
function readDer(buf, at = 0, want) {
    if (at + 2 > buf.length)
        throw new Error('asn1: syntax error: data truncated');
    const tag = buf[at];
    if (want && tag !== want.tag) {
        throw new Error(`asn1: structure error: tags don't match (${want.tag & 0x1f} vs tag ${tag & 0x1f} class ${tag >> 6}) ${want.what}`);
    }
    if ((tag & 0x1f) === 0x1f)
        throw new Error('asn1: structure error: high-tag-number form is not supported here');
    let len = buf[at + 1];
    let hdr = 2;
    if (len & 0x80) {
        const n = len & 0x7f;
        if (n === 0 || n > 4)
            throw new Error('asn1: structure error: length too large or indefinite');
        if (at + 2 + n > buf.length)
            throw new Error('asn1: syntax error: data truncated');
        len = 0;
        for (let j = 0; j < n; j++)
            len = len * 256 + buf[at + 2 + j];
        hdr = 2 + n;
    }
    const end = at + hdr + len;
    if (end > buf.length)
        throw new Error('asn1: syntax error: data truncated');
    return { el: { tag, constructed: (tag & 0x20) !== 0, content: buf.subarray(at + hdr, end), raw: buf.subarray(at, end) }, next: end };
}
/** The children of a constructed element. */
function children(el) {
    const out = [];
    for (let i = 0; i < el.content.length;) {
        const { el: c, next } = readDer(el.content, i);
        out.push(c);
        i = next;
    }
    return out;
}
/** Reads `buf` as exactly one element with the given tag (e.g. 0x30 SEQUENCE). */
function expectDer(buf, tag, what) {
    const { el, next } = readDer(buf, 0, { tag, what });
    if (next !== buf.length)
        throw new Error('asn1: syntax error: trailing data');
    return el;
}
/** An OBJECT IDENTIFIER's arcs. */
function oidArcs(content) {
    const arcs = [];
    let v = 0;
    for (const b of content) {
        v = v * 128 + (b & 0x7f);
        if (!(b & 0x80)) {
            if (arcs.length === 0)
                arcs.push(v < 80 ? Math.floor(v / 40) : 2, v < 80 ? v % 40 : v - 80);
            else
                arcs.push(v);
            v = 0;
        }
    }
    return arcs;
}
/** A non-negative or negative INTEGER as a bigint (two's complement). */
function derInt(content) {
    if (content.length === 0)
        return 0n;
    let v = BigInt('0x' + content.toString('hex'));
    if (content[0] & 0x80)
        v -= 1n << BigInt(content.length * 8);
    return v;
}

;// CONCATENATED MODULE: ./src/rego/builtins/crypto.ts
/**
 * Crypto: digests `crypto.md5/sha1/sha256/sha512`, `crypto.hmac.*`, `crypto.x509.*`.
 *
 * Semantics and error wording follow OPA's topdown implementation of each builtin; each checks
 * its operands and throws {@link BuiltinError} with OPA's wording (the evaluator prefixes the name).
 */






/** The crypto builtins, by name. */
const CRYPTO_BUILTINS = new Map();
const crypto_def = definer(CRYPTO_BUILTINS);
// ---------- crypto digests ----------
/** The digests OPA's crypto.<name> and crypto.hmac.<name> offer (node:crypto algorithm names are the same). */
const DIGESTS = ['md5', 'sha1', 'sha256', 'sha512'];
for (const alg of DIGESTS) {
    crypto_def(`crypto.${alg}`, 1, (a) => (0,external_node_crypto_.createHash)(alg).update(str(a, 0), 'utf8').digest('hex'));
    crypto_def(`crypto.hmac.${alg}`, 2, (a) => (0,external_node_crypto_.createHmac)(alg, Buffer.from(str(a, 1), 'utf8'))
        .update(str(a, 0), 'utf8')
        .digest('hex'));
}
crypto_def('crypto.hmac.equal', 2, (a) => {
    const x = Buffer.from(str(a, 0), 'utf8');
    const y = Buffer.from(str(a, 1), 'utf8');
    return x.length === y.length && (0,external_node_crypto_.timingSafeEqual)(x, y);
});
function certsFrom(input) {
    let text = input;
    if (!text.includes('-----BEGIN')) {
        // base64 of PEM or of DER (one or more concatenated certificates)
        const t = text.replace(/[\r\n]+/g, '');
        const bad = t.search(/[^A-Za-z0-9+/=]/);
        if (bad >= 0)
            throw new errors/* BuiltinError */.Sr(`illegal base64 data at input byte ${bad}`);
        if (t.length % 4 !== 0)
            throw new errors/* BuiltinError */.Sr(`illegal base64 data at input byte ${t.length - (t.length % 4)}`);
        const raw = Buffer.from(t, 'base64');
        if (raw.toString('latin1').includes('-----BEGIN'))
            text = raw.toString('utf8');
        else
            return splitDer(raw);
    }
    const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
    if (!blocks.length)
        throw new errors/* BuiltinError */.Sr('x509: malformed certificate');
    return blocks.map((b) => {
        try {
            return new external_node_crypto_.X509Certificate(b);
        }
        catch {
            throw new errors/* BuiltinError */.Sr('x509: malformed certificate');
        }
    });
}
/** Splits concatenated DER certificates (each a SEQUENCE with a definite length). */
function splitDer(raw) {
    const out = [];
    let i = 0;
    while (i < raw.length) {
        if (raw[i] !== 0x30)
            throw new errors/* BuiltinError */.Sr('x509: malformed certificate');
        let len = raw[i + 1];
        let hdr = 2;
        if (len & 0x80) {
            const n = len & 0x7f;
            len = 0;
            for (let j = 0; j < n; j++)
                len = len * 256 + raw[i + 2 + j];
            hdr = 2 + n;
        }
        const der = raw.subarray(i, i + hdr + len);
        try {
            out.push(new external_node_crypto_.X509Certificate(der));
        }
        catch {
            throw new errors/* BuiltinError */.Sr('x509: malformed certificate');
        }
        i += hdr + len;
    }
    if (!out.length)
        throw new errors/* BuiltinError */.Sr('x509: malformed certificate');
    return out;
}
const NAME_FIELDS = {
    C: 'Country',
    O: 'Organization',
    OU: 'OrganizationalUnit',
    L: 'Locality',
    ST: 'Province',
    street: 'StreetAddress',
    postalCode: 'PostalCode',
};
function pkixName(s) {
    // Go's pkix.Name: string fields default to "", slices to null
    const o = { CommonName: '', SerialNumber: '' };
    for (const f of Object.values(NAME_FIELDS))
        o[f] = null;
    for (const line of s.split('\n')) {
        const i = line.indexOf('=');
        if (i < 0)
            continue;
        const k = line.slice(0, i);
        const v = line.slice(i + 1);
        if (k === 'CN')
            o.CommonName = v;
        else if (k === 'serialNumber')
            o.SerialNumber = v;
        else if (NAME_FIELDS[k])
            o[NAME_FIELDS[k]] = [...(o[NAME_FIELDS[k]] ?? []), v];
    }
    return o;
}
function sans(c, prefix) {
    const list = (c.subjectAltName ?? '')
        .split(/,\s*/)
        .filter((x) => x.startsWith(prefix + ':'))
        .map((x) => x.slice(prefix.length + 1));
    return list.length ? list : null;
}
function certValue(c) {
    return (0,rego_value/* fromJSONValue */.iK)({
        Version: 3,
        SerialNumber: BigInt('0x' + c.serialNumber),
        Subject: pkixName(c.subject),
        Issuer: pkixName(c.issuer),
        NotBefore: new Date(c.validFrom).toISOString().replace('.000Z', 'Z'),
        NotAfter: new Date(c.validTo).toISOString().replace('.000Z', 'Z'),
        DNSNames: sans(c, 'DNS'),
        EmailAddresses: sans(c, 'email'),
        IPAddresses: sans(c, 'IP Address'),
        URIStrings: sans(c, 'URI'),
        IsCA: c.ca,
    });
}
crypto_def('crypto.x509.parse_certificates', 1, (a) => {
    const v = a[0];
    if (typeof v !== 'string')
        throw (0,errors/* operandErr */.P3)(1, 'string', (0,rego_value/* typeName */.go)(v));
    return certsFrom(v).map(certValue);
});
crypto_def('crypto.x509.parse_and_verify_certificates', 1, (a) => {
    const v = a[0];
    if (typeof v !== 'string')
        throw (0,errors/* operandErr */.P3)(1, 'string', (0,rego_value/* typeName */.go)(v));
    const invalid = [false, []];
    let certs;
    try {
        certs = certsFrom(v);
    }
    catch {
        return invalid;
    }
    if (certs.length < 2)
        return invalid;
    // OPA takes the root first and the leaf last, and returns the verified chain leaf first
    const chain = [...certs].reverse();
    const now = Date.now();
    for (let i = 0; i < chain.length; i++) {
        const c = chain[i];
        const issuer = i + 1 < chain.length ? chain[i + 1] : c;
        if (now < Date.parse(c.validFrom) || now > Date.parse(c.validTo))
            return invalid;
        if (!c.checkIssued(issuer) || !c.verify(issuer.publicKey))
            return invalid;
        if (i > 0 && !c.ca)
            return invalid;
    }
    return [true, chain.map(certValue)];
});
// ---------- crypto.x509.parse_certificate_request (RFC 2986; OPA topdown/crypto.go) ----------
// Go's x509.SignatureAlgorithm and PublicKeyAlgorithm enums, by OID
const SIG_ALGS = {
    '1.2.840.113549.1.1.4': 2, // MD5WithRSA
    '1.2.840.113549.1.1.5': 3, // SHA1WithRSA
    '1.2.840.113549.1.1.11': 4, // SHA256WithRSA
    '1.2.840.113549.1.1.12': 5, // SHA384WithRSA
    '1.2.840.113549.1.1.13': 6, // SHA512WithRSA
    '1.2.840.10040.4.3': 7, // DSAWithSHA1
    '2.16.840.1.101.3.4.3.2': 8, // DSAWithSHA256
    '1.2.840.10045.4.1': 9, // ECDSAWithSHA1
    '1.2.840.10045.4.3.2': 10, // ECDSAWithSHA256
    '1.2.840.10045.4.3.3': 11, // ECDSAWithSHA384
    '1.2.840.10045.4.3.4': 12, // ECDSAWithSHA512
    '1.3.101.112': 16, // PureEd25519
};
const KEY_ALGS = { '1.2.840.113549.1.1.1': 1, '1.2.840.10040.4.1': 2, '1.2.840.10045.2.1': 3, '1.3.101.112': 4 };
// pkix.Name fields filled from the RDN sequence (Go's FillFromRDNSequence)
const NAME_OIDS = {
    '2.5.4.6': 'Country',
    '2.5.4.10': 'Organization',
    '2.5.4.11': 'OrganizationalUnit',
    '2.5.4.7': 'Locality',
    '2.5.4.8': 'Province',
    '2.5.4.9': 'StreetAddress',
    '2.5.4.17': 'PostalCode',
};
function derText(el) {
    // PrintableString, UTF8String, IA5String, T61String (as Latin-1), BMPString
    if (el.tag === 0x1e)
        return Buffer.from(el.content).swap16().toString('utf16le');
    return el.content.toString(el.tag === 0x14 ? 'latin1' : 'utf8');
}
function csrSubject(name) {
    const o = { CommonName: '', SerialNumber: '' };
    for (const f of Object.values(NAME_OIDS))
        o[f] = null;
    const names = [];
    for (const rdn of children(name)) {
        for (const atv of children(rdn)) {
            const [type, value] = children(atv);
            const arcs = oidArcs(type.content);
            const oid = arcs.join('.');
            const text = derText(value);
            names.push({ Type: arcs, Value: text });
            if (oid === '2.5.4.3')
                o.CommonName = text;
            else if (oid === '2.5.4.5')
                o.SerialNumber = text;
            else if (NAME_OIDS[oid])
                o[NAME_OIDS[oid]] = [...(o[NAME_OIDS[oid]] ?? []), text];
        }
    }
    return { ...o, Names: names, ExtraNames: null };
}
/** The Go x509.CertificateRequest of a DER CSR, as OPA marshals it to JSON. */
function csrValue(der) {
    const csr = expectDer(der, 0x30, 'CertificateRequest');
    const [info, sigAlg, sig] = children(csr);
    if (!info || info.tag !== 0x30 || !sigAlg || sig?.tag !== 0x03)
        throw new Error('asn1: structure error: malformed certificate request');
    const [version, subject, spki, attrs] = children(info);
    const [keyAlg, keyBits] = children(spki);
    const keyOid = oidArcs(children(keyAlg)[0].content).join('.');
    let publicKey = null;
    if (keyOid === '1.2.840.113549.1.1.1') {
        const [n, e] = children(expectDer(keyBits.content.subarray(1), 0x30, 'RSAPublicKey'));
        publicKey = { N: derInt(n.content), E: Number(derInt(e.content)) };
    }
    const ext = [];
    const sans = { dns: [], email: [], ip: [] };
    for (const attr of attrs && attrs.tag === 0xa0 ? children(attrs) : []) {
        const [type, values] = children(attr);
        if (oidArcs(type.content).join('.') !== '1.2.840.113549.1.9.14')
            continue; // extensionRequest
        for (const exts of children(values)) {
            for (const x of children(exts)) {
                const parts = children(x);
                const id = oidArcs(parts[0].content);
                const critical = parts.length === 3 && parts[1].content[0] !== 0;
                const value = parts[parts.length - 1].content;
                ext.push({ Id: id, Critical: critical, Value: value.toString('base64') });
                if (id.join('.') !== '2.5.29.17')
                    continue;
                for (const gn of children(expectDer(value, 0x30, 'SubjectAltName'))) {
                    if (gn.tag === 0x81)
                        sans.email.push(gn.content.toString('latin1'));
                    else if (gn.tag === 0x82)
                        sans.dns.push(gn.content.toString('latin1'));
                    else if (gn.tag === 0x87)
                        sans.ip.push(gn.content.length === 4 ? [...gn.content].join('.') : ipv6Text(gn.content));
                    else if (gn.tag === 0x86)
                        throw new Error('URI subject alternative names are not supported by this engine');
                }
            }
        }
    }
    const orNull = (xs) => (xs.length ? xs : null);
    return (0,rego_value/* fromJSONValue */.iK)({
        Raw: der.toString('base64'),
        RawTBSCertificateRequest: info.raw.toString('base64'),
        RawSubjectPublicKeyInfo: spki.raw.toString('base64'),
        RawSubject: subject.raw.toString('base64'),
        Version: Number(derInt(version.content)),
        Signature: sig.content.subarray(1).toString('base64'),
        SignatureAlgorithm: SIG_ALGS[oidArcs(children(sigAlg)[0].content).join('.')] ?? 0,
        PublicKeyAlgorithm: KEY_ALGS[keyOid] ?? 0,
        PublicKey: publicKey,
        Subject: csrSubject(subject),
        Extensions: ext.length ? ext : null,
        ExtraExtensions: null,
        DNSNames: orNull(sans.dns),
        EmailAddresses: orNull(sans.email),
        IPAddresses: orNull(sans.ip),
        URIs: null,
    });
}
function ipv6Text(b) {
    const groups = [];
    for (let i = 0; i < 16; i += 2)
        groups.push(b.readUInt16BE(i).toString(16));
    return new URL(`http://[${groups.join(':')}]`).hostname.slice(1, -1);
}
/**
 * crypto.x509.parse_certificate_request(csr): a PEM CSR, or base64 of a PEM or DER CSR, parsed into
 * Go's x509.CertificateRequest fields (OPA marshals the struct). Not produced: the deprecated
 * `Attributes`, and public keys other than RSA (`PublicKey` null); a URI SAN is an error.
 */
crypto_def('crypto.x509.parse_certificate_request', 1, (a) => {
    const input = str(a, 0);
    let bytes = Buffer.from(input, 'utf8');
    if (!input.startsWith('-----BEGIN CERTIFICATE REQUEST-----')) {
        const bad = input.search(/[^A-Za-z0-9+/=]/);
        if (bad >= 0)
            throw new errors/* BuiltinError */.Sr(`illegal base64 data at input byte ${bad}`);
        if (input.length % 4 !== 0)
            throw new errors/* BuiltinError */.Sr(`illegal base64 data at input byte ${input.length - (input.length % 4)}`);
        bytes = Buffer.from(input, 'base64');
    }
    const text = bytes.toString('latin1');
    const pem = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/.exec(text);
    if (pem && pem[1] !== 'CERTIFICATE REQUEST')
        throw new errors/* BuiltinError */.Sr('invalid PEM-encoded certificate signing request');
    if (pem)
        bytes = Buffer.from(pem[2].replace(/\s+/g, ''), 'base64');
    try {
        return csrValue(bytes);
    }
    catch (e) {
        throw new errors/* BuiltinError */.Sr(e.message);
    }
});

;// CONCATENATED MODULE: ./src/rego/builtins/units.ts
/**
 * `units.parse`, `units.parse_bytes` (exact).
 *
 * Semantics and error wording follow OPA's topdown implementation of each builtin; each checks
 * its operands and throws {@link BuiltinError} with OPA's wording (the evaluator prefixes the name).
 */




/** The units builtins, by name. */
const UNITS_BUILTINS = new Map();
const units_def = definer(UNITS_BUILTINS);
// ---------- units ----------
const BIN = { ki: 1n << 10n, mi: 1n << 20n, gi: 1n << 30n, ti: 1n << 40n, pi: 1n << 50n, ei: 1n << 60n };
const DEC = { k: 10n ** 3n, m: 10n ** 6n, g: 10n ** 9n, t: 10n ** 12n, p: 10n ** 15n, e: 10n ** 18n };
/** An exact decimal (with optional exponent) as numerator / denominator. */
function decimal(text) {
    const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
    if (!m || (!m[2] && !m[3]))
        return undefined;
    const frac = m[3] ?? '';
    let num = BigInt((m[2] || '0') + frac);
    let den = 10n ** BigInt(frac.length);
    const exp = Number(m[4] ?? 0);
    if (Math.abs(exp) > 400)
        return undefined;
    if (exp > 0)
        num *= 10n ** BigInt(exp);
    else if (exp < 0)
        den *= 10n ** BigInt(-exp);
    if (m[1] === '-')
        num = -num;
    return { num, den };
}
function ratValue(num, den) {
    if (num % den === 0n)
        return (0,rego_value/* normBig */.LO)(num / den);
    return Number(num) / Number(den);
}
/** units.parse / units.parse_bytes as OPA (topdown/parse_units.go, parse_bytes.go). */
function unitsParse(s, bytes) {
    const t = s.replace(/"/g, '');
    if (/\s/.test(t))
        throw new errors/* BuiltinError */.Sr('spaces not allowed in resource strings');
    const m = /^([0-9.eE+-]*?)([a-zA-Z]*)$/.exec(t) ?? /^(.*?)([a-zA-Z]*)$/.exec(t);
    let numText = m[1];
    let unit = m[2];
    // an exponent letter belongs to the number when digits follow it
    const em = /^(.*?[0-9.])([eE][+-]?[0-9]+)([a-zA-Z]*)$/.exec(t);
    if (em && !/[a-zA-Z]/.test(em[1])) {
        numText = em[1] + em[2];
        unit = em[3];
    }
    const what = bytes ? 'byte amount' : 'amount';
    if (numText === '')
        throw new errors/* BuiltinError */.Sr(`no ${what} provided`);
    const d = decimal(numText);
    if (!d)
        throw new errors/* BuiltinError */.Sr(`could not parse ${what} to a number`);
    let mult;
    if (bytes) {
        const u = unit.toLowerCase().replace(/b$/, '');
        if (u === '')
            mult = { num: 1n, den: 1n };
        else if (BIN[u])
            mult = { num: BIN[u], den: 1n };
        else if (DEC[u])
            mult = { num: DEC[u], den: 1n };
        else
            throw new errors/* BuiltinError */.Sr(`byte unit ${unit} not recognized`);
        const n = d.num * mult.num;
        const q = n / d.den;
        return (0,rego_value/* normBig */.LO)(q);
    }
    if (unit === '')
        mult = { num: 1n, den: 1n };
    else if (unit === 'm')
        mult = { num: 1n, den: 1000n };
    else if (unit === 'M')
        mult = { num: DEC.m, den: 1n };
    else {
        const u = unit.toLowerCase();
        if (BIN[u])
            mult = { num: BIN[u], den: 1n };
        else if (DEC[u] && u !== 'm')
            mult = { num: DEC[u], den: 1n };
        else
            throw new errors/* BuiltinError */.Sr(`unit ${unit} not recognized`);
    }
    return ratValue(d.num * mult.num, d.den * mult.den);
}
units_def('units.parse_bytes', 1, (a) => unitsParse(str(a, 0), true));
units_def('units.parse', 1, (a) => unitsParse(str(a, 0), false));

;// CONCATENATED MODULE: ./src/rego/builtins/time.ts
/**
 * Time: `time.*` (UTC and IANA zones through Intl), following OPA's topdown/time.go.
 *
 * Semantics and error wording follow OPA's topdown implementation of each builtin; each checks
 * its operands and throws {@link BuiltinError} with OPA's wording (the evaluator prefixes the name).
 */




/** The time builtins, by name. */
const TIME_BUILTINS = new Map();
const time_def = definer(TIME_BUILTINS);
// ---------- time (minimal) ----------
time_def('time.now_ns', 0, (_a, ctx) => (0,rego_value/* normBig */.LO)(ctx.nowNs));
// ---------------- time ----------------
const NS = 1000000n;
const MIN_NS = -9223372036854775808n;
const MAX_NS = 9223372036854775807n;
function nsArg(v, fname) {
    if (!(0,rego_value/* isNumber */.Et)(v))
        throw (0,errors/* operandErr */.P3)(1, 'number', (0,rego_value/* typeName */.go)(v));
    if (typeof v === 'number' && !Number.isInteger(v))
        v = Math.trunc(v);
    const b = BigInt(v);
    if (b < MIN_NS || b > MAX_NS)
        throw new errors/* BuiltinError */.Sr('timestamp too big');
    void fname;
    return b;
}
function civil(ns, tz) {
    const ms = Number(ns / NS) - (ns % NS < 0n ? 1 : 0);
    const nanos = Number(((ns % 1000000000n) + 1000000000n) % 1000000000n);
    let offsetMin = 0;
    if (tz && tz !== 'UTC' && tz !== '') {
        let fmt;
        try {
            fmt = new Intl.DateTimeFormat('en-US', { timeZone: tz === 'Local' ? undefined : tz, timeZoneName: 'longOffset' });
        }
        catch {
            throw new errors/* BuiltinError */.Sr(`unknown time zone ${tz}`);
        }
        const part = fmt.formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
        const m = /GMT([+-])(\d{2}):(\d{2})/.exec(part);
        if (m)
            offsetMin = (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
    }
    const d = new Date(ms + offsetMin * 60000);
    const start = Date.UTC(d.getUTCFullYear(), 0, 1);
    return {
        y: d.getUTCFullYear(),
        mo: d.getUTCMonth() + 1,
        d: d.getUTCDate(),
        h: d.getUTCHours(),
        mi: d.getUTCMinutes(),
        s: d.getUTCSeconds(),
        nanos,
        offsetMin,
        weekday: d.getUTCDay(),
        yday: Math.floor((d.getTime() - start) / 86400000) + 1,
    };
}
function tsArgs(v, fname) {
    if (Array.isArray(v)) {
        if (v.length < 1 || v.length > 3)
            throw new errors/* BuiltinError */.Sr('array must have 1 to 3 elements');
        const tz = v.length > 1 ? v[1] : 'UTC';
        if (typeof tz !== 'string')
            throw new errors/* BuiltinError */.Sr('timezone must be a string');
        const layout = v[2];
        if (layout !== undefined && typeof layout !== 'string')
            throw new errors/* BuiltinError */.Sr('layout must be a string');
        return { ns: nsArg(v[0], fname), tz, layout };
    }
    return { ns: nsArg(v, fname), tz: 'UTC' };
}
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
time_def('time.date', 1, (a) => {
    const { ns, tz } = tsArgs(a[0], 'time.date');
    const c = civil(ns, tz);
    return [c.y, c.mo, c.d];
});
time_def('time.clock', 1, (a) => {
    const { ns, tz } = tsArgs(a[0], 'time.clock');
    const c = civil(ns, tz);
    return [c.h, c.mi, c.s];
});
time_def('time.weekday', 1, (a) => {
    const { ns, tz } = tsArgs(a[0], 'time.weekday');
    return WEEKDAYS[civil(ns, tz).weekday];
});
const pad = (n, w = 2) => String(n).padStart(w, '0');
function offsetText(min, colon, zForUTC) {
    if (min === 0 && zForUTC)
        return 'Z';
    const sign = min < 0 ? '-' : '+';
    const m = Math.abs(min);
    return sign + pad(Math.floor(m / 60)) + (colon ? ':' : '') + pad(m % 60);
}
const LAYOUTS = {
    ANSIC: 'Mon Jan _2 15:04:05 2006',
    UnixDate: 'Mon Jan _2 15:04:05 MST 2006',
    RubyDate: 'Mon Jan 02 15:04:05 -0700 2006',
    RFC822: '02 Jan 06 15:04 MST',
    RFC822Z: '02 Jan 06 15:04 -0700',
    RFC850: 'Monday, 02-Jan-06 15:04:05 MST',
    RFC1123: 'Mon, 02 Jan 2006 15:04:05 MST',
    RFC1123Z: 'Mon, 02 Jan 2006 15:04:05 -0700',
    RFC3339: '2006-01-02T15:04:05Z07:00',
    RFC3339Nano: '2006-01-02T15:04:05.999999999Z07:00',
    Kitchen: '3:04PM',
    Stamp: 'Jan _2 15:04:05',
    DateTime: '2006-01-02 15:04:05',
    DateOnly: '2006-01-02',
    TimeOnly: '15:04:05',
};
/** Go time.Format for the common layout elements. */
function goFormat(c, layout, tzName) {
    const tokens = [
        ['January', () => MONTHS[c.mo - 1]],
        ['Monday', () => WEEKDAYS[c.weekday]],
        ['2006', () => pad(c.y, 4)],
        ['Z07:00', () => offsetText(c.offsetMin, true, true)],
        ['-07:00', () => offsetText(c.offsetMin, true, false)],
        ['Z0700', () => offsetText(c.offsetMin, false, true)],
        ['-0700', () => offsetText(c.offsetMin, false, false)],
        ['Jan', () => MONTHS[c.mo - 1].slice(0, 3)],
        ['Mon', () => WEEKDAYS[c.weekday].slice(0, 3)],
        ['MST', () => (c.offsetMin === 0 ? 'UTC' : tzName)],
        ['.999999999', () => frac(c.nanos, 9, true)],
        ['.000000000', () => frac(c.nanos, 9, false)],
        ['.999999', () => frac(c.nanos, 6, true)],
        ['.000000', () => frac(c.nanos, 6, false)],
        ['.999', () => frac(c.nanos, 3, true)],
        ['.000', () => frac(c.nanos, 3, false)],
        ['01', () => pad(c.mo)],
        ['02', () => pad(c.d)],
        ['_2', () => String(c.d).padStart(2, ' ')],
        ['15', () => pad(c.h)],
        ['03', () => pad(c.h % 12 === 0 ? 12 : c.h % 12)],
        ['04', () => pad(c.mi)],
        ['05', () => pad(c.s)],
        ['06', () => pad(c.y % 100)],
        ['PM', () => (c.h >= 12 ? 'PM' : 'AM')],
        ['3', () => String(c.h % 12 === 0 ? 12 : c.h % 12)],
        ['1', () => String(c.mo)],
        ['2', () => String(c.d)],
    ];
    let out = '';
    let i = 0;
    outer: while (i < layout.length) {
        for (const [t, f] of tokens) {
            if (layout.startsWith(t, i)) {
                out += f();
                i += t.length;
                continue outer;
            }
        }
        out += layout[i++];
    }
    return out;
}
function frac(nanos, digits, trim) {
    let s = String(nanos).padStart(9, '0').slice(0, digits);
    if (trim)
        s = s.replace(/0+$/, '');
    return s ? '.' + s : '';
}
time_def('time.format', 1, (a) => {
    const { ns, tz, layout } = tsArgs(a[0], 'time.format');
    const c = civil(ns, tz);
    const l = layout === undefined ? LAYOUTS.RFC3339Nano : (LAYOUTS[layout] ?? layout);
    return goFormat(c, l, tz);
});
function parseRFC3339(s) {
    const m = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/.exec(s);
    if (!m)
        throw new errors/* BuiltinError */.Sr(`parsing time ${JSON.stringify(s)} as "2006-01-02T15:04:05Z07:00": cannot parse`);
    const [y, mo, d, h, mi, se] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i]));
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || se > 59)
        throw new errors/* BuiltinError */.Sr(`parsing time ${JSON.stringify(s)}: value out of range`);
    let ms = Date.UTC(y, mo - 1, d, h, mi, se);
    if (y < 100) {
        const dt = new Date(ms);
        dt.setUTCFullYear(y);
        ms = dt.getTime();
    }
    if (m[9])
        ms -= (m[9] === '-' ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11])) * 60000;
    const ns = BigInt(ms) * NS + BigInt((m[7] ?? '').padEnd(9, '0') || '0');
    if (ns < MIN_NS || ns > MAX_NS)
        throw new errors/* BuiltinError */.Sr('time outside of valid range');
    return ns;
}
time_def('time.parse_rfc3339_ns', 1, (a) => (0,rego_value/* normBig */.LO)(parseRFC3339(str(a, 0))));
time_def('time.parse_ns', 2, (a) => {
    const layout = str(a, 0);
    const value = str(a, 1);
    const l = LAYOUTS[layout] ?? layout;
    if (l === LAYOUTS.RFC3339 || l === LAYOUTS.RFC3339Nano)
        return (0,rego_value/* normBig */.LO)(parseRFC3339(value));
    return (0,rego_value/* normBig */.LO)(parseLayout(l, value));
});
/** Go time.Parse for the common layout elements (a regex built from the layout). */
function parseLayout(layout, value) {
    const toks = [
        ['January', '(' + MONTHS.join('|') + ')', 'month'],
        ['Monday', '(?:' + WEEKDAYS.join('|') + ')', ''],
        ['2006', '(\\d{4})', 'year'],
        ['Z07:00', '(Z|[+-]\\d{2}:\\d{2})', 'zone'],
        ['-07:00', '([+-]\\d{2}:\\d{2})', 'zone'],
        ['Z0700', '(Z|[+-]\\d{4})', 'zone'],
        ['-0700', '([+-]\\d{4})', 'zone'],
        ['Jan', '(' + MONTHS.map((m) => m.slice(0, 3)).join('|') + ')', 'mon'],
        ['Mon', '(?:' + WEEKDAYS.map((m) => m.slice(0, 3)).join('|') + ')', ''],
        ['MST', '([A-Z]{3,4})', 'abbr'],
        ['.999999999', '(?:\\.(\\d{1,9}))?', 'frac'],
        ['.000000000', '\\.(\\d{9})', 'frac'],
        ['.999999', '(?:\\.(\\d{1,6}))?', 'frac'],
        ['.000000', '\\.(\\d{6})', 'frac'],
        ['.999', '(?:\\.(\\d{1,3}))?', 'frac'],
        ['.000', '\\.(\\d{3})', 'frac'],
        ['01', '(\\d{2})', 'mo'],
        ['02', '(\\d{2})', 'day'],
        ['_2', ' ?(\\d{1,2})', 'day'],
        ['15', '(\\d{2})', 'hour'],
        ['03', '(\\d{2})', 'hour12'],
        ['04', '(\\d{2})', 'min'],
        ['05', '(\\d{2})', 'sec'],
        ['06', '(\\d{2})', 'yy'],
        ['PM', '(AM|PM)', 'ampm'],
        ['3', '(\\d{1,2})', 'hour12'],
        ['1', '(\\d{1,2})', 'mo'],
        ['2', '(\\d{1,2})', 'day'],
    ];
    let rx = '^';
    const fields = [];
    let i = 0;
    outer: while (i < layout.length) {
        for (const [t, r, name] of toks) {
            if (layout.startsWith(t, i)) {
                rx += r;
                if (name)
                    fields.push(name);
                i += t.length;
                continue outer;
            }
        }
        rx += layout[i].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        i++;
    }
    const m = new RegExp(rx + '$').exec(value);
    if (!m)
        throw new errors/* BuiltinError */.Sr(`parsing time ${JSON.stringify(value)} as ${JSON.stringify(layout)}: cannot parse`);
    let y = 1970;
    let mo = 1;
    let d = 1;
    let h = 0;
    let mi = 0;
    let se = 0;
    let nanos = 0;
    let offMin = 0;
    let pm;
    fields.forEach((name, j) => {
        const v = m[j + 1];
        if (v === undefined)
            return;
        switch (name) {
            case 'year':
                y = Number(v);
                break;
            case 'yy':
                y = Number(v) + (Number(v) >= 69 ? 1900 : 2000);
                break;
            case 'month':
                mo = MONTHS.indexOf(v) + 1;
                break;
            case 'mon':
                mo = MONTHS.findIndex((x) => x.startsWith(v)) + 1;
                break;
            case 'mo':
                mo = Number(v);
                break;
            case 'day':
                d = Number(v);
                break;
            case 'hour':
            case 'hour12':
                h = Number(v);
                break;
            case 'min':
                mi = Number(v);
                break;
            case 'sec':
                se = Number(v);
                break;
            case 'frac':
                nanos = Number(v.padEnd(9, '0'));
                break;
            case 'ampm':
                pm = v === 'PM';
                break;
            case 'zone':
                if (v !== 'Z')
                    offMin = (v[0] === '-' ? -1 : 1) * (Number(v.slice(1, 3)) * 60 + Number(v.slice(-2)));
                break;
        }
    });
    if (pm !== undefined)
        h = (h % 12) + (pm ? 12 : 0);
    const ms = Date.UTC(y, mo - 1, d, h, mi, se) - offMin * 60000;
    const ns = BigInt(ms) * NS + BigInt(nanos);
    if (ns < MIN_NS || ns > MAX_NS)
        throw new errors/* BuiltinError */.Sr('time outside of valid range');
    return ns;
}
const UNITS = {
    ns: 1n,
    us: 1000n,
    µs: 1000n,
    μs: 1000n,
    ms: NS,
    s: 1000000000n,
    m: 60000000000n,
    h: 3600000000000n,
};
time_def('time.parse_duration_ns', 1, (a) => {
    const s = str(a, 0);
    const m = /^([+-]?)((?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+$/.exec(s);
    if (s === '0')
        return 0;
    if (!m)
        throw new errors/* BuiltinError */.Sr(`time: invalid duration ${JSON.stringify(s)}`);
    let total = 0;
    for (const part of s.replace(/^[+-]/, '').matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/g))
        total += Number(part[1]) * Number(UNITS[part[2]]);
    return (0,rego_value/* normBig */.LO)(BigInt(Math.round(total)) * (m[1] === '-' ? -1n : 1n));
});
time_def('time.add_date', 4, (a) => {
    const ns = nsArg(a[0], 'time.add_date');
    const [y, mo, d] = [1, 2, 3].map((i) => {
        const v = a[i];
        if (!(0,rego_value/* isNumber */.Et)(v))
            throw (0,errors/* operandErr */.P3)(i + 1, 'number', (0,rego_value/* typeName */.go)(v));
        return Number(v);
    });
    const ms = Number(ns / NS);
    const sub = ns % NS;
    const dt = new Date(ms);
    const r = Date.UTC(dt.getUTCFullYear() + y, dt.getUTCMonth() + mo, dt.getUTCDate() + d, dt.getUTCHours(), dt.getUTCMinutes(), dt.getUTCSeconds(), dt.getUTCMilliseconds());
    const out = BigInt(r) * NS + sub;
    if (out < MIN_NS || out > MAX_NS)
        throw new errors/* BuiltinError */.Sr('time outside of valid range');
    return (0,rego_value/* normBig */.LO)(out);
});
time_def('time.diff', 2, (a) => {
    const x = tsArgs(a[0], 'time.diff');
    const y = tsArgs(a[1], 'time.diff');
    // both in the first argument's zone (github.com/icza/gox timex.Diff, as OPA)
    let [t1, t2] = [x.ns, y.ns];
    if (t1 > t2)
        [t1, t2] = [t2, t1];
    const c1 = civil(t1, x.tz);
    const c2 = civil(t2, x.tz);
    let [yy, mo, d, h, mi, s] = [c2.y - c1.y, c2.mo - c1.mo, c2.d - c1.d, c2.h - c1.h, c2.mi - c1.mi, c2.s - c1.s];
    if (s < 0) {
        s += 60;
        mi--;
    }
    if (mi < 0) {
        mi += 60;
        h--;
    }
    if (h < 0) {
        h += 24;
        d--;
    }
    if (d < 0) {
        d += 32 - new Date(Date.UTC(c1.y, c1.mo - 1, 32)).getUTCDate();
        mo--;
    }
    if (mo < 0) {
        mo += 12;
        yy--;
    }
    return [yy, mo, d, h, mi, s];
});

;// CONCATENATED MODULE: ./src/rego/builtins/net.ts
/**
 * Networks: `net.cidr_*` (IPv4 and IPv6).
 *
 * Semantics and error wording follow OPA's topdown implementation of each builtin; each checks
 * its operands and throws {@link BuiltinError} with OPA's wording (the evaluator prefixes the name).
 */




/** The net builtins, by name. */
const NET_BUILTINS = new Map();
const net_def = definer(NET_BUILTINS);
function parseIPv4(s) {
    const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
    if (!m)
        return undefined;
    let v = 0n;
    for (let i = 1; i <= 4; i++) {
        if (m[i].length > 1 && m[i].startsWith('0'))
            return undefined;
        const n = Number(m[i]);
        if (n > 255)
            return undefined;
        v = (v << 8n) | BigInt(n);
    }
    return v;
}
function parseIPv6(s) {
    if (!/^[0-9a-fA-F:.]+$/.test(s))
        return undefined;
    let tail4;
    let t = s;
    const lastColon = s.lastIndexOf(':');
    if (s.includes('.')) {
        tail4 = parseIPv4(s.slice(lastColon + 1));
        if (tail4 === undefined)
            return undefined;
        t = s.slice(0, lastColon + 1) + '0:0';
    }
    const halves = t.split('::');
    if (halves.length > 2)
        return undefined;
    const left = halves[0] ? halves[0].split(':') : [];
    const right = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
    if (halves.length === 1 && left.length !== 8)
        return undefined;
    if (left.length + right.length > (halves.length === 2 ? 7 : 8))
        return undefined;
    const groups = [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
    let v = 0n;
    for (const g of groups) {
        if (!/^[0-9a-fA-F]{1,4}$/.test(g))
            return undefined;
        v = (v << 16n) | BigInt(parseInt(g, 16));
    }
    if (tail4 !== undefined)
        v = (v & ~0xffffffffn) | tail4;
    return v;
}
function parseIP(s) {
    const a4 = parseIPv4(s);
    if (a4 !== undefined)
        return { v6: false, addr: a4 };
    const a6 = parseIPv6(s);
    if (a6 !== undefined) {
        // IPv4-mapped IPv6 (::ffff:a.b.c.d) is treated as IPv4 by Go's net package
        if (a6 >> 32n === 0xffffn)
            return { v6: false, addr: a6 & 0xffffffffn };
        return { v6: true, addr: a6 };
    }
    return undefined;
}
function parseCidr(s, fname, strict = true) {
    const i = s.indexOf('/');
    if (i < 0)
        throw new errors/* BuiltinError */.Sr(`invalid CIDR address: ${s}`);
    const ip = parseIP(s.slice(0, i));
    const ps = s.slice(i + 1);
    const bits = ip?.v6 ? 128 : 32;
    if (!ip || !/^\d+$/.test(ps) || Number(ps) > bits)
        throw new errors/* BuiltinError */.Sr(`invalid CIDR address: ${s}`);
    void fname;
    void strict;
    return { v6: ip.v6, addr: ip.addr, bits, prefix: Number(ps) };
}
function maskOf(c) {
    const all = (1n << BigInt(c.bits)) - 1n;
    return all ^ ((1n << BigInt(c.bits - c.prefix)) - 1n);
}
function network(c) {
    return c.addr & maskOf(c);
}
/** A CIDR or a bare IP (as a /32 or /128). */
function cidrOrIP(s) {
    if (s.includes('/'))
        return parseCidr(s, '');
    const ip = parseIP(s);
    if (!ip)
        throw new errors/* BuiltinError */.Sr(`invalid CIDR address: ${s}`);
    const bits = ip.v6 ? 128 : 32;
    return { v6: ip.v6, addr: ip.addr, bits, prefix: bits };
}
function contains(outer, inner) {
    if (outer.v6 !== inner.v6)
        return false;
    if (inner.prefix < outer.prefix)
        return false;
    return (inner.addr & maskOf(outer)) === network(outer);
}
function ipText(v6, a) {
    if (!v6)
        return [24n, 16n, 8n, 0n].map((s) => String((a >> s) & 255n)).join('.');
    const groups = [];
    for (let i = 7; i >= 0; i--)
        groups.push(Number((a >> BigInt(i * 16)) & 0xffffn));
    // Go: the longest run (>= 2) of zero groups becomes ::
    let best = -1;
    let bestLen = 1;
    for (let i = 0; i < 8;) {
        if (groups[i] !== 0) {
            i++;
            continue;
        }
        let j = i;
        while (j < 8 && groups[j] === 0)
            j++;
        if (j - i > bestLen) {
            best = i;
            bestLen = j - i;
        }
        i = j;
    }
    const hex = groups.map((g) => g.toString(16));
    if (best < 0)
        return hex.join(':');
    return hex.slice(0, best).join(':') + '::' + hex.slice(best + bestLen).join(':');
}
net_def('net.cidr_contains', 2, (a) => contains(parseCidr(str(a, 0), 'net.cidr_contains'), cidrOrIP(str(a, 1))));
net_def('net.cidr_intersects', 2, (a) => {
    const x = parseCidr(str(a, 0), '');
    const y = parseCidr(str(a, 1), '');
    if (x.v6 !== y.v6)
        return false;
    return contains(x, { ...y, addr: network(y) }) || contains(y, { ...x, addr: network(x) });
});
net_def('net.cidr_is_valid', 1, (a) => {
    if (typeof a[0] !== 'string')
        return false;
    try {
        parseCidr(a[0], '');
        return true;
    }
    catch {
        return false;
    }
});
net_def('net.cidr_expand', 1, (a) => {
    const c = parseCidr(str(a, 0), '');
    const n = 1n << BigInt(c.bits - c.prefix);
    if (n > 65536n * 16n)
        throw new errors/* BuiltinError */.Sr('CIDR too large to expand');
    const out = new rego_value/* RSet */.B9();
    const base = network(c);
    for (let i = 0n; i < n; i++)
        out.add(ipText(c.v6, base + i));
    return out;
});
function cidrItems(v, pos) {
    if (typeof v === 'string')
        return [[v, v]];
    const items = Array.isArray(v)
        ? v.map((x, i) => [i, x])
        : v instanceof rego_value/* RSet */.B9
            ? v.sorted().map((x) => [x, x])
            : v instanceof rego_value/* RObject */.Cl
                ? v.sortedEntries()
                : [];
    if (!Array.isArray(v) && !(v instanceof rego_value/* RSet */.B9) && !(v instanceof rego_value/* RObject */.Cl))
        throw (0,errors/* operandErr */.P3)(pos, 'one of {string, array, set, object}', (0,rego_value/* typeName */.go)(v));
    return items.map(([k, x]) => {
        if (typeof x === 'string')
            return [k, x];
        if (Array.isArray(x) && x.length > 0 && typeof x[0] === 'string')
            return [k, x[0]];
        throw new errors/* BuiltinError */.Sr(`operand ${pos}: element must be string or non-empty array`);
    });
}
net_def('net.cidr_contains_matches', 2, (a) => {
    const cs = cidrItems(a[0], 1);
    const xs = cidrItems(a[1], 2);
    const out = new rego_value/* RSet */.B9();
    for (const [ck, c] of cs) {
        const cc = parseCidr(c, '');
        for (const [xk, x] of xs)
            if (contains(cc, cidrOrIP(x)))
                out.add([ck, xk]);
    }
    return out;
});
net_def('net.cidr_merge', 1, (a) => {
    const v = a[0];
    if (!Array.isArray(v) && !(v instanceof rego_value/* RSet */.B9))
        throw (0,errors/* operandErr */.P3)(1, 'one of {array, set}', (0,rego_value/* typeName */.go)(v));
    const items = Array.isArray(v) ? v : v.sorted();
    const nets = [];
    for (const x of items) {
        if (typeof x !== 'string')
            throw (0,errors/* operandErr */.P3)(1, 'one of {array, set} of strings', (0,rego_value/* typeName */.go)(x));
        if (x.includes('/'))
            nets.push(parseCidr(x, ''));
        else {
            const ip = parseIP(x);
            if (!ip)
                throw new errors/* BuiltinError */.Sr(`invalid CIDR address: ${x}`);
            if (ip.v6)
                throw new errors/* BuiltinError */.Sr('IPv6 invalid: needs prefix length');
            // a bare IPv4 address takes its classful default mask (Go net.IP.DefaultMask)
            const first = Number(ip.addr >> 24n);
            nets.push({ v6: false, addr: ip.addr, bits: 32, prefix: first < 128 ? 8 : first < 192 ? 16 : 24 });
        }
    }
    const out = new rego_value/* RSet */.B9();
    for (const v6 of [false, true]) {
        // merge as address ranges, then split ranges into maximal CIDR blocks
        const ranges = nets
            .filter((c) => c.v6 === v6)
            .map((c) => [network(c), network(c) + (1n << BigInt(c.bits - c.prefix)) - 1n])
            .sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
        const merged = [];
        for (const r of ranges) {
            const last = merged[merged.length - 1];
            if (last && r[0] <= last[1] + 1n) {
                if (r[1] > last[1])
                    last[1] = r[1];
            }
            else
                merged.push([r[0], r[1]]);
        }
        const bits = v6 ? 128 : 32;
        for (const [lo0, hi] of merged) {
            let lo = lo0;
            while (lo <= hi) {
                let size = 0;
                while (size < bits && (lo & ((1n << BigInt(size + 1)) - 1n)) === 0n && lo + (1n << BigInt(size + 1)) - 1n <= hi)
                    size++;
                out.add(`${ipText(v6, lo)}/${bits - size}`);
                lo += 1n << BigInt(size);
            }
        }
    }
    return out;
});

;// CONCATENATED MODULE: ./src/rego/builtins/semver.ts
/**
 * `semver.is_valid`, `semver.compare` (https://semver.org, 2.0.0).
 *
 * Semantics and error wording follow OPA's topdown implementation of each builtin; each checks
 * its operands and throws {@link BuiltinError} with OPA's wording (the evaluator prefixes the name).
 */



/** The semver builtins, by name. */
const SEMVER_BUILTINS = new Map();
const semver_def = definer(SEMVER_BUILTINS);
// ---------------- semver (https://semver.org, 2.0.0) ----------------
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
function semverCmp(x, y) {
    const a = SEMVER.exec(x);
    const b = SEMVER.exec(y);
    for (let i = 1; i <= 3; i++) {
        const d = BigInt(a[i]) - BigInt(b[i]);
        if (d !== 0n)
            return d < 0n ? -1 : 1;
    }
    const pa = a[4];
    const pb = b[4];
    if (pa === undefined && pb === undefined)
        return 0;
    if (pa === undefined)
        return 1;
    if (pb === undefined)
        return -1;
    const xa = pa.split('.');
    const xb = pb.split('.');
    for (let i = 0; i < Math.min(xa.length, xb.length); i++) {
        const na = /^\d+$/.test(xa[i]);
        const nb = /^\d+$/.test(xb[i]);
        if (na && nb) {
            const d = BigInt(xa[i]) - BigInt(xb[i]);
            if (d !== 0n)
                return d < 0n ? -1 : 1;
        }
        else if (na !== nb)
            return na ? -1 : 1;
        else if (xa[i] !== xb[i])
            return xa[i] < xb[i] ? -1 : 1;
    }
    return Math.sign(xa.length - xb.length);
}
semver_def('semver.is_valid', 1, (a) => typeof a[0] === 'string' && SEMVER.test(a[0]));
semver_def('semver.compare', 2, (a) => {
    const x = str(a, 0);
    const y = str(a, 1);
    if (!SEMVER.test(x))
        throw new errors/* BuiltinError */.Sr(`operand 1: string ${JSON.stringify(x)} is not a valid SemVer`);
    if (!SEMVER.test(y))
        throw new errors/* BuiltinError */.Sr(`operand 2: string ${JSON.stringify(y)} is not a valid SemVer`);
    return semverCmp(x, y);
});

;// CONCATENATED MODULE: ./src/rego/builtins/graph.ts
/**
 * Graphs: `walk`, `graph.reachable`, `graph.reachable_paths`.
 *
 * Semantics and error wording follow OPA's topdown implementation of each builtin; each checks
 * its operands and throws {@link BuiltinError} with OPA's wording (the evaluator prefixes the name).
 */



/** The graph builtins, by name. */
const GRAPH_BUILTINS = new Map();
const graph_def = definer(GRAPH_BUILTINS);
// ---------------- walk (a relation: one output per node) ----------------
graph_def('walk', 1, (a) => {
    const out = [];
    const go = (v, path) => {
        out.push([path, v]);
        if (Array.isArray(v))
            v.forEach((x, i) => go(x, [...path, i]));
        else if (v instanceof rego_value/* RObject */.Cl)
            for (const [k, x] of v.sortedEntries())
                go(x, [...path, k]);
        else if (v instanceof rego_value/* RSet */.B9)
            for (const x of v.sorted())
                go(x, [...path, x]);
    };
    go(a[0], []);
    return out;
}, true);
// ---------------- graph ----------------
function neighbours(g, n) {
    const e = g.get(n);
    if (e === undefined || e === null)
        return [];
    if (Array.isArray(e))
        return e;
    if (e instanceof rego_value/* RSet */.B9)
        return e.sorted();
    return [];
}
graph_def('graph.reachable', 2, (a) => {
    if (!(a[0] instanceof rego_value/* RObject */.Cl))
        throw (0,errors/* operandErr */.P3)(1, 'object', (0,rego_value/* typeName */.go)(a[0]));
    const g = a[0];
    const init = a[1];
    if (!Array.isArray(init) && !(init instanceof rego_value/* RSet */.B9))
        throw (0,errors/* operandErr */.P3)(2, 'one of {set, array}', (0,rego_value/* typeName */.go)(init));
    const seen = new rego_value/* RSet */.B9();
    const queue = [...(Array.isArray(init) ? init : init.sorted())];
    while (queue.length) {
        const n = queue.shift();
        if (seen.has(n) || !g.has(n))
            continue;
        seen.add(n);
        queue.push(...neighbours(g, n));
    }
    return seen;
});
graph_def('graph.reachable_paths', 2, (a) => {
    if (!(a[0] instanceof rego_value/* RObject */.Cl))
        throw (0,errors/* operandErr */.P3)(1, 'object', (0,rego_value/* typeName */.go)(a[0]));
    const g = a[0];
    const init = a[1];
    if (!Array.isArray(init) && !(init instanceof rego_value/* RSet */.B9))
        throw (0,errors/* operandErr */.P3)(2, 'one of {set, array}', (0,rego_value/* typeName */.go)(init));
    // as OPA's pathBuilder: depth first, a node already expanded ends the current path
    const out = new rego_value/* RSet */.B9();
    const reached = new rego_value/* RSet */.B9();
    const build = (root, path) => {
        if (!g.has(root)) {
            if (path.length)
                out.add(path);
            return;
        }
        const next = neighbours(g, root);
        const p2 = [...path, root];
        if (next.length === 0) {
            out.add(p2);
            return;
        }
        for (const n of next) {
            if (!g.has(n) || reached.has(n))
                out.add(p2);
            else {
                reached.add(root);
                build(n, p2);
            }
        }
    };
    for (const n of Array.isArray(init) ? init : init.sorted())
        build(n, []);
    return out;
});

;// CONCATENATED MODULE: ./src/rego/builtins/uuid.ts
/**
 * `uuid.rfc4122`, `uuid.parse`.
 *
 * Semantics and error wording follow OPA's topdown implementation of each builtin; each checks
 * its operands and throws {@link BuiltinError} with OPA's wording (the evaluator prefixes the name).
 */




/** The uuid builtins, by name. */
const UUID_BUILTINS = new Map();
const uuid_def = definer(UUID_BUILTINS);
// ---------------- uuid ----------------
const uuidMemo = new WeakMap();
uuid_def('uuid.rfc4122', 1, (a, ctx) => {
    const k = str(a, 0);
    let m = uuidMemo.get(ctx);
    if (!m)
        uuidMemo.set(ctx, (m = new Map()));
    if (!m.has(k))
        m.set(k, (0,external_node_crypto_.randomUUID)());
    return m.get(k);
});
uuid_def('uuid.parse', 1, (a) => {
    const s = str(a, 0)
        .toLowerCase()
        .replace(/^urn:uuid:/, '')
        .replace(/^\{(.*)\}$/, '$1');
    const hex = s.replace(/-/g, '');
    if (!/^[0-9a-f]{32}$/.test(hex) || !(s.length === 32 || /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(s)))
        return undefined;
    const version = parseInt(hex[12], 16);
    const vbits = parseInt(hex[16], 16);
    const variant = (vbits & 0x8) === 0
        ? 'Reserved, NCS backward compatibility'
        : (vbits & 0xc) === 0x8
            ? 'RFC4122'
            : (vbits & 0xe) === 0xc
                ? 'Reserved, Microsoft Corporation backward compatibility'
                : 'Reserved, reserved for future definition';
    const o = new rego_value/* RObject */.Cl();
    o.set('version', version);
    o.set('variant', variant);
    if (version === 1 || version === 2) {
        const timeHex = hex.slice(13, 16) + hex.slice(8, 12) + hex.slice(0, 8);
        const t100 = BigInt('0x' + timeHex) - 122192928000000000n;
        o.set('time', (0,rego_value/* normBig */.LO)(t100 * 100n));
        o.set('clocksequence', parseInt(hex.slice(16, 20), 16) & 0x3fff);
        o.set('nodeid', hex.slice(20).match(/../g).join('-'));
        o.set('macvariables', (parseInt(hex.slice(20, 22), 16) & 2 ? 'local' : 'global') + ':' + (parseInt(hex.slice(20, 22), 16) & 1 ? 'multicast' : 'unicast'));
        if (version === 2) {
            o.set('id', parseInt(hex.slice(0, 8), 16));
            o.set('domain', ['Person', 'Group', 'Org'][parseInt(hex.slice(18, 20), 16)] ?? 'Unknown');
        }
    }
    return o;
});

;// CONCATENATED MODULE: ./src/rego/builtins/opa.ts
/**
 * `opa.runtime`.
 *
 * Semantics and error wording follow OPA's topdown implementation of each builtin; each checks
 * its operands and throws {@link BuiltinError} with OPA's wording (the evaluator prefixes the name).
 */


/** The opa builtins, by name. */
const OPA_BUILTINS = new Map();
const opa_def = definer(OPA_BUILTINS);
// opa.runtime(): no environment or configuration is exposed to policies here (an empty object)
opa_def('opa.runtime', 0, () => new rego_value/* RObject */.Cl());

// EXTERNAL MODULE: ./src/rego/parser.ts
var parser = __webpack_require__(9280);
;// CONCATENATED MODULE: ./src/rego/builtins/rego.ts





/** The rego builtins, by name. */
const REGO_BUILTINS = new Map();
const rego_def = definer(REGO_BUILTINS);
// rego.metadata.*: replaced by constants at compile time inside rules; empty in a bare query
rego_def('rego.metadata.rule', 0, () => new rego_value/* RObject */.Cl());
rego_def('rego.metadata.chain', 0, () => []);
const v = (name) => ({ type: 'var', value: name });
/** A call's operator as OPA's ref term: `plus` -> [var plus]; `strings.replace_n` -> [var strings, string replace_n]. */
function opRef(op, opTerm) {
    if (opTerm?.t === 'ref')
        return term(opTerm);
    if (opTerm?.t === 'var')
        return { type: 'ref', value: [term(opTerm)] };
    const [head, ...rest] = op.split('.');
    return { type: 'ref', value: [v(head), ...rest.map((s) => ({ type: 'string', value: s }))] };
}
function term(t) {
    switch (t.t) {
        case 'scalar': {
            const x = t.v;
            if (x === null)
                return { type: 'null', value: null };
            if (typeof x === 'boolean')
                return { type: 'boolean', value: x };
            if (typeof x === 'string')
                return { type: 'string', value: x };
            return { type: 'number', value: x };
        }
        case 'var':
            return v(t.name);
        case 'ref':
            return { type: 'ref', value: [term(t.head), ...t.path.map(term)] };
        case 'array':
            return { type: 'array', value: t.items.map(term) };
        case 'set':
            return { type: 'set', value: t.items.map(term) };
        case 'object':
            return { type: 'object', value: t.items.map(([k, x]) => [term(k), term(x)]) };
        case 'acompr':
            return { type: 'arraycomprehension', value: { term: term(t.term), body: body(t.body) } };
        case 'scompr':
            return { type: 'setcomprehension', value: { term: term(t.term), body: body(t.body) } };
        case 'ocompr':
            return { type: 'objectcomprehension', value: { key: term(t.key), value: term(t.value), body: body(t.body) } };
        case 'call':
            return { type: 'call', value: [opRef(t.op, t.opTerm), ...t.args.map(term)] };
    }
}
function expr(e, index) {
    const b = e.body;
    let terms;
    switch (b.k) {
        case 'term':
            terms = term(b.term);
            break;
        case 'call':
            terms = [opRef(b.op, b.opTerm), ...b.args.map(term)];
            break;
        case 'some':
            terms = { symbols: b.vars.map(term) };
            break;
        case 'somein': {
            const args = [...(b.key ? [b.key] : []), b.value, b.coll].map(term);
            terms = { symbols: [{ type: 'call', value: [opRef(b.key ? 'internal.member_3' : 'internal.member_2'), ...args] }] };
            break;
        }
        case 'every':
            terms = { key: b.key ? term(b.key) : null, value: term(b.value), domain: term(b.domain), body: body(b.body) };
            break;
    }
    const out = {};
    if (e.withs.length)
        out.with = e.withs.map((w) => ({ target: term(w.target), value: term(w.value) }));
    out.terms = terms;
    out.index = index;
    if (e.generated)
        out.generated = true;
    if (e.negated)
        out.negated = true;
    return out;
}
/** A body; OPA gives a rule without one the body `true`. */
const body = (es) => (es.length ? es.map(expr) : [{ terms: { type: 'boolean', value: true }, index: 0 }]);
function rule(r) {
    const h = r.head;
    const head = {};
    if (h.ref.length === 1 && h.ref[0].t === 'var')
        head.name = h.ref[0].name;
    if (h.args?.length)
        head.args = h.args.map(term);
    if (h.key)
        head.key = term(h.key);
    if (h.value)
        head.value = term(h.value);
    else if (!h.key)
        head.value = { type: 'boolean', value: true };
    if (h.assign)
        head.assign = true;
    head.ref = h.ref.map(term);
    const out = {};
    if (r.isDefault)
        out.default = true;
    out.head = head;
    out.body = body(r.body);
    if (r.elseRule)
        out.else = rule(r.elseRule);
    return out;
}
/** OPA's JSON of a module (no locations, comments or annotations, as OPA's default marshalling). */
function moduleJSON(m) {
    const out = { package: { path: [v('data'), ...m.pkg.map((s) => ({ type: 'string', value: s }))] } };
    if (m.imports.length)
        out.imports = m.imports.map((i) => ({ path: term(i.path), ...(i.alias ? { alias: i.alias } : {}) }));
    if (m.rules.length)
        out.rules = m.rules.map(rule);
    return out;
}
/**
 * `rego.parse_module(filename, text)`: the module's AST as OPA's `json.Marshal` of `ast.Module`
 * (v1 syntax, as OPA 1.x's ast.ParseModule). A parse error is an eval_builtin_error with OPA's
 * `ast.Errors` text (`1 error occurred: x.rego:1: rego_parse_error: ...`).
 */
rego_def('rego.parse_module', 2, (a) => {
    const file = str(a, 0);
    const text = str(a, 1);
    let m;
    try {
        m = (0,parser/* parseModule */.Y$)(file, text);
    }
    catch (e) {
        if (!(e instanceof errors/* RegoErrors */.di))
            throw e;
        const texts = e.errors.map(errors/* formatRegoError */.f1);
        throw new errors/* BuiltinError */.Sr(texts.length === 1 ? `1 error occurred: ${texts[0]}` : `${texts.length} errors occurred:\n${texts.join('\n')}`);
    }
    return (0,rego_value/* fromJSONValue */.iK)(moduleJSON(m));
});

;// CONCATENATED MODULE: ./src/rego/builtins/jwt.ts
/**
 * JSON Web Tokens: `io.jwt.decode`, `io.jwt.verify_*`, `io.jwt.decode_verify`, `io.jwt.encode_sign[_raw]`.
 *
 * Semantics and error wording follow OPA's topdown implementation of each builtin; each checks
 * its operands and throws {@link BuiltinError} with OPA's wording (the evaluator prefixes the name).
 */







/** The jwt builtins, by name. */
const JWT_BUILTINS = new Map();
const jwt_def = definer(JWT_BUILTINS);
/** Go base64.RawURLEncoding decode (strict, no padding); error text as Go's. */
function b64urlDecode(s, what) {
    const bad = s.search(/[^A-Za-z0-9_-]/);
    if (bad >= 0)
        throw new errors/* BuiltinError */.Sr(`JWT ${what} had invalid encoding: illegal base64 data at input byte ${bad}`);
    if (s.length % 4 === 1)
        throw new errors/* BuiltinError */.Sr(`JWT ${what} had invalid encoding: illegal base64 data at input byte ${s.length - 1}`);
    return Buffer.from(s, 'base64url');
}
function decodeToken(token) {
    if (!token.includes('.'))
        throw new errors/* BuiltinError */.Sr('encoded JWT had no period separators');
    const parts = token.split('.');
    if (parts.length === 5)
        throw new errors/* BuiltinError */.Sr('JWT is a JWE object, which is not supported');
    if (parts.length !== 3)
        throw new errors/* BuiltinError */.Sr(`encoded JWT must have 3 sections, found ${parts.length}`);
    const hb = b64urlDecode(parts[0], 'header');
    let header;
    try {
        header = (0,jsonexact/* parseJSONExact */.v5)(hb.toString('utf8'));
    }
    catch {
        throw new errors/* BuiltinError */.Sr('JWT header had invalid encoding: not JSON');
    }
    if (!(header instanceof rego_value/* RObject */.Cl))
        throw new errors/* BuiltinError */.Sr('JWT header had invalid encoding: not an object');
    if (header.has('enc'))
        throw new errors/* BuiltinError */.Sr('JWT is a JWE object, which is not supported');
    const pb = b64urlDecode(parts[1], 'payload');
    const sig = b64urlDecode(parts[2], 'signature');
    let payload;
    const cty = header.get('cty');
    if (typeof cty === 'string' && cty.toUpperCase() === 'JWT') {
        // nested JWT: the payload is itself a token (its text may be quoted)
        let inner = pb.toString('utf8');
        if (inner.startsWith('"')) {
            try {
                inner = JSON.parse(inner);
            }
            catch {
                /* keep as is */
            }
        }
        return decodeToken(inner);
    }
    try {
        payload = (0,jsonexact/* parseJSONExact */.v5)(pb.toString('utf8'));
    }
    catch {
        throw new errors/* BuiltinError */.Sr('type is JWT but payload is not JSON');
    }
    return { header, payload, headerObj: header, sig, signingInput: parts[0] + '.' + parts[1] };
}
jwt_def('io.jwt.decode', 1, (a) => {
    const d = decodeToken(str(a, 0));
    return [d.header, d.payload, d.sig.toString('hex')];
});
/** Public keys from a PEM certificate, PEM public key, JWK or JWKS string. */
function publicKeys(material) {
    const t = material.trim();
    if (t.startsWith('-----BEGIN CERTIFICATE-----')) {
        const blocks = t.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
        const rest = t.replace(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g, '').trim();
        if (rest)
            throw new errors/* BuiltinError */.Sr('extra data after a PEM certificate block');
        return blocks.map((b) => {
            let cert;
            try {
                cert = new external_node_crypto_.X509Certificate(b);
            }
            catch {
                throw new errors/* BuiltinError */.Sr('failed to parse a PEM certificate');
            }
            try {
                return cert.publicKey;
            }
            catch {
                throw new errors/* BuiltinError */.Sr('failed to extract a Key from the PEM certificate');
            }
        });
    }
    if (t.startsWith('-----BEGIN')) {
        try {
            return [(0,external_node_crypto_.createPublicKey)(t)];
        }
        catch {
            // a PEM block that is neither a certificate nor a public key (OPA's getKeyFromCertOrJWK)
            throw new errors/* BuiltinError */.Sr('failed to extract a Key from the PEM certificate');
        }
    }
    let jwk;
    try {
        jwk = JSON.parse(t);
    }
    catch {
        throw new errors/* BuiltinError */.Sr('failed to parse a JWK key (set)');
    }
    const keys = jwk.keys ?? [jwk];
    try {
        return keys.map((k) => (0,external_node_crypto_.createPublicKey)({ key: k, format: 'jwk' }));
    }
    catch {
        throw new errors/* BuiltinError */.Sr('failed to parse a JWK key (set)');
    }
}
const HASH = { '256': 'sha256', '384': 'sha384', '512': 'sha512' };
function verifyWith(alg, d, keyMaterial) {
    const data = Buffer.from(d.signingInput, 'ascii');
    const fam = alg.slice(0, 2);
    const bits = alg.slice(2);
    if (fam === 'HS') {
        const mac = (0,external_node_crypto_.createHmac)(HASH[bits], Buffer.from(keyMaterial, 'utf8')).update(data).digest();
        return mac.length === d.sig.length && (0,external_node_crypto_.timingSafeEqual)(mac, d.sig);
    }
    const keys = publicKeys(keyMaterial);
    for (const key of keys) {
        try {
            let ok = false;
            if (alg === 'EdDSA')
                ok = (0,external_node_crypto_.verify)(null, data, key, d.sig);
            else if (fam === 'RS')
                ok = (0,external_node_crypto_.verify)(HASH[bits], data, { key, padding: external_node_crypto_.constants.RSA_PKCS1_PADDING }, d.sig);
            else if (fam === 'PS')
                ok = (0,external_node_crypto_.verify)(HASH[bits], data, { key, padding: external_node_crypto_.constants.RSA_PKCS1_PSS_PADDING, saltLength: external_node_crypto_.constants.RSA_PSS_SALTLEN_AUTO }, d.sig);
            else if (fam === 'ES')
                ok = (0,external_node_crypto_.verify)(HASH[bits], data, { key, dsaEncoding: 'ieee-p1363' }, d.sig);
            if (ok)
                return true;
        }
        catch {
            /* wrong key type for this algorithm: not verified */
        }
    }
    return false;
}
for (const alg of ['HS256', 'HS384', 'HS512', 'RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512']) {
    jwt_def(`io.jwt.verify_${alg.toLowerCase()}`, 2, (a) => {
        const token = str(a, 0);
        const key = str(a, 1);
        return verifyWith(alg, decodeToken(token), key);
    });
}
jwt_def('io.jwt.verify_eddsa', 2, (a) => verifyWith('EdDSA', decodeToken(str(a, 0)), str(a, 1)));
const ALGS = new Set(['HS256', 'HS384', 'HS512', 'RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA']);
jwt_def('io.jwt.decode_verify', 2, (a, ctx) => {
    const token = str(a, 0);
    const c = a[1];
    if (!(c instanceof rego_value/* RObject */.Cl))
        throw (0,errors/* operandErr */.P3)(2, 'object', (0,rego_value/* typeName */.go)(c));
    const invalid = [false, new rego_value/* RObject */.Cl(), new rego_value/* RObject */.Cl()];
    let cert;
    let secret;
    let wantAlg;
    let iss;
    let aud;
    let time;
    for (const [k, v] of c.entries()) {
        switch (k) {
            case 'cert':
                if (typeof v !== 'string')
                    throw new errors/* BuiltinError */.Sr('cert constraint must be a string');
                cert = v;
                break;
            case 'secret':
                if (typeof v !== 'string')
                    throw new errors/* BuiltinError */.Sr('secret constraint must be a string');
                secret = v;
                break;
            case 'alg':
                if (typeof v !== 'string')
                    throw new errors/* BuiltinError */.Sr('alg constraint must be a string');
                wantAlg = v;
                break;
            case 'iss':
                if (typeof v !== 'string')
                    throw new errors/* BuiltinError */.Sr('iss constraint must be a string');
                iss = v;
                break;
            case 'aud':
                if (typeof v !== 'string')
                    throw new errors/* BuiltinError */.Sr('aud constraint must be a string');
                aud = v;
                break;
            case 'time':
                if (!(0,rego_value/* isNumber */.Et)(v))
                    throw new errors/* BuiltinError */.Sr('time constraint must be a number');
                time = v;
                break;
            default:
                throw new errors/* BuiltinError */.Sr(`unknown token validation constraint: ${String(k)}`);
        }
    }
    if (cert === undefined && secret === undefined)
        throw new errors/* BuiltinError */.Sr('no key material provided');
    const d = decodeToken(token);
    const alg = d.headerObj.get('alg');
    if (typeof alg !== 'string' || !ALGS.has(alg))
        return invalid;
    // RFC 7515 4.1.11: unknown critical header parameters make the token invalid
    if (d.headerObj.has('crit'))
        return invalid;
    if (wantAlg !== undefined && wantAlg !== alg)
        return invalid;
    const material = alg.startsWith('HS') ? secret : cert;
    if (material === undefined || !verifyWith(alg, d, material))
        return invalid;
    const p = d.payload;
    if (!(p instanceof rego_value/* RObject */.Cl))
        return invalid;
    const nowNs = time !== undefined ? toFloat(time) : Number(ctx.nowNs);
    const exp = p.get('exp');
    if (exp !== undefined) {
        if (!(0,rego_value/* isNumber */.Et)(exp))
            throw new errors/* BuiltinError */.Sr('exp value must be a number');
        if (nowNs >= toFloat(exp) * 1e9)
            return invalid;
    }
    const nbf = p.get('nbf');
    if (nbf !== undefined) {
        if (!(0,rego_value/* isNumber */.Et)(nbf))
            throw new errors/* BuiltinError */.Sr('nbf value must be a number');
        if (nowNs < toFloat(nbf) * 1e9)
            return invalid;
    }
    if (iss !== undefined && p.get('iss') !== iss)
        return invalid;
    const tokAud = p.get('aud');
    if (tokAud !== undefined) {
        if (aud === undefined)
            return invalid;
        const list = typeof tokAud === 'string' ? [tokAud] : Array.isArray(tokAud) ? tokAud : [];
        if (!list.includes(aud))
            return invalid;
    }
    else if (aud !== undefined)
        return invalid;
    return [true, d.header, d.payload];
});
function signWith(alg, signingInput, jwk) {
    const data = Buffer.from(signingInput, 'ascii');
    const fam = alg.slice(0, 2);
    const bits = alg.slice(2);
    if (fam === 'HS') {
        if (typeof jwk.k !== 'string')
            throw new errors/* BuiltinError */.Sr('HMAC key (k) missing from JWK');
        return (0,external_node_crypto_.createHmac)(HASH[bits], Buffer.from(jwk.k, 'base64url')).update(data).digest();
    }
    let key;
    try {
        key = (0,external_node_crypto_.createPrivateKey)({ key: jwk, format: 'jwk' });
    }
    catch {
        throw new errors/* BuiltinError */.Sr('failed to parse a JWK private key');
    }
    if (alg === 'EdDSA')
        return (0,external_node_crypto_.sign)(null, data, key);
    if (fam === 'RS')
        return (0,external_node_crypto_.sign)(HASH[bits], data, { key, padding: external_node_crypto_.constants.RSA_PKCS1_PADDING });
    if (fam === 'PS')
        return (0,external_node_crypto_.sign)(HASH[bits], data, { key, padding: external_node_crypto_.constants.RSA_PKCS1_PSS_PADDING, saltLength: external_node_crypto_.constants.RSA_PSS_SALTLEN_DIGEST });
    if (fam === 'ES')
        return (0,external_node_crypto_.sign)(HASH[bits], data, { key, dsaEncoding: 'ieee-p1363' });
    throw new errors/* BuiltinError */.Sr(`unknown JWS algorithm: ${alg}`);
}
function encodeSign(headerText, payloadText, keyText) {
    let header;
    try {
        header = JSON.parse(headerText);
    }
    catch {
        if (headerText === '')
            throw new errors/* BuiltinError */.Sr("missing or invalid 'alg' header: cannot parse JSON: cannot parse empty string");
        // OPA's header reader (jwx jwsbb) reports text that is not an object as lacking "alg"
        if (!headerText.trimStart().startsWith('{'))
            throw new errors/* BuiltinError */.Sr(`missing or invalid 'alg' header: jwsbb: header "alg" not found`);
        throw new errors/* BuiltinError */.Sr("missing or invalid 'alg' header: cannot parse JSON");
    }
    const alg = header?.alg;
    if (typeof alg !== 'string')
        throw new errors/* BuiltinError */.Sr(`missing or invalid 'alg' header: jwsbb: header "alg" not found`);
    if (!ALGS.has(alg))
        throw new errors/* BuiltinError */.Sr(`unknown JWS algorithm: ${alg}`);
    if (header.typ === 'JWT') {
        try {
            JSON.parse(payloadText);
        }
        catch {
            throw new errors/* BuiltinError */.Sr('type is JWT but payload is not JSON');
        }
    }
    let jwk;
    try {
        jwk = JSON.parse(keyText);
    }
    catch {
        throw new errors/* BuiltinError */.Sr('failed to parse a JWK key');
    }
    const signingInput = Buffer.from(headerText, 'utf8').toString('base64url') + '.' + Buffer.from(payloadText, 'utf8').toString('base64url');
    return signingInput + '.' + signWith(alg, signingInput, jwk).toString('base64url');
}
jwt_def('io.jwt.encode_sign_raw', 3, (a) => encodeSign(str(a, 0), str(a, 1), str(a, 2)));
jwt_def('io.jwt.encode_sign', 3, (a) => {
    for (let i = 0; i < 3; i++)
        if (!(a[i] instanceof rego_value/* RObject */.Cl))
            throw (0,errors/* operandErr */.P3)(i + 1, 'object', (0,rego_value/* typeName */.go)(a[i]));
    return encodeSign((0,jsonexact/* goJSON */.NU)(a[0]), (0,jsonexact/* goJSON */.NU)(a[1]), JSON.stringify((0,rego_value/* toJSONValue */.Hw)(a[2])));
});
void rego_value/* fromJSONValue */.iK;

;// CONCATENATED MODULE: ./src/rego/builtins/internal.ts
/**
 * Language support: template strings, `print`, the `in` operator.
 *
 * Semantics and error wording follow OPA's topdown implementation of each builtin; each checks
 * its operands and throws {@link BuiltinError} with OPA's wording (the evaluator prefixes the name).
 */




/** The internal builtins, by name. */
const INTERNAL_BUILTINS = new Map();
const internal_def = definer(INTERNAL_BUILTINS);
// ---------- template strings ($"...{expr}...") ----------
internal_def('internal.template_string', 1, (a) => {
    let out = '';
    for (const p of arr(a, 0)) {
        if (typeof p === 'string')
            out += p;
        else if (p instanceof rego_value/* RSet */.B9) {
            if (p.size === 0)
                out += '<undefined>';
            else if (p.size > 1)
                throw new errors/* BuiltinError */.Sr('template-strings must not produce multiple outputs');
            else
                out += printText([...p.values()][0]);
        }
        else
            out += printText(p);
    }
    return out;
});
// ---------- print ----------
internal_def('print', -1, () => true);
internal_def('internal.print', 1, () => true);
// ---------- membership (the `in` operator) ----------
internal_def('internal.member_2', 2, ([x, c]) => {
    if (Array.isArray(c))
        return c.some((e) => (0,rego_value/* equal */.LC)(e, x));
    if (c instanceof rego_value/* RSet */.B9)
        return c.has(x);
    if (c instanceof rego_value/* RObject */.Cl)
        return [...c.entries()].some(([, v]) => (0,rego_value/* equal */.LC)(v, x));
    return false;
});
internal_def('internal.member_3', 3, ([k, x, c]) => {
    if (Array.isArray(c)) {
        if (typeof k !== 'number' || !Number.isInteger(k))
            return false;
        return k >= 0 && k < c.length && (0,rego_value/* equal */.LC)(c[k], x);
    }
    if (c instanceof rego_value/* RObject */.Cl) {
        const v = c.get(k);
        return v !== undefined && (0,rego_value/* equal */.LC)(v, x);
    }
    if (c instanceof rego_value/* RSet */.B9)
        return c.has(x) && (0,rego_value/* equal */.LC)(k, x);
    return false;
});
/** For `print`: a value as print shows it (strings raw, others as Rego text). */
function printText(v) {
    return typeof v === 'string' ? v : (0,rego_value/* stringifyValue */.ng)(v);
}

;// CONCATENATED MODULE: ./src/rego/builtins/deprecated.ts
/**
 * Builtins OPA deprecated and removed from Rego v1: `all`, `any`, `cast_array`, `cast_set`,
 * `cast_boolean`, `cast_null`, `cast_object`, `cast_string`, `net.cidr_overlap`, `re_match`,
 * `set_diff`. They exist for Rego v0 modules only (`--v0-compatible`); in a v1 module the
 * compiler reports them as undefined functions, as OPA's v1 capabilities leave them out.
 * Semantics follow OPA's topdown (aggregates.go, casts.go, cidr.go, regex.go, sets.go).
 */






/** The deprecated (v0-only) builtins, by name. */
const DEPRECATED_BUILTINS = new Map();
const deprecated_def = definer(DEPRECATED_BUILTINS);
function collection(v) {
    if (Array.isArray(v))
        return v;
    if (v instanceof rego_value/* RSet */.B9)
        return v.sorted();
    throw (0,errors/* operandErr */.P3)(1, 'one of {array, set}', (0,rego_value/* typeName */.go)(v));
}
// all(xs) / any(xs): whether every / some member is `true`
deprecated_def('all', 1, (a) => collection(a[0]).every((x) => x === true));
deprecated_def('any', 1, (a) => collection(a[0]).some((x) => x === true));
deprecated_def('cast_array', 1, (a) => collection(a[0]));
deprecated_def('cast_set', 1, (a) => rego_value/* RSet */.B9.from(collection(a[0])));
const cast = (want, ok) => (a) => {
    if (!ok(a[0]))
        throw (0,errors/* operandErr */.P3)(1, want, (0,rego_value/* typeName */.go)(a[0]));
    return a[0];
};
deprecated_def('cast_boolean', 1, cast('boolean', (v) => typeof v === 'boolean'));
deprecated_def('cast_null', 1, cast('null', (v) => v === null));
deprecated_def('cast_object', 1, cast('object', (v) => v instanceof rego_value/* RObject */.Cl));
deprecated_def('cast_string', 1, cast('string', (v) => typeof v === 'string'));
// the former names of net.cidr_contains, regex.match and set difference (`-` on sets)
deprecated_def('net.cidr_overlap', 2, NET_BUILTINS.get('net.cidr_contains').fn);
deprecated_def('re_match', 2, REGEX_BUILTINS.get('regex.match').fn);
deprecated_def('set_diff', 2, (a, ctx) => {
    if (!(a[0] instanceof rego_value/* RSet */.B9))
        throw (0,errors/* operandErr */.P3)(1, 'set', (0,rego_value/* typeName */.go)(a[0]));
    if (!(a[1] instanceof rego_value/* RSet */.B9))
        throw (0,errors/* operandErr */.P3)(2, 'set', (0,rego_value/* typeName */.go)(a[1]));
    return NUMBERS_BUILTINS.get('minus').fn(a, ctx);
});
/** Names of the deprecated builtins (available to Rego v0 modules only). */
const DEPRECATED_NAMES = new Set(DEPRECATED_BUILTINS.keys());

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./src/rego/builtins/http.ts
/**
 * `http.send` and `net.lookup_ip_addr`: OPA's network-bound builtins. A policy gate must not
 * depend on the network, so this engine never performs the request: the request object is checked
 * as OPA's topdown/http.go does (allowed and required keys, with OPA's eval_type_error wording), then
 * the call stops the evaluation with an `eval_builtin_error` (even without strict builtin errors), so
 * an undefined result can never let a gate pass (`net.lookup_ip_addr` of an IP literal answers it). With `raise_error: false` it returns OPA's error
 * response instead (`status_code` 0 and `error.code` `eval_http_send_network_error`). Policies
 * test these calls with `with http.send as <mock>`, which replaces the builtin before it runs.
 */





/** The network builtins, by name. */
const HTTP_BUILTINS = new Map();
const http_def = definer(HTTP_BUILTINS);
// topdown/http.go allowedKeyNames and requiredKeys
const ALLOWED = new Set([
    'method',
    'url',
    'body',
    'enable_redirect',
    'force_json_decode',
    'force_yaml_decode',
    'headers',
    'raw_body',
    'tls_use_system_certs',
    'tls_ca_cert',
    'tls_ca_cert_file',
    'tls_ca_cert_env_variable',
    'tls_client_cert',
    'tls_client_cert_file',
    'tls_client_cert_env_variable',
    'tls_client_key',
    'tls_client_key_file',
    'tls_client_key_env_variable',
    'tls_insecure_skip_verify',
    'tls_server_name',
    'timeout',
    'cache',
    'force_cache',
    'force_cache_duration_seconds',
    'raise_error',
    'caching_mode',
    'max_retry_attempts',
    'cache_ignored_headers',
]);
const REQUIRED = ['method', 'url'];
const NO_NETWORK = 'network access is disabled in this engine (use `with http.send as ...` to supply a response)';
/**
 * OPA's validateHTTPRequestOperand (topdown/http.go): `req` is an object whose keys are all allowed
 * request parameters and that has `method` and `url`; otherwise throws OPA's eval_type_error at
 * operand `pos`. Shared by `http.send` and `providers.aws.sign_req`.
 */
function checkHttpRequest(req, pos) {
    if (!(req instanceof rego_value/* RObject */.Cl))
        throw (0,errors/* operandErr */.P3)(pos, 'object', (0,rego_value/* typeName */.go)(req));
    const keys = [...req.keys()];
    const invalid = rego_value/* RSet */.B9.from(keys.filter((k) => typeof k !== 'string' || !ALLOWED.has(k)));
    if (invalid.size)
        throw new errors/* BuiltinError */.Sr(`operand ${pos} invalid request parameters(s): ${(0,rego_value/* stringifyValue */.ng)(invalid)}`, 'eval_type_error');
    const missing = rego_value/* RSet */.B9.from(REQUIRED.filter((k) => !req.has(k)));
    if (missing.size)
        throw new errors/* BuiltinError */.Sr(`operand ${pos} missing required request parameters(s): ${(0,rego_value/* stringifyValue */.ng)(missing)}`, 'eval_type_error');
}
http_def('http.send', 1, (a) => {
    const req = a[0];
    checkHttpRequest(req, 1);
    if (req.get('raise_error') === false) {
        const error = rego_value/* RObject */.Cl.from([
            ['code', 'eval_http_send_network_error'],
            ['message', NO_NETWORK],
        ]);
        return rego_value/* RObject */.Cl.from([
            ['status_code', 0],
            ['error', error],
        ]);
    }
    throw new errors/* BuiltinError */.Sr(NO_NETWORK, 'eval_builtin_error', true);
});
http_def('net.lookup_ip_addr', 1, (a) => {
    const name = str(a, 0);
    // an IP address literal resolves to itself without a lookup (Go's net.Resolver.LookupIPAddr)
    if ((0,external_node_net_.isIPv4)(name))
        return rego_value/* RSet */.B9.from([name]);
    if ((0,external_node_net_.isIPv6)(name))
        return rego_value/* RSet */.B9.from([new URL(`http://[${name}]`).hostname.slice(1, -1)]);
    throw new errors/* BuiltinError */.Sr('DNS lookups are disabled in this engine (use `with net.lookup_ip_addr as ...`)', 'eval_builtin_error', true);
});

;// CONCATENATED MODULE: ./src/rego/builtins/providers.ts
/**
 * `providers.aws.sign_req(request, aws_config, time_ns)`: AWS Signature Version 4 over an
 * `http.send`-shaped request object, as OPA computes it (topdown/providers.go and
 * internal/providers/aws/signing_v4.go, `SignV4`), so a policy gets OPA's exact headers:
 * the signature follows the AWS SigV4 text
 * (https://docs.aws.amazon.com/general/latest/gr/sigv4_signing.html) with OPA's own choices kept:
 * the method is signed as given (`get`, not upper-cased), the path is Go's `URL.EscapedPath()`
 * (empty for `http://example.com`, not `/`), the query is Go's raw query (not re-sorted),
 * `x-amz-content-sha256` is added only for the `s3` and `glacier` services, a request header
 * overrides the computed value of the same lower-cased name in the canonical request (but not in the
 * output), `authorization`, `user-agent` and `x-amzn-trace-id` are never signed, and
 * `disable_payload_signing: true` signs `UNSIGNED-PAYLOAD`. The body is `raw_body` when present,
 * else Go's `json.Marshal` of `body`, else empty. HMAC-SHA-256 and SHA-256 come from node:crypto.
 *
 * The result is the request object with `headers` replaced by the request's headers (values that
 * are not strings become `""`, as OPA's objectToMap), `Authorization`, `host`, `x-amz-date`, and
 * when set `x-amz-content-sha256` and `x-amz-security-token`.
 */






/** The providers builtins, by name. */
const PROVIDERS_BUILTINS = new Map();
const providers_def = definer(PROVIDERS_BUILTINS);
// topdown/providers.go awsRequiredConfigKeyNames
const REQUIRED_CONFIG = ['aws_service', 'aws_access_key', 'aws_secret_access_key', 'aws_region'];
// internal/providers/aws/signing_v4.go awsSigv4IgnoredHeaders
const IGNORED_HEADERS = new Set(['authorization', 'user-agent', 'x-amzn-trace-id']);
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const strOf = (v) => (typeof v === 'string' ? v : '');
const sha256Hex = (b) => (0,external_node_crypto_.createHash)('sha256').update(b).digest('hex');
const hmac = (key, msg) => (0,external_node_crypto_.createHmac)('sha256', key).update(msg, 'utf8').digest();
/** The parts of Go's `url.Parse` the signer reads: `Host`, `EscapedPath()`, `RawQuery`. Throws BuiltinError as Go's parse errors. */
function goURLParts(raw) {
    const fail = (why) => {
        throw new errors/* BuiltinError */.Sr(`parse ${JSON.stringify(raw)}: ${why}`);
    };
    for (let i = 0; i < raw.length; i++) {
        const c = raw.charCodeAt(i);
        if (c < 0x20 || c === 0x7f)
            fail('net/url: invalid control character in URL');
    }
    let rest = raw;
    const hash = rest.indexOf('#');
    if (hash >= 0)
        rest = rest.slice(0, hash);
    // scheme (Go's getScheme): letters first, then letters, digits, + - .
    const sm = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(rest);
    if (sm)
        rest = rest.slice(sm[0].length);
    else if (/^[0-9+.-][A-Za-z0-9+.-]*:/.test(rest) || rest.startsWith(':'))
        fail('missing protocol scheme');
    let rawQuery = '';
    const q = rest.indexOf('?');
    if (q >= 0) {
        rawQuery = rest.slice(q + 1);
        rest = rest.slice(0, q);
    }
    let host = '';
    // with a scheme and no leading slash the rest is opaque (Go's URL.Opaque): no host, empty path
    if (sm && !rest.startsWith('/'))
        return { host, escapedPath: '', rawQuery };
    if (rest.startsWith('//')) {
        const a = rest.slice(2);
        const slash = a.indexOf('/');
        const authority = slash >= 0 ? a.slice(0, slash) : a;
        rest = slash >= 0 ? a.slice(slash) : '';
        const at = authority.lastIndexOf('@');
        host = unescapeHost(at >= 0 ? authority.slice(at + 1) : authority, fail);
    }
    const path = providers_unescape(rest, fail);
    return { host, escapedPath: validEncoded(rest) && providers_unescape(rest, fail) === path ? rest : escapePath(path), rawQuery };
}
const HEX = '0123456789ABCDEFabcdef';
function providers_unescape(s, fail) {
    if (!s.includes('%'))
        return s;
    const bytes = [];
    const enc = Buffer.from(s, 'utf8');
    for (let i = 0; i < enc.length; i++) {
        if (enc[i] === 0x25) {
            const h = String.fromCharCode(enc[i + 1] ?? 0, enc[i + 2] ?? 0);
            if (h.length < 2 || !HEX.includes(h[0]) || !HEX.includes(h[1]) || i + 2 >= enc.length) {
                fail(`invalid URL escape ${JSON.stringify(String.fromCharCode(...enc.subarray(i, i + 3)))}`);
            }
            bytes.push(parseInt(h, 16));
            i += 2;
        }
        else
            bytes.push(enc[i]);
    }
    return Buffer.from(bytes).toString('utf8');
}
function unescapeHost(h, fail) {
    // Go keeps the host as written apart from percent-decoding (allowed only in zone ids and reg-names)
    return h.includes('%') ? providers_unescape(h, fail) : h;
}
// Go's shouldEscape(c, encodePath) is false for unreserved characters and $&+,/:;=@
const PATH_SAFE = /^[A-Za-z0-9\-_.~$&+,/:;=@]$/;
function escapePath(p) {
    let out = '';
    for (const b of Buffer.from(p, 'utf8')) {
        const ch = String.fromCharCode(b);
        out += b < 0x80 && PATH_SAFE.test(ch) ? ch : '%' + b.toString(16).toUpperCase().padStart(2, '0');
    }
    return out;
}
// Go's validEncoded(s, encodePath)
function validEncoded(s) {
    for (const ch of s) {
        if ("!$&'()*+,;=:@[]%".includes(ch))
            continue;
        if (ch.length === 1 && ch.charCodeAt(0) < 0x80 && PATH_SAFE.test(ch))
            continue;
        return false;
    }
    return true;
}
/** Go's `time.Time.Format` of a UTC instant as `20060102` and `20060102T150405Z`. */
function sigTimes(ns) {
    const ms = ns / 1000000n - (ns % 1000000n < 0n ? 1n : 0n);
    const d = new Date(Number(ms));
    const y = d.getUTCFullYear();
    const p = (n, w = 2) => String(n).padStart(w, '0');
    const year = y < 0 ? '-' + p(-y, 3) : p(y, 4);
    const date = `${year}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}`;
    return { date, stamp: `${date}T${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z` };
}
providers_def('providers.aws.sign_req', 3, (a) => {
    const [req, cfg, ts] = a;
    // OPA reports both object checks at position 1 (builtins.ObjectOperand(operands[i], 1))
    if (!(req instanceof rego_value/* RObject */.Cl))
        throw (0,errors/* operandErr */.P3)(1, 'object', (0,rego_value/* typeName */.go)(req));
    if (!(cfg instanceof rego_value/* RObject */.Cl))
        throw (0,errors/* operandErr */.P3)(1, 'object', (0,rego_value/* typeName */.go)(cfg));
    const missing = rego_value/* RSet */.B9.from(REQUIRED_CONFIG.filter((k) => !cfg.has(k)));
    if (missing.size) {
        throw new errors/* BuiltinError */.Sr(`operand 2 missing required AWS config parameters(s): ${(0,rego_value/* stringifyValue */.ng)(missing)}`, 'eval_type_error');
    }
    const invalid = rego_value/* RSet */.B9.from(REQUIRED_CONFIG.filter((k) => typeof cfg.get(k) !== 'string'));
    if (invalid.size) {
        throw new errors/* BuiltinError */.Sr(`operand 2 invalid values for required AWS config parameters(s): ${(0,rego_value/* stringifyValue */.ng)(invalid)}`, 'eval_type_error');
    }
    const service = cfg.get('aws_service');
    const accessKey = cfg.get('aws_access_key');
    const secretKey = cfg.get('aws_secret_access_key');
    const region = cfg.get('aws_region');
    const sessionToken = strOf(cfg.get('aws_session_token'));
    if (!(0,rego_value/* isNumber */.Et)(ts))
        throw (0,errors/* operandErr */.P3)(1, 'number', (0,rego_value/* typeName */.go)(ts));
    // ast.Number.Int64(): an integer within int64 (OPA also rejects integers written in float form,
    // e.g. -1e9; this engine keeps numbers, not their spelling, so those are accepted)
    if (typeof ts === 'number' && !Number.isInteger(ts)) {
        throw new errors/* BuiltinError */.Sr('operand 3 could not convert time_ns value into a unix timestamp', 'eval_type_error');
    }
    const ns = BigInt(ts);
    if (ns < INT64_MIN || ns > INT64_MAX) {
        throw new errors/* BuiltinError */.Sr('operand 3 could not convert time_ns value into a unix timestamp', 'eval_type_error');
    }
    checkHttpRequest(req, 1);
    let headers = new rego_value/* RObject */.Cl();
    const h = req.get('headers');
    if (h !== undefined) {
        if (!(h instanceof rego_value/* RObject */.Cl))
            throw (0,errors/* operandErr */.P3)(0, 'object', (0,rego_value/* typeName */.go)(h));
        headers = h;
    }
    const badParams = rego_value/* RSet */.B9.from(['url', 'method'].filter((k) => typeof req.get(k) !== 'string'));
    if (badParams.size) {
        throw new errors/* BuiltinError */.Sr(`operand 1 invalid values for required request parameters(s): ${(0,rego_value/* stringifyValue */.ng)(badParams)}`, 'eval_type_error');
    }
    const url = goURLParts(req.get('url'));
    const method = req.get('method');
    const rawBody = req.get('raw_body');
    const body = req.get('body');
    const bodyBytes = rawBody !== undefined ? strOf(rawBody) : body !== undefined ? (0,jsonexact/* goJSON */.NU)(body) : '';
    const disable = cfg.get('disable_payload_signing');
    if (disable !== undefined && typeof disable !== 'boolean') {
        throw new errors/* BuiltinError */.Sr("operand 2 invalid value for 'disable_payload_signing' in AWS config", 'eval_type_error');
    }
    // objectToMap: keys and values that are not strings become ""
    const given = new Map();
    for (const [k, v] of headers.entries())
        given.set(strOf(k), strOf(v));
    const contentSha256 = disable === true ? 'UNSIGNED-PAYLOAD' : sha256Hex(Buffer.from(bodyBytes, 'utf8'));
    const { date, stamp } = sigTimes(ns);
    const awsHeaders = new Map([
        ['host', url.host],
        ['x-amz-date', stamp],
    ]);
    if (service === 's3' || service === 'glacier')
        awsHeaders.set('x-amz-content-sha256', contentSha256);
    if (sessionToken !== '')
        awsHeaders.set('x-amz-security-token', sessionToken);
    const toSign = new Map(awsHeaders);
    for (const [k, v] of given) {
        const lk = k.toLowerCase();
        if (!IGNORED_HEADERS.has(lk))
            toSign.set(lk, v);
    }
    const names = [...toSign.keys()].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
    const signedHeaders = names.join(';');
    const canonical = `${method}\n${url.escapedPath}\n${url.rawQuery}\n` +
        names.map((k) => `${k}:${toSign.get(k)}\n`).join('') +
        `\n${signedHeaders}\n${contentSha256}`;
    const scope = `${date}/${region}/${service}/aws4_request`;
    const stringToSign = `AWS4-HMAC-SHA256\n${stamp}\n${scope}\n${sha256Hex(Buffer.from(canonical, 'utf8'))}`;
    let key = hmac('AWS4' + secretKey, date);
    key = hmac(key, region);
    key = hmac(key, service);
    key = hmac(key, 'aws4_request');
    const signature = hmac(key, stringToSign).toString('hex');
    const out = new rego_value/* RObject */.Cl();
    for (const [k, v] of given)
        out.set(k, v);
    out.set('Authorization', `AWS4-HMAC-SHA256 Credential=${accessKey}/${scope},SignedHeaders=${signedHeaders},Signature=${signature}`);
    for (const [k, v] of awsHeaders)
        out.set(k, v);
    const result = new rego_value/* RObject */.Cl();
    for (const [k, v] of req.entries())
        result.set(k, v);
    result.set('headers', out);
    return result;
});

// EXTERNAL MODULE: ./src/rego/builtins/graphql-lib.cjs
var graphql_lib = __webpack_require__(6688);
var graphql_lib_default = /*#__PURE__*/__webpack_require__.n(graphql_lib);
;// CONCATENATED MODULE: ./src/rego/builtins/graphql.ts
/**
 * `graphql.parse`, `graphql.parse_and_verify`, `graphql.parse_query`, `graphql.parse_schema`,
 * `graphql.is_valid`, `graphql.schema_is_valid`, as OPA's topdown/graphql.go answers them.
 *
 * OPA parses and validates with gqlparser (github.com/vektah/gqlparser/v2) and returns gqlparser's
 * AST structs as JSON (Go field names, `Position` dropped, null and empty members pruned; empty
 * strings and `false` kept). This engine lexes, parses and validates queries with the GraphQL
 * reference implementation (graphql-js, the `graphql` package, loaded at first use so a policy
 * without GraphQL never pays for it) and translates its AST into gqlparser's shape:
 * - documents: `QueryDocument {Operations, Fragments}` and
 *   `SchemaDocument {Schema, SchemaExtension, Directives, Definitions, Extensions}`;
 * - where gqlparser's grammar differs from graphql-js's, gqlparser's wins: empty selection sets and
 *   field lists (`{}`) are errors (`expected at least one definition, found }`), a query document
 *   holds only operations and fragments, fragment variables parse, spread arguments do not;
 * - syntax errors carry gqlparser's wording (`Expected Name, found }`, `Unexpected <EOF>`) and OPA's
 *   suffix `in GraphQL string at location L:C`;
 * - schemas are checked by a port of gqlparser's `validator.ValidateSchemaDocument` over OPA's
 *   merge of the document with gqlparser's prelude (builtin scalars, directives, introspection
 *   types): extensions of undeclared types declare them, `Query`/`Mutation`/`Subscription` are the
 *   roots when no `schema` block names them, and no root is required;
 * - queries are validated by graphql-js's rules that gqlparser also runs (validator/rules), against
 *   a graphql-js schema built from the checked schema; the first error is reported in gqlparser's
 *   wording where the two differ.
 * AST objects given instead of strings are read as Go's json.Unmarshal reads them into gqlparser's
 * structs (unknown members ignored, missing ones zero).
 */




/** The graphql builtins, by name. */
const GRAPHQL_BUILTINS = new Map();
const graphql_def = definer(GRAPHQL_BUILTINS);
let lib;
/** graphql-js, loaded on first use (synchronously: builtins are synchronous). */
function gql() {
    return (lib ??= graphql_lib_default()());
}
/** gqlparser's ValueKind (ast/value.go). */
const VK = { Variable: 0, Int: 1, Float: 2, String: 3, Block: 4, Boolean: 5, Null: 6, Enum: 7, List: 8, Object: 9 };
/** A gqlparser error: message and, when known, its position. */
class GqlError extends Error {
    pos;
    constructor(message, pos) {
        super(message);
        this.pos = pos;
    }
}
const posOf = (o) => o && typeof o === 'object' && !Array.isArray(o) && o.Position && typeof o.Position === 'object' ? o.Position : null;
function loc(n) {
    const t = n?.loc?.startToken;
    return t ? { Line: t.line, Column: t.column } : null;
}
const list = (xs, f) => (xs && xs.length ? xs.map(f) : null);
function tValue(v) {
    const base = (raw, kind, children = null) => ({
        Raw: raw,
        Children: children,
        Kind: kind,
        Position: loc(v),
        Comment: null,
        Definition: null,
        VariableDefinition: null,
        ExpectedType: null,
        ExpectedTypeHasDefault: false,
    });
    switch (v.kind) {
        case 'Variable':
            return base(v.name.value, VK.Variable);
        case 'IntValue':
            return base(v.value, VK.Int);
        case 'FloatValue':
            return base(v.value, VK.Float);
        case 'StringValue':
            return base(v.value, v.block ? VK.Block : VK.String);
        case 'BooleanValue':
            return base(v.value ? 'true' : 'false', VK.Boolean);
        case 'NullValue':
            return base('null', VK.Null);
        case 'EnumValue':
            return base(v.value, VK.Enum);
        case 'ListValue':
            return base('', VK.List, list(v.values, (x) => ({ Name: '', Value: tValue(x), Position: loc(x), Comment: null })));
        case 'ObjectValue':
            return base('', VK.Object, list(v.fields, (f) => ({ Name: f.name.value, Value: tValue(f.value), Position: loc(f), Comment: null })));
    }
    throw new GqlError(`unsupported value ${v.kind}`);
}
function tType(t) {
    if (t.kind === 'NonNullType')
        return { ...tType(t.type), NonNull: true, Position: loc(t) };
    if (t.kind === 'ListType')
        return { NamedType: '', Elem: tType(t.type), NonNull: false, Position: loc(t) };
    return { NamedType: t.name.value, Elem: null, NonNull: false, Position: loc(t) };
}
const tArgs = (xs) => list(xs, (a) => ({ Name: a.name.value, Value: tValue(a.value), Position: loc(a), Comment: null }));
const tDirectives = (xs) => list(xs, (d) => ({
    Name: d.name.value,
    Arguments: tArgs(d.arguments),
    Position: loc(d),
    ParentDefinition: null,
    Definition: null,
    Location: '',
}));
function tSelectionSet(s) {
    return list(s?.selections, (x) => {
        switch (x.kind) {
            case 'Field':
                return {
                    Alias: x.alias?.value ?? x.name.value,
                    Name: x.name.value,
                    Arguments: tArgs(x.arguments),
                    Directives: tDirectives(x.directives),
                    SelectionSet: tSelectionSet(x.selectionSet),
                    Position: loc(x),
                    Comment: null,
                    Definition: null,
                    ObjectDefinition: null,
                };
            case 'FragmentSpread':
                return {
                    Name: x.name.value,
                    Directives: tDirectives(x.directives),
                    ObjectDefinition: null,
                    Definition: null,
                    Position: loc(x),
                    Comment: null,
                };
            case 'InlineFragment':
                return {
                    TypeCondition: x.typeCondition?.name.value ?? '',
                    Directives: tDirectives(x.directives),
                    SelectionSet: tSelectionSet(x.selectionSet),
                    ObjectDefinition: null,
                    Position: loc(x),
                    Comment: null,
                };
        }
    });
}
const tVarDefs = (xs) => list(xs, (v) => ({
    Variable: v.variable.name.value,
    Type: tType(v.type),
    DefaultValue: v.defaultValue ? tValue(v.defaultValue) : null,
    Directives: tDirectives(v.directives),
    Position: loc(v),
    Comment: null,
    Definition: null,
    Used: false,
}));
function tQueryDocument(doc) {
    const ops = [];
    const frags = [];
    for (const d of doc.definitions) {
        if (d.kind === 'OperationDefinition')
            ops.push({
                Operation: d.operation,
                Name: d.name?.value ?? '',
                VariableDefinitions: tVarDefs(d.variableDefinitions),
                Directives: tDirectives(d.directives),
                SelectionSet: tSelectionSet(d.selectionSet),
                Position: loc(d),
                Comment: null,
            });
        else if (d.kind === 'FragmentDefinition')
            frags.push({
                Name: d.name.value,
                VariableDefinition: tVarDefs(d.variableDefinitions),
                TypeCondition: d.typeCondition.name.value,
                Directives: tDirectives(d.directives),
                SelectionSet: tSelectionSet(d.selectionSet),
                Definition: null,
                Position: loc(d),
                Comment: null,
            });
    }
    return { Operations: ops.length ? ops : null, Fragments: frags.length ? frags : null, Comment: null };
}
const desc = (d) => d?.value ?? '';
const tArgDefs = (xs) => list(xs, (a) => ({
    Description: desc(a.description),
    Name: a.name.value,
    DefaultValue: a.defaultValue ? tValue(a.defaultValue) : null,
    Type: tType(a.type),
    Directives: tDirectives(a.directives),
    Position: loc(a),
}));
const tFieldDefs = (xs) => list(xs, (f) => ({
    Description: desc(f.description),
    Name: f.name.value,
    Arguments: f.kind === 'FieldDefinition' ? tArgDefs(f.arguments) : null,
    DefaultValue: f.kind === 'InputValueDefinition' && f.defaultValue ? tValue(f.defaultValue) : null,
    Type: tType(f.type),
    Directives: tDirectives(f.directives),
    Position: loc(f),
}));
const KIND = {
    ScalarTypeDefinition: 'SCALAR',
    ScalarTypeExtension: 'SCALAR',
    ObjectTypeDefinition: 'OBJECT',
    ObjectTypeExtension: 'OBJECT',
    InterfaceTypeDefinition: 'INTERFACE',
    InterfaceTypeExtension: 'INTERFACE',
    UnionTypeDefinition: 'UNION',
    UnionTypeExtension: 'UNION',
    EnumTypeDefinition: 'ENUM',
    EnumTypeExtension: 'ENUM',
    InputObjectTypeDefinition: 'INPUT_OBJECT',
    InputObjectTypeExtension: 'INPUT_OBJECT',
};
function tDefinition(d, builtIn) {
    const x = d;
    return {
        Kind: KIND[d.kind],
        Description: 'description' in d ? desc(d.description) : '',
        Name: d.name.value,
        Directives: tDirectives(d.directives),
        Interfaces: list(x.interfaces, (i) => i.name.value),
        Fields: tFieldDefs(x.fields),
        Types: list(x.types, (t) => t.name.value),
        EnumValues: list(x.values, (v) => ({
            Description: desc(v.description),
            Name: v.name.value,
            Directives: tDirectives(v.directives),
            Position: loc(v),
        })),
        Position: loc(d),
        BuiltIn: builtIn,
    };
}
function tSchemaDocument(doc, builtIn = false) {
    const out = { Schema: [], SchemaExtension: [], Directives: [], Definitions: [], Extensions: [] };
    for (const d of doc.definitions) {
        switch (d.kind) {
            case 'SchemaDefinition':
            case 'SchemaExtension':
                out[d.kind === 'SchemaDefinition' ? 'Schema' : 'SchemaExtension'].push({
                    Description: d.kind === 'SchemaDefinition' ? desc(d.description) : '',
                    Directives: tDirectives(d.directives),
                    OperationTypes: list(d.operationTypes, (o) => ({ Operation: o.operation, Type: o.type.name.value, Position: loc(o) })),
                    Position: loc(d),
                });
                break;
            case 'DirectiveDefinition':
                out.Directives.push({
                    Description: desc(d.description),
                    Name: d.name.value,
                    Arguments: tArgDefs(d.arguments),
                    Locations: d.locations.map((l) => l.value),
                    IsRepeatable: d.repeatable,
                    Position: loc(d),
                });
                break;
            default:
                if (d.kind in KIND)
                    out[d.kind.endsWith('Extension') ? 'Extensions' : 'Definitions'].push(tDefinition(d, builtIn));
        }
    }
    const o = {};
    for (const [k, v] of Object.entries(out))
        o[k] = v.length ? v : null;
    return o;
}
// ---------------------------------------------------------------------------------------------
// parsing, with gqlparser's grammar and wording
const PUNCT = /"(!|\$|&|\(|\)|\.\.\.|:|=|@|\[|\]|\{|\||\})"/g;
/** The token starting at `offset` (graphql-js lexer), undefined when the text does not lex. */
function tokenAt(text, offset) {
    const G = gql();
    try {
        const lexer = new G.Lexer(new G.Source(text));
        let t = lexer.advance();
        while (t.kind !== G.TokenKind.EOF && t.start < offset)
            t = lexer.advance();
        return t;
    }
    catch {
        return undefined;
    }
}
/** gqlparser's `Token.String()`: the kind, and the value for names, numbers and strings. */
function tokenDesc(t) {
    switch (t.kind) {
        case '<EOF>':
            return '<EOF>';
        case 'Name':
        case 'Int':
        case 'Float':
        case 'String':
        case 'BlockString':
            return `${t.kind} ${JSON.stringify(t.value)}`;
        default:
            return t.kind;
    }
}
/** A graphql-js syntax error in gqlparser's words. */
function syntaxError(text, e) {
    const at = e.locations?.[0];
    const pos = at ? { Line: at.line, Column: at.column } : null;
    let msg = e.message.replace(/^Syntax Error: /, '').replace(/\.$/, '');
    if (/^(Unterminated string|Invalid character|Unexpected character|Invalid number|Invalid Unicode|Unexpected single quote)/.test(msg))
        msg = 'Unexpected <Invalid>';
    else if (/^Unexpected description/.test(msg) || /^Unexpected (String|BlockString) /.test(msg)) {
        const t = tokenAt(text, e.positions?.[0] ?? 0);
        return new GqlError(`Unexpected ${t ? tokenDesc(t) : '<Invalid>'}`, tokPos(t) ?? pos);
    }
    else if (/^Unexpected variable "\$.*" in constant value$/.test(msg))
        msg = 'Unexpected $';
    else if (msg === 'Expected Name, found "}"' && e.positions?.length && prevTokenIs(text, e.positions[0], '{'))
        msg = 'expected at least one definition, found }';
    // an error at a string token: gqlparser places it after the opening quote(s)
    const t = / found (String|BlockString) /.test(msg) && e.positions?.length ? tokenAt(text, e.positions[0]) : undefined;
    return new GqlError(msg.replace(PUNCT, '$1'), t && t.start === e.positions?.[0] ? tokPos(t) : pos);
}
function prevTokenIs(text, offset, kind) {
    const G = gql();
    try {
        const lexer = new G.Lexer(new G.Source(text));
        let prev;
        let t = lexer.advance();
        while (t.kind !== G.TokenKind.EOF && t.start < offset) {
            prev = t;
            t = lexer.advance();
        }
        return prev?.kind === kind;
    }
    catch {
        return false;
    }
}
/** gqlparser's position of a token: strings start after their opening quote(s) (lexer/lexer.go). */
const tokPos = (t) => t ? { Line: t.line, Column: t.column + (t.kind === 'String' ? 1 : t.kind === 'BlockString' ? 3 : 0) } : null;
/**
 * Upper bound on the tokens of one GraphQL document (graphql-js `maxTokens`): bounds the parse, and so the AST
 * that validation walks, for hostile input; far above real schemas (GitHub's public schema is ~120k tokens).
 */
const MAX_GRAPHQL_TOKENS = 1_000_000;
/** Parses with graphql-js; an empty document (only ignored tokens) is gqlparser's empty document. */
function parseDoc(text) {
    const G = gql();
    const lexer = new G.Lexer(new G.Source(text));
    let first;
    try {
        first = lexer.advance();
    }
    catch (e) {
        throw syntaxError(text, e);
    }
    if (first.kind === G.TokenKind.EOF)
        return { kind: G.Kind.DOCUMENT, definitions: [] };
    try {
        return G.parse(text, { experimentalFragmentArguments: true, maxTokens: MAX_GRAPHQL_TOKENS });
    }
    catch (e) {
        if (e instanceof G.GraphQLError)
            throw syntaxError(text, e);
        throw e;
    }
}
/** The first place where gqlparser's grammar rejects what graphql-js accepted, in source order. */
function grammarCheck(doc, kind) {
    const G = gql();
    const errs = [];
    for (const d of doc.definitions) {
        const executable = d.kind === 'OperationDefinition' || d.kind === 'FragmentDefinition';
        const description = d.description;
        if (kind === 'query' && (!executable || description)) {
            const t = description?.loc?.startToken ?? d.loc?.startToken;
            if (t)
                errs.push({ at: t.start, err: new GqlError(`Unexpected ${tokenDesc(t)}`, tokPos(t)) });
        }
        if (kind === 'schema' && executable) {
            const t = d.loc?.startToken;
            if (t)
                errs.push({ at: t.start, err: new GqlError(`Unexpected ${tokenDesc(t)}`, tokPos(t)) });
        }
    }
    G.visit(doc, {
        SelectionSet(n) {
            if (!n.selections.length && n.loc) {
                const t = n.loc.endToken;
                errs.push({ at: t.start, err: new GqlError('expected at least one definition, found }', tokPos(t)) });
            }
        },
        FragmentSpread(n) {
            const args = n.arguments;
            if (args?.length && n.name.loc) {
                const t = n.name.loc.endToken.next;
                if (t)
                    errs.push({ at: t.start, err: new GqlError(`Expected Name, found ${tokenDesc(t)}`, tokPos(t)) });
            }
        },
    });
    if (errs.length)
        throw errs.sort((a, b) => a.at - b.at)[0].err;
}
function parseQuery(text) {
    const node = parseDoc(text);
    grammarCheck(node, 'query');
    return { ast: tQueryDocument(node), node };
}
function parseSchema(text, builtIn = false) {
    const node = parseDoc(text);
    grammarCheck(node, 'schema');
    return tSchemaDocument(node, builtIn);
}
// ---------------------------------------------------------------------------------------------
// AST objects -> gqlparser structs, as Go's json.Unmarshal fills them (OPA's objectToQueryDocument)
class DecodeError extends Error {
}
function member(o, name) {
    if (name in o)
        return o[name];
    const low = name.toLowerCase();
    for (const k of Object.keys(o))
        if (k.toLowerCase() === low)
            return o[k];
    return undefined;
}
const goType = (v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'object' ? 'object' : typeof v);
const dStr = (v, w) => {
    if (v === null || v === undefined)
        return '';
    if (typeof v !== 'string')
        throw new DecodeError(`json: cannot unmarshal ${goType(v)} into Go struct field ${w} of type string`);
    return v;
};
const dBool = (v, w) => {
    if (v === null || v === undefined)
        return false;
    if (typeof v !== 'boolean')
        throw new DecodeError(`json: cannot unmarshal ${goType(v)} into Go struct field ${w} of type bool`);
    return v;
};
const dInt = (v, w) => {
    if (v === null || v === undefined)
        return 0;
    if (typeof v !== 'number' || !Number.isInteger(v))
        throw new DecodeError(`json: cannot unmarshal ${goType(v)} into Go struct field ${w} of type int`);
    return v;
};
const dList = (f) => (v, w) => {
    if (v === null || v === undefined)
        return null;
    if (!Array.isArray(v))
        throw new DecodeError(`json: cannot unmarshal ${goType(v)} into Go struct field ${w} of type slice`);
    return v.length ? v.map((x) => f(x, w)) : [];
};
function dStruct(name, fields) {
    return (v) => {
        if (v === null || v === undefined)
            return null;
        if (typeof v !== 'object' || Array.isArray(v))
            throw new DecodeError(`json: cannot unmarshal ${goType(v)} into Go value of type ast.${name}`);
        const out = {};
        for (const [f, d] of Object.entries(fields))
            out[f] = d(member(v, f) ?? null, `${name}.${f}`);
        return out;
    };
}
const dNull = () => null;
const dType = (v, w) => dStruct('Type', { NamedType: dStr, Elem: dType, NonNull: dBool })(v, w);
const dChild = (v, w) => dStruct('ChildValue', { Name: dStr, Value: dValue })(v, w);
const dValue = (v, w) => dStruct('Value', {
    Raw: dStr,
    Children: dList(dChild),
    Kind: dInt,
    Definition: dNull,
    VariableDefinition: dNull,
    ExpectedType: dNull,
    ExpectedTypeHasDefault: dBool,
})(v, w);
const dArgument = dStruct('Argument', { Name: dStr, Value: dValue });
const dDirective = dStruct('Directive', { Name: dStr, Arguments: dList(dArgument), Location: dStr });
const dVarDef = dStruct('VariableDefinition', {
    Variable: dStr,
    Type: dType,
    DefaultValue: dValue,
    Directives: dList(dDirective),
    Used: dBool,
});
const dSelection = (v, w) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v))
        throw new DecodeError(`json: cannot unmarshal ${goType(v)} into ast.Selection`);
    if (member(v, 'TypeCondition') !== undefined)
        return dStruct('InlineFragment', { TypeCondition: dStr, Directives: dList(dDirective), SelectionSet: dList(dSelection) })(v, w);
    if (member(v, 'Alias') !== undefined || member(v, 'Arguments') !== undefined || member(v, 'SelectionSet') !== undefined)
        return dStruct('Field', {
            Alias: dStr,
            Name: dStr,
            Arguments: dList(dArgument),
            Directives: dList(dDirective),
            SelectionSet: dList(dSelection),
        })(v, w);
    return dStruct('FragmentSpread', { Name: dStr, Directives: dList(dDirective) })(v, w);
};
const dQueryDocument = dStruct('QueryDocument', {
    Operations: dList(dStruct('OperationDefinition', {
        Operation: dStr,
        Name: dStr,
        VariableDefinitions: dList(dVarDef),
        Directives: dList(dDirective),
        SelectionSet: dList(dSelection),
    })),
    Fragments: dList(dStruct('FragmentDefinition', {
        Name: dStr,
        VariableDefinition: dList(dVarDef),
        TypeCondition: dStr,
        Directives: dList(dDirective),
        SelectionSet: dList(dSelection),
    })),
});
const dArgDef = dStruct('ArgumentDefinition', {
    Description: dStr,
    Name: dStr,
    DefaultValue: dValue,
    Type: dType,
    Directives: dList(dDirective),
});
const dFieldDef = dStruct('FieldDefinition', {
    Description: dStr,
    Name: dStr,
    Arguments: dList(dArgDef),
    DefaultValue: dValue,
    Type: dType,
    Directives: dList(dDirective),
});
const dDefinition = dStruct('Definition', {
    Kind: dStr,
    Description: dStr,
    Name: dStr,
    Directives: dList(dDirective),
    Interfaces: dList(dStr),
    Fields: dList(dFieldDef),
    Types: dList(dStr),
    EnumValues: dList(dStruct('EnumValueDefinition', { Description: dStr, Name: dStr, Directives: dList(dDirective) })),
    BuiltIn: dBool,
});
const dSchemaDef = dStruct('SchemaDefinition', {
    Description: dStr,
    Directives: dList(dDirective),
    OperationTypes: dList(dStruct('OperationTypeDefinition', { Operation: dStr, Type: dStr })),
});
const dSchemaDocument = dStruct('SchemaDocument', {
    Schema: dList(dSchemaDef),
    SchemaExtension: dList(dSchemaDef),
    Directives: dList(dStruct('DirectiveDefinition', {
        Description: dStr,
        Name: dStr,
        Arguments: dList(dArgDef),
        Locations: dList(dStr),
        IsRepeatable: dBool,
    })),
    Definitions: dList(dDefinition),
    Extensions: dList(dDefinition),
});
function decode(v, d) {
    try {
        return d((0,rego_value/* toJSONValue */.Hw)(v), '');
    }
    catch (e) {
        if (e instanceof DecodeError)
            throw new GqlError(e.message);
        throw e;
    }
}
// ---------------------------------------------------------------------------------------------
// the result: OPA's pruneIrrelevantGraphQLASTNodes (drop Position, nulls, empty objects/arrays)
function prune(v) {
    if (Array.isArray(v)) {
        const out = [];
        for (const x of v) {
            if (x === null)
                continue;
            if (typeof x === 'object') {
                const p = prune(x);
                if (Array.isArray(p) ? p.length : Object.keys(p).length)
                    out.push(p);
            }
            else
                out.push(x);
        }
        return out;
    }
    if (v && typeof v === 'object') {
        const out = {};
        for (const [k, x] of Object.entries(v)) {
            if (k === 'Position' || x === null)
                continue;
            if (typeof x === 'object') {
                const p = prune(x);
                if (Array.isArray(p) ? p.length : Object.keys(p).length)
                    out[k] = p;
            }
            else
                out[k] = x;
        }
        return out;
    }
    return v;
}
const toValue = (o) => (0,rego_value/* fromJSONValue */.iK)(prune(o));
// ---------------------------------------------------------------------------------------------
// schema validation: a port of gqlparser's validator/schema.go over OPA's merged document
/** gqlparser's validator/prelude.graphql (descriptions left out: they do not take part in validation). */
const PRELUDE = `
scalar Int
scalar Float
scalar String
scalar Boolean
scalar ID
directive @defer(if: Boolean = true, label: String) on FRAGMENT_SPREAD | INLINE_FRAGMENT
directive @include(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT
directive @skip(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT
directive @deprecated(reason: String = "No longer supported") on FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | ENUM_VALUE
directive @specifiedBy(url: String!) on SCALAR
directive @oneOf on INPUT_OBJECT
type __Schema { description: String types: [__Type!]! queryType: __Type! mutationType: __Type subscriptionType: __Type directives: [__Directive!]! }
type __Type { kind: __TypeKind! name: String description: String
  fields(includeDeprecated: Boolean = false): [__Field!] interfaces: [__Type!] possibleTypes: [__Type!]
  enumValues(includeDeprecated: Boolean = false): [__EnumValue!]
  inputFields(includeDeprecated: Boolean = false): [__InputValue!] ofType: __Type specifiedByURL: String isOneOf: Boolean }
type __Field { name: String! description: String args(includeDeprecated: Boolean = false): [__InputValue!]! type: __Type! isDeprecated: Boolean! deprecationReason: String }
type __InputValue { name: String! description: String type: __Type! defaultValue: String isDeprecated: Boolean deprecationReason: String }
type __EnumValue { name: String! description: String isDeprecated: Boolean! deprecationReason: String }
enum __TypeKind { SCALAR OBJECT INTERFACE UNION ENUM INPUT_OBJECT LIST NON_NULL }
type __Directive { name: String! description: String locations: [__DirectiveLocation!]! args(includeDeprecated: Boolean = false): [__InputValue!]! isRepeatable: Boolean! }
enum __DirectiveLocation { QUERY MUTATION SUBSCRIPTION FIELD FRAGMENT_DEFINITION FRAGMENT_SPREAD INLINE_FRAGMENT VARIABLE_DEFINITION SCHEMA SCALAR OBJECT FIELD_DEFINITION ARGUMENT_DEFINITION INTERFACE UNION ENUM ENUM_VALUE INPUT_OBJECT INPUT_FIELD_DEFINITION }
`;
let preludeDoc;
const BUILTIN_DIRECTIVES = new Set(['include', 'skip', 'deprecated', 'specifiedBy', 'defer', 'oneOf']);
const namedOf = (t) => (t.Elem ? namedOf(t.Elem) : t.NamedType);
const typeString = (t) => (t.Elem ? `[${typeString(t.Elem)}]` : t.NamedType) + (t.NonNull ? '!' : '');
const quote = (s) => JSON.stringify(s);
const graphql_arr = (x) => (Array.isArray(x) ? x : []);
function graphql_fail(pos, msg) {
    throw new GqlError(msg, pos ?? null);
}
/** OPA's convertSchema: the document merged with gqlparser's prelude, then ValidateSchemaDocument. */
function convertSchema(doc) {
    preludeDoc ??= parseSchema(PRELUDE, true);
    const cat = (k) => [...graphql_arr(doc[k]), ...graphql_arr(preludeDoc[k])];
    const preludeDirs = new Set(graphql_arr(preludeDoc.Directives));
    const schema = { types: new Map(), directives: new Map(), possibleTypes: new Map() };
    const copyDef = (d) => ({
        Kind: d.Kind,
        Name: d.Name,
        Directives: [...graphql_arr(d.Directives)],
        Interfaces: [...graphql_arr(d.Interfaces)],
        Fields: [...graphql_arr(d.Fields)],
        Types: [...graphql_arr(d.Types)],
        EnumValues: [...graphql_arr(d.EnumValues)],
        BuiltIn: d.BuiltIn === true,
        Position: posOf(d),
        src: d,
    });
    const defs = [];
    for (const d of cat('Definitions')) {
        if (schema.types.has(d.Name))
            graphql_fail(posOf(d), `Cannot redeclare type ${d.Name}.`);
        const c = copyDef(d);
        schema.types.set(c.Name, c);
        defs.push(c);
    }
    for (const ext of cat('Extensions')) {
        const name = ext.Name;
        let d = schema.types.get(name);
        if (!d) {
            d = { ...copyDef({ Kind: ext.Kind, Name: name }), Position: posOf(ext), src: undefined };
            schema.types.set(name, d);
            defs.push(d);
        }
        if (d.Kind !== ext.Kind)
            graphql_fail(posOf(ext), `Cannot extend type ${name} because the base type is a ${d.Kind}, not ${ext.Kind}.`);
        d.Directives.push(...graphql_arr(ext.Directives));
        d.Interfaces.push(...graphql_arr(ext.Interfaces));
        d.Fields.push(...graphql_arr(ext.Fields));
        d.Types.push(...graphql_arr(ext.Types));
        d.EnumValues.push(...graphql_arr(ext.EnumValues));
    }
    const addPossible = (name, d) => {
        const l = schema.possibleTypes.get(name) ?? [];
        l.push(d);
        schema.possibleTypes.set(name, l);
    };
    for (const d of defs) {
        if (d.Kind === 'UNION')
            for (const t of d.Types)
                addPossible(d.Name, schema.types.get(t));
        else if (d.Kind === 'OBJECT' || d.Kind === 'INPUT_OBJECT') {
            for (const i of d.Interfaces)
                addPossible(i, d);
            addPossible(d.Name, d);
        }
        else if (d.Kind === 'INTERFACE')
            for (const i of d.Interfaces)
                addPossible(i, d);
    }
    for (const dd of cat('Directives')) {
        const name = dd.Name;
        if (schema.directives.has(name)) {
            if (BUILTIN_DIRECTIVES.has(name))
                continue;
            graphql_fail(posOf(dd), `Cannot redeclare directive ${name}.`);
        }
        schema.directives.set(name, {
            Name: name,
            Arguments: graphql_arr(dd.Arguments),
            Locations: graphql_arr(dd.Locations),
            IsRepeatable: dd.IsRepeatable === true,
            Position: posOf(dd),
            prelude: preludeDirs.has(dd),
            src: dd,
        });
    }
    const sds = graphql_arr(doc.Schema);
    if (sds.length > 1)
        graphql_fail(posOf(sds[1]), 'Cannot have multiple schema entry points, consider schema extensions instead.');
    const roots = (sd) => {
        for (const ep of graphql_arr(sd.OperationTypes)) {
            const d = schema.types.get(ep.Type);
            if (!d)
                graphql_fail(posOf(ep), `Schema root ${ep.Operation} refers to a type ${ep.Type} that does not exist.`);
            if (ep.Operation === 'query')
                schema.query = d;
            else if (ep.Operation === 'mutation')
                schema.mutation = d;
            else if (ep.Operation === 'subscription')
                schema.subscription = d;
        }
        validateDirectives(schema, graphql_arr(sd.Directives), 'SCHEMA');
    };
    if (sds.length === 1)
        roots(sds[0]);
    for (const ext of graphql_arr(doc.SchemaExtension))
        roots(ext);
    for (const name of [...schema.types.keys()].sort())
        validateDefinition(schema, schema.types.get(name));
    for (const name of [...schema.directives.keys()].sort()) {
        const dd = schema.directives.get(name);
        validateName(dd.Position, dd.Name);
        validateArgs(schema, dd.Arguments ?? [], dd);
    }
    if (!sds.length) {
        schema.query ??= schema.types.get('Query');
        schema.mutation ??= schema.types.get('Mutation');
        schema.subscription ??= schema.types.get('Subscription');
    }
    return schema;
}
function validateName(pos, name) {
    if (name.startsWith('__'))
        graphql_fail(pos, `Name "${name}" must not begin with "__", which is reserved by GraphQL introspection.`);
}
function validateTypeRef(schema, t) {
    if (!schema.types.has(namedOf(t)))
        graphql_fail(t.Position, `Undefined type ${namedOf(t)}.`);
}
const INPUT_KINDS = new Set(['SCALAR', 'ENUM', 'INPUT_OBJECT']);
function validateArgs(schema, args, current) {
    for (const a of args) {
        validateName(a.Position, a.Name);
        validateTypeRef(schema, a.Type);
        const d = schema.types.get(namedOf(a.Type));
        if (!INPUT_KINDS.has(d.Kind))
            graphql_fail(a.Position, `cannot use ${typeString(a.Type)} as argument ${a.Name} because ${d.Kind} is not a valid input type`);
        validateDirectives(schema, a.Directives ?? [], 'ARGUMENT_DEFINITION', current);
    }
}
function validateDirectives(schema, dirs, location, current) {
    for (const d of dirs) {
        validateName(d.Position, d.Name);
        if (current && d.Name === current.Name)
            graphql_fail(d.Position, `Directive ${current.Name} cannot refer to itself.`);
        const dd = schema.directives.get(d.Name);
        if (!dd)
            graphql_fail(d.Position, `Undefined directive ${d.Name}.`);
        if (!(dd.Locations ?? []).includes(location))
            graphql_fail(d.Position, `Directive ${d.Name} is not applicable on ${location}.`);
        for (const a of d.Arguments ?? [])
            if (!(dd.Arguments ?? []).some((x) => x.Name === a.Name))
                graphql_fail(a.Position, `Undefined argument ${a.Name} for directive ${d.Name}.`);
        for (const sa of dd.Arguments ?? []) {
            if (sa.Type.NonNull && sa.DefaultValue === null) {
                const a = (d.Arguments ?? []).find((x) => x.Name === sa.Name);
                if (!a || a.Value?.Kind === VK.Null)
                    graphql_fail(d.Position, `Argument ${sa.Name} for directive ${d.Name} cannot be null.`);
            }
        }
    }
}
function isCovariant(schema, required, actual) {
    if (!actual)
        return false;
    if (required.NonNull && !actual.NonNull)
        return false;
    if (required.NamedType !== '') {
        if (required.NamedType === actual.NamedType)
            return true;
        return (schema.possibleTypes.get(required.NamedType) ?? []).some((p) => p?.Name === actual.NamedType);
    }
    if (required.Elem && !actual.Elem)
        return false;
    return isCovariant(schema, required.Elem, actual.Elem);
}
const typesEqual = (a, b) => !a || !b ? a === b : a.NamedType === b.NamedType && a.NonNull === b.NonNull && typesEqual(a.Elem, b.Elem);
function validateImplements(schema, d, intfName) {
    const intf = schema.types.get(intfName);
    if (!intf)
        graphql_fail(d.Position, `Undefined type ${quote(intfName)}.`);
    if (intf.Kind !== 'INTERFACE')
        graphql_fail(d.Position, `${quote(intfName)} is a non interface type ${intf.Kind}.`);
    for (const rf of intf.Fields) {
        const ff = d.Fields.find((f) => f.Name === rf.Name);
        if (!ff)
            graphql_fail(d.Position, `For ${d.Name} to implement ${intf.Name} it must have a field called ${rf.Name}.`);
        if (!isCovariant(schema, rf.Type, ff.Type))
            graphql_fail(ff.Position, `For ${d.Name} to implement ${intf.Name} the field ${rf.Name} must have type ${typeString(rf.Type)}.`);
        for (const ra of rf.Arguments ?? []) {
            const fa = (ff.Arguments ?? []).find((a) => a.Name === ra.Name);
            if (!fa)
                graphql_fail(ff.Position, `For ${d.Name} to implement ${intf.Name} the field ${rf.Name} must have the same arguments but it is missing ${ra.Name}.`);
            if (!typesEqual(ra.Type, fa.Type))
                graphql_fail(fa.Position, `For ${d.Name} to implement ${intf.Name} the field ${rf.Name} must have the same arguments but ${ra.Name} has the wrong type.`);
        }
        for (const fa of ff.Arguments ?? [])
            if (!(rf.Arguments ?? []).some((a) => a.Name === fa.Name) && fa.Type.NonNull && fa.DefaultValue === null)
                graphql_fail(fa.Position, `For ${d.Name} to implement ${intf.Name} any additional arguments on ${ff.Name} must be optional or have a default value but ${fa.Name} is required.`);
    }
    for (const t of intf.Interfaces)
        if (!d.Interfaces.includes(t)) {
            if (t === d.Name)
                graphql_fail(d.Position, `Type ${d.Name} cannot implement ${t} because it would create a circular reference.`);
            graphql_fail(d.Position, `Type ${d.Name} must implement ${t} because it is implemented by ${intfName}.`);
        }
}
function validateDefinition(schema, d) {
    for (const f of d.Fields) {
        validateName(f.Position, f.Name);
        validateTypeRef(schema, f.Type);
        validateArgs(schema, f.Arguments ?? []);
        validateDirectives(schema, f.Directives ?? [], d.Kind === 'INPUT_OBJECT' ? 'INPUT_FIELD_DEFINITION' : 'FIELD_DEFINITION');
    }
    for (const t of d.Types) {
        const td = schema.types.get(t);
        if (!td)
            graphql_fail(d.Position, `Undefined type ${quote(t)}.`);
        if (td.Kind !== 'OBJECT')
            graphql_fail(d.Position, `${d.Kind} type ${quote(t)} must be OBJECT.`);
    }
    for (const i of d.Interfaces)
        validateImplements(schema, d, i);
    switch (d.Kind) {
        case 'OBJECT':
        case 'INTERFACE':
            if (!d.Fields.length)
                graphql_fail(d.Position, `${d.Kind} ${d.Name}: must define one or more fields.`);
            for (const f of d.Fields) {
                const t = schema.types.get(namedOf(f.Type));
                if (t && !['SCALAR', 'OBJECT', 'INTERFACE', 'UNION', 'ENUM'].includes(t.Kind))
                    graphql_fail(f.Position, `${d.Kind} ${d.Name}: field must be one of SCALAR, OBJECT, INTERFACE, UNION, ENUM.`);
            }
            break;
        case 'ENUM':
            if (!d.EnumValues.length)
                graphql_fail(d.Position, `${d.Kind} ${d.Name}: must define one or more unique enum values.`);
            for (const v of d.EnumValues) {
                if (['true', 'false', 'null'].includes(v.Name))
                    graphql_fail(d.Position, `${d.Kind} ${d.Name}: non-enum value ${v.Name}.`);
                validateDirectives(schema, v.Directives ?? [], 'ENUM_VALUE');
            }
            break;
        case 'INPUT_OBJECT':
            if (!d.Fields.length)
                graphql_fail(d.Position, `${d.Kind} ${d.Name}: must define one or more input fields.`);
            for (const f of d.Fields) {
                const t = schema.types.get(namedOf(f.Type));
                if (t && !INPUT_KINDS.has(t.Kind))
                    graphql_fail(f.Position, `${t.Kind} ${f.Name}: field must be one of SCALAR, ENUM, INPUT_OBJECT.`);
            }
            break;
    }
    for (let i = 0; i < d.Fields.length; i++)
        for (const f2 of d.Fields.slice(i + 1))
            if (d.Fields[i].Name === f2.Name)
                graphql_fail(f2.Position, `Field ${d.Name}.${f2.Name} can only be defined once.`);
    if (!d.BuiltIn)
        validateName(d.Position, d.Name);
    validateDirectives(schema, d.Directives, d.Kind);
}
// ---------------------------------------------------------------------------------------------
// query validation: graphql-js's rules that gqlparser also runs, against the checked schema
/** graphql-js rules gqlparser has no counterpart of (it knows no @stream and runs no defer checks). */
const SKIPPED_RULES = new Set([
    'ExecutableDefinitionsRule',
    'DeferStreamDirectiveOnRootFieldRule',
    'DeferStreamDirectiveOnValidOperationsRule',
    'DeferStreamDirectiveLabelRule',
    'StreamDirectiveOnListFieldRule',
]);
/** Directives graphql-js's schemas carry without being declared. */
const GRAPHQLJS_DIRECTIVES = new Set(['include', 'skip', 'deprecated', 'specifiedBy', 'oneOf']);
function gName(value) {
    return { kind: gql().Kind.NAME, value };
}
function gType(t) {
    const K = gql().Kind;
    const inner = t.Elem
        ? { kind: K.LIST_TYPE, type: gType(t.Elem) }
        : { kind: K.NAMED_TYPE, name: gName(t.NamedType) };
    return t.NonNull ? { kind: K.NON_NULL_TYPE, type: inner } : inner;
}
function gValue(v) {
    const K = gql().Kind;
    const raw = v.Raw;
    const children = graphql_arr(v.Children);
    switch (v.Kind) {
        case VK.Variable:
            return { kind: K.VARIABLE, name: gName(raw) };
        case VK.Int:
            return { kind: K.INT, value: raw };
        case VK.Float:
            return { kind: K.FLOAT, value: raw };
        case VK.String:
            return { kind: K.STRING, value: raw };
        case VK.Block:
            return { kind: K.STRING, value: raw, block: true };
        case VK.Boolean:
            return { kind: K.BOOLEAN, value: raw === 'true' };
        case VK.Null:
            return { kind: K.NULL };
        case VK.Enum:
            return { kind: K.ENUM, value: raw };
        case VK.List:
            return { kind: K.LIST, values: children.map((c) => gValue(c.Value)) };
        case VK.Object:
            return {
                kind: K.OBJECT,
                fields: children.map((c) => ({ kind: K.OBJECT_FIELD, name: gName(c.Name), value: gValue(c.Value) })),
            };
    }
    throw new GqlError(`unknown value kind ${String(v.Kind)}`);
}
const gDirectives = (ds) => graphql_arr(ds).map((d) => ({
    kind: gql().Kind.DIRECTIVE,
    name: gName(d.Name),
    arguments: graphql_arr(d.Arguments).map((a) => ({
        kind: gql().Kind.ARGUMENT,
        name: gName(a.Name),
        value: gValue(a.Value),
    })),
}));
const gArgDefs = (as) => graphql_arr(as).map((a) => ({
    kind: gql().Kind.INPUT_VALUE_DEFINITION,
    name: gName(a.Name),
    type: gType(a.Type),
    ...(a.DefaultValue ? { defaultValue: gValue(a.DefaultValue) } : {}),
    directives: gDirectives(a.Directives),
}));
/** A graphql-js schema for the checked gqlparser schema (graphql-js's own checks skipped: gqlparser's apply). */
function buildSchema(schema) {
    const G = gql();
    const K = G.Kind;
    const defs = [];
    for (const d of schema.types.values()) {
        if (d.BuiltIn)
            continue;
        const name = gName(d.Name);
        const directives = gDirectives(d.Directives);
        const interfaces = d.Interfaces.map((i) => ({ kind: K.NAMED_TYPE, name: gName(i) }));
        const fields = d.Fields.map((f) => ({
            kind: K.FIELD_DEFINITION,
            name: gName(f.Name),
            arguments: gArgDefs(f.Arguments),
            type: gType(f.Type),
            directives: gDirectives(f.Directives),
        }));
        switch (d.Kind) {
            case 'SCALAR':
                defs.push({ kind: K.SCALAR_TYPE_DEFINITION, name, directives });
                break;
            case 'OBJECT':
                defs.push({ kind: K.OBJECT_TYPE_DEFINITION, name, interfaces, directives, fields });
                break;
            case 'INTERFACE':
                defs.push({ kind: K.INTERFACE_TYPE_DEFINITION, name, interfaces, directives, fields });
                break;
            case 'UNION':
                defs.push({ kind: K.UNION_TYPE_DEFINITION, name, directives, types: d.Types.map((t) => ({ kind: K.NAMED_TYPE, name: gName(t) })) });
                break;
            case 'ENUM':
                defs.push({
                    kind: K.ENUM_TYPE_DEFINITION,
                    name,
                    directives,
                    values: d.EnumValues.map((v) => ({ kind: K.ENUM_VALUE_DEFINITION, name: gName(v.Name), directives: gDirectives(v.Directives) })),
                });
                break;
            case 'INPUT_OBJECT':
                defs.push({ kind: K.INPUT_OBJECT_TYPE_DEFINITION, name, directives, fields: gArgDefs(d.Fields) });
                break;
        }
    }
    for (const dd of schema.directives.values()) {
        if (dd.prelude && GRAPHQLJS_DIRECTIVES.has(dd.Name))
            continue;
        defs.push({
            kind: K.DIRECTIVE_DEFINITION,
            name: gName(dd.Name),
            arguments: gArgDefs(dd.Arguments),
            repeatable: dd.IsRepeatable,
            locations: (dd.Locations ?? []).map(gName),
        });
    }
    const ops = [];
    for (const [op, d] of [
        ['query', schema.query],
        ['mutation', schema.mutation],
        ['subscription', schema.subscription],
    ])
        if (d)
            ops.push({
                kind: K.OPERATION_TYPE_DEFINITION,
                operation: op,
                type: { kind: K.NAMED_TYPE, name: gName(d.Name) },
            });
    defs.push({ kind: K.SCHEMA_DEFINITION, operationTypes: ops, directives: [] });
    return G.buildASTSchema({ kind: K.DOCUMENT, definitions: defs }, { assumeValid: true, assumeValidSDL: true });
}
/** graphql-js's query AST for a gqlparser QueryDocument (AST objects given as input). */
function gQueryDocument(doc) {
    const K = gql().Kind;
    const varDefs = (vs) => graphql_arr(vs).map((v) => ({
        kind: K.VARIABLE_DEFINITION,
        variable: { kind: K.VARIABLE, name: gName(v.Variable) },
        type: gType(v.Type),
        ...(v.DefaultValue ? { defaultValue: gValue(v.DefaultValue) } : {}),
        directives: gDirectives(v.Directives),
    }));
    const selections = (ss) => ({
        kind: K.SELECTION_SET,
        selections: graphql_arr(ss).map((s) => {
            if ('TypeCondition' in s)
                return {
                    kind: K.INLINE_FRAGMENT,
                    ...(s.TypeCondition ? { typeCondition: { kind: K.NAMED_TYPE, name: gName(s.TypeCondition) } } : {}),
                    directives: gDirectives(s.Directives),
                    selectionSet: selections(s.SelectionSet),
                };
            if ('Alias' in s)
                return {
                    kind: K.FIELD,
                    ...(s.Alias && s.Alias !== s.Name ? { alias: gName(s.Alias) } : {}),
                    name: gName(s.Name),
                    arguments: graphql_arr(s.Arguments).map((a) => ({ kind: K.ARGUMENT, name: gName(a.Name), value: gValue(a.Value) })),
                    directives: gDirectives(s.Directives),
                    ...(graphql_arr(s.SelectionSet).length ? { selectionSet: selections(s.SelectionSet) } : {}),
                };
            return { kind: K.FRAGMENT_SPREAD, name: gName(s.Name), directives: gDirectives(s.Directives) };
        }),
    });
    const definitions = [
        ...graphql_arr(doc.Operations).map((o) => ({
            kind: K.OPERATION_DEFINITION,
            operation: (o.Operation || 'query'),
            ...(o.Name ? { name: gName(o.Name) } : {}),
            variableDefinitions: varDefs(o.VariableDefinitions),
            directives: gDirectives(o.Directives),
            selectionSet: selections(o.SelectionSet),
        })),
        ...graphql_arr(doc.Fragments).map((f) => ({
            kind: K.FRAGMENT_DEFINITION,
            name: gName(f.Name),
            variableDefinitions: varDefs(f.VariableDefinition),
            typeCondition: { kind: K.NAMED_TYPE, name: gName(f.TypeCondition) },
            directives: gDirectives(f.Directives),
            selectionSet: selections(f.SelectionSet),
        })),
    ];
    return { kind: K.DOCUMENT, definitions };
}
/** graphql-js's validation messages in gqlparser's words (validator/rules), where they differ. */
function gqlparserMessage(msg) {
    let m;
    if ((m = /^Argument "(\w+)\.(\w+)\((\w+):\)" of type "(.+)" is required, but it was not provided\.$/.exec(msg)))
        return `Field "${m[2]}" argument "${m[3]}" of type "${m[4]}" is required, but it was not provided.`;
    if ((m = /^Argument "@(\w+)\((\w+):\)" of type "(.+)" is required, but it was not provided\.$/.exec(msg)))
        return `Directive "@${m[1]}" argument "${m[2]}" of type "${m[3]}" is required, but it was not provided.`;
    if ((m = /^Unknown argument "(\w+)" on field "(\w+)\.(\w+)"\.(.*)$/.exec(msg)))
        return `Unknown argument "${m[1]}" on field "${m[2]}.${m[3]}".${m[4]}`;
    if ((m = /^The (\w+) operation is not supported by the schema\.$/.exec(msg)))
        return `Schema does not support operation type "${m[1]}"`;
    return msg;
}
/** OPA's validateQuery: the first validation error, or undefined. */
function validateQuery(schema, doc, node) {
    const G = gql();
    const rules = G.specifiedRules.filter((r) => !SKIPPED_RULES.has(r.name));
    let errors;
    try {
        errors = G.validate(buildSchema(schema), node ?? gQueryDocument(doc), rules);
    }
    catch (e) {
        return new GqlError(e instanceof Error ? e.message : String(e));
    }
    if (!errors.length)
        return undefined;
    const at = errors[0].locations?.[0];
    return new GqlError(gqlparserMessage(errors[0].message), at ? { Line: at.line, Column: at.column } : null);
}
// ---------------------------------------------------------------------------------------------
// the builtins
/** OPA's wording of a parse error: `<message> in GraphQL string at location L:C`. */
function parseFailure(e) {
    if (!(e instanceof GqlError))
        throw e;
    throw new errors/* BuiltinError */.Sr(e.pos ? `${e.message} in GraphQL string at location ${e.pos.Line}:${e.pos.Column}` : e.message);
}
function schemaFailure(e) {
    if (!(e instanceof GqlError))
        throw e;
    const where = e.pos ? `input:${e.pos.Line}:${e.pos.Column}` : 'input';
    throw new errors/* BuiltinError */.Sr(`Error in gqlparser SchemaDocument to Schema conversion: ${where}: ${e.message}`);
}
function validationFailure(e) {
    const msg = e.message.replace(/\.$/, '');
    throw new errors/* BuiltinError */.Sr(e.pos ? `${msg} in GraphQL string at location ${e.pos.Line}:${e.pos.Column}` : msg);
}
/** Operand `i` as a query document (string or AST object), or null when it is neither. */
function queryOperand(v) {
    if (typeof v === 'string') {
        const q = parseQuery(v);
        return { doc: q.ast, node: q.node };
    }
    if (v instanceof rego_value/* RObject */.Cl)
        return { doc: decode(v, dQueryDocument) };
    return null;
}
function schemaOperand(v) {
    if (typeof v === 'string')
        return parseSchema(v);
    if (v instanceof rego_value/* RObject */.Cl)
        return decode(v, dSchemaDocument);
    return null;
}
graphql_def('graphql.parse_query', 1, (a) => {
    if (typeof a[0] !== 'string')
        throw (0,errors/* operandErr */.P3)(1, 'string', (0,rego_value/* typeName */.go)(a[0]));
    try {
        return toValue(parseQuery(a[0]).ast);
    }
    catch (e) {
        parseFailure(e);
    }
});
graphql_def('graphql.parse_schema', 1, (a) => {
    if (typeof a[0] !== 'string')
        throw (0,errors/* operandErr */.P3)(1, 'string', (0,rego_value/* typeName */.go)(a[0]));
    try {
        return toValue(parseSchema(a[0]));
    }
    catch (e) {
        parseFailure(e);
    }
});
graphql_def('graphql.parse', 2, (a) => {
    let q;
    let s;
    try {
        q = queryOperand(a[0]);
        if (!q)
            throw (0,errors/* operandErr */.P3)(1, 'one of {string, object}', (0,rego_value/* typeName */.go)(a[0]));
        s = schemaOperand(a[1]);
        if (!s)
            throw (0,errors/* operandErr */.P3)(2, 'one of {string, object}', (0,rego_value/* typeName */.go)(a[1]));
    }
    catch (e) {
        parseFailure(e);
    }
    let schema;
    try {
        schema = convertSchema(s);
    }
    catch (e) {
        schemaFailure(e);
    }
    const err = validateQuery(schema, q.doc, q.node);
    if (err)
        validationFailure(err);
    return [toValue(q.doc), toValue(s)];
});
graphql_def('graphql.parse_and_verify', 2, (a) => {
    const unverified = [false, new rego_value/* RObject */.Cl(), new rego_value/* RObject */.Cl()];
    try {
        const q = queryOperand(a[0]);
        const s = q && schemaOperand(a[1]);
        if (!q || !s)
            return unverified;
        if (validateQuery(convertSchema(s), q.doc, q.node))
            return unverified;
        return [true, toValue(q.doc), toValue(s)];
    }
    catch (e) {
        if (e instanceof GqlError)
            return unverified;
        throw e;
    }
});
graphql_def('graphql.is_valid', 2, (a) => {
    try {
        const q = queryOperand(a[0]);
        const s = q && schemaOperand(a[1]);
        if (!q || !s)
            return false;
        return !validateQuery(convertSchema(s), q.doc, q.node);
    }
    catch (e) {
        if (e instanceof GqlError)
            return false;
        throw e;
    }
});
graphql_def('graphql.schema_is_valid', 1, (a) => {
    try {
        const s = schemaOperand(a[0]);
        if (!s)
            return false;
        convertSchema(s);
        return true;
    }
    catch (e) {
        if (e instanceof GqlError)
            return false;
        throw e;
    }
});

;// CONCATENATED MODULE: ./src/rego/builtins/index.ts
/**
 * The builtin registry (https://www.openpolicyagent.org/docs/policy-reference#built-in-functions),
 * laid out by family as OPA's topdown package: one module per family, merged here explicitly (a
 * name defined by two families is a programming error and throws at load).
 */






























const FAMILIES = [
    COMPARISON_BUILTINS,
    NUMBERS_BUILTINS,
    SETS_BUILTINS,
    AGGREGATES_BUILTINS,
    ARRAYS_BUILTINS,
    OBJECTS_BUILTINS,
    STRINGS_BUILTINS,
    REGEX_BUILTINS,
    GLOB_BUILTINS,
    TYPES_BUILTINS,
    JSON_BUILTINS,
    ENCODING_BUILTINS,
    CRYPTO_BUILTINS,
    UNITS_BUILTINS,
    TIME_BUILTINS,
    NET_BUILTINS,
    SEMVER_BUILTINS,
    GRAPH_BUILTINS,
    UUID_BUILTINS,
    OPA_BUILTINS,
    REGO_BUILTINS,
    JWT_BUILTINS,
    INTERNAL_BUILTINS,
    DEPRECATED_BUILTINS,
    HTTP_BUILTINS,
    PROVIDERS_BUILTINS,
    GRAPHQL_BUILTINS,
];
const REGISTRY = new Map();
for (const family of FAMILIES) {
    for (const [name, b] of family) {
        if (REGISTRY.has(name))
            throw new Error(`builtin ${name} is defined twice`);
        REGISTRY.set(name, b);
    }
}
/**
 * Adds a builtin that only a test harness defines (OPA's conformance runner registers `test.sleep`
 * beside its builtins, topdown/exported_test.go). Policies evaluated in the same process see it too,
 * so only harnesses call this.
 * @throws Error when the name is already a builtin.
 */
function registerHarnessBuiltin(name, b) {
    if (REGISTRY.has(name))
        throw new Error(`builtin ${name} is defined twice`);
    REGISTRY.set(name, b);
}
/** The number of arguments of a builtin (-1 when variadic), undefined when unknown. */
function builtinArity(name) {
    return REGISTRY.get(name)?.arity;
}
/** The builtin named `name`, undefined when this engine does not implement it. */
function getBuiltin(name) {
    return REGISTRY.get(name);
}
// Names of OPA 1.x builtins (for a clear "unsupported" error rather than "undefined function").
const OPA_NAMES = new Set(`
    units.parse units.parse_bytes graphql.parse_schema graphql.schema_is_valid io.jwt.decode_verify
    count graphql.parse_query glob.match trim split json.remove strings.any_prefix_match
    strings.any_suffix_match net.cidr_merge object.remove object.filter to_number providers.aws.sign_req
    time.now_ns numbers.range object.get object.subset io.jwt.encode_sign_raw object.union
    graph.reachable_paths io.jwt.decode json.filter net.cidr_contains sprintf substring walk
    regex.replace crypto.x509.parse_certificates object.union_n format_int io.jwt.encode_sign
    io.jwt.verify_rs256 json.marshal_with_options net.cidr_contains_matches array.slice graphql.is_valid
    indexof numbers.range_step regex.find_all_string_submatch_n regex.find_n startswith strings.count
    time.weekday uuid.parse concat graph.reachable json.patch min object.keys regex.split
    strings.replace_n type_name contains floor graphql.parse graphql.parse_and_verify max
    net.cidr_intersects regex.globs_match regex.match strings.reverse array.reverse
    base64url.encode_no_pad bits.lsh ceil crypto.hmac.equal crypto.x509.parse_certificate_request
    indexof_n intersection is_string json.match_schema net.cidr_is_valid semver.compare sort
    strings.render_template sum time.date union urlquery.encode_object array.concat base64.decode
    http.send io.jwt.verify_es384 io.jwt.verify_es512 io.jwt.verify_ps256 io.jwt.verify_ps384
    io.jwt.verify_ps512 io.jwt.verify_rs384 io.jwt.verify_rs512 is_boolean is_number json.verify_schema
    net.cidr_expand replace time.add_date time.clock time.parse_ns abs base64.encode bits.and bits.or
    bits.rsh bits.xor crypto.parse_private_keys io.jwt.verify_hs256 io.jwt.verify_hs384
    io.jwt.verify_hs512 json.marshal net.lookup_ip_addr regex.is_valid rego.metadata.chain
    semver.is_valid time.parse_rfc3339_ns urlquery.decode_object base64.is_valid base64url.decode
    base64url.encode bits.negate crypto.hmac.md5 crypto.hmac.sha1 crypto.hmac.sha256 crypto.hmac.sha512
    crypto.x509.parse_and_verify_certificates crypto.x509.parse_keypair
    crypto.x509.parse_rsa_private_key endswith hex.decode io.jwt.verify_es256 is_array is_null is_object
    is_set json.is_valid json.unmarshal product regex.template_match rego.metadata.rule
    rego.parse_module round time.format trim_left trim_prefix trim_right trim_space trim_suffix
    urlquery.encode yaml.is_valid yaml.unmarshal crypto.md5 crypto.sha1 crypto.sha256 glob.quote_meta
    hex.encode lower rand.intn time.diff time.parse_duration_ns upper urlquery.decode uuid.rfc4122
    yaml.marshal all and any cast_array cast_boolean cast_null cast_object cast_set cast_string
    crypto.x509.parse_and_verify_certificates_with_options net.cidr_overlap opa.runtime re_match
    set_diff trace array.flatten crypto.sha512 crypto.hmac.sha384 io.jwt.verify_eddsa
    strings.render_template time.parse_duration_ns base64url.decode
  `
    .trim()
    .split(/\s+/));
/** True for an OPA builtin name (implemented here or not). */
function isKnownOpaBuiltin(name) {
    return OPA_NAMES.has(name) || REGISTRY.has(name);
}


/***/ }),

/***/ 4441:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ql: () => (/* binding */ Compiler),
  bP: () => (/* binding */ Node),
  YM: () => (/* binding */ compileQuery)
});

// EXTERNAL MODULE: ./src/rego/errors.ts
var errors = __webpack_require__(2088);
// EXTERNAL MODULE: ./src/rego/parser.ts
var parser = __webpack_require__(9280);
// EXTERNAL MODULE: ./src/rego/value.ts
var value = __webpack_require__(278);
// EXTERNAL MODULE: ./src/rego/builtins/index.ts + 34 modules
var builtins = __webpack_require__(8855);
;// CONCATENATED MODULE: ./src/rego/typecheck.ts


/**
 * Operand types of common builtins (OPA's builtin signatures, ast/builtins.go), checked at compile
 * time against literal arguments: a call such as `1 + "a"` or `count(5)` is a rego_type_error,
 * as OPA's type checker reports it. Arguments whose type is only known at run time are not checked.
 */
const SIGS = {
    plus: [['number'], ['number']],
    minus: [
        ['number', 'set'],
        ['number', 'set'],
    ],
    mul: [['number'], ['number']],
    div: [['number'], ['number']],
    rem: [['number'], ['number']],
    abs: [['number']],
    round: [['number']],
    ceil: [['number']],
    floor: [['number']],
    count: [['array', 'object', 'set', 'string']],
    sum: [['array', 'set']],
    product: [['array', 'set']],
    max: [['array', 'set']],
    min: [['array', 'set']],
    sort: [['array', 'set']],
    and: [['set'], ['set']],
    or: [['set'], ['set']],
    concat: [['string'], ['array', 'set']],
    contains: [['string'], ['string']],
    startswith: [['string'], ['string']],
    endswith: [['string'], ['string']],
    lower: [['string']],
    upper: [['string']],
    split: [['string'], ['string']],
    replace: [['string'], ['string'], ['string']],
    sprintf: [['string'], ['array']],
    substring: [['string'], ['number'], ['number']],
    trim: [['string'], ['string']],
    trim_space: [['string']],
    indexof: [['string'], ['string']],
    'regex.match': [['string'], ['string']],
    'glob.match': [['string'], ['array', 'null'], ['string']],
    'object.get': [['object']],
    'object.keys': [['object']],
    'array.concat': [['array'], ['array']],
    'array.slice': [['array'], ['number'], ['number']],
    'json.unmarshal': [['string']],
    'base64.decode': [['string']],
    'base64.encode': [['string']],
};
function literalType(t) {
    switch (t.t) {
        case 'scalar':
            return (0,value/* typeName */.go)(t.v);
        case 'array':
        case 'acompr':
            return 'array';
        case 'set':
        case 'scompr':
            return 'set';
        case 'object':
        case 'ocompr':
            return 'object';
        default:
            return undefined;
    }
}
function checkCallTypes(op, args, loc) {
    const sig = SIGS[op];
    if (!sig)
        return;
    const have = args.slice(0, sig.length).map((a) => literalType(a));
    const bad = have.findIndex((t, i) => t !== undefined && !sig[i].includes(t));
    if (bad < 0)
        return;
    const fmt = (ts) => (ts.length === 1 ? ts[0] : `any<${ts.join(', ')}>`);
    throw new errors/* RegoErrors */.di([
        (0,errors/* errAt */.rN)('rego_type_error', `${op}: invalid argument(s)\n\thave: (${have.map((t) => t ?? 'any').join(', ')})\n\twant: (${sig.map(fmt).join(', ')})`, args[bad].loc ?? loc),
    ]);
}

;// CONCATENATED MODULE: ./src/rego/vars.ts
const ROOTS = new Set(['data', 'input']);
/** Display name of a (possibly renamed) var: `x$3` -> `x`, `$_1` -> `_`. */
function displayVar(v) {
    if (v.startsWith('$_'))
        return '_';
    const i = v.indexOf('$');
    return i > 0 ? v.slice(0, i) : v;
}
/** Var names appearing in pattern positions (vars, array items, object values). */
function patternVarNames(t) {
    switch (t.t) {
        case 'var':
            return [t.name];
        case 'array':
            return t.items.flatMap(patternVarNames);
        case 'object':
            return t.items.flatMap(([, v]) => patternVarNames(v));
        default:
            return [];
    }
}
/** All var names in a term, including free vars of closures (after resolution). */
function allVars(t, out = []) {
    switch (t.t) {
        case 'var':
            if (!ROOTS.has(t.name))
                out.push(t.name);
            break;
        case 'ref':
            allVars(t.head, out);
            for (const p of t.path)
                allVars(p, out);
            break;
        case 'array':
        case 'set':
            for (const x of t.items)
                allVars(x, out);
            break;
        case 'object':
            for (const [k, v] of t.items) {
                allVars(k, out);
                allVars(v, out);
            }
            break;
        case 'call':
            for (const a of t.args)
                allVars(a, out);
            break;
        case 'acompr':
        case 'scompr':
        case 'ocompr':
            for (const v of closureFree(t))
                out.push(v);
            break;
    }
    return out;
}
function closureFree(t) {
    const inner = [];
    if (t.t === 'ocompr') {
        allVars(t.key, inner);
        allVars(t.value, inner);
    }
    else
        allVars(t.term, inner);
    for (const e of t.body)
        exprVars(e, inner);
    const locals = t.locals ?? new Set();
    return inner.filter((v) => !locals.has(v) && !v.startsWith('$_'));
}
function exprVars(e, out) {
    const b = e.body;
    switch (b.k) {
        case 'term':
            allVars(b.term, out);
            break;
        case 'call':
            for (const a of b.args)
                allVars(a, out);
            break;
        case 'some':
            break;
        case 'somein':
            allVars(b.coll, out);
            allVars(b.value, out);
            if (b.key)
                allVars(b.key, out);
            break;
        case 'every': {
            allVars(b.domain, out);
            const inner = [];
            for (const x of b.body)
                exprVars(x, inner);
            const locals = b.locals ?? new Set();
            for (const v of inner)
                if (!locals.has(v) && !v.startsWith('$_'))
                    out.push(v);
            break;
        }
    }
    for (const w of e.withs)
        allVars(w.value, out);
}
/** Vars that a term can bind by iteration: vars inside ref paths (and nested). */
function refOutVars(t, out) {
    switch (t.t) {
        case 'ref':
            for (const p of t.path) {
                for (const v of patternVarNames(p))
                    out.add(v);
                refOutVars(p, out);
            }
            refOutVars(t.head, out);
            break;
        case 'array':
        case 'set':
            for (const x of t.items)
                refOutVars(x, out);
            break;
        case 'object':
            for (const [k, v] of t.items) {
                refOutVars(k, out);
                refOutVars(v, out);
            }
            break;
        case 'call':
            for (const a of t.args)
                refOutVars(a, out);
            break;
    }
}
function refOutOnly(t, v) {
    const s = new Set();
    refOutVars(t, s);
    return s.has(v);
}
function sameShape(a, b) {
    if (a.t === 'array' && b.t === 'array')
        return a.items.length === b.items.length;
    if (a.t === 'object' && b.t === 'object')
        return a.items.length === b.items.length;
    return false;
}

;// CONCATENATED MODULE: ./src/rego/resolve.ts





/** Resolves names and scopes within one module's rules. */
class Resolver {
    c;
    m;
    constructor(c, m) {
        this.c = c;
        this.m = m;
    }
    declare(scope, name) {
        if (name === '_')
            return '$_' + this.c.nextId();
        let unique = name;
        for (let s = scope.parent; s; s = s.parent) {
            if (s.vars.has(name)) {
                unique = `${name}$${this.c.nextId()}`;
                break;
            }
        }
        scope.vars.set(name, unique);
        scope.locals.add(unique);
        return unique;
    }
    lookup(scope, name) {
        for (let s = scope; s; s = s.parent) {
            if (s !== scope && s.hidden?.has(name))
                continue;
            const v = s.vars.get(name);
            if (v)
                return v;
        }
        return undefined;
    }
    /** The global meaning of a name: a data/input ref (as path terms) or undefined. */
    global(name, loc) {
        if (name === 'input' || name === 'data')
            return { t: 'var', name, loc };
        if (this.m) {
            for (const imp of this.m.imports) {
                const all = imp.path.t === 'ref' ? [imp.path.head, ...imp.path.path] : [imp.path];
                const root = all[0].name;
                if (root === 'future' || root === 'rego')
                    continue;
                const last = all[all.length - 1];
                const alias = imp.alias ?? (all.length === 1 ? root : last.t === 'scalar' ? String(last.v) : root);
                if (alias === name) {
                    if (all.length === 1)
                        return { t: 'var', name: root, loc };
                    return { t: 'ref', head: { t: 'var', name: root, loc }, path: all.slice(1).map((x) => ({ ...x, loc })), loc };
                }
            }
            const names = this.c.pkgRules.get(this.m.pkg.join('.'));
            if (names?.has(name)) {
                const path = [...this.m.pkg, name].map((s) => ({ t: 'scalar', v: s, loc }));
                return { t: 'ref', head: { t: 'var', name: 'data', loc }, path, loc };
            }
        }
        return undefined;
    }
    /** Resolves the vars of a body in `scope` (declaring locals), then descends into closures. */
    resolveBody(body, scope, top) {
        void top;
        // 1. declarations
        for (const e of body) {
            const b = e.body;
            if (b.k === 'some')
                for (const v of b.vars)
                    this.declareIfNew(scope, v.name, e);
            else if (b.k === 'somein') {
                for (const v of patternVarNames(b.value))
                    this.declareIfNew(scope, v, e);
                if (b.key)
                    for (const v of patternVarNames(b.key))
                        this.declareIfNew(scope, v, e);
            }
            else if (b.k === 'call' && b.op === 'assign') {
                const lhs = b.args[0];
                if (lhs.t !== 'var' && lhs.t !== 'array' && lhs.t !== 'object') {
                    throw new errors/* RegoErrors */.di([(0,errors/* errAt */.rN)('rego_parse_error', 'cannot assign to ' + termKind(lhs), e.loc)]);
                }
                for (const v of patternVarNames(lhs)) {
                    if (v !== '_' && scope.vars.has(v) && scope.locals.has(scope.vars.get(v))) {
                        throw new errors/* RegoErrors */.di([(0,errors/* errAt */.rN)('rego_compile_error', `var ${v} assigned above`, e.loc)]);
                    }
                    if (v !== '_' && this.globalRuleName(v) && !scope.vars.has(v) && top) {
                        // shadowing a rule with := is allowed in OPA v1? keep as local
                    }
                    this.declareIfNew(scope, v, e);
                }
            }
        }
        // 2. other vars of this level: used names not declared -> global or local of this scope
        const used = [];
        for (const e of body)
            this.levelVars(e, used);
        for (const n of used) {
            if (n === '_' || this.lookup(scope, n) || this.global(n, { file: '', row: 0, col: 0 }))
                continue;
            scope.vars.set(n, this.uniqueFor(scope, n));
            scope.locals.add(scope.vars.get(n));
        }
        // 3. rewrite (closures only see `:=` vars declared by earlier expressions)
        const declAt = new Map();
        body.forEach((e, i) => {
            if (e.body.k === 'call' && e.body.op === 'assign')
                for (const v of patternVarNames(e.body.args[0]))
                    if (!declAt.has(v))
                        declAt.set(v, i);
        });
        return body.map((e, i) => {
            scope.hidden = new Set([...declAt].filter(([, j]) => j >= i).map(([v]) => v));
            try {
                return this.resolveExpr(e, scope);
            }
            finally {
                scope.hidden = undefined;
            }
        });
    }
    globalRuleName(n) {
        return !!this.m && !!this.c.pkgRules.get(this.m.pkg.join('.'))?.has(n);
    }
    uniqueFor(scope, name) {
        for (let s = scope.parent; s; s = s.parent)
            if (s.vars.has(name))
                return `${name}$${this.c.nextId()}`;
        return name;
    }
    declareIfNew(scope, name, _e) {
        if (name === '_')
            return;
        if (scope.vars.has(name))
            return;
        this.declare(scope, name);
    }
    /** var names used at this level (not inside closures / every bodies). */
    levelVars(e, out) {
        const visit = (t) => {
            switch (t.t) {
                case 'var':
                    out.push(t.name);
                    return;
                case 'ref':
                    visit(t.head);
                    t.path.forEach(visit);
                    return;
                case 'array':
                case 'set':
                    t.items.forEach(visit);
                    return;
                case 'object':
                    t.items.forEach(([k, v]) => {
                        visit(k);
                        visit(v);
                    });
                    return;
                case 'call':
                    t.args.forEach(visit);
                    return;
                default:
                    return;
            }
        };
        const b = e.body;
        if (b.k === 'term')
            visit(b.term);
        else if (b.k === 'call')
            b.args.forEach(visit);
        else if (b.k === 'somein') {
            visit(b.coll);
            visit(b.value);
            if (b.key)
                visit(b.key);
        }
        else if (b.k === 'every')
            visit(b.domain);
        for (const w of e.withs) {
            const all = w.value.t === 'ref' ? [w.value.head, ...w.value.path] : [w.value];
            const name = all.map((x) => (x.t === 'var' ? x.name : x.t === 'scalar' ? String(x.v) : '?')).join('.');
            if ((0,builtins/* builtinArity */.xS)(name) !== undefined && all[0].t === 'var' && !this.global(all[0].name, w.loc))
                continue;
            visit(w.value);
        }
    }
    resolveExpr(e, scope) {
        const b = e.body;
        let nb;
        switch (b.k) {
            case 'term':
                nb = { k: 'term', term: this.resolveTerm(b.term, scope, false) };
                break;
            case 'call': {
                const op = this.resolveOp(b.op, b.args.length, e.loc, scope);
                if (this.isRuleCall(op, b.args.length)) {
                    nb = { k: 'term', term: ruleRef(op, e.loc) };
                    break;
                }
                nb = { k: 'call', op, args: b.args.map((a) => this.resolveTerm(a, scope, false)) };
                checkCallTypes(op, nb.args, e.loc);
                break;
            }
            case 'some':
                nb = { k: 'some', vars: b.vars.map((v) => this.resolveTerm(v, scope, false)) };
                break;
            case 'somein':
                nb = {
                    k: 'somein',
                    key: b.key && this.resolveTerm(b.key, scope, false),
                    value: this.resolveTerm(b.value, scope, false),
                    coll: this.resolveTerm(b.coll, scope, false),
                };
                break;
            case 'every': {
                const inner = { parent: scope, vars: new Map(), locals: new Set() };
                const key = b.key ? this.resolvePatternDecl(b.key, inner) : undefined;
                const value = this.resolvePatternDecl(b.value, inner);
                const body = this.resolveBody(b.body, inner, false);
                const domain = this.resolveTerm(b.domain, scope, false);
                nb = { k: 'every', key, value, domain, body };
                nb.locals = inner.locals;
                break;
            }
        }
        const withs = e.withs.map((w) => ({
            ...w,
            target: this.resolveWithTarget(w.target, scope),
            value: this.resolveWithValue(w.value, scope),
        }));
        return { ...e, body: nb, withs };
    }
    /** A `with` value: a builtin named as a value becomes a function replacement. */
    resolveWithValue(t, scope) {
        const all = t.t === 'ref' ? [t.head, ...t.path] : [t];
        if (all[0].t === 'var' && all.slice(1).every((x) => x.t === 'scalar' && typeof x.v === 'string')) {
            const head = all[0].name;
            const name = [head, ...all.slice(1).map((x) => String(x.v))].join('.');
            if (!this.lookup(scope, head) && !this.global(head, t.loc) && (0,builtins/* builtinArity */.xS)(name) !== undefined) {
                return { t: 'scalar', v: '$builtin:' + name, loc: t.loc };
            }
        }
        return this.resolveTerm(t, scope, false);
    }
    resolvePatternDecl(t, scope) {
        for (const v of patternVarNames(t))
            this.declareIfNew(scope, v, undefined);
        return this.resolveTerm(t, scope, false);
    }
    resolveWithTarget(t, scope) {
        const all = t.t === 'ref' ? [t.head, ...t.path] : [t];
        const head = all[0];
        if (head.name === 'data' && all.slice(1).every((x) => x.t === 'scalar' && typeof x.v === 'string')) {
            // `with data.pkg.f as ...` on a function replaces the function
            const full = ['data', ...all.slice(1).map((x) => String(x.v))].join('.');
            if (this.c.funcArity.has(full))
                return { t: 'scalar', v: full, loc: t.loc };
        }
        if (head.name === 'input' || head.name === 'data')
            return t;
        // a function (builtin or user) to replace
        const name = all.map((x, i) => (i === 0 ? head.name : String(x.v))).join('.');
        const op = this.resolveOp(name, -1, t.loc, scope);
        return { t: 'scalar', v: op, loc: t.loc };
    }
    /** `f()` of a rule declared without arguments (`f() := 7`) reads the rule's value. */
    isRuleCall(op, nargs) {
        return nargs === 0 && op.startsWith('data.') && !this.c.funcArity.has(op) && this.c.rulePaths.has(op);
    }
    resolveOp(op, nargs, loc, scope) {
        if (op === 'eq' || op === 'assign')
            return op;
        const parts = op.split('.');
        const g = this.lookup(scope, parts[0]) ? undefined : this.global(parts[0], loc);
        let full;
        if (parts[0] === 'data')
            full = op;
        else if (g && g.t === 'ref' && g.head.t === 'var' && g.head.name === 'data') {
            full = ['data', ...g.path.map((p) => String(p.v)), ...parts.slice(1)].join('.');
        }
        if (full) {
            const arity = this.c.funcArity.get(full);
            if (arity === undefined && nargs === 0 && this.c.rulePaths.has(full))
                return full;
            if (arity === undefined) {
                if (nargs >= 0)
                    throw new errors/* RegoErrors */.di([(0,errors/* errAt */.rN)('rego_type_error', `undefined function ${full}`, loc)]);
            }
            else if (nargs >= 0 && nargs !== arity && nargs !== arity + 1) {
                throw new errors/* RegoErrors */.di([
                    (0,errors/* errAt */.rN)('rego_type_error', `${full}: arity mismatch\n\thave: ${nargs} argument(s)\n\twant: ${arity} argument(s)`, loc),
                ]);
            }
            return full;
        }
        // OPA's v1 capabilities leave the deprecated builtins out: v0 modules only
        if (builtins/* DEPRECATED_NAMES */.dn.has(op) && !this.m?.v0)
            throw new errors/* RegoErrors */.di([(0,errors/* errAt */.rN)('rego_type_error', `undefined function ${op}`, loc)]);
        const arity = (0,builtins/* builtinArity */.xS)(op);
        if (arity === undefined) {
            if ((0,builtins/* isKnownOpaBuiltin */.Xp)(op))
                throw new errors/* RegoErrors */.di([
                    (0,errors/* errAt */.rN)('rego_type_error', `unsupported builtin: ${op} is an OPA builtin this engine does not implement`, loc),
                ]);
            throw new errors/* RegoErrors */.di([(0,errors/* errAt */.rN)('rego_type_error', `undefined function ${op}`, loc)]);
        }
        if (nargs >= 0 && arity >= 0 && nargs !== arity && nargs !== arity + 1) {
            throw new errors/* RegoErrors */.di([(0,errors/* errAt */.rN)('rego_type_error', `${nargs > arity + 1 ? 'too many arguments' : 'too few arguments'}: ${op}`, loc)]);
        }
        return op;
    }
    resolveTerm(t, scope, _pattern) {
        switch (t.t) {
            case 'scalar':
                return t;
            case 'var': {
                if (t.name === '_')
                    return { t: 'var', name: '$_' + this.c.nextId(), loc: t.loc };
                const local = this.lookup(scope, t.name);
                if (local)
                    return { ...t, name: local };
                const g = this.global(t.name, t.loc);
                if (g)
                    return g;
                // not seen at resolution time (e.g. head-only var): make it local
                scope.vars.set(t.name, t.name);
                return t;
            }
            case 'ref': {
                const head = this.resolveTerm(t.head, scope, false);
                const path = t.path.map((p) => this.resolveTerm(p, scope, false));
                if (head.t === 'ref')
                    return { t: 'ref', head: head.head, path: [...head.path, ...path], loc: t.loc };
                return { t: 'ref', head, path, loc: t.loc };
            }
            case 'array':
                return foldConstant({ ...t, items: t.items.map((x) => this.resolveTerm(x, scope, false)) });
            case 'set':
                return foldConstant({ ...t, items: t.items.map((x) => this.resolveTerm(x, scope, false)) });
            case 'object':
                return foldConstant({
                    ...t,
                    items: t.items.map(([k, v]) => [this.resolveTerm(k, scope, false), this.resolveTerm(v, scope, false)]),
                });
            case 'call': {
                const op = this.resolveOp(t.op, t.args.length, t.loc, scope);
                if (this.isRuleCall(op, t.args.length))
                    return ruleRef(op, t.loc);
                const args = t.args.map((a) => this.resolveTerm(a, scope, false));
                checkCallTypes(op, args, t.loc);
                return { t: 'call', op, args, loc: t.loc };
            }
            case 'acompr':
            case 'scompr':
            case 'ocompr': {
                const inner = { parent: scope, vars: new Map(), locals: new Set() };
                // vars in the head term are part of the closure's level
                const headExpr = {
                    body: { k: 'term', term: t.t === 'ocompr' ? { t: 'array', items: [t.key, t.value], loc: t.loc } : t.term },
                    negated: false,
                    withs: [],
                    loc: t.loc,
                    text: '',
                };
                const body = this.resolveBody([...t.body, headExpr], inner, false);
                const h = body.pop().body.term;
                let out;
                if (t.t === 'ocompr') {
                    const [k, v] = h.t === 'scalar' && Array.isArray(h.v)
                        ? h.v.map((x) => ({ t: 'scalar', v: x, loc: h.loc }))
                        : h.items;
                    out = { t: 'ocompr', key: k, value: v, body, loc: t.loc };
                }
                else
                    out = { t: t.t, term: h, body, loc: t.loc };
                out.locals = inner.locals;
                return out;
            }
        }
    }
}
/** A composite literal of constants becomes one constant (evaluated once, at compile time). */
function foldConstant(t) {
    if (t.t === 'array' && t.items.every((x) => x.t === 'scalar'))
        return { t: 'scalar', v: t.items.map((x) => x.v), loc: t.loc };
    if (t.t === 'set' && t.items.every((x) => x.t === 'scalar'))
        return { t: 'scalar', v: value/* RSet */.B9.from(t.items.map((x) => x.v)), loc: t.loc };
    if (t.t === 'object' && t.items.every(([k, v]) => k.t === 'scalar' && v.t === 'scalar')) {
        const o = new value/* RObject */.Cl();
        for (const [k, v] of t.items) {
            const kv = k.v;
            const vv = v.v;
            const cur = o.get(kv);
            if (cur !== undefined && !(0,value/* equal */.LC)(cur, vv))
                return t; // duplicate key: leave to evaluation (conflict)
            o.set(kv, vv);
        }
        return { t: 'scalar', v: o, loc: t.loc };
    }
    return t;
}
function termKind(t) {
    switch (t.t) {
        case 'scalar':
            return typeof t.v === 'string' ? 'string' : t.v === null ? 'null' : typeof t.v === 'boolean' ? 'boolean' : 'number';
        case 'ref':
            return 'ref';
        case 'call':
            return 'call';
        default:
            return t.t;
    }
}
/** The reference `data.a.b` for a resolved rule path `data.a.b`. */
function ruleRef(path, loc) {
    const [, ...keys] = path.split('.');
    return { t: 'ref', head: { t: 'var', name: 'data', loc }, path: keys.map((k) => ({ t: 'scalar', v: k, loc })), loc };
}
function hasCall(t) {
    if (t.t === 'call')
        return true;
    if (t.t === 'array' || t.t === 'set')
        return t.items.some(hasCall);
    if (t.t === 'object')
        return t.items.some(([, v]) => hasCall(v));
    return false;
}

;// CONCATENATED MODULE: ./src/rego/safety.ts



/**
 * Safety analysis with body reordering (OPA's ast/compile.go checkSafetyRuleBodies /
 * reorderBodyForSafety), and the rewrite of negated expressions' dynamic operands
 * (rewriteDynamics), over resolved bodies of one module (or a query).
 */
class Safety {
    c;
    m;
    notBody;
    constructor(c, m) {
        this.c = c;
        this.m = m;
    }
    /** Reorders a body so every expression's inputs are bound first; `bound` is updated. */
    reorder(body, bound) {
        const pending = [...body];
        const out = [];
        while (pending.length) {
            let progressed = false;
            for (let i = 0; i < pending.length; i++) {
                const e = pending[i];
                const io = this.exprIO(e, bound);
                if (io.inputs.every((v) => bound.has(v)) && io.ready) {
                    for (const v of io.outputs)
                        bound.add(v);
                    out.push(this.reorderNested(e, bound));
                    pending.splice(i, 1);
                    progressed = true;
                    break;
                }
            }
            if (!progressed) {
                const errs = [];
                const seen = new Set();
                for (const e of pending) {
                    const io = this.exprIO(e, bound);
                    for (const v of io.inputs.concat(io.ready ? [] : io.outputs)) {
                        if (!bound.has(v) && !seen.has(v)) {
                            seen.add(v);
                            errs.push((0,errors/* errAt */.rN)('rego_unsafe_var_error', `var ${displayVar(v)} is unsafe`, varLoc(e, v) ?? e.loc));
                        }
                    }
                }
                if (errs.length === 0)
                    errs.push((0,errors/* errAt */.rN)('rego_unsafe_var_error', 'unsafe expression', pending[0].loc));
                throw new errors/* RegoErrors */.di(errs);
            }
        }
        return this.keepsNegatedOperands() ? out : hoistNegatedDynamics(out, () => this.c.nextId());
    }
    /**
     * Under `import future.keywords.not` (or `rego.v2`) OPA evaluates the operands of a negated
     * expression inside the negation (`not input.x + input.y == input.z` is true when the operands
     * are undefined; OPA's negation/test-not-body.yaml), so they are not hoisted.
     */
    keepsNegatedOperands() {
        if (this.notBody === undefined) {
            this.notBody = !!this.m?.imports.some((imp) => {
                const p = imp.path.t === 'ref' ? [imp.path.head, ...imp.path.path] : [imp.path];
                const names = p.map((x) => (x.t === 'var' ? x.name : x.t === 'scalar' ? String(x.v) : '')).join('.');
                return names === 'future.keywords.not' || names === 'rego.v2';
            });
        }
        return this.notBody;
    }
    /** Orders the bodies of the closures inside a term (e.g. a rule head value). */
    reorderTerm(t, bound) {
        const e = { body: { k: 'term', term: t }, negated: false, withs: [], loc: t.loc, text: '' };
        return this.reorderNested(e, bound).body.term;
    }
    reorderNested(e, bound) {
        const fixIn = (t, bound) => {
            const fix = (x) => fixIn(x, bound);
            switch (t.t) {
                case 'acompr':
                case 'scompr':
                case 'ocompr': {
                    const b = new Set(bound);
                    const body = this.reorder(t.body, b);
                    const head = t.t === 'ocompr' ? [t.key, t.value] : [t.term];
                    for (const h of head)
                        for (const v of allVars(h))
                            if (!b.has(v))
                                throw new errors/* RegoErrors */.di([(0,errors/* errAt */.rN)('rego_unsafe_var_error', `var ${displayVar(v)} is unsafe`, h.loc)]);
                    // closures in the head (e.g. template strings) see the comprehension's bindings
                    const heads = t.t === 'ocompr' ? { key: fixIn(t.key, b), value: fixIn(t.value, b) } : { term: fixIn(t.term, b) };
                    return { ...t, body, ...heads };
                }
                case 'ref':
                    return { ...t, head: fix(t.head), path: t.path.map(fix) };
                case 'array':
                case 'set':
                    return { ...t, items: t.items.map(fix) };
                case 'object':
                    return { ...t, items: t.items.map(([k, v]) => [fix(k), fix(v)]) };
                case 'call':
                    return { ...t, args: t.args.map(fix) };
                default:
                    return t;
            }
        };
        const fixTerm = (t) => fixIn(t, bound);
        const b = e.body;
        let nb = b;
        switch (b.k) {
            case 'term':
                nb = { k: 'term', term: fixTerm(b.term) };
                break;
            case 'call':
                nb = { ...b, args: b.args.map(fixTerm) };
                break;
            case 'somein':
                nb = { ...b, coll: fixTerm(b.coll) };
                break;
            case 'every': {
                const inner = new Set(bound);
                for (const v of allVars(b.value))
                    inner.add(v);
                if (b.key)
                    for (const v of allVars(b.key))
                        inner.add(v);
                nb = { ...b, domain: fixTerm(b.domain), body: this.reorder(b.body, inner) };
                nb.locals = b.locals;
                break;
            }
        }
        return { ...e, body: nb, withs: e.withs.map((w) => ({ ...w, value: fixTerm(w.value) })) };
    }
    /** Inputs (must be bound) and outputs (bound after) of an expression. */
    exprIO(e, bound) {
        const inputs = [];
        const outputs = new Set();
        let ready = true;
        const valuePos = (t) => {
            const outs = new Set();
            refOutVars(t, outs);
            for (const v of allVars(t))
                if (!outs.has(v))
                    inputs.push(v);
            for (const v of outs)
                outputs.add(v);
        };
        const b = e.body;
        switch (b.k) {
            case 'term':
                valuePos(b.term);
                break;
            case 'call': {
                if (b.op === 'eq' || b.op === 'assign') {
                    const [l, r] = b.args;
                    for (const side of [l, r]) {
                        const outs = new Set();
                        refOutVars(side, outs);
                        const pats = new Set(patternVarNames(side));
                        for (const v of allVars(side))
                            if (!outs.has(v) && !pats.has(v))
                                inputs.push(v);
                        for (const v of outs)
                            outputs.add(v);
                        for (const v of pats)
                            outputs.add(v);
                    }
                    const lv = patternVarNames(l).filter((v) => !bound.has(v));
                    const rv = patternVarNames(r).filter((v) => !bound.has(v));
                    const lGround = allVars(l).every((v) => bound.has(v) || refOutOnly(l, v));
                    const rGround = allVars(r).every((v) => bound.has(v) || refOutOnly(r, v));
                    if (lv.length && rv.length && !lGround && !rGround) {
                        // both sides need the other: fine only when both are composite literals of equal shape
                        if (!sameShape(l, r))
                            ready = false;
                    }
                }
                else {
                    const arity = b.op.startsWith('data.') ? this.c.funcArity.get(b.op) : (0,builtins/* builtinArity */.xS)(b.op);
                    const n = b.args.length;
                    const hasOut = arity !== undefined && arity >= 0 && n === arity + 1;
                    const callOuts = new Set();
                    b.args.forEach((a, i) => {
                        if (!(hasOut && i === n - 1))
                            refOutVars(a, callOuts);
                    });
                    b.args.forEach((a, i) => {
                        if (hasOut && i === n - 1) {
                            const pats = new Set(patternVarNames(a));
                            const outs = new Set();
                            refOutVars(a, outs);
                            for (const v of allVars(a))
                                if (!pats.has(v) && !outs.has(v))
                                    inputs.push(v);
                            for (const v of pats)
                                outputs.add(v);
                            for (const v of outs)
                                outputs.add(v);
                        }
                        else {
                            for (const v of allVars(a))
                                if (!callOuts.has(v))
                                    inputs.push(v);
                            for (const v of callOuts)
                                outputs.add(v);
                        }
                    });
                }
                break;
            }
            case 'some':
                break;
            case 'somein': {
                valuePos(b.coll);
                for (const t of [b.value, ...(b.key ? [b.key] : [])]) {
                    const pats = new Set(patternVarNames(t));
                    for (const v of allVars(t))
                        if (!pats.has(v))
                            inputs.push(v);
                    for (const v of pats)
                        outputs.add(v);
                }
                break;
            }
            case 'every': {
                valuePos(b.domain);
                const locals = b.locals ?? new Set();
                const inner = [];
                for (const x of b.body)
                    exprVars(x, inner);
                for (const v of inner)
                    if (!locals.has(v) && !v.startsWith('$_'))
                        inputs.push(v);
                break;
            }
        }
        for (const w of e.withs)
            for (const v of allVars(w.value))
                inputs.push(v);
        if (e.negated) {
            const all = [...inputs, ...outputs].filter((v) => !v.startsWith('$_'));
            return { inputs: all, outputs: [], ready };
        }
        return { inputs, outputs: [...outputs], ready };
    }
}
/** The location of the first occurrence of var `name` in an expression (OPA points at the var). */
function varLoc(e, name) {
    let found;
    const visit = (t) => {
        if (!t || found)
            return;
        switch (t.t) {
            case 'var':
                if (t.name === name)
                    found = t.loc;
                return;
            case 'ref':
                visit(t.head);
                t.path.forEach(visit);
                return;
            case 'array':
            case 'set':
                t.items.forEach(visit);
                return;
            case 'object':
                t.items.forEach(([k, v]) => (visit(k), visit(v)));
                return;
            case 'call':
                t.args.forEach(visit);
                return;
            case 'acompr':
            case 'scompr':
                visit(t.term);
                t.body.forEach((x) => (found ??= varLoc(x, name)));
                return;
            case 'ocompr':
                visit(t.key);
                visit(t.value);
                t.body.forEach((x) => (found ??= varLoc(x, name)));
                return;
            default:
                return;
        }
    };
    const b = e.body;
    if (b.k === 'term')
        visit(b.term);
    else if (b.k === 'call')
        b.args.forEach(visit);
    else if (b.k === 'somein')
        [b.coll, b.value, b.key].forEach(visit);
    else if (b.k === 'every') {
        visit(b.domain);
        b.body.forEach((x) => (found ??= varLoc(x, name)));
    }
    e.withs.forEach((w) => visit(w.value));
    return found;
}
/**
 * OPA's rewriteDynamics (v1/ast/compile.go, stage RewriteDynamicTerms, run on rule bodies and on
 * queries after the safety reordering): the dynamic operands of an expression (references and
 * calls, also inside array, object and set literals; comprehensions) are bound to generated vars
 * by expressions placed before it, which carry the same `with` modifiers. So in
 * `not startswith(input.missing, "x")` the argument is evaluated outside the negation and, when it
 * is undefined, the whole expression is undefined instead of true (OPA issue #1877).
 *
 * As in OPA: the operands of a call expression (`==`, `!=`, `<`, `in`, builtins, user functions)
 * are hoisted whole; for a unification (`=`) and for a term expression only the operands of a
 * reference (`data.q[input.k]`) and the members of a composite are hoisted, never the reference
 * itself, so `not input.x = 1` and `not input.x` stay true when `input.x` is undefined. `print`
 * keeps its operands (OPA rewrites them into comprehensions, which are always defined).
 *
 * Only negated expressions are rewritten: elsewhere an undefined operand already makes the
 * expression undefined, so the rewrite would not change any result (OPA rewrites all of them).
 */
function hoistNegatedDynamics(body, next) {
    if (!body.some((e) => e.negated))
        return body;
    const out = [];
    for (const e of body) {
        if (!e.negated) {
            out.push(e);
            continue;
        }
        const extra = [];
        const bind = (t) => {
            const v = { t: 'var', name: `$_h${next()}`, loc: t.loc };
            extra.push({
                body: { k: 'call', op: 'eq', args: [v, t] },
                negated: false,
                withs: e.withs,
                loc: t.loc,
                text: e.text,
                generated: true,
            });
            return v;
        };
        // rewriteDynamicsOne: a reference or call becomes a generated var; composites are descended
        const one = (t) => {
            switch (t.t) {
                case 'ref':
                    return bind({ ...t, path: t.path.map(one) });
                case 'call':
                    return bind({ ...t, args: t.args.map(one) });
                case 'acompr':
                case 'scompr':
                case 'ocompr':
                    return bind(t);
                case 'array':
                case 'set':
                    return { ...t, items: t.items.map(one) };
                case 'object':
                    return { ...t, items: t.items.map(([k, v]) => [one(k), one(v)]) };
                default:
                    return t;
            }
        };
        // rewriteDynamicsInTerm: a reference keeps its place, its operands are hoisted
        const inTerm = (t) => {
            if (t.t === 'ref')
                return { ...t, path: t.path.map(one) };
            if (t.t === 'acompr' || t.t === 'scompr' || t.t === 'ocompr')
                return t;
            return one(t);
        };
        const b = e.body;
        let nb = b;
        if (b.k === 'call' && b.op === 'eq')
            nb = { ...b, args: b.args.map(inTerm) };
        else if (b.k === 'call' && b.op !== 'print' && b.op !== 'internal.print')
            nb = { ...b, args: b.args.map(one) };
        else if (b.k === 'term')
            nb = { k: 'term', term: inTerm(b.term) };
        out.push(...extra, extra.length ? { ...e, body: nb } : e);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/rego/compiler.ts






/** A node of the virtual document tree. */
class Node {
    path;
    children = new Map();
    complete = [];
    defaultRule;
    sets = [];
    funcs = [];
    dyn = [];
    constructor(path) {
        this.path = path;
    }
    child(k) {
        let c = this.children.get(k);
        if (!c) {
            c = new Node([...this.path, k]);
            this.children.set(k, c);
        }
        return c;
    }
    hasRules() {
        return this.complete.length > 0 || !!this.defaultRule || this.sets.length > 0 || this.funcs.length > 0;
    }
}
/** Compiles modules into a rule tree. */
class Compiler {
    errors = [];
    /** counter for generated var names, per compilation (each query compiles with its own) */
    gensym = 0;
    /** A fresh number for a generated var name. */
    nextId() {
        return ++this.gensym;
    }
    root = new Node([]);
    rules = [];
    funcArity = new Map();
    /** package path joined -> set of rule names (first head ref element) */
    pkgRules = new Map();
    pkgAnn = new Map();
    /** ground paths (`data.` joined) of every rule, for `f()` calls of rules without arguments */
    rulePaths = new Set();
    docAnn = new Map();
    /** rego.metadata.rule() and rego.metadata.chain() for a rule, computed at compile time (as OPA). */
    metadataFor(m, r) {
        const path = [...m.pkg, ...headGroundPath(r)];
        const own = r.annotations && (r.annotations.scope ?? 'rule') === 'rule' ? normAnnotations(r.annotations, 'rule') : undefined;
        const doc = this.docAnn.get(path.join('.'));
        const chain = [];
        chain.push(value/* RObject */.Cl.from([...(own ? [['annotations', own]] : []), ['path', path]]));
        if (doc)
            chain.push(value/* RObject */.Cl.from([
                ['annotations', doc],
                ['path', path],
            ]));
        for (let i = m.pkg.length; i >= 1; i--) {
            const a = this.pkgAnn.get(m.pkg.slice(0, i).join('.'));
            if (!a)
                continue;
            if (i < m.pkg.length && a.get('scope') !== 'subpackages')
                continue;
            chain.push(value/* RObject */.Cl.from([
                ['annotations', a],
                ['path', m.pkg.slice(0, i)],
            ]));
        }
        return { rule: own ?? doc ?? new value/* RObject */.Cl(), chain };
    }
    compileModules(sources, opts = {}) {
        const modules = [];
        const parseErrors = [];
        for (const s of sources) {
            try {
                modules.push((0,parser/* parseModule */.Y$)(s.path, s.text, opts));
            }
            catch (e) {
                if (e instanceof errors/* RegoErrors */.di)
                    parseErrors.push(...e.errors);
                else
                    throw e;
            }
        }
        if (parseErrors.length)
            throw new errors/* RegoErrors */.di(parseErrors);
        // `f() := 7` declares no arguments: OPA makes it a rule with a value (a function needs at least
        // one argument; ast.Rule.Head.Args empty), so `v := f` and `data.pkg` see it (OPA #6315, #2165)
        for (const m of modules) {
            for (const r0 of m.rules)
                for (let r = r0; r; r = r.elseRule)
                    if (r.head.args?.length === 0)
                        r.head.args = undefined;
        }
        // pass 1: names and function arities
        for (const m of modules) {
            const key = m.pkg.join('.');
            let names = this.pkgRules.get(key);
            if (!names)
                this.pkgRules.set(key, (names = new Set()));
            for (const r of m.rules) {
                const name = r.head.ref[0].name;
                names.add(name);
                this.rulePaths.add(['data', ...m.pkg, ...headGroundPath(r)].join('.'));
                if (r.head.args) {
                    const p = ['data', ...m.pkg, ...headGroundPath(r)].join('.');
                    const prev = this.funcArity.get(p);
                    if (prev !== undefined && prev !== r.head.args.length) {
                        this.errors.push((0,errors/* errAt */.rN)('rego_type_error', `function ${p} has arity ${prev}, got ${r.head.args.length}`, r.loc));
                    }
                    this.funcArity.set(p, r.head.args.length);
                }
            }
        }
        // METADATA annotations: package (and subpackages) scope, document scope per rule path
        for (const m of modules) {
            const key = m.pkg.join('.');
            if (m.annotations && !this.pkgAnn.has(key))
                this.pkgAnn.set(key, normAnnotations(m.annotations, 'package'));
            for (const r of m.rules) {
                if (r.annotations && r.annotations.scope === 'document') {
                    const k = [...m.pkg, ...headGroundPath(r)].join('.');
                    if (!this.docAnn.has(k))
                        this.docAnn.set(k, normAnnotations(r.annotations, 'document'));
                }
            }
        }
        // every package is a document (an empty object when it has no rules)
        for (const m of modules) {
            let n = this.root;
            for (const k of m.pkg)
                n = n.child(k);
        }
        // pass 2: rules
        for (const m of modules) {
            for (const r of m.rules) {
                try {
                    const cr = this.compileRule(m, r);
                    if (cr)
                        this.attach(cr);
                }
                catch (e) {
                    if (e instanceof errors/* RegoErrors */.di)
                        this.errors.push(...e.errors);
                    else
                        throw e;
                }
            }
        }
        if (this.errors.length === 0)
            this.checkConflicts();
        if (this.errors.length === 0)
            this.checkRecursion();
        if (this.errors.length)
            throw new errors/* RegoErrors */.di(dedupe(this.errors));
        const pkgs = [...new Set(modules.map((m) => m.pkg.join('.')))].sort();
        return { packages: () => pkgs, root: this.root, modules, rules: this.rules, funcArity: this.funcArity, rulePaths: this.rulePaths };
    }
    attach(cr) {
        let n = this.root;
        for (const k of cr.path)
            n = n.child(k);
        if (cr.kind === 'func')
            n.funcs.push(cr);
        else if (cr.dyn.length > 0)
            n.dyn.push(cr);
        else if (cr.kind === 'set')
            n.sets.push(cr);
        else if (cr.isDefault) {
            if (n.defaultRule)
                this.errors.push((0,errors/* errAt */.rN)('rego_type_error', `multiple default rules ${['data', ...cr.path].join('.')} found`, cr.rule.loc));
            n.defaultRule = cr;
        }
        else
            n.complete.push(cr);
        this.rules.push(cr);
    }
    checkConflicts() {
        const walk = (n) => {
            const kinds = [n.complete.length || n.defaultRule ? 'complete' : '', n.sets.length ? 'set' : '', n.funcs.length ? 'func' : ''].filter(Boolean);
            if (kinds.length > 1) {
                const r = (n.complete[0] ?? n.sets[0] ?? n.funcs[0] ?? n.defaultRule);
                this.errors.push((0,errors/* errAt */.rN)('rego_type_error', `conflicting rules data.${n.path.join('.')} found`, r.rule.loc));
            }
            if (n.hasRules() && n.children.size > 0) {
                const r = (n.complete[0] ?? n.sets[0] ?? n.funcs[0] ?? n.defaultRule);
                this.errors.push((0,errors/* errAt */.rN)('rego_type_error', `rule data.${n.path.join('.')} conflicts with [${[...n.children.keys()].map((k) => `data.${[...n.path, k].join('.')}`).join(' ')}]`, r.rule.loc));
            }
            for (const c of n.children.values())
                walk(c);
        };
        walk(this.root);
    }
    // ---------------- rules ----------------
    compileRule(m, r, parentScope) {
        const pkg = ['data', ...m.pkg];
        const ground = headGroundPath(r);
        const refRest = r.head.ref.slice(1 + ground.length - 1);
        const dyn = refRest.slice(0).filter((_, i) => i >= 0);
        void dyn;
        const groundLen = ground.length; // includes rule name
        const dynTerms = r.head.ref.slice(groundLen);
        let kind = 'complete';
        if (r.head.args)
            kind = 'func';
        else if (r.head.key)
            kind = 'set';
        // value defaults to true
        const value = r.head.value ?? { t: 'scalar', v: true, loc: r.loc };
        if (kind === 'set' && r.head.value)
            throw new errors/* RegoErrors */.di([(0,errors/* errAt */.rN)('rego_parse_error', 'contains rules cannot have a value', r.loc)]);
        if (r.isDefault && (dynTerms.length || kind === 'set')) {
            throw new errors/* RegoErrors */.di([(0,errors/* errAt */.rN)('rego_type_error', 'default rules must have a ground head reference', r.loc)]);
        }
        const scope = parentScope ? parentScope.scope : { vars: new Map(), locals: new Set() };
        const ctx = new Resolver(this, m);
        const safety = new Safety(this, m);
        // calls in argument terms (e.g. template strings) are computed by the body and unified with
        // the argument, as OPA's rewriteExprTermsInHead does
        if (r.head.args?.some(hasCall)) {
            const extra = [];
            const lift = (t) => {
                if (t.t === 'call') {
                    const v = { t: 'var', name: `$_a${this.nextId()}`, loc: t.loc };
                    extra.push({ body: { k: 'call', op: 'eq', args: [v, t] }, negated: false, withs: [], loc: t.loc, text: '' });
                    return v;
                }
                if (t.t === 'array' || t.t === 'set')
                    return { ...t, items: t.items.map(lift) };
                if (t.t === 'object')
                    return { ...t, items: t.items.map(([k, v]) => [k, lift(v)]) };
                return t;
            };
            r = { ...r, head: { ...r.head, args: r.head.args.map(lift) }, body: [...r.body, ...extra] };
        }
        // declare function args
        if (r.head.args && !parentScope) {
            for (const a of r.head.args)
                for (const v of patternVarNames(a))
                    ctx.declare(scope, v);
        }
        const args = r.head.args?.map((a) => ctx.resolveTerm(a, scope, true));
        let body = ctx.resolveBody(r.body, scope, true);
        if (usesMetadata(r)) {
            const meta = this.metadataFor(m, r);
            body = body.map((e) => replaceMetaExpr(e, meta));
        }
        const dynResolved0 = dynTerms.map((t) => ctx.resolveTerm(t, scope, false));
        const keyResolved0 = r.head.key ? ctx.resolveTerm(r.head.key, scope, false) : undefined;
        let valueResolved = ctx.resolveTerm(value, scope, false);
        if (usesMetadata(r))
            valueResolved = replaceMetaTerm(valueResolved, this.metadataFor(m, r));
        // safety
        const bound = new Set();
        if (args)
            for (const a of args)
                for (const v of allVars(a))
                    bound.add(v);
        body = safety.reorder(body, bound);
        // closures in the head (comprehensions) are ordered and rewritten like those of the body
        const dynResolved = dynResolved0.map((t) => safety.reorderTerm(t, bound));
        const keyResolved = keyResolved0 && safety.reorderTerm(keyResolved0, bound);
        valueResolved = safety.reorderTerm(valueResolved, bound);
        const headVars = new Set();
        for (const t of [...dynResolved, ...(keyResolved ? [keyResolved] : []), valueResolved]) {
            const outs = new Set();
            refOutVars(t, outs);
            for (const v of allVars(t))
                if (!outs.has(v))
                    headVars.add(v);
        }
        for (const v of headVars) {
            if (!bound.has(v))
                throw new errors/* RegoErrors */.di([(0,errors/* errAt */.rN)('rego_unsafe_var_error', `var ${displayVar(v)} is unsafe`, r.loc)]);
        }
        const cr = {
            path: [...pkg.slice(1), ...ground],
            dyn: dynResolved,
            kind,
            args,
            key: keyResolved,
            value: valueResolved,
            body,
            isDefault: r.isDefault,
            rule: r,
            pkg: m.pkg,
        };
        if (r.elseRule) {
            const e = r.elseRule;
            const er = this.compileRule(m, { ...e, head: { ...e.head, ref: r.head.ref, args: r.head.args } }, args ? undefined : undefined);
            cr.elseRule = er;
        }
        return cr;
    }
    checkRecursion() {
        // dependency graph between rule paths (by node) via data refs and function calls
        const key = (p) => p.join('.');
        const graph = new Map();
        const nodesByKey = new Map();
        for (const r of this.rules) {
            const k = key(r.path);
            if (!nodesByKey.has(k))
                nodesByKey.set(k, []);
            nodesByKey.get(k).push(r);
        }
        const ruleKeys = [...nodesByKey.keys()];
        for (const r of this.rules) {
            const k = key(r.path);
            let deps = graph.get(k);
            if (!deps)
                graph.set(k, (deps = new Set()));
            const visitRule = (cr) => {
                const refs = [];
                collectDataRefs(cr.body, refs);
                for (const t of [cr.value, cr.key, ...cr.dyn, ...(cr.args ?? [])])
                    if (t)
                        collectTermDataRefs(t, refs);
                for (const p of refs) {
                    const pk = key(p);
                    for (const rk of ruleKeys) {
                        if (pk === '')
                            continue;
                        if (rk === pk || rk.startsWith(pk + '.') || pk.startsWith(rk + '.'))
                            deps.add(rk);
                    }
                }
                if (cr.elseRule)
                    visitRule(cr.elseRule);
            };
            visitRule(r);
        }
        // DFS cycle detection
        const state = new Map();
        const stack = [];
        const reported = new Set();
        const dfs = (n) => {
            state.set(n, 1);
            stack.push(n);
            for (const d of graph.get(n) ?? []) {
                const s = state.get(d) ?? 0;
                if (s === 1) {
                    const cyc = stack.slice(stack.indexOf(d));
                    if (!reported.has(d)) {
                        reported.add(d);
                        const r = nodesByKey.get(d)[0];
                        const chain = [...cyc, d].map((x) => `data.${x}`).join(' -> ');
                        this.errors.push((0,errors/* errAt */.rN)('rego_recursion_error', `rule data.${d} is recursive: ${chain}`, r.rule.loc));
                    }
                }
                else if (s === 0)
                    dfs(d);
            }
            stack.pop();
            state.set(n, 2);
        };
        for (const n of graph.keys())
            if (!state.get(n))
                dfs(n);
    }
}
function dedupe(errs) {
    const seen = new Set();
    return errs.filter((e) => {
        const k = JSON.stringify(e);
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}
/** Annotations as a value: `scope` set, `authors` / `organizations` strings normalised as OPA. */
function normAnnotations(a, scope) {
    const o = value/* RObject */.Cl.from(Object.entries(a).map(([k, v]) => [k, (0,value/* fromJSONValue */.iK)(v)]));
    if (!o.has('scope'))
        o.set('scope', scope);
    const authors = a.authors;
    if (authors !== undefined) {
        const list = Array.isArray(authors) ? authors : [authors];
        o.set('authors', list.map((x) => {
            if (typeof x !== 'string')
                return (0,value/* fromJSONValue */.iK)(x);
            const mm = /^(.*?)\s*<([^>]+)>\s*$/.exec(x);
            return mm
                ? value/* RObject */.Cl.from(mm[1]
                    ? [
                        ['name', mm[1]],
                        ['email', mm[2]],
                    ]
                    : [['email', mm[2]]])
                : value/* RObject */.Cl.from([['name', x]]);
        }));
    }
    return o;
}
function usesMetadata(r) {
    return JSON.stringify(r, (k, v) => k === 'module' ? undefined : typeof v === 'bigint' ? 0 : v instanceof value/* RObject */.Cl || v instanceof value/* RSet */.B9 ? 0 : v).includes('rego.metadata.');
}
function replaceMetaTerm(t, meta) {
    switch (t.t) {
        case 'call':
            if (t.op === 'rego.metadata.rule' && t.args.length === 0)
                return { t: 'scalar', v: meta.rule, loc: t.loc };
            if (t.op === 'rego.metadata.chain' && t.args.length === 0)
                return { t: 'scalar', v: meta.chain, loc: t.loc };
            return { ...t, args: t.args.map((a) => replaceMetaTerm(a, meta)) };
        case 'ref':
            return { ...t, head: replaceMetaTerm(t.head, meta), path: t.path.map((a) => replaceMetaTerm(a, meta)) };
        case 'array':
        case 'set':
            return { ...t, items: t.items.map((a) => replaceMetaTerm(a, meta)) };
        case 'object':
            return { ...t, items: t.items.map(([k, v]) => [replaceMetaTerm(k, meta), replaceMetaTerm(v, meta)]) };
        case 'acompr':
        case 'scompr':
            return { ...t, term: replaceMetaTerm(t.term, meta), body: t.body.map((e) => replaceMetaExpr(e, meta)) };
        case 'ocompr':
            return {
                ...t,
                key: replaceMetaTerm(t.key, meta),
                value: replaceMetaTerm(t.value, meta),
                body: t.body.map((e) => replaceMetaExpr(e, meta)),
            };
        default:
            return t;
    }
}
function replaceMetaExpr(e, meta) {
    const b = e.body;
    let nb = b;
    if (b.k === 'call' && (b.op === 'rego.metadata.rule' || b.op === 'rego.metadata.chain') && b.args.length === 1) {
        nb = { k: 'call', op: 'eq', args: [b.args[0], { t: 'scalar', v: b.op === 'rego.metadata.rule' ? meta.rule : meta.chain, loc: e.loc }] };
    }
    else if (b.k === 'call')
        nb = { ...b, args: b.args.map((a) => replaceMetaTerm(a, meta)) };
    else if (b.k === 'term')
        nb = { k: 'term', term: replaceMetaTerm(b.term, meta) };
    else if (b.k === 'somein')
        nb = { ...b, coll: replaceMetaTerm(b.coll, meta) };
    else if (b.k === 'every')
        nb = { ...b, domain: replaceMetaTerm(b.domain, meta), body: b.body.map((x) => replaceMetaExpr(x, meta)) };
    return { ...e, body: nb, withs: e.withs.map((w) => ({ ...w, value: replaceMetaTerm(w.value, meta) })) };
}
/** The ground (string) prefix of a rule head ref, starting with the rule name. */
function headGroundPath(r) {
    const out = [r.head.ref[0].name];
    for (const t of r.head.ref.slice(1)) {
        if (t.t === 'scalar' && typeof t.v === 'string')
            out.push(t.v);
        else
            break;
    }
    // v1: `p.q.r contains x` / complete rules: whole ground ref is the path.
    // A partial object `p[k] := v` keeps p as the path; dynamic keys follow.
    return out;
}
function collectDataRefs(body, out) {
    for (const e of body) {
        const b = e.body;
        const terms = [];
        switch (b.k) {
            case 'term':
                terms.push(b.term);
                break;
            case 'call':
                terms.push(...b.args);
                if (b.op.startsWith('data.'))
                    out.push(b.op.split('.').slice(1));
                break;
            case 'somein':
                terms.push(b.coll, b.value, ...(b.key ? [b.key] : []));
                break;
            case 'every':
                terms.push(b.domain);
                collectDataRefs(b.body, out);
                break;
            case 'some':
                break;
        }
        for (const w of e.withs)
            terms.push(w.value);
        for (const t of terms)
            collectTermDataRefs(t, out);
    }
}
function collectTermDataRefs(t, out) {
    switch (t.t) {
        case 'ref':
            if (t.head.t === 'var' && t.head.name === 'data') {
                const p = [];
                for (const x of t.path) {
                    if (x.t === 'scalar' && typeof x.v === 'string')
                        p.push(x.v);
                    else
                        break;
                }
                out.push(p);
            }
            else
                collectTermDataRefs(t.head, out);
            for (const x of t.path)
                collectTermDataRefs(x, out);
            return;
        case 'var':
            if (t.name === 'data')
                out.push([]);
            return;
        case 'array':
        case 'set':
            for (const x of t.items)
                collectTermDataRefs(x, out);
            return;
        case 'object':
            for (const [k, v] of t.items) {
                collectTermDataRefs(k, out);
                collectTermDataRefs(v, out);
            }
            return;
        case 'acompr':
        case 'scompr':
            collectTermDataRefs(t.term, out);
            collectDataRefs(t.body, out);
            return;
        case 'ocompr':
            collectTermDataRefs(t.key, out);
            collectTermDataRefs(t.value, out);
            collectDataRefs(t.body, out);
            return;
        case 'call':
            if (t.op.startsWith('data.'))
                out.push(t.op.split('.').slice(1));
            for (const a of t.args)
                collectTermDataRefs(a, out);
            return;
        default:
            return;
    }
}
/** Compiles a query against a compiled policy: returns the reordered body and its user-visible vars. */
function compileQuery(c, query) {
    const parsed = (0,parser/* parseQuery */.mA)(query);
    const comp = new Compiler();
    comp.funcArity = c.funcArity;
    comp.rulePaths = c.rulePaths;
    const r = new Resolver(comp, undefined);
    const scope = { vars: new Map(), locals: new Set() };
    const body = r.resolveBody(parsed, scope, true);
    const vars = [];
    for (const [name, unique] of scope.vars)
        if (name === unique && !name.startsWith('$'))
            vars.push(name);
    const bound = new Set();
    const ordered = new Safety(comp, undefined).reorder(body, bound);
    return { body: ordered, vars };
}


/***/ }),

/***/ 2088:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P3: () => (/* binding */ operandErr),
/* harmony export */   Sr: () => (/* binding */ BuiltinError),
/* harmony export */   di: () => (/* binding */ RegoErrors),
/* harmony export */   f1: () => (/* binding */ formatRegoError),
/* harmony export */   rN: () => (/* binding */ errAt)
/* harmony export */ });
/**
 * Errors in OPA's shape: `{code, message, location: {file, row, col}}`.
 * Codes as OPA uses them (ast/errors.go, topdown/errors.go): rego_parse_error,
 * rego_compile_error, rego_type_error, rego_unsafe_var_error, rego_recursion_error,
 * eval_conflict_error, eval_type_error, eval_builtin_error.
 */
/** Thrown by compile() and evaluate(): one or more OPA-shaped errors. */
class RegoErrors extends Error {
    errors;
    constructor(errors) {
        super(errors.map(formatRegoError).join('\n'));
        this.name = 'RegoErrors';
        this.errors = errors;
    }
}
/** `file:row: code: message` as `opa` prints an error in pretty mode. */
function formatRegoError(e) {
    const loc = e.location ? `${e.location.file}:${e.location.row}: ` : '';
    return `${loc}${e.code}: ${e.message}`;
}
/** One error (code, message and, when known, its location). */
function errAt(code, message, location) {
    return { code, message, ...(location ? { location } : {}) };
}
/**
 * An evaluation error raised by a builtin (`eval_builtin_error`) or a type error (`eval_type_error`).
 * Unless strict builtin errors are asked for, it makes the call undefined (as `opa eval`); a `halt`
 * error always stops the evaluation (used where an undefined result could let a gate pass, e.g. a
 * network builtin this engine cannot perform).
 */
class BuiltinError extends Error {
    code;
    halt;
    constructor(message, code = 'eval_builtin_error', halt = false) {
        super(message);
        this.code = code;
        this.halt = halt;
    }
}
/** An operand type error, as OPA words it: `operand 1 must be string but got number`. */
function operandErr(pos, want, got) {
    return new BuiltinError(`operand ${pos} must be ${want} but got ${got}`, 'eval_type_error');
}


/***/ }),

/***/ 5473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ Evaluator)
/* harmony export */ });
/* harmony import */ var _compiler_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4441);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2088);
/* harmony import */ var _builtins_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8855);
/* harmony import */ var _value_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(278);




/** A value as a memo key: a string as itself (its hash is cached by the JS engine), else a tagged canonical hash. */
function memoKey(v) {
    if (typeof v === 'string' && (v.length === 0 || v.charCodeAt(0) !== 0))
        return v;
    return '\u0000' + (0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .hashOf */ .qQ)(v);
}
function conflict(message, loc) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RegoErrors */ .di([{ code: 'eval_conflict_error', message, ...(loc ? { location: loc } : {}) }]);
}
function internal(message, loc) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RegoErrors */ .di([{ code: 'eval_internal_error', message, ...(loc ? { location: loc } : {}) }]);
}
/** Iterates a collection as [key, value] pairs in OPA's order (objects and sets sorted). */
function entriesOf(v) {
    if (Array.isArray(v))
        return v.map((x, i) => [i, x]);
    if (v instanceof _value_js__WEBPACK_IMPORTED_MODULE_3__/* .RObject */ .Cl)
        return v.sortedEntries();
    if (v instanceof _value_js__WEBPACK_IMPORTED_MODULE_3__/* .RSet */ .B9)
        return v.sorted().map((x) => [x, x]);
    return [];
}
class Evaluator {
    policy;
    opts;
    bctx;
    strict;
    constructor(policy, opts) {
        this.policy = policy;
        this.opts = opts;
        const print = opts.printHook ?? ((m) => process.stderr.write(m + '\n'));
        this.bctx = { print, nowNs: BigInt(Date.now()) * 1000000n };
        this.strict = !!opts.strictBuiltinErrors;
    }
    newCtx() {
        const data = this.opts.data === undefined ? new _value_js__WEBPACK_IMPORTED_MODULE_3__/* .RObject */ .Cl() : convertData(this.opts.data);
        return {
            input: this.opts.input === undefined ? undefined : (0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .fromJSONValue */ .iK)(this.opts.input),
            data,
            overrides: [],
            mocks: new Map(),
            ruleCache: new Map(),
            extentCache: new Map(),
            fnCache: new Map(),
        };
    }
    /** Evaluates a query and returns all result rows (plain JSON values, exact big integers as bigint). */
    /**
     * With `capture` (the default, as OPA's rego package and `opa eval`), a single-expression
     * query reports its value even when it is `false` (e.g. `1 == 2` gives one row with value
     * false); otherwise (topdown semantics, used by the conformance runner) false fails the query.
     */
    query(q, exact = false, capture = true) {
        let perPolicy = queryCache.get(this.policy);
        if (!perPolicy)
            queryCache.set(this.policy, (perPolicy = new Map()));
        let cq = perPolicy.get(q);
        if (!cq) {
            const compiled = (0,_compiler_js__WEBPACK_IMPORTED_MODULE_0__/* .compileQuery */ .YM)(this.policy, q);
            // the reported expressions: those written in the query, in source order
            const written = compiled.body.filter((e) => !e.generated).sort((a, b) => a.loc.row - b.loc.row || a.loc.col - b.loc.col);
            cq = { ...compiled, written };
            if (perPolicy.size > 500)
                perPolicy.clear();
            perPolicy.set(q, cq);
        }
        const { body, vars, written: order } = cq;
        const single = capture &&
            body.length === 1 &&
            !body[0].negated &&
            (body[0].body.k === 'term' || (body[0].body.k === 'call' && body[0].body.op !== 'eq' && body[0].body.op !== 'assign'));
        const frame = { env: new Map(), ctx: this.newCtx() };
        const rows = [];
        const recorded = new Map();
        const go = (i) => {
            if (i === body.length) {
                const bindings = {};
                for (const v of vars) {
                    const bv = frame.env.get(v);
                    if (bv !== undefined)
                        bindings[v] = (0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .toJSONValue */ .Hw)(bv, exact);
                }
                rows.push({
                    expressions: order.map((e) => ({
                        value: (0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .toJSONValue */ .Hw)(recorded.has(e) ? recorded.get(e) : true, exact),
                        text: e.text,
                        location: { file: e.loc.file, row: e.loc.row, col: e.loc.col },
                    })),
                    bindings,
                });
                return false;
            }
            const e = body[i];
            if (single)
                return this.evalCaptured(e, frame, (v) => (recorded.set(e, v), go(i + 1)));
            return this.evalExpr(e, frame, () => go(i + 1), (v) => recorded.set(e, v));
        };
        go(0);
        return rows;
    }
    /** Evaluates a rule path (without `data`) as a value, or undefined. */
    evalPathValue(path) {
        const frame = { env: new Map(), ctx: this.newCtx() };
        let out;
        const t = {
            t: 'ref',
            head: { t: 'var', name: 'data', loc: LOC0 },
            path: path.map((p) => ({ t: 'scalar', v: p, loc: LOC0 })),
            loc: LOC0,
        };
        this.evalTerm(t, frame, (v) => {
            out = v;
            return true;
        });
        return out;
    }
    /** Evaluates a term or call expression for its value (false included), as OPA's query capture. */
    evalCaptured(e, f0, k) {
        const inner = (ctx) => {
            const f = { env: f0.env, ctx };
            const b = e.body;
            if (b.k === 'term')
                return this.evalTerm(b.term, f, k);
            if (b.k === 'call') {
                if (b.op === 'print' || b.op === 'internal.print')
                    return this.evalPrint(b.args, f, () => k(true));
                const arity = this.arityOf(b.op);
                if (arity !== undefined && arity >= 0 && b.args.length === arity + 1) {
                    const out = b.args[arity];
                    return this.evalCall(b.op, b.args.slice(0, arity), f, e.loc, (v) => this.unifyTV(out, v, f, () => k(true)));
                }
                return this.evalCall(b.op, b.args, f, e.loc, k);
            }
            return this.evalExprInner(e, f, () => k(true));
        };
        if (e.withs.length)
            return this.applyWiths(e, 0, f0, f0.ctx, inner);
        return inner(f0.ctx);
    }
    // ---------------- bodies and expressions ----------------
    /**
     * Evaluates `body` from expression `i`, then `k`. Deterministic expressions (at most one
     * solution: ground tests, ground builtin and function calls, `x := ground`) run in a loop without
     * continuation closures ({@link detExpr}); the first one that may have several solutions (an
     * unbound key, `some ... in`, `every`, `with`, a mocked or relational call) continues in
     * continuation-passing style. Vars bound by the loop are unbound before returning, as
     * {@link unifyTV} does.
     */
    evalBody(body, i, f, k) {
        let bound;
        let r;
        for (;;) {
            if (i === body.length) {
                r = k();
                break;
            }
            const d = this.detExpr(body[i], f);
            if (d === DET_NO) {
                const next = i + 1;
                r = this.evalExpr(body[i], f, () => this.evalBody(body, next, f, k));
                break;
            }
            if (d === DET_FAIL) {
                r = false;
                break;
            }
            if (d === DET_BOUND)
                (bound ??= []).push(this.lastBound);
            i++;
        }
        if (bound)
            for (let j = 0; j < bound.length; j++)
                f.env.set(bound[j], undefined);
        return r;
    }
    /** The var bound by the last {@link detExpr} that answered {@link DET_BOUND}. */
    lastBound = '';
    /**
     * Evaluates an expression that has at most one solution directly, without continuations:
     * DET_OK / DET_FAIL (it holds / does not), DET_BOUND (it holds and bound the unbound var
     * {@link lastBound}), DET_NO (not such an expression; nothing was evaluated). Same order of
     * evaluation, same errors as {@link evalExpr}: the right operand of `=`/`:=` first, call
     * arguments left to right, an undefined operand makes the expression undefined.
     */
    detExpr(e, f) {
        if (e.withs.length)
            return DET_NO;
        const b = e.body;
        if (b.k === 'term') {
            const t = b.term;
            if (t.t === 'call' || !this.isGround(t, f))
                return DET_NO;
            const v = this.evalOne(t, f);
            return (v !== undefined && v !== false) !== e.negated ? DET_OK : DET_FAIL;
        }
        if (b.k !== 'call')
            return b.k === 'some' && !e.negated ? DET_OK : DET_NO;
        const op = b.op;
        const args = b.args;
        if (op === 'eq' || op === 'assign') {
            if (e.negated)
                return DET_NO;
            const a = args[0];
            const c = args[1];
            if (this.isUnboundVar(a, f) && this.isGround(c, f)) {
                const v = this.evalOne(c, f);
                if (v === undefined)
                    return DET_FAIL;
                f.env.set(a.name, v);
                this.lastBound = a.name;
                return DET_BOUND;
            }
            if (!this.isGround(c, f)) {
                if (this.isUnboundVar(c, f) && this.isGround(a, f)) {
                    const v = this.evalOne(a, f);
                    if (v === undefined)
                        return DET_FAIL;
                    f.env.set(c.name, v);
                    this.lastBound = c.name;
                    return DET_BOUND;
                }
                return DET_NO;
            }
            if (!this.isGround(a, f))
                return DET_NO;
            const vc = this.evalOne(c, f);
            if (vc === undefined)
                return DET_FAIL;
            const va = this.evalOne(a, f);
            return va !== undefined && (0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .equal */ .LC)(va, vc) ? DET_OK : DET_FAIL;
        }
        if (op === 'print' || op === 'internal.print' || f.ctx.mocks.size)
            return DET_NO;
        const fn = op.charCodeAt(0) === 100 /* 'd' */ && op.startsWith('data.');
        let bi;
        let arity;
        if (fn)
            arity = this.policy.funcArity.get(op);
        else {
            bi = (0,_builtins_index_js__WEBPACK_IMPORTED_MODULE_2__/* .getBuiltin */ .e9)(op);
            if (!bi || bi.relation)
                return DET_NO;
            arity = bi.arity;
        }
        let n = args.length;
        let out;
        let bindOut = false;
        if (arity !== undefined && arity >= 0 && n === arity + 1) {
            n = arity;
            out = args[arity];
            if (this.isUnboundVar(out, f)) {
                if (e.negated)
                    return DET_NO;
                bindOut = true;
            }
            else if (!this.isGround(out, f))
                return DET_NO;
        }
        for (let j = 0; j < n; j++)
            if (!this.isGround(args[j], f))
                return DET_NO;
        const vs = new Array(n);
        for (let j = 0; j < n; j++) {
            const v = this.evalOne(args[j], f);
            if (v === undefined)
                return e.negated ? DET_OK : DET_FAIL;
            vs[j] = v;
        }
        const r = fn ? this.callFunction(op, vs, f.ctx, e.loc) : this.callBuiltin(op, bi, vs, e.loc);
        let ok;
        if (r === undefined)
            ok = false;
        else if (out === undefined)
            ok = r !== false;
        else if (bindOut) {
            const name = out.name;
            f.env.set(name, r);
            this.lastBound = name;
            return DET_BOUND;
        }
        else {
            const ov = this.evalOne(out, f);
            ok = ov !== undefined && (0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .equal */ .LC)(ov, r);
        }
        return ok !== e.negated ? DET_OK : DET_FAIL;
    }
    /** True when `t` is a var that is not bound (and not `input` or `data`). */
    isUnboundVar(t, f) {
        return t.t === 'var' && t.name !== 'input' && t.name !== 'data' && f.env.get(t.name) === undefined;
    }
    evalExpr(e, f0, k, rec) {
        if (e.withs.length) {
            return this.applyWiths(e, 0, f0, f0.ctx, (ctx) => this.evalExprNeg(e, { env: f0.env, ctx }, k, rec));
        }
        return this.evalExprNeg(e, f0, k, rec);
    }
    evalExprNeg(e, f, k, rec) {
        if (e.negated) {
            let found = false;
            this.evalExprInner(e, f, () => {
                found = true;
                return true;
            });
            if (found)
                return false;
            return k();
        }
        return this.evalExprInner(e, f, k, rec);
    }
    evalExprInner(e, f, k, rec) {
        const b = e.body;
        switch (b.k) {
            case 'term':
                return this.evalTerm(b.term, f, (v) => {
                    if (v === false)
                        return false;
                    rec?.(v);
                    return k();
                });
            case 'call': {
                if (b.op === 'eq' || b.op === 'assign')
                    return this.unify(b.args[0], b.args[1], f, k);
                if (b.op === 'print' || b.op === 'internal.print')
                    return this.evalPrint(b.args, f, k);
                const arity = this.arityOf(b.op);
                if (arity !== undefined && arity >= 0 && b.args.length === arity + 1) {
                    const out = b.args[arity];
                    return this.evalCall(b.op, b.args.slice(0, arity), f, e.loc, (v) => this.unifyTV(out, v, f, k));
                }
                return this.evalCall(b.op, b.args, f, e.loc, (v) => {
                    if (v === false)
                        return false;
                    rec?.(v);
                    return k();
                });
            }
            case 'some':
                return k();
            case 'somein':
                return this.evalTerm(b.coll, f, (coll) => {
                    if (Array.isArray(coll)) {
                        // arrays: index and element directly, no [key, value] pairs
                        for (let i = 0; i < coll.length; i++) {
                            const val = coll[i];
                            if (this.unifyTV(b.value, val, f, () => (b.key ? this.unifyTV(b.key, i, f, k) : k())))
                                return true;
                        }
                        return false;
                    }
                    for (const [key, val] of entriesOf(coll)) {
                        const stop = this.unifyTV(b.value, val, f, () => (b.key ? this.unifyTV(b.key, key, f, k) : k()));
                        if (stop)
                            return true;
                    }
                    return false;
                });
            case 'every':
                return this.evalTerm(b.domain, f, (dom) => {
                    if (!Array.isArray(dom) && !(dom instanceof _value_js__WEBPACK_IMPORTED_MODULE_3__/* .RObject */ .Cl) && !(dom instanceof _value_js__WEBPACK_IMPORTED_MODULE_3__/* .RSet */ .B9))
                        return false;
                    for (const [key, val] of entriesOf(dom)) {
                        let ok = false;
                        this.unifyTV(b.value, val, f, () => b.key
                            ? this.unifyTV(b.key, key, f, () => this.evalBody(b.body, 0, f, () => (ok = true)))
                            : this.evalBody(b.body, 0, f, () => (ok = true)));
                        if (!ok)
                            return false;
                    }
                    return k();
                });
        }
    }
    evalPrint(args, f, k) {
        const parts = args.map((a) => {
            let s = '<undefined>';
            try {
                this.evalTerm(a, f, (v) => {
                    s = (0,_builtins_index_js__WEBPACK_IMPORTED_MODULE_2__/* .printText */ .n)(v);
                    return true;
                });
            }
            catch (e) {
                if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RegoErrors */ .di))
                    throw e;
            }
            return s;
        });
        this.bctx.print(parts.join(' '));
        return k();
    }
    arityOf(op) {
        if (op.startsWith('data.'))
            return this.policy.funcArity.get(op);
        return (0,_builtins_index_js__WEBPACK_IMPORTED_MODULE_2__/* .getBuiltin */ .e9)(op)?.arity;
    }
    // ---------------- with ----------------
    applyWiths(e, i, f, ctx, k) {
        if (i === e.withs.length)
            return k(ctx);
        const w = e.withs[i];
        const tgt = w.target;
        // function mock
        if (tgt.t === 'scalar' && typeof tgt.v === 'string') {
            const name = tgt.v;
            const vt = w.value;
            let fnName;
            if (vt.t === 'ref' && vt.head.t === 'var' && vt.head.name === 'data') {
                const p = 'data.' + vt.path.map((x) => String(x.v)).join('.');
                if (this.policy.funcArity.has(p))
                    fnName = p;
            }
            else if (vt.t === 'scalar' && typeof vt.v === 'string' && vt.v.startsWith('$builtin:'))
                fnName = vt.v.slice(9);
            if (fnName) {
                const mocks = new Map(ctx.mocks);
                mocks.set(name, { fn: fnName });
                return this.applyWiths(e, i + 1, f, { ...freshCaches(ctx), mocks }, k);
            }
            return this.evalTerm(vt, f, (v) => {
                const mocks = new Map(ctx.mocks);
                mocks.set(name, { value: v });
                return this.applyWiths(e, i + 1, f, { ...freshCaches(ctx), mocks }, k);
            });
        }
        const all = tgt.t === 'ref' ? [tgt.head, ...tgt.path] : [tgt];
        const root = all[0].name;
        const pathTerms = all.slice(1);
        return this.evalTerm(w.value, f, (v) => this.evalTerms(pathTerms, f, (path) => {
            if (root === 'input') {
                const input = path.length === 0 ? v : patch(ctx.input ?? new _value_js__WEBPACK_IMPORTED_MODULE_3__/* .RObject */ .Cl(), path, v);
                return this.applyWiths(e, i + 1, f, { ...freshCaches(ctx), input }, k);
            }
            const overrides = [...ctx.overrides, { path, value: v }];
            return this.applyWiths(e, i + 1, f, { ...freshCaches(ctx), overrides }, k);
        }));
    }
    // ---------------- terms ----------------
    evalTerms(ts, f, k) {
        let ground = true;
        for (let j = 0; j < ts.length && ground; j++)
            ground = this.isGround(ts[j], f);
        if (ground) {
            // deterministic items: evaluate in a loop (constant stack depth for large literals)
            const out = new Array(ts.length);
            for (let j = 0; j < ts.length; j++) {
                const got = this.evalOne(ts[j], f);
                if (got === undefined)
                    return false;
                out[j] = got;
            }
            return k(out);
        }
        return this.evalTermsFrom(ts, f, k, 0, []);
    }
    /** {@link evalTerms} from item `i` on, through continuations (items with unbound vars). */
    evalTermsFrom(ts, f, k, i, acc) {
        if (i === ts.length)
            return k(acc.slice());
        return this.evalTerm(ts[i], f, (v) => {
            acc[i] = v;
            return this.evalTermsFrom(ts, f, k, i + 1, acc);
        });
    }
    evalTerm(t, f, k) {
        switch (t.t) {
            case 'scalar':
                return k(t.v);
            case 'var': {
                const v = f.env.get(t.name);
                if (v !== undefined)
                    return k(v);
                if (t.name === 'input')
                    return f.ctx.input === undefined ? false : k(f.ctx.input);
                if (t.name === 'data')
                    return this.evalData([], f, k);
                return internal(`var ${t.name} is unbound`, t.loc);
            }
            case 'ref':
                return this.evalRef(t, f, k);
            case 'array': {
                const c = constantOf(t);
                if (c !== null)
                    return k(c);
                return this.evalTerms(t.items, f, k);
            }
            case 'call':
                if (t.op === 'print' || t.op === 'internal.print')
                    return this.evalComposite(t, f, k);
                return this.evalCall(t.op, t.args, f, t.loc, k);
            default:
                return this.evalComposite(t, f, k);
        }
    }
    /** Sets, objects and comprehensions (apart from {@link evalTerm}: their closures would cost every call a context). */
    evalComposite(t, f, k) {
        if (t.t === 'set' || t.t === 'object') {
            const c = constantOf(t);
            if (c !== null)
                return k(c);
        }
        switch (t.t) {
            case 'set':
                return this.evalTerms(t.items, f, (vs) => k(_value_js__WEBPACK_IMPORTED_MODULE_3__/* .RSet */ .B9.from(vs)));
            case 'object':
                return this.evalTerms(t.items.flatMap(([a, b]) => [a, b]), f, (vs) => {
                    const o = new _value_js__WEBPACK_IMPORTED_MODULE_3__/* .RObject */ .Cl();
                    for (let i = 0; i < vs.length; i += 2)
                        o.set(vs[i], vs[i + 1]);
                    return k(o);
                });
            case 'acompr': {
                const out = [];
                this.evalBody(t.body, 0, f, () => this.evalTerm(t.term, f, (v) => (out.push(v), false)));
                return k(out);
            }
            case 'scompr': {
                const out = new _value_js__WEBPACK_IMPORTED_MODULE_3__/* .RSet */ .B9();
                this.evalBody(t.body, 0, f, () => this.evalTerm(t.term, f, (v) => (out.add(v), false)));
                return k(out);
            }
            case 'ocompr': {
                const out = new _value_js__WEBPACK_IMPORTED_MODULE_3__/* .RObject */ .Cl();
                this.evalBody(t.body, 0, f, () => this.evalTerm(t.key, f, (kv) => this.evalTerm(t.value, f, (vv) => {
                    const cur = out.get(kv);
                    if (cur !== undefined && !(0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .equal */ .LC)(cur, vv))
                        conflict('object keys must be unique', t.loc);
                    out.set(kv, vv);
                    return false;
                })));
                return k(out);
            }
            case 'call':
                return this.evalPrint(t.args, f, () => k(true));
            default:
                return internal(`unexpected term ${t.t}`, t.loc);
        }
    }
    /** The single value of a ground term (undefined when undefined); common shapes without closures. */
    evalOne(t, f) {
        if (t.t === 'scalar')
            return t.v;
        if (t.t === 'var') {
            const v = f.env.get(t.name);
            if (v !== undefined)
                return v;
            if (t.name === 'input')
                return f.ctx.input;
        }
        else if (t.t === 'ref' && t.head.t === 'var') {
            let v = f.env.get(t.head.name);
            if (v === undefined && t.head.name === 'input') {
                v = f.ctx.input;
                if (v === undefined)
                    return undefined;
            }
            if (v !== undefined) {
                let j = 0;
                for (; j < t.path.length; j++) {
                    const q = t.path[j];
                    const key = q.t === 'scalar' ? q.v : q.t === 'var' ? f.env.get(q.name) : undefined;
                    if (key === undefined)
                        break;
                    v = (0,_builtins_index_js__WEBPACK_IMPORTED_MODULE_2__/* .index */ .Pe)(v, key);
                    if (v === undefined)
                        return undefined;
                }
                if (j === t.path.length)
                    return v;
            }
            else if (t.head.name === 'data' && f.ctx.overrides.length === 0) {
                const got = this.dataOne(t.path, f);
                if (got !== NOT_DIRECT)
                    return got;
            }
        }
        else if (t.t === 'call' && f.ctx.mocks.size === 0) {
            const got = this.callOne(t.op, t.args, f, t.loc);
            if (got !== NOT_DIRECT)
                return got;
        }
        else if (t.t === 'array' || t.t === 'object' || t.t === 'set') {
            const c = constantOf(t);
            if (c !== null)
                return c;
        }
        return this.evalOneSlow(t, f);
    }
    /**
     * {@link evalOne} of a call with ground arguments to a function or a builtin that is not a
     * relation (and not `print`; no mocks in force): the one result, as {@link evalCall} gives it;
     * NOT_DIRECT otherwise.
     */
    callOne(op, args, f, loc) {
        if (op === 'print' || op === 'internal.print')
            return NOT_DIRECT;
        const fn = op.charCodeAt(0) === 100 /* 'd' */ && op.startsWith('data.');
        const bi = fn ? undefined : (0,_builtins_index_js__WEBPACK_IMPORTED_MODULE_2__/* .getBuiltin */ .e9)(op);
        if (bi?.relation)
            return NOT_DIRECT;
        const vs = new Array(args.length);
        for (let j = 0; j < args.length; j++) {
            const got = this.evalOne(args[j], f);
            if (got === undefined)
                return undefined;
            vs[j] = got;
        }
        return fn ? this.callFunction(op, vs, f.ctx, loc) : this.callBuiltin(op, bi, vs, loc);
    }
    /** {@link evalOne} through the continuations (kept apart so the fast path allocates no closure context). */
    evalOneSlow(t, f) {
        let got;
        this.evalTerm(t, f, (x) => ((got = x), true));
        return got;
    }
    /** True when every var of the term is bound (so it evaluates to one value). */
    isGround(t, f) {
        if (t.t === 'scalar')
            return true;
        if (t.t === 'var')
            return f.env.get(t.name) !== undefined || t.name === 'input' || t.name === 'data';
        let need = groundVars.get(t);
        if (need === undefined)
            groundVars.set(t, (need = this.varsToBind(t, new Set())));
        for (let i = 0; i < need.length; i++)
            if (f.env.get(need[i]) === undefined)
                return false;
        return true;
    }
    /** The vars a term needs bound to be ground (outside closures; `input` and `data` excluded). */
    varsToBind(t, out) {
        switch (t.t) {
            case 'var':
                if (t.name !== 'input' && t.name !== 'data')
                    out.add(t.name);
                break;
            case 'ref':
                this.varsToBind(t.head, out);
                for (const p of t.path)
                    this.varsToBind(p, out);
                break;
            case 'array':
            case 'set':
                for (const x of t.items)
                    this.varsToBind(x, out);
                break;
            case 'object':
                for (const [a, b] of t.items) {
                    this.varsToBind(a, out);
                    this.varsToBind(b, out);
                }
                break;
            case 'call':
                for (const a of t.args)
                    this.varsToBind(a, out);
                break;
            default:
                break; // scalars; closures: their free vars are bound by safety
        }
        return [...out];
    }
    /** True when the term has unbound vars outside of ref paths (it is a pattern to unify). */
    isPattern(t, f) {
        switch (t.t) {
            case 'var':
                return f.env.get(t.name) === undefined && t.name !== 'input' && t.name !== 'data';
            case 'array':
                return t.items.some((x) => this.isPattern(x, f));
            case 'object':
                return t.items.some(([, b]) => this.isPattern(b, f));
            default:
                return false;
        }
    }
    // ---------------- unification ----------------
    unify(a, b, f, k) {
        if (!this.isPattern(b, f))
            return this.evalTerm(b, f, (vb) => this.unifyTV(a, vb, f, k));
        if (!this.isPattern(a, f))
            return this.evalTerm(a, f, (va) => this.unifyTV(b, va, f, k));
        if (a.t === 'array' && b.t === 'array') {
            if (a.items.length !== b.items.length)
                return false;
            const go = (i) => (i === a.items.length ? k() : this.unify(a.items[i], b.items[i], f, () => go(i + 1)));
            return go(0);
        }
        if (a.t === 'object' && b.t === 'object') {
            if (a.items.length !== b.items.length)
                return false;
            return this.evalTerms(a.items.map((x) => x[0]), f, (ka) => this.evalTerms(b.items.map((x) => x[0]), f, (kb) => {
                const pairs = [];
                for (let i = 0; i < ka.length; i++) {
                    const j = kb.findIndex((x) => (0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .equal */ .LC)(x, ka[i]));
                    if (j < 0)
                        return false;
                    pairs.push([a.items[i][1], b.items[j][1]]);
                }
                const go = (i) => (i === pairs.length ? k() : this.unify(pairs[i][0], pairs[i][1], f, () => go(i + 1)));
                return go(0);
            }));
        }
        return internal('cannot unify two unbound terms', a.loc);
    }
    unifyTV(t, v, f, k) {
        switch (t.t) {
            case 'var': {
                const cur = f.env.get(t.name);
                if (cur !== undefined)
                    return (0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .equal */ .LC)(cur, v) ? k() : false;
                if (t.name === 'input' || t.name === 'data')
                    return this.evalTerm(t, f, (x) => ((0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .equal */ .LC)(x, v) ? k() : false));
                f.env.set(t.name, v);
                const r = k();
                f.env.set(t.name, undefined);
                return r;
            }
            case 'array': {
                if (!Array.isArray(v) || v.length !== t.items.length)
                    return false;
                if (!this.isPattern(t, f))
                    return this.evalTerm(t, f, (x) => ((0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .equal */ .LC)(x, v) ? k() : false));
                const go = (i) => (i === t.items.length ? k() : this.unifyTV(t.items[i], v[i], f, () => go(i + 1)));
                return go(0);
            }
            case 'object': {
                if (!(v instanceof _value_js__WEBPACK_IMPORTED_MODULE_3__/* .RObject */ .Cl) || v.size !== t.items.length)
                    return false;
                if (!this.isPattern(t, f))
                    return this.evalTerm(t, f, (x) => ((0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .equal */ .LC)(x, v) ? k() : false));
                return this.evalTerms(t.items.map((x) => x[0]), f, (keys) => {
                    const go = (i) => {
                        if (i === keys.length)
                            return k();
                        const x = v.get(keys[i]);
                        if (x === undefined)
                            return false;
                        return this.unifyTV(t.items[i][1], x, f, () => go(i + 1));
                    };
                    return go(0);
                });
            }
            default:
                return this.evalTerm(t, f, (x) => ((0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .equal */ .LC)(x, v) ? k() : false));
        }
    }
    // ---------------- references ----------------
    evalRef(t, f, k) {
        const h = t.head;
        if (h.t === 'var' && h.name === 'data' && f.env.get('data') === undefined)
            return this.evalData(t.path, f, k);
        if (h.t === 'var' && h.name === 'input' && f.env.get('input') === undefined) {
            if (f.ctx.input === undefined)
                return false;
            return this.evalPath(f.ctx.input, t.path, 0, f, k);
        }
        if (h.t === 'var') {
            const hv = f.env.get(h.name);
            if (hv !== undefined)
                return this.evalPath(hv, t.path, 0, f, k);
        }
        return this.evalRefHead(t, f, k);
    }
    /** A reference whose head is not a bound var (a call, a literal): the head's values, then the path. */
    evalRefHead(t, f, k) {
        return this.evalTerm(t.head, f, (hv) => this.evalPath(hv, t.path, 0, f, k));
    }
    /** Indexes `v` by the path terms from `i`; `base` documents also accept numbers for string keys (as OPA's store). */
    evalPath(v, path, i, f, k, base = false) {
        // constant keys and bound vars: index directly
        while (i < path.length) {
            const q = path[i];
            let key;
            if (q.t === 'scalar')
                key = q.v;
            else if (q.t === 'var')
                key = f.env.get(q.name);
            if (key === undefined)
                break;
            let nv = (0,_builtins_index_js__WEBPACK_IMPORTED_MODULE_2__/* .index */ .Pe)(v, key);
            if (nv === undefined && base && v instanceof _value_js__WEBPACK_IMPORTED_MODULE_3__/* .RObject */ .Cl && (typeof key === 'number' || typeof key === 'bigint'))
                nv = v.get((0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .numText */ .wX)(key));
            if (nv === undefined)
                return false;
            v = nv;
            i++;
        }
        if (i === path.length)
            return k(v);
        return this.evalPathRest(v, path, i, f, k, base);
    }
    /** {@link evalPath} at a key that is not a constant or a bound var: evaluated, or enumerated. */
    evalPathRest(v, path, i, f, k, base) {
        const p = path[i];
        if (this.isGround(p, f)) {
            return this.evalTerm(p, f, (key) => {
                let nv = (0,_builtins_index_js__WEBPACK_IMPORTED_MODULE_2__/* .index */ .Pe)(v, key);
                if (nv === undefined && base && v instanceof _value_js__WEBPACK_IMPORTED_MODULE_3__/* .RObject */ .Cl && (typeof key === 'number' || typeof key === 'bigint'))
                    nv = v.get((0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .numText */ .wX)(key));
                return nv === undefined ? false : this.evalPath(nv, path, i + 1, f, k, base);
            });
        }
        if (Array.isArray(v)) {
            for (let j = 0; j < v.length; j++) {
                const val = v[j];
                if (this.unifyTV(p, j, f, () => this.evalPath(val, path, i + 1, f, k, base)))
                    return true;
            }
            return false;
        }
        for (const [key, val] of entriesOf(v)) {
            if (this.unifyTV(p, key, f, () => this.evalPath(val, path, i + 1, f, k, base)))
                return true;
        }
        return false;
    }
    /** `data` + path: walks the rule tree, evaluating rules, falling back to base data. */
    evalData(path, f, k) {
        if (f.ctx.overrides.length === 0) {
            const d = this.descend(path);
            return this.walkNode(d.node, d.node.path, path, d.i, f, k);
        }
        return this.walkNode(this.policy.root, [], path, 0, f, k);
    }
    /**
     * The rule-tree node that `data` + `path` reaches along constant keys, and how many keys that
     * took (stopping at a node with rules); resolved once per path (it depends only on the policy).
     * Valid only without `with data` overrides.
     */
    descend(path) {
        const root = this.policy.root;
        const known = dataDescents.get(path);
        if (known !== undefined && known.root === root)
            return known;
        let node = root;
        let i = 0;
        while (i < path.length && !node.hasRules() && node.dyn.length === 0) {
            const p = path[i];
            if (p.t !== 'scalar' || typeof p.v !== 'string')
                break;
            const child = node.children.get(p.v);
            if (!child)
                break;
            node = child;
            i++;
        }
        const d = { root, node, i };
        dataDescents.set(path, d);
        return d;
    }
    /**
     * {@link evalOne} of a ground `data` reference that reaches a rule along constant keys (no
     * `with data` override): the rule's value indexed by the rest of the path, as {@link walkNode}
     * and {@link evalPath} give it; NOT_DIRECT for any other shape (the caller takes the general way).
     */
    dataOne(path, f) {
        const d = this.descend(path);
        const node = d.node;
        if (node.funcs.length || !node.hasRules())
            return NOT_DIRECT;
        let v = this.ruleValue(node, f.ctx);
        for (let j = d.i; j < path.length && v !== undefined; j++) {
            const q = path[j];
            const key = q.t === 'scalar' ? q.v : q.t === 'var' ? f.env.get(q.name) : undefined;
            if (key === undefined)
                return NOT_DIRECT; // (the rule's value is cached: the general way does not evaluate it again)
            v = (0,_builtins_index_js__WEBPACK_IMPORTED_MODULE_2__/* .index */ .Pe)(v, key);
        }
        return v;
    }
    walkNode(node, at, path, i, f, k) {
        const ov = this.overrideAt(f.ctx, at);
        if (ov !== undefined)
            return this.evalPath(ov, path, i, f, k);
        if (node.funcs.length)
            return false;
        if (node.hasRules()) {
            const v = this.ruleValue(node, f.ctx);
            if (v === undefined)
                return false;
            return this.evalPath(v, path, i, f, k);
        }
        if (i === path.length)
            return k(this.extent(node, at, f.ctx));
        return this.walkNodeKey(node, at, path, i, f, k);
    }
    /** {@link walkNode} below a node without rules: the next key's child node, base data, or the node's extent. */
    walkNodeKey(node, at, path, i, f, k) {
        const p = path[i];
        if (node.dyn.length === 0 && this.isGround(p, f)) {
            return this.evalTerm(p, f, (key) => {
                const nat = [...at, key];
                if (typeof key === 'string') {
                    const child = node.children.get(key);
                    if (child)
                        return this.walkNode(child, nat, path, i + 1, f, k);
                }
                let bv = this.baseAt(f.ctx, nat);
                if (bv === undefined && typeof key !== 'string' && (typeof key === 'number' || typeof key === 'bigint')) {
                    bv = this.baseAt(f.ctx, [...at, (0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .numText */ .wX)(key)]);
                }
                if (bv === undefined)
                    return false;
                return this.evalPath(bv, path, i + 1, f, k, true);
            });
        }
        return this.evalPath(this.extent(node, at, f.ctx), path, i, f, k);
    }
    overrideAt(ctx, at) {
        if (ctx.overrides.length === 0)
            return undefined;
        let out;
        for (const o of ctx.overrides) {
            if (o.path.length <= at.length && o.path.every((x, j) => (0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .equal */ .LC)(x, at[j]))) {
                let v = o.value;
                for (let j = o.path.length; j < at.length && v !== undefined; j++)
                    v = (0,_builtins_index_js__WEBPACK_IMPORTED_MODULE_2__/* .index */ .Pe)(v, at[j]);
                out = v;
                if (v === undefined)
                    out = undefined;
            }
        }
        return out;
    }
    /** Base data at a path, with `with data...` overrides applied. */
    baseAt(ctx, at) {
        let v = ctx.data;
        for (const key of at) {
            if (v === undefined)
                break;
            v = (0,_builtins_index_js__WEBPACK_IMPORTED_MODULE_2__/* .index */ .Pe)(v, key);
        }
        for (const o of ctx.overrides) {
            if (o.path.length <= at.length && o.path.every((x, j) => (0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .equal */ .LC)(x, at[j]))) {
                let x = o.value;
                for (let j = o.path.length; j < at.length && x !== undefined; j++)
                    x = (0,_builtins_index_js__WEBPACK_IMPORTED_MODULE_2__/* .index */ .Pe)(x, at[j]);
                v = x;
            }
            else if (o.path.length > at.length && at.every((x, j) => (0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .equal */ .LC)(x, o.path[j]))) {
                v = patch(v ?? new _value_js__WEBPACK_IMPORTED_MODULE_3__/* .RObject */ .Cl(), o.path.slice(at.length), o.value);
            }
        }
        return v;
    }
    /** The full value of a non-rule node: base data merged with child documents and ref-head rules. */
    extent(node, at, ctx) {
        const cached = ctx.extentCache.get(node);
        if (cached !== undefined)
            return cached;
        const base = this.baseAt(ctx, at);
        const out = base instanceof _value_js__WEBPACK_IMPORTED_MODULE_3__/* .RObject */ .Cl ? _value_js__WEBPACK_IMPORTED_MODULE_3__/* .RObject */ .Cl.from(base.entries()) : new _value_js__WEBPACK_IMPORTED_MODULE_3__/* .RObject */ .Cl();
        for (const [key, child] of node.children) {
            const cat = [...at, key];
            const ov = this.overrideAt(ctx, cat);
            let v;
            if (ov !== undefined)
                v = ov;
            else if (child.funcs.length)
                continue;
            else if (child.hasRules())
                v = this.ruleValue(child, ctx);
            else
                v = this.extent(child, cat, ctx);
            if (v !== undefined) {
                const existing = out.get(key);
                if (existing instanceof _value_js__WEBPACK_IMPORTED_MODULE_3__/* .RObject */ .Cl && v instanceof _value_js__WEBPACK_IMPORTED_MODULE_3__/* .RObject */ .Cl)
                    v = mergeObj(v, existing);
                else if (existing !== undefined)
                    continue; // a base document and a rule at one path: the base value shows, as in OPA
                out.set(key, v);
            }
        }
        for (const r of node.dyn)
            this.addDynRule(r, out, ctx);
        ctx.extentCache.set(node, out);
        return out;
    }
    addDynRule(r, out, ctx) {
        const f = { env: new Map(), ctx };
        const solutions = (rule) => {
            let any = false;
            this.evalBody(rule.body, 0, f, () => this.evalTerms(rule.dyn, f, (keys) => {
                any = true;
                const leafTerm = rule.kind === 'set' ? rule.key : rule.value;
                return this.evalTerm(leafTerm, f, (v) => {
                    insertPath(out, keys, v, rule.kind === 'set', rule);
                    return false;
                });
            }));
            return any;
        };
        for (let rule = r; rule; rule = rule.elseRule) {
            if (solutions(rule))
                break;
        }
    }
    /** The value of a complete, default or partial-set rule node (cached per context). */
    ruleValue(node, ctx) {
        const cached = ctx.ruleCache.get(node);
        if (cached !== undefined)
            return cached === UNDEFINED ? undefined : cached;
        return this.computeRuleValue(node, ctx);
    }
    /** {@link ruleValue} on a cache miss: evaluates the node's rules and caches the value. */
    computeRuleValue(node, ctx) {
        let v;
        if (node.sets.length) {
            const s = new _value_js__WEBPACK_IMPORTED_MODULE_3__/* .RSet */ .B9();
            const f = { env: new Map(), ctx };
            for (const r of this.candidateRules(node.sets, ctx)) {
                this.evalBody(r.body, 0, f, () => this.evalTerm(r.key, f, (x) => (s.add(x), false)));
            }
            v = s;
        }
        else {
            let found;
            const rules = this.candidateRules(node.complete, ctx);
            for (const r of rules) {
                const rv = this.completeRuleValue(r, ctx);
                if (rv === undefined)
                    continue;
                if (found !== undefined && !(0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .equal */ .LC)(found, rv))
                    conflict('complete rules must not produce multiple outputs', r.rule.loc);
                found = rv;
            }
            if (found === undefined && node.defaultRule) {
                const f = { env: new Map(), ctx };
                this.evalTerm(node.defaultRule.value, f, (x) => ((found = x), true));
            }
            v = found;
        }
        ctx.ruleCache.set(node, v === undefined ? UNDEFINED : v);
        return v;
    }
    /**
     * The rules of `rules` (a node's partial set or complete rules) that can apply to this input,
     * in their order, by OPA's rule indexing on equality (`ast/index.go`): rules whose body starts
     * with `input.a.b == <scalar>` (or `=`) are grouped by that scalar, the reference is evaluated
     * once, and only the rules whose scalar equals its value (and every rule not so indexed) are
     * evaluated. A skipped rule's first expression would have failed, so the value is the same;
     * the comparison cannot raise an error.
     */
    candidateRules(rules, ctx) {
        if (rules.length < INDEX_MIN_RULES)
            return rules; // a few first expressions cost less than the index lookup
        let idx = ruleIndexes.get(rules);
        if (idx === undefined)
            ruleIndexes.set(rules, (idx = buildRuleIndex(rules)));
        if (idx === null)
            return rules;
        // an input reference with constant keys: reads only ctx.input (the empty environment is never written)
        const v = this.evalOne(idx.ref, { env: EMPTY_ENV, ctx });
        if (idx.unindexed === 0) {
            if (v === undefined || (typeof v === 'object' && v !== null))
                return EMPTY_RULES;
            // strings, booleans, null: equal exactly when their keys are; numbers compare by value below
            if (typeof v !== 'number' && typeof v !== 'bigint')
                return idx.buckets.get(memoKey(v)) ?? EMPTY_RULES;
        }
        const out = [];
        for (const r of rules) {
            const c = idx.consts.get(r);
            if (c === undefined || (v !== undefined && (0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .equal */ .LC)(c, v)))
                out.push(r);
        }
        return out;
    }
    completeRuleValue(r, ctx) {
        for (let rule = r; rule; rule = rule.elseRule) {
            const f = { env: new Map(), ctx };
            let found;
            let any = false;
            this.evalBody(rule.body, 0, f, () => this.evalTerm(rule.value, f, (x) => {
                any = true;
                if (found !== undefined && !(0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .equal */ .LC)(found, x))
                    conflict('complete rules must not produce multiple outputs', rule.rule.loc);
                found = x;
                return false;
            }));
            if (any)
                return found;
        }
        return undefined;
    }
    // ---------------- calls ----------------
    evalCall(op, args, f, loc, k) {
        if (f.ctx.mocks.size) {
            const mock = f.ctx.mocks.get(op);
            if (mock && (mock.value !== undefined || (mock.fn && mock.fn !== op)))
                return this.evalMockedCall(op, mock, args, f, loc, k);
        }
        const fn = op.charCodeAt(0) === 100 /* 'd' */ && op.startsWith('data.');
        const bi = fn ? undefined : (0,_builtins_index_js__WEBPACK_IMPORTED_MODULE_2__/* .getBuiltin */ .e9)(op);
        if (!bi?.relation) {
            // ground arguments (the common case): one call, no continuations
            let ground = true;
            for (let j = 0; j < args.length && ground; j++)
                ground = this.isGround(args[j], f);
            if (ground) {
                const vs = new Array(args.length);
                for (let j = 0; j < args.length; j++) {
                    const got = this.evalOne(args[j], f);
                    if (got === undefined)
                        return false;
                    vs[j] = got;
                }
                const r = fn ? this.callFunction(op, vs, f.ctx, loc) : this.callBuiltin(op, bi, vs, loc);
                return r === undefined ? false : k(r);
            }
        }
        return this.evalCallArgs(op, fn, bi, args, f, loc, k);
    }
    /** A call whose arguments bind vars, or a relation (one result per output): through continuations. */
    evalCallArgs(op, fn, bi, args, f, loc, k) {
        const rel = bi?.relation;
        return this.evalArgs(args, f, (vs) => {
            const r = fn ? this.callFunction(op, vs, f.ctx, loc) : this.callBuiltin(op, bi, vs, loc);
            if (r === undefined)
                return false;
            if (rel) {
                for (const x of r)
                    if (k(x))
                        return true;
                return false;
            }
            return k(r);
        });
    }
    /** A call replaced by `with`: by a value (arguments still evaluated), or by another function or builtin. */
    evalMockedCall(op, mock, args, f, loc, k) {
        if (mock.value !== undefined)
            return this.evalTerms(args, f, () => k(mock.value));
        // a replacement function runs with the original builtins (mocks do not call other mocks)
        const ctx = f.ctx;
        const mocks = new Map();
        return this.evalTerms(args, f, (vs) => {
            const r = this.callValues(mock.fn, vs, { env: f.env, ctx: { ...freshCaches(ctx), mocks } }, loc);
            return r === undefined ? false : k(r);
        });
    }
    /** Evaluates call arguments, those that bind vars (refs with unbound keys) first. */
    evalArgs(args, f, k) {
        let ground = true;
        for (let j = 0; j < args.length && ground; j++)
            ground = this.isGround(args[j], f);
        if (ground) {
            const out = new Array(args.length);
            for (let j = 0; j < args.length; j++) {
                const got = this.evalOne(args[j], f);
                if (got === undefined)
                    return false;
                out[j] = got;
            }
            return k(out);
        }
        const order = args.map((_, i) => i);
        order.sort((a, b) => Number(this.isGround(args[a], f) || args[a].t === 'var') - Number(this.isGround(args[b], f) || args[b].t === 'var'));
        const vals = new Array(args.length);
        const go = (j) => {
            if (j === order.length)
                return k(vals.slice());
            const i = order[j];
            return this.evalTerm(args[i], f, (v) => {
                vals[i] = v;
                return go(j + 1);
            });
        };
        return go(0);
    }
    callValues(op, vs, f, loc) {
        if (op.startsWith('data.'))
            return this.callFunction(op, vs, f.ctx, loc);
        return this.callBuiltin(op, (0,_builtins_index_js__WEBPACK_IMPORTED_MODULE_2__/* .getBuiltin */ .e9)(op), vs, loc);
    }
    /** Calls builtin `b` (looked up by the caller as `op`) on evaluated operands. */
    callBuiltin(op, b, vs, loc) {
        if (!b)
            internal(`unknown builtin ${op}`, loc);
        if (b.arity >= 0 && vs.length !== b.arity) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RegoErrors */ .di([{ code: 'rego_type_error', message: `${op}: arity mismatch`, location: loc }]);
        }
        try {
            return b.fn(vs, this.bctx);
        }
        catch (e) {
            if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BuiltinError */ .Sr) {
                if (this.strict || e.halt)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RegoErrors */ .di([{ code: e.code, message: `${op}: ${e.message}`, location: loc }]);
                return undefined;
            }
            throw e;
        }
    }
    /** The rules of the function at `path` (non-default first), resolved once per policy. */
    functionRules(path, loc) {
        let plans = functionPlans.get(this.policy);
        if (!plans)
            functionPlans.set(this.policy, (plans = new Map()));
        let rules = plans.get(path);
        if (!rules) {
            let node = this.policy.root;
            for (const p of path.split('.').slice(1))
                node = node?.children.get(p);
            if (!node || node.funcs.length === 0)
                internal(`undefined function ${path}`, loc);
            rules = [...node.funcs.filter((r) => !r.isDefault), ...node.funcs.filter((r) => r.isDefault)];
            plans.set(path, rules);
        }
        return rules;
    }
    callFunction(path, args, ctx, loc) {
        const rules = this.functionRules(path, loc);
        let memo = ctx.fnCache.get(rules);
        if (!memo)
            ctx.fnCache.set(rules, (memo = new Map()));
        for (let i = 0; i < args.length - 1; i++) {
            const key = memoKey(args[i]);
            let next = memo.get(key);
            if (!next)
                memo.set(key, (next = new Map()));
            memo = next;
        }
        const lastKey = args.length ? memoKey(args[args.length - 1]) : '';
        // the last level holds the results themselves (UNDEFINED for an undefined one)
        const cached = memo.get(lastKey);
        if (cached !== undefined)
            return cached === UNDEFINED ? undefined : cached;
        const found = this.applyFunction(rules, args, ctx);
        memo.set(lastKey, found === undefined ? UNDEFINED : found);
        return found;
    }
    /** The value of a function's rules (`rules` from {@link functionRules}) on evaluated arguments, or undefined. */
    applyFunction(rules, args, ctx) {
        let found;
        for (const r of rules) {
            if (r.isDefault && found !== undefined)
                break;
            for (let rule = r; rule; rule = rule.elseRule) {
                const f = { env: new Map(), ctx };
                let any = false;
                const params = rule.args ?? [];
                // parameters that are vars (the common case): bind them directly, without continuations
                let direct = 0;
                let mismatch = false;
                for (; direct < params.length; direct++) {
                    const p = params[direct];
                    if (p.t !== 'var' || p.name === 'input' || p.name === 'data')
                        break;
                    const cur = f.env.get(p.name);
                    if (cur === undefined)
                        f.env.set(p.name, args[direct]);
                    else if (!(0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .equal */ .LC)(cur, args[direct])) {
                        mismatch = true; // a repeated var given two different values: as a failed unification
                        break;
                    }
                }
                if (mismatch)
                    continue;
                const bindArgs = (i) => i === params.length
                    ? this.evalBody(rule.body, 0, f, () => this.evalTerm(rule.value, f, (x) => {
                        any = true;
                        if (found !== undefined && !(0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .equal */ .LC)(found, x))
                            conflict('functions must not produce multiple outputs for same inputs', r.rule.loc);
                        found = x;
                        return false;
                    }))
                    : this.unifyTV(params[i], args[i], f, () => bindArgs(i + 1));
                bindArgs(direct);
                if (any)
                    break;
            }
        }
        return found;
    }
}
/** Per `data` reference path (AST terms after `data`): the rule-tree node its constant prefix reaches, and how far. */
const dataDescents = new WeakMap();
/** Rule indexes per rule list of a node (null: not worth indexing); rule lists do not change after compilation. */
const ruleIndexes = new WeakMap();
const EMPTY_RULES = [];
/** Rule lists shorter than this are not indexed. */
const INDEX_MIN_RULES = 8;
const EMPTY_ENV = new Map();
/** `input.a.b` with constant keys, as its text (so equal references group), or undefined. */
function inputRefKey(t) {
    if (t.t !== 'ref' || t.head.t !== 'var' || t.head.name !== 'input' || t.path.length === 0)
        return undefined;
    const keys = [];
    for (const p of t.path) {
        if (p.t !== 'scalar')
            return undefined;
        keys.push(p.v);
    }
    return (0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .hashOf */ .qQ)(keys);
}
/** Builds the index of `rules` on the `input` reference most of them test first; null with fewer than 2 such rules. */
function buildRuleIndex(rules) {
    const tests = new Map();
    const count = new Map();
    for (const r of rules) {
        if (r.elseRule || r.body.length === 0)
            continue;
        const e = r.body[0];
        const b = e.body;
        if (e.negated || e.withs.length || b.k !== 'call' || (b.op !== 'equal' && b.op !== 'eq') || b.args.length !== 2)
            continue;
        for (const [x, y] of [
            [b.args[0], b.args[1]],
            [b.args[1], b.args[0]],
        ]) {
            const key = inputRefKey(x);
            if (key !== undefined && y.t === 'scalar' && (y.v === null || typeof y.v !== 'object')) {
                tests.set(r, { key, ref: x, c: y.v });
                count.set(key, (count.get(key) ?? 0) + 1);
                break;
            }
        }
    }
    let best;
    for (const [k, n] of count)
        if (best === undefined || n > count.get(best))
            best = k;
    if (best === undefined || count.get(best) < 2)
        return null;
    const consts = new Map();
    const buckets = new Map();
    let ref;
    for (const r of rules) {
        const t = tests.get(r);
        if (!t || t.key !== best)
            continue;
        ref = t.ref;
        consts.set(r, t.c);
        const mk = memoKey(t.c);
        let bucket = buckets.get(mk);
        if (!bucket)
            buckets.set(mk, (bucket = []));
        bucket.push(r);
    }
    return { ref: ref, consts, buckets, unindexed: rules.length - consts.size };
}
/** A cached rule value that is undefined (a Map answers undefined for a missing key). */
const UNDEFINED = Symbol('undefined');
/**
 * Literal arrays, objects and sets made of scalars only (e.g. `["actor", "tenant"]`): their value,
 * built once (values are never changed once built; every document and rule value is shared so).
 */
const constants = new WeakMap();
function constantOf(t) {
    let c = constants.get(t);
    if (c === undefined)
        constants.set(t, (c = buildConstant(t)));
    return c;
}
function buildConstant(t) {
    switch (t.t) {
        case 'scalar':
            return t.v;
        case 'array':
        case 'set': {
            const vs = [];
            for (const x of t.items) {
                const v = buildConstant(x);
                if (v === null && !(x.t === 'scalar' && x.v === null))
                    return null;
                vs.push(v);
            }
            return t.t === 'array' ? vs : _value_js__WEBPACK_IMPORTED_MODULE_3__/* .RSet */ .B9.from(vs);
        }
        case 'object': {
            const o = new _value_js__WEBPACK_IMPORTED_MODULE_3__/* .RObject */ .Cl();
            for (const [a, b] of t.items) {
                const ka = buildConstant(a);
                const vb = buildConstant(b);
                if ((ka === null && !(a.t === 'scalar' && a.v === null)) || (vb === null && !(b.t === 'scalar' && b.v === null)))
                    return null;
                const cur = o.get(ka);
                if (cur !== undefined && !(0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .equal */ .LC)(cur, vb))
                    return null; // a conflict: left to the evaluation (it raises)
                o.set(ka, vb);
            }
            return o;
        }
        default:
            return null;
    }
}
/** {@link Evaluator.dataOne}: not a reference it answers directly. */
const NOT_DIRECT = Symbol('not direct');
/** Answers of {@link Evaluator.detExpr}. */
const DET_NO = -1;
const DET_FAIL = 0;
const DET_OK = 1;
const DET_BOUND = 2;
/** Per term (not a scalar or var): the vars it needs bound to be ground; terms do not change after compilation. */
const groundVars = new WeakMap();
/** A function's rules per policy and path (`data.` joined), non-default rules first. */
const functionPlans = new WeakMap();
/** Compiled queries per policy (queries are pure functions of their text and the policy). */
const queryCache = new WeakMap();
const LOC0 = { file: '', row: 0, col: 0 };
/**
 * Base data converted to engine values, cached by object identity: `data` passed to the API is
 * treated as immutable (a caller that changes it must pass a new object).
 */
const dataCache = new WeakMap();
function convertData(d) {
    if (d === null || typeof d !== 'object')
        return (0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .fromJSONValue */ .iK)(d);
    let v = dataCache.get(d);
    if (v === undefined) {
        v = (0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .fromJSONValue */ .iK)(d);
        dataCache.set(d, v);
    }
    return v;
}
function freshCaches(ctx) {
    return { ...ctx, ruleCache: new Map(), extentCache: new Map(), fnCache: new Map() };
}
/** Returns a copy of `v` with `path` set to `value` (objects created along the way). */
function patch(v, path, value) {
    if (path.length === 0)
        return value;
    const o = v instanceof _value_js__WEBPACK_IMPORTED_MODULE_3__/* .RObject */ .Cl ? _value_js__WEBPACK_IMPORTED_MODULE_3__/* .RObject */ .Cl.from(v.entries()) : new _value_js__WEBPACK_IMPORTED_MODULE_3__/* .RObject */ .Cl();
    const cur = o.get(path[0]);
    o.set(path[0], patch(cur ?? new _value_js__WEBPACK_IMPORTED_MODULE_3__/* .RObject */ .Cl(), path.slice(1), value));
    return o;
}
function mergeObj(a, b) {
    const o = _value_js__WEBPACK_IMPORTED_MODULE_3__/* .RObject */ .Cl.from(a.entries());
    for (const [k, v] of b.entries()) {
        const cur = o.get(k);
        o.set(k, cur instanceof _value_js__WEBPACK_IMPORTED_MODULE_3__/* .RObject */ .Cl && v instanceof _value_js__WEBPACK_IMPORTED_MODULE_3__/* .RObject */ .Cl ? mergeObj(cur, v) : v);
    }
    return o;
}
function insertPath(out, keys, v, isSet, r) {
    let cur = out;
    for (let i = 0; i < keys.length - (isSet ? 0 : 1); i++) {
        const last = i === keys.length - 1;
        let next = cur.get(keys[i]);
        if (last && isSet) {
            if (next === undefined) {
                next = new _value_js__WEBPACK_IMPORTED_MODULE_3__/* .RSet */ .B9();
                cur.set(keys[i], next);
            }
            if (!(next instanceof _value_js__WEBPACK_IMPORTED_MODULE_3__/* .RSet */ .B9))
                conflict('object keys must be unique', r.rule.loc);
            next.add(v);
            return;
        }
        if (next === undefined) {
            next = new _value_js__WEBPACK_IMPORTED_MODULE_3__/* .RObject */ .Cl();
            cur.set(keys[i], next);
        }
        else if (!(next instanceof _value_js__WEBPACK_IMPORTED_MODULE_3__/* .RObject */ .Cl))
            conflict('object keys must be unique', r.rule.loc);
        cur = next;
    }
    if (isSet) {
        // `p contains x` directly at the node with no dynamic keys: not reached (sets handled separately)
        return;
    }
    const lk = keys[keys.length - 1];
    const existing = cur.get(lk);
    if (existing !== undefined && !(0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .equal */ .LC)(existing, v))
        conflict('object keys must be unique', r.rule.loc);
    cur.set(lk, v);
}



/***/ }),

/***/ 4950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  di: () => (/* reexport */ errors/* RegoErrors */.di),
  wE: () => (/* binding */ compile),
  O8: () => (/* binding */ evalRef),
  _3: () => (/* binding */ evaluate),
  N$: () => (/* binding */ runTests)
});

// UNUSED EXPORTS: fromJSON, toJSON

// EXTERNAL MODULE: ./src/rego/compiler.ts + 4 modules
var compiler = __webpack_require__(4441);
// EXTERNAL MODULE: ./src/rego/eval.ts
var rego_eval = __webpack_require__(5473);
// EXTERNAL MODULE: ./src/rego/errors.ts
var errors = __webpack_require__(2088);
// EXTERNAL MODULE: ./src/rego/value.ts
var value = __webpack_require__(278);
;// CONCATENATED MODULE: ./src/rego/testing.ts


function runRegoTests(c, opts) {
    const out = [];
    const seen = new Map();
    const rules = c.rules
        .filter((r) => r.kind === 'complete' && r.dyn.length === 0 && !r.isDefault && r.path[r.path.length - 1].startsWith('test_'))
        .sort((a, b) => a.rule.loc.file.localeCompare(b.rule.loc.file) || a.rule.loc.row - b.rule.loc.row);
    for (const r of rules) {
        const pkg = r.pkg.join('.');
        const base = r.path.slice(r.pkg.length).join('.');
        const n = seen.get(pkg + '.' + base) ?? 0;
        seen.set(pkg + '.' + base, n + 1);
        const name = n === 0 ? base : `${base}#${String(n).padStart(2, '0')}`;
        const full = `data.${pkg}.${name}`;
        if (opts.filter && !opts.filter.test(full))
            continue;
        const ev = new rego_eval/* Evaluator */.o(c, { data: opts.data, printHook: opts.printHook ?? (() => { }) });
        const t0 = performance.now();
        let outcome;
        let error;
        try {
            const v = ev.completeRuleValue(r, ev.newCtx());
            outcome = v !== undefined && v !== false ? 'pass' : 'fail';
        }
        catch (e) {
            outcome = 'error';
            error =
                e instanceof errors/* RegoErrors */.di
                    ? e.errors[0]
                    : { code: 'eval_internal_error', message: e?.message ?? String(e), location: { ...r.rule.loc } };
        }
        out.push({ package: pkg, name, location: { ...r.rule.loc }, outcome, ...(error ? { error } : {}), durationMs: performance.now() - t0 });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/rego/index.ts
/**
 * The Rego engine's public API (agreed with the opa-sim gate).
 *
 * A Rego v1 evaluator following the Open Policy Agent language reference
 * (https://www.openpolicyagent.org/docs/policy-language) and OPA's topdown semantics:
 * lexer -> parser -> AST -> compiler checks (safety/reordering, recursion, undefined functions,
 * arity) -> top-down evaluator with backtracking.
 *
 * Values crossing this API (`input`, `data`, results) are plain JSON; inside the engine sets,
 * objects with non-string keys and exact numbers have their own representation
 * (see {@link toJSON} / {@link fromJSON}).
 */






/**
 * Parses and compiles modules together (as `opa eval -d` does).
 * @throws RegoErrors with `rego_parse_error`, `rego_compile_error`, `rego_type_error`,
 *   `rego_unsafe_var_error` or `rego_recursion_error` entries (each with file:row:col).
 */
function compile(modules, opts = {}) {
    return guard('rego_compile_error', () => new compiler/* Compiler */.Ql().compileModules(modules, { v0: opts.regoVersion === 'v0' }));
}
/**
 * Any unexpected failure inside the engine (a bug, or the JS stack exhausted by a pathological
 * policy) surfaces as a RegoErrors too, so callers fail closed on one error type.
 */
function guard(code, fn) {
    try {
        return fn();
    }
    catch (e) {
        if (e instanceof errors/* RegoErrors */.di)
            throw e;
        const msg = e instanceof RangeError ? `policy or data too deeply nested: ${e.message}` : `internal error: ${e?.message ?? String(e)}`;
        throw new errors/* RegoErrors */.di([{ code: code === 'rego_compile_error' ? 'rego_compile_error' : 'eval_internal_error', message: msg }]);
    }
}
/**
 * Evaluates a query (a Rego body, e.g. `data.mc.allow == true` or `x := data.p[_]`).
 * @returns the result rows; `[]` when the query is undefined.
 * @throws RegoErrors for compile errors in the query and for evaluation errors
 *   (`eval_conflict_error`, `eval_type_error`, `eval_builtin_error` in strict mode, ...).
 */
function evaluate(compiled, query, opts = {}) {
    return guard('eval_internal_error', () => new rego_eval/* Evaluator */.o(compiled, opts).query(query));
}
/** The query text per reference, kept so repeated decisions look up the compiled query by one string. */
const refQueries = new Map();
/**
 * Evaluates one document reference, e.g. `"data.mc.isolation.deny"`.
 * @returns `{ defined: false }` when undefined, else `{ defined: true, value }` (plain JSON).
 * @throws RegoErrors like {@link evaluate}.
 */
function evalRef(compiled, ref, opts = {}) {
    // bind the reference rather than evaluating it as an expression: as an expression, a document
    // whose value is `false` would fail the query and read as undefined (OPA's Data API answers false)
    let q = refQueries.get(ref);
    if (q === undefined) {
        q = `mc_evalref_value := ${ref}`;
        if (refQueries.size > 500)
            refQueries.clear();
        refQueries.set(ref, q);
    }
    const text = q;
    // a ground `data.a.b.c` reference the query path has already compiled and answered once: evaluate
    // the document directly (the same rule tree walk, without the query's rows and bindings)
    const policy = compiled;
    let known = groundRefs.get(policy);
    const path = known?.get(ref);
    if (path) {
        const v = guard('eval_internal_error', () => new rego_eval/* Evaluator */.o(policy, opts).evalPathValue(path));
        return v === undefined ? { defined: false } : { defined: true, value: (0,value/* toJSONValue */.Hw)(v) };
    }
    const rows = guard('eval_internal_error', () => new rego_eval/* Evaluator */.o(policy, opts).query(text));
    if (GROUND_DATA_REF.test(ref)) {
        if (!known)
            groundRefs.set(policy, (known = new Map()));
        if (known.size > 500)
            known.clear();
        known.set(ref, ref.split('.').slice(1));
    }
    if (rows.length === 0)
        return { defined: false };
    return { defined: true, value: rows[0].bindings.mc_evalref_value };
}
/** `data` followed by plain names (no brackets, no quotes): a ground document reference. */
const GROUND_DATA_REF = /^data(\.[A-Za-z_][A-Za-z0-9_]*)+$/;
/** Per policy, the ground `data.` references {@link evalRef} has compiled and evaluated once, as paths. */
const groundRefs = new WeakMap();
/**
 * Runs every rule whose name starts with `test_` (like `opa test`): a test passes when its
 * value is defined and not `false`; it fails otherwise; it errors when evaluation raises.
 */
function runTests(compiled, opts = {}) {
    return guard('eval_internal_error', () => runRegoTests(compiled, opts));
}
/** Engine values -> plain JSON (sets -> sorted arrays, exact numbers -> JSON numbers as OPA prints them). */
function toJSON(value) {
    return toJSONValue(value);
}
/** Plain JSON (bigint allowed for exact integers) -> engine values. */
function fromJSON(value) {
    return fromJSONValue(value);
}


/***/ }),

/***/ 6426:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NU: () => (/* binding */ goJSON),
/* harmony export */   v5: () => (/* binding */ parseJSONExact)
/* harmony export */ });
/* unused harmony export MAX_JSON_DEPTH */
/* harmony import */ var _value_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(278);
/**
 * Go encoding/json output of Rego values, and a JSON parser that keeps big integers exact.
 */

/** Go encoding/json Marshal of a value (keys sorted, HTML-escaped, sets as arrays). */
function goJSON(v, indent, level = 0) {
    const esc = (s) => JSON.stringify(s)
        .replace(/</g, '\\u003c')
        .replace(/>/g, '\\u003e')
        .replace(/&/g, '\\u0026')
        .replace(/\u2028/g, '\\u2028')
        .replace(/\u2029/g, '\\u2029');
    const nl = (l) => (indent ? '\n' + indent.prefix + indent.indent.repeat(l) : '');
    if (v === null)
        return 'null';
    if (typeof v === 'string')
        return esc(v);
    if (typeof v === 'boolean')
        return String(v);
    if ((0,_value_js__WEBPACK_IMPORTED_MODULE_0__/* .isNumber */ .Et)(v))
        return (0,_value_js__WEBPACK_IMPORTED_MODULE_0__/* .numText */ .wX)(v);
    const sep = indent ? ': ' : ':';
    if (Array.isArray(v) || v instanceof _value_js__WEBPACK_IMPORTED_MODULE_0__/* .RSet */ .B9) {
        const xs = Array.isArray(v) ? v : v.sorted();
        if (xs.length === 0)
            return '[]';
        return '[' + xs.map((x) => nl(level + 1) + goJSON(x, indent, level + 1)).join(',') + nl(level) + ']';
    }
    const ents = [...v.entries()].map(([k, x]) => [typeof k === 'string' ? k : (0,_value_js__WEBPACK_IMPORTED_MODULE_0__/* .stringifyValue */ .ng)(k), x]);
    ents.sort((p, q) => (p[0] < q[0] ? -1 : p[0] > q[0] ? 1 : 0));
    if (ents.length === 0)
        return '{}';
    return '{' + ents.map(([k, x]) => nl(level + 1) + esc(k) + sep + goJSON(x, indent, level + 1)).join(',') + nl(level) + '}';
}
/** The deepest nesting parseJSONExact accepts (Go's encoding/json stops at 10,000; our recursion needs a lower bound). */
const MAX_JSON_DEPTH = 1000;
/**
 * Parses JSON text (RFC 8259) into engine values, keeping integers beyond 2^53 exact (bigint).
 * A small parser of our own: JSON.parse's reviver source access is not in every Node version.
 * @param opts.uniqueKeys refuse an object with the same key twice (as the yaml parser does for
 *   inputs and configs); by default the last value wins, as Go's encoding/json (OPA's json.unmarshal) does
 * @throws SyntaxError on malformed JSON, nesting deeper than {@link MAX_JSON_DEPTH}, or `duplicate key "K"` with `uniqueKeys`
 */
function parseJSONExact(text, opts = {}) {
    let i = 0;
    const n = text.length;
    const fail = (msg) => {
        throw new SyntaxError(`${msg} at position ${i}`);
    };
    const ws = () => {
        while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r'))
            i++;
    };
    // bounded nesting: deeper documents are refused as malformed rather than overflowing the stack
    let depth = 0;
    const value = () => {
        if (++depth > MAX_JSON_DEPTH)
            fail(`nesting deeper than ${MAX_JSON_DEPTH} levels`);
        try {
            return node();
        }
        finally {
            depth--;
        }
    };
    const node = () => {
        ws();
        const c = text[i];
        if (c === '{') {
            i++;
            const o = new _value_js__WEBPACK_IMPORTED_MODULE_0__/* .RObject */ .Cl();
            ws();
            if (text[i] === '}') {
                i++;
                return o;
            }
            for (;;) {
                ws();
                if (text[i] !== '"')
                    fail('expected string key');
                const k = str();
                ws();
                if (text[i++] !== ':')
                    fail("expected ':'");
                if (opts.uniqueKeys && o.has(k))
                    fail(`duplicate key ${JSON.stringify(k)}`);
                o.set(k, value());
                ws();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i++] !== '}')
                    fail("expected ',' or '}'");
                return o;
            }
        }
        if (c === '[') {
            i++;
            const a = [];
            ws();
            if (text[i] === ']') {
                i++;
                return a;
            }
            for (;;) {
                a.push(value());
                ws();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i++] !== ']')
                    fail("expected ',' or ']'");
                return a;
            }
        }
        if (c === '"')
            return str();
        if (text.startsWith('true', i))
            return ((i += 4), true);
        if (text.startsWith('false', i))
            return ((i += 5), false);
        if (text.startsWith('null', i))
            return ((i += 4), null);
        const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
        if (!m || !m[0])
            return fail('unexpected character');
        i += m[0].length;
        if (!m[2] && !m[3])
            return (0,_value_js__WEBPACK_IMPORTED_MODULE_0__/* .normBig */ .LO)(BigInt(m[0]));
        return Number(m[0]);
    };
    const str = () => {
        const start = i;
        i++;
        let simple = true;
        while (i < n && text[i] !== '"') {
            if (text[i] === '\\') {
                simple = false;
                i++;
            }
            else if (text.charCodeAt(i) < 0x20)
                fail('control character in string');
            i++;
        }
        if (i >= n)
            fail('unterminated string');
        i++;
        const raw = text.slice(start, i);
        return simple ? raw.slice(1, -1) : JSON.parse(raw);
    };
    const v = value();
    ws();
    if (i < n)
        fail('unexpected data after JSON value');
    return v;
}


/***/ }),

/***/ 9280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y$: () => (/* binding */ parseModule),
/* harmony export */   mA: () => (/* binding */ parseQuery)
/* harmony export */ });
/* unused harmony exports KEYWORDS, lex, parseNumber, parseTermText */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _value_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(278);



const PUNCT = [
    ':=',
    '==',
    '!=',
    '<=',
    '>=',
    '{',
    '}',
    '[',
    ']',
    '(',
    ')',
    '.',
    ',',
    ';',
    ':',
    '=',
    '<',
    '>',
    '+',
    '-',
    '*',
    '/',
    '%',
    '|',
    '&',
];
const FUTURE_KW = new Set(['if', 'contains', 'every', 'in']);
const KEYWORDS = new Set([
    'package',
    'import',
    'default',
    'if',
    'else',
    'contains',
    'some',
    'every',
    'in',
    'not',
    'with',
    'as',
    'true',
    'false',
    'null',
]);
function parseError(file, row, col, message) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RegoErrors */ .di([{ code: 'rego_parse_error', message, location: { file, row, col } }]);
}
/** Splits source text into tokens. */
function lex(file, src, startRow = 1, startCol = 1, comments) {
    const toks = [];
    let i = 0;
    let row = startRow;
    let lineStart = -(startCol - 1);
    let nl = true;
    let ws = true;
    const n = src.length;
    while (i < n) {
        const c = src[i];
        if (c === '\n') {
            i++;
            row++;
            lineStart = i;
            nl = true;
            ws = true;
            continue;
        }
        if (c === ' ' || c === '\t' || c === '\r') {
            i++;
            ws = true;
            continue;
        }
        if (c === '#') {
            const s0 = i;
            while (i < n && src[i] !== '\n')
                i++;
            comments?.push({ row, text: src.slice(s0 + 1, i) });
            ws = true;
            continue;
        }
        const start = i;
        const col = i - lineStart + 1;
        const tok = (kind, text, value) => {
            toks.push({ kind, text, value, pos: start, end: i, row, col, nl, ws });
            nl = false;
            ws = false;
        };
        if (/[A-Za-z_]/.test(c)) {
            while (i < n && /[A-Za-z0-9_]/.test(src[i]))
                i++;
            tok('ident', src.slice(start, i));
            continue;
        }
        if (/[0-9]/.test(c)) {
            while (i < n && /[0-9]/.test(src[i]))
                i++;
            if (src[i] === '.' && /[0-9]/.test(src[i + 1] ?? '')) {
                i++;
                while (i < n && /[0-9]/.test(src[i]))
                    i++;
            }
            if (src[i] === 'e' || src[i] === 'E') {
                let j = i + 1;
                if (src[j] === '+' || src[j] === '-')
                    j++;
                if (/[0-9]/.test(src[j] ?? '')) {
                    i = j;
                    while (i < n && /[0-9]/.test(src[i]))
                        i++;
                }
            }
            const text = src.slice(start, i);
            tok('number', text);
            continue;
        }
        if (c === '$' && (src[i + 1] === '"' || src[i + 1] === '`')) {
            // template string (string interpolation): $"... {expr} ..." or $`...`
            const raw = src[i + 1] === '`';
            const close = raw ? '`' : '"';
            i += 2;
            const parts = [];
            let lit = '';
            for (;;) {
                if (i >= n || (!raw && src[i] === '\n'))
                    parseError(file, row, col, 'non-terminated template string');
                const d = src[i];
                if (d === close) {
                    i++;
                    break;
                }
                if (d === '\\' && src[i + 1] === '{') {
                    lit += '{';
                    i += 2;
                    continue;
                }
                if (!raw && d === '\\') {
                    const e = src[i + 1];
                    const map = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
                    if (e in map) {
                        lit += map[e];
                        i += 2;
                    }
                    else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(src.slice(i + 2, i + 6))) {
                        lit += String.fromCharCode(parseInt(src.slice(i + 2, i + 6), 16));
                        i += 6;
                    }
                    else
                        parseError(file, row, i - lineStart + 1, 'illegal escape sequence');
                    continue;
                }
                if (d === '{') {
                    if (lit)
                        parts.push({ lit });
                    lit = '';
                    const eRow = row;
                    const eCol = i + 1 - lineStart + 1;
                    let j = i + 1;
                    let depth = 1;
                    while (j < n && depth > 0) {
                        const x = src[j];
                        if (x === '"' || x === '`') {
                            j++;
                            while (j < n && src[j] !== x) {
                                if (x === '"' && src[j] === '\\')
                                    j++;
                                j++;
                            }
                            j++;
                            continue;
                        }
                        if (x === '\n') {
                            row++;
                            lineStart = j + 1;
                        }
                        if (x === '{')
                            depth++;
                        else if (x === '}')
                            depth--;
                        j++;
                    }
                    if (depth > 0)
                        parseError(file, row, col, 'non-terminated template expression');
                    parts.push({ expr: src.slice(i + 1, j - 1), row: eRow, col: eCol });
                    i = j;
                    continue;
                }
                if (d === '\n') {
                    row++;
                    lineStart = i + 1;
                }
                lit += d;
                i++;
            }
            if (lit)
                parts.push({ lit });
            toks.push({ kind: 'template', text: src.slice(start, i), parts, pos: start, end: i, row, col, nl, ws });
            nl = false;
            ws = false;
            continue;
        }
        if (c === '"') {
            i++;
            let s = '';
            for (;;) {
                if (i >= n || src[i] === '\n')
                    parseError(file, row, col, 'non-terminated string');
                const d = src[i];
                if (d === '"') {
                    i++;
                    break;
                }
                if (d === '\\') {
                    const e = src[i + 1];
                    const map = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
                    if (e in map) {
                        s += map[e];
                        i += 2;
                    }
                    else if (e === 'u') {
                        const hex = src.slice(i + 2, i + 6);
                        if (!/^[0-9a-fA-F]{4}$/.test(hex))
                            parseError(file, row, col, 'illegal escape sequence');
                        s += String.fromCharCode(parseInt(hex, 16));
                        i += 6;
                    }
                    else
                        parseError(file, row, i - lineStart + 1, `illegal escape sequence`);
                    continue;
                }
                s += d;
                i++;
            }
            tok('string', src.slice(start, i), s);
            continue;
        }
        if (c === '`') {
            i++;
            const s0 = i;
            while (i < n && src[i] !== '`') {
                if (src[i] === '\n') {
                    row++;
                    lineStart = i + 1;
                }
                i++;
            }
            if (i >= n)
                parseError(file, row, col, 'non-terminated raw string');
            const s = src.slice(s0, i);
            i++;
            toks.push({ kind: 'string', text: src.slice(start, i), value: s, pos: start, end: i, row: toks.length ? row : row, col, nl, ws });
            nl = false;
            ws = false;
            continue;
        }
        let p;
        for (const q of PUNCT) {
            if (src.startsWith(q, i)) {
                p = q;
                break;
            }
        }
        if (!p)
            parseError(file, row, col, `illegal token '${c}'`);
        i += p.length;
        tok('punct', p);
    }
    toks.push({ kind: 'eof', text: '', pos: n, end: n, row, col: n - lineStart + 1, nl: true, ws: true });
    return toks;
}
/** Parses a number literal into an exact engine number. */
function parseNumber(text) {
    if (/^-?[0-9]+$/.test(text)) {
        const b = BigInt(text);
        return (0,_value_js__WEBPACK_IMPORTED_MODULE_2__/* .normBig */ .LO)(b);
    }
    // a decimal or exponent form: exact when it is an integer in disguise (e.g. 1e3)
    const m = /^(-?)([0-9]+)(?:\.([0-9]+))?(?:[eE]([+-]?[0-9]+))?$/.exec(text);
    if (m) {
        const frac = (m[3] ?? '').replace(/0+$/, '');
        const exp = Number(m[4] ?? 0);
        if (exp - frac.length >= 0 && exp < 100000) {
            const b = BigInt(m[2] + frac + '0'.repeat(exp - frac.length));
            return (0,_value_js__WEBPACK_IMPORTED_MODULE_2__/* .normBig */ .LO)(m[1] ? -b : b);
        }
    }
    return Number(text);
}
class Parser {
    file;
    src;
    toks;
    comments;
    i = 0;
    /** Rego v0 syntax (`opa --v0-compatible`): bodies without `if`, `p[x] { }` partial sets */
    v0 = false;
    /** future keywords active in v0 (via `import future.keywords[.kw]` or `import rego.v1`) */
    v0kw = new Set();
    /** `not { body }` is allowed (the module imports rego.v2 or future.keywords.not) */
    notBody = false;
    isKw(text) {
        if (!KEYWORDS.has(text))
            return false;
        if (this.v0 && FUTURE_KW.has(text))
            return this.v0kw.has(text);
        return true;
    }
    constructor(file, src, toks, comments = []) {
        this.file = file;
        this.src = src;
        this.toks = toks;
        this.comments = comments;
    }
    /**
     * The `# METADATA` block ending on the line above `row`, parsed as YAML
     * (https://www.openpolicyagent.org/docs/policy-language#metadata).
     */
    annotationsAbove(row) {
        const byRow = new Map(this.comments.map((c) => [c.row, c.text]));
        let r = row - 1;
        const lines = [];
        while (byRow.has(r)) {
            const t = byRow.get(r);
            if (t.trim() === 'METADATA') {
                const text = lines
                    .reverse()
                    .map((l) => (l.startsWith(' ') ? l.slice(1) : l))
                    .join('\n');
                try {
                    const v = yaml__WEBPACK_IMPORTED_MODULE_1__.parse(text);
                    return v && typeof v === 'object' && !Array.isArray(v) ? v : {};
                }
                catch (e) {
                    this.err(`invalid METADATA block: ${e.message.split('\n')[0]}`, this.toks.find((t) => t.row >= r) ?? this.tok);
                }
            }
            lines.push(t);
            r--;
        }
        return undefined;
    }
    get tok() {
        return this.toks[this.i];
    }
    peek(k = 1) {
        return this.toks[Math.min(this.i + k, this.toks.length - 1)];
    }
    loc(t = this.tok) {
        return { file: this.file, row: t.row, col: t.col };
    }
    err(msg, t = this.tok) {
        parseError(this.file, t.row, t.col, msg);
    }
    is(text) {
        const t = this.tok;
        if (t.kind === 'ident' && t.text === text && FUTURE_KW.has(text))
            return this.isKw(text);
        return (t.kind === 'punct' || t.kind === 'ident') && t.text === text;
    }
    accept(text) {
        if (this.is(text)) {
            this.i++;
            return true;
        }
        return false;
    }
    expect(text) {
        if (!this.is(text))
            this.err(`unexpected ${this.describe(this.tok)}, expected ${text}`);
        return this.toks[this.i++];
    }
    describe(t) {
        if (t.kind === 'eof')
            return 'eof token';
        if (t.kind === 'ident')
            return this.isKw(t.text) ? `${t.text} keyword` : `ident token`;
        if (t.kind === 'string')
            return 'string token';
        if (t.kind === 'number')
            return 'number token';
        return `${t.text} token`;
    }
    // ---------- module ----------
    parseModule() {
        if (!this.is('package'))
            this.err('package expected');
        const pkgTok = this.tok;
        this.i++;
        const pkgRef = this.parseRefTerm();
        const pkg = refToPath(pkgRef, this, 'package');
        const mod = { file: this.file, pkg, pkgLoc: this.loc(pkgTok), imports: [], rules: [] };
        const pkgAnn = this.annotationsAbove(pkgTok.row);
        if (pkgAnn)
            mod.annotations = pkgAnn;
        while (this.is('import') && !this.keywordAsName()) {
            const t = this.tok;
            this.i++;
            const path = this.parseRefTerm();
            let alias;
            if (this.accept('as')) {
                if (this.tok.kind !== 'ident')
                    this.err('expected alias');
                alias = this.tok.text;
                this.i++;
            }
            mod.imports.push({ path, alias, loc: this.loc(t) });
            const dotted = path.t === 'ref' ? [path.head.name, ...path.path.map((x) => String(x.v))].join('.') : '';
            if (dotted === 'rego.v2' || dotted === 'future.keywords.not')
                this.notBody = true;
            if (this.v0) {
                const names = path.t === 'ref'
                    ? [path.head.name, ...path.path.map((x) => String(x.v))]
                    : [path.name];
                if (names[0] === 'rego' && names[1] === 'v1') {
                    this.v0 = false; // a v0 module importing rego.v1 is parsed as v1
                }
                else if (names[0] === 'future' && names[1] === 'keywords') {
                    for (const k of names.length > 2 ? [names[2]] : [...FUTURE_KW])
                        this.v0kw.add(k);
                    // `every x in xs` needs `in`: importing `every` imports `in` too (as OPA's parser does)
                    if (names[2] === 'every')
                        this.v0kw.add('in');
                }
            }
        }
        while (this.tok.kind !== 'eof') {
            if (this.is('import') && !this.keywordAsName())
                this.err('imports must come before rules');
            for (const r of this.parseRules(mod))
                mod.rules.push(r);
        }
        if (this.v0)
            mod.v0 = true;
        return mod;
    }
    parseRules(mod) {
        const start = this.tok;
        const isDefault = !this.keywordAsName() && this.accept('default');
        if (this.tok.kind !== 'ident' || (this.isKw(this.tok.text) && !this.keywordAsName()))
            this.err(`unexpected ${this.describe(this.tok)}`);
        const headRef = this.parseRefTerm();
        const ref = headRef.t === 'ref' ? [headRef.head, ...headRef.path] : [headRef];
        if (ref[0].t !== 'var')
            this.err('rule head must start with a name', start);
        const head = { ref, assign: false };
        if (this.is('(') && !this.tok.ws) {
            this.i++;
            head.args = [];
            if (!this.is(')')) {
                do
                    head.args.push(this.parseTermIn());
                while (this.accept(','));
            }
            this.expect(')');
        }
        if (this.accept('contains')) {
            head.key = this.parseTermIn();
        }
        if (this.is(':=') || this.is('=')) {
            head.assign = this.tok.text === ':=';
            this.i++;
            head.value = this.parseTermIn();
        }
        const rule = { head, body: [], isDefault, loc: this.loc(start), module: mod };
        const ann = this.annotationsAbove(start.row);
        if (ann)
            rule.annotations = ann;
        if (isDefault) {
            if (!head.value)
                this.err('default rules must have a value assigned', start);
            return [rule];
        }
        const dotted = ref.length === 2 &&
            ref[1].t === 'scalar' &&
            typeof ref[1].v === 'string' &&
            ref[1].loc.col > 0 &&
            this.src[this.posOf(ref[1]) - 1] === '.';
        const withIf = this.is('if') && !this.keywordAsName();
        if (this.v0 && !head.value && !head.key && !head.args && ref.length === 2 && !dotted && !withIf) {
            // v0: `p[x] { ... }` is a partial set (`p[x] if ...` is a single-value rule, as in v1)
            head.key = ref[1];
            head.ref = [ref[0]];
        }
        if (this.is('if') && !this.keywordAsName()) {
            this.i++;
            rule.body = this.parseRuleBody();
        }
        else if (this.is('{')) {
            if (!this.v0)
                this.err('`if` keyword is required before rule body');
            rule.body = this.parseBraceBody();
        }
        else {
            rule.body = [trueExpr(rule.loc)];
        }
        const rules = [rule];
        // v0: further bodies `p { a } { b }` are alternatives
        while (this.v0 && this.is('{') && !isDefault) {
            rules.push({ ...rule, body: this.parseBraceBody(), elseRule: undefined });
        }
        // else chain
        let cur = rule;
        while (this.is('else') && !this.keywordAsName()) {
            const et = this.tok;
            this.i++;
            const eh = { ref: head.ref, args: head.args, assign: true };
            if (this.is(':=') || this.is('=')) {
                this.i++;
                eh.value = this.parseTermIn();
            }
            const er = { head: eh, body: [], isDefault: false, loc: this.loc(et), module: mod };
            if (this.accept('if'))
                er.body = this.parseRuleBody();
            else if (this.is('{') && this.v0)
                er.body = this.parseBraceBody();
            else if (this.is('{'))
                this.err('`if` keyword is required before rule body');
            else
                er.body = [trueExpr(er.loc)];
            cur.elseRule = er;
            cur = er;
        }
        return rules;
    }
    /** Source offset of a term (by its row/col). */
    posOf(t) {
        const tok = this.toks.find((x) => x.row === t.loc.row && x.col === t.loc.col);
        return tok ? tok.pos : 0;
    }
    /** A keyword directly followed by `.`, `[` or `(` is a name (keywords may appear in refs). */
    keywordAsName() {
        const n = this.peek();
        return (this.tok.kind === 'ident' &&
            this.isKw(this.tok.text) &&
            !n.ws &&
            n.kind === 'punct' &&
            (n.text === '.' || n.text === '[' || n.text === '('));
    }
    parseRuleBody() {
        if (this.is('{')) {
            // `if {` is a body, unless it only parses as a term (e.g. an object comprehension)
            const save = this.i;
            const saveNest = this.nest;
            try {
                return this.parseBraceBody();
            }
            catch (e) {
                this.i = save;
                this.nest = saveNest;
                try {
                    return [this.parseLiteral()];
                }
                catch {
                    throw e;
                }
            }
        }
        return [this.parseLiteral()];
    }
    parseBraceBody() {
        this.expect('{');
        const body = this.parseBodyUntil('}');
        this.expect('}');
        return body;
    }
    /** Parses `;`/newline separated expressions until the closing token. */
    parseBodyUntil(close) {
        const body = [];
        const atClose = () => (close === '' ? this.tok.kind === 'eof' : this.is(close));
        while (!atClose()) {
            if (this.tok.kind === 'eof')
                this.err(`unexpected eof token, expected ${close}`);
            body.push(this.parseLiteral());
            if (this.accept(';'))
                continue;
            if (atClose())
                break;
            if (!this.tok.nl)
                this.err(`unexpected ${this.describe(this.tok)}`);
        }
        if (body.length === 0)
            this.err('found empty body');
        return body;
    }
    /** literal = ( some-decl | "not"? expr ) { with-modifier } */
    parseLiteral() {
        const start = this.tok;
        const loc = this.loc();
        let negated = false;
        let body;
        if (this.is('some') && !this.keywordAsName()) {
            this.i++;
            const first = this.parseTermIn(true);
            if (first.t === 'call' && first.op === 'internal.member_2') {
                body = { k: 'somein', value: first.args[0], coll: first.args[1] };
            }
            else if (first.t === 'call' && first.op === 'internal.member_3') {
                body = { k: 'somein', key: first.args[0], value: first.args[1], coll: first.args[2] };
            }
            else {
                const vars = [first];
                while (this.accept(','))
                    vars.push(this.parseTermIn(true));
                for (const v of vars)
                    if (v.t !== 'var')
                        this.err('expected var in some declaration', start);
                body = { k: 'some', vars };
            }
        }
        else if (this.is('every') && !this.keywordAsName()) {
            this.i++;
            const first = this.parseTermIn(true);
            let key;
            let value;
            let domain;
            if (first.t === 'call' && first.op === 'internal.member_2') {
                value = first.args[0];
                domain = first.args[1];
            }
            else if (first.t === 'call' && first.op === 'internal.member_3') {
                key = first.args[0];
                value = first.args[1];
                domain = first.args[2];
            }
            else
                this.err('expected `x in xs` or `k, v in xs` after every', start);
            const b = this.parseBraceBody();
            body = { k: 'every', key, value, domain, body: b };
        }
        else {
            if (this.is('not') && !this.keywordAsName()) {
                this.i++;
                negated = true;
            }
            if (negated && this.notBody && this.is('{')) {
                // `not { a; b }` (import rego.v2 / future.keywords.not): true when the body has no solution;
                // evaluated as `not [true | a; b][0]`, a closure over the enclosing bindings
                const bloc = this.loc(this.tok);
                const b = this.parseBraceBody();
                const compr = { t: 'acompr', term: { t: 'scalar', v: true, loc: bloc }, body: b, loc: bloc };
                body = { k: 'term', term: { t: 'ref', head: compr, path: [{ t: 'scalar', v: 0, loc: bloc }], loc: bloc } };
            }
            else
                body = this.parseExprBody();
        }
        const withs = [];
        while (this.is('with') && !this.keywordAsName()) {
            const wt = this.tok;
            this.i++;
            const target = this.parseRefTerm();
            this.expect('as');
            const value = this.parseTermIn();
            withs.push({ target, value, loc: this.loc(wt) });
        }
        const endTok = this.toks[this.i - 1];
        return { body, negated, withs, loc, text: this.src.slice(start.pos, endTok.end) };
    }
    parseExprBody() {
        const lhs = this.parseTermIn(true);
        if ((this.is(':=') || this.is('=')) && !(this.tok.nl && this.nest === 0)) {
            const op = this.tok.text === ':=' ? 'assign' : 'eq';
            const opTok = this.tok;
            this.i++;
            const rhs = this.parseTermIn(true);
            void opTok;
            return { k: 'call', op, args: [lhs, rhs] };
        }
        if (lhs.t === 'call' && lhs.opTerm) {
            // a bare call statement: f(x, y)
            return { k: 'call', op: lhs.op, args: lhs.args, opTerm: lhs.opTerm };
        }
        if (lhs.t === 'call')
            return { k: 'call', op: lhs.op, args: lhs.args };
        return { k: 'term', term: lhs };
    }
    nest = 0;
    noPipe = false;
    /** Parses a possible comprehension head: `|` ends it instead of being set union. */
    parseHead() {
        const save = this.noPipe;
        this.noPipe = true;
        try {
            return this.parseTermIn();
        }
        finally {
            this.noPipe = save;
        }
    }
    /** Parses a nested term where `|` is union again. */
    withPipe(fn) {
        const save = this.noPipe;
        this.noPipe = false;
        try {
            return fn();
        }
        finally {
            this.noPipe = save;
        }
    }
    stopAtNewline() {
        return this.tok.nl && this.nest === 0;
    }
    /** in-expression: `a in b`, `k, v in b` (keyVal allowed at expression level). */
    parseTermIn(keyVal = false) {
        const lhs = this.parseTermRelation();
        if (keyVal && this.is(',') && !this.stopAtNewline()) {
            // maybe `k, v in xs`
            const save = this.i;
            this.i++;
            const mid = this.parseTermRelation();
            if (this.is('in') && !this.stopAtNewline()) {
                const t = this.tok;
                this.i++;
                const rhs = this.parseTermRelation();
                let res = { t: 'call', op: 'internal.member_3', args: [lhs, mid, rhs], loc: this.loc(t) };
                while (this.is('in') && !this.stopAtNewline()) {
                    const t2 = this.tok;
                    this.i++;
                    res = { t: 'call', op: 'internal.member_2', args: [res, this.parseTermRelation()], loc: this.loc(t2) };
                }
                return res;
            }
            this.i = save;
        }
        let res = lhs;
        while (this.is('in') && !this.stopAtNewline()) {
            const t = this.tok;
            this.i++;
            const rhs = this.parseTermRelation();
            res = { t: 'call', op: 'internal.member_2', args: [res, rhs], loc: this.loc(t) };
        }
        return res;
    }
    binary(next, ops) {
        let lhs = next();
        for (;;) {
            const t = this.tok;
            if (t.kind !== 'punct' || !(t.text in ops) || this.stopAtNewline())
                return lhs;
            if (t.text === '|' && this.noPipe)
                return lhs;
            this.i++;
            const rhs = next();
            lhs = { t: 'call', op: ops[t.text], args: [lhs, rhs], loc: lhs.loc };
        }
    }
    parseTermRelation = () => this.binary(this.parseTermOr, { '==': 'equal', '!=': 'neq', '<': 'lt', '<=': 'lte', '>': 'gt', '>=': 'gte' });
    parseTermOr = () => this.binary(this.parseTermAnd, { '|': 'or' });
    parseTermAnd = () => this.binary(this.parseTermArith, { '&': 'and' });
    parseTermArith = () => this.binary(this.parseTermFactor, { '+': 'plus', '-': 'minus' });
    parseTermFactor = () => this.binary(() => this.parseTerm(), { '*': 'mul', '/': 'div', '%': 'rem' });
    /** A term with optional ref/call suffixes. */
    parseTerm() {
        const t = this.tok;
        const loc = this.loc();
        let term;
        if (t.kind === 'number') {
            this.i++;
            term = { t: 'scalar', v: parseNumber(t.text), loc };
        }
        else if (t.kind === 'string') {
            this.i++;
            term = { t: 'scalar', v: t.value, loc };
        }
        else if (t.kind === 'template') {
            this.i++;
            term = this.templateTerm(t, loc);
        }
        else if (t.kind === 'punct' && t.text === '-' && this.peek().kind === 'number' && !this.peek().ws) {
            this.i += 2;
            const nt = this.toks[this.i - 1];
            term = { t: 'scalar', v: parseNumber('-' + nt.text), loc };
        }
        else if (t.kind === 'punct' && t.text === '-') {
            // unary minus on an expression: 0 - x
            this.i++;
            const x = this.parseTerm();
            return { t: 'call', op: 'minus', args: [{ t: 'scalar', v: 0, loc }, x], loc };
        }
        else if (t.kind === 'ident' && this.keywordAsName()) {
            this.i++;
            term = { t: 'var', name: t.text, loc };
        }
        else if (t.kind === 'ident') {
            if (t.text === 'true' || t.text === 'false') {
                this.i++;
                term = { t: 'scalar', v: t.text === 'true', loc };
            }
            else if (t.text === 'null') {
                this.i++;
                term = { t: 'scalar', v: null, loc };
            }
            else if (t.text === 'set' && this.peek().text === '(' && !this.peek().ws && this.peek(2).text === ')') {
                this.i += 3;
                term = { t: 'set', items: [], loc };
            }
            else {
                if (this.isKw(t.text) && !this.keywordAsName())
                    this.err(`unexpected ${t.text} keyword`);
                this.i++;
                term = { t: 'var', name: t.text, loc };
            }
        }
        else if (t.kind === 'punct' && t.text === '(') {
            this.i++;
            this.nest++;
            const inner = this.withPipe(() => this.parseTermIn(true));
            this.nest--;
            this.expect(')');
            term = inner;
        }
        else if (t.kind === 'punct' && t.text === '[') {
            term = this.parseArray();
        }
        else if (t.kind === 'punct' && t.text === '{') {
            term = this.parseBrace();
        }
        else {
            this.err(`unexpected ${this.describe(t)}`);
        }
        return this.parseSuffixes(term);
    }
    /**
     * A template string becomes `internal.template_string([part, ...])` where each embedded
     * expression is the set comprehension `{v | v := expr}` (empty when undefined).
     */
    templateTerm(t, loc) {
        const items = [];
        for (const p of t.parts ?? []) {
            if ('lit' in p) {
                items.push({ t: 'scalar', v: p.lit, loc });
                continue;
            }
            const sub = new Parser(this.file, p.expr, lex(this.file, p.expr, p.row, p.col));
            if (sub.tok.kind === 'eof')
                sub.err('empty template expression');
            const lit = sub.parseLiteral();
            if (sub.tok.kind !== 'eof')
                sub.err(`unexpected ${sub.describe(sub.tok)}`);
            const lb = lit.body;
            let e;
            if (lb.k === 'term' && !lit.negated)
                e = lb.term;
            else if (lb.k === 'call' && lb.op !== 'eq' && lb.op !== 'assign' && !lit.negated)
                e = { t: 'call', op: lb.op, args: lb.args, loc: lit.loc, ...(lb.opTerm ? { opTerm: lb.opTerm } : {}) };
            else
                sub.err('template expressions must be terms');
            const v = { t: 'var', name: `__tmpl${++templateVars}__`, loc: e.loc };
            const assign = { body: { k: 'call', op: 'assign', args: [v, e] }, negated: false, withs: lit.withs, loc: e.loc, text: p.expr };
            items.push({ t: 'scompr', term: v, body: [assign], loc: e.loc });
        }
        return { t: 'call', op: 'internal.template_string', args: [{ t: 'array', items, loc }], loc };
    }
    parseSuffixes(term) {
        for (;;) {
            const t = this.tok;
            if (t.ws)
                return term;
            if (t.kind === 'punct' && t.text === '.') {
                const nt = this.peek();
                if (nt.kind !== 'ident' || nt.ws)
                    this.err(`unexpected ${this.describe(nt)}: expected ident`);
                this.i += 2;
                term = appendRef(term, { t: 'scalar', v: nt.text, loc: this.loc(nt) });
            }
            else if (t.kind === 'punct' && t.text === '[') {
                this.i++;
                this.nest++;
                const k = this.parseTermIn();
                this.nest--;
                this.expect(']');
                term = appendRef(term, k);
            }
            else if (t.kind === 'punct' && t.text === '(') {
                const op = refName(term);
                if (op === undefined)
                    return term;
                this.i++;
                this.nest++;
                const args = [];
                if (!this.is(')')) {
                    do
                        args.push(this.parseTermIn());
                    while (this.accept(',') && !this.is(')'));
                }
                this.nest--;
                this.expect(')');
                term = { t: 'call', op, args, loc: term.loc, opTerm: term };
            }
            else
                return term;
        }
    }
    parseArray() {
        const loc = this.loc();
        this.expect('[');
        this.nest++;
        if (this.accept(']')) {
            this.nest--;
            return { t: 'array', items: [], loc };
        }
        const first = this.parseHead();
        if (this.is('|')) {
            this.i++;
            const save = this.nest;
            this.nest = 0;
            const body = this.withPipe(() => this.parseBodyUntil(']'));
            this.nest = save;
            this.expect(']');
            this.nest--;
            return { t: 'acompr', term: first, body, loc };
        }
        const items = [first];
        while (this.accept(',')) {
            if (this.is(']'))
                break;
            items.push(this.withPipe(() => this.parseTermIn()));
        }
        this.expect(']');
        this.nest--;
        return { t: 'array', items, loc };
    }
    parseBrace() {
        const loc = this.loc();
        this.expect('{');
        this.nest++;
        if (this.accept('}')) {
            this.nest--;
            return { t: 'object', items: [], loc };
        }
        const first = this.parseHead();
        if (this.accept(':')) {
            const v = this.parseHead();
            if (this.is('|')) {
                this.i++;
                const save = this.nest;
                this.nest = 0;
                const body = this.withPipe(() => this.parseBodyUntil('}'));
                this.nest = save;
                this.expect('}');
                this.nest--;
                return { t: 'ocompr', key: first, value: v, body, loc };
            }
            const items = [[first, v]];
            while (this.accept(',')) {
                if (this.is('}'))
                    break;
                const k = this.withPipe(() => this.parseTermIn());
                this.expect(':');
                items.push([k, this.withPipe(() => this.parseTermIn())]);
            }
            this.expect('}');
            this.nest--;
            return { t: 'object', items, loc };
        }
        if (this.is('|')) {
            this.i++;
            const save = this.nest;
            this.nest = 0;
            const body = this.withPipe(() => this.parseBodyUntil('}'));
            this.nest = save;
            this.expect('}');
            this.nest--;
            return { t: 'scompr', term: first, body, loc };
        }
        const items = [first];
        while (this.accept(',')) {
            if (this.is('}'))
                break;
            items.push(this.withPipe(() => this.parseTermIn()));
        }
        this.expect('}');
        this.nest--;
        return { t: 'set', items, loc };
    }
    parseRefTerm() {
        const t = this.tok;
        if (t.kind !== 'ident')
            this.err(`unexpected ${this.describe(t)}, expected identifier`);
        this.i++;
        return this.parseSuffixesNoCall({ t: 'var', name: t.text, loc: this.loc(t) });
    }
    parseSuffixesNoCall(term) {
        for (;;) {
            const t = this.tok;
            if (t.ws)
                return term;
            if (t.kind === 'punct' && t.text === '.') {
                const nt = this.peek();
                if (nt.kind !== 'ident')
                    this.err(`unexpected ${this.describe(nt)}: expected ident`);
                this.i += 2;
                term = appendRef(term, { t: 'scalar', v: nt.text, loc: this.loc(nt) });
            }
            else if (t.kind === 'punct' && t.text === '[') {
                this.i++;
                this.nest++;
                const k = this.parseTermIn();
                this.nest--;
                this.expect(']');
                term = appendRef(term, k);
            }
            else
                return term;
        }
    }
}
let templateVars = 0;
function trueExpr(loc) {
    return { body: { k: 'term', term: { t: 'scalar', v: true, loc } }, negated: false, withs: [], loc, text: 'true' };
}
function appendRef(term, k) {
    if (term.t === 'ref')
        return { t: 'ref', head: term.head, path: [...term.path, k], loc: term.loc };
    return { t: 'ref', head: term, path: [k], loc: term.loc };
}
/** The dotted name of a ref usable as a function name (`a.b.c`), else undefined. */
function refName(term) {
    if (term.t === 'var')
        return term.name;
    if (term.t !== 'ref' || term.head.t !== 'var')
        return undefined;
    const parts = [term.head.name];
    for (const p of term.path) {
        if (p.t !== 'scalar' || typeof p.v !== 'string')
            return undefined;
        parts.push(p.v);
    }
    return parts.join('.');
}
function refToPath(term, p, what) {
    const parts = [];
    const all = term.t === 'ref' ? [term.head, ...term.path] : [term];
    for (const [i, x] of all.entries()) {
        if (i === 0 && x.t === 'var')
            parts.push(x.name);
        else if (x.t === 'scalar' && typeof x.v === 'string')
            parts.push(x.v);
        else
            p.err(`invalid ${what} path`);
    }
    return parts;
}
/** Parses a module. @throws RegoErrors (rego_parse_error) */
function parseModule(file, src, opts = {}) {
    const comments = [];
    const p = new Parser(file, src, lex(file, src, 1, 1, comments), comments);
    p.v0 = !!opts.v0;
    return p.parseModule();
}
/** Parses a query (a body). @throws RegoErrors (rego_parse_error) */
function parseQuery(src, file = '') {
    const p = new Parser(file, src, lex(file, src));
    if (p.tok.kind === 'eof')
        p.err('empty query');
    const body = p.parseBodyUntil('');
    if (p.tok.kind !== 'eof')
        p.err(`unexpected ${p.describe(p.tok)}`);
    return body;
}
/** Parses a single term (e.g. `input_term` of conformance cases). */
function parseTermText(src, file = '') {
    const p = new Parser(file, src, lex(file, src));
    const t = p.parseTermIn();
    if (p.tok.kind !== 'eof')
        p.err(`unexpected ${p.describe(p.tok)}`);
    return t;
}


/***/ }),

/***/ 278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B9: () => (/* binding */ RSet),
/* harmony export */   Cl: () => (/* binding */ RObject),
/* harmony export */   Et: () => (/* binding */ isNumber),
/* harmony export */   Hw: () => (/* binding */ toJSONValue),
/* harmony export */   LC: () => (/* binding */ equal),
/* harmony export */   LO: () => (/* binding */ normBig),
/* harmony export */   UD: () => (/* binding */ compare),
/* harmony export */   e4: () => (/* binding */ stringifyJSON),
/* harmony export */   go: () => (/* binding */ typeName),
/* harmony export */   iK: () => (/* binding */ fromJSONValue),
/* harmony export */   ng: () => (/* binding */ stringifyValue),
/* harmony export */   qQ: () => (/* binding */ hashOf),
/* harmony export */   wX: () => (/* binding */ numText)
/* harmony export */ });
/* unused harmony export compareNum */
/**
 * Rego values inside the engine and OPA's total ordering of them.
 *
 * Representation:
 * - null, boolean, string: themselves;
 * - number: a JS `number` when exact (any double, integers within 2^53), a `bigint` for integers
 *   beyond 2^53 (OPA keeps arbitrary-precision numbers; big integers stay exact here);
 * - array: `Value[]`; object: {@link RObject} (any value as key); set: {@link RSet}.
 *
 * Ordering follows OPA (ast/compare.go): null < boolean < number < string < array < object < set;
 * arrays lexicographically; objects by their sorted keys, key then value, then size;
 * sets by their sorted members, then size.
 */
/** Map key of a value: strings as themselves (fast path), other values as \u0000 + canonical hash. */
function mapKey(k) {
    if (typeof k === 'string' && (k.length === 0 || k.charCodeAt(0) !== 0))
        return k;
    return '\u0000' + hashOf(k);
}
/** An object: insertion-ordered map from a key's canonical hash to [key, value]. */
class RObject {
    map = new Map();
    _hash;
    static from(entries) {
        const o = new RObject();
        for (const [k, v] of entries)
            o.set(k, v);
        return o;
    }
    get size() {
        return this.map.size;
    }
    get(k) {
        return this.map.get(mapKey(k))?.[1];
    }
    has(k) {
        return this.map.has(mapKey(k));
    }
    /** Sets a key (only while the object is being built). */
    set(k, v) {
        this.map.set(mapKey(k), [k, v]);
        this._hash = undefined;
        this._sorted = undefined;
    }
    delete(k) {
        this.map.delete(mapKey(k));
        this._hash = undefined;
        this._sorted = undefined;
    }
    entries() {
        return this.map.values();
    }
    keys() {
        return [...this.map.values()].map((e) => e[0]);
    }
    _sorted;
    sortedEntries() {
        if (!this._sorted)
            this._sorted = [...this.map.values()].sort((a, b) => compare(a[0], b[0]));
        return this._sorted;
    }
    hash() {
        if (this._hash === undefined) {
            const parts = [...this.map.values()].map(([k, v]) => hashOf(k) + ':' + hashOf(v)).sort();
            this._hash = '{' + parts.join(',') + '}';
        }
        return this._hash;
    }
}
/** A set of values, keyed by canonical hash. */
class RSet {
    map = new Map();
    _hash;
    static from(values) {
        const s = new RSet();
        for (const v of values)
            s.add(v);
        return s;
    }
    get size() {
        return this.map.size;
    }
    has(v) {
        return this.map.has(mapKey(v));
    }
    add(v) {
        this.map.set(mapKey(v), v);
        this._hash = undefined;
        this._sorted = undefined;
    }
    values() {
        return this.map.values();
    }
    _sorted;
    sorted() {
        if (!this._sorted)
            this._sorted = [...this.map.values()].sort(compare);
        return this._sorted;
    }
    hash() {
        if (this._hash === undefined)
            this._hash = '<' + [...this.map.values()].map(hashOf).sort().join(',') + '>';
        return this._hash;
    }
}
/** Normalises a bigint to a number when it is exactly representable. */
function normBig(b) {
    return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}
function isNumber(v) {
    return typeof v === 'number' || typeof v === 'bigint';
}
/** Canonical hash: equal values (as Rego compares them) have equal hashes. */
function hashOf(v) {
    switch (typeof v) {
        case 'string':
            return JSON.stringify(v);
        case 'number':
            return 'N' + numText(v);
        case 'bigint':
            return 'N' + v.toString();
        case 'boolean':
            return v ? 'T' : 'F';
        case 'object':
            if (v === null)
                return 'null';
            if (Array.isArray(v))
                return '[' + v.map(hashOf).join(',') + ']';
            return v.hash();
    }
    throw new Error(`not a Rego value: ${String(v)}`);
}
/** The Rego type name of a value (as `type_name` returns it). */
function typeName(v) {
    if (v === null)
        return 'null';
    switch (typeof v) {
        case 'boolean':
            return 'boolean';
        case 'number':
        case 'bigint':
            return 'number';
        case 'string':
            return 'string';
    }
    if (Array.isArray(v))
        return 'array';
    if (v instanceof RObject)
        return 'object';
    if (v instanceof RSet)
        return 'set';
    return 'undefined';
}
function rank(v) {
    if (v === null)
        return 0;
    switch (typeof v) {
        case 'boolean':
            return 1;
        case 'number':
        case 'bigint':
            return 2;
        case 'string':
            return 3;
    }
    if (Array.isArray(v))
        return 4;
    if (v instanceof RObject)
        return 5;
    return 6;
}
/** Compares two numbers exactly (bigint aware). */
function compareNum(a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return a < b ? -1 : a > b ? 1 : 0;
    if (typeof a === 'bigint' && typeof b === 'bigint')
        return a < b ? -1 : a > b ? 1 : 0;
    // mixed: a bigint is beyond 2^53, compare against a double
    const x = typeof a === 'bigint' ? a : b;
    const y = typeof a === 'bigint' ? b : a;
    let c;
    if (Number.isInteger(y))
        c = x < BigInt(y) ? -1 : x > BigInt(y) ? 1 : 0;
    else {
        const fy = Math.floor(y);
        c = x <= BigInt(fy) ? -1 : 1;
    }
    return typeof a === 'bigint' ? c : -c;
}
function compareStr(a, b) {
    if (a === b)
        return 0;
    // Go compares UTF-8 bytes, i.e. code points
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const ca = a.codePointAt(i);
        const cb = b.codePointAt(i);
        if (ca !== cb)
            return ca < cb ? -1 : 1;
        if (ca > 0xffff)
            i++;
    }
    return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}
/** OPA's total order over values: negative, zero or positive. */
function compare(a, b) {
    const ra = rank(a);
    const rb = rank(b);
    if (ra !== rb)
        return ra - rb;
    switch (ra) {
        case 0:
            return 0;
        case 1:
            return a === b ? 0 : a ? 1 : -1;
        case 2:
            return compareNum(a, b);
        case 3:
            return compareStr(a, b);
        case 4: {
            const x = a;
            const y = b;
            const n = Math.min(x.length, y.length);
            for (let i = 0; i < n; i++) {
                const c = compare(x[i], y[i]);
                if (c !== 0)
                    return c;
            }
            return x.length - y.length;
        }
        case 5: {
            const x = a.sortedEntries();
            const y = b.sortedEntries();
            const n = Math.min(x.length, y.length);
            for (let i = 0; i < n; i++) {
                const c = compare(x[i][0], y[i][0]);
                if (c !== 0)
                    return c;
                const d = compare(x[i][1], y[i][1]);
                if (d !== 0)
                    return d;
            }
            return x.length - y.length;
        }
        default: {
            const x = a.sorted();
            const y = b.sorted();
            const n = Math.min(x.length, y.length);
            for (let i = 0; i < n; i++) {
                const c = compare(x[i], y[i]);
                if (c !== 0)
                    return c;
            }
            return x.length - y.length;
        }
    }
}
/** Value equality (1 == 1.0; sets and objects by content). */
function equal(a, b) {
    if (a === b)
        return true;
    const ta = typeof a;
    if (ta === 'string' || ta === 'boolean' || typeof b === 'string' || typeof b === 'boolean')
        return false;
    return hashOf(a) === hashOf(b);
}
/** A number's decimal text as OPA prints it (integers without exponent up to 1e21, like Go's json). */
function numText(n) {
    if (typeof n === 'bigint')
        return n.toString();
    if (Object.is(n, -0))
        return '0';
    if (Number.isInteger(n) && Math.abs(n) < 1e21)
        return n.toFixed(0);
    if (!Number.isFinite(n))
        return String(n);
    if (Number.isInteger(n))
        return BigInt(n).toString();
    const s = String(n);
    return s.replace(/e\+?/, (m) => (m === 'e+' ? 'e+' : 'e'));
}
/** Plain JSON (bigint allowed) -> engine value. Engine values pass through. */
function fromJSONValue(v) {
    if (v === null || v === undefined)
        return null;
    switch (typeof v) {
        case 'string':
        case 'boolean':
            return v;
        case 'number':
            return v;
        case 'bigint':
            return normBig(v);
    }
    if (Array.isArray(v))
        return v.map(fromJSONValue);
    if (v instanceof RObject || v instanceof RSet)
        return v;
    if (v instanceof Set)
        return RSet.from([...v].map(fromJSONValue));
    if (v instanceof Map)
        return RObject.from([...v].map(([k, x]) => [fromJSONValue(k), fromJSONValue(x)]));
    // a plain object: fill the map directly (string keys as themselves, as mapKey does)
    const o = new RObject();
    const rec = v;
    for (const k of Object.keys(rec)) {
        const x = rec[k];
        if (x === undefined)
            continue;
        const mk = k.length === 0 || k.charCodeAt(0) !== 0 ? k : '\u0000' + hashOf(k);
        o.map.set(mk, [k, fromJSONValue(x)]);
    }
    return o;
}
/** A value as an object key string when serialised to JSON (OPA: non-string keys are JSON-encoded). */
function jsonKey(k) {
    if (typeof k === 'string')
        return k;
    return stringifyJSON(toJSONValue(k, true));
}
/**
 * Engine value -> plain JSON. Sets become sorted arrays; object keys are strings.
 * With `exact`, integers beyond 2^53 stay `bigint` (use {@link stringifyJSON} to print them);
 * otherwise they become the nearest JS number.
 */
function toJSONValue(v, exact = false) {
    if (v === null || typeof v !== 'object') {
        if (typeof v === 'bigint' && !exact)
            return Number(v);
        return v;
    }
    if (Array.isArray(v))
        return v.map((x) => toJSONValue(x, exact));
    if (v instanceof RSet)
        return v.sorted().map((x) => toJSONValue(x, exact));
    const out = {};
    for (const [k, x] of v.sortedEntries()) {
        const key = jsonKey(k);
        // an own "__proto__" member, as JSON.parse makes it (plain assignment would set the prototype)
        if (key === '__proto__')
            Object.defineProperty(out, key, { value: toJSONValue(x, exact), enumerable: true, writable: true, configurable: true });
        else
            out[key] = toJSONValue(x, exact);
    }
    return out;
}
/** JSON.stringify that prints bigint exactly and numbers as OPA does. */
function stringifyJSON(v, indent) {
    const ind = indent ? ' '.repeat(indent) : '';
    const go = (x, pad) => {
        if (x === null || x === undefined)
            return 'null';
        if (typeof x === 'bigint')
            return x.toString();
        if (typeof x === 'number')
            return Number.isFinite(x) ? numText(x) : 'null';
        if (typeof x === 'string' || typeof x === 'boolean')
            return JSON.stringify(x);
        const inner = pad + ind;
        const nl = ind ? '\n' : '';
        if (Array.isArray(x)) {
            if (x.length === 0)
                return '[]';
            return '[' + nl + x.map((e) => inner + go(e, inner)).join(',' + nl) + nl + pad + ']';
        }
        const ents = Object.entries(x);
        if (ents.length === 0)
            return '{}';
        const sep = ind ? ': ' : ':';
        return '{' + nl + ents.map(([k, e]) => inner + JSON.stringify(k) + sep + go(e, inner)).join(',' + nl) + nl + pad + '}';
    };
    return go(v, '');
}
/** A value as Rego/JSON text (sets as `{1, 2}`, like OPA's String()), used by sprintf %v and messages. */
function stringifyValue(v) {
    if (v === null)
        return 'null';
    switch (typeof v) {
        case 'string':
            return JSON.stringify(v);
        case 'number':
        case 'bigint':
            return numText(v);
        case 'boolean':
            return String(v);
    }
    if (Array.isArray(v))
        return '[' + v.map(stringifyValue).join(', ') + ']';
    if (v instanceof RSet)
        return v.size === 0 ? 'set()' : '{' + v.sorted().map(stringifyValue).join(', ') + '}';
    return ('{' +
        v
            .sortedEntries()
            .map(([k, x]) => stringifyValue(k) + ': ' + stringifyValue(x))
            .join(', ') +
        '}');
}


/***/ }),

/***/ 6688:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Loads graphql-js (the `graphql` package) on the first call. CommonJS on purpose: the bundler
// (ncc/webpack) bundles a `require` inside a CommonJS module and evaluates the required module only
// when the call runs, while the builtins are synchronous, so `import()` cannot serve. graphql-js
// takes ~200 ms to load, which a policy without GraphQL never pays.
/* global module, require */

module.exports = function loadGraphql() {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return __webpack_require__(7645);
};


/***/ })

};
