/**
 * Hard-wrapped text: a copy of a PDF or of a fixed-width page in which every
 * line was cut at a width (~30–40 characters), whatever the sentence. Read one
 * line to a paragraph, each cut would become a paragraph of its own; the lines
 * are rejoined here into the author's paragraphs.
 *
 * Wrapping is found from the text's own evidence, not from a width set in
 * advance:
 *   - the line-length distribution: many lines of Chinese prose share one
 *     width W (exactly, for a copy wrapped by character count; within a few
 *     characters, for a PDF's lines of one measure), and lines longer than that
 *     are rare;
 *   - sentence ends: most lines of that width stop mid-sentence (a copy with
 *     one paragraph to a line ends nearly every line with 。！？).
 * Then a line of the full width goes on in the next line, unless
 *   - the next line opens with an outline marker (`一、` `（一）` `第一，` `1.`):
 *     a heading or a point starts there, never joined across;
 *   - the text marks paragraphs by indent (some lines indented, most not) and
 *     the next line is indented;
 *   - the full line ends a sentence and then a blank line follows, or the next
 *     line is not prose (a date, an issuing line, a name): a paragraph may end
 *     exactly at the width.
 * A line that stops short of the width ends its paragraph (a paragraph's last
 * line, a heading, a title, a date). A full line that stops mid-sentence is
 * joined even across blank lines: what stood between was a page break (its
 * running header and page number already removed as noise).
 *
 * Characters are never changed: the joined lines are concatenated as written
 * (the newline and the next line's leading layout space were the wrapper's),
 * with one space only between two Latin letters or digits. Every paragraph
 * rejoined is reported as a repair `rejoin-wrapped` with the width and its
 * evidence.
 *
 * The PDF reader (formats/pdf-layout.ts) rejoins from geometry (right margin,
 * indent, line spacing), which it has and a text file has not; its output comes
 * here with its paragraphs already whole and no width shared by most lines, so
 * this rule finds nothing more to do on it.
 */
import { markerAt } from './outline-markers.ts';
import { hanCount, isLinkLike, len } from './line-features.ts';
import { hasPageCounter } from './page-counter.ts';
import type { Repair } from './types.ts';
import { concat, lineAt, traced } from './traced.ts';
import type { Traced } from './traced.ts';

/** Ends a sentence or a clause that closes a paragraph. */
const SENTENCE_END = /[。！？；：!?…][”’」』）)]*$/u;
/** An article or chapter of a rule text opens here: `第七条 `, `第二章 `. */
const ARTICLE = /^第[一二三四五六七八九十百零〇]+[条章节款]/u;
const INDENT = /^(?:[\u3000]|[ \u00A0]{2,})/u;

/** Shortest width taken as hard wrapping (shorter lines are titles, menus, lists). */
const MIN_WIDTH = 14;
/** Widest: a fixed-width page or a PDF line of Chinese text is not wider than this. */
const MAX_WIDTH = 100;
/** Lines of the width needed, and their share among prose lines. */
const MIN_WRAPPED = 5;
const MIN_SHARE = 0.3;
/** Share of lines of the width that must stop mid-sentence. */
const MID_SENTENCE_SHARE = 0.6;

export interface WrapEvidence {
  /** The width lines are cut at (characters, layout indent included). */
  width: number;
  /** How far short of the width a line still counts as full (0: cut by character count). */
  slack: number;
  /** Lines of the width, and how many of them stop mid-sentence. */
  full: number;
  midSentence: number;
  /** Paragraphs marked by indented first lines. */
  indented: boolean;
  /** How line width is measured. */
  measure: Measure;
  /** Lines that stop mid-sentence at exactly the width. */
  exact: number;
}

/**
 * Width of a line as wrapped: leading layout space counts (an indent takes room),
 * trailing does not. Measured two ways: in characters (a copy cut by character
 * count) or as printed (a PDF's line: Latin letters, digits and ASCII spaces take
 * half a Chinese character's room); the measure that finds more lines of one width wins.
 */
export type Measure = 'chars' | 'printed';
function widthOfAs(t: string, measure: Measure): number {
  const s = t.trimEnd();
  if (measure === 'chars') return len(s);
  let w = 0;
  for (const ch of s) w += ch.codePointAt(0)! < 0x2000 ? 0.5 : 1;
  return Math.round(w);
}

/** A line of Chinese prose, as wrapping leaves it: mostly Han characters. */
function isProse(t: string): boolean {
  const s = t.trim();
  return len(s) >= 8 && hanCount(s) >= len(s) * 0.6;
}

/**
 * Whether `texts` (non-blank logical lines) are hard-wrapped, and at what
 * width. Null when they are not.
 */
export function detectWrapping(texts: readonly string[]): WrapEvidence | null {
  const a = detectWith(texts, 'chars');
  const b = detectWith(texts, 'printed');
  // The measure under which more lines have exactly the one width (a copy cut by character count
  // has its lines all of one length in characters; a PDF's, of one printed width).
  if (a && b) return b.exact > a.exact ? b : a;
  return a ?? b;
}

function detectWith(texts: readonly string[], measure: Measure): WrapEvidence | null {
  const widthOf = (t: string): number => widthOfAs(t, measure);
  const prose = texts.filter(isProse);
  if (prose.length < MIN_WRAPPED) return null;
  // The width: the commonest length among prose lines that stop mid-sentence.
  const counts = new Map<number, number>();
  for (const t of prose) {
    if (SENTENCE_END.test(t.trim())) continue;
    const w = widthOf(t);
    if (w >= MIN_WIDTH && w <= MAX_WIDTH) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  let width = 0;
  let best = 0;
  for (const [w, n] of counts) {
    // Near widths count too (a PDF's lines of one measure differ by a character or two); the widest wins a tie.
    const near = n + (counts.get(w - 1) ?? 0) + (counts.get(w - 2) ?? 0);
    if (near > best || (near === best && w > width)) {
      best = near;
      width = w;
    }
  }
  if (!width) return null;
  const exact = counts.get(width) ?? 0;
  // Cut by character count: the width itself holds most; else allow a PDF's few characters of play.
  const slack = exact >= best * 0.8 ? 0 : Math.max(2, Math.round(width * 0.08));
  const isFull = (t: string): boolean => {
    const w = widthOf(t);
    return w >= width - slack && w <= width + Math.max(3, Math.round(width * 0.15));
  };
  const full = prose.filter(isFull);
  const midSentence = full.filter((t) => !SENTENCE_END.test(t.trim())).length;
  // Lines much wider than the width: a copy with one paragraph to a line.
  const wider = prose.filter((t) => widthOf(t) > width + Math.max(3, Math.round(width * 0.15))).length;
  if (full.length < MIN_WRAPPED || full.length < prose.length * MIN_SHARE) return null;
  if (midSentence < full.length * MID_SENTENCE_SHARE || wider > full.length * 0.25) return null;
  const indentedLines = prose.filter((t) => INDENT.test(t)).length;
  const indented = indentedLines > 0 && indentedLines < prose.length * 0.6;
  return { width, slack, full: full.length, midSentence, indented, measure, exact };
}

/** Joins the text of `b` onto `a` as one line of the same paragraph. */
function joinLine(a: Traced, b: Traced): Traced {
  const left = { ...a, text: a.text.trimEnd() };
  const lead = b.text.length - b.text.trimStart().length;
  const right: Traced = {
    text: b.text.slice(lead),
    starts: b.starts.map((s) => ({ offset: Math.max(0, s.offset - lead), line: s.line })),
  };
  const latin = /[A-Za-z0-9]$/.test(left.text) && /^[A-Za-z0-9]/.test(right.text);
  return concat(latin ? concat(left, traced(' ', lineAt(right, 0))) : left, right);
}

/**
 * Rejoins hard-wrapped lines. `logical`: non-blank lines in order; `blankBefore[i]`:
 * a blank (or removed) line stood before line i. Returns the lines, joined
 * where wrapped, and one repair per paragraph rejoined.
 */
export function rejoinWrapped(
  logical: readonly Traced[],
  blankBefore: readonly boolean[],
): { logical: Traced[]; repairs: Repair[]; evidence: WrapEvidence | null } {
  const evidence = detectWrapping(logical.map((t) => t.text));
  if (!evidence) return { logical: [...logical], repairs: [], evidence };
  const { width, slack, indented, measure } = evidence;
  const widthOf = (t: string): number => widthOfAs(t, measure);
  const isFull = (t: string): boolean => {
    const w = widthOf(t);
    return w >= width - slack && w <= width + Math.max(3, Math.round(width * 0.15));
  };
  const out: Traced[] = [];
  const repairs: Repair[] = [];
  let joinedLines = 0;
  const report = (p: Traced): void => {
    if (!joinedLines) return;
    const first = [...p.text.trim()].slice(0, 10).join('');
    repairs.push({
      kind: 'rejoin-wrapped',
      detail: `${joinedLines + 1} lines hard-wrapped at ${width}${slack ? `±${slack}` : ''} characters${measure === 'printed' ? ' (as printed)' : ''} rejoined into one paragraph (${first}…): ${evidence.midSentence} of ${evidence.full} lines of that width stop mid-sentence${indented ? '; paragraphs start at indented lines' : ''}`,
      line: lineAt(p, 0),
    });
  };
  for (let i = 0; i < logical.length; i++) {
    const cur = logical[i]!;
    const prev = out[out.length - 1];
    const prevRaw = i > 0 ? logical[i - 1]!.text : '';
    if (prev && i > 0 && continues(prevRaw, cur.text, blankBefore[i] ?? false, isFull, indented, width, widthOf)) {
      out[out.length - 1] = joinLine(prev, cur);
      joinedLines++;
      continue;
    }
    if (prev) report(prev);
    joinedLines = 0;
    out.push(cur);
  }
  const last = out[out.length - 1];
  if (last) report(last);
  return { logical: out, repairs, evidence };
}

/** True when raw line `next` goes on the paragraph whose last raw line is `line`. */
function continues(
  line: string,
  next: string,
  blank: boolean,
  isFull: (t: string) => boolean,
  indented: boolean,
  width: number,
  widthOf: (t: string) => number,
): boolean {
  if (!isProse(line) || !isFull(line)) return false;
  const n = next.trim();
  if (!n) return false;
  // A page's chrome never goes on a paragraph: a link, a page counter (`- 3 -`, `3/9`, `第3页`).
  if (hasPageCounter(n) || (hanCount(n) === 0 && isLinkLike(n))) return false;
  // A heading or a point opens here (a series word like 一是 only after a finished sentence:
  // `一定`, `一些` are words that a cut may put first).
  const marker = markerAt(n);
  const ended = SENTENCE_END.test(line.trim());
  if ((marker && (!marker.series || ended)) || ARTICLE.test(n)) return false;
  if (indented && INDENT.test(next)) return false;
  if (!ended) return true;
  // A PDF's lines vary by a character or two: a sentence ending short of the commonest width ends its paragraph.
  if (widthOf(line) < width) return false;
  // A sentence ends exactly at the width: the paragraph goes on only when prose follows at once.
  return !blank && (isFull(next) || (isProse(next) && /[。！？；，、：]/.test(n)));
}
