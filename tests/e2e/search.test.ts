/**
 * A reader in a real browser (Debian Chromium) on the built site, served by a
 * plain static server: search from the URL, follow a result, use the site
 * under a sub-path.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { siteDir } from '../helpers/build-site.ts';
import { read, readCatalog, speechUnits } from '../helpers/dist-pages.ts';
import { filtersFilled } from '../helpers/page-waits.ts';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';

/** Speech URLs whose text (headings and paragraphs, as the page shows them) contains `phrase`: the truth a search must match. */
function speechesContaining(dir: string, base: string, phrase: string): string[] {
  const entries = readCatalog(dir);
  return entries
    .filter((e) =>
      speechUnits(read(join(dir, e.url.slice(base.length), 'index.html')))
        .slice(1)
        .some((u) => u.includes(phrase)),
    )
    .map((e) => e.url)
    .sort();
}

async function searchFor(page: Page, url: string): Promise<{ href: string; title: string }[]> {
  await page.goto(url);
  await page.waitForSelector('#results[aria-busy="false"]', { state: 'attached' });
  await page.waitForFunction(() => document.querySelector('#status')?.textContent?.includes('讲话'));
  return page.$$eval('[data-result]', (items) =>
    items.map((li) => {
      const a = li.querySelector<HTMLAnchorElement>('a')!;
      return { href: new URL(a.href).pathname + new URL(a.href).hash, title: a.textContent ?? '' };
    }),
  );
}

/** Until /search/ has finished with results: the list not busy and the status line counting speeches. */
const speechesListed = (page: Page) =>
  page.waitForFunction(
    () =>
      document.querySelector('#results')?.getAttribute('aria-busy') === 'false' &&
      /篇讲话/.test(document.querySelector('#status')?.textContent ?? ''),
  );

for (const [name, base] of [
  ['root', '/'],
  ['archive', '/archive/'],
] as const) {
  describe(`the site served at ${base}`, () => {
    const site = useSiteInBrowser(name, { base, page: true });

    it('lists exactly the speeches that contain 两个维护 for /search/?q=两个维护', async () => {
      const truth = speechesContaining(siteDir(name), base, '两个维护');
      expect(truth.length).toBeGreaterThan(0);
      const results = await searchFor(site.page, `${site.url}search/?q=${encodeURIComponent('两个维护')}`);
      expect(results.map((r) => r.href.replace(/#.*/, '')).sort()).toEqual(truth);
    });

    it('opens the right speech at the paragraph holding the phrase from a result link', async () => {
      const [first] = await searchFor(site.page, `${site.url}search/?q=${encodeURIComponent('两个维护')}`);
      expect(first!.href).toMatch(/#p\d+$/);
      await site.page.click('[data-result] a');
      await site.page.waitForURL(/\/speeches\//);
      expect(await site.page.textContent('h1')).toBe(first!.title);
      const id = new URL(site.page.url()).hash.slice(1);
      expect(await site.page.textContent(`[id="${id}"]`)).toContain('两个维护');
    });

    it('finds nothing for a phrase that no speech contains', async () => {
      const results = await searchFor(site.page, `${site.url}search/?q=${encodeURIComponent('量子纠缠')}`);
      expect(results).toEqual([]);
    });

    it('searches from the box in the header of the home page', async () => {
      await site.page.goto(site.url);
      const css = await site.page.$$eval('link[rel="stylesheet"]', (links) => links.map((l) => (l as HTMLLinkElement).href));
      for (const href of css) expect((await site.page.request.get(href)).status()).toBe(200);
      await site.page.fill('#quick-q', '四风');
      await site.page.press('#quick-q', 'Enter');
      await site.page.waitForURL(/\/search\/\?q=/);
      await site.page.waitForSelector('#results[aria-busy="false"] [data-result]');
      const truth = speechesContaining(siteDir(name), base, '四风');
      expect(await site.page.locator('[data-result]').count()).toBe(truth.length);
    });

    it('shows one set of results when a search is started again before the last one ends', async () => {
      await site.page.goto(`${site.url}search/`);
      await filtersFilled(site.page);
      await site.page.evaluate(() => {
        const form = document.querySelector<HTMLFormElement>('#search-form')!;
        document.querySelector<HTMLInputElement>('#q')!.value = '整改';
        form.requestSubmit();
        document.querySelector<HTMLInputElement>('#q')!.value = '四风';
        form.requestSubmit();
        form.requestSubmit();
      });
      await speechesListed(site.page);
      const hrefs = await site.page.$$eval('[data-result] a.title', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(hrefs.sort()).toEqual(speechesContaining(siteDir(name), base, '四风'));
      expect(await site.page.textContent('#status')).toContain('四风');
    });

    it('loads what a typed query needs before Enter, so Enter fetches nothing more', async () => {
      await site.page.goto(`${site.url}search/`);
      await filtersFilled(site.page);
      const requested: string[] = [];
      const listen = (r: { url(): string }) => requested.push(new URL(r.url()).pathname);
      site.page.on('request', listen);
      await site.page.type('#q', '两个维护', { delay: 30 });
      // The index files of its grams, then the passages of its first page of results.
      await expect.poll(() => requested.some((u) => u.includes('/search-index/')), { timeout: 5000 }).toBe(true);
      await expect.poll(() => requested.some((u) => u.includes('/search-data/text/')), { timeout: 5000 }).toBe(true);
      // Until the network is quiet: a passage may need a second chunk.
      await expect
        .poll(
          async () => {
            const n = requested.length;
            await site.page.waitForTimeout(300);
            return requested.length === n;
          },
          { timeout: 5000 },
        )
        .toBe(true);
      const typing = requested.length;
      await site.page.press('#q', 'Enter');
      await speechesListed(site.page);
      site.page.off('request', listen);
      expect(requested.slice(typing).filter((u) => u.includes('/search-data/') || u.includes('/search-index/'))).toEqual([]);
      const hrefs = await site.page.$$eval('[data-result] a.title', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(hrefs.sort()).toEqual(speechesContaining(siteDir(name), base, '两个维护'));
    });

    it('narrows results with the campaign filter', async () => {
      await searchFor(site.page, `${site.url}search/?q=${encodeURIComponent('主题教育')}`);
      const options = await site.page.$$eval('#f-campaign option', (o) => o.map((x) => (x as HTMLOptionElement).value).filter(Boolean));
      expect(options.length).toBeGreaterThan(1);
      const all = await site.page.locator('[data-result]').count();
      await site.page.selectOption('#f-campaign', options[0]!);
      // The filter applies on change, and the URL says so.
      await site.page.waitForURL((u) => u.searchParams.get('campaign') === options[0]);
      await site.page.waitForSelector('#results[aria-busy="false"]', { state: 'attached' });
      const narrowed = await site.page.locator('[data-result]').count();
      expect(narrowed).toBeGreaterThan(0);
      expect(narrowed).toBeLessThanOrEqual(all);
      for (const meta of await site.page.$$eval('[data-result] .meta', (m) => m.map((x) => x.textContent ?? ''))) {
        expect(meta).toContain(options[0]!);
      }
    });
  });
}
