// A body's report to a congress with no head and no `我代表…` clause: the opening sentence's subject is
// the reporting body, the text calls itself a report given at the congress and speaks for the body as
// 我们. The title is `<body>的报告`, marked inferred. Issue 12, session 11 (wt-header11). The text is
// written for the tests; the first test failed before the rule.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';

const report = (opening: string, second = '在报告之前，我先简略地向你们介绍一下本地工人的情况。'): string =>
  [
    opening,
    second,
    '一、本地工厂不多，工人大多来自附近的农村，生活十分困苦。他们每天劳动十二个小时以上，工资却很低，许多人连家庭都养不活。',
    '二、我们在工人中办了一所夜校，每晚有三十多人来上课，学习文化，也讨论工人自己的问题。',
  ].join('\n');

describe("a body's report to a congress: the title from the body its opening is about", () => {
  it('`同志们，长沙青年组织…` + `在报告之前` + `此次代表大会`: 长沙青年组织的报告, inferred', () => {
    const s = ingestText(
      report('同志们，长沙青年组织是在半年以前才成立的。我们的人数很少，工作成果也不多，希望在此次代表大会上得到大家的指导。'),
      'report_1922.txt',
    );
    expect(s.title).toBe('长沙青年组织的报告');
    expect(s.untitled).toBeFalsy();
    const note = s.notes.find((n) => n.field === 'title')!;
    expect(note.how).toBe('inferred');
    expect(note.evidence).toContain('长沙青年组织');
  });

  it('the same opening that never calls itself a report stays untitled', () => {
    const s = ingestText(
      report(
        '同志们，长沙青年组织是在半年以前才成立的。我们的人数很少，工作成果也不多，希望在此次代表大会上得到大家的指导。',
        '下面，我先简略地向你们介绍一下本地工人的情况。',
      ),
      'report_1922.txt',
    );
    expect(s.untitled).toBe(true);
  });

  it('a body spoken of by its pointer (`这个组织`) is no name: untitled', () => {
    const s = ingestText(
      report('同志们，这个青年组织是在半年以前才成立的。我们的人数很少，希望在此次代表大会上得到大家的指导。'),
      'report_1922.txt',
    );
    expect(s.untitled).toBe(true);
  });
});
