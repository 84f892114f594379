/**
 * What keeps the n-gram index's part of the build's peak memory down (docs/PERFORMANCE.md,
 * "Peak memory of the build"): the worker threads read the texts from one shared buffer
 * instead of a copy each, and the search stage learns when the first worker has finished
 * (its arrays let go) so that Pagefind starts then, not beside both.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toUnits, writeSearchIndex } from '../../src/lib/search/build/write-index.ts';
import { MANIFEST } from '../../src/lib/search/shared/format.ts';
import { seedTexts } from './fixtures/search-index-oracle.ts';

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

  it('says when the first of two worker threads has finished, once, before the index is written', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'index-memory-')), 'index');
    const calls: boolean[] = [];
    await writeSearchIndex(seedTexts(), dir, {
      partitions: 2,
      threads: 2,
      // The manifest is the index's last file: absent while the other worker still writes.
      onHalfDone: () => calls.push(existsSync(join(dir, MANIFEST))),
    });
    expect(calls).toEqual([false]);
    expect(existsSync(join(dir, MANIFEST))).toBe(true);
  }, 60_000);
});
