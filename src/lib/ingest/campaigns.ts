/**
 * Party education campaigns (集中教育) a speech can belong to. The table is
 * exported as CAMPAIGNS so the site can list them and the README can quote it.
 *
 * `patterns` are plain substrings counted in title + text; longer patterns are
 * tried first so `群众路线教育实践活动` is not also counted as `教育实践活动`.
 * `years` is the span the campaign ran (`to: null` = open-ended or recurring);
 * a campaign whose span is one year may give the speech an *inferred* year.
 *
 * Bare `主题教育` (no name) is ambiguous: both 2019's “不忘初心、牢记使命”主题教育
 * and 2023's 学习贯彻习近平新时代中国特色社会主义思想主题教育 were called just
 * 主题教育 in speeches, each with a 第二批 (second batch). It is resolved by the
 * year (date or safe year evidence), else by era markers in the text (see
 * `resolveBareThemeEducation`), else left unresolved.
 *
 * Seed 001 (第二批主题教育, no date) is the case in point. It is not ambiguous
 * on its evidence: it tells members to study 二十大报告 (the 20th Congress
 * report, Oct 2022) and to uphold the 两个确立 (2021 onwards), so it is the
 * 2023 campaign; it plans 11月 reading classes and the 四季度 sprint, so the
 * speech is from autumn 2023 and the year 2023 is inferred (with that
 * evidence), not read. Had it named neither era marker, campaign and year
 * would both stay null: a second batch ran in both 2019 and 2023.
 */

export interface Campaign {
  name: string;
  years: { from: number; to: number | null };
  patterns: string[];
  /** Why the patterns/years are what they are. */
  note: string;
}

export const CAMPAIGNS: readonly Campaign[] = [
  {
    name: '党的群众路线教育实践活动',
    years: { from: 2013, to: 2014 },
    patterns: ['党的群众路线教育实践活动', '群众路线教育实践活动', '教育实践活动'],
    note: 'First batch 2013-06 to 2014-01, second batch 2014-01 to 2014-09; speeches usually say just 教育实践活动.',
  },
  {
    name: '“三严三实”专题教育',
    years: { from: 2015, to: 2015 },
    patterns: ['“三严三实”专题教育', '三严三实专题教育', '三严三实'],
    note: 'Ran April to December 2015. 三严三实 is also quoted as a standard in other years, so it needs several hits to win.',
  },
  {
    name: '“两学一做”学习教育',
    years: { from: 2016, to: null },
    patterns: ['“两学一做”学习教育', '两学一做学习教育', '两学一做'],
    note: 'Launched 2016; made a regular part of party life from 2017, so no single year.',
  },
  {
    name: '“不忘初心、牢记使命”主题教育',
    years: { from: 2019, to: 2019 },
    patterns: ['“不忘初心、牢记使命”主题教育', '不忘初心、牢记使命主题教育', '不忘初心牢记使命主题教育'],
    note: 'First batch 2019-06, second batch 2019-09 (closing early 2020). Bare 主题教育 in 2019 means this one.',
  },
  {
    name: '党史学习教育',
    years: { from: 2021, to: 2021 },
    patterns: ['党史学习教育'],
    note: 'Ran through 2021 (centenary year).',
  },
  {
    name: '学习贯彻习近平新时代中国特色社会主义思想主题教育',
    years: { from: 2023, to: 2023 },
    patterns: ['学习贯彻习近平新时代中国特色社会主义思想主题教育', '习近平新时代中国特色社会主义思想主题教育'],
    note: 'First batch 2023-04, second batch 2023-09 (closing early 2024). Bare 主题教育 after the 20th Congress means this one.',
  },
  {
    name: '巡视整改',
    years: { from: 2003, to: null },
    patterns: ['巡视反馈意见整改', '巡视整改', '巡视反馈问题整改'],
    note: 'Rectification after a central or provincial inspection (巡视); recurring, so no year.',
  },
];

const BARE = '主题教育';

/** Counts non-overlapping hits of `patterns` (longest first) in `text`. */
export function countPatterns(
  text: string,
  patterns: readonly string[],
): { count: number; first: { pattern: string; index: number } | null; spans: [number, number][] } {
  const sorted = [...patterns].sort((a, b) => b.length - a.length);
  const taken: [number, number][] = [];
  let first: { pattern: string; index: number } | null = null;
  for (const p of sorted) {
    let from = 0;
    for (;;) {
      const i = text.indexOf(p, from);
      if (i < 0) break;
      from = i + p.length;
      if (taken.some(([a, b]) => i < b && i + p.length > a)) continue;
      taken.push([i, i + p.length]);
      if (!first || i < first.index) first = { pattern: p, index: i };
    }
  }
  return { count: taken.length, first, spans: taken };
}

/**
 * Which named 主题教育 a bare mention means, from the year or from era markers:
 * 二十大 (20th Congress, Oct 2022) in the text means the 2023 campaign — the
 * only 主题教育 after it; 十九届四中全会 or 不忘初心、牢记使命 means 2019.
 */
export function resolveBareThemeEducation(
  text: string,
  year: number | null,
): { campaign: Campaign; reason: string; markerIndex?: number } | null {
  const byName = (n: string): Campaign => CAMPAIGNS.find((c) => c.name === n)!;
  const c2019 = byName('“不忘初心、牢记使命”主题教育');
  const c2023 = byName('学习贯彻习近平新时代中国特色社会主义思想主题教育');
  if (year === 2019 || year === 2020) return { campaign: c2019, reason: `bare 主题教育 in ${year} is the 2019 campaign` };
  if (year === 2023 || year === 2024) return { campaign: c2023, reason: `bare 主题教育 in ${year} is the 2023 campaign` };
  if (year !== null) return null;
  const has2023 = /二十大/.test(text);
  const has2019 = /十九届四中全会|不忘初心、?牢记使命/.test(text);
  if (has2023 && !has2019)
    return {
      campaign: c2023,
      reason: 'bare 主题教育 with 二十大 (after Oct 2022) is the 2023 campaign',
      markerIndex: text.search(/二十大/),
    };
  if (has2019 && !has2023)
    return {
      campaign: c2019,
      reason: 'bare 主题教育 with 不忘初心、牢记使命 / 十九届四中全会 is the 2019 campaign',
      markerIndex: text.search(/十九届四中全会|不忘初心、?牢记使命/),
    };
  return null;
}

/** Without the title naming it, a campaign needs this many hits, and one per this many characters. */
export const MIN_HITS = 2;
export const MIN_HITS_PER_CHAR = 1 / 2000;

export interface CampaignChoice {
  campaign: Campaign;
  score: number;
  /** The pattern that gave the evidence and where in `text` it first occurs. */
  pattern: string;
  index: number;
  reason: string;
}

/**
 * Picks the campaign with the most hits in `text`, among campaigns whose years
 * admit `year` (when known). Needs a hit in the title, or at least MIN_HITS (2) hits
 * and one per 2,000 characters, so a passing reference (“三严三实”要求, a
 * government work report reviewing the year's 主题教育) does not label a speech.
 */
export function chooseCampaign(text: string, title: string, year: number | null): CampaignChoice | null {
  const fits = (c: Campaign): boolean => year === null || (year >= c.years.from && (c.years.to === null || year <= c.years.to + 1));
  const scored: CampaignChoice[] = [];
  const named: [number, number][] = [];
  for (const c of CAMPAIGNS) {
    const { count, first, spans } = countPatterns(text, c.patterns);
    named.push(...spans);
    if (count && first && fits(c)) {
      scored.push({
        campaign: c,
        score: count,
        pattern: first.pattern,
        index: first.index,
        reason: `${count} mentions of ${c.patterns.join(' / ')}`,
      });
    }
  }
  // Bare 主题教育 not inside a named campaign pattern.
  let bare = 0;
  let bareFirst = -1;
  for (let i = text.indexOf(BARE); i >= 0; i = text.indexOf(BARE, i + BARE.length)) {
    if (named.some(([a, b]) => i >= a && i < b)) continue;
    bare++;
    if (bareFirst < 0) bareFirst = i;
  }
  if (bare) {
    const r = resolveBareThemeEducation(text, year);
    if (r && fits(r.campaign)) {
      const existing = scored.find((s) => s.campaign === r.campaign);
      if (existing) {
        existing.score += bare;
        existing.reason += `; ${bare} × bare 主题教育 (${r.reason})`;
      }
      // Evidence: the era marker that decided it, when there was one.
      else
        scored.push({
          campaign: r.campaign,
          score: bare,
          pattern: BARE,
          index: r.markerIndex ?? bareFirst,
          reason: `${bare} × bare 主题教育 (${r.reason})`,
        });
    }
  }
  scored.sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (!best) return null;
  const inTitle = countPatterns(title, best.campaign.patterns).count > 0 || (best.pattern === BARE && title.includes(BARE));
  // A campaign speech names its campaign again and again; a report that mentions it in
  // passing (2 hits in 17,000 characters) is not one.
  if (!inTitle && (best.score < MIN_HITS || best.score / [...text].length < MIN_HITS_PER_CHAR)) return null;
  if (scored[1] && scored[1].score === best.score) return null; // a tie is not evidence
  return best;
}
