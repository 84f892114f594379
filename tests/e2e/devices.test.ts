/**
 * The archive as cadres and writers use it: on an intranet host over plain HTTP (not a
 * secure context), on a 390 px phone, on paper. Each test is a defect once seen.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { seriousAxeViolations } from '../helpers/axe.ts';
import { siteDir } from '../helpers/build-site.ts';
import { readCatalog } from '../helpers/dist-pages.ts';
import { concordanceDone } from '../helpers/page-waits.ts';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';

const speeches = readCatalog(siteDir('root'));
const concept = (JSON.parse(readFileSync(`${siteDir('root')}/concepts.json`, 'utf8')) as { url: string; occurrences: number }[]).find(
  (c) => c.occurrences > 0,
)!;
const dated = speeches.find((s) => s.date === '2019-11-12')!;
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };
const DESKTOP = { viewport: { width: 1366, height: 900 } };

/** The site also at `site.intranetUrl`, `http://archive.test:PORT/`: plain HTTP on a name that is not localhost. */
const site = useSiteInBrowser('root', { intranetHost: 'archive.test' });

async function open(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** What the clipboard holds, read on the trusted origin (localhost) of the same browser. */
async function clipboardText(context: BrowserContext): Promise<string> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
  const reader = await open(context, site.url);
  const text = await reader.evaluate(() => navigator.clipboard.readText());
  await reader.close();
  return text;
}

describe('copying on an intranet host (plain HTTP, not a secure context)', () => {
  it('copies a paragraph with its citation by 引 and says so', async () => {
    const context = await site.newContext(DESKTOP);
    const page = await open(context, new URL(dated.url.slice(1), site.intranetUrl).href);
    expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
    expect(await page.evaluate(() => 'clipboard' in navigator && navigator.clipboard !== undefined)).toBe(false);
    await page.locator('#p2 button.copy-cite').click();
    await page.waitForFunction(() => /已复制|Ctrl\+C/.test(document.querySelector('#copy-status')?.textContent ?? ''));
    const status = await page.locator('#copy-status').textContent();
    expect(status).toMatch(/^已复制/);
    const copied = await clipboardText(context);
    expect(copied).toContain(`——${dated.speaker}《${dated.title}》（2019年11月12日），${site.intranetUrl}${dated.url.slice(1)}#p2`);
    expect(copied).not.toMatch(/[¶引]\n/);
    await context.close();
  });

  it('copies the paragraph link by ¶ and says so', async () => {
    const context = await site.newContext(DESKTOP);
    const page = await open(context, new URL(dated.url.slice(1), site.intranetUrl).href);
    await page.locator('#p3 a.para-link').click();
    await page.waitForFunction(() => /已复制/.test(document.querySelector('#copy-status')?.textContent ?? ''));
    expect(await clipboardText(context)).toBe(`${site.intranetUrl}${dated.url.slice(1)}#p3`);
    await context.close();
  });

  it('selects the text and says to press Ctrl+C when the browser refuses to copy', async () => {
    const context = await site.newContext(DESKTOP);
    const page = await open(context, new URL(dated.url.slice(1), site.intranetUrl).href);
    // A browser (or policy) that refuses the copy command.
    await page.evaluate(() => {
      document.execCommand = () => false;
    });
    await page.locator('#p2 button.copy-cite').click();
    await page.waitForFunction(() => /Ctrl\+C/.test(document.querySelector('#copy-status')?.textContent ?? ''));
    const box = page.locator('#copy-box');
    expect(await box.isVisible()).toBe(true);
    const selected = await page.evaluate(() => {
      const b = document.querySelector<HTMLTextAreaElement>('#copy-box')!;
      return b.value.slice(b.selectionStart, b.selectionEnd);
    });
    expect(selected).toContain(`《${dated.title}》`);
    await box.press('Escape');
    expect(await box.isVisible()).toBe(false);
    await context.close();
  });
});

describe('a speech page on a phone', () => {
  it('begins the speech on the first screen, with the concepts folded into one line', async () => {
    const context = await site.newContext(PHONE);
    const page = await open(context, new URL(dated.url.slice(1), site.url).href);
    const top = await page
      .locator('.speech-body p')
      .first()
      .evaluate((p) => p.getBoundingClientRect().top);
    expect(top).toBeLessThan(844);
    const chips = page.locator('details.chips');
    expect(await chips.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect((await chips.locator('summary').boundingBox())!.height).toBeLessThan(40);
    await chips.locator('summary').tap();
    expect(await chips.locator('.pills a').first().isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  });

  it('shows the first search result on the first screen, under the filters', async () => {
    const context = await site.newContext(PHONE);
    const page = await open(context, new URL('search/?q=%E6%95%B4%E6%94%B9', site.url).href);
    await page.locator('#results[aria-busy="false"]').waitFor();
    const first = page.locator('#results [data-result]').first();
    expect(await first.count()).toBe(1);
    expect(
      await first
        .locator('a')
        .first()
        .evaluate((a) => a.getBoundingClientRect().top),
    ).toBeLessThan(844);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  });

  it('shows a concept’s definition in place on the first tap, opens its page on the second, and Esc closes it', async () => {
    const context = await site.newContext(PHONE);
    const page = await open(context, new URL(dated.url.slice(1), site.url).href);
    const link = page.locator('.speech-body a.concept').first();
    await link.scrollIntoViewIfNeeded();
    const before = page.url();
    await link.tap();
    expect(await link.getAttribute('data-open')).toBe('');
    expect(page.url()).toBe(before);
    const definition = await link.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(definition.length).toBeGreaterThan(6);
    await page.keyboard.press('Escape');
    expect(await link.getAttribute('data-open')).toBeNull();
    await link.tap();
    await link.tap();
    await page.waitForURL(/\/concepts\//);
    await context.close();
  });

  it('gives 引 and ¶ targets of at least 24 × 24 px', async () => {
    const context = await site.newContext(PHONE);
    const page = await open(context, new URL(dated.url.slice(1), site.url).href);
    for (const selector of ['#p2 button.copy-cite', '#p2 a.para-link']) {
      const box = (await page.locator(selector).boundingBox())!;
      expect(box.width, selector).toBeGreaterThanOrEqual(24);
      expect(box.height, selector).toBeGreaterThanOrEqual(24);
    }
    await context.close();
  });

  it('shows chart labels at a readable size and concordance lines uncut', async () => {
    const context = await site.newContext(PHONE);
    const home = await open(context, site.url);
    const sizes = await home.$$eval('.bar-chart .bar-label', (ls) =>
      ls.map((l) => parseFloat(getComputedStyle(l).fontSize) * (l.getBoundingClientRect().height > 0 ? 1 : 0)),
    );
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    const page = await open(context, `${site.url}concordance/?q=${encodeURIComponent('整改')}`);
    await concordanceDone(page);
    const clipped = await page.$$eval(
      '[data-kwic] .left, [data-kwic] .right',
      (els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).length,
    );
    expect(clipped).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  });
});

describe('definitions on a desktop', () => {
  it('keeps a definition inside the window and closes it with Esc', async () => {
    const context = await site.newContext(DESKTOP);
    const page = await open(context, new URL(dated.url.slice(1), site.url).href);
    const links = page.locator('.speech-body a.concept');
    const n = await links.count();
    const rightmost = await links.evaluateAll((as) =>
      as.map((a) => a.getBoundingClientRect().left).reduce((m, x, i, xs) => (x > xs[m]! ? i : m), 0),
    );
    expect(n).toBeGreaterThan(0);
    const link = links.nth(rightmost);
    await link.focus();
    const inside = await link.evaluate((a) => {
      const r = a.getBoundingClientRect();
      const after = getComputedStyle(a, '::after');
      const width = parseFloat(after.width);
      // The definition box is positioned against the link (position: relative).
      const left = r.left + parseFloat(after.left);
      return {
        left,
        right: left + width,
        view: document.documentElement.clientWidth,
        shown: after.display !== 'none' && after.content !== 'none',
      };
    });
    expect(inside.shown).toBe(true);
    expect(inside.left).toBeGreaterThanOrEqual(0);
    expect(inside.right).toBeLessThanOrEqual(inside.view);
    await page.keyboard.press('Escape');
    expect(await link.evaluate((a) => getComputedStyle(a, '::after').display)).toBe('none');
    await context.close();
  });
});

describe('inferred fields', () => {
  it('marks an inferred title and shows the evidence of every mark on tap or keyboard', async () => {
    const s = speeches.find((x) => x.inferred.includes('title'))!;
    expect(s).toBeDefined();
    const context = await site.newContext(PHONE);
    const page = await open(context, new URL(s.url.slice(1), site.url).href);
    const marks = page.locator('details.inferred');
    expect(await marks.count()).toBe(s.inferred.length);
    const titleMark = page.locator('.speech-head > details.inferred');
    await titleMark.locator('summary').tap();
    expect(await titleMark.locator('.evidence').isVisible()).toBe(true);
    expect(await titleMark.locator('.evidence').textContent()).toMatch(/^依据：/);
    const second = marks.nth(1).locator('summary');
    await second.focus();
    await page.keyboard.press('Enter');
    expect(await marks.nth(1).locator('.evidence').isVisible()).toBe(true);
    await context.close();
  });
});

describe('every speech is reachable', () => {
  it('lists undated speeches under 年份不详 and speeches without a speaker under 讲话人不详', async () => {
    const context = await site.newContext(DESKTOP);
    for (const [index, label, missing] of [
      ['years/', '年份不详', (s: (typeof speeches)[number]) => s.year === null],
      ['speakers/', '讲话人不详', (s: (typeof speeches)[number]) => s.speaker === null],
    ] as const) {
      const page = await open(context, site.url + index);
      const link = page.getByRole('link', { name: new RegExp(label) });
      const without = speeches.filter(missing);
      if (!without.length) continue;
      await link.click();
      await page.waitForURL(/unknown\/$/);
      const listed = await page.$$eval('.speech-list a', (as) => as.map((a) => a.getAttribute('href')));
      for (const s of without) expect(listed, `${s.title} under ${label}`).toContain(s.url);
    }
    await context.close();
  });
});

describe('what every page has', () => {
  it('loads a favicon, has a 404 page, and no request fails on the main page types', async () => {
    const context = await site.newContext(DESKTOP);
    const failed: string[] = [];
    context.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    for (const path of ['', dated.url.slice(1), 'years/', 'concepts/', 'help/', `search/?q=${encodeURIComponent('整改')}`]) {
      const page = await open(context, site.url + path);
      await page.waitForLoadState('load');
      await page.close();
    }
    expect(failed).toEqual([]);
    const missing = await open(context, `${site.url}404.html`);
    expect(await missing.locator('h1').textContent()).toContain('找不到');
    await context.close();
  });

  it('shows the search box’s whole placeholder', async () => {
    const context = await site.newContext(DESKTOP);
    const page = await open(context, site.url);
    const fits = await page.locator('#quick-q').evaluate((input: HTMLInputElement) => {
      const ctx = document.createElement('canvas').getContext('2d')!;
      const style = getComputedStyle(input);
      ctx.font = `${style.fontSize} ${style.fontFamily}`;
      const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return ctx.measureText(input.placeholder).width <= room;
    });
    expect(fits).toBe(true);
    await context.close();
  });
});

describe('a printed speech', () => {
  it('carries its citation, with the full address, and paragraph numbers in the margin', async () => {
    const context = await site.newContext(DESKTOP);
    const page = await open(context, new URL(dated.url.slice(1), site.url).href);
    await page.emulateMedia({ media: 'print' });
    const cite = page.locator('.print-citation');
    expect(await cite.isVisible()).toBe(true);
    expect(await cite.textContent()).toBe(`引用：${dated.speaker}《${dated.title}》（2019年11月12日），${site.url}${dated.url.slice(1)}`);
    expect(await page.locator('#p12').evaluate((p) => getComputedStyle(p, '::before').content)).toBe('"12"');
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    await context.close();
  });
});

describe('every page type at both sizes', () => {
  const campaignSpeech = speeches.find((s) => s.campaign)!;
  const PAGE_TYPES = {
    home: '',
    speech: dated.url.slice(1),
    concept: concept.url.slice(1),
    concepts: 'concepts/',
    campaigns: 'campaigns/',
    years: 'years/',
    year: `years/${dated.year}/`,
    speakers: 'speakers/',
    phrases: 'phrases/',
    search: `search/?q=${encodeURIComponent('整改')}`,
    concordance: `concordance/?q=${encodeURIComponent('整改')}`,
    help: 'help/',
    about: 'about/',
    missing: '404.html',
  };
  for (const [size, options] of Object.entries({ desktop: DESKTOP, phone: PHONE })) {
    it(`has no serious or critical axe-core violation, no console error and no sideways scroll (${size})`, {
      timeout: 600_000,
    }, async () => {
      // axe is injected as an inline script, which the site's own CSP rightly forbids.
      const context = await site.newContext({ ...options, bypassCSP: true });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
      for (const [name, path] of Object.entries(PAGE_TYPES)) {
        await page.goto(site.url + path);
        if (name === 'search') await page.waitForSelector('#results[aria-busy="false"]');
        if (name === 'concordance') await page.waitForSelector('#lines[aria-busy="false"]');
        expect(await seriousAxeViolations(page), `${name} at ${size}`).toEqual([]);
        const width = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
        expect(width[0], `${name} at ${size} scrolls sideways`).toBeLessThanOrEqual(width[1]!);
      }
      expect(errors).toEqual([]);
      expect(campaignSpeech).toBeDefined();
      await context.close();
    });
  }
});

describe('previous and next speech', () => {
  it('links the older and newer speech of the archive and of the campaign, both ways', async () => {
    const context = await site.newContext(DESKTOP);
    const page = await open(context, new URL(dated.url.slice(1), site.url).href);
    const nav = page.locator('nav.speech-neighbours');
    const prev = await nav.locator('a[rel="prev"]').first().getAttribute('href');
    const i = speeches.findIndex((s) => s.slug === dated.slug);
    expect(prev).toBe(speeches[i + 1]!.url);
    await page.goto(new URL(prev!.slice(1), site.url).href);
    expect(await page.locator('nav.speech-neighbours a[rel="next"]').first().getAttribute('href')).toBe(dated.url);
    await context.close();
  });
});
