/**
 * Metadata: title, speaker, date, year, occasion, campaign — each with a
 * FieldNote saying whether it was read from the text, inferred (with the
 * evidence), or set by the editor in front matter. Inference is deliberately
 * timid: a field stays null rather than carry a guess presented as fact.
 *
 * Precedence per field: front matter override › read › inferred › null.
 *  - title: header title line(s) › `在X上的讲话` built from the opening
 *    sentence (`今天我们召开X，…`) › the file name (both inferred).
 *  - speaker: name line › a role or name before 在 in the title
 *    (`市委书记在…上的讲话` → 市委书记; a role, read from the title).
 *  - date: a dateline in any of its shapes (datelines.ts), in the header,
 *    the title, glued to the first lines or alone on one of the last.
 *  - year: the date's year › evidence that fixes it: the title's year, an
 *    anniversary, a five-year plan's year (year-evidence.ts) › a one-year
 *    campaign › the page's publication date (weakest; speech-date.ts).
 *  - yearAfter: when the year stays unknown, the latest lower bound (a meeting
 *    the speech refers to: 十九届四中全会 → 2019 or later); never the year.
 *  - occasion: the meeting kind at the end of the meeting name (occasions.ts).
 *  - campaign: most pattern hits in the campaign table (campaigns.ts); read
 *    when the read title names it, else inferred.
 * Date, year, campaign and occasion are matched on a folded copy of title and
 * text (traditional → simplified, same length: traditional.ts); values and
 * evidence are quoted as written.
 */
import { CLOSING_SOURCE } from './closing-dateline.ts';
import { ROLE_WORD, nameShaped, readByline, readSourceLine } from './byline.ts';
import { isDateline } from './dates.ts';
import { labelPairs, len } from './line-features.ts';
import { chooseCampaign } from './campaigns.ts';
import type { Campaign } from './campaigns.ts';
import type { FrontMatter } from './front-matter.ts';
import type { Header } from './header.ts';
import { headerDateLines } from './header-date-lines.ts';
import { meetingInTitle, occasionOf, openingMeeting, selfKind } from './occasions.ts';
import { meetingReport, readSpeechLead, reportHeadline } from './news-lead.ts';
import { creditHeadline } from './closing-credit.ts';
import { attachmentTitle, documentSignature } from './attachment-title.ts';
import { formTitle } from './form-title.ts';
import { convenedMeeting } from './convened-meeting.ts';
import { commemorationMeeting } from './commemoration-meeting.ts';
import { fieldInRun } from './field-run.ts';
import { containedTitle } from './contained-title.ts';
import { findSignature, letterHead, letterTitle } from './letter-head.ts';
import type { Signature } from './letter-head.ts';
import { delegationReport, deliveredReport, issuingNotice, namedDocument, occasionInOpening, resolutionOnReport } from './self-title.ts';
import { bylineAtOpening, nameGluedToSalutation, reportLeadSpeaker, reportSummarySpeaker } from './speaker-evidence.ts';
import { findPublished, readSpeechDate, yearFromCampaign, yearFromPublication } from './speech-date.ts';
import type { LineRef, Published, SpeechDate } from './speech-date.ts';
import { foldTraditional } from './traditional.ts';
import { HEADLINE_TIME, REPORT_HEADLINE, chromeShaped, stripSiteSuffix, titleScore } from './title-shape.ts';
import { lineAt } from './traced.ts';
import type { Traced } from './traced.ts';
import type { FieldNote, MetaField, PageFacts, Speech } from './types.ts';

/** The metadata fields of a Speech, with how each was obtained. */
export type Metadata = Pick<Speech, 'title' | 'speaker' | 'date' | 'year' | 'yearAfter' | 'occasion' | 'campaign' | 'notes'> & {
  untitled: boolean;
};

/** The body as one searchable string, with a way back to raw lines. */
class Searchable {
  readonly text: string;
  private readonly offsets: number[] = [];
  readonly pieces: readonly Traced[];
  constructor(pieces: readonly Traced[]) {
    this.pieces = pieces;
    let acc = 0;
    for (const p of pieces) {
      this.offsets.push(acc);
      acc += p.text.length + 1;
    }
    this.text = pieces.map((p) => p.text).join('\n');
  }
  lineAt(index: number): number | null {
    for (let k = this.pieces.length - 1; k >= 0; k--) {
      const start = this.offsets[k]!;
      if (index >= start) return lineAt(this.pieces[k]!, index - start);
    }
    return null;
  }
  /** The sentence around `index` (up to 。！？ or a paragraph end), at most 160 chars. */
  sentenceAt(index: number): string {
    const t = this.text;
    let a = index;
    while (a > 0 && !/[。！？!?\n]/.test(t[a - 1]!)) a--;
    let b = index;
    while (b < t.length && !/[。！？!?\n]/.test(t[b]!)) b++;
    if (b < t.length && t[b] !== '\n') b++;
    const s = t.slice(a, b).trim();
    return [...s].length > 160 ? `${[...s].slice(0, 160).join('')}…` : s;
  }
}

const SPEAKER_IN_TITLE =
  /^(\p{Script=Han}{2,12}?)[：:]?在.{2,80}?(?:上|时|期间)的?(?:主持|总结|动员|重要|主旨)?(?:讲话|致辞|发言|演讲|报告)/u;
const ROLE_END = /(?:总书记|书记|主席|总理|市长|县长|区长|省长|部长|主任|局长|厅长|校长|同志)$/;
/**
 * A name before the title's verb: `习近平：在…上的讲话`, `习近平在…考察时强调`,
 * `习近平对…作出重要指示`, `习近平致…的贺信` (a 2–3 character name, then a
 * colon, or 在/对/致/向/同 and a title ending in what a speaker does).
 */
const NAME_BEFORE_TITLE =
  /^(\p{Script=Han}{2,3})(?:[：:]|(?=(?:在|对|致|向|同|给).{2,80}(?:讲话|致辞|发言|演讲|报告|指示|批示|贺信|贺词|的信|回信|强调|指出|表示|序言|文章)))/u;

/** `<role><name>(主持…并|出席…并)发表（重要）讲话` (or `发表<…>贺词/致辞/演讲`): a 2–3 character name right after an office word. */
const GAVE_SPEECH = new RegExp(
  `${ROLE_WORD}(\\p{Script=Han}{2,3}?)(?:主持[^，。；]{0,12}?并|出席[^，。；]{0,24}?并)?(?:发表|作)了?(?:重要|主旨)?(?:讲话|[^，。；《》]{0,20}?(?:贺词|致辞|演讲))`,
  'u',
);

/**
 * A news lead introducing the full text: `国家主席习近平…发表了二〇二六年新年贺词。全文如下：`
 * — the role and name (1), the speech's name (2), ending in a title word.
 */
const FULL_TEXT_LEAD = new RegExp(
  `${ROLE_WORD}(\\p{Script=Han}{2,3}?)(?=[在通出于发向以同为，、])(?:[^。]{0,60}?)发表(?:了)?(?:题为)?《?([^，。《》“”]{2,40}?(?:讲话|致辞|贺词|演讲|发言|报告|贺信))》?(?:的[^。]{0,10})?[。，]?全文如下`,
  'u',
);

/** `受<author>委托，现就<subject>报告如下`: the opening of a report delivered on its author's behalf. */
const ON_BEHALF_REPORT = /受(\p{Script=Han}{2,16}?)委托[，,]\s*现(?:就|将)([^，。；,;]{2,40}?)(?:向[^，。；]{2,30}?)?报告如下/u;

/** A meeting's record title: `<meeting>(文字|现场)?实录`, the meeting named whole (ending in a meeting word). */
const RECORD_TITLE =
  /^(\p{Script=Han}[^，。；！？：:\s]{3,40}?(?:会议|大会|座谈会|茶话会|团拜会|论坛|峰会|报告会|发布会|开幕式))(?:文字|现场)?(?:实录|记录稿|速记稿)$/u;
const RECORD_REASON = "the record's title names the meeting (…文字实录), not the speech: the speech is the one given there, 在…上的讲话";
/** How many of the file's first non-blank lines a record's title may stand among. */
const RECORD_REACH = 3;

/** The record title among the file's first lines and `在<meeting>上的讲话` built from it, or null. */
function recordTitle(lines: readonly LineRef[]): { title: string; text: string; line: number } | null {
  let seen = 0;
  for (const l of lines) {
    const t = l.text.trim();
    if (!t) continue;
    const m = RECORD_TITLE.exec(t);
    if (m) return { title: `在${m[1]}上的讲话`, text: t, line: l.line };
    if (++seen >= RECORD_REACH) break;
  }
  return null;
}

/**
 * The title, in order of evidence: the header's title line (header.ts) › the
 * file's own title (PageFacts, its site suffix cut: ` - 站点名`, `_站点名`) ›
 * `在X上的讲话` from the opening sentence › the file name.
 */
function readTitle(
  header: Header,
  doc: Searchable,
  opening: ReturnType<typeof openingMeeting>,
  source: string,
  page: PageFacts | undefined,
  /** The file's lines as read (before any removal): a record's title line (文字实录) is looked for among its first. */
  lines: readonly LineRef[] = [],
): { title: string; how: 'read' | 'inferred'; evidence: string; line: number | null; reason?: string; untitled?: true } {
  // A record's title names the record (…文字实录), not the speech in it.
  const recordHead = header.title ? recordTitle([{ text: header.title.text, line: header.title.line }]) : null;
  if (recordHead) return { ...recordHead, how: 'inferred', evidence: recordHead.text, reason: RECORD_REASON };
  // A letter headed only by its genre (`回信`): the editor's title from its salutation or opening (letter-head.ts).
  const letter = header.title ? letterTitle(header.title.text, doc.pieces[0]?.text ?? '') : null;
  if (letter)
    return { title: letter.title, how: 'inferred', evidence: header.title!.evidence, line: header.title!.line, reason: letter.reason };
  if (header.title) {
    // The title line is one field of a run of fields (a mail's `主题：…` over `发件人：…`, `收件人：…`): the value is the title, the label the field's (field-run.ts).
    const field = fieldInRun(lines, header.title.line);
    // The field's value is the container's subject: a title line heading the text inside it is the speech's (contained-title.ts).
    const inside = field
      ? containedTitle(
          doc.pieces.map((p) => p.text),
          field.value,
        )
      : -1;
    if (field && inside >= 0) {
      const p = doc.pieces[inside]!;
      return {
        title: p.text.trim(),
        how: 'read',
        evidence: p.text.trim(),
        line: lineAt(p, 0),
        reason: `the title line heading the text inside a container whose head is a run of fields (its ${field.label} is the container's subject, ${field.value})`,
      };
    }
    if (field && field.value !== header.title.text && header.title.text.endsWith(field.value))
      return {
        title: field.value,
        how: 'read',
        evidence: header.title.evidence,
        line: header.title.line,
        reason: `the value of the field ${field.label}, one of a run of field lines: the label is the field's, not the title's`,
      };
    return { title: header.title.text, how: 'read', evidence: header.title.evidence, line: header.title.line };
  }
  // An edit form copied whole: its title field (`*标题：…` among the form's other fields) above the body (form-title.ts).
  const field = formTitle(lines, doc.pieces[0] ? lineAt(doc.pieces[0], 0) : Infinity);
  if (field)
    return {
      title: field.title,
      how: 'read',
      evidence: field.evidence,
      line: field.line,
      reason: "no title line: the value of the form's title field, among the form's other fields above the text",
    };
  const pageTitle = page?.title ? stripSiteSuffix(page.title) : '';
  if (pageTitle && titleScore(pageTitle) > 0) {
    return { title: pageTitle, how: 'inferred', evidence: page!.title!, line: null, reason: `the ${page!.format} file's own title` };
  }
  // A text with no head whose closing credit gives the headline (`（据新华社…电<headline>）`, `（摘自…《…》）`).
  // (The credit glued to the last paragraph, or on one of the first lines after it, the tail step's.)
  const lastPiece = doc.pieces.at(-1);
  const bodyLast = lastPiece ? lineAt(lastPiece, Math.max(0, lastPiece.text.length - 1)) : Infinity;
  const credit = [
    ...(lastPiece ? [{ text: lastPiece.text, line: bodyLast }] : []),
    ...lines.filter((l) => l.line > bodyLast && l.text.trim()).slice(0, 3),
  ]
    .map((l) => ({ c: creditHeadline(l.text.trimEnd()), line: l.line }))
    .find((x) => x.c);
  if (credit)
    return {
      title: credit.c!.title,
      how: 'read',
      evidence: credit.c!.evidence,
      line: credit.line,
      reason: "no title line: the headline in the credit closing the text (the source it was taken from, and that article's title)",
    };
  // A report delivered on someone's behalf: `受国务院委托，现就…情况报告如下` is `国务院关于…情况的报告`.
  const behalf = ON_BEHALF_REPORT.exec(doc.text.slice(0, 400));
  if (behalf) {
    return {
      title: `${behalf[1]}关于${behalf[2]}的报告`,
      how: 'inferred',
      evidence: doc.sentenceAt(behalf.index),
      line: doc.lineAt(behalf.index),
      reason: 'a report delivered on behalf of its author names what it reports on (受…委托，现就…报告如下)',
    };
  }
  const lead = FULL_TEXT_LEAD.exec(doc.text.slice(0, 400));
  if (lead) {
    return {
      title: lead[2]!,
      how: 'inferred',
      evidence: doc.sentenceAt(lead.index + lead[0].length - 1),
      line: doc.lineAt(lead.index),
      reason: 'named in the lead that introduces the full text (…发表…。全文如下)',
    };
  }
  // A news lead above the text naming the speech (news-lead.ts): by its title in 《》, or by its meeting.
  const speechLead = header.lead ? readSpeechLead(header.lead.text, doc.pieces[0]?.text ?? '') : null;
  if (speechLead?.title) {
    return {
      title: speechLead.title,
      how: 'inferred',
      evidence: header.lead!.text.trim().slice(speechLead.index),
      line: header.lead!.line,
      reason: 'named in the news lead printed above the text (发表题为《…》的讲话, 在…上发表讲话)',
    };
  }
  // A title the text gives at `index`: the sentence there is its evidence.
  const givenAt = (title: string, index: number, reason: string) =>
    ({ title, how: 'inferred', evidence: doc.sentenceAt(index), line: doc.lineAt(index), reason }) as const;
  // A report that says what it is as it is delivered (向大会作政府工作报告).
  const report = deliveredReport(doc.text);
  if (report) return givenAt(report.title, report.index, report.reason);
  // A body's report to a congress, its opening sentence about the body (…组织仅仅是…产生的; 在报告之前).
  const delegation = delegationReport(doc.text);
  if (delegation) return givenAt(delegation.title, delegation.index, delegation.reason);
  // A meeting's resolution on a report it heard (…会议听取了…所作的政府工作报告 … 批准).
  const resolution = resolutionOnReport(doc.text);
  if (resolution) return givenAt(resolution.title, resolution.index, resolution.reason);
  if (opening) {
    // 讲话 unless the text calls itself otherwise (我的发言…, 我今天的致辞).
    const kind = selfKind(doc.text) ?? '讲话';
    return givenAt(
      `在${opening.meeting}上的${kind}`,
      opening.index,
      kind === '讲话' ? 'meeting named in the opening sentence' : `meeting named in the opening sentence; the text calls itself ${kind}`,
    );
  }
  // An occasion the opening names in other words (很高兴出席…峰会; 请…代表来座谈).
  const occasion = occasionInOpening(doc.text);
  if (occasion) {
    const kind = selfKind(doc.text);
    const title = kind ? occasion.title.replace(/讲话$/u, kind) : occasion.title;
    return givenAt(title, occasion.index, kind ? `${occasion.reason}; the text calls itself ${kind}` : occasion.reason);
  }
  // A commemoration's meeting: what the opening says we mark (我们纪念X N周年) and the kind it calls the meeting (本次…会议) (commemoration-meeting.ts).
  const commemoration = commemorationMeeting(doc.text);
  if (commemoration) {
    const kind = selfKind(doc.text);
    const title = kind ? commemoration.title.replace(/讲话$/u, kind) : commemoration.title;
    return givenAt(title, commemoration.index, kind ? `${commemoration.reason}; the text calls itself ${kind}` : commemoration.reason);
  }
  // A meeting's record (`<meeting>文字实录`): the title an editor gives the speech in it is 在<meeting>上的讲话.
  const record = recordTitle(lines);
  if (record) {
    return {
      title: record.title,
      how: 'inferred',
      evidence: record.text,
      line: record.line,
      reason: RECORD_REASON,
    };
  }
  // A news report with no title line: the headline its lead gives (<name>对…作出重要指示, <name>主持召开…会议).
  const headline = reportHeadline(doc.text);
  if (headline)
    return givenAt(
      headline.title,
      headline.index,
      'a news report with no title line: its subject and what he did, in the words of its lead (…<name>对…作出重要指示 / 主持召开…会议)',
    );
  // A news report of a meeting with no title line: its lead's clause (`<date>，<meeting>在<place>召开`, news-lead.ts).
  const meeting = meetingReport(doc.text);
  if (meeting)
    return givenAt(
      meeting.headline,
      0,
      "a news report of a meeting with no title line: the lead's clause naming the meeting and what happened (…在…召开 / 举行)",
    );
  // A news item of an organisation convening a meeting (`<day>，<organiser>在<place>组织召开<meeting>`), its lead maybe after a background paragraph (convened-meeting.ts).
  const convened = convenedMeeting(doc.text);
  if (convened)
    return givenAt(
      convened.headline,
      convened.index,
      'a news item with no title line: who convened which meeting, in the words of its lead (<day>，<organiser>…召开/举办<meeting>)',
    );
  // A document that names itself (为…，制定《…》; 本规划 after 编制《…规划》).
  const named = namedDocument(doc.text);
  if (named) return givenAt(named.title, named.index, named.reason);
  // A notice issuing a document (《…》…现印发给你们): 关于印发《…》的通知 (after a document naming itself as made for a purpose).
  const notice = issuingNotice(doc.text);
  if (notice) return givenAt(notice.title, notice.index, notice.reason);
  // A 公文 to an addressee, signed and dated, with its attachment under a title line after it (attachment-title.ts).
  const attached = attachmentTitle(doc.pieces.map((p) => p.text));
  if (attached) {
    const p = doc.pieces[attached.index]!;
    return {
      title: attached.title,
      how: 'read',
      evidence: p.text.trim(),
      line: lineAt(p, 0),
      reason:
        "no title line of the text's own: the title line of the attachment under its signature and day, the only title the text gives",
    };
  }
  // Nothing in the text gives a title: the file name stands in, and the speech says so (untitled).
  return {
    title: source.replace(/\.[^.]+$/, ''),
    how: 'inferred',
    evidence: source,
    line: null,
    reason:
      'no title line, and the text names no title (no meeting in its opening, no name it gives itself): the file name stands in for one (untitled)',
    untitled: true,
  };
}

/**
 * The speaker, in order of evidence: the byline under the title (header.ts);
 * a name or role before the read title (`市委书记在…上的讲话`, `习近平：在…`);
 * the same in the page's own title — the file's `<title>`, or a line above the
 * body that holds the title with a name before it (a page title the chrome
 * step removed as a copy); last, the page's `作者：` field above the body when
 * it holds a person's name that the text also gives (a site's own editor or
 * reporter, whom the speech never names, is not taken).
 */
function readSpeaker(
  header: Header,
  readTitle: string | null,
  page: PageFacts | undefined,
  lines: readonly LineRef[],
  doc: Searchable,
): { name: string; evidence: string; line: number | null; reason?: string } | null {
  if (header.speaker) {
    // A bare name line under a title that names someone else (`张明在…上的讲话` / `李华`), a name
    // the text never gives: the title's explicit subject is better evidence than a lone short line.
    const s = header.speaker;
    const bare = s.evidence.replace(/[\s\u3000]+/gu, '') === s.name;
    const titled = readTitle !== null && header.title && !/^关于/u.test(readTitle) ? NAME_BEFORE_TITLE.exec(readTitle)?.[1] : undefined;
    if (bare && titled && titled !== s.name && !doc.text.includes(s.name))
      return {
        name: titled,
        evidence: header.title!.evidence,
        line: header.title!.line,
        reason: `named before the title; the bare line ${s.name} under it is no name the text gives`,
      };
    return { name: s.name, evidence: s.evidence, line: s.line };
  }
  if (readTitle !== null && header.title) {
    // `关于印发…同志在…上的讲话的通知` is a cover notice, not a speaker before the title.
    const who = /^关于/.test(readTitle) ? undefined : SPEAKER_IN_TITLE.exec(readTitle)?.[1];
    // `张三同志在…`: 同志 is how a name is addressed, not part of it (an office or a unit before it is no name).
    const addressed = who ? /^(\p{Script=Han}{2,3}?)同志$/u.exec(who)?.[1] : undefined;
    if (addressed && !ROLE_END.test(addressed) && !/[部局委厅处办组会院校队所]$/u.test(addressed)) {
      return {
        name: addressed,
        evidence: header.title.evidence,
        line: header.title.line,
        reason: 'named in the title (同志 is the address, not the name)',
      };
    }
    if (who && (ROLE_END.test(who) || len(who) <= 4)) {
      return {
        name: who,
        evidence: header.title.evidence,
        line: header.title.line,
        reason: ROLE_END.test(who) ? 'a role, not a name, named in the title' : 'named in the title',
      };
    }
    // A role and a name before 在 (`市委书记卿渐伟在…上的讲话`): the name.
    const by = who ? readByline(who) : null;
    if (by?.role)
      return { name: by.name, evidence: header.title.evidence, line: header.title.line, reason: 'a role and a name in the title' };
    const name = NAME_BEFORE_TITLE.exec(readTitle)?.[1];
    if (name) return { name, evidence: header.title.evidence, line: header.title.line, reason: 'named before the title' };
    // A headline opening with a name (`习近平会见…`), the text naming the same person with a role (`国家主席习近平`).
    // A name followed by a time word (`李明近日作出…`) is tried first: `李明近` is no name though the text has `书记李明近日`.
    const timeAfter = (n: number): boolean => HEADLINE_TIME.test([...readTitle].slice(n).join(''));
    const opener = [...[3, 2].filter(timeAfter), ...[3, 2].filter((n) => !timeAfter(n))]
      .map((n) => [...readTitle].slice(0, n).join(''))
      .find(
        (n) =>
          /^\p{Script=Han}+$/u.test(n) &&
          !NOT_AFTER_NAME.test(readTitle.slice(n.length)) &&
          new RegExp(`${ROLE_WORD}${n}`, 'u').test(doc.text),
      );
    if (opener)
      return {
        name: opener,
        evidence: header.title.evidence,
        line: header.title.line,
        reason: `named first in the headline, and with a role in the text`,
      };
  }
  // A news headline `…中共中央总书记习近平主持会议并发表重要讲话`: who gave the speech it reports.
  // Only the title: a speech's own text may well report a speech by someone else.
  const gave = readTitle !== null && header.title ? GAVE_SPEECH.exec(readTitle) : null;
  if (gave)
    return {
      name: gave[1]!,
      evidence: header.title!.evidence,
      line: header.title!.line,
      reason: 'a role and a name before 发表讲话 (贺词, 致辞, 演讲) in the headline',
    };
  if (readTitle !== null && [...readTitle].length >= 6) {
    const bare = (t: string): string => t.replace(/\s+/g, '');
    const first = header.title?.line ?? Infinity;
    const candidates: { text: string; line: number | null }[] = [
      ...(page?.title ? [{ text: page.title, line: null }] : []),
      ...lines.filter((l) => l.line < first).map((l) => ({ text: l.text.trim(), line: l.line })),
    ];
    for (const c of candidates) {
      const at = bare(c.text).indexOf(bare(readTitle));
      if (at <= 0) continue;
      const name = NAME_BEFORE_TITLE.exec(bare(c.text).slice(0, at) + bare(readTitle))?.[1];
      // (A name opens with a family name: a label before the title, `附件：<title>`, is none.)
      if (name && nameShaped(name) && bare(c.text).startsWith(name))
        return { name, evidence: c.text, line: c.line, reason: 'named before the title in the page title' };
    }
  }
  // A report headline read from the credit closing the text (no title line): its subject, named in the text too.
  const credited = readTitle !== null && !header.title ? creditSubject(readTitle.split(' ')[0]!, doc.text) : null;
  if (credited)
    return {
      name: credited,
      evidence: readTitle!,
      line: null,
      reason: 'the subject of the report headline in the credit closing the text, named in the text too',
    };
  // A byline inside the body's opening, where bylines stand (speaker-evidence.ts).
  const opening = bylineAtOpening(doc.pieces.map((p) => p.text));
  if (opening)
    return { name: opening.name, evidence: opening.evidence, line: lineAt(doc.pieces[opening.index]!, 0), reason: opening.reason };
  // A byline glued to the salutation under the header (`习近平行政长官贺一诚先生，…：`).
  const glued = nameGluedToSalutation(
    doc.pieces.map((p) => p.text),
    lines.map((l) => l.text).join('\n'),
  );
  if (glued) return { name: glued.name, evidence: glued.evidence, line: lineAt(doc.pieces[0]!, 0), reason: glued.reason };
  // A lead introducing the full text (`国家主席习近平…发表了…贺词。全文如下：`): the text is that person's.
  const lead = FULL_TEXT_LEAD.exec(doc.text.slice(0, 400));
  if (lead)
    return {
      name: lead[1]!,
      evidence: doc.sentenceAt(lead.index + lead[0].length - 1),
      line: doc.lineAt(lead.index),
      reason: 'named in the lead that introduces the full text',
    };
  // A news lead above the text naming who delivers it (news-lead.ts).
  const speechLead = header.lead ? readSpeechLead(header.lead.text, doc.pieces[0]?.text ?? '') : null;
  if (speechLead)
    return {
      name: speechLead.speaker,
      evidence: header.lead!.text.trim().slice(speechLead.index),
      line: header.lead!.line,
      reason: 'named in the news lead printed above the text (an office and a name, 发表…讲话)',
    };
  // A source line closing the text: `——习近平2018年3月1日在…上的讲话` (whose speech this excerpt is).
  for (const p of doc.pieces.slice(-2)) {
    const m = CLOSING_SOURCE.exec(p.text.trim());
    if (m)
      return { name: m[1]!, evidence: p.text.trim(), line: lineAt(p, 0), reason: 'the source line closing the text names the speaker' };
  }
  // A letter headed only by its genre (`回信`, `贺信`): the name its signature gives (letter-head.ts),
  // though the page goes on after it.
  const signed = letterSignature(header, doc);
  if (signed)
    return {
      name: signed.name,
      evidence: `${signed.name} ${signed.day}`,
      line: lineAt(doc.pieces[signed.index]!, 0),
      reason: 'the signature of a letter headed only by its genre (a name, then the day it was signed)',
    };
  // A signature under the speech: a byline, then the date, as the last lines (a preface, a letter).
  const tail = doc.pieces.slice(-3);
  for (let k = 0; k + 1 < tail.length; k++) {
    const by = chromeShaped(tail[k]!.text) ? null : readByline(tail[k]!.text);
    // A bare name must open with a family name: an issuing organ's signature (`科 技 部`) names no speaker.
    const person = by !== null && (by.role !== null || nameShaped(by.name));
    if (by && person && isDateline(tail[k + 1]!.text) && k + 2 >= tail.length - 1) {
      return {
        name: by.name,
        evidence: `${tail[k]!.text}\n${tail[k + 1]!.text}`,
        line: lineAt(tail[k]!, 0),
        reason: 'the signature under the text (a name, then the date)',
      };
    }
  }
  // A source line naming the speaker (`《习近平谈治国理政》第三卷`, `来源：《张明在…上的讲话》`).
  const src = speakerInSourceLine(header, lines, doc);
  if (src) return src;
  // A news report's lead whose subject is an office and a name (speaker-evidence.ts).
  const reported = reportLeadSpeaker(doc.pieces.map((p) => p.text));
  if (reported)
    return { name: reported.name, evidence: reported.evidence, line: lineAt(doc.pieces[reported.index]!, 0), reason: reported.reason };
  // A third-person summary of someone's report (`周恩来总理在报告中指出…`, twice or more).
  const summarised = reportSummarySpeaker(doc.pieces.map((p) => p.text));
  if (summarised)
    return {
      name: summarised.name,
      evidence: summarised.evidence,
      line: lineAt(doc.pieces[summarised.index]!, 0),
      reason: summarised.reason,
    };
  // Last: the page's 作者 field above the body, when it holds a person's name.
  const bodyLine = doc.pieces[0] ? lineAt(doc.pieces[0], 0) : Infinity;
  const lastPiece = doc.pieces.at(-1);
  const bodyEnd = lastPiece ? lineAt(lastPiece, Math.max(0, lastPiece.text.length - 1)) : -Infinity;
  const ownSpeech = readTitle !== null && header.title !== null && speechInFirstPerson(readTitle, doc.text);
  for (const l of lines) {
    if (l.line >= bodyLine) break;
    const author = labelPairs(l.text).find((p) => /^(?:作者|作\s*者|讲话人|主讲人)$/u.test(p.label))?.value ?? '';
    if (!/^\p{Script=Han}{2,3}$/u.test(author) || NOT_A_PERSON.test(author)) continue;
    // A name the text itself also gives; or, on the page of a speech given in the first person
    // under its own speech title and reprinted from an outside publication (来源：求是, 新华社),
    // the author that publication credits. A site's own editor or an office's clerk (来源：本站,
    // …组织部) and a reporter of a news report about a speech the text never names are not taken.
    if (doc.text.includes(author)) {
      return {
        name: author,
        evidence: l.text.trim(),
        line: l.line,
        reason: "the page's 作者 field (a name the text also gives), nothing better in the text",
      };
    }
    const from = (labelPairs(l.text).find((p) => /^(?:来源|来\s*源|出处)$/u.test(p.label))?.value ?? '').replace(/^《(.*)》$/u, '$1');
    // The site naming itself (its name also on another line of the page outside the text: masthead, menu, footer) is no outside publication.
    const siteItself =
      from !== '' && lines.some((o) => o.line !== l.line && (o.line < bodyLine || o.line > bodyEnd) && o.text.includes(from));
    if (ownSpeech && from && !SITE_OR_OFFICE.test(from) && !siteItself) {
      return {
        name: author,
        evidence: l.text.trim(),
        line: l.line,
        reason: `the page's 作者 field, the speech reprinted from ${from} under its own speech title and spoken in the first person: the author credited is the speaker`,
      };
    }
  }
  return null;
}

/** A 来源 that is the site itself or an office (whose 作者 is whoever posted the page), not a publication. */
const SITE_OR_OFFICE =
  /^(?:本站|本网|本平台|网站|原创|网络|互联网|不详)|范文|文库|公文|写作|秘书|投稿|网友|会员|用户|转载|整理|(?:办|部|局|委|厅|处|科|室|组|中心|办公室|政府|街道|乡|镇|村|社区|学校|学院|公司|集团)$/u;

/** A speech's own title (`在…上的讲话`, `…致辞`), not a headline about one (`…时强调`, `…发表讲话`). */
const OWN_SPEECH_TITLE = /(?:讲话|致辞|发言|演讲|报告|讲稿|贺词|講話|致詞|發言|演講|報告)(?:（[^（）]{1,12}）)?$/u;
/**
 * The text is the speech itself: its title is a speech's (no one named before 在 or
 * 发表), and the text speaks in the first person (a salutation, or 我们 / 我 said often).
 */
function speechInFirstPerson(title: string, text: string): boolean {
  if (!OWN_SPEECH_TITLE.test(title) || /发表|作了?(?:重要)?讲话$/u.test(title)) return false;
  if (SPEAKER_IN_TITLE.exec(title)?.[1] || NAME_BEFORE_TITLE.test(title)) return false;
  const first = text.slice(0, 3000);
  return SALUTATION_ANYWHERE.test(first) || (first.match(/我们|我国|我市|我省|我县|我区/gu)?.length ?? 0) >= 3;
}
const SALUTATION_ANYWHERE = /(?:^|\n)(?:同志们|各位代表|各位委员|各位来宾|女士们|朋友们|尊敬的)/u;

/**
 * A source line (byline.ts, `readSourceLine`) naming the speaker: the one the header took
 * out, a line above the body, or one of the first three lines after the body's last
 * piece (there only a labelled one, `来源：《…》`, `——摘自《…》`: a bare 《…》 after the
 * text may be a link to another article).
 */
function speakerInSourceLine(
  header: Header,
  lines: readonly LineRef[],
  doc: Searchable,
): { name: string; evidence: string; line: number | null; reason: string } | null {
  const bodyFirst = doc.pieces[0] ? lineAt(doc.pieces[0], 0) : Infinity;
  const last = doc.pieces.at(-1);
  const bodyLast = last ? lineAt(last, Math.max(0, last.text.length - 1)) : Infinity;
  const above = [...(header.source ? [header.source] : []), ...lines.filter((l) => l.line < bodyFirst)];
  const after = [
    ...doc.pieces.slice(-1).map((p) => ({ text: p.text, line: lineAt(p, 0) })),
    ...lines.filter((l) => l.line > bodyLast && l.text.trim()).slice(0, 3),
  ];
  const found = [
    ...above.map((l) => ({ l, s: readSourceLine(l.text) })),
    ...after.map((l) => ({ l, s: readSourceLine(l.text) })).filter((x) => x.s?.labelled),
  ].find((x) => x.s && !NOT_A_PERSON.test(x.s.name));
  if (!found) return null;
  return {
    name: found.s!.name,
    evidence: found.l.text.trim(),
    line: found.l.line,
    reason: 'a source line naming the speaker’s collected works or speech (《…文选》, 来源：《…在…上的讲话》)',
  };
}

/** The subject of a report headline (`<name>在…时强调`): the name before its verb, when the text names it more than once. */
function creditSubject(headline: string, text: string): string | null {
  if (!REPORT_HEADLINE.test(headline)) return null;
  const m = /^(\p{Script=Han}{2,4}?)(?:近日|日前|今天|今日|昨天|昨日)?(?:在|对|向|同|给|致|主持|出席|考察|视察|会见|参加|召开|作出)/u.exec(
    headline,
  );
  return m && text.split(m[1]!).length - 1 >= 2 ? m[1]! : null;
}

/** The signature of a letter the header found headed only by its genre word, or null. */
function letterSignature(header: Header, doc: Searchable): Signature | null {
  if (!header.title || !letterHead(header.title.text, doc.pieces[0]?.text ?? '')) return null;
  return findSignature(doc.pieces.map((p) => p.text));
}

/** What may follow a name that opens a headline without being its subject (`习近平新时代…思想`). */
const NOT_AFTER_NAME = /^(?:新时代|总书记|同志|思想|关于|的|重要)/u;
/** An author field's value that is no person: an office, a site, an anonymous or editor's label. */
const NOT_A_PERSON =
  /(?:办|部|局|委|厅|处|科|室|组|网|站|社|报|刊|中心|佚名|匿名|网友|本站|小编|管理员|编辑|原创|投稿|转载|整理)$|^(?:佚名|匿名|网友|本站|小编|不详|未知)/u;

/** What every field step below reads from and writes to. */
interface MetaPass {
  readonly header: Header;
  readonly doc: Searchable;
  readonly fm: FrontMatter;
  readonly notes: FieldNote[];
}

const hasOverride = (m: MetaPass, f: MetaField): boolean => f in m.fm.values;
const addNote = (m: MetaPass, field: MetaField, how: FieldNote['how'], evidence: string, line: number | null, reason?: string): void => {
  m.notes.push(reason ? { field, how, evidence, line, reason } : { field, how, evidence, line });
};
const overrideNote = (m: MetaPass, f: MetaField): void => addNote(m, f, 'override', m.fm.evidence[f] ?? '', m.fm.lines[f] ?? null);
/** A field's front-matter value (null stays null). */
const overrideValue = (m: MetaPass, f: MetaField): string | null => (m.fm.values[f] === null ? null : String(m.fm.values[f]));
const titleNoteOf = (m: MetaPass): FieldNote => m.notes.find((n) => n.field === 'title')!;

/** Title field: front matter › readTitle. */
function titleField(
  m: MetaPass,
  source: string,
  page: PageFacts | undefined,
  lines: readonly LineRef[],
): { title: string; read: boolean; untitled: boolean } {
  if (hasOverride(m, 'title')) {
    overrideNote(m, 'title');
    return { title: String(m.fm.values.title), read: false, untitled: false };
  }
  const t = readTitle(m.header, m.doc, openingMeeting(m.doc.text), source, page, lines);
  addNote(m, 'title', t.how, t.evidence, t.line, t.reason);
  return { title: t.title, read: t.how === 'read', untitled: t.untitled === true };
}

/** Speaker field: front matter › readSpeaker. */
function speakerField(m: MetaPass, readTitle: string | null, page: PageFacts | undefined, lines: readonly LineRef[]): string | null {
  if (hasOverride(m, 'speaker')) {
    overrideNote(m, 'speaker');
    return overrideValue(m, 'speaker');
  }
  const found = readSpeaker(m.header, readTitle, page, lines, m.doc);
  if (!found) return null;
  addNote(m, 'speaker', 'read', found.evidence, found.line, found.reason);
  return found.name;
}

/**
 * Campaign: most pattern hits (campaigns.ts; the fixed year disambiguates bare
 * 主题教育); a compilation spanning years (sd.span) belongs to none unless its
 * title names one. Read when the read title names it, else inferred.
 */
function campaignField(
  m: MetaPass,
  title: { text: string; folded: string; read: boolean },
  folded: string,
  sd: SpeechDate,
): Campaign | null {
  if (hasOverride(m, 'campaign')) {
    overrideNote(m, 'campaign');
    return null;
  }
  const found = chooseCampaign(`${title.folded}\n${folded}`, title.folded, sd.year);
  const inTitle = (c: Campaign): boolean => c.patterns.some((p) => title.folded.includes(p));
  const choice = found && sd.span && !inTitle(found.campaign) ? null : found;
  if (!choice) return null;
  if (title.read && inTitle(choice.campaign) && m.header.title) {
    addNote(m, 'campaign', 'read', m.header.title.evidence, m.header.title.line);
  } else {
    // Index in the searched text: title + '\n' + body.
    const bodyIndex = choice.index - title.text.length - 1;
    const evidence = bodyIndex >= 0 ? m.doc.sentenceAt(bodyIndex) : title.text;
    addNote(m, 'campaign', 'inferred', evidence, bodyIndex >= 0 ? m.doc.lineAt(bodyIndex) : (titleNoteOf(m).line ?? null), choice.reason);
  }
  return choice.campaign;
}

/** Year, last resorts when neither front matter nor the text fixed it: a one-year campaign, then the publication date. */
function yearLastResorts(
  m: MetaPass,
  sd: SpeechDate,
  campaign: Campaign | null,
  foldedTitle: string,
  folded: string,
  published: Published | undefined,
): void {
  if (hasOverride(m, 'year') || (hasOverride(m, 'date') && sd.date)) return;
  const oneYear = campaign && campaign.years.to === campaign.years.from ? campaign.years.from : null;
  const cn = m.notes.find((n) => n.field === 'campaign');
  // Not for a campaign's closing (总结) meeting: those ran into the next year (2020-01, 2024-01).
  const closing = /总结/.test(foldedTitle) || /总结/.test(openingMeeting(folded)?.meeting ?? '');
  if (oneYear !== null && cn && !closing) yearFromCampaign(sd, campaign!.name, oneYear, cn.evidence, cn.line);
  yearFromPublication(sd, published);
}

/** Occasion: the meeting kind at the end of the meeting name in the (folded) title, else in the opening sentence. */
function occasionField(m: MetaPass, foldedTitle: string, folded: string): string | null {
  if (hasOverride(m, 'occasion')) {
    overrideNote(m, 'occasion');
    return overrideValue(m, 'occasion');
  }
  const meeting = meetingInTitle(foldedTitle);
  const fromTitle = meeting ? occasionOf(meeting) : null;
  const tn = titleNoteOf(m);
  if (fromTitle) {
    addNote(m, 'occasion', tn.how === 'read' ? 'read' : 'inferred', tn.evidence, tn.line, `meeting name ends in ${fromTitle.pattern}`);
    return fromTitle.occasion.name;
  }
  const opening = openingMeeting(folded);
  const o = opening ? occasionOf(opening.meeting) : null;
  if (!opening || !o) return null;
  addNote(m, 'occasion', 'inferred', m.doc.sentenceAt(opening.index), m.doc.lineAt(opening.index), `meeting name ends in ${o.pattern}`);
  return o.occasion.name;
}

// `page`: the file's own facts (HTML meta, Word/PDF properties), weak evidence; see PageFacts.
// `lines`: every line of the raw text (before noise removal), where a publication line (`发布时间：…`) is looked for.
export function readMetadata(
  header: Header,
  body: readonly Traced[],
  fm: FrontMatter,
  source: string,
  page?: PageFacts,
  lines: readonly LineRef[] = [],
): Metadata {
  const m: MetaPass = { header, doc: new Searchable(body), fm, notes: [] };
  const { title, read: titleRead, untitled } = titleField(m, source, page, lines);
  const speaker = speakerField(m, titleRead ? title : null, page, lines);

  // Date, year and its bound (speech-date.ts); matching on the folded copy (traditional.ts).
  const folded = foldTraditional(m.doc.text);
  const foldedTitle = foldTraditional(title);
  const published = findPublished(page?.published, lines, page?.publisher ?? page?.url ?? 'page metadata');
  const sd = readWhen(
    header,
    body,
    m.doc,
    folded,
    { text: title, line: titleNoteOf(m).line ?? 0, read: titleRead },
    foldedTitle,
    fm,
    published,
    lines.slice(0, 30),
    lines.findLast((l) => l.text.trim()) ?? null,
  );

  const campaign = campaignField(m, { text: title, folded: foldedTitle, read: titleRead }, folded, sd);
  const campaignName = hasOverride(m, 'campaign') ? overrideValue(m, 'campaign') : (campaign?.name ?? null);
  yearLastResorts(m, sd, campaign, foldedTitle, folded, published);
  m.notes.push(...sd.notes);
  const occasion = occasionField(m, foldedTitle, folded);

  const { date, year, yearAfter } = sd;
  return { title, speaker, date, year, yearAfter, occasion, campaign: campaignName, notes: m.notes, untitled };
}

/**
 * Date and year: the editor's front matter, else what speech-date.ts reads and
 * infers from the header, title and body (on their folded copies).
 */
function readWhen(
  header: Header,
  body: readonly Traced[],
  doc: Searchable,
  folded: string,
  title: LineRef & { read: boolean },
  foldedTitle: string,
  fm: FrontMatter,
  published: Published | undefined,
  rawTop: readonly LineRef[],
  rawLast: LineRef | null,
): SpeechDate {
  const ov = fm.values;
  const has = (f: MetaField): boolean => f in ov;
  const ref = (p: Traced): LineRef => ({ text: p.text, line: lineAt(p, 0) });
  const signed = letterSignature(header, doc);
  // Else a 公文's signature (organ, day) under the text it closes, though more text follows (attachment-title.ts).
  const docSigned = signed ? -1 : documentSignature(body.map((p) => p.text));
  const signature = signed
    ? { text: signed.day, line: lineAt(body[signed.index]!, 0) }
    : docSigned >= 0
      ? { text: body[docSigned + 1]!.text.trim(), line: lineAt(body[docSigned + 1]!, 0) }
      : null;
  const sd = readSpeechDate({
    header: headerDateLines(header),
    ...(signature ? { signature } : {}),
    title,
    first: body.slice(0, 12).map(ref),
    last: body.slice(-3).map(ref),
    all: body.map(ref),
    lead: header.lead,
    rawTop,
    rawLast,
    foldedTitle,
    foldedText: folded,
    ...(published ? { published } : {}),
    sentenceAt: (i) => doc.sentenceAt(i),
    lineAt: (i) => doc.lineAt(i),
  });
  if (!has('date') && !has('year')) return sd;
  const override = (f: MetaField): FieldNote => ({ field: f, how: 'override', evidence: fm.evidence[f] ?? '', line: fm.lines[f] ?? null });
  const out: SpeechDate = { date: null, year: null, yearAfter: null, masked: false, notes: [], conflicts: [] };
  if (has('date')) {
    out.date = ov.date === null ? null : String(ov.date);
    out.notes.push(override('date'));
  } else if (sd.date) {
    out.date = sd.date;
    out.notes.push(...sd.notes.filter((n) => n.field === 'date'));
  }
  if (has('year')) {
    out.year = ov.year === null ? null : Number(ov.year);
    out.notes.push(override('year'));
    if (out.date && Number(out.date.slice(0, 4)) !== out.year) {
      out.date = null;
      out.notes = out.notes.filter((n) => n.field !== 'date');
    }
  } else if (out.date) {
    out.year = Number(out.date.slice(0, 4));
    const dn = out.notes.find((n) => n.field === 'date')!;
    out.notes.push({ field: 'year', how: dn.how, evidence: dn.evidence, line: dn.line, reason: 'year of the date' });
  } else {
    // The editor cleared the date: the year stands on the inferred evidence.
    out.year = sd.date ? null : sd.year;
    out.yearAfter = out.year === null ? sd.yearAfter : null;
    out.masked = sd.masked;
    out.notes.push(...sd.notes.filter((n) => n.field !== 'date' && (sd.date === null || n.how !== 'read')));
  }
  return out;
}
