// Whether the search stage runs beside the pages (src/integrations/search-beside.ts): only
// when the change is small work (few speeches to compute, the index a delta, the text
// folders kept); a larger change waits for the pages, as a full build's stage must.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StoredContent } from '../../src/integrations/content-store.ts';
import { decideByKeys, decidePrepared, unkeptSpeeches } from '../../src/integrations/search-beside.ts';
import { glossaryKey, saveConceptSlugs } from '../../src/integrations/search-concepts.ts';
import { speechDigests } from '../../src/integrations/search-digests.ts';
import type { PreparedSearch } from '../../src/integrations/search-stage.ts';
import { textDigest, updateSearchIndex, type IndexState } from '../../src/lib/search/build/update-index.ts';

const texts = Array.from({ length: 40 }, (_, n) => `第${n}篇讲话：我们要坚持以人民为中心的发展思想，推动第${n}项工作。`);

/** What prepareSearchStage would have worked out for `now`, over the last build's index `index`. */
function prepared(now: readonly string[], index: IndexState | null, last: Partial<PreparedSearch['last']> = {}): PreparedSearch {
  return {
    input: { speeches: now.map(() => ({})), keys: [], quick: [], matched: 0 } as unknown as PreparedSearch['input'],
    digests: now.map((t) => [textDigest(t), '']),
    computed: now.filter((t, n) => t !== texts[n]).length,
    last: { text: [], dictionary: { bytes: '', speeches: now.length }, textKept: true, index, quick: null, ...last },
    ms: {},
  };
}

describe('the search stage beside the pages', () => {
  it('waits for the pages when more speeches are to be computed than a delta of the index may hold', () => {
    // 1 % of the archive, at least 32.
    expect(decideByKeys(100, 10_000)).toBeNull();
    expect(decideByKeys(101, 10_000)).toEqual({ beside: false, why: '101 speeches to compute, more than 100' });
    expect(decideByKeys(32, 40)).toBeNull();
    expect(decideByKeys(33, 40)?.beside).toBe(false);
  });

  it('counts the speeches whose concepts or digests the last build did not keep, by data key', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'search-beside-'));
    try {
      const stored = (keys: (string | null)[]) =>
        ({ speeches: keys.map(() => ({})), speechKeys: keys, concepts: [] }) as unknown as StoredContent;
      expect(await unkeptSpeeches(stored(['a', 'b', 'c']), cache, '/')).toBe(3);
      await speechDigests(
        cache,
        '/',
        3,
        (n) => 'abc'[n]!,
        () => '',
        () => [],
      );
      await saveConceptSlugs(cache, glossaryKey([]), new Map(['a', 'b', 'c'].map((k) => [k, []])));
      // One edited (a new key), one added, one without a key (never kept).
      expect(await unkeptSpeeches(stored(['a', 'b2', 'c', 'd', null]), cache, '/')).toBe(3);
      // Another base path: no digest is kept.
      expect(await unkeptSpeeches(stored(['a', 'b', 'c']), cache, '/archive/')).toBe(3);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });

  it('runs beside the pages when the index is a delta and the text folders are kept; else after them', async () => {
    const site = mkdtempSync(join(tmpdir(), 'search-beside-'));
    try {
      const { state } = await updateSearchIndex(texts, join(site, 'search-index'), null, { partitions: 1 });
      const edited = texts.map((t, n) => (n === 7 ? `${t}追加的一句话。` : t));
      expect(decidePrepared(prepared(edited, state), site)).toEqual({
        beside: true,
        why: '1 speech(es) hashed, the index a delta of 1, at most 32 for this',
      });
      // More texts changed than a delta holds: the index is written whole, after the pages.
      const many = texts.map((t, n) => (n < 33 ? `${t}改。` : t));
      expect(decidePrepared(prepared(many, state), site)).toEqual({ beside: false, why: 'the n-gram index written whole' });
      // No index of the last build's (a first build), or not the one in the folder.
      expect(decidePrepared(prepared(edited, null), site).beside).toBe(false);
      expect(decidePrepared(prepared(edited, { ...state, manifest: 'another' }), site).beside).toBe(false);
      // The text folders not the last build's, or their dictionary made again: every folder is written.
      expect(decidePrepared(prepared(edited, state, { textKept: false }), site)).toEqual({
        beside: false,
        why: 'every text folder written again',
      });
      expect(decidePrepared(prepared(edited, state, { dictionary: { bytes: '', speeches: 20 } }), site).beside).toBe(false);
      expect(decidePrepared(prepared(edited, state, { dictionary: null }), site).beside).toBe(false);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });
});
