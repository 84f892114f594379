/**
 * The header: title (and subtitle), the speaker's byline and the dateline
 * that copies print above the speech. They become metadata (and
 * `Speech.header`) rather than paragraphs, so the page does not print the
 * title twice.
 *
 * The header is looked for wherever it stands before the body (the first
 * sentence-like paragraph or salutation), not only in the first lines: on a
 * copied page it follows the site's navigation. Steps:
 *   1. splitGluedHead: a head glued onto one line (`新华社北京1月20日电在…
 *      上的讲话（2023年1月20日）习近平`) is cut into dispatch, title,
 *      dateline and byline;
 *   2. pickTitle: the most title-shaped line before the body (title-shape.ts),
 *      the page's own `<title>` as evidence; the nearest to the body on a tie;
 *   3. joinBrokenTitle: a title broken over two lines is joined (`在全市第二批
 *      主题教育` / `工作推进会上的讲话`), never a site line onto a complete title;
 *   4. readAfterTitle: subtitle, byline (byline.ts) and dateline lines after it.
 * Repairs: a joined title, a title printed twice, a spaced-out name collapsed.
 */
import { titleTailBelow } from './title-tail.ts';
import { NAME_LINE, ROLE_WORD, nameShaped, readByline, readBylineAndDate, readSourceLine } from './byline.ts';
import { isDateline } from './dates.ts';
import { readSpeechLead } from './news-lead.ts';
import { DOC_NAME_END } from './self-title.ts';
import { titleFieldLabel } from './form-title.ts';
import { letterHead } from './letter-head.ts';
import { findToc } from './toc.ts';
import { isSentenceLike, len } from './line-features.ts';
import { collapseNameSpaces } from './normalise.ts';
import {
  KICKER_VERB,
  REPORT_HEADLINE,
  SALUTATION,
  SUBTITLE,
  TITLE_END,
  bracketedNote,
  brokenTitle,
  chromeShaped,
  completeTitle,
  headlineDeck,
  pickTitleIndex,
  titleFirstPart,
  titleLike,
  titleScore,
} from './title-shape.ts';
import type { HeaderLine, Removal, Repair } from './types.ts';
import type { Traced } from './traced.ts';
import { concat, lineAt, slice, traced, trim } from './traced.ts';

export { SALUTATION } from './title-shape.ts';

export interface Header {
  lines: HeaderLine[];
  title: { text: string; line: number; evidence: string } | null;
  subtitle: { text: string; line: number } | null;
  speaker: { name: string; line: number; evidence: string } | null;
  dateline: { text: string; line: number } | null;
  /** A news agency's dispatch line (`新华社北京1月20日电`): who published the text. */
  dispatch: { text: string; line: number } | null;
  /** A news lead printed above the title block, removed from the body (evidence for the day). */
  lead: { text: string; line: number } | null;
  /** A source line between the title and the body (`《习近平谈治国理政》第三卷`), removed: evidence for the speaker. */
  source: { text: string; line: number } | null;
  body: Traced[];
  removed: Removal[];
  repairs: Repair[];
}

/** How far into the text the header may stand (pieces). */
const HEAD_LIMIT = 200;
/** A wire dateline: the agency, the place (a city, or a country and a city: `马来西亚布特拉加亚`), the day, 电. */
const DISPATCH = /^(?:新华社|中新社|人民网|央视网|本报)\p{Script=Han}{0,14}?\d{1,2}月\d{1,2}日电/u;
/** A title ended by a mark (`※`, `★`, `◆`) with text glued after it. */
const MARKED_HEAD = /^([^※★◆●■]{8,80}?)\s*[※★◆●■]\s*/u;
const GLUED_DATE = /[（(]\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年[^（）()]{1,30}?[）)]/u;

/** Index of the first body piece: a sentence-like paragraph or a salutation. */
function bodyStart(pieces: readonly Traced[]): number {
  for (let i = 0; i < pieces.length && i < HEAD_LIMIT; i++) {
    const t = pieces[i]!.text;
    if (SALUTATION.test(t) || (isSentenceLike(t) && !isDateline(t) && !titleLike(t))) return i;
  }
  return Math.min(pieces.length, HEAD_LIMIT);
}

/**
 * Cuts a head glued onto one piece: [dispatch][title][（date）][byline][text].
 * Only where a title-shaped text ends right before a parenthesised date.
 */
export function splitGluedHead(
  p: Traced,
  doc: string,
  /** The piece is the body's first or stands above it (only there a title glued to a name and the text is looked for). */
  top = true,
): { dispatch: Traced | null; parts: Traced[]; mark?: Traced } {
  let rest = p;
  let dispatch: Traced | null = null;
  const d = DISPATCH.exec(rest.text);
  if (d) {
    dispatch = slice(rest, 0, d[0].length);
    rest = trim(slice(rest, d[0].length));
  }
  const m = GLUED_DATE.exec(rest.text);
  // `标题※习近平今年7月1日，…`: a title, a mark, and the author's name glued to the first sentence.
  const marked = m ? null : MARKED_HEAD.exec(rest.text);
  if (marked && titleLike(marked[1]!.trim()) && len(marked[1]!.trim()) >= 8) {
    const after = trim(slice(rest, marked[0].length));
    const name = [3, 2]
      .map((n) => [...after.text].slice(0, n).join(''))
      .find((n) => /^\p{Script=Han}+$/u.test(n) && doc.split(n).length - 1 >= 2);
    if (name) {
      const mark = trim(slice(rest, marked[1]!.length, marked[0].length));
      return {
        dispatch,
        mark,
        parts: [trim(slice(rest, 0, marked[1]!.length)), slice(after, 0, name.length), trim(slice(after, name.length))],
      };
    }
  }
  if (!m) {
    // `标题——在…上的讲话`: title and subtitle glued.
    const dash = /[—－]{2}/u.exec(rest.text);
    if (
      dash &&
      dash.index > 0 &&
      titleLike(rest.text.slice(0, dash.index)) &&
      completeTitle(rest.text.slice(dash.index + dash[0].length))
    ) {
      const head = trim(slice(rest, 0, dash.index));
      const sub = slice(rest, dash.index);
      // `——在…上的讲话中华人民共和国主席　习近平尊敬的…`: no dateline, the byline and the text glued on.
      const cut = subtitleThenByline(sub.text);
      if (cut)
        return {
          dispatch,
          parts: [head, trim(slice(sub, 0, cut.end)), trim(slice(sub, cut.end, cut.end + cut.at)), trim(slice(sub, cut.end + cut.at))],
        };
      if (titleLike(rest.text)) return { dispatch, parts: [head, sub] };
    }
    // `标题习近平2018年1月，我在…`: the title, the author's name and the text glued, nothing between;
    // `关于《…》的说明习近平同志们：`: the same with the salutation (a one-line copy cut at its indents).
    const glued = top ? (titleNameText(rest.text, doc) ?? titleNameSalutation(rest.text)) : null;
    if (glued)
      return {
        dispatch,
        parts: [trim(slice(rest, 0, glued.name)), slice(rest, glued.name, glued.text), trim(slice(rest, glued.text))],
      };
    return { dispatch, parts: d ? [rest] : [p] };
  }
  const title = rest.text.slice(0, m.index).trim();
  if (!title || !titleLike(title) || titleScore(title) < 4) return { dispatch, parts: d ? [rest] : [p] };
  // `标题 龚夏梅（…）`, `标题 中共某市委书记 张三（…）`: a byline between the title and the date.
  const by = bylineAfterTitle(title);
  const parts: Traced[] = by < 0 ? [trim(slice(rest, 0, m.index))] : [trim(slice(rest, 0, by)), trim(slice(rest, by, m.index))];
  parts.push(slice(rest, m.index, m.index + m[0].length));
  let after = trim(slice(rest, m.index + m[0].length));
  if (after.text) {
    const by = readByline(after.text);
    // A name glued to the first sentence: taken only when the same name recurs in the text.
    const name = by
      ? undefined
      : [3, 2, 4]
          .map((n) => [...after.text].slice(0, n).join(''))
          .find((n) => /^\p{Script=Han}+$/u.test(n) && doc.split(n).length - 1 >= 2);
    // A byline glued to the salutation: cut before the salutation where that guess would take
    // other characters (`中华人民共和国主席　习近平尊敬的…` is not `中华人`) or where the salutation
    // has a wording of its own (`习近平各位院士，同志们、朋友们：`). Before a common salutation
    // with no other reading, readAfterTitle cuts it (bylineBeforeSalutation) as before.
    const before = by ? null : bylineBeforeSalutation(after.text, true);
    const cut = before && (name ? name !== before.by.name : !SALUTATION.test(after.text.slice(before.at))) ? before : null;
    if (by) parts.push(after);
    else if (cut) parts.push(trim(slice(after, 0, cut.at)), trim(slice(after, cut.at)));
    else {
      if (name) {
        parts.push(slice(after, 0, name.length));
        after = trim(slice(after, name.length));
      }
      if (after.text) parts.push(after);
    }
  }
  return { dispatch, parts };
}

/** How a speech's or an article's text opens: a date, or a word of time or address (`今天，`, `同志们：`). */
const TEXT_OPENING =
  /^(?:\d{1,4}[年月日]|[一二][〇○零]|今天|今年|去年|当前|目前|近年来|这次|这是|刚才|同志们|同胞们|各位|女士们|朋友们|首先|大家好)/u;

/**
 * A title, the author's name and the text glued on one piece with nothing between
 * (`构建…有力保障习近平2018年1月，我在…`): where the name and the text start, or null.
 * The text starts at the first place, past a title's worth of characters, where a text's
 * opening (TEXT_OPENING) begins a sentence (its first clause short, a full stop soon after);
 * the 2–3 characters before it are a name (a family name first, byline.ts), the three
 * preferred and either taken only when it recurs in the text or no other reading is name-shaped;
 * what stands before is a title (title-shape.ts) without the name in it.
 */
/** Whether `part` occurs at least twice in `text`, apart. */
const recurs = (text: string, part: string): boolean => {
  const first = text.indexOf(part);
  return first >= 0 && text.indexOf(part, first + part.length) >= 0;
};

function titleNameText(t: string, doc: string): { name: number; text: number } | null {
  if (len(t) < 60) return null;
  // Only the head is read (a title's worth, then 300 characters of text): a long line is not copied whole at each place.
  const chars = [...t.slice(0, 800)];
  for (let e = 10; e < Math.min(chars.length, 90); e++) {
    const rest = chars.slice(e).join('');
    if (!TEXT_OPENING.test(rest)) continue;
    const clause = /^[^，。：；！？,:;!?]*/u.exec(rest)![0];
    if (len(clause) > 12 || !/[。！？]/u.test(rest.slice(0, 300))) continue;
    const names = [3, 2]
      .map((n) => chars.slice(e - n, e).join(''))
      .filter((n) => nameShaped(n))
      .sort((a, b) => Number(recurs(doc, b)) - Number(recurs(doc, a)));
    const name = names[0];
    if (!name) continue;
    const head = chars
      .slice(0, e - len(name))
      .join('')
      .trim();
    if (len(head) < 8 || head.includes(name) || titleScore(head) < 2) continue;
    const at = head.length + (t.length - t.trimStart().length);
    const nameAt = t.indexOf(name, at);
    return { name: nameAt, text: nameAt + name.length };
  }
  return null;
}

/** Where a salutation of the common wording may start inside a glued head. */
const SALUTATION_START = /尊敬的|同志们|各位代表|各位委员|各位来宾|各位同事|女士们|朋友们|亲爱的/gu;

/**
 * A title, the author's name and the salutation glued with nothing between
 * (`关于《…》的说明习近平同志们：`): where the name and the salutation start, or null.
 * The salutation starts where one of the common wording (title-shape.ts SALUTATION) does;
 * the 2–3 characters before it are a name (byline.ts nameShaped, the three preferred); what
 * stands before the name is a whole title: it ends in a title word, is `关于…的说明/报告`, or
 * is `在…上的讲话`, and does not hold the name.
 */
function titleNameSalutation(t: string): { name: number; text: number } | null {
  const head = t.slice(0, 200);
  for (const m of head.matchAll(SALUTATION_START)) {
    for (const n of [3, 2]) {
      const name = [...head.slice(0, m.index)].slice(-n).join('');
      if (len(name) !== n || !nameShaped(name)) continue;
      const title = head.slice(0, m.index - name.length).trim();
      const whole = TITLE_END.test(title) || /^关于.{4,}的(?:说明|报告)$/u.test(title) || completeTitle(title);
      if (len(title) >= 8 && titleLike(title) && whole && !title.includes(name)) return { name: m.index - name.length, text: m.index };
    }
  }
  return null;
}

/**
 * Where a byline glued after a title on one line starts (`在…上的讲话 龚夏梅`,
 * `在…上的讲话 中共某市委书记 张三`), or -1: at a space, with a whole title
 * (ending in a title word) before it and a byline (byline.ts) after it.
 */
function bylineAfterTitle(t: string): number {
  for (const sp of t.matchAll(/[ \u3000\u00A0]+/gu)) {
    const head = t.slice(0, sp.index).trim();
    const tail = t.slice(sp.index).trim();
    const by = readByline(tail);
    if (TITLE_END.test(head) && titleScore(head) >= 4 && by && !by.subtitle && !TITLE_END.test(tail)) return sp.index;
  }
  return -1;
}

/** The title piece: the most title-shaped before the body; the nearest to the body on a tie. */
function pickTitle(pieces: readonly Traced[], end: number, pageTitle?: string): number {
  const texts = pieces.map((p) => p.text);
  let best = pickTitleIndex(texts, end, pageTitle, (t) => readByline(t) !== null && !TITLE_END.test(t));
  // A news lead before the title (`11月21日晚，国家主席…`): a strong title block
  // (title words and a meeting, or a subtitle) within a few pieces after it.
  if (best < 0 && end < pieces.length) {
    const late = pickTitleIndex(texts, Math.min(pieces.length, end + 4), pageTitle, (t) => readByline(t) !== null && !TITLE_END.test(t));
    const following = texts[late + 1] ?? '';
    if (late >= end && (titleScore(texts[late]!, pageTitle) >= 7 || SUBTITLE.test(following))) best = late;
  }
  // Sentences of a banner or a cover notice before the title: a title block with its dateline
  // or byline under it, a few pieces on, is still the header (over a weak title-shaped line above).
  if (best < 0 || titleScore(texts[best]!, pageTitle) < 4) {
    for (let j = end; j < pieces.length && j <= end + 6; j++) {
      const t = texts[j]!;
      const next = texts[j + 1] ?? '';
      if (titleScore(t, pageTitle) >= 4 && (isDateline(next) || (readByline(next) !== null && !chromeShaped(next)))) {
        best = j;
        break;
      }
    }
  }
  // A cover notice (`关于印发…在…上的讲话的通知`): the speech's own title block further on, when
  // the notice names it and a byline or dateline heads it, is the title.
  const cover = best >= 0 ? /^关于(?:印发|转发)(.{6,}?)的通知$/u.exec(texts[best]!.trim()) : null;
  if (cover) {
    for (let j = best + 1; j < pieces.length && j <= best + 12; j++) {
      const t = texts[j]!.trim();
      const next = texts[j + 1] ?? '';
      const headed = isDateline(next) || (readByline(next) !== null && !chromeShaped(next));
      if (titleScore(t, pageTitle) >= 4 && headed && bareTitle(cover[1]!).endsWith(bareTitle(t))) {
        best = j;
        break;
      }
    }
  }
  // A headline copying the `——` subtitle of a title block below it (`张明在…上的讲话（全文）` over
  // `携手共进` / `——在…上的讲话`): the block that heads the speech is the title, the headline a copy.
  // Only over chrome between them: a news lead between is titleBelowLead's.
  if (best >= 0) {
    for (let j = best + 1; j < pieces.length && j <= end + 1 && !isSentenceLike(texts[j - 1]!); j++) {
      if (SUBTITLE.test(texts[j + 1] ?? '') && !SUBTITLE.test(texts[j]!) && titleLike(texts[j]!) && copyOfBlock(texts[best]!, pieces, j)) {
        best = j;
        break;
      }
    }
  }
  // No title-shaped piece: a short first piece that ends like a title (`讲话`, `致辞`).
  if (best < 0 && end > 0 && titleLike(pieces[0]!.text) && TITLE_END.test(pieces[0]!.text) && !chromeShaped(pieces[0]!.text)) best = 0;
  return best;
}

/** How many pieces below a title nothing heads a full title block may stand. */
const FULL_BLOCK_REACH = 16;

/** A full title block at `j`: a title line, a `——` subtitle under it, then a dateline or a byline. */
function fullTitleBlock(texts: readonly string[], j: number): boolean {
  const [t, sub, third] = [texts[j] ?? '', texts[j + 1] ?? '', texts[j + 2] ?? ''];
  if (!titleLike(t) || SUBTITLE.test(t) || len(t) < 4 || chromeShaped(t) || !SUBTITLE.test(sub)) return false;
  return isDateline(third) || (readByline(third) !== null && !chromeShaped(third));
}

/** A title's words: no spaces or colons, no `（全文）` a news site adds. */
const bareTitle = (t: string): string => t.replace(/[\s：:]+/g, '').replace(/[（(]全文[）)]$/u, '');
/**
 * `a` is a copy of title `b`: the same words, maybe with the speaker before them (`习近平：…`);
 * of a report headline, maybe without its kicker verb (`…全会上发表重要讲话` of `…讲话强调`).
 */
function sameTitle(a: string, b: string): boolean {
  const x = bareTitle(a);
  const same = (y: string): boolean => len(y) >= 6 && x.endsWith(y) && len(x) - len(y) <= 8;
  const y = bareTitle(b);
  return same(y) || (REPORT_HEADLINE.test(b.trim()) && KICKER_VERB.test(y) && same(y.replace(KICKER_VERB, '')));
}

/**
 * `a` is a copy of the title block at `j`: of its title, of its `——` subtitle (a headline naming
 * the occasion: `习近平：在…上的讲话（全文）`), or of a report headline's deck (`习近平：<deck>`).
 */
function copyOfBlock(a: string, pieces: readonly Traced[], j: number): boolean {
  const next = pieces[j + 1]?.text ?? '';
  if (sameTitle(a, pieces[j]!.text) || (SUBTITLE.test(next) && sameTitle(a, next.replace(/^[—－–-]+/u, '')))) return true;
  // The deck's first lines (a page title may give only the first of them).
  const deck =
    headlineDeck(
      pieces.slice(j, j + 5).map((p) => p.text),
      0,
    )?.deck ?? [];
  let words = '';
  return deck.some((k) => sameTitle(a, (words += pieces[j + k]!.text.trim())));
}

/** A column's name: two to four Chinese characters alone on a line, maybe spaced out (`特　稿`). */
const COLUMN_LABEL = /^\p{Script=Han}(?:[ \u3000]*\p{Script=Han}){1,3}$/u;

/** A line written in Latin script: no Chinese character, mostly letters (an English headline or translation). */
const latinLine = (t: string): boolean =>
  !/\p{Script=Han}/u.test(t) && (t.match(/\p{Script=Latin}/gu)?.length ?? 0) >= Math.max(6, len(t.trim()) / 2);

/**
 * A bilingual page's head: lines in Latin script before the first Chinese paragraph (an English
 * headline above the Chinese one, an English line after each line of the title block) are the
 * page's translation, not the speech's title, subtitle, dateline or byline: taken out and
 * reported (`latin-line`), so that the Chinese title block is read as printed. Only when Chinese
 * lines stand among them and a Chinese paragraph follows (the text is Chinese).
 */
function dropLatinHead(input: readonly Traced[], removed: Removal[]): readonly Traced[] {
  const chinese = (t: string): boolean => /\p{Script=Han}/u.test(t);
  const first = input.findIndex(
    (p, i) =>
      i < HEAD_LIMIT &&
      chinese(p.text) &&
      (SALUTATION.test(p.text) || (isSentenceLike(p.text) && !isDateline(p.text) && !titleLike(p.text))),
  );
  if (first <= 0) return input;
  const latin = input.slice(0, first).filter((p) => latinLine(p.text));
  if (!latin.length || !input.slice(0, first).some((p) => chinese(p.text))) return input;
  for (const p of latin) removed.push({ reason: 'latin-line', text: p.text, line: lineAt(p, 0) });
  return input.filter((p) => !latin.includes(p));
}

/**
 * The first part of a two-part title over a subtitle (title-shape.ts titleFirstPart), when it
 * stands on a line of its own right above the title: not the end of a longer line cut apart
 * (`…教务处编　　2023年11月20日印`), with no line removed as chrome between it and the title (a site's
 * name above its menu and breadcrumb is no part of the article's title); -1 when none.
 */
function firstPartAbove(pieces: readonly Traced[], ti: number, removedLines: ReadonlySet<number>): number {
  const j = titleFirstPart(
    pieces.map((p) => p.text),
    ti,
  );
  if (j < 0) return -1;
  const part = pieces[j]!;
  const above = pieces[j - 1];
  const from = lineAt(part, part.text.length - 1);
  const to = lineAt(pieces[ti]!, 0);
  if (above && lineAt(above, above.text.length - 1) === lineAt(part, 0)) return -1;
  for (const l of removedLines) if (l > from && l < to) return -1;
  return j;
}

/** Most lead paragraphs a page prints between its title copy and the title block. */
const MAX_LEAD = 5;

/**
 * A page that prints its title, then a news lead (`4月13日，…发表重要讲话。`),
 * then the title block that heads the speech (the title again, with a
 * dateline, byline or subtitle under it): the index of that second title, or
 * -1. The lead is the page's, not the speaker's: the second copy of the title
 * heads the speech. Only when the first title (`ti`) is a copy of the second.
 */
function titleBelowLead(pieces: readonly Traced[], ti: number, end: number): number {
  if (end <= ti) return -1;
  for (let j = end; j < pieces.length && j <= end + MAX_LEAD; j++) {
    const t = pieces[j]!.text;
    const leads = pieces.slice(ti + 1, j);
    const next = pieces[j + 1]?.text ?? '';
    // A slogan title over a `——` subtitle is a title block too (its title words are in the subtitle).
    const slogan = SUBTITLE.test(next) && titleLike(t) && !isSentenceLike(t) && titleScore(t) >= 1;
    // A title without title words (`关于…的说明`) the page's headline above copies is a title too.
    const copied = titleLike(t) && !isSentenceLike(t) && sameTitle(pieces[ti]!.text, t);
    if (!slogan && !copied && (!titleLike(t) || titleScore(t) < 4)) {
      if (!isSentenceLike(t) || len(t) > 400) return -1;
      continue;
    }
    const headed = isDateline(next) || SUBTITLE.test(next) || readByline(next) !== null;
    if (!headed || !copyOfBlock(pieces[ti]!.text, pieces, j)) return -1;
    return leads.every((p) => isSentenceLike(p.text) || sameTitle(p.text, t)) ? j : -1;
  }
  return -1;
}

/**
 * Reads the header from the paragraphs; the rest is the body. `pageTitle`: the file's own title, as evidence.
 * `leadAbove`: a news lead the chrome step already took out from above a headed title block
 * (chrome.ts, `lead-above-title`): the header's lead (evidence for the day) when the header
 * itself finds none.
 */
export function readHeader(
  input: readonly Traced[],
  pageTitle?: string,
  /** Raw lines the chrome step removed as the page's navigation (menus, breadcrumbs): a line above them is no title. */
  navLines: ReadonlySet<number> = new Set(),
  leadAbove?: { text: string; line: number },
  /** Raw lines the earlier steps removed (any reason): a line with one of them between it and the title is no part of it. */
  removedLines: ReadonlySet<number> = navLines,
): Header {
  const h = readHeaderPieces(input, pageTitle, navLines, removedLines);
  if (!h.lead && leadAbove) h.lead = { text: leadAbove.text, line: leadAbove.line };
  return h;
}

function readHeaderPieces(
  inputPieces: readonly Traced[],
  pageTitle: string | undefined,
  navLines: ReadonlySet<number>,
  removedLines: ReadonlySet<number>,
): Header {
  // Removals of pieces taken out of the text here (copies, blurbs, leads): reported even when the rest stays in place.
  const splicedOut: Removal[] = [];
  const h: Header = {
    lines: [],
    title: null,
    subtitle: null,
    speaker: null,
    dateline: null,
    dispatch: null,
    lead: null,
    source: null,
    body: [],
    removed: [],
    repairs: [],
  };
  const doc = inputPieces.map((p) => p.text).join('\n');
  const input = dropLatinHead(inputPieces, h.removed);

  // A letter headed only by its genre (`回信`, `贺信`, alone or glued to the salutation): the word is
  // the title as printed (metadata.ts builds the editor's title from it), the letter the body.
  const genreAt = input[0] ? letterHead(input[0].text, input[1]?.text) : 0;
  if (genreAt) {
    const p = input[0]!;
    const head = trim(slice(p, 0, genreAt));
    const rest = trim(slice(p, genreAt));
    const line = lineAt(head, 0);
    h.title = { text: head.text, line, evidence: head.text };
    h.lines.push({ role: 'title', text: head.text, line });
    if (rest.text)
      h.repairs.push({ kind: 'split-head', detail: `${p.text.slice(0, 60)} → ${head.text} ⏎ ${rest.text.slice(0, 30)}`, line });
    h.body = [...(rest.text ? [rest] : []), ...input.slice(1)];
    return h;
  }

  // 1. Glued heads among the first pieces.
  const pieces: Traced[] = [];
  const firstBody = bodyStart(input);
  input.forEach((p, i) => {
    if (i > firstBody + 4) {
      pieces.push(p);
      return;
    }
    const g = splitGluedHead(p, doc, i <= firstBody);
    if (g.dispatch && !h.dispatch) {
      h.dispatch = { text: g.dispatch.text, line: lineAt(g.dispatch, 0) };
      h.removed.push({ reason: 'dispatch', text: g.dispatch.text, line: lineAt(g.dispatch, 0) });
    }
    if (g.mark) {
      // Out of the pieces whatever the header makes of them: reported in every case.
      const r = { reason: 'title-mark', text: g.mark.text, line: lineAt(g.mark, 0) };
      h.removed.push(r);
      splicedOut.push(r);
    }
    if (g.parts.length > 1)
      h.repairs.push({
        kind: 'split-head',
        detail: `${p.text.slice(0, 60)} → ${g.parts.map((x) => x.text.slice(0, 30)).join(' ⏎ ')}`,
        line: lineAt(p, 0),
      });
    pieces.push(...g.parts.filter((x) => x.text));
  });

  // A table of contents before the text (toc.ts): taken out and reported, so that neither
  // its head (目录) nor its entries (the text's headings again) are read as title or byline.
  const toc = findToc(
    pieces.map((p) => p.text),
    Math.min(bodyStart(pieces) + 1, HEAD_LIMIT),
  );
  if (toc) {
    for (const p of pieces.slice(toc.head, toc.end)) {
      const r = { reason: 'table-of-contents', text: p.text, line: lineAt(p, 0) };
      h.removed.push(r);
      splicedOut.push(r);
    }
    pieces.splice(toc.head, toc.end - toc.head);
  }
  let end = bodyStart(pieces);
  let ti = pickTitle(pieces, end, pageTitle);
  // A masthead: a weak title-shaped line (no title words) with the page's navigation (a menu,
  // a breadcrumb) below it and before the body is the site's name or slogan: an article's
  // title stands under the page's navigation, not above it.
  if (ti >= 0 && navLines.size && titleScore(pieces[ti]!.text, pageTitle) < 4) {
    const at = lineAt(pieces[ti]!, 0);
    const bodyLine = pieces[end] ? lineAt(pieces[end]!, 0) : Infinity;
    if ([...navLines].some((l) => l > at && l < bodyLine)) {
      const r = { reason: 'masthead', text: pieces[ti]!.text, line: at };
      h.removed.push(r);
      splicedOut.push(r);
      pieces.splice(ti, 1);
      end = bodyStart(pieces);
      ti = pickTitle(pieces, end, pageTitle);
      if (ti >= 0 && lineAt(pieces[ti]!, 0) < at) ti = -1;
    }
  }
  // A news lead between a copy of the title and the title block that heads the speech.
  const late = ti >= 0 ? titleBelowLead(pieces, ti, end) : -1;
  if (late > ti) {
    for (const p of pieces.slice(ti, late)) {
      const copy = copyOfBlock(p.text, pieces, late);
      const r = { reason: copy ? 'duplicate-title' : 'lead-above-title', text: p.text, line: lineAt(p, 0) };
      h.removed.push(r);
      splicedOut.push(r);
      if (!copy) h.lead ??= { text: p.text, line: lineAt(p, 0) };
    }
    pieces.splice(ti, late - ti);
    end = bodyStart(pieces);
  }
  // A title nothing heads (no subtitle, dateline or byline under it: a 公文's document number, a
  // headline copy `【…】…（附全文）`) over a full title block further on (title, `——` subtitle, then a
  // dateline or a byline): the block is the speech's head; what stands above it is the page's. (Not
  // under a speech's own title naming its occasion, `张明：在…上的讲话（全文）`: that names the speech.)
  if (ti >= 0 && !SUBTITLE.test(pieces[ti + 1]?.text ?? '') && !headerFollows(pieces, ti) && !completeTitle(bareTitle(pieces[ti]!.text))) {
    const texts = pieces.map((p) => p.text);
    for (let j = ti + 1; j < pieces.length && j <= ti + FULL_BLOCK_REACH; j++) {
      if (fullTitleBlock(texts, j)) {
        ti = j;
        break;
      }
    }
  }
  // News leads above the title that open with the day and name the title's meeting (the page copy above them removed as chrome).
  const meeting =
    ti > 0 && ti <= MAX_LEAD
      ? /在(.{4,60}?)(?:上|时)的?(?:主持|总结|动员|重要|主旨)?(?:讲话|致辞|发言|演讲|报告)$/u.exec(pieces[ti]!.text)?.[1]
      : undefined;
  if (
    meeting &&
    pieces.slice(0, ti).every((p) => isSentenceLike(p.text) && len(p.text) <= 300 && /^(?:\d{1,2}月)?\d{1,2}日/u.test(p.text)) &&
    pieces.slice(0, ti).some((p) => p.text.includes(meeting)) &&
    headerFollows(pieces, ti)
  ) {
    for (const p of pieces.slice(0, ti)) {
      const r = { reason: 'lead-above-title', text: p.text, line: lineAt(p, 0) };
      h.removed.push(r);
      splicedOut.push(r);
      h.lead ??= { text: p.text, line: lineAt(p, 0) };
    }
    pieces.splice(0, ti);
    ti = 0;
    end = bodyStart(pieces);
  }
  /** Removes, bottom up, the pieces above the title that `isSites` finds to be the site's, reporting each as `reason`. */
  /** Takes piece k (above the title) out of the text, reported with `reason`. */
  const takeOutAbove = (k: number, reason: string) => {
    const p = pieces[k]!;
    const r = { reason, text: p.text, line: lineAt(p, 0) };
    h.removed.push(r);
    splicedOut.push(r);
    pieces.splice(k, 1);
    ti--;
    end = bodyStart(pieces);
  };
  const dropAboveTitle = (reason: string, isSites: (p: Traced) => boolean) => {
    for (let k = ti - 1; k >= 0; k--) if (isSites(pieces[k]!)) takeOutAbove(k, reason);
  };
  // Copies of the title block above it (a page's <title> line, a headline naming the occasion of its `——` subtitle): the site's.
  if (ti > 0) dropAboveTitle('duplicate-title', (p) => p.text.trim() === pieces[ti]!.text.trim() || copyOfBlock(p.text, pieces, ti));
  // A site's blurb above the title that quotes it (`本文是…为您整理的《title》，…`): the site's, not the speech.
  if (ti > 0) {
    const quoted = `《${bareTitle(pieces[ti]!.text)}》`;
    dropAboveTitle('title-blurb', (p) => len(p.text) <= 150 && bareTitle(p.text).includes(quoted));
  }
  // A short line above the page's navigation (a menu, a breadcrumb) that stands above the title:
  // the site's name or a copy of the page's title (an article's title and its parts stand under
  // the navigation). Any navigation line between it and the title will do: an archived page's
  // own masthead and menu stand under the archive's toolbar (itself navigation). A Latin word
  // counts as one character (a bilingual site name, `…中心　International Student Center`).
  if (ti > 0 && navLines.size) {
    const at = lineAt(pieces[ti]!, 0);
    const navBelow = (p: Traced): boolean => {
      const end = lineAt(p, p.text.length - 1);
      for (const l of navLines) if (l > end && l < at) return true;
      return false;
    };
    dropAboveTitle('masthead', (p) => !isSentenceLike(p.text) && len(p.text.replace(/\p{Script=Latin}+/gu, 'a')) <= 40 && navBelow(p));
  }
  // A column's name right above a title that its byline or dateline heads (`特　稿`, `要闻`, `本刊专稿`):
  // the page's label for the article, not text of it. (Not a title's own words broken off:
  // `…标准体系` / `建设指南` ends like a title or a document's name.)
  const columnAbove = (t: string): boolean => COLUMN_LABEL.test(t) && !TITLE_END.test(t) && !DOC_NAME_END.test(t);
  while (ti > 0 && columnAbove(pieces[ti - 1]!.text.trim()) && len(pieces[ti]!.text) >= 8 && headerFollows(pieces, ti, 1)) {
    takeOutAbove(ti - 1, 'column-label');
  }
  // A note in brackets right above a title block that a subtitle, dateline or byline heads (`（本节目文稿由
  // 主播整理，仅供学习交流）`, `学习参考资料之七（内部学习，注意保存）`): the copy's remark on itself, not the title's.
  const headed = (i: number): boolean => headerFollows(pieces, i) || SUBTITLE.test(pieces[i + 1]?.text ?? '');
  while (ti > 0 && bracketedNote(pieces[ti - 1]!.text) && len(pieces[ti - 1]!.text) <= 40 && headed(ti)) {
    takeOutAbove(ti - 1, 'title-note');
  }
  // Text kept above the title (the chrome step found it not to be a site's): the
  // title must then be unmistakable, and its header lines stay in the text, so
  // that nothing is shown out of order.
  // (The first part of a two-part title over a subtitle is the title's, not text above it.)
  const topPart = ti > 0 ? firstPartAbove(pieces, ti, removedLines) : -1;
  const keepInText = (topPart >= 0 ? topPart : ti) > 0;
  const withSubtitle = SUBTITLE.test(pieces[ti + 1]?.text ?? '');
  // A byline or dateline right under the title, and the body's first piece under that, heads it too
  // (`关于《…》的说明` / `张明` / `同志们：` under a reading copy's cue lines).
  // (Not a document's division heading over its first article: `第一章　总则` / `第一条`.)
  const division = /^第[一二三四五六七八九十百零〇\d]+[编章节条部]/u;
  const headedBlock =
    ti >= 0 &&
    headerFollows(pieces, ti, 1) &&
    ti + 2 >= end &&
    end < pieces.length &&
    !division.test(pieces[ti]!.text.trim()) &&
    !division.test(pieces[ti + 1]!.text.trim());
  if (keepInText && titleScore(pieces[ti]!.text, pageTitle) < 4 && !withSubtitle && !headedBlock) ti = -1;
  if (ti < 0) {
    h.body = pieces.slice(readAfterTitle(h, pieces, 0, end));
    // No title: a news lead that introduces the speech after it (news-lead.ts) is the page's,
    // not the speaker's: out of the body, kept as the lead (evidence for title, speaker, day).
    const first = h.body[0];
    if (first && !h.lead && readSpeechLead(first.text, h.body[1]?.text ?? '')) {
      const r = { reason: 'lead-above-text', text: first.text, line: lineAt(first, 0) };
      h.removed.push(r);
      h.lead = { text: first.text, line: r.line };
      h.body.shift();
    }
    return h;
  }

  // 3. A broken title: join with the piece before or after.
  let text = pieces[ti]!.text;
  let evidence = text;
  let first = ti;
  const prev = pieces[ti - 1];
  const next = pieces[ti + 1];
  if (prev && firstPartAbove(pieces, ti, removedLines) === ti - 1) {
    // A two-part title above a subtitle: the parts joined with a space, as printed side by side.
    h.repairs.push({ kind: 'join-title', detail: `${prev.text} ⏎ ${text} → ${prev.text} ${text}`, line: lineAt(prev, 0) });
    evidence = `${prev.text}\n${text}`;
    text = `${prev.text} ${text}`;
    first = ti - 1;
  } else if (prev && ti - 1 < end && brokenTitle(prev.text, text) && completeTitle(prev.text + text)) {
    h.repairs.push({ kind: 'join-title', detail: `${prev.text} ⏎ ${text} → ${prev.text}${text}`, line: lineAt(prev, 0) });
    evidence = `${prev.text}\n${text}`;
    text = prev.text + text;
    first = ti - 1;
  } else if (next && ti + 1 <= end && brokenTitle(text, next.text)) {
    h.repairs.push({ kind: 'join-title', detail: `${text} ⏎ ${next.text} → ${text}${next.text}`, line: lineAt(pieces[ti]!, 0) });
    evidence = `${text}\n${next.text}`;
    text += next.text;
    ti++;
  }
  const line = lineAt(pieces[first]!, 0);
  // A social post's topic tag and headline brackets around the title (`#话题#【title】`): the post's, not the title.
  const wrapped = /^(#[^#\s]{1,30}#)\s*【([^【】]{4,100})】$/u.exec(text);
  if (wrapped) {
    h.removed.push({ reason: 'topic-tag', text: wrapped[1]!, line });
    text = wrapped[2]!;
  }
  // A form's title field picked as the title line (`*标题：在…上的讲话`): the label is the form's, not the title's.
  const label = titleFieldLabel(text);
  if (label) {
    h.removed.push({ reason: 'field-label', text: text.slice(0, label).trim(), line });
    text = text.slice(label);
  }
  // A title printed twice in a row (seed 004).
  const dup = /^(.{6,}?)([ \u3000]*)\1$/u.exec(text);
  if (dup) {
    h.removed.push({ reason: 'duplicate-title', text: text.slice(dup[1]!.length), line });
    text = dup[1]!;
  } else if (pieces[ti + 1]?.text === text) {
    h.removed.push({ reason: 'duplicate-title', text, line: lineAt(pieces[ti + 1]!, 0) });
    ti++;
  }
  h.title = { text, line, evidence };
  h.lines.push({ role: 'title', text, line });

  // The header reaches to the body's first piece after the title (a title found after a banner's sentences too).
  const afterEnd = readAfterTitle(h, pieces, ti + 1, Math.max(end, ti + 1 + bodyStart(pieces.slice(ti + 1))));
  if (keepInText) {
    // Metadata read, text left in place (no header lines, no removals of them).
    if (!h.speaker) bylineBeforeText(h, pieces, ti + 1);
    h.lines = [];
    h.removed = h.removed.filter((r) => r.reason === 'dispatch' || splicedOut.includes(r));
    h.body = pieces;
    return h;
  }
  h.body = pieces.slice(afterEnd);
  if (!h.speaker) bylineInOpening(h);
  return h;
}

/** How many pieces after a title kept in the text a byline may stand, other lines between. */
const KEPT_BYLINE_REACH = 12;

/**
 * A title kept in the text whose byline does not follow it at once (a clippings file's separators
 * and book lines between the highlights of the title, the dateline and the byline): a role and a
 * name alone on a piece, after the title and before the text's first sentence or salutation, is
 * the speaker's (metadata only: the text stays in place). Only with a role, as bylineInOpening.
 */
function bylineBeforeText(h: Header, pieces: readonly Traced[], from: number): void {
  for (let k = from; k < pieces.length && k < from + KEPT_BYLINE_REACH; k++) {
    const t = pieces[k]!.text.trim();
    if (SALUTATION.test(t) || isSentenceLike(t)) return;
    if (len(t) > 30 || chromeShaped(t)) continue;
    const by = readByline(t);
    if (!by?.role || by.subtitle) continue;
    h.speaker = { name: by.name, line: lineAt(pieces[k]!, 0), evidence: t };
    return;
  }
}

/** How many of the body's first pieces a byline typed late may stand among. */
const LATE_BYLINE_REACH = 3;

/**
 * A byline typed after the first paragraph (`同志们：` / `…` / `市委书记　张明` / …):
 * a line of a role and a name alone among the body's first pieces, under a title,
 * is the speaker's byline, taken into the header. Only with a role: a bare name
 * there may be anything.
 */
function bylineInOpening(h: Header): void {
  if (!h.title) return;
  for (let k = 0; k < Math.min(LATE_BYLINE_REACH, h.body.length); k++) {
    const p = h.body[k]!;
    const t = p.text.trim();
    if (len(t) > 30 || chromeShaped(t) || isSentenceLike(t)) continue;
    const by = readByline(t);
    if (!by?.role || by.subtitle) continue;
    const line = lineAt(p, 0);
    h.speaker = { name: by.name, line, evidence: t };
    h.lines.push({ role: 'speaker', text: t, line });
    h.repairs.push({
      kind: 'late-byline',
      detail: `${t}: a byline after the body's first piece${k ? 's' : ''}, taken into the header`,
      line,
    });
    h.body.splice(k, 1);
    return;
  }
}

/**
 * A name spaced out with wide spaces (`龚　夏　梅`) that the paragraph splitter
 * cut into one-character pieces: two to four single Han characters of one raw
 * line, from `at` on, joined back into one piece (spaced, as written).
 */
function joinSpacedName(pieces: Traced[], at: number): void {
  const line = pieces[at] ? lineAt(pieces[at]!, 0) : -1;
  let k = at;
  while (k < pieces.length && k - at < 5 && /^\p{Script=Han}$/u.test(pieces[k]!.text) && lineAt(pieces[k]!, 0) === line) k++;
  if (k - at < 2 || k - at > 4) return;
  const joined = pieces.slice(at, k).reduce((a, b) => concat(concat(a, traced('\u3000', line)), b));
  pieces.splice(at, k - at, joined);
}

/** A line that is only a role (`国务院总理`, `中共某某市委书记`): the byline's first half. */
const ROLE_ALONE = new RegExp(`^[\\p{Script=Han}（）()、]{2,30}?${ROLE_WORD}$`, 'u');

/**
 * A salutation of any wording: those addressed (`各位院士`, `同胞们`, `尊敬的…`), a list of
 * short vocatives, ended by a colon before any full stop (`各位院士，同志们、朋友们：`).
 */
const VOCATIVE = /^(?:各位|尊敬的|亲爱的|[^，。：；！？\s]{1,8}?们[，、：:])[^。！？；：:]{0,60}?[：:]/u;

/**
 * A byline glued before a salutation: `习近平同志们：…`, `中华人民共和国主席 习近平尊敬的…`.
 * The first place a salutation starts, with a byline (byline.ts) before it;
 * a bare name only of two or three characters.
 */
function bylineBeforeSalutation(
  t: string,
  /** Also a salutation of any wording (`各位院士，同志们、朋友们：`: VOCATIVE), a bare name then only a name-shaped one. */
  anyVocative = false,
): { by: NonNullable<ReturnType<typeof readByline>>; at: number } | null {
  const chars = [...t];
  // A byline has no colon or full stop (a comma only between roles): the salutation starts before.
  const stop = (re: RegExp): number => {
    const i = chars.findIndex((c) => re.test(c));
    return i < 0 ? Infinity : i;
  };
  const limit = Math.min(40, chars.length - 2, stop(/[：:。]/u));
  // A salutation of the common wording wherever it starts (`习近平同志们，朋友们：`, not `习近` / `平同志们`); else any vocative.
  const ks = [...Array(Math.max(0, limit - 1)).keys()].map((i) => i + 2);
  const at = (k: number): number => chars.slice(0, k).join('').length;
  const common = ks.find((k) => SALUTATION.test(chars.slice(k).join('')));
  if (common !== undefined) {
    const head = chars.slice(0, common).join('').trim();
    const by = readByline(head);
    if (by && (by.role !== null || /^\p{Script=Han}{2,3}$/u.test(head)) && !by.subtitle) return { by, at: at(common) };
    if (!anyVocative) return null;
  }
  if (!anyVocative) return null;
  // Any vocative: every place one may start with a byline before it; a bare name must be
  // name-shaped, and of two readings the three-character name (`习近平同胞们` is not `习近` /
  // `平同胞们`), the common length.
  const readings = ks
    .filter((k) => k < stop(/[，,]/u) && VOCATIVE.test(chars.slice(k).join('')))
    .map((k) => ({ k, head: chars.slice(0, k).join('').trim() }))
    .map(({ k, head }) => ({ k, head, by: readByline(head) }))
    .filter(({ head, by }) => by && !by.subtitle && (by.role !== null || nameShaped(head)));
  const pick = readings.find((r) => r.by!.role === null && len(r.head) === 3) ?? readings[0];
  return pick ? { by: pick.by!, at: at(pick.k) } : null;
}

/**
 * A subtitle with the byline and the text glued after it, no dateline between
 * (`——在…上的讲话中华人民共和国主席　习近平尊敬的…`): where the subtitle ends
 * (after its title word) and where the byline ends in the rest, or null. Only
 * where a byline (byline.ts) stands right before a salutation.
 */
function subtitleThenByline(t: string): { end: number; at: number } | null {
  for (const m of t.matchAll(/(?:讲话|致辞|发言|演讲|报告|贺词)/gu)) {
    const end = m.index + m[0].length;
    const r = bylineBeforeSalutation(t.slice(end));
    if (r) return { end, at: r.at };
  }
  return null;
}

/** How a news lead opens: a label (`核心提示：`, `导读：`) or the day (`5月4日，`, `4日上午，`). */
const LEAD_OPENING = /^(?:\p{Script=Han}{2,5}[：:]|(?:\d{1,2}月)?\d{1,2}日)/u;
/** The next piece is a bare dateline (a date alone, bracketed) or a byline. */
function bareHeaderNext(pieces: readonly Traced[], i: number): boolean {
  const n = pieces[i + 1]?.text ?? '';
  return (isDateline(n) && len(n) <= 24) || readByline(n) !== null;
}

/** A dateline or a byline (or, with `reach` 2, a salutation) within the next `reach` pieces after `i`. */
function headerFollows(pieces: readonly Traced[], i: number, reach = 2): boolean {
  return pieces
    .slice(i + 1, i + 1 + reach)
    .some((p) => isDateline(p.text) || readByline(p.text) !== null || (reach > 1 && SALUTATION.test(p.text)));
}

/**
 * Subtitle, byline and dateline pieces after the title, up to the body.
 * Returns the index of the first piece that is not part of the header.
 */
function readAfterTitle(h: Header, pieces: Traced[], from: number, end: number): number {
  let i = from;
  let limit = end;
  // A report headline's deck under it (`…会议强调` / `加强…领导` / `更好发挥…作用` / `李克强…出席`):
  // the deck is the subtitle, its lines side by side; the attendance line under it is the headline's too.
  const deck =
    h.title && from > 0
      ? headlineDeck(
          pieces.slice(from - 1, from + 5).map((p) => p.text),
          0,
        )
      : null;
  if (deck) {
    const lines = deck.deck.map((k) => pieces[from - 1 + k]!);
    const text = lines.map((p) => p.text.trim()).join(' ');
    const line = lineAt(lines[0]!, 0);
    h.subtitle = { text, line };
    h.lines.push({ role: 'subtitle', text, line });
    if (lines.length > 1)
      h.repairs.push({
        kind: 'join-title',
        detail: `${lines.map((p) => p.text.trim()).join(' ⏎ ')} → ${text}: a report headline's deck`,
        line,
      });
    i = from + deck.deck.at(-1)!;
    if (deck.attendance !== null) {
      const p = pieces[from - 1 + deck.attendance]!;
      h.lines.push({ role: 'subtitle', text: p.text.trim(), line: lineAt(p, 0) });
      i = from - 1 + deck.attendance + 1;
    }
    limit = Math.max(limit, i + bodyStart(pieces.slice(i)));
  }
  for (; i < pieces.length && i < limit + 1; i++) {
    const p = pieces[i]!;
    const t = p.text;
    const line = lineAt(p, 0);
    if (SALUTATION.test(t)) break;
    // A byline glued to the salutation (`习近平同志们，朋友们：`): the name to the header, the rest to the body.
    const glued = h.speaker || !(h.title || h.dateline) ? null : bylineBeforeSalutation(t);
    if (glued) {
      const name = slice(p, 0, glued.at);
      h.speaker = { name: glued.by.name, line, evidence: name.text.trim() };
      h.lines.push({ role: 'speaker', text: glued.by.role === null ? glued.by.name : name.text.trim(), line });
      h.repairs.push({
        kind: 'split-byline',
        detail: `${t.slice(0, 40)} → ${name.text.trim()} ⏎ ${t.slice(glued.at, glued.at + 20)}`,
        line,
      });
      // Two pieces: the name (header) and the salutation on (body); text kept in place keeps both.
      pieces.splice(i, 1, trim(name), trim(slice(p, glued.at)));
      i++;
      break;
    }
    // A document title's bracketed tail right under it (`（2021-2025 年）`, `（试行）`: title-tail.ts): the title block's subtitle.
    if (i === from && h.title && !h.subtitle && titleTailBelow(h.title.text, t)) {
      h.subtitle = { text: t.trim(), line };
      h.lines.push({ role: 'subtitle', text: t.trim(), line });
      limit = Math.max(limit, i + 1 + bodyStart(pieces.slice(i + 1)));
      continue;
    }
    // Page metadata between the title and its dateline or byline (`来源：… | 作者：…`, `约 26 分钟`).
    if (h.title && !h.speaker && chromeShaped(t) && !isSentenceLike(t) && len(t) <= 120 && headerFollows(pieces, i)) {
      h.removed.push({ reason: 'page-meta', text: t, line });
      limit = Math.max(limit, i + 1 + bodyStart(pieces.slice(i + 1)));
      continue;
    }
    // A summary lead between the title and its dateline or byline (`核心提示：5月4日，…`): the page's, not the speech.
    // Only a lead's shape: it opens with a label (`核心提示：`) or a day (`5月4日，`), and a bare dateline or a byline follows.
    if (h.title && !h.speaker && !h.dateline && isSentenceLike(t) && len(t) <= 300 && LEAD_OPENING.test(t) && bareHeaderNext(pieces, i)) {
      h.removed.push({ reason: 'lead-in-header', text: t, line });
      h.lead ??= { text: t, line };
      limit = Math.max(limit, i + 1 + bodyStart(pieces.slice(i + 1)));
      continue;
    }
    // A source line (`《习近平谈治国理政》第三卷`, `来源：《…在…上的讲话》`): where the text is printed, not the speech.
    if (h.title && !h.source && readSourceLine(t)) {
      h.source = { text: t, line };
      h.removed.push({ reason: 'source-line', text: t, line });
      limit = Math.max(limit, i + 1 + bodyStart(pieces.slice(i + 1)));
      continue;
    }
    if (!h.dateline && isDateline(t)) {
      h.dateline = { text: t, line };
      h.lines.push({ role: 'dateline', text: t, line });
      continue;
    }
    // A role on one line and the name on the next (`国务院总理` / `李 强`).
    if (!h.speaker && ROLE_ALONE.test(t)) joinSpacedName(pieces, i + 1);
    const next = pieces[i + 1]?.text ?? '';
    if (!h.speaker && (h.title || h.dateline) && ROLE_ALONE.test(t) && NAME_LINE.test(next) && !SALUTATION.test(next)) {
      const name = collapseNameSpaces(next);
      h.speaker = { name, line, evidence: `${t}\n${next}` };
      h.lines.push({ role: 'speaker', text: `${t} ${name}`, line });
      if (name !== next) h.repairs.push({ kind: 'speaker-spaces', detail: `${next} → ${name}`, line: lineAt(pieces[i + 1]!, 0) });
      i++;
      continue;
    }
    // A byline and a dateline on one line (`张明　2023年12月30日`), under the title.
    const both = h.title && !h.speaker && !h.dateline && !chromeShaped(t) ? readBylineAndDate(t) : null;
    if (both) {
      h.speaker = { name: both.byline.name, line, evidence: t };
      h.dateline = { text: both.dateline, line };
      h.lines.push({ role: 'speaker', text: both.byline.role === null ? both.byline.name : t.replace(both.dateline, '').trim(), line });
      h.lines.push({ role: 'dateline', text: both.dateline, line });
      continue;
    }
    const by = h.speaker || chromeShaped(t) ? null : readByline(t);
    const nearTitle = h.title !== null || isDateline(pieces[i + 1]?.text ?? '') || SALUTATION.test(pieces[i + 1]?.text ?? '');
    if (by && (by.role !== null || nearTitle)) {
      if (by.subtitle && h.title && !h.subtitle) {
        h.subtitle = { text: by.subtitle, line };
        h.lines.push({ role: 'subtitle', text: by.subtitle, line });
      }
      const spaced = by.role === null && NAME_LINE.test(t) && collapseNameSpaces(t) !== t;
      if (spaced) h.repairs.push({ kind: 'speaker-spaces', detail: `${t} → ${by.name}`, line });
      h.speaker = { name: by.name, line, evidence: t };
      h.lines.push({ role: 'speaker', text: by.role === null ? by.name : t, line });
      continue;
    }
    // A subtitle: `——在…上的讲话`, or a second title-shaped line right after the title.
    if (h.title && !h.subtitle && !h.speaker && !h.dateline && titleLike(t) && !chromeShaped(t) && (SUBTITLE.test(t) || completeTitle(t))) {
      // `——在…上的讲话市委常委、组织部部长` with the name on the next line: the role is the byline's.
      const role = new RegExp(`^(.+?${TITLE_END.source.slice(0, -1)})(.{2,30}?${ROLE_WORD})$`, 'u').exec(t);
      joinSpacedName(pieces, i + 1);
      const sub = role && NAME_LINE.test(pieces[i + 1]?.text ?? '') ? role[1]! : t;
      h.subtitle = { text: sub, line };
      h.lines.push({ role: 'subtitle', text: sub, line });
      if (sub !== t) h.lines.push({ role: 'speaker', text: t.slice(sub.length), line });
      continue;
    }
    break;
  }
  return i;
}
