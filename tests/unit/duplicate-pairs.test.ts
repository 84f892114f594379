// The copies of a speech (另见) come from the loader's duplicate check, carried in each
// speech (`duplicates`), instead of a second run of the check in annotate
// (src/lib/annotate/cross-speech.ts, duplicatePairs). The loader checks the speeches in
// raw-file order, annotate lists them newest first: the pairs, their order and the copies
// shown must be what the check gives in annotate's order.
import { describe, expect, it } from 'vitest';
import { crossSpeech, duplicatePairs } from '../../src/lib/annotate/cross-speech.ts';
import { copiesBySource, findDuplicates } from '../../src/lib/ingest/duplicates.ts';
import { ingestText } from '../../src/lib/ingest/index.ts';
import type { SpeechEntry } from '../../src/lib/speech/schema.ts';
import { loadSeed } from './fixtures/ingest-helpers.ts';

const seeds = ['000', '001', '002', '003', '004'].map((p, i) => ({ raw: loadSeed(p).raw, slug: `seed-${i}` }));
/** Copies saved under other names: exact ones (several, so similarities tie) and one with a sentence changed. */
const copies = [
  { raw: seeds[0]!.raw, source: '800_same.txt' },
  { raw: seeds[0]!.raw, source: '100_same.txt' },
  { raw: seeds[1]!.raw, source: '050_same.txt' },
  { raw: seeds[0]!.raw.replace('下面，我讲三点意见。', '下面，我再讲三点意见。'), source: '900_near.txt' },
];
const entry = (raw: string, source: string, slug: string): SpeechEntry => ({ ...ingestText(raw, source), slug });
// Newest first as annotate has them: here simply an order unlike the raw files' order.
const speeches: SpeechEntry[] = [
  ...copies.map((c, i) => entry(c.raw, c.source, `copy-${i}`)),
  ...seeds.map((s, i) => entry(s.raw, `00${i}_seed.txt`, s.slug)),
].reverse();

/** As the loader stores them: the check run over the speeches in raw-file order. */
function carried(list: readonly SpeechEntry[]): SpeechEntry[] {
  const byFile = [...list].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  const found = copiesBySource(findDuplicates(byFile));
  return list.map((s) => ({ ...s, duplicates: found.get(s.source) ?? [] }));
}

describe('copies of a speech from the loader', () => {
  it('gives the pairs the check gives in annotate’s order, in its order', () => {
    const expected = findDuplicates(speeches);
    expect(expected.length).toBeGreaterThanOrEqual(6);
    expect(expected.some((p) => p.kind === 'near')).toBe(true);
    expect(duplicatePairs(carried(speeches))).toEqual(expected);
  });

  it('shows every speech the same copies, in the same order', () => {
    const own = crossSpeech(speeches, () => []).copies;
    const fromLoader = crossSpeech(carried(speeches), () => []).copies;
    expect([...fromLoader].sort()).toEqual([...own].sort());
    expect(fromLoader.get('seed-0')?.map((c) => c.slug)).toEqual(own.get('seed-0')?.map((c) => c.slug));
    expect(fromLoader.get('seed-0')?.length).toBe(3);
  });

  it('checks itself when a speech carries nothing (not from the loader)', () => {
    const list = carried(speeches);
    delete list[2]!.duplicates;
    expect(duplicatePairs(list)).toEqual(findDuplicates(speeches));
  });
});
