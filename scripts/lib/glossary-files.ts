/** Reads the glossary straight from `content/concepts/*.mdx`, for command-line tools (no Astro). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { conceptSchema } from '../../src/lib/concepts/schema.ts';
import type { GlossaryEntry } from '../../src/lib/concepts/glossary.ts';

export function readGlossary(dir = resolve('content/concepts')): GlossaryEntry[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))?.[1];
      if (front === undefined)
        throw new Error(`${file}: no front matter. Start the file with a --- block (see src/lib/concepts/schema.ts).`);
      const parsed = conceptSchema.safeParse(parse(front));
      if (!parsed.success) {
        throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      }
      return { slug: name.replace(/\.mdx$/, ''), file, data: parsed.data };
    });
}
