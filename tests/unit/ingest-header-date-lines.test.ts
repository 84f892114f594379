// A title block found below the start of the text and left in place (an excerpt quoted inside
// another document) still dates the speech by its own dateline: the page around it (its writing
// day, its issue) is not the speech's. Issue 12, session 12 (wt-header12). Texts written for the
// test, in shapes not in held12- (a training handout, a study-group's reading list); they failed before.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';

describe('the dateline of a title block kept in the text', () => {
  it("a training handout quoting a report under its title, dateline and name: the report's day, not the handout's", () => {
    const raw = [
      '××区委组织部培训讲义',
      '培训主题：学习十四大报告',
      '培训时间：2023年5月8日',
      '主讲：王强',
      '一、学习要求',
      '学员应通读原文，结合工作实际写出心得，每人不少于一千字。',
      '（一）课前通读原文，标出重点段落。',
      '（二）课上分组讨论，每组推选一人发言。',
      '（三）课后撰写心得，交组织委员汇总。',
      '二、培训安排',
      '第一天上午：集中学习原文。',
      '第一天下午：分组讨论。',
      '第二天上午：交流发言。',
      '第二天下午：撰写心得。',
      '三、纪律要求',
      '学员不得无故缺席，确有事情须提前请假。',
      '四、原文选读',
      '加快改革开放和现代化建设步伐夺取有中国特色社会主义事业的更大胜利',
      '——在中国共产党第十四次全国代表大会上的报告',
      '（1992年10月12日）',
      '江泽民',
      '同志们：',
      '我代表第十三届中央委员会向大会作报告。',
      '十四年来，我们党和人民进行了建设有中国特色社会主义的实践，取得了举世瞩目的成就。',
    ].join('\n');
    const s = ingestText(raw, 'handout.txt');
    expect(s.date).toBe('1992-10-12');
    const note = s.notes.find((n) => n.field === 'date')!;
    expect(note.evidence).toContain('1992年10月12日');
    expect(note.line).toBe(20);
  });
});
