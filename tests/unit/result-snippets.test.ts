// What a search result and a concordance line show of a passage (src/lib/search/browser/
// render.ts): the passage cut around its first occurrence with every occurrence in <mark>,
// the occurrences' text as written, and the link to the paragraph that highlights them.
// The DOM is linkedom's (the DOM the HTML reader of ingest uses), given to the module as
// the page's `document`; the same code runs in Chromium in tests/e2e.
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Passage } from '../../src/lib/search/browser/query.ts';
import { el, marked, passageSnippet, spanTexts, speechLink } from '../../src/lib/search/browser/render.ts';
import { loadSeed } from './fixtures/ingest-helpers.ts';

const { document } = parseHTML('<!doctype html><html><body></body></html>');
const g = globalThis as { document?: unknown };
const before = g.document;
beforeAll(() => {
  g.document = document;
});
afterAll(() => {
  g.document = before;
});

/** The HTML of nodes and strings as the page would hold them. */
const html = (parts: (Node | string)[]) => {
  const p = document.createElement('p');
  p.append(...(parts as never[]));
  return p.innerHTML;
};

/** A real paragraph of seed 000 and the spans of `phrase` in it. */
const paragraph = loadSeed('000').speech.blocks.find((b) => b.text.includes('主题教育') && b.text.length > 200)!.text;
const passage = (phrase: string, anchor = 'p3'): Passage => {
  const spans: [number, number][] = [];
  for (let at = paragraph.indexOf(phrase); at !== -1; at = paragraph.indexOf(phrase, at + phrase.length))
    spans.push([at, at + phrase.length]);
  return { anchor, text: paragraph, spans };
};

describe('el', () => {
  it('makes an element with its properties and children', () => {
    const a = el('a', { href: '/speeches/x/', className: 'title' }, '在全市', el('mark', {}, '主题教育'), '推进会上的讲话');
    expect([a.tagName, a.getAttribute('href'), a.className]).toEqual(['A', '/speeches/x/', 'title']);
    expect(a.innerHTML).toBe('在全市<mark>主题教育</mark>推进会上的讲话');
  });
});

describe('marked', () => {
  it("marks each span inside the window, cutting a span at the window's edge", () => {
    const text = '推动主题教育走深走实，确保主题教育取得实效';
    expect(
      html(
        marked(text, [
          [2, 6],
          [13, 17],
        ]),
      ),
    ).toBe('推动<mark>主题教育</mark>走深走实，确保<mark>主题教育</mark>取得实效');
    expect(
      html(
        marked(
          text,
          [
            [2, 6],
            [13, 17],
          ],
          4,
          15,
        ),
      ),
    ).toBe('<mark>教育</mark>走深走实，确保<mark>主题</mark>');
    expect(html(marked(text, [[13, 17]], 0, 10))).toBe('推动主题教育走深走实');
  });
});

describe('passageSnippet', () => {
  it('cuts the passage around its first occurrence, ellipses where text is left out', () => {
    const p = passage('主题教育');
    const first = p.spans[0]!;
    const snippet = html(passageSnippet(p, 10));
    const shown = snippet.replace(/<\/?mark>/g, '');
    expect(shown).toBe(`${first[0] > 10 ? '…' : ''}${paragraph.slice(Math.max(0, first[0] - 10), first[1] + 10)}…`);
    expect(snippet).toContain('<mark>主题教育</mark>');
  });

  it('the whole passage when nothing is to be marked', () => {
    expect(passageSnippet({ anchor: 'p1', text: paragraph, spans: [] })).toEqual([paragraph]);
  });
});

describe('spanTexts and speechLink', () => {
  it('each occurrence as written, once', () => {
    expect(spanTexts(passage('主题教育'))).toEqual(['主题教育']);
    const p: Passage = {
      anchor: 'p1',
      text: '上面热、下面冷，上面热下面冷',
      spans: [
        [0, 7],
        [8, 14],
      ],
    };
    expect(spanTexts(p)).toEqual(['上面热、下面冷', '上面热下面冷']);
  });

  it('links to the paragraph with the words to highlight there', () => {
    expect(speechLink('/speeches/x/', ['主题教育', '走深走实'], 'p3')).toBe(`/speeches/x/?q=${encodeURIComponent('主题教育 走深走实')}#p3`);
    expect(speechLink('/speeches/x/', ['主题教育'], '')).toBe(`/speeches/x/?q=${encodeURIComponent('主题教育')}`);
  });
});
