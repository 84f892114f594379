/** One raw folder holding a file of each format builds a page for each; a folder where nothing becomes a speech stops with what to do. */
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, ROOT, TMP } from '../helpers/build-site.ts';
import { bodyText, readCatalog } from '../helpers/dist-pages.ts';
import { toFullWidthPunctuation } from '../../src/lib/ingest/normalise.ts';

const FIXTURES = join(ROOT, 'tests/fixtures/formats');

/** A fresh raw folder holding the named fixtures (fixture → name in the folder). */
function rawFolder(name: string, files: Record<string, string>): string {
  const dir = join(TMP, name, 'raw');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [to, from] of Object.entries(files)) copyFileSync(from.includes('/') ? from : join(FIXTURES, from), join(dir, to));
  return dir;
}

const seedLines = (file: string) =>
  readFileSync(join(ROOT, 'content/raw', file), 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
const BAD = { 'scan.pdf': 'scanned.pdf', 'broken.docx': 'corrupt.docx', 'index.html': 'no-article.html' };

describe('a raw folder of .html, .docx, .pdf and .txt files', () => {
  it('builds a page for each good file with its title and text, and lists the bad ones (ARCHIVE_KEEP_GOING=1)', () => {
    const dir = rawFolder('formats', {
      'page.html': 'speech.html',
      'word.DOCX': 'speech.docx',
      'printed.pdf': 'speech.pdf',
      'plain.txt': join(ROOT, 'content/raw/002_511e2be2b8386667.txt'),
      ...BAD,
    });
    const build = buildSite('formats', { ARCHIVE_RAW: dir, ARCHIVE_KEEP_GOING: '1' });
    expect(build.status, build.output).toBe(0);
    expect(build.output).toMatch(/- scan\.pdf: is a scanned PDF[^\n]*OCR/);
    expect(build.output).toMatch(/- broken\.docx: [^\n]*Word/);
    expect(build.output).toMatch(/- index\.html: [^\n]*no article/);

    const catalog = readCatalog(build.outDir);
    expect(catalog.map((s) => s.source).sort()).toEqual(['page.html', 'plain.txt', 'printed.pdf', 'word.DOCX']);
    const page = (source: string) => {
      const entry = catalog.find((s) => s.source === source)!;
      const html = readFileSync(join(build.outDir, entry.url.replace(/^\//, ''), 'index.html'), 'utf8');
      // Concept links split the text into pieces: compare without the breaks.
      return { entry, html, text: bodyText(html).replace(/\s+/g, '') };
    };

    const s000 = seedLines('000_eabcec9b51e7eda6.txt');
    const html = page('page.html');
    expect(html.entry.title).toBe(s000[0]! + s000[1]!);
    expect(html.html).toContain(`<h1>${s000[0]! + s000[1]!}</h1>`);
    expect(html.text).toContain(s000[6]!.slice(0, 30).replace(/\s+/g, ''));
    for (const chrome of ['当前位置', '版权所有', '上一篇', '分享到']) expect(html.text).not.toContain(chrome);

    const s001 = seedLines('001_96dd786780a8f525.txt');
    for (const source of ['word.DOCX', 'printed.pdf']) {
      const p = page(source);
      expect(p.entry.title, source).toBe(s001[0]);
      expect(p.text, source).toContain(toFullWidthPunctuation(s001[2]!).text.slice(0, 30));
      expect(p.text, source).toContain('一、提高政治站位');
    }
    expect(page('printed.pdf').text).not.toMatch(/第\s*\d\s*页/);
    expect(page('plain.txt').entry.title).toBe('在全市教育实践活动汇报会上的讲话');

    // What the readers removed is in the report.
    const report = JSON.parse(readFileSync(join(build.reportDir, 'ingest-report.json'), 'utf8')) as unknown;
    const flat = JSON.stringify(report);
    for (const reason of ['html-chrome', 'pdf-page-number', 'pdf-running-header']) expect(flat).toContain(reason);
  });
});

describe('a raw folder in which no file becomes a speech', () => {
  it('stops with the list of bad files and what to do, with or without ARCHIVE_KEEP_GOING', () => {
    const dir = rawFolder('formats-bad', BAD);
    const failed = buildSite('formats-bad', { ARCHIVE_RAW: dir });
    expect(failed.status).not.toBe(0);
    expect(failed.output).toContain('3 raw file(s)');
    for (const bad of Object.keys(BAD)) expect(failed.output).toContain(`- ${bad}: `);

    const kept = buildSite('formats-bad', { ARCHIVE_RAW: dir, ARCHIVE_KEEP_GOING: '1' });
    expect(kept.status).not.toBe(0);
    expect(kept.output).toContain(`None of the 3 raw file(s) in ${dir} became a speech`);
    for (const bad of Object.keys(BAD)) expect(kept.output).toContain(`- ${bad}: `);
    expect(kept.output).toContain('the site needs at least one speech');
    expect(kept.output).not.toMatch(/ENOENT/);
  });

  it('stops on an empty folder, saying which files it reads', () => {
    const dir = rawFolder('formats-empty', {});
    const build = buildSite('formats-empty', { ARCHIVE_RAW: dir });
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(`No speeches in ${dir}: it holds no .txt, .md, .markdown, .html, .htm, .docx, .pdf file.`);
    expect(build.output).not.toMatch(/ENOENT/);
  });
});
