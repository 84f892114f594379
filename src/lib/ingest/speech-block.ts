/**
 * The speech as a block of lines in one voice. Instead of naming one more kind of page chrome, each
 * line is read for whose voice it is in: a speech (a document, a report) runs on in long lines of
 * full sentences, under short headings; the page around a copy of it speaks otherwise — a remark
 * under a label (`赵磊：…。`, `教师活动：…。`), a field's head with an instruction (`配音（原文朗读）：`),
 * lines led by a clock time or carrying a time code, table rows (cells between bars or short cells
 * between wide gaps), rule lines, bracketed tags alone (`【研究札记】`), arrow-led links, and the text
 * spoken of as a copy (`以上为讲话全文`, `…转自网络`, `仅供参考`).
 *
 * Each line gets a score (its length when it is prose, a cost when it is another voice, a small
 * cost when it is a short heading or a record of fields) and the block is the segment of lines with
 * the largest sum (one pass: linear in lines), widened upward over the headings and salutation that
 * open it. The block's bounds are used only as evidence, and only where the text outside it is
 * little against the block:
 *
 * - after it (the tail): taken when it opens off the prose and, past its rules and headings, does
 *   not go on in prose (a speech's last part after a separator); holds two lines of another voice
 *   or more, a third of its lines, not only remarks under labels and table rows (a document's own
 *   shapes: a plan's last part under labels, a document's closing table) unless other rules took
 *   chrome there; holds no attachment head (`附件`), no dated line (a signature), and does not end
 *   as a speech ends (`谢谢大家。`);
 * - before it: the lines of another voice only, not one between two lines of prose, not a remark
 *   under a label (a plan's first paragraphs may stand under labels), a tag or rule alone only next
 *   to another voice; a title, a byline, a dateline and the headings stay for the header rules.
 *
 * A label that recurs (on two lines or more: `记者：` / `张明：`, a document's `药品：…` / `医疗器械：…` under
 * each of its parts) is a turn or a part of the text's own structure: the text's own voice.
 */
import { isDateline } from './dates.ts';
import { closesSentence, isSentenceLike, isWrappedProse, len } from './line-features.ts';

/** What a line is, read for its voice. */
export type VoiceKind = 'prose' | 'opening' | 'heading' | 'other';

export interface LineVoice {
  kind: VoiceKind;
  score: number;
  /** The features that made it another voice (`label`, `field-head`, `time`, `table`, `rule`, `tag`, `link`, `about`). */
  features: string[];
}

/** A short label with its value: `授课对象：…`, `1．知识目标：…`, `3楼　老张：…`, `主 持 人：…`. */
const LABELLED =
  /^(?:\d{1,3}\s*[．.、)）]\s*|\d{1,4}\s*楼[\s\u3000]*)?([\p{Script=Han}A-Za-z0-9 \u3000]{1,10}?)(?:[（(][^）)]{0,16}[）)])?\s*[:：]\s*(\S.*)$/u;
/** A label that is an address (`同志们：…`, `各位代表：…`) or an ordinal (`第一：`), or says who said it (`习近平强调：…`). */
const NOT_A_FIELD =
  /^(?:尊敬|各位|亲爱)|(?:们|同志|代表|朋友|同事|来宾|先生|女士|是|为|说|讲|道|曰|云|指出|强调|表示|认为|提出|宣布|要求|称|问|答)$|^(?:第[一二三四五六七八九十\d]+|[一二三四五六七八九十]+是|其[一二三四五六七八九十])$/u;
/** A field's label and its colon, anywhere in a line. */
const FIELD_COLON = /[\p{Script=Han}]{2,6}[：:](?=[^\s“‘「『])/gu;
/** A field's head with an instruction in brackets and no value (`配音（原文朗读，字幕同步）：`): a form's, no salutation's. */
const FIELD_HEAD = /^[\p{Script=Han}A-Za-z]{2,10}[（(][^）)]{1,20}[）)][:：]$/u;
/** Led by a clock time (`08:30—09:00 报到`), or carrying a time code (`00:06:41`). */
const TIMED = /^\d{1,2}:\d{2}|\d{1,2}:\d{2}:\d{2}/;
/** Table cells: two bars, or three short cells between wide gaps, none a sentence (paragraphs glued with `　　` are no table). */
const CELL_BARS = /[｜|].*[｜|]/;
const WIDE_GAP = /[\u3000]{2,}|[ \t\u00A0]{3,}|\t/g;
/** A rule line: only dashes, bars, stars, dots. */
const RULE = /^[━─—\-－=＝_＿*＊·•~～\s\u3000]{3,}$/u;
/** A bracketed tag alone, maybe with a note in brackets after it: `【研究札记】`, `【原文二】（第一部分…）`. */
const TAG = /^【[^】]{1,12}】\s*(?:[（(][^）)]*[）)])?$/u;
/** Led by an arrow: a link, a suggested question (a bullet, `•`, `·`, or a quote mark, `>`, leads a document's own list or a quotation). */
const LINK = /^[→►▶▸]/u;

/** Three cells or more between wide gaps, each short and none closing a sentence. */
function isCellRow(t: string): boolean {
  const cells = t
    .split(WIDE_GAP)
    .map((c) => c.trim())
    .filter((c) => c);
  return cells.length >= 3 && cells.every((c) => len(c) <= 20 && !closesSentence(c));
}
/** The text spoken of as a copy: `以上为讲话全文`, `…原文转自网络`, `仅供参考`, `希望对您有所帮助`. */
const ABOUT =
  /(?:以上|上述|本文|该文)(?:是|为|即|系)?(?:该|这篇|本)?(?:讲话|演讲|报告|文章|贺词|致辞|文稿)?(?:的)?(?:全文|原文)|(?:原文|全文)?转自|仅供(?:学习)?(?:交流|参考)|希望对(?:你|您)有/u;

/** Labels used on two lines or more: a transcript's turns, a document's parallel parts. */
export function turnLabels(texts: readonly string[]): Set<string> {
  const n = new Map<string, number>();
  for (const raw of texts) {
    const m = LABELLED.exec(raw.trim());
    if (m) n.set(m[1]!.trim(), (n.get(m[1]!.trim()) ?? 0) + 1);
  }
  return new Set([...n].filter(([, k]) => k >= 2).map(([l]) => l));
}

/** The features of another voice a line shows (empty: none). */
export function otherVoice(t: string, turns: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const m = LABELLED.exec(t);
  // A field with a remark for its value (`赵磊：…我要…。`, `教师活动：播放…。`): a field with a short value
  // (`联系人：王某`, `电话：…`) is a document's own as often as a page's.
  if (m && closesSentence(m[2]!)) {
    const label = m[1]!.replace(/[ \u3000]/g, '');
    if (label && !NOT_A_FIELD.test(label) && !turns.has(m[1]!.trim()) && !/^\d+$/.test(label)) out.push('label');
  }
  if (FIELD_HEAD.test(t)) out.push('field-head');
  if (TIMED.test(t)) out.push('time');
  if (CELL_BARS.test(t) || isCellRow(t)) out.push('table');
  if (RULE.test(t)) out.push('rule');
  if (TAG.test(t)) out.push('tag');
  if (LINK.test(t)) out.push('link');
  if (ABOUT.test(t)) out.push('about');
  return out;
}

/** Reads each non-blank line's voice (blank lines: null). */
export function lineVoices(texts: readonly string[]): (LineVoice | null)[] {
  const turns = turnLabels(texts);
  return texts.map((raw, i) => {
    const t = raw.trim();
    if (!t) return null;
    const features = otherVoice(t, turns);
    const n = len(t);
    // A rule line, or the text spoken of as a copy (`以上为讲话全文`), closes off what stands after it: a
    // speech's own parts on either side of a rule still join (each has more than the cost).
    if (features.length)
      return {
        kind: 'other',
        score: -Math.max(features.includes('rule') ? RULE_COST : features.includes('about') ? ABOUT_COST : 20, n),
        features,
      };
    // Fields in a row (`联系人：王某，联系电话：…，邮箱：…`): a record, not prose; a document's own (its
    // contacts) as often as a page's, so not another voice either.
    const fields = t.match(FIELD_COLON)?.length ?? 0;
    if (fields >= 3 || (fields >= 2 && n <= 60)) return { kind: 'heading', score: -10, features };
    if (isSentenceLike(t) || isWrappedProse(texts, i)) return { kind: 'prose', score: n, features };
    // A salutation (`同志们：`) or a short closing (`谢谢大家！`) belongs to the speech.
    if (n <= 30 && /[：:！!。]$/u.test(t)) return { kind: 'opening', score: 5, features };
    return { kind: 'heading', score: -10, features };
  });
}

export interface SpeechBlock {
  /** First line of the block (widened over the headings and salutation above it). */
  start: number;
  /** One past its last line. */
  end: number;
  /** Characters of prose in it. */
  prose: number;
}

/** The segment of lines with the largest sum of scores, widened upward over headings and openings. */
export function findSpeechBlock(voices: readonly (LineVoice | null)[]): SpeechBlock | null {
  let best = 0,
    bestStart = 0,
    bestEnd = 0,
    sum = 0,
    start = 0;
  for (let i = 0; i < voices.length; i++) {
    const v = voices[i];
    if (!v) continue;
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += v.score;
    if (sum > best) {
      best = sum;
      bestStart = start;
      bestEnd = i + 1;
    }
  }
  if (best <= 0) return null;
  let s = bestStart;
  for (let k = s - 1; k >= 0; k--) {
    const v = voices[k];
    if (!v) continue;
    if (v.kind !== 'heading' && v.kind !== 'opening') break;
    s = k;
  }
  let prose = 0;
  for (let i = s; i < bestEnd; i++) if (voices[i]?.kind === 'prose') prose += voices[i]!.score;
  return { start: s, end: bestEnd, prose };
}

/** Features a document's own lines show too (a remark under a label, a table's row): no evidence of a page alone. */
const DOCUMENT_SHAPES: ReadonlySet<string> = new Set(['label', 'table']);

/** What a rule line and a line about the text as a copy cost (other lines of another voice: their length, at least 20). */
const RULE_COST = 200;
const ABOUT_COST = 200;

/** Least prose in a block for its bounds to be evidence. */
const MIN_BLOCK_PROSE = 150;
/**
 * Most running text outside the block, against the block's prose, for it to be the page's: after the
 * block a fifth (a document's annex of definitions runs to a quarter and more), before it a half (a
 * lesson plan's steps before the excerpt run to a third; a document whose paragraphs are labelled,
 * `药品：…` / `医疗器械：…`, has more of them than of plain prose).
 */
const MAX_TAIL_SHARE = 0.2;
const MAX_HEAD_SHARE = 0.5;
/** An attachment's head. */
const ATTACHMENT_HEAD = /^附(?:件|[:：])/u;
/** A short line with a full date: a signature's. */
const DATED = /^.{0,12}(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*\S{1,3}\s*月\s*\S{1,3}\s*日.{0,8}$/u;

export interface OutsideLine {
  i: number;
  /** `outside-speech-block: label, time` */
  reason: string;
}

/**
 * Lines of `texts` (the lines still kept; blank = removed or blank) outside the speech block that
 * are the page's: the tail after it (see the module's note) and the lines of another voice before it.
 */
export function outsideSpeechBlock(texts: readonly string[], chromeAt: (i: number) => boolean = () => false): OutsideLine[] {
  const voices = lineVoices(texts);
  const block = findSpeechBlock(voices);
  if (!block || block.prose < MIN_BLOCK_PROSE) return [];
  const why = (v: LineVoice): string => `outside-speech-block: ${v.features.length ? v.features.join(', ') : v.kind}`;
  // Running text a line carries, whoever's voice it is in (a remark under a label is text too).
  const textOf = (lines: readonly number[]): number =>
    lines.reduce((n, i) => {
      const t = texts[i]!.trim();
      return n + (closesSentence(t) || isSentenceLike(t) ? len(t) : 0);
    }, 0);
  const little = (lines: readonly number[], share: number): boolean => textOf(lines) <= block.prose * share;

  // Before the block: only another voice, not standing between two lines of prose, and not a remark
  // under a label alone: a plan's first paragraphs may each stand under one (`指导思想：…。` / `基本原则：…。`),
  // as a lesson plan's steps do. A dateline (with its clock time) is the header's.
  const near = (i: number, dir: -1 | 1): LineVoice | null => {
    for (let k = i + dir; k >= 0 && k < voices.length; k += dir) if (voices[k]) return voices[k]!;
    return null;
  };
  const labelOnly = (v: LineVoice): boolean => v.features.every((f) => f === 'label');
  const head: number[] = [];
  for (let i = 0; i < block.start; i++) {
    const v = voices[i];
    if (v?.kind !== 'other' || labelOnly(v) || isDateline(texts[i]!.trim())) continue;
    const [a, b] = [near(i, -1), near(i, 1)];
    if (a?.kind === 'prose' && b?.kind === 'prose') continue;
    // A tag or a rule alone (`【第一章】`, `＊＊＊`) may head the text's own part: only next to another voice.
    //   A remark under a label beside it is no such voice: it stays, so the rule stands inside the text.
    const goes = (n: LineVoice | null): boolean => n?.kind === 'other' && !labelOnly(n);
    if (v.features.every((f) => f === 'tag' || f === 'rule') && !goes(a) && !goes(b)) continue;
    head.push(i);
  }
  const out: OutsideLine[] = little(head, MAX_HEAD_SHARE) ? head.map((i) => ({ i, reason: why(voices[i]!) })) : [];

  // After it: the tail, when it opens off the prose, holds another voice and little text.
  //   Lines other rules took out there as the page's chrome count as its lines of another voice.
  // A short closing further down (`谢谢大家。`, not a line opening what follows with a colon, `参考资料：`)
  // is the speech's, and so is all above it: the tail starts after the last one (a closing paragraph under a colon, `泰国有句谚语：“…”`, stays with it).
  let from = block.end;
  for (let i = voices.length - 1; i >= block.end; i--)
    if (voices[i]?.kind === 'opening' && !/[：:]$/u.test(texts[i]!.trim())) {
      from = i + 1;
      break;
    }
  const tail: number[] = [];
  let taken = 0;
  for (let i = from; i < voices.length; i++) {
    if (voices[i]) tail.push(i);
    else if (chromeAt(i)) taken++;
  }
  const first = tail[0];
  if (first === undefined || voices[first]!.kind === 'prose') return out;
  // A document's attachment (`附件：…`, `附：…`) is the document's.
  if (ATTACHMENT_HEAD.test(texts[first]!.trim())) return out;
  // Past rule lines and headings, prose (or a closing) first: the speech goes on after a separator
  // (a last part, a last scene), not the page.
  const opener = tail.find((i) => voices[i]!.kind !== 'heading' && !voices[i]!.features.includes('rule'));
  if (opener !== undefined && (voices[opener]!.kind === 'prose' || voices[opener]!.kind === 'opening')) return out;
  // Two lines of another voice at least, a third of its lines (a form attached to a document is
  // headings and blanks to fill); and a tail closing as a speech closes (`谢谢大家。`) is the speech's.
  //   Remarks under labels alone are no evidence (a plan's last part may stand under labels too,
  //   `组织保障：…。`): a line of the page's own (a table, a tag, a link, chrome other rules took) must be there.
  const others = tail.filter((i) => voices[i]!.kind === 'other').length + taken;
  if (others < 2 || others * 3 < tail.length + taken || voices[tail.at(-1)!]!.kind === 'opening') return out;
  //   So are table rows (a document may close with its own table): the page must show itself by more.
  if (!taken && tail.every((i) => voices[i]!.kind !== 'other' || voices[i]!.features.every((f) => DOCUMENT_SHAPES.has(f)))) return out;
  if (!little(tail, MAX_TAIL_SHARE)) return out;
  // A signature and date (a letter's, a notice's: `2018年7月30日签发`) stay: the tail is not taken.
  if (tail.some((i) => isDateline(texts[i]!.trim()) || DATED.test(texts[i]!.trim()))) return out;
  for (const i of tail) out.push({ i, reason: why(voices[i]!) });
  return out;
}
