/**
 * What a page prints after a letter's or a document's close: the text ends with a signature (a
 * name, maybe with a role) and the date on the next line; one or two short paragraphs after that,
 * before the page's tail or the file's end, are the page's own (readers' reactions to a letter,
 * a report's closing line), not the document's.
 *
 * Only one or two paragraphs of at most 300 characters: a second document after the signature
 * (a file holding two) runs longer and stays.
 */
import { readByline } from './byline.ts';
import { isDateline } from './dates.ts';
import { len } from './line-features.ts';

const MAX_LINES = 2;
const MAX_CHARS = 300;

/** Indices of the lines after a closing signature and date (none when the text does not close so). */
export function afterSignature(texts: readonly string[], bodyStart: number): number[] {
  const filled = texts.flatMap((t, i) => (t.trim() && i > bodyStart ? [i] : []));
  for (let n = 1; n <= MAX_LINES; n++) {
    const at = filled.length - n - 2;
    if (at < 0) return [];
    const [name, date] = [texts[filled[at]!]!.trim(), texts[filled[at + 1]!]!.trim()];
    const rest = filled.slice(at + 2).map((i) => texts[i]!.trim());
    if (!isDateline(date) || len(name) > 30 || /[。！？；，]/u.test(name) || !readByline(name)) continue;
    if (rest.reduce((k, t) => k + len(t), 0) > MAX_CHARS || !rest.every((t) => /[。！？][”’」』）)]*$/u.test(t))) return [];
    return filled.slice(at + 2);
  }
  return [];
}

/** A date closing a letter: `2020年3月15日`, `二〇二〇年三月十五日`. */
const CLOSING_DATE = String.raw`(?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日`;
/** A signature glued with its date after the letter's last sentence: `…贡献。习近平2020年8月17日`. */
const GLUED_CLOSE = new RegExp(`[。！？”](\\p{Script=Han}{2,4})[ \\u3000]*(${CLOSING_DATE})`, 'gu');
/** A wire's dispatch credit: `（新华社北京3月16日电）`, `本报北京8月17日电`. */
const DISPATCH = /\d{1,2}月\d{1,2}日电/u;

/**
 * Where a letter closes (its signature and date) and a news report of the letter follows, in a
 * newspaper's copy that prints both (people.cn: the letter, `习近平` / `2020年3月15日`, then
 * `（新华社北京3月16日电）…习近平3月15日给…回信…`): the report is in another voice, the
 * paper's, telling of the signer in the third person. Found by the close (a signature piece then a
 * date piece, or the two glued after the letter's last sentence) and, right after it, a wire's
 * dispatch credit or the signer named as the one who acts (`近日，习近平给…`, `习近平在回信中…`).
 * Returns the piece and the offset in it where the report starts, or null.
 */
export function reportAfterClose(pieces: readonly string[]): { piece: number; offset: number } | null {
  for (let p = 0; p < pieces.length; p++) {
    const t = pieces[p]!;
    const closes: { offset: number; name: string }[] = [];
    const prev = pieces[p - 1]?.trim() ?? '';
    const signer = readByline(prev);
    if (p > 0 && isDateline(t.trim()) && signer && len(prev) <= 30 && !/[。！？；，]/u.test(prev))
      closes.push({ offset: t.length, name: signer.name });
    for (const m of t.matchAll(GLUED_CLOSE)) {
      const name = readByline(m[1]!);
      if (name) closes.push({ offset: m.index + m[0].length, name: name.name });
    }
    for (const c of closes) {
      // The first 80 characters after the close (read piece by piece: linear in the text).
      let opening = t.slice(c.offset).trimStart();
      for (let q = p + 1; q < pieces.length && len(opening) < 80; q++) opening += pieces[q]!.trim();
      opening = opening.slice(0, 80);
      if (!opening) continue;
      const name = c.name.replace(/[ \u3000]/gu, '');
      const thirdPerson = new RegExp(
        `^(?:[^。！？]{0,24}[，,])?${name}(?:同志)?(?:在|给|向|近日|日前|\\d{1,2}月|发来|致信|回信|复信|指出|强调|表示)`,
        'u',
      );
      if (DISPATCH.test(opening.slice(0, 40)) || thirdPerson.test(opening)) return { piece: p, offset: c.offset };
    }
  }
  return null;
}
