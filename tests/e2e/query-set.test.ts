/**
 * The exact-search promise, measured: for every query of a fixed set (1–15 characters;
 * idioms, cross-word substrings, punctuation inside, traditional forms, quoted, absent,
 * several phrases), /search/ lists exactly the speeches whose text contains it.
 * Truth is computed here from the built pages' text. Prints recall and precision.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { serveStatic, type Served } from '../../scripts/lib/static-server.ts';
import { parseQuery } from '../../src/lib/search/exact.ts';
import { siteDir } from '../helpers/build-site.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { read, speechUnits } from '../helpers/dist-pages.ts';

export const QUERIES = [
  // one and two characters
  '党', '风', '课', '台账', '四风', '整改', '督导', '意识', '维护', '初心', '基层', '党课', '减负', '补课', '兰考', '纪律',
  // idioms and set terms
  '三会一课', '真学真做真改', '花架子', '以上率下', '走深走实', '压紧压实', '落细落实', '一针见血', '实打实', '见贤思齐',
  '上下一般粗', '评功摆好', '瞻前顾后', '按部就班', '出谋划策', '比学赶超', '见底清零', '两个维护', '四个意识', '焦裕禄精神',
  // substrings across word boundaries
  '题教育工', '两个维', '个意识', '书记在全', '会上的讲', '查摆问题', '作风建设', '教育实践活动', '习近平总书记',
  // punctuation and digits inside
  '上面热、下面冷', '9+2', '“9+2”', '1+6', '带头学、带头查、带头改', '察实情、解难题', '一周一计划', '“两个维护”', '11月7日下午', '2019年',
  // traditional characters, quoted forms
  '兩個維護', '學習教育', '黨課', '整改落實', '問題導向', '巡視整改', '四個意識', '"三会一课"', '“四风”',
  // absent
  '量子纠缠', '人工智能大模型', '维护两个',
  // several phrases: all must occur
  '四风 整改', '两个维护 四个意识', '主题教育 巡回指导组', '台账 督导组',
];

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const pages: { url: string; units: string[] }[] = (JSON.parse(readFileSync(join(siteDir('root'), 'speeches.json'), 'utf8')) as { url: string }[]).map(
  (s) => ({ url: s.url, units: speechUnits(read(join(siteDir('root'), s.url, 'index.html'))) }),
);

function truth(query: string): string[] {
  const phrases = parseQuery(query).map((p) => toSimplified(p));
  return pages.filter((p) => phrases.every((ph) => p.units.some((u) => u.includes(ph)))).map((p) => p.url).sort();
}

let browser: Browser;
let served: Served;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  served = await serveStatic(siteDir('root'));
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe('exact search over a fixed query set', () => {
  it(`finds exactly the speeches containing each of ${QUERIES.length} queries`, async () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(60);
    let truePositives = 0;
    let returned = 0;
    let relevant = 0;
    const wrong: string[] = [];
    for (const query of QUERIES) {
      await page.goto(`${served.url}search/?q=${encodeURIComponent(query)}`);
      await page.waitForFunction(() => document.querySelector('#results')?.getAttribute('aria-busy') === 'false' && /篇讲话|没有讲话/.test(document.querySelector('#status')?.textContent ?? ''));
      const got = (await page.$$eval('[data-result] a.title', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).sort();
      const want = truth(query);
      truePositives += got.filter((u) => want.includes(u)).length;
      returned += got.length;
      relevant += want.length;
      if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`${query}: got ${got.length} ${JSON.stringify(got)}, want ${want.length} ${JSON.stringify(want)}`);
    }
    const recall = relevant ? truePositives / relevant : 1;
    const precision = returned ? truePositives / returned : 1;
    console.log(`query set: ${QUERIES.length} queries, ${relevant} relevant (query, speech) pairs; recall ${recall.toFixed(3)}, precision ${precision.toFixed(3)}`);
    expect(wrong).toEqual([]);
    expect(recall).toBe(1);
    expect(precision).toBe(1);
  });

  it('shows the count and the passages, highlighted, and the speech page marks the phrase', async () => {
    await page.goto(`${served.url}search/?q=${encodeURIComponent('兩個維護')}`);
    await page.waitForSelector('#results[aria-busy="false"] [data-result]');
    const first = page.locator('[data-result]').first();
    expect(await first.locator('.count').textContent()).toBe('6 处');
    expect(await first.locator('.passages mark').first().textContent()).toBe('两个维护');
    await first.locator('.passages a').first().click();
    await page.waitForURL(/\/speeches\/.*\?q=.*#p\d+$/);
    const marks = await page.$$eval('.speech-body mark', (m) => m.map((x) => x.textContent));
    expect(marks.length).toBe(6);
    expect(new Set(marks)).toEqual(new Set(['两个维护']));
  });

  it('ranks by occurrences, newest first on ties, or by date when asked', async () => {
    await page.goto(`${served.url}search/?q=${encodeURIComponent('主题教育')}`);
    await page.waitForSelector('#results[aria-busy="false"] [data-result]');
    const counts = await page.$$eval('[data-result] .count', (c) => c.map((x) => parseInt(x.textContent ?? '0', 10)));
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    await page.goto(`${served.url}search/?q=${encodeURIComponent('主题教育')}&sort=date`);
    await page.waitForSelector('#results[aria-busy="false"] [data-result]');
    const dates = await page.$$eval('[data-result] .meta', (m) => m.map((x) => x.textContent ?? ''));
    expect(dates[0]).toContain('2023年');
  });

  it('moves between results with the arrow keys and focuses search with /', async () => {
    await page.goto(`${served.url}search/?q=${encodeURIComponent('整改')}`);
    await page.waitForSelector('#results[aria-busy="false"] [data-result]');
    await page.focus('#q');
    await page.keyboard.press('ArrowDown');
    const firstTitle = await page.locator('[data-result] a.title').first().textContent();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(firstTitle);
    await page.keyboard.press('ArrowDown');
    const secondTitle = await page.locator('[data-result] a.title').nth(1).textContent();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(secondTitle);
    await page.goto(served.url);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('quick-q');
  });
});
