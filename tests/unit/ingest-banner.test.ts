// A banner above a page's own navigation (session 11, wt-above): a search engine's cached copy
// puts its notice (the query, a disclaimer with the original URL) over the page as it was. What
// the reader sees: the speech under its title, no banner sentence; a page whose sentences above
// the navigation are as long as what follows keeps them.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';
import { SPEECH, blockTexts } from '../helpers/speech-text.ts';

const LONG = [...SPEECH, ...SPEECH.slice(1).map((p) => `此外，${p}`), ...SPEECH.slice(1).map((p) => `总之，${p}`)];
const BANNER = [
  '网页快照',
  '您查询的关键词是：组织工作会议　讲话 。如果打开速度慢，可以尝试快速版；如果想保存快照，可以添加到收藏。',
  '（本站和网页 http://www.jc.gov.cn/art/2021/9/17/art_1024_3311.html 的作者无关，不对其内容负责。快照谨为网络故障时之索引，不代表被搜索网站的即时页面。）',
  '快照时间：2021年9月20日 10:11:12',
];
const PAGE_TOP = ['江川市委组织部', '首页 | 新闻 | 政务 | 服务 | 互动'];

describe('a banner above the page’s navigation', () => {
  it('removes the cached copy’s notice and keeps the page’s speech under its title', () => {
    const raw = [...BANNER, ...PAGE_TOP, '在全省组织工作会议上的讲话', '发布日期：2021-09-17　来源：市委组织部', ...LONG];
    const s = ingestText(raw.join('\n'), 'snapshot.txt');
    expect(s.title).toBe('在全省组织工作会议上的讲话');
    expect(blockTexts(s)).toEqual(LONG);
    expect(s.removed.find((r) => r.text.startsWith('（本站和网页'))?.reason).toBe('banner');
  });

  it('keeps sentences above the navigation when the text under it is no longer than they are', () => {
    const raw = [SPEECH[1]!, SPEECH[2]!, ...PAGE_TOP, SPEECH[3]!];
    const s = ingestText(raw.join('\n'), 'short.txt');
    expect(s.removed.some((r) => r.reason === 'banner')).toBe(false);
    expect(blockTexts(s)).toContain(SPEECH[1]);
  });
});
