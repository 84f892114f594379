/**
 * A content-management system's edit form copied with the text: its fields' labels (`副标题：`,
 * `引题：`, `*正文：`), empty where nothing was filled in, and a required field's label before
 * the value typed into it (`*标题：在…上的讲话`). A required mark and two or more empty labels say
 * the text is in a form; the labels around the marked fields are then the form's, the values the text's.
 */
import { labelPairs } from './line-features.ts';
import { SALUTATION } from './title-shape.ts';

/** An empty field: a short label (a required mark maybe) and a colon, nothing after it. */
const EMPTY_FIELD = /^[*＊]?\s*\p{Script=Han}{2,5}\s*[：:]$/u;
/** Lines around the required fields where empty fields are the form's. */
const NEAR = 3;
/** A required field's label before its value. */
const REQUIRED_LABEL = /^[*＊]\s*\p{Script=Han}{2,5}\s*[：:]\s*(?=\S)/u;

/** What a form leaves in the text: its empty fields' lines, and required labels to cut from their values. */
export function formFields(texts: readonly string[]): { empty: number[]; labels: { i: number; label: string }[] } {
  const empty = texts.flatMap((raw, i) => {
    const t = raw.trim();
    return EMPTY_FIELD.test(t) && !SALUTATION.test(t.replace(/^[*＊]\s*/u, '')) && !/们\s*[：:]$/u.test(t) ? [i] : [];
  });
  // A required field's mark (`*标题：`, `*正文：`) is the form's own; a document's lead-in (`具体包括：`) has none.
  const required = texts.flatMap((raw, i) => (/^[*＊]\s*\p{Script=Han}{2,5}\s*[：:]/u.test(raw.trim()) ? [i] : []));
  if (empty.length < 2 || !required.length) return { empty: [], labels: [] };
  const [from, to] = [required[0]! - NEAR, required.at(-1)! + NEAR];
  const labels = required.flatMap((i) => {
    const m = REQUIRED_LABEL.exec(texts[i]!.trim());
    return m ? [{ i, label: m[0] }] : [];
  });
  // Around them, a line of two or more filled fields (`关键词：…　　摘要：…`) is the form's too.
  const rows = texts.flatMap((raw, i) => (i >= from && i <= to && labelPairs(raw.trim()).length >= 2 ? [i] : []));
  return { empty: [...empty.filter((i) => i >= from && i <= to), ...rows].sort((a, b) => a - b), labels };
}
