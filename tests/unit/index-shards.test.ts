import { describe, expect, it } from 'vitest';
import { shardLanguage, shardPath } from '../../src/lib/search/index-shards.ts';
import { shardSize } from '../../src/lib/site/env.ts';

describe('search index shards', () => {
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
