/**
 * Traditional → simplified folding of a query. The archive is in simplified
 * characters; a reader may type 兩個維護. The table is made at build time
 * (`/search/t2s.json`) and holds only the characters whose simplified form
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
