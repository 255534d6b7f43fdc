export const id = 289;
export const ids = [289];
export const modules = {

/***/ 6289:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commands: () => (/* binding */ commands)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/jcs.ts
var jcs = __webpack_require__(2995);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/fsx.ts
var fsx = __webpack_require__(5234);
// EXTERNAL MODULE: ./src/core/ed25519.ts
var ed25519 = __webpack_require__(970);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/core/digest.ts
var digest = __webpack_require__(5543);
;// CONCATENATED MODULE: ./src/config/resource.ts
/**
 * From parsed documents to identified, normalized resources.
 *
 * Identity: a Kubernetes object (a map with string `apiVersion`, `kind` and `metadata.name`) is
 * identified by GROUP/KIND/NAMESPACE/NAME (Kubernetes API conventions: the group is the part of
 * apiVersion before `/`, the empty "core" group is written `core`), so an apiVersion change is a
 * field change, not a delete plus an add. A missing `metadata.namespace` stays "" and is noted.
 * Any other document (a Helm values file, a JSON config) is identified by file and position:
 * `FILE#INDEX`.
 *
 * Normalization (NORMALIZER_VERSION): the document's JSON value (integers exact: beyond 2^53 a
 * `bigint`), except that the values of a Secret's `data` and `stringData` (and its
 * `kubectl.kubernetes.io/last-applied-configuration` annotation, which repeats them) are replaced by
 * `sha256:<hex>` of the value as written, so snapshots and reports never carry secret values: digests
 * only. A Secret is any map with `kind: Secret` at any depth: a top-level object, an item of a
 * `kind: List`, every item of a `kind: SecretList` (whose items carry no kind), a manifest embedded
 * in Helm values (`extraObjects`), and
 * also one without `metadata.name` (a `generateName` object). A `data`/`stringData` that is not a
 * map is replaced by one digest.
 */


/** Version of the normalization rules above; recorded in every snapshot. */
const NORMALIZER_VERSION = '2';
/** Kubernetes identity of a value, or undefined when it is not a Kubernetes object. */
function k8sIdentity(value) {
    if (!isPlainObject(value))
        return undefined;
    const { apiVersion, kind, metadata } = value;
    if (typeof apiVersion !== 'string' || typeof kind !== 'string' || !isPlainObject(metadata))
        return undefined;
    if (typeof metadata.name !== 'string' || metadata.name === '')
        return undefined;
    const slash = apiVersion.lastIndexOf('/');
    return {
        group: slash < 0 ? '' : apiVersion.slice(0, slash),
        version: slash < 0 ? apiVersion : apiVersion.slice(slash + 1),
        kind,
        namespace: typeof metadata.namespace === 'string' ? metadata.namespace : '',
        name: metadata.name,
    };
}
/** `GROUP/KIND/NAMESPACE/NAME`, with `core` for the empty group. */
function k8sId(k) {
    return `${k.group || 'core'}/${k.kind}/${k.namespace}/${k.name}`;
}
const SECRET_LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';
/**
 * Applies the normalization rules (returns a new value where something changed; the input, whose
 * subtrees aliases may share, is never modified).
 * @param _k8s the document's identity (unused: Secrets are found at any depth by their `kind`)
 */
function normalize(value, _k8s) {
    return redactSecrets(value);
}
/** Copy-on-write walk: every map with `kind: Secret`, at any depth, gets its values reduced to digests. */
function redactSecrets(v) {
    if (Array.isArray(v)) {
        let out;
        for (let i = 0; i < v.length; i++) {
            const x = redactSecrets(v[i]);
            if (x !== v[i])
                (out ??= v.slice())[i] = x;
        }
        return out ?? v;
    }
    if (!isPlainObject(v))
        return v;
    let out = v.kind === 'Secret' ? redactSecret(v) : undefined;
    // a typed SecretList (the API's list form) holds Secrets whose items carry no kind of their own
    if (v.kind === 'SecretList' && Array.isArray(v.items)) {
        out = copyObject(v);
        setOwn(out, 'items', v.items.map((it) => (isPlainObject(it) ? redactSecret(it) : it)));
    }
    const src = out ?? v;
    for (const k of Object.keys(src)) {
        if (out && (k === 'data' || k === 'stringData'))
            continue;
        const x = redactSecrets(src[k]);
        if (x !== src[k])
            setOwn((out ??= copyObject(v)), k, x);
    }
    return out ?? v;
}
function redactSecret(v) {
    const out = copyObject(v);
    for (const field of ['data', 'stringData']) {
        const m = out[field];
        if (m === undefined || m === null)
            continue;
        setOwn(out, field, isPlainObject(m) ? copyObject(m, (x) => digestOf(x)) : digestOf(m));
    }
    const meta = out.metadata;
    if (isPlainObject(meta) && isPlainObject(meta.annotations) && Object.hasOwn(meta.annotations, SECRET_LAST_APPLIED)) {
        const annotations = copyObject(meta.annotations);
        setOwn(annotations, SECRET_LAST_APPLIED, digestOf(meta.annotations[SECRET_LAST_APPLIED]));
        const m2 = copyObject(meta);
        setOwn(m2, 'annotations', annotations);
        setOwn(out, 'metadata', m2);
    }
    return out;
}
/** A shallow copy keeping every key an own data member (an own `__proto__` too), values mapped by `f`. */
function copyObject(v, f = (x) => x) {
    const out = {};
    for (const k of Object.keys(v))
        setOwn(out, k, f(v[k]));
    return out;
}
function setOwn(o, k, v) {
    Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
}
function digestOf(v) {
    return `sha256:${(0,digest/* sha256Hex */.f)(typeof v === 'string' ? v : (0,jcs/* canonicalJson */.dj)(v))}`;
}
/** Identifies and normalizes parsed documents; ids and notes are set by {@link assignIds}. */
function toResources(docs) {
    return docs.map((d) => {
        const k8s = k8sIdentity(d.value);
        const object = normalize(d.value, k8s);
        const r = { id: '', file: d.file, document: d.index, object, sha256: (0,digest/* sha256Hex */.f)((0,jcs/* canonicalJson */.dj)(object)) };
        if (k8s)
            r.k8s = k8s;
        return r;
    });
}
/**
 * Sets each resource's id and notes over a whole set. A Kubernetes identity defined more than once
 * in the set (two sources rendering the same object) is qualified with its place,
 * `GROUP/KIND/NAMESPACE/NAME@FILE#INDEX`, and noted, so each copy is still compared with itself.
 */
function assignIds(resources) {
    const count = new Map();
    for (const r of resources)
        if (r.k8s)
            count.set(k8sId(r.k8s), (count.get(k8sId(r.k8s)) ?? 0) + 1);
    for (const r of resources) {
        const notes = [];
        if (r.k8s) {
            const id = k8sId(r.k8s);
            const n = count.get(id) ?? 1;
            r.id = n > 1 ? `${id}@${r.file}#${r.document}` : id;
            if (n > 1)
                notes.push(`${id} is defined ${n} times in this set: matched by file and position`);
            if (r.k8s.namespace === '')
                notes.push('metadata.namespace is not set: kept as "" (cluster-scoped, or namespaced at apply time)');
        }
        else
            r.id = `${r.file}#${r.document}`;
        if (notes.length)
            r.notes = notes;
        else
            delete r.notes;
    }
}
/** A JSON object (not an array, not null). */
function isPlainObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}

;// CONCATENATED MODULE: ./src/config/diff.ts
/**
 * Semantic diff of two JSON values (a baseline resource and the current one).
 *
 * What never counts: key order, comments, quoting, flow or block style, indentation (they do not
 * survive parsing). Values are compared by JSON type and value, so `4` vs `"4"` is a change and
 * is reported as a type change.
 *
 * Lists:
 * - lists of maps that Kubernetes merges by key (strategic merge patch `patchMergeKey` in the
 *   Kubernetes API types) are matched by that key: `containers`, `initContainers`,
 *   `ephemeralContainers`, `volumes`, `env`, `imagePullSecrets` by `name`; container `ports`
 *   by `containerPort`; Service `spec.ports` by `port`; `volumeMounts` by `mountPath`.
 *   Items are shown as `containers[name=app]`; reordering such a list is not a change.
 *   When an item lacks the key, or a key repeats, the list is treated as ordered.
 * - every other list is ordered (args, command, NetworkPolicy ingress/egress, HPA metrics,
 *   ServiceMonitor endpoints, …): items are aligned by a longest common subsequence of equal
 *   items, so an insertion is one `+`, not a shifted tail; unmatched items between two aligned
 *   ones are paired in order and compared field by field.
 *
 * A map added or removed is reported entry by entry (so ignore rules can match single labels or
 * annotations), a keyed list item by item; an ordered list item or a scalar added or removed is one change.
 */


const NAME_KEYED = new Set(['containers', 'initContainers', 'ephemeralContainers', 'volumes', 'env', 'imagePullSecrets']);
const CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers']);
/** JSON type name: null, boolean, number, string, array, object (an exact `bigint` integer is a number). */
function jsonType(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'array';
    if (typeof v === 'bigint')
        return 'number';
    return typeof v;
}
/**
 * Exact equality of two JSON numbers that may be `bigint` (integers beyond 2^53) or `number`: a
 * bigint equals a number only when the number is that very integer (no rounding either way).
 */
function sameNumber(a, b) {
    if (typeof a === 'bigint' && typeof b === 'number')
        return Number.isInteger(b) && a === BigInt(b);
    if (typeof a === 'number' && typeof b === 'bigint')
        return Number.isInteger(a) && BigInt(a) === b;
    return false;
}
/** Diffs `baseline` against `current`; returns the changes in document order. */
function diffValues(baseline, current, ctx = {}) {
    const out = [];
    walk(baseline, current, [], ctx, out);
    return out;
}
function walk(a, b, steps, ctx, out) {
    if (isPlainObject(a) && isPlainObject(b)) {
        for (const k of Object.keys(a)) {
            if (Object.hasOwn(b, k))
                walk(a[k], b[k], [...steps, { key: k }], ctx, out);
            else
                emitWhole('-', a[k], [...steps, { key: k }], ctx, out);
        }
        for (const k of Object.keys(b))
            if (!Object.hasOwn(a, k))
                emitWhole('+', b[k], [...steps, { key: k }], ctx, out);
        return;
    }
    if (Array.isArray(a) && Array.isArray(b)) {
        const field = listKey(steps, ctx);
        if (field && keyedDiff(a, b, field, steps, ctx, out))
            return;
        orderedDiff(a, b, steps, ctx, out);
        return;
    }
    if (a === b || sameNumber(a, b))
        return;
    const ta = jsonType(a);
    const tb = jsonType(b);
    if (ta === tb && (ta === 'array' || ta === 'object') && (0,jcs/* canonicalJson */.dj)(a) === (0,jcs/* canonicalJson */.dj)(b))
        return;
    const c = change('~', steps, a, b);
    if (ta !== tb)
        c.typeChange = { baseline: ta, current: tb };
    out.push(c);
}
/**
 * Emits an added/removed value: a non-empty map entry by entry, a non-empty keyed list item by
 * item (`env[name=GOGC]`), anything else as one change.
 */
function emitWhole(op, v, steps, ctx, out) {
    if (isPlainObject(v) && Object.keys(v).length > 0) {
        for (const [k, x] of Object.entries(v))
            emitWhole(op, x, [...steps, { key: k }], ctx, out);
        return;
    }
    const field = Array.isArray(v) && v.length > 0 ? listKey(steps, ctx) : undefined;
    const keys = field ? keysOf(v, field) : undefined;
    if (field && keys) {
        for (const [k, i] of keys) {
            const step = { index: i, match: { field, value: k } };
            if (op === '-')
                step.baseIndex = i;
            out.push(op === '+'
                ? change('+', [...steps, step], undefined, v[i])
                : change('-', [...steps, step], v[i], undefined));
        }
        return;
    }
    out.push(op === '+' ? change('+', steps, undefined, v) : change('-', steps, v, undefined));
}
function change(op, steps, baseline, current) {
    const c = { op, path: formatPath(steps), pointer: formatPointer(steps, op === '-' ? 'baseline' : 'current'), steps };
    if (op !== '-') {
        const bp = formatPointer(steps, 'baseline');
        if (op === '~' && bp !== c.pointer)
            c.baselinePointer = bp;
        c.current = current;
    }
    if (op !== '+')
        c.baseline = baseline;
    return c;
}
/** The merge key of the list at `steps`, or undefined for an ordered list. */
function listKey(steps, ctx) {
    const last = steps[steps.length - 1];
    if (!last || !('key' in last))
        return undefined;
    if (NAME_KEYED.has(last.key))
        return 'name';
    if (last.key === 'volumeMounts')
        return 'mountPath';
    if (last.key === 'ports') {
        const parent = steps[steps.length - 2];
        const grand = steps[steps.length - 3];
        if (parent && 'index' in parent && grand && 'key' in grand && CONTAINER_LISTS.has(grand.key))
            return 'containerPort';
        if (ctx.kind === 'Service' && steps.length === 2 && 'key' in steps[0] && steps[0].key === 'spec')
            return 'port';
    }
    return undefined;
}
function keysOf(list, field) {
    const m = new Map();
    for (const [i, item] of list.entries()) {
        if (!isPlainObject(item))
            return undefined;
        const k = item[field];
        if (typeof k !== 'string' && typeof k !== 'number' && typeof k !== 'boolean')
            return undefined;
        if (m.has(k))
            return undefined;
        m.set(k, i);
    }
    return m;
}
/** Matches items by `field`; returns false (caller falls back to ordered) when the lists are not keyable. */
function keyedDiff(a, b, field, steps, ctx, out) {
    const ka = keysOf(a, field);
    const kb = keysOf(b, field);
    if (!ka || !kb)
        return false;
    for (const [k, bi] of kb) {
        const ai = ka.get(k);
        const step = { index: bi, match: { field, value: k } };
        if (ai === undefined)
            out.push(change('+', [...steps, step], undefined, b[bi]));
        else
            walk(a[ai], b[bi], [...steps, { ...step, baseIndex: ai }], ctx, out);
    }
    for (const [k, ai] of ka) {
        if (!kb.has(k))
            out.push(change('-', [...steps, { index: ai, baseIndex: ai, match: { field, value: k } }], a[ai], undefined));
    }
    return true;
}
/** Largest n*m for the LCS table; beyond it the middle part is compared position by position. */
const LCS_LIMIT = 1_000_000;
function orderedDiff(a, b, steps, ctx, out) {
    const ha = a.map(itemKey);
    const hb = b.map(itemKey);
    // common prefix and suffix
    let lo = 0;
    while (lo < a.length && lo < b.length && ha[lo] === hb[lo])
        lo++;
    let ea = a.length;
    let eb = b.length;
    while (ea > lo && eb > lo && ha[ea - 1] === hb[eb - 1]) {
        ea--;
        eb--;
    }
    const pairs = lcsPairs(ha, hb, lo, ea, lo, eb);
    // walk the gaps between aligned pairs
    let ia = lo;
    let ib = lo;
    for (const [pa, pb] of [...pairs, [ea, eb]]) {
        const removed = pa - ia;
        const added = pb - ib;
        const paired = Math.min(removed, added);
        for (let k = 0; k < paired; k++)
            walk(a[ia + k], b[ib + k], [...steps, { index: ib + k, baseIndex: ia + k }], ctx, out);
        for (let k = paired; k < added; k++)
            out.push(change('+', [...steps, { index: ib + k }], undefined, b[ib + k]));
        for (let k = paired; k < removed; k++)
            out.push(change('-', [...steps, { index: ia + k, baseIndex: ia + k }], a[ia + k], undefined));
        ia = pa + 1;
        ib = pb + 1;
    }
}
function itemKey(v) {
    // a number and an exact bigint of the same integer get the same key (String of both is the digits)
    return typeof v === 'object' && v !== null
        ? (0,jcs/* canonicalJson */.dj)(v)
        : `${jsonType(v)}:${typeof v === 'number' && Number.isInteger(v) && !Number.isSafeInteger(v) ? BigInt(v).toString() : String(v)}`;
}
/** Index pairs (i in a, j in b) of a longest common subsequence of a[a0..a1) and b[b0..b1). */
function lcsPairs(ha, hb, a0, a1, b0, b1) {
    const n = a1 - a0;
    const m = b1 - b0;
    if (n === 0 || m === 0 || n * m > LCS_LIMIT)
        return [];
    const t = new Uint32Array((n + 1) * (m + 1));
    for (let i = n - 1; i >= 0; i--) {
        for (let j = m - 1; j >= 0; j--) {
            t[i * (m + 1) + j] =
                ha[a0 + i] === hb[b0 + j] ? t[(i + 1) * (m + 1) + j + 1] + 1 : Math.max(t[(i + 1) * (m + 1) + j], t[i * (m + 1) + j + 1]);
        }
    }
    const pairs = [];
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
        if (ha[a0 + i] === hb[b0 + j]) {
            pairs.push([a0 + i, b0 + j]);
            i++;
            j++;
        }
        else if (t[(i + 1) * (m + 1) + j] >= t[i * (m + 1) + j + 1])
            i++;
        else
            j++;
    }
    return pairs;
}
const SIMPLE_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;
/** Readable path: `spec.template.spec.containers[name=app].image`, `metadata.labels["app.kubernetes.io/name"]`. */
function formatPath(steps) {
    let s = '';
    for (const st of steps) {
        if ('key' in st)
            s += SIMPLE_KEY.test(st.key) ? (s ? '.' : '') + st.key : `[${JSON.stringify(st.key)}]`;
        else if (st.match)
            s += `[${st.match.field}=${String(st.match.value)}]`;
        else
            s += `[${st.index}]`;
    }
    return s;
}
/** RFC 6901 pointer of `steps` on one side (`~` as `~0`, `/` as `~1`). */
function formatPointer(steps, side) {
    return steps
        .map((st) => '/' +
        ('key' in st
            ? st.key.replace(/~/g, '~0').replace(/\//g, '~1')
            : String(side === 'baseline' ? (st.baseIndex ?? st.index) : st.index)))
        .join('');
}
/** The path segments (keys and indices) on one side, for positions. */
function segments(steps, side) {
    return steps.map((st) => ('key' in st ? st.key : side === 'baseline' ? (st.baseIndex ?? st.index) : st.index));
}

;// CONCATENATED MODULE: ./schemas/config-ignore.schema.json
const config_ignore_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/mc-actions/mc-actions/schemas/config-ignore.schema.json","title":"Config ignore rules (config-attest ignore-file, mc config --ignore)","description":"Noise rules in the style of Argo CD ignoreDifferences (src/config/ignore.ts): a rule selects resources by group, kind, name (metadata.name), namespace or file glob (absent selectors match everything; * globs allowed) and ignores differences at or under its RFC 6901 JSON pointers or pointer globs. Ignored changes are still reported but do not fail the gate. Unknown keys are errors. The rules are recorded in the signed snapshot; trust material: read from the trusted side, never from the pull request.","type":"object","additionalProperties":false,"properties":{"$schema":{"type":"string"},"defaults":{"type":"boolean","default":true,"description":"whether the built-in noise rules (helm.sh/chart and app.kubernetes.io/version labels, checksum/* annotations) apply"},"ignoreDifferences":{"type":["array","null"],"items":{"$ref":"#/$defs/rule"},"description":"the rules (empty or null: none)"}},"$defs":{"rule":{"type":"object","additionalProperties":false,"properties":{"rule":{"type":"string","description":"a label for reports (default: the rule index)"},"group":{"type":"string","description":"API group (apps, autoscaling, ...; \\"\\" for core)"},"kind":{"type":"string","description":"resource kind"},"name":{"type":"string","description":"metadata.name"},"namespace":{"type":"string","description":"metadata.namespace"},"file":{"type":"string","description":"file glob (relative POSIX path), for values files"},"jsonPointers":{"type":"array","items":{"type":"string","pattern":"^(/|\\\\*\\\\*|$)"},"description":"RFC 6901 pointers: the node and its subtree are ignored"},"paths":{"type":"array","items":{"type":"string","pattern":"^(/|\\\\*\\\\*|$)"},"description":"pointer globs: * matches one segment, ** any number"}},"anyOf":[{"required":["jsonPointers"],"properties":{"jsonPointers":{"type":"array","minItems":1}}},{"required":["paths"],"properties":{"paths":{"type":"array","minItems":1}}}]}},"examples":[{"defaults":true,"ignoreDifferences":[{"rule":"HPA-managed replicas","group":"apps","kind":"Deployment","jsonPointers":["/spec/replicas"]}]}]}');
;// CONCATENATED MODULE: ./src/config/ignore.ts

/** The built-in noise rules. */
const DEFAULT_RULES = [
    { label: 'default: helm.sh/chart label', paths: ['**/metadata/labels/helm.sh~1chart'] },
    { label: 'default: app.kubernetes.io/version label', paths: ['**/metadata/labels/app.kubernetes.io~1version'] },
    { label: 'default: checksum/* annotations', paths: ['**/metadata/annotations/checksum~1*'] },
];
/** schemas/config-ignore.schema.json, bundled (the one document, published for editors). */
const ignoreSchema = config_ignore_schema_namespaceObject;
const POINTER_LISTS = new Set(['jsonPointers', 'paths']);
/** The ignore rules' own wording for the pointer lists (the schema says only "array" and a pattern). */
function ignoreExpected(e, path) {
    const last = path[path.length - 1];
    if (e.keyword === 'required' && POINTER_LISTS.has(String(e.params.missingProperty)))
        return 'jsonPointers or paths';
    if (POINTER_LISTS.has(String(last)) && e.keyword === 'type')
        return 'a list of JSON pointers starting with /';
    if (POINTER_LISTS.has(String(last)) && e.keyword === 'minItems')
        return 'a non-empty list of JSON pointers (a rule needs jsonPointers or paths)';
    if (e.keyword === 'pattern')
        return 'a JSON pointer starting with / (or a ** pointer glob)';
    return undefined;
}
/**
 * Validates an ignore configuration (parsed YAML or JSON): `{ defaults?: boolean, ignoreDifferences: [rule…] }`,
 * against schemas/config-ignore.schema.json (src/core/schema.ts): unknown keys, wrong types, a pointer
 * not starting with `/` and a rule without pointers are errors; a top-level `$schema` (for editors) is allowed.
 * In a rule, `name` selects the resource by metadata.name (as in Argo CD); `rule` labels the rule.
 * An empty document means no rules (the built-ins stay on).
 * @throws InputError naming the file, the field and what was expected.
 */
async function parseIgnoreConfig(value, source) {
    if (value === null || value === undefined)
        return { defaults: true, rules: [] };
    // the validator (and ajv with it) is loaded on first use, not at start-up: most runs have no ignore file
    const { validateWithSchema } = await Promise.all(/* import() */[__webpack_require__.e(457), __webpack_require__.e(210), __webpack_require__.e(32)]).then(__webpack_require__.bind(__webpack_require__, 2032));
    validateWithSchema(ignoreSchema, value, source, { what: 'ignore rules', expected: ignoreExpected });
    const v = value;
    const rules = (v.ignoreDifferences ?? []).map((o) => {
        const rule = {};
        for (const [k, x] of Object.entries(o)) {
            if (k === 'rule')
                rule.label = x;
            else if (k === 'jsonPointers' || k === 'paths')
                rule[k] = x;
            else
                rule[k] = x;
        }
        return rule;
    });
    return { defaults: v.defaults !== false, rules };
}
/** The rules in force: the built-ins (when on) followed by the configured ones. */
function effectiveRules(cfg) {
    return [...(cfg.defaults ? DEFAULT_RULES : []), ...cfg.rules];
}
/** Label of a rule for reports. */
function ruleLabel(rule, index) {
    return rule.label ?? `rule ${index}`;
}
/**
 * The first rule that ignores `change` of `resource`, or undefined.
 * A change is ignored when its pointer (current or baseline side) lies at or under a rule pointer.
 */
function ignoredBy(rules, resource, change) {
    const ptrs = [change.pointer, change.baselinePointer].filter((p) => p !== undefined).map(splitPointer);
    return rules.find((r) => selects(r, resource) && ptrs.some((segs) => matchesRule(r, segs)));
}
function selects(r, res) {
    const k = res.k8s;
    const checks = [
        [r.group, k?.group],
        [r.kind, k?.kind],
        [r.name, k?.name],
        [r.namespace, k?.namespace],
        [r.file, res.file],
    ];
    return checks.every(([pat, val]) => pat === undefined || (val !== undefined && globRegex(pat).test(val)));
}
function matchesRule(r, segs) {
    for (const p of r.jsonPointers ?? []) {
        const ps = splitPointer(p);
        if (ps.length <= segs.length && ps.every((s, i) => s === segs[i]))
            return true;
    }
    for (const p of r.paths ?? [])
        if (globSegments(splitPointer(p.startsWith('**') ? '/' + p : p), segs))
            return true;
    return false;
}
/** Splits an RFC 6901 pointer into unescaped segments ("" is the whole document). */
function splitPointer(p) {
    if (p === '')
        return [];
    return p
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
/** Matches pattern segments against pointer segments; the pattern also matches everything below it. */
function globSegments(pat, segs, pi = 0, si = 0) {
    if (pi === pat.length)
        return true; // the subtree of a match is ignored too
    if (pat[pi] === '**') {
        for (let k = si; k <= segs.length; k++)
            if (globSegments(pat, segs, pi + 1, k))
                return true;
        return false;
    }
    if (si === segs.length)
        return false;
    return globRegex(pat[pi]).test(segs[si]) && globSegments(pat, segs, pi + 1, si + 1);
}
const reCache = new Map();
/** `*` any run of characters, `?` one character, everything else literal. */
function globRegex(glob) {
    let re = reCache.get(glob);
    if (!re) {
        re = new RegExp('^' +
            glob
                .replace(/[.+^${}()|[\]\\]/g, '\\$&')
                .replace(/\*/g, '.*')
                .replace(/\?/g, '.') +
            '$', 's');
        reCache.set(glob, re);
    }
    return re;
}

// EXTERNAL MODULE: ./src/config/parse.ts + 1 modules
var parse = __webpack_require__(5379);
// EXTERNAL MODULE: ./src/core/dsse.ts
var dsse = __webpack_require__(9394);
// EXTERNAL MODULE: ./src/core/statement.ts
var core_statement = __webpack_require__(2622);
;// CONCATENATED MODULE: ./src/config/snapshot.ts
/**
 * Config snapshots: an in-toto Statement v1 (predicate type CONFIG_SNAPSHOT_PREDICATE) in a
 * DSSE envelope signed with Ed25519, written as a one-line `.intoto.jsonl` bundle.
 *
 * Subjects: every file (`name`: the POSIX path, sha256 of its raw bytes) and every resource
 * (`name`: `resource:<id>`, sha256 of the RFC 8785 canonical JSON of the normalized object).
 *
 * Where verify's baseline values come from: the predicate carries each normalized object
 * (`resources[].object`, Secret values already reduced to digests), so the values shown as
 * "baseline" in a drift report are the signed ones, never a file the pull request could edit.
 * The signature covers the whole payload, objects included; each resource must be a subject with the same digest.
 */






/** Predicate type of config snapshots. */
const CONFIG_SNAPSHOT_PREDICATE = 'https://mc-actions.dev/config-snapshot/v1';
/** Builds the Statement (subjects: files, then resources). */
function buildSnapshotStatement(input) {
    const subjects = [
        ...input.files.map((f) => ({ name: f.path, digest: { sha256: f.sha256 } })),
        ...input.resources.map((r) => ({ name: `resource:${r.id}`, digest: { sha256: r.sha256 } })),
    ];
    const predicate = {
        environment: input.environment,
        commit: input.commit,
        createdAt: input.createdAt ?? new Date().toISOString(),
        normalizer: { name: 'mc-config-attest', version: NORMALIZER_VERSION },
        ignore: input.ignore,
        files: input.files,
        resources: input.resources.map((r) => {
            const s = { id: r.id, file: r.file, document: r.document, sha256: r.sha256, object: r.object };
            if (r.k8s)
                s.k8s = r.k8s;
            if (r.notes)
                s.notes = r.notes;
            return s;
        }),
    };
    if (input.approval)
        predicate.approval = input.approval;
    return (0,core_statement/* makeStatement */.UT)(subjects, CONFIG_SNAPSHOT_PREDICATE, predicate);
}
/** Signs a snapshot statement; returns the `.intoto.jsonl` text (one envelope, newline). */
function signSnapshot(statement, key) {
    return JSON.stringify((0,core_statement/* signStatement */.fT)(statement, [key])) + '\n';
}
/**
 * Checks a baseline snapshot: the DSSE signature against the trusted keys first, then the
 * statement and predicate. Fails closed.
 * @param text the `.intoto.jsonl` file's contents; @param source its name for messages
 * @throws InputError (exit 2) when no trusted key verifies a signature, any signature by a trusted key is
 *   invalid, the signing key was not valid at the snapshot's createdAt (JWKS iat/exp), the payload is not
 *   a config snapshot, or a resource or file is not a subject with the same digest.
 */
function loadBaseline(text, source, trusted) {
    const env = (0,core_statement/* parseJsonlEnvelope */.e5)(text, source);
    if (env.payloadType !== dsse/* INTOTO_PAYLOAD_TYPE */.w9)
        throw new errors/* InputError */.dz(source, 'payloadType', dsse/* INTOTO_PAYLOAD_TYPE */.w9, { found: env.payloadType });
    if (env.signatures.length === 0)
        throw new errors/* InputError */.dz(source, 'signatures', 'at least one signature (the baseline is not signed)');
    const v = (0,dsse/* verifyEnvelope */.FY)(env, trusted);
    const bad = v.signatures.find((s) => s.status === 'invalid');
    if (bad)
        throw new errors/* InputError */.dz(source, `signatures[${bad.index}]`, `a valid signature by key ${bad.keyid} (the baseline was altered or the signature is corrupt)`);
    if (v.validKeys.length === 0)
        throw new errors/* InputError */.dz(source, 'signatures', 'a signature by a key in the JWKS (no trusted key signed this baseline)');
    const statement = (0,core_statement/* parseStatement */.By)(v.payload, source, CONFIG_SNAPSHOT_PREDICATE, { exactIntegers: true });
    checkPredicate(statement, source);
    // a key signs only inside its validity window (JWKS iat/exp): a retired key cannot make a new baseline
    const at = Date.parse(statement.predicate.createdAt) / 1000;
    if (!Number.isFinite(at))
        throw new errors/* InputError */.dz(source, 'predicate.createdAt', 'an ISO 8601 time');
    const inWindow = v.validKeys.filter((k) => (0,ed25519/* keyValidAt */.je)(k, at));
    if (inWindow.length === 0)
        throw new errors/* InputError */.dz(source, 'signatures', `a signature by a key valid at ${statement.predicate.createdAt} (the signing key's JWKS iat/exp validity window excludes the snapshot time)`);
    return { statement, keyids: inWindow.map((k) => k.kid), sha256: (0,digest/* sha256Hex */.f)(text) };
}
function checkPredicate(st, source) {
    const p = st.predicate;
    if (!p || typeof p !== 'object')
        throw new errors/* InputError */.dz(source, 'predicate', 'an object');
    if (!Array.isArray(p.files))
        throw new errors/* InputError */.dz(source, 'predicate.files', 'an array');
    if (!Array.isArray(p.resources))
        throw new errors/* InputError */.dz(source, 'predicate.resources', 'an array');
    if (!p.ignore || typeof p.ignore.defaults !== 'boolean' || !Array.isArray(p.ignore.rules))
        throw new errors/* InputError */.dz(source, 'predicate.ignore', '{defaults, rules}');
    if (p.normalizer?.version !== NORMALIZER_VERSION) {
        throw new errors/* InputError */.dz(source, 'predicate.normalizer.version', `normalizer version ${NORMALIZER_VERSION} (take a new snapshot)`, {
            found: String(p.normalizer?.version),
        });
    }
    const subjects = new Map(st.subject.map((s) => [s.name, s.digest?.sha256]));
    for (const [i, f] of p.files.entries()) {
        if (typeof f?.path !== 'string' || subjects.get(f.path) !== f.sha256)
            throw new errors/* InputError */.dz(source, `predicate.files[${i}]`, 'a file listed as a subject with the same digest');
    }
    for (const [i, r] of p.resources.entries()) {
        if (typeof r?.id !== 'string' || typeof r.file !== 'string')
            throw new errors/* InputError */.dz(source, `predicate.resources[${i}]`, '{id, file, object}');
        // the objects are authenticated by the signature; they are not hashed again here (cost: 10 MB sets)
        if (subjects.get(`resource:${r.id}`) !== r.sha256 || r.object === undefined)
            throw new errors/* InputError */.dz(source, `predicate.resources[${i}].object`, `the object whose digest is the subject resource:${r.id}`);
    }
}

;// CONCATENATED MODULE: ./src/config/attest.ts
/**
 * config-attest: snapshot a set of config files into a signed baseline, and verify a set against
 * a signed baseline (semantic drift). Pure core: no @actions/* imports; the CLI and the action
 * call these functions.
 */










const UTF8 = new TextDecoder('utf-8', { fatal: true });
/**
 * Expands paths and globs under `root`, reads and parses every file.
 * @throws InputError when nothing matches or a file is unusable (see parseConfigText).
 */
async function loadConfigSet(patterns, opts) {
    if (patterns.length === 0)
        throw new errors/* InputError */.dz(undefined, 'paths', 'at least one config file path or glob');
    const skip = new Set((opts.excludeFiles ?? []).map((p) => (0,external_node_path_.resolve)(p)));
    const paths = (await (0,fsx/* expandPaths */.pR)(patterns, { root: opts.root })).filter((rel) => !skip.has((0,external_node_path_.resolve)(opts.root, rel)));
    if (paths.length === 0)
        throw new errors/* InputError */.dz(undefined, 'paths', 'globs that match at least one file', { found: patterns.join(' ') });
    const limits = opts.limits ?? parse/* DEFAULT_LIMITS */.dR;
    const files = [];
    const docs = new Map();
    const resources = [];
    // files are read a few ahead of the one being parsed: reading overlaps parsing, and each file's
    // bytes are there when it is its turn (one wake-up of the event loop per file costs milliseconds on
    // a loaded runner); at most READ_AHEAD files (each within maxFileBytes) are held at once
    const reads = [];
    const readAt = (i) => {
        if (i < paths.length)
            reads[i] = readBounded(opts.root, paths[i], limits.maxFileBytes);
    };
    for (let i = 0; i < READ_AHEAD; i++)
        readAt(i);
    for (const [i, rel] of paths.entries()) {
        const bytes = (await reads[i])();
        delete reads[i];
        readAt(i + READ_AHEAD);
        const sha256 = (0,digest/* sha256Hex */.f)(bytes);
        const known = opts.known?.get(rel);
        if (known && known.sha256 === sha256) {
            files.push({ path: rel, sha256, size: bytes.length, documents: known.resources.length });
            resources.push(...known.resources.map((r) => ({ ...r })));
            continue;
        }
        let text;
        try {
            text = UTF8.decode(bytes);
        }
        catch {
            throw new errors/* InputError */.dz(rel, undefined, 'UTF-8 text');
        }
        // one read without positions (the fast reader where the file is plain, else the `yaml` library)
        const ds = (0,parse/* parseConfigText */.Bu)(text, rel, limits, { positions: false });
        const rs = toResources(ds);
        // positions are recovered only where they can be needed, by reading the file again with the `yaml`
        // library: a file whose every resource equals a baseline resource of the same file is formatting
        // only (keeps time and memory flat on large reformatted sets)
        const baseDigests = new Set(known?.resources.map((r) => r.sha256));
        if (opts.positions !== false && (!known || !rs.every((r) => baseDigests.has(r.sha256))))
            for (const d of (0,parse/* parseConfigText */.Bu)(text, rel, limits, { positions: true }))
                docs.set(`${d.file}#${d.index}`, d);
        resources.push(...rs);
        files.push({ path: rel, sha256, size: bytes.length, documents: ds.length });
    }
    assignIds(resources);
    return { files, resources, docs };
}
/** Files read ahead of the one being parsed (see loadConfigSet). */
const READ_AHEAD = 8;
/**
 * Reads one file of the set, refusing one over `maxFileBytes` before reading it.
 * @returns a function giving the bytes or throwing the InputError (so a read ahead never rejects unobserved)
 */
async function readBounded(root, rel, maxFileBytes) {
    try {
        const { abs } = (0,fsx/* resolveInside */.LI)(root, rel);
        const st = await (0,promises_.stat)(abs);
        if (st.size > maxFileBytes) {
            throw new errors/* InputError */.dz(rel, undefined, `a config file of at most ${maxFileBytes} bytes (oversized documents are refused)`, {
                found: `${st.size} bytes`,
            });
        }
        const bytes = await (0,promises_.readFile)(abs);
        return () => bytes;
    }
    catch (e) {
        return () => {
            throw e;
        };
    }
}
/** Loads the config set and signs its snapshot. @throws InputError on unusable input. */
async function snapshot(patterns, opts) {
    if (!opts.environment)
        throw new errors/* InputError */.dz(undefined, 'env', 'an environment name');
    const set = await loadConfigSet(patterns, { ...opts, positions: false });
    return signSet(set, opts);
}
function signSet(set, opts) {
    const statement = buildSnapshotStatement({
        environment: opts.environment,
        commit: opts.commit ?? '',
        ignore: opts.ignore ?? { defaults: true, rules: [] },
        files: set.files,
        resources: set.resources,
        approval: opts.approval,
    });
    return { text: signSnapshot(statement, opts.key), statement };
}
/** Clock skew allowed for a baseline's `createdAt` in the future, in seconds. */
const FUTURE_SKEW_SECONDS = 300;
/**
 * Pins what a verified baseline is for: its signed environment, and optionally its freshness and commit.
 * @throws InputError (exit 2) naming the baseline file and the predicate field that does not match
 */
function checkBaselineFor(pred, source, opts) {
    if (!opts.environment)
        throw new errors/* InputError */.dz(undefined, 'env', 'the environment being verified (the baseline must be signed for it)');
    if (pred.environment !== opts.environment) {
        throw new errors/* InputError */.dz(source, 'predicate.environment', `a baseline signed for environment '${opts.environment}' (a baseline of another environment is refused)`, { found: `'${String(pred.environment)}'` });
    }
    if (opts.baselineCommit !== undefined && pred.commit !== opts.baselineCommit) {
        throw new errors/* InputError */.dz(source, 'predicate.commit', `the baseline of commit '${opts.baselineCommit}'`, {
            found: `'${String(pred.commit)}'`,
        });
    }
    if (opts.maxAgeSeconds !== undefined) {
        const now = (opts.now ?? new Date()).getTime() / 1000;
        const at = Date.parse(pred.createdAt) / 1000;
        if (at > now + FUTURE_SKEW_SECONDS)
            throw new errors/* InputError */.dz(source, 'predicate.createdAt', 'a baseline made in the past', { found: pred.createdAt });
        if (now - at > opts.maxAgeSeconds) {
            throw new errors/* InputError */.dz(source, 'predicate.createdAt', `a baseline at most ${formatAge(opts.maxAgeSeconds)} old (take a new snapshot)`, {
                found: `${pred.createdAt}, ${formatAge(Math.floor(now - at))} old`,
            });
        }
    }
}
/**
 * Parses a maximum age: `90d`, `12h`, `30m`, `45s`, or a number of seconds.
 * @returns seconds; @throws InputError on anything else
 */
function parseMaxAge(text, field) {
    const m = /^(\d{1,9})([smhd]?)$/.exec(text.trim());
    if (!m)
        throw new errors/* InputError */.dz(undefined, field, 'a maximum age such as 90d, 12h, 30m or a number of seconds', { found: `'${text}'` });
    return Number(m[1]) * { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[m[2]];
}
function formatAge(sec) {
    if (sec % 86400 === 0)
        return `${sec / 86400}d`;
    if (sec >= 86400)
        return `${(sec / 86400).toFixed(1)}d`;
    if (sec % 3600 === 0)
        return `${sec / 3600}h`;
    return `${sec}s`;
}
/**
 * Verifies the current config set against a signed baseline.
 * @returns the report (exit code inside: 0 no drift / formatting only / approved, 1 drift)
 * @throws InputError (exit 2) on a bad or missing baseline signature or unusable input.
 */
async function verify(patterns, opts) {
    const base = loadBaseline(opts.baselineText, opts.baselineFile, opts.trusted);
    const pred = base.statement.predicate;
    checkBaselineFor(pred, opts.baselineFile, opts);
    const baseRes = pred.resources.map(fromSnapshot);
    const byFile = new Map();
    for (const r of baseRes) {
        const list = byFile.get(r.file);
        if (list)
            list.push(r);
        else
            byFile.set(r.file, [r]);
    }
    const known = new Map(pred.files.map((f) => [f.path, { sha256: f.sha256, resources: byFile.get(f.path) ?? [] }]));
    const set = await loadConfigSet(patterns, { ...opts, known });
    const baseRules = effectiveRules(pred.ignore);
    const rules = [...baseRules, ...(opts.extraRules ?? [])];
    const labels = new Map(rules.map((r, i) => [r, ruleLabel(r, i)]));
    const baseById = new Map(baseRes.map((r) => [r.id, r]));
    const curById = new Map(set.resources.map((r) => [r.id, r]));
    const resources = [];
    const counts = { resources: set.resources.length, changed: 0, added: 0, removed: 0, changes: 0, ignored: 0 };
    for (const cur of set.resources) {
        const doc = set.docs.get(`${cur.file}#${cur.document}`);
        const b = baseById.get(cur.id);
        const entry = { id: cur.id, file: cur.file, status: 'unchanged', changes: [] };
        if (cur.k8s)
            entry.k8s = cur.k8s;
        if (cur.notes)
            entry.notes = cur.notes;
        if (doc)
            entry.line = (0,parse/* lineOf */.cA)(doc, []);
        if (!b) {
            entry.status = 'added';
            counts.added++;
            counts.changes++;
            resources.push(entry);
            continue;
        }
        if (b.sha256 === cur.sha256)
            continue;
        const kind = cur.k8s?.kind;
        for (const c of diffValues(b.object, cur.object, { kind })) {
            const rc = { op: c.op, path: c.path, pointer: c.pointer };
            if (c.baselinePointer !== undefined)
                rc.baselinePointer = c.baselinePointer;
            if (c.op !== '+')
                rc.baseline = c.baseline;
            if (c.op !== '-')
                rc.current = c.current;
            if (c.typeChange)
                rc.typeChange = c.typeChange;
            if (doc)
                rc.line = (0,parse/* lineOf */.cA)(doc, segments(c.steps, 'current'));
            const rule = ignoredBy(rules, cur, c);
            if (rule)
                rc.ignoredBy = labels.get(rule);
            entry.changes.push(rc);
        }
        const counted = entry.changes.filter((c) => !c.ignoredBy).length;
        counts.changes += counted;
        counts.ignored += entry.changes.length - counted;
        entry.status = counted ? 'changed' : entry.changes.length ? 'ignored-only' : 'unchanged';
        if (counted)
            counts.changed++;
        if (entry.changes.length)
            resources.push(entry);
    }
    for (const b of baseRes) {
        if (curById.has(b.id))
            continue;
        const entry = { id: b.id, file: b.file, status: 'removed', changes: [] };
        if (b.k8s)
            entry.k8s = b.k8s;
        resources.push(entry);
        counts.removed++;
        counts.changes++;
    }
    const baseFiles = new Map(pred.files.map((f) => [f.path, f.sha256]));
    const curFiles = new Map(set.files.map((f) => [f.path, f.sha256]));
    const files = [
        ...set.files.map((f) => ({
            path: f.path,
            status: !baseFiles.has(f.path)
                ? 'added'
                : baseFiles.get(f.path) === f.sha256
                    ? 'unchanged'
                    : 'changed',
        })),
        ...pred.files.filter((f) => !curFiles.has(f.path)).map((f) => ({ path: f.path, status: 'removed' })),
    ];
    // a file with any change (ignored ones too) is not "formatting only"
    const touched = new Set(resources.map((r) => r.file));
    const formattingOnly = files.filter((f) => f.status === 'changed' && !touched.has(f.path)).map((f) => f.path);
    const drift = counts.changes > 0;
    const status = drift
        ? opts.approved
            ? 'drift-approved'
            : 'drift'
        : formattingOnly.length
            ? 'formatting-only'
            : 'no-drift';
    const titles = {
        'no-drift': 'NO DRIFT',
        'formatting-only': 'FORMATTING ONLY',
        drift: 'DRIFT',
        'drift-approved': 'DRIFT APPROVED',
    };
    const report = {
        schema: 'https://mc-actions.dev/config-drift-report/v1',
        status,
        title: titles[status],
        exitCode: status === 'drift' ? errors/* ExitCode */.yU.Fail : errors/* ExitCode */.yU.Pass,
        environment: pred.environment,
        baseline: { file: opts.baselineFile, sha256: base.sha256, keyids: base.keyids, commit: pred.commit, createdAt: pred.createdAt },
        counts,
        formattingOnly,
        files,
        ignoreRules: rules.map((r, i) => ({ label: labels.get(r) ?? String(i), fromBaseline: i < baseRules.length })),
        resources,
    };
    if (drift && opts.approved)
        report.approval = opts.approved;
    // the rules a follow-up snapshot keeps: the baseline's, plus those added now
    return { report, set, ignore: { defaults: pred.ignore.defaults, rules: [...pred.ignore.rules, ...(opts.extraRules ?? [])] } };
}
/** Signs a new snapshot of a verified set, recording the approval (after DRIFT APPROVED). */
function snapshotApproved(set, report, opts) {
    if (!report.approval)
        throw new errors/* InputError */.dz(undefined, 'change-approved', 'an approved drift before writing an approved snapshot');
    const approval = {
        ...report.approval,
        baselineSha256: report.baseline.sha256,
        changes: report.counts.changes,
        approvedAt: new Date().toISOString(),
    };
    return signSet(set, { ...opts, root: '', approval });
}
/** The approving actor and run from the environment (GitHub Actions variables, else the local user). */
function approvalContext(env) {
    const actor = env.GITHUB_ACTOR || env.USER || 'unknown';
    const run = env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY
        ? `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : 'local';
    return { actor, run };
}
function fromSnapshot(r) {
    const out = { id: r.id, file: r.file, document: r.document, object: r.object, sha256: r.sha256 };
    if (r.k8s)
        out.k8s = r.k8s;
    if (r.notes)
        out.notes = r.notes;
    return out;
}

;// CONCATENATED MODULE: ./src/config/settings.ts
/**
 * The settings of config-attest, read the same way from the `mc config-attest snapshot|verify`
 * flags and from the mc/config-attest action's inputs. Every default is owned here once; messages
 * name the flag or input as the user wrote it (`--max-age` in the CLI, `input 'max-baseline-age'`
 * in the action). Paths, keys and trust material stay with the entrypoints.
 */



/** The snapshot file the action writes when `snapshot` is not given. */
const DEFAULT_SNAPSHOT_FILE = 'config-snapshot.intoto.jsonl';
/**
 * @param raw the settings as given
 * @param label how a setting is named to the user
 * @throws UsageError or InputError (exit 2) naming the setting and what was expected.
 */
function configSettings(raw, label) {
    if (raw.mode && raw.mode !== 'snapshot' && raw.mode !== 'verify')
        throw new errors/* UsageError */.eb(`${label('mode')}: expected snapshot or verify, found '${raw.mode}'`);
    const int = (field, def) => {
        const v = raw[field];
        if (v === undefined || v === '')
            return def;
        if (!/^\d+$/.test(v))
            throw new errors/* UsageError */.eb(`${label(field)}: expected a non-negative integer, found '${v}'`);
        return Number(v);
    };
    const limits = {
        ...parse/* DEFAULT_LIMITS */.dR,
        maxFileBytes: int('maxFileBytes', parse/* DEFAULT_LIMITS */.dR.maxFileBytes),
        maxAliasCount: int('maxAliasCount', parse/* DEFAULT_LIMITS */.dR.maxAliasCount),
    };
    // InputError (exit 2) naming the setting: `--max-age: expected a maximum age such as 90d ...`
    const maxAgeSeconds = raw.maxBaselineAge ? parseMaxAge(raw.maxBaselineAge, label('maxBaselineAge')) : undefined;
    return {
        ...(raw.mode ? { mode: raw.mode } : {}),
        limits,
        ...(maxAgeSeconds !== undefined ? { maxAgeSeconds } : {}),
    };
}

// EXTERNAL MODULE: ./src/core/report.ts
var report = __webpack_require__(8557);
;// CONCATENATED MODULE: ./src/config/report.ts
/**
 * Renderings of a DriftReport: plain text (CLI), markdown (job summary and the sticky PR
 * comment) and annotations on changed lines. Values are shown as compact JSON, shortened;
 * Secret values never reach a report (they are digests from normalization).
 */


/** Longest value shown in text and markdown (characters); the JSON report keeps full values. */
const MAX_SHOWN = 120;
/** Compact JSON of a value, shortened for display. `(absent)` for undefined. */
function showValue(v) {
    if (v === undefined)
        return '(absent)';
    const s = (0,jcs/* jsonText */.s$)(v);
    return s.length > MAX_SHOWN ? s.slice(0, MAX_SHOWN - 1) + '…' : s;
}
function describe(c) {
    c = { ...c, path: c.path || '(whole document)' };
    const type = c.typeChange ? ` (type ${c.typeChange.baseline} → ${c.typeChange.current})` : '';
    if (c.op === '+')
        return `+ ${c.path}: ${showValue(c.current)}`;
    if (c.op === '-')
        return `- ${c.path}: ${showValue(c.baseline)}`;
    return `~ ${c.path}: ${showValue(c.baseline)} → ${showValue(c.current)}${type}`;
}
function resourceHead(r) {
    return r.status === 'added'
        ? `+ ${r.id} (${r.file}) added`
        : r.status === 'removed'
            ? `- ${r.id} (${r.file}) removed`
            : `${r.id} (${r.file})`;
}
/** Human-readable text for the CLI. */
function formatText(rep) {
    const lines = [
        `${rep.title}: environment ${rep.environment}, baseline ${rep.baseline.file} (commit ${rep.baseline.commit || 'unknown'}, signed by ${rep.baseline.keyids.join(', ')})`,
    ];
    const c = rep.counts;
    lines.push(`${(0,report/* plural */.LS)(c.resources, 'resource')}: ${c.changed} changed, ${c.added} added, ${c.removed} removed; ${(0,report/* plural */.LS)(c.changes, 'counted change')}, ${c.ignored} ignored`);
    for (const r of rep.resources) {
        lines.push(`  ${resourceHead(r)}`);
        for (const ch of r.changes)
            lines.push(`    ${describe(ch)}${ch.ignoredBy ? `  [ignored: ${ch.ignoredBy}]` : ''}`);
    }
    if (rep.formattingOnly.length)
        lines.push(`formatting only (passes): ${rep.formattingOnly.join(', ')}`);
    if (rep.approval)
        lines.push(`approved by ${rep.approval.actor} in ${rep.approval.run}`);
    return lines.join('\n') + '\n';
}
/** Largest number of table rows in markdown (a PR comment holds at most 65536 characters). */
const MAX_ROWS = 150;
/** A value as a markdown code span (plain text when it contains a backtick). */
function code(text) {
    return text.includes('`') ? text : `\`${text}\``;
}
/** Markdown for the job summary and PR comment (at most MAX_ROWS change rows; the JSON report has all). */
function formatMarkdown(rep) {
    const icon = rep.status === 'drift' ? '❌' : rep.status === 'drift-approved' ? '⚠️' : '✅';
    const c = rep.counts;
    const out = [
        `### ${icon} config-attest: ${rep.title} (${(0,report/* mdCell */.cz)(rep.environment)})`,
        '',
        `Baseline \`${(0,report/* mdCell */.cz)(rep.baseline.file)}\`, commit \`${rep.baseline.commit || 'unknown'}\`, signed by \`${rep.baseline.keyids.join('`, `')}\`.`,
        `${(0,report/* plural */.LS)(c.resources, 'resource')}: ${c.changed} changed, ${c.added} added, ${c.removed} removed; **${(0,report/* plural */.LS)(c.changes, 'counted change')}**, ${c.ignored} ignored by noise rules.`,
        '',
    ];
    if (rep.approval)
        out.push(`Drift approved (change-approved) by **${(0,report/* mdCell */.cz)(rep.approval.actor)}** in ${(0,report/* mdCell */.cz)(rep.approval.run)}.`, '');
    const rows = [];
    for (const r of rep.resources) {
        if (r.status === 'added' || r.status === 'removed')
            rows.push([code(r.id), r.file, r.status === 'added' ? '+' : '-', '(whole resource)', '', '']);
        for (const ch of r.changes) {
            rows.push([
                code(r.id),
                `${r.file}${ch.line ? `:${ch.line}` : ''}`,
                ch.op + (ch.ignoredBy ? ' (ignored)' : ''),
                code(ch.path),
                ch.op === '+' ? '' : code(showValue(ch.baseline)),
                ch.op === '-' ? '' : code(showValue(ch.current)) + (ch.typeChange ? ` (${ch.typeChange.baseline} → ${ch.typeChange.current})` : ''),
            ]);
        }
    }
    if (rows.length)
        out.push((0,report/* mdTable */.gJ)(['resource', 'file', 'op', 'path', 'baseline', 'current'], rows.slice(0, MAX_ROWS)));
    if (rows.length > MAX_ROWS)
        out.push(`… and ${rows.length - MAX_ROWS} more rows in the JSON report.`, '');
    if (rep.formattingOnly.length)
        out.push(`Formatting only (passes): ${rep.formattingOnly.map((f) => `\`${(0,report/* mdCell */.cz)(f)}\``).join(', ')}`, '');
    return out.join('\n') + '\n';
}
/** Annotations for counted changes (ignored ones are not annotated), at most `limit`. */
function changeAnnotations(rep, limit = 50) {
    const out = [];
    for (const r of rep.resources) {
        if (r.status === 'added' || r.status === 'removed')
            out.push({ file: r.file, line: r.line, title: `config drift: ${r.id}`, message: `resource ${r.status}` });
        for (const ch of r.changes)
            if (!ch.ignoredBy)
                out.push({ file: r.file, line: ch.line, title: `config drift: ${r.id}`, message: describe(ch) });
    }
    return out.slice(0, limit);
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/config/trust.ts
/**
 * Trust material from the trusted side: the baseline, the JWKS and every ignore file are read
 * from the git tree of a trusted commit (`--trust-ref REF`, on a pull request its base commit),
 * never from the working tree, which a pull request controls.
 *
 * Files are read with git plumbing only (`git rev-parse`, `git ls-tree`, `git cat-file`; see
 * git-ls-tree(1), git-cat-file(1); replace refs are ignored, GIT_NO_REPLACE_OBJECTS): the working
 * tree and the index are never consulted, so a pull request that edits, adds, deletes or symlinks
 * the files cannot change what is read. Only regular
 * files (tree modes 100644 and 100755) are accepted: symlinks (120000), directories and
 * submodules are refused, as is anything larger than the byte limit.
 */









/** Largest JWKS or ignore file read from a trusted tree, in bytes. */
const MAX_TRUST_FILE_BYTES = 1024 * 1024;
function git(cwd, args, maxBuffer = 1024 * 1024) {
    return new Promise((resolveRun) => {
        (0,external_node_child_process_.execFile)('git', args, {
            cwd,
            encoding: 'buffer',
            maxBuffer,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', GIT_NO_REPLACE_OBJECTS: '1' },
        }, (err, stdout, stderr) => {
            const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
            resolveRun({ stdout: stdout ?? Buffer.alloc(0), stderr: (stderr ?? Buffer.alloc(0)).toString('utf8').trim(), code });
        });
    });
}
/**
 * Resolves `ref` to a commit in the repository containing `cwd`.
 * @throws UsageError when the ref is malformed; InputError (exit 2) when git cannot resolve it
 *   (not a repository, or the commit is not fetched: use `actions/checkout` with `fetch-depth: 0`).
 */
async function resolveTrustRef(cwd, ref) {
    const r = ref.trim();
    if (!r || r.startsWith('-') || /[\0-\x20\x7f~^:?*[\\]/.test(r.replace(/\^\{commit\}$/, ''))) {
        throw new errors/* UsageError */.eb(`--trust-ref: expected a branch, tag or commit, found '${ref}'`);
    }
    const res = await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${r}^{commit}`]);
    const commit = res.stdout.toString('utf8').trim();
    if (res.code !== 0 || !/^([0-9a-f]{40}|[0-9a-f]{64})$/.test(commit)) {
        throw new errors/* InputError */.dz(`trust-ref ${r}`, undefined, `a commit in the git repository at ${cwd} (is it a clone, and is ${r} fetched? actions/checkout needs fetch-depth: 0)${res.stderr ? `: ${res.stderr.split('\n')[0]}` : ''}`);
    }
    return { cwd, ref: r, commit };
}
/**
 * Reads one regular file from the trusted commit's tree.
 * @param path relative to `tree.cwd`, as in the working tree (POSIX separators)
 * @param what what the file is, for error messages ("baseline snapshot", "JWKS", "ignore rules")
 * @throws InputError naming `REF:path` when the path is absolute, absent at the commit, not a
 *   regular file (symlink, directory, submodule) or larger than `maxBytes`.
 */
async function readTrustedFile(tree, path, what, maxBytes = MAX_TRUST_FILE_BYTES) {
    const where = `${tree.ref}:${path}`;
    const norm = external_node_path_.posix.normalize(path.replace(/\\/g, '/'));
    if (!path || external_node_path_.posix.isAbsolute(norm) || norm === '.' || norm.includes('\0'))
        throw new errors/* InputError */.dz(where, undefined, `a relative path of the ${what} in the trusted tree`);
    const ls = await git(tree.cwd, ['ls-tree', '-z', '--end-of-options', tree.commit, '--', norm]);
    if (ls.code !== 0)
        throw new errors/* InputError */.dz(where, undefined, `the ${what} in the trusted tree: ${ls.stderr.split('\n')[0] || 'git ls-tree failed'}`);
    const entries = ls.stdout.toString('utf8').split('\0').filter(Boolean);
    const entry = entries.map((e) => /^(\d{6}) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(e)).find((m) => m && external_node_path_.posix.normalize(m[4]) === norm);
    if (!entry)
        throw new errors/* InputError */.dz(where, undefined, `the ${what} at trusted commit ${tree.commit.slice(0, 12)} (it is not in that tree; a file only the pull request adds is not trusted)`);
    const [, mode, type, blob] = entry;
    if (type !== 'blob' || (mode !== '100644' && mode !== '100755')) {
        throw new errors/* InputError */.dz(where, undefined, `a regular file for the ${what} (found ${mode === '120000' ? 'a symbolic link' : type === 'tree' ? 'a directory' : `mode ${mode} ${type}`})`);
    }
    const size = await git(tree.cwd, ['cat-file', '-s', blob]);
    const bytes = Number(size.stdout.toString('utf8').trim());
    if (size.code !== 0 || !Number.isSafeInteger(bytes))
        throw new errors/* InputError */.dz(where, undefined, `a readable blob for the ${what}`);
    if (bytes > maxBytes)
        throw new errors/* InputError */.dz(where, undefined, `a ${what} of at most ${maxBytes} bytes (found ${bytes})`);
    const body = await git(tree.cwd, ['cat-file', 'blob', blob], bytes + 1024);
    if (body.code !== 0 || body.stdout.length !== bytes)
        throw new errors/* InputError */.dz(where, undefined, `a readable blob for the ${what}`);
    const text = new TextDecoder('utf-8', { fatal: false }).decode(body.stdout);
    return { path, blob, text };
}
/**
 * Whether the working tree's copy of a trusted file differs from the trusted one (a pull request
 * that edits its ignore rules, baseline or JWKS): true when it differs or is missing there.
 * Used only to tell the user their edit is not used; never to read trust material.
 */
async function workingCopyDiffers(absPath, trusted) {
    try {
        return (await (0,promises_.readFile)(absPath, 'utf8')) !== trusted.text;
    }
    catch {
        return true;
    }
}
/**
 * The pull request's base commit from the event payload (GITHUB_EVENT_PATH) on `pull_request`
 * and `pull_request_target` events; undefined on other events or when the payload has none.
 */
async function pullRequestBaseSha(env) {
    if (env.GITHUB_EVENT_NAME !== 'pull_request' && env.GITHUB_EVENT_NAME !== 'pull_request_target')
        return undefined;
    if (!env.GITHUB_EVENT_PATH)
        return undefined;
    try {
        const ev = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8'));
        const sha = ev.pull_request?.base?.sha;
        return typeof sha === 'string' && /^([0-9a-f]{40}|[0-9a-f]{64})$/.test(sha) ? sha : undefined;
    }
    catch {
        return undefined;
    }
}
/** One markdown line saying where the trust material came from (for summaries and comments). */
function trustNote(t) {
    return `\n> Trust material (${Object.keys(t.files)
        .map((f) => `\`${f}\``)
        .join(', ')}) read from \`${t.ref}\` at commit \`${t.commit.slice(0, 12)}\`, never from the pull request's tree.\n`;
}
/**
 * Reads the baseline, the JWKS and the ignore file: from `tree` when given (the trusted commit;
 * the working tree is never read for them), else from the working tree under `cwd`.
 * @throws InputError naming the file (`REF:path` for trusted files) and what was expected.
 */
async function loadTrustMaterial(opts) {
    const { cwd, tree } = opts;
    if (!tree) {
        return {
            trusted: await (0,ed25519/* readJwksFile */.Yg)((0,external_node_path_.resolve)(cwd, opts.jwks)),
            baselineText: await (0,fsx.readText)((0,external_node_path_.resolve)(cwd, opts.baseline), 'baseline snapshot'),
            ignore: opts.ignore
                ? await parseIgnoreConfig(await (0,fsx/* readJsonOrYaml */.rR)((0,external_node_path_.resolve)(cwd, opts.ignore), 'ignore rules'), opts.ignore)
                : { defaults: true, rules: [] },
            warnings: [],
        };
    }
    const warnings = [];
    const files = {};
    const read = async (path, what, max) => {
        const f = await readTrustedFile(tree, path, what, max);
        files[path] = f.blob;
        if (await workingCopyDiffers((0,external_node_path_.resolve)(cwd, path), f)) {
            warnings.push(`${path}: the working tree's copy differs from ${tree.ref} (${tree.commit.slice(0, 12)}); the trusted copy is used, the working tree's is ignored`);
        }
        return f;
    };
    const jwksFile = await read(opts.jwks, 'JWKS');
    const trusted = await (0,ed25519/* parseJwks */.br)(jwksFile.text, `${tree.ref}:${opts.jwks}`);
    const baselineText = (await read(opts.baseline, 'baseline snapshot', opts.maxBaselineBytes ?? parse/* DEFAULT_LIMITS */.dR.maxFileBytes)).text;
    let ignore = { defaults: true, rules: [] };
    if (opts.ignore) {
        const f = await read(opts.ignore, 'ignore rules');
        let value;
        try {
            value = (0,dist.parse)(f.text, { maxAliasCount: 1000 });
        }
        catch (e) {
            throw new errors/* InputError */.dz(`${tree.ref}:${opts.ignore}`, undefined, 'ignore rules as YAML or JSON', {
                found: e.message.split('\n')[0],
            });
        }
        ignore = await parseIgnoreConfig(value, `${tree.ref}:${opts.ignore}`);
    }
    return { trusted, baselineText, ignore, record: { ref: tree.ref, commit: tree.commit, files }, warnings };
}

// EXTERNAL MODULE: ./src/cli/cli.ts + 1 modules
var cli = __webpack_require__(9797);
;// CONCATENATED MODULE: ./src/cli/commands/config-attest.ts
/**
 * `mc config-attest snapshot|verify`: signed config snapshots and semantic drift verification.
 * Exit codes: 0 no drift, formatting only or approved; 1 drift; 2 unusable input or bad baseline signature.
 */











const SNAPSHOT_USAGE = 'mc config-attest snapshot --key PRIVATE.pem --env NAME --out SNAPSHOT.intoto.jsonl [--commit SHA] [--ignore RULES.yaml] [--no-default-ignores] [--root DIR] [--max-file-bytes N] [--max-alias-count N] [--force] PATH_OR_GLOB...';
const VERIFY_USAGE = 'mc config-attest verify --baseline SNAPSHOT.intoto.jsonl --jwks JWKS.json --env NAME [--max-age 90d] [--baseline-commit SHA] [--format text|json] [--change-approved] [--report REPORT.json] [--markdown SUMMARY.md] [--ignore RULES.yaml] [--trust-ref REF] ' +
    "[--key PRIVATE.pem --out NEW.intoto.jsonl] [--root DIR] PATH_OR_GLOB...\n  --trust-ref REF: read the baseline, the JWKS and the ignore rules from the git tree of REF (e.g. the pull request's base commit), never from the working tree";
const common = {
    root: { type: 'string' },
    ignore: { type: 'string' },
    'max-file-bytes': { type: 'string' },
    'max-alias-count': { type: 'string' },
};
/** The flag of each setting (mode is the action's only). */
const flag = (f) => `--${{ mode: 'mode', maxFileBytes: 'max-file-bytes', maxAliasCount: 'max-alias-count', maxBaselineAge: 'max-age' }[f]}`;
async function ignoreOf(path, cwd) {
    if (!path)
        return { defaults: true, rules: [] };
    return await parseIgnoreConfig(await (0,fsx/* readJsonOrYaml */.rR)((0,external_node_path_.resolve)(cwd, path), 'ignore rules'), path);
}
async function runSnapshot(argv, io) {
    const { values: v, positionals } = (0,cli/* parseCliArgs */.h)(argv, {
        ...common,
        key: { type: 'string' },
        env: { type: 'string' },
        out: { type: 'string' },
        commit: { type: 'string' },
        'no-default-ignores': { type: 'boolean' },
        force: { type: 'boolean' },
    }, SNAPSHOT_USAGE);
    if (!v.key || !v.env || !v.out)
        throw new errors/* UsageError */.eb(`--key, --env and --out are required\nusage: ${SNAPSHOT_USAGE}`);
    const { limits } = configSettings({ maxFileBytes: v['max-file-bytes'], maxAliasCount: v['max-alias-count'] }, flag);
    const key = await (0,ed25519/* readPrivateKeyFile */.Pb)((0,external_node_path_.resolve)(io.cwd, v.key));
    const ignore = await ignoreOf(v.ignore, io.cwd);
    if (v['no-default-ignores'])
        ignore.defaults = false;
    const root = (0,external_node_path_.resolve)(io.cwd, v.root ?? '.');
    const res = await snapshot(positionals, {
        root,
        excludeFiles: [(0,external_node_path_.resolve)(io.cwd, v.out)],
        environment: v.env,
        commit: v.commit ?? io.env.GITHUB_SHA ?? '',
        ignore,
        key,
        limits,
    });
    await (0,fsx/* writeFileAtomic */.Zf)((0,external_node_path_.resolve)(io.cwd, v.out), res.text, { noClobber: !v.force });
    const p = res.statement.predicate;
    io.stdout(`snapshot ${v.out}: environment ${p.environment}, ${p.files.length} files, ${p.resources.length} resources, signed by ${key.kid}\n`);
    return errors/* ExitCode */.yU.Pass;
}
async function runVerify(argv, io) {
    const { values: v, positionals } = (0,cli/* parseCliArgs */.h)(argv, {
        ...common,
        baseline: { type: 'string' },
        jwks: { type: 'string' },
        format: { type: 'string', default: 'text' },
        'change-approved': { type: 'boolean' },
        env: { type: 'string' },
        'max-age': { type: 'string' },
        'baseline-commit': { type: 'string' },
        report: { type: 'string' },
        markdown: { type: 'string' },
        key: { type: 'string' },
        out: { type: 'string' },
        'trust-ref': { type: 'string' },
    }, VERIFY_USAGE);
    if (!v.baseline || !v.jwks || !v.env)
        throw new errors/* UsageError */.eb(`--baseline, --jwks and --env are required (the baseline must be signed for the environment being verified)\nusage: ${VERIFY_USAGE}`);
    const { limits, maxAgeSeconds } = configSettings({ maxFileBytes: v['max-file-bytes'], maxAliasCount: v['max-alias-count'], maxBaselineAge: v['max-age'] }, flag);
    if (v.format !== 'text' && v.format !== 'json')
        throw new errors/* UsageError */.eb(`--format: expected text or json, found '${v.format}'`);
    if (Boolean(v.key) !== Boolean(v.out))
        throw new errors/* UsageError */.eb('--key and --out go together (a new approved snapshot)');
    // trust material: from REF's git tree with --trust-ref (never the working tree), else from files
    const tree = v['trust-ref'] !== undefined ? await resolveTrustRef(io.cwd, v['trust-ref']) : undefined;
    const { trusted, baselineText, ignore: extra, record: trust, warnings, } = await loadTrustMaterial({
        cwd: io.cwd,
        tree,
        baseline: v.baseline,
        jwks: v.jwks,
        ignore: v.ignore,
        maxBaselineBytes: limits.maxFileBytes,
    });
    for (const w of warnings)
        io.stderr(`warning: ${w}\n`);
    // the flag is the only switch (no environment variable approves drift)
    const approved = v['change-approved'] ? approvalContext(io.env) : undefined;
    const root = (0,external_node_path_.resolve)(io.cwd, v.root ?? '.');
    const { report, set, ignore } = await verify(positionals, {
        environment: v.env,
        maxAgeSeconds,
        baselineCommit: v['baseline-commit'],
        root,
        excludeFiles: [v.baseline, v.out, v.report, v.markdown].filter((p) => !!p).map((p) => (0,external_node_path_.resolve)(io.cwd, p)),
        baselineText,
        baselineFile: v.baseline,
        trusted,
        extraRules: extra.rules,
        approved,
        limits,
    });
    const out = trust ? { ...report, trust } : report;
    if (v.report)
        await (0,fsx/* writeFileAtomic */.Zf)((0,external_node_path_.resolve)(io.cwd, v.report), (0,jcs/* jsonText */.s$)(out, 2) + '\n');
    if (v.markdown)
        await (0,fsx/* writeFileAtomic */.Zf)((0,external_node_path_.resolve)(io.cwd, v.markdown), formatMarkdown(report) + (trust ? trustNote(trust) : ''));
    if (v.key && v.out) {
        if (report.status !== 'drift-approved')
            throw new errors/* InputError */.dz(v.out, undefined, 'an approved drift (--change-approved) before writing a new snapshot');
        const key = await (0,ed25519/* readPrivateKeyFile */.Pb)((0,external_node_path_.resolve)(io.cwd, v.key));
        const res = snapshotApproved(set, report, { environment: report.environment, commit: io.env.GITHUB_SHA ?? '', key, ignore });
        await (0,fsx/* writeFileAtomic */.Zf)((0,external_node_path_.resolve)(io.cwd, v.out), res.text, { noClobber: true });
    }
    if (trust && v.format !== 'json')
        io.stdout(`trust material from ${trust.ref} (commit ${trust.commit.slice(0, 12)}): ${Object.keys(trust.files).join(', ')}\n`);
    io.stdout(v.format === 'json' ? (0,jcs/* jsonText */.s$)(out, 2) + '\n' : formatText(report));
    return report.exitCode;
}
const commands = [
    {
        name: 'config-attest snapshot',
        summary: 'sign a snapshot of config files (in-toto Statement in a DSSE envelope)',
        usage: SNAPSHOT_USAGE,
        run: runSnapshot,
    },
    {
        name: 'config-attest verify',
        summary: 'verify config files against a signed baseline: semantic drift, exit 1 on drift',
        usage: VERIFY_USAGE,
        run: runVerify,
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


/***/ })

};
