/**
 * The zod schema of a speech entry in the content collection: what ingest
 * produces (`Speech`) plus the site's `slug`. The type check at the bottom
 * keeps it in step with `src/lib/ingest/types.ts`.
 */
import { z } from 'astro/zod';
import type { Speech } from '../ingest/types.ts';

const metaField = z.enum(['title', 'speaker', 'date', 'year', 'yearAfter', 'occasion', 'campaign']);

export const speechSchema = z.object({
  /** URL segment of the speech page, unique in the archive. */
  slug: z.string().regex(/^[a-z0-9-]+$/),
  source: z.string(),
  title: z.string().min(1),
  speaker: z.string().nullable(),
  /** `YYYY-MM-DD`, or null when the full date is not known. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
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
  blocks: z.array(
    z.object({ kind: z.enum(['heading', 'paragraph']), text: z.string(), line: z.number().int() }),
  ),
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
      published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
      evidence: z.string(),
      line: z.number().int().nullable(),
    })
    .nullable(),
});

export type SpeechEntry = z.infer<typeof speechSchema>;

// Fails to compile when ingest's `Speech` and this schema drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const inStep: Same<Omit<SpeechEntry, 'slug'>, Omit<Speech, 'slug'>> = true;
void inStep;
