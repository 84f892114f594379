/**
 * The speech as the site stores it, one entry of the `speeches` content collection:
 * ingest's `Speech` (declared once, in src/lib/ingest/types.ts, which knows nothing of
 * Astro or zod) plus the page's `slug`, less what only the ingest report shows: the
 * header lines and the reasons of inferred values (written for the editor). The zod
 * schema below checks an entry at run time; the compile-time check at the bottom fails
 * when schema and type differ in any field at any depth (a field the schema lacked
 * would be dropped from the store without a word).
 */
import { z } from 'astro/zod';
import type { FieldNote, Speech } from '../ingest/types.ts';
import type { CopyOf } from '../ingest/duplicates.ts';

export type SpeechEntry = Omit<Speech, 'header' | 'notes'> & {
  /** URL segment of the speech page, unique in the archive. */
  slug: string;
  notes: Omit<FieldNote, 'reason'>[];
  /**
   * The other speeches of the archive that are the same or nearly the same speech, as the
   * loader's duplicate check found them (src/lib/ingest/duplicates.ts), by raw file name.
   * Annotate shows them as 另见 without running the check again; absent on speeches that
   * did not come through the loader (tests, scripts), which annotate then checks itself.
   */
  duplicates?: SpeechDuplicate[];
};

/** One other copy of a speech (see `SpeechEntry.duplicates`). */
export type SpeechDuplicate = CopyOf;

const metaField = z.enum(['title', 'speaker', 'date', 'year', 'yearAfter', 'occasion', 'campaign']);

export const speechSchema = z.object({
  /** URL segment of the speech page, unique in the archive. */
  slug: z.string().regex(/^[a-z0-9-]+$/),
  source: z.string(),
  title: z.string().min(1),
  /** True when the text has no title line and gives none itself: `title` is the file name standing in. */
  untitled: z.literal(true).optional(),
  speaker: z.string().nullable(),
  /** `YYYY-MM-DD`, or null when the full date is not known. */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  year: z.number().int().nullable(),
  /** A lower bound on an unknown year (`2019年以后`), never the year. */
  yearAfter: z.number().int().nullable(),
  occasion: z.string().nullable(),
  campaign: z.string().nullable(),
  notes: z.array(
    z.object({
      field: metaField,
      how: z.enum(['read', 'inferred', 'override']),
      evidence: z.string(),
      line: z.number().int().nullable(),
    }),
  ),
  blocks: z.array(z.object({ kind: z.enum(['heading', 'paragraph']), text: z.string(), line: z.number().int() })),
  outline: z.array(
    z.object({
      id: z.string(),
      depth: z.number().int().min(1),
      n: z.number().int().min(1),
      marker: z.string(),
      label: z.string(),
      block: z.number().int(),
      offset: z.number().int(),
    }),
  ),
  removed: z.array(z.object({ reason: z.string(), text: z.string(), line: z.number().int() })),
  repairs: z.array(z.object({ kind: z.string(), detail: z.string(), line: z.number().int() })),
  chars: z.number().int(),
  /** Where the copy was published, as the page states it (see `Origin` in ingest/types.ts). */
  origin: z
    .object({
      publisher: z.string().nullable(),
      url: z.string().url().nullable(),
      published: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .nullable(),
      evidence: z.string(),
      line: z.number().int().nullable(),
    })
    .nullable(),
  duplicates: z.array(z.object({ source: z.string(), similarity: z.number().min(0).max(1), kind: z.enum(['same', 'near']) })).optional(),
});

// Fails to compile when the schema and `SpeechEntry` differ anywhere: a field, its
// optionality, its type, at any depth.
type Plain<T> = T extends readonly (infer U)[] ? Plain<U>[] : T extends object ? { [K in keyof T]: Plain<T[K]> } : T;
type Same<A, B> = (<X>() => X extends Plain<A> ? 1 : 2) extends <X>() => X extends Plain<B> ? 1 : 2 ? true : false;
const inStep: Same<z.infer<typeof speechSchema>, SpeechEntry> = true;
void inStep;
