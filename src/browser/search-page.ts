/**
 * /search/: runs `?q=` on load, on submit and when a filter, the year range or the order
 * changes. Lists exactly the speeches whose text holds every phrase (query.ts), ranked by
 * occurrences (ties newest first) or by date, each with its count and the passages that
 * hold the phrase, marked and linked to their paragraphs; 10 at a time. Results are
 * `li[data-result]`. `#results` is shipped with `aria-busy="true"` and set to "false" once
 * the search (or, without a query, the page) is ready; `#status` says what was found,
 * whether punctuation was ignored, and suggests another query when nothing was.
 */
import { parseQuery } from '../lib/search/exact.ts';
import { downloadDocx, onDownload } from './word-export.ts';
import { loadHit, rank, runQuery, type Hit, type Match, type QueryResult } from '../lib/search/browser/query.ts';
import { el, passageSnippet, spanTexts, speechLink } from '../lib/search/browser/render.ts';
import { columnsFor, foldPhrases, glossary, searchIndex, textChunk, warmText } from '../lib/search/browser/site-search.ts';
import { searchForm } from '../lib/search/browser/search-form.ts';
import { suggestions } from '../lib/search/browser/suggest.ts';

const list = document.querySelector<HTMLOListElement>('#results')!;
const status = document.querySelector<HTMLElement>('#status')!;
const suggest = document.querySelector<HTMLElement>('#suggest')!;
const download = document.querySelector<HTMLButtonElement>('#download-word')!;
const downloadStatus = document.querySelector<HTMLElement>('#download-status')!;
/** The results on screen, with their passages, and the query that found them: what 下载 Word takes home. */
let shown: { hits: Hit[]; phrases: readonly string[] } = { hits: [], phrases: [] };
/** Passages shown per result, from the text chunk of its first occurrence; the count says how many occurrences there are in all. */
const PASSAGES = 3;
const CHUNKS = 1;
/** Results shown at once; the rest are a click away. */
const PAGE = 10;
const { input, params, choice, showCounts } = searchForm('#search-form', ['campaign', 'year', 'speaker', 'concept'], run);

/**
 * While a query is typed (a pause of 150 ms): loads what run() will show for it, the index
 * files of its phrases and the passages of its first page of results, so Enter finds them
 * loaded.
 */
async function prefetch(q: string): Promise<void> {
  const typed = parseQuery(q);
  if (!typed.length) return;
  const [phrases, index, columns] = await Promise.all([foldPhrases(typed), searchIndex(), columnsFor(choice())]);
  const query = await runQuery(index, phrases);
  const keep = columns.matcher(choice());
  const ranked = rank(
    query.matches.filter((m) => keep(m.id)),
    params().get('sort') === 'date',
  );
  await Promise.all(ranked.slice(0, PAGE).map((m) => loadHit(m, query, index.speeches, textChunk, PASSAGES, CHUNKS)));
}
// The text chunks' dictionary (15 KB at 10,000 bench speeches) as soon as the reader turns
// to the box: the first query then need not wait for it. A query run from the URL or
// submitted without focusing the box loads it when it starts, with the index's files.
input.addEventListener('focus', warmText, { once: true });
let typing: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', (event) => {
  clearTimeout(typing);
  if ((event as InputEvent).isComposing) return;
  typing = setTimeout(() => void prefetch(input.value).catch(() => undefined), 150);
});

function resultItem(hit: Hit, query: QueryResult): HTMLLIElement {
  const words = (p: Hit['passages'][number]) => (query.modes.includes('ignoring-punctuation') ? spanTexts(p) : query.phrases);
  const first = hit.passages[0];
  const passages = hit.passages.map((p) =>
    el('li', {}, el('a', { href: speechLink(hit.meta.url, words(p), p.anchor) }, ...passageSnippet(p))),
  );
  const li = el(
    'li',
    {},
    el(
      'a',
      { className: 'title', href: speechLink(hit.meta.url, first ? words(first) : query.phrases, first?.anchor ?? '') },
      hit.meta.title,
    ),
    el('span', { className: 'count' }, `${hit.count} 处`),
    el('div', { className: 'meta muted' }, [hit.meta.speaker, hit.meta.date, hit.meta.campaign].filter(Boolean).join(' · ')),
    el('ol', { className: 'passages' }, ...passages),
  );
  li.setAttribute('data-result', '');
  return li;
}

/** Appends the next page of results, and a button for the one after; nothing once `stale`. */
async function showPage(ranked: Match[], from: number, query: QueryResult, stale = () => false): Promise<void> {
  const { speeches } = await searchIndex();
  const hits = await Promise.all(ranked.slice(from, from + PAGE).map((m) => loadHit(m, query, speeches, textChunk, PASSAGES, CHUNKS)));
  if (stale()) return;
  list.querySelector('li.more')?.remove();
  list.append(...hits.map((h) => resultItem(h, query)));
  shown = { hits: [...shown.hits, ...hits], phrases: query.phrases };
  download.hidden = shown.hits.length === 0;
  const rest = ranked.length - from - PAGE;
  if (rest > 0) {
    const button = el('button', {
      type: 'button',
      className: 'quiet',
      textContent: `再显示 ${Math.min(PAGE, rest)} 篇（还有 ${rest} 篇）`,
    });
    button.addEventListener('click', () => {
      list.setAttribute('aria-busy', 'true');
      void showPage(ranked, from + PAGE, query).finally(() => list.setAttribute('aria-busy', 'false'));
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
  list.setAttribute('aria-busy', 'true');
  list.replaceChildren();
  suggest.replaceChildren();
  shown = { hits: [], phrases: [] };
  download.hidden = true;
  try {
    if (typed.length === 0) {
      showCounts(null);
      status.textContent = '请输入检索词。';
      return;
    }
    status.textContent = '检索中…';
    const chosen = choice();
    const [phrases, index, columns] = await Promise.all([foldPhrases(typed), searchIndex(), columnsFor(chosen)]);
    // The index's requests first, then the text chunks' dictionary (when the box's focus has
    // not loaded it already): the chunks need it only once the index has answered.
    const finding = runQuery(index, phrases);
    warmText();
    const query = await finding;
    if (stale()) return;
    // The test of the chosen filters, built once (not once per match: thousands for a common phrase).
    const keep = columns.matcher(chosen);
    const ranked = rank(
      query.matches.filter((m) => keep(m.id)),
      params().get('sort') === 'date',
    );
    await showPage(ranked, 0, query, stale);
    if (stale()) return;
    // The menus' counts after the list: they are not what the reader waits for.
    showCounts(query.matches.map((m) => m.id));
    const total = ranked.reduce((n, m) => n + m.count, 0);
    const quoted = `“${phrases.join('”“')}”`;
    const notes = [
      phrases.join('') !== typed.join('') ? `已按简体 ${quoted} 检索` : '',
      ranked.length && query.modes.includes('ignoring-punctuation')
        ? `${phrases
            .filter((_, i) => query.modes[i] === 'ignoring-punctuation')
            .map((p) => `“${p}”`)
            .join('')}按忽略标点匹配，标出原文`
        : '',
      ranked.length < query.matches.length ? `筛选后；不筛选共 ${query.matches.length} 篇` : '',
    ].filter(Boolean);
    const note = notes.length ? `（${notes.join('；')}）` : '';
    status.textContent = ranked.length ? `${ranked.length} 篇讲话含${quoted}，共 ${total} 处${note}。` : `没有讲话含${quoted}${note}。`;
    if (query.matches.length === 0) {
      const better = await suggestions(index, phrases, async () => (await glossary()).map((c) => [c.term, ...c.variants]));
      if (stale() || better.length === 0) return;
      suggest.append(
        '试试：',
        ...better.flatMap((s, i) => [
          i ? '、' : '',
          el('a', { href: `?${new URLSearchParams({ ...Object.fromEntries(params()), q: s.query })}` }, s.query),
          `（${s.speeches} 篇）`,
        ]),
      );
    }
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

/** 下载 Word: the passages of the results on screen, each followed by its citation with the paragraph's address. */
onDownload(download, downloadStatus, async () => {
  const { hits, phrases } = shown;
  const passages = hits.flatMap((hit) =>
    hit.passages.map((p) => ({
      text: p.text,
      citation: {
        speaker: hit.meta.speaker || undefined,
        title: hit.meta.title,
        date: hit.meta.date || undefined,
        url: new URL(`${hit.meta.url}#${p.anchor}`, location.href).href,
      },
    })),
  );
  await downloadDocx({
    fileName: `${phrases.join(' ')}-检索结果`,
    heading: `“${phrases.join('”“')}”的检索结果`,
    note: `${hits.length} 篇讲话中的 ${passages.length} 段，取自讲话稿资料库（${location.href}）`,
    passages,
  });
  return `已生成 Word 文件（${passages.length} 段）。`;
});
