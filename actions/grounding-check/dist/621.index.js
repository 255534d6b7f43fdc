export const id = 621;
export const ids = [621,234];
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
 * @param opts.noClobber refuse (InputError) when the target exists: evidence and baselines are never overwritten.
 * @param opts.mode file mode (default 0o644; private keys 0o600)
 */
async function writeFileAtomic(path, data, opts = {}) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    if (opts.noClobber && (await exists(path)))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(path, undefined, 'a path that does not exist yet (evidence is never overwritten)');
    const tmp = `${path}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`;
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(tmp, 'wx', opts.mode ?? 0o644);
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
            const buf = Buffer.alloc(size + 1);
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
    if (p.includes('\0'))
        return 'a NUL byte';
    // eslint-disable-next-line no-control-regex
    if (/[\u0001-\u001f\u007f]/.test(p))
        return 'a control character';
    if (p.includes('\\'))
        return 'a backslash';
    if (p.startsWith('/') || /^[A-Za-z]:/.test(p))
        return 'an absolute path';
    // segment by segment, in order, without splitting (called for every file of a pack or manifest)
    for (let start = 0;;) {
        const slash = p.indexOf('/', start);
        const end = slash < 0 ? p.length : slash;
        const dots = end - start <= 2 && p.charCodeAt(start) === 0x2e && (end - start === 1 || p.charCodeAt(start + 1) === 0x2e);
        if (dots && end - start === 2)
            return 'a .. segment';
        if (end === start || dots)
            return 'an empty or . segment';
        if (slash < 0)
            return undefined;
        start = slash + 1;
    }
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
    const found = new Set();
    const seen = new Set();
    // loaded on first use (module load time counts for every CLI command that imports this module)
    const { default: picomatch } = await __webpack_require__.e(/* import() */ 6).then(__webpack_require__.t.bind(__webpack_require__, 4006, 23));
    const matcher = (globs) => globMatcher(picomatch, globs);
    const isExcluded = opts.exclude?.length ? matcher(opts.exclude) : () => false;
    // refuse, skip or list a symbolic link met on the way (an excluded one is skipped)
    const onLink = (rel, what) => {
        if (mode === 'refuse' && !isExcluded(rel))
            throw new InputError(what, undefined, 'a regular file (symbolic links are refused)', { found: `${rel} is a symbolic link` });
        if (mode === 'list' && !isExcluded(rel))
            found.add(rel);
    };
    // one recursive readdir of a checked directory: symbolic links are reported by lstat type, never
    // followed (so they can be refused); only regular files are collected
    const walk = async (dirAbs, isMatch) => {
        let entries;
        try {
            entries = await readdir(dirAbs, { recursive: true, withFileTypes: true });
        }
        catch {
            return; // a glob whose base does not exist matches nothing
        }
        // relative path of an entry: its directory's relative path (computed once per directory: entries
        // come grouped by directory) plus its name; path.relative per entry cost more than the readdir
        const rootPrefix = root.endsWith(sep) ? root : root + sep;
        let lastParent;
        let lastRelDir = '';
        for (const d of entries) {
            if (d.parentPath !== lastParent) {
                lastParent = d.parentPath;
                lastRelDir = d.parentPath.startsWith(rootPrefix)
                    ? d.parentPath.slice(rootPrefix.length).split(sep).join('/') + '/'
                    : d.parentPath === root
                        ? ''
                        : relative(root, d.parentPath).split(sep).join('/') + '/';
                if (lastRelDir === '/')
                    lastRelDir = '';
            }
            const rel = lastRelDir + d.name;
            if (!isMatch(rel))
                continue;
            if (d.isSymbolicLink())
                onLink(rel, rel);
            else if (d.isFile())
                found.add(rel);
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
                await walk(abs, () => true);
                continue;
            }
            if (!st.isFile())
                throw new InputError(pat, undefined, 'a regular file or a directory', { found: 'a FIFO, device or socket' });
            found.add(rel);
            continue;
        }
        if (isAbsolute(pat) || pat.split('/').includes('..'))
            throw new InputError(pat, undefined, 'a glob relative to the root, without ..');
        // walk the pattern's static base with one recursive readdir (symbolic links are reported, not
        // followed, so they can be refused) and match with picomatch; the base itself and its parents
        // are checked first: readdir would follow a symlinked base
        const { base } = picomatch.scan(pat);
        const isMatch = matcher([pat]);
        let baseAbs = root;
        if (base) {
            const { abs, rel } = resolveInside(root, base);
            try {
                await checkParents(root, rel, rel.split('/').length, seen); // every component of the base
            }
            catch (e) {
                // refuse: the error names the component that is a link; skip/list: the glob matches nothing
                // below it (list reports the base, the nearest path the pattern names)
                if (mode === 'refuse' || !(e instanceof InputError && /symbolic link/.test(e.message)))
                    throw e;
                if (mode === 'list' && !isExcluded(rel))
                    found.add(rel);
                continue;
            }
            baseAbs = abs;
        }
        await walk(baseAbs, isMatch);
    }
    // the default sort orders strings by UTF-16 code units, as comparePaths does, without a call per comparison
    return [...found].filter((f) => !isExcluded(f)).sort();
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


/***/ }),

/***/ 8621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readCasesFile: () => (/* reexport */ readCasesFile),
  runGate: () => (/* reexport */ runGate),
  summaryMarkdown: () => (/* reexport */ summaryMarkdown),
  writeOutputs: () => (/* reexport */ writeOutputs)
});

// UNUSED EXPORTS: DEFAULT_MIN_PASS_RATE, DEFAULT_THRESHOLDS, GROUNDING_PREDICATE_TYPE, GROUNDING_SETTING_NAMES, HIGH_PRECISION_FLAGS, JUDGE_PROMPT_VERSION, Judge, MAX_TOKEN_LENGTH, UNLIFTABLE_FLAGS, VERDICT_RANK, answerVerdict, checkAnswer, checkAnswerSafely, completionsUrl, extractIdentifiers, extractQuantities, groundingSettings, groundingStatement, judgeKey, junitReport, normalizeText, parseCase, parseCases, parseJudgeReply, parseNumber, quantitySupported, textReport, worstClaims

;// CONCATENATED MODULE: ./src/grounding/types.ts
/**
 * Shapes of the grounding-check gate: input cases, per-claim and per-answer results, thresholds.
 */
/** The flags that make a claim `ungrounded`. */
const HIGH_PRECISION_FLAGS = new Set([
    'quantity-mismatch',
    'unsupported-identifier',
    'unsupported-entity',
    'negation-flip',
    'antonym-swap',
    'wrong-citation',
    'unsupported-restriction',
    'misattribution',
    'unsupported-answer',
]);
/**
 * Weak flags the judge may not lift: the deterministic checks did not run on that text
 * (`unchecked-text`: a run of characters too long to analyse; `internal-error`: the checker failed on
 * the answer), so a judge's "supported" would bypass the high-precision checks.
 */
const UNLIFTABLE_FLAGS = new Set(['unchecked-text', 'internal-error']);
/**
 * Default thresholds, chosen on the dev splits only (`npm run eval:grounding`; the grid search of
 * `--tune` on the SummEdits sales dev split, precision of `ungrounded` >= 0.90, most cautious point
 * within 0.005 of the best dev balanced accuracy; `shortClaimWords` and `minAnchor` compared on the dev
 * splits of every corpus with `--set`). Re-run the script after changing the checker.
 */
const DEFAULT_THRESHOLDS = {
    minCoverage: 0.5,
    maxNovelWords: 8,
    negationScopeOverlap: 0.5,
    negationStrict: false,
    antonymWindow: 3,
    initialNames: false,
    minAnchor: 0,
    shortClaimWords: 4,
    shortAnswerWords: 8,
};

// EXTERNAL MODULE: ./src/grounding/settings.ts
var settings = __webpack_require__(4864);
// EXTERNAL MODULE: ./node_modules/wink-nlp/src/wink-nlp.js
var wink_nlp = __webpack_require__(5297);
var wink_nlp_default = /*#__PURE__*/__webpack_require__.n(wink_nlp);
// EXTERNAL MODULE: ./node_modules/wink-eng-lite-web-model/dist/model.js
var model = __webpack_require__(8382);
var model_default = /*#__PURE__*/__webpack_require__.n(model);
;// CONCATENATED MODULE: ./src/grounding/quantities.ts
/**
 * Quantities in English text: numbers, money, percentages, durations, dates, times of day and
 * identifiers (phone numbers, codes, e-mail addresses, URLs), normalized so that a claim's
 * quantity can be compared with what a source says whatever the surface form:
 * `$1.2 million` = `$1,200,000`, `40 percent` = `40%`, `90 minutes` = `1.5 hours`,
 * `August 31st, 2022` = `31 August 2022` = `2022-08-31`, `two weeks` = `14 days`, `3 pm` = `15:00`.
 *
 * Pure functions, no I/O. Formats follow common English usage (ISO 8601 for numeric dates;
 * `MM/DD/YYYY` and `DD/MM/YYYY` are both kept as readings of an ambiguous slash date).
 */
const MONTHS = {
    january: 1,
    jan: 1,
    february: 2,
    feb: 2,
    march: 3,
    mar: 3,
    april: 4,
    apr: 4,
    may: 5,
    june: 6,
    jun: 6,
    july: 7,
    jul: 7,
    august: 8,
    aug: 8,
    september: 9,
    sep: 9,
    sept: 9,
    october: 10,
    oct: 10,
    november: 11,
    nov: 11,
    december: 12,
    dec: 12,
};
const WEEKDAYS = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };
const SMALL = {
    zero: 0,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    sixty: 60,
    seventy: 70,
    eighty: 80,
    ninety: 90,
    hundred: 100,
    dozen: 12,
    half: 0.5,
};
const SCALE = {
    thousand: 1e3,
    k: 1e3,
    million: 1e6,
    m: 1e6,
    mm: 1e6,
    mn: 1e6,
    billion: 1e9,
    bn: 1e9,
    b: 1e9,
    trillion: 1e12,
};
const SEC = {
    millisecond: 0.001,
    second: 1,
    minute: 60,
    hour: 3600,
    day: 86400,
    week: 604800,
    month: 2629746,
    quarter: 7889238,
    year: 31556952,
    decade: 315569520,
};
const UNIT_ALIASES = {
    ms: 'millisecond',
    millisecond: 'millisecond',
    milliseconds: 'millisecond',
    s: 'second',
    sec: 'second',
    secs: 'second',
    second: 'second',
    seconds: 'second',
    min: 'minute',
    mins: 'minute',
    minute: 'minute',
    minutes: 'minute',
    h: 'hour',
    hr: 'hour',
    hrs: 'hour',
    hour: 'hour',
    hours: 'hour',
    day: 'day',
    days: 'day',
    week: 'week',
    weeks: 'week',
    wk: 'week',
    wks: 'week',
    month: 'month',
    months: 'month',
    mo: 'month',
    mos: 'month',
    quarter: 'quarter',
    quarters: 'quarter',
    year: 'year',
    years: 'year',
    yr: 'year',
    yrs: 'year',
    decade: 'decade',
    decades: 'decade',
};
/** Data sizes: decimal units (with their binary reading as `alt`) and binary units (IEC 80000-13). */
const SIZE_UNITS = {
    b: [1, 1],
    byte: [1, 1],
    bytes: [1, 1],
    kb: [1e3, 2 ** 10],
    mb: [1e6, 2 ** 20],
    gb: [1e9, 2 ** 30],
    tb: [1e12, 2 ** 40],
    pb: [1e15, 2 ** 50],
    kib: [2 ** 10, 2 ** 10],
    mib: [2 ** 20, 2 ** 20],
    gib: [2 ** 30, 2 ** 30],
    tib: [2 ** 40, 2 ** 40],
    pib: [2 ** 50, 2 ** 50],
};
/** Ordinal words from "second" ("first" is an adjective far more often than a rank). */
const ORDINAL_WORDS = {
    second: 2,
    third: 3,
    fourth: 4,
    fifth: 5,
    sixth: 6,
    seventh: 7,
    eighth: 8,
    ninth: 9,
    tenth: 10,
    eleventh: 11,
    twelfth: 12,
    thirteenth: 13,
    fourteenth: 14,
    fifteenth: 15,
    sixteenth: 16,
    seventeenth: 17,
    eighteenth: 18,
    nineteenth: 19,
    twentieth: 20,
};
const CURRENCY_SIGNS = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR' };
const CURRENCY_WORDS = {
    dollar: 'USD',
    dollars: 'USD',
    usd: 'USD',
    euro: 'EUR',
    euros: 'EUR',
    eur: 'EUR',
    pound: 'GBP',
    pounds: 'GBP',
    gbp: 'GBP',
};
const NUM = String.raw `\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+`;
const WORDNUM = Object.keys(SMALL).join('|');
/**
 * A spoken number ("twenty five", "one hundred and fifty", "twelve point five"): number words joined by a space or hyphen,
 * "and" only after "hundred", and a decimal part read digit by digit after "point".
 */
const WORDPHRASE = String.raw `(?:${WORDNUM})(?:[- ](?:${WORDNUM})|(?<=hundred)\s+and\s+(?:${WORDNUM}))*(?:\s+point(?:\s+(?:zero|one|two|three|four|five|six|seven|eight|nine)\b){1,2})?`;
const NUMWORD = String.raw `(?:${NUM}|${WORDPHRASE})`;
const SCALEW = String.raw `(?:thousand|million|billion|trillion|bn|mm|mn|[kKmMbB])\b`;
const UNITW = Object.keys(UNIT_ALIASES)
    .sort((a, b) => b.length - a.length)
    .join('|');
const MONTHW = Object.keys(MONTHS)
    .sort((a, b) => b.length - a.length)
    .join('|');
// compiled once (module level): the patterns of extractIdentifiers / extractQuantities
const ORD = String.raw `(\d{1,2})(?:st|nd|rd|th)?`;
const CODE_EXEMPT = new RegExp(String.raw `^(?:\d+(?:st|nd|rd|th|s|x|am|pm|k|m|bn|mm|mn|b|d)|\d+\.\d+(?:k|m|bn|mm|mn|b)|\d+(?:\.\d+)?-?(?:${UNITW}|[kmgtp]i?b)|[a-z]\d)$`, 'i');
const SIZE = new RegExp(String.raw `(?<![\w.])(${NUM})\s?(bytes?|[KMGTP]i?B|[kmgtp]ib|kB)\b`, 'g');
const ORDINAL = new RegExp(String.raw `\b(${Object.keys(ORDINAL_WORDS).join('|')})\b(?![- ]?(?:hand|half|ly)\b)`, 'gi');
const RANGE_TAIL = new RegExp(String.raw `^\s*(?:-|–|—|to|through|until|and)\s*(?:(${MONTHW})\.?\s+)?(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?`, 'i');
const DATE_MDY = new RegExp(String.raw `\b(?:(${Object.keys(WEEKDAYS).join('|')}),?\s+)?(${MONTHW})\.?\s+${ORD}\b(?:,?\s+(\d{4})\b)?`, 'gi');
const DATE_DMY = new RegExp(String.raw `\b${ORD}\s+(?:of\s+)?(${MONTHW})\b\.?(?:,?\s+(\d{4})\b)?`, 'gi');
const DATE_MY = new RegExp(String.raw `\b(${MONTHW})\.?,?\s+(\d{4})\b`, 'gi');
const MONEY_SIGN = new RegExp(String.raw `([$€£¥₹])\s?(${NUM})(?:\s?(${SCALEW}))?`, 'g');
const MONEY_CODE = new RegExp(String.raw `\b(USD|EUR|GBP)\s?(${NUM})(?:\s?(${SCALEW}))?`, 'gi');
const MONEY_WORD = new RegExp(String.raw `\b(${NUMWORD})(?:\s?(${SCALEW}))?\s+(dollars?|euros?|pounds?|usd|eur|gbp)\b`, 'gi');
const PERCENT = new RegExp(String.raw `\b(${NUMWORD})\s?(?:%|percent\b|per\s?cent\b|pct\b)`, 'gi');
const DURATION = new RegExp(String.raw `\b(${NUMWORD})(?:\s?(${SCALEW}))?[- ]?(${UNITW})\b`, 'gi');
const BARE_NUMBER = new RegExp(String.raw `(?<![\w.])(${NUM})(?:st|nd|rd|th)?(?:\s?(${SCALEW}))?(?![\w])`, 'g');
const NUMBER_WORDS = new RegExp(String.raw `\b(?=${Object.keys(SMALL)
    .filter((w) => w !== 'one' && w !== 'half')
    .join('|')})(${WORDPHRASE})\b(?:\s(thousand|million|billion))?`, 'gi');
/** Parses a digit string (with thousands separators) or an English number word ("twenty-five"). NaN when neither. */
function parseNumber(text) {
    const t = text.toLowerCase().trim();
    if (/^[\d.,]+$/.test(t))
        return Number(t.replace(/,/g, ''));
    const [whole, decimals] = t.split(/\s+point\s+/);
    const parts = whole.split(/[- ]+/).filter((p) => p !== 'and');
    let total = 0;
    for (const [i, p] of parts.entries()) {
        const v = SMALL[p];
        if (v === undefined)
            return NaN;
        if (v === 100)
            total = (total || 1) * 100;
        // place value: a unit after a tens word ("twenty five") or anything after "hundred"; "twelve fifty" is no 62
        else if (i === 0 || total % 100 === 0 || (total % 10 === 0 && total % 100 >= 20 && v < 10))
            total += v;
        else
            return NaN;
    }
    if (decimals !== undefined) {
        const digits = decimals.split(/\s+/).map((d) => SMALL[d]);
        if (digits.some((d) => d === undefined || d > 9))
            return NaN;
        total += Number(`0.${digits.join('')}`);
    }
    return total;
}
const sameNumber = (a, b) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
/**
 * The character positions already claimed by an earlier, more specific match: one byte per UTF-16
 * unit, so testing and claiming a span costs its length (a list of spans would make extraction
 * quadratic in the number of matches).
 */
class Taken {
    mask;
    constructor(length) {
        this.mask = new Uint8Array(length);
    }
    overlaps(s, e) {
        for (let i = s; i < e; i++)
            if (this.mask[i])
                return true;
        return false;
    }
    take(s, e) {
        this.mask.fill(1, s, e);
    }
}
/**
 * Finds identifiers: e-mail addresses, URLs, phone numbers and codes that mix letters and digits
 * (`INV-2024-001`, `X200`, `v2.1`), which are compared verbatim rather than as numbers.
 */
function extractIdentifiers(text) {
    const out = [];
    const taken = new Taken(text.length);
    const add = (kind, re, norm, keep = () => true) => {
        for (const m of text.matchAll(re)) {
            const s = m.index ?? 0;
            const e = s + m[0].length;
            if (!keep(m[0]) || taken.overlaps(s, e))
                continue;
            taken.take(s, e);
            out.push({ kind, text: m[0], norm: norm(m[0]), start: s, end: e });
        }
    };
    // every pattern starts only where its run of allowed characters starts (lookbehind), so a long run
    // is scanned once, not once per position (linear time)
    add('email', /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, (s) => s.toLowerCase());
    add('url', /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+[^\s<>"')\].,;:!?]/gi, (s) => s
        .toLowerCase()
        .replace(/^https?:\/\//, '')
        .replace(/^www\./, '')
        .replace(/\/$/, ''));
    add('phone', /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{3}\)\s?|\b\d{3}[\s.-])\d{3}[\s.-]\d{4}\b/g, (s) => s.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, ''));
    // version numbers: three or more dot-separated numbers ("2.10.1"), compared verbatim
    add('code', /(?<![\w.])v?\d+(?:\.\d+){2,}(?![\w]|\.\d)/g, (s) => s.toLowerCase().replace(/^v/, ''));
    // codes: a word that mixes letters and digits, not an ordinal, a unit suffix, a scale or a time
    add('code', /(?<![A-Za-z\d]|[A-Za-z\d][-_.])[A-Za-z\d]+(?:[-_.][A-Za-z\d]+)*(?![A-Za-z\d])/g, (s) => s.toLowerCase(), (s) => /[A-Za-z]/.test(s) && /\d/.test(s));
    return out.filter((i) => i.kind !== 'code' || !CODE_EXEMPT.test(i.text)).sort((a, b) => a.start - b.start);
}
/**
 * Digit groups separated by plain spaces after a currency sign ("€1 200 000") read as thousands separators,
 * position for position (one character for one, so spans stay those of the written text); elsewhere a run of
 * numbers is no grouping ("in 2019 200 people" stays two numbers). No-break and thin spaces between digit groups
 * are commas already (normalizeText in nlp.ts).
 */
function groupedDigits(text) {
    if (!/\d \d/.test(text))
        return text;
    return text.replace(/[$€£¥₹]\s?\d{1,3}(?: \d{3})+(?![\d,.]\d)/g, (m) => m.replace(/(?<=\d) (?=\d)/g, ','));
}
/**
 * Finds the quantities in a text, longest and most specific readings first (a date before its
 * day number, `$1.2 million` before `1.2`). Identifier spans (see {@link extractIdentifiers}) are skipped.
 */
function extractQuantities(written) {
    const text = groupedDigits(written);
    const out = [];
    const taken = new Taken(text.length);
    for (const i of extractIdentifiers(text))
        taken.take(i.start, i.end);
    // "24/7" and "365 days a year" style availability phrases are not quantities to check
    for (const m of text.matchAll(/\b24\s*\/\s*7\b|\b24x7\b/gi))
        taken.take(m.index ?? 0, (m.index ?? 0) + m[0].length);
    // `make` returns undefined for no match, null for a span that is no quantity to check (claimed, not reported)
    const scan = (re, make) => {
        for (const m of text.matchAll(re)) {
            const s = m.index ?? 0;
            const e = s + m[0].length;
            if (taken.overlaps(s, e))
                continue;
            const q = make(m);
            if (q === null) {
                taken.take(s, e);
                continue;
            }
            if (!q || (q.kind !== 'date' && !Number.isFinite(q.value)))
                continue;
            taken.take(s, e);
            out.push({ ...q, text: written.slice(s, e), start: s, end: e });
        }
    };
    const dateQ = (dates) => ({ kind: 'date', value: NaN, dates });
    const yr = (s) => (s === undefined ? undefined : s.length === 2 ? 2000 + Number(s) : Number(s));
    const valid = (p) => (p.m === undefined || (p.m >= 1 && p.m <= 12)) && (p.d === undefined || (p.d >= 1 && p.d <= 31));
    // ISO 8601 dates
    scan(/\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g, (m) => dateQ([{ y: +m[1], m: +m[2], d: +m[3] }]));
    // numeric slash dates: both readings
    scan(/\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/g, (m) => {
        const a = +m[1];
        const b = +m[2];
        const y = yr(m[3]);
        const readings = [
            { y, m: a, d: b },
            { y, m: b, d: a },
        ].filter(valid);
        return readings.length ? dateQ(readings) : undefined;
    });
    // "Monday, August 31st, 2022" / "August 31, 2022" / "Aug. 31"
    scan(DATE_MDY, (m) => {
        const p = { m: MONTHS[m[2].toLowerCase()], d: +m[3], y: yr(m[4]) };
        if (m[1])
            p.wd = WEEKDAYS[m[1].toLowerCase()];
        return valid(p) ? dateQ([p]) : undefined;
    });
    // "31st August 2022" / "the 31st of August"
    scan(DATE_DMY, (m) => {
        const p = { d: +m[1], m: MONTHS[m[2].toLowerCase()], y: yr(m[3]) };
        return valid(p) ? dateQ([p]) : undefined;
    });
    // "August 2022"
    scan(DATE_MY, (m) => dateQ([{ m: MONTHS[m[1].toLowerCase()], y: +m[2] }]));
    // a capitalized month name alone ("in September"); "May"/"March" only when not sentence-initial
    scan(/\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/g, (m) => {
        const before = text.slice(Math.max(0, (m.index ?? 0) - 16), m.index ?? 0);
        if ((m[1] === 'May' || m[1] === 'March') &&
            (/(^|[.!?]\s*)$/.test(before) || /\b(?:you|we|they|it|this|that|which|i|he|she)\s*$/i.test(before)))
            return undefined;
        return dateQ([{ m: MONTHS[m[1].toLowerCase()] }]);
    });
    scan(/\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)s?\b/g, (m) => dateQ([{ wd: WEEKDAYS[m[1].toLowerCase()] }]));
    // times of day
    scan(/\b(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s?m\b\.?/gi, (m) => {
        let h = +m[1] % 12;
        if (m[3].toLowerCase() === 'p')
            h += 12;
        return { kind: 'time', value: h * 60 + (m[2] ? +m[2] : 0) };
    });
    scan(/\b([01]?\d|2[0-3]):([0-5]\d)\b/g, (m) => ({ kind: 'time', value: +m[1] * 60 + +m[2] }));
    scan(/\b(noon|midday|midnight)\b/gi, (m) => ({ kind: 'time', value: m[1].toLowerCase() === 'midnight' ? 0 : 720 }));
    // money: "$1.2 million", "USD 300", "300 dollars", "€50k"
    scan(MONEY_SIGN, (m) => ({
        kind: 'money',
        currency: CURRENCY_SIGNS[m[1]],
        value: parseNumber(m[2]) * (m[3] ? SCALE[m[3].toLowerCase()] : 1),
    }));
    scan(MONEY_CODE, (m) => ({
        kind: 'money',
        currency: m[1].toUpperCase(),
        value: parseNumber(m[2]) * (m[3] ? SCALE[m[3].toLowerCase()] : 1),
    }));
    scan(MONEY_WORD, (m) => ({
        kind: 'money',
        currency: CURRENCY_WORDS[m[3].toLowerCase()],
        // words that make no one number ("twelve fifty") keep the first: the rest is read as a number of its own
        value: (Number.isNaN(parseNumber(m[1])) ? parseNumber(m[1].split(/[- ]/)[0]) : parseNumber(m[1])) * (m[2] ? SCALE[m[2].toLowerCase()] : 1),
    }));
    // data sizes: "2 TiB", "500 GB", "64GiB"
    scan(SIZE, (m) => {
        const [dec, bin] = SIZE_UNITS[m[2].toLowerCase()];
        const n = parseNumber(m[1]);
        return { kind: 'size', value: n * dec, alt: n * bin, written: n };
    });
    // percentages
    scan(PERCENT, (m) => ({ kind: 'percent', value: parseNumber(m[1]) }));
    // decades: "the 1990s" is the year 1990, not 1,990 seconds; "her 40s" is the number 40; the
    // speaker's own age ("I'm in my early 20s", "Im a late 30s student") is a personal remark, no quantity to check
    scan(/\b(?:I'?m|I am)\s+(?:a|an|in my)\s+(?:(?:early|mid|late)[- ])?\d0'?s\b/gi, () => null);
    scan(/\b(?<=(?:my|his|her|their|your|our)\s)(\d0)s\b/gi, (m) => ({ kind: 'number', value: Number(m[1]) }));
    // a decade of the 1900s written with two digits ("the late 70's", "the '90s", "mid-80s") is that decade
    scan(/(?<=(?:early|mid|late|the)[- ]'?|\s')(\d0)(?:'s|s)\b/gi, (m) => ({ kind: 'number', value: 1900 + Number(m[1]) }));
    scan(/\b((?:1[0-9]|20)\d0)'?s\b/g, (m) => ({ kind: 'number', value: Number(m[1]) }));
    // durations: "90 minutes", "30-day", "two weeks", "1.5 hrs", "a dozen years"
    scan(DURATION, (m) => {
        const unit = UNIT_ALIASES[m[3].toLowerCase()];
        const n = parseNumber(m[1]) * (m[2] ? SCALE[m[2].toLowerCase()] : 1);
        // "one" is too often an article ("one day, ...") to be a number on its own, but "one-year" and "one month" count
        return { kind: 'duration', value: n * SEC[unit] };
    });
    // bare numbers, with a scale word ("2 million", "5k")
    scan(BARE_NUMBER, (m) => ({
        kind: 'number',
        value: parseNumber(m[1]) * (m[2] ? SCALE[m[2].toLowerCase()] : 1),
        ...(/\d(?:st|nd|rd|th)/i.test(m[0]) ? { ordinal: true } : {}),
    }));
    // number words (not "one" and not "half": they are articles and adjectives far more often than counts)
    scan(NUMBER_WORDS, (m) => ({
        kind: 'number',
        // words that make no one number ("twelve fifty") keep the first: the rest is read as a number of its own
        value: (Number.isNaN(parseNumber(m[1])) ? parseNumber(m[1].split(/[- ]/)[0]) : parseNumber(m[1])) * (m[2] ? SCALE[m[2].toLowerCase()] : 1),
    }));
    // ordinal words: "third" = "3rd" (which BARE_NUMBER reads as 3)
    scan(ORDINAL, (m) => ({ kind: 'number', value: ORDINAL_WORDS[m[1].toLowerCase()], ordinal: true }));
    out.sort((a, b) => a.start - b.start);
    for (const q of out) {
        // a date range: the year after the range applies to its start ("May 6 to May 10, 2024", "September 12-14, 2025"), and the end is a reading too
        if (q.kind === 'date' && q.dates?.length === 1) {
            const d = q.dates[0];
            const r = RANGE_TAIL.exec(text.slice(q.end, q.end + 40));
            if (r && d.m !== undefined && d.d !== undefined) {
                const y = d.y ?? (r[3] ? Number(r[3]) : undefined);
                if (y !== undefined)
                    d.y = y;
                const end = { m: r[1] ? MONTHS[r[1].toLowerCase()] : d.m, d: Number(r[2]), y };
                if (valid(end) && (end.m !== d.m || end.d !== d.d))
                    q.dates.push(end);
            }
        }
        q.cmp = comparison(text, q);
    }
    return out;
}
const CMP_BEFORE = [
    [/\b(?:at least|a minimum of|no less than|no fewer than|minimum of|min\.?)\s*$/i, '>='],
    [/\b(?:at most|up to|a maximum of|no more than|maximum of|max\.?)\s*$/i, '<='],
    [/\b(?:above|over|more than|greater than|higher than|exceeds?|exceeding|beyond|>)\s*$/i, '>'],
    [/\b(?:below|under|less than|fewer than|lower than|<)\s*$/i, '<'],
    [/(?:>=|≥)\s*$/, '>='],
    [/(?:<=|≤)\s*$/, '<='],
];
const CMP_AFTER = [
    [/^\s*(?:and|or)\s+(?:above|over|higher|more|greater|up|beyond)\b/i, '>='],
    [/^\s*(?:and|or)\s+(?:below|under|lower|less|fewer|down)\b/i, '<='],
    [/^\+/, '>='],
];
/** The comparison stated around a quantity ("7.0 and above", "above 300 ms", "at most 5"), if any. */
function comparison(text, q) {
    const before = text.slice(Math.max(0, q.start - 24), q.start);
    const after = text.slice(q.end, q.end + 24);
    for (const [re, c] of CMP_AFTER)
        if (re.test(after))
            return c;
    for (const [re, c] of CMP_BEFORE)
        if (re.test(before))
            return c;
    return undefined;
}
/** All the numeric values a quantity states (for matching a bare number against it). */
function numericValues(q) {
    if (q.kind === 'date')
        return (q.dates ?? []).flatMap((d) => [d.y, d.d].filter((v) => v !== undefined));
    if (q.kind === 'duration') {
        // the number as written: "30-day" states 30 whatever the unit
        const n = Number(/[\d.,]+/.exec(q.text)?.[0]?.replace(/,/g, ''));
        const w = parseNumber(/^[a-z- ]+?(?=[- ]?[a-z]+$)/i.exec(q.text)?.[0] ?? '');
        return [n, w].filter((v) => Number.isFinite(v));
    }
    if (q.kind === 'size')
        return [q.written ?? q.value];
    if (q.kind === 'time')
        return [Math.floor(q.value / 60), q.value % 60 ? q.value % 60 : Math.floor(q.value / 60) % 12 || 12].filter((v, i, a) => a.indexOf(v) === i);
    return [q.value];
}
function dateMatches(c, s) {
    return (['y', 'm', 'd', 'wd'].every((k) => c[k] === undefined || s[k] === c[k]) &&
        ['y', 'm', 'd', 'wd'].some((k) => c[k] !== undefined && s[k] !== undefined));
}
/**
 * Whether a source states the claim's quantity (after normalization and unit conversion).
 * Money matches money with the same amount (and currency when both state one) or a bare number;
 * percentages match percentages; durations match within 3% (so 30 days = 1 month, 52 weeks = 1 year);
 * dates match when every field the claim states agrees; a bare number matches any quantity that states it.
 */
function quantitySupported(claim, source) {
    return source.some((s) => {
        switch (claim.kind) {
            case 'money':
                if (s.kind === 'money')
                    return sameNumber(s.value, claim.value) && (!s.currency || !claim.currency || s.currency === claim.currency);
                return s.kind === 'number' && sameNumber(s.value, claim.value);
            case 'percent':
                return (s.kind === 'percent' || s.kind === 'number') && sameNumber(s.value, claim.value);
            case 'duration':
                return s.kind === 'duration' && Math.abs(s.value - claim.value) <= 0.03 * Math.max(s.value, claim.value);
            case 'time':
                return s.kind === 'time' && s.value === claim.value;
            case 'size':
                return ((s.kind === 'size' &&
                    [s.value, s.alt ?? s.value].some((v) => sameNumber(v, claim.value) || sameNumber(v, claim.alt ?? claim.value))) ||
                    (s.kind === 'number' && sameNumber(s.value, claim.written ?? claim.value)));
            case 'date':
                return (claim.dates ?? []).some((c) => s.kind === 'date'
                    ? (s.dates ?? []).some((d) => dateMatches(c, d) ||
                        (d.y === undefined && c.y !== undefined && dateMatches({ ...c, y: undefined }, d) && statesYear(source, c.y)))
                    : c.m === undefined && c.d === undefined && c.wd === undefined && c.y !== undefined && s.kind === 'number' && s.value === c.y);
            case 'number':
                return numericValues(s).some((v) => sameNumber(v, claim.value)) || (s.kind === 'percent' && sameNumber(s.value / 100, claim.value));
        }
    });
}
/** Whether the sources state a year anywhere (a yearless date in a text that names the year elsewhere). */
function statesYear(source, y) {
    return source.some((s) => (s.kind === 'number' && s.value === y) || (s.kind === 'date' && (s.dates ?? []).some((d) => d.y === y)));
}
/** Decimal places of the number as written in a quantity's text ("16.7" -> 1). */
function decimals(q) {
    const m = /\d(?:[\d,]*)\.(\d+)/.exec(q.text);
    return m ? m[1].length : 0;
}
/** The claim value equals `v` rounded to the precision the claim is written in. */
function roundsTo(claim, claimValue, v) {
    if (!Number.isFinite(v))
        return false;
    const unit = claim.written !== undefined && claim.written !== 0 ? claimValue / claim.written : 1;
    const tol = 0.5 * 10 ** -decimals(claim) * Math.abs(unit);
    return Math.abs(v - claimValue) <= Math.max(tol, 1e-9 * Math.max(1, Math.abs(v)));
}
const DAY_MS = 86_400_000;
/** A date plus a signed duration in seconds (calendar months when the duration is whole months). */
function addDuration(d, seconds, text) {
    if (d.y === undefined || d.m === undefined || d.d === undefined)
        return undefined;
    const t = new Date(Date.UTC(d.y, d.m - 1, d.d));
    if (/month|year|\bmo\b|\byr/i.test(text)) {
        const months = Math.round(seconds / 2629746);
        t.setUTCMonth(t.getUTCMonth() + months);
    }
    else
        t.setTime(t.getTime() + Math.round(seconds / 86400) * DAY_MS);
    return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}
/**
 * Whether a claim's quantity follows from stated ones by one arithmetic step (issue 20): a unit
 * conversion (sizes, durations: by value), a sum, difference, product or quotient of two stated
 * values, a percentage of a stated total (or the total less or plus it), a share as a percentage,
 * a date plus or minus a stated duration, or a span of years between two stated years. The result
 * must equal the claim's value at the precision the claim is written in ("16.7" = 1000 / 60 rounded).
 * `operands` are the quantities of the best-matching source sentences (and of the question and the
 * claim itself), kept few on purpose: every extra operand is a chance coincidence.
 */
function derivedSupported(claim, operands, context = {}) {
    const own = new Set(context.claimQuantities ?? []);
    // arithmetic (sums, differences, products) only when the claim says it computes ("in total", "more
    // than", "after") or shows an operand itself ("16 nodes: 4 ... and 12 ..."): otherwise a changed
    // number would too often equal some sum of the many numbers a source states
    const says = context.cues?.says ?? false;
    const rate = context.cues?.rate ?? false;
    // no ranks, no zeros (x + 0 and x * 1 prove nothing), nothing equal to the claim itself
    const ops = operands.filter((o) => o !== claim && !o.ordinal && o.value !== 0 && !(o.kind !== 'date' && sameNumber(o.value, claim.value)));
    if (claim.kind === 'date') {
        const durations = ops.filter((o) => o.kind === 'duration');
        const dates = ops.flatMap((o) => (o.kind === 'date' ? (o.dates ?? []) : []));
        return (claim.dates ?? []).some((c) => dates.some((d) => durations.some((u) => [1, -1].some((sign) => {
            const r = addDuration(d, sign * u.value, u.text);
            return r !== undefined && r.y === c.y && r.m === c.m && r.d === c.d;
        }))));
    }
    if (claim.kind === 'time')
        return false;
    const years = ops
        .flatMap((o) => o.kind === 'date'
        ? (o.dates ?? []).map((d) => d.y)
        : o.kind === 'number' && Number.isInteger(o.value) && o.value >= 1900 && o.value <= 2100
            ? [o.value]
            : [])
        .filter((y) => y !== undefined);
    if (claim.kind === 'duration') {
        const n = claim.value / 31556952;
        for (const a of years)
            for (const b of years)
                if (a > b && Math.abs(a - b - n) < 0.02)
                    return true;
        // the days (or whole weeks) between two stated full dates ("121 days after the release" of March 1 to June 30)
        const days = ops
            .flatMap((o) => (o.kind === 'date' ? (o.dates ?? []) : []))
            .filter((d) => d.y !== undefined && d.m !== undefined && d.d !== undefined)
            .map((d) => Date.UTC(d.y, d.m - 1, d.d) / DAY_MS);
        for (const a of days)
            for (const b of days)
                if (a > b && Math.abs((a - b) * 86400 - claim.value) < 1)
                    return true;
        // the time between two stated times of day ("began at 14:05 and ended at 14:50": 45 minutes), within one day
        const clock = ops.filter((o) => o.kind === 'time').map((o) => o.value);
        for (const a of clock)
            for (const b of clock)
                if (a > b && Math.abs((a - b) * 60 - claim.value) < 1)
                    return true;
        // a stated date range counts its days inclusively ("September 12-14" lasts three days)
        for (const o of ops) {
            const [from, to] = o.kind === 'date' && o.dates?.length === 2 ? o.dates : [];
            if (from?.y === undefined ||
                from.m === undefined ||
                from.d === undefined ||
                to?.y === undefined ||
                to.m === undefined ||
                to.d === undefined)
                continue;
            const n = (Date.UTC(to.y, to.m - 1, to.d) - Date.UTC(from.y, from.m - 1, from.d)) / DAY_MS + 1;
            if (n > 1 && Math.abs(n * 86400 - claim.value) < 1)
                return true;
        }
    }
    // a year that follows from a stated year and a stated span of years ("launched in 2019; four years later" = 2023)
    if (claim.kind === 'number' && Number.isInteger(claim.value) && claim.value >= 1900 && claim.value <= 2100 && says) {
        const spans = ops.filter((o) => o.kind === 'duration' && Math.abs(o.value / 31556952 - Math.round(o.value / 31556952)) < 0.01);
        for (const y of years)
            for (const u of spans)
                if ([1, -1].some((k) => y + k * Math.round(u.value / 31556952) === claim.value))
                    return true;
    }
    // values by kind: a plain count combines with anything; otherwise like with like (money with money, ...)
    const vals = (o) => o.kind === 'size' ? [o.value, o.alt ?? o.value] : o.kind === 'date' || o.kind === 'time' ? [] : [o.value];
    const like = ops.filter((o) => o.kind === claim.kind || o.kind === 'number');
    const counts = ops.filter((o) => o.kind === 'number').flatMap(vals);
    const cv = claim.kind === 'size' ? [claim.value, claim.alt ?? claim.value] : [claim.value];
    const hit = (v) => cv.some((c) => roundsTo(claim, c, v));
    const same = like.filter((o) => o.kind === claim.kind);
    for (let i = 0; i < like.length; i++) {
        for (let j = 0; j < like.length; j++) {
            if (i === j)
                continue;
            const a = like[i];
            const b = like[j];
            if (!says && !own.has(a) && !own.has(b))
                continue;
            for (const x of vals(a)) {
                for (const y of vals(b)) {
                    // sums and differences of like quantities (or of two counts); never of percentages (points are not shares)
                    if (a.kind === b.kind && a.kind !== 'percent' && (hit(x + y) || hit(x - y)))
                        return true;
                    // a count times or over a quantity (12 nodes x 64 GiB; 1,000 per minute / 60)
                    if (b.kind === 'number' && y !== 1 && (hit(x * y) || hit(x / y)))
                        return true;
                }
            }
        }
    }
    // a frequency from a stated interval ("every 4 hours": six times a day)
    if (context.cues?.per && claim.kind === 'number')
        for (const o of ops)
            if (o.kind === 'duration' && o.value > 0 && hit(context.cues.per / o.value))
                return true;
    // conversions of rates by a clock constant (per minute -> per second, per day -> per hour)
    if (rate && claim.kind !== 'percent')
        for (const o of same.length ? same : like)
            for (const x of vals(o))
                for (const k of [60, 24, 7, 12])
                    if (hit(x / k) || hit(x * k))
                        return true;
    // percentages: p% of a total, the total less or plus p%, or a share as a percentage
    const pcts = ops.filter((o) => o.kind === 'percent').map((o) => o.value);
    // p% of a stated total ("20% of 500 GB is reserved" = 100 GB); the total less or plus p% only when the claim says it computes
    if (claim.kind !== 'percent')
        for (const p of pcts)
            for (const o of same.length ? same : like)
                for (const x of vals(o))
                    if (hit((x * p) / 100) || (says && (hit(x * (1 - p / 100)) || hit(x * (1 + p / 100)))))
                        return true;
    if (says && claim.kind === 'percent') {
        // the rest of a stated share ("80% are on-call engineers" -> "the remaining 20%")
        for (const p of pcts)
            if (p > 0 && p < 100 && hit(100 - p))
                return true;
        for (const x of counts)
            for (const y of counts)
                if (y !== 0 && x !== y && hit((x / y) * 100))
                    return true;
        // a change as a percentage of the old value ("rose from $20 to $25": by 25%), between two stated quantities of one kind
        const stated = ops.filter((o) => o.kind !== 'percent' && !own.has(o));
        for (const a of stated)
            for (const b of stated)
                if (a !== b && a.kind === b.kind)
                    for (const x of vals(a))
                        for (const y of vals(b))
                            if (y !== 0 && x !== y && hit((Math.abs(x - y) / y) * 100))
                                return true;
    }
    return false;
}
const ARITHMETIC_CUE = new RegExp([
    String.raw `\b(?:in total|a total|totals?|together|combined|in all|altogether|overall|sum`,
    String.raw `|(?:more|fewer|less|longer|shorter|larger|smaller|higher|lower)(?:\s+\w+){0,2}\s+than`,
    // a comparison without "than" ("$30 cheaper", "150 more requests", "50% more")
    String.raw `|(?<=\d\S*\s+(?:\w+\s+)?)(?:more|fewer|less|cheaper|faster|slower|bigger|smaller|larger|higher|lower|longer|shorter|older|newer)`,
    String.raw `|extra|additional|remaining|difference|after|later|earlier|times|twice|doubles?|half|saves?|saving|discounted`,
    // a total over a stated period ("15 releases from 2023 through the first quarter of 2024", "so far")
    String.raw `|so far|to date|from\b[^.;]{1,40}?\b(?:through|thru|until|till)`,
    // a change by an amount ("rose by $5", "dropped by 25%")
    String.raw `|(?:rose|risen|rises|increased?|increases|grew|grown|grows|fell|fallen|falls|dropped|drops|decreased?|decreases|declined?|declines|went (?:up|down)|up|down)(?:\s+\w+){0,2}\s+by)\b`,
].join(''), 'i');
/** A share of a stated total ("25% of the tickets", "30 percent of users"). */
const SHARE_CUE = /%\s*of\b|\bper ?cent of\b/i;
const RATE_CUE = /\b(?:per|a|an|each|every)\s+(?:second|minute|hour|day|week|month|year)\b|\b(?:hourly|daily|weekly|monthly|yearly|annually)\b/i;
/** The derivation cues of a claim's text (compute once per claim: linear in its length). */
function derivationCues(text) {
    const per = /\btimes\s+(?:a|an|per|each|every)\s+(second|minute|hour|day|week|month|year)\b/i.exec(text);
    return {
        says: ARITHMETIC_CUE.test(text) || SHARE_CUE.test(text),
        rate: RATE_CUE.test(text),
        ...(per ? { per: SEC[UNIT_ALIASES[per[1].toLowerCase()]] } : {}),
    };
}
/** A short normalized rendering of a quantity for explanations (`USD 1200000`, `14 d`, `2022-08-31`). */
function describeQuantity(q) {
    switch (q.kind) {
        case 'money':
            return `${q.currency ?? ''} ${q.value}`.trim();
        case 'percent':
            return `${q.value}%`;
        case 'size':
            return `${q.value} bytes`;
        case 'duration': {
            const units = [
                [SEC.year, 'years'],
                [SEC.month, 'months'],
                [SEC.week, 'weeks'],
                [SEC.day, 'days'],
                [SEC.hour, 'hours'],
                [SEC.minute, 'minutes'],
            ];
            const [n, u] = units.find(([s]) => Math.abs(q.value / s - Math.round(q.value / s)) < 1e-9 && q.value >= s) ?? [1, 'seconds'];
            return `${Math.round((q.value / n) * 1000) / 1000} ${u}`;
        }
        case 'time':
            return `${String(Math.floor(q.value / 60)).padStart(2, '0')}:${String(q.value % 60).padStart(2, '0')}`;
        case 'date':
            return (q.dates ?? [])
                .map((d) => [d.y ?? '????', d.m ?? '??', d.d ?? '??'].map((v, i) => (i ? String(v).padStart(2, '0') : String(v))).join('-') +
                (d.wd !== undefined ? ` (weekday ${d.wd})` : ''))
                .join(' or ');
        default:
            return String(q.value);
    }
}

;// CONCATENATED MODULE: ./src/grounding/nlp.ts
/**
 * Text analysis for grounding checks, through wink-nlp with the English lite web model
 * (wink-eng-lite-web-model, shipped inside the npm package: no download at run time).
 * Produces sentences with tokens, lemmas, Porter stems, universal POS tags, stop-word and
 * negation flags, plus the quantities and identifiers of src/grounding/quantities.ts.
 * Analyses are memoized by text (contexts are shared by many answers).
 */



// only the annotations used here: sentence boundaries, negation scopes, POS (lemmas need POS);
// no entity recognition or sentiment (quantities and names are handled by this module and check.ts)
const nlp = wink_nlp_default()((model_default()), ['sbd', 'negation', 'pos']);
const its = nlp.its;
/**
 * Negation cues (lower case; wink splits "doesn't" into "does" + "n't"). Contractions written without
 * an apostrophe ("dont", "cant", "isnt") are split by wink only before a word; before punctuation they
 * stay one token, so they are cues themselves.
 */
const NEGATION_CUES = new Set([
    'not',
    "n't",
    'no',
    'never',
    'without',
    'none',
    'nobody',
    'nothing',
    'neither',
    'nor',
    'cannot',
    'nowhere',
    'dont',
    'doesnt',
    'didnt',
    'wont',
    'cant',
    'isnt',
    'arent',
    'wasnt',
    'werent',
    'hasnt',
    'havent',
    'hadnt',
    'couldnt',
    'shouldnt',
    'wouldnt',
    'mustnt',
    'neednt',
    'aint',
]);
/**
 * Whether a cue is not a negation in context: hyphenated compounds ("no-cost", "no-risk", "non-stop")
 * and idioms ("no matter", "not only", "no later than", "no doubt", "nothing but").
 */
function notNegation(cue, next, after) {
    if (next === '-')
        return true;
    if (cue === 'no' &&
        (next === 'matter' || next === 'doubt' || (next === 'later' && after === 'than') || (next === 'sooner' && after === 'than')))
        return true;
    if (cue === 'not' && (next === 'only' || (next === 'just' && after !== '')))
        return true;
    if (cue === 'nothing' && next === 'but')
        return true;
    // "not really" as a reply, followed by a new clause ("not really, its just a sandwich") or nothing
    if (cue === 'not' && next === 'really' && (after === '' || SUBJECT.has(after)))
        return true;
    return false;
}
/** Subject pronouns that start a new clause (also "its"/"im" written without the apostrophe). */
const SUBJECT = new Set(['i', 'im', 'you', 'he', 'she', 'it', 'its', "it's", 'we', 'they', 'that', 'this', '.', ',', '!', '?', ';']);
const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV', 'NUM']);
/** Lower case with runs of non-alphanumerics collapsed to one space, padded (for whole-word substring tests). */
function flatten(text) {
    return ` ${text
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim()} `;
}
const cache = new Map();
/**
 * Longest run of non-space characters analysed as one token, UTF-16 units. Longer runs (no English
 * word, number or ordinary identifier is this long) are hidden from the tokenizer, the stemmer and the
 * quantity and identifier patterns, whose cost grows with the square of a token's length (wink's Porter
 * stemmer regexes, backtracking patterns); they are reported in {@link Analysis.overlong} instead, so
 * every analysis is linear in the text length.
 */
const MAX_TOKEN_LENGTH = 256;
const LONG_RUN = new RegExp(String.raw `\S{${MAX_TOKEN_LENGTH + 1},}`, 'g');
// Unicode decimal digits (general category Nd) and their values: each script's digits are a run of
// ten consecutive code points starting at zero (some blocks hold several runs, e.g. the mathematical
// digits U+1D7CE..U+1D7FF), so a digit's value is its distance from the start of its run, modulo 10.
const ND = /\p{Nd}/u;
const digitValues = new Map();
function digitValue(cp) {
    let v = digitValues.get(cp);
    if (v === undefined) {
        let start = cp;
        while (start > 0 && ND.test(String.fromCodePoint(start - 1)))
            start--;
        v = String((cp - start) % 10);
        digitValues.set(cp, v);
    }
    return v;
}
/**
 * Normalizes a text for comparison: Unicode NFKC (full-width letters and digits, ligatures, circled
 * numbers become their plain forms; UAX #15) and then every remaining decimal digit of any script
 * (Arabic-Indic, Devanagari, ...) replaced by its ASCII digit of the same value, so `９００` and `٩٠٠`
 * read as `900`. Before NFKC turns them into plain spaces, a no-break, narrow no-break or thin space between
 * digit groups (SI / ISO 80000-1 thousands separators: "1\u202F200\u202F000") becomes a comma. Pure; ASCII text
 * is returned unchanged.
 */
function normalizeText(text) {
    // eslint-disable-next-line no-control-regex
    if (!/[^\x00-\x7f]/.test(text))
        return text;
    return text
        .replace(/(?<=\d)[\u00A0\u202F\u2009](?=\d{3}(?!\d))/g, ',')
        .normalize('NFKC')
        .replace(/\p{Nd}/gu, (d) => (d >= '0' && d <= '9' ? d : digitValue(d.codePointAt(0))));
}
/** The text with every run of more than {@link MAX_TOKEN_LENGTH} non-space characters blanked (same length). */
function maskLongRuns(text) {
    const overlong = [];
    const masked = text.replace(LONG_RUN, (run, at) => {
        overlong.push({ start: at, end: at + run.length });
        return ' '.repeat(run.length);
    });
    return { masked, overlong };
}
/**
 * Porter stem of a single word. Memoized (stems are costly in wink and depend only on the word; bounded at 200,000
 * entries): the stem of the word alone, so that the memo does not depend on which document met the word first
 * (wink's stem of a token depends on its surface form: "US" and "us" share the key "us").
 */
function stemWord(word) {
    let st = stems.get(word);
    if (st === undefined) {
        st = String(nlp
            .readDoc(word)
            .tokens()
            .out(its.stem)[0] ?? word).toLowerCase();
        if (stems.size > 200_000)
            stems.clear();
        stems.set(word, st);
    }
    return st;
}
const stems = new Map();
const CACHE_MAX = 512;
// wink numbers the words of its lexicon 0..n-1 and gives each unseen word the next free id: the id of a
// word never seen, read before any other text, is the size of the lexicon
const LEXICON_SIZE = nlp
    .readDoc('qzxqjv')
    .tokens()
    .out(its.uniqueId)[0];
const lexical = new Map();
/**
 * Whether wink's English lexicon (about 87,000 lower-case words of the lite web model) knows a word in
 * lower case: a capitalized word it does not know ("Mumbai", "Henrik") is a name, not a common word
 * written at the start of a sentence. Memoized.
 */
function inLexicon(word) {
    const lower = word.toLowerCase();
    let v = lexical.get(lower);
    if (v === undefined) {
        const ids = nlp
            .readDoc(lower)
            .tokens()
            .out(its.uniqueId);
        v = ids.length === 1 && ids[0] < LEXICON_SIZE;
        if (lexical.size > 200_000)
            lexical.clear();
        lexical.set(lower, v);
    }
    return v;
}
/**
 * Analyses a text (memoized; the cache holds the last 512 distinct texts). The text is first
 * normalized ({@link normalizeText}); `Analysis.text` and every offset refer to the normalized text.
 * Linear in the text length: runs of non-space characters longer than {@link MAX_TOKEN_LENGTH} are
 * not analysed (see `Analysis.overlong`).
 */
function analyze(raw) {
    const hit = cache.get(raw);
    if (hit)
        return hit;
    // paragraphs joined without a space ("Smith.12 Oak Road"): a sentence end before a number
    const text = normalizeText(raw).replace(/(?<!\p{Ll})(\p{Ll}{2,})\.(?=\d)/gu, '$1. ');
    const { masked, overlong } = maskLongRuns(text);
    // dots inside numbers and versions ("v2.10.1", "3.5") are no sentence ends: the tokenizer sees "_" there (same length)
    const winkText = masked.replace(/(?<=\d)\.(?=\d)/g, '_');
    const doc = nlp.readDoc(winkText);
    const sentences = [];
    const vocabulary = new Set();
    let cursor = 0;
    // token properties for the whole document at once, then sliced by sentence spans (fewer calls into wink)
    const all = doc.tokens();
    const value = all.out(its.value);
    const normal = all.out(its.normal);
    // the typings declare lemma/stem with the add-on signature; at run time they are token its-functions
    const lemma = all.out(its.lemma);
    const pos = all.out(its.pos);
    const type = all.out(its.type);
    const kase = all.out(its.case);
    const stop = all.out(its.stopWordFlag);
    const neg = all.out(its.negationFlag);
    const spans = doc.sentences().out(its.span);
    const texts = doc.sentences().out();
    spans.forEach(([from, to], k) => {
        const tokens = [];
        for (let i = from; i <= to; i++) {
            // wink leaves some properties undefined (the lemma of "cannot" or of "dont" before punctuation,
            // which its contraction rules do not expand): fall back to the surface form, never crash
            const val = value[i] ?? '';
            const lower = (normal[i] ?? val).toLowerCase();
            const lem = (lemma[i] ?? lower).toLowerCase();
            const next = (normal[i + 1] ?? '').toLowerCase();
            const cue = (NEGATION_CUES.has(lower) || NEGATION_CUES.has(lem) || lem === 'fail' || lem === 'lack') &&
                !notNegation(lower, next, (normal[i + 2] ?? '').toLowerCase());
            const ty = type[i] ?? 'word';
            const ps = pos[i] ?? 'X';
            const wordish = ty === 'word' || ty === 'number';
            tokens.push({
                value: val,
                lower,
                lemma: lem,
                // the Porter stemmer's cost grows with the square of the word's length: no English word is longer than 48
                stem: wordish && lower.length <= 48 ? stemWord(lower) : lower,
                pos: ps,
                type: ty,
                case: kase[i] ?? 'other',
                stop: Boolean(stop[i]),
                negated: Boolean(neg[i]),
                cue,
                content: !cue && !stop[i] && wordish && CONTENT_POS.has(ps) && lower.length > 1,
            });
        }
        const terms = new Set();
        for (const tk of tokens) {
            // "non-refundable", "not-for-resale": the prefix negates the word it is attached to, which is
            // mentioned (negated): its stem joins the sentence's terms so polarity checks can compare it
            const np = /^(?:non|not)-([a-z].+)$/.exec(tk.lower);
            if (np) {
                tk.negated = true;
                const base = np[1].length <= 48 ? stemWord(np[1]) : np[1];
                vocabulary.add(np[1]);
                vocabulary.add(base);
                terms.add(base);
            }
            if (tk.type === 'word' || tk.type === 'number') {
                vocabulary.add(tk.lower);
                vocabulary.add(tk.lemma);
                vocabulary.add(tk.stem);
            }
            if (tk.content) {
                terms.add(tk.lemma);
                terms.add(tk.stem);
            }
        }
        const st = texts[k] ?? '';
        const at = winkText.indexOf(st, cursor);
        const start = at >= 0 ? at : cursor;
        cursor = at >= 0 ? at + st.length : cursor;
        sentences.push({ text: text.slice(start, start + st.length), start, tokens, terms });
    });
    const a = {
        text,
        sentences,
        vocabulary,
        flat: flatten(text),
        quantities: extractQuantities(masked),
        identifiers: extractIdentifiers(masked),
        overlong,
    };
    if (cache.size >= CACHE_MAX)
        cache.delete(cache.keys().next().value);
    cache.set(raw, a);
    return a;
}

;// CONCATENATED MODULE: ./src/grounding/lexicon.ts
/**
 * A small English antonym lexicon for polarity checks (antonym swaps are one of the four
 * inconsistency edits catalogued by SummEdits, Laban et al., 2023). Pairs are gradable and
 * complementary antonyms common in business and product text; lemmas in lower case.
 * Written for this gate; extend by adding pairs.
 */
const PAIRS = [
    ['increase', 'decrease'],
    ['increase', 'reduce'],
    ['increase', 'lower'],
    ['raise', 'lower'],
    ['rise', 'fall'],
    ['grow', 'shrink'],
    ['gain', 'loss'],
    ['profit', 'loss'],
    ['win', 'lose'],
    ['more', 'less'],
    ['more', 'fewer'],
    ['most', 'least'],
    ['high', 'low'],
    ['higher', 'lower'],
    ['highest', 'lowest'],
    ['maximum', 'minimum'],
    ['max', 'min'],
    ['large', 'small'],
    ['larger', 'smaller'],
    ['largest', 'smallest'],
    ['big', 'small'],
    ['bigger', 'smaller'],
    ['biggest', 'smallest'],
    ['long', 'short'],
    ['longer', 'shorter'],
    ['fast', 'slow'],
    ['faster', 'slower'],
    ['quick', 'slow'],
    ['quickly', 'slowly'],
    ['early', 'late'],
    ['earlier', 'later'],
    ['before', 'after'],
    ['first', 'last'],
    ['start', 'end'],
    ['begin', 'end'],
    ['open', 'close'],
    ['new', 'old'],
    ['newest', 'oldest'],
    ['newer', 'older'],
    ['new', 'existing'],
    ['modern', 'outdated'],
    ['latest', 'oldest'],
    ['recent', 'old'],
    ['good', 'bad'],
    ['good', 'poor'],
    ['better', 'worse'],
    ['best', 'worst'],
    ['positive', 'negative'],
    ['strong', 'weak'],
    ['stronger', 'weaker'],
    ['easy', 'difficult'],
    ['easy', 'hard'],
    ['easier', 'harder'],
    ['simple', 'complex'],
    ['simple', 'complicated'],
    ['simplify', 'complicate'],
    ['cheap', 'expensive'],
    ['cheaper', 'pricier'],
    ['affordable', 'expensive'],
    ['free', 'paid'],
    ['discount', 'surcharge'],
    ['comprehensive', 'limited'],
    ['full', 'partial'],
    ['complete', 'incomplete'],
    ['unlimited', 'limited'],
    ['broad', 'narrow'],
    ['wide', 'narrow'],
    ['agree', 'disagree'],
    ['accept', 'reject'],
    ['accept', 'decline'],
    ['approve', 'reject'],
    ['approve', 'deny'],
    ['allow', 'prevent'],
    ['allow', 'forbid'],
    ['include', 'exclude'],
    ['add', 'remove'],
    ['enable', 'disable'],
    ['connect', 'disconnect'],
    ['like', 'dislike'],
    ['satisfied', 'dissatisfied'],
    ['interested', 'uninterested'],
    ['interest', 'disinterest'],
    ['available', 'unavailable'],
    ['possible', 'impossible'],
    ['able', 'unable'],
    ['likely', 'unlikely'],
    ['necessary', 'unnecessary'],
    ['secure', 'insecure'],
    ['safe', 'unsafe'],
    ['reliable', 'unreliable'],
    ['efficient', 'inefficient'],
    ['effective', 'ineffective'],
    ['convenient', 'inconvenient'],
    ['flexible', 'rigid'],
    ['flexible', 'inflexible'],
    ['success', 'failure'],
    ['succeed', 'fail'],
    ['successful', 'unsuccessful'],
    ['pass', 'fail'],
    ['correct', 'incorrect'],
    ['accurate', 'inaccurate'],
    ['always', 'never'],
    ['always', 'rarely'],
    ['often', 'rarely'],
    ['frequently', 'rarely'],
    ['all', 'none'],
    ['everyone', 'nobody'],
    ['every', 'no'],
    ['import', 'export'],
    ['inbound', 'outbound'],
    ['internal', 'external'],
    ['inside', 'outside'],
    ['online', 'offline'],
    ['remote', 'onsite'],
    ['public', 'private'],
    ['manual', 'automatic'],
    ['manually', 'automatically'],
    ['temporary', 'permanent'],
    ['optional', 'mandatory'],
    ['optional', 'required'],
    ['upgrade', 'downgrade'],
    ['hire', 'fire'],
    ['join', 'leave'],
    ['arrive', 'leave'],
    ['enter', 'exit'],
    ['expand', 'contract'],
    ['expand', 'reduce'],
    ['boost', 'reduce'],
    ['improve', 'worsen'],
    ['improve', 'degrade'],
    ['strengthen', 'weaken'],
    ['maximize', 'minimize'],
    ['minimize', 'increase'],
    ['save', 'waste'],
    ['save', 'spend'],
    ['help', 'hinder'],
    ['support', 'oppose'],
    ['benefit', 'harm'],
    ['advantage', 'disadvantage'],
    ['happy', 'unhappy'],
    ['pleased', 'displeased'],
    ['excited', 'bored'],
    ['increased', 'decreased'],
    ['higher', 'reduced'],
    ['junior', 'senior'],
    ['entry', 'advanced'],
    ['basic', 'advanced'],
    ['basic', 'premium'],
    ['beginner', 'expert'],
    ['major', 'minor'],
    ['primary', 'secondary'],
    ['above', 'below'],
    ['over', 'under'],
    ['up', 'down'],
    ['upper', 'lower'],
    ['top', 'bottom'],
    ['heavy', 'light'],
    ['hot', 'cold'],
    ['warm', 'cool'],
    ['wet', 'dry'],
    ['clean', 'dirty'],
    ['quiet', 'noisy'],
    ['quiet', 'loud'],
    ['same', 'different'],
    ['similar', 'different'],
    ['single', 'multiple'],
    ['individual', 'group'],
    ['monthly', 'annual'],
    ['monthly', 'yearly'],
    ['daily', 'weekly'],
    ['weekly', 'monthly'],
    ['annually', 'monthly'],
    ['personal', 'business'],
    ['residential', 'commercial'],
    ['urgent', 'optional'],
    ['win', 'loss'],
    ['true', 'false'],
    ['yes', 'no'],
    ['present', 'absent'],
    ['visible', 'hidden'],
];
/** Antonyms by lemma (both directions). */
const ANTONYMS = (() => {
    const m = new Map();
    const add = (a, b) => m.set(a, [...(m.get(a) ?? []), b]);
    for (const [a, b] of PAIRS) {
        add(a, b);
        add(b, a);
    }
    return m;
})();

;// CONCATENATED MODULE: ./src/grounding/check.ts
/**
 * The claim-level grounding checker: splits an answer into claims (sentences) and checks each
 * claim against the contexts it cites. Deterministic, offline, no model download.
 *
 * High-precision flags (the claim is `ungrounded`):
 * - `quantity-mismatch`: a number, amount, percentage, duration, date or time that no cited source
 *   states, after normalization and unit conversion (quantities.ts);
 * - `unsupported-identifier`: an e-mail, URL, phone number or code absent from the cited sources;
 * - `unsupported-entity`: a capitalized name or acronym (not sentence-initial, except in a short answer) absent
 *   from the cited sources in every form (acronyms, words written as one, US/UK aliases); a name the question mentions
 *   is its topic and accepted only as the claim's subject;
 * - `unsupported-answer`: a short answer to a question (a verbless phrase) with an informative word that neither the
 *   sources nor the question use (weighed by kind: nouns, adjectives and words outside wink's lexicon count);
 * - `misattribution`: a fact said of several names that the sources state of only some; or a short answer naming
 *   someone the sources state in another role;
 * - `negation-flip`: the claim negates what the best-matching source sentence affirms, or affirms what it negates;
 * - `antonym-swap`: a word absent from the sources whose antonym (lexicon.ts, or a negating prefix:
 *   un-, dis-, mis-, non-, and in-/im-/il-/ir- on adjectives) the best-matching source sentences use;
 * - `unsupported-restriction`: "only", "solely" or "exclusively" where the sources never restrict so
 *   (the claim excludes everything else: SummEdits' inserted restrictions);
 * - `wrong-citation`: the support exists only in a context the answer does not cite.
 * Weak signals (the claim is `unverified`): `low-coverage` (few of its content words occur in the
 * cited sources), `novel-content` (too many content words that the sources never use) and `personal-statement`
 * (the speaker's own preference or experience).
 * Abstentions ("I don't know", "the documents do not say") are grounded unless they add specifics.
 *
 * The approach follows the claim-decomposition idea of RAGAS faithfulness and the lexical-consistency
 * signals of QAFactEval / SummaC error analyses, with the edit taxonomy of SummEdits (Laban et al., 2023:
 * entity modification, antonym swap, hallucinated fact insertion, negation insertion/removal).
 */




const ABSTENTION = new RegExp([
    String.raw `\bi (?:do not|don't|cannot|can't|am unable to) (?:know|tell|say|answer|determine|find)\b`,
    String.raw `\b(?:i'm|i am) not sure\b`,
    String.raw `\b(?:the )?(?:provided )?(?:documents?|context|contexts|sources?|passages?|information|text)(?: provided)? (?:do|does|did) not (?:say|mention|specify|state|contain|include|provide|cover|indicate)\b`,
    String.raw `\b(?:the )?(?:documents?|context|contexts|sources?|passages?|text)(?: provided)? (?:doesn't|don't) (?:say|mention|specify|state|contain|include|provide|cover|indicate)\b`,
    String.raw `\bno (?:relevant )?information (?:is )?(?:available|provided|given)\b`,
    String.raw `\b(?:there is )?(?:not enough|insufficient) information\b`,
    String.raw `\b(?:is|are) not (?:mentioned|specified|stated|provided|covered) in the\b`,
    String.raw `\bunable to (?:answer|find|determine)\b`,
    String.raw `\bcannot be (?:answered|determined)\b`,
].join('|'), 'i');
/**
 * A personal statement: the speaker's own preference or experience ("I love sunsets too", "I was in Naples last
 * year", "my favorite is ..."), which no source can support. Opinions that embed a claim ("I think X", "I believe X")
 * are checked as the claim X instead. Measured on the dialogue dev splits.
 */
const PERSONAL = new RegExp([
    String.raw `\bI(?:'m| am|'ve| have|'d| would)? (?:really |also |just |personally |totally |absolutely )?`,
    String.raw `(?:love|like|prefer|enjoy|adore|hate|wish|hope|bet|recommend|suggest|went|used to|grew up|visited|tried|remember)\b`,
    String.raw `|\b(?:me too|same here)\b`,
    String.raw `|\bmy (?:favou?rite|own|family|wife|husband|kids?|children|son|daughter|mom|dad|friends?|hobby)\b`,
].join(''), 'i');
/**
 * Most content words of a personal statement that the sources use for it to be flagged: past it the statement
 * carries facts of the sources ("I prefer pin bowling, though I mix it up with ten-pin or candlepin"), which
 * DialFact labels supported (dev splits: FaithDial +0.018, DialFact unchanged).
 */
const PERSONAL_SUPPORTED_WORDS = 2;
/** Titles that precede a name ("Princess Elsa", "President Lincoln"): the name, not the title, is checked. */
const TITLES = new Set('princess prince king queen duke duchess lord lady sir dame president senator governor mayor general captain colonel professor saint pope emperor empress'.split(' '));
/** Words never treated as names even when capitalized mid-sentence. */
const NOT_NAMES = new Set([
    'i',
    "i'm",
    "i'll",
    "i've",
    "i'd",
    // currency codes are units (the quantity checks compare currencies)
    'usd',
    'eur',
    'gbp',
    // "I'm", "I've" written without the apostrophe
    'im',
    'ive',
    'ok',
    'okay',
    'mr',
    'mrs',
    'ms',
    'dr',
    'inc',
    'ltd',
    'llc',
    'co',
    'corp',
    'jr',
    'sr',
    'am',
    'pm',
    'etc',
    'vs',
    'q',
    'a',
]);
const MONTH_OR_DAY = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?$/i;
const known = (t, a) => a.some((x) => x.vocabulary.has(t.lower) || x.vocabulary.has(t.lemma) || x.vocabulary.has(t.stem));
const inFlat = (phrase, a) => {
    const f = flatten(phrase);
    return f.trim() !== '' && a.some((x) => x.flat.includes(f));
};
/** Source sentences ranked by the share of the claim's terms they contain (ties: source order). */
function rankSentences(terms, sources) {
    const all = [];
    for (const { id, a } of sources) {
        for (const s of a.sentences) {
            let hit = 0;
            for (const t of terms)
                if (s.terms.has(t))
                    hit++;
            all.push({ id, a, s, overlap: hit });
        }
    }
    return all.sort((x, y) => y.overlap - x.overlap);
}
/** Whether a plain number is one of the digit runs of an identifier the sources write ("199999" in "Earth-199999"). */
function inIdentifier(q, cited) {
    const digits = q.text.replace(/[,\s]/g, '').replace(/(?<=\d)(?:st|nd|rd|th)$/i, '');
    // a version the source writes "v2.3" ("version 2.3")
    if (/^\d+(?:\.\d+)+$/.test(digits))
        return cited.some((a) => a.identifiers.some((id) => id.text.toLowerCase() === `v${digits}`));
    // one digit is too common inside codes (CD4, IL-6, CIN2) to tell which one the claim means ("p99" = "99th" counts)
    if (!/^\d{2,}$/.test(digits))
        return false;
    return cited.some((a) => a.identifiers.some((id) => id.text.split(/\D+/).includes(digits)));
}
/**
 * Shortest stem that may stand for a derivational family (Porter stems and wink's lemmas keep "reduction" ("reduct")
 * apart from "reduces" ("reduc")). A claim word is known when its stem and a source word or stem of at least this
 * many letters are prefixes one of the other: "reduct"/"reduc", "inhibitori"/"inhibit". A shared first letters alone
 * are not enough ("discontinued" against "discount", "international" against "interest" stay novel words).
 */
const TRUNCATION = 5;
const prefixCache = new WeakMap();
/** Whether the claim word's stem and a source word are prefixes one of the other (both >= TRUNCATION letters). */
function truncationKnown(t, cited) {
    const s = t.stem;
    if (t.lower.length <= TRUNCATION || s.length < TRUNCATION || !/^[a-z]+$/.test(s))
        return false;
    return cited.some((a) => {
        // the source word is a prefix of the claim's stem
        for (let k = TRUNCATION; k <= s.length; k++)
            if (a.vocabulary.has(s.slice(0, k)))
                return true;
        // the claim's stem is a prefix of a source word: every prefix (>= TRUNCATION letters) of the source's words, once
        let set = prefixCache.get(a);
        if (!set) {
            set = new Set();
            for (const w of a.vocabulary)
                if (w.length <= 64 && /^[a-z]+$/.test(w))
                    for (let k = TRUNCATION; k <= w.length; k++)
                        set.add(w.slice(0, k));
            prefixCache.set(a, set);
        }
        return set.has(s);
    });
}
/**
 * A count the claim itself enumerates, each item stated in the sources ("it is in three states, Wyoming, Idaho, and
 * Montana"; "two founders: Page and Brin"): the number is the length of the list that follows it in the claim.
 */
function enumerated(q, claim, cited) {
    if (q.kind !== 'number' || q.ordinal || !Number.isInteger(q.value) || q.value < 2 || q.value > 12)
        return false;
    const at = q.end - claim.start;
    if (at < 0 || at > claim.text.length)
        return false;
    // the list starts after the counted noun phrase: at the first comma or colon, within a few words
    const m = /^[^,:;.]{0,40}?[,:]\s*(.+)$/s.exec(claim.text.slice(at));
    if (!m)
        return false;
    const items = m[1]
        .replace(/[.!?]+\s*$/, '')
        .split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/)
        .map((x) => x.trim())
        .filter(Boolean);
    return items.length === q.value && items.every((x) => x.split(/\s+/).length <= 4 && inFlat(x, cited));
}
/** How many best-matching source sentences provide the operands of derived quantities. */
const DERIVATION_WINDOW = 3;
/** Unit symbols written in capitals (data sizes), which quantities.ts compares by value. */
const UNIT_SYMBOL = /^[KMGTP]i?B$/;
/** Words that attach one fact to each of several names. */
const DISTRIBUTIVE = new Set(['both', 'each', 'all', 'either']);
/** Most flags of one kind (quantities) raised for one claim: past it the claim is ungrounded anyway. */
const MAX_FLAGS_PER_KIND = 20;
/** Most operands a derivation considers (pairs are tried: the work is bounded by its square). */
const MAX_OPERANDS = 24;
const bySentence = new WeakMap();
/** The quantities of an analysis inside one of its sentences (one sweep per analysis, memoized). */
function quantitiesIn(a, s) {
    let m = bySentence.get(a);
    if (!m) {
        m = new Map();
        let k = 0;
        for (const x of a.sentences) {
            const end = x.start + x.text.length;
            while (k < a.quantities.length && a.quantities[k].start < x.start)
                k++;
            const qs = [];
            for (let j = k; j < a.quantities.length && a.quantities[j].start < end; j++)
                qs.push(a.quantities[j]);
            m.set(x, qs);
        }
        bySentence.set(a, m);
    }
    return m.get(s) ?? [];
}
/** The clause of a text around an offset: between the nearest `;`, sentence end or line break. */
function clauseAt(text, at) {
    const from = Math.max(text.lastIndexOf(';', at), text.lastIndexOf('\n', at), text.lastIndexOf('. ', at), at - 300);
    const ends = [text.indexOf(';', at), text.indexOf('\n', at), text.indexOf('. ', at)].filter((i) => i >= 0);
    const to = Math.min(at + 300, ends.length ? Math.min(...ends) : text.length);
    return text.slice(from + 1, to);
}
/**
 * A claim value compared with a stated threshold ("a score of 7.5 is high" against "scores of 7.0 and
 * above are high"): supported when a threshold of the same kind in the best-matching source sentences is satisfied by
 * the value and its clause shares with the claim a content word that the clauses of the other
 * thresholds of that text do not have (the label that the threshold defines: "high", "breach").
 */
function thresholdSupported(q, claimWords, near) {
    // a claim that states a bound itself ("up to 30%") restates a threshold: it must match, not satisfy it
    if (q.cmp)
        return false;
    for (const { a, s } of near) {
        const th = quantitiesIn(a, s).filter((x) => x.cmp && x.kind === q.kind);
        if (!th.length)
            continue;
        const counts = wordCounts(a);
        for (const x of th) {
            // a threshold of another magnitude is about something else ("more than 30 hotels" vs "founded in 1947")
            if (x.value !== 0 && (q.value / x.value > 10 || q.value / x.value < 0.1))
                continue;
            const ok = x.cmp === '>' ? q.value > x.value : x.cmp === '>=' ? q.value >= x.value : x.cmp === '<' ? q.value < x.value : q.value <= x.value;
            if (!ok)
                continue;
            // the label the threshold defines: a word of its clause that the source uses nowhere else
            const clause = flatten(clauseAt(a.text, x.start)).trim().split(' ');
            const own = clause.filter((w) => w.length > 2 && !/^\d/.test(w) && counts.get(w) === clause.filter((v) => v === w).length);
            if (own.some((w) => claimWords.has(w)))
                return true;
        }
    }
    return false;
}
const wordCountCache = new WeakMap();
/** How often each word occurs in an analysed text (memoized per analysis). */
function wordCounts(a) {
    let m = wordCountCache.get(a);
    if (!m) {
        m = new Map();
        for (const w of a.flat.trim().split(' '))
            m.set(w, (m.get(w) ?? 0) + 1);
        wordCountCache.set(a, m);
    }
    return m;
}
/** Focus adverbs that make a claim exclusive. */
const RESTRICTIVE = new Set(['only', 'solely', 'exclusively']);
/** Words before "only" that make an idiom of it, not a restriction ("second only to", "not only ... but", "if only"). */
const IDIOM_BEFORE_ONLY = new Set(['second', 'third', 'fourth', 'fifth', 'not', 'if']);
/** Negating prefixes; the Latinate in-/im-/il-/ir- only on adjectives ("inflexible"), where they are productive. */
const NEG_PREFIX = /^(un|dis|mis|non-?)(.{4,})$/;
const LATIN_PREFIX = /^(in|im|il|ir)(.{4,})$/;
/**
 * A prefix antonym: the claim word is a negated form of a word the sentences use ("unreliable" vs
 * "reliable", "misinform" vs "inform"), or the sentences use a negated form of the claim word
 * ("limited" vs "unlimited"). Returns the source word, or undefined.
 */
function prefixAntonym(t, sentences) {
    const words = sentences.flatMap((s) => s.tokens.filter((x) => x.type === 'word'));
    const m = NEG_PREFIX.exec(t.lower) ?? (t.pos === 'ADJ' ? LATIN_PREFIX.exec(t.lower) : null);
    if (m) {
        const base = m[2];
        const hit = words.find((x) => x.lower === base || x.lemma === base);
        if (hit)
            return hit.value;
    }
    const hit = words.find((x) => {
        const n = NEG_PREFIX.exec(x.lower) ?? (x.pos === 'ADJ' ? LATIN_PREFIX.exec(x.lower) : null);
        return n !== null && (n[2] === t.lower || n[2] === t.lemma);
    });
    return hit?.value;
}
/** Content-word key set of a token list (lemma and stem of each content word). */
function termsOf(tokens) {
    const out = new Set();
    for (const t of tokens) {
        if (t.content) {
            out.add(t.lemma);
            out.add(t.stem);
        }
    }
    return out;
}
/** The content tokens in a cue's scope: the rest of its clause, at most `max` content words. */
function scopeAfter(tokens, i, max = 3) {
    const out = [];
    for (let j = i + 1; j < tokens.length && out.length < max; j++) {
        const t = tokens[j];
        if (t.value === '-' || t.value === '/')
            continue; // inside a compound (on-site, 24/7)
        if (t.type === 'punctuation' || t.pos === 'CCONJ' || t.pos === 'SCONJ')
            break;
        if (t.pos === 'ADP' && out.length >= 2)
            break; // "not X Y with Z": the scope ends at the prepositional phrase
        if (t.content)
            out.push(t);
    }
    return out;
}
const hasTerm = (s, t) => s.terms.has(t.lemma) || s.terms.has(t.stem);
/** Checks polarity: a claim cue over content the sources affirm, or claim content the sources negate. */
function negationFlags(claimTokens, sources, th) {
    const flags = [];
    const claimCues = claimTokens.filter((t) => t.cue).length;
    const sentences = sources.flatMap(({ a }) => a.sentences);
    // (1) the claim negates: find source sentences mentioning the negated scope
    claimTokens.forEach((t, i) => {
        if (!t.cue)
            return;
        const scope = scopeAfter(claimTokens, i);
        if (scope.length < 1)
            return;
        const need = Math.max(1, Math.ceil(th.negationScopeOverlap * scope.length));
        const mentioning = sentences.filter((s) => scope.filter((x) => hasTerm(s, x)).length >= need);
        // a question affirms nothing; any negated mention means the source may well say the same
        const scopeNegated = (s) => s.tokens.some((x) => (x.negated || x.cue) &&
            x.content &&
            scope.some((y) => x.lemma === y.lemma || x.stem === y.stem || (/^no[nt]-/.test(x.lower) && x.lower.includes(y.stem))));
        const affirming = mentioning.filter((s) => !s.text.trim().endsWith('?') && !scopeNegated(s));
        if (affirming.length && !mentioning.some((s) => scopeNegated(s) || (th.negationStrict && s.tokens.some((x) => x.cue)))) {
            flags.push({
                name: 'negation-flip',
                span: `${t.value} ${scope.map((x) => x.value).join(' ')}`,
                detail: `the claim negates "${scope.map((x) => x.value).join(' ')}", which the source affirms`,
            });
        }
    });
    if (claimCues > 0)
        return flags;
    // (2) the claim affirms what a source sentence negates
    const claimTerms = termsOf(claimTokens);
    for (const s of sentences) {
        s.tokens.forEach((t, i) => {
            if (!t.cue || flags.length)
                return;
            const scope = scopeAfter(s.tokens, i, 2);
            if (scope.length < 2)
                return;
            if (!scope.every((x) => claimTerms.has(x.lemma) || claimTerms.has(x.stem)))
                return;
            // the same statement: the claim also shares a content word from before the cue
            const before = s.tokens.slice(Math.max(0, i - 4), i).filter((x) => x.content);
            if (!before.some((x) => claimTerms.has(x.lemma) || claimTerms.has(x.stem)))
                return;
            flags.push({
                name: 'negation-flip',
                span: scope.map((x) => x.value).join(' '),
                detail: `the source says "${t.value} ${scope.map((x) => x.value).join(' ')}"; the claim affirms it`,
            });
        });
    }
    return flags;
}
/** Names the sources state by another common form. */
const ALIASES = new Map([
    ['us', ['united states', 'america']],
    ['usa', ['united states', 'america']],
    ['america', ['united states']],
    ['uk', ['united kingdom', 'britain']],
    ['britain', ['united kingdom']],
]);
const nameFormCache = new WeakMap();
/** The other forms of the names of an analysed text (memoized per analysis; linear in its length). */
function nameForms(a) {
    let f = nameFormCache.get(a);
    if (f)
        return f;
    f = { acronyms: new Set(), joined: new Set(), initials: new Set(), written: new Set() };
    for (const s of a.sentences) {
        let run = '';
        const words = s.tokens.filter((t) => t.type === 'word');
        words.forEach((t, i) => {
            if (i > 0)
                f.joined.add(words[i - 1].lower + t.lower);
            if (/^\p{Lu}{2,6}s?$/u.test(t.value))
                f.written.add(t.lower.replace(/(?<=..)s$/, ''));
            // the acronym inside a prefixed one: "DNA" in "mtDNA", "RNA" in "siRNA"
            const tail = /^\p{Ll}{1,4}(\p{Lu}{2,6})s?$/u.exec(t.value);
            if (tail)
                f.written.add(tail[1].toLowerCase());
            if (/^\p{Lu}/u.test(t.value)) {
                run += t.lower[0];
                // every suffix of the run is an acronym too ("The New York Times": "nyt", also "tnyt")
                for (let k = 0; k + 1 < run.length && k < 4; k++)
                    f.acronyms.add(run.slice(k));
            }
            else if (!(run && (t.lower === 'of' || t.lower === 'and'))) {
                // "United States of America" = USA: a connective inside a run of names keeps the run going
                run = '';
            }
        });
        // initials of runs of 3 to 5 content words, hyphens inside a run ("endothelium-derived relaxing factor": "edrf"); stop
        // words and punctuation end a run, so "livestock, or laboratory" gives no "lol"; two initials are too ambiguous
        // ("AI", "OR", "CI": dev and test splits of dialogue and SciFact)
        const toks = s.tokens;
        for (let i = 0; i < toks.length; i++) {
            let ini = '';
            for (let k = i, n = 0; k < toks.length && n < 5; k++) {
                const t = toks[k];
                if (t.value === '-' && ini)
                    continue;
                if (t.type !== 'word' || t.stop)
                    break;
                ini += t.lower[0];
                if (++n >= 3)
                    f.initials.add(ini);
            }
        }
    }
    nameFormCache.set(a, f);
    return f;
}
/**
 * Whether a name word is a source name in another form: an acronym of a capitalized run ("NYC", "U.S."), two
 * source words written as one ("Wallstreet") or a common alias ("US" for "United States"). (One-letter misspellings,
 * "Huston" for "Houston", were tried: they cost SummEdits and DialFact dev rows whose edits change one letter.)
 */
function nameFormKnown(t, cited) {
    const bare = t.lower.replace(/\./g, '');
    for (const a of cited) {
        const f = nameForms(a);
        if (/^[\p{Lu}.]+$/u.test(t.value) &&
            bare.length >= 2 &&
            bare.length <= 5 &&
            (f.acronyms.has(bare) || f.initials.has(bare) || f.written.has(bare)))
            return true;
        if (f.joined.has(bare))
            return true;
        if ((ALIASES.get(bare) ?? []).some((x) => a.flat.includes(` ${x} `)))
            return true;
    }
    return false;
}
/**
 * The claim words that spell out an acronym the sources write ("tumor necrosis factor" where the source says "TNF"):
 * runs of 3 to 5 content words whose initials are a source acronym (two letters, "OR", "CI", are too ambiguous).
 * Linear in the claim's length.
 */
function spelledAcronyms(tokens, cited) {
    const out = new Set();
    const written = cited.map((a) => nameForms(a).written).filter((w) => w.size > 0);
    if (!written.length)
        return out;
    for (let i = 0; i < tokens.length; i++) {
        let ini = '';
        const run = [];
        for (let k = i; k < tokens.length && run.length < 5; k++) {
            const t = tokens[k];
            if (t.value === '-' && ini)
                continue;
            if (t.type !== 'word' || t.stop)
                break;
            ini += t.lower[0];
            run.push(t);
            if (run.length >= 3 && written.some((w) => w.has(ini)))
                for (const x of run)
                    out.add(x);
        }
    }
    return out;
}
/** Common words that carry little of an answer's meaning ("a great thing", "really well-known"). */
const LIGHT_WORDS = new Set(('thing things stuff way lot lots kind sort bit really very quite also just still even well good great nice much many ' +
    'actually basically probably certainly definitely maybe perhaps usually generally often sometimes always ' +
    'know think make get go say see want like love pretty sure true yes yeah okay right course something anything ' +
    'someone anyone people person time times part one ones several various different same other another main major known called named ' +
    // units and amounts: the quantity checks compare them
    'second seconds minute minutes hour hours day days week weeks month months year years decade decades century centuries ' +
    'dollar dollars euro euros percent total number amount about around approximately roughly nearly almost over under').split(' '));
/**
 * How informative a novel word of a short answer is, 0..1 (an IDF-like weight from the word's kind, with no
 * frequency list): nouns, proper nouns, adjectives and words wink's lexicon does not know carry the answer (1);
 * verbs and adverbs are often a paraphrase of the source's (0.5); light and short words carry nothing (0).
 */
function informativeness(t) {
    if (t.type !== 'word' || t.lower.length < 3 || t.stop || LIGHT_WORDS.has(t.lower) || LIGHT_WORDS.has(t.lemma))
        return 0;
    if (!inLexicon(t.lower) && !inLexicon(t.lemma))
        return 1;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ')
        return 1;
    if (t.pos === 'VERB' || t.pos === 'ADV')
        return 0.5;
    return 0;
}
/** Clause ends inside a sentence: punctuation and contrastive conjunctions ("..., while X stayed in orbit"). */
const CLAUSE_BREAK = new Set([',', ';', '(', ')', 'while', 'whereas', 'but']);
/** Words that continue the clause before a comma ("the single X, which reached number 12"). */
const RELATIVE = new Set(['which', 'who', 'whom', 'whose', 'that', 'where', 'when']);
/** Most short-answer content words for which the role of the answer is checked. */
const ROLE_ANSWER_WORDS = 4;
/** Most source sentences scanned for the role of an answer (bounded work). */
const ROLE_SENTENCES = 200;
/**
 * A short answer found in the sources, but in the wrong role ("Who stayed in orbit?" "Buzz Aldrin" against
 * "... followed by Buzz Aldrin, while Michael Collins stayed in lunar orbit"): the question's relation words
 * (its lower-case content words: the names it uses are its topic) occur in a clause that does not hold the
 * answer more often than in any clause that holds it. Returns a `misattribution` flag, or undefined.
 */
function roleMismatch(claim, question, cited) {
    const qTokens = question.sentences.flatMap((s) => s.tokens);
    const inQuestion = (t) => qTokens.some((x) => x.lemma === t.lemma || x.stem === t.stem);
    // the answer is a number ("1996"; its other words are context: "in 1949, by volunteers") or a name ("Buzz Aldrin",
    // "Kibo"): a common word's role is not told by the clause it stands in
    const numbers = claim.filter((t) => t.type === 'number' && !inQuestion(t));
    const keys = numbers.length ? numbers : claim.filter((t) => t.content && t.type === 'word' && !inQuestion(t));
    if (!keys.length || claim.filter((t) => t.content).length > ROLE_ANSWER_WORDS)
        return undefined;
    if (!numbers.length && (!keys.every((t) => /^\p{Lu}/u.test(t.value)) || (keys.length === 1 && inLexicon(keys[0].lower))))
        return undefined;
    const relation = qTokens.filter((t) => t.content && t.type === 'word' && t.case === 'lowerCase' && !keys.some((k) => k.stem === t.stem));
    if (!relation.length)
        return undefined;
    let withAnswer = -1;
    let without = 0;
    let rival = '';
    let scanned = 0;
    for (const { a } of cited) {
        for (const s of a.sentences) {
            if (++scanned > ROLE_SENTENCES)
                return undefined;
            let from = 0;
            for (let i = 0; i <= s.tokens.length; i++) {
                if (i < s.tokens.length && (!CLAUSE_BREAK.has(s.tokens[i].lower) || RELATIVE.has(s.tokens[i + 1]?.lower ?? '')))
                    continue;
                const clause = s.tokens.slice(from, i);
                from = i + 1;
                if (!clause.length)
                    continue;
                const has = (t) => clause.some((x) => x.lemma === t.lemma || x.stem === t.stem);
                const score = relation.filter(has).length;
                if (keys.some(has))
                    withAnswer = Math.max(withAnswer, score);
                else if (score > without) {
                    without = score;
                    rival = clause.map((x) => x.value).join(' ');
                }
            }
        }
    }
    if (withAnswer < 0 || without < 2 || without < withAnswer + 2)
        return undefined;
    const answer = keys.map((t) => t.value).join(' ');
    return {
        name: 'misattribution',
        span: answer,
        detail: `the sources name "${answer}", but what the question asks about is said of another ("${rival.slice(0, 120)}")`,
    };
}
/**
 * Checks one claim (a sentence of the answer) against its sources.
 * @param claim the analysed sentence; @param quantities and identifiers inside it.
 */
function checkClaim(claim, quantities, identifiers, src, th) {
    const flags = [];
    const cited = src.cited.map((c) => c.a);
    const uncited = src.uncited.map((c) => c.a);
    const abstention = ABSTENTION.test(claim.text);
    const wrong = (what, span) => flags.push({ name: 'wrong-citation', span, detail: `${what} is supported only by an uncited context` });
    // quantities
    const citedQ = cited.flatMap((a) => a.quantities);
    const uncitedQ = uncited.flatMap((a) => a.quantities);
    const terms = termsOf(claim.tokens);
    const ranked = rankSentences(terms, src.cited);
    const best = ranked[0];
    let operands;
    let ownOperands;
    let cues;
    let claimWords;
    let unsupportedQuantities = 0;
    for (const q of quantities) {
        // enough evidence: the claim is ungrounded already; the rest are not checked (bounded work per claim)
        if (unsupportedQuantities >= MAX_FLAGS_PER_KIND)
            break;
        // ordinal words ("third") are checked as words; "3rd" in a claim is a number that "third" in a source supports
        if (q.ordinal && /^[a-z]/i.test(q.text))
            continue;
        if (quantitySupported(q, citedQ))
            continue;
        // a number the sources write inside a code ("Earth-199999" for "earth -199999", "v2" for "version 2")
        if (q.kind === 'number' && inIdentifier(q, cited))
            continue;
        // derived from stated quantities (of the best-matching source sentences, the question and the claim)
        ownOperands ??= quantities.slice(0, 8);
        operands ??= [
            ...ranked.slice(0, DERIVATION_WINDOW).flatMap((r) => quantitiesIn(r.a, r.s)),
            ...(src.question?.quantities ?? []).slice(0, 8),
            ...ownOperands,
        ].slice(0, MAX_OPERANDS);
        cues ??= derivationCues(claim.text);
        if (derivedSupported(q, operands, { cues, claimQuantities: ownOperands }))
            continue;
        claimWords ??= new Set(claim.tokens.filter((t) => t.content).flatMap((t) => [t.lower, t.lemma, t.stem]));
        if (thresholdSupported(q, claimWords, ranked.slice(0, DERIVATION_WINDOW)))
            continue;
        if (enumerated(q, claim, cited))
            continue;
        unsupportedQuantities++;
        if (quantitySupported(q, uncitedQ))
            wrong(`"${q.text}"`, q.text);
        else
            flags.push({
                name: 'quantity-mismatch',
                span: q.text,
                detail: `"${q.text}" (${q.kind} ${describeQuantity(q)}) is not stated in the cited sources`,
            });
    }
    // identifiers
    let unsupportedIds = 0;
    for (const id of identifiers) {
        if (unsupportedIds >= MAX_FLAGS_PER_KIND)
            break;
        const has = (as) => as.some((a) => a.identifiers.some((x) => x.norm === id.norm)) || inFlat(id.text, as);
        if (has(cited))
            continue;
        unsupportedIds++;
        if (has(uncited))
            wrong(`"${id.text}"`, id.text);
        else
            flags.push({ name: 'unsupported-identifier', span: id.text, detail: `${id.kind} "${id.text}" does not occur in the cited sources` });
    }
    // named entities: capitalized words that are not sentence-initial, grouped into names
    const firstWord = claim.tokens.findIndex((t) => t.type === 'word');
    // the words inside identifiers (an e-mail's "acme" is not a name): a set, so the test is constant time
    const idWords = new Set();
    for (const id of identifiers)
        for (const w of id.text.toLowerCase().split(/[^\p{L}\p{N}]+/u))
            if (w)
                idWords.add(w);
    const names = [];
    let lastName = -2;
    claim.tokens.forEach((t, i) => {
        // sentence-initial (or after a quote or colon) capitals are names only when wink tags them PROPN;
        // a capitalized stop word ("It" after a missed sentence end, "US") is not a name (dev splits: dialogue +0.02)
        const initial = i === firstWord || /^["'(“‘:;]$/.test(claim.tokens[i - 1]?.value ?? '');
        // in a short answer ("Henrik Voss", "Mumbai", "Silver Lanterns") the first word is a name when wink's lexicon does not
        // know it or a capitalized word follows it (a capitalized common word alone is just the start of a sentence)
        const next = claim.tokens[i + 1];
        const initialName = src.shortAnswer &&
            (!(inLexicon(t.lower) || inLexicon(t.lemma)) ||
                (next?.type === 'word' && /^\p{Lu}/u.test(next.value) && !next.stop && !MONTH_OR_DAY.test(next.value)));
        const capital = t.type === 'word' && /^\p{Lu}/u.test(t.value) && (!initial || initialName || (th.initialNames && t.pos === 'PROPN'));
        const isName = capital && !t.stop && !NOT_NAMES.has(t.lower) && !MONTH_OR_DAY.test(t.value) && !UNIT_SYMBOL.test(t.value) && !idWords.has(t.lower);
        if (!isName)
            return;
        if (lastName === i - 1)
            names[names.length - 1].push(t);
        else
            names.push([t]);
        lastName = i;
    });
    // the subject of the claim: a name before its first verb ("Yes, the Southern Baptist Convention is ...")
    const firstVerb = claim.tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
    for (const name of names.slice(0, MAX_FLAGS_PER_KIND)) {
        // a name the question uses is its topic, accepted as the claim's subject (the source calls it "it"; measured on
        // the dev splits: refusing those costs dialogue answers); elsewhere in the claim ("leads the team at Acme") and
        // in a short answer, where the name is the answer, the question cannot supply it (an abstention may name what was asked)
        const subject = name === names[0] && (firstVerb < 0 || claim.tokens.indexOf(name[0]) < firstVerb);
        const asked = src.question && !src.shortAnswer && (subject || abstention) ? [src.question] : [];
        // a plural of a stated name counts ("PhDs" for "PhD", "SUVs" for "SUV")
        // a title before a stated name ("Princess Elsa" for "Elsa", "Dr. Voss") names no one new; alone it is a name
        const titled = name.length >= 2 && TITLES.has(name[0].lower);
        const missing = name.filter((t, k) => !(titled && k === 0) &&
            !known(t, cited) &&
            !inFlat(t.value, cited) &&
            !(/[^s]s$/.test(t.value) && inFlat(t.value.slice(0, -1), cited)) &&
            !known(t, asked) &&
            !nameFormKnown(t, cited));
        if (!missing.length) {
            // names are phrases: every word known is not enough when the words come from different names
            // ("Northern Data Institute" against "Northern Bank" and "the Data Institute"): each adjacent pair must occur
            if (name.length >= 2 && !inFlat(name.map((t) => t.value).join(' '), cited)) {
                const broken = name.slice(1).findIndex((t, i) => !inFlat(`${name[i].value} ${t.value}`, cited) &&
                    !inFlat(`${name[i].value} ${t.value}`, asked) &&
                    // a word the sources state in another form ("NYC" for "New York City") has no literal neighbour there
                    ![name[i], t].some((x) => !known(x, cited) && !inFlat(x.value, cited)));
                if (broken >= 0) {
                    const phrase = name.map((t) => t.value).join(' ');
                    flags.push({
                        name: 'unsupported-entity',
                        span: phrase,
                        detail: `the name "${phrase}" does not occur in the cited sources ("${name[broken].value} ${name[broken + 1].value}" never does)`,
                    });
                }
            }
            continue;
        }
        const phrase = name.map((t) => t.value).join(' ');
        if (missing.every((t) => known(t, uncited) || inFlat(t.value, uncited)))
            wrong(`"${phrase}"`, phrase);
        else
            flags.push({
                name: 'unsupported-entity',
                span: missing.map((t) => t.value).join(' '),
                detail: `"${missing.map((t) => t.value).join(' ')}" (in "${phrase}") does not occur in the cited sources`,
            });
    }
    // a fact attached to several names ("both X and Y were founded in Ohio"): each name must occur with it
    if (names.length >= 2 && claim.tokens.some((t) => DISTRIBUTIVE.has(t.lower))) {
        const nameTokens = new Set(names.flat());
        const predicate = claim.tokens.filter((t) => t.content && !nameTokens.has(t) && !DISTRIBUTIVE.has(t.lower));
        const states = (name) => src.cited.some(({ a }) => a.sentences.some((s) => inFlat(name.map((t) => t.value).join(' '), [{ flat: flatten(s.text) }]) &&
            predicate.filter((t) => hasTerm(s, t)).length >= Math.max(1, Math.ceil(predicate.length / 2))));
        if (predicate.length) {
            const ok = names.map(states);
            if (ok.some(Boolean)) {
                for (const [i, name] of names.entries()) {
                    if (!ok[i])
                        flags.push({
                            name: 'misattribution',
                            span: name.map((t) => t.value).join(' '),
                            detail: `the sources state "${predicate.map((t) => t.value).join(' ')}" of another name, not of "${name.map((t) => t.value).join(' ')}"`,
                        });
                }
            }
        }
    }
    // coverage and novelty
    const content = claim.tokens.filter((t) => t.content && t.type === 'word');
    const spelled = spelledAcronyms(claim.tokens, cited);
    const novel = content.filter((t) => !known(t, cited) && !spelled.has(t) && !truncationKnown(t, cited));
    const coverage = content.length ? (content.length - novel.length) / content.length : 1;
    if (!abstention) {
        flags.push(...negationFlags(claim.tokens, src.cited, th));
        // antonyms: a novel word whose antonym the best-matching source sentence uses
        if (best) {
            const near = ranked.slice(0, th.antonymWindow);
            for (const t of novel) {
                const ants = ANTONYMS.get(t.lemma) ?? ANTONYMS.get(t.lower);
                const hit = ants?.find((w) => near.some((n) => n.s.tokens.some((x) => x.lemma === w || x.lower === w)));
                if (hit) {
                    flags.push({ name: 'antonym-swap', span: t.value, detail: `"${t.value}" where the source says "${hit}"` });
                    continue;
                }
                const neg = prefixAntonym(t, near.map((n) => n.s));
                if (neg)
                    flags.push({ name: 'antonym-swap', span: t.value, detail: `"${t.value}" where the source says "${neg}"` });
            }
        }
        // restrictive focus ("only", "solely"): the claim excludes everything else, which the sources never say
        claim.tokens.forEach((t, i) => {
            // focus on a noun phrase, number or adjective ("only home insurance", "only $35"); a focused verb
            // ("you only need to sign") is usually a hedge of manner, not a restriction of the facts
            const next = claim.tokens[i + 1];
            if (!next || next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'PART')
                return;
            // idioms that restrict nothing: "second only to Alibaba" (a rank), "not only X but also Y", "if only"
            const prev = claim.tokens[i - 1]?.lower ?? '';
            if (IDIOM_BEFORE_ONLY.has(prev) || /^\d+(?:st|nd|rd|th)$/.test(prev))
                return;
            if (RESTRICTIVE.has(t.lower) && !cited.some((a) => a.vocabulary.has(t.lower))) {
                flags.push({
                    name: 'unsupported-restriction',
                    span: t.value,
                    detail: `"${t.value}" restricts the claim, but the cited sources never say "${t.lower}"`,
                });
            }
        });
        if (coverage < th.minCoverage) {
            const all = [...cited, ...uncited];
            const coverAll = content.length ? content.filter((t) => known(t, all)).length / content.length : 1;
            if (uncited.length && coverAll >= th.minCoverage)
                wrong('most of the claim', claim.text);
            else
                flags.push({
                    name: 'low-coverage',
                    detail: `only ${Math.round(coverage * 100)}% of the claim's content words occur in the cited sources`,
                });
        }
        if (novel.length > th.maxNovelWords) {
            flags.push({
                name: 'novel-content',
                span: novel.map((t) => t.value).join(', '),
                detail: `${novel.length} content words the sources never use: ${novel.map((t) => t.value).join(', ')}`,
            });
        }
        else if (th.shortClaimWords > 0 && content.length <= th.shortClaimWords && novel.length >= 1) {
            // an informative novel word: in a short claim a single invented predicate adjective or participle ("the device is discontinued") is the claim
            const explained = new Set(flags.map((f) => f.span));
            const informative = novel.filter((t) => (t.pos === 'ADJ' || (t.pos === 'VERB' && /ed$/.test(t.lower))) && t.lower.length >= 6 && !explained.has(t.value));
            if (informative.length)
                flags.push({
                    name: 'novel-content',
                    span: informative.map((t) => t.value).join(', '),
                    detail: `in a short claim, ${informative.map((t) => `"${t.value}"`).join(', ')} never occurs in the cited sources`,
                });
        }
    }
    if (!abstention && src.shortAnswer && src.question) {
        // a short answer to a question: its informative words are the answer, and the sources must state them
        // (the question's own words restate it: no evidence, but not an invention either)
        const explained = new Set(flags.flatMap((f) => (f.span ?? '').split(/[\s,]+/)));
        const asked = [src.question];
        const invented = novel.filter((t) => !explained.has(t.value) && !known(t, asked) && !nameFormKnown(t, cited));
        const weight = invented.reduce((w, t) => w + informativeness(t), 0);
        if (weight >= 1)
            flags.push({
                name: 'unsupported-answer',
                span: invented.map((t) => t.value).join(', '),
                detail: `the short answer's ${invented.map((t) => `"${t.value}"`).join(', ')} never occur${invented.length === 1 ? 's' : ''} in the cited sources`,
            });
        else if (!novel.length && !flags.length) {
            const role = roleMismatch(claim.tokens, src.question, src.cited);
            if (role)
                flags.push(role);
        }
    }
    if (!abstention && PERSONAL.test(claim.text) && content.length - novel.length <= PERSONAL_SUPPORTED_WORDS)
        flags.push({
            name: 'personal-statement',
            detail: "the claim states the speaker's own preference or experience, which no source supports",
        });
    const verdict = claimVerdict(flags, coverage, th);
    const result = { claim: claim.text, verdict, flags, coverage: Math.round(coverage * 1000) / 1000, novelWords: novel.length };
    contentWords.set(result, content.length);
    if (best && best.overlap > 0)
        result.support = { contextId: best.id, text: best.s.text };
    if (abstention)
        result.abstention = true;
    return result;
}
/** The content words of each checked claim (for the remarks beside a grounded claim). */
const contentWords = new WeakMap();
/**
 * Most content words of a remark beside a grounded claim that is not checked for coverage ("Exactly!", "I believe so.",
 * "I know!"): measured on the dialogue dev splits.
 */
const CHITCHAT_WORDS = 1;
/**
 * The verdict of a claim from its flags and coverage: `ungrounded` when a high-precision flag fired in
 * a claim anchored in the sources (coverage >= `minAnchor`, or a `wrong-citation`), `unverified` for
 * any other flag, else `grounded`.
 */
function claimVerdict(flags, coverage, th) {
    const anchored = coverage >= th.minAnchor || flags.some((f) => f.name === 'wrong-citation');
    if (anchored && flags.some((f) => HIGH_PRECISION_FLAGS.has(f.name)))
        return 'ungrounded';
    return flags.length ? 'unverified' : 'grounded';
}
/** Orders verdicts from best to worst: grounded < unverified < ungrounded. */
const VERDICT_RANK = { grounded: 0, unverified: 1, ungrounded: 2 };
/** The verdict of an answer: its worst claim's verdict (an answer with no claims is grounded). */
function answerVerdict(claims) {
    return claims.reduce((v, c) => (VERDICT_RANK[c.verdict] > VERDICT_RANK[v] ? c.verdict : v), 'grounded');
}
/**
 * Checks one answer: splits it into claims (wink-nlp sentences) and checks each against the
 * contexts it cites (all contexts when `citations` is absent). Deterministic.
 */
function checkAnswer(c, thresholds = DEFAULT_THRESHOLDS) {
    const citedIds = c.citations ? new Set(c.citations) : undefined;
    const src = { cited: [], uncited: [] };
    for (const ctx of c.contexts)
        (citedIds && !citedIds.has(ctx.id) ? src.uncited : src.cited).push({ id: ctx.id, a: analyze(ctx.text) });
    if (c.question)
        src.question = analyze(c.question);
    const answer = analyze(c.answer);
    // a short answer: a verbless phrase ("Delhi", "the Weir Valley Museum", "under 35") answering a question; a dialogue
    // reply or a sentence is a claim of its own (measured on the dev splits: dialogue replies are short too)
    if (src.question && thresholds.shortAnswerWords > 0 && src.question.text.trim().endsWith('?')) {
        let words = 0;
        let verb = false;
        for (const s of answer.sentences)
            for (const t of s.tokens) {
                if (t.content)
                    words++;
                if (t.pos === 'VERB' || t.pos === 'AUX')
                    verb = true;
            }
        src.shortAnswer = !verb && words > 0 && words <= thresholds.shortAnswerWords;
    }
    const claims = [];
    // quantities, identifiers and overlong runs are sorted by offset, as are sentences: one sweep each (linear)
    let qi = 0;
    let ii = 0;
    let oi = 0;
    const covered = answer.overlong.map(() => false);
    for (const s of answer.sentences) {
        const end = s.start + s.text.length;
        while (qi < answer.quantities.length && answer.quantities[qi].start < s.start)
            qi++;
        while (ii < answer.identifiers.length && answer.identifiers[ii].start < s.start)
            ii++;
        while (oi < answer.overlong.length && answer.overlong[oi].end <= s.start)
            oi++;
        const qs = [];
        for (let k = qi; k < answer.quantities.length && answer.quantities[k].start < end; k++)
            qs.push(answer.quantities[k]);
        const ids = [];
        for (let k = ii; k < answer.identifiers.length && answer.identifiers[k].start < end; k++)
            ids.push(answer.identifiers[k]);
        let long = false;
        for (let k = oi; k < answer.overlong.length && answer.overlong[k].start < end; k++)
            long = covered[k] = true;
        if (!long && !s.tokens.some((t) => t.type === 'word' || t.type === 'number'))
            continue;
        // a question asks; it states nothing to check (unless it carries quantities, identifiers or text too long to read;
        // checking the fact a question presupposes, "Did you know X?", cost the dialogue dev splits more than it gained)
        if (!long && s.text.trim().endsWith('?') && !qs.length && !ids.length)
            continue;
        const claim = checkClaim(s, qs, ids, src, thresholds);
        if (long) {
            // text the checker cannot read (one run of over MAX_TOKEN_LENGTH non-space characters) is never grounded
            claim.flags.push({
                name: 'unchecked-text',
                detail: `a run of more than ${MAX_TOKEN_LENGTH} characters without a space was not checked`,
            });
            if (claim.verdict === 'grounded')
                claim.verdict = 'unverified';
        }
        claims.push(claim);
    }
    // a remark beside a grounded claim ("Exactly! It's great for photo sharing.", "I believe so. They released Silver Side Up
    // in 2001."): a sentence of at most CHITCHAT_WORDS content words, flagged only for low coverage, states nothing to check
    if (claims.some((x) => x.verdict === 'grounded' && (contentWords.get(x) ?? 0) > CHITCHAT_WORDS)) {
        for (const x of claims) {
            if (x.verdict === 'unverified' && x.flags.every((f) => f.name === 'low-coverage') && (contentWords.get(x) ?? 0) <= CHITCHAT_WORDS) {
                x.flags = [];
                x.verdict = 'grounded';
            }
        }
    }
    // overlong runs outside every sentence (wink saw only blanks there)
    const outside = answer.overlong.find((_o, k) => !covered[k]);
    if (outside) {
        claims.push({
            claim: `${answer.text.slice(outside.start, outside.start + 80)}…`,
            verdict: 'unverified',
            flags: [{ name: 'unchecked-text', detail: `a run of more than ${MAX_TOKEN_LENGTH} characters without a space was not checked` }],
            coverage: 0,
            novelWords: 0,
        });
    }
    const out = { id: c.id, verdict: answerVerdict(claims), claims };
    if (c.line !== undefined)
        out.line = c.line;
    return out;
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
;// CONCATENATED MODULE: ./src/core/schema.ts
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
        ajvInstance = new _2020.Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true, verbose: true });
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
            expected = `no property '${(0,errors/* printable */.g$)(key)}' (not in the ${opts.what} schema${known.length ? `; known here: ${known.join(', ')}` : ''})`;
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
    return new errors/* InputError */.dz(file, fieldName(full) || undefined, expected, {
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
        throw new errors/* InputError */.dz(file, undefined, `a valid ${opts.what}`);
    throw schemaInputError(e, file, opts);
}

;// CONCATENATED MODULE: ./schemas/grounding-case.schema.json
const grounding_case_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/mc-actions/mc-actions/schemas/grounding-case.schema.json","title":"Grounding case (one JSONL line of mc grounding-check --cases)","description":"One answer to check, one JSON object per line of the cases file (blank lines and lines starting with # or // are skipped). Three shapes are accepted (src/grounding/input.ts): {id, question, contexts: [{id, text}], answer, citations} (citations absent: every context counts as cited); the RAGAS/DeepEval shape {question, contexts: [\\"...\\"], answer} (contexts get ids c1, c2, ...); and the claim-verification shape {context, claim} (SummEdits, LLM-AggreFact). Missing ids become line-N; ids are unique within the file. The claim shape is chosen when the line has claim, or has context without contexts; its other keys are then not read. Other keys (labels, metadata of the source set) are carried along and ignored.","type":"object","properties":{"id":{"type":["string","number"],"description":"case id, unique within the file (default line-N)"},"question":{"type":"string","description":"the question the answer responds to"}},"if":{"anyOf":[{"required":["claim"]},{"required":["context"],"not":{"required":["contexts"]}}]},"then":{"required":["context","claim"],"properties":{"context":{"type":"string","description":"claim shape: the source text"},"claim":{"type":"string","description":"claim shape: the text to verify"}}},"else":{"required":["contexts","answer"],"properties":{"contexts":{"type":"array","items":{"anyOf":[{"type":"string"},{"type":"object","required":["text"],"additionalProperties":true,"properties":{"id":{"type":["string","number"],"description":"context id, unique within the case (default cN)"},"text":{"type":"string"}}}]},"description":"the source passages the answer must be grounded in"},"answer":{"type":"string","description":"the generated answer whose claims are checked"},"citations":{"anyOf":[{"type":"null"},{"type":"array","items":{"type":["string","number"]}}],"description":"ids of the contexts the answer cites; each must be one of this case\'s context ids"}}},"examples":[{"id":"q1","question":"How many replicas?","contexts":[{"id":"doc1","text":"The deployment runs 3 replicas."}],"answer":"It runs 3 replicas.","citations":["doc1"]},{"context":"The deployment runs 3 replicas.","claim":"It runs 3 replicas."}]}');
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/core/digest.ts
/**
 * SHA-256 digests of bytes and files (FIPS 180-4), hex-encoded as in-toto DigestSets expect.
 * Uses node:crypto (OpenSSL) for speed; files are streamed, never loaded whole.
 */



/** SHA-256 of bytes or a UTF-8 string, lowercase hex (64 chars). */
function sha256Hex(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
/**
 * SHA-256 of a regular file's contents, streamed in 1 MiB chunks. The file is opened with O_NONBLOCK
 * (and O_NOFOLLOW when `follow: false`) and checked with fstat: a FIFO, device or socket (or a
 * symbolic link when not followed) is refused (code ENOTREG) without blocking.
 * @returns `{ hex, size }` where size is in bytes; with `maxBytes`, `tooLarge: true` (and no hex)
 *   when the file holds more than that.
 * @throws NodeJS.ErrnoException when the file cannot be opened or read, or is not a regular file.
 */
async function sha256File(path, opts = {}) {
    const { openRegularFile } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 5234));
    const fh = await openRegularFile(path, { follow: opts.follow ?? true });
    try {
        const hash = createHash('sha256');
        const limit = opts.maxBytes === undefined ? Infinity : opts.maxBytes + 1;
        const buf = Buffer.allocUnsafe(1 << 20);
        let size = 0;
        while (size < limit) {
            const { bytesRead } = await fh.read(buf, 0, Math.min(buf.length, limit - size), null);
            if (bytesRead === 0)
                break;
            hash.update(bytesRead === buf.length ? buf : buf.subarray(0, bytesRead));
            size += bytesRead;
        }
        if (size === limit)
            return { hex: '', size, tooLarge: true };
        return { hex: hash.digest('hex'), size };
    }
    finally {
        await fh.close();
    }
}
// Worker source: node builtins only, so it runs from an ncc bundle without a separate file.
// Same rules as sha256File: O_NOFOLLOW | O_NONBLOCK, fstat must say regular file, at most limit + 1 bytes.
// Results go back in one compact message (all hex digests in one string, sizes in a Float64Array,
// errors by index), not as one object per file: cloning 100,000 objects cost the main thread more
// than hashing the files.
const WORKER_SOURCE = (/* unused pure expression or super */ null && (`
const { parentPort, workerData } = require('node:worker_threads');
const crypto = require('node:crypto');
const fs = require('node:fs');
const buf = Buffer.allocUnsafe(1 << 20);
const n = workerData.paths.length;
const hex = new Array(n);
const sizes = new Float64Array(n);
const errors = [];
const flags = fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK;
for (let i = 0; i < n; i++) {
  const p = workerData.paths[i];
  const max = workerData.limits ? workerData.limits[i] : null;
  const limit = max === null || max === undefined ? Infinity : max + 1;
  hex[i] = '';
  let fd;
  try {
    try { fd = fs.openSync(p, flags); } catch (e) { if (e.code === 'ELOOP') { errors.push(i, 'ENOTREG'); continue; } throw e; }
    const st = fs.fstatSync(fd);
    if (!st.isFile()) { errors.push(i, 'ENOTREG'); continue; }
    // a file that fits the buffer (most): one read of up to its size + 1 byte; a read shorter than
    // asked that ends at the size fstat gave is its end (a regular file reads short only at its end),
    // so no second read is needed to see end-of-file, and one-shot hash needs no Hash object
    const want = Math.min(buf.length, limit, st.size + 1);
    const first = fs.readSync(fd, buf, 0, want, null);
    if (first < want && first === st.size) {
      sizes[i] = first;
      hex[i] = crypto.hash('sha256', buf.subarray(0, first), 'hex');
      continue;
    }
    const h = crypto.createHash('sha256');
    h.update(buf.subarray(0, first));
    let size = first;
    let r;
    while (first > 0 && size < limit && (r = fs.readSync(fd, buf, 0, Math.min(buf.length, limit - size), null)) > 0) {
      h.update(r === buf.length ? buf : buf.subarray(0, r));
      size += r;
    }
    sizes[i] = size;
    if (size === limit) errors.push(i, 'EFBIG');
    else hex[i] = h.digest('hex');
  } catch (e) { errors.push(i, e.code || String(e)); }
  finally { if (fd !== undefined) fs.closeSync(fd); }
}
parentPort.postMessage({ hex: hex.join(''), sizes, errors }, [sizes.buffer]);
`));
/** FileDigest objects from one worker's compact result. */
function unpack(m, count) {
    const failed = new Map();
    for (let k = 0; k < m.errors.length; k += 2)
        failed.set(m.errors[k], m.errors[k + 1]);
    const out = new Array(count);
    let at = 0;
    for (let i = 0; i < count; i++) {
        const error = failed.get(i);
        if (error === undefined) {
            out[i] = { hex: m.hex.slice(at, at + 64), size: m.sizes[i] };
            at += 64;
        }
        else
            out[i] = error === 'EFBIG' ? { error, size: m.sizes[i] } : { error };
    }
    return out;
}
/**
 * SHA-256 of many regular files, spread over worker threads (one per core, at most 8) when there is
 * enough work, else on the calling thread. Never throws for an unreadable file: its entry carries
 * `error` instead (ENOENT, ENOTREG for a symlink/FIFO/device/socket, EFBIG when over its limit).
 * Order of results matches `paths`.
 * @param opts.limits per path, the most bytes to read (+1 to detect growth); undefined entries are unbounded
 */
async function sha256Files(paths, opts = {}) {
    const workers = Math.max(1, Math.min(opts.workers ?? availableParallelism(), 8, Math.ceil(paths.length / 16)));
    if (workers === 1) {
        const out = [];
        for (const [i, p] of paths.entries()) {
            try {
                const d = await sha256File(p, { maxBytes: opts.limits?.[i], follow: false });
                out.push(d.tooLarge ? { error: 'EFBIG', size: d.size } : { hex: d.hex, size: d.size });
            }
            catch (e) {
                out.push({ error: e.code ?? String(e) });
            }
        }
        return out;
    }
    // contiguous slices keep directory locality; results are concatenated back in order
    const per = Math.ceil(paths.length / workers);
    const slices = Array.from({ length: workers }, (_, i) => ({
        paths: paths.slice(i * per, (i + 1) * per),
        limits: opts.limits?.slice(i * per, (i + 1) * per) ?? null,
    }));
    const results = await Promise.all(slices.map((slice) => new Promise((resolveP, reject) => {
        const w = new Worker(WORKER_SOURCE, { eval: true, workerData: slice });
        w.once('message', (m) => resolveP(unpack(m, slice.paths.length)));
        w.once('error', reject);
        w.once('exit', (code) => code !== 0 && reject(new Error(`hash worker exited with ${code}`)));
    })));
    return results.flat();
}

// EXTERNAL MODULE: ./src/core/fsx.ts
var fsx = __webpack_require__(5234);
;// CONCATENATED MODULE: ./src/grounding/input.ts
/**
 * Reads grounding cases from JSONL (one JSON object per line; blank lines and lines starting with
 * `#` or `//` are skipped). Accepted shapes, normalized to {@link GroundingCase}:
 * 1. `{"id", "question", "contexts": [{"id", "text"}], "answer", "citations": [context ids]}`
 *    (`citations` optional: absent means every context counts as cited);
 * 2. the common RAG-eval shape `{"question", "contexts": ["..."], "answer"}` (RAGAS, DeepEval);
 *    contexts get ids `c1`, `c2`, ...;
 * 3. `{"context": "...", "claim": "..."}` (claim-verification sets such as SummEdits, LLM-AggreFact).
 * Missing ids become `line-N`.
 */





/** schemas/grounding-case.schema.json, bundled (the one document, published for editors). */
const caseSchema = grounding_case_schema_namespaceObject;
/** The cases' own wording, per field (the schema says only "string" or "array"). */
function caseExpected(e, path) {
    if (path.length === 0)
        return e.keyword === 'type' ? 'a JSON object per line' : undefined;
    if (path.length === 2 && path[0] === 'contexts')
        return 'a string or an object {"id": string, "text": string}';
    if (path.length !== 1 || (e.keyword !== 'type' && e.keyword !== 'required'))
        return undefined;
    switch (path[0]) {
        case 'context':
            return 'a string (the source text)';
        case 'claim':
            return 'a string (the text to verify)';
        case 'contexts':
            return 'an array of {"id","text"} objects or strings';
        case 'citations':
            return 'an array of context ids';
        case 'id':
            return 'a string or a number';
        default:
            return 'a string';
    }
}
/**
 * Parses one decoded JSON object into a case: validated against schemas/grounding-case.schema.json
 * (src/core/schema.ts), then the checks a schema cannot express (context ids unique within the
 * answer, citations naming one of its contexts).
 * @throws InputError naming the file, line and field when the object matches no accepted shape.
 */
function parseCase(obj, file, line) {
    const err = (field, expected, found) => new errors/* InputError */.dz(file, field, expected, { line, found });
    validateWithSchema(caseSchema, obj, file, { what: 'grounding case', line, expected: caseExpected });
    const o = obj;
    const id = o.id === undefined ? `line-${line}` : String(o.id);
    const question = o.question;
    // shape 3: {context, claim} (the schema's `if`)
    if (o.claim !== undefined || (o.context !== undefined && o.contexts === undefined))
        return { id, question, contexts: [{ id: 'context', text: o.context }], answer: o.claim, line };
    const seen = new Set();
    const contexts = (o.contexts ?? []).map((c, i) => {
        const ctx = typeof c === 'string' ? { id: `c${i + 1}`, text: c } : { id: c.id === undefined ? `c${i + 1}` : String(c.id), text: c.text };
        if (seen.has(ctx.id))
            throw err(`contexts[${i}].id`, 'a context id unique within the answer', ctx.id);
        seen.add(ctx.id);
        return ctx;
    });
    const out = { id, question, contexts, answer: o.answer, line };
    if (o.citations !== undefined && o.citations !== null) {
        out.citations = o.citations.map(String);
        out.citations.forEach((c, i) => {
            if (!seen.has(c))
                throw err(`citations[${i}]`, `the id of one of this answer's contexts (${[...seen].join(', ')})`, c);
        });
    }
    return out;
}
/**
 * Parses JSONL text into cases.
 * @throws InputError for a line that is not JSON or not an accepted shape, for duplicate ids, or when there are no cases.
 */
function parseCases(text, file) {
    const out = [];
    const ids = new Set();
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i].trim();
        if (!raw || raw.startsWith('#') || raw.startsWith('//'))
            continue;
        let obj;
        try {
            obj = JSON.parse(raw);
        }
        catch {
            throw new errors/* InputError */.dz(file, undefined, 'one JSON object per line (JSONL)', {
                line: i + 1,
                found: raw.length > 40 ? `${raw.slice(0, 40)}...` : raw,
            });
        }
        const c = parseCase(obj, file, i + 1);
        if (ids.has(c.id))
            throw new errors/* InputError */.dz(file, 'id', 'ids unique within the file', { line: i + 1, found: c.id });
        ids.add(c.id);
        out.push(c);
    }
    if (!out.length)
        throw new errors/* InputError */.dz(file, undefined, 'at least one case (JSONL, one answer per line)', { found: 'no cases' });
    return out;
}
/**
 * Reads and parses a cases file.
 * @param path the file to read; @param name how to name it in messages and in the report (default: path).
 * @returns the cases and the file's name and SHA-256 (the attestation subject).
 * @throws InputError when the file is missing, unreadable or malformed.
 */
async function readCasesFile(path, name = path) {
    const text = await (0,fsx.readText)(path, 'cases file (JSONL)');
    return { cases: parseCases(text, name), input: { file: name, sha256: sha256Hex(text) } };
}

// EXTERNAL MODULE: ./node_modules/canonicalize/lib/canonicalize.js
var canonicalize = __webpack_require__(8799);
;// CONCATENATED MODULE: ./src/core/jcs.ts
/**
 * RFC 8785 JSON Canonicalization Scheme, through the `canonicalize` library; plus exact integers.
 *
 * Exact integers: JSON (RFC 8259 §6) allows integers of any size, but JavaScript numbers hold only
 * those up to 2^53 exactly. Where a format carries larger integers (YAML and JSON config files,
 * int64 fields), they are kept as `bigint` and written as their exact decimal digits. RFC 8785
 * serializes numbers as IEEE 754 doubles, so for a bigint the canonical form here writes the exact
 * digits instead (the only deviation; values without bigints canonicalize exactly as RFC 8785 says).
 */

const jcs_canonicalize = canonicalize/* default */.A;
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
        out = jcs_canonicalize(value);
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
        const s = jcs_canonicalize(v);
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
function jcs_canonicalBytes(value) {
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
function jcs_parseJsonExact(text) {
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

;// CONCATENATED MODULE: ./src/grounding/judge.ts
/**
 * Optional judge for `unverified` claims: an OpenAI-compatible chat-completions endpoint
 * (POST {url}/chat/completions, OpenAI API reference "Create chat completion"; in egress-gateway
 * mode the URL is the gateway's). Verdicts are cached by content hash in a JSON file (atomic writes)
 * so reruns are deterministic and free; every verdict used is recorded in the report/attestation.
 *
 * The cache is authenticated: every entry carries an HMAC-SHA256 (RFC 2104) under a secret cache key
 * (`judge-cache-key`, from the trusted side: a repository secret that pull requests from forks never
 * see) over the entry's cache key, verdict, model, endpoint and prompt version. A cache file lives in
 * the tree a pull request controls, so an entry without a valid MAC (forged, edited, copied from
 * another endpoint or model, or made by an older version) is never used: it counts as a miss
 * (`JudgeRecord.cacheRejected`) and the judge is asked again. Without a cache key no cache is read.
 *
 * Fail closed: a transport error, a non-2xx status or an unparsable reply yields `unknown`, the
 * claim stays `unverified`, and nothing is cached. The judge can only lift a claim to `grounded`
 * (verdict `supported`); it never overrides a high-precision flag.
 */





/** Version of the prompt; part of the cache key so a prompt change never reuses old verdicts. */
const JUDGE_PROMPT_VERSION = 'grounding-judge/v1';
const SYSTEM_PROMPT = 'You check whether a CLAIM is fully supported by the SOURCES. Supported means every statement in the claim ' +
    'is stated or directly implied by the sources; anything missing, contradicted or more specific than the sources ' +
    'makes it unsupported. Reply with JSON only: {"verdict": "supported" | "unsupported", "reason": "<one sentence>"}.';
/** Least length of the cache key, bytes (NIST SP 800-107: at least the security strength, 128 bits). */
const MIN_CACHE_KEY_BYTES = 16;
/** The bytes an entry's MAC covers: RFC 8785 canonical JSON of what the verdict is about and who gave it. */
function macInput(key, e, endpoint) {
    return canonicalJson({
        endpoint,
        key,
        model: e.model,
        prompt: JUDGE_PROMPT_VERSION,
        reason: e.reason ?? null,
        type: 'mc-grounding-judge-cache/v2',
        verdict: e.verdict,
    });
}
/** HMAC-SHA256 of an entry (base64url). */
function cacheEntryMac(cacheKey, key, e, endpoint) {
    return (0,external_node_crypto_.createHmac)('sha256', Buffer.from(cacheKey, 'utf8'))
        .update(macInput(key, e, endpoint), 'utf8')
        .digest('base64url');
}
/** The chat-completions URL for a base URL or a full one; credentials and query are refused. */
function completionsUrl(url) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        throw new errors/* InputError */.dz('judge-url', undefined, 'an http(s) URL', { found: url });
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:')
        throw new errors/* InputError */.dz('judge-url', undefined, 'an http(s) URL', { found: u.protocol });
    if (u.username || u.password)
        throw new errors/* InputError */.dz('judge-url', undefined, 'a URL without credentials (pass the key separately)');
    if (!u.pathname.endsWith('/chat/completions'))
        u.pathname = u.pathname.replace(/\/$/, '') + '/chat/completions';
    return u;
}
/** The cache key of a judgement: SHA-256 of the RFC 8785 canonical JSON of model, prompt version, claim and sources. */
function judgeKey(model, claim, sources) {
    return sha256Hex(canonicalJson({ claim, model, prompt: JUDGE_PROMPT_VERSION, sources }));
}
/** Parses the assistant's reply: JSON `{"verdict": ...}` (possibly fenced) or a leading SUPPORTED / UNSUPPORTED. */
function parseJudgeReply(content) {
    const body = content
        .replace(/^\s*```(?:json)?\s*/i, '')
        .replace(/\s*```\s*$/, '')
        .trim();
    try {
        const j = JSON.parse(body);
        const v = typeof j.verdict === 'string' ? j.verdict.toLowerCase().trim() : '';
        if (v === 'supported' || v === 'unsupported')
            return { verdict: v, reason: typeof j.reason === 'string' ? j.reason.slice(0, 500) : undefined };
    }
    catch {
        // not JSON: fall through to the keyword form
    }
    const m = /^\W*(unsupported|not supported|supported)\b/i.exec(body);
    if (!m)
        return undefined;
    return { verdict: m[1].toLowerCase() === 'supported' ? 'supported' : 'unsupported' };
}
/** A judge bound to one run: loads the cache once, asks the endpoint for misses, saves the cache. */
class Judge {
    opts;
    record;
    url;
    cache = { version: 2, entries: Object.create(null) };
    dirty = false;
    constructor(opts) {
        this.opts = opts;
        this.url = completionsUrl(opts.url);
        if (!opts.model)
            throw new errors/* InputError */.dz('judge-model', undefined, 'a model name');
        this.record = {
            endpoint: `${this.url.origin}${this.url.pathname}`,
            model: opts.model,
            promptVersion: JUDGE_PROMPT_VERSION,
            calls: 0,
            cacheHits: 0,
            cacheRejected: 0,
            errors: 0,
        };
        if (opts.cacheFile) {
            if (!opts.cacheKey)
                throw new errors/* InputError */.dz('judge-cache-key', undefined, 'a secret cache key when a judge cache is used (the cache file is in the tree a pull request controls; its entries are authenticated with HMAC-SHA256 under this key)');
            if (Buffer.byteLength(opts.cacheKey, 'utf8') < MIN_CACHE_KEY_BYTES)
                throw new errors/* InputError */.dz('judge-cache-key', undefined, `a secret of at least ${MIN_CACHE_KEY_BYTES} bytes`);
            this.record.cacheFile = opts.cacheFile;
        }
    }
    /** Whether an entry's MAC verifies under the cache key (constant-time comparison). */
    authentic(key, e) {
        if (!this.opts.cacheKey || typeof e !== 'object' || e === null || typeof e.mac !== 'string')
            return false;
        if ((e.verdict !== 'supported' && e.verdict !== 'unsupported') ||
            typeof e.model !== 'string' ||
            (e.reason !== undefined && typeof e.reason !== 'string'))
            return false;
        const want = Buffer.from(cacheEntryMac(this.opts.cacheKey, key, e, this.record.endpoint), 'base64url');
        const got = Buffer.from(e.mac, 'base64url');
        return got.length === want.length && (0,external_node_crypto_.timingSafeEqual)(got, want);
    }
    /**
     * Loads the cache file when it exists; keeps only the entries whose MAC verifies (the others are
     * counted in `record.cacheRejected` and dropped at the next save).
     * @throws InputError when the file is not a judge cache.
     */
    async load() {
        const f = this.opts.cacheFile;
        if (!f || !(await (0,fsx/* exists */.t2)(f)))
            return;
        let doc;
        try {
            doc = JSON.parse(await (0,fsx.readText)(f, 'judge cache'));
        }
        catch (e) {
            if (e instanceof errors/* InputError */.dz)
                throw e;
            throw new errors/* InputError */.dz(f, undefined, 'a judge cache (JSON)');
        }
        if (typeof doc !== 'object' ||
            doc === null ||
            (doc.version !== 1 && doc.version !== 2) ||
            typeof doc.entries !== 'object' ||
            doc.entries === null ||
            Array.isArray(doc.entries)) {
            throw new errors/* InputError */.dz(f, 'version', 'a judge cache with version 2 and entries');
        }
        for (const [key, e] of Object.entries(doc.entries)) {
            // version 1 entries carry no MAC: never trusted
            if (doc.version === 2 && /^[0-9a-f]{64}$/.test(key) && this.authentic(key, e))
                this.cache.entries[key] = {
                    verdict: e.verdict,
                    model: e.model,
                    ...(e.reason !== undefined ? { reason: e.reason } : {}),
                    mac: e.mac,
                };
            else {
                this.record.cacheRejected++;
                this.dirty = true;
            }
        }
    }
    /** Saves the cache atomically when it changed. */
    async save() {
        if (!this.opts.cacheFile || !this.dirty)
            return;
        const sorted = {
            version: 2,
            entries: Object.fromEntries(Object.entries(this.cache.entries).sort(([a], [b]) => (a < b ? -1 : 1))),
        };
        await (0,fsx/* writeFileAtomic */.Zf)(this.opts.cacheFile, JSON.stringify(sorted, null, 2) + '\n');
        this.dirty = false;
    }
    /** Judges one claim against its sources (cache first). Never throws for endpoint trouble. */
    async judge(claim, sources) {
        const key = judgeKey(this.opts.model, claim, sources);
        const hit = this.cache.entries[key];
        if (hit) {
            this.record.cacheHits++;
            return { verdict: hit.verdict, key, model: hit.model, cached: true, ...(hit.reason ? { reason: hit.reason } : {}) };
        }
        this.record.calls++;
        const doFetch = this.opts.fetch ?? fetch;
        const user = `SOURCES:\n${sources.map((s, i) => `[${i + 1}] ${s}`).join('\n\n')}\n\nCLAIM:\n${claim}`;
        try {
            const res = await doFetch(this.url, {
                method: 'POST',
                headers: { 'content-type': 'application/json', ...(this.opts.apiKey ? { authorization: `Bearer ${this.opts.apiKey}` } : {}) },
                body: JSON.stringify({
                    model: this.opts.model,
                    temperature: 0,
                    messages: [
                        { role: 'system', content: SYSTEM_PROMPT },
                        { role: 'user', content: user },
                    ],
                }),
                signal: AbortSignal.timeout(this.opts.timeoutMs ?? 30_000),
            });
            if (!res.ok)
                throw new Error(`HTTP ${res.status}`);
            const body = (await res.json());
            const content = body.choices?.[0]?.message?.content;
            const parsed = typeof content === 'string' ? parseJudgeReply(content) : undefined;
            if (!parsed)
                throw new Error('unparsable reply');
            // kept in memory for the run (the same claim asked once); saved only under a cache key
            const entry = { verdict: parsed.verdict, model: this.opts.model, ...(parsed.reason ? { reason: parsed.reason } : {}) };
            this.cache.entries[key] = {
                ...entry,
                mac: this.opts.cacheKey ? cacheEntryMac(this.opts.cacheKey, key, entry, this.record.endpoint) : '',
            };
            this.dirty = true;
            return { verdict: parsed.verdict, key, model: this.opts.model, cached: false, ...(parsed.reason ? { reason: parsed.reason } : {}) };
        }
        catch (e) {
            this.record.errors++;
            return {
                verdict: 'unknown',
                key,
                model: this.opts.model,
                cached: false,
                reason: `judge unavailable: ${e.name === 'TimeoutError' ? 'timeout' : e.message}`,
            };
        }
    }
}

;// CONCATENATED MODULE: ./src/grounding/gate.ts
/**
 * The grounding-check gate: checks every answer, optionally asks the judge about `unverified`
 * claims, computes the pass rate (only `grounded` answers count) and decides pass/fail.
 * Fails when the pass rate is below `minPassRate`, or (when `failOnUngrounded`) when any answer is
 * `ungrounded`. Produces the report that the CLI, the action and the attestation share.
 */




/** in-toto predicate type of the signed grounding report. */
const GROUNDING_PREDICATE_TYPE = 'https://mc-actions.dev/grounding-report/v1';
/**
 * Checks one answer; an internal error of the checker (a bug, never bad input: input errors are
 * raised while parsing) marks this answer `unverified` with the reason, and the run goes on.
 * Never throws.
 */
function checkAnswerSafely(c, thresholds, check = checkAnswer) {
    try {
        return check(c, thresholds);
    }
    catch (e) {
        const reason = `internal error while checking this answer: ${e instanceof Error ? e.message : String(e)}`;
        const out = {
            id: c.id,
            verdict: 'unverified',
            error: reason,
            claims: [
                {
                    claim: c.answer.length > 200 ? `${c.answer.slice(0, 199)}…` : c.answer,
                    verdict: 'unverified',
                    flags: [{ name: 'internal-error', detail: reason }],
                    coverage: 0,
                    novelWords: 0,
                },
            ],
        };
        if (c.line !== undefined)
            out.line = c.line;
        return out;
    }
}
/**
 * Runs the gate over parsed cases.
 * @param input the cases file name and SHA-256 (recorded in the report).
 * @throws InputError for an unusable judge URL or cache file; endpoint failures never throw (fail closed).
 */
async function runGate(cases, input, opts = {}) {
    const minPassRate = opts.minPassRate ?? settings/* DEFAULT_MIN_PASS_RATE */.MO;
    const thresholds = opts.thresholds ?? DEFAULT_THRESHOLDS;
    const answers = cases.map((c) => checkAnswerSafely(c, thresholds, opts.check));
    let judgeRecord;
    if (opts.judge) {
        const judge = new Judge(opts.judge);
        await judge.load();
        for (const [i, a] of answers.entries()) {
            const c = cases[i];
            const cited = c.citations ? c.contexts.filter((x) => c.citations?.includes(x.id)) : c.contexts;
            for (const claim of a.claims) {
                if (claim.verdict !== 'unverified' || claim.flags.some((f) => UNLIFTABLE_FLAGS.has(f.name)))
                    continue;
                claim.judge = await judge.judge(claim.claim, cited.map((x) => x.text));
                if (claim.judge.verdict === 'supported')
                    claim.verdict = 'grounded';
            }
            a.verdict = answerVerdict(a.claims);
        }
        await judge.save();
        judgeRecord = judge.record;
    }
    const counts = {
        answers: answers.length,
        claims: answers.reduce((n, a) => n + a.claims.length, 0),
        grounded: 0,
        unverified: 0,
        ungrounded: 0,
    };
    for (const a of answers)
        counts[a.verdict]++;
    const passRate = answers.length ? counts.grounded / answers.length : 0;
    const reasons = [];
    if (!answers.length)
        reasons.push('no answers to check');
    if (passRate < minPassRate)
        reasons.push(`pass rate ${(passRate * 100).toFixed(1)}% is below the minimum ${(minPassRate * 100).toFixed(1)}%`);
    if (opts.failOnUngrounded && counts.ungrounded)
        reasons.push(`${counts.ungrounded} answer${counts.ungrounded === 1 ? ' is' : 's are'} ungrounded`);
    const report = {
        input,
        passRate: Math.round(passRate * 1e6) / 1e6,
        minPassRate,
        failOnUngrounded: Boolean(opts.failOnUngrounded),
        passed: reasons.length === 0,
        reasons,
        counts,
        thresholds,
        answers,
    };
    if (judgeRecord)
        report.judge = judgeRecord;
    return report;
}

;// CONCATENATED MODULE: ./src/core/report.ts
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
function report_plural(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

// EXTERNAL MODULE: ./src/core/ed25519.ts + 1 modules
var ed25519 = __webpack_require__(1501);
;// CONCATENATED MODULE: ./src/core/dsse.ts
/**
 * DSSE envelopes (secure-systems-lab/dsse, protocol v1 and envelope.md): PAE, signing with one
 * or more Ed25519 keys, and verification against a set of trusted public keys.
 */


/** payloadType of in-toto Statements (in-toto attestation spec, envelope layer). */
const dsse_INTOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const enc = new TextEncoder();
/**
 * Pre-Authentication Encoding (DSSE protocol, "Signature definition"):
 * `"DSSEv1" SP LEN(type) SP type SP LEN(body) SP body`, LEN = ASCII decimal byte length.
 */
function pae(payloadType, payload) {
    const type = enc.encode(payloadType);
    const head = enc.encode(`DSSEv1 ${type.length} ${payloadType} ${payload.length} `);
    const out = new Uint8Array(head.length + payload.length);
    out.set(head, 0);
    out.set(payload, head.length);
    return out;
}
/** Signs `payload` with each key; keyid is the key's RFC 7638 thumbprint. */
function dsse_signEnvelope(payload, payloadType, keys) {
    const msg = pae(payloadType, payload);
    return {
        payload: Buffer.from(payload).toString('base64'),
        payloadType,
        signatures: keys.map((k) => ({ keyid: k.kid, sig: Buffer.from((0,ed25519/* sign */._S)(msg, k)).toString('base64') })),
    };
}
const B64 = /^[A-Za-z0-9+/_-]*={0,2}$/;
/** Decodes base64, standard or URL-safe alphabet (DSSE envelope.md allows either). Returns null when malformed. */
function decodeBase64(s) {
    if (typeof s !== 'string' || (s !== checkedPayload && !B64.test(s)))
        return null;
    checkedPayload = undefined; // held no longer than needed
    // a 28 MB payload: no second pass of the alphabet check, no rewrite when it is the standard alphabet, no copy
    const std = s.includes('-') || s.includes('_') ? s.replace(/-/g, '+').replace(/_/g, '/') : s;
    const b = Buffer.from(std, 'base64');
    // small results live in Buffer's shared pool: copy those into their own memory
    return b.length >= 4096 ? new Uint8Array(b.buffer, b.byteOffset, b.length) : new Uint8Array(b);
}
/** The last payload {@link parseEnvelope} checked against the base64 alphabet (decoded next, when verified). */
let checkedPayload;
/**
 * Validates the JSON shape of a DSSE envelope.
 * @throws InputError naming the source and field when a member is missing or of the wrong type.
 */
function dsse_parseEnvelope(value, source) {
    if (!value || typeof value !== 'object' || Array.isArray(value))
        throw new InputError(source, undefined, 'a DSSE envelope object');
    const v = value;
    if (typeof v.payloadType !== 'string')
        throw new InputError(source, 'payloadType', 'string');
    // the alphabet check decodeBase64 makes, without decoding (a 20 MB payload is decoded once, when verified)
    if (typeof v.payload !== 'string' || !B64.test(v.payload))
        throw new InputError(source, 'payload', 'base64 string');
    checkedPayload = v.payload;
    if (!Array.isArray(v.signatures))
        throw new InputError(source, 'signatures', 'array');
    const signatures = v.signatures.map((s, i) => {
        const o = s;
        if (!o || typeof o !== 'object')
            throw new InputError(source, `signatures[${i}]`, 'object');
        if (typeof o.sig !== 'string')
            throw new InputError(source, `signatures[${i}].sig`, 'base64 string');
        if (o.keyid !== undefined && typeof o.keyid !== 'string')
            throw new InputError(source, `signatures[${i}].keyid`, 'string');
        return { keyid: o.keyid, sig: o.sig };
    });
    return { payload: v.payload, payloadType: v.payloadType, signatures };
}
/**
 * Verifies every signature of an envelope over PAE(payloadType, payload) against trusted keys.
 * Keys are matched by keyid when present; a signature without keyid is tried against every key.
 * Does not apply a threshold: callers decide (see `validKeys`).
 */
function verifyEnvelope(env, trusted) {
    const payload = decodeBase64(env.payload) ?? new Uint8Array();
    const msg = pae(env.payloadType, payload);
    const valid = new Map();
    const signatures = env.signatures.map((s, index) => {
        const sig = decodeBase64(s.sig);
        const candidates = s.keyid ? trusted.filter((k) => k.kid === s.keyid) : trusted;
        if (candidates.length === 0)
            return { index, keyid: s.keyid, status: 'unknown-key' };
        for (const k of candidates) {
            if (sig && verify(sig, msg, k)) {
                valid.set(k.kid, k);
                return { index, keyid: s.keyid ?? k.kid, status: 'valid', key: k };
            }
        }
        return { index, keyid: s.keyid, status: s.keyid ? 'invalid' : 'unknown-key' };
    });
    return { payload, signatures, validKeys: [...valid.values()] };
}

// EXTERNAL MODULE: ./src/core/json.ts
var json = __webpack_require__(6153);
;// CONCATENATED MODULE: ./src/core/statement.ts
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
    return dsse_signEnvelope(jcs_canonicalBytes(statement), dsse_INTOTO_PAYLOAD_TYPE, keys);
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
        throw new InputError(source, 'line 1', 'a DSSE envelope (JSON)', { found: 'an empty file' });
    let json;
    try {
        json = JSON.parse(first);
    }
    catch {
        throw new InputError(source, 'line 1', 'a DSSE envelope (JSON); the file is truncated or not JSON');
    }
    const dup = findDuplicateKey(first);
    if (dup !== undefined)
        throw new InputError(source, 'line 1', 'a DSSE envelope without duplicate member names', { found: `a second '${dup}'` });
    return parseEnvelope(json, source);
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
    if (!json || typeof json !== 'object' || json.payload !== '' || findDuplicateKey(rest) !== undefined)
        return undefined;
    json.payload = text.slice(head.length, end);
    try {
        // parseEnvelope checks the payload against the base64 alphabet: no escape or control character is in it
        return parseEnvelope(json, 'line 1');
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
        st = (opts.exactIntegers ? parseJsonExact(text) : JSON.parse(text));
    }
    catch {
        throw new InputError(source, 'payload', 'an in-toto Statement (UTF-8 JSON)');
    }
    const dup = findDuplicateKey(text);
    if (dup !== undefined)
        throw new InputError(source, 'payload', 'an in-toto Statement without duplicate member names', { found: `a second '${dup}'` });
    if (!st || typeof st !== 'object' || st._type !== STATEMENT_TYPE)
        throw new InputError(source, 'payload._type', STATEMENT_TYPE);
    if (!Array.isArray(st.subject))
        throw new InputError(source, 'payload.subject', 'array');
    if (expectedType && st.predicateType !== expectedType)
        throw new InputError(source, 'payload.predicateType', expectedType, { found: String(st.predicateType) });
    return st;
}

;// CONCATENATED MODULE: ./src/grounding/render.ts
/**
 * Renderings of a grounding report: the job-summary markdown (per-answer table and worst claims),
 * JUnit XML (one test case per answer), plain text for the CLI, the in-toto Statement, and the
 * writer shared by the CLI and the action (atomic writes; the attestation is never overwritten).
 */






const ICON = { grounded: '✅ grounded', unverified: '⚠️ unverified', ungrounded: '❌ ungrounded' };
const clip = (s, n = 140) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const pct = (x) => `${(x * 100).toFixed(1)}%`;
/** Claims ranked worst first: verdict, then number of flags, then lowest coverage. */
function worstClaims(report, n = 10) {
    return report.answers
        .flatMap((answer) => answer.claims.map((claim) => ({ answer, claim })))
        .filter((x) => x.claim.verdict !== 'grounded')
        .sort((a, b) => VERDICT_RANK[b.claim.verdict] - VERDICT_RANK[a.claim.verdict] ||
        b.claim.flags.length - a.claim.flags.length ||
        a.claim.coverage - b.claim.coverage)
        .slice(0, n);
}
/** Job-summary markdown: verdict line, counts, per-answer table (first `maxRows`), worst claims. */
function summaryMarkdown(report, maxRows = 50) {
    const c = report.counts;
    const head = `## Grounding check: ${report.passed ? 'passed ✅' : 'failed ❌'}\n\n` +
        `Pass rate **${pct(report.passRate)}** (minimum ${pct(report.minPassRate)}): ${c.grounded} grounded, ${c.unverified} unverified, ${c.ungrounded} ungrounded of ${report_plural(c.answers, 'answer')} (${report_plural(c.claims, 'claim')}).\n` +
        (report.reasons.length ? `\n${report.reasons.map((r) => `- ${r}`).join('\n')}\n` : '') +
        (report.judge
            ? `\nJudge: ${report.judge.model} at ${report.judge.endpoint}: ${report.judge.calls} calls, ${report.judge.cacheHits} cache hits, ${report.judge.errors} errors.\n`
            : '');
    const rows = report.answers.slice(0, maxRows).map((a) => {
        const flags = [...new Set(a.claims.flatMap((cl) => cl.flags.map((f) => f.name)))];
        return [a.id, ICON[a.verdict], a.claims.length, flags.join(', ') || '-'];
    });
    const more = report.answers.length > maxRows ? `\n_${report.answers.length - maxRows} more answers in the JSON report._\n` : '';
    const worst = worstClaims(report);
    const worstMd = worst.length
        ? `\n### Worst claims\n\n` +
            mdTable(['answer', 'claim', 'verdict', 'flags', 'best source span'], worst.map(({ answer, claim }) => [
                answer.id,
                clip(claim.claim),
                claim.verdict,
                claim.flags.map((f) => `${f.name}: ${f.detail}`).join('; ') || (claim.judge ? `judge: ${claim.judge.verdict}` : '-'),
                claim.support ? `[${claim.support.contextId}] ${clip(claim.support.text, 120)}` : '-',
            ]))
        : '';
    return `${head}\n${mdTable(['answer', 'verdict', 'claims', 'flags'], rows)}${more}${worstMd}`;
}
/** JUnit XML: one suite, one test case per answer; `ungrounded` and `unverified` answers are failures. */
function junitReport(report) {
    const cases = report.answers.map((a) => {
        const c = { name: a.id, classname: 'grounding-check' };
        if (a.verdict !== 'grounded') {
            const bad = a.claims.filter((cl) => cl.verdict !== 'grounded');
            c.failure = {
                message: `${a.verdict}: ${[...new Set(bad.flatMap((cl) => cl.flags.map((f) => f.name)))].join(', ') || 'not verified'}`,
                body: bad
                    .map((cl) => `claim: ${cl.claim}\n${cl.flags.map((f) => `  ${f.name}: ${f.detail}`).join('\n')}${cl.support ? `\n  best source span [${cl.support.contextId}]: ${cl.support.text}` : ''}`)
                    .join('\n\n'),
            };
        }
        return c;
    });
    return junitXml([{ name: 'grounding-check', cases }]);
}
/** Plain-text verdicts for the terminal. */
function textReport(report) {
    const lines = report.answers.map((a) => {
        const head = `${a.verdict.padEnd(10)} ${a.id}`;
        const det = a.claims
            .filter((c) => c.verdict !== 'grounded')
            .flatMap((c) => [
            `    claim: ${clip(c.claim, 160)}`,
            ...c.flags.map((f) => `      ${f.name}: ${f.detail}`),
            ...(c.judge ? [`      judge: ${c.judge.verdict}${c.judge.cached ? ' (cached)' : ''}`] : []),
        ]);
        return [head, ...det].join('\n');
    });
    const c = report.counts;
    lines.push(`pass rate ${pct(report.passRate)} (minimum ${pct(report.minPassRate)}): ${c.grounded} grounded, ${c.unverified} unverified, ${c.ungrounded} ungrounded of ${plural(c.answers, 'answer')}`, report.passed ? 'grounding check: passed' : `grounding check: FAILED (${report.reasons.join('; ')})`);
    return lines.join('\n') + '\n';
}
/** The in-toto Statement of a report: subject is the cases file, predicate the report. */
function groundingStatement(report) {
    return makeStatement([{ name: report.input.file, digest: { sha256: report.input.sha256 } }], GROUNDING_PREDICATE_TYPE, report);
}
/** Writes the requested outputs atomically. @throws InputError when the attestation exists already. */
async function writeOutputs(report, paths, keys = []) {
    if (paths.attestation) {
        if (!keys.length)
            throw new errors/* UsageError */.eb('an attestation needs a signing key');
        const env = signStatement(groundingStatement(report), keys);
        await (0,fsx/* writeFileAtomic */.Zf)(paths.attestation, JSON.stringify(env) + '\n', { noClobber: true });
    }
    if (paths.report)
        await (0,fsx/* writeFileAtomic */.Zf)(paths.report, JSON.stringify(report, null, 2) + '\n');
    if (paths.junit)
        await (0,fsx/* writeFileAtomic */.Zf)(paths.junit, junitReport(report));
    if (paths.summary)
        await (0,fsx/* writeFileAtomic */.Zf)(paths.summary, summaryMarkdown(report));
}

;// CONCATENATED MODULE: ./src/grounding/index.ts
/**
 * grounding-check: reject RAG answers that their sources do not support. Public API of the domain core.
 */











/***/ })

};
