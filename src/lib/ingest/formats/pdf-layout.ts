/**
 * A PDF's positioned text → paragraphs. Pure: works on the items a PDF text
 * layer gives (string, x, y of the baseline, width, font height), page by page.
 *
 *   - items on one baseline make a line, in x order (a space where a gap
 *     between Latin letters or digits shows one);
 *   - running headers, footers and page numbers: among a page's two top and two
 *     bottom lines, the same line at the same height on most pages (digits
 *     aside on the outermost line: `第 3 页` in a footer), or a page-number shape (`第 3 页 共
 *     9 页`, `- 3 -`, `3/9`) at a page's top or bottom edge — removed, each
 *     reported with its page; a copy set larger than the others (the title on its first page,
 *     which a running head repeats on the pages after) stays;
 *   - hard-wrapped lines are joined: a line that reaches the right margin goes
 *     on in the next one unless that one is indented, set in another size, or
 *     further down than the line spacing; a short line ends its paragraph.
 *     Two centred lines of one size (a title broken over two lines) are joined too.
 *     Notes in smaller type at a page's foot follow the paragraph they interrupt.
 */

export interface PdfItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface PdfPage {
  items: PdfItem[];
  width: number;
  height: number;
}

export interface PdfLine {
  text: string;
  /** left edge, right edge, baseline, font size (points) */
  x: number;
  right: number;
  y: number;
  size: number;
  /** 1-based page */
  page: number;
  pageHeight: number;
}

export interface RunningLine {
  line: PdfLine;
  reason: 'pdf-page-number' | 'pdf-running-header' | 'pdf-running-footer';
}

/**
 * Letter-spaced lines (`同 志 们 ：`, a PDF made from text set with spacing or
 * justified by distributing characters): when most neighbouring Chinese
 * characters of a line are a space apart, those spaces are layout, not text.
 */
export function closeLetterSpacing(text: string): string | null {
  const pairs = text.match(/[\p{Script=Han}\u3000-\u303f\uff00-\uffef](?=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])/gu)?.length ?? 0;
  const spaced = text.match(/[\p{Script=Han}\u3000-\u303f\uff00-\uffef] (?=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])/gu)?.length ?? 0;
  if (spaced < 2 || spaced < 2 * pairs) return null;
  return text.replace(/([\p{Script=Han}\u3000-\u303f\uff00-\uffef]) (?=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])/gu, '$1');
}

const LATIN_END = /[A-Za-z0-9]$/;
const LATIN_START = /^[A-Za-z0-9]/;

/** The lines of one page, top to bottom. */
export function linesOfPage(page: PdfPage, pageNo: number): PdfLine[] {
  const items = page.items.filter((i) => i.str.length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PdfItem[][] = [];
  for (const it of items) {
    const row = rows.find((r) => Math.abs(r[0]!.y - it.y) <= 0.4 * Math.max(it.height, r[0]!.height, 1));
    if (row) row.push(it);
    else rows.push([it]);
  }
  const lines: PdfLine[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    const size = Math.max(...row.map((i) => i.height));
    let text = '';
    let end = -Infinity;
    for (const it of row) {
      const gap = it.x - end;
      if (text && gap > 0.25 * size && LATIN_END.test(text) && LATIN_START.test(it.str)) text += ' ';
      text += it.str;
      end = Math.max(end, it.x + it.width);
    }
    const visible = row.filter((i) => i.str.trim());
    if (!text.trim() || !visible.length) continue;
    lines.push({
      text: text.trim(),
      x: Math.min(...visible.map((i) => i.x)),
      right: Math.max(...visible.map((i) => i.x + i.width)),
      y: row[0]!.y,
      size: size || Math.max(...visible.map((i) => i.height)),
      page: pageNo,
      pageHeight: page.height,
    });
  }
  return lines.sort((a, b) => b.y - a.y);
}

const PAGE_NUMBER =
  /^(?:[-–—－]?\d{1,4}[-–—－]?|第\d{1,4}页(?:[,，、/]?共\d{1,4}页)?|共\d{1,4}页[,，]?第\d{1,4}页|\d{1,4}\/\d{1,4}|page\d{1,4}(?:of\d{1,4})?|[ivxlc]{1,6})$/i;

export const isPageNumber = (text: string): boolean => PAGE_NUMBER.test(text.replace(/\s+/g, ''));

/** A line this much larger than its running copies is a title they repeat. */
const TITLE_SIZE = 1.15;

/** Running headers, footers and page numbers among the lines of all pages. */
export function findRunning(pages: readonly PdfLine[][]): RunningLine[] {
  const n = pages.length;
  const minPages = n >= 3 ? Math.ceil(n / 2) : 2;
  const groups = new Map<string, PdfLine[]>();
  for (const lines of pages) {
    // Only a page's outermost lines (two at the top, two at the bottom) can be running lines.
    // Digits count as the same (a page number inside a header) only on the very first or last line.
    const outer = lines.length <= 4 ? lines : [...lines.slice(0, 2), ...lines.slice(-2)];
    for (const l of outer) {
      const edge = l === lines[0] || l === lines[lines.length - 1];
      const key = edge ? `#${l.text.replace(/\s+/g, '').replace(/\d+/g, '#')}` : `=${l.text.replace(/\s+/g, '')}`;
      const list = groups.get(key) ?? [];
      list.push(l);
      groups.set(key, list);
    }
  }
  const running = new Set<PdfLine>();
  for (const list of groups.values()) {
    for (const l of list) {
      const same = list.filter((o) => Math.abs(o.y - l.y) <= 3);
      // A title the running head repeats (set larger on its first page) is the title, not a running line.
      const size = median(same.filter((o) => o !== l).map((o) => o.size));
      if (new Set(same.map((o) => o.page)).size >= minPages && l.size <= size * TITLE_SIZE) running.add(l);
    }
  }
  // A page number alone at a page's edge, repeated or not (a one-page PDF, a number on odd pages only).
  for (const lines of pages) {
    for (const l of lines) {
      const edge = l.y >= 0.9 * l.pageHeight || l.y <= 0.1 * l.pageHeight;
      if (edge && isPageNumber(l.text)) running.add(l);
    }
  }
  return [...running].map((line) => ({
    line,
    reason: isPageNumber(line.text) ? 'pdf-page-number' : line.y > line.pageHeight / 2 ? 'pdf-running-header' : 'pdf-running-footer',
  }));
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
}

function quantile(values: number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))]! : 0;
}

export interface Paragraph {
  text: string;
  /** how many printed lines were joined into it */
  lines: number;
  /** indexes of those lines in the input */
  from: number[];
}

/** Body lines (reading order, running lines removed) → paragraphs. */
export function joinParagraphs(lines: readonly PdfLine[]): Paragraph[] {
  if (!lines.length) return [];
  const counts = new Map<number, number>();
  for (const l of lines) counts.set(Math.round(l.x), (counts.get(Math.round(l.x)) ?? 0) + 1);
  const left =
    Math.min(...[...counts].filter(([, c]) => c >= Math.max(2, 0.1 * lines.length)).map(([x]) => x), ...(counts.size ? [] : [0])) ||
    Math.min(...lines.map((l) => l.x));
  const rightEdge = quantile(
    lines.map((l) => l.right),
    0.9,
  );
  const spacings: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    if (a.page === b.page && Math.abs(a.size - b.size) < 0.2 * a.size) spacings.push(a.y - b.y);
  }
  const spacing = median(spacings) || 2 * median(lines.map((l) => l.size));
  const full = (l: PdfLine): boolean => l.right >= rightEdge - 1.2 * l.size;
  const indented = (l: PdfLine): boolean => l.x > left + 0.8 * l.size;
  const bodySize = median(lines.map((l) => l.size));
  const balanced = (l: PdfLine): boolean => Math.abs(l.x - left - (rightEdge - l.right)) < 1.5 * l.size;
  const centred = (l: PdfLine): boolean => indented(l) && balanced(l);
  const goesOn = (a: PdfLine, b: PdfLine): boolean => {
    if (Math.abs(a.size - b.size) >= 0.2 * a.size) return false;
    if (a.page === b.page && a.y - b.y > 1.3 * Math.max(spacing, a.size)) return false;
    // A centred title over two lines: the first as wide as the page or centred too, set larger than the body or both centred.
    if (centred(b)) return balanced(a) && (centred(a) || a.size > 1.1 * bodySize) && a.right - a.x >= 0.6 * (rightEdge - left);
    return full(a) && !indented(b);
  };
  // Notes at a page's foot (smaller type below its last body line) would cut a paragraph
  // that goes on over the page: they are set aside and follow that paragraph.
  const notes = new Set<number>();
  for (let i = lines.length - 1, page = -1, inFoot = false; i >= 0; i--) {
    const l = lines[i]!;
    if (l.page !== page) {
      page = l.page;
      inFoot = true;
    }
    if (inFoot && l.size < 0.85 * bodySize) notes.add(i);
    else inFoot = false;
  }
  const out: Paragraph[] = [];
  const join = (into: Paragraph, l: PdfLine, i: number): void => {
    into.text += LATIN_END.test(into.text) && LATIN_START.test(l.text) ? ` ${l.text}` : l.text;
    into.lines++;
    into.from.push(i);
  };
  let pending: number[] = [];
  const flushNotes = (): void => {
    let note: Paragraph | null = null;
    let last: PdfLine | null = null;
    for (const i of pending) {
      const l = lines[i]!;
      if (note && last && goesOn(last, l)) join(note, l, i);
      else out.push((note = { text: l.text, lines: 1, from: [i] }));
      last = l;
    }
    pending = [];
  };
  let cur: Paragraph | null = null;
  let prev: PdfLine | null = null;
  lines.forEach((l, i) => {
    if (notes.has(i)) {
      pending.push(i);
      return;
    }
    if (cur && prev && goesOn(prev, l)) join(cur, l, i);
    else {
      flushNotes();
      out.push((cur = { text: l.text, lines: 1, from: [i] }));
    }
    prev = l;
  });
  flushNotes();
  return out;
}

/** `一、 回望…` → `一、回望…`: the space a layout puts after a list marker is not part of the text. */
const MARKER_SPACE =
  /^((?:[一二三四五六七八九十百]+|\d{1,2})[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|第[一二三四五六七八九十]+[，,、]?)[ \u3000\u00a0]+(?=\S)/;

export function closeMarkerSpace(text: string): string | null {
  const m = MARKER_SPACE.exec(text);
  return m ? m[1]! + text.slice(m[0].length) : null;
}
