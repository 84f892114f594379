/**
 * Cues and tagged notes between a speech's paragraphs: lines that tell the reader (or the one
 * reading aloud) what to do, or that a reader added, not what the speaker said.
 *   - a swipe or scroll cue: an arrow opening or closing a short instruction (`︽　上滑继续阅读`);
 *   - a reading cue: a line made only of bracketed pieces, one of them a cue (`【停顿】【翻页 → P2】`,
 *     `【开场：目视全场，停顿3秒后开始】`): an arrow, a page counter or a clause inside the brackets.
 *     A bare bracketed label (`【篇一】`) is a heading and stays, and buttons (`【打印本页】`) are a widget;
 *   - a tagged note or prompt: a line opening with a bracketed tag that opens other lines between
 *     paragraphs too (`【笔记】…`, `【在线确认】…继续学习`), each no longer than a note, and few
 *     beside the paragraphs: the same tag put in again and again is the page's or a reader's.
 */
import { len } from './line-features.ts';

/** Arrows and chevrons a page draws by a cue. */
const ARROW = '[︽︾↑↓⇧⇩⬆⬇↟↡⌃⌄⋀⋁➤➜→←]';
const SWIPE = new RegExp(`^${ARROW}\\s*[^。！？，；]{2,10}$|^[^。！？，；]{2,10}\\s*${ARROW}$`, 'u');
/** A line of bracketed pieces and nothing else. */
const BRACKETED_ONLY = /^(?:\s*(?:【[^【】]+】|[（(][^（）()]+[）)]|[[［][^\]］]+[\]］]))+\s*$/u;
const CORNER_PIECE = /【[^【】]+】/gu;
/** A cue inside a piece: an arrow, a page (`P3`, `第3页`), a clause. */
const CUE_INSIDE = new RegExp(`${ARROW}|\\bP\\s?\\d{1,3}\\b|第\\s*\\d{1,3}\\s*页|[，：:；]`, 'u');
/** A tag opening a line (`【笔记】`). */
const TAG = /^【([^【】]{1,8})】\s*(?=\S)/u;
/** Longest tagged line taken as a note (a paragraph of a compilation under a tag is longer). */
const MAX_NOTE = 100;

/** Whether `t` is a swipe cue or a reading cue. */
export function isCueLine(raw: string): boolean {
  const t = raw.trim();
  if (!t) return false;
  if (SWIPE.test(t)) return true;
  if (!BRACKETED_ONLY.test(t)) return false;
  const corner = t.match(CORNER_PIECE) ?? [];
  if (!corner.length) return false;
  return corner.some((p) => CUE_INSIDE.test(p));
}

/** Indices of `texts` that are a cue, or a note under a tag used again and again (see above). */
export function cueLines(texts: readonly string[]): number[] {
  const out = new Set<number>();
  const nonBlank = texts.flatMap((t, i) => (t.trim() ? [i] : []));
  for (const i of nonBlank) if (isCueLine(texts[i]!)) out.add(i);
  const byTag = new Map<string, number[]>();
  for (const i of nonBlank) {
    const t = texts[i]!.trim();
    const m = TAG.exec(t);
    if (m && !out.has(i) && len(t) <= MAX_NOTE) byTag.set(m[1]!, [...(byTag.get(m[1]!) ?? []), i]);
  }
  for (const at of byTag.values()) {
    // Between paragraphs: neither the first nor the last line of text, and far fewer than the paragraphs.
    const between = at.filter((i) => i !== nonBlank[0] && i !== nonBlank.at(-1));
    if (between.length >= 2 && between.length * 4 <= nonBlank.length) for (const i of between) out.add(i);
  }
  return [...out].sort((a, b) => a - b);
}
