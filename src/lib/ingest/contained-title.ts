/**
 * The title of a text carried inside a container whose head is a run of fields (a mail's
 * `主题：…` / `发件人：…` / `收件人：…`, a plan's `课题：…` / `授课对象：…`): the field's value is the
 * container's subject (a newsletter's issue, a lesson's topic), not the speech's. When, below the
 * head, a title line stands alone right over the text it heads — it ends as a speech or report's
 * title does (…的报告, …讲话, …致辞) and the piece under it opens the text (a part heading, a
 * salutation, a sentence) — that line is the speech's title: the title is the line that heads the
 * speech block, not the first title-shaped line of the page. Only the first such line, within the
 * container's first pieces, and not a line with a label (`1．原始文献：…`, a contents entry). Pure.
 */
import { isSentenceLike } from './line-features.ts';
import { PART_OR_POINT, SALUTATION, TITLE_END, titleLike, titleScore } from './title-shape.ts';

/** How far into the container the speech's title line is looked for (pieces). */
const REACH = 40;

/** Index of the title line heading the text inside a container, among `texts`, or -1. */
export function containedTitle(texts: readonly string[], subject: string): number {
  for (let i = 0; i < texts.length && i < REACH; i++) {
    const t = texts[i]!.trim();
    if (t === subject.trim() || /[：:【】]/u.test(t) || !titleLike(t) || !TITLE_END.test(t) || titleScore(t) < 4) continue;
    const next = texts[i + 1]?.trim() ?? '';
    if (PART_OR_POINT.test(next) || SALUTATION.test(next) || isSentenceLike(next)) return i;
  }
  return -1;
}
