/**
 * Dates and years. A full date is only ever *read* (a dateline such as
 * `（2019年11月12日）`). A year may be *inferred* from references that pin it
 * down, each with its evidence; anything looser stays null, because a wrong
 * year on a page is worse than none.
 */
import { parseNumeral } from './charsets.ts';

/** `（2019年11月12日）`, `(2014年4月8日,根据录音整理)`, `（2018年11月17日，莫尔兹比港）`. */
const DATELINE = /^[（(]\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日[^（()）]{0,30}[）)]$/;
const FULL_DATE_IN_PARENS = /[（(]\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日[^（()）]{0,30}[）)]/;

function iso(y: number, m: number, d: number): string | null {
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  if (y < 1900 || y > 2100) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** True when the whole line is a parenthesised dateline. */
export function isDateline(line: string): boolean {
  return DATELINE.test(line.trim()) && readDate(line) !== null;
}

/** Reads the first parenthesised full date in `text` as `YYYY-MM-DD`. */
export function readDate(text: string): { date: string; year: number; match: string } | null {
  const m = FULL_DATE_IN_PARENS.exec(text);
  if (!m) return null;
  const date = iso(Number(m[1]), Number(m[2]), Number(m[3]));
  return date ? { date, year: Number(m[1]), match: m[0] } : null;
}

/**
 * Plenary sessions (全会) of the Central Committee and the year each was held.
 * A speech naming one as news is from that year or just after.
 */
export const PLENUMS: Record<string, number> = {
  十八届一中全会: 2012, 十八届二中全会: 2013, 十八届三中全会: 2013, 十八届四中全会: 2014,
  十八届五中全会: 2015, 十八届六中全会: 2016, 十八届七中全会: 2017,
  十九届一中全会: 2017, 十九届二中全会: 2018, 十九届三中全会: 2018, 十九届四中全会: 2019,
  十九届五中全会: 2020, 十九届六中全会: 2021, 十九届七中全会: 2022,
  二十届一中全会: 2022, 二十届二中全会: 2023, 二十届三中全会: 2024, 二十届四中全会: 2025,
};

/** Founding years for anniversaries: 庆祝中国共产党成立95周年 → 1921 + 95. */
export const FOUNDINGS: Record<string, number> = {
  中国共产党: 1921,
  中华人民共和国: 1949,
  新中国: 1949,
  中国人民解放军: 1927,
  改革开放: 1978,
};

export interface YearEvidence {
  year: number;
  /** The matched text, e.g. `庆祝中国共产党成立95周年`. */
  match: string;
  /** UTF-16 index of the match in the searched text. */
  index: number;
  /** Why this gives the year. */
  reason: string;
  /** Higher is more trustworthy. */
  strength: number;
}

const ANNIVERSARY = /(庆祝|纪念)([^，。；！？,]{0,12}?)(中国共产党|中华人民共和国|新中国|中国人民解放军|改革开放)(?:成立|建立|建军)?([0-9]+|[一二三四五六七八九十百]+)周年/g;

/**
 * Year evidence in `text`, strongest first:
 *  - a celebration/commemoration of an anniversary (庆祝…成立95周年 → 2016).
 *    Only with 庆祝/纪念 and not “将迎来…”, which names a future year;
 *  - a plenum called recent (刚刚闭幕/刚刚召开/近日召开的十九届四中全会 → 2019);
 *  - the latest plenum named at all (a lower bound, taken as the year only
 *    when nothing stronger disagrees).
 */
export function yearEvidence(text: string): YearEvidence[] {
  const out: YearEvidence[] = [];
  for (const m of text.matchAll(ANNIVERSARY)) {
    const before = text.slice(Math.max(0, m.index - 6), m.index);
    if (/迎来|将要|即将/.test(before + (m[2] ?? ''))) continue;
    const n = parseNumeral(m[4] ?? '');
    const base = FOUNDINGS[m[3] ?? ''];
    if (n === null || base === undefined || n <= 0) continue;
    out.push({ year: base + n, match: m[0], index: m.index, reason: `${m[3]} ${base} + ${n} years`, strength: 3 });
  }
  for (const [name, year] of Object.entries(PLENUMS)) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
      const before = text.slice(Math.max(0, i - 8), i);
      const recent = /(刚刚|刚|近日|日前|前不久)(闭幕|召开|结束)的?$/.test(before);
      out.push({ year, match: name, index: i, reason: `${name} was held in ${year}${recent ? ' (called recent)' : ' (named, lower bound)'}`, strength: recent ? 2 : 1 });
    }
  }
  // Strongest first; among equals the latest year (a plenum named in passing is a lower bound).
  return out.sort((a, b) => b.strength - a.strength || b.year - a.year || a.index - b.index);
}

/**
 * One safe year from the evidence, or null when the strongest pieces disagree.
 */
export function inferYear(text: string): YearEvidence | null {
  const ev = yearEvidence(text);
  const best = ev[0];
  if (!best) return null;
  const sameStrength = ev.filter((e) => e.strength === best.strength);
  if (best.strength >= 2 && sameStrength.some((e) => e.year !== best.year)) return null;
  return best;
}
