export const id = 841;
export const ids = [841];
export const modules = {

/***/ 8175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commands: () => (/* binding */ commands)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(4296);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/fsx.ts
var fsx = __webpack_require__(5234);
// EXTERNAL MODULE: ./src/core/digest.ts
var digest = __webpack_require__(5543);
// EXTERNAL MODULE: ./src/core/jcs.ts
var jcs = __webpack_require__(2995);
// EXTERNAL MODULE: ./src/core/yaml-limits.ts
var yaml_limits = __webpack_require__(6305);
// EXTERNAL MODULE: ./src/rego/jsonexact.ts
var jsonexact = __webpack_require__(6426);
// EXTERNAL MODULE: ./src/rego/value.ts
var value = __webpack_require__(278);
;// CONCATENATED MODULE: ./src/opa/load.ts
/**
 * Loading what the opa-sim gate evaluates: Rego modules (files and directories, as `opa eval -d`
 * and conftest `--policy` take them), base data documents (JSON/YAML merged at the root, as OPA
 * merges data files), and the inputs (JSON/YAML files, JSON Lines, conftest-style config files
 * with one input per YAML document), each with the file and line it came from.
 */










/** Shows `abs` relative to `cwd` when it lies inside, else as an absolute path (POSIX separators). */
function displayPath(cwd, abs) {
    const rel = (0,external_node_path_.relative)(cwd, abs);
    if (rel && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel))
        return rel.split(external_node_path_.sep).join('/');
    return abs.split(external_node_path_.sep).join('/');
}
/**
 * Reads every `.rego` file named by `paths` (files, or directories searched recursively;
 * symbolic links refused), sorted by path. `*_test.rego` files are skipped unless `includeTests`.
 * @throws InputError for a missing path, a non-.rego file, or a path list without any module.
 */
async function loadPolicies(paths, opts = {}) {
    const cwd = (0,external_node_path_.resolve)(opts.cwd ?? process.cwd());
    const files = new Set();
    for (const p of paths) {
        const abs = (0,external_node_path_.resolve)(cwd, p);
        let st;
        try {
            st = await (0,promises_.lstat)(abs);
        }
        catch {
            throw new core_errors/* InputError */.dz(p, undefined, 'a Rego file or a directory of Rego files', { found: 'no such file' });
        }
        if (st.isSymbolicLink())
            throw new core_errors/* InputError */.dz(p, undefined, 'a regular file or directory (symbolic links are refused)');
        if (st.isDirectory()) {
            // the directory's own name is the glob's static base (a pattern with an empty base would name the root itself)
            const parent = (0,external_node_path_.dirname)(abs);
            for (const rel of await (0,fsx/* expandPaths */.pR)([`${(0,external_node_path_.basename)(abs)}/**/*.rego`], { root: parent }))
                files.add((0,external_node_path_.join)(parent, rel));
        }
        else if (abs.endsWith('.rego')) {
            files.add(abs);
        }
        else {
            throw new core_errors/* InputError */.dz(p, undefined, 'a .rego file or a directory');
        }
    }
    const chosen = [...files].filter((f) => opts.includeTests || !f.endsWith('_test.rego')).sort(fsx/* comparePaths */.cD);
    if (!chosen.length)
        throw new core_errors/* InputError */.dz(paths.join(', '), undefined, 'at least one .rego policy module');
    const out = [];
    for (const abs of chosen) {
        const text = await (0,fsx.readText)(abs, 'Rego module');
        out.push({ path: displayPath(cwd, abs), text, sha256: (0,digest/* sha256Hex */.f)(text) });
    }
    return out;
}
const isPlainObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/**
 * Deep-merges `src` into `dst` (objects merge key by key; any other clash must be equal).
 * @throws InputError naming `file` and the key path on a conflict (OPA refuses conflicting data files too).
 */
function mergeData(dst, src, file, at = []) {
    for (const [k, v] of Object.entries(src)) {
        const path = [...at, k];
        if (!(k in dst))
            dst[k] = v;
        else if (isPlainObject(dst[k]) && isPlainObject(v))
            mergeData(dst[k], v, file, path);
        else if ((0,jcs/* canonicalJson */.dj)(dst[k]) !== (0,jcs/* canonicalJson */.dj)(v))
            throw new core_errors/* InputError */.dz(file, path.join('.'), 'no conflict with data loaded from another file');
    }
    return dst;
}
/**
 * Parses YAML 1.2 (a superset of JSON) into its documents, each with its starting line. Integers are
 * exact (beyond 2^53 a bigint, as the Rego engine keeps them); duplicate keys are refused and the
 * expanded size (nodes and scalar text through aliases) is bounded, as for config-attest.
 */
function parseYamlDocs(text, file) {
    const scalarOffsets = [];
    const early = (0,yaml_limits/* preScanExpansion */.OM)(text, undefined, scalarOffsets);
    if (early)
        throw new core_errors/* InputError */.dz(file, `document ${early.document}`, `${early.message}; alias bombs are refused`);
    const lineCounter = new dist.LineCounter();
    const docs = (0,dist.parseAllDocuments)(text, { lineCounter, uniqueKeys: false, intAsBigInt: true });
    const list = Array.isArray(docs) ? docs : [docs];
    const out = [];
    for (const d of list) {
        const err = d.errors[0];
        if (err) {
            const line = lineCounter.linePos(err.pos[0]).line;
            throw new core_errors/* InputError */.dz(file, undefined, 'valid YAML or JSON', { line, found: err.message.split('\n')[0] });
        }
    }
    const dropped = (0,yaml_limits/* droppedScalar */.RI)(list, scalarOffsets);
    if (dropped !== undefined) {
        throw new core_errors/* InputError */.dz(file, undefined, 'valid YAML or JSON (content the parser would drop without an error is refused)', {
            line: lineCounter.linePos(dropped).line,
        });
    }
    for (const d of list) {
        const size = (0,yaml_limits/* measureExpansion */.WS)(d);
        if (size.duplicateKey) {
            throw new core_errors/* InputError */.dz(file, undefined, 'a YAML document with unique keys (duplicate keys are refused)', {
                line: lineCounter.linePos(size.duplicateKey.offset).line,
                found: `duplicate key ${JSON.stringify(size.duplicateKey.key)}`,
            });
        }
        if (size.exceeded)
            throw new core_errors/* InputError */.dz(file, undefined, `${size.exceeded}; alias bombs are refused`);
        let value;
        try {
            value = (0,yaml_limits/* exactIntegers */.Nf)(d.toJS({ maxAliasCount: 1000 }));
        }
        catch (e) {
            throw new core_errors/* InputError */.dz(file, undefined, 'a YAML document that resolves to JSON data', { found: e.message.split('\n')[0] });
        }
        const start = d.contents?.range?.[0] ?? d.range[0];
        out.push({ value, line: lineCounter.linePos(start).line });
    }
    return out;
}
/**
 * The one JSON reader of inputs (`--input` JSON files and every `--inputs` JSON Lines line): RFC 8259
 * through the Rego engine's exact reader, duplicate keys refused (as the YAML reader refuses them),
 * integers exact (beyond 2^53 a bigint, as the engine keeps them). An own `__proto__` member stays a member.
 * @param line 1-based line of `text` in `file`, for messages
 * @throws InputError naming file and line: malformed JSON, or `duplicate key "K"`
 */
function parseJsonInput(text, file, line, expected) {
    try {
        return (0,value/* toJSONValue */.Hw)((0,jsonexact/* parseJSONExact */.v5)(text, { uniqueKeys: true }), true);
    }
    catch (e) {
        const msg = e.message;
        const dup = /^duplicate key (".*") at position \d+$/.exec(msg);
        if (dup)
            throw new core_errors/* InputError */.dz(file, undefined, `${expected} with unique keys (duplicate keys are refused)`, {
                line,
                found: `duplicate key ${dup[1]}`,
            });
        throw new core_errors/* InputError */.dz(file, undefined, expected, { line, found: msg });
    }
}
/**
 * Reads base data files (JSON or YAML objects) and merges them at the root of `data`.
 * @throws InputError for an unreadable file, a document that is not an object, or a conflict.
 */
async function loadData(paths, cwd = process.cwd()) {
    const data = {};
    for (const p of paths) {
        const text = await (0,fsx.readText)((0,external_node_path_.resolve)(cwd, p), 'data file');
        for (const doc of parseYamlDocs(text, p)) {
            if (doc.value === null || doc.value === undefined)
                continue;
            if (!isPlainObject(doc.value))
                throw new core_errors/* InputError */.dz(p, undefined, 'a data document that is an object (merged at data.)', { line: doc.line });
            mergeData(data, doc.value, p);
        }
    }
    return data;
}
/**
 * Expands file paths and globs (relative to `cwd`, which results may not leave) to files.
 * @throws InputError when nothing matches (an empty input set would be a vacuous pass).
 */
async function expand(patterns, cwd, what) {
    const out = [];
    for (const pat of patterns) {
        if ((0,external_node_path_.isAbsolute)(pat)) {
            out.push(pat);
            continue;
        }
        const found = await (0,fsx/* expandPaths */.pR)([pat], { root: cwd });
        if (!found.length)
            throw new core_errors/* InputError */.dz(pat, undefined, `${what} (the pattern matched no file)`);
        out.push(...found);
    }
    return [...new Set(out)];
}
/**
 * Reads whole-file inputs: each JSON or YAML file is one input (a YAML stream of several
 * documents is refused here: use `--config` for one input per document).
 */
async function readInputFiles(patterns, cwd = process.cwd()) {
    const out = [];
    for (const f of await expand(patterns, cwd, 'an input file')) {
        const abs = (0,external_node_path_.resolve)(cwd, f);
        const file = displayPath(cwd, abs);
        const text = await (0,fsx.readText)(abs, 'input file');
        if (/\.json$/i.test(file)) {
            // JSON is read by the JSON reader (the same as for JSON Lines), YAML by the YAML reader
            const first = text.search(/\S/);
            const line = first < 0 ? 1 : text.slice(0, first).split('\n').length;
            out.push({ source: { file, line, index: 0, kind: 'input' }, input: parseJsonInput(text, file, line, 'one JSON value') });
            continue;
        }
        const docs = parseYamlDocs(text, file).filter((d) => d.value !== undefined);
        if (docs.length !== 1)
            throw new core_errors/* InputError */.dz(file, undefined, 'exactly one JSON or YAML document', { found: `${docs.length}` });
        out.push({ source: { file, line: docs[0].line, index: 0, kind: 'input' }, input: docs[0].value });
    }
    return out;
}
/**
 * Reads JSON Lines (https://jsonlines.org): one JSON value per non-blank line, each an input.
 * @throws InputError naming the file and line of a line that is not JSON.
 */
async function readJsonLines(patterns, cwd = process.cwd()) {
    const out = [];
    for (const f of await expand(patterns, cwd, 'a JSON Lines file')) {
        const abs = (0,external_node_path_.resolve)(cwd, f);
        const file = displayPath(cwd, abs);
        const lines = (await (0,fsx.readText)(abs, 'JSON Lines file')).split('\n');
        let index = 0;
        for (let i = 0; i < lines.length; i++) {
            const line = lines[i].replace(/\r$/, '');
            if (!line.trim())
                continue;
            const value = parseJsonInput(line, file, i + 1, 'one JSON value per line');
            out.push({ source: { file, line: i + 1, index: index++, kind: 'jsonl' }, input: value });
        }
    }
    return out;
}
/**
 * Reads configuration files as conftest does: each YAML document (or the JSON file) is one
 * input; empty documents are skipped.
 */
async function readConfigFiles(patterns, cwd = process.cwd()) {
    const out = [];
    for (const f of await expand(patterns, cwd, 'a configuration file')) {
        const abs = (0,external_node_path_.resolve)(cwd, f);
        const file = displayPath(cwd, abs);
        let index = 0;
        for (const d of parseYamlDocs(await (0,fsx.readText)(abs, 'configuration file'), file)) {
            if (d.value === null || d.value === undefined)
                continue;
            out.push({ source: { file, line: d.line, index: index++, kind: 'config' }, input: d.value });
        }
    }
    return out;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/rego/index.ts + 1 modules
var rego = __webpack_require__(4950);
// EXTERNAL MODULE: ./src/opa/compile-cache.ts + 1 modules
var compile_cache = __webpack_require__(1714);
;// CONCATENATED MODULE: ./src/opa/gate.ts
/**
 * The opa-sim gate: a fail-closed policy decision over each input, with its reasons.
 *
 * Two modes, both evaluated with the embedded Rego engine (src/rego):
 * - decision mode: one decision document (e.g. `data.mc.interop.decision`) per input, in the way
 *   a service asks OPA for a decision (OPA REST API `POST /v1/data/{path}`). The value must be a
 *   boolean or an object with a boolean `allow` (the seed's `simulateOPA` answer `{allow, reasons}`).
 * - conftest mode: the rules `deny`, `violation` and `warn` (and `deny_*`, `violation_*`, `warn_*`)
 *   of the given namespaces (default `main`), as conftest evaluates configuration files: any
 *   deny or violation message fails the input, warn messages are reported, and an `exception`
 *   rule excepts `deny_<name>` / `violation_<name>` rules by name.
 *
 * Fail closed: an undefined decision is a deny; an evaluation error (including builtin errors,
 * which the gate makes strict, as `opa eval --strict-builtin-errors`) is an error (exit 2); the
 * gate passes only when every input is allowed.
 */






/** A policy set that does not compile: OPA-shaped errors (code, message, file:row:col). Exit 2. */
class PolicyCompileError extends core_errors/* McError */.Hv {
    errors;
    constructor(errors) {
        super(`policy does not compile:\n${errors.map(formatRegoError).join('\n')}`, core_errors/* ExitCode */.yU.Usage);
        this.errors = errors;
    }
}
/** `file:row:col: code: message`, as `opa` prints an error. */
function formatRegoError(e) {
    const loc = e.location ? `${e.location.file}:${e.location.row}:${e.location.col}: ` : '';
    return `${loc}${e.code}: ${e.message}`;
}
/**
 * Compiles the policy modules: Rego v1, or v0 syntax with `regoVersion: 'v0'` (as OPA's `--v0-compatible`);
 * through the policy compile cache in `cacheDir` when given (src/opa/compile-cache.ts).
 * @throws PolicyCompileError carrying the engine's errors (rego_parse_error, rego_compile_error,
 *   rego_type_error, rego_unsafe_var_error, rego_recursion_error, ...).
 */
function compilePolicies(modules, opts = {}) {
    try {
        return (0,compile_cache/* compileCached */.u_)(modules.map((m) => ({ path: m.path, text: m.text })), { regoVersion: opts.regoVersion ?? 'v1' }, opts.cacheDir).compiled;
    }
    catch (e) {
        if (e instanceof rego/* RegoErrors */.di)
            throw new PolicyCompileError(e.errors);
        throw new PolicyCompileError([{ code: 'rego_compile_error', message: `internal error: ${e.message}` }]);
    }
}
const REF = /^data(\.[A-Za-z_][A-Za-z0-9_]*)+$/;
const PKG = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
const CONFTEST_RULE = /^(deny|violation|warn)(_[A-Za-z0-9_]+)?$/;
/**
 * Checks the mode against the compiled policies before any input is decided.
 * @throws UsageError for a malformed decision reference or a namespace no module declares.
 */
function checkMode(compiled, mode) {
    if (mode.kind === 'decision') {
        if (!REF.test(mode.decision))
            throw new core_errors/* UsageError */.eb(`decision '${mode.decision}': expected a document reference such as data.mc.interop.decision`);
        if (mode.reasons !== undefined && !REF.test(mode.reasons))
            throw new core_errors/* UsageError */.eb(`reasons '${mode.reasons}': expected a document reference such as data.mc.interop.deny`);
        const pkgs = compiled.packages();
        const path = mode.decision.slice('data.'.length);
        if (!pkgs.some((p) => path === p || path.startsWith(p + '.') || p.startsWith(path + '.'))) {
            throw new core_errors/* UsageError */.eb(`decision '${mode.decision}': no policy module declares a package on this path (packages: ${pkgs.join(', ') || 'none'})`);
        }
        return;
    }
    if (!mode.namespaces.length)
        throw new core_errors/* UsageError */.eb('conftest mode needs at least one namespace');
    const pkgs = new Set(compiled.packages());
    for (const ns of mode.namespaces) {
        if (!PKG.test(ns))
            throw new core_errors/* UsageError */.eb(`namespace '${ns}': expected a package name such as main or mc.readiness`);
        if (!pkgs.has(ns))
            throw new core_errors/* UsageError */.eb(`namespace '${ns}': no policy module declares this package (packages: ${[...pkgs].join(', ') || 'none'})`);
    }
}
/** The default reasons document of a decision: `deny` in the decision's package. */
function defaultReasonsRef(decision) {
    return decision.slice(0, decision.lastIndexOf('.')) + '.deny';
}
/** OPA's decision-log path for a reference: `data.mc.isolation.allow` -> `mc/isolation/allow`. */
function decisionPath(ref) {
    return ref
        .replace(/^data\.?/, '')
        .split('.')
        .join('/');
}
/**
 * Turns one produced value (a deny set's element) into a reason. An object reason's message is
 * its `msg` (conftest's convention) or `message`; its `rule` field, when it names a document
 * (`data.mc.isolation.deny`), attributes it to that rule (a composed decision such as
 * `data.mc.interop.decision` passes on reasons produced by other packages' rules).
 */
function toReason(rule, v) {
    if (typeof v === 'string')
        return { rule, message: v };
    if (v && typeof v === 'object' && !Array.isArray(v)) {
        const o = v;
        const msg = typeof o.msg === 'string' ? o.msg : typeof o.message === 'string' ? o.message : JSON.stringify(v);
        return { rule: typeof o.rule === 'string' && REF.test(o.rule) ? o.rule : rule, message: msg, details: v };
    }
    return { rule, message: JSON.stringify(v), details: v };
}
/** Reasons from a rule's value: each element of a set/array, one string, `true` for a boolean rule. */
function reasonsOf(rule, value) {
    if (value === undefined || value === null || value === false)
        return [];
    if (value === true)
        return [{ rule, message: `${rule} is true` }];
    if (Array.isArray(value))
        return value.map((v) => toReason(rule, v));
    return [toReason(rule, value)];
}
function inputDigest(input, source) {
    try {
        return (0,digest/* sha256Hex */.f)((0,jcs/* canonicalJson */.dj)(input));
    }
    catch {
        throw new core_errors/* UsageError */.eb(`${source.file}:${source.line}: the input is not representable as JSON (RFC 8785)`);
    }
}
function errorsOf(e) {
    if (e instanceof rego/* RegoErrors */.di)
        return e.errors.length ? e.errors : [{ code: 'eval_internal_error', message: e.message }];
    return [{ code: 'eval_internal_error', message: e?.message ?? String(e) }];
}
/**
 * Decides one input. Never throws for evaluation problems: they become outcome `error`
 * (fail closed). @throws UsageError only when the input is not JSON-representable.
 */
function decideOne(compiled, item, opts) {
    const { mode } = opts;
    const evalOpts = { input: item.input, data: opts.data ?? {}, strictBuiltinErrors: true };
    const rec = {
        decisionId: (opts.newId ?? external_node_crypto_.randomUUID)(),
        path: mode.kind === 'decision' ? decisionPath(mode.decision) : mode.namespaces.join(','),
        source: item.source,
        inputSha256: inputDigest(item.input, item.source),
        outcome: 'error',
        allowed: false,
        reasons: [],
        warnings: [],
        timestamp: (opts.now ?? (() => new Date()))().toISOString(),
    };
    try {
        if (mode.kind === 'decision')
            decideRef(compiled, mode, evalOpts, rec);
        else
            decideConftest(compiled, mode, evalOpts, rec);
    }
    catch (e) {
        rec.outcome = 'error';
        rec.allowed = false;
        rec.errors = errorsOf(e);
        rec.reasons = rec.errors.map((er) => ({
            rule: mode.kind === 'decision' ? mode.decision : `data.${mode.namespaces[0]}`,
            message: formatRegoError(er),
            details: er,
        }));
    }
    return rec;
}
/**
 * The value of a document, `false` included (as OPA's Data API answers `{"result": false}`):
 * evaluated as the query `<var> := <ref>` so that a false value is a binding, not a failed query.
 */
function documentValue(compiled, ref, evalOpts) {
    const rows = (0,rego/* evaluate */._3)(compiled, `${VALUE_VAR} := ${ref}`, evalOpts);
    if (!rows.length)
        return { defined: false };
    return { defined: true, value: rows[0].bindings[VALUE_VAR] };
}
const VALUE_VAR = '__mc_opa_sim_value';
function decideRef(compiled, mode, evalOpts, rec) {
    const r = documentValue(compiled, mode.decision, evalOpts);
    if (!r.defined) {
        rec.outcome = 'undefined';
        rec.reasons = [{ rule: mode.decision, message: `the decision ${mode.decision} is undefined for this input (fail closed: denied)` }];
        return;
    }
    rec.result = r.value;
    let allowed;
    let carried;
    if (typeof r.value === 'boolean') {
        allowed = r.value;
    }
    else if (r.value &&
        typeof r.value === 'object' &&
        !Array.isArray(r.value) &&
        typeof r.value.allow === 'boolean') {
        const v = r.value;
        allowed = v.allow;
        const list = v.reasons ?? v.deny;
        if (list !== undefined)
            carried = reasonsOf(mode.decision, list);
    }
    else {
        rec.outcome = 'error';
        rec.errors = [
            {
                code: 'decision_type_error',
                message: `the decision ${mode.decision} must be a boolean or an object with a boolean "allow"; found ${JSON.stringify(r.value)?.slice(0, 200)}`,
            },
        ];
        rec.reasons = [{ rule: mode.decision, message: rec.errors[0].message }];
        return;
    }
    rec.allowed = allowed;
    rec.outcome = allowed ? 'allow' : 'deny';
    if (allowed)
        return;
    if (carried?.length) {
        rec.reasons = carried;
        return;
    }
    const ref = mode.reasons ?? defaultReasonsRef(mode.decision);
    const d = ref === mode.decision ? { defined: false } : (0,rego/* evalRef */.O8)(compiled, ref, evalOpts);
    rec.reasons = d.defined ? reasonsOf(ref, d.value) : [];
    if (!rec.reasons.length)
        rec.reasons = [{ rule: mode.decision, message: `the decision ${mode.decision} is false` }];
}
/**
 * The rule names excepted by a namespace's `exception` rule (conftest "Exceptions": a set of
 * arrays of names, `exception contains ["run_as_root"] if ...` excepts `deny_run_as_root` and
 * `violation_run_as_root`).
 */
function exceptedNames(pkg) {
    const out = new Set();
    const ex = pkg.exception;
    if (!Array.isArray(ex))
        return out;
    for (const item of ex)
        for (const name of Array.isArray(item) ? item : [item])
            if (typeof name === 'string')
                out.add(name);
    return out;
}
function decideConftest(compiled, mode, evalOpts, rec) {
    const result = {};
    for (const ns of mode.namespaces) {
        const r = (0,rego/* evalRef */.O8)(compiled, `data.${ns}`, evalOpts);
        if (!r.defined || !r.value || typeof r.value !== 'object' || Array.isArray(r.value))
            continue;
        const pkg = r.value;
        const excepted = exceptedNames(pkg);
        for (const [name, value] of Object.entries(pkg).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
            const m = CONFTEST_RULE.exec(name);
            if (!m)
                continue;
            const rule = `data.${ns}.${name}`;
            result[rule] = value;
            const reasons = reasonsOf(rule, value);
            if (m[1] === 'warn')
                rec.warnings.push(...reasons);
            else if (m[2] && excepted.has(m[2].slice(1)))
                (rec.excepted ??= []).push(...reasons);
            else
                rec.reasons.push(...reasons);
        }
    }
    rec.result = result;
    const failing = rec.reasons.length > 0 || (mode.failOnWarn === true && rec.warnings.length > 0);
    rec.allowed = !failing;
    rec.outcome = failing ? 'deny' : 'allow';
}
/**
 * Runs the gate: checks the mode, then decides every input.
 * @throws UsageError for a bad mode or an empty input set (a vacuous pass is refused).
 */
function runGate(compiled, modules, inputs, opts) {
    checkMode(compiled, opts.mode);
    if (!inputs.length)
        throw new core_errors/* UsageError */.eb('no inputs to decide on (give --input, --inputs or --config)');
    const decisions = inputs.map((it) => decideOne(compiled, it, opts));
    const count = (o) => decisions.filter((d) => d.outcome === o).length;
    const summary = {
        inputs: decisions.length,
        allowed: count('allow'),
        denied: count('deny'),
        undefined: count('undefined'),
        errors: count('error'),
        warnings: decisions.reduce((n, d) => n + d.warnings.length, 0),
    };
    const exitCode = summary.errors ? core_errors/* ExitCode */.yU.Usage : summary.allowed === summary.inputs ? core_errors/* ExitCode */.yU.Pass : core_errors/* ExitCode */.yU.Fail;
    const mods = modules.map((m) => ({ path: m.path, sha256: m.sha256 }));
    return {
        gate: 'opa-sim',
        mode: opts.mode.kind,
        ...(opts.mode.kind === 'decision' ? { decision: opts.mode.decision } : { namespaces: opts.mode.namespaces }),
        policy: { modules: mods, packages: compiled.packages(), sha256: (0,digest/* sha256Hex */.f)((0,jcs/* canonicalJson */.dj)(mods)) },
        dataSha256: (0,digest/* sha256Hex */.f)((0,jcs/* canonicalJson */.dj)(opts.data ?? {})),
        summary,
        passed: exitCode === core_errors/* ExitCode */.yU.Pass,
        exitCode,
        decisions,
    };
}

// EXTERNAL MODULE: ./src/core/report.ts
var core_report = __webpack_require__(8557);
;// CONCATENATED MODULE: ./src/opa/report.ts
/**
 * What the opa-sim gate leaves behind: a decision log (JSON Lines, in the spirit of OPA's
 * decision log events), a SARIF 2.1.0 log for code scanning, JUnit XML, a markdown job summary,
 * annotations on the input's file and line, and a plain-text listing for the terminal.
 */

/** Version recorded in decision logs and SARIF (`tool.driver.version`). */
const OPA_SIM_VERSION = '0.1.0';
/**
 * One decision log event per decision, as a JSON Lines text. Fields follow OPA's decision log
 * (docs "Decision Logs": decision_id, path, result, timestamp, labels) except that the input is
 * recorded by digest (`input_sha256`, RFC 8785 + SHA-256) rather than in full, and the gate's
 * verdict (`outcome`, `allowed`, `reasons`, `source`, `policy_sha256`) is added.
 */
function decisionLog(report) {
    return report.decisions
        .map((d) => JSON.stringify({
        decision_id: d.decisionId,
        path: d.path,
        input_sha256: d.inputSha256,
        result: d.result ?? null,
        outcome: d.outcome,
        allowed: d.allowed,
        reasons: d.reasons.map(plainReason),
        ...(d.warnings.length ? { warnings: d.warnings.map(plainReason) } : {}),
        ...(d.excepted?.length ? { excepted: d.excepted.map(plainReason) } : {}),
        ...(d.errors ? { errors: d.errors } : {}),
        source: `${d.source.file}:${d.source.line}`,
        policy_sha256: report.policy.sha256,
        data_sha256: report.dataSha256,
        timestamp: d.timestamp,
        labels: { app: 'mc-opa-sim', version: OPA_SIM_VERSION },
    }))
        .map((l) => l + '\n')
        .join('');
}
function plainReason(r) {
    return r.details === undefined ? { rule: r.rule, message: r.message } : { rule: r.rule, message: r.message, details: r.details };
}
/** The SARIF rule id of a reason: `<policy>/<reason>` when the policy names them, else the rule. */
function sarifRuleId(r) {
    const d = r.details;
    if (d && typeof d === 'object') {
        const code = typeof d.reason === 'string' ? d.reason : typeof d.check === 'string' ? d.check : undefined;
        if (code && /^[A-Za-z0-9_.-]+$/.test(code)) {
            const policy = typeof d.policy === 'string' ? d.policy : r.rule.replace(/^data\./, '');
            return `${policy}/${code}`;
        }
        if (typeof d.code === 'string' && /^(rego|eval)_/.test(d.code))
            return `opa-sim/${d.code}`;
    }
    return r.rule.replace(/^data\./, '');
}
function labelOf(d) {
    return d.outcome === 'allow' ? 'ALLOW' : d.outcome === 'deny' ? 'DENY' : d.outcome === 'undefined' ? 'DENY (undefined)' : 'ERROR';
}
/**
 * A SARIF 2.1.0 log (OASIS SARIF v2.1.0, sections 3.13 sarifLog, 3.14 run, 3.19 tool, 3.27 result,
 * 3.28 location): one result per deny reason (level `error`) and per warning (level `warning`),
 * located at the input's file and line; one reportingDescriptor per rule id.
 */
function sarifLog(report) {
    const rules = [];
    const index = new Map();
    const ruleIndex = (id, text) => {
        if (!index.has(id)) {
            index.set(id, rules.length);
            rules.push({
                id,
                name: id.replace(/[^A-Za-z0-9]+(.)?/g, (_, c) => (c ? c.toUpperCase() : '')),
                shortDescription: { text },
            });
        }
        return index.get(id);
    };
    const results = [];
    for (const d of report.decisions) {
        const location = {
            physicalLocation: {
                artifactLocation: { uri: d.source.file.split('/').map(encodeURIComponent).join('/') },
                region: { startLine: Math.max(1, d.source.line) },
            },
        };
        const push = (r, level) => {
            const id = sarifRuleId(r);
            results.push({
                ruleId: id,
                ruleIndex: ruleIndex(id, `Policy ${r.rule}: ${id}`),
                level,
                message: { text: `${labelOf(d)}: ${r.message}` },
                locations: [location],
                partialFingerprints: { 'opaSimInput/v1': `${d.inputSha256}:${id}` },
                properties: { decisionId: d.decisionId, outcome: d.outcome, rule: r.rule },
            });
        };
        if (!d.allowed)
            for (const r of d.reasons)
                push(r, 'error');
        for (const w of d.warnings)
            push(w, 'warning');
    }
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'mc opa-sim',
                        version: OPA_SIM_VERSION,
                        informationUri: 'https://www.openpolicyagent.org/docs/policy-language',
                        rules,
                    },
                },
                invocations: [{ executionSuccessful: report.summary.errors === 0 }],
                results,
            },
        ],
    };
}
/** JUnit XML: one test suite for the decision (or namespaces), one test case per input. */
function junitReport(report) {
    const suite = {
        name: `opa-sim ${report.decision ?? (report.namespaces ?? []).join(',')}`,
        cases: report.decisions.map((d) => {
            const body = d.reasons.map((r) => `${r.rule}: ${r.message}`).join('\n');
            const c = { name: `${d.source.file}:${d.source.line}`, classname: `opa-sim.${d.path.replace(/[/,]/g, '.')}` };
            if (d.outcome === 'error')
                return { ...c, error: { message: d.reasons[0]?.message ?? 'evaluation error', body } };
            if (!d.allowed)
                return { ...c, failure: { message: d.reasons[0]?.message ?? 'denied', body } };
            return c;
        }),
    };
    return (0,core_report/* junitXml */.E5)([suite]);
}
/** Markdown for the job summary: the verdict, counts, and one row per input. */
function summaryMarkdown(report, maxRows = 200) {
    const s = report.summary;
    const head = report.passed ? '### opa-sim: passed' : report.exitCode === 2 ? '### opa-sim: error (fail closed)' : '### opa-sim: denied';
    const what = report.mode === 'decision' ? `decision \`${report.decision}\`` : `namespaces \`${(report.namespaces ?? []).join(', ')}\` (conftest)`;
    const rows = report.decisions
        .slice(0, maxRows)
        .map((d) => [
        `${d.source.file}:${d.source.line}`,
        labelOf(d),
        [...d.reasons.map((r) => r.message), ...d.warnings.map((w) => `warn: ${w.message}`)].join('\n') || (d.allowed ? '' : 'denied'),
    ]);
    const more = report.decisions.length > maxRows ? `\n_${report.decisions.length - maxRows} more in the decision log._\n` : '';
    return (`${head}\n\n${what} over ${plural(s.inputs, 'input')}: ${s.allowed} allowed, ${s.denied} denied, ${s.undefined} undefined, ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}.\n\n` +
        mdTable(['input', 'decision', 'reasons'], rows) +
        more);
}
/** One annotation per denied or errored input (all its reasons) and per warned input. */
function annotations(report, max = 50) {
    const out = [];
    for (const d of report.decisions) {
        if (!d.allowed)
            out.push({
                level: 'error',
                title: `opa-sim: ${labelOf(d)}`,
                message: d.reasons.map((r) => r.message).join('\n') || 'denied',
                file: d.source.file,
                line: d.source.line,
            });
        if (d.warnings.length)
            out.push({
                level: 'warning',
                title: 'opa-sim: warning',
                message: d.warnings.map((w) => w.message).join('\n'),
                file: d.source.file,
                line: d.source.line,
            });
        if (out.length >= max)
            break;
    }
    return out;
}
/** Plain text for the terminal: one line per input, its reasons indented, then the verdict. */
function textReport(report) {
    const lines = [];
    for (const d of report.decisions) {
        lines.push(`${labelOf(d).padEnd(16)} ${d.source.file}:${d.source.line}`);
        for (const r of d.allowed ? [] : d.reasons)
            lines.push(`    ${r.rule}: ${r.message}`);
        for (const w of d.warnings)
            lines.push(`    warn ${w.rule}: ${w.message}`);
        for (const x of d.excepted ?? [])
            lines.push(`    excepted ${x.rule}: ${x.message}`);
    }
    const s = report.summary;
    lines.push(`opa-sim: ${report.passed ? 'PASSED' : report.exitCode === 2 ? 'ERROR' : 'DENIED'}: ${(0,core_report/* plural */.LS)(s.inputs, 'input')}, ${s.allowed} allowed, ${s.denied} denied, ${s.undefined} undefined, ${(0,core_report/* plural */.LS)(s.errors, 'error')}, ${(0,core_report/* plural */.LS)(s.warnings, 'warning')}`);
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/opa/run.ts
/**
 * One run of the opa-sim gate as the CLI and the action perform it: load policies, data and
 * inputs, compile, decide, and write the requested evidence files atomically.
 */






/** Reads the inputs from all three kinds of source, in the order given. */
async function readAllInputs(o, cwd) {
    return [
        ...(o.input?.length ? await readInputFiles(o.input, cwd) : []),
        ...(o.inputs?.length ? await readJsonLines(o.inputs, cwd) : []),
        ...(o.config?.length ? await readConfigFiles(o.config, cwd) : []),
    ];
}
/**
 * Runs the gate and writes the evidence files that were asked for (JSON report, SARIF, JUnit,
 * decision log: the log is never overwritten).
 * @throws UsageError / InputError for unusable usage or input, PolicyCompileError when the
 *   policies do not compile (all exit 2).
 */
async function runOpaSim(o) {
    const cwd = (0,external_node_path_.resolve)(o.cwd ?? process.cwd());
    // the front ends check these with the user's names (src/opa/settings.ts); kept for direct callers
    if (!o.policy.length)
        throw new core_errors/* UsageError */.eb('no policy given');
    if (o.decision && (o.namespaces?.length || o.allNamespaces))
        throw new core_errors/* UsageError */.eb('give either a decision or conftest namespaces, not both');
    const modules = await loadPolicies(o.policy, { cwd });
    const compiled = compilePolicies(modules, { regoVersion: o.v0Compatible ? 'v0' : 'v1', cacheDir: o.cacheDir });
    const data = await loadData(o.data ?? [], cwd);
    let mode;
    if (o.decision)
        mode = { kind: 'decision', decision: o.decision, ...(o.reasons ? { reasons: o.reasons } : {}) };
    else if (o.allNamespaces)
        mode = { kind: 'conftest', namespaces: compiled.packages(), failOnWarn: o.failOnWarn };
    else
        mode = { kind: 'conftest', namespaces: o.namespaces?.length ? o.namespaces : ['main'], failOnWarn: o.failOnWarn };
    const inputs = await readAllInputs(o, cwd);
    const report = runGate(compiled, modules, inputs, { mode, data, now: o.now });
    if (o.report)
        await (0,fsx/* writeFileAtomic */.Zf)((0,external_node_path_.resolve)(cwd, o.report), JSON.stringify(report, null, 2) + '\n');
    if (o.sarif)
        await (0,fsx/* writeFileAtomic */.Zf)((0,external_node_path_.resolve)(cwd, o.sarif), JSON.stringify(sarifLog(report), null, 2) + '\n');
    if (o.junit)
        await (0,fsx/* writeFileAtomic */.Zf)((0,external_node_path_.resolve)(cwd, o.junit), junitReport(report));
    if (o.decisionLog)
        await (0,fsx/* writeFileAtomic */.Zf)((0,external_node_path_.resolve)(cwd, o.decisionLog), decisionLog(report), { noClobber: true });
    return report;
}

;// CONCATENATED MODULE: ./src/opa/settings.ts
/**
 * The settings of one opa-sim run, read the same way from `mc opa-sim` flags and from the
 * mc/opa-sim action's inputs. Every default is owned here once; messages name the flag or input as
 * the user wrote it (`--decision` in the CLI, `input 'decision'` in the action). Input and output
 * files stay with the entrypoints.
 */

/** The action's policy directory when its `policy` input is empty (also action.yml's documented default). */
const DEFAULT_POLICY_DIR = 'policies';
/**
 * @param raw the settings as given
 * @param label how a setting is named to the user
 * @throws UsageError (exit 2) naming the setting and what was expected.
 */
function opaSettings(raw, label) {
    const policy = raw.policy ?? [];
    if (!policy.length)
        throw new core_errors/* UsageError */.eb(`no policy given (${label('policy')} PATH)`);
    const namespaces = raw.namespaces ?? [];
    if (raw.decision && (namespaces.length || raw.allNamespaces)) {
        throw new core_errors/* UsageError */.eb(`give either a decision (${label('decision')}) or conftest namespaces (${label(raw.allNamespaces ? 'allNamespaces' : 'namespaces')}), not both`);
    }
    return {
        policy,
        ...(raw.decision ? { decision: raw.decision } : {}),
        ...(raw.reasons ? { reasons: raw.reasons } : {}),
        ...(namespaces.length ? { namespaces } : {}),
        allNamespaces: raw.allNamespaces ?? false,
        failOnWarn: raw.failOnWarn ?? false,
        v0Compatible: raw.v0Compatible ?? false,
    };
}

;// CONCATENATED MODULE: ./src/opa/index.ts
/**
 * The opa-sim gate's domain core (no @actions/* imports): load policies, data and inputs,
 * decide each input fail-closed with the embedded Rego engine, and render the evidence.
 */







// EXTERNAL MODULE: ./src/cli/cli.ts + 1 modules
var cli = __webpack_require__(9797);
;// CONCATENATED MODULE: ./src/cli/commands/opa-sim.ts
/**
 * `mc opa-sim`: the fail-closed policy gate over inputs or configuration files (thin layer over
 * src/opa). Exit 0 every input allowed, 1 any input denied (or undefined), 2 unusable input,
 * policies that do not compile, or an evaluation error.
 */



const usage = 'mc opa-sim --policy PATH... [--data FILE...] [--v0-compatible] ' +
    '(--decision REF [--reasons REF] | [--namespace NS... | --all-namespaces] [--fail-on-warn]) ' +
    '(--input FILE|GLOB... | --inputs FILE.jsonl... | --config FILE|GLOB... | CONFIG_FILE...) ' +
    '[--format text|json] [--report F] [--sarif F] [--junit F] [--decision-log F] [--no-cache]';
const commands = [
    {
        name: 'opa-sim',
        summary: 'fail-closed policy gate: a Rego decision per input, or conftest-style deny/warn over config files',
        usage,
        async run(argv, io) {
            const { values, positionals } = (0,cli/* parseCliArgs */.h)(argv, {
                policy: { type: 'string', short: 'p', multiple: true },
                data: { type: 'string', short: 'd', multiple: true },
                decision: { type: 'string' },
                reasons: { type: 'string' },
                namespace: { type: 'string', short: 'n', multiple: true },
                'all-namespaces': { type: 'boolean' },
                'fail-on-warn': { type: 'boolean' },
                'v0-compatible': { type: 'boolean' },
                input: { type: 'string', short: 'i', multiple: true },
                inputs: { type: 'string', multiple: true },
                config: { type: 'string', multiple: true },
                format: { type: 'string', default: 'text' },
                report: { type: 'string' },
                sarif: { type: 'string' },
                junit: { type: 'string' },
                'decision-log': { type: 'string' },
                'no-cache': { type: 'boolean', default: false },
            }, usage);
            const format = values.format;
            if (format !== 'text' && format !== 'json') {
                io.stderr(`mc opa-sim: --format: expected text or json, found '${format}'\n`);
                return core_errors/* ExitCode */.yU.Usage;
            }
            const settings = opaSettings({
                policy: values.policy,
                decision: values.decision,
                reasons: values.reasons,
                namespaces: values.namespace,
                allNamespaces: values['all-namespaces'],
                failOnWarn: values['fail-on-warn'],
                v0Compatible: values['v0-compatible'],
            }, (f) => `--${{ policy: 'policy', decision: 'decision', reasons: 'reasons', namespaces: 'namespace', allNamespaces: 'all-namespaces', failOnWarn: 'fail-on-warn', v0Compatible: 'v0-compatible' }[f]}`);
            // positional arguments are configuration files, as `conftest test FILE...`
            const config = [...(values.config ?? []), ...positionals];
            try {
                const report = await runOpaSim({
                    ...settings,
                    data: values.data,
                    input: values.input,
                    inputs: values.inputs,
                    config,
                    report: values.report,
                    sarif: values.sarif,
                    junit: values.junit,
                    decisionLog: values['decision-log'],
                    // the policy compile cache ($MC_CACHE_DIR, else $XDG_CACHE_HOME/mc or ~/.cache/mc); --no-cache: compile afresh
                    cacheDir: values['no-cache'] ? undefined : (0,compile_cache/* defaultCacheDir */.$g)(io.env),
                    cwd: io.cwd,
                });
                io.stdout(format === 'json' ? JSON.stringify(report, null, 2) + '\n' : textReport(report));
                return report.exitCode;
            }
            catch (e) {
                if (e instanceof PolicyCompileError) {
                    if (format === 'json')
                        io.stdout(JSON.stringify({ errors: e.errors }, null, 2) + '\n');
                    io.stderr(`mc opa-sim: policy does not compile (fail closed):\n${e.errors.map(formatRegoError).join('\n')}\n`);
                    return core_errors/* ExitCode */.yU.Usage;
                }
                throw e;
            }
        },
    },
];


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
