/**
 * What keeps the n-gram index's part of the build's peak memory down (docs/PERFORMANCE.md,
 * "Peak memory of the build"): the worker threads read the texts from one shared buffer
 * instead of a copy each, and the index reads its texts before it returns, so the search
 * stage lets the strings go while the index is written (session 8).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { updateSearchIndex } from '../../src/lib/search/build/update-index.ts';
import { nodeSource, toUnits } from '../../src/lib/search/build/write-index.ts';
import { SearchIndex } from '../../src/lib/search/shared/engine.ts';
import { seedTexts } from './fixtures/search-index-oracle.ts';

/** Every file under `dir`, relative, with its bytes. */
const tree = (dir: string) =>
  new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [join(e.parentPath, e.name).slice(dir.length), readFileSync(join(e.parentPath, e.name)).toString('base64')]),
  );

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

  it('has read the texts when it returns: emptied right after the call, whole or as a delta, the index is the same', async () => {
    const texts = seedTexts();
    const root = mkdtempSync(join(tmpdir(), 'search-index-texts-'));
    const kept = join(root, 'kept');
    const emptied = join(root, 'emptied');
    for (const threads of [1, 2]) {
      const full = await updateSearchIndex([...texts], kept, null, { partitions: 2, threads });
      const given = [...texts];
      const writing = updateSearchIndex(given, emptied, null, { partitions: 2, threads });
      given.fill('');
      expect((await writing).state).toEqual(full.state);
      expect(tree(emptied)).toEqual(tree(kept));
      // A rebuild with one text changed: a delta over the base, read from the texts as given.
      const changed = texts.map((t, i) => (i === 1 ? `${t}又及：新加的一句话。` : t));
      cpSync(kept, `${kept}-base`, { recursive: true });
      const delta = await updateSearchIndex([...changed], kept, full.state, { partitions: 2, threads });
      expect(delta.mode).toBe('delta');
      const later = [...changed];
      const writingDelta = updateSearchIndex(later, `${kept}-base`, full.state, { partitions: 2, threads });
      later.fill('');
      expect((await writingDelta).state).toEqual(delta.state);
      expect(tree(`${kept}-base`)).toEqual(tree(kept));
      const index = await SearchIndex.open(nodeSource(`${kept}-base`));
      expect((await index.find('新加的一句话')).hits.map((h) => h.speech)).toEqual([1]);
    }
  }, 120_000);
});
