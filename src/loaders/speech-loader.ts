/**
 * Astro content-layer loader over the raw folder: one entry per raw file
 * (`.txt`, `.html`/`.htm`, `.docx`, `.pdf`; src/lib/ingest/formats/ reads each).
 * A file is re-ingested only when its bytes or the ingest code changed
 * (the digest covers both), so unchanged speeches cost nothing on rebuild. A file
 * is not even read again while its stamp (inode, size, modification and change
 * times, and the ingest code) is the one stored: the change time moves with every
 * write, whatever a tool does to the modification time.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { IngestError, type Speech } from '../lib/ingest/index.ts';
import { isRawFile, RAW_EXTENSIONS } from '../lib/ingest/formats/index.ts';
import { ingestFile } from '../lib/ingest/ingest-file.ts';
import { findDuplicates } from '../lib/ingest/duplicates.ts';
import { archiveRaw, keepGoing, reportDir } from '../lib/site/env.ts';
import { assignSlugs } from '../lib/speech/slugs.ts';
import { speechSchema, type SpeechEntry } from '../lib/speech/schema.ts';
import { reportJson, reportMarkdown, summarise } from '../lib/report/ingest-report.ts';

/** Hash of the ingest code itself (format readers included): a change to the cleaner re-ingests every file. */
async function ingestCodeDigest(): Promise<string> {
  const dir = fileURLToPath(new URL('../lib/ingest/', import.meta.url));
  const hash = createHash('sha256');
  const files = (await readdir(dir, { recursive: true })).filter((n) => n.endsWith('.ts')).sort();
  for (const name of files) hash.update(name).update(await readFile(join(dir, name)));
  return hash.digest('hex');
}

const EXTENSIONS = RAW_EXTENSIONS.join(', ');

/** The raw files of the folder, sorted; a folder that cannot be read stops the build. */
async function listRawFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter(isRawFile).sort();
  } catch (cause) {
    throw new AstroError(
      `Cannot read the raw speech folder ${dir}: ${(cause as Error).message}`,
      `Create it and put speeches (${EXTENSIONS}) in it, or point ARCHIVE_RAW at an existing folder.`,
    );
  }
}

/** Entry id of a raw file: the name without `.txt` (as before other formats), other formats keep their extension. */
const rawId = (name: string): string => name.replace(/\.txt$/i, '');

/**
 * Bad files stop the build unless ARCHIVE_KEEP_GOING is set; a build with no speech at
 * all stops in any case, here, with what to do (not later, in the search stage).
 */
function checkOutcome(dir: string, failures: readonly IngestError[], speeches: number, warn: (m: string) => void): void {
  const list = failures.map((f) => `  - ${f.message}`).join('\n');
  if (failures.length && !keepGoing()) {
    throw new AstroError(
      `${failures.length} raw file(s) in ${dir} cannot become speeches:\n${list}`,
      'Fix or remove each file listed, or set ARCHIVE_KEEP_GOING=1 to build the good speeches anyway.',
    );
  }
  if (speeches === 0 && failures.length) {
    throw new AstroError(
      `None of the ${failures.length} raw file(s) in ${dir} became a speech:\n${list}`,
      'Fix or remove each file listed: the site needs at least one speech.',
    );
  }
  if (speeches === 0) {
    throw new AstroError(
      `No speeches in ${dir}: it holds no ${EXTENSIONS} file.`,
      'Put speech files into it (README, "Adding speeches"), or point ARCHIVE_RAW at the folder that holds them.',
    );
  }
  if (failures.length) warn(`Skipped ${failures.length} bad raw file(s), ARCHIVE_KEEP_GOING is set:\n${list}`);
}

/** What must stay the same for a file to count as unread-and-unchanged. */
async function fileStamp(path: string, codeDigest: string): Promise<string> {
  const s = await stat(path, { bigint: true });
  return `${s.ino}-${s.size}-${s.mtimeNs}-${s.ctimeNs}-${codeDigest.slice(0, 16)}`;
}

export function speechLoader(): Loader {
  return {
    name: 'speech-loader',
    schema: speechSchema,
    async load({ store, logger, parseData }) {
      const dir = archiveRaw();
      const names = await listRawFiles(dir);
      const codeDigest = await ingestCodeDigest();
      const failures: IngestError[] = [];
      const seen = new Set<string>();
      let reused = 0;
      // An entry's digest is `<file digest>:<slug>:<stamp>`: the file digest covers the bytes
      // and the ingest code, the slug is decided below, once every title is known.
      const digestPart = (digest: unknown, k: number) => String(digest ?? '').split(':')[k] ?? '';
      const fresh = new Map<string, { speech: Speech; digest: string; stamp: string }>();
      /** Unchanged files read again (their stamp changed): stored again with the new stamp. */
      const restamp = new Map<string, string>();

      for (const name of names) {
        const id = rawId(name);
        seen.add(id);
        const path = join(dir, name);
        const stored = store.get(id)?.digest;
        const stamp = await fileStamp(path, codeDigest);
        if (stored !== undefined && digestPart(stored, 2) === stamp) {
          reused++;
          continue;
        }
        const bytes = await readFile(path);
        const digest = createHash('sha256').update(codeDigest).update(bytes).digest('hex');
        if (digestPart(stored, 0) === digest) {
          reused++;
          restamp.set(id, stamp);
          continue;
        }
        try {
          fresh.set(id, { speech: await ingestFile(bytes, name), digest, stamp });
        } catch (error) {
          if (!(error instanceof IngestError)) throw error;
          failures.push(error);
          store.delete(id);
        }
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);

      // Slugs depend on every title, so they are assigned after all files are read; an
      // entry is stored again only when it is new, its slug changed or its stamp moved.
      const kept = (store.values() as { id: string; data: SpeechEntry; digest?: string | number }[])
        .filter((e) => !fresh.has(e.id))
        .map((e) => ({ id: e.id, speech: e.data as Speech, digest: digestPart(e.digest, 0), stamp: restamp.get(e.id) ?? digestPart(e.digest, 2), slug: e.data.slug as string | null }));
      const all = [...kept, ...[...fresh].map(([id, f]) => ({ id, ...f, slug: null }))].sort((a, b) =>
        a.speech.source < b.speech.source ? -1 : a.speech.source > b.speech.source ? 1 : 0,
      );
      const slugs = assignSlugs(all.map((e) => e.speech));
      const entries: { id: string; data: SpeechEntry }[] = [];
      for (const e of all) {
        const slug = slugs.get(e.speech.source)!;
        if (e.slug === slug && !restamp.has(e.id)) {
          entries.push(store.get(e.id) as { id: string; data: SpeechEntry });
          continue;
        }
        const data = e.slug === slug ? (store.get(e.id)!.data as SpeechEntry) : await parseData({ id: e.id, data: { ...e.speech, slug } });
        store.set({ id: e.id, data, digest: `${e.digest}:${slug}:${e.stamp}` });
        entries.push({ id: e.id, data: data as SpeechEntry });
      }

      // The same speech twice (or nearly: another footer) is kept but reported.
      const duplicates = findDuplicates(entries.map((e) => e.data));
      for (const d of duplicates) {
        logger.warn(`${d.a} and ${d.b} are ${d.kind === 'same' ? 'the same speech' : `nearly the same speech (${Math.round(d.similarity * 100)}% alike)`}: remove one, or keep both if they differ on purpose.`);
      }
      const input = { speeches: entries.map((e) => e.data), failures, reused, duplicates };
      const out = reportDir();
      await mkdir(out, { recursive: true });
      await writeFile(join(out, 'ingest-report.json'), reportJson(input));
      await writeFile(join(out, 'ingest-report.md'), reportMarkdown(input));
      logger.info(`${summarise(input)}. Full report: ${join(out, 'ingest-report.md')}`);

      checkOutcome(dir, failures, entries.length, (m) => logger.warn(m));
    },
  };
}
