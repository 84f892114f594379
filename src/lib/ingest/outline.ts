/**
 * The outline: parts (第一，… / 一、…) and points (一是… / 一要… / 1、… / （一）…).
 *
 * Parts are read only at the start of a block. A part block is a heading when
 * it is short and has no sentence-final mark (`第一，正确研判形势，…行动自觉`);
 * otherwise it stays a paragraph that opens the part. Points are read at the
 * start of a block or inside a paragraph right after a punctuation mark
 * (`…几个特点：一是高度重视推进有力。二是…`).
 *
 * False positives are kept out by shape and by order:
 *  - a marker must be followed by its separator: `第一时间`, `第一阶段` are not
 *    parts; `一、二季度` is not a part (a numeral follows);
 *  - `一是一，二是二` is not a point (the marker's numeral repeats);
 *  - items must count up: a part must be the next number of the same style,
 *    a point must start a list (一) or continue an open one (n-1 → n). Open
 *    lists form a stack so a nested list (一是…二是… inside 一是) closes when
 *    the outer list continues.
 */
import { parseNumeral } from './charsets.ts';
import type { Block, OutlineItem } from './types.ts';

const CN = '[一二三四五六七八九十]+';
const PART_DI = new RegExp(`^第(${CN})[，,、:：]`);
const PART_DUN = new RegExp(`^(${CN})、(?![一二三四五六七八九十])`);
const POINT_AT_START = new RegExp(`^(?:(${CN})(是|要)|（(${CN})）|(\\d{1,2})[、．])`);
const POINT_INLINE = new RegExp(`(?<=[。；：，！？…”])(?:(${CN})(是|要)|（(${CN})）)`, 'g');

const HEADING_MAX = 60;

interface Marker { family: string; n: number; marker: string; offset: number; length: number }

function partMarker(text: string): Marker | null {
  let m = PART_DI.exec(text);
  if (m) return { family: '第X，', n: parseNumeral(m[1]!) ?? 0, marker: `第${m[1]}`, offset: 0, length: m[0].length };
  m = PART_DUN.exec(text);
  if (m) return { family: 'X、', n: parseNumeral(m[1]!) ?? 0, marker: `${m[1]}、`, offset: 0, length: m[0].length };
  return null;
}

function pointFrom(m: RegExpExecArray | RegExpMatchArray, offset: number): Marker | null {
  if (m[1] && m[2]) return { family: `X${m[2]}`, n: parseNumeral(m[1]) ?? 0, marker: `${m[1]}${m[2]}`, offset, length: m[0].length };
  if (m[3]) return { family: '（X）', n: parseNumeral(m[3]) ?? 0, marker: `（${m[3]}）`, offset, length: m[0].length };
  if (m[4]) return { family: 'N、', n: Number(m[4]), marker: m[0], offset, length: m[0].length };
  return null;
}

/** `一是一，二是二`: the numeral right after the marker repeats it. */
function isIdiom(text: string, mk: Marker): boolean {
  const after = text.slice(mk.offset + mk.length);
  const num = mk.marker.replace(/[是要（）、．]/g, '');
  return after.startsWith(num) && /^[，,、]/.test(after.slice(num.length));
}

function pointMarkers(text: string): Marker[] {
  const out: Marker[] = [];
  const s = POINT_AT_START.exec(text);
  if (s) { const mk = pointFrom(s, 0); if (mk && !isIdiom(text, mk)) out.push(mk); }
  for (const m of text.matchAll(POINT_INLINE)) {
    const mk = pointFrom(m, m.index);
    if (mk && !isIdiom(text, mk)) out.push(mk);
  }
  return out;
}

/** Short label: text after the marker up to the first 。；！？ or 40 characters. */
export function labelAt(text: string, from: number): string {
  const rest = text.slice(from).replace(/^[，,、:：\s]+/, '');
  const clause = rest.split(/[。；！？!?;]/)[0] ?? '';
  return [...clause].slice(0, 40).join('');
}

/** Classifies blocks (heading or paragraph) and reads the outline. */
export function readOutline(texts: readonly { text: string; line: number }[]): { blocks: Block[]; outline: OutlineItem[] } {
  const blocks: Block[] = [];
  const outline: OutlineItem[] = [];
  let partFamily: string | null = null;
  let lastPart = 0;
  let pointN = 0;
  let stack: { family: string; last: number }[] = [];

  const acceptPoint = (family: string, n: number): boolean => {
    if (n === 1) { stack.push({ family, last: 1 }); return true; }
    for (let k = stack.length - 1; k >= 0; k--) {
      const s = stack[k]!;
      if (s.family === family && s.last === n - 1) {
        stack = stack.slice(0, k + 1);
        s.last = n;
        return true;
      }
    }
    return false;
  };

  texts.forEach(({ text, line }, bi) => {
    const pm = partMarker(text);
    const isPart = pm !== null && pm.n > 0 && (
      (partFamily === null && pm.n === 1) || (pm.family === partFamily && pm.n === lastPart + 1));
    if (pm && isPart) {
      partFamily = pm.family;
      lastPart = pm.n;
      pointN = 0;
      stack = [];
      const heading = !/[。！？!?]/.test(text) && [...text].length <= HEADING_MAX;
      blocks.push({ kind: heading ? 'heading' : 'paragraph', text, line });
      outline.push({ id: `s${lastPart}`, level: 'part', marker: pm.marker, label: labelAt(text, pm.length), block: bi, offset: 0 });
      // A part paragraph may still hold inline points after its first clause.
      if (heading) return;
    } else {
      blocks.push({ kind: 'paragraph', text, line });
    }
    let markers = pointMarkers(text);
    // A block-start part marker of another style (第一， inside 一、 parts) counts as a point.
    if (pm && !isPart && pm.n > 0) markers = [{ ...pm, family: `part:${pm.family}` }, ...markers.filter((m) => m.offset > 0)];
    if (pm && isPart) markers = markers.filter((m) => m.offset > 0);
    for (const mk of markers) {
      if (mk.n <= 0 || !acceptPoint(mk.family, mk.n)) continue;
      pointN++;
      outline.push({ id: `s${lastPart}-${pointN}`, level: 'point', marker: mk.marker, label: labelAt(text, mk.offset + mk.length), block: bi, offset: mk.offset });
    }
  });
  return { blocks, outline };
}
