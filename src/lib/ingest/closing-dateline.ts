/**
 * A dateline printed after the text rather than above it: a bare date under the last
 * paragraph (`二〇二〇年一月八日`), or a source line naming the speech the text is
 * (`——习近平2018年3月1日在…上的讲话`). It is the header's evidence (the date, the
 * speaker), not a paragraph of the speech: the speech's data shows it as a dateline.
 *
 * Only the text's last piece, and only right under a paragraph that ends a sentence: a
 * letter's or a notice's date under its signature (a name or an issuer, no sentence) is
 * the document's own close and stays in the body. Nor when the body has dated notes of
 * that shape before (a compilation of excerpts, each closed by its source): the last one is
 * one of them.
 */
import { isDatelineLine } from './datelines.ts';
import { closesOrBreaksOff, isSentenceLike, len } from './line-features.ts';
import { lineAt } from './traced.ts';
import type { Traced } from './traced.ts';

/** `——<name><date>在…上的讲话` closing an excerpt: the name (2–3 characters), then a date or 在. */
export const CLOSING_SOURCE =
  /^[—－]{1,2}\s*(\p{Script=Han}{2,3}?)(?:同志)?\s*(?:\d{4}年\d{1,2}月\d{1,2}日\s*)?在.{2,80}?(?:讲话|致辞|发言|演讲|报告)$/u;

/** Whether the piece is a closing dateline: a bare dateline, or a source line with a date. */
function isClosingDateline(t: string): boolean {
  if (len(t) > 100) return false;
  if (isDatelineLine(t)) return true;
  return CLOSING_SOURCE.test(t) && /\d{4}\s*年|[〇○零一二三四五六七八九]{4}\s*年/u.test(t);
}

/**
 * Index of the body's closing dateline (its last piece), or null: the last piece is a
 * dateline or a dated source line, and the piece above it is a paragraph that ends a
 * sentence (not a signature, a heading or a list item) with no removed line between them
 * (`removedBetween(a, b)`: a removal reported on a raw line strictly between a and b), and no
 * piece before has its shape.
 */
export function closingDatelineAt(
  body: readonly Traced[],
  removedBetween: (from: number, to: number) => boolean = () => false,
): number | null {
  const k = body.length - 1;
  if (k < 1) return null;
  const last = body[k]!.text.trim();
  const above = body[k - 1]!.text.trim();
  if (!isClosingDateline(last)) return null;
  if (body.slice(0, k).some((p) => isClosingDateline(p.text.trim()))) return null;
  if (!closesOrBreaksOff(above) || !isSentenceLike(above) || len(above) < 20) return null;
  // Right under the paragraph: lines removed between them (a signature taken for chrome) leave it the document's.
  const prev = body[k - 1]!;
  return removedBetween(lineAt(prev, prev.text.length - 1), lineAt(body[k]!, 0)) ? null : k;
}
