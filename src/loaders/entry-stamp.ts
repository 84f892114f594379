/**
 * What the speech loader stores with each entry (in the content layer's `digest` field,
 * the one string Astro keeps beside an entry's data) to know on the next build whether
 * the raw file changed, without reading it when it did not.
 */

export interface EntryStamp {
  /** sha256 of the ingest code and the file's bytes: the entry is right while this holds. */
  content: string;
  /** The slug the entry was stored with (slugs are assigned once every title is known). */
  slug: string;
  /** The file as last seen (inode, size, modification and change times, ingest code): while unchanged, the file is not read. */
  file: string;
  /**
   * The speech's other copies as stored (`duplicates`, JSON). Part of the stamp because
   * Astro's store keeps an entry whose stamp is unchanged as it was: without it, a copy
   * added elsewhere would not reach an unchanged speech's data.
   */
  copies: string;
}

/** The stamp as the `digest` string Astro stores. */
export function encodeStamp(stamp: EntryStamp): string {
  return JSON.stringify({ content: stamp.content, slug: stamp.slug, file: stamp.file, copies: stamp.copies });
}

/** The stamp stored with an entry, or null when there is none (a new entry, or one stored by older code). */
export function decodeStamp(digest: unknown): EntryStamp | null {
  if (typeof digest !== 'string' || !digest.startsWith('{')) return null;
  try {
    const value = JSON.parse(digest) as Partial<EntryStamp>;
    const fields = [value.content, value.slug, value.file];
    if (!fields.every((f) => typeof f === 'string')) return null;
    return { content: value.content!, slug: value.slug!, file: value.file!, copies: typeof value.copies === 'string' ? value.copies : '' };
  } catch {
    return null;
  }
}

/**
 * What fixes an entry's data, from its stamp: its id (the raw file's name), the content
 * digest (the ingest code and the file's bytes), its slug and its copies. Pages that show a speech use
 * it in their cache key instead of hashing the speech's whole text (at 10,000 speeches,
 * about 80 million characters every build). The file identity is left out: a file merely
 * touched gives the same data. Null when the entry has no stamp.
 */
export function entryDataKey(id: string, digest: unknown): string | null {
  const stamp = decodeStamp(digest);
  return stamp && JSON.stringify([id, stamp.content, stamp.slug, stamp.copies]);
}
