/**
 * Reads a Pagefind bundle's metadata file (`pagefind.*.pf_meta`: gzip, the signature
 * `pagefind_dcd`, then CBOR) far enough to list its index chunks: the first and last
 * word each holds (Pagefind shortens them to what tells chunks apart). Tests use it to
 * find the characters whose pairs span chunk boundaries.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

type Cbor = number | string | Cbor[] | Map<Cbor, Cbor> | boolean | null | Uint8Array;

function decode(bytes: Uint8Array): Cbor {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = 1 << (info - 24);
    const n = size === 1 ? view.getUint8(at) : size === 2 ? view.getUint16(at) : size === 4 ? view.getUint32(at) : Number(view.getBigUint64(at));
    at += size;
    return n;
  };
  const item = (): Cbor => {
    const head = bytes[at++]!;
    const major = head >> 5;
    const info = head & 31;
    if (major === 7) {
      if (info === 26) return view.getFloat32((at += 4) - 4);
      if (info === 27) return view.getFloat64((at += 8) - 8);
      if (info === 25) throw new Error('CBOR half-precision floats are not expected in pf_meta');
      return info === 20 ? false : info === 21 ? true : null;
    }
    const n = length(info);
    switch (major) {
      case 0: return n;
      case 1: return -1 - n;
      case 2: return bytes.slice(at, (at += n));
      case 3: return new TextDecoder().decode(bytes.slice(at, (at += n)));
      case 4: return Array.from({ length: n }, item);
      case 5: return new Map(Array.from({ length: n }, () => [item(), item()] as [Cbor, Cbor]));
      default: throw new Error(`CBOR major type ${major} (tag) is not expected in pf_meta`);
    }
  };
  return item();
}

/** The index chunks of the bundle in `dir`, in order: `[first word, last word]`. */
export function indexChunks(dir: string): [string, string][] {
  const name = readdirSync(dir).find((f) => f.endsWith('.pf_meta'));
  if (!name) throw new Error(`no pf_meta file in ${dir}`);
  const raw = gunzipSync(readFileSync(join(dir, name)));
  const signature = 'pagefind_dcd';
  if (raw.subarray(0, signature.length).toString() !== signature) throw new Error(`${name}: not a Pagefind ${signature} file`);
  const meta = decode(raw.subarray(signature.length)) as Cbor[];
  // [version, pages, index chunks [from, to, hash], filter chunks, sorts, …]
  const chunks = meta[2];
  if (typeof meta[0] !== 'string' || !Array.isArray(chunks) || !chunks.every((c) => Array.isArray(c) && c.length === 3 && c.every((x) => typeof x === 'string')))
    throw new Error(`${name}: Pagefind ${String(meta[0])} metadata has no index chunk list where 1.6 keeps it`);
  return (chunks as string[][]).map((c) => [c[0]!, c[1]!]);
}
