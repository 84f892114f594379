// Where the speech body ends on real page shapes (session 9, wt-bodyend): what is printed
// after the speech's last paragraph and is not the speech. For each rule a text where it
// applies (what the reader sees) and a text of similar shape it leaves alone.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';
import type { Speech } from '../../src/lib/ingest/index.ts';

/** Real-shaped speech paragraphs (a 2019 address). */
const SPEECH = [
  '同志们：',
  '这次会议的主要任务是，总结工作经验，分析当前形势，研究部署下一阶段任务。刚才，几位同志作了很好的发言，我都赞成。',
  '一年来，各级党组织认真贯彻党中央决策部署，扎实推进各项工作，取得了明显成效。这些成绩来之不易，是大家共同努力的结果。',
  '同时也要看到，工作中还存在一些不容忽视的问题，有的地方责任落实不到位，有的干部担当作为不够，必须认真加以解决。',
  '新的一年，任务艰巨繁重。我们要保持定力、一往无前，以更加饱满的精神状态，奋力完成全年目标任务，以优异成绩迎接建党100周年！',
];
const HEAD = ['在全省组织工作会议上的讲话', '张明'];

const blockTexts = (s: Speech): string[] => s.blocks.map((b) => b.text);
const lastBlock = (s: Speech): string => s.blocks.at(-1)?.text ?? '';

describe('a dateline printed after the text', () => {
  it('takes a bare date under the last paragraph as the header’s dateline, not a paragraph', () => {
    const s = ingestText([...HEAD, ...SPEECH, '二〇二〇年一月八日'].join('\n'), 'closing-date.txt');
    expect(lastBlock(s)).toBe(SPEECH.at(-1));
    expect(s.date).toBe('2020-01-08');
    expect(s.header?.some((h) => h.role === 'dateline' && h.text === '二〇二〇年一月八日')).toBe(true);
  });

  it('takes a dated source line closing an excerpt as the header’s', () => {
    const source = '——张明2019年3月1日在全省组织工作会议上的讲话';
    const s = ingestText([...SPEECH, source].join('\n'), 'closing-source.txt');
    expect(lastBlock(s)).toBe(SPEECH.at(-1));
    expect(s.speaker).toBe('张明');
    expect(s.date).toBe('2019-03-01');
  });

  it('keeps a letter’s date under its signature in the body', () => {
    const s = ingestText([...HEAD, ...SPEECH, '中共某某省委书记 张明', '2019年1月22日'].join('\n'), 'letter.txt');
    expect(lastBlock(s)).toBe('2019年1月22日');
  });

  it('keeps the last of a compilation’s dated notes, each closing its excerpt', () => {
    const note1 = '（2018年3月1日在全省组织工作会议上的讲话）';
    const note2 = '（2019年1月11日在全省纪检监察工作会议上的讲话）';
    const s = ingestText(['加强党的建设', SPEECH[1], SPEECH[2], note1, SPEECH[3], SPEECH[4], note2].join('\n'), 'compilation.txt');
    expect(lastBlock(s)).toBe(note2);
  });
});
