/**
 * snapshot: the Go environment as the build really sees it, the cache key derived from it, what changed since
 * the last build, and the findings where the job's environment and the build disagree.
 */
import { findingFor } from '../../core/catalogue.js';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PipelineStage } from '../../core/stage.js';
import type { Context } from '../../core/context.js';
import { type Finding } from '../../core/finding.js';
import { diffSnapshots, redactSnapshot, takeSnapshot, type GoEnvSnapshot } from '../../snapshot/snapshot.js';
import { cacheKey, volatileReason } from '../../snapshot/key.js';
import { inputFileHashes } from '../../snapshot/files.js';
import { removeTree } from '../../cache/fs.js';
import { currentRefScope, scopedRestoreKeys } from '../../cache/scope.js';
import { hostCacheDir } from '../../cache/host-dir.js';

export function nativePlatform(arch: string = process.arch): string {
  const map: Record<string, string> = {
    x64: 'amd64',
    arm64: 'arm64',
    arm: 'arm',
    ia32: '386',
    ppc64: 'ppc64le',
    s390x: 's390x',
    riscv64: 'riscv64',
  };
  return `linux/${map[arch] ?? arch}`;
}

/** The Go cache key: the snapshot's values (not their sources), Go version, platforms, files, base images. */
export function snapshotCacheKey(s: GoEnvSnapshot, files: Record<string, string>): string {
  const goEnv: Record<string, Record<string, string>> = {};
  for (const st of s.stages) {
    const values: Record<string, string> = {};
    for (const [k, v] of Object.entries(st.vars)) if (v?.value !== undefined) values[k] = v.value;
    goEnv[`${st.stage}@${st.platform}`] = values;
  }
  return cacheKey({
    goEnv,
    ...(s.goVersion ? { goVersion: s.goVersion } : {}),
    platforms: s.platforms,
    files,
    baseImages: s.baseImages,
  });
}

function finding(
  code: 'GC303' | 'GC305' | 'GC308',
  severity: Finding['severity'],
  message: string,
  fix: string,
  file: string,
  line?: number,
): Finding {
  return findingFor(code, { severity, message, fix, stage: 'snapshot', file, ...(line ? { line } : {}) });
}

/** Findings where the job's environment and the build disagree. Pure. */
export function snapshotFindings(s: GoEnvSnapshot, dockerfile: string, env: NodeJS.ProcessEnv): Finding[] {
  const out: Finding[] = [];
  const goStage = s.stages[0];
  for (const name of s.unreachedJobEnv) {
    out.push(
      finding(
        'GC303',
        'warning',
        `${name}=${s.jobEnv[name]} is set in the job's environment, but no stage that runs go declares ARG ${name}, so the build never sees it`,
        `Add \`ARG ${name}\` to the stage that runs go build${goStage ? ` (${goStage.stage})` : ''}: go-container-ci passes job variables to the ARGs a stage declares. Or remove ${name} from the job's env.`,
        dockerfile,
        goStage?.fromLine,
      ),
    );
  }
  const seen = new Set<string>();
  for (const st of s.stages) {
    for (const [name, v] of Object.entries(st.vars)) {
      if (!v?.value) continue;
      const id = `${name}\u0000${v.value}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const why = volatileReason(v.value, env);
      if (why) {
        out.push(
          finding(
            'GC305',
            'warning',
            `${name} in stage ${st.stage} ${why}: every run builds differently and caches never match`,
            `Derive ${name} from the commit (SOURCE_DATE_EPOCH, the git revision), not from the run.`,
            dockerfile,
            v.line,
          ),
        );
      }
      if (v.source !== 'build-arg') continue; // values written in the Dockerfile are the lint stage's (GC308)
      const bypass =
        (name === 'GOSUMDB' && v.value === 'off') ||
        (name === 'GONOSUMDB' && /(^|,)\*($|,)/.test(v.value)) ||
        (name === 'GOINSECURE' && v.value !== '') ||
        (name === 'GOFLAGS' && /(^|\s)-insecure\b/.test(v.value)) ||
        (name === 'GOPROXY' && v.value === 'direct');
      if (bypass) {
        out.push(
          finding(
            'GC308',
            'warning',
            `${name}=${v.value} reaches the build from a build arg or the job's environment: module checksums or the proxy are bypassed`,
            `Keep the checksum database on; for private modules set GOPRIVATE/GONOSUMDB to their path prefixes only.`,
            dockerfile,
            v.line,
          ),
        );
      }
    }
  }
  return out;
}

/** Where the last snapshot is unpacked: private to the run (the host cache's entry does not depend on it). */
function snapshotCacheDir(ctx: Context): string {
  return hostCacheDir(ctx.host, 'snapshot');
}

function platformSlug(platforms: readonly string[]): string {
  return [...platforms]
    .sort()
    .join('+')
    .replace(/[^A-Za-z0-9+]/g, '-');
}

/** v2: scoped by ref, and values redacted (v1 entries could hold credentials and come from any run). */
const SNAPSHOT_FAMILY = 'go-container-ci-snapshot-v2';

function snapshotKeyPrefix(platforms: string): string {
  return `${SNAPSHOT_FAMILY}-${currentRefScope().slug}-${platforms}-`;
}

/** The last build's snapshot, with the cache key it was saved under. */
async function restorePrevious(
  ctx: Context,
  slug: string,
): Promise<(GoEnvSnapshot & { key?: string }) | undefined> {
  const dir = snapshotCacheDir(ctx);
  await removeTree(dir);
  await mkdir(dir, { recursive: true });
  const hit = await ctx.host.cache.restore(
    [dir],
    `${snapshotKeyPrefix(slug)}none`,
    scopedRestoreKeys(SNAPSHOT_FAMILY, currentRefScope(), `${slug}-`, ctx.config.push || ctx.config.sign),
  );
  if (!hit) return undefined;
  try {
    return JSON.parse(await readFile(path.join(dir, 'snapshot.json'), 'utf8')) as GoEnvSnapshot & {
      key?: string;
    };
  } catch {
    return undefined;
  }
}

export const snapshotStage: PipelineStage<'discover'> = {
  name: 'snapshot',
  description:
    'Record the Go environment each stage really sees, derive the cache key, and compare with the last build.',
  needs: { discover: 'nothing discovered' },
  skip: () => undefined,
  async run(ctx) {
    const discover = ctx.facts.discover;
    // Only the redacted snapshot is kept: it reaches findings, reports, the JSON file and the cache.
    const snapshot = redactSnapshot(
      takeSnapshot({
        dockerfileText: discover.dockerfileText,
        ...(ctx.config.target ? { target: ctx.config.target } : {}),
        platforms: ctx.config.platforms,
        buildArgs: ctx.config.buildArgs,
        jobEnv: process.env,
        ...(discover.goVersion ? { goModVersion: discover.goVersion } : {}),
        defaultPlatform: nativePlatform(),
      }),
    );
    const key = snapshotCacheKey(snapshot, await inputFileHashes(ctx.config.workspace, discover));
    ctx.addFindings(snapshotFindings(snapshot, discover.dockerfile, process.env));
    const slug = platformSlug(snapshot.platforms);
    const restored = await restorePrevious(ctx, slug);
    // An entry saved before values were redacted is redacted on the way in.
    const previous = restored && redactSnapshot(restored);
    const changes = previous ? diffSnapshots(previous, snapshot) : [];
    await mkdir(ctx.config.reportPath, { recursive: true });
    const file = path.join(ctx.config.reportPath, 'go-env-snapshot.json');
    const json = `${JSON.stringify({ key, ...snapshot }, null, 2)}\n`;
    await writeFile(file, json);
    ctx.facts.snapshot = {
      key,
      snapshot,
      ...(previous ? { previous } : {}),
      changes,
      file,
    };
    // Keep this snapshot for the next run (an unchanged key means an unchanged snapshot: nothing to save).
    const dir = snapshotCacheDir(ctx);
    await writeFile(path.join(dir, 'snapshot.json'), json);
    if (restored?.key !== key) await ctx.host.cache.save([dir], `${snapshotKeyPrefix(slug)}${key}`);
    const forwarded = Object.keys(snapshot.forwardedBuildArgs);
    ctx.host.log.info(
      `Go ${snapshot.goVersion ?? '(version unknown)'}; ${snapshot.stages.length} go stage snapshot(s); cache key ${key}` +
        (forwarded.length ? `; job variables passed as build args: ${forwarded.join(', ')}` : '') +
        (previous ? `; ${changes.length} change(s) since the last build` : ''),
    );
  },
};
