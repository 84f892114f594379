/**
 * Parallel passages: the same sentence (or a near-identical one: the same words but
 * for a character or two, or other punctuation) said in more than one speech.
 *
 * Every paragraph sentence of at least MIN_KEY letters and digits is a candidate. Two
 * sentences are the same when their keys (letters and digits only) are equal; they
 * are near-identical when their keys differ by at most one edit per NEAR_PER
 * characters (at least one). Near pairs are found without comparing all pairs: a key
 * that differs from another by one edit still shares its whole first half or its
 * whole second half with it, so only sentences that share a half are compared. A
 * union-find joins the matches into groups; a group met in two or more speeches is a
 * parallel passage.
 *
 * Work is linear in the number of sentences plus the comparisons inside half buckets,
 * which are capped (MAX_BUCKET distinct groups a bucket), so a very common opening does
 * not make the work quadratic; the cap can only miss a near match, never make one.
 */
import { boundedDistance, eachSentence, hash53, type SentenceBlock } from './sentences.ts';

/** Shorter sentences (`同志们`, `下面我讲三点意见`) are too common to say anything. */
export const MIN_KEY = 12;
/** One edit allowed per this many characters of key. */
const NEAR_PER = 20;
const MAX_BUCKET = 16;

export interface ParallelSpeech {
  slug: string;
  title: string;
  date: string | null;
  year: number | null;
  campaign: string | null;
  blocks: readonly SentenceBlock[];
}

/** Where a sentence of a group is said. */
export interface ParallelPlace {
  slug: string;
  title: string;
  date: string | null;
  year: number | null;
  paragraph: number;
}

/** One of a speech's paragraphs with a sentence said elsewhere too. */
export interface ParallelHere {
  paragraph: number;
  /** The sentence as this speech writes it. */
  sentence: string;
  /** The group's id (its index in `groups`). */
  group: number;
  /** The first of the other speeches that say it, earliest first (undated last), one place each. */
  elsewhere: ParallelPlace[];
  /** How many other speeches say it in all. */
  count: number;
}

/** Places kept with each paragraph (the page shows a few and the count). */
export const KEPT_PLACES = 5;

/** A passage said in several speeches, for /parallels/. */
export interface ParallelGroup {
  /** The sentence as its earliest speech writes it. */
  sentence: string;
  /** Every speech that says it, earliest first, one place each. */
  places: ParallelPlace[];
  campaigns: string[];
}

export interface Parallels {
  groups: ParallelGroup[];
  /** By speech slug: its paragraphs with parallels, in paragraph order. */
  bySpeech: Map<string, ParallelHere[]>;
}

/** Earliest first: full dates, then year-only within their year's end, undated last; ties by slug. */
function dateKey(s: { date: string | null; year: number | null }): string {
  return s.date ?? (s.year ? `${s.year}-99-99` : '9999');
}
const earliestFirst = (a: ParallelPlace, b: ParallelPlace) =>
  dateKey(a) < dateKey(b) ? -1 : dateKey(a) > dateKey(b) ? 1 : a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : a.paragraph - b.paragraph;

class UnionFind {
  readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[i] !== r) {
      const next = this.parent[i]!;
      this.parent[i] = r;
      i = next;
    }
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

export function findParallels(speeches: readonly ParallelSpeech[]): Parallels {
  const owner: number[] = [];
  const paragraph: number[] = [];
  const text: string[] = [];
  const keys: string[] = [];
  speeches.forEach((s, i) => {
    eachSentence(s.blocks, MIN_KEY, (p, t, k) => {
      owner.push(i);
      paragraph.push(p);
      text.push(t);
      keys.push(k);
    });
  });
  const uf = new UnionFind(keys.length);
  // Equal keys (by a 53-bit hash, the strings compared on a hit).
  const byKey = new Map<number, number>();
  const distinct: number[] = [];
  keys.forEach((k, i) => {
    const h = hash53(k);
    const first = byKey.get(h);
    if (first === undefined) {
      byKey.set(h, i);
      distinct.push(i);
    } else if (keys[first] === k) uf.union(first, i);
    else distinct.push(i);
  });
  // Near-equal keys: compare the distinct keys that share a half.
  const halves = new Map<number, number[]>();
  for (const first of distinct) {
    const k = keys[first]!;
    const mid = k.length >> 1;
    // The second half's hash is offset so a first and a second half never share a bucket.
    for (const half of [hash53(k, 0, mid), hash53(k, mid) + 1]) {
      const bucket = halves.get(half);
      if (!bucket) halves.set(half, [first]);
      else if (bucket.length < MAX_BUCKET) bucket.push(first);
    }
  }
  for (const bucket of halves.values()) {
    for (let x = 1; x < bucket.length; x++) {
      for (let y = 0; y < x; y++) {
        const a = bucket[x]!;
        const b = bucket[y]!;
        if (uf.find(a) === uf.find(b)) continue;
        const max = Math.max(1, Math.floor(Math.min(keys[a]!.length, keys[b]!.length) / NEAR_PER));
        if (boundedDistance(keys[a]!, keys[b]!, max) <= max) uf.union(a, b);
      }
    }
  }
  // Groups met in two or more speeches.
  // Members of each root, contiguous in `order` (a counting sort: no array per sentence).
  const n = keys.length;
  const root = new Int32Array(n);
  const size = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) size[(root[i] = uf.find(i)) + 1]!++;
  for (let r = 0; r < n; r++) size[r + 1]! += size[r]!;
  const order = new Int32Array(n);
  const fill = size.slice(0, n);
  for (let i = 0; i < n; i++) order[fill[root[i]!]!++] = i;
  function* members(): Generator<Int32Array> {
    for (let r = 0; r < n; r++) {
      const from = size[r]!;
      const to = size[r + 1]!;
      if (to - from < 2) continue;
      // Said in one speech only: no parallel.
      let other = false;
      for (let k = from + 1; k < to && !other; k++) other = owner[order[k]!] !== owner[order[from]!];
      if (other) yield order.subarray(from, to);
    }
  }
  const place = (i: number): ParallelPlace => {
    const s = speeches[owner[i]!]!;
    return { slug: s.slug, title: s.title, date: s.date, year: s.year, paragraph: paragraph[i]! };
  };
  const groups: ParallelGroup[] = [];
  const here = new Map<string, ParallelHere[]>();
  for (const list of members()) {
    // One place per speech: its first sentence of the group.
    const firstIn = new Map<number, number>();
    for (const i of list) if (!firstIn.has(owner[i]!)) firstIn.set(owner[i]!, i);
    if (firstIn.size < 2) continue;
    const places = [...firstIn.values()].map(place).sort(earliestFirst);
    const earliest = [...firstIn.values()].find((i) => speeches[owner[i]!]!.slug === places[0]!.slug)!;
    const id = groups.length;
    groups.push({
      sentence: text[earliest]!,
      places,
      campaigns: [...new Set([...firstIn.keys()].map((s) => speeches[s]!.campaign).filter((c): c is string => !!c))].sort(),
    });
    const noted = new Set<number>();
    for (const i of list) {
      const s = speeches[owner[i]!]!;
      // One note per paragraph and group, however often the paragraph says it.
      const at = owner[i]! * 1_000_000 + paragraph[i]!;
      if (noted.has(at)) continue;
      noted.add(at);
      const mine = here.get(s.slug) ?? [];
      const others: ParallelPlace[] = [];
      for (const p of places) {
        if (others.length === KEPT_PLACES) break;
        if (p.slug !== s.slug) others.push(p);
      }
      mine.push({ paragraph: paragraph[i]!, sentence: text[i]!, group: id, elsewhere: others, count: places.length - 1 });
      here.set(s.slug, mine);
    }
  }
  for (const list of here.values()) list.sort((a, b) => a.paragraph - b.paragraph || a.group - b.group);
  return { groups, bySpeech: here };
}

/** The most reused passages: most speeches first, then earliest first use. */
export function mostReused(groups: readonly ParallelGroup[], n: number): (ParallelGroup & { id: number })[] {
  return groups
    .map((g, id) => ({ ...g, id }))
    .sort((a, b) => b.places.length - a.places.length || earliestFirst(a.places[0]!, b.places[0]!) || a.id - b.id)
    .slice(0, n);
}
