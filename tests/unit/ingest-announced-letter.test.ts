// A news report's sentences above the full text they announce, the text opening with its salutation
// and no title block between (a letter printed after its report; session 11, wt-above). What the
// reader sees: the letter from its salutation to its signature; the report and `…全文如下：` gone.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';
import { blockTexts } from '../helpers/speech-text.ts';

const LETTER = [
  '江川职业技术学院的同学们：',
  '你们好！来信收到了，得知你们毕业后将奔赴基层一线，扎根边疆、建设家乡，我很欣慰。希望你们把个人理想融入国家发展大局，在艰苦环境中锤炼意志、增长本领。',
  '青年是国家的希望。祝你们在新的岗位上取得好成绩，也希望学校继续办好职业教育，为地方发展培养更多人才。',
  '张明',
  '2021年6月30日',
];

describe('a report above the letter it announces', () => {
  it('starts the body at the letter’s salutation', () => {
    const raw = [
      '张明同志给我院毕业生回信',
      '7月1日，省内媒体刊发了张明同志给我院首届毕业生的回信，全院师生深受鼓舞。',
      '回信全文如下：',
      ...LETTER,
    ];
    const s = ingestText(raw.join('\n'), 'letter.txt');
    expect(blockTexts(s)[0]).toBe(LETTER[0]);
    expect(s.removed.find((r) => r.text === '回信全文如下：')?.reason).toBe('report-above-text');
  });

  it('keeps a speech’s opening above a list it announces (no full text announced)', () => {
    const raw = ['在全省组织工作会议上的讲话', '张明', ...LETTER.slice(1, 3), '具体安排如下：', '各县市区：', '一要加强学习。'];
    const s = ingestText(raw.join('\n'), 'speech.txt');
    expect(blockTexts(s)[0]).toBe(LETTER[1]);
  });
});
