/**
 * The real Astro build of the bundled speeches, at `/` and under `/archive/`:
 * what a host gets in dist/ and what the catalog promises.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteDir, siteReports } from '../helpers/build-site.ts';
import { bodyText, htmlFiles, read, readCatalog, readPacked, readTextChunk, urlPath } from '../helpers/dist-pages.ts';

const RAW = readFileSync(join(import.meta.dirname, '../../content/raw/001_96dd786780a8f525.txt'), 'utf8');

describe('build of the bundled speeches', () => {
  const dir = siteDir('root');
  const speeches = readCatalog(dir);

  it('catalogs every raw file once, with the promised fields', () => {
    expect(speeches.map((s) => s.source).sort()).toEqual([
      '000_eabcec9b51e7eda6.txt',
      '001_96dd786780a8f525.txt',
      '002_511e2be2b8386667.txt',
      '003_e002b0ce2bbb9196.txt',
      '004_ed3d451bd1a9f049.txt',
    ]);
    expect(new Set(speeches.map((s) => s.slug)).size).toBe(5);
    for (const s of speeches) {
      expect(Object.keys(s).sort()).toEqual(
        [
          'campaign',
          'chars',
          'date',
          'inferred',
          'occasion',
          'origin',
          'slug',
          'source',
          'speaker',
          'title',
          'untitled',
          'url',
          'year',
          'yearAfter',
        ].sort(),
      );
      // Every seed has a title line: none is a file name standing in.
      expect(s.untitled).toBe(false);
      expect(s.url).toBe(`/speeches/${s.slug}/`);
      expect(s.date === null || /^\d{4}-\d{2}-\d{2}$/.test(s.date)).toBe(true);
      expect(s.chars).toBeGreaterThan(1000);
    }
  });

  it('gives every speech a page with its title, metadata and numbered paragraphs', () => {
    for (const s of speeches) {
      const html = read(join(dir, s.url, 'index.html'));
      expect(html).toContain('<html lang="zh-CN"');
      expect(html).toContain(`<h1>${s.title}</h1>`);
      if (s.speaker) expect(html).toContain(s.speaker);
      expect(html).toMatch(/<p id="p1"[ >]/);
      const text = bodyText(html).replace(/\s+/g, '');
      expect(text.length).toBeGreaterThan(s.chars * 0.95);
    }
  });

  it('lists speeches newest first on the home page, dated ones before undated', () => {
    const home = read(join(dir, 'index.html'));
    const order = speeches.map((s) => home.indexOf(`href="${s.url}"`));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const keys = speeches.map((s) => s.date ?? (s.year ? `${s.year}` : ''));
    expect([...keys].sort().reverse()).toEqual(keys);
    expect(home).toContain('<ol class="bar-chart"');
  });

  it('resolves every outline link to an anchor on the same page', () => {
    for (const s of speeches) {
      const html = read(join(dir, s.url, 'index.html'));
      const outline = /<nav class="outline"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
      for (const [, id] of outline.matchAll(/href="#([^"]+)"/g)) expect(html).toContain(`id="${id}"`);
    }
  });

  it('publishes none of the removed site noise', () => {
    const noise = ['文章代写', '全文共5440个字', '素材均收集于网络', 'All Rights Reserved', '邮编', 'badoucaigw'];
    for (const file of htmlFiles(dir)) {
      // The page a copy was taken from is its source (来源), shown as such: the notice that named it is not.
      const html = read(file).replace(/<dd class="origin">[\s\S]*?<\/dd>/, '');
      for (const n of noise) expect(html, `${urlPath(dir, file)} contains ${n}`).not.toContain(n);
    }
    expect(RAW).toContain('素材均收集于网络');
  });

  it('writes the ingest report outside dist/', () => {
    const report = JSON.parse(read(join(siteReports('root'), 'ingest-report.json')));
    expect(report.speeches).toHaveLength(5);
    const removed = report.speeches.flatMap((s: { removed: { text: string }[] }) => s.removed.map((r) => r.text));
    expect(removed.join('\n')).toContain('文章代写');
    expect(existsSync(join(dir, 'ingest-report.json'))).toBe(false);
  });

  it("writes full-text search from the speech data: the index, the filters, every speech's text, and the quick box's Pagefind index", () => {
    const manifest = JSON.parse(read(join(dir, 'search-index/manifest.json'))) as { speeches: number };
    expect(manifest.speeches).toBe(5);
    const filters = JSON.parse(readPacked(join(dir, 'search-data/filters.json.gz'))) as {
      speeches: number;
      single: { year: { values: string[] } };
    };
    expect(filters.speeches).toBe(5);
    expect(filters.single.year.values).toEqual(
      [
        ...new Set(
          speeches
            .map((s) => s.year)
            .filter(Boolean)
            .map(String),
        ),
      ]
        .sort()
        .reverse(),
    );
    // Folder n holds the speech at place n in date order, oldest first.
    const oldest = JSON.parse(readTextChunk(dir, 0, 0)) as { meta: { url: string } };
    expect(oldest.meta.url).toBe(speeches.at(-1)!.url);
    expect(existsSync(join(dir, 'search-data/text/5'))).toBe(false);
    // The quick box: one record per speech, concept, campaign and speaker; no page is read back for it.
    const entry = JSON.parse(read(join(dir, 'pagefind/pagefind-entry.json'))) as { languages: Record<string, { page_count: number }> };
    const concepts = JSON.parse(read(join(dir, 'concepts.json'))) as unknown[];
    const groups = (key: 'campaign' | 'speaker') => new Set(speeches.map((s) => s[key]).filter(Boolean)).size;
    expect(Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0)).toBe(
      5 + concepts.length + groups('campaign') + groups('speaker'),
    );
    for (const file of htmlFiles(dir)) expect(read(file), urlPath(dir, file)).not.toContain('data-pagefind');
  });
});

describe('build under ARCHIVE_BASE=/archive/', () => {
  const dir = siteDir('archive');

  it('prefixes every internal link, script and stylesheet with the base', () => {
    for (const file of htmlFiles(dir)) {
      const html = read(file);
      for (const [, url] of html.matchAll(/(?:href|src|action)="(\/[^"]*)"/g)) {
        expect(url, `${urlPath(dir, file)} links to ${url}`).toMatch(/^\/archive\//);
      }
    }
  });

  it('puts the base into the catalog URLs', () => {
    for (const s of readCatalog(dir)) expect(s.url).toBe(`/archive/speeches/${s.slug}/`);
  });
});
