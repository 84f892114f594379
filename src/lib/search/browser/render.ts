/** DOM for search results and key-word-in-context lines, shared by /search/ and /concordance/. */
import type { Passage, Span } from './query.ts';

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...kids: (Node | string)[]
) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...kids);
  return node;
}

/** `text` from `from` to `to` with the spans inside it in `<mark>`. */
export function marked(text: string, spans: readonly Span[], from = 0, to = text.length): (Node | string)[] {
  const out: (Node | string)[] = [];
  let at = from;
  for (const [a, b] of spans) {
    if (b <= from || a >= to) continue;
    if (a > at) out.push(text.slice(at, a));
    out.push(el('mark', {}, text.slice(Math.max(a, from), Math.min(b, to))));
    at = Math.min(b, to);
  }
  if (at < to) out.push(text.slice(at, to));
  return out;
}

/** A passage cut around its first occurrence, every occurrence in it marked. */
export function passageSnippet(p: Passage, width = 40): (Node | string)[] {
  const first = p.spans[0];
  if (!first) return [p.text];
  const from = Math.max(0, first[0] - width);
  const to = Math.min(p.text.length, first[1] + width);
  return [from > 0 ? '…' : '', ...marked(p.text, p.spans, from, to), to < p.text.length ? '…' : ''];
}

/** The text of each occurrence in a passage, as written (punctuation inside kept), once each. */
export const spanTexts = (p: Passage) => [...new Set(p.spans.map(([a, b]) => p.text.slice(a, b)))];

/** Link to a speech paragraph that highlights `words` there (the speech page marks `?q=`). */
export function speechLink(url: string, words: readonly string[], anchor: string): string {
  return `${url}?q=${encodeURIComponent(words.join(' '))}${anchor ? `#${anchor}` : ''}`;
}
