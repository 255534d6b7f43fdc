/**
 * SHA-256 digests of bytes and files (FIPS 180-4), hex-encoded as in-toto DigestSets expect.
 * Uses node:crypto (OpenSSL) for speed; files are streamed, never loaded whole.
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** A DigestSet as in the in-toto ResourceDescriptor spec: algorithm name to lowercase hex. */
export type DigestSet = Record<string, string>;

/** SHA-256 of bytes or a UTF-8 string, lowercase hex (64 chars). */
export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Options for {@link sha256File} and {@link sha256Files}. */
export interface HashFileOptions {
  /**
   * Read at most this many bytes (+1 to detect growth): a file holding more is reported with
   * `tooLarge` (sha256File) or error `EFBIG` (sha256Files) instead of being read to its end.
   * Verifiers pass the size a signed manifest declares, so `/dev/zero`-like or growing files stay bounded.
   */
  maxBytes?: number;
  /** follow a final symbolic link (sha256File's default, for in-toto's recorder); sha256Files never does */
  follow?: boolean;
}

/**
 * SHA-256 of a regular file's contents, streamed in 1 MiB chunks. The file is opened with O_NONBLOCK
 * (and O_NOFOLLOW when `follow: false`) and checked with fstat: a FIFO, device or socket (or a
 * symbolic link when not followed) is refused (code ENOTREG) without blocking.
 * @returns `{ hex, size }` where size is in bytes; with `maxBytes`, `tooLarge: true` (and no hex)
 *   when the file holds more than that.
 * @throws NodeJS.ErrnoException when the file cannot be opened or read, or is not a regular file.
 */
export async function sha256File(path: string, opts: HashFileOptions = {}): Promise<{ hex: string; size: number; tooLarge?: boolean }> {
  const { openRegularFile } = await import('./fsx.js');
  const fh = await openRegularFile(path, { follow: opts.follow ?? true });
  try {
    const hash = createHash('sha256');
    const limit = opts.maxBytes === undefined ? Infinity : opts.maxBytes + 1;
    const buf = Buffer.allocUnsafe(1 << 20);
    let size = 0;
    while (size < limit) {
      const { bytesRead } = await fh.read(buf, 0, Math.min(buf.length, limit - size), null);
      if (bytesRead === 0) break;
      hash.update(bytesRead === buf.length ? buf : buf.subarray(0, bytesRead));
      size += bytesRead;
    }
    if (size === limit) return { hex: '', size, tooLarge: true };
    return { hex: hash.digest('hex'), size };
  } finally {
    await fh.close();
  }
}

/** Result of hashing one file: hex SHA-256 and size in bytes, or the error code when unreadable. */
export interface FileDigest {
  hex?: string;
  size?: number;
  /** errno code (ENOENT, EACCES, ENOTREG, ...) when the file could not be read; EFBIG when over its limit (size = limit + 1) */
  error?: string;
}

// Worker source: node builtins only, so it runs from an ncc bundle without a separate file.
// Same rules as sha256File: O_NOFOLLOW | O_NONBLOCK, fstat must say regular file, at most limit + 1 bytes.
// Results go back in one compact message (all hex digests in one string, sizes in a Float64Array,
// errors by index), not as one object per file: cloning 100,000 objects cost the main thread more
// than hashing the files.
const WORKER_SOURCE = `
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
`;

/** What one hashing worker sends back: `hex` holds 64 characters per file ('' for a file in `errors`). */
interface WorkerResult {
  hex: string;
  sizes: Float64Array;
  /** pairs: index, errno code */
  errors: (number | string)[];
}

/** FileDigest objects from one worker's compact result. */
function unpack(m: WorkerResult, count: number): FileDigest[] {
  const failed = new Map<number, string>();
  for (let k = 0; k < m.errors.length; k += 2) failed.set(m.errors[k] as number, m.errors[k + 1] as string);
  const out = new Array<FileDigest>(count);
  let at = 0;
  for (let i = 0; i < count; i++) {
    const error = failed.get(i);
    if (error === undefined) {
      out[i] = { hex: m.hex.slice(at, at + 64), size: m.sizes[i] };
      at += 64;
    } else out[i] = error === 'EFBIG' ? { error, size: m.sizes[i] } : { error };
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
export async function sha256Files(
  paths: string[],
  opts: { workers?: number; limits?: (number | undefined)[] } = {},
): Promise<FileDigest[]> {
  const workers = Math.max(1, Math.min(opts.workers ?? availableParallelism(), 8, Math.ceil(paths.length / 16)));
  if (workers === 1) {
    const out: FileDigest[] = [];
    for (const [i, p] of paths.entries()) {
      try {
        const d = await sha256File(p, { maxBytes: opts.limits?.[i], follow: false });
        out.push(d.tooLarge ? { error: 'EFBIG', size: d.size } : { hex: d.hex, size: d.size });
      } catch (e) {
        out.push({ error: (e as NodeJS.ErrnoException).code ?? String(e) });
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
  const results = await Promise.all(
    slices.map(
      (slice) =>
        new Promise<FileDigest[]>((resolveP, reject) => {
          const w = new Worker(WORKER_SOURCE, { eval: true, workerData: slice });
          w.once('message', (m: WorkerResult) => resolveP(unpack(m, slice.paths.length)));
          w.once('error', reject);
          w.once('exit', (code) => code !== 0 && reject(new Error(`hash worker exited with ${code}`)));
        }),
    ),
  );
  return results.flat();
}
