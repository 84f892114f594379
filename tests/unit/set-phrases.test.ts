import { describe, expect, it } from 'vitest';
import { blockAnchors } from '../../src/lib/speech/anchors.ts';
import {
  trimExample,
  highlightPieces,
  minePhrases,
  separatedRuns,
  yaoSeries,
  yearSpan,
  type MinedSpeech,
  type SetPhrase,
} from '../../src/lib/annotate/set-phrases.ts';
import { loadSeed } from './fixtures/ingest-helpers.ts';

// The five seeds, ingested as the site does; slugs are the seed numbers.
const seeds: MinedSpeech[] = ['000', '001', '002', '003', '004'].map((n) => {
  const { speech } = loadSeed(n);
  return { slug: n, title: speech.title, year: speech.year, blocks: speech.blocks, anchors: blockAnchors(speech) };
});
const mined = minePhrases(seeds);
const find = (phrase: string, kind?: SetPhrase['kind']) => mined.find((p) => p.phrase === phrase && (!kind || p.kind === kind));
const one = (text: string, year: number | null = 2020): MinedSpeech[] => [
  { slug: 'x', title: 'X', year, blocks: [{ text }], anchors: ['p1'] },
];

describe('minePhrases on the seeds: reduplicated four-character patterns', () => {
  it('counts 压紧压实 in three speeches, years from the dated ones only', () => {
    const p = find('压紧压实')!;
    expect(p).toMatchObject({ kind: 'reduplication', count: 4, speeches: 3, years: { from: 2019, to: 2023 } });
    // Examples: one per speech first (newest-first order is the caller’s), linked to the paragraph.
    expect(p.examples.map((e) => `${e.slug}#${e.anchor}`)).toEqual(['000#p13', '001#p3', '004#p6']);
    expect(p.examples[0]!.sentence).toBe('一要压紧压实责任。');
    expect(p.examples[0]!.highlights).toEqual([{ start: 2, end: 6 }]);
    for (const e of p.examples) {
      const h = e.highlights[0]!;
      expect(e.sentence.slice(h.start, h.end)).toBe('压紧压实');
      expect(e.sentence).toMatch(/[。！？；]$/);
    }
  });

  it('finds 走深走实 (not the shadow 育走深走 / 研走深走) and the seed-001 phrases', () => {
    expect(find('走深走实')).toMatchObject({ count: 4, speeches: 2, years: { from: 2019, to: 2023 } });
    expect(find('走深走实')!.examples.map((e) => e.anchor)).toEqual(['p3', 'p2', 'p5']);
    for (const phrase of ['落细落实', '见行见效', '用好用足', '做实做细', '配齐配强']) {
      expect(find(phrase, 'reduplication'), phrase).toMatchObject({ count: 1, speeches: 1 });
    }
    expect(find('落细落实')!.examples[0]).toMatchObject({ slug: '001', anchor: 'p3' });
    expect(find('用好用足')!.years).toEqual({ from: 2023, to: 2023 });
    expect(mined.some((p) => /^.走深走$|^.压紧压$|^.落细落$/.test(p.phrase))).toBe(false);
  });

  it('finds the ?A?A shape: 真改实改 in the undated seed 004, and 落实落细 in two speeches', () => {
    expect(find('真改实改')).toMatchObject({ kind: 'reduplication', count: 2, speeches: 1, years: null });
    expect(find('落实落细')).toMatchObject({ count: 2, speeches: 2, years: { from: 2023, to: 2023 } });
    expect(find('选人用人')).toMatchObject({ count: 4 });
  });

  it('counts 真学真做 once: in seed 000 it is part of the longer run 真学真做真改', () => {
    // Seed 003's year is not known (only that it is 2016 or later), so the phrase has no year span.
    expect(find('真学真做', 'reduplication')).toMatchObject({ count: 1, speeches: 1, years: null });
    expect(find('真学真做')!.examples[0]!.slug).toBe('003');
    expect(find('真学真做真改')).toMatchObject({ kind: 'parallel', count: 1 });
  });

  it('ranks by count, highest first', () => {
    const counts = mined.filter((p) => p.kind === 'reduplication').map((p) => p.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(
      mined
        .filter((p) => p.kind === 'reduplication')
        .slice(0, 3)
        .map((p) => p.phrase),
    ).toEqual(['压紧压实', '对标对表', '走深走实']);
  });

  it('leaves out place lists, titles and question forms found in the seeds', () => {
    const phrases = mined.map((p) => p.phrase);
    for (const noise of [
      '各地各单',
      '本地本单',
      '市委常委',
      '省委常委',
      '是不是存',
      '己是不是',
      '有没有改',
      '的目的是',
      '要求要有',
      '项专项整',
      '会议审议',
      '议审议通',
      '行动推动',
      '动推动活动扎',
    ]) {
      expect(phrases, noise).not.toContain(noise);
    }
    // 以上率下 repeats no character: it is a set phrase, but not one these rules find.
    expect(phrases.some((p) => p.includes('以上率下'))).toBe(false);
  });
});

describe('minePhrases on the seeds: parallel runs', () => {
  it('finds 带头学、带头查、带头改 (000) and 带头抓、带头学、带头做 (001) with their paragraphs', () => {
    const a = find('带头学、带头查、带头改')!;
    expect(a).toMatchObject({ kind: 'parallel', count: 1, speeches: 1, years: { from: 2019, to: 2019 } });
    expect(a.examples[0]).toMatchObject({ slug: '000', anchor: 'p3' });
    const h = a.examples[0]!.highlights[0]!;
    expect(a.examples[0]!.sentence.slice(h.start, h.end)).toBe('带头学、带头查、带头改');
    expect(find('带头抓、带头学、带头做')!.examples[0]).toMatchObject({ slug: '001', anchor: 'p3' });
  });

  it('finds runs without separators, shared tails and unshared three-character runs', () => {
    expect(find('边学边查边改')).toMatchObject({ count: 3, speeches: 2, years: { from: 2014, to: 2014 } });
    expect(find('政治自觉、思想自觉、行动自觉')).toMatchObject({ count: 2, speeches: 2 });
    expect(find('察实情、解难题、促发展、办实事')).toMatchObject({ count: 1, years: { from: 2023, to: 2023 } });
    expect(find('抓学习、抓落实、抓整改')).toMatchObject({ count: 1 });
    expect(find('按要求、按时限、按标准')).toMatchObject({ count: 1, years: null });
  });

  it('keeps runs to whole items of one length and one separator', () => {
    const phrases = mined.filter((p) => p.kind === 'parallel').map((p) => p.phrase);
    expect(phrases).toContain('联动整改、全面整改、彻底整改');
    expect(phrases).not.toContain('联动整改、全面整改、彻底整改、确保整改'); // the fourth is after a ，
    expect(phrases.some((p) => p.startsWith('不够、不准'))).toBe(false); // 不聚焦 is longer
    expect(phrases.some((p) => p.startsWith('的要求'))).toBe(false); // “以更严的要求，带头学” is not an item
  });
});

describe('minePhrases on the seeds: 要…要…要 series', () => {
  it('finds 要统筹要推进，要深入 (003) and the ；-separated series of 004', () => {
    const a = find('要统筹……要推进……要深入')!;
    expect(a).toMatchObject({ kind: 'yao-series', count: 1, years: null });
    expect(a.examples[0]).toMatchObject({ slug: '003', anchor: 'p3' });
    expect(a.examples[0]!.highlights.map((h) => a.examples[0]!.sentence.slice(h.start, h.end))).toEqual(['要统筹', '要推进', '要深入']);
    const b = find('要主动……要务实……要全面……要深入')!;
    expect(b).toMatchObject({ kind: 'yao-series', years: null });
    expect(b.examples[0]!.sentence).toMatch(/^要主动查摆.*浮在表面。$/);
    expect(find('要力戒……要认真……要让')!.examples[0]).toMatchObject({ slug: '000', anchor: 'p15' });
  });

  it('finds exactly four series in the seeds', () => {
    expect(
      mined
        .filter((p) => p.kind === 'yao-series')
        .map((p) => p.phrase)
        .sort(),
    ).toEqual(['要主动……要务实……要全面……要深入', '要力戒……要认真……要让', '要把……要集中……要以', '要统筹……要推进……要深入'].sort());
  });
});

describe('ordinary text is not mined', () => {
  it('leaves out 一是一、二是二, 越来越, A不A, 看一看 and numbered lists', () => {
    const text =
      '一是一、二是二，工作越来越好越来越实。是不是真改了？有没有落实？大家看一看想一想。第一、第二、第三都要做好。研究研究再说。';
    expect(minePhrases(one(text))).toEqual([]);
  });

  it('leaves out 一要…二要…三要 (numbered) and 要求 / 要点 (words)', () => {
    expect(yaoSeries('一要学习，二要落实，三要整改。')).toBeNull();
    expect(yaoSeries('要求要更严，要点要讲清，要推进。')).toBeNull();
    expect(yaoSeries('要学习，要落实，要整改。')?.phrase).toBe('要学习……要落实……要整改');
  });

  it('needs three items for a shared-head run and four for an unshared one', () => {
    expect(separatedRuns('带头学、带头查。')).toEqual([]);
    expect(separatedRuns('讲政治、顾大局、守规矩。')).toEqual([]);
    expect(separatedRuns('我们要察实情、解难题、促发展、办实事。')).toEqual([
      { phrase: '察实情、解难题、促发展、办实事', start: 3, end: 18 },
    ]);
  });
});

describe('counting and options', () => {
  it('counts occurrences and speeches, ignores null years, keeps up to maxExamples', () => {
    const speeches: MinedSpeech[] = [
      {
        slug: 'a',
        title: 'A',
        year: 2023,
        blocks: [{ text: '要压紧压实责任。再次压紧压实。' }, { text: '压紧压实！' }],
        anchors: ['p1', 'p2'],
      },
      { slug: 'b', title: 'B', year: null, blocks: [{ text: '必须压紧压实。' }], anchors: ['s1'] },
      { slug: 'c', title: 'C', year: 2014, blocks: [{ text: '压紧压实。' }], anchors: ['p1'] },
    ];
    const [p] = minePhrases(speeches, { maxExamples: 2 });
    expect(p).toMatchObject({ phrase: '压紧压实', count: 5, speeches: 3, years: { from: 2014, to: 2023 } });
    // One example per speech first.
    expect(p!.examples.map((e) => `${e.slug}#${e.anchor}:${e.sentence}`)).toEqual(['a#p1:要压紧压实责任。', 'b#s1:必须压紧压实。']);
    expect(minePhrases(speeches, { minCount: { reduplication: 6 } })).toEqual([]);
  });

  it('counts across a larger archive made of the seeds', () => {
    const big = Array.from({ length: 2000 }, (_, i) => ({ ...seeds[i % 5]!, slug: `s${i}` }));
    const result = minePhrases(big);
    expect(result.find((p) => p.phrase === '压紧压实')).toMatchObject({ count: 1600, speeches: 1200 });
  });
});

describe('helpers', () => {
  it('cuts a sentence into marked pieces and formats a year span', () => {
    expect(
      highlightPieces('要统筹要推进。', [
        { start: 0, end: 3 },
        { start: 3, end: 6 },
      ]),
    ).toEqual([
      { text: '要统筹', mark: true },
      { text: '要推进', mark: true },
      { text: '。', mark: false },
    ]);
    expect(highlightPieces('一要压紧压实责任。', [{ start: 2, end: 6 }]).map((p) => p.text)).toEqual(['一要', '压紧压实', '责任。']);
    expect(yearSpan({ from: 2014, to: 2023 })).toBe('2014–2023');
    expect(yearSpan({ from: 2019, to: 2019 })).toBe('2019');
    expect(yearSpan(null)).toBe('');
  });
});

describe('trimExample', () => {
  it('cuts a long sentence around its highlights and keeps them on the same words', () => {
    const sentence = `${'前'.repeat(100)}要压紧压实责任${'后'.repeat(100)}`;
    const { sentence: cut, highlights } = trimExample(sentence, [{ start: 101, end: 105 }], 10);
    expect(cut).toBe(`…${'前'.repeat(9)}要压紧压实责任${'后'.repeat(8)}…`);
    expect(cut.slice(highlights[0]!.start, highlights[0]!.end)).toBe('压紧压实');
  });

  it('leaves a short sentence whole', () => {
    expect(trimExample('要压紧压实责任。', [{ start: 1, end: 5 }])).toEqual({
      sentence: '要压紧压实责任。',
      highlights: [{ start: 1, end: 5 }],
    });
  });
});
