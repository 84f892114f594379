// The page's tail after the speech, found by shape and position (chrome.ts steps 4b/4c and the
// glued-tail cut): one test per shape. The speech text is written for the tests; the chrome is
// in the shapes real pages have, worded differently from the eval set's templates. Each removal
// must be reported with its rule, and the speech's own closing (a signature, a date, 谢谢大家)
// must stay.
import { describe, expect, it } from 'vitest';
import type { Speech } from '../../src/lib/ingest/index.ts';
import { isStampLine, pageMetaStrength } from '../../src/lib/ingest/line-features.ts';
import { ingestLines as ingest } from './fixtures/ingest-helpers.ts';

const TITLE = '在全区冬春农田水利建设动员会上的讲话';
const SPEECH = [
  '今年以来，全区上下认真落实各项部署，水利建设保持稳中向好的态势，灌溉面积稳定增加，渠系配套不断完善。',
  '同时也要看到，部分镇街基础设施仍然薄弱，管护机制跟不上，一些地方抓落实的办法还不多，这些问题必须认真加以解决。',
  '下一步，各镇街、各部门要把冬春水利作为当前的重点工作，层层压实责任，确保按期完工，为明年丰收打下坚实基础。',
  '同志们，农时不等人。让我们振奋精神，真抓实干，奋力夺取农田水利建设的新胜利！',
];
const LAST = SPEECH[SPEECH.length - 1]!;
const lastBlock = (s: Speech): string => s.blocks[s.blocks.length - 1]!.text;
const reasonOf = (s: Speech, text: string): string | undefined => s.removed.find((r) => r.text.includes(text))?.reason;
/** A web page's head: a menu and a breadcrumb, so the page is known to be a site's. */
const HEAD = ['首页 | 新闻中心 | 政务公开 | 专题专栏 | 互动交流', '当前位置：首页 > 领导讲话 > 正文', TITLE, '王建国', '同志们：'];

describe("a web page's tail after the speech", () => {
  it('takes the short lines between the last paragraph and the tail (a column name, a gallery label, a comments head)', () => {
    const s = ingest([
      ...HEAD,
      ...SPEECH,
      '本栏目：区领导讲话',
      '组图',
      '网友留言',
      '相关文章',
      '· 区里召开水利建设推进会',
      '· 冬修水利现场会举行',
    ]);
    expect(lastBlock(s)).toBe(LAST);
    for (const t of ['本栏目：区领导讲话', '组图', '网友留言']) expect(reasonOf(s, t)).toBe('page-tail');
  });

  it('takes a comment thread: lines after a post stamp, sentences included', () => {
    const s = ingest([
      ...HEAD,
      ...SPEECH,
      '评论区',
      '共 5 条评论　　查看全部评论',
      '水利人 2023-11-08 09:12：讲得实在，我们镇马上落实。',
      '点赞(3)　回复',
      '老农 2023-11-08 10:40：希望渠道早日修好！',
    ]);
    expect(lastBlock(s)).toBe(LAST);
    expect(reasonOf(s, '讲得实在')).toBe('comment');
    expect(reasonOf(s, '希望渠道早日修好')).toBe('comment');
  });

  it('keeps a letter signature the text names elsewhere, and the date under it', () => {
    const s = ingest([...HEAD, ...SPEECH, '王建国', '2023年11月8日', '【打印】【关闭】', '网站地图 | 联系我们 | 版权声明']);
    const texts = s.blocks.map((b) => b.text);
    expect(texts.slice(-2)).toEqual(['王建国', '2023年11月8日']);
  });

  it('cuts chrome glued after the last sentence: a closing dispatch, a read-more marker, a share menu', () => {
    for (const glued of ['（新华社济南11月8日电）', '查看全文…', '分享到：微信 微博 QQ空间 朋友圈']) {
      const s = ingest([TITLE, '同志们：', ...SPEECH.slice(0, -1), LAST + glued]);
      expect(lastBlock(s)).toBe(LAST);
      expect(s.removed.some((r) => r.text.includes(glued.slice(1, 4)))).toBe(true);
    }
  });

  it('takes the titles listed under a further-reading head, exclamations included', () => {
    const s = ingest([
      ...HEAD,
      ...SPEECH,
      '延伸阅读：',
      '冬修水利，这个区干得漂亮！',
      '【短评】把民生水利办成实事',
      '发布日期：2023-11-08　来源：区水利局',
    ]);
    expect(lastBlock(s)).toBe(LAST);
    expect(reasonOf(s, '干得漂亮')).toBeDefined();
    expect(reasonOf(s, '把民生水利办成实事')).toBeDefined();
  });
});

describe("a document's end (no web page around it)", () => {
  it('takes the issuing block (版记: distribution lines, the issuing line) and a bracketed note, keeps the signature and date', () => {
    const s = ingest([
      TITLE,
      '同志们：',
      ...SPEECH,
      '区委办公室',
      '2023年11月8日',
      '（根据录音整理）',
      '抄送：区人大常委会办公室，区政府办公室，区政协办公室。',
      '中共某某区委办公室　　　　　2023年11月9日印发',
    ]);
    const texts = s.blocks.map((b) => b.text);
    expect(texts.slice(-2)).toEqual(['区委办公室', '2023年11月8日']);
    expect(reasonOf(s, '抄送')).toBe('document-footer');
    expect(reasonOf(s, '印发')).toBe('document-footer');
    expect(reasonOf(s, '根据录音整理')).toBe('page-tail');
  });

  it("keeps an editor's note that dates the speech", () => {
    const note = '（这是王建国同志2023年11月8日在全区冬春农田水利建设动员会上的讲话。）';
    const s = ingest([TITLE, '同志们：', ...SPEECH, note]);
    expect(lastBlock(s)).toBe(note);
  });

  it("does not take a document's contact lines or attachments as a tail", () => {
    const s = ingest([TITLE, '同志们：', ...SPEECH, '联系人：李明', '附件：冬春农田水利建设任务表']);
    expect(s.blocks.map((b) => b.text).slice(-2)).toEqual(['联系人：李明', '附件：冬春农田水利建设任务表']);
  });
});

describe('page-head shapes met on the way', () => {
  it('reads a letter-spaced label as one label (`索 引 号：…`, `有 效 性：有效`)', () => {
    expect(pageMetaStrength('索 引 号：11370600004190851X/2020-00312')).toBeGreaterThan(0);
    expect(pageMetaStrength('有　效　性：有效')).toBeGreaterThan(0);
    // A salutation is not a label.
    expect(pageMetaStrength('同 志 们：')).toBe(0);
  });
  it("takes a post's time without the year as a stamp (`03-02 10:15`)", () => {
    expect(isStampLine('03-02 10:15')).toBe(true);
    expect(isStampLine('3.2 10')).toBe(false);
  });
});
