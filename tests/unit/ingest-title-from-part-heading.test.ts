// A document with no title line that calls itself `本W` in its opening and names itself whole only in a
// part heading about itself (`2.城市数据安全管理框架构成`): the title is that name, marked inferred with
// the heading as evidence. Issue 12, session 11 (wt-header11). The text is written for the tests; the
// first test failed before the rule.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';

const doc = (opening: string, heading: string): string =>
  [
    `城市数据是城市运行的重要资源，也带来新的安全风险。${opening}`,
    '1.城市数据安全管理原则',
    '坚持发展和安全并重，统筹数据开发利用和安全保护，明确各方责任，形成分工协作的管理机制。',
    '1.1 分类分级、精准管理。根据数据的重要程度和风险程度，采取相应的保护措施。',
    heading,
    '基于风险管理理念，针对不同类型的数据安全风险，从技术和管理两方面提出防范应对措施。',
    '2.1 安全风险方面。梳理数据采集、存储、使用、共享各环节面临的安全风险隐患。',
  ].join('\n');

describe('a document naming itself only in a part heading about itself', () => {
  it('`制定本框架` and the heading `2.城市数据安全管理框架构成`: 城市数据安全管理框架, inferred from the heading', () => {
    const s = ingestText(doc('为有效防范数据安全风险，制定本框架。', '2.城市数据安全管理框架构成'), 'doc_163.txt');
    expect(s.title).toBe('城市数据安全管理框架');
    expect(s.untitled).toBeFalsy();
    const note = s.notes.find((n) => n.field === 'title')!;
    expect(note.how).toBe('inferred');
    expect(note.evidence).toContain('框架构成');
  });

  it('a heading naming two things (`重点任务和保障框架`) is no name: untitled', () => {
    const s = ingestText(doc('为有效防范数据安全风险，制定本框架。', '2.重点任务和保障框架'), 'doc_163.txt');
    expect(s.untitled).toBe(true);
  });

  it('no `本W` in the opening: a heading ending in a document word names nothing', () => {
    const s = ingestText(doc('各地要高度重视。', '2.城市数据安全管理框架构成'), 'doc_163.txt');
    expect(s.untitled).toBe(true);
  });
});
