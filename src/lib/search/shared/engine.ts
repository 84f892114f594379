/**
 * The archive's own static n-gram index: the query side. Runs in the browser and in
 * Node, given a byte source (IndexSource). The format is in docs/SEARCH-INDEX.md; the
 * builder is src/lib/search/build/write-index.ts.
 *
 * Characters are UTF-16 code units throughout (positions are `String.prototype.indexOf`
 * positions in `searchText`); a character beyond the BMP (𠮷) is two units, and a query
 * matches exactly when `searchText(...).indexOf(query)` would.
 */

import {
  bucketPath,
  commonListPath,
  commonPath,
  decodeCounts,
  decodeIdMap,
  decodeKeys,
  decodePositions,
  DELTA_DIR,
  exactViewPath,
  findInBucket,
  FORMAT,
  gramHash,
  gramKey,
  MANIFEST,
  VERSION,
  type Kind,
  type Manifest,
  type PositionList,
} from './format.ts';
import { unpackSync } from './packed.ts';
import { isIgnorable, stripIgnorable } from './text.ts';

/**
 * Byte source: the bytes of `<index dir>/<path>` as stored (gzipped: shared/packed.ts), or
 * null when that file does not exist (fetch in the browser, readFile in Node).
 */
export interface IndexSource {
  get(path: string): Promise<Uint8Array | null>;
}

/** How punctuation in the text is treated. */
export type PunctuationMode = 'exact' | 'ignoring-punctuation';

/** One speech that holds the phrase. */
export interface Occurrences {
  /** Speech id: its index in the list the index was built from (the site passes newest first). */
  speech: number;
  /** Non-overlapping occurrences, leftmost first (as String.split counts), in searchText. */
  count: number;
  /**
   * UTF-16 offset in searchText where each counted occurrence starts, ascending; null when
   * the query (after removing punctuation in 'ignoring-punctuation' mode) is 1–2 code
   * units: then only counts are indexed, and `findInText` gives positions from the text.
   */
  positions: Uint32Array | null;
  /**
   * Length in searchText of each occurrence (same order as positions). In 'exact' mode every
   * one is the query's length; ignoring punctuation, an occurrence spans the punctuation
   * inside it, so lengths vary. null when positions is null.
   */
  lengths: Uint32Array | null;
}

export interface FindResult {
  /** 'exact': the phrase as typed. 'ignoring-punctuation': punctuation and spaces were skipped in query and text. */
  mode: PunctuationMode;
  /** Speeches holding the phrase, ascending speech id. */
  hits: Occurrences[];
}

export interface FindOptions {
  /**
   * 'auto' (default): exact; when that finds nothing and the phrase without punctuation
   * is different or non-empty, ignoring punctuation. 'exact' / 'ignoring-punctuation': only that.
   */
  punctuation?: 'auto' | PunctuationMode;
}

/**
 * Offsets in a phrase of n ≥ 3 units of the trigrams that are looked up: 0, 3, 6 … and
 * n − 3. Consecutive ones overlap or touch, so every unit is covered: first and last fix a
 * phrase of 4–6 units, longer phrases take one more trigram per 3 units.
 */
export function coveringOffsets(n: number): number[] {
  const out: number[] = [];
  for (let o = 0; o < n - 3; o += 3) out.push(o);
  out.push(n - 3);
  return out;
}

/** Index of the first element ≥ v in a[from … to) (ascending). */
function lowerBound(a: Uint32Array, v: number, from: number, to: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A p3 list cut down to the occurrences with no removed unit inside (span of 3 units), at
 * their searchText start: the x3 list of a trigram without ignorable units.
 */
export function unbroken(l: PositionList): PositionList {
  const speeches: number[] = [];
  const offsets = [0];
  const positions = new Uint32Array(l.positions.length);
  let n = 0;
  for (let s = 0; s < l.speeches.length; s++) {
    const before = n;
    for (let i = l.offsets[s]!; i < l.offsets[s + 1]!; i++) if (l.ends![i]! - l.starts![i]! === 3) positions[n++] = l.starts![i]!;
    if (n > before) {
      speeches.push(l.speeches[s]!);
      offsets.push(n);
    }
  }
  return {
    speeches: Uint32Array.from(speeches),
    offsets: Uint32Array.from(offsets),
    positions: positions.subarray(0, n),
    starts: null,
    ends: null,
  };
}

/** The kinds whose common lists the page loads with itself (SearchIndex.warm). */
const WARM: readonly Kind[] = ['p3', 'x1', 'x2'];

export class SearchIndex {
  private readonly files = new Map<string, Promise<Uint8Array | null>>();
  /** Bytes returned by `src` so far, as stored (gzipped; each file is fetched once per SearchIndex and cached). */
  bytesFetched = 0;
  /** Paths fetched so far, in order (for the bench). */
  readonly pathsFetched: string[] = [];

  private readonly src: IndexSource;
  private manifest!: Manifest;

  /** Whether `src` gives files as stored (gzipped), to be inflated here; a delta segment gets them inflated by its base. */
  private readonly packed: boolean;

  private constructor(src: IndexSource, packed: boolean) {
    this.src = src;
    this.packed = packed;
  }

  /** The delta segment and the id map, when speeches changed since this index was written (docs/SEARCH-INDEX.md, "Delta"). */
  private delta: SearchIndex | null = null;
  private ids: { base: Int32Array; delta: Int32Array } | null = null;

  /** How many speeches the archive holds (ids 0 … speeches − 1). */
  get speeches(): number {
    return this.manifest.delta?.speeches ?? this.manifest.speeches;
  }

  /**
   * Reads the manifest (`manifest.json`) through `src`; throws naming the file when it is
   * missing or of another version. `warm`: also start loading the common lists that `warm()`
   * loads, beside the manifest (they do not depend on it), not a round after it.
   */
  static async open(src: IndexSource, opts: { warm?: boolean } = {}): Promise<SearchIndex> {
    return SearchIndex.openSegment(src, true, opts.warm ?? false);
  }

  private static async openSegment(src: IndexSource, packed: boolean, warm = false): Promise<SearchIndex> {
    const index = new SearchIndex(src, packed);
    const manifest = index.file(MANIFEST);
    if (warm) for (const kind of WARM) index.commonKeys(kind);
    const bytes = await manifest;
    if (!bytes) throw new Error(`${MANIFEST}: missing; the search index was not built or not deployed: rebuild the site.`);
    const m = JSON.parse(new TextDecoder().decode(bytes)) as Manifest;
    if (m.format !== FORMAT || m.version !== VERSION) {
      throw new Error(
        `${MANIFEST}: format ${String(m.format)} version ${String(m.version)}, this code reads ${FORMAT} version ${VERSION}: rebuild the site.`,
      );
    }
    index.manifest = m;
    if (m.delta) {
      // The delta's files go through this index's cache and byte count.
      const [delta, ids] = await Promise.all([
        SearchIndex.openSegment({ get: (path) => index.file(`${DELTA_DIR}/${path}`) }, false),
        index.file(m.delta.ids),
      ]);
      if (!ids) throw new Error(`${m.delta.ids}: missing; the search index is incomplete: rebuild the site.`);
      index.delta = delta;
      index.ids = decodeIdMap(ids);
    }
    return index;
  }

  /**
   * What `run` finds here, and with a delta, in both segments: the base's speeches that the
   * delta answers for left out, every speech under its id now, ascending.
   */
  private async merged(run: (segment: SearchIndex) => Promise<Occurrences[]>): Promise<Occurrences[]> {
    if (!this.delta || !this.ids) return run(this);
    const [base, delta] = await Promise.all([run(this), run(this.delta)]);
    const out: Occurrences[] = [];
    for (const h of base) {
      const id = this.ids.base[h.speech]!;
      if (id >= 0) out.push({ ...h, speech: id });
    }
    for (const h of delta) out.push({ ...h, speech: this.ids.delta[h.speech]! });
    return out.sort((a, b) => a.speech - b.speech);
  }

  private file(path: string): Promise<Uint8Array | null> {
    let p = this.files.get(path);
    if (!p) {
      p = this.src.get(path).then(
        (b) => {
          if (b) this.bytesFetched += b.length;
          this.pathsFetched.push(path);
          return b && this.packed ? unpackSync(b) : b;
        },
        (error: unknown) => {
          // A failed request is not kept: the next query asks again.
          this.files.delete(path);
          throw error;
        },
      );
      this.files.set(path, p);
    }
    return p;
  }

  private readonly commons = new Map<Kind, Set<number> | null>();
  /** The loads of the common lists, settled once each list is in `commons` (or failed, to be asked again). */
  private readonly commonLoads = new Map<Kind, Promise<void>>();

  /**
   * The common grams of `kind`, once loaded (null before): the first query of a kind starts
   * loading them and goes through the buckets; later ones fetch a common gram's file directly.
   */
  private commonKeys(kind: Kind): Set<number> | null {
    if (!this.commons.has(kind)) {
      this.commons.set(kind, null);
      const path = commonListPath(kind);
      this.commonLoads.set(
        kind,
        this.file(path).then(
          (b) => void this.commons.set(kind, new Set(b ? decodeKeys(b) : [])),
          () => void this.commons.delete(kind),
        ),
      );
    }
    return this.commons.get(kind)!;
  }

  /**
   * Loads what a first query needs besides its own lists: the lists of common trigrams
   * (p3/common.bin) and of common 1- and 2-character grams (x1, x2: 0.8 and 4.5 KB at 10,000
   * speeches), so that a query fetches a common gram's file without its bucket first (one
   * round of requests, not two). The search pages call it with the page; it settles when
   * they are loaded (a list that failed is asked for again by the next query). `kinds`: the
   * common lists to load (default the three a first query needs); a list already loading is
   * waited for, not asked for again.
   */
  async warm(kinds: readonly Kind[] = WARM): Promise<void> {
    for (const kind of kinds) this.commonKeys(kind);
    await Promise.all([...kinds.map((kind) => this.commonLoads.get(kind)), this.delta?.warm()]);
  }

  /**
   * The list of gram `key` of `kind`, or null when no speech holds it: from its bucket, or
   * for a common gram from its own file, `own(key)` (its list; for p3, also its exact view).
   */
  private async list(kind: Kind, key: number, own = (k: number) => commonPath(kind, k)): Promise<Uint8Array | null> {
    const buckets = this.manifest.buckets[kind];
    if (!buckets) return null;
    if (this.commonKeys(kind)?.has(key)) return this.ownFile(own(key));
    const path = bucketPath(kind, gramHash(key) % buckets);
    const bucket = await this.file(path);
    if (!bucket) throw new Error(`${path}: missing; the search index is incomplete: rebuild the site.`);
    const found = findInBucket(bucket, key);
    if (found !== 'common') return found;
    return this.ownFile(own(key));
  }

  private async ownFile(path: string): Promise<Uint8Array> {
    const own = await this.file(path);
    if (!own) throw new Error(`${path}: missing; the search index is incomplete: rebuild the site.`);
    return own;
  }

  private async counts(kind: Kind, q: string): Promise<Occurrences[]> {
    const blob = await this.list(kind, gramKey(q));
    if (!blob) return [];
    const { speeches, counts } = decodeCounts(blob);
    return Array.from(speeches, (speech, i) => ({ speech, count: counts[i]!, positions: null, lengths: null }));
  }

  /**
   * The searchText positions of trigram `key` (of `units`), as x3 would list them: x3 holds
   * only trigrams with an ignorable unit; one without is read from p3, keeping the
   * occurrences whose span in searchText is 3 units (nothing removed inside), at their
   * start; a common one from its exact view, which holds just those. Null when no speech holds it.
   */
  private async exactTrigram(units: string, from: number): Promise<PositionList | null> {
    const key = gramKey(units, from, 3);
    if (isIgnorable(units.charCodeAt(from)) || isIgnorable(units.charCodeAt(from + 1)) || isIgnorable(units.charCodeAt(from + 2))) {
      const blob = await this.list('x3', key);
      return blob && decodePositions(blob, false);
    }
    let view = false;
    const blob = await this.list('p3', key, (k) => {
      view = true;
      return exactViewPath(k);
    });
    return blob && (view ? decodePositions(blob, false) : unbroken(decodePositions(blob, true)));
  }

  /** Occurrences of q (≥ 3 units) from the positional lists of `kind` (x3: q as typed, through exactTrigram; p3: q stripped). */
  private async positional(kind: 'x3' | 'p3', q: string): Promise<Occurrences[]> {
    const offsets = coveringOffsets(q.length);
    const found = await Promise.all(
      offsets.map(async (o) => {
        if (kind === 'x3') return this.exactTrigram(q, o);
        const blob = await this.list(kind, gramKey(q, o, 3));
        return blob && decodePositions(blob, true);
      }),
    );
    if (found.some((l) => !l || l.speeches.length === 0)) return [];
    const lists = found as PositionList[];
    const hits: Occurrences[] = [];
    const at = lists.map(() => 0);
    const first = lists[0]!;
    const last = lists.at(-1)!;
    // Speeches in all lists: walk the first, seek in the others.
    speeches: for (let s = 0; s < first.speeches.length; s++) {
      const speech = first.speeches[s]!;
      for (let k = 1; k < lists.length; k++) {
        const l = lists[k]!;
        at[k] = lowerBound(l.speeches, speech, at[k]!, l.speeches.length);
        if (at[k] === l.speeches.length) break speeches;
        if (l.speeches[at[k]!] !== speech) continue speeches;
      }
      const starts: number[] = [];
      const lengths: number[] = [];
      let free = 0;
      candidates: for (let i = first.offsets[s]!; i < first.offsets[s + 1]!; i++) {
        const p = first.positions[i]!;
        if (p < free) continue;
        let lastIndex = i;
        for (let k = 1; k < lists.length; k++) {
          const l = lists[k]!;
          const from = l.offsets[at[k]!]!;
          const to = l.offsets[at[k]! + 1]!;
          const j = lowerBound(l.positions, p + offsets[k]!, from, to);
          if (j === to || l.positions[j] !== p + offsets[k]!) continue candidates;
          lastIndex = j;
        }
        free = p + q.length;
        if (kind === 'x3') {
          starts.push(p);
          lengths.push(q.length);
        } else {
          const start = first.starts![i]!;
          starts.push(start);
          lengths.push(last.ends![lastIndex]! - start);
        }
      }
      if (starts.length)
        hits.push({ speech, count: starts.length, positions: Uint32Array.from(starts), lengths: Uint32Array.from(lengths) });
    }
    return hits;
  }

  private exact(q: string): Promise<Occurrences[]> {
    return this.merged((segment) => segment.exactHere(q));
  }

  private ignoringPunctuation(phrase: string): Promise<Occurrences[]> {
    return this.merged((segment) => segment.ignoringHere(phrase));
  }

  private exactHere(q: string): Promise<Occurrences[]> {
    if (q.length === 0) return Promise.resolve([]);
    if (q.length === 1) return this.counts('x1', q);
    if (q.length === 2) return this.counts('x2', q);
    return this.positional('x3', q);
  }

  private ignoringHere(phrase: string): Promise<Occurrences[]> {
    const q = stripIgnorable(phrase).text;
    if (q.length === 0) return Promise.resolve([]);
    // A kept unit occurs as often in the stripped text as in the text.
    if (q.length === 1) return this.counts('x1', q);
    if (q.length === 2) return this.counts('p2', q);
    return this.positional('p3', q);
  }

  /** Every speech holding `phrase` (one phrase: no splitting on spaces here), with counts and positions. */
  async find(phrase: string, opts: FindOptions = {}): Promise<FindResult> {
    const mode = opts.punctuation ?? 'auto';
    if (mode === 'ignoring-punctuation') return { mode, hits: await this.ignoringPunctuation(phrase) };
    const hits = await this.exact(phrase);
    if (mode === 'exact' || hits.length || !stripIgnorable(phrase).text) return { mode: 'exact', hits };
    return { mode: 'ignoring-punctuation', hits: await this.ignoringPunctuation(phrase) };
  }
}
