// Unit tests of the single-job modules, on real passages from the seeds.
import { describe, expect, it } from 'vitest';
import { CAMPAIGNS, ingestText } from '../../src/lib/ingest/index.ts';
import { chooseCampaign, countPatterns } from '../../src/lib/ingest/campaigns.ts';
import { isDateline, readDate } from '../../src/lib/ingest/dates.ts';
import { weighYear, yearClues } from '../../src/lib/ingest/year-evidence.ts';
import { readHeader } from '../../src/lib/ingest/header.ts';
import { findPageChunks, joinPageChunks } from '../../src/lib/ingest/joins.ts';
import { removeNoise } from '../../src/lib/ingest/noise.ts';
import { collapseNameSpaces, removeInvisible, toFullWidthPunctuation } from '../../src/lib/ingest/normalise.ts';
import { meetingInTitle, occasionOf, openingMeeting } from '../../src/lib/ingest/occasions.ts';
import { readOutline } from '../../src/lib/ingest/outline.ts';
import { breakPoints, splitParagraphs } from '../../src/lib/ingest/paragraphs.ts';
import { traced } from '../../src/lib/ingest/traced.ts';
import { loadSeed, lostSentences } from './fixtures/ingest-helpers.ts';

const lines = (...t: string[]) => t.map((text, i) => ({ text, line: i + 1 }));

describe('normalise', () => {
  it('converts half-width marks next to Chinese only', () => {
    expect(toFullWidthPunctuation('(2014年4月8日,根据录音整理)').text).toBe('（2014年4月8日，根据录音整理）');
    expect(toFullWidthPunctuation('同志们:').text).toBe('同志们：');
    expect(toFullWidthPunctuation('有的县(市、区)没有安排;还有的单位?').text).toBe('有的县（市、区）没有安排；还有的单位？');
    const r = toFullWidthPunctuation('原文链接:https://www.badoucaigw.com/38191.html,转载请注明出处。增长8.7%,达到3,000元 at 10:30 (ok)');
    expect(r.text).toBe('原文链接：https://www.badoucaigw.com/38191.html，转载请注明出处。增长8.7%，达到3,000元 at 10:30 (ok)');
    expect(r.counts).toEqual({ ':': 1, ',': 2 });
    expect(toFullWidthPunctuation('Copyright 2001-2020 fzacc.com All Rights Reserved.').text).toBe(
      'Copyright 2001-2020 fzacc.com All Rights Reserved.',
    );
  });
  it('preserves length, so line tracing stays right', () => {
    const t = '今天,我们召开全市教育实践活动汇报会,主要任务是…';
    expect(toFullWidthPunctuation(t).text.length).toBe(t.length);
  });
  it('collapses a spaced name and removes invisible characters', () => {
    expect(collapseNameSpaces('卿 渐 伟')).toBe('卿渐伟');
    expect(collapseNameSpaces('龚夏梅')).toBe('龚夏梅');
    expect(removeInvisible('各位\u200B代表')).toEqual({ text: '各位代表', removed: ['\u200B'] });
  });
});

describe('noise', () => {
  it('cuts only the noise when it is glued to speech text', () => {
    const { kept, removed } = removeNoise(lines('确保让人民群众满意。文章代写:13258028938(同微信)'));
    expect(kept[0]!.text).toBe('确保让人民群众满意。');
    expect(removed).toEqual([{ reason: 'ad', text: '文章代写:13258028938(同微信)', line: 1 }]);
  });
  it('does not eat speech text that mentions the same words', () => {
    const speech = lines(
      '要严格落实版权保护制度，打击侵权盗版行为，营造良好环境。',
      '地址：北京市海淀区复兴路15号中信所170室，邮编：100038',
      '第一阶段我们也产生了很多的典型。',
      '各地要全文学习，共同把字写好。',
    );
    expect(removeNoise(speech).removed).toEqual([]);
  });
  it('removes 12371 widgets, menus, page meta and ICP footers', () => {
    const page = lines(
      '习近平在某会上的讲话_共产党员网',
      '',
      '共产党员网首页',
      '',
      '手机版',
      '',
      '欢迎使用手机浏览',
      '',
      '用户中心',
      '',
      '1',
      '1',
      '首页',
      '党建',
      '　　同志们：',
      '　　今天我们开会。',
      '分享',
      '打印',
      '发布时间：2017年10月25日 16:59      来源：新华社',
      '关于我们',
      '联系我们',
      '网站地图',
      '有奖调查',
      '共产党员网 版权所有',
      '京ICP备12024993号-1',
    );
    const { kept, removed } = removeNoise(page);
    expect(kept.map((l) => l.text).filter((t) => t.trim())).toEqual(['习近平在某会上的讲话', '　　同志们：', '　　今天我们开会。']);
    const reasons = new Set(removed.map((r) => r.reason));
    expect([...reasons].sort()).toEqual(['copyright-footer', 'icp-footer', 'navigation', 'page-meta', 'site-suffix', 'widget']);
  });
  it('keeps runs of short real lines (table cells) that contain no menu words', () => {
    const cells = lines('AEB能力成熟度', 'AEC评价方法', 'AED实施指南', 'AEA指标体系', 'AE评价', 'CAA调度指挥');
    expect(removeNoise(cells).removed).toEqual([]);
  });
});

describe('joins (page chunks)', () => {
  it('joins chunks cut mid-word and reports each join', () => {
    const ls = lines('1、必须把讲政治贯', '2、穿始终，以讲政治的态度抓好抓实各项整改任务，特别是有的', '3、整改标准不高。');
    const { logical, removed, repairs } = joinPageChunks(ls);
    expect(logical.map((l) => l.text)).toEqual(['必须把讲政治贯穿始终，以讲政治的态度抓好抓实各项整改任务，特别是有的整改标准不高。']);
    expect(removed.map((r) => [r.text, r.line])).toEqual([
      ['1、', 1],
      ['2、', 2],
      ['3、', 3],
    ]);
    expect(repairs.map((r) => r.kind)).toEqual(['join-page-chunk', 'join-page-chunk']);
    expect(repairs[0]!.detail).toContain('贯穿始终');
  });
  it('leaves a real numbered list alone (items follow finished sentences)', () => {
    const ls = lines(
      '扎实推进第一环节各项工作。',
      '1、切实加强学习教育。学习教育是第一位任务。',
      '各级党员领导干部要带头学习。',
      '2、广泛深入听取意见。',
      '3、扎实推进专项整治。',
    );
    expect(findPageChunks(ls)).toEqual([]);
  });
  it('leaves an attachment list alone', () => {
    const ls = lines('附件：1、行业领军企业申报书.doc', '2、 优秀创新产品申报书.doc', '3、 优秀解决方案申报书.doc');
    expect(findPageChunks(ls)).toEqual([]);
  });
});

describe('paragraphs', () => {
  it('splits at spaces after sentence ends, glued headings and salutations only', () => {
    const t =
      '主持讲话 同志们: 今天我们召开会议。 做好巡视整改工作。下面，我再强调三点意见： 第一，要在巩固整改成效上下功夫 两个多月来，我们 习近平 在会上。';
    expect(breakPoints(t).length).toBe(5);
    const { pieces, repairs } = splitParagraphs([traced(t, 7)]);
    expect(pieces.map((p) => p.text)).toEqual([
      '主持讲话',
      '同志们:',
      '今天我们召开会议。',
      '做好巡视整改工作。下面，我再强调三点意见：',
      '第一，要在巩固整改成效上下功夫',
      '两个多月来，我们 习近平 在会上。',
    ]);
    expect(repairs).toHaveLength(1);
    expect(repairs[0]!.line).toBe(7);
  });
  it('splits xinhua U+3000 indents but not a single U+3000 inside a title', () => {
    const t = '珍爱湿地　守护未来——致辞　　女士们，先生们：　　我谨代表中国政府。';
    expect(splitParagraphs([traced(t, 1)]).pieces.map((p) => p.text)).toEqual([
      '珍爱湿地　守护未来——致辞',
      '女士们，先生们：',
      '我谨代表中国政府。',
    ]);
  });
});

describe('header', () => {
  it('joins a broken title, reads name and dateline, stops at 同志们', () => {
    const h = readHeader(
      ['在全市第二批主题教育', '工作推进会上的讲话', '龚夏梅', '（2019年11月12日）', '同志们：', '今天开会。'].map((t, i) =>
        traced(t, i + 1),
      ),
    );
    expect(h.title).toMatchObject({ text: '在全市第二批主题教育工作推进会上的讲话', line: 1 });
    expect(h.speaker).toMatchObject({ name: '龚夏梅', line: 3 });
    expect(h.dateline).toMatchObject({ text: '（2019年11月12日）', line: 4 });
    expect(h.body.map((b) => b.text)).toEqual(['同志们：', '今天开会。']);
  });
  it('does not take the first paragraph for a title', () => {
    const h = readHeader(['尊敬的温敏总统，女士们，先生们，朋友们：', '新年伊始，贵国刚刚庆祝了独立节。'].map((t, i) => traced(t, i + 1)));
    expect(h.title).toBeNull();
    expect(h.body).toHaveLength(2);
  });
});

describe('dates', () => {
  it('reads datelines', () => {
    expect(readDate('（2014年4月8日，根据录音整理）')).toMatchObject({ date: '2014-04-08', year: 2014 });
    expect(isDateline('（2019年11月12日）')).toBe(true);
    expect(isDateline('（2019年2月30日）')).toBe(false);
    expect(isDateline('2019年11月7日下午，省委召开会议。')).toBe(false);
  });
  // A referenced plenum, even one called recent, now gives only a lower bound
  // (the speech is from that year or later), no longer the year: see ingest-dates.test.ts.
  it('fixes years from anniversaries; plenums only bound them; not from future anniversaries', () => {
    const weigh = (t: string) => weighYear(yearClues('', t));
    expect(weigh('今年是中国共产党成立95周年。').fixed?.year).toBe(2016);
    // A meeting at the anniversary, referred to: a bound like any referenced meeting.
    expect(weigh('在福州市庆祝中国共产党成立95周年大会上，杨益民市长强调')).toMatchObject({ fixed: null, after: { year: 2016 } });
    expect(weigh('刚刚闭幕的十九届四中全会明确提出')).toMatchObject({ fixed: null, after: { year: 2019 } });
    expect(weigh('2021年，我们将迎来中国共产党成立100周年。')).toMatchObject({ fixed: null, after: null });
    expect(weigh('我们要讲政治、顾大局。')).toMatchObject({ fixed: null, after: null });
  });
});

describe('campaigns and occasions', () => {
  it('exports a campaign table with the documented entries', () => {
    expect(CAMPAIGNS.map((c) => c.name)).toContain('巡视整改');
    expect(CAMPAIGNS.find((c) => c.name === '“三严三实”专题教育')?.years).toEqual({ from: 2015, to: 2015 });
    expect(countPatterns('群众路线教育实践活动和教育实践活动', ['教育实践活动', '群众路线教育实践活动']).count).toBe(2);
  });
  it('uses the year to resolve bare 主题教育 and refuses a passing mention', () => {
    const text = '推进第二批主题教育走深走实，主题教育要抓实。';
    expect(chooseCampaign(text, '', 2019)?.campaign.name).toBe('“不忘初心、牢记使命”主题教育');
    expect(chooseCampaign(text, '', 2023)?.campaign.name).toBe('学习贯彻习近平新时代中国特色社会主义思想主题教育');
    expect(chooseCampaign(text, '', null)).toBeNull();
    expect(chooseCampaign('践行“三严三实”要求。', '', null)).toBeNull();
    // Two mentions in a long report are in passing: one per 2,000 characters at least.
    expect(chooseCampaign(`推进第二批主题教育走深走实，主题教育要抓实。${'各项工作要抓实抓细。'.repeat(500)}`, '', 2019)).toBeNull();
  });
  it('reads the meeting kind from the end of the meeting name', () => {
    expect(occasionOf(meetingInTitle('在全市第二批主题教育工作推进会上的讲话')!)?.occasion.name).toBe('推进会');
    expect(occasionOf(meetingInTitle('市委书记在落实省委巡视反馈意见整改会议上的主持讲话')!)?.occasion.name).toBe('整改会议');
    expect(openingMeeting('今天我们召开全市“两学一做”学习教育工作督办会，是为了')?.meeting).toBe('全市“两学一做”学习教育工作督办会');
    expect(occasionOf('全市推进会议')?.occasion.name).toBe('推进会');
  });
});

describe('outline', () => {
  const blocks = (...t: string[]) => t.map((text, i) => ({ text, line: i + 1 }));
  it('rejects 第一时间, 一、二季度 and 一是一，二是二', () => {
    const { outline } = readOutline(blocks('第一时间启动推进。', '一、二季度经济运行平稳。', '坚持一是一，二是二，实事求是。'));
    expect(outline).toEqual([]);
  });
  it('requires items to count up; a series inside a paragraph is text', () => {
    const { outline, blocks: b } = readOutline(
      blocks(
        '一、提高政治站位',
        '二是不算。三是也不算。',
        '三、跳过的编号不是部分',
        '二、突出工作重点',
        '具体有：一是甲。二是乙。一要丙。三是丁。',
      ),
    );
    expect(outline.map((o) => `${o.id}:${o.marker}`)).toEqual(['s1:一、', 's2:二、']);
    expect(b.map((x) => x.kind)).toEqual(['heading', 'paragraph', 'paragraph', 'heading', 'paragraph']);
  });
});

describe('the lost-sentence check can fail', () => {
  it('reports a sentence dropped from the blocks', () => {
    const { raw, speech } = loadSeed('000_');
    const broken = { ...speech, blocks: speech.blocks.filter((_, i) => i !== 5) };
    expect(lostSentences(raw, broken).length).toBeGreaterThan(3);
  });
  it('reports a noise report on the wrong line', () => {
    const { raw, speech } = loadSeed('002_');
    const wrong = { ...speech, removed: speech.removed.map((r) => ({ ...r, line: 3 })) };
    expect(() => lostSentences(raw, wrong)).toThrow(/removal not on its line/);
  });
});

describe('ids and offsets', () => {
  it('top-level items before the first top-level heading are s0-n', () => {
    const s = ingestText(
      '同志们：\n一是压紧压实政治责任。\n二是重点措施落实落地。\n一、提高政治站位\n一是甲。\n二是乙。\n二、突出工作重点',
      'x.txt',
    );
    expect(s.outline.map((o) => [o.id, o.depth])).toEqual([
      ['s0-1', 1],
      ['s0-2', 1],
      ['s1', 1],
      ['s1-1', 2],
      ['s1-2', 2],
      ['s2', 1],
    ]);
  });
});
