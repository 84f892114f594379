/**
 * Related speeches: for each speech, the few others a reader preparing a similar
 * speech would want beside it, each with why. Signals, strongest first:
 *  - sentences said in both (parallel passages);
 *  - the same campaign, and within it the same stage (the same kind of meeting:
 *    动员会, 推进会, 总结会 …);
 *  - the same speaker;
 *  - concepts they share, rare ones counting more (inverse document frequency);
 *  - outlines whose parts share wording (character pairs of the part headings).
 *
 * No all-pairs comparison: candidates are the speeches that share a parallel passage,
 * a speaker, a rare concept, or a campaign (within a campaign, the speeches nearest in
 * date order), so the work stays near-linear at 10,000 speeches.
 */

export interface RelatedInput {
  slug: string;
  title: string;
  date: string | null;
  year: number | null;
  campaign: string | null;
  occasion: string | null;
  speaker: string | null;
  /** Concept terms the speech uses. */
  concepts: readonly string[];
  /** Top-level outline headings (labels). */
  outline: readonly string[];
}

export interface Related {
  slug: string;
  title: string;
  date: string | null;
  year: number | null;
  /** Why, in the reader's words: `同属“两学一做”学习教育`, `共用提法：四风、三会一课` … */
  reasons: string[];
  score: number;
}

/** At most this many related speeches a page. */
export const RELATED_MAX = 5;
/** Concepts in more speeches than this are too common to relate two speeches. */
const RARE_CONCEPT = 60;
/** Within a large group, only this many neighbours in date order on each side are candidates. */
const NEAR_IN_GROUP = 8;
const MIN_SCORE = 1.5;

/** Character pairs of a text's letters and digits, as sorted distinct numbers (two code points each). */
function pairCodes(text: string): Float64Array {
  const chars = [...text.replace(/[^\p{L}\p{N}]/gu, '')].map((c) => c.codePointAt(0)!);
  const codes = new Set<number>();
  for (let i = 0; i + 1 < chars.length; i++) codes.add(chars[i]! * 0x110000 + chars[i + 1]!);
  return Float64Array.from(codes).sort();
}

/** Jaccard index of two sorted sets of numbers. */
function jaccard(a: Float64Array, b: Float64Array): number {
  if (!a.length || !b.length) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      shared++;
      i++;
      j++;
    }
  }
  return shared / (a.length + b.length - shared);
}

/** Speeches in the input order (newest first), grouped by a key; `at[i]` is where speech i stands in its group. */
function groupIndex(
  list: readonly RelatedInput[],
  key: (s: RelatedInput) => string | null,
): { of: (number[] | undefined)[]; at: Int32Array } {
  const groups = new Map<string, number[]>();
  const of: (number[] | undefined)[] = new Array(list.length);
  const at = new Int32Array(list.length);
  list.forEach((s, i) => {
    const k = key(s);
    if (!k) return;
    let group = groups.get(k);
    if (!group) groups.set(k, (group = []));
    at[i] = group.length;
    group.push(i);
    of[i] = group;
  });
  return { of, at };
}

/**
 * The parallel passages speeches share, as two lists of lists over speech indices (in
 * the order of the related speeches' input): the passages each speech says, and the
 * speeches that say each passage. Built once; counting the passages two speeches share
 * is then a walk over typed arrays, with no map per pair.
 */
export interface SharedPassages {
  /** Passages of speech i: `passages[passageStart[i] … passageStart[i + 1]]`. */
  passageStart: Int32Array;
  passages: Int32Array;
  /** Speeches of passage p: `speeches[speechStart[p] … speechStart[p + 1]]`. */
  speechStart: Int32Array;
  speeches: Int32Array;
}

/** SharedPassages for `n` speeches from each passage's speeches (each speech once a passage). */
export function sharedPassages(n: number, passages: readonly (readonly number[])[]): SharedPassages {
  const speechStart = new Int32Array(passages.length + 1);
  passages.forEach((list, p) => {
    speechStart[p + 1] = speechStart[p]! + list.length;
  });
  const speeches = new Int32Array(speechStart[passages.length]!);
  const passageStart = new Int32Array(n + 1);
  passages.forEach((list, p) => {
    speeches.set(list, speechStart[p]!);
    for (const i of list) passageStart[i + 1]!++;
  });
  for (let i = 0; i < n; i++) passageStart[i + 1]! += passageStart[i]!;
  const fill = passageStart.slice(0, n);
  const out = new Int32Array(speeches.length);
  passages.forEach((list, p) => {
    for (const i of list) out[fill[i]!++] = p;
  });
  return { passageStart, passages: out, speechStart, speeches };
}

/**
 * `list` newest first (the archive's order); `shared` the parallel passages that count
 * (over indices of `list`).
 *
 * Each candidate is scored with numbers only (concepts and outline pairs as sorted
 * number arrays, counts in typed arrays); the reasons, which need strings, are written
 * for the few that are kept.
 */
export function relatedSpeeches(list: readonly RelatedInput[], shared: SharedPassages): Map<string, Related[]> {
  const n = list.length;
  const byCampaign = groupIndex(list, (s) => s.campaign);
  const bySpeaker = groupIndex(list, (s) => s.speaker);
  // Concepts by number: each speech's in its own order, and the speeches using each.
  const conceptId = new Map<string, number>();
  const conceptsOf = list.map((s) => Int32Array.from(s.concepts, (c) => conceptId.get(c) ?? conceptId.set(c, conceptId.size).get(c)!));
  const users: number[][] = Array.from({ length: conceptId.size }, () => []);
  conceptsOf.forEach((ids, i) => {
    for (const c of ids) users[c]!.push(i);
  });
  const idf = Float64Array.from(users, (u) => Math.log(1 + n / u.length));
  const terms = [...conceptId.keys()];
  /** Sum of a speech's concept weights, added in its own order (as the union's total starts). */
  const weightOf = Float64Array.from(conceptsOf, (ids) => ids.reduce((w, c) => w + idf[c]!, 0));
  const outlinePairs = list.map((s) => pairCodes(s.outline.join('')));

  const sharedWith = new Int32Array(n);
  const seen = new Int32Array(n).fill(-1);
  const mine = new Int32Array(conceptId.size).fill(-1);
  const theirs = new Int32Array(conceptId.size).fill(-1);
  const candidates: number[] = [];
  const add = (j: number, i: number) => {
    if (seen[j] !== i) {
      seen[j] = i;
      candidates.push(j);
    }
  };
  const near = (group: number[] | undefined, at: number, i: number) => {
    if (!group) return;
    if (group.length <= 2 * NEAR_IN_GROUP + 1) for (const j of group) add(j, i);
    else for (let k = Math.max(0, at - NEAR_IN_GROUP); k <= Math.min(group.length - 1, at + NEAR_IN_GROUP); k++) add(group[k]!, i);
  };

  /** The score of speech j beside speech i (0 when below MIN_SCORE); concepts of i marked in `mine`. */
  const score = (i: number, j: number): number => {
    const s = list[i]!;
    const o = list[j]!;
    let score = 0;
    const sharedN = sharedWith[j]!;
    if (sharedN > 0) score += 3 + Math.min(sharedN, 5);
    if (s.campaign && s.campaign === o.campaign) {
      score += 2;
      if (s.occasion && s.occasion === o.occasion) score += 2;
    }
    if (s.speaker && s.speaker === o.speaker) score += 2;
    const ours = conceptsOf[i]!;
    const other = conceptsOf[j]!;
    if (ours.length && other.length) {
      for (const c of other) theirs[c] = j;
      // Weights added in the order the plain sums add them: ours for the common part, then theirs not ours for the union.
      let weight = 0;
      let common = 0;
      for (const c of ours) {
        if (theirs[c] === j) {
          weight += idf[c]!;
          common++;
        }
      }
      if (common) {
        let total = weightOf[i]!;
        for (const c of other) if (mine[c] !== i) total += idf[c]!;
        const share = weight / total;
        if (share >= 0.1) score += 6 * share;
      }
      for (const c of other) theirs[c] = -1;
    }
    const outline = jaccard(outlinePairs[i]!, outlinePairs[j]!);
    if (outline >= 0.2) score += 4 * outline;
    return score >= MIN_SCORE ? Math.round(score * 100) / 100 : 0;
  };

  /** Why speech j is related to speech i, in the reader's words. */
  const reasons = (i: number, j: number): string[] => {
    const s = list[i]!;
    const o = list[j]!;
    const out: string[] = [];
    if (sharedWith[j]! > 0) out.push(`${sharedWith[j]} 处相同语句`);
    if (s.campaign && s.campaign === o.campaign)
      out.push(s.occasion && s.occasion === o.occasion ? `同属${s.campaign}的${s.occasion}` : `同属${s.campaign}`);
    if (s.speaker && s.speaker === o.speaker) out.push(`同一讲话人（${s.speaker}）`);
    const theirSet = new Set(conceptsOf[j]);
    const common = [...conceptsOf[i]!].filter((c) => theirSet.has(c));
    if (common.length) {
      const weight = common.reduce((w, c) => w + idf[c]!, 0);
      let total = weightOf[i]!;
      for (const c of conceptsOf[j]!) if (mine[c] !== i) total += idf[c]!;
      if (weight / total >= 0.1) {
        const top = common
          .map((c) => terms[c]!)
          .sort((a, b) => idf[conceptId.get(b)!]! - idf[conceptId.get(a)!]! || a.localeCompare(b, 'zh'))
          .slice(0, 3);
        out.push(`共用提法：${top.join('、')}${common.length > 3 ? ` 等 ${common.length} 个` : ''}`);
      }
    }
    if (jaccard(outlinePairs[i]!, outlinePairs[j]!) >= 0.2) out.push('提纲相近');
    return out;
  };

  const out = new Map<string, Related[]>();
  /** The best so far: highest score first, then slug. */
  const best: { j: number; score: number }[] = [];
  const before = (a: { j: number; score: number }, b: { j: number; score: number }) =>
    a.score > b.score || (a.score === b.score && list[a.j]!.slug < list[b.j]!.slug);
  for (let i = 0; i < n; i++) {
    const s = list[i]!;
    candidates.length = 0;
    near(byCampaign.of[i], byCampaign.at[i]!, i);
    near(bySpeaker.of[i], bySpeaker.at[i]!, i);
    // Speeches that share a passage with this one, counted.
    for (let k = shared.passageStart[i]!; k < shared.passageStart[i + 1]!; k++) {
      const p = shared.passages[k]!;
      for (let m = shared.speechStart[p]!; m < shared.speechStart[p + 1]!; m++) {
        const j = shared.speeches[m]!;
        if (j === i) continue;
        sharedWith[j]!++;
        add(j, i);
      }
    }
    for (const c of conceptsOf[i]!) {
      mine[c] = i;
      if (users[c]!.length <= RARE_CONCEPT) for (const j of users[c]!) add(j, i);
    }
    best.length = 0;
    for (const j of candidates) {
      if (j === i) continue;
      const value = score(i, j);
      if (!value) continue;
      const entry = { j, score: value };
      if (best.length === RELATED_MAX && !before(entry, best[RELATED_MAX - 1]!)) continue;
      let at = best.length;
      while (at > 0 && before(entry, best[at - 1]!)) at--;
      best.splice(at, 0, entry);
      if (best.length > RELATED_MAX) best.pop();
    }
    out.set(
      s.slug,
      best.map(({ j, score }) => {
        const o = list[j]!;
        return { slug: o.slug, title: o.title, date: o.date, year: o.year, reasons: reasons(i, j), score };
      }),
    );
    for (const j of candidates) sharedWith[j] = 0;
  }
  return out;
}
