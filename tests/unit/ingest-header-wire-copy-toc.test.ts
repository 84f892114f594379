// Header shapes of session 6: wire heads (an address word such as 祝酒辞, a long dispatch
// place, a byline glued to a salutation), a copy of the title block above it, a table of
// contents before the text, an explanation given on commission, a target year in the
// title. The text here is written for the tests (no seed or corpus text); each test
// failed before the rule it covers.
import { describe, expect, it } from 'vitest';
import { ingestLines as ingest, noteOf, removedAs } from './fixtures/ingest-helpers.ts';

const SPEECH = [
  '今年以来，全市上下认真落实各项部署，我们的经济运行保持稳中向好的态势，对外交往不断扩大，友好城市已经遍及五大洲。',
  '同时也要看到，我们的开放水平同先进地区相比还有差距，一些领域的合作还不够深入，这些问题需要我们携手加以解决。',
  '下一步，我们愿同各方一道，深化务实合作，扩大人文交流，共同书写友好合作的新篇章，让合作成果更多惠及两地人民。',
];
const GLUED = SPEECH.join('　　');

describe('a wire head glued on one line', () => {
  it('takes a title ending in an address word (祝酒辞, 欢迎词) as a title, with its dateline and byline', () => {
    const s = ingest([
      `新华社清河5月8日电在清河市国际友好城市大会欢迎宴会上的祝酒辞（2024年5月8日，清河）清河市市长　张明尊敬的各位来宾：　　${GLUED}`,
    ]);
    expect(s.title).toBe('在清河市国际友好城市大会欢迎宴会上的祝酒辞');
    expect(s.speaker).toBe('张明');
    expect(s.date).toBe('2024-05-08');
  });

  it('cuts a dispatch whose place is a country and a city off the title', () => {
    const s = ingest([
      `新华社马来西亚布特拉加亚4月16日电　在清河市国际友好城市大会欢迎宴会上的致辞（2024年4月16日，布特拉加亚）清河市市长　张明尊敬的各位来宾：　　${GLUED}`,
    ]);
    expect(s.title).toBe('在清河市国际友好城市大会欢迎宴会上的致辞');
    expect(removedAs(s, 'dispatch')).toEqual(['新华社马来西亚布特拉加亚4月16日电']);
  });

  it('reads the name of an office byline glued to the salutation, not the first characters that recur', () => {
    // 清河市 recurs in the text: a guess at a name glued to the text would take 清河市 or 清河.
    const s = ingest([
      `新华社清河5月8日电在清河市国际友好城市大会开幕式上的致辞（2024年5月8日）清河市人民政府市长　张明尊敬的各位来宾：　　${GLUED}　　清河市欢迎各位朋友。清河市愿同各方携手。`,
    ]);
    expect(s.speaker).toBe('张明');
    expect(s.blocks[0]!.text.startsWith('尊敬的各位来宾')).toBe(true);
  });

  it('reads a bare name glued to a salutation of any wording (各位院士，…：), the three-character reading first', () => {
    const a = ingest([`新华社北京6月24日电　在全市科技大会上的讲话（2024年6月24日）张明各位院士，同志们、朋友们：　　${GLUED}`]);
    expect(a.speaker).toBe('张明');
    expect(a.blocks[0]!.text.startsWith('各位院士')).toBe(true);
    const b = ingest([`新华社北京12月20日电在清河市建市40周年大会上的讲话（2024年12月20日）王建国同胞们，朋友们：　　${GLUED}`]);
    expect(b.speaker).toBe('王建国');
  });
});

describe('a copy of the title block above it', () => {
  it('a headline naming the occasion of the `——` subtitle is removed as a copy, and the title block taken as the header', () => {
    const s = ingest([
      '张明在清河市国际友好城市大会开幕式上的主旨讲话（全文）',
      '分享',
      '打印',
      '携手共进　共创未来',
      '——在清河市国际友好城市大会开幕式上的主旨讲话',
      '（2024年5月8日，清河）',
      '清河市市长　张明',
      '尊敬的各位来宾：',
      ...SPEECH,
    ]);
    expect(s.title).toBe('携手共进　共创未来');
    expect(s.speaker).toBe('张明');
    expect(removedAs(s, 'duplicate-title')).toContain('张明在清河市国际友好城市大会开幕式上的主旨讲话（全文）');
    expect(s.blocks[0]!.text).toBe('尊敬的各位来宾：');
  });
});

describe('a table of contents before the text', () => {
  it('above the title block: neither its head nor its entries are title or byline; removed and reported', () => {
    const s = ingest([
      '目　录',
      '一、过去一年的工作　　　　2',
      '二、今年的主要任务　　　　9',
      '三、加强自身建设　　　　15',
      '结束语　　　　18',
      '凝心聚力谋发展',
      '奋发有为开新局',
      '——在清河市第八次党代会上的报告',
      '（2024年3月6日）',
      '张明',
      '同志们：',
      SPEECH[0]!,
      '一、过去一年的工作',
      SPEECH[1]!,
      '二、今年的主要任务',
      SPEECH[2]!,
      '三、加强自身建设',
      SPEECH[0]!,
      '结束语',
      SPEECH[1]!,
    ]);
    expect(s.title).toBe('凝心聚力谋发展 奋发有为开新局');
    expect(s.speaker).toBe('张明');
    expect(s.date).toBe('2024-03-06');
    expect(removedAs(s, 'table-of-contents')).toContain('目　录');
    expect(s.blocks[0]!.text).toBe('同志们：');
  });

  it('under the title, its entries with dot leaders and the headings again further on', () => {
    const s = ingest([
      '清河市数字经济发展规划',
      '目 录',
      '一、发展基础................................1',
      '二、总体要求................................3',
      '三、重点任务................................5',
      '为加快数字经济发展，推动全市经济高质量发展，制定本规划。',
      '一、发展基础',
      SPEECH[0]!,
      '二、总体要求',
      SPEECH[1]!,
      '三、重点任务',
      SPEECH[2]!,
    ]);
    expect(s.title).toBe('清河市数字经济发展规划');
    expect(s.speaker).toBeNull();
    expect(removedAs(s, 'table-of-contents')).toHaveLength(4);
  });
});

describe('an explanation given on commission', () => {
  it('is titled 关于《…》的说明, inferred from the sentence that names it', () => {
    const opening =
      '受市委常委会委托，我就《中共清河市委关于制定清河市国民经济和社会发展第十五个五年规划的建议》起草的有关情况向全会作说明。';
    const s = ingest([`${opening}${SPEECH.join('')}`]);
    expect(s.title).toBe('关于《中共清河市委关于制定清河市国民经济和社会发展第十五个五年规划的建议》的说明');
    expect(s.untitled).toBeUndefined();
    expect(noteOf(s, 'title')).toMatchObject({ how: 'inferred', evidence: opening, line: 1 });
  });

  it('names no title when the document is not named in 《》', () => {
    const s = ingest([`受市委常委会委托，我就决定稿起草的有关情况向全会作说明。${SPEECH.join('')}`]);
    expect(s.untitled).toBe(true);
  });
});

describe('a year in the title', () => {
  it('is no evidence when it is a target (二〇三五年远景目标): no bound after it', () => {
    const s = ingest([
      '关于《清河市国民经济和社会发展第十五个五年规划和二〇三五年远景目标纲要》的说明',
      '（2025年1月10日）',
      '张明',
      ...SPEECH,
    ]);
    expect(s.date).toBe('2025-01-10');
    expect(s.yearAfter).toBeNull();
    const t = ingest(['关于《清河市国民经济和社会发展第十五个五年规划和二〇三五年远景目标纲要》的说明', '张明', ...SPEECH]);
    expect(t.year).toBeNull();
    expect(t.yearAfter ?? null).not.toBe(2034);
  });
});

describe('a news lead above a speech with no title of its own', () => {
  it('gives the title in 《》 after 题为 and the speaker; the lead is taken out of the body, reported', () => {
    const lead =
      '新华社清河5月8日电　清河市委书记、市长张明8日上午出席清河市国际友好城市大会开幕式，并发表题为《携手共进　共创未来》的主旨讲话。';
    const s = ingest(['2024-05-08 10:20　来源：新华网', lead, '尊敬的各位来宾：', ...SPEECH]);
    expect(s.title).toBe('携手共进　共创未来');
    expect(s.speaker).toBe('张明');
    expect(noteOf(s, 'title')).toMatchObject({ how: 'inferred', line: 2 });
    expect(removedAs(s, 'lead-above-text')).toHaveLength(1);
    expect(s.blocks[0]!.text).toBe('尊敬的各位来宾：');
  });

  it('gives 在<meeting>上的讲话 from the meeting it names, when it announces the full text', () => {
    const s = ingest([
      '新华社清河3月13日电　清河市第八届人民代表大会第一次会议13日上午闭幕。市委书记张明在清河市第八届人民代表大会第一次会议闭幕会上发表重要讲话。讲话全文如下：',
      '各位代表：',
      ...SPEECH,
    ]);
    expect(s.title).toBe('在清河市第八届人民代表大会第一次会议闭幕会上的讲话');
    expect(s.speaker).toBe('张明');
  });

  it('is no lead when a news report goes on after it (no salutation, no announced text)', () => {
    const s = ingest([
      '新华社清河3月13日电　清河市第八届人民代表大会第一次会议13日上午闭幕。市委书记张明在闭幕会上发表重要讲话。',
      '张明强调，要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，推动全市经济实现质的有效提升和量的合理增长。',
      ...SPEECH,
    ]);
    expect(s.untitled).toBe(true);
    expect(removedAs(s, 'lead-above-text')).toEqual([]);
  });
});

describe('a byline and a dateline on one line under the title', () => {
  it('gives the speaker and the date, in either order, and both leave the body', () => {
    for (const line of ['张明　2023年12月30日', '（2023年12月30日）　市委书记　张明']) {
      const s = ingest(['政协之窗 >> 领导讲话', '在清河市政协新年茶话会上的讲话', line, '同志们，朋友们：', ...SPEECH]);
      expect(s.speaker, line).toBe('张明');
      expect(s.date, line).toBe('2023-12-30');
      expect(s.blocks[0]!.text, line).toBe('同志们，朋友们：');
    }
  });
});

describe("a document's issuing stamp as its last line", () => {
  it('dates the document (the issuer, the date, 印发)', () => {
    const s = ingest([...SPEECH, '清河市人民政府办公室 2020年8月 4 日印发']);
    expect(s.date).toBe('2020-08-04');
    expect(noteOf(s, 'date')?.evidence).toBe('清河市人民政府办公室 2020年8月 4 日印发');
  });

  it('not when the line names no issuing body', () => {
    const s = ingest([...SPEECH, '我们一定能在2020年8月 4 日完成']);
    expect(s.date).toBeNull();
  });
});

describe('an annual report given after its year', () => {
  const report = (plan: string) => [
    '各位代表：',
    '现在，我代表市人民政府，向大会报告工作，请予审议。',
    '一、过去一年工作回顾',
    '2004年，全市人民团结奋进，经济社会发展取得新的成就。过去一年，我们主要做了以下工作。',
    ...SPEECH,
    plan,
    ...SPEECH,
  ];
  it('is given in the year its part heading plans, when it looks back on 过去一年 and names the year before', () => {
    const s = ingest(report('二、2005年工作总体部署'));
    expect(s.year).toBe(2005);
    expect(noteOf(s, 'year')?.evidence).toContain('二、2005年工作总体部署');
  });

  it('not from a heading planning a year that does not follow the one looked back on', () => {
    const s = ingest(report('二、2007年工作总体部署'));
    expect(s.year).toBeNull();
  });
});
