// The most reused passages (/parallels/, src/lib/annotate/parallels.ts mostReused): real
// sentences of seed 000 said again in later speeches; ranked by how many speeches say
// them, ties by the earliest first use; each group's places earliest first, undated last.
import { describe, expect, it } from 'vitest';
import { findParallels, mostReused, placesCutoff, type ParallelGroup, type ParallelSpeech } from '../../src/lib/annotate/parallels.ts';
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

describe('mostReused on many groups: only those that can be shown are sorted', () => {
  // Groups as findParallels makes them for an archive of many speeches: most said in two,
  // fewer in three or more, many tied on both counts and first date.
  const many = Array.from({ length: 3000 }, (_, i) => i).map(
    (i): ParallelGroup => ({
      sentence: `${A}${i}`,
      places: Array.from({ length: 2 + (i % 7 === 0 ? i % 5 : 0) + (i % 97 === 0 ? 20 : 0) }, (_, k) => ({
        slug: `s${(i * 31 + k) % 50}`,
        title: '讲话',
        date: (i + k) % 9 === 0 ? null : `20${10 + ((i + k) % 9)}-01-01`,
        year: (i + k) % 9 === 0 ? null : 2010 + ((i + k) % 9),
        paragraph: k + 1,
      })),
      campaigns: [],
    }),
  );
  // Every group ranked, as /parallels/ ranked them before the cut-off.
  const dateKey = (p: ParallelGroup['places'][number]) => p.date ?? (p.year ? `${p.year}-99-99` : '9999');
  const first = (g: ParallelGroup) => g.places[0]!;
  const allRanked = many
    .map((g, id) => ({ g, id }))
    .sort(
      (a, b) =>
        b.g.places.length - a.g.places.length ||
        (dateKey(first(a.g)) < dateKey(first(b.g)) ? -1 : dateKey(first(a.g)) > dateKey(first(b.g)) ? 1 : 0) ||
        (first(a.g).slug < first(b.g).slug ? -1 : first(a.g).slug > first(b.g).slug ? 1 : 0) ||
        first(a.g).paragraph - first(b.g).paragraph ||
        a.id - b.id,
    )
    .map(({ id }) => id);

  it.each([1, 10, 31, 32, 33, 300, 2999, 3000, 5000])('the first %i are those of a ranking of every group', (n) => {
    expect(mostReused(many, n).map((g) => g.id)).toEqual(allRanked.slice(0, n));
  });

  it('the cut-off is the n-th largest number of speeches', () => {
    const sizes = many.map((g) => g.places.length).sort((a, b) => b - a);
    for (const n of [1, 10, 40, 300, 2999]) expect(placesCutoff(many, n)).toBe(sizes[n - 1]);
    expect(placesCutoff(many, 3000)).toBe(1);
  });
});
