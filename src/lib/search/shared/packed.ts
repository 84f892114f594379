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
 *
 * The text chunks are stored with a **preset dictionary** (zlib, RFC 1950, deflate with
 * FDICT): a sample of the archive's own chunks (build/text-dictionary.ts), which the page
 * loads once. A chunk of ~2.4 KB of JSON takes some 1,000 bytes so, ~1,500 gzipped alone
 * (docs/PERFORMANCE.md, session 6). `unpackWithDictionary` reads them.
 */
import { gunzipSync, unzlibSync } from 'fflate';

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

/** Adler-32 (RFC 1950) of `bytes`: a zlib stream names its preset dictionary by it (DICTID). */
export function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < bytes.length; ) {
    // 5,552 bytes at most between reductions keep b below 2^32.
    const end = Math.min(bytes.length, i + 5552);
    for (; i < end; i++) {
      a += bytes[i]!;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** A preset dictionary as the reader holds it: its bytes and its Adler-32 (zlib's DICTID). */
export interface PresetDictionary {
  bytes: Uint8Array;
  id: number;
}

export const presetDictionary = (bytes: Uint8Array): PresetDictionary => ({ bytes, id: adler32(bytes) });

/**
 * The content of a zlib stream deflated with `dictionary` (a text chunk). Throws, saying so,
 * when the stream names another dictionary (a chunk of another build than the dictionary
 * loaded: the site changed since the page was loaded, or was deployed in part) or is damaged.
 */
export function unpackWithDictionary(bytes: Uint8Array, dictionary: PresetDictionary): Uint8Array {
  const flagged = bytes.length >= 6 && (bytes[0]! & 0x0f) === 8 && ((bytes[0]! << 8) | bytes[1]!) % 31 === 0 && (bytes[1]! & 0x20) !== 0;
  if (!flagged) throw new Error('not a zlib stream with a preset dictionary');
  const id = ((bytes[2]! << 24) | (bytes[3]! << 16) | (bytes[4]! << 8) | bytes[5]!) >>> 0;
  if (id !== dictionary.id) throw new Error('made with another text dictionary than the one loaded: reload the page, or rebuild the site');
  // Into a buffer of our own: without one, fflate grows its output to 128 KB past the
  // current length at the first back-reference (zeroing and copying), which made
  // inflating a 1 KB chunk cost 5–7 ms in the loaded page, most of a query's JavaScript
  // (docs/PERFORMANCE.md, session 7). A zlib stream does not say its inflated size, and
  // fflate drops what does not fit, so a full buffer is tried again twice as large.
  for (let size = Math.max(INFLATE_MIN, bytes.length * INFLATE_RATIO); ; size *= 2) {
    const out = unzlibSync(bytes, { dictionary: dictionary.bytes, out: new Uint8Array(size) });
    if (out.length < size) return out;
  }
}

/** First output buffer of unpackWithDictionary: chunks inflate 2–4 × (up to ~60 × where they repeat the dictionary). */
const INFLATE_RATIO = 8;
const INFLATE_MIN = 16_384;
