/**
 * Peak resident memory of a process tree, sampled from /proc (Linux only):
 * the sum of VmRSS over the root and all its descendants, at each sample.
 */
import { readdirSync, readFileSync } from 'node:fs';

function parentMap(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Field 4 (ppid) comes after the command in parentheses, which may hold spaces.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // The process ended while we looked.
    }
  }
  return children;
}

function rssKb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+)\s*kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** Current RSS of `root` and its descendants, in kB. */
export function treeRssKb(root: number): number {
  const children = parentMap();
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rssKb(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Samples every `intervalMs` until `stop()`, which returns the peak in kB (0 off Linux). */
export function watchTreeRss(root: number, intervalMs = 250): { stop(): number } {
  let peak = 0;
  const sample = () => {
    try {
      peak = Math.max(peak, treeRssKb(root));
    } catch {
      // No /proc: leave the peak at 0.
    }
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
