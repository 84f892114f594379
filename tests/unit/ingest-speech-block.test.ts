// The speech as a block of lines in one voice (speech-block.ts): page shapes no rule names, written
// for this rule before it existed, none of them in the eval set. What the reader sees: the speech's
// paragraphs, and nothing of the page's own lines (another voice about the speech, field labels,
// time-led lines, tables) before or after it; every line taken out reported with its features.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';
import type { Speech } from '../../src/lib/ingest/index.ts';
import { HEAD, SPEECH, blockTexts } from '../helpers/speech-text.ts';

// A copy of a whole speech runs to thousands of characters: the short speech of the other tests, with
// more paragraphs of the same address between its opening and its close.
const LONG = [
  ...SPEECH.slice(0, 4),
  '第一，要坚持把政治建设摆在首位。各级党组织要始终把对党忠诚作为第一位的要求，教育引导党员干部增强政治意识，提高政治判断力、政治领悟力、政治执行力。',
  '第二，要坚持不懈抓好基层组织建设。基层党组织是党的全部工作和战斗力的基础，要持续整顿软弱涣散基层党组织，选优配强带头人，推动基层党组织全面进步、全面过硬。',
  '第三，要着力建设高素质干部队伍。坚持好干部标准，树立正确选人用人导向，加强干部教育培训和实践锻炼，让想干事、能干事、干成事的干部有机会、有舞台。',
  '第四，要持续加强人才工作。深化人才发展体制机制改革，完善人才引进、培养、使用、评价和激励机制，营造识才爱才敬才用才的良好环境，让各类人才竞相涌现。',
  '第五，要切实加强组织部门自身建设。组织部门是管党治党的重要职能部门，要带头讲政治、守规矩，带头改进作风，努力建设让党放心、让干部群众满意的模范部门。',
  '同志们，做好今年的组织工作意义重大。各级党组织和广大党员干部要以功成不必在我的精神境界和功成必定有我的历史担当，一步一个脚印把各项任务落到实处。',
  SPEECH[4]!,
];
const outside = (s: Speech): string[] => s.removed.filter((r) => r.reason.startsWith('outside-speech-block')).map((r) => r.text);
const body = (s: Speech): string => blockTexts(s).join('\n');

describe('the speech found as a block of lines in one voice', () => {
  // Not handled (a known limit, it.fails): remarks under names alone are no evidence of the page's voice,
  // since a plan's last part may stand under labels too (`组织保障：…。`); the floor numbers (`2楼`) would be,
  // but no feature names them and none was added for this one page.
  it.fails('ends a forum thread quoting the speech before the replies, each a name and a remark', () => {
    const replies = [
      '2楼　基层小李：讲得太实在了，我们乡镇干部更要把群众的事放在心上。',
      '3楼　老党员王大爷：认真读了三遍，感触很深，建议支部组织专题学习。',
      '4楼　楼主：感谢大家支持，后面还会整理更多学习材料。',
      '5楼　云端漫步：已收藏，转给科室同事一起学习。',
    ];
    const s = ingestText(['【学习园地】在全省组织工作会议上的讲话（全文）', ...HEAD, ...LONG, ...replies].join('\n'), 'forum.txt');
    expect(blockTexts(s).at(-1)).toBe(LONG.at(-1));
    expect(body(s)).not.toContain('楼');
    expect(outside(s)).toEqual(expect.arrayContaining(replies.slice(1)));
  });

  it("ends a study-notes page before the reader's own notes on the speech", () => {
    const notes = [
      '【学习笔记】',
      '关键词：定力　担当　作为',
      '心得：通过学习这篇讲话，我认识到抓落实必须从自身做起，把责任扛在肩上。',
      '待办：周五前把学习体会交给支部书记。',
    ];
    const s = ingestText([...HEAD, ...LONG, ...notes].join('\n'), 'notes.txt');
    expect(blockTexts(s).at(-1)).toBe(LONG.at(-1));
    expect(body(s)).not.toContain('这篇讲话');
    expect(body(s)).not.toContain('待办');
  });

  // Not handled (kept as a known limit, it.fails): the agenda above is taken by the rules above the title
  // already, but the group list under the speech is a record of fields (`第一组：…（召集人：…，地点：…）`),
  // which a notice's own contacts (`联系人：…，联系电话：…`) share, and one remark under a label: not enough
  // of another voice for the tail to be the page's.
  it.fails("starts a conference handbook's speech after the agenda of clock times, and ends it before the group lists", () => {
    const agenda = [
      '全省组织工作会议会务手册',
      '会议议程',
      '08:30—09:00　报到、领取材料（一楼大厅）',
      '09:00—09:40　省委常委、组织部部长讲话',
      '09:40—10:30　分组讨论',
      '领导讲话',
    ];
    const groups = [
      '分组讨论安排',
      '第一组：市委组织部、机关工委（召集人：王强，地点：302会议室）',
      '第二组：县区委组织部（召集人：刘洋，地点：305会议室）',
      '注意事项：请各组于10:40前将讨论情况报会务组。',
    ];
    const s = ingestText([...agenda, ...HEAD, ...LONG, ...groups].join('\n'), 'handbook.txt');
    expect(blockTexts(s)[0]).toBe(LONG[0]);
    expect(blockTexts(s).at(-1)).toBe(LONG.at(-1));
    expect(body(s)).not.toMatch(/召集人|08:30/);
  });

  it("ends a blog post's copy of the speech before the blogger's sign-off and the reading list", () => {
    const tail = [
      '以上讲话原文转自网络，仅供学习交流。',
      '相关阅读',
      '→ 在全市组织工作会议上的讲话',
      '→ 组织工作会议讲话精神学习体会',
      '标签：组织工作　讲话　学习',
    ];
    const s = ingestText(['博主：青山依旧　　发布于 2023-03-06', ...HEAD, ...LONG, ...tail].join('\n'), 'blog.txt');
    expect(blockTexts(s).at(-1)).toBe(LONG.at(-1));
    expect(body(s)).not.toMatch(/转自网络|相关阅读|标签/);
  });
});

describe('a script around the speech: heads of fields with an instruction in brackets', () => {
  // Written after held12-'s video script (镜号 rows, `配音（原文朗读，字幕同步）：`) was read: a radio script is another shape.
  it("starts a radio script's reading at its salutation and ends it before the closing words", () => {
    const s = ingestText(
      [
        '开场音乐（压混，5秒）：',
        ...HEAD,
        '播音（男声，原文朗读）：',
        ...LONG,
        '结束语（女声）：',
        '感谢收听本期节目，我们下期再见。',
        '片尾音乐（渐强）：',
      ].join('\n'),
      'radio.txt',
    );
    expect(blockTexts(s)[0]).toBe(LONG[0]);
    expect(blockTexts(s).at(-1)).toBe(LONG.at(-1));
    expect(outside(s)).toEqual(expect.arrayContaining(['播音（男声，原文朗读）：', '感谢收听本期节目，我们下期再见。']));
  });
});

describe('what stays: a body whose own lines have these shapes', () => {
  it('keeps an interview whose turns are each a name and a remark', () => {
    const turns = [
      '记者：请您谈谈今年组织工作的重点是什么？',
      '张明：今年的重点是抓基层、打基础，把党组织建设得更加坚强有力。',
      '记者：在干部队伍建设方面有哪些新举措？',
      '张明：我们将完善干部考核评价机制，让敢于担当的干部有舞台、受重用。',
      '记者：对基层党组织书记有什么期望？',
      '张明：希望大家把心思用在干事创业上，为群众多办实事、多解难事。',
    ];
    const s = ingestText(['省委组织部部长张明接受本报专访', ...turns].join('\n'), 'interview.txt');
    expect(body(s)).toContain(turns.at(-1));
    expect(outside(s)).toEqual([]);
  });

  it("keeps a notice's contacts after its last paragraph", () => {
    const tail = [
      '联系人：组织一处　王强，联系电话：0531-12345678，邮箱：zzc@example.gov.cn',
      '联系人：组织二处　刘洋，联系电话：0531-87654321',
    ];
    const s = ingestText([...HEAD, ...LONG, ...tail].join('\n'), 'contacts.txt');
    expect(blockTexts(s).slice(-2)).toEqual(tail);
  });

  it('keeps a last paragraph that follows a quotation introduced with a colon', () => {
    const last = [
      '周恩来同志青年时代曾经写下这样的寄语：“愿相会于中华腾飞世界时。”周恩来同志还说过：“在现在这个世界上，我们若不强大起来，就要受欺侮。”',
      '让我们更加紧密地团结起来，为实现目标任务而努力奋斗！',
    ];
    const s = ingestText([...HEAD, ...LONG.slice(0, -1), ...last].join('\n'), 'quote.txt');
    expect(blockTexts(s).slice(-2)).toEqual(last);
  });

  it("keeps a last paragraph opening with a saying and a colon and the closing thanks when the page's player follows", () => {
    const last = ['有句老话讲得好：“不积跬步，无以至千里。”我们要一步一个脚印，把今天部署的各项任务落到实处！', '谢谢大家。'];
    const pager = [
      '收听本文　　　下载音频　　　字号调整',
      '操作说明：点击播放键收听全文，拖动进度条可跳转，长按文字可以复制。',
      '→ 返回专题首页',
    ];
    const s = ingestText([...HEAD, ...LONG.slice(0, -1), ...last, ...pager].join('\n'), 'pager.txt');
    expect(blockTexts(s).slice(-2)).toEqual(last);
    expect(body(s)).not.toContain('下载音频');
  });

  it('keeps a rule line between paragraphs under labels and a long paragraph', () => {
    const labelled = ['第一条意见：各级党组织要切实提高政治站位，以上是第一条。', '第二条意见：各级领导干部要带头转变作风，以上是第二条。'];
    const s = ingestText([...HEAD, SPEECH[0]!, ...labelled, '---', ...LONG.slice(1)].join('\n'), 'rule.txt');
    expect(outside(s)).toEqual([]);
    expect(blockTexts(s)).toContain('---');
  });

  it('keeps a speech whose parts stand between rule lines, the last part short', () => {
    const s = ingestText([...HEAD, ...LONG.slice(0, -2), '＊　　＊　　＊', ...LONG.slice(-2)].join('\n'), 'parts.txt');
    expect(outside(s)).toEqual([]);
    expect(blockTexts(s).at(-1)).toBe(LONG.at(-1));
  });

  it('keeps a document whose paragraphs each stand under a label', () => {
    const labelled = [
      '应用一：形式审查',
      '药品：利用人工智能技术可以对申报材料进行形式审查，自动识别缺项漏项，提示申请人补正，提高受理效率和规范性。',
      '医疗器械：利用人工智能技术可以对产品技术要求进行比对，发现与强制性标准不一致之处，辅助审查人员作出判断。',
      '应用二：技术审评',
      '药品：人工智能技术可以辅助审评人员梳理研究资料，提取关键数据，形成结构化的审评报告初稿，节约审评时间。',
      '医疗器械：人工智能技术可以辅助审评人员分析临床评价资料，对同品种产品进行比对，提高技术审评的一致性。',
    ];
    const s = ingestText(['人工智能技术在监管中的应用场景', ...labelled, ...LONG.slice(1)].join('\n'), 'labelled.txt');
    expect(outside(s)).toEqual([]);
    for (const t of labelled.filter((x) => x.startsWith('药品'))) expect(body(s)).toContain(t);
  });

  it('keeps an annex of definitions and a signature dated with 签发 after a document', () => {
    const annex = [
      '附件',
      '名词解释',
      '1．数字化转型：是指企业利用数字技术对业务流程、组织结构和商业模式进行系统性变革的过程。',
      '2．工业互联网：是新一代信息通信技术与工业经济深度融合的新型基础设施、应用模式和工业生态。',
    ];
    const a = ingestText([...HEAD, ...LONG, ...annex].join('\n'), 'annex.txt');
    expect(outside(a)).toEqual([]);
    const signed = ingestText([...HEAD, ...LONG, '科 技 部', '2018年7月30日签发', '（此件主动公开）'].join('\n'), 'signed.txt');
    expect(outside(signed)).toEqual([]);
  });

  it("keeps a notice's attachment list and signature after the body", () => {
    const tail = ['附件：1．会议议程', '2．参会人员名单', '中共某某省委组织部', '2023年3月6日'];
    const s = ingestText(['关于召开全省组织工作会议的通知', '各市委组织部：', ...SPEECH.slice(1), ...tail].join('\n'), 'notice.txt');
    expect(outside(s)).toEqual([]);
  });
});
