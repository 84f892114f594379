// Speakers (issue 12, session 8): a byline glued to the salutation under the header (a one-line
// wire text), a third-person summary of someone's report, and a headline `<role><name>发表<…>贺词`.
// Text written for the tests (no seed or corpus text); each test failed before the rule it covers.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';
import type { Speech } from '../../src/lib/ingest/index.ts';
import { nameGluedToSalutation, reportSummarySpeaker } from '../../src/lib/ingest/speaker-evidence.ts';

const ingest = (text: string): Speech => ingestText(text, 'x.txt');
const note = (s: Speech) => s.notes.find((n) => n.field === 'speaker');

describe('a byline glued to the salutation', () => {
  const salutation = '李明院长王华先生，各位来宾，女士们，先生们：';
  const body = '晚上好！很高兴来到这里，同大家共同庆祝学院建院60周年。\n最后，祝大家身体健康、工作顺利！';

  it('the name, its end told by the page naming it with an office (a caption above)', () => {
    const s = ingest(
      `3月5日晚，省长张强出席学院建院60周年招待会并致辞。记者 刘军 摄\n在学院建院60周年招待会上的致辞（2024年3月5日）\n张强${salutation}\n${body}`,
    );
    expect(s.speaker).toBe('张强');
    expect(note(s)?.reason).toMatch(/glued to the salutation/u);
  });

  it('no office naming the person anywhere, or a salutation alone: nobody', () => {
    expect(nameGluedToSalutation([`张强${salutation}`], `张强${salutation}`)).toBeNull();
    expect(nameGluedToSalutation(['各位来宾，女士们，先生们：'], '省长张强出席')).toBeNull();
    expect(nameGluedToSalutation([`张强${salutation}`], `省长张强出席\n张强${salutation}`)?.name).toBe('张强');
  });
});

describe("a third-person summary of someone's report", () => {
  const summary = [
    '五年来，全省各族人民团结奋斗，经济社会发展取得显著成就。',
    '王华省长在报告中首先指出，过去五年全省生产总值年均增长百分之七。',
    '王华省长在报告中提出了今后五年发展的主要任务。',
    '报告最后号召全省人民团结一心，为实现新的目标而奋斗。',
  ];

  it('the one person named twice as saying things 在报告中 → the speaker, with its reason', () => {
    const s = ingest(summary.join('\n'));
    expect(s.speaker).toBe('王华');
    expect(note(s)?.reason).toMatch(/summary of a report/u);
  });

  it('named once, two people, or a text that opens as a speech: nobody', () => {
    expect(reportSummarySpeaker([summary[0]!, summary[1]!, summary[3]!])).toBeNull();
    expect(reportSummarySpeaker([...summary, '李明主任在报告中说，…', '李明主任在报告中谈到，…'])).toBeNull();
    expect(reportSummarySpeaker(['同志们：', ...summary])).toBeNull();
  });
});

describe('a headline <role><name>发表<…>贺词', () => {
  it('the name between the office and 发表, the speech word at the end', () => {
    const s = ingest(
      [
        '[视频]县委书记李明发表二〇二五年新年贺词',
        '大家好！时间过得很快，新的一年即将到来，我在县城向大家致以美好的祝福！',
        '2024年，我们一起走过春夏秋冬，一道经历风雨彩虹。',
      ].join('\n'),
    );
    expect(s.speaker).toBe('李明');
    expect(note(s)?.evidence).toBe('[视频]县委书记李明发表二〇二五年新年贺词');
  });
});
