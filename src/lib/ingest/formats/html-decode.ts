/**
 * A saved web page's bytes → text. A byte-order mark decides; bytes that are
 * valid UTF-8 are UTF-8 (browsers save pages as UTF-8 and often leave the old
 * `gb2312` meta tag in place; Chinese GBK text is practically never valid UTF-8);
 * otherwise the charset the page declares (`<meta charset>` or `http-equiv`
 * Content-Type) is tried strictly, and when the page has none or the bytes are
 * not in it, the encoding is detected as for a .txt file (decode.ts).
 * Declared GB2312/GBK are read as GB18030, their superset; Big5 is read when declared.
 */
import { decodeRaw } from '../decode.ts';

const ALIASES: Record<string, string> = {
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  'gb_2312-80': 'gb18030',
  cp936: 'gb18030',
  utf8: 'utf-8',
  unicode: 'utf-16le',
};

/** The charset a page declares in its first 4 KB, lower-cased, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

function hasBom(bytes: Uint8Array): boolean {
  return (
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff)
  );
}

export function decodeHtml(bytes: Uint8Array, source: string): string {
  if (hasBom(bytes)) return decodeRaw(bytes, source);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: the declared charset, else detection.
  }
  const declared = declaredCharset(bytes);
  if (declared) {
    const label = ALIASES[declared] ?? declared;
    try {
      return new TextDecoder(label, { fatal: true }).decode(bytes);
    } catch {
      // Unknown label, or bytes that are not in it: detect instead.
    }
  }
  return decodeRaw(bytes, source);
}
