import { describe, expect, it } from 'vitest';
import { archiveBase } from '../../src/lib/site/env.ts';
import { asciiSlug, assignSlugs } from '../../src/lib/speech/slugs.ts';
import { barChartHtml } from '../../src/lib/pages/bar-chart.ts';
import { countOccurrences, parseQuery, snippetAt } from '../../src/lib/search/exact.ts';
import { byPinyin, pinyinLetter } from '../../src/lib/pages/pinyin-order.ts';

describe('archiveBase', () => {
  it('always has a leading and trailing slash', () => {
    expect(archiveBase({})).toBe('/');
    expect(archiveBase({ ARCHIVE_BASE: 'archive' })).toBe('/archive/');
    expect(archiveBase({ ARCHIVE_BASE: '/a/b' })).toBe('/a/b/');
  });
  it('refuses what is not a URL path, saying what to use', () => {
    expect(() => archiveBase({ ARCHIVE_BASE: '/讲话/' })).toThrow(/ARCHIVE_BASE=\/archive\//);
  });
});

describe('slugs', () => {
  it('spells campaign and speaker names in pinyin', () => {
    expect(asciiSlug('“两学一做”学习教育')).toBe('liang-xue-yi-zuo-xue-xi-jiao-yu');
    expect(asciiSlug('卿渐伟')).toBe('qing-jian-wei');
  });
  it('gives colliding titles distinct slugs, numbered in source order', () => {
    const slugs = assignSlugs([
      { source: 'b.txt', title: '在全市主题教育推进会上的讲话', date: '2019-11-12', year: 2019 },
      { source: 'a.txt', title: '在全市主题教育推进会上的讲话', date: '2019-11-12', year: 2019 },
      { source: 'c.txt', title: '讲话', date: null, year: null },
    ]);
    expect(slugs.get('a.txt')).toBe('2019-11-12-qsztjytjh');
    expect(slugs.get('b.txt')).toBe('2019-11-12-qsztjytjh-2');
    expect(slugs.get('c.txt')).toBe('undated-jianghua');
  });
});

describe('exact search helpers', () => {
  it('splits a query into phrases and drops quotation marks', () => {
    expect(parseQuery(' “两个维护”　"四风"  三会一课 ')).toEqual(['两个维护', '四风', '三会一课']);
    expect(parseQuery('上面热、下面冷')).toEqual(['上面热、下面冷']);
  });
  it('counts non-overlapping occurrences and cuts a snippet around the first', () => {
    expect(countOccurrences('“四个意识”“两个维护”“四个意识”', '四个意识')).toBe(2);
    expect(countOccurrences('啊啊啊', '啊啊')).toBe(1);
    expect(snippetAt('牢固树立“四个意识”、坚定落实', '四个意识', 2)).toEqual({ before: '…立“', match: '四个意识', after: '”、…' });
    expect(snippetAt('abc', '四风')).toBeNull();
  });
});

describe('barChartHtml', () => {
  it('draws one bar per value, scaled to the largest, with labels as text, escaped', () => {
    const html = barChartHtml([
      { label: '2019年', value: 4, href: '/years/2019/' },
      { label: '<b>', value: 2 },
      { label: '零', value: 0 },
    ]);
    expect(html.match(/<rect/g)).toHaveLength(3);
    expect(html).toContain('<rect width="100"');
    expect(html).toContain('<rect width="50"');
    expect(html).toContain('<rect width="1"');
    expect(html).toContain('>&lt;b&gt;</span>');
    expect(html).toContain('href="/years/2019/"');
    expect(html).toContain('<span class="bar-value">4</span>');
  });
});

describe('pinyin order', () => {
  it('sorts terms by pinyin and gives their letter', () => {
    expect(byPinyin(['四风', '两个维护', '一岗双责', '三会一课'], (x) => x)).toEqual(['两个维护', '三会一课', '四风', '一岗双责']);
    expect(pinyinLetter('“两学一做”')).toBe('L');
  });
});
