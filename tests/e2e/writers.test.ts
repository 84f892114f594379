/** Writers' tools in the browser: the concordance of a phrase, and copying a passage with its citation. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteDir } from '../helpers/build-site.ts';
import { read, readCatalog, speechUnits } from '../helpers/dist-pages.ts';
import { concordanceDone } from '../helpers/page-waits.ts';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';

const speeches = readCatalog(siteDir('root'));
/** Occurrences of a phrase in the built pages' text: the concordance must list each once. */
const occurrences = (phrase: string) =>
  speeches
    .flatMap((s) => speechUnits(read(join(siteDir('root'), s.url, 'index.html'))).slice(1))
    .reduce((n, u) => n + u.split(phrase).length - 1, 0);

const site = useSiteInBrowser('root', { page: { permissions: ['clipboard-read', 'clipboard-write'] } });

async function concordance(q: string, extra = ''): Promise<string[]> {
  await site.page.goto(`${site.url}concordance/?q=${encodeURIComponent(q)}${extra}`);
  await concordanceDone(site.page);
  return site.page.$$eval('[data-kwic] .right', (r) => r.map((x) => x.textContent ?? ''));
}

describe('concordance', () => {
  it('lists every occurrence as a line, sorted by right context', async () => {
    const rights = await concordance('压紧压实');
    expect(rights.length).toBe(occurrences('压紧压实'));
    expect([...rights].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(rights);
    const href = (await site.page.locator('[data-kwic] a').first().getAttribute('href'))!;
    expect(href).toMatch(/\/speeches\/.+\?q=.+#p\d+$/);
  });

  it('sorts by left context and by date, counts per year, and filters by campaign', async () => {
    await concordance('压紧压实', '&sort=left');
    const lefts = await site.page.$$eval('[data-kwic] .left', (l) => l.map((x) => [...(x.textContent ?? '')].reverse().join('')));
    expect([...lefts].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(lefts);
    await concordance('主题教育', '&sort=date');
    const all = await site.page.locator('[data-kwic]').count();
    expect(all).toBe(occurrences('主题教育'));
    const years = await site.page.$$eval('#per-year tbody tr', (rows) => rows.map((r) => Number(r.lastElementChild?.textContent)));
    expect(years.reduce((a, b) => a + b, 0)).toBe(all);
    const speech2019 = speeches.find((s) => s.date?.startsWith('2019'))!;
    await concordance('主题教育', `&campaign=${encodeURIComponent(speech2019.campaign!)}`);
    const narrowed = await site.page.locator('[data-kwic]').count();
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(all);
  });

  it('copies a line as its sentence with the citation', async () => {
    await concordance('一针见血');
    await site.page.click('[data-kwic] button.copy-cite');
    await site.page.waitForSelector('[data-kwic] button[data-copied]');
    const copied = await site.page.evaluate(() => navigator.clipboard.readText());
    const s = speeches.find((x) => x.date === '2019-11-12')!;
    expect(copied).toMatch(/一针见血地指出了.*。\n——/);
    expect(copied).toContain(`——${s.speaker}《${s.title}》（2019年11月12日），${site.url}${s.url.slice(1)}#p`);
  });
});

describe('copy a paragraph with its citation', () => {
  it('copies the paragraph text, speaker, title, date and the paragraph URL', async () => {
    const s = speeches.find((x) => x.date === '2019-11-12')!;
    await site.page.goto(new URL(s.url.slice(1), site.url).href);
    const p2 = site.page.locator('.speech-body p#p2');
    await p2.locator('button.copy-cite').click();
    await site.page.waitForSelector('#p2 button[data-copied]');
    const copied = await site.page.evaluate(() => navigator.clipboard.readText());
    const text = (
      await p2.evaluate((p) =>
        [...p.childNodes]
          .filter((n) => !(n instanceof Element && n.matches('.para-link, .copy-cite')))
          .map((n) => n.textContent)
          .join(''),
      )
    ).trim();
    expect(text.length).toBeGreaterThan(50);
    expect(copied).toBe(`${text}\n——${s.speaker}《${s.title}》（2019年11月12日），${site.url}${s.url.slice(1)}#p2`);
  });
});
