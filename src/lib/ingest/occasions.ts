/**
 * Kinds of meeting (occasion) a speech was given at, read from the meeting
 * name in the title (`在全市第二批主题教育工作推进会上的讲话` → 推进会) or the
 * opening sentence (`今天我们召开全市…督办会`). In a Chinese meeting name the
 * kind is the last word, so the pattern ending nearest the end wins.
 *
 * `name` is the canonical value stored in Speech.occasion; `patterns` are how
 * it is written.
 */
import { ADDRESS_WORD } from './title-shape.ts';

export interface Occasion {
  name: string;
  patterns: string[];
}

export const OCCASIONS: readonly Occasion[] = [
  { name: '民主生活会', patterns: ['专题民主生活会', '民主生活会'] },
  { name: '组织生活会', patterns: ['专题组织生活会', '组织生活会'] },
  { name: '动员部署会', patterns: ['动员部署会议', '动员部署大会', '动员部署会'] },
  { name: '动员大会', patterns: ['动员大会', '动员会议', '动员会'] },
  { name: '部署会', patterns: ['部署会议', '部署会'] },
  { name: '推进会', patterns: ['推进会议', '推进大会', '推进会'] },
  { name: '汇报会', patterns: ['汇报会议', '汇报会'] },
  { name: '督办会', patterns: ['督办会议', '督办会'] },
  { name: '调度会', patterns: ['调度会议', '调度会'] },
  { name: '座谈会', patterns: ['座谈会'] },
  { name: '整改会议', patterns: ['整改工作会议', '整改会议', '整改会'] },
  { name: '专题会议', patterns: ['专题会议', '专题会'] },
  { name: '总结大会', patterns: ['总结大会', '总结会议', '总结会'] },
  { name: '表彰大会', patterns: ['表彰大会', '表彰会'] },
  { name: '推进交流会', patterns: ['交流会', '交流推进会'] },
  { name: '研讨会', patterns: ['研讨会', '研讨班'] },
  { name: '读书班', patterns: ['读书班'] },
  { name: '培训班', patterns: ['培训班', '开班式'] },
  { name: '报告会', patterns: ['报告会'] },
  { name: '领导小组会议', patterns: ['领导小组会议'] },
  { name: '常委会议', patterns: ['常委会议', '常委会'] },
  { name: '全体会议', patterns: ['全体会议', '全体会'] },
  { name: '庆祝大会', patterns: ['庆祝大会', '纪念大会'] },
  { name: '开幕式', patterns: ['开幕式', '开幕会'] },
  { name: '峰会', patterns: ['峰会'] },
  { name: '工作会议', patterns: ['工作会议'] },
];

/** The occasion whose pattern ends nearest the end of `phrase` (a meeting name). */
export function occasionOf(phrase: string): { occasion: Occasion; pattern: string } | null {
  let best: { occasion: Occasion; pattern: string; end: number; len: number } | null = null;
  for (const o of OCCASIONS) {
    for (const p of o.patterns) {
      const i = phrase.lastIndexOf(p);
      if (i < 0) continue;
      const end = i + p.length;
      if (!best || end > best.end || (end === best.end && p.length > best.len)) best = { occasion: o, pattern: p, end, len: p.length };
    }
  }
  return best ? { occasion: best.occasion, pattern: best.pattern } : null;
}

/** The meeting name in a title: `在X上的讲话` → X. */
export function meetingInTitle(title: string): string | null {
  const m = new RegExp(
    `在(.{2,60}?)(?:上|期间|开幕式上|时)的?(?:主持|总结|动员|重要|主旨)?(?:讲话|致辞|发言|演讲|报告|讲稿|${ADDRESS_WORD})`,
    'u',
  ).exec(title);
  return m?.[1] ?? null;
}

/**
 * The opening sentence that names the meeting: `今天，我们召开全市教育实践活动汇报会，…`,
 * `今天，我们隆重召开…表彰大会`, `在…之际，我们召开…会议`. A quantifier after the verb
 * (`召开一个企业家座谈会`, `这次`) is not part of the name; the name is a whole noun phrase
 * (up to the clause's end) ending in a meeting word, not a bare `会` / `会议`.
 * Returns the meeting name and the match.
 */
const OPENING =
  /(?:今天|今天上午|今天下午|这次|本次|之际)[，,]?\s*(?:我们|市委|县委|区委|省委)?(?:在这里)?(?:隆重)?(?:召开|举行|召集)了?(?:一个|这个|这次|本次|一次)?([^，,。；！？:：\s]{2,40}?(?:会议|大会|会|班|论坛|开幕式|典礼|仪式))(?=[，,。；：:\s]|$)/gu;

/** A meeting word with nothing before it: a kind of meeting, not the name of one. */
const GENERIC_MEETING = /^(?:会|会议|大会|全会|座谈会|峰会|论坛|开幕式|典礼|仪式|报告会|研讨会|专题会|工作会|工作会议|培训班|读书班)$/u;

export function openingMeeting(text: string): { meeting: string; match: string; index: number } | null {
  // `…之际` is matched from 之际 (a pattern that looked back from every place of the text for
  // it cost more than the rest of the cleaner's rules together); the clause before it, 2–40
  // characters of the same sentence, is then taken into the match.
  for (const m of text.matchAll(OPENING)) {
    if (!m[1]) continue;
    if (!m[0].startsWith('之际')) return openingResult(m[1], m[0], m.index);
    let start = m.index;
    while (start > 0 && m.index - start < 40 && !/[。！？\n]/u.test(text[start - 1]!)) start--;
    if (m.index - start >= 2) return openingResult(m[1], text.slice(start, m.index + m[0].length), start);
  }
  return null;
}

function openingResult(name: string, match: string, index: number): { meeting: string; match: string; index: number } | null {
  // `召开这个会`: a quantifier the pattern took as the name; a bare kind (会议, 座谈会) names no meeting.
  const meeting = name.replace(/^(?:一个|这个|这次|本次|一次)/u, '');
  if ([...meeting].length < 2 || GENERIC_MEETING.test(meeting)) return null;
  return { meeting, match, index };
}

/**
 * What the speech calls itself, when it does (`我的发言就到这里`, `我今天的致辞`): 发言,
 * 致辞, 演讲 or 讲话; null when it does not (the caller says 讲话).
 */
export function selfKind(text: string): string | null {
  return /我(?:今天|刚才)?的(?:这个|简短)?(发言|致辞|讲话|演讲)/u.exec(text)?.[1] ?? null;
}
