/**
 * Marks every occurrence of the phrases inside an element, even where a phrase runs
 * across inline elements (a concept link, a point marker): the element's text is read
 * as one string, and each match is wrapped piece by piece in `<mark>`.
 */
export function highlightPhrases(
  root: Element,
  phrases: readonly string[],
  skip = '.para-link, .copy-cite, .concept-definitions',
): HTMLElement[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest(skip) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const starts: number[] = [];
  let text = '';
  for (const n of nodes) {
    starts.push(text.length);
    text += n.data;
  }
  const ranges: [number, number][] = [];
  for (const p of phrases) {
    if (!p) continue;
    for (let at = text.indexOf(p); at !== -1; at = text.indexOf(p, at + p.length)) ranges.push([at, at + p.length]);
  }
  // Keep non-overlapping ranges (longest first where two start together), then wrap from
  // the end so that the offsets of earlier ranges stay valid as text nodes are split.
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const kept = ranges.filter((r, i) => i === 0 || r[0] >= Math.max(...ranges.slice(0, i).map((x) => x[1])));
  const marks: HTMLElement[] = [];
  for (const [from, to] of kept.reverse()) {
    for (let i = nodes.length - 1; i >= 0; i--) {
      const node = nodes[i]!;
      const start = starts[i]!;
      const end = start + node.data.length;
      if (end <= from || start >= to) continue;
      const a = Math.max(from, start) - start;
      const b = Math.min(to, end) - start;
      const range = document.createRange();
      range.setStart(node, a);
      range.setEnd(node, b);
      const mark = document.createElement('mark');
      range.surroundContents(mark);
      marks.unshift(mark);
    }
  }
  return marks;
}
