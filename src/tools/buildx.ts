/** `docker buildx`: typed argument construction (pure) and a thin runner. */
import { readFile } from 'node:fs/promises';
import { BuildProgress, parseBuildMetadata, type BuildMetadata, type BuildStep } from './buildx-metadata.js';
import { run, ToolError, ToolFailedError } from './exec.js';
import { childEnv, type EnvNeeds } from './env-policy.js';

export const BUILDX_INSTALL_HINT =
  'install Docker with the buildx plugin (GitHub-hosted runners have it; elsewhere see https://docs.docker.com/build/install-buildx/)';

/** Where the build writes the image. Never a registry: the publish stage pushes the OCI archive after the checks. */
export type BuildOutput =
  | { readonly kind: 'load' }
  | { readonly kind: 'oci'; readonly dest: string }
  | { readonly kind: 'local'; readonly dest: string }
  | { readonly kind: 'tar'; readonly dest: string }
  | { readonly kind: 'cacheonly' }
  /** An exporter the user asked for next to ours (the outputs input), as a validated `--output` spec. */
  | { readonly kind: 'extra'; readonly spec: string };

export interface BuildRequest {
  readonly contextDir: string;
  readonly dockerfile: string;
  readonly target?: string;
  readonly platforms: readonly string[];
  readonly tags: readonly string[];
  readonly outputs: readonly BuildOutput[];
  readonly buildArgs: Readonly<Record<string, string>>;
  readonly labels: Readonly<Record<string, string>>;
  readonly builder?: string;
  readonly metadataFile: string;
  /** Not allowed with local/tar outputs. */
  readonly iidFile?: string;
  readonly provenance?: string;
  readonly noCache?: boolean;
  /** `--secret` specs: `id=x,src=FILE` or `id=x,env=VAR` (never a value). */
  readonly secrets?: readonly string[];
  readonly cacheFrom?: readonly string[];
  readonly cacheTo?: readonly string[];
  /** `--ssh` specs (`default`, `id=path`): agent sockets or key paths, never key material. */
  readonly ssh?: readonly string[];
  /** Sets image timestamps (build arg SOURCE_DATE_EPOCH) and rewrites layer timestamps to it. */
  readonly sourceDateEpoch?: number;
  /** build-push-action's build inputs (src/tools/buildx-inputs.ts), each a `docker buildx build` flag. */
  readonly annotations?: readonly string[];
  /** `--build-context name=source`, local paths absolute. */
  readonly buildContexts?: readonly string[];
  readonly pull?: boolean;
  readonly noCacheFilters?: readonly string[];
  readonly network?: string;
  readonly addHosts?: readonly string[];
  readonly allow?: readonly string[];
  readonly shmSize?: string;
  readonly ulimits?: readonly string[];
  readonly cgroupParent?: string;
  /** `--attest` specs (`type=sbom,…`, `type=provenance,…`). */
  readonly attests?: readonly string[];
}

/** The `--output` spec of one output; `rewriteTimestamp` when SOURCE_DATE_EPOCH is set. Pure. */
export function outputArg(o: BuildOutput, rewriteTimestamp: boolean): string {
  const rewrite = rewriteTimestamp ? ',rewrite-timestamp=true' : '';
  switch (o.kind) {
    case 'load':
      return `type=docker${rewrite}`;
    case 'oci':
      return `type=oci,dest=${o.dest}${rewrite}`;
    case 'local':
      return `type=local,dest=${o.dest}`;
    case 'tar':
      return `type=tar,dest=${o.dest}`;
    case 'cacheonly':
      return 'type=cacheonly';
    case 'extra':
      return o.spec;
  }
}

/** The flags of build-push-action's build inputs. Pure. */
function buildInputFlags(req: BuildRequest): string[] {
  const args: string[] = [];
  const each = (flag: string, values: readonly string[] | undefined) => {
    for (const v of values ?? []) args.push(flag, v);
  };
  each('--annotation', req.annotations);
  each('--build-context', req.buildContexts);
  if (req.pull) args.push('--pull');
  each('--no-cache-filter', req.noCacheFilters);
  if (req.network) args.push('--network', req.network);
  each('--add-host', req.addHosts);
  each('--allow', req.allow);
  if (req.shmSize) args.push('--shm-size', req.shmSize);
  each('--ulimit', req.ulimits);
  if (req.cgroupParent) args.push('--cgroup-parent', req.cgroupParent);
  each('--attest', req.attests);
  return args;
}

/** The argument array for `docker buildx build` (after `docker`). Pure. */
export function buildxBuildArgs(req: BuildRequest): string[] {
  const args = ['buildx', 'build', '--progress=rawjson'];
  if (req.builder) args.push('--builder', req.builder);
  args.push('--file', req.dockerfile);
  if (req.target) args.push('--target', req.target);
  if (req.platforms.length > 0) args.push('--platform', req.platforms.join(','));
  for (const tag of req.tags) args.push('--tag', tag);
  for (const [k, v] of Object.entries(req.buildArgs)) args.push('--build-arg', `${k}=${v}`);
  if (req.sourceDateEpoch !== undefined && !('SOURCE_DATE_EPOCH' in req.buildArgs)) {
    args.push('--build-arg', `SOURCE_DATE_EPOCH=${req.sourceDateEpoch}`);
  }
  for (const [k, v] of Object.entries(req.labels)) args.push('--label', `${k}=${v}`);
  for (const s of req.secrets ?? []) args.push('--secret', s);
  for (const s of req.ssh ?? []) args.push('--ssh', s);
  for (const c of req.cacheFrom ?? []) args.push('--cache-from', c);
  for (const c of req.cacheTo ?? []) args.push('--cache-to', c);
  for (const o of req.outputs) args.push('--output', outputArg(o, req.sourceDateEpoch !== undefined));
  if (req.provenance !== undefined) args.push(`--provenance=${req.provenance}`);
  if (req.noCache) args.push('--no-cache');
  args.push(...buildInputFlags(req));
  args.push('--metadata-file', req.metadataFile);
  if (req.iidFile) args.push('--iidfile', req.iidFile);
  // "--" ends the options: a context path can never be read as a flag.
  args.push('--', req.contextDir);
  return args;
}

/**
 * What `docker buildx build` needs of the job's environment for this request: the Actions cache service only
 * when a `type=gha` cache is imported or exported, and the variables its `--secret env=` specs name. Pure.
 */
export function buildEnvNeeds(req: Pick<BuildRequest, 'cacheFrom' | 'cacheTo' | 'secrets'>): EnvNeeds {
  const ghaCache = [...(req.cacheFrom ?? []), ...(req.cacheTo ?? [])].some((c) =>
    c.split(',').some((part) => part.trim() === 'type=gha'),
  );
  const names = (req.secrets ?? []).flatMap((s) =>
    s
      .split(',')
      .filter((part) => part.startsWith('env='))
      .map((part) => part.slice(4)),
  );
  return { ghaCache, names };
}

/** The driver named in `docker buildx inspect` output. Pure. */
export function parseBuilderDriver(inspect: string): string {
  return /^Driver:\s*(\S+)/m.exec(inspect)?.[1] ?? 'unknown';
}

export interface BuildOutcome {
  readonly metadata: BuildMetadata;
  readonly imageId?: string;
  readonly steps: readonly BuildStep[];
  readonly durationMs: number;
}

export class BuildFailedError extends ToolError {
  constructor(
    message: string,
    readonly step?: BuildStep,
    readonly logTail?: string,
  ) {
    super('docker buildx', message);
    this.name = 'BuildFailedError';
  }
}

/** What a failed buildx run throws: the failed step and its log when the progress names one, else `e`. */
export function buildFailure(failure: { step: BuildStep; logTail: string } | undefined, e: unknown): unknown {
  if (!failure || !(e instanceof ToolFailedError)) return e;
  return new BuildFailedError(
    `build failed at step '${failure.step.name}': ${failure.step.error}${failure.logTail ? `\n--- last lines of the step's log ---\n${failure.logTail}` : ''}`,
    failure.step,
    failure.logTail,
  );
}

export class Buildx {
  private readonly env: NodeJS.ProcessEnv;
  /** `needs`: what every call needs beyond the request's own (kubeAuth for a kubernetes builder). */
  constructor(
    private readonly source: NodeJS.ProcessEnv = process.env,
    private readonly needs: EnvNeeds = {},
  ) {
    this.env = childEnv('docker', source, needs);
  }

  /** The driver of a builder (docker, docker-container, remote, kubernetes…). */
  async driver(builder?: string): Promise<string> {
    const args = ['buildx', 'inspect', ...(builder ? ['--builder', builder] : [])];
    const { stdout } = await run('docker', args, {
      env: this.env,
      timeoutMs: 60_000,
      installHint: BUILDX_INSTALL_HINT,
    });
    return parseBuilderDriver(stdout);
  }

  async version(): Promise<string> {
    const { stdout } = await run('docker', ['buildx', 'version'], {
      env: this.env,
      timeoutMs: 30_000,
      installHint: BUILDX_INSTALL_HINT,
    });
    const m = /\bv?(\d+\.\d+\.\d+[\w.+-]*)/.exec(stdout);
    if (!m)
      throw new ToolError(
        'docker buildx',
        `could not read a version from 'docker buildx version': ${stdout.trim().slice(0, 200)}`,
      );
    return m[1] as string;
  }

  async build(
    req: BuildRequest,
    onLogLine?: (line: string) => void,
    timeoutMs?: number,
  ): Promise<BuildOutcome> {
    const progress = new BuildProgress();
    const started = performance.now();
    try {
      await run('docker', buildxBuildArgs(req), {
        env: childEnv('docker', this.source, { ...this.needs, ...buildEnvNeeds(req) }),
        installHint: BUILDX_INSTALL_HINT,
        ...(timeoutMs !== undefined ? { timeoutMs } : {}),
        onStderrLine: (line) => {
          progress.addLine(line);
          if (onLogLine && !line.trimStart().startsWith('{')) onLogLine(line);
        },
      });
    } catch (e) {
      throw buildFailure(progress.failure(), e);
    }
    const metadata = parseBuildMetadata((await readFile(req.metadataFile, 'utf8').catch(() => '')) || '{}');
    const iid = req.iidFile ? (await readFile(req.iidFile, 'utf8').catch(() => '')).trim() : '';
    return {
      metadata,
      ...(iid ? { imageId: iid } : {}),
      steps: progress.steps(),
      durationMs: Math.round(performance.now() - started),
    };
  }
}
