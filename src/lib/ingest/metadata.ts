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
 *  - date: a parenthesised full date in the header (`（2019年11月12日）`).
 *  - year: the date's year › anniversary / recent plenum (dates.ts) ›
 *    a one-year campaign › the latest plenum named (a lower bound).
 *  - occasion: the meeting kind at the end of the meeting name (occasions.ts).
 *  - campaign: most pattern hits in the campaign table (campaigns.ts); read
 *    when the read title names it, else inferred.
 */
import { chooseCampaign } from './campaigns.ts';
import type { Campaign } from './campaigns.ts';
import { inferYear, readDate } from './dates.ts';
import type { FrontMatter } from './front-matter.ts';
import type { Header } from './header.ts';
import { meetingInTitle, occasionOf, openingMeeting } from './occasions.ts';
import { lineAt } from './traced.ts';
import type { Traced } from './traced.ts';
import type { FieldNote, MetaField, Speech } from './types.ts';

/** The metadata fields of a Speech, with how each was obtained. */
export type Metadata = Pick<Speech, 'title' | 'speaker' | 'date' | 'year' | 'occasion' | 'campaign' | 'notes'>;

/** The body as one searchable string, with a way back to raw lines. */
class Searchable {
  readonly text: string;
  private readonly offsets: number[] = [];
  private readonly pieces: readonly Traced[];
  constructor(pieces: readonly Traced[]) {
    this.pieces = pieces;
    let acc = 0;
    for (const p of pieces) { this.offsets.push(acc); acc += p.text.length + 1; }
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
    return [...s].length > 160 ? [...s].slice(0, 160).join('') + '…' : s;
  }
}

const SPEAKER_IN_TITLE = /^(\p{Script=Han}{2,12}?)[：:]?在.{2,80}?(?:上|时|期间)的?(?:主持|总结|动员|重要|主旨)?(?:讲话|致辞|发言|演讲|报告)/u;
const ROLE_END = /(?:总书记|书记|主席|总理|市长|县长|区长|省长|部长|主任|局长|厅长|校长|同志)$/;

export function readMetadata(header: Header, body: readonly Traced[], fm: FrontMatter, source: string): Metadata {
  const notes: FieldNote[] = [];
  const note = (field: MetaField, how: FieldNote['how'], evidence: string, line: number | null, reason?: string): void => {
    notes.push(reason ? { field, how, evidence, line, reason } : { field, how, evidence, line });
  };
  const doc = new Searchable(body);
  const ov = fm.values;
  const has = (f: MetaField): boolean => f in ov;
  const overrideNote = (f: MetaField): void => note(f, 'override', fm.evidence[f] ?? '', fm.lines[f] ?? null);

  // Title.
  let title: string;
  let titleRead = false;
  const opening = openingMeeting(doc.text);
  if (has('title')) { title = String(ov.title); overrideNote('title'); }
  else if (header.title) {
    title = header.title.text; titleRead = true;
    note('title', 'read', header.title.evidence, header.title.line);
  } else if (opening) {
    title = `在${opening.meeting}上的讲话`;
    note('title', 'inferred', doc.sentenceAt(opening.index), doc.lineAt(opening.index), 'meeting named in the opening sentence');
  } else {
    title = source.replace(/\.[^.]+$/, '');
    note('title', 'inferred', source, null, 'no title line and no opening sentence naming the meeting: file name');
  }

  // Speaker.
  let speaker: string | null = null;
  if (has('speaker')) { speaker = ov.speaker === null ? null : String(ov.speaker); overrideNote('speaker'); }
  else if (header.speaker) { speaker = header.speaker.name; note('speaker', 'read', header.speaker.evidence, header.speaker.line); }
  else if (titleRead && header.title) {
    const m = SPEAKER_IN_TITLE.exec(title);
    const who = m?.[1];
    if (who && (ROLE_END.test(who) || [...who].length <= 4)) {
      speaker = who;
      note('speaker', 'read', header.title.evidence, header.title.line, ROLE_END.test(who) ? 'a role, not a name, named in the title' : 'named in the title');
    }
  }

  // Date.
  let date: string | null = null;
  let dateYear: number | null = null;
  if (has('date')) {
    date = ov.date === null ? null : String(ov.date);
    dateYear = date ? Number(date.slice(0, 4)) : null;
    overrideNote('date');
  } else {
    for (const hl of header.lines) {
      const d = readDate(hl.text);
      if (d) { date = d.date; dateYear = d.year; note('date', 'read', hl.text, hl.line); break; }
    }
  }

  // Year (before the campaign: the year disambiguates bare 主题教育).
  let year: number | null = null;
  const fullText = `${title}\n${doc.text}`;
  if (has('year')) {
    year = ov.year === null ? null : Number(ov.year);
    overrideNote('year');
    if (date && year !== dateYear) { date = null; notes.splice(notes.findIndex((n) => n.field === 'date'), 1); }
  } else if (dateYear !== null) {
    year = dateYear;
    const dn = notes.find((n) => n.field === 'date')!;
    note('year', dn.how, dn.evidence, dn.line, 'year of the date');
  }
  const ev = year === null && !has('year') ? inferYear(doc.text) : null;
  const strongYear = ev && ev.strength >= 2 ? ev.year : null;

  // Campaign.
  let campaign: Campaign | null = null;
  if (has('campaign')) {
    campaign = null;
    overrideNote('campaign');
  } else {
    const choice = chooseCampaign(fullText, title, year ?? strongYear);
    if (choice) {
      campaign = choice.campaign;
      const inReadTitle = titleRead && choice.campaign.patterns.some((p) => title.includes(p));
      if (inReadTitle && header.title) note('campaign', 'read', header.title.evidence, header.title.line);
      else {
        // Index in fullText: title + '\n' + body.
        const bodyIndex = choice.index - title.length - 1;
        const evidence = bodyIndex >= 0 ? doc.sentenceAt(bodyIndex) : title;
        note('campaign', 'inferred', evidence, bodyIndex >= 0 ? doc.lineAt(bodyIndex) : notes.find((n) => n.field === 'title')?.line ?? null, choice.reason);
      }
    }
  }
  const campaignName = has('campaign') ? (ov.campaign === null ? null : String(ov.campaign)) : campaign?.name ?? null;

  // Year, inferred.
  if (year === null && !has('year') && !(has('date') && date)) {
    const oneYear = campaign && campaign.years.to === campaign.years.from ? campaign.years.from : null;
    const cn = notes.find((n) => n.field === 'campaign');
    if (ev && (ev.strength >= 2 || oneYear === null || ev.year === oneYear)) {
      year = ev.year;
      note('year', 'inferred', doc.sentenceAt(ev.index), doc.lineAt(ev.index), ev.reason);
    } else if (oneYear !== null && cn) {
      year = oneYear;
      note('year', 'inferred', cn.evidence, cn.line, `${campaign!.name} ran in ${oneYear} only`);
    }
  }

  // Occasion.
  let occasion: string | null = null;
  if (has('occasion')) { occasion = ov.occasion === null ? null : String(ov.occasion); overrideNote('occasion'); }
  else {
    const meeting = meetingInTitle(title);
    const fromTitle = meeting ? occasionOf(meeting) : null;
    const tn = notes.find((n) => n.field === 'title')!;
    if (fromTitle) {
      occasion = fromTitle.occasion.name;
      note('occasion', tn.how === 'read' ? 'read' : 'inferred', tn.evidence, tn.line, `meeting name ends in ${fromTitle.pattern}`);
    } else if (opening) {
      const o = occasionOf(opening.meeting);
      if (o) {
        occasion = o.occasion.name;
        note('occasion', 'inferred', doc.sentenceAt(opening.index), doc.lineAt(opening.index), `meeting name ends in ${o.pattern}`);
      }
    }
  }

  return { title, speaker, date, year, occasion, campaign: campaignName, notes };
}
