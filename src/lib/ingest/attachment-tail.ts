/**
 * An app's or a page's attachment after the speech (a work app's notice, a portal's article):
 * a line naming a file with its size (`…全文.pdf　　412.6KB　　预览　　下载`), or a file's name alone
 * on its line (`1.实施方案.docx`), maybe under a short head (`附件（1）`), right after a line that
 * ends a sentence. A speech never gives a file's size or a file name with its extension as a
 * line: the line is the page's, and so is what the page prints under it when that is only short lines
 * (a confirm button and its count, a comment head, replies with their time stamps). A dateline or
 * a bare name under it (a notice's signature and date printed after its attachment) keeps the
 * lines under it in the text; then only the head and the file lines go.
 */
import { isDateline } from './dates.ts';
import { readByline } from './byline.ts';
import { closesSentence, len, nearestNonBlank } from './line-features.ts';

/** A document's, an archive's or a picture's extension. */
const EXTENSION = String.raw`\.(?:pdf|docx?|xlsx?|pptx?|wps|et|dps|ofd|txt|rtf|zip|rar|7z|jpe?g|png|gif|mp3|mp4|caj)`;
/** A file's name with such an extension. */
const FILE_NAME = String.raw`[^\s/\\]{1,80}${EXTENSION}`;
/** The cheap test first: most lines hold no extension at all (the file-name patterns try every start). */
const HAS_EXTENSION = new RegExp(EXTENSION, 'iu');
/** A file's name, then its size, maybe after a label (`大小：`) or in brackets: `412.6KB`, `1.2 MB`, `356K`, `2048字节`. */
const FILE_WITH_SIZE = new RegExp(String.raw`${FILE_NAME}[^。！？]{0,8}?\d+(?:\.\d+)?\s*(?:[KMG]i?B?|字节|bytes)(?![A-Za-z])`, 'iu');
/** A file's name alone on its line, maybe under a label and a number and with a few buttons (`1.实施方案.docx　预览　下载`). */
const FILE_ALONE = new RegExp(
  String.raw`^(?:附件\s*\d*\s*[：:]?\s*)?(?:\d{1,2}\s*[.．、]\s*)?${FILE_NAME}(?:[\s\u3000]+[^\s\u3000。！？，]{1,4}){0,4}$`,
  'iu',
);
/** Longest line taken as an attachment's (a file name, its size and buttons). */
const MAX_FILE_LINE = 120;
/** Longest head over the files (`附件（1）`, `相关附件：`). */
const MAX_HEAD = 12;
/** Longest line under the files taken as the page's (a button, a count, a reply). */
const MAX_AFTER = 120;
/** Most lines under the files taken as the page's. */
const MAX_AFTER_LINES = 15;

/** Whether the line names a file with its size. */
export function isAttachmentLine(t: string): boolean {
  return len(t) <= MAX_FILE_LINE && HAS_EXTENSION.test(t) && (FILE_WITH_SIZE.test(t) || FILE_ALONE.test(t)) && !closesSentence(t);
}

/**
 * Indices (into texts, lines already removed being blank) of an attachment after the speech (its head
 * and file lines) and of the short lines under it; none when there is no such attachment after line `from`.
 */
export function attachmentTail(texts: readonly string[], from: number): { files: number[]; after: number[] } {
  const none = { files: [], after: [] };
  const first = texts.findIndex((t, i) => i > from && isAttachmentLine(t.trim()));
  if (first < 0) return none;
  const out: number[] = [];
  let above = nearestNonBlank(texts, first, -1);
  const head = above > from ? texts[above]!.trim() : '';
  if (head && len(head) <= MAX_HEAD && !closesSentence(head)) {
    out.push(above);
    above = nearestNonBlank(texts, above, -1);
  }
  // After the speech: the line above ends a sentence.
  if (above <= from || !closesSentence(texts[above]!.trim())) return none;
  let i = first;
  for (; i < texts.length; i++) {
    const t = texts[i]!.trim();
    if (!t) continue;
    if (!isAttachmentLine(t)) break;
    out.push(i);
  }
  const rest = texts.flatMap((t, k) => (k >= i && t.trim() ? [k] : []));
  const pageOnly =
    rest.length <= MAX_AFTER_LINES &&
    rest.every((k) => {
      const t = texts[k]!.trim();
      return len(t) <= MAX_AFTER && !isDateline(t) && !(len(t) <= 20 && readByline(t));
    });
  return { files: out, after: pageOnly ? rest : [] };
}
