/**
 * /search/: runs `?q=` on load and on submit. Lists exactly the speeches whose text
 * contains every phrase (see lib/search/exact-search.ts), each with its count and the
 * passages that hold the phrase, linked to their paragraphs. Results: `li[data-result]`;
 * the list carries `aria-busy="true"` until every candidate has been checked.
 */
import { byCount, byDate, exactSearch, type Hit } from '../lib/search/exact-search.ts';
import { parseQuery } from '../lib/search/exact.ts';
import { foldQuery } from '../lib/search/fold.ts';
import { el, passageSnippet, speechLink } from '../lib/search/render-hit.ts';
import { engine, foldTable } from './search-engine.ts';
import { searchForm } from './search-form.ts';

const list = document.querySelector<HTMLOListElement>('#results')!;
const status = document.querySelector<HTMLElement>('#status')!;
/** Passages shown per result; the count says how many there are in all. */
const PASSAGES = 3;
const { input, params, filters } = searchForm('#search-form', ['campaign', 'year', 'speaker', 'concept'], run);

function render(hits: Hit[], phrases: string[], byDateOrder: boolean): void {
  const items = [...hits].sort(byDateOrder ? byDate : byCount).map((hit) => {
    const first = hit.passages.find((p) => p.anchor) ?? hit.passages[0]!;
    const passages = hit.passages
      .filter((p) => p.anchor)
      .slice(0, PASSAGES)
      .map((p) => el('li', {}, el('a', { href: speechLink(hit.url, phrases, p.anchor) }, ...passageSnippet(p.text, phrases))));
    const more = hit.passages.filter((p) => p.anchor).length - passages.length;
    const li = el(
      'li',
      {},
      el('a', { className: 'title', href: speechLink(hit.url, phrases, first.anchor) }, hit.title),
      el('span', { className: 'count' }, `${hit.count} 处`),
      el('div', { className: 'meta muted' }, [hit.meta.speaker, hit.meta.date, hit.meta.campaign].filter(Boolean).join(' · ')),
      el('ol', { className: 'passages' }, ...passages),
      more > 0 ? el('p', { className: 'muted more' }, `另有 ${more} 段`) : '',
    );
    li.setAttribute('data-result', '');
    return li;
  });
  list.replaceChildren(...items);
}

async function run(): Promise<void> {
  const typed = parseQuery(input.value);
  const sortByDate = params().get('sort') === 'date';
  list.setAttribute('aria-busy', 'true');
  list.replaceChildren();
  try {
    if (typed.length === 0) {
      status.textContent = '请输入检索词。';
      return;
    }
    status.textContent = '检索中…';
    const table = await foldTable();
    const phrases = typed.map((p) => foldQuery(p, table));
    const quoted = `“${phrases.join('”“')}”`;
    const hits = await exactSearch(await engine(), phrases, {
      filters: filters(),
      onProgress: (sofar, checked, all) => {
        render(sofar, phrases, sortByDate);
        if (checked < all) status.textContent = `检索中…已核对 ${checked}/${all} 篇候选`;
      },
    });
    render(hits, phrases, sortByDate);
    const total = hits.reduce((n, h) => n + h.count, 0);
    const folded = phrases.join('') !== typed.join('') ? `（已按简体 ${quoted} 检索）` : '';
    status.textContent = hits.length ? `${hits.length} 篇讲话含${quoted}，共 ${total} 处${folded}。` : `没有讲话含${quoted}${folded}。`;
  } catch (error) {
    status.textContent = `检索出错：${(error as Error).message}`;
    throw error;
  } finally {
    list.setAttribute('aria-busy', 'false');
  }
}

// Arrow keys move between result titles.
list.addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const titles = [...list.querySelectorAll<HTMLAnchorElement>('[data-result] a.title')];
  const at = titles.indexOf(document.activeElement as HTMLAnchorElement);
  const next = titles[at + (event.key === 'ArrowDown' ? 1 : -1)];
  if (next) {
    event.preventDefault();
    next.focus();
  }
});
input.addEventListener('keydown', (event) => {
  if (event.key === 'ArrowDown') {
    const first = list.querySelector<HTMLAnchorElement>('[data-result] a.title');
    if (first) {
      event.preventDefault();
      first.focus();
    }
  }
});
