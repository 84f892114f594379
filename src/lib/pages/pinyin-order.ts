/** Sorting Chinese terms by pinyin, and their A–Z letter. */
import { pinyin } from 'pinyin-pro';

/** `两个维护` → `liang ge wei hu`. */
export const pinyinKey = (text: string) =>
  pinyin(text.replace(/[“”"「」]/g, ''), { toneType: 'none', type: 'array', nonZh: 'removed' })
    .join(' ')
    .toLowerCase();

/** Upper-case first letter of the pinyin, or `#`. */
export const pinyinLetter = (text: string) => {
  const first = pinyinKey(text).charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
};

export function byPinyin<T>(list: readonly T[], text: (x: T) => string): T[] {
  return [...list]
    .map((x) => ({ x, k: pinyinKey(text(x)) }))
    .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
    .map(({ x }) => x);
}
