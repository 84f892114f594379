/**
 * Speech page:
 * - the ¶ link of each paragraph also copies the paragraph's URL;
 * - a 引 button on each paragraph copies its text followed by a citation
 *   (speaker, 《title》, date, URL with the paragraph anchor);
 * - `?q=` (from a search result) marks the phrase everywhere and scrolls to the first one;
 * - on a phone the outline starts folded, so the text comes first.
 */
import { parseQuery } from '../lib/search/exact.ts';
import { highlightPhrases } from '../lib/search/highlight.ts';
import { citation } from '../lib/text/citation.ts';
import { copyWithFeedback } from './clipboard.ts';

const article = document.querySelector<HTMLElement>('article.speech')!;
const body = article.querySelector<HTMLElement>('.speech-body')!;

const outline = document.querySelector<HTMLDetailsElement>('.outline details');
if (outline && matchMedia('(max-width: 48rem)').matches) outline.open = false;

for (const p of body.querySelectorAll<HTMLParagraphElement>('p[id^="p"]')) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-cite';
  button.textContent = '引';
  button.setAttribute('aria-label', `复制第${p.id.slice(1)}段及出处`);
  p.append(button);
}

body.addEventListener('click', (event) => {
  const target = event.target as Element;
  const link = target.closest<HTMLAnchorElement>('a.para-link');
  if (link) void copyWithFeedback(new URL(link.getAttribute('href') ?? '', location.href).href, link, '已复制链接');
  const button = target.closest<HTMLButtonElement>('button.copy-cite');
  if (button) {
    const p = button.closest('p')!;
    const text = [...p.childNodes]
      .filter((n) => !(n instanceof Element && n.matches('.para-link, .copy-cite')))
      .map((n) => n.textContent)
      .join('');
    const url = new URL(`#${p.id}`, location.href);
    url.search = '';
    void copyWithFeedback(citation(text, { ...article.dataset, url: url.href }), button, '已复制');
  }
});

const phrases = parseQuery(new URLSearchParams(location.search).get('q') ?? '');
if (phrases.length) {
  const marks = highlightPhrases(article, phrases);
  if (marks.length && !location.hash) marks[0]!.scrollIntoView({ block: 'center' });
}
