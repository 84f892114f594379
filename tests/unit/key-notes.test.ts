// A speech page's parallel notes as its cache key takes them (src/lib/annotate/parallels.ts
// keyNotes): per note, the list its places come from, one of two per passage; the places the
// page shows follow from that list and the speech, so the key changes when they do.
import { describe, expect, it } from 'vitest';
import { findParallels, KEPT_PLACES, keyNotes, speechNotes, type ParallelSpeech } from '../../src/lib/annotate/parallels.ts';
import { loadSeed } from './fixtures/ingest-helpers.ts';

const sentences = loadSeed('000')
  .speech.blocks.filter((b) => b.kind === 'paragraph')
  .flatMap((b) => b.text.split(/(?<=。)/))
  .filter((s) => [...s].length >= 20 && [...s].length <= 60);
const [A, B, C] = sentences as [string, string, string];

// Newest first: A in nine speeches (more than KEPT_PLACES + 1), B in three, C in two.
const list: ParallelSpeech[] = Array.from({ length: 9 }, (_, k) => ({
  slug: `s${9 - k}`,
  title: `第${9 - k}篇`,
  date: `20${10 + 9 - k}-03-01`,
  year: 2010 + 9 - k,
  campaign: null,
  blocks: [{ kind: 'paragraph', text: [A, ...(9 - k <= 3 ? [B] : []), ...(9 - k >= 8 ? [C] : [])].join('') }],
}));

describe('keyNotes', () => {
  const parallels = findParallels(list);

  it('give every note the places its page shows: its source list but the speech itself, the first few', () => {
    let notes = 0;
    for (const s of list) {
      const shown = speechNotes(parallels, s.slug);
      const keyed = keyNotes(parallels, s.slug);
      expect(keyed.map(({ paragraph, sentence, count }) => ({ paragraph, sentence, count }))).toEqual(
        shown.map(({ paragraph, sentence, count }) => ({ paragraph, sentence, count })),
      );
      keyed.forEach((k, i) => {
        expect(k.places.filter((p) => p.slug !== s.slug).slice(0, KEPT_PLACES)).toEqual(shown[i]!.elsewhere);
        notes++;
      });
    }
    expect(notes).toBe(9 + 3 + 2);
  });

  it('share one of two lists per passage among all its speeches', () => {
    const listsOf = (sentence: string) =>
      new Set(
        list.flatMap((s) => keyNotes(parallels, s.slug).filter((k) => k.sentence.startsWith(sentence.slice(0, 10)))).map((k) => k.places),
      );
    expect(listsOf(A).size).toBe(2);
    // Passages in KEPT_PLACES speeches or fewer: every speech is among the first, one list.
    expect(listsOf(B).size).toBe(1);
    expect(listsOf(C).size).toBe(1);
  });
});
