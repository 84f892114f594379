/**
 * The captions of a photo series between a news report's paragraphs: each opens with the day and
 * the same sentences on the event (`1月4日，…会议在北京召开。…发表重要讲话。`), then says what this
 * photo shows (`这是…`). Lines that open with a day and repeat the same opening sentences are the
 * captions' frame, not paragraphs: a report does not open two paragraphs with the same sentences.
 */
import { len } from './line-features.ts';

/** A caption opens with the day the photo was taken. */
const DAY_OPEN = /^(?:\d{4}年)?\d{1,2}月\d{1,2}日/u;
/** Shortest shared opening that marks a series (a sentence or two, not a day and a word). */
const MIN_SHARED = 20;
/** Longest caption. */
const MAX_CAPTION = 250;

/** The line's opening sentences up to its last full stop before `limit` characters. */
function opening(t: string): string {
  const cut = t.lastIndexOf('。', t.length - 2);
  return cut < 0 ? '' : t.slice(0, cut + 1);
}

/** Indices of lines that are captions of one photo series (two or more sharing their opening). */
export function captionSeries(texts: readonly string[]): number[] {
  const candidates = texts.flatMap((raw, i) => {
    const t = raw.trim();
    return t && DAY_OPEN.test(t) && len(t) <= MAX_CAPTION ? [i] : [];
  });
  const out = new Set<number>();
  for (let a = 0; a < candidates.length; a++)
    for (let b = a + 1; b < candidates.length; b++) {
      const [ta, tb] = [texts[candidates[a]!]!.trim(), texts[candidates[b]!]!.trim()];
      if (ta === tb) continue;
      let k = 0;
      while (k < ta.length && ta[k] === tb[k]) k++;
      const shared = opening(ta.slice(0, k + 1));
      if (len(shared) >= MIN_SHARED) out.add(candidates[a]!).add(candidates[b]!);
    }
  return [...out].sort((x, y) => x - y);
}
