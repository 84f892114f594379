// PDFs with a text layer: paragraphs rejoined, running headers and page numbers removed and reported, scans refused.
import { describe, expect, test } from 'vitest';
import { readPdf } from '../../src/lib/ingest/formats/pdf.ts';
import {
  closeLetterSpacing,
  closeMarkerSpace,
  findRunning,
  isPageNumber,
  joinParagraphs,
  linesOfPage,
  type PdfItem,
} from '../../src/lib/ingest/formats/pdf-layout.ts';
import { radicalsToIdeographs } from '../../src/lib/ingest/formats/radicals.ts';
import { ingestFile } from '../../src/lib/ingest/ingest-file.ts';
import { fixture, refusal, seedLines } from './formats-helpers.ts';

const seed = seedLines('001_96dd786780a8f525.txt');
const PART = /^([一二三四五六七八九十]+)、(.+)$/;

describe('readPdf on a speech printed by Chromium (4 small pages, running title, 第 N 页 共 M 页)', async () => {
  const read = await readPdf(fixture('speech.pdf'), 'speech.pdf');
  const lines = read.text.split('\n');

  test('joins the title broken over two printed lines, and each wrapped paragraph into one line', () => {
    expect(lines[0]).toBe(seed[0]);
    expect(lines[1]).toBe(seed[1]); // 同志们:
    expect(lines[2]).toBe(seed[2]); // the opening paragraph, printed over several lines
    // Each later paragraph is the start of a seed paragraph (the fixture prints its first sentences).
    for (const l of lines.slice(3)) {
      if (PART.test(l)) expect(seed).toContain(l);
      else
        expect(
          seed.some((s) => s.startsWith(l)),
          l,
        ).toBe(true);
    }
    expect(lines.length).toBe(7);
  });

  test('keeps `一、 提高…` a heading with its text: the space after the marker is closed and reported', () => {
    const headings = lines.filter((l) => PART.test(l));
    expect(headings).toEqual(seed.filter((l) => PART.test(l)).slice(0, 2));
    expect(read.notes.repairs.filter((r) => r.kind === 'pdf-marker-space').map((r) => r.line)).toEqual(
      headings.map((h) => lines.indexOf(h) + 1),
    );
  });

  test('removes the running header and the page numbers of every page, and reports each', () => {
    expect(read.text).not.toMatch(/第\s*\d+\s*页/);
    const numbers = read.notes.removed.filter((r) => r.reason === 'pdf-page-number');
    expect(numbers.map((r) => r.text.replace(/\s+/g, ''))).toEqual([1, 2, 3, 4].map((n) => `第${n}页共4页`));
    const headers = read.notes.removed.filter((r) => r.reason === 'pdf-running-header');
    expect(headers.length).toBe(4);
    expect(new Set(headers.map((r) => r.text))).toEqual(new Set([seed[0]]));
    // The title at the top of page 1 is not the running header: it stays.
    expect(lines.filter((l) => l === seed[0]).length).toBe(1);
  });

  test('reads radicals from the font mapping as the ideographs they show, and says so', () => {
    expect(read.text).not.toMatch(/[\u2E80-\u2FDF]/u);
    expect(read.text).toContain('工作推进会');
    expect(read.notes.repairs.some((r) => r.kind === 'pdf-radical-ideograph' && r.detail.includes('⼯→工'))).toBe(true);
  });

  test("keeps the document's Info as facts", () => {
    expect(read.page.format).toBe('pdf');
    expect(read.page.title).toBe(seed[0]);
    expect(read.page.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test('goes through the same ingest: the two parts are headings of the outline', async () => {
    const speech = await ingestFile(fixture('speech.pdf'), 'speech.pdf');
    expect(speech.title).toBe(seed[0]);
    const headings = speech.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings.some((h) => h.startsWith('一、提高政治站位'))).toBe(true);
    expect(headings.every((h) => h.replace(/^[一二三四五六七八九十]+、/, '').trim().length > 0)).toBe(true);
    expect(speech.removed.filter((r) => r.reason === 'pdf-page-number').length).toBe(4);
  });
});

describe('bad PDFs', () => {
  test('a scan with no text layer is refused: run OCR or paste into a .txt', async () => {
    const err = await refusal(() => readPdf(fixture('scanned.pdf'), 'scanned.pdf'));
    expect(err.message).toMatch(/^scanned\.pdf: is a scanned PDF/);
    expect(err.hint).toMatch(/OCR/);
    expect(err.hint).toMatch(/\.txt/);
  });

  test('a broken file is refused, naming it', async () => {
    const err = await refusal(() => readPdf(fixture('speech.pdf').subarray(0, 3000), 'cut.pdf'));
    expect(err.message).toMatch(/^cut\.pdf: /);
  });
});

describe('layout rules on positioned lines', () => {
  // A page 300 wide, text from x=20 to x=280, 12 pt lines 20 apart.
  const item = (str: string, x: number, y: number, width = 260): PdfItem => ({ str, x, y, width, height: 12 });
  const page = (items: PdfItem[], n = 1) => linesOfPage({ items, width: 300, height: 400 }, n);

  test('a full line goes on; an indented line or a short last line ends the paragraph', () => {
    const lines = page([
      item('　　第一段开头，排满了一整行的文字', 44, 360, 236),
      item('接着排满第二行的文字内容继续下去', 20, 340),
      item('最后一行很短。', 20, 320, 84),
      item('第二段排满一行文字的内容在这里', 44, 300, 236),
      item('第二段的结尾。', 20, 280, 84),
      item('不缩进的第三段', 20, 260, 84),
    ]);
    expect(joinParagraphs(lines).map((p) => p.text)).toEqual([
      '第一段开头，排满了一整行的文字接着排满第二行的文字内容继续下去最后一行很短。',
      '第二段排满一行文字的内容在这里第二段的结尾。',
      '不缩进的第三段',
    ]);
  });

  test('a line further down than the line spacing starts a new paragraph even when the last one was full', () => {
    const lines = page([
      item('甲'.repeat(20), 20, 360),
      item('乙'.repeat(20), 20, 340),
      item('丙'.repeat(20), 20, 320),
      item('丁丁', 20, 270, 24),
    ]);
    expect(joinParagraphs(lines).map((p) => p.text)).toEqual(['甲'.repeat(20) + '乙'.repeat(20) + '丙'.repeat(20), '丁丁']);
  });

  test('a footnote at the foot of a page does not cut the paragraph that goes on over the page; it follows it', () => {
    const small = (str: string, y: number): PdfItem => ({ str, x: 20, y, width: 120, height: 9 });
    const p1 = page(
      [
        item('　　正文第一行排满了整整一行的文字内容', 44, 360, 236),
        item('正文第二行也排满了整整一行的文字内容', 20, 340),
        small('①见《人民日报》2019年11月13日。', 40),
      ],
      1,
    );
    const p2 = page([item('翻到下一页接着写完这一段。', 20, 360, 156), item('　　新的一段。', 44, 340, 84)], 2);
    expect(joinParagraphs([...p1, ...p2]).map((p) => p.text)).toEqual([
      '正文第一行排满了整整一行的文字内容正文第二行也排满了整整一行的文字内容翻到下一页接着写完这一段。',
      '①见《人民日报》2019年11月13日。',
      '新的一段。',
    ]);
  });

  test('items on one baseline make one line, in x order; a gap between Latin words keeps a space', () => {
    const lines = page([item('world', 60, 100, 30), item('hello', 20, 100.3, 30), item('中文', 95, 100, 24)]);
    expect(lines.map((l) => l.text)).toEqual(['hello world中文']);
  });

  test('running lines: same text at the same height on most pages, or a page number at the edge', () => {
    const pages = [1, 2, 3].map((n) =>
      page(
        [
          item('某某市人民政府文件', 100, 390, 100),
          ...[360, 340, 320].map((y) => item(`正文第${n}页的内容，在同一高度`, 20, y)),
          item(`- ${n} -`, 140, 10, 20),
        ],
        n,
      ),
    );
    const running = findRunning(pages);
    expect(running.map((r) => `${r.reason}:${r.line.text}`).sort()).toEqual(
      [...[1, 2, 3].map((n) => `pdf-page-number:- ${n} -`), ...[1, 2, 3].map(() => 'pdf-running-header:某某市人民政府文件')].sort(),
    );
    // One page: only the page-number shape at the bottom edge goes.
    expect(findRunning([page([item('标题', 100, 390, 40), item('3', 150, 10, 6)])]).map((r) => r.line.text)).toEqual(['3']);
  });

  test('a running head that repeats the title: the title, set larger on the first page, stays', () => {
    const title = '扑下身子抓落实　奋力推进乡村振兴';
    const sized = (str: string, y: number, height: number): PdfItem => ({ str, x: 60, y, width: 180, height });
    const pages = [1, 2, 3].map((n) =>
      page(
        [
          n === 1 ? sized(title, 390, 18) : sized(title, 390, 9),
          ...[360, 340, 320].map((y) => item(`正文第${n}页的内容，在同一高度`, 20, y)),
          item(String(n), 150, 10, 6),
        ],
        n,
      ),
    );
    const running = findRunning(pages);
    expect(running.filter((r) => r.line.text === title).map((r) => r.line.page)).toEqual([2, 3]);
    // Two pages: the one copy after the title is the running head.
    expect(
      findRunning(pages.slice(0, 2))
        .filter((r) => r.line.text === title)
        .map((r) => r.line.page),
    ).toEqual([2]);
  });

  test.each(['第 3 页 共 9 页', '- 3 -', '3/9', '12', 'Page 2 of 5', '共9页 第3页'])('%s is a page number', (t) =>
    expect(isPageNumber(t)).toBe(true),
  );
  test.each(['第三部分', '2019年', '一、总体要求'])('%s is not a page number', (t) => expect(isPageNumber(t)).toBe(false));

  test('closeLetterSpacing closes a letter-spaced line, not a line with a few spaces', () => {
    expect(closeLetterSpacing('同 志 们 ： 今 天 开 会 。')).toBe('同志们：今天开会。');
    expect(closeLetterSpacing('卿 渐 伟')).toBe('卿渐伟');
    expect(closeLetterSpacing('第一部分 总体要求 和 目标')).toBeNull();
    expect(closeLetterSpacing('2019 年 工作总结')).toBeNull();
  });

  test('closeMarkerSpace', () => {
    expect(closeMarkerSpace('一、 回望过去')).toBe('一、回望过去');
    expect(closeMarkerSpace('（二）　加强领导')).toBe('（二）加强领导');
    expect(closeMarkerSpace('3. 狠抓落实')).toBe('3.狠抓落实');
    expect(closeMarkerSpace('一、回望过去')).toBeNull();
    expect(closeMarkerSpace('一是 要加强')).toBeNull();
  });

  test('radicalsToIdeographs maps Kangxi and supplement radicals, nothing else', () => {
    const r = radicalsToIdeographs('⼯作⻅效，“两个维护”');
    expect(r.text).toBe('工作见效，“两个维护”');
    expect([...r.counts.keys()]).toEqual(['⼯→工', '⻅→见']);
  });
});

describe('readRawFile', () => {
  test('dispatches by extension in any case, and refuses what it does not read', async () => {
    const { readRawFile } = await import('../../src/lib/ingest/formats/index.ts');
    expect((await readRawFile(fixture('speech.pdf'), 'A.PDF')).page.format).toBe('pdf');
    expect((await readRawFile(fixture('speech.html'), 'b.Htm')).page.format).toBe('html');
    expect((await readRawFile(new TextEncoder().encode('同志们：\n今天开会。'), 'c.txt')).text).toBe('同志们：\n今天开会。');
    const err = await refusal(() => readRawFile(fixture('speech.pdf'), 'd.rtf'));
    expect(err.message).toMatch(/^d\.rtf: /);
  });
});
