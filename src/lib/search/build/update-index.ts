/**
 * Keeps the n-gram index of a rebuild small work: when few speeches' texts changed since
 * the index in the output folder was written whole (the "base"), the base stays as it is
 * and a delta segment, an index of only the changed and added texts, answers for them
 * (docs/SEARCH-INDEX.md, "Delta"). Otherwise, and when the base in the folder is not the
 * one the state describes, the index is written whole again. Node only.
 *
 * State (kept by the caller in the cache, one JSON value): a digest of the manifest the
 * base was last left with, and the text digest of each base speech in base id order.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DELTA_DIR, DELTA_IDS, encodeIdMap, MANIFEST, VERSION, type Manifest } from '../shared/format.ts';
import { pack } from './pack.ts';
import { readManifest, writeSearchIndex, type BuildOptions, type BuildStats } from './write-index.ts';

export interface IndexState {
  /** sha256 of `manifest.json` as this build left it: the base in the folder is this state's only while they match. */
  manifest: string;
  /** Text digest (textDigest) of each speech of the base, in base id order. */
  base: string[];
}

export interface IndexUpdate {
  /** 'full': the index was written whole; 'delta': the base was kept and `delta` speeches were indexed. */
  mode: 'full' | 'delta';
  /** Speeches in the delta segment (0 when written whole). */
  delta: number;
  /** What was written: the whole index, or the delta segment. */
  stats: BuildStats;
  state: IndexState;
}

export const textDigest = (text: string): string => createHash('sha256').update(text).digest('base64url').slice(0, 22);

/** Most speeches a delta may hold before the index is written whole again: 1 % of the archive, at least 32. */
export const deltaLimit = (speeches: number): number => Math.max(32, Math.ceil(speeches / 100));

const manifestDigest = (dir: string): string | null => {
  try {
    return createHash('sha256')
      .update(readFileSync(join(dir, MANIFEST)))
      .digest('hex');
  } catch {
    return null;
  }
};

/**
 * Which base speech is which speech now (by text: the first unused speech with the same
 * digest, so identical texts pair up in order), and the speeches now that no base speech
 * is: those the delta must index, ascending.
 */
export function planDelta(base: readonly string[], now: readonly string[]): { base: Int32Array; delta: number[] } {
  const byDigest = new Map<string, number[]>();
  now.forEach((d, id) => {
    const list = byDigest.get(d);
    if (list) list.push(id);
    else byDigest.set(d, [id]);
  });
  const used = new Uint8Array(now.length);
  const map = new Int32Array(base.length).fill(-1);
  base.forEach((d, b) => {
    const id = byDigest.get(d)?.shift();
    if (id !== undefined) {
      map[b] = id;
      used[id] = 1;
    }
  });
  const delta: number[] = [];
  for (let id = 0; id < now.length; id++) if (!used[id]) delta.push(id);
  return { base: map, delta };
}

/**
 * The delta that brings the index in `outDir` up to the texts whose digests are `digests`,
 * or null when the index is to be written whole: no base `previous` describes in the folder
 * (none, another build's, an older format version's), or more than deltaLimit texts differ from it.
 */
export function deltaPlan(outDir: string, previous: IndexState | null, digests: readonly string[]): ReturnType<typeof planDelta> | null {
  // A base of another format version (an older build's) is written again whole.
  const current = readManifest(outDir)?.version === VERSION;
  const plan = previous && current && manifestDigest(outDir) === previous.manifest ? planDelta(previous.base, digests) : null;
  return plan && plan.delta.length <= deltaLimit(digests.length) ? plan : null;
}

/**
 * Brings the index in `outDir` up to `texts` (searchText by speech id, as writeSearchIndex
 * takes them): a delta over the base `previous` describes when that base is still in the
 * folder and at most deltaLimit speeches differ from it, else the whole index. `digests`:
 * the texts' `textDigest`s, when the caller has them (search-digests.ts keeps them by speech).
 */
export async function updateSearchIndex(
  texts: readonly string[],
  outDir: string,
  previous: IndexState | null,
  opts: BuildOptions = {},
  digests: readonly string[] = texts.map(textDigest),
): Promise<IndexUpdate> {
  if (digests.length !== texts.length) throw new Error(`updateSearchIndex: ${digests.length} digests for ${texts.length} texts`);
  const plan = deltaPlan(outDir, previous, digests);
  if (!plan) {
    const stats = await writeSearchIndex(texts, outDir, opts);
    return { mode: 'full', delta: 0, stats, state: { manifest: manifestDigest(outDir)!, base: [...digests] } };
  }
  const manifest = JSON.parse(readFileSync(join(outDir, MANIFEST), 'utf8')) as Manifest;
  delete manifest.delta;
  const identity = plan.delta.length === 0 && plan.base.length === texts.length && plan.base.every((id, b) => id === b);
  let stats: BuildStats;
  if (identity) {
    // The base answers for every speech as it is.
    rmSync(join(outDir, DELTA_DIR), { recursive: true, force: true });
    rmSync(join(outDir, DELTA_IDS), { force: true });
    stats = { speeches: 0, units: 0, partitions: 0, files: 0, bytes: 0, kinds: {} as BuildStats['kinds'], ms: 0 };
  } else {
    stats = await writeSearchIndex(
      plan.delta.map((id) => texts[id]!),
      join(outDir, DELTA_DIR),
      opts,
    );
    writeFileSync(join(outDir, DELTA_IDS), pack(encodeIdMap(plan.base, plan.delta), 'lists'));
    manifest.delta = { speeches: texts.length, ids: DELTA_IDS };
  }
  writeFileSync(join(outDir, MANIFEST), `${JSON.stringify(manifest)}\n`);
  return { mode: 'delta', delta: plan.delta.length, stats, state: { manifest: manifestDigest(outDir)!, base: previous!.base } };
}
