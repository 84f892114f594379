/**
 * rehype plugin: gives every paragraph with an id (`p12`) a visible link to itself,
 * `¶`, so a reader can copy a link to the paragraph. The link is left out of copied
 * text (CSS `user-select`).
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export interface Options {
  /** Which ids get a link; default: `p` followed by digits. */
  test?: RegExp;
  /** Accessible name of the link, given the paragraph number. */
  label?: (n: string) => string;
}

const defaults: Required<Options> = {
  test: /^p(\d+)$/,
  label: (n) => `链接到第${n}段`,
};

export default function rehypeParagraphLinks(options?: Options) {
  const { test, label } = { ...defaults, ...options };
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'p') return;
      const id = node.properties.id;
      const match = typeof id === 'string' ? test.exec(id) : null;
      if (!match) return;
      // The paragraph's number, printed in the margin on paper (print.css).
      node.properties.dataN = match[1] ?? '';
      node.children.push({
        type: 'element',
        tagName: 'a',
        properties: {
          href: `#${id}`,
          className: ['para-link'],
          ariaLabel: label(match[1] ?? (id as string)),
        },
        children: [{ type: 'text', value: '¶' }],
      });
    });
  };
}
