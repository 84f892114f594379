// Titles (issue 12, session 8): a text with no title line that still gives one by its shape —
// a report delivered with no 向<recipient> or no comma after 我代表…, a meeting's resolution on a
// report it heard, an address greeting a meeting at its opening — and a news headline with a
// time word between the name and the verb (`…近日作出重要指示强调`). The text here is written
// for the tests (no seed or corpus text); each test failed before the rule it covers.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';
import type { Speech } from '../../src/lib/ingest/index.ts';
import { REPORT_HEADLINE } from '../../src/lib/ingest/title-shape.ts';
import { lostSentences } from './fixtures/ingest-helpers.ts';

const ingest = (text: string): Speech => ingestText(text, 'doc_031.txt');
const titleNote = (s: Speech) => s.notes.find((n) => n.field === 'title')!;
const TASKS =
  '一、去年工作回顾\n2023年，全县经济运行稳中有进，民生持续改善。\n二、今年主要任务\n（一）加强基础设施建设。\n（二）提升公共服务水平。';

describe('a report delivered in other word orders names itself', () => {
  it('我代表…，作政府工作报告 (no 向大会) → 政府工作报告', () => {
    const s = ingest(`各位代表，现在，我代表县人民政府，作政府工作报告，请予审议，并请县政协各位委员提出意见。\n${TASKS}`);
    expect(s.title).toBe('政府工作报告');
    expect(s.untitled).toBeUndefined();
    expect(titleNote(s).evidence).toContain('作政府工作报告');
  });

  it('我代表…向大会作… (no comma after 代表…) → that name', () => {
    const s = ingest(`各位代表：\n我现在代表县人民政府向本次大会作关于全县第十四个五年规划执行情况的报告，请予审议。\n${TASKS}`);
    expect(s.title).toBe('关于全县第十四个五年规划执行情况的报告');
  });

  it('我代表…作出部署 names no report: untitled', () => {
    const s = ingest(`同志们：\n我代表县委作出部署，请大家认真落实。\n${TASKS}`);
    expect(s.untitled).toBe(true);
  });
});

describe("a meeting's resolution on a report it heard (…会议听取…所作的政府工作报告 … 批准)", () => {
  const approval = '会议充分肯定县人民政府过去一年的工作，同意报告提出的今年经济社会发展的目标任务，决定批准这个报告。';
  const call = '会议号召，全县各族人民团结一心，开拓进取，为完成今年各项目标任务而努力奋斗！';

  it('→ <meeting>关于<report>的决议, the opening sentence its evidence', () => {
    const raw = `某县第十八届人民代表大会第三次会议听取和审议了县长李明所作的政府工作报告。${approval}\n\n${call}`;
    const s = ingest(raw);
    expect(s.title).toBe('某县第十八届人民代表大会第三次会议关于政府工作报告的决议');
    expect(titleNote(s).how).toBe('inferred');
    expect(titleNote(s).evidence).toContain('听取和审议了县长李明所作的政府工作报告');
    expect(titleNote(s).reason).toMatch(/resolution/u);
    expect(lostSentences(raw, s)).toEqual([]);
  });

  it('the report name on its own line (a link in the source) still names it', () => {
    const s = ingest(`某县第十八届人民代表大会第三次会议听取了县长李明所作的\n政府工作报告\n。${approval}\n\n${call}`);
    expect(s.title).toBe('某县第十八届人民代表大会第三次会议关于政府工作报告的决议');
  });

  it('a meeting that hears a report and approves nothing, or a bare 报告: untitled', () => {
    const heard = ingest(
      `县委常委会议听取了县委组织部所作的干部工作情况报告，并进行了讨论。\n大家一致认为，要进一步加强干部队伍建设。\n\n${call}`,
    );
    expect(heard.untitled).toBe(true);
    const bare = ingest(`某县第十八届人民代表大会第三次会议听取和审议了县长李明所作的报告。${approval}\n\n${call}`);
    expect(bare.untitled).toBe(true);
  });
});

describe('an address greeting a meeting at its opening (值此…开幕之际，我谨代表…)', () => {
  const body =
    '值此第三届中国—东盟职业教育合作论坛开幕之际，我谨代表中国政府和中国人民，对论坛的召开表示热烈的祝贺！\n职业教育合作是人文交流的重要内容。\n最后，预祝论坛取得圆满成功！';

  it('said to the room (女士们，先生们) → 在<meeting>开幕式上的致辞', () => {
    const s = ingest(`尊敬的各位来宾，女士们，先生们，朋友们：\n${body}`);
    expect(s.title).toBe('在第三届中国—东盟职业教育合作论坛开幕式上的致辞');
    expect(titleNote(s).evidence).toContain('值此第三届中国—东盟职业教育合作论坛开幕之际');
  });

  it('召开之际 → 在<meeting>上的致辞', () => {
    const s = ingest(`各位嘉宾，女士们，先生们：\n${body.replace('开幕之际', '召开之际')}`);
    expect(s.title).toBe('在第三届中国—东盟职业教育合作论坛上的致辞');
  });

  it('a letter sent to the meeting (addressed to it, not to the room): untitled', () => {
    const s = ingest(`第三届中国—东盟职业教育合作论坛：\n${body}`);
    expect(s.untitled).toBe(true);
  });
});

describe('a report headline with a time word before its verb (<name>近日作出重要指示强调)', () => {
  it('REPORT_HEADLINE: 近日 / 日前 between the name and the verb', () => {
    for (const t of ['李明近日作出重要指示强调', '李明日前对防汛工作作出重要指示', '王华近日在县委全会上强调'])
      expect(REPORT_HEADLINE.test(t), t).toBe(true);
    for (const t of ['近日作出重要指示强调', '我们近日作出重要部署，各地要抓好落实']) expect(REPORT_HEADLINE.test(t), t).toBe(false);
  });

  it('the headline and its deck are the title and subtitle; the lead is body', () => {
    const lead = '县委书记李明近日作出重要指示指出，学生近视呈现高发、低龄化趋势，必须高度重视。';
    const s = ingest(
      [
        '李明近日作出重要指示强调',
        '',
        '共同呵护好孩子的眼睛 让他们拥有一个光明的未来',
        '',
        lead,
        '李明强调，全社会都要行动起来，共同呵护好孩子的眼睛。',
        '',
        '发布时间：2024年08月28日 14:44      来源：县融媒体中心',
      ].join('\n'),
    );
    expect(s.title).toBe('李明近日作出重要指示强调');
    expect(s.header?.find((h) => h.role === 'subtitle')?.text).toBe('共同呵护好孩子的眼睛 让他们拥有一个光明的未来');
    expect(s.speaker).toBe('李明');
    expect(s.blocks[0]?.text).toBe(lead);
  });
});
