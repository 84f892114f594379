/**
 * A meeting transcript (文字实录): turns opened by the speaker's label (`张明：同志们，…`), with
 * another speaker's turns (the host's: `主持人：下面，请…讲话。`) before and after, and stage
 * notes on lines of their own (`（鼓掌）`, `（全场热烈鼓掌）`, `（散会）`). The speech is the one
 * speaker's words; the other turns and the stage notes are the record's. Removed here: those
 * from the speaker's turn on (before it, the host's words are left to the header as evidence).
 *
 * Found by repetition: a label opening two or more lines (the host speaks more than once, before
 * and after) and a different label, one a name could be, opening exactly one line between them
 * (the speaker's turn, the byline glued to the first paragraph). A report's paragraphs opened by labels
 * (`一是：…`) have no such pair.
 */
import { readByline } from './byline.ts';
import { hanCount, isSentenceLike, len } from './line-features.ts';

/** A turn's label opening a line: two to four Han characters and a colon, text after it. */
const TURN = /^(\p{Script=Han}{2,4})[：:]\s*\S/u;
/** A stage note alone on its line: a few Han characters in brackets, no number (`（一）` is a heading). */
const STAGE_NOTE = /^[（(][^（）()\d一二三四五六七八九十。，；：！？]{2,10}[）)]$/u;

/** Indices of the other speakers' turns after the speaker's and of stage notes after it, or none when the text is no transcript. */
export function transcriptNoise(texts: readonly string[]): number[] {
  const turns = new Map<string, number[]>();
  texts.forEach((raw, i) => {
    const m = TURN.exec(raw.trim());
    if (m && !/们$/u.test(m[1]!)) turns.set(m[1]!, [...(turns.get(m[1]!) ?? []), i]);
  });
  // The host's turns are sentences (`…请张明同志讲话，大家欢迎！`), not a form's labels (`电话：…`).
  const hosts = [...turns].filter(([, at]) => at.length >= 2 && at.every((i) => /[。！？]/u.test(texts[i]!)));
  if (hosts.length !== 1) return [];
  const [host, hostAt] = hosts[0]!;
  // The speaker: a label opening one line after the host's first turn, a name the host's words give.
  const speaker = [...turns].find(
    ([label, at]) =>
      label !== host &&
      at.length === 1 &&
      at[0]! > hostAt[0]! &&
      readByline(label) !== null &&
      hostAt.some((i) => texts[i]!.includes(label)),
  );
  if (!speaker) return [];
  const speech = speaker[1][0]!;
  // The host opens and closes: turns before the speaker's and after it.
  if (!hostAt.some((i) => i > speech)) return [];
  // Only the turns after the speaker's: the host's words before it are the header's evidence
  // (whom it calls on, the occasion), left to the header (a known limit: they stay in the text).
  const out = hostAt.filter((i) => i > speech);
  texts.forEach((raw, i) => {
    const t = raw.trim();
    if (i > speech && STAGE_NOTE.test(t) && hanCount(t) >= 2 && len(t) <= 12) out.push(i);
  });
  return [...new Set(out)].sort((a, b) => a - b);
}

/**
 * A chat record's messages after the speech (a group chat's export: the speech forwarded, then the
 * members' replies, one of them quoting it): a message head is a time stamp and a sender's name
 * alone on a line (`2024-05-06 08:20:07 李晓梅`, `王建华(书记) 12:31`), two or more of them after the
 * speech; the replies under them are short. From the first such head the rest of the text is the
 * chat's when it is all short lines (at most 600 characters kept): a speech forwarded as a message
 * after a head is long and stays.
 */
const STAMP = String.raw`(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s+)?\d{1,2}:\d{2}(?::\d{2})?`;
const SENDER = String.raw`[^\s。！？，、：:\d][^\s。！？，、：:]{0,7}(?:[ \u3000][^\s。！？，、：:]{1,4})?(?:[（(][^（）()]{1,6}[）)])?`;
const MESSAGE_HEAD = new RegExp(`^(?:${STAMP}[ \\u3000]+${SENDER}|${SENDER}[ \\u3000]+${STAMP})$`, 'u');
/** Longest reply and most text kept after the first head. */
const MAX_REPLY = 120;
const MAX_REPLIES_CHARS = 600;
/** Speech characters before the first head. */
const MIN_SPEECH_BEFORE = 200;

/** Whether a line is a chat message's head: a time stamp and a sender's name, nothing else. */
export const isMessageHead = (t: string): boolean => MESSAGE_HEAD.test(t.trim()) && /\d{1,2}:\d{2}/u.test(t);

/**
 * Indices of a chat's message heads and replies after the speech (lines still in `texts`; `written`:
 * the lines as in the file, heads already removed as stamps included), or none.
 */
export function chatReplies(written: readonly string[], texts: readonly string[], from: number): number[] {
  const heads = written.flatMap((t, i) => (i > from && len(t) <= 40 && isMessageHead(t) ? [i] : []));
  if (heads.length < 2) return [];
  // From the end back: the kept lines after each head, while they stay short (linear in the text).
  const rest: number[] = [];
  let chars = 0;
  let k = texts.length - 1;
  let found = -1;
  for (let h = heads.length - 2; h >= 0; h--) {
    for (; k >= heads[h]!; k--) {
      const t = texts[k]!.trim();
      if (!t) continue;
      if (len(t) > MAX_REPLY || (chars += len(t)) > MAX_REPLIES_CHARS) return found < 0 ? [] : pick(found);
      rest.unshift(k);
    }
    found = heads[h]!;
  }
  return pick(found);

  // The earliest head with enough speech before it, and the kept lines from it on.
  function pick(head: number): number[] {
    const firstOk = heads.find((h) => h >= head && speechBefore(h) >= MIN_SPEECH_BEFORE && heads.filter((x) => x >= h).length >= 2);
    return firstOk === undefined ? [] : rest.filter((i) => i >= firstOk);
  }
  function speechBefore(h: number): number {
    let n = 0;
    for (let i = from; i < h && n < MIN_SPEECH_BEFORE; i++) {
      const t = texts[i]!.trim();
      if (isSentenceLike(t)) n += len(t);
    }
    return n;
  }
}
