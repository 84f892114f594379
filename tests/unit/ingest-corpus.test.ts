// Runs ingest over the real corpus in ../shared/corpus (test data only; skipped when absent).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';
import type { Speech } from '../../src/lib/ingest/index.ts';
import { CORPUS_DIR, lostSentences } from './fixtures/ingest-helpers.ts';

const FOLDERS = [
  '12371_xi_governance_v3_pages',
  'peoplecn_xi_speeches_2020',
  'xinhua_xi_speeches_2022_2025',
  'wikisource_gwr_cpc_reports',
  'policy_docs_central_shandong',
];

function ingestFolder(folder: string): { file: string; raw: string; s: Speech }[] {
  const dir = join(CORPUS_DIR, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const raw = readFileSync(join(dir, file), 'utf8');
      return { file, raw, s: ingestText(raw, file) };
    });
}

const removedShare = (docs: { raw: string; s: Speech }[], except: ReadonlySet<string> = new Set()): number => {
  const removed = docs.reduce(
    (n, d) => n + d.s.removed.filter((r) => !except.has(r.reason)).reduce((m, r) => m + [...r.text].length, 0),
    0,
  );
  const total = docs.reduce((n, d) => n + [...d.raw.replace(/\s+/g, '')].length, 0);
  return removed / total;
};

for (const folder of FOLDERS) {
  describe.skipIf(!existsSync(join(CORPUS_DIR, folder)))(`corpus: ${folder}`, () => {
    const docs = existsSync(join(CORPUS_DIR, folder)) ? ingestFolder(folder) : [];

    it('ingests every file without throwing, each with text and a title', () => {
      expect(docs.length).toBeGreaterThan(50);
      for (const { s } of docs) {
        expect(s.blocks.length).toBeGreaterThan(0);
        expect(s.title.length).toBeGreaterThan(0);
        expect(s.chars).toBeGreaterThan(0);
      }
    });

    it('keeps every sentence outside the reported removals', () => {
      const lost = docs.flatMap(({ file, raw, s }) => lostSentences(raw, s).map((x) => `${file}: ${x}`));
      expect(lost).toEqual([]);
    });

    if (folder === 'policy_docs_central_shandong') {
      it('removes almost nothing from the clean folder but the tables of contents (their headings stay in the text)', () => {
        expect(removedShare(docs, new Set(['table-of-contents']))).toBeLessThan(0.005);
        const squash = (t: string) => t.replace(/[\s\u3000]+/gu, '');
        for (const { s } of docs) {
          const blocks = new Set(s.blocks.map((b) => squash(b.text)));
          for (const r of s.removed.filter((x) => x.reason === 'table-of-contents')) {
            // The head (目录), a page number, an entry with dot leaders, or a heading found again in the text.
            const leaders = /(?:[.．。·…]{3,}|[\s\u3000]{2,})\s*\d{0,4}\s*$/u;
            const words = squash(r.text.replace(leaders, ''));
            expect(
              /^(?:目录|目次|\d{1,4})$/u.test(words) || leaders.test(r.text) || [...blocks].some((b) => b.startsWith(words)),
              r.text,
            ).toBe(true);
          }
        }
      });
    }
    if (folder === '12371_xi_governance_v3_pages') {
      it('removes menus, widgets and footers, and no widget is left as a block', () => {
        for (const { s } of docs) {
          const reasons = new Set(s.removed.map((r) => r.reason));
          expect(reasons.has('icp-footer')).toBe(true);
          expect(reasons.has('navigation') || reasons.has('widget')).toBe(true);
          for (const b of s.blocks) expect(['分享', '打印', '手机版', '网站地图', '共产党员网 版权所有', '《同学》']).not.toContain(b.text);
        }
        const share = removedShare(docs);
        expect(share).toBeGreaterThan(0.02);
        expect(share).toBeLessThan(0.2);
      });
    }
    if (folder === 'xinhua_xi_speeches_2022_2025') {
      it('splits one-line texts at U+3000 indents', () => {
        const split = docs.filter(({ s }) => s.repairs.some((r) => r.kind === 'split-paragraphs'));
        expect(split.length).toBeGreaterThan(docs.length * 0.9);
        expect(docs.every(({ s }) => s.blocks.every((b) => !/\u3000\u3000/.test(b.text)))).toBe(true);
      });
    }
    if (folder === 'peoplecn_xi_speeches_2020') {
      it('removes 人民日报 page lines', () => {
        const pages = docs.flatMap(({ s }) => s.removed.filter((r) => r.reason === 'newspaper-page'));
        expect(pages.length).toBeGreaterThan(30);
        expect(docs.some(({ s }) => s.blocks.some((b) => /《\s*人民日报\s*》（/.test(b.text)))).toBe(false);
      });
    }
  });
}
