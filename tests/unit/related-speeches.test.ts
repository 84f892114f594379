// Related speeches (src/lib/annotate/related.ts) and what links speeches to each other
// (cross-speech.ts): each signal gives its reason in the reader's words, weak pairs are
// left out, at most RELATED_MAX a page, and within a large campaign only the speeches
// near in date are candidates. crossSpeech on the seed speeches (content/raw/) with a
// second copy of one of them: the copy is found, and relates the two by their sentences.
import { describe, expect, it } from 'vitest';
import { crossSpeech } from '../../src/lib/annotate/cross-speech.ts';
import { RELATED_MAX, relatedSpeeches, sharedPassages, type RelatedInput } from '../../src/lib/annotate/related.ts';
import { ingestText } from '../../src/lib/ingest/index.ts';
import { loadSeed } from './fixtures/ingest-helpers.ts';

const speech = (slug: string, over: Partial<RelatedInput> = {}): RelatedInput => ({
  slug,
  title: `${slug}的讲话`,
  date: null,
  year: null,
  campaign: null,
  occasion: null,
  speaker: null,
  concepts: [],
  outline: [],
  ...over,
});
/** No passages shared between the `n` speeches. */
const none = (n: number) => sharedPassages(n, []);
const reasonsFor = (out: Map<string, { slug: string; reasons: string[] }[]>, a: string, b: string) =>
  out.get(a)!.find((r) => r.slug === b)?.reasons;

describe('relatedSpeeches: each signal and its reason', () => {
  it('the same campaign and the same kind of meeting', () => {
    const list = [
      speech('a', { campaign: '“两学一做”学习教育', occasion: '推进会' }),
      speech('b', { campaign: '“两学一做”学习教育', occasion: '推进会' }),
      speech('c', { campaign: '“两学一做”学习教育', occasion: '总结会' }),
      speech('d', { campaign: '主题教育', occasion: '推进会' }),
    ];
    const out = relatedSpeeches(list, none(list.length));
    expect(reasonsFor(out, 'a', 'b')).toEqual(['同属“两学一做”学习教育的推进会']);
    expect(reasonsFor(out, 'a', 'c')).toEqual(['同属“两学一做”学习教育']);
    // The same kind of meeting in another campaign relates nothing.
    expect(reasonsFor(out, 'a', 'd')).toBeUndefined();
    // The closer pair ranks first.
    expect(out.get('a')!.map((r) => r.slug)).toEqual(['b', 'c']);
  });

  it('the same speaker', () => {
    const out = relatedSpeeches(
      [speech('a', { speaker: '龚夏梅' }), speech('b', { speaker: '龚夏梅' }), speech('c', { speaker: '卿渐伟' })],
      none(3),
    );
    expect(reasonsFor(out, 'a', 'b')).toEqual(['同一讲话人（龚夏梅）']);
    expect(out.get('c')).toEqual([]);
  });

  it('passages said in both', () => {
    // Four passages, each said by speeches 0 (a) and 1 (b); c says none.
    const shared = sharedPassages(3, [
      [0, 1],
      [0, 1],
      [0, 1],
      [0, 1],
    ]);
    const out = relatedSpeeches([speech('a'), speech('b'), speech('c')], shared);
    expect(reasonsFor(out, 'a', 'b')).toEqual(['4 处相同语句']);
    expect(out.get('a')![0]!.score).toBe(7);
    expect(out.get('c')).toEqual([]);
  });

  it('shared concepts, the rarer first, more than three counted', () => {
    const common = ['四风', '三会一课', '两个维护', '四个意识', '主体责任'];
    const list = [
      speech('a', { concepts: common }),
      speech('b', { concepts: common }),
      // Many speeches use 主体责任 and 四个意识: they rank after the rarer concepts.
      ...Array.from({ length: 6 }, (_, i) => speech(`x${i}`, { concepts: ['主体责任', '四个意识'] })),
    ];
    const out = relatedSpeeches(list, none(list.length));
    const reasons = reasonsFor(out, 'a', 'b')!;
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toMatch(/^共用提法：/);
    expect(reasons[0]).toContain(' 等 5 个');
    const named = reasons[0]!
      .replace('共用提法：', '')
      .replace(/ 等.*$/, '')
      .split('、');
    expect(named).toHaveLength(3);
    expect(named).not.toContain('主体责任');
    expect(named).not.toContain('四个意识');
  });

  it('outlines whose part headings share wording', () => {
    const outline = ['提高政治站位，增强主题教育的思想自觉', '突出问题导向，抓好检视整改', '强化组织领导，确保取得实效'];
    const list = [
      speech('a', { outline, speaker: '甲' }),
      speech('b', { outline: outline.map((h) => h.replace('主题教育', '学习教育')), speaker: '乙' }),
      speech('c', { outline: ['加快项目建设', '优化营商环境', '保障改善民生'], speaker: '丙' }),
    ];
    const out = relatedSpeeches(list, none(list.length));
    expect(reasonsFor(out, 'a', 'b')).toBeUndefined(); // not a candidate: nothing else links them
    // Candidates come from campaigns, speakers, partners and concepts; the outline only adds to the score.
    const withCampaign = list.map((s) => ({ ...s, campaign: '主题教育' }));
    const out2 = relatedSpeeches(withCampaign, none(withCampaign.length));
    expect(reasonsFor(out2, 'a', 'b')).toEqual(['同属主题教育', '提纲相近']);
    expect(reasonsFor(out2, 'a', 'c')).toEqual(['同属主题教育']);
  });

  it('at most RELATED_MAX, and in a large campaign only the speeches near in date', () => {
    // Newest first; 40 speeches of one campaign, slugs so that the far ones would sort first on a tie.
    const list = Array.from({ length: 40 }, (_, i) =>
      speech(`${i < 20 ? 'z' : 'a'}${String(i).padStart(2, '0')}`, { campaign: '主题教育' }),
    );
    const out = relatedSpeeches(list, none(list.length));
    for (const related of out.values()) expect(related.length).toBe(RELATED_MAX);
    const first = out.get('z00')!.map((r) => r.slug);
    expect(first.every((s) => s.startsWith('z'))).toBe(true);
    const last = out.get('a39')!.map((r) => r.slug);
    expect(last.every((s) => s.startsWith('a') && Number(s.slice(1)) >= 31)).toBe(true);
  });
});

describe('crossSpeech on the seeds with a second copy of one of them', () => {
  const seeds = ['000', '001', '002', '003', '004'].map((p, i) => {
    const { speech: s } = loadSeed(p);
    return { ...s, slug: `seed-${i}` };
  });
  const original = loadSeed('000');
  // The same speech published again: another file, one sentence changed.
  const copyRaw = original.raw.replace('下面，我讲三点意见。', '下面，我再讲三点意见。');
  const copy = { ...ingestText(copyRaw, '900_copy.txt'), slug: 'seed-0-copy' };
  const entries = [copy, ...seeds];
  const cross = crossSpeech(entries, () => []);

  it('lists the other copy of the same speech both ways', () => {
    expect(cross.copies.get('seed-0')).toEqual([{ slug: 'seed-0-copy', title: seeds[0]!.title, kind: 'near' }]);
    expect(cross.copies.get('seed-0-copy')?.map((c) => c.slug)).toEqual(['seed-0']);
    expect(cross.copies.has('seed-2')).toBe(false);
  });

  it('relates the copies by the sentences they share', () => {
    const related = cross.related.get('seed-0')!;
    expect(related[0]!.slug).toBe('seed-0-copy');
    expect(related[0]!.reasons[0]).toMatch(/^\d+ 处相同语句$/);
  });

  it('finds the shared sentences as parallel passages', () => {
    const group = cross.parallels.groups.find(
      (g) => g.places.some((p) => p.slug === 'seed-0') && g.places.some((p) => p.slug === 'seed-0-copy'),
    );
    expect(group).toBeDefined();
  });
});
