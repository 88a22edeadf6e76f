import { ConfigError } from '../core/errors.js';
import { realpathSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { InputError } from '../core/errors.js';
import { INPUTS, preview, type InputKey, type InputValues } from './inputs.js';
import { resolveTags } from './tags.js';
import { resolveTargetTags, targetsUseRules } from './target-tags.js';
import { gitContextFromEnv, type GitContext } from '../metadata/context.js';
import type { Metadata } from '../metadata/resolve.js';
import { buildInputPathErrors } from './build-input-paths.js';

/** Built once from action inputs or CLI flags, validated, then frozen. */
export interface Config extends InputValues {
  /** Absolute workspace root: GITHUB_WORKSPACE on GitHub, the current directory elsewhere. */
  readonly workspace: string;
  /** Absolute build context directory (inside the workspace). */
  readonly contextDir: string;
  /** Absolute Dockerfile path (inside the workspace). */
  readonly dockerfilePath: string;
  /** Absolute report directory. */
  readonly reportPath: string;
  /** The metadata-action outputs, when `images` made the tags from the git context. */
  readonly metadata?: Metadata;
  /** Absolute path of `comment-file` ('' when the comment is posted). */
  readonly commentFilePath: string;
  /** Absolute path of `keep-image-archive` ('' when the archive is deleted with the run). */
  readonly keepImageArchivePath: string;
}

export type RawInputs = (name: string) => string | undefined;

export interface ConfigEnvironment {
  readonly workspace: string;
  /** Where the report goes when `report-dir` is empty. */
  readonly defaultReportDir: string;
  /** The run's git context for `images`/`tags` rules. Default: read from the runner's environment. */
  readonly git?: () => GitContext;
}

function isInside(root: string, abs: string): boolean {
  const rel = path.relative(root, abs);
  return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel));
}

/** The real path of p: of its nearest existing ancestor, with the rest appended (p need not exist yet). */
function realPathOf(p: string): string {
  let existing = p;
  const rest: string[] = [];
  for (;;) {
    try {
      return path.join(realpathSync.native(existing), ...rest.reverse());
    } catch {
      const parent = path.dirname(existing);
      if (parent === existing) return p;
      rest.push(path.basename(existing));
      existing = parent;
    }
  }
}

function insideWorkspace(input: string, workspace: string, value: string): string {
  const abs = path.resolve(workspace, value);
  if (!isInside(workspace, abs)) {
    throw new InputError(input, `'${preview(value)}' resolves to ${abs}, outside the workspace ${workspace}`);
  }
  // A symlink inside the workspace that points out of it escapes too.
  const real = realPathOf(abs);
  const realWorkspace = realPathOf(workspace);
  if (!isInside(realWorkspace, real)) {
    throw new InputError(
      input,
      `'${preview(value)}' is a symbolic link (or under one) to ${real}, outside the workspace ${workspace}`,
    );
  }
  return abs;
}

/**
 * Where a file the run writes may go (`report-dir`, `comment-file`, `keep-image-archive`): the workspace, or a
 * temporary directory (the runner's or the system's).
 */
function writableLocation(input: string, workspace: string, value: string): string {
  const abs = path.resolve(workspace, value);
  const roots = [workspace, os.tmpdir(), process.env.RUNNER_TEMP].filter((r): r is string => !!r);
  const real = realPathOf(abs);
  if (roots.some((r) => isInside(r, abs) && isInside(realPathOf(r), real))) return abs;
  throw new InputError(
    input,
    `'${preview(value)}' resolves to ${real}, outside the workspace ${workspace} and the temporary directory`,
  );
}

/**
 * What to mask of a secret input's raw text: all of it, each line (without its CR), and each line's value after
 * the first `=`, so no part of it can be printed before or after parsing. Fragments shorter than 3 characters
 * are left out (masking them would blank the log, and they protect nothing). Pure.
 */
export function secretInputFragments(raw: string): string[] {
  const out = new Set<string>([raw, raw.trim()]);
  for (const line of raw.split('\n')) {
    const text = line.replace(/\r$/, '').trim();
    out.add(text);
    const eq = text.indexOf('=');
    if (eq >= 0) out.add(text.slice(eq + 1).trim());
  }
  return [...out].filter((f) => f.length >= 3);
}

/** Runs fn, collecting an InputError into errors instead of throwing it; undefined when it threw one. */
function attempt<T>(errors: InputError[], fn: () => T): T | undefined {
  try {
    return fn();
  } catch (e) {
    if (e instanceof InputError) errors.push(e);
    else throw e;
    return undefined;
  }
}

/** Every input parsed by its own parser; secret inputs masked before anything is parsed. */
function parseInputs(raw: RawInputs, mask: (secret: string) => void, errors: InputError[]): InputValues {
  const values: Partial<Record<InputKey, unknown>> = {};
  for (const key of Object.keys(INPUTS) as InputKey[]) {
    const spec = INPUTS[key];
    if (spec.secret) for (const fragment of secretInputFragments(raw(spec.name) ?? '')) mask(fragment);
  }
  for (const key of Object.keys(INPUTS) as InputKey[]) {
    const spec = INPUTS[key];
    attempt(errors, () => (values[key] = spec.parse(raw(spec.name) ?? '')));
  }
  return values as InputValues;
}

interface ResolvedPaths {
  readonly contextDir: string;
  readonly dockerfilePath: string;
  readonly reportPath: string;
  readonly commentFilePath: string;
  readonly keepImageArchivePath: string;
}

/** The paths the inputs name, each inside the workspace (or, for what is written, a temp dir). */
function resolvePaths(v: InputValues, env: ConfigEnvironment, errors: InputError[]): ResolvedPaths {
  const contextDir = attempt(errors, () => insideWorkspace('context', env.workspace, v.context)) ?? '';
  // The default Dockerfile is checked like an explicit one: a link out of the workspace is an error.
  // `file` is build-push-action's name for `dockerfile`.
  const dockerfilePath =
    attempt(errors, () =>
      insideWorkspace(
        v.dockerfile || !v.file ? 'dockerfile' : 'file',
        env.workspace,
        v.dockerfile || v.file || path.join(contextDir || env.workspace, 'Dockerfile'),
      ),
    ) ?? '';
  errors.push(...buildInputPathErrors(v, env.workspace, insideWorkspace));
  const writable = (name: string, value: string) =>
    value ? (attempt(errors, () => writableLocation(name, env.workspace, value)) ?? '') : '';
  return {
    contextDir,
    dockerfilePath,
    reportPath: v.reportDir ? writable('report-dir', v.reportDir) : env.defaultReportDir,
    commentFilePath: writable('comment-file', v.commentFile),
    keepImageArchivePath: writable('keep-image-archive', v.keepImageArchive),
  };
}

/** `targets` with the single-image inputs it replaces, or an image that cannot be pushed or loaded. Pure. */
function targetsErrors(v: InputValues): InputError[] {
  if (v.targets.length === 0) return [];
  const errors: InputError[] = [];
  const perLine = 'give each image its stage and tags on its line';
  for (const [name, set, why] of [
    ['target', v.target !== '', perLine],
    ['tags', v.tags.length > 0, perLine],
    ['images', v.images.length > 0, perLine],
    ['image', v.image !== '', 'an existing image is analysed, not built'],
    ['cgroup-parent', v.cgroupParent !== '', 'docker buildx bake, which builds them, has no cgroup-parent'],
  ] as const) {
    if (set) errors.push(new InputError(name, `${name} cannot be used with targets: ${why}`));
  }
  for (const t of v.targets) {
    if (v.push && t.tags.length === 0)
      errors.push(
        new InputError(
          'targets',
          `push is true but the image '${t.name}' has no tags to push to (no tags=${t.images.length > 0 ? ', and the tag rules made none for its images= on this event' : ''})`,
        ),
      );
    const platforms = t.platforms.length > 0 ? t.platforms : v.platforms;
    if (v.load && platforms.length > 1)
      errors.push(
        new InputError(
          'targets',
          `cannot load the ${platforms.length} platforms of '${t.name}' into the Docker engine`,
        ),
      );
  }
  return errors;
}

/** Inputs that are each fine alone but not together. Pure. */
function combinationErrors(v: InputValues, env: ConfigEnvironment, fromRules: boolean): InputError[] {
  const errors: InputError[] = [];
  if (
    v.file &&
    v.dockerfile &&
    path.resolve(env.workspace, v.file) !== path.resolve(env.workspace, v.dockerfile)
  )
    errors.push(
      new InputError(
        'file',
        `'${preview(v.file)}' and dockerfile '${preview(v.dockerfile)}' name different files: set one`,
      ),
    );
  if (v.push && v.tags.length === 0 && v.targets.length === 0)
    errors.push(
      fromRules
        ? new InputError('tags', 'push is true but the tag rules made no tag for this event and ref')
        : new InputError('tags', 'push is true but no tags are given: name at least one image reference'),
    );
  if (v.pushByDigest && !v.push)
    errors.push(
      new InputError('push-by-digest', 'push-by-digest needs push: true (and tags naming the repository)'),
    );
  if (v.image) {
    for (const [name, set] of [
      ['push', v.push],
      ['load', v.load],
      ['tags', v.tags.length > 0],
      ['images', v.images.length > 0],
      ['verify-reproducible', v.verifyReproducible],
    ] as const) {
      if (set)
        errors.push(
          new InputError(
            name,
            `${name} cannot be used with image: an existing image is analysed, not built (tag it with docker buildx imagetools create)`,
          ),
        );
    }
  }
  errors.push(...targetsErrors(v));
  if (v.load && v.platforms.length > 1 && v.targets.length === 0)
    errors.push(
      new InputError(
        'load',
        `cannot load ${v.platforms.length} platforms into the Docker engine at once (its image store holds one platform per tag); build one platform with load, or push a multi-platform index`,
      ),
    );
  return errors;
}

/**
 * The inputs with their tags made: the `tags` input as given, or metadata-action's rules resolved for `images`
 * (or for each `targets` line that names images=, the tags input then holding the rules).
 */
function withTags(v: InputValues, env: ConfigEnvironment): { values: InputValues; metadata?: Metadata } {
  const git = env.git ?? (() => gitContextFromEnv(process.env, new Date(), env.workspace));
  if (targetsUseRules(v.targets)) {
    const r = resolveTargetTags(v, git);
    const values = { ...v, targets: r.targets, tags: [], labels: r.labels, annotations: r.annotations };
    return { values, ...(r.metadata ? { metadata: r.metadata } : {}) };
  }
  const r = resolveTags(v, git);
  const values = { ...v, tags: r.tags, labels: r.labels, annotations: r.annotations };
  return { values, ...(r.metadata ? { metadata: r.metadata } : {}) };
}

/**
 * The config from raw inputs. `mask` (the runner's masker) receives every secret input's fragments before
 * anything is parsed, so not even an input error can show one.
 */
export function buildConfig(
  raw: RawInputs,
  env: ConfigEnvironment,
  mask: (secret: string) => void = () => undefined,
): Config {
  const errors: InputError[] = [];
  let v = parseInputs(raw, mask, errors);
  let metadata: Metadata | undefined;
  if (errors.length === 0) {
    const resolved = attempt(errors, () => withTags(v, env));
    if (resolved) ({ values: v, metadata } = resolved);
  }
  if (errors.length > 0) throw new ConfigError(errors);
  const paths = resolvePaths(v, env, errors);
  errors.push(...combinationErrors(v, env, metadata !== undefined));
  if (errors.length > 0) throw new ConfigError(errors);
  return Object.freeze({ ...v, workspace: env.workspace, ...paths, ...(metadata ? { metadata } : {}) });
}

/** The secret inputs' values, to be masked by the host before anything is logged. */
export function secretValues(config: Config): string[] {
  const values: string[] = [];
  for (const k of Object.keys(INPUTS) as InputKey[]) {
    if (!INPUTS[k].secret) continue;
    const v: unknown = config[k];
    if (typeof v === 'string') values.push(v);
    else if (v && typeof v === 'object') values.push(...Object.values(v as Record<string, string>));
  }
  // What secret-envs point at is secret too.
  for (const envName of Object.values(config.secretEnvs)) values.push(process.env[envName] ?? '');
  return values.filter((v) => v.length > 0);
}
