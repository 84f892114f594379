/**
 * Where a /search/ query's time goes, on a built site: what `npm run bench` measures
 * (the same server, browser, `Traffic` recorder, form submit and queries), per query
 * cut into its phases (scripts/lib/bench/query-phases.ts), with the CPU every process
 * spent over the later queries (scripts/lib/bench/process-cpu.ts) and, with `--profile`,
 * the page's sampling CPU profile of them (open the `.cpuprofile` in Chromium's DevTools);
 * `--profile-first` profiles the first query instead (sampled every 100 µs).
 * Several sites are measured in turn, run by run (A/B at the same moment).
 *
 *   node scripts/search-profile.ts --dist bench/dist-10000[,other-dist] [--runs 3] [--profile /tmp/prof [--profile-first]] [--json out.json]
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { cpuByKind } from './lib/bench/process-cpu.ts';
import { QUERIES } from './lib/bench/queries.ts';
import { fromSubmit, queryPhases, resourceTimeline, type QueryPhases, type TimedRequest } from './lib/bench/query-phases.ts';
import { loadSearchPage, openServedPage, submitAndWait } from './lib/bench/search.ts';
import { median, quantile } from './lib/bench/stats.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string' },
    runs: { type: 'string', default: '3' },
    profile: { type: 'string' },
    'profile-first': { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});
if (!values.dist) throw new Error('--dist <built site>[,<another>] is required');
const dists = values.dist.split(',');

interface QueryRow {
  query: string;
  ms: number;
  phases: QueryPhases | null;
  requests: TimedRequest[];
}
interface RunRow {
  dist: string;
  run: number;
  load: number;
  first: QueryRow;
  later: QueryRow[];
  /** CPU ms per later query, by process kind. */
  cpu: Record<string, number>;
}

async function measure(dist: string, run: number): Promise<RunRow> {
  const { served, traffic, page, cdp, close } = await openServedPage(dist);
  try {
    await loadSearchPage(page, served.url);
    await traffic.settle('page', 300);
    const one = async (query: string): Promise<QueryRow> => {
      await page.evaluate(() => performance.clearResourceTimings());
      const { ms, at } = await page.evaluate(submitAndWait, query);
      await traffic.settle('query');
      const requests = fromSubmit(await page.evaluate(resourceTimeline), at);
      return { query, ms, phases: queryPhases(requests, ms), requests };
    };
    const startProfile = async (interval: number) => {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval });
      await cdp.send('Profiler.start');
    };
    const stopProfile = async (name: string) => {
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(`${values.profile}.${name}${run}.${dists.indexOf(dist)}.cpuprofile`, JSON.stringify(profile));
    };
    if (values.profile && values['profile-first']) await startProfile(100);
    const first = await one(QUERIES[0]!);
    if (values.profile && values['profile-first']) await stopProfile('first.');
    else if (values.profile) {
      await startProfile(1000);
    }
    const before = cpuByKind();
    const later: QueryRow[] = [];
    for (const q of QUERIES.slice(1)) later.push(await one(q));
    const after = cpuByKind();
    if (values.profile && !values['profile-first']) await stopProfile('');
    const cpu: Record<string, number> = {};
    for (const [kind, ms] of after) {
      const spent = (ms - (before.get(kind) ?? 0)) / later.length;
      if (spent > 0) cpu[kind] = Math.round(spent * 10) / 10;
    }
    return { dist, run, load: loadavg()[0]!, first, later, cpu };
  } finally {
    await close();
  }
}

const rows: RunRow[] = [];
const f = (n: number | null | undefined) => (n == null ? '–' : n.toFixed(0));
for (let run = 0; run < Number(values.runs); run++) {
  for (const dist of dists) {
    const r = await measure(dist, run);
    rows.push(r);
    const ms = r.later.map((q) => q.ms);
    const phases = r.later.flatMap((q) => (q.phases ? [q.phases] : []));
    const med = (key: keyof QueryPhases) => median(phases.map((p) => p[key]));
    const p1 = r.first.phases;
    const firstPhases = p1
      ? `before ${f(p1.before)}, index ${f(p1.index)}, script ${f(p1.script)}, text ${f(p1.text)}, after ${f(p1.after)}`
      : '–';
    console.log(
      `run ${run} ${dist} (load ${r.load.toFixed(1)}): first ${f(r.first.ms)} ms (${firstPhases}); later median ${f(median(ms))}, p95 ${f(quantile(ms, 0.95))} ms; ` +
        `phases (medians) before ${f(med('before'))}, index ${f(med('index'))}, script ${f(med('script'))}, text ${f(med('text'))} (queued ${f(med('textQueued'))}), after ${f(med('after'))} ms, ` +
        `${f(med('requests'))} requests; CPU ms per later query ${JSON.stringify(r.cpu)}`,
    );
  }
}
if (values.json) writeFileSync(values.json, JSON.stringify(rows, null, 1));
