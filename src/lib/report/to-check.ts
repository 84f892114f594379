/**
 * What an editor should look at first in a speech the cleaner read: the fields it could not
 * find (no title line, no speaker, no date or year) and the body's edges where only the
 * least specific rule spoke (lines taken out as outside the speech block). Each reason says
 * what to do. On the labelled set's unseen page shapes most of the cleaner's misses are in
 * speeches listed here (tests/fixtures/ingest-eval/README.md, "To check"); a speech not
 * listed can still be wrong, a listed one can be right (a policy text names no speaker).
 */
import type { Speech } from '../ingest/types.ts';

export interface CheckReason {
  /** `title`, `speaker`, `date`, `body`. */
  field: 'title' | 'speaker' | 'date' | 'body';
  /** What is missing or unsure, and what to do about it. */
  text: string;
}

const BLOCK_RULE = 'outside-speech-block';

export function toCheck(s: Speech): CheckReason[] {
  const out: CheckReason[] = [];
  if (s.untitled)
    out.push({ field: 'title', text: 'no title in the text (the file name stands in): give one with `title:` in a front-matter block' });
  if (!s.speaker) out.push({ field: 'speaker', text: 'no speaker named: give one with `speaker:` if it is known' });
  if (s.year === null)
    out.push({
      field: 'date',
      text:
        s.yearAfter !== null
          ? `no date or year (${s.yearAfter} or later, from a meeting it refers to): give one with \`date:\` or \`year:\``
          : 'no date or year: give one with `date:` or `year:`',
    });
  const taken = s.removed.filter((r) => r.reason.startsWith(BLOCK_RULE));
  if (taken.length) {
    const lines = taken.map((r) => r.line);
    out.push({
      field: 'body',
      text: `${taken.length} line(s) taken out as outside the speech block (lines ${Math.min(...lines)}–${Math.max(...lines)}), the rule for page shapes no other rule names: check where the speech starts and ends`,
    });
  }
  return out;
}
