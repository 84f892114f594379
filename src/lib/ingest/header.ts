/**
 * The header: title line(s), the speaker's name line and the dateline that
 * many copies print above `同志们：`. They become metadata (and `Speech.header`)
 * rather than paragraphs, so the page does not print the title twice.
 *
 * Repairs here: a title broken over two lines is joined (`在全市第二批主题教育`
 * / `工作推进会上的讲话`), a title printed twice in a row is printed once, and a
 * spaced-out name is collapsed (`卿 渐 伟` → `卿渐伟`).
 */
import { isDateline } from './dates.ts';
import { collapseNameSpaces } from './normalise.ts';
import type { HeaderLine, Removal, Repair } from './types.ts';
import type { Traced } from './traced.ts';
import { lineAt } from './traced.ts';

/** Words a speech title ends with. */
const TITLE_END = /(?:讲话|致辞|发言|演讲|报告|讲稿|贺信|贺词|的信|（全文）|\(全文\)|提纲|讲话稿|主持词|总结)$/;
const PART_OR_POINT = /^(?:第[一二三四五六七八九十]+[，,、:：]|[一二三四五六七八九十]+[、是要]|（[一二三四五六七八九十]+）|\d{1,2}、)/;
export const SALUTATION = /^(?:尊敬的|同志们|各位代表|各位委员|各位来宾|各位同事|女士们|朋友们|亲爱的)/;
/** A bare name: 2–4 Han characters, possibly spaced out. */
const NAME_LINE = /^\p{Script=Han}(?:[ \u3000\u00A0]*\p{Script=Han}){1,3}$/u;
/** `中华人民共和国主席　习近平`: a role then a name. */
const ROLE_NAME_LINE = /^(.{2,16}?(?:主席|总书记|书记|总理|委员长|部长|市长|省长|县长|区长|主任|局长))[ \u3000\u00A0]+(\p{Script=Han}{2,4})$/u;

function titleLike(t: string): boolean {
  return [...t].length <= 100 && !/[。！？；!?;]/.test(t) && !/[：:，,、]$/.test(t)
    && !PART_OR_POINT.test(t) && !SALUTATION.test(t);
}

export interface Header {
  lines: HeaderLine[];
  title: { text: string; line: number; evidence: string } | null;
  speaker: { name: string; line: number; evidence: string } | null;
  dateline: { text: string; line: number } | null;
  body: Traced[];
  removed: Removal[];
  repairs: Repair[];
}

/** Reads the header from the first paragraphs; the rest is the body. */
export function readHeader(pieces: readonly Traced[]): Header {
  const h: Header = { lines: [], title: null, speaker: null, dateline: null, body: [], removed: [], repairs: [] };
  let i = 0;
  while (i < pieces.length && i < 6) {
    const p = pieces[i]!;
    const t = p.text;
    const line = lineAt(p, 0);
    if (SALUTATION.test(t)) break;
    if (!h.dateline && isDateline(t)) {
      h.dateline = { text: t, line };
      h.lines.push({ role: 'dateline', text: t, line });
      i++;
      continue;
    }
    if (!h.speaker && NAME_LINE.test(t) && (h.title !== null || pieces[i + 1] !== undefined && (isDateline(pieces[i + 1]!.text) || SALUTATION.test(pieces[i + 1]!.text)))) {
      const name = collapseNameSpaces(t);
      if (name !== t) h.repairs.push({ kind: 'speaker-spaces', detail: `${t} → ${name}`, line });
      h.speaker = { name, line, evidence: t };
      h.lines.push({ role: 'speaker', text: name, line });
      i++;
      continue;
    }
    const rn = ROLE_NAME_LINE.exec(t);
    if (!h.speaker && rn && h.title) {
      h.speaker = { name: rn[2]!, line, evidence: t };
      h.lines.push({ role: 'speaker', text: t, line });
      i++;
      continue;
    }
    if (!h.title && !h.speaker && !h.dateline && titleLike(t)) {
      let text = t;
      let evidence = t;
      const next = pieces[i + 1];
      // A title broken over two lines: the first part does not end like a title, the second does.
      if (next && !TITLE_END.test(t) && TITLE_END.test(next.text) && titleLike(next.text)
        && [...t].length <= 40 && [...next.text].length <= 40) {
        text = t + next.text;
        evidence = `${t}\n${next.text}`;
        h.repairs.push({ kind: 'join-title', detail: `${t} ⏎ ${next.text} → ${text}`, line });
        i++;
      }
      // A title printed twice in a row (seed 004).
      const dup = /^(.{6,}?)([ \u3000]*)\1$/u.exec(text);
      if (dup) {
        const once = dup[1]!;
        h.removed.push({ reason: 'duplicate-title', text: text.slice(once.length), line });
        text = once;
      } else if (pieces[i + 1]?.text === text) {
        h.removed.push({ reason: 'duplicate-title', text, line: lineAt(pieces[i + 1]!, 0) });
        i++;
      }
      h.title = { text, line, evidence };
      h.lines.push({ role: 'title', text, line });
      i++;
      continue;
    }
    break;
  }
  h.body = pieces.slice(i);
  return h;
}
