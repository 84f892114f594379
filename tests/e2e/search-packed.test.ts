/**
 * The search files are stored gzipped (the text chunks deflated with a preset dictionary) and
 * inflated by the page (src/lib/search/shared/packed.ts):
 * a plain static server sends the compressed bytes, and a browser without
 * DecompressionStream searches too (the page inflates with its own fflate).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { siteDir } from '../helpers/build-site.ts';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';
import { read, readCatalog, speechUnits } from '../helpers/dist-pages.ts';

const PHRASE = '两个维护';

/** Speech URLs whose text (headings and paragraphs) contains `phrase`. */
function truth(phrase: string): string[] {
  const dir = siteDir('root');
  return readCatalog(dir)
    .filter((e) =>
      speechUnits(read(join(dir, e.url.slice(1), 'index.html')))
        .slice(1)
        .some((u) => u.includes(phrase)),
    )
    .map((e) => e.url)
    .sort();
}

const site = useSiteInBrowser('root');

/** Runs /search/?q=PHRASE in `context`; the result URLs, the status line, and the search files received (path → first two bytes). */
async function search(context: BrowserContext) {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const files = new Map<string, number[]>();
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (/^\/(search-index|search-data)\/|^\/search\/t2s/.test(path))
      void r.body().then(
        (b) => files.set(path, [...b.subarray(0, 2)]),
        () => undefined,
      );
  });
  await page.goto(`${site.url}search/?q=${encodeURIComponent(PHRASE)}`);
  await page.waitForFunction(
    () =>
      document.querySelector('#results')?.getAttribute('aria-busy') === 'false' &&
      /篇讲话|没有讲话|检索出错/.test(document.querySelector('#status')?.textContent ?? ''),
  );
  const urls = await page.$$eval('[data-result] a.title', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const status = (await page.textContent('#status')) ?? '';
  await page.close();
  return { urls: urls.sort(), status, files, errors };
}

describe('search files stored gzipped', () => {
  it('are sent compressed by a plain file server and inflated by the page', async () => {
    const context = await site.newContext();
    try {
      const { urls, status, files, errors } = await search(context);
      expect(errors).toEqual([]);
      expect(status).toMatch(/篇讲话/);
      expect(urls).toEqual(truth(PHRASE));
      const kinds = [...files.keys()];
      expect(kinds.some((p) => p.startsWith('/search-index/') && p.endsWith('.bin'))).toBe(true);
      expect(kinds.some((p) => p.startsWith('/search-data/text/'))).toBe(true);
      expect(kinds).toContain('/search-data/filters.json.gz');
      expect(kinds).toContain('/search-data/text-dictionary.gz');
      // Everything but the manifest arrives as gzip (magic 0x1f 0x8b); a text chunk as zlib
      // with a preset dictionary (0x78, then flags with FDICT, 0x20, set).
      for (const [path, head] of files) {
        if (path.endsWith('manifest.json')) continue;
        if (path.endsWith('.json.zlib')) {
          expect(head[0], path).toBe(0x78);
          expect(head[1]! & 0x20, path).toBe(0x20);
        } else expect(head, path).toEqual([0x1f, 0x8b]);
      }
    } finally {
      await context.close();
    }
  });

  it('are inflated in a browser without DecompressionStream (the page inflates with fflate, not the platform)', async () => {
    const context = await site.newContext();
    await context.addInitScript(() => {
      // As in a browser from before DecompressionStream.
      Reflect.deleteProperty(globalThis, 'DecompressionStream');
    });
    try {
      const { urls, status, errors } = await search(context);
      expect(errors).toEqual([]);
      expect(status).toMatch(/篇讲话/);
      expect(urls).toEqual(truth(PHRASE));
    } finally {
      await context.close();
    }
  });
});

describe('the text chunks’ dictionary', () => {
  it('is not loaded with the page, but as soon as the search box gets focus, before any query', async () => {
    const context = await site.newContext();
    try {
      const page = await context.newPage();
      const asked: string[] = [];
      page.on('request', (r) => asked.push(new URL(r.url()).pathname));
      await page.goto(`${site.url}search/`);
      // The page without a query is ready once its list says so and its filters are filled.
      await page.waitForFunction(
        () =>
          document.querySelector('#results')?.getAttribute('aria-busy') === 'false' &&
          document.querySelectorAll('#f-year option').length > 1,
      );
      expect(asked).not.toContain('/search-data/text-dictionary.gz');
      const loaded = page.waitForResponse((r) => new URL(r.url()).pathname === '/search-data/text-dictionary.gz');
      await page.focus('#q');
      expect((await loaded).status()).toBe(200);
      expect(asked.filter((p) => p.startsWith('/search-data/text/'))).toEqual([]);
      // A query then uses it: results with passages, and the dictionary is not asked for again.
      await page.fill('#q', PHRASE);
      await page.press('#q', 'Enter');
      await page.waitForFunction(
        () =>
          document.querySelector('#results')?.getAttribute('aria-busy') === 'false' &&
          /篇讲话/.test(document.querySelector('#status')?.textContent ?? ''),
      );
      expect(await page.locator('[data-result] .passages mark').count()).toBeGreaterThan(0);
      expect(asked.filter((p) => p === '/search-data/text-dictionary.gz')).toHaveLength(1);
      await page.close();
    } finally {
      await context.close();
    }
  });
});
