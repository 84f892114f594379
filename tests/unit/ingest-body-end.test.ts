// Where the speech body ends on real page shapes (session 9, wt-bodyend): what is printed
// after the speech's last paragraph and is not the speech. For each rule a text where it
// applies (what the reader sees) and a text of similar shape it leaves alone.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';
import { SPEECH, HEAD, blockTexts, lastBlock } from '../helpers/speech-text.ts';
import { reasonOf } from './fixtures/ingest-helpers.ts';

describe('a dateline printed after the text', () => {
  it('takes a bare date under the last paragraph as the header’s dateline, not a paragraph', () => {
    const s = ingestText([...HEAD, ...SPEECH, '二〇二〇年一月八日'].join('\n'), 'closing-date.txt');
    expect(lastBlock(s)).toBe(SPEECH.at(-1));
    expect(s.date).toBe('2020-01-08');
    expect(s.header?.some((h) => h.role === 'dateline' && h.text === '二〇二〇年一月八日')).toBe(true);
  });

  it('takes a dated source line closing an excerpt as the header’s', () => {
    const source = '——张明2019年3月1日在全省组织工作会议上的讲话';
    const s = ingestText([...SPEECH, source].join('\n'), 'closing-source.txt');
    expect(lastBlock(s)).toBe(SPEECH.at(-1));
    expect(s.speaker).toBe('张明');
    expect(s.date).toBe('2019-03-01');
  });

  it('keeps a letter’s date under its signature in the body', () => {
    const s = ingestText([...HEAD, ...SPEECH, '中共某某省委书记 张明', '2019年1月22日'].join('\n'), 'letter.txt');
    expect(lastBlock(s)).toBe('2019年1月22日');
  });

  it('leaves a date in the body when lines between it and the last paragraph were removed (a signature taken for chrome)', () => {
    const raw = [...SPEECH, '联系方式：', '传真：010-66013708，邮箱：office@example.gov.cn', '2018年1月15日'];
    const s = ingestText(raw.join('\n'), 'notice.txt');
    expect(lastBlock(s)).toBe('2018年1月15日');
  });

  it('keeps the last of a compilation’s dated notes, each closing its excerpt', () => {
    const note1 = '（2018年3月1日在全省组织工作会议上的讲话）';
    const note2 = '（2019年1月11日在全省纪检监察工作会议上的讲话）';
    const s = ingestText(['加强党的建设', SPEECH[1], SPEECH[2], note1, SPEECH[3], SPEECH[4], note2].join('\n'), 'compilation.txt');
    expect(lastBlock(s)).toBe(note2);
  });
});

describe('back matter under the text: reference lists and an editor’s notes', () => {
  it('removes a journal record’s reference lists with their heads', () => {
    const refs = [
      '参考文献',
      '[1]王小明. 新时代基层党建的实践路径[J]. 党建研究,2020(03):15-21.',
      '相关文献',
      '[1]李华. 组织工作高质量发展的几点思考[N]. 组织人事报,2019-08-20(003).',
    ];
    const s = ingestText([...HEAD, ...SPEECH, ...refs].join('\n'), 'record.txt');
    expect(lastBlock(s)).toBe(SPEECH.at(-1));
    expect(reasonOf(s, refs[1]!)).toBe('back-matter');
    for (const r of refs) expect(reasonOf(s, r)).toBeDefined();
    expect(blockTexts(s).join('')).not.toContain('文献');
  });

  it('removes a wiki’s paragraph citing its reference list, and the list', () => {
    const tail = [
      '讲话发表后，多家媒体认为，讲话为做好新时代组织工作指明了方向。[2]',
      '参考资料',
      '1.　全省组织工作会议召开．某某日报．2019-01-10[引用日期2019-01-12]',
      '2.　媒体热议．某某网．2019-01-11[引用日期2019-01-12]',
    ];
    const s = ingestText([...HEAD, ...SPEECH, ...tail].join('\n'), 'wiki.txt');
    expect(lastBlock(s)).toBe(SPEECH.at(-1));
    expect(blockTexts(s).join('')).not.toContain('讲话发表后');
  });

  it('removes an editor’s notes under their head', () => {
    const notes = ['注　释', '① 舒克拉：阿拉伯语“谢谢”的音译。', '② 本文据新华社电排印。'];
    const s = ingestText([...HEAD, ...SPEECH, ...notes].join('\n'), 'book.txt');
    expect(lastBlock(s)).toBe(SPEECH.at(-1));
    expect(reasonOf(s, '音译')).toBe('back-matter');
  });

  it('keeps a reference list under a numbered heading of the document’s own', () => {
    const refs = ['六、参考文献', '[1] 王小明.医疗器械临床试验统计方法（第二版）[M].北京：科学出版社，2016。'];
    const s = ingestText([...HEAD, ...SPEECH, ...refs].join('\n'), 'guideline.txt');
    expect(blockTexts(s).join('\n')).toContain('科学出版社');
  });

  it('keeps a circled list straight under the text, with no head', () => {
    const list = ['① 完善组织体系，健全基层组织。', '② 加强队伍建设，提高干部素质。'];
    const s = ingestText([...HEAD, ...SPEECH, ...list].join('\n'), 'list.txt');
    expect(blockTexts(s).join('\n')).toContain('② 加强队伍建设');
  });
});

describe('an attachment’s table before a page’s tail', () => {
  const table = [
    '附件：学习安排表',
    '学习安排表',
    '序号\t学习内容\t学习形式\t完成时限',
    '1\t在中共某某省委十一届三次全体会议暨全省组织工作会议上的讲话\t集中学习\t各党支部\t1月15日前',
    '2\t党章\t个人自学\t1月30日前',
  ];
  const page = ['首页 > 通知公告 > 正文', ...HEAD, ...SPEECH, ...table, '【打印】　【关闭】', '版权所有：某某学院党委组织部'];

  it('removes the table’s rows and its head between the speech and the page’s tail', () => {
    const s = ingestText(page.join('\n'), 'attachment.txt');
    expect(lastBlock(s)).toBe(SPEECH.at(-1));
    expect(blockTexts(s).join('')).not.toContain('集中学习');
  });

  it('keeps a table closing a document with no page around it', () => {
    const s = ingestText([...HEAD, ...SPEECH, ...table.slice(2)].join('\n'), 'document.txt');
    expect(blockTexts(s).join('\n')).toContain('集中学习');
  });
});

describe('a page’s tail in traditional characters, buttons and a source line', () => {
  const TRAD = [
    '各位代表：',
    '這次會議的主要任務是，總結工作經驗，分析當前形勢，研究部署下一階段任務。剛才，幾位同志作了很好的發言，我都贊成。',
    '一年來，各級黨組織認真貫徹黨中央決策部署，紮實推進各項工作，取得了明顯成效。這些成績來之不易，是大家共同努力的結果。',
    '新的一年，任務艱巨繁重。我們要保持定力、一往無前，以更加飽滿的精神狀態，奮力完成全年目標任務！',
    '謝謝大家。',
  ];

  it('removes a forum post’s button rows under the text', () => {
    const raw = [
      '論壇首頁 › 時事評論 › 兩岸新聞',
      '發表於 2022-11-18 10:21 | 只看該作者',
      '在全省組織工作會議上的講話',
      '張明',
      ...TRAD,
      '回覆　引用　舉報',
      '高級模式 | 發新帖',
    ];
    const s = ingestText(raw.join('\n'), 'forum.txt');
    expect(lastBlock(s)).toBe('謝謝大家。');
  });

  it('keeps three signatories’ names under a text on a page', () => {
    const raw = ['首页 > 通知公告 > 正文', '关于做好组织工作的倡议', '张明　李华　王强', ...SPEECH.slice(1), '张明　李华　王强'];
    const s = ingestText(raw.join('\n'), 'signed.txt');
    expect(lastBlock(s)).toBe('张明　李华　王强');
  });

  it('removes a traditional page’s copyright, notice, counter and source line', () => {
    const raw = [
      '首頁｜中心簡介｜研究人員｜出版品｜資料庫｜English',
      '資料庫 > 講話 > 2018年',
      '在全省組織工作會議上的講話',
      '張明',
      ...TRAD,
      '資料來源：新華社，2018年9月3日',
      '本資料庫僅供學術研究使用，轉載請註明出處。',
      '瀏覽人次：1,204　　｜　　回上頁　　｜　　列印',
      '某某大學研究中心　版權所有　©民國113年',
    ];
    const s = ingestText(raw.join('\n'), 'trad-page.txt');
    expect(lastBlock(s)).toBe('謝謝大家。');
    expect(s.removed.find((r) => r.text.includes('版權所有'))?.reason).toBe('copyright-footer');
  });
});

describe('a page’s tail: an English version, a related article’s teaser', () => {
  const PAGE_TOP = ['首页 > 双语 > 全文', ...HEAD];
  const FOOT = 'Copyright 1995 - 2023. All rights reserved. 版权所有';

  it('removes an English version after the Chinese text, with its bilingual labels', () => {
    const english = [
      '【English version 英文版】',
      'Comrades,',
      'The main task of this meeting is to review our work, analyse the situation and plan the next stage.',
      'Editor 编辑: Dong Jing 董静',
    ];
    const s = ingestText([...PAGE_TOP, ...SPEECH, ...english, FOOT].join('\n'), 'bilingual.txt');
    expect(lastBlock(s)).toBe(SPEECH.at(-1));
    expect(s.removed.find((r) => r.text.includes('review our work'))?.reason).toBe('other-language');
  });

  it('removes a related article’s one-sentence teaser between its author line and the footer', () => {
    const tail = [
      '责任编辑：王　蕾',
      '【延伸阅读】',
      '深刻把握党的政治建设的根本要求',
      '作者：李明远　　作者单位：中共清江市委党校',
      '党的政治建设是党的根本性建设，决定党的建设方向和效果。',
      '主管：中共中央组织部　　主办：杂志社　　国内统一刊号：CN11-2739/D',
    ];
    const s = ingestText([...PAGE_TOP, ...SPEECH, ...tail].join('\n'), 'magazine.txt');
    expect(lastBlock(s)).toBe(SPEECH.at(-1));
  });
});

describe('a page’s paragraph after a letter’s signature and date', () => {
  const LETTER = [
    '首页 > 校园要闻',
    '张明给我校毕业生回信',
    '某某大学的毕业生们：',
    '你们好！来信收到了，得知你们毕业后将奔赴基层工作，立志同各族群众一道建设美好家园，我很欣慰。希望你们扎根基层、砥砺品格、增长才干。',
    '张明',
    '2020年7月7日',
  ];
  const FOOT = ['（编辑：王洁　　审核：刘建）', '上一篇：校区召开毕业生座谈会', '版权所有 © 某某大学'];

  it('removes the readers’ reactions printed under the letter', () => {
    const reactions = '回信在师生中引起热烈反响。大家纷纷表示，一定牢记嘱托，扎根基层、建功立业。';
    const s = ingestText([...LETTER, reactions, ...FOOT].join('\n'), 'letter-page.txt');
    expect(lastBlock(s)).toBe('2020年7月7日');
    expect(s.removed.find((r) => r.text === reactions)?.reason).toBe('after-signature');
  });

  it('keeps a second document after the signature', () => {
    const second = [
      '附：倡议书',
      '全体毕业生：',
      '我们即将走向工作岗位。在此，我们倡议：牢记嘱托，扎根基层，在平凡岗位上干出不平凡的业绩。',
      '坚定理想信念，把个人理想融入国家发展大局，在服务人民中实现人生价值。',
      '弘扬优良作风，艰苦奋斗，勤勉敬业，做新时代的奋斗者。',
    ];
    const s = ingestText([...LETTER, ...second, ...FOOT].join('\n'), 'letter-two.txt');
    expect(blockTexts(s).join('\n')).toContain('弘扬优良作风');
  });
});

describe('a meeting transcript: the host’s turns and stage notes after the speech', () => {
  const HOST_OPEN = '主持人：同志们，朋友们！今天我们在这里召开全省组织工作会议。下面，请张明同志讲话，大家欢迎！';
  const TURN = ['张明：同志们：', ...SPEECH.slice(1, 3), '（鼓掌）', ...SPEECH.slice(3)];
  const AFTER = ['（全场热烈鼓掌）', '主持人：刚才，张明同志作了重要讲话，我们要认真学习领会。', '主持人：会议到此结束。', '（散会）'];

  it('removes the host’s closing turns and the stage notes, keeping the speaker’s words', () => {
    const s = ingestText(['全省组织工作会议文字实录', HOST_OPEN, ...TURN, ...AFTER].join('\n'), 'transcript.txt');
    expect(lastBlock(s)).toBe(SPEECH.at(-1));
    expect(blockTexts(s).join('\n')).not.toContain('（鼓掌）');
    expect(s.removed.find((r) => r.text.includes('会议到此结束'))?.reason).toBe('transcript');
  });

  it('leaves a form’s repeated labels alone (电话：… twice, 联系人：… once)', () => {
    const form = ['联系人：张明', '电话：0531-81916539', '电话：0531-81916540'];
    const s = ingestText([...HEAD, ...SPEECH, ...form].join('\n'), 'form.txt');
    expect(s.removed.some((r) => r.reason === 'transcript')).toBe(false);
  });
});

describe('a handout’s questions and a deck’s closing slide', () => {
  it('removes study questions under a bracketed head before a page’s tail', () => {
    const questions = [
      '【思考题】',
      '1．如何理解做好组织工作的重要意义？',
      '2．结合本单位实际，谈谈怎样把学习成效转化为推动发展的具体举措。',
    ];
    const tail = ['【推荐书目】', '上一篇：学习资料之六', '下一篇：学习资料之八'];
    const s = ingestText(['首页 > 学习资料', ...HEAD, ...SPEECH, ...questions, ...tail].join('\n'), 'handout.txt');
    expect(lastBlock(s)).toBe(SPEECH.at(-1));
    expect(blockTexts(s).join('')).not.toContain('思考题');
  });

  it('removes a deck’s last slide holding only a short closing line after the speech', () => {
    const slides = ['第2张', SPEECH[1], SPEECH[2], '第4张', SPEECH[3], '第7张', SPEECH[4], '第10张', '谢谢观看！'];
    const s = ingestText([HEAD[0], ...slides].join('\n'), 'deck.txt');
    expect(lastBlock(s)).toBe(SPEECH.at(-1));
    expect(s.removed.find((r) => r.text === '谢谢观看！')?.reason).toBe('closing-slide');
  });

  it('keeps a deck’s last slide that holds a paragraph', () => {
    const slides = ['第2张', SPEECH[1], '第4张', SPEECH[2], '第7张', SPEECH[3], '第10张', SPEECH[4]];
    const s = ingestText([HEAD[0], ...slides].join('\n'), 'deck2.txt');
    expect(lastBlock(s)).toBe(SPEECH.at(-1));
  });
});
