/**
 * A commemoration's meeting named by its opening in two parts: what the meeting marks
 * (`我们纪念北京世界妇女大会召开25周年`, `今天我们在这里隆重纪念…诞辰120周年`) and the kind of meeting
 * the speaker then calls it (`预祝本次高级别会议取得圆满成功`, `这次座谈会`). A commemorative meeting
 * is called after what it marks: the editor's title joins the two, `在纪念<X><N>周年<kind>上的讲话`
 * (a meeting's own verb, 召开 / 举行, is left out of the name: `纪念北京世界妇女大会25周年`; 成立,
 * 诞辰 stay). Only in the opening, only with 纪念 (or 庆祝) said as what `我们` do now, and only a
 * kind of meeting the text itself says (本次 / 这次 / 此次 / 今天的 + a meeting word). Pure.
 */
import type { SelfTitle } from './self-title.ts';

/** The opening's first characters, where a speech says what its meeting is for. */
const OPENING_CHARS = 400;
/** `我们(在这里)(隆重)纪念<X>(召开|举行)?<N>周年`: what is marked, said as done now. */
const MARKS =
  /我们(?:今天)?(?:在这里)?(?:隆重|共同|一起)?(纪念|庆祝)([^，。；！？、“”《》\s]{2,40}?)(召开|举行)?([0-9０-９]{1,3}|[一二三四五六七八九十百]{1,4})周年/u;
/** The meeting as the speaker calls it: `本次高级别会议`, `这次座谈会`, `今天的大会`. */
const KIND =
  /(?:本次|这次|此次|今天的|今天这个|这个)([^，。；！？、“”《》\s的]{0,8}?(?:会议|大会|座谈会|报告会|纪念会|庆祝会|论坛|峰会|集会))/u;

export function commemorationMeeting(text: string): SelfTitle | null {
  const head = text.slice(0, OPENING_CHARS);
  const m = MARKS.exec(head);
  if (!m) return null;
  const kind = KIND.exec(head);
  if (!kind) return null;
  const meeting = `${m[1]}${m[2]}${m[4]}周年${kind[1]}`;
  return {
    title: `在${meeting}上的讲话`,
    index: m.index,
    reason: `the opening says what the meeting marks (${m[0]}) and calls it ${kind[0]}: a commemoration is named after what it marks, 在${meeting}上的讲话`,
  };
}
