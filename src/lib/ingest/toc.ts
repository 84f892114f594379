/**
 * A table of contents printed before the text (a report or plan copied with its
 * 目录): its head line and its entries. The entries are the text's own headings
 * again, so they are found by structure, not by wording:
 *   - the head: a line that is only 目录 / 目次 / Contents (spaces allowed);
 *   - an entry: a bare page number, a line with dot leaders or a page number after
 *     wide space (`一、总体思路……3`, `二、开辟…　　15`), or a line whose words (its
 *     leaders and page number cut off) stand again later as a line of their own.
 * The table ends at the first line that is none of these (the title, the text).
 * Pure functions over the pieces' texts; header.ts takes the span out (reported),
 * so that neither its head nor its entries are read as the title or a byline.
 */

import { len } from './line-features.ts';

/** The head of a table of contents. */
export const TOC_HEAD = /^(?:目[\s\u3000]*录|目[\s\u3000]*次|contents)$/iu;

/** Dot leaders (`……`, `.....`, `···`) or a wide gap, then a page number, at the end of an entry. */
const LEADERS_PAGE = /(?:[.．。·…]{3,}|[…]{2,}|[\s\u3000]{2,}|\t)\s*\d{0,4}\s*$|[.．·…]{3,}\s*$/u;
/** A bare page number (`1`, `- 2 -`, `第3页`). */
const PAGE_NUMBER = /^[-–—\s]*(?:第\s*)?\d{1,4}(?:\s*页)?[-–—\s]*$/u;

/** An entry's words: leaders and page number cut off, spaces removed. */
const entryWords = (t: string): string => t.replace(LEADERS_PAGE, '').replace(/[\s\u3000]+/gu, '');

/**
 * A line shaped as an entry of a table of contents by its own marks: words (two or more
 * characters), then dot leaders or a wide gap before a page number (`二、压实责任……3`,
 * `二、开辟…　　15`). The one entry shape of the cleaner: findToc reads a table with it
 * (with `maxLen` unbounded) and chrome.ts names a line above a title block so (80 at most:
 * an entry is a heading's length).
 */
export function isTocEntry(t: string, maxLen = 80): boolean {
  const s = t.trim();
  return len(s) <= maxLen && LEADERS_PAGE.test(s) && entryWords(s).length >= 2;
}

/**
 * The table of contents among `texts[0..limit)`: the index of its head and the index
 * after its last entry, or null. At least two entries are needed after the head.
 */
export function findToc(texts: readonly string[], limit: number): { head: number; end: number } | null {
  const head = texts.slice(0, limit).findIndex((t) => TOC_HEAD.test(t.trim()));
  if (head < 0) return null;
  // Where each line's words stand last (leaders kept out): an entry's heading is found again after it.
  const lastAt = new Map<string, number>();
  texts.forEach((t, k) => {
    if (k > head && !LEADERS_PAGE.test(t.trim())) lastAt.set(t.replace(/[\s\u3000]+/gu, ''), k);
  });
  let end = head + 1;
  let entries = 0;
  for (; end < texts.length; end++) {
    const t = texts[end]!.trim();
    if (!t) continue;
    if (PAGE_NUMBER.test(t)) continue;
    const words = entryWords(t);
    const marked = isTocEntry(t, Infinity);
    const repeated = words.length >= 2 && words.length <= 60 && (lastAt.get(words) ?? -1) > end;
    if (!marked && !repeated) break;
    entries++;
  }
  return entries >= 2 ? { head, end } : null;
}
