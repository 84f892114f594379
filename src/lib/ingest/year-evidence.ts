/**
 * Year evidence: what in a speech's title and text says which year it is from.
 * Two kinds, never mixed up:
 *
 *  - `fixed`: evidence that pins the year down —
 *     · a year in the title that names the meeting's year: `在2021年全市工作会议上`
 *       (rule: a title year is fixed unless the title reviews that year, see below);
 *     · an anniversary marked now: in the title, with 今年/明年/去年, or `值此…之际`:
 *       `今年是建党91周年` → 1921 + 91 = 2012, from the small table `FOUNDINGS` (dates
 *       nobody disputes). Without such a mark it is only a bound (a report looks back on
 *       `我们隆重纪念…70周年`), and not even that when it lies ahead (`到建党100周年时`,
 *       `迎接…`) or is tied to another year (`2011年纪念建党90周年前夕`);
 *     · a five-year plan's year named as the present: `今年是“十四五”开局之年` → 2021.
 *       The n-th plan's first year is 1966 + 5·(n − 3) (the 3rd began 1966);
 *       开局/起步/第一年/头一年 = first year, 第二年…第四年, 收官/最后一年 = last year.
 *    `今年`/`明年`/`去年` before the evidence shift it (明年是…开局之年 → the year before);
 *     · an annual report: a look-back on P−1 (`过去一年`, or a part heading `一、2006年工作回顾`,
 *       `一、2022年…取得显著成效`) and a part heading planning P (`二、2007年工作总体部署`, or
 *       looking ahead to it: `三、2023年…形势与展望`) → P;
 *     · the years since a named year counted to now: `一九九二年…以来的五年` → 1997;
 *     · a five-year plan said to have run N years (`第一个五年计划已经执行了两年` → 1955);
 *     · a year under way: its plan `正在执行`, its results `预计比<year−1>年…` (estimated, not yet known);
 *     · a year named, then called 今年 in the next sentence (`2001年是…第一年。…今年的各项工作`);
 *     · a part heading about 去年 / 今年 / 明年 whose first paragraph opens with that year
 *       (`一、去年工作回顾` / `2005年，…` → 2006).
 *
 *  - `after`: a lower bound — the speech is from that year *or later*:
 *     · a meeting it refers to: a party congress (十九大), a plenum (十九届四中全会),
 *       an NPC or CPPCC session (十三届全国人大一次会议), each with the year it was held;
 *     · a past anniversary speech it quotes (`在庆祝…95周年大会上的重要讲话`);
 *     · `2012年以来`;
 *     · a title that reviews a year: `2021年度…总结`, `2021年工作总结` — said at that
 *       year's end or early the next, so only `2021 or later`; one that plans a year
 *       (`2021年工作要点`, `2021年度项目申报指南`) only `2020 or later`. A title that reviews
 *       one year and plans the next (`2020年工作总结和2021年工作安排`) is bound by the first.
 *
 * Not used, on purpose: `第N个年头` (whether year one counts is not fixed), a
 * founding or plan the speech looks forward to (`迎来建党100周年`), a year named
 * in passing (`到2035年`). All matching is on folded text (traditional → simplified,
 * same length), so indices point into the text as written.
 */
import { parseNumeral, parseYearDigits } from './charsets.ts';
import { yearsSinceMeetingClues } from './years-since-meeting.ts';

export interface YearClue {
  kind: 'fixed' | 'after';
  year: number;
  /** The matched text, e.g. `庆祝中国共产党成立95周年`. */
  match: string;
  /** UTF-16 index of the match in the title or the text it was found in. */
  index: number;
  where: 'title' | 'text';
  /** Why this gives the year (or bound), e.g. `中国共产党 1921 + 95 years`. */
  reason: string;
  /** A bound from a year greeted in the title (`二〇二六年新年贺词`): that year, said on its eve (year − 1) or its first day. */
  greets?: number;
}

/**
 * Founding years for anniversaries (周年 / 诞辰). `names` are how the event is
 * written before the count; `then` what may stand between name and count.
 */
export const FOUNDINGS: readonly { event: string; year: number; names: string[] }[] = [
  { event: '中国共产党成立', year: 1921, names: ['中国共产党成立', '中国共产党建立', '党成立', '建党'] },
  { event: '中华人民共和国成立', year: 1949, names: ['中华人民共和国成立', '新中国成立', '共和国成立', '建国'] },
  { event: '中国人民解放军建军', year: 1927, names: ['中国人民解放军建军', '中国人民解放军成立', '人民军队建军', '建军'] },
  { event: '南昌起义', year: 1927, names: ['南昌起义'] },
  { event: '秋收起义', year: 1927, names: ['秋收起义'] },
  { event: '改革开放', year: 1978, names: ['改革开放'] },
  { event: '红军长征胜利', year: 1936, names: ['红军长征胜利', '长征胜利'] },
  { event: '五四运动', year: 1919, names: ['五四运动'] },
  { event: '抗日战争胜利', year: 1945, names: ['抗日战争暨世界反法西斯战争胜利', '抗日战争胜利', '抗战胜利', '世界反法西斯战争胜利'] },
  { event: '辛亥革命', year: 1911, names: ['辛亥革命'] },
  { event: '遵义会议', year: 1935, names: ['遵义会议召开', '遵义会议'] },
  { event: '中国共产主义青年团成立', year: 1922, names: ['中国共产主义青年团成立', '共青团成立', '建团'] },
  { event: '人民政协成立', year: 1949, names: ['中国人民政治协商会议成立', '人民政协成立'] },
  { event: '香港回归', year: 1997, names: ['香港回归祖国', '香港回归'] },
  { event: '澳门回归', year: 1999, names: ['澳门回归祖国', '澳门回归'] },
  { event: '西藏和平解放', year: 1951, names: ['西藏和平解放'] },
  { event: '毛泽东诞辰', year: 1893, names: ['毛泽东同志诞辰', '毛泽东诞辰'] },
  { event: '邓小平诞辰', year: 1904, names: ['邓小平同志诞辰', '邓小平诞辰'] },
  { event: '周恩来诞辰', year: 1898, names: ['周恩来同志诞辰', '周恩来诞辰'] },
];

/** Party congresses (党的N大) and the year each was held. */
export const CONGRESSES: Record<string, number> = {
  十五: 1997,
  十六: 2002,
  十七: 2007,
  十八: 2012,
  十九: 2017,
  二十: 2022,
};

/** Plenums (N届M中全会) of the Central Committees above, by the year each was held. */
export const PLENUMS: Record<string, number> = {
  十六届一中全会: 2002,
  十六届二中全会: 2003,
  十六届三中全会: 2003,
  十六届四中全会: 2004,
  十六届五中全会: 2005,
  十六届六中全会: 2006,
  十六届七中全会: 2007,
  十七届一中全会: 2007,
  十七届二中全会: 2008,
  十七届三中全会: 2008,
  十七届四中全会: 2009,
  十七届五中全会: 2010,
  十七届六中全会: 2011,
  十七届七中全会: 2012,
  十八届一中全会: 2012,
  十八届二中全会: 2013,
  十八届三中全会: 2013,
  十八届四中全会: 2014,
  十八届五中全会: 2015,
  十八届六中全会: 2016,
  十八届七中全会: 2017,
  十九届一中全会: 2017,
  十九届二中全会: 2018,
  十九届三中全会: 2018,
  十九届四中全会: 2019,
  十九届五中全会: 2020,
  十九届六中全会: 2021,
  十九届七中全会: 2022,
  二十届一中全会: 2022,
  二十届二中全会: 2023,
  二十届三中全会: 2024,
  二十届四中全会: 2025,
};

/** First session (一次会议, March) of each National People's Congress and CPPCC National Committee; one session a year after. */
export const NPC_FIRST_SESSION: Record<string, number> = { 十: 2003, 十一: 2008, 十二: 2013, 十三: 2018, 十四: 2023 };

const NUM = '[0-9０-９]+|[一二三四五六七八九十百]+';
const NOT_AFTER_NUMERAL = '(?<![一二三四五六七八九十〇零])';

/** The clause before `index` (back to the last 。！？；\n or 60 chars). */
function clauseBefore(text: string, index: number): string {
  let a = index;
  while (a > 0 && index - a < 60 && !/[。！？；!?;\n]/.test(text[a - 1]!)) a--;
  return text.slice(a, index);
}

/** 今年 / 明年 / 去年 in the clause before: the shift from the evidence's year to the speech's. */
function relative(clause: string): number | null {
  const m = /(今年|明年|去年|后年|前年)(?!.*(今年|明年|去年|后年|前年))/.exec(clause);
  if (!m) return null;
  return ({ 今年: 0, 明年: -1, 去年: 1, 后年: -2, 前年: 2 } as Record<string, number>)[m[1]!] ?? null;
}

const LOOKS_AHEAD = /(迎来|迎接|喜迎|即将|将要|献礼|筹备|前夕|之际到来)/;

/** A clue from a pattern's match: its text and place are the match's unless given. */
function clueAt(
  m: RegExpMatchArray,
  kind: YearClue['kind'],
  year: number,
  where: YearClue['where'],
  reason: string,
  match = m[0],
  index = m.index!,
): YearClue {
  return { kind, year, match, index, where, reason };
}

/** Every clue a pattern gives in the text: `read` turns a match into a clue, or null to pass it by. */
function cluesOf(text: string, re: RegExp, read: (m: RegExpMatchArray) => YearClue | null): YearClue[] {
  const out: YearClue[] = [];
  for (const m of text.matchAll(re)) {
    const c = read(m);
    if (c) out.push(c);
  }
  return out;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ANNIVERSARY = new RegExp(
  `(${FOUNDINGS.flatMap((f) => f.names)
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|')})(?:同志)?(${NUM})周年`,
  'gu',
);

/** Anniversaries: fixed when marked now (or shifted by 今年/明年/去年), a bound when a past speech at one is quoted. */
export function anniversaryClues(text: string, where: YearClue['where']): YearClue[] {
  return cluesOf(text, ANNIVERSARY, (m) => {
    const name = m[1]!;
    const f = FOUNDINGS.find((x) => x.names.includes(name))!;
    const n = parseNumeral(m[2]!.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)));
    if (n === null || n <= 0 || n > 200) return null;
    const at = f.year + n;
    const clause = clauseBefore(text, m.index!);
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 16);
    const rel = relative(clause);
    const base = `${f.event} ${f.year} + ${n} years`;
    // A past speech at the anniversary, quoted: `总书记在庆祝…95周年大会上的重要讲话`.
    // A meeting at the anniversary referred to (`在庆祝…95周年大会上，X强调`), or a speech
    // there quoted: like any referenced meeting, a bound. In the title it is the speech's own meeting.
    const atMeeting = /^[^，。；]{0,10}(?:大会|座谈会|报告会|会议|仪式|典礼|活动)上/.test(after);
    const quoted = where === 'text' && rel === null && (atMeeting || /(总书记|习近平|主席)[^，。；]{0,6}在[^，。；]{0,12}$/.test(clause));
    if (quoted) {
      return clueAt(m, 'after', at, where, `${base}: a meeting at that anniversary is referred to, so the speech is from ${at} or later`);
    }
    if (rel !== null) {
      const shift = rel ? `, ${rel > 0 ? `${rel} year(s) after` : `${-rel} year(s) before`} (said relative to 今年)` : '';
      return clueAt(m, 'fixed', at + rel, where, `${base}${shift}`);
    }
    if (LOOKS_AHEAD.test(clause.slice(-12)) || /到[^，。；]{0,12}$/.test(clause) || /^[^，。；]{0,2}(?:时|前夕|之前)/.test(after))
      return null;
    if (/(?:19|20)\d{2}\s*年/.test(clause)) return null; // `2011年纪念建党90周年`: about that year, not the speech's
    // Marked now: in the title, or `值此/正值…之际`, `在…N周年之际`.
    const now = where === 'title' || /(值此|正值|时值|适逢|恰逢|欣逢)[^，。；]{0,16}$/.test(clause) || /^[^，。；]{0,4}之际/.test(after);
    if (now) return clueAt(m, 'fixed', at, where, base);
    // Otherwise the anniversary may be one the speech looks back on (`过去一年，我们隆重纪念…70周年`).
    return clueAt(m, 'after', at, where, `${base}: marked, but not said to be now, so the speech is from ${at} or later`);
  });
}

const PLAN = new RegExp(
  `[“"‘「]?${NOT_AFTER_NUMERAL}(十[一二三四五六七八九]|[六七八九])五[”"’」]?(?:规划|计划)?(?:的)?(开局之年|开局年|开局起步之年|起步之年|起始之年|第一年|头一年|首年|第二年|第三年|第四年|收官之年|收官年|最后一年)`,
  'gu',
);
const PLAN_STEP: Record<string, number> = { 第二年: 1, 第三年: 2, 第四年: 3, 收官之年: 4, 收官年: 4, 最后一年: 4 };

/** A plan said to end or begin this year: `“十四五”规划将于今年完成` → its last year (2025). */
const PLAN_THIS_YEAR = new RegExp(
  `[“"‘「]?${NOT_AFTER_NUMERAL}(十[一二三四五六七八九]|[六七八九])五[”"’」]?(?:规划|计划)(?:将|即将)?(?:于|在)今年(完成|结束|收官|到期|开局|起步|开始实施)`,
  'gu',
);
const PLAN_ENDS = /完成|结束|收官|到期/u;

/** Five-year plans' years named as the present: `今年是“十四五”开局之年` → 2021; `“十四五”规划将于今年完成` → 2025. */
export function planClues(text: string, where: YearClue['where']): YearClue[] {
  const out = cluesOf(text, PLAN, (m) => {
    const n = parseNumeral(m[1]!);
    if (n === null || n < 3) return null;
    const first = 1966 + 5 * (n - 3);
    const step = PLAN_STEP[m[2]!] ?? 0;
    const clause = clauseBefore(text, m.index!);
    const rel = relative(clause);
    const present =
      rel !== null ||
      where === 'title' ||
      /(正值|时值|值此|当前|眼下|现在|在这)[^，。；]{0,8}$/.test(clause) ||
      /^在[^，。；]{0,4}$/.test(clause.trim().slice(-5));
    if (!present) return null;
    const year = first + step + (rel ?? 0);
    const said = rel ? ` (said ${rel > 0 ? 'after' : 'before'}: ${year})` : '';
    return clueAt(m, 'fixed', year, where, `plan ${n} (“${m[1]}五”) runs ${first}–${first + 4}; ${m[2]} = ${first + step}${said}`);
  });
  const thisYear = cluesOf(text, PLAN_THIS_YEAR, (m) => {
    const n = parseNumeral(m[1]!);
    if (n === null || n < 3) return null;
    const first = 1966 + 5 * (n - 3);
    const year = PLAN_ENDS.test(m[2]!) ? first + 4 : first;
    const said = PLAN_ENDS.test(m[2]!) ? 'end' : 'begin';
    return clueAt(
      m,
      'fixed',
      year,
      where,
      `plan ${n} (“${m[1]}五”) runs ${first}–${first + 4}, and is said to ${said} this year (今年${m[2]}): ${year}`,
    );
  });
  return [...out, ...thisYear];
}

const CONGRESS = new RegExp(`${NOT_AFTER_NUMERAL}(十[五六七八九]|二十)(?:大|次全国代表大会)`, 'gu');
const PLENUM = new RegExp(`${NOT_AFTER_NUMERAL}(十[六七八九]|二十)届(?:中央)?([一二三四五六七八九])中全会`, 'gu');
const NPC = new RegExp(
  `${NOT_AFTER_NUMERAL}(?:(十[一二三四]?)届全国(?:人大|人民代表大会|政协)|全国政协(十[一二三四]?)届)([一二三四五])次(?:全体)?会议`,
  'gu',
);
const SINCE = /((?:19|20)\d{2})\s*年以来/gu;

/** Meetings referred to, and `YYYY年以来`: lower bounds. */
export function boundClues(text: string, where: YearClue['where']): YearClue[] {
  const bound = (m: RegExpMatchArray, year: number | undefined, reason: (y: number) => string): YearClue | null =>
    year === undefined ? null : clueAt(m, 'after', year, where, reason(year));
  return [
    ...cluesOf(text, CONGRESS, (m) =>
      bound(m, CONGRESSES[m[1]!], (y) => `${m[0]}: the ${m[1]}大 was held in ${y}; the speech is from ${y} or later`),
    ),
    ...cluesOf(text, PLENUM, (m) => {
      const key = `${m[1]}届${m[2]}中全会`;
      return bound(m, PLENUMS[key], (y) => `${key} was held in ${y}; the speech is from ${y} or later`);
    }),
    ...cluesOf(text, NPC, (m) => {
      const base = NPC_FIRST_SESSION[m[1] ?? m[2]!];
      const n = parseNumeral(m[3]!);
      return bound(
        m,
        base === undefined || n === null ? undefined : base + n - 1,
        (y) => `${m[0]} met in ${y}; the speech is from ${y} or later`,
      );
    }),
    ...cluesOf(text, SINCE, (m) => bound(m, Number(m[1]), () => `${m[0]}: the speech is from ${m[1]} or later`)),
  ];
}

const TITLE_YEAR = /((?:19|20)\d{2}|[一二][〇零○ＯO一二三四五六七八九]{3})\s*年(度)?/gu;
const REVIEWS = /总结|述职|回顾|盘点|表彰|考核|年终/;
const PLANS = /计划|规划|安排|要点|指南|预算|申报|打算|思路/;
/** Right after the title's year: the year is greeted, not the one the speech is given in. */
const GREETS = /^\s*(?:的)?(?:新年|元旦)/u;

/**
 * A year in the title. Fixed when it names the meeting's (or the work's) year:
 * `在2021年全市工作会议上的讲话`. Only a bound when the title reviews the year
 * (`年度`, 总结, 述职, 表彰…: said at its end or early the next year); with two
 * years (`2020年工作总结和2021年工作安排`) the earlier one bounds it.
 * Years followed by 以来 / 以前 / 前, part of a range (`2021—2025年`), or a target
 * (`二〇三五年远景目标`) are not evidence.
 */
export function titleYearClues(title: string): YearClue[] {
  const found: { year: number; index: number; match: string; annual: boolean }[] = [];
  for (const m of title.matchAll(TITLE_YEAR)) {
    const rest = title.slice(m.index + m[0].length);
    const before = title.slice(Math.max(0, m.index - 1), m.index);
    if (/^(以来|以前|前|以后|后|至|到|—|－|-|~)/.test(rest) || /[—－\-~至到]/.test(before)) continue;
    // A year aimed at (`二〇三五年远景目标`, `2030年目标`): the plan's horizon, not when it was made.
    if (/^(?:远景目标|远景|愿景|目标)/u.test(rest)) continue;
    const year = parseYearDigits(m[1]!);
    if (year === null || year < 1900 || year > 2100) continue;
    found.push({ year, index: m.index, match: m[0], annual: m[2] !== undefined });
  }
  if (found.length === 0) return [];
  const years = [...new Set(found.map((f) => f.year))].sort((a, b) => a - b);
  const first = found.find((f) => f.year === years[0])!;
  if (years.length > 1) {
    return [
      {
        kind: 'after',
        year: years[0]!,
        match: first.match,
        index: first.index,
        where: 'title',
        reason: `the title names ${years.join(' and ')}: a speech at the turn of the year, so ${years[0]} or later`,
      },
    ];
  }
  // A year greeted (`二〇二六年新年贺词`, `2026年元旦致辞`): said on its eve or its first day.
  if (GREETS.test(title.slice(first.index + first.match.length))) {
    return [
      {
        kind: 'after',
        year: first.year - 1,
        match: first.match,
        index: first.index,
        where: 'title',
        reason: `the title greets the year ${first.year}: said on its eve or its first day, so ${first.year - 1} or later`,
        greets: first.year,
      },
    ];
  }
  if (PLANS.test(title)) {
    return [
      {
        kind: 'after',
        year: first.year - 1,
        match: first.match,
        index: first.index,
        where: 'title',
        reason: `the title plans ${first.year} (${title.match(PLANS)![0]}): written that year or the year before`,
      },
    ];
  }
  if (first.annual || REVIEWS.test(title)) {
    return [
      {
        kind: 'after',
        year: first.year,
        match: first.match,
        index: first.index,
        where: 'title',
        reason: `the title reviews ${first.year} (${REVIEWS.test(title) ? title.match(REVIEWS)![0] : '年度'}): said at its end or later`,
      },
    ];
  }
  return [
    {
      kind: 'fixed',
      year: first.year,
      match: first.match,
      index: first.index,
      where: 'title',
      reason: `the title names the year ${first.year}`,
    },
  ];
}

/** A part heading that plans a year's work or looks ahead to it: `二、2005年工作总体部署`, `二、2010年主要任务`, `三、2023年…形势与展望`. */
const PLAN_HEADING =
  /(?:^|\n)\s*[一二三四五六七八九十]{1,3}、\s*((?:19|20)\d{2})年[^。！？\n]{0,12}?(?:总体部署|主要任务|重点工作|工作安排|工作部署|工作任务|展望)\s*(?=\n|$)/gu;
/** The year before it, said to be over: `过去一年`, `过去的一年`. */
const PAST_YEAR = /过去(?:的)?一年/u;

/**
 * A part heading that reviews a year's work: `一、2006年工作回顾`, or the year's results on a line of
 * their own (`一、2022年数字中国建设取得显著成效`): the look-back of a report given after that year.
 */
const REVIEW_HEADING =
  /(?:^|\n)\s*[一二三四五六七八九十]{1,3}、\s*((?:19|20)\d{2})年(?:(?:国内)?工作回顾|[^。！？，\n]{0,16}?(?:成效|成就)\s*(?=\n|$))/gu;

/**
 * An annual report given after its year: it looks back on `过去一年` (or a part heading reviews
 * that year: `一、2006年工作回顾`), names that year (P−1), and a part heading plans the work of P
 * (`二、2005年工作总体部署`): given in P. Both are needed: a heading alone may plan next year's
 * work at the end of this one.
 */
export function reportYearClues(text: string): YearClue[] {
  const review = [...text.matchAll(REVIEW_HEADING)];
  const past = PAST_YEAR.exec(text);
  if (!past && !review.length) return [];
  for (const m of text.matchAll(PLAN_HEADING)) {
    const year = Number(m[1]);
    const before = text.slice(0, m.index);
    const reviewed = review.find((r) => Number(r[1]) === year - 1 && r.index < m.index);
    const lookedBack = reviewed ?? (past && past.index < m.index ? past : null);
    if (!before.includes(`${year - 1}年`) || !lookedBack) continue;
    const at = m.index + m[0].length - m[0].trimStart().length;
    return [
      {
        kind: 'fixed',
        year,
        match: m[0].trim(),
        index: at,
        where: 'text',
        reason: `an annual report: it looks back on ${reviewed ? `${year - 1} (${reviewed[0].trim()})` : `${lookedBack[0]} (${year - 1})`} and a part plans the work of ${year}: given in ${year}`,
      },
    ];
  }
  return [];
}

/**
 * A part heading that names its year as 去年 / 今年 / 明年 (`一、去年工作回顾`, `二、今年主要任务`)
 * and whose first paragraph opens with that year (`2005年，我国…`): the heading says which
 * year is 去年 (今年, 明年) for the speaker, so the speech is from the year after (that
 * year, the year before). Only a heading on its own line and a paragraph opening with the year.
 */
const RELATIVE_HEADING = /(?:^|\n)\s*[一二三四五六七八九十]{1,3}、\s*(去年|今年|明年)[^。！？，\n]{0,16}\n\s*((?:19|20)\d{2})年/gu;
const SHIFT: Record<string, number> = { 去年: 1, 今年: 0, 明年: -1 };

export function relativeHeadingClues(text: string): YearClue[] {
  return cluesOf(text, RELATIVE_HEADING, (m) => {
    const named = Number(m[2]);
    const year = named + SHIFT[m[1]!]!;
    const match = m[0].trim();
    const reason = `a part heading about ${m[1]} opens on ${named}年: ${m[1]} is ${named}, so the speech is from ${year}`;
    return clueAt(m, 'fixed', year, 'text', reason, match, m.index! + m[0].indexOf(match));
  });
}

/**
 * A meeting's resolution on a report it heard, approving the plan the report makes for a year:
 * `…会议听取并审议了…所作的政府工作报告。…同意报告提出的2008年经济社会发展目标任务…`. A work
 * report is delivered at the session that opens the year it plans, so the meeting (and its
 * resolution) is of that year. Only where the text says the meeting heard or reviewed a report,
 * and only the year the approval names in the same clause (`“十二五”时期的主要目标任务和2011年的
 * 工作部署` → 2011); a year the report plans ahead of (`到2035年`) is no plan of the coming year.
 */
const HEARD_A_REPORT = /(?:听取|审议|审查)[^。；]{0,60}?报告/u;
const APPROVED_PLAN =
  /(?:同意|批准)(?:报告|计划|规划)提出的[^。；，]{0,30}?(?<![到至])((?:19|20)\d{2})年的?[^。；，到]{0,24}?(?:目标|任务|部署|要求|安排|取向|措施|重点工作)/u;

export function approvedPlanClues(text: string): YearClue[] {
  const heard = HEARD_A_REPORT.exec(text);
  const m = APPROVED_PLAN.exec(text);
  if (!heard || !m || m.index < heard.index) return [];
  const year = Number(m[1]);
  return [
    {
      kind: 'fixed',
      year,
      match: m[0],
      index: m.index,
      where: 'text',
      reason: `a resolution on a report the meeting heard approves the report's plan for ${year}: a work report is delivered in the year it plans`,
    },
  ];
}

/**
 * The years since a year the text names, counted to the present: `一九九二年…以来的五年，是很不寻常
 * 的五年` → 1992 + 5 = 1997 (a congress report looking back on the period since the last one).
 * Only a year in the same clause as `以来的N年` (N a numeral up to 十), no other year between.
 */
const YEARS_SINCE =
  /((?:19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3})年(?:[^，。；！？\d〇○零]{0,24}?)以来的([两二三四五六七八九十])年/gu;

export function yearsSinceClues(text: string): YearClue[] {
  return cluesOf(text, YEARS_SINCE, (m) => {
    const from = parseYearDigits(m[1]!);
    const n = parseNumeral(m[2]!.replace('两', '二'));
    if (from === null || n === null) return null;
    const year = from + n;
    return clueAt(m, 'fixed', year, 'text', `the ${n} years since ${from} (${m[0]}) run to the present: ${year}`);
  });
}

/**
 * A year named, then called 今年 in the next sentence: `2001年是进入新世纪、实施“十五”计划的第一年。
 * 全面贯彻…，做好今年的各项工作，…` → 2001. The sentence opens with the year (`<year>年是…`, or
 * `<year>年，是…` with a pause) and the next one, in the same paragraph, speaks of 今年 with no other
 * year, 明年 or 去年 between; or the same sentence goes on after saying what kind of year it is
 * (`2011年，是“十二五”开局之年，做好今年的工作…`: a clause ending in 之年 / 一年, then 今年).
 */
const NAMED_AS_THIS_YEAR =
  /(?:^|[。！\n])[ \u3000]*((?:19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3})年[，,]?是([^。！？\n]{2,80}?(?:[。！]|(?<=之年|一年|之岁)[，；]))([^。！？\n]{0,80}?)今年/gu;

export function thisYearClues(text: string): YearClue[] {
  return cluesOf(text, NAMED_AS_THIS_YEAR, (m) => {
    const year = parseYearDigits(m[1]!);
    if (year === null || /(?:19|20)\d{2}年|[一二][〇○零一二三四五六七八九]{3}年|明年|去年/u.test(m[2]! + m[3]!)) return null;
    const match = m[0].replace(/^[。！\n \u3000]+/u, '');
    return clueAt(
      m,
      'fixed',
      year,
      'text',
      `${year}年 is named, and ${/[。！]$/u.test(m[2]!) ? 'the next sentence' : 'the same sentence goes on to'} call${/[。！]$/u.test(m[2]!) ? 's' : ''} it 今年: ${year}`,
      match,
      m.index! + m[0].indexOf(match),
    );
  });
}

/**
 * A five-year plan said to have run N years so far: `第一个五年计划已经执行了两年` → 1953 + 2 = 1955;
 * `“十四五”规划已经实施了两年` → 2023. The first plan began in 1953, the second in 1958, the
 * third in 1966 and each later one five years on.
 */
const PLAN_RUN =
  /(?:第([一二三四五六七八九十]{1,3})个五年(?:计划|规划)|[“"]?(十[一二三四五六七八九]?|[六七八九])五[”"]?(?:计划|规划))(?:已经|已)(?:执行|实施)了?([一两二三四])年/gu;
const planStart = (n: number): number => (n === 1 ? 1953 : n === 2 ? 1958 : 1966 + 5 * (n - 3));

export function planRunClues(text: string): YearClue[] {
  return cluesOf(text, PLAN_RUN, (m) => {
    const n = parseNumeral(m[1] ?? m[2]!);
    const run = parseNumeral(m[3]!.replace('两', '二'));
    if (n === null || run === null || n < 1) return null;
    const year = planStart(n) + run;
    return clueAt(m, 'fixed', year, 'text', `plan ${n} began in ${planStart(n)} and is said to have run ${run} year(s): ${year}`);
  });
}

/**
 * A year spoken of as under way: its plan `正在执行` (`1980年计划正在顺利执行`), or its results only
 * estimated against the year before (`一九六四年全国工业总产值，预计比一九六三年增长…`): the year is
 * not over, so the speech is of that year. In one clause (the estimate may follow a comma).
 */
const YEAR_WORD = '((?:19|20)\\d{2}|[一二][〇○零一二三四五六七八九]{3})年';
const PLAN_UNDER_WAY = new RegExp(`${YEAR_WORD}的?[^，。；！？\\d]{0,10}?计划正在[^，。；！？]{0,4}?执行`, 'gu');
const ESTIMATED = new RegExp(`${YEAR_WORD}[^。；！？\\d〇○零]{0,16}?预计比((?:19|20)\\d{2}|[一二][〇○零一二三四五六七八九]{3})年`, 'gu');

export function underWayClues(text: string): YearClue[] {
  return [
    ...cluesOf(text, PLAN_UNDER_WAY, (m) => {
      const year = parseYearDigits(m[1]!);
      return year === null ? null : clueAt(m, 'fixed', year, 'text', `the plan of ${year} is being carried out: ${year}`);
    }),
    ...cluesOf(text, ESTIMATED, (m) => {
      const year = parseYearDigits(m[1]!);
      const before = parseYearDigits(m[2]!);
      if (year === null || before !== year - 1) return null;
      return clueAt(m, 'fixed', year, 'text', `${year}'s results are only estimated against ${before}: the year is not over, ${year}`);
    }),
  ];
}

/** Every clue in the (folded) title and text. */
export function yearClues(title: string, text: string): YearClue[] {
  return [
    ...titleYearClues(title),
    ...anniversaryClues(title, 'title'),
    ...planClues(title, 'title'),
    ...boundClues(title, 'title'),
    ...anniversaryClues(text, 'text'),
    ...planClues(text, 'text'),
    ...boundClues(text, 'text'),
    ...reportYearClues(text),
    ...relativeHeadingClues(text),
    ...approvedPlanClues(text),
    ...yearsSinceClues(text),
    ...yearsSinceMeetingClues(text),
    ...thisYearClues(text),
    ...planRunClues(text),
    ...underWayClues(text),
  ];
}

export interface YearVerdict {
  /** The year the evidence fixes, or null. */
  fixed: YearClue | null;
  /** The latest lower bound, or null. */
  after: YearClue | null;
  /** Evidence that disagrees: fixed clues with other years, a fixed year below a bound. */
  conflicts: string[];
}

/**
 * Weighs the clues. Title evidence beats text evidence; text evidence that
 * disagrees with itself fixes nothing. Several bounds: the latest. A fixed year
 * below the bound is kept (the bound is the weaker reading) and reported.
 */
export function weighYear(clues: readonly YearClue[]): YearVerdict {
  const conflicts: string[] = [];
  const fixedTitle = clues.filter((c) => c.kind === 'fixed' && c.where === 'title');
  const fixedText = clues.filter((c) => c.kind === 'fixed' && c.where === 'text');
  let fixed: YearClue | null = null;
  const pool = fixedTitle.length ? fixedTitle : fixedText;
  const years = new Set(pool.map((c) => c.year));
  if (years.size === 1) fixed = pool[0]!;
  else if (years.size > 1) conflicts.push(`evidence disagrees: ${pool.map((c) => `${c.match} → ${c.year}`).join('; ')}`);
  if (fixed && fixedTitle.length) {
    for (const c of fixedText) if (c.year !== fixed.year) conflicts.push(`${c.match} → ${c.year} disagrees with the title's ${fixed.year}`);
  }
  const bounds = clues.filter((c) => c.kind === 'after');
  const after = bounds.reduce<YearClue | null>((best, c) => (!best || c.year > best.year ? c : best), null);
  if (fixed && after && fixed.year < after.year) {
    conflicts.push(`${fixed.match} → ${fixed.year} is before ${after.match} (${after.year} or later); kept ${fixed.year}`);
  }
  return { fixed, after, conflicts };
}
