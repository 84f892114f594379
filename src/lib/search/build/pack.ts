/**
 * The build's side of shared/packed.ts: a search file as stored, gzipped. Node only.
 * Node's gzip header has no time or name, so the same bytes give the same file.
 */
import { promisify } from 'node:util';
import { gzip, gzipSync } from 'node:zlib';

const gzipAsync = promisify(gzip);

const bytesOf = (data: Uint8Array | string) => (typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
const view = (b: Buffer) => new Uint8Array(b.buffer, b.byteOffset, b.length);

/**
 * Level 1 for the index's varint lists (they gain almost nothing from more effort: at
 * 10,000 bench speeches 1.27 × for buckets, 1.42 × for common lists at levels 1 and 9
 * alike); 6 (zlib's default) for JSON.
 */
export function pack(data: Uint8Array | string, level: 1 | 6 = 6): Uint8Array {
  return view(gzipSync(bytesOf(data), { level }));
}

/** `pack` on libuv's thread pool: for the many text chunks, written while this thread drives other work. */
export async function packAsync(data: Uint8Array | string, level: 1 | 6 = 6): Promise<Uint8Array> {
  return view(await gzipAsync(bytesOf(data), { level }));
}
