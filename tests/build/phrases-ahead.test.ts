/**
 * The /phrases/ page built with its set phrases mined ahead, in a process of the build
 * (src/integrations/search-beside-process.ts, started by search-index.ts), is byte for byte the page that mines them itself
 * (ARCHIVE_AHEAD=off): the five seeds, built both ways side by side.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnBuild } from '../helpers/spawn-build.ts';

describe('the set phrases page', () => {
  it('is the same whether its phrases were mined ahead or in the page', async () => {
    const [ahead, inPage] = await Promise.all([
      spawnBuild({ name: 'phrases-ahead' }),
      spawnBuild({ name: 'phrases-in-page', env: { ARCHIVE_AHEAD: 'off' } }),
    ]);
    expect(ahead.status, ahead.output).toBe(0);
    expect(inPage.status, inPage.output).toBe(0);
    const mined = /\[set-phrases\] 5 speeches: the phrases mined ahead in \d+ ms/;
    expect(ahead.output).toMatch(mined);
    expect(inPage.output).not.toMatch(mined);
    expect(ahead.output).not.toMatch(/WARN.*(set phrases|set-phrases)/);
    const page = (dir: string) => readFileSync(join(dir, 'phrases', 'index.html'), 'utf8');
    const got = page(ahead.outDir);
    expect(got).toContain('压紧压实');
    expect(got).toBe(page(inPage.outDir));
  });
});
