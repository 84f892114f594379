/** Display formats shared by pages. */
import type { SpeechEntry } from '../speech/schema.ts';

/** `2019年11月12日`, `2016年`, `2019年以后` (a lower bound only: see Speech.yearAfter), or `日期不详`. */
export function displayDate(s: Pick<SpeechEntry, 'date' | 'year'> & { yearAfter?: number | null }): string {
  if (s.date) {
    const [y, m, d] = s.date.split('-').map(Number);
    return `${y}年${m}月${d}日`;
  }
  if (s.year) return `${s.year}年`;
  return s.yearAfter ? `${s.yearAfter}年以后` : '日期不详';
}

/** Chinese-aware count: `12,345`. */
export const count = (n: number) => n.toLocaleString('en-US');

/** A share 0…1 as a percentage with at most one decimal: `33.3%`, `100%`. */
export const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;
