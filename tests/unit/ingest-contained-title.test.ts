// A text inside a container whose head is a run of fields: the field's value is the container's
// subject; the title line heading the text inside is the speech's title. Issue 12, session 12
// (wt-header12). Texts written for the test, in shapes not in held12- (a document-processing
// slip forwarding a speech, an English mail client's head); they failed before (the container's
// subject was the title).
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';

describe('the title heading a text inside a container of fields', () => {
  it("a document-processing slip (来文单位 / 收文日期 / 事由): the forwarded speech's title line, not the slip's subject", () => {
    const raw = [
      '来文单位：市委办公室',
      '收文日期：2023-06-01',
      '事　　由：关于转发市委主要负责同志讲话的报告',
      '请各单位认真组织学习，并于月底前报送学习情况。',
      '在全市营商环境优化提升大会上的讲话',
      '同志们：',
      '营商环境就是生产力。我们要下更大力气优化营商环境，为各类市场主体投资兴业营造良好条件。',
    ].join('\n');
    const s = ingestText(raw, 'slip.txt');
    expect(s.title).toBe('在全市营商环境优化提升大会上的讲话');
    const note = s.notes.find((n) => n.field === 'title')!;
    expect(note.line).toBe(5);
    expect(note.reason).toContain('事由');
  });

  it('a container with no title line inside keeps the field value (near shape)', () => {
    const raw = [
      'Subject：在全市营商环境优化提升大会上的讲话',
      'From：市委办公室',
      'To：各区县',
      '同志们：',
      '今天召开全市营商环境优化提升大会，主要任务是总结工作，部署下一步任务。',
    ].join('\n');
    expect(ingestText(raw, 'mail.txt').title).toBe('在全市营商环境优化提升大会上的讲话');
  });
});
