/** The buildx request a run makes: outputs, secrets, layer cache, build args and labels from the context. */
import { NEEDS_IMAGE_CONTENT } from '../core/stage.js';
import { chmod, mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Buildx, type BuildOutput, type BuildRequest } from '../tools/buildx.js';
import type { Context } from '../core/context.js';
import { gitFacts, ociLabels, resolveSourceDateEpoch, type GitFacts } from '../git/git.js';
import { redactCredentials, stripCredentials } from '../snapshot/redact.js';
import { cacheModeOf } from '../host/cache-mode.js';
import { imageArchiveDir } from '../image/archive-dir.js';
import { allowsIidFile, buildInputFields, extraOutputs, secretFileSpecs } from '../tools/buildx-inputs.js';

/**
 * What the build writes: load, plus an OCI archive whenever a later stage reads the image or it is to be
 * pushed (the publish stage pushes the archive; buildx never pushes).
 */
export function plannedOutputs(ctx: Context, workDir: string): BuildOutput[] {
  const outputs: BuildOutput[] = [];
  if (ctx.config.load) outputs.push({ kind: 'load' });
  const contentNeeded = ctx.config.push || NEEDS_IMAGE_CONTENT.some((s) => !ctx.config.skip.includes(s));
  if (outputs.length === 0 || contentNeeded)
    outputs.push({ kind: 'oci', dest: path.join(workDir, 'image.oci.tar') });
  return [...outputs, ...extraOutputs(ctx.config)];
}

/**
 * Writes each `secrets` value to a private file and returns `--secret` specs that name files and
 * environment variables, never values.
 */
async function secretSpecs(ctx: Context, dir: string): Promise<string[]> {
  const specs: string[] = [];
  const entries = Object.entries(ctx.config.secrets);
  if (entries.length > 0) {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await chmod(dir, 0o700);
  }
  for (const [index, [id, value]] of entries.entries()) {
    const file = path.join(dir, `secret-${index}`);
    await writeFile(file, value, { mode: 0o600 });
    specs.push(`id=${id},src=${file}`);
  }
  for (const [id, envName] of Object.entries(ctx.config.secretEnvs)) {
    if (process.env[envName] === undefined) {
      ctx.host.log.warning(`secret-envs: ${id} names the environment variable ${envName}, which is not set`);
    }
    specs.push(`id=${id},env=${envName}`);
  }
  return specs;
}

/**
 * The BuildKit layer cache when the user names none: GitHub's cache service on GitHub, a directory next to the
 * Go caches elsewhere. The docker driver cannot export caches, so nothing is added for it. On GitHub,
 * ACTIONS_CACHE_MODE limits the gha cache to what the job may do (src/host/cache-mode.ts). Pure.
 */
export function defaultLayerCache(
  mode: 'auto' | 'gha' | 'local' | 'none',
  hostDefault: 'gha' | 'local',
  driver: string,
  localDir: string,
  scope: string,
  env: NodeJS.ProcessEnv,
): { from: string[]; to: string[] } {
  if (mode === 'none' || driver === 'docker') return { from: [], to: [] };
  const gha =
    mode === 'gha' || (mode === 'auto' && hostDefault === 'gha' && Boolean(env.ACTIONS_RUNTIME_TOKEN));
  // ignore-error: a cache service that fails (GitHub's cache API, a full or read-only disk) never fails the build.
  // ACTIONS_CACHE_MODE=read (a fork's pull request): import only.
  if (gha) {
    const mode = cacheModeOf(env);
    return {
      from: mode.read ? [`type=gha,scope=${scope}`] : [],
      to: mode.write ? [`type=gha,scope=${scope},mode=max,ignore-error=true`] : [],
    };
  }
  if (mode === 'local' || (mode === 'auto' && hostDefault === 'local')) {
    return {
      from: [`type=local,src=${localDir}`],
      to: [`type=local,dest=${localDir},mode=max,ignore-error=true`],
    };
  }
  return { from: [], to: [] };
}

/** Where one build of several (the targets input) differs: its archive directory and its layer-cache scope. */
export interface RequestPlace {
  /** The run's scratch directory for its OCI archive (default `build`). */
  readonly archiveDir?: string;
  /** Added to the default layer cache's scope, so images built in one session never export to one place. */
  readonly scopeSuffix?: string;
}

async function layerCache(
  ctx: Context,
  scopeSuffix = '',
): Promise<{ cacheFrom: readonly string[]; cacheTo: readonly string[] }> {
  const { config } = ctx;
  if (config.cacheFrom.length > 0 || config.cacheTo.length > 0 || config.layerCache === 'none') {
    return { cacheFrom: config.cacheFrom, cacheTo: config.cacheTo };
  }
  const driver = await new Buildx().driver(config.builder || undefined).catch(() => 'unknown');
  const scope =
    `go-container-ci-${config.platforms.length ? [...config.platforms].sort().join('+') : 'default'}${scopeSuffix}`.replace(
      /[^A-Za-z0-9+_.-]/g,
      '-',
    );
  const localDir = path.join(ctx.host.layerCacheDir ?? path.join(ctx.host.tempDir, 'layers'), scope);
  const { from, to } = defaultLayerCache(
    config.layerCache,
    ctx.host.can.defaultLayerCache,
    driver,
    localDir,
    scope,
    process.env,
  );
  // A local cache directory that does not exist yet cannot be imported.
  const exists = await stat(path.join(localDir, 'index.json')).catch(() => undefined);
  return { cacheFrom: from.filter((f) => !f.startsWith('type=local') || exists), cacheTo: to };
}

/**
 * The job variables a stage declares, as they reach the build: a plain value as a build arg; a value with
 * credentials (`GOPROXY=https://user:token@…`) as the BuildKit secret `id=<name lowercased>,env=<NAME>`
 * (`RUN --mount=type=secret,id=goproxy,env=GOPROXY go mod download`), never on argv or in the image history,
 * and as a build arg only without its userinfo. Pure.
 */
export function forwardedJobEnv(
  names: readonly string[],
  env: NodeJS.ProcessEnv,
  takenSecretIds: readonly string[] = [],
): { buildArgs: Record<string, string>; secrets: string[]; asSecrets: string[] } {
  const buildArgs: Record<string, string> = {};
  const secrets: string[] = [];
  const asSecrets: string[] = [];
  for (const name of names) {
    const value = env[name];
    if (value === undefined) continue;
    if (!redactCredentials(value).redacted) {
      buildArgs[name] = value;
      continue;
    }
    const id = name.toLowerCase();
    if (!takenSecretIds.includes(id)) secrets.push(`id=${id},env=${name}`);
    asSecrets.push(name);
    const stripped = stripCredentials(value);
    if (stripped !== undefined) buildArgs[name] = stripped;
  }
  return { buildArgs, secrets, asSecrets };
}

/** The buildx request for this context (one of several in one session: `place`). */
export async function buildRequest(
  ctx: Context,
  workDir: string,
  secretsDir: string,
  place: RequestPlace = {},
): Promise<BuildRequest & { git: GitFacts }> {
  const { config } = ctx;
  const git = await gitFacts(config.contextDir);
  const sourceDateEpoch = resolveSourceDateEpoch(config.sourceDateEpoch, git, process.env);
  const forwarded = forwardedJobEnv(
    Object.keys(ctx.facts.snapshot?.snapshot.forwardedBuildArgs ?? {}),
    process.env,
    [...Object.keys(config.secrets), ...Object.keys(config.secretEnvs)],
  );
  for (const name of forwarded.asSecrets)
    ctx.host.log.warning(
      `${name} in the job's environment carries credentials: it reaches the build as the BuildKit secret ${name.toLowerCase()} (RUN --mount=type=secret,id=${name.toLowerCase()},env=${name} …), and as a build arg only without them (see GC303)`,
    );
  return {
    contextDir: config.contextDir,
    dockerfile: config.dockerfilePath,
    ...(config.target ? { target: config.target } : {}),
    platforms: config.platforms,
    // Pushed by digest, no tag names the image.
    tags: config.push && config.pushByDigest ? [] : config.tags,
    // Image archives go to the run's scratch directory, never the report (src/image/archive-dir.ts).
    outputs: plannedOutputs(ctx, imageArchiveDir(ctx.host, place.archiveDir ?? 'build')),
    // Job variables a stage declares reach the build; explicit build-args win.
    buildArgs: { ...forwarded.buildArgs, ...config.buildArgs },
    labels: ociLabels(git, sourceDateEpoch, config.labels),
    ...(config.builder ? { builder: config.builder } : {}),
    metadataFile: path.join(workDir, 'metadata.json'),
    ...(allowsIidFile(config) ? { iidFile: path.join(workDir, 'iid.txt') } : {}),
    ...(config.provenance ? { provenance: config.provenance } : {}),
    secrets: [...(await secretSpecs(ctx, secretsDir)), ...secretFileSpecs(config), ...forwarded.secrets],
    ...(await layerCache(ctx, place.scopeSuffix)),
    ssh: config.ssh,
    ...(sourceDateEpoch !== undefined ? { sourceDateEpoch } : {}),
    ...buildInputFields(config),
    git,
  };
}
