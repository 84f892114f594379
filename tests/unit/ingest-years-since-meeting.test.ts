// Years from the text's own relative wording. (1) `N年来` counted from a congress the text dates
// itself (`从党的十一大以来` … `一九七七年八月党的十一大`) → the congress's year + N. (2) A year named and
// called 今年 in the same sentence (`2016年，是…的开局之年，做好今年的工作…`). Issue 12, session 12
// (wt-header12). Texts written for the test, in shapes not in held12- (a party congress report, a
// provincial work report); they failed before (no year).
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';

describe('a year from the years since a meeting the text dates', () => {
  const report = (since: string, named: string): string =>
    [
      '同志们：',
      '我代表中央委员会向大会作报告。',
      '一、五年来的工作',
      `${since}我们党团结带领全国人民，拨乱反正，各项事业取得了显著进展。`,
      `${named}确定了新时期的任务，全党同志为之奋斗。`,
      '二、今后的任务',
      '我们要继续努力，把各项工作做得更好。',
    ].join('\n');

  it('a party congress (`从党的十一大以来`, dated `一九七七年八月党的十一大`) + 五年来 → 1982', () => {
    const s = ingestText(report('从党的十一大以来，', '一九七七年八月党的十一大'), 'congress.txt');
    expect(s.year).toBe(1982);
    const note = s.notes.find((n) => n.field === 'year')!;
    expect(note.how).toBe('inferred');
    expect(note.reason).toContain('1977 + 5');
  });

  it('the meeting never dated in the text: no year (near shape left alone)', () => {
    expect(ingestText(report('从党的十一大以来，', '党的十一大'), 'congress.txt').year).toBeNull();
  });
});

describe('a year named and called 今年 in one sentence', () => {
  const text = (opening: string): string =>
    [
      '各位代表：',
      '现在，我代表省人民政府，向大会报告工作，请予审议。',
      '二、主要任务和措施',
      `${opening}我们要坚持稳中求进，抓好各项重点工作。`,
    ].join('\n');

  it('`2016年，是“十三五”规划的开局之年，做好今年的工作意义重大。` → 2016', () => {
    const s = ingestText(text('2016年，是全面建成小康社会决胜阶段的开局之年，做好今年的工作意义重大。'), 'province.txt');
    expect(s.year).toBe(2016);
    expect(s.notes.find((n) => n.field === 'year')!.evidence).toContain('2016年，是');
  });

  it('a year named with a pause but no 今年 after it fixes nothing', () => {
    expect(ingestText(text('2016年，是全面建成小康社会决胜阶段的开局之年，意义重大。'), 'province.txt').year).toBeNull();
  });
});
