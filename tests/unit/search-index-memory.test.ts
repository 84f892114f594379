/**
 * What keeps the n-gram index's part of the build's peak memory down (docs/PERFORMANCE.md,
 * "Peak memory of the build"): the worker threads read the texts from one shared buffer
 * instead of a copy each.
 */
import { describe, expect, it } from 'vitest';
import { toUnits } from '../../src/lib/search/build/write-index.ts';

describe('search index memory', () => {
  it('hands the worker threads the texts as one SharedArrayBuffer of code units, every unit kept', () => {
    const texts = ['发展', '', '𠀀（注）\n下面', 'abc'];
    const { units, offsets } = toUnits(texts);
    expect(units.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(offsets.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect([...offsets]).toEqual([0, 2, 2, 10, 13]);
    const back = texts.map((_, i) => String.fromCharCode(...units.subarray(offsets[i], offsets[i + 1])));
    expect(back).toEqual(texts);
  });
});
