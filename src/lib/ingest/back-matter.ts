/**
 * Back matter printed after the speech's last paragraph, one rule set for all of it (this module
 * took in notes.ts, session 10):
 *   - a reference list (`[1]…[J]. 党建，2019(05):1-2.`, a wiki's `…．新华网．2019-04-28[引用日期2019-04-29]`)
 *     with its heads and, above it, a paragraph that cites it (ending `[3]`);
 *   - an editor's notes (`① 舒克拉：阿拉伯语“谢谢”的音译。`, `[1] 见《…》`, `〔2〕…`, `1．…`) under a
 *     notes head (`注释：`, `注　释`, `【注释】`, `注：`) or a label already removed;
 *   - a proof copy's comments list and the anchors in the text that point to it (`[王1]`).
 * The edition's apparatus, not what was said.
 *
 * Found by shape only. One definition of an entry: a citation carries a document-type code of
 * the Chinese reference standard (GB/T 7714: `[J]`, `[N]`, `[M]`, `[EB/OL]` …) or a wiki's
 * cited-on date, and is an entry anywhere after the text; a circled number opens a note; a bare
 * number (`[1]`, `〔1〕`, `1．`) opens a note only under a notes head (a speech numbers its own
 * points too). Notes go only under a head or a line already removed: a circled list straight under
 * the text may be the speaker's own.
 */
import { len } from './line-features.ts';

/** A reference entry: a GB/T 7714 type code (`[J].`, `[N].`, `[EB/OL].`) or a wiki's `[引用日期2019-04-29]`. */
const CITATION = /\[(?:J|N|M|C|D|R|S|P|Z|A|G|EB\/OL|DB\/OL|CP)\]\s*[.．,，]|[[［]引用日期\s*\d{4}[-年]/u;
/** An editor's note by its number alone: a circled number opening the line. */
const NOTE = /^[①-⑳]/u;
/** A note's bare number (`[1]`, `〔1〕`, `（1）`, `1．`): a note only under a notes head. */
const NUMBERED_NOTE = /^(?:[[［〔(（]\s*\d{1,2}\s*[\]］〕)）]|\d{1,2}\s*[.．、]\s*\S)/u;
/** A notes head alone on its line: `注释：`, `注　释`, `【注释】`, `注：`. */
const NOTES_HEAD = /^[【〔[［]?\s*注\s*(?:释|解)?\s*[】〕\]］]?\s*[：:]?$/u;
/** A list's head: a few Han characters, maybe letter-spaced, maybe a colon (`参考文献`, `注　释`, `注释：`). */
const HEAD = /^[\p{Script=Han}][\p{Script=Han} \u3000]{0,9}[：:]?$/u;
/** A paragraph citing the list: it ends with a reference mark (`…中国智慧。[3]`). */
const CITES = /[。！？”][[［]\d{1,2}[\]］]$/u;

/** A line of a reference list or of an editor's notes (never the last line of running speech). */
export const isBackMatterEntry = (t: string): boolean => CITATION.test(t) || NOTE.test(t.trim());

/** A document's numbered heading: `六、`, `（三）`, `第四章`, `3.` opening a short line. */
const NUMBERED_HEADING =
  /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|第[一二三四五六七八九十\d]{1,3}[章节部分条]|\d{1,2}[、.．](?!\d))/u;

const isHead = (t: string): boolean => NOTES_HEAD.test(t) || (HEAD.test(t) && len(t.replace(/[\s\u3000：:]/gu, '')) <= 6);

/**
 * Indices (into `texts`) of back matter after line `lastSpeech` (the last line of running
 * speech). `removedAt(i)`: whether line i was removed as chrome already (its text is blank now);
 * `written`: the lines as in the file (a head removed first is still read as a head).
 */
export function backMatter(
  texts: readonly string[],
  lastSpeech: number,
  removedAt: (i: number) => boolean,
  written: readonly string[] = texts,
): number[] {
  const first = texts.findIndex((t, i) => i > lastSpeech && isBackMatterEntry(t));
  if (first < 0) return [];
  const citations = CITATION.test(texts[first]!);
  const out: number[] = [];
  // Back from the first entry: its head, lines already removed, a paragraph citing the list.
  let headed = false;
  let notesHead = false;
  for (let i = first - 1; i > lastSpeech; i--) {
    const t = texts[i]!.trim();
    if (!t) {
      if (removedAt(i)) {
        headed = true;
        // A notes head a label rule removed first is still a notes head.
        notesHead ||= NOTES_HEAD.test((written[i] ?? '').trim());
      }
      continue;
    }
    if (isHead(t)) {
      headed = true;
      notesHead ||= NOTES_HEAD.test(t);
      out.push(i);
      continue;
    }
    if (citations && CITES.test(t)) {
      out.push(i);
      continue;
    }
    // A numbered heading of the document's own (`六、参考文献`): the list is a part of the document.
    if (NUMBERED_HEADING.test(t)) return [];
    break;
  }
  if (!citations && !headed) return [];
  // On from it: entries of either kind and heads, to the first line of another shape.
  for (let i = first; i < texts.length; i++) {
    const t = texts[i]!.trim();
    if (!t) continue;
    // Under a notes head, a bare number opens a note too (`[1]`, `1．`).
    if (isBackMatterEntry(t) || isHead(t) || (notesHead && NUMBERED_NOTE.test(t))) out.push(i);
    else break;
  }
  return out.sort((a, b) => a - b);
}

/** A reviewer's comment anchor glued to a line's end: initials or a name and a number in square brackets (`[王1]`, `[批注3]`). */
const ANCHOR_END = /[[［]\p{Script=Han}{1,4}\d{1,3}[\]］]$/u;
/** A line opening with such an anchor, then the comment. */
const ANCHOR_OPEN = /^\s*[[［](\p{Script=Han}{1,4}\d{1,3})[\]］]\s*\S/u;

/**
 * Comment anchors of a proof copy (Word's `[王1]` … `[李4]` glued to the text they mark), found by
 * the comments list that repeats them: an anchor at a line's end whose text opens a later line (the
 * comment itself, `[王1] 王晓明　2023/3/2 15:58：…`). `anchors`: the line indices and the anchors
 * (the text before each left as it is); `list`: the comments (lines opening with an anchor found
 * glued above) and the list's head (a short bare line right above the first, `批注`).
 */
export function commentAnchors(texts: readonly string[]): { anchors: { i: number; anchor: string }[]; list: number[] } {
  const opening = new Map<string, number[]>();
  texts.forEach((t, k) => {
    const m = ANCHOR_OPEN.exec(t);
    if (m) opening.set(m[1]!, [...(opening.get(m[1]!) ?? []), k]);
  });
  const anchors: { i: number; anchor: string }[] = [];
  const list = new Set<number>();
  texts.forEach((raw, i) => {
    const t = raw.trimEnd();
    const m = ANCHOR_END.exec(t);
    if (!m || len(t) <= len(m[0]) + 1) return;
    const later = (opening.get(m[0].slice(1, -1)) ?? []).filter((k) => k > i);
    if (!later.length) return;
    anchors.push({ i, anchor: m[0] });
    for (const k of later) list.add(k);
  });
  if (list.size) {
    let h = Math.min(...list) - 1;
    while (h >= 0 && !texts[h]!.trim()) h--;
    if (h >= 0 && isHead(texts[h]!.trim())) list.add(h);
  }
  return { anchors, list: [...list].sort((a, b) => a - b) };
}

/** The notes are looked for among the text's last lines. */
const LAST_LINES = 20;

/** A note of an editor's list: a circled number, or under a notes head a bare number too. */
const isNote = (t: string): boolean => NOTE.test(t) || NUMBERED_NOTE.test(t);

/**
 * An editor's notes closing the text: a notes head alone on its line with only notes after it
 * (entries as defined above, bare numbers counting under the head) to the end of the text (lines
 * already removed as a page's tail aside). Indices of the head and its notes, from line `from` on,
 * or []. `gone(i)`: line i was already removed (a page's tail after the notes, or the head itself as
 * a label): it neither stops nor counts as a note. A note on the same line as its head
 * (`注：本办法自…`) is a document's own text and is not taken.
 */
export function trailingNotes(texts: readonly string[], from: number, gone: (i: number) => boolean = () => false): number[] {
  const filled = texts.map((t, i) => [t.trim(), i] as const).filter(([t, i]) => t && i >= from);
  const tail = filled.slice(-LAST_LINES);
  const at = tail.findLastIndex(([t]) => NOTES_HEAD.test(t));
  if (at < 0) return [];
  const after = tail.slice(at + 1).filter(([, i]) => !gone(i));
  if (!after.length || !after.every(([t]) => isNote(t))) return [];
  return [tail[at]![1], ...after.map(([, i]) => i)];
}
