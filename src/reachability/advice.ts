/**
 * Upgrade advice from the verdicts: the Go release that fixes every standard-library vulnerability of the
 * binaries (and how many of them are reachable), and per module the smallest version that fixes every
 * reachable vulnerability. Pure.
 */
import type { GoVulnVerdict } from './verdicts.js';

/** Compares `v1.2.10`, `1.26.9`, `go1.26.8` numerically (pre-release suffixes sort before the release). */
export function compareVersions(a: string, b: string): number {
  const parse = (v: string) => {
    const [core = '', pre] = v.replace(/^(go|v)/, '').split('-', 2);
    return { nums: core.split('.').map((n) => Number.parseInt(n, 10) || 0), pre };
  };
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < Math.max(x.nums.length, y.nums.length); i++) {
    const d = (x.nums[i] ?? 0) - (y.nums[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  if (x.pre === y.pre) return 0;
  if (x.pre === undefined) return 1;
  if (y.pre === undefined) return -1;
  return x.pre < y.pre ? -1 : 1;
}

/** The highest of the versions, or undefined for none. */
function highestVersion(versions: readonly (string | undefined)[]): string | undefined {
  let best: string | undefined;
  for (const v of versions) if (v && (!best || compareVersions(v, best) > 0)) best = v;
  return best;
}

export interface GoUpgrade {
  /** `1.26.9`. */
  readonly goVersion: string;
  /** The Go version the binaries were built with (`1.26.8`), when known. */
  readonly builtWith?: string;
  readonly fixes: number;
  readonly reachable: number;
}

/** The Go release that fixes every standard-library vulnerability found, when one exists. */
export function goUpgrade(verdicts: readonly GoVulnVerdict[]): GoUpgrade | undefined {
  const stdlib = verdicts.filter((v) => v.module === 'stdlib' && v.fixedVersion);
  const target = highestVersion(stdlib.map((v) => v.fixedVersion));
  if (!target) return undefined;
  const builtWith = highestVersion(stdlib.map((v) => v.version));
  return {
    goVersion: target.replace(/^(go|v)/, ''),
    ...(builtWith ? { builtWith: builtWith.replace(/^(go|v)/, '') } : {}),
    fixes: stdlib.length,
    reachable: stdlib.filter((v) => v.verdict === 'reachable').length,
  };
}

/** "rebuild with Go 1.26.9 (golang:1.26.9 base): fixes 2 standard library vulnerabilities, 1 reachable". */
export function goUpgradeText(u: GoUpgrade): string {
  return `rebuild with Go ${u.goVersion} (golang:${u.goVersion} base): fixes ${u.fixes} standard library ${u.fixes === 1 ? 'vulnerability' : 'vulnerabilities'}, ${u.reachable} reachable`;
}

/** The smallest version of `module` that fixes every reachable vulnerability of it, when all have a fix. */
export function moduleUpgrade(verdicts: readonly GoVulnVerdict[], module: string): string | undefined {
  const reachable = verdicts.filter((v) => v.module === module && v.verdict === 'reachable');
  if (reachable.length === 0 || reachable.some((v) => !v.fixedVersion)) return undefined;
  const v = highestVersion(reachable.map((r) => r.fixedVersion));
  return v && (v.startsWith('v') ? v : `v${v}`);
}
