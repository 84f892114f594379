/**
 * Paragraph breaks. Most copies put one paragraph on a line, but some glue a
 * whole speech onto one or a few lines and mark paragraphs only with a space
 * (seed 003, 004: `…学习教育。 中央和省委…`) or with U+3000 indents (xinhua:
 * `…致辞！　　古往今来…`). Chinese prose has no spaces between words, so a
 * space there is a paragraph break when:
 *   - it is a run of two or more U+3000 (an indent), or of two or more
 *     spaces of any kind between Chinese text (some xinhua copies indent
 *     with two ASCII spaces: `…朋友们：  大家新年好！`);
 *   - it follows a sentence-final mark (。！？；：” …) and precedes Chinese
 *     text, a quote, a bracket or a digit;
 *   - it ends a glued heading: the text since the last break starts with an
 *     outline marker (`第一，` / `一、` / `（一）` / `1.` …, see outline-markers.ts)
 *     and is short with no 。 (after `第一，` / `一、` any text may follow; after
 *     other markers the space must stand between Han characters: `1.每个…一般在
 *     3 所` is PDF spacing around a number);
 *   - it precedes a salutation (`同志们：`) that follows a title.
 * Any other space (`习近平 在`, `珍爱湿地　守护未来`) is kept as written, and so
 * is a space right after an outline marker (`一、 回望…`, `（一） 坚持…`).
 */
import { SENTENCE_FINAL, isChinese, isHan } from './charsets.ts';
import { isBareMarker, markerAt } from './outline-markers.ts';
import type { Repair } from './types.ts';
import { lineAt, slice, trim } from './traced.ts';
import type { Traced } from './traced.ts';

const PART_START = /^(?:第[一二三四五六七八九十]+[，,、:：]|[一二三四五六七八九十]+、)/;
// Any horizontal whitespace: ASCII, U+3000, no-break and the U+2000–U+200A spaces (xinhua uses U+2003).
const SPACE_RUN = /[^\S\r\n]+/g;
const SALUTATION = /^(?:同志们|各位代表|各位委员|同志们、朋友们|同志们，朋友们|女士们|各位来宾|各位同事)[、，,：:！!]/;

/**
 * `第一，` / `一、` / `（一）` / `1.` … and a heading phrase of a few characters: an
 * outline marker that numbers headings (not a series word like 一是). One or two
 * characters after it are a letter-spaced heading (`第一章 总 则`), not yet a break.
 */
function opensHeading(seg: string): boolean {
  const m = markerAt(seg);
  return m !== null && !m.series && [...seg.slice(m.length)].filter(isHan).length >= 3;
}

/** A parenthesised date opening a line: `（2021年3月16日）`, `( 2015年5月25日 )`, `（二〇一九年十一月十二日）`. */
const GLUED_DATELINE = /^\s*[（(]\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年[^（）()]{1,24}?日\s*[）)]/u;

function opensText(ch: string | undefined): boolean {
  return ch !== undefined && (isHan(ch) || /[“‘《（(【[0-9]/.test(ch));
}

/** Offsets [start, end) of the whitespace runs that are paragraph breaks in `text`. */
export function breakPoints(text: string): [number, number][] {
  const out: [number, number][] = [];
  let segStart = 0;
  // A dateline glued to the salutation (`（2021年3月16日）同志们：`): a break of no width after it.
  const glued = GLUED_DATELINE.exec(text);
  if (glued && SALUTATION.test(text.slice(glued[0].length))) {
    out.push([glued[0].length, glued[0].length]);
    segStart = glued[0].length;
  }
  for (const m of text.matchAll(SPACE_RUN)) {
    const start = m.index;
    const end = start + m[0].length;
    if (start === 0 || end === text.length) continue; // edges are trimmed, not breaks
    const before = text[start - 1];
    const after = text[end];
    const seg = text.slice(segStart, start).trim();
    const rest = text.slice(end);
    // `一、 回望…` (PDF text): the space after a bare outline marker is not a break.
    const isBreak =
      !isBareMarker(seg) &&
      (/\u3000{2,}/.test(m[0]) ||
        (m[0].length >= 2 && isChinese(before) && opensText(after)) ||
        (before !== undefined && SENTENCE_FINAL.includes(before) && opensText(after)) ||
        (opensHeading(seg) &&
          !/[。！？]/.test(seg) &&
          [...seg].length <= 50 &&
          (PART_START.test(seg) ? opensText(after) : isHan(after) && (isHan(before) || /[”）》]/.test(before ?? '')))) ||
        (isHan(before) && SALUTATION.test(rest)));
    if (isBreak) {
      out.push([start, end]);
      segStart = end;
    }
  }
  return out;
}

/** Splits logical lines into trimmed, non-empty paragraphs, reporting mid-line splits. */
export function splitParagraphs(logical: readonly Traced[]): { pieces: Traced[]; repairs: Repair[] } {
  const pieces: Traced[] = [];
  const repairs: Repair[] = [];
  for (const t of logical) {
    const cuts = breakPoints(t.text);
    let from = 0;
    const made: Traced[] = [];
    for (const [s, e] of cuts) {
      made.push(slice(t, from, s));
      from = e;
    }
    made.push(slice(t, from));
    const kept = made.map(trim).filter((p) => p.text);
    if (kept.length > 1) {
      const lines = [...new Set(cuts.map(([s]) => lineAt(t, s)))];
      repairs.push({
        kind: 'split-paragraphs',
        detail: `split into ${kept.length} paragraphs at ${cuts.length} space${cuts.length > 1 ? 's' : ''} between sentences (raw line${lines.length > 1 ? 's' : ''} ${lines.join(', ')})`,
        line: lineAt(t, 0),
      });
    }
    pieces.push(...kept);
  }
  return { pieces, repairs };
}
