/**
 * Node processes of the build (the search stage, the quick index and the set phrases
 * written ahead) started from their TypeScript entry, each with its job as JSON in argv[2].
 */
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/**
 * A Node process of the build running `entry` for the job (JSON in argv[2]): Node's own flags,
 * not a debugger's port (the process would fail to open it again), and the stage's environment.
 */
export const forkForBuild = (entry: string, job: unknown, cacheDir: string): ChildProcess =>
  fork(entry, [JSON.stringify(job)], {
    execArgv: process.execArgv.filter((a) => !a.startsWith('--inspect')),
    stdio: 'inherit',
    env: stageEnv(process.env, cacheDir),
  });

/**
 * The environment of the stage's process: this one's, with Node's compile cache in the
 * build's cache folder (unless the caller chose one, or turned it off with
 * NODE_DISABLE_COMPILE_CACHE). The process starts from the stage's TypeScript source,
 * which Node strips of its types and compiles at every start (some 0.3 s of CPU, the same
 * in a full build and a rebuild); with the cache, from the second build on, modules whose
 * source is unchanged are read compiled (docs/PERFORMANCE.md, session 8).
 */
export function stageEnv(env: NodeJS.ProcessEnv, cacheDir: string): NodeJS.ProcessEnv {
  return { ...env, NODE_COMPILE_CACHE: env.NODE_COMPILE_CACHE || join(cacheDir, 'node-compile-cache') };
}
