// Year evidence (src/lib/ingest/year-evidence.ts, speech-date.ts): each rule fired once on
// a real undated speech (seed 004, content/raw/, no date and no year of its own) with one
// sentence of evidence added as its last paragraph, the way speeches say it. The speech's
// year (fixed evidence) or lower bound (yearAfter) is the rule's, the field note is marked
// inferred with the rule's reason and the sentence as evidence, and the added sentence is
// kept as speech text. The title rules through titleYearClues and one title end to end.
import { describe, expect, it } from 'vitest';
import { ingestText, type Speech } from '../../src/lib/ingest/index.ts';
import { anniversaryClues, boundClues, planClues, titleYearClues } from '../../src/lib/ingest/year-evidence.ts';
import { loadSeed } from './fixtures/ingest-helpers.ts';

const seed = loadSeed('004');
const withSentence = (sentence: string): Speech => ingestText(`${seed.raw.trimEnd()}\n${sentence}\n`, seed.file);
const noteOf = (s: Speech, field: 'year' | 'yearAfter') => s.notes.find((n) => n.field === field);
const kept = (s: Speech, sentence: string) => s.blocks.some((b) => b.text.includes(sentence));

describe('the speech the evidence is added to', () => {
  it('has no year and no bound of its own', () => {
    expect([seed.speech.date, seed.speech.year, seed.speech.yearAfter]).toEqual([null, null, null]);
  });
});

describe('fixed years: the year the speech is given', () => {
  it.each([
    [
      'an anniversary marked as now (值此…之际)',
      '值此中国共产党成立100周年之际，我们召开这次会议，意义十分重大。',
      2021,
      /1921 \+ 100 years$/,
    ],
    [
      'an anniversary said relative to 今年 (明年是…)',
      '明年是中国共产党成立100周年，我们要以巡视整改的优异成绩迎接党的百年华诞。',
      2020,
      /1 year\(s\) before \(said relative to 今年\)/,
    ],
    [
      "a five-year plan's year named as the present",
      '今年是“十四五”开局之年，做好今年的巡视整改工作意义重大。',
      2021,
      /plan 14 \(“十四五”\) runs 2021–2025; 开局之年 = 2021/,
    ],
    [
      "a plan's year shifted by 明年",
      '明年是“十三五”收官之年，各项整改任务必须在今年全部完成。',
      2019,
      /收官之年 = 2020 \(said before: 2019\)/,
    ],
  ])('%s', (_, sentence, year, reason) => {
    const s = withSentence(sentence);
    expect(s.year).toBe(year);
    expect(s.yearAfter).toBeNull();
    const note = noteOf(s, 'year')!;
    expect(note.how).toBe('inferred');
    expect(note.reason).toMatch(reason);
    expect(note.evidence).toContain(sentence.slice(0, 10));
    expect(kept(s, sentence)).toBe(true);
  });
});

describe('lower bounds: the speech is from this year or later', () => {
  it.each([
    [
      'a past anniversary looked back on',
      '过去一年，我们隆重纪念中国共产党成立100周年，巡视整改各项工作取得新进展。',
      2021,
      /marked, but not said to be now, so the speech is from 2021 or later/,
    ],
    [
      'a party congress referred to',
      '我们要认真学习贯彻党的十九大精神，把巡视整改各项工作抓实抓细。',
      2017,
      /十九大: the 十九大 was held in 2017; the speech is from 2017 or later/,
    ],
    ['a plenum referred to', '要深入学习贯彻党的十九届四中全会精神，推进巡视整改制度化。', 2019, /十九届四中全会 was held in 2019/],
    [
      "a session of the people's congress",
      '要认真贯彻十三届全国人大一次会议精神，依法推进各项工作。',
      2018,
      /十三届全国人大一次会议 met in 2018/,
    ],
    [
      'a year named with 以来',
      '2018年以来，我市巡视整改工作取得明显成效，但问题依然不少。',
      2018,
      /2018年以来: the speech is from 2018 or later/,
    ],
  ])('%s', (_, sentence, year, reason) => {
    const s = withSentence(sentence);
    expect(s.year).toBeNull();
    expect(s.yearAfter).toBe(year);
    const note = noteOf(s, 'yearAfter')!;
    expect(note.how).toBe('inferred');
    expect(note.reason).toMatch(reason);
    expect(kept(s, sentence)).toBe(true);
  });

  it('the latest of several bounds', () => {
    const s = withSentence('党的十八大以来特别是十九届四中全会以来，我们坚持全面从严治党，巡视整改取得新成效。');
    expect(s.yearAfter).toBe(2019);
  });

  it('an anniversary looked forward to is no evidence (迎来…)', () => {
    const s = withSentence('我们即将迎来中国共产党成立100周年，要以优异成绩向党的生日献礼。');
    expect([s.year, s.yearAfter]).toEqual([null, null]);
  });
});

describe('years in the title', () => {
  const one = (title: string) => {
    const clues = titleYearClues(title);
    expect(clues).toHaveLength(1);
    return clues[0]!;
  };
  it('the year the title names', () => {
    expect(one('在2021年全市组织工作会议上的讲话')).toMatchObject({ kind: 'fixed', year: 2021, reason: 'the title names the year 2021' });
  });
  it('a review of the year: said at its end or later', () => {
    expect(one('在2020年度领导班子述职大会上的讲话')).toMatchObject({ kind: 'after', year: 2020 });
    expect(one('在2020年全市党建工作总结会上的讲话').reason).toBe('the title reviews 2020 (总结): said at its end or later');
  });
  it('a plan for the year: written that year or the year before', () => {
    expect(one('2021年全市巡视整改工作要点')).toMatchObject({
      kind: 'after',
      year: 2020,
      reason: 'the title plans 2021 (要点): written that year or the year before',
    });
  });
  it('two years: the turn of the year, the earlier bounds it', () => {
    expect(one('在全市2020年工作总结暨2021年工作部署会议上的讲话')).toMatchObject({ kind: 'after', year: 2020 });
  });
  it('a range or a year followed by 以来 is no evidence; years in Chinese numerals are read', () => {
    expect(titleYearClues('2021—2025年巡视工作规划')).toEqual([]);
    expect(titleYearClues('2012年以来巡视工作回顾')).toEqual([]);
    expect(one('在二〇二一年全市工作会议上的讲话').year).toBe(2021);
  });
  it("end to end: a year in the title fixes the speech's year, read from the title line", () => {
    const raw = seed.raw.replace(
      '市委书记在落实省委巡视反馈意见整改会议上的主持讲话市委书记',
      '市委书记在2021年落实省委巡视反馈意见整改会议上的主持讲话市委书记',
    );
    const s = ingestText(raw, seed.file);
    expect(s.year).toBe(2021);
    expect(noteOf(s, 'year')!.reason).toBe('the title names the year 2021');
  });
});

describe('the clue finders on their own', () => {
  it('find each clue where it stands in the text', () => {
    const text = '值此中国共产党成立100周年之际，今年是“十四五”开局之年，我们要学习贯彻党的十九大精神。';
    expect(anniversaryClues(text, 'text').map((c) => [c.kind, c.year, text.slice(c.index, c.index + c.match.length)])).toEqual([
      ['fixed', 2021, '中国共产党成立100周年'],
    ]);
    expect(planClues(text, 'text').map((c) => c.year)).toEqual([2021]);
    expect(boundClues(text, 'text').map((c) => [c.kind, c.year, c.match])).toEqual([['after', 2017, '十九大']]);
  });
});
