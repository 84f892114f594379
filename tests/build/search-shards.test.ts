/**
 * A rebuild on a warm cache after one speech changed: the speech is re-ingested and keeps
 * its URL, and only its search shard (src/lib/search/index-shards.ts) is re-indexed.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, ROOT, TMP } from '../helpers/build-site.ts';
import { shardCount, shardOf, shardPath } from '../../src/lib/search/index-shards.ts';
import { readCatalog } from '../helpers/dist-pages.ts';

const entryHash = (dist: string, k: number) => Object.values(JSON.parse(readFileSync(join(dist, shardPath(k), 'pagefind-entry.json'), 'utf8')).languages as Record<string, { hash: string }>)[0]!.hash;

describe('search index shards on rebuild', () => {
  it('re-indexes only the shard of the speech that changed', () => {
    const raw = join(TMP, 'shards', 'raw');
    rmSync(raw, { recursive: true, force: true });
    mkdirSync(raw, { recursive: true });
    cpSync(join(ROOT, 'content/raw'), raw, { recursive: true });
    const env = { ARCHIVE_RAW: raw, ARCHIVE_SHARD_SIZE: '2' };

    const first = buildSite('shards', env);
    expect(first.status, first.output).toBe(0);
    expect(first.output).toMatch(/indexed 5 speeches in \d+ ms \(3 shard\(s\): 3 re-indexed, 0 reused\)/);
    const before = [0, 1, 2].map((k) => entryHash(first.outDir, k));
    const urls = (dist: string) => readCatalog(dist).map((s) => s.url);
    const firstUrls = urls(first.outDir);

    const file = readdirSync(raw).find((f) => f.startsWith('002_'))!;
    writeFileSync(join(raw, file), readFileSync(join(raw, file), 'utf8').replace('同志们', '同志们，朋友们'));
    const second = buildSite('shards', env);
    expect(second.status, second.output).toBe(0);
    // The re-ingested speech keeps its URL (it once came back as /speeches/pending/ from a warm cache).
    expect(urls(second.outDir)).toEqual(firstUrls);
    expect(second.output).toMatch(/1 ingested, 4 unchanged/);
    expect(second.output).toMatch(/\(3 shard\(s\): 1 re-indexed, 2 reused\)/);

    const catalog = readCatalog(second.outDir);
    const changed = shardOf(catalog.find((s) => s.source === file)!.url, shardCount(5, 2));
    const after = [0, 1, 2].map((k) => entryHash(second.outDir, k));
    expect(after.map((h, k) => h !== before[k])).toEqual([0, 1, 2].map((k) => k === changed));
  });
});
