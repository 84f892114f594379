/**
 * Replies under a speech posted in an app or a forum, each a line of its own that names the one
 * who replied, then the reply, then when it was posted (`国际交流合作处 陈静：收到，认真学习。　12-12 10:47`,
 * `老王：学习了　昨天 21:05`, `李华：支持！（3分钟前）`), or when first (`12-12 10:21　张三：收到`). Found from the file's end: two or more such
 * lines, and above them the lines of the reply box (a head `评论（3）`, a button with its count
 * `[ 确认收到 ]　已有 1,186 人确认`: short, no sentence), up to the line that ends the speech. A
 * speech never closes its lines with a day and a clock time; an agenda's `签到：一楼大厅　08:30` has a
 * clock time only and is not taken.
 */
import { closesSentence, len } from './line-features.ts';

/** When a reply was posted: a day and a clock time (`12-12 10:21`, `2024-03-18 09:12`, `3月18日 09:12`), or a time ago. */
const POSTED = String.raw`(?:(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}|\d{1,2}月\d{1,2}日|昨天|前天|今天)\s*\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}\s*(?:秒|分钟|小时|天)前|刚刚`;
/** A post's day and time in figures, as an app prints it first on a reply's line (`12-12 10:21`, `2024-03-18 09:12`). */
const POSTED_FIRST = String.raw`(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?`;
/** Who replied: a short name, maybe with a unit before it, and a colon. */
const WHO = String.raw`[^。！？：:\s（(][^。！？：:]{0,23}[：:]`;
/**
 * A reply: who, the reply, then when (after a space, or in brackets: `…收到（12-12 10:21）`); or when
 * first in figures, then who and the reply (`12-12 10:21　张三：收到`; not a minute's `12月18日 9:00 主持人：…`).
 */
const REPLY = new RegExp(
  String.raw`^(?:${WHO}\s*\S.{0,100}?(?:[\s\u3000]+(?:${POSTED})|[\s\u3000]*[（(](?:${POSTED})[）)])|${POSTED_FIRST}[\s\u3000]+${WHO}\s*\S.{0,100})$`,
  'u',
);
/** Longest line of the reply box above the replies (a head, a button with its count). */
const MAX_BOX_LINE = 40;
/** Most lines of the reply box. */
const MAX_BOX_LINES = 3;
/** Fewest replies. */
const MIN_REPLIES = 2;

/** Whether the line is a reply with its name and time stamp. */
export function isStampedReply(t: string): boolean {
  return len(t) <= 140 && REPLY.test(t);
}

/** Indices (into texts) of the replies at the text's end and the reply box above them; none when fewer than two. */
export function stampedReplies(texts: readonly string[], from: number): number[] {
  const replies: number[] = [];
  let i = texts.length - 1;
  for (; i > from; i--) {
    const t = texts[i]!.trim();
    if (!t) continue;
    if (!isStampedReply(t)) break;
    replies.unshift(i);
  }
  if (replies.length < MIN_REPLIES) return [];
  const box: number[] = [];
  for (; i > from; i--) {
    const t = texts[i]!.trim();
    if (!t) continue;
    if (closesSentence(t)) return [...box, ...replies];
    if (len(t) > MAX_BOX_LINE || box.length >= MAX_BOX_LINES) return [];
    box.unshift(i);
  }
  return [];
}
