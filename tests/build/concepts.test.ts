/** The glossary in the built site: concept pages, the index, concepts.json, and a broken glossary. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, siteDir, TMP } from '../helpers/build-site.ts';
import { read, readCatalog, readPacked } from '../helpers/dist-pages.ts';

interface ConceptJson {
  slug: string;
  url: string;
  term: string;
  variants: string[];
  occurrences: number;
  speeches: number;
}

describe('concepts in the build', () => {
  const dir = siteDir('root');
  const concepts: ConceptJson[] = JSON.parse(readFileSync(join(dir, 'concepts.json'), 'utf8'));

  it('catalogs at least 40 concepts in concepts.json with their counts', () => {
    expect(concepts.length).toBeGreaterThanOrEqual(40);
    for (const c of concepts) {
      expect(c.url).toBe(`/concepts/${c.slug}/`);
      expect(c.speeches).toBeLessThanOrEqual(c.occurrences);
    }
    const terms = new Map(concepts.map((c) => [c.term, c]));
    for (const term of ['两个维护', '四个意识', '三会一课', '四风', '三严三实', '一岗双责']) expect(terms.has(term), term).toBe(true);
    expect(terms.get('四个意识')!.occurrences).toBeGreaterThan(0);
  });

  it('gives every concept a page with its definition and a line per occurrence', () => {
    for (const c of concepts) {
      const html = read(join(dir, c.url, 'index.html'));
      expect(html).toContain(`<h1>${c.term}</h1>`);
      expect(html.match(/<li data-kwic/g)?.length ?? 0, c.term).toBe(c.occurrences);
    }
  });

  it('names the first use in this archive beside the origin, and the share of each year’s speeches', () => {
    const speeches = readCatalog(dir);
    for (const c of concepts.filter((x) => x.occurrences > 0)) {
      const html = read(join(dir, c.url, 'index.html'));
      const first = /<dt>本库首见<\/dt><dd><a href="([^"#]+)#[^"]+">[^<]+<\/a>（[^）]+）<\/dd>/.exec(html);
      expect(first, c.term).not.toBeNull();
      expect(
        speeches.some((s) => s.url === first![1]),
        c.term,
      ).toBe(true);
      expect(html, c.term).toContain('<table class="data year-share">');
      expect(html, c.term).toMatch(/<td>\d+(\.\d)?%<\/td>/);
    }
    const unused = concepts.find((x) => x.occurrences === 0);
    if (unused) expect(read(join(dir, unused.url, 'index.html'))).not.toContain('本库首见');
  });

  it('lists every concept on the index with a jump bar', () => {
    const html = read(join(dir, 'concepts/index.html'));
    for (const c of concepts) expect(html).toContain(`href="${c.url}"`);
    expect(html).toMatch(/<ul class="jump-bar">/);
  });

  it('marks concept links in speech pages and offers them as a search filter', () => {
    const speeches = readCatalog(dir);
    const linked = speeches.filter((s) => read(join(dir, s.url, 'index.html')).includes('class="concept"'));
    expect(linked.length).toBe(speeches.length);
    // The search filter: the concept is offered, counted over the speeches that use it.
    const filters = JSON.parse(readPacked(join(dir, 'search-data/filters.json.gz'))) as { concept: { values: string[]; counts: number[] } };
    const at = filters.concept.values.indexOf('四个意识');
    expect(at).toBeGreaterThanOrEqual(0);
    const listed = (JSON.parse(read(join(dir, 'concepts.json'))) as { term: string; speeches: number }[]).find(
      (c) => c.term === '四个意识',
    )!;
    expect(filters.concept.counts[at]).toBe(listed.speeches);
  });
});

describe('a broken glossary', () => {
  it('fails the build naming the file with the wrong related entry', () => {
    const concepts = join(TMP, 'bad-glossary', 'concepts');
    mkdirSync(concepts, { recursive: true });
    writeFileSync(
      join(concepts, 'si-feng.mdx'),
      '---\nterm: 四风\ndefinition: 形式主义、官僚主义、享乐主义和奢靡之风的合称。\ncategory: 作风建设\nrelated: [中央八项规定]\n---\n',
    );
    const build = buildSite('bad-glossary', { ARCHIVE_CONCEPTS: concepts });
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('si-feng.mdx: related entry “中央八项规定” does not exist');
  });
});
