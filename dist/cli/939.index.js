export const id = 939;
export const ids = [939,32];
export const modules = {

/***/ 2939:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commands: () => (/* binding */ commands)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/fsx.ts
var fsx = __webpack_require__(5234);
// EXTERNAL MODULE: ./src/core/report.ts
var core_report = __webpack_require__(8557);
// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
// EXTERNAL MODULE: ./src/core/jcs.ts
var jcs = __webpack_require__(2995);
;// CONCATENATED MODULE: ./src/trajectory/matchers.ts
/**
 * Value matchers of golden trajectories. A golden field holds either a literal JSON value
 * (matched by RFC 8785 canonical JSON equality: `1` equals `1.0`, key order ignored, arrays
 * ordered) or a matcher object with exactly one `$`-key:
 *
 * | matcher | YAML | passes when the actual value |
 * |---|---|---|
 * | exact | `{$exact: V}` | is canonically equal to V (RFC 8785) |
 * | regex | `{$regex: "RE"}` | is a string in which RE (RE2 syntax, via re2js) finds a match; anchor with `^…$` for a full match |
 * | json_subset | `{$json_subset: V}` | contains V: every key of V present with a matching value, recursively; arrays same length, element-wise |
 * | numeric | `{$numeric: {value: N, abs: A, rel: R}}` | is a number with `|x − N| ≤ A` or `|x − N| ≤ R·|N|` (abs 0 when neither given) |
 * | one_of | `{$one_of: [P, …]}` | matches any of the patterns |
 * | ignore | `{$ignore: true}` | anything, including a missing value |
 * | absent | `{$absent: true}` | is missing (as an object member: the key is not there) |
 *
 * Literal objects and arrays may hold matchers in their members. Matching always reads
 * `match(actual, golden)`: the actual value is checked against the golden pattern.
 */


/** Raised by {@link compilePattern} for a malformed matcher; `path` is the position inside the golden value. */
class PatternError extends Error {
    path;
    expected;
    constructor(path, expected) {
        super(expected);
        this.path = path;
        this.expected = expected;
    }
}
/** Matcher keys understood in golden YAML. */
const MATCHER_KEYS = ['$exact', '$regex', '$json_subset', '$numeric', '$one_of', '$ignore', '$absent'];
/** Compiled RE2 programs by source (compiling dominates loading many goldens with the same patterns). */
const regexCache = new Map();
/**
 * RFC 8785 canonical equality of an actual value with a golden exact pattern, decided
 * structurally: two JSON values have the same canonical form (src/core/jcs.ts) exactly when they
 * are the same primitive (strings by code units, numbers as IEEE-754 doubles, so 1 = 1.0 and
 * -0 = 0), or arrays of equal length with equal elements in order, or objects with the same key set
 * and equal members (key order is irrelevant after canonical sorting). Verified against
 * canonicalJson in tests/trajectory/matchers.test.ts; structural to avoid serializing per comparison.
 */
function canonicalEqual(a, b) {
    if (a === b)
        return a !== undefined;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
        return false;
    const aa = Array.isArray(a);
    if (aa !== Array.isArray(b))
        return false;
    if (aa) {
        const x = a;
        const y = b;
        if (x.length !== y.length)
            return false;
        for (let i = 0; i < x.length; i++)
            if (!canonicalEqual(x[i], y[i]))
                return false;
        return true;
    }
    const x = a;
    const y = b;
    let n = 0;
    for (const k in x) {
        if (!Object.prototype.hasOwnProperty.call(x, k))
            continue;
        n++;
        if (!Object.prototype.hasOwnProperty.call(y, k) || !canonicalEqual(x[k], y[k]))
            return false;
    }
    for (const k in y)
        if (Object.prototype.hasOwnProperty.call(y, k))
            n--;
    return n === 0;
}
function canonicalEquals(actual, p) {
    return canonicalEqual(actual, p.value);
}
/** Descriptions are built once per pattern (they serialize the golden value). */
const descCache = new WeakMap();
const isPlainObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/**
 * Sets an own, enumerable data property. Untrusted keys (tool arguments, golden members, span
 * attributes) are never assigned with `o[k] = v`: for `__proto__` that would set the prototype
 * instead of a member, silently dropping the key (issue 19, item 6).
 */
function setOwn(o, k, v) {
    Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
}
/** Whether a raw golden value is a matcher object (exactly one key, starting with `$`). */
function isMatcherObject(v) {
    if (!isPlainObject(v))
        return false;
    const keys = Object.keys(v);
    return keys.length === 1 && keys[0].startsWith('$');
}
function containsMatcher(v) {
    if (isMatcherObject(v))
        return true;
    if (Array.isArray(v))
        return v.some(containsMatcher);
    if (isPlainObject(v))
        return Object.values(v).some(containsMatcher);
    return false;
}
function exactPattern(value, path) {
    let canon;
    try {
        canon = (0,jcs/* canonicalJson */.dj)(value);
    }
    catch {
        throw new PatternError(path, 'a JSON value');
    }
    return { kind: 'exact', value, canon };
}
/** A value as short canonical JSON for messages (`missing` for undefined), cut to `max` characters. */
function matchers_short(v, max = 60) {
    let s;
    try {
        s = v === undefined ? 'missing' : (0,jcs/* canonicalJson */.dj)(v);
    }
    catch {
        s = String(v);
    }
    return s.length > max ? s.slice(0, max - 1) + '…' : s;
}
/**
 * Compiles a raw golden value into a {@link Pattern}.
 * @param subset compile literal objects as json_subset (extra actual keys allowed), used under `$json_subset`.
 * @throws PatternError for an unknown `$`-matcher, a bad regex (RE2 syntax) or a malformed numeric matcher.
 */
function compilePattern(raw, path = [], subset = false) {
    if (isMatcherObject(raw)) {
        const [key] = Object.keys(raw);
        const arg = raw[key];
        switch (key) {
            case '$exact':
                return exactPattern(arg, [...path, key]);
            case '$regex': {
                if (typeof arg !== 'string')
                    throw new PatternError([...path, key], 'a regular expression string (RE2 syntax)');
                try {
                    let re = regexCache.get(arg);
                    if (!re) {
                        re = build/* RE2JS */.L3.compile(arg);
                        if (regexCache.size >= 10_000)
                            regexCache.clear();
                        regexCache.set(arg, re);
                    }
                    return { kind: 'regex', source: arg, re };
                }
                catch (e) {
                    throw new PatternError([...path, key], `a regular expression in RE2 syntax (${e.message})`);
                }
            }
            case '$json_subset':
                return compilePattern(arg, [...path, key], true);
            case '$numeric': {
                const ok = isPlainObject(arg) &&
                    typeof arg.value === 'number' &&
                    Object.keys(arg).every((k) => ['value', 'abs', 'rel'].includes(k)) &&
                    (arg.abs === undefined || (typeof arg.abs === 'number' && arg.abs >= 0)) &&
                    (arg.rel === undefined || (typeof arg.rel === 'number' && arg.rel >= 0));
                if (!ok)
                    throw new PatternError([...path, key], '{value: number, abs?: number ≥ 0, rel?: number ≥ 0}');
                const a = arg;
                return { kind: 'numeric', value: a.value, abs: a.abs, rel: a.rel };
            }
            case '$one_of': {
                if (!Array.isArray(arg) || arg.length === 0)
                    throw new PatternError([...path, key], 'a non-empty list of patterns');
                return { kind: 'one_of', options: arg.map((o, i) => compilePattern(o, [...path, key, i], subset)) };
            }
            case '$ignore':
                if (arg !== true)
                    throw new PatternError([...path, key], 'true');
                return { kind: 'ignore' };
            case '$absent':
                if (arg !== true)
                    throw new PatternError([...path, key], 'true');
                return { kind: 'absent' };
            default:
                throw new PatternError([...path, key], `one of the matchers ${MATCHER_KEYS.join(', ')} (or a literal object without $-keys)`);
        }
    }
    if (isPlainObject(raw) && (subset || containsMatcher(raw))) {
        const members = {};
        for (const [k, v] of Object.entries(raw))
            setOwn(members, k, compilePattern(v, [...path, k], subset));
        return { kind: 'object', members, extra: subset, missing: false, label: subset ? `json_subset ${matchers_short(raw)}` : `exact ${matchers_short(raw)}` };
    }
    if (Array.isArray(raw) && (subset || containsMatcher(raw))) {
        return {
            kind: 'array',
            items: raw.map((v, i) => compilePattern(v, [...path, i], subset)),
            label: `${subset ? 'json_subset' : 'exact'} ${matchers_short(raw)}`,
        };
    }
    return exactPattern(raw, path);
}
/**
 * Applies a tool-arguments mode to a compiled `action_input` pattern (top level only):
 * `exact` same key set, `superset` the actual arguments contain the golden ones (extra actual
 * keys allowed), `subset` the actual arguments are within the golden ones (golden keys may be
 * missing), `ignore` anything.
 */
function withToolArgsMode(p, mode) {
    if (mode === 'ignore')
        return { kind: 'ignore' };
    if (mode === 'exact')
        return p;
    let members;
    let shown;
    if (p.kind === 'object' && !p.extra) {
        members = p.members;
        shown = p.label.replace(/^exact /, '');
    }
    else if (p.kind === 'exact' && isPlainObject(p.value)) {
        members = {};
        for (const [k, v] of Object.entries(p.value))
            setOwn(members, k, exactPattern(v, [k]));
        shown = matchers_short(p.value);
    }
    else
        return p;
    return mode === 'superset'
        ? { kind: 'object', members, extra: true, missing: false, label: `superset of ${shown}` }
        : { kind: 'object', members, extra: false, missing: true, label: `subset of ${shown}` };
}
/** Human-readable form of a pattern, for drift reports. */
function describePattern(p) {
    let d = descCache.get(p);
    if (d === undefined) {
        d = describeUncached(p);
        descCache.set(p, d);
    }
    return d;
}
function describeUncached(p) {
    switch (p.kind) {
        case 'exact':
            return `exact ${matchers_short(p.value)}`;
        case 'regex':
            return `regex ${p.source}`;
        case 'numeric': {
            const tol = [p.abs !== undefined ? `abs ${p.abs}` : '', p.rel !== undefined ? `rel ${p.rel}` : ''].filter(Boolean).join(', ');
            return `numeric ${p.value}${tol ? ` (${tol})` : ''}`;
        }
        case 'one_of':
            return `one_of [${p.options.map(describePattern).join(' | ')}]`;
        case 'ignore':
            return 'ignore';
        case 'absent':
            return 'absent';
        case 'object':
        case 'array':
        case 'key_paths':
            return p.label;
    }
}
const member = (path, k) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? `${path}.${k}` : `${path}[${JSON.stringify(k)}]`);
/**
 * Matches an actual value against a golden pattern: `match(actual, golden)`.
 * @param actual the actual value; undefined means "missing".
 * @returns null when it matches, else the first {@link Mismatch} (depth-first, golden key order).
 */
function matchValue(actual, p, path = '$') {
    switch (p.kind) {
        case 'ignore':
            return null;
        case 'absent':
            return actual === undefined ? null : { path, expected: 'absent', actual };
        case 'exact':
            return actual !== undefined && canonicalEquals(actual, p) ? null : { path, expected: describePattern(p), actual };
        case 'regex':
            return typeof actual === 'string' && p.re.matcher(actual).find() ? null : { path, expected: describePattern(p), actual };
        case 'numeric': {
            if (typeof actual !== 'number' || !Number.isFinite(actual))
                return { path, expected: describePattern(p), actual };
            const d = Math.abs(actual - p.value);
            const ok = d <= (p.abs ?? 0) || (p.rel !== undefined && d <= p.rel * Math.abs(p.value));
            return ok ? null : { path, expected: describePattern(p), actual };
        }
        case 'one_of':
            return p.options.some((o) => matchValue(actual, o, path) === null) ? null : { path, expected: describePattern(p), actual };
        case 'array': {
            if (!Array.isArray(actual) || actual.length !== p.items.length)
                return { path, expected: p.label, actual };
            for (let i = 0; i < p.items.length; i++) {
                const m = matchValue(actual[i], p.items[i], `${path}[${i}]`);
                if (m)
                    return m;
            }
            return null;
        }
        case 'key_paths': {
            for (const c of p.checks) {
                let v = actual;
                let at = path;
                for (const seg of c.path) {
                    v = isPlainObject(v) && Object.prototype.hasOwnProperty.call(v, seg) ? v[seg] : undefined;
                    at = member(at, seg);
                }
                if (c.pattern === null) {
                    if (v !== undefined && v !== null)
                        return { path: at, expected: 'absent or null (as in the golden)', actual: v };
                    continue;
                }
                const m = matchValue(v, c.pattern, at);
                if (m)
                    return m;
            }
            return null;
        }
        case 'object': {
            if (!isPlainObject(actual))
                return { path, expected: p.label, actual };
            for (const [k, sub] of Object.entries(p.members)) {
                const has = Object.prototype.hasOwnProperty.call(actual, k);
                if (!has && p.missing && sub.kind !== 'absent')
                    continue;
                const m = matchValue(has ? actual[k] : undefined, sub, member(path, k));
                if (m)
                    return m;
            }
            if (!p.extra) {
                for (const k of Object.keys(actual)) {
                    if (!Object.prototype.hasOwnProperty.call(p.members, k))
                        return { path: member(path, k), expected: 'absent (key not in golden)', actual: actual[k] };
                }
            }
            return null;
        }
    }
}
/**
 * Removes volatile keys (timestamps, request ids) at any depth, returning a copy.
 * Applied to actual action_input and observation values before matching, and to golden literals.
 */
function stripKeys(value, keys) {
    if (keys.size === 0)
        return value;
    if (Array.isArray(value))
        return value.map((v) => stripKeys(v, keys));
    if (isPlainObject(value) && !isMatcherObject(value)) {
        const out = {};
        for (const [k, v] of Object.entries(value))
            if (!keys.has(k))
                setOwn(out, k, stripKeys(v, keys));
        return out;
    }
    if (isMatcherObject(value)) {
        const [k] = Object.keys(value);
        const out = {};
        setOwn(out, k, stripKeys(value[k], keys));
        return out;
    }
    return value;
}

;// CONCATENATED MODULE: ./src/trajectory/report.ts
/**
 * Renders a trajectory-golden run: plain text for the terminal, a markdown diff for the job
 * summary, JUnit XML (one test case per golden) via src/core/report.ts.
 */


const report_short = (v, max = 80) => matchers_short(v, max);
function callText(a) {
    return a ? `${a.action} ${report_short(a.action_input)}` : '?';
}
/** One line per drift finding of a result (empty when it matches). */
function driftLines(r) {
    if (r.compat)
        return r.match ? [] : [r.comment ?? 'agentevals: no match'];
    const out = [];
    for (const s of r.steps) {
        const where = `golden step ${s.golden_index} (${s.label}${s.line ? `, line ${s.line}` : ''})`;
        if (s.status === 'missing')
            out.push(`${where}: missing${s.actual_indices.length ? ` (matched ${s.actual_indices.length} of at least ${s.expected.min})` : ''}`);
        else if (s.status === 'arg_mismatch' && s.mismatch)
            out.push(`${where}: arg_mismatch at actual step ${s.mismatch.actual_index}: ${s.mismatch.path} expected ${s.mismatch.expected}, found ${report_short(s.mismatch.actual)}`);
        else if (s.status === 'order_violation' && s.order_violation)
            out.push(`${where}: order_violation: matches actual step ${s.order_violation.actual_index}, out of order`);
    }
    for (const u of r.unexpected)
        out.push(`actual step ${u.actual_index}: unexpected_step ${callText(u)}`);
    if (r.final_answer && !r.final_answer.match)
        out.push(`final answer: expected ${r.final_answer.expected}, found ${report_short(r.final_answer.actual)}`);
    return out;
}
/** Terminal text. */
function renderText(report) {
    const lines = [];
    for (const r of report.results) {
        lines.push(`${r.match ? 'MATCH' : 'DRIFT'}  ${r.id}  (${r.mode}${r.compat ? ', agentevals compat' : ''}; ${(0,core_report/* plural */.LS)(r.actual.length, 'step')}, ${r.format})  ${r.golden} <> ${r.trajectory}`);
        for (const d of driftLines(r))
            lines.push(`  - ${d}`);
    }
    lines.push(`${report.summary.matched}/${report.summary.goldens} goldens match${report.match ? '' : ` — ${(0,core_report/* plural */.LS)(report.summary.drifted, 'golden')} drifted`}`);
    return lines.join('\n') + '\n';
}
function statusCell(s) {
    return { matched: '✅ matched', missing: '❌ missing', arg_mismatch: '❌ arg_mismatch', order_violation: '❌ order_violation' }[s.status];
}
/** A `diff` block: golden steps in order (` ` matched, `-` drift), then unexpected actual steps (`+`). */
function diffBlock(r) {
    const l = [];
    for (const s of r.steps) {
        const tag = s.status === 'matched' ? ' ' : '-';
        const at = s.actual_indices.length ? ` @ actual ${s.actual_indices.join(',')}` : '';
        l.push(`${tag} [${s.golden_index}] ${s.label}${at}${s.status === 'matched' ? '' : `  (${s.status})`}`);
        if (s.status === 'arg_mismatch' && s.mismatch)
            l.push(`+ [actual ${s.mismatch.actual_index}] ${callText(r.actual[s.mismatch.actual_index])}  (${s.mismatch.path}: expected ${s.mismatch.expected})`);
        if (s.status === 'order_violation' && s.order_violation)
            l.push(`+ [actual ${s.order_violation.actual_index}] ${callText(r.actual[s.order_violation.actual_index])}  (out of order)`);
    }
    for (const u of r.unexpected)
        l.push(`+ [actual ${u.actual_index}] ${callText(u)}  (unexpected_step)`);
    return '```diff\n' + l.join('\n').replace(/```/g, "'''") + '\n```\n';
}
/** Markdown for the job summary. */
function renderMarkdown(report) {
    const parts = [
        `## Trajectory goldens: ${report.match ? '✅ all match' : `❌ ${(0,core_report/* plural */.LS)(report.summary.drifted, 'golden')} drifted`}\n`,
    ];
    parts.push((0,core_report/* mdTable */.gJ)(['golden', 'result', 'mode', 'trajectory', 'steps', 'drift'], report.results.map((r) => [
        r.id,
        r.match ? '✅ match' : '❌ drift',
        r.mode + (r.compat ? ' (agentevals)' : ''),
        `${r.trajectory} (${r.format})`,
        r.actual.length,
        driftLines(r).length,
    ])));
    for (const r of report.results) {
        if (r.match)
            continue;
        parts.push(`\n### ❌ ${(0,core_report/* mdCell */.cz)(r.id)}\n`);
        if (r.compat) {
            parts.push(`${(0,core_report/* mdCell */.cz)(r.comment ?? 'no match')}\n`);
            continue;
        }
        parts.push((0,core_report/* mdTable */.gJ)(['#', 'golden step', 'status', 'actual', 'detail'], r.steps.map((s) => [
            s.golden_index,
            s.label,
            statusCell(s),
            s.actual_indices.join(', ') ||
                (s.order_violation ? String(s.order_violation.actual_index) : s.mismatch ? String(s.mismatch.actual_index) : '—'),
            s.mismatch
                ? `${s.mismatch.path}: expected ${s.mismatch.expected}, found ${report_short(s.mismatch.actual, 60)}`
                : s.order_violation
                    ? 'out of order'
                    : '',
        ])));
        parts.push('\n' + diffBlock(r));
    }
    return parts.join('\n');
}
/** JUnit XML: one test case per golden, failure body = drift lines. */
function renderJunit(report) {
    return (0,core_report/* junitXml */.E5)([
        {
            name: 'trajectory-golden',
            cases: report.results.map((r) => ({
                name: r.id,
                classname: r.golden,
                failure: r.match
                    ? undefined
                    : { message: `${(0,core_report/* plural */.LS)(driftLines(r).length, 'drift finding')} (${r.mode})`, body: driftLines(r).join('\n') },
            })),
        },
    ]);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/trajectory/agentevals.ts
/** Deep equality of JSON values (null equals undefined), as agentevals JS `_deepEqual`. */
function deepEqual(a, b) {
    if (a == null && b == null)
        return true;
    if (a === b)
        return true;
    if (typeof a !== 'object' || typeof b !== 'object' || !a || !b)
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    if (Array.isArray(a) && Array.isArray(b))
        return a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    if (ka.length !== kb.length)
        return false;
    return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], b[k]));
}
const has = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
function modeMatcher(mode) {
    switch (mode) {
        case 'exact':
            return (t, r) => deepEqual(t, r);
        case 'subset': // every key-value pair of the tool call exists in the reference call
            return (t, r) => Object.entries(t).every(([k, v]) => has(r, k) && deepEqual(r[k], v));
        case 'superset': // every key-value pair of the reference call exists in the tool call
            return (t, r) => Object.entries(r).every(([k, v]) => has(t, k) && deepEqual(t[k], v));
        case 'ignore':
            return () => true;
    }
}
function nested(d, keyPath) {
    let cur = d;
    for (const part of keyPath.split('.')) {
        // own members only: `constructor` or `toString` must not resolve to Object.prototype's
        if (cur && typeof cur === 'object' && !Array.isArray(cur) && Object.prototype.hasOwnProperty.call(cur, part))
            cur = cur[part];
        else
            return undefined;
    }
    return cur;
}
function matcherFor(name, mode, overrides) {
    const o = Object.prototype.hasOwnProperty.call(overrides, name) ? overrides[name] : undefined;
    if (typeof o === 'string')
        return modeMatcher(o);
    if (Array.isArray(o))
        return (t, r) => o.every((k) => deepEqual(nested(t, k), nested(r, k)));
    return modeMatcher(mode);
}
function toolCalls(messages) {
    return messages.flatMap((m) => m.tool_calls ?? []);
}
/** agentevals `_is_trajectory_superset(outputs, reference_outputs, ...)`: greedy, first fit. */
function isSuperset(outputs, reference, mode, overrides) {
    const out = toolCalls(outputs);
    const ref = toolCalls(reference);
    const used = new Set();
    for (const rc of ref) {
        let found = false;
        for (let i = 0; i < out.length; i++) {
            if (out[i].name !== rc.name || used.has(i))
                continue;
            if (matcherFor(rc.name, mode, overrides)(out[i].args, rc.args)) {
                used.add(i);
                found = true;
                break;
            }
        }
        if (!found)
            return {
                ok: false,
                comment: `Missing tool call: expected tool "${rc.name}" with arguments ${JSON.stringify(rc.args)} but no matching call found in output trajectory`,
            };
    }
    return { ok: true };
}
function strict(outputs, reference, mode, overrides) {
    if (outputs.length !== reference.length)
        return { ok: false, comment: `Trajectory length mismatch: expected ${reference.length} messages but got ${outputs.length}` };
    for (let s = 0; s < outputs.length; s++) {
        const o = outputs[s];
        const r = reference[s];
        if (o.role !== r.role)
            return { ok: false, comment: `Role mismatch at step ${s}: expected "${r.role}" but got "${o.role}"` };
        if ((o.tool_calls !== null) !== (r.tool_calls !== null))
            return { ok: false, comment: `Tool call presence mismatch at step ${s}` };
        if (o.tool_calls && r.tool_calls) {
            if (o.tool_calls.length !== r.tool_calls.length)
                return {
                    ok: false,
                    comment: `Tool call count mismatch at step ${s}: expected ${r.tool_calls.length} but got ${o.tool_calls.length}`,
                };
            const seen = new Array(r.tool_calls.length).fill(false);
            for (const oc of o.tool_calls) {
                let found = false;
                for (let i = 0; i < r.tool_calls.length; i++) {
                    if (!seen[i] && oc.name === r.tool_calls[i].name && matcherFor(oc.name, mode, overrides)(oc.args, r.tool_calls[i].args)) {
                        seen[i] = true;
                        found = true;
                        break;
                    }
                }
                if (!found)
                    return {
                        ok: false,
                        comment: `Tool call mismatch at step ${s}: no matching tool call found for ${oc.name} with arguments ${JSON.stringify(oc.args)}`,
                    };
            }
        }
    }
    return { ok: true };
}
/**
 * Scores outputs against reference_outputs exactly as agentevals' trajectory match evaluator.
 * @param toolArgs tool_args_match_mode (agentevals default: exact)
 * @returns `ok` (agentevals' boolean score) and agentevals-style comment on failure.
 */
function agentevalsMatch(outputs, reference, mode, toolArgs = 'exact', overrides = {}) {
    switch (mode) {
        case 'strict':
            return strict(outputs, reference, toolArgs, overrides);
        case 'superset':
            return isSuperset(outputs, reference, toolArgs, overrides);
        case 'subset': {
            // agentevals: _is_trajectory_superset(reference_outputs, outputs, ...) — arguments swapped
            const r = isSuperset(reference, outputs, toolArgs, overrides);
            return r.ok ? r : { ok: false, comment: `Output has extra tool calls that are not in the reference: ${r.comment}` };
        }
        case 'unordered': {
            const a = isSuperset(outputs, reference, toolArgs, overrides);
            if (!a.ok)
                return a;
            const b = isSuperset(reference, outputs, toolArgs, overrides);
            return b.ok ? b : { ok: false, comment: `Output has extra tool calls: ${b.comment}` };
        }
    }
}

;// CONCATENATED MODULE: ./src/trajectory/adapters.ts
/**
 * Adapters: recorded agent runs in four formats, normalized to one {@link Step} model.
 *
 * - `openai`: Chat Completions messages (a list, or `{messages: [...]}`): assistant `tool_calls`
 *   with JSON-string `function.arguments`, `tool` messages answering by `tool_call_id`
 *   (legacy `function_call` / `function` messages too). OpenAI API reference, "Chat Completions".
 * - `langchain`: LangChain message dicts, in the three shapes LangChain writes them:
 *   `messages_to_dict` (`{type: "ai", data: {...}}`), `dumpd` (`{lc: 1, type: "constructor",
 *   id: [..., "AIMessage"], kwargs: {...}}`) and plain dicts (`{type|role: "ai", content, tool_calls:
 *   [{name, args, id}]}`).
 * - `otel`: OpenTelemetry spans following the GenAI semantic conventions: OTLP/JSON
 *   (`resourceSpans[].scopeSpans[].spans[]`, typed attribute values) or SDK console-exporter
 *   spans (a list / JSON lines of `{name, attributes: {...}}`). Each `execute_tool` span
 *   (`gen_ai.operation.name`) is a step: `gen_ai.tool.name`, `gen_ai.tool.call.arguments`,
 *   `gen_ai.tool.call.result`, `gen_ai.tool.call.id`, ordered by start time. Thoughts and the final
 *   answer come from `chat` spans' `gen_ai.output.messages` (text and reasoning parts).
 * - `react`: ReAct text logs: `Thought:` / `Action:` / `Action Input:` / `Observation:` /
 *   `Final Answer:` (LangChain's ReAct prompt), and the paper's numbered form
 *   (`Thought 1:` / `Act 1: Search[x]` / `Obs 1:` / `Finish[answer]`). A non-JSON-object
 *   action input becomes `{input: "<text>"}`.
 */



const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Text of a message content: a string, or the text parts of a content-part list. */
function contentText(c) {
    if (typeof c === 'string')
        return c;
    if (Array.isArray(c)) {
        return c
            .map((p) => typeof p === 'string'
            ? p
            : isObj(p) && typeof p.text === 'string'
                ? p.text
                : isObj(p) && typeof p.content === 'string' && (p.type === 'text' || p.type === 'reasoning')
                    ? p.content
                    : '')
            .filter(Boolean)
            .join('\n');
    }
    return '';
}
function parseArgs(raw, file, field) {
    if (raw === undefined || raw === null || raw === '')
        return {};
    if (isObj(raw))
        return raw;
    if (typeof raw === 'string') {
        let v;
        try {
            v = JSON.parse(raw);
        }
        catch {
            throw new errors/* InputError */.dz(file, field, 'tool arguments as a JSON object string', { found: JSON.stringify(raw.slice(0, 60)) });
        }
        if (isObj(v))
            return v;
        throw new errors/* InputError */.dz(file, field, 'tool arguments as a JSON object', { found: typeof v });
    }
    throw new errors/* InputError */.dz(file, field, 'tool arguments as a JSON object or JSON string', { found: Array.isArray(raw) ? 'array' : typeof raw });
}
function normRole(r) {
    const s = String(r ?? '').toLowerCase();
    if (s === 'ai' || s === 'aimessage' || s === 'aimessagechunk' || s === 'assistant')
        return 'assistant';
    if (s === 'human' || s === 'humanmessage' || s === 'user')
        return 'user';
    if (s === 'tool' || s === 'toolmessage')
        return 'tool';
    if (s === 'system' || s === 'systemmessage' || s === 'developer')
        return 'system';
    if (s === 'function' || s === 'functionmessage')
        return 'function';
    return s;
}
/** OpenAI Chat Completions message → RawMessage. */
function fromOpenAI(m, file, i) {
    if (!isObj(m) || typeof m.role !== 'string')
        throw new errors/* InputError */.dz(file, `messages[${i}]`, 'a chat message with a string role');
    const calls = [];
    if (Array.isArray(m.tool_calls)) {
        m.tool_calls.forEach((tc, j) => {
            const f = isObj(tc) && isObj(tc.function) ? tc.function : isObj(tc) ? tc : undefined;
            const name = f?.name;
            if (typeof name !== 'string')
                throw new errors/* InputError */.dz(file, `messages[${i}].tool_calls[${j}].function.name`, 'a tool name');
            const args = f && 'arguments' in f ? f.arguments : f?.args;
            calls.push({
                name,
                args: parseArgs(args, file, `messages[${i}].tool_calls[${j}].function.arguments`),
                id: isObj(tc) && typeof tc.id === 'string' ? tc.id : undefined,
            });
        });
    }
    else if (isObj(m.function_call)) {
        const name = m.function_call.name;
        if (typeof name !== 'string')
            throw new errors/* InputError */.dz(file, `messages[${i}].function_call.name`, 'a function name');
        calls.push({ name, args: parseArgs(m.function_call.arguments, file, `messages[${i}].function_call.arguments`) });
    }
    return {
        role: normRole(m.role),
        text: contentText(m.content),
        calls,
        tool_call_id: typeof m.tool_call_id === 'string' ? m.tool_call_id : undefined,
        name: typeof m.name === 'string' ? m.name : undefined,
        toolCallsKey: Array.isArray(m.tool_calls),
    };
}
/** LangChain message dict (messages_to_dict, dumpd, or plain) → RawMessage. */
function fromLangChain(m, file, i) {
    if (!isObj(m))
        throw new errors/* InputError */.dz(file, `messages[${i}]`, 'a LangChain message dict');
    let type;
    let d;
    if (m.lc === 1 && Array.isArray(m.id) && isObj(m.kwargs)) {
        type = m.id[m.id.length - 1];
        d = m.kwargs;
    }
    else if (isObj(m.data) && typeof m.type === 'string') {
        type = m.type;
        d = m.data;
    }
    else {
        type = m.type ?? m.role;
        d = m;
    }
    const role = normRole(type);
    if (!['assistant', 'user', 'tool', 'system', 'function'].includes(role))
        throw new errors/* InputError */.dz(file, `messages[${i}].type`, 'a LangChain message type (ai, human, tool, system)', { found: String(type) });
    const calls = [];
    if (Array.isArray(d.tool_calls) && d.tool_calls.length) {
        d.tool_calls.forEach((tc, j) => {
            if (!isObj(tc) || typeof tc.name !== 'string')
                throw new errors/* InputError */.dz(file, `messages[${i}].tool_calls[${j}].name`, 'a tool name');
            calls.push({
                name: tc.name,
                args: parseArgs(tc.args, file, `messages[${i}].tool_calls[${j}].args`),
                id: typeof tc.id === 'string' ? tc.id : undefined,
            });
        });
    }
    else if (isObj(d.additional_kwargs) && Array.isArray(d.additional_kwargs.tool_calls)) {
        const o = fromOpenAI({ role: 'assistant', tool_calls: d.additional_kwargs.tool_calls }, file, i);
        calls.push(...o.calls);
    }
    return {
        role,
        text: contentText(d.content),
        calls,
        tool_call_id: typeof d.tool_call_id === 'string' ? d.tool_call_id : undefined,
        name: typeof d.name === 'string' ? d.name : undefined,
    };
}
/** Walks normalized messages into steps, final answer, input and the compat message view. */
function walk(msgs, file, format) {
    const steps = [];
    const byId = new Map();
    let final_answer;
    let input;
    const messages = [];
    for (const m of msgs) {
        messages.push({
            role: m.role,
            content: m.text,
            tool_calls: m.calls.length ? m.calls.map((c) => ({ name: c.name, args: c.args })) : m.toolCallsKey ? [] : null,
        });
        if (m.role === 'user' && input === undefined)
            input = m.text;
        if (m.role === 'assistant') {
            if (m.calls.length) {
                for (const c of m.calls) {
                    const s = { action: c.name, action_input: c.args };
                    if (m.text)
                        s.thought = m.text;
                    if (c.id) {
                        s.id = c.id;
                        byId.set(c.id, s);
                    }
                    steps.push(s);
                }
                final_answer = undefined;
            }
            else if (m.text)
                final_answer = m.text;
        }
        else if (m.role === 'tool' || m.role === 'function') {
            const s = (m.tool_call_id && byId.get(m.tool_call_id)) ||
                steps.find((x) => x.observation === undefined && (m.role !== 'function' || x.action === m.name));
            if (s)
                s.observation = m.text;
        }
    }
    return { file, format, steps, final_answer, input, messages };
}
/** OTLP/JSON AnyValue → plain JSON value. */
function anyValue(v) {
    if (!isObj(v))
        return v;
    if ('stringValue' in v)
        return v.stringValue;
    if ('boolValue' in v)
        return v.boolValue;
    if ('intValue' in v)
        return Number(v.intValue);
    if ('doubleValue' in v)
        return Number(v.doubleValue);
    if ('arrayValue' in v)
        return isObj(v.arrayValue) && Array.isArray(v.arrayValue.values) ? v.arrayValue.values.map(anyValue) : [];
    if ('kvlistValue' in v)
        return isObj(v.kvlistValue) && Array.isArray(v.kvlistValue.values) ? attrList(v.kvlistValue.values) : {};
    if ('bytesValue' in v)
        return v.bytesValue;
    return undefined;
}
function attrList(list) {
    const out = {};
    for (const kv of list)
        if (isObj(kv) && typeof kv.key === 'string')
            setOwn(out, kv.key, anyValue(kv.value));
    return out;
}
function startOf(s) {
    const n = s.startTimeUnixNano ?? s.start_time_unix_nano;
    if (typeof n === 'string' && /^\d+$/.test(n))
        return BigInt(n);
    if (typeof n === 'number')
        return BigInt(Math.trunc(n));
    const iso = s.start_time ?? s.startTime;
    if (typeof iso === 'string') {
        const t = Date.parse(iso);
        if (!Number.isNaN(t)) {
            const frac = /\.(\d+)/.exec(iso)?.[1] ?? '';
            return BigInt(t) * 1000000n + BigInt((frac + '000000000').slice(3, 9));
        }
    }
    return 0n;
}
function collectSpans(doc, file) {
    const raw = [];
    if (isObj(doc) && Array.isArray(doc.resourceSpans)) {
        for (const rs of doc.resourceSpans) {
            const scopes = isObj(rs) ? (rs.scopeSpans ?? rs.instrumentationLibrarySpans) : undefined;
            if (!Array.isArray(scopes))
                continue;
            for (const ss of scopes)
                if (isObj(ss) && Array.isArray(ss.spans))
                    for (const sp of ss.spans)
                        if (isObj(sp))
                            raw.push(sp);
        }
    }
    else if (Array.isArray(doc))
        for (const sp of doc)
            if (isObj(sp))
                raw.push(sp);
            else if (isObj(doc) && Array.isArray(doc.spans))
                for (const sp of doc.spans)
                    if (isObj(sp))
                        raw.push(sp);
    if (!raw.length)
        throw new errors/* InputError */.dz(file, 'resourceSpans', 'OpenTelemetry spans (OTLP/JSON resourceSpans, or a list of spans)');
    return raw.map((s, order) => ({
        name: typeof s.name === 'string' ? s.name : '',
        start: startOf(s),
        order,
        attrs: Array.isArray(s.attributes) ? attrList(s.attributes) : isObj(s.attributes) ? s.attributes : {},
    }));
}
function jsonAttr(v) {
    if (typeof v !== 'string')
        return v;
    try {
        return JSON.parse(v);
    }
    catch {
        return undefined;
    }
}
/** OpenTelemetry GenAI spans → trajectory. */
function fromOtel(doc, file) {
    const spans = collectSpans(doc, file).sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.order - b.order));
    const thoughtById = new Map();
    const groupById = new Map();
    let final_answer;
    let input;
    const steps = [];
    const stepGroup = [];
    let group = 0;
    for (const sp of spans) {
        const op = sp.attrs['gen_ai.operation.name'] ?? (/^(gen_ai\.)?execute_tool\b/.test(sp.name) ? 'execute_tool' : sp.name.split(' ')[0]);
        if (op === 'chat' || op === 'text_completion' || op === 'generate_content') {
            group++;
            if (input === undefined) {
                const ins = jsonAttr(sp.attrs['gen_ai.input.messages']);
                if (Array.isArray(ins)) {
                    const u = ins.find((m) => isObj(m) && m.role === 'user');
                    if (isObj(u))
                        input = contentText(u.parts ?? u.content);
                }
            }
            const outs = jsonAttr(sp.attrs['gen_ai.output.messages']);
            if (Array.isArray(outs)) {
                for (const m of outs) {
                    if (!isObj(m) || !Array.isArray(m.parts))
                        continue;
                    const text = contentText(m.parts);
                    const callIds = m.parts
                        .filter((p) => isObj(p) && p.type === 'tool_call' && typeof p.id === 'string')
                        .map((p) => p.id);
                    for (const id of callIds) {
                        if (text)
                            thoughtById.set(id, text);
                        groupById.set(id, group);
                    }
                    if (!callIds.length && text)
                        final_answer = text;
                    else if (callIds.length)
                        final_answer = undefined;
                }
            }
            continue;
        }
        if (op !== 'execute_tool')
            continue;
        const name = sp.attrs['gen_ai.tool.name'] ?? /^(?:gen_ai\.)?execute_tool (.+)$/.exec(sp.name)?.[1];
        if (typeof name !== 'string' || !name)
            throw new errors/* InputError */.dz(file, `span "${sp.name}": gen_ai.tool.name`, 'the tool name of an execute_tool span');
        const s = {
            action: name,
            action_input: parseArgs(sp.attrs['gen_ai.tool.call.arguments'], file, `span "${sp.name}": gen_ai.tool.call.arguments`),
        };
        const id = sp.attrs['gen_ai.tool.call.id'];
        if (typeof id === 'string') {
            s.id = id;
            const t = thoughtById.get(id);
            if (t)
                s.thought = t;
        }
        const result = sp.attrs['gen_ai.tool.call.result'];
        if (result !== undefined)
            s.observation = result;
        steps.push(s);
        stepGroup.push(typeof id === 'string' && groupById.has(id) ? groupById.get(id) : -steps.length);
    }
    // compat message view: one assistant message per model turn, each call followed by its tool message
    const messages = [];
    if (input !== undefined)
        messages.push({ role: 'user', content: input, tool_calls: null });
    for (let i = 0; i < steps.length;) {
        let j = i;
        while (j < steps.length && stepGroup[j] === stepGroup[i])
            j++;
        const turn = steps.slice(i, j);
        messages.push({
            role: 'assistant',
            content: turn[0].thought ?? '',
            tool_calls: turn.map((s) => ({ name: s.action, args: s.action_input })),
        });
        for (const s of turn)
            messages.push({
                role: 'tool',
                content: typeof s.observation === 'string' ? s.observation : JSON.stringify(s.observation ?? ''),
                tool_calls: null,
            });
        i = j;
    }
    if (final_answer !== undefined)
        messages.push({ role: 'assistant', content: final_answer, tool_calls: null });
    return { file, format: 'otel', steps, final_answer, input, messages };
}
// ---------------------------------------------------------------- ReAct text
const REACT_LINE = /^\s*(question|thought|action input|action|act|observation|obs|final answer)(?:\s+\d+)?\s*:\s?(.*)$/i;
/** ReAct text log → trajectory. */
function fromReact(text, file) {
    const blocks = [];
    const lead = [];
    text.split(/\r?\n/).forEach((line, i) => {
        // LangChain AgentExecutor verbose framing lines
        if (/^\s*> (Entering new .* chain\.\.\.|Finished chain\.)\s*$/.test(line))
            return;
        const m = REACT_LINE.exec(line);
        if (m)
            blocks.push({ key: m[1].toLowerCase(), value: m[2], line: i + 1 });
        else if (blocks.length)
            blocks[blocks.length - 1].value += '\n' + line;
        else if (line.trim())
            lead.push(line.trim());
    });
    // the verbose AgentExecutor log prints the first thought without its "Thought:" prefix
    if (lead.length && blocks.length && blocks[0].key !== 'question' && blocks[0].key !== 'thought')
        blocks.unshift({ key: 'thought', value: lead.join('\n'), line: 1 });
    if (!blocks.some((b) => b.key === 'action' || b.key === 'act' || b.key === 'final answer')) {
        throw new errors/* InputError */.dz(file, undefined, 'a ReAct log with Action: / Action Input: / Observation: lines (or OpenAI, LangChain or OpenTelemetry JSON)');
    }
    const steps = [];
    let thought;
    let input;
    let final_answer;
    let cur;
    for (const b of blocks) {
        const v = b.value.trim();
        switch (b.key) {
            case 'question':
                input ??= v;
                break;
            case 'thought':
                thought = thought ? `${thought}\n${v}` : v;
                break;
            case 'action':
            case 'act': {
                const bracket = /^([^[\]\s]+)\[([\s\S]*)\]$/.exec(v);
                const name = bracket ? bracket[1] : v.replace(/^`+|`+$/g, '');
                if (!name)
                    throw new errors/* InputError */.dz(file, `line ${b.line}: Action`, 'a tool name');
                if (/^finish$/i.test(name) && bracket) {
                    final_answer = bracket[2].trim();
                    cur = undefined;
                    thought = undefined;
                    break;
                }
                cur = { action: name, action_input: bracket ? { input: bracket[2].trim() } : {} };
                if (thought !== undefined)
                    cur.thought = thought;
                thought = undefined;
                steps.push(cur);
                break;
            }
            case 'action input': {
                if (!cur)
                    throw new errors/* InputError */.dz(file, `line ${b.line}: Action Input`, 'an Action: line before Action Input:');
                const body = v.replace(/^```(?:json)?\s*|\s*```$/g, '');
                let parsed;
                try {
                    parsed = JSON.parse(body);
                }
                catch {
                    parsed = undefined;
                }
                cur.action_input = isObj(parsed) ? parsed : { input: typeof parsed === 'string' ? parsed : body };
                break;
            }
            case 'observation':
            case 'obs':
                if (!cur)
                    throw new errors/* InputError */.dz(file, `line ${b.line}: Observation`, 'an Action: line before Observation:');
                cur.observation = v;
                break;
            case 'final answer':
                final_answer = v;
                thought = undefined;
                cur = undefined;
                break;
        }
    }
    const messages = [];
    if (input !== undefined)
        messages.push({ role: 'user', content: input, tool_calls: null });
    for (const s of steps) {
        messages.push({ role: 'assistant', content: s.thought ?? '', tool_calls: [{ name: s.action, args: s.action_input }] });
        messages.push({ role: 'tool', content: typeof s.observation === 'string' ? s.observation : '', tool_calls: null });
    }
    if (final_answer !== undefined)
        messages.push({ role: 'assistant', content: final_answer, tool_calls: null });
    return { file, format: 'react', steps, final_answer, input, messages };
}
// ---------------------------------------------------------------- detection
function messageList(doc) {
    if (Array.isArray(doc))
        return doc;
    if (isObj(doc) && Array.isArray(doc.messages))
        return doc.messages;
    return undefined;
}
function looksLangChain(list) {
    return list.some((m) => isObj(m) &&
        ((m.lc === 1 && isObj(m.kwargs)) ||
            (typeof m.type === 'string' && ['ai', 'human', 'tool', 'system', 'AIMessage', 'HumanMessage', 'ToolMessage'].includes(m.type)) ||
            m.role === 'ai' ||
            m.role === 'human'));
}
function looksOtel(doc) {
    if (isObj(doc) && (Array.isArray(doc.resourceSpans) || Array.isArray(doc.spans)))
        return true;
    return (Array.isArray(doc) &&
        doc.length > 0 &&
        doc.every((s) => isObj(s) && 'attributes' in s && ('name' in s || 'context' in s || 'spanId' in s)));
}
/** Deepest JSON nesting accepted in a recorded trajectory's values (the matchers recurse over them). */
const MAX_JSON_DEPTH = 256;
/**
 * Throws when a JSON value nests deeper than {@link MAX_JSON_DEPTH} (checked without recursion).
 * @throws InputError naming the file and field.
 */
function checkDepth(value, file, field, max = MAX_JSON_DEPTH) {
    const stack = [[value, 0]];
    while (stack.length) {
        const [v, d] = stack.pop();
        if (typeof v !== 'object' || v === null)
            continue;
        if (d >= max)
            throw new errors/* InputError */.dz(file, field, `values nested at most ${max} levels deep`);
        for (const x of Array.isArray(v) ? v : Object.values(v))
            if (typeof x === 'object' && x !== null)
                stack.push([x, d + 1]);
    }
}
/** {@link parseTrajectory} before the depth check. */
function parseUnchecked(text, file, format) {
    const ext = (0,external_node_path_.extname)(file).toLowerCase();
    if (format === 'react' || (format === 'auto' && ['.txt', '.log', '.md'].includes(ext)))
        return fromReact(text, file);
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        // JSON lines of spans (console exporter), else a ReAct log
        const lines = text.split(/\r?\n/).filter((l) => l.trim());
        if (format !== 'auto' && format !== 'otel')
            throw new errors/* InputError */.dz(file, undefined, `${format} trajectory as JSON`, { found: e.message });
        let spans;
        try {
            spans = lines.map((l) => JSON.parse(l));
        }
        catch {
            /* not JSON lines */
        }
        if (spans && looksOtel(spans)) {
            checkDepth(spans, file, '(document)', 4 * MAX_JSON_DEPTH);
            return fromOtel(spans, file);
        }
        if (format === 'otel')
            throw new errors/* InputError */.dz(file, undefined, 'OpenTelemetry spans as JSON or JSON lines', { found: e.message });
        return fromReact(text, file);
    }
    // the adapters recurse over the document (OTLP AnyValue): bound its depth before walking it
    checkDepth(doc, file, '(document)', 4 * MAX_JSON_DEPTH);
    if (format === 'otel' || (format === 'auto' && looksOtel(doc)))
        return fromOtel(doc, file);
    const list = messageList(doc);
    if (!list)
        throw new errors/* InputError */.dz(file, undefined, 'a trajectory: a list of chat messages, {messages: [...]}, OpenTelemetry spans, or a ReAct log');
    if (format === 'langchain' || (format === 'auto' && looksLangChain(list)))
        return walk(list.map((m, i) => fromLangChain(m, file, i)), file, 'langchain');
    return walk(list.map((m, i) => fromOpenAI(m, file, i)), file, 'openai');
}
/**
 * Normalizes a recorded trajectory (file contents) into steps.
 * @param format `auto` detects: OTLP/JSON or span lists → otel; message lists with LangChain
 *   types (`ai`, `human`, `lc: 1`) → langchain; other message lists → openai; text that is not
 *   JSON (or a `.txt`/`.log`/`.md` file) → react.
 * @throws InputError naming the file and field when the input fits no format or is malformed, or
 *   when a tool call's arguments or result nest deeper than {@link MAX_JSON_DEPTH}.
 */
function parseTrajectory(text, file, format = 'auto') {
    const t = parseUnchecked(text, file, format);
    t.steps.forEach((s, i) => {
        checkDepth(s.action_input, file, `steps[${i}] (${s.action}): arguments`);
        checkDepth(s.observation, file, `steps[${i}] (${s.action}): result`);
    });
    return t;
}

;// CONCATENATED MODULE: ./src/trajectory/assign.ts
/**
 * Assignment algorithms for step matching (never greedy first-fit):
 * - {@link maxBipartiteMatching}: maximum-cardinality bipartite matching by augmenting paths
 *   (Kuhn 1955; unit-capacity max-flow, Ford–Fulkerson). Rows are tried in priority order and an
 *   augmenting path never unmatches a matched vertex, so the matching is maximum overall and also
 *   maximum on every prefix of rows (required golden steps first, then optional ones).
 * - {@link alignRepeats}: minimum-cost ordered alignment of golden steps with repeat counts against
 *   actual steps (edit-distance dynamic programming, Wagner–Fischer 1974, over golden steps and the
 *   number of actual steps each has taken so far), used by the strict and in_order modes. The
 *   repeats are never expanded into copies: work is O(n × Σ states), memory O(n × steps).
 * - {@link alignSequence}: the same alignment over explicit rows (one per golden step copy), kept
 *   as the reference the repeat-aware alignment is tested against.
 */
/**
 * Maximum bipartite matching.
 * @param rows number of left vertices, tried in index order (put higher-priority rows first)
 * @param cols number of right vertices
 * @param adj adj(r) lists the columns row r may take (in preference order)
 * @param group rows with the same group have the same adjacency (copies of one golden step): once one
 *   fails to augment, the others are not tried. Exact: a row without an augmenting path never gets
 *   one later in Kuhn's algorithm, and an identical unmatched row has the same paths.
 * @returns rowToCol (-1 when unmatched) and colToRow (-1 when unmatched)
 */
function maxBipartiteMatching(rows, cols, adj, group) {
    const rowToCol = new Int32Array(rows).fill(-1);
    const colToRow = new Int32Array(cols).fill(-1);
    const seen = new Int32Array(cols).fill(-1);
    const lists = [];
    for (let r = 0; r < rows; r++)
        lists.push(adj(r));
    // iterative DFS for the augmenting path from row `root`
    const tryAugment = (root) => {
        const stackRow = [root];
        const stackIdx = [0];
        const via = []; // column taken at each depth
        while (stackRow.length) {
            const d = stackRow.length - 1;
            const r = stackRow[d];
            const list = lists[r];
            let advanced = false;
            while (stackIdx[d] < list.length) {
                const c = list[stackIdx[d]++];
                if (seen[c] === root)
                    continue;
                seen[c] = root;
                if (colToRow[c] === -1) {
                    // augment along the path
                    via[d] = c;
                    for (let k = d; k >= 0; k--) {
                        const rr = stackRow[k];
                        const cc = via[k];
                        rowToCol[rr] = cc;
                        colToRow[cc] = rr;
                    }
                    return true;
                }
                via[d] = c;
                stackRow.push(colToRow[c]);
                stackIdx.push(0);
                advanced = true;
                break;
            }
            if (!advanced) {
                stackRow.pop();
                stackIdx.pop();
            }
        }
        return false;
    };
    const failed = new Set();
    for (let r = 0; r < rows; r++) {
        if (!lists[r].length)
            continue;
        const g = group?.(r);
        if (g !== undefined && failed.has(g))
            continue;
        if (!tryAugment(r) && g !== undefined)
            failed.add(g);
    }
    return { rowToCol, colToRow };
}
/**
 * Minimum-cost ordered alignment of rows (golden step copies) against columns (actual steps).
 * A pair costs 0 when `pair(r, c)` is 0, `substituteCost` when it is 1 (same tool, other
 * arguments), and is impossible when it is 2. Skipping row r costs `rowSkip[r]`; skipping a column
 * costs `colSkip`. Ties prefer match, then substitute, then skipping a row.
 * @returns the total cost and the operations in order.
 */
function alignSequence(rows, cols, pair, rowSkip, colSkip, substituteCost = 1) {
    const W = cols + 1;
    const D = new Float64Array((rows + 1) * W);
    const B = new Uint8Array((rows + 1) * W); // 1 diag-match 2 diag-sub 3 up (skip row) 4 left (skip col)
    for (let j = 1; j <= cols; j++) {
        D[j] = D[j - 1] + colSkip;
        B[j] = 4;
    }
    for (let i = 1; i <= rows; i++) {
        D[i * W] = D[(i - 1) * W] + rowSkip[i - 1];
        B[i * W] = 3;
        for (let j = 1; j <= cols; j++) {
            let best = D[(i - 1) * W + j] + rowSkip[i - 1];
            let how = 3;
            const p = pair(i - 1, j - 1);
            if (p !== 2) {
                const d = D[(i - 1) * W + j - 1] + (p === 0 ? 0 : substituteCost);
                if (d <= best) {
                    best = d;
                    how = p === 0 ? 1 : 2;
                }
            }
            const l = D[i * W + j - 1] + colSkip;
            if (l < best) {
                best = l;
                how = 4;
            }
            D[i * W + j] = best;
            B[i * W + j] = how;
        }
    }
    const ops = [];
    let i = rows;
    let j = cols;
    while (i > 0 || j > 0) {
        const how = B[i * W + j];
        if (how === 1)
            ops.push({ op: 'match', row: --i, col: --j });
        else if (how === 2)
            ops.push({ op: 'substitute', row: --i, col: --j });
        else if (how === 3)
            ops.push({ op: 'skip_row', row: --i });
        else
            ops.push({ op: 'skip_col', col: --j });
    }
    ops.reverse();
    return { cost: D[rows * W + cols], ops };
}
/**
 * Work of {@link alignRepeats} in DP cells: Σ over golden steps of (states + 1) × (cols + 1), where a
 * step has min(max, cols) + 1 count states, or min(min, cols) + 1 when its maximum cannot bind.
 */
function alignRepeatsWork(rows, cols) {
    let w = 0;
    for (const r of rows)
        w += (repeatStates({ min: Math.min(r.min, cols + 1), max: r.max }, cols) + 1) * (cols + 1);
    return w;
}
function repeatStates(r, cols) {
    const cap = Math.max(r.min, Math.min(r.max, cols));
    return cap >= cols ? Math.min(r.min, cols) + 1 : cap + 1;
}
const INF = 0x3fffffff;
/**
 * Minimum-cost ordered alignment of golden steps with repeat counts (rows) against actual steps
 * (columns), equal in cost to {@link alignSequence} over the rows expanded into copies (required
 * copies first, each costing 1 when left unmatched; optional copies free), without expanding them.
 *
 * A golden step that takes u actual steps, s of them substitutions, costs s + max(0, min - u), with
 * u at most max; each actual step left to no golden step costs `colSkip`. State: (golden step g,
 * actual steps consumed j, steps taken by g so far u). When max cannot bind (max ≥ cols) the counts
 * from min up merge into one state, so an unbounded repeat costs min + 1 states, not cols.
 * Ties prefer taking an actual step (match, then substitution) over leaving it, as alignSequence.
 *
 * @param pair pair(g, c): 0 match, 1 same tool other fields, 2 impossible
 * @param opts.exact false: never replay alignSequence's traceback (tests of the general traceback)
 * @returns the total cost and, per golden step, the actual steps it took.
 */
function alignRepeats(rowsIn, cols, pair, colSkip, substituteCost = 1, opts = {}) {
    // a minimum above cols can never be met: lowering it to cols + 1 shifts the step's cost by a constant
    // for every alignment, so the optimum is the same and costs stay small integers
    const rows = rowsIn.map((r) => ({ min: Math.min(r.min, cols + 1), max: r.max }));
    const G = rows.length;
    const W = cols + 1;
    // D[g][j]: best cost of golden steps 0..g-1 against actual steps 0..j-1 (layer 0: no golden step)
    const layers = [];
    const first = new Int32Array(W);
    for (let j = 0; j < W; j++)
        first[j] = Math.min(INF, j * colSkip);
    layers.push(first);
    for (let g = 0; g < G; g++)
        layers.push(stepLayer(g, rows[g], layers[g], cols, pair, colSkip, substituteCost).out);
    const steps = rows.map(() => ({ taken: [] }));
    let j = cols;
    for (let g = G - 1; g >= 0; g--) {
        const exact = opts.exact === false ? undefined : exactTraceback(g, rowsIn[g], layers[g], layers[g + 1][j], j, cols, pair, colSkip, substituteCost);
        if (exact) {
            steps[g].taken = exact.taken;
            j = exact.j;
            continue;
        }
        const { E, S, absorbing } = stepLayer(g, rows[g], layers[g], cols, pair, colSkip, substituteCost, j);
        const miss = (i) => Math.max(0, rows[g].min - i);
        const target = layers[g + 1][j];
        // the state golden step g ends in at column j, with alignSequence's preferences read backwards:
        // g takes actual step j - 1 (most steps taken first), else g ends before j (leaving the step), else
        // actual step j - 1 is left to no golden step
        const p = j > 0 ? pair(g, j - 1) : 2;
        const w = p === 0 ? 0 : p === 1 ? substituteCost : INF;
        const consumes = (i) => w < INF &&
            ((i > 0 && E[(i - 1) * W + j - 1] + w === E[i * W + j]) || (absorbing && i === S - 1 && E[i * W + j - 1] + w === E[i * W + j]));
        const optimal = (i) => E[i * W + j] + miss(i) === target;
        let i = -1;
        for (let k = S - 1; k >= 0 && i < 0; k--)
            if (optimal(k) && consumes(k))
                i = k;
        if (i < 0 && optimal(0) && layers[g][j] === E[j])
            i = 0;
        for (let k = 0; k < S && i < 0; k++)
            if (optimal(k))
                i = k;
        const taken = [];
        for (;;) {
            const here = E[i * W + j];
            if (j > 0) {
                const p = pair(g, j - 1);
                const w = p === 0 ? 0 : p === 1 ? substituteCost : INF;
                if (w < INF) {
                    if (absorbing && i === S - 1 && E[i * W + j - 1] + w === here) {
                        taken.push({ col: j - 1, sub: p === 1, required: false });
                        j--;
                        continue;
                    }
                    if (i > 0 && E[(i - 1) * W + j - 1] + w === here) {
                        taken.push({ col: j - 1, sub: p === 1, required: false });
                        i--;
                        j--;
                        continue;
                    }
                }
            }
            if (i === 0 && layers[g][j] === here)
                break; // leave the step: golden steps before g end at column j
            // leave actual step j - 1 to no golden step
            j--;
        }
        taken.reverse();
        // copies take actual steps in order: the first min copies are the required ones
        taken.forEach((t, k) => (t.required = k < rows[g].min));
        steps[g].taken = taken;
    }
    let shift = 0;
    for (let g = 0; g < G; g++)
        shift += rowsIn[g].min - rows[g].min;
    return { cost: layers[G][cols] + shift, steps };
}
/** Golden steps with at most this many copies, and copies x columns, are traced back exactly as alignSequence would. */
const EXACT_COPIES = 1_000;
const EXACT_CELLS = 2_000_000;
/**
 * The traceback of {@link alignSequence} over golden step g's copies, replayed without the expanded
 * table: the cost of the first k + 1 copies against columns 0..j-1 is min over u of E[u][j] +
 * max(0, min(min, k + 1) - u), with E[u][j] the best cost with g taking exactly u columns. Each cell
 * then makes alignSequence's choice (match or substitution, else skipping the copy, else skipping the
 * column only when strictly better), so the assignment is the expanded algorithm's, ties included.
 * Used when the step is small enough (at most EXACT_COPIES copies, EXACT_CELLS cells); undefined otherwise.
 */
function exactTraceback(g, row, prev, target, jEnd, cols, pair, colSkip, substituteCost) {
    const C = Math.max(row.min, Math.min(row.max, cols));
    const U = Math.min(C, jEnd);
    const W = jEnd + 1;
    if (C > EXACT_COPIES || (U + 1) * W > EXACT_CELLS)
        return undefined;
    const val = (x) => (x >= INF ? Infinity : x);
    const w = (c) => {
        const p = pair(g, c);
        return p === 0 ? 0 : p === 1 ? substituteCost : Infinity;
    };
    // E[u][j]: columns 0..j-1, step g having taken exactly u of them
    const E = new Float64Array((U + 1) * W).fill(Infinity);
    for (let j = 0; j <= jEnd; j++) {
        E[j] = j === 0 ? val(prev[0]) : Math.min(val(prev[j]), E[j - 1] + colSkip);
        if (j === 0)
            continue;
        const wj = w(j - 1);
        for (let u = 1; u <= Math.min(U, j); u++)
            E[u * W + j] = Math.min(E[u * W + j - 1] + colSkip, E[(u - 1) * W + j - 1] + wj);
    }
    // D(k, j): copies 0..k of g against columns 0..j-1 (k = -1: golden steps before g)
    const D = (k, j) => {
        if (k < 0)
            return val(prev[j]);
        const req = Math.min(row.min, k + 1);
        let best = Infinity;
        for (let u = 0; u <= Math.min(k + 1, j, U); u++)
            best = Math.min(best, E[u * W + j] + Math.max(0, req - u));
        return best;
    };
    if (D(C - 1, jEnd) !== val(target))
        return undefined; // not the expected optimum: use the general traceback
    const taken = [];
    let k = C - 1;
    let j = jEnd;
    while (k >= 0) {
        const skip = k < row.min ? 1 : 0;
        let best = D(k - 1, j) + skip;
        let how = 'up';
        if (j > 0) {
            const wj = w(j - 1);
            if (wj !== Infinity) {
                const d = D(k - 1, j - 1) + wj;
                if (d <= best) {
                    best = d;
                    how = 'diag';
                }
            }
            if (D(k, j - 1) + colSkip < best)
                how = 'left';
        }
        if (how === 'diag') {
            taken.push({ col: j - 1, sub: pair(g, j - 1) === 1, required: k < row.min });
            k--;
            j--;
        }
        else if (how === 'up')
            k--;
        else
            j--;
    }
    taken.reverse();
    return { taken, j };
}
/** One golden step's DP table E[state][column] from the previous layer, and its output layer. */
function stepLayer(g, row, prev, cols, pair, colSkip, substituteCost, upTo = cols) {
    const W = cols + 1;
    const cap = Math.max(row.min, Math.min(row.max, cols));
    const absorbing = cap >= cols;
    const S = repeatStates(row, cols);
    const E = new Int32Array(S * W).fill(INF);
    const out = new Int32Array(W).fill(INF);
    const miss = (i) => Math.max(0, row.min - i);
    E[0] = prev[0];
    out[0] = Math.min(INF, prev[0] + miss(0));
    for (let j = 1; j <= upTo; j++) {
        const p = pair(g, j - 1);
        const w = p === 0 ? 0 : p === 1 ? substituteCost : INF;
        for (let i = 0; i < S; i++) {
            let best = E[i * W + j - 1] + colSkip;
            if (i === 0 && prev[j] < best)
                best = prev[j];
            if (w < INF) {
                if (i > 0)
                    best = Math.min(best, E[(i - 1) * W + j - 1] + w);
                if (absorbing && i === S - 1)
                    best = Math.min(best, E[i * W + j - 1] + w);
            }
            E[i * W + j] = Math.min(INF, best);
        }
        let o = INF;
        for (let i = 0; i < S; i++)
            o = Math.min(o, E[i * W + j] + miss(i));
        out[j] = Math.min(INF, o);
    }
    return { E, S, absorbing, out };
}

;// CONCATENATED MODULE: ./src/trajectory/compare.ts
/**
 * Compares a normalized trajectory with a golden under an ordering mode and reports drift per
 * golden step. Matching always reads `matcher(actual, golden)`; steps are assigned optimally
 * (maximum bipartite matching for unordered / superset / subset, minimum-cost alignment for strict /
 * in_order), never greedily.
 *
 * Ordering modes:
 * - `strict`: the actual steps are exactly the golden steps in order (with optional steps and repeats).
 * - `in_order`: the golden steps appear in the actual steps as an ordered subsequence; other actual
 *   steps between them are allowed when `allow_extra` (default) and drift otherwise.
 * - `unordered`: the same multiset of steps, any order.
 * - `superset`: every required golden step is in the actual trajectory (golden within actual); extra actual steps allowed.
 * - `subset`: every actual step is one of the golden steps (actual within golden); golden steps may be missing.
 */



/** Most golden step x actual step pairs compared (each may compare tool arguments); beyond: exit 2. */
const MAX_PAIRS = 2_000_000;
/** Most cells of the ordered alignment (strict, in_order) or copies x actual steps (other modes); beyond: exit 2. */
const MAX_ALIGN_WORK = 30_000_000;
/** Checks one actual step against one golden step: null when it matches. */
function matchStep(actual, g, volatile) {
    const a = matchValue(actual.action, g.action, '$.action');
    if (a)
        return { ...a, field: 'action' };
    const input = volatile.size ? stripKeys(actual.action_input, volatile) : actual.action_input;
    const i = matchValue(input, g.action_input, '$.action_input');
    if (i)
        return { ...i, field: 'action_input' };
    const t = matchValue(actual.thought, g.thought, '$.thought');
    if (t)
        return { ...t, field: 'thought' };
    let obs = actual.observation;
    // a tool result recorded as a JSON string is parsed when the golden expects structure
    if (typeof obs === 'string' &&
        (g.observation.kind === 'object' ||
            g.observation.kind === 'array' ||
            (g.observation.kind === 'exact' && typeof g.observation.value === 'object' && g.observation.value !== null))) {
        try {
            obs = JSON.parse(obs);
        }
        catch {
            /* leave the string: the structured matcher reports it */
        }
    }
    if (volatile.size)
        obs = stripKeys(obs, volatile);
    const o = matchValue(obs, g.observation, '$.observation');
    if (o)
        return { ...o, field: 'observation' };
    return null;
}
/**
 * Compares a trajectory with a golden.
 * @returns the per-step drift report; `match` is true only without any drift.
 */
function compareTrajectory(golden, traj) {
    const A = traj.steps;
    const G = golden.steps;
    const n = A.length;
    const mode = golden.mode;
    // pairwise verdicts: 0 match, 1 same tool other fields, 2 other tool; computed lazily
    const verdict = new Int8Array(G.length * Math.max(n, 1)).fill(-1);
    const detail = new Map();
    const pair = (gi, aj) => {
        const k = gi * n + aj;
        const v = verdict[k];
        if (v >= 0)
            return v;
        const g = G[gi];
        let r;
        if (g.actionName !== undefined && g.actionName !== A[aj].action)
            r = 2;
        else {
            const m = matchStep(A[aj], g, golden.volatileKeys);
            if (!m)
                r = 0;
            else if (m.field === 'action')
                r = 2;
            else {
                r = 1;
                detail.set(k, m);
            }
        }
        verdict[k] = r;
        return r;
    };
    // bounded work (issue 19, item 15): pairwise verdicts are G x n, the ordered alignment is
    // O(n x Σ states), the matchings O(copies x n); beyond the bounds the input is unusable (exit 2)
    const pairs = G.length * n;
    if (pairs > MAX_PAIRS)
        throw new errors/* InputError */.dz(golden.file, 'steps', `at most ${MAX_PAIRS.toLocaleString('en-US')} golden step x actual step pairs (found ${G.length} x ${n} against ${traj.file})`);
    // copies of each golden step: required first (min), then optional (up to max); never more than n,
    // since no golden step can take more than n actual steps
    const copyStep = [];
    const copyReq = [];
    const ordered = mode === 'strict' || mode === 'in_order';
    if (ordered) {
        const work = alignRepeatsWork(G, n);
        if (work > MAX_ALIGN_WORK)
            throw new errors/* InputError */.dz(golden.file, 'steps', `an ordered alignment of at most ${MAX_ALIGN_WORK.toLocaleString('en-US')} cells (golden steps with their repeat counts x actual steps; found ${work.toLocaleString('en-US')} against ${traj.file}): lower repeat.max or use mode unordered`);
    }
    else {
        for (const g of G) {
            const cap = Math.min(n, Math.max(g.min, Math.min(g.max, n)));
            for (let c = 0; c < cap; c++) {
                copyStep.push(g.index);
                copyReq.push(mode !== 'subset' && c < g.min);
            }
        }
        if (copyStep.length * Math.max(n, 1) > MAX_ALIGN_WORK)
            throw new errors/* InputError */.dz(golden.file, 'steps', `a matching of at most ${MAX_ALIGN_WORK.toLocaleString('en-US')} golden step copies x actual steps (found ${copyStep.length} x ${n} against ${traj.file}): lower repeat.max`);
    }
    const P = copyStep.length;
    const matchedBy = G.map(() => []); // actual indices per golden step
    const subst = new Map(); // golden step -> arg mismatch actual (first)
    const missingBy = new Map(); // golden step -> required copies left unmatched
    const freeActual = new Array(n).fill(true);
    const extrasAllowed = mode === 'superset' || (mode === 'in_order' && golden.allowExtra);
    if (ordered) {
        const colSkip = extrasAllowed ? 0 : 1;
        const { steps: taken } = alignRepeats(G, n, pair, colSkip);
        taken.forEach((t, gi) => {
            // required copies not matched (left out, or paired with a differing call) are missing
            const missing = Math.max(0, G[gi].min - t.taken.filter((x) => x.required && !x.sub).length);
            t.taken.forEach(({ col, sub, required }) => {
                if (!sub) {
                    matchedBy[gi].push(col);
                    freeActual[col] = false;
                }
                else if (required) {
                    // a required copy paired with the same tool and other arguments: arg mismatch
                    if (!subst.has(gi))
                        subst.set(gi, { aj: col });
                    freeActual[col] = false;
                }
                // an optional copy paired with a differing step is treated as skipped + unexpected
            });
            if (missing)
                missingBy.set(gi, missing);
        });
    }
    else {
        // unordered / superset / subset: maximum matching, required copies first
        const order = [...copyStep.keys()].sort((x, y) => Number(copyReq[y]) - Number(copyReq[x]));
        const cand = new Map();
        const candidates = (gi) => {
            let c = cand.get(gi);
            if (!c) {
                c = [];
                for (let j = 0; j < n; j++)
                    if (pair(gi, j) === 0)
                        c.push(j);
                cand.set(gi, c);
            }
            return c;
        };
        // rows of one golden step with the same requiredness are identical: one failure skips the rest
        const { rowToCol } = maxBipartiteMatching(P, n, (r) => candidates(copyStep[order[r]]), (r) => copyStep[order[r]] * 2 + Number(copyReq[order[r]]));
        for (let r = 0; r < P; r++) {
            const row = order[r];
            const c = rowToCol[r];
            if (c >= 0) {
                matchedBy[copyStep[row]].push(c);
                freeActual[c] = false;
            }
            else if (copyReq[row])
                missingBy.set(copyStep[row], (missingBy.get(copyStep[row]) ?? 0) + 1);
        }
        // a minimum above n can never be met
        if (mode !== 'subset')
            for (const g of G)
                if (g.min > n)
                    missingBy.set(g.index, (missingBy.get(g.index) ?? 0) + g.min - n);
    }
    // missing copies, in golden order, at most n per golden step (no more can be explained)
    const missingCopies = [];
    for (const [gi, k] of [...missingBy.entries()].sort((x, y) => x[0] - y[0]))
        for (let c = 0; c < Math.min(k, n); c++)
            missingCopies.push(gi);
    // explain missing copies: an out-of-order actual step that matches (order_violation), else the
    // same tool with other arguments (arg_mismatch); paired by maximum matching over free actual steps
    // (copies of one golden step share their candidate list)
    const orderViol = new Map();
    if (missingCopies.length) {
        const free = [...freeActual.keys()].filter((j) => freeActual[j]);
        const candidatesOf = (want, among) => {
            const memo = new Map();
            return (gi) => {
                let c = memo.get(gi);
                if (!c) {
                    c = [];
                    for (let fi = 0; fi < among.length; fi++)
                        if (pair(gi, among[fi]) === want)
                            c.push(fi);
                    memo.set(gi, c);
                }
                return c;
            };
        };
        if (ordered) {
            const cands = candidatesOf(0, free);
            const { rowToCol } = maxBipartiteMatching(missingCopies.length, free.length, (r) => cands(missingCopies[r]), (r) => missingCopies[r]);
            missingCopies.forEach((gi, r) => {
                const fi = rowToCol[r];
                if (fi >= 0) {
                    if (!orderViol.has(gi))
                        orderViol.set(gi, free[fi]);
                    freeActual[free[fi]] = false;
                }
            });
        }
        const free2 = [...freeActual.keys()].filter((j) => freeActual[j]);
        const pending = missingCopies.filter((gi) => !orderViol.has(gi) && !subst.has(gi));
        const cands2 = candidatesOf(1, free2);
        const { rowToCol } = maxBipartiteMatching(pending.length, free2.length, (r) => cands2(pending[r]), (r) => pending[r]);
        pending.forEach((gi, r) => {
            const fi = rowToCol[r];
            if (fi >= 0) {
                if (!subst.has(gi))
                    subst.set(gi, { aj: free2[fi] });
                freeActual[free2[fi]] = false;
            }
        });
    }
    const steps = G.map((g) => {
        const rep = {
            golden_index: g.index,
            label: g.label,
            line: g.line,
            status: 'matched',
            actual_indices: matchedBy[g.index].sort((a, b) => a - b),
            expected: { min: mode === 'subset' ? 0 : g.min, max: Number.isFinite(g.max) ? g.max : null },
        };
        if (missingBy.has(g.index)) {
            const ov = orderViol.get(g.index);
            const sb = subst.get(g.index);
            if (ov !== undefined) {
                rep.status = 'order_violation';
                rep.order_violation = { actual_index: ov };
            }
            else if (sb) {
                rep.status = 'arg_mismatch';
                const m = detail.get(g.index * n + sb.aj);
                rep.mismatch = { actual_index: sb.aj, field: m.field, path: m.path, expected: m.expected, actual: m.actual };
            }
            else
                rep.status = 'missing';
        }
        return rep;
    });
    const unexpected = [];
    const extra_steps = [];
    for (let j = 0; j < n; j++) {
        if (!freeActual[j])
            continue;
        if (extrasAllowed)
            extra_steps.push(j);
        else
            unexpected.push({ actual_index: j, action: A[j].action, action_input: A[j].action_input });
    }
    let final_answer;
    if (golden.finalAnswer) {
        const m = matchValue(traj.final_answer, golden.finalAnswer, '$.final_answer');
        final_answer = { match: !m, expected: describePattern(golden.finalAnswer), actual: traj.final_answer };
    }
    const match = steps.every((s) => s.status === 'matched') && unexpected.length === 0 && (final_answer?.match ?? true);
    return {
        id: golden.id,
        golden: golden.file,
        trajectory: traj.file,
        format: traj.format,
        mode,
        match,
        steps,
        unexpected,
        extra_steps,
        final_answer,
        actual: A.map((s) => ({ action: s.action, action_input: s.action_input })),
    };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/schema.ts
var schema = __webpack_require__(2032);
;// CONCATENATED MODULE: ./schemas/trajectory-golden.schema.json
const trajectory_golden_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/mc-actions/mc-actions/schemas/trajectory-golden.schema.json","title":"Trajectory golden (mc trajectory-golden)","description":"An expected agent trajectory: the Reason/Act/Observe steps a recorded run must show. Field values are literal JSON (RFC 8785 canonical equality) or one-key $-matchers.","type":"object","required":["id","steps"],"additionalProperties":false,"properties":{"$schema":{"type":"string","description":"the JSON Schema of this file, for editors (ignored by the gate)"},"id":{"type":"string","minLength":1,"description":"golden id; in directory mode the recorded trajectory is <id>.* in the trajectory directory unless `trajectory` names it"},"description":{"type":"string"},"input":{"description":"the task given to the agent (informational; not compared)"},"trajectory":{"type":"string","minLength":1,"description":"the recorded trajectory file, relative to the trajectory directory"},"format":{"enum":["auto","openai","langchain","otel","react"],"description":"input format of the recorded trajectory (default auto)"},"mode":{"enum":["strict","in_order","unordered","superset","subset"],"description":"ordering mode (default strict)"},"allow_extra":{"type":"boolean","description":"in_order only: actual steps between golden steps are allowed (default true)"},"tool_args":{"$ref":"#/$defs/toolArgs","description":"default comparison of action_input (default exact)"},"tool_args_overrides":{"type":"object","description":"per tool name: a tool-args mode, or a list of dotted key paths compared for equality (other keys ignored), as agentevals\' tool_args_match_overrides; --tool-args-override wins tool by tool","additionalProperties":{"anyOf":[{"$ref":"#/$defs/toolArgs"},{"type":"array","items":{"type":"string"}}]}},"defaults":{"type":"object","additionalProperties":false,"description":"matchers for step fields a step leaves out (default: ignore)","properties":{"action_input":{"$ref":"#/$defs/value"},"thought":{"$ref":"#/$defs/value"},"observation":{"$ref":"#/$defs/value"}}},"volatile_keys":{"type":"array","items":{"type":"string","minLength":1},"description":"object keys stripped at any depth from action_input and observation before matching"},"final_answer":{"$ref":"#/$defs/value"},"steps":{"type":"array","items":{"$ref":"#/$defs/step"}}},"$defs":{"toolArgs":{"enum":["exact","ignore","subset","superset"]},"step":{"type":"object","required":["action"],"additionalProperties":false,"properties":{"name":{"type":"string","description":"a label for reports"},"action":{"anyOf":[{"type":"string","minLength":1},{"$ref":"#/$defs/matcher"}]},"action_input":{"$ref":"#/$defs/value"},"thought":{"$ref":"#/$defs/value"},"observation":{"$ref":"#/$defs/value"},"tool_args":{"$ref":"#/$defs/toolArgs"},"optional":{"type":"boolean"},"repeat":{"type":"object","additionalProperties":false,"properties":{"min":{"type":"integer","minimum":0},"max":{"type":"integer","minimum":1}}}}},"value":{"if":{"type":"object","minProperties":1,"maxProperties":1,"propertyNames":{"pattern":"^\\\\$"}},"then":{"$ref":"#/$defs/matcher"}},"matcher":{"type":"object","minProperties":1,"maxProperties":1,"additionalProperties":false,"properties":{"$exact":{},"$regex":{"type":"string"},"$json_subset":{},"$numeric":{"type":"object","required":["value"],"additionalProperties":false,"properties":{"value":{"type":"number"},"abs":{"type":"number","minimum":0},"rel":{"type":"number","minimum":0}}},"$one_of":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/value"}},"$ignore":{"const":true},"$absent":{"const":true}}}}}');
;// CONCATENATED MODULE: ./src/trajectory/golden.ts
/**
 * Golden trajectories: YAML files validated against `schemas/trajectory-golden.schema.json`
 * (ajv; every error names the file and line, found by mapping ajv's instancePath to the YAML node),
 * or a recorded trajectory used directly as the reference (every step's action and action_input
 * exact, thought and observation not compared).
 */





const ORDERING_MODES = ['strict', 'in_order', 'unordered', 'superset', 'subset'];
const TOOL_ARGS_MODES = ['exact', 'ignore', 'subset', 'superset'];
/**
 * Parses one `--tool-args-override` value (`TOOL=MODE` or `TOOL=KEY.PATH,KEY.PATH...`) into
 * `overrides` (a later value for the same tool wins).
 * @param source how to name the value in errors: `--tool-args-override` or `input 'tool-args-override'`.
 * @throws UsageError naming `source` when the tool name, mode or a key path is empty or malformed.
 */
function parseToolArgsOverride(spec, source, overrides = {}) {
    const eq = spec.indexOf('=');
    const tool = eq > 0 ? spec.slice(0, eq).trim() : '';
    const value = eq > 0 ? spec.slice(eq + 1).trim() : '';
    const expected = `TOOL=MODE (${TOOL_ARGS_MODES.join(', ')}) or TOOL=KEY.PATH,... (dotted key paths compared for equality)`;
    if (!tool || !value)
        throw new errors/* UsageError */.eb(`${source}: expected ${expected}, found '${spec}'`);
    if (TOOL_ARGS_MODES.includes(value)) {
        setOwn(overrides, tool, value);
        return overrides;
    }
    const paths = value.split(',').map((p) => p.trim());
    if (paths.some((p) => !p || p.split('.').some((seg) => !seg)))
        throw new errors/* UsageError */.eb(`${source}: expected ${expected}, found '${spec}'`);
    setOwn(overrides, tool, paths);
    return overrides;
}
const isPlainObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/**
 * The `action_input` pattern of a key-path override (agentevals: every dotted path's nested value
 * equal in the call and the reference, other keys ignored): the golden's value at each path, or
 * "absent or null" where the golden lacks it or holds null.
 * @param leaf compiles the golden value found at a path (YAML goldens keep their matchers).
 */
function keyPathsPattern(golden, paths, leaf) {
    const checks = paths.map((p) => {
        const path = p.split('.');
        let v = golden;
        for (const seg of path)
            v = isPlainObj(v) && Object.prototype.hasOwnProperty.call(v, seg) ? v[seg] : undefined;
        return { path, pattern: v === undefined || v === null ? null : leaf(v, path) };
    });
    return { kind: 'key_paths', checks, label: `key paths ${paths.join(', ')}` };
}
/** schemas/trajectory-golden.schema.json, bundled (the one document, published for editors). */
const goldenSchema = trajectory_golden_schema_namespaceObject;
const IGNORE = { kind: 'ignore' };
function pathText(path) {
    return path.reduce((acc, k) => (typeof k === 'number' || /^\d+$/.test(String(k)) ? `${acc}[${k}]` : acc ? `${acc}.${k}` : String(k)), '');
}
/** Most YAML nodes a golden may expand to (aliases counted at their full size). */
const MAX_GOLDEN_NODES = 1_000_000;
const MAX_GOLDEN_DEPTH = 512;
/**
 * Counts the nodes of a YAML document with every alias expanded (memoized per anchored node, so the
 * count itself is linear in the file). @throws InputError for a recursive alias or nesting deeper than 512.
 */
function expandedNodes(doc, file, lineAt) {
    const memo = new Map();
    const active = new Set();
    const count = (n, depth) => {
        if (n === null || n === undefined)
            return 1;
        if (depth > MAX_GOLDEN_DEPTH)
            throw new errors/* InputError */.dz(file, undefined, `YAML nested at most ${MAX_GOLDEN_DEPTH} levels deep`, {
                line: lineAt(n.range?.[0] ?? 0),
            });
        if ((0,dist.isAlias)(n)) {
            const target = n.resolve(doc);
            if (!target)
                return 1; // unresolved: reported by toJS
            return count(target, depth + 1);
        }
        const known = memo.get(n);
        if (known !== undefined)
            return known;
        if (active.has(n))
            throw new errors/* InputError */.dz(file, undefined, 'no alias inside its own anchored node (a recursive alias)', {
                line: lineAt(n.range?.[0] ?? 0),
            });
        active.add(n);
        let total = 1;
        if ((0,dist.isMap)(n) || (0,dist.isSeq)(n))
            for (const item of n.items)
                total += count(item, depth + 1);
        else if ((0,dist.isPair)(n))
            total += count(n.key, depth + 1) + count(n.value, depth + 1);
        else if (!(0,dist.isScalar)(n))
            total += 0;
        active.delete(n);
        memo.set(n, total);
        return total;
    };
    return count(doc.contents, 0);
}
/**
 * Parses and validates a golden YAML text.
 * @throws InputError with file and line: YAML syntax errors, schema violations (first, deepest), bad matchers.
 */
function parseGoldenYaml(text, file, overrides = {}) {
    const lc = new dist.LineCounter();
    const doc = (0,dist.parseDocument)(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length) {
        const e = doc.errors[0];
        throw new errors/* InputError */.dz(file, undefined, 'valid YAML', { line: lc.linePos(e.pos[0]).line, found: e.message.split('\n')[0] });
    }
    const lineOf = (path) => {
        for (let n = path.length; n >= 0; n--) {
            const node = doc.getIn(path.slice(0, n), true);
            if (node && typeof node === 'object' && node.range)
                return lc.linePos(node.range[0]).line;
        }
        return undefined;
    };
    // bound the expanded document (aliases counted at their full size), not the alias count: a
    // 400 KB file aliasing a large list 999 times stays under any alias limit (issue 19, item 12)
    const size = expandedNodes(doc, file, (n) => lc.linePos(n).line);
    if (size > MAX_GOLDEN_NODES)
        throw new errors/* InputError */.dz(file, undefined, `a golden of at most ${MAX_GOLDEN_NODES.toLocaleString('en-US')} YAML nodes once aliases are expanded`, { found: size.toLocaleString('en-US') });
    let data;
    try {
        data = doc.toJS({ maxAliasCount: -1 });
    }
    catch (e) {
        // e.g. an alias before its anchor
        throw new errors/* InputError */.dz(file, undefined, 'valid YAML', { found: e.message.split('\n')[0] });
    }
    (0,schema.validateWithSchema)(goldenSchema, data, file, {
        what: 'golden',
        lineOf,
        // an unknown $-key inside a value is a misspelled matcher, not an unknown property
        expected: (e, path) => e.keyword === 'additionalProperties' && path.length > 1 && /^\$/.test(String(path[path.length - 1]))
            ? 'a matcher: $exact, $regex, $json_subset, $numeric, $one_of, $ignore or $absent'
            : e.keyword === 'minProperties' || e.keyword === 'maxProperties'
                ? 'a matcher object with exactly one $-key'
                : undefined,
    });
    const g = data;
    const volatileKeys = new Set(g.volatile_keys ?? []);
    const compile = (raw, path) => {
        try {
            return compilePattern(stripKeys(raw, volatileKeys), path);
        }
        catch (e) {
            if (e instanceof PatternError)
                throw new errors/* InputError */.dz(file, pathText(e.path), e.expected, { line: lineOf(e.path) });
            throw e;
        }
    };
    const toolArgs = overrides.toolArgs ?? g.tool_args ?? 'exact';
    const toolArgsOverrides = { ...(g.tool_args_overrides ?? {}) };
    for (const [tool, o] of Object.entries(overrides.toolArgsOverrides ?? {}))
        setOwn(toolArgsOverrides, tool, o);
    const defaults = {
        action_input: g.defaults?.action_input !== undefined ? compile(g.defaults.action_input, ['defaults', 'action_input']) : IGNORE,
        thought: g.defaults?.thought !== undefined ? compile(g.defaults.thought, ['defaults', 'thought']) : IGNORE,
        observation: g.defaults?.observation !== undefined ? compile(g.defaults.observation, ['defaults', 'observation']) : IGNORE,
    };
    const steps = g.steps.map((s, i) => {
        const p = ['steps', i];
        const action = compile(s.action, [...p, 'action']);
        const actionName = typeof s.action === 'string' ? s.action : undefined;
        const override = actionName !== undefined && Object.prototype.hasOwnProperty.call(toolArgsOverrides, actionName)
            ? toolArgsOverrides[actionName]
            : undefined;
        const mode = s.tool_args ?? (typeof override === 'string' ? override : undefined) ?? toolArgs;
        const keyPaths = s.tool_args === undefined && Array.isArray(override) ? override : undefined;
        const action_input = keyPaths && s.action_input !== undefined
            ? keyPathsPattern(stripKeys(s.action_input, volatileKeys), keyPaths, (v, at) => compile(v, [...p, 'action_input', ...at]))
            : s.action_input !== undefined
                ? withToolArgsMode(compile(s.action_input, [...p, 'action_input']), mode)
                : mode === 'ignore'
                    ? IGNORE
                    : defaults.action_input;
        const repeat = s.repeat;
        const min = repeat?.min ?? (s.optional ? 0 : 1);
        const max = repeat ? (repeat.max ?? Infinity) : Math.max(1, min);
        if (s.optional && repeat?.min)
            throw new errors/* InputError */.dz(file, pathText([...p, 'repeat', 'min']), '0 (or no optional: true) for an optional step', {
                line: lineOf([...p, 'repeat', 'min']),
            });
        if (max < min)
            throw new errors/* InputError */.dz(file, pathText([...p, 'repeat', 'max']), `a maximum ≥ the minimum ${min}`, {
                line: lineOf([...p, 'repeat', 'max']),
            });
        return {
            index: i,
            line: lineOf(p),
            label: typeof s.name === 'string' ? s.name : (actionName ?? describePattern(action)),
            action,
            actionName,
            action_input,
            thought: s.thought !== undefined ? compile(s.thought, [...p, 'thought']) : defaults.thought,
            observation: s.observation !== undefined ? compile(s.observation, [...p, 'observation']) : defaults.observation,
            min: s.optional ? 0 : min,
            max,
            raw: s,
        };
    });
    return {
        file,
        id: g.id,
        kind: 'yaml',
        mode: overrides.mode ?? g.mode ?? 'strict',
        allowExtra: g.allow_extra ?? true,
        toolArgs,
        toolArgsOverrides,
        volatileKeys,
        steps,
        finalAnswer: g.final_answer !== undefined ? compile(g.final_answer, ['final_answer']) : undefined,
        trajectory: g.trajectory,
        format: g.format,
        doc,
        lineOf,
    };
}
/**
 * Uses a recorded trajectory as the golden: each step's action and action_input exact (or per the
 * tool-args mode), thought and observation not compared, in strict order unless overridden.
 */
function goldenFromReference(ref, id, overrides = {}) {
    const toolArgs = overrides.toolArgs ?? 'exact';
    const toolArgsOverrides = { ...(overrides.toolArgsOverrides ?? {}) };
    const steps = ref.steps.map((s, i) => {
        const action = compilePattern(s.action);
        const o = Object.prototype.hasOwnProperty.call(toolArgsOverrides, s.action) ? toolArgsOverrides[s.action] : undefined;
        return {
            index: i,
            label: s.action,
            action,
            actionName: s.action,
            action_input: Array.isArray(o)
                ? keyPathsPattern(s.action_input, o, (v) => compilePattern({ $exact: v }))
                : withToolArgsMode(compilePattern({ $exact: s.action_input }), o ?? toolArgs),
            thought: IGNORE,
            observation: IGNORE,
            min: 1,
            max: 1,
            raw: { action: s.action, action_input: s.action_input },
        };
    });
    return {
        file: ref.file,
        id,
        kind: 'reference',
        mode: overrides.mode ?? 'strict',
        allowExtra: true,
        toolArgs,
        toolArgsOverrides,
        volatileKeys: new Set(),
        steps,
        reference: ref,
        lineOf: () => undefined,
    };
}

;// CONCATENATED MODULE: ./src/trajectory/run.ts
/**
 * Runs goldens against recorded trajectories: a golden file (YAML, or a recorded trajectory used as
 * the reference) or a directory of them, against a trajectory file or directory. In directory mode
 * a golden's trajectory is the file its `trajectory:` field names (relative to the trajectory
 * directory), else the one file named `<id>.*` there (a reference golden pairs with the same file name).
 */








const GOLDEN_YAML = new Set(['.yaml', '.yml']);
const TRAJ_EXT = new Set(['.json', '.jsonl', '.txt', '.log', '.md', '.ndjson']);
async function kind(abs, shown) {
    try {
        const s = await (0,promises_.stat)(abs);
        return s.isDirectory() ? 'dir' : 'file';
    }
    catch {
        throw new errors/* InputError */.dz(shown, undefined, 'an existing file or directory', { found: 'no such file' });
    }
}
async function listFiles(dir, exts) {
    const names = (await (0,promises_.readdir)(dir, { withFileTypes: true }))
        .filter((d) => d.isFile() && exts.has((0,external_node_path_.extname)(d.name).toLowerCase()))
        .map((d) => d.name);
    return names.sort(fsx/* comparePaths */.cD);
}
function display(cwd, abs) {
    const r = (0,external_node_path_.relative)(cwd, abs);
    return r && !r.startsWith('..') ? r : abs;
}
async function loadGolden(abs, shown, opts) {
    const text = await (0,fsx.readText)(abs, 'golden');
    if (GOLDEN_YAML.has((0,external_node_path_.extname)(abs).toLowerCase()))
        return { golden: parseGoldenYaml(text, shown, opts), text };
    const ref = parseTrajectory(text, shown, opts.inputFormat ?? 'auto');
    const id = (0,external_node_path_.basename)(abs).replace(/\.[^.]*$/, '');
    return { golden: goldenFromReference(ref, id, opts), text };
}
function compatReference(g, mode) {
    if (g.reference)
        return g.reference.messages;
    if (mode === 'strict')
        throw new errors/* InputError */.dz(g.file, 'mode', 'a recorded reference trajectory for --compat agentevals strict (it compares message roles; a YAML golden has none)');
    return g.steps.map((s, i) => {
        const a = s.raw.action;
        const args = s.raw.action_input ?? {};
        const literal = (v) => Array.isArray(v)
            ? v.every(literal)
            : v && typeof v === 'object'
                ? Object.entries(v).every(([k, x]) => !k.startsWith('$') && literal(x))
                : true;
        if (typeof a !== 'string' || !literal(args) || typeof args !== 'object' || Array.isArray(args)) {
            throw new errors/* InputError */.dz(g.file, `steps[${i}]`, "literal action and action_input under --compat agentevals (matchers are ours, not agentevals')", { line: s.line });
        }
        return { role: 'assistant', content: '', tool_calls: [{ name: a, args: args }] };
    });
}
function compareOne(golden, traj, opts) {
    if (opts.compat !== 'agentevals')
        return compareTrajectory(golden, traj);
    const mode = golden.mode;
    if (mode === 'in_order')
        throw new errors/* UsageError */.eb('--compat agentevals: mode in_order does not exist in agentevals (use strict, unordered, subset or superset)');
    const reference = compatReference(golden, mode);
    // agentevals' greedy search compares every output call with every reference call: bound it as ours
    const calls = (m) => m.reduce((k, x) => k + (x.tool_calls?.length ?? 0), 0);
    const pairs = calls(traj.messages) * calls(reference);
    if (pairs > MAX_PAIRS)
        throw new errors/* InputError */.dz(golden.file, 'steps', `at most ${MAX_PAIRS.toLocaleString('en-US')} reference x output tool call pairs under --compat agentevals (found ${pairs.toLocaleString('en-US')} against ${traj.file})`);
    const r = agentevalsMatch(traj.messages, reference, mode, golden.toolArgs, golden.toolArgsOverrides);
    return {
        id: golden.id,
        golden: golden.file,
        trajectory: traj.file,
        format: traj.format,
        mode,
        match: r.ok,
        steps: [],
        unexpected: [],
        extra_steps: [],
        actual: traj.steps.map((s) => ({ action: s.action, action_input: s.action_input })),
        compat: 'agentevals',
        comment: r.comment,
    };
}
/**
 * Runs every golden against its recorded trajectory.
 * @throws InputError / UsageError for unusable input (exit 2): missing files, malformed goldens or
 *   trajectories, a golden without exactly one recorded trajectory, an empty golden directory.
 */
async function runGoldens(opts) {
    const gAbs = (0,external_node_path_.resolve)(opts.cwd, opts.golden);
    const tAbs = (0,external_node_path_.resolve)(opts.cwd, opts.trajectory);
    const gKind = await kind(gAbs, opts.golden);
    const tKind = await kind(tAbs, opts.trajectory);
    if (gKind === 'dir' && tKind === 'file')
        throw new errors/* UsageError */.eb('--golden is a directory: --trajectory must be a directory too');
    const goldenFiles = gKind === 'dir' ? (await listFiles(gAbs, new Set([...GOLDEN_YAML, ...TRAJ_EXT]))).map((f) => (0,external_node_path_.join)(gAbs, f)) : [gAbs];
    if (!goldenFiles.length)
        throw new errors/* InputError */.dz(opts.golden, undefined, 'a directory holding golden files (*.yaml, *.yml, or reference *.json)', {
            found: 'none',
        });
    const trajFiles = tKind === 'dir' ? await listFiles(tAbs, TRAJ_EXT) : [];
    const pairs = [];
    for (const gf of goldenFiles) {
        const gShown = display(opts.cwd, gf);
        const { golden, text: goldenText } = await loadGolden(gf, gShown, opts);
        let tf;
        if (tKind === 'file')
            tf = tAbs;
        else if (golden.trajectory) {
            const outside = () => new errors/* InputError */.dz(gShown, 'trajectory', `a regular file inside the trajectory directory ${opts.trajectory} (no symbolic links out of it)`, { found: golden.trajectory, line: golden.lineOf(['trajectory']) });
            try {
                tf = (0,fsx/* resolveInside */.LI)(tAbs, golden.trajectory).abs;
            }
            catch {
                throw outside();
            }
            // the golden names the path: resolve symbolic links and stay inside the real directory
            let real;
            try {
                real = await (0,promises_.realpath)(tf);
            }
            catch {
                throw new errors/* InputError */.dz(gShown, 'trajectory', `an existing recorded trajectory in ${opts.trajectory}`, {
                    found: golden.trajectory,
                    line: golden.lineOf(['trajectory']),
                });
            }
            const realRoot = await (0,promises_.realpath)(tAbs);
            const rel = (0,external_node_path_.relative)(realRoot, real);
            if (!rel || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel) || !(await (0,promises_.stat)(real)).isFile())
                throw outside();
        }
        else if (golden.kind === 'reference') {
            if ((0,external_node_path_.resolve)(tAbs) === (0,external_node_path_.resolve)((0,external_node_path_.dirname)(gf)))
                throw new errors/* UsageError */.eb('reference goldens and trajectories must live in different directories');
            tf = (0,external_node_path_.join)(tAbs, (0,external_node_path_.basename)(gf));
        }
        else {
            const found = trajFiles.filter((f) => f === golden.id || f.startsWith(`${golden.id}.`));
            if (found.length !== 1) {
                throw new errors/* InputError */.dz(gShown, 'id', `exactly one recorded trajectory named ${golden.id}.* in ${opts.trajectory} (or a trajectory: field)`, { found: found.length ? found.join(', ') : 'none', line: golden.lineOf(['id']) });
            }
            tf = (0,external_node_path_.join)(tAbs, found[0]);
        }
        const tShown = display(opts.cwd, tf);
        const trajectoryText = await (0,fsx.readText)(tf, 'recorded trajectory');
        const trajectory = parseTrajectory(trajectoryText, tShown, opts.inputFormat && opts.inputFormat !== 'auto' ? opts.inputFormat : (golden.format ?? 'auto'));
        pairs.push({ golden, goldenText, goldenAbs: gf, trajectory, trajectoryText, result: compareOne(golden, trajectory, opts) });
    }
    const results = pairs.map((p) => p.result);
    const matched = results.filter((r) => r.match).length;
    return {
        report: {
            match: matched === results.length,
            summary: { goldens: results.length, matched, drifted: results.length - matched },
            ...(opts.compat ? { compat: opts.compat } : {}),
            results,
        },
        pairs,
    };
}

;// CONCATENATED MODULE: ./src/trajectory/settings.ts
/**
 * The settings of one trajectory-golden run, read the same way from `mc trajectory-golden` flags
 * and from the mc/trajectory-golden action's inputs. Every default is owned here once; messages
 * name the flag or input as the user wrote it (`--mode` in the CLI, `input 'mode'` in the action).
 * The golden and trajectory paths stay with the entrypoints.
 */


/** The trajectory formats a user may name. */
const INPUT_FORMATS = ['auto', 'openai', 'langchain', 'otel', 'react'];
/** The trajectory format when none is given: detected from the file. */
const DEFAULT_INPUT_FORMAT = 'auto';
/**
 * @param raw the settings as given
 * @param label how a setting is named to the user
 * @throws UsageError (exit 2) naming the setting and what was expected.
 */
function trajectorySettings(raw, label) {
    const { mode, toolArgs, compat } = raw;
    const inputFormat = raw.inputFormat || DEFAULT_INPUT_FORMAT;
    if (mode && !ORDERING_MODES.includes(mode))
        throw new errors/* UsageError */.eb(`${label('mode')}: expected one of ${ORDERING_MODES.join(', ')}, found '${mode}'`);
    if (toolArgs && !TOOL_ARGS_MODES.includes(toolArgs))
        throw new errors/* UsageError */.eb(`${label('toolArgs')}: expected one of ${TOOL_ARGS_MODES.join(', ')}, found '${toolArgs}'`);
    if (compat && compat !== 'agentevals')
        throw new errors/* UsageError */.eb(`${label('compat')}: expected agentevals or empty, found '${compat}'`);
    if (!INPUT_FORMATS.includes(inputFormat))
        throw new errors/* UsageError */.eb(`${label('inputFormat')}: expected one of ${INPUT_FORMATS.join(', ')}, found '${inputFormat}'`);
    const toolArgsOverrides = {};
    for (const spec of raw.toolArgsOverrides ?? [])
        parseToolArgsOverride(spec, label('toolArgsOverrides'), toolArgsOverrides);
    const update = raw.update ?? false;
    if (update && compat)
        throw new errors/* UsageError */.eb(`${label('update')} cannot be combined with ${label('compat')} agentevals`);
    return {
        ...(mode ? { mode: mode } : {}),
        ...(toolArgs ? { toolArgs: toolArgs } : {}),
        toolArgsOverrides,
        ...(compat ? { compat: 'agentevals' } : {}),
        inputFormat: inputFormat,
        update,
    };
}

;// CONCATENATED MODULE: ./src/trajectory/update.ts
/**
 * `--update`: rewrites goldens from the current trajectories, like snapshot tests. Golden steps
 * that still match keep their YAML node (matchers, comments, options) and move to where the
 * actual trajectory has them; steps that drifted are replaced by literal steps recorded from the
 * actual trajectory (volatile keys stripped); required golden steps that are gone are dropped;
 * optional steps that matched nothing are kept. Reference goldens are replaced by the recorded
 * trajectory. Files are written atomically, and only when they change.
 */



const isPlain = (v) => typeof v === 'object' && v !== null && !Array.isArray(v) && !isMatcherObject(v);
const accepts = (raw, actual) => matchValue(actual, compilePattern(raw)) === null;
/**
 * A drifted step (same tool, other arguments or result): the golden step node is kept and only
 * what no longer matches is re-recorded. Argument keys whose golden matcher still accepts the
 * actual value keep it; other keys take the actual value; golden keys the call no longer has are
 * dropped (unless their matcher accepts a missing key). thought/observation likewise.
 */
function mergeStep(doc, node, g, a, volatile) {
    const out = node.clone();
    if (!(0,dist.isMap)(out))
        return doc.createNode({ action: a.action, action_input: stripKeys(a.action_input, volatile) });
    const actualArgs = stripKeys(a.action_input, volatile);
    const rawArgs = g.raw.action_input;
    if (rawArgs !== undefined && matchValue(actualArgs, g.action_input) !== null) {
        if (isPlain(rawArgs)) {
            const argNode = out.get('action_input', true);
            const merged = doc.createNode({});
            if ((0,dist.isMap)(merged)) {
                for (const [k, v] of Object.entries(actualArgs)) {
                    if (Object.prototype.hasOwnProperty.call(rawArgs, k) && accepts(rawArgs[k], v) && (0,dist.isMap)(argNode))
                        merged.set(k, argNode.get(k, true));
                    else
                        merged.set(k, doc.createNode(v));
                }
                for (const [k, v] of Object.entries(rawArgs))
                    if (!Object.prototype.hasOwnProperty.call(actualArgs, k) && accepts(v, undefined) && (0,dist.isMap)(argNode))
                        merged.set(k, argNode.get(k, true));
            }
            out.set('action_input', merged);
        }
        else
            out.set('action_input', doc.createNode(actualArgs));
    }
    for (const f of ['thought', 'observation']) {
        const raw = g.raw[f];
        if (raw === undefined)
            continue;
        const v = f === 'observation' ? stripKeys(a.observation, volatile) : a.thought;
        if (matchValue(v, g[f]) !== null) {
            if (v === undefined)
                out.delete(f);
            else
                out.set(f, doc.createNode(v));
        }
    }
    return out;
}
/** Computes the updated golden text (without writing). */
function updatedGoldenText(pair) {
    const { golden, result, trajectory } = pair;
    if (golden.kind === 'reference' || !golden.doc)
        return { text: pair.trajectoryText, kept: 0, recorded: trajectory.steps.length, dropped: golden.steps.length };
    if (result.compat)
        throw new Error('--update is not available with --compat agentevals');
    const doc = golden.doc.clone();
    const seq = doc.get('steps', true);
    if (!(0,dist.isSeq)(seq))
        throw new Error('steps is not a sequence');
    const oldNodes = seq.items;
    // actual index -> golden step index (for steps whose golden node is kept)
    const keptAt = new Map();
    const keptSteps = new Set();
    for (const s of result.steps) {
        if (s.status === 'matched' && s.actual_indices.length) {
            keptAt.set(s.actual_indices[0], s.golden_index);
            keptSteps.add(s.golden_index);
        }
        else if (s.status === 'order_violation' && s.order_violation) {
            keptAt.set(s.order_violation.actual_index, s.golden_index);
            keptSteps.add(s.golden_index);
        }
    }
    const mergedAt = new Map();
    for (const s of result.steps)
        if (s.status === 'arg_mismatch' && s.mismatch)
            mergedAt.set(s.mismatch.actual_index, s.golden_index);
    const covered = new Set();
    for (const s of result.steps)
        for (const j of s.actual_indices)
            covered.add(j);
    for (const s of result.steps)
        if (s.order_violation)
            covered.add(s.order_violation.actual_index);
    const extra = new Set(result.extra_steps);
    // golden steps kept without any actual step (optional / min 0): keep them before the next kept step
    const idle = result.steps.filter((s) => s.status === 'matched' && !s.actual_indices.length).map((s) => s.golden_index);
    const items = [];
    let recorded = 0;
    let idleAt = 0;
    const flushIdle = (before) => {
        while (idleAt < idle.length && idle[idleAt] < before)
            items.push(oldNodes[idle[idleAt++]]);
    };
    // idle steps that directly follow golden step gi in the golden stay right after it
    const flushFollowing = (gi) => {
        let next = gi + 1;
        while (idleAt < idle.length && idle[idleAt] === next) {
            items.push(oldNodes[idle[idleAt++]]);
            next++;
        }
    };
    trajectory.steps.forEach((a, j) => {
        const gi = keptAt.get(j);
        const mi = mergedAt.get(j);
        if (gi !== undefined) {
            flushIdle(gi);
            items.push(oldNodes[gi]);
            flushFollowing(gi);
        }
        else if (mi !== undefined) {
            flushIdle(mi);
            items.push(mergeStep(doc, oldNodes[mi], golden.steps[mi], a, golden.volatileKeys));
            flushFollowing(mi);
            recorded++;
        }
        else if (!covered.has(j) && !extra.has(j)) {
            items.push(doc.createNode({ action: a.action, action_input: stripKeys(a.action_input, golden.volatileKeys) }));
            recorded++;
        }
    });
    flushIdle(Infinity);
    const newSeq = doc.createNode([]);
    if (!(0,dist.isSeq)(newSeq))
        throw new Error('internal: createNode([]) is not a sequence');
    newSeq.items = items;
    newSeq.flow = false;
    doc.set('steps', newSeq);
    const dropped = golden.steps.length - keptSteps.size - idle.length - new Set(mergedAt.values()).size;
    return { text: doc.toString({ lineWidth: 0 }), kept: keptSteps.size + idle.length, recorded, dropped };
}
/** Rewrites each golden whose trajectory drifted (atomically; unchanged files are not touched). */
async function updateGoldens(pairs) {
    const out = [];
    for (const p of pairs) {
        if (p.result.match) {
            out.push({ golden: p.golden.file, changed: false, kept: p.golden.steps.length, recorded: 0, dropped: 0 });
            continue;
        }
        const u = updatedGoldenText(p);
        const changed = u.text !== p.goldenText;
        if (changed)
            await (0,fsx/* writeFileAtomic */.Zf)(p.goldenAbs, u.text);
        out.push({ golden: p.golden.file, changed, kept: u.kept, recorded: u.recorded, dropped: u.dropped });
    }
    return out;
}

// EXTERNAL MODULE: ./src/cli/cli.ts + 1 modules
var cli = __webpack_require__(9797);
;// CONCATENATED MODULE: ./src/cli/commands/trajectory-golden.ts
/**
 * `mc trajectory-golden`: agent trajectories against golden YAML (or a reference trajectory).
 * Exit 0 all match, 1 drift, 2 unusable input.
 */








const usage = 'mc trajectory-golden --golden GOLDEN.yaml|REFERENCE.json|DIR --trajectory TRAJECTORY.json|DIR ' +
    '[--mode strict|in_order|unordered|subset|superset] [--tool-args exact|ignore|subset|superset] [--tool-args-override TOOL=MODE|KEY.PATH,...]... [--compat agentevals] ' +
    '[--input-format auto|openai|langchain|otel|react] [--format text|json] [--report FILE.json] [--junit FILE.xml] [--summary FILE.md] ' +
    '[--update [--update-in-ci]]';
const commands = [
    {
        name: 'trajectory-golden',
        summary: 'check agent trajectories against goldens (exit 1 on drift)',
        usage,
        async run(argv, io) {
            const { values, positionals } = (0,cli/* parseCliArgs */.h)(argv, {
                golden: { type: 'string' },
                trajectory: { type: 'string' },
                mode: { type: 'string' },
                'tool-args': { type: 'string' },
                'tool-args-override': { type: 'string', multiple: true },
                compat: { type: 'string' },
                'input-format': { type: 'string' },
                format: { type: 'string' },
                report: { type: 'string' },
                junit: { type: 'string' },
                summary: { type: 'string' },
                update: { type: 'boolean' },
                'update-in-ci': { type: 'boolean' },
            }, usage, false);
            void positionals;
            if (!values.golden || !values.trajectory)
                throw new errors/* UsageError */.eb(`--golden and --trajectory are required\nusage: ${usage}`);
            const settings = trajectorySettings({
                mode: values.mode,
                toolArgs: values['tool-args'],
                toolArgsOverrides: values['tool-args-override'],
                compat: values.compat,
                inputFormat: values['input-format'],
                update: values.update,
            }, (f) => `--${{ mode: 'mode', toolArgs: 'tool-args', toolArgsOverrides: 'tool-args-override', compat: 'compat', inputFormat: 'input-format', update: 'update' }[f]}`);
            const format = values.format ?? 'text';
            if (format !== 'text' && format !== 'json')
                throw new errors/* UsageError */.eb(`--format: expected text or json, found '${format}'`);
            if (values.update && /^(true|1)$/i.test(io.env.CI ?? '') && !values['update-in-ci']) {
                throw new errors/* UsageError */.eb('--update refuses to rewrite goldens in CI (CI is set); pass --update-in-ci to ask for it explicitly');
            }
            const { report, pairs } = await runGoldens({
                golden: values.golden,
                trajectory: values.trajectory,
                cwd: io.cwd,
                mode: settings.mode,
                toolArgs: settings.toolArgs,
                toolArgsOverrides: settings.toolArgsOverrides,
                compat: settings.compat,
                inputFormat: settings.inputFormat,
            });
            const json = JSON.stringify(report, null, 2) + '\n';
            if (values.report)
                await (0,fsx/* writeFileAtomic */.Zf)((0,external_node_path_.resolve)(io.cwd, values.report), json);
            if (values.junit)
                await (0,fsx/* writeFileAtomic */.Zf)((0,external_node_path_.resolve)(io.cwd, values.junit), renderJunit(report));
            if (values.summary)
                await (0,fsx/* writeFileAtomic */.Zf)((0,external_node_path_.resolve)(io.cwd, values.summary), renderMarkdown(report));
            if (values.update) {
                const updates = await updateGoldens(pairs);
                for (const u of updates) {
                    if (u.changed)
                        io.stderr(`updated ${u.golden}: kept ${u.kept} steps, recorded ${u.recorded}, dropped ${u.dropped}\n`);
                }
                if (format === 'json')
                    io.stdout(JSON.stringify({ ...report, updated: updates.filter((u) => u.changed).map((u) => u.golden) }, null, 2) + '\n');
                else
                    io.stdout(renderText(report) + `${updates.filter((u) => u.changed).length} golden(s) updated\n`);
                return errors/* ExitCode */.yU.Pass;
            }
            io.stdout(format === 'json' ? json : renderText(report));
            return report.match ? errors/* ExitCode */.yU.Pass : errors/* ExitCode */.yU.Fail;
        },
    },
];


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
