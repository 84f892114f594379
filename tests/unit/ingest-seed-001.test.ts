import { describe, expect, it } from 'vitest';
import { loadSeed, lostSentences, note, parts, points } from './fixtures/ingest-helpers.ts';

const { raw, speech: s } = loadSeed('001_');

describe('seed 001: 市委书记在全市主题教育推进会上的讲话', () => {
  it('reads the title and the role in it as speaker', () => {
    expect(s.title).toBe('市委书记在全市主题教育推进会上的讲话');
    expect(s.speaker).toBe('市委书记');
    expect(note(s, 'speaker')).toMatchObject({ how: 'read', line: 1, evidence: '市委书记在全市主题教育推进会上的讲话' });
    expect(s.occasion).toBe('推进会');
  });
  it('no date; 二十大报告 makes bare 主题教育 the 2023 campaign and the year 2023, both inferred', () => {
    expect(s.date).toBeNull();
    expect(s.campaign).toBe('学习贯彻习近平新时代中国特色社会主义思想主题教育');
    expect(note(s, 'campaign')).toMatchObject({ how: 'inferred' });
    expect(note(s, 'campaign')!.evidence).toContain('二十大报告');
    expect(s.year).toBe(2023);
    expect(note(s, 'year')).toMatchObject({ how: 'inferred' });
  });
  it('outline: 一、 二、 parts and 一是… points', () => {
    expect(parts(s).map((p) => [p.marker, p.label])).toEqual([
      ['一、', '提高政治站位，进一步把主题教育引向深入'],
      ['二、', '突出工作重点，进一步把重点措施贯穿始终'],
    ]);
    expect(points(s).map((p) => p.id)).toEqual(['s2-1', 's2-2', 's2-3']);
    expect(points(s).map((p) => p.label)).toEqual([
      '理论学习要真学实悟、入脑入心',
      '调查研究要真调实研、拿出实招',
      '推动发展要真抓实干、务求实效',
    ]);
    // 一是…五是 inside the paragraph on the results so far stays text (it was s0-1…s0-5).
    expect(s.blocks.some((b) => /几个特点：一是压紧压实政治责任/.test(b.text))).toBe(true);
    expect(s.outline.some((o) => o.id.startsWith('s0-'))).toBe(false);
  });
  it('removes the word count and the repost notice, exactly', () => {
    expect(s.removed.map((r) => [r.reason, r.line])).toEqual([
      ['char-count', 12],
      ['source-notice', 13],
    ]);
    expect(s.removed[0]!.text).toBe('全文共5440个字。');
    expect(s.removed[1]!.text).toBe(raw.split('\n')[12]!.trim());
    expect(s.removed[1]!.text).toMatch(/^素材均收集于网络.*原文链接:https:\/\/www\.badoucaigw\.com\/38191\.html,转载请注明出处。$/);
    expect(s.blocks.some((b) => b.text.includes('badoucaigw') || b.text.includes('全文共'))).toBe(false);
  });
  it('makes half-width punctuation full-width and reports it', () => {
    expect(s.repairs.find((r) => r.kind === 'fullwidth-punctuation')?.detail).toMatch(/, → ， ×\d+/);
    for (const b of s.blocks) expect(b.text).not.toMatch(/\p{Script=Han}[,:;()]|[,:;()]\p{Script=Han}/u);
    expect(s.blocks[0]!.text).toBe('同志们：');
    expect(s.blocks.some((b) => b.text.includes('县(市、区)'))).toBe(false);
    expect(s.blocks.some((b) => b.text.includes('县（市、区）'))).toBe(true);
  });
  it('keeps every sentence of the raw text', () => {
    expect(lostSentences(raw, s)).toEqual([]);
  });
});
