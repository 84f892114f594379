/**
 * A news item reporting that an organisation convened a meeting, with no title line: its lead
 * opens with the day and says who held what (`2017年9月4日，工业和信息化部装备工业司在北京组织召开
 * 《…管理规范（试行）》讨论会，…`, `3月2日，省科技厅举办全省科技成果转化对接会，…`). The headline is
 * the organiser, the verb and the meeting (the place left out, as editors title such items); the day is
 * the lead's. The lead may be the item's first paragraph or the second, after one paragraph of
 * background that gives no day (`为支持和规范…，…组织起草了…初稿，…`): a news item opens with its
 * lead or with why the meeting was held, never with a dated paragraph that is not its lead.
 * news-lead.ts `meetingReport` reads the other order (`<day>，<meeting>在<place>召开`: the meeting
 * is the subject). Only a third-person text that goes on about the meeting (会议, 会上, 与会), and an
 * organiser's name ending as an organisation's does (…司, …部, …厅, …委员会, …中心, …协会, …公司).
 * Pure.
 */

/** An organisation's name ends in one of these. */
const ORGAN_END =
  '(?:部|司|局|厅|委|办|处|署|院|所|校|中心|协会|学会|商会|联合会|联盟|委员会|组委会|工作组|政府|公司|集团|银行|大学|学院|研究会|基金会|办公室|领导小组)';
/** What a meeting is called at the end of its name. */
const MEETING_END =
  '(?:会议|大会|论坛|峰会|研讨会|座谈会|讨论会|交流会|推进会|发布会|对接会|宣贯会|培训班|报告会|评审会|论证会|启动会|典礼|仪式)';
const LEAD = new RegExp(
  `^(?:((?:19|20)\\d{2})年)?(\\d{1,2})月(\\d{1,2})日(?:上午|下午|晚上|晚)?[，,]\\s*` +
    `((?:“[^“”，。]{1,20}”|[^，。；！？：“”《》\\s]){2,30}?${ORGAN_END})` +
    `(?:(?:在|于)[^，。；！？《》“”]{1,12}?)?` +
    `(组织召开|召开|组织举办|举办|主办|举行)(?:了)?` +
    `((?:《[^《》]{2,60}》|“[^“”]{1,30}”|[^，。；！？：《》“”]){1,60}?${MEETING_END})(?=[，。])`,
  'u',
);
const FIRST_PERSON = /我们|我(?![国省市区县校院部局厅委军党])/u;
const GOES_ON = /会议|会上|与会/u;
/** A day in a paragraph: a background paragraph gives none. */
const ANY_DAY = /\d{1,2}月\d{1,2}日|(?:19|20)\d{2}年/u;

export interface ConvenedMeeting {
  /** `<organiser><verb><meeting>`. */
  headline: string;
  /** `YYYY-MM-DD` when the lead gives the year and the day, else null. */
  date: string | null;
  /** The lead's opening as written (evidence). */
  evidence: string;
  /** Index in `text` where the lead starts. */
  index: number;
  /** Which paragraph (0 or 1) the lead opens. */
  paragraph: number;
}

export function convenedMeeting(text: string): ConvenedMeeting | null {
  const paragraphs = text.split('\n');
  for (let k = 0; k < Math.min(2, paragraphs.length); k++) {
    const p = paragraphs[k]!.trim();
    const m = LEAD.exec(p);
    if (!m) {
      // Only one paragraph of background before the lead, and it gives no day.
      if (ANY_DAY.test(p)) return null;
      continue;
    }
    const scope = paragraphs
      .slice(0, k + 2)
      .join('\n')
      .replace(/“[^”]*”/gu, '');
    if (FIRST_PERSON.test(scope)) return null;
    if (!GOES_ON.test(p.slice(m[0].length) + (paragraphs[k + 1] ?? ''))) return null;
    const [year, month, day] = [m[1] ? Number(m[1]) : null, Number(m[2]), Number(m[3])];
    const valid = year !== null && month >= 1 && month <= 12 && day >= 1 && day <= 31;
    const date = valid ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : null;
    const index = paragraphs.slice(0, k).reduce((n, x) => n + x.length + 1, 0) + paragraphs[k]!.indexOf(p);
    return { headline: `${m[4]}${m[5]}${m[6]}`, date, evidence: m[0], index, paragraph: k };
  }
  return null;
}
