/**
 * Folding traditional characters to simplified, for matching only. Metadata,
 * campaign and occasion patterns are written in simplified characters; a speech
 * typed in traditional characters (`在紀念秋收起義80周年動員大會上的講話`) is
 * matched on its folded copy (`在纪念秋收起义80周年动员大会上的讲话`), and the
 * text is shown as written.
 *
 * The fold maps one character to one character (t2s-table.ts, derived from OpenCC),
 * so the folded copy has the same length: an index found in it points at the
 * same place in the text as written, and evidence is quoted from the original.
 * Simplified text is left unchanged.
 */
import { T2S_PAIRS } from './t2s-table.ts';

let table: Map<string, string> | null = null;
function foldTable(): Map<string, string> {
  if (!table) {
    table = new Map();
    for (let i = 0; i + 1 < T2S_PAIRS.length; i += 2) table.set(T2S_PAIRS[i]!, T2S_PAIRS[i + 1]!);
  }
  return table;
}

/** `text` with each traditional character replaced by its simplified form; same length. */
export function foldTraditional(text: string): string {
  const t = foldTable();
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const s = t.get(ch);
    if (s !== undefined) {
      out += s;
      changed = true;
    } else out += ch;
  }
  return changed ? out : text;
}

/** Number of characters the fold changes: how traditional a text is. */
export function traditionalCount(text: string): number {
  const t = foldTable();
  let n = 0;
  for (let i = 0; i < text.length; i++) if (t.has(text[i]!)) n++;
  return n;
}
