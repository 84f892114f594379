// Dates (issue 12, session 8): a meeting record's 时间 line next to its 地点 line dates the
// speech (not a publication date); a news lead that is not the first paragraph (a deck's
// summary or an attendance line above it) still gives the day, unless a paragraph before it
// dates itself otherwise; `于31日…` is a lead's day; a part heading about 去年 / 今年 whose
// paragraph opens with the year fixes the year. Text written for the tests; each test failed
// before the rule it covers.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';
import type { Speech } from '../../src/lib/ingest/index.ts';
import { planClues, relativeHeadingClues } from '../../src/lib/ingest/year-evidence.ts';
import { note } from './fixtures/ingest-helpers.ts';

const ingest = (text: string): Speech => ingestText(text, 'x.txt');

describe("a meeting record's time line next to its place line", () => {
  const record = (time: string, place: string) =>
    [
      '全县2025年新春茶话会文字实录',
      time,
      place,
      '主持人：同志们，朋友们！新春佳节即将到来。下面，请县委书记讲话，大家欢迎！',
      '（全场热烈鼓掌）',
      '李明：同志们，朋友们：今天，我们在这里欢聚一堂，共迎新春。',
      '过去一年，全县上下团结奋斗，各项事业取得新进展。',
    ].join('\n');

  it('时间：… / 地点：… → the day, read, with its reason', () => {
    const s = ingest(record('时间：2025年1月20日上午', '地点：县会议中心'));
    expect(s.date).toBe('2025-01-20');
    expect(s.year).toBe(2025);
    expect(note(s, 'date')).toMatchObject({ how: 'read', evidence: '时间：2025年1月20日上午', line: 2 });
    expect(note(s, 'date')?.reason).toMatch(/place line/u);
  });

  it('a 时间 line with no place line is a publication stamp: the year at most, never the day', () => {
    const s = ingest(record('时间：2025年1月20日', '来源：县融媒体中心'));
    expect(s.date).toBeNull();
  });
});

describe("a news lead's day", () => {
  const page = (paras: readonly string[]) =>
    [
      '李明在全县乡村振兴工作推进会上发表重要讲话强调',
      '',
      '扎实推进乡村全面振兴 加快建设农业强县',
      '',
      ...paras,
      '',
      '发布时间：2024年03月05日 20:51      来源：县融媒体中心',
    ].join('\n');
  const summary =
    '李明强调，要坚持农业农村优先发展，巩固拓展脱贫攻坚成果，扎实推进乡村全面振兴，加快建设农业强县，为全县高质量发展提供坚实支撑，各级各部门要切实扛起责任。';
  const lead = '3月5日，全县乡村振兴工作推进会在县委党校召开。县委书记李明出席会议并发表重要讲话。';
  const more = '会议指出，过去一年，全县乡村振兴工作取得新进展。';

  it('a paragraph opening with the day after a summary paragraph → that day', () => {
    const s = ingest(page([summary, '王华主持 张强出席', lead, more]));
    expect(s.date).toBe('2024-03-05');
    expect(note(s, 'date')?.evidence).toContain('3月5日，全县乡村振兴工作推进会在县委党校召开');
  });

  it('after a paragraph that dates itself otherwise (近日) the day dates something else: no day', () => {
    const s = ingest(
      page([
        '县委书记李明近日对乡村振兴工作作出重要指示。他强调，近年来，全县乡村振兴工作取得显著成效，农村面貌焕然一新，农民收入持续增长，为全县经济社会发展作出了重要贡献。各级各部门要认真总结经验，坚持问题导向，补齐短板弱项，推动乡村振兴取得新的更大成效。',
        summary,
        '3月5日，县农业农村局召开会议，传达学习李明重要指示精神。',
        more,
      ]),
    );
    expect(s.date).toBeNull();
    expect(s.year).toBe(2024);
  });

  it('于5日… (any word after the day) → that day; 于4日至5日召开 (a range) → not its first day', () => {
    const one = ingest(page(['全县乡村振兴工作推进会于5日专程在县委党校召开。县委书记李明出席会议并发表重要讲话。', more]));
    expect(one.date).toBe('2024-03-05');
    const range = ingest(page(['全县乡村振兴工作推进会于4日至5日召开。县委书记李明出席会议并发表重要讲话。', more]));
    expect(range.date).toBeNull();
  });
});

describe('a part heading about 去年 / 今年 that opens on its year', () => {
  const report = [
    '各位代表，现在，我代表县人民政府，作政府工作报告，请予审议。',
    '一、去年工作回顾',
    '2023年，全县经济运行稳中有进，民生持续改善。',
    '二、今年主要任务',
    '2024年是实现“十四五”规划目标任务的关键一年。',
  ];

  it('→ the year after the one 去年 names (the same as 今年 names), inferred, the heading its evidence', () => {
    const s = ingest(report.join('\n'));
    expect(s.year).toBe(2024);
    expect(note(s, 'year')).toMatchObject({ how: 'inferred' });
    expect(note(s, 'year')?.reason).toMatch(/去年 is 2023/u);
  });

  it('relativeHeadingClues: a heading in a sentence, or a paragraph not opening with a year, gives nothing', () => {
    expect(relativeHeadingClues('一、去年工作回顾\n2023年，全县经济运行稳中有进。').map((c) => c.year)).toEqual([2024]);
    expect(relativeHeadingClues('一、今年主要任务\n2024年是关键一年。').map((c) => c.year)).toEqual([2024]);
    expect(relativeHeadingClues('一、去年工作回顾\n全县经济运行稳中有进，2023年增长5%。')).toEqual([]);
    expect(relativeHeadingClues('我们回顾去年工作，\n2023年是极不平凡的一年。')).toEqual([]);
  });
});

describe('a five-year plan said to end or begin this year', () => {
  it('“十四五”规划将于今年完成 → 2025 (its last year); …今年开局 → its first; no 今年, no year', () => {
    const years = (t: string) => planClues(t, 'text').map((c) => c.year);
    expect(years('“十四五”规划将于今年完成，需要研究制定“十五五”规划。')).toEqual([2025]);
    expect(years('“十五五”规划在今年开局，各项工作要开好头、起好步。')).toEqual([2026]);
    expect(years('“十四五”规划将于2025年完成。')).toEqual([]);
  });

  it('the speech gets the year, inferred, with the plan as its evidence', () => {
    const s = ingest('同志们：\n“十四五”规划将于今年完成，需要研究制定“十五五”规划。\n我就讲这些。');
    expect(s.year).toBe(2025);
    expect(note(s, 'year')).toMatchObject({ how: 'inferred' });
    expect(note(s, 'year')?.reason).toMatch(/end this year/u);
  });
});
