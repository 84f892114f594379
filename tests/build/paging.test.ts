/**
 * Long lists are cut into numbered pages, so no page grows with the archive: a concept
 * used in more passages than a page holds (src/lib/pages/paging.ts) spreads its uses over
 * pages 1, 2 … that link to each other and together list every use once.
 */
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/lib/checks/linkcheck.ts';
import { buildSite, ROOT, TMP, type SiteBuild } from '../helpers/build-site.ts';
import { LINES_PER_PAGE } from '../../src/lib/pages/paging.ts';

// Seed 003 uses 两学一做 33 times; nine dated copies of it use it 297 times, more than a page holds.
const COPIES = 9;
let build: SiteBuild;

beforeAll(() => {
  const raw = join(TMP, 'paging', 'raw');
  mkdirSync(raw, { recursive: true });
  const text = readFileSync(join(ROOT, 'content/raw/003_e002b0ce2bbb9196.txt'), 'utf8');
  for (let i = 1; i <= COPIES; i++) {
    writeFileSync(
      join(raw, `copy-${i}.txt`),
      `---\ntitle: 在全市“两学一做”学习教育工作督办会上的讲话（之${i}）\ndate: 2016-0${i}-15\n---\n${text}`,
    );
  }
  build = buildSite('paging', { ARCHIVE_RAW: raw });
}, 300_000);

describe('concept pages with many uses', () => {
  it('spread the uses over numbered pages that together list each use once', () => {
    expect(build.status, build.output).toBe(0);
    const concept = (
      JSON.parse(readFileSync(join(build.outDir, 'concepts.json'), 'utf8')) as { url: string; term: string; occurrences: number }[]
    ).find((c) => c.term === '两学一做')!;
    expect(concept.occurrences).toBe(33 * COPIES);
    const pages = Math.ceil(concept.occurrences / LINES_PER_PAGE);
    const lines: number[] = [];
    for (let n = 1; n <= pages; n++) {
      const html = readFileSync(join(build.outDir, concept.url, n === 1 ? '' : `${n}/`, 'index.html'), 'utf8');
      lines.push(html.match(/<li data-kwic/g)?.length ?? 0);
      expect(html).toContain(`第 ${n}/${pages} 页`);
      if (n < pages) expect(html).toContain(`href="${concept.url}${n + 1}/" rel="next"`);
      if (n > 1) expect(html).toContain(`rel="prev"`);
    }
    expect(lines.every((n) => n <= LINES_PER_PAGE)).toBe(true);
    expect(lines.reduce((a, b) => a + b, 0)).toBe(concept.occurrences);
    // Only the first page carries the entry itself.
    expect(readFileSync(join(build.outDir, concept.url, 'index.html'), 'utf8')).toContain('各年份出现次数');
    expect(readFileSync(join(build.outDir, concept.url, '2/index.html'), 'utf8')).not.toContain('各年份出现次数');
  });

  it('leaves no broken link between the pages', () => {
    const { broken } = checkLinks(build.outDir, '/');
    expect(broken).toEqual([]);
  });
});
