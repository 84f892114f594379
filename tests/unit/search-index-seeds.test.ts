// The n-gram index built from the five seed speeches answers exactly as brute force over their text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeSearchIndex } from '../../src/lib/search/build/write-index.ts';
import { buildIndex, expectLikeOracle, phraseArbitrary, seedTexts } from './fixtures/search-index-oracle.ts';

const texts = seedTexts();

describe('search index of the seeds', async () => {
  // Several partitions and tiny buckets, so that hash partitions, buckets and common-gram files all occur.
  const { index } = await buildIndex(texts, { partitions: 3, bucketBytes: 512, commonBytes: 256 });
  const { index: plain } = await buildIndex(texts);

  it('finds what brute force finds: random substrings, across paragraph breaks, absent strings (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(phraseArbitrary(texts), async (phrase) => {
        await expectLikeOracle(index, texts, phrase);
        await expectLikeOracle(plain, texts, phrase);
      }),
      { numRuns: 600, seed: 20261201 },
    );
  }, 300_000);

  it('finds what brute force finds in small random texts over a tiny alphabet: overlaps, punctuation runs, breaks (fast-check)', async () => {
    // Repeats weight the draw towards 哈, so that phrases overlap themselves.
    const units = [...'哈哈哈哈哈啊啊，、。 \n𠮷'];
    const unit = fc.integer({ min: 0, max: units.length - 1 }).map((i) => units[i]!);
    const text = fc.array(unit, { maxLength: 60 }).map((a) => a.join(''));
    const phrase = fc.array(unit, { minLength: 1, maxLength: 7 }).map((a) => a.join(''));
    await fc.assert(
      fc.asyncProperty(
        fc.array(text, { minLength: 1, maxLength: 6 }),
        fc.array(phrase, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 3 }),
        async (small, phrases, partitions) => {
          const { index: tiny } = await buildIndex(small, { partitions, bucketBytes: 64, commonBytes: 48 });
          for (const p of phrases) await expectLikeOracle(tiny, small, p);
        },
      ),
      { numRuns: 60, seed: 20261202 },
    );
  }, 300_000);

  it('answers fixed cases: common words, punctuation alone, characters beyond the BMP, absent phrases', async () => {
    for (const phrase of ['的', '发展', '，', '。\n', '同志们：', '要坚持', '全面从严治党', '𠮷', '𠮷𠮷𠮷', '没有这样一句话的讲话稿', '不'])
      await expectLikeOracle(index, texts, phrase);
  }, 60_000);

  it("answers the same in 300 partitions, past what a byte can number (a gram's partition then takes two bytes)", async () => {
    const { index: many } = await buildIndex(texts, { partitions: 300 });
    for (const phrase of ['的', '发展', '，', '。\n', '同志们：', '要坚持', '全面从严治党', '没有这样一句话的讲话稿', '不'])
      await expectLikeOracle(many, texts, phrase);
    await fc.assert(
      fc.asyncProperty(phraseArbitrary(texts), async (phrase) => expectLikeOracle(many, texts, phrase)),
      { numRuns: 100, seed: 20261203 },
    );
  }, 120_000);

  it('matches ignoring punctuation only when the exact phrase is absent, and says so', async () => {
    // A phrase of the seeds with its punctuation taken out: found ignoring punctuation, spanning the original.
    const text = texts.find((t) => /[\u4e00-\u9fff]{3}，[\u4e00-\u9fff]{3}/.test(t))!;
    const sample = /[\u4e00-\u9fff]{3}，[\u4e00-\u9fff]{3}/.exec(text)![0];
    const joined = sample.replace('，', '');
    const r = await index.find(joined);
    expect(r.mode).toBe('ignoring-punctuation');
    const speech = texts.indexOf(text);
    const hit = r.hits.find((h) => h.speech === speech)!;
    expect(hit).toBeTruthy();
    const spans = [...hit.positions!].map((p, i) => text.slice(p, p + hit.lengths![i]!));
    expect(spans).toContain(sample);
    expect((await index.find(sample)).mode).toBe('exact');
  });

  it('counts non-overlapping occurrences, leftmost first, as String.split does', async () => {
    const { index: tiny } = await buildIndex(['哈哈哈哈哈', '哈哈哈\n哈哈哈哈', '哈、哈哈哈']);
    expect((await tiny.find('哈哈')).hits.map((h) => h.count)).toEqual([2, 3, 1]);
    expect((await tiny.find('哈哈哈')).hits.map((h) => [h.speech, h.count, [...h.positions!]])).toEqual([
      [0, 1, [0]],
      [1, 2, [0, 4]],
      [2, 1, [2]],
    ]);
    const loose = await tiny.find('哈哈哈哈', { punctuation: 'ignoring-punctuation' });
    expect(loose.hits.map((h) => [h.speech, h.count, [...h.positions!], [...h.lengths!]])).toEqual([
      [0, 1, [0], [4]],
      [1, 1, [4], [4]],
      [2, 1, [0], [5]],
    ]);
  });

  it('handles no speeches and empty speeches', async () => {
    const { index: none } = await buildIndex([]);
    expect(none.speeches).toBe(0);
    expect((await none.find('发展')).hits).toEqual([]);
    const { index: empty } = await buildIndex(['', '发展', '']);
    expect((await empty.find('发展')).hits.map((h) => h.speech)).toEqual([1]);
  });

  it('writes byte-identical files for the same input, in one thread or two', async () => {
    const a = await buildIndex(texts, { partitions: 2, threads: 1 });
    const b = await buildIndex(texts, { partitions: 2, threads: 2 });
    const files = (dir: string) =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name).slice(dir.length))
        .sort();
    expect(files(a.dir)).toEqual(files(b.dir));
    for (const f of files(a.dir)) expect(readFileSync(join(b.dir, f)).equals(readFileSync(join(a.dir, f))), f).toBe(true);
  }, 120_000);

  it('fetches only the manifest, then a few small files per query', async () => {
    const { index: fresh } = await buildIndex(texts);
    expect(fresh.pathsFetched).toEqual(['manifest.json']);
    await fresh.find('全面从严治党', { punctuation: 'exact' });
    expect(fresh.pathsFetched.length).toBeLessThanOrEqual(1 + 2 * 2);
  }, 60_000);

  it("fetches a common gram's own file without its bucket once the common list is loaded", async () => {
    const { dir, index: fresh } = await buildIndex(texts, { bucketBytes: 512, commonBytes: 40 });
    const { decodeKeys, gramHash, bucketPath } = await import('../../src/lib/search/shared/format.ts');
    const keys = decodeKeys(gunzipSync(readFileSync(join(dir, 'x3/common.bin'))));
    expect(keys.length).toBeGreaterThan(2);
    const phrase = (key: number) => String.fromCharCode(Math.floor(key / 2 ** 32), Math.floor(key / 65536) % 65536, key % 65536);
    await fresh.find(phrase(keys[0]!), { punctuation: 'exact' });
    // The query started loading the common list and went on through the bucket without
    // waiting for it: wait for that load (asked for once), not for a fixed time.
    await fresh.warm(['x3']);
    expect(fresh.pathsFetched.filter((p) => p === 'x3/common.bin')).toHaveLength(1);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { buckets: { x3: number } };
    const later = keys.find((k) => !fresh.pathsFetched.includes(bucketPath('x3', gramHash(k) % manifest.buckets.x3)))!;
    const before = fresh.pathsFetched.length;
    const r = await fresh.find(phrase(later), { punctuation: 'exact' });
    expect(r.hits.length).toBeGreaterThan(0);
    expect(fresh.pathsFetched.slice(before)).toEqual([`x3/c/${later.toString(36)}.bin`]);
  });

  it('reads a common gram of 1 or 2 characters from its own file alone once warm() loaded the common lists', async () => {
    // Count lists of five speeches are a few bytes: a small threshold makes some common.
    const { dir, index: fresh } = await buildIndex(texts, { bucketBytes: 512, commonBytes: 8 });
    const { decodeKeys } = await import('../../src/lib/search/shared/format.ts');
    await fresh.warm();
    for (const kind of ['x1', 'x2'] as const) {
      expect(fresh.pathsFetched).toContain(`${kind}/common.bin`);
      const keys = decodeKeys(gunzipSync(readFileSync(join(dir, `${kind}/common.bin`))));
      expect(keys.length).toBeGreaterThan(0);
      const key = keys[0]!;
      const gram = kind === 'x1' ? String.fromCharCode(key) : String.fromCharCode(Math.floor(key / 65536), key % 65536);
      const before = fresh.pathsFetched.length;
      const r = await fresh.find(gram, { punctuation: 'exact' });
      expect(r.hits.length).toBeGreaterThan(0);
      expect(fresh.pathsFetched.slice(before)).toEqual([`${kind}/c/${key.toString(36)}.bin`]);
    }
  });

  it('reads a common trigram without punctuation from its exact view, not its p3 list', async () => {
    const { dir, index: fresh } = await buildIndex(texts, { bucketBytes: 512, commonBytes: 40 });
    const { decodeKeys } = await import('../../src/lib/search/shared/format.ts');
    const keys = decodeKeys(gunzipSync(readFileSync(join(dir, 'p3/common.bin'))));
    const phrase = (key: number) => String.fromCharCode(Math.floor(key / 2 ** 32), Math.floor(key / 65536) % 65536, key % 65536);
    // A common p3 trigram that occurs in the text as written (not only across punctuation).
    const key = keys.find((k) => texts.some((t) => t.includes(phrase(k))))!;
    const r = await fresh.find(phrase(key), { punctuation: 'exact' });
    expect(r.hits.map((h) => [h.speech, h.count])).toEqual(
      texts.flatMap((t, speech) => (t.includes(phrase(key)) ? [[speech, t.split(phrase(key)).length - 1]] : [])),
    );
    expect(fresh.pathsFetched).toContain(`p3/e/${key.toString(36)}.bin`);
    expect(fresh.pathsFetched).not.toContain(`p3/c/${key.toString(36)}.bin`);
  });

  it('refuses an index of another format version, naming the file', async () => {
    const { dir } = await buildIndex(['发展']);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ format: 'archive-ngram-index', version: 0 }));
    const { SearchIndex } = await import('../../src/lib/search/shared/engine.ts');
    const { nodeSource } = await import('../../src/lib/search/build/write-index.ts');
    await expect(SearchIndex.open(nodeSource(dir))).rejects.toThrow(/manifest\.json.*rebuild/);
    void writeSearchIndex;
  });
});
