/**
 * The one place where reports read the facts other stages leave in the context, reduced to the few numbers
 * that several reports share (baseline, outputs, PR comment). Each accessor returns undefined when the stage
 * that provides the fact did not run.
 */
import type { VulnSeverity, VulnCounts } from '../vuln/severity.js';
import type { Context } from '../core/context.js';
import { parseImageReference, repositoryName } from '../registry/reference.js';

/**
 * A stable name for the image this run builds, the same on the base branch and in a pull request: the first
 * tag without its tag or digest, else the Dockerfile path (and target).
 */
export function imageIdentity(config: Context['config'], dockerfile?: string): string {
  for (const tag of config.image ? [config.image] : config.tags) {
    const ref = parseImageReference(tag);
    if (ref) return repositoryName(ref);
  }
  const file =
    dockerfile ??
    (config.dockerfile || config.file || `${config.context.replace(/\/+$/, '') || '.'}/Dockerfile`);
  return `${file.replace(/^\.\//, '')}${config.target ? `#${config.target}` : ''}`;
}

/** The image's size in bytes (its compressed layers; the largest platform), when the image was analysed. */
export function imageSizeBytes(ctx: Context): number | undefined {
  const platforms = ctx.facts.analysis?.platforms;
  if (!platforms || platforms.length === 0) return undefined;
  return Math.max(...platforms.map((p) => p.compressedBytes));
}

/** Vulnerabilities by severity, when the image was scanned. */
export function vulnerabilityCounts(ctx: Context): VulnCounts | undefined {
  const scan = ctx.facts.scan;
  if (!scan) return undefined;
  const counts: Partial<Record<VulnSeverity, number>> = {};
  for (const [severity, n] of Object.entries(scan.counts)) counts[severity.toLowerCase() as VulnSeverity] = n;
  return counts;
}

/** The Go cache key of this run: the cache stage's, else the snapshot's. */
export function goCacheKey(ctx: Context): string | undefined {
  return ctx.facts.goCache?.key ?? ctx.facts.snapshot?.key;
}

/** Paths of the SBOM files, when an SBOM was made. */
export function sbomFiles(ctx: Context): { readonly spdx?: string; readonly cyclonedx?: string } | undefined {
  const sbom = ctx.facts.sbom;
  return sbom ? { spdx: sbom.spdx, cyclonedx: sbom.cyclonedx } : undefined;
}
