import type { Context } from '../core/context.js';
import { metadataOutputs } from './metadata-outputs.js';
import { goCacheKey, imageSizeBytes, sbomFiles, vulnerabilityCounts } from './facts.js';

/** Every output the action sets; action.yml is checked against this table. */
export const OUTPUTS = {
  digest:
    'Image digest (manifest, or index for several platforms), e.g. sha256:…. With push: the digest pushed, empty when nothing was pushed (publish-when held the image back).',
  'image-id': 'Image id (config digest).',
  metadata: 'Build metadata written by buildx, as JSON.',
  'findings-count': 'Number of findings of all stages.',
  'report-dir': 'Directory holding the report files.',
  verdict: '`pass` or `fail`.',
  sarif: 'Path of the SARIF 2.1.0 file (for github/codeql-action/upload-sarif).',
  'cache-key': 'The Go build cache key derived from the effective Go environment.',
  'sbom-spdx': 'Path of the SPDX JSON SBOM, when one was made.',
  'sbom-cyclonedx': 'Path of the CycloneDX JSON SBOM, when one was made.',
  vulnerabilities:
    'Vulnerability counts by severity as JSON (`{"critical":0,"high":1,…}`), when the image was scanned.',
  'comment-url': 'URL of the sticky pull request comment, when one was written.',
  'image-size': 'Compressed size of the image in bytes (the largest platform), when the image was analysed.',
  'go-binaries':
    'The Go binaries found in the image as JSON (platform, path, Go version, GOOS/GOARCH, static or dynamic, build settings), when the image was analysed.',
  smoke:
    'Outcome of the smoke run (`ok`, `exec format error`, `no such file`, `permission denied`, `non-zero exit`, `timeout`; with smoke-mode healthy also `exited early`, `never healthy`, `never listened`, `http error`), when one ran.',
  tags: "The image references the build was tagged with, one per line (with `images`: made by the metadata-action rules, as metadata-action's `tags` output).",
  labels:
    "The labels given to the image, one `KEY=VALUE` per line (with `images`: metadata-action's org.opencontainers.image.* set).",
  annotations:
    'With `images`: the org.opencontainers.image.* set as `manifest:KEY=VALUE` annotation lines, as metadata-action writes them.',
  version:
    "With `images`: the version of the highest-priority tag rule that applied (metadata-action's `version`).",
  images:
    'With `targets`: every image as JSON, `[{"name","tags","digest","verdict","report-dir"}]` (digest: the one pushed with push, else the one built). The single-image outputs (digest, image-id, metadata, sbom-*, image-size, go-binaries, smoke) are empty then.',
  json: "The tags, tag names, labels and annotations as JSON, shaped like metadata-action's `json` output.",
} as const;

export type OutputName = keyof typeof OUTPUTS;

export interface ReportOutputs {
  readonly sarifFile?: string;
  readonly commentUrl?: string;
}

/**
 * The digest output: what was pushed when push asked for it (empty when the gate held the image back or the
 * push failed), else the digest of what was built or fetched. Pure.
 */
export function outputDigest(ctx: Context): string {
  const { config, facts } = ctx;
  if (config.push && !config.image) return facts.publish?.digest ?? '';
  return facts.image?.digest ?? '';
}

/** The outputs' values for a finished pipeline. Pure. */
export function outputValues(
  ctx: Context,
  ok: boolean,
  extra: ReportOutputs = {},
): Record<OutputName, string> {
  const build = ctx.facts.image;
  const sbom = sbomFiles(ctx);
  const vulns = vulnerabilityCounts(ctx);
  return {
    digest: outputDigest(ctx),
    'image-id': build?.imageId ?? '',
    metadata: build ? JSON.stringify(build.metadata) : '',
    'findings-count': String(ctx.findings.length),
    'report-dir': ctx.config.reportPath,
    verdict: ok ? 'pass' : 'fail',
    sarif: extra.sarifFile ?? '',
    'cache-key': goCacheKey(ctx) ?? '',
    'sbom-spdx': sbom?.spdx ?? '',
    'sbom-cyclonedx': sbom?.cyclonedx ?? '',
    vulnerabilities: vulns ? JSON.stringify(vulns) : '',
    'comment-url': extra.commentUrl ?? '',
    'image-size': String(imageSizeBytes(ctx) ?? ''),
    'go-binaries': ctx.facts.analysis
      ? JSON.stringify(
          ctx.facts.analysis.platforms.flatMap((p) =>
            p.binaries.map((b) => ({
              platform: p.platform,
              path: b.path,
              goVersion: b.goVersion ?? null,
              goos: b.goos ?? null,
              goarch: b.goarch ?? null,
              static: b.static,
              settings: b.settings,
            })),
          ),
        )
      : '',
    smoke: ctx.facts.smoke?.outcome ?? '',
    images: '',
    ...metadataOutputs(ctx.config),
  };
}
