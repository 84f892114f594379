// A printed form's blocks after the body (session 11, wt-after): an application form closes with one
// box per signer, each ending in a blank date to fill in. What the reader sees: every box of the form,
// not only the first (the later ones used to be taken for a page's tail and lost).
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';
import { HEAD, SPEECH, blockTexts } from '../helpers/speech-text.ts';

describe('a form’s boxes closed by blank dates after the text', () => {
  it('keeps every box of the form', () => {
    const form = [
      '附件',
      '接入申请表',
      '申请单位意见：',
      '申请单位（盖章）',
      '年　　月　　日',
      '主管部门审核意见：',
      '主管部门（盖章）',
      '年　　月　　日',
      '技术核验意见：',
      '技术核验单位（盖章）',
      '年　　月　　日',
    ];
    const s = ingestText([...HEAD, ...SPEECH, ...form].join('\n'), 'form.txt');
    const shown = blockTexts(s).join('');
    expect(shown).toContain('主管部门审核意见：');
    expect(shown).toContain('技术核验单位（盖章）');
    expect(s.removed.map((r) => r.text)).not.toContain('技术核验意见：');
  });

  it('still removes a page’s tail after the form’s last blank date', () => {
    const form = ['申请单位（盖章）', '年　　月　　日', '审核单位（盖章）', '年　　月　　日', '打印本页　关闭窗口'];
    const s = ingestText([...HEAD, ...SPEECH, ...form].join('\n'), 'form-page.txt');
    expect(blockTexts(s).join('')).not.toContain('关闭窗口');
  });
});
