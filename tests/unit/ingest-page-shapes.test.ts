// Page shapes that the issue-12 eval showed the cleaner getting wrong (session 3), one
// test per pattern: where the header really is, whose speech it is, what a page's tail
// is, and no speech lost at page breaks. The text here is written for the tests (no
// seed or corpus text); each test failed before the rule it covers.
import { describe, expect, it } from 'vitest';
import { removeChrome } from '../../src/lib/ingest/chrome.ts';
import { readHeader } from '../../src/lib/ingest/header.ts';
import { ingestText } from '../../src/lib/ingest/index.ts';
import { isCounterLike, isStampLine, pageMetaStrength } from '../../src/lib/ingest/line-features.ts';
import { removeNoise } from '../../src/lib/ingest/noise.ts';
import { pickTitleIndex } from '../../src/lib/ingest/title-shape.ts';
import { traced } from '../../src/lib/ingest/traced.ts';
import { COUNTY_SPEECH, COUNTY_TITLE, ingestWithRaw, lostSentences, reasonOf } from './fixtures/ingest-helpers.ts';

const TITLE = COUNTY_TITLE;
const SPEECH = COUNTY_SPEECH;
const ingest = ingestWithRaw;

describe('the header below a news lead', () => {
  it("takes the title block under the lead, not the page title copy above it; the lead is the page's and still dates the speech", () => {
    const { raw, s } = ingest([
      `张明：${TITLE}`,
      '11月6日，全县秋冬季农业生产工作会议在县委礼堂召开。县委书记张明出席会议并讲话。',
      TITLE,
      '张明',
      '同志们：',
      ...SPEECH,
      '发布时间：2023年11月06日 18:20      来源：县融媒体中心',
    ]);
    expect(s.title).toBe(TITLE);
    expect(s.speaker).toBe('张明');
    expect(reasonOf(s, '11月6日，全县')).toBe('lead-above-title');
    expect(reasonOf(s, `张明：${TITLE}`)).toBe('duplicate-title');
    expect(s.date).toBe('2023-11-06');
    expect(s.blocks[0]!.text).toBe('同志们：');
    expect(lostSentences(raw, s)).toEqual([]);
  });
  // A guard (passes with or without the rule above): the rule must not take a speech's first excerpt for a lead.
  it("keeps sentences before a title that has no copy above them (a compilation's first excerpt)", () => {
    const { raw, s } = ingest(['学习资料', SPEECH[0]!, TITLE, '（2023年11月6日）', ...SPEECH.slice(1)]);
    expect(s.blocks.map((b) => b.text)).toContain(SPEECH[0]);
    expect(lostSentences(raw, s)).toEqual([]);
  });
});

describe('bylines in their real shapes', () => {
  it('reads a name glued to the salutation (`张明同志们：`) and keeps the salutation in the text', () => {
    const { raw, s } = ingest([TITLE, '（2023年11月6日）', '张明同志们，朋友们：', ...SPEECH]);
    expect(s.speaker).toBe('张明');
    expect(s.blocks[0]!.text).toBe('同志们，朋友们：');
    expect(lostSentences(raw, s)).toEqual([]);
  });
  it('reads an office and a name glued to a salutation on one line', () => {
    const { s } = ingest([TITLE, '（2023年11月6日）', '中共某某县委书记 张明尊敬的各位来宾：', ...SPEECH]);
    expect(s.speaker).toBe('张明');
  });
  it('reads a role on one line and the spaced name on the next (`县长` / `李 强`)', () => {
    const { s } = ingest([TITLE, '——2023年11月6日在县十八届人民代表大会第三次会议上', '县人民政府县长', '李　强', '各位代表：', ...SPEECH]);
    expect(s.speaker).toBe('李强');
    expect(s.blocks[0]!.text).toBe('各位代表：');
  });
  it('joins a name spaced with wide spaces that the paragraph splitter cut into one-character pieces', () => {
    const split = [
      traced('真抓实干 推动秋冬种取得实效', 1),
      traced(`——${TITLE}县委常委、副县长`, 2),
      traced('王', 3),
      traced('晓', 3),
      traced('燕', 3),
      traced('同志们：', 4),
      ...SPEECH.map((t, i) => traced(t, 5 + i)),
    ];
    const h = readHeader(split);
    expect(h.speaker?.name).toBe('王晓燕');
    expect(h.body[0]!.text).toBe('同志们：');
  });
  it('never takes a list head (`热门文章`) as a byline', () => {
    const { s } = ingest([TITLE, '热门文章', '（2023年11月6日）', ...SPEECH]);
    expect(s.speaker).not.toBe('热门文章');
  });
});

describe('page metadata and leads between the title and its dateline', () => {
  it('removes a meta line with separators and a bare date, and a reading-time line, then reads dateline and name', () => {
    const { raw, s } = ingest([
      TITLE,
      '来源：县融媒体中心 | 作者：刘洋 | 2023年11月07日 | 阅读：1024',
      '约 8 分钟',
      '（2023年11月6日）',
      '张明',
      ...SPEECH,
    ]);
    expect(reasonOf(s, '阅读：1024')).toBe('page-meta');
    expect(reasonOf(s, '约 8 分钟')).toBeDefined();
    expect(s.date).toBe('2023-11-06');
    expect(s.speaker).toBe('张明');
    expect(lostSentences(raw, s)).toEqual([]);
  });
  it('removes a summary lead (`核心提示：11月6日，…`) standing between the title and the dateline', () => {
    const { s } = ingest([
      TITLE,
      '核心提示：11月6日，全县秋冬季农业生产工作会议在县委礼堂召开。',
      '（2023年11月6日）',
      '张明',
      '同志们：',
      ...SPEECH,
    ]);
    expect(reasonOf(s, '核心提示')).toBe('lead-in-header');
    expect(s.speaker).toBe('张明');
  });
  it('line features: pipes and a bare date in a meta line, a quantity alone, a 年月日 clock stamp', () => {
    expect(pageMetaStrength('来源：求是 | 作者：某某 | 2018年01月01日 | 阅读：3862 | 评论：0')).toBe(2);
    expect(isCounterLike('约 26 分钟')).toBe(true);
    expect(isCounterLike('全县26个乡镇')).toBe(false);
    expect(isStampLine('2018年05月05日 07:30 某某时报网 评论(12)')).toBe(true);
  });
});

describe('whose speech it is', () => {
  it('a headline opening with a name the text gives with a role (`张明会见…`)', () => {
    const { s } = ingest([
      '张明会见省农科院专家团一行',
      '11月6日，县委书记张明在县委会见省农科院专家团一行，双方就农业科技合作深入交换意见。',
      ...SPEECH,
    ]);
    expect(s.speaker).toBe('张明');
  });
  it("not a headline's opening word when it is no subject (`张明新时代…`) nor a name the text never gives with a role", () => {
    expect(ingest(['刘洋参观农业科技示范园区', ...SPEECH]).s.speaker).toBeNull();
  });
  it('a role and a name before 发表讲话 in a headline', () => {
    const { s } = ingest(['县委常委会召开专题会议 县委书记张明主持会议并发表讲话', ...SPEECH]);
    expect(s.speaker).toBe('张明');
  });
  it('a role and a three-character name before 在 in the title (`县委书记张晓明在…上的讲话`)', () => {
    expect(ingest([`县委书记张晓明${TITLE}`, ...SPEECH]).s.speaker).toBe('张晓明');
  });
  it('the signature under the text: a name, then the date', () => {
    expect(ingest(['某某文集序言', ...SPEECH, '张明', '2023年11月6日']).s.speaker).toBe('张明');
  });
  it('the source line closing an excerpt (`——张明2023年11月6日在…上的讲话`)', () => {
    expect(ingest([TITLE, ...SPEECH, `——张明2023年11月6日${TITLE}`]).s.speaker).toBe('张明');
  });
  it('a lead that introduces the full text names title and speaker', () => {
    const { s } = ingest(['新年前夕，县长李强通过县融媒体中心发表了二〇二四年新年贺词。全文如下：', '大家好！', ...SPEECH]);
    expect(s.title).toBe('二〇二四年新年贺词');
    expect(s.speaker).toBe('李强');
  });
  it('a year greeted in the title (`二〇二四年新年贺词`) is not the year it was given in: only a bound', () => {
    const { s } = ingest(['二〇二四年新年贺词', '大家好！', ...SPEECH]);
    expect(s.year).toBeNull();
    expect(s.yearAfter).toBe(2023);
  });
  it("the page's 作者 field only when the text also gives that name", () => {
    const said = ingest([
      '首页 > 讲话',
      TITLE,
      '作者：张明　　来源：本站',
      '（2023年11月6日）',
      ...SPEECH,
      '张明同志在会上还对冬季安全生产提出了要求。',
    ]);
    expect(said.s.speaker).toBe('张明');
    const editor = ingest(['首页 > 讲话', TITLE, '作者：刘洋　　来源：本站', '（2023年11月6日）', ...SPEECH]);
    expect(editor.s.speaker).toBeNull();
  });
});

describe('titles', () => {
  it("a blurb above the title that quotes it is the site's, reported even when other text above stays", () => {
    const { raw, s } = ingest([
      '范文网',
      `本文是范文网为您整理的《${TITLE}》，希望对您有所帮助。`,
      TITLE,
      '（2023年11月6日）',
      '张明',
      ...SPEECH,
    ]);
    expect(reasonOf(s, '为您整理')).toBe('title-blurb');
    expect(s.speaker).toBe('张明');
    expect(lostSentences(raw, s)).toEqual([]);
  });
  it("a title block after a banner's sentences", () => {
    const { s } = ingest([
      '这是某搜索引擎对某网页的缓存，显示的是该网页在2019年2月15日的快照。',
      '当前页在此期间可能已经更改，请以原网页为准。',
      TITLE,
      '（2023年11月6日）',
      '张明',
      ...SPEECH,
    ]);
    expect(s.title).toBe(TITLE);
    expect(s.speaker).toBe('张明');
  });
  it('a fragment cut around a link is no title (`…所作的` / `政府工作报告` / `。会议…`)', () => {
    const texts = [
      '第五次会议关于政府工作报告的决议',
      '会议听取和审议了县长李强所作的',
      '政府工作报告',
      '。会议充分肯定县人民政府过去一年的工作。',
    ];
    expect(pickTitleIndex(texts, 3)).toBe(0);
  });
  it('a title ended by a mark with the author glued to the first sentence (`标题※张晓明今年以来，…`)', () => {
    const raw = `真抓实干 推动秋冬种取得实效※张晓明${SPEECH.join('')}这是张晓明同志的署名文章。`;
    const s = ingestText(raw, 'x.txt');
    expect(s.title).toBe('真抓实干 推动秋冬种取得实效');
    expect(s.speaker).toBe('张晓明');
    expect(lostSentences(raw, s)).toEqual([]);
  });
  it('a title word cut in two (`政府工作报` / `告`) is joined', () => {
    expect(ingest(['政府工作报', '告', '——2023年1月6日在县十八届人民代表大会第二次会议上', ...SPEECH]).s.title).toBe('政府工作报告');
  });
  it('a title printed twice: the later copy, agreeing with the earlier, outweighs a source line under it', () => {
    const t = '坚持稳中求进、狠抓落实（2022年1月—2023年5月）';
    expect(pickTitleIndex([t, '首页', t, '《某某文集》第三卷', SPEECH[0]!], 4)).toBe(2);
  });
  it("a post's #topic# and 【】 around the title are cut; an @account after the dateline too", () => {
    const { s } = ingest([`#秋冬种#【${TITLE}】`, '（2023年11月6日）@县融媒体中心', '张明', ...SPEECH]);
    expect(s.title).toBe(TITLE);
    expect(reasonOf(s, '#秋冬种#')).toBe('topic-tag');
    expect(reasonOf(s, '@县融媒体中心')).toBe('social-handle');
    expect(s.date).toBe('2023-11-06');
  });
});

describe("a cover notice and text copied from a page's source", () => {
  it("takes the speech's own title block under a cover notice (关于印发…的通知) for the title, its byline for the speaker", () => {
    const lines = [
      `关于印发张晓明同志${TITLE}的通知`,
      '各乡镇党委：',
      `现将县委书记张晓明同志${TITLE}印发给你们，请结合实际认真学习贯彻。`,
      '签发人：刘洋',
      '2023年11月7日',
      TITLE,
      '张晓明',
      '（2023年11月6日）',
      '同志们：',
      ...SPEECH,
    ];
    // On the header reader alone (the notice's own title still there) and through the whole cleaner.
    const h = readHeader(lines.map((t, i) => traced(t, i + 1)));
    expect(h.title?.text).toBe(TITLE);
    expect(h.speaker?.name).toBe('张晓明');
    const { raw, s } = ingest(lines);
    expect(s.title).toBe(TITLE);
    expect(s.speaker).toBe('张晓明');
    expect(s.date).toBe('2023-11-06');
    expect(lostSentences(raw, s)).toEqual([]);
  });
  it('cuts layout entities (&nbsp;), reads a breadcrumb and a back link written with entities', () => {
    const { raw, s } = ingest([
      '首页&gt;&gt;领导讲话&gt;&gt;正文',
      TITLE,
      '（2023年11月6日）',
      '张明',
      ...SPEECH.map((p) => `&nbsp;&nbsp;&nbsp;&nbsp;${p}`),
      '&lt;&lt; 返回',
    ]);
    expect(reasonOf(s, '&gt;')).toBe('breadcrumb');
    expect(reasonOf(s, '&nbsp;')).toBe('html-entity');
    expect(reasonOf(s, '返回')).toBeDefined();
    expect(s.blocks.some((b) => b.text.includes('&nbsp;'))).toBe(false);
    expect(s.speaker).toBe('张明');
    expect(lostSentences(raw, s)).toEqual([]);
  });
});

describe("the page's tail and speech at page breaks", () => {
  it('removes end markers and, once the tail has begun, the short lines after it; keeps closing exclamations', () => {
    const { raw, s } = ingest([TITLE, ...SPEECH, '谢谢大家！', '（完）', '举报', '赞(8) 回复', '返回列表']);
    expect(reasonOf(s, '（完）')).toBe('end-marker');
    expect(reasonOf(s, '举报')).toBe('page-tail');
    expect(reasonOf(s, '返回列表')).toBeDefined();
    expect(s.blocks.map((b) => b.text)).toContain('谢谢大家！');
    expect(lostSentences(raw, s)).toEqual([]);
  });
  it("a lone section numeral after a widget run is the speech's heading, not a menu item", () => {
    const widgets = ['分享', '打印', '纠错', '微信扫一扫', '×', '收听本文'];
    const r = removeNoise([...widgets, '一', ...SPEECH].map((text, i) => ({ text, line: i + 1 })));
    expect(r.removed.some((x) => x.text === '一')).toBe(false);
  });
  it('a running header right after the first page break goes too, so a sentence cut by the break is not split around it', () => {
    const head = '学习参考资料第12期';
    const lines = [
      TITLE,
      '今年以来，全县上下认真落实各项部署，农业生',
      '— 1 —',
      '',
      head,
      '产保持稳中向好的态势，粮食播种面积稳定。',
      '— 2 —',
      '',
      head,
      SPEECH[1]!,
    ];
    const r = removeChrome(lines.map((text, i) => ({ text, line: i + 1 })));
    expect(r.removed.filter((x) => x.reason === 'running-header').map((x) => x.line)).toEqual([5, 9]);
  });
  it('a Wikisource licence block split at every link, more than 60 raw lines from the end', () => {
    const parts = [
      '本作品来自某某文件。根据《',
      '中华人民共和国著作权法',
      '》，属于',
      '公有领域',
      '。',
      ...Array.from({ length: 20 }, (_, i) => `注${i}`),
      'Public domain',
    ];
    const block = parts.flatMap((t) => [t, '', '']);
    const r = removeNoise([TITLE, ...SPEECH, ...block].map((text, i) => ({ text, line: i + 1 })));
    expect(r.removed.filter((x) => x.reason === 'licence-footer').length).toBe(parts.length);
  });
});
