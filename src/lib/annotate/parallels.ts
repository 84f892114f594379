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
 * which are capped (a bucket of more than MAX_BUCKET distinct keys compares only the
 * MAX_BUCKET whose key hash is smallest), so a very common opening does not make the work
 * quadratic; the cap can only miss a near match, never make one. Which keys a bucket
 * compares follows from the keys alone, not from the order the speeches come in: the
 * groups are a function of the set of sentences, so a speech added, changed or removed
 * changes only the buckets its keys fall in (see docs/PERFORMANCE.md, session 12 wt-cross).
 */
import { boundedDistance, halfHashes, sameKey, scanSentences, sentenceKey, type SentenceBlock } from './sentences.ts';

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
  /**
   * By speech slug: its paragraphs with parallels, in paragraph order. Each `get` makes
   * the speech's notes afresh from compact columns (see `SpeechNotes`): the archive's
   * notes, one object per paragraph and group, are never all held at once.
   */
  bySpeech: ReadonlyMap<string, ParallelHere[]>;
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

/** A growable column of 32-bit integers. */
class IntColumn {
  data = new Int32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = v;
  }
  done(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

/** A growable column of doubles. */
class FloatColumn {
  data = new Float64Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = v;
  }
  done(): Float64Array {
    return this.data.subarray(0, this.length);
  }
}

/**
 * A table from 53-bit hashes to the first of the given items that had each hash
 * (open addressing, linear probing): a Map with number keys above 2³¹ boxes every key.
 */
class HashIndex {
  private readonly keys: Float64Array;
  private readonly values: Int32Array;
  private readonly mask: number;
  constructor(capacity: number) {
    let size = 1024;
    while (size < capacity * 2) size *= 2;
    this.keys = new Float64Array(size);
    this.values = new Int32Array(size).fill(-1);
    this.mask = size - 1;
  }
  /** The value stored for `hash`, or stores `value` for it and returns -1. */
  getOrSet(hash: number, value: number): number {
    // Low bits of both 32-bit halves of the hash.
    let slot = ((hash | 0) ^ ((hash / 0x200000) | 0)) & this.mask;
    for (;;) {
      const v = this.values[slot]!;
      if (v === -1) {
        this.keys[slot] = hash;
        this.values[slot] = value;
        return -1;
      }
      if (this.keys[slot] === hash) return v;
      slot = (slot + 1) & this.mask;
    }
  }
}

export function findParallels(speeches: readonly ParallelSpeech[]): Parallels {
  // Every candidate sentence by position: its speech, paragraph, block and span, and its key's hash and length.
  const owner = new IntColumn();
  const paragraph = new IntColumn();
  /** Index of the sentence's block in `blockText` (every speech's blocks, one after another). */
  const block = new IntColumn();
  const from = new IntColumn();
  const to = new IntColumn();
  const keyLength = new IntColumn();
  const hashColumn = new FloatColumn();
  const blockText: string[] = [];
  for (let s = 0; s < speeches.length; s++) {
    const blocks = speeches[s]!.blocks;
    const base = blockText.length;
    for (const b of blocks) blockText.push(b.text);
    scanSentences(blocks, MIN_KEY, (p, b, start, end, hash, length) => {
      owner.push(s);
      paragraph.push(p);
      block.push(base + b);
      from.push(start);
      to.push(end);
      keyLength.push(length);
      hashColumn.push(hash);
    });
  }
  const n = owner.length;
  const own = owner.done();
  const para = paragraph.done();
  const blk = block.done();
  const lo = from.done();
  const hi = to.done();
  const len = keyLength.done();
  const hashes = hashColumn.done();
  const source = (i: number) => blockText[blk[i]!]!;
  const text = (i: number) => source(i).slice(lo[i]!, hi[i]!).trim();

  const uf = new UnionFind(n);
  // Equal keys: by the 53-bit hash, the keys compared on a hit.
  const byKey = new HashIndex(n);
  const distinct = new IntColumn();
  for (let i = 0; i < n; i++) {
    const first = byKey.getOrSet(hashes[i]!, i);
    if (first === -1) distinct.push(i);
    else if (len[first] === len[i] && sameKey(source(first), lo[first]!, hi[first]!, source(i), lo[i]!, hi[i]!)) uf.union(first, i);
    else distinct.push(i);
  }
  // Near-equal keys: compare the distinct keys that share a half. A bucket lists all its
  // keys (through `next`, one entry per distinct key and half); one of more than MAX_BUCKET
  // compares the MAX_BUCKET with the smallest key hash (`byHash`), whatever their order.
  const keys = distinct.done();
  const halves = new HashIndex(2 * keys.length);
  const bucketHead = new IntColumn();
  const bucketTail = new IntColumn();
  const bucketSize = new IntColumn();
  const next = new Int32Array(2 * keys.length).fill(-1);
  for (let k = 0; k < keys.length; k++) {
    const i = keys[k]!;
    const [a, b] = halfHashes(source(i), lo[i]!, hi[i]!, len[i]! >> 1);
    // The second half's hash is offset so a first and a second half never share a bucket.
    const both = [a, b + 1];
    for (let side = 0; side < 2; side++) {
      const entry = 2 * k + side;
      const bucket = halves.getOrSet(both[side]!, bucketHead.length);
      if (bucket === -1) {
        bucketHead.push(entry);
        bucketTail.push(entry);
        bucketSize.push(1);
      } else {
        next[bucketTail.data[bucket]!] = entry;
        bucketTail.data[bucket] = entry;
        bucketSize.data[bucket]!++;
      }
    }
  }
  const keyText = new Map<number, string>();
  const keyOf = (i: number) => keyText.get(i) ?? keyText.set(i, sentenceKey(source(i).slice(lo[i]!, hi[i]!))).get(i)!;
  // Smallest key hash first; equal hashes (another key by a rare collision) by the key itself.
  const byHash = (a: number, b: number) => hashes[a]! - hashes[b]! || (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0);
  const members: number[] = [];
  for (let bucket = 0; bucket < bucketHead.length; bucket++) {
    if (bucketSize.data[bucket]! < 2) continue;
    members.length = 0;
    for (let e = bucketHead.data[bucket]!; e !== -1; e = next[e]!) members.push(keys[e >> 1]!);
    if (members.length > MAX_BUCKET) {
      members.sort(byHash);
      members.length = MAX_BUCKET;
    }
    for (let x = 1; x < members.length; x++) {
      for (let y = 0; y < x; y++) {
        const a = members[x]!;
        const b = members[y]!;
        const max = Math.max(1, Math.floor(Math.min(len[a]!, len[b]!) / NEAR_PER));
        if (Math.abs(len[a]! - len[b]!) > max || uf.find(a) === uf.find(b)) continue;
        if (boundedDistance(keyOf(a), keyOf(b), max) <= max) uf.union(a, b);
      }
    }
    // Keys compared once are seldom compared again: keep the cache small.
    if (keyText.size > 65536) keyText.clear();
  }

  // Members of each group (the root is its first sentence), contiguous in `order` in
  // sentence order (a counting sort: no array per sentence); sentences run speech by
  // speech, so each speech's members of a group stand together.
  const root = new Int32Array(n);
  const size = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) size[(root[i] = uf.find(i)) + 1]!++;
  for (let r = 0; r < n; r++) size[r + 1]! += size[r]!;
  const order = new Int32Array(n);
  const fill = size.slice(0, n);
  for (let i = 0; i < n; i++) order[fill[root[i]!]!++] = i;

  // Earliest first, once for all speeches.
  const rank = new Int32Array(speeches.length);
  const keyed = speeches.map((s, i) => ({ key: dateKey(s), slug: s.slug, i }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  keyed.forEach((k, r) => {
    rank[k.i] = r;
  });

  // One place object per paragraph, shared by every group said in it (a paragraph's
  // sentences are contiguous in sentence order): at 10,000 bench speeches 0.3 M objects
  // instead of 0.83 M, on a heap the garbage collector walks for the whole build.
  const paragraphSlot = new Int32Array(n);
  let slots = 0;
  for (let i = 0; i < n; i++) {
    if (i > 0 && (own[i] !== own[i - 1] || para[i] !== para[i - 1])) slots++;
    paragraphSlot[i] = slots;
  }
  const placeBySlot: (ParallelPlace | undefined)[] = new Array(n ? slots + 1 : 0);
  const placeOf = (i: number): ParallelPlace => {
    const slot = paragraphSlot[i]!;
    const known = placeBySlot[slot];
    if (known) return known;
    const s = speeches[own[i]!]!;
    return (placeBySlot[slot] = { slug: s.slug, title: s.title, date: s.date, year: s.year, paragraph: para[i]! });
  };

  const groups: ParallelGroup[] = [];
  // The notes, one per paragraph and group, as columns: its speech, paragraph, group and
  // the sentence (its block and span) as that paragraph writes it.
  const noteSpeech = new IntColumn();
  const noteParagraph = new IntColumn();
  const noteGroup = new IntColumn();
  const noteSentence = new IntColumn();
  /** Speeches in the order they got their first note (the order `bySpeech` lists them). */
  const speechOrder = new IntColumn();
  const hasNotes = new Uint8Array(speeches.length);
  /** The first of the other speeches that say it, earliest first (undated last), one place each. */
  const firsts: number[] = [];
  for (let r = 0; r < n; r++) {
    const start = size[r]!;
    const stop = size[r + 1]!;
    // Said in one speech only: no parallel.
    if (stop - start < 2 || own[order[start]!] === own[order[stop - 1]!]) continue;
    firsts.length = 0;
    for (let k = start; k < stop; k++) {
      const i = order[k]!;
      if (k === start || own[i] !== own[order[k - 1]!]) firsts.push(i);
    }
    firsts.sort((a, b) => rank[own[a]!]! - rank[own[b]!]!);
    const places = firsts.map(placeOf);
    const campaigns = new Set<string>();
    for (const i of firsts) {
      const c = speeches[own[i]!]!.campaign;
      if (c) campaigns.add(c);
    }
    const id = groups.length;
    groups.push({ sentence: text(firsts[0]!), places, campaigns: [...campaigns].sort() });
    for (let k = start; k < stop; k++) {
      const i = order[k]!;
      // One note per paragraph and group, however often the paragraph says it.
      if (k > start && own[i] === own[order[k - 1]!] && para[i] === para[order[k - 1]!]) continue;
      if (!hasNotes[own[i]!]) {
        hasNotes[own[i]!] = 1;
        speechOrder.push(own[i]!);
      }
      noteSpeech.push(own[i]!);
      noteParagraph.push(para[i]!);
      noteGroup.push(id);
      noteSentence.push(i);
    }
  }
  return {
    groups,
    bySpeech: new SpeechNotes(
      speeches,
      groups,
      speechOrder.done(),
      noteSpeech.done(),
      noteParagraph.done(),
      noteGroup.done(),
      noteSentence.done(),
      blockText,
      blk,
      lo,
      hi,
    ),
  };
}

/**
 * Every speech's notes (`Parallels.bySpeech`), kept as typed columns sorted by speech, then
 * paragraph, then group; `get` makes a speech's `ParallelHere` objects when asked. What
 * stays on the heap between calls is one small array per group (the places a note lists)
 * and references to the speeches' block texts; the columns are off the heap, where the
 * garbage collector does not walk them.
 */
class SpeechNotes implements ReadonlyMap<string, ParallelHere[]> {
  /** Index of each speech with notes, by slug. */
  private readonly index = new Map<string, number>();
  /** Notes of speech s: `from[s]` to `from[s + 1]` in the sorted columns. */
  private readonly from: Int32Array;
  private readonly paragraph: Int32Array;
  private readonly group: Int32Array;
  /** The note's sentence: `blockText[block].slice(start, end).trim()`. */
  private readonly block: Int32Array;
  private readonly start: Int32Array;
  private readonly end: Int32Array;
  /** Per group, the first KEPT_PLACES places (the list every speech past them shares), made when first asked for. */
  private readonly firstKept: (ParallelPlace[] | undefined)[];

  private readonly speeches: readonly ParallelSpeech[];
  private readonly groups: readonly ParallelGroup[];
  /** Speeches with notes, in the order they got their first. */
  private readonly order: Int32Array;
  private readonly blockText: readonly string[];

  constructor(
    speeches: readonly ParallelSpeech[],
    groups: readonly ParallelGroup[],
    order: Int32Array,
    speechOf: Int32Array,
    paragraphOf: Int32Array,
    groupOf: Int32Array,
    sentenceOf: Int32Array,
    blockText: readonly string[],
    blockOfSentence: Int32Array,
    startOfSentence: Int32Array,
    endOfSentence: Int32Array,
  ) {
    this.speeches = speeches;
    this.groups = groups;
    this.order = order.slice();
    this.blockText = blockText;
    const notes = speechOf.length;
    for (const s of order) this.index.set(speeches[s]!.slug, s);
    // By speech (a counting sort, stable: notes stay in group order), then by paragraph and group within each speech.
    this.from = new Int32Array(speeches.length + 1);
    for (let k = 0; k < notes; k++) this.from[speechOf[k]! + 1]!++;
    for (let s = 0; s < speeches.length; s++) this.from[s + 1]! += this.from[s]!;
    const sorted = new Int32Array(notes);
    const fill = this.from.slice(0, speeches.length);
    for (let k = 0; k < notes; k++) sorted[fill[speechOf[k]!]!++] = k;
    for (let s = 0; s < speeches.length; s++) {
      const part = sorted.subarray(this.from[s]!, this.from[s + 1]!);
      if (part.length > 1) part.sort((a, b) => paragraphOf[a]! - paragraphOf[b]! || groupOf[a]! - groupOf[b]!);
    }
    this.paragraph = new Int32Array(notes);
    this.group = new Int32Array(notes);
    this.block = new Int32Array(notes);
    this.start = new Int32Array(notes);
    this.end = new Int32Array(notes);
    for (let k = 0; k < notes; k++) {
      const note = sorted[k]!;
      const i = sentenceOf[note]!;
      this.paragraph[k] = paragraphOf[note]!;
      this.group[k] = groupOf[note]!;
      this.block[k] = blockOfSentence[i]!;
      this.start[k] = startOfSentence[i]!;
      this.end[k] = endOfSentence[i]!;
    }
    this.firstKept = new Array(groups.length);
  }

  get size(): number {
    return this.order.length;
  }

  has(slug: string): boolean {
    return this.index.has(slug);
  }

  get(slug: string): ParallelHere[] | undefined {
    const s = this.index.get(slug);
    return s === undefined ? undefined : this.notesOf(s);
  }

  private notesOf(s: number): ParallelHere[] {
    const slug = this.speeches[s]!.slug;
    const out: ParallelHere[] = [];
    for (let k = this.from[s]!; k < this.from[s + 1]!; k++) {
      const id = this.group[k]!;
      const places = this.groups[id]!.places;
      // The other places a paragraph lists: the first KEPT_PLACES but its own. Speeches past
      // them all list the same first KEPT_PLACES, one array for all.
      const firstKept = (this.firstKept[id] ??= places.slice(0, KEPT_PLACES));
      const at = firstKept.findIndex((p) => p.slug === slug);
      const elsewhere = at === -1 ? firstKept : places.slice(0, KEPT_PLACES + 1).filter((p) => p.slug !== slug);
      const sentence = this.blockText[this.block[k]!]!.slice(this.start[k]!, this.end[k]!).trim();
      out.push({ paragraph: this.paragraph[k]!, sentence, group: id, elsewhere, count: places.length - 1 });
    }
    return out;
  }

  forEach(callback: (value: ParallelHere[], key: string, map: ReadonlyMap<string, ParallelHere[]>) => void, thisArg?: unknown): void {
    for (const [slug, notes] of this.entries()) callback.call(thisArg, notes, slug, this);
  }

  *entries(): MapIterator<[string, ParallelHere[]]> {
    for (const s of this.order) yield [this.speeches[s]!.slug, this.notesOf(s)];
  }

  *keys(): MapIterator<string> {
    for (const s of this.order) yield this.speeches[s]!.slug;
  }

  *values(): MapIterator<ParallelHere[]> {
    for (const s of this.order) yield this.notesOf(s);
  }

  [Symbol.iterator](): MapIterator<[string, ParallelHere[]]> {
    return this.entries();
  }
}

/** A speech's notes as its page shows them (no internal group ids), made afresh: `[]` when it has none. */
export function speechNotes(parallels: Parallels, slug: string): Omit<ParallelHere, 'group'>[] {
  return (parallels.bySpeech.get(slug) ?? []).map(({ paragraph, sentence, elsewhere, count }) => ({
    paragraph,
    sentence,
    elsewhere,
    count,
  }));
}

/** Per passage, the two lists its notes take their places from (made when first asked for). */
const placeSources = new WeakMap<ParallelGroup, { first: ParallelPlace[]; firstAndNext: ParallelPlace[] }>();

/**
 * The list a speech's note on passage `group` takes its places from: the passage's first
 * KEPT_PLACES places when the speech is not among them (the note lists them all), else its
 * first KEPT_PLACES + 1 (the note lists them but the speech itself). One array per passage
 * and case, so a page's cache key digests each once (src/lib/pages/page-keys.ts), where the
 * notes' own lists are one array per speech among a passage's first; the places a note
 * shows follow from this list and the speech.
 */
export function placesSource(group: ParallelGroup, slug: string): readonly ParallelPlace[] {
  let lists = placeSources.get(group);
  if (!lists) {
    lists = { first: group.places.slice(0, KEPT_PLACES), firstAndNext: group.places.slice(0, KEPT_PLACES + 1) };
    placeSources.set(group, lists);
  }
  return lists.first.some((p) => p.slug === slug) ? lists.firstAndNext : lists.first;
}

/** A speech's parallel notes as its page's cache key takes them: what each shows, its places by their source list. */
export function keyNotes(
  parallels: Parallels,
  slug: string,
): { paragraph: number; sentence: string; count: number; places: readonly ParallelPlace[] }[] {
  return (parallels.bySpeech.get(slug) ?? []).map(({ paragraph, sentence, group, count }) => ({
    paragraph,
    sentence,
    count,
    places: placesSource(parallels.groups[group]!, slug),
  }));
}

/**
 * A sentence's opening words as a note quotes them: at most `max` characters, without
 * trailing punctuation. An exact search for them finds the speeches that say the
 * sentence, with a far shorter URL than the whole sentence percent-encoded.
 */
export function openingWords(sentence: string, max = 24): string {
  return [...sentence]
    .slice(0, max)
    .join('')
    .replace(/[^\p{L}\p{N}]+$/u, '');
}

/**
 * The fewest places a passage needs to be among the `n` most reused: the `n`-th largest
 * count of places (1 when there are `n` groups or fewer). Counted, not sorted.
 */
export function placesCutoff(groups: readonly ParallelGroup[], n: number): number {
  if (groups.length <= n) return 1;
  const tally: number[] = [];
  for (const g of groups) tally[g.places.length] = (tally[g.places.length] ?? 0) + 1;
  let seen = 0;
  for (let size = tally.length - 1; size > 1; size--) {
    seen += tally[size] ?? 0;
    if (seen >= n) return size;
  }
  return 1;
}

/**
 * The most reused passages: most speeches first, then earliest first use. Only the groups
 * with at least the `n`-th largest count of places are sorted (at 10,000 speeches some
 * 400,000 groups, nearly all of two places, of which 300 are shown).
 */
export function mostReused(groups: readonly ParallelGroup[], n: number): (ParallelGroup & { id: number })[] {
  const cutoff = placesCutoff(groups, n);
  const ids: number[] = [];
  groups.forEach((g, id) => {
    if (g.places.length >= cutoff) ids.push(id);
  });
  return ids
    .sort(
      (a, b) => groups[b]!.places.length - groups[a]!.places.length || earliestFirst(groups[a]!.places[0]!, groups[b]!.places[0]!) || a - b,
    )
    .slice(0, n)
    .map((id) => ({ ...groups[id]!, id }));
}
