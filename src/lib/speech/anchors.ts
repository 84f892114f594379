/**
 * Paragraph anchors: the address of each block of a speech (`#p12`, `#s1-2`). They are
 * part of the speech data, not of its rendering: the speech page gives its blocks these
 * ids, and concept occurrences, set phrases and search results link to them.
 */
import type { Speech } from '../ingest/types.ts';

export function paragraphId(n: number): string {
  return `p${n}`;
}

/**
 * The anchor of each block, by block index: `p1`, `p2` … for paragraphs, the outline
 * id (`s1` …) for a heading line, `h<index>` for a heading outside the outline.
 */
export function blockAnchors(speech: Pick<Speech, 'blocks' | 'outline'>): string[] {
  let paragraphNumber = 0;
  return speech.blocks.map((block, index) =>
    block.kind === 'paragraph' ? paragraphId(++paragraphNumber) : (speech.outline.find((o) => o.block === index)?.id ?? `h${index}`),
  );
}
