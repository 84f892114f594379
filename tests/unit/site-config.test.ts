// What a build is configured by and its pages are addressed with: the environment
// interface (env.ts, README "Public interfaces"), internal URLs (paths.ts), the digest of
// the site's code (code-digest.ts), numbered group pages (group-pages.ts), and the speech
// entry schema every ingested seed must satisfy (speech-schema.ts).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { byCampaign } from '../../src/lib/pages/catalog.ts';
import { archiveConcepts, archiveRaw, keepGoing, reportDir } from '../../src/lib/site/env.ts';
import { groupPages } from '../../src/lib/pages/group-pages.ts';
import { SPEECHES_PER_PAGE } from '../../src/lib/pages/paging.ts';
import { paths } from '../../src/lib/site/paths.ts';
import { speechSchema } from '../../src/lib/speech/schema.ts';
import { seeds } from './fixtures/seed-speeches.ts';

describe('the build environment', () => {
  it("reads the raw, concept and report folders, defaulting to the project's", () => {
    expect(archiveRaw({})).toBe(resolve('content/raw'));
    expect(archiveRaw({ ARCHIVE_RAW: '/data/raw' })).toBe('/data/raw');
    expect(archiveConcepts({})).toBe(resolve('content/concepts'));
    expect(archiveConcepts({ ARCHIVE_CONCEPTS: 'other/concepts' })).toBe(resolve('other/concepts'));
    expect(reportDir({})).toBe(resolve('reports'));
    expect(reportDir({ ARCHIVE_REPORT_DIR: '/tmp/r' })).toBe('/tmp/r');
  });

  it('keeps going past bad files only when asked with 1, true or yes', () => {
    for (const v of ['1', 'true', 'YES']) expect(keepGoing({ ARCHIVE_KEEP_GOING: v }), v).toBe(true);
    for (const v of [undefined, '', '0', 'no', 'false']) expect(keepGoing({ ARCHIVE_KEEP_GOING: v }), String(v)).toBe(false);
  });
});

describe('internal URLs', () => {
  it('all start at the base and end with a slash before any query or fragment', () => {
    expect(paths.base).toBe('/');
    expect(paths.home()).toBe('/');
    expect(paths.speech('zai-quan-shi')).toBe('/speeches/zai-quan-shi/');
    expect(paths.speech('zai-quan-shi', '#p3')).toBe('/speeches/zai-quan-shi/#p3');
    expect(paths.campaign('zhu-ti-jiao-yu')).toBe('/campaigns/zhu-ti-jiao-yu/');
    expect(paths.year(2019)).toBe('/years/2019/');
    expect(paths.speaker('gong-xia-mei')).toBe('/speakers/gong-xia-mei/');
    expect(paths.concept('si-feng', '#uses')).toBe('/concepts/si-feng/#uses');
    for (const f of [paths.campaigns, paths.years, paths.speakers, paths.concepts, paths.phrases, paths.about, paths.help])
      expect(f()).toMatch(/^\/[a-z]+\/$/);
  });

  it('carry a query encoded', () => {
    expect(paths.search()).toBe('/search/');
    expect(paths.search('两学一做 学习教育')).toBe(`/search/?q=${encodeURIComponent('两学一做 学习教育')}`);
    expect(paths.concordance()).toBe('/concordance/');
    expect(decodeURIComponent(paths.concordance('a&b=c').split('?q=')[1]!)).toBe('a&b=c');
  });
});

describe("the digest of the site's code", () => {
  const root = mkdtempSync(join(tmpdir(), 'code-digest-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'src/lib'), { recursive: true });
  writeFileSync(join(root, 'src/lib/a.ts'), 'export const a = 1;\n');
  writeFileSync(join(root, 'src/page.astro'), '<p>页</p>\n');
  writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}\n');
  /** The digest as a fresh build process computes it (the module keeps it for the process). */
  const digest = async () => {
    vi.resetModules();
    const { siteCodeDigest } = await import('../../src/lib/site/code-digest.ts');
    return siteCodeDigest(root);
  };

  it('changes with any file under src/ or the package lock, and comes back with the same code', async () => {
    const first = await digest();
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(await digest()).toBe(first);
    writeFileSync(join(root, 'src/lib/a.ts'), 'export const a = 2;\n');
    const edited = await digest();
    expect(edited).not.toBe(first);
    writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3,"packages":{}}\n');
    expect(await digest()).not.toBe(edited);
    writeFileSync(join(root, 'src/lib/a.ts'), 'export const a = 1;\n');
    writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}\n');
    expect(await digest()).toBe(first);
  });

  it('changes when a file is renamed, even with the same bytes', async () => {
    const before = await digest();
    writeFileSync(join(root, 'src/lib/b.ts'), 'export const a = 1;\n');
    rmSync(join(root, 'src/lib/a.ts'));
    expect(await digest()).not.toBe(before);
  });
});

describe('group pages', () => {
  it('one page for a small group, every speech on it, no route parameter', () => {
    const [group] = byCampaign(seeds.filter((s) => s.campaign === seeds[0]!.campaign));
    const pages = groupPages(group!, '/campaigns/x/');
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({
      title: group!.name,
      url: '/campaigns/x/',
      total: group!.speeches.length,
      page: 1,
      pages: 1,
      param: undefined,
    });
    expect(pages[0]!.speeches).toEqual(group!.speeches);
  });

  it('a group longer than a page is split, page n at parameter n', () => {
    const many = Array.from({ length: SPEECHES_PER_PAGE + 3 }, (_, i) => ({ ...seeds[0]!, slug: `s-${i}`, source: `${i}.txt` }));
    const pages = groupPages({ name: '主题教育', slug: 'zhu-ti', speeches: many }, '/campaigns/zhu-ti/', '主题教育（全部）');
    expect(pages.map((p) => [p.page, p.param, p.speeches.length])).toEqual([
      [1, undefined, SPEECHES_PER_PAGE],
      [2, '2', 3],
    ]);
    expect(pages.every((p) => p.total === many.length && p.pages === 2 && p.title === '主题教育（全部）')).toBe(true);
  });
});

describe('the speech entry schema', () => {
  it('accepts every seed as ingest produces it', () => {
    for (const s of seeds) expect(speechSchema.safeParse(s).success, s.source).toBe(true);
  });

  it('refuses a slug that is not a URL segment, a date not YYYY-MM-DD and an empty title', () => {
    expect(speechSchema.safeParse({ ...seeds[0], slug: '讲话' }).success).toBe(false);
    expect(speechSchema.safeParse({ ...seeds[0], date: '2019年11月12日' }).success).toBe(false);
    expect(speechSchema.safeParse({ ...seeds[0], title: '' }).success).toBe(false);
  });
});

describe('the public catalog entry (dist/speeches.json)', () => {
  it('what a reader or a script needs of each seed: its URL under the base, fields, origin and which fields were inferred', async () => {
    const { catalogEntry } = await import('../../src/lib/pages/catalog.ts');
    const e = catalogEntry(seeds[0]!, '/archive/');
    expect(e).toEqual({
      slug: 'seed-0',
      url: '/archive/speeches/seed-0/',
      title: seeds[0]!.title,
      untitled: false,
      speaker: '龚夏梅',
      date: '2019-11-12',
      year: 2019,
      yearAfter: null,
      campaign: seeds[0]!.campaign,
      occasion: seeds[0]!.occasion,
      source: seeds[0]!.source,
      origin: null,
      chars: seeds[0]!.chars,
      inferred: expect.any(Array),
    });
    // Title, speaker and date are read from its head; the campaign is inferred from its words.
    expect(e.inferred).toContain('campaign');
    for (const f of ['title', 'speaker', 'date', 'year']) expect(e.inferred).not.toContain(f);
    // Seed 003: no date, the year bounded by a meeting it refers to, marked inferred.
    const later = catalogEntry(seeds[3]!, '/');
    expect([later.date, later.year, later.yearAfter]).toEqual([null, null, 2016]);
    expect(later.inferred).toContain('yearAfter');
    expect(later.inferred).toContain('title');
  });
});
