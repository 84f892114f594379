/**
 * Page chrome found by structure. A copied web page is navigation, a title
 * block, the speech, then links and footers. The speech is the longest dense
 * run of sentence-like lines (the body span); chrome clusters before and after
 * it. Lines outside the span are judged by their shape (line-features.ts) and
 * removed when they have one of chrome's shapes; lines inside the span only
 * when the shape is unmistakable (a widget run, a paywall marker, two or more
 * label-colon pairs). Where chrome and speech share a line only the chrome is
 * cut.
 *
 * Every removal is reported with the rule that removed it:
 *   menu, breadcrumb, widget, page-meta, counter, link, paywall, related-list,
 *   navigation (lines above the title), duplicate-title, junk, summary-copy,
 *   position-mark (slide numbers, subtitle time codes between paragraphs),
 *   running-header / running-footer / page-number (page-break chrome, page-breaks.ts),
 *   notes / back-matter (an editor's notes, a reference list, a proof's comments after the speech, back-matter.ts),
 *   end-marker / after-end (an end marker or the page's own section after the speech, after-end.ts),
 *   restated-lead (a caption or a lead over the first paragraph that restates it).
 */
import { afterEnd } from './after-end.ts';
import { afterSignature } from './after-signature.ts';
import { attachmentTail } from './attachment-tail.ts';
import { deckEnd } from './deck-end.ts';
import { formBlocks } from './form-blanks.ts';
import { nextDocumentAt } from './next-document.ts';
import { stampedReplies } from './stamped-replies.ts';
import { backMatter, commentAnchors, isBackMatterEntry, trailingNotes } from './back-matter.ts';
import { chatReplies, transcriptNoise } from './transcript.ts';
import { TOC_HEAD, findToc, isTocEntry } from './toc.ts';
import { frameLines, shorterCopies } from './frames.ts';
import { GLUED_QUOTES, artefactReason, isImageCaption } from './artefacts.ts';
import { cueLines } from './cues.ts';
import { headAboveRule } from './head-rule.ts';
import { quotesAboveTitle } from './quotes-above.ts';
import { captionSeries } from './caption-series.ts';
import { formFields } from './form-fields.ts';
import { SEE_PAGE, findJumps } from './jumps.ts';
import { pageBreakChrome } from './page-breaks.ts';
import { positionMarks } from './position-marks.ts';
import { restatedLeads } from './restated-lead.ts';
import { outsideSpeechBlock } from './speech-block.ts';
import { isDateline } from './dates.ts';
import type { Line } from './noise.ts';
import {
  hanCount,
  DATE_VALUE,
  HIDDEN_TEXT,
  JUNK_RUN,
  isBareShort,
  isBreadcrumb,
  isClockLine,
  isCounterLike,
  isJunkRun,
  isContactLike,
  isLinkLike,
  isPageNumberLine,
  isStampLine,
  isToolLine,
  isWrappedProse,
  isListHead,
  isLocationLabel,
  isMarkupLine,
  isMenuShape,
  isPaywall,
  isPrevNext,
  isReactionLine,
  isReadingStats,
  isSentenceLike,
  isWidgetRun,
  labelPairs,
  len,
  nearestNonBlank,
  pageMetaStrength,
} from './line-features.ts';
import { toFullWidthPunctuation } from './normalise.ts';
import { foldTraditional } from './traditional.ts';
import { bannerAboveNavigation } from './banner.ts';
import { readByline } from './byline.ts';
import { isFieldRecord } from './field-record.ts';
import { notesPages } from './notes-pages.ts';
import { numberMenuLines } from './number-menu.ts';
import {
  ADDRESS_LINE,
  AT_MEETING,
  SALUTATION,
  PART_OR_POINT,
  SUBTITLE,
  TITLE_END,
  brokenTitle,
  pickTitleIndex,
  stripSiteSuffix,
  titleFirstPart,
  titleScore,
} from './title-shape.ts';
import type { Removal, Repair } from './types.ts';

/** Removals that are a page's navigation (its menus, breadcrumbs, an archive's toolbar). */
const NAV_REASONS: ReadonlySet<string> = new Set(['navigation', 'menu', 'breadcrumb']);

/** Longest line taken as part of a page's tail (buttons, bars, footer parts) once the tail has begun. */
const TAIL_LINE = 40;
/** Longest link title taken in a page's tail. */
const TAIL_TITLE = 60;

/** A line of a link list: no sentence end, at most a title's clause marks. */
function isTitleLike(t: string): boolean {
  return !/[。；！？]/.test(t) && (t.match(/[，、]/g)?.length ?? 0) <= 3;
}

/** A comment's head: a user name, then a date and a clock time, then the comment (`老党员 2018-05-05 10:30：…`). */
const POST_STAMP = /^[^。！？\d]{0,16}\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*\d{1,2}:\d{2}(?::\d{2})?\s*[：:]/u;

/**
 * The shape of a line at the head of a page's tail, after the speech's last paragraph:
 *   - strong (also at a document's end, with no web page's tail after it): a document's
 *     issuing line (a date, then 印发 / 印 / 发布) and distribution lines (`抄送：…`, `报：…`);
 *     a note in brackets on its own line (`（根据录音整理，未经本人审阅）`, `【责任编辑：…】`);
 *     a notice about the text itself (本文 / 本站 / 转载 with where it comes from); a line with
 *     no Chinese text (`B62022.10.28`) or a link;
 *   - weak (only right before a tail already found): a label and a colon opening the line
 *     (`当前栏目：…`, `温馨提示：…`), not a salutation; any short line that ends no sentence
 *     (`图集`, `网友评论`, `收起全文`, a column's name) and holds no date.
 * A dateline, a name (a letter's signature: with a role, spaced, or named elsewhere in the
 * text) and a sentence that is not a notice are never the tail's: the walk stops there.
 */
export function tailShape(t: string, weak: boolean, elsewhere: (name: string) => boolean = () => true): string | null {
  // Before a page's tail, a line in another script (an English version after the Chinese text, its
  // labels `Editor 编辑: …`, `Related Stories 相关阅读`): Latin letters twice the Chinese characters.
  if (weak && otherScript(t)) return 'other-language';
  if (len(t) > 160) return null; // a paragraph, not a tail's line
  if (isDateline(t) && !ISSUED.test(t)) return null;
  if (ISSUED.test(t) && len(t) <= 80) return 'document-footer';
  // (An editor's note that dates the speech, `（这是…2019年6月24日…的讲话。）`, is the text's.)
  if (/^[（(【[][^（()）【】[\]。！？]{4,60}[）)】\]]$/u.test(t) && hanCount(t) >= 2 && !FULL_DATE.test(t)) return 'page-tail';
  // A document's distribution lines (GB/T 9704 版记: 抄送 / 抄报 / 主送 / 报 / 送 / 发).
  if (/^(?:抄送|抄报|主送|报|送|发)\s*[：:]/u.test(t) && len(t) <= 120) return 'document-footer';
  if (len(t) <= 60 && /本文|本站|转载/u.test(t) && /来源|出处|来自|原创|整理|参考|注明|保留|链接/u.test(t)) return 'source-notice';
  // A notice on how this copy may be used (`本文档由用户上传分享，仅供学习交流，如有侵权请联系删除。`,
  // `摘录于 2023-05-20，仅供个人学习，不作他用。`): a restriction, said of the copy (how it was
  // taken or shared), not a speaker's `以上意见，仅供参考。`.
  if (len(t) <= 80 && USE_LIMIT.test(t) && COPY_MADE.test(t)) return 'source-notice';
  // A paywall's or a preview's notice after the text (`…已经超出免费预览范围，如果喜欢就下载吧！`).
  if (isPaywall(t)) return 'paywall';
  // How this copy was made (`——根据新华社电稿录入，…`, `（据录音整理）`): a note on the copy, not the speech.
  if (len(t) <= 60 && /^[—－\-（(]*\s*(?:根据|据)[^。！？]{2,20}?(?:录入|整理|校对|转录)/u.test(t)) return 'source-notice';
  // A credit with its date (`录入：综合办　2024.2.9`, `校对：张明 2024-02-09`).
  if (len(t) <= 40 && /^(?:录入|整理|校对|编辑|责编|排版|审核|审校)\s*[：:][^。！？]{1,20}?\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?$/u.test(t))
    return 'page-tail';
  if (hanCount(t) === 0 && /[A-Za-z]/.test(t) && /\d/.test(t) && len(t) <= 80) return 'page-tail';
  // A page number with a word processor's field codes left in (`第 PAGE \* MERGEFORMAT 20 页 共 NUMPAGES … 20 页`).
  if (/[A-Z]{4,}/.test(t) && len(t) <= 80 && isPageNumberLine(t.replace(FIELD_CODE, ' ').replace(/\s+/g, ' ').trim())) return 'page-number';
  if (isLinkLike(t) && len(t) <= 80) return 'counter';
  // A page's label and a short bare value (`当前栏目：领导讲话`, `所属专题：主题教育`): no sentence, no
  // date in the value, and no name the text gives elsewhere (a signature's `发言人：张明` stays).
  if (PAGE_LABEL.test(t) && !SALUTATION.test(t) && !/们\s*[：:]/u.test(t)) {
    const name = readByline(t.replace(/^[^：:]*[：:]\s*/u, ''));
    if (name === null || (name.role === null && !elsewhere(name.name))) return 'page-tail';
  }
  if (!weak) return null;
  // A label, a publisher and a date (`资料来源：新华社，2018年9月3日`): where the page took the text from,
  // unless the name is one the text gives elsewhere (a signature: `发言人：张明，2019年1月2日`).
  const source = SOURCE_LINE.exec(t);
  if (source && !elsewhere(source[1]!)) return 'page-meta';
  // A line with a full date is the text's (a dateline, a source line `——习近平2018年3月1日在…`).
  if (FULL_DATE.test(t)) return null;
  // A table's row (cells split by tabs, none a sentence): an attachment's table before the page's tail.
  if (isTableRow(t)) return 'page-tail';
  // A label and a colon opening the line (`当前栏目：…`, `温馨提示：…`), not a salutation.
  if (
    /^[\p{Script=Han}]{2,10}\s*[：:]/u.test(t) &&
    !SENTENCE_ENDED.test(t) &&
    !SALUTATION.test(t) &&
    !/们\s*[：:]/u.test(t) &&
    len(t) <= 80
  )
    return 'page-tail';
  // A letter's signature: a name with a role, or a bare name the text gives elsewhere too (in its
  // title or byline). A bare short line found nowhere else (`图集`, `网友评论`) is the page's.
  const byline = readByline(t);
  if (byline && (byline.role !== null || /\s/.test(t) || elsewhere(byline.name))) return null;
  if (SENTENCE_ENDED.test(t) || len(t) > TAIL_LINE || isSentenceLike(t)) return null;
  return 'page-tail';
}

/** A word processor's field code: a switch (`\* MERGEFORMAT`) or a field name in capitals (`PAGE`, `NUMPAGES`). */
const FIELD_CODE = /\\\*\s*[A-Z]+|\b[A-Z]{4,}\b/g;

/** A line mostly in Latin script: ten letters or more, more than twice its Chinese characters. */
function otherScript(t: string): boolean {
  const latin = t.match(/[A-Za-z]/g)?.length ?? 0;
  return latin >= 10 && latin > hanCount(t) * 2;
}

/** A row of a table copied as cells: three or more cells split by tabs, none ending a sentence. */
function isTableRow(t: string): boolean {
  const cells = t
    .split('\t')
    .map((c) => c.trim())
    .filter((c) => c);
  return cells.length >= 3 && cells.every((c) => len(c) <= 40 && !SENTENCE_ENDED.test(c));
}

/** A label of two to six Han characters, a colon, and a bare value of up to ten characters with no digit or mark. */
const PAGE_LABEL = /^\p{Script=Han}{2,6}\s*[：:]\s*[\p{Script=Han}A-Za-z]{1,10}$/u;

/** A restriction on a copy's use: only for study or reference, not to be passed on, removed on complaint. */
const USE_LIMIT = /仅供|请勿|不作他用|不得转载|侵权/u;
/** How a copy was made or shared: of the text or document itself (本文, 本文档), uploaded, excerpted, reposted, downloaded. */
const COPY_MADE = /本文|本站|文档|上传|摘录|摘自|转载|下载|侵权/u;

const FULL_DATE = /(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日/u;

/** A label, a name and a full date, nothing else: `资料来源：新华社，2018年9月3日`. */
const SOURCE_LINE = new RegExp(`^\\p{Script=Han}{2,6}\\s*[：:]\\s*(\\p{Script=Han}{2,12}?)[，,、\\s]*${FULL_DATE.source}$`, 'u');

/** A document's issuing line: `中共某某市委办公室　　2019年11月13日印发`. */
const ISSUED =
  /(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日\s*(?:印发|印|发布|制发)$/u;

/**
 * A row of a forum's or a page's buttons (`回复　引用　举报`, `高级模式 | 发新帖`): two to six
 * words of two to four characters split by bars, or three or more split by spaces, no word
 * found on a short line elsewhere in the text (three names under a text are its signatories).
 */
export function isButtonRow(t: string, onShortLine: (word: string) => boolean = () => false): boolean {
  const items = t.split(/\s*[|｜]\s*|[\s\u3000]+/u).filter((x) => x);
  const marked = /[|｜]/u.test(t);
  if (items.length < 2 || items.length > 6 || (!marked && items.length < 3)) return false;
  return items.every((x) => /^(?:\p{Script=Han}{2,4}|[A-Za-z]{2,12})$/u.test(x)) && !items.some(onShortLine);
}

/** A head in lenticular brackets alone on its line: `【思考题】`, `【推荐书目】`. */
const BRACKET_HEAD = /^【[^】]{2,8}】$/u;
/** A numbered item: `1．…`, `2、…`, `(3)…`. */
const NUMBERED_ITEM = /^(?:\d{1,2}\s*[.．、]|[（(]\d{1,2}[）)])\s*\S/u;

/**
 * The lines of a numbered list ending at line `j` under a bracketed head (`【思考题】`, then `1．…`
 * `2．…`), head first; none when line j is no item or no such head stands above the items.
 */
function headedList(texts: readonly string[], j: number, stop: number): number[] {
  const out: number[] = [];
  for (let k = j; k > stop; k--) {
    const t = texts[k]!.trim();
    if (!t) continue;
    if (NUMBERED_ITEM.test(t) && len(t) <= 120) {
      out.unshift(k);
      continue;
    }
    return BRACKET_HEAD.test(t) && out.length ? [k, ...out] : [];
  }
  return [];
}

/** Step 4c (see removeChrome). Shapes are judged on the text folded to simplified characters. */
function tailHead(
  texts: readonly string[],
  span: { start: number; end: number },
  tailStart: number | undefined,
  drop: (i: number, reason: string) => void,
  removedAt: (i: number) => boolean = () => false,
  web = false,
  written: readonly string[] = texts,
): void {
  let lastSpeech = -1;
  for (let i = Math.min(span.end, texts.length) - 1; i >= span.start; i--) {
    const t = texts[i]!.trim();
    // The last line of running speech that ends a sentence (checked cheapest first).
    if (
      /[。！？!?][”’」』）)]*$/u.test(t) &&
      !tailShape(foldTraditional(t), false) &&
      !isBackMatterEntry(t) &&
      (isSentenceLike(t) || isWrappedProse(texts, i)) &&
      !(tailStart !== undefined && NUMBERED_ITEM.test(t) && headedList(texts, i, span.start).length)
    ) {
      lastSpeech = i;
      break;
    }
  }
  if (lastSpeech < 0) return;
  // A reference list or an editor's notes under the text (back-matter.ts).
  for (const i of backMatter(texts, lastSpeech, removedAt, written)) drop(i, 'back-matter');
  // A page's paragraph after a letter's signature and date, on a web page (after-signature.ts).
  if (web) for (const i of afterSignature(texts, span.start)) drop(i, 'after-signature');
  // Where a row of buttons was found from the file's end: a web page's tail begins there.
  let buttons: number | undefined;
  const walk = (from: number, weak: boolean): void => {
    for (let j = from - 1; j > lastSpeech; j--) {
      const t = foldTraditional(texts[j]!.trim());
      if (!t) continue;
      const elsewhere = (name: string): boolean => texts.some((u, k) => k !== j && u.includes(name));
      const onShortLine = (word: string): boolean =>
        texts.some((u, k) => k !== j && len(u.trim()) <= 20 && foldTraditional(u).includes(word));
      // A rule line (a 版记's rules between 抄送 and 印发 lines) carries no text: the walk goes on past it.
      const reason =
        tailShape(t, weak, elsewhere) ??
        (RULE_LINE.test(t) ? 'page-tail' : null) ??
        (web && !weak && isButtonRow(t, onShortLine) ? 'widget' : null);
      if (!reason && weak) {
        // A handout's section under a bracketed head (`【思考题】` and its numbered questions).
        const section = headedList(texts, j, lastSpeech);
        if (section.length) {
          for (const k of section) drop(k, 'page-tail');
          j = section[0]!;
          continue;
        }
      }
      if (!reason) return;
      if (reason === 'widget') buttons = j;
      drop(j, reason);
    }
  };
  // From the file's end: only the strong shapes (there may be no web page around the text), and a web page's buttons.
  walk(texts.length, false);
  const from = Math.min(tailStart ?? Number.POSITIVE_INFINITY, buttons ?? Number.POSITIVE_INFINITY);
  if (from !== Number.POSITIVE_INFINITY && from > lastSpeech) walk(from, true);
}

/** Longest sentence taken between two lines of a page's tail when the page shows no web chrome. */
const SANDWICHED = 60;
/** Shortest sentence taken as a quote of the speech after its end. */
const MIN_QUOTE = 12;
/** Most lines at the text's end taken as quotes of the speech. */
const MAX_QUOTES = 2;

/** Weight of a non-speech line in the body-span search (in characters of speech). */
const SHORT_LINE_COST = 15;
const CHROME_LINE_COST = 60;

/** Ends a sentence (。！？) after at least eight Han characters: prose, not a path, menu or link. */
function endsProse(t: string): boolean {
  return /[。！？!?][”’」』）)]*$/u.test(t) && hanCount(t) >= 8;
}

/** The chrome rule a line's shape matches, judged outside the body span. */
export function chromeReasonOutside(t: string, afterBody = true, webPage = false): string | null {
  if (isWidgetRun(t) || isToolLine(t) || PLAYER_BAR.test(t)) return 'widget';
  if (isReadingStats(t)) return 'counter';
  if (isReactionLine(t)) return 'comment';
  if (afterBody && END_MARKER.test(t)) return 'end-marker';
  if (isPageNumberLine(t)) return 'page-number';
  if (isStampLine(t)) return 'page-meta';
  if (!afterBody && isMetaTableRow(t)) return 'page-meta';
  if (isFieldRecord(t)) return 'page-meta';
  // `标签：`, `附件下载：` after the body: a label whose value was a link or a widget.
  if (afterBody && isListHead(t)) return 'related-list';
  if (afterBody && /^[\p{Script=Han}A-Za-z ]{2,8}[：:]$/u.test(t) && !/们[：:]$/u.test(t)) return 'page-meta';
  if (isPaywall(t)) return 'paywall';
  // A line that ends a sentence of Chinese text is the speaker's, whatever `>` or link it quotes.
  const prose = endsProse(t);
  if (!prose && (isBreadcrumb(t) || isLocationLabel(t))) return 'breadcrumb';
  if (isClockLine(t)) return 'page-meta';
  if (pageMetaStrength(t) > 0) return 'page-meta';
  if (isPrevNext(t)) return 'related-list';
  if (afterBody && isListHead(t)) return 'related-list';
  if (!prose && isMenuShape(t)) return 'menu';
  if (!prose && !isSentenceLike(t) && (isCounterLike(t) || isLinkLike(t)) && len(t) <= 80) return 'counter';
  // A notice ends with whom to call; a page's footer too, but only on a page is it chrome.
  if (webPage && !isSentenceLike(t) && isContactLike(t) && len(t) <= 80) return 'counter';
  return null;
}

/**
 * A row of a page's metadata table copied as cells (`索引号⇥…⇥主题分类⇥…`, `作　者⇥张明⇥来　源⇥新华社`):
 * cells split by tabs or wide spaces, two or more pairs of a short label (2–6 Han characters,
 * maybe letter-spaced) and a value with no sentence punctuation. Judged only above the body (a
 * table inside or after a document is the document's).
 */
export function isMetaTableRow(t: string): boolean {
  const cells = t
    .trim()
    .split(/\t+|[ \u3000\u00A0]{3,}/u)
    .map((c) => c.trim())
    .filter((c) => c);
  if (cells.length < 4 || cells.length % 2 !== 0 || !t.includes('\t')) return false;
  for (let k = 0; k < cells.length; k += 2) {
    const label = cells[k]!.replace(/[ \u3000]+/gu, '');
    const value = cells[k + 1]!;
    if (!/^\p{Script=Han}{2,6}$/u.test(label) || len(value) > 40 || /[。！？；]/u.test(value)) return false;
  }
  return true;
}

/**
 * An audio or video player's bar: where it stands and how long it runs (`00:00 / 10:26`,
 * `00:00/00:00`), maybe with its buttons' labels after (`倍速　超清　全屏`).
 */
const PLAYER_BAR = /^\d{1,2}:\d{2}(?::\d{2})?\s*[/／]\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s+[^\s。！？，]{1,4}){0,6}$/u;

/** Removals only a web page's chrome gives (a printed copy has page numbers, running heads, labels too). */
const WEB_CHROME: ReadonlySet<string> = new Set(['widget', 'breadcrumb', 'related-list', 'paywall', 'navigation', 'junk', 'site-suffix']);

/** A line that ends a sentence (or a clause that may end one: `；`, `……`), quotes closed after it. */
const SENTENCE_ENDED = /[。！？!?；;…][”’」』）)]*$/u;

/** A line that only says the article ends: `（完）`, `（全文完）`, `END`, `—END—`. */
const END_MARKER = /^[（(【[—\-－]*\s*(?:全文)?(?:完|END|End|end|结束)\s*[）)】\]—\-－]*$/u;

/** The chrome rule a line's shape matches inside the body span: only unmistakable shapes. */
export function chromeReasonInside(t: string): string | null {
  if (isWidgetRun(t) || PLAYER_BAR.test(t)) return 'widget';
  if (isReadingStats(t)) return 'counter';
  if (isReactionLine(t)) return 'comment';
  if (isPageNumberLine(t)) return 'page-number';
  if (isPaywall(t) && !isSentenceLike(t)) return 'paywall';
  if (pageMetaStrength(t) === 2) return 'page-meta';
  if (isClockLine(t)) return 'page-meta';
  if (isPrevNext(t)) return 'related-list';
  if (isMenuShape(t) && /[|｜>＞›»]/.test(t)) return 'menu';
  if (/^(?:当前位置|您现在的位置|你现在的位置|所在位置)/.test(t) && isBreadcrumb(t)) return 'breadcrumb';
  if (!isSentenceLike(t) && isCounterLike(t) && len(t) <= 40) return 'counter';
  return null;
}

/**
 * The body span [start, end) over `texts` (indices of non-blank lines): the
 * run with the largest sum of speech characters minus a cost per non-speech
 * line. Null when no line is sentence-like.
 */
/** Lines of running speech: sentence-like, or hard-wrapped prose, and not chrome-shaped. */
export function speechLines(texts: readonly string[]): boolean[] {
  return texts.map((raw, i) => {
    const t = raw.trim();
    return !!t && (isSentenceLike(t) || isWrappedProse(texts, i)) && !chromeReasonInside(t);
  });
}

export function bodySpan(texts: readonly string[]): { start: number; end: number } | null {
  const speech = speechLines(texts);
  // Dense runs: maximal stretches with a positive running score.
  const runs: { start: number; end: number; score: number }[] = [];
  let sum = 0,
    start = 0,
    peak = 0,
    peakEnd = 0;
  const close = (): void => {
    if (peak > 0) runs.push({ start, end: peakEnd, score: peak });
  };
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i]!.trim();
    if (!t) continue;
    const w = speech[i] ? len(t) : chromeReasonOutside(t) ? -CHROME_LINE_COST : -SHORT_LINE_COST;
    if (sum + w <= 0) {
      close();
      sum = 0;
      peak = 0;
      start = i + 1;
      continue;
    }
    if (sum === 0) start = i;
    sum += w;
    if (sum > peak) {
      peak = sum;
      peakEnd = i + 1;
    }
  }
  close();
  if (!runs.length) return null;
  // The body reaches from the first to the last substantial run (a document
  // with figures or tables has several); lines between them are judged as inside.
  const best = Math.max(...runs.map((r) => r.score));
  const big = runs.filter((r) => r.score >= Math.min(200, best * 0.5));
  let bodyStart = big[0]!.start;
  const bodyEnd = big[big.length - 1]!.end;
  // The span starts on a speech line.
  while (bodyStart < bodyEnd && !speech[bodyStart]) bodyStart++;
  return { start: bodyStart, end: bodyEnd };
}

/**
 * Indices of page footers (or heads) that print a name with the page number
 * (`中共某某市委党校　　3`, `学习资料·第3页`): short lines that are not sentences, the same
 * once their one number is masked, three or more times, the number counting up by one from
 * one to the next, and at least half of them standing inside running prose (the line before
 * stops mid-sentence). Found by the repetition and the count, not by the words.
 */
export function numberedFooters(texts: readonly string[]): number[] {
  const at = new Map<string, { i: number; n: number }[]>();
  texts.forEach((raw, i) => {
    const t = raw.trim();
    if (!t || len(t) > 40 || hanCount(t) < 2 || /[。！？；，、]/.test(t)) return;
    const nums = t.match(/\d+/g);
    if (nums?.length !== 1 || nums[0]!.length > 4) return;
    const key = t.replace(/\d+/, '#');
    at.set(key, [...(at.get(key) ?? []), { i, n: Number(nums[0]) }]);
  });
  const out: number[] = [];
  for (const [, xs] of at) {
    if (xs.length < 3 || !xs.every((x, k) => k === 0 || x.n === xs[k - 1]!.n + 1)) continue;
    const inProse = xs.filter(({ i }) => {
      const before =
        texts
          .slice(0, i)
          .findLast((x) => x.trim())
          ?.trim() ?? '';
      return len(before) >= 12 && /[\p{Script=Han}，、]$/u.test(before);
    }).length;
    if (inProse * 2 >= xs.length) out.push(...xs.map((x) => x.i));
  }
  return out.sort((a, b) => a - b);
}

/**
 * Indices of bare page numbers: lines of one to three digits only, forming a run
 * that counts up by one (`2`, `3`, `4` … in text order, other lines between), with
 * at least half of them standing inside running prose: the line before is a line
 * of Chinese text of twelve characters or more that stops mid-sentence, and the
 * line after is Chinese text too. A number alone on a line elsewhere (a table's
 * row numbers between short cells, a figure) stays.
 */
export function barePageNumbers(texts: readonly string[]): number[] {
  const nums = texts.map((t, i) => [t.trim(), i] as const).filter(([t]) => /^\d{1,3}$/.test(t));
  const runs: (typeof nums)[number][][] = [];
  for (const x of nums) {
    const run = runs.find((r) => Number(r[r.length - 1]![0]) + 1 === Number(x[0]));
    if (run) run.push(x);
    else runs.push([x]);
  }
  // The nearest line that is not blank and not itself a bare number, before (-1) or after (+1) line i.
  const near = (i: number, dir: -1 | 1): string => {
    for (let k = i + dir; k >= 0 && k < texts.length; k += dir) {
      const t = texts[k]!.trim();
      if (t && !/^\d{1,3}$/.test(t)) return t;
    }
    return '';
  };
  const prose = (t: string): boolean => len(t) >= 12 && hanCount(t) >= len(t) * 0.6;
  const out: number[] = [];
  for (const run of runs) {
    if (run.length < 2) continue;
    const cut = run.filter(([, i]) => {
      const before = near(i, -1);
      const after = near(i, 1);
      return prose(before) && /[\p{Script=Han}，、]$/u.test(before) && hanCount(after) >= 4 && hanCount(after) >= len(after) * 0.6;
    }).length;
    if (cut * 2 >= run.length) out.push(...run.map(([, i]) => i));
  }
  return out.sort((a, b) => a - b);
}

/** Text compared for copies: punctuation full-width, spaces and ellipses dropped. */
function comparable(t: string): string {
  return toFullWidthPunctuation(t).text.replace(/[\s…]+|\.{3,}$/g, '');
}

export interface ChromeResult {
  kept: Line[];
  removed: Removal[];
  /** Index (into the lines) of the body span, null when none was found. */
  span: { start: number; end: number } | null;
  /** Repairs made on the way (a newspaper's jump rejoined). */
  repairs: Repair[];
}

/**
 * Removes page chrome from `lines` (after the inline noise rules). `pageTitle`:
 * the page's own `<title>`, when the file had one, as evidence for the title.
 */
export function removeChrome(
  lines: readonly Line[],
  pageTitle?: string,
  pageEvidence = false,
  /** Raw lines the noise rules already dropped whole (noise.ts): part of a page's tail when after the body. */
  droppedBefore: ReadonlySet<number> = new Set(),
): ChromeResult {
  const texts = lines.map((l) => l.text);
  // The lines as written, before any rule blanked them (texts is changed as lines are removed).
  const written: readonly string[] = lines.map((l) => l.text);
  const removed: Removal[] = [];
  const cut = (i: number, part: string, reason: string): void => {
    if (!part.trim()) return;
    removed.push({ reason, text: part.trim(), line: lines[i]!.line });
    texts[i] = texts[i]!.replace(part, '');
  };
  // Lines no rule may drop once the body is known: a printed form's blocks continuing after it (form-blanks.ts).
  const formLines = new Set<number>();
  const drop = (i: number, reason: string): void => {
    if (!formLines.has(i)) cut(i, texts[i]!, reason);
  };

  // 1. (whole lines) A program's artefacts (artefacts.ts): field codes, numbered links, image
  //    placeholders and the caption under one, an editor's toolbar.
  for (let i = 0; i < texts.length; i++) {
    for (const m of texts[i]!.trim().matchAll(GLUED_QUOTES)) cut(i, m[0], 'markup');
    const reason = artefactReason(texts[i]!);
    if (!reason) continue;
    drop(i, reason);
    const k = nearestNonBlank(texts, i, 1);
    if (reason === 'image-placeholder' && k < texts.length && isImageCaption(texts[k]!)) drop(k, 'photo-caption');
    // A table of contents made of field codes: its head (`目　　录`) goes with its entries.
    const h = nearestNonBlank(texts, i, -1);
    if (reason === 'field-code' && h >= 0 && TOC_HEAD.test(texts[h]!.trim())) drop(h, 'toc');
  }

  // 1. Inside any line: hidden-text markers and anti-scraping junk.
  for (let i = 0; i < texts.length; i++) {
    for (const m of texts[i]!.matchAll(HIDDEN_TEXT)) cut(i, m[0], 'paywall');
    for (const m of texts[i]!.matchAll(JUNK_RUN)) {
      // Digits at the run's end that go on into the text (`W70年来`) are the text's.
      const next = texts[i]!.slice(m.index + m[0].length, m.index + m[0].length + 1);
      const run = /[\d\p{Script=Han}]/u.test(next) ? m[0].replace(/\d+$/, '') : m[0];
      if (isJunkRun(run)) cut(i, run, 'junk');
    }
    const call = FOLLOW_CALL.exec(texts[i]!);
    if (call && (FOLLOW_TARGET.test(call[1]!) || call[2])) cut(i, call[0], 'follow-call');
    cutMetaTail(texts, i, cut);
    cutGluedTail(texts, i, cut);
    cutSiteSuffix(texts, i, cut);
  }

  // 1a. A proof copy's comment anchors glued to the text (`…康庄大道。[李4]`), its comments list repeating them (back-matter.ts).
  const proof = commentAnchors(texts);
  for (const { i, anchor } of proof.anchors) {
    const t = texts[i]!.trimEnd();
    removed.push({ reason: 'comment-anchor', text: anchor, line: lines[i]!.line });
    texts[i] = t.slice(0, t.length - anchor.length);
  }
  for (const i of proof.list) drop(i, 'back-matter');
  // 1'. Cues and tagged notes between paragraphs (cues.ts): `︽ 上滑继续阅读`, `【翻页 → P2】`, `【笔记】…`.
  // (A page's tools, `【字体：大 中 小】`, are left to the widget rules: evidence of a web page.)
  for (const i of cueLines(texts)) if (!isWidgetRun(texts[i]!.trim()) && !isToolLine(texts[i]!.trim())) drop(i, 'cue');
  // 1'''. A newspaper's jump (jumps.ts): the markers cut, another page's lines between the halves removed;
  //       a brief pointing to a report on another page.
  //       A half cut mid-sentence is rejoined with the rest: one paragraph, as printed before the cut.
  const repairs: Repair[] = [];
  for (const jump of findJumps(texts)) {
    cut(jump.out, jump.outMarker, 'jump-marker');
    for (const k of jump.between) drop(k, 'other-page');
    cut(jump.in, jump.inMarker, 'jump-marker');
    const [head, rest] = [texts[jump.out]!.trimEnd(), texts[jump.in]!.trim()];
    if (!SENTENCE_ENDED.test(head)) {
      texts[jump.out] = head + rest;
      texts[jump.in] = '';
      const detail = `a newspaper's jump rejoined: …${head.slice(-8)} + ${rest.slice(0, 8)}… (line ${lines[jump.in]!.line})`;
      repairs.push({ kind: 'join-jump', detail, line: lines[jump.out]!.line });
    }
  }
  for (let i = 0; i < texts.length; i++) if (SEE_PAGE.test(texts[i]!) && texts[i]!.trim().length <= 200) drop(i, 'page-reference');

  // 1''. A copy's own head ruled off above the title block (head-rule.ts).
  for (const i of headAboveRule(texts)) drop(i, 'head-above-rule');
  // 1'''''. An edit form's labels (form-fields.ts): empty fields go, a required field's label is cut from its value.
  const form = formFields(texts);
  for (const i of form.empty) drop(i, 'form-field');
  for (const { i, label } of form.labels) cut(i, label, 'form-field');
  // 1''''. A preview quoting the speech above its title block (quotes-above.ts).
  for (const i of quotesAboveTitle(texts)) drop(i, 'quotes-above-title');

  // 1a. An export's frame repeated around every paragraph (frames.ts), before anything reads the lines' order.
  //     Like page-break chrome it runs through the text: not evidence that a page's tail has begun,
  //     and neither is a line removed next to a frame line (an item's stamp under its header).
  const frame = frameLines(texts);
  for (const i of shorterCopies(texts, frame)) drop(i, 'shorter-copy');
  for (const i of frame) drop(i, 'export-frame');

  // 1a'. A slide deck's notes pages (notes-pages.ts): the notes are the text; each page's marker, slide
  //      text, notes label and page number, the export's head and the reader's directions go. Like
  //      page-break chrome they run through the text: not evidence that a page's tail has begun.
  const notes = notesPages(texts);
  const notesLines: number[] = [];
  if (notes) {
    const parts: [number[], string][] = [
      [notes.head, 'export-head'],
      [notes.marks, 'slide-mark'],
      [notes.slideText, 'slide-text'],
      [notes.pageNumbers, 'page-number'],
      [notes.directions, 'cue'],
    ];
    for (const [at, reason] of parts)
      for (const i of at) {
        drop(i, reason);
        notesLines.push(i);
      }
  }

  // 1b. Running headers of a printed copy: a short line that is not a sentence,
  //     recurring three or more times; every occurrence after the first goes.
  const seen = new Map<string, number[]>();
  texts.forEach((t, i) => {
    const k = t.trim();
    if (k && len(k) >= 4 && len(k) <= 40 && !/[。！？；：，、!?;:,]/.test(k)) seen.set(k, [...(seen.get(k) ?? []), i]);
  });
  // Page footers that carry a name with the number (`中共某某市委党校　　3`): see numberedFooters.
  const footers = new Set(numberedFooters(texts));
  const pageLine = (k: number): boolean => footers.has(k) || isPageNumberLine(texts[k]!.trim());
  // Only next to page numbers (`- 3 -`): a table's repeated cells are not running headers.
  const nearPageNumber = (i: number): boolean => {
    for (let k = Math.max(0, i - 3); k <= i + 3 && k < texts.length; k++) if (k !== i && pageLine(k)) return true;
    return false;
  };
  const afterPageNumber = (i: number): boolean => {
    for (let k = Math.max(0, i - 3); k < i; k++) if (pageLine(k)) return true;
    return false;
  };
  for (const i of footers) drop(i, 'page-number');
  for (const [, at] of seen) {
    const atBreak = at.filter(nearPageNumber);
    // Three or more, mostly at page breaks; or two or more, each at a page break.
    if (at.length < 2 || atBreak.length * 2 < at.length || (at.length === 2 && atBreak.length < 2)) continue;
    // Every copy after a page number goes (so the first page break's too); the first copy
    // with no page number before it (the title at the top) stays.
    for (const i of at) if (i !== at[0] || afterPageNumber(i)) drop(i, 'running-header');
  }

  // 1b'. Page-break chrome found by recurrence at page breaks (page-breaks.ts): counters, running
  //      heads (the title again too), a browser's print header and URL footer.
  //      Not evidence that a page's tail has begun after the body (a printed copy has them all
  //      through), and a page number alone is no evidence of a web page's chrome (as in step 7).
  const breakLines = new Set<number>();
  for (const { i, reason } of pageBreakChrome(texts)) {
    drop(i, reason);
    breakLines.add(lines[i]!.line);
  }
  for (const i of frame) {
    breakLines.add(lines[i]!.line);
    for (const dir of [-1, 1] as const) {
      const k = nearestNonBlank(written, i, dir);
      if (k >= 0 && k < lines.length) breakLines.add(lines[k]!.line);
    }
  }
  for (const i of notesLines) breakLines.add(lines[i]!.line);
  const evidence = (r: Removal): boolean => !breakLines.has(r.line);
  const webEvidence = (r: Removal): boolean => r.reason !== 'position-mark' && (evidence(r) || r.reason !== 'page-number');

  // 1c. Slide numbers and subtitle time codes between paragraphs (position-marks.ts).
  const marks = positionMarks(texts);
  for (const i of marks) drop(i, 'position-mark');

  // 1d'. A transcript's other turns and stage notes (transcript.ts).
  for (const i of transcriptNoise(texts)) drop(i, 'transcript');

  const span = bodySpan(texts);
  if (span) for (const i of formBlocks(texts, span.end)) formLines.add(i);
  // 1d. The marked text begins at its first mark: what stands between the header and it is the page's.
  if (span && marks.length)
    for (const i of beforeFirstMark(texts, marks[0]!, span.start))
      drop(i, chromeReasonOutside(texts[i]!.trim(), false, true) ?? 'above-marks');
  const idx = texts.map((_t, i) => i).filter((i) => texts[i]!.trim());
  const inside = (i: number): boolean => span === null || (i >= span.start && i < span.end);

  // 2. Lines by shape, judged by position; lines after the body once it is
  //    known whether the lines before it were a web page's.
  const judge = (i: number, webPage: boolean): void => {
    const t = texts[i]!.trim();
    const reason = inside(i) ? chromeReasonInside(t) : chromeReasonOutside(t, span !== null && i >= span.end, webPage);
    if (reason) drop(i, reason);
  };
  // An archive's menu of bare numbers (years, issues) above the body (number-menu.ts).
  if (span) for (const i of numberMenuLines(texts, span.start)) drop(i, 'menu');
  const before = idx.filter((i) => span !== null && i < span.start && texts[i]!.trim());
  for (const i of before) judge(i, pageEvidence);
  // (A slide deck's or a transcript's position marks are no web page's.)
  const webPage = pageEvidence || removed.some(webEvidence);
  for (const i of idx) if (span === null || i >= span.start) judge(i, webPage);

  if (span) {
    const chromeBefore = webPage;
    // 3. Runs of bare short items outside the body: menus written one item a
    //    line. A run next to a date is a signature block (issuers, date): kept.
    //    The title block directly above the body (a title, maybe broken over two
    //    lines, a name, a dateline) is the header, not a menu.
    const webAfter = removed.some((r) => WEB_CHROME.has(r.reason) || r.reason === 'menu');
    const header = headerBlockAbove(texts, span.start, pageTitle);
    const outside = idx.filter((i) => !inside(i) && texts[i]!.trim() && !header.has(i));
    for (let a = 0; a < outside.length; ) {
      let b = a;
      while (b < outside.length && isBareItem(texts[outside[b]!]!.trim()) && (b === a || consecutive(texts, outside[b - 1]!, outside[b]!)))
        b++;
      const nextLine = outside[b] !== undefined ? texts[outside[b]!]!.trim() : '';
      const signed = /^(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年/.test(nextLine);
      // A web page's chrome anywhere (a menu in the footer too) says so.
      const webPage = pageEvidence || chromeBefore || webAfter;
      if (b - a >= 3 && !signed && webPage) for (let k = a; k < b; k++) drop(outside[k]!, 'menu');
      a = b > a ? b : a + 1;
    }

    // 4. After the body: the list a related-list head announces.
    let inList = false;
    for (let i = span.end; i < texts.length; i++) {
      const t = texts[i]!.trim();
      const wasHead = removed.some((r) => r.line === lines[i]!.line && r.reason === 'related-list');
      if (wasHead) {
        inList = true;
        continue;
      }
      if (!t) continue;
      if (inList && !/[。；]/.test(t) && !isWrappedProse(texts, i) && len(t) <= 60) drop(i, 'related-list');
      else inList = false;
    }

    // 4a'. Another document's title block after the speech (a compilation's next report): it and all after it (next-document.ts).
    const nextDoc = nextDocumentAt(written, texts, span.start);
    if (nextDoc !== null) for (let i = nextDoc; i < texts.length; i++) if (texts[i]!.trim()) drop(i, 'next-document');

    // 4b. After the body, once the page's tail has begun (a line after the body removed as
    //     chrome), the short lines that follow are the tail's too: comment bars, buttons,
    //     counters, a footer's parts. Sentences and exclamations stay (a note, a closing), and so
    //     does a date (a signature stands before a page's tail, not in it).
    //     On a web page (chrome already found around the body, not only a printed copy's page
    //     numbers and running heads), lines the noise rules dropped start the tail too, and the tail
    //     takes comments (after a post's stamp), lines with no Chinese text and link titles.
    const web = pageEvidence || removed.some((r) => WEB_CHROME.has(r.reason));
    const wasRemoved = (i: number): boolean =>
      (web && droppedBefore.has(lines[i]!.line)) || removed.some((r) => r.line === lines[i]!.line && evidence(r));
    // The nearest line before / after line i that was not blank in the file: removed as chrome.
    const betweenRemoved = (i: number): boolean => {
      const [a, b] = [nearestNonBlank(written, i, -1), nearestNonBlank(written, i, 1)];
      return a >= 0 && b < lines.length && wasRemoved(a) && wasRemoved(b);
    };
    let tailStart: number | undefined;
    for (let i = span.end; i < texts.length && tailStart === undefined; i++) if (wasRemoved(i)) tailStart = i;
    if (tailStart !== undefined) {
      // A post's stamp (`网友 2018-05-05 10:30：…`, `发表于 … | 只看该作者`) in the tail: what follows are comments.
      let comments = false;
      for (let i = tailStart + 1; i < texts.length; i++) {
        if (web && removed.some((r) => r.line === lines[i]!.line && (isStampLine(r.text) || COMMENT_HEAD.test(r.text.trim()))))
          comments = true;
        const t = texts[i]!.trim();
        if (!t) continue;
        // The comment section's head (`写留言`, `留言 86`, `全部评论（12）`): what follows are comments.
        if (web && COMMENT_HEAD.test(t)) {
          comments = true;
          drop(i, 'comment');
          continue;
        }
        if (web && (POST_STAMP.test(t) || COMMENT_STAMP_END.test(t))) {
          comments = true;
          drop(i, 'comment');
          continue;
        }
        if (comments && len(t) <= 120 && !isDateline(t)) {
          drop(i, 'comment');
          continue;
        }
        // Not Chinese text at all (`GMT+8, … Processed in 0.06 second(s)`): a page's machinery.
        if (web && hanCount(t) === 0 && /[A-Za-z]/.test(t) && len(t) <= 160) {
          drop(i, 'page-tail');
          continue;
        }
        // On a web page, a sentence or two between two lines of the tail (a related article's
        // teaser under its title and author): the tail's.
        if (web && len(t) <= 120 && !isDateline(t) && betweenRemoved(i)) {
          drop(i, 'page-tail');
          continue;
        }
        // A short exclamation or sentence (`同志们！`, `干杯！`) is a closing, not a button; on a web
        // page a link's title (no sentence end, up to a line of text) is the tail's.
        if (SENTENCE_ENDED.test(t) || isDateline(t)) continue;
        if (web ? len(t) > TAIL_TITLE || (isSentenceLike(t) && !isTitleLike(t)) : len(t) > TAIL_LINE || isSentenceLike(t)) continue;
        drop(i, 'page-tail');
      }
    }

    // 4b'. A rule line after the speech (`--`, `---`, `————`) with only a tail's lines after it: a
    //      signature, a note on where the copy comes from, stamps and buttons (separatorTail).
    const sep = separatorTail(texts, span, (i) => removed.some((r) => r.line === lines[i]!.line && evidence(r)));
    if (sep !== null) for (let i = sep; i < texts.length; i++) if (texts[i]!.trim()) drop(i, 'after-rule');

    // 4b''. A chat's messages after the forwarded speech: stamp-and-sender heads and short replies (transcript.ts).
    for (const i of chatReplies(written, texts, span.start)) drop(i, 'chat');

    // 4b'''. A file with its size after the speech (an app's attachment), and the short lines under it (attachment-tail.ts).
    const attached = attachmentTail(texts, span.start);
    for (const i of attached.files) drop(i, 'attachment');
    for (const i of attached.after) drop(i, 'after-attachment');
    // 4b''''. Replies at the text's end, each with its name and a time stamp, and the reply box above them (stamped-replies.ts).
    for (const i of stampedReplies(texts, span.start)) drop(i, 'comment');

    // 4c. The tail's head: lines between the speech's last paragraph and the tail (or the
    //     file's end), walking back from it while they have a tail's shape (tailShape); the
    //     weak shapes only before a web page's tail.
    tailHead(texts, span, web ? tailStart : undefined, drop, (i) => removed.some((r) => r.line === lines[i]!.line), web, written);

    // 4c--. Once the tail has begun, a line that repeats a sentence of the speech (an accessibility bar's
    //       big caption, a share card's quote) is a copy of the speech, not more of it.
    //       Only the text's last lines (MAX_QUOTES), each after the tail's start: a second copy of the
    //       whole speech is not a quote.
    if (tailStart !== undefined) {
      const last = idx.filter((i) => i > tailStart && texts[i]!.trim()).slice(-MAX_QUOTES);
      for (const i of last.reverse()) {
        const t = texts[i]!.trim();
        if (len(t) < MIN_QUOTE || !isSentenceLike(t)) break;
        if (!texts.some((u, k) => k >= span.start && k < tailStart && u.includes(t))) break;
        drop(i, 'quote');
      }
    }

    // 4c-. Not only on a web page: the last line left, a short sentence between two lines removed as
    //      the tail's (not page breaks: a printed copy's last paragraph stands between two page numbers),
    //      with nothing kept after it, is the tail's too (an e-learning page's `恭喜您完成本课程学习，获得0.5学时！`
    //      between its progress bar and its test button). A form's lines further up stay.
    if (tailStart !== undefined) {
      const tailLine = (k: number): boolean =>
        removed.some((r) => r.line === lines[k]!.line && evidence(r) && r.reason !== 'page-number' && r.reason !== 'position-mark');
      const lastKept = texts.findLastIndex((t) => t.trim());
      for (let i = Math.max(tailStart + 1, lastKept); i < texts.length; i++) {
        const t = texts[i]!.trim();
        if (!t || len(t) > SANDWICHED || isDateline(t) || readByline(t)) continue;
        const [a, b] = [nearestNonBlank(written, i, -1), nearestNonBlank(written, i, 1)];
        if (a >= 0 && b < lines.length && tailLine(a) && tailLine(b)) drop(i, 'page-tail');
      }
    }

    // 4c'. A deck's closing slide: after the last slide mark, one short line and nothing else (`谢谢观看！`).
    const lastMark = marks.at(-1);
    if (lastMark !== undefined && lastMark >= span.start) {
      const after = idx.filter((i) => i > lastMark && texts[i]!.trim());
      if (after.length === 1 && len(texts[after[0]!]!.trim()) <= 8) drop(after[0]!, 'closing-slide');
    }

    // 4c'-. A deck read from its notes: the last slide's marker, the closing slide and the page numbers and cues around them (deck-end.ts).
    for (const i of deckEnd(written)) if (texts[i]!.trim()) drop(i, 'closing-slide');

    // 4c''. An editor's notes after the speech: a notes head and numbered notes only (back-matter.ts).
    for (const i of trailingNotes(written, span.start + 1, (k) => !texts[k]!.trim())) if (texts[i]!.trim()) drop(i, 'notes');

    // 4c'''. What follows an end marker, or a bracketed or labelled section of the page's own, after the speech (after-end.ts).
    const end = afterEnd(written, texts, span.start);
    if (end) for (const i of end.lines) drop(i, i === end.head ? (end.kind === 'end-marker' ? 'end-marker' : 'after-end') : 'after-end');

    // 4d. Before the body: a sidebar's list (its head and link titles), not to be taken for the title.
    listsBeforeBody(texts, span.start, drop);

    // 4e. A banner above the page's own navigation near the top (a cached copy's, banner.ts).
    const navAt = (k: number): boolean =>
      k >= 0 && k < lines.length && removed.some((r) => r.line === lines[k]!.line && NAV_REASONS.has(r.reason));
    for (const i of bannerAboveNavigation(texts, written, navAt)) drop(i, 'banner');

    // 5. Above the title: what stands before the title line is the site's.
    //    A title block the line above announces (`以下为讲话全文：`) heads the body, the report above it included.
    //    So does a title block heading the text under a few lines the span took in (headedBlockInSpan).
    //    A text the line announces that opens with its salutation (a letter: `…的毕业生们：`) starts the body too.
    const salutation = announcedSalutation(texts, span);
    if (salutation) for (const i of salutation.report) drop(i, 'report-above-text');
    const announced = salutation?.start ?? announcedBlock(texts, span, pageTitle) ?? headedBlockInSpan(texts, span, pageTitle);
    const removedLines = new Set(removed.map((r) => r.line));
    const gone = lines.flatMap((l, i) => (removedLines.has(l.line) && !texts[i]!.trim() ? [i] : []));
    aboveTitle(texts, announced ?? span.start, pageTitle, drop, pageEvidence || chromeBefore || webAfter, gone);
    belowTitle(texts, span.start, pageTitle, drop);
    // 5a. Before the body, a short line between two lines of the page's navigation (a site's name between
    //     an archive's toolbar and the site's menu): the navigation's, not a title.
    for (let i = 0; i < span.start; i++) {
      const t = texts[i]!.trim();
      if (!t || len(t) > TAIL_TITLE || SENTENCE_ENDED.test(t)) continue;
      if (navAt(nearestNonBlank(written, i, -1)) && navAt(nearestNonBlank(written, i, 1))) drop(i, 'navigation');
    }

    // 6. The site's summary: a copy of the opening paragraph before it.
    summaryCopy(texts, span, drop);
    // 6a. A caption or a lead over the first paragraph, restated by it (restated-lead.ts).
    for (const i of restatedLeads(texts, announced ?? span.start, span.end)) drop(i, 'restated-lead');
    // 6a'. A photo series' captions between a report's paragraphs (caption-series.ts).
    for (const i of captionSeries(texts)) drop(i, 'caption-series');

    // 6b. Links back to the top or the contents, repeated at the end of each part.
    for (const i of backAnchors(texts, span.start)) drop(i, 'back-link');

    // 6c. The speech as a block of lines in one voice (speech-block.ts): before it, the page's lines of
    //     another voice (labels, clock times, tables, tags); after it, the page's tail.
    const chromeAt = (i: number): boolean =>
      !texts[i]!.trim() && !!written[i]!.trim() && removed.some((r) => r.line === lines[i]!.line && evidence(r));
    for (const { i, reason } of outsideSpeechBlock(texts, chromeAt)) drop(i, reason);
  }

  // 7. Bare page numbers of a PDF's text (`2`, `3` alone on a line in mid-sentence), last, so
  //    that they are not taken as evidence of a web page's chrome by the steps above.
  for (const i of barePageNumbers(texts)) drop(i, 'page-number');

  removed.sort((a, b) => a.line - b.line);
  return { kept: lines.map((l, i) => ({ text: texts[i]!, line: l.line })), removed, span, repairs };
}

/**
 * The lines of the title block standing directly above the body, walking up
 * from it (past a salutation, `同志们：`): datelines, then name lines (bylines), then the title, which is one
 * line or a title broken over two (`在全市第二批主题教育` / `工作推进会上的讲话`).
 * A block is only taken when it has a title and reads as a head: the title
 * is broken over two lines, or is followed by a name or a dateline, or ends
 * with a title word. Menu items are parallel short words with none of that
 * shape. Empty when there is no such block.
 */
function headerBlockAbove(texts: readonly string[], bodyStart: number, pageTitle?: string): Set<number> {
  const up: number[] = [];
  for (let k = bodyStart - 1; k >= 0 && up.length < 8; k--) if (texts[k]!.trim()) up.push(k);
  let p = 0;
  // The salutation (`同志们：`) opens the speech: the head stands above it.
  while (p < up.length && SALUTATION.test(texts[up[p]!]!.trim())) p++;
  const block = new Set<number>();
  let marks = 0;
  while (p < up.length && isDateline(texts[up[p]!]!.trim())) {
    block.add(up[p++]!);
    marks++;
  }
  let names = 0;
  while (p < up.length && names < 2) {
    const t = texts[up[p]!]!.trim();
    if (len(t) > 40 || !readByline(t) || TITLE_END.test(t)) break;
    block.add(up[p++]!);
    names++;
    marks++;
  }
  if (p >= up.length) return new Set();
  const last = texts[up[p]!]!.trim();
  const first = p + 1 < up.length ? texts[up[p + 1]!]!.trim() : '';
  if (first && brokenTitle(first, last) && titleScore(first + last, pageTitle) > 0) {
    block.add(up[p]!);
    block.add(up[p + 1]!);
    return block;
  }
  const score = titleScore(last, pageTitle);
  if (score > 0 && (marks > 0 || score >= 4)) {
    block.add(up[p]!);
    return block;
  }
  return new Set();
}

/**
 * A menu item on a line of its own: short, bare, no digits, no Latin letters
 * glued to Chinese (table cells and figure labels of documents have those).
 */
function isBareItem(t: string): boolean {
  return isBareShort(t) && !/\d/.test(t) && !(/[A-Za-z]/.test(t) && /\p{Script=Han}/u.test(t));
}

/**
 * A page title's site suffix on a title-shaped line: `标题_淮南党建网`,
 * `标题 - 清河新闻网`, `标题|某某网站`. An underscore never stands in a
 * Chinese title; a spaced dash or a bar only before a site's name (…网, …站).
 */
function cutSiteSuffix(texts: string[], i: number, cut: (i: number, part: string, reason: string) => void): void {
  const t = texts[i]!.trimEnd();
  // A menu's last item (`网站群导航：中央部委网站 | 省级政府网站 | 市县政府网站`) is not a page title's suffix.
  if (isSentenceLike(t) || len(t) > 120 || isMenuShape(t.trim())) return;
  const m =
    /_[\p{Script=Han}A-Za-z0-9]{2,15}$/u.exec(t) ??
    /(?:\s[-–—]\s|\s?[|｜]\s?)[\p{Script=Han}A-Za-z0-9]{2,15}(?:网|站|网站|门户|平台|在线|频道|论坛|之家|文库|社区)$/u.exec(t);
  if (m && m.index >= 5) cut(i, m[0], 'site-suffix');
}

/**
 * A social account's call to follow it, at the start of a line (alone, or glued before the
 * title by a copy that lost the line break): `点击蓝字  关注我们`, `点击上方“某某党建”关注我们`,
 * `戳上方蓝字，一键订阅`, `长按识别二维码关注我们`. An imperative to the reader (点击, 点, 戳,
 * 长按, 扫码) whose goal is to follow or subscribe (关注, 订阅, 星标, 置顶), within a short
 * clause: no speech opens by telling its listeners to tap.
 */
const FOLLOW_CALL =
  /^[\s↑▲☝👆]*(?:点击|轻触|点|戳|长按|扫码|扫描)([^，。！？；、\n]{0,14}?)[\s，,]*(?:一键|快速|免费)?(?:关注|订阅|星标|置顶)(我们|本号|公众号|[“"][^”"]{1,12}[”"])?(?:[\s，,]*(?:设为|加)?(?:星标|置顶)(?:我们)?)?[\s!！~～]*/u;
/** What tells a call to follow from a sentence: it points at the account (蓝字, 上方, 名片, 二维码, a quoted name) or names it as the object (我们, 本号). */
const FOLLOW_TARGET = /蓝字|蓝色|上方|上面|下方|标题|名片|二维码|公众号|[“"]/u;

/** True when only blank lines stand between lines a and b. */
function consecutive(texts: readonly string[], a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (texts[k]!.trim()) return false;
  return true;
}

/**
 * Page chrome glued after the last sentence of a line of speech (a copy that lost the
 * line break between the text and what followed it on the page):
 *   - a news agency's dispatch closing the article: `…命运共同体！（新华社北京11月21日电）`;
 *   - a read-more or paywall marker: `…热烈祝贺！阅读全部…`;
 *   - a tool label and its menu: `…万事如意！分享到：微信 朋友圈 QQ 微博`.
 */
function cutGluedTail(texts: string[], i: number, cut: (i: number, part: string, reason: string) => void): void {
  const t = texts[i]!;
  const m = /[。！？”]\s*([^。！？”]{2,40})$/u.exec(t);
  if (!m || !isSentenceLike(t.slice(0, m.index + 1))) return;
  const tail = m[1]!.trim();
  if (/^[（(][^（）()]{0,16}\d{1,2}\s*月\s*\d{1,2}\s*日\s*电\s*[）)]$/u.test(tail)) cut(i, m[1]!, 'dispatch');
  else if (len(tail) <= 12 && isPaywall(tail)) cut(i, m[1]!, 'paywall');
  else {
    const w = /^([\p{Script=Han}]{2,4})\s*[：:]\s*(.+)$/u.exec(tail);
    if (w && META_TOOL_LABEL.test(w[1]!) && isMenuShape(w[2]!)) cut(i, m[1]!, 'widget');
  }
}

/** Labels of a page's tools followed by their items (`分享到：微信 朋友圈 QQ 微博`). */
const META_TOOL_LABEL = /^(?:分享到?|转发到?|收藏到?|字号|字体)$/u;

/**
 * Page metadata glued after the last sentence of a line:
 * `…讲话。责任编辑：张三` / `…。（来源：新华社 发布时间：2021-03-16）`.
 * Cut when the tail after the last sentence end is only label-colon pairs
 * with at least two pairs or a date or number as value.
 */
function cutMetaTail(texts: string[], i: number, cut: (i: number, part: string, reason: string) => void): void {
  const t = texts[i]!;
  const m = /[。！？”]\s*([（(【[]?[^。！？”]{3,80})$/u.exec(t);
  if (!m || !isSentenceLike(t.slice(0, m.index + 1))) return;
  const tail = m[1]!;
  const inner = tail.replace(/^[（(【[]|[）)】\]]$/g, '').trim();
  const pairs = labelPairs(inner);
  const strength = pageMetaStrength(inner);
  if (
    strength === 2 ||
    (strength === 1 && pairs.some((p) => DATE_VALUE.test(p.value) || /^\d+$/.test(p.value) || /编辑|来源|作者|责编/.test(p.label)))
  ) {
    cut(i, tail, 'page-meta');
  }
}

/**
 * Lines above the title, when the page has a title line before its body.
 *   - A copy of the title (the page's `<title>`): `duplicate-title`.
 *   - A headed title block (the title, then only its subtitle, dateline, byline or the
 *     salutation before the body, at least one of the first three): a speech's text never
 *     stands above its own title block, so every line above it is the page's or a cover's
 *     (site chrome, a Word style dump, e-mail headers, a forwarder's note, a table of
 *     contents, a banner); sentences too, when there are few of them (a note, a lead; not a
 *     text of its own). Reported by their chrome shape, else `above-title`.
 *   - A strong title (title words, a meeting) or a title directly over the body: short lines
 *     that are not sentences (`（此件不公开）`, `签发人：…`, a document number) as
 *     `pre-title`; a name stays (it may be the byline, printed first).
 *   - Otherwise, on a page known to be a web page, short bare lines as `navigation`; a
 *     document's bare head lines (`中共云阳市委办公室`) under a strong title as `pre-title`.
 * Datelines stay unless the block is headed.
 */
function aboveTitle(
  texts: readonly string[],
  bodyStart: number,
  pageTitle: string | undefined,
  drop: (i: number, reason: string) => void,
  webPage: boolean,
  /** Indices of lines already removed as chrome (blank in `texts` now). */
  wasRemoved: readonly number[] = [],
): void {
  let picked = pickTitleIndex(texts, bodyStart, pageTitle, (t) => readByline(t) !== null && !TITLE_END.test(t));
  // A title block that heads the body further down (its subtitle, dateline or byline under it)
  // is the title over a title-shaped line above it that heads nothing (a headline, a page copy).
  if (picked >= 0 && !headedTitle(texts, picked, bodyStart, pageTitle)) {
    for (let k = picked + 1; k < bodyStart; k++)
      if (texts[k]!.trim() && titleScore(texts[k]!.trim(), pageTitle) > 0 && headedTitle(texts, k, bodyStart, pageTitle)) {
        picked = k;
        break;
      }
  }
  // A title's first part stands right above it: with chrome removed between them (`楼主` / `发表于 …` / title), the line is no part of it.
  const firstPart = titleFirstPart(texts, picked);
  const head = firstPart >= 0 && !wasRemoved.some((k) => k > firstPart && k < picked) ? firstPart : -1;
  // A two-part title above a subtitle may stand with blank lines between its parts (a wiki's copy).
  const spacedHead = head < 0 ? firstPartAbove(texts, picked) : -1;
  const best = head >= 0 ? head : spacedHead >= 0 ? spacedHead : picked;
  if (best <= 0) return;
  const title = head >= 0 ? texts[head]!.trim() + texts[picked]!.trim() : texts[best]!.trim();
  // Without a web page around it, only an unmistakable title (title words, a meeting) lets lines above it go.
  const strong = titleScore(texts[picked]!.trim(), pageTitle) >= 4;
  const bare = (x: string): string => stripSiteSuffix(x).replace(/\s+/g, '');
  // (A subtitle glued to the title, `标题——在…上的讲话`, names the occasion as well.)
  const glued = title.indexOf('——') > 0 ? title.slice(title.indexOf('——')) : undefined;
  const subtitle = texts.slice(picked + 1, bodyStart).find((x) => SUBTITLE.test(x.trim())) ?? glued;
  const core = subtitle ? bare(subtitle).replace(/^[—－–-]+/u, '') : '';
  // A copy of the title block: its title, or its subtitle's occasion (`习近平：在…上的讲话（全文）`).
  // A page title may also put the site and its column first (`某论坛 - 时政 - 【转载】标题`): each part is compared.
  // The occasion may be copied with a word or two put in (`在首届…峰会上的主旨讲话` for `在…峰会上的主旨讲话`).
  const copies = (t: string): boolean =>
    [t, ...t.split(SPACED_SEPARATOR)].some(
      (x) => bare(x).includes(bare(title)) || (len(core) >= 6 && (bare(x).includes(core) || withInsertions(bare(x), core))),
    );
  // Another speech title above naming another occasion than the block's subtitle: which one the page
  // is about is not clear, so the headed block takes nothing above it. (Without a subtitle to compare,
  // a headline worded differently is taken for the page's copy.)
  // (A title naming the block's occasion, `关于学习贯彻…在首届…开幕式上重要讲话精神的通知`, is no rival: it is about this speech.)
  const occasion = OCCASION.exec(core)?.[1] ?? '';
  const sameOccasion = (t: string): boolean => len(occasion) >= 4 && (bare(t).includes(occasion) || withInsertions(bare(t), occasion));
  const rival = (t: string): boolean =>
    len(core) >= 6 && !isSentenceLike(t) && titleScore(t, pageTitle) >= 4 && !copies(t) && !sameOccasion(t);
  const headed = headedTitle(texts, picked, bodyStart, pageTitle) && !texts.slice(0, best).some((t) => t.trim() && rival(t.trim()));
  const above = texts
    .slice(0, best)
    .map((t, i) => [t.trim(), i] as const)
    .filter(([t]) => t);
  const prose = above.filter(([t]) => isSentenceLike(t) || len(t) > 60);
  // A few sentences (a forwarder's note, a banner, a lead), not a text of its own.
  // A news report above the full text it announces (`以下为讲话全文：`, `…全文如下：`) right over the title: the report is the page's.
  const announced = above.length > 0 && FULL_TEXT_FOLLOWS.test(above[above.length - 1]![0]);
  const fewSentences = announced || (prose.length <= MAX_PROSE_ABOVE && prose.reduce((n, [t]) => n + len(t), 0) <= MAX_PROSE_CHARS_ABOVE);
  // A table of contents above the title (its head and entries, toc.ts) is named as one.
  const toc = findToc(texts, best);
  const inToc = (i: number): boolean => toc !== null && i >= toc.head && i < toc.end;
  let underCopy = false;
  for (const [t, i] of above) {
    // The page's own title: the title, with a site suffix, a speaker prefix or the subtitle.
    if (len(t) <= 150 && len(title) >= 6 && !/[。！？；]/.test(t) && copies(t)) {
      drop(i, 'duplicate-title');
      underCopy = true;
      continue;
    }
    const sentence = isSentenceLike(t) || len(t) > 60;
    if (headed && (!sentence || fewSentences)) {
      // A sentence between the page's copy of the title and the block is the report's lead (its day is evidence).
      const why = sentence ? (underCopy ? 'lead-above-title' : proseAbove(t, bare(t).includes(`《${bare(title)}`))) : lineAbove(t);
      drop(i, inToc(i) ? 'table-of-contents' : announced && sentence && why === 'above-title' ? 'report-above-text' : why);
      continue;
    }
    if (sentence || isDateline(t)) continue;
    const punctuated = /[\p{P}]/u.test(t.replace(/[|｜>＞›»·•\-_/]/g, ''));
    if (!punctuated && webPage) drop(i, 'navigation');
    else if (strong && len(t) >= 4 && len(t) <= 20 && !/[\p{P}\d]/u.test(t.replace(/\s+/g, '')) && !readByline(t)) drop(i, 'pre-title');
    // A document's note on its own line above a strong title (`（此件不公开）`, `【内部资料】`).
    else if (strong && HEAD_NOTE.test(t)) drop(i, 'pre-title');
  }
}

/** The occasion a subtitle names: `在首届中国国际进口博览会开幕式上的主旨演讲` → `首届中国国际进口博览会开幕式`. */
const OCCASION = /^在(.{4,60}?)(?:上|时|期间|之际)/u;

/** Most characters put into a copy of a title's occasion that still make it the same occasion. */
const MAX_INSERTED = 4;

/**
 * Whether `core` is found in `x` with its characters in order and at most MAX_INSERTED characters
 * put in between them: a headline copying the subtitle's occasion with a word added (`首届`, `重要`).
 */
export function withInsertions(x: string, core: string): boolean {
  const want = [...core];
  const have = [...x];
  for (let s = 0; s < have.length; s++) {
    if (have[s] !== want[0]) continue;
    let k = 0;
    let e = s;
    for (; e < have.length && k < want.length && e - s - k <= MAX_INSERTED; e++) if (have[e] === want[k]) k++;
    if (k === want.length && e - s - want.length <= MAX_INSERTED) return true;
  }
  return false;
}

/**
 * Lines between a title block and the body that are neither (the block's subtitle, dateline,
 * byline, the salutation stay): a bracketed label alone (`【全文】`, `（全文）`) and a photo's
 * caption marked with a pointer (`▲图为…`, `△…`). Only under a title with a dateline, a
 * subtitle or a byline of its own, so that the block is known to be the header.
 */
function belowTitle(
  texts: readonly string[],
  bodyStart: number,
  pageTitle: string | undefined,
  drop: (i: number, reason: string) => void,
): void {
  const ti = pickTitleIndex(texts, bodyStart, pageTitle, (t) => readByline(t) !== null && !TITLE_END.test(t));
  if (ti < 0) return;
  const header = (t: string): boolean =>
    SALUTATION.test(t) || SUBTITLE.test(t) || isDateline(t) || (len(t) <= 40 && readByline(t) !== null && !TITLE_END.test(t));
  const between: number[] = [];
  let marks = 0;
  for (let k = ti + 1; k < bodyStart; k++) {
    const t = texts[k]!.trim();
    if (!t) continue;
    if (header(t)) marks += SALUTATION.test(t) ? 0 : 1;
    else if (HEAD_NOTE.test(t) || CAPTION_MARK.test(t)) between.push(k);
    else return;
  }
  if (marks === 0) return;
  for (const k of between) drop(k, CAPTION_MARK.test(texts[k]!.trim()) ? 'photo-caption' : 'page-label');
}

/** Most non-blank lines between the body span's start and the first position mark for the mark to open the text. */
const MAX_LINES_TO_FIRST_MARK = 8;

/**
 * Lines standing between a text's header and its first position mark (a transcript's first time
 * code, a deck's first slide number), walking up from the mark: a player, a summary, a copy's
 * note (`以下是课件的文字内容：`), labels. The walk stops at the header (a title, a subtitle, a
 * dateline, a byline, a salutation), at a text of its own (more than MAX_PROSE_ABOVE sentences)
 * and at the file's start. Only when the mark stands at the body's opening (its first lines):
 * the text the marks cut begins at the first one.
 */
function beforeFirstMark(texts: readonly string[], first: number, spanStart: number): number[] {
  let n = 0;
  for (let k = spanStart; k < first; k++) if (texts[k]!.trim() && ++n > MAX_LINES_TO_FIRST_MARK) return [];
  const out: number[] = [];
  let prose = 0;
  for (let k = first - 1; k >= 0; k--) {
    const t = texts[k]!.trim();
    if (!t) continue;
    // A byline: a name with a role, or one the text names elsewhere too (a bare short label, `字幕文稿`, is no name).
    const name = len(t) <= 40 ? readByline(t) : null;
    const byline = name !== null && (name.role !== null || texts.some((u, j) => j !== k && u.includes(name.name)));
    if (SALUTATION.test(t) || SUBTITLE.test(t) || isDateline(t) || titleScore(t) > 0 || byline) break;
    if ((isSentenceLike(t) || len(t) > 60) && ++prose > MAX_PROSE_ABOVE) return [];
    out.push(k);
  }
  return out;
}

/** A separator between a page title's parts: a dash or a bar with spaces around it. */
const SPACED_SEPARATOR = /\s+[-–—|｜]\s+/u;

/** A caption's pointer at the photo above or below it (`▲图为…`, `△ 会议现场`). */
const CAPTION_MARK = /^[▲△▼▽↑↓]\s*\S/u;

/**
 * The first part of a two-part title over a subtitle (`决胜全面建成小康社会` / `为夺取…胜利` /
 * `——在…上的讲话`) when any number of blank lines stand between the parts (a wiki's copy):
 * titleFirstPart with no limit on the blank lines, the part holding title words; -1 when none.
 */
function firstPartAbove(texts: readonly string[], ti: number): number {
  const j = titleFirstPart(texts, ti, Number.POSITIVE_INFINITY);
  return j >= 0 && titleScore(texts[j]!.trim()) > 0 ? j : -1;
}

/** Why a sentence above a headed title block goes: a news lead (its day is evidence), a blurb quoting the title, or a cover's text. */
const proseAbove = (t: string, quotesTitle: boolean): string =>
  DAY_LEAD.test(t) ? 'lead-above-title' : quotesTitle ? 'title-blurb' : 'above-title';

/** Why a line that is no sentence above a headed title block goes: its chrome shape, markup, a table of contents, or only its place. */
const lineAbove = (t: string): string =>
  chromeReasonOutside(t, false, true) ?? (isMarkupLine(t) ? 'markup' : isTocEntry(t) ? 'table-of-contents' : 'above-title');

/**
 * Where the body starts under a title block that a line announces (`以下为讲话全文：`), in the
 * first lines of the body span: a news report, then the announcing line, then a title heading the
 * text (headedTitle: its dateline, subtitle or byline under it). Null when there is none.
 */
function announcedBlock(texts: readonly string[], span: { start: number; end: number }, pageTitle?: string): number | null {
  for (let i = span.start; i < Math.min(span.end, span.start + 60); i++) {
    const t = texts[i]!.trim();
    if (!t || len(t) > 40 || !FULL_TEXT_FOLLOWS.test(t)) continue;
    const ti = next(texts, i + 1);
    if (ti >= texts.length || titleScore(texts[ti]!.trim(), pageTitle) <= 0) return null;
    const b = afterTitleBlock(texts, ti);
    return b < texts.length && headedTitle(texts, ti, b, pageTitle) ? b : null;
  }
  return null;
}

/** An addressee line (`…的毕业生们：`, `各位老师：`, `各支部：`): short, no sentence, a group addressed, then a colon. */
const ADDRESSEE_LINE = /^(?:各[^。！？；!?;，,]{1,20}|[^。！？；!?;，,]{1,38}们)[：:]$/u;
/** A line announcing the full text itself (`回信全文如下：`, `以下为讲话原文：`), not any list (`具体安排如下：`). */
const WHOLE_TEXT_FOLLOWS = /(?:全文|原文)(?:如下)?[：:]$/u;

/**
 * A news report's few sentences above the full text they announce (`回信全文如下：`) when the text
 * opens with its salutation, no title block between (a letter printed after its report): the
 * announcing line and the report above it (at most MAX_PROSE_ABOVE sentences, MAX_PROSE_CHARS_ABOVE
 * characters, in the body span's opening) are the page's, and the body starts at the salutation.
 */
function announcedSalutation(texts: readonly string[], span: { start: number; end: number }): { start: number; report: number[] } | null {
  // (The span may begin at or after the salutation: a short letter's opening lines are no dense run.)
  for (let a = 0; a < Math.min(span.end, span.start + 60); a++) {
    const t = texts[a]!.trim();
    if (!t || len(t) > 40 || !WHOLE_TEXT_FOLLOWS.test(t)) continue;
    const k = next(texts, a + 1);
    const u = k < texts.length ? texts[k]!.trim() : '';
    if (!u || !(SALUTATION.test(u) || ADDRESSEE_LINE.test(u)) || FULL_TEXT_FOLLOWS.test(u)) return null;
    // The report: the sentences right above the announcing line, a few only, up to a line that is none.
    const report = [a];
    let chars = 0;
    for (let i = a - 1; i >= 0; i--) {
      const r = texts[i]!.trim();
      if (!r) continue;
      if (!(isSentenceLike(r) || len(r) > 60)) break;
      chars += len(r);
      if (report.length > MAX_PROSE_ABOVE || chars > MAX_PROSE_CHARS_ABOVE) return null;
      report.unshift(i);
    }
    return { start: k, report };
  }
  return null;
}

/** The next line at or after k that is not blank (texts.length when none). */
function next(texts: readonly string[], k: number): number {
  while (k < texts.length && !texts[k]!.trim()) k++;
  return k;
}

/**
 * The first line after the title at `ti` that is no header line: past a broken title's second
 * part, a subtitle, a dateline, a byline and the salutation (the salutation opens the speech,
 * but headedTitle passes over it).
 */
function afterTitleBlock(texts: readonly string[], ti: number): number {
  let b = next(texts, ti + 1);
  if (b < texts.length && brokenTitle(texts[ti]!.trim(), texts[b]!.trim())) b = next(texts, b + 1);
  let greeting = false;
  while (b < texts.length) {
    const u = texts[b]!.trim();
    greeting ||= SALUTATION.test(u);
    if (
      !(
        SALUTATION.test(u) ||
        (greeting && ADDRESS_LINE.test(u)) ||
        SUBTITLE.test(u) ||
        isDateline(u) ||
        (len(u) <= 40 && readByline(u) !== null && !TITLE_END.test(u))
      )
    )
      break;
    b = next(texts, b + 1);
  }
  return b;
}

/** A list's item (`· 党课讲稿：…`, `▶ 学习笔记｜…`, `3. 关于…的实施方案`): a link in a list, not a title. */
const LIST_ITEM = /^(?:[·•▶►◆◇●○■□▪▫→*+]|\d{1,2}\s*[.．、)）]\s*\S)/u;

/** A line opening with a label: `编者按：…`, `【导读】…`, `〔摘要〕…`. */
const LABEL_OPEN = /^(?:[【〔[]\p{Script=Han}{2,5}[】〕\]]|\p{Script=Han}{2,5}\s*[：:])/u;

/** A date alone on a line, as a letter is signed (`2022年6月14日`, `二〇一九年十一月十二日`). */
const SIGNATURE_DATE = new RegExp(`^${FULL_DATE.source}$`, 'u');

/** Most non-blank lines of the body span's opening searched for a title block that heads the text. */
const MAX_LINES_BEFORE_BLOCK = 30;

/**
 * Where the body starts when the span's first lines are a page's, not the speech's: a title
 * block heading the text (headedTitle: a subtitle, a dateline or a byline under the title)
 * stands in the span's opening, and what stands in the span above it is at most a few
 * sentences (a teaser headline, an editor's note, a reader's preface, a news lead: as many
 * as aboveTitle takes as a cover's, MAX_PROSE_ABOVE / MAX_PROSE_CHARS_ABOVE) and lines that are
 * no sentences (chrome, slide or player marks), with one of them shaped as a page's (pageShaped). A speech's own opening has no title block
 * under its first paragraphs. Null when there is none; aboveTitle then judges the lines above
 * the block (and reports each with its reason).
 */
function headedBlockInSpan(texts: readonly string[], span: { start: number; end: number }, pageTitle?: string): number | null {
  let prose = 0;
  let chars = 0;
  // Evidence that the lines above are the page's: one of them is no sentence (a headline, a label,
  // a player's bar, `楼主`), or opens with a label or announces what follows (`编者按：…`, `【导读】…`,
  // `以下是课件的文字内容：`). Plain paragraphs alone (a compilation's first excerpt) are text.
  let pageShaped = false;
  const seen: string[] = [];
  for (let i = span.start; i < span.end && seen.length < MAX_LINES_BEFORE_BLOCK; i++) {
    const t = texts[i]!.trim();
    if (!t) continue;
    // A signature just above (an issuer, a date): the text above is a signed letter of its own. Over
    // a document it issues (`现将…印发给你们` over a plan) it is the document's; over a speech's title
    // block (a speaker's name, a speech's title words) it is a forwarding note, the page's.
    const signed = seen.slice(-3).some((x) => SIGNATURE_DATE.test(x));
    seen.push(t);
    const score = i > span.start && !LIST_ITEM.test(t) ? titleScore(t, pageTitle) : 0;
    // An issuer over a bare date is a signature, not a title over its dateline (unless a title's words say it is one).
    if (score >= 4 || (score > 0 && !SIGNATURE_DATE.test(texts[next(texts, i + 1)]?.trim() ?? ''))) {
      const b = afterTitleBlock(texts, i);
      if ((pageShaped || signed) && b < span.end && b > i && headedTitle(texts, i, b, pageTitle) && (!signed || speechBlock(texts, i, b)))
        return b;
    }
    if (signed) return null;
    const sentence = isSentenceLike(t) || len(t) > 60;
    if (!sentence || (LABEL_OPEN.test(t) && !SALUTATION.test(t)) || /[：:]$/u.test(t)) pageShaped = true;
    if (sentence) {
      prose++;
      chars += len(t);
      if (prose > MAX_PROSE_ABOVE || chars > MAX_PROSE_CHARS_ABOVE) return null;
    }
  }
  return null;
}

/**
 * Whether the title block from `ti` to `b` is a speech's: a byline names the speaker, or the title
 * or its subtitle is worded as a speech's (`…上的讲话`, `——在…上的主旨演讲`).
 */
function speechBlock(texts: readonly string[], ti: number, b: number): boolean {
  const block = texts
    .slice(ti, b)
    .map((t) => t.trim())
    .filter(Boolean);
  const byline = (t: string): boolean => len(t) <= 40 && readByline(t) !== null && !TITLE_END.test(t) && !TOC_HEAD.test(t);
  return block.some((t, k) => (k > 0 && byline(t)) || AT_MEETING.test(t) || TITLE_END.test(t));
}

/**
 * A comment's line ending with its stamp: the day and the clock time it was posted, then the
 * reader's buttons and counts (`网友：听完热泪盈眶！　12-31 19:12　回复　赞 2.3万`).
 */
const COMMENT_STAMP_END = /\d{1,2}[-/.月]\d{1,2}日?\s+\d{1,2}:\d{2}(?:\s+[^\s\d。！？，]{1,3}(?:\s*[\d.]+万?)?){1,4}$/u;

/** A comment section's head alone on a line: `写留言`, `留言 86`, `全部评论（12）`, `精选留言`. */
const COMMENT_HEAD = /^(?:写留言|精选留言|留言|网友评论|全部评论|热门评论|最新评论|评论)\s*(?:[（(]?\s*(?:共\s*)?\d+\s*条?\s*[）)]?)?$/u;

/** A rule line: only dashes, box-drawing or equals signs (`--`, `---`, `————————`, `━━━`). */
const RULE_LINE = /^[-—–－─━═=＝_＿]{2,}$/u;
/** A footnote or a numbered note (`①…`, `[1]…`, `注：…`): the document's, not a page's tail. */
const NOTE_LINE = /^(?:[①-⑳]|[[［(（]\d{1,2}[\]］)）]|注\s*[\d：:])/u;

/**
 * The index of a rule line closing the speech, or null: in the last twelve lines of the text,
 * after the body's start, followed by at most eight lines (600 characters) of which none is a
 * footnote and at least one has a tail's shape (chrome, a stamp, a contact, a source notice): a
 * mail's signature (`--`), a note's source and tags (`---`), an answer's comment (`————`).
 */
export function separatorTail(
  texts: readonly string[],
  span: { start: number; end: number },
  /** Whether a line was already removed as chrome (blank in `texts` now): evidence of the tail too. */
  removedAt: (i: number) => boolean = () => false,
): number | null {
  const filled = texts.map((t, i) => [t.trim(), i] as const).filter(([t]) => t);
  const tail = filled.slice(-12);
  const at = tail.findLastIndex(([t, i]) => i > span.start && RULE_LINE.test(t));
  if (at < 0) return null;
  const after = tail.slice(at + 1).map(([t]) => t);
  if (after.length > 8 || after.reduce((n, t) => n + len(t), 0) > 600) return null;
  if (after.some((t) => NOTE_LINE.test(t))) return null;
  const tailLike = (t: string): boolean =>
    chromeReasonOutside(t, true, true) !== null || tailShape(t, true) !== null || isStampLine(t) || pageMetaStrength(t) > 0;
  const rule = tail[at]![1];
  let gone = false;
  for (let i = rule + 1; i < texts.length && !gone; i++) gone = removedAt(i);
  return gone || after.some(tailLike) ? rule : null;
}

/** A line announcing the full text below it: `以下为讲话全文：`, `讲话全文如下：`, `现将全文刊发如下：`. */
const FULL_TEXT_FOLLOWS = /(?:全文|原文|如下)[：:]$/u;

/** A news lead opens with the day (`6月10日，…`, `10日上午，…`): the header's evidence for the day (index.ts). */
const DAY_LEAD = /^(?:\d{1,2}月)?\d{1,2}日/u;

/** A bracketed note alone on a line, no sentence in it and no date: a document's head note. */
const HEAD_NOTE = /^[（(【〔][^（）()【】〔〕。！？；，\d]{2,16}[）)】〕]$/u;

/** Most sentence-like lines (and their characters) above a headed title block that are still taken as a cover's, not a text. */
const MAX_PROSE_ABOVE = 4;
const MAX_PROSE_CHARS_ABOVE = 600;

/**
 * Whether the title at `ti` heads the body at `bodyStart`: only header lines stand between
 * them (a subtitle, a dateline, a byline, the salutation), with a subtitle or a dateline among
 * them, or a byline under a strong title (title words, a meeting: a bare name under a weak line
 * may be a spaced-out heading, `前 言`). A title broken over two lines counts as one; a line
 * of a table of contents (dot leaders) heads nothing.
 */
function headedTitle(texts: readonly string[], ti: number, bodyStart: number, pageTitle?: string): boolean {
  const title = texts[ti]!.trim();
  if (/[.…·．]{4,}/u.test(title)) return false;
  const lines: string[] = [];
  for (let k = ti + 1; k < bodyStart; k++) if (texts[k]!.trim()) lines.push(texts[k]!.trim());
  if (lines.length && brokenTitle(title, lines[0]!)) lines.shift();
  let marks = 0;
  let names = 0;
  let greeting = false;
  for (const t of lines) {
    // The salutation, also when written over several lines (`尊敬的…，` / `各位部长，`).
    if (SALUTATION.test(t) || (greeting && ADDRESS_LINE.test(t))) {
      greeting = true;
      continue;
    }
    if (SUBTITLE.test(t) || isDateline(t) || datedSalutation(t)) marks++;
    else if (len(t) <= 40 && readByline(t) !== null && !TITLE_END.test(t)) names++;
    else return false;
  }
  return marks > 0 || (names > 0 && titleScore(title, pageTitle) >= 4);
}

/**
 * A sidebar's list copied before the body: a list head (`热门文章`, `本站推荐`) and the link titles
 * under it (no sentences). The list ends at a line that heads the text (a dateline, a subtitle or
 * a byline under it: the title) unless a list's bullet or number marks it as an item, and at a
 * dateline, a subtitle or a salutation. A head over a header line is a title, not a list's head.
 */
function listsBeforeBody(texts: readonly string[], bodyStart: number, drop: (i: number, reason: string) => void): void {
  const nextFilled = (k: number): string => texts[next(texts, k + 1)]?.trim() ?? '';
  const headerLine = (t: string): boolean =>
    SUBTITLE.test(t) || isDateline(t) || datedSalutation(t) || (len(t) <= 40 && readByline(t) !== null && !TITLE_END.test(t));
  for (let i = 0; i < bodyStart; i++) {
    const t = texts[i]!.trim();
    if (!t || !isListHead(t) || headerLine(nextFilled(i))) continue;
    const items: number[] = [];
    let k = next(texts, i + 1);
    // (The body span may have begun inside the list: its items are followed past the span's start.)
    for (; k < texts.length; k = next(texts, k + 1)) {
      const u = texts[k]!.trim();
      if (SALUTATION.test(u) || SUBTITLE.test(u) || isDateline(u) || isSentenceLike(u) || len(u) > 60) break;
      if (isListHead(u) && !headerLine(nextFilled(k))) {
        items.push(k);
        continue;
      }
      if (!LIST_ITEM.test(u) && headerLine(nextFilled(k))) break;
      items.push(k);
    }
    if (!items.length) continue;
    drop(i, 'related-list');
    for (const j of items) drop(j, 'related-list');
    i = k - 1;
  }
}

/** A dateline glued before the salutation, a copy having lost the line break: `（2016年7月12日）同志们：`. */
function datedSalutation(t: string): boolean {
  const m = DATELINE_OPEN.exec(t);
  return m !== null && SALUTATION.test(t.slice(m[0].length));
}
const DATELINE_OPEN = new RegExp(`^[（(]\\s*${FULL_DATE.source}\\s*[）)]\\s*`, 'u');

/**
 * Indices of links back to the contents or the top (`▲返回目录`, `↑ 回到顶部`) printed after each
 * part of a long text: one short line, not a sentence, a heading or a date, that recurs two or
 * more times from the body on, every time after a paragraph that ends a sentence and either
 * right before a part's heading (`二、…`, `（三）…`, `第四，…`) or as the last line of the text. Found by the repetition and the
 * position, not by the words: a speech repeats a call (`同志们！`) with its mark, not bare.
 */
export function backAnchors(texts: readonly string[], from: number): number[] {
  const at = new Map<string, number[]>();
  for (let i = from; i < texts.length; i++) {
    const t = texts[i]!.trim();
    if (!t || len(t) > 12 || /[。！？；，、：:,;!?]/.test(t) || PART_OR_POINT.test(t) || isDateline(t) || hanCount(t) < 2) continue;
    at.set(t, [...(at.get(t) ?? []), i]);
  }
  const out: number[] = [];
  for (const [, is] of at) {
    if (is.length < 2) continue;
    const next = is.map((i) =>
      texts
        .slice(i + 1)
        .find((x) => x.trim())
        ?.trim(),
    );
    // After a paragraph that ends a sentence each time (a part's end, not a table's or a form's cells) …
    const afterProse = is.every((i) => {
      const before =
        texts
          .slice(0, i)
          .findLast((x) => x.trim())
          ?.trim() ?? '';
      return SENTENCE_ENDED.test(before) && isSentenceLike(before);
    });
    // … and before a heading, or last in the text; before a heading at least once.
    if (afterProse && next.every((t) => t === undefined || PART_OR_POINT.test(t)) && next.some((t) => t !== undefined)) out.push(...is);
  }
  return out.sort((a, b) => a - b);
}

/**
 * A summary copy: a line before the body, or the body's first line, whose
 * text (without an `摘要：` label and a trailing ellipsis) is the start of, or
 * contained in, one of the next few paragraphs. Removed as `summary-copy`.
 */
function summaryCopy(texts: readonly string[], span: { start: number; end: number }, drop: (i: number, reason: string) => void): void {
  const firstBody = texts.findIndex((t, i) => i >= span.start && t.trim());
  for (let i = 0; i <= firstBody; i++) {
    const t = texts[i]!.trim();
    if (!t || !isSentenceLike(t)) continue;
    const unlabelled = t.replace(/^(?:[\p{Script=Han}]{2,6}\s*[:：]|【[^】]{1,6}】)\s*/u, '');
    // Before the body, or marked as a summary (a label, a cut-off end): the body's own first paragraph is never taken.
    if (i >= span.start && unlabelled === t && !/(?:…|\.{3})$/.test(t)) continue;
    const core = comparable(unlabelled);
    if (len(core) < 15) continue;
    let seen = 0;
    for (let j = i + 1; j < texts.length && seen < 6; j++) {
      const u = texts[j]!.trim();
      if (!u) continue;
      seen++;
      if (comparable(u).includes(core)) {
        drop(i, 'summary-copy');
        break;
      }
    }
  }
}
