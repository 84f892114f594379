// Where the speech body starts and ends on real page shapes (session 8): a title block
// inside the body span's opening, slide numbers and time codes between paragraphs, a
// player's bar, a copy's usage notice, a preview's limit, a comment ending with its stamp,
// reading statistics, a dated caption the first paragraph restates. For each rule a page
// where it removes lines (with its reason in the report) and a text of similar shape it keeps.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';
import { positionMarks } from '../../src/lib/ingest/position-marks.ts';
import { blockTexts } from '../helpers/speech-text.ts';
import { reasonOf } from './fixtures/ingest-helpers.ts';

/** Real-shaped speech paragraphs (a 2024 address). */
const SPEECH = [
  '同志们，朋友们：',
  '在庆祝中华人民共和国成立75周年之际，我们在这里隆重举行仪式，将国家最高荣誉授予为党和人民事业作出杰出贡献的功勋模范人物。',
  '75年来，中国共产党团结带领全国各族人民，创造了经济快速发展和社会长期稳定两大奇迹，中华民族迎来了从站起来、富起来到强起来的伟大飞跃。',
  '当前，我国正处于以中国式现代化全面推进强国建设、民族复兴伟业的关键时期。要胸怀强国之志，锤炼强国之技，勇建强国之功。',
  '新的画卷需要我们共同描绘，新的历史需要我们共同开创。让我们锚定目标、团结奋斗，为以中国式现代化全面推进强国建设、民族复兴伟业而努力奋斗！',
];

const HEAD = ['在国家勋章和国家荣誉称号颁授仪式上的讲话', '（2024年9月29日）', '习近平'];

describe('a title block inside the body span’s opening', () => {
  it('starts the body under a teaser headline, an account’s blurb and an editor’s note', () => {
    const raw = [
      '国家勋章和国家荣誉称号颁授仪式上，总书记这样讲',
      '以理论之光照亮奋进之路。每日推送学习资料、理论文章、讲话原文。',
      '编者按：9月29日上午，国家勋章和国家荣誉称号颁授仪式在北京隆重举行。本期推送讲话原文，供大家学习。',
      ...HEAD,
      ...SPEECH,
    ].join('\n');
    const s = ingestText(raw, 'wechat.txt');
    expect(s.title).toBe(HEAD[0]);
    expect(blockTexts(s)[0]).toBe(SPEECH[0]);
    expect(blockTexts(s).join('')).not.toContain('编者按');
    expect(reasonOf(s, '编者按')).toBeDefined();
    expect(reasonOf(s, '每日推送')).toBeDefined();
  });

  it('keeps a signed notice over the document it issues', () => {
    const notice = [
      '各省、自治区、直辖市及新疆生产建设兵团工业和信息化主管部门，有关行业协会：',
      '现将《中小企业数字化转型指南》印发给你们，请结合实际认真贯彻执行。',
      '工业和信息化部办公厅',
      '2022年11月3日',
      '中小企业数字化转型指南',
      '当前，世界经济数字化转型成为大势所趋。中小企业是实体经济的重要组成部分，也是数字化转型的难点所在。',
      '一、总则',
      '（一）适用对象。本指南适用于中小企业数字化转型工作，供地方主管部门、数字化转型服务供给方参考。',
      '（二）基本原则。坚持企业主体、政府引导，坚持问题导向、分类施策，坚持稳中求进、久久为功。',
    ];
    const s = ingestText(notice.join('\n'), 'notice.txt');
    const shown = blockTexts(s).join('\n');
    expect(shown).toContain('现将《中小企业数字化转型指南》印发给你们');
    expect(s.removed.map((r) => r.text)).not.toContain(notice[1]);
  });

  it('takes a forum page title with the site and column first as the title’s copy, and the post’s label above the title as the page’s', () => {
    const raw = [
      'XX论坛 - 时政纵横 - 【转载】习近平在国家勋章和国家荣誉称号颁授仪式上的讲话（全文）',
      '查看: 3217|回复: 12',
      '楼主',
      '发表于 2024-9-30 09:12 | 只看该作者 | 倒序浏览 | 阅读模式',
      ...HEAD,
      ...SPEECH,
    ].join('\n');
    const s = ingestText(raw, 'forum.txt');
    expect(s.title).toBe(HEAD[0]);
    expect(blockTexts(s)[0]).toBe(SPEECH[0]);
    expect(reasonOf(s, 'XX论坛')).toBe('duplicate-title');
    expect(reasonOf(s, '楼主')).toBeDefined();
  });
});

describe('position marks between paragraphs', () => {
  it('removes a transcript’s time codes, the player’s bar and what stands between the header and the first code', () => {
    const raw = [
      '[视频]习近平在国家勋章和国家荣誉称号颁授仪式上的讲话',
      '00:00 / 10:26　　倍速　　超清　　全屏',
      '视频简介',
      '9月29日上午，国家勋章和国家荣誉称号颁授仪式在北京人民大会堂隆重举行。',
      '字幕文稿',
      '[00:00:06]',
      SPEECH[1],
      '[00:01:02]',
      SPEECH[2],
      '[00:03:15]',
      SPEECH[3],
      '[00:05:41]',
      SPEECH[4],
    ].join('\n');
    const s = ingestText(raw, 'video.txt');
    expect(blockTexts(s)).toEqual(SPEECH.slice(1));
    expect(reasonOf(s, '[00:01:02]')).toBe('position-mark');
    expect(reasonOf(s, '00:00 / 10:26')).toBe('widget');
    expect(reasonOf(s, '字幕文稿')).toBe('above-marks');
    expect(reasonOf(s, '视频简介')).toBe('above-marks');
  });

  it('removes a slide deck’s numbers, ranges among them', () => {
    const texts = ['第3张', SPEECH[1]!, '第4张', SPEECH[2]!, '第5张—第7张', SPEECH[3]!, '第8张', SPEECH[4]!];
    expect(positionMarks(texts)).toEqual([0, 2, 4, 6]);
  });

  it('keeps a numbering that counts by one (attachments, chapters)', () => {
    const texts = ['附件1', SPEECH[1]!, '附件2', SPEECH[2]!, '附件3', SPEECH[3]!, '附件5', SPEECH[4]!];
    expect(positionMarks(texts)).toEqual([]);
  });
});

describe('the page’s tail after the last paragraph', () => {
  it('removes a copy’s usage notice and a preview’s limit, and keeps a speaker’s closing', () => {
    const raw = [
      ...HEAD,
      ...SPEECH,
      '亲，该文档总共11页，到这已经超出免费预览范围，如果喜欢就下载吧！',
      '本文档由用户上传分享，仅供学习交流，如有侵权请联系客服删除。',
    ].join('\n');
    const s = ingestText(raw, 'preview.txt');
    expect(blockTexts(s).at(-1)).toBe(SPEECH.at(-1));
    expect(reasonOf(s, '超出免费预览范围')).toBe('paywall');
    expect(reasonOf(s, '本文档由用户上传分享')).toBe('source-notice');

    const closing = ingestText([...HEAD, ...SPEECH, '以上意见，仅供参考。'].join('\n'), 'closing.txt');
    expect(blockTexts(closing).at(-1)).toBe('以上意见，仅供参考。');
  });

  it('removes a page’s label with a short value at the end, and keeps a signature the text names', () => {
    const s = ingestText([...HEAD, ...SPEECH, '当前栏目：领导讲话'].join('\n'), 'column.txt');
    expect(blockTexts(s).at(-1)).toBe(SPEECH.at(-1));
    expect(reasonOf(s, '当前栏目')).toBe('page-tail');

    const signed = ingestText(['在全县秋冬季农业生产工作会议上的讲话', '张明', ...SPEECH, '发言人：张明'].join('\n'), 'signed.txt');
    expect(signed.removed.map((r) => r.text)).not.toContain('发言人：张明');
  });

  it('removes a reader’s comment that ends with its post stamp and buttons', () => {
    const raw = [
      '首页 | 新闻 | 视频 | 专题',
      ...HEAD,
      ...SPEECH,
      '（完）',
      '点赞 86万　　收藏 12万　　分享',
      '新时代追梦人：听完讲话热泪盈眶，祝祖国繁荣昌盛！　09-29 19:12　回复　赞 2.3万',
      '查看全部评论 >',
      '相关推荐',
      '共和国勋章获得者的故事',
    ].join('\n');
    const s = ingestText(raw, 'comments.txt');
    expect(blockTexts(s).at(-1)).toBe(SPEECH.at(-1));
    expect(reasonOf(s, '新时代追梦人')).toBe('comment');
  });
});

describe('lines over the first paragraph', () => {
  it('removes a page’s reading statistics under the title', () => {
    const raw = [HEAD[0], '时间：2024-09-30　作者：网友投稿　分类：致辞', '本文共计1532字，预计阅读时长4分钟。', ...SPEECH].join('\n');
    const s = ingestText(raw, 'stats.txt');
    expect(blockTexts(s)[0]).toBe(SPEECH[0]);
    expect(reasonOf(s, '本文共计1532字')).toBe('counter');
  });

  it('removes a dated caption that the first paragraph restates, and keeps the paragraph', () => {
    const lead = '国家主席习近平22日在罗马会见意大利众议长菲科。';
    const raw = [
      '习近平会见意大利众议长菲科',
      '分享',
      '打印',
      '3月22日，国家主席习近平在罗马会见意大利众议长菲科。',
      lead,
      '习近平指出，在双方共同努力下，中意关系一直走在中国同欧盟国家关系前列。中意友好关系得以长期发展，主要缘于我们在历史文化上相互欣赏。',
      '习近平强调，立法机构交流合作是两国人民增进了解、深化友谊的重要渠道。中方支持两国立法机构深化立法、治国理政等方面交流。',
      '发布时间：2019年03月23日 13:48      来源：新华社',
    ].join('\n');
    const s = ingestText(raw, 'caption.txt');
    expect(blockTexts(s)[0]).toBe(lead);
    expect(reasonOf(s, '3月22日，国家主席')).toBe('restated-lead');
  });

  it('keeps a dated first paragraph that the next one does not restate', () => {
    const first = '3月22日，我们在这里召开全市经济工作会议，主要任务是总结去年工作，分析当前形势，部署今年任务。';
    const raw = [HEAD[0], first, SPEECH[2], SPEECH[3]].join('\n');
    const s = ingestText(raw, 'dated-first.txt');
    expect(blockTexts(s)[0]).toBe(first);
  });
});

describe('lines between the title and the text', () => {
  it('takes a dateline glued before the salutation as the header, and the page’s greeting above the title as the page’s', () => {
    const raw = [
      '欢迎访问育才实验中学网站！　　今天是：2024年9月30日 星期一',
      '您现在的位置：首页 >> 党建工作 >> 领导讲话',
      HEAD[0],
      '作者：党办　　来源：本站原创　　更新时间：2024-09-30',
      `（2024年9月29日）${SPEECH[0]}`,
      ...SPEECH.slice(1),
    ].join('\n');
    const s = ingestText(raw, 'school.txt');
    expect(blockTexts(s)[0]).toBe(SPEECH[0]);
    expect(reasonOf(s, '欢迎访问')).toBeDefined();
  });

  it('removes a sidebar’s lists copied between the title and its dateline', () => {
    const raw = [
      HEAD[0],
      '【来源：新华社】【作者：习近平】【日期：2024-09-30】',
      '热门文章',
      '1. 2024年主题教育专题民主生活会对照检查材料',
      '2. 党支部书记抓基层党建工作述职报告',
      '本站推荐',
      '· 党课讲稿：不忘初心 牢记使命',
      HEAD[1],
      ...SPEECH,
    ].join('\n');
    const s = ingestText(raw, 'sidebar.txt');
    expect(s.title).toBe(HEAD[0]);
    expect(blockTexts(s)[0]).toBe(SPEECH[0]);
    expect(reasonOf(s, '热门文章')).toBe('related-list');
    expect(reasonOf(s, '党课讲稿')).toBe('related-list');
  });
});
