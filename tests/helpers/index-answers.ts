/**
 * The query set answered in Node through a built site's own files, as /search/ answers
 * it in the browser: the folding table (`search/t2s.json.gz`), the n-gram index
 * (`search-index/`) and the catalog for each speech id's page. For checks of a whole
 * output where a browser would be slow (a killed build's output, tests/build/kill.test.ts).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { foldQuery, type FoldTable } from '../../src/lib/text/fold.ts';
import { parseQuery } from '../../src/lib/search/exact.ts';
import { rank, runQuery } from '../../src/lib/search/browser/query.ts';
import { SearchIndex } from '../../src/lib/search/shared/engine.ts';
import { readCatalog, readPacked } from './dist-pages.ts';

/** What /search/ lists for each query: every speech's URL and count, in its order. */
export async function indexAnswers(dist: string, queries: readonly string[]): Promise<Map<string, { url: string; count: number }[]>> {
  const table = JSON.parse(readPacked(join(dist, 'search', 't2s.json.gz'))) as FoldTable;
  const catalog = readCatalog(dist);
  const index = await SearchIndex.open({
    get: (path) =>
      readFile(join(dist, 'search-index', path)).then(
        (b) => new Uint8Array(b),
        (e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? null : Promise.reject(e)),
      ),
  });
  const answers = new Map<string, { url: string; count: number }[]>();
  for (const q of queries) {
    const result = await runQuery(
      index,
      parseQuery(q).map((p) => foldQuery(p, table)),
    );
    answers.set(
      q,
      rank(result.matches).map((m) => ({ url: catalog[m.id]!.url, count: m.count })),
    );
  }
  return answers;
}
