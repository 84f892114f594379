/**
 * What /search/ and /concordance/ run, in Node on a real index built from the seed
 * speeches: several phrases intersected with summed counts, passages located from the
 * index's positions (or, for 1–2 characters, from the text), spans as written when
 * punctuation is ignored; the filter file's columns and counts; text chunks; suggestions.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';
import { blockAnchors } from '../../src/lib/speech/anchors.ts';
import { nodeSource, writeSearchIndex } from '../../src/lib/search/build/write-index.ts';
import { SearchIndex } from '../../src/lib/search/shared/engine.ts';
import { encodeFilters, FilterColumns, type SpeechFilters } from '../../src/lib/search/shared/filter-columns.ts';
import {
  blockIn,
  CARRY_MAX,
  CHUNK,
  chunkAt,
  textChunks,
  type SpeechMeta,
  type TextChunk,
} from '../../src/lib/search/shared/text-chunks.ts';
import { searchText } from '../../src/lib/search/shared/text.ts';
import { loadHit, rank, runQuery } from '../../src/lib/search/browser/query.ts';
import { kwicLines } from '../../src/lib/search/browser/concordance.ts';
import { candidates } from '../../src/lib/search/browser/suggest.ts';

const RAW = join(import.meta.dirname, '../../content/raw');
const speeches = readdirSync(RAW)
  .sort()
  .map((f) => ingestText(readFileSync(join(RAW, f), 'utf8'), f));
const texts = speeches.map((s) => searchText(s.blocks));
const chunksOf = speeches.map((s, id) =>
  textChunks(
    { url: `/s/${id}/`, title: s.title, date: '', iso: '', speaker: '', campaign: '' },
    s.blocks.map((b, i) => ({ anchor: blockAnchors(s)[i]!, text: b.text })),
  ),
);
/** Chunk loader as the page has it: folder = place oldest first. */
const chunk = async (folder: number, k: number): Promise<TextChunk> => chunksOf[speeches.length - 1 - folder]![k]!;
const count = (text: string, phrase: string) => text.split(phrase).length - 1;

let dir: string;
let index: SearchIndex;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'search-query-'));
  await writeSearchIndex(texts, dir);
  index = await SearchIndex.open(nodeSource(dir));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('runQuery and loadHit', () => {
  it('finds the speeches holding every phrase, counts summed by the one rule', async () => {
    const q = await runQuery(index, ['四风', '整改']);
    const want = texts.map((t, id) => ({ id, n: [count(t, '四风'), count(t, '整改')] })).filter((x) => x.n.every((n) => n > 0));
    expect(q.matches.map((m) => [m.id, m.count])).toEqual(want.map((w) => [w.id, w.n[0]! + w.n[1]!]));
    expect(rank(q.matches).map((m) => m.count)).toEqual([...q.matches.map((m) => m.count)].sort((a, b) => b - a));
  });

  it('gives every occurrence as a passage span, located or not, and a concordance line each', async () => {
    for (const phrase of ['两个维护', '党', '整改']) {
      const q = await runQuery(index, [phrase]);
      for (const m of q.matches) {
        const hit = await loadHit(m, q, speeches.length, chunk);
        expect(hit.meta.url).toBe(`/s/${m.id}/`);
        const spans = hit.passages.reduce((n, p) => n + p.spans.length, 0);
        expect(spans, `${phrase} in ${m.id}`).toBe(m.count);
        expect(kwicLines([hit]).length).toBe(m.count);
        for (const p of hit.passages) for (const [a, b] of p.spans) expect(p.text.slice(a, b)).toBe(phrase);
      }
    }
  });

  it('stops at the first passages asked for, loading only the chunks they are in', async () => {
    const q = await runQuery(index, ['整改']);
    const m = rank(q.matches)[0]!;
    const loaded = new Set<string>();
    const hit = await loadHit(
      m,
      q,
      speeches.length,
      async (f, k) => {
        loaded.add(`${f}/${k}`);
        return chunk(f, k);
      },
      3,
    );
    expect(hit.passages.length).toBe(3);
    const positions = [...(m.occurrences[0]!.positions ?? [])].slice(0, 3).map((p) => Math.floor(p / CHUNK));
    expect(loaded.size).toBeLessThanOrEqual(new Set(positions).size + 1);
  });

  it('takes the passages of a result from the chunk of its first occurrence when asked to', async () => {
    for (const phrase of ['巡视整改', '两个维护', '主题教育', '四个意识', '党组织']) {
      const q = await runQuery(index, [phrase]);
      expect(q.matches.length).toBeGreaterThan(0);
      for (const m of q.matches) {
        const loaded = new Set<number>();
        const hit = await loadHit(
          m,
          q,
          speeches.length,
          async (f, k) => {
            loaded.add(k);
            return chunk(f, k);
          },
          3,
          1,
        );
        const first = Math.floor(m.occurrences[0]!.positions![0]! / CHUNK);
        expect(hit.passages.length).toBeGreaterThan(0);
        // The first occurrence's chunk, and the chunk its block starts in when it runs in from before.
        expect([...loaded].every((k) => k <= first)).toBe(true);
        expect(loaded.size).toBeLessThanOrEqual(2);
      }
    }
  });

  it('marks the text as written when the phrase matched ignoring punctuation', async () => {
    const q = await runQuery(index, ['上面热下面冷']);
    expect(q.modes).toEqual(['ignoring-punctuation']);
    const hit = await loadHit(q.matches[0]!, q, speeches.length, chunk);
    const [a, b] = hit.passages[0]!.spans[0]!;
    expect(hit.passages[0]!.text.slice(a, b)).toBe('上面热、下面冷');
  });
});

describe('filter columns', () => {
  const rows: SpeechFilters[] = [
    { campaign: '甲', year: '2020', speaker: '张', concepts: ['四风'] },
    { campaign: '甲', year: '2020', speaker: '', concepts: [] },
    { campaign: '', year: '2019', speaker: '李', concepts: ['四风', '党课'] },
    { campaign: '乙', year: '', speaker: '张', concepts: ['党课'] },
  ];
  const encoded = JSON.parse(JSON.stringify(encodeFilters(rows))) as ReturnType<typeof encodeFilters>;
  const columns = new FilterColumns(encoded.filters, encoded.concepts);

  it('reads back every speech’s values', () => {
    rows.forEach((r, id) => {
      for (const f of ['campaign', 'year', 'speaker'] as const) expect(columns.value(f, id)).toBe(r[f]);
    });
  });

  it('filters by value, concept and year range (an unknown year is outside any range)', () => {
    const ids = (choice: Parameters<FilterColumns['matcher']>[0]) => [0, 1, 2, 3].filter(columns.matcher(choice));
    expect(ids({ campaign: '甲' })).toEqual([0, 1]);
    expect(ids({ concept: '党课' })).toEqual([2, 3]);
    expect(ids({ from: 2019, to: 2019 })).toEqual([2]);
    expect(ids({ from: 2000 })).toEqual([0, 1, 2]);
    expect(ids({ speaker: '张', concept: '四风' })).toEqual([0]);
  });

  it('counts each menu among the results the other choices leave', () => {
    const counts = columns.counts([0, 1, 2, 3], { campaign: '甲' });
    expect(counts.campaign).toEqual(
      new Map([
        ['甲', 2],
        ['乙', 1],
      ]),
    );
    expect(counts.year).toEqual(new Map([['2020', 2]]));
    expect(counts.concept).toEqual(new Map([['四风', 1]]));
  });

  it('counts concepts over the archive without their file, and filters by them only with it', () => {
    const light = new FilterColumns(encoded.filters);
    expect(light.archiveCounts().concept).toEqual(
      new Map([
        ['党课', 2],
        ['四风', 2],
      ]),
    );
    expect(light.counts([0, 1, 2, 3], {}).concept.size).toBe(0);
    expect(() => light.matcher({ concept: '党课' })).toThrow(/filter-concepts/);
  });

  it('writes an empty archive', () => {
    const empty = new FilterColumns(encodeFilters([]).filters);
    expect(empty.speeches).toBe(0);
    expect(empty.counts([], {}).year.size).toBe(0);
  });
});

describe('text chunks', () => {
  it('cut every speech so that each block is found at its position', () => {
    speeches.forEach((s, id) => {
      const chunks = chunksOf[id]!;
      expect(chunks.every((c) => c.chunks === chunks.length)).toBe(true);
      // Every block once by its index (a short block that runs into the next chunk is repeated there).
      const byIndex = new Map<number, string>();
      for (const c of chunks)
        c.text.forEach((t, i) => {
          byIndex.set(c.first + i, t);
        });
      expect([...byIndex.keys()].sort((a, b) => a - b).map((i) => byIndex.get(i))).toEqual(s.blocks.map((b) => b.text));
      for (const c of chunks)
        c.starts.forEach((p, i) => {
          expect(texts[id]!.slice(p, p + c.text[i]!.length)).toBe(c.text[i]);
        });
    });
  });

  it('find the block of every position in the chunk of that position, but for blocks longer than CARRY_MAX', () => {
    speeches.forEach((_, id) => {
      const chunks = chunksOf[id]!;
      const text = texts[id]!;
      for (let p = 0; p < text.length; p += 7) {
        if (text[p] === '\n') continue;
        const c = chunks[chunkAt(p)]!;
        const i = blockIn(c, p);
        if (i < 0) {
          expect(c.carry).toBeDefined();
          const carried = chunks[c.carry!]!;
          expect(carried.text.at(-1)!.length).toBeGreaterThan(CARRY_MAX);
          continue;
        }
        expect(p - c.starts[i]!).toBeLessThan(c.text[i]!.length);
      }
    });
  });

  it('store a block longer than CARRY_MAX once and point to it; a shorter one is repeated, never more than CARRY_MAX units a chunk', () => {
    const meta: SpeechMeta = { url: '/s/', title: 't', date: '2020年', iso: '2020-00-00', speaker: '', campaign: '' };
    const short = '甲'.repeat(CARRY_MAX);
    const long = '乙'.repeat(CARRY_MAX * 3);
    const chunks = textChunks(meta, [
      { anchor: 'p1', text: short },
      { anchor: 'p2', text: long },
      { anchor: 'p3', text: '丙' },
    ]);
    const stored = chunks.reduce((n, c) => n + c.text.reduce((m, t) => m + t.length, 0), 0);
    // The long block once, the short one in each chunk it runs into (CARRY_MAX / CHUNK + 1 of them).
    expect(stored).toBe(long.length + 1 + short.length * (CARRY_MAX / CHUNK + 1));
    const text = [short, long, '丙'].join('\n');
    for (let p = 0; p < text.length; p += 97) {
      const c = chunks[chunkAt(p)]!;
      let i = blockIn(c, p);
      let holder = c;
      if (i < 0) {
        holder = chunks[c.carry!]!;
        i = holder.starts.length - 1;
      }
      expect(text.slice(holder.starts[i]!, holder.starts[i]! + holder.text[i]!.length)).toBe(holder.text[i]);
      expect(p - holder.starts[i]!).toBeLessThan(holder.text[i]!.length);
    }
  });
});

describe('a result in a block longer than CARRY_MAX', () => {
  const meta: SpeechMeta = { url: '/s/', title: 't', date: '', iso: '', speaker: '', campaign: '' };
  const long = `${'乙'.repeat(CARRY_MAX + 700)}两个维护${'乙'.repeat(CARRY_MAX)}`;
  const blocks = [
    { anchor: 'p1', text: '甲'.repeat(100) },
    { anchor: 'p2', text: long },
    { anchor: 'p3', text: '丙' },
  ];
  const chunks = textChunks(meta, blocks);
  const text = blocks.map((b) => b.text).join('\n');
  const at = text.indexOf('两个维护');
  const query = { phrases: ['两个维护'], modes: ['exact' as const], matches: [] };
  const match = {
    id: 0,
    count: 1,
    occurrences: [{ speech: 0, count: 1, positions: Uint32Array.of(at), lengths: Uint32Array.of(4) }],
  };
  const loader = () => {
    const asked: number[] = [];
    return {
      asked,
      load: async (_folder: number, k: number) => {
        asked.push(k);
        return chunks[k]!;
      },
    };
  };

  it('shows its passage from the chunk of the occurrence alone: a part of the paragraph, marked as cut, the phrase marked', async () => {
    const { asked, load } = loader();
    const hit = await loadHit(match, query, 1, load, 3, 1);
    expect(new Set(asked)).toEqual(new Set([chunkAt(at)]));
    const [passage] = hit.passages;
    expect(passage!.anchor).toBe('p2');
    expect(passage!.text.startsWith('…') && passage!.text.endsWith('…')).toBe(true);
    expect(passage!.text.length).toBeLessThan(CHUNK + 64 + 256 + 3);
    expect(passage!.spans.map(([a, b]) => passage!.text.slice(a, b))).toEqual(['两个维护']);
  });

  it('gives the concordance the whole paragraph, from the chunk that holds it', async () => {
    const { load } = loader();
    const hit = await loadHit(match, query, 1, load);
    expect(hit.passages.map((p) => p.text)).toEqual([long]);
  });
});

describe('suggestion candidates', () => {
  it('offer other wordings of a concept first, then the phrase without punctuation, then shorter pieces', () => {
    expect(candidates('两个维护', [['两个维护', '“两个维护”'], ['四风']]).slice(0, 1)).toEqual(['“两个维护”']);
    expect(candidates('上面热、下面冷', [])[0]).toBe('上面热下面冷');
    expect(candidates('维护两个', [])).toEqual(['维护两', '护两个', '维护', '护两', '两个']);
  });
});
