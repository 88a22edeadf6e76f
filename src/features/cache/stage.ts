/**
 * cache-restore and cache-save: persist the contents of `RUN --mount=type=cache` (GOCACHE, GOMODCACHE) between
 * CI runs through the host's cache (@actions/cache on GitHub, a directory elsewhere), by the dance in
 * src/cache/dance.ts.
 */
import type { GoCacheFacts } from '../../core/facts.js';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ContextWith, PipelineStage } from '../../core/stage.js';
import type { Context } from '../../core/context.js';
import { findTargetsCacheMounts, type CacheMount } from '../../cache/mounts.js';
import {
  CACHE_ARCHIVE,
  extractDockerfile,
  injectDockerfile,
  injectStreamDockerfile,
  pullDockerfile,
} from '../../cache/dance.js';
import { danceStepTimes, danceTimesLine } from '../../cache/dance-steps.js';
import { readTarIndex } from '../../image/tar-index.js';
import { removeTree, treeSize } from '../../cache/fs.js';
import { cacheKey } from '../../snapshot/key.js';
import { inputFileHashes } from '../../snapshot/files.js';
import type { BuildOutcome, BuildOutput } from '../../tools/buildx.js';
import { buildxFor } from '../../tools/builder-info.js';
import { findGoSources } from '../../cache/sources.js';
import { currentRefScope, scopedRestoreKeys } from '../../cache/scope.js';
import { parseGoSum, verifyCacheArchive } from '../../cache/verify.js';
import { hostCacheDir } from '../../cache/host-dir.js';
import { ageMark, touchStamp, trimCacheArchive, type TrimPolicy } from '../../cache/trim.js';
import { mergeCacheArchives, writeKnownLists } from '../../cache/delta.js';
import { checkDanceBuilder } from '../../cache/builder-check.js';

/**
 * Where the Go caches are unpacked between the builder and the host cache: private to the run, so concurrent
 * runs never share it (src/cache/host-dir.ts). The GitHub cache store gives @actions/cache fixed paths instead
 * (it versions entries by their paths: src/host/stable-cache-paths.ts).
 */
export function goCacheDir(ctx: Context): string {
  return hostCacheDir(ctx.host, 'go-cache');
}

/**
 * Key parts: the ref scope (src/cache/scope.ts), the environment key (snapshot, or go.sum/go.mod/Dockerfile/Go
 * build args), then the sources.
 */
export async function goCacheKeys(
  ctx: Context,
  mounts: readonly CacheMount[],
): Promise<{ key: string; restoreKeys: string[] }> {
  const discover = ctx.facts.discover;
  if (!discover) throw new Error('discover has not run');
  const files = await inputFileHashes(ctx.config.workspace, discover);
  const goArgs = Object.fromEntries(
    Object.entries(ctx.config.buildArgs).filter(([k]) => /^(GO|CGO_|CC$|CXX$)/.test(k)),
  );
  const envKey =
    ctx.facts.snapshot?.key ??
    cacheKey({
      goEnv: { 'build-args': goArgs },
      ...(discover.goVersion ? { goVersion: discover.goVersion } : {}),
      platforms: ctx.config.platforms,
      files,
      baseImages: mounts.map((m) => m.stageBase),
    });
  const sources = await findGoSources(ctx.config.contextDir);
  // v3: keys name the ref scope that wrote them (v2 entries could come from any run).
  const family = 'go-container-ci-go-v3';
  const scope = currentRefScope();
  // A run that pushes or signs builds only on entries its own ref wrote: never on a pull request's or
  // another branch's, never on whatever a bare prefix matches.
  const publishing = ctx.config.push || ctx.config.sign;
  return {
    key: `${family}-${scope.slug}-${envKey}-${sources}`,
    restoreKeys: scopedRestoreKeys(family, scope, `${envKey}-`, publishing),
  };
}

async function danceBuild(
  ctx: Context,
  dockerfileText: string,
  contextDir: string,
  output: BuildOutput,
  name: string,
): Promise<BuildOutcome> {
  const work = path.join(ctx.host.tempDir, name);
  await mkdir(work, { recursive: true });
  const dockerfile = path.join(work, 'Dockerfile');
  await writeFile(dockerfile, dockerfileText);
  return (await buildxFor(ctx.config.builder || undefined)).build({
    contextDir,
    dockerfile,
    platforms: [],
    tags: [],
    outputs: [output],
    buildArgs: {},
    labels: {},
    ...(ctx.config.builder ? { builder: ctx.config.builder } : {}),
    metadataFile: path.join(work, 'metadata.json'),
  });
}

/**
 * The Go caches only make builds faster: whatever goes wrong with them (the cache service, a full or
 * read-only disk, the builder refusing the cache build) is a warning, and the pipeline goes on.
 */
export async function warnAndContinue(ctx: Context, what: string, fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (e) {
    ctx.host.log.warning(
      `${what} failed (the build goes on without it): ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`,
    );
  }
}

/** The cache mounts of what the run builds: the target's stages, or every image's with the targets input. */
function runCacheMounts(ctx: Context): CacheMount[] {
  const { config } = ctx;
  const targets =
    config.targets.length > 0 ? config.targets.map((t) => t.name) : [config.target || undefined];
  return findTargetsCacheMounts(ctx.facts.discover?.dockerfileText ?? '', config.buildArgs, targets);
}

export const cacheRestoreStage: PipelineStage = {
  name: 'cache-restore',
  description:
    'Restore the Go build and module caches (RUN --mount=type=cache contents) from the last run into the builder.',
  skip(ctx) {
    if (!ctx.facts.discover) return 'nothing discovered';
    if (ctx.config.skip.includes('build')) return 'the build is skipped';
    if (ctx.config.image) return 'image is set: nothing is built';
    if (runCacheMounts(ctx).length === 0) {
      return 'the Dockerfile has no RUN --mount=type=cache to persist (see GC302)';
    }
    return undefined;
  },
  run: (ctx) => warnAndContinue(ctx, 'restoring the Go caches', () => restoreGoCaches(ctx)),
};

/** The cache indexes (top-level `<index>/` directories) a cache archive holds; none when it is missing. */
export async function archivedIndexes(archive: string): Promise<Set<number>> {
  const present = new Set<number>();
  if (!(await stat(archive).catch(() => undefined))) return present;
  for (const m of await readTarIndex(archive)) {
    const top = /^(?:\.\/)?(\d+)(?:\/|$)/.exec(m.name);
    if (top) present.add(Number(top[1]));
  }
  return present;
}

/** Every go.sum line of the modules discover found (`module@version[/go.mod]` → h1). */
async function goSums(ctx: Context): Promise<Map<string, string>> {
  const sums = new Map<string, string>();
  for (const m of ctx.facts.discover?.goMods ?? []) {
    const file = path.join(ctx.config.workspace, path.dirname(m.file), 'go.sum');
    const text = await readFile(file, 'utf8').catch(() => '');
    for (const [k, v] of parseGoSum(text)) sums.set(k, v);
  }
  return sums;
}

async function restoreGoCaches(ctx: Context): Promise<void> {
  const mounts = runCacheMounts(ctx);
  const { key, restoreKeys } = await goCacheKeys(ctx, mounts);
  const dir = goCacheDir(ctx);
  await removeTree(dir);
  await mkdir(dir, { recursive: true });
  const builder = await checkDanceBuilder(ctx.config.builder || undefined, ctx.host.log);
  const seen = {
    ...(builder.description ? { builder: builder.description } : {}),
    ...(builder.refused ? { builderRefused: builder.refused } : {}),
  };
  if (builder.refused) {
    ctx.facts.goCache = { mounts, key, restoreKeys, ...seen };
    await removeTree(dir);
    return;
  }
  const started = performance.now();
  // The base images are pulled while the host cache is restored and checked (a download on a hosted runner).
  const pulling = pullBaseImages(ctx, mounts);
  const restoredKey = await ctx.host.cache.restore([dir], key, restoreKeys);
  const hostMs = performance.now() - started;
  const facts: GoCacheFacts = { mounts, key, restoreKeys, ...seen, ...(restoredKey ? { restoredKey } : {}) };
  ctx.facts.goCache = facts;
  if (!restoredKey) {
    await pulling;
    ctx.host.log.info(`no Go cache for ${key} yet: this build starts cold`);
    return;
  }
  // Only what go.sum vouches for reaches the builder's module cache; an archive that could escape is refused.
  const moduleCheck = await verifyCacheArchive(path.join(dir, CACHE_ARCHIVE), await goSums(ctx));
  const checkMs = performance.now() - started - hostMs;
  ctx.host.log.info(
    `restored module cache: ${moduleCheck.verified} download(s) verified against go.sum, ${moduleCheck.dropped} entr${moduleCheck.dropped === 1 ? 'y' : 'ies'} dropped`,
  );
  const present = await archivedIndexes(path.join(dir, CACHE_ARCHIVE));
  const mark = ageMark(Date.now());
  const text = injectDockerfile(mounts, present, mark);
  // BuildKit shares the base image's pull between the two builds: the archive's upload and unpack overlap it.
  const injectStarted = performance.now();
  const [pullMs, injected] = await Promise.all([
    pulling,
    text ? inject(ctx, dir, injectStreamDockerfile(mounts, present, mark), text) : undefined,
  ]);
  const injectMs = performance.now() - injectStarted;
  ctx.facts.goCache = {
    ...facts,
    ...(text ? { usedAfterMs: mark.usedAfterMs } : {}),
    moduleCheck,
    restoreMs: Math.round(performance.now() - started),
    restoredBytes: await treeSize(dir),
  };
  ctx.host.log.info(
    `restored Go caches from ${restoredKey === key ? 'the exact key' : `${restoredKey} (prefix match)`}`,
  );
  ctx.host.log.info(
    danceTimesLine('Go caches restored', performance.now() - started, [
      ['host cache', hostMs],
      ['go.sum check', checkMs],
      ['inject build', injectMs, danceStepTimes(injected?.steps ?? [])],
      // From the start of the restore, alongside the rest: the inject build waits for it.
      ...(pullMs !== undefined ? [['base image pull alongside', pullMs] as const] : []),
    ]),
  );
  // Kept for cache-save: what the build did not change never leaves the builder again (src/cache/delta.ts).
  if (text) {
    await rename(path.join(dir, CACHE_ARCHIVE), restoredArchive(ctx));
    ctx.facts.goCache = { ...ctx.facts.goCache, restoredArchive: restoredArchive(ctx) };
  }
  await removeTree(dir);
}

/**
 * The inject build: the archive untarred straight from the build context (`streamed`), else, when that cannot
 * be had or fails (an image without tar), staged in the builder first (`staged`).
 */
async function inject(ctx: Context, dir: string, streamed: string, staged: string): Promise<BuildOutcome> {
  if (streamed) {
    try {
      return await danceBuild(ctx, streamed, dir, { kind: 'cacheonly' }, 'cache-inject');
    } catch (e) {
      ctx.host.log.debug(
        `the streamed inject failed, staging the archive instead: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`,
      );
    }
  }
  return danceBuild(ctx, staged, dir, { kind: 'cacheonly' }, 'cache-inject');
}

/**
 * Pulls the dance's base images into the builder (pullDockerfile); resolves to the time it took, or undefined
 * when it failed (the inject build then pulls them itself: this is only a head start).
 */
async function pullBaseImages(ctx: Context, mounts: readonly CacheMount[]): Promise<number | undefined> {
  const text = pullDockerfile(mounts);
  if (!text) return undefined;
  const started = performance.now();
  const context = path.join(ctx.host.tempDir, 'cache-pull-context');
  try {
    await mkdir(context, { recursive: true });
    await danceBuild(ctx, text, context, { kind: 'cacheonly' }, 'cache-pull');
    return performance.now() - started;
  } catch (e) {
    ctx.host.log.debug(
      `pulling the base images ahead failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`,
    );
    return undefined;
  }
}

/** Where cache-restore keeps the archive it checked and injected, for cache-save. */
function restoredArchive(ctx: Context): string {
  return path.join(ctx.host.tempDir, 'go-caches-restored.tar');
}

export const cacheSaveStage: PipelineStage<'goCache'> = {
  name: 'cache-save',
  description: 'Copy the Go caches out of the builder and save them for the next run.',
  // Nothing later reads what it saves: it overlaps the analysis and the supply-chain stages.
  background: true,
  needs: { goCache: 'cache-restore did not run' },
  skip(ctx) {
    const facts = ctx.facts.goCache;
    if (facts.builderRefused) return `the builder cannot take part: ${facts.builderRefused}`;
    if (ctx.host.cache.writable === false) return 'the cache is read-only for this job (ACTIONS_CACHE_MODE)';
    if (ctx.stageStatus('build') !== 'ok') return 'the build did not succeed';
    if (facts.restoredKey === facts.key) return 'the exact key was restored: cache entries are immutable';
    return undefined;
  },
  run: (ctx) => warnAndContinue(ctx, 'saving the Go caches', () => saveGoCaches(ctx)),
};

/**
 * The saved archive: with the restored archive at hand, the restored members the trim keeps plus what the
 * builder holds that they do not (a delta); else the whole caches, trimmed.
 */
interface SavedArchive {
  readonly trimmed: { entries: number; bytes: number };
  readonly untouched: readonly string[];
  /** The extract build's steps and time, then the merge or trim on the host. */
  readonly extract: BuildOutcome;
  readonly extractMs: number;
  readonly trimMs: number;
}

async function extractAndTrim(
  ctx: ContextWith<'goCache'>,
  out: string,
  policy: TrimPolicy,
): Promise<SavedArchive> {
  const facts = ctx.facts.goCache;
  const restored = facts.restoredArchive;
  const started = performance.now();
  if (restored && policy.usedAfterMs !== undefined && (await stat(restored).catch(() => undefined))) {
    const work = path.join(ctx.host.tempDir, 'cache-extract');
    const delta = path.join(ctx.host.tempDir, 'go-caches-delta.tar');
    await removeTree(work);
    const known = await writeKnownLists(restored, work);
    const stamp = touchStamp(policy.usedAfterMs);
    const text = extractDockerfile(facts.mounts, { known, usedAfterStamp: stamp });
    const extract = await danceBuild(ctx, text, work, { kind: 'tar', dest: delta }, 'cache-extract');
    const extractMs = performance.now() - started;
    const plan = await mergeCacheArchives(restored, delta, out, {
      ...policy,
      usedAfterMs: policy.usedAfterMs,
    });
    await rm(delta, { force: true });
    return { ...plan, extract, extractMs, trimMs: performance.now() - started - extractMs };
  }
  const text = extractDockerfile(facts.mounts);
  const extract = await danceBuild(ctx, text, ctx.host.tempDir, { kind: 'tar', dest: out }, 'cache-extract');
  const extractMs = performance.now() - started;
  const trim = await trimCacheArchive(out, policy);
  return { ...trim, extract, extractMs, trimMs: performance.now() - started - extractMs };
}

async function saveGoCaches(ctx: ContextWith<'goCache'>): Promise<void> {
  const facts = ctx.facts.goCache;
  const dir = goCacheDir(ctx);
  await removeTree(dir);
  await mkdir(dir, { recursive: true });
  const started = performance.now();
  const trim = await extractAndTrim(ctx, path.join(dir, CACHE_ARCHIVE), {
    ...(facts.usedAfterMs !== undefined ? { usedAfterMs: facts.usedAfterMs } : {}),
    sums: await goSums(ctx),
  });
  if (facts.restoredArchive) await rm(facts.restoredArchive, { force: true });
  const saveStarted = performance.now();
  await ctx.host.cache.save([dir], facts.key);
  const hostMs = performance.now() - saveStarted;
  facts.saved = true;
  facts.saveMs = Math.round(performance.now() - started);
  facts.savedBytes = await treeSize(dir);
  facts.trimmedEntries = trim.trimmed.entries;
  facts.trimmedBytes = trim.trimmed.bytes;
  ctx.host.log.info(
    `saved Go caches (${(facts.savedBytes / 1e6).toFixed(1)} MB) as ${facts.key}; trimmed ${trim.trimmed.entries} entr${trim.trimmed.entries === 1 ? 'y' : 'ies'} (${(trim.trimmed.bytes / 1e6).toFixed(1)} MB) the build did not use${trim.untouched.length > 0 ? `; kept whole: cache ${trim.untouched.join(', ')} (no entry used: its compile step was cached)` : ''}`,
  );
  ctx.host.log.info(
    danceTimesLine('Go caches saved', performance.now() - started, [
      ['extract build', trim.extractMs, danceStepTimes(trim.extract.steps)],
      [facts.restoredArchive ? 'merge and trim' : 'trim', trim.trimMs],
      ['host cache', hostMs],
    ]),
  );
  await removeTree(dir);
}
