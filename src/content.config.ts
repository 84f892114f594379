import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { speechLoader } from './loaders/speech-loader.ts';
import { conceptSchema } from './lib/concepts/schema.ts';
import { archiveConcepts } from './lib/site/env.ts';

export const collections = {
  /** One entry per raw `.txt` file in ARCHIVE_RAW (default `content/raw`). */
  speeches: defineCollection({ loader: speechLoader() }),
  /** The glossary: one `.mdx` per concept in ARCHIVE_CONCEPTS (default `content/concepts`). */
  concepts: defineCollection({
    loader: glob({ pattern: '*.mdx', base: archiveConcepts() }),
    schema: conceptSchema,
  }),
};
