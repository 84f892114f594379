/**
 * A letter (or an address) whose only heading is its genre: a bare `回信` / `贺信` / `致辞` line,
 * or the word glued to the text (`回信北京大学…党员：…`, `贺信值此…开幕之际，…`), as newspapers
 * print a leader's letter under their own headline. Pure functions over the text:
 *  - `letterHead`: the genre word heading the text, when a salutation (`<addressee>：`) or an
 *    opening `值此…之际` follows it: the word alone is no sentence, and nothing else heads the text;
 *  - `letterTitle`: the title an editor gives such a letter from its genre and the addressee the
 *    salutation names (`给<addressee>的回信`, `致<addressee>的贺信`), or the meeting its opening
 *    greets (`致<meeting>的贺信`, `在<meeting>开幕式上的致辞`);
 *  - `findSignature`: the signature closing the letter, a name and the day it was signed, on lines
 *    of their own (`习近平` / `2020年3月15日`) or glued to the last sentence (`…贡献。习近平2020年8月17日`),
 *    though the page goes on after it (a news report of the letter).
 */
import { readByline } from './byline.ts';

/** Genre words a letter or an address is headed by. */
const GENRE = '(?:回信|复信|贺信|贺电|慰问信|慰问电|感谢信|唁电|致辞)';
const GENRE_ALONE = new RegExp(`^${GENRE}$`, 'u');
/** A salutation: the addressee (no sentence in it) and a colon, opening the letter. */
const SALUTATION = /^[\s\u3000]*([^，。；！？：:\s\u3000]{2,60}?)[：:]/u;
/** An opening greeting a meeting: `值此<meeting>开幕/召开/举行/举办之际`. */
const OCCASION = /^[\s\u3000]*值此([^，。；！？、《》\s]{4,80}?)(开幕|召开|举行|举办|成立[^，。]{0,8}?)之际/u;
/** Addressees that name no one in particular (`同志们`, `大家`): no title is built from them. */
const GENERIC_ADDRESSEE = /^(?:同志们|朋友们|同学们|同胞们|大家|各位|女士们|先生们|来宾们)$/u;

/** Length of the genre word heading `first` (`next`: the piece after it), or 0. */
export function letterHead(first: string, next = ''): number {
  const t = first.trimStart();
  const lead = first.length - t.length;
  const m = new RegExp(`^${GENRE}`, 'u').exec(t);
  if (!m) return 0;
  const rest = t.slice(m[0].length);
  const opens = (s: string): boolean => (SALUTATION.test(s) && !/^[\s\u3000]*[，。；！？、]/u.test(s)) || OCCASION.test(s);
  if (rest.trim() === '') return opens(next) ? lead + m[0].length : 0;
  return opens(rest) ? lead + m[0].length : 0;
}

/** `回信` → `给<addressee>的回信`; `贺信` → `致<addressee / meeting>的贺信`; `致辞` → `在<meeting>开幕式上的致辞`. */
export function letterTitle(genre: string, opening: string): { title: string; reason: string } | null {
  if (!GENRE_ALONE.test(genre)) return null;
  const speech = genre === '致辞';
  const sal = SALUTATION.exec(opening);
  const addressee = sal?.[1]?.replace(/^(?:尊敬的|亲爱的)/u, '') ?? '';
  if (!speech && addressee && !GENERIC_ADDRESSEE.test(addressee) && !OCCASION.test(opening)) {
    const to = /^(?:回信|复信)$/u.test(genre) ? '给' : '致';
    return {
      title: `${to}${addressee}的${genre}`,
      reason: `a letter headed only by its genre (${genre}): the addressee its salutation names (${addressee}：), ${to}…的${genre}`,
    };
  }
  const occ = OCCASION.exec(opening);
  if (occ) {
    const meeting = occ[1]!;
    if (speech)
      return {
        title: `在${meeting}${occ[2] === '开幕' ? '开幕式' : ''}上的致辞`,
        reason: 'an address headed only by its genre (致辞): the meeting its opening greets (值此…之际), 在…上的致辞',
      };
    return {
      title: `致${meeting}的${genre}`,
      reason: `a letter headed only by its genre (${genre}): the meeting its opening greets (值此…之际), 致…的${genre}`,
    };
  }
  return null;
}

/** A day written in full, as a signature dates a letter. */
const DAY = '(?:\\d{4}|[〇○零一二三四五六七八九]{4})年[\\d〇○零一二三四五六七八九十]{1,2}月[\\d〇○零一二三四五六七八九十]{1,3}日';
const NAME = '\\p{Script=Han}{2,4}';
/** The last sentence's end, a name, the day, then nothing of a sentence (the line's end, a bracket, a space). */
const GLUED_SIGNATURE = new RegExp(`[。！？!?”][\\s\\u3000]*(${NAME}?)[\\s\\u3000]*(${DAY})(?=$|[\\s\\u3000（(])`, 'u');
const NAME_ALONE = new RegExp(`^[\\s\\u3000]*(${NAME})[\\s\\u3000]*$`, 'u');
const DAY_ALONE = new RegExp(`^[\\s\\u3000]*(${DAY})(?:于\\p{Script=Han}{2,4})?[\\s\\u3000]*$`, 'u');
/** What a name is not: a word of time or place before a date (`今年`, `截至`, `于`). */
const NOT_A_NAME = /[年月日至于在到和与及]$|^(?:今|去|明|同|截|自|从|于|在|到|截至)/u;

export interface Signature {
  name: string;
  /** The day as written. */
  day: string;
  /** Index of the piece the signature (its name) stands in. */
  index: number;
}

/** The first signature in the letter's pieces, a name and its day, or null. */
export function findSignature(pieces: readonly string[]): Signature | null {
  for (let i = 0; i < pieces.length; i++) {
    const t = pieces[i]!;
    // A name, or a role and a name (`中华人民共和国主席习近平`), on a line of its own over the day.
    const day = DAY_ALONE.exec(pieces[i + 1] ?? '');
    const name = day ? (NAME_ALONE.exec(t)?.[1] ?? readByline(t.trim())?.name) : undefined;
    if (name && day && !NOT_A_NAME.test(name)) return { name, day: day[1]!, index: i };
    const glued = GLUED_SIGNATURE.exec(t);
    if (glued && !NOT_A_NAME.test(glued[1]!)) return { name: glued[1]!, day: glued[2]!, index: i };
  }
  return null;
}
