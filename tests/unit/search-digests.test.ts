// The search stage's digests of each speech's text and text chunks, kept by data key
// (src/integrations/search-digests.ts): a rebuild hashes only new and changed speeches,
// and every digest is the one hashing every speech gives.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunksDigest, speechDigests } from '../../src/integrations/search-digests.ts';
import { textDigest } from '../../src/lib/search/build/update-index.ts';

/** Speeches as the stage sees them: a data key, a text, its chunks. */
const speech = (key: string, text: string) => ({ key, text, chunks: [`{"text":${JSON.stringify(text)}}`] });
const fresh = (list: readonly ReturnType<typeof speech>[]) => list.map((s) => [textDigest(s.text), chunksDigest(s.chunks)]);

describe('the search digests of each speech, kept', () => {
  it('hashes only speeches whose data key is not kept, and gives the digests of hashing every speech', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'search-digests-'));
    try {
      const run = (list: readonly ReturnType<typeof speech>[], base = '/') =>
        speechDigests(
          dir,
          base,
          list.length,
          (n) => list[n]!.key,
          (n) => list[n]!.text,
          (n) => list[n]!.chunks,
        );
      const first = [speech('a', '第一篇讲话。'), speech('b', '第二篇讲话。'), speech('c', '第三篇讲话。')];
      const one = await run(first);
      expect(one.computed).toBe(3);
      expect(one.digests).toEqual(fresh(first));

      // One speech edited (a new data key), one added, one removed; the list's order changes too.
      const second = [speech('c', '第三篇讲话。'), speech('a2', '第一篇讲话，改过。'), speech('d', '新的一篇。')];
      const two = await run(second);
      expect(two.computed).toBe(2);
      expect(two.digests).toEqual(fresh(second));
      expect(two.digests[1]).not.toEqual(one.digests[0]);

      // Another base path (the chunks hold URLs): nothing kept is used.
      expect((await run(second, '/archive/')).computed).toBe(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
