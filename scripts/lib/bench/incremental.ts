/**
 * Incremental rebuilds on a warm content cache: one raw file changed (a sentence
 * appended to one paragraph), then one raw file added. The corpus is restored
 * afterwards (even on failure) so it stays deterministic. The rebuilds write to
 * their own output folder, so bench/dist-N stays the full build of the corpus; that
 * folder starts as a copy of bench/dist-N, so the first rebuild, like every
 * `npm run build`, finds a full previous output where it writes.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runBuild, type BuildOptions, type BuildRun } from './build.ts';
import { rawSpeech } from './corpus.ts';

const SENTENCE = '这是为测量增量构建而追加的一句话。';
const ADDED = 'zz-bench-added.txt';

export interface IncrementalRun {
  changedFile: string;
  changed: BuildRun;
  added: BuildRun;
}

/** Appends SENTENCE to the first body paragraph after the front matter that is long enough. */
export function appendToParagraph(raw: string): string {
  const lines = raw.split('\n');
  let i = 0;
  if (lines[0] === '---') i = lines.indexOf('---', 1) + 1;
  for (; i < lines.length; i++) {
    if (lines[i]!.trim().length >= 20) {
      lines[i] = lines[i]!.replace(/\s*$/, SENTENCE);
      return lines.join('\n');
    }
  }
  throw new Error('no paragraph to change');
}

export async function benchIncremental(
  raw: string,
  options: Omit<BuildOptions, 'raw' | 'force' | 'logFile'>,
  logFile: (step: string) => string,
): Promise<IncrementalRun> {
  const names = (await readdir(raw)).filter((f) => f.endsWith('.txt')).sort();
  const changedFile = names[Math.floor(names.length / 2)]!;
  const path = join(raw, changedFile);
  const original = await readFile(path);
  const addedPath = join(raw, ADDED);
  try {
    await writeFile(path, appendToParagraph(original.toString('utf8')));
    const changed = await runBuild({ ...options, raw, force: false, logFile: logFile('changed') });
    await writeFile(
      addedPath,
      rawSpeech({ title: '在全市基准测试工作会议上的讲话（增量）', date: '2025-06-30', speaker: '王建国' }, [
        '同志们：',
        '今天召开这次会议，主要任务是检验增量构建的速度。我们要坚持以人民为中心的发展思想，推动高质量发展。',
        '各级各部门要统筹发展和安全，抓好各项工作落实。',
      ]),
    );
    const added = await runBuild({ ...options, raw, force: false, logFile: logFile('added') });
    return { changedFile, changed, added };
  } finally {
    await rm(addedPath, { force: true });
    await writeFile(path, original);
  }
}
