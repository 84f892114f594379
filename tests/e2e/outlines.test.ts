/**
 * A campaign's outlines side by side, in real Chromium: the bundled speeches built as one
 * campaign (front matter sets it), so its page has several outlines to compare.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { HtmlValidate } from 'html-validate';
import { seriousAxeViolations } from '../helpers/axe.ts';
import { buildSite, ROOT, TMP } from '../helpers/build-site.ts';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';
import { decodeRaw } from '../../src/lib/ingest/decode.ts';
import { ingestText } from '../../src/lib/ingest/index.ts';
import { topLevel } from '../../src/lib/annotate/outline-align.ts';

const RAW = join(ROOT, 'content/raw');
const raw = join(TMP, 'outlines-raw');

const speeches = readdirSync(RAW)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ingestText(decodeRaw(readFileSync(join(RAW, f)), f), f));
const campaign = speeches.find((s) => s.campaign)!.campaign!;
const withParts = speeches.filter((s) => topLevel(s.outline).length > 0);

let campaignUrl: string;
let outDir: string;
beforeAll(() => {
  mkdirSync(raw, { recursive: true });
  for (const f of readdirSync(RAW).filter((x) => x.endsWith('.txt'))) {
    writeFileSync(join(raw, f), `---\ncampaign: ${JSON.stringify(campaign)}\n---\n${decodeRaw(readFileSync(join(RAW, f)), f)}`);
  }
  const build = buildSite('site-outlines', { ARCHIVE_RAW: raw, ARCHIVE_SHARD_SIZE: '5' });
  if (build.status !== 0) throw new Error(`build failed:\n${build.output}`);
  outDir = build.outDir;
}, 600_000);
const site = useSiteInBrowser(() => outDir);
beforeAll(async () => {
  const catalog = JSON.parse(readFileSync(join(outDir, 'speeches.json'), 'utf8')) as { url: string }[];
  const page = await site.newPage();
  await page.goto(new URL(catalog[0]!.url.slice(1), site.url).href);
  campaignUrl = await page
    .locator('dd a[href*="/campaigns/"]')
    .first()
    .evaluate((a) => (a as HTMLAnchorElement).href);
  await page.close();
});

async function open(width: number): Promise<Page> {
  const page = await site.newPage({ viewport: { width, height: 900 } });
  await page.goto(campaignUrl);
  await page.getByRole('link', { name: '提纲对照' }).click();
  await page.waitForSelector('[data-outline-compare]');
  return page;
}

describe('outlines side by side', () => {
  it('shows each speech with parts as a column, every part in order, linking to its anchor', async () => {
    const page = await open(1366);
    const columns = await page.$$eval('[data-outline-compare] thead th a', (as) => as.map((a) => a.textContent));
    expect([...columns].sort()).toEqual(withParts.map((s) => s.title).sort());
    const cells = await page.$$eval('[data-outline-compare] tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td:not(.shared)')].map((td) => td.querySelector('a')?.getAttribute('href') ?? null)),
    );
    columns.forEach((title, c) => {
      const s = withParts.find((x) => x.title === title)!;
      const hrefs = cells.map((row) => row[c]).filter((h): h is string => h !== null);
      expect(hrefs.map((h) => h.split('#')[1])).toEqual(topLevel(s.outline).map((p) => p.id));
    });
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText, the text as shown
    const text = await page.locator('[data-outline-compare]').innerText();
    for (const s of withParts) for (const p of topLevel(s.outline)) expect(text).toContain(p.label);
    const file = join(outDir, new URL(page.url()).pathname, 'index.html');
    const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(readFileSync(file, 'utf8'), file);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
    await page.screenshot({ path: join(TMP, 'outlines-1366.png'), fullPage: true });
    await page.close();
  });

  it('scrolls inside its own box on a 390 px phone, with no sideways scroll of the page and no serious axe violation', async () => {
    const page = await open(390);
    const sizes = await page.evaluate(() => {
      const box = document.querySelector('[data-outline-compare]')!;
      return {
        page: document.documentElement.scrollWidth,
        view: document.documentElement.clientWidth,
        box: box.scrollWidth,
        boxView: box.clientWidth,
      };
    });
    expect(sizes.page).toBeLessThanOrEqual(sizes.view);
    expect(sizes.box).toBeGreaterThan(sizes.boxView);
    await page.screenshot({ path: join(TMP, 'outlines-390.png'), fullPage: true });
    await page.close();
    const context = await site.newContext({ bypassCSP: true, viewport: { width: 390, height: 900 } });
    const axePage = await context.newPage();
    await axePage.goto(`${campaignUrl}outlines/`);
    expect(await seriousAxeViolations(axePage)).toEqual([]);
    await context.close();
  });
});
