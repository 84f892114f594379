/**
 * Duplicate speeches: the same speech saved twice (identical cleaned text) or
 * nearly twice (the same text from another site: a different footer, a few
 * sentences edited, paragraphs broken differently). An archive should list a
 * speech once, so the build reports such pairs for an editor to decide.
 *
 * Similarity is the Jaccard index of the two sets of sentences. A sentence is
 * the text between 。！？； (or a block end) with everything but letters and
 * digits removed, so punctuation variants (half-/full-width, quotes) and
 * paragraph breaks do not count as differences; each is hashed to a number.
 *
 * Scale: comparing every pair of 10,000 speeches would be 50 million
 * comparisons. Instead candidate pairs come from prefix filtering: order each
 * speech's sentences rarest first (a global order) and index only the first
 * |A| − ⌈t·|A|⌉ + 1 of them. Two sets with Jaccard ≥ t must share one of those
 * prefix sentences (pigeonhole), so no pair is missed, and since common
 * sentences (`同志们：`, `谢谢大家！`) sort last they are seldom indexed. Only
 * candidates are compared in full. Work is near-linear in the total number of
 * sentences plus the number of true near-duplicate pairs.
 */

import { isLetterOrDigit } from '../text/letters.ts';

export interface DuplicateInput {
  source: string;
  blocks: readonly { text: string }[];
}

export interface DuplicatePair {
  /** Source of the speech that comes first in the input. */
  a: string;
  b: string;
  /** Jaccard index of the sentence sets, 0–1 (1 for 'same'). */
  similarity: number;
  /** 'same': identical cleaned text; 'near': similarity ≥ the threshold. */
  kind: 'same' | 'near';
}

/** One other copy of a speech, as the speech itself records it (`copiesBySource`). */
export interface CopyOf {
  /** Source of the other speech. */
  source: string;
  similarity: number;
  kind: 'same' | 'near';
}

/** Each speech's other copies, by source, from the pairs `findDuplicates` gives (in their order). */
export function copiesBySource(pairs: readonly DuplicatePair[]): Map<string, CopyOf[]> {
  const by = new Map<string, CopyOf[]>();
  const add = (source: string, other: string, p: DuplicatePair) => {
    const list = by.get(source) ?? [];
    list.push({ source: other, similarity: p.similarity, kind: p.kind });
    by.set(source, list);
  };
  for (const p of pairs) {
    add(p.a, p.b, p);
    add(p.b, p.a, p);
  }
  return by;
}

/** Default Jaccard threshold for 'near': a changed footer or a few edited sentences stay above it. */
export const NEAR_THRESHOLD = 0.8;

/** Shorter sentences (after stripping) carry too little to identify a speech. */
const MIN_SENTENCE = 2;

/** Sentence ends (SENTENCE_END) by UTF-16 code unit. */
const ENDS = new Set([...'。！？；!?;\n'].map((c) => c.charCodeAt(0)));

/**
 * The set of sentence hashes of a speech (unique, unordered). One pass over the text:
 * each sentence is hashed as it is read, letters and digits only, with a 53-bit hash
 * (two 32-bit FNV-1a variants): collisions are negligible at corpus scale.
 */
export function sentenceHashes(blocks: readonly { text: string }[]): number[] {
  const set = new Set<number>();
  let h1 = 0;
  let h2 = 0;
  let length = 0;
  const start = () => {
    h1 = 0x811c9dc5;
    h2 = 0x01000193;
    length = 0;
  };
  const add = (c: number) => {
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
    length++;
  };
  const end = () => {
    if (length >= MIN_SENTENCE) set.add((h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff));
  };
  for (const b of blocks) {
    const text = b.text;
    start();
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (ENDS.has(c)) {
        end();
        start();
        continue;
      }
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) {
        if (isLetterOrDigit(cp)) {
          add(c);
          add(text.charCodeAt(i + 1));
        }
        i++;
      } else if (isLetterOrDigit(cp)) add(c);
    }
    end();
  }
  return [...set];
}

/** The cleaned text compared for 'same'. */
function fullText(blocks: readonly { text: string }[]): string {
  return blocks.map((b) => b.text).join('\n');
}

/** Size of the intersection of a set and an array of unique values. */
function overlap(a: ReadonlySet<number>, b: ArrayLike<number>): number {
  let n = 0;
  for (let k = 0; k < b.length; k++) if (a.has(b[k]!)) n++;
  return n;
}

/**
 * Pairs of speeches that are the same or nearly the same. Each pair appears
 * once, `a` before `b` in input order; sorted by similarity (highest first),
 * then input order. `hashed`: each speech's `sentenceHashes`, when known already.
 */
export function findDuplicates(
  speeches: readonly DuplicateInput[],
  threshold: number = NEAR_THRESHOLD,
  hashed: readonly (readonly number[])[] = speeches.map((s) => sentenceHashes(s.blocks)),
): DuplicatePair[] {
  const pairs: { i: number; j: number; similarity: number; kind: 'same' | 'near' }[] = [];
  const sameKey = (i: number, j: number): string => `${i} ${j}`;
  const same = new Set<string>();

  // 1. Identical cleaned text: bucket by the text itself.
  const byText = new Map<string, number[]>();
  speeches.forEach((s, i) => {
    const t = fullText(s.blocks);
    const group = byText.get(t);
    if (group) group.push(i);
    else byText.set(t, [i]);
  });
  for (const group of byText.values()) {
    for (let x = 0; x < group.length; x++) {
      for (let y = x + 1; y < group.length; y++) {
        pairs.push({ i: group[x]!, j: group[y]!, similarity: 1, kind: 'same' });
        same.add(sameKey(group[x]!, group[y]!));
      }
    }
  }

  // 2. Near: prefix filtering over sentence hashes, rarest first. Each distinct hash is
  // replaced by its place in that global order (fewest speeches first, then the hash), so
  // a speech's sentences sort rarest first as plain numbers.
  const df = new Map<number, number>();
  for (const set of hashed) for (const h of set) df.set(h, (df.get(h) ?? 0) + 1);
  const rankOf = new Map([...df].sort(([x, a], [y, b]) => a - b || x - y).map(([h], rank) => [h, rank]));
  const sets = hashed.map((set) => Int32Array.from(set, (h) => rankOf.get(h)!).sort());
  const index = new Map<number, number[]>();
  const lookups: (Set<number> | undefined)[] = [];
  const lookup = (i: number): Set<number> => (lookups[i] ??= new Set(sets[i]));

  sets.forEach((set, j) => {
    if (!set.length) return;
    const prefix = set.length - Math.ceil(threshold * set.length) + 1;
    const candidates = new Set<number>();
    for (let k = 0; k < prefix; k++) {
      const h = set[k]!;
      const list = index.get(h);
      if (list) for (const i of list) candidates.add(i);
      if (list) list.push(j);
      else index.set(h, [j]);
    }
    for (const i of candidates) {
      if (same.has(sameKey(i, j))) continue;
      const other = sets[i]!;
      // Size filter: J ≥ t needs min/max ≥ t.
      if (Math.min(other.length, set.length) < threshold * Math.max(other.length, set.length)) continue;
      const inter = overlap(lookup(i), set);
      const similarity = inter / (other.length + set.length - inter);
      if (similarity >= threshold) pairs.push({ i, j, similarity, kind: 'near' });
    }
  });

  pairs.sort((p, q) => q.similarity - p.similarity || p.i - q.i || p.j - q.j);
  return pairs.map((p) => ({ a: speeches[p.i]!.source, b: speeches[p.j]!.source, similarity: p.similarity, kind: p.kind }));
}
