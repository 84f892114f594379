import { describe, expect, it } from 'vitest';
import { glossaryMatcher, glossaryProblems, type GlossaryEntry } from '../../src/lib/concepts/glossary.ts';
import { conceptOccurrences } from '../../src/lib/concepts/occurrences.ts';

const entry = (slug: string, term: string, extra: Partial<GlossaryEntry['data']> = {}): GlossaryEntry => ({
  slug,
  file: `content/concepts/${slug}.mdx`,
  data: { term, variants: [], definition: `${term}的定义，测试用。`, content: [], category: '政治建设', related: [], senses: [], ...extra },
});

describe('glossaryProblems', () => {
  it('names the file of a wrong related entry and says what to do', () => {
    const problems = glossaryProblems([
      entry('si-feng', '四风', { related: ['中央八项规定', '四个意识'] }),
      entry('si-ge-yi-shi', '四个意识'),
    ]);
    expect(problems).toEqual([
      'content/concepts/si-feng.mdx: related entry “中央八项规定” does not exist. Use the exact `term` of another entry, or remove it.',
    ]);
  });

  it('finds a wording shared by two entries', () => {
    const problems = glossaryProblems([entry('a', '中央八项规定', { variants: ['八项规定'] }), entry('b', '八项规定')]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/content\/concepts\/b\.mdx: the wording “八项规定” is also in content\/concepts\/a\.mdx/);
  });
});

describe('conceptOccurrences', () => {
  const glossary = [entry('si-ge-yi-shi', '四个意识'), entry('liang-ge-wei-hu', '两个维护'), entry('si-feng', '四风')];
  const matcher = glossaryMatcher(glossary);
  const speech = (slug: string, year: number | null, campaign: string | null, texts: string[]) => ({
    slug,
    title: slug,
    date: null,
    year,
    campaign,
    speaker: null,
    outline: [{ id: 's1', depth: 1, n: 1, marker: '第一', label: '标题', block: 0, offset: 0 }],
    blocks: texts.map((text, i) => ({ kind: i === 0 ? ('heading' as const) : ('paragraph' as const), text, line: i + 1 })),
  });
  const stats = conceptOccurrences(
    [
      speech('b', 2019, '巡视整改', ['第一，树牢“四个意识”', '牢固树立“四个意识”、坚定落实“两个维护”。', '“四个意识”“两个维护”是具体的。']),
      speech('a', 2016, null, ['第一，纠治四风', '四风问题。']),
    ],
    matcher,
    glossary.map((g) => g.slug),
  );

  it('counts every occurrence, per year and per campaign, with key-word-in-context lines', () => {
    const s = stats.get('si-ge-yi-shi')!;
    expect(s.occurrences).toBe(3);
    expect(s.byYear.get(2019)).toBe(3);
    expect(s.byCampaign.get('巡视整改')).toBe(3);
    expect(s.passages[0]!.lines.map((l) => l.anchor)).toEqual(['s1', 'p1', 'p2']);
    expect(s.passages[0]!.lines[1]).toEqual({ anchor: 'p1', before: '牢固树立“', text: '四个意识', after: '”、坚定落实“两个维护”。' });
  });

  it('ranks the concepts that share paragraphs', () => {
    expect(stats.get('si-ge-yi-shi')!.cooccurring).toEqual([{ slug: 'liang-ge-wei-hu', paragraphs: 2 }]);
    expect(stats.get('si-feng')!.cooccurring).toEqual([]);
    expect(stats.get('si-feng')!.passages.map((p) => p.speech.slug)).toEqual(['a']);
  });

  it('names the earliest speech that uses a concept, and the share of each year’s speeches that use it', () => {
    const dated = (slug: string, date: string | null, year: number | null, texts: string[]) => ({
      ...speech(slug, year, null, texts),
      date,
    });
    const s = conceptOccurrences(
      [
        dated('c', '2020-03-01', 2020, ['标题', '坚决做到“两个维护”。']),
        dated('d', null, 2020, ['标题', '无关的话。']),
        dated('e', '2019-06-01', 2019, ['标题', '无关的话。', '树牢“四个意识”、做到“两个维护”。']),
        dated('f', null, null, ['标题', '两个维护。']),
      ],
      matcher,
      glossary.map((g) => g.slug),
    );
    const wh = s.get('liang-ge-wei-hu')!;
    expect(wh.firstUse?.speech.slug).toBe('e');
    expect(wh.firstUse?.anchor).toBe('p2');
    expect(wh.shareByYear).toEqual([
      { year: 2019, speeches: 1, of: 1, share: 1 },
      { year: 2020, speeches: 1, of: 2, share: 0.5 },
      { year: null, speeches: 1, of: 1, share: 1 },
    ]);
    expect(s.get('si-feng')!.firstUse).toBeUndefined();
    expect(s.get('si-feng')!.shareByYear).toEqual([]);
  });
});
