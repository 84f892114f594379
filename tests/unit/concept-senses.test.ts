// Each sense rule of the glossary on real passages (seeds, ../shared/corpus): the wording
// links where its context confirms the sense and not where it refuses it. Every refused
// passage is also checked to link once the entry's rules are taken away, so each case
// fails without the rule it covers.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/lib/concepts/matcher.ts';
import { glossaryFoldTable, glossaryMatcher } from '../../src/lib/concepts/glossary.ts';
import { atWordBoundary, scopeOf, senseAccepts, sentenceAround } from '../../src/lib/concepts/senses.ts';
import type { DocContext } from '../../src/lib/concepts/senses.ts';
import { readGlossary } from '../../scripts/lib/glossary-files.ts';

const entries = readGlossary(join(import.meta.dirname, '../../content/concepts'));
const glossary = glossaryMatcher(entries);
const withoutSenses = createMatcher(
  entries.map((e) => ({ slug: e.slug, term: e.data.term, wordings: [e.data.term, ...e.data.variants] })),
  { fold: glossaryFoldTable(entries) },
);
const slugOfTerm = new Map(entries.map((e) => [e.data.term, e.slug]));
const links = (m: typeof glossary, text: string, wording: string, slug: string, doc?: DocContext) =>
  m.find(text, doc).some((x) => x.text === wording && x.slug === slug);

interface Case {
  term: string;
  wording: string;
  confirmed: [string, DocContext?][];
  refused: [string, DocContext?][];
}

const cases: Case[] = [
  {
    term: '主体责任',
    wording: '主体责任',
    confirmed: [
      ['各级党委（党组）要把主体责任扛起来，主要领导同志要担负起第一责任人责任。'],
      [
        '对于上党课这件事，各地区各领域各单位要落实主体责任，督促党员领导干部到所在党支部和基层单位党支部讲党课，特别是处级以上领导干部，一定要深入农村、社区、学校、企业等基层一线党支部讲党课',
      ],
    ],
    refused: [
      ['落实企业安全生产和产品质量主体责任，坚决遏制重特大安全生产事故。'],
      ['坚持住房的居住属性，落实地方政府主体责任，加快建立和完善促进房地产市场平稳健康发展长效机制。'],
    ],
  },
  {
    term: '监督责任',
    wording: '监督责任',
    confirmed: [['进一步落实全面从严治党主体责任和监督责任，强化“一岗双责”。']],
    refused: [['坚持政府主导，强化政府对卫生健康的领导责任、投入保障责任、管理责任、监督责任。']],
  },
  {
    term: '两个大局',
    wording: '两个大局',
    confirmed: [
      [
        '要把浦东新的历史方位和使命，放在中华民族伟大复兴战略全局、世界百年未有之大变局这两个大局中加以谋划，放在构建以国内大循环为主体、国内国际双循环相互促进的新发展格局中来思考。',
      ],
    ],
    refused: [
      ['必须坚持统筹国内国际两个大局，把扩大内需作为长期战略方针。'],
      ['一年来，我们统筹国际、国内两个大局，积极倡导建设和谐世界。'],
      ['是党中央贯彻邓小平关于我国现代化建设“两个大局”战略思想，面向新世纪所作出的重大决策。'],
    ],
  },
  {
    term: '党的群众路线教育实践活动',
    wording: '教育实践活动',
    confirmed: [
      ['四是防止注重解决“四风”问题而忽视提高联系服务群众的能力，五是防止将开展教育实践活动与经济社会发展工作对立起来，出现两张皮现象。'],
      ['同志们，开展好教育实践活动，是当前的一项重大政治任务。', { year: null, campaign: '党的群众路线教育实践活动' }],
      ['同志们，开展好教育实践活动，是当前的一项重大政治任务。', { year: 2014, campaign: null }],
    ],
    refused: [
      ['深化党的创新理论武装，开展“学习强军思想、建功强军事业”教育实践活动。', { year: 2022, campaign: null }],
      ['同志们，开展好教育实践活动，是当前的一项重大政治任务。', { year: 2016, campaign: '“两学一做”学习教育' }],
    ],
  },
  {
    term: '四项重点措施',
    wording: '四项措施',
    confirmed: [
      [
        '各地各单位要严格对照，认真补课、及时纠偏，把“四项措施”贯穿始终、一体推进，确保主题不变、标准不降，确保第二批主题教育取得实实在在的成效。',
      ],
    ],
    refused: [['今年要采取四项措施：一要健全廉租住房制度，加快廉租住房建设。']],
  },
  {
    term: '守初心、担使命，找差距、抓落实',
    wording: '守初心、担使命',
    confirmed: [['做实基层党支部的主题教育，增强守初心、担使命的思想自觉和行动自觉。']],
    refused: [
      ['他强调，全面深化改革是我们党守初心、担使命的重要体现。'],
      ['我们党有9000多万党员和400多万个基层党组织，只要始终守初心、担使命，那就无坚不摧。'],
    ],
  },
  {
    term: '中央指导组',
    wording: '中央指导组',
    confirmed: [['中央指导组要进行巡回指导，加强对各地区各部门各单位开展主题教育的督促指导。']],
    refused: [['我们成立中央应对疫情工作领导小组，派出中央指导组，建立国务院联防联控机制。']],
  },
  {
    term: '联系点',
    wording: '联系点',
    confirmed: [['市、县两级党员领导干部都已建立了活动联系点。']],
    refused: [['健全吸纳民意、汇集民智工作机制，建设好基层立法联系点。']],
  },
  {
    term: '讲政治',
    wording: '讲政治',
    confirmed: [['旗帜鲜明讲政治是我们党作为马克思主义政党的根本要求。']],
    refused: [['必须做到政治过硬，牢固树立“四个意识”，在思想政治上讲政治立场、政治方向、政治原则、政治道路。']],
  },
  {
    term: '软弱涣散基层党组织',
    wording: '软弱涣散',
    confirmed: [['各级领导干部要带头抓，确定1—2个软弱涣散村、社区党组织作为帮扶对象，以点带面。']],
    refused: [['在过去一段时间内，由于思想战线领导上软弱涣散，对马克思主义的宣传重视和支持不够。']],
  },
  {
    term: '警示教育',
    wording: '警示教育',
    confirmed: [['要加强警示教育，深入剖析违纪违法典型案例，引导学员举一反三。']],
    refused: [['开展环境警示教育，增强了全民参与环境保护的自觉性。']],
  },
  {
    term: '新发展格局',
    wording: '新发展格局',
    confirmed: [['要准确把握新发展阶段，深入贯彻新发展理念，加快构建新发展格局，推动高质量发展。']],
    refused: [['———科技创新发展格局更加完善。']],
  },
];

describe('sense rules on real passages', () => {
  for (const c of cases) {
    const slug = slugOfTerm.get(c.term)!;
    it(`${c.wording} → ${c.term}: links where the context confirms it, not where it refuses it`, () => {
      expect(slug, c.term).toBeDefined();
      expect(entries.find((e) => e.slug === slug)!.data.senses.some((s) => s.wording === c.wording)).toBe(true);
      for (const [text, doc] of c.confirmed) expect(links(glossary, text, c.wording, slug, doc), text).toBe(true);
      for (const [text, doc] of c.refused) {
        expect(links(glossary, text, c.wording, slug, doc), text).toBe(false);
        expect(links(withoutSenses, text, c.wording, slug, doc), `without the rule: ${text}`).toBe(true);
      }
    });
  }

  it('every wording with sense rules has a case here', () => {
    const covered = new Set(cases.map((c) => c.wording));
    const ruled = entries.flatMap((e) => e.data.senses.map((s) => s.wording));
    expect(ruled.filter((w) => !covered.has(w))).toEqual([]);
  });
});

describe('boundary rules', () => {
  const daibiao = slugOfTerm.get('三个代表')!;
  it('does not match a wording inside a longer noun made by a bound suffix (三个代表团)', () => {
    const text = '广东、广西、海南三个代表团的代表参加了审议。'; // constructed: no such passage in the corpus
    expect(text.match(glossary.regex())).toContain('三个代表');
    expect(links(glossary, text, '三个代表', daibiao)).toBe(false);
    expect(links(glossary, '高举邓小平理论和“三个代表”重要思想伟大旗帜', '三个代表', daibiao)).toBe(true);
    expect(atWordBoundary('三个代表团', 0, 4, '三个代表')).toBe(false);
    expect(atWordBoundary('三个代表”', 0, 4, '三个代表')).toBe(true);
  });

  it('does not match a numbered wording right after another numeral (十三个代表)', () => {
    const text = '在海外设立了十三个代表处。'; // constructed
    expect(text.match(glossary.regex())).toContain('三个代表');
    expect(links(glossary, text, '三个代表', daibiao)).toBe(false);
  });
});

describe('traditional characters', () => {
  it('match through the folded copy and link the text as written', () => {
    const found = glossary.find('堅持「兩個維護」，增強「四個意識」。');
    expect(found.map((m) => `${m.index}:${m.text}`)).toEqual(['3:兩個維護', '12:四個意識']);
    expect(found.map((m) => m.slug)).toEqual([slugOfTerm.get('两个维护'), slugOfTerm.get('四个意识')]);
  });
});

describe('sense scope', () => {
  it('is the sentence around the wording by default, or a window of characters', () => {
    const text = '第一句话。落实企业主体责任，确保安全；第三句。';
    const at = text.indexOf('主体责任');
    expect(sentenceAround(text, at, at + 4)).toEqual([5, 19]);
    expect(scopeOf(text, at, at + 4, undefined)).toBe('落实企业主体责任，确保安全；');
    expect(scopeOf(text, at, at + 4, 2)).toBe('企业主体责任，确');
  });

  it('refuses a year or campaign rule when the speech does not say', () => {
    const sense = { wording: 'x', require: [], exclude: [], years: { from: 2013, to: 2014 } };
    expect(senseAccepts(sense, 'x', 0, 1, undefined)).toBe(false);
    expect(senseAccepts(sense, 'x', 0, 1, { year: 2013 })).toBe(true);
    expect(senseAccepts(sense, 'x', 0, 1, { year: 2015 })).toBe(false);
    expect(senseAccepts({ wording: 'x', require: [], exclude: [], campaigns: ['甲'] }, 'x', 0, 1, { campaign: null })).toBe(false);
  });
});
