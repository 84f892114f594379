/**
 * Scores a speech's outline against a hand label: the expected items in reading
 * order, each as `<depth> <marker>` (`1 一、`, `2 （一）`, `3 一是`).
 *
 * Items are matched in order (longest common subsequence of `depth marker`), so
 * one missed or spurious item costs one, not everything after it. An item at the
 * wrong depth counts as both missed and spurious.
 */
import type { Speech } from '../../../src/lib/ingest/types.ts';

export interface OutlineScore {
  /** Labelled items found at their depth, in order. */
  right: number;
  /** Labelled items. */
  expected: number;
  /** Items the cleaner gave. */
  got: number;
  /** True when the outline is exactly the label. */
  exact: boolean;
  /** `missed 2 一是`, `spurious 1 一要` … in reading order of their list. */
  misses: string[];
}

export const outlineItems = (s: Pick<Speech, 'outline'>): string[] => s.outline.map((o) => `${o.depth} ${o.marker}`);

/** Normalises a label entry: `2 （一）` and `2（一）` are the same; half-width brackets are full-width. */
function normal(entry: string): string {
  const m = /^\s*(\d+)\s*(.+?)\s*$/.exec(entry);
  if (!m) throw new Error(`outline label "${entry}": write "<depth> <marker>", e.g. "2 （一）"`);
  return `${m[1]} ${m[2]!.replace(/\(/g, '（').replace(/\)/g, '）')}`;
}

export function scoreOutline(expected: readonly string[], s: Pick<Speech, 'outline'>): OutlineScore {
  const want = expected.map(normal);
  const got = outlineItems(s).map(normal);
  // LCS table.
  const t: number[][] = Array.from({ length: want.length + 1 }, () => new Array<number>(got.length + 1).fill(0));
  for (let i = want.length - 1; i >= 0; i--)
    for (let j = got.length - 1; j >= 0; j--)
      t[i]![j] = want[i] === got[j] ? t[i + 1]![j + 1]! + 1 : Math.max(t[i + 1]![j]!, t[i]![j + 1]!);
  const misses: string[] = [];
  let i = 0;
  let j = 0;
  while (i < want.length || j < got.length) {
    if (i < want.length && j < got.length && want[i] === got[j]) {
      i++;
      j++;
    } else if (j < got.length && (i === want.length || t[i]![j + 1]! >= t[i + 1]![j]!)) misses.push(`spurious ${got[j++]}`);
    else misses.push(`missed ${want[i++]}`);
  }
  const right = t[0]![0]!;
  return { right, expected: want.length, got: got.length, exact: right === want.length && right === got.length, misses };
}
