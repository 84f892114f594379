// The header (issue 12, session 9, wt-header9): letters headed only by their genre, a title read
// from a closing credit, chrome glued onto the title line, a resolution's year. The text here is
// written for the tests (no seed or corpus text); each test failed before the rule it covers.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';
import type { Speech } from '../../src/lib/ingest/index.ts';

const ingest = (text: string): Speech => ingestText(text, 'doc_077.txt');

describe('a letter headed only by its genre (`回信`, `贺信`)', () => {
  it('a 回信 glued to its salutation: 给<addressee>的回信, the signature its speaker and day', () => {
    const s = ingest(
      '　　回信滨河中学高三（2）班的同学们：　　你们的来信收到了，读来很受感动。你们在信中说，要把青春写在祖国最需要的地方，这个志向很好。　　希望你们珍惜时光、刻苦学习，把所学知识用到为人民服务中去。　　王建国　　2021年5月4日　　（本报讯）本报滨河5月5日电　王建国日前给滨河中学高三学生回信，勉励他们刻苦学习。',
    );
    expect(s.title).toBe('给滨河中学高三（2）班的同学们的回信');
    expect(s.speaker).toBe('王建国');
    expect(s.date).toBe('2021-05-04');
    expect(s.blocks[0]!.text).toBe('滨河中学高三（2）班的同学们：');
  });

  it('a 贺信 glued to `值此…开幕之际`, signed with the name and day glued to the last sentence', () => {
    const s = ingest(
      '贺信值此滨河市第五届青年创新创业大赛开幕之际，我代表市委、市政府，向大赛的举办表示热烈的祝贺！希望广大青年勇于创新、敢于创业，在推动高质量发展中展现青春作为。李明华2022年9月3日（本报讯）滨河市第五届青年创新创业大赛3日开幕，市委书记李明华发来贺信。',
    );
    expect(s.title).toBe('致滨河市第五届青年创新创业大赛的贺信');
    expect(s.speaker).toBe('李明华');
    expect(s.date).toBe('2022-09-03');
  });

  it('the genre word alone on its line over the salutation is the same head', () => {
    const s = ingest(
      [
        '贺信',
        '滨河大学：',
        '值此建校七十周年之际，谨向全校师生员工和海内外校友致以热烈的祝贺！七十年来，学校培养了大批优秀人才。',
        '张明',
        '2023年10月12日',
      ].join('\n'),
    );
    expect(s.title).toBe('致滨河大学的贺信');
    expect(s.speaker).toBe('张明');
    expect(s.date).toBe('2023-10-12');
  });

  it('a signature with a role before the name (`市长　李明华`) gives the name', () => {
    const s = ingest(
      [
        '回信滨河大学全体留学生：',
        '你们好！来信收悉。得知你们在滨河学习生活顺利，我很高兴。希望你们多走走、多看看，做友谊的使者。',
        '　　滨河市市长李明华　　2024年6月1日',
        '本报滨河6月2日电　滨河市市长李明华日前给滨河大学全体留学生回信，勉励他们做友谊的使者。',
        '近日，滨河大学全体留学生给李明华写信，讲述了在滨河学习生活的感受。',
      ].join('\n'),
    );
    expect(s.title).toBe('给滨河大学全体留学生的回信');
    expect(s.speaker).toBe('李明华');
    expect(s.date).toBe('2024-06-01');
  });

  it('a speech opening with the word 回信 in a sentence is no letter head', () => {
    const s = ingest('回信的事情，我们下次再说。今天我们召开这次会议，主要任务是总结去年的工作，部署今年的重点任务。');
    expect(s.title).not.toMatch(/回信$/u);
  });
});

describe("a resolution's year from the plan it approves", () => {
  const RESOLUTION = (approval: string): string =>
    `滨河市第十六届人民代表大会第三次会议听取并审议了市长王建国所作的政府工作报告。会议充分肯定市人民政府过去一年的工作，${approval}，决定批准这个报告。\n会议号召，全市各族人民团结一心，真抓实干，为推动高质量发展而努力奋斗！`;

  it('`同意报告提出的2019年…目标任务` after the meeting heard the report: the meeting is of 2019', () => {
    const s = ingest(RESOLUTION('同意报告提出的2019年经济社会发展的总体要求和主要目标任务'));
    expect(s.title).toBe('滨河市第十六届人民代表大会第三次会议关于政府工作报告的决议');
    expect(s.year).toBe(2019);
    expect(s.date).toBeNull();
  });

  it('a plan for a five-year period and a year: the year', () => {
    expect(ingest(RESOLUTION('同意报告提出的“十四五”时期主要目标任务和2021年工作部署')).year).toBe(2021);
  });

  it('no year when the approval names none (`今后一年`), or names a year it works towards (`到2035年`)', () => {
    expect(ingest(RESOLUTION('同意报告提出的今后一年的目标任务')).year).toBeNull();
    expect(ingest(RESOLUTION('同意报告提出的到2035年基本实现现代化的目标任务')).year).toBeNull();
  });
});

describe('a text whose only title is the headline in its closing credit', () => {
  const EXCERPT =
    '3日上午，李明华来到滨河区花园社区，察看社区养老服务中心，同老人们亲切交谈。他强调，要把养老服务做细做实，让老年人安享幸福晚年。随后，李明华来到滨河科技园，了解企业研发情况。他指出，要坚持创新驱动，加快培育新兴产业。';

  it('a wire credit with the headline glued after 电: the headline, the deck after a space; its subject the speaker', () => {
    const s = ingest(`${EXCERPT}（据滨河日报滨河5月4日电李明华在滨河区调研时强调把民生实事办到群众心坎上）`);
    expect(s.title).toBe('李明华在滨河区调研时强调 把民生实事办到群众心坎上');
    expect(s.speaker).toBe('李明华');
    expect(s.untitled).toBeFalsy();
  });

  it('a publication named before the headline in 《》 (`（摘自滨河日报《…》）`)', () => {
    const s = ingest(`${EXCERPT}\n（摘自滨河日报《李明华在滨河区调研时强调 把民生实事办到群众心坎上》）`);
    expect(s.title).toBe('李明华在滨河区调研时强调 把民生实事办到群众心坎上');
  });

  it('a bare `（摘自《…》）` names a book or a journal, not the text: no title from it', () => {
    const s = ingest(`${EXCERPT}\n（摘自《滨河市改革开放四十年文献选编》）`);
    expect(s.title).not.toContain('文献选编');
  });
});

describe('a note in brackets above the title block is no part of the title', () => {
  const TEXT = [
    '同志们：',
    '今天我们召开这次会议，主要任务是总结去年的工作，分析当前面临的形势，部署今年的重点任务。',
    '过去一年，全区上下攻坚克难、真抓实干，各项工作取得了新的进展，经济总量稳步提升，民生保障持续加强。',
  ].join('\n');

  it('a line wholly in brackets (`（本文稿由编辑整理，仅供学习交流）`) over a title and its dateline', () => {
    const s = ingest(
      ['（本文稿由编辑整理，仅供学习交流）', '抵达滨河国际机场时的书面讲话', '（2022年1月6日，滨河）', '滨河市市长　张明', TEXT].join('\n'),
    );
    expect(s.title).toBe('抵达滨河国际机场时的书面讲话');
    expect(s.blocks[0]!.text).toBe('同志们：');
    expect(s.removed.map((r) => r.text)).toContain('（本文稿由编辑整理，仅供学习交流）');
  });

  it('a label with a bracketed remark (`学习资料之三（内部资料，注意保存）`) over a title and its subtitle', () => {
    const s = ingest(
      [
        '学习资料之三（内部资料，注意保存）',
        '政府工作报告',
        '——2022年1月6日在滨河区第五届人民代表大会第一次会议上',
        '区长　张明',
        TEXT,
      ].join('\n'),
    );
    expect(s.title).toBe('政府工作报告');
    expect(s.blocks[0]!.text).toBe('同志们：');
    expect(s.removed.map((r) => r.text)).toContain('学习资料之三（内部资料，注意保存）');
  });
});

describe('a title nothing heads over a full title block further on', () => {
  const SPEECH = [
    '同志们：',
    '今天我们召开这次会议，主要任务是总结去年的工作，分析当前面临的形势，部署今年的重点任务。',
    '过去一年，全区上下攻坚克难、真抓实干，各项工作取得了新的进展，经济总量稳步提升，民生保障持续加强。',
  ].join('\n');
  const BLOCK = ['凝心聚力谱写高质量发展新篇章', '——在全区经济工作会议上的讲话', '（2022年1月6日）', '区委书记　张明'];

  it("a notice's document number over the notice and its attachment: the attachment's title block", () => {
    const s = ingest(
      [
        '滨委办发〔2022〕3号',
        '关于认真学习贯彻区委书记张明同志讲话精神的通知',
        '各乡镇党委，区直各单位：',
        '现将张明同志在全区经济工作会议上的讲话印发给你们，请结合实际认真学习贯彻。',
        '中共滨河区委办公室',
        '2022年1月10日',
        '附件',
        ...BLOCK,
        SPEECH,
      ].join('\n'),
    );
    expect(s.title).toBe('凝心聚力谱写高质量发展新篇章');
    expect(s.speaker).toBe('张明');
    expect(s.date).toBe('2022-01-06');
  });

  // (Passed before the rule too: the chrome step's title-block rule takes this shorter page; kept as a guard.)
  it('a headline copy in tags (`【学习素材】…（附全文）`) over quoted sentences and the title block', () => {
    const s = ingest(
      [
        '【学习素材】张明在全区经济工作会议上的讲话（附全文+金句）',
        '【导读】',
        '这篇讲话立意高远，是学习高质量发展的好素材。',
        '【金句】',
        '1.发展是第一要务，人才是第一资源，创新是第一动力。',
        '【原文】',
        ...BLOCK,
        SPEECH,
      ].join('\n'),
    );
    expect(s.title).toBe('凝心聚力谱写高质量发展新篇章');
    expect(s.date).toBe('2022-01-06');
  });

  it('a title its own dateline heads is kept, though another title block follows (a second speech)', () => {
    const s = ingest(['在全区工作会议上的讲话', '（2021年12月30日）', SPEECH, ...BLOCK, SPEECH].join('\n'));
    expect(s.title).toBe('在全区工作会议上的讲话');
  });
});

describe('a notice with no title line that issues a document', () => {
  it('`《X》已经…审定同意，现印发给你们` is 关于印发《X》的通知, dated by its signature', () => {
    const s = ingest(
      [
        '各区县教育局，市直各学校：',
        '　　《滨河市中小学课后服务管理办法（试行）》已经局党组会议审定同意，现印发给你们，请遵照执行。',
        '     滨河市教育局',
        '　　2023年8月21日',
        '滨河市中小学课后服务管理办法（试行）',
        '　　第一条　为规范中小学课后服务，减轻家长负担，制定本办法。',
        '　　第二条　本办法适用于全市义务教育阶段学校。',
      ].join('\n'),
    );
    expect(s.title).toBe('关于印发《滨河市中小学课后服务管理办法（试行）》的通知');
    expect(s.untitled).toBeFalsy();
  });

  it('a document only quoted in the opening (`根据《X》规定`) gives no such title', () => {
    const s = ingest(
      '　　根据《滨河市中小学课后服务管理办法》规定，现就有关事项说明如下。\n　　一是课后服务时间原则上不早于下午5点30分结束。',
    );
    expect(s.title).not.toContain('关于印发');
  });
});
