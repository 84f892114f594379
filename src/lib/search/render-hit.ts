/** DOM for search results and key-word-in-context lines, shared by /search/ and /concordance/. */
import { snippetAt } from './exact.ts';

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...kids: (Node | string)[]) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...kids);
  return node;
}

/** `text` with every occurrence of every phrase in `<mark>`. */
export function marked(text: string, phrases: readonly string[]): (Node | string)[] {
  const out: (Node | string)[] = [];
  let at = 0;
  while (at < text.length) {
    let next = -1;
    let phrase = '';
    for (const p of phrases) {
      const i = text.indexOf(p, at);
      if (i !== -1 && (next === -1 || i < next || (i === next && p.length > phrase.length))) [next, phrase] = [i, p];
    }
    if (next === -1) break;
    if (next > at) out.push(text.slice(at, next));
    out.push(el('mark', {}, phrase));
    at = next + phrase.length;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

/** A passage cut around its first phrase, phrases marked. */
export function passageSnippet(text: string, phrases: readonly string[], width = 40): (Node | string)[] {
  const first = phrases.map((p) => ({ p, at: text.indexOf(p) })).filter((x) => x.at !== -1).sort((a, b) => a.at - b.at)[0];
  if (!first) return [text];
  const snip = snippetAt(text, first.p, width, first.at)!;
  return marked(snip.before + snip.match + snip.after, phrases);
}

/** Link to a speech paragraph that highlights the phrases there. */
export function speechLink(url: string, phrases: readonly string[], anchor: string): string {
  return `${url}?q=${encodeURIComponent(phrases.join(' '))}${anchor ? `#${anchor}` : ''}`;
}
