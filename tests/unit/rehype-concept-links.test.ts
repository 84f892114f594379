import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import type { Root } from 'mdast';
import { createMatcher } from '../../src/lib/concepts/matcher.ts';
import rehypeConceptLinks from '../../src/plugins/rehype-concept-links.ts';
import type { ConceptInfo } from '../../src/lib/concepts/glossary.ts';
import { speechToMdast } from '../../src/lib/render/speech-mdast.ts';

const glossary = [
  { slug: 'si-ge-yi-shi', term: '四个意识', wordings: ['四个意识'], definition: '政治意识、大局意识、核心意识、看齐意识的合称。' },
  { slug: 'yi-shi', term: '意识', wordings: ['意识'], definition: '测试用的短词，检验不在长词内部匹配。' },
  { slug: 'liang-ge-wei-hu', term: '两个维护', wordings: ['两个维护'], definition: '坚决维护核心地位与集中统一领导的合称。' },
  {
    slug: 'xing-shi',
    term: '形式主义、官僚主义',
    wordings: ['形式主义、官僚主义', '形式主义和官僚主义'],
    definition: '两种不良作风的并称。',
  },
  { slug: 'xs', term: '形式主义', wordings: ['形式主义'], definition: '只重形式不重实效的作风。' },
  {
    slug: 'zhong-yang-ba-xiang',
    term: '中央八项规定',
    wordings: ['中央八项规定', '八项规定'],
    definition: '改进工作作风、密切联系群众的八项规定。',
  },
];
const matcher = createMatcher(glossary);
const concepts = new Map<string, ConceptInfo>(
  glossary.map((g) => [g.slug, { term: g.term, definition: g.definition, href: `/concepts/${g.slug}/` }]),
);

function html(tree: Root): string {
  const processor = unified().use(remarkRehype).use(rehypeConceptLinks, { matcher, concepts }).use(rehypeStringify);
  return processor.stringify(processor.runSync(tree));
}
const paragraph = (...texts: string[]): Root => ({
  type: 'root',
  children: texts.map((value) => ({ type: 'paragraph', children: [{ type: 'text', value }] })),
});
const textOf = (out: string) => out.replace(/<div class="concept-definitions"[\s\S]*<\/div>/, '').replace(/<[^>]+>/g, '');
const links = (out: string) => [...out.matchAll(/<a [^>]*data-concept="([^"]+)"[^>]*>([^<]*)<\/a>/g)].map((m) => `${m[1]}:${m[2]}`);

describe('rehype-concept-links', () => {
  it('throws a clear error when used without a matcher', () => {
    expect(() => rehypeConceptLinks(undefined as never)).toThrow(/matcher, concepts/);
  });

  it('links terms inside quotation marks in a real passage (seed 004), longest term first', () => {
    const passage =
      '一要在树牢“四个意识”、落实“两个维护”上持续巩固提升。牢固树立“四个意识”、坚定落实“两个维护”，是加强政治建设的主题主线。';
    const out = html(paragraph(passage));
    expect(links(out)).toEqual(['si-ge-yi-shi:四个意识', 'liang-ge-wei-hu:两个维护', 'si-ge-yi-shi:四个意识', 'liang-ge-wei-hu:两个维护']);
    expect(textOf(out)).toBe(passage);
  });

  it('matches a shorter term only where no longer term covers it', () => {
    const out = html(paragraph('个别党员干部政治站位不高，思想认识不深，宗旨意识淡薄，要增强四个意识。'));
    expect(links(out)).toEqual(['yi-shi:意识', 'si-ge-yi-shi:四个意识']);
  });

  it('links variants to the canonical concept and prefers the longer paired term', () => {
    const out = html(paragraph('要力戒形式主义、官僚主义，严格执行八项规定，反对形式主义和官僚主义，防止形式主义。'));
    expect(links(out)).toEqual([
      'xing-shi:形式主义、官僚主义',
      'zhong-yang-ba-xiang:八项规定',
      'xing-shi:形式主义和官僚主义',
      'xs:形式主义',
    ]);
  });

  it('links a term at the very start and end of a paragraph', () => {
    const out = html(paragraph('两个维护', '四个意识是具体的，要体现在行动上、落实“两个维护”'));
    expect(links(out)).toEqual(['liang-ge-wei-hu:两个维护', 'si-ge-yi-shi:四个意识', 'liang-ge-wei-hu:两个维护']);
  });

  it('leaves headings and existing links untouched', () => {
    const tree = speechToMdast({
      blocks: [
        { kind: 'heading', text: '第一，要在树牢“四个意识”上下功夫', line: 1 },
        { kind: 'paragraph', text: '一要在树牢“四个意识”上持续巩固提升。', line: 2 },
      ],
      outline: [
        { id: 's1', depth: 1, n: 1, marker: '第一', label: '要在树牢“四个意识”上下功夫', block: 0, offset: 0 },
        { id: 's1-1', depth: 2, n: 1, marker: '一要', label: '在树牢“四个意识”上持续巩固提升', block: 1, offset: 0 },
      ],
    });
    (tree.children[1] as { children: unknown[] }).children.push({
      type: 'link',
      url: '/x/',
      children: [{ type: 'text', value: '两个维护' }],
    });
    const out = html(tree);
    expect(out).toContain('<h2 id="s1">第一，要在树牢“四个意识”上下功夫</h2>');
    expect(out).toContain('<a href="/x/">两个维护</a>');
    expect(links(out)).toEqual(['si-ge-yi-shi:四个意识']);
  });

  it('gives each link an accessible definition that exists once on the page', () => {
    const out = html(paragraph('增强“四个意识”，增强“四个意识”。'));
    expect(out.match(/aria-describedby="def-si-ge-yi-shi"/g)).toHaveLength(2);
    expect(out.match(/id="def-si-ge-yi-shi"/g)).toHaveLength(1);
    expect(out).toContain('data-definition="四个意识：政治意识、大局意识、核心意识、看齐意识的合称。"');
    expect(out).toContain('<div class="concept-definitions" hidden>');
  });

  it('escapes hostile text and never links inside it', () => {
    const out = html(paragraph('<script>alert("四个意识")</script> & 两个维护'));
    expect(out).toContain('&#x3C;script>alert("<a');
    expect(out).not.toContain('<script>');
  });
});

describe('createMatcher', () => {
  it('refuses a wording claimed by two concepts', () => {
    expect(() =>
      createMatcher([
        { slug: 'a', term: '四风', wordings: ['四风'] },
        { slug: 'b', term: '四风问题', wordings: ['四风问题', '四风'] },
      ]),
    ).toThrow(/四风.*a, b/);
  });

  it('finds nothing with an empty glossary', () => {
    expect(createMatcher([]).find('四个意识')).toEqual([]);
  });
});
