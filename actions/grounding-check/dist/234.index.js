export const id = 234;
export const ids = [234];
export const modules = {

/***/ 5234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   readText: () => (/* binding */ readText),
/* harmony export */   t2: () => (/* binding */ exists)
/* harmony export */ });
/* unused harmony exports readJson, readJsonOrYaml, resolveInside, expandPaths, comparePaths */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4296);
/**
 * File helpers shared by every gate: atomic writes, reads with clear errors, glob expansion
 * confined to a root (symlinks and paths that leave the root are refused).
 */






/**
 * Writes a file atomically: a temporary file in the same directory, fsync, then rename.
 * Readers see either the old or the new contents, never a partial file.
 * @param opts.noClobber refuse (InputError) when the target exists: evidence and baselines are never overwritten.
 */
async function writeFileAtomic(path, data, opts = {}) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    if (opts.noClobber && (await exists(path)))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(path, undefined, 'a path that does not exist yet (evidence is never overwritten)');
    const tmp = `${path}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`;
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(tmp, 'wx', 0o644);
    try {
        await fh.writeFile(data);
        await fh.sync();
    }
    finally {
        await fh.close();
    }
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, path);
    }
    catch (e) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(tmp).catch(() => undefined);
        throw e;
    }
}
/** Whether a path exists (without following a final symlink). */
async function exists(path) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(path);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Reads a UTF-8 text file.
 * @param what a description for the error ("baseline snapshot", "JWKS").
 * @throws InputError naming the file when it is missing or unreadable.
 */
async function readText(path, what) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8');
    }
    catch (e) {
        const code = e.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(path, undefined, `a readable ${what}`, { found: code === 'ENOENT' ? 'no such file' : code });
    }
}
/** Reads and parses a JSON file. @throws InputError naming the file on read or parse errors. */
async function readJson(path, what) {
    const text = await readText(path, what);
    try {
        return JSON.parse(text);
    }
    catch (e) {
        throw new InputError(path, undefined, `${what} as JSON`, { found: e.message });
    }
}
/** Reads a JSON or YAML file (chosen by content: YAML 1.2 is a superset of JSON). */
async function readJsonOrYaml(path, what) {
    const text = await readText(path, what);
    try {
        return parseYaml(text, { maxAliasCount: 1000 });
    }
    catch (e) {
        throw new InputError(path, undefined, `${what} as YAML or JSON`, { found: e.message.split('\n')[0] });
    }
}
/**
 * Resolves `p` against `root` and checks it stays inside.
 * @returns the absolute path and the POSIX relative path.
 * @throws InputError when the path leaves the root.
 */
function resolveInside(root, p) {
    const abs = resolve(root, p);
    const rel = relative(root, abs);
    if (rel === '' || rel.startsWith('..' + sep) || rel === '..' || isAbsolute(rel)) {
        throw new InputError(p, undefined, `a path inside the root ${root}`);
    }
    return { abs, rel: rel.split(sep).join('/') };
}
/**
 * Expands file paths and glob patterns (picomatch syntax, dotfiles included) to regular files
 * under `root`, as sorted POSIX paths relative to root. A literal path that does not exist is an error;
 * a glob that matches nothing is not.
 * @throws InputError for a path that leaves the root, a symlink (unless skipped), or a missing literal path.
 */
async function expandPaths(patterns, opts) {
    const root = resolve(opts.root);
    const found = new Set();
    const isExcluded = opts.exclude?.length ? picomatch(opts.exclude, { dot: true }) : () => false;
    for (const pat of patterns) {
        const isGlob = /[*?[\]{}!]/.test(pat);
        if (!isGlob) {
            const { abs, rel } = resolveInside(root, pat);
            let st;
            try {
                st = await lstat(abs);
            }
            catch {
                throw new InputError(pat, undefined, 'an existing file or a glob', { found: 'no such file' });
            }
            if (st.isSymbolicLink()) {
                if (opts.symlinks === 'skip' || isExcluded(rel))
                    continue;
                throw new InputError(pat, undefined, 'a regular file (symbolic links are refused)');
            }
            if (st.isDirectory()) {
                for (const f of await expandPaths([`${rel}/**`], opts))
                    found.add(f);
                continue;
            }
            found.add(rel);
            continue;
        }
        if (isAbsolute(pat) || pat.split('/').includes('..'))
            throw new InputError(pat, undefined, 'a glob relative to the root, without ..');
        // walk the pattern's static base with one recursive readdir (symbolic links are reported, not
        // followed, so they can be refused) and match with picomatch
        const { base } = picomatch.scan(pat);
        const isMatch = picomatch(pat, { dot: true });
        const baseAbs = base ? resolveInside(root, base).abs : root;
        let entries;
        try {
            entries = await readdir(baseAbs, { recursive: true, withFileTypes: true });
        }
        catch {
            continue; // a glob whose base does not exist matches nothing
        }
        for (const d of entries) {
            const rel = relative(root, join(d.parentPath, d.name)).split(sep).join('/');
            if (!isMatch(rel))
                continue;
            if (d.isSymbolicLink()) {
                if (opts.symlinks === 'skip' || isExcluded(rel))
                    continue;
                throw new InputError(rel, undefined, 'a regular file (symbolic links are refused)');
            }
            if (d.isFile())
                found.add(rel);
        }
    }
    return [...found].filter((f) => !isExcluded(f)).sort(comparePaths);
}
/**
 * Orders paths by UTF-16 code units, the order RFC 8785 (3.2.3) uses for property names:
 * deterministic across machines and locales, and cheap.
 */
function comparePaths(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ })

};
