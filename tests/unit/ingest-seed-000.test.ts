import { describe, expect, it } from 'vitest';
import { cleanedText, loadSeed, lostSentences, note, parts, points } from './fixtures/ingest-helpers.ts';

const { raw, speech: s } = loadSeed('000_');

describe('seed 000: 在全市第二批主题教育工作推进会上的讲话', () => {
  it('joins the title broken over two lines', () => {
    expect(s.title).toBe('在全市第二批主题教育工作推进会上的讲话');
    expect(note(s, 'title')).toMatchObject({ how: 'read', line: 2 });
    expect(s.repairs.filter((r) => r.kind === 'join-title')).toHaveLength(1);
  });
  it('reads speaker and dateline', () => {
    expect(s.speaker).toBe('龚夏梅');
    expect(note(s, 'speaker')).toMatchObject({ how: 'read', line: 5, evidence: '龚夏梅' });
    expect(s.date).toBe('2019-11-12');
    expect(s.year).toBe(2019);
    expect(note(s, 'date')).toMatchObject({ how: 'read', line: 6, evidence: '（2019年11月12日）' });
  });
  it('resolves bare 第二批主题教育 in 2019 to the 不忘初心 campaign, inferred', () => {
    expect(s.campaign).toBe('“不忘初心、牢记使命”主题教育');
    expect(note(s, 'campaign')?.how).toBe('inferred');
    expect(s.occasion).toBe('推进会');
  });
  it('outline: three 第X parts as headings, points in sequence', () => {
    expect(parts(s).map((p) => p.marker)).toEqual(['第一', '第二', '第三']);
    expect(parts(s).map((p) => p.label)).toEqual([
      '正确研判形势，瞄准问题症结，不断增强政治自觉、思想自觉、行动自觉',
      '吃透上级精神，准确把握要求，全面组织对标对表、校准纠偏、补齐短板',
      '狠抓督促指导，层层传导压力，确保全员认识到位、措施到位、落实到位',
    ]);
    for (const p of parts(s)) expect(s.blocks[p.block]?.kind).toBe('heading');
    expect(s.blocks.filter((b) => b.kind === 'heading')).toHaveLength(3);
    // Points only where a paragraph opens with its marker: 一是…四是 under 第二, 一要…三要 under 第三.
    expect(points(s).map((p) => `${p.id}:${p.marker}`)).toEqual([
      's2-1:一是',
      's2-2:二是',
      's2-3:三是',
      's2-4:四是',
      's3-1:一要',
      's3-2:二要',
      's3-3:三要',
    ]);
    expect(points(s).every((p) => p.depth === 2 && p.offset === 0)).toBe(true);
    // The series inside part one's paragraphs (…几个特点：一是高度重视推进有力。二是…) stays text.
    const inline = s.blocks.findIndex((b) => b.text.includes('一是高度重视推进有力'));
    expect(inline).toBeGreaterThan(0);
    expect(s.outline.some((o) => o.block === inline)).toBe(false);
    // 第一时间 / 第一批 are not parts.
    expect(s.outline.some((o) => o.label.startsWith('时间'))).toBe(false);
  });
  it('removes the Word bookmark only', () => {
    expect(s.removed).toEqual([{ reason: 'bookmark', text: '[bookmark: _GoBack]', line: 19 }]);
    expect(cleanedText(s)).toContain('确保不“走过场”、收到实效，四是进一步抓好整改落实');
    expect(s.blocks.find((b) => b.text.startsWith('四是进一步抓好整改落实'))).toBeDefined();
  });
  it('keeps every sentence of the raw text', () => {
    expect(lostSentences(raw, s)).toEqual([]);
    expect(s.chars).toBe(s.blocks.reduce((n, b) => n + [...b.text].length, 0));
    expect(s.chars).toBeGreaterThan(6000);
  });
});
