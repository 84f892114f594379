/**
 * A 公文 with no title line of its own, sent to an addressee and closed by its signature (the
 * issuing organ on one line, the day on the next), whose attachment follows under its own title
 * line (`各单位：` / … / `交通运输部` / `2022年9月20日` / `交通强国建设试点任务要点（北京工业大学）` / …):
 * the attachment's title line is the text's only title, the title an editor files it under (the
 * labels' reading of a reply or a notice that sends a document). Only when the text opens with an
 * addressee line (`…：`, no sentence), the signature comes after at least one sentence, and a
 * title-shaped line (an optional `附件` label before it) stands right under the day with text after it;
 * not when the text sends several documents (`附件2`, `附件：1. …`): one attachment's title is not the text's.
 * Pure; metadata.ts reads it when nothing earlier gives a title, and the signature's day
 * (`documentSignature`) as the document's date though text follows it.
 */
import { isSentenceLike, len } from './line-features.ts';
import { PART_OR_POINT, SALUTATION, chromeShaped, titleLike } from './title-shape.ts';

/** An addressee line: ends with a colon, holds no sentence end. */
const ADDRESSEE = /^[^。！？；]{2,120}[：:]$/u;
/** The issuing organ alone on its line: Chinese characters (an organ's name may hold 、 or brackets). */
const ORGAN = /^[\p{Script=Han}、（）()]{2,40}$/u;
/** A day alone on its line, in digits or Chinese numerals. */
const DAY = /^(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日$/u;
/** An attachment's label alone (`附件`, `附件1：`). */
const ATTACHMENT_LABEL = /^附件\s*[\d一二三四五六七八九十]*\s*[：:]?$/u;

export interface AttachmentTitle {
  title: string;
  /** Index of the title's piece. */
  index: number;
}

/** A second attachment, or a numbered list of them (`附件2`, `附件：1. …`): the text sends several documents. */
const SEVERAL = /^附件\s*(?:[2-9２-９]|[二三四五六七八九])|^附件[：:]\s*[1１一][.．、]/u;

/**
 * The signature of a 公文 sent to an addressee: the first issuing organ alone on its line with the
 * day alone on the next, after at least one sentence (the organ's index; the day is at index + 1),
 * or -1. The day is the document's, though more text follows (an attachment, a second document).
 */
export function documentSignature(pieces: readonly string[]): number {
  const texts = pieces.map((p) => p.trim());
  if (!ADDRESSEE.test(texts[0] ?? '') || SALUTATION.test(texts[0] ?? '')) return -1;
  for (let i = 2; i + 1 < texts.length; i++) {
    if (!ORGAN.test(texts[i]!) || !DAY.test(texts[i + 1]!)) continue;
    return texts.slice(1, i).some((t) => isSentenceLike(t)) ? i : -1;
  }
  return -1;
}

export function attachmentTitle(pieces: readonly string[]): AttachmentTitle | null {
  const texts = pieces.map((p) => p.trim());
  if (texts.some((t) => SEVERAL.test(t))) return null;
  const i = documentSignature(texts);
  if (i < 0 || i + 2 >= texts.length) return null;
  let k = i + 2;
  if (ATTACHMENT_LABEL.test(texts[k]!)) k++;
  const t = texts[k] ?? '';
  const shaped = titleLike(t) && len(t) >= 6 && len(t) <= 80 && !PART_OR_POINT.test(t) && !chromeShaped(t) && !DAY.test(t);
  return shaped && k + 1 < texts.length ? { title: t, index: k } : null;
}
