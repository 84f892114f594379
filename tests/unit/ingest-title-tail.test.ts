// A document's title block: its name over its bracketed tail (years spanned, edition, status) is
// the title, the tail its subtitle — over a hard-wrapped paragraph's first line that is as
// title-shaped and nearer the body. Issue 12, session 12 (wt-header12). Texts written for the test,
// in shapes not in held12- (measures with `（试行）`, a standard with `（2023年修订）`, wrapped like a
// PDF); they failed before (the wrapped line won, the text went untitled).
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';
import { titleTailBelow } from '../../src/lib/ingest/title-tail.ts';

const wrapped = (name: string, tail: string): string =>
  [
    name,
    tail,
    '数据是国家基础性战略资源，是推动经济社会发展的新型生',
    '产要素。为加强数据安全管理，保障数据依法有序流动，促',
    '进数据开发利用，维护国家安全和公共利益，制定本办法。',
    '一、总体要求',
    '坚持统筹发展和安全，坚持依法管理、分类分级、权责一致的原则。',
  ].join('\n');

describe("a document's title over its bracketed tail", () => {
  it('measures marked （试行）: the name is the title, the tail its subtitle, out of the text', () => {
    const s = ingestText(wrapped('省级政务数据安全管理办法', '（试行）'), 'measures.txt');
    expect(s.title).toBe('省级政务数据安全管理办法');
    expect(s.untitled).toBeUndefined();
    expect(s.header).toContainEqual({ role: 'subtitle', text: '（试行）', line: 2 });
    expect(s.blocks[0]!.text).not.toBe('（试行）');
  });

  it('a standard with its revision year in brackets', () => {
    const s = ingestText(wrapped('政务数据分类分级实施指南', '（2023年修订）'), 'guide.txt');
    expect(s.title).toBe('政务数据分类分级实施指南');
    expect(s.header).toContainEqual({ role: 'subtitle', text: '（2023年修订）', line: 2 });
  });

  it('a heading over a dated note, or a name that is no document, is no title block (near shapes)', () => {
    expect(titleTailBelow('一、总体要求', '（2021年）')).toBe(false);
    expect(titleTailBelow('省级政务数据安全工作情况', '（试行）')).toBe(false);
    expect(titleTailBelow('省级政务数据安全管理办法', '（试行）')).toBe(true);
  });
});
