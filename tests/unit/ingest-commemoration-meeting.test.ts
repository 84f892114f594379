// A commemoration's meeting named by its opening in two parts — what we mark (我们纪念X N周年) and the
// kind the speaker calls the meeting (这次座谈会, 今天的大会) — gives the editor's title
// 在纪念X N周年<kind>上的讲话. Issue 12, session 12 (wt-header12). Texts written for the test, in shapes
// not in held12- (a domestic symposium, a bank's anniversary rally); they failed before (untitled).
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';

describe("a commemoration's meeting from its opening", () => {
  it('a symposium: 我们在这里隆重纪念…诞辰120周年 … 这次座谈会', () => {
    const raw = [
      '同志们：',
      '今天，我们在这里隆重纪念毛泽东同志诞辰120周年，缅怀他的丰功伟绩，学习他的崇高风范。',
      '这次座谈会的主要任务是深入学习毛泽东同志的光辉思想，继承和发扬党的优良传统。',
      '我们要更加紧密地团结起来，为实现奋斗目标而不懈努力。',
    ].join('\n');
    const s = ingestText(raw, 'symposium.txt');
    expect(s.title).toBe('在纪念毛泽东同志诞辰120周年座谈会上的讲话');
    expect(s.untitled).toBeUndefined();
    const note = s.notes.find((n) => n.field === 'title')!;
    expect(note.how).toBe('inferred');
    expect(note.evidence).toContain('纪念毛泽东同志诞辰120周年');
  });

  it('a rally: 我们庆祝…成立70周年 … 今天的大会, what is marked kept whole (成立 stays)', () => {
    const raw = [
      '同志们，朋友们：',
      '我们庆祝中国人民银行成立70周年，回顾光辉历程，展望美好未来。',
      '借今天的大会，我向全系统干部职工致以诚挚的问候！',
      '七十年来，人民银行始终坚持服务实体经济，为经济社会发展作出了重要贡献。',
    ].join('\n');
    expect(ingestText(raw, 'rally.txt').title).toBe('在庆祝中国人民银行成立70周年大会上的讲话');
  });

  it('what is marked, but no meeting the text names: still untitled (near shape left alone)', () => {
    const raw = [
      '同志们：',
      '今天，我们纪念毛泽东同志诞辰120周年，就是要学习他的崇高风范。',
      '我们要更加紧密地团结起来，为实现奋斗目标而不懈努力。',
    ].join('\n');
    expect(ingestText(raw, 'marked.txt').untitled).toBe(true);
  });
});
