/**
 * The Pagefind engine (every index shard merged), the search data index and the folding
 * table, each loaded once per page from the site's base.
 */
import { SearchData, type Pagefind } from '../lib/search/exact-search.ts';
import type { FoldTable } from '../lib/search/fold.ts';
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

/** Each result id's place in date order, newest first. */
export function dateOrder(): Promise<Map<string, number>> {
  order ??= searchIndex().then(({ order: ids }) => new Map(ids.map((id, i) => [id, i])));
  return order;
}

export function searchData(): SearchData {
  data ??= new SearchData(base);
  return data;
}

export function foldTable(): Promise<FoldTable> {
  table ??= fetch(`${base}search/t2s.json`).then((r) => (r.ok ? (r.json() as Promise<FoldTable>) : {}));
  return table;
}
