/**
 * Outline markers: the numbering a speaker puts in front of a part or a point.
 *
 * Families (each a level of its own; which is higher is learned per speech, see
 * outline-tree.ts):
 *   `第一部分` `第一章` …  `第一，`  `其一，`  `一、` `一．`  `（一）`  `1.` `1、` `1．`
 *   `（1）`  `1）`
 * (Not `①`: in the texts here circled numbers are footnotes as often as points.)
 *   `一是` `一要` `一抓` `一看` …: a Chinese numeral and one Han character used as
 *   a series word. Any character may be that word, so this family only counts
 *   when a series of it counts up (the tree drops a list of one item).
 *
 * A marker is read at the start of a block. The one exception is the first item
 * of a list whose second item opens the next paragraph (`在内容上，一要看氛围。…`
 * then `二要看档案资料。`): `firstItemInside` finds it after a clause mark.
 *
 * Shape rules that keep ordinary words out: a 第X / X、 marker needs its
 * separator (`第一时间`, `第一批` are not markers) and no numeral after it
 * (`一、二季度`); `1.5亿` is not `1.`; `一是一，二是二` is an idiom, not a point.
 */
import { parseNumeral } from './charsets.ts';

const CN = '[一二三四五六七八九十]+';
const DIGITS = '[0-9０-９]{1,2}';
const SPACE = '[^\\S\\r\\n]*';

export interface Marker {
  /** Family key: `第X`, `X、`, `（X）`, `N.`, `（N）`, or `X是` / `X要` / `X抓` … */
  family: string;
  /** The number the marker gives (1 for 一 / 1). */
  n: number;
  /** The marker as written, without separator or space: `第一`, `一、`, `（一）`, `1、`, `一是`. */
  marker: string;
  /** Offset of the marker in its block. */
  offset: number;
  /** Length of the marker with its separator and any space after it. */
  length: number;
  /** A series word (`一是`, `一抓` …): counts only as a list of two or more. */
  series: boolean;
}

interface Shape {
  family: (m: RegExpExecArray) => string;
  re: RegExp;
  /** The marker as written from the match. */
  written: (m: RegExpExecArray) => string;
  /** True when the family only counts as a confirmed series (see file comment). */
  series?: boolean;
}

const toAscii = (d: string) => d.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** Ordered: the first shape that matches wins. */
const SHAPES: readonly Shape[] = [
  {
    family: (m) => `第X${m[2]}`,
    re: new RegExp(`^第(${CN})(部分|章|节|篇)(?:[，,、:：]|[^\\S\\r\\n]+(?=\\S)|$)${SPACE}`),
    written: (m) => `第${m[1]}${m[2]}`,
  },
  { family: () => '其X', re: new RegExp(`^其(${CN})[，,、:：]${SPACE}`), written: (m) => `其${m[1]}` },
  { family: () => '第X', re: new RegExp(`^第(${CN})(?:[，,、:：]|[^\\S\\r\\n]+(?=\\S))${SPACE}`), written: (m) => `第${m[1]}` },
  { family: () => 'X、', re: new RegExp(`^(${CN})[、．.](?!${SPACE}[一二三四五六七八九十])${SPACE}`), written: (m) => m[0].trimEnd() },
  { family: () => '（X）', re: new RegExp(`^[（(](${CN})[）)]${SPACE}`), written: (m) => m[0].trimEnd() },
  { family: () => '（N）', re: new RegExp(`^[（(](${DIGITS})[）)]${SPACE}`), written: (m) => m[0].trimEnd() },
  { family: () => 'N）', re: new RegExp(`^(${DIGITS})[）)]${SPACE}`), written: (m) => m[0].trimEnd() },
  { family: () => 'N.', re: new RegExp(`^(${DIGITS})[.、．](?![0-9０-９])${SPACE}`), written: (m) => m[0].trimEnd() },
  // 一是 / 一要 / 一抓 …: the series word is any Han character that is not itself a numeral.
  {
    family: (m) => `X${m[2]}`,
    re: new RegExp(`^(${CN})(?![一二三四五六七八九十百千万亿两〇零])(\\p{Script=Han})`, 'u'),
    written: (m) => m[0],
    series: true,
  },
];

function numberOf(s: string): number {
  return parseNumeral(toAscii(s)) ?? 0;
}

/** `一是一，二是二`: the numeral right after the marker repeats it. */
function isIdiom(text: string, numeral: string, end: number): boolean {
  const after = text.slice(end);
  return after.startsWith(numeral) && /^[，,、]/.test(after.slice(numeral.length));
}

/** The marker that opens `text` at `offset` (default: the block start), or null. */
export function markerAt(text: string, offset = 0): Marker | null {
  const rest = text.slice(offset);
  for (const shape of SHAPES) {
    const m = shape.re.exec(rest);
    if (!m) continue;
    const n = numberOf(m[1]!);
    if (n <= 0) return null;
    if (shape.series && isIdiom(rest, m[1]!, m[0].length)) return null;
    return { family: shape.family(m), n, marker: shape.written(m), offset, length: m[0].length, series: shape.series === true };
  }
  return null;
}

/** True when `text` is nothing but a marker (`一、`, `（一）`, `第一，`): it needs the text after it. */
export function isBareMarker(text: string): boolean {
  const t = text.trim();
  const m = markerAt(t);
  return m !== null && m.length >= t.length;
}

/** Marks after which a clause (and so an inline first item) can start. */
const CLAUSE_MARK = /[。；：，！？…”]/;

/**
 * The first item (n = 1) of `family` inside `text` after a clause mark, when it
 * is the only marker of that family from there to the end of the block: the
 * list then goes on in the next paragraphs. Null when there is none.
 */
export function firstItemInside(text: string, family: string): Marker | null {
  let found: Marker | null = null;
  for (let i = 1; i < text.length; i++) {
    if (!CLAUSE_MARK.test(text[i - 1]!)) continue;
    const m = markerAt(text, i);
    if (!m || m.family !== family) continue;
    if (m.n === 1) found = m;
    else if (found) return null; // 一要…二要 inside the block: a series in the text, not a lead-in
  }
  return found;
}

/**
 * True when the block that `opening` opens goes on with the next number of the
 * same family after a clause mark (`第一，…；第二，…`, `一是…；二是…；三是…`):
 * the series is inside the text, a roadmap or an agenda, not items of the
 * outline. A new series inside the block first (`一是…。…四个方面，一是…二是…`)
 * is a nested list in the text, not a roadmap.
 */
export function seriesInside(text: string, opening: Marker): boolean {
  for (let i = opening.offset + opening.length; i < text.length; i++) {
    if (!CLAUSE_MARK.test(text[i - 1]!)) continue;
    const m = markerAt(text, i);
    if (!m || m.family !== opening.family) continue;
    return m.n === opening.n + 1;
  }
  return false;
}
