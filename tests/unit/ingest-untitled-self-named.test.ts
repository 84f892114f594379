// A text with no title line that names itself: a report saying what it is as it is delivered
// (我代表…向大会作政府工作报告), a document naming itself in its opening purpose clause
// (为…，制定《…》) or calling itself 本规划 after naming the 《…规划》 it is. Text written for
// the tests (no seed or corpus text); each test failed before the rule it covers.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';
import type { Speech } from '../../src/lib/ingest/index.ts';

const ingest = (text: string): Speech => ingestText(text, 'doc_017.txt');
const titleNote = (s: Speech) => s.notes.find((n) => n.field === 'title')!;
const TASKS = '一、总体要求\n坚持统筹推进，注重实效。\n二、主要任务\n（一）加强基础设施建设。\n（二）提升公共服务水平。';

describe('a report that names itself as it is delivered', () => {
  it('我代表市人民政府，向大会作政府工作报告 → 政府工作报告', () => {
    const s = ingest(`各位代表：\n现在，我代表市人民政府，向大会作政府工作报告，请予审议。\n${TASKS}`);
    expect(s.title).toBe('政府工作报告');
    expect(titleNote(s).how).toBe('inferred');
    expect(titleNote(s).evidence).toContain('向大会作政府工作报告');
  });

  it('我受县人民政府的委托，现在向大会提出关于…的报告 → that name', () => {
    const s = ingest(`各位代表：\n我受县人民政府的委托，现在向大会提出关于二〇二三年财政预算执行情况的报告，请予审议。\n${TASKS}`);
    expect(s.title).toBe('关于二〇二三年财政预算执行情况的报告');
  });

  it('我代表…向<a meeting named whole>作报告 → 在<meeting>上的报告; a bare 向大会作报告 gives nothing', () => {
    expect(ingest(`同志们：\n现在，我代表第五届委员会，向全县第六次工会代表大会作报告。\n${TASKS}`).title).toBe(
      '在全县第六次工会代表大会上的报告',
    );
    const bare = ingest(`同志们：\n现在，我代表第五届委员会，向大会作报告。\n${TASKS}`);
    expect(bare.untitled).toBe(true);
  });
});

describe('a document that names itself', () => {
  it('为…，制定《…》。 in its opening → that name', () => {
    const s = ingest(`为加快全市数字乡村建设，提升农村治理水平，制定《全市数字乡村建设三年行动方案》。\n${TASKS}`);
    expect(s.title).toBe('全市数字乡村建设三年行动方案');
    expect(titleNote(s).evidence).toContain('制定《全市数字乡村建设三年行动方案》');
  });

  it('本规划 after 编制《…规划》 → that name; a 《…规划》 it implements is not it', () => {
    const named = ingest(`根据全省统一部署，市政府组织编制《全市养老服务体系建设规划》。本规划期限为五年。\n${TASKS}`);
    expect(named.title).toBe('全市养老服务体系建设规划');
    const other = ingest(`为贯彻落实省政府印发《全省养老服务体系建设规划》，结合我市实际，制定本规划。\n${TASKS}`);
    expect(other.untitled).toBe(true);
  });

  it('只称“本意见”, naming no document it is: no title (the file name, marked untitled)', () => {
    const s = ingest(`为推进全市人工智能教育，制定本意见。\n一、工作目标\n制定《全市中小学人工智能课程纲要》，建设一批实验室。\n${TASKS}`);
    expect(s.title).toBe('doc_017');
    expect(s.untitled).toBe(true);
  });
});
