// What search is built from and what /search/ and /concordance/ show around a query, on
// a real index of the seed speeches (content/raw/): the search input taken from speech
// data (search-input.ts), block positions in the searched text (shared/text.ts), the
// suggestions when nothing is found (suggest.ts), the concordance's orders and per-year
// counts (concordance.ts), and a speech body rendered to HTML (render/speech-html.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { speechHtml } from '../../src/lib/render/speech-html.ts';
import { kwicLines, ORDERS, perYear, type KwicLine } from '../../src/lib/search/browser/concordance.ts';
import { loadHit, runQuery, type Hit } from '../../src/lib/search/browser/query.ts';
import { suggestions } from '../../src/lib/search/browser/suggest.ts';
import { searchSpeeches } from '../../src/lib/search/build/search-input.ts';
import { nodeSource, writeSearchIndex } from '../../src/lib/search/build/write-index.ts';
import { SearchIndex } from '../../src/lib/search/shared/engine.ts';
import { textChunks, type TextChunk } from '../../src/lib/search/shared/text-chunks.ts';
import { blockAt, blockStarts } from '../../src/lib/search/shared/text.ts';
import { glossary, matcher, seeds, termOf } from './fixtures/seed-speeches.ts';

const input = searchSpeeches(seeds, matcher, termOf, '/archive/');
const chunksOf = input.map((s) => textChunks(s.meta, s.blocks));
/** Chunk loader as the page has it: folder = place oldest first. */
const chunk = async (folder: number, k: number): Promise<TextChunk> => chunksOf[input.length - 1 - folder]![k]!;

let dir: string;
let index: SearchIndex;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'search-suggestions-'));
  await writeSearchIndex(
    input.map((s) => s.text),
    dir,
  );
  index = await SearchIndex.open(nodeSource(dir));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hits = async (phrases: string[]): Promise<Hit[]> => {
  const q = await runQuery(index, phrases);
  return Promise.all(q.matches.map((m) => loadHit(m, q, input.length, chunk)));
};

describe('the search input, from the speech data', () => {
  it('lists the speeches newest first, each with what a result shows and its filter values', () => {
    const dates = input.map((s) => s.meta.iso);
    expect([...dates].sort().reverse()).toEqual(dates);
    const s0 = input.find((s) => s.meta.title === seeds[0]!.title)!;
    expect(s0.meta).toEqual({
      url: '/archive/speeches/seed-0/',
      title: seeds[0]!.title,
      date: '2019年11月12日',
      iso: '2019-11-12',
      speaker: '龚夏梅',
      campaign: seeds[0]!.campaign ?? '',
    });
    expect(s0.filters).toMatchObject({ year: '2019', speaker: '龚夏梅' });
    expect(s0.filters.concepts).toEqual(['主题教育']);
    expect(s0.text).toBe(seeds[0]!.blocks.map((b) => b.text).join('\n'));
    expect(s0.blocks.map((b) => b.text)).toEqual(seeds[0]!.blocks.map((b) => b.text));
    expect(new Set(s0.blocks.map((b) => b.anchor)).size).toBe(s0.blocks.length);
    // Seed 004 speaks of 巡视反馈意见整改: the concept is named by its term.
    expect(input.find((s) => s.meta.title === seeds[4]!.title)!.filters.concepts).toContain('巡视整改');
  });

  it('a speech without date or speaker shows none', () => {
    const undated = searchSpeeches([{ ...seeds[1]!, date: null, year: null, speaker: null, campaign: null }], matcher, termOf, '/');
    expect(undated[0]!.meta).toMatchObject({ date: '', iso: '', speaker: '', campaign: '' });
    expect(undated[0]!.filters).toMatchObject({ campaign: '', year: '', speaker: '' });
  });
});

describe('block positions in the searched text', () => {
  it('maps every position to its block and the offset inside it', () => {
    const blocks = seeds[0]!.blocks;
    const starts = blockStarts(blocks);
    const text = input.find((s) => s.meta.title === seeds[0]!.title)!.text;
    expect(starts[0]).toBe(0);
    for (const [i, b] of blocks.entries()) {
      expect(text.slice(starts[i]!, starts[i]! + b.text.length)).toBe(b.text);
      const mid = starts[i]! + (b.text.length >> 1);
      expect(blockAt(starts, mid)).toEqual({ block: i, offset: b.text.length >> 1 });
      expect(blockAt(starts, starts[i]!)).toEqual({ block: i, offset: 0 });
    }
  });
});

describe('suggestions when a query finds nothing', () => {
  const wordings = async () => glossary.map((g) => [...g.wordings]);

  it('a phrase no speech holds: shorter phrases that do find speeches, each with its count', async () => {
    const phrase = '主题教育推进大会';
    expect((await runQuery(index, [phrase])).matches).toEqual([]);
    const found = await suggestions(index, [phrase], wordings);
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThanOrEqual(3);
    for (const s of found) {
      expect(phrase).toContain(s.query);
      expect(s.speeches).toBe((await runQuery(index, [s.query])).matches.length);
      expect(s.speeches).toBeGreaterThan(0);
    }
    // The glossary concept the phrase holds first, then the cuts, longest first.
    expect(found[0]!.query).toBe('主题教育');
    const cuts = found.slice(1).map((s) => s.query.length);
    expect(cuts).toEqual([...cuts].sort((a, b) => b - a));
  });

  it("a glossary concept's other wording first", async () => {
    const found = await suggestions(index, ['巡视反馈意见整改工作'], wordings);
    expect(found[0]?.query).toBe('巡视整改');
  });

  it('phrases that each occur but never together: each alone', async () => {
    const [a, b] = ['两学一做', '巡视反馈'];
    expect((await runQuery(index, [a, b])).matches).toEqual([]);
    const found = await suggestions(index, [a, b], wordings);
    expect(found).toEqual([
      { query: a, speeches: (await runQuery(index, [a])).matches.length },
      { query: b, speeches: (await runQuery(index, [b])).matches.length },
    ]);
  });

  it('nothing to suggest for a phrase that is found', async () => {
    expect(await suggestions(index, ['主题教育'], wordings)).toEqual([]);
  });
});

describe('the concordance: orders and years', () => {
  let lines: KwicLine[];
  beforeAll(async () => {
    lines = kwicLines(await hits(['主题教育']));
  });

  it('one line per occurrence, the phrase between its contexts', () => {
    expect(lines.length).toBeGreaterThan(10);
    for (const l of lines) {
      expect(l.phrase).toBe('主题教育');
      expect(l.sentence).toContain(l.phrase);
    }
  });

  it('orders by what follows, by what precedes read backwards, and newest first', () => {
    const sorted = (order: keyof typeof ORDERS) => [...lines].sort(ORDERS[order]);
    const right = sorted('right').map((l) => l.right);
    for (let i = 1; i < right.length; i++) expect(right[i - 1]! <= right[i]!).toBe(true);
    const left = sorted('left').map((l) => [...l.left].reverse().join(''));
    for (let i = 1; i < left.length; i++) expect(left[i - 1]! <= left[i]!).toBe(true);
    const iso = sorted('date').map((l) => l.hit.meta.iso);
    for (let i = 1; i < iso.length; i++) expect(iso[i - 1]! >= iso[i]!).toBe(true);
  });

  it('counts lines per year, newest year first, undated last', () => {
    const undated = { ...lines[0]!, hit: { ...lines[0]!.hit, meta: { ...lines[0]!.hit.meta, iso: '' } } };
    const years = perYear([...lines, undated]);
    expect(years.at(-1)).toEqual(['年份不详', 1]);
    const known = years.slice(0, -1).map(([y]) => y);
    expect(known).toEqual([...known].sort().reverse());
    expect(years.reduce((n, [, c]) => n + c, 0)).toBe(lines.length + 1);
    for (const [y, n] of years.slice(0, -1)) expect(n).toBe(lines.filter((l) => l.hit.meta.iso.startsWith(y)).length);
  });
});

describe('a speech body as HTML', () => {
  it('headings and paragraphs in order, each with its anchor, glossary terms linked', async () => {
    const concepts = {
      matcher,
      concepts: new Map(glossary.map((g) => [g.slug, { term: g.term, definition: `${g.term}的释义。`, href: `/concepts/${g.slug}/` }])),
    };
    const html = await speechHtml(seeds[0]!, concepts);
    const plain = html.replace(/<[^>]+>/g, '');
    for (const b of seeds[0]!.blocks.slice(0, 5)) expect(plain).toContain(b.text.slice(0, 20));
    expect(html).toContain('href="/concepts/zhu-ti-jiao-yu/"');
    expect((html.match(/<h[2-6][^>]*id="/g) ?? []).length).toBe(seeds[0]!.blocks.filter((b) => b.kind === 'heading').length);
  });
});

describe('the filter menus of the seeds', () => {
  it("filter by concept only once the concept file is loaded; the archive's counts before", async () => {
    const { encodeFilters, FilterColumns } = await import('../../src/lib/search/shared/filter-columns.ts');
    const encoded = encodeFilters(input.map((s) => s.filters));
    const light = new FilterColumns(encoded.filters);
    const full = new FilterColumns(encoded.filters, encoded.concepts);
    expect(light.hasConcepts).toBe(false);
    expect(full.hasConcepts).toBe(true);
    // 主题教育 is used by the two 主题教育 seeds; a query's concept filter keeps exactly those.
    const uses = input.map((s, id) => (s.filters.concepts.includes('主题教育') ? id : -1)).filter((id) => id >= 0);
    expect(uses.length).toBe(2);
    const keep = full.matcher({ concept: '主题教育' });
    expect(input.map((_, id) => id).filter(keep)).toEqual(uses);
    expect(full.archiveCounts().concept.get('主题教育')).toBe(2);
  });
});
