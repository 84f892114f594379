// An annual report's year from its part headings: one states the results of a year on a line of its own
// (`一、2021年全省数字经济发展取得显著成效`), a later one looks ahead to the next (`三、2022年…形势与展望`):
// the report is given in the year it looks ahead to. Issue 12, session 11 (wt-header11). The text is
// written for the tests; the first test failed before the rule.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';

const text = (review: string, outlook: string): string =>
  [
    '数字经济是把握新一轮科技革命和产业变革新机遇的战略选择，各地区、各部门积极探索实践，取得了积极进展。',
    review,
    '数字基础设施加快建设，全省累计建成5G基站8.2万个，千兆光网覆盖全部县城，数据中心规模不断扩大。',
    '二、主要问题',
    '区域发展不够平衡，核心技术仍有短板，数据要素市场有待培育，部分企业数字化转型意愿不强。',
    outlook,
    '面对新形势新要求，要坚持稳中求进，推动数字经济和实体经济深度融合，为高质量发展提供有力支撑。',
  ].join('\n');

describe("an annual report's year: a heading stating a year's results, a later one looking ahead", () => {
  it('`一、2021年…取得显著成效` and `三、2022年…形势与展望` → 2022, inferred from the outlook heading', () => {
    const s = ingestText(text('一、2021年全省数字经济发展取得显著成效', '三、2022年全省数字经济发展形势与展望'), 'report_025.txt');
    expect(s.year).toBe(2022);
    const note = s.notes.find((n) => n.field === 'year')!;
    expect(note.how).toBe('inferred');
    expect(note.evidence).toContain('形势与展望');
  });

  it('an outlook to a year that does not follow the one reviewed fixes nothing', () => {
    const s = ingestText(text('一、2019年全省数字经济发展取得显著成效', '三、2022年全省数字经济发展形势与展望'), 'report_025.txt');
    expect(s.year).toBeNull();
  });

  it('results said inside a sentence, not as a heading, are no review heading', () => {
    const s = ingestText(
      text('2021年全省数字经济发展取得显著成效，各项指标稳步增长。', '三、2022年全省数字经济发展形势与展望'),
      'report_025.txt',
    );
    expect(s.year).toBeNull();
  });
});
