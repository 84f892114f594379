/**
 * The text a speech is searched in, and what "ignoring punctuation" removes from it.
 * Pure; shared by the builder, the query engine and the pages.
 *
 * Units: UTF-16 code units. A position is an offset in `searchText(blocks)`.
 */

/** The text a speech is searched in: its blocks (headings and paragraphs, not the title) joined by '\n'. */
export function searchText(blocks: readonly { text: string }[]): string {
  return blocks.map((b) => b.text).join('\n');
}

/** Offset in searchText where each block starts. */
export function blockStarts(blocks: readonly { text: string }[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const b of blocks) {
    starts.push(at);
    at += b.text.length + 1;
  }
  return starts;
}

/** The block holding searchText offset `position`, and the offset inside that block. */
export function blockAt(starts: readonly number[], position: number): { block: number; offset: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= position) lo = mid;
    else hi = mid - 1;
  }
  return { block: lo, offset: position - (starts[lo] ?? 0) };
}

let table: Uint8Array | null = null;
/**
 * What "ignoring punctuation" skips, one flag per UTF-16 code unit: Unicode punctuation
 * (\p{P}: 、，。；：？！“”《》（）—…· and the ASCII ones) and white space (\s, \p{Z}),
 * except '\n', which separates paragraphs and stays a barrier. Symbols (\p{S}: ＋ ￥ ～ °),
 * letters and digits are kept.
 */
export function ignorableTable(): Uint8Array {
  if (table) return table;
  table = new Uint8Array(0x10000);
  const re = /^[\p{P}\p{Z}\s]$/u;
  for (let u = 0; u < 0x10000; u++) {
    if (u >= 0xd800 && u <= 0xdfff) continue;
    if (re.test(String.fromCharCode(u))) table[u] = 1;
  }
  table[10] = 0;
  return table;
}

export const isIgnorable = (codeUnit: number): boolean => ignorableTable()[codeUnit] === 1;

/** `text` without its ignorable code units, and for each kept unit its offset in `text`. */
export function stripIgnorable(text: string): { text: string; offsets: Uint32Array } {
  const ign = ignorableTable();
  const offsets = new Uint32Array(text.length);
  let out = '';
  let n = 0;
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    if (ign[text.charCodeAt(i)]) {
      if (i > runStart) out += text.slice(runStart, i);
      runStart = i + 1;
    } else offsets[n++] = i;
  }
  if (text.length > runStart) out += text.slice(runStart);
  return { text: out, offsets: offsets.slice(0, n) };
}

/** Starts of the non-overlapping occurrences of `phrase` in `text`, leftmost first (String.split's count). */
export function occurrencesIn(text: string, phrase: string): number[] {
  const out: number[] = [];
  if (!phrase) return out;
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + phrase.length)) out.push(at);
  return out;
}

/**
 * The occurrences of `phrase` in a speech's searchText, as the index counts them: exact, or
 * ignoring punctuation (both sides stripped; each span then runs from the first to the
 * last kept unit in the original text, punctuation inside included). For positions of
 * 1–2-unit queries, which the index only counts, and for highlighting.
 */
export function findInText(text: string, phrase: string, mode: 'exact' | 'ignoring-punctuation'): { start: number; length: number }[] {
  if (mode === 'exact') return occurrencesIn(text, phrase).map((start) => ({ start, length: phrase.length }));
  const q = stripIgnorable(phrase).text;
  if (!q) return [];
  const s = stripIgnorable(text);
  return occurrencesIn(s.text, q).map((at) => {
    const start = s.offsets[at]!;
    return { start, length: s.offsets[at + q.length - 1]! + 1 - start };
  });
}
