// Header shapes (title, speaker, date) the session-4 eval showed the cleaner getting wrong,
// one test per pattern. The text here is written for the tests (no seed or corpus text);
// each test failed before the rule it covers.
import { describe, expect, it } from 'vitest';
import type { Speech } from '../../src/lib/ingest/index.ts';
import { ingestLines as ingest, noteOf } from './fixtures/ingest-helpers.ts';

const SPEECH = [
  '今年以来，全县上下认真落实各项部署，农业生产保持稳中向好的态势，粮食播种面积稳定，特色产业规模不断扩大。',
  '同时也要看到，部分乡镇基础设施仍然薄弱，农技服务跟不上，一些地方抓落实的办法还不多，这些问题必须认真加以解决。',
  '下一步，各乡镇、各部门要把秋冬种作为当前的重点工作，层层压实责任，确保种足种好，为明年丰收打下坚实基础。',
  '同志们，农时不等人。让我们振奋精神，真抓实干，奋力夺取明年农业生产的新胜利！',
];

describe('a news headline that reports its speaker', () => {
  it('`<name>在…时强调` over deck lines is the title (not the last deck line), and its first words the speaker', () => {
    const s = ingest([
      '首页 | 要闻 | 时政 | 地方',
      '张明在调研秋冬季农业生产时强调',
      '压实责任抓落实',
      '确保种足种好',
      '11月6日，县委书记张明到城关镇调研秋冬季农业生产。他指出，秋冬种是当前的重点工作。',
      ...SPEECH,
    ]);
    expect(s.title).toBe('张明在调研秋冬季农业生产时强调');
    expect(s.speaker).toBe('张明');
    expect(noteOf(s, 'speaker')?.reason).toMatch(/named before the title/);
  });

  it('`<name>对…作出重要指示` is a title too; a deck line alone is not', () => {
    const s = ingest(['李华对做好秋冬季农业生产作出重要指示', '强调要压实责任', SPEECH[0]!, SPEECH[1]!]);
    expect(s.title).toBe('李华对做好秋冬季农业生产作出重要指示');
    expect(s.speaker).toBe('李华');
  });
});

describe("a lead's day", () => {
  const page = (lead: string): Speech =>
    ingest([
      '首页 | 理论 | 学习 | 专题',
      lead,
      '在全县秋冬季农业生产工作会议上的讲话',
      '县委书记　张明',
      ...SPEECH,
      '来源：县融媒体中心　　发布时间：2023-11-09 08:30',
    ]);
  it("is not the speech's day when the lead dates something else (an editor's note)", () => {
    const s = page('编者按：11月8日，全县农业技术成果展在县城开展。本网今起陆续刊发有关文稿，供读者学习参考。');
    expect(s.date).not.toBe('2023-11-08');
  });
  it('still is when the lead reports the speech', () => {
    const s = page('11月6日，全县秋冬季农业生产工作会议召开，县委书记张明出席会议并讲话。');
    expect(s.date).toBe('2023-11-06');
    expect(noteOf(s, 'date')?.reason).toMatch(/the lead's day/);
  });
});

describe('a title that names its speaker', () => {
  it('wins over a bare short line under it that the text never gives (a widget left over)', () => {
    const s = ingest([
      '县新闻网 >> 时政 >> 领导活动',
      '张明在全县秋冬季农业生产工作会议上的讲话',
      '2023年11月07日08:10 | 来源：县融媒体中心',
      '小字号',
      ...SPEECH,
    ]);
    expect(s.speaker).toBe('张明');
    expect(noteOf(s, 'speaker')?.reason).toMatch(/named before the title/);
  });
  it('a bare name line the text gives again stays the speaker', () => {
    const s = ingest(['张明在全县秋冬季农业生产工作会议上的讲话', '李华', ...SPEECH, '李华同志在会上还对冬季安全生产提出了要求。']);
    expect(s.speaker).toBe('李华');
  });
});

describe('a one-line head without a dateline', () => {
  it('title —— subtitle, byline with office and the salutation glued: cut into title, subtitle, speaker and text', () => {
    const s = ingest([
      '新华社北京11月6日电　压实责任　夺取丰收——在全县秋冬季农业生产工作会议上的讲话中共平安县委书记　张明同志们：',
      ...SPEECH,
    ]);
    expect(s.title).toBe('压实责任　夺取丰收');
    expect(s.header?.find((l) => l.role === 'subtitle')?.text).toBe('——在全县秋冬季农业生产工作会议上的讲话');
    expect(s.speaker).toBe('张明');
    expect(s.blocks[0]?.text).toBe('同志们：');
  });
});

describe('a report with no title line', () => {
  it('delivered on its author’s behalf (受…委托，现就…报告如下): the title is the author’s report on that subject', () => {
    const s = ingest([
      '2023年10月24日在平安县第十八届人民代表大会常务委员会第九次会议上',
      '县农业农村局局长　王刚',
      '县人大常委会：',
      '受县人民政府委托，现就全县秋冬季农业生产情况报告如下，请审议。',
      ...SPEECH,
    ]);
    expect(s.title).toBe('县人民政府关于全县秋冬季农业生产情况的报告');
    expect(noteOf(s, 'title')?.reason).toMatch(/on behalf/);
  });
});

describe('a byline typed after the first paragraph', () => {
  it('a role and a name alone among the first pieces of the body is the speaker, taken out of the text', () => {
    const s = ingest([
      '在全县秋冬季农业生产工作会议上的讲话',
      '（2023年11月6日）',
      '同志们：',
      SPEECH[0]!,
      '中共平安县委书记　张明',
      ...SPEECH.slice(1),
    ]);
    expect(s.speaker).toBe('张明');
    expect(s.blocks.map((b) => b.text)).not.toContain('中共平安县委书记　张明');
    expect(s.repairs.some((r) => r.kind === 'late-byline')).toBe(true);
  });
  it('a bare name there is not taken', () => {
    const s = ingest(['在全县秋冬季农业生产工作会议上的讲话', '（2023年11月6日）', '同志们：', SPEECH[0]!, '张明', ...SPEECH.slice(1)]);
    expect(s.speaker).toBeNull();
  });
});

describe("a lead's day under a title kept in the text", () => {
  it('is read after the title, past page lines and deck lines above it', () => {
    const s = ingest([
      '张明：压实责任　确保秋冬季农业生产种足种好　为夺取明年粮食丰收和农民增收打下坚实基础',
      '张明：压实责任　确保秋冬季农业生产种足种好　为夺取明年粮食丰收和农民增收打下坚实基础',
      '张明在全县秋冬季农业生产工作会议上强调',
      '压实责任　确保种足种好',
      '夺取明年农业生产新胜利',
      '张明代表县委向奋战在农业生产一线的广大干部群众和农业技术人员致以诚挚问候和衷心感谢',
      '全县各级各部门要把思想和行动统一到县委决策部署上来　坚决打赢今冬明春农业生产攻坚战',
      '11月6日，全县秋冬季农业生产工作会议在县委礼堂召开。县委书记张明出席会议并发表重要讲话。',
      ...SPEECH,
      '发布时间：2023年11月07日 20:05      来源：县融媒体中心',
    ]);
    expect(s.date).toBe('2023-11-06');
  });
});
