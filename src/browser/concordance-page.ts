/**
 * /concordance/?q=: every occurrence of the phrase in the archive as a line,
 * left context · phrase · right context, with a link to its paragraph and a button
 * that copies the sentence with its citation. Counts come from the index, by the same
 * rule as /search/ (query.ts), so both pages give one number; the lines are the
 * occurrences of the newest SPEECHES matching speeches, older ones a click away, so
 * a phrase found in thousands of speeches pages through all of them. `#lines` is
 * shipped with `aria-busy="true"` and set to "false" once the page is ready.
 */
import { parseQuery } from '../lib/search/exact.ts';
import { citation } from '../lib/pages/citation.ts';
import { copyWithFeedback } from './clipboard.ts';
import { kwicLines, ORDERS, type KwicLine } from '../lib/search/browser/concordance.ts';
import { loadHit, runQuery, type Hit, type Match, type QueryResult } from '../lib/search/browser/query.ts';
import { el, speechLink } from '../lib/search/browser/render.ts';
import { columnsFor, filterColumns, foldPhrases, searchIndex, textChunk, warmText } from '../lib/search/browser/site-search.ts';
import { searchForm } from '../lib/search/browser/search-form.ts';
import { downloadDocx, onDownload } from './word-export.ts';

const list = document.querySelector<HTMLOListElement>('#lines')!;
const status = document.querySelector<HTMLElement>('#status')!;
const years = document.querySelector<HTMLElement>('#per-year')!;
const download = document.querySelector<HTMLButtonElement>('#download-word')!;
const downloadStatus = document.querySelector<HTMLElement>('#download-status')!;
/** The lines on screen, in their order: what 下载 Word takes home. */
let shown: KwicLine[] = [];
/** Lines drawn at once; more are a click away, so a very common phrase stays quick. */
const PAGE = 500;
/** Speeches whose passages are loaded at once, newest first. */
const SPEECHES = 50;
let current: KwicLine[] = [];
/** Every matching speech, newest first, and those whose passages are loaded. */
let matches: Match[] = [];
let hits: Hit[] = [];
let query: QueryResult = { phrases: [], modes: [], matches: [] };
/** Occurrences in all matching speeches, by the index. */
let total = 0;
const { input, params, choice, showCounts } = searchForm('#kwic-form', ['campaign', 'year'], run);

function line(l: KwicLine, index: number): HTMLLIElement {
  const href = speechLink(l.hit.meta.url, [l.phrase], l.anchor);
  const copy = el('button', { type: 'button', className: 'copy-cite', textContent: '引' });
  copy.setAttribute('aria-label', '复制本句及出处');
  copy.dataset.line = String(index);
  const where = el('span', { className: 'muted where' }, `${l.hit.meta.title}${l.hit.meta.date ? `（${l.hit.meta.date}）` : ''}`);
  const li = el(
    'li',
    {},
    el('span', { className: 'left' }, el('span', {}, l.left)),
    el('a', { href }, el('mark', {}, l.phrase)),
    el('span', { className: 'right' }, l.right),
    copy,
    where,
  );
  li.setAttribute('data-kwic', '');
  return li;
}

/** Occurrences per year over every matching speech, newest year first, from the index's counts. */
async function perYear(): Promise<[string, number][]> {
  const columns = await filterColumns();
  const counts = new Map<string, number>();
  for (const m of matches) {
    const year = columns.value('year', m.id) || '年份不详';
    counts.set(year, (counts.get(year) ?? 0) + m.count);
  }
  return [...counts].sort(([a], [b]) => (a === '年份不详' ? 1 : b === '年份不详' ? -1 : b.localeCompare(a)));
}

async function draw(order: keyof typeof ORDERS, upto = PAGE): Promise<void> {
  // Sort indices, so each drawn line keeps its place in `current` for the copy button.
  const sorted = current.map((_, i) => i).sort((a, b) => ORDERS[order](current[a]!, current[b]!));
  shown = sorted.slice(0, upto).map((i) => current[i]!);
  download.hidden = shown.length === 0;
  list.replaceChildren(...sorted.slice(0, upto).map((i) => line(current[i]!, i)));
  if (sorted.length > upto) {
    const more = el('button', { type: 'button', className: 'quiet', textContent: `再显示 ${Math.min(PAGE, sorted.length - upto)} 条` });
    more.addEventListener('click', () => void draw(order, upto + PAGE));
    list.append(el('li', { className: 'more' }, more));
  }
  if (hits.length < matches.length) {
    const older = el('button', {
      type: 'button',
      className: 'quiet',
      textContent: `载入更早的 ${Math.min(SPEECHES, matches.length - hits.length)} 篇讲话的用例`,
    });
    older.addEventListener('click', () => void load(order));
    list.append(el('li', { className: 'more' }, older));
  }
  const rows = (await perYear()).map(([y, n]) => el('tr', {}, el('td', {}, y), el('td', {}, String(n))));
  years.replaceChildren(
    rows.length
      ? el(
          'table',
          { className: 'data' },
          el('caption', {}, '各年份用例数'),
          el('thead', {}, el('tr', {}, el('th', {}, '年份'), el('th', {}, '用例'))),
          el('tbody', {}, ...rows),
        )
      : '',
  );
  const quoted = `“${query.phrases.join('”“')}”`;
  const ignoring = matches.length && query.modes.includes('ignoring-punctuation') ? '（按忽略标点匹配，标出原文）' : '';
  status.textContent = !query.phrases.length
    ? '请输入检索词。'
    : !matches.length
      ? `没有讲话含${quoted}${ignoring}。`
      : `${quoted}共 ${total} 处，见于 ${matches.length} 篇讲话${ignoring}${hits.length < matches.length ? `；下列最新 ${hits.length} 篇中的 ${current.length} 处` : ''}。`;
}

/** Counts runs: a run that a newer one has overtaken stops touching the page. */
let latest = 0;

/** Loads the passages of the next SPEECHES matching speeches (newest first) and redraws. */
async function load(order: keyof typeof ORDERS): Promise<void> {
  const mine = latest;
  list.setAttribute('aria-busy', 'true');
  try {
    const { speeches } = await searchIndex();
    const next = matches.slice(hits.length, hits.length + SPEECHES);
    const loaded = await Promise.all(next.map((m) => loadHit(m, query, speeches, textChunk)));
    if (mine !== latest) return;
    hits = [...hits, ...loaded];
    current = kwicLines(hits);
    await draw(order);
  } finally {
    if (mine === latest) list.setAttribute('aria-busy', 'false');
  }
}

async function run(): Promise<void> {
  const mine = ++latest;
  const typed = parseQuery(input.value);
  const order = (params().get('sort') || 'right') as keyof typeof ORDERS;
  list.setAttribute('aria-busy', 'true');
  try {
    current = [];
    hits = [];
    matches = [];
    total = 0;
    query = { phrases: [], modes: [], matches: [] };
    if (!typed.length) {
      showCounts(null);
      await draw(order);
      return;
    }
    status.textContent = '检索中…';
    warmText();
    const chosen = choice();
    const [phrases, index, columns] = await Promise.all([foldPhrases(typed), searchIndex(), columnsFor(chosen)]);
    const found = await runQuery(index, phrases);
    if (mine !== latest) return;
    showCounts(found.matches.map((m) => m.id));
    query = found;
    const keep = columns.matcher(chosen);
    matches = found.matches.filter((m) => keep(m.id));
    total = matches.reduce((n, m) => n + m.count, 0);
    await load(order);
  } finally {
    if (mine === latest) list.setAttribute('aria-busy', 'false');
  }
}

list.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button.copy-cite');
  if (!button) return;
  const l = current[Number(button.dataset.line)]!;
  const url = new URL(`${l.hit.meta.url}#${l.anchor}`, location.href).href;
  const text = citation(l.sentence, { speaker: l.hit.meta.speaker, title: l.hit.meta.title, date: l.hit.meta.date, url });
  void copyWithFeedback(text, button, '已复制');
});

/** 下载 Word: the lines on screen, each sentence followed by its citation with the paragraph's address. */
onDownload(download, downloadStatus, async () => {
  const lines = shown;
  await downloadDocx({
    fileName: `${query.phrases.join(' ')}-语境`,
    heading: `“${query.phrases.join('”“')}”的用例`,
    note: `共 ${lines.length} 条，取自讲话稿资料库（${location.href}）`,
    passages: lines.map((l) => ({
      text: l.sentence,
      citation: {
        speaker: l.hit.meta.speaker || undefined,
        title: l.hit.meta.title,
        date: l.hit.meta.date || undefined,
        url: new URL(`${l.hit.meta.url}#${l.anchor}`, location.href).href,
      },
    })),
  });
  return `已生成 Word 文件（${lines.length} 条）。`;
});
