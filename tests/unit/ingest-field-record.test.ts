// A database record's line of bracketed fields between the title block and the text (session 11,
// wt-above). What the reader sees: the record line is gone, the speech starts at its salutation;
// a bracketed heading of the speech's own stays.
import { describe, expect, it } from 'vitest';
import { isFieldRecord } from '../../src/lib/ingest/field-record.ts';
import { ingestText } from '../../src/lib/ingest/index.ts';
import { SPEECH, blockTexts } from '../helpers/speech-text.ts';

const BLOCK = ['在全省组织工作会议上的讲话', '——一九八五年三月八日', '张明'];

describe('a database record line under the title block', () => {
  it('removes the record line of labelled fields', () => {
    const record = '【报刊名】江川日报　【出版日期】1985-03-10　【版面】第2版　【作者】张明　【字数】6120';
    const s = ingestText([...BLOCK, record, ...SPEECH].join('\n'), 'record.txt');
    expect(blockTexts(s)).toEqual(SPEECH);
    expect(s.removed.find((r) => r.text === record)?.reason).toBe('page-meta');
  });

  it('reads fields with the value inside the brackets too, and not a bracketed heading or sentences', () => {
    expect(isFieldRecord('【来源：江川日报】【作者：张明】【日期：1985-03-10】【阅读：3,021】')).toBe(true);
    expect(isFieldRecord('【篇一】在全县组织工作会议上的讲话')).toBe(false);
    expect(isFieldRecord('【背景】会议于三月召开。【要点】部署全年工作。【意义】统一思想。')).toBe(false);
  });
});
