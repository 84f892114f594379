// Page chrome found by structure (chrome.ts, line-features.ts): for each rule a
// real-shaped page where the rule removes a line, and a real-shaped speech line
// of similar shape that it keeps. Every removal carries the rule's name.
import { describe, expect, it } from 'vitest';
import { bodySpan, removeChrome } from '../../src/lib/ingest/chrome.ts';
import { ingestText } from '../../src/lib/ingest/index.ts';
import type { Speech } from '../../src/lib/ingest/index.ts';
import {
  isBreadcrumb,
  isMenuShape,
  isPageNumberLine,
  isPaywall,
  isStampLine,
  isToolLine,
  isWidgetRun,
  pageMetaStrength,
} from '../../src/lib/ingest/line-features.ts';
import { lostSentences } from './fixtures/ingest-helpers.ts';

/** Real-shaped speech paragraphs (from a 2019 municipal speech). */
const SPEECH = [
  '同志们：',
  '今天，我们召开全市第二批主题教育工作推进会，主要任务是深入学习贯彻习近平总书记关于主题教育的重要讲话精神，总结前一阶段工作，安排部署下一步任务。',
  '第一，提高政治站位，切实增强开展主题教育的思想自觉和行动自觉。各级党组织要把开展主题教育作为重大政治任务，以高度的政治责任感抓紧抓好。',
  '第二，突出问题导向，把检视问题、整改落实贯穿主题教育全过程。要坚持边学边查边改，对群众反映强烈的突出问题立行立改，让群众看到实实在在的成效。',
  '同志们，开展好第二批主题教育，意义重大，责任重大。让我们以更加饱满的热情、更加务实的作风，推动主题教育取得扎实成效。',
];

function page(head: string[], tail: string[] = []): string {
  return [...head, ...SPEECH, ...tail].join('\n');
}

const reasonOf = (s: Speech, text: string): string | undefined => s.removed.find((r) => r.text.includes(text))?.reason;
const shown = (s: Speech): string => [...(s.header ?? []).map((h) => h.text), ...s.blocks.map((b) => b.text)].join('\n');

describe('the body span', () => {
  it('is the dense run of sentence-like lines, not the menus around it', () => {
    const lines = ['首页', '新闻中心', '政务公开', '在全市第二批主题教育工作推进会上的讲话', ...SPEECH.slice(1), '网站地图 | 联系我们'];
    const span = bodySpan(lines)!;
    expect(lines[span.start]).toBe(SPEECH[1]);
    expect(lines[span.end - 1]).toBe(SPEECH[4]);
  });
  it('is none for text without any sentence', () => {
    expect(bodySpan(['首页', '新闻', '党建'])).toBeNull();
  });
});

describe('rules outside the body', () => {
  const raw = page(
    [
      '无障碍浏览 | 长者模式 | English | 繁體',
      '今天是2024年3月5日 星期二',
      '登录 | 注册 | 个人中心',
      '首页 | 新闻中心 | 政务公开 | 政务服务 | 互动交流',
      '热门搜索：政府工作报告 人才引进 公积金 营商环境',
      '当前位置：首页 > 政务公开 > 领导讲话 > 正文',
      '在全市第二批主题教育工作推进会上的讲话',
      '发布时间：2019-11-14 09:30    来源：市委组织部    浏览次数：1287',
      '【字体：大 中 小】【打印本页】【关闭窗口】',
    ],
    [
      '扫一扫在手机打开当前页',
      '上一篇：全市重点项目建设现场推进会召开',
      '责任编辑：王丽　　审核：赵建军',
      '相关文章',
      '我市召开第二批主题教育动员部署会',
      '市委理论学习中心组举行专题学习会',
      '网站标识码：3713000001',
      '阅读 1287 次',
    ],
  );
  const s = ingestText(raw, 'portal.txt');

  it.each([
    ['无障碍浏览 | 长者模式', 'menu'],
    ['今天是2024年3月5日 星期二', 'page-meta'],
    ['首页 | 新闻中心', 'menu'],
    ['热门搜索：', 'menu'],
    ['当前位置：首页 > 政务公开', 'breadcrumb'],
    ['发布时间：2019-11-14 09:30', 'page-meta'],
    ['【字体：大 中 小】', 'widget'],
    ['扫一扫在手机打开当前页', 'widget'],
    ['上一篇：', 'related-list'],
    ['责任编辑：王丽', 'page-meta'],
    ['相关文章', 'related-list'],
    ['我市召开第二批主题教育动员部署会', 'related-list'],
    ['阅读 1287 次', 'counter'],
  ])('removes %s as %s', (text, reason) => {
    expect(reasonOf(s, text)).toBe(reason);
  });

  it('keeps the title and every speech sentence, and reads the origin', () => {
    expect(s.title).toBe('在全市第二批主题教育工作推进会上的讲话');
    expect(lostSentences(raw, s)).toEqual([]);
    for (const p of SPEECH) expect(shown(s)).toContain(p);
    expect(s.origin).toMatchObject({ publisher: '市委组织部', published: '2019-11-14', url: null });
  });
});

describe('each shape: a chrome line and a speech line that must stay', () => {
  it('menu: several short items between bars or spaces; a spaced heading or a sentence with a slash is not', () => {
    expect(isMenuShape('首页 | 新闻 | 党建 | 学习')).toBe(true);
    expect(isMenuShape('要闻  时政  理论  评论  专题')).toBe(true);
    expect(isMenuShape('第一章　总　则')).toBe(false);
    expect(isMenuShape('坚持党的领导、人民当家作主、依法治国有机统一 / 这是根本')).toBe(false);
    expect(isMenuShape('{ } < > & ` * _ # [ ] |')).toBe(false);
  });
  it('breadcrumb: a path of short steps; a sentence with an arrow is not', () => {
    expect(isBreadcrumb('首頁>演講稿>致辭講話>')).toBe(true);
    expect(isBreadcrumb('您现在的位置：网站首页 > 实用范文 > 致辞讲话')).toBe(true);
    expect(isBreadcrumb('产值由100亿元增加到150亿元，增速>10%，为近年来最好水平。')).toBe(false);
  });
  it('widget run: bracketed tools; a bracketed note in a sentence is not', () => {
    expect(isWidgetRun('【字体：大 中 小】【打印本页】【关闭窗口】')).toBe(true);
    expect(isWidgetRun('【讲话要点】要坚持问题导向，【重点】是抓落实，推动各项工作取得实效。')).toBe(false);
    expect(isToolLine('添加到桌面')).toBe(true);
    expect(isToolLine('要用好手机这个工具，让群众少跑腿。')).toBe(false);
  });
  it('page metadata: label-colon pairs; a salutation or a speaker turn is not', () => {
    expect(pageMetaStrength('发布时间：2021-03-16 来源：新华社 作者：张三')).toBe(2);
    expect(pageMetaStrength('来源：新华社')).toBe(1);
    expect(pageMetaStrength('2018-03-01 18:29:03 来源：')).toBe(2);
    expect(pageMetaStrength('同志们：')).toBe(0);
    expect(pageMetaStrength('主持人：张三')).toBe(0);
    expect(pageMetaStrength('申报日期：　　　2022年　　月　　日')).toBe(0);
  });
  it('paywall and hidden text; a sentence about reading is not', () => {
    expect(isPaywall('预览结束，喜欢就下载吧！')).toBe(true);
    expect(isPaywall('下载本文档需要登录，请先登录')).toBe(true);
    expect(isPaywall('要把学习全文作为重要任务，逐段逐句读原著。')).toBe(false);
  });
  it('stamps and page numbers; a date in a sentence is not', () => {
    expect(isStampLine('发表于 2019-7-2 11:05 | 只看该作者')).toBe(true);
    expect(isStampLine('1楼 2018-11-02 09:12')).toBe(true);
    expect(isStampLine('2019年11月12日，市委召开常委会议，研究部署主题教育工作。')).toBe(false);
    expect(isPageNumberLine('- 9 -')).toBe(true);
    expect(isPageNumberLine('— 1 —')).toBe(true);
    expect(isPageNumberLine('2019')).toBe(false);
  });
});

describe('rules inside a line and inside the body', () => {
  it('cuts a hidden-text marker out of a paragraph and keeps both halves', () => {
    const raw = page(['在全市第二批主题教育工作推进会上的讲话'], ['要坚持问题导向，---此处隐藏3111字---推动各项工作落地见效。']);
    const s = ingestText(raw, 'x.txt');
    expect(reasonOf(s, '此处隐藏3111字')).toBe('paywall');
    expect(shown(s)).toContain('要坚持问题导向，推动各项工作落地见效。');
  });
  it('cuts anti-scraping junk out of a sentence; English words in a sentence stay', () => {
    const s = ingestText(
      page(
        ['讲话'],
        ['要把学习贯彻' + "' J0 z# o' @% k. x" + '党的二十大精神作为首要政治任务。', '我们同APEC CEO Summit的各位代表交流了意见。'],
      ),
      'x.txt',
    );
    expect(reasonOf(s, "J0 z# o'")).toBe('junk');
    expect(shown(s)).toContain('要把学习贯彻党的二十大精神作为首要政治任务。');
    expect(shown(s)).toContain('APEC CEO Summit');
  });
  it('cuts page metadata glued after the last sentence', () => {
    const s = ingestText(page(['讲话'], ['让我们共同努力，把各项工作做得更好。责任编辑：王丽 发布时间：2019-11-14']), 'x.txt');
    expect(reasonOf(s, '责任编辑：王丽')).toBe('page-meta');
    expect(shown(s)).toContain('让我们共同努力，把各项工作做得更好。');
  });
  it('cuts a photo credit glued to the start of a part and keeps the part', () => {
    const s = ingestText(
      page(
        ['讲话'],
        ['2017年6月21日至23日，习近平在山西考察。 新华社记者鞠鹏/摄第二，着力把握新时代党的建设总要求，推动全面从严治党向纵深发展。'],
      ),
      'x.txt',
    );
    expect(reasonOf(s, '鞠鹏')).toBe('photo-credit');
    expect(shown(s)).toContain('第二，着力把握新时代党的建设总要求，推动全面从严治党向纵深发展。');
  });
  it('cuts a photo caption (from its date to the credit) glued into a one-line text; a dated speech sentence without a credit stays', () => {
    const raw =
      '今天，我们召开座谈会。2020年3月6日，习近平在北京出席决战决胜脱贫攻坚座谈会并发表重要讲话。 新华社记者 鞠鹏/摄第一，创造了我国减贫史上最好成绩。2017年底，全国农村贫困人口还有3046万人。';
    const s = ingestText(raw, 'x.txt');
    expect(reasonOf(s, '2020年3月6日，习近平在北京出席')).toBe('photo-caption');
    expect(reasonOf(s, '鞠鹏')).toBe('photo-credit');
    expect(shown(s)).toContain('今天，我们召开座谈会。');
    expect(shown(s)).toContain('第一，创造了我国减贫史上最好成绩。2017年底，全国农村贫困人口还有3046万人。');
    expect(lostSentences(raw, s)).toEqual([]);
  });
  it('removes a summary copy of the opening paragraph, not the paragraph', () => {
    const lead = SPEECH[1]!.slice(0, 40);
    const s = ingestText(['在全市第二批主题教育工作推进会上的讲话', `摘要：${lead}…`, ...SPEECH].join('\n'), 'x.txt');
    expect(reasonOf(s, '摘要：')).toBe('summary-copy');
    expect(shown(s)).toContain(SPEECH[1]);
  });
  it('keeps a paragraph that a later paragraph merely repeats in part', () => {
    const s = ingestText(['讲话', ...SPEECH, `${SPEECH[1]!}这是我们的共同责任。`].join('\n'), 'x.txt');
    expect(s.removed.filter((r) => r.reason === 'summary-copy')).toEqual([]);
  });
  it('removes running headers next to page numbers, not a phrase the speech repeats', () => {
    const wrapped = [
      '在全市教育实践活动汇报会上的讲话',
      ...SPEECH.slice(0, 2),
      '- 1 -',
      '在全市教育实践活动汇报会上的讲话',
      SPEECH[2]!,
      '- 2 -',
      '在全市教育实践活动汇报会上的讲话',
      SPEECH[3]!,
      '- 3 -',
      '在全市教育实践活动汇报会上的讲话',
      SPEECH[4]!,
      '同志们！',
      '同志们！',
      '同志们！',
    ];
    const r = removeChrome(wrapped.map((text, i) => ({ text, line: i + 1 })));
    expect(r.removed.filter((x) => x.reason === 'running-header').map((x) => x.line)).toEqual([5, 8, 11]);
    expect(r.removed.filter((x) => x.reason === 'page-number').length).toBe(3);
    expect(r.removed.some((x) => x.text === '同志们！')).toBe(false);
  });
  it("keeps a document's signature block (issuers, then the date) after the body", () => {
    const s = ingestText(page(['关于进一步做好主题教育工作的通知'], ['国家发展改革委', '国家数据局', '财政部', '2024年1月5日']), 'x.txt');
    expect(shown(s)).toContain('国家数据局');
  });
  it("cuts a page title's site suffix; a title with a dash in it keeps it", () => {
    const s = ingestText(['在纪念周恩来同志诞辰120周年座谈会上的讲话_淮南党建网', ...SPEECH].join('\n'), 'x.txt');
    expect(reasonOf(s, '_淮南党建网')).toBe('site-suffix');
    expect(s.title).toBe('在纪念周恩来同志诞辰120周年座谈会上的讲话');
    const t = ingestText(['推动停火止战 实现持久和平安全——在峰会上的讲话', ...SPEECH].join('\n'), 'x.txt');
    expect(t.removed.filter((r) => r.reason === 'site-suffix')).toEqual([]);
  });
  it('keeps a sentence above the title that names it (a cover notice), removes a bare copy of it', () => {
    const title = '在全市第二批主题教育工作推进会上的讲话';
    const raw = [
      '首页 | 通知公告 | 文件',
      `关于印发龚夏梅同志${title}的通知`,
      `现将龚夏梅同志${title}印发给你们，请结合实际认真学习贯彻。`,
      `龚夏梅：${title}`,
      title,
      ...SPEECH,
    ].join('\n');
    const s = ingestText(raw, 'x.txt');
    expect(shown(s)).toContain('请结合实际认真学习贯彻。');
    expect(s.speaker).not.toBe('关于印发龚夏梅同志');
    expect(lostSentences(raw, s)).toEqual([]);
    const copy = ['首页 | 通知公告 | 文件', `龚夏梅：${title}`, title, ...SPEECH].join('\n');
    const c = ingestText(copy, 'x.txt');
    expect(reasonOf(c, `龚夏梅：${title}`)).toBe('duplicate-title');
    expect(c.title).toBe(title);
    expect(c.speaker).toBe('龚夏梅');
  });
  it('removes nothing from a plain speech with no page around it', () => {
    const s = ingestText(page(['在全市第二批主题教育工作推进会上的讲话', '龚夏梅', '（2019年11月12日）']), 'x.txt');
    expect(s.removed).toEqual([]);
  });
});
