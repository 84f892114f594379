/**
 * What a speech title looks like, as a score. Shared by chrome.ts (which
 * removes the page navigation above the title) and header.ts (which takes the
 * title into metadata), so both pick the same line.
 */
import { isDateline } from './dates.ts';
import { DOC_NAME_END } from './self-title.ts';
import { titleTailBelow } from './title-tail.ts';
import {
  isBreadcrumb,
  isClockLine,
  isCounterLike,
  isLinkLike,
  isListHead,
  isMenuShape,
  isPaywall,
  isPrevNext,
  isWidgetRun,
  isWrappedProse,
  len,
  pageMetaStrength,
} from './line-features.ts';

/**
 * The word for an address made at an event (`祝酒辞`, `开幕词`, `欢迎辞`, `答谢词`): what is
 * said, then 辞 or 词. A speech title may end in one as it ends in 讲话 or 致辞.
 */
export const ADDRESS_WORD = '(?:祝酒|开幕|闭幕|欢迎|答谢|告别)[辞词]';
/** Words a speech title ends with. */
export const TITLE_END = new RegExp(
  `(?:讲话|致辞|发言|演讲|报告|讲稿|贺信|贺词|的信|序言|前言|（全文）|\\(全文\\)|提纲|讲话稿|主持词|总结|講話|致詞|發言|演講|報告|${ADDRESS_WORD})$`,
  'u',
);
export const PART_OR_POINT =
  /^(?:第[一二三四五六七八九十]+[，,、:：]|[一二三四五六七八九十]+[、是要]|（[一二三四五六七八九十]+）|\d{1,2}、)/;
export const SALUTATION = /^(?:尊敬的|同志们|各位代表|各位委员|各位来宾|各位同事|女士们|朋友们|亲爱的)/;
/**
 * A further line of a salutation written over several lines (`尊敬的…总统，` / `各位部长，` /
 * `各位工商界朋友，`): short, no sentence end, ending as an address does (`，` or `：`).
 * Only after a SALUTATION line: on its own it is any short clause.
 */
export const ADDRESS_LINE = /^[^。！？；!?;]{2,24}[，,：:]$/u;
/** `在X上的讲话`: a speech title's core, with or without the speaker before it. */
export const AT_MEETING = new RegExp(
  `在.{2,80}?(?:上|时|時|期间|期間|之际|之際)的?(?:主持|总结|總結|动员|動員|重要|主旨)?(?:讲话|講話|致辞|致詞|发言|發言|演讲|演講|报告|報告|${ADDRESS_WORD})`,
  'u',
);

/**
 * A news headline that reports what a speaker said or wrote, its subject first:
 * `<name>在…时强调`, `<name>对…作出重要指示`, `<name>在…上发表重要讲话`,
 * `<name>主持召开…会议强调` (a newspaper's kicker over its deck). The name (2–4
 * characters) then 在/对/向/同/给/致 or what the subject did (主持, 出席, 考察 …), and a
 * reporting verb at the end: 强调 / 指出 right after the meeting, the speech or the
 * instruction it reports on. A time word may stand between the name and the verb
 * (`<name>近日作出重要指示强调`, `<name>日前在…时指出`); the name is no time word.
 */
export const HEADLINE_TIME = /^(?:近日|日前|今天|今日|昨天|昨日)/u;
export const REPORT_HEADLINE =
  /^(?!近日|日前|今天|今日|昨天|昨日)\p{Script=Han}{2,4}(?:近日|日前|今天|今日|昨天|昨日)?(?:在|对|向|同|给|致|主持|出席|考察|视察|会见|参加|召开|作出)[^，。；！？]{2,70}?(?:(?:时|中|上)(?:强调|指出|表示)|(?:会议|大会|全会|座谈会|会|仪式|典礼|讲话|指示|批示|贺信|回信)(?:并)?(?:强调|指出)|作出(?:重要)?(?:指示|批示)|发表(?:重要|主旨)?(?:讲话|演讲|致辞))$/u;

/** A report headline's kicker verb at its end (`…会议强调`, `…时指出`): the deck under it says what was stressed. */
export const KICKER_VERB = /(?:时|中|上)?(?:强调|指出)$/u;

/** A subtitle line: `——在…上的讲话`. It belongs to the title line above it. */
export const SUBTITLE = /^[—－–-]{1,2}\s*\S/u;

export function titleLike(t: string): boolean {
  return len(t) <= 100 && !/[。！？；!?;]/.test(t) && !/[：:，,、]$/.test(t) && !PART_OR_POINT.test(t) && !SALUTATION.test(t);
}

/** A page title's site suffix: `标题 - 站点名`, `标题_站点名`, `标题|站点名`. */
export function stripSiteSuffix(t: string): string {
  return t.replace(/\s*(?:[_｜|]|\s[-–—]\s)\s*[^_｜|]{2,30}$/u, '').trim();
}

/** A line with a page-chrome shape: never a title. */
export function chromeShaped(t: string): boolean {
  return (
    isMenuShape(t) ||
    isBreadcrumb(t) ||
    pageMetaStrength(t) > 0 ||
    isCounterLike(t) ||
    isLinkLike(t) ||
    isWidgetRun(t) ||
    isClockLine(t) ||
    isPaywall(t) ||
    isListHead(t) ||
    isPrevNext(t)
  );
}

/**
 * How much `t` looks like a speech title: 0 when it cannot be one (too short,
 * a sentence, a dateline, page chrome, a salutation); higher for the title
 * words (`…的讲话`), a meeting (`在…上`), length, and agreement with the
 * page's own `<title>`.
 */
export function titleScore(t: string, pageTitle?: string): number {
  if (!titleLike(t) || len(t) < 5 || isDateline(t) || chromeShaped(t) || SUBTITLE.test(t)) return 0;
  // A function word at the end (`…所作的`, `…和`): a sentence cut off, not a title.
  if (/[的和与及对把被向从]$/u.test(t)) return 0;
  let score = 1;
  if (TITLE_END.test(t) || REPORT_HEADLINE.test(t)) score += 3;
  if (AT_MEETING.test(t)) score += 2;
  if (len(t) >= 10) score += 1;
  if (/(?:会议|大会|座谈会|推进会|动员会|仪式|典礼|论坛|开幕|闭幕|工作报告)/u.test(t)) score += 1;
  const page = pageTitle ? stripSiteSuffix(pageTitle) : '';
  if (page && len(page) >= 5 && (t === page || t.includes(page) || page.includes(t))) score += 3;
  return score;
}

/** A line going on with punctuation: the line before it is a fragment of a sentence, not a title. */
const FRAGMENT_NEXT = /^[。，、；：！？）》”]/u;

/**
 * Index of the title among `texts[0..end)`: the most title-shaped line, a
 * line followed by a subtitle (`——在…上的讲话`) counting as the whole title
 * block; on a tie the one nearest the body. -1 when none.
 * `skip(t)`: lines never taken (bylines).
 */
/**
 * Lines under a title that are never the title themselves: a document number in brackets
 * (`（教师函〔2021〕13号）`) and a division heading of a document's first part (`第一章 总 则`).
 * Scored as candidates, the nearer-to-the-body bonus let them win a tie over the title line above.
 * (Other bracketed lines, `（试行）`, `（2021版）`, may be the title's own last part: left to the title block.)
 */
const NEVER_A_TITLE =
  /^(?:[（(][^（）()]{0,20}[〔［[][0-9０-９]{4}[〕］\]][^（）()]{0,10}号[）)]|第[一二三四五六七八九十]{1,3}[章编][\s\u3000]*\S{1,8})$/u;

export function pickTitleIndex(texts: readonly string[], end: number, pageTitle?: string, skip?: (t: string) => boolean): number {
  let best = -1,
    bestScore = 0;
  for (let i = 0; i < end && i < texts.length; i++) {
    const t = texts[i]!.trim();
    if (!t || NEVER_A_TITLE.test(t)) continue;
    const nextIndex = texts.findIndex((x, k) => k > i && x.trim());
    const tail = nextIndex > 0 && nextIndex < end ? texts[nextIndex]!.trim() : '';
    // A skipped shape (a name: `在全市` reads as one) is still a title's first part when
    // together with the next line it makes a whole `在…上的讲话` the next line is not by itself.
    if (skip?.(t) && !(tail && brokenTitle(t, tail) && completeTitle(t + tail))) continue;
    // A title broken over two lines: scored whole, at its first line.
    if (tail && brokenTitle(t, tail)) {
      const afterTail =
        texts
          .slice(nextIndex + 1)
          .find((x) => x.trim())
          ?.trim() ?? '';
      const s = FRAGMENT_NEXT.test(afterTail) ? 0 : titleScore(t + tail, pageTitle);
      if (s > 0 && s >= bestScore) {
        best = i;
        bestScore = s;
      }
      i = nextIndex;
      continue;
    }
    let s = titleScore(t, pageTitle);
    // A fragment of a sentence cut around a link (`…所作的` / `政府工作报告` / `。会议…`): the next line goes on with punctuation.
    const after =
      texts
        .slice(i + 1)
        .find((x) => x.trim())
        ?.trim() ?? '';
    if (FRAGMENT_NEXT.test(after)) s = 0;
    // The first line of a hard-wrapped paragraph (a PDF's `…其发展程度直接关` / `乎我国…`): a clause
    // break inside it and lines of its width running on to a sentence's end are prose, not a title.
    if (s > 0 && /[，；]/u.test(t) && isWrappedProse(texts, i)) s = 0;
    // A page prints its title twice (its <title>, then the heading): the later copy, agreeing with the earlier, is the title.
    if (s > 0 && texts.slice(0, i).some((x) => x.trim() === t)) s += 3;
    if (s > 0) {
      const next =
        texts
          .slice(i + 1)
          .find((x) => x.trim())
          ?.trim() ?? '';
      if (SUBTITLE.test(next) && titleScore(next.replace(/^[—－–-]+\s*/u, ''), pageTitle) >= 4) s += 6;
      // A document's title block: its name over its span or its status in brackets (title-tail.ts).
      else if (titleTailBelow(t, next)) s += 3;
    }
    // The last title-shaped line before the body is the nearest to it: a small bonus over a column name above.
    if (s > 0 && !texts.slice(i + 1, end).some((x) => titleScore(x.trim(), pageTitle) > 0)) s += 1;
    if (s > 0 && s >= bestScore) {
      best = i;
      bestScore = s;
    }
  }
  return best;
}

/** True when `t` is a whole title by itself (`X在…上的讲话`, `关于…`), so nothing belongs before it. */
export function completeTitle(t: string): boolean {
  return new RegExp(`^(?:\\p{Script=Han}{2,12}?)?[：:]?${AT_MEETING.source}`, 'u').test(t) || /^(?:关于|——)/u.test(t);
}

/** A title part: title-like, short, not page chrome, no spaced-out menu items, no label. */
export function titlePart(t: string): boolean {
  return titleLike(t) && len(t) <= 40 && !chromeShaped(t) && !/[ \u3000]{2,}|[:：]/.test(t) && !isDateline(t);
}

/**
 * A line closed by a note in brackets: wholly bracketed (`（本节目文稿由主播整理，仅供学习交流）`), or a
 * label with a bracketed remark holding a clause (`学习参考资料之七（内部学习，注意保存）`). A title
 * broken over two lines breaks inside a phrase, not after such a remark: no first half of a title.
 */
export function bracketedNote(t: string): boolean {
  const s = t.trim();
  return /^[（(][^（）()]+[）)]$/u.test(s) || /[（(][^（）()]*[，,、；;][^（）()]*[）)]$/u.test(s);
}

/**
 * Two lines that are one title broken in two (`在全市第二批主题教育` /
 * `工作推进会上的讲话`): the first does not end like a title, the second does
 * but is not a whole title by itself (a site line above a complete title is
 * not glued onto it), and together they make one.
 */
export function brokenTitle(a: string, b: string): boolean {
  if (!titlePart(a) || !titlePart(b) || /\s/.test(a) || TITLE_END.test(a) || bracketedNote(a)) return false;
  // The title word itself cut (`政府工作报` / `告`): a tail of one or two characters completing it.
  if (len(b) <= 2 && !TITLE_END.test(b)) return TITLE_END.test(a + b) && len(a) + len(b) <= 40;
  // A document's name cut after a word no title ends on (`…园区建设等` / `奖补政策实施细则`).
  const cutName = OPEN_END.test(a) && DOC_NAME_END.test(b);
  return (TITLE_END.test(b) || cutName) && !completeTitle(b) && (completeTitle(a + b) || len(a) + len(b) <= 40);
}
/** Words a title never ends on: it goes on in the next line. */
const OPEN_END = /[等和与及的]$/u;

/**
 * A two-part title over two lines with a subtitle under it (`为实现民族伟大复兴` /
 * `推进祖国和平统一而共同奋斗` / `——在…上的讲话`): the index of the first part,
 * or -1. The first part is a short title part right above the picked line, at most
 * `maxBlank` blank lines above it (a wiki's copy may space the parts further apart).
 */
export function titleFirstPart(texts: readonly string[], best: number, maxBlank = 2): number {
  if (best <= 0) return -1;
  const next =
    texts
      .slice(best + 1)
      .find((x) => x.trim())
      ?.trim() ?? '';
  if (!SUBTITLE.test(next)) return -1;
  let j = best - 1;
  while (j >= 0 && j >= best - 1 - maxBlank && !texts[j]!.trim()) j--;
  if (j < 0 || j < best - 1 - maxBlank) return -1;
  const t = texts[j]!.trim();
  return titlePart(t) &&
    !TITLE_END.test(t) &&
    len(t) <= 20 &&
    !/\s/.test(t) &&
    PART_OPENING.test(t) &&
    !DAY_STAMP.test(t) &&
    !bracketedNote(t) &&
    len(t) >= 3
    ? j
    : -1;
}

/**
 * How a title's first part opens: with a word or an opening quote (`“两个确立”…`), not with a
 * button's sign (`+关注`) or a number (a print stamp `2023年11月20日印`).
 */
const PART_OPENING = /^[\p{Script=Han}“‘《「『（(]/u;
/** A full day written out (`2023年11月20日`, `11月20日`): a stamp or dateline, never a title part's words. */
const DAY_STAMP = /\d{1,2}月\d{1,2}日|[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日/u;

/** Most lines of a report headline's deck (主题, printed over one to three lines). */
const MAX_DECK = 3;

/**
 * A line of a report headline's deck: under a kicker (`习近平主持召开…会议强调`), what was
 * stressed, in a headline's words (`加强党对全面依法治国的集中统一领导`): title-like, no
 * sentence, at most 40 characters, no page chrome, no dateline, no `——` subtitle.
 */
export function deckLine(t: string): boolean {
  const s = t.trim();
  return (
    len(s) >= 4 &&
    len(s) <= 40 &&
    titleLike(s) &&
    !/[，,：:]/u.test(s) &&
    !isDateline(s) &&
    !chromeShaped(s) &&
    !SUBTITLE.test(s) &&
    !REPORT_HEADLINE.test(s) &&
    !attendanceLine(s)
  );
}

/**
 * The line under a report headline's deck naming who else attended or what they did
 * (`李克强栗战书王沪宁出席`, `李克强作出批示`, `…出席会议 赵乐际主持会议`): each part
 * (spaces between) names people, then 出席 / 主持 / 作出批示 / 陪同 / 参加.
 */
export function attendanceLine(t: string): boolean {
  const s = t.trim();
  if (len(s) > 60 || /[，。；！？,:：]/u.test(s)) return false;
  return s
    .split(/[\s\u3000]+/u)
    .every((part) => /^\p{Script=Han}{2,30}?(?:出席|主持|作出批示|陪同|参加)(?:会议|大会|活动|仪式|会见|并讲话)?$/u.test(part));
}

/**
 * The deck under the report headline at `ti` (`texts[ti]` matches REPORT_HEADLINE): the
 * indices of its lines (one to three deck lines), and of an attendance line right after
 * them, or null when `texts[ti]` is no report headline or no deck line follows it.
 */
export function headlineDeck(texts: readonly string[], ti: number): { deck: number[]; attendance: number | null } | null {
  if (!REPORT_HEADLINE.test(texts[ti]?.trim() ?? '')) return null;
  const deck: number[] = [];
  let k = ti + 1;
  for (; k < texts.length && deck.length < MAX_DECK; k++) {
    const t = texts[k]!.trim();
    if (!t) continue;
    if (!deckLine(t)) break;
    deck.push(k);
  }
  if (!deck.length) return null;
  while (k < texts.length && !texts[k]!.trim()) k++;
  return { deck, attendance: k < texts.length && attendanceLine(texts[k]!) ? k : null };
}
