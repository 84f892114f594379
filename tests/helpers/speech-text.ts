/**
 * A short speech in real shape for the cleaner's unit tests: a title and byline (HEAD), a
 * salutation and four paragraphs (SPEECH, a 2019–2020 address: 建党100周年 is ahead), and the
 * ways those tests read the cleaner's output.
 */
import type { Speech } from '../../src/lib/ingest/index.ts';

export const SPEECH = [
  '同志们：',
  '这次会议的主要任务是，总结工作经验，分析当前形势，研究部署下一阶段任务。刚才，几位同志作了很好的发言，我都赞成。',
  '一年来，各级党组织认真贯彻党中央决策部署，扎实推进各项工作，取得了明显成效。这些成绩来之不易，是大家共同努力的结果。',
  '同时也要看到，工作中还存在一些不容忽视的问题，有的地方责任落实不到位，有的干部担当作为不够，必须认真加以解决。',
  '新的一年，任务艰巨繁重。我们要保持定力、一往无前，以更加饱满的精神状态，奋力完成全年目标任务，以优异成绩迎接建党100周年！',
];
export const HEAD = ['在全省组织工作会议上的讲话', '张明'];

export const blockTexts = (s: Speech): string[] => s.blocks.map((b) => b.text);
export const lastBlock = (s: Speech): string => s.blocks.at(-1)?.text ?? '';
