import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9797:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  h: () => (/* binding */ parseCliArgs),
  f: () => (/* binding */ pipeSafeWriter)
});

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
;// CONCATENATED MODULE: ./src/cli/cli.ts
/**
 * CLI plumbing shared by every `mc` command: argument parsing with clear usage errors, output.
 */


/**
 * node:util parseArgs with strict checking; unknown or malformed flags become a UsageError
 * carrying the command's usage text. `--help` is handled by the caller.
 */
function parseCliArgs(argv, options, usage, allowPositionals = true) {
    try {
        return (0,external_node_util_namespaceObject.parseArgs)({ args: argv, options, allowPositionals, strict: true });
    }
    catch (e) {
        throw new errors/* UsageError */.eb(`${e.message}\nusage: ${usage}`);
    }
}
/**
 * A writer to a process stream that stops quietly when the reader has gone away (EPIPE), as
 * `git` and coreutils do under `mc … | head -1`: the rest of the output is dropped, no stack trace
 * is printed, and the exit code stays the command's (the gate's verdict, not a write error).
 * Any other stream error is reported once on stderr (exit code unchanged).
 * @param stream `process.stdout` or `process.stderr`
 * @returns a `CliIO` writer: `(text) => void`
 */
function pipeSafeWriter(stream) {
    let closed = false;
    stream.on('error', (e) => {
        closed = true;
        if (e.code !== 'EPIPE' && stream !== process.stderr)
            process.stderr.write(`mc: cannot write output: ${e.code ?? e.message}\n`);
    });
    return (text) => {
        if (closed)
            return;
        try {
            stream.write(text);
        }
        catch (e) {
            // a synchronous EPIPE (or a destroyed stream): stop writing
            closed = true;
            if (e.code !== 'EPIPE' && stream !== process.stderr)
                process.stderr.write(`mc: cannot write output: ${e.message}\n`);
        }
    };
}


/***/ }),

/***/ 9550:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9797);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(836);
/** Process entry of the `mc` CLI bundle: wires real stdio into `main`. */


// `mc … | head -1`: a reader that closes early ends the output quietly; the exit code is the gate's
const code = await (0,_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i)(process.argv.slice(2), {
    stdout: (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .pipeSafeWriter */ .f)(process.stdout),
    stderr: (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .pipeSafeWriter */ .f)(process.stderr),
    cwd: process.cwd(),
    env: process.env,
});
process.exitCode = code;

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 836:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
;// CONCATENATED MODULE: ./src/cli/commands/index.ts
const registry = {
    keygen: { summary: 'generate an Ed25519 key pair and JWKS', load: () => Promise.all(/* import() */[__nccwpck_require__.e(457), __nccwpck_require__.e(210), __nccwpck_require__.e(605), __nccwpck_require__.e(6), __nccwpck_require__.e(411), __nccwpck_require__.e(234), __nccwpck_require__.e(896), __nccwpck_require__.e(285)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8285)) },
    jwks: { summary: 'manage a JWKS: add keys, retire keys', load: () => Promise.all(/* import() */[__nccwpck_require__.e(457), __nccwpck_require__.e(210), __nccwpck_require__.e(605), __nccwpck_require__.e(6), __nccwpck_require__.e(411), __nccwpck_require__.e(234), __nccwpck_require__.e(896), __nccwpck_require__.e(285)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8285)) },
    evidence: { summary: 'pack, verify and disclose signed release evidence', load: () => Promise.all(/* import() */[__nccwpck_require__.e(457), __nccwpck_require__.e(210), __nccwpck_require__.e(605), __nccwpck_require__.e(6), __nccwpck_require__.e(411), __nccwpck_require__.e(234), __nccwpck_require__.e(896), __nccwpck_require__.e(285)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8285)) },
    jws: { summary: 'sign and verify detached JWS response tokens (EdDSA)', load: () => Promise.all(/* import() */[__nccwpck_require__.e(457), __nccwpck_require__.e(210), __nccwpck_require__.e(605), __nccwpck_require__.e(6), __nccwpck_require__.e(411), __nccwpck_require__.e(234), __nccwpck_require__.e(896), __nccwpck_require__.e(285)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8285)) },
    'config-attest': { summary: 'signed config snapshots and semantic drift verification', load: () => Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(605), __nccwpck_require__.e(829), __nccwpck_require__.e(234), __nccwpck_require__.e(896), __nccwpck_require__.e(305), __nccwpck_require__.e(268), __nccwpck_require__.e(289)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6289)) },
    intoto: { summary: 'verify in-toto layouts and attestations; record and sign metadata', load: () => Promise.all(/* import() */[__nccwpck_require__.e(605), __nccwpck_require__.e(234), __nccwpck_require__.e(896), __nccwpck_require__.e(92)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6092)) },
    opa: { summary: 'Rego: opa eval / opa test compatible', load: () => Promise.all(/* import() */[__nccwpck_require__.e(457), __nccwpck_require__.e(815), __nccwpck_require__.e(856), __nccwpck_require__.e(331), __nccwpck_require__.e(234), __nccwpck_require__.e(714), __nccwpck_require__.e(362)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4362)) },
    'opa-sim': { summary: 'fail-closed policy gate over inputs or config files', load: () => Promise.all(/* import() */[__nccwpck_require__.e(457), __nccwpck_require__.e(815), __nccwpck_require__.e(856), __nccwpck_require__.e(331), __nccwpck_require__.e(234), __nccwpck_require__.e(305), __nccwpck_require__.e(714), __nccwpck_require__.e(841)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8175)) },
    'canary-score': { summary: 'judge a canary against its baseline (Kayenta-compatible)', load: () => Promise.all(/* import() */[__nccwpck_require__.e(457), __nccwpck_require__.e(210), __nccwpck_require__.e(234), __nccwpck_require__.e(373)]).then(__nccwpck_require__.bind(__nccwpck_require__, 373)) },
    'grounding-check': { summary: 'check RAG answers against their sources', load: () => Promise.all(/* import() */[__nccwpck_require__.e(457), __nccwpck_require__.e(210), __nccwpck_require__.e(605), __nccwpck_require__.e(130), __nccwpck_require__.e(234), __nccwpck_require__.e(896), __nccwpck_require__.e(777)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7777)) },
    'trajectory-golden': { summary: 'check agent trajectories against goldens', load: () => Promise.all(/* import() */[__nccwpck_require__.e(457), __nccwpck_require__.e(815), __nccwpck_require__.e(210), __nccwpck_require__.e(856), __nccwpck_require__.e(234), __nccwpck_require__.e(939)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2939)) },
    slo: { summary: 'SLO snapshots: error budgets and burn rates from Prometheus', load: () => Promise.all(/* import() */[__nccwpck_require__.e(457), __nccwpck_require__.e(815), __nccwpck_require__.e(210), __nccwpck_require__.e(605), __nccwpck_require__.e(829), __nccwpck_require__.e(234), __nccwpck_require__.e(896), __nccwpck_require__.e(305), __nccwpck_require__.e(268), __nccwpck_require__.e(903)]).then(__nccwpck_require__.bind(__nccwpck_require__, 903)) },
};

;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * `mc`: the command-line face of MC Actions. Same core as the actions.
 * Exit codes: 0 passed, 1 failed, 2 unusable input or usage.
 */


function help() {
    const width = Math.max(...Object.keys(registry).map((k) => k.length));
    return ('usage: mc <command> [options]\n\ncommands:\n' +
        Object.entries(registry)
            .map(([k, v]) => `  ${k.padEnd(width)}  ${v.summary}`)
            .join('\n') +
        "\n\nmc <command> --help shows a command's usage.\n");
}
/** Runs `mc` with the given arguments; returns the exit code. Never throws. */
async function main(argv, io) {
    const [word] = argv;
    if (!word || word === '--help' || word === '-h' || word === 'help') {
        io.stdout(help());
        return word ? errors/* ExitCode */.yU.Pass : errors/* ExitCode */.yU.Usage;
    }
    const entry = registry[word];
    if (!entry) {
        io.stderr(`mc: unknown command '${word}'\n${help()}`);
        return errors/* ExitCode */.yU.Usage;
    }
    try {
        const mod = await entry.load();
        // the longest command name that prefixes argv wins ("evidence pack" over "evidence")
        const matches = mod.commands
            .filter((c) => {
            const words = c.name.split(' ');
            return words.every((w, i) => argv[i] === w);
        })
            .sort((a, b) => b.name.split(' ').length - a.name.split(' ').length);
        const cmd = matches[0];
        if (!cmd) {
            const subs = mod.commands.filter((c) => c.name.split(' ')[0] === word);
            io.stderr(`mc ${word}: expected one of:\n${subs.map((c) => `  mc ${c.name}  ${c.summary}`).join('\n')}\n`);
            return errors/* ExitCode */.yU.Usage;
        }
        const rest = argv.slice(cmd.name.split(' ').length);
        if (rest.includes('--help') || rest.includes('-h')) {
            io.stdout(`usage: ${cmd.usage}\n\n${cmd.summary}\n`);
            return errors/* ExitCode */.yU.Pass;
        }
        return await cmd.run(rest, io);
    }
    catch (err) {
        const { message, exitCode } = (0,errors/* describeError */.Uc)(err);
        io.stderr(`mc ${word}: ${message}\n`);
        return exitCode;
    }
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hv: () => (/* binding */ McError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   g$: () => (/* binding */ printable),
/* harmony export */   yU: () => (/* binding */ ExitCode)
/* harmony export */ });
/**
 * Exit codes and error types shared by every gate, action and CLI command.
 *
 * Contract (DEVELOPERS guide, "How we build"): 0 gate passed, 1 gate failed,
 * 2 unusable input or usage. An error is never reported as a pass.
 */
/** Process exit codes used everywhere. */
const ExitCode = {
    /** The gate passed / verification succeeded. */
    Pass: 0,
    /** The gate failed / verification failed. */
    Fail: 1,
    /** Unusable input, bad usage, or an internal error (fail closed). */
    Usage: 2,
};
/**
 * Base class for errors that carry a user-facing message and an exit code.
 * Entry points print `message` (never the stack) and exit with `exitCode`.
 */
class McError extends Error {
    exitCode;
    constructor(message, exitCode = ExitCode.Usage) {
        super(message);
        this.name = new.target.name;
        this.exitCode = exitCode;
    }
}
/** Bad command-line or action usage (missing flag, unknown mode). Exit 2. */
class UsageError extends McError {
    constructor(message) {
        super(message, ExitCode.Usage);
    }
}
/**
 * Unusable input: names the file, the field and what was expected. Exit 2.
 *
 * @example new InputError('pack/evidence.intoto.jsonl', 'signatures[0].sig', 'base64 string')
 *   // message: "pack/evidence.intoto.jsonl: signatures[0].sig: expected base64 string"
 */
class InputError extends McError {
    file;
    field;
    line;
    constructor(file, field, expected, opts = {}) {
        const where = [file && (opts.line ? `${printable(file)}:${opts.line}` : printable(file)), field && printable(field)]
            .filter(Boolean)
            .join(': ');
        const found = opts.found !== undefined ? ` (found ${printable(opts.found)})` : '';
        super(`${where ? where + ': ' : ''}expected ${expected}${found}`, ExitCode.Usage);
        this.file = file;
        this.field = field;
        this.line = opts.line;
    }
}
/**
 * Escapes control characters (C0, DEL, C1, and U+2028/9) as `\xNN` / `\uNNNN` in text that came
 * from data (a file name, a path listed in a pack): a newline followed by `::add-mask::` or `::error::`
 * in a log would otherwise be read by the runner as a workflow command, or forge a report line.
 */
function printable(text) {
    // eslint-disable-next-line no-control-regex
    return String(text).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
        const n = c.charCodeAt(0);
        return n < 0x100 ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
    });
}
/** Maps any thrown value to a one-line message and an exit code (unknown errors exit 2). */
function describeError(err) {
    if (err instanceof McError)
        return { message: err.message, exitCode: err.exitCode };
    if (err && typeof err === 'object' && 'code' in err && 'path' in err) {
        const e = err;
        const what = e.code === 'ENOENT' ? 'no such file' : e.code === 'EACCES' ? 'permission denied' : e.code;
        return { message: `${e.path}: ${what}`, exitCode: ExitCode.Usage };
    }
    const message = err instanceof Error ? err.message : String(err);
    return { message: `internal error: ${message}`, exitCode: ExitCode.Usage };
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9550);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
