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
import { readFileSync, statSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { IngestError, type Speech } from '../lib/ingest/index.ts';
import { isRawFile, RAW_EXTENSIONS } from '../lib/ingest/formats/index.ts';
import { ingestFile } from '../lib/ingest/ingest-file.ts';
import { copiesBySource, type DuplicatePair } from '../lib/ingest/duplicates.ts';
import { findDuplicatesSince } from '../lib/ingest/duplicates-since.ts';
import { archiveRaw, keepGoing, reportDir } from '../lib/site/env.ts';
import { assignSlugs } from '../lib/speech/slugs.ts';
import { speechSchema, type SpeechDuplicate, type SpeechEntry } from '../lib/speech/schema.ts';
import { reportJson, reportMarkdown, summarise } from '../lib/report/ingest-report.ts';
import { decodeStamp, encodeStamp } from './entry-stamp.ts';
import { readDuplicateState, saveDuplicateState } from './duplicates-cache.ts';

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

/**
 * What must stay the same for a file to count as unread-and-unchanged. Synchronous, as the
 * file's read below: the loader takes the files one by one anyway, and at 10,000 files the
 * promise versions cost some 1–2 s more (each a trip through libuv's pool; 10,000 stats:
 * 0.5–1.0 s of CPU against 0.1 s).
 */
function fileStamp(path: string, codeDigest: string): string {
  const s = statSync(path, { bigint: true });
  return `${s.ino}-${s.size}-${s.mtimeNs}-${s.ctimeNs}-${codeDigest.slice(0, 16)}`;
}

type Store = LoaderContext['store'];
type StoredSpeech = { id: string; data: SpeechEntry };

/** What reading the raw folder found, file by file. */
interface Scan {
  /** Every entry id in the folder. */
  seen: Set<string>;
  /** Files read and ingested (new or changed), with their content digest and file stamp. */
  fresh: Map<string, { speech: Speech; content: string; file: string }>;
  /** Unchanged files that were read again (their file stamp moved): their new stamp. */
  restamp: Map<string, string>;
  failures: IngestError[];
  /** Files whose stored entry still holds. */
  reused: number;
}

/** Step 1: reads and ingests only the files whose bytes (or the ingest code) changed since their entry was stored. */
async function scanFiles(dir: string, names: readonly string[], codeDigest: string, store: Store): Promise<Scan> {
  const scan: Scan = { seen: new Set(), fresh: new Map(), restamp: new Map(), failures: [], reused: 0 };
  for (const name of names) {
    const id = rawId(name);
    scan.seen.add(id);
    const path = join(dir, name);
    const stored = decodeStamp(store.get(id)?.digest);
    const file = fileStamp(path, codeDigest);
    if (stored?.file === file) {
      scan.reused++;
      continue;
    }
    const bytes = readFileSync(path);
    const content = createHash('sha256').update(codeDigest).update(bytes).digest('hex');
    if (stored?.content === content) {
      scan.reused++;
      scan.restamp.set(id, file);
      continue;
    }
    try {
      scan.fresh.set(id, { speech: await ingestFile(bytes, name), content, file });
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      scan.failures.push(error);
      store.delete(id);
    }
  }
  return scan;
}

/** Step 2: entries whose raw file is gone. */
function dropRemoved(store: Store, seen: ReadonlySet<string>): void {
  for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
}

const sameDuplicates = (a: readonly SpeechDuplicate[] | undefined, b: readonly SpeechDuplicate[]): boolean =>
  JSON.stringify(a ?? null) === JSON.stringify(b);

/**
 * Step 3: slugs depend on every title, so they are assigned once all files are read; and
 * the same speech twice (or nearly: another footer) is found over every speech (step 4,
 * reported below) and carried in each entry (`duplicates`), so annotate need not look
 * again. An entry is stored again only when it is new, its slug or its copies changed, or
 * its file stamp moved. Returns every speech, in source-file order, and the pairs found.
 * The duplicate check compares only new and changed speeches with the others; the pairs of
 * two unchanged speeches are the last build's (duplicates-since.ts, kept in `cacheDir`).
 */
async function storeWithSlugs(
  store: Store,
  scan: Scan,
  parseData: LoaderContext['parseData'],
  cacheDir: string,
): Promise<{ entries: StoredSpeech[]; duplicates: DuplicatePair[] }> {
  const kept = (store.values() as { id: string; data: SpeechEntry; digest?: string | number }[])
    .filter((e) => !scan.fresh.has(e.id))
    .map((e) => {
      // Every entry left in the store was stamped in step 1 (its stamp held, or its content did).
      const stamp = decodeStamp(e.digest)!;
      return {
        id: e.id,
        speech: e.data as Speech,
        content: stamp.content,
        file: scan.restamp.get(e.id) ?? stamp.file,
        slug: e.data.slug as string | null,
      };
    });
  const all = [...kept, ...[...scan.fresh].map(([id, f]) => ({ id, ...f, slug: null }))].sort((a, b) =>
    a.speech.source < b.speech.source ? -1 : a.speech.source > b.speech.source ? 1 : 0,
  );
  const slugs = assignSlugs(all.map((e) => e.speech));
  const check = findDuplicatesSince(
    all.map((e) => e.speech),
    all.map((e) => e.content),
    await readDuplicateState(cacheDir),
  );
  const duplicates = check.pairs;
  const copies = copiesBySource(duplicates);
  const entries: StoredSpeech[] = [];
  for (const e of all) {
    const slug = slugs.get(e.speech.source)!;
    const found = copies.get(e.speech.source) ?? [];
    const stored = e.slug === slug ? (store.get(e.id)!.data as SpeechEntry) : null;
    const sameCopies = stored !== null && sameDuplicates(stored.duplicates, found);
    if (stored && sameCopies && !scan.restamp.has(e.id)) {
      entries.push({ id: e.id, data: stored });
      continue;
    }
    const data = stored && sameCopies ? stored : await parseData({ id: e.id, data: { ...e.speech, slug, duplicates: found } });
    store.set({ id: e.id, data, digest: encodeStamp({ content: e.content, slug, file: e.file, copies: JSON.stringify(found) }) });
    entries.push({ id: e.id, data: data as SpeechEntry });
  }
  await saveDuplicateState(cacheDir, check.state);
  return { entries, duplicates };
}

/** Step 4: duplicates are kept but reported, for an editor to decide. */
function reportDuplicates(duplicates: readonly DuplicatePair[], logger: AstroIntegrationLogger): void {
  for (const d of duplicates) {
    logger.warn(
      `${d.a} and ${d.b} are ${d.kind === 'same' ? 'the same speech' : `nearly the same speech (${Math.round(d.similarity * 100)}% alike)`}: remove one, or keep both if they differ on purpose.`,
    );
  }
}

/** Step 5: the ingest report, outside the site (ARCHIVE_REPORT_DIR). */
async function writeReport(input: Parameters<typeof reportJson>[0], logger: AstroIntegrationLogger): Promise<void> {
  const out = reportDir();
  await mkdir(out, { recursive: true });
  await writeFile(join(out, 'ingest-report.json'), reportJson(input));
  await writeFile(join(out, 'ingest-report.md'), reportMarkdown(input));
  logger.info(`${summarise(input)}. Full report: ${join(out, 'ingest-report.md')}`);
}

export function speechLoader(): Loader {
  return {
    name: 'speech-loader',
    schema: speechSchema,
    async load({ store, logger, parseData, config }) {
      const dir = archiveRaw();
      const scan = await scanFiles(dir, await listRawFiles(dir), await ingestCodeDigest(), store);
      dropRemoved(store, scan.seen);
      const { entries, duplicates } = await storeWithSlugs(store, scan, parseData, fileURLToPath(config.cacheDir));
      const speeches = entries.map((e) => e.data);
      reportDuplicates(duplicates, logger);
      await writeReport({ speeches, failures: scan.failures, reused: scan.reused, duplicates }, logger);
      // Last: a build with bad files still writes the report that lists them.
      checkOutcome(dir, scan.failures, entries.length, (m) => logger.warn(m));
    },
  };
}
