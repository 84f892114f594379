/**
 * The search files are stored gzipped (as Pagefind stores its own index) and inflated by
 * the reader, so the bytes a plain file server sends are the compressed ones whatever the
 * host: the n-gram index's `.bin` files, the text chunks and the filters
 * (docs/SEARCH-INDEX.md, "Stored gzipped"). One reader for browser and Node: `unpack`.
 *
 * A file that does not start with gzip's magic bytes is returned as it is: a host that
 * sends a `.gz` file with `Content-Encoding: gzip` has the browser inflate it already,
 * and JSON or the manifest never start with 0x1f 0x8b.
 */

/** Whether `bytes` start with gzip's magic number (0x1f 0x8b, method 8 = deflate). */
export const isGzip = (bytes: Uint8Array): boolean => bytes.length >= 18 && bytes[0] === 0x1f && bytes[1] === 0x8b && bytes[2] === 8;

type Inflate = (bytes: Uint8Array) => Promise<Uint8Array>;

/** The platform's DecompressionStream (browsers since 2020–2023, Node ≥ 18). */
const streamInflate: Inflate = async (bytes) => {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
};

let fallback: Promise<Inflate> | null = null;

/**
 * Without DecompressionStream (older browsers), fflate's gunzip, loaded only then (a
 * separate bundle of some 8 KB). When that fails too, the error says what to do.
 */
function fflateInflate(): Promise<Inflate> {
  fallback ??= import('fflate').then(
    ({ gunzipSync }): Inflate =>
      async (bytes) =>
        gunzipSync(bytes),
    (error: unknown) => {
      fallback = null;
      throw new Error(
        `this browser cannot decompress the search files (it has no DecompressionStream and the fallback, fflate, did not load: ${(error as Error).message}); use a current browser.`,
      );
    },
  );
  return fallback;
}

/** The file's content: inflated when gzipped, else as given. */
export async function unpack(bytes: Uint8Array): Promise<Uint8Array> {
  if (!isGzip(bytes)) return bytes;
  const inflate = typeof DecompressionStream === 'function' ? streamInflate : await fflateInflate();
  return inflate(bytes);
}

/** A gzipped JSON file's value. */
export async function unpackJson<T>(bytes: Uint8Array): Promise<T> {
  return JSON.parse(new TextDecoder().decode(await unpack(bytes))) as T;
}
