/**
 * A slide deck's notes pages exported as text (`备注页`): every page prints its slide's number
 * (`幻灯片 3`, `Slide 3`), the slide's own text (title, bullets), a notes label (`备注：`) and the
 * notes, and often the page number after them. The notes are what was read out; the rest is the
 * deck's. Found by the repeating page structure, not the words: a short marker line whose shape
 * (number masked) recurs three or more times, counting up by one, and a short label line with no
 * number found exactly once in every page the markers open. The first page's slide text is the
 * deck's cover (its title block) and is left to the header; a page's slide text after it goes; the
 * lines above the first page are the export's head only when there is such a cover. In
 * the notes, a line wholly in brackets (`（本页读完后暂停…）`, no dateline) is the reader's direction.
 */
import { isDateline } from './dates.ts';
import { hanCount, len } from './line-features.ts';

export interface NotesPages {
  /** Slide markers and the notes labels. */
  marks: number[];
  /** The slides' own text, from the second page on. */
  slideText: number[];
  /** Page numbers closing a page (a bare number as the page's last line). */
  pageNumbers: number[];
  /** The export's head above the first page (file name, `备注页`): short lines, no sentence. */
  head: number[];
  /** Directions to the reader inside the notes: a line wholly in brackets. */
  directions: number[];
}

const MAX_MARK = 16;
const MAX_LABEL = 10;
const MIN_PAGES = 3;
const MAX_HEAD = 3;
/** Longest line of a slide's own text, and most characters of it on one page. */
const MAX_SLIDE_LINE = 60;
const MAX_SLIDE = 400;
/** Fewest Han characters of a notes line that is running text. */
const MIN_NOTE_HAN = 12;
/** A marker: one number with a word before or after it or both (`幻灯片 3`, `Slide 3`, `第 3 页`), nothing else. */
const MARK = /^([^\d\s。！？；，、!?;,]{0,6})\s*(\d{1,3})\s*([^\d\s。！？；，、!?;,]{0,6})$/u;
const BARE_NUMBER = /^\d{1,3}$/u;
const BRACKETED = /^[（(【[][^（）()【】[\]]+[）)】\]]$/u;
const SENTENCE_END = /[。！？!?；;]/u;

/** The page structure of a notes export, or null when the text has none. */
export function notesPages(texts: readonly string[]): NotesPages | null {
  const filled = texts.flatMap((t, i) => (t.trim() ? [i] : []));
  const byShape = new Map<string, { i: number; n: number }[]>();
  for (const i of filled) {
    const t = texts[i]!.trim();
    const m = len(t) <= MAX_MARK ? MARK.exec(t) : null;
    if (!m || !(m[1] || m[3])) continue;
    const shape = t.replace(/\d+/u, '#').replace(/\s+/gu, '');
    const group = byShape.get(shape) ?? [];
    group.push({ i, n: Number(m[2]) });
    byShape.set(shape, group);
  }
  for (const at of byShape.values()) {
    if (at.length < MIN_PAGES || !at.every((a, k) => k === 0 || a.n === at[k - 1]!.n + 1)) continue;
    // Each marker's page: the lines after it up to the next marker (one pass).
    const pages: number[][] = at.map(() => []);
    let p = -1;
    for (const i of filled) {
      while (p + 1 < at.length && at[p + 1]!.i <= i) p++;
      if (p >= 0 && i !== at[p]!.i) pages[p]!.push(i);
    }
    // The notes label: a short line with no number, once on every page (counted in one pass a page).
    const labelLike = (t: string): boolean => len(t) <= MAX_LABEL && !/\d/u.test(t) && !SENTENCE_END.test(t);
    const counts = pages.map((page) => {
      const c = new Map<string, number>();
      for (const i of page) {
        const t = texts[i]!.trim();
        if (labelLike(t)) c.set(t, (c.get(t) ?? 0) + 1);
      }
      return c;
    });
    const label = [...counts[0]!.keys()].find((t) => counts.every((c) => c.get(t) === 1));
    if (label === undefined) continue;
    const once = (page: number[], l: string): number[] => page.filter((i) => texts[i]!.trim() === l);
    // The notes are running text: on at least half the pages a sentence stands after the label
    // (a table's rows repeating a cell under a counting number have none).
    const prose = pages.filter((p) => {
      const l = once(p, label)[0]!;
      return p.some((i) => i > l && hanCount(texts[i]!) >= MIN_NOTE_HAN && SENTENCE_END.test(texts[i]!));
    });
    if (prose.length * 2 < pages.length) continue;
    // A slide holds a few short lines (a heading, bullets), no paragraph: a chapter's text between its
    // heading and a line repeated in every chapter (`本章小结`) is no slide.
    const slideOf = (p: number[]): number[] => p.filter((i) => i < once(p, label)[0]!);
    const slideLike = (p: number[]): boolean => {
      const ls = slideOf(p).map((i) => texts[i]!.trim());
      const bullet = (t: string): boolean =>
        len(t) <= MAX_SLIDE_LINE && !(hanCount(t) >= MIN_NOTE_HAN && /[。！？!?][”’」』）)]*$/u.test(t));
      return ls.every(bullet) && ls.reduce((n, t) => n + len(t), 0) <= MAX_SLIDE;
    };
    if (!pages.every(slideLike)) continue;
    const out: NotesPages = { marks: at.map((a) => a.i), slideText: [], pageNumbers: [], head: [], directions: [] };
    pages.forEach((page, k) => {
      const l = once(page, label)[0]!;
      out.marks.push(l);
      if (k > 0) out.slideText.push(...page.filter((i) => i < l));
      const last = page.at(-1)!;
      const numbered = last > l && BARE_NUMBER.test(texts[last]!.trim());
      if (numbered) out.pageNumbers.push(last);
      const direction = (i: number): boolean => BRACKETED.test(texts[i]!.trim()) && !isDateline(texts[i]!.trim());
      out.directions.push(...page.filter((i) => i > l && !(numbered && i === last) && direction(i)));
    });
    // The export's head above the first page (file name, `备注页`) is chrome only when the first slide
    // holds the deck's cover: with no cover, the lines above the first page are the title block itself.
    const head = filled.filter((i) => i < at[0]!.i);
    const cover = slideOf(pages[0]!).length > 0;
    if (cover && head.length <= MAX_HEAD && head.every((i) => !SENTENCE_END.test(texts[i]!))) out.head = head;
    return out;
  }
  return null;
}
