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
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Parses 一 … 九十九 (and 一百 … 九百九十九) or ASCII digits; null when not a number. */
export function parseNumeral(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (!/^[〇零一二两三四五六七八九十百]+$/.test(s)) return null;
  let total = 0;
  let current = 0;
  for (const ch of s) {
    if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else current = current * 10 + (CN_DIGITS[ch] ?? 0);
  }
  return total + current;
}

/** Full-width digits ０-９ → ASCII. */
export function asciiDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30));
}

/**
 * Zeros as written in year numerals: 〇 (U+3007), 零, ○ (U+25CB, a circle often
 * typed for 〇), Ｏ/O (a letter typed for 〇: `二O一九`).
 */
const YEAR_DIGITS: Record<string, number> = { ...CN_DIGITS, '○': 0, Ｏ: 0, O: 0, o: 0 };

/**
 * A year written digit by digit: `2019`, `２０１９`, `二〇一九`, `二零一九`, `二○一九`.
 * Null unless it is exactly four digits of one kind (no 十: `二千零一十九` is not
 * how years are written) .
 */
export function parseYearDigits(s: string): number | null {
  const t = asciiDigits(s.replace(/\s+/g, ''));
  if (/^\d{4}$/.test(t)) return Number(t);
  const chars = [...t];
  if (chars.length !== 4 || chars.some((c) => YEAR_DIGITS[c] === undefined || c === '两')) return null;
  return chars.reduce((n, c) => n * 10 + YEAR_DIGITS[c]!, 0);
}

/** A month or day as written: `3`, `03`, `０３`, `三`, `十一`, `二十五`, `三十一`. */
export function parseDayNumber(s: string): number | null {
  const t = asciiDigits(s.replace(/\s+/g, ''));
  if (/^\d{1,2}$/.test(t)) return Number(t);
  if (!/^[一二三四五六七八九十]{1,3}$/.test(t)) return null;
  return parseNumeral(t);
}
