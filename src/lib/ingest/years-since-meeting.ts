/**
 * The years since a meeting the text dates itself, counted to the present: a part that opens
 * `三年来…` (as its heading or its first words) and counts them from a meeting (`从第四届全国人民代表
 * 大会以来`, `自党的十一大以来`), where the text says elsewhere when that meeting met
 * (`一九七五年一月四届人大的胜利召开`) → 1975 + 3 = 1978. A congress's report looks back on the years
 * since the last one; the text's own wording fixes the year, no table of meetings needed. Only when
 * the meeting's year is written in the text next to the same meeting (its ordinal and its kind: a
 * people's congress `届人大` / `届全国人民代表大会`, a party congress `大` / `次全国代表大会`), and one
 * year only. Pure; matching on the folded text (indices point into the text as written).
 */
import { parseNumeral, parseYearDigits } from './charsets.ts';
import type { YearClue } from './year-evidence.ts';

const NUMERAL = '[一二三四五六七八九十]{1,3}';
const YEAR = '((?:19|20)\\d{2}|[一二][〇○零一二三四五六七八九]{3})';
/** `N年来` opening a line (a part heading `一、三年来的…`, or a paragraph). */
const YEARS_SINCE = /(?:^|\n)[ \u3000]*(?:[一二三四五六七八九十]{1,3}、)?[ \u3000]*([两二三四五六七八九十])年(?:来|以来)/gu;
/** What the years are counted from, in the few lines after: `从<meeting>以来` / `自<meeting>以来`. */
const FROM_MEETING = new RegExp(
  `[从自](?:党的)?第?(${NUMERAL})(届(?:全国人民代表大会|全国人大|人大)|次全国代表大会|大)(?:[^，。；]{0,12}?)以来`,
  'u',
);

/** People's congress or party congress: how the same meeting may be written. */
function kindOf(word: string): 'npc' | 'party' {
  return word.startsWith('届') ? 'npc' : 'party';
}

function meetingYears(text: string, ordinal: string, kind: 'npc' | 'party'): Set<number> {
  const name = kind === 'npc' ? `第?${ordinal}届(?:全国人民代表大会|全国人大|人大)` : `(?:党的)?第?${ordinal}(?:次全国代表大会|大)`;
  const re = new RegExp(`${YEAR}年(?:[一二三四五六七八九十]{1,2}月)?(?:[^，。；\\d]{0,4}?)${name}`, 'gu');
  const years = new Set<number>();
  for (const m of text.matchAll(re)) {
    const y = parseYearDigits(m[1]!);
    if (y !== null) years.add(y);
  }
  return years;
}

export function yearsSinceMeetingClues(text: string): YearClue[] {
  const out: YearClue[] = [];
  for (const m of text.matchAll(YEARS_SINCE)) {
    const n = parseNumeral(m[1]!.replace('两', '二'));
    if (n === null) continue;
    const ahead = text.slice(m.index!, m.index! + m[0].length + 200);
    const from = FROM_MEETING.exec(ahead);
    if (!from) continue;
    const kind = kindOf(from[2]!);
    const years = meetingYears(text, from[1]!, kind);
    if (years.size !== 1) continue;
    const met = [...years][0]!;
    const match = m[0].replace(/^\n/u, '').trim();
    out.push({
      kind: 'fixed',
      year: met + n,
      match,
      index: m.index! + m[0].indexOf(match),
      where: 'text',
      reason: `${match} counts the years since ${from[0]}, which the text says met in ${met}: ${met} + ${n} = ${met + n}`,
    });
  }
  return out;
}
