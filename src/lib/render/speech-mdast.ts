/**
 * A cleaned speech as an mdast tree. The text is never parsed as Markdown:
 * it goes in as `text` nodes, so `*`, `#`, `<script>` and the like stay literal
 * characters and are escaped on output.
 *
 * A heading line becomes `h2` for a top-level item, `h3` one level down … (at
 * most `h6`), with its outline id; paragraphs get `p1`, `p2` … ids in order; an
 * outline item that opens a paragraph (一是 / 1、 / 第一，… as text) gets its marker
 * wrapped in `<strong class="point" id="s1-2">` so the outline can link to it.
 */
import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { Speech } from '../ingest/types.ts';
import { blockAnchors } from '../speech/anchors.ts';

export function speechToMdast(speech: Pick<Speech, 'blocks' | 'outline'>): Root {
  const children: RootContent[] = [];
  const anchors = blockAnchors(speech);
  speech.blocks.forEach((block, index) => {
    const items = speech.outline.filter((o) => o.block === index);
    if (block.kind === 'heading') {
      const depth = Math.min(6, 1 + (items.find((o) => o.offset === 0)?.depth ?? 1)) as 2 | 3 | 4 | 5 | 6;
      children.push({
        type: 'heading',
        depth,
        data: { hProperties: { id: anchors[index]! } },
        children: [{ type: 'text', value: block.text }],
      });
      return;
    }
    const points = [...items].sort((a, b) => a.offset - b.offset);
    const parts: PhrasingContent[] = [];
    let at = 0;
    for (const p of points) {
      if (p.offset < at || p.offset + p.marker.length > block.text.length) continue;
      if (block.text.slice(p.offset, p.offset + p.marker.length) !== p.marker) continue;
      if (p.offset > at) parts.push({ type: 'text', value: block.text.slice(at, p.offset) });
      parts.push({
        type: 'strong',
        data: { hProperties: { id: p.id, className: ['point'] } },
        children: [{ type: 'text', value: p.marker }],
      });
      at = p.offset + p.marker.length;
    }
    if (at < block.text.length) parts.push({ type: 'text', value: block.text.slice(at) });
    const paragraph: Paragraph = {
      type: 'paragraph',
      data: { hProperties: { id: anchors[index]! } },
      children: parts,
    };
    children.push(paragraph);
  });
  return { type: 'root', children };
}
