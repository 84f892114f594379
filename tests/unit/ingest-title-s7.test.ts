// Titles (issue 12, session 7): the header's title from the shapes real pages give it, and the
// title an editor gives a text with no title line (from the occasion its opening names or the
// name the document gives itself), never an invented one. The text here is written for the
// tests (no seed or corpus text).
import { describe, expect, it } from 'vitest';
import { readHeader } from '../../src/lib/ingest/header.ts';
import { findToc, isTocEntry } from '../../src/lib/ingest/toc.ts';
import { traced } from '../../src/lib/ingest/traced.ts';

const pieces = (lines: readonly string[]) => lines.map((t, i) => traced(t, i + 1));

describe('one table-of-contents entry shape (toc.ts)', () => {
  it('an entry: words, then dot leaders or a wide gap before a page number', () => {
    for (const t of ['二、压实责任……………………3', '一、总体思路.........12', '三、开辟新局面　　15', '附件\t21'])
      expect(isTocEntry(t), t).toBe(true);
    for (const t of ['二、压实责任，确保种足种好', '3', '……5', '2023年12月']) expect(isTocEntry(t), t).toBe(false);
  });
  it("a line over a heading's length is no entry above a title, but findToc still reads it in a table", () => {
    const long = `${'推进'.repeat(45)}……7`;
    expect(isTocEntry(long)).toBe(false);
    expect(isTocEntry(long, Infinity)).toBe(true);
    expect(findToc(['目录', long, '二、压实责任……………………9', '正文标题'], 4)).toEqual({ head: 0, end: 3 });
  });
});

describe("a news lead taken out above the title block is the header's lead (readHeader leadAbove)", () => {
  const block = [
    '在全县秋冬季农业生产工作会议上的讲话',
    '（2024年10月9日）',
    '同志们：',
    '今天，我们召开全县秋冬季农业生产工作会议，安排部署当前工作。',
  ];
  it('given by the caller when the header finds none', () => {
    const lead = { text: '10月9日，全县秋冬季农业生产工作会议召开。', line: 1 };
    const h = readHeader(pieces(block), undefined, new Set(), lead);
    expect(h.lead).toEqual(lead);
    expect(h.title?.text).toBe(block[0]);
  });
  it('none given, none found', () => {
    expect(readHeader(pieces(block)).lead).toBeNull();
  });
});
