/**
 * The duplicate check of a rebuild (duplicates.ts), redone only for the speeches that
 * changed. Whether two speeches are the same or nearly the same depends on those two
 * speeches alone (their cleaned text, their sentence sets and the threshold), so the pairs
 * of two speeches both unchanged since the last check are the last check's, and only the
 * pairs with a new or changed speech are looked for, by comparing it with every other
 * speech. The sentence hashes of unchanged speeches are the last check's too. The result
 * is what `findDuplicates` gives over every speech: the same pairs, similarities and order.
 *
 * "Unchanged" is known by a stamp per speech that the caller gives (the loader's content
 * digest: the raw file's bytes and the ingest code), with the source name.
 */
import { type DuplicateInput, type DuplicatePair, findDuplicates, NEAR_THRESHOLD, sentenceHashes } from './duplicates.ts';

/** What one check leaves for the next: per speech its stamp and sentence hashes, and the pairs found. */
export interface DuplicateState {
  threshold: number;
  /** Per source: the stamp the speech had and its sentence hashes. */
  speeches: Map<string, { stamp: string; hashes: readonly number[] }>;
  pairs: DuplicatePair[];
}

/** Length of the blocks' text joined by newlines (duplicates.ts `fullText`), without joining. */
function textLength(blocks: readonly { text: string }[]): number {
  let n = blocks.length ? blocks.length - 1 : 0;
  for (const b of blocks) n += b.text.length;
  return n;
}

/** Whether two speeches have the same cleaned text (duplicates.ts: the blocks joined by newlines). */
function sameText(a: readonly { text: string }[], b: readonly { text: string }[]): boolean {
  if (a.length === b.length && a.every((block, k) => block.text === b[k]!.text)) return true;
  return textLength(a) === textLength(b) && a.map((x) => x.text).join('\n') === b.map((x) => x.text).join('\n');
}

/** Size of the intersection of a set and an array of unique values. */
function overlap(a: ReadonlySet<number>, b: readonly number[]): number {
  let n = 0;
  for (const h of b) if (a.has(h)) n++;
  return n;
}

/**
 * The pair of speeches `i` < `j` as `findDuplicates` finds it, or null: the same text, or a
 * Jaccard index of their sentence sets at or above the threshold (after the same size
 * filter, so the similarity is the same number).
 */
function comparePair(
  speeches: readonly DuplicateInput[],
  hashed: readonly (readonly number[])[],
  sets: (i: number) => ReadonlySet<number>,
  i: number,
  j: number,
  threshold: number,
): { i: number; j: number; similarity: number; kind: 'same' | 'near' } | null {
  if (sameText(speeches[i]!.blocks, speeches[j]!.blocks)) return { i, j, similarity: 1, kind: 'same' };
  const a = hashed[i]!;
  const b = hashed[j]!;
  if (!a.length || !b.length) return null;
  if (Math.min(a.length, b.length) < threshold * Math.max(a.length, b.length)) return null;
  const inter = a.length <= b.length ? overlap(sets(j), a) : overlap(sets(i), b);
  const similarity = inter / (a.length + b.length - inter);
  return similarity >= threshold ? { i, j, similarity, kind: 'near' } : null;
}

/**
 * The duplicate pairs of `speeches` (in input order, as `findDuplicates` takes them), with
 * `stamps[k]` the stamp of speech k, and the state for the next check. Without a usable
 * `previous` (none, another threshold) every pair is looked for, as `findDuplicates` does.
 */
export function findDuplicatesSince(
  speeches: readonly DuplicateInput[],
  stamps: readonly string[],
  previous: DuplicateState | null,
  threshold: number = NEAR_THRESHOLD,
): { pairs: DuplicatePair[]; state: DuplicateState; changed: number } {
  const usable = previous?.threshold === threshold ? previous : null;
  const unchanged = speeches.map((s, k) => usable?.speeches.get(s.source)?.stamp === stamps[k]);
  const hashed = speeches.map((s, k) => (unchanged[k] ? usable!.speeches.get(s.source)!.hashes : sentenceHashes(s.blocks)));
  const state: DuplicateState = {
    threshold,
    speeches: new Map(speeches.map((s, k) => [s.source, { stamp: stamps[k]!, hashes: hashed[k]! }])),
    pairs: [],
  };
  const changed = unchanged.filter((u) => !u).length;
  if (!usable) {
    state.pairs = findDuplicates(speeches, threshold, hashed);
    return { pairs: state.pairs, state, changed };
  }
  const place = new Map(speeches.map((s, k) => [s.source, k]));
  const found: { i: number; j: number; similarity: number; kind: 'same' | 'near' }[] = [];
  // Pairs of two unchanged speeches: the last check's.
  for (const p of usable.pairs) {
    const i = place.get(p.a);
    const j = place.get(p.b);
    if (i === undefined || j === undefined || !unchanged[i] || !unchanged[j]) continue;
    found.push({ i: Math.min(i, j), j: Math.max(i, j), similarity: p.similarity, kind: p.kind });
  }
  // Pairs with a new or changed speech: compared with every other speech, each pair once.
  const lookups: (Set<number> | undefined)[] = [];
  const sets = (k: number): ReadonlySet<number> => (lookups[k] ??= new Set(hashed[k]));
  unchanged.forEach((same, f) => {
    if (same) return;
    for (let x = 0; x < speeches.length; x++) {
      if (x === f || (!unchanged[x] && x < f)) continue;
      const pair = comparePair(speeches, hashed, sets, Math.min(f, x), Math.max(f, x), threshold);
      if (pair) found.push(pair);
    }
  });
  found.sort((p, q) => q.similarity - p.similarity || p.i - q.i || p.j - q.j);
  state.pairs = found.map((p) => ({ a: speeches[p.i]!.source, b: speeches[p.j]!.source, similarity: p.similarity, kind: p.kind }));
  return { pairs: state.pairs, state, changed };
}
