/**
 * Exactness at scale: the search issue's query set (tests/helpers/query-set.ts) run
 * through /search/ on a bench build. For every query the page must name as many
 * speeches and occurrences as the built pages' text holds, and list the first page of
 * results in the same order with the same counts. Truth comes from the pages, not from
 * the search data.
 */
import { launchBrowser } from '../../../tests/helpers/browser.ts';
import { QUERY_SET, shownResults, sitePages, truth } from '../../../tests/helpers/query-set.ts';
import { serveStatic } from '../static-server.ts';
import { submitAndWait } from './search.ts';

export interface Exactness {
  queries: number;
  /** Queries whose speech count, occurrence count and first page all match the truth. */
  exact: number;
  /** (query, speech) pairs the truth holds, summed over the query set. */
  relevant: number;
  /** Speeches the page reported, summed over the query set. */
  reported: number;
  failures: string[];
}

export async function benchExactness(dist: string): Promise<Exactness> {
  const pages = sitePages(dist);
  const served = await serveStatic(dist, { base: '/' });
  const browser = await launchBrowser();
  const failures: string[] = [];
  let relevant = 0;
  let reported = 0;
  try {
    const page = await browser.newPage();
    await page.goto(`${served.url}search/`);
    for (const query of QUERY_SET) {
      const { status } = await page.evaluate(submitAndWait, query);
      const items = await shownResults(page);
      const shown = { status, items };
      const want = truth(pages, query);
      const speeches = Number(/(\d+) 篇讲话/.exec(shown.status)?.[1] ?? 0);
      const occurrences = Number(/共 (\d+) 处/.exec(shown.status)?.[1] ?? 0);
      const wantOccurrences = want.reduce((n, w) => n + w.count, 0);
      relevant += want.length;
      reported += speeches;
      const firstPage = want.slice(0, shown.items.length);
      if (
        speeches !== want.length ||
        occurrences !== wantOccurrences ||
        shown.items.length !== Math.min(want.length, 10) ||
        JSON.stringify(shown.items) !== JSON.stringify(firstPage)
      )
        failures.push(
          `${query}: page says ${speeches} speeches / ${occurrences} occurrences, text holds ${want.length} / ${wantOccurrences}; first page ${JSON.stringify(shown.items) === JSON.stringify(firstPage) ? 'matches' : `differs: ${shown.items.map((i) => i.count).join(',')} vs ${firstPage.map((i) => i.count).join(',')}`}`,
        );
    }
  } finally {
    await browser.close();
    await served.close();
  }
  return { queries: QUERY_SET.length, exact: QUERY_SET.length - failures.length, relevant, reported, failures };
}
