/**
 * The Docker Engine as the smoke runs see it: the outcomes, the parts of the API they call (dockerode's
 * shapes), and pure helpers that classify what the engine and the program said.
 */

export type SmokeOutcome =
  | 'ok'
  | 'exec format error'
  | 'no such file'
  | 'permission denied'
  | 'non-zero exit'
  | 'timeout'
  | 'start failed'
  // smoke-mode healthy:
  | 'exited early'
  | 'never healthy'
  | 'never listened'
  | 'http error';

export interface SmokeRun {
  readonly outcome: SmokeOutcome;
  readonly exitCode?: number;
  /** The runtime's error when the container did not start. */
  readonly error?: string;
  /** The last lines the program wrote (stdout and stderr). */
  readonly logTail: string;
  readonly durationMs: number;
  /** smoke-mode healthy: how readiness was judged, and what was seen. */
  readonly service?: ServiceFacts;
}

export interface ServiceFacts {
  readonly probe: 'healthcheck' | 'tcp' | 'http';
  readonly port?: number;
  readonly httpPath?: string;
  /** The last status a GET of httpPath answered. */
  readonly httpStatus?: number;
  /** The last probe's output or error (the HEALTHCHECK's output, ECONNREFUSED…). */
  readonly lastProbe?: string;
  /** The first lines the service wrote before it was stopped. */
  readonly logHead: string;
}

/** What went wrong, from the runtime's start error (runc and containerd phrase these the same way). Pure. */
export function classifyStartError(message: string): SmokeOutcome {
  if (/exec format error/i.test(message)) return 'exec format error';
  if (/no such file or directory|not found/i.test(message)) return 'no such file';
  if (/permission denied/i.test(message)) return 'permission denied';
  return 'start failed';
}

/**
 * A non-zero exit: runc reports an exec that failed inside the container as the process's only output,
 * `exec /app: no such file or directory` (exit 255 or 1, depending on the version). Pure.
 */
export function classifyExit(logs: string): SmokeOutcome {
  const first = logs.trimStart().split('\n')[0] ?? '';
  const exec = /^exec [^:]*: (.*)$/.exec(first);
  if (exec) {
    const why = classifyStartError(exec[1] as string);
    if (why !== 'start failed') return why;
  }
  return 'non-zero exit';
}

/** Demultiplexes the engine's log stream (8-byte frame headers) when the container has no TTY. Pure. */
export function demuxLogs(buf: Buffer): string {
  const parts: Buffer[] = [];
  let at = 0;
  while (at + 8 <= buf.length) {
    const kind = buf[at];
    const size = buf.readUInt32BE(at + 4);
    if ((kind !== 0 && kind !== 1 && kind !== 2) || buf[at + 1] !== 0 || at + 8 + size > buf.length)
      return buf.toString('utf8'); // not multiplexed after all
    parts.push(buf.subarray(at + 8, at + 8 + size));
    at += 8 + size;
  }
  return Buffer.concat(parts).toString('utf8');
}

export function tail(text: string, lines = 20, maxChars = 4000): string {
  const t = text.trimEnd().split('\n').slice(-lines).join('\n');
  return t.length > maxChars ? t.slice(-maxChars) : t;
}

export function head(text: string, lines = 20, maxChars = 4000): string {
  const h = text.trimEnd().split('\n').slice(0, lines).join('\n');
  return h.length > maxChars ? h.slice(0, maxChars) : h;
}

interface EngineImage {
  remove(opts: { force: boolean }): Promise<unknown>;
}
/** What the service run reads of a container's state (`docker inspect`). */
export interface ContainerState {
  readonly State?: {
    readonly Running?: boolean;
    readonly ExitCode?: number;
    readonly Error?: string;
    readonly Health?: { readonly Status?: string; readonly Log?: readonly { readonly Output?: string }[] };
  };
  readonly NetworkSettings?: {
    readonly Networks?: Readonly<Record<string, { readonly IPAddress?: string }>>;
  };
}
export interface EngineContainer {
  start(): Promise<unknown>;
  wait(): Promise<{ StatusCode: number }>;
  kill(): Promise<unknown>;
  stop(opts: { t: number }): Promise<unknown>;
  inspect(): Promise<ContainerState>;
  logs(opts: { stdout: boolean; stderr: boolean; follow: false }): Promise<Buffer>;
  remove(opts: { force: boolean }): Promise<unknown>;
}
export interface EngineNetwork {
  remove(): Promise<unknown>;
}
export interface DockerApi {
  info(): Promise<{ Architecture?: string; OSType?: string; ServerVersion?: string }>;
  loadImage(file: NodeJS.ReadableStream, opts?: object): Promise<NodeJS.ReadableStream>;
  getImage(name: string): EngineImage;
  createContainer(opts: object): Promise<EngineContainer>;
  createNetwork(opts: object): Promise<EngineNetwork>;
  modem: {
    followProgress(stream: NodeJS.ReadableStream, done: (err: Error | null, out: unknown[]) => void): void;
  };
}

/** Starts the container; when the runtime refuses, the run's outcome (classified), else undefined. */
export async function startOrOutcome(
  container: EngineContainer,
  durationMs: () => number,
): Promise<SmokeRun | undefined> {
  try {
    await container.start();
    return undefined;
  } catch (e) {
    const error = (e as Error).message;
    return { outcome: classifyStartError(error), error, logTail: '', durationMs: durationMs() };
  }
}
