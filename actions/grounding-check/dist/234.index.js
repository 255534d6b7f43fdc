export const id = 234;
export const ids = [234];
export const modules = {

/***/ 5234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   openRegularFile: () => (/* binding */ openRegularFile),
/* harmony export */   readText: () => (/* binding */ readText),
/* harmony export */   t2: () => (/* binding */ exists)
/* harmony export */ });
/* unused harmony exports writeFileAtomicSync, readJsonOrYaml, resolveInside, unsafeRelativePath, checkInside, NOT_REGULAR, readFileInside, expandPaths, globMatcher, comparePaths */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8262);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4296);
/**
 * File helpers shared by every gate: atomic writes, reads with clear errors, glob expansion
 * confined to a root (symlinks and paths that leave the root are refused).
 */





/**
 * Writes a file atomically: a temporary file in the same directory, fsync, then rename.
 * Readers see either the old or the new contents, never a partial file.
 * @param data the contents, or its chunks in order; a chunk given as a promise is written when it
 *   resolves, and the chunks before it are flushed to the disk (fdatasync) while it is awaited
 * @param opts.noClobber refuse (InputError) when the target exists: evidence and baselines are never overwritten.
 * @param opts.mode file mode (default 0o644; private keys 0o600)
 * @throws the error of a write or of a rejected chunk (the temporary file is removed)
 */
async function writeFileAtomic(path, data, opts = {}) {
    // a chunk that rejects before it is awaited is this call's error, not an unhandled rejection
    if (Array.isArray(data))
        for (const c of data)
            if (c instanceof Promise)
                c.catch(() => undefined);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    if (opts.noClobber && (await exists(path)))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(path, undefined, 'a path that does not exist yet (evidence is never overwritten)');
    const tmp = `${path}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`;
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(tmp, 'wx', opts.mode ?? 0o644);
    try {
        try {
            if (!Array.isArray(data))
                await fh.writeFile(data);
            else
                for (const chunk of data) {
                    // a chunk still being made (a signature): what is written so far goes to the disk meanwhile
                    if (chunk instanceof Promise)
                        await Promise.all([chunk, fh.datasync()]);
                    else if (!(chunk instanceof Uint8Array)) {
                        // latin1 is the one encoding Node writes from an external string without a copy (and for
                        // ASCII text the same bytes as UTF-8); a short write (rare) goes on from a slice
                        for (let text = chunk.ascii; text;)
                            text = text.slice((0,node_fs__WEBPACK_IMPORTED_MODULE_3__.writeSync)(fh.fd, text, null, 'latin1'));
                        continue;
                    }
                    await fh.writeFile(await chunk);
                }
            await fh.sync();
        }
        finally {
            await fh.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, path);
    }
    catch (e) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(tmp).catch(() => undefined);
        throw e;
    }
}
/**
 * The synchronous twin of {@link writeFileAtomic}, for callers on a synchronous path (the policy
 * compile cache): a fresh temporary file in the same directory (exclusive create, no symlink
 * followed), the chunks written in order, optionally fsync, then rename.
 * @param chunks the file's contents, written one after another
 * @param opts.mode file mode (default 0o644; private entries 0o600)
 * @param opts.noClobber refuse (InputError) when the target exists
 * @param opts.durable fsync before the rename (default true; a cache entry that can be rebuilt skips it)
 * @throws InputError with `noClobber` on an existing target; the fs error when writing fails (the temporary file is removed)
 */
function writeFileAtomicSync(path, chunks, opts = {}) {
    mkdirSync(dirname(path), { recursive: true });
    if (opts.noClobber && existsSync(path))
        throw new InputError(path, undefined, 'a path that does not exist yet (evidence is never overwritten)');
    const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    const flags = fsConstants.O_WRONLY | fsConstants.O_CREAT | fsConstants.O_EXCL | (fsConstants.O_NOFOLLOW ?? 0);
    try {
        const fd = openSync(tmp, flags, opts.mode ?? 0o644);
        try {
            for (const c of typeof chunks === 'string' || chunks instanceof Uint8Array ? [chunks] : chunks) {
                const buf = typeof c === 'string' ? Buffer.from(c, 'utf8') : c;
                for (let off = 0; off < buf.length;)
                    off += writeSync(fd, buf, off, buf.length - off);
            }
            if (opts.durable ?? true)
                fsyncSync(fd);
        }
        finally {
            closeSync(fd);
        }
        renameSync(tmp, path);
    }
    catch (e) {
        try {
            unlinkSync(tmp);
        }
        catch {
            /* never created, or already renamed */
        }
        throw e;
    }
}
function existsSync(path) {
    try {
        lstatSync(path);
        return true;
    }
    catch {
        return false;
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
 * @param opts.untrusted for a file an attacker may have placed (a pack, its jwks.json): open it with
 *   O_NOFOLLOW | O_NONBLOCK, require a regular file (no symlink to /dev/zero, no FIFO), and read at most
 *   `opts.maxBytes` (default 512 MiB).
 * @throws InputError naming the file when it is missing, unreadable, not a regular file or too large.
 */
async function readText(path, what, opts = {}) {
    try {
        if (!opts.untrusted)
            return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8');
        const max = opts.maxBytes ?? 512 * 1024 * 1024;
        const fh = await openRegularFile(path);
        try {
            const size = (await fh.stat()).size;
            if (size > max)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(path, undefined, `a ${what} of at most ${max} bytes`, { found: `${size} bytes` });
            // not zero-filled (a 28 MB pack): only the bytes read are decoded
            const buf = Buffer.allocUnsafe(size + 1);
            let n = 0;
            for (let r; n < buf.length && (r = await fh.read(buf, n, buf.length - n, null)).bytesRead > 0;)
                n += r.bytesRead;
            if (n > size)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(path, undefined, `a ${what} that does not grow while it is read`);
            return buf.subarray(0, n).toString('utf8');
        }
        finally {
            await fh.close();
        }
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz)
            throw e;
        const code = e.code;
        const found = code === 'ENOENT' ? 'no such file' : code === NOT_REGULAR ? 'not a regular file (a symbolic link, FIFO or device)' : code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(path, undefined, `a readable ${what}`, { found });
    }
}
/** Reads a JSON or YAML file (chosen by content: YAML 1.2 is a superset of JSON). */
async function readJsonOrYaml(path, what) {
    const text = await readText(path, what);
    // loaded on first use: commands that never read YAML (mc intoto verify) do not load the parser
    const { parse: parseYaml } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    try {
        return parseYaml(text, { maxAliasCount: 1000 });
    }
    catch (e) {
        throw new InputError(path, undefined, `${what} as YAML or JSON`, { found: e.message.split('\n')[0] });
    }
}
/**
 * Resolves `p` against `root` and checks it stays inside (lexically: no symlink is looked at; use
 * {@link checkInside} before opening anything).
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
 * Why a path named by data (a manifest subject, a disclosure entry, a collection pattern) is not a
 * plain relative POSIX path, or undefined when it is one. Refused: empty, absolute (`/x`, `C:\x`),
 * backslashes, NUL and other control characters, empty / `.` / `..` segments.
 */
function unsafeRelativePath(p) {
    if (typeof p !== 'string' || p === '')
        return 'an empty or non-string path';
    // one pass over the characters (called for every file of a pack or manifest), without regular
    // expressions or split; the problems are reported in this order: a NUL byte, a control character,
    // a backslash, an absolute path, then the first bad segment
    const n = p.length;
    let control = false;
    let backslash = false;
    let segment;
    for (let i = 0, start = 0; i <= n; i++) {
        const c = i === n ? 0x2f : p.charCodeAt(i);
        if (c === 0x2f) {
            const len = i - start;
            if (segment === undefined && len <= 2) {
                const dots = len > 0 && p.charCodeAt(start) === 0x2e && (len === 1 || p.charCodeAt(start + 1) === 0x2e);
                if (dots && len === 2)
                    segment = 'a .. segment';
                else if (len === 0 || dots)
                    segment = 'an empty or . segment';
            }
            start = i + 1;
        }
        else if (c < 0x20 || c === 0x7f) {
            if (c === 0)
                return 'a NUL byte';
            control = true;
        }
        else if (c === 0x5c)
            backslash = true;
    }
    if (control)
        return 'a control character';
    if (backslash)
        return 'a backslash';
    const drive = n >= 2 && p.charCodeAt(1) === 0x3a && /[A-Za-z]/.test(p[0]);
    if (p.charCodeAt(0) === 0x2f || drive)
        return 'an absolute path';
    return segment;
}
/**
 * Checks, component by component with lstat, that `rel` (a relative POSIX path) lies inside `root`
 * without passing through a symbolic link, and that every intermediate component is a directory.
 * The last component is not looked at: open it with {@link openRegularFile} (O_NOFOLLOW) or lstat it.
 * @param seen optional cache of directories (relative paths) already checked, for many paths under one root
 * @returns the absolute path
 * @throws InputError naming the path and the offending component (a symbolic link, not a directory,
 *   `..`, absolute); a missing directory is not an error (opening the file reports ENOENT).
 */
async function checkInside(root, rel, seen) {
    const why = unsafeRelativePath(rel);
    if (why)
        throw new InputError(String(rel), undefined, `a relative path inside the root ${root}`, { found: why });
    await checkParents(root, rel, rel.split('/').length - 1, seen);
    return join(root, rel);
}
/**
 * Checks the first `count` components of `rel` under `root` with lstat: each must be a directory,
 * not a symbolic link. Stops quietly at a missing component.
 * @throws InputError naming `rel` and the offending component
 */
async function checkParents(root, rel, count, seen) {
    const segs = rel.split('/');
    let dir = '';
    for (let i = 0; i < count; i++) {
        dir = dir ? `${dir}/${segs[i]}` : segs[i];
        if (seen?.has(dir))
            continue;
        let st;
        try {
            st = await lstat(join(root, dir));
        }
        catch {
            return; // missing: nothing below it can be opened
        }
        if (st.isSymbolicLink())
            throw new InputError(rel, undefined, 'a path without symbolic links inside the root (symbolic links are refused)', {
                found: `${dir} is a symbolic link`,
            });
        if (!st.isDirectory())
            throw new InputError(rel, undefined, 'a path whose parents are directories', { found: `${dir} is not a directory` });
        seen?.add(dir);
    }
}
/** Error code given for a path that is not a regular file (a FIFO, device, socket, directory or symlink). */
const NOT_REGULAR = 'ENOTREG';
/**
 * Opens a regular file for reading without following a final symbolic link and without blocking on
 * a FIFO (O_RDONLY | O_NOFOLLOW | O_NONBLOCK), then checks with fstat that it is a regular file.
 * @param opts.follow follow a final symbolic link (default false; in-toto's recorder follows them)
 * @throws NodeJS.ErrnoException (ENOENT; ENOTREG for a symlink or anything not a regular file)
 */
async function openRegularFile(path, opts = {}) {
    let fh;
    try {
        fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, node_fs__WEBPACK_IMPORTED_MODULE_3__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_3__.constants.O_NONBLOCK | (opts.follow ? 0 : node_fs__WEBPACK_IMPORTED_MODULE_3__.constants.O_NOFOLLOW));
    }
    catch (e) {
        if (e.code === 'ELOOP')
            throw Object.assign(new Error(`${path}: a symbolic link`), { code: NOT_REGULAR, path });
        throw e;
    }
    const st = await fh.stat();
    if (!st.isFile()) {
        await fh.close();
        throw Object.assign(new Error(`${path}: not a regular file`), { code: NOT_REGULAR, path });
    }
    return fh;
}
/**
 * Reads a regular file named by (possibly hostile) data, confined to `root`: {@link checkInside},
 * then {@link openRegularFile}, reading at most `maxBytes` (+1 to detect growth).
 * @returns the bytes, or `tooLarge` when the file holds more than `maxBytes`.
 * @throws InputError for a path that leaves the root; NodeJS.ErrnoException when it cannot be opened.
 */
async function readFileInside(root, rel, maxBytes) {
    const fh = await openRegularFile(await checkInside(root, rel));
    try {
        const buf = Buffer.alloc(Math.max(0, maxBytes) + 1);
        let n = 0;
        for (;;) {
            const { bytesRead } = await fh.read(buf, n, buf.length - n, null);
            if (bytesRead === 0)
                break;
            n += bytesRead;
            if (n === buf.length)
                break;
        }
        return n > maxBytes ? { data: buf.subarray(0, maxBytes), tooLarge: true } : { data: buf.subarray(0, n), tooLarge: false };
    }
    finally {
        await fh.close();
    }
}
/**
 * Expands file paths and glob patterns (picomatch syntax, dotfiles included) to regular files
 * under `root`, as sorted POSIX paths relative to root. A literal path that does not exist is an error;
 * a glob that matches nothing is not.
 *
 * Confinement: every component between the root and a result is checked with lstat; a symbolic link
 * anywhere on the way (a glob's base directory, an intermediate directory of a literal path, an entry
 * the walk meets) is refused (or skipped/listed, see {@link ExpandOptions.symlinks}) and never followed.
 * Only regular files are returned: a literal FIFO, device or socket is refused; a glob skips them.
 * @throws InputError for a path that leaves the root, a symlink (unless skipped or listed), a literal
 *   path that is not a regular file or directory, or a missing literal path.
 */
async function expandPaths(patterns, opts) {
    const root = resolve(opts.root);
    const mode = opts.symlinks ?? 'refuse';
    // every path found, excluded ones left out (a path two patterns match is found twice: duplicates go
    // after the sort, which one walk alone does not need)
    const found = [];
    const seen = new Set();
    // loaded on first use (module load time counts for every CLI command that imports this module)
    const { default: picomatch } = await __webpack_require__.e(/* import() */ 6).then(__webpack_require__.t.bind(__webpack_require__, 4006, 23));
    const matcher = (globs) => globMatcher(picomatch, globs);
    const isExcluded = opts.exclude?.length ? matcher(opts.exclude) : () => false;
    const add = (rel) => {
        if (!isExcluded(rel))
            found.push(rel);
    };
    // refuse, skip or list a symbolic link met on the way (an excluded one is skipped)
    const onLink = (rel, what) => {
        if (mode === 'refuse' && !isExcluded(rel))
            throw new InputError(what, undefined, 'a regular file (symbolic links are refused)', { found: `${rel} is a symbolic link` });
        if (mode === 'list')
            add(rel);
    };
    // the results of one pattern that is walked are in their final order as they are found
    const onSorted = patterns.length === 1 ? opts.onSorted : undefined;
    const rootDir = root.endsWith(sep) ? root : root + sep;
    // a checked directory, walked depth first in sorted order: each directory's entries are sorted by
    // their relative path, a subdirectory's with a '/' after it. Every path below a subdirectory starts
    // with that text and a file name holds no '/', so this is the order of the full paths by UTF-16 code
    // units (the order the results are returned in): one walk needs no sort of all its results, only of
    // each directory's. Symbolic links are reported by their readdir type, never followed; only regular
    // files are collected. The event loop runs every few thousand entries (a caller's hashing workers
    // are fed meanwhile)
    const walk = async (relDir, isMatch) => {
        const stack = [];
        let entries = 0;
        // lists and sorts one directory; false when the walk's base cannot be read (a glob whose base
        // does not exist matches nothing)
        const enter = (rel) => {
            let list;
            try {
                list = readdirSync(rel ? rootDir + rel : root, { withFileTypes: true });
            }
            catch (e) {
                if (!stack.length && rel === relDir)
                    return false;
                const code = e.code;
                throw new InputError(rel.replace(/\/$/, '') || '.', undefined, 'readable directories', { found: code });
            }
            const keys = [];
            for (const d of list) {
                const r = rel + d.name;
                if (d.isDirectory())
                    keys.push(r + '/');
                else if (!isMatch(r))
                    continue;
                else if (d.isSymbolicLink()) {
                    if (mode === 'list')
                        keys.push(r); // listed in its place
                    else
                        onLink(r, r);
                }
                else if (d.isFile())
                    keys.push(r);
            }
            keys.sort();
            stack.push({ keys, next: 0 });
            entries += list.length;
            return true;
        };
        if (!enter(relDir))
            return;
        while (stack.length) {
            const top = stack[stack.length - 1];
            if (top.next === top.keys.length) {
                stack.pop();
                continue;
            }
            const key = top.keys[top.next++];
            if (key.charCodeAt(key.length - 1) !== 0x2f) {
                add(key);
                continue;
            }
            enter(key);
            if (entries >= 4096) {
                entries = 0;
                onSorted?.(found);
                await new Promise((r) => setImmediate(r));
            }
        }
    };
    for (const pat of patterns) {
        const isGlob = /[*?[\]{}!]/.test(pat);
        if (!isGlob) {
            const { abs, rel } = resolveInside(root, pat);
            try {
                await checkInside(root, rel, seen);
            }
            catch (e) {
                if (mode !== 'refuse' && e instanceof InputError && /symbolic link/.test(e.message))
                    continue;
                throw e;
            }
            let st;
            try {
                st = await lstat(abs);
            }
            catch {
                throw new InputError(pat, undefined, 'an existing file or a glob', { found: 'no such file' });
            }
            if (st.isSymbolicLink()) {
                onLink(rel, pat);
                continue;
            }
            if (st.isDirectory()) {
                await walk(rel + '/', () => true);
                continue;
            }
            if (!st.isFile())
                throw new InputError(pat, undefined, 'a regular file or a directory', { found: 'a FIFO, device or socket' });
            add(rel);
            continue;
        }
        if (isAbsolute(pat) || pat.split('/').includes('..'))
            throw new InputError(pat, undefined, 'a glob relative to the root, without ..');
        // walk the pattern's static base (symbolic links are reported, not
        // followed, so they can be refused) and match with picomatch; the base itself and its parents
        // are checked first: readdir would follow a symlinked base
        const { base } = picomatch.scan(pat);
        const isMatch = matcher([pat]);
        let baseRel = '';
        if (base) {
            const { rel } = resolveInside(root, base);
            try {
                await checkParents(root, rel, rel.split('/').length, seen); // every component of the base
            }
            catch (e) {
                // refuse: the error names the component that is a link; skip/list: the glob matches nothing
                // below it (list reports the base, the nearest path the pattern names)
                if (mode === 'refuse' || !(e instanceof InputError && /symbolic link/.test(e.message)))
                    throw e;
                if (mode === 'list')
                    add(rel);
                continue;
            }
            baseRel = rel + '/';
        }
        await walk(baseRel, isMatch);
    }
    if (patterns.length === 1)
        return found; // one walk (sorted, each path once) or one literal path
    // the default sort orders strings by UTF-16 code units, as comparePaths does, without a call per comparison
    found.sort();
    const out = [];
    for (let i = 0; i < found.length; i++)
        if (i === 0 || found[i] !== found[i - 1])
            out.push(found[i]);
    return out;
}
/**
 * Whether a POSIX relative path matches any of `globs` (picomatch syntax, dotfiles included): the
 * answer of `picomatch(globs, { dot: true })`, without its result object per call (100,000 paths per
 * walk). With these options picomatch answers `input !== '' && (input === glob || regex.test(input))`
 * for the regex `makeRe` compiles (tests/evidence/fsx.test.ts compares the two on random paths).
 * @param pm the picomatch module (loaded on first use by the caller)
 */
function globMatcher(pm, globs) {
    const res = globs.map((g) => pm.makeRe(g, { dot: true }));
    return (rel) => rel !== '' && globs.some((g, i) => rel === g || res[i].test(rel));
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
