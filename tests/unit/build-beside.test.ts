// The swap of a finished build into place, and the undoing of one a kill interrupted (src/integrations/build-beside.ts).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { besideFolders, recoverSwap, swapIn } from '../../src/integrations/build-beside.ts';

describe('swapping a build in', () => {
  let root: string;
  let folders: ReturnType<typeof besideFolders>;
  const site = (dir: string, text: string) => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), text);
  };
  const page = (dir: string) => readFileSync(join(dir, 'index.html'), 'utf8');
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'beside-'));
    folders = besideFolders(join(root, 'dist'));
    site(folders.target, 'last');
    site(folders.staging, 'new');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('puts the staging folder in place and keeps the last output as the next staging folder', async () => {
    expect(folders.staging).toBe(join(root, '.dist-staging'));
    await swapIn(folders);
    expect(page(folders.target)).toBe('new');
    expect(page(folders.staging)).toBe('last');
    expect(existsSync(folders.previous)).toBe(false);
  });

  it('swaps into a folder that does not exist yet (the first build)', async () => {
    rmSync(folders.target, { recursive: true });
    await swapIn(folders);
    expect(page(folders.target)).toBe('new');
    expect(existsSync(folders.staging)).toBe(false);
  });

  it('after a kill between the first two renames, puts the last output back', async () => {
    renameSync(folders.target, folders.previous);
    expect(await recoverSwap(folders)).toMatch(/put the last output back/);
    expect(page(folders.target)).toBe('last');
    expect(existsSync(folders.previous)).toBe(false);
  });

  it('after a kill before the last rename, keeps the new output and makes the last one the staging folder', async () => {
    renameSync(folders.target, folders.previous);
    renameSync(folders.staging, folders.target);
    expect(await recoverSwap(folders)).toBeNull();
    expect(page(folders.target)).toBe('new');
    expect(page(folders.staging)).toBe('last');
    expect(existsSync(folders.previous)).toBe(false);
  });

  it('has nothing to undo after a swap that finished', async () => {
    await swapIn(folders);
    expect(await recoverSwap(folders)).toBeNull();
    expect(page(folders.target)).toBe('new');
  });
});
