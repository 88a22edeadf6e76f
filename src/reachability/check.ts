/**
 * Runs govulncheck on every Go binary of every platform of a built image and merges the verdicts. The binaries
 * are copied out of the archive into a private temp directory that is removed afterwards, whatever happens.
 */
import path from 'node:path';
import type { PlatformAnalysis } from '../analyze/facts.js';
import type { Govulncheck } from '../tools/govulncheck.js';
import { readFile } from 'node:fs/promises';
import { extractBinaries } from './binaries.js';
import { packagePresent, pclntabNames, symbolPresent } from './pclntab.js';
import type { GovulnReport } from '../tools/govulncheck.js';
import { mergeVerdicts, type BinaryReport, type GoVulnVerdict } from './verdicts.js';
import type { CachedResult, ResultCache, ResultKey } from './result-cache.js';

export interface ReachabilityResult {
  readonly binaries: readonly {
    readonly platform: string;
    readonly path: string;
    readonly stripped: boolean;
  }[];
  readonly reports: readonly BinaryReport[];
  readonly verdicts: readonly GoVulnVerdict[];
}

/** The Go binaries analyze found, by platform. Pure. */
export function goBinaries(platforms: readonly PlatformAnalysis[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of platforms) {
    const paths = p.binaries.filter((b) => b.goVersion).map((b) => b.path);
    if (paths.length > 0) out.set(p.platform, paths);
  }
  return out;
}

/**
 * A stripped binary's report with the findings the binary's function names rule out removed: symbol-level
 * findings whose symbol is neither compiled nor inlined, package-level ones whose package has no function. Pure.
 */
export function refineByNames(report: GovulnReport, names: ReadonlySet<string>): GovulnReport {
  return {
    ...report,
    findings: report.findings.filter((f) => {
      if (!f.package) return true;
      if (f.level === 'symbol') return symbolPresent(names, f.package, f.symbol ?? '');
      return packagePresent(names, f.package);
    }),
  };
}

/** `file:///x` stays; a plain path becomes a file URL; https stays. Pure. */
export function dbArgument(db: string): string {
  if (/^(https?|file):\/\//.test(db)) return db;
  return `file://${path.resolve(db)}`;
}

/** Runs `fn` on every item with at most `limit` at a time; results in input order. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}

/** Where the stage's time went (ms; govulncheck and pclntab summed over the binaries checked). */
export interface ReachabilityTimings {
  /** Go binaries checked (every platform). */
  readonly binaries: number;
  /** Distinct contents among them: what govulncheck runs on at most. */
  readonly distinct: number;
  /** Distinct binaries whose result came from the result cache. */
  readonly cached: number;
  /** Whether the binaries came from analyze's copies (no second read of the archive). */
  readonly fromAnalyze: boolean;
  /** Copying the binaries out of the archive (0 with analyze's copies). */
  readonly extractMs: number;
  readonly govulncheckMs: number;
  readonly govulncheckRuns: number;
  readonly pclntabMs: number;
  /** Reading and writing result cache entries. */
  readonly cacheMs: number;
  /** The whole check, wall clock. */
  readonly totalMs: number;
  /** Per distinct binary: where it is (its first path), and what its check cost. */
  readonly perBinary: readonly {
    readonly binary: string;
    readonly sha256: string;
    readonly cached: boolean;
    readonly govulncheckMs: number;
    readonly pclntabMs: number;
  }[];
}

export interface CheckOptions {
  /** Analyze's copies of the Go binaries, by sha256. */
  readonly kept?: ReadonlyMap<string, string>;
  /** Results of earlier runs, and the key of a binary's result. */
  readonly cache?: {
    readonly store: Pick<ResultCache, 'get' | 'put'>;
    readonly keyOf: (sha256: string) => ResultKey;
  };
  /** Binaries checked at once (default 2). */
  readonly concurrency?: number;
}

interface Located {
  readonly platform: string;
  readonly path: string;
  readonly file: string;
  readonly sha256: string;
}

/** The wanted binaries as files: analyze's copies when it kept every one, else copied out of the archive. */
async function locate(
  archive: string,
  platforms: readonly PlatformAnalysis[],
  kept: CheckOptions['kept'],
): Promise<{ located: Located[]; dispose: () => Promise<void>; fromAnalyze: boolean }> {
  const fromKept: Located[] = [];
  for (const p of platforms)
    for (const b of p.binaries) {
      if (!b.goVersion) continue;
      const file = b.sha256 ? kept?.get(b.sha256) : undefined;
      if (!file || !b.sha256) {
        fromKept.length = 0;
        const extracted = await extractBinaries(archive, goBinaries(platforms));
        return { located: [...extracted.binaries], dispose: () => extracted.dispose(), fromAnalyze: false };
      }
      fromKept.push({ platform: p.platform, path: b.path, file, sha256: b.sha256 });
    }
  return { located: fromKept, dispose: async () => undefined, fromAnalyze: true };
}

export async function checkReachability(
  archive: string,
  platforms: readonly PlatformAnalysis[],
  db: string,
  govulncheck: Govulncheck,
  options: CheckOptions = {},
): Promise<ReachabilityResult & { timings: ReachabilityTimings }> {
  const started = performance.now();
  const stripped = new Map(
    platforms.flatMap((p) => p.binaries.map((b) => [`${p.platform}\u0000${b.path}`, b.stripped] as const)),
  );
  const { located, dispose, fromAnalyze } = await locate(archive, platforms, options.kept);
  const extractMs = fromAnalyze ? 0 : performance.now() - started;
  let govulncheckMs = 0;
  let govulncheckRuns = 0;
  let pclntabMs = 0;
  let cacheMs = 0;
  let cached = 0;
  try {
    // One check per distinct content: the same binary in two platforms or paths is the same answer.
    const distinct = new Map<string, Located & { isStripped: boolean }>();
    for (const b of located) {
      const isStripped = stripped.get(`${b.platform}\u0000${b.path}`) ?? false;
      const seen = distinct.get(b.sha256);
      if (!seen) distinct.set(b.sha256, { ...b, isStripped });
    }
    const dbArg = dbArgument(db);
    const results = new Map<string, CachedResult>();
    const perBinary: ReachabilityTimings['perBinary'][number][] = [];
    const binaryName = (b: Located) => `${b.path} (${b.platform})`;
    await mapLimit([...distinct.values()], options.concurrency ?? 2, async (b) => {
      const key = options.cache?.keyOf(b.sha256);
      if (key && options.cache) {
        const t = performance.now();
        const hit = await options.cache.store.get(key);
        cacheMs += performance.now() - t;
        if (hit) {
          cached++;
          results.set(b.sha256, hit);
          perBinary.push({
            binary: binaryName(b),
            sha256: b.sha256,
            cached: true,
            govulncheckMs: 0,
            pclntabMs: 0,
          });
          return;
        }
      }
      const t0 = performance.now();
      const report = await govulncheck.scanBinary(b.file, dbArg);
      const oneRun = performance.now() - t0;
      govulncheckMs += oneRun;
      govulncheckRuns++;
      // govulncheck cannot see a stripped binary's symbols: the pclntab still names them.
      const t1 = performance.now();
      const names = b.isStripped ? pclntabNames(await readFile(b.file)) : undefined;
      const result: CachedResult = {
        report: names ? refineByNames(report, names) : report,
        symbolsUnknown: b.isStripped && !names,
      };
      const onePclntab = performance.now() - t1;
      pclntabMs += onePclntab;
      results.set(b.sha256, result);
      perBinary.push({
        binary: binaryName(b),
        sha256: b.sha256,
        cached: false,
        govulncheckMs: Math.round(oneRun),
        pclntabMs: Math.round(onePclntab),
      });
      if (key && options.cache) {
        const t2 = performance.now();
        await options.cache.store.put(key, result);
        cacheMs += performance.now() - t2;
      }
    });
    const reports: BinaryReport[] = located.flatMap((b) => {
      const r = results.get(b.sha256);
      return r ? [{ platform: b.platform, path: b.path, stripped: r.symbolsUnknown, report: r.report }] : [];
    });
    const ms = Math.round;
    return {
      binaries: reports.map(({ platform, path: p, stripped: s }) => ({ platform, path: p, stripped: s })),
      reports,
      verdicts: mergeVerdicts(reports),
      timings: {
        binaries: located.length,
        distinct: distinct.size,
        cached,
        fromAnalyze,
        extractMs: ms(extractMs),
        govulncheckMs: ms(govulncheckMs),
        govulncheckRuns,
        pclntabMs: ms(pclntabMs),
        cacheMs: ms(cacheMs),
        totalMs: ms(performance.now() - started),
        perBinary,
      },
    };
  } finally {
    await dispose();
  }
}

/** Each distinct binary's cost, one per line. Pure. */
export function perBinaryLines(t: ReachabilityTimings): string[] {
  return t.perBinary.map(
    (b) =>
      `${b.binary} sha256:${b.sha256.slice(0, 12)}: ${b.cached ? 'from the result cache' : `govulncheck ${b.govulncheckMs} ms, pclntab ${b.pclntabMs} ms`}`,
  );
}

/** The timings as one log line (the bench reads it). Pure. */
export function timingsLine(t: ReachabilityTimings): string {
  return `${t.binaries} Go binaries, ${t.distinct} distinct, ${t.cached} from the result cache; ${t.fromAnalyze ? "analyze's copies" : `copied out of the archive ${t.extractMs} ms`}, govulncheck ${t.govulncheckMs} ms (${t.govulncheckRuns} runs), pclntab ${t.pclntabMs} ms, cache ${t.cacheMs} ms, check ${t.totalMs} ms`;
}
