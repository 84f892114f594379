// The search index on disk (src/lib/search/build/write-index.ts): the manifest a build
// leaves beside the index files, read back (or null when there is none or it is damaged,
// so the next build writes the index anew), and the file source the tests and the bench
// read the index through (a missing file is "no such gram", any other failure is an error).
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeSource, readManifest, writeSearchIndex } from '../../src/lib/search/build/write-index.ts';
import { SearchIndex } from '../../src/lib/search/shared/engine.ts';
import { FORMAT, MANIFEST, VERSION } from '../../src/lib/search/shared/format.ts';
import { searchText } from '../../src/lib/search/shared/text.ts';
import { loadSeed } from './fixtures/ingest-helpers.ts';

const texts = ['000', '001', '002', '003', '004'].map((p) => searchText(loadSeed(p).speech.blocks));
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'search-index-files-'));
  await writeSearchIndex(texts, join(dir, 'index'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the manifest', () => {
  it('says what was indexed, in this format and version', () => {
    const m = readManifest(join(dir, 'index'))!;
    expect(m).not.toBeNull();
    expect(m.format).toBe(FORMAT);
    expect(m.version).toBe(VERSION);
    expect(m.speeches).toBe(texts.length);
  });

  it('is null where there is no index, or its manifest is damaged', () => {
    mkdirSync(join(dir, 'empty'));
    expect(readManifest(join(dir, 'empty'))).toBeNull();
    mkdirSync(join(dir, 'damaged'));
    writeFileSync(join(dir, 'damaged', MANIFEST), '{"format":');
    expect(readManifest(join(dir, 'damaged'))).toBeNull();
  });
});

describe('the file source', () => {
  it('gives the bytes of an index file, null for a file that is not there', async () => {
    const source = nodeSource(join(dir, 'index'));
    const manifest = await source.get(MANIFEST);
    expect(JSON.parse(new TextDecoder().decode(manifest!)).speeches).toBe(texts.length);
    expect(await source.get('no-such-kind/0.bin')).toBeNull();
  });

  it('fails loudly on anything else (a folder where a file should be)', async () => {
    mkdirSync(join(dir, 'index', 'not-a-file.bin'));
    await expect(nodeSource(join(dir, 'index')).get('not-a-file.bin')).rejects.toThrow(/EISDIR|illegal operation on a directory/);
  });

  it('serves an index that finds what the speeches say', async () => {
    const index = await SearchIndex.open(nodeSource(join(dir, 'index')));
    const found = await index.find('主题教育');
    expect(found.hits.length).toBe(texts.filter((t) => t.includes('主题教育')).length);
  });
});

describe('a file that fails to load', () => {
  it('fails the query, and is asked for again by the next one, which then succeeds', async () => {
    const at = join(dir, 'index');
    const probe = await SearchIndex.open(nodeSource(at));
    const want = await probe.find('整改工作');
    expect(want.hits.length).toBeGreaterThan(0);
    // A fresh index (nothing loaded yet) meets the same query with a bucket it needs unreadable.
    const index = await SearchIndex.open(nodeSource(at));
    // The last bucket it read (the common lists load beside the query, in no fixed order).
    const broken = [probe.pathsFetched.filter((p) => /^[a-z0-9]+\/\d+\.bin$/.test(p)).at(-1)!];
    expect(broken[0]).toMatch(/^[a-z0-9]+\/\d+\.bin$/);
    for (const f of broken) {
      renameSync(join(at, f), join(at, `${f}.away`));
      mkdirSync(join(at, f));
    }
    await expect(index.find('整改工作')).rejects.toThrow(/EISDIR|directory/);
    for (const f of broken) {
      rmSync(join(at, f), { recursive: true });
      renameSync(join(at, `${f}.away`), join(at, f));
    }
    expect((await index.find('整改工作')).hits).toEqual(want.hits);
  });
});
