/**
 * The Pagefind engine (every index shard merged), the search data index and the folding
 * table, each loaded once per page from the site's base.
 */
import { preloadPhrases, SearchData, type ExactIndex, type Pagefind } from '../lib/search/exact-search.ts';
import { parseQuery } from '../lib/search/exact.ts';
import { foldQuery, type FoldTable } from '../lib/search/fold.ts';
import type { SearchDataIndex } from '../lib/search/search-data.ts';
import { shardPath } from '../lib/search/index-shards.ts';

const base = document.documentElement.dataset.base ?? '/';
let index: Promise<SearchDataIndex> | undefined;
let pagefind: Promise<Pagefind> | undefined;
let order: Promise<Map<string, number>> | undefined;
let table: Promise<FoldTable> | undefined;
let data: SearchData | undefined;

function searchIndex(): Promise<SearchDataIndex> {
  index ??= fetch(`${base}search-data/index.json`).then((r) => {
    if (!r.ok) throw new Error(`search-data/index.json: ${r.status}`);
    return r.json() as Promise<SearchDataIndex>;
  });
  return index;
}

export function engine(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const [pf, { shards }] = await Promise.all([import(/* @vite-ignore */ `${base}${shardPath(0)}pagefind.js`) as Promise<Pagefind>, searchIndex()]);
    await pf.options({ baseUrl: base, excerptLength: 0 });
    await Promise.all(Array.from({ length: shards - 1 }, (_, k) => pf.mergeIndex(`${base}${shardPath(k + 1)}`)));
    return pf;
  })();
  return pagefind;
}

const pairs = new Map<string, Promise<string[]>>();

/** Every index token that starts with the character coded `code`; none when no speech has it. */
function pairsStarting(code: string): Promise<string[]> {
  if (!pairs.has(code)) pairs.set(code, fetch(`${base}search-data/pairs/${code}.json`).then((r) => (r.ok ? (r.json() as Promise<string[]>) : [])));
  return pairs.get(code)!;
}

/** What findMatches runs on: the engine, each result id's place in date order, the pair lists. */
export function exactIndex(): Promise<ExactIndex> {
  order ??= searchIndex().then(({ order: ids }) => new Map(ids.map((id, i) => [id, i])));
  return Promise.all([engine(), order]).then(([pagefind, o]) => ({ pagefind, order: o, pairsStarting }));
}

/**
 * Speeches per filter value (`year` → `2019` → 12), once the engine is ready. Pagefind's
 * own counts would include stale records (see shard-layout.ts), but it loads its filter
 * chunks on the first search anyway, to count filter values: loading them with the page
 * keeps that cost out of the first query.
 */
export async function filterCounts(): Promise<SearchDataIndex['filters']> {
  const [{ filters }] = await Promise.all([searchIndex(), engine().then((pf) => pf.filters())]);
  return filters;
}

export function searchData(): SearchData {
  data ??= new SearchData(base);
  return data;
}

function foldTable(): Promise<FoldTable> {
  table ??= fetch(`${base}search/t2s.json`).then((r) => (r.ok ? (r.json() as Promise<FoldTable>) : {}));
  return table;
}

/** Typed phrases as the index holds them: traditional characters folded to simplified. */
export async function foldPhrases(typed: readonly string[]): Promise<string[]> {
  const table = await foldTable();
  return typed.map((p) => foldQuery(p, table));
}

/** While a query is typed: loads the index chunks it will need (see preloadPhrases). */
export async function preloadQuery(q: string): Promise<void> {
  const typed = parseQuery(q);
  if (typed.length) await preloadPhrases(await exactIndex(), await foldPhrases(typed));
}
