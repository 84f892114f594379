// The most reused passages (/parallels/, src/lib/annotate/parallels.ts mostReused): real
// sentences of seed 000 said again in later speeches; ranked by how many speeches say
// them, ties by the earliest first use; each group's places earliest first, undated last.
import { describe, expect, it } from 'vitest';
import { findParallels, mostReused, type ParallelSpeech } from '../../src/lib/annotate/parallels.ts';
import { loadSeed } from './fixtures/ingest-helpers.ts';

const sentences = loadSeed('000')
  .speech.blocks.filter((b) => b.kind === 'paragraph')
  .flatMap((b) => b.text.split(/(?<=。)/))
  .filter((s) => [...s].length >= 20 && [...s].length <= 60);
const [A, B, C, D, E] = sentences as [string, string, string, string, string];

const speech = (slug: string, date: string | null, said: string[]): ParallelSpeech => ({
  slug,
  title: `${slug}讲话`,
  date,
  year: date ? Number(date.slice(0, 4)) : null,
  campaign: null,
  blocks: [{ kind: 'paragraph', text: said.join('') }],
});

describe('mostReused', () => {
  // Newest first, as the archive lists them.
  const list = [
    speech('u', null, [B]),
    speech('s5', '2019-03-01', [C]),
    speech('s4', '2018-03-01', [A, C, E]),
    speech('s3', '2017-03-01', [A, E]),
    speech('s2', '2016-03-01', [A, B, D]),
    speech('s1', '2015-03-01', [A, B, D]),
  ];
  const { groups } = findParallels(list);
  const of = (sentence: string) => groups.find((g) => g.sentence === sentence)!;

  it('the five sentences are real and distinct', () => {
    expect(new Set([A, B, C, D, E]).size).toBe(5);
    for (const s of [A, B, C, D, E]) expect(of(s), s).toBeDefined();
  });

  it('ranks by the number of speeches that say a passage', () => {
    expect(mostReused(groups, 2).map((g) => g.sentence)).toEqual([A, B]);
    expect(of(A).places.map((p) => p.slug)).toEqual(['s1', 's2', 's3', 's4']);
  });

  it('places earliest first, an undated speech last', () => {
    expect(of(B).places.map((p) => p.slug)).toEqual(['s1', 's2', 'u']);
  });

  it('on a tie, the passage first used earliest comes first; ids point back into the groups', () => {
    const ranked = mostReused(groups, 10);
    const twos = ranked.filter((g) => g.places.length === 2).map((g) => g.sentence);
    expect(twos).toEqual([D, E, C]);
    for (const g of ranked) expect(groups[g.id]!.sentence).toBe(g.sentence);
  });
});
