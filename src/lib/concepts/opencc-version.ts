/** OpenCC's version (opencc-js, whose table folds traditional characters for the glossary), or 'unknown'. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function openccVersion(): string {
  try {
    let dir = dirname(fileURLToPath(import.meta.resolve('opencc-js')));
    while (!dir.endsWith('opencc-js') && dir !== dirname(dir)) dir = dirname(dir);
    return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}
