import { describe, expect, it } from 'vitest';
import { newestFirst } from '../../src/lib/site/catalog.ts';

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
