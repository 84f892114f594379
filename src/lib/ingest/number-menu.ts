/**
 * A menu of bare numbers above the text: an archive's years (`2024　2023　2022 …`) or issues,
 * written as rows or as a column. Found by its shape, not its words: every item a bare number
 * (a year may carry `年`), the numbers running one way (down or up), five or more on a row, or
 * three or more lines of one number each. A table's row of figures inside a document is not
 * judged here: only lines above the body are.
 */

/** A bare number as a menu item: up to four digits, maybe with `年` or `期`. */
const ITEM = /^(\d{1,4})[年期]?$/u;
/** Items of a row split by spaces, bars or dots. */
const SPLIT = /[\s\u3000|｜·•/／]+/u;
/** Fewest items on one row, fewest lines of a column. */
const MIN_ROW = 5;
const MIN_COLUMN = 3;

/** The numbers of a line that is only bare numbers (null otherwise). */
function numbersOf(t: string): number[] | null {
  const items = t.trim().split(SPLIT).filter(Boolean);
  const nums: number[] = [];
  for (const x of items) {
    const m = ITEM.exec(x);
    if (!m) return null;
    nums.push(Number(m[1]));
  }
  return nums.length ? nums : null;
}

/** Whether the numbers run one way: each smaller than the one before, or each larger. */
function oneWay(nums: readonly number[]): boolean {
  const down = nums.every((n, k) => k === 0 || n < nums[k - 1]!);
  const up = nums.every((n, k) => k === 0 || n > nums[k - 1]!);
  return down || up;
}

/** Indices (below `end`) of the lines that form a menu of bare numbers. */
export function numberMenuLines(texts: readonly string[], end: number): number[] {
  const out: number[] = [];
  const filled: { i: number; nums: number[] | null }[] = [];
  for (let i = 0; i < Math.min(end, texts.length); i++) if (texts[i]!.trim()) filled.push({ i, nums: numbersOf(texts[i]!) });
  for (let k = 0; k < filled.length; ) {
    // A block of consecutive lines that are only numbers.
    let e = k;
    while (e < filled.length && filled[e]!.nums) e++;
    const block = filled.slice(k, e);
    if (block.length) {
      const all = block.flatMap((b) => b.nums!);
      const rows = block.some((b) => b.nums!.length >= MIN_ROW);
      const column = block.length >= MIN_COLUMN && block.every((b) => b.nums!.length === 1);
      if ((rows || column) && oneWay(all)) out.push(...block.map((b) => b.i));
    }
    k = Math.max(e, k + 1);
  }
  return out;
}
