import { describe, expect, it } from 'vitest';
import { cleanedText, loadSeed, lostSentences, note, parts, points } from './fixtures/ingest-helpers.ts';

const { raw, speech: s } = loadSeed('004_');

describe('seed 004: page chunks, doubled title, glued headings', () => {
  it('removes the page-chunk counters 1、…16、 and joins the cut words', () => {
    const nums = s.removed.filter((r) => r.reason === 'page-number');
    expect(nums.map((r) => r.text)).toEqual(Array.from({ length: 16 }, (_, i) => `${i + 1}、`));
    expect(nums.map((r) => r.line)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    expect(s.repairs.filter((r) => r.kind === 'join-page-chunk')).toHaveLength(15);
    const text = cleanedText(s);
    expect(text).toContain('必须把讲政治贯穿始终');
    expect(text).toContain('同以习近平同志为核心的党中央保持高度一致');
    expect(text).toContain('综合运用“惩治”“纠风”“改革”“预防”等办法');
    expect(s.blocks.some((b) => /贯\s*2、穿|^\d+、/.test(b.text))).toBe(false);
  });
  it('prints the doubled title once', () => {
    expect(s.title).toBe('市委书记在落实省委巡视反馈意见整改会议上的主持讲话');
    expect(s.removed.filter((r) => r.reason === 'duplicate-title')).toEqual([
      { reason: 'duplicate-title', text: '市委书记在落实省委巡视反馈意见整改会议上的主持讲话', line: 1 },
    ]);
    expect(s.blocks[0]!.text).toBe('同志们：');
  });
  it('metadata', () => {
    expect(s.speaker).toBe('市委书记');
    expect(note(s, 'speaker')).toMatchObject({ how: 'read', line: 1 });
    expect(s.date).toBeNull();
    expect(s.year).toBeNull();
    expect(s.campaign).toBe('巡视整改');
    expect(note(s, 'campaign')?.how).toBe('read');
    expect(s.occasion).toBe('整改会议');
  });
  it('splits glued headings into their own blocks', () => {
    expect(parts(s).map((p) => [p.marker, p.label])).toEqual([
      ['第一', '要在巩固整改成效上下功夫'],
      ['第二', '要在推动整改深化上下功夫'],
      ['第三', '要在提高整改质量上下功夫'],
    ]);
    const h = s.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(h).toEqual(['第一，要在巩固整改成效上下功夫', '第二，要在推动整改深化上下功夫', '第三，要在提高整改质量上下功夫']);
    const i = s.blocks.findIndex((b) => b.text === h[0]);
    expect(s.blocks[i - 1]!.text.endsWith('下面，我再强调三点意见：')).toBe(true);
    expect(s.blocks[i]!.line).toBe(2);
    expect(points(s).map((p) => p.id)).toEqual(['s1-1', 's1-2', 's1-3', 's2-1', 's2-2', 's2-3', 's3-1']);
  });
  it('keeps every sentence of the raw text', () => {
    expect(lostSentences(raw, s)).toEqual([]);
  });
});
