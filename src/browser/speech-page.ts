/**
 * Speech page:
 * - the ¶ link of each paragraph also copies the paragraph's URL;
 * - a 引 button on each paragraph copies its text followed by a citation
 *   (speaker, 《title》, date, URL with the paragraph anchor);
 * - `?q=` (from a search result) marks the phrase everywhere and scrolls to the first one;
 * - on a phone the outline starts folded, so the text comes first;
 * - a concept link first shows its definition in place when tapped (touch has no
 *   hover); a second tap opens the concept page. Esc closes a definition; one that
 *   would run off the right edge opens to the left;
 * - the printed citation gets the full address the page was opened at;
 * - 下载 Word saves the whole speech as a .docx (src/browser/word-export.ts): title,
 *   byline, headings as Word headings, each paragraph with a `¶n` link to its anchor,
 *   and the speech's citation once at the end and in every page's footer.
 */
import { parseQuery } from '../lib/search/exact.ts';
import { highlightPhrases } from '../lib/search/highlight.ts';
import { citation } from '../lib/pages/citation.ts';
import { copyWithFeedback } from './clipboard.ts';
import { downloadSpeechDocx, onDownload, type SpeechBlock } from './word-export.ts';

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

/** A paragraph's text as shown, without its ¶ link and 引 button. */
function paragraphText(p: Element): string {
  return [...p.childNodes]
    .filter((n) => !(n instanceof Element && n.matches('.para-link, .copy-cite')))
    .map((n) => n.textContent)
    .join('');
}

/** This page's address with `#id` and without `?q=`. */
function anchorUrl(id: string): string {
  const url = new URL(id ? `#${id}` : '', location.href);
  url.search = '';
  if (!id) url.hash = '';
  return url.href;
}

body.addEventListener('click', (event) => {
  const target = event.target as Element;
  const link = target.closest<HTMLAnchorElement>('a.para-link');
  if (link) void copyWithFeedback(new URL(link.getAttribute('href') ?? '', location.href).href, link, '已复制链接');
  const button = target.closest<HTMLButtonElement>('button.copy-cite');
  if (button) {
    const p = button.closest('p')!;
    void copyWithFeedback(citation(paragraphText(p), { ...article.dataset, url: anchorUrl(p.id) }), button, '已复制');
  }
});

const phrases = parseQuery(new URLSearchParams(location.search).get('q') ?? '');
if (phrases.length) {
  const marks = highlightPhrases(article, phrases);
  if (marks.length && !location.hash) marks[0]!.scrollIntoView({ block: 'center' });
}

/* Concept definitions: in place on touch, never off screen, closed by Esc. */
let touched = false;
body.addEventListener('pointerdown', (event) => {
  touched = event.pointerType === 'touch' || event.pointerType === 'pen';
});

function place(link: HTMLElement): void {
  const room = document.documentElement.clientWidth - link.getBoundingClientRect().left;
  const wanted = Math.min(22 * 16, document.documentElement.clientWidth * 0.8);
  link.toggleAttribute('data-flip', room < wanted);
}

function closeDefinitions(except?: Element): void {
  for (const open of body.querySelectorAll('a.concept[data-open]')) {
    if (open !== except) open.removeAttribute('data-open');
  }
}

body.addEventListener('click', (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>('a.concept');
  if (!link) {
    closeDefinitions();
    return;
  }
  if (touched && !link.hasAttribute('data-open')) {
    event.preventDefault();
    closeDefinitions(link);
    place(link);
    link.setAttribute('data-open', '');
    link.removeAttribute('data-dismissed');
  }
});
body.addEventListener('mouseover', (event) => {
  const link = (event.target as Element).closest<HTMLElement>('a.concept');
  if (link) place(link);
});
body.addEventListener('focusin', (event) => {
  const link = (event.target as Element).closest<HTMLElement>('a.concept');
  if (link) {
    place(link);
    link.removeAttribute('data-dismissed');
  }
});
body.addEventListener('mouseout', (event) => {
  (event.target as Element).closest('a.concept')?.removeAttribute('data-dismissed');
});
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  closeDefinitions();
  for (const link of body.querySelectorAll<HTMLElement>('a.concept:hover, a.concept:focus')) link.setAttribute('data-dismissed', '');
});

const printed = document.querySelector<HTMLElement>('.print-citation');
if (printed?.dataset.reference !== undefined) {
  printed.textContent = `引用：${printed.dataset.reference}${location.origin}${location.pathname}`;
}

/* 下载 Word: the whole speech as the reader sees it. */
const download = document.querySelector<HTMLButtonElement>('#download-word');
const downloadStatus = document.querySelector<HTMLElement>('#download-status');
if (download && downloadStatus) {
  download.hidden = false;
  onDownload(download, downloadStatus, async () => {
    const blocks: SpeechBlock[] = [];
    for (const el of body.querySelectorAll<HTMLElement>(':scope > h2, :scope > h3, :scope > p')) {
      if (el.matches('h2, h3')) blocks.push({ kind: 'heading', text: el.textContent ?? '' });
      else if (/^p\d+$/.test(el.id))
        blocks.push({ kind: 'paragraph', text: paragraphText(el), number: Number(el.id.slice(1)), url: anchorUrl(el.id) });
    }
    const { speaker, title = document.title, date } = article.dataset;
    const byline = [speaker, date, article.dataset.occasion].filter(Boolean).join('　');
    await downloadSpeechDocx({ fileName: title, title, byline, blocks, citation: { speaker, title, date, url: anchorUrl('') } });
    return '已生成 Word 文件，请在浏览器的下载中查看。';
  });
}
