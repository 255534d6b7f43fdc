export const id = 362;
export const ids = [362];
export const modules = {

/***/ 4362:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commands: () => (/* binding */ commands)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/cli/cli.ts + 1 modules
var cli = __webpack_require__(9797);
// EXTERNAL MODULE: ./src/rego/index.ts + 1 modules
var rego = __webpack_require__(4950);
// EXTERNAL MODULE: ./src/opa/compile-cache.ts + 1 modules
var compile_cache = __webpack_require__(1714);
// EXTERNAL MODULE: ./src/rego/jsonexact.ts
var jsonexact = __webpack_require__(6426);
// EXTERNAL MODULE: ./src/rego/value.ts
var rego_value = __webpack_require__(278);
;// CONCATENATED MODULE: ./src/rego/loader.ts
/**
 * Loads `opa eval -d` / `opa test` paths: `.rego` modules, and `.json` / `.yaml` / `.yml` data
 * files. Directories are walked recursively; a data file found inside a directory is placed at
 * the data path of its sub-directory relative to that directory (as OPA's loader does), a data
 * file named directly is merged at the root. Big integers are read exactly.
 */






async function walk(dir) {
    const out = [];
    const ents = await (0,promises_.readdir)(dir, { withFileTypes: true });
    ents.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of ents) {
        if (e.name.startsWith('.'))
            continue;
        const p = (0,external_node_path_.join)(dir, e.name);
        if (e.isDirectory())
            out.push(...(await walk(p)));
        else
            out.push(p);
    }
    return out;
}
/** Parses a JSON or YAML data file into a plain value (exact integers). @throws InputError */
async function readDataFile(path) {
    const text = await (0,promises_.readFile)(path, 'utf8');
    try {
        if (/\.json$/i.test(path))
            return (0,rego_value/* toJSONValue */.Hw)((0,jsonexact/* parseJSONExact */.v5)(text), true);
        return dist.parse(text, { intAsBigInt: true }) ?? null;
    }
    catch (e) {
        throw new errors/* InputError */.dz(path, undefined, /\.json$/i.test(path) ? 'valid JSON' : 'valid YAML', {
            found: e.message.split('\n')[0],
        });
    }
}
function mergeAt(root, path, value, file) {
    let cur = root;
    for (const k of path) {
        const next = cur[k];
        if (next === undefined)
            cur[k] = {};
        else if (typeof next !== 'object' || next === null || Array.isArray(next))
            throw new errors/* InputError */.dz(file, path.join('.'), 'an object to merge data into');
        cur = cur[k];
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof rego_value/* RObject */.Cl) {
        if (path.length === 0)
            throw new errors/* InputError */.dz(file, undefined, 'a JSON/YAML object at the top level of a root data file');
        // replace the leaf: set on parent
        const parent = path.slice(0, -1).reduce((o, k) => o[k], root);
        parent[path[path.length - 1]] = value;
        return;
    }
    for (const [k, v] of Object.entries(value)) {
        const existing = cur[k];
        if (existing && typeof existing === 'object' && !Array.isArray(existing) && v && typeof v === 'object' && !Array.isArray(v)) {
            mergeAt(cur, [k], v, file);
        }
        else if (existing !== undefined)
            throw new errors/* InputError */.dz(file, [...path, k].join('.'), 'no conflict with data loaded from another file');
        else
            cur[k] = v;
    }
}
/**
 * Loads modules and data from files and directories (relative to `cwd`; module paths are kept
 * as given, for error locations). @throws InputError on unreadable or malformed files.
 */
async function loadPaths(paths, cwd = process.cwd()) {
    const modules = [];
    const data = {};
    for (const p of paths) {
        let st;
        try {
            st = await (0,promises_.stat)((0,external_node_path_.resolve)(cwd, p));
        }
        catch {
            throw new errors/* InputError */.dz(p, undefined, 'an existing .rego, .json or .yaml file or directory');
        }
        const files = st.isDirectory()
            ? (await walk((0,external_node_path_.resolve)(cwd, p))).map((f) => ({ f: (0,external_node_path_.join)(p, (0,external_node_path_.relative)((0,external_node_path_.resolve)(cwd, p), f)), rel: (0,external_node_path_.relative)((0,external_node_path_.resolve)(cwd, p), f) }))
            : [{ f: p, rel: '' }];
        for (const { f, rel } of files) {
            if (f.endsWith('.rego'))
                modules.push({ path: f, text: await (0,promises_.readFile)((0,external_node_path_.resolve)(cwd, f), 'utf8') });
            else if (/\.(json|ya?ml)$/i.test(f)) {
                const v = await readDataFile((0,external_node_path_.resolve)(cwd, f));
                const dirParts = rel ? rel.split(external_node_path_.sep).slice(0, -1) : [];
                mergeAt(data, dirParts, v, f);
            }
            else if (!st.isDirectory()) {
                throw new errors/* InputError */.dz(f, undefined, 'a .rego, .json, .yaml or .yml file');
            }
        }
    }
    return { modules, data };
}

// EXTERNAL MODULE: ./src/rego/errors.ts
var rego_errors = __webpack_require__(2088);
// EXTERNAL MODULE: ./src/rego/eval.ts
var rego_eval = __webpack_require__(5473);
;// CONCATENATED MODULE: ./src/cli/commands/opa.ts
/**
 * `mc opa eval` and `mc opa test`: the embedded Rego engine with `opa eval --format json` /
 * `opa test` compatible flags and output, so users can swap engines.
 */














const EVAL_USAGE = 'mc opa eval -d PATH... [-i INPUT.json|yaml | -I (input from stdin)] [--format json|pretty|raw] [--strict-builtin-errors] [--v0-compatible] [--fail|--fail-defined] [--no-cache] QUERY';
const TEST_USAGE = 'mc opa test PATH... [--run REGEX] [--format pretty|json] [--v0-compatible] [-v]';
function errorsJSON(errors) {
    return (0,rego_value/* stringifyJSON */.e4)({
        errors: errors.map((e) => ({
            message: e.message,
            code: e.code,
            ...(e.location ? { location: { file: e.location.file, row: e.location.row, col: e.location.col } } : {}),
        })),
    }, 2);
}
async function readInput(path) {
    if (/\.ya?ml$/i.test(path))
        return readDataFile(path);
    const text = await (0,promises_.readFile)(path, 'utf8');
    try {
        return (0,rego_value/* toJSONValue */.Hw)((0,jsonexact/* parseJSONExact */.v5)(text), true);
    }
    catch (e) {
        throw new errors/* InputError */.dz(path, undefined, 'valid JSON', { found: e.message });
    }
}
const evalCmd = {
    name: 'opa eval',
    summary: 'evaluate a Rego query (output as `opa eval --format json`)',
    usage: EVAL_USAGE,
    async run(argv, io) {
        const { values, positionals } = (0,cli/* parseCliArgs */.h)(argv, {
            data: { type: 'string', short: 'd', multiple: true },
            input: { type: 'string', short: 'i' },
            'stdin-input': { type: 'boolean', short: 'I', default: false },
            format: { type: 'string', short: 'f', default: 'json' },
            'strict-builtin-errors': { type: 'boolean', default: false },
            'v0-compatible': { type: 'boolean', default: false },
            fail: { type: 'boolean', default: false },
            'fail-defined': { type: 'boolean', default: false },
            'no-cache': { type: 'boolean', default: false },
        }, EVAL_USAGE);
        if (positionals.length !== 1)
            throw new errors/* UsageError */.eb(`expected exactly one QUERY\nusage: ${EVAL_USAGE}`);
        const format = values.format;
        if (!['json', 'pretty', 'raw'].includes(format))
            throw new errors/* UsageError */.eb(`--format: expected json, pretty or raw, found '${format}'`);
        const loaded = await loadPaths(values.data ?? [], io.cwd);
        if (values.input && values['stdin-input'])
            throw new errors/* UsageError */.eb(`-i and -I are exclusive\nusage: ${EVAL_USAGE}`);
        let input;
        if (values.input)
            input = await readInput((0,external_node_path_.resolve)(io.cwd, values.input));
        else if (values['stdin-input']) {
            const text = (0,external_node_fs_.readFileSync)(0, 'utf8');
            try {
                input = (0,rego_value/* toJSONValue */.Hw)((0,jsonexact/* parseJSONExact */.v5)(text), true);
            }
            catch {
                try {
                    input = dist.parse(text, { intAsBigInt: true });
                }
                catch (e) {
                    throw new errors/* InputError */.dz('<stdin>', undefined, 'JSON or YAML input', { found: e.message.split('\n')[0] });
                }
            }
        }
        try {
            // through the policy compile cache ($MC_CACHE_DIR, else $XDG_CACHE_HOME/mc or ~/.cache/mc); --no-cache: compile afresh
            const { compiled } = (0,compile_cache/* compileCached */.u_)(loaded.modules, { regoVersion: values['v0-compatible'] ? 'v0' : 'v1' }, values['no-cache'] ? undefined : (0,compile_cache/* defaultCacheDir */.$g)(io.env));
            const ev = new rego_eval/* Evaluator */.o(compiled, {
                input,
                data: loaded.data,
                strictBuiltinErrors: values['strict-builtin-errors'],
                printHook: (m) => io.stderr(m + '\n'),
            });
            const rows = ev.query(positionals[0], true);
            if (format === 'raw') {
                for (const r of rows)
                    for (const e of r.expressions)
                        io.stdout((typeof e.value === 'string' ? e.value : (0,rego_value/* stringifyJSON */.e4)(e.value)) + '\n');
            }
            else if (format === 'pretty') {
                if (rows.length === 0)
                    io.stdout('undefined\n');
                else if (rows.length === 1 && Object.keys(rows[0].bindings).length === 0 && rows[0].expressions.length === 1)
                    io.stdout((0,rego_value/* stringifyJSON */.e4)(rows[0].expressions[0].value, 2) + '\n');
                else
                    io.stdout((0,rego_value/* stringifyJSON */.e4)(rows.map((r) => (Object.keys(r.bindings).length ? r.bindings : r.expressions.map((e) => e.value))), 2) + '\n');
            }
            else {
                const result = rows.map((r) => ({
                    expressions: r.expressions.map((e) => ({ value: e.value, text: e.text, location: { row: e.location.row, col: e.location.col } })),
                    ...(Object.keys(r.bindings).length ? { bindings: r.bindings } : {}),
                }));
                io.stdout((0,rego_value/* stringifyJSON */.e4)(rows.length ? { result } : {}, 2) + '\n');
            }
            if (values.fail && rows.length === 0)
                return errors/* ExitCode */.yU.Fail;
            if (values['fail-defined'] && rows.length > 0)
                return errors/* ExitCode */.yU.Fail;
            return errors/* ExitCode */.yU.Pass;
        }
        catch (e) {
            if (!(e instanceof rego/* RegoErrors */.di))
                throw e;
            if (format === 'json')
                io.stdout(errorsJSON(e.errors) + '\n');
            else
                io.stderr(e.errors.map(rego_errors/* formatRegoError */.f1).join('\n') + '\n');
            return errors/* ExitCode */.yU.Usage;
        }
    },
};
const testCmd = {
    name: 'opa test',
    summary: 'run Rego unit tests (test_* rules) like `opa test`',
    usage: TEST_USAGE,
    async run(argv, io) {
        const { values, positionals } = (0,cli/* parseCliArgs */.h)(argv, {
            run: { type: 'string', short: 'r' },
            format: { type: 'string', short: 'f', default: 'pretty' },
            verbose: { type: 'boolean', short: 'v', default: false },
            'v0-compatible': { type: 'boolean', default: false },
        }, TEST_USAGE);
        if (positionals.length === 0)
            throw new errors/* UsageError */.eb(`expected at least one PATH\nusage: ${TEST_USAGE}`);
        let filter;
        if (values.run) {
            try {
                filter = new RegExp(values.run);
            }
            catch {
                throw new errors/* UsageError */.eb(`--run: expected a regular expression, found '${values.run}'`);
            }
        }
        const loaded = await loadPaths(positionals, io.cwd);
        let results;
        try {
            const compiled = (0,rego/* compile */.wE)(loaded.modules, { regoVersion: values['v0-compatible'] ? 'v0' : 'v1' });
            results = (0,rego/* runTests */.N$)(compiled, { data: loaded.data, filter });
        }
        catch (e) {
            if (!(e instanceof rego/* RegoErrors */.di))
                throw e;
            if (values.format === 'json')
                io.stdout(errorsJSON(e.errors) + '\n');
            else
                io.stderr(e.errors.map(rego_errors/* formatRegoError */.f1).join('\n') + '\n');
            return errors/* ExitCode */.yU.Usage;
        }
        const failed = results.filter((r) => r.outcome !== 'pass');
        if (values.format === 'json') {
            io.stdout((0,rego_value/* stringifyJSON */.e4)(results.map((r) => ({
                location: r.location,
                package: `data.${r.package}`,
                name: r.name,
                ...(r.outcome === 'fail' ? { fail: true } : {}),
                ...(r.error ? { error: r.error } : {}),
                duration: Math.round(r.durationMs * 1e6),
            })), 2) + '\n');
        }
        else {
            const line = (r) => `data.${r.package}.${r.name}: ${r.outcome.toUpperCase()} (${r.durationMs.toFixed(3)}ms)${r.error ? `\n  ${(0,rego_errors/* formatRegoError */.f1)(r.error)}` : ''}`;
            if (failed.length) {
                const byFile = new Map();
                for (const r of failed)
                    byFile.set(r.location.file, [...(byFile.get(r.location.file) ?? []), r]);
                for (const [file, rs] of byFile)
                    io.stdout(`${file}:\n${rs.map(line).join('\n')}\n`);
            }
            if (values.verbose)
                for (const r of results)
                    if (r.outcome === 'pass')
                        io.stdout(line(r) + '\n');
            io.stdout('-'.repeat(80) + '\n');
            const pass = results.length - failed.length;
            if (pass)
                io.stdout(`PASS: ${pass}/${results.length}\n`);
            const nf = results.filter((r) => r.outcome === 'fail').length;
            const ne = results.filter((r) => r.outcome === 'error').length;
            if (nf)
                io.stdout(`FAIL: ${nf}/${results.length}\n`);
            if (ne)
                io.stdout(`ERROR: ${ne}/${results.length}\n`);
            if (results.length === 0)
                io.stdout('no tests found\n');
        }
        return failed.length ? errors/* ExitCode */.yU.Fail : errors/* ExitCode */.yU.Pass;
    },
};
const commands = [evalCmd, testCmd];


/***/ })

};
