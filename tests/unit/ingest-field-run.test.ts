// A title line that is one field of a run of fields (three or more `label：value` lines in a row)
// gives its value; its label is the field's name, never a speaker's. A name before a title over a
// single page-meta line stays the speaker's. Issue 12, session 12 (wt-header12). Texts written for
// the test, in shapes not in held12- (a document system's record, an English mail client's head);
// they failed before (the label was kept in the title and read as the speaker).
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';
import { fieldInRun } from '../../src/lib/ingest/field-run.ts';

const body = [
  '同志们：',
  '今天我们召开全县乡村振兴工作推进会，主要是总结上半年工作，部署下半年任务。',
  '上半年，全县上下齐心协力，各项工作取得了明显成效，群众收入稳步增长。',
];

describe('a title line that is a field among fields', () => {
  it("a document system's record (文件名 / 密级 / 页数 over the text): the value is the title, no speaker from the label", () => {
    const raw = ['文件名：在全县乡村振兴工作推进会上的讲话', '密　级：公开', '页　数：6', ...body].join('\n');
    const s = ingestText(raw, 'record.txt');
    expect(s.title).toBe('在全县乡村振兴工作推进会上的讲话');
    expect(s.speaker).toBeNull();
    const note = s.notes.find((n) => n.field === 'title')!;
    expect(note.reason).toContain('文件名');
  });

  it("an English mail client's head (Subject / From / To)", () => {
    const raw = ['Subject：在全县乡村振兴工作推进会上的讲话', 'From：县委办公室', 'To：各乡镇党委', ...body].join('\n');
    const s = ingestText(raw, 'mail.txt');
    expect(s.title).toBe('在全县乡村振兴工作推进会上的讲话');
    expect(s.speaker).not.toBe('Subject');
  });

  it('a name before a title over one page-meta line is still the speaker (near shape left alone)', () => {
    const raw = ['王建国：在全县乡村振兴工作推进会上的讲话', '来源：县政府网　发布时间：2023-07-10', ...body].join('\n');
    const s = ingestText(raw, 'page.txt');
    expect(s.speaker).toBe('王建国');
  });

  it('fieldInRun needs three field lines in a row', () => {
    const lines = ['主题：年度总结', '发件人：甲', '收件人：乙', '正文开始了，这是一句话。'].map((text, i) => ({ text, line: i + 1 }));
    expect(fieldInRun(lines, 1)).toEqual({ label: '主题', value: '年度总结' });
    expect(fieldInRun(lines.slice(0, 2).concat(lines.slice(3)), 1)).toBeNull();
  });
});
