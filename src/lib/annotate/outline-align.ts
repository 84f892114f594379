/**
 * Outlines side by side: the top-level parts of several speeches, aligned into rows
 * where their headings share wording, so a writer sees what a 动员会 or 推进会 speech
 * usually covers and in which order.
 *
 * Pure. Input per speech is the minimal `{ marker, label }[]` in speech order, so it
 * does not depend on how the outline type marks levels (`topLevel` picks the parts).
 *
 * Method (progressive alignment, like aligning several sequences one at a time):
 *  - similarity of two labels = Dice coefficient of their character-bigram sets
 *    (punctuation and spaces dropped): 2·|A∩B| / (|A|+|B|);
 *  - a part may join a row when it is at least `minSimilarity` like some label
 *    already in that row (the best such label counts);
 *  - each speech in turn is aligned against the rows so far by dynamic programming
 *    that keeps both orders (a monotone matching maximising total similarity); a part
 *    that matches no row gets a new row of its own, placed between its neighbours.
 *  - runs of parts that matched nothing are then packed side by side, in order.
 * Every part of every speech lands in exactly one row, in its speech's order:
 * nothing is dropped.
 */

/** One top-level part of a speech's outline. */
export interface OutlineHead {
  /** The marker as written: `第一`, `一、` … */
  marker: string;
  /** The heading's wording. */
  label: string;
}

/** A row of the side-by-side view: for each speech (column), the index of its part here, or null. */
export interface AlignedRow {
  cells: (number | null)[];
  /** True when the row's parts were put together for their wording (two parts or more). */
  aligned: boolean;
  /** Wording the row's parts share (two characters or more, longest first), for a row of two parts or more. */
  shared: string[];
}

export interface AlignOptions {
  /** Least Dice similarity for two labels to share a row; default 0.2. */
  minSimilarity?: number;
}

/** Items of an outline that are top-level parts, as they are (ids and all): those of the smallest depth. */
export function topLevel<T extends OutlineHead & { depth: number }>(outline: readonly T[]): T[] {
  if (!outline.length) return [];
  const top = Math.min(...outline.map((o) => o.depth));
  return outline.filter((o) => o.depth === top);
}

const NOT_WORDING = /[\s\p{P}\p{S}]/u;

/** The set of character bigrams of a label's wording (punctuation and spaces dropped). */
export function bigrams(label: string): Set<string> {
  const chars = [...label].filter((c) => !NOT_WORDING.test(c));
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

/** Dice coefficient of two bigram sets, 0…1. */
export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size || !b.size) return 0;
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  return (2 * common) / (a.size + b.size);
}

/** Aligns the outlines (one array per speech, in column order) into rows, top to bottom. */
export function alignOutlines(columns: readonly (readonly OutlineHead[])[], options: AlignOptions = {}): AlignedRow[] {
  const min = options.minSimilarity ?? 0.2;
  const grams = columns.map((col) => col.map((h) => bigrams(h.label)));
  /**
   * Rows so far: the column's part index per column, the bigram sets of their labels, and
   * the bigrams every one of them has (`core`): a part joins a row only if it shares one of
   * those too, so a row never chains parts that have nothing in common (关于人民生活 →
   * 关于政法工作 through 关于).
   */
  let rows: { cells: (number | null)[]; members: Set<string>[]; core: Set<string> }[] = [];
  columns.forEach((col, c) => {
    const m = rows.length;
    const n = col.length;
    const score = (r: number, j: number) => {
      const row = rows[r]!;
      const part = grams[c]![j]!;
      if (![...row.core].some((g) => part.has(g))) return 0;
      return Math.max(0, ...row.members.map((g) => similarity(g, part)));
    };
    // best[r][j]: best total over rows[0..r) and parts[0..j).
    const best = Array.from({ length: m + 1 }, () => new Float64Array(n + 1));
    const move = Array.from({ length: m + 1 }, () => new Uint8Array(n + 1)); // 1 match, 2 skip row, 3 skip part
    for (let r = 0; r <= m; r++) {
      for (let j = 0; j <= n; j++) {
        if (r === 0 && j === 0) continue;
        let value = -1;
        let how = 0;
        if (r > 0 && j > 0) {
          const s = score(r - 1, j - 1);
          if (s >= min && best[r - 1]![j - 1]! + s > value) {
            value = best[r - 1]![j - 1]! + s;
            how = 1;
          }
        }
        // Between two equal skips, the one further down its own list goes last, so
        // unmatched parts interleave by their relative place (first parts near the top).
        const skipRow = r > 0 ? best[r - 1]![j]! : -1;
        const skipPart = j > 0 ? best[r]![j - 1]! : -1;
        const rowLater = (r - 0.5) / Math.max(m, 1) >= (j - 0.5) / Math.max(n, 1);
        if (r > 0 && skipRow > value && (skipRow > skipPart || rowLater)) {
          value = skipRow;
          how = 2;
        }
        if (j > 0 && skipPart > value) {
          value = skipPart;
          how = 3;
        }
        best[r]![j] = value;
        move[r]![j] = how;
      }
    }
    // Trace back into a merged row order.
    const merged: typeof rows = [];
    let r = m;
    let j = n;
    while (r > 0 || j > 0) {
      const how = move[r]![j]!;
      if (how === 1) {
        const row = rows[r - 1]!;
        row.cells[c] = j - 1;
        row.members.push(grams[c]![j - 1]!);
        row.core = new Set([...row.core].filter((g) => grams[c]![j - 1]!.has(g)));
        merged.push(row);
        r--;
        j--;
      } else if (how === 2) {
        merged.push(rows[r - 1]!);
        r--;
      } else {
        const cells: (number | null)[] = columns.map(() => null);
        cells[c] = j - 1;
        merged.push({ cells, members: [grams[c]![j - 1]!], core: grams[c]![j - 1]! });
        j--;
      }
    }
    rows = merged.reverse();
  });
  const aligned = rows.map(({ cells, members }) => ({ cells, aligned: members.length > 1 }));
  return pack(aligned, columns.length).map(({ cells, aligned }) => ({
    cells,
    aligned,
    shared: aligned ? sharedWording(cells.flatMap((i, c) => (i === null ? [] : [columns[c]![i]!.label]))) : [],
  }));
}

/**
 * Runs of rows with a single part between aligned rows are packed: the k-th unaligned
 * part of each speech in the run shares the k-th row, so parts that match nothing still
 * stand side by side in their order rather than one per row.
 */
function pack(rows: { cells: (number | null)[]; aligned: boolean }[], width: number): { cells: (number | null)[]; aligned: boolean }[] {
  const out: { cells: (number | null)[]; aligned: boolean }[] = [];
  let run: (number | null)[][] = [];
  const flush = () => {
    const perColumn = Array.from({ length: width }, (_, c) => run.map((cells) => cells[c]!).filter((i): i is number => i !== null));
    const height = Math.max(0, ...perColumn.map((l) => l.length));
    for (let k = 0; k < height; k++) out.push({ cells: perColumn.map((l) => l[k] ?? null), aligned: false });
    run = [];
  };
  for (const row of rows) {
    if (row.aligned) {
      flush();
      out.push(row);
    } else run.push(row.cells);
  }
  flush();
  return out;
}

/**
 * Substrings (two characters or more, with a letter: `202` of two years is no wording)
 * that every label contains, maximal ones only,
 * longest first: `上下功夫` for `在巩固整改成效上下功夫` and `要在推动整改深化上下功夫`.
 */
export function sharedWording(labels: readonly string[]): string[] {
  if (labels.length < 2) return [];
  const [first, ...rest] = [...labels].sort((a, b) => a.length - b.length).map((l) => [...l]);
  const found: string[] = [];
  const chars = first!;
  for (let len = chars.length; len >= 2; len--) {
    for (let i = 0; i + len <= chars.length; i++) {
      const piece = chars.slice(i, i + len).join('');
      if ([...piece].some((ch) => NOT_WORDING.test(ch)) || !/\p{L}/u.test(piece)) continue;
      if (found.some((f) => f.includes(piece))) continue;
      if (rest.every((l) => l.join('').includes(piece))) found.push(piece);
    }
  }
  return found;
}
