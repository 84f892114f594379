// A licence footer broken over short lines at the text's end (session 11, wt-after): a wiki's
// licence template copied as text, one sentence split at every link, often in traditional
// characters. What the reader sees: the speech ends at its last paragraph, the footer is reported.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';
import { HEAD, SPEECH, lastBlock } from '../helpers/speech-text.ts';

const FOOTER = ['此譯文依照', '知識共享', '署名-相同方式共享', '許可協議發布，轉載時須註明原作者與', '維基文庫', '及其', '授權條款', '。'];

describe('a licence footer broken over short lines', () => {
  it('ends the speech before the footer and reports each of its lines', () => {
    const s = ingestText([...HEAD, ...SPEECH, '', '', ...FOOTER].join('\n'), 'wiki.txt');
    expect(lastBlock(s)).toBe(SPEECH.at(-1));
    expect(s.blocks.map((b) => b.text).join('')).not.toContain('知識共享');
    expect(s.removed.filter((r) => r.reason === 'licence-footer').map((r) => r.text)).toEqual(FOOTER);
  });

  it('keeps short closing lines of a speech that name no licence', () => {
    const closing = ['让我们携手并进', '坚定信心', '勇毅前行', '共同创造更加美好的明天！'];
    const s = ingestText([...HEAD, ...SPEECH, ...closing].join('\n'), 'closing.txt');
    expect(lastBlock(s)).toBe('共同创造更加美好的明天！');
    expect(s.removed.filter((r) => r.reason === 'licence-footer')).toEqual([]);
  });

  it('keeps a last paragraph that speaks of copyright in sentences', () => {
    const last = '要加强知识产权保护，依法打击侵犯著作权和版权的行为，营造良好的创新环境。';
    const s = ingestText([...HEAD, ...SPEECH, last].join('\n'), 'ip.txt');
    expect(lastBlock(s)).toBe(last);
  });

  it('takes the link lines printed under the footer with it', () => {
    const below = ['取自“https://zh.wikisource.org/w/index.php?title=政府工作报告&oldid=1234567”', 'Category: 1950s'];
    const s = ingestText([...HEAD, ...SPEECH, ...FOOTER, ...below].join('\n'), 'wiki-links.txt');
    expect(lastBlock(s)).toBe(SPEECH.at(-1));
    expect(s.removed.filter((r) => r.reason === 'licence-footer').map((r) => r.text)).toEqual([...FOOTER, ...below]);
  });
});
