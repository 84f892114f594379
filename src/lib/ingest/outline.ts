/**
 * The outline: headings and the numbered parts and points of a speech, as a
 * tree (see outline-tree.ts for levels and ids, outline-markers.ts for the
 * markers).
 *
 * An item is read only where a block begins with its marker. A series inside a
 * paragraph (`几个特点：一是…。二是…。`, a roadmap `一是…；二是…；三是…`, an agenda
 * `一是请…，二是由我作工作总结`) stays text, and so does the block it opens
 * when its next number follows in the same block (`第一，…；第二，…`). A marked block is a heading when it
 * is short and has no sentence-final mark (`第一，正确研判形势，…行动自觉`);
 * otherwise it is a paragraph that opens its item.
 */
import { firstItemInside, markerAt, seriesInside } from './outline-markers.ts';
import { outlineTree, type Candidate } from './outline-tree.ts';
import { len } from './line-features.ts';
import type { Block, OutlineItem } from './types.ts';

const HEADING_MAX = 60;

/** Short label: text after the marker up to the first 。；！？ or 40 characters. */
export function labelAt(text: string, from: number): string {
  const rest = text.slice(from).replace(/^[，,、:：\s]+/, '');
  const clause = rest.split(/[。；！？!?;]/)[0] ?? '';
  return [...clause].slice(0, 40).join('');
}

function isHeadingShape(text: string): boolean {
  return !/[。！？!?]/.test(text) && len(text) <= HEADING_MAX;
}

/** Classifies blocks (heading or paragraph) and reads the outline. */
export function readOutline(texts: readonly { text: string; line: number }[]): { blocks: Block[]; outline: OutlineItem[] } {
  const cands: Candidate[] = [];
  texts.forEach(({ text }, block) => {
    const marker = markerAt(text);
    if (!marker || seriesInside(text, marker)) return;
    const before = texts[block - 1]?.text;
    cands.push({
      block,
      marker,
      heading: isHeadingShape(text),
      leadIn: before === undefined ? undefined : (family) => firstItemInside(before, family),
    });
  });
  const items = outlineTree(cands);
  const headings = new Set(items.filter((i) => i.heading && i.marker.offset === 0).map((i) => i.block));
  const blocks: Block[] = texts.map(({ text, line }, i) => ({ kind: headings.has(i) ? 'heading' : 'paragraph', text, line }));
  const outline: OutlineItem[] = items.map((i) => ({
    id: i.id,
    depth: i.depth,
    n: i.marker.n,
    marker: i.marker.marker,
    label: labelAt(texts[i.block]!.text, i.marker.offset + i.marker.length),
    block: i.block,
    offset: i.marker.offset,
  }));
  return { blocks, outline };
}
