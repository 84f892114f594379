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
export function relatedSpeeches(list: readonly RelatedInput[], sharedSentences: (a: string, b: string) => number, partners: (slug: string) => readonly string[]): Map<string, Related[]> {
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
      if (group.length <= 2 * NEAR_IN_GROUP + 1) group.forEach((j) => candidates.add(j));
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
      if (ids.length <= RARE_CONCEPT) ids.forEach((j) => candidates.add(j));
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
      if (score >= MIN_SCORE) scored.push({ slug: o.slug, title: o.title, date: o.date, year: o.year, reasons, score: Math.round(score * 100) / 100 });
    }
    scored.sort((a, b) => b.score - a.score || (a.slug < b.slug ? -1 : 1));
    out.set(s.slug, scored.slice(0, RELATED_MAX));
  });
  return out;
}
