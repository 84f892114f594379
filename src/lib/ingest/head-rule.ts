/**
 * A document's own head above a rule, over the title block: a print or draft line, labels
 * (`用途：…`, `领读人：…`), then a rule (`════`, `━━━━`), then the speech's title with its byline
 * or dateline under it. What stands above the rule is the copy's head (who prints it, for what),
 * not the speech. Only when the lines above are few and hold no sentence of prose, and the line
 * under the rule heads a title block, so a title ruled off from its text keeps its place.
 */
import { readByline } from './byline.ts';
import { isDateline } from './dates.ts';
import { len, nearestNonBlank } from './line-features.ts';

const RULE = /^[-—–－─━═=＝_＿]{4,}$/u;
/** Most lines of a head above its rule. */
const MAX_HEAD = 8;
/** A sentence of prose: a speech's paragraph, not a label. */
const PROSE = /[。！？][”’」』）)]*$/u;

/** Indices of the head's lines and of its rule, or none. */
export function headAboveRule(texts: readonly string[]): number[] {
  const above: number[] = [];
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i]!.trim();
    if (!t) continue;
    if (RULE.test(t)) {
      if (!above.length) return [];
      const title = nearestNonBlank(texts, i, 1);
      const under = nearestNonBlank(texts, title, 1);
      if (title >= texts.length || under >= texts.length) return [];
      const tt = texts[title]!.trim();
      const ut = texts[under]!.trim();
      if (RULE.test(tt) || PROSE.test(tt) || len(tt) > 80) return [];
      if (readByline(ut) === null && !isDateline(ut)) return [];
      return [...above, i];
    }
    if (above.length >= MAX_HEAD || PROSE.test(t)) return [];
    above.push(i);
  }
  return [];
}
