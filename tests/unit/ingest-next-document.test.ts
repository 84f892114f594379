// Another document's title block after the speech's end (session 11, wt-after): a compilation of
// materials prints the next report's title, subtitle and speaker right after the speech. What the
// reader sees: the speech ends at its last paragraph; the next document is reported, not shown.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';
import type { Speech } from '../../src/lib/ingest/index.ts';
import { HEAD, SPEECH, blockTexts, lastBlock } from '../helpers/speech-text.ts';

const removedAs = (s: Speech, reason: string): string[] => s.removed.filter((r) => r.reason === reason).map((r) => r.text);

const NEXT = [
  '关于全县重点项目建设情况的',
  '工作报告',
  '——2021年1月12日在县第十八届人民代表大会第三次会议上',
  '县发展和改革局局长　王　强',
  '各位代表：',
  '现将全县重点项目建设情况报告如下，请予审议。',
  '一年来，全县上下聚焦项目建设，新开工项目四十六个，完成投资一百二十亿元，项目建设取得新进展。',
];

describe('the next document after the speech', () => {
  it('ends the speech before the next report’s title block and reports the rest', () => {
    const s = ingestText([...HEAD, ...SPEECH, '— 9 —', '', ...NEXT].join('\n'), 'compilation.txt');
    expect(lastBlock(s)).toBe(SPEECH.at(-1));
    expect(s.title).toBe(HEAD[0]);
    expect(blockTexts(s).join('')).not.toContain('项目建设');
    expect(removedAs(s, 'next-document')).toEqual(expect.arrayContaining([NEXT[0], NEXT[3], NEXT[6]]));
  });

  it('keeps a heading of the speech with no byline under it', () => {
    const part = ['关于下一步工作', '下一步，我们要紧盯目标任务，倒排工期、挂图作战，确保各项工作按时保质完成，向全县人民交上满意答卷。'];
    const s = ingestText([...HEAD, ...SPEECH, ...part].join('\n'), 'part.txt');
    expect(lastBlock(s)).toBe(part[1]);
  });

  it('keeps a notice’s issuer and date under the text', () => {
    const s = ingestText([...HEAD, ...SPEECH, '中共某某县委组织部办公室', '2021年1月12日'].join('\n'), 'signed.txt');
    expect(removedAs(s, 'next-document')).toEqual([]);
  });

  it('keeps a quotation with its source and the paragraph after it', () => {
    const quote = ['不忘初心　方得始终', '——习近平', '让我们牢记初心使命，以更加昂扬的姿态奋进新征程，在新的赶考路上交出优异答卷。'];
    const s = ingestText([...HEAD, ...SPEECH, ...quote].join('\n'), 'quote.txt');
    expect(lastBlock(s)).toBe(quote[2]);
  });
});

describe('the next speech after the speech, headed by its dateline only', () => {
  it('ends the speech before a speech title and its dateline', () => {
    const next = [
      '在全县农村工作会议上的讲话',
      '（2021年2月3日）',
      '同志们：',
      '今天召开全县农村工作会议，主要任务是总结去年工作，部署今年任务，动员全县上下全面推进乡村振兴。',
    ];
    const s = ingestText([...HEAD, ...SPEECH, ...next].join('\n'), 'two-speeches.txt');
    expect(lastBlock(s)).toBe(SPEECH.at(-1));
    expect(removedAs(s, 'next-document')).toEqual(next);
  });

  it('keeps a plain heading and a dated line under it inside the speech', () => {
    const part = [
      '回顾这一年的工作',
      '（2020年12月31日）',
      '这一年，我们克服重重困难，圆满完成了各项目标任务，全县经济社会发展呈现稳中有进、稳中向好的态势。',
    ];
    const s = ingestText([...HEAD, ...SPEECH, ...part].join('\n'), 'dated-part.txt');
    expect(removedAs(s, 'next-document')).toEqual([]);
    expect(lastBlock(s)).toBe(part[2]);
  });
});

describe('the next letter after a letter’s signature and date', () => {
  it('ends the letter at its date and reports the next one', () => {
    const next = [
      '致全县教师的慰问信',
      '县委书记　张　明',
      '全县广大教师：',
      '值此第三十七个教师节到来之际，县委、县政府向全县广大教师致以节日的问候和崇高的敬意！',
    ];
    const s = ingestText([...HEAD, ...SPEECH, '张明', '2021年9月1日', ...next].join('\n'), 'letters.txt');
    expect(blockTexts(s).join('')).not.toContain('慰问信');
    expect(removedAs(s, 'next-document')).toEqual(expect.arrayContaining([next[0], next[1], next[3]]));
  });
});

describe('the next document after a page number the page rules left', () => {
  it('ends the speech before the block under a bare page number', () => {
    const next = [
      '在全县安全生产工作会议上的讲话',
      '县人民政府副县长　李　华',
      '同志们：',
      '刚才，几个乡镇和部门作了表态发言，讲得都很好，我完全同意，希望大家抓好落实。',
    ];
    const s = ingestText([...HEAD, ...SPEECH, '17', ...next].join('\n'), 'numbered.txt');
    expect(blockTexts(s).join('')).not.toContain('安全生产');
    expect(removedAs(s, 'next-document')).toEqual(expect.arrayContaining([next[0], next[1], next[3]]));
  });
});

describe('a second copy of the same speech', () => {
  it('is not taken for another document: every copy stays for the duplicate rules', () => {
    const head = [HEAD[0]!, '（2020年1月8日）', HEAD[1]!];
    const s = ingestText([...head, ...SPEECH, ...head, ...SPEECH].join('\n'), 'two-copies.txt');
    expect(s.removed.filter((r) => r.reason === 'next-document')).toEqual([]);
    expect(blockTexts(s).filter((t) => t === SPEECH.at(-1))).toHaveLength(2);
  });
});
