/**
 * The exact-search query set (1–15 characters; idioms, cross-word substrings,
 * punctuation inside, traditional forms, quoted, absent, several phrases) and its
 * truth, computed from the built pages' text. Used by the browser test on the seed
 * site and by `npm run bench` on its large builds.
 */
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import type { Page } from 'playwright-core';
import { parseQuery } from '../../src/lib/search/exact.ts';
import { read, readCatalog } from './dist-pages.ts';

export const QUERY_SET = [
  // one and two characters
  '党',
  '风',
  '课',
  '台账',
  '四风',
  '整改',
  '督导',
  '意识',
  '维护',
  '初心',
  '基层',
  '党课',
  '减负',
  '补课',
  '兰考',
  '纪律',
  // idioms and set terms
  '三会一课',
  '真学真做真改',
  '花架子',
  '以上率下',
  '走深走实',
  '压紧压实',
  '落细落实',
  '一针见血',
  '实打实',
  '见贤思齐',
  '上下一般粗',
  '评功摆好',
  '瞻前顾后',
  '按部就班',
  '出谋划策',
  '比学赶超',
  '见底清零',
  '两个维护',
  '四个意识',
  '焦裕禄精神',
  // substrings across word boundaries
  '题教育工',
  '两个维',
  '个意识',
  '书记在全',
  '会上的讲',
  '查摆问题',
  '作风建设',
  '教育实践活动',
  '习近平总书记',
  // punctuation and digits inside
  '上面热、下面冷',
  '9+2',
  '“9+2”',
  '1+6',
  '带头学、带头查、带头改',
  '察实情、解难题',
  '一周一计划',
  '“两个维护”',
  '11月7日下午',
  '2019年',
  // traditional characters, quoted forms
  '兩個維護',
  '學習教育',
  '黨課',
  '整改落實',
  '問題導向',
  '巡視整改',
  '四個意識',
  '"三会一课"',
  '“四风”',
  // absent
  '量子纠缠',
  '人工智能大模型',
  '维护两个',
  // several phrases: all must occur
  '四风 整改',
  '两个维护 四个意识',
  '主题教育 巡回指导组',
  '台账 督导组',
];

export interface SitePage {
  url: string;
  units: string[];
}

/** Every speech of a built site, in catalog order (newest first), with its searchable text. */
export function sitePages(dist: string): SitePage[] {
  return readCatalog(dist).map((s) => ({ url: s.url, units: pageUnits(read(join(dist, s.url, 'index.html'))) }));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Text of an HTML fragment: tags dropped (a paragraph's ¶ link with its tag), character references decoded. */
const fragmentText = (html: string) =>
  html
    .replace(/<a [^>]*class="para-link"[^>]*>[\s\S]*?<\/a>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
      e[0] === '#'
        ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
        : (ENTITIES[e] ?? m),
    );

/**
 * What a phrase search looks in, unit by unit, as the page shows it: the title (<h1>), then
 * every paragraph and heading of the body at any depth (<p>, <h2>–<h6> with a paragraph or
 * section id). A phrase never runs from one unit into the next.
 */
function pageUnits(html: string): string[] {
  const title = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '';
  const blocks = [...html.matchAll(/<(p|h[2-6]) id="(?:p|s|h)\d+[^"]*"[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => m[2]!);
  return [title, ...blocks].map(fragmentText);
}

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/** Non-overlapping occurrences of `phrase` in `text`, leftmost first: the archive's one counting rule. */
function exactCount(text: string, phrase: string): number {
  return text.split(phrase).length - 1;
}

/** Punctuation (\p{P}) and white space, which a phrase not found as written is matched without (shared/text.ts). */
const IGNORABLE = /[\p{P}\p{Z}\s]/gu;

/** Occurrences ignoring punctuation: both sides stripped of it, paragraph by paragraph. */
function bareCount(text: string, phrase: string): number {
  const bare = phrase.replace(IGNORABLE, '');
  return bare ? exactCount(text.replace(IGNORABLE, ''), bare) : 0;
}

/**
 * The speeches that contain every phrase of `query`, with their occurrence counts, in the
 * order /search/ ranks them: most occurrences first, ties newest first. The text is the
 * speech's body (headings and paragraphs, not the title), occurrences do not overlap, and
 * a phrase that no speech holds as written is matched ignoring punctuation.
 */
export function truth(pages: readonly SitePage[], query: string): { url: string; count: number }[] {
  const phrases = parseQuery(query).map((p) => toSimplified(p));
  const countsOf = (phrase: string) => {
    const exact = pages.map((p) => p.units.slice(1).reduce((n, u) => n + exactCount(u, phrase), 0));
    return exact.some((n) => n > 0) ? exact : pages.map((p) => p.units.slice(1).reduce((n, u) => n + bareCount(u, phrase), 0));
  };
  const counts = phrases.map(countsOf);
  return pages
    .map((p, rank) => ({ url: p.url, rank, counts: counts.map((c) => c[rank]!) }))
    .filter((p) => phrases.length > 0 && p.counts.every((n) => n > 0))
    .map((p) => ({ url: p.url, rank: p.rank, count: p.counts.reduce((a, b) => a + b, 0) }))
    .sort((a, b) => b.count - a.count || a.rank - b.rank)
    .map(({ url, count }) => ({ url, count }));
}
/** The results /search/ lists, as a reader sees them: each speech's path and its count of occurrences. */
export function shownResults(page: Page): Promise<{ url: string; count: number }[]> {
  return page.$$eval('#results [data-result]', (items) =>
    items.map((li) => ({
      url: new URL(li.querySelector<HTMLAnchorElement>('a.title')!.href).pathname,
      count: parseInt(li.querySelector('.count')?.textContent ?? '', 10),
    })),
  );
}
