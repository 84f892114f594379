/**
 * Dates and years: the entry points the header and metadata readers use.
 * A full date is only ever *read* (a dateline, datelines.ts). A year may be
 * *inferred* from evidence that fixes it, and a referenced meeting gives only a
 * lower bound (year-evidence.ts); the two are weighed in speech-date.ts.
 */
import { isDatelineLine, readDateline } from './datelines.ts';

export { PLENUMS, FOUNDINGS, CONGRESSES } from './year-evidence.ts';

/** True when the whole line is a dateline (masked ones too: `（20**年11月12日）`). */
export function isDateline(line: string): boolean {
  return isDatelineLine(line);
}

/** The first full date in a dateline shape in `text`, as `YYYY-MM-DD`. */
export function readDate(text: string): { date: string; year: number; match: string } | null {
  const d = readDateline(text);
  return d?.date && d.year !== null ? { date: d.date, year: d.year, match: d.match } : null;
}
