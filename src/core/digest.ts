/**
 * SHA-256 digests of bytes and files (FIPS 180-4), hex-encoded as in-toto DigestSets expect.
 * Uses node:crypto (OpenSSL) for speed; files are streamed, never loaded whole.
 */
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';

/** A DigestSet as in the in-toto ResourceDescriptor spec: algorithm name to lowercase hex. */
export type DigestSet = Record<string, string>;

/** SHA-256 of bytes or a UTF-8 string, lowercase hex (64 chars). */
export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** SHA-256 of bytes, raw 32 bytes. */
export function sha256Bytes(data: Uint8Array | string): Uint8Array {
  return new Uint8Array(createHash('sha256').update(data).digest());
}

/**
 * SHA-256 of a file's contents, streamed in 1 MiB chunks.
 * @returns `{ hex, size }` where size is in bytes.
 * @throws NodeJS.ErrnoException when the file cannot be opened or read.
 */
export async function sha256File(path: string): Promise<{ hex: string; size: number }> {
  const fh = await open(path, 'r');
  try {
    const hash = createHash('sha256');
    const st = await fh.stat();
    if (st.size <= 1 << 20) {
      const buf = await fh.readFile();
      return { hex: hash.update(buf).digest('hex'), size: buf.length };
    }
    const buf = Buffer.allocUnsafe(1 << 20);
    let size = 0;
    for (;;) {
      const { bytesRead } = await fh.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      hash.update(bytesRead === buf.length ? buf : buf.subarray(0, bytesRead));
      size += bytesRead;
    }
    return { hex: hash.digest('hex'), size };
  } finally {
    await fh.close();
  }
}

/** Result of hashing one file: hex SHA-256 and size in bytes, or the error code when unreadable. */
export interface FileDigest {
  hex?: string;
  size?: number;
  /** errno code (ENOENT, EACCES, EISDIR, ...) when the file could not be read */
  error?: string;
}

// Worker source: node builtins only, so it runs from an ncc bundle without a separate file.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const crypto = require('node:crypto');
const fs = require('node:fs');
const buf = Buffer.allocUnsafe(1 << 20);
const out = [];
for (const p of workerData.paths) {
  let fd;
  try {
    fd = fs.openSync(p, 'r');
    let n = fs.readSync(fd, buf, 0, buf.length, null);
    if (n < buf.length) {
      // a short read of a regular file is its end: one read, one-shot hash (most evidence files)
      out.push({ hex: crypto.hash('sha256', buf.subarray(0, n)), size: n });
    } else {
      const h = crypto.createHash('sha256');
      let size = 0;
      do { h.update(n === buf.length ? buf : buf.subarray(0, n)); size += n; } while ((n = fs.readSync(fd, buf, 0, buf.length, null)) > 0);
      out.push({ hex: h.digest('hex'), size });
    }
  } catch (e) { out.push({ error: e.code || String(e) }); }
  finally { if (fd !== undefined) fs.closeSync(fd); }
}
parentPort.postMessage(out);
`;

/**
 * SHA-256 of many files, spread over worker threads (one per core, at most 8) when there is
 * enough work, else on the calling thread. Never throws for an unreadable file: its entry carries
 * `error` instead. Order of results matches `paths`.
 */
export async function sha256Files(paths: string[], opts: { workers?: number } = {}): Promise<FileDigest[]> {
  const { availableParallelism } = await import('node:os');
  const workers = Math.max(1, Math.min(opts.workers ?? availableParallelism(), 8, Math.ceil(paths.length / 16)));
  if (workers === 1) {
    const out: FileDigest[] = [];
    for (const p of paths) {
      try {
        out.push(await sha256File(p));
      } catch (e) {
        out.push({ error: (e as NodeJS.ErrnoException).code ?? String(e) });
      }
    }
    return out;
  }
  const { Worker } = await import('node:worker_threads');
  // contiguous slices keep directory locality; results are concatenated back in order
  const per = Math.ceil(paths.length / workers);
  const slices = Array.from({ length: workers }, (_, i) => paths.slice(i * per, (i + 1) * per));
  const results = await Promise.all(
    slices.map(
      (slice) =>
        new Promise<FileDigest[]>((resolveP, reject) => {
          const w = new Worker(WORKER_SOURCE, { eval: true, workerData: { paths: slice } });
          w.once('message', (m: FileDigest[]) => resolveP(m));
          w.once('error', reject);
          w.once('exit', (code) => code !== 0 && reject(new Error(`hash worker exited with ${code}`)));
        }),
    ),
  );
  return results.flat();
}
