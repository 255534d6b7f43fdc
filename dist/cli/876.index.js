export const id = 876;
export const ids = [876];
export const modules = {

/***/ 8353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bu: () => (/* binding */ parseConfigText),
/* harmony export */   cA: () => (/* binding */ lineOf),
/* harmony export */   dR: () => (/* binding */ DEFAULT_LIMITS)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_yaml_limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6305);
/**
 * Parsing config files (Helm values, rendered Kubernetes manifests, JSON) with the `yaml`
 * library: YAML 1.2 core schema, anchors and aliases resolved, merge keys (`<<`) applied,
 * duplicate keys refused, alias bombs and oversized files refused (exit 2).
 *
 * Source positions are kept (the yaml Document and a LineCounter) so a change can be
 * annotated on its line (`::error file=…,line=…`).
 */



const DEFAULT_LIMITS = {
    maxFileBytes: 32 * 1024 * 1024,
    maxAliasCount: 1000,
    maxExpandedNodes: _core_yaml_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_EXPANSION */ .uC.maxNodes,
    maxExpandedChars: _core_yaml_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_EXPANSION */ .uC.maxScalarChars,
};
/**
 * Parses every document of one file.
 * @param text the file's contents (UTF-8)
 * @param file the name used in messages and reports
 * @param opts.positions keep the yaml Documents for {@link lineOf} (default true; a snapshot needs none,
 *   and dropping them keeps memory flat on large sets)
 * @returns the non-empty documents (a document whose value is null, e.g. after a trailing `---`, is skipped)
 * @throws InputError (exit 2) on a YAML error (with line), a duplicate key, an alias bomb (a document
 *   over the expanded-size limits or the alias budget), a recursive alias, a non-finite number, or a file
 *   over `limits.maxFileBytes`.
 */
function parseConfigText(text, file, limits = DEFAULT_LIMITS, opts = {}) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > limits.maxFileBytes) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, undefined, `a config file of at most ${limits.maxFileBytes} bytes (oversized documents are refused)`, {
            found: `${bytes} bytes`,
        });
    }
    // a lower bound of the expanded size from the lexer alone: an alias bomb is refused before the
    // library builds its node tree (about 1 KB per node)
    const scalarOffsets = [];
    const early = (0,_core_yaml_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .preScanExpansion */ .OM)(text, {
        maxNodes: limits.maxExpandedNodes ?? _core_yaml_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_EXPANSION */ .uC.maxNodes,
        maxScalarChars: limits.maxExpandedChars ?? _core_yaml_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_EXPANSION */ .uC.maxScalarChars,
    }, scalarOffsets);
    if (early)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, `document ${early.document}`, `${early.message}; alias bombs are refused`);
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__.LineCounter();
    // intAsBigInt: integers are read exactly (an int64 change beyond 2^53 must never look like formatting);
    // duplicate keys are found by measureExpansion in linear time (the library's uniqueKeys is quadratic)
    const docs = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.parseAllDocuments)(text, {
        version: '1.2',
        schema: 'core',
        merge: true,
        uniqueKeys: false,
        intAsBigInt: true,
        lineCounter,
        prettyErrors: false,
    });
    const out = [];
    // an empty stream is an empty array (yaml's EmptyStream)
    for (const [index, doc] of docs.entries()) {
        const err = doc.errors[0];
        if (err) {
            const line = lineCounter.linePos(err.pos[0]).line;
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, `document ${index}`, 'valid YAML 1.2', { line, found: err.message.split('\n')[0] });
        }
    }
    const dropped = (0,_core_yaml_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .droppedScalar */ .RI)(docs, scalarOffsets);
    if (dropped !== undefined) {
        const line = lineCounter.linePos(dropped).line;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, undefined, 'valid YAML 1.2 (content the parser would drop without an error is refused: other YAML readers reject it)', { line, found: JSON.stringify(text.slice(dropped, dropped + 40).split('\n')[0]) });
    }
    for (const [index, doc] of docs.entries()) {
        // the expanded size is measured on the node tree, before any data is built from it
        const size = (0,_core_yaml_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .measureExpansion */ .WS)(doc, {
            maxNodes: limits.maxExpandedNodes ?? _core_yaml_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_EXPANSION */ .uC.maxNodes,
            maxScalarChars: limits.maxExpandedChars ?? _core_yaml_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_EXPANSION */ .uC.maxScalarChars,
        });
        if (size.duplicateKey) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, `document ${index}`, 'valid YAML 1.2', {
                line: lineCounter.linePos(size.duplicateKey.offset).line,
                found: `Map keys must be unique: ${JSON.stringify(size.duplicateKey.key)} twice`,
            });
        }
        if (size.exceeded)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, `document ${index}`, `${size.exceeded}; alias bombs are refused`);
        let value;
        try {
            value = doc.toJS({ maxAliasCount: limits.maxAliasCount });
        }
        catch (e) {
            const msg = e.message;
            if (/alias/i.test(msg)) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, `document ${index}`, `at most ${limits.maxAliasCount} alias expansions (alias bombs are refused)`, {
                    found: msg.split('\n')[0],
                });
            }
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, `document ${index}`, 'a YAML document that resolves to JSON data', { found: msg.split('\n')[0] });
        }
        if (value === null || value === undefined)
            continue;
        value = checkJsonData(value, file, index);
        out.push(opts.positions === false ? { file, index, value, lineCounter } : { file, index, value, doc, lineCounter });
    }
    return out;
}
/**
 * Refuses values the JSON data model (and RFC 8785) cannot carry (.inf, .nan) and makes integers
 * exact (see exactIntegers). @returns the value with its integers converted
 */
function checkJsonData(value, file, index) {
    return (0,_core_yaml_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .exactIntegers */ .Nf)(value, (v) => {
        if (typeof v === 'number' && !Number.isFinite(v)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, `document ${index}`, 'finite numbers (.inf and .nan cannot be hashed as canonical JSON)', {
                found: String(v),
            });
        }
    });
}
/**
 * The 1-based line where the value at `path` (map keys and sequence indices, as in the JSON value)
 * is written, following aliases and merge keys. For a map entry, the key's line.
 * Returns the deepest line found when the path leaves the source (e.g. a removed entry).
 */
function lineOf(d, path) {
    if (!d.doc)
        return undefined;
    let node = d.doc.contents;
    let line = rangeLine(d, node);
    for (const seg of path) {
        node = deref(d, node);
        let next;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(node))
            next = findPair(d, node, String(seg), 0);
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isSeq)(node) && typeof seg === 'number') {
            const item = node.items[seg];
            next = item === undefined ? undefined : { value: item };
        }
        if (!next)
            return line;
        line = rangeLine(d, next.key ?? next.value) ?? line;
        node = next.value;
    }
    return line;
}
function deref(d, node) {
    for (let i = 0; i < 100 && (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isAlias)(node) && d.doc; i++)
        node = node.resolve(d.doc);
    return node;
}
function rangeLine(d, node) {
    const r = node?.range;
    return r ? d.lineCounter.linePos(r[0]).line : undefined;
}
/** Finds a map entry by key, looking through merge keys (`<<`) as YAML 1.1 merge does: own keys win. */
function findPair(d, map, key, depth) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(map) || depth > 20)
        return undefined;
    const merges = [];
    for (const p of map.items) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isPair)(p))
            continue;
        const k = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(p.key) ? p.key.value : p.key;
        if (k === '<<' || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(p.key) && p.key.source === '<<')) {
            merges.push(p.value);
            continue;
        }
        if (String(k) === key)
            return { key: p.key, value: p.value };
    }
    for (const m of merges) {
        const v = deref(d, m);
        const sources = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isSeq)(v) ? v.items.map((x) => deref(d, x)) : [v];
        for (const s of sources) {
            const hit = findPair(d, s, key, depth + 1);
            if (hit)
                return hit;
        }
    }
    return undefined;
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
    const payload = (0,_jcs_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalBytes */ .Mr)(statement);
    return { envelope: (0,_dsse_js__WEBPACK_IMPORTED_MODULE_1__/* .signEnvelope */ .Yj)(payload, _dsse_js__WEBPACK_IMPORTED_MODULE_1__/* .INTOTO_PAYLOAD_TYPE */ .w9, keys), payload };
}
/**
 * Reads the DSSE envelope on line 1 of a `.intoto.jsonl` file (in-toto attestation bundle form).
 * @throws InputError when the first line is missing, not JSON, or not an envelope.
 */
function parseJsonlEnvelope(text, source) {
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
