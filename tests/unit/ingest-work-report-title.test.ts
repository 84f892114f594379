// A work report with no head that delivers itself as a verb (`我代表国务院，向大会报告政府工作`): the title
// is the body's work report, marked inferred with the sentence as its evidence. Issue 12, session 11
// (wt-header11). The text is written for the tests; each test failed before the rule.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';
import type { Speech } from '../../src/lib/ingest/index.ts';

const ingest = (text: string): Speech => ingestText(text, 'report_041.txt');
const titleNote = (s: Speech) => s.notes.find((n) => n.field === 'title');

const report = (opening: string): string =>
  [
    '各位代表：',
    opening,
    '一、过去五年工作回顾',
    '过去五年，全县经济总量迈上新台阶，城乡面貌发生新变化，人民生活水平稳步提高，各项事业取得新的进展。',
    '我们坚持项目为王，新建成一批重点工程；坚持民生为本，办好一批民生实事；坚持改革创新，营商环境明显改善。',
  ].join('\n');

describe('a report delivered as `向大会报告…工作`: the body reporting gives its work report', () => {
  it('`我代表县人民政府，向大会报告政府工作` is 政府工作报告, inferred from that sentence', () => {
    const s = ingest(report('现在，我代表县人民政府，向大会报告政府工作，请予审议，并请县政协委员提出意见。'));
    expect(s.title).toBe('政府工作报告');
    expect(s.untitled).toBeFalsy();
    const note = titleNote(s)!;
    expect(note.how).toBe('inferred');
    expect(note.evidence).toContain('向大会报告政府工作');
  });

  it('`报告过去五年的政府工作` likewise', () => {
    const s = ingest(report('我代表县人民政府，向大会报告过去五年的政府工作，并对今年工作提出建议，请各位代表审议。'));
    expect(s.title).toBe('政府工作报告');
  });

  it("a standing committee's `向大会报告工作` is its own work report", () => {
    const s = ingest(report('我代表县人民代表大会常务委员会，向大会报告工作，请予审议。'));
    expect(s.title).toBe('县人民代表大会常务委员会工作报告');
  });

  it('a party committee reporting its work gives no work report: the text stays untitled', () => {
    const s = ingest(report('我代表中共某县第十二届委员会，向大会报告工作，请予审议。'));
    expect(s.untitled).toBe(true);
  });

  it('someone who is to report work to a meeting, not this text delivering it, gives no title', () => {
    const s = ingest(report('企业负责人要定期向职工代表大会报告工作，并听取大会的意见。'));
    expect(s.untitled).toBe(true);
  });

  it('`受县人民政府的委托，向大会报告政府工作` likewise (the report delivered on its behalf)', () => {
    const s = ingest(report('现在，我受县人民政府的委托，向县人民代表大会报告政府工作，请予审议。'));
    expect(s.title).toBe('政府工作报告');
  });

  it('`根据县人民政府的决定，向…作政府工作报告`: the report names itself as it is delivered', () => {
    const s = ingest(report('我现在根据县人民政府的决定，向县第三届人民代表大会第一次会议作政府工作报告。'));
    expect(s.title).toBe('政府工作报告');
  });
});
