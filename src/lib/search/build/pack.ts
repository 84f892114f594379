/**
 * The build's side of shared/packed.ts: a search file as stored, gzipped. Node only.
 * Node's gzip header has no time or name, so the same bytes give the same file.
 */
import { promisify } from 'node:util';
import { constants, deflateSync, gzip, gzipSync, type ZlibOptions } from 'node:zlib';

const gzipAsync = promisify(gzip);

/**
 * 'lists': the index's varint lists, which hold few repeated strings: Huffman coding alone
 * (zlib's Z_HUFFMAN_ONLY) packs them as well as level 1 or 9 (1.31 × at 1,000 bench
 * speeches, against 1.30) in less than half the time, which the index's worker threads
 * pay for every file. 'text': JSON, at zlib's default level.
 */
export type Packing = 'lists' | 'text';

const OPTIONS: Record<Packing, ZlibOptions> = {
  lists: { level: 1, strategy: constants.Z_HUFFMAN_ONLY },
  text: { level: 6 },
};

const bytesOf = (data: Uint8Array | string) => (typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
const view = (b: Buffer) => new Uint8Array(b.buffer, b.byteOffset, b.length);

export function pack(data: Uint8Array | string, packing: Packing = 'text'): Uint8Array {
  return view(gzipSync(bytesOf(data), OPTIONS[packing]));
}

/** `pack` on libuv's thread pool: for the many text chunks, written while this thread drives other work. */
export async function packAsync(data: Uint8Array | string, packing: Packing = 'text'): Promise<Uint8Array> {
  return view(await gzipAsync(bytesOf(data), OPTIONS[packing]));
}

/**
 * A text chunk as stored: zlib (RFC 1950) deflated at level 6 with the preset `dictionary`
 * (its Adler-32 in the header names it). Read by shared/packed.ts `unpackWithDictionary`.
 * Level 6, not 9: on 4,003 chunks of the 10,000-speech bench, 0.08 % more bytes in 21 % less
 * time (the dictionary makes the gain, the level hardly).
 *
 * Synchronous, in the calling thread, not on libuv's thread pool: the search stage deflates
 * its ~80,000 chunks while the index's two worker threads run on the same two cores, and
 * those threads write their files through that pool. Deflated there, the chunks took up to
 * four of its threads beside the three busy ones and the index's writes queued behind them
 * (docs/PERFORMANCE.md, session 7). Same bytes either way.
 */
export function packWithDictionary(data: string, dictionary: Uint8Array): Uint8Array {
  return view(deflateSync(bytesOf(data), { level: 6, dictionary }));
}
