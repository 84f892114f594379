/**
 * The quick box in the header of every page answers as you type from a small Pagefind
 * index, written here from the speech data as custom records (no page is read back):
 * one per speech (its title, speaker, campaign, occasion and outline headings), one per
 * concept page (term, variants, definition), one per campaign and per speaker page. Its
 * filters are the kind of page (`kind`) and, for speeches, campaign, year and speaker.
 * Exact full-text search is not Pagefind's job here: Enter goes to /search/.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cp, readdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { GlossaryEntry } from '../lib/concepts/glossary.ts';
import { asciiSlug } from '../lib/speech/slugs.ts';
import type { SpeechEntry } from '../lib/speech/schema.ts';
import { displayDate } from '../lib/pages/format.ts';

export interface QuickRecord {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** The records of the quick index: speeches (newest first), concepts, campaigns, speakers. Pure. */
export function quickRecords(speeches: readonly SpeechEntry[], concepts: readonly GlossaryEntry[], base: string): QuickRecord[] {
  const records: QuickRecord[] = speeches.map((s) => ({
    url: `${base}speeches/${s.slug}/`,
    content: [s.title, s.speaker, s.campaign, s.occasion, ...s.outline.map((o) => o.label)].filter(Boolean).join('\n'),
    meta: {
      title: s.title,
      kind: '讲话',
      detail: [s.speaker, s.date || s.year ? displayDate(s) : '', s.campaign].filter(Boolean).join(' · '),
    },
    filters: {
      kind: ['讲话'],
      ...(s.campaign ? { campaign: [s.campaign] } : {}),
      ...(s.year ? { year: [String(s.year)] } : {}),
      ...(s.speaker ? { speaker: [s.speaker] } : {}),
    },
  }));
  for (const c of concepts) {
    records.push({
      url: `${base}concepts/${c.slug}/`,
      content: [c.data.term, ...c.data.variants, c.data.definition].join('\n'),
      meta: { title: c.data.term, kind: '提法', detail: c.data.definition },
      filters: { kind: ['提法'] },
    });
  }
  const groups = (kind: string, folder: string, names: (string | null)[]) => {
    const counts = new Map<string, number>();
    for (const n of names) if (n) counts.set(n, (counts.get(n) ?? 0) + 1);
    for (const [name, n] of counts)
      records.push({
        url: `${base}${folder}/${asciiSlug(name)}/`,
        content: name,
        meta: { title: name, kind, detail: `${n} 篇讲话` },
        filters: { kind: [kind] },
      });
  };
  groups(
    '活动',
    'campaigns',
    speeches.map((s) => s.campaign),
  );
  groups(
    '讲话人',
    'speakers',
    speeches.map((s) => s.speaker),
  );
  return records;
}

/** Pagefind's version, from its package.json beside its entry (the package does not export that file). */
const PAGEFIND_VERSION = ((): string => {
  try {
    const entry = fileURLToPath(import.meta.resolve('pagefind'));
    return (JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
})();

/** What fixes the quick index's files: its records, and Pagefind's version (another version writes other files from the same records). */
export const quickDigest = (records: readonly QuickRecord[]): string =>
  createHash('sha256').update(PAGEFIND_VERSION).update('\0').update(JSON.stringify(records)).digest('hex');

/** Pagefind's UI files, which the archive does not use. */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\./;

function failOn(step: string, errors: readonly string[]): void {
  if (errors.length) throw new Error(`Pagefind ${step} failed for the quick search index:\n  ${errors.join('\n  ')}`);
}

/** Writes the quick index of `records` into `outDir` (emptied first). */
export async function writeQuickIndex(records: readonly QuickRecord[], outDir: string): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
  try {
    const created = await pagefind.createIndex({ forceLanguage: 'zh' });
    failOn('createIndex', created.errors);
    const index = created.index!;
    for (const r of records) failOn(`addCustomRecord (${r.url})`, (await index.addCustomRecord({ ...r, language: 'zh' })).errors);
    failOn('writeFiles', (await index.writeFiles({ outputPath: outDir })).errors);
  } finally {
    await pagefind.close();
  }
  for (const name of await readdir(outDir)) if (UNUSED.test(name)) await rm(join(outDir, name), { recursive: true, force: true });
}

/**
 * Puts the quick index written in `from` (by writeQuickIndex) in place as `outDir`, whose
 * old content goes: a rename when both are on one file system, else a copy.
 */
export async function placeQuickIndex(from: string, outDir: string): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
  try {
    await rename(from, outDir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    await cp(from, outDir, { recursive: true });
    await rm(from, { recursive: true, force: true });
  }
}
