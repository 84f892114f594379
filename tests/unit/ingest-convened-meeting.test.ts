// A news item with no title line reporting that an organisation convened a meeting: the headline
// is the organiser, the verb and the meeting (place left out), the day the lead's — also when the
// lead follows one paragraph of background. Issue 12, session 12 (wt-header12). Texts written for
// the test, in shapes not in held12- (a provincial department's matchmaking fair, a university's
// seminar); they failed before (untitled, no day).
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';

describe('a news item of a meeting convened, no title line', () => {
  it("a department's fair, the lead first: the headline and the day, inferred from the lead", () => {
    const raw = [
      '2023年3月2日，山东省科学技术厅在济南举办全省科技成果转化对接会，来自高校、科研院所和企业的200余名代表参加会议。',
      '会上，12个项目现场签约，签约金额达3.5亿元。与会代表表示，将加强合作，推动更多成果落地转化。',
    ].join('\n');
    const s = ingestText(raw, 'fair.txt');
    expect(s.title).toBe('山东省科学技术厅举办全省科技成果转化对接会');
    expect(s.untitled).toBeUndefined();
    expect(s.date).toBe('2023-03-02');
    expect(s.notes.find((n) => n.field === 'title')!.how).toBe('inferred');
  });

  it('a seminar after a background paragraph: the second paragraph is the lead', () => {
    const raw = [
      '为深入研究数字经济发展中的新问题，推动理论研究与实践应用相结合，某大学经济学院近期组建了专门课题组。',
      '2022年11月18日，某大学经济学院组织召开“数字经济与区域发展”专题研讨会，与会专家围绕数据要素市场建设等问题进行了深入交流。',
    ].join('\n');
    const s = ingestText(raw, 'seminar.txt');
    expect(s.title).toBe('某大学经济学院组织召开“数字经济与区域发展”专题研讨会');
    expect(s.date).toBe('2022-11-18');
    expect(s.notes.find((n) => n.field === 'date')!.line).toBe(2);
  });

  it('a first paragraph with its own day is no background: the later lead is not taken (near shape left alone)', () => {
    const raw = [
      '2022年10月，学院成立了数字经济研究中心，聚焦数据要素市场开展研究。',
      '2022年11月18日，某大学经济学院组织召开“数字经济与区域发展”专题研讨会，与会专家进行了深入交流。',
    ].join('\n');
    expect(ingestText(raw, 'seminar.txt').date).toBeNull();
  });
});
