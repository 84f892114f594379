import { describe, expect, it } from 'vitest';
import { bySpeaker, byYear, neighbours, yearLabel } from '../../src/lib/pages/catalog.ts';
import { newestFirst } from '../../src/lib/speech/order.ts';
import { mostUsed } from '../../src/lib/pages/most-used.ts';
import type { SpeechEntry } from '../../src/lib/speech/schema.ts';

const speech = (source: string, date: string | null, year: number | null, title: string) => ({ source, date, year, title });

describe('newestFirst', () => {
  it('orders newest first, year-only within its year after dated ones, undated last', () => {
    const list = [
      speech('a.txt', null, null, '甲'),
      speech('b.txt', '2019-11-12', 2019, '乙'),
      speech('c.txt', null, 2019, '丙'),
      speech('d.txt', '2023-03-01', 2023, '丁'),
    ];
    expect(newestFirst(list).map((s) => s.source)).toEqual(['d.txt', 'b.txt', 'c.txt', 'a.txt']);
  });

  it('gives the same order whatever order the speeches come in, even for the same date and title', () => {
    // Two copies of one speech (the corpus has such pairs) share date and title.
    const list = [
      speech('00327.txt', '2016-07-01', 2016, '在全市“两学一做”学习教育工作督办会上的讲话'),
      speech('00172.txt', '2016-07-01', 2016, '在全市“两学一做”学习教育工作督办会上的讲话'),
      speech('00500.txt', '2016-07-01', 2016, '在全市党建工作会议上的讲话'),
    ];
    const orders = [list, [...list].reverse(), [list[1]!, list[2]!, list[0]!]].map((l) => newestFirst(l).map((s) => s.source));
    expect(new Set(orders.map((o) => o.join()))).toHaveLength(1);
    const copies = orders[0]!.filter((s) => s !== '00500.txt');
    expect(copies).toEqual(['00172.txt', '00327.txt']);
  });
});

describe('listings that reach every speech', () => {
  const entry = (slug: string, date: string | null, year: number | null, speaker: string | null, campaign: string | null) =>
    ({ slug, source: `${slug}.txt`, title: slug, date, year, speaker, campaign }) as unknown as SpeechEntry;
  const list = newestFirst([
    entry('a', '2019-11-12', 2019, '龚夏梅', '主题教育'),
    entry('b', null, null, null, null),
    entry('c', '2016-07-01', 2016, null, '两学一做'),
    entry('d', '2014-04-08', 2014, '卿渐伟', '主题教育'),
  ]);

  it('puts undated speeches under 年份不详 and speakerless ones under 讲话人不详, last', () => {
    const years = byYear(list);
    expect(years.map((g) => [g.name, g.slug, g.speeches.map((s) => s.slug)])).toEqual([
      ['2019', '2019', ['a']],
      ['2016', '2016', ['c']],
      ['2014', '2014', ['d']],
      ['年份不详', 'unknown', ['b']],
    ]);
    expect(years.map(yearLabel)).toEqual(['2019年', '2016年', '2014年', '年份不详']);
    const speakers = bySpeaker(list);
    expect(speakers.at(-1)).toMatchObject({ name: '讲话人不详', slug: 'unknown' });
    expect(speakers.at(-1)!.speeches.map((s) => s.slug)).toEqual(['c', 'b']);
    expect(byYear(list.filter((s) => s.year))).toHaveLength(3);
  });

  it('links each speech to its older and newer neighbour, in the archive and in its campaign', () => {
    const near = neighbours(list);
    expect(near.get('a')).toMatchObject({ newer: null, older: { slug: 'c' }, newerInCampaign: null, olderInCampaign: { slug: 'd' } });
    expect(near.get('d')).toMatchObject({
      newer: { slug: 'c' },
      older: { slug: 'b' },
      newerInCampaign: { slug: 'a' },
      olderInCampaign: null,
    });
    expect(near.get('b')).toMatchObject({ older: null, newerInCampaign: null, olderInCampaign: null });
  });
});

describe('mostUsed', () => {
  it('ranks concepts by occurrences, leaves out unused ones, and cuts at n', () => {
    const counts: Record<string, number> = { a: 3, b: 0, c: 7, d: 3 };
    const top = mostUsed(
      [
        { slug: 'a', term: '四风' },
        { slug: 'b', term: '三会一课' },
        { slug: 'c', term: '两个维护' },
        { slug: 'd', term: '四个意识' },
      ],
      (s) => counts[s]!,
      2,
    );
    expect(top.map((c) => [c.term, c.occurrences])).toEqual([
      ['两个维护', 7],
      ['四风', 3],
    ]);
  });
});
