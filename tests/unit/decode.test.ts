// decodeRaw: every encoding people save speeches in gives the same text, and
// everything else is refused with a problem and a hint, never decoded to mojibake.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { decodeRaw, decodeRawWithEncoding, detectEncoding } from '../../src/lib/ingest/decode.ts';
import { IngestError, ingestText } from '../../src/lib/ingest/index.ts';
import { RAW_DIR } from './fixtures/ingest-helpers.ts';

const seeds = readdirSync(RAW_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const seedText = (f: string): string => readFileSync(join(RAW_DIR, f), 'utf8');
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const bytes = (...parts: (number[] | Uint8Array | string)[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : [...p])));

/** The IngestError thrown by `fn` (fails the test when there is none). */
function refusal(fn: () => unknown): IngestError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(IngestError);
    const err = e as IngestError;
    expect(err.problem.length).toBeGreaterThan(5);
    expect(err.hint.length).toBeGreaterThan(5);
    return err;
  }
  throw new Error('expected an IngestError');
}

describe('encodings of the same text decode to the same string', () => {
  test.each(seeds)('%s: UTF-8, UTF-8 BOM, UTF-16 LE/BE BOM, GBK, GB18030', (f) => {
    const text = seedText(f).replace(/^\uFEFF/, '');
    const variants: [string, Uint8Array, string][] = [
      ['utf-8', utf8(text), 'utf-8'],
      ['utf-8 bom', bytes([0xef, 0xbb, 0xbf], text), 'utf-8-bom'],
      ['utf-16le', iconv.encode(text, 'utf-16le', { addBOM: true }), 'utf-16le'],
      ['utf-16be', iconv.encode(text, 'utf-16be', { addBOM: true }), 'utf-16be'],
      ['gb18030', iconv.encode(text, 'gb18030'), 'gb18030'],
    ];
    for (const [name, b, enc] of variants) {
      expect(detectEncoding(b), name).toBe(enc);
      const out = decodeRaw(b, f);
      expect(out.length, name).toBe(text.length);
      expect(out === text, name).toBe(true);
    }
    // GBK lacks a few characters (seed 003's ©, which iconv writes as ?); the
    // UTF-8 twin of a GBK file is the text as GBK can hold it.
    const gbk = iconv.encode(text, 'gbk');
    const twin = iconv.decode(gbk, 'gbk');
    expect([...twin].filter((c, i) => c !== [...text][i]).every((c) => c === '?')).toBe(true);
    expect(detectEncoding(gbk)).toBe('gb18030');
    expect(decodeRaw(gbk, f) === twin).toBe(true);
    // A GBK file ingests exactly like its UTF-8 twin.
    expect(ingestText(decodeRaw(gbk, f), f)).toEqual(ingestText(twin, f));
  });

  test('a BOM is stripped, and only the leading one', () => {
    expect(decodeRaw(bytes([0xef, 0xbb, 0xbf], '讲话\uFEFF内容'), 'a.txt')).toBe('讲话\uFEFF内容');
    expect(decodeRaw(iconv.encode('讲话', 'utf-16le', { addBOM: true }), 'a.txt')).toBe('讲话');
  });

  test('rare characters outside GBK survive GB18030 (four-byte forms)', () => {
    const text = '同志们：𠀀𪚥䶮是罕见字，€也在。';
    const b = iconv.encode(text, 'gb18030');
    expect(detectEncoding(b)).toBe('gb18030');
    expect(decodeRaw(b, 'a.txt')).toBe(text);
  });

  test('ASCII-only text is UTF-8', () => {
    expect(decodeRawWithEncoding(utf8('Speech text, 2020.\n'), 'a.txt')).toEqual({ text: 'Speech text, 2020.\n', encoding: 'utf-8' });
  });
});

describe('refusals', () => {
  test.each([
    ['0 bytes', new Uint8Array(0)],
    ['spaces and newlines', utf8('  \n\r\n\t \n')],
    ['U+3000 and zero-width only', utf8('\u3000\u3000\n\u200B\uFEFF\n')],
    ['a UTF-8 BOM only', bytes([0xef, 0xbb, 0xbf])],
    ['a UTF-16 BOM and spaces', iconv.encode('  \n', 'utf-16le', { addBOM: true })],
    ['GBK full-width spaces', iconv.encode('\u3000\u3000\n', 'gbk')],
  ])('empty: %s', (_, b) => {
    const err = refusal(() => decodeRaw(b, 'empty.txt'));
    expect(err.problem).toMatch(/is empty/);
    expect(err.hint).toBe('add the speech text or remove the file');
    expect(err.source).toBe('empty.txt');
  });

  const tail = iconv.encode('同志们：这是讲话。', 'gbk');
  test.each([
    ['PDF', bytes('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj'), /looks like a PDF/],
    ['PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /looks like a PNG image/],
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]), /looks like a JPEG image/],
    ['GIF', bytes('GIF89a', [1, 0, 1, 0]), /looks like a GIF image/],
    ['DOCX/ZIP', bytes([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0], tail), /looks like a ZIP archive or a Word \.docx file/],
    ['DOC', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], tail), /looks like an old Word \.doc/],
    ['RTF', bytes('{\\rtf1\\ansi\\ansicpg936 \\u21516?'), /looks like an RTF document/],
    ['UTF-32', bytes([0xff, 0xfe, 0, 0, 0x0c, 0x54, 0, 0]), /looks like UTF-32/],
  ])('binary: %s', (_, b, re) => {
    const err = refusal(() => decodeRaw(b, 'x.txt'));
    expect(err.problem).toMatch(re);
    expect(err.hint).toMatch(/save the speech as plain text \(\.txt\)/);
  });

  test('NUL bytes in UTF-8 or GBK data: binary, with the line', () => {
    const err = refusal(() => decodeRaw(bytes('同志们：\n这是讲话。\n', [0], '后面'), 'x.txt'));
    expect(err.problem).toMatch(/NUL bytes.*binary/);
    expect(err.line).toBe(3);
    refusal(() => decodeRaw(bytes([0xef, 0xbb, 0xbf], '讲话', [0, 0, 0]), 'x.txt'));
    refusal(() => decodeRaw(bytes(iconv.encode('讲话', 'gbk'), [0, 1, 2, 3]), 'x.txt'));
  });

  test('UTF-16 without a BOM is recognised and refused', () => {
    const le = iconv.encode('Speech of 2020: text\n'.repeat(5), 'utf-16le');
    expect(refusal(() => decodeRaw(le, 'x.txt')).problem).toMatch(/UTF-16 LE text without a byte-order mark/);
    const be = iconv.encode('Speech of 2020: text\n'.repeat(5), 'utf-16be');
    expect(refusal(() => decodeRaw(be, 'x.txt')).problem).toMatch(/UTF-16 BE text without a byte-order mark/);
  });

  test('text that is neither UTF-8 nor GB18030 names both', () => {
    // 0xFF is never valid in UTF-8 or GB18030.
    const err = refusal(() => decodeRaw(bytes('同志们：\n', [0xff, 0xfe, 0xfd]), 'x.txt'));
    expect(err.problem).toMatch(/neither valid UTF-8 nor valid GB18030/);
    expect(err.line).toBe(2);
  });

  test('a BOM with invalid content names the encoding and the line', () => {
    const err = refusal(() => decodeRaw(bytes([0xef, 0xbb, 0xbf], '同志们：\n第二行\n', [0xc3, 0x28]), 'x.txt'));
    expect(err.problem).toMatch(/UTF-8 \(with byte-order mark\) byte-order mark but is not valid/);
    expect(err.line).toBe(3);
    // UTF-16 with an odd number of bytes, or a lone surrogate.
    refusal(() => decodeRaw(bytes([0xff, 0xfe, 0x0c, 0x54, 0x3a]), 'x.txt'));
    expect(refusal(() => decodeRaw(bytes([0xfe, 0xff, 0xd8, 0x00, 0x00, 0x41]), 'x.txt')).problem).toMatch(/UTF-16 BE/);
  });

  test('UTF-8 that breaks part-way (a GBK paragraph pasted in) is refused at that line, not read as GB18030', () => {
    const text = seedText(seeds[0]!);
    const b = bytes(text, '\n', iconv.encode('这一段是用GBK保存的。', 'gbk'), '\n');
    const err = refusal(() => decodeRaw(b, 'mixed.txt'));
    expect(err.problem).toMatch(/is UTF-8 up to byte \d+, then not valid UTF-8/);
    expect(err.line).toBe(text.split('\n').length + (text.endsWith('\n') ? 0 : 1));
  });

  test('replacement characters (U+FFFD) are refused with the line and count', () => {
    const err = refusal(() => decodeRaw(utf8('同志们：\n我们要\uFFFD\uFFFD发展。\n'), 'x.txt'));
    expect(err.problem).toMatch(/2 replacement characters \(U\+FFFD.*read as UTF-8/);
    expect(err.line).toBe(2);
    expect(refusal(() => decodeRaw(iconv.encode('讲话\uFFFD', 'utf-16le', { addBOM: true }), 'x.txt')).problem).toMatch(/UTF-16 LE/);
  });

  test('random bytes that happen to be valid GB18030 are refused as not Chinese text', () => {
    // ASCII control characters and GBK symbol rows (A1–A9: kana, Cyrillic, box drawing)
    // are valid GB18030 but not a speech.
    const junk: number[] = [];
    for (let i = 0; i < 400; i++)
      junk.push(...[[0x01], [0x1b], [0xa4, 0xa2 + (i % 80)], [0xa7, 0xa1 + (i % 30)], [0xb0, 0xa1 + (i % 90)]][i % 5]!);
    const b = Uint8Array.from(junk);
    expect(detectEncoding(b)).toBe('gb18030');
    const err = refusal(() => decodeRaw(b, 'junk.txt'));
    expect(err.problem).toMatch(/does not look like Chinese text in UTF-8, GB18030 or UTF-16: read as GB18030, only \d+%/);
  });

  test('uniformly random bytes are never accepted', () => {
    let seed = 42;
    const rnd = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let k = 0; k < 300; k++) {
      const b = Uint8Array.from({ length: 64 + Math.floor(rnd() * 4000) }, () => Math.floor(rnd() * 256));
      refusal(() => decodeRaw(b, 'random.bin'));
    }
  });

  test('Western text in Windows-1252 is refused, not read as GB18030 with stray Han characters', () => {
    const b = iconv.encode('Minutes: Zürich façade, élan and précis in the Résumés.\n'.repeat(20), 'win1252');
    expect(detectEncoding(b)).toBe('gb18030');
    expect(() => new TextDecoder('gb18030', { fatal: true }).decode(b)).not.toThrow(); // the trap
    expect(refusal(() => decodeRaw(b, 'latin.txt')).problem).toMatch(/read as GB18030, only \d+% of its double-byte characters/);
  });

  test('mostly non-Chinese UTF-8 (e.g. Cyrillic) is refused naming UTF-8', () => {
    const err = refusal(() => decodeRaw(utf8('Съешь же ещё этих мягких французских булок, да выпей чаю.\n'.repeat(10)), 'x.txt'));
    expect(err.problem).toMatch(/read as UTF-8/);
  });

  test('Big5 (traditional Chinese) is refused instead of decoded as GB18030 nonsense', () => {
    const trad = readFileSync(join(import.meta.dirname, 'fixtures/traditional-zh.txt'), 'utf8');
    expect(decodeRaw(utf8(trad), 't.txt')).toBe(trad); // the same text in UTF-8 is fine
    expect(decodeRaw(iconv.encode(trad, 'gbk'), 't.txt')).toBe(trad); // and in GBK
    const err = refusal(() => decodeRaw(iconv.encode(trad, 'big5'), 't.txt'));
    expect(err.problem).toMatch(/Big5/);
  });
});

describe('scale', () => {
  test('a 20 MB text decodes (UTF-8 and GBK) and ingests, in linear time', () => {
    const seed = seedText(seeds[0]!);
    const copies = Math.ceil((20 * 1024 * 1024) / utf8(seed).length);
    const text = Array.from({ length: copies }, () => seed).join('\n');
    const b = utf8(text);
    expect(b.length).toBeGreaterThanOrEqual(20 * 1024 * 1024);

    let t0 = performance.now();
    const out = decodeRaw(b, 'big.txt');
    const decodeMs = performance.now() - t0;
    expect(out === text).toBe(true);

    const gbk = iconv.encode(text, 'gbk');
    t0 = performance.now();
    const outGbk = decodeRaw(gbk, 'big-gbk.txt');
    const decodeGbkMs = performance.now() - t0;
    expect(outGbk === text).toBe(true);

    t0 = performance.now();
    const speech = ingestText(out, 'big.txt');
    const ingestMs = performance.now() - t0;
    expect(speech.blocks.length).toBeGreaterThan(copies);
    console.log(
      `20 MB (${(b.length / 2 ** 20).toFixed(1)} MiB UTF-8, ${(gbk.length / 2 ** 20).toFixed(1)} MiB GBK): decode UTF-8 ${decodeMs.toFixed(0)} ms, decode GBK ${decodeGbkMs.toFixed(0)} ms, ingestText ${ingestMs.toFixed(0)} ms`,
    );
    // Linear, not quadratic: an eighth of the text must take about an eighth of the time.
    // Measured in the same run, so a busy or slow machine changes both sides alike; a
    // quadratic decoder would take 64 times as long, the bound allows 32.
    const eighth = utf8(Array.from({ length: Math.ceil(copies / 8) }, () => seed).join('\n'));
    const eighthGbk = iconv.encode(Array.from({ length: Math.ceil(copies / 8) }, () => seed).join('\n'), 'gbk');
    // Each side is the fastest of three runs, so one pause of a loaded machine (a GC, another
    // process) in one run does not decide the ratio (a single run once gave 35 under a load of 12).
    const fastest = (bytes: Uint8Array, name: string): number => {
      let best = Number.POSITIVE_INFINITY;
      for (let k = 0; k < 3; k++) {
        const t = performance.now();
        decodeRaw(bytes, name);
        best = Math.min(best, performance.now() - t);
      }
      return best;
    };
    const eighthMs = Math.max(fastest(eighth, 'eighth.txt'), 5);
    const eighthGbkMs = Math.max(fastest(eighthGbk, 'eighth-gbk.txt'), 5);
    const wholeMs = Math.min(decodeMs, fastest(b, 'big.txt'));
    const wholeGbkMs = Math.min(decodeGbkMs, fastest(gbk, 'big-gbk.txt'));
    expect(wholeMs / eighthMs).toBeLessThan(32);
    expect(wholeGbkMs / eighthGbkMs).toBeLessThan(32);
  }, 600_000);
});
