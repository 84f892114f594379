/**
 * The speech's date, year and lower bound, each with its notes. Order of
 * evidence, strongest first:
 *
 *  1. a dateline, read: in the header lines, in the title (`…讲话（2019年11月12日）`),
 *     at the start of the first body lines (`(2021年3月16日)同志们：`), or alone on one
 *     of the last lines (a date under the speech). A masked dateline (`20**年`) makes
 *     the year unknown: nothing below guesses it from the page's publication date.
 *  2. evidence that fixes the year (year-evidence.ts): the title's year, an
 *     anniversary, a five-year plan's year — inferred, with the evidence.
 *  3. (in metadata.ts, after the campaign) a campaign that ran in one year only.
 *  4. the page's publication date (PageFacts.published): weakest, used only when
 *     nothing above gave a year, never below the bound; reason `publication date`.
 *
 * Meetings the speech refers to give only a bound (`yearAfter`): the latest bound
 * is kept when the year stays unknown. A fixed year below the bound is kept and
 * the disagreement reported in the year's note.
 */
import { readDateRange, readDateline, readEditorNote, readIssueStamp, readPublished } from './datelines.ts';
import { meetingReport } from './news-lead.ts';
import { convenedMeeting } from './convened-meeting.ts';
import { foldTraditional } from './traditional.ts';
import type { Dateline } from './datelines.ts';
import { weighYear, yearClues } from './year-evidence.ts';
import type { YearClue } from './year-evidence.ts';
import type { FieldNote } from './types.ts';

/** A line of text and the raw line it starts on. */
export interface LineRef {
  text: string;
  line: number;
}

export interface DateSources {
  /** Header lines (title, speaker, dateline), as the header reader found them. */
  header: readonly LineRef[];
  /** The title as written, and where it was read (null when made up). */
  title: LineRef & { read: boolean };
  /** The first and the last few body paragraphs, as written. */
  first: readonly LineRef[];
  last: readonly LineRef[];
  /** The raw text's first lines, before any removal (a wire dateline the cleaner took out as a credit). */
  rawTop?: readonly LineRef[];
  /** The raw file's last non-blank line (before noise removal): a document's issuing stamp there dates it. */
  rawLast?: LineRef | null;
  /** A news lead the header took out from above the title (header.ts), still evidence for the day. */
  lead?: LineRef | null;
  /** The day a letter's signature gives (letter-head.ts): the letter's date. */
  signature?: LineRef;
  /** Every body paragraph (for datelines of several excerpts). */
  all: readonly LineRef[];
  /** Folded (traditional → simplified, same length) title and body text, for matching. */
  foldedTitle: string;
  foldedText: string;
  /** The page's publication date, when known (PageFacts.published or a 发布时间 line). */
  published?: Published;
  /** The sentence and raw line around an index of the body text. */
  sentenceAt: (index: number) => string;
  lineAt: (index: number) => number | null;
}

/** A publication date (`YYYY-MM-DD`) and where it was found. */
export interface Published {
  date: string;
  evidence: string;
  line: number | null;
}

/**
 * The page's publication date: the page's own (HTML meta) or the first
 * publication line of the raw text (`发布时间：2020年01月08日 20:01`), which the
 * cleaner removes as page chrome.
 */
export function findPublished(
  pagePublished: string | undefined,
  lines: readonly LineRef[],
  pageEvidence = 'page metadata',
): Published | undefined {
  if (pagePublished && /^\d{4}-\d{2}-\d{2}$/.test(pagePublished))
    return { date: pagePublished, evidence: `${pageEvidence}: ${pagePublished}`, line: null };
  for (const l of lines) {
    const p = readPublished(l.text);
    if (p) return { date: p.date, evidence: l.text.trim(), line: l.line };
  }
  return undefined;
}

/**
 * A news lead's day completed by the publication date: `1月8日，…总结大会在北京召开…`
 * or `…25日中午在人民大会堂…` (`…于31日专程前往…`: after 于 any word may follow the day, but not the first day of a range `于26日至27日召开`)
 * on a page published 2020-01-08 / 2017-10-25. Only in the
 * first 200 characters of the body or at the start of one of its first paragraphs
 * (dayOpeningParagraph), only on or up to 31 days before the publication.
 */
const LEAD_DAY = /(?:(\d{1,2})月)?(\d{1,2})日(?:(?<=于(?:\d{1,2}月)?\d{1,2}日)(?![至到—－~、和及])|上午|中午|下午|晚上|晚|电|，|,|\s|在)/u;
/** What a lead says when its day is the speech's: someone speaks, presides or attends, or a wire dates the report. */
const REPORTS_SPEECH = /讲话|致辞|发言|演讲|报告|贺信|贺词|回信|指示|批示|强调|指出|发表|主持|出席|参加|会见|全文/u;
/**
 * The lead's day is the speech's only when the lead reports the speech: the sentence
 * with the day, or the next, says someone spoke (or presided, attended), or repeats
 * words of the title (what the title names happened that day). An editor's note dating something else (`12月12日，…展览开幕。本网
 * 今起刊发…`) is no evidence for the speech's day.
 */
function reportsSpeech(text: string, at: number, title: string): boolean {
  const near = text.slice(at, at + 400);
  const ends = [...near.matchAll(/[。！？!?\n]/gu)].slice(0, 2);
  const two = ends.length ? near.slice(0, ends[ends.length - 1]!.index + 1) : near;
  return REPORTS_SPEECH.test(two) || sharesWords(two, title);
}
/** `a` holds a run of five or more characters of `title` (the lead tells what the title names). */
function sharesWords(a: string, title: string): boolean {
  const t = [...title.replace(/\s+/g, '')];
  for (let i = 0; i + 5 <= t.length; i++) if (a.includes(t.slice(i, i + 5).join(''))) return true;
  return false;
}
function dateFromLead(text: string, pub: Published, title: string): { date: string; index: number } | null {
  const m = LEAD_DAY.exec(text.slice(0, 200)) ?? dayOpeningParagraph(text);
  if (!m) return null;
  if (!/电$/u.test(m[0]) && !reportsSpeech(text, m.index, title)) return null;
  const date = dayUpTo(pub, m[1] ? Number(m[1]) : null, Number(m[2]));
  return date ? { date, index: m.index } : null;
}

/**
 * A news lead that is not the body's first paragraph (a deck's summary or an attendance
 * line kept above it): one of the first paragraphs that opens with its day (`1月5日，…`),
 * the shape of a lead. Only the first LEAD_PARAGRAPHS paragraphs, within 800 characters,
 * and only while none before it says when (`…近日作出重要指示`, `…开幕之际`): a lead that dates
 * itself otherwise is the lead, and a day after it dates something else (a meeting that
 * passed the instruction on).
 */
const LEAD_PARAGRAPHS = 4;
const OPENS_WITH_DAY = /^(?:(\d{1,2})月)?(\d{1,2})日(?:上午|中午|下午|晚上|晚)?[，,]/u;
const SAYS_WHEN = /近日|日前|之际|前夕|当天|今天|昨天|\d{1,2}日/u;
function dayOpeningParagraph(text: string): RegExpExecArray | null {
  let at = 0;
  for (const [i, p] of text.slice(0, 800).split('\n').entries()) {
    if (i >= LEAD_PARAGRAPHS) break;
    const m = OPENS_WITH_DAY.exec(p);
    if (m) {
      m.index = at;
      return m;
    }
    if (SAYS_WHEN.test(p)) break;
    at += p.length + 1;
  }
  return null;
}

/**
 * A day (with or without its month) completed by the publication date: the latest such
 * day on or before it, and only up to 31 days before (`6日` on a page of 2023-11-08 is
 * 2023-11-06; `12月31日` on a page of 2026-01-02 is 2025-12-31). Null otherwise.
 */
function dayUpTo(pub: Published, monthGiven: number | null, day: number): string | null {
  const [py, pm, pd] = pub.date.split('-').map(Number) as [number, number, number];
  let month = monthGiven ?? (day <= pd ? pm : pm - 1);
  let year = py;
  if (month < 1) {
    month += 12;
    year--;
  }
  if (monthGiven !== null && month > pm) year--;
  const dt = new Date(Date.UTC(year, month - 1, day));
  if (dt.getUTCMonth() !== month - 1 || dt.getUTCDate() !== day) return null;
  const gap = (Date.UTC(py, pm - 1, pd) - dt.getTime()) / 86_400_000;
  if (gap < 0 || gap > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A wire dateline (`新华社北京12月31日电`) in the body's first characters, or in the raw text's first lines (the cleaner may have removed it as a credit or dispatch). */
function findWire(src: DateSources): { m: RegExpExecArray; evidence: string; line: number | null } | null {
  const inBody = WIRE.exec(src.foldedText.slice(0, 300));
  if (inBody) return { m: inBody, evidence: src.sentenceAt(inBody.index), line: src.lineAt(inBody.index) };
  const rawRef = (src.rawTop ?? []).find((l) => WIRE.test(foldTraditional(l.text).slice(0, 300)));
  const m = rawRef ? WIRE.exec(foldTraditional(rawRef.text)) : null;
  return m ? { m, evidence: rawRef!.text.trim().slice(0, 160), line: rawRef!.line } : null;
}

const WIRE = /(?:新华社|人民日报|中新社|央视网|光明日报)[^，。\n]{0,10}?(\d{1,2})月(\d{1,2})日电/u;

export interface SpeechDate {
  date: string | null;
  year: number | null;
  yearAfter: number | null;
  /** A masked dateline was found: the year is unknown on purpose. */
  masked: boolean;
  /** The title spans dates (a compilation): no single year, none to be guessed. */
  span?: boolean;
  notes: FieldNote[];
  /** Conflicting evidence, already in the notes' reasons; kept for callers that report. */
  conflicts: string[];
}

/** Text before a dateline that can be a title: short, no sentence inside. */
function titleBefore(t: string): boolean {
  const s = foldTraditional(t.trim());
  return (
    s.length > 0 && [...s].length <= 80 && !/[。！？；!?;]/.test(s) && /(?:讲话|致辞|发言|演讲|报告|贺信|贺词|的信|总结|讲稿)$/.test(s)
  );
}

function compilationSpan(src: DateSources): { to: number; evidence: string; line: number | null; why: string } | null {
  const titles: LineRef[] = [
    ...(src.title.read ? [src.title] : []),
    ...src.first.filter((p) => [...p.text].length <= 80 && !/[。！？]/.test(p.text)),
  ];
  for (const t of titles) {
    const r = readDateRange(foldTraditional(t.text));
    if (r) return { to: r.to, evidence: t.text, line: t.line, why: `it spans ${r.from}–${r.to} (${r.match}…)` };
  }
  if (src.header.some((h) => readDateline(h.text)) || (src.title.read && readDateline(src.title.text))) return null;
  const days = new Map<string, LineRef>();
  // Bracketed datelines and editor's notes only (a notice's bare date line is not an excerpt's), three days at least.
  for (const p of src.all) {
    const d = readEditorNote(p.text) ?? readDateline(p.text);
    if (d?.date && d.match.trim().length === p.text.trim().length && /^[（(〔【[]|这是|本文|——/.test(d.match.trim()) && !days.has(d.date))
      days.set(d.date, p);
  }
  if (days.size < 3) return null;
  const sorted = [...days.keys()].sort();
  const last = days.get(sorted.at(-1)!)!;
  return {
    to: Number(sorted.at(-1)!.slice(0, 4)),
    evidence: last.text,
    line: last.line,
    why: `${days.size} datelines of different days (${sorted[0]} … ${sorted.at(-1)})`,
  };
}

function findDateline(src: DateSources): { d: Dateline; ref: LineRef; why?: string } | null {
  const candidates: { d: Dateline; ref: LineRef; why?: string }[] = [];
  const take = (ref: LineRef, test: (d: Dateline, text: string) => boolean): void => {
    const d = readDateline(ref.text);
    if (d && test(d, ref.text)) candidates.push({ d, ref });
  };
  for (const h of src.header) take(h, () => true);
  if (src.signature) take(src.signature, () => true);
  if (src.title.read) take(src.title, () => true);
  // Near the top of the body: a dateline opening a line (`(2021年3月16日)同志们：`), alone on
  // it, or right after a title glued to it (`在…上的讲话（2018年2月12日）习近平党的十八大…`).
  // The speech's own dateline has brackets or is a subtitle (`——2021年3月5日在…`); a bare date
  // line up there may be a notice's or the page's publication date, so it comes last.
  const shaped = (d: Dateline): boolean => /^[（(〔【[]|^(?:——|—|－－)|在/.test(d.match.trim());
  const top = (d: Dateline, t: string): boolean =>
    d.index === 0 || d.match.trim().length === t.trim().length || titleBefore(t.slice(0, d.index));
  for (const p of src.first) take(p, (d, t) => shaped(d) && top(d, t));
  for (const p of src.last) take(p, (d, t) => d.match.trim().length === t.trim().length);
  // A document's issuing stamp as its last line (`国家标准化管理委员会 2020年8月 4 日印发`).
  // (The page-tail step may have taken it out as the document's issuing line: then the raw file's last line.)
  const stamp = [src.last.at(-1), src.rawLast].find((l) => l && readIssueStamp(l.text));
  const issued = stamp ? readIssueStamp(stamp.text) : null;
  if (stamp && issued) candidates.push({ d: issued, ref: stamp });
  // An editor's note naming the day: `（这是…2019年6月24日在…的讲话。）`.
  for (const p of [...src.last, ...src.first]) {
    const d = readEditorNote(p.text);
    if (d) candidates.push({ d, ref: p });
  }
  for (const p of src.first) take(p, (d, t) => !shaped(d) && top(d, t));
  // A record's time line next to its place line (`时间：2024年12月31日上午` / `地点：…`), though removed as page metadata.
  const event = eventTime(src.rawTop ?? []);
  if (event) candidates.push(event);
  return (
    candidates.find((c) => c.d.date !== null) ?? candidates.find((c) => c.d.year !== null) ?? candidates.find((c) => c.d.masked) ?? null
  );
}

/**
 * An event's time line: `时间：2024年12月31日上午` with `地点：…` on the next line (or the one
 * before) — the time and place of a meeting as its record or notice gives them. A page's
 * publication stamp (`时间：2019/11/12`) names no place, so only the pair dates the speech.
 */
const EVENT_TIME = /^[\s\u3000]*(?:会议|活动)?时间[:：]/u;
const EVENT_PLACE = /^[\s\u3000]*(?:会议|活动)?地点[:：]/u;
function eventTime(lines: readonly LineRef[]): { d: Dateline; ref: LineRef; why: string } | null {
  const seen = lines.filter((l) => l.text.trim());
  for (const [i, l] of seen.entries()) {
    if (!EVENT_TIME.test(l.text)) continue;
    if (!EVENT_PLACE.test(seen[i + 1]?.text ?? '') && !EVENT_PLACE.test(seen[i - 1]?.text ?? '')) continue;
    // The line has a publication line's shape (`时间：DATE`): read it as one, but as the event's day.
    const p = readPublished(l.text);
    if (p) {
      const d = { date: p.date, year: Number(p.date.slice(0, 4)), masked: false, match: p.match, index: 0 };
      return {
        d,
        ref: l,
        why: "the event's time line, next to its place line (时间：… / 地点：…): the meeting's day, not a publication date",
      };
    }
  }
  return null;
}

/** Reads the date and weighs the year evidence. */
export function readSpeechDate(src: DateSources): SpeechDate {
  const notes: FieldNote[] = [];
  const out: SpeechDate = { date: null, year: null, yearAfter: null, masked: false, notes, conflicts: [] };

  // A compilation: the title (or a title-like line at the top) spans dates, or three or
  // more bracketed datelines (or editor's notes) of different days stand alone in the text. No single date; the latest year bounds it.
  const span = compilationSpan(src);
  if (span) {
    out.yearAfter = span.to;
    out.span = true;
    notes.push({
      field: 'yearAfter',
      how: 'inferred',
      evidence: span.evidence,
      line: span.line,
      reason: `${span.why}: a compilation, no single date; ${span.to} or later`,
    });
    return out;
  }

  const found = findDateline(src);
  if (found) {
    const { d, ref, why } = found;
    // The line as written; for a dateline glued into a long paragraph, the dateline itself.
    const evidence = [...ref.text].length <= 120 ? ref.text : d.match.trim();
    if (d.date) {
      out.date = d.date;
      notes.push({ field: 'date', how: 'read', evidence, line: ref.line, ...(why ? { reason: why } : {}) });
    }
    if (d.year !== null) {
      out.year = d.year;
      notes.push({
        field: 'year',
        how: 'read',
        evidence,
        line: ref.line,
        reason: d.date ? 'year of the date' : 'dateline with year and month',
      });
    }
    if (d.masked) {
      out.masked = true;
      notes.push({ field: 'date', how: 'read', evidence, line: ref.line, reason: 'masked year (a template date): unknown, not guessed' });
    }
  }

  // A news report of a meeting whose lead opens with the full day (`2017年6月6日，…会在北京召开`, news-lead.ts).
  const meeting = out.date === null && !out.masked && src.first[0] ? meetingReport(src.all.map((l) => l.text).join('\n')) : null;
  if (meeting?.date) {
    out.date = meeting.date;
    out.year = Number(meeting.date.slice(0, 4));
    const reason = 'a news report of a meeting: the day its lead opens with (…在…召开 / 举行)';
    notes.push({ field: 'date', how: 'read', evidence: meeting.evidence, line: src.first[0]!.line, reason });
    notes.push({ field: 'year', how: 'read', evidence: meeting.evidence, line: src.first[0]!.line, reason: 'year of the date' });
  } else if (meeting?.year && out.year === null) {
    // A span of days (`2018年10月9日至11日，…峰会在济南召开`): no one day, but the year.
    out.year = meeting.year;
    const reason = 'a news report of a meeting: the year its lead opens with, over a span of days (…日至…日，…召开 / 举行)';
    notes.push({ field: 'year', how: 'read', evidence: meeting.evidence, line: src.first[0]!.line, reason });
  }

  // A news item of an organisation convening a meeting: the day its lead opens with, maybe after a background paragraph (convened-meeting.ts).
  const convened = out.date === null && !out.masked && src.all[0] ? convenedMeeting(src.all.map((l) => l.text).join('\n')) : null;
  if (convened?.date) {
    out.date = convened.date;
    out.year = Number(convened.date.slice(0, 4));
    const line = src.all[convened.paragraph]?.line ?? src.all[0]!.line;
    const reason = 'a news item of a meeting convened: the day its lead opens with (<day>，<organiser>…召开/举办<meeting>)';
    notes.push({ field: 'date', how: 'read', evidence: convened.evidence, line, reason });
    notes.push({ field: 'year', how: 'read', evidence: convened.evidence, line, reason: 'year of the date' });
  }

  if (out.date === null && !out.masked && src.published) {
    // In the body's first characters, else in a lead printed above the title (removed from the body).
    // A title line kept in the text (page lines left above it): the lead follows the title. (Not a title
    // inferred from the text: it may be the lead's own words.)
    const kept = src.title.read && src.foldedTitle.length >= 6 ? src.foldedText.slice(0, 600).lastIndexOf(src.foldedTitle) : -1;
    const from = kept < 0 ? 0 : kept + src.foldedTitle.length;
    const found = dateFromLead(src.foldedText.slice(from), src.published, src.foldedTitle);
    const inBody = found ? { ...found, index: found.index + from } : null;
    const above = !inBody && src.lead ? dateFromLead(foldTraditional(src.lead.text), src.published, src.foldedTitle) : null;
    const lead = inBody ?? above;
    // A wire dateline's day (`新华社北京11月6日电`, removed as the dispatch) completed the same way.
    const wire = lead ? null : findWire(src);
    const wireDate = wire ? dayUpTo(src.published, Number(wire.m[1]), Number(wire.m[2])) : null;
    if (wire && wireDate) {
      out.date = wireDate;
      out.year = Number(wireDate.slice(0, 4));
      const reason = `the wire dateline's day (${wire.m[0]}) in the year of the publication date ${src.published.date} (${src.published.evidence})`;
      notes.push({ field: 'date', how: 'inferred', evidence: wire.evidence, line: wire.line, reason });
      notes.push({ field: 'year', how: 'inferred', evidence: wire.evidence, line: wire.line, reason: 'year of the date' });
    } else if (lead) {
      out.date = lead.date;
      out.year = Number(lead.date.slice(0, 4));
      const evidence = inBody ? src.sentenceAt(lead.index) : src.lead!.text.trim().slice(0, 160);
      const line = inBody ? src.lineAt(lead.index) : src.lead!.line;
      const reason = `the lead's day (${evidence.slice(0, 30)}…) in the month and year of the publication date ${src.published.date} (${src.published.evidence})`;
      notes.push({ field: 'date', how: 'inferred', evidence, line, reason });
      notes.push({ field: 'year', how: 'inferred', evidence, line, reason: 'year of the date' });
    }
  }

  const clues = yearClues(src.foldedTitle, src.foldedText);
  const verdict = weighYear(clues);
  const where = (c: YearClue): { evidence: string; line: number | null } =>
    c.where === 'title'
      ? { evidence: src.title.text, line: src.title.read ? src.title.line : null }
      : { evidence: src.sentenceAt(c.index), line: src.lineAt(c.index) };

  if (out.year === null && verdict.fixed) {
    const c = verdict.fixed;
    out.year = c.year;
    out.conflicts.push(...verdict.conflicts);
    const reason = verdict.conflicts.length ? `${c.reason}; conflict: ${verdict.conflicts.join('; ')}` : c.reason;
    notes.push({ field: 'year', how: 'inferred', ...where(c), reason });
  } else if (out.year !== null && verdict.after && verdict.after.year > out.year) {
    const msg = `dateline year ${out.year} is before ${verdict.after.match} (${verdict.after.year} or later); kept ${out.year}`;
    out.conflicts.push(msg);
    const yn = notes.find((n) => n.field === 'year')!;
    yn.reason = `${yn.reason}; conflict: ${msg}`;
  }
  // A wire dateline's day (`新华社北京12月31日电`) in the year the evidence fixed; or, under a
  // title greeting a year (said on its eve or its first day), the day's month tells which:
  // a December day is the eve (the year before), a January day the year greeted.
  const wire = out.date === null ? findWire(src) : null;
  const greeted = verdict.after?.greets;
  if (wire && out.year === null && greeted !== undefined && !verdict.fixed) {
    const month = Number(wire.m[1]);
    const year = month === 12 ? greeted - 1 : month === 1 ? greeted : null;
    if (year !== null) {
      out.year = year;
      notes.push({
        field: 'year',
        how: 'inferred',
        evidence: `${verdict.after!.match} / ${wire.m[0]}`,
        line: wire.line,
        reason: `the title greets ${greeted}, said on its eve or its first day; the wire dateline's ${month === 12 ? 'December day is the eve' : 'January day is the first days'}: ${year}`,
      });
    }
  }
  if (wire && out.date === null && out.year !== null) {
    const w = wire.m;
    const dt = new Date(Date.UTC(out.year, Number(w[1]) - 1, Number(w[2])));
    if (dt.getUTCDate() === Number(w[2])) {
      out.date = dt.toISOString().slice(0, 10);
      notes.push({
        field: 'date',
        how: 'inferred',
        evidence: wire.evidence,
        line: wire.line,
        reason: `the wire dateline's day (${w[0]}) in the year ${out.year} (see the year's note)`,
      });
    }
  }
  if (out.year === null && verdict.after) {
    const c = verdict.after;
    out.yearAfter = c.year;
    notes.push({ field: 'yearAfter', how: 'inferred', ...where(c), reason: c.reason });
  }
  return out;
}

/**
 * A year from a campaign that ran in one year only. Not used below the bound
 * (the campaign's span is then the weaker reading); returns why not.
 */
export function yearFromCampaign(sd: SpeechDate, campaignName: string, oneYear: number, evidence: string, line: number | null): void {
  if (sd.year !== null || sd.span) return;
  if (sd.yearAfter !== null && oneYear < sd.yearAfter) {
    const bn = sd.notes.find((n) => n.field === 'yearAfter')!;
    bn.reason = `${bn.reason}; ${campaignName} (${oneYear}) not taken as the year: before the bound`;
    return;
  }
  sd.year = oneYear;
  sd.notes.push({ field: 'year', how: 'inferred', evidence, line, reason: `${campaignName} ran in ${oneYear} only` });
  dropBound(sd);
}

/**
 * The page's publication date as the last resort: only when no year is known,
 * the dateline is not masked, and not before the bound. Marked `publication date`.
 */
export function yearFromPublication(sd: SpeechDate, pub: Published | undefined): void {
  if (sd.year !== null || sd.masked || sd.span || !pub) return;
  const published = pub.date;
  const y = Number(published.slice(0, 4));
  if (sd.yearAfter !== null && y < sd.yearAfter) {
    const bn = sd.notes.find((n) => n.field === 'yearAfter')!;
    bn.reason = `${bn.reason}; publication date ${published} is before the bound: not used`;
    sd.conflicts.push(`publication date ${published} before ${sd.yearAfter}`);
    return;
  }
  sd.year = y;
  const bound = sd.yearAfter;
  sd.notes.push({
    field: 'year',
    how: 'inferred',
    evidence: pub.evidence,
    line: pub.line,
    reason:
      bound !== null
        ? `publication date (${published}); ${bound === y ? `with the bound ${bound} or later, this fixes ${y}` : `not before the bound ${bound}`}`
        : `publication date (${published})`,
  });
  dropBound(sd);
}

/** Once the year is known the bound says nothing more: its note is kept with the year's, the field cleared. */
function dropBound(sd: SpeechDate): void {
  if (sd.yearAfter === null) return;
  const bn = sd.notes.find((n) => n.field === 'yearAfter');
  const yn = [...sd.notes].reverse().find((n) => n.field === 'year');
  if (bn && yn) yn.reason = `${yn.reason}; consistent with ${bn.evidence.slice(0, 40)} (${sd.yearAfter} or later)`;
  sd.notes.splice(sd.notes.indexOf(bn!), 1);
  sd.yearAfter = null;
}
