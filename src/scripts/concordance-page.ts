/**
 * /concordance/?q=: every occurrence of the phrase in the archive as a line,
 * left context · phrase · right context, with a link to its paragraph and a button
 * that copies the sentence with its citation. `#lines` carries `aria-busy`.
 * The passages of the newest SPEECHES matching speeches are loaded first, older ones a
 * click away, so a phrase found in thousands of speeches stays quick to open.
 */
import { findMatches, type Hit, type Match } from '../lib/search/exact-search.ts';
import { parseQuery } from '../lib/search/exact.ts';
import { kwicLines, ORDERS, perYear, type KwicLine } from '../lib/search/concordance.ts';
import { el, speechLink } from '../lib/search/render-hit.ts';
import { citation } from '../lib/text/citation.ts';
import { exactIndex, foldPhrases, searchData } from './search-engine.ts';
import { searchForm } from './search-form.ts';
import { copyWithFeedback } from './clipboard.ts';

const list = document.querySelector<HTMLOListElement>('#lines')!;
const status = document.querySelector<HTMLElement>('#status')!;
const years = document.querySelector<HTMLElement>('#per-year')!;
/** Lines drawn at once; more are a click away, so a very common phrase stays quick. */
const PAGE = 500;
/** Speeches whose passages are loaded at once, newest first. */
const SPEECHES = 200;
let current: KwicLine[] = [];
/** Every matching speech, newest first, and how many have their passages loaded. */
let matches: Match[] = [];
let hits: Hit[] = [];
let phrases: string[] = [];
const { input, params, filters } = searchForm('#kwic-form', ['campaign', 'year'], run, { counts: false });

function line(l: KwicLine, phrases: string[], index: number): HTMLLIElement {
  const href = speechLink(l.hit.url, phrases, l.anchor);
  const copy = el('button', { type: 'button', className: 'copy-cite', textContent: '引' });
  copy.setAttribute('aria-label', '复制本句及出处');
  copy.dataset.line = String(index);
  const where = el('span', { className: 'muted where' }, `${l.hit.title}${l.hit.meta.date ? `（${l.hit.meta.date}）` : ''}`);
  const li = el('li', {}, el('span', { className: 'left' }, el('span', {}, l.left)), el('a', { href }, el('mark', {}, l.phrase)), el('span', { className: 'right' }, l.right), copy, where);
  li.setAttribute('data-kwic', '');
  return li;
}

function draw(phrases: string[], order: keyof typeof ORDERS, upto = PAGE): void {
  // Sort indices, so each drawn line keeps its place in `current` for the copy button.
  const sorted = current.map((_, i) => i).sort((a, b) => ORDERS[order](current[a]!, current[b]!));
  list.replaceChildren(...sorted.slice(0, upto).map((i) => line(current[i]!, phrases, i)));
  if (sorted.length > upto) {
    const more = el('button', { type: 'button', className: 'quiet', textContent: `再显示 ${Math.min(PAGE, sorted.length - upto)} 条` });
    more.addEventListener('click', () => draw(phrases, order, upto + PAGE));
    list.append(el('li', { className: 'more' }, more));
  }
  if (hits.length < matches.length) {
    const older = el('button', { type: 'button', className: 'quiet', textContent: `载入更早的 ${Math.min(SPEECHES, matches.length - hits.length)} 篇讲话的用例` });
    older.addEventListener('click', () => void load(order));
    list.append(el('li', { className: 'more' }, older));
  }
  const partial = hits.length < matches.length ? `（已载入最新 ${hits.length} 篇）` : '';
  const rows = perYear(current).map(([y, n]) => el('tr', {}, el('td', {}, y), el('td', {}, String(n))));
  years.replaceChildren(
    rows.length ? el('table', { className: 'data' }, el('caption', {}, `各年份用例数${partial}`), el('thead', {}, el('tr', {}, el('th', {}, '年份'), el('th', {}, '用例'))), el('tbody', {}, ...rows)) : '',
  );
  const quoted = `“${phrases.join('”“')}”`;
  status.textContent = !phrases.length
    ? '请输入检索词。'
    : !matches.length
      ? `没有讲话含${quoted}。`
      : hits.length < matches.length
        ? `${quoted}见于 ${matches.length} 篇讲话；已载入最新 ${hits.length} 篇中的 ${current.length} 处。`
        : `${quoted}共 ${current.length} 处，见于 ${hits.length} 篇讲话。`;
}

/** Counts runs: a run that a newer one has overtaken stops touching the page. */
let latest = 0;

/** Loads the passages of the next SPEECHES matching speeches (newest first) and redraws. */
async function load(order: keyof typeof ORDERS): Promise<void> {
  const mine = latest;
  list.setAttribute('aria-busy', 'true');
  try {
    const next = matches.slice(hits.length, hits.length + SPEECHES);
    const loaded = await Promise.all(next.map((m) => searchData().hit(m, phrases)));
    if (mine !== latest) return;
    hits = [...hits, ...loaded];
    current = kwicLines(hits, phrases);
    draw(phrases, order);
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
    phrases = [];
    if (!typed.length) {
      draw([], order);
      return;
    }
    status.textContent = '检索中…';
    const folded = await foldPhrases(typed);
    const found = await findMatches(await exactIndex(), folded, filters());
    if (mine !== latest) return;
    phrases = folded;
    matches = [...found].sort((a, b) => a.dateRank - b.dateRank);
    await load(order);
  } finally {
    if (mine === latest) list.setAttribute('aria-busy', 'false');
  }
}

list.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button.copy-cite');
  if (!button) return;
  const l = current[Number(button.dataset.line)]!;
  const url = new URL(`${l.hit.url}#${l.anchor}`, location.href).href;
  const text = citation(l.sentence, { speaker: l.hit.meta.speaker, title: l.hit.title, date: l.hit.meta.date, url });
  void copyWithFeedback(text, button, '已复制');
});
