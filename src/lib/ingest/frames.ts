/**
 * An export's frame around every piece of text: the same line, word for word, standing
 * between each paragraph and the next (an e-reader's highlights file puts the book line and a
 * `==========` rule around every highlight; a notes app's export repeats a header per note).
 * A speech does not say the same heading-shaped line between every one of its paragraphs;
 * what repeats there with the same shape is the export's frame, not speech.
 */
import { hanCount, isPageNumberLine, len, nearestText } from './line-features.ts';

/** Fewest copies of a line that make a frame. */
const MIN_COPIES = 3;
/** Most lines of text (other than frame lines) between two copies of a frame line. */
const MAX_BETWEEN = 3;
/** Longest frame line: a book or note header, a rule. */
const MAX_FRAME = 80;
/** A line that ends or holds a sentence is text, however often it is said. */
const SENTENCE = /[。！？!?；;]/u;
/** Clause punctuation: what stands between the copies is running text, not a table's or a form's cells. */
const CLAUSE = /[。！？，；!?;]/u;
/** A rule of one repeated mark (`==========`, `----------`). */
const RULE = /^([-—–－─━=＝_＿*~·])\1{4,}$/u;

/** A time or a date: the line is a stamp, the same stamp whatever its numbers. */
const STAMP = /\d{1,2}:\d{2}|\d{4}\s*[-/.年]/u;

/** The line as compared with the others: a stamp's numbers (an item's time, its position) folded. */
function frameKey(t: string): string {
  return STAMP.test(t) ? t.replace(/\d+/gu, '#') : t;
}

function frameShaped(t: string): boolean {
  if (RULE.test(t)) return true;
  // Words, not bare numbers: a time code or slide number alone is a position mark (position-marks.ts).
  return len(t) >= 4 && len(t) <= MAX_FRAME && hanCount(t) >= 2 && !SENTENCE.test(t);
}

/**
 * Indices of `texts` (lines, blank where removed) that are a frame: a line that is no sentence,
 * found three or more times (a stamp's numbers aside: `- 添加于 2024年3月10日 下午8:41`), with at most three lines of text between one copy and the next
 * everywhere (so around every paragraph, not a page's running head every thirty lines), and
 * running text (a clause) in most of those gaps: a table's or a form's repeated cells (`（示范应用）`,
 * `年　月　日`) stand between other cells, not between paragraphs.
 */
export function frameLines(texts: readonly string[]): number[] {
  const at = new Map<string, number[]>();
  texts.forEach((raw, i) => {
    const t = raw.trim();
    if (t && frameShaped(t)) at.set(frameKey(t), [...(at.get(frameKey(t)) ?? []), i]);
  });
  const candidates = [...at.values()].filter((is) => is.length >= MIN_COPIES);
  const frame = new Set(candidates.flat());
  const out: number[] = [];
  for (const is of candidates) {
    let prose = 0;
    let fits = true;
    for (let k = 1; k < is.length && fits; k++) {
      let between = 0;
      let clause = false;
      for (let i = is[k - 1]! + 1; i < is[k]!; i++) {
        const t = texts[i]!.trim();
        if (!t || frame.has(i)) continue;
        between++;
        clause ||= CLAUSE.test(t);
      }
      if (between > MAX_BETWEEN) fits = false;
      if (clause) prose++;
    }
    // A printed copy's running head stands next to page numbers (page-breaks.ts takes it there).
    const atPageBreak = is.some((i) => [-1, 1].some((d) => isPageNumberLine(nearestText(texts, i, d as -1 | 1))));
    if (fits && !atPageBreak && prose * 2 >= is.length - 1) out.push(...is);
  }
  // The frame encloses the text: no more than one item's lines before its first line or after its
  // last (a link repeated after each part of a text, its head above the first, is no frame).
  if (!out.length) return [];
  const inFrame = new Set(out);
  const text = texts.flatMap((t, i) => (t.trim() && !inFrame.has(i) ? [i] : []));
  const [first, last] = [Math.min(...out), Math.max(...out)];
  if (text.filter((i) => i < first).length > MAX_BETWEEN || text.filter((i) => i > last).length > MAX_BETWEEN) return [];
  return out.sort((a, b) => a - b);
}

/**
 * In a framed export, an item whose text an item of the next gap begins with word for word (an
 * earlier, shorter highlight of the same passage): a copy, not a paragraph of its own.
 */
export function shorterCopies(texts: readonly string[], frame: readonly number[]): number[] {
  if (!frame.length) return [];
  // The gaps between frame lines, each a list of its lines of text.
  const gaps: number[][] = [[]];
  const isFrame = new Set(frame);
  for (let i = frame[0]! + 1; i < frame.at(-1)!; i++) {
    if (isFrame.has(i)) {
      if (gaps.at(-1)!.length) gaps.push([]);
    } else if (texts[i]!.trim()) gaps.at(-1)!.push(i);
  }
  const out: number[] = [];
  for (let g = 0; g + 1 < gaps.length; g++)
    for (const a of gaps[g]!) {
      const ta = texts[a]!.trim();
      if (gaps[g + 1]!.some((b) => texts[b]!.trim().length > ta.length && texts[b]!.trim().startsWith(ta))) out.push(a);
    }
  return out;
}
