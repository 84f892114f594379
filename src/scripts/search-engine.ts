/** The Pagefind engine and the folding table, loaded once per page from the site's base. */
import { SearchData, type Pagefind } from '../lib/search/exact-search.ts';
import type { FoldTable } from '../lib/search/fold.ts';

const base = document.documentElement.dataset.base ?? '/';
let pagefind: Promise<Pagefind> | undefined;
let table: Promise<FoldTable> | undefined;

export function engine(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const pf = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pf.options({ baseUrl: base, excerptLength: 0 });
    return pf;
  })();
  return pagefind;
}

let data: SearchData | undefined;
export function searchData(): SearchData {
  data ??= new SearchData(base);
  return data;
}

export function foldTable(): Promise<FoldTable> {
  table ??= fetch(`${base}search/t2s.json`).then((r) => (r.ok ? (r.json() as Promise<FoldTable>) : {}));
  return table;
}
