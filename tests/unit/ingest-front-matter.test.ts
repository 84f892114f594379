import { describe, expect, it } from 'vitest';
import { IngestError, ingestText } from '../../src/lib/ingest/index.ts';
import { lostSentences, note, thrown } from './fixtures/ingest-helpers.ts';

const BODY = '在全市第二批主题教育\n工作推进会上的讲话\n\n龚夏梅\n（2019年11月12日）\n\n同志们：\n今天的工作推进会议，是经市委同意召开的。';

describe('front matter overrides', () => {
  it('overrides fields, with how=override and the raw line', () => {
    const raw = `---\ntitle: 在推进会上的讲话（修订）\nspeaker: 张三\ndate: 2019-11-13\noccasion: 座谈会\ncampaign: “不忘初心、牢记使命”主题教育\n---\n${BODY}`;
    const s = ingestText(raw, 'x.txt');
    expect(s).toMatchObject({
      title: '在推进会上的讲话（修订）',
      speaker: '张三',
      date: '2019-11-13',
      year: 2019,
      occasion: '座谈会',
      campaign: '“不忘初心、牢记使命”主题教育',
    });
    expect(note(s, 'title')).toMatchObject({ how: 'override', line: 2, evidence: 'title: 在推进会上的讲话（修订）' });
    expect(note(s, 'date')).toMatchObject({ how: 'override', line: 4 });
    expect(note(s, 'year')).toMatchObject({ how: 'override', line: 4 });
    // Front matter is not text and not noise; blocks keep raw line numbers.
    expect(s.removed).toEqual([]);
    expect(s.blocks.some((b) => b.text.includes('title:'))).toBe(false);
    expect(s.blocks[0]).toMatchObject({ text: '同志们：', line: 14 }); // 7 front matter lines + line 7 of the body
    expect(lostSentences(raw, s)).toEqual([]);
  });
  it('a year alone overrides an inferred year; null forces unknown', () => {
    const s = ingestText(`---\nyear: 2020\nspeaker: null\n---\n${BODY}`, 'x.txt');
    expect(s.year).toBe(2020);
    expect(s.date).toBeNull(); // the read date disagrees with the editor's year
    expect(s.speaker).toBeNull();
    expect(note(s, 'speaker')).toMatchObject({ how: 'override', line: 3 });
  });
  it('broken YAML names the file and the raw line', () => {
    const e = thrown(() => ingestText(`---\ntitle: ok\nspeaker: [unclosed\n---\n${BODY}`, '000_x.txt'));
    expect(e.source).toBe('000_x.txt');
    expect(e.line).toBeGreaterThanOrEqual(3);
    expect(e.line).toBeLessThanOrEqual(4);
    expect(e.message).toMatch(/^000_x\.txt:[34]: broken YAML in front matter/);
    expect(e.hint).toMatch(/YAML/);
  });
  it('unknown key, bad date, bad year, unknown campaign, unclosed block', () => {
    const u = thrown(() => ingestText(`---\ntitle: a\nauthor: b\n---\n${BODY}`, 'f.txt'));
    expect([u.line, u.problem]).toEqual([3, 'unknown front matter key "author"']);
    const d = thrown(() => ingestText(`---\ndate: 2019-02-30\n---\n${BODY}`, 'f.txt'));
    expect(d.line).toBe(2);
    expect(d.message).toContain('f.txt:2: bad date "2019-02-30"');
    const d2 = thrown(() => ingestText(`---\ndate: 12 Nov 2019\n---\n${BODY}`, 'f.txt'));
    expect(d2.hint).toMatch(/YYYY-MM-DD/);
    expect(thrown(() => ingestText(`---\nyear: 19\n---\n${BODY}`, 'f.txt')).line).toBe(2);
    expect(thrown(() => ingestText(`---\n\ncampaign: 某某活动\n---\n${BODY}`, 'f.txt')).line).toBe(3);
    expect(thrown(() => ingestText(`---\ntitle: a\n${BODY}`, 'f.txt')).line).toBe(1);
  });
  it('a --- that is not on line 1 is text, not front matter', () => {
    const s = ingestText(`${BODY}\n---\n`, 'f.txt');
    expect(s.title).toBe('在全市第二批主题教育工作推进会上的讲话');
  });
});

describe('bad input', () => {
  it('empty or whitespace-only text is an IngestError', () => {
    for (const raw of ['', '   \n\u3000\n', '\uFEFF']) {
      const e = thrown(() => ingestText(raw, 'empty.txt'));
      expect(e.problem).toMatch(/is empty/);
      expect(e.hint).toBe('add the speech text or remove the file');
    }
    expect(thrown(() => ingestText('---\ntitle: x\n---\n\n', 'fm.txt')).problem).toMatch(/is empty/);
  });
  it('a file that is only noise is an IngestError, not an empty page', () => {
    expect(() => ingestText('全文共5440个字。\n[bookmark: _GoBack]\n', 'n.txt')).toThrow(IngestError);
  });
  it('strips a leading BOM and handles CRLF', () => {
    const s = ingestText(`\uFEFF${BODY.replace(/\n/g, '\r\n')}`, 'bom.txt');
    expect(s.title).toBe('在全市第二批主题教育工作推进会上的讲话');
    expect(s.blocks.at(-1)!.line).toBe(8);
  });
});
