/** Command line of `scripts/bench.ts`. */
export interface BenchArgs {
  /** Corpus sizes, ascending. */
  sizes: number[];
  /** Number of queries from the fixed set (first query included); default all. */
  queries: number | null;
  skipIncremental: boolean;
  /** Measure search (Chromium, exactness, property) on the existing bench/dist-N only: no corpus, no build. */
  searchOnly: boolean;
  /** Also measure the queries over HTTP/2 with TLS (supplementary: `searchHttp2` in the results; the targets are judged on the default HTTP/1.1 run). */
  http2: boolean;
}

export const USAGE = 'usage: node scripts/bench.ts [--n N[,N…]] [--queries K] [--skip-incremental] [--search-only] [--http2]';

export function parseArgs(argv: readonly string[]): BenchArgs {
  const out: BenchArgs = { sizes: [500], queries: null, skipIncremental: false, searchOnly: false, http2: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value. ${USAGE}`);
      return v;
    };
    if (flag === '--n') {
      const sizes = value()
        .split(',')
        .map((s) => Number(s.trim()));
      if (sizes.some((n) => !Number.isInteger(n) || n < 1))
        throw new Error(`--n takes positive whole numbers, e.g. --n 100,1000. ${USAGE}`);
      out.sizes = [...new Set(sizes)].sort((a, b) => a - b);
    } else if (flag === '--queries') {
      const k = Number(value());
      if (!Number.isInteger(k) || k < 1) throw new Error(`--queries takes a positive whole number. ${USAGE}`);
      out.queries = k;
    } else if (flag === '--skip-incremental') {
      out.skipIncremental = true;
    } else if (flag === '--search-only') {
      out.searchOnly = true;
    } else if (flag === '--http2') {
      out.http2 = true;
    } else if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else {
      throw new Error(`unknown argument ${arg}. ${USAGE}`);
    }
  }
  return out;
}
