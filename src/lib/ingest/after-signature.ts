/**
 * What a page prints after a letter's or a document's close: the text ends with a signature (a
 * name, maybe with a role) and the date on the next line; one or two short paragraphs after that,
 * before the page's tail or the file's end, are the page's own (readers' reactions to a letter,
 * a report's closing line), not the document's.
 *
 * Only one or two paragraphs of at most 300 characters: a second document after the signature
 * (a file holding two) runs longer and stays.
 */
import { readByline } from './byline.ts';
import { isDateline } from './dates.ts';
import { len } from './line-features.ts';

const MAX_LINES = 2;
const MAX_CHARS = 300;

/** Indices of the lines after a closing signature and date (none when the text does not close so). */
export function afterSignature(texts: readonly string[], bodyStart: number): number[] {
  const filled = texts.flatMap((t, i) => (t.trim() && i > bodyStart ? [i] : []));
  for (let n = 1; n <= MAX_LINES; n++) {
    const at = filled.length - n - 2;
    if (at < 0) return [];
    const [name, date] = [texts[filled[at]!]!.trim(), texts[filled[at + 1]!]!.trim()];
    const rest = filled.slice(at + 2).map((i) => texts[i]!.trim());
    if (!isDateline(date) || len(name) > 30 || /[。！？；，]/u.test(name) || !readByline(name)) continue;
    if (rest.reduce((k, t) => k + len(t), 0) > MAX_CHARS || !rest.every((t) => /[。！？][”’」』）)]*$/u.test(t))) return [];
    return filled.slice(at + 2);
  }
  return [];
}
