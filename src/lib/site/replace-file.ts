/** Writing a build's state files so that a kill leaves the old file or the new one, never half of one. */
import { rename, writeFile } from 'node:fs/promises';

/** Writes `bytes` to a new file beside `path`, then renames it into place. */
export async function replaceFile(path: string, bytes: Uint8Array | string): Promise<void> {
  await writeFile(`${path}.tmp`, bytes);
  await rename(`${path}.tmp`, path);
}
