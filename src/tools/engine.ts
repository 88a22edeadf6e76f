/**
 * The Docker Engine through its API (dockerode): load an image from a docker-archive stream, run a container
 * with a timeout and collect its exit code and log tail, clean up. Thin and typed; dockerode is loaded only
 * when a smoke run is asked for, so the action starts fast without it.
 */
import type { Readable } from 'node:stream';

export type SmokeOutcome =
  | 'ok'
  | 'exec format error'
  | 'no such file'
  | 'permission denied'
  | 'non-zero exit'
  | 'timeout'
  | 'start failed';

export interface SmokeRun {
  readonly outcome: SmokeOutcome;
  readonly exitCode?: number;
  /** The runtime's error when the container did not start. */
  readonly error?: string;
  /** The last lines the program wrote (stdout and stderr). */
  readonly logTail: string;
  readonly durationMs: number;
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

interface EngineImage {
  remove(opts: { force: boolean }): Promise<unknown>;
}
interface EngineContainer {
  start(): Promise<unknown>;
  wait(): Promise<{ StatusCode: number }>;
  kill(): Promise<unknown>;
  logs(opts: { stdout: boolean; stderr: boolean; follow: false }): Promise<Buffer>;
  remove(opts: { force: boolean }): Promise<unknown>;
}
interface DockerApi {
  info(): Promise<{ Architecture?: string; OSType?: string; ServerVersion?: string }>;
  loadImage(file: NodeJS.ReadableStream, opts?: object): Promise<NodeJS.ReadableStream>;
  getImage(name: string): EngineImage;
  createContainer(opts: object): Promise<EngineContainer>;
  modem: {
    followProgress(stream: NodeJS.ReadableStream, done: (err: Error | null, out: unknown[]) => void): void;
  };
}

const ENGINE_ARCH: Readonly<Record<string, string>> = {
  x86_64: 'amd64',
  aarch64: 'arm64',
  armv7l: 'arm',
  i686: '386',
  ppc64le: 'ppc64le',
  s390x: 's390x',
  riscv64: 'riscv64',
};

export class DockerEngine {
  private constructor(private readonly api: DockerApi) {}

  /** Connects as the docker CLI would (DOCKER_HOST, else the local socket). */
  static async connect(): Promise<DockerEngine> {
    const { default: Docker } = await import('dockerode');
    return new DockerEngine(new Docker() as unknown as DockerApi);
  }

  /** The engine's platform, `linux/amd64`. */
  async platform(): Promise<string> {
    let info;
    try {
      info = await this.api.info();
    } catch (e) {
      const where = process.env.DOCKER_HOST || 'unix:///var/run/docker.sock';
      throw new Error(
        `no Docker Engine answers at ${where} (${(e as Error).message}): the smoke run needs one; start it or point DOCKER_HOST at it, or leave smoke-command empty`,
        { cause: e },
      );
    }
    const arch = info.Architecture ?? '';
    return `${info.OSType ?? 'linux'}/${ENGINE_ARCH[arch] ?? arch}`;
  }

  async load(archive: Readable): Promise<void> {
    const progress = await this.api.loadImage(archive);
    await new Promise<void>((resolve, reject) => {
      this.api.modem.followProgress(progress, (err, out) => {
        const failed = (out as { error?: string; errorDetail?: { message?: string } }[]).find((o) => o.error);
        if (err) reject(err);
        else if (failed) reject(new Error(failed.errorDetail?.message ?? failed.error));
        else resolve();
      });
    });
  }

  async removeImage(name: string): Promise<void> {
    await this.api
      .getImage(name)
      .remove({ force: true })
      .catch(() => undefined);
  }

  /** Runs `image` with `args` after its ENTRYPOINT; stops it after `timeoutMs`. */
  async run(image: string, args: readonly string[], timeoutMs: number): Promise<SmokeRun> {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const container = await this.api.createContainer({
      Image: image,
      ...(args.length > 0 ? { Cmd: [...args] } : {}),
      Tty: false,
      AttachStdout: false,
      AttachStderr: false,
      HostConfig: { NetworkMode: 'none' },
    });
    try {
      try {
        await container.start();
      } catch (e) {
        const error = (e as Error).message;
        return { outcome: classifyStartError(error), error, logTail: '', durationMs: elapsed() };
      }
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), timeoutMs);
      });
      const result = await Promise.race([container.wait(), timedOut]).finally(() => clearTimeout(timer));
      if (result === 'timeout') await container.kill().catch(() => undefined);
      const logs = tail(demuxLogs(await container.logs({ stdout: true, stderr: true, follow: false })));
      if (result === 'timeout') return { outcome: 'timeout', logTail: logs, durationMs: elapsed() };
      const exitCode = result.StatusCode;
      const outcome: SmokeOutcome = exitCode === 0 ? 'ok' : classifyExit(logs);
      return { outcome, exitCode, logTail: logs, durationMs: elapsed() };
    } finally {
      await container.remove({ force: true }).catch(() => undefined);
    }
  }
}
