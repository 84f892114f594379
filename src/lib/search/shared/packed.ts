/**
 * The search files are stored gzipped (as Pagefind stores its own index) and inflated by
 * the reader, so the bytes a plain file server sends are the compressed ones whatever the
 * host: the n-gram index's `.bin` files, the text chunks and the filters
 * (docs/SEARCH-INDEX.md, "Stored gzipped"). One reader for browser and Node: `unpack`.
 *
 * Inflated synchronously with fflate's gunzip (4 KB in the page's bundle), not with the
 * platform's DecompressionStream: the files are small (a text chunk 1–2 KB, most index
 * files under 50 KB) and a stream costs several tasks per file (in Chromium, a Blob's
 * stream also goes through the browser process); ten text chunks through streams took
 * 50–60 ms on the loaded bench machine, through fflate 3 ms (docs/PERFORMANCE.md,
 * session 5). Same speed as zlib per byte; works in every browser.
 *
 * A file that does not start with gzip's magic bytes is returned as it is: a host that
 * sends a `.gz` file with `Content-Encoding: gzip` has the browser inflate it already,
 * and JSON or the manifest never start with 0x1f 0x8b.
 */
import { gunzipSync } from 'fflate';

/** Whether `bytes` start with gzip's magic number (0x1f 0x8b, method 8 = deflate). */
export const isGzip = (bytes: Uint8Array): boolean => bytes.length >= 18 && bytes[0] === 0x1f && bytes[1] === 0x8b && bytes[2] === 8;

/** The file's content: inflated when gzipped, else as given. Throws on damaged data. */
export function unpackSync(bytes: Uint8Array): Uint8Array {
  return isGzip(bytes) ? gunzipSync(bytes) : bytes;
}

/** The file's content: inflated when gzipped, else as given (rejects on damaged data). */
export async function unpack(bytes: Uint8Array): Promise<Uint8Array> {
  return unpackSync(bytes);
}

const utf8 = new TextDecoder();

/** A gzipped JSON file's value. */
export async function unpackJson<T>(bytes: Uint8Array): Promise<T> {
  return JSON.parse(utf8.decode(unpackSync(bytes))) as T;
}
