// After the speech has ended (session 10, wt-tail): what a page prints under a line that says
// the text is over or heads the page's own section, and other chrome after the last paragraph.
// For each rule a text where it applies (what the reader sees) and a near shape it leaves alone.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';
import type { Speech } from '../../src/lib/ingest/index.ts';
import { SPEECH, HEAD, lastBlock } from '../helpers/speech-text.ts';

const removedAs = (s: Speech, reason: string): string[] => s.removed.filter((r) => r.reason === reason).map((r) => r.text);

describe('what follows the speech under a line of the page’s own', () => {
  it('removes a framed end marker and the programme’s blurb after it', () => {
    const raw = [
      ...HEAD,
      ...SPEECH,
      '—— 以上为本期节目文稿 ——',
      '节目简介',
      '本期朗读：张明同志在全省组织工作会议上的讲话。每天7点，陪你读原文。',
    ];
    const s = ingestText(raw.join('\n'), 'audio.txt');
    expect(lastBlock(s)).toBe(SPEECH.at(-1));
    expect(removedAs(s, 'end-marker')).toEqual(['—— 以上为本期节目文稿 ——']);
    expect(removedAs(s, 'after-end')).toHaveLength(2);
  });

  it('removes a bracketed section after the speech and its paragraph (an exam page’s notes)', () => {
    const raw = [...HEAD, ...SPEECH, '【考点链接】', '基层组织建设；干部队伍建设；作风建设。', '上一篇：在全市组织工作会议上的讲话'];
    const s = ingestText(raw.join('\n'), 'exam.txt');
    expect(lastBlock(s)).toBe(SPEECH.at(-1));
    expect(removedAs(s, 'after-end')).toContain('基层组织建设；干部队伍建设；作风建设。');
  });

  it('removes a reader’s labelled section inside the page’s tail', () => {
    const raw = [
      ...HEAD,
      ...SPEECH,
      '学习体会：',
      '通过学习，我深刻认识到抓好组织工作的重要意义，要立足本职岗位，把学习成果转化为工作成效。',
      '第 3 页',
    ];
    const s = ingestText(raw.join('\n'), 'notes.txt');
    expect(lastBlock(s)).toBe(SPEECH.at(-1));
    expect(s.blocks.map((b) => b.text).join('')).not.toContain('通过学习');
    expect(s.removed.some((r) => r.reason === 'after-end' && r.text.startsWith('通过学习'))).toBe(true);
  });

  it('keeps a long part of the speech under a bracketed head', () => {
    const part = [
      '【几点要求】',
      '第一，要提高政治站位，把思想和行动统一到党中央决策部署上来，切实增强做好工作的责任感和使命感。',
      '第二，要压实工作责任，各级党组织书记要亲自抓、负总责，班子成员要履行一岗双责，形成上下联动的工作格局。',
      '第三，要加强督促检查，对工作推进情况定期调度，对发现的问题及时纠正，确保各项任务落到实处、见到实效。',
      '第四，要注重总结经验，及时发现和推广基层的好做法好经验，以点带面推动工作整体提升，不断开创新局面。',
    ];
    const s = ingestText([...HEAD, ...SPEECH, ...part].join('\n'), 'part.txt');
    expect(lastBlock(s)).toBe(part.at(-1));
    expect(removedAs(s, 'after-end')).toEqual([]);
  });

  it('keeps the speech’s last paragraph alone under a bracketed head at the file’s end', () => {
    const last = '最后，我再强调一点：各级党组织要以这次会议为契机，切实把各项任务抓紧抓实抓好。';
    const s = ingestText([...HEAD, ...SPEECH, '【几点要求】', last].join('\n'), 'last-part.txt');
    expect(lastBlock(s)).toBe(last);
  });

  it('keeps the speech after a preview’s framed cut with a count in it', () => {
    const raw = [...HEAD, ...SPEECH.slice(0, 3), '---此处隐藏826字---', ...SPEECH.slice(3)];
    const s = ingestText(raw.join('\n'), 'preview.txt');
    expect(lastBlock(s)).toBe(SPEECH.at(-1));
  });
});

describe('chrome after the last paragraph', () => {
  it('removes a 公文’s 版记: the rules between its 抄送 and 印发 lines and its count', () => {
    const rule = '━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━';
    const raw = [
      ...HEAD,
      ...SPEECH,
      rule,
      '抄送：市人大常委会党组，市政府党组，市政协党组。',
      rule,
      '中共某某市委办公室　　　　2018年11月21日印发',
      rule,
      '（共印120份）',
    ];
    const s = ingestText(raw.join('\n'), 'banji.txt');
    expect(lastBlock(s)).toBe(SPEECH.at(-1));
    expect(s.blocks.some((b) => b.text.includes('抄送'))).toBe(false);
  });

  it('removes a page number that kept a word processor’s field codes after the last paragraph', () => {
    const raw = [...HEAD, ...SPEECH, '第 PAGE \\* MERGEFORMAT 3 页 共 NUMPAGES \\* MERGEFORMAT 3 页'];
    const s = ingestText(raw.join('\n'), 'fields.txt');
    expect(lastBlock(s)).toBe(SPEECH.at(-1));
    // Removed once, as a page number or (since session 10's artefact rules) as a field code.
    expect([...removedAs(s, 'page-number'), ...removedAs(s, 'field-code')]).toHaveLength(1);
  });

  it('removes the last short sentence left between two lines of the page’s tail', () => {
    const raw = [
      ...HEAD,
      ...SPEECH,
      '学习进度：100%　　已学时长：00:20:17',
      '恭喜您完成本课程学习，获得0.5学时！',
      '课程评价：★★★★★　　　我要评价',
    ];
    const s = ingestText(raw.join('\n'), 'course.txt');
    expect(lastBlock(s)).toBe(SPEECH.at(-1));
  });

  it('keeps a short closing sentence between two page numbers of a printed copy', () => {
    const raw = [...HEAD, ...SPEECH, '- 3 -', '谢谢大家！', '- 4 -'];
    const s = ingestText(raw.join('\n'), 'printed.txt');
    expect(lastBlock(s)).toBe('谢谢大家！');
  });

  it('removes a chat’s replies under their stamp-and-sender heads after a forwarded speech', () => {
    const raw = [
      ...HEAD,
      ...SPEECH,
      '',
      '2024-05-06 08:20:07 李晓梅',
      '收到，认真学习！',
      '',
      '2024-05-06 09:03:12 陈 敏',
      '收到。“以优异成绩迎接建党100周年”，说得真好。',
      '',
      '2024-05-06 12:31:40 王建华(书记)',
      '还有几位同志没有回复，请看到后回复“收到”。',
    ];
    const s = ingestText(raw.join('\n'), 'chat.txt');
    expect(lastBlock(s)).toBe(SPEECH.at(-1));
    expect(removedAs(s, 'chat')).toContain('还有几位同志没有回复，请看到后回复“收到”。');
  });

  it('keeps a speech forwarded as a long message under a stamp-and-sender head', () => {
    const raw = ['2024-05-06 08:00:00 王建华', ...SPEECH, '2024-05-06 08:20:07 李晓梅', '收到。'];
    const s = ingestText(raw.join('\n'), 'forward.txt');
    expect(s.blocks.map((b) => b.text)).toContain(SPEECH[1]);
  });
});

describe('a reading site’s counts and readers’ comments', () => {
  it('removes the count bars under parts and a hot comment with its counts, inside the text and at its end', () => {
    const raw = [
      ...HEAD,
      ...SPEECH.slice(0, 3),
      '👍 41　　💬 段评 6',
      '热门段评｜老宋头：这份讲话我们支部逐段学过，印象最深。　　回复 2　　赞 19',
      ...SPEECH.slice(3),
      '👍 63　　💬 段评 11',
      '热门段评｜史海拾贝：结束这一段读来依然有力量。　　回复 2　　赞 19',
    ];
    const s = ingestText(raw.join('\n'), 'comments.txt');
    expect(s.blocks.map((b) => b.text)).toEqual(SPEECH);
    expect(removedAs(s, 'comment')).toHaveLength(4);
  });

  it('keeps a table’s row of names and numbers', () => {
    const row = '某某县　　人口 52　　面积 31';
    const s = ingestText([...HEAD, ...SPEECH.slice(0, 3), row, ...SPEECH.slice(3)].join('\n'), 'table.txt');
    expect(removedAs(s, 'comment')).toEqual([]);
  });
});

describe('a proof copy’s comment anchors', () => {
  it('takes the anchors glued to the parts off and keeps the parts whole', () => {
    const raw = [
      ...HEAD,
      `${SPEECH[1]}[王1]`,
      `${SPEECH[2]}[李2]`,
      ...SPEECH.slice(3),
      '────────────────────',
      '批注',
      '[王1] 王晓明　2023/3/2 15:58：已与单行本核对，无误。',
      '[李2] 李静　2023/3/2 16:21：全文校毕。',
    ];
    const s = ingestText(raw.join('\n'), 'proof.txt');
    expect(s.blocks.map((b) => b.text)).toEqual(SPEECH.slice(1));
    expect(removedAs(s, 'comment-anchor')).toEqual(['[王1]', '[李2]']);
  });

  it('keeps a bracketed name and number at a line’s end when no comment repeats it', () => {
    const line = '这一点在《讲话》中有明确论述，具体见文件汇编[卷2]';
    const s = ingestText([...HEAD, ...SPEECH.slice(0, 3), line, ...SPEECH.slice(3)].join('\n'), 'cite.txt');
    expect(s.blocks.some((b) => b.text === line)).toBe(true);
  });
});

describe('a quote of the speech after its end', () => {
  it('removes a caption bar repeating a sentence of the speech under the page’s footer', () => {
    const raw = [...HEAD, ...SPEECH, '扫一扫在手机打开当前页', '网站地图　　联系我们', '这些成绩来之不易，是大家共同努力的结果。'];
    const s = ingestText(raw.join('\n'), 'caption.txt');
    expect(lastBlock(s)).toBe(SPEECH.at(-1));
    expect(removedAs(s, 'quote')).toEqual(['这些成绩来之不易，是大家共同努力的结果。']);
  });

  it('keeps a closing that repeats a sentence when no page’s tail stands before it', () => {
    const again = '这些成绩来之不易，是大家共同努力的结果。';
    const s = ingestText([...HEAD, ...SPEECH, again].join('\n'), 'again.txt');
    expect(lastBlock(s)).toBe(again);
  });
});

describe('a newspaper’s report of a letter after the letter’s close', () => {
  const LETTER = [
    '某某大学全体师生：',
    '来信收悉。得知你们在抗击疫情中挺身而出、担当奉献，我感到十分欣慰。希望你们继续努力，在为人民服务中茁壮成长。',
  ];
  const REPORT = [
    '（新华社北京3月16日电）',
    '新华社北京3月16日电中共中央总书记张明3月15日给某某大学全体师生回信，向他们致以诚挚的问候。',
    '张明在回信中表示，希望广大青年在为人民服务中茁壮成长。',
  ];

  it('removes the report after the signature and date, and keeps the signature and date', () => {
    const s = ingestText(['回信', ...LETTER, '张明', '2020年3月15日', ...REPORT].join('\n'), 'letter.txt');
    expect(lastBlock(s)).toBe('2020年3月15日');
    expect(removedAs(s, 'news-report')).toEqual(REPORT);
  });

  it('cuts the report off a line where the signature and date are glued to the letter’s last sentence', () => {
    const line = `${LETTER[1]}张明2020年3月15日近日，张明给某某大学全体师生回信，向他们致以诚挚的问候。`;
    const s = ingestText(['回信', LETTER[0], line].join('\n'), 'glued.txt');
    expect(lastBlock(s).endsWith('张明2020年3月15日')).toBe(true);
    expect(removedAs(s, 'news-report')).toEqual(['近日，张明给某某大学全体师生回信，向他们致以诚挚的问候。']);
  });

  it('keeps a postscript after the close that does not speak of the signer', () => {
    const ps = '附：随信寄去几本书，供同学们学习参考。';
    const s = ingestText(['回信', ...LETTER, '张明', '2020年3月15日', ps].join('\n'), 'ps.txt');
    expect(lastBlock(s)).toBe(ps);
  });
});

describe('a source credit closing the text', () => {
  it('cuts a wire credit glued to the last paragraph off the body, its headline still the title', () => {
    const credit = '（据新华社合肥8月21日电张明在某某考察时强调坚持高质量发展取得新的更大进展）';
    const text = `${SPEECH[1]}${SPEECH[2]}${credit}`;
    const s = ingestText(text, 'excerpt.txt');
    expect(lastBlock(s).endsWith('共同努力的结果。')).toBe(true);
    expect(removedAs(s, 'closing-credit')).toEqual([credit]);
    expect(s.title).toBe('张明在某某考察时强调 坚持高质量发展取得新的更大进展');
  });

  it('keeps a bracketed aside that is no credit at the end of the last paragraph', () => {
    const last = '我们要奋力完成全年目标任务。（据统计，全年完成投资超过预期）';
    const s = ingestText([...HEAD, ...SPEECH, last].join('\n'), 'aside.txt');
    expect(lastBlock(s)).toBe(last);
  });
});

describe('after （全文完）', () => {
  it('removes an editor’s short remark after the end marker', () => {
    const raw = [...HEAD, ...SPEECH, '（全文完）', '小编推荐：这篇讲话值得反复学习，建议收藏转发给身边的党员同志。'];
    const s = ingestText(raw.join('\n'), 'done.txt');
    expect(lastBlock(s)).toBe(SPEECH.at(-1));
    expect(removedAs(s, 'after-end')).toHaveLength(1);
  });
});
