// A slide deck's notes pages exported as text (session 11, wt-above): the notes are the speech;
// each page's marker, the slide's own bullets, the notes label, the page number, the export's head
// and the reader's bracketed directions are the deck's. Found from the repeating page structure,
// so other words for the marker and label work the same.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';
import { SPEECH, blockTexts } from '../helpers/speech-text.ts';

const [SALUTE, P1, P2, P3, P4] = SPEECH as [string, string, string, string, string];

const deck = (mark: (n: number) => string, label: string): string[] => [
  '全省组织工作会议讲话.pptx',
  '备注页',
  mark(1),
  '在全省组织工作会议上的讲话',
  '（2020年12月28日）',
  '张明',
  label,
  '（请提前五分钟调试话筒，全程约二十分钟。）',
  '1',
  mark(2),
  '● 总结经验　分析形势',
  '● 部署下一阶段任务',
  label,
  SALUTE,
  P1,
  P2,
  '2',
  mark(3),
  '问题与任务',
  '◆ 责任落实　担当作为',
  label,
  P3,
  P4,
  '（本页读完后暂停，播放短片）',
  '3',
  mark(4),
  '谢谢大家！',
  label,
  '（讲话结束，转入分组讨论。）',
  '4',
];

describe('a slide deck’s notes pages', () => {
  it('keeps the notes as the speech and the cover as its title block; slides, markers and directions go', () => {
    const s = ingestText(deck((n) => `幻灯片 ${n}`, '备注：').join('\n'), 'notes.txt');
    expect(s.title).toBe('在全省组织工作会议上的讲话');
    expect(s.speaker).toBe('张明');
    expect(s.date).toBe('2020-12-28');
    expect(blockTexts(s)).toEqual(SPEECH);
    expect(s.removed.find((r) => r.text === '● 部署下一阶段任务')?.reason).toBe('slide-text');
    expect(s.removed.find((r) => r.text === '（本页读完后暂停，播放短片）')?.reason).toBe('cue');
  });

  it('finds the same structure with other words for the marker and the label', () => {
    const s = ingestText(deck((n) => `Slide ${n}`, '演讲者备注').join('\n'), 'notes-en.txt');
    expect(blockTexts(s)).toEqual(SPEECH);
    const t = ingestText(deck((n) => `第 ${n} 页`, 'Notes:').join('\n'), 'notes-page.txt');
    expect(blockTexts(t)).toEqual(SPEECH);
  });

  it('leaves chapters whose numbered heads count up, each with the same closing head: their text is no slide', () => {
    const chapter = (n: number): string[] => [`第${n}章`, P1, P2, '本章小结', P3];
    const raw = ['在全省组织工作会议上的讲话', '张明', ...chapter(1), ...chapter(2), ...chapter(3)];
    const s = ingestText(raw.join('\n'), 'chapters.txt');
    expect(s.removed.some((r) => r.reason === 'slide-text' || r.reason === 'slide-mark')).toBe(false);
  });

  it('leaves a table whose rows count up and repeat a cell: no running text after the cell', () => {
    const rows = ['1 标准', '体系结构', '基础共性', '2 标准', '体系结构', '关键技术', '3 标准', '体系结构', '行业应用'];
    const s = ingestText(['在全省组织工作会议上的讲话', '张明', ...SPEECH, ...rows].join('\n'), 'table.txt');
    expect(s.removed.some((r) => r.reason === 'slide-mark' || r.reason === 'slide-text')).toBe(false);
  });
});
