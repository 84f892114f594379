/**
 * What /search/ does beyond listing results, in a real browser on the seed site: filters
 * and the order apply on change and live in the URL, menus count the query's results, a
 * year range, matches ignoring punctuation (said so, the original text marked), a
 * suggestion when nothing is found, one count on /search/ and /concordance/, `aria-busy`
 * shipped "true", and the header's quick box answering as you type.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteDir } from '../helpers/build-site.ts';
import { read, readCatalog } from '../helpers/dist-pages.ts';
import { concordanceDone } from '../helpers/page-waits.ts';
import { sitePages, truth } from '../helpers/query-set.ts';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';

const dir = siteDir('root');
const speeches = readCatalog(dir);
const pages = sitePages(dir);

const site = useSiteInBrowser('root', { page: true });

/** Waits until /search/ has finished: the list not busy and the status line final. */
const searchDone = () =>
  site.page.waitForFunction(
    () =>
      document.querySelector('#results')?.getAttribute('aria-busy') === 'false' &&
      /篇讲话|没有讲话|请输入/.test(document.querySelector('#status')?.textContent ?? ''),
  );

async function search(query: string, extra = ''): Promise<void> {
  await site.page.goto(`${site.url}search/?q=${encodeURIComponent(query)}${extra}`);
  await searchDone();
}

const shown = () =>
  site.page.$$eval('[data-result]', (items) =>
    items.map((li) => ({
      url: new URL(li.querySelector<HTMLAnchorElement>('a.title')!.href).pathname,
      meta: li.querySelector('.meta')?.textContent ?? '',
    })),
  );
/** `{ value: count }` of a filter menu, from its options' text (`2019（3）`). */
const menu = (id: string) =>
  site.page.$$eval(`#${id} option`, (options) =>
    Object.fromEntries(
      options
        .filter((o) => (o as HTMLOptionElement).value)
        .map((o) => [(o as HTMLOptionElement).value, Number(/（(\d+)）/.exec(o.textContent ?? '')?.[1] ?? NaN)]),
    ),
  );

describe('search page', () => {
  it('ships the results list busy, and says it is done when there is no query', async () => {
    expect(read(join(dir, 'search/index.html'))).toMatch(/<ol id="results"[^>]*aria-busy="true"/);
    expect(read(join(dir, 'concordance/index.html'))).toMatch(/<ol id="lines"[^>]*aria-busy="true"/);
    await site.page.goto(`${site.url}search/`);
    await searchDone();
    expect(await site.page.textContent('#status')).toBe('请输入检索词。');
  });

  it('applies a filter on change, keeps it in the URL, and counts the query’s results in each menu', async () => {
    await search('主题教育');
    const all = await shown();
    const years = await menu('f-year');
    // Each year's count is how many of this query's results that year leaves.
    for (const [year, n] of Object.entries(years)) expect(n, year).toBe(all.filter((r) => r.meta.includes(`${year}年`)).length);
    const year = Object.keys(years)[0]!;
    await site.page.selectOption('#f-year', year);
    await site.page.waitForURL((u) => u.searchParams.get('year') === year && u.searchParams.get('q') === '主题教育');
    await searchDone();
    const narrowed = await shown();
    expect(narrowed.length).toBe(years[year]);
    for (const r of narrowed) expect(r.meta).toContain(`${year}年`);
    // The URL alone gives the same page.
    await site.page.goto(site.page.url());
    await searchDone();
    expect(await shown()).toEqual(narrowed);
    expect(await site.page.inputValue('#f-year')).toBe(year);
  });

  it('sorts by date on change, in the URL', async () => {
    await search('整改');
    await site.page.selectOption('#sort', 'date');
    await site.page.waitForURL((u) => u.searchParams.get('sort') === 'date');
    await searchDone();
    const order = (await shown()).map((r) => speeches.findIndex((s) => s.url === r.url));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('narrows to a range of years', async () => {
    const dated = speeches.filter((s) => s.year);
    const years = [...new Set(dated.map((s) => s.year!))].sort();
    const [from, to] = [years[0]!, years[years.length - 2]!];
    await search('整改', `&from=${from}&to=${to}`);
    const want = truth(pages, '整改').filter((t) => {
      const y = speeches.find((s) => s.url === t.url)!.year;
      return y !== null && y >= from && y <= to;
    });
    expect(want.length).toBeGreaterThan(0);
    expect((await shown()).map((r) => r.url).sort()).toEqual(want.map((t) => t.url).sort());
    expect(await site.page.inputValue('#f-from')).toBe(String(from));
  });

  it('finds a phrase typed without its punctuation, says so and marks the text as written', async () => {
    await search('上面热下面冷');
    expect(await site.page.textContent('#status')).toMatch(/1 篇讲话.*忽略标点/);
    expect(await site.page.locator('[data-result] .passages mark').first().textContent()).toBe('上面热、下面冷');
  });

  it('suggests the nearest query that finds something when nothing is found', async () => {
    await search('维护两个');
    expect(await site.page.textContent('#status')).toContain('没有讲话');
    const suggestion = site.page.locator('#suggest a').first();
    const q = new URL((await suggestion.getAttribute('href'))!, site.url).searchParams.get('q')!;
    expect(truth(pages, q).length).toBeGreaterThan(0);
    await suggestion.click();
    await site.page.waitForURL((u) => u.searchParams.get('q') === q);
    await searchDone();
    expect(await site.page.locator('[data-result]').count()).toBe(truth(pages, q).length);
  });

  it('suggests another wording of a glossary concept', async () => {
    const concepts = JSON.parse(read(join(dir, 'concepts.json'))) as { term: string; variants: string[] }[];
    // A wording no speech uses, of a concept another wording of which some speech does use.
    const pick = concepts
      .flatMap((c) =>
        [c.term, ...c.variants].map((w) => ({ w, others: [c.term, ...c.variants].filter((o) => o !== w && truth(pages, o).length > 0) })),
      )
      .find(({ w, others }) => truth(pages, w).length === 0 && others.length > 0);
    if (!pick) return console.warn('no glossary wording without a use in the seeds: skipped');
    await search(pick.w);
    const offered = await site.page.$$eval('#suggest a', (as) => as.map((a) => a.textContent));
    expect(offered.some((o) => pick.others.includes(o ?? ''))).toBe(true);
  });

  it('gives one count on /search/ and /concordance/', async () => {
    for (const q of ['整改', '压紧压实', '两个维护']) {
      await search(q);
      const total = truth(pages, q).reduce((n, t) => n + t.count, 0);
      expect(await site.page.textContent('#status')).toContain(`共 ${total} 处`);
      // Passages are the speech's text, without the page's ¶ links.
      for (const text of await site.page.$$eval('[data-result] .passages', (p) => p.map((x) => x.textContent ?? '')))
        expect(text).not.toContain('¶');
      await site.page.goto(`${site.url}concordance/?q=${encodeURIComponent(q)}`);
      await concordanceDone(site.page);
      expect(await site.page.textContent('#status')).toContain(`共 ${total} 处`);
      expect(await site.page.locator('[data-kwic]').count()).toBe(total);
      for (const text of await site.page.$$eval('[data-kwic] .left, [data-kwic] .right', (p) => p.map((x) => x.textContent ?? '')))
        expect(text).not.toContain('¶');
    }
  });
});

describe('search form layout', () => {
  it('lines its controls up in a grid: equal heights, three a row on a 390 px phone (the results start on the first screen) and no sideways scroll', async () => {
    for (const width of [1366, 390]) {
      await site.page.setViewportSize({ width, height: 900 });
      await site.page.goto(`${site.url}search/`);
      await searchDone();
      const boxes = await site.page.$$eval('#search-form select, #search-form button', (els) =>
        els.map((e) => e.getBoundingClientRect()).map((r) => ({ x: Math.round(r.x), h: Math.round(r.height) })),
      );
      expect(new Set(boxes.map((b) => b.h)).size, `${width}px`).toBe(1);
      if (width === 390) expect(new Set(boxes.map((b) => b.x)).size).toBe(3);
      expect(await site.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    }
    await site.page.setViewportSize({ width: 1280, height: 720 });
  });
});

describe('quick box in the header', () => {
  it('answers as you type with speeches, concepts and campaigns, and offers full-text search', async () => {
    await site.page.goto(site.url);
    await site.page.type('#quick-q', '巡视', { delay: 40 });
    await site.page.waitForSelector('#quick-results[aria-busy="false"] [data-quick-result]');
    const answers = await site.page.$$eval('#quick-results [data-quick-result] a', (as) =>
      as.map((a) => ({ href: new URL((a as HTMLAnchorElement).href).pathname, text: a.textContent ?? '' })),
    );
    expect(answers.some((a) => a.href.startsWith('/concepts/'))).toBe(true);
    const titled = speeches.filter((s) => s.title.includes('巡视'));
    expect(titled.length).toBeGreaterThan(0);
    for (const s of titled) expect(answers.map((a) => a.href)).toContain(s.url);
    const full = site.page.locator('#quick-results [data-full] a');
    expect(new URL((await full.getAttribute('href'))!, site.url).searchParams.get('q')).toBe('巡视');
    await full.click();
    await site.page.waitForURL(/\/search\/\?q=/);
    await searchDone();
    expect(await site.page.locator('[data-result]').count()).toBe(Math.min(10, truth(pages, '巡视').length));
  });
});
