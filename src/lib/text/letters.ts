/**
 * Letters and digits (`\p{L}`, `\p{N}`): what sentence keys and sentence hashes keep of
 * a text. Ideographs of the basic block and ASCII are decided without a regex; any other
 * code point once, then remembered.
 */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const seen = new Map<number, boolean>();

/** Whether the code point `cp` is a letter or a digit. */
export function isLetterOrDigit(cp: number): boolean {
  if (cp >= 0x4e00 && cp <= 0x9fff) return true;
  if (cp < 0x80) return (cp >= 0x30 && cp <= 0x39) || ((cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a);
  let word = seen.get(cp);
  if (word === undefined) seen.set(cp, (word = LETTER_OR_DIGIT.test(String.fromCodePoint(cp))));
  return word;
}
