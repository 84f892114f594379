// How findParallels (src/lib/annotate/parallels.ts) keeps its result small on the build's
// heap: a speech's notes are made when its page asks for them (bySpeech reads as a
// ReadonlyMap), a paragraph is one place object however many groups it says, and a
// sentence said in every speech of the archive is one group whose notes share the places
// they list. Real sentences of seed 000.
import { describe, expect, it } from 'vitest';
import { findParallels, KEPT_PLACES, type ParallelSpeech } from '../../src/lib/annotate/parallels.ts';
import { loadSeed } from './fixtures/ingest-helpers.ts';

const sentences = loadSeed('000')
  .speech.blocks.filter((b) => b.kind === 'paragraph')
  .flatMap((b) => b.text.split(/(?<=。)/))
  .filter((s) => [...s].length >= 20 && [...s].length <= 60);
const [A, B, C, D] = sentences as [string, string, string, string];

const speech = (slug: string, date: string | null, paragraphs: string[][]): ParallelSpeech => ({
  slug,
  title: `${slug}讲话`,
  date,
  year: date ? Number(date.slice(0, 4)) : null,
  campaign: null,
  blocks: paragraphs.map((said) => ({ kind: 'paragraph', text: said.join('') })),
});

describe('findParallels: bySpeech', () => {
  const list = [
    speech('s4', '2018-03-01', [[D], [A, B]]),
    speech('s3', '2017-03-01', [[C]]),
    speech('s2', '2016-03-01', [[A], [C, D]]),
    speech('s1', '2015-03-01', [[B, A]]),
  ];
  const { bySpeech } = findParallels(list);

  it('reads as a map: size, has, get, keys, values, entries and forEach agree', () => {
    expect(bySpeech.size).toBe(4);
    expect(bySpeech.has('s3')).toBe(true);
    expect(bySpeech.has('nobody')).toBe(false);
    expect(bySpeech.get('nobody')).toBeUndefined();
    const keys = [...bySpeech.keys()];
    expect(keys.sort()).toEqual(['s1', 's2', 's3', 's4']);
    expect([...bySpeech].map(([slug]) => slug)).toEqual([...bySpeech.keys()]);
    expect([...bySpeech.values()]).toEqual([...bySpeech.entries()].map(([, notes]) => notes));
    const seen: [string, number][] = [];
    bySpeech.forEach((notes, slug) => {
      seen.push([slug, notes.length]);
    });
    expect(seen).toEqual([...bySpeech].map(([slug, notes]) => [slug, notes.length]));
  });

  it('gives each speech its notes in paragraph order, with the sentence as that speech writes it', () => {
    expect(bySpeech.get('s4')!.map((h) => [h.paragraph, h.sentence, h.count])).toEqual([
      [1, D, 1],
      [2, A, 2],
      [2, B, 1],
    ]);
    expect(bySpeech.get('s1')!.map((h) => [h.paragraph, h.sentence, h.elsewhere.map((p) => p.slug)])).toEqual([
      [1, A, ['s2', 's4']],
      [1, B, ['s4']],
    ]);
  });

  it('makes the notes afresh on every get: equal lists, not one list held for the whole build', () => {
    const first = bySpeech.get('s2')!;
    const again = bySpeech.get('s2')!;
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
    expect(again[0]).not.toBe(first[0]);
  });
});

describe('findParallels: places', () => {
  it('is one object for a paragraph, in every group said there', () => {
    const { groups } = findParallels([speech('late', '2020-01-01', [[A, B], [C]]), speech('early', '2019-01-01', [[A], [B, C]])]);
    const at = (sentence: string, slug: string) => groups.find((g) => g.sentence === sentence)!.places.find((p) => p.slug === slug)!;
    // `late` says A and B in its first paragraph; `early` says B and C in its second.
    expect(at(A, 'late')).toEqual({ slug: 'late', title: 'late讲话', date: '2020-01-01', year: 2020, paragraph: 1 });
    expect(at(B, 'late')).toBe(at(A, 'late'));
    expect(at(C, 'early')).toBe(at(B, 'early'));
    expect(at(C, 'late')).not.toBe(at(A, 'late'));
  });

  it('keeps a sentence said in every speech as one group; past the first few, its notes share one list of places', () => {
    const n = 3000;
    const list = Array.from({ length: n }, (_, k) =>
      speech(`s${String(k).padStart(4, '0')}`, `${2000 + (k % 20)}-01-${String(1 + (k % 28)).padStart(2, '0')}`, [[A], [`${k}号文件。`]]),
    );
    const { groups, bySpeech } = findParallels(list);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.places).toHaveLength(n);
    const dates = groups[0]!.places.map((p) => p.date!);
    expect(dates).toEqual([...dates].sort());
    const firstFive = groups[0]!.places.slice(0, KEPT_PLACES);
    const later = list.map((s) => s.slug).filter((slug) => !firstFive.some((p) => p.slug === slug));
    const notes = later.map((slug) => bySpeech.get(slug)!);
    expect(notes.every((h) => h.length === 1 && h[0]!.count === n - 1 && h[0]!.elsewhere.length === KEPT_PLACES)).toBe(true);
    expect(notes[0]![0]!.elsewhere).toEqual(firstFive);
    expect(notes.at(-1)![0]!.elsewhere).toBe(notes[0]![0]!.elsewhere);
    // One of the first five lists the other four and the sixth.
    const own = bySpeech.get(firstFive[0]!.slug)![0]!.elsewhere;
    expect(own.map((p) => p.slug)).toEqual(groups[0]!.places.slice(1, KEPT_PLACES + 1).map((p) => p.slug));
  });
});
