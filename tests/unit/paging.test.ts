import { describe, expect, it } from 'vitest';
import { pageGroups, pageItems, pageParam, pageUrl } from '../../src/lib/pages/paging.ts';

describe('paging', () => {
  it('splits a list into pages of the size, keeping every item once and in order; an empty list has one empty page', () => {
    const items = Array.from({ length: 450 }, (_, i) => i);
    const pages = pageItems(items, 200);
    expect(pages.map((p) => p.length)).toEqual([200, 200, 50]);
    expect(pages.flat()).toEqual(items);
    expect(pageItems([], 200)).toEqual([[]]);
  });

  it('keeps a speech and its lines on one page, cutting only a speech longer than a page', () => {
    const groups = [
      { s: 'a', lines: [1, 2, 3] },
      { s: 'b', lines: [4, 5] },
      { s: 'c', lines: [6, 7, 8, 9, 10, 11, 12] },
      { s: 'd', lines: [13] },
    ];
    const pages = pageGroups(groups, 4);
    expect(pages.map((p) => p.map((x) => `${x.s}${x.lines.join(',')}`))).toEqual([
      ['a1,2,3'],
      ['b4,5'],
      ['c6,7,8,9'],
      ['c10,11,12', 'd13'],
    ]);
    expect(pages.flat().flatMap((x) => x.lines)).toEqual(groups.flatMap((g) => g.lines));
  });

  it('puts page 1 at the list URL and page n under it', () => {
    expect([1, 2, 12].map((n) => pageUrl('/archive/concepts/si-feng/', n))).toEqual([
      '/archive/concepts/si-feng/',
      '/archive/concepts/si-feng/2/',
      '/archive/concepts/si-feng/12/',
    ]);
    expect([1, 3].map(pageParam)).toEqual([undefined, '3']);
  });
});
