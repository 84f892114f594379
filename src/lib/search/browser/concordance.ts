/** Key-word-in-context lines from search hits (query.ts), one per occurrence, and their orders. Pure. */
import type { Hit } from './query.ts';

export interface KwicLine {
  left: string;
  phrase: string;
  right: string;
  /** Sentence holding the occurrence (cut at 。！？；), for copying. */
  sentence: string;
  anchor: string;
  hit: Hit;
}

const END = /[。！？；]/;

function sentenceAround(text: string, from: number, to: number): string {
  let start = from;
  while (start > 0 && !END.test(text[start - 1]!)) start--;
  let end = to;
  while (end < text.length && !END.test(text[end]!)) end++;
  return text.slice(start, Math.min(text.length, end + 1)).trim();
}

/** One line per occurrence (each passage's spans: the index's own count), the occurrence as written. */
export function kwicLines(hits: readonly Hit[], width = 30): KwicLine[] {
  const lines: KwicLine[] = [];
  for (const hit of hits) {
    for (const { text, anchor, spans } of hit.passages) {
      for (const [at, end] of spans) {
        lines.push({
          left: text.slice(Math.max(0, at - width), at),
          phrase: text.slice(at, end),
          right: text.slice(end, end + width),
          sentence: sentenceAround(text, at, end),
          anchor,
          hit,
        });
      }
    }
  }
  return lines;
}

const zh = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const reversed = (s: string) => [...s].reverse().join('');
const iso = (l: KwicLine) => l.hit.meta.iso ?? '';

export const ORDERS = {
  /** By the words right after the phrase: shows what usually follows it. */
  right: (a: KwicLine, b: KwicLine) => zh(a.right, b.right) || zh(iso(b), iso(a)),
  /** By the words right before the phrase, read backwards from it. */
  left: (a: KwicLine, b: KwicLine) => zh(reversed(a.left), reversed(b.left)) || zh(iso(b), iso(a)),
  /** Newest first. */
  date: (a: KwicLine, b: KwicLine) => zh(iso(b), iso(a)) || zh(a.right, b.right),
} as const;

/** Lines per year, newest year first; unknown years as '年份不详'. */
export function perYear(lines: readonly KwicLine[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const l of lines) {
    const year = iso(l).slice(0, 4);
    const key = year && year !== '0000' ? year : '年份不详';
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => (a === '年份不详' ? 1 : b === '年份不详' ? -1 : b.localeCompare(a)));
}
