/**
 * A newspaper's jump: a story cut at the foot of one page (`…制度型开放，（下转第三版）`) and
 * carried on another (`（上接第二版）深化…`), with the rest of the first page (another story) and
 * the next page's masthead between the two halves. The markers are the paper's, not the text's;
 * what stands between them is another page's. A brief that points to a report on another page
 * (`…习近平以视频方式致辞。（详细报道见第三版）`) is the paper's too.
 */

const PAGE_NO = '第?\\s*[一二三四五六七八九十百\\d]{1,3}\\s*(?:版|页|面)';
/** The cut: `（下转第三版）`, `（转第3版）`, at the end of a line. */
export const JUMP_OUT = new RegExp(`\\s*[（(]\\s*(?:下|接)?转\\s*${PAGE_NO}\\s*[）)]\\s*$`, 'u');
/** The carry-on: `（上接第二版）`, `（紧接第2版）`, `（接第2版）`, `（转自第2版）`, opening a line. */
export const JUMP_IN = new RegExp(`^\\s*[（(]\\s*(?:上接|紧接|接|转自)\\s*${PAGE_NO}\\s*[）)]\\s*`, 'u');
/** A pointer to a report on another page (`（详细报道见第三版）`, `（详见第2版）`), ending a line. */
export const SEE_PAGE = new RegExp(`[（(]\\s*(?:详细报道|相关报道|报道|全文|详)?\\s*见\\s*${PAGE_NO}\\s*[）)]\\s*$`, 'u');
/** Most lines between the two halves (the rest of a page and the next page's head). */
const MAX_BETWEEN = 30;

export interface Jump {
  /** Line cut at the foot of the page, and its marker. */
  out: number;
  outMarker: string;
  /** Line carried on, and its marker. */
  in: number;
  inMarker: string;
  /** Lines of another page between them (non-blank). */
  between: number[];
}

/** The jumps in `texts`: each cut paired with the next carry-on after it. */
export function findJumps(texts: readonly string[]): Jump[] {
  const jumps: Jump[] = [];
  for (let i = 0; i < texts.length; i++) {
    const out = JUMP_OUT.exec(texts[i]!);
    if (!out || !texts[i]!.slice(0, out.index).trim()) continue;
    for (let j = i + 1; j < texts.length && j - i <= MAX_BETWEEN * 2; j++) {
      const inn = JUMP_IN.exec(texts[j]!);
      if (!inn) continue;
      const between = [];
      for (let k = i + 1; k < j; k++) if (texts[k]!.trim()) between.push(k);
      if (between.length <= MAX_BETWEEN && texts[j]!.slice(inn[0].length).trim())
        jumps.push({ out: i, outMarker: out[0], in: j, inMarker: inn[0], between });
      break;
    }
  }
  return jumps;
}
