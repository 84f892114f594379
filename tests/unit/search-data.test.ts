import { describe, expect, it } from 'vitest';
import { CHUNK, chunkAt, textChunks, unitIn, type SpeechMeta, type TextChunk } from '../../src/lib/search/search-data.ts';
import { unitStarts } from '../../src/lib/search/tokens.ts';
import { loadSeed } from './fixtures/ingest-helpers.ts';

const meta: SpeechMeta = { url: '/speeches/x/', title: '标题', date: '2016年', iso: '2016-00-00', speaker: '', campaign: '两学一做' };

/** What the browser does for an occurrence at `position`: the unit's anchor and text. */
function lookup(chunks: TextChunk[], position: number): { anchor: string; text: string } {
  let chunk = chunks[chunkAt(position)]!;
  let i = unitIn(chunk, position);
  if (i < 0) {
    chunk = chunks[chunk.carry!]!;
    i = chunk.starts.length - 1;
  }
  return { anchor: chunk.anchors[i]!, text: chunk.text[i]! };
}

/** Every character's token position and the unit that holds it, the slow way. */
function everyPosition(units: { anchor: string; text: string }[]): [number, { anchor: string; text: string }][] {
  const starts = unitStarts(units.map((u) => u.text));
  return units.flatMap((u, k) => [...u.text].map((_, i) => [starts[k]! + i, u] as [number, { anchor: string; text: string }]));
}

describe('text chunks of search results', () => {
  const { speech } = loadSeed('003_');
  const units = [{ anchor: '', text: '全市“两学一做”学习教育工作督办会上的讲话' }, ...speech.blocks.map((b, i) => ({ anchor: `p${i + 1}`, text: b.text }))];

  it('hold every unit of a seed speech once, in order, with the speech metadata', () => {
    const chunks = textChunks(meta, units);
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.flatMap((c) => c.text)).toEqual(units.map((u) => u.text));
    expect(chunks.flatMap((c) => c.anchors)).toEqual(units.map((u) => u.anchor));
    expect(chunks.every((c) => c.meta === meta)).toBe(true);
    expect(chunks.filter((c) => c.starts.length).every((c) => c.starts.every((s) => chunkAt(s) === chunks.indexOf(c)))).toBe(true);
  });

  it('find the paragraph of every character position of a seed speech from the position alone', () => {
    const chunks = textChunks(meta, units);
    for (const [position, unit] of everyPosition(units)) expect(lookup(chunks, position)).toEqual(unit);
  });

  it('send positions inside a paragraph longer than a chunk back to the chunk where it starts', () => {
    const long = speech.blocks.map((b) => b.text).join('').repeat(3);
    expect([...long].length).toBeGreaterThan(2 * CHUNK);
    const mixed = [units[0]!, { anchor: 'p1', text: long }, { anchor: 'p2', text: units[2]!.text }];
    const chunks = textChunks(meta, mixed);
    // p1 starts in chunk 0 and fills chunks 1 …; they hold no unit and point back to chunk 0.
    expect(chunks[0]!.anchors).toEqual(['', 'p1']);
    expect(chunks.slice(1, -1).map((c) => [c.starts.length, c.carry])).toEqual(chunks.slice(1, -1).map(() => [0, 0]));
    for (const [position, unit] of everyPosition(mixed)) expect(lookup(chunks, position)).toEqual(unit);
    // No paragraph is written twice, however long.
    expect(chunks.flatMap((c) => c.text)).toEqual(mixed.map((u) => u.text));
  });
});
