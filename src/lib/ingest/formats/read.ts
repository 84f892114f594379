/** What a format reader gives the ingest: the text as lines, the file's own facts, and what it removed or repaired on the way. */
import type { FormatNotes, PageFacts } from '../types.ts';

export interface RawRead {
  /** The speech text, one paragraph or heading a line (`\n`-separated). */
  text: string;
  page: PageFacts;
  notes: FormatNotes;
}

export const noNotes = (): FormatNotes => ({ removed: [], repairs: [] });
