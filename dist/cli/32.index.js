export const id = 32;
export const ids = [32];
export const modules = {

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


/***/ })

};
