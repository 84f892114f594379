/**
 * A title given as the value of a form's field: a content-management edit form copied whole
 * (`*标题：在…上的讲话` / `副标题：` / `引题：` / `作者：　来源：…`), where the chrome step takes the
 * field lines out with the rest of the form and the text has no title line left. The field
 * whose label means the title (`标题`, `题目`, `文章标题`; not a 副标题 or 引题) gives the title, when
 * it stands among other field lines of the form — at least two within a few lines of it, one of
 * them left empty or all of them short (a form's fields, not an article's sentences that open
 * with a label). Only above the body, and only a value shaped like a title.
 * Pure; metadata.ts reads it when the header found no title line; header.ts cuts a title field's
 * label off a title line it picked (`titleFieldLabel`).
 */
import { len } from './line-features.ts';
import type { LineRef } from './speech-date.ts';
import { titleLike, titleScore } from './title-shape.ts';

/** A field line: an optional required-mark, a label of two to six Chinese characters, a colon, the value. */
const FIELD = /^\s*[*＊]?\s*(\p{Script=Han}{2,6})\s*[：:]\s*(.*)$/u;
/** A label that names the title: ends in 标题 or 题目, and is no subtitle's or kicker's (副标题, 引题, 肩题). */
const TITLE_LABEL = /(?:标题|题目)$/u;
const SECONDARY = /^(?:副|引|肩|小|子|短|英文)/u;
/** How many non-blank lines either side of the title field the form's other fields are looked for in. */
const FORM_REACH = 4;
/** A field value this short (or empty) is a form's entry, not a sentence. */
const SHORT_VALUE = 20;

/** The length of a title field's label opening `t` (`*标题：`, `文章标题:`), or 0: never part of the title it labels. */
export function titleFieldLabel(t: string): number {
  const m = FIELD.exec(t);
  if (!m || !TITLE_LABEL.test(m[1]!) || SECONDARY.test(m[1]!) || !m[2]!.trim()) return 0;
  return t.length - m[2]!.length;
}

export interface FormTitle {
  title: string;
  /** The field line as written. */
  evidence: string;
  line: number;
}

/** The title a form's title field gives among `lines` before raw line `before`, or null. */
export function formTitle(lines: readonly LineRef[], before: number): FormTitle | null {
  const rows = lines.filter((l) => l.text.trim() && l.line < before);
  for (const [i, l] of rows.entries()) {
    const m = FIELD.exec(l.text);
    if (!m || !TITLE_LABEL.test(m[1]!) || SECONDARY.test(m[1]!)) continue;
    const value = m[2]!.trim();
    if (!titleLike(value) || len(value) < 5 || titleScore(value) === 0) continue;
    const others = rows
      .slice(Math.max(0, i - FORM_REACH), i + FORM_REACH + 1)
      .filter((o) => o !== l)
      .map((o) => FIELD.exec(o.text))
      .filter((f): f is RegExpExecArray => f !== null)
      .map((f) => f[2]!.trim());
    if (others.length < 2) continue;
    if (!others.some((v) => v === '') && !others.every((v) => len(v) <= SHORT_VALUE)) continue;
    return { title: value, evidence: l.text.trim(), line: l.line };
  }
  return null;
}
