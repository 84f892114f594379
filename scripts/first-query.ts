/**
 * The first query alone, many times: a fresh browser context per run (empty cache), /search/
 * loaded and settled as the bench does, then the bench's first query through the form;
 * several sites alternated run by run (A/B at the same moment). Prints per site the median
 * and quartiles of the first query's time and of its phases (scripts/lib/bench/query-phases.ts).
 *
 *   node scripts/first-query.ts --dist a-dist,b-dist [--runs 10] [--url '?q=…']
 *
 * With `--url`, the page is opened with that query string instead and the time is from the
 * navigation's start to the finished list (what a reader following a link waits for).
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { QUERIES } from './lib/bench/queries.ts';
import { fromSubmit, queryPhases, resourceTimeline, type QueryPhases } from './lib/bench/query-phases.ts';
import { loadSearchPage, openServedPage, submitAndWait } from './lib/bench/search.ts';
import { median, quantile } from './lib/bench/stats.ts';

const { values } = parseArgs({
  options: { dist: { type: 'string' }, runs: { type: 'string', default: '10' }, url: { type: 'string' } },
});
if (!values.dist) throw new Error('--dist <built site>[,<another>] is required');
const dists = values.dist.split(',');

async function once(dist: string): Promise<{ ms: number; phases: QueryPhases | null; kb: number }> {
  const { served, traffic, page, close } = await openServedPage(dist);
  try {
    if (values.url) {
      // The moment the list is finished, seen from inside the page as the bench's submitAndWait sees it.
      await page.addInitScript(() => {
        const observer = new MutationObserver(() => {
          const list = document.querySelector('#results');
          const text = document.querySelector('#status')?.textContent ?? '';
          if (list?.getAttribute('aria-busy') === 'false' && /篇讲话|没有讲话|检索出错/.test(text)) {
            (window as unknown as { done: number }).done = performance.now();
            observer.disconnect();
          }
        });
        observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
      });
      traffic.phase = 'query';
      await page.goto(`${served.url}search/${values.url}`, { waitUntil: 'commit' });
      await page.waitForFunction(() => (window as unknown as { done?: number }).done !== undefined, null, { timeout: 60_000 });
      const ms = await page.evaluate(() => (window as unknown as { done: number }).done);
      const bytes = (await traffic.settle('query')).serverBytes;
      const requests = await page.evaluate(resourceTimeline);
      return { ms, phases: queryPhases(requests, ms), kb: bytes / 1000 };
    }
    await loadSearchPage(page, served.url);
    await traffic.settle('page', 300);
    await page.evaluate(() => performance.clearResourceTimings());
    traffic.phase = 'query';
    const { ms, at } = await page.evaluate(submitAndWait, QUERIES[0]!);
    const bytes = (await traffic.settle('query')).serverBytes;
    const requests = fromSubmit(await page.evaluate(resourceTimeline), at);
    return { ms, phases: queryPhases(requests, ms), kb: bytes / 1000 };
  } finally {
    await close();
  }
}

const rows = new Map<string, { ms: number; phases: QueryPhases | null; kb: number }[]>(dists.map((d) => [d, []]));
const loads: number[] = [];
for (let run = 0; run < Number(values.runs); run++) {
  for (const dist of run % 2 ? [...dists].reverse() : dists) rows.get(dist)!.push(await once(dist));
  loads.push(loadavg()[0]!);
}
const f = (n: number | null) => (n == null ? '–' : n.toFixed(0));
const spread = (xs: number[]) => `${f(median(xs))} (${f(quantile(xs, 0.25))}–${f(quantile(xs, 0.75))})`;
console.log(`load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}; median (quartiles) of ${values.runs} runs`);
for (const [dist, r] of rows) {
  const ph = r.flatMap((x) => (x.phases ? [x.phases] : []));
  const p = (k: keyof QueryPhases) => spread(ph.map((x) => x[k]));
  console.log(
    `${dist}: first ${spread(r.map((x) => x.ms))} ms, ${f(median(r.map((x) => x.kb)))} KB; before ${p('before')}, index ${p('index')}, script ${p('script')}, text ${p('text')}, after ${p('after')}`,
  );
}
