import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';
import { thrown } from './fixtures/ingest-helpers.ts';

const BODY = [
  '在全市第二批主题教育工作推进会上的讲话',
  '（2019年11月12日）',
  '同志们：',
  '今天我们召开推进会，主要任务是总结前一阶段工作，部署下一阶段任务。',
].join('\n');

describe("another tool's front matter (a blog or notes app)", () => {
  const raw = [
    '---',
    'title: 推进会讲话（摘录）',
    'date: 2019-11-13 21:14',
    'tags: [讲话稿, 主题教育]',
    'categories: 学习摘录',
    '---',
    BODY,
  ].join('\n');

  it("is read as the page's own metadata, not as the editor's corrections, and the text is kept", () => {
    const s = ingestText(raw, 'note.txt');
    expect(s.title).toBe('在全市第二批主题教育工作推进会上的讲话');
    expect(s.date).toBe('2019-11-12');
    expect(s.blocks.map((b) => b.text)).toContain('今天我们召开推进会，主要任务是总结前一阶段工作，部署下一阶段任务。');
  });

  it('reports every line of the block as removed, with the keys that showed it', () => {
    const s = ingestText(raw, 'note.txt');
    const gone = s.removed.filter((r) => r.reason === 'page-front-matter');
    expect(gone.map((r) => r.line)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(gone.map((r) => r.text)).toContain('tags: [讲话稿, 主题教育]');
    expect(s.repairs.find((r) => r.kind === 'page-front-matter')?.detail).toContain('tags, categories');
  });

  it('gives its date only as the publication date, its day without the time', () => {
    const s = ingestText(raw, 'note.txt');
    expect(s.origin?.published).toBe('2019-11-13');
    expect(s.notes.find((n) => n.field === 'date')?.evidence).toContain('2019年11月12日');
  });

  it("an author key in a block with keys of its own is the page's author", () => {
    const s = ingestText(raw.replace('categories: 学习摘录', 'author: 张三'), 'note.txt');
    expect(s.removed.filter((r) => r.reason === 'page-front-matter')).toHaveLength(6);
    expect(s.title).toBe('在全市第二批主题教育工作推进会上的讲话');
  });

  it("a slip for one of the archive's keys is still an error that names the right key", () => {
    for (const [key, meant] of [
      ['author', 'speaker'],
      ['titel', 'title'],
      ['data', 'date'],
    ]) {
      const e = thrown(() => ingestText(`---\ntitle: a\n${key}: b\n---\n${BODY}`, 'f.txt'));
      expect([e.line, e.problem]).toEqual([3, `unknown front matter key "${key}"`]);
      expect(e.hint).toContain(`did you mean ${meant}?`);
    }
  });
});
