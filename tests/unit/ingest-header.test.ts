// The header wherever it stands before the body (header.ts, title-shape.ts,
// byline.ts) and the copy's origin (origin.ts), on real-shaped page heads.
import { describe, expect, it } from 'vitest';
import { readByline } from '../../src/lib/ingest/byline.ts';
import { readHeader } from '../../src/lib/ingest/header.ts';
import { ingestText } from '../../src/lib/ingest/index.ts';
import { readOrigin } from '../../src/lib/ingest/origin.ts';
import { brokenTitle, pickTitleIndex, stripSiteSuffix } from '../../src/lib/ingest/title-shape.ts';
import { traced } from '../../src/lib/ingest/traced.ts';
import { lostSentences } from './fixtures/ingest-helpers.ts';

const SPEECH = [
  '同志们：',
  '今天，我们召开全市教育实践活动汇报会，主要任务是贯彻落实中央、省委近期关于教育实践活动的有关要求，交流教育实践活动开局起步情况。',
  '刚才，部分县市区和市直单位负责同志作了情况汇报。总体来看，各级各部门对教育实践活动认识较高、行动较快、措施较实，活动开展比较顺利。',
  '同志们，做好下一阶段工作，任务艰巨，责任重大。让我们齐心协力，扎实工作，确保教育实践活动取得实实在在的成效。',
];
const TITLE = '在全市教育实践活动汇报会上的讲话';
const pieces = (lines: string[]) => lines.map((t, i) => traced(t, i + 1));

describe('title after the page navigation', () => {
  it('is found after many lines of navigation, whatever they are', () => {
    const nav = Array.from({ length: 60 }, (_, i) => ['首页', '新闻中心', '政务公开', '会员中心', '返回'][i % 5]!);
    const raw = [
      '今天是2021年3月5日 星期五',
      '|',
      ...nav,
      '网站首页 > 实用范文 > 致辞讲话 >',
      '更新时间：2021-03-05 作者：小编',
      TITLE,
      '卿 渐 伟',
      '（2014年4月8日）',
      ...SPEECH,
    ].join('\n');
    const s = ingestText(raw, 'x.txt');
    expect(s.title).toBe(TITLE);
    expect(s.speaker).toBe('卿渐伟');
    expect(lostSentences(raw, s)).toEqual([]);
  });

  it('never takes a date greeting, a bar, a breadcrumb or 会员中心 as the title', () => {
    for (const first of [
      '今天是2021年3月5日 星期五',
      '|',
      '会员中心',
      '首頁>演講稿>致辭講話>',
      '更新时间：2021-03-05 作者：小编',
      '返回',
    ]) {
      const s = ingestText([first, ...SPEECH].join('\n'), 'x.txt');
      expect(s.title).not.toBe(first);
    }
  });

  it('prefers the title line near the body over the page title at the top', () => {
    const texts = [`${TITLE}_某某市人民政府网`, '首页', '领导讲话', TITLE, '同志们：'];
    expect(pickTitleIndex(texts, 4)).toBe(3);
    expect(stripSiteSuffix(`${TITLE} - 某某市人民政府网`)).toBe(TITLE);
  });

  it('takes the page <title> as evidence only: the heading in the text wins, the site suffix goes', () => {
    const s = ingestText(['中共云阳市委办公室', TITLE, ...SPEECH].join('\n'), 'x.html', {
      format: 'html',
      title: `${TITLE}_云阳市人民政府`,
    });
    expect(s.title).toBe(TITLE);
  });

  it("falls back to the file's own title, its site suffix cut, when the text has none", () => {
    const s = ingestText(SPEECH.join('\n'), 'x.html', { format: 'html', title: `${TITLE} - 云阳新闻网` });
    expect(s.title).toBe(TITLE);
    expect(s.notes.find((n) => n.field === 'title')).toMatchObject({ how: 'inferred', evidence: `${TITLE} - 云阳新闻网` });
  });

  it('joins a two-part title printed over two lines above its subtitle', () => {
    const h = readHeader(
      pieces([
        '为实现民族伟大复兴',
        '推进祖国和平统一而共同奋斗',
        '——在《告台湾同胞书》发表40周年纪念会上的讲话',
        '（2019年1月2日）',
        '习近平',
        ...SPEECH,
      ]),
    );
    expect(h.title?.text).toBe('为实现民族伟大复兴 推进祖国和平统一而共同奋斗');
    expect(h.speaker?.name).toBe('习近平');
  });

  it('counts a subtitle line for the title above it', () => {
    const h = readHeader(
      pieces([
        '推动停火止战 实现持久和平安全',
        '——在金砖国家领导人巴以问题特别视频峰会上的讲话',
        '（2023年11月21日，北京）',
        '中华人民共和国主席 习近平',
        ...SPEECH,
      ]),
    );
    expect(h.title?.text).toBe('推动停火止战 实现持久和平安全');
    expect(h.subtitle?.text).toBe('——在金砖国家领导人巴以问题特别视频峰会上的讲话');
    expect(h.speaker?.name).toBe('习近平');
  });
});

describe('broken titles', () => {
  it('joins a title broken over two lines', () => {
    const h = readHeader(pieces(['在全市第二批主题教育', '工作推进会上的讲话', '龚夏梅', '（2019年11月12日）', ...SPEECH]));
    expect(h.title?.text).toBe('在全市第二批主题教育工作推进会上的讲话');
    expect(h.speaker?.name).toBe('龚夏梅');
  });
  it('does not glue a site line onto a whole title', () => {
    expect(brokenTitle('清河新闻网 首页', '市委书记在全市主题教育推进会上的讲话')).toBe(false);
    expect(brokenTitle('加入收藏', '在全市教育實踐活動匯報會上的講話')).toBe(false);
    const s = ingestText(['清河新闻网 首页', '市委书记在全市主题教育推进会上的讲话', ...SPEECH].join('\n'), 'x.txt');
    expect(s.title).toBe('市委书记在全市主题教育推进会上的讲话');
  });
});

describe('bylines in their real shapes', () => {
  it('a subtitle, roles and a spaced name glued on one line', () => {
    expect(readByline('在全市城市管理工作会议上的工作报告市城管局党组书记、局长  杜  宇')).toEqual({
      name: '杜宇',
      role: '市城管局党组书记、局长',
      subtitle: '在全市城市管理工作会议上的工作报告',
    });
  });
  it('a role then a name', () => {
    expect(readByline('中共清河市委书记 张三')).toMatchObject({ name: '张三', role: '中共清河市委书记' });
    expect(readByline('中华人民共和国主席　习近平')).toMatchObject({ name: '习近平' });
  });
  it('a name alone, spaced out', () => {
    expect(readByline('卿 渐 伟')).toMatchObject({ name: '卿渐伟', role: null });
  });
  it('not a title, a sentence or a meeting name', () => {
    expect(readByline(TITLE)).toBeNull();
    expect(readByline('各级党组织要切实履行主体责任。')).toBeNull();
    expect(readByline('全省组织部长会议')).toBeNull();
  });
  it('reads the glued byline under the title as speaker and subtitle', () => {
    const h = readHeader(
      pieces(['2021年全市城市管理工作会议', '在全市城市管理工作会议上的工作报告市城管局党组书记、局长  杜  宇', ...SPEECH]),
    );
    expect(h.speaker?.name).toBe('杜宇');
    expect(h.subtitle?.text).toBe('在全市城市管理工作会议上的工作报告');
  });
});

describe('a head glued onto one line', () => {
  it('cuts dispatch, title, dateline and byline apart', () => {
    const raw = ['新华社北京1月20日电在二〇二三年春节团拜会上的讲话（2023年1月20日）习近平', ...SPEECH].join('\n');
    const s = ingestText(raw, 'x.txt');
    expect(s.title).toBe('在二〇二三年春节团拜会上的讲话');
    expect(s.speaker).toBe('习近平');
    expect(s.removed).toContainEqual({ reason: 'dispatch', text: '新华社北京1月20日电', line: 1 });
    expect(s.origin?.publisher).toBe('新华社');
    expect(lostSentences(raw, s)).toEqual([]);
  });
  it('cuts a dateline glued to the salutation: the dateline to the header, the salutation stays text', () => {
    const raw = [TITLE, '(2021年3月16日)同志们：', ...SPEECH.slice(1)].join('\n');
    const s = ingestText(raw, 'x.txt');
    expect(s.header).toContainEqual(expect.objectContaining({ role: 'dateline', line: 2 }));
    expect(s.blocks[0]!.text).toBe('同志们：');
    expect(lostSentences(raw, s)).toEqual([]);
  });
  it('leaves a line with a date in a sentence alone', () => {
    const h = readHeader(pieces(['会议指出（2023年1月20日）要切实做好春节期间各项工作。', ...SPEECH]));
    expect(h.title).toBeNull();
  });
});

describe('origin', () => {
  it('from page-metadata lines: publisher, publication date, original URL; 作者 is not the speaker', () => {
    const raw = [
      TITLE,
      '发布时间：2014-04-10 09:30    来源：云阳市委组织部    作者：王丽',
      ...SPEECH,
      '原文链接：https://www.example.gov.cn/art/2014/4/10/art_1.html',
    ].join('\n');
    const s = ingestText(raw, 'x.txt');
    expect(s.origin).toMatchObject({
      publisher: '云阳市委组织部',
      published: '2014-04-10',
      url: 'https://www.example.gov.cn/art/2014/4/10/art_1.html',
    });
    expect(s.speaker).not.toBe('王丽');
    expect(lostSentences(raw, s)).toEqual([]);
  });
  it('from the file metadata when the text says nothing, and marked so', () => {
    const o = readOrigin([], null, { format: 'html', publisher: '云阳新闻网', url: 'https://example.cn/a.html', published: '2014-04-10' });
    expect(o).toMatchObject({ publisher: '云阳新闻网', url: 'https://example.cn/a.html', published: '2014-04-10', line: null });
    expect(o?.evidence).toContain('html file metadata');
  });
  it('null for a plain speech', () => {
    expect(ingestText([TITLE, ...SPEECH].join('\n'), 'x.txt').origin).toBeNull();
  });
});
