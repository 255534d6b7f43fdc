export const id = 305;
export const ids = [305];
export const modules = {

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

/***/ 6305:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nf: () => (/* binding */ exactIntegers),
/* harmony export */   OM: () => (/* binding */ preScanExpansion),
/* harmony export */   RI: () => (/* binding */ droppedScalar),
/* harmony export */   WS: () => (/* binding */ measureExpansion),
/* harmony export */   uC: () => (/* binding */ DEFAULT_EXPANSION)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _jcs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2995);
/**
 * Bounds on the EXPANDED size of a YAML document, measured on the parsed node tree before it is
 * turned into data (issue 19 item 12).
 *
 * Why not the alias count: the `yaml` library's `maxAliasCount` bounds aliases times the aliases
 * nested in their anchor, so 999 aliases of one 200,000-item list pass it, yet every consumer of
 * the resulting data (digests, canonical JSON, diffs) walks 200 million items. Counting what the
 * data WILL be, through aliases and merge keys (`<<: *anchor` copies the anchored entries), bounds
 * the real work: each node is visited once and an alias adds the memoized size of its anchor, so
 * the check itself is linear in the text.
 *
 * Duplicate keys are found in the same walk, in linear time (the `yaml` library's `uniqueKeys` check
 * compares each key with every earlier key of its map: quadratic, minutes on one large map). Keys are
 * equal as the library defines it: the same scalar value (so `1` and `"1"` differ).
 *
 * Anchors resolve as YAML 1.2 §3.2.2.2 says and the `yaml` library does: an alias refers to the
 * last node with that anchor before it in document order.
 */


/** Defaults: far above any real config (a 32 MiB file holds about 8 million nodes only if it is all tiny items). */
const DEFAULT_EXPANSION = { maxNodes: 4_000_000, maxScalarChars: 64 * 1024 * 1024 };
/**
 * Measures the expanded size of `doc` (its node tree, before `toJS`) and finds duplicate keys; stops
 * at the first bound exceeded or the first duplicate key. Parse with `uniqueKeys: false` and call this.
 * An alias inside its own anchor (a recursive alias: the data would be infinite) is refused here; an
 * alias to no anchor adds one node (the `yaml` library refuses it).
 * @returns sizes, with `exceeded` set when over a limit (never throws)
 */
function measureExpansion(doc, limits = DEFAULT_EXPANSION) {
    const anchors = new Map();
    const sizes = new Map();
    let total = { nodes: 0, chars: 0 };
    let exceeded;
    let duplicateKey;
    /**
     * Duplicate keys as they would collide in the data: the key's string form as the `yaml` library
     * writes an object key (`1` and `"1"` are one key, `~` is ""), an alias key resolved to its
     * anchored scalar. `<<` merge keys count like any key (two in one map are refused, as the library does).
     */
    const checkKeys = (map) => {
        const keys = new Set();
        for (const p of map.items) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isPair)(p))
                continue;
            let k = p.key;
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isAlias)(k))
                k = anchors.get(k.source);
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(k))
                continue;
            const v = k.value;
            const key = v === null || v === undefined ? '' : String(v);
            if (keys.has(key)) {
                duplicateKey = { key, offset: p.key.range?.[0] ?? 0 };
                exceeded ??= `unique map keys (found ${JSON.stringify(key)} twice)`;
                return;
            }
            keys.add(key);
        }
    };
    const over = (n, c) => {
        if (n > limits.maxNodes)
            exceeded = `at most ${limits.maxNodes} nodes with aliases expanded (found more than ${limits.maxNodes})`;
        else if (c > limits.maxScalarChars)
            exceeded = `at most ${limits.maxScalarChars} characters of scalars with aliases expanded (found more than ${limits.maxScalarChars})`;
        return exceeded !== undefined;
    };
    const open = (node) => {
        if (node === null || node === undefined)
            return { nodes: 0, chars: 0 };
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isAlias)(node)) {
            const src = anchors.get(node.source);
            const size = src && sizes.get(src);
            if (src && !size)
                exceeded ??= `no alias inside its own anchor (*${node.source} refers to a node that contains it: a recursive, infinite document)`;
            return size || { nodes: 1, chars: 0 };
        }
        const anchor = node.anchor;
        if (anchor)
            anchors.set(anchor, node);
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(node)) {
            const v = node.value;
            const s = { nodes: 1, chars: typeof v === 'string' ? v.length : (node.source?.length ?? String(v).length) };
            sizes.set(node, s);
            return s;
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isPair)(node))
            return { node, children: [node.key, node.value], i: 0, acc: { nodes: 1, chars: 0 } };
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isSeq)(node))
            return { node, children: node.items, i: 0, acc: { nodes: 1, chars: 0 } };
        return { nodes: 1, chars: 0 };
    };
    const stack = [];
    const add = (s) => {
        const target = stack.length ? stack[stack.length - 1].acc : total;
        target.nodes += s.nodes;
        target.chars += s.chars;
    };
    const first = open(doc.contents);
    if ('children' in first)
        stack.push(first);
    else if (exceeded)
        return { nodes: 0, scalarChars: 0, exceeded, duplicateKey };
    else
        total = { ...first };
    while (stack.length && !exceeded) {
        const f = stack[stack.length - 1];
        if (f.i < f.children.length) {
            const child = open(f.children[f.i++]);
            if ('children' in child)
                stack.push(child);
            else if (exceeded)
                break;
            else {
                add(child);
                if (over(f.acc.nodes, f.acc.chars))
                    break;
            }
            continue;
        }
        stack.pop();
        // keys are compared once the map's own anchors are known (an alias key resolves to its scalar)
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(f.node) && !duplicateKey)
            checkKeys(f.node);
        sizes.set(f.node, f.acc);
        add(f.acc);
        const top = stack.length ? stack[stack.length - 1].acc : total;
        if (over(top.nodes, top.chars))
            break;
    }
    if (!exceeded)
        over(total.nodes, total.chars);
    return { nodes: total.nodes, scalarChars: total.chars, exceeded, duplicateKey };
}
/**
 * Makes the integers of data read with the `yaml` library's `intAsBigInt` exact and plain: a `bigint`
 * within ±(2^53 − 1) becomes a number, a larger one stays a bigint. Converts in place (aliased,
 * shared arrays and objects once); an own `__proto__` key stays an own data member.
 * @param check called on every leaf before conversion (e.g. to refuse non-finite numbers); may throw
 * @returns the converted value
 */
function exactIntegers(value, check = () => undefined) {
    const fix = (v) => {
        if (v === null || typeof v !== 'object')
            check(v);
        return typeof v === 'bigint' ? (0,_jcs_js__WEBPACK_IMPORTED_MODULE_1__/* .exactInteger */ .i7)(v) : v;
    };
    const seen = new Set();
    const stack = [];
    const root = fix(value);
    if (root && typeof root === 'object')
        stack.push(root);
    while (stack.length) {
        const v = stack.pop();
        if (seen.has(v))
            continue;
        seen.add(v);
        if (Array.isArray(v)) {
            for (let i = 0; i < v.length; i++) {
                const x = (v[i] = fix(v[i]));
                if (x && typeof x === 'object')
                    stack.push(x);
            }
        }
        else {
            for (const k of Object.keys(v)) {
                const x = fix(v[k]);
                if (x !== v[k])
                    Object.defineProperty(v, k, { value: x, enumerable: true, writable: true, configurable: true });
                if (x && typeof x === 'object')
                    stack.push(x);
            }
        }
    }
    return root;
}
/**
 * A quick LOWER bound of the expanded size of every document of `text`, from the `yaml` library's
 * lexer alone (a few bytes per token, no node tree): the library's node tree costs about 1 KB per
 * node, so a 1.2 MB file aliasing a 600,000-item list would take 700 MB just to be measured exactly.
 * Counted: every scalar (1 node, its characters), and for every alias the lower-bound size of its
 * anchored node: a flow collection up to its closing bracket, a scalar, or a block node over the
 * following lines indented deeper than its key or `-` (a conservative extent: it never includes
 * more than the node). Refusing on a lower bound is never a false alarm; everything under it is
 * measured exactly by {@link measureExpansion} after parsing.
 * Each document is bounded on its own, as {@link measureExpansion} bounds it.
 * @param scalarOffsets when given, receives the source offset of every scalar the lexer sees (for
 *   {@link droppedScalar}; a block scalar at its `|`/`>` header, as the node tree has it)
 * @returns the 0-based index of the first document over a bound and the bound's message, or undefined
 */
function preScanExpansion(text, limits = DEFAULT_EXPANSION, scalarOffsets) {
    // an alias refers to the anchor defined LAST before it (pre-order), even if an earlier one closes later
    let anchors = new Map();
    let latest = new Map();
    let seq = 0;
    let open = [];
    let nodes = 0;
    let chars = 0;
    let depth = 0; // flow depth
    let col = 0; // column of the next token
    let lineStart = true;
    let entryCol = -1; // column of the innermost entry (key or `-`) on this line
    let lastScalarCol = -1;
    let scalarNext = false;
    let doc = 0;
    let docBody = false;
    let docStarted = false;
    let ended = false;
    const close = (e) => {
        if (latest.get(e.name) === e.seq)
            anchors.set(e.name, { seq: e.seq, nodes: nodes - e.nodes, chars: chars - e.chars });
    };
    const closeTop = () => close(open.pop());
    const over = () => nodes > limits.maxNodes
        ? `at most ${limits.maxNodes} nodes with aliases expanded (found more than ${limits.maxNodes})`
        : chars > limits.maxScalarChars
            ? `at most ${limits.maxScalarChars} characters of scalars with aliases expanded (found more than ${limits.maxScalarChars})`
            : undefined;
    let at = 0; // source offset of the token
    let blockContent = false; // the next scalar is a block scalar's content (its offset is the header's)
    for (const tok of new yaml__WEBPACK_IMPORTED_MODULE_0__.Lexer().lex(text)) {
        if (tok === '\x02' || tok === '\x18')
            continue; // control tokens, not in the source
        if (tok === '\x1f') {
            scalarNext = true;
            continue;
        }
        const start = at;
        at += tok.length;
        const t0 = scalarNext ? 'scalar' : yaml__WEBPACK_IMPORTED_MODULE_0__.CST.tokenType(tok);
        if (scalarOffsets) {
            if (t0 === 'block-scalar-header') {
                scalarOffsets.push(start);
                blockContent = true;
            }
            else if (t0 === 'scalar' || t0 === 'double-quoted-scalar' || t0 === 'single-quoted-scalar') {
                if (!blockContent)
                    scalarOffsets.push(start);
                blockContent = false;
            }
        }
        const type = t0 === 'double-quoted-scalar' || t0 === 'single-quoted-scalar' ? 'scalar' : t0;
        // a block scalar's content token carries its own indentation
        const here = scalarNext && lineStart ? col + (/^ */.exec(tok)?.[0].length ?? 0) : col;
        // position bookkeeping
        const nl = tok.lastIndexOf('\n');
        col = nl < 0 ? col + tok.length : tok.length - nl - 1;
        if (type === 'space' || type === 'comment') {
            if (nl >= 0)
                lineStart = true;
            continue;
        }
        if (type === 'newline') {
            lineStart = true;
            col = 0;
            continue;
        }
        if (type === 'doc-start' || type === 'doc-end' || type === 'directive-line') {
            while (open.length)
                closeTop();
            anchors = new Map();
            latest = new Map();
            open = [];
            depth = 0;
            nodes = 0;
            chars = 0;
            lineStart = type !== 'doc-start';
            // document index as the yaml library counts documents (for the message)
            if (type === 'doc-start') {
                if (docBody || docStarted)
                    doc++;
                docStarted = true;
                docBody = false;
            }
            else if (type === 'doc-end') {
                ended = true;
            }
            continue;
        }
        if (ended) {
            doc++;
            ended = false;
            docStarted = false;
        }
        docBody = true;
        // a significant token
        if (lineStart) {
            lineStart = false;
            entryCol = -1;
            lastScalarCol = -1;
            // block extents end at the first line indented no deeper than their key or `-`
            if (depth === 0)
                while (open.length && open[open.length - 1].mode === 'block' && here <= open[open.length - 1].parent)
                    closeTop();
        }
        const top = open[open.length - 1];
        if (top?.mode === 'pending' && type !== 'anchor' && type !== 'tag') {
            if (type === 'flow-seq-start' || type === 'flow-map-start') {
                top.mode = 'flow';
                top.depth = depth;
            }
            else if (type === 'scalar' || type === 'alias' || type === 'block-scalar-header') {
                top.mode = 'flow';
                top.depth = -1; // ends after this token
            }
            else if (depth === 0 && here > top.parent)
                top.mode = 'block';
            else
                open.pop(); // nothing measurable: no size recorded (an alias to it counts 0)
        }
        switch (type) {
            case 'scalar':
                scalarNext = false;
                nodes++;
                chars += minChars(tok, t0);
                lastScalarCol = here;
                if (tok.endsWith('\n')) {
                    // block scalar content ends with its line break: the next token starts a line
                    lineStart = true;
                    col = 0;
                }
                break;
            case 'alias': {
                const a = anchors.get(tok.slice(1));
                if (a && a.seq === latest.get(tok.slice(1))) {
                    nodes += a.nodes;
                    chars += a.chars;
                }
                break;
            }
            case 'anchor': {
                // the parent column: the key whose value this is, or the `-` of the item
                const parent = entryCol;
                open.push({ name: tok.slice(1), seq: ++seq, nodes, chars, mode: 'pending', depth: 0, parent });
                latest.set(tok.slice(1), seq);
                break;
            }
            case 'seq-item-ind':
            case 'explicit-key-ind':
                entryCol = here;
                break;
            case 'map-value-ind':
                if (lastScalarCol >= 0)
                    entryCol = lastScalarCol;
                break;
            case 'flow-seq-start':
            case 'flow-map-start':
                depth++;
                break;
            case 'flow-seq-end':
            case 'flow-map-end':
                depth = Math.max(0, depth - 1);
                while (open.length && open[open.length - 1].mode === 'flow' && open[open.length - 1].depth === depth)
                    closeTop();
                break;
        }
        // a scalar or alias node anchored just before ends with it
        while (open.length &&
            open[open.length - 1].mode === 'flow' &&
            open[open.length - 1].depth === -1 &&
            (type === 'scalar' || type === 'alias'))
            closeTop();
        const msg = over();
        if (msg)
            return { document: doc, message: msg };
    }
    const msg = over();
    return msg ? { document: doc, message: msg } : undefined;
}
/**
 * A lower bound of a scalar token's value length: a one-line plain scalar is its text; folding and
 * indentation (multi-line plain, block scalars) keep at least every non-blank character; quotes
 * unescape to at least the text without quotes ('' is one '), and a quoted scalar with escapes or
 * line breaks counts nothing (escapes shrink by up to 6 times, escaped line breaks vanish).
 */
function minChars(tok, type) {
    if (type === 'double-quoted-scalar')
        return /[\\\n]/.test(tok) ? 0 : tok.length - 2;
    if (type === 'single-quoted-scalar')
        return /\n/.test(tok) ? 0 : tok.slice(1, -1).replace(/''/g, "'").length;
    if (!tok.includes('\n'))
        return tok.length;
    let n = 0;
    for (let i = 0; i < tok.length; i++) {
        const c = tok.charCodeAt(i);
        if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d)
            n++;
    }
    return n;
}
/**
 * The first scalar of the source that the parsed documents do not hold. The `yaml` library drops
 * some malformed content without an error (`? a` followed by `- b` in one block map: `b` vanishes),
 * where other parsers refuse it (PyYAML: "while parsing a block mapping"); a change hidden there
 * would be invisible to a gate yet could mean something to another reader, so it is refused.
 * @param scalarOffsets from {@link preScanExpansion}
 * @returns the source offset of the first dropped scalar, or undefined
 */
function droppedScalar(docs, scalarOffsets) {
    const starts = new Set();
    for (const d of docs) {
        (0,yaml__WEBPACK_IMPORTED_MODULE_0__.visit)(d, {
            Scalar: (_k, n) => {
                if (n.range)
                    starts.add(n.range[0]);
            },
        });
    }
    return scalarOffsets.find((o) => !starts.has(o));
}


/***/ })

};
