/**
 * Sentences of a speech's paragraphs, for finding the same sentence in other speeches.
 * A sentence runs to 。！？； (or the paragraph's end); its key keeps only letters and
 * digits, so punctuation, quotation marks and spacing never make two sentences differ.
 */

export interface SentenceBlock {
  kind: string;
  text: string;
}

export interface Sentence {
  /** Paragraph number as the page anchors it (`#p3` → 3): paragraphs counted in order, headings not. */
  paragraph: number;
  /** The sentence as written, its end mark included. */
  text: string;
  /** Letters and digits only. */
  key: string;
}

const END = /[。！？；!?;]/u;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

export const sentenceKey = (text: string) => text.replace(NOT_WORD, '');

/** Every sentence of every paragraph whose key has at least `minLength` characters. */
export function paragraphSentences(blocks: readonly SentenceBlock[], minLength: number): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  for (const block of blocks) {
    if (block.kind !== 'paragraph') continue;
    paragraph++;
    let start = 0;
    const text = block.text;
    for (let i = 0; i <= text.length; i++) {
      if (i < text.length && !END.test(text[i]!)) continue;
      // Closing quotation marks after the end mark belong to the sentence.
      let end = i < text.length ? i + 1 : i;
      while (end < text.length && /[”’」』）)]/u.test(text[end]!)) end++;
      const piece = text.slice(start, end).trim();
      const key = sentenceKey(piece);
      if ([...key].length >= minLength) out.push({ paragraph, text: piece, key });
      if (i >= text.length) break;
      start = end;
      i = end - 1;
    }
  }
  return out;
}

/** Levenshtein distance of `a` and `b` if it is at most `max`, else `max + 1` (a band of 2·max + 1 cells a row). */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev = new Array<number>(n + 1);
  let row = new Array<number>(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(n, i + max);
    row.fill(max + 1);
    row[0] = i;
    let best = row[0]!;
    for (let j = from; j <= to; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min((prev[j - 1] ?? max + 1) + cost, (prev[j] ?? max + 1) + 1, (row[j - 1] ?? max + 1) + 1);
      row[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    [prev, row] = [row, prev];
  }
  return Math.min(prev[n]!, max + 1);
}
