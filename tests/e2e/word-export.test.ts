/** 下载 Word on a speech page, in real Chromium under the site's CSP: the file read back with mammoth holds the speech and its citation. */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import mammoth from 'mammoth';
import { siteDir } from '../helpers/build-site.ts';
import { readCatalog } from '../helpers/dist-pages.ts';
import { concordanceDone } from '../helpers/page-waits.ts';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';

const speeches = readCatalog(siteDir('root'));

const site = useSiteInBrowser('root');

/** Clicks `button` and waits until the page says the file is made (已生成): the file's suggested name and its bytes. */
async function download(page: Page, button: Locator): Promise<{ name: string; buffer: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  await page.waitForFunction(() => /已生成/.test(document.querySelector('#download-status')?.textContent ?? ''));
  return { name: file.suggestedFilename(), buffer: await readFile((await file.path())!) };
}

describe('下载 Word on a speech page', () => {
  it('downloads the whole speech: title, byline, headings, every paragraph with its anchor, and the citation', async () => {
    const s = speeches.find((x) => x.date && x.speaker)!;
    const context = await site.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(r.url()));
    const url = new URL(s.url.slice(1), site.url).href;
    await page.goto(`${url}?q=${encodeURIComponent(s.title.slice(0, 2))}`);
    // No page pays for the docx library until the reader asks.
    expect(loaded.some((u) => /word-document.*\.js$/.test(u))).toBe(false);
    const { name, buffer } = await download(page, page.getByRole('button', { name: '下载 Word' }));
    expect(loaded.some((u) => /word-document.*\.js$/.test(u))).toBe(true);
    expect(name).toBe(`${s.title}.docx`);
    const text = (await mammoth.extractRawText({ buffer })).value;
    const html = (await mammoth.convertToHtml({ buffer })).value;

    const paragraphs = await page.$$eval('.speech-body > p[id^="p"]', (ps) =>
      ps.map((p) => ({
        id: p.id,
        text: [...p.childNodes]
          .filter((n) => !(n instanceof Element && n.matches('.para-link, .copy-cite')))
          .map((n) => n.textContent)
          .join('')
          .trim(),
      })),
    );
    const headings = await page.$$eval('.speech-body > h2', (hs) => hs.map((h) => h.textContent ?? ''));
    expect(paragraphs.length).toBeGreaterThan(5);
    const lines = text.split('\n').filter(Boolean);
    expect(lines[0]).toBe(s.title);
    expect(lines[1]).toContain(s.speaker!);
    for (const p of paragraphs) {
      expect(text).toContain(p.text);
      // Each paragraph links to its anchor on the page it came from, without the ?q= of this visit.
      expect(html).toContain(`<a href="${url}#${p.id}"> ¶${p.id.slice(1)}</a>`);
    }
    for (const h of headings) expect(html).toContain(`<h1>${h}</h1>`);
    const [y, m, d] = s.date!.split('-').map(Number);
    expect(lines.at(-1)).toBe(`出处：${s.speaker}《${s.title}》（${y}年${m}月${d}日），${url}`);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('下载 Word on the concordance', () => {
  it('downloads the lines on screen, each sentence followed by its citation with the paragraph address', async () => {
    const context = await site.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${site.url}concordance/?q=${encodeURIComponent('一针见血')}`);
    await concordanceDone(page);
    const lines = await page.locator('[data-kwic]').count();
    expect(lines).toBeGreaterThan(0);
    const { name, buffer } = await download(page, page.getByRole('button', { name: /下载 Word/ }));
    expect(name).toBe('一针见血-语境.docx');
    const text = (await mammoth.extractRawText({ buffer })).value;
    const s = speeches.find((x) => x.date === '2019-11-12')!;
    expect(text).toContain('“一针见血”的用例');
    expect(text).toMatch(/一针见血地指出了[^\n]*。/);
    expect(text).toContain(`——${s.speaker}《${s.title}》（2019年11月12日），${site.url}${s.url.slice(1)}#p`);
    expect(text.match(/——/g)).toHaveLength(lines);
    await context.close();
  });
});

describe('下载 Word on /search/', () => {
  it('downloads the passages of the results on screen, each followed by its citation with the paragraph address', async () => {
    const context = await site.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${site.url}search/?q=${encodeURIComponent('压紧压实')}`);
    await page.waitForSelector('#results[aria-busy="false"] [data-result]');
    const shown = await page.$$eval('[data-result] .passages li', (ls) => ls.length);
    expect(shown).toBeGreaterThan(0);
    const { name, buffer } = await download(page, page.getByRole('button', { name: /下载 Word/ }));
    expect(name).toBe('压紧压实-检索结果.docx');
    const text = (await mammoth.extractRawText({ buffer })).value;
    expect(text).toContain('“压紧压实”的检索结果');
    // One citation per passage on screen, each with the address of its paragraph.
    expect(text.match(/——[^\n]*《[^\n]*》[^\n]*，http:\/\/[^\n]*#(?:p|s)\d+/g)).toHaveLength(shown);
    expect(text.match(/压紧压实/g)!.length).toBeGreaterThan(shown);
    await context.close();
  });
});
