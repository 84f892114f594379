// The n-gram index's byte codecs: varints, count and position lists, bucket directories, gram keys.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeCounts,
  decodeKeys,
  decodePositions,
  encodeBucket,
  encodeCounts,
  encodeKeys,
  findInBucket,
  gramHash,
  gramKey,
} from '../../src/lib/search/shared/format.ts';
import { coveringOffsets } from '../../src/lib/search/shared/engine.ts';
import { ByteReader, ByteWriter } from '../../src/lib/search/shared/varint.ts';

describe('varints', () => {
  it('round-trip every integer up to 2^53 − 1, in as many bytes as 7-bit groups', () => {
    fc.assert(
      fc.property(fc.array(fc.maxSafeNat(), { maxLength: 50 }), (ns) => {
        const w = new ByteWriter(1);
        for (const n of ns) w.varint(n);
        const r = new ByteReader(w.view());
        expect(ns.map(() => r.varint())).toEqual(ns);
        expect(r.done).toBe(true);
      }),
    );
    const w = new ByteWriter();
    for (const n of [0, 127, 128, 16383, 16384, 2 ** 32, 2 ** 53 - 1]) w.varint(n);
    expect([...w.view()].length).toBe(1 + 1 + 2 + 2 + 3 + 5 + 8);
  });

  it('refuse negative, fractional and unsafe numbers, and truncated input', () => {
    const w = new ByteWriter();
    for (const bad of [-1, 1.5, 2 ** 53, NaN]) expect(() => w.varint(bad)).toThrow(RangeError);
    expect(() => new ByteReader(Uint8Array.of(0x80)).varint()).toThrow(/truncated/);
  });
});

describe('lists', () => {
  it('count lists round-trip', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat(100_000)),
        fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 200, maxLength: 200 }),
        (ids, counts) => {
          const speeches = ids.sort((a, b) => a - b).slice(0, 200);
          const w = new ByteWriter();
          encodeCounts(speeches, counts, speeches.length, w);
          const d = decodeCounts(w.view());
          expect([...d.speeches]).toEqual(speeches);
          expect([...d.counts]).toEqual(counts.slice(0, speeches.length));
        },
      ),
    );
  });

  it('position lists decode what the format says: speech gaps, counts − 1, position gaps', () => {
    // Speech 2 at 0 and 5; speech 7 at 100.
    const w = new ByteWriter();
    for (const v of [2, 2, 1, 0, 4, 4, 0, 100]) w.varint(v);
    const d = decodePositions(w.view(), false);
    expect([...d.speeches]).toEqual([2, 7]);
    expect([...d.offsets]).toEqual([0, 2, 3]);
    expect([...d.positions]).toEqual([0, 5, 100]);
    // Stripped: speech 0 at 3 (2 units removed before, 1 inside) and 9 (no more removed).
    const s = new ByteWriter();
    for (const v of [1, 0, 1, 3 * 2 + 1, 2, 1, 5 * 2]) s.varint(v);
    const p = decodePositions(s.view(), true);
    expect([...p.positions]).toEqual([3, 9]);
    expect([...p.starts!]).toEqual([5, 11]);
    expect([...p.ends!]).toEqual([9, 14]);
  });
});

describe('buckets and keys', () => {
  it('find each gram of a bucket, common grams as such, absent ones as null', () => {
    const keys = [5, 6, 1000, 2 ** 47 + 3];
    const blobs = [Uint8Array.of(1, 2), null, Uint8Array.of(3), Uint8Array.of(4, 5, 6)];
    const b = encodeBucket(keys, blobs);
    expect([...(findInBucket(b, 5) as Uint8Array)]).toEqual([1, 2]);
    expect(findInBucket(b, 6)).toBe('common');
    expect([...(findInBucket(b, 1000) as Uint8Array)]).toEqual([3]);
    expect([...(findInBucket(b, 2 ** 47 + 3) as Uint8Array)]).toEqual([4, 5, 6]);
    for (const k of [0, 7, 999, 2 ** 47]) expect(findInBucket(b, k)).toBeNull();
    expect(findInBucket(encodeBucket([], []), 5)).toBeNull();
  });

  it('key lists round-trip', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(2 ** 48)), (keys) => {
        const sorted = keys.sort((a, b) => a - b);
        expect(decodeKeys(encodeKeys(sorted))).toEqual(sorted);
      }),
    );
  });

  it('gram keys pack code units; hashes are fixed 32-bit values', () => {
    expect(gramKey('人民')).toBe(0x4eba * 65536 + 0x6c11);
    expect(gramKey('为人民服务', 1, 3)).toBe(gramKey('人民服'));
    expect(gramKey('𠮷')).toBe(0xd842 * 65536 + 0xdfb7);
    // Fixed values: a change here changes every bucket a browser looks in (bump the format version).
    expect([gramHash(0), gramHash(gramKey('的')), gramHash(gramKey('人民服'))]).toEqual([0, 851603479, 2225298415]);
  });

  it('covering trigrams touch or overlap and reach the end', () => {
    expect(coveringOffsets(3)).toEqual([0]);
    expect(coveringOffsets(4)).toEqual([0, 1]);
    expect(coveringOffsets(6)).toEqual([0, 3]);
    expect(coveringOffsets(7)).toEqual([0, 3, 4]);
    expect(coveringOffsets(12)).toEqual([0, 3, 6, 9]);
  });
});
