/**
 * A printed form's blocks after the body: a form to fill in (an application's 审核意见 boxes) repeats
 * one block per signer, each closed by a blank date to be filled (`年　月　日`, `____年__月__日`). From
 * the first blank date after the body to the last, when only short lines stand between them, the
 * blocks are more of the same form, the document's text: not a page's tail. A blank date is never
 * a web page's.
 */
import { len } from './line-features.ts';

/** A date with its numbers left blank: `年   月   日`, `＿＿年＿＿月＿＿日`. */
export const BLANK_DATE = /^[_＿\s\u3000]*年[_＿\s\u3000]+月[_＿\s\u3000]+日$/u;
/** Longest line of a form's block (a box's label, a signer and its seal). */
const MAX_FORM_LINE = 40;

/**
 * Indices (into texts) of a form's blocks after line `from`: the lines after its first blank date up
 * to its last, none unless two or more blank dates stand there with only short lines between them.
 */
export function formBlocks(texts: readonly string[], from: number): number[] {
  const first = texts.findIndex((t, i) => i >= from && BLANK_DATE.test(t.trim()));
  if (first < 0) return [];
  const run: number[] = [];
  let lastBlank = -1;
  for (let i = first + 1; i < texts.length; i++) {
    const t = texts[i]!.trim();
    if (!t) continue;
    if (len(t) > MAX_FORM_LINE || /[。！？；]$/u.test(t)) break;
    run.push(i);
    if (BLANK_DATE.test(t)) lastBlank = i;
  }
  return run.filter((i) => i <= lastBlank);
}
