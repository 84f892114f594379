/**
 * Writes the n-gram index (docs/SEARCH-INDEX.md) from speech text, in bounded memory.
 * Node only.
 *
 * For each gram kind, one scan notes every gram's hash partition (gramHash % P) in a byte
 * per code unit (assignParts); then, for each partition, one pass over every speech
 * collects that partition's (gram, speech, position) into typed arrays (for a count kind,
 * x1, x2, p2: (gram, speech, count), one per gram a speech holds), a stable radix sort by
 * gram puts them in (gram, speech, position) order, and the lists are encoded and written to
 * their buckets (and common grams to files of their own) before the next pass. The arrays a pass
 * works in (a Pool: 36 bytes per gram for p3, 28 for the others, allocated once per thread
 * and reused by every pass and kind, so memory does not wait on the garbage collector) hold
 * ~8.8 M grams; P is chosen so that a pass collects at most about that many. The texts are
 * read as UTF-16 code units from one SharedArrayBuffer (Units) that the worker threads share,
 * not copied into each. Output depends only on the input: byte-identical for the same texts.
 */
import { mkdirSync, readFileSync, rmSync, writeFile, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { unbroken, type IndexSource } from '../shared/engine.ts';
import {
  bucketPath,
  commonListPath,
  commonPath,
  decodePositions,
  encodeBucket,
  encodeCounts,
  encodeKeys,
  encodePositions,
  exactViewPath,
  FORMAT,
  gramLength,
  hashParts,
  isPositional,
  isStripped,
  KINDS,
  MANIFEST,
  VERSION,
  type Kind,
  type Manifest,
} from '../shared/format.ts';
import { ignorableTable } from '../shared/text.ts';
import { ByteWriter } from '../shared/varint.ts';
import { pack } from './pack.ts';
import { remainderBy } from './remainder.ts';

export interface BuildOptions {
  /** Hash partitions (passes per gram kind). Default: one per 8 M code units. */
  partitions?: number;
  /** A gram whose list is longer than this many bytes gets a file of its own. Default 4096. */
  commonBytes?: number;
  /** Bytes of (non-common) lists a bucket aims at. Default 8192. */
  bucketBytes?: number;
  /** 2: two worker threads write half the kinds each, the calling thread stays free. Default 2 from 2 M code units, else 1. */
  threads?: number;
  /** Log line per step. */
  log?: (line: string) => void;
}

export interface BuildStats {
  speeches: number;
  /** Code units indexed (sum of searchText lengths). */
  units: number;
  partitions: number;
  files: number;
  bytes: number;
  /** Per kind: grams, common grams, buckets, bytes. */
  kinds: Record<Kind, { grams: number; common: number; buckets: number; bytes: number }>;
  ms: number;
}

/**
 * Code units per hash partition: a pass collects about this many grams (some 60 bytes each
 * while sorted and encoded), and two passes run at once (one per worker thread). At 16 M
 * the whole build of 10,000 bench speeches peaked at 3.3 GiB in one process.
 */
const UNITS_PER_PARTITION = 8_000_000;

/**
 * The texts as one array of UTF-16 code units: text i is `units[offsets[i]] … units[offsets[i + 1]]`.
 * Backed by a SharedArrayBuffer, so worker threads read the same memory instead of a copy each.
 */
export interface Units {
  units: Uint16Array;
  offsets: Float64Array;
}

/** `texts` as Units (code units, not characters: the positions the index counts in). */
export function toUnits(texts: readonly string[]): Units {
  const offsets = new Float64Array(new SharedArrayBuffer(8 * (texts.length + 1)));
  for (let i = 0; i < texts.length; i++) offsets[i + 1] = offsets[i]! + texts[i]!.length;
  const units = new Uint16Array(new SharedArrayBuffer(2 * Math.max(1, offsets[texts.length]!)));
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i]!;
    const at = offsets[i]!;
    for (let j = 0; j < text.length; j++) units[at + j] = text.charCodeAt(j);
  }
  return { units, offsets };
}

/**
 * The collected grams of a pass (parallel arrays, `n` of them) and the scratch arrays their
 * sort and gather use, all of one capacity: allocated once per thread and reused by every
 * pass of every kind, grown (doubled) only when a pass collects more than it holds. Which
 * array plays which part changes with each sort; every Uint32 array is interchangeable.
 */
class Pool {
  n = 0;
  hi: Uint16Array;
  lo: Uint32Array;
  sp: Uint32Array;
  pos: Uint32Array;
  start: Uint32Array | null = null;
  end: Uint32Array | null = null;
  /** Scratch: the sort's second key buffers and its two permutations. */
  hi2: Uint16Array;
  u32: [Uint32Array, Uint32Array, Uint32Array];

  constructor(cap: number) {
    this.hi = new Uint16Array(cap);
    this.lo = new Uint32Array(cap);
    this.sp = new Uint32Array(cap);
    this.pos = new Uint32Array(cap);
    this.hi2 = new Uint16Array(cap);
    this.u32 = [new Uint32Array(cap), new Uint32Array(cap), new Uint32Array(cap)];
  }

  get cap(): number {
    return this.lo.length;
  }

  /** Starts a pass; `spans`: p3 also collects each gram's start and end in the original text. */
  reset(spans: boolean): void {
    this.n = 0;
    if (spans && !this.start) {
      this.start = new Uint32Array(this.cap);
      this.end = new Uint32Array(this.cap);
    }
    if (!spans) this.start = this.end = null;
  }

  /** Doubles every array, keeping the `n` entries collected so far. */
  grow(): void {
    const cap = this.cap * 2;
    const g = <T extends Uint16Array | Uint32Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(cap);
      b.set(a.subarray(0, this.n));
      return b;
    };
    this.hi = g(this.hi);
    this.lo = g(this.lo);
    this.sp = g(this.sp);
    this.pos = g(this.pos);
    if (this.start) this.start = g(this.start);
    if (this.end) this.end = g(this.end);
    this.hi2 = new Uint16Array(cap);
    this.u32 = [new Uint32Array(cap), new Uint32Array(cap), new Uint32Array(cap)];
  }
}

/**
 * x1 needs no positions: one entry per (unit, speech) whose `pos` holds the count (for one
 * unit, every occurrence counts), so a pass collects distinct units per speech, not units.
 * A unit's partition is looked up in a table of all 2^16 made once per pass.
 */
function collectUnits(texts: Units, part: number, P: number, e: Pool): void {
  e.reset(false);
  const { units, offsets } = texts;
  const counts = new Uint32Array(0x10000);
  const partOf = remainderBy(P);
  const mine = new Uint8Array(0x10000);
  for (let u = 0; u < 0x10000; u++) mine[u] = P === 1 || partOf(hashParts(0, u)) === part ? 1 : 0;
  const seen: number[] = [];
  for (let sp = 0; sp + 1 < offsets.length; sp++) {
    for (let i = offsets[sp]!, to = offsets[sp + 1]!; i < to; i++) {
      const u = units[i]!;
      if (!mine[u]) continue;
      if (counts[u] === 0) seen.push(u);
      counts[u]!++;
    }
    for (const u of seen) {
      if (e.n === e.lo.length) e.grow();
      const k = e.n++;
      e.hi[k] = 0;
      e.lo[k] = u;
      e.sp[k] = sp;
      e.pos[k] = counts[u]!;
      counts[u] = 0;
    }
    seen.length = 0;
  }
}

/**
 * Count kinds whose entries are (gram, speech, count), one per gram a speech holds, not one
 * per occurrence: their lists hold counts only, so a pass sorts and encodes the distinct
 * grams of each speech (about half its positions at 10,000 bench speeches) instead of every
 * position.
 */
const counted = (kind: Kind): boolean => !isPositional(kind);

/**
 * A table of the distinct grams of one speech (open addressing on the 32-bit key), reused
 * from speech to speech and pass to pass: a slot is taken when its stamp is the current
 * speech's (`start` gives each speech of each pass a new one).
 */
class SpeechGrams {
  bits = 0;
  current = 0;
  keys = new Uint32Array(0);
  stamp = new Uint32Array(0);
  /** Non-overlapping occurrences so far; an occurrence before `next` overlaps the last one counted. */
  counts = new Uint32Array(0);
  next = new Uint32Array(0);
  /** The taken slots, in the order first seen. */
  order = new Uint32Array(0);

  /** Starts a speech of up to `units` grams (at most half the slots taken); returns its stamp. */
  start(units: number): number {
    let bits = Math.max(this.bits, 10);
    while (1 << bits < 2 * units) bits++;
    if (bits !== this.bits) this.resize(bits);
    else if (this.current === 0xffff_ffff) {
      this.stamp.fill(0);
      this.current = 0;
    }
    return ++this.current;
  }

  private resize(bits: number): void {
    const size = 1 << bits;
    this.bits = bits;
    this.current = 0;
    this.keys = new Uint32Array(size);
    this.stamp = new Uint32Array(size);
    this.counts = new Uint32Array(size);
    this.next = new Uint32Array(size);
    this.order = new Uint32Array(size);
  }
}

/** Each gram's partition (assignParts): a byte per code unit, two from 255 partitions. */
type Parts = Uint8Array | Uint16Array;

/** An array for the parts of `units` code units in P partitions (values 0 … P). */
const newParts = (units: number, P: number): Parts => (P < 0xff ? new Uint8Array(units) : new Uint16Array(units));

/**
 * Each gram's partition, by the position its first unit has in its speech's text as the kind
 * reads it (stripped of ignorable units for a p kind): `parts[offsets[sp] + i]` for the gram
 * at i of speech sp (a stripped text is no longer than its text, so the places never meet).
 * Made in one scan per kind, so that each of the P passes skips the grams of other partitions
 * with a byte compare instead of hashing every gram of every speech again (at 10,000 bench
 * speeches, 7 passes: the scans took half the index's CPU). An x3 trigram without an
 * ignorable unit, which x3 does not keep, gets P: no partition.
 */
function assignParts(texts: Units, kind: Kind, P: number, parts: Parts): void {
  const len = gramLength(kind);
  const stripped = isStripped(kind);
  const ign = ignorableTable();
  const partOf = remainderBy(P);
  const all = texts.units;
  let units = new Uint16Array(1024);
  for (let sp = 0; sp + 1 < texts.offsets.length; sp++) {
    const from = texts.offsets[sp]!;
    const length = texts.offsets[sp + 1]! - from;
    let n = 0;
    let view: Uint16Array;
    if (stripped) {
      if (units.length < length) units = new Uint16Array(length * 2);
      for (let i = 0; i < length; i++) {
        const u = all[from + i]!;
        if (!ign[u]) units[n++] = u;
      }
      view = units;
    } else {
      view = all.subarray(from, from + length);
      n = length;
    }
    for (let i = 0; i + len <= n; i++) {
      let hi = 0;
      let lo: number;
      if (len === 3) {
        hi = view[i]!;
        lo = ((view[i + 1]! << 16) | view[i + 2]!) >>> 0;
      } else lo = ((view[i]! << 16) | view[i + 1]!) >>> 0;
      parts[from + i] = kind === 'x3' && !(ign[view[i]!]! | ign[view[i + 1]!]! | ign[view[i + 2]!]!) ? P : partOf(hashParts(hi, lo));
    }
  }
}

/**
 * The x2 or p2 grams of partition `part` as (key, speech, count) into `e`, in speech order
 * (one entry per gram a speech holds: the sort is stable, so a gram's entries stay in speech
 * order). Count: non-overlapping occurrences, leftmost first, as encode counts positions.
 * Only the grams of the partition (`parts`; every gram when P = 1) go into the table.
 */
function collectCounts(texts: Units, kind: Kind, part: number, parts: Parts | null, e: Pool, table: SpeechGrams): void {
  e.reset(false);
  const stripped = isStripped(kind);
  const ign = ignorableTable();
  const all = texts.units;
  let copy = new Uint16Array(1024);
  for (let sp = 0; sp + 1 < texts.offsets.length; sp++) {
    const from = texts.offsets[sp]!;
    const length = texts.offsets[sp + 1]! - from;
    let n = 0;
    let units: Uint16Array = copy;
    if (stripped) {
      if (copy.length < length) units = copy = new Uint16Array(length * 2);
      for (let i = 0; i < length; i++) {
        const u = all[from + i]!;
        if (!ign[u]) units[n++] = u;
      }
    } else {
      units = all.subarray(from, from + length);
      n = length;
    }
    const s = table.start(n);
    const { keys, stamp, counts, next, order } = table;
    const mask = (1 << table.bits) - 1;
    const shift = 32 - table.bits;
    let found = 0;
    const mine = parts?.subarray(from, from + n);
    for (let i = 0; i + 2 <= n; i++) {
      if (mine && mine[i] !== part) continue;
      const lo = ((units[i]! << 16) | units[i + 1]!) >>> 0;
      let h = Math.imul(lo, 0x9e3779b1) >>> shift;
      while (stamp[h] === s && keys[h] !== lo) h = (h + 1) & mask;
      if (stamp[h] !== s) {
        stamp[h] = s;
        keys[h] = lo;
        counts[h] = 0;
        next[h] = 0;
        order[found++] = h;
      }
      if (i >= next[h]!) {
        counts[h]!++;
        next[h] = i + 2;
      }
    }
    for (let f = 0; f < found; f++) {
      const h = order[f]!;
      if (e.n === e.lo.length) e.grow();
      const k = e.n++;
      e.hi[k] = 0;
      e.lo[k] = keys[h]!;
      e.sp[k] = sp;
      e.pos[k] = counts[h]!;
    }
  }
}

/**
 * Every gram of `kind` in partition `part` into `e`, in (speech, position) order; for a
 * count kind, one entry per (gram, speech) with its count (collectUnits, collectCounts).
 */
function collect(texts: Units, kind: Kind, part: number, P: number, parts: Parts | null, e: Pool, table: SpeechGrams): void {
  if (kind === 'x1') {
    collectUnits(texts, part, P, e);
    return;
  }
  if (counted(kind)) {
    collectCounts(texts, kind, part, parts, e, table);
    return;
  }
  const len = gramLength(kind);
  const stripped = isStripped(kind);
  e.reset(kind === 'p3');
  const ign = ignorableTable();
  const all = texts.units;
  // A stripped kind's text without its ignorable units, and each kept unit's place in the text.
  let copy = new Uint16Array(1024);
  let orig = new Uint32Array(1024);
  for (let sp = 0; sp + 1 < texts.offsets.length; sp++) {
    const from = texts.offsets[sp]!;
    const length = texts.offsets[sp + 1]! - from;
    let n = 0;
    let units: Uint16Array;
    if (stripped) {
      if (copy.length < length) {
        copy = new Uint16Array(length * 2);
        orig = new Uint32Array(length * 2);
      }
      for (let i = 0; i < length; i++) {
        const u = all[from + i]!;
        if (ign[u]) continue;
        copy[n] = u;
        orig[n++] = i;
      }
      units = copy;
    } else {
      units = all.subarray(from, from + length);
      n = length;
    }
    const mine = parts?.subarray(from, from + n);
    for (let i = 0; i + len <= n; i++) {
      if (mine) {
        if (mine[i] !== part) continue;
      } else if (kind === 'x3' && !(ign[units[i]!]! | ign[units[i + 1]!]! | ign[units[i + 2]!]!)) continue;
      // (x3 keeps only trigrams with an ignorable unit; the others are p3's occurrences of span 3.)
      let hi = 0;
      let lo: number;
      if (len === 3) {
        hi = units[i]!;
        lo = ((units[i + 1]! << 16) | units[i + 2]!) >>> 0;
      } else if (len === 2) lo = ((units[i]! << 16) | units[i + 1]!) >>> 0;
      else lo = units[i]!;
      if (e.n === e.lo.length) e.grow();
      const k = e.n++;
      e.hi[k] = hi;
      e.lo[k] = lo;
      e.sp[k] = sp;
      e.pos[k] = i;
      if (e.start) {
        e.start[k] = orig[i]!;
        e.end![k] = orig[i + 2]! + 1;
      }
    }
  }
}

/**
 * The entries sorted by gram key, stable (so (speech, position) order within a gram):
 * LSD radix sort, 16 bits a digit (the low and high half of `lo`, then `hi`; three passes
 * over a trigram's 48-bit key where 8-bit digits took six, and a pass of millions of entries
 * costs far more than its 2^16 counters), moving the key and an entry index; digits that are
 * the same for every entry are skipped. Returns the sorted keys and the entry index of each
 * (views of the pool's arrays) and the two Uint32 arrays of the pool left free.
 */
function sortByKey(e: Pool, len: number): { hi: Uint16Array; lo: Uint32Array; perm: Uint32Array; free: [Uint32Array, Uint32Array] } {
  const n = e.n;
  // Sorted in place: the collected keys are not needed in collection order afterwards.
  let lo: Uint32Array = e.lo.subarray(0, n);
  let hi: Uint16Array = e.hi.subarray(0, n);
  let perm = e.u32[0].subarray(0, n);
  for (let i = 0; i < n; i++) perm[i] = i;
  let lo2: Uint32Array = e.u32[1].subarray(0, n);
  let hi2: Uint16Array = e.hi2.subarray(0, n);
  let perm2 = e.u32[2].subarray(0, n);
  const count = new Uint32Array(0x10000);
  // A unit gram's key is its unit (lo < 2^16), a bigram's fills lo, a trigram's has hi too.
  const digits = len === 1 ? 1 : len === 2 ? 2 : 3;
  for (let d = 0; d < digits; d++) {
    count.fill(0);
    if (d === 0) for (let i = 0; i < n; i++) count[lo[i]! & 0xffff]!++;
    else if (d === 1) for (let i = 0; i < n; i++) count[lo[i]! >>> 16]!++;
    else for (let i = 0; i < n; i++) count[hi[i]!]!++;
    if (count.some((c) => c === n)) continue;
    let sum = 0;
    for (let v = 0; v < 0x10000; v++) {
      const c = count[v]!;
      count[v] = sum;
      sum += c;
    }
    if (d === 0) {
      for (let i = 0; i < n; i++) {
        const at = count[lo[i]! & 0xffff]!++;
        lo2[at] = lo[i]!;
        hi2[at] = hi[i]!;
        perm2[at] = perm[i]!;
      }
    } else if (d === 1) {
      for (let i = 0; i < n; i++) {
        const at = count[lo[i]! >>> 16]!++;
        lo2[at] = lo[i]!;
        hi2[at] = hi[i]!;
        perm2[at] = perm[i]!;
      }
    } else {
      for (let i = 0; i < n; i++) {
        const at = count[hi[i]!]!++;
        lo2[at] = lo[i]!;
        hi2[at] = hi[i]!;
        perm2[at] = perm[i]!;
      }
    }
    [lo, lo2] = [lo2, lo];
    [hi, hi2] = [hi2, hi];
    [perm, perm2] = [perm2, perm];
  }
  return { hi, lo, perm, free: [lo2, perm2] };
}

/** Gathers `a` in the order `perm` into `out` (a different array of at least perm.length). */
function gather(a: Uint32Array, perm: Uint32Array, out: Uint32Array): Uint32Array {
  for (let i = 0; i < perm.length; i++) out[i] = a[perm[i]!]!;
  return out.subarray(0, perm.length);
}

/**
 * The lists of one partition's grams, in key order, as views of the pool's arrays (no array
 * of its own: at 10,000 speeches a pass has millions of grams, whose keys and offsets as
 * JavaScript arrays kept each worker's heap at ~140 MB): gram g has the key
 * `hi[g] * 2^32 + lo[g]` and the list `bytes[ends[g - 1] … ends[g]]` (from 0 for g = 0).
 */
interface Encoded {
  grams: number;
  hi: Uint16Array;
  lo: Uint32Array;
  ends: Uint32Array;
  bytes: Uint8Array;
  /** Two arrays of the pool, of at least `grams` entries, that nothing uses until the next pass. */
  free: [Uint32Array, Uint32Array];
}

function encode(e: Pool, kind: Kind, w: ByteWriter): Encoded {
  const sorted = sortByKey(e, gramLength(kind));
  const { hi: khi, lo: klo, perm, free } = sorted;
  // Gathered into arrays the sort left free, then into those the gathered ones leave: no new array.
  const sp = gather(e.sp, perm, free[0]);
  const pos = gather(e.pos, perm, free[1]);
  const start = e.start ? gather(e.start, perm, e.sp) : null;
  const end = e.end ? gather(e.end, perm, e.pos) : null;
  // Gathered: the permutation's array takes the lists' ends, and each gram's key is moved
  // down to its index among the distinct grams (never past an entry not yet read).
  const ends = perm;
  const n = e.n;
  const positional = isPositional(kind);
  w.clear();
  let grams = 0;
  const listSp: number[] = [];
  const listCount: number[] = [];
  const speechW = new ByteWriter(1024);
  let i = 0;
  while (i < n) {
    const hi = khi[i]!;
    const lo = klo[i]!;
    let j = i;
    while (j < n && klo[j] === lo && khi[j] === hi) j++;
    listSp.length = 0;
    listCount.length = 0;
    if (!positional) {
      // One entry per speech, holding its count (collectUnits, collectCounts).
      for (let k = i; k < j; k++) {
        listSp.push(sp[k]!);
        listCount.push(pos[k]!);
      }
      encodeCounts(listSp, listCount, listSp.length, w);
    } else {
      speechW.clear();
      let speeches = 0;
      let prevSp = -1;
      let k = i;
      while (k < j) {
        const speech = sp[k]!;
        let m = k;
        while (m < j && sp[m] === speech) m++;
        speechW.varint(speech - prevSp - 1);
        prevSp = speech;
        speechW.varint(m - k - 1);
        let prev = -1;
        let removed = 0;
        for (; k < m; k++) {
          const p = pos[k]!;
          if (start) {
            const before = start[k]! - p;
            const inside = end![k]! - start[k]! - 3;
            const flag = before !== removed || inside !== 0;
            speechW.varint((p - prev - 1) * 2 + (flag ? 1 : 0));
            if (flag) {
              speechW.varint(before - removed);
              speechW.varint(inside);
              removed = before;
            }
          } else speechW.varint(p - prev - 1);
          prev = p;
        }
        speeches++;
      }
      w.varint(speeches);
      w.append(speechW.view());
    }
    khi[grams] = hi;
    klo[grams] = lo;
    ends[grams++] = w.length;
    i = j;
  }
  return { grams, hi: khi, lo: klo, ends, bytes: w.view(), free: [sp, pos] };
}

/** What a thread writes the index with: one Pool, one ByteWriter and one SpeechGrams for every pass and kind. */
export interface Work {
  pool: Pool;
  writer: ByteWriter;
  grams: SpeechGrams;
  /** Each gram's partition (assignParts), for the kind being written; null when P = 1. */
  parts: Parts | null;
}

/** A thread's Work for `texts` in P partitions: a pass collects about units / P grams, 10 % more room. */
export function newWork(texts: Units, P: number): Work {
  const units = texts.offsets[texts.offsets.length - 1]!;
  return {
    pool: new Pool(Math.max(1024, Math.ceil((units / P) * 1.1))),
    writer: new ByteWriter(1 << 20),
    grams: new SpeechGrams(),
    parts: P > 1 ? newParts(units, P) : null,
  };
}

/** What one kind's files came to. */
export interface KindStats {
  grams: number;
  common: number;
  buckets: number;
  files: number;
  bytes: number;
}

/**
 * Writes the files of one gram kind (its folder must exist), partition by partition. Its
 * bucket count is fixed by the first partition (a multiple of P, so that every bucket falls
 * in one partition: bucket % P = hash % P). Kinds are independent of one another.
 */
export async function writeKind(
  texts: Units,
  outDir: string,
  kind: Kind,
  P: number,
  opts: { commonBytes: number; bucketBytes: number; log: (line: string) => void },
  work: Work = newWork(texts, P),
): Promise<KindStats> {
  const { commonBytes, bucketBytes, log } = opts;
  const { pool: e, writer, grams: table } = work;
  // x1 looks its units' partitions up in a table of its own (collectUnits).
  const parts = kind === 'x1' ? null : work.parts;
  if (parts) assignParts(texts, kind, P, parts);
  const stats: KindStats = { grams: 0, common: 0, buckets: 0, files: 0, bytes: 0 };
  // Files are written by libuv's threads while this thread goes on encoding: creating
  // thousands of small files is mostly waiting on the file system.
  const writes: Promise<void>[] = [];
  const write = (path: string, raw: Uint8Array) => {
    // Stored gzipped (shared/packed.ts); compressed here, in this kind's thread.
    const data = pack(raw, 'lists');
    writes.push(
      new Promise((done, fail) =>
        writeFile(join(outDir, path), data, (error) => {
          if (error) fail(error);
          else done();
        }),
      ),
    );
    stats.files++;
    stats.bytes += data.length;
  };
  const commonKeys: number[] = [];
  for (let part = 0; part < P; part++) {
    const t = performance.now();
    collect(texts, kind, part, P, parts, e, table);
    const { grams, hi, lo, ends, bytes, free } = encode(e, kind, writer);
    const key = (g: number) => hi[g]! * 0x1_0000_0000 + lo[g]!;
    const list = (g: number) => bytes.subarray(g === 0 ? 0 : ends[g - 1]!, ends[g]!);
    const size = (g: number) => ends[g]! - (g === 0 ? 0 : ends[g - 1]!);
    let rare = 0;
    for (let g = 0; g < grams; g++) if (size(g) <= commonBytes) rare += size(g);
    if (part === 0) stats.buckets = P * Math.max(1, Math.ceil(rare / bucketBytes));
    const local = stats.buckets / P;
    const bucketOfHash = remainderBy(stats.buckets);
    // Each gram's bucket of this partition (`bucket % P = part`), then the grams by bucket,
    // in key order within one (a counting sort into the pool's free arrays).
    const [bucketOf, byBucket] = free;
    const first = new Uint32Array(local + 1);
    for (let g = 0; g < grams; g++) {
      if (size(g) > commonBytes) {
        write(commonPath(kind, key(g)), list(g));
        // What an exact phrase reads of it (format.ts exactViewPath).
        if (kind === 'p3') write(exactViewPath(key(g)), encodePositions(unbroken(decodePositions(list(g), true))));
        stats.common++;
        commonKeys.push(key(g));
      }
      const l = (bucketOfHash(hashParts(hi[g]!, lo[g]!)) - part) / P;
      bucketOf[g] = l;
      first[l + 1]!++;
    }
    for (let l = 0; l < local; l++) first[l + 1]! += first[l]!;
    const next = first.slice(0, local);
    for (let g = 0; g < grams; g++) byBucket[next[bucketOf[g]!]!++] = g;
    for (let l = 0; l < local; l++) {
      const gs = byBucket.subarray(first[l]!, first[l + 1]!);
      const data = encodeBucket(
        Array.from(gs, key),
        Array.from(gs, (g) => (size(g) > commonBytes ? null : list(g))),
      );
      write(bucketPath(kind, l * P + part), data);
    }
    stats.grams += grams;
    // One partition's files in flight at most: its encoded lists are let go before the next.
    await Promise.all(writes.splice(0));
    log(
      `search index: ${kind} partition ${part + 1}/${P}: ${e.n} grams collected, ${grams} distinct, ${Math.round(performance.now() - t)} ms`,
    );
  }
  write(commonListPath(kind), encodeKeys(commonKeys.sort((a, b) => a - b)));
  await Promise.all(writes);
  return stats;
}

/**
 * With two threads, the kinds are split in two halves of about equal work, each written by
 * a worker thread: p3 (the largest), and the others (their files are
 * disjoint, so the output does not depend on which finishes first). The calling thread
 * stays free meanwhile (the search stage writes the text chunks then; it starts the quick
 * box's Pagefind when the index is done).
 */
const HALVES: readonly (readonly Kind[])[] = [['p3'], ['p2', 'x2', 'x3', 'x1']];

/** Runs writeKind for `kinds` in a worker thread (build/index-worker.ts). */
function writeKindsInWorker(
  texts: Units,
  outDir: string,
  kinds: readonly Kind[],
  P: number,
  opts: { commonBytes: number; bucketBytes: number },
): Promise<Record<string, KindStats>> {
  return new Promise((done, fail) => {
    const worker = new Worker(new URL('./index-worker.ts', import.meta.url), { workerData: { texts, outDir, kinds, P, opts } });
    worker.once('message', (m: Record<string, KindStats>) => done(m));
    worker.once('error', fail);
    worker.once('exit', (code) => {
      if (code !== 0) fail(new Error(`search index worker (${kinds.join(', ')}) stopped with exit code ${code}`));
    });
  });
}

/**
 * Writes the index of `texts` into `outDir` (emptied first). `texts[i]` is the searchText
 * (shared/text.ts) of speech id i; pass them in date order, so id order is date order.
 * Same input, byte-identical output, with or without the worker threads.
 */
export async function writeSearchIndex(texts: readonly string[], outDir: string, opts: BuildOptions = {}): Promise<BuildStats> {
  const started = performance.now();
  const log = opts.log ?? (() => undefined);
  const units = texts.reduce((n, t) => n + t.length, 0);
  const P = Math.max(1, opts.partitions ?? Math.ceil(units / UNITS_PER_PARTITION));
  const kindOpts = { commonBytes: opts.commonBytes ?? 4096, bucketBytes: opts.bucketBytes ?? 8192 };
  const threads = opts.threads ?? (units >= 2_000_000 ? 2 : 1);
  const shared = toUnits(texts);
  rmSync(outDir, { recursive: true, force: true });
  for (const kind of KINDS) mkdirSync(join(outDir, kind, 'c'), { recursive: true });
  mkdirSync(join(outDir, exactViewPath(0), '..'), { recursive: true });
  let all: Record<Kind, KindStats>;
  if (threads > 1) {
    const halves = HALVES.map((kinds) => writeKindsInWorker(shared, outDir, kinds, P, kindOpts));
    // Keep one failed worker's rejection from going unhandled while the other works.
    for (const h of halves) h.catch(() => undefined);
    all = Object.assign({}, ...(await Promise.all(halves))) as Record<Kind, KindStats>;
  } else {
    all = {} as Record<Kind, KindStats>;
    const work = newWork(shared, P);
    for (const kind of KINDS) all[kind] = await writeKind(shared, outDir, kind, P, { ...kindOpts, log }, work);
  }
  const buckets = {} as Record<Kind, number>;
  const kinds = {} as BuildStats['kinds'];
  let files = 0;
  let bytes = 0;
  for (const kind of KINDS) {
    const k = all[kind];
    buckets[kind] = k.buckets;
    kinds[kind] = { grams: k.grams, common: k.common, buckets: k.buckets, bytes: k.bytes };
    files += k.files;
    bytes += k.bytes;
  }
  const manifest = new TextEncoder().encode(
    `${JSON.stringify({ format: FORMAT, version: VERSION, speeches: texts.length, units, buckets } satisfies Manifest)}\n`,
  );
  writeFileSync(join(outDir, MANIFEST), manifest);
  files++;
  bytes += manifest.length;
  const ms = Math.round(performance.now() - started);
  log(
    `search index: ${texts.length} speeches, ${units} code units, ${files} files, ${bytes} bytes in ${ms} ms (${P} partition(s), ${threads > 1 ? 2 : 1} thread(s))`,
  );
  return { speeches: texts.length, units, partitions: P, files, bytes, kinds, ms };
}

/** An IndexSource reading files under `dir` (tests, bench). */
export function nodeSource(dir: string): IndexSource {
  return {
    async get(path) {
      try {
        return new Uint8Array(await readFile(join(dir, path)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
  };
}

/** The manifest of the index in `dir`, or null when there is none. */
export function readManifest(dir: string): Manifest | null {
  try {
    return JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as Manifest;
  } catch {
    return null;
  }
}
