// A 公文's or a regulation's own title line at the top, with lines under it that are never the title: its
// document number in brackets (`（工信函〔2023〕25号）`), a first division heading (`第一章 总 则`); and a
// document's name broken after a word no title ends on (`…建设等` / `奖补政策实施细则`). Issue 12,
// session 11 (wt-header11). The text is written for the tests; each test failed before.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';

describe("a document's title line over its number or its first chapter", () => {
  it('a notice over its document number in brackets: the title line, not the number', () => {
    const s = ingestText(
      [
        '工业和信息化部关于开展第三批中小企业数字化转型试点工作的通知',
        '（工信函〔2023〕25号）',
        '各省、自治区、直辖市工业和信息化主管部门：',
        '为贯彻落实党中央、国务院决策部署，加快推动中小企业数字化转型，现就开展第三批试点工作有关事项通知如下：',
        '一、试点内容',
        '遴选一批数字化转型服务平台，带动中小企业加快数字化转型。',
      ].join('\n'),
      'notice_068.txt',
    );
    expect(s.title).toBe('工业和信息化部关于开展第三批中小企业数字化转型试点工作的通知');
    expect(s.untitled).toBeFalsy();
  });

  it('a regulation with no title line: `第一章 总则` is no title (untitled)', () => {
    const s = ingestText(
      [
        '第一章 总则',
        '第一条 为规范智能网联公交车辆运营管理，保障乘客安全，根据有关法律法规，制定本办法。',
        '第二条 本办法适用于本市行政区域内智能网联公交车辆的运营及其监督管理。',
      ].join('\n'),
      'rules_079.txt',
    );
    expect(s.untitled).toBe(true);
  });

  it("a document's name broken after `等`: the two lines are one title", () => {
    const s = ingestText(
      [
        '青岛市支持数字经济园区建设等',
        '奖补政策实施细则',
        '第一章 总则',
        '第一条 为支持数字经济园区建设，根据有关文件精神，结合本市实际，制定本细则。',
        '第二条 本细则所称数字经济园区，是指经认定的以数字经济产业为主导的园区。',
      ].join('\n'),
      'rules_035.txt',
    );
    expect(s.title).toBe('青岛市支持数字经济园区建设等奖补政策实施细则');
  });
});
