/**
 * Traditional → simplified folding of a query. The archive is in simplified
 * characters; a reader may type 兩個維護. The table is made at build time
 * (`/search/t2s.json.gz`) and holds only the characters whose simplified form
 * occurs in the archive, so it stays small.
 */
export type FoldTable = Record<string, string>;

export function foldQuery(text: string, table: FoldTable): string {
  let out = '';
  for (const ch of text) out += table[ch] ?? ch;
  return out;
}

/**
 * Builds the table: every CJK character that `toSimplified` changes into one that is in
 * `charset`. `toSimplified` converts one character (OpenCC's t→cn at build time).
 */
export function buildFoldTable(charset: ReadonlySet<string>, toSimplified: (ch: string) => string): FoldTable {
  const table: FoldTable = {};
  for (let cp = 0x3400; cp <= 0x9fff; cp++) {
    const ch = String.fromCodePoint(cp);
    const s = toSimplified(ch);
    if (s !== ch && [...s].length === 1 && charset.has(s)) table[ch] = s;
  }
  return table;
}

/**
 * Every character (code point) in `texts`. A flag per code point and a plain loop over
 * code units: iterating 40 million characters as strings took seconds at 10,000 speeches.
 */
export function charactersOf(texts: Iterable<string>): Set<string> {
  const seen = new Uint8Array(0x110000);
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) {
      const cp = text.codePointAt(i)!;
      seen[cp] = 1;
      if (cp > 0xffff) i++;
    }
  }
  const out = new Set<string>();
  seen.forEach((flag, cp) => {
    if (flag) out.add(String.fromCodePoint(cp));
  });
  return out;
}
