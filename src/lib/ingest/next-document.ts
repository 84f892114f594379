/**
 * The next document's title block after the speech's end (a compilation of materials, a file
 * that holds two reports): a title of one or two lines with no sentence in it, then a byline,
 * a dateline or a `——` subtitle, and more text under them (a salutation, a paragraph). Standing
 * right after a line that ends a sentence (or a page break already removed), after enough of
 * the speech, such a block starts another document: the speech ends before it, and the block
 * and everything after it are the other document's, reported.
 *
 * The block's shape is what tells it from the speech's own lines: a part heading (`三、…`) has
 * no byline or dateline under it; a letter's or a notice's signature (a name or an issuer, then
 * the date) has no title above it and no text under it; a quotation's source (`——《…》`) is one
 * line, not a byline with a role or two lines of a head. The text's own title again (a second copy
 * of the same speech) is a duplicate's matter (duplicates.ts), not another document. A title must carry a byline with a
 * role (`国家发展计划委员会主任　曾培炎`), two head lines (subtitle and dateline, dateline and name), or
 * one dateline or subtitle under a title that names a speech or a report (`在…上的讲话`, `…工作报告`).
 */
import { readByline } from './byline.ts';
import { isDateline } from './dates.ts';
import { closesOrBreaksOff, hanCount, isPageNumberLine, isSentenceLike, len, nearestNonBlank } from './line-features.ts';
import { AT_MEETING, PART_OR_POINT, SALUTATION, SUBTITLE, TITLE_END } from './title-shape.ts';

/** Speech (characters of sentence-like lines) needed before a block is taken as another document. */
const MIN_SPEECH_BEFORE = 200;
/** Longest title line. */
const MAX_TITLE = 60;
/** Most head lines under the title (subtitle, byline, dateline). */
const MAX_HEAD_LINES = 3;
/** Longest byline. */
const MAX_BYLINE = 30;

/** A title's line: short, Chinese, no sentence or clause-ending mark, not a heading, name, date or note. */
function titleLine(t: string): boolean {
  if (len(t) > MAX_TITLE || hanCount(t) < 4 || /[。！？；：:!?;]/u.test(t)) return false;
  if (SALUTATION.test(t) || PART_OR_POINT.test(t) || SUBTITLE.test(t) || isDateline(t)) return false;
  if (/^[（(【〔[]/u.test(t)) return false;
  return readByline(t) === null;
}

/** A head line under a title: a `——` subtitle, a dateline, a byline. */
function headLine(t: string): 'subtitle' | 'dateline' | 'role' | 'name' | null {
  if (isDateline(t)) return 'dateline';
  if (SUBTITLE.test(t) && len(t) <= 80) return 'subtitle';
  const byline = len(t) <= MAX_BYLINE ? readByline(t) : null;
  if (byline) return byline.role !== null ? 'role' : 'name';
  return null;
}

/** The next non-blank line after i, or the text's length. */
function next(lines: readonly string[], i: number): number {
  const k = nearestNonBlank(lines, i, 1);
  return k < 0 ? lines.length : k;
}

/**
 * Index (into texts) where another document's title block begins after the speech, or null.
 * `written`: the lines as in the file (the block's head lines and the text under it may have been
 * removed by other rules); `texts`: the lines still kept; `from`: where the speech begins.
 */
export function nextDocumentAt(written: readonly string[], texts: readonly string[], from: number): number | null {
  // The text's own head again (a second copy of the same speech) is a duplicate, not another document.
  const ownHead = new Set(
    written
      .slice(0, from)
      .map((t) => t.trim())
      .filter((t) => t),
  );
  let speech = 0;
  for (let i = from; i < texts.length; i++) {
    const t = texts[i]!.trim();
    if (!t) continue;
    if (speech >= MIN_SPEECH_BEFORE && titleLine(t) && !ownHead.has(t) && blockAt(i)) return i;
    if (isSentenceLike(t)) speech += len(t);
  }
  return null;

  function blockAt(i: number): boolean {
    let above = nearestNonBlank(texts, i, -1);
    // A page break's number the page rules left (a bare `17`, `- 17 -`) stands between.
    if (above >= from && (isPageNumberLine(texts[above]!.trim()) || /^\d{1,4}$/.test(texts[above]!.trim())))
      above = nearestNonBlank(texts, above, -1);
    // After a closing: a sentence's end, or a letter's date under its signature.
    if (above < from || !(closesOrBreaksOff(texts[above]!.trim()) || isDateline(texts[above]!.trim()))) return false;
    let k = next(written, i);
    let title = texts[i]!.trim();
    // A title broken over two lines.
    if (k < written.length && titleLine(written[k]!.trim()) && headLine(written[k]!.trim()) === null) {
      title += written[k]!.trim();
      k = next(written, k);
    }
    const heads: string[] = [];
    for (; k < written.length && heads.length < MAX_HEAD_LINES; k = next(written, k)) {
      const h = headLine(written[k]!.trim());
      if (!h) break;
      heads.push(h);
    }
    // A byline with a role, two head lines, or one (a dateline, a subtitle) under a speech's or a report's title.
    const speechTitle = TITLE_END.test(title) || AT_MEETING.test(title);
    const headed = heads.includes('role') || (heads.some((h) => h !== 'name') && (heads.length >= 2 || speechTitle));
    if (!headed) return false;
    // More text under the head: a salutation or a paragraph (a signature block ends the file).
    const under = k < written.length ? written[k]!.trim() : '';
    return SALUTATION.test(under) || /^\S{2,12}[：:]$/u.test(under) || isSentenceLike(under);
  }
}
