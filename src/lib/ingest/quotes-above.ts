/**
 * A page's preview of the speech above its title block: quoted sentences (`【金句摘抄】`, `1.…`),
 * a lead on why to read it, labels (`【原文】`). A quote of the speech is not the speech: when two
 * or more lines above a title block are found again word for word inside the text under it,
 * inside a longer paragraph of the text under it (a quote, not a copy of a headline or of a whole
 * paragraph), everything above that title block is the page's.
 */
import { readByline } from './byline.ts';
import { isDateline } from './dates.ts';
import { hanCount, len, nearestNonBlank } from './line-features.ts';
import { SUBTITLE } from './title-shape.ts';

/** A list number before a quote (`1.`, `（2）`, `③`). */
const LIST_NUMBER = /^(?:\d{1,2}\s*[.．、]|[（(]\d{1,2}[）)]|[①-⑳])\s*/u;
/** A sentence's mark: a quote is said, not a name or a headline. */
const CLAUSE = /[，。；！？]/u;
/** Shortest quote worth matching (a phrase, not a word). */
const MIN_QUOTE = 10;
/** Most lines of text above the title block. */
const MAX_ABOVE = 24;

/** Whether line `i` heads a title block: a subtitle, a dateline or a byline within the next two lines. */
function headsBlock(texts: readonly string[], i: number): boolean {
  const t = texts[i]!.trim();
  if (len(t) > 80 || /[。！？]$/u.test(t)) return false;
  let k = i;
  for (let n = 0; n < 2; n++) {
    k = nearestNonBlank(texts, k, 1);
    if (k >= texts.length) return false;
    const u = texts[k]!.trim();
    if (SUBTITLE.test(u) || isDateline(u) || readByline(u) !== null) return true;
  }
  return false;
}

/** Indices of the lines above a title block that a quote of its text marks as the page's. */
export function quotesAboveTitle(texts: readonly string[]): number[] {
  const nonBlank = texts.flatMap((t, i) => (t.trim() ? [i] : []));
  for (let n = 1; n < Math.min(nonBlank.length, MAX_ABOVE + 1); n++) {
    const ti = nonBlank[n]!;
    if (!headsBlock(texts, ti)) continue;
    const above = nonBlank.slice(0, n);
    // The text under the block's head (its first lines may repeat a headline above): paragraphs.
    const below = nonBlank.slice(n + 4).map((i) => texts[i]!.trim());
    const quotes = above.filter((i) => {
      const q = texts[i]!.trim().replace(LIST_NUMBER, '');
      return hanCount(q) >= MIN_QUOTE && CLAUSE.test(q) && below.some((p) => p.length > q.length && p.includes(q));
    });
    if (quotes.length >= 2) return above;
  }
  return [];
}
