// Traditional-character input: metadata, campaign and occasion are matched on a
// folded (traditional → simplified) copy; the text is shown as written.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';
import { foldTraditional, traditionalCount } from '../../src/lib/ingest/traditional.ts';
import { T2S_PAIRS } from '../../src/lib/ingest/t2s-table.ts';
import { foldPairs } from '../../scripts/lib/fold-pairs.ts';

const note = (s: ReturnType<typeof ingestText>, field: string) => s.notes.find((n) => n.field === field);

describe('folding', () => {
  it('folds traditional characters one for one, so indices stay put', () => {
    const t = '在紀念秋收起義80周年動員大會上的講話';
    const f = foldTraditional(t);
    expect(f).toBe('在纪念秋收起义80周年动员大会上的讲话');
    expect(f.length).toBe(t.length);
    expect(foldTraditional('「兩學一做」學習教育，堅持以人民為中心的發展思想')).toBe('「两学一做」学习教育，坚持以人民为中心的发展思想');
  });
  it('leaves simplified text unchanged (什么 stays 什么)', () => {
    const s = '我们要坚持以人民为中心的发展思想，这是什么问题？后来，皇后说了算。';
    expect(foldTraditional(s)).toBe(s);
    expect(traditionalCount(s)).toBe(0);
  });
  it('the committed table is what OpenCC gives (run scripts/make-fold-table.ts after updating opencc-js)', () => {
    expect(T2S_PAIRS).toBe(foldPairs().join(''));
  }, 60_000); // converts 27,000 characters three ways
});

describe('a speech in traditional characters', () => {
  const raw = [
    '在紀念秋收起義80周年動員大會上的講話',
    '同志們：',
    '今天，我們在這裡隆重集會，紀念秋收起義80周年。秋收起義是中國共產黨領導的一次重要武裝起義。我們要繼承和發揚革命傳統，把各項工作做得更好。',
  ].join('\n');
  const s = ingestText(raw, 'x.txt');

  it('gets its year from the anniversary (1927 + 80), its occasion, and keeps the text as written', () => {
    expect(s.year).toBe(2007);
    expect(note(s, 'year')).toMatchObject({ how: 'inferred' });
    expect(note(s, 'year')!.reason).toMatch(/1927 \+ 80/);
    expect(s.occasion).toBe('动员大会');
    expect(s.title).toBe('在紀念秋收起義80周年動員大會上的講話');
    expect(s.blocks.map((b) => b.text).join('')).toContain('我們在這裡隆重集會');
  });

  it('matches a campaign written in traditional characters, evidence quoted as written', () => {
    const t = ingestText(
      [
        '在全市教育實踐活動匯報會上的講話',
        '同志們：',
        '今天召開全市教育實踐活動匯報會。開展黨的群眾路線教育實踐活動，是黨中央的重大部署。教育實踐活動開展以來，各級黨組織認真落實。',
        '（2014年4月8日）',
      ].join('\n'),
      'x.txt',
    );
    expect(t.campaign).toBe('党的群众路线教育实践活动');
    expect(t.occasion).toBe('汇报会');
    expect(t.date).toBe('2014-04-08');
    expect(note(t, 'campaign')!.evidence).toMatch(/教育實踐活動/);
  });

  it('reads datelines and bounds in traditional characters', () => {
    const t = ingestText('在全市工作會議上的講話\n同志們：\n我們要深入學習貫徹黨的十九屆四中全會精神。', 'x.txt');
    expect(t).toMatchObject({ year: null, yearAfter: 2019 });
    const u = ingestText('在全市工作會議上的講話\n（二〇一九年十一月十二日）\n同志們：\n今年是「十四五」開局之年。', 'x.txt');
    expect(u.date).toBe('2019-11-12');
  });
});
