/**
 * The public environment interface of a build (documented in README):
 * ARCHIVE_RAW, ARCHIVE_CONCEPTS, ARCHIVE_BASE, ARCHIVE_KEEP_GOING, ARCHIVE_REPORT_DIR.
 */
import { resolve } from 'node:path';

/** Folder of raw `.txt` speeches; default `content/raw`. */
export function archiveRaw(env = process.env): string {
  return resolve(env.ARCHIVE_RAW || 'content/raw');
}

/** Folder of glossary `.mdx` entries; default `content/concepts`. */
export function archiveConcepts(env = process.env): string {
  return resolve(env.ARCHIVE_CONCEPTS || 'content/concepts');
}

/** Sub-path the site is served under, always with leading and trailing slash; default `/`. */
export function archiveBase(env = process.env): string {
  const raw = (env.ARCHIVE_BASE || '/').trim();
  const path = `/${raw}/`.replace(/\/{2,}/g, '/');
  if (!/^\/[A-Za-z0-9._~\-/]*$/.test(path)) {
    throw new Error(
      `ARCHIVE_BASE=${JSON.stringify(raw)} is not a URL path. Use something like ARCHIVE_BASE=/archive/ (ASCII letters, digits, - _ . ~ and /).`,
    );
  }
  return path;
}

/** The build's cache folder, as astro.config.mjs sets it: ARCHIVE_CACHE_DIR, default `node_modules/.astro`. */
export function archiveCacheDir(env = process.env): string {
  return resolve(env.ARCHIVE_CACHE_DIR || 'node_modules/.astro');
}

/** Where the ingest report goes: outside dist/, never published. */
export function reportDir(env = process.env): string {
  return resolve(env.ARCHIVE_REPORT_DIR || 'reports');
}

/** ARCHIVE_KEEP_GOING=1 builds the good speeches even when some raw files are bad. */
export function keepGoing(env = process.env): boolean {
  return /^(1|true|yes)$/i.test(env.ARCHIVE_KEEP_GOING ?? '');
}
