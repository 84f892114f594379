// A five-year plan's first year said as `头一年`: `今年是实行“七五”计划的头一年` fixes the year (the
// seventh plan ran 1986–1990). Issue 12, session 11 (wt-header11). Text written for the test; it failed before.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';

const text = (sentence: string): string =>
  [
    '各位代表：',
    `${sentence}我们要认真总结经验，保持经济持续稳定增长，把改革和建设继续推向前进。`,
    '一、关于经济建设的主要任务',
    '必须坚持把改革放在首位，使改革和建设互相适应、互相促进，努力实现国民经济的持续稳定发展。',
  ].join('\n');

describe("a five-year plan's year said as 头一年", () => {
  it('`今年是实行“七五”计划的头一年` → 1986, inferred with that evidence', () => {
    const s = ingestText(text('今年是实行“七五”计划的头一年。'), 'plan_report.txt');
    expect(s.year).toBe(1986);
    const note = s.notes.find((n) => n.field === 'year')!;
    expect(note.how).toBe('inferred');
    expect(note.evidence).toContain('头一年');
  });

  it('`明年是…“八五”计划的头一年` → the year before it begins (1990)', () => {
    expect(ingestText(text('明年是实行“八五”计划的头一年。'), 'plan_report.txt').year).toBe(1990);
  });

  it("the plan's first year spoken of as past, not the present, fixes nothing", () => {
    expect(ingestText(text('回顾“七五”计划的头一年，我们克服了许多困难。'), 'plan_report.txt').year).toBeNull();
  });
});
