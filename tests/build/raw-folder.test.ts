/** ARCHIVE_RAW and ARCHIVE_KEEP_GOING: building from another folder, and what a bad file does to a build. */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { buildSite, ROOT, TMP } from '../helpers/build-site.ts';
import { readCatalog } from '../helpers/dist-pages.ts';

function rawFolder(name: string, files: Record<string, string | Buffer>): string {
  const dir = join(TMP, name, 'raw');
  mkdirSync(dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) writeFileSync(join(dir, file), content);
  return dir;
}
const seed = (file: string) => readFileSync(join(ROOT, 'content/raw', file));

describe('ARCHIVE_RAW', () => {
  it('builds the speeches of another folder instead of the bundled ones', () => {
    const dir = rawFolder('other-raw', { 'a.txt': seed('002_511e2be2b8386667.txt') });
    copyFileSync(join(ROOT, 'content/raw/000_eabcec9b51e7eda6.txt'), join(dir, 'b.txt'));
    const build = buildSite('other-raw', { ARCHIVE_RAW: dir });
    expect(build.status, build.output).toBe(0);
    const catalog = readCatalog(build.outDir);
    expect(catalog.map((s: { source: string }) => s.source).sort()).toEqual(['a.txt', 'b.txt']);
  });

  it('reads GB18030 and UTF-16 files into the same pages as their UTF-8 twins', () => {
    const text = seed('002_511e2be2b8386667.txt').toString('utf8');
    const dir = rawFolder('encodings', {
      'utf8.txt': text,
      'gbk.txt': iconv.encode(text, 'gbk'),
      'utf16le.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]),
      'utf8-bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
    });
    const build = buildSite('encodings', { ARCHIVE_RAW: dir });
    expect(build.status, build.output).toBe(0);
    const catalog = readCatalog(build.outDir);
    const body = (source: string) => {
      const html = readFileSync(join(build.outDir, catalog.find((s) => s.source === source)!.url, 'index.html'), 'utf8');
      // The speech's own text; the notes that link the twins to each other (亦见于) name other pages.
      return /<div class="speech-body">[\s\S]*?<\/div><\/div>/.exec(html)![0].replace(/<aside class="parallels"[\s\S]*?<\/aside>/g, '');
    };
    expect(body('utf8.txt')).toContain('教育实践活动');
    for (const twin of ['gbk.txt', 'utf16le.txt', 'utf8-bom.txt']) expect(body(twin), twin).toBe(body('utf8.txt'));
  });

  it('fails naming every bad file and what to do, and ARCHIVE_KEEP_GOING=1 builds the rest', () => {
    const dir = rawFolder('bad-raw', {
      'good.txt': seed('001_96dd786780a8f525.txt'),
      'latin1.txt': Buffer.from('R\xe9sum\xe9 of the caf\xe9 meeting, na\xefve \xe0 la carte.\n', 'latin1'),
      'empty.txt': '  \n\n',
      'report.txt': Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1'),
      'photo.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
      'front.txt': '---\ntitle: 在某会上的讲话\ndate: 2019年5月\n---\n同志们：\n今天开会。\n',
    });
    const failed = buildSite('bad-raw', { ARCHIVE_RAW: dir });
    expect(failed.status).not.toBe(0);
    for (const bad of ['latin1.txt', 'empty.txt', 'report.txt', 'photo.txt']) expect(failed.output).toContain(`- ${bad}`);
    expect(failed.output).toMatch(/report\.txt[^\n]*PDF/);
    expect(failed.output).toMatch(/- front\.txt:3: [^\n]*date/);
    expect(failed.output).toContain('5 raw file(s)');
    expect(failed.output).toContain('ARCHIVE_KEEP_GOING=1');

    const kept = buildSite('bad-raw', { ARCHIVE_RAW: dir, ARCHIVE_KEEP_GOING: '1' });
    expect(kept.status, kept.output).toBe(0);
    expect(kept.output).toContain('latin1.txt');
    const catalog = readCatalog(kept.outDir);
    expect(catalog.map((s: { source: string }) => s.source)).toEqual(['good.txt']);
  });
});
