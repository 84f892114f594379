/**
 * Raw bytes → text. The archive takes speeches as people save them: UTF-8
 * (with or without a byte-order mark), UTF-16 with a byte-order mark (Windows
 * Notepad's "Unicode"), and GB18030/GBK (Chinese Windows' "ANSI"). Anything
 * else is refused with an `IngestError` that says what the file looks like and
 * what to do, because a wrongly decoded file would publish mojibake that no
 * later step can notice.
 *
 * Order of the checks, and why:
 *   1. empty file;
 *   2. magic numbers (PDF, PNG, JPEG, GIF, ZIP/DOCX, old Office, RTF, UTF-32):
 *      some of them would otherwise decode "successfully" as GB18030;
 *   3. a byte-order mark decides the encoding outright;
 *   4. NUL bytes: no text encoding here but UTF-16 produces them;
 *   5. valid UTF-8 wins; otherwise GB18030, unless the file is clearly UTF-8
 *      that breaks part-way (mixed or damaged) or clearly Big5;
 *   6. the decoded text must not hold U+FFFD, must not be blank, and must be
 *      mostly Chinese, ASCII or punctuation.
 * Every step is linear in the file size (a 20 MB file decodes in well under a second).
 */
import { INVISIBLE } from './normalise.ts';
import { IngestError } from './types.ts';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** How the encoding is named to the editor in messages. */
const LABEL: Record<Encoding, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 (with byte-order mark)',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  gb18030: 'GB18030',
};

const SAVE_AS_TEXT = 'save the speech as plain text (.txt), preferably UTF-8, and rebuild';
const SAVE_AS_UTF8 = 'open it in an editor that shows the text correctly and save it as UTF-8 ("Save as…" → encoding UTF-8), then rebuild';

/** File signatures of formats people save speeches in by mistake. */
const MAGIC: readonly { bytes: readonly number[]; looks: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], looks: 'a PDF' }, // %PDF
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], looks: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], looks: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], looks: 'a GIF image' }, // GIF8(7|9)a
  { bytes: [0x50, 0x4b, 0x03, 0x04], looks: 'a ZIP archive or a Word .docx file' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], looks: 'an empty ZIP archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], looks: 'an old Word .doc (or other Office) file' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], looks: 'an RTF document' }, // {\rtf
  // Before the UTF-16 LE check: FF FE 00 00 is also a UTF-16 LE BOM + NUL.
  { bytes: [0xff, 0xfe, 0x00, 0x00], looks: 'UTF-32 text' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], looks: 'UTF-32 text' },
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** 1-based line of a byte offset (counting LF bytes; fine for every ASCII-compatible encoding here). */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** 1-based line of a UTF-16 index in decoded text. */
function lineOfIndex(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Where UTF-8 first breaks, and how many multi-byte UTF-8 characters came
 * before that. Many well-formed multi-byte characters followed by a bad byte
 * means a UTF-8 file that is damaged or has a part in another encoding: GBK
 * text essentially never forms more than a couple of valid UTF-8 sequences in
 * a row, so reading such a file as GB18030 would turn its UTF-8 part into
 * plausible-looking nonsense.
 */
export function firstUtf8Error(bytes: Uint8Array): { offset: number; multibyteBefore: number } | null {
  let multibyte = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return { offset: i, multibyteBefore: multibyte };
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return { offset: i, multibyteBefore: multibyte };
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return { offset: i, multibyteBefore: multibyte };
    multibyte++;
    i += need + 1;
  }
  return null;
}

/** Multi-byte UTF-8 characters before the first error that mark a file as "really UTF-8". */
const UTF8_EVIDENCE = 8;

/**
 * Share of double-byte characters that are in the common-character block of
 * GB2312 (level 1, B0A1–D7F9) when the bytes are read as GBK, and of Big5
 * (frequently used characters, A440–C67E) when read as Big5. Big5 bytes are
 * nearly all valid GBK, so a Big5 file would decode as GB18030 without error
 * into rare characters; real GBK text uses the common block almost only.
 */
export function commonShares(bytes: Uint8Array): { gbk: number; big5: number } {
  let gbTotal = 0,
    gbCommon = 0,
    b5Total = 0,
    b5Common = 0;
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const trail = bytes[i + 1] ?? 0;
    if (trail >= 0x30 && trail <= 0x39) {
      i += 4;
      continue;
    } // GB18030 four-byte form
    gbTotal++;
    if (lead >= 0xb0 && lead <= 0xd7 && trail >= 0xa1) gbCommon++;
    i += 2;
  }
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const code = (lead << 8) | (bytes[i + 1] ?? 0);
    b5Total++;
    if (code >= 0xa440 && code <= 0xc67e) b5Common++;
    i += 2;
  }
  return { gbk: gbTotal ? gbCommon / gbTotal : 1, big5: b5Total ? b5Common / b5Total : 0 };
}

/**
 * Thresholds for calling a file Big5, from measurement: simplified seeds in
 * GBK have 89–95% GB2312-common characters (45–49% Big5-common when misread
 * as Big5); traditional texts in Big5 have 73–90% Big5-common and 7–15%
 * GB2312-common; traditional texts in GBK 60–90% GB2312-common.
 */
const BIG5_MAX_GBK_COMMON = 0.4;
const BIG5_MIN_COMMON = 0.6;
/**
 * Below this share of GB2312-common characters a file is not taken as GBK at
 * all. It catches Western text in Latin-1/Windows-1252, whose accented
 * letters pair with the next ASCII letter into valid but rare GBK characters
 * (`Résumé` → `R锓sum…`), so the text would pass as mostly ASCII with a few
 * stray Han characters.
 */
const GBK_MIN_COMMON = 0.5;

/** Which encoding `decodeRaw` reads `bytes` as (it may still refuse the result). */
export function detectEncoding(bytes: Uint8Array): Encoding {
  return bomEncoding(bytes) ?? (isUtf8(bytes) ? 'utf-8' : 'gb18030');
}

/** Encoding given by a byte-order mark, if any: a BOM decides outright. */
function bomEncoding(bytes: Uint8Array): Encoding | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return 'utf-8-bom';
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  return null;
}

/**
 * Characters expected in a Chinese speech: Han, ASCII printable and
 * whitespace, CJK symbols and punctuation (U+3000–303F), full-width forms
 * (U+FF00–FFEF), general punctuation (— “” … ‰ ※ and the zero-width
 * characters ingest removes, U+2000–206F, U+FEFF), · × ÷ ° and no-break space,
 * circled/parenthesised numbers (①), Roman numerals (Ⅱ) and the geometric
 * bullets (■ ○ ●) common in official documents.
 */
const EXPECTED =
  /[\p{Script=Han}\t\n\r\x20-\x7E\u3000-\u303F\uFF00-\uFFEF\u2000-\u206F\u00A0\u00B0\u00B7\u00D7\u00F7\u2150-\u218F\u2460-\u24FF\u25A0-\u25FF\uFEFF]+/gu;
/** Below this share of expected characters the text is taken as wrongly decoded or not Chinese. */
export const MIN_EXPECTED_SHARE = 0.9;

/** Share (by UTF-16 code units) of `text` made of expected characters. */
export function expectedShare(text: string): number {
  if (!text.length) return 1;
  return 1 - text.replace(EXPECTED, '').length / text.length;
}

function decodeWith(encoding: Encoding, bytes: Uint8Array, source: string): string {
  const label = encoding === 'utf-8-bom' ? 'utf-8' : encoding;
  try {
    // ignoreBOM false: the decoder drops a leading BOM of its own encoding.
    return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = encoding.startsWith('utf-8') ? firstUtf8Error(bytes) : null;
    const line = at ? lineOfByte(bytes, at.offset) : null;
    throw new IngestError(
      source,
      line,
      `starts with a ${LABEL[encoding]} byte-order mark but is not valid ${LABEL[encoding]}${at ? ` (bad byte at offset ${at.offset})` : ''}`,
      `the file is damaged or mixes encodings; ${SAVE_AS_UTF8}`,
    );
  }
}

/** Step 4: a file with NUL bytes and no UTF-16 BOM. */
function refuseNul(bytes: Uint8Array, source: string, firstNul: number): never {
  // UTF-16 without a BOM: ASCII characters leave a NUL in every other byte.
  let even = 0,
    odd = 0;
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) i % 2 ? odd++ : even++;
  if (Math.max(even, odd) >= n / 8 && Math.min(even, odd) <= Math.max(even, odd) / 10) {
    throw new IngestError(
      source,
      null,
      `looks like UTF-16 ${odd > even ? 'LE' : 'BE'} text without a byte-order mark (NUL in every other byte)`,
      SAVE_AS_UTF8,
    );
  }
  throw new IngestError(
    source,
    lineOfByte(bytes, firstNul),
    `contains NUL bytes (first at byte ${firstNul}): it looks like a binary file, not text`,
    `${SAVE_AS_TEXT}; if it is text, remove the NUL bytes`,
  );
}

/** Step 5: no BOM, no NUL. UTF-8 if valid, else GB18030 with the checks above. */
function decodeUnmarked(bytes: Uint8Array, source: string): { text: string; encoding: Encoding } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // not UTF-8: find out how, below
  }
  const err = firstUtf8Error(bytes) ?? { offset: 0, multibyteBefore: 0 };
  if (err.multibyteBefore >= UTF8_EVIDENCE) {
    throw new IngestError(
      source,
      lineOfByte(bytes, err.offset),
      `is UTF-8 up to byte ${err.offset}, then not valid UTF-8 (the file is damaged or part of it is in another encoding)`,
      `fix or retype the text from this line on, or ${SAVE_AS_UTF8}`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    throw new IngestError(
      source,
      lineOfByte(bytes, err.offset),
      'is neither valid UTF-8 nor valid GB18030/GBK text (tried UTF-8, then GB18030)',
      `it may be binary or in another encoding; ${SAVE_AS_UTF8}`,
    );
  }
  const shares = commonShares(bytes);
  if (shares.gbk < BIG5_MAX_GBK_COMMON && shares.big5 > BIG5_MIN_COMMON && readsAsBig5(bytes)) {
    throw new IngestError(source, null, 'looks like Big5 (traditional Chinese) text: read as GB18030 it would be nonsense', SAVE_AS_UTF8);
  }
  // (A blank file is left to checkText, which says "is empty".)
  if (shares.gbk < GBK_MIN_COMMON && NOT_BLANK.test(text)) {
    throw new IngestError(
      source,
      null,
      `does not look like Chinese text in UTF-8, GB18030 or UTF-16: read as GB18030, only ${Math.floor(shares.gbk * 100)}% of its double-byte characters are common Chinese characters (Latin-1, Windows-1252 or another encoding?)`,
      `check that it is the speech text; ${SAVE_AS_UTF8}`,
    );
  }
  return { text, encoding: 'gb18030' };
}

/** True when `bytes` are valid Big5 that reads as Chinese text (not just any bytes in Big5's ranges). */
function readsAsBig5(bytes: Uint8Array): boolean {
  try {
    return expectedShare(new TextDecoder('big5', { fatal: true }).decode(bytes)) >= MIN_EXPECTED_SHARE;
  } catch {
    return false;
  }
}

/**
 * A character that is neither whitespace nor one of the invisible characters
 * ingest removes (normalise.ts rule 4), so "blank" means the same here as there.
 */
const NOT_BLANK = new RegExp(`[^\\s${INVISIBLE.source.slice(1, INVISIBLE.source.lastIndexOf(']'))}]`);

/** Step 6: checks on the decoded text. */
function checkText(text: string, encoding: Encoding, source: string): void {
  const bad = text.indexOf('\uFFFD');
  if (bad !== -1) {
    let count = 0;
    for (let i = bad; i !== -1; i = text.indexOf('\uFFFD', i + 1)) count++;
    throw new IngestError(
      source,
      lineOfIndex(text, bad),
      `contains ${count} replacement character${count > 1 ? 's' : ''} (U+FFFD, shown as �) when read as ${LABEL[encoding]}: characters were lost when the file was converted earlier`,
      'get a clean copy of the speech, or retype the damaged characters, and save it as UTF-8',
    );
  }
  if (!NOT_BLANK.test(text)) {
    throw new IngestError(source, null, 'is empty (only whitespace)', 'add the speech text or remove the file');
  }
  const share = expectedShare(text);
  if (share < MIN_EXPECTED_SHARE) {
    throw new IngestError(
      source,
      null,
      `does not look like Chinese text in UTF-8, GB18030 or UTF-16: read as ${LABEL[encoding]}, only ${Math.floor(share * 100)}% of it is Chinese characters, ASCII or punctuation`,
      `check that it is the speech text; ${SAVE_AS_UTF8}`,
    );
  }
}

/** Decodes a raw speech file and names the encoding used; throws `IngestError` on anything doubtful. */
export function decodeRawWithEncoding(bytes: Uint8Array, source: string): { text: string; encoding: Encoding } {
  if (bytes.length === 0) {
    throw new IngestError(source, null, 'is empty (0 bytes)', 'add the speech text or remove the file');
  }
  for (const m of MAGIC) {
    if (startsWith(bytes, m.bytes)) {
      throw new IngestError(source, null, `looks like ${m.looks}, not plain text`, SAVE_AS_TEXT);
    }
  }
  let result: { text: string; encoding: Encoding };
  const marked = bomEncoding(bytes);
  if (marked !== 'utf-16le' && marked !== 'utf-16be') {
    const nul = bytes.indexOf(0);
    if (nul !== -1) refuseNul(bytes, source, nul);
  }
  if (marked) result = { text: decodeWith(marked, bytes, source), encoding: marked };
  else result = decodeUnmarked(bytes, source);
  checkText(result.text, result.encoding, source);
  return result;
}

/** Raw bytes → text (no BOM). Throws `IngestError` with a problem and a hint. */
export function decodeRaw(bytes: Uint8Array, source: string): string {
  return decodeRawWithEncoding(bytes, source).text;
}
