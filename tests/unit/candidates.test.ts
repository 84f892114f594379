import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/lib/concepts/matcher.ts';
import { findCandidates } from '../../scripts/lib/candidates.ts';

// Real passages: seed 000 (五整治), seed 001 (三会一课), seed 003 (“1+6”), seed 004 (四个意识 / 两个维护).
const texts = [
  { source: '000.txt', paragraphs: ['除规定内容外，要把“五整治”作为民主生活会单独检视内容；', '要突出“五整治”，一是整治……'] },
  { source: '001.txt', paragraphs: ['依托“三会一课”、主题党日等，每月安排1次以上集中学习。一是压紧压实政治责任。'] },
  { source: '003.txt', paragraphs: ['督导组按照“1+6”的方案督到位，综合组负责通报情况。', '落实“三会一课”制度。'] },
  { source: '004.txt', paragraphs: ['一要在树牢“四个意识”、落实“两个维护”上持续巩固提升。建立三本台账。'] },
];

describe('findCandidates', () => {
  it('lists numbered and quoted terms with counts, speeches and an example', () => {
    const list = findCandidates(texts, createMatcher([]));
    const byTerm = new Map(list.map((c) => [c.term, c]));
    expect(byTerm.get('三会一课')).toMatchObject({ count: 2, sources: ['001.txt', '003.txt'] });
    expect(byTerm.get('五整治')).toMatchObject({ count: 2, sources: ['000.txt'] });
    expect(byTerm.get('1+6')?.count).toBe(1);
    expect(byTerm.get('三本台账')?.example).toContain('建立三本台账');
    expect(list[0]!.term).toBe('三会一课');
  });

  it('leaves out what the glossary already has, and ordinary 一是 / 一要', () => {
    const glossary = createMatcher([
      { slug: 'a', term: '三会一课', wordings: ['三会一课'] },
      { slug: 'b', term: '四个意识', wordings: ['四个意识'] },
    ]);
    const terms = findCandidates(texts, glossary).map((c) => c.term);
    expect(terms).not.toContain('三会一课');
    expect(terms).not.toContain('四个意识');
    expect(terms).toContain('两个维护');
    expect(terms.some((t) => /^一[是要]/.test(t))).toBe(false);
  });
});
