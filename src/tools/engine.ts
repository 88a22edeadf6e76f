/**
 * The Docker Engine through its API (dockerode): load an image from a docker-archive stream, run a container
 * with a timeout and collect its exit code and log tail, clean up. Thin and typed; dockerode is loaded only
 * when a smoke run is asked for, so the action starts fast without it.
 */
import type { Readable } from 'node:stream';
import {
  classifyExit,
  startOrOutcome,
  demuxLogs,
  tail,
  type DockerApi,
  type SmokeOutcome,
  type SmokeRun,
} from './engine-api.js';
import { runService, type ServiceOptions } from './engine-service.js';

export * from './engine-api.js';

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

  /** Starts `image` as a service and waits until it is ready (see engine-service.ts). */
  runService(image: string, opts: ServiceOptions): Promise<SmokeRun> {
    return runService(this.api, image, opts);
  }

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
      const refused = await startOrOutcome(container, elapsed);
      if (refused) return refused;
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
