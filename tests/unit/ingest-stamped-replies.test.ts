// Replies at the text's end, each with who replied and when (session 11, wt-after): an app's notice
// or a forum post with the speech, then its reply box. What the reader sees: the speech ends at its
// last paragraph; the replies and the box's head and button are reported, not shown.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';
import type { Speech } from '../../src/lib/ingest/index.ts';
import { HEAD, SPEECH, blockTexts, lastBlock } from '../helpers/speech-text.ts';

const removedAs = (s: Speech, reason: string): string[] => s.removed.filter((r) => r.reason === reason).map((r) => r.text);

describe('replies with names and time stamps after the speech', () => {
  it('ends the speech before the reply box and the replies', () => {
    const box = [
      '【我已学习】　1,024 人已学习',
      '回复 3',
      '第二党支部 王芳：认真学习，抓好落实。　2023-03-18 09:12',
      '老周：学习了　昨天 21:05',
      '办公室 李华：已转发。　3分钟前',
    ];
    const s = ingestText([...HEAD, ...SPEECH, ...box].join('\n'), 'app.txt');
    expect(lastBlock(s)).toBe(SPEECH.at(-1));
    expect(blockTexts(s).join('')).not.toContain('学习了');
    expect(removedAs(s, 'comment')).toEqual(box);
  });

  it('keeps an agenda whose lines end with a clock time only', () => {
    const agenda = ['会议安排如下。', '签到：一楼大厅　08:30', '开幕：三楼报告厅　09:00'];
    const s = ingestText([...HEAD, ...SPEECH, ...agenda].join('\n'), 'agenda.txt');
    expect(lastBlock(s)).toBe(agenda[2]);
  });

  it('keeps a single line with a stamp', () => {
    const one = '联系人：张明　03-18 09:12';
    const s = ingestText([...HEAD, ...SPEECH, one].join('\n'), 'one.txt');
    expect(removedAs(s, 'comment')).toEqual([]);
  });

  it('takes replies whose time stands in brackets or first', () => {
    const box = ['已确认（56/60）', '张三：收到（12-12 10:21）', '12-12 10:25　李四：已学习。'];
    const s = ingestText([...HEAD, ...SPEECH, ...box].join('\n'), 'app2.txt');
    expect(lastBlock(s)).toBe(SPEECH.at(-1));
    expect(removedAs(s, 'comment')).toEqual(box);
  });

  it('keeps a record whose lines open with a day in words and a clock time', () => {
    const record = ['会议记录如下。', '12月18日 9:00　主持人：现在开会。', '12月18日 9:05　张明：我先讲几点意见。'];
    const s = ingestText([...HEAD, ...SPEECH, ...record].join('\n'), 'record.txt');
    expect(removedAs(s, 'comment')).toEqual([]);
  });
});
