import { defineCollection } from 'astro:content';
import { speechLoader } from './loaders/speech-loader.ts';

export const collections = {
  /** One entry per raw `.txt` file in ARCHIVE_RAW (default `content/raw`). */
  speeches: defineCollection({ loader: speechLoader() }),
};
