/**
 * A photo's caption or a news lead standing over the text's first paragraph that the paragraph
 * restates (`3月22日，国家主席习近平在罗马会见意大利众议长菲科。` over `国家主席习近平22日在罗马
 * 会见意大利众议长菲科。…`): a news page puts the photo and its caption above the text, worded
 * from the text's first sentence. The line opens with the event's day, as a caption or a lead
 * does. Found by overlap, not words: most of the line's character
 * pairs occur in one of the next few paragraphs, about as long or longer. Only at the body span's
 * opening, one line after another while each is restated below.
 */
import { hanCount, len } from './line-features.ts';

/** Share of a line's character pairs that a later paragraph must hold for the line to be its restatement. */
const RESTATED = 0.6;
/** The restating paragraph is about as long as the line or longer (the line adds the day to the same sentence). */
const MIN_LENGTH_RATIO = 0.8;
/** Paragraphs after the line searched for the one restating it. */
const LOOK_AHEAD = 3;
/** Longest line taken as a caption or lead (a paragraph of its own is longer). */
const MAX_LEAD = 160;
/** Most lines at the opening taken (captions of a few photos and the lead). */
const MAX_LEADS = 4;

/**
 * A caption or a lead opens with the day of the event (`3月22日，`, `2018年5月4日，`, `22日上午，`),
 * or the days of a meeting that ran several (`12月18日至20日，`, `3月5日—11日，`).
 */
const DATED = /^(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:[至到—－-](?:\d{1,2}月)?\d{1,2}日)?[上中下]?午?(?:晚|晚间)?[，,]/u;

/** The line's pairs of adjacent Han characters or digits. */
function pairs(t: string): string[] {
  const cs = [...t].filter((c) => /[\p{Script=Han}\d]/u.test(c));
  return cs.slice(1).map((c, k) => cs[k]! + c);
}

/** Share of a's character pairs found in b. */
export function overlap(a: string, b: string): number {
  const pa = pairs(a);
  if (!pa.length) return 0;
  const inB = new Set(pairs(b));
  return pa.filter((p) => inB.has(p)).length / pa.length;
}

/** Indices (into texts) of restated lines at the opening that starts at `start`. */
export function restatedLeads(texts: readonly string[], start: number, end: number): number[] {
  const filled: number[] = [];
  for (let i = start; i < end && filled.length < MAX_LEADS + LOOK_AHEAD; i++) if (texts[i]!.trim()) filled.push(i);
  const out: number[] = [];
  for (let k = 0; k < filled.length && out.length < MAX_LEADS; k++) {
    const t = texts[filled[k]!]!.trim();
    if (len(t) > MAX_LEAD || hanCount(t) < 10 || !DATED.test(t)) break;
    const later = filled.slice(k + 1, k + 1 + LOOK_AHEAD).map((i) => texts[i]!.trim());
    if (!later.some((u) => len(u) >= len(t) * MIN_LENGTH_RATIO && overlap(t, u) >= RESTATED)) break;
    out.push(filled[k]!);
  }
  // The text itself stays: at least one line after the restated ones.
  return out.length < filled.length ? out : [];
}
