// A news report of a meeting with no title line whose lead opens with the meeting held and names the
// speaker in its next sentence: the headline (the lead's clause, the meeting's quoted name kept), the
// day, and the speaker (the office and name after the meeting held). Issue 12, session 11
// (wt-header11). The text is written for the tests; each test failed before the rule.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';
import type { Speech } from '../../src/lib/ingest/index.ts';

const ingest = (text: string): Speech => ingestText(text, 'news_207.txt');

const forum = (lead2: string): string =>
  [
    `2021年9月16日，“数聚未来”大数据产业论坛在杭州举行。${lead2}`,
    '当前，数据已成为新的生产要素，数字经济正在深刻改变生产方式和生活方式。我们要加快推进数据要素市场化配置改革，推动数字产业化和产业数字化。下一步，将进一步完善政策体系，培育一批具有国际竞争力的企业。',
    '本次论坛由省大数据发展管理局主办，来自有关企业、高校的300余人参加论坛。',
  ].join('\n');

describe('a forum report: the meeting named with a quoted part, the speaker in the next sentence', () => {
  it("the headline is the lead's clause (quotes kept), the day the lead's, the speaker the one who spoke", () => {
    const s = ingest(forum('省经济和信息化厅副巡视员王海燕出席论坛并致辞。'));
    expect(s.title).toBe('“数聚未来”大数据产业论坛在杭州举行');
    expect(s.notes.find((n) => n.field === 'title')?.how).toBe('inferred');
    expect(s.date).toBe('2021-09-16');
    expect(s.speaker).toBe('王海燕');
  });

  it('a lead naming no one who spoke: the first person in the paragraph below makes it no report (untitled)', () => {
    const s = ingest(forum('会议围绕数据要素开展交流。'));
    expect(s.untitled).toBe(true);
  });
});

describe('a meeting report whose lead names two speakers after the meeting held', () => {
  it('the speaker is the one the second sentence names with an office (发表重要讲话)', () => {
    const s = ingest(
      [
        '中央农村工作会议举行 张建国王立明作重要讲话',
        '12月28日至29日，全省农村工作会议在省城举行。省委书记、省人大常委会主任张建国发表重要讲话。',
        '全省农村工作会议12月28日至29日在省城举行。省委书记张建国，省委副书记、省长王立明出席会议。',
        '张建国在会上发表重要讲话，总结今年全省农业农村工作，分析当前形势，部署明年工作。王立明对明年农村工作作出具体部署。',
        '会议认为，今年全省农业农村发展取得新成效，粮食产量再创新高，农民收入持续较快增长。',
      ].join('\n'),
    );
    expect(s.speaker).toBe('张建国');
  });

  it('with no caption above: the lead lists who attended, the next paragraph opens with one of them speaking', () => {
    const s = ingest(
      [
        '全省农村工作会议举行 张建国王立明作重要讲话',
        '全省农村工作会议12月28日至29日在省城举行。省委书记张建国，省委副书记、省长王立明出席会议。',
        '张建国在会上发表重要讲话，总结今年全省农业农村工作，分析当前形势，部署明年工作。王立明对明年农村工作作出具体部署。',
        '会议认为，今年全省农业农村发展取得新成效，粮食产量再创新高，农民收入持续较快增长。',
      ].join('\n'),
    );
    expect(s.speaker).toBe('张建国');
    expect(s.notes.find((n) => n.field === 'speaker')?.evidence).toContain('张建国在会上发表重要讲话');
  });

  it('a person who speaks in the next paragraph but is not named in the lead with an office is not taken', () => {
    const s = ingest(
      [
        '全省农村工作会议举行',
        '全省农村工作会议12月28日至29日在省城举行。有关部门负责同志出席会议。',
        '张建国在会上发表重要讲话，总结今年全省农业农村工作，分析当前形势，部署明年工作。',
        '会议认为，今年全省农业农村发展取得新成效，粮食产量再创新高，农民收入持续较快增长。',
      ].join('\n'),
    );
    expect(s.speaker).toBeNull();
  });
});

describe("a meeting report over a span of days, or with its speaker in the lead's next clause", () => {
  const body = [
    '当前，新一代信息技术与制造业融合发展进入新阶段。我们要加快推进工业互联网平台建设，推动企业上云用云，培育一批解决方案供应商。',
    '本次峰会由市人民政府主办，来自有关企业、高校的500余人参加峰会。',
  ];

  it('`2020年9月8日至10日，…国际峰会在青岛市召开`: the headline and the year, no day (a span)', () => {
    const s = ingest(
      ['2020年9月8日至10日，第三届工业互联网国际峰会在青岛市召开。省工业和信息化厅副厅长刘志强出席峰会开幕式并致辞。', ...body].join('\n'),
    );
    expect(s.title).toBe('第三届工业互联网国际峰会在青岛市召开');
    expect(s.date).toBeNull();
    expect(s.year).toBe(2020);
    expect(s.speaker).toBe('刘志强');
  });

  it('`…论坛在京举行，<office><name>参加论坛并致辞。`: the headline (a one-character place) and the speaker after the comma', () => {
    const s = ingest(['4月11日，工业互联网安全论坛在京举行，工业和信息化部网络安全管理局副局长赵建军参加论坛并致辞。', ...body].join('\n'));
    expect(s.title).toBe('工业互联网安全论坛在京举行');
    expect(s.speaker).toBe('赵建军');
  });
});
