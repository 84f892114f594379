import { describe, expect, it } from 'vitest';
import { BigramCounts } from '../../src/lib/annotate/bigram-counts.ts';
import { loadSeed } from './fixtures/ingest-helpers.ts';

/** Every pair of neighbouring code units of the five seeds, with a seam flag as minePhrases sets it. */
const pairs: [number, number, boolean][] = ['000', '001', '002', '003', '004'].flatMap((n) =>
  loadSeed(n).speech.blocks.flatMap(({ text: t }) => {
    const out: [number, number, boolean][] = [];
    for (let i = 0; i + 1 < t.length; i++) {
      const c = t.charCodeAt(i);
      const d = t.charCodeAt(i + 1);
      out.push([c, d, i > 0 && i + 2 < t.length && (t.charCodeAt(i - 1) === d || c === t.charCodeAt(i + 2))]);
    }
    return out;
  }),
);

/** The same counts in plain Maps. */
function naive(list: readonly [number, number, boolean][]) {
  const all = new Map<string, number>();
  const free = new Map<string, number>();
  for (const [a, b, seam] of list) {
    const k = `${a},${b}`;
    all.set(k, (all.get(k) ?? 0) + 1);
    if (!seam) free.set(k, (free.get(k) ?? 0) + 1);
  }
  return { all, free };
}

function expectSameCounts(table: BigramCounts, list: readonly [number, number, boolean][]) {
  const { all, free } = naive(list);
  expect(table.size).toBe(all.size);
  for (const k of all.keys()) {
    const [a, b] = k.split(',').map(Number) as [number, number];
    expect(table.count(a, b), k).toBe(all.get(k));
    expect(table.free(a, b), k).toBe(free.get(k) ?? 0);
  }
}

describe('BigramCounts', () => {
  it('counts every bigram of the seeds as a Map does, seams left out of free', () => {
    const table = new BigramCounts();
    for (const [a, b, seam] of pairs) table.add(a, b, seam);
    expectSameCounts(table, pairs);
    // 压紧压实 is in the seeds: its seam 紧压 is counted, but not as free there.
    expect(table.free(0x7d27, 0x538b)).toBeLessThan(table.count(0x7d27, 0x538b));
  });

  it('grows from two slots to the seeds’ thousands of bigrams without losing a count', () => {
    const table = new BigramCounts(2);
    for (const [a, b, seam] of pairs) table.add(a, b, seam);
    expectSameCounts(table, pairs);
    expect(table.size).toBeGreaterThan(1000);
  });

  it('answers 0 for a bigram never added, also in the reverse order of one that was', () => {
    const table = new BigramCounts(4);
    table.add(0x4e24, 0x4e2a, false); // 两个
    expect(table.count(0x4e2a, 0x4e24)).toBe(0);
    expect(table.free(0x4e2a, 0x4e24)).toBe(0);
    expect(table.count(0x7ef4, 0x62a4)).toBe(0);
  });

  it('keeps keys apart that share a slot: a dense block of keys, the extremes and swapped pairs', () => {
    // 10,000 keys in a table at most half full: many share their first slot and are probed past.
    const list: [number, number, boolean][] = [];
    for (let a = 0; a < 100; a++) for (let b = 0; b < 100; b++) list.push([0x4e00 + a, 0x4e00 + b, (a + b) % 3 === 0]);
    list.push([0, 0, false], [0xffff, 0xffff, false], [0, 0xffff, true], [0xffff, 0, false], [0, 0, true]);
    const table = new BigramCounts(2);
    for (const [a, b, seam] of list) table.add(a, b, seam);
    for (const [a, b, seam] of list.slice(0, 500)) table.add(a, b, seam);
    expectSameCounts(table, [...list, ...list.slice(0, 500)]);
    expect(table.count(0, 0)).toBe(2);
    expect(table.free(0, 0)).toBe(1);
  });
});
