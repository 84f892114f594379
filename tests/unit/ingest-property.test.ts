// Property: for random Chinese text with site noise inserted, ingest keeps
// every character of the text, in order, and none of the noise.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { IngestError, ingestText } from '../../src/lib/ingest/index.ts';
import type { Speech } from '../../src/lib/ingest/index.ts';
import { cleanedText, lostSentences } from './fixtures/ingest-helpers.ts';

/** Han characters of the basic block (the common ones, and many rare ones). */
const han = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c));
const innerPunct = fc.constantFrom('，', '、', '；', '：', '“', '”');
const endPunct = fc.constantFrom('。', '！', '？', '。”', '；', '……');
const sentence = fc
  .tuple(fc.array(fc.oneof({ arbitrary: han, weight: 6 }, { arbitrary: innerPunct, weight: 1 }), { minLength: 1, maxLength: 30 }), endPunct)
  .map(([cs, end]) => cs.join('') + end);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((s) => s.join(''));

type Place = 'line' | 'before' | 'after';
interface Noise {
  text: string;
  place: Place;
}

/** Noise from the seeds and the corpus, with varying numbers. */
const noise: fc.Arbitrary<Noise> = fc.oneof(
  fc
    .tuple(fc.integer({ min: 1, max: 99_999 }), fc.constantFrom<Place>('line', 'after'))
    .map(([n, place]) => ({ text: `全文共${n}个字。`, place })),
  fc
    .tuple(fc.integer({ min: 0, max: 9_999_999_999 }), fc.constantFrom<Place>('line', 'after'))
    .map(([n, place]) => ({ text: `文章代写:1${String(n).padStart(10, '0')}(同微信)`, place })),
  fc
    .tuple(fc.constantFrom('_GoBack', '_Toc12345', 'OLE_LINK1'), fc.constantFrom<Place>('line', 'before', 'after'))
    .map(([name, place]) => ({ text: `[bookmark: ${name}]`, place })),
  fc
    .tuple(fc.constantFrom('x.com', 'fzacc.com', 'www.example.cn'), fc.constantFrom('福州英华职业学院', '某某网', ''))
    .map(([site, owner]) => ({
      text: `© Copyright 2001-2020 ${site} All Rights Reserved. 版权所有© ${owner}`.trimEnd(),
      place: 'line' as const,
    })),
);

interface Doc {
  raw: string;
  text: string;
  noise: string[];
}

/** Paragraphs, one per line (optionally indented with U+3000, optionally blank lines between), noise inserted. */
const doc: fc.Arbitrary<Doc> = fc
  .tuple(
    fc.array(fc.tuple(paragraph, fc.boolean(), fc.boolean()), { minLength: 1, maxLength: 12 }),
    fc.array(fc.tuple(fc.nat(), noise), { minLength: 1, maxLength: 6 }),
  )
  .map(([paras, inserts]) => {
    const lines = paras.map(([p, indent]) => (indent ? '\u3000\u3000' : '') + p);
    const blankAfter = paras.map(([, , blank]) => blank);
    const inserted: string[] = [];
    for (const [at, n] of inserts) {
      const i = at % (lines.length + 1);
      if (n.place === 'line') {
        lines.splice(i, 0, n.text);
        blankAfter.splice(i, 0, false);
      } else {
        const j = Math.min(i, lines.length - 1);
        // Glue only onto a paragraph line, never onto another noise line.
        if (!paras.some(([p]) => lines[j]!.includes(p))) continue;
        lines[j] = n.place === 'before' ? n.text + lines[j] : lines[j] + n.text;
      }
      inserted.push(n.text);
    }
    const raw = lines.flatMap((l, i) => (blankAfter[i] ? [l, ''] : [l])).join('\n');
    return { raw, text: paras.map(([p]) => p).join(''), noise: inserted };
  });

/** True when the characters of `sub` appear in `sup` in order (code points). */
function isSubsequence(sub: string, sup: string): boolean {
  const a = [...sub];
  let i = 0;
  for (const ch of sup) if (ch === a[i]) i++;
  return i === a.length;
}

/**
 * The raw text minus what ingest reports as removed, whitespace dropped: what
 * the cleaned text must equal. Each removal must be found on its reported raw
 * line, and must be either one of the inserted noise items or a documented
 * removal of a repeat (`duplicate-title`: a title line printed twice, which
 * random text can produce, e.g. `“` on two lines); anything else means ingest
 * cut speech text.
 */
function keptText(raw: string, s: Speech, inserted: readonly string[]): string {
  const lines = raw.split(/\r\n|\r|\n/);
  for (const r of s.removed) {
    const isNoise = inserted.some((n) => r.text === n || (r.text.startsWith('©') && n.startsWith('©') && r.text.trim() === n));
    const isRepeat = r.reason === 'duplicate-title' && s.title.includes(r.text);
    expect(isNoise || isRepeat, `unexpected removal ${r.reason} ${JSON.stringify(r.text)}`).toBe(true);
    const line = lines[r.line - 1];
    expect(line?.includes(r.text), `removal not on its line ${r.line}`).toBe(true);
    lines[r.line - 1] = line!.replace(r.text, '');
  }
  return lines.join('').replace(/\s+/g, '');
}

/** Pieces of the noise that speech text (random Han + full-width punctuation) cannot contain by chance. */
const NOISE_MARKS = [
  '全文共',
  '个字',
  '代写',
  '同微信',
  'bookmark',
  '[',
  ']',
  '©',
  'Copyright',
  'All Rights Reserved',
  '版权所有',
  ':',
  '(',
  ')',
];

describe('ingest keeps the text and drops the noise (fast-check)', () => {
  test('cleaned text ⊇ original text in order, and has no noise', () => {
    fc.assert(
      fc.property(doc, ({ raw, text, noise: inserted }) => {
        const s = ingestText(raw, 'prop.txt');
        const cleaned = cleanedText(s);
        expect(isSubsequence(text, cleaned)).toBe(true);
        for (const m of NOISE_MARKS) if (!text.includes(m)) expect(cleaned).not.toContain(m);
        // Stronger, since the generated text has no spaces and only full-width
        // punctuation: nothing is added either, and only noise is removed.
        expect(cleaned).toBe(keptText(raw, s, inserted));
        // And every removal is reported with its exact text on its raw line.
        expect(lostSentences(raw, s)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  test('unstructured: arbitrary strings over Han, full-width punctuation and newlines', () => {
    // Lines of any shape: punctuation-only, one character, a leading ：, a
    // missing final mark, blank runs, CRLF. Noise goes on lines of its own.
    const unit = fc.oneof(
      { arbitrary: han, weight: 8 },
      { arbitrary: fc.constantFrom('。', '，', '、', '；', '：', '“', '”', '！', '？'), weight: 3 },
      { arbitrary: fc.constantFrom('\n', '\n\n', '\r\n'), weight: 1 },
    );
    const body = fc.array(unit, { minLength: 1, maxLength: 400 }).map((u) => u.join(''));
    fc.assert(
      fc.property(body, fc.array(fc.tuple(fc.nat(), noise), { maxLength: 4 }), (text, inserts) => {
        const lines = text.split(/\r\n|\n/);
        for (const [at, n] of inserts) lines.splice(at % (lines.length + 1), 0, n.text);
        const raw = lines.join('\n');
        const original = text.replace(/\s+/g, '');
        if (!original) return; // an empty speech is refused, tested elsewhere
        let s: ReturnType<typeof ingestText>;
        try {
          s = ingestText(raw, 'prop.txt');
        } catch (e) {
          if (!(e instanceof IngestError)) throw e;
          // Only text with nothing to show may be refused.
          expect(original).toMatch(/^[。，、；：“”！？]*$/);
          return;
        }
        const cleaned = cleanedText(s);
        // Supersequence of the text minus documented, reported removals (a
        // repeated title line); in fact equal to it.
        const kept = keptText(
          raw,
          s,
          inserts.map(([, n]) => n.text),
        );
        expect(isSubsequence(kept, cleaned)).toBe(true);
        expect(cleaned).toBe(kept);
        for (const m of NOISE_MARKS) if (!original.includes(m)) expect(cleaned).not.toContain(m);
        expect(lostSentences(raw, s)).toEqual([]);
      }),
      // Found by fast-check: a title line printed twice is a documented, reported removal.
      {
        numRuns: 500,
        examples: [
          ['“\n“', []],
          ['讲话\n讲话\n同志们：', []],
        ],
      },
    );
  }, 60_000);

  test('every inserted noise item is reported as removed', () => {
    fc.assert(
      fc.property(doc, ({ raw, noise: inserted }) => {
        const s = ingestText(raw, 'prop.txt');
        const removedText = s.removed.map((r) => r.text).join('\n');
        for (const n of inserted) {
          // The copyright rule removes from © to line end, so its report may be longer.
          const key = n.startsWith('©') ? '© Copyright' : n.replace(/^文章/, '');
          expect(removedText).toContain(key);
        }
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
