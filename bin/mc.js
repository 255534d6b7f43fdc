#!/usr/bin/env node
// The mc CLI: runs the bundled CLI (dist/cli/index.js, built by `node scripts/build.mjs cli`).
//
// V8's compile cache (node:module enableCompileCache, Node >= 22.1) keeps the bytecode of the
// bundle's chunks between runs: a cold `mc` process then skips most of its parse/compile time
// (tens of ms per command; measured in bench/cli.bench.ts). The cache lives in a per-user
// directory ($XDG_CACHE_HOME/mc/v8-compile-cache, else ~/.cache/mc/v8-compile-cache, else
// <os temp>/mc-v8-compile-cache-<uid>); Node validates each entry against the source's hash and
// ignores a stale or corrupt one. NODE_DISABLE_COMPILE_CACHE=1 turns it off; NODE_COMPILE_CACHE
// (Node's own variable) takes precedence. Any failure here is ignored: the cache never fails a command.
//
// Node's built-in modules are taken with process.getBuiltinModule (Node >= 22.3; the CLI needs >= 24), not
// imported: an ESM import of node:fs builds its ES module facade, which reads every export and so loads
// fs's lazily loaded streams (about 5 ms of every `mc` command; seen in a --cpu-prof of `mc intoto verify`).
const { accessSync, constants, existsSync, mkdirSync } = process.getBuiltinModule('node:fs');
const module = process.getBuiltinModule('node:module');
const { homedir, tmpdir } = process.getBuiltinModule('node:os');
const { dirname, join } = process.getBuiltinModule('node:path');

try {
  if (typeof module.enableCompileCache === 'function' && !process.env.NODE_COMPILE_CACHE) {
    let base = process.env.XDG_CACHE_HOME;
    if (!base) {
      const home = homedir();
      base = home ? join(home, '.cache') : '';
    }
    const uid = typeof process.getuid === 'function' ? process.getuid() : 'user';
    const dir = base ? join(base, 'mc', 'v8-compile-cache') : join(tmpdir(), `mc-v8-compile-cache-${uid}`);
    // create (and check) the directory first, one level at a time: Node's recursive mkdir (which
    // enableCompileCache uses too) spins forever where mkdir answers ENOENT for a parent that exists
    // (HOME under /proc), so Node is only ever given a directory that exists and is writable
    const missing = [];
    for (let d = dir; !existsSync(d); d = dirname(d)) {
      if (dirname(d) === d) break;
      missing.unshift(d);
    }
    for (const d of missing) mkdirSync(d, { mode: 0o700 });
    accessSync(dir, constants.W_OK);
    module.enableCompileCache(dir);
  }
} catch {
  // no cache: the command runs as before
}

await import('../dist/cli/index.js');

// `mc intoto …` awaits all its work (files written, inspections and scratch directories finished) before
// it returns: the process then ends at once instead of letting V8 collect and tear down a heap of
// artifact indexes (about 10 ms of a 100 ms `mc intoto verify` of 3 steps x 5,000 artifacts; measured in
// bench/intoto.bench.ts), after writing the compile cache, and only when stdout and stderr hold nothing
// unwritten (on Linux they are written synchronously).
if (process.argv[2] === 'intoto' && process.stdout.writableLength === 0 && process.stderr.writableLength === 0) {
  try {
    module.flushCompileCache?.();
  } catch {
    // no cache: nothing to keep
  }
  process.exit();
}
