/** The machine a result was measured on. */
import { arch, cpus, loadavg, platform, release, totalmem } from 'node:os';

export interface Machine {
  cpus: number;
  model: string;
  totalMemoryBytes: number;
  node: string;
  os: string;
  /** 1-minute load average when the run started: other work on the machine skews timings. */
  loadAverage1m: number;
}

export function machine(): Machine {
  const list = cpus();
  return {
    cpus: list.length,
    model: list[0]?.model.trim() ?? 'unknown',
    totalMemoryBytes: totalmem(),
    node: process.version,
    os: `${platform()} ${arch()} ${release()}`,
    loadAverage1m: loadavg()[0] ?? 0,
  };
}

export const machineLine = (m: Machine) =>
  `${m.cpus} × ${m.model}, ${(m.totalMemoryBytes / 2 ** 30).toFixed(1)} GiB RAM, Node ${m.node}, ${m.os}; load average at start ${m.loadAverage1m.toFixed(2)}`;
