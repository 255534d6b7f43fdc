/**
 * The per-file work of `evidence pack` and `evidence verify`, spread over worker threads in chunks:
 * each file is opened (O_RDONLY | O_NOFOLLOW | O_NONBLOCK), checked with fstat to be a regular file,
 * read (at most its signed size + 1 byte when verifying) and hashed (SHA-256, FIPS 180-4); then its
 * RFC 6962 Merkle leaf hash is computed from the RFC 8785 text of its entry and, when packing, its
 * manifest entry and subject are written as canonical JSON bytes. Besides its share of the chunks, the
 * calling thread walks, describes (kind, labels, media type: a few distinct values, serialized once
 * each), computes each chunk's Merkle subtree root and joins the chunks.
 *
 * Chunks are aligned blocks of 2^k files, so the RFC 6962 Merkle tree of all the files is the tree over
 * the chunks' subtree roots (bottom-up, an odd node carried up: the same tree as RFC 6962 2.1's
 * recursive split). Chunks go to whichever thread is free (the calling thread takes one at a time;
 * two are queued per worker), so a slow core does not hold the others back; results come back as
 * transferable buffers, not one object per file. On 2 cores: one worker and the calling thread.
 *
 * The texts equal `canonicalJson` of the Statement, byte for byte: tests/evidence/hash-pool.test.ts
 * compares them with the `canonicalize` library on random entries, and checks that a deliberately
 * broken worker is caught.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { rootFromPackedLeaves } from './merkle.js';

/** What happened to one file (see {@link PoolResult.status}). */
export const FILE_OK = 0;
/** verify: read to its end, but its digest or size differs from the signed one */
export const FILE_DIFFERS = 1;
/** more bytes than its limit (the signed size) */
export const FILE_TOO_LARGE = 2;
/** not a regular file: a symbolic link, FIFO, device, socket or directory (never read) */
export const FILE_NOT_REGULAR = 3;
/** could not be opened or read: the errno code is in {@link PoolResult.errors} */
export const FILE_ERROR = 4;
/** not opened (verify: refused before hashing); its leaf is still computed */
export const FILE_SKIPPED = 5;

// Worker source: node builtins only, so it runs from an ncc bundle without a separate file; the same
// source runs on the calling thread for small jobs (one implementation of the per-file rules).
// `run(task)` processes one chunk; see ChunkTask and ChunkResult below for the shapes.
const CORE = `
const fs = require('node:fs');
const crypto = require('node:crypto');
const FLAGS = fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK;
const PLAIN = /^[\\x20\\x21\\x23-\\x5b\\x5d-\\x7e]*$/;
const buf = Buffer.allocUnsafe(1 << 20);
const LEAF_HEAD = '\\u0000{"digest":{"sha256":"';
// a failed file's leaf (packing: the pack fails, so it is never used; kept for the offsets)
const NO_LEAF = '\\u0000'.repeat(32);
// one chunk: the per-file work is a method called per file (optimized as an ordinary hot function),
// and the loop over the files has nothing after it (a loop is compiled on stack replacement, and the
// code after it was deoptimized in every chunk where it had no type feedback yet: seen with --trace-deopt)
function run(t) {
  const c = new Chunk(t);
  c.all();
  return c.result();
}
class Chunk {
  constructor(t) {
    const n = t.paths.length;
    this.t = t;
    this.n = n;
    this.status = new Uint8Array(n);
    this.sizes = new Float64Array(n);
    this.errors = [];
    this.differs = [];
    this.pack = t.mode === 'pack';
    this.hexes = this.pack ? new Array(n) : null;
    // per file, its leaf hash (32 latin1 characters) and, packing, its subject and entry texts: joined
    // once per chunk (three native calls per file fewer than writing each into a buffer)
    this.leaves = new Array(n);
    this.subjects = this.pack ? new Array(n) : null;
    this.entries = this.pack ? new Array(n) : null;
    // the texts around each description, made once per chunk
    this.leafMid = t.table.map((d) => '"},' + d + ',"name":');
    this.entryHead = t.table.map((d) => '{' + d + ',"path":');
  }
  all() {
    for (let i = 0; i < this.n; i++) this.file(i);
  }
  file(i) {
    const t = this.t;
    const status = this.status;
    const path = t.paths[i];
    let hex = '';
    let size = 0;
    const skip = t.open !== null && t.open[i] === 0;
    const limit = t.sizes === null ? Infinity : t.sizes[i] + 1;
    if (skip) status[i] = ${FILE_SKIPPED};
    else {
      let fd = -1;
      try {
        try { fd = fs.openSync(t.base + path, FLAGS); } catch (e) { if (e.code !== 'ELOOP') throw e; }
        const st = fd < 0 ? null : fs.fstatSync(fd);
        if (st === null || !st.isFile()) status[i] = ${FILE_NOT_REGULAR};
        else {
          // a file that fits the buffer (most): one read of up to its size + 1 byte; a read shorter than
          // asked that ends at the size fstat gave is its end (a regular file reads short only at its end)
          const want = Math.min(buf.length, limit, st.size + 1);
          const first = fs.readSync(fd, buf, 0, want, null);
          if (first < want && first === st.size) {
            size = first;
            hex = crypto.hash('sha256', buf.subarray(0, first), 'hex');
          } else {
            const h = crypto.createHash('sha256');
            h.update(buf.subarray(0, first));
            size = first;
            let r;
            while (first > 0 && size < limit && (r = fs.readSync(fd, buf, 0, Math.min(buf.length, limit - size), null)) > 0) {
              h.update(r === buf.length ? buf : buf.subarray(0, r));
              size += r;
            }
            if (size === limit) status[i] = ${FILE_TOO_LARGE};
            else hex = h.digest('hex');
          }
          this.sizes[i] = size;
        }
      } catch (e) {
        status[i] = ${FILE_ERROR};
        this.errors.push(i, e.code || String(e));
      } finally {
        if (fd >= 0) fs.closeSync(fd);
      }
    }
    // the leaf (and, packing, the entry and subject) from the signed values: verify hashes the signed
    // digest and size, pack the ones just read
    let digest, sizeText;
    if (this.pack) {
      if (status[i] !== ${FILE_OK}) {
        this.leaves[i] = NO_LEAF; // the pack fails: no texts needed
        return;
      }
      this.hexes[i] = hex;
      digest = hex;
      sizeText = String(size);
    } else {
      digest = t.expected[i];
      sizeText = String(t.sizes[i]);
      if (status[i] === ${FILE_OK} && (hex !== digest || size !== t.sizes[i])) {
        status[i] = ${FILE_DIFFERS};
        this.differs.push(i, hex);
      }
    }
    let name = t.pathJson[i];
    if (name === undefined || name === null) {
      if (!PLAIN.test(path)) throw new Error('internal: no canonical text for a path that needs escaping');
      name = '"' + path + '"';
    }
    const d = t.desc[i];
    const tail = ',"size":' + sizeText + '}';
    this.leaves[i] = crypto.hash('sha256', LEAF_HEAD + digest + this.leafMid[d] + name + tail, 'latin1');
    if (this.pack) {
      this.subjects[i] = '{"digest":{"sha256":"' + digest + '"},"name":' + name + '}';
      this.entries[i] = this.entryHead[d] + name + tail;
    }
  }
  result() {
    const pack = this.pack;
    return {
      id: this.t.id, status: this.status, sizes: this.sizes, errors: this.errors, differs: this.differs,
      hex: pack ? this.hexes.join('') : '',
      leaves: Buffer.from(this.leaves.join(''), 'latin1'),
      subjects: pack ? Buffer.from(this.subjects.join(','), 'utf8') : null,
      entries: pack ? Buffer.from(this.entries.join(','), 'utf8') : null,
    };
  }
}
`;

const WORKER_LOOP = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (t) => {
  let r;
  try { r = run(t); } catch (e) { parentPort.postMessage({ id: t.id, failure: String(e && e.message || e) }); return; }
  const transfer = [r.status.buffer, r.sizes.buffer, r.leaves.buffer];
  if (r.subjects) transfer.push(r.subjects.buffer, r.entries.buffer);
  // Buffers from allocUnsafe may share the pool's ArrayBuffer: copy those (small) before transferring
  parentPort.postMessage(r, [...new Set(transfer)].filter((b) => b.byteLength > 8192));
});
`;

/** One chunk of a job, as sent to a worker. */
interface ChunkTask {
  id: number;
  mode: 'pack' | 'verify';
  /** the root, ending with a separator: `base + path` is the file */
  base: string;
  paths: string[];
  /** RFC 8785 text of each path, where it is not `"` + path + `"` (a path that needs escaping) */
  pathJson: (string | undefined)[];
  /** per file, an index into `table` */
  desc: Uint32Array;
  /** `"kind":K,"labels":L,"mediaType":M` (RFC 8785 member texts) of each distinct description */
  table: string[];
  /** verify: the signed sizes (bytes); also the limit of each read */
  sizes: Float64Array | null;
  /** verify: the signed hex digests */
  expected: string[] | null;
  /** verify: 1 = open the file, 0 = skip it (refused) */
  open: Uint8Array | null;
}

/** What a worker sends back for one chunk. */
interface ChunkResult {
  id: number;
  failure?: string;
  status: Uint8Array;
  sizes: Float64Array;
  /** pairs: index, errno code */
  errors: (number | string)[];
  /** verify, pairs: index, hex digest found */
  differs: (number | string)[];
  /** pack: 64 hex characters per file, in order (empty when a file failed) */
  hex: string;
  leaves: Uint8Array;
  subjects: Uint8Array | null;
  entries: Uint8Array | null;
}

/** A job: the files (relative paths, already confined and checked by the caller) and their descriptions. */
export interface PoolJob {
  mode: 'pack' | 'verify';
  /** the resolved root, ending with the path separator */
  base: string;
  paths: string[];
  /** description index of file i (into `table`) */
  desc: Uint32Array;
  table: string[];
  /** RFC 8785 text of path i where it is not `"` + path + `"` (sparse) */
  pathJson: (string | undefined)[];
  /** verify: signed sizes, signed digests and which files to open */
  sizes?: Float64Array;
  expected?: string[];
  open?: Uint8Array;
}

/** The joined results of a job, in file order. */
export interface PoolResult {
  /** per file: FILE_OK, FILE_DIFFERS, FILE_TOO_LARGE, FILE_NOT_REGULAR, FILE_ERROR or FILE_SKIPPED */
  status: Uint8Array;
  /** bytes read (up to the limit + 1 when too large) */
  sizes: Float64Array;
  /** errno code of each FILE_ERROR file */
  errors: Map<number, string>;
  /** verify: hex digest found for each FILE_DIFFERS file */
  differs: Map<number, string>;
  /** pack: hex digest of file i (valid when its status is FILE_OK) */
  hex(i: number): string;
  /** RFC 6962 Merkle tree hash over the leaves of every file, in order */
  root: Uint8Array;
  /** pack: the canonical entry texts and subject texts, chunk by chunk (join with ',') */
  entries: Uint8Array[];
  subjects: Uint8Array[];
}

/** Most chunk size (files): 4096 keeps per-chunk messages rare and chunks many enough to balance. */
const MAX_CHUNK = 4096;
/** Below this many files the job runs on the calling thread alone (a worker, started early, is there for more: 64 large files need both cores). */
const IN_THREAD_BELOW = 17;

const compiled = new Map<string, (t: ChunkTask) => ChunkResult>();
/** The worker's `run` (from `core`), compiled on this thread. */
function runHere(core: string, t: ChunkTask): ChunkResult {
  let run = compiled.get(core);
  if (!run) {
    const require = createRequire(import.meta.url);
    run = new Function('require', `${core}\nreturn run;`)(require) as (t: ChunkTask) => ChunkResult;
    compiled.set(core, run);
  }
  return run(t);
}

/** Options of {@link HashPool}. */
export interface HashPoolOptions {
  /** number of worker threads (default: one per core but the calling thread's, at least 1, at most 8) */
  workers?: number;
  /**
   * Tests only: rewrites the per-file code before it runs (a deliberately broken worker, to show the
   * differential tests catch it). Never set in production.
   */
  transformSource?: (source: string) => string;
  /** whether the calling thread hashes chunks too while the workers do (default true) */
  callingThread?: boolean;
  /** jobs of fewer files run on the calling thread alone (default 17; 0: never) */
  inThreadBelow?: number;
}

/**
 * A set of hashing workers, started as soon as it is made (their start-up overlaps the caller's
 * walk or signature check); {@link HashPool.close} stops them.
 */
export class HashPool {
  private workers: Worker[] = [];
  private readonly gone = new Set<Worker>();
  private readonly count: number;
  private readonly core: string;
  private readonly inThreadBelow: number;
  private readonly callingThread: boolean;
  constructor(opts: HashPoolOptions = {}) {
    this.callingThread = opts.callingThread ?? true;
    // one thread per core, this one included
    this.count = Math.max(1, opts.workers ?? Math.min(availableParallelism() - (this.callingThread ? 1 : 0), 8));
    this.core = opts.transformSource ? opts.transformSource(CORE) : CORE;
    this.inThreadBelow = opts.inThreadBelow ?? IN_THREAD_BELOW;
  }

  /** Starts the workers now (optional: {@link run} starts what it needs). */
  warm(): this {
    while (this.workers.length < this.count) this.workers.push(this.spawn());
    return this;
  }

  private spawn(): Worker {
    const w = new Worker(this.core + WORKER_LOOP, { eval: true });
    // a worker that fails or ends before it is given work is replaced when work comes (run); its error
    // is not an uncaught exception meanwhile. The pool's owner closes it (a running worker keeps the
    // process alive, as it must while work is out)
    w.on('error', () => this.gone.add(w));
    w.once('exit', () => this.gone.add(w));
    return w;
  }

  /** Stops the workers. */
  close(): void {
    for (const w of this.workers) void w.terminate();
    this.workers = [];
  }

  /**
   * Runs a job: hashes (or skips) every file and computes the leaves, the Merkle root and (pack) the texts.
   * @throws Error when a worker fails (not for an unreadable file: that is its status)
   */
  async run(job: PoolJob): Promise<PoolResult> {
    const n = job.paths.length;
    const chunk = chunkSize(n, this.count + (this.callingThread ? 1 : 0));
    const chunks = Math.ceil(n / chunk);
    const part = (id: number): PoolChunk => {
      const lo = id * chunk;
      const hi = Math.min(n, lo + chunk);
      return {
        paths: job.paths.slice(lo, hi),
        pathJson: job.pathJson.length > lo ? job.pathJson.slice(lo, hi) : [],
        desc: job.desc.slice(lo, hi),
        table: job.table,
        sizes: job.sizes?.slice(lo, hi),
        expected: job.expected?.slice(lo, hi),
        open: job.open?.slice(lo, hi),
      };
    };
    if (n < this.inThreadBelow) {
      this.close();
      const results = new Array<ChunkResult>(chunks);
      // an aligned block of 2^k leaves (or the last, partial one) is one node of the tree at level k
      const roots = Buffer.allocUnsafe(chunks * 32);
      for (let c = 0; c < chunks; c++) {
        results[c] = runHere(this.core, taskOf(c, job.mode, job.base, part(c)));
        roots.set(rootFromPackedLeaves(results[c].leaves, results[c].status.length), c * 32);
      }
      return joinResults(results, n, chunk, roots);
    }
    const stream = this.stream(job.mode, job.base, chunk);
    for (let c = 0; c < chunks; c++) stream.push(part(c));
    return stream.end();
  }

  /** Threads that hash (the workers, and this one unless `callingThread: false`). */
  get threads(): number {
    return this.count + (this.callingThread ? 1 : 0);
  }

  /**
   * A job whose chunks are given one by one as the caller learns them (verify reads the manifest while
   * the workers hash the first files): every chunk but the last holds exactly `chunk` files (a power of
   * two, see {@link chunkSize}), so the Merkle tree is the one over the chunks' subtree roots. The workers
   * take chunks as they come (two queued each); this thread takes its share once {@link PoolStream.end}
   * is called. The pool is closed when the job ends or is dropped.
   */
  stream(mode: 'pack' | 'verify', base: string, chunk: number): PoolStream {
    this.workers = this.workers.filter((w) => !this.gone.has(w));
    this.warm();
    const workers = this.workers;
    const ready: ChunkTask[] = [];
    const results: ChunkResult[] = [];
    const roots: Uint8Array[] = [];
    const inflight = new Map<Worker, number>();
    let pushed = 0;
    let done = 0;
    let files = 0;
    let ended = false;
    let failure: Error | undefined;
    let settle: ((e?: Error) => void) | undefined;
    const check = () => {
      if (!settle) return;
      if (failure) settle(failure);
      else if (ended && done === pushed) settle();
    };
    const fail = (e: Error) => {
      if (failure) return;
      failure = e;
      this.close();
      check();
    };
    const store = (r: ChunkResult) => {
      results[r.id] = r;
      // this chunk's subtree root, computed while the workers go on
      roots[r.id] = rootFromPackedLeaves(r.leaves, r.status.length);
      done++;
    };
    const feed = (w: Worker) => {
      // two chunks queued per worker: it never waits for this thread between chunks
      while (!failure && ready.length && (inflight.get(w) ?? 0) < 2) {
        w.postMessage(ready.shift());
        inflight.set(w, (inflight.get(w) ?? 0) + 1);
      }
    };
    for (const w of workers) {
      w.on('message', (r: ChunkResult) => {
        if (r.failure !== undefined) return fail(new Error(`hash worker: ${r.failure}`));
        inflight.set(w, (inflight.get(w) ?? 1) - 1);
        feed(w);
        store(r);
        check();
      });
      w.once('error', fail);
      w.once('exit', (code) => (!ended || done < pushed) && fail(new Error(`hash worker exited with ${code}`)));
    }
    const callingThread = this.callingThread;
    const core = this.core;
    return {
      push: (c) => {
        if (ended) throw new Error('internal: a chunk after the end of the job');
        if (failure) return;
        // every chunk but the last is full: chunk i holds files i*chunk.. (an aligned block)
        if (files !== pushed * chunk || c.paths.length > chunk) throw new Error('internal: chunks out of step');
        files += c.paths.length;
        ready.push(taskOf(pushed++, mode, base, c));
        for (const w of workers) feed(w);
      },
      end: async () => {
        ended = true;
        try {
          await new Promise<void>((resolveP, reject) => {
            settle = (e) => {
              settle = undefined;
              if (e) reject(e);
              else resolveP();
            };
            // this thread takes chunks too, one at a time, handling the workers' messages in between
            const step = () => {
              if (failure || !settle) return;
              const t = callingThread ? ready.shift() : undefined;
              if (t) {
                try {
                  store(runHere(core, t));
                } catch (e) {
                  return fail(e as Error);
                }
                setImmediate(step);
              }
              check();
            };
            check();
            setImmediate(step);
          });
        } finally {
          this.close();
        }
        return joinResults(results, files, chunk, Buffer.concat(roots));
      },
      abort: () => {
        ended = true;
        fail(new Error('aborted'));
      },
    };
  }
}

/** A job's chunk as given to {@link HashPool.stream} (the fields of {@link PoolJob} for its files). */
export interface PoolChunk {
  paths: string[];
  pathJson: (string | undefined)[];
  desc: Uint32Array;
  /** the descriptions `desc` indexes (it may grow from chunk to chunk) */
  table: string[];
  sizes?: Float64Array;
  expected?: string[];
  open?: Uint8Array;
}

/** A job under way (see {@link HashPool.stream}). */
export interface PoolStream {
  /** the next chunk: `chunk` files, fewer only for the last */
  push(c: PoolChunk): void;
  /** no more chunks: resolves when every file is done. @throws Error when a worker fails */
  end(): Promise<PoolResult>;
  /** drops the job (its results are never used) and stops the workers */
  abort(): void;
}

/**
 * Files per chunk for a job of about `n` files on `threads` threads: a power of two (aligned blocks
 * are nodes of the Merkle tree), at least 16 chunks per thread where there are enough files (a few
 * large files end on every thread at about the same time), at most 4096.
 */
export function chunkSize(n: number, threads: number): number {
  let chunk = 1;
  while (chunk < MAX_CHUNK && chunk * 2 * threads * 16 <= n) chunk *= 2;
  return chunk;
}

function taskOf(id: number, mode: 'pack' | 'verify', base: string, c: PoolChunk): ChunkTask {
  return {
    id,
    mode,
    base,
    paths: c.paths,
    pathJson: c.pathJson,
    desc: c.desc,
    table: c.table,
    sizes: c.sizes ?? null,
    expected: c.expected ?? null,
    open: c.open ?? null,
  };
}

/** Joins the chunks' results in order; the Merkle root from the chunks' subtree roots. */
function joinResults(results: ChunkResult[], n: number, chunk: number, roots: Buffer): PoolResult {
  const status = new Uint8Array(n);
  const sizes = new Float64Array(n);
  const errors = new Map<number, string>();
  const differs = new Map<number, string>();
  const hexes: string[] = [];
  results.forEach((r, c) => {
    const lo = c * chunk;
    status.set(r.status, lo);
    sizes.set(r.sizes, lo);
    for (let k = 0; k < r.errors.length; k += 2) errors.set(lo + (r.errors[k] as number), r.errors[k + 1] as string);
    for (let k = 0; k < r.differs.length; k += 2) differs.set(lo + (r.differs[k] as number), r.differs[k + 1] as string);
    hexes.push(r.hex);
  });
  const root = n === 0 ? rootFromPackedLeaves(new Uint8Array(0), 0) : rootFromPackedLeaves(roots, results.length);
  return {
    status,
    sizes,
    errors,
    differs,
    // a failed file has no hex: a chunk's string holds 64 characters for each file before it only when none failed
    hex: (i) => hexes[Math.floor(i / chunk)].slice((i % chunk) * 64, (i % chunk) * 64 + 64),
    root,
    entries: results.map((r) => r.entries!).filter(Boolean),
    subjects: results.map((r) => r.subjects!).filter(Boolean),
  };
}
