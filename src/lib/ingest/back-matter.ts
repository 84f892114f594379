/**
 * Back matter printed after the speech's last paragraph: a reference list (`[1]…[J]. 党建，
 * 2019(05):1-2.`, a wiki's `…．新华网．2019-04-28[引用日期2019-04-29]`) and the notes an
 * editor adds (`① 舒克拉：阿拉伯语“谢谢”的音译。`, `②本文据新华社…电排印。`), with their
 * heads (a short bare line above each list) and, above a reference list, a paragraph that
 * cites it (ending `[3]`): the edition's apparatus, not what was said.
 *
 * Found by shape only: a citation carries a document-type code of the Chinese reference
 * standard (GB/T 7714: `[J]`, `[N]`, `[M]`, `[EB/OL]` …) or a wiki's cited-on date; a note
 * opens with a circled number. Notes go only under a head or a line already removed (a
 * `注释：` label): a circled list straight under the text may be the speaker's own.
 */
import { len } from './line-features.ts';

/** A reference entry: a GB/T 7714 type code (`[J].`, `[N].`, `[EB/OL].`) or a wiki's `[引用日期2019-04-29]`. */
const CITATION = /\[(?:J|N|M|C|D|R|S|P|Z|A|G|EB\/OL|DB\/OL|CP)\]\s*[.．,，]|[[［]引用日期\s*\d{4}[-年]/u;
/** An editor's note: a circled number opening the line. */
const NOTE = /^[①-⑳]/u;
/** A list's head: a few Han characters, maybe letter-spaced, maybe a colon (`参考文献`, `注　释`, `注释：`). */
const HEAD = /^[\p{Script=Han}][\p{Script=Han} \u3000]{0,9}[：:]?$/u;
/** A paragraph citing the list: it ends with a reference mark (`…中国智慧。[3]`). */
const CITES = /[。！？”][[［]\d{1,2}[\]］]$/u;

/** A line of a reference list or of an editor's notes (never the last line of running speech). */
export const isBackMatterEntry = (t: string): boolean => CITATION.test(t) || NOTE.test(t.trim());

/** A document's numbered heading: `六、`, `（三）`, `第四章`, `3.` opening a short line. */
const NUMBERED_HEADING =
  /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|第[一二三四五六七八九十\d]{1,3}[章节部分条]|\d{1,2}[、.．](?!\d))/u;

const isHead = (t: string): boolean => HEAD.test(t) && len(t.replace(/[\s\u3000：:]/gu, '')) <= 6;

/**
 * Indices (into `texts`) of back matter after line `lastSpeech` (the last line of running
 * speech). `removedAt(i)`: whether line i was removed as chrome already (its text is blank now).
 */
export function backMatter(texts: readonly string[], lastSpeech: number, removedAt: (i: number) => boolean): number[] {
  const first = texts.findIndex((t, i) => i > lastSpeech && isBackMatterEntry(t));
  if (first < 0) return [];
  const citations = CITATION.test(texts[first]!);
  const out: number[] = [];
  // Back from the first entry: its head, lines already removed, a paragraph citing the list.
  let headed = false;
  for (let i = first - 1; i > lastSpeech; i--) {
    const t = texts[i]!.trim();
    if (!t) {
      if (removedAt(i)) headed = true;
      continue;
    }
    if (isHead(t)) {
      headed = true;
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
    if (isBackMatterEntry(t) || isHead(t)) out.push(i);
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
