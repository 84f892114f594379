/**
 * Normalisation: the only changes ingest makes to the characters of the speech
 * text itself. Everything else is kept exactly as written.
 *
 *  1. Half-width punctuation next to Chinese becomes full-width:
 *       ,  →  ，     :  →  ：     ;  →  ；     !  →  ！     ?  →  ？
 *     A mark is converted when the character right before or right after it is
 *     a Han character or full-width punctuation. `(` `)` → `（` `）` when the
 *     pair encloses a Han character (or, if unpaired, when it touches one).
 *     Many copies of these speeches were typed on half-width keyboards; the
 *     marks mean the same thing and the site renders full-width text.
 *     Not converted: `.` (decimal points, abbreviations), digits, ASCII words,
 *     anything inside a URL, and marks between two non-Chinese characters
 *     (`3,000`, `10:30`, `Copyright 2001-2020`). Reported once per speech as a
 *     repair `fullwidth-punctuation` with counts.
 *  2. Whitespace at both ends of every line and paragraph is trimmed
 *     (ASCII spaces, tabs, U+3000 indents, no-break spaces). Not reported:
 *     whitespace carries no text.
 *  3. Spaces inside the speaker's name line are collapsed (`卿 渐 伟` → `卿渐伟`);
 *     printed programmes space out two- and three-character names to line
 *     them up. Reported as a repair `speaker-spaces`.
 *  4. Invisible characters are removed: zero-width spaces and joiners
 *     (U+200B–U+200D, U+2060), stray byte-order marks (U+FEFF), C0/C1
 *     control characters other than tab (line breaks split lines before this
 *     step), and bidirectional marks, embeddings and isolates (U+200E, U+200F,
 *     U+202A–U+202E, U+2066–U+2069), which are invisible yet reorder how the
 *     text around them is displayed. Each run of them is reported as a removal
 *     `control-char` with its exact text and raw line; none is dropped silently.
 *  5. A leading byte-order mark on the file is dropped (an encoding artefact).
 *
 * Spaces *between* paragraphs glued onto one line are paragraph breaks, not
 * normalisation: see paragraphs.ts.
 */

import { isChinese, isHan } from './charsets.ts';

const HALF_TO_FULL: Record<string, string> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '!': '！',
  '?': '？',
  '(': '（',
  ')': '）',
};

/** ASCII URL run: these characters are never converted. */
const URL = /https?:\/\/[A-Za-z0-9\-._~:/?#@!$&'*+=%]+/g;

export interface PunctuationResult {
  text: string;
  /** Count per converted half-width mark, e.g. { ',': 12, ':': 1 }. */
  counts: Record<string, number>;
}

/** Rule 1: half-width → full-width punctuation next to Chinese (length-preserving). */
export function toFullWidthPunctuation(text: string): PunctuationResult {
  const chars = [...text];
  const counts: Record<string, number> = {};
  const protectedIdx = new Set<number>();
  // Map UTF-16 URL spans to code-point indices.
  for (const m of text.matchAll(URL)) {
    const start = [...text.slice(0, m.index)].length;
    const len = [...m[0]].length;
    for (let i = start; i < start + len; i++) protectedIdx.add(i);
  }
  const convert = (i: number): void => {
    const ch = chars[i];
    if (ch === undefined || protectedIdx.has(i)) return;
    const full = HALF_TO_FULL[ch];
    if (!full) return;
    chars[i] = full;
    counts[ch] = (counts[ch] ?? 0) + 1;
  };
  // Parentheses first, as pairs: `(2014年4月8日,根据录音整理)` must convert both ends.
  const stack: number[] = [];
  const paired = new Set<number>();
  chars.forEach((ch, i) => {
    if (ch === '(') stack.push(i);
    else if (ch === ')') {
      const open = stack.pop();
      if (open === undefined) return;
      paired.add(open);
      paired.add(i);
      if (chars.slice(open + 1, i).some((c) => isHan(c))) {
        convert(open);
        convert(i);
      }
    }
  });
  chars.forEach((ch, i) => {
    if (!(ch in HALF_TO_FULL) || paired.has(i)) return;
    if (isChinese(chars[i - 1]) || isChinese(chars[i + 1])) convert(i);
  });
  return { text: chars.join(''), counts };
}

/** Rule 3: `卿 渐 伟` → `卿渐伟` (only spaces between Han characters). */
export function collapseNameSpaces(name: string): string {
  return name.replace(/(?<=\p{Script=Han})[ \u3000\u00A0]+(?=\p{Script=Han})/gu, '');
}

/**
 * Rule 4: invisible characters, returned so they can be reported. Tab, LF and
 * CR are the only C0 characters kept (LF/CR never reach here: lines are split
 * on them first). U+3000 is a visible indent and is handled as whitespace.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these invisible characters are what it removes
export const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]+/g;

export function removeInvisible(line: string): { text: string; removed: string[] } {
  const removed: string[] = [];
  const text = line.replace(INVISIBLE, (m) => {
    removed.push(m);
    return '';
  });
  return { text, removed };
}

/** Describes punctuation counts for the repair report: `，×12 （×2`. */
export function describeCounts(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([half, n]) => `${half} → ${HALF_TO_FULL[half] ?? half} ×${n}`)
    .join(', ');
}
