// findDuplicates: the same speech twice, or nearly, found without comparing all pairs.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { decodeRaw } from '../../src/lib/ingest/decode.ts';
import { findDuplicates, NEAR_THRESHOLD, sentenceHashes } from '../../src/lib/ingest/duplicates.ts';
import { ingestText } from '../../src/lib/ingest/index.ts';
import type { Speech } from '../../src/lib/ingest/index.ts';
import { CORPUS_DIR, RAW_DIR } from './fixtures/ingest-helpers.ts';

const seedFiles = readdirSync(RAW_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const seeds: Speech[] = seedFiles.map((f) => ingestText(readFileSync(join(RAW_DIR, f), 'utf8'), f));
const copy = (s: Speech, source: string, edit: (t: string[]) => string[] = (t) => t) => ({
  source,
  blocks: edit(s.blocks.map((b) => b.text)).map((text) => ({ text })),
});

describe('findDuplicates on the seeds', () => {
  test('the seeds are all different', () => {
    expect(findDuplicates(seeds)).toEqual([]);
  });

  test('identical copies are "same", with every pair reported once', () => {
    const s = seeds[1]!;
    const out = findDuplicates([s, ...seeds.slice(2), copy(s, 'copy-1.txt'), copy(s, 'copy-2.txt')]);
    expect(out).toEqual([
      { a: s.source, b: 'copy-1.txt', similarity: 1, kind: 'same' },
      { a: s.source, b: 'copy-2.txt', similarity: 1, kind: 'same' },
      { a: 'copy-1.txt', b: 'copy-2.txt', similarity: 1, kind: 'same' },
    ]);
  });

  test.each(seedFiles.map((f, i) => [f, i] as const))('%s vs the same text with a different footer: "near"', (_, i) => {
    const s = seeds[i]!;
    // Another site's copy: its own footer, and our copy's last sentence missing.
    const other = copy(s, 'other-site.txt', (t) => [
      ...t.slice(0, -1),
      t.at(-1)!.replace(/[^。！？]*[。！？]?$/, ''),
      '本文来源：某某网。责任编辑：张三。欢迎转载，请注明出处。',
    ]);
    const out = findDuplicates([s, other]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ a: s.source, b: 'other-site.txt', kind: 'near' });
    expect(out[0]!.similarity).toBeGreaterThanOrEqual(0.8);
    expect(out[0]!.similarity).toBeLessThan(1);
  });

  test('a few edited sentences, re-broken paragraphs and half-width punctuation are still "near"', () => {
    const s = seeds[2]!;
    const edited = copy(s, 'edited.txt', (t) => {
      // Three sentences edited, commas half-width, then every three sentences made one paragraph.
      let n = 0;
      const text = t
        .join('')
        .replace(/，/g, ',')
        .replace(/。/g, () => (++n % 20 === 0 && n <= 60 ? '有改动。' : '。'));
      const sentences = text.match(/[^。]+。?/g)!;
      return Array.from({ length: Math.ceil(sentences.length / 3) }, (_, k) => sentences.slice(k * 3, k * 3 + 3).join(''));
    });
    const out = findDuplicates([s, edited]);
    expect(out).toHaveLength(1);
    expect(out[0]!.kind).toBe('near');
  });

  test('below the threshold is not reported; the threshold is a parameter', () => {
    const s = seeds[0]!;
    const half = copy(s, 'half.txt', (t) => t.slice(0, Math.floor(t.length / 2)));
    expect(findDuplicates([s, half])).toEqual([]);
    expect(findDuplicates([s, half], 0.3)).toHaveLength(1);
  });

  test('empty speeches and punctuation-only speeches do not crash and are not "near" to anything', () => {
    const out = findDuplicates([{ source: 'e1', blocks: [] }, { source: 'p', blocks: [{ text: '。。！' }] }, seeds[0]!]);
    expect(out).toEqual([]);
  });

  test('sentence hashes ignore punctuation, spaces and paragraph breaks', () => {
    const a = sentenceHashes([{ text: '我们要坚持，不断前进。“好的”！' }]);
    const b = sentenceHashes([{ text: '我们要坚持, 不断前进' }, { text: '好的!' }]);
    expect([...b].sort()).toEqual([...a].sort());
    expect(sentenceHashes([{ text: '我们要坚持，不断前进。' }])).toEqual(sentenceHashes([{ text: '我们要 坚持,不断前进!' }]));
  });

  test('sentence hashes tell sentences apart exactly as their letters and digits do', () => {
    // Reference: cut at 。！？；!?; and line ends, keep letters and digits of any script.
    const sentences = (text: string) =>
      new Set(
        text
          .split(/[。！？；!?;\n]/)
          .map((s) => s.replace(/[^\p{L}\p{N}]+/gu, ''))
          .filter((s) => s.length >= 2),
      );
    for (const seed of seeds) {
      const text = seed.blocks.map((b) => b.text).join('\n');
      expect(sentenceHashes(seed.blocks)).toHaveLength(sentences(text).size);
    }
    // Beyond the first plane (𠮷 is a letter, 🎉 is not), full-width digits and Latin letters count.
    expect(sentenceHashes([{ text: '𠮷野家。𠮷野家🎉。' }])).toHaveLength(1);
    expect(sentenceHashes([{ text: '２０２４年ＡＢ。2024年AB。' }])).toHaveLength(2);
    expect(sentenceHashes([{ text: '第1条。第１条。' }])).toHaveLength(2);
  });
});

describe('every pair', () => {
  test('the pairs found are those a comparison of every two speeches finds', () => {
    // Copies of the seeds with sentences dropped, edited or added, many of them near the threshold.
    let state = 11;
    const rnd = (n: number) => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) % n;
    const sentences = (s: Speech) =>
      s.blocks
        .map((b) => b.text)
        .join('')
        .split(/(?<=。)/)
        .filter(Boolean);
    const speeches = seeds.flatMap((seed, k) =>
      Array.from({ length: 6 }, (_, v) => {
        const kept = sentences(seed).filter(() => rnd(100) >= v * 4);
        const edited = kept.map((t) => (rnd(100) < v * 2 ? `改${t}` : t));
        return { source: `s${k}-${v}.txt`, blocks: [{ text: edited.join('') }, ...(v % 2 ? [{ text: `来源：第${v}版。` }] : [])] };
      }),
    );
    const sets = speeches.map((s) => new Set(sentenceHashes(s.blocks)));
    const text = (i: number) => speeches[i]!.blocks.map((b) => b.text).join('\n');
    const expected: { a: string; b: string; similarity: number; kind: string }[] = [];
    for (let i = 0; i < speeches.length; i++) {
      for (let j = i + 1; j < speeches.length; j++) {
        const inter = [...sets[i]!].filter((h) => sets[j]!.has(h)).length;
        const similarity = sets[i]!.size && sets[j]!.size ? inter / (sets[i]!.size + sets[j]!.size - inter) : 0;
        const same = text(i) === text(j);
        if (same || similarity >= NEAR_THRESHOLD)
          expected.push({
            a: speeches[i]!.source,
            b: speeches[j]!.source,
            similarity: same ? 1 : similarity,
            kind: same ? 'same' : 'near',
          });
      }
    }
    const order = (p: { a: string; b: string; similarity: number }) => [p.a, p.b].join(' ');
    const found = findDuplicates(speeches);
    expect(found.filter((p) => p.kind === 'near').length).toBeGreaterThan(5);
    expect(found.map(order).sort()).toEqual(expected.map(order).sort());
    for (const p of found) expect(p.similarity).toBeCloseTo(expected.find((e) => order(e) === order(p))!.similarity, 12);
  });
});

describe('scale', () => {
  test('10,000 distinct speeches with shared boilerplate: near-linear, finds the planted pairs', () => {
    let seed = 7;
    const rnd = (n: number): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n;
    const han = (len: number): string => String.fromCharCode(...Array.from({ length: len }, () => 0x4e00 + rnd(20000)));
    const boiler = ['同志们：', '谢谢大家！', '下面，我讲几点意见。', '以上意见，请认真贯彻落实。'];
    const speeches = Array.from({ length: 10_000 }, (_, k) => ({
      source: `s${k}.txt`,
      blocks: [boiler[0]!, boiler[2]!, ...Array.from({ length: 60 }, () => `${han(8 + rnd(30))}。`), boiler[3]!, boiler[1]!].map(
        (text) => ({ text }),
      ),
    }));
    // Plant: 100 near copies (new footer) and 10 identical copies.
    for (let k = 0; k < 100; k++) {
      const src = speeches[k * 37]!;
      speeches.push({ source: `near${k}.txt`, blocks: [...src.blocks.slice(0, -1), { text: `来源：${han(10)}网。` }] });
    }
    for (let k = 0; k < 10; k++) speeches.push({ source: `same${k}.txt`, blocks: speeches[k * 101 + 1]!.blocks });
    const t0 = performance.now();
    const out = findDuplicates(speeches);
    const ms = performance.now() - t0;
    console.log(`findDuplicates on ${speeches.length} speeches: ${ms.toFixed(0)} ms`);
    expect(out.filter((p) => p.kind === 'near')).toHaveLength(100);
    expect(out.filter((p) => p.kind === 'same')).toHaveLength(10);
    // Near-linear: an eighth of the speeches must take about an eighth of the time
    // (measured in the same run; all-pairs work would take 64 times as long, the bound allows 32).
    // Each side is the fastest of its runs, so one pause of a loaded machine does not decide the ratio.
    const fastest = (list: typeof speeches, runs: number): number => {
      let best = Number.POSITIVE_INFINITY;
      for (let k = 0; k < runs; k++) {
        const t = performance.now();
        findDuplicates(list);
        best = Math.min(best, performance.now() - t);
      }
      return best;
    };
    const eighthMs = Math.max(fastest(speeches.slice(0, Math.ceil(speeches.length / 8)), 3), 5);
    const wholeMs = Math.min(ms, fastest(speeches, 1));
    expect(wholeMs / eighthMs).toBeLessThan(32);
  }, 600_000);
});

const PEOPLE = join(CORPUS_DIR, 'peoplecn_xi_speeches_2020');
const PAGES = join(CORPUS_DIR, '12371_xi_governance_v3_pages');

describe.skipIf(!existsSync(PEOPLE) || !existsSync(PAGES))('the real near-duplicate in the shared corpus', () => {
  test('the 2018-02-12 speech (people.cn copy and 12371 page) is found among both folders', () => {
    const load = (dir: string): Speech[] =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => ingestText(decodeRaw(readFileSync(join(dir, f)), f), `${dir.split('/').pop()}/${f}`));
    const all = [...load(PEOPLE), ...load(PAGES)];
    const out = findDuplicates(all);
    const pair = out.find((p) => [p.a, p.b].includes('peoplecn_xi_speeches_2020/2020-04-30_1.txt'));
    expect(pair).toMatchObject({
      a: 'peoplecn_xi_speeches_2020/2020-04-30_1.txt',
      b: '12371_xi_governance_v3_pages/ARTI1588231315940547.txt',
      kind: 'near',
    });
    expect(pair!.similarity).toBeGreaterThan(0.9);
  });
});
