/**
 * What a page prints after the speech has ended, under a line of its own that says so or heads
 * the page's own section:
 *   - an end marker: a framed line (`—— 以上为本期节目文稿 ——`, `———— 本章完 ————`), a bare
 *     `以上为…` / `以上是…` line that ends no sentence, or `（全文完）`;
 *   - a cue or a label in lenticular brackets alone on its line (`【考点链接】`,
 *     `【读毕，停顿2秒，转主持人】`);
 *   - a bare label and a colon alone on its line (`学习体会：`, `审核流程：`), not a salutation,
 *     and only inside a page's tail (a line the tail rules removed follows the section).
 * When the speech ran before it (a few hundred characters of sentences, the line above ending
 * a sentence) and only a little text follows (a few short lines: a programme's blurb, an
 * exam page's notes, a reader's 体会, the host's next words), that text is the page's, not the
 * speech: the head and what follows are removed. Under a bracketed head, only one or two
 * paragraphs with the page's tail or a line that is no sentence after them: three or more
 * paragraphs, or one or two alone at the file's end, may be the speech's own last part.
 */
import { closesOrBreaksOff, isSentenceLike, len } from './line-features.ts';
import { SALUTATION } from './title-shape.ts';

/** A framed line: a few words between runs of dashes or rules, no sentence mark and no number (`---此处隐藏826字---` is a preview's cut). */
const FRAMED = /^[—－\-─━=＝~～*＊]{2,}\s*[^—－\-─━=＝~～*＊。！？\d]{1,20}?\s*[—－\-─━=＝~～*＊]{2,}$/u;
/** `以上为本期节目文稿`, `（以上是讲话全文）`: says the text above is the whole, ends no sentence. */
const ABOVE_IS = /^[（(【[]?\s*以上(?:为|是|系|即)[^。！？，；：]{2,18}[）)】\]]?$/u;
/** A line that only says the text ends: `（完）`, `（全文完）`, `【全文完】`, `—END—`. */
const DONE = /^[（(【[—\-－]*\s*(?:全文)?(?:完|END|End|end|结束)\s*[）)】\]—\-－]*$/u;
/** One or more cues or labels in lenticular brackets, nothing else on the line. */
const BRACKET_LINE = /^(?:【[^【】]{2,20}】\s*)+$/u;
/** A bare label and a colon alone on its line. */
const LABEL_LINE = /^\p{Script=Han}{2,8}\s*[：:]$/u;
/** A numbered item (a document's own list under a label: `1．…`, `（一）…`). */
const NUMBERED = /^(?:\d{1,2}\s*[.．、]|[（(][\d一二三四五六七八九十]{1,2}[）)])/u;
/** Speech characters (sentence-like lines) before a head for it to close a speech. */
const MIN_SPEECH = 200;
/** At most this much text after the head (a marker: the larger). */
const MAX_AFTER_LINES = 6;
const MAX_AFTER_CHARS = 400;
const MAX_AFTER_MARKER_CHARS = 600;
/** Paragraphs (sentence-like lines) under a bracketed head. */
const MAX_AFTER_PROSE = 2;

type HeadKind = 'end-marker' | 'bracket' | 'label';

function headKind(t: string): HeadKind | null {
  if (FRAMED.test(t) || ABOVE_IS.test(t) || DONE.test(t)) return 'end-marker';
  if (BRACKET_LINE.test(t)) return 'bracket';
  if (LABEL_LINE.test(t) && !SALUTATION.test(t) && !/们\s*[：:]$/u.test(t)) return 'label';
  return null;
}

/**
 * The head line and the lines after it that are the page's, or null. `written`: the lines as
 * in the file; `texts`: the same lines with those removed so far blank; `from`: the body's
 * first line.
 */
export function afterEnd(
  written: readonly string[],
  texts: readonly string[],
  from: number,
): { head: number; kind: HeadKind; lines: number[] } | null {
  const keptAt = texts.flatMap((t, k) => (t.trim() ? [k] : []));
  const lastKept = keptAt.at(-1) ?? -1;
  // Inside the page's tail: a line removed after the last line kept.
  const inTail = written.some((w, k) => k > lastKept && w.trim());
  // Only the last few kept lines can follow a head (linear in the text, whatever its length).
  const earliest = keptAt.length > MAX_AFTER_LINES ? keptAt[keptAt.length - MAX_AFTER_LINES - 1]! : -1;
  let speech = 0;
  let above = '';
  for (let i = Math.max(0, from); i < written.length; i++) {
    const w = written[i]!.trim();
    if (!w) continue;
    const kept = texts[i]!.trim();
    const kind = i >= earliest && speech >= MIN_SPEECH && closesOrBreaksOff(above) ? headKind(w) : null;
    if (kind) {
      const rest = keptAt.slice(keptAt.findLastIndex((k) => k <= i) + 1);
      const chars = rest.reduce((n, k) => n + len(texts[k]!.trim()), 0);
      const short = rest.length <= MAX_AFTER_LINES && chars <= (kind === 'end-marker' ? MAX_AFTER_MARKER_CHARS : MAX_AFTER_CHARS);
      const prose = rest.filter((k) => isSentenceLike(texts[k]!.trim())).length;
      // A label heads the page's section only inside its tail; a bracketed head, over at most two
      // paragraphs, inside the tail or with a line that is no sentence after it (a rule, a page line):
      // one or two paragraphs alone under a head at the text's end may be the speech's last part.
      const pageSection =
        kind === 'end-marker' ||
        (kind === 'label' && rest.length > 0 && inTail && !rest.some((k) => NUMBERED.test(texts[k]!.trim()))) ||
        (kind === 'bracket' &&
          prose <= MAX_AFTER_PROSE &&
          ((rest.length > 0 && inTail) || rest.some((k) => !isSentenceLike(texts[k]!.trim()))));
      if (short && pageSection && (rest.length > 0 || kept)) return { head: i, kind, lines: [...(kept ? [i] : []), ...rest] };
    }
    if (kept) {
      if (isSentenceLike(kept)) speech += len(kept);
      above = kept;
    }
  }
  return null;
}
