/** A 20 MB raw text that is real text builds into a page (the bundled speeches repeated). */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, ROOT, TMP } from '../helpers/build-site.ts';
import { readCatalog } from '../helpers/dist-pages.ts';

describe('a 20 MB speech', () => {
  it('builds, and its page holds the whole text', { timeout: 600_000 }, () => {
    const raw = join(TMP, 'large', 'raw');
    mkdirSync(raw, { recursive: true });
    const bodies = readdirSync(join(ROOT, 'content/raw'))
      .sort()
      .map((f) =>
        readFileSync(join(ROOT, 'content/raw', f), 'utf8')
          .split('\n')
          .slice(6)
          .join('\n'),
      );
    let text = '---\ntitle: 在二十兆字节测试会上的讲话\ndate: 2024-01-02\n---\n同志们：\n';
    for (let i = 0; Buffer.byteLength(text) < 20 * 1024 * 1024; i++) text += `${bodies[i % bodies.length]}\n`;
    text += '最后一段：测试到此结束。\n';
    writeFileSync(join(raw, 'large.txt'), text);
    const build = buildSite('large', { ARCHIVE_RAW: raw });
    expect(build.status, build.output.slice(-2000)).toBe(0);
    const [entry] = readCatalog(build.outDir);
    const page = join(build.outDir, entry!.url, 'index.html');
    expect(existsSync(page)).toBe(true);
    const html = readFileSync(page, 'utf8');
    expect(html).toContain('最后一段：测试到此结束。');
    expect(html.match(/<p id="p\d+"/g)!.length).toBeGreaterThan(5000);
  });
});
