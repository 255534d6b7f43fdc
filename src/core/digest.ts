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
