/**
 * Lines that are a piece of software, not text anybody wrote: what a program left when the
 * page or document was turned into text. Their shape is the program's, so they are removed
 * wherever they stand, between paragraphs too:
 *   - Word field codes (`第 PAGE \* MERGEFORMAT 6 页`, `HYPERLINK \l "_Toc4721" … PAGEREF _Toc4721 \h 3`):
 *     a keyword in Latin capitals with a backslash switch;
 *   - a text browser's numbered links (`[1]首页 [2]新闻 | [3]时政`): two or more link numbers in
 *     square brackets on a line that holds no sentence;
 *   - an image's placeholder (`[IMG]`, `[图片] photo_02.jpg（1080×720）`): a bracketed image word
 *     opening a line with no sentence, or a line naming an image file and nothing said;
 *   - an editor's toolbar (`段落 ▾　宋体 ▾　16px ▾　B　I　U`): drop-down marks among short items;
 *   - wiki markup's quote marks (`'`) alone on a line or glued to Chinese text (GLUED_QUOTES, cut inside the line).
 * And the caption under an image placeholder (`图片说明：…`, `…新华社记者 鞠鹏 摄`): a caption, not the speech.
 */
import { len } from './line-features.ts';

/** A sentence's end: a line holding one is text, whatever else it carries. */
const SENTENCE_END = /[。！？!?]/u;
/** A field code: a keyword in Latin capitals, maybe an argument, then a switch (`\*`, `\h`, `\l`, `\o`). */
const FIELD_CODE = /(?:^|[^A-Za-z])[A-Z]{3,}(?:\s+(?:"[^"]*"|[^\s\\]+))?\s+\\[*a-z]/u;
/** A text browser's link number (`[12]首页`). */
const LINK_NUMBER = /\[\d{1,4}\](?=\S)/gu;
/** An image's placeholder opening a line: `[IMG]`, `[图片]`, `[image: …]`. */
const IMAGE_MARK = /^[[［【](?:IMG|IMAGE|Image|image|INLINE|图片|图像|配图)(?:[:：][^\]］】]*)?[\]］】]/u;
/** An image file's name. */
const IMAGE_FILE = /[\w-]+\.(?:jpe?g|png|gif|webp|bmp)\b/iu;
/** Drop-down and menu marks of an editor's toolbar. */
const TOOL_MARK = /[▾▿⌄▼]/gu;

/** Wiki markup's quote marks (`'''bold'''`) left alone on a line. */
const WIKI_QUOTES = /^'{1,6}$/u;
/** Wiki markup's quote marks glued to Chinese text at a line's end or start (`…进一步深化。'`): no Chinese text uses `'`. */
export const GLUED_QUOTES = /(?<=[\p{Script=Han}。！？：；，、）”])'{1,6}$|^'{1,6}(?=[\p{Script=Han}（“—])/gu;

/** The reason a whole line is a program's artefact, or null. */
export function artefactReason(raw: string): string | null {
  const t = raw.trim();
  if (!t) return null;
  if (WIKI_QUOTES.test(t)) return 'markup';
  if (FIELD_CODE.test(t) && !SENTENCE_END.test(t)) return 'field-code';
  const links = t.match(LINK_NUMBER)?.length ?? 0;
  if (links >= 2 && !SENTENCE_END.test(t.replace(LINK_NUMBER, ''))) return 'link-menu';
  if (IMAGE_MARK.test(t) && !SENTENCE_END.test(t)) return 'image-placeholder';
  if (IMAGE_FILE.test(t) && !SENTENCE_END.test(t) && len(t) <= 120) return 'image-placeholder';
  if ((t.match(TOOL_MARK)?.length ?? 0) >= 2 && !/[，。；]/u.test(t) && t.split(/\s{2,}|\u3000+/u).length >= 4) return 'editor-toolbar';
  return null;
}

/** A caption's label (`图片说明：`, `图注：`) or a photo credit at the end (`新华社记者 鞠鹏 摄`). */
const CAPTION = /^(?:图片?说明|图注|说明)\s*[：:]|摄\s*[)）]?$/u;

/** Whether `t`, right under an image placeholder, is that image's caption. */
export function isImageCaption(t: string): boolean {
  return CAPTION.test(t.trim()) && len(t.trim()) <= 200;
}
