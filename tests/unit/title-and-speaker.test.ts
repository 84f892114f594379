// The header's decisions (src/lib/ingest/header.ts, metadata.ts): where the title and the
// speaker come from, each way fired once on the real seed 000 (content/raw/) in the shapes
// copies have it, with the field note saying how (read / inferred) and why, the header
// lines' roles, the repairs and removals reported, and the speech text kept.
import { describe, expect, it } from 'vitest';
import { ingestText, type Speech } from '../../src/lib/ingest/index.ts';
import { loadSeed, lostSentences } from './fixtures/ingest-helpers.ts';

const seed = loadSeed('000');
const lines = seed.raw.split('\n');
/** Seed 000 from `同志们：` on: the speech without its title, name and dateline. */
const body = lines.slice(lines.findIndex((l) => l.startsWith('同志们'))).join('\n');
const TITLE = '在全市第二批主题教育工作推进会上的讲话';
const note = (s: Speech, field: string) => s.notes.find((n) => n.field === field);
const bodyKept = (s: Speech) => expect(s.blocks.map((b) => b.text)).toEqual(seed.speech.blocks.map((b) => b.text));

describe('the title', () => {
  it('read from a title printed over two lines: joined, the join reported, the evidence both lines', () => {
    const s = seed.speech;
    expect(s.title).toBe(TITLE);
    expect(note(s, 'title')).toMatchObject({ how: 'read', evidence: '在全市第二批主题教育\n工作推进会上的讲话', line: 2 });
    expect(s.repairs).toContainEqual(expect.objectContaining({ kind: 'join-title', line: 2 }));
    expect(s.header?.map((h) => h.role)).toEqual(['title', 'speaker', 'dateline']);
  });

  it.each([
    ['在全市第二批主题教育', '工作推进会上的讲话'],
    ['在全市第二批主题教育工作', '推进会上的讲话'],
    ['在全市第二批', '主题教育工作推进会上的讲话'],
  ])('read from a title broken anywhere over two lines: %s ⏎ %s', (a, b) => headRead(a, b));

  // A first part of three characters has a name's shape (`在全市`): still the title's first part.
  it('read from a title broken after its first three characters: 在全市 ⏎ 第二批…', () =>
    headRead('在全市', '第二批主题教育工作推进会上的讲话'));

  it('a name above a title that is whole by itself is not glued onto the title', () => {
    const s = ingestText(`龚夏梅\n${TITLE}\n（2019年11月12日）\n${body}`, 'a.txt');
    expect(s.title).toBe(TITLE);
    expect(s.repairs.filter((r) => r.kind === 'join-title')).toEqual([]);
  });

  function headRead(a: string, b: string): void {
    for (const gap of ['\n', '\n\n']) {
      const s = ingestText(`${a}${gap}${b}\n龚夏梅\n（2019年11月12日）\n${body}`, 'a.txt');
      expect(s.title).toBe(TITLE);
      expect(s.speaker).toBe('龚夏梅');
      expect(s.repairs.filter((r) => r.kind === 'join-title')).toEqual([
        expect.objectContaining({ line: 1, detail: `${a} ⏎ ${b} → ${TITLE}` }),
      ]);
      bodyKept(s);
    }
  }

  it('inferred from the opening sentence that names the meeting, when no line is a title', () => {
    const s = ingestText(body.replace('11月7日下午', '今天我们召开全市第二批主题教育工作推进会。11月7日下午'), 'a.txt');
    expect(s.title).toBe(TITLE);
    expect(note(s, 'title')).toMatchObject({ how: 'inferred', reason: 'meeting named in the opening sentence', line: 2 });
    expect(note(s, 'title')!.evidence).toBe('今天我们召开全市第二批主题教育工作推进会。');
    expect(s.blocks[1]!.text.startsWith('今天我们召开全市第二批主题教育工作推进会。')).toBe(true);
  });

  it('the file name, when neither a title line nor the opening sentence names it', () => {
    const from = lines.findIndex((l) => l.startsWith('第一，'));
    const s = ingestText(lines.slice(from).join('\n'), '第二批主题教育推进会讲话.txt');
    expect(s.title).toBe('第二批主题教育推进会讲话');
    expect(note(s, 'title')).toMatchObject({ how: 'inferred', evidence: '第二批主题教育推进会讲话.txt', line: null });
    expect(note(s, 'title')!.reason).toMatch(/file name/);
    expect(s.blocks[0]!.text.startsWith('第一，正确研判形势')).toBe(true);
  });
});

describe('the speaker', () => {
  it('read from the byline under the title', () => {
    expect(seed.speech.speaker).toBe('龚夏梅');
    expect(note(seed.speech, 'speaker')).toMatchObject({ how: 'read', evidence: '龚夏梅', line: 5 });
  });

  it('named in the title (`龚夏梅：在…讲话`)', () => {
    const s = ingestText(`龚夏梅：${TITLE}\n${body}`, 'a.txt');
    expect(s.speaker).toBe('龚夏梅');
    expect(note(s, 'speaker')).toMatchObject({ how: 'read', line: 1, reason: 'named in the title' });
    bodyKept(s);
  });

  it('a role named in the title (`市委书记在…`), marked as a role', () => {
    const s = ingestText(`市委书记${TITLE}\n${body}`, 'a.txt');
    expect(s.speaker).toBe('市委书记');
    expect(note(s, 'speaker')!.reason).toBe('a role, not a name, named in the title');
  });

  it('named in the title with the address 同志 (`龚夏梅同志在…`): the name without 同志', () => {
    const s = ingestText(`龚夏梅同志${TITLE}\n${body}`, 'a.txt');
    expect(s.speaker).toBe('龚夏梅');
    expect(note(s, 'speaker')!.reason).toMatch(/同志 is the address/);
    const unit = ingestText(`市委组织部同志${TITLE}\n${body}`, 'a.txt');
    expect(unit.speaker).not.toBe('市委组织部');
  });

  it("named before the title in the page's own <title>, when the text has no byline", () => {
    const s = ingestText(`${TITLE}\n${body}`, 'a.html', { format: 'html', title: `龚夏梅${TITLE}_共产党员网` });
    expect(s.title).toBe(TITLE);
    expect(s.speaker).toBe('龚夏梅');
    expect(note(s, 'speaker')).toMatchObject({ line: null, reason: 'named before the title in the page title' });
    bodyKept(s);
  });

  it('unknown rather than guessed when nothing names it', () => {
    const s = ingestText(`${TITLE}\n${body}`, 'a.txt');
    expect(s.speaker).toBeNull();
    expect(note(s, 'speaker')).toBeUndefined();
  });
});

describe('a head glued onto one line', () => {
  const glued = `新华社哈尔滨11月12日电 ${TITLE} 龚夏梅 （2019年11月12日）`;
  const s = ingestText(`${glued}\n${body}`, 'a.txt');

  it('the wire dispatch removed as such, the head split and the split reported, the dateline read', () => {
    expect(s.removed).toContainEqual({ reason: 'dispatch', text: '新华社哈尔滨11月12日电', line: 1 });
    expect(s.repairs).toContainEqual(expect.objectContaining({ kind: 'split-head', line: 1 }));
    expect(s.date).toBe('2019-11-12');
    expect(s.header).toContainEqual({ role: 'dateline', text: '（2019年11月12日）', line: 1 });
    expect(lostSentences(`${glued}\n${body}`, s)).toEqual([]);
    bodyKept(s);
  });

  it('the name between the title and the dateline is the speaker, not part of the title', () => {
    expect(s.title).toBe(TITLE);
    expect(s.speaker).toBe('龚夏梅');
  });

  it('a role and a name between the title and the dateline: the byline, not part of the title', () => {
    const r = ingestText(`${TITLE} 中共清河市委书记 龚夏梅 （2019年11月12日）\n${body}`, 'a.txt');
    expect(r.title).toBe(TITLE);
    expect(r.speaker).toBe('龚夏梅');
    expect(r.date).toBe('2019-11-12');
    bodyKept(r);
  });
});
