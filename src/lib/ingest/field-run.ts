/**
 * A line that is one field of a run of fields: a mail's head (`主题：…` / `发件人：…` / `收件人：…` /
 * `时　间：…`), a lesson plan's (`课　题：…` / `授课对象：…` / `授课教师：…`), a file's properties
 * (`文件名：…` / `大小：…` / `上传者：…`), a record's (`标题：…` / `作者：…` / `日期：…`). Three or more
 * lines in a row, each a short label (two to six characters, spaces between them allowed), a colon
 * and a value, are a form of fields whatever their words: the label of one of them is the field's
 * name, never a speaker's (`主题` is no name), and the value is what the field holds — when the title
 * line is such a field, the value is the title candidate, its label not part of it.
 * One line `张明：在…上的讲话` over a page's meta line (`来源：…　发布时间：…`) is no run: a name before
 * a title stays the speaker's. Pure.
 */
import type { LineRef } from './speech-date.ts';

/** A field line: a label (Chinese, maybe spaced out `时　间`, or Latin `Subject`), a colon, a value. */
const FIELD = /^[\s\u3000]*[*＊]?((?:\p{Script=Han}[\s\u3000]*){2,6}|[A-Za-z][A-Za-z -]{1,15})[:：][\s\u3000]*(\S.*)$/u;
/** How many field lines in a row make a form of fields. */
const RUN = 3;

export interface FieldLine {
  /** The label as written, spaces taken out (`时间`). */
  label: string;
  /** The value, trimmed. */
  value: string;
}

function fieldOf(t: string): FieldLine | null {
  const m = FIELD.exec(t);
  return m ? { label: m[1]!.replace(/[\s\u3000]+/gu, ''), value: m[2]!.trim() } : null;
}

/**
 * The field at raw line `line` when it stands in a run of at least three field lines (blank lines
 * skipped; a run ends at the first other line), else null.
 */
export function fieldInRun(lines: readonly LineRef[], line: number): FieldLine | null {
  const rows = lines.filter((l) => l.text.trim());
  const at = rows.findIndex((l) => l.line === line);
  if (at < 0) return null;
  const own = fieldOf(rows[at]!.text);
  if (!own) return null;
  let from = at;
  let to = at;
  while (from > 0 && fieldOf(rows[from - 1]!.text)) from--;
  while (to + 1 < rows.length && fieldOf(rows[to + 1]!.text)) to++;
  return to - from + 1 >= RUN ? own : null;
}
