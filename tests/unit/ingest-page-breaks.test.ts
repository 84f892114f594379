// Page-break chrome of printed pages and PDFs' text (session 9, page-breaks.ts): running lines that
// recur at page breaks — a browser's print header and URL footer with `n/N`, the speech's own title
// as running head with a bare page number, a chapter head with `· n ·` — removed with their reason,
// and the sentence a break cut in two whole again. Texts of similar shape that are not page chrome
// (a passage the text repeats, a table's row numbers, a wiki's lines split at its links) stay.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';
import type { Speech } from '../../src/lib/ingest/index.ts';
import { pageBreakChrome } from '../../src/lib/ingest/page-breaks.ts';
import { hasPageCounter } from '../../src/lib/ingest/page-counter.ts';
import { rejoinWrapped } from '../../src/lib/ingest/rewrap.ts';
import { traced } from '../../src/lib/ingest/traced.ts';

/** Speech paragraphs written for these tests (a county party secretary's address). */
const PARAGRAPHS = [
  '同志们：',
  '今天召开全县乡村振兴工作推进会，主要任务是总结上半年工作，分析当前形势，部署下半年重点任务。刚才，几位同志作了很好的发言，讲成绩实事求是，讲问题直截了当，讲打算思路清晰，我都赞成。',
  '上半年，全县上下认真落实县委决策部署，粮食生产稳中有增，特色产业不断壮大，农村人居环境持续改善，农民收入较快增长。这些成绩来之不易，是全县干部群众苦干实干的结果。在此，我代表县委向大家表示衷心感谢！',
  '同时也要清醒看到，我们的工作还存在不少短板。有的乡镇产业项目谋划不够，带动能力不强；有的村集体经济基础薄弱，自我发展能力不足；有的干部作风不实，工作落实不到位。对这些问题，必须高度重视，认真加以解决。',
  '第一，要在产业发展上下功夫。产业兴旺是乡村振兴的重中之重。要立足本地资源禀赋，做强茶叶、油茶、中药材等特色产业，延长产业链条，提升产品附加值，让农民更多分享产业增值收益。',
  '第二，要在环境整治上下功夫。要持续开展村庄清洁行动，推进农村厕所革命和生活污水治理，加强农村公共基础设施建设和管护，建设宜居宜业和美乡村，让乡亲们住得舒心、过得顺心。',
  '第三，要在乡村治理上下功夫。要健全党组织领导的自治、法治、德治相结合的乡村治理体系，深化移风易俗，推进平安乡村建设，及时化解矛盾纠纷，让农村既充满活力又和谐有序。',
  '第四，要在队伍建设上下功夫。要选优配强村党组织书记，加强驻村第一书记和工作队管理，大力培养本土人才，引导各类人才投身乡村振兴，为乡村振兴提供坚强的组织保证和人才支撑。',
  '同志们，下半年的任务十分繁重。我们要以时不我待的紧迫感和舍我其谁的责任感，扑下身子抓落实，确保全年目标任务圆满完成，为全面推进乡村振兴作出新的更大贡献！',
];

/** The paragraphs hard-wrapped at `width` characters, with `pageBreak(n)` after every `perPage` lines. */
function printed(width: number, perPage: number, pageBreak: (n: number) => string[]): string[] {
  const out: string[] = [];
  let onPage = 0;
  let page = 1;
  for (const p of PARAGRAPHS) {
    const chars = [...p];
    for (let i = 0; i < chars.length; i += width) {
      out.push(chars.slice(i, i + width).join(''));
      if (++onPage === perPage) {
        onPage = 0;
        out.push(...pageBreak(page++));
      }
    }
  }
  return out;
}

const blocksText = (s: Speech): string => s.blocks.map((b) => b.text).join('\n');
const reasonsOf = (s: Speech, text: string): string[] => s.removed.filter((r) => r.text.includes(text)).map((r) => r.reason);
/** Every paragraph of the speech stands whole in one block. */
const wholeParagraphs = (s: Speech): void => {
  const blocks = s.blocks.map((b) => b.text);
  for (const p of PARAGRAPHS) expect(blocks).toContain(p);
};

describe('a page printed from a browser', () => {
  const TITLE = '在全县乡村振兴工作推进会上的讲话';
  const HEADER = `2024/7/9 下午3:26　　${TITLE}-青山县人民政府`;
  const URL = 'https://www.qingshan.gov.cn/art/2024/7/2/art_1520_88213.html';
  it('drops the print header and the URL footer at every page break and rejoins the sentence they cut', () => {
    const lines = printed(22, 10, (n) => [`${URL}　　${n}/4`, '', HEADER]);
    const raw = [HEADER, '青山县人民政府', TITLE, '（2024年7月8日）', '县委书记　王立群', ...lines, `${URL}　　4/4`].join('\n');
    expect(lines.filter((l) => l.startsWith(URL))).toHaveLength(3);
    const s = ingestText(raw, 'print.txt');
    expect(s.title).toBe(TITLE);
    expect(blocksText(s)).not.toContain('https://');
    expect(blocksText(s)).not.toContain('下午3:26');
    for (const n of [1, 2, 3]) expect(reasonsOf(s, `${n}/4`)).toEqual(['running-footer']);
    expect(reasonsOf(s, '4/4')).toHaveLength(1);
    expect(s.removed.filter((r) => r.text === HEADER && r.reason === 'running-header')).toHaveLength(3);
    wholeParagraphs(s);
  });
});

describe('a PDF whose running head is the speech’s own title', () => {
  const TITLE = '扑下身子抓落实　奋力推进乡村振兴';
  it('keeps the title at the top, drops its copies and the bare page numbers at the breaks', () => {
    const lines = printed(22, 11, (n) => [String(n), '', TITLE]);
    const raw = [
      '中共青山县委党校',
      '干部学习资料',
      '第 2024-15 号',
      '县委党校教务处编　　2024年7月15日印',
      TITLE,
      '——在全县乡村振兴工作推进会上的讲话',
      '（2024年7月8日）',
      '王立群',
      ...lines,
    ].join('\n');
    const s = ingestText(raw, 'handout.txt');
    expect(s.title).toBe(TITLE);
    expect(blocksText(s)).not.toContain(TITLE);
    const copies = s.removed.filter((r) => r.text === TITLE);
    expect(copies.length).toBeGreaterThanOrEqual(2);
    expect(copies.every((r) => r.reason === 'running-header')).toBe(true);
    expect(reasonsOf(s, '2').filter((r) => r === 'page-number').length).toBeGreaterThan(0);
    wholeParagraphs(s);
  });
});

describe('a lone page number', () => {
  it('goes where it cuts a sentence of hard-wrapped text, though it recurs nowhere', () => {
    const wrapped = printed(24, 1000, () => []);
    const at = wrapped.findIndex((l, k) => k > 10 && !/[。！？：]$/u.test(l) && [...l].length === 24);
    const raw = ['在全县乡村振兴工作推进会上的讲话', '（2024年7月8日）', ...wrapped.slice(0, at + 1), '3', ...wrapped.slice(at + 1)].join(
      '\n',
    );
    const s = ingestText(raw, 'short.txt');
    expect(s.removed.filter((r) => r.text === '3').map((r) => r.reason)).toEqual(['page-number']);
    wholeParagraphs(s);
  });
});

describe('a book’s chapter head with its page number between paragraphs', () => {
  /** Short paragraphs of a book's page (one paragraph a line, not wrapped). */
  const page = (k: number): string[] =>
    Array.from(
      { length: 11 },
      (_, j) =>
        `第${k}页的第${j + 1}段：乡村振兴要坚持农业农村优先发展，按照产业兴旺、生态宜居、乡风文明、治理有效、生活富裕的总要求推进。`,
    );
  it('drops the running line (`第三章　…　　· 88 ·`) that recurs with the page counting up', () => {
    const head = (n: number): string => `第三章　全面推进乡村振兴　　　　　　· ${n} ·`;
    const raw = ['在全县乡村振兴工作推进会上的讲话', '（2024年7月8日）', ...page(1), head(88), ...page(2), head(89), ...page(3)].join('\n');
    const s = ingestText(raw, 'book.txt');
    expect(blocksText(s)).not.toContain('第三章');
    expect(reasonsOf(s, '· 88 ·')).toEqual(['running-header']);
    expect(reasonsOf(s, '· 89 ·')).toEqual(['running-header']);
  });
});

describe('page numbers of a wrapped policy text', () => {
  /** Many wrapped lines: the paragraphs three times over, in three parts. */
  const long = (): string[] => [0, 1, 2].flatMap((k) => printed(24, 1000, () => []).map((l) => (l === '同志们：' ? `第${k + 1}部分` : l)));

  it('takes every page number of a run, two on facing lines (a blank page) included', () => {
    const lines = long();
    const texts: string[] = [];
    let n = 1;
    lines.forEach((l, j) => {
      texts.push(l);
      if (j % 12 === 11 && !/[。！？：]$/u.test(l)) {
        texts.push(String(n++));
        if (n === 3) texts.push(String(n++));
      }
    });
    const numbers = texts.filter((t) => /^\d+$/u.test(t));
    expect(numbers.length).toBeGreaterThanOrEqual(4);
    const out = pageBreakChrome(texts).map((x) => texts[x.i]);
    expect(out).toEqual(numbers);
  });

  it('keeps the text after the last page number: page numbers do not start a page’s tail', () => {
    const lines = long();
    const texts: string[] = ['关于推进乡村振兴标准体系建设的指导意见', ...lines.slice(0, -6)];
    let n = 1;
    const out: string[] = [];
    texts.forEach((l, j) => {
      out.push(l);
      if (j > 0 && j % 12 === 0 && !/[。！？：]$/u.test(l)) out.push(String(n++));
    });
    // The text's last lines: short, no sentence end until the last (a list of names, wrapped).
    const end = ['五是坚持动态更新，建立标准体系动态维护机制', '与信息平台，根据国内外需求变化', '对标准体系进', '行动态更新。'];
    const s = ingestText([...out, '（IMO）、国际标准化组织（ISO）、', ...end].join('\n'), 'policy.txt');
    const text = s.blocks.map((b) => b.text).join('');
    expect(text).toContain('行动态更新。');
    expect(text).toContain('（IMO）');
    expect(s.removed.filter((r) => r.reason === 'page-tail')).toEqual([]);
  });
});

describe('lines of page chrome’s shape that are not page chrome', () => {
  it('keeps a wrapped line of prose the text repeats in another place (a clause break, then cut mid-sentence)', () => {
    const wrapped = printed(24, 1000, () => []);
    const line = '当前，以数字技术为代表的新一轮科技革命和产业变革突';
    const texts = [
      ...wrapped.slice(0, 12),
      line,
      '飞猛进，为乡村振兴提供了新的机遇。',
      ...wrapped.slice(12, 26),
      line,
      '飞猛进，农村发展面临新的形势。',
      ...wrapped.slice(26),
    ];
    expect(pageBreakChrome(texts)).toEqual([]);
  });

  it('keeps a passage the text repeats with the same text around it (a summary quoting the body)', () => {
    const wrapped = printed(24, 1000, () => []);
    const passage = ['《全县乡村振兴三年行动方案》明确提出'];
    const texts = [
      ...wrapped.slice(0, 12),
      ...passage,
      ...wrapped.slice(12, 26),
      ...wrapped.slice(11, 12),
      ...passage,
      ...wrapped.slice(12),
    ];
    expect(pageBreakChrome(texts)).toEqual([]);
  });

  it('keeps a table written one cell a line: row numbers and a repeated status cell', () => {
    const rows = Array.from({ length: 6 }, (_, k) => [
      String(k + 1),
      '',
      `信息技术标准第${k + 1}部分`,
      '',
      `GB/T 1${k}00-2020`,
      '',
      '已发布',
      '',
    ]).flat();
    expect(pageBreakChrome(rows)).toEqual([]);
  });

  it('keeps attachment heads counting up at the top of a new page (`附件1`…`附件3` after `— n —`)', () => {
    const wrapped = printed(24, 1000, () => []);
    const texts: string[] = [];
    for (let k = 1; k <= 3; k++) texts.push(`附件${k}`, `申报材料之${k}`, ...wrapped.slice(k * 11, k * 11 + 11), `— ${k + 1} —`, '');
    const out = pageBreakChrome(texts).map((x) => texts[x.i] ?? '');
    expect(out.filter((t) => t.startsWith('附件'))).toEqual([]);
  });

  it('keeps a figure’s labels that two pages share, at two of many page breaks', () => {
    const wrapped = [0, 1, 2].flatMap(() => printed(24, 1000, () => []));
    const texts: string[] = [];
    let n = 1;
    wrapped.forEach((l, k) => {
      texts.push(l);
      if (k % 11 === 10 && !/[。！？：]$/u.test(l)) {
        texts.push(`— ${n} —`, '');
        if (n === 2 || n === 4) texts.push('图1　标准体系框架');
        n++;
      }
    });
    expect(n).toBeGreaterThan(5);
    const out = pageBreakChrome(texts).map((x) => texts[x.i]);
    expect(out).not.toContain('图1　标准体系框架');
  });

  it('keeps a wiki’s text split at its links (lines not hard-wrapped)', () => {
    const texts = [
      '一九五七年二月，毛泽东同志在最高国务会议上作了《',
      '关于正确处理人民内部矛盾的问题',
      '》的讲话，系统论述了社会主义社会矛盾的学说。全党同志要认真学习这篇文章，联系实际，深入领会其中的基本观点，用以指导我们的工作。',
      ...PARAGRAPHS.slice(1),
      ...PARAGRAPHS.slice(1, 4),
      '这篇讲话经过作者修改补充以后，于同年六月以《',
      '关于正确处理人民内部矛盾的问题',
      '》为题发表，对全党统一认识起了重要作用。',
    ];
    expect(pageBreakChrome(texts)).toEqual([]);
  });
});

describe('page counters', () => {
  it('takes the shapes printers use, alone or set apart at a line’s end', () => {
    for (const t of [
      '3',
      '- 3 -',
      '— 3 —',
      '· 3 ·',
      '3/9',
      '第3页',
      '第 3 页 共 9 页',
      'https://a.gov.cn/x.html　　2/3',
      '第三章　总论　　· 88 ·',
    ])
      expect(hasPageCounter(t), t).toBe(true);
    for (const t of ['2024年', '第三章', '一、总体要求', '附件3']) expect(hasPageCounter(t), t).toBe(false);
  });
});

describe('the wrapped-line join', () => {
  it('never glues a URL footer or a page counter left in the text onto the paragraph above', () => {
    const wrapped = printed(24, 1000, () => []);
    // A full line cut mid-sentence, then a footer no rule took out.
    const at = wrapped.findIndex((l, k) => k > 10 && !/[。！？：]$/u.test(l) && [...l].length === 24);
    for (const footer of ['https://www.qingshan.gov.cn/art/2024/7/2/art_1520_88213.html　　1/4', '- 3 -', '第 3 页 共 9 页']) {
      const lines = [...wrapped.slice(0, at + 1), footer, ...wrapped.slice(at + 1)];
      const out = rejoinWrapped(
        lines.map((t, k) => traced(t, k + 1)),
        lines.map(() => false),
      ).logical.map((l) => l.text);
      expect(out, footer).toContain(footer);
      expect(out.some((t) => t.endsWith(`${wrapped[at]}${footer}`))).toBe(false);
    }
  });
});
