/**
 * A title a text with no title line gives itself (metadata.ts uses these only
 * when there is no title line and no page title):
 *  - a report that says what it is as it is delivered:
 *    `现在，我代表国务院，向大会作政府工作报告` → 政府工作报告;
 *    `我受国务院的委托，现在向大会提出关于…的报告` → 关于…的报告;
 *    `我代表…委员会，向党的第十二次全国代表大会作报告` → 在党的第十二次全国代表大会上的报告;
 *    `我代表国务院，向大会报告政府工作` → 政府工作报告 (a body reporting its work: its work report);
 *  - a document that names itself: `为…，制定《X》。` (its opening's purpose
 *    clause), or `本W` (本规划, 本方案 …) with a `制定 / 编制 / 印发 《X》`
 *    before it where X ends in the same W, or a part heading naming `<name>W` (`2.…框架构成`).
 * Pure functions over the body text; each returns the title and where its
 * evidence starts (an index into the text) or null. Nothing here invents a
 * name: the title is words of the text, or 在<meeting>上的<kind> around a
 * meeting the text names as a whole noun phrase.
 */

export interface SelfTitle {
  title: string;
  /** Index in the text where the evidence starts. */
  index: number;
  reason: string;
}

/** Words a document calls itself by (本规划, 本方案 …): the end of its name. */
const DOC_WORD =
  '(?:行动计划|实施方案|工作方案|规划|方案|计划|意见|办法|指南|纲要|要点|规定|细则|规则|规范|标准|条例|决定|通知|报告|纲领|建议|框架)';
/** A text that ends in a document's word (`建设指南`, `实施意见`): part of a document's name. */
export const DOC_NAME_END = new RegExp(`${DOC_WORD}$`, 'u');

/** A meeting's name ends in one of these (a bare `大会` / `会议` alone is no name). */
const MEETING_END = /(?:大会|会议|全会|座谈会|峰会|论坛|开幕式|典礼|报告会|研讨会|[^\s，。、]会)$/u;

/** The part of the text a self-description is looked for in: its opening. */
const OPENING_CHARS = 600;

/**
 * `我(代表X|受X(的)?委托|根据X的决定)，…向<recipient>(作|提出|提交)<name ending 报告/说明>` in the opening.
 * The name must be more than the bare word (`作报告`): then the recipient, when it is a
 * meeting named as a whole noun phrase, gives `在<meeting>上的报告`.
 */
const DELIVERED_REPORT = new RegExp(
  '我(?:现在)?(?:代表[^，。；]{2,30}?|受[^，。；]{2,30}?委托|根据[^，。；]{2,30}?的(?:决定|委托))[，,]?\\s*(?:现在)?[，,]?\\s*(?:我)?(?:现在)?(?:向([^，。；]{2,40}?))?(?:作|提出|提交|报告)了?' +
    '((?:关于)?[^，。；：]{0,60}?(?:报告|说明))?(?=[，,。；]|请)',
  'u',
);

/**
 * `(受X委托，)我(代表Y，)就《Z》(起草的有关情况)向<recipient>作说明`: an explanation of a
 * document, given as it is delivered; its name is `关于《Z》的说明`. Only a document named in
 * 《》 (a subject in other words gives no name), and only 说明 (报告 is DELIVERED_REPORT's).
 */
const EXPLAINS_DOCUMENT =
  /我(?:代表[^，。；]{2,30}?[，,]\s*)?(?:现在)?就《([^《》]{2,100})》[^，。；《》]{0,24}?向[^，。；]{2,30}?(?:作|做)(?:一个|个)?(?:简要|简要的)?说明/u;

export function deliveredReport(text: string): SelfTitle | null {
  const head = text.slice(0, OPENING_CHARS);
  const explains = EXPLAINS_DOCUMENT.exec(head);
  if (explains) {
    return {
      title: `关于《${explains[1]}》的说明`,
      index: explains.index,
      reason: 'the explanation names the document it explains as it is delivered (我就《…》…向…作说明)',
    };
  }
  const m = DELIVERED_REPORT.exec(head);
  if (!m) return workReported(head);
  const recipient = m[1] ?? '';
  const name = m[2] ?? '';
  if ([...name].length >= 4) {
    return { title: name, index: m.index, reason: 'the report names itself as it is delivered (我代表/受…委托…向…作/提出…报告)' };
  }
  if (name === '报告' && [...recipient].length > 2 && MEETING_END.test(recipient)) {
    return {
      title: `在${recipient}上的报告`,
      index: m.index,
      reason: 'the report names the meeting it is delivered to (我代表…向<meeting>作报告)',
    };
  }
  if (name === '报告' && BARE_MEETING.test(recipient)) {
    // `向大会作报告`: the meeting named whole as a sentence's subject in the opening (`X是一次…的大会`).
    const named = meetingNamed(head, recipient);
    if (named) {
      return {
        title: `在${named}上的报告`,
        index: m.index,
        reason: `the report is delivered to the ${recipient} the opening names whole (我代表…向${recipient}作报告; <meeting>是…)`,
      };
    }
    // A government's report to its people's congress is the government work report.
    if (GOVERNMENT_DELEGATES.test(m[0])) {
      return {
        title: '政府工作报告',
        index: m.index,
        reason: "a government's report to its congress (我代表国务院/…人民政府向大会作报告): the government work report",
      };
    }
  }
  return workReported(head);
}

/**
 * `我代表<body>，向大会报告(…)工作` (`受<body>(的)委托`, `根据<body>的决定` likewise): the report is delivered as a verb (报告工作) and names no
 * report, but a body reporting its work to its congress gives the body's work report — a
 * government's `政府工作报告` (`报告政府工作`, `报告过去五年的政府工作`), a standing committee's,
 * a court's or a procuratorate's `<body>工作报告`. Another delegate (a party committee) gives none.
 */
const REPORTS_WORK =
  /我(?:现在)?(?:代表([^，。；]{2,30}?)|受([^，。；]{2,30}?)的?委托|根据([^，。；]{2,30}?)的(?:决定|委托))[，,]?\s*(?:现在)?[，,]?\s*向[^，。；]{2,40}?报告([^，。；]{0,16}?)工作(?=[，,。；]|请|并)/u;
const REPORTING_BODY = /(?:常务委员会|常委会|人民法院|人民检察院)$/u;

function workReported(head: string): SelfTitle | null {
  const m = REPORTS_WORK.exec(head);
  if (!m) return null;
  const body = m[1] ?? m[2] ?? m[3]!;
  const government = GOVERNMENT_DELEGATES.test(`我代表${body}`);
  if (!government && !REPORTING_BODY.test(body)) return null;
  return {
    title: government ? '政府工作报告' : `${body}工作报告`,
    index: m.index,
    reason: government
      ? 'a government reports its work to its congress (我代表国务院/…人民政府，向大会报告…工作): the government work report'
      : 'a body reports its work to its congress (我代表<body>，向大会报告工作): its work report',
  };
}

/**
 * A body's report to a congress that names neither itself nor its author in a `我代表…` clause: its
 * opening sentence (after the salutation) has the reporting body, named whole, as its subject
 * (`同志们，北京共产主义组织仅仅是在十个月以前才产生的。`), the opening speaks of a congress it is
 * given at (`此次代表大会`), calls itself a report (`在报告之前`, `我的报告`, `报告如下`) and speaks
 * for the body as 我们. The title an editor gives is `<body>的报告`. The body's name ends in a word
 * for a body (组织, 小组, 支部, 党部, 委员会) and has at least four characters.
 */
const BODY_OPENS =
  /^\s*(?:同志们|代表们|各位代表)?[，,：:!！]?\s*([^，。；！？：“”《》\s]{2,20}?(?:组织|小组|支部|党部|委员会))(?=[^，。；！？、的和与]{0,4}(?:是|在|于|已|仅|只|成立|产生|建立|自|从))/u;
const CALLS_ITSELF_REPORT = /在报告之前|我的报告|这个报告|本报告|报告如下|下面报告|现在报告/u;
const AT_CONGRESS = /(?:此次|这次|本次)(?:代表)?大会|代表大会上/u;

export function delegationReport(text: string): SelfTitle | null {
  const head = text.slice(0, OPENING_CHARS);
  const m = BODY_OPENS.exec(head);
  if (!m || [...m[1]!].length < 4 || /^(?:这|本|该|此|我们)/u.test(m[1]!)) return null;
  if (!CALLS_ITSELF_REPORT.test(head) || !AT_CONGRESS.test(head) || !/我们/u.test(head)) return null;
  return {
    title: `${m[1]}的报告`,
    index: m.index + m[0].indexOf(m[1]!),
    reason:
      "a body's report to a congress: the opening's subject is the body, and the text calls itself a report given at the congress (…在报告之前, 此次代表大会): <body>的报告",
  };
}

/** A meeting word alone (`向大会作报告`): the recipient, not named. */
const BARE_MEETING = /^(?:本次|这次)?(?:大会|会议|全会)$/u;
/** `我代表国务院`, `我代表县人民政府`: a government delivers the report. */
const GOVERNMENT_DELEGATES = /^我(?:现在)?代表(?:国务院|[^，。；]{0,20}?人民政府)/u;

/**
 * The meeting a bare `大会` stands for: a name ending in that word (`中国共产党第十五次全国代表大会`),
 * at least eight characters, opening a sentence of the opening that says what it is (`…大会是一次…`,
 * `…大会，是…`, `…大会，在…下召开了`); not a meeting the opening speaks of (`党的第十二次全国代表大会，坚持…`).
 */
function meetingNamed(head: string, word: string): string | null {
  const w = word.replace(/^(?:本次|这次)/u, '');
  const re = new RegExp(`(?:^|[。！？：\\n])\\s*([^，。；！？：“”《》\\s]{6,40}?${w})(?=[，,]?\\s*(?:是|在[^。；]{0,60}?召开))`, 'gu');
  for (const m of head.matchAll(re)) {
    const name = m[1]!;
    if ([...name].length >= 8 && !/^(?:这|本|此|那)/u.test(name)) return name;
  }
  return null;
}

/** `为…，(特|现)?(研究)?(制定|编制|起草)(了)?《X》。` (or `（以下简称…）`), X ending in a document word. */
const PURPOSE_NAMES_SELF = new RegExp(
  `^[^。]{0,300}?[，,]\\s*(?:特|现|我部|我们)?(?:研究)?(?:制定|编制|起草)了?《([^《》]{2,60}?${DOC_WORD}(?:（[^（）]{1,20}）)?)》(?=\\s*[。（(]|[，,]\\s*现(?:予)?印发)`,
  'u',
);

export function namedDocument(text: string): SelfTitle | null {
  const firstPara =
    text
      .slice(0, OPENING_CHARS)
      .split('\n')
      .find((p) => p.trim()) ?? '';
  const p = PURPOSE_NAMES_SELF.exec(firstPara.trim());
  if (p && /^\s*为/u.test(firstPara)) {
    return {
      title: p[1]!,
      index: text.indexOf(p[1]!),
      reason: 'the document names itself in its opening purpose clause (为…，制定《…》)',
    };
  }
  // `本W` (本规划): a name ending in W made, drawn up or issued before that first self-reference.
  const self = new RegExp(`本(${DOC_WORD})`, 'u').exec(text);
  if (!self) return null;
  const before = text.slice(0, self.index);
  const named = new RegExp(`(?:制定|编制|起草|印发|现将)了?《([^《》]{2,60}?${self[1]}(?:（[^（）]{1,20}）)?)》`, 'gu');
  let last: RegExpExecArray | null = null;
  for (let m = named.exec(before); m; m = named.exec(before)) {
    // `贯彻落实国务院印发《…规划》`, `根据《…》`: a document implemented or cited, not this one.
    const clause =
      before
        .slice(0, m.index)
        .split(/[，,。；;\n]/u)
        .at(-1) ?? '';
    if (!/贯彻|落实|根据|按照|依据|参照|结合|对照|国务院|中共中央|党中央/u.test(clause)) last = m;
  }
  if (!last) return self.index < OPENING_CHARS ? headingNamesSelf(text, self[1]!, self.index) : null;
  return {
    title: last[1]!,
    index: last.index,
    reason: `the document calls itself 本${self[1]} after naming 《…${self[1]}》 as the one made or issued`,
  };
}

/**
 * A document that calls itself `本W` and names itself whole only in a part heading about itself:
 * `2.人工智能安全治理框架构成` under `…，制定本框架。` → 人工智能安全治理框架. The heading (numbered, on
 * its own line, no sentence punctuation) is `<name ending in W>`, maybe with a word saying which part
 * of it the part describes (构成, 结构, 概述, 主要内容 …). The name has at least four characters
 * before W, none of them a list (和, 与, 及, 、: `重点任务和实施计划` names two things) or a pointer
 * (本, 该, 此); the first such heading only, after the text's first `本W`, which must stand in its
 * opening (a notice whose attachment list names `1．…实施方案` above the attachment's own `本方案` is
 * not that document).
 */
const PART_MARK = '(?:[一二三四五六七八九十]{1,3}、|[0-9０-９]{1,2}[.．、]|第[一二三四五六七八九十]{1,3}[章部分节])';
const PART_OF = '(?:的)?(?:构成|结构|组成|概述|概要|说明|主要内容|内容|体系)?';

function headingNamesSelf(text: string, word: string, from: number): SelfTitle | null {
  const re = new RegExp(
    `(?:^|\\n)[ \\t\u3000]*${PART_MARK}[ \\t\u3000]*([^\\n，。；：！？]{4,30}?${word})${PART_OF}[ \\t\u3000]*(?=\\n|$)`,
    'u',
  );
  const m = re.exec(text.slice(from));
  if (!m) return null;
  const name = m[1]!;
  if ([...name].length - [...word].length < 4 || /[和与及、]|^(?:本|该|此|这)/u.test(name)) return null;
  return {
    title: name,
    index: from + m.index + m[0].indexOf(name),
    reason: `the document calls itself 本${word} and a part heading about it names it whole (${m[0].trim()})`,
  };
}

/**
 * The occasion a speech's opening names in words other than `召开…会` (occasions.ts
 * openingMeeting's): the title an editor gives it, `在<meeting>上的讲话`, built only around
 * words of the text.
 *  - the speaker attending a meeting named whole: `很高兴出席今天的气候雄心峰会` — the name
 *    ends in a meeting word (峰会, 论坛, 大会 …), not a bare 会议;
 *  - people asked to a discussion: `请一些基层代表来座谈` — `<group>座谈会`, the group a
 *    noun for people (代表, 企业家, 人士 …), not a pronoun (大家).
 * Looked for in the opening only; null when none. Not `我们隆重集会，纪念X`: 集会 there is
 * a verb and names no meeting (a 纪念X大会 would be a word the text does not give).
 */
const ATTENDS =
  /(?:很|非常|十分)?高兴(?:来|能够|能)?(?:出席|参加)(?:今天的|今天举行的|这次|本次|此次|这届|本届)?([^，。；！？,、“”《》]{2,40}?(?:峰会|论坛|大会|年会|对话会|座谈会|博览会|开幕式|研讨会|纪念会|招待会|庆祝会))(?=[，。；！？,])/u;
const ASKED_TO_DISCUSS =
  /(?:请|邀请)(?:一些|部分|几位|各位|大家)?(\p{Script=Han}{0,8}?(?:代表|企业家|专家|学者|人士|干部|群众|学生|青年|教师|工作者|科学家))(?:来|一起)?座谈/u;

export function occasionInOpening(text: string): SelfTitle | null {
  const head = text.slice(0, OPENING_CHARS);
  const ceremony = ceremonyGreeted(head);
  if (ceremony) return ceremony;
  const attends = ATTENDS.exec(head);
  if (attends && !MEETING_GENERIC.test(attends[1]!)) {
    return {
      title: `在${attends[1]}上的讲话`,
      index: attends.index,
      reason: 'the opening names the meeting the speaker attends (很高兴出席…峰会/论坛/大会)',
    };
  }
  const asked = ASKED_TO_DISCUSS.exec(head);
  if (asked && [...asked[1]!].length >= 2) {
    return {
      title: `在${asked[1]}座谈会上的讲话`,
      index: asked.index,
      reason: 'the opening says who were asked to the discussion (请…代表/企业家…来座谈): 在…座谈会上的讲话',
    };
  }
  return null;
}

/**
 * An address greeting a meeting at its opening: `值此X开幕之际，我谨代表…` (X a meeting named
 * whole), said to those present — the opening's salutation greets the room (`女士们，先生们`,
 * `各位嘉宾`), which a letter sent to the meeting (贺信, addressed to the meeting itself) does
 * not. Its title is `在X开幕式上的致辞` (`在X上的致辞` for `X召开/举行/举办之际`): 致辞 because
 * the address conveys greetings on someone's behalf (`我谨代表…`), what a 致辞 is.
 */
const AT_OCCASION =
  /值此([^，。；！？、“”《》\s]{4,60}?(?:会议|大会|全会|年会|峰会|论坛|博览会|交易会|运动会|对话会))(开幕|召开|举行|举办)之际[，,]\s*我(?:谨)?代表/u;
const GREETS_THE_ROOM = /(?:女士们|先生们|各位(?:来宾|嘉宾))[，,：:]/u;

function ceremonyGreeted(head: string): SelfTitle | null {
  const m = AT_OCCASION.exec(head);
  if (!m || !GREETS_THE_ROOM.test(head.slice(0, m.index))) return null;
  return {
    title: `在${m[1]}${m[2] === '开幕' ? '开幕式' : ''}上的致辞`,
    index: m.index,
    reason: `the opening greets the room and the meeting at its ${m[2] === '开幕' ? 'opening' : 'start'} on someone's behalf (女士们，先生们…值此…${m[2]}之际，我谨代表…): 在…上的致辞`,
  };
}

/** A meeting word with nothing of a name before it (`这次峰会`, `会议`). */
const MEETING_GENERIC = /^(?:这个|那次|这次|本次)?(?:峰会|论坛|大会|年会|对话会|座谈会|博览会|开幕式|研讨会|纪念会|招待会|庆祝会)$/u;

/**
 * A meeting's resolution on a report it heard, with no title line: it opens with the meeting
 * as its subject, `<meeting>听取(和审议)了<who>所作的<report>`, and goes on to speak of itself
 * as 会议 approving or agreeing (`会议…批准这个报告`, `会议完全同意…`). Such a text is the
 * meeting's resolution on that report: `<meeting>关于<report>的决议`, words of the text but
 * 关于…的决议. The report must be named (`政府工作报告`), not a bare `报告`; the meeting a
 * whole noun phrase ending in 会议 / 大会 / 委员会.
 */
const HEARD_REPORT =
  /^\s*([^，。；！？\n]{4,40}?(?:会议|大会|委员会))(?:听取|审查|审议)(?:[和并]?(?:审议|审查|批准))?了?[^，。；！？]{0,40}?所?作的\s*([^，。；！？\s]{2,30}?报告)(?=\s*[，。；])/u;
const APPROVES = /会议[^。]{0,100}?(?:批准|同意)/u;

export function resolutionOnReport(text: string): SelfTitle | null {
  const m = HEARD_REPORT.exec(text.slice(0, OPENING_CHARS));
  if (!m || [...m[2]!].length < 4) return null;
  if (!APPROVES.test(text.slice(m.index + m[0].length))) return null;
  return {
    title: `${m[1]}关于${m[2]}的决议`,
    index: m.index,
    reason: 'a meeting that heard a report and approves it (<meeting>听取…所作的<report> … 会议…批准/同意): its resolution on that report',
  };
}

/**
 * A notice that issues a document, with no title line: its opening names the document and says it
 * is issued to the addressees (`《X》已经…审定同意，现印发给你们，请遵照执行`). Such a text is the
 * notice `关于印发《X》的通知` (`转发` for a document passed on): words of the text, the notice's
 * usual name. Only in the opening, and only a document named in 《》 before `印发/转发给你们`.
 */
const ISSUES_DOCUMENT = /《([^《》]{4,80})》[^。；《》]{0,40}?(?:现|特|予以)?(印发|转发)给?(?:你们|各地|各单位)/u;

export function issuingNotice(text: string): SelfTitle | null {
  const m = ISSUES_DOCUMENT.exec(text.slice(0, OPENING_CHARS));
  if (!m) return null;
  return {
    title: `关于${m[2]}《${m[1]}》的通知`,
    index: m.index,
    reason: `a notice with no title line whose opening issues a document (《…》…现${m[2]}给你们): 关于${m[2]}《…》的通知`,
  };
}
