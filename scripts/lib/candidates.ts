/**
 * New-term discovery: numbered expressions (数字略语 such as 四个注重, 三本台账, 三会一课,
 * “9+2”) and short quoted terms that recur in the texts but have no glossary entry yet.
 * Glossary wordings are masked first, so nothing already covered is proposed again.
 */
import type { Matcher } from '../../src/lib/concepts/matcher.ts';

export interface Text {
  /** Speech identifier shown in the listing (file name). */
  source: string;
  /** Paragraphs of cleaned text. */
  paragraphs: readonly string[];
}

export interface Candidate {
  term: string;
  count: number;
  sources: string[];
  example: string;
}

const HAN = '\\u4e00-\\u9fff';
const NUM = '一二两三四五六七八九十';
/** Not in the middle of a number or an ordinal: 十八大以来, 第二个百年, 十九届二中 are not terms. */
const START = `(?<![${NUM}第届百千万0-9])`;
/** Rules, each named for the listing. Order matters only for readability. */
export const RULES: { name: string; pattern: RegExp }[] = [
  // 四个意识, 三本台账, 五大发展, 两项制度: numeral (not 一, which is mostly "a") + measure word + two characters
  { name: 'numeral+measure', pattern: new RegExp(`${START}[${NUM.slice(1)}](?:个|项|大|条|种|本|类|支|张)[${HAN}]{2}`, 'g') },
  // 三会一课, 一岗双责, 三严三实, 四讲四有: numeral X numeral Y
  { name: 'paired numerals', pattern: new RegExp(`${START}[${NUM}](?![${NUM}百千万])[${HAN}][${NUM}双](?![${NUM}百千万])[${HAN}]`, 'g') },
  // 五整治, 三清理 inside quotes; “9+2”, “1+X”: handled by the quoted rule below
  // “…”: short quoted terms of 2–8 characters without sentence punctuation
  { name: 'quoted', pattern: /(?<=[“"])[^“”"。！？；，\s]{2,8}(?=[”"])/g },
];

/** Ordinary words that the numeral rules catch but are not terms. */
const NOT_TERMS = new RegExp(`^(?:[${NUM}](?:是|要|批|些|定|起|直|般|样|切|致|方面|年|月|日|次|位|名|度|心一意)|一[${HAN}]一[${HAN}]$)`);

function exampleAround(text: string, index: number, length: number, width = 24): string {
  const start = Math.max(0, index - width);
  const end = Math.min(text.length, index + length + width);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

export function findCandidates(texts: readonly Text[], glossary: Matcher): Candidate[] {
  const found = new Map<string, Candidate>();
  for (const { source, paragraphs } of texts) {
    for (const paragraph of paragraphs) {
      // Mask glossary wordings with a character no rule matches, keeping offsets.
      const masked = paragraph.replace(glossary.regex(), (m) => '\u25a1'.repeat(m.length));
      const seen = new Set<string>();
      for (const { pattern } of RULES) {
        for (const m of masked.matchAll(pattern)) {
          const term = m[0];
          if (term.includes('\u25a1') || NOT_TERMS.test(term) || !/[\u4e00-\u9fff0-9]/.test(term)) continue;
          // Two rules may find the same words at the same place (a quoted 三会一课): count once.
          if (seen.has(`${m.index}:${term}`)) continue;
          seen.add(`${m.index}:${term}`);
          const c = found.get(term) ?? { term, count: 0, sources: [], example: exampleAround(paragraph, m.index, term.length) };
          c.count++;
          if (!c.sources.includes(source)) c.sources.push(source);
          found.set(term, c);
        }
      }
    }
  }
  return [...found.values()].sort((a, b) => b.sources.length - a.sources.length || b.count - a.count || (a.term < b.term ? -1 : 1));
}
