/**
 * A deterministic corpus of N raw speeches in `bench/corpus-N/`, made from the
 * real texts in `../shared/corpus/`, cleaned by our own ingest. Up to the number
 * of usable real texts, the first N (sorted path order) are written as front
 * matter + cleaned paragraphs; beyond that, new speeches are recombined from
 * the pool of all real paragraphs with a seeded PRNG.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { ingestText, type Speech } from '../../../src/lib/ingest/index.ts';
import { decodeRaw } from '../../../src/lib/ingest/decode.ts';
import { corpusDir, SHARED_CORPUS } from './paths.ts';
import { intBetween, mulberry32 } from './prng.ts';

const SEED = 20240601;
const TOPICS = [
  '党建',
  '经济',
  '安全生产',
  '乡村振兴',
  '生态环境保护',
  '营商环境',
  '招商引资',
  '民生保障',
  '教育',
  '卫生健康',
  '政法',
  '宣传思想',
  '组织',
  '纪检监察',
  '城市管理',
  '科技创新',
  '文化旅游',
  '农业农村',
  '应急管理',
  '信访',
];
const SPEAKERS = ['王建国', '李振华', '张卫东', '刘红梅', '陈志强', '杨国平', '赵立新', '黄海涛', '周明远', '吴秀兰'];
const FIRST_DAY = Date.UTC(2012, 0, 1);
const DAYS = Math.round((Date.UTC(2025, 11, 31) - FIRST_DAY) / 86_400_000) + 1;

export interface CorpusInfo {
  n: number;
  dir: string;
  reused: boolean;
  /** Speeches taken from the real texts. */
  real: number;
  /** Speeches recombined from real paragraphs. */
  synthetic: number;
  /** Real .txt files our ingest refused (decode or ingest error), with the reason. */
  skipped: { path: string; reason: string }[];
  /** Real .txt files found. */
  realFiles: number;
  /** Characters of raw text written. */
  chars: number;
}

interface Cleaned {
  path: string;
  speech: Speech;
}

/** All `.txt` files under `root`, recursively, skipping `_metadata_only`; sorted by relative path. */
async function listTexts(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '_metadata_only') await walk(full);
      } else if (entry.isFile() && entry.name.toLowerCase().endsWith('.txt')) {
        out.push(relative(root, full));
      }
    }
  };
  await walk(root);
  // Code-unit order, not locale order: the same on every machine.
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

const pad = (n: number) => String(n).padStart(2, '0');
function isoDay(dayIndex: number): string {
  const d = new Date(FIRST_DAY + dayIndex * 86_400_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
/** A date in 2012–2025 that depends only on the index, for real texts without one. */
function dateForIndex(i: number): string {
  return `${2012 + (i % 14)}-${pad(1 + ((i * 5) % 12))}-${pad(1 + ((i * 11) % 28))}`;
}

/** Raw text as an editor would save it: YAML front matter, then paragraphs separated by blank lines. */
export function rawSpeech(meta: { title: string; date: string; speaker?: string | null }, paragraphs: readonly string[]): string {
  const lines = ['---', `title: ${JSON.stringify(meta.title)}`, `date: ${meta.date}`];
  if (meta.speaker) lines.push(`speaker: ${JSON.stringify(meta.speaker)}`);
  lines.push('---', '');
  return `${lines.join('\n')}${paragraphs.join('\n\n')}\n`;
}

async function cleanRealTexts(root: string): Promise<{ cleaned: Cleaned[]; skipped: CorpusInfo['skipped']; found: number }> {
  const paths = await listTexts(root);
  const cleaned: Cleaned[] = [];
  const skipped: CorpusInfo['skipped'] = [];
  for (const path of paths) {
    try {
      const name = path.split('/').pop()!;
      const speech = ingestText(decodeRaw(await readFile(join(root, path)), name), name);
      cleaned.push({ path, speech });
    } catch (error) {
      skipped.push({ path, reason: (error as Error).message.split('\n')[0]! });
    }
  }
  return { cleaned, skipped, found: paths.length };
}

const fileName = (i: number, n: number) => `${String(i + 1).padStart(Math.max(5, String(n).length), '0')}.txt`;

/** Makes (or reuses) `bench/corpus-N/`; `log` gets one line per notable step. */
export async function makeCorpus(n: number, log: (line: string) => void = console.log): Promise<CorpusInfo> {
  const dir = corpusDir(n);
  const manifestPath = `${dir}.json`;
  if (existsSync(dir)) {
    const count = (await readdir(dir)).filter((f) => f.endsWith('.txt')).length;
    if (count === n && existsSync(manifestPath)) {
      log(`corpus: reused ${dir} (${n} files)`);
      // The folder is where it is now, not where the manifest was written (a moved or copied bench/).
      return { ...(JSON.parse(await readFile(manifestPath, 'utf8')) as CorpusInfo), dir, reused: true };
    }
    log(`corpus: ${dir} has ${count} files, not ${n}: making it again`);
    await rm(dir, { recursive: true, force: true });
  }
  if (!existsSync(SHARED_CORPUS)) {
    throw new Error(
      `The real texts are missing: no folder ${SHARED_CORPUS}. The benchmark builds its corpus from them (see that folder's README.md); put them there or run the benchmark from a checkout that has ../shared/corpus/.`,
    );
  }
  const started = performance.now();
  const { cleaned, skipped, found } = await cleanRealTexts(SHARED_CORPUS);
  if (cleaned.length === 0)
    throw new Error(`No usable .txt file under ${SHARED_CORPUS} (${found} found, ${skipped.length} refused by ingest).`);

  const texts: string[] = [];
  for (const [i, { speech }] of cleaned.slice(0, n).entries()) {
    const paragraphs = speech.blocks.map((b) => b.text);
    texts.push(rawSpeech({ title: speech.title, date: speech.date ?? dateForIndex(i), speaker: speech.speaker }, paragraphs));
  }
  const real = texts.length;
  const synthetic = n - real;
  if (synthetic > 0) {
    const pool = cleaned.flatMap(({ speech }) => speech.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text));
    const rand = mulberry32(SEED);
    for (let k = 0; k < synthetic; k++) {
      const topic = TOPICS[Math.floor(rand() * TOPICS.length)]!;
      const speaker = SPEAKERS[Math.floor(rand() * SPEAKERS.length)]!;
      const count = intBetween(rand, 15, 60);
      const paragraphs = Array.from({ length: count }, () => pool[Math.floor(rand() * pool.length)]!);
      // Spread evenly over 2012–2025: distinct dates while there are fewer speeches than days.
      const date = isoDay(Math.floor(((k + 0.5) * DAYS) / synthetic));
      texts.push(rawSpeech({ title: `在全市${topic}工作会议上的讲话（之${k + 1}）`, date, speaker }, ['同志们：', ...paragraphs]));
    }
  }

  // Every file written must build: check it with the same ingest the loader uses.
  for (const [i, text] of texts.entries()) {
    try {
      ingestText(text, fileName(i, n));
    } catch (error) {
      throw new Error(`bench corpus: generated ${fileName(i, n)} does not ingest: ${(error as Error).message}`);
    }
  }
  await mkdir(dir, { recursive: true });
  let chars = 0;
  for (const [i, text] of texts.entries()) {
    chars += text.length;
    await writeFile(join(dir, fileName(i, n)), text);
  }
  const info: CorpusInfo = { n, dir, reused: false, real, synthetic, skipped, realFiles: found, chars };
  await writeFile(manifestPath, `${JSON.stringify(info, null, 2)}\n`);
  log(
    `corpus: wrote ${n} files to ${dir} (${real} real, ${synthetic} recombined; ${skipped.length} of ${found} real files refused by ingest) in ${Math.round(performance.now() - started)} ms`,
  );
  return info;
}
