/**
 * Sentences of a speech's paragraphs, for finding the same sentence in other speeches.
 * A sentence runs to 。！？； (or the paragraph's end); its key keeps only letters and
 * digits, so punctuation, quotation marks and spacing never make two sentences differ.
 */

import { isLetterOrDigit } from '../text/letters.ts';

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

/** Sentence ends, by UTF-16 code unit. */
const ENDS = new Set([...'。！？；!?;'].map((c) => c.charCodeAt(0)));
/** Closing marks that belong to the sentence before them. */
const CLOSERS = new Set([...'”’」』）)'].map((c) => c.charCodeAt(0)));
/** Whether a UTF-16 code unit is part of a letter or digit (surrogates count: CJK beyond the first plane is letters). */
function isWordUnit(c: number): boolean {
  return (c >= 0xd800 && c <= 0xdfff) || isLetterOrDigit(c);
}

/** Letters and digits of `text`, in order. */
export function sentenceKey(text: string): string {
  let out = '';
  let run = -1;
  for (let i = 0; i < text.length; i++) {
    if (isWordUnit(text.charCodeAt(i))) {
      if (run < 0) run = i;
    } else if (run >= 0) {
      out += text.slice(run, i);
      run = -1;
    }
  }
  return run >= 0 ? out + text.slice(run) : out;
}

/** Calls `found` for every sentence of every paragraph whose key has at least `minLength` code units. */
export function eachSentence(
  blocks: readonly SentenceBlock[],
  minLength: number,
  found: (paragraph: number, text: string, key: string) => void,
): void {
  let paragraph = 0;
  for (const block of blocks) {
    if (block.kind !== 'paragraph') continue;
    paragraph++;
    const text = block.text;
    let start = 0;
    let i = 0;
    while (start < text.length) {
      while (i < text.length && !ENDS.has(text.charCodeAt(i))) i++;
      let end = i < text.length ? i + 1 : i;
      while (end < text.length && CLOSERS.has(text.charCodeAt(end))) end++;
      const piece = text.slice(start, end).trim();
      const key = sentenceKey(piece);
      if (key.length >= minLength) found(paragraph, piece, key);
      start = i = end;
    }
  }
}

/** Whether a code unit ends a sentence (。！？；!?;). */
function isEnd(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0x21 || c === 0x3f || c === 0x3b;
}
/** Whether a code unit closes a quotation or bracket (”’」』）)). */
function isCloser(c: number): boolean {
  return c === 0x201d || c === 0x2019 || c === 0x300d || c === 0x300f || c === 0xff09 || c === 0x29;
}

/** A sentence found by `scanSentences`: where it stands, and its key's hash and length, without the key itself. */
export interface SentenceSpan {
  paragraph: number;
  /** Index of the block in `blocks`. */
  block: number;
  /** The sentence is `blocks[block].text.slice(start, end).trim()`. */
  start: number;
  end: number;
  /** `hash53(key)`. */
  hash: number;
  /** `key.length`. */
  keyLength: number;
}

/**
 * The sentences `eachSentence` finds (the same ones, in the same order), reported by
 * position with the hash and length of their key: no string is made, so a whole
 * archive can be scanned without allocating a key per sentence. `found` receives the
 * fields of a SentenceSpan (one object would be one allocation a sentence).
 */
export function scanSentences(
  blocks: readonly SentenceBlock[],
  minLength: number,
  found: (paragraph: number, block: number, start: number, end: number, hash: number, keyLength: number) => void,
): void {
  let paragraph = 0;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    if (block.kind !== 'paragraph') continue;
    paragraph++;
    const text = block.text;
    const length = text.length;
    let start = 0;
    while (start < length) {
      let h1 = 0x811c9dc5;
      let h2 = 0x01000193;
      let keyLength = 0;
      let i = start;
      for (; i < length; i++) {
        const c = text.charCodeAt(i);
        if (isEnd(c)) break;
        if (isWordUnit(c)) {
          h1 = Math.imul(h1 ^ c, 0x01000193);
          h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
          keyLength++;
        }
      }
      // The end mark and closing marks after it are not letters: they leave the key as it is.
      let end = i < length ? i + 1 : i;
      while (end < length && isCloser(text.charCodeAt(end))) end++;
      if (keyLength >= minLength) found(paragraph, b, start, end, (h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff), keyLength);
      start = end;
    }
  }
}

/** Hashes of the two halves of the key of `text.slice(start, end)` (its first `half` letters and digits, and the rest), as `hash53(key, 0, half)` and `hash53(key, half)`. */
export function halfHashes(text: string, start: number, end: number, half: number): [number, number] {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  let seen = 0;
  let first = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isWordUnit(c)) continue;
    if (seen === half) {
      first = (h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff);
      h1 = 0x811c9dc5;
      h2 = 0x01000193;
    }
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
    seen++;
  }
  const rest = (h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff);
  // A key of `half` letters or fewer has an empty second half.
  return seen <= half ? [rest, 0x811c9dc5 * 0x200000 + (0x01000193 & 0x1fffff)] : [first, rest];
}

/** Whether two spans of text have the same key (letters and digits), without making either key. */
export function sameKey(a: string, aStart: number, aEnd: number, b: string, bStart: number, bEnd: number): boolean {
  // Most often the two are written alike, punctuation and all.
  if (aEnd - aStart === bEnd - bStart) {
    let k = 0;
    while (k < aEnd - aStart && a.charCodeAt(aStart + k) === b.charCodeAt(bStart + k)) k++;
    if (k === aEnd - aStart) return true;
  }
  let i = aStart;
  let j = bStart;
  for (;;) {
    while (i < aEnd && !isWordUnit(a.charCodeAt(i))) i++;
    while (j < bEnd && !isWordUnit(b.charCodeAt(j))) j++;
    if (i >= aEnd || j >= bEnd) return i >= aEnd && j >= bEnd;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
    i++;
    j++;
  }
}

/** Every sentence of every paragraph whose key has at least `minLength` code units. */
export function paragraphSentences(blocks: readonly SentenceBlock[], minLength: number): Sentence[] {
  const out: Sentence[] = [];
  eachSentence(blocks, minLength, (paragraph, text, key) => out.push({ paragraph, text, key }));
  return out;
}

/** A 53-bit hash of `text` from `from` to `to` (two 32-bit FNV-1a variants). */
export function hash53(text: string, from = 0, to = text.length): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  return (h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff);
}

/** Two rows of the edit-distance table, grown as needed and reused between calls. */
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/** Levenshtein distance of `a` and `b` if it is at most `max`, else `max + 1` (a band of 2·max + 1 cells a row). */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  if (rowA.length < n + 1) {
    rowA = new Int32Array(2 * (n + 1));
    rowB = new Int32Array(2 * (n + 1));
  }
  let prev = rowA;
  let row = rowB;
  const over = max + 1;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(n, i + max);
    row[0] = i;
    if (from > 1) row[from - 1] = over;
    if (to < n) row[to + 1] = over;
    let best = i <= max ? i : over;
    const ca = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      let v = prev[j - 1]! + cost;
      const up = (j <= i + max - 1 ? prev[j]! : over) + 1;
      const left = row[j - 1]! + 1;
      if (up < v) v = up;
      if (left < v) v = left;
      row[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return over;
    const t = prev;
    prev = row;
    row = t;
  }
  return Math.min(prev[n]!, over);
}
