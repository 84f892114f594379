// findDuplicatesSince: a rebuild's duplicate check compares only new and changed speeches,
// and reports exactly what a check of every speech reports (the warnings a build prints).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { type DuplicateInput, findDuplicates } from '../../src/lib/ingest/duplicates.ts';
import { type DuplicateState, findDuplicatesSince } from '../../src/lib/ingest/duplicates-since.ts';
import { ingestText } from '../../src/lib/ingest/index.ts';
import { decodeDuplicateState, encodeDuplicateState } from '../../src/loaders/duplicates-cache.ts';
import { RAW_DIR } from './fixtures/ingest-helpers.ts';

const seeds = readdirSync(RAW_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ingestText(readFileSync(join(RAW_DIR, f), 'utf8'), f));

/** Copies of the seeds with sentences dropped, edited or added: many pairs near the threshold, some the same. */
function variants(): DuplicateInput[] {
  let state = 11;
  const rnd = (n: number) => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) % n;
  const sentences = (s: DuplicateInput) =>
    s.blocks
      .map((b) => b.text)
      .join('')
      .split(/(?<=。)/)
      .filter(Boolean);
  return seeds.flatMap((seed, k) =>
    Array.from({ length: 6 }, (_, v) => {
      const kept = sentences(seed).filter(() => v === 5 || rnd(100) >= v * 4);
      const edited = kept.map((t) => (v < 5 && rnd(100) < v * 2 ? `改${t}` : t));
      // v = 5: the seed's text again, in one paragraph: the same as no other, 100 % alike to v = 0's sentences.
      return { source: `s${k}-${v}.txt`, blocks: [{ text: edited.join('') }, ...(v % 2 && v < 5 ? [{ text: `来源：第${v}版。` }] : [])] };
    }),
  );
}

/** A stamp per speech: its text (what the loader's content digest stands for). */
const stampsOf = (speeches: readonly DuplicateInput[]) => speeches.map((s) => s.blocks.map((b) => b.text).join('\u0001'));
const bySource = (speeches: DuplicateInput[]) => speeches.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));

describe('findDuplicatesSince', () => {
  test('after every edit, the pairs, similarities and order of a check of every pair', () => {
    let speeches = bySource(variants());
    let state: DuplicateState | null = null;
    const steps: [string, (list: DuplicateInput[]) => DuplicateInput[]][] = [
      ['first build', (l) => l],
      ['nothing changed', (l) => l],
      [
        'a sentence appended to one speech',
        (l) => l.map((s, k) => (k === 7 ? { ...s, blocks: [...s.blocks, { text: '追加的一句话。' }] } : s)),
      ],
      ['a copy of a speech added', (l) => [...l, { ...l[3]!, source: 'zz-copy.txt' }]],
      ['a speech made the same as another', (l) => l.map((s, k) => (k === 10 ? { ...s, blocks: l[20]!.blocks } : s))],
      [
        'a copy edited so it is no longer one',
        (l) => l.map((s) => (s.source === 'zz-copy.txt' ? { ...s, blocks: [{ text: '完全不同的一篇讲话。' }] } : s)),
      ],
      ['a speech removed', (l) => l.filter((_, k) => k !== 2)],
      [
        'two speeches changed, one added',
        (l) => [...l.map((s, k) => (k === 0 || k === 1 ? { ...s, blocks: l[1 - k]!.blocks } : s)), { ...l[5]!, source: 'a-first.txt' }],
      ],
    ];
    let changedSeen = 0;
    for (const [, edit] of steps) {
      speeches = bySource(edit(speeches));
      const result: ReturnType<typeof findDuplicatesSince> = findDuplicatesSince(speeches, stampsOf(speeches), state);
      expect(result.pairs).toEqual(findDuplicates(speeches));
      changedSeen += result.changed;
      state = result.state;
    }
    const last = findDuplicates(speeches);
    expect(last.filter((p) => p.kind === 'near').length).toBeGreaterThan(5);
    expect(last.filter((p) => p.kind === 'same').length).toBeGreaterThan(1);
    // The first build compares every speech; each later step only the few it changed.
    expect(changedSeen).toBe(variants().length + 1 + 1 + 1 + 1 + 3);
  });

  test('a state of another threshold is not used', () => {
    const speeches = bySource(variants());
    const { state } = findDuplicatesSince(speeches, stampsOf(speeches), null, 0.5);
    const again = findDuplicatesSince(speeches, stampsOf(speeches), state);
    expect(again.changed).toBe(speeches.length);
    expect(again.pairs).toEqual(findDuplicates(speeches));
  });

  test('the state kept in the cache folder reads back as written', () => {
    const speeches = bySource(variants());
    const { state } = findDuplicatesSince(speeches, stampsOf(speeches), null);
    const back = decodeDuplicateState(encodeDuplicateState(state));
    expect(back).toEqual(state);
    expect(decodeDuplicateState(Buffer.from('not a state'))).toBeNull();
    expect(decodeDuplicateState(encodeDuplicateState(state).subarray(0, 100))).toBeNull();
  });
});
