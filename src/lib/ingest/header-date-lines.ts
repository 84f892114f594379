/**
 * The header lines a speech's date is read from (speech-date.ts): the lines the header took out
 * of the text (subtitle, byline, dateline), less the title. When the title block is found below
 * the start of the text and left in place (a lesson plan's or newsletter's excerpt under its own
 * head: header.ts `keepInText`), no line is taken out, but the block's dateline was still read
 * (`（1987年10月25日）` under the title and subtitle): it dates the speech, not the page around it
 * (a plan's `编写时间`, a mail's sending day), which is only the weakest evidence.
 */
import type { Header } from './header.ts';
import type { LineRef } from './speech-date.ts';

export function headerDateLines(header: Pick<Header, 'lines' | 'dateline'>): LineRef[] {
  const lines: LineRef[] = header.lines.filter((l) => l.role !== 'title');
  const d = header.dateline;
  if (d && !header.lines.some((l) => l.role === 'dateline' && l.line === d.line)) lines.push({ text: d.text, line: d.line });
  return lines;
}
