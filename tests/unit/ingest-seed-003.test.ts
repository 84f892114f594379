import { describe, expect, it } from 'vitest';
import { loadSeed, lostSentences, note, parts, points } from './fixtures/ingest-helpers.ts';

const { raw, speech: s } = loadSeed('003_');

describe('seed 003: footers, one-line paragraphs, no title', () => {
  it('removes the copyright and address footers exactly', () => {
    expect(s.removed).toEqual([
      { reason: 'copyright-footer', text: '© Copyright 2001-2020 fzacc.com All Rights Reserved. 版权所有© 福州英华职业学院', line: 1 },
      { reason: 'address-footer', text: '地址:福建省福州市闽侯县荆溪镇关口内西山 邮编:350101 电话:0591-62098082', line: 2 },
    ]);
    expect(s.blocks.some((b) => /fzacc|邮编/.test(b.text))).toBe(false);
  });
  it('splits paragraphs glued with spaces', () => {
    expect(s.repairs.some((r) => r.kind === 'split-paragraphs' && r.line === 4)).toBe(true);
    expect(s.blocks.length).toBeGreaterThan(30);
    expect(s.blocks[1]!.text).toBe('今天我们召开全市“两学一做”学习教育工作督办会，是为了落实省、市“两学一做”学习教育座谈会精神，研究部署下一阶段我市“两学一做”学习教育的督导工作，持续深入推动我市“两学一做”学习教育。');
    expect(s.blocks[2]!.text.startsWith('中央和省委、市委对开展“两学一做”学习教育高度重视。')).toBe(true);
    expect(s.blocks.at(-1)!.text).toBe('我就讲这些，谢谢大家！');
    expect(s.blocks.every((b) => b.text === b.text.trim())).toBe(true);
  });
  it('infers title, occasion, campaign and year with evidence', () => {
    expect(s.title).toBe('在全市“两学一做”学习教育工作督办会上的讲话');
    expect(note(s, 'title')?.how).toBe('inferred');
    expect(s.speaker).toBeNull();
    expect(note(s, 'speaker')).toBeUndefined();
    expect(s.date).toBeNull();
    expect(s.year).toBe(2016);
    expect(note(s, 'year')).toMatchObject({ how: 'inferred', line: 4 });
    expect(note(s, 'year')!.evidence).toContain('庆祝中国共产党成立95周年');
    expect(s.campaign).toBe('“两学一做”学习教育');
    expect(note(s, 'campaign')?.how).toBe('inferred');
    expect(s.occasion).toBe('督办会');
  });
  it('outline: no parts; 一是 and 一要 points in order, nested lists closed', () => {
    expect(parts(s)).toEqual([]);
    expect(points(s).map((p) => p.marker)).toEqual([
      '一是', '二是', '三是', '四是', '一要', '二要', '三要', '四要', '一要', '二要', '一要', '二要', '三要', '四要', '三要',
    ]);
    expect(points(s).at(-1)!.label).toBe('建立完善各项督导工作制度');
    // 第一分层次… / 第二是问题导向 inside a paragraph are not parts.
    expect(s.outline.some((o) => o.marker.startsWith('第'))).toBe(false);
  });
  it('keeps every sentence of the raw text', () => {
    expect(lostSentences(raw, s)).toEqual([]);
  });
});
