/**
 * Page-break chrome of a printed page or a PDF's text: what a printer or a PDF
 * puts at every page break — a page counter (`3`, `- 3 -`, `— 3 —`, `· 3 ·`,
 * `3/9`, `第3页 共9页`), a running head (a book's chapter, a handout's series, the
 * speech's own title), a browser's print header (print time and page title) and
 * footer (the page's URL with `n/N`). Found by recurrence, not by words:
 *
 *   - a line recurs: the same text once its digits are masked, two or more
 *     times, each copy at least a page's worth of lines after the one before;
 *   - a page break is where such lines stand together (only blank lines between)
 *     and either one of them carries a page counter whose number counts up by one
 *     from break to break, or a bare counting number stands with a recurring line,
 *     or the text before them stops mid-sentence and goes on after them;
 *   - a recurring line is chrome when two or more of its copies stand at page
 *     breaks: those copies go. A copy not at a break stays (the title at the top of
 *     the first page, which the running head repeats), unless the line carries the
 *     counter (the last page's footer);
 *   - a counter alone (`3`, `- 3 -`) between a full line of hard-wrapped text stopping
 *     mid-sentence and the line that goes on with it is a page number, recurring or not.
 *
 * The text around a break is rejoined by the wrapped-line rule (rewrap.ts), which
 * sees the removed lines as blank.
 */
import { hanCount, isLinkLike, len, nearestText } from './line-features.ts';
import { COUNTER, GAP, hasPageCounter } from './page-counter.ts';
import { detectWrapping } from './rewrap.ts';

export type PageBreakReason = 'page-number' | 'running-header' | 'running-footer';

export interface PageBreakLine {
  /** Index into the lines. */
  i: number;
  reason: PageBreakReason;
}

/** Fewest non-blank lines between one copy of a running line and the next (the last page aside): a page holds more, a table's row fewer. */
const MIN_PAGE_LINES = 10;

/** Non-blank lines strictly between lines a and b. */
function linesBetween(texts: readonly string[], a: number, b: number): number {
  let n = 0;
  for (let k = a + 1; k < b; k++) if (texts[k]!.trim()) n++;
  return n;
}
/** Longest running line (a print header with a long page title and a URL). */
const MAX_LINE = 120;
/** Most lines (blank lines included) that one page break's chrome spans. */
const MAX_BREAK_SPAN = 6;

/** Ends a sentence or a clause that stands alone (a salutation): such a line is the speech's. */
const CLOSED = /[。！？；：!?;:…][”’」』）)]*$/u;

/** A line that could be a running line: short, no sentence in it (a URL's `?` and `:` aside). */
function isCandidate(t: string): boolean {
  if (!t || len(t) > MAX_LINE || CLOSED.test(t)) return false;
  const words = t.replace(/https?:\/\/\S+|www\.\S+/giu, '');
  if (/[。！？；]/u.test(words) || (words.match(/[，,]/gu)?.length ?? 0) > 2) return false;
  // A wrapped line of prose (a clause break, then text cut mid-sentence): a passage the text repeats.
  if (/[，、]/u.test(t) && stopsMidSentence(t) && !hasPageCounter(t)) return false;
  return hanCount(t) >= 2 || /\d/.test(t) || isLinkLike(t);
}

/**
 * A line of running prose stopping mid-sentence: Chinese text of a dozen characters or more with
 * no wide gap in it (a cover's `某某处编　　2023年11月20日印` is no prose), ending in Chinese text or a
 * mark that cannot end a sentence.
 */
function stopsMidSentence(t: string): boolean {
  return len(t) >= 12 && hanCount(t) >= len(t) * 0.6 && !GAP.test(t) && /[\p{Script=Han}，、“‘《（—]$/u.test(t);
}

/** Text going on: a line of Chinese text. */
const goesOn = (t: string): boolean => hanCount(t) >= 2 && hanCount(t) >= len(t) * 0.5;

interface Group {
  at: number[];
  /** A page counter: one number counts up from copy to copy. */
  counts: boolean;
}

/** Whether one number counts up by one from copy to copy while every other number stays the same. */
function countsUp(texts: readonly string[], at: readonly number[]): boolean {
  const nums = at.map((i) => (texts[i]!.match(/\d+/gu) ?? []).map(Number));
  const width = nums[0]!.length;
  for (let p = 0; p < width; p++) {
    const steps = nums.every((n, k) => k === 0 || n[p] === nums[k - 1]![p]! + 1);
    const rest = nums.every((n) => n.every((v, q) => q === p || v === nums[0]![q]));
    if (steps && rest) return true;
  }
  return false;
}

/**
 * Counter lines of one shape (`#`, `- # -`) split into runs that count up, by one or by two
 * (a page whose number the copy lost): the same shape elsewhere (a table's numbers, a year
 * alone) is not a page's.
 */
function countingRuns(texts: readonly string[], at: readonly number[]): number[][] {
  const page = (i: number): number => {
    const t = texts[i]!.trim();
    const nums = (t.match(/\d+/gu) ?? []).map(Number);
    return (/^共/u.test(t) ? nums[nums.length - 1] : nums[0]) ?? NaN;
  };
  const runs: number[][] = [];
  for (const i of at) {
    const step = (r: number[]): number => page(i) - page(r[r.length - 1]!);
    const run = runs.find((r) => step(r) === 1) ?? runs.find((r) => step(r) === 2);
    if (run) run.push(i);
    else runs.push([i]);
  }
  return runs;
}

/** Groups of recurring candidate lines, keyed by their text with digits masked. */
function recurringGroups(texts: readonly string[]): Group[] {
  const byKey = new Map<string, number[]>();
  texts.forEach((raw, i) => {
    const t = raw.trim();
    if (!isCandidate(t)) return;
    const key = t.replace(/\s+/gu, ' ').replace(/\d+/gu, '#');
    const at = byKey.get(key);
    if (at) at.push(i);
    else byKey.set(key, [i]);
  });
  const groups: Group[] = [];
  for (const at of byKey.values()) {
    const first = texts[at[0]!]!.trim();
    const counter = COUNTER.test(first);
    for (const run of counter ? countingRuns(texts, at) : [at]) {
      if (run.length < 2) continue;
      const gaps = run.slice(1).map((i, k) => linesBetween(texts, run[k]!, i));
      // Page counters: pages of a page's worth of lines as a rule (a page with a figure holds few);
      // other running lines: every page but the last, which may be short.
      const sorted = [...gaps].sort((a, b) => a - b);
      const paged = counter
        ? sorted[Math.floor(sorted.length / 2)]! >= MIN_PAGE_LINES
        : !gaps.slice(0, -1).some((g) => g < MIN_PAGE_LINES) && gaps.at(-1)! >= (gaps.length === 1 ? MIN_PAGE_LINES : 1);
      // A running line is the same text on every page but for a page counter in it: numbers that
      // change otherwise (`附件1`…`附件4`, each attachment on a new page) are no running line's.
      const counts = counter || (hasPageCounter(first) && countsUp(texts, run));
      const same = new Set(run.map((i) => texts[i]!.trim().replace(/\s+/gu, ' '))).size === 1;
      if (paged && (counts || same)) groups.push({ at: run, counts });
    }
  }
  return groups;
}

/**
 * Lines of page-break chrome (indices into `texts`, in order), each with its reason:
 * `page-number` (a counter alone), `running-footer` (before the break's blank line),
 * `running-header` (after it, or a break with no blank line).
 */
export function pageBreakChrome(texts: readonly string[]): PageBreakLine[] {
  const groups = recurringGroups(texts);
  const groupOf = new Map<number, Group>();
  for (const g of groups) for (const i of g.at) groupOf.set(i, g);

  // Breaks: recurring lines standing together, only blank lines between.
  const members = [...groupOf.keys()].sort((a, b) => a - b);
  const clusters: number[][] = [];
  for (const i of members) {
    const last = clusters[clusters.length - 1];
    const prev = last?.[last.length - 1];
    const blankBetween = prev !== undefined && texts.slice(prev + 1, i).every((t) => !t.trim());
    if (last && prev !== undefined && blankBetween && i - last[0]! < MAX_BREAK_SPAN) last.push(i);
    else clusters.push([i]);
  }
  const near = (i: number, dir: -1 | 1): string => nearestText(texts, i, dir);
  // The wrapping, found only when a break or a lone counter asks for it.
  let wrap: ReturnType<typeof detectWrapping> | undefined;
  const full = (t: string): boolean => {
    wrap ??= detectWrapping(texts.filter((x) => x.trim()));
    return wrap !== null && len(t) >= wrap.width - wrap.slack - 2;
  };
  const isBreak = (c: number[]): boolean => {
    const counted = c.filter((i) => groupOf.get(i)!.counts);
    // A counter counting up by one from page to page.
    if (counted.some((i) => hasPageCounter(texts[i]!.trim()) && !/^\d+$/u.test(texts[i]!.trim()))) return true;
    // A bare counting number with a recurring line beside it (the running head).
    if (counted.some((i) => COUNTER.test(texts[i]!.trim())) && c.length > counted.length) return true;
    // In hard-wrapped text, a sentence cut by the lines: a full line stops before them and the text
    // goes on after them (a wiki's lines split at its links are not wrapped).
    const before = near(c[0]!, -1);
    return stopsMidSentence(before) && goesOn(near(c[c.length - 1]!, 1)) && full(before);
  };
  const breakOf = new Map<number, number[]>();
  for (const c of clusters) if (isBreak(c)) for (const i of c) breakOf.set(i, c);

  const breaks = new Set(breakOf.values()).size;
  const out: PageBreakLine[] = [];
  for (const g of groups) {
    const atBreaks = g.at.filter((i) => breakOf.has(i));
    if (atBreaks.length < 2) continue;
    // A running line stands at half the breaks or more (every page's, or every other page's);
    // a figure's labels that two pages share do not.
    if (!g.counts && atBreaks.length * 2 < breaks) continue;
    // The same text before and after two copies: a passage the text repeats, not a page's running line.
    const squeeze = (t: string): string => t.replace(/\s+/gu, '');
    const after = atBreaks.map((i) => squeeze(near(breakOf.get(i)!.at(-1)!, 1)));
    const before = atBreaks.map((i) => squeeze(near(breakOf.get(i)![0]!, -1)));
    const sameText = (k: number, m: number): boolean =>
      breakOf.get(atBreaks[k]!) !== breakOf.get(atBreaks[m]!) && after[m] === after[k] && before[m] === before[k];
    if (atBreaks.some((_, k) => atBreaks.some((__, m) => m > k && sameText(k, m)))) continue;
    for (const i of g.at) {
      const c = breakOf.get(i);
      // A copy away from every break stays, unless it carries the page counter.
      if (!c && !(g.counts && hasPageCounter(texts[i]!.trim()))) continue;
      const t = texts[i]!.trim();
      // Before the break's blank line a footer, after it a header; a copy away from the breaks
      // (the counter line of the last page) a footer once the text is past the first break.
      const footer = c ? texts.slice(i + 1, c[c.length - 1]! + 1).some((x) => !x.trim()) : i > atBreaks[0]!;
      const reason: PageBreakReason = COUNTER.test(t) ? 'page-number' : footer ? 'running-footer' : 'running-header';
      out.push({ i, reason });
    }
  }
  // A counter alone that no recurrence shows (the one page number a short copy has), where it cuts
  // a sentence of hard-wrapped text in two.
  const taken = new Set(out.map((x) => x.i));
  texts.forEach((raw, i) => {
    const t = raw.trim();
    if (taken.has(i) || !COUNTER.test(t)) return;
    const before = near(i, -1);
    if (stopsMidSentence(before) && goesOn(near(i, 1)) && full(before)) out.push({ i, reason: 'page-number' });
  });
  return out.sort((a, b) => a.i - b.i);
}
