/**
 * reproduce (opt-in): rebuild the same commit with no cache at all, then compare the two images per
 * platform: digests; where they differ, the files; where a Go binary differs, its build-info fields.
 */
import { findingFor } from '../../core/catalogue.js';
import type { PlatformComparison } from '../../core/facts.js';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { PipelineStage } from '../../core/stage.js';
import { type Finding } from '../../core/finding.js';
import { buildxFor } from '../../tools/builder-info.js';
import { buildRequest } from '../../buildplan/request.js';
import { diffFiles, fileDigests } from '../../reproduce/archive.js';
import { openImageSource } from '../../image/source.js';
import { imageArchiveDir } from '../../image/archive-dir.js';
import { readImages } from '../../image/manifest.js';
import { diffBuildInfo, readBuildInfo } from '../../reproduce/buildinfo.js';

const MAX_FILES_COMPARED_IN_DETAIL = 20;

/** Which rule a build-info difference breaks. Pure. */
export function codeForField(field: string): 'GC206' | 'GC209' | 'GC311' {
  if (field.startsWith('vcs')) return 'GC311';
  if (field === '-trimpath' || /^CGO_(C|CPP|CXX|LD)FLAGS$/.test(field)) return 'GC206';
  return 'GC209';
}

/** Findings for the differences. Pure. */
export function reproduceFindings(
  comparisons: readonly PlatformComparison[],
  dockerfile: string,
  goLine?: number,
  sourceDateEpoch?: number,
): Finding[] {
  const out: Finding[] = [];
  const finding = (code: 'GC206' | 'GC209' | 'GC310' | 'GC311', message: string, fix: string): Finding =>
    findingFor(code, {
      severity: 'warning',
      message,
      fix,
      stage: 'reproduce',
      file: dockerfile,
      ...(goLine ? { line: goLine } : {}),
    });
  for (const c of comparisons) {
    for (const d of c.differences) {
      if (d.fields && d.fields.length > 0) {
        for (const f of d.fields) {
          const code = codeForField(f.field);
          out.push(
            finding(
              code,
              `${d.path} (${c.platform}) is not reproducible: its Go build info field ${f.field} was ${JSON.stringify(f.first ?? '')} in one build and ${JSON.stringify(f.second ?? '')} in the other`,
              code === 'GC209'
                ? 'Stamp values from the commit (git revision, SOURCE_DATE_EPOCH), never from the clock: `-X main.date=$(date)` changes every build.'
                : code === 'GC311'
                  ? 'Build from a clean checkout with .git in the context, or pass -buildvcs=false and stamp the revision yourself.'
                  : 'Build with -trimpath so no build path is embedded.',
            ),
          );
        }
      } else if (d.fields) {
        out.push(
          finding(
            'GC209',
            `${d.path} (${c.platform}) differs between two builds of the same commit although its Go build info is the same: a value set at build time (-X values are not recorded under -trimpath) or embedded data changes`,
            'Stamp values from the commit (git revision, SOURCE_DATE_EPOCH), never from the clock or the build machine.',
          ),
        );
      } else if (d.what === 'time') {
        const fromCache =
          sourceDateEpoch !== undefined && (d.times ?? []).some((t) => t < sourceDateEpoch * 1000);
        out.push(
          fromCache
            ? finding(
                'GC310',
                `${d.path} (${c.platform}) kept a time from before SOURCE_DATE_EPOCH in one build: it came from the builder's cache of an older build (rewrite-timestamp clamps only newer times), so the image depends on the cache`,
                'Publish images built with no cache (or a cache from the same commit) when they must be reproducible.',
              )
            : finding(
                'GC310',
                `${d.path} (${c.platform}) has another timestamp in each build`,
                'Build with SOURCE_DATE_EPOCH and rewrite-timestamp (source-date-epoch: auto).',
              ),
        );
      } else {
        out.push(
          finding(
            'GC209',
            `${d.path} (${c.platform}) differs between two builds of the same commit (${d.what})`,
            'Find what writes it at build time (a date, a random value, a path) and derive it from the commit instead.',
          ),
        );
      }
    }
  }
  return out;
}

export const reproduceStage: PipelineStage = {
  name: 'reproduce',
  description: 'Rebuild without any cache and compare the images file by file and Go build info by field.',
  skip(ctx) {
    if (!ctx.config.verifyReproducible) return 'verify-reproducible is false';
    if (ctx.facts.image?.source === 'fetched') return 'the image was fetched, not built here';
    if (!ctx.facts.image?.ociArchive) return 'the build exported no OCI archive to compare';
    return undefined;
  },
  async run(ctx) {
    const build = ctx.facts.image;
    if (build?.source !== 'built' || !build.ociArchive) return;
    const started = performance.now();
    const workDir = path.join(ctx.config.reportPath, 'reproduce');
    await mkdir(workDir, { recursive: true });
    const secretsDir = path.join(ctx.host.tempDir, 'secrets-reproduce');
    const base = await buildRequest(ctx, workDir, secretsDir);
    const second = path.join(imageArchiveDir(ctx.host, 'reproduce'), 'image.oci.tar');
    try {
      await (
        await buildxFor(ctx.config.builder || undefined)
      ).build(
        {
          ...base,
          tags: [],
          outputs: [{ kind: 'oci', dest: second }],
          noCache: true,
          cacheFrom: [],
          cacheTo: [],
        },
        (line) => ctx.host.log.debug(line),
      );
    } finally {
      await rm(secretsDir, { recursive: true, force: true });
    }
    const firstSource = await openImageSource(build.ociArchive);
    const secondSource = await openImageSource(second);
    const firstImages = await readImages(firstSource);
    const secondImages = new Map((await readImages(secondSource)).map((m) => [m.platform, m]));
    const platforms: PlatformComparison[] = [];
    for (const a of firstImages) {
      const b = secondImages.get(a.platform);
      if (b && a.manifestDigest !== undefined && b.manifestDigest === a.manifestDigest) {
        platforms.push({
          platform: a.platform,
          first: a.manifestDigest ?? '',
          second: b.manifestDigest ?? '',
          differences: [],
        });
        continue;
      }
      const filesA = await fileDigests(firstSource, a);
      const filesB = b ? await fileDigests(secondSource, b) : new Map();
      const diffs = diffFiles(filesA, filesB);
      const detail = new Set(
        diffs
          .filter((d) => d.what === 'content')
          .slice(0, MAX_FILES_COMPARED_IN_DETAIL)
          .map((d) => d.path),
      );
      const bytesA = new Map<string, Buffer>();
      const bytesB = new Map<string, Buffer>();
      if (detail.size > 0) {
        await fileDigests(firstSource, a, detail, bytesA);
        if (b) await fileDigests(secondSource, b, detail, bytesB);
      }
      const differences = diffs.map((d) => {
        const x = bytesA.get(d.path);
        const y = bytesB.get(d.path);
        const ia = x && readBuildInfo(x);
        const ib = y && readBuildInfo(y);
        return ia && ib ? { ...d, fields: diffBuildInfo(ia, ib) } : d;
      });
      platforms.push({
        platform: a.platform,
        first: a.manifestDigest ?? '',
        ...(b ? { second: b.manifestDigest ?? '' } : {}),
        differences,
      });
    }
    const reproducible = platforms.every((p) => p.second === p.first);
    ctx.facts.reproduce = { reproducible, platforms, durationMs: Math.round(performance.now() - started) };
    const dockerfile = ctx.facts.discover?.dockerfile ?? 'Dockerfile';
    ctx.addFindings(
      reproduceFindings(
        platforms,
        dockerfile,
        ctx.facts.snapshot?.snapshot.stages[0]?.goLine,
        build.sourceDateEpoch,
      ),
    );
    ctx.host.log.info(
      reproducible
        ? `reproducible: a rebuild without cache gave the same digest${platforms.length > 1 ? 's' : ''} (${platforms.map((p) => `${p.platform} ${p.first}`).join(', ')})`
        : `not reproducible: ${platforms
            .filter((p) => p.second !== p.first)
            .map((p) => `${p.platform}: ${p.differences.length} file(s) differ`)
            .join('; ')}`,
    );
  },
};
