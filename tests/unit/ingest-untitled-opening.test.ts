// A speech with no title line that states its own occasion in its opening gets
// `在<meeting>上的讲话` (inferred, with the sentence as evidence) — only when the meeting is
// named as a whole noun phrase ending in a meeting word. Text written for the tests (no
// seed or corpus text); each test failed before the rule it covers.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';
import type { Speech } from '../../src/lib/ingest/index.ts';

const ingest = (text: string): Speech => ingestText(text, '2024-05-06_3.txt');
const titleNote = (s: Speech) => s.notes.find((n) => n.field === 'title')!;
const REST = '大家谈了很好的意见，我都赞成。下面，我讲三点意见。第一，要抓好落实。第二，要改进作风。第三，要加强协调。';

describe('a speech with no title line that names its meeting in its opening', () => {
  it('drops a quantifier after the verb: 召开一个农民代表座谈会 → 在农民代表座谈会上的讲话', () => {
    const s = ingest(`今天，我们召开一个农民代表座谈会，听听大家对乡村振兴的意见和建议。${REST}`);
    expect(s.title).toBe('在农民代表座谈会上的讲话');
    expect(titleNote(s).how).toBe('inferred');
    expect(titleNote(s).evidence).toContain('召开一个农民代表座谈会');
    expect(s.untitled).toBeUndefined();
  });

  it('reads 隆重召开 after the salutation and a first paragraph', () => {
    const s = ingest(
      `同志们，朋友们：\n过去一年，全省上下团结奋斗，经受住了严峻考验，取得了来之不易的成绩。\n今天，我们隆重召开全省抗洪抢险表彰大会，表彰先进集体和先进个人。${REST}`,
    );
    expect(s.title).toBe('在全省抗洪抢险表彰大会上的讲话');
    expect(titleNote(s).evidence).toContain('隆重召开全省抗洪抢险表彰大会');
  });

  it('reads 在…之际，我们召开… as the occasion', () => {
    const s = ingest(`在建校七十周年之际，我们召开全校教师代表座谈会，共商学校发展大计。${REST}`);
    expect(s.title).toBe('在全校教师代表座谈会上的讲话');
  });

  it('calls the speech what the text calls itself (我的发言就到这里 → 发言)', () => {
    const s = ingest(`今天，我们召开全市营商环境专题座谈会。${REST}我的发言就到这里，谢谢大家。`);
    expect(s.title).toBe('在全市营商环境专题座谈会上的发言');
  });

  it('invents nothing where no meeting is named: 这次会议的主要任务是…, 隆重集会，纪念…, 召开这个会', () => {
    for (const opening of [
      '同志们：这次会议的主要任务是，分析形势，部署下一阶段工作。',
      '同胞们，朋友们：今天，我们在这里隆重集会，纪念全县解放七十周年。',
      '今天召开这个会，主要是统一思想。',
    ]) {
      const s = ingest(`${opening}${REST}`);
      expect(s.title, opening).toBe('2024-05-06_3');
      expect(s.untitled, opening).toBe(true);
    }
  });
});
