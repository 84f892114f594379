/**
 * A database record's line of bracketed fields (`【报纸名称】…　【日期】1984-06-01　【版次】第1版　【字数】28716`,
 * or with the value inside the brackets, `【来源：新华社】【日期：2020-01-09】【点击：4512】`): three or more
 * labelled fields on one line, each label a short word, each value short and no sentence, nothing else
 * on the line. A speech's text never reads as a row of labelled fields.
 */
const FIELD = /(?:【[^【】\s：:]{2,6}】[^【】。！？；]{0,30}?|【[^【】\s：:]{2,6}[：:][^【】。！？；]{0,30}】)(?=\s*【|\s*$)/gu;
const MIN_FIELDS = 3;

export function isFieldRecord(t: string): boolean {
  const s = t.trim();
  if (!s.startsWith('【')) return false;
  const fields = s.match(FIELD) ?? [];
  // The fields cover the whole line: nothing but fields and the spaces between them.
  return fields.length >= MIN_FIELDS && s.replace(FIELD, '').trim() === '';
}
