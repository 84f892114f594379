/**
 * An editor's notes after the speech: a notes head alone on its line (`注释：`, `注　释`,
 * `【注释】`, `注：`) with only numbered notes after it (`①…`, `[1]…`, `〔1〕…`, `1．…`) to
 * the end of the text (lines already removed as a page's tail aside). A printed copy's or an
 * e-book's apparatus, not the speech: removed as `notes`. A note on the same line as its head
 * (`注：本办法自…`) is a document's own text and is not taken.
 */

/** A notes head alone on its line. */
const NOTES_HEAD = /^[【〔[［]?\s*注\s*(?:释|解)?\s*[】〕\]］]?\s*[：:]?$/u;
/** A numbered note. */
const NOTE = /^(?:[①-⑳]|[[［〔(（]\s*\d{1,2}\s*[\]］〕)）]|\d{1,2}\s*[.．、]\s*\S)/u;
/** The notes are looked for among the text's last lines. */
const LAST_LINES = 20;

/**
 * Indices of the notes head and its notes at the end of `texts` (the lines as written), from
 * line `from` on, or []. `gone(i)`: line i was already removed (a page's tail after the notes, or
 * the head itself as a label): it neither stops nor counts as a note.
 */
export function trailingNotes(texts: readonly string[], from: number, gone: (i: number) => boolean = () => false): number[] {
  const filled = texts.map((t, i) => [t.trim(), i] as const).filter(([t, i]) => t && i >= from);
  const tail = filled.slice(-LAST_LINES);
  const at = tail.findLastIndex(([t]) => NOTES_HEAD.test(t));
  if (at < 0) return [];
  const after = tail.slice(at + 1).filter(([, i]) => !gone(i));
  if (!after.length || !after.every(([t]) => NOTE.test(t))) return [];
  return [tail[at]![1], ...after.map(([, i]) => i)];
}
