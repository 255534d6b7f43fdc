export const id = 268;
export const ids = [268];
export const modules = {

/***/ 5379:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dR: () => (/* binding */ DEFAULT_LIMITS),
  cA: () => (/* binding */ lineOf),
  Bu: () => (/* binding */ parseConfigText)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/yaml-limits.ts
var yaml_limits = __webpack_require__(6305);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
// EXTERNAL MODULE: ./src/core/jcs.ts
var jcs = __webpack_require__(2995);
;// CONCATENATED MODULE: ./src/config/fast-yaml.ts
/**
 * The fast reader of config files where no source positions are needed (snapshots, and verify's
 * files before it knows which drifted): js-yaml's event parser (YAML 1.2 syntax, scalar decoding)
 * with the `yaml` library's own YAML 1.2 core-schema tags resolving plain scalars, building the same
 * data as {@link parseConfigText}'s `yaml` path (issue 17: `yaml` spends ~1 KB and most of its time
 * per node on a tree that a snapshot throws away).
 *
 * It reads only the plain cases and gives up (returns undefined, the caller then reads the file with
 * the `yaml` library, whose answer and error messages are the reference) on anything else:
 * - anything js-yaml refuses (syntax errors, duplicate keys, nesting deeper than 100, a NUL byte);
 * - aliases (`*a`: their bounds, the alias budget and recursion are the `yaml` path's), merge keys
 *   (`<<`), explicit tags (`!!str`, `!foo`), directives (`%YAML`, `%TAG`);
 * - a map key that is a collection, a key written twice (as the `yaml` library writes object keys:
 *   `1` and `"1"` are one key, `~` is ""), a value that is not a finite number (.inf, .nan);
 * - a document over HALF of the expanded-size bounds (nodes, scalar characters: counted as
 *   {@link measureExpansion} counts them), so a document near a bound is decided by the exact measure;
 * - a document over {@link FAST_MAX_CHARS} (js-yaml holds all events of what it parses before any is
 *   counted, ~110 bytes each, up to two per character (`[:,:,…]`): larger files are parsed in parts cut
 *   at document starts, each part within the bound, which keeps the events under ~120 MB on top of what
 *   the `yaml` path then takes; real manifests have about one event per 10 characters).
 * Without aliases and merge keys nothing is expanded: the data is the text, so the bounds hold as
 * the `yaml` path measures them.
 *
 * Equivalence with the `yaml` path (same documents, same indices, same values, integers exact) is
 * tested over every file of corpora/configs, targeted edge cases and mutated inputs
 * (tests/config/fast-yaml.test.ts).
 */




/** Largest part of a file (UTF-16 code units, whole documents) the fast reader parses at once; a larger document is read by the `yaml` path. */
const FAST_MAX_CHARS = 512 * 1024;
const CORE_TAGS = new dist.Schema({ schema: 'core', merge: true }).tags.filter((t) => t.default === true && t.test);
const RESOLVE_OPTIONS = { intAsBigInt: true };
/**
 * The first characters of the plain scalars that the core tags' tests can match (null `~ N n`, bool
 * `T t F f`, int and float `0-9 + - .`): any other plain scalar is a string without testing the eleven
 * patterns. Checked against the `yaml` library's patterns for every first character (tests/config/fast-yaml.test.ts).
 */
const NON_STRING_FIRST_CHARS = '~NnTtFf0123456789+-.';
const NON_STRING_START = new Uint8Array(65536);
for (const c of NON_STRING_FIRST_CHARS)
    NON_STRING_START[c.charCodeAt(0)] = 1;
/**
 * Where js-yaml 5.5 and the `yaml` library read differently (found by differential fuzzing,
 * tests/config/fast-yaml.test.ts): a carriage return not followed by a line feed (line breaks differ),
 * a tab in indentation (the `yaml` library refuses it), a `...` document end marker (document indices
 * differ), an indented `---` or `...` on the first line (js-yaml starts a document there, the `yaml`
 * library reads text). Each pattern runs only when a quick search finds its character.
 */
function unlike(text) {
    if (text.includes('\r') && /\r(?!\n)/.test(text))
        return true;
    if (text.includes('\t') && /^ *\t/m.test(text))
        return true;
    if ((text.startsWith('...') || text.includes('\n...')) && /^\.\.\.(?:[ \t\r\n]|$)/m.test(text))
        return true;
    return /^\ufeff?[ \t]+(?:---|\.\.\.)/.test(text);
}
/** Thrown inside the reader to give up; never leaves this module. */
const GIVE_UP = Symbol('give up');
/**
 * Resolves a plain scalar as the `yaml` library does with the core schema (findScalarTagByTest: the
 * first default tag whose test matches, else a string), integers as bigint.
 */
function resolvePlain(source) {
    if (source.length && !NON_STRING_START[source.charCodeAt(0)])
        return source;
    for (const tag of CORE_TAGS) {
        if (!tag.test.test(source))
            continue;
        let failed = false;
        const v = tag.resolve(source, () => void (failed = true), RESOLVE_OPTIONS);
        if (failed)
            throw GIVE_UP;
        // some tags return a Scalar node (floats keep their format): its value is the data
        return v !== null && typeof v === 'object' ? v.value : v;
    }
    return source;
}
/**
 * Whether a key of a block map starts its line: only indentation and `-`/`?` indicators before it
 * (js-yaml 5.5 reads `- {}x: 1` in a sequence as `{}` and a key `x` of the parent map; the `yaml`
 * library and the YAML grammar refuse it).
 */
function keyStartsLine(text, at) {
    for (let i = at - 1; i >= 0; i--) {
        const c = text.charCodeAt(i);
        if (c === 0x0a)
            return true;
        if (c !== 0x20 && c !== 0x2d && c !== 0x3f && c !== 0xfeff)
            return false; // space, '-', '?', a byte order mark
    }
    return true;
}
/**
 * Reads every document of `text` when it is one of the plain cases above. A file over `partChars` is
 * read in parts cut at document start lines (`---` at the start of a line: in YAML 1.2 no scalar or
 * collection goes on past one), each part at most {@link FAST_MAX_CHARS}, so a large rendered file
 * (`helm template > all.yaml`) is read fast with the events of one part held at a time.
 * @param text the file's contents
 * @param limits the expanded-size bounds of one document (a document over half of either is given up)
 * @param partChars the size parts are grouped up to (default {@link FAST_MAX_CHARS}; tests cut at every document)
 * @returns one value per document, in order, empty documents as null (integers exact: a bigint only
 *   beyond ±(2^53 − 1)); undefined when the `yaml` path must read the file. Never throws.
 */
function readPlainYaml(text, limits = yaml_limits/* DEFAULT_EXPANSION */.uC, partChars = FAST_MAX_CHARS) {
    if (unlike(text))
        return undefined;
    const bounds = parts(text, partChars);
    if (!bounds)
        return undefined;
    const docs = [];
    for (const [start, end] of bounds) {
        const part = bounds.length === 1 ? text : text.slice(start, end);
        let events;
        try {
            events = (0,js_yaml/* parseEvents */.PH)(part, {});
        }
        catch {
            return undefined;
        }
        try {
            for (const d of construct(part, events, limits.maxNodes / 2, limits.maxScalarChars / 2))
                docs.push(d);
        }
        catch (e) {
            if (e === GIVE_UP)
                return undefined;
            throw e;
        }
    }
    return docs;
}
/**
 * Cuts `text` at document start lines into parts of up to `partChars` (a part with one document may be
 * larger, up to {@link FAST_MAX_CHARS}). @returns [start, end) offsets, or undefined when a part would exceed FAST_MAX_CHARS
 */
function parts(text, partChars) {
    if (text.length <= partChars)
        return [[0, text.length]];
    const marks = [];
    const re = /^---(?=[ \t\r\n]|$)/gm;
    for (let m = re.exec(text); m; m = re.exec(text))
        marks.push(m.index);
    marks.push(text.length);
    const out = [];
    let start = 0;
    let cut = 0;
    for (const m of marks) {
        if (m - start > partChars && cut > start) {
            out.push([start, cut]);
            start = cut;
        }
        if (m - start > FAST_MAX_CHARS)
            return undefined;
        cut = m;
    }
    out.push([start, text.length]);
    return out;
}
function construct(text, events, maxNodes, maxChars) {
    const docs = [];
    const stack = [];
    let nodes = 0;
    let chars = 0;
    const count = (n, c) => {
        nodes += n;
        chars += c;
        if (nodes > maxNodes || chars > maxChars)
            throw GIVE_UP;
    };
    /** adds a finished node to its parent; `raw` is a scalar's resolved value before integers are made exact */
    const add = (value, raw, isScalar) => {
        const top = stack[stack.length - 1];
        if (top.kind === 'seq')
            top.value.push(value);
        else if (top.kind === 'doc')
            top.value = value;
        else if (top.key === undefined) {
            if (!isScalar)
                throw GIVE_UP; // a collection as a key: the `yaml` library writes it as text
            // the key as the `yaml` library writes an object key (stringifyKey): null is "", else String
            const key = raw === null ? '' : String(raw);
            if (Object.hasOwn(top.value, key))
                throw GIVE_UP;
            top.key = key;
            count(1, 0); // the pair
        }
        else {
            if (top.key === '__proto__')
                Object.defineProperty(top.value, top.key, { value, enumerable: true, writable: true, configurable: true });
            else
                top.value[top.key] = value;
            top.key = undefined;
        }
    };
    for (const ev of events) {
        switch (ev.type) {
            case js_yaml/* EVENT_ID */.hy.DOCUMENT:
                if (ev.directives.length)
                    throw GIVE_UP;
                stack.push({ kind: 'doc', value: null });
                nodes = 0;
                chars = 0;
                break;
            case js_yaml/* EVENT_ID */.hy.SEQUENCE:
                if (ev.tagStart !== -1)
                    throw GIVE_UP;
                count(1, 0);
                stack.push({ kind: 'seq', value: [] });
                break;
            case js_yaml/* EVENT_ID */.hy.MAPPING:
                if (ev.tagStart !== -1)
                    throw GIVE_UP;
                count(1, 0);
                stack.push({ kind: 'map', value: {}, key: undefined, block: ev.style === 1 });
                break;
            case js_yaml/* EVENT_ID */.hy.SCALAR: {
                if (ev.tagStart !== -1)
                    throw GIVE_UP;
                const source = (0,js_yaml/* getScalarValue */.KE)(text, ev);
                count(1, source.length);
                const top = stack[stack.length - 1];
                if (top.kind === 'map' && top.key === undefined) {
                    // an empty key (`: v`, `- : a: b`): js-yaml reads nested compact maps there that the `yaml` library refuses
                    if (ev.valueStart === -1)
                        throw GIVE_UP;
                    const start = ev.anchorStart !== -1 ? ev.anchorStart : ev.style === 2 || ev.style === 3 ? ev.valueStart - 1 : ev.valueStart;
                    if (top.block && !keyStartsLine(text, start))
                        throw GIVE_UP;
                    // a key over more than one line: the `yaml` library refuses implicit keys that are not on one line
                    const nl = text.indexOf('\n', ev.valueStart);
                    if (nl !== -1 && nl < ev.valueEnd)
                        throw GIVE_UP;
                }
                if (ev.style !== 1) {
                    // a block scalar with an indentation indicator (`|2`, `>1-`): the libraries place its content differently
                    if (ev.style >= 4 &&
                        (ev.valueStart === -1 || /[|>][-+]?[0-9]/.test(text.slice(text.lastIndexOf('\n', ev.valueStart - 2) + 1, ev.valueStart))))
                        throw GIVE_UP;
                    add(source, source, true);
                    break;
                }
                if (source === '<<')
                    throw GIVE_UP; // a merge key (as a value, too: kept simple)
                const raw = resolvePlain(source);
                let value = raw;
                if (typeof raw === 'bigint')
                    value = (0,jcs/* exactInteger */.i7)(raw);
                else if (typeof raw === 'number' && !Number.isFinite(raw)) {
                    // .inf/.nan as data are refused by the `yaml` path with its message; as a key they are text
                    if (top.kind !== 'map' || top.key !== undefined)
                        throw GIVE_UP;
                }
                add(value, raw, true);
                break;
            }
            case js_yaml/* EVENT_ID */.hy.ALIAS:
                throw GIVE_UP;
            case js_yaml/* EVENT_ID */.hy.POP: {
                const f = stack.pop();
                if (f.kind === 'doc')
                    docs.push(f.value);
                else {
                    if (f.kind === 'map' && f.key !== undefined)
                        throw GIVE_UP;
                    add(f.value, f.value, false);
                }
                break;
            }
        }
    }
    if (stack.length)
        throw GIVE_UP;
    return docs;
}

;// CONCATENATED MODULE: ./src/config/parse.ts
/**
 * Parsing config files (Helm values, rendered Kubernetes manifests, JSON) with the `yaml`
 * library: YAML 1.2 core schema, anchors and aliases resolved, merge keys (`<<`) applied,
 * duplicate keys refused, alias bombs and oversized files refused (exit 2).
 *
 * Source positions are kept (the yaml Document and a LineCounter) so a change can be
 * annotated on its line (`::error file=…,line=…`). Where none are needed (`positions: false`),
 * plain files are read by the fast reader of fast-yaml.ts (same data, proven over the corpus),
 * everything else by the `yaml` library as above.
 */




const DEFAULT_LIMITS = {
    maxFileBytes: 32 * 1024 * 1024,
    maxAliasCount: 1000,
    maxExpandedNodes: yaml_limits/* DEFAULT_EXPANSION */.uC.maxNodes,
    maxExpandedChars: yaml_limits/* DEFAULT_EXPANSION */.uC.maxScalarChars,
};
/**
 * Parses every document of one file.
 * @param text the file's contents (UTF-8)
 * @param file the name used in messages and reports
 * @param opts.positions keep the yaml Documents for {@link lineOf} (default true; a snapshot needs none,
 *   and dropping them keeps memory flat on large sets). Without positions a plain file is read by the
 *   fast reader (readPlainYaml: the same documents and values), any other by the `yaml` library.
 * @returns the non-empty documents (a document whose value is null, e.g. after a trailing `---`, is skipped)
 * @throws InputError (exit 2) on a YAML error (with line), a duplicate key, an alias bomb (a document
 *   over the expanded-size limits or the alias budget), a recursive alias, a non-finite number, or a file
 *   over `limits.maxFileBytes`.
 */
function parseConfigText(text, file, limits = DEFAULT_LIMITS, opts = {}) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > limits.maxFileBytes) {
        throw new errors/* InputError */.dz(file, undefined, `a config file of at most ${limits.maxFileBytes} bytes (oversized documents are refused)`, {
            found: `${bytes} bytes`,
        });
    }
    const expansion = {
        maxNodes: limits.maxExpandedNodes ?? yaml_limits/* DEFAULT_EXPANSION */.uC.maxNodes,
        maxScalarChars: limits.maxExpandedChars ?? yaml_limits/* DEFAULT_EXPANSION */.uC.maxScalarChars,
    };
    if (opts.positions === false) {
        const values = readPlainYaml(text, expansion);
        if (values) {
            const out = [];
            for (const [index, value] of values.entries())
                if (value !== null)
                    out.push({ file, index, value });
            return out;
        }
    }
    // a lower bound of the expanded size from the lexer alone: an alias bomb is refused before the
    // library builds its node tree (about 1 KB per node)
    const scalarOffsets = [];
    const early = (0,yaml_limits/* preScanExpansion */.OM)(text, expansion, scalarOffsets);
    if (early)
        throw new errors/* InputError */.dz(file, `document ${early.document}`, `${early.message}; alias bombs are refused`);
    const lineCounter = new dist.LineCounter();
    // intAsBigInt: integers are read exactly (an int64 change beyond 2^53 must never look like formatting);
    // duplicate keys are found by measureExpansion in linear time (the library's uniqueKeys is quadratic)
    const docs = (0,dist.parseAllDocuments)(text, {
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
            throw new errors/* InputError */.dz(file, `document ${index}`, 'valid YAML 1.2', { line, found: err.message.split('\n')[0] });
        }
    }
    const dropped = (0,yaml_limits/* droppedScalar */.RI)(docs, scalarOffsets);
    if (dropped !== undefined) {
        const line = lineCounter.linePos(dropped).line;
        throw new errors/* InputError */.dz(file, undefined, 'valid YAML 1.2 (content the parser would drop without an error is refused: other YAML readers reject it)', { line, found: JSON.stringify(text.slice(dropped, dropped + 40).split('\n')[0]) });
    }
    for (const [index, doc] of docs.entries()) {
        // the expanded size is measured on the node tree, before any data is built from it
        const size = (0,yaml_limits/* measureExpansion */.WS)(doc, expansion);
        if (size.duplicateKey) {
            throw new errors/* InputError */.dz(file, `document ${index}`, 'valid YAML 1.2', {
                line: lineCounter.linePos(size.duplicateKey.offset).line,
                found: `Map keys must be unique: ${JSON.stringify(size.duplicateKey.key)} twice`,
            });
        }
        if (size.exceeded)
            throw new errors/* InputError */.dz(file, `document ${index}`, `${size.exceeded}; alias bombs are refused`);
        let value;
        try {
            value = doc.toJS({ maxAliasCount: limits.maxAliasCount });
        }
        catch (e) {
            const msg = e.message;
            if (/alias/i.test(msg)) {
                throw new errors/* InputError */.dz(file, `document ${index}`, `at most ${limits.maxAliasCount} alias expansions (alias bombs are refused)`, {
                    found: msg.split('\n')[0],
                });
            }
            throw new errors/* InputError */.dz(file, `document ${index}`, 'a YAML document that resolves to JSON data', { found: msg.split('\n')[0] });
        }
        if (value === null || value === undefined)
            continue;
        value = checkJsonData(value, file, index);
        out.push(opts.positions === false ? { file, index, value } : { file, index, value, doc, lineCounter });
    }
    return out;
}
/**
 * Refuses values the JSON data model (and RFC 8785) cannot carry (.inf, .nan) and makes integers
 * exact (see exactIntegers). @returns the value with its integers converted
 */
function checkJsonData(value, file, index) {
    return (0,yaml_limits/* exactIntegers */.Nf)(value, (v) => {
        if (typeof v === 'number' && !Number.isFinite(v)) {
            throw new errors/* InputError */.dz(file, `document ${index}`, 'finite numbers (.inf and .nan cannot be hashed as canonical JSON)', {
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
        if ((0,dist.isMap)(node))
            next = findPair(d, node, String(seg), 0);
        else if ((0,dist.isSeq)(node) && typeof seg === 'number') {
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
    for (let i = 0; i < 100 && (0,dist.isAlias)(node) && d.doc; i++)
        node = node.resolve(d.doc);
    return node;
}
function rangeLine(d, node) {
    const r = node?.range;
    return r && d.lineCounter ? d.lineCounter.linePos(r[0]).line : undefined;
}
/** Finds a map entry by key, looking through merge keys (`<<`) as YAML 1.1 merge does: own keys win. */
function findPair(d, map, key, depth) {
    if (!(0,dist.isMap)(map) || depth > 20)
        return undefined;
    const merges = [];
    for (const p of map.items) {
        if (!(0,dist.isPair)(p))
            continue;
        const k = (0,dist.isScalar)(p.key) ? p.key.value : p.key;
        if (k === '<<' || ((0,dist.isScalar)(p.key) && p.key.source === '<<')) {
            merges.push(p.value);
            continue;
        }
        if (String(k) === key)
            return { key: p.key, value: p.value };
    }
    for (const m of merges) {
        const v = deref(d, m);
        const sources = (0,dist.isSeq)(v) ? v.items.map((x) => deref(d, x)) : [v];
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
