/**
 * Position marks between the paragraphs of a copied slide deck or video transcript: a slide's
 * number (`第3张`, `第5张—第7张`), a subtitle's time code (`[00:01:02]`, `00:03:15`). Found by
 * their shape and repetition, not their words: a short line with no sentence in it, made of
 * numbers and at most a few Han characters, whose shape with the numbers masked recurs three
 * or more times, the numbers going up from one to the next, standing between lines of text.
 * The numbers must read as positions on a scale: a clock time, a range of slides on one line,
 * or two or more skips. A numbering that counts by one (`第1章`, `附件1`, `附件2`, …: headings,
 * attachments, page numbers) is not taken.
 */
import { hanCount, len, nearestText } from './line-features.ts';
import { PART_OR_POINT } from './title-shape.ts';
import { isDateline } from './dates.ts';

/** Longest mark, in characters. */
const MAX_MARK = 24;
/** Most Han characters in a mark (`第`, `张`, `页`, `幻灯片`). */
const MAX_MARK_HAN = 3;
/** Fewest marks of one shape. */
const MIN_MARKS = 3;

/** A range of two marks on one line (`第5张—第7张`, `00:01–00:03`) has its first mark's shape. */
const RANGE = /^(.*?#.*?)\s*[—–\-－~～至到]\s*\1$/u;

/** The mark's shape (its numbers masked as `#`, a range as one), or null when the line is no mark. */
function markShape(t: string): string | null {
  // A bare number is a page's (chrome.ts, barePageNumbers), not a position.
  if (len(t) > MAX_MARK || !/\d/.test(t) || /^\d+$/.test(t) || hanCount(firstOfRange(t)) > MAX_MARK_HAN) return null;
  if (/[。！？；，、!?;,]/u.test(t) || PART_OR_POINT.test(t) || isDateline(t)) return null;
  const shape = t.replace(/\d+/g, '#').replace(/\s+/g, ' ');
  return RANGE.exec(shape)?.[1] ?? shape;
}

/** A range's first mark (`第5张` of `第5张—第7张`); the line itself when it is no range. */
function firstOfRange(t: string): string {
  return t.split(/[—–\-－~～至到]/u)[0]!;
}

/** The line's numbers, for ordering marks (a range by its first). */
function numbersOf(t: string): number[] {
  return (t.match(/\d+/g) ?? []).map(Number);
}

/** Whether a goes before b: their numbers compared in turn (a time code by hours, minutes, seconds). */
function before(a: readonly number[], b: readonly number[]): boolean {
  for (let k = 0; k < Math.min(a.length, b.length); k++) if (a[k] !== b[k]) return a[k]! < b[k]!;
  return false;
}

/** Text, not a mark or chrome: a line of at least eight Han characters. */
const isText = (t: string): boolean => hanCount(t) >= 8;

/** Indices (into texts) of position marks. */
export function positionMarks(texts: readonly string[]): number[] {
  const byShape = new Map<string, number[]>();
  texts.forEach((raw, i) => {
    const shape = markShape(raw.trim());
    if (shape) byShape.set(shape, [...(byShape.get(shape) ?? []), i]);
  });
  const near = (i: number, dir: -1 | 1): string => nearestText(texts, i, dir);
  const out: number[] = [];
  for (const [shape, at] of byShape) {
    if (at.length < MIN_MARKS) continue;
    const nums = at.map((i) => numbersOf(firstOfRange(texts[i]!.trim())));
    if (!nums.every((n, k) => k === 0 || before(nums[k - 1]!, n))) continue;
    // Positions on a scale, not a numbering (headings, attachments, pages count by one, maybe
    // skipping one): a clock time, a range of slides on one line, or two or more skips.
    const clock = /#:#/.test(shape);
    const ranged = at.some((i) => RANGE.test(texts[i]!.trim().replace(/\d+/g, '#')));
    const skips = nums.filter((n, k) => k > 0 && n[0] !== nums[k - 1]![0]! + 1).length;
    if (!clock && !ranged && skips < 2) continue;
    // Between lines of text: after the first mark, a line of text stands before each one, and text follows every one but maybe the last.
    const between = at.filter((i, k) => (k === 0 || isText(near(i, -1))) && (isText(near(i, 1)) || k === at.length - 1)).length;
    if (between * 4 >= at.length * 3) out.push(...at);
  }
  return out.sort((a, b) => a - b);
}
