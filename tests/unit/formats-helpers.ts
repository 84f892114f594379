// Shared by the format tests: the committed fixtures (scripts/make-format-fixtures.ts) and the seed text they were made from.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { IngestError } from '../../src/lib/ingest/index.ts';

export const FORMATS_DIR = join(import.meta.dirname, '../fixtures/formats');
export const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FORMATS_DIR, name)));

/** A seed's non-blank lines, trimmed (as the fixture generator reads them). */
export const seedLines = (name: string): string[] =>
  readFileSync(join(import.meta.dirname, '../../content/raw', name), 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/** The IngestError a reader rejects with (fails the test when it resolves or throws something else). */
export async function refusal(run: () => unknown): Promise<IngestError> {
  try {
    await run();
  } catch (e) {
    expect(e).toBeInstanceOf(IngestError);
    return e as IngestError;
  }
  throw new Error('expected an IngestError');
}
