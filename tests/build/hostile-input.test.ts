/**
 * Text that is hostile to the pipeline, built into a real page: every piece shows as
 * the same visible text, escaped; nothing executes; duplicates are reported; two
 * speeches whose titles give the same slug both get pages.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT, TMP, type SiteBuild } from '../helpers/build-site.ts';
import { readCatalog } from '../helpers/dist-pages.ts';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';

const HOSTILE = [
  '{ } < > & ` * _ # [ ] |',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(2)>',
  'javascript:alert(3)',
  '<Component prop={x} />',
  '**不是粗体** _也不是斜体_ [不是链接](http://example.com)',
];
const speechText = (title: string, body: string) => `---\ntitle: ${title}\ndate: 2020-05-06\n---\n同志们：\n${body}\n谢谢大家！\n`;

let build: SiteBuild;
beforeAll(() => {
  const raw = join(TMP, 'hostile', 'raw');
  mkdirSync(raw, { recursive: true });
  const lines = HOSTILE.map((h, i) => `第${i + 1}条测试文字：${h}，以上是原样文字。`);
  writeFileSync(join(raw, 'hostile.txt'), speechText('在安全测试会上的讲话', [...lines, '---', `${'长'.repeat(20000)}。`].join('\n')));
  // The same title twice: two pages, distinct stable URLs.
  writeFileSync(join(raw, 'same-a.txt'), speechText('在全市工作会议上的讲话', '甲篇正文，讲的是基层党建工作。'));
  writeFileSync(join(raw, 'same-b.txt'), speechText('在全市工作会议上的讲话', '乙篇正文，讲的是作风建设工作。'));
  // The same speech twice, once with a footer.
  const seed = readFileSync(join(ROOT, 'content/raw/000_eabcec9b51e7eda6.txt'), 'utf8');
  writeFileSync(join(raw, 'copy-1.txt'), seed);
  writeFileSync(join(raw, 'copy-2.txt'), `${seed}\n全文共6200个字。\n`);
  // A speech pasted without its head, whose text names no meeting and gives itself no name.
  writeFileSync(
    join(raw, 'pasted-0412.txt'),
    '同志们：\n这次会议的主要任务是总结过去一年的工作，分析当前形势，部署今年的任务。下面，我讲三点意见。\n第一，提高认识，切实增强做好工作的责任感。各级党组织要把这项工作摆在重要位置，切实抓紧抓好。\n第二，突出重点，扎实推进各项任务落实。要明确责任分工，细化工作措施，确保各项任务落到实处。\n谢谢大家！\n',
  );
  build = buildSite('hostile', { ARCHIVE_RAW: raw });
});
const site = useSiteInBrowser(() => build.outDir);

const catalog = () => readCatalog(build.outDir);

describe('hostile input', () => {
  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('shows every hostile string as the same visible text, and runs none of it', async () => {
    const entry = catalog().find((e) => e.source === 'hostile.txt')!;
    const page = await site.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(new URL(entry.url.slice(1), site.url).href);
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText, the text as shown
    const text = await page.locator('.speech-body').innerText();
    for (const h of HOSTILE) expect(text).toContain(h);
    expect(text).toContain('---');
    expect(await page.locator('.speech-body script, .speech-body img, .speech-body strong:has-text("不是粗体")').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('gives two speeches with the same title two pages with distinct URLs', () => {
    const a = catalog().find((e) => e.source === 'same-a.txt')!;
    const b = catalog().find((e) => e.source === 'same-b.txt')!;
    expect(a.slug).not.toBe(b.slug);
    expect(b.slug).toBe(`${a.slug}-2`);
    expect(readFileSync(join(build.outDir, b.url, 'index.html'), 'utf8')).toContain('乙篇正文');
  });

  it('says plainly that a text with no title has its file name standing in, and marks no title as inferred', async () => {
    const entry = catalog().find((e) => e.source === 'pasted-0412.txt')!;
    expect(entry).toMatchObject({ title: 'pasted-0412', untitled: true });
    expect(entry.inferred).not.toContain('title');
    const page = await site.newPage();
    await page.goto(new URL(entry.url.slice(1), site.url).href);
    const head = page.locator('.speech-head');
    expect(await head.locator('h1').textContent()).toBe('pasted-0412');
    expect(await head.getByRole('note').textContent()).toContain('原文没有标题');
    await page.close();
  });

  it('reports the duplicate speech in the build output and the report', () => {
    expect(build.output).toMatch(/copy-1\.txt.*copy-2\.txt/);
    const report = JSON.parse(readFileSync(join(build.reportDir, 'ingest-report.json'), 'utf8'));
    expect(report.duplicates).toEqual([expect.objectContaining({ a: 'copy-1.txt', b: 'copy-2.txt' })]);
  });
});
