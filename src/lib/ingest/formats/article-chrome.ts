/**
 * Which of a page's visible lines did the article extractor leave out? Each
 * page line is matched, in order, to a line of the article (whitespace
 * ignored): equal, or the next piece of an article line the extractor made of
 * several page lines (in order, from its start), or holding an article line
 * with something around it (then that surrounding text is what was left out).
 * A page line with no match is chrome.
 * Matching prefers the first unmatched article line after the last match, so a
 * site's summary copy of the opening paragraph is reported once, not the speech.
 */

export interface ChromeLine {
  text: string;
  /** 1-based article line the text stood before (article length + 1: after the end). */
  line: number;
}

const squash = (s: string): string => s.replace(/\s+/g, '');

export function diffChrome(pageLines: readonly string[], articleLines: readonly string[]): ChromeLine[] {
  const art = articleLines.map(squash);
  const used = art.map(() => false);
  const out: ChromeLine[] = [];
  let cursor = 0; // next article line expected
  const find = (pred: (k: number) => boolean): number => {
    for (let k = cursor; k < art.length; k++) if (!used[k] && pred(k)) return k;
    for (let k = 0; k < cursor; k++) if (!used[k] && pred(k)) return k;
    return -1;
  };
  /** An article line being put together from several page lines, and how far. */
  let open: { k: number; offset: number } | null = null;
  for (const raw of pageLines) {
    const p = squash(raw);
    if (!p) continue;
    // Part of an article line made of several page lines: only in order, from the line's start.
    if (open && art[open.k]!.startsWith(p, open.offset)) {
      open.offset += p.length;
      continue;
    }
    let k = find((i) => art[i] === p);
    if (k !== -1) {
      used[k] = true;
      cursor = k + 1;
      open = null;
      continue;
    }
    if (cursor < art.length && !used[cursor] && p.length < art[cursor]!.length && art[cursor]!.startsWith(p)) {
      used[cursor] = true;
      open = { k: cursor, offset: p.length };
      cursor++;
      continue;
    }
    // The article line inside a longer page line: the rest was left out.
    k = find((i) => (art[i]!.length >= 8 || i === cursor) && p.includes(art[i]!));
    if (k !== -1) {
      used[k] = true;
      cursor = k + 1;
      open = null;
      const at = p.indexOf(art[k]!);
      for (const rest of [p.slice(0, at), p.slice(at + art[k]!.length)]) if (rest) out.push({ text: rest, line: k + 1 });
      continue;
    }
    out.push({ text: raw, line: cursor + 1 });
  }
  return out;
}
