/**
 * CPU time of a process tree by kind of process, from /proc (Linux only): this Node
 * process (the static server and the browser's driver) as `node`, and each Chromium
 * child by its `--type` (`renderer`, `gpu-process`, `utility:NetworkService` …; the
 * browser process itself is `browser`). For where a query's CPU goes across processes.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on Linux). */
const TICKS = 100;

interface Proc {
  ppid: number;
  cpuMs: number;
  kind: string;
}

function kindOf(cmdline: string): string {
  const type = /--type=([\w-]+)/.exec(cmdline)?.[1];
  if (!type) return 'browser';
  const sub = /--utility-sub-type=([\w.]+)/.exec(cmdline)?.[1];
  return sub ? `${type}:${sub.split('.').pop()}` : type;
}

function processes(): Map<number, Proc> {
  const out = new Map<number, Proc>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command (in parentheses, which may hold spaces): state, ppid, … utime (14), stime (15).
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cpuMs = ((Number(f[11]) + Number(f[12])) / TICKS) * 1000;
      out.set(Number(name), { ppid: Number(f[1]), cpuMs, kind: kindOf(readFileSync(`/proc/${name}/cmdline`, 'utf8')) });
    } catch {
      // The process ended while we looked.
    }
  }
  return out;
}

/** CPU milliseconds so far (user + system) of this process (`node`) and its descendants, summed by kind. */
export function cpuByKind(): Map<string, number> {
  const all = processes();
  const tree = new Set([process.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, p] of all)
      if (!tree.has(pid) && tree.has(p.ppid)) {
        tree.add(pid);
        grew = true;
      }
  }
  const out = new Map<string, number>();
  for (const pid of tree) {
    const p = all.get(pid);
    if (!p) continue;
    const kind = pid === process.pid ? 'node' : p.kind;
    out.set(kind, (out.get(kind) ?? 0) + p.cpuMs);
  }
  return out;
}
