// Body, speaker and page furniture (issue 12, session 7): PDF page numbers printed between
// decorations. The text here is written for the tests (no seed or corpus text); each test
// failed before the rule it covers.
import { describe, expect, it } from 'vitest';
import { isPageNumberLine } from '../../src/lib/ingest/line-features.ts';
import { ingestWithRaw, lostSentences } from './fixtures/ingest-helpers.ts';

const TITLE = '在全县秋冬季农业生产工作会议上的讲话';
const SPEECH = [
  '今年以来，全县上下认真落实各项部署，农业生产保持稳中向好的态势，粮食播种面积稳定，特色产业规模不断扩大。',
  '同时也要看到，部分乡镇基础设施仍然薄弱，农技服务跟不上，一些地方抓落实的办法还不多，这些问题必须认真加以解决。',
  '下一步，各乡镇、各部门要把秋冬种作为当前的重点工作，层层压实责任，确保种足种好，为明年丰收打下坚实基础。',
  '同志们，农时不等人。让我们振奋精神，真抓实干，奋力夺取明年农业生产的新胜利！',
];
const BLOCK = [TITLE, '（2023年11月6日）', '张明', '同志们：'];

describe('PDF page numbers between decorations', () => {
  it('a number between middle dots is a page number; a list item or a sentence is not', () => {
    for (const t of ['· 3 ·', '·12·', '• 4 •', '・5・', '- 6 -']) expect(isPageNumberLine(t), t).toBe(true);
    for (const t of ['3', '1．如何理解', '·要点·', '2024']) expect(isPageNumberLine(t), t).toBe(false);
  });
  it('the page numbers and the running head beside them go; the sentences they cut are whole', () => {
    const wrap = (t: string): string[] => t.match(/.{1,22}/gu) ?? [];
    const body = SPEECH.flatMap(wrap);
    const lines: string[] = [];
    body.forEach((l, i) => {
      lines.push(l);
      if (i % 3 === 1) lines.push(`· ${Math.floor(i / 3) + 1} ·`, '', '秋冬种工作会议材料（三）');
    });
    const { raw, s } = ingestWithRaw([...BLOCK, ...lines]);
    expect(s.removed.filter((r) => r.reason === 'page-number').length).toBeGreaterThanOrEqual(3);
    expect(s.removed.filter((r) => r.reason === 'running-header').length).toBeGreaterThanOrEqual(2);
    expect(lostSentences(raw, s)).toEqual([]);
    expect(s.blocks.map((b) => b.text)).toEqual(['同志们：', ...SPEECH]);
  });
});
