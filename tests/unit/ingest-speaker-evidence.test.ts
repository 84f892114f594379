// Speaker evidence outside the byline (session 5): a page's 作者 field on the speech's own
// page, and a source line naming the speaker's collected works or speech. The text here is
// written for the tests (no seed or corpus text); each test failed before the rule it covers.
import { describe, expect, it } from 'vitest';
import type { Speech } from '../../src/lib/ingest/index.ts';
import { ingestLines as ingest, noteOf } from './fixtures/ingest-helpers.ts';

const SPEECH = [
  '同志们：',
  '今年以来，全县上下认真落实各项部署，我们的农业生产保持稳中向好的态势，粮食播种面积稳定，特色产业规模不断扩大。',
  '同时也要看到，我们部分乡镇基础设施仍然薄弱，农技服务跟不上，一些地方抓落实的办法还不多，这些问题必须认真加以解决。',
  '下一步，各乡镇、各部门要把秋冬种作为当前的重点工作，层层压实责任，确保种足种好，为明年丰收打下坚实基础。',
  '同志们，农时不等人。让我们振奋精神，真抓实干，奋力夺取明年农业生产的新胜利！',
];
const REPORT = [
  '11月6日，全县秋冬季农业生产工作会议召开。会议总结了今年以来的农业生产工作，部署了秋冬种工作。',
  '会议指出，各乡镇、各部门要把秋冬种作为当前的重点工作，层层压实责任，确保种足种好。',
  '会议要求，要加强农技服务，推广良种良法，为明年丰收打下坚实基础。',
];

describe("the page's 作者 field", () => {
  const page = (meta: string, text = SPEECH): Speech =>
    ingest(['县政府网 | 首页 | 政务公开 | 领导讲话', '在全县秋冬季农业生产工作会议上的讲话', meta, ...text]);
  it('on a speech reprinted from a publication, under its own speech title and spoken in the first person, names the speaker', () => {
    const s = page('来源：农民日报 | 作者：张明 | 2023-11-08 | 阅读：215');
    expect(s.speaker).toBe('张明');
    expect(noteOf(s, 'speaker')?.reason).toMatch(/作者 field.*first person/);
  });

  it('posted by the site itself or by an office, is whoever posted it: not taken', () => {
    expect(page('来源：本站 | 作者：张明 | 2023-11-08').speaker).toBeNull();
    expect(page('来源：县委办公室 | 作者：张明 | 2023-11-08').speaker).toBeNull();
    expect(page('作者：张明 | 2023-11-08').speaker).toBeNull();
    expect(page('来源：第一范文网 | 作者：张明 | 2023-11-08').speaker).toBeNull();
  });

  it('naming the site itself (its name on another line of the page) is the site’s own post: not taken', () => {
    const s = ingest([
      '清河在线 | 首页 | 政务公开 | 领导讲话',
      '在全县秋冬季农业生产工作会议上的讲话',
      '来源：清河在线 | 作者：张明 | 2023-11-08',
      ...SPEECH,
    ]);
    expect(s.speaker).toBeNull();
  });

  it("on a news report about a meeting (no speech title, spoken of in the third person) is the reporter's, not taken", () => {
    const s = ingest([
      '县政府网 | 首页 | 政务公开 | 工作动态',
      '全县秋冬季农业生产工作会议召开',
      '来源：农民日报 | 作者：王丽 | 2023-11-08 | 阅读：215',
      ...REPORT,
    ]);
    expect(s.speaker).toBeNull();
  });
});

describe('a source line', () => {
  it("naming a person's collected works above the body is the speaker's, and is taken out of the text", () => {
    const s = ingest(['在全县秋冬季农业生产工作会议上的讲话', '（2019年11月6日）', '《张明文选》第二卷', ...SPEECH.slice(1)]);
    expect(s.speaker).toBe('张明');
    expect(noteOf(s, 'speaker')?.reason).toMatch(/source line/);
    expect(s.removed.some((r) => r.reason === 'source-line' && r.text.includes('《张明文选》'))).toBe(true);
    expect(s.blocks[0]!.text).toBe(SPEECH[1]);
  });

  it('naming the speech (来源：《<name>在…上的讲话》) under the text gives the name before 在', () => {
    const s = ingest(['在全县秋冬季农业生产工作会议上的讲话', ...SPEECH.slice(1), '来源：《李华在全县秋冬季农业生产工作会议上的讲话》']);
    expect(s.speaker).toBe('李华');
  });

  it("naming an institution's document (《国务院关于…》) names no speaker", () => {
    const s = ingest(['在全县秋冬季农业生产工作会议上的讲话', ...SPEECH.slice(1), '来源：《国务院关于加强农业生产的意见》']);
    expect(s.speaker).toBeNull();
  });
});
