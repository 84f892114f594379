/**
 * Character classes shared by the cleaning steps. Kept in one place so that
 * "what counts as the end of a sentence" means the same thing to the page-chunk
 * joiner, the paragraph splitter and the outline reader.
 */

/** One Han (Chinese) character. `\p{Script=Han}` also covers the rare-character planes. */
export const HAN = /\p{Script=Han}/u;

/** True when `ch` is a Han character. */
export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch);
}

/**
 * Marks that can end a sentence or a clause that stands on its own
 * (full- and half-width). A closing quote or bracket after such a mark also
 * ends the sentence, so they are included: `…的要求。”` and `…（2019年）`.
 */
export const SENTENCE_FINAL = '。！？；：…”’」』）!?;:)';

/** True when the last visible character of `text` ends a sentence. */
export function endsSentence(text: string): boolean {
  const t = text.trimEnd();
  const last = [...t].pop();
  return last !== undefined && SENTENCE_FINAL.includes(last);
}

/** Full-width punctuation and CJK symbols, which count as "Chinese" for adjacency. */
export function isCjkPunct(ch: string | undefined): boolean {
  return ch !== undefined && /[\u3000-\u303F\uFF00-\uFF65“”‘’—…·《》]/.test(ch);
}

/** Han character or CJK punctuation: what "adjacent to Chinese" means in normalise.ts. */
export function isChinese(ch: string | undefined): boolean {
  return isHan(ch) || isCjkPunct(ch);
}

/** Chinese numerals used in outline markers and anniversaries. */
const CN_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Parses 一 … 九十九 (and 一百 … 九百九十九) or ASCII digits; null when not a number. */
export function parseNumeral(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (!/^[〇零一二两三四五六七八九十百]+$/.test(s)) return null;
  let total = 0;
  let current = 0;
  for (const ch of s) {
    if (ch === '百') { total += (current || 1) * 100; current = 0; }
    else if (ch === '十') { total += (current || 1) * 10; current = 0; }
    else current = current * 10 + (CN_DIGITS[ch] ?? 0);
  }
  return total + current;
}
