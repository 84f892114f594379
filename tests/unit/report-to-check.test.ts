// The ingest report's "To check" list (src/lib/report/to-check.ts): what an editor opens first.
// Speeches the cleaner read from real-shaped texts: one with title, speaker and date is not
// listed; one with no title line, no name and no date is listed with a reason per field and
// the front-matter key that fixes it; a page whose tail only the speech-block rule took out is
// listed for its body's edges. The Markdown and JSON reports carry the list.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';
import { reportJson, reportMarkdown, summarise } from '../../src/lib/report/ingest-report.ts';
import { toCheck } from '../../src/lib/report/to-check.ts';
import { HEAD, SPEECH } from '../helpers/speech-text.ts';

const PARTS = [
  '第一，要坚持把政治建设摆在首位。各级党组织要始终把对党忠诚作为第一位的要求，教育引导党员干部增强政治意识，提高政治判断力、政治领悟力、政治执行力。',
  '第二，要坚持不懈抓好基层组织建设。基层党组织是党的全部工作和战斗力的基础，要持续整顿软弱涣散基层党组织，选优配强带头人，推动基层党组织全面进步、全面过硬。',
  '第三，要着力建设高素质干部队伍。坚持好干部标准，树立正确选人用人导向，加强干部教育培训和实践锻炼，让想干事、能干事、干成事的干部有机会、有舞台。',
  '第四，要持续加强人才工作。深化人才发展体制机制改革，完善人才引进、培养、使用、评价和激励机制，营造识才爱才敬才用才的良好环境，让各类人才竞相涌现。',
];
const LONG = [...SPEECH.slice(0, 4), ...PARTS, SPEECH[4]!];

const complete = { ...ingestText([HEAD[0]!, '（2021年3月16日）', HEAD[1]!, ...SPEECH].join('\n'), 'complete.txt'), slug: 'complete' };
const bare = { ...ingestText(SPEECH.slice(1).join('\n'), 'bare.txt'), slug: 'bare' };
const blog = {
  ...ingestText(
    [
      ...HEAD,
      '（2021年3月16日）',
      ...LONG,
      '以上讲话原文转自网络，仅供学习交流。',
      '相关阅读',
      '→ 在全市组织工作会议上的讲话',
      '→ 组织工作会议讲话精神学习体会',
      '标签：组织工作　讲话　学习',
    ].join('\n'),
    'blog.txt',
  ),
  slug: 'blog',
};

describe('the speeches to check first', () => {
  it('leaves out a speech whose title, speaker and date the text gives', () => {
    expect([complete.title, complete.speaker, complete.date]).toEqual(['在全省组织工作会议上的讲话', '张明', '2021-03-16']);
    expect(toCheck(complete)).toEqual([]);
  });

  it('lists a text with no title line, no name and no date, saying what is missing and how to give it', () => {
    expect(bare.untitled).toBe(true);
    const reasons = toCheck(bare);
    expect(reasons.map((r) => r.field)).toEqual(['title', 'speaker', 'date']);
    expect(reasons[0]!.text).toContain('`title:`');
    expect(reasons[1]!.text).toContain('`speaker:`');
    expect(reasons[2]!.text).toContain('`date:`');
  });

  it('lists a page whose tail only the speech-block rule took out, with the lines it took', () => {
    const taken = blog.removed.filter((r) => r.reason.startsWith('outside-speech-block'));
    expect(taken.length).toBeGreaterThan(0);
    const reasons = toCheck(blog);
    expect(reasons.map((r) => r.field)).toEqual(['body']);
    expect(reasons[0]!.text).toContain(`${taken.length} line(s)`);
    expect(reasons[0]!.text).toContain(`lines ${Math.min(...taken.map((r) => r.line))}–`);
  });

  it('puts the list at the top of the Markdown report and on each speech of the JSON one', () => {
    const input = { speeches: [complete, bare, blog], failures: [], reused: 0, duplicates: [] };
    expect(summarise(input)).toMatch(/, 2 to check$/);
    const md = reportMarkdown(input);
    const section = md.slice(md.indexOf('## To check'), md.indexOf('## complete.txt'));
    expect(section).toContain('- bare.txt → bare: title: no title in the text');
    expect(section).toContain('- blog.txt → blog: body: ');
    expect(section).not.toContain('complete.txt');
    const json = JSON.parse(reportJson(input));
    expect(json.speeches.map((s: { check: unknown[] }) => s.check.length)).toEqual([0, 3, 1]);
  });
});
