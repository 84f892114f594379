// Dates you can quote: datelines in their real shapes, masked years, evidence that
// fixes a year, lower bounds from referenced meetings, conflicts, and the page's
// publication date as the last resort. Shapes are as they stand on real pages.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';
import type { Speech } from '../../src/lib/ingest/index.ts';
import {
  isDatelineLine,
  readDateRange,
  readDateline,
  readEditorNote,
  readPublished,
  splitDateline,
} from '../../src/lib/ingest/datelines.ts';
import { weighYear, yearClues } from '../../src/lib/ingest/year-evidence.ts';
import { readSpeechDate } from '../../src/lib/ingest/speech-date.ts';
import { displayDate } from '../../src/lib/pages/format.ts';

const note = (s: Speech, field: string) => s.notes.find((n) => n.field === field);
const BODY = '各位同志：\n这次会议的任务是，总结工作，研究部署下一阶段任务。我们要坚持问题导向，把各项工作抓实抓细。\n我就讲这些。';
/** A speech with a title line, optional lines before the body, and a body. */
const speech = (title: string, body: string = BODY, page?: Parameters<typeof ingestText>[2]) =>
  ingestText(`${title}\n${body}`, 'x.txt', page);
const weigh = (title: string, text: string) => weighYear(yearClues(title, text));

describe('datelines in their real shapes', () => {
  it('glued to the salutation, with or without brackets', () => {
    expect(readDateline('(2021年3月16日)同志们：')).toMatchObject({ date: '2021-03-16', year: 2021, index: 0, match: '(2021年3月16日)' });
    expect(splitDateline('(2021年3月16日)同志们：')).toMatchObject({ before: '', after: '同志们：' });
    expect(readDateline('2021年3月16日同志们：')).toMatchObject({ date: '2021-03-16', match: '2021年3月16日' });
    expect(isDatelineLine('(2021年3月16日)同志们：')).toBe(false); // the line holds speech text too
  });
  it('with inner spaces and full-width digits', () => {
    expect(readDateline('( 2015年5月25日 )')).toMatchObject({ date: '2015-05-25' });
    expect(readDateline('（２０１５年 ５ 月 ２５ 日）')).toMatchObject({ date: '2015-05-25' });
    expect(isDatelineLine('　( 2015年5月25日 )　')).toBe(true);
  });
  it('in Chinese numerals, with 〇, 零 or ○', () => {
    for (const l of [
      '（二〇一九年十一月十二日）',
      '二〇一九年十一月十二日',
      '二零一九年十一月十二日',
      '二○一九年十一月十二日',
      '二〇一九年十一月二十日',
    ]) {
      expect(readDateline(l)?.year, l).toBe(2019);
      expect(isDatelineLine(l), l).toBe(true);
    }
    expect(readDateline('二〇一九年十一月十二日')?.date).toBe('2019-11-12');
    expect(readDateline('二〇二一年三月三十一日')?.date).toBe('2021-03-31');
  });
  it('numeric dates only where the line is a dateline', () => {
    expect(readDateline('2019.11.12')?.date).toBe('2019-11-12');
    expect(readDateline('2019-11-12')?.date).toBe('2019-11-12');
    expect(readDateline('（2019/11/12）')?.date).toBe('2019-11-12');
    expect(readDateline('截至2019-11-12，全市共完成整改问题85个。')).toBeNull();
  });
  it('a subtitle, an adoption line and a note with the place or how it was recorded', () => {
    expect(readDateline('——2021年3月5日在第十三届全国人民代表大会第四次会议上')?.date).toBe('2021-03-05');
    expect(readDateline('（2022年3月11日第十三届全国人民代表大会第五次会议通过）')?.date).toBe('2022-03-11');
    expect(readDateline('（2014年4月8日，根据录音整理）')?.date).toBe('2014-04-08');
    expect(readDateline('2019年11月12日 北京')?.date).toBe('2019-11-12');
  });
  it("an editor's note, alone or closing the last paragraph", () => {
    expect(readEditorNote('　　（这是习近平总书记2019年6月24日在十九届中央政治局第十五次集体学习时的讲话。）')?.date).toBe('2019-06-24');
    expect(
      readEditorNote(
        '不断提高党的组织建设的制度化、规范化、科学化水平。※这是习近平总书记2020年6月29日在十九届中央政治局第二十一次集体学习时的讲话。',
      )?.date,
    ).toBe('2020-06-29');
    expect(readEditorNote('——习近平2018年3月1日在纪念周恩来同志诞辰120周年座谈会上的讲话')?.date).toBe('2018-03-01');
    expect(readEditorNote('这是我们2019年6月24日提出的要求，大家要落实。')).toBeNull();
  });
  it('not a sentence, not an impossible day', () => {
    expect(readDateline('2019年11月7日下午，省委召开会议。')).toBeNull();
    expect(readDateline('（2019年2月30日）')).toBeNull();
    expect(readDateline('（2019年13月1日）')).toBeNull();
  });
  it('masked years are unknown, not 2000 and not a guess', () => {
    for (const l of ['（20**年11月12日）', '20XX年X月X日', '２０××年１１月', '（二〇××年×月×日）']) {
      expect(readDateline(l), l).toMatchObject({ masked: true, year: null, date: null });
      expect(isDatelineLine(l), l).toBe(true);
    }
  });
  it('a date range is a span, not a date', () => {
    expect(readDateRange('力戒形式主义、官僚主义（2017年12月— 2019年1月11日）')).toMatchObject({ from: 2017, to: 2019 });
    expect(readDateRange('在2021年全市工作会议上的讲话')).toBeNull();
  });
  it('publication lines', () => {
    expect(readPublished('发布时间：2020年01月08日 20:01      来源：新华社')?.date).toBe('2020-01-08');
    expect(readPublished('更新时间：2021-06-03　作者：admin')?.date).toBe('2021-06-03');
    expect(readPublished('《 人民日报 》（ 2020年02月24日 02 版）')?.date).toBe('2020-02-24');
    expect(readPublished('会议时间紧、任务重。')).toBeNull();
  });
});

describe('the speech date through ingest', () => {
  it('reads a dateline glued to the salutation at the top of the body', () => {
    const s = ingestText(
      '在全市经济工作会议上的讲话\n(2021年3月16日)同志们：这次会议的任务是总结工作。我们要把各项工作抓实抓细。',
      'x.txt',
    );
    expect(s).toMatchObject({ date: '2021-03-16', year: 2021, yearAfter: null });
    expect(note(s, 'date')).toMatchObject({ how: 'read' });
  });
  it('reads a dateline after a title glued to it on one line', () => {
    const s = ingestText(
      '在打好精准脱贫攻坚战座谈会上的讲话（2018年2月12日）习近平党的十八大以后，我先后在延安、贵阳召开座谈会。这次是党的十九大后召开的第一次座谈会。',
      'x.txt',
    );
    expect(s.date).toBe('2018-02-12');
  });
  it('finds the dateline after a title glued to the first paragraph, when no header was found', () => {
    const first = '在打好精准脱贫攻坚战座谈会上的讲话（2018年2月12日）习近平党的十八大以后，我先后在延安、贵阳召开座谈会。';
    const sd = readSpeechDate({
      header: [],
      title: { text: 'x', line: 0, read: false },
      first: [{ text: first, line: 1 }],
      last: [],
      all: [{ text: first, line: 1 }],
      foldedTitle: 'x',
      foldedText: first,
      sentenceAt: () => first,
      lineAt: () => 1,
    });
    expect(sd).toMatchObject({ date: '2018-02-12', year: 2018 });
    // Not after a sentence: a date in brackets inside the text is not a dateline.
    const inText = '会议指出，要抓好落实（2018年2月12日已部署）。';
    expect(
      readSpeechDate({
        header: [],
        title: { text: 'x', line: 0, read: false },
        first: [{ text: inText, line: 1 }],
        last: [],
        all: [],
        foldedTitle: 'x',
        foldedText: inText,
        sentenceAt: () => inText,
        lineAt: () => 1,
      }).date,
    ).toBeNull();
  });
  it('a masked dateline leaves the year unknown, even with a publication date', () => {
    const s = speech('在全市教育实践活动汇报会上的讲话\n（20**年4月8日）', BODY, { format: 'html', published: '2021-06-03' });
    expect(s).toMatchObject({ date: null, year: null });
    expect(note(s, 'date')?.reason).toMatch(/masked/);
    expect(note(s, 'year')).toBeUndefined();
  });
  it("an editor's note under the speech dates it", () => {
    const s = speech(
      '牢记初心使命，推进自我革命',
      `${BODY}\n（这是习近平总书记2019年6月24日在十九届中央政治局第十五次集体学习时的讲话。）`,
    );
    expect(s.date).toBe('2019-06-24');
  });
  it("a news lead's day completed by the publication line", () => {
    const raw =
      '在“不忘初心、牢记使命”主题教育总结大会上的讲话\n1月8日，主题教育总结大会在北京召开。总书记出席会议并发表重要讲话。\n同志们：今天召开大会，总结主题教育。\n发布时间：2020年01月08日 20:01      来源：新华社';
    const s = ingestText(raw, 'x.txt');
    expect(s.date).toBe('2020-01-08');
    expect(note(s, 'date')).toMatchObject({ how: 'inferred' });
    expect(note(s, 'date')!.reason).toMatch(/publication date 2020-01-08/);
  });
  it('a compilation spanning dates has no single year, only a bound', () => {
    const s = speech('力戒形式主义、官僚主义（2017年12月— 2019年1月11日）', `${BODY}\n发布时间：2021年04月02日 15:07`);
    expect(s).toMatchObject({ date: null, year: null, yearAfter: 2019 });
    const t = ingestText(
      '论党的建设\n一\n要把党的政治建设摆在首位。\n（2017年10月25日在十九届中共中央政治局第一次会议上的讲话）\n二\n要坚持自我革命。\n（2019年5月31日在主题教育工作会议上的讲话）\n三\n要从严管党治党。\n（2018年1月11日在十九届中央纪委二次全会上的讲话）',
      'x.txt',
    );
    expect(t).toMatchObject({ date: null, year: null, yearAfter: 2019 });
    // A forwarding notice's date line and the speech's dateline are not a compilation.
    const u = ingestText(
      '关于印发在全市推进会上的讲话的通知\n现将讲话印发给你们。\n市委办公室\n2019年11月13日\n在全市推进会上的讲话\n（2019年11月12日）\n同志们：\n我们要把各项工作抓实抓细。',
      'x.txt',
    );
    expect(u.date).toBe('2019-11-12');
    // Two bracketed datelines are not yet a compilation: the speech's own comes first.
    const v = ingestText(
      '在全市推进会上的讲话\n（2019年11月12日）\n同志们：\n我们要把各项工作抓实抓细。\n（2019年11月13日，根据录音整理）',
      'x.txt',
    );
    expect(v.date).toBe('2019-11-12');
  });
});

describe('evidence that fixes the year', () => {
  it('a year in the title naming the meeting', () => {
    const s = speech('在2021年全市经济工作会议上的讲话');
    expect(s).toMatchObject({ date: null, year: 2021, yearAfter: null });
    expect(note(s, 'year')).toMatchObject({ how: 'inferred', reason: 'the title names the year 2021' });
  });
  it('a title reviewing a year only bounds it (年度, 总结); two years: the earlier bounds it', () => {
    expect(speech('在2021年度全市工作总结表彰大会上的讲话')).toMatchObject({ year: null, yearAfter: 2021 });
    expect(speech('2021年工作总结')).toMatchObject({ year: null, yearAfter: 2021 });
    const s = speech('关于2020年工作总结和2021年工作安排的报告');
    expect(s).toMatchObject({ year: null, yearAfter: 2020 });
    expect(note(s, 'yearAfter')!.reason).toMatch(/2020 and 2021/);
    expect(speech('在2021—2025年发展规划编制工作会议上的讲话')).toMatchObject({ year: null });
  });
  it('an anniversary being marked, from the founding table', () => {
    expect(weigh('', '今年是建党91周年，我们要以优异成绩迎接党的十八大胜利召开。').fixed?.year).toBe(2012);
    expect(weigh('在庆祝中国共产党成立95周年大会上的讲话', '').fixed?.year).toBe(2016);
    expect(weigh('在纪念秋收起义80周年动员大会上的讲话', '').fixed?.year).toBe(2007);
    expect(weigh('', '今年是新中国成立70周年。').fixed?.year).toBe(2019);
    expect(weigh('', '值此纪念红军长征胜利80周年之际').fixed?.year).toBe(2016);
    expect(weigh('', '今年是改革开放40周年。').fixed?.year).toBe(2018);
    expect(weigh('', '今年是五四运动100周年。').fixed?.year).toBe(2019);
  });
  it('今年 / 明年 / 去年 shift it; a future anniversary fixes nothing', () => {
    expect(weigh('', '今年7月1日，是我们党成立99周年的日子。明年就是我们党成立100周年了。').fixed?.year).toBe(2020);
    expect(weigh('', '去年是新中国成立70周年。').fixed?.year).toBe(2020);
    expect(weigh('', '2021年，我们将迎来中国共产党成立100周年。').fixed).toBeNull();
    expect(weigh('', '以优异成绩迎接建党100周年。').fixed).toBeNull();
  });
  it("a five-year plan's year named as the present", () => {
    expect(weigh('', '今年是“十四五”开局之年，做好今年工作意义重大。').fixed?.year).toBe(2021);
    expect(weigh('', '今年是“十三五”收官之年。').fixed?.year).toBe(2020);
    expect(weigh('', '明年是“十四五”开局之年。').fixed?.year).toBe(2020);
    expect(weigh('', '今年是“十二五”规划的第二年。').fixed?.year).toBe(2012);
    expect(weigh('', '正值“十五五”开局之年').fixed?.year).toBe(2026);
    // A year named with it is about that year, not necessarily the speech's.
    expect(weigh('', '2021年是“十四五”开局之年。').fixed).toBeNull();
  });
  it('an anniversary not said to be now only bounds the year; one ahead or tied to another year says nothing', () => {
    // A government work report looks back on the year before.
    expect(weigh('', '过去一年，我们隆重纪念中国人民抗日战争暨世界反法西斯战争胜利70周年。')).toMatchObject({
      fixed: null,
      after: { year: 2015 },
    });
    expect(weigh('', '到建党100周年时，全面建成惠及十几亿人口的更高水平的小康社会。')).toMatchObject({ fixed: null, after: null });
    expect(weigh('', '这座纪念馆2011年纪念建党90周年前夕落成开放。')).toMatchObject({ fixed: null, after: null });
    expect(weigh('', '2011年，我们隆重纪念了建党90周年。')).toMatchObject({ fixed: null, after: null });
  });
  it('a title that plans a year bounds it from the year before', () => {
    expect(speech('2021年全市工作要点')).toMatchObject({ year: null, yearAfter: 2020 });
    expect(speech('“综合交通运输与智能交通”重点专项2021年度项目申报指南')).toMatchObject({ year: null, yearAfter: 2020 });
  });
  it("a campaign's closing meeting is not given the campaign's year (it ran into the next)", () => {
    const body =
      '同志们：\n今天召开“不忘初心、牢记使命”主题教育总结大会。“不忘初心、牢记使命”主题教育取得了成效。“不忘初心、牢记使命”主题教育要常态化。';
    const s = speech('在“不忘初心、牢记使命”主题教育总结大会上的讲话', body);
    expect(s).toMatchObject({ campaign: '“不忘初心、牢记使命”主题教育', year: null });
    expect(speech('在“不忘初心、牢记使命”主题教育工作会议上的讲话', body.replace('总结大会', '工作会议')).year).toBe(2019);
  });
  it('the title beats the text; text evidence that disagrees fixes nothing', () => {
    expect(weigh('在2016年全市工作会议上的讲话', '今年是新中国成立70周年。').fixed?.year).toBe(2016);
    expect(weigh('', '今年是新中国成立70周年。今年是“十四五”开局之年。')).toMatchObject({ fixed: null });
  });
});

describe('a referenced meeting gives a lower bound, never the year', () => {
  it('a plenum: the speech is from that year or later', () => {
    const s = speech('在全市工作会议上的讲话', '同志们：\n我们要深入学习贯彻党的十九届四中全会精神，推进治理体系和治理能力现代化。');
    expect(s).toMatchObject({ year: null, yearAfter: 2019 });
    expect(note(s, 'yearAfter')).toMatchObject({ how: 'inferred' });
    expect(note(s, 'yearAfter')!.reason).toMatch(/十九届四中全会 was held in 2019/);
    expect(note(s, 'year')).toBeUndefined();
    expect(displayDate(s)).toBe('2019年以后');
  });
  it('several bounds: the latest', () => {
    expect(weigh('', '党的十九大以来，特别是十九届五中全会以后，2012年以来的成就……').after?.year).toBe(2020);
    expect(weigh('', '十三届全国人大三次会议审议通过了民法典。').after?.year).toBe(2020);
    expect(weigh('', '全国政协十三届二次会议期间').after?.year).toBe(2019);
    expect(weigh('', '认真贯彻党的二十大精神').after?.year).toBe(2022);
    expect(weigh('', '2018年以来，全市累计完成投资120亿元。')).toMatchObject({ fixed: null, after: { year: 2018 } });
  });
  it('a meeting at an anniversary, referred to, bounds it (seed 003)', () => {
    expect(weigh('', '在福州市庆祝中国共产党成立95周年大会上，杨益民市长强调，要把“两学一做”作为今年党建工作龙头任务。')).toMatchObject({
      fixed: null,
      after: { year: 2016 },
    });
  });
  it('a speech given at an anniversary, quoted, bounds it', () => {
    expect(weigh('', '习近平总书记在纪念改革开放40周年时强调，改革开放是决定当代中国命运的关键一招。')).toMatchObject({
      fixed: null,
      after: { year: 2018 },
    });
  });
  it('a quoted speech at an anniversary bounds it too', () => {
    expect(weigh('', '习近平总书记在庆祝中国共产党成立95周年大会上的重要讲话指出')).toMatchObject({ fixed: null, after: { year: 2016 } });
  });
  it('a bound never overrides a fixed year', () => {
    const s = speech('在全市工作会议上的讲话', '同志们：\n今年是“十四五”开局之年。我们要贯彻十九届五中全会精神。');
    expect(s).toMatchObject({ year: 2021, yearAfter: null });
  });
  it('a fixed year below the bound is kept and the conflict reported', () => {
    const s = speech('在2018年全市工作会议上的讲话', '同志们：\n我们要深入学习贯彻党的十九届四中全会精神。');
    expect(s).toMatchObject({ year: 2018, yearAfter: null });
    expect(note(s, 'year')!.reason).toMatch(/conflict: .*2019 or later.*kept 2018/);
  });
  it('a one-year campaign below the bound is not taken as the year', () => {
    const body =
      '同志们：\n开展“不忘初心、牢记使命”主题教育，要抓实。“不忘初心、牢记使命”主题教育要见效。“不忘初心、牢记使命”主题教育要深入。十九届五中全会已经召开。';
    const s = speech('在全市工作会议上的讲话', body);
    expect(s).toMatchObject({ year: null, yearAfter: 2020 });
    expect(note(s, 'yearAfter')!.reason).toMatch(/not taken as the year/);
  });
});

describe('the publication date, when nothing better exists', () => {
  it('gives the year, marked publication date', () => {
    const s = speech('在全市工作会议上的讲话', BODY, { format: 'html', published: '2020-05-06' });
    expect(s).toMatchObject({ date: null, year: 2020 });
    expect(note(s, 'year')).toMatchObject({ how: 'inferred' });
    expect(note(s, 'year')!.reason).toMatch(/^publication date \(2020-05-06\)/);
  });
  it('from a publication line the cleaner removes', () => {
    const s = ingestText(`在全市工作会议上的讲话\n发布时间：2020-05-06 09:30  来源：市委办\n${BODY}`, 'x.txt');
    expect(s.year).toBe(2020);
    expect(note(s, 'year')!.reason).toMatch(/publication date/);
  });
  it('not when the text gives better evidence, and never below the bound', () => {
    expect(speech('在2018年全市工作会议上的讲话', BODY, { format: 'html', published: '2020-05-06' }).year).toBe(2018);
    const s = speech('在全市工作会议上的讲话', '同志们：\n贯彻党的二十大精神。', { format: 'html', published: '2020-05-06' });
    expect(s).toMatchObject({ year: null, yearAfter: 2022 });
    expect(note(s, 'yearAfter')!.reason).toMatch(/publication date 2020-05-06 is before the bound/);
  });
});
