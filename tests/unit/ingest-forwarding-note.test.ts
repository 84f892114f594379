// Chrome above a speech's title block (session 11, wt-above): a forwarding note with its own
// salutation, signature and date under a headline that copies the occasion with a word put in,
// and a cached copy's banner above a title block whose salutation runs over several lines.
// What the reader sees: the speech's own title block is the header, the note and banner are gone,
// the speech's own salutation is kept.
import { describe, expect, it } from 'vitest';
import { withInsertions } from '../../src/lib/ingest/chrome.ts';
import { ingestText } from '../../src/lib/ingest/index.ts';
import { SPEECH, blockTexts } from '../helpers/speech-text.ts';

const BLOCK = ['凝心聚力　共创未来', '——在第三届东亚城市合作论坛上的主旨讲话', '（2021年9月16日，杭州）', '中华人民共和国副主席　王立新'];
const PARAS = SPEECH.slice(1);

describe('a forwarding note above the document it forwards', () => {
  const note = [
    '办公平台　·　东川职业技术学院',
    '通知公告 > 通知详情',
    '【转发】王立新副主席在第三届东亚城市合作论坛开幕式上的主旨讲话（全文）',
    '发布人：党政办公室　　发布时间：2021-09-18 10:12',
    '各部门、各学院：',
    '现将王立新副主席在第三届东亚城市合作论坛开幕式上的主旨讲话全文转发给大家，请结合本单位工作认真组织学习。',
    '党政办公室',
    '2021年9月18日',
    '——————————',
  ];

  it('takes the document’s title block as the header and removes the note, its salutation and signature', () => {
    const s = ingestText([...note, ...BLOCK, '尊敬的各位来宾：', ...PARAS].join('\n'), 'notice.txt');
    expect(s.title).toBe(BLOCK[0]);
    expect(s.speaker).toBe('王立新');
    expect(s.date).toBe('2021-09-16');
    expect(blockTexts(s)).toEqual(['尊敬的各位来宾：', ...PARAS]);
    for (const t of ['各部门、各学院：', '现将王立新副主席', '党政办公室', '2021年9月18日'])
      expect(s.removed.some((r) => r.text.startsWith(t))).toBe(true);
  });

  it('removes a printed notice whose own title names the speech’s occasion in other words', () => {
    const notice = [
      '东川市委办公室文件',
      '东委办发〔2021〕31号',
      '关于认真学习王立新同志在第三届东亚城市合作论坛上重要讲话精神的通知',
      '各区（县）委，市委各部委：',
      '现将王立新同志在第三届东亚城市合作论坛上的主旨讲话印发给你们，请认真组织学习。',
      '东川市委办公室',
      '2021年9月20日',
      '附件',
    ];
    const s = ingestText([...notice, ...BLOCK, '尊敬的各位来宾：', ...PARAS].join('\n'), 'gongwen.txt');
    expect(s.title).toBe(BLOCK[0]);
    expect(blockTexts(s)).toEqual(['尊敬的各位来宾：', ...PARAS]);
  });

  const signedNote = [
    '各支部：',
    '现将张明同志在全省组织工作会议上的讲话转发给你们，请结合实际认真组织学习。学习情况请于1月10日前报机关党委，联系人：王敏，电话：0571-88001234。',
    '机关党委',
    '2021年1月4日',
  ];
  const LONG = [...SPEECH, ...PARAS.map((p) => `此外，${p}`)];

  it('removes a signed note over a speech’s title and name, and does not date the speech by the note', () => {
    const s = ingestText([...signedNote, '在全省组织工作会议上的讲话', '张明', ...LONG].join('\n'), 'note.txt');
    expect(s.title).toBe('在全省组织工作会议上的讲话');
    expect(blockTexts(s)).toEqual(LONG);
    expect(s.date).toBe(null);
  });

  it('keeps a signed notice over a document it issues that is no speech (a plan): both are the text', () => {
    const plan = ['全省基层党建三年行动计划', '（2021年1月）', ...PARAS.map((p) => `此外，${p}`)];
    const notice = [
      '各市委组织部：',
      '现将《全省基层党建三年行动计划》印发给你们，请结合实际认真贯彻落实。执行中遇到的问题请及时报告。',
      '省委组织部',
      '2021年1月4日',
    ];
    const s = ingestText([...notice, ...plan].join('\n'), 'notice-plan.txt');
    expect(blockTexts(s)).toContain(notice[1]);
  });

  it('keeps a speech’s own salutation and paragraphs under its title: no title block follows them', () => {
    const s = ingestText(['在全市作风建设大会上的讲话', '张明', '（2021年3月2日）', ...SPEECH].join('\n'), 'plain.txt');
    expect(blockTexts(s)).toEqual(SPEECH);
  });
});

describe('a title block whose salutation runs over several lines', () => {
  const banner = [
    '网页快照',
    '您查询的关键词是：东亚城市合作论坛　主旨讲话 。如果打开速度慢，可以尝试快速版；如果想保存快照，可以添加到收藏。',
    '（本站和网页 http://www.dongchuan.gov.cn/art/2021/9/17/art_1024_3311.html 的作者无关，不对其内容负责。快照谨为网络故障时之索引。）',
  ];
  const greeting = ['尊敬的各位来宾，', '各位市长，', '各位企业界朋友，', '女士们，先生们，朋友们：'];

  it('removes a cached copy’s banner above the title block and keeps the whole salutation', () => {
    const s = ingestText([...banner, ...BLOCK, ...greeting, ...PARAS].join('\n'), 'snapshot.txt');
    expect(s.title).toBe(BLOCK[0]);
    expect(blockTexts(s)).toEqual([...greeting, ...PARAS]);
    expect(s.removed.some((r) => r.text.startsWith('（本站和网页 http://'))).toBe(true);
  });
});

describe('withInsertions: an occasion copied with a word put in', () => {
  it('finds the occasion with a few characters added, not another occasion', () => {
    expect(withInsertions('王立新副主席在第三届东亚城市合作论坛开幕式上的主旨讲话', '在第三届东亚城市合作论坛上的主旨讲话')).toBe(true);
    expect(withInsertions('在第三届东亚城市合作论坛闭幕式暨成果发布会上的讲话', '在第三届东亚城市合作论坛上的主旨讲话')).toBe(false);
  });
});
