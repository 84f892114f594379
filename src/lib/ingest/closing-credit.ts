/**
 * The headline inside a closing credit: a text printed with no head (an excerpt of a news
 * report) may name its source at its end, headline and all — `（据新华社合肥8月21日电<headline>）`,
 * `（摘自人民日报《<headline>》）`, `（来源：新华网《<headline>》）`. The headline is then the
 * text's only title. Pure: reads the end of the text. Only a credit in brackets closing the text,
 * with its source before the headline (a wire dateline's `…电`, or a publication's name before
 * `《》`: a bare `（摘自《…》）` names a book or a journal, not an article), and a headline's shape
 * (no sentence, eight characters or more).
 */
import { len } from './line-features.ts';
import { KICKER_VERB, REPORT_HEADLINE, titleLike } from './title-shape.ts';

/** What opens a credit: 据 / 摘自 / 选自 / 转自 / 来源： / 原载. */
const CREDIT_OPEN = '(?:据|摘自|选自|转自|转载自|原载|来源[：:]|本文来源[：:]|稿件来源[：:])';
/** `（<opener><source>电<headline>）` — a wire's dateline, the headline glued after 电. */
const WIRE_CREDIT = new RegExp(
  `[（(]${CREDIT_OPEN}[^（）()《》。]{2,30}?\\d{1,2}月\\d{1,2}日电[\\s\\u3000]*([^（）()《》。]{8,100})[）)][\\s\\u3000]*$`,
  'u',
);
/** `（<opener><publication>《<headline>》…）` — a publication named before the headline. */
const TITLED_CREDIT = new RegExp(
  `[（(]${CREDIT_OPEN}[\\s\\u3000]*[^（）()《》。\\s]{2,20}?[\\s\\u3000]*《([^《》]{8,100})》[^（）()《》。]{0,20}[）)][\\s\\u3000]*$`,
  'u',
);

export interface CreditHeadline {
  /** The headline as the text prints it; a report headline's deck after a space (`…时强调 <deck>`). */
  title: string;
  /** The credit as written. */
  evidence: string;
  /** Index of the credit in the text. */
  index: number;
}

export function creditHeadline(text: string): CreditHeadline | null {
  const m = WIRE_CREDIT.exec(text) ?? TITLED_CREDIT.exec(text);
  if (!m) return null;
  const headline = m[1]!.trim();
  if (len(headline) < 8 || !titleLike(headline)) return null;
  return { title: withDeck(headline), evidence: m[0].trim(), index: m.index };
}

/** `<name>在…时强调<deck>` run together: the report headline, a space, its deck. */
function withDeck(t: string): string {
  for (const k of t.matchAll(/(?:强调|指出)/gu)) {
    const head = t.slice(0, k.index + k[0].length);
    const deck = t.slice(head.length).trim();
    if (deck && len(deck) >= 4 && REPORT_HEADLINE.test(head) && KICKER_VERB.test(head)) return `${head} ${deck}`;
  }
  return t;
}

/** Any credit in brackets closing the text: `（据新华社合肥8月21日电<headline>）`, `（来源：新华网）`, no sentence inside. */
const ANY_CREDIT = new RegExp(`[（(]${CREDIT_OPEN}[^（）()。！？]{2,120}[）)][\\s\\u3000]*$`, 'u');

/**
 * Where a source credit closing the text starts (an index into `text`), or null: the credit is
 * where the copy came from, not the speech (with a headline in it, that headline is still the
 * title's evidence: see creditHeadline, read on the text before the cut). Only after a sentence
 * end, so that the text before it is complete; a `据…` aside is a credit only with a wire's `电`, a
 * paper or a work in it.
 */
export function closingCreditAt(text: string): number | null {
  const m = ANY_CREDIT.exec(text.trimEnd());
  if (!m) return null;
  // `据` names a source only with a wire's `…电`, a paper or a work (`据新华社…电`, `据《人民日报》`), not `据统计，…`.
  if (/^[（(]据/u.test(m[0]) && !/电|报|《/u.test(m[0])) return null;
  const before = text.slice(0, m.index).trimEnd();
  return !before || /[。！？!?…][”’」』）)]*$/u.test(before) ? m.index : null;
}
