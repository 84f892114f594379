/** Outlines side by side: parts aligned by shared wording, every part once and in its order. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  alignOutlines,
  bigrams,
  sharedWording,
  similarity,
  topLevel,
  type AlignedRow,
  type OutlineHead,
} from '../../src/lib/annotate/outline-align.ts';
import { ingestText } from '../../src/lib/ingest/index.ts';
import { decodeRaw } from '../../src/lib/ingest/decode.ts';
import { CORPUS_DIR } from './fixtures/ingest-helpers.ts';

const heads = (...labels: string[]): OutlineHead[] => labels.map((label, i) => ({ marker: `${'一二三四五六七八九'[i]}、`, label }));

/** Each column's part indices, read down the rows: must be 0, 1, 2 … (every part once, in order). */
function expectComplete(rows: AlignedRow[], columns: readonly (readonly OutlineHead[])[]): void {
  columns.forEach((col, c) => {
    expect(rows.map((r) => r.cells[c]).filter((i) => i !== null)).toEqual(col.map((_, i) => i));
  });
  for (const r of rows) expect(r.cells).toHaveLength(columns.length);
}

describe('similarity of labels', () => {
  it('is the Dice coefficient of character bigrams, punctuation left out', () => {
    expect(similarity(bigrams('提高政治站位'), bigrams('提高政治站位'))).toBe(1);
    expect(similarity(bigrams('提高政治站位'), bigrams('压实工作责任'))).toBe(0);
    expect(bigrams('站位，提高')).toEqual(new Set(['站位', '位提', '提高']));
  });

  it('names the wording a row shares, longest first, never bare digits', () => {
    expect(sharedWording(['要在巩固整改成效上下功夫', '要在推动整改深化上下功夫'])).toEqual(['上下功夫', '要在', '整改']);
    expect(sharedWording(['2021年工作回顾', '2023年工作回顾'])).toEqual(['年工作回顾']);
    expect(sharedWording(['只有一个'])).toEqual([]);
  });
});

describe('alignOutlines', () => {
  it('puts parts that share wording in one row, keeping each speech in its order', () => {
    const a = heads('提高政治站位，深化思想认识', '突出工作重点，狠抓问题整改', '加强组织领导，确保取得实效');
    const b = heads('进一步提高政治站位', '切实加强组织领导');
    const rows = alignOutlines([a, b]);
    expectComplete(rows, [a, b]);
    const together = rows.filter((r) => r.aligned).map((r) => r.cells);
    expect(together).toEqual([
      [0, 0],
      [2, 1],
    ]);
    expect(rows.find((r) => r.cells[0] === 0)!.shared).toEqual(['提高政治站位']);
  });

  it('never crosses: two parts in the opposite order align only one of them', () => {
    const a = heads('提高政治站位', '加强组织领导');
    const b = heads('加强组织领导', '提高政治站位');
    const rows = alignOutlines([a, b]);
    expectComplete(rows, [a, b]);
    expect(rows.filter((r) => r.aligned)).toHaveLength(1);
  });

  it('sets side by side, in order, the parts that match nothing', () => {
    const a = heads('正确研判形势', '吃透上级精神', '狠抓督促指导');
    const b = heads('在正视问题中强化责任', '高标准推进工作');
    const rows = alignOutlines([a, b]);
    expect(rows.map((r) => r.cells)).toEqual([
      [0, 0],
      [1, 1],
      [2, null],
    ]);
    expect(rows.every((r) => !r.aligned && r.shared.length === 0)).toBe(true);
  });

  it('keeps every part of any outlines exactly once and in order', () => {
    const label = fc
      .array(fc.constantFrom(...'提高政治站位加强组织领导压实责任落实整改工作'), { minLength: 0, maxLength: 12 })
      .map((cs) => cs.join(''));
    const outline = fc.array(label, { maxLength: 8 }).map((ls) => heads(...ls));
    fc.assert(
      fc.property(fc.array(outline, { maxLength: 6 }), (columns) => {
        const rows = alignOutlines(columns);
        expectComplete(rows, columns);
        for (const r of rows) if (r.aligned) expect(r.cells.filter((i) => i !== null).length).toBeGreaterThan(1);
      }),
    );
  });

  it('aligns the bundled speeches’ real outlines without losing a part', () => {
    const dir = 'content/raw';
    const columns = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => topLevel(ingestText(decodeRaw(readFileSync(join(dir, f)), f), f).outline));
    expect(columns.filter((c) => c.length > 0).length).toBeGreaterThanOrEqual(3);
    const rows = alignOutlines(columns);
    expectComplete(rows, columns);
    // Packed: no more rows than the longest outline has parts plus the aligned rows.
    expect(rows.length).toBeLessThanOrEqual(Math.max(...columns.map((c) => c.length)) + rows.filter((r) => r.aligned).length);
  });

  const reports = join(CORPUS_DIR, 'wikisource_gwr_cpc_reports');
  it.skipIf(!existsSync(reports))('aligns the recurring parts of real government work reports (../shared/corpus)', () => {
    const columns = readdirSync(reports)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => ingestText(readFileSync(join(reports, f), 'utf8'), f))
      .filter((s) => s.title === '政府工作报告')
      .map((s) => topLevel(s.outline))
      .filter((c) => c.length > 1);
    expect(columns.length).toBeGreaterThanOrEqual(2);
    const rows = alignOutlines(columns);
    expectComplete(rows, columns);
    const aligned = rows.filter((r) => r.aligned);
    expect(aligned.length).toBeGreaterThan(0);
    for (const r of aligned) expect(r.shared.length).toBeGreaterThan(0);
  });
});

describe('topLevel', () => {
  it('takes the items of the smallest depth', () => {
    const depths = [
      { depth: 2, marker: '（一）', label: 'x' },
      { depth: 1, marker: '一、', label: 'X' },
      { depth: 2, marker: '（二）', label: 'y' },
      { depth: 1, marker: '二、', label: 'Y' },
    ];
    expect(topLevel(depths).map((o) => o.label)).toEqual(['X', 'Y']);
    expect(topLevel([])).toEqual([]);
  });
});
