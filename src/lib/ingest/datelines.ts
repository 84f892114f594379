/**
 * Datelines: the date a speech was given, as printed near its title or under
 * its last line. Pure functions over one line of text; which lines are the
 * header is decided elsewhere (header.ts).
 *
 * Shapes read (spaces allowed between every part, full-width digits too):
 *  - parenthesised, anywhere in the line, glued to text or not:
 *    `（2019年11月12日）`, `( 2015年5月25日 )`, `(2021年3月16日)同志们：`,
 *    `（2014年4月8日，根据录音整理）`, `（二〇一九年十一月十二日）`, `（2019.11.12）`;
 *  - a line that is only a date: `二〇一九年十一月十二日` (〇/零/○), `2019年11月12日 北京`,
 *    `2019.11.12`, `2019-11-12`, `2019/11/12` (numeric dates only in such a line:
 *    in running text they are something else);
 *  - a bare date glued to the salutation: `2021年3月16日同志们：`;
 *  - a subtitle: `——2021年3月5日在第十三届全国人民代表大会第四次会议上`,
 *    `（2022年3月11日第十三届全国人民代表大会第五次会议通过）`.
 * A date with only year and month (`（2019年11月）`) gives the year.
 *
 * Masked years (`20**年`, `20XX年`, `２０××年`, `二〇××年`) are templates from
 * 范文 sites: the line is a dateline (so it is not taken for text or a title),
 * but the year is unknown — never a guess, never 2000.
 */
import { fileTimeAt } from './file-times.ts';
import { asciiDigits, parseDayNumber, parseYearDigits } from './charsets.ts';

export interface Dateline {
  /** `YYYY-MM-DD` when year, month and day are read and valid, else null. */
  date: string | null;
  /** The year when read (also from `2019年11月`); null when masked or absent. */
  year: number | null;
  /** The year (or the whole date) is masked on purpose: unknown, not to be guessed. */
  masked: boolean;
  /** The dateline as written (with its brackets, when it has them). */
  match: string;
  /** UTF-16 index of `match` in the line. */
  index: number;
}

const SP = '[\\s\\u3000\\u00A0]*';
const MASK = '[*＊xXｘＸ×✕□△_＿?？]';
/** A year: digits (ASCII / full-width / Chinese, 〇 written several ways) or masked. */
const YEAR = `(?:[0-9０-９]{4}|[一二][〇零○ＯO一二三四五六七八九]{3}|[0-9０-９一二〇零]{0,3}${MASK}{1,4})`;
const MONTH = `(?:[0-9０-９]{1,2}|十[一二]?|[一二三四五六七八九]|${MASK}{1,2})`;
const DAY = `(?:[0-9０-９]{1,2}|[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九]|${MASK}{1,2})`;
/** `2019年11月12日`, `2019年11月`, with spaces anywhere. */
const HAN_DATE = `(?<y>${YEAR})${SP}年${SP}(?<m>${MONTH})${SP}月(?:${SP}(?<d>${DAY})${SP}[日号])?`;
/** `2019.11.12`, `2019-11-12`, `2019/11/12`, `2019．11．12`. */
const NUM_DATE = `(?<y2>[0-9０-９]{4})${SP}(?<sep>[.\\-/／．])${SP}(?<m2>[0-9０-９]{1,2})${SP}\\k<sep>${SP}(?<d2>[0-9０-９]{1,2})`;
const DATE = `(?:${HAN_DATE}|${NUM_DATE})`;

/** `（…date…, note）` anywhere. The note is short and holds no bracket. */
const PARENS = new RegExp(`[（(〔【\\[]${SP}${DATE}${SP}(?:[^（()）〔〕【】\\[\\]\\d０-９]{1,60})?[）)〕】\\]]`, 'u');
/** A subtitle that dates the speech: `——2021年3月5日在第十三届全国人民代表大会第四次会议上`. */
const SUBTITLE = new RegExp(
  `^${SP}(?:——|—|－－|--)?${SP}${HAN_DATE}${SP}在[^。！？]{2,80}?(?:上|时|期间)(?:的(?:讲话|报告|发言|致辞|演讲|讲稿))?${SP}$`,
  'u',
);
/** A line that is only a date, with a time of day, weekday or place after it. */
const WHOLE = new RegExp(
  `^${SP}${DATE}(?:${SP}(?:[上下]午|晚上|上午|星期[一二三四五六日天]|周[一二三四五六日]))?(?:[\\s\\u3000]+[\\p{Script=Han}（）()]{2,16}|于[\\p{Script=Han}]{2,12})?${SP}$`,
  'u',
);
/** A bare date glued to the salutation that opens the speech. */
const BEFORE_SALUTATION = new RegExp(`^${SP}${HAN_DATE}(?=${SP}(?:同志们|尊敬的|各位|女士们|朋友们|亲爱的|老师们|同学们))`, 'u');

function iso(y: number, m: number, d: number): string | null {
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const hasMask = (s: string | undefined): boolean => s !== undefined && new RegExp(MASK, 'u').test(s);

/** Interprets one regex match; null when the parts do not make a date. */
function interpret(m: RegExpExecArray): Dateline | null {
  const g = m.groups ?? {};
  const ys = g.y ?? g.y2;
  const ms = g.m ?? g.m2;
  const ds = g.d ?? g.d2;
  if (ys === undefined || ms === undefined) return null;
  if (hasMask(ys)) return { date: null, year: null, masked: true, match: m[0], index: m.index };
  const year = parseYearDigits(ys);
  if (year === null || year < 1900 || year > 2100) return null;
  const month = hasMask(ms) ? null : parseDayNumber(ms);
  if (month !== null && (month < 1 || month > 12)) return null;
  const day = ds === undefined || hasMask(ds) ? null : parseDayNumber(ds);
  const date = month !== null && day !== null ? iso(year, month, day) : null;
  if (month !== null && day !== null && date === null) return null; // 2月30日: not a date
  return { date, year, masked: false, match: m[0], index: m.index };
}

/**
 * The dateline in `line`, in any shape above, or null. A parenthesised date is
 * found anywhere in the line (the caller decides whether its place counts); a
 * bare date only as the whole line or glued to the salutation.
 */
export function readDateline(line: string): Dateline | null {
  for (const re of [PARENS, WHOLE, SUBTITLE, BEFORE_SALUTATION]) {
    const m = re.exec(line);
    if (m) {
      const d = interpret(m);
      if (d) return d;
    }
  }
  return null;
}

/**
 * A document's issuing stamp closing it: the issuer (an office, a body: a name ending in
 * 委员会, 部, 局, 办公室, 政府 …), then the date, maybe 印发 / 发布 after it:
 * `国家标准化管理委员会 2020年8月 4 日印发`. The date is the document's.
 */
const ISSUED = new RegExp(
  `^${SP}\\p{Script=Han}{2,40}?(?:委员会|办公厅|办公室|委|部|局|厅|署|院|政府|中心|协会|联合会|党组|党委)${SP}${HAN_DATE}${SP}(?:印发|发布|制定|颁布|修订|通过)?${SP}$`,
  'u',
);
export function readIssueStamp(line: string): Dateline | null {
  const m = ISSUED.exec(line);
  if (!m) return null;
  const d = interpret(m);
  return d ? { ...d, match: m[0].trim(), index: 0 } : null;
}

/** True when the whole line (trimmed) is a dateline, masked ones included. */
export function isDatelineLine(line: string): boolean {
  const t = line.trim();
  const d = readDateline(t);
  return d !== null && d.index === 0 && d.match.trim().length === t.length;
}

/**
 * Splits a line whose dateline is glued to text: `(2021年3月16日)同志们：` →
 * before ``, dateline, after `同志们：`. Null when the line has no dateline.
 */
export function splitDateline(line: string): { before: string; dateline: Dateline; after: string } | null {
  const d = readDateline(line);
  if (!d) return null;
  return { before: line.slice(0, d.index), dateline: d, after: line.slice(d.index + d.match.length) };
}

/**
 * A page's publication line: `发布时间：2019-11-12 10:20`, `发布日期：2019年11月12日`,
 * `时间：2019/11/12`, a newspaper's page line `《人民日报》（2020年02月24日 02 版）`. Returns `YYYY-MM-DD` and the match. Publication is not the
 * speech's date; it is weak evidence for it (see year-evidence.ts).
 */
const PUBLISHED = new RegExp(
  `(?:(?:发布|发表|更新|录入)?(?:时间|日期)${SP}[:：]${SP}(?:${DATE})|《${SP}[^》]{2,12}?${SP}》${SP}[（(]${SP}(?:${DATE})${SP}[0-9０-９]{0,3}${SP}版${SP}[）)])`,
  'u',
);
/**
 * A page's publication stamp: a date opening the line with a clock time after it, or with a
 * page label after it (`2023-11-08 09:30　来源：…`, `2018-03-02　来源：新华社`). A speech's
 * dateline never gives the minute, nor stands before 来源 or 作者.
 */
const STAMP = new RegExp(
  `^${SP}${DATE}${SP}(?:[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?![0-9])|(?=(?:来源|来\\s*源|作者|编辑|责任编辑|责编|浏览|阅读|点击|字号|字体|分享|【|[|｜])))`,
  'u',
);
export function readPublished(line: string): { date: string; match: string } | null {
  const ascii = asciiDigits(line);
  // A file's own time (`上传时间：`, `编写时间：`, file-times.ts) is no publication: the next label on the line may be.
  const m =
    [...ascii.matchAll(new RegExp(PUBLISHED.source, 'gu'))].find((x) => !fileTimeAt(ascii, x.index + Math.max(0, x[0].search(/[:：]/u)))) ??
    STAMP.exec(ascii);
  if (!m) return null;
  const d = interpret(m);
  return d?.date ? { date: d.date, match: m[0] } : null;
}

/**
 * An editor's note that dates the speech, usually closing it (alone on its line or
 * glued to the end of the last paragraph after `。` or `※`):
 * `（这是习近平总书记2019年6月24日在十九届中央政治局第十五次集体学习时的讲话。）`,
 * `这是2018年1月5日在…上的讲话的一部分。`, a source line under the text:
 * `——习近平2018年3月1日在纪念周恩来同志诞辰120周年座谈会上的讲话`.
 */
const NOTE = new RegExp(
  `(?:^|[。！？”※])${SP}[（(]?${SP}(?:这是|本文是|此文是|本文系|这篇文章是|(?:——|—|－－)${SP}\\p{Script=Han}{0,8}?${SP}(?=[0-9０-９一二]))[^（()）。]{0,30}?${DATE}[^（()）]{0,80}?(?:讲话|发言|致辞|报告|演讲|谈话|讲稿)[^（()）]{0,30}?[）)]?${SP}$`,
  'u',
);
/** The note alone on its line, or closing a paragraph after a sentence end or `※`. */
export function readEditorNote(line: string): Dateline | null {
  const m = NOTE.exec(line);
  if (!m) return null;
  const inner = new RegExp(DATE, 'u').exec(m[0]);
  const d = inner ? interpret(inner) : null;
  return d ? { ...d, match: m[0], index: m.index } : null;
}

/**
 * A date range: `（2017年12月— 2019年1月11日）`, `2017年10月25日至2019年5月31日`. A text
 * that gives one is a compilation spanning that time: no single date. Returns the
 * years at both ends.
 */
const RANGE = new RegExp(`(?<a>[0-9０-９]{4})${SP}年[^—－\\-~至到（()）]{0,8}${SP}[—－\\-~至到]{1,2}${SP}(?<b>[0-9０-９]{4})${SP}年`, 'u');
export function readDateRange(text: string): { from: number; to: number; match: string } | null {
  const m = RANGE.exec(text);
  if (!m) return null;
  const from = Number(asciiDigits(m.groups!.a!));
  const to = Number(asciiDigits(m.groups!.b!));
  return to >= from ? { from, to, match: m[0] } : null;
}
