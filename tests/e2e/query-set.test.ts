/**
 * The exact-search promise, measured: for every query of a fixed set (1–15 characters;
 * idioms, cross-word substrings, punctuation inside, traditional forms, quoted, absent,
 * several phrases), /search/ lists exactly the speeches whose text contains it.
 * Truth is computed from the built pages' text (tests/helpers/query-set.ts). Prints recall
 * and precision; each result's count of occurrences must match the text too.
 */
import { describe, expect, it } from 'vitest';
import { siteDir } from '../helpers/build-site.ts';
import { QUERY_SET as QUERIES, sitePages, truth } from '../helpers/query-set.ts';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';
import { submitAndWait } from '../../scripts/lib/bench/search.ts';

const pages = sitePages(siteDir('root'));

const site = useSiteInBrowser('root', { page: true });

describe('exact search over a fixed query set', () => {
  it(`finds exactly the speeches containing each of ${QUERIES.length} queries`, async () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(60);
    let truePositives = 0;
    let returned = 0;
    let relevant = 0;
    const wrong: string[] = [];
    // The first query from the URL, the others through the form in the same page.
    await site.page.goto(`${site.url}search/?q=${encodeURIComponent(QUERIES[0]!)}`);
    await site.page.waitForFunction(
      () =>
        document.querySelector('#results')?.getAttribute('aria-busy') === 'false' &&
        /篇讲话|没有讲话/.test(document.querySelector('#status')?.textContent ?? ''),
    );
    for (const [i, query] of QUERIES.entries()) {
      if (i > 0) await site.page.evaluate(submitAndWait, query);
      const shown = await site.page.$$eval('[data-result]', (items) =>
        items.map(
          (li) => `${new URL(li.querySelector<HTMLAnchorElement>('a.title')!.href).pathname} ${li.querySelector('.count')?.textContent}`,
        ),
      );
      const expected = truth(pages, query);
      expect(shown.sort()).toEqual(expected.map((t) => `${t.url} ${t.count} 处`).sort());
      const got = shown.map((s) => s.split(' ')[0]!).sort();
      const want = expected.map((t) => t.url).sort();
      truePositives += got.filter((u) => want.includes(u)).length;
      returned += got.length;
      relevant += want.length;
      if (JSON.stringify(got) !== JSON.stringify(want))
        wrong.push(`${query}: got ${got.length} ${JSON.stringify(got)}, want ${want.length} ${JSON.stringify(want)}`);
    }
    const recall = relevant ? truePositives / relevant : 1;
    const precision = returned ? truePositives / returned : 1;
    console.log(
      `query set: ${QUERIES.length} queries, ${relevant} relevant (query, speech) pairs; recall ${recall.toFixed(3)}, precision ${precision.toFixed(3)}`,
    );
    expect(wrong).toEqual([]);
    expect(recall).toBe(1);
    expect(precision).toBe(1);
  }, 600_000);

  it('shows the count and the passages, highlighted, and the speech page marks the phrase', async () => {
    await site.page.goto(`${site.url}search/?q=${encodeURIComponent('兩個維護')}`);
    await site.page.waitForSelector('#results[aria-busy="false"] [data-result]');
    const first = site.page.locator('[data-result]').first();
    expect(await first.locator('.count').textContent()).toBe('6 处');
    expect(await first.locator('.passages mark').first().textContent()).toBe('两个维护');
    await first.locator('.passages a').first().click();
    await site.page.waitForURL(/\/speeches\/.*\?q=.*#p\d+$/);
    const marks = await site.page.$$eval('.speech-body mark', (m) => m.map((x) => x.textContent));
    expect(marks.length).toBe(6);
    expect(new Set(marks)).toEqual(new Set(['两个维护']));
  });

  it('ranks by occurrences, newest first on ties, or by date when asked', async () => {
    await site.page.goto(`${site.url}search/?q=${encodeURIComponent('主题教育')}`);
    await site.page.waitForSelector('#results[aria-busy="false"] [data-result]');
    const counts = await site.page.$$eval('[data-result] .count', (c) => c.map((x) => parseInt(x.textContent ?? '0', 10)));
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    await site.page.goto(`${site.url}search/?q=${encodeURIComponent('主题教育')}&sort=date`);
    await site.page.waitForSelector('#results[aria-busy="false"] [data-result]');
    const dates = await site.page.$$eval('[data-result] .meta', (m) => m.map((x) => x.textContent ?? ''));
    expect(dates[0]).toContain('2023年');
  });

  it('moves between results with the arrow keys and focuses search with /', async () => {
    await site.page.goto(`${site.url}search/?q=${encodeURIComponent('整改')}`);
    await site.page.waitForSelector('#results[aria-busy="false"] [data-result]');
    await site.page.focus('#q');
    await site.page.keyboard.press('ArrowDown');
    const firstTitle = await site.page.locator('[data-result] a.title').first().textContent();
    expect(await site.page.evaluate(() => document.activeElement?.textContent)).toBe(firstTitle);
    await site.page.keyboard.press('ArrowDown');
    const secondTitle = await site.page.locator('[data-result] a.title').nth(1).textContent();
    expect(await site.page.evaluate(() => document.activeElement?.textContent)).toBe(secondTitle);
    await site.page.goto(site.url);
    await site.page.keyboard.press('/');
    expect(await site.page.evaluate(() => document.activeElement?.id)).toBe('quick-q');
  });
});
