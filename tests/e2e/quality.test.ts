/**
 * In the browser: the site works under its own Content-Security-Policy, asks no
 * other host for anything, has no serious or critical axe-core violations, and can
 * be used from the keyboard.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { seriousAxeViolations } from '../helpers/axe.ts';
import { siteDir } from '../helpers/build-site.ts';
import { readCatalog } from '../helpers/dist-pages.ts';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';

const speeches = readCatalog(siteDir('root'));
const concepts: { url: string; occurrences: number }[] = JSON.parse(readFileSync(join(siteDir('root'), 'concepts.json'), 'utf8'));
const PAGES = {
  home: '',
  speech: speeches[0]!.url.slice(1),
  concept: concepts.find((c) => c.occurrences > 0)!.url.slice(1),
  search: `search/?q=${encodeURIComponent('主题教育')}`,
};

const site = useSiteInBrowser('root');

async function open(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(new URL(path, site.url).href);
  if (path.startsWith('search/')) await page.waitForSelector('#results[aria-busy="false"] [data-result]');
  return page;
}

describe('security in the browser', () => {
  it('runs every page type, search included, without a CSP violation or a request to another host', async () => {
    const context = await site.newContext();
    const foreign: string[] = [];
    context.on('request', (r) => {
      if (!r.url().startsWith(site.url) && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    for (const path of Object.values(PAGES)) {
      const page = await context.newPage();
      const violations: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
      });
      await page.goto(new URL(path, site.url).href);
      if (path.startsWith('search/')) {
        await page.waitForSelector('#results[aria-busy="false"] [data-result]');
        expect(await page.locator('[data-result]').count()).toBeGreaterThan(0);
      }
      expect(violations, path).toEqual([]);
      await page.close();
    }
    expect(foreign).toEqual([]);
    await context.close();
  });
});

describe('accessibility', () => {
  for (const [name, path] of Object.entries(PAGES)) {
    it(`has no serious or critical axe-core violation on the ${name} page`, async () => {
      // axe is injected as an inline script, which the site's own CSP rightly forbids.
      const context = await site.newContext({ bypassCSP: true });
      const page = await open(context, path);
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
      await context.close();
    });
  }

  it('can be used from the keyboard: skip link first, then the navigation, and search by Enter', async () => {
    const context = await site.newContext();
    const page = await open(context, PAGES.speech);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
    await page.keyboard.press('Enter');
    // Following an in-page link updates the address after the key press returns.
    await page.waitForFunction(() => location.hash === '#main', undefined, { timeout: 5000 });
    expect(new URL(page.url()).hash).toBe('#main');
    await page.keyboard.press('Shift+Tab');
    await page.focus('#quick-q');
    await page.keyboard.type('四个意识');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#results[aria-busy="false"] [data-result]');
    expect(await page.locator('[data-result]').count()).toBeGreaterThan(0);
    await context.close();
  });
});
