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

export async function checkReachability(
  archive: string,
  platforms: readonly PlatformAnalysis[],
  db: string,
  govulncheck: Govulncheck,
): Promise<ReachabilityResult> {
  const wanted = goBinaries(platforms);
  const stripped = new Map(
    platforms.flatMap((p) => p.binaries.map((b) => [`${p.platform}\u0000${b.path}`, b.stripped] as const)),
  );
  const extracted = await extractBinaries(archive, wanted);
  try {
    const reports: BinaryReport[] = [];
    for (const b of extracted.binaries) {
      const report = await govulncheck.scanBinary(b.file, dbArgument(db));
      const isStripped = stripped.get(`${b.platform}\u0000${b.path}`) ?? false;
      // govulncheck cannot see a stripped binary's symbols: the pclntab still names them.
      const names = isStripped ? pclntabNames(await readFile(b.file)) : undefined;
      reports.push({
        platform: b.platform,
        path: b.path,
        stripped: isStripped && !names,
        report: names ? refineByNames(report, names) : report,
      });
    }
    return {
      binaries: reports.map(({ platform, path: p, stripped: s }) => ({ platform, path: p, stripped: s })),
      reports,
      verdicts: mergeVerdicts(reports),
    };
  } finally {
    await extracted.dispose();
  }
}
