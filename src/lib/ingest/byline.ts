/**
 * Bylines: who gives the speech, as copies print it under the title.
 *
 *   `龚夏梅`, `卿 渐 伟`                         a name alone (spaces collapsed)
 *   `中共清河市委书记 张三`, `中华人民共和国主席　习近平`   a role, then the name
 *   `市城管局党组书记、局长  杜  宇`                several roles joined by 、
 *   `…工作报告市城管局党组书记、局长  杜  宇`        the subtitle, the role and the name glued
 *
 * A role is text ending in an office word (书记, 局长, 主席 …); a name is two
 * to four Han characters, possibly spaced out, standing last on the line.
 */
import { isDateline } from './dates.ts';
import { collapseNameSpaces } from './normalise.ts';
import { TITLE_END } from './title-shape.ts';
import { len } from './line-features.ts';

const SP = '[ \\u3000\\u00A0]';
/** Office words a role ends with. */
export const ROLE_WORD =
  '(?:总书记|副?书记|副?主席|副?总理|委员长|副?部长|副?市长|副?省长|副?县长|副?区长|副?州长|副?旗长|副?乡长|副?镇长|副?主任|副?局长|副?厅长|副?处长|副?科长|副?司长|巡视员|副?校长|院长|副院长|检察长|总经理|董事长|理事长|会长|社长|秘书长|司令员|政委|常委|委员|党组成员|同志)';
/** A name: 2–4 Han characters, each possibly followed by spaces. */
const NAME = `\\p{Script=Han}(?:${SP}*\\p{Script=Han}){1,3}`;

/** A bare name line. */
export const NAME_LINE = new RegExp(`^${NAME}$`, 'u');

/** Role(s) then a name, with or without spaces between. */
const ROLE_THEN_NAME = new RegExp(`^(.{2,40}?${ROLE_WORD}(?:[、，,]${SP}*.{0,12}?${ROLE_WORD})*)${SP}*(${NAME})$`, 'u');

/** What a headline's subject does (主持召开, 出席, 考察 …): never part of a role. */
const ACTS = /主持|召开|出席|会见|考察|调研|视察|参加|发表|作出|强调|指出/u;

export interface Byline {
  /** The name, spaces collapsed. */
  name: string;
  /** The role as written, when the line gives one. */
  role: string | null;
  /** A subtitle glued before the role (`…工作报告`), when there is one. */
  subtitle: string | null;
}

/**
 * Reads a byline from one header line, or null. A role glued to the name
 * without a space is accepted only when the name is 3 characters or spaced
 * out (`局长杜宇` is ambiguous: 杜宇 or 长杜宇; `部长会议` is no name at all).
 */
export function readByline(t: string): Byline | null {
  const line = t.trim();
  if (NAME_LINE.test(line)) return { name: collapseNameSpaces(line), role: null, subtitle: null };
  const m = ROLE_THEN_NAME.exec(line);
  if (!m) return null;
  let role = m[1]!.trim();
  const rawName = m[2]!;
  const name = collapseNameSpaces(rawName);
  const glued = !new RegExp(`${SP}$`, 'u').test(line.slice(0, line.length - rawName.length));
  // Glued without a space (`市委书记习近平`): only a three-character name, the
  // common length; `全省组织部长会议` is a meeting, not 部长 + 会议.
  if (glued && !/\s/.test(rawName) && len(name) !== 3) return null;
  if (/[。！？；]/.test(role) || len(role) > 40) return null;
  // A subtitle glued before the role: `…工作报告市城管局党组书记、局长`.
  let subtitle: string | null = null;
  const sub = /^(.{4,}?(?:讲话|致辞|发言|演讲|报告|讲稿|总结|报告会))(.{2,}?)$/u.exec(role);
  if (sub && TITLE_END.test(sub[1]!)) {
    subtitle = sub[1]!;
    role = sub[2]!;
  }
  // A role does not act (the subtitle may): `县委书记张明主持召开县委常委会会议` is a headline
  // (its `常委` no role, `会会议` no name).
  if (ACTS.test(role)) return null;
  return { name, role, subtitle };
}

/**
 * A byline and a dateline on one line, a space between, in either order (`张明　2023年12月30日`,
 * `（2023年12月30日）　市委书记　张明`): the byline and the dateline as written, or null.
 */
export function readBylineAndDate(t: string): { byline: Byline; dateline: string } | null {
  const line = t.trim();
  for (const sp of line.matchAll(/[ \u3000\u00A0]+/gu)) {
    const a = line.slice(0, sp.index).trim();
    const b = line.slice(sp.index + sp[0].length).trim();
    const [name, date] = isDateline(b) ? [a, b] : isDateline(a) ? [b, a] : ['', ''];
    const by = name ? readByline(name) : null;
    if (by && !by.subtitle) return { byline: by, dateline: date };
  }
  return null;
}

/**
 * A collection or source named on a line of its own: `《习近平谈治国理政》第三卷`,
 * `《邓小平文选》第二卷`, `——摘自《毛泽东选集》`, `来源：《张明在…上的讲话》`. The name
 * before the collection word (文选, 选集, 文集, 著作选读, 谈…, 论…, 关于…论述摘编) or before 在
 * in a speech's title is the speaker's. The whole line must be the source (a label, the
 * book or speech in 《》, a volume), and the name 2–3 characters, no institution's
 * (`《国务院关于…》` is a document, not a person's works).
 */
const SOURCE_LINE =
  /^(?:[—－]{1,2})?(?:(?:来源|出处|选自|摘自|转自|文章来源)[：:]?)?[（(]?《(\p{Script=Han}{2,3}?)(?:文选|选集|文集|著作选读|著作选编|讲话选编|论述摘编|谈[^》]{2,20}|论[^》]{2,20}|关于[^》]{2,40}(?:论述摘编|论述选编|重要论述)|(?:同志)?在[^》]{2,80}(?:讲话|致辞|发言|演讲|报告))》(?:第[一二三四五六七八九十\d]+卷)?[）)]?$/u;

/**
 * The speaker a source line names (see SOURCE_LINE), or null; `labelled` when the line
 * says it is a source (来源：, 摘自, ——, brackets), not only a title in 《》.
 */
export function readSourceLine(t: string): { name: string; labelled: boolean } | null {
  const line = t.trim().replace(/[\s\u3000]+/gu, '');
  const m = SOURCE_LINE.exec(line);
  if (!m || /[院会府部委局厅办社报刊网]$/u.test(m[1]!)) return null;
  return { name: m[1]!, labelled: !line.startsWith('《') };
}

/**
 * Single-character family names (the common part of the 百家姓), for telling where a
 * name glued between a title and the text starts: a personal name opens with one.
 */
const SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝习胥宦鄢胥',
);

/** A 2–3 character Han run that can be a person's name: it opens with a family name. */
export function nameShaped(t: string): boolean {
  return /^\p{Script=Han}{2,3}$/u.test(t) && SURNAMES.has([...t][0]!);
}
