/**
 * Verdicts: for each Go vulnerability govulncheck knows for the image's binaries, whether a binary reaches it
 * (a vulnerable symbol is in its call graph), only links its package, or does not link it at all; merged over
 * every binary of every platform, and matched to trivy's findings by id or alias. Pure.
 */
import type { GovulnReport } from '../tools/govulncheck.js';
import type { Vulnerability } from '../tools/trivy.js';

export const VERDICTS = ['reachable', 'imported-not-called', 'not-present'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface BinaryReport {
  readonly platform: string;
  /** The binary's path in the image. */
  readonly path: string;
  /** Built with `-s`: govulncheck cannot see symbols and counts every vulnerable symbol of a linked package. */
  readonly stripped: boolean;
  readonly report: GovulnReport;
}

export interface Reach {
  readonly platform: string;
  readonly binary: string;
  /** `package.Symbol` names. */
  readonly symbols: readonly string[];
}

export interface GoVulnVerdict {
  /** The Go database id (GO-YYYY-NNNN). */
  readonly id: string;
  readonly aliases: readonly string[];
  /** Module path, or `stdlib`. */
  readonly module: string;
  /** The version found in the binaries (`v1.2.0`, `v1.26.8` for the standard library). */
  readonly version?: string;
  readonly fixedVersion?: string;
  readonly verdict: Verdict;
  /** The binaries that reach it and the symbols they reach (reachable only). */
  readonly reachedBy: readonly Reach[];
  /** True when a reaching binary was stripped: the verdict is govulncheck's conservative guess. */
  readonly conservative: boolean;
  readonly summary?: string;
}

const RANK: Record<Verdict, number> = { reachable: 3, 'imported-not-called': 2, 'not-present': 1 };

/** Merges the reports of every binary into one verdict per Go vulnerability. */
export function mergeVerdicts(reports: readonly BinaryReport[]): GoVulnVerdict[] {
  const out = new Map<string, GoVulnVerdict>();
  const upsert = (v: GoVulnVerdict) => {
    const old = out.get(v.id);
    if (!old) return out.set(v.id, v);
    const verdict = RANK[v.verdict] > RANK[old.verdict] ? v.verdict : old.verdict;
    out.set(v.id, {
      ...old,
      ...(old.fixedVersion ? {} : v.fixedVersion ? { fixedVersion: v.fixedVersion } : {}),
      ...(old.version ? {} : v.version ? { version: v.version } : {}),
      verdict,
      reachedBy: [...old.reachedBy, ...v.reachedBy],
      conservative: old.conservative || v.conservative,
    });
  };
  for (const { platform, path, stripped, report } of reports) {
    for (const entry of report.entries.values()) {
      const findings = report.findings.filter((f) => f.osv === entry.id);
      const first = findings[0];
      if (!first) continue;
      const symbolic = findings.filter((f) => f.level === 'symbol');
      const verdict: Verdict =
        symbolic.length > 0
          ? 'reachable'
          : findings.some((f) => f.level === 'package')
            ? 'imported-not-called'
            : 'not-present';
      const symbols = [...new Set(symbolic.map((f) => `${shortPackage(f.package ?? f.module)}.${f.symbol}`))];
      upsert({
        id: entry.id,
        aliases: entry.aliases,
        module: first.module,
        ...(first.version ? { version: first.version } : {}),
        ...(first.fixedVersion ? { fixedVersion: first.fixedVersion } : {}),
        verdict,
        reachedBy: verdict === 'reachable' ? [{ platform, binary: path, symbols }] : [],
        conservative: verdict === 'reachable' && stripped,
        ...(entry.summary ? { summary: entry.summary } : {}),
      });
    }
  }
  return [...out.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** `net/http` -> `http`, `example.com/m/v2` -> `m`: how Go code names a package. Pure. */
export function shortPackage(pkg: string): string {
  const parts = pkg.split('/');
  const last = parts.pop() ?? pkg;
  return /^v\d+$/.test(last) && parts.length > 0 ? (parts.pop() ?? last) : last;
}

/** The verdict for one trivy finding: same id or alias, same module (stdlib for the standard library). */
export function verdictFor(v: Vulnerability, verdicts: readonly GoVulnVerdict[]): GoVulnVerdict | undefined {
  return verdicts.find((g) => g.module === v.pkgName && (g.id === v.id || g.aliases.includes(v.id)));
}

/** "3 Go vulnerabilities, 1 reachable". Pure. */
export function reachabilityHeadline(verdicts: readonly GoVulnVerdict[]): string {
  const reachable = verdicts.filter((v) => v.verdict === 'reachable').length;
  return `${verdicts.length} Go ${verdicts.length === 1 ? 'vulnerability' : 'vulnerabilities'}, ${reachable} reachable`;
}
