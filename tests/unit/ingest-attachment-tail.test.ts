// An attachment after the speech (session 11, wt-after): a work app's notice or a portal's article
// prints the file with its size, then buttons and replies. What the reader sees: the speech ends at
// its last paragraph; the file line and the short lines under it are reported, not shown.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';
import type { Speech } from '../../src/lib/ingest/index.ts';
import { HEAD, SPEECH, blockTexts, lastBlock } from '../helpers/speech-text.ts';

const removedAs = (s: Speech, reason: string): string[] => s.removed.filter((r) => r.reason === reason).map((r) => r.text);

describe('an attachment with its size after the speech', () => {
  it('ends the speech before the file line, its buttons and the replies with time stamps', () => {
    const app = [
      '附件（2）',
      '组织工作会议讲话.docx　28.5 KB　下载',
      '会议议程.xlsx　9KB',
      '【已阅】　已阅 326 人',
      '回复（2）',
      '组织部 李华：已转发各支部。　03-18 09:12',
      '宣传办 周敏：收到　03-18 09:40',
    ];
    const s = ingestText([...HEAD, ...SPEECH, ...app].join('\n'), 'notice.txt');
    expect(lastBlock(s)).toBe(SPEECH.at(-1));
    expect(removedAs(s, 'attachment')).toEqual(app.slice(0, 3));
    expect(removedAs(s, 'after-attachment')).toEqual(app.slice(3));
  });

  it('keeps a signature and date printed under the attachment', () => {
    const tail = ['附件：实施方案.pdf（356KB）', '中共某某县委办公室', '2023年3月18日'];
    const s = ingestText([...HEAD, ...SPEECH, ...tail].join('\n'), 'gongwen.txt');
    expect(removedAs(s, 'attachment')).toEqual([tail[0]]);
    expect(removedAs(s, 'after-attachment')).toEqual([]);
    expect(s.blocks.map((b) => b.text).join('')).not.toContain('实施方案.pdf');
  });

  it('keeps a paragraph that names a file without a size', () => {
    const last = '会议材料已经印发，《实施方案.pdf》请各单位下载学习，认真抓好贯彻落实。';
    const s = ingestText([...HEAD, ...SPEECH, last].join('\n'), 'named.txt');
    expect(lastBlock(s)).toBe(last);
  });

  it('takes a file given with its size after a label, and the counts under it', () => {
    const app = ['📎 讲话全文.pdf（大小：1.2M）', '已读 30　未读 2'];
    const s = ingestText([...HEAD, ...SPEECH, ...app].join('\n'), 'app2.txt');
    expect(lastBlock(s)).toBe(SPEECH.at(-1));
    expect(removedAs(s, 'attachment')).toEqual([app[0]]);
  });

  it('takes a file name alone on its line with its buttons', () => {
    const app = ['讲话原文.docx　预览　下载', '点赞 12　收藏 3'];
    const s = ingestText([...HEAD, ...SPEECH, ...app].join('\n'), 'app3.txt');
    expect(lastBlock(s)).toBe(SPEECH.at(-1));
    expect(blockTexts(s).join('')).not.toContain('.docx');
  });
});
