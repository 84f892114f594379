// A rebuild's index: a delta segment over the last build's index answers exactly as an
// index written whole would (brute force over the texts now), and the index is written
// whole again when too much changed or the folder does not hold the base the state names.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deltaLimit, planDelta, updateSearchIndex } from '../../src/lib/search/build/update-index.ts';
import { nodeSource } from '../../src/lib/search/build/write-index.ts';
import { SearchIndex } from '../../src/lib/search/shared/engine.ts';
import { decodeIdMap, encodeIdMap } from '../../src/lib/search/shared/format.ts';
import { expectLikeOracle, phraseArbitrary, seedTexts } from './fixtures/search-index-oracle.ts';

const seeds = seedTexts();
// Ten texts: the seeds and their first halves (so texts share much of their wording).
const before = [...seeds, ...seeds.map((t) => t.slice(0, Math.floor(t.length / 2)))];
const ADDED = '这是一篇新加的讲话。\n我们要坚持以人民为中心的发展思想，推动高质量发展，统筹发展和安全。';
const CHANGED = '这是为测量增量构建而追加的一句话。';
// One text changed, one added in the middle, one removed, two swapped (a date changed).
const after = [...before];
after[2] = `${after[2]}${CHANGED}`;
after.splice(4, 0, ADDED);
after.splice(8, 1);
[after[0], after[1]] = [after[1]!, after[0]!];

const open = (dir: string) => SearchIndex.open(nodeSource(dir));

describe('search index delta', () => {
  it('maps base ids to ids now by text, and lists the texts no base speech is', () => {
    const plan = planDelta(['a', 'b', 'c', 'c', 'd'], ['b', 'a', 'c', 'x', 'd', 'c', 'y']);
    expect([...plan.base]).toEqual([1, 0, 2, 5, 4]);
    expect(plan.delta).toEqual([3, 6]);
    expect(planDelta(['a', 'b'], ['a']).base).toEqual(Int32Array.from([0, -1]));
  });

  it('encodes the id map as runs and reads it back', () => {
    const base = Int32Array.from([0, 1, 2, -1, -1, 4, 5, 3, 7]);
    const delta = Int32Array.from([6, 8]);
    const bytes = encodeIdMap(base, delta);
    expect(decodeIdMap(bytes)).toEqual({ base, delta });
    expect(bytes.length).toBeLessThan(20);
  });

  it('answers like brute force over the texts now: one changed, one added, one removed, two reordered', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'search-delta-'));
    const first = await updateSearchIndex(before, dir, null, { partitions: 2 });
    expect(first.mode).toBe('full');
    const second = await updateSearchIndex(after, dir, first.state, { partitions: 2 });
    expect(second).toMatchObject({ mode: 'delta', delta: 2 });
    expect(second.state.base).toEqual(first.state.base);
    const index = await open(dir);
    expect(index.speeches).toBe(after.length);
    for (const phrase of [CHANGED, '统筹发展和安全', '以人民为中心', '发展', '的', '。我们', before[8]!.slice(10, 17), '并不存在的一句话'])
      await expectLikeOracle(index, after, phrase);
    await fc.assert(
      fc.asyncProperty(phraseArbitrary(after), async (phrase) => expectLikeOracle(index, after, phrase)),
      { numRuns: 150, seed: 20261202 },
    );
  }, 120_000);

  it('keeps the base alone when the texts are the base again, and writes whole when too much changed or the base is not the one the state names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'search-delta-'));
    const first = await updateSearchIndex(before, dir, null, { partitions: 1 });
    const delta = await updateSearchIndex(after, dir, first.state);
    expect(delta.mode).toBe('delta');
    const back = await updateSearchIndex(before, dir, delta.state);
    expect(back).toMatchObject({ mode: 'delta', delta: 0 });
    expect(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).delta).toBeUndefined();
    await expectLikeOracle(await open(dir), before, '发展');

    const many = Array.from({ length: deltaLimit(before.length) + 1 }, (_, i) => `${ADDED}${i}`);
    expect((await updateSearchIndex([...before, ...many], dir, back.state)).mode).toBe('full');

    const again = await updateSearchIndex(before, dir, null);
    writeFileSync(join(dir, 'manifest.json'), readFileSync(join(dir, 'manifest.json'), 'utf8').replace('}', ', "touched": true}'));
    expect((await updateSearchIndex(after, dir, again.state)).mode).toBe('full');
    await expectLikeOracle(await open(dir), after, CHANGED);
  }, 120_000);
});
