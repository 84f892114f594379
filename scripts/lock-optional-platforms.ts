/**
 * `node scripts/lock-optional-platforms.ts` after `npm install`, when `npm ci` then says
 * "Missing: @pagefind/darwin-arm64@ from lock file".
 *
 * Why: a registry mirror that carries only Linux builds of the latest versions makes
 * `npm install` leave other platforms' optional binaries out of package-lock.json, and
 * `npm ci` then refuses the lock. This adds each missing optional platform package as an
 * os/cpu-restricted optional entry, which `npm ci` skips on other platforms and fetches
 * by version on its own platform.
 *
 * `--remove` takes those entries out again: do it before `npm install` adds or updates a
 * package, since npm's tree builder cannot place entries without `integrity`; then run
 * this script once more.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

interface LockEntry {
  version?: string;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
}

const LOCK = 'package-lock.json';
const isAdded = (key: string, e: LockEntry & { integrity?: string; resolved?: string }) =>
  key.startsWith('node_modules/@') && e.optional === true && !e.integrity && !e.resolved;

if (process.argv.includes('--remove')) {
  const lock = JSON.parse(readFileSync(LOCK, 'utf8')) as { packages: Record<string, LockEntry> };
  const removed = Object.keys(lock.packages).filter((k) => isAdded(k, lock.packages[k]!));
  for (const k of removed) delete lock.packages[k];
  writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(`removed ${removed.length} platform entries; run npm install, then this script again.`);
  process.exit(0);
}

let report = '';
try {
  execFileSync('npm', ['ci', '--dry-run', '--ignore-scripts'], { encoding: 'utf8', stdio: 'pipe' });
} catch (error) {
  report = String((error as { stderr?: string }).stderr ?? '');
}
const missing = [...report.matchAll(/Missing: (\S+?)@\S* from lock file/g)].map((m) => m[1]!);
if (missing.length === 0) {
  console.log('package-lock.json is in sync: nothing to add.');
  process.exit(0);
}

const lock = JSON.parse(readFileSync(LOCK, 'utf8')) as { packages: Record<string, LockEntry> };
for (const name of missing) {
  const wanted = Object.values(lock.packages).find((p) => p.optionalDependencies?.[name])?.optionalDependencies?.[name];
  const platform = /(android|darwin|freebsd|linux|win32|windows|wasm32)-?([a-z0-9]*)-?(gnu|musl|msvc|wasi)?$/.exec(name);
  if (!wanted || !platform) throw new Error(`Cannot tell the version or platform of ${name}: add it to package-lock.json by hand.`);
  const [, os, cpu, libc] = platform;
  const entry: LockEntry = { version: wanted.replace(/^[\^~=]/, ''), optional: true };
  if (os === 'wasm32') entry.cpu = ['wasm32'];
  else Object.assign(entry, { os: [os === 'windows' ? 'win32' : os], cpu: [cpu] });
  if (libc === 'gnu') entry.libc = ['glibc'];
  if (libc === 'musl') entry.libc = ['musl'];
  lock.packages[`node_modules/${name}`] = entry;
  console.log(`added ${name}@${entry.version}`);
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)));
writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
