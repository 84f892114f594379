// The header (issue 12, session 10, wt-header10): a form's title field, an archived page's title
// under a second navigation block, a reply's attachment title, a meeting report's lead, an annual
// report's year from its review heading, a byline among a clippings file's separators. The text
// here is written for the tests (no seed or corpus text); each test failed before the rule it covers.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';
import type { Speech } from '../../src/lib/ingest/index.ts';

const ingest = (text: string): Speech => ingestText(text, 'doc_088.txt');

describe("an edit form copied whole: the form's title field gives the title", () => {
  const form = (title: string, sub = '副标题：') =>
    [
      '内容发布系统 V3.1　　当前用户：admin　　退出',
      '栏目：工作动态 > 领导讲话　>　新增稿件',
      '[保存]　[提交审核]　[预览]',
      title,
      sub,
      '肩题：',
      '作者：　　　　来源：市委办公室　　　　*发布日期：2022-04-08 10:00',
      '*内容：',
      '（2022年4月7日）',
      '陈立新',
      '同志们：',
      '今天召开全市春季农业生产工作会议，主要任务是动员全市上下抓好春耕备耕，确保粮食稳产增产。刚才，几位同志作了发言，讲得很好。',
      '今年春耕面临的困难不少，各级要早谋划、早部署，把各项措施落到田间地头。',
      '字数：86　　　自动保存于 10:02',
    ].join('\n');

  it('`*标题：<title>` among empty fields is the title, read from that line', () => {
    const s = ingest(form('*标题：在全市春季农业生产工作会议上的讲话'));
    expect(s.title).toBe('在全市春季农业生产工作会议上的讲话');
    expect(s.untitled).toBeFalsy();
    expect(s.speaker).toBe('陈立新');
    expect(s.date).toBe('2022-04-07');
  });

  it('the same field line kept as the title line: the label is cut off, reported', () => {
    const s = ingest(form('*标题：在全市春季农业生产工作会议上的讲话').replace('[保存]　[提交审核]　[预览]\n', ''));
    expect(s.title).toBe('在全市春季农业生产工作会议上的讲话');
    expect(s.removed.some((r) => r.text.includes('标题：'))).toBe(true);
  });

  it("a subtitle field is no title field: its label is not cut as a title's", () => {
    const s = ingest(form('标题栏：', '副标题：在全市春季农业生产工作会议上的讲话'));
    expect(s.title).not.toBe('在全市春季农业生产工作会议上的讲话');
    expect(s.removed.some((r) => r.reason === 'field-label')).toBe(false);
  });
});

describe("a web archive's capture: the archived page's title under its own masthead and menu", () => {
  it("the site's name under the archive's toolbar is the page's, not text above the title", () => {
    const s = ingest(
      [
        'The Wayback Machine - https://web.archive.org/web/20190310101010/http://www.hbzx.edu.cn/news/2019/0308.html',
        'INTERNET ARCHIVE',
        'Wayback Machine',
        'http://www.hbzx.edu.cn/news/2019/0308.html	Go',
        '7 captures',
        '08 Mar 2019 - 11 Nov 2021',
        'FEB	MAR	APR',
        'About this capture',
        'TIMESTAMPS',
        '河滨职业学院继续教育中心　Continuing Education Centre, HBVC',
        '首页　　中心简介　　新闻中心　　培训项目　　联系我们　　English',
        '当前位置：首页 > 新闻中心 > 正文',
        '院长给全体结业学员的一封信',
        '发布时间：2019-03-08　　来源：院办　　浏览次数：',
        '全体结业学员：',
        '你们好！三个月的学习就要结束了。你们在这里学到了新的本领，也结识了新的朋友，我为你们感到高兴。',
        '希望你们回到岗位以后，把所学用到工作中去，常回学院看看。',
        '河滨职业学院院长　孙文博',
        '2019年3月7日',
        '上一篇：我院举行春季开学典礼',
        '下一篇：关于2019年第二期培训班报名的通知',
      ].join('\n'),
    );
    expect(s.title).toBe('院长给全体结业学员的一封信');
    expect(s.untitled).toBeFalsy();
    expect(s.blocks.some((b) => b.text.includes('Continuing Education'))).toBe(false);
    expect(s.removed.some((r) => ['masthead', 'navigation'].includes(r.reason) && r.text.includes('继续教育中心'))).toBe(true);
  });
});

describe('a title line under kept cue lines, headed by its byline: read as written', () => {
  it("`关于《…》的说明` over a bare name is the title, its space kept (not the opening's quotation with 、)", () => {
    const s = ingest(
      [
        '【领读稿】第2稿　字号：三号　行距：固定值32磅',
        '用途：区委理论学习中心组专题学习——领读原文',
        '【开场：停顿2秒】',
        '关于《滨河市加快城乡融合发展 推进乡村全面振兴的实施意见》的说明',
        '赵振华',
        '受市委委托，我就《滨河市加快城乡融合发展、推进乡村全面振兴的实施意见》起草情况作说明。',
        '一、起草的背景',
        '近年来，我市城乡融合发展取得积极进展，但城乡要素流动仍不顺畅，乡村发展短板依然突出。',
      ].join('\n'),
    );
    expect(s.title).toBe('关于《滨河市加快城乡融合发展 推进乡村全面振兴的实施意见》的说明');
    expect(s.speaker).toBe('赵振华');
  });

  it("a document's chapter heading over its first article is no title block", () => {
    const s = ingest(
      [
        '滨河市支持城乡融合发展示范区建设等',
        '',
        '奖补政策实施细则',
        '',
        '第一章  总则',
        '',
        '第一条  为促进城乡融合发展示范区建设，根据《关于印发<滨河市城乡融合发展奖补办法>的通知》（滨发〔2021〕9号）、《滨河市人民政府关于加快城乡融合发展的意见》（滨政发〔2021〕3号），制定本实施细则。',
        '第二条　本办法适用于本市行政区域内的城乡融合发展促进工作。',
      ].join('\n'),
    );
    expect(s.title).not.toBe('第一章  总则');
    expect(s.speaker).not.toBe('第一条');
  });
});

describe("an annual report's year: a part reviewing one year's work and a part planning the next", () => {
  const report = (review: string) =>
    [
      '各位代表：',
      '现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协各位委员提出意见。',
      review,
      '2013年，面对复杂多变的经济形势，全市上下团结一心，较好完成了市十五届人大二次会议确定的目标任务。',
      '全市地区生产总值增长百分之九，城乡居民收入稳步提高，各项社会事业全面进步。',
      '二、2014年工作总体部署',
      '今年政府工作的总体要求是：稳中求进，改革创新，着力提高经济发展质量和效益。',
      '各位代表！让我们在市委的坚强领导下，奋发有为，扎实工作，为全面建成小康社会而努力奋斗！',
    ].join('\n');

  it('`一、2013年工作回顾` and `二、2014年工作总体部署`: given in 2014 (no 过去一年 needed)', () => {
    const s = ingest(report('一、2013年工作回顾'));
    expect(s.year).toBe(2014);
  });

  it('a review heading of another year than the one before the plan gives no year', () => {
    const s = ingest(report('一、2011年工作回顾'));
    expect(s.year).toBeNull();
  });
});

describe("a clippings file: the byline among the highlights' separators and book lines", () => {
  const clip = (text: string, at: string) => [
    '滨河讲话选编（2022年版） (赵振华)',
    `- 您在位置 #${at}的标注 | 添加于 2023年5月2日星期二 下午9:10:11`,
    '',
    text,
    '==========',
  ];
  it('a role and a name standing alone between the title and the salutation is the speaker', () => {
    const s = ingest(
      [
        ...clip('在滨河市第三届青年创业大会开幕式上的致辞', '210-211'),
        ...clip('（2022年9月3日，滨河）', '212-212'),
        ...clip('滨河市人民政府市长　赵振华', '213-213'),
        ...clip('各位来宾，青年朋友们：', '214-214'),
        ...clip('大家上午好！今天，第三届青年创业大会在这里隆重开幕，我代表市委、市政府，对大会的召开表示热烈祝贺！', '215-216'),
        ...clip('希望广大青年敢闯敢干，在创新创业中实现人生价值。预祝大会圆满成功！', '217-218'),
      ].join('\n'),
    );
    expect(s.title).toBe('在滨河市第三届青年创业大会开幕式上的致辞');
    expect(s.speaker).toBe('赵振华');
  });
});

describe("a 公文 with no title line of its own: its attachment's title line under the signature", () => {
  const reply = (extra: string[] = []) =>
    [
      '滨河职业技术学院：',
      '　　你院《关于申报城乡融合发展实训基地的请示》（滨职院〔2023〕12号）收悉。经研究，原则同意你院建设城乡融合发展实训基地（具体要点附后）。',
      '　　请你院细化建设方案，落实建设资金，按期完成建设任务。',
      ...extra,
      '　　附件：城乡融合发展实训基地建设要点',
      '滨河市教育局',
      '　　2023年6月12日',
      '城乡融合发展实训基地建设要点（滨河职业技术学院）',
      '　　一、建设内容',
      '　　建设乡村治理、农村电商、智慧农业三个实训室，年培训基层干部和农民一千人次。',
      '　　二、建设周期',
      '　　2023年至2025年。',
    ].join('\n');

  it('a reply to an addressee, signed and dated, then its attachment under a title line: that line is the title', () => {
    const s = ingest(reply());
    expect(s.title).toBe('城乡融合发展实训基地建设要点（滨河职业技术学院）');
    expect(s.untitled).toBeFalsy();
    expect(s.speaker).toBeNull();
    expect(s.date).toBe('2023-06-12');
  });

  it('the attachment named after `附件：` above it gives no speaker (a label is no name)', () => {
    const s = ingest(reply().replace('附件：城乡融合发展实训基地建设要点', '附件：城乡融合发展实训基地建设要点（滨河职业技术学院）'));
    expect(s.title).toBe('城乡融合发展实训基地建设要点（滨河职业技术学院）');
    expect(s.speaker).toBeNull();
  });

  it('a text sending several documents takes no one attachment title for its own', () => {
    const s = ingest(reply(['　　附件2：实训基地建设经费预算表']));
    expect(s.untitled).toBe(true);
  });
});

describe('a short news report of a meeting with no title line: its lead gives the headline and the day', () => {
  it('`2021年3月9日，<meeting>在<place>召开，…` is titled by that clause and dated by that day', () => {
    const s = ingest(
      [
        '2021年3月9日，滨河市乡村振兴产业联盟成立大会在滨河召开，来自农业企业、合作社和高校的80余名代表参加了会议。',
        '会议审议通过了联盟章程，选举产生了第一届理事会，发布了联盟倡议书。',
        '市农业农村局有关负责同志到会指导，对联盟今后的工作提出了要求。',
      ].join('\n'),
    );
    expect(s.title).toBe('滨河市乡村振兴产业联盟成立大会在滨河召开');
    expect(s.untitled).toBeFalsy();
    expect(s.date).toBe('2021-03-09');
    expect(s.speaker).toBeNull();
  });

  it('a speech that opens by telling how a congress met is no report: no title or day from it', () => {
    const s = ingest(
      [
        '1921年7月23日，中国共产党第一次全国代表大会在上海召开，宣告了中国共产党的成立。',
        '一百年后的今天，我们在这里隆重集会，回顾党的光辉历程，展望党和人民事业的美好前景。',
        '会议的召开，开天辟地，改变了中国的前途和命运。',
      ].join('\n'),
    );
    expect(s.date).not.toBe('1921-07-23');
    expect(s.title).not.toBe('中国共产党第一次全国代表大会在上海召开');
  });
});

describe("a signature under the text: an issuing organ's is no speaker's", () => {
  const signed = (name: string) =>
    [
      '滨河市农业农村局：',
      '　　你局《关于申请建设乡村振兴示范区的请示》收悉。经研究，同意你局在城东片区开展乡村振兴示范区建设试点。',
      '　　请你局抓紧细化方案，认真组织实施，及时总结经验。',
      '　　专此函复。',
      name,
      '2022年5月6日',
    ].join('\n');

  it('`科 技 厅` over the day signs for an organ: no speaker; the day is still the date', () => {
    const s = ingest(signed('科 技 厅'));
    expect(s.speaker).toBeNull();
    expect(s.date).toBe('2022-05-06');
  });

  it("a person's bare name over the day is still the speaker", () => {
    expect(ingest(signed('王建国')).speaker).toBe('王建国');
  });
});

describe("a 公文's signature mid-text: its day dates the text though a second document follows", () => {
  it('organ and day under the notice, an older plan after it with no heading: the notice day', () => {
    const s = ingest(
      [
        '各区县农业农村局，市直有关单位：',
        '　　为做好2021年度乡村振兴示范村评估工作，现将有关事项通知如下。',
        '　　一、评估范围',
        '　　2019年以来确定的全部示范村。',
        '　　联系人：张明　电话：0123-4567890',
        '滨河市农业农村局',
        '2021年11月3日',
        '今后五年是乡村振兴的关键时期，各地要把示范村建设放在更加突出的位置。',
        '　　一、发展现状',
        '　　几年来，全市示范村建设取得明显成效，村容村貌显著改善，2016年12月完成第一批验收。',
        '2016年12月20日',
      ].join('\n'),
    );
    expect(s.date).toBe('2021-11-03');
  });
});

describe('the years since a year the text names, counted to the present', () => {
  const text = (opening: string) =>
    [
      '同志们：',
      `${opening}全市上下团结奋斗，经济实力明显增强，人民生活持续改善，各项事业取得新的进展。`,
      '实践告诉我们，只要坚持发展不动摇，就一定能够战胜前进道路上的各种困难。',
    ].join('\n');

  it('`二〇一二年市第九次党代会以来的五年，` fixes 2017', () => {
    expect(ingest(text('二〇一二年市第九次党代会以来的五年，')).year).toBe(2017);
  });

  it('`2012年以来，` with no count of years only bounds the year', () => {
    const s = ingest(text('2012年以来，'));
    expect(s.year).toBeNull();
  });
});

describe('a year named, then called 今年 in the next sentence', () => {
  const text = (second: string) =>
    [
      '各位代表：',
      `2016年是实施本市第十三个五年规划的开局之年。${second}`,
      '让我们在市委的坚强领导下，团结一心，扎实工作，努力完成全年目标任务。',
    ].join('\n');

  it('`2016年是…。做好今年的工作…` fixes 2016', () => {
    expect(ingest(text('做好今年的工作，意义重大。')).year).toBe(2016);
  });

  it('明年 between them: the named year is not the present', () => {
    expect(ingest(text('明年是规划的第二年，今年要打好基础。')).year).not.toBe(2016);
  });
});

describe('a five-year plan said to have run N years so far', () => {
  const text = (said: string) =>
    [
      '各位代表：',
      `${said}各地区、各部门认真贯彻执行计划，工业生产和基本建设都取得了很大的成绩。`,
      '我们一定要全面完成和超额完成这个计划。',
    ].join('\n');

  it('`第二个五年计划已经执行了三年` fixes 1961 (the second plan began in 1958)', () => {
    expect(ingest(text('我国第二个五年计划已经执行了三年。')).year).toBe(1961);
  });

  it('`在…执行了两年之后` tells of a past point, not the present: no year', () => {
    expect(ingest(text('到了第二个五年计划执行了两年之后，')).year).toBeNull();
  });
});

describe('a year spoken of as under way', () => {
  const text = (said: string) =>
    ['各位代表：', `${said}各地区、各部门要继续努力，确保全面完成今年的各项任务。`, '我们一定要把经济工作做得更好。'].join('\n');

  it('its plan `正在执行`: `1978年计划正在顺利执行` fixes 1978', () => {
    expect(ingest(text('1978年计划正在顺利执行，预计工农业总产值可以超额完成。')).year).toBe(1978);
  });

  it('its results estimated against the year before: `一九七八年粮食产量，预计比一九七七年增长` fixes 1978', () => {
    expect(ingest(text('一九七八年全市粮食总产量，预计比一九七七年增长百分之五。')).year).toBe(1978);
  });

  it('an estimate against another year than the one before fixes nothing', () => {
    expect(ingest(text('一九七八年全市粮食总产量，预计比一九七五年增长百分之十五。')).year).toBeNull();
  });
});
