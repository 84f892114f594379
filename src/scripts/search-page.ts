/**
 * /search/: runs `?q=` on load and on submit. Lists exactly the speeches whose text
 * contains every phrase (see lib/search/exact-search.ts), ranked by occurrences (ties
 * newest first) or by date, each with its count and the passages that hold the phrase,
 * linked to their paragraphs; a page of results at a time. Results: `li[data-result]`;
 * the list carries `aria-busy="true"` while a search runs.
 */
import { findMatches, preloadPhrases, rank, type Hit, type Match } from '../lib/search/exact-search.ts';
import { parseQuery } from '../lib/search/exact.ts';
import { el, passageSnippet, speechLink } from '../lib/search/render-hit.ts';
import { exactIndex, foldPhrases, searchData } from './search-engine.ts';
import { searchForm } from './search-form.ts';

const list = document.querySelector<HTMLOListElement>('#results')!;
const status = document.querySelector<HTMLElement>('#status')!;
/** Passages shown per result; the count says how many there are in all. */
const PASSAGES = 3;
/** Results loaded at once; the rest are a click away. */
const PAGE = 10;
const { input, params, filters } = searchForm('#search-form', ['campaign', 'year', 'speaker', 'concept'], run, { prepare: prefetch });

/**
 * While a query is typed: loads what run() will show for it, the first page of results
 * with their passages, so Enter finds it all loaded. A one-character phrase only gets its
 * pairs' index chunks when searched: they can take a megabyte.
 */
async function prefetch(q: string): Promise<void> {
  const phrases = await foldPhrases(parseQuery(q));
  if (!phrases.length) return;
  if (phrases.some((p) => [...p].length < 2)) return preloadPhrases(await exactIndex(), phrases);
  const ranked = rank(await findMatches(await exactIndex(), phrases, filters()), params().get('sort') === 'date');
  await Promise.all(ranked.slice(0, PAGE).map((m) => searchData().hit(m, phrases, PASSAGES)));
}

function resultItem(hit: Hit, phrases: string[]): HTMLLIElement {
  const shown = hit.passages.filter((p) => p.anchor);
  const first = shown[0] ?? hit.passages[0];
  const passages = shown.map((p) => el('li', {}, el('a', { href: speechLink(hit.url, phrases, p.anchor) }, ...passageSnippet(p.text, phrases))));
  const li = el(
    'li',
    {},
    el('a', { className: 'title', href: speechLink(hit.url, phrases, first?.anchor ?? '') }, hit.title),
    el('span', { className: 'count' }, `${hit.count} 处`),
    el('div', { className: 'meta muted' }, [hit.meta.speaker, hit.meta.date, hit.meta.campaign].filter(Boolean).join(' · ')),
    el('ol', { className: 'passages' }, ...passages),
  );
  li.setAttribute('data-result', '');
  return li;
}

/** Appends the next page of results, and a button for the one after; nothing once `stale`. */
async function showPage(ranked: Match[], from: number, phrases: string[], stale = () => false): Promise<void> {
  const data = searchData();
  const hits = await Promise.all(ranked.slice(from, from + PAGE).map((m) => data.hit(m, phrases, PASSAGES)));
  if (stale()) return;
  list.querySelector('li.more')?.remove();
  list.append(...hits.map((h) => resultItem(h, phrases)));
  const rest = ranked.length - from - PAGE;
  if (rest > 0) {
    const button = el('button', { type: 'button', className: 'quiet', textContent: `再显示 ${Math.min(PAGE, rest)} 篇（还有 ${rest} 篇）` });
    button.addEventListener('click', () => {
      list.setAttribute('aria-busy', 'true');
      void showPage(ranked, from + PAGE, phrases).finally(() => list.setAttribute('aria-busy', 'false'));
    });
    list.append(el('li', { className: 'more' }, button));
  }
}

/** Counts runs: a run that a newer one has overtaken stops touching the page. */
let latest = 0;

async function run(): Promise<void> {
  const mine = ++latest;
  const stale = () => mine !== latest;
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
    const phrases = await foldPhrases(typed);
    const quoted = `“${phrases.join('”“')}”`;
    const ranked = rank(await findMatches(await exactIndex(), phrases, filters()), sortByDate);
    if (stale()) return;
    await showPage(ranked, 0, phrases, stale);
    if (stale()) return;
    const total = ranked.reduce((n, m) => n + m.count, 0);
    const folded = phrases.join('') !== typed.join('') ? `（已按简体 ${quoted} 检索）` : '';
    status.textContent = ranked.length ? `${ranked.length} 篇讲话含${quoted}，共 ${total} 处${folded}。` : `没有讲话含${quoted}${folded}。`;
  } catch (error) {
    if (stale()) return;
    status.textContent = `检索出错：${(error as Error).message}`;
    throw error;
  } finally {
    if (!stale()) list.setAttribute('aria-busy', 'false');
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
