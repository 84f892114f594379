/**
 * The cross-speech computations as first written (commit 80147f9): strings for keys,
 * a Map per pair of speeches, a Set per candidate. Slow at 10,000 speeches but plain;
 * tests/unit/parallels-equivalence.test.ts checks that the fast code in
 * src/lib/annotate/ gives exactly what this gives.
 */
import type { SpeechEntry } from '../../src/lib/speech/schema.ts';
import type { ParallelGroup, ParallelHere, ParallelPlace, ParallelSpeech, Parallels } from '../../src/lib/annotate/parallels.ts';
import { KEPT_PLACES, MIN_KEY } from '../../src/lib/annotate/parallels.ts';
import type { Related, RelatedInput } from '../../src/lib/annotate/related.ts';
import { topLevel } from '../../src/lib/annotate/outline-align.ts';
import { boundedDistance, eachSentence, hash53 } from '../../src/lib/annotate/sentences.ts';

const NEAR_PER = 20;
const MAX_BUCKET = 16;

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

export function referenceParallels(speeches: readonly ParallelSpeech[]): Parallels {
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
      else bucket.push(first);
    }
  }
  for (const all of halves.values()) {
    // A bucket of more than MAX_BUCKET keys compares the MAX_BUCKET with the smallest key hash.
    const bucket = [...all]
      .sort((a, b) => hash53(keys[a]!) - hash53(keys[b]!) || (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0))
      .slice(0, MAX_BUCKET);
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

/** At most this many related speeches a page. */
const RELATED_MAX = 5;
/** Concepts in more speeches than this are too common to relate two speeches. */
const RARE_CONCEPT = 60;
/** Within a large group, only this many neighbours in date order on each side are candidates. */
const NEAR_IN_GROUP = 8;
const MIN_SCORE = 1.5;

function pairs(text: string): Set<string> {
  const out = new Set<string>();
  const chars = [...text.replace(/[^\p{L}\p{N}]/gu, '')];
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Speeches in the input order (newest first), grouped by a key. */
function groupIndex(list: readonly RelatedInput[], key: (s: RelatedInput) => string | null): Map<string, number[]> {
  const out = new Map<string, number[]>();
  list.forEach((s, i) => {
    const k = key(s);
    if (!k) return;
    const group = out.get(k);
    if (group) group.push(i);
    else out.set(k, [i]);
  });
  return out;
}

/**
 * `list` newest first (the archive's order); `sharedSentences(a, b)` the number of
 * parallel passages two speeches share (0 when none).
 */
function referenceRelated(
  list: readonly RelatedInput[],
  sharedSentences: (a: string, b: string) => number,
  partners: (slug: string) => readonly string[],
): Map<string, Related[]> {
  const index = new Map(list.map((s, i) => [s.slug, i]));
  const byCampaign = groupIndex(list, (s) => s.campaign);
  const bySpeaker = groupIndex(list, (s) => s.speaker);
  const conceptSpeeches = new Map<string, number[]>();
  list.forEach((s, i) => {
    for (const c of s.concepts) {
      const ids = conceptSpeeches.get(c);
      if (ids) ids.push(i);
      else conceptSpeeches.set(c, [i]);
    }
  });
  const idf = new Map([...conceptSpeeches].map(([c, ids]) => [c, Math.log(1 + list.length / ids.length)]));
  const conceptSets = list.map((s) => new Set(s.concepts));
  const outlinePairs = list.map((s) => pairs(s.outline.join('')));
  /** Where each speech stands in each of its groups, found once. */
  const positionIn = (group: number[], i: number) => {
    let lo = 0;
    let hi = group.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (group[mid]! < i) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  const out = new Map<string, Related[]>();
  list.forEach((s, i) => {
    const candidates = new Set<number>();
    const near = (group: number[] | undefined) => {
      if (!group) return;
      if (group.length <= 2 * NEAR_IN_GROUP + 1) for (const j of group) candidates.add(j);
      else {
        const at = positionIn(group, i);
        for (let k = Math.max(0, at - NEAR_IN_GROUP); k <= Math.min(group.length - 1, at + NEAR_IN_GROUP); k++) candidates.add(group[k]!);
      }
    };
    near(s.campaign ? byCampaign.get(s.campaign) : undefined);
    near(s.speaker ? bySpeaker.get(s.speaker) : undefined);
    for (const p of partners(s.slug)) {
      const j = index.get(p);
      if (j !== undefined) candidates.add(j);
    }
    for (const c of s.concepts) {
      const ids = conceptSpeeches.get(c)!;
      if (ids.length <= RARE_CONCEPT) for (const j of ids) candidates.add(j);
    }
    candidates.delete(i);

    const scored: Related[] = [];
    for (const j of candidates) {
      const o = list[j]!;
      const reasons: string[] = [];
      let score = 0;
      const shared = sharedSentences(s.slug, o.slug);
      if (shared > 0) {
        score += 3 + Math.min(shared, 5);
        reasons.push(`${shared} 处相同语句`);
      }
      if (s.campaign && s.campaign === o.campaign) {
        score += 2;
        if (s.occasion && s.occasion === o.occasion) {
          score += 2;
          reasons.push(`同属${s.campaign}的${s.occasion}`);
        } else reasons.push(`同属${s.campaign}`);
      }
      if (s.speaker && s.speaker === o.speaker) {
        score += 2;
        reasons.push(`同一讲话人（${s.speaker}）`);
      }
      const common = s.concepts.filter((c) => conceptSets[j]!.has(c));
      if (common.length) {
        const weight = common.reduce((w, c) => w + idf.get(c)!, 0);
        const all = new Set([...s.concepts, ...o.concepts]);
        const total = [...all].reduce((w, c) => w + idf.get(c)!, 0);
        const share = weight / total;
        if (share >= 0.1) {
          score += 6 * share;
          const top = [...common].sort((a, b) => idf.get(b)! - idf.get(a)! || a.localeCompare(b, 'zh')).slice(0, 3);
          reasons.push(`共用提法：${top.join('、')}${common.length > 3 ? ` 等 ${common.length} 个` : ''}`);
        }
      }
      const outline = jaccard(outlinePairs[i]!, outlinePairs[j]!);
      if (outline >= 0.2) {
        score += 4 * outline;
        reasons.push('提纲相近');
      }
      if (score >= MIN_SCORE)
        scored.push({ slug: o.slug, title: o.title, date: o.date, year: o.year, reasons, score: Math.round(score * 100) / 100 });
    }
    scored.sort((a, b) => b.score - a.score || (a.slug < b.slug ? -1 : 1));
    out.set(s.slug, scored.slice(0, RELATED_MAX));
  });
  return out;
}

/** Sentences said in more speeches than this do not make two speeches related. */
const COMMON_SENTENCE = 30;

/** Top-level outline headings of a speech. */
const topLabels = (speech: SpeechEntry): string[] => topLevel(speech.outline).map((o) => o.label);

/** `speeches` newest first; `conceptsOf(slug)` the concept terms a speech uses. */
export function referenceCrossSpeech(
  speeches: readonly SpeechEntry[],
  conceptsOf: (slug: string) => readonly string[],
): { parallels: Parallels; related: Map<string, Related[]> } {
  const parallels = referenceParallels(speeches);
  // Shared parallel passages per pair of speeches.
  const shared = new Map<string, Map<string, number>>();
  for (const g of parallels.groups) {
    // A sentence in very many speeches is a set phrase: it relates none of them in particular.
    if (g.places.length > COMMON_SENTENCE) continue;
    for (const a of g.places) {
      const row = shared.get(a.slug) ?? new Map<string, number>();
      for (const b of g.places) if (b.slug !== a.slug) row.set(b.slug, (row.get(b.slug) ?? 0) + 1);
      shared.set(a.slug, row);
    }
  }
  const related = referenceRelated(
    speeches.map((s) => ({ ...s, concepts: conceptsOf(s.slug), outline: topLabels(s) })),
    (a, b) => shared.get(a)?.get(b) ?? 0,
    (slug) => [...(shared.get(slug)?.keys() ?? [])],
  );
  return { parallels, related };
}
