/**
 * A news lead printed before a speech's text with no title of its own (a wire copy, a news
 * page): `新华社北京3月15日电　中共中央总书记、国家主席习近平15日晚…出席…对话会，并发表题为
 * 《携手同行现代化之路》的主旨讲话。`, `…习近平在…闭幕会上发表重要讲话。讲话全文如下：`.
 * The lead names the speaker (an office, then a name), and the speech: by its title in 《》
 * after 题为, or by the meeting it was given at (`在<meeting>上`, `出席<meeting>并`), which
 * gives `在<meeting>上的<kind>`. It is a lead only when the speech follows it: it ends by
 * announcing the text (`…如下：`) or the next paragraph opens with a salutation.
 * Pure functions; header.ts takes such a lead out of the body (evidence, not speech), and
 * metadata.ts reads the title and the speaker from it (inferred, the lead as evidence).
 */
import { ROLE_WORD } from './byline.ts';
import { SALUTATION } from './title-shape.ts';

export interface SpeechLead {
  /** The speaker's name (2–3 characters after an office word). */
  speaker: string;
  /** The speech's title: the one in 《》 after 题为, else 在<meeting>上的<kind>; null when the lead gives neither. */
  title: string | null;
  /** Index in the lead where the sentence naming the speech starts. */
  index: number;
}

/** What a speaker delivers: the word ends the lead's verb phrase and the title built from a meeting. */
const KIND = '(?:重要|主旨)?(?:讲话|致辞|演讲|发言|报告|贺词|祝酒辞|祝酒词)';

/** `<office><name>…发表(了)?(题为《X》的)?<kind>` in one sentence. */
const GAVE = new RegExp(
  `${ROLE_WORD}(\\p{Script=Han}{2,3}?)(?=[\\d一二三四五六七八九十在通出于发向以同为，、并主])([^。！？]{0,120}?)发表(?:了)?(?:题为《([^《》]{2,60})》的)?(${KIND})`,
  'u',
);
/** The meeting in the words between the name and 发表: `在<M>上`, `出席<M>(并|，)`, `主持<M>并`. */
const MEETING =
  /(?:在|出席|主持)(?:北京|[^，。在]{0,8}?以视频方式)?([^，。；]{4,60}?(?:会议|大会|全会|座谈会|峰会|论坛|开幕式|闭幕式|闭幕会|开幕会|典礼|仪式|招待会|宴会|茶话会|团拜会|对话会|年会|博览会))(?:上|时|期间)?(?:[，,]?\s*并|[，,]|$)/u;
/** Words of a meeting name that are not its start: a time or a place said before it. */
const NOT_MEETING_START = /^(?:\d{1,2}日|[上下]午|晚|今天|当天|北京|人民大会堂)/u;

/** A paragraph opening like a speech after its lead: a salutation of the common wording or any vocative list ending in a colon. */
const OPENS_SPEECH = /^(?:尊敬的|亲爱的|各位|同志们|同胞们|女士们|朋友们|[^，。：；！？\s]{1,10}?们[，、：:])/u;

/**
 * The lead in `t` (one paragraph) that introduces the speech in `next` (the paragraph after
 * it), or null. `t` must be a short paragraph of sentences (at most 400 characters).
 */
export function readSpeechLead(t: string, next: string): SpeechLead | null {
  const lead = t.trim();
  if ([...lead].length > 400 || !/[。：:]$/u.test(lead)) return null;
  const announces = /(?:全文|如下)[：:]$/u.test(lead);
  if (!announces && !(SALUTATION.test(next.trim()) || OPENS_SPEECH.test(next.trim()))) return null;
  const m = GAVE.exec(lead);
  if (!m) return null;
  const speaker = m[1]!;
  let title: string | null = m[3] ?? null;
  if (!title) {
    const meeting = MEETING.exec(m[2]!)?.[1];
    const kind = m[4]!.replace(/^重要/u, '');
    if (meeting && !NOT_MEETING_START.test(meeting)) title = `在${meeting}上的${kind}`;
  }
  // The sentence naming the speech starts after the last full stop before the office word.
  const start = lead.slice(0, m.index).lastIndexOf('。') + 1;
  return { speaker, title, index: start };
}

/**
 * The headline a news report with no title line gives by its own lead: its subject (an office,
 * then a 2–3 character name) and what the subject did, in the lead's words, as a news page heads
 * such a report (`习近平对脱贫攻坚工作作出重要指示`, `习近平主持召开中央…委员会第一次会议`):
 *   `…<office><name>(<day>)?对<X>作出(重要)?指示/批示` → `<name>对<X>作出(重要)?指示`;
 *   `…<office><name>(<day>)?主持召开<meeting>` (ending in a meeting word) → `<name>主持召开<meeting>`.
 * Only in the text's first sentence (a lead), and only when the text goes on about the subject in
 * the third person (the name again after that sentence): a speech's own text does not open so.
 */
const DID = new RegExp(
  `${ROLE_WORD}(\\p{Script=Han}{2,3}?)(?:近日|(?:\\d{1,2}月)?\\d{1,2}日)?(?:上午|下午|晚)?` +
    '(对[^，。；！？、]{2,40}?作出(?:重要)?(?:指示|批示)|主持召开[^，。；！？、]{4,40}?(?:会议|全会|座谈会|委员会会议))(?=[，。；并]|强调|指出)',
  'u',
);

export function reportHeadline(text: string): { title: string; index: number } | null {
  const first = /^[^。！？]{10,300}[。！？]/u.exec(text.trimStart())?.[0];
  if (!first) return null;
  const m = DID.exec(first);
  if (!m) return null;
  const name = m[1]!;
  const after = text.slice(text.indexOf(first) + first.length, text.indexOf(first) + first.length + 1000);
  if (!after.includes(name)) return null;
  return { title: `${name}${m[2]}`, index: text.indexOf(first) + m.index };
}

/**
 * A short news report of a meeting with no title line, its lead opening with the day:
 * `2017年6月6日，<meeting>在<place>召开，…` (举行, 开幕, 闭幕, 举办). The headline a news page gives it
 * is the lead's clause, `<meeting>在<place>召开`, and the day is the meeting's. Only when the text
 * reads as a report, not a speech: the meeting is named whole (ending in a meeting word; a quoted
 * part kept, `“AI启未来”人工智能论坛`), the text goes on about it (会议 / 会上 / 大会, its name, or
 * its own meeting word — `本次论坛` — after the lead's first sentence), and its first paragraphs
 * neither address anyone nor speak in the first person (an anniversary speech may open by telling
 * how a congress met: `1921年7月，…大会在上海召开。今天，我们…`). When the lead itself reports someone
 * speaking there (`<office><name>出席论坛并致辞`), the paragraphs after it summarise that speech and
 * may carry its first person: then only the lead must be in the third person.
 */
const MEETING_LEAD =
  /^(?:((?:19|20)\d{2})年)?(\d{1,2})月(\d{1,2})日((?:至|到|－|-|—|~)(?:\d{1,2}月)?\d{1,2}日)?(?:上午|下午|晚上|晚)?[，,]\s*((?:“[^“”，。]{1,20}”|[^，。；！？：“”《》]){4,40}?(?:会议|会|论坛|峰会|典礼|仪式))((?:在|于)[^，。；！？]{1,16}?)?(召开|举行|举办|开幕|闭幕)(?=[，。])/u;
const FIRST_PERSON = /我们|我(?![国省市区县校院部局厅委军党])/u;
const GOES_ON = /会议|会上|大会/u;
/** The meeting's own word at the end of its name (`…论坛`, `…峰会`; the last three characters of a `…会`). */
const MEETING_WORD = /(?:会议|论坛|峰会|典礼|仪式)$/u;
const OTHER_MEETING_WORD = /.{2}会$/u;
/**
 * A lead reporting that someone attended and spoke (`<office><name>出席论坛并致辞`, `…发表重要讲话`):
 * what follows summarises that speech, whose first person (`我们`) is the speaker's, not the report's.
 */
const REPORTS_A_SPEAKER = new RegExp(
  `${ROLE_WORD}\\p{Script=Han}{2,3}?(?:(?:出席|参加)[^，。；！？]{0,30}?并(?:致辞|讲话|发言|作[^，。；！？]{0,12}?报告)|发表[^，。；！？]{0,12}?(?:讲话|致辞))`,
  'u',
);

export interface MeetingReport {
  /** `<meeting>在<place>召开`: the lead's clause. */
  headline: string;
  /** The day as `YYYY-MM-DD` when the lead gives the year and one day, else null. */
  date: string | null;
  /** The year the lead gives (also for a span of days, `2018年10月9日至11日`), else null. */
  year: number | null;
  /** The lead's opening as written (evidence). */
  evidence: string;
}

export function meetingReport(text: string): MeetingReport | null {
  const t = text.trimStart();
  const m = MEETING_LEAD.exec(t);
  if (!m) return null;
  const paragraphs = t.split('\n');
  // A lead that reports someone speaking at the meeting: only the lead itself must be in the third person.
  const opening = paragraphs
    .slice(0, REPORTS_A_SPEAKER.test(paragraphs[0]!) ? 1 : 3)
    .join('\n')
    .replace(/“[^”]*”/gu, '');
  if (FIRST_PERSON.test(opening) || OPENS_SPEECH.test(t)) return null;
  // What follows the lead's clause (the rest of its sentence too: `…在京举行，<office><name>参加论坛并致辞。`).
  const after = t.slice(m[0].length, m[0].length + 1000);
  const meeting = m[5]!;
  const word = (MEETING_WORD.exec(meeting) ?? OTHER_MEETING_WORD.exec(meeting))?.[0] ?? meeting;
  if (!GOES_ON.test(after) && !after.includes(meeting) && !after.includes(word)) return null;
  const [year, month, day] = [m[1] ? Number(m[1]) : null, Number(m[2]), Number(m[3])];
  const valid = year !== null && m[4] === undefined && month >= 1 && month <= 12 && day >= 1 && day <= 31;
  const date = valid ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : null;
  return { headline: `${meeting}${m[6] ?? ''}${m[7]}`, date, year, evidence: m[0] };
}
