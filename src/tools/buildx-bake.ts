/**
 * `docker buildx bake`: several Dockerfile targets built in one BuildKit session, so the stages they share are
 * solved once. Pure parts (the bake definition, target names, entitlements, the argument array, progress and
 * metadata per target) and a thin runner.
 *
 * Bake's quirks this module answers (buildx v0.38):
 * - the JSON definition is read as HCL: `${…}` and `%{…}` in any string are interpolated, so every string we
 *   write (values and map keys) is escaped as `$${` / `%%{`;
 * - target names must match `[A-Za-z0-9_-]+`; `default` is the group bake builds without names and `internal`
 *   is BuildKit's own progress prefix, so names are mapped (bakeTargetNames) and mapped back in every result;
 * - local paths outside the working directory need `--allow fs.read=…` / `fs.write=…` (refused without them, also
 *   in rawjson mode): we grant exactly the paths the requests name, and write paths must exist (a missing path is
 *   checked as its deepest existing parent), so the runner creates them first;
 * - bake has no `cgroup-parent` attribute and no `--iidfile`: the first is refused, the image id is taken from
 *   the metadata (config digest, else image digest, as `buildx build --iidfile` does) and written where asked;
 * - progress names carry the target: `[api build 2/3] RUN …`, `[api] exporting …`; a stage two targets share is
 *   one vertex (one digest) reported under each target's prefix.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BuildProgress, parseBuildMetadata, type BuildMetadata, type BuildStep } from './buildx-metadata.js';
import {
  BUILDX_INSTALL_HINT,
  buildEnvNeeds,
  buildFailure,
  outputArg,
  type BuildOutput,
  type BuildRequest,
} from './buildx.js';
import { childEnv, type EnvNeeds } from './env-policy.js';
import { run, ToolError, ToolFailedError } from './exec.js';

export interface BakeTarget {
  /** The image's name in our config (any text); mapped to a valid bake target name. */
  readonly name: string;
  /** `builder` must be the same for all targets; `metadataFile` is not used (bake writes one for all). */
  readonly request: BuildRequest;
}

export interface BakeFiles {
  readonly definitionFile: string;
  readonly metadataFile: string;
}

/** A step of the bake, its name without the target prefix, and the targets (our names) that reported it. */
export interface BakeStep extends BuildStep {
  readonly targets: readonly string[];
}

export interface BakeTargetOutcome {
  readonly metadata: BuildMetadata;
  /** Config digest, else image digest: what `buildx build --iidfile` writes. */
  readonly imageId?: string;
}

export interface BakeOutcome {
  /** Keyed by the targets' own names (not the bake names). */
  readonly outcomes: ReadonlyMap<string, BakeTargetOutcome>;
  readonly steps: readonly BakeStep[];
  readonly durationMs: number;
}

/** A request bake cannot express. */
export class BakeRequestError extends ToolError {
  constructor(message: string) {
    super('docker buildx bake', message);
    this.name = 'BakeRequestError';
  }
}

/** Names bake or BuildKit already use: the default group, BuildKit's `[internal]` progress prefix. */
const RESERVED_NAMES = new Set(['default', 'internal']);

/**
 * Our target names → bake target names. A valid name stays; any other character becomes `_`, a reserved or
 * empty name gets a `_` suffix, and a clash gets `_2`, `_3`… Throws on a repeated name. Pure.
 */
export function bakeTargetNames(names: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const name of names) {
    if (out.has(name))
      throw new BakeRequestError(`target '${name}' is named twice: each image needs its own name`);
    let base = name.replace(/[^A-Za-z0-9_-]/g, '_');
    if (base === '' || RESERVED_NAMES.has(base)) base = `${base}_`;
    let candidate = base;
    for (let i = 2; used.has(candidate) || (candidate !== name && names.includes(candidate)); i++)
      candidate = `${base}_${i}`;
    used.add(candidate);
    out.set(name, candidate);
  }
  return out;
}

/** A string as an HCL template reads it back unchanged. Pure. */
export function hclLiteral(s: string): string {
  return s.replace(/([$%])\{/g, (_, c: string) => `${c}${c}{`);
}

function literalMap(entries: Iterable<readonly [string, string]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of entries) out[hclLiteral(k)] = hclLiteral(v);
  return out;
}

/** `NAME=VALUE` → [NAME, VALUE], split at the first `sep` (`:` for add-host's `host:ip`). */
function splitPair(spec: string, sep: string): [string, string] {
  const i = spec.indexOf(sep);
  return i > 0 ? [spec.slice(0, i), spec.slice(i + 1)] : [spec, ''];
}

/** add-hosts (`host:ip` or `host=ip`) as bake's extra-hosts map; one address per host. */
function extraHosts(addHosts: readonly string[]): [string, string][] {
  const seen = new Map<string, string>();
  for (const spec of addHosts) {
    const [host, ip] = splitPair(spec, spec.includes('=') ? '=' : ':');
    if (!ip) throw new BakeRequestError(`add-hosts: '${spec}' is not host:ip`);
    if (seen.has(host) && seen.get(host) !== ip)
      throw new BakeRequestError(`add-hosts: '${host}' has two addresses; bake keeps one address per host`);
    seen.set(host, ip);
  }
  return [...seen];
}

/** The provenance input as an attest spec, as `buildx build --provenance` reads it. Pure. */
export function provenanceAttest(provenance: string): string {
  const bool = /^(1|t|T|TRUE|true|True)$/.test(provenance)
    ? true
    : /^(0|f|F|FALSE|false|False)$/.test(provenance)
      ? false
      : undefined;
  return bool === undefined ? `type=provenance,${provenance}` : `type=provenance,disabled=${!bool}`;
}

function requireAbsolute(what: string, p: string): void {
  if (!path.isAbsolute(p))
    throw new BakeRequestError(
      `${what} '${p}' must be an absolute path (bake resolves relative paths differently)`,
    );
}

function buildArgs(req: BuildRequest): [string, string][] {
  const args = Object.entries(req.buildArgs);
  if (req.sourceDateEpoch !== undefined && !('SOURCE_DATE_EPOCH' in req.buildArgs))
    args.push(['SOURCE_DATE_EPOCH', String(req.sourceDateEpoch)]);
  return args;
}

function attests(req: BuildRequest): string[] {
  return [
    ...(req.attests ?? []),
    ...(req.provenance !== undefined ? [provenanceAttest(req.provenance)] : []),
  ];
}

/** One bake target: every field of the request, strings escaped for HCL, empty lists left out. Pure. */
export function bakeTargetDefinition(req: BuildRequest): Record<string, unknown> {
  if (req.cgroupParent)
    throw new BakeRequestError(
      "input 'cgroup-parent' cannot be used with several targets: buildx bake has no cgroup-parent attribute",
    );
  requireAbsolute('context', req.contextDir);
  requireAbsolute('dockerfile', req.dockerfile);
  const list = (v: readonly string[] | undefined) => (v && v.length > 0 ? v.map(hclLiteral) : undefined);
  const def: Record<string, unknown> = {
    context: hclLiteral(req.contextDir),
    dockerfile: hclLiteral(req.dockerfile),
    target: req.target !== undefined ? hclLiteral(req.target) : undefined,
    platforms: list(req.platforms),
    tags: list(req.tags),
    args: literalMap(buildArgs(req)),
    labels: literalMap(Object.entries(req.labels)),
    annotations: list(req.annotations),
    attest: list(attests(req)),
    contexts: req.buildContexts?.length
      ? literalMap(req.buildContexts.map((c) => splitPair(c, '=')))
      : undefined,
    secret: list(req.secrets),
    ssh: list(req.ssh),
    'cache-from': list(req.cacheFrom),
    'cache-to': list(req.cacheTo),
    output: list(req.outputs.map((o) => outputArg(o, req.sourceDateEpoch !== undefined))),
    'no-cache': req.noCache || undefined,
    'no-cache-filter': list(req.noCacheFilters),
    pull: req.pull || undefined,
    network: req.network !== undefined ? hclLiteral(req.network) : undefined,
    'extra-hosts': req.addHosts?.length ? literalMap(extraHosts(req.addHosts)) : undefined,
    entitlements: list(req.allow),
    'shm-size': req.shmSize !== undefined ? hclLiteral(req.shmSize) : undefined,
    ulimits: list(req.ulimits),
  };
  return Object.fromEntries(Object.entries(def).filter(([, v]) => v !== undefined));
}

/** The bake file (JSON): a `default` group of all targets, and each target under its bake name. Pure. */
export function bakeDefinition(targets: readonly BakeTarget[]): {
  group: { default: { targets: string[] } };
  target: Record<string, Record<string, unknown>>;
} {
  const names = bakeTargetNames(targets.map((t) => t.name));
  const target: Record<string, Record<string, unknown>> = {};
  for (const t of targets) target[names.get(t.name) as string] = bakeTargetDefinition(t.request);
  return { group: { default: { targets: [...names.values()] } }, target };
}

/** `key=value` attributes of a CSV spec (`type=local,dest=…`); quoting is not used by our specs. */
function specAttrs(spec: string): Map<string, string> {
  return new Map(spec.split(',').map((part) => splitPair(part.trim(), '=')));
}

/** Where an output writes: the directory of a local exporter, the parent directory of an archive. */
function outputWritePath(o: BuildOutput): string | undefined {
  if (o.kind === 'local') return o.dest;
  if (o.kind === 'oci' || o.kind === 'tar') return path.dirname(o.dest);
  if (o.kind !== 'extra') return undefined;
  const a = specAttrs(o.spec);
  const dest = a.get('dest');
  if (!dest || dest === '-') return undefined;
  return a.get('type') === 'local' ? dest : path.dirname(dest);
}

function localCachePaths(specs: readonly string[] | undefined, key: 'src' | 'dest'): string[] {
  return (specs ?? []).flatMap((s) => {
    const a = specAttrs(s);
    const p = a.get(key);
    return a.get('type') === 'local' && p ? [p] : [];
  });
}

/** A build context that is a local path (not an image, a target, an OCI layout or a URL). */
function localContextPath(spec: string): string | undefined {
  const [, value] = splitPair(spec, '=');
  return /^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('git@') ? undefined : value;
}

function readPaths(req: BuildRequest): string[] {
  const secretFiles = (req.secrets ?? []).flatMap((s) => {
    const a = specAttrs(s);
    const src = a.get('src') ?? a.get('source');
    return src ? [src] : [];
  });
  // `--ssh id=path[,path]`: key files or agent sockets; `default` alone forwards SSH_AUTH_SOCK.
  const sshPaths = (req.ssh ?? []).flatMap((s) => {
    const [, paths] = splitPair(s, '=');
    return paths ? paths.split(',').filter(Boolean) : [];
  });
  return [
    req.contextDir,
    req.dockerfile,
    ...(req.buildContexts ?? []).flatMap((c) => localContextPath(c) ?? []),
    ...secretFiles,
    ...sshPaths,
    ...localCachePaths(req.cacheFrom, 'src'),
  ];
}

function writePaths(req: BuildRequest): string[] {
  return [...req.outputs.flatMap((o) => outputWritePath(o) ?? []), ...localCachePaths(req.cacheTo, 'dest')];
}

/** The entitlements the bake needs, exactly: fs.read/fs.write of each path named, network.host and
 * security.insecure when a request allows them (the `allow` input). Never `fs=*`. Pure. */
export function bakeEntitlements(targets: readonly BakeTarget[]): string[] {
  const out = new Set<string>();
  for (const { request } of targets)
    for (const p of readPaths(request)) out.add(`fs.read=${path.resolve(p)}`);
  for (const { request } of targets)
    for (const p of writePaths(request)) out.add(`fs.write=${path.resolve(p)}`);
  for (const { request } of targets)
    for (const a of request.allow ?? []) if (a === 'network.host' || a === 'security.insecure') out.add(a);
  return [...out];
}

/** The directories the fs.write entitlements name: created before the bake, as bake checks existing paths. */
export function bakeWriteDirs(targets: readonly BakeTarget[]): string[] {
  return [...new Set(targets.flatMap((t) => writePaths(t.request).map((p) => path.resolve(p))))];
}

function commonBuilder(targets: readonly BakeTarget[]): string | undefined {
  const builders = new Set(targets.map((t) => t.request.builder));
  if (builders.size > 1) throw new BakeRequestError('all targets of one bake must use the same builder');
  return targets[0]?.request.builder;
}

/** The argument array for `docker buildx bake` (after `docker`); target names after `--`. Pure. */
export function buildxBakeArgs(targets: readonly BakeTarget[], files: BakeFiles): string[] {
  if (targets.length === 0) throw new BakeRequestError('nothing to bake: no targets');
  const builder = commonBuilder(targets);
  const names = bakeTargetNames(targets.map((t) => t.name));
  const args = ['buildx', 'bake', '--progress=rawjson', '--file', files.definitionFile];
  args.push('--metadata-file', files.metadataFile);
  if (builder) args.push('--builder', builder);
  for (const e of bakeEntitlements(targets)) args.push('--allow', e);
  // "--" ends the options: a target name can never be read as a flag.
  args.push('--', ...names.values());
  return args;
}

const PREFIXED = /^\[([A-Za-z0-9_-]+)(?: ([^\]]*))?\]\s*(.*)$/s;

/** A progress name without its bake target prefix, and that target's bake name. Pure. */
export function splitStepName(
  name: string,
  bakeNames: ReadonlySet<string>,
): { name: string; target?: string } {
  const m = PREFIXED.exec(name);
  if (!m || !bakeNames.has(m[1] as string)) return { name };
  const [, target, inner, rest] = m as unknown as [string, string, string | undefined, string];
  return { name: inner !== undefined ? `[${inner}] ${rest}` : rest, target };
}

/** Progress of a bake: BuildProgress's steps, each named without its prefix and with the targets it served. */
export class BakeProgress {
  private readonly progress = new BuildProgress();
  private readonly targetsOf = new Map<string, Set<string>>();
  private readonly bakeNames: ReadonlySet<string>;
  private readonly ourName: ReadonlyMap<string, string>;

  /** `names`: our name → bake name (bakeTargetNames). */
  constructor(names: ReadonlyMap<string, string>) {
    this.bakeNames = new Set(names.values());
    this.ourName = new Map([...names].map(([ours, bake]) => [bake, ours]));
  }

  addLine(line: string): void {
    this.progress.addLine(line);
    const t = line.trim();
    if (!t.startsWith('{')) return;
    let status: { vertexes?: unknown };
    try {
      status = JSON.parse(t) as typeof status;
    } catch {
      return;
    }
    if (!Array.isArray(status.vertexes)) return;
    for (const v of status.vertexes as { digest?: unknown; name?: unknown }[]) {
      if (typeof v?.digest !== 'string' || typeof v.name !== 'string') continue;
      const target = splitStepName(v.name, this.bakeNames).target;
      if (target === undefined) continue;
      const set = this.targetsOf.get(v.digest) ?? new Set<string>();
      set.add(this.ourName.get(target) as string);
      this.targetsOf.set(v.digest, set);
    }
  }

  private named(step: BuildStep): BakeStep {
    return {
      ...step,
      name: splitStepName(step.name, this.bakeNames).name,
      targets: [...(this.targetsOf.get(step.digest) ?? [])].sort(),
    };
  }

  steps(): BakeStep[] {
    return this.progress.steps().map((s) => this.named(s));
  }

  failure(): { step: BakeStep; logTail: string } | undefined {
    const f = this.progress.failure();
    if (!f) return undefined;
    const step = this.named(f.step);
    const where = step.targets.length > 0 ? ` (target ${step.targets.join(', ')})` : '';
    return { step: { ...step, name: `${step.name}${where}` }, logTail: f.logTail };
  }
}

/** Bake's metadata file (an object keyed by bake target name) → each target's metadata, by our name. Pure. */
export function parseBakeMetadata(
  text: string,
  names: ReadonlyMap<string, string>,
): Map<string, BakeTargetOutcome> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new ToolError('docker buildx bake', `bake metadata file is not JSON: ${(e as Error).message}`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new ToolError('docker buildx bake', 'bake metadata file is not a JSON object');
  const out = new Map<string, BakeTargetOutcome>();
  for (const [ours, bake] of names) {
    const entry = (raw as Record<string, unknown>)[bake];
    const metadata = parseBuildMetadata(JSON.stringify(entry ?? {}));
    const imageId = metadata.configDigest ?? metadata.digest;
    out.set(ours, { metadata, ...(imageId ? { imageId } : {}) });
  }
  return out;
}

/**
 * A failed bake without a failed step (a refused definition or entitlement) as bake said it: its stderr tail
 * without the rawjson progress lines, which would hide the one line that matters.
 */
function withoutProgressLines(e: unknown): unknown {
  if (!(e instanceof ToolFailedError)) return e;
  const tail = e.stderrTail
    .split('\n')
    .filter((l) => !l.trimStart().startsWith('{'))
    .join('\n');
  return new ToolFailedError(e.tool, e.args, e.exitCode, e.signal, tail);
}

/** Runs `docker buildx bake` with the same environment policy and failure handling as `Buildx.build`. */
export class BuildxBake {
  /** `needs`: what every call needs beyond the requests' own (kubeAuth for a kubernetes builder). */
  constructor(
    private readonly source: NodeJS.ProcessEnv = process.env,
    private readonly needs: EnvNeeds = {},
  ) {}

  private env(targets: readonly BakeTarget[]): NodeJS.ProcessEnv {
    const per = targets.map((t) => buildEnvNeeds(t.request));
    const needs: EnvNeeds = {
      ...this.needs,
      ghaCache: this.needs.ghaCache === true || per.some((n) => n.ghaCache === true),
      names: [...new Set([...(this.needs.names ?? []), ...per.flatMap((n) => n.names ?? [])])],
    };
    // Our definition has no variables; the job's environment must not become one.
    return { ...childEnv('docker', this.source, needs), BUILDX_BAKE_DISABLE_VARS_ENV_LOOKUP: '1' };
  }

  async bake(
    targets: readonly BakeTarget[],
    files: BakeFiles,
    onLogLine?: (line: string) => void,
    timeoutMs?: number,
  ): Promise<BakeOutcome> {
    const args = buildxBakeArgs(targets, files);
    const names = bakeTargetNames(targets.map((t) => t.name));
    for (const f of [files.definitionFile, files.metadataFile])
      await mkdir(path.dirname(f), { recursive: true });
    await writeFile(files.definitionFile, `${JSON.stringify(bakeDefinition(targets), null, 2)}\n`, {
      mode: 0o600,
    });
    for (const dir of bakeWriteDirs(targets)) await mkdir(dir, { recursive: true });
    const progress = new BakeProgress(names);
    const started = performance.now();
    try {
      await run('docker', args, {
        cwd: targets[0]?.request.contextDir,
        env: this.env(targets),
        installHint: BUILDX_INSTALL_HINT,
        ...(timeoutMs !== undefined ? { timeoutMs } : {}),
        onStderrLine: (line) => {
          progress.addLine(line);
          if (onLogLine && !line.trimStart().startsWith('{')) onLogLine(line);
        },
      });
    } catch (e) {
      throw buildFailure(progress.failure(), withoutProgressLines(e));
    }
    const outcomes = parseBakeMetadata(
      (await readFile(files.metadataFile, 'utf8').catch(() => '')) || '{}',
      names,
    );
    for (const t of targets) {
      const id = outcomes.get(t.name)?.imageId;
      if (t.request.iidFile && id) await writeFile(t.request.iidFile, id);
    }
    return { outcomes, steps: progress.steps(), durationMs: Math.round(performance.now() - started) };
  }
}
