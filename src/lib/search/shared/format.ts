/**
 * The n-gram index's format, shared by the builder and the query engine: gram kinds,
 * gram keys and their hash, file paths, the manifest, bucket directories and posting
 * lists. docs/SEARCH-INDEX.md describes the bytes.
 */
import { ByteReader, ByteWriter } from './varint.ts';

export const FORMAT = 'archive-ngram-index';
export const VERSION = 3;

/**
 * x1, x2, x3: grams of 1, 2, 3 code units of searchText as written ("exact"); x3 holds only
 * the trigrams with an ignorable unit (text.ts isIgnorable), the others are p3's
 * occurrences whose span is 3 units (version 2).
 * p2, p3: grams of 2, 3 code units of the text with punctuation and spaces removed
 * (text.ts stripIgnorable; "ignoring punctuation"). 1-unit grams of that text are x1's.
 * Lists of 1–2-unit grams hold (speech, count); of 3-unit grams, positions.
 */
export type Kind = 'x1' | 'x2' | 'x3' | 'p2' | 'p3';
export const KINDS: readonly Kind[] = ['x1', 'x2', 'x3', 'p2', 'p3'];
export const gramLength = (kind: Kind): number => Number(kind[1]);
export const isStripped = (kind: Kind): boolean => kind[0] === 'p';
export const isPositional = (kind: Kind): boolean => kind[1] === '3';

export interface Manifest {
  format: typeof FORMAT;
  version: typeof VERSION;
  /** Speeches indexed: ids 0 … speeches − 1. */
  speeches: number;
  /** Code units indexed (sum of searchText lengths). */
  units: number;
  /** Hash buckets per kind: a gram of kind k is in bucket gramHash(key) % buckets[k]. */
  buckets: Record<Kind, number>;
  /**
   * Set when speeches changed since this index was written and a delta segment answers
   * for them (build/update-index.ts): `speeches` in the archive now, and the path of the
   * id map (DELTA_IDS) that gives each speech of this index and of the delta (`delta/`,
   * an index of its own) its id now.
   */
  delta?: { speeches: number; ids: string };
}

/** The delta segment's folder and the id map, relative to the index folder. */
export const DELTA_DIR = 'delta';
export const DELTA_IDS = 'delta-ids.bin';

/**
 * The id map of a delta: varint r, then r runs over the base's ids in order, each a length
 * and (new id of the run's first speech + 1, or 0: these speeches are gone or changed and
 * the base no longer answers for them; within a run new ids go up by one); then varint d
 * and the d delta speeches' new ids, each as a varint.
 */
export function encodeIdMap(base: ArrayLike<number>, delta: ArrayLike<number>): Uint8Array {
  const runs: [number, number][] = [];
  for (let i = 0; i < base.length; i++) {
    const v = base[i]!;
    const last = runs.at(-1);
    if (last && ((v < 0 && last[1] === 0) || (v >= 0 && last[1] > 0 && last[1] - 1 + last[0] === v))) last[0]++;
    else runs.push([1, v < 0 ? 0 : v + 1]);
  }
  const w = new ByteWriter(64 + runs.length * 6 + delta.length * 3);
  w.varint(runs.length);
  for (const [length, start] of runs) {
    w.varint(length);
    w.varint(start);
  }
  w.varint(delta.length);
  for (let i = 0; i < delta.length; i++) w.varint(delta[i]!);
  return w.view().slice();
}

/** The id map's two lists: new id of each base id (−1: not answered by the base) and of each delta id. */
export function decodeIdMap(bytes: Uint8Array): { base: Int32Array; delta: Int32Array } {
  const r = new ByteReader(bytes);
  const runs: [number, number][] = [];
  let n = 0;
  for (let i = r.varint(); i > 0; i--) {
    const length = r.varint();
    runs.push([length, r.varint()]);
    n += length;
  }
  const base = new Int32Array(n);
  let at = 0;
  for (const [length, start] of runs) for (let k = 0; k < length; k++) base[at++] = start === 0 ? -1 : start - 1 + k;
  const delta = new Int32Array(r.varint());
  for (let i = 0; i < delta.length; i++) delta[i] = r.varint();
  return { base, delta };
}

/** A gram of 1–3 code units as one integer: u0·2^32 + u1·2^16 + u2 (fewer units, fewer terms). */
export function gramKey(units: string, from = 0, length = units.length - from): number {
  let key = 0;
  for (let i = 0; i < length; i++) key = key * 0x10000 + units.charCodeAt(from + i);
  return key;
}

/** A 32-bit hash of a gram key (murmur3's finaliser over both halves); the same in Node and browsers. */
export function gramHash(key: number): number {
  return hashParts(Math.floor(key / 0x1_0000_0000), key >>> 0);
}

/** gramHash of the key hi·2^32 + lo (lo as an unsigned 32-bit integer). */
export function hashParts(hi: number, lo: number): number {
  let h = lo ^ Math.imul(hi, 0x9e3779b1);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export const bucketPath = (kind: Kind, bucket: number): string => `${kind}/${bucket}.bin`;
/** A common gram's own file: its key in base 36. */
export const commonPath = (kind: Kind, key: number): string => `${kind}/c/${key.toString(36)}.bin`;
/**
 * The exact view of a common p3 gram (version 3): its occurrences of span 3 (nothing removed
 * inside) at their searchText start, as an x3 position list: what an exact phrase reads for
 * a trigram without ignorable units, at about 55 % of the p3 list's bytes.
 */
export const exactViewPath = (key: number): string => `p3/e/${key.toString(36)}.bin`;
export const MANIFEST = 'manifest.json';
/** Every common gram of a kind (those with a file of their own), so that a query skips their buckets. */
export const commonListPath = (kind: Kind): string => `${kind}/common.bin`;

/** A list of keys: varint n; then each key − previous key − 1 (the first: the key), ascending. */
export function encodeKeys(keys: readonly number[]): Uint8Array {
  const w = new ByteWriter(16 + keys.length * 4);
  w.varint(keys.length);
  let prev = -1;
  for (const k of keys) {
    w.varint(k - prev - 1);
    prev = k;
  }
  return w.view().slice();
}

export function decodeKeys(bytes: Uint8Array): number[] {
  const r = new ByteReader(bytes);
  const n = r.varint();
  const keys: number[] = [];
  let prev = -1;
  for (let i = 0; i < n; i++) keys.push((prev = prev + 1 + r.varint()));
  return keys;
}

/**
 * A bucket file: varint n; n directory entries in ascending key order (key − previous key
 * − 1, the first as key; then the byte length of the gram's list, 0 when the gram has a
 * file of its own); then the lists of the non-zero entries, concatenated in that order.
 */
export function encodeBucket(keys: readonly number[], blobs: readonly (Uint8Array | null)[]): Uint8Array {
  const w = new ByteWriter(256);
  w.varint(keys.length);
  let prev = -1;
  keys.forEach((key, i) => {
    w.varint(key - prev - 1);
    prev = key;
    w.varint(blobs[i]?.length ?? 0);
  });
  for (const b of blobs) if (b) w.append(b);
  return w.view().slice();
}

/** Where `key`'s list is in a bucket: a subarray, 'common' (own file), or null (not in the index). */
export function findInBucket(bucket: Uint8Array, key: number): Uint8Array | 'common' | null {
  const r = new ByteReader(bucket);
  const n = r.varint();
  let prev = -1;
  let offset = 0;
  let found = -1;
  let length = 0;
  for (let i = 0; i < n; i++) {
    const k = prev + 1 + r.varint();
    prev = k;
    const len = r.varint();
    if (found < 0) {
      if (k === key) {
        found = i;
        length = len;
        if (len === 0) return 'common';
      } else if (k > key) return null;
      else offset += len;
    }
    // Past the key, the directory is still read to its end: the lists start after it.
  }
  if (found < 0) return null;
  const start = r.pos + offset;
  return bucket.subarray(start, start + length);
}

/** A (speech, count) list: varint n; per speech, id − previous id − 1 (first: id) and count − 1. */
export function encodeCounts(speeches: ArrayLike<number>, counts: ArrayLike<number>, n: number, w: ByteWriter): void {
  w.varint(n);
  let prev = -1;
  for (let i = 0; i < n; i++) {
    w.varint(speeches[i]! - prev - 1);
    prev = speeches[i]!;
    w.varint(counts[i]! - 1);
  }
}

export interface CountList {
  speeches: Uint32Array;
  counts: Uint32Array;
}

export function decodeCounts(blob: Uint8Array): CountList {
  const r = new ByteReader(blob);
  const n = r.varint();
  const speeches = new Uint32Array(n);
  const counts = new Uint32Array(n);
  let prev = -1;
  for (let i = 0; i < n; i++) {
    prev = prev + 1 + r.varint();
    speeches[i] = prev;
    counts[i] = r.varint() + 1;
  }
  return { speeches, counts };
}

/**
 * A positional list, per speech ascending: the speech (as in a count list), the number of
 * occurrences − 1, then each position − previous − 1 (first: position). In p3 lists the
 * position is in the stripped text and each is written as 2·gap + flag; when the flag is
 * set, two varints follow: how much the count of units removed before it grew since the
 * previous occurrence (starting from 0), and how many removed units lie inside the gram.
 * From these, the gram's span in searchText: start = position + removed before; end =
 * start + 3 + removed inside.
 */
export interface PositionList {
  speeches: Uint32Array;
  /** Occurrences of speech i: positions[offsets[i] … offsets[i + 1]). */
  offsets: Uint32Array;
  positions: Uint32Array;
  /** p3 only: span in searchText of each occurrence. */
  starts: Uint32Array | null;
  ends: Uint32Array | null;
}

export function decodePositions(blob: Uint8Array, stripped: boolean): PositionList {
  const r = new ByteReader(blob);
  const n = r.varint();
  const speeches = new Uint32Array(n);
  const offsets = new Uint32Array(n + 1);
  let positions = new Uint32Array(Math.max(16, blob.length));
  let starts = stripped ? new Uint32Array(positions.length) : null;
  let ends = stripped ? new Uint32Array(positions.length) : null;
  let total = 0;
  let prevSpeech = -1;
  for (let i = 0; i < n; i++) {
    prevSpeech = prevSpeech + 1 + r.varint();
    speeches[i] = prevSpeech;
    const m = r.varint() + 1;
    if (total + m > positions.length) {
      const grow = <T extends Uint32Array | null>(a: T): T => {
        if (!a) return a;
        const b = new Uint32Array(Math.max(total + m, positions.length * 2));
        b.set(a);
        return b as T;
      };
      starts = grow(starts);
      ends = grow(ends);
      positions = grow(positions);
    }
    let prev = -1;
    let removed = 0;
    for (let j = 0; j < m; j++) {
      if (stripped) {
        const v = r.varint();
        let inside = 0;
        if (v % 2 === 1) {
          removed += r.varint();
          inside = r.varint();
        }
        prev = prev + 1 + Math.floor(v / 2);
        starts![total] = prev + removed;
        ends![total] = prev + removed + 3 + inside;
      } else prev = prev + 1 + r.varint();
      positions[total++] = prev;
    }
    offsets[i + 1] = total;
  }
  return {
    speeches,
    offsets,
    positions: positions.subarray(0, total),
    starts: starts?.subarray(0, total) ?? null,
    ends: ends?.subarray(0, total) ?? null,
  };
}

/** An x3 position list (no spans) of `l`: the inverse of `decodePositions(blob, false)`. */
export function encodePositions(l: PositionList): Uint8Array {
  const w = new ByteWriter(16 + l.positions.length * 3 + l.speeches.length * 2);
  w.varint(l.speeches.length);
  let prevSpeech = -1;
  for (let s = 0; s < l.speeches.length; s++) {
    w.varint(l.speeches[s]! - prevSpeech - 1);
    prevSpeech = l.speeches[s]!;
    const from = l.offsets[s]!;
    const to = l.offsets[s + 1]!;
    w.varint(to - from - 1);
    let prev = -1;
    for (let i = from; i < to; i++) {
      w.varint(l.positions[i]! - prev - 1);
      prev = l.positions[i]!;
    }
  }
  return w.view().slice();
}
