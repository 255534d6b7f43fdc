/**
 * SHA-256 digests of bytes and files (FIPS 180-4), hex-encoded as in-toto DigestSets expect.
 * Uses node:crypto (OpenSSL) for speed; files are streamed, never loaded whole.
 */
import { createHash } from 'node:crypto';

/** A DigestSet as in the in-toto ResourceDescriptor spec: algorithm name to lowercase hex. */
export type DigestSet = Record<string, string>;

/** SHA-256 of bytes or a UTF-8 string, lowercase hex (64 chars). */
export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Options for {@link sha256File}. */
export interface HashFileOptions {
  /**
   * Read at most this many bytes (+1 to detect growth): a file holding more is reported with
   * `tooLarge` instead of being read to its end.
   * Verifiers pass the size a signed manifest declares, so `/dev/zero`-like or growing files stay bounded.
   */
  maxBytes?: number;
  /** follow a final symbolic link (default true, for in-toto's recorder) */
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
