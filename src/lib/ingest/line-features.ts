/**
 * Shape features of one line of a copied page, used to tell page chrome
 * (menus, breadcrumbs, widgets, page metadata, counters, link lists) from
 * speech text. Every feature is a *shape* — lengths, punctuation shares,
 * separators, digits next to counting words, label-colon pairs — not a list
 * of one site's phrases, so it carries over to pages nobody here has seen.
 *
 * Pure functions on a trimmed line; chrome.ts combines them.
 */

/** Chinese sentence and clause punctuation: what prose has and chrome lacks. */
const SENTENCE_PUNCT = /[。，；：！？、“”]/gu;
/** Marks that end a sentence. */
const SENTENCE_END = /[。！？；!?]/u;
/** A full stop, question or exclamation mark last, maybe inside closing quotes or brackets (`…。”`). */
const CLOSES_SENTENCE = /[。！？!?][”’」』）)]*$/u;
/** The same, or an ellipsis last (a sentence broken off: `……`). */
const CLOSES_OR_BREAKS_OFF = /[。！？!?…][”’」』）)]*$/u;

/** Whether a trimmed line ends a sentence: `。！？!?` last, maybe inside closing quotes or brackets. */
export const closesSentence = (t: string): boolean => CLOSES_SENTENCE.test(t);
/** Whether a trimmed line ends a sentence or breaks one off with an ellipsis (`…`). */
export const closesOrBreaksOff = (t: string): boolean => CLOSES_OR_BREAKS_OFF.test(t);

/** The index of the nearest line before (-1) or after (+1) line `i` that is not blank; -1 or `lines.length` when there is none. */
export function nearestNonBlank(lines: readonly string[], i: number, dir: -1 | 1): number {
  let k = i + dir;
  while (k >= 0 && k < lines.length && !lines[k]!.trim()) k += dir;
  return k;
}

/** The nearest line before (-1) or after (+1) line `i` that is not blank, trimmed; '' when there is none. */
export function nearestText(lines: readonly string[], i: number, dir: -1 | 1): string {
  return lines[nearestNonBlank(lines, i, dir)]?.trim() ?? '';
}

/**
 * Characters (code points) in `t`, as `[...t].length` counts them (a lone surrogate is one),
 * without building the array: lines can be 50,000 characters long and are measured often.
 */
export function len(t: string): number {
  let n = t.length;
  for (let i = 0; i < t.length - 1; i++) {
    const c = t.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = t.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** 1 for each BMP code unit that is a Han character (`\p{Script=Han}`), made once. */
const HAN_BMP = (() => {
  const one = /^\p{Script=Han}$/u;
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if ((c < 0xd800 || c > 0xdfff) && one.test(String.fromCharCode(c))) table[c] = 1;
  return table;
})();
const HAN_ONE = /^\p{Script=Han}$/u;

/** Han characters in `t` (`\p{Script=Han}`, beyond the BMP too), by table: lines can be 50,000 characters long. */
export function hanCount(t: string): number {
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < t.length) {
      const d = t.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        if (HAN_ONE.test(t.slice(i, i + 2))) n++;
        i++;
        continue;
      }
    }
    n += HAN_BMP[c]!;
  }
  return n;
}

/**
 * Speech-like: a sentence or clause of running Chinese text. It ends a
 * sentence, or is long and carries clause punctuation.
 */
export function isSentenceLike(t: string): boolean {
  const n = len(t);
  if (n < 8 || hanCount(t) < n * 0.5) return false;
  const punct = t.match(SENTENCE_PUNCT)?.length ?? 0;
  if (SENTENCE_END.test(t) && punct >= 1 && n >= 12) return true;
  return n >= 30 && punct >= 2;
}

/**
 * Hard-wrapped prose (a PDF or a fixed-width copy): a long line of Chinese
 * text that does not end a sentence itself but runs on, without a blank
 * line, into lines of which one within the next four ends a sentence.
 */
export function isWrappedProse(lines: readonly string[], i: number): boolean {
  const t = lines[i]!.trim();
  if (len(t) < 12 || hanCount(t) < len(t) * 0.6 || /[ \u3000]{2,}/.test(t.replace(/^[ \u3000]+/, ''))) return false;
  // A line ending in a title's last word is a title, not a wrapped fragment.
  if (/(?:讲话|致辞|发言|演讲|报告|贺信|贺词)$/u.test(t)) return false;
  for (let k = i + 1; k < lines.length && k <= i + 4; k++) {
    const u = lines[k]!.trim();
    if (!u || len(u) < 2) return false;
    // Wrapped lines are of one width: a short line before a long one (a title before a paragraph) is not wrapped.
    if (k === i + 1 && len(t) < 0.7 * len(u)) return false;
    if (SENTENCE_END.test(u) && /[。，；：！？、]/.test(u)) return true;
  }
  return false;
}

/** Separators between menu items: bars, arrows, middle dots, slashes, runs of spaces. */
const MENU_SEP = /\s*[|｜>＞›»→·•]\s*|\s[/／]\s|[ \u3000\u00A0]{2,}|\s+/u;

/** Items of a line split at menu separators (empty items dropped). */
export function menuItems(t: string): string[] {
  return t
    .split(new RegExp(MENU_SEP.source, 'gu'))
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Menu shape: three or more short bare items separated by bars, arrows,
 * dots, slashes or spaces (`首页 | 新闻 | 党建`, `要闻  时政  理论  评论`).
 * Items carry no sentence punctuation.
 */
export function isMenuShape(line: string): boolean {
  if (/[□☐■◻]/.test(line)) return false; // a form's check boxes
  // `热门搜索：政府工作报告 人才引进 公积金`: a label, then the menu.
  const t = line.replace(/^[\p{Script=Han}]{2,6}\s*[:：]\s*/u, '');
  const labelled = t !== line;
  const marked = /[|｜>＞›»→·•]|\s[/／]\s/.test(t);
  if (!marked && !/[ \u3000\u00A0]/.test(t)) return false;
  const items = menuItems(t);
  if (items.length < (marked || labelled ? 3 : 4)) return false;
  // Menu items are words: Chinese, or Latin words (`English`); not symbols.
  if (!items.every((s) => /\p{Script=Han}|[A-Za-z]{2,}/u.test(s)) || !items.some((s) => hanCount(s) >= 2)) return false;
  // Items split only by spaces: short words (a table row has numbers, codes, long cells).
  if (!marked && !items.every((s) => (len(s) <= 6 && /^[\p{Script=Han}A-Za-z]+$/u.test(s)) || /^[A-Za-z]{2,12}$/.test(s))) return false;
  // `第一章　总　则`, `杜  宇`: a spaced-out heading or name, not a menu.
  if (items.filter((s) => len(s) === 1).length * 3 > items.length) return false;
  const bare = items.filter((s) => len(s) <= 8 && !/[。，；！？、“”]/.test(s));
  return bare.length === items.length && items.reduce((n, s) => n + len(s), 0) <= 80;
}

/**
 * Breadcrumb: a path of short items joined by `>` (or ›, », →, ＞), possibly
 * after a location label (`当前位置：`, `您现在的位置:`), possibly ending in
 * the article title: `首页 > 新闻中心 > 领导讲话 > 正文`, `<site>>实用范文>致辞讲话>`.
 */
export function isBreadcrumb(t: string): boolean {
  const body = t.replace(/^[^：:>]{0,10}位置\s*[:：]\s*/u, '');
  const parts = body.split(/\s*(?:[>＞›»→]|&gt;?|&raquo;?)+\s*/u);
  if (parts.length < 2) return /位置\s*[:：]/.test(t) && len(t) <= 60;
  const steps = parts.slice(0, -1);
  return (
    steps.length >= 1 &&
    steps.every((s) => len(s) <= 16 && !/[。，；！？]/.test(s)) &&
    steps.some((s) => hanCount(s) >= 2) &&
    (parts.length >= 3 || /位置\s*[:：]/.test(t) || len(parts[parts.length - 1]!) === 0)
  );
}

/** A location label alone (`当前位置：`, `您现在的位置是：`). */
export function isLocationLabel(t: string): boolean {
  return /^[^，。]{0,8}位置(?:是)?\s*[:：]?\s*$/u.test(t);
}

/**
 * Label-colon pairs: a short label, a colon, a short value (`发布时间：2021-03-16`,
 * `来源：新华社`, `作者：张三`, `浏览次数：1024`). Returns the pairs found.
 */
export function labelPairs(t: string): { label: string; value: string }[] {
  const out: { label: string; value: string }[] = [];
  // A label with no value (`作者：　　时间：…`) is followed by the next label, not a value: the spaces are
  // not skipped into it, and the next pair's boundary (a lookbehind) is not used up by this one.
  const re =
    /(?<=^|[\s|｜【[（(])([\p{Script=Han}A-Za-z]{2,6})\s*[:：][ \t\u3000\u00A0]*(?![\p{Script=Han}A-Za-z]{2,6}\s*[:：])([^\s:：|｜【】[\]]{0,30}(?:\s\d{1,2}:\d{2}(?::\d{2})?)?)/gu;
  for (const m of t.matchAll(re)) out.push({ label: m[1]!, value: m[2]!.trim() });
  return out;
}

/**
 * Page-metadata shape: label-colon pairs making up (almost) the whole line,
 * without sentence punctuation in their values. Two or more pairs on a line
 * is chrome wherever it stands; a single pair needs a short line, a short
 * value and either a date/number value or a position outside the body.
 */
export function pageMetaStrength(line: string): 0 | 1 | 2 {
  // `2018-03-01 18:29:03 来源：新华网`: a publication time, then label pairs (values may be empty).
  const stamped = /^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+/.exec(line);
  if (stamped) {
    const rest = line.slice(stamped[0].length);
    if (!rest.trim() || (labelPairs(rest).length > 0 && !/[。！？；，]/.test(rest) && len(rest) <= 60)) return 2;
  }
  // A letter-spaced label (`索 引 号：`, `文　　号：`, set out to the width of the others) is one label.
  const t = line.replace(/^((?:\p{Script=Han}[ \u3000]+){1,5}\p{Script=Han})(?=\s*[:：])/u, (m) => m.replace(/[ \u3000]+/g, ''));
  const pairs = labelPairs(t);
  if (!pairs.length) return 0;
  // A form to fill in (`申报日期：　　年　　月　　日`, `姓名：____`) is a document's, not a page's.
  if (/[年月][ \u3000]{2,}|[_＿]{3,}|[□☐]/.test(t)) return 0;
  if (/[。！？；，]/.test(t.replace(/[（(][^）)]*[）)]/g, ''))) return 0;
  // Besides the pairs, a meta line holds only separators and a bare date or time (`… | 2018年01月01日 | …`).
  const dates = (t.match(DATE_OR_TIME) ?? []).reduce((n, d) => n + len(d.replace(/\s+/g, '')), 0);
  const separators = t.match(/[|｜·•]/gu)?.length ?? 0;
  const covered = pairs.reduce((n, p) => n + len(p.label) + len(p.value) + 1, 0) + dates + separators;
  if (covered < len(t.replace(/\s+/g, '')) * 0.6) return 0;
  if (pairs.length >= 2 && pairs.filter((p) => p.value).length >= 1) return 2;
  const [p] = pairs;
  if (!p!.value) return 0; // `同志们：` is a salutation, not a label
  return len(t) <= 40 && META_LABEL.test(p!.label) ? 1 : 0;
}

/**
 * What page-metadata labels are about (time, source, author, editor, counts,
 * links, font size): a lone label-colon pair is page metadata only with such
 * a label; `主持人：张三` or `一一：一` is not.
 */
export const META_LABEL =
  /(?:时间|日期|来源|出处|作者|编辑|责编|审核|校对|供稿|摄影|发布|更新|次数|点击|浏览|阅读|访问|链接|网址|地址|字号|字体|分享到?|标签|关键词|稿源|发稿|分类|积分|等级|人气|索引号|有效性|发布机构|Source|From)$/iu;

/** A bare date or clock time standing between label pairs (not inside a value). */
const DATE_OR_TIME = /(?<![:：]\s*)(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?|\b\d{1,2}:\d{2}(?::\d{2})?\b)/gu;

/** A date or a clock time as page metadata writes them. */
export const DATE_VALUE = /^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$/;

/**
 * Counter-like content: digits with a counting word (`1024次`, `阅读 356`,
 * `点击数：12`), page counters (`第1页共 17 页`, `1/17`), or link-like
 * content (URLs, e-mail addresses, ICP numbers, phone numbers).
 */
export function isCounterLike(t: string): boolean {
  return (
    /\d+\s*(?:次|人次|人阅读|人浏览|人评论|阅读|浏览|评论|点赞|收藏|转发)(?:$|[\s|｜)）】])/u.test(t) ||
    (/(?:阅读|浏览|点击|评论|访问)(?:量|数|次数)?\s*[:：]?\s*\d+/u.test(t) && len(t) <= 40) ||
    /第\s*\d+\s*页\s*[,，/]?\s*共\s*\d+\s*页/u.test(t) ||
    // A quantity alone on a short line: a reading time or a length (`约 26 分钟`, `1532字`).
    /^[\p{Script=Han}]{0,2}\s*\d+\s*(?:分钟|秒|字|页|KB|MB)$/iu.test(t.trim()) ||
    /^\s*\d+\s*\/\s*\d+\s*$/.test(t)
  );
}

/** A reaction count (`赞 19`, `回复 2`, `👍 41`, `💬 段评 6`) or a short date (`04-15`). */
const REACTION = String.raw`(?:(?:\p{Extended_Pictographic}\uFE0F?\s*(?:\p{Script=Han}{1,3}\s*)?|\p{Script=Han}{1,3}\s*)\d+(?:\.\d+)?[万wWkK]?|\d{1,2}-\d{1,2})`;
/** Two or more of them after wide spaces, closing the line. */
const REACTIONS_END = new RegExp(`(?:(?: {2,}|\u3000+)${REACTION}){2,}$`, 'u');
/** A line of them only, one with an emoji. */
const REACTIONS_ONLY = new RegExp(`^${REACTION}(?:(?: {2,}|\u3000+)${REACTION})+$`, 'u');

/**
 * A reader's comment with its counts, or a bar of counts under a paragraph: a sentence then two or
 * more counts after wide spaces (`江南烟雨：中越友好，世代相传。　　04-15　　赞 21`,
 * `热门段评｜老宋头：……　　回复 2　　赞 19`), or a line of counts only, one with an emoji
 * (`👍 41　　💬 段评 6`). A table's row has no sentence before its numbers.
 */
export function isReactionLine(t: string): boolean {
  const s = t.trim();
  if (len(s) > 200) return false;
  if (REACTIONS_ONLY.test(s)) return /\p{Extended_Pictographic}/u.test(s);
  const m = REACTIONS_END.exec(s);
  return !!m && /[。！？!?…”’」』）)]$/u.test(s.slice(0, m.index).trim());
}

/**
 * A page's reading statistics for the text: its length in characters and the time to read it,
 * as one short line (`本文共计1532字，预计阅读时长4分钟。`, `全文约3000字 阅读约需8分钟`).
 */
export function isReadingStats(t: string): boolean {
  return len(t) <= 40 && /\d+\s*字/u.test(t) && /\d+\s*(?:分钟|分|秒)/u.test(t);
}

export function isLinkLike(t: string): boolean {
  return /https?:\/\/|www\.[a-z0-9-]+\.[a-z]/i.test(t) || /ICP[备证]?\s*\d+/i.test(t);
}

/** Contact details: an e-mail address or a phone number (a document's contact line, or a site footer). */
export function isContactLike(t: string): boolean {
  return /[\w.+-]+@[\w-]+\.[\w.]+/.test(t) || /(?:电话|传真|热线|手机)\s*[:：]?\s*[\d\-－ ]{7,}/.test(t);
}

/**
 * Page tools named on a line of their own: scan to open on a phone, add to
 * the desktop or favourites, set as home page, share, print, close, font size.
 */
export function isToolLine(t: string): boolean {
  return (
    len(t) <= 24 &&
    !/[。；]/.test(t) &&
    /扫一扫|二维码|手机(?:上)?(?:打开|查看|浏览|阅读)|添加到桌面|加入收藏|设为首页|設為首頁|收藏本站|分享到|打印本页|关闭窗口|返回顶部|字号[：:]/u.test(
      t,
    )
  );
}

/**
 * A post or list stamp: a date with a clock time on a short line that is not a
 * sentence (`发表于 2019-7-2 11:05 | 只看该作者`, `1楼 2018-11-02 09:12`,
 * `(2018-03-21 09:14:52)`), or a list item opening with a date
 * (`· 2019-10-01 庆祝…大会隆重举行`).
 */
export function isStampLine(t: string): boolean {
  if (len(t) > 60 || /[。！？；]/.test(t)) return false;
  return (
    /\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)\s*\d{1,2}:\d{2}/u.test(t) ||
    /^[·•\-*]\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s/.test(t) ||
    /^\d{1,4}\s*楼(?:\s|$)/u.test(t) ||
    // A post's time without the year, alone on its line (`03-02 10:15`).
    /^\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}$/.test(t)
  );
}

/** A page number line of a printed or PDF copy: `- 9 -`, `— 1 —`, `第 3 页`, `3/17`. */
export function isPageNumberLine(t: string): boolean {
  return (
    (/^[-—–－·・•∙\s]*\d{1,4}[-—–－·・•∙\s]*$/.test(t) && /[-—–－·・•∙]/.test(t)) ||
    /^第\s*\d{1,4}\s*[页頁](?:\s*[,，/]?\s*共\s*\d+\s*[页頁])?$/u.test(t)
  );
}

/** Bracketed widget runs: `【字体：大 中 小】【打印本页】【关闭窗口】`, `[打印] [关闭]`. */
export function isWidgetRun(t: string): boolean {
  const brackets = t.match(/【[^【】]{1,12}】|\[[^[\]]{1,12}\]/gu) ?? [];
  if (brackets.length >= 2) {
    const outside = t.replace(/【[^【】]{1,12}】|\[[^[\]]{1,12}\]/gu, '').replace(/\s+/g, '');
    return len(outside) <= 12 && !/[。！？]/.test(outside);
  }
  // `字体：大 中 小` / `字号：T|T`
  return /^[【[]?\s*(?:字体|字号)\s*[:：]?\s*[大中小默认TＴ|｜\s]{2,}[】\]]?/u.test(t) && len(t) <= 40;
}

/**
 * Markers of hidden or truncated text: `---此处隐藏3111字---`, `预览结束，…`,
 * `免费试读…`, `请先登录…`, `阅读全部…`, `剩余…字未读`. The shape is a short
 * line (or a dash-wrapped run inside one) about reading, logging in, paying or
 * text that is hidden.
 */
export const HIDDEN_TEXT = /[-—－=]{2,}\s*[^-—－=\n]{0,12}(?:隐藏|省略|未显示|剩余)[^-—－=\n]{0,12}\d+\s*字[^-—－=\n]{0,6}\s*[-—－=]{2,}/gu;

export function isPaywall(t: string): boolean {
  if (len(t) > 60) return false;
  return (
    /(?:免费|全文|完整|剩余|余下)?(?:试读|预览)(?:结束|已结束|完毕|\d+页|$)/u.test(t) ||
    // A preview's limit reached (`到这已经超出免费预览范围`).
    /(?:超出|超过)[^，。！？]{0,6}(?:试读|预览)/u.test(t) ||
    /(?:请先|立即|马上|需要)?登录(?:后|以后)?(?:查看|阅读|下载|复制|继续)/u.test(t) ||
    /^(?:请先)?登录$|^(?:免费)?注册$/u.test(t) ||
    (/(?:阅读|查看|展开|显示)(?:全部|全文|更多|剩余)(?:内容|全文)?/u.test(t) && !SENTENCE_END.test(t)) ||
    /(?:下载|开通|充值|购买)(?:全文|文档|会员|VIP)/iu.test(t) ||
    /剩余\s*\d+\s*字/u.test(t) ||
    /(?:请先|需要|须|立即)登录|登录后(?:才|方)可|(?:下载|阅读)本文(?:档)?需要/u.test(t) ||
    /隐藏\s*\d+\s*字/u.test(t)
  );
}

/**
 * Date greeting / clock line of a page head: a date with a weekday
 * (`今天是2021年3月5日 星期五`, `2021年3月5日 星期五 农历…`).
 */
export function isClockLine(t: string): boolean {
  return (
    len(t) <= 50 &&
    /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/.test(t) &&
    /(?:星期|周|礼拜)[一二三四五六日天]/.test(t) &&
    !SENTENCE_END.test(t)
  );
}

/**
 * Related-list heads: a short line announcing a list of other pages
 * (`相关推荐`, `相关阅读`, `延伸阅读`, `热门文章`, `猜你喜欢`, `上一篇：…`).
 */
export function isListHead(t: string): boolean {
  if (len(t) <= 10 && /(?:相关|推荐|延伸|热门|热点|最新|更多|精选|猜你|往期)/u.test(t) && !/[。，；、：:]/.test(t)) return true;
  // With a colon, the line opens with the list word (`延伸阅读：`, `相关文章：`; not a form's `推荐单位：`).
  if (len(t) <= 10 && /^(?:相关|延伸|热门|热点|更多|猜你|往期)[^。，；、：:]*[：:]$/u.test(t)) return true;
  // The list head after a bracketed title: `【在…大会上的讲话】相关推荐：`.
  return len(t) <= 60 && /^【[^】]{2,50}】\s*(?:相关|推荐|延伸|热门|更多|精选)[\p{Script=Han}]{0,4}[：:]?$/u.test(t);
}

/** Previous / next article links: `上一篇：…`, `下一篇：…`, `上一篇 下一篇`. */
export function isPrevNext(t: string): boolean {
  return (
    (/^(?:上一?篇|下一?篇|上一条|下一条|前一篇|后一篇)\s*[:：]?/u.test(t) && !/[。！？]$/.test(t)) ||
    // A pager: `上一页 1 2 3 下一页`, `上一张　下一张` (page numbers and the two buttons only).
    (len(t) <= 40 &&
      /^(?:上一?[页张]|首页)/u.test(t) &&
      /(?:下一?[页张]|尾页)$/u.test(t) &&
      /^[\p{Script=Han}\d\s.…|｜]+$/u.test(t) &&
      hanCount(t.replace(/[上下一页张首尾]/gu, '')) === 0) ||
    // A back link: `<< 返回`, `« 返回列表` (the `<` perhaps still an entity).
    (len(t) <= 12 && /^(?:&lt;?|[<«‹])+\s*返回/u.test(t))
  );
}

/**
 * Anti-scraping junk inside a line: a run of 1–2-character ASCII tokens with
 * symbols among them, e.g. `' J0 z# o' @% k. x`. Real text in Latin letters
 * has words longer than that and no symbols glued to letters.
 */
export const JUNK_RUN = /(?:[!-~]{1,2}[ \u00A0]+){3,}[!-~]{1,2}/g;

export function isJunkRun(s: string): boolean {
  const tokens = s.trim().split(/[ \u00A0]+/);
  if (tokens.length < 4) return false;
  const alnum = tokens.filter((x) => /[A-Za-z0-9]/.test(x)).length;
  const mixed = tokens.filter((x) => (/[A-Za-z0-9]/.test(x) && /[#@%&*^~$'`\\;.,]/.test(x)) || /[A-Za-z]\d|\d[A-Za-z]/.test(x)).length;
  return alnum * 2 >= tokens.length && mixed >= 2;
}

/** Short bare item: what a menu or widget line is (`会员中心`, `返回`, `English`). */
export function isBareShort(t: string): boolean {
  return len(t) <= 10 && !/[。，；：！？、“”,;:!?（）()《》…—]/.test(t);
}

/**
 * Markup or style code left as text (a page saved by Word as HTML, a copy of a page's
 * source): an HTML comment or conditional comment (`<!--[if gte mso 9]>`, `<![endif]-->`),
 * a tag (`<w:View>Normal</w:View>`, `</style>`), a CSS rule's parts (`p.MsoNormal,
 * li.MsoNormal`, `@page Section1`, `{mso-style-parent:"";`, `margin:0cm;}`, a comment
 * `/* … *\/`), or a run of Word's document settings with the tags stripped (`Normal 0 7.8 磅
 * 0 2 false false false EN-US ZH-CN X-NONE`: words and numbers of ASCII, almost no Han).
 * The shape is code's: ASCII names with `-`, `:` and `;`, braces and angle brackets.
 */
export function isMarkupLine(t: string): boolean {
  const s = t.trim();
  if (!s || len(s) > 300) return false;
  // No sentence of Chinese text is markup, whatever it quotes.
  if (/[。！？；，]/.test(s)) return false;
  if (/^<!--|-->$|^<!\[|\]>$/.test(s)) return true;
  if (/^<\/?[A-Za-z][\w:.-]*(?:\s[^<>]*)?\/?>/.test(s) && /[>]$/.test(s)) return true;
  // CSS: a declaration (`name:value;`), a selector list (`p.Name, li.Name`), an at-rule, a comment.
  if (/^\{?\s*[a-z][a-z-]*\s*:[^;{}]*;?\s*\}?$/.test(s) && /[;{}]/.test(s)) return true;
  if (/^(?:[a-z]+\.[A-Za-z][\w-]*|@[a-z-]+\b[^{}]*)(?:\s*,\s*[a-z]+\.[A-Za-z][\w-]*)*\s*\{?$/.test(s)) return true;
  if (/^\/\*.*\*\/$/.test(s)) return true;
  // Word's settings with the tags stripped: many short ASCII tokens, Han at most a unit (`磅`).
  const tokens = s.split(/\s+/);
  return (
    tokens.length >= 6 &&
    hanCount(s) <= 2 &&
    tokens.filter((x) => /^(?:-?\d+(?:\.\d+)?|false|true|[A-Z]{1,2}-[A-Z]{2,5}|[A-Z][a-z]+)$/.test(x)).length >= tokens.length * 0.7
  );
}
