/**
 * /search/: runs `?q=` on load and on submit. Pagefind proposes candidate speeches;
 * each candidate's text is checked for every phrase, so the list holds exactly the
 * speeches that contain the query. Results: `li[data-result]`; the list carries
 * `aria-busy="true"` while searching.
 */
import { countOccurrences, parseQuery, snippetAt } from '../lib/search/exact.ts';

interface PagefindResultData {
  url: string;
  content: string;
  meta: Record<string, string>;
  anchors: { element: string; id: string; text?: string; location: number }[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string, o?: Record<string, unknown>): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

const base = document.documentElement.dataset.base ?? '/';
const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('#q')!;
const list = document.querySelector<HTMLOListElement>('#results')!;
const status = document.querySelector<HTMLElement>('#status')!;
const filterNames = ['campaign', 'year', 'speaker', 'concept'] as const;

let pagefind: Promise<Pagefind> | undefined;
function engine(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const pf = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pf.options({ baseUrl: base, excerptLength: 0 });
    return pf;
  })();
  return pagefind;
}

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

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...kids: (Node | string)[]) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...kids);
  return node;
}

/** Id of the paragraph that holds the phrase, from Pagefind's anchors; '' if unknown. */
function paragraphOf(data: PagefindResultData, phrase: string): string {
  return data.anchors.find((a) => a.element === 'p' && a.text?.includes(phrase))?.id ?? '';
}

async function run(): Promise<void> {
  const params = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
  const phrases = parseQuery(input.value);
  const filters = Object.fromEntries(filterNames.flatMap((n) => (params.get(n) ? [[n, params.get(n)!]] : [])));
  const byDate = params.get('sort') === 'date';
  list.setAttribute('aria-busy', 'true');
  list.replaceChildren();
  try {
    if (phrases.length === 0) {
      status.textContent = '请输入检索词。';
      return;
    }
    status.textContent = '检索中…';
    const found = await (await engine()).search(phrases.join(' '), { filters, sort: byDate ? { date: 'desc' } : undefined });
    const candidates = await Promise.all(found.results.map((r) => r.data()));
    const hits = candidates
      .map((data) => ({ data, counts: phrases.map((p) => countOccurrences(data.content, p)) }))
      .filter((h) => h.counts.every((c) => c > 0))
      .map((h) => ({ ...h, total: h.counts.reduce((a, b) => a + b, 0) }));
    if (!byDate) hits.sort((a, b) => b.total - a.total || (b.data.meta.iso ?? '').localeCompare(a.data.meta.iso ?? ''));
    for (const { data, total } of hits) {
      const phrase = phrases[0]!;
      const anchor = paragraphOf(data, phrase);
      const snip = snippetAt(data.content, phrase);
      const link = el('a', { className: 'title', href: anchor ? `${data.url}#${anchor}` : data.url }, data.meta.title ?? data.url);
      const meta = el('div', { className: 'meta muted' }, [data.meta.speaker, data.meta.date, data.meta.campaign].filter(Boolean).join(' · '));
      const excerpt = snip ? el('p', { className: 'excerpt' }, snip.before, el('mark', {}, snip.match), snip.after) : '';
      list.append(el('li', {}, link, el('span', { className: 'count' }, `${total} 处`), meta, excerpt));
      list.lastElementChild!.setAttribute('data-result', '');
    }
    status.textContent = hits.length ? `找到 ${hits.length} 篇讲话含“${phrases.join('”“')}”。` : `没有讲话含“${phrases.join('”“')}”。`;
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

const initial = new URLSearchParams(location.search);
input.value = initial.get('q') ?? '';
form.querySelector<HTMLSelectElement>('#sort')!.value = initial.get('sort') ?? '';
void fillFilters().then(() => {
  if (input.value) void run();
});
