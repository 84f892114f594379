import { describe, expect, it } from 'vitest';
import { loadSeed, lostSentences, note, parts, points } from './fixtures/ingest-helpers.ts';

const { raw, speech: s } = loadSeed('002_');

describe('seed 002: no title line; spaced speaker; 1、 lists are real', () => {
  it('infers the title from the opening sentence', () => {
    expect(s.title).toBe('在全市教育实践活动汇报会上的讲话');
    expect(note(s, 'title')).toMatchObject({ how: 'inferred', line: 4 });
    expect(note(s, 'title')!.evidence).toMatch(/^今天，我们召开全市教育实践活动汇报会/);
    expect(s.occasion).toBe('汇报会');
    expect(note(s, 'occasion')?.how).toBe('inferred');
  });
  it('collapses the spaced name and reads the dateline', () => {
    expect(s.speaker).toBe('卿渐伟');
    expect(note(s, 'speaker')).toMatchObject({ how: 'read', line: 1, evidence: '卿 渐 伟' });
    expect(s.repairs.find((r) => r.kind === 'speaker-spaces')?.detail).toBe('卿 渐 伟 → 卿渐伟');
    expect(s.date).toBe('2014-04-08');
    expect(s.year).toBe(2014);
    expect(s.header?.map((h) => h.text)).toEqual(['卿渐伟', '（2014年4月8日，根据录音整理）']);
  });
  it('campaign: 教育实践活动 → 党的群众路线教育实践活动 (inferred), not 三严三实', () => {
    expect(s.campaign).toBe('党的群众路线教育实践活动');
    expect(note(s, 'campaign')?.how).toBe('inferred');
  });
  it('keeps 1、 list items (not page chunks) and reads them as points', () => {
    expect(s.removed.filter((r) => r.reason === 'page-number')).toEqual([]);
    expect(s.repairs.filter((r) => r.kind === 'join-page-chunk')).toEqual([]);
    expect(s.blocks.some((b) => b.text.startsWith('1、切实加强学习教育。'))).toBe(true);
    expect(parts(s).map((p) => [p.marker, p.label])).toEqual([
      ['一、', '在正视问题中进一步强化责任'],
      ['二、', '高标准高质量推进第一环节工作'],
      ['三、', '切实加强对教育实践活动的组织领导'],
    ]);
    expect(
      points(s)
        .filter((p) => p.marker === '1、')
        .map((p) => p.id),
    ).toEqual(['s2-1', 's3-1']);
    // Only paragraph-opening markers: 一是…五是 under 一、, 1、…4、 under 二、, 1、…5、 under 三、.
    // The series inside paragraphs (…四个方面，一是盲目自满，…二是…; 一是防止…，二是防止…) stay text.
    expect(points(s).map((p) => p.id)).toEqual([
      's1-1',
      's1-2',
      's1-3',
      's1-4',
      's1-5',
      's2-1',
      's2-2',
      's2-3',
      's2-4',
      's3-1',
      's3-2',
      's3-3',
      's3-4',
      's3-5',
    ]);
    expect(
      points(s)
        .filter((p) => p.id.startsWith('s1-'))
        .map((p) => p.marker),
    ).toEqual(['一是', '二是', '三是', '四是', '五是']);
    expect(points(s).every((p) => p.offset === 0)).toBe(true);
  });
  it('removes the ad exactly', () => {
    expect(s.removed).toEqual([{ reason: 'ad', text: '文章代写:13258028938(同微信)', line: 30 }]);
  });
  it('keeps every sentence of the raw text', () => {
    expect(lostSentences(raw, s)).toEqual([]);
  });
});
