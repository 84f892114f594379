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

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('#q')!;
const list = document.querySelector<HTMLOListElement>('#results')!;
const status = document.querySelector<HTMLElement>('#status')!;
const filterNames = ['campaign', 'year', 'speaker', 'concept'] as const;
/** Passages shown per result; the count says how many there are in all. */
const PASSAGES = 3;

async function fillFilters(): Promise<void> {
  const available = await (await engine()).filters();
  const params = new URLSearchParams(location.search);
  for (const name of filterNames) {
    const select = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
    const values = Object.entries(available[name] ?? {}).sort(([a], [b]) => (name === 'year' ? b.localeCompare(a) : a.localeCompare(b, 'zh')));
    for (const [value, n] of values) select.add(new Option(`${value}（${n}）`, value));
    select.value = params.get(name) ?? '';
  }
}

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
  const params = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
  const typed = parseQuery(input.value);
  const filters = Object.fromEntries(filterNames.flatMap((n) => (params.get(n) ? [[n, params.get(n)!]] : [])));
  const sortByDate = params.get('sort') === 'date';
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
      filters,
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

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const params = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
  for (const [k, v] of [...params]) if (!v) params.delete(k);
  history.replaceState(null, '', `?${params}`);
  void run();
});

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

const initial = new URLSearchParams(location.search);
input.value = initial.get('q') ?? '';
form.querySelector<HTMLSelectElement>('#sort')!.value = initial.get('sort') ?? '';
void fillFilters().then(() => {
  if (input.value) void run();
});
