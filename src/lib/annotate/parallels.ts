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
import { boundedDistance, paragraphSentences, type SentenceBlock } from './sentences.ts';

/** Shorter sentences (`同志们`, `下面我讲三点意见`) are too common to say anything. */
export const MIN_KEY = 12;
/** One edit allowed per this many characters of key. */
const NEAR_PER = 20;
const MAX_BUCKET = 40;

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
  /** The other speeches that say it, earliest first (undated last), one place each. */
  elsewhere: ParallelPlace[];
}

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
    for (const sentence of paragraphSentences(s.blocks, MIN_KEY)) {
      owner.push(i);
      paragraph.push(sentence.paragraph);
      text.push(sentence.text);
      keys.push(sentence.key);
    }
  });
  const uf = new UnionFind(keys.length);
  // Equal keys.
  const byKey = new Map<string, number>();
  keys.forEach((k, i) => {
    const first = byKey.get(k);
    if (first === undefined) byKey.set(k, i);
    else uf.union(first, i);
  });
  // Near-equal keys: compare the distinct keys that share a half.
  const halves = new Map<string, number[]>();
  for (const first of byKey.values()) {
    const k = keys[first]!;
    const mid = k.length >> 1;
    for (const half of [`<${k.slice(0, mid)}`, `>${k.slice(mid)}`]) {
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
  const members = new Map<number, number[]>();
  for (let i = 0; i < keys.length; i++) {
    const r = uf.find(i);
    const list = members.get(r);
    if (list) list.push(i);
    else members.set(r, [i]);
  }
  const place = (i: number): ParallelPlace => {
    const s = speeches[owner[i]!]!;
    return { slug: s.slug, title: s.title, date: s.date, year: s.year, paragraph: paragraph[i]! };
  };
  const groups: ParallelGroup[] = [];
  const here = new Map<string, ParallelHere[]>();
  for (const list of members.values()) {
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
    for (const i of list) {
      const s = speeches[owner[i]!]!;
      const mine = here.get(s.slug) ?? [];
      if (mine.some((h) => h.group === id && h.paragraph === paragraph[i])) continue;
      mine.push({ paragraph: paragraph[i]!, sentence: text[i]!, group: id, elsewhere: places.filter((p) => p.slug !== s.slug) });
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
