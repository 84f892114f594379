import { describe, expect, it } from 'vitest';
import { shardCount, shardLanguage, shardOf, shardPath } from '../../src/lib/search/index-shards.ts';
import { shardSize } from '../../src/lib/site/env.ts';

const urls = Array.from({ length: 10_000 }, (_, i) => `/speeches/${2012 + (i % 14)}-${i.toString(36)}/`);

describe('search index shards', () => {
  it('uses one shard up to the shard size, then one more per shard size', () => {
    expect([0, 1, 1000, 1001, 10_000].map((n) => shardCount(n, 1000))).toEqual([1, 1, 1, 2, 10]);
  });

  it('puts a speech in the same shard whatever else is in the archive, and fills shards evenly', () => {
    const sizes = new Array<number>(10).fill(0);
    for (const url of urls) sizes[shardOf(url, 10)]!++;
    expect(Math.min(...sizes)).toBeGreaterThan(900);
    expect(Math.max(...sizes)).toBeLessThan(1100);
    // Depends on the URL alone: these are fixed, so a cached shard stays valid from build to build.
    expect(['/speeches/2019-11-12-zqsdep/', '/speeches/2016-qslxyzxxjygzdbh/'].map((u) => shardOf(u, 10))).toEqual([3, 9]);
  });

  it('gives every shard its own Pagefind language code (record ids stay unique) and folder', () => {
    expect(new Set(Array.from({ length: 12 }, (_, k) => shardLanguage(k))).size).toBe(12);
    expect([0, 1, 11].map(shardPath)).toEqual(['pagefind/', 'pagefind/s1/', 'pagefind/s11/']);
  });

  it('reads ARCHIVE_SHARD_SIZE, and names the variable when it is not a whole number', () => {
    expect(shardSize({})).toBe(1000);
    expect(shardSize({ ARCHIVE_SHARD_SIZE: '250' })).toBe(250);
    expect(() => shardSize({ ARCHIVE_SHARD_SIZE: '0' })).toThrow(/ARCHIVE_SHARD_SIZE="0"/);
    expect(() => shardSize({ ARCHIVE_SHARD_SIZE: '2k' })).toThrow(/whole number/);
  });
});
