// The notes after paragraphs (src/plugins/rehype-parallels.ts): sentences of a paragraph
// said in the same places share a row; a page lists at most PAGE_ROWS rows and says how
// many sentences more are said elsewhere.
import type { Root } from 'hast';
import { unified } from 'unified';
import rehypeStringify from 'rehype-stringify';
import { describe, expect, it } from 'vitest';
import rehypeParallels, { PAGE_ROWS } from '../../src/plugins/rehype-parallels.ts';
import type { ParallelHere, ParallelPlace } from '../../src/lib/annotate/parallels.ts';

const place = (slug: string, paragraph: number): ParallelPlace => ({
  slug,
  title: `讲话${slug}`,
  date: '2020-01-02',
  year: 2020,
  paragraph,
});
const item = (paragraph: number, sentence: string, elsewhere: ParallelPlace[], count = elsewhere.length): Omit<ParallelHere, 'group'> => ({
  paragraph,
  sentence,
  elsewhere,
  count,
});

function render(paragraphs: number, parallels: Omit<ParallelHere, 'group'>[]): string {
  const tree: Root = {
    type: 'root',
    children: Array.from({ length: paragraphs }, (_, i) => ({
      type: 'element' as const,
      tagName: 'p',
      properties: { id: `p${i + 1}` },
      children: [{ type: 'text' as const, value: `第${i + 1}段。` }],
    })),
  };
  rehypeParallels({
    parallels,
    href: (p) => `/speeches/${p.slug}/#p${p.paragraph}`,
    all: (s) => `/search/?q=${encodeURIComponent(s)}`,
    date: () => '2020年1月2日',
  })(tree);
  return unified().use(rehypeStringify).stringify(tree);
}
const rowsOf = (html: string) => [...html.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]!);

describe('parallel notes', () => {
  it('gives sentences of a paragraph said in the same places one row, and others a row each', () => {
    const same = [place('a', 4), place('b', 2)];
    const html = render(3, [
      item(2, '第一句话说在两篇讲话里。', same),
      item(2, '第二句话也说在同样两篇里。', same),
      item(2, '第三句话只在另一篇里说过。', [place('c', 7)]),
    ]);
    const rows = rowsOf(html);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('<q>第一句话说在两篇讲话里。</q> 等 2 句亦见于 ');
    expect(rows[0]).toContain('href="/speeches/a/#p4"');
    expect(rows[0]).toContain('href="/speeches/b/#p2"');
    expect(rows[1]).toContain('href="/speeches/c/#p7"');
    expect(html).toMatch(/<p id="p2">第2段。<\/p><aside class="parallels" data-parallel/);
  });

  it('does not join sentences whose shown places or counts differ', () => {
    const html = render(1, [
      item(1, '甲句。', [place('a', 1)], 5),
      item(1, '乙句。', [place('a', 1)], 6),
      item(1, '丙句。', [place('a', 2)], 6),
    ]);
    expect(rowsOf(html)).toHaveLength(3);
    expect(html).not.toContain('等 2 句');
  });

  it('shows three places and a count that links to a search for the quoted opening words', () => {
    const sentence = '坚持以人民为中心的发展思想，不断实现好、维护好、发展好最广大人民根本利益。';
    const html = render(1, [item(1, sentence, [place('a', 1), place('b', 1), place('c', 1), place('d', 1), place('e', 1)], 12)]);
    // The first 24 characters quoted; the search is for them without the trailing 、.
    expect(html).toContain('<q>坚持以人民为中心的发展思想，不断实现好、维护好、…</q>');
    expect(html).not.toContain('href="/speeches/d/#p1"');
    expect(html).toContain(
      `<a href="/search/?q=${encodeURIComponent('坚持以人民为中心的发展思想，不断实现好、维护好')}" class="parallel-all">共 12 篇</a>`,
    );
  });

  it(`lists at most ${PAGE_ROWS} rows a page and counts the sentences left out`, () => {
    const n = PAGE_ROWS + 40;
    const html = render(
      n,
      Array.from({ length: n }, (_, i) => item(i + 1, `第${i + 1}段的句子。`, [place('x', i + 1)])),
    );
    expect(rowsOf(html)).toHaveLength(PAGE_ROWS);
    expect(html).toContain(`href="/speeches/x/#p${PAGE_ROWS}"`);
    expect(html).not.toContain(`href="/speeches/x/#p${PAGE_ROWS + 1}"`);
    expect(html).toMatch(
      /<aside class="parallels" data-parallel="" data-parallel-more="" aria-label="其余亦见于其他讲话的语句">本篇另有 40 句亦见于其他讲话，篇幅所限，未逐段列出。<\/aside>$/,
    );
  });
});
