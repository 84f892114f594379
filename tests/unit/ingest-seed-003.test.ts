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
    expect(s.blocks[1]!.text).toBe(
      '今天我们召开全市“两学一做”学习教育工作督办会，是为了落实省、市“两学一做”学习教育座谈会精神，研究部署下一阶段我市“两学一做”学习教育的督导工作，持续深入推动我市“两学一做”学习教育。',
    );
    expect(s.blocks[2]!.text.startsWith('中央和省委、市委对开展“两学一做”学习教育高度重视。')).toBe(true);
    expect(s.blocks.at(-1)!.text).toBe('我就讲这些，谢谢大家！');
    expect(s.blocks.every((b) => b.text === b.text.trim())).toBe(true);
  });
  // The 95th-anniversary celebration is a meeting the speech refers to (在…大会上，杨益民市长强调),
  // so it bounds the year (2016 or later) rather than fixing it: the year was 2016 before.
  it('infers title, occasion, campaign and a lower bound on the year with evidence', () => {
    expect(s.title).toBe('在全市“两学一做”学习教育工作督办会上的讲话');
    expect(note(s, 'title')?.how).toBe('inferred');
    expect(s.speaker).toBeNull();
    expect(note(s, 'speaker')).toBeUndefined();
    expect(s.date).toBeNull();
    expect(s.year).toBeNull();
    expect(s.yearAfter).toBe(2016);
    expect(note(s, 'yearAfter')).toMatchObject({ how: 'inferred', line: 4 });
    expect(note(s, 'yearAfter')!.evidence).toContain('庆祝中国共产党成立95周年');
    expect(s.campaign).toBe('“两学一做”学习教育');
    expect(note(s, 'campaign')?.how).toBe('inferred');
    expect(s.occasion).toBe('督办会');
  });
  it('outline: 一是 and two 一要 lists side by side; the sub-list under 二要 nested, its 一要 after a lead-in', () => {
    expect(parts(s).map((p) => `${p.id}:${p.marker}`)).toEqual([
      's1:一是',
      's2:二是',
      's3:三是',
      's4:四是',
      's5:一要',
      's6:二要',
      's7:三要',
      's8:四要',
      's9:一要',
      's10:二要',
      's11:三要',
    ]);
    // 在内容上，一要看氛围。 / 二要看档案资料。 … : a list inside 二要, which goes on with 三要.
    expect(points(s).map((p) => `${p.id}:${p.marker}:${p.label}`)).toEqual([
      's10-1:一要:看氛围',
      's10-2:二要:看档案资料',
      's10-3:三要:看特色案例',
      's10-4:四要:参加基层党支部学习讨论',
    ]);
    expect(s.blocks[points(s)[0]!.block]!.text.slice(points(s)[0]!.offset)).toMatch(/^一要看氛围/);
    expect(parts(s).at(-1)!.label).toBe('建立完善各项督导工作制度');
    // 第一分层次… / 第二是问题导向 inside a paragraph are not parts.
    expect(s.outline.some((o) => o.marker.startsWith('第'))).toBe(false);
  });
  it('keeps every sentence of the raw text', () => {
    expect(lostSentences(raw, s)).toEqual([]);
  });
});
