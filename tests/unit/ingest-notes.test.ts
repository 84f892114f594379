// An editor's notes after the speech (session 9 notes.ts, merged into back-matter.ts in session 10): a notes head alone on its line and
// numbered notes only after it are the copy's apparatus, removed as `notes`; a note written on
// its head's line, or a head followed by text that is no numbered note, stays.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';
import { trailingNotes } from '../../src/lib/ingest/back-matter.ts';

/** A short address written for these tests. */
const HEAD = ['在全市青年科技人才座谈会上的讲话', '（2024年5月4日）'];
const SPEECH = [
  '同志们、朋友们：',
  '今天，我们在这里召开青年科技人才座谈会，同大家一起交流思想、共商发展。青年是科技创新的生力军，城市的未来在青年。',
  '近年来，全市青年科技人才队伍不断壮大，在关键核心技术攻关、成果转化、创新创业等方面作出了重要贡献，大家辛苦了！',
  '希望大家志存高远、脚踏实地，把个人理想融入城市发展大局，在创新实践中增长才干，在攻坚克难中锤炼本领。',
  '谢谢大家。',
];

describe('notes after the speech', () => {
  it('removes a notes head and its numbered notes after the last paragraph', () => {
    const raw = [...HEAD, ...SPEECH, '注　释', '① 座谈会由市委组织部、市科协共同举办。', '② 市科协，即市科学技术协会。'].join('\n');
    const s = ingestText(raw, 'notes.txt');
    expect(s.blocks.map((b) => b.text).at(-1)).toBe('谢谢大家。');
    // back-matter.ts (a notes head over circled notes) finds them first when both apply.
    expect(s.removed.filter((r) => r.reason === 'notes' || r.reason === 'back-matter').map((r) => r.text)).toEqual([
      '注　释',
      '① 座谈会由市委组织部、市科协共同举办。',
      '② 市科协，即市科学技术协会。',
    ]);
  });

  it('keeps a note written on its head’s line, and a head with no numbered notes after it', () => {
    expect(trailingNotes([...SPEECH, '注：本办法自发布之日起施行。'], 0)).toEqual([]);
    expect(trailingNotes([...SPEECH, '注：', '以上数据来源于市统计局，截至2023年底。'], 0)).toEqual([]);
    expect(trailingNotes([...SPEECH, '注释：', '[1] 市统计局：《2023年统计公报》。', '[2] 市科协：《年度报告》。'], 0)).toEqual([5, 6, 7]);
  });

  it('reports a bare-numbered note under a notes head as the editor’s notes, as a circled one', () => {
    const tail = [
      '注释：',
      '① 座谈会由市委组织部、市科协共同举办。',
      '[2] 市科协，即市科学技术协会。',
      '参考文献',
      '[1] 张明. 论青年科技人才培养[J]. 科技日报，2019(05):1-2.',
    ];
    const s = ingestText([...HEAD, ...SPEECH, ...tail].join('\n'), 'notes-refs.txt');
    expect(s.blocks.map((b) => b.text).at(-1)).toBe('谢谢大家。');
    expect(s.removed.filter((r) => r.reason === 'back-matter').map((r) => r.text)).toEqual([tail[1], tail[2]]);
  });
});
