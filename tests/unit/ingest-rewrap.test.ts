// Hard-wrapped .txt (text copied from a PDF or a fixed-width page): every line cut at a
// width, paragraphs marked by indent, by blank lines or not at all. One test per shape:
// the paragraphs come back whole, each rejoin is reported, nothing is joined across a
// heading, and a text with one paragraph to a line is left alone. The speech is seed 002
// (its paragraphs as written), wrapped here the way such copies are.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';
import type { Speech } from '../../src/lib/ingest/index.ts';
import { toFullWidthPunctuation } from '../../src/lib/ingest/normalise.ts';
import { detectWrapping, rejoinWrapped } from '../../src/lib/ingest/rewrap.ts';
import { traced } from '../../src/lib/ingest/traced.ts';

const SEED = readFileSync(new URL('../../content/raw/002_511e2be2b8386667.txt', import.meta.url), 'utf8').split(/\r?\n/);
// Lines 1–3: title, name, dateline; lines 4–29 the speech, one paragraph a line (line 30 is an ad).
const HEAD = SEED.slice(0, 3);
const PARAGRAPHS = SEED.slice(3, 29).filter((l) => l.trim());

/** Cuts a paragraph into lines of `width` characters (the first with `indent` in front). */
function wrap(p: string, width: number, indent = ''): string[] {
  const chars = [...(indent + p)];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += width) out.push(chars.slice(i, i + width).join(''));
  return out;
}

const full = (t: string): string => toFullWidthPunctuation(t).text.trim();
const ingest = (lines: string[]): Speech => ingestText(lines.join('\n'), 'wrapped.txt');
/** The body blocks' texts, from the first paragraph of the speech on. */
const bodyTexts = (s: Speech): string[] => {
  const texts = s.blocks.map((b) => b.text);
  const start = texts.indexOf(full(PARAGRAPHS[0]!));
  return texts.slice(start);
};

describe('hard-wrapped text is rejoined into its paragraphs', () => {
  it('no paragraph marks at all: a paragraph ends at its short last line; headings stay apart', () => {
    const s = ingest([...HEAD, ...PARAGRAPHS.flatMap((p) => wrap(p, 33))]);
    expect(bodyTexts(s)).toEqual(PARAGRAPHS.map(full));
    const rejoins = s.repairs.filter((r) => r.kind === 'rejoin-wrapped');
    expect(rejoins.length).toBeGreaterThan(5);
    expect(rejoins[0]!.detail).toMatch(/hard-wrapped at 33 characters/);
    // The outline heading `一、…` is a block of its own, not glued to the paragraph before it.
    expect(s.blocks.some((b) => b.kind === 'heading' && b.text.startsWith('一、'))).toBe(true);
  });

  it('paragraphs marked by an indent: a paragraph that ends exactly at the width is not run on', () => {
    // Width 30 with a two-character indent; pad one paragraph so that it fills its last line.
    const paras = PARAGRAPHS;
    expect(paras.some((p) => [...p].length + 2 === 60)).toBe(false);
    const lines = paras.flatMap((p) => wrap(p, 30, '\u3000\u3000'));
    const s = ingest([...HEAD, ...lines]);
    expect(bodyTexts(s)).toEqual(paras.map(full));
  });

  it('paragraphs marked by blank lines, with a page break (page number, running head) in mid-sentence', () => {
    const lines: string[] = [];
    let n = 0;
    let page = 1;
    for (const p of PARAGRAPHS) {
      for (const l of wrap(p, 36)) {
        lines.push(l);
        if (++n % 25 === 0) {
          lines.push('', `- ${page} -`, '', '在全市教育实践活动汇报会上的讲话', '');
          page++;
        }
      }
      lines.push('');
    }
    const s = ingest([...HEAD, '', ...lines]);
    expect(bodyTexts(s)).toEqual(PARAGRAPHS.map(full));
    expect(s.removed.some((r) => r.reason === 'page-number' && r.text === '- 1 -')).toBe(true);
  });

  it('a PDF copy: lines of one printed width, digits and Latin letters narrower, bare page numbers', () => {
    // Printed width: a Chinese character or mark is 1, an ASCII letter or digit 1/2; lines cut at 29 as printed.
    // (A PDF of Chinese text sets its punctuation full-width: the seed's half-width marks are made full-width first.)
    const lines: string[] = [];
    let page = 2;
    let n = 0;
    for (const p of PARAGRAPHS.map(full)) {
      let cur = '';
      let w = 0;
      for (const ch of p) {
        const cw = ch.codePointAt(0)! < 0x2000 ? 0.5 : 1;
        if (w + cw > 29) {
          lines.push(cur);
          if (++n % 30 === 0) lines.push(String(page++));
          cur = '';
          w = 0;
        }
        cur += ch;
        w += cw;
      }
      if (cur) lines.push(cur);
    }
    const s = ingest([...HEAD, ...lines]);
    expect(bodyTexts(s)).toEqual(PARAGRAPHS.map(full));
    expect(page).toBeGreaterThan(4);
    expect(s.removed.filter((r) => r.reason === 'page-number').map((r) => r.text)).toEqual(
      Array.from({ length: page - 2 }, (_, k) => String(k + 2)),
    );
  });

  it('never joins across an outline marker, even after a full line cut mid-sentence', () => {
    const l = (t: string) => traced(t, 1);
    const body = wrap(
      '各级各部门要切实提高认识，把这项工作摆上重要位置，认真研究部署，抓好贯彻落实，确保各项任务落到实处，取得实实在在的成效',
      20,
    );
    const lines = [...body, ...body, ...body, body[0]!, '（一）加强组织领导', ...body];
    const r = rejoinWrapped(
      lines.map(l),
      lines.map(() => false),
    );
    expect(r.evidence?.width).toBe(20);
    expect(r.logical.map((t) => t.text)).toContain('（一）加强组织领导');
  });

  it('leaves a text with one paragraph to a line alone', () => {
    const s = ingest([...HEAD, ...PARAGRAPHS]);
    expect(s.repairs.some((r) => r.kind === 'rejoin-wrapped')).toBe(false);
    expect(bodyTexts(s)).toEqual(PARAGRAPHS.map(full));
    expect(detectWrapping(PARAGRAPHS)).toBeNull();
  });
});
