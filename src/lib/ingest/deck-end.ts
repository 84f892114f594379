/**
 * A slide deck's end after the speech read from its notes: the last slide's marker (`幻灯片 5`,
 * `Slide 12`, `第5页`), the closing slide (`谢谢聆听！`) with its note and page number, and the page
 * numbers and cues between the last note and that marker (`4`, `（本页读完后暂停，播放视频…）`).
 * Found by shape: a marker is a short line of one number and a word of at most three
 * characters, recurring three or more times with its number going up; after the last one only
 * a short line (the slide's text) and then bare numbers, labels (`备注：`) and notes in brackets;
 * before it, back to the last line that ends a sentence, only such lines too. The deck must show
 * itself by more than the closing line: a number or note between the last note and the marker,
 * or a label or note after the closing line. A printed copy's last page opening with its number
 * and holding only `谢谢大家！` is not taken.
 */
import { isDateline } from './dates.ts';
import { closesSentence, hanCount, len } from './line-features.ts';
import { PART_OR_POINT } from './title-shape.ts';

/** Longest marker, in characters. */
const MAX_MARK = 16;
/** Fewest markers of one shape. */
const MIN_MARKS = 3;
/** Longest closing slide's text. */
const MAX_CLOSING = 12;
/** Most lines after the last marker. */
const MAX_AFTER = 6;
/** Longest note in brackets. */
const MAX_NOTE = 80;

/** The marker's shape (its number masked), or null when the line is no marker. */
function markerShape(t: string): string | null {
  if (len(t) > MAX_MARK || (t.match(/\d+/g)?.length ?? 0) !== 1 || /^\d+$/.test(t)) return null;
  if (hanCount(t) > 3 || /[^\p{Script=Han}A-Za-z\d\s#]/u.test(t) || PART_OR_POINT.test(t) || isDateline(t)) return null;
  return t.replace(/\d+/, '#').replace(/\s+/g, ' ');
}

/** A line of a deck's page around the slides: a bare number, a label alone (`备注：`), a note in brackets. */
function deckChrome(t: string): boolean {
  if (/^\d{1,3}$/.test(t)) return true;
  if (/^\p{Script=Han}{2,4}\s*[：:]$/u.test(t)) return true;
  return len(t) <= MAX_NOTE && /^[（(【〔][^（()）【】〔〕]+[）)】〕]$/u.test(t);
}

/** Indices (into lines) of a deck's closing slide and the chrome around its marker; none when the text has no such end. */
export function deckEnd(lines: readonly string[]): number[] {
  const byShape = new Map<string, number[]>();
  lines.forEach((raw, i) => {
    const shape = markerShape(raw.trim());
    if (shape) byShape.set(shape, [...(byShape.get(shape) ?? []), i]);
  });
  let last = -1;
  for (const at of byShape.values()) {
    if (at.length < MIN_MARKS) continue;
    const nums = at.map((i) => Number(lines[i]!.match(/\d+/)![0]));
    if (nums.every((n, k) => k === 0 || n > nums[k - 1]!)) last = Math.max(last, at.at(-1)!);
  }
  if (last < 0) return [];
  const after = lines.flatMap((t, i) => (i > last && t.trim() ? [i] : []));
  if (!after.length || after.length > MAX_AFTER || len(lines[after[0]!]!.trim()) > MAX_CLOSING) return [];
  if (!after.slice(1).every((i) => deckChrome(lines[i]!.trim()))) return [];
  const before: number[] = [];
  for (let i = last - 1; i >= 0; i--) {
    const t = lines[i]!.trim();
    if (!t) continue;
    if (!deckChrome(t)) {
      if (!closesSentence(t)) return [];
      break;
    }
    before.unshift(i);
  }
  if (!before.length && after.length < 2) return [];
  return [...before, last, ...after];
}
