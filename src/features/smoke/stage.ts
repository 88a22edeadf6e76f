/**
 * smoke (opt-in): load the image into the Docker Engine and start it once. smoke-mode exit (with
 * `smoke-command`): it must exit 0 within `smoke-timeout`. smoke-mode healthy: it starts with its own
 * ENTRYPOINT/CMD and must turn ready (HEALTHCHECK healthy, or the port answers) within `smoke-timeout`, then
 * it is stopped. A failure is classified (exec format error, no such file, permission denied, non-zero exit,
 * timeout, exited early, never healthy, never listened, HTTP error) and tied to the image check that explains it.
 */
import type { SmokeFacts } from '../../core/facts.js';
import { randomBytes } from 'node:crypto';
import type { PipelineStage } from '../../core/stage.js';
import { type Finding } from '../../core/finding.js';
import { smokeArgs } from '../../config/inputs.js';
import { openImageSource } from '../../image/source.js';
import { readImages } from '../../image/manifest.js';
import { dockerArchiveStream } from '../../image/docker-archive.js';
import { DockerEngine, type SmokeOutcome } from '../../tools/engine.js';
import { findingFor } from '../../core/catalogue.js';
import type { ImageConfig } from '../../image/manifest.js';

const EXPLAINED_BY: Partial<Record<SmokeOutcome, string>> = {
  'exec format error': 'the binary is for another architecture than the image platform (GC203)',
  'no such file':
    'the program, or the interpreter a dynamically linked binary needs, is missing (GC108, GC201, GC202)',
  'permission denied': 'the program is not executable, or the user cannot read it (GC108)',
  'never healthy':
    'the HEALTHCHECK never passed: its program may be missing from the image (GC111), or the service is not ready in time',
  'never listened':
    'nothing accepted a connection on the port: the program listens on another port than smoke-port/EXPOSE, or only on 127.0.0.1 inside the container (listen on :PORT)',
  'http error': 'the port accepted connections but the path never answered with a status below 500',
};

/** Errors a Go service prints when the image lacks something, and the image check that names it. */
const LOG_HINTS: readonly [RegExp, string][] = [
  [/x509: certificate signed by unknown authority/, 'no CA certificates in the image (GC404)'],
  [/unknown time zone/, 'no time zone data in the image (GC405)'],
  [/unable to find user|no matching entries in passwd/, 'the USER is not in /etc/passwd (GC109)'],
];

export function logHint(log: string): string | undefined {
  return LOG_HINTS.find(([re]) => re.test(log))?.[1];
}

/** What went wrong, in words. Pure. */
export function smokeWhat(facts: SmokeFacts, timeoutSeconds: number): string {
  const s = facts.service;
  const last = s?.lastProbe ? ` (last probe: ${s.lastProbe.replace(/\s+/g, ' ').slice(0, 200)})` : '';
  switch (facts.outcome) {
    case 'timeout':
      return `did not exit within ${timeoutSeconds} s`;
    case 'non-zero exit':
      return `exited with status ${facts.exitCode ?? '?'}`;
    case 'exited early':
      return `exited with status ${facts.exitCode ?? '?'} before it was ready`;
    case 'never healthy':
      return `did not turn healthy within ${timeoutSeconds} s${last}`;
    case 'never listened':
      return `did not accept a TCP connection on port ${s?.port ?? '?'} within ${timeoutSeconds} s${last}`;
    case 'http error':
      return `did not answer GET ${s?.httpPath ?? '/'} on port ${s?.port ?? '?'} below 500 within ${timeoutSeconds} s${last}`;
    default:
      return `could not start: ${facts.outcome}${facts.error ? ` (${facts.error.trim().slice(-300)})` : ''}`;
  }
}

/** The finding for a failed smoke run. Pure. */
export function smokeFinding(
  facts: SmokeFacts,
  timeoutSeconds: number,
  dockerfile?: string,
): Finding | undefined {
  if (facts.outcome === 'ok') return undefined;
  const why = EXPLAINED_BY[facts.outcome] ?? logHint(facts.logTail);
  const run =
    facts.mode === 'healthy'
      ? `started as a service${facts.args.length ? ` with ${JSON.stringify(facts.args)}` : ''}`
      : `run with ${JSON.stringify(facts.args)}`;
  return findingFor('GC601', {
    message: `the image (${facts.platform}) ${run} ${smokeWhat(facts, timeoutSeconds)}${why ? `: ${why}` : ''}${facts.logTail ? `; last output: ${facts.logTail.split('\n').slice(-3).join(' | ')}` : ''}`,
    stage: 'smoke',
    ...(dockerfile ? { file: dockerfile } : {}),
  });
}

/** The image's first exposed TCP port (`8080/tcp`, `8080`). Pure. */
export function firstExposedPort(ports: readonly string[]): number | undefined {
  for (const p of ports) {
    const m = /^(\d{1,5})(?:\/tcp)?$/i.exec(p.trim());
    if (m && Number(m[1]) >= 1 && Number(m[1]) <= 65535) return Number(m[1]);
  }
  return undefined;
}

/** A DOCKER_HOST this process cannot reach containers of (another machine). Pure. */
export function remoteEngine(dockerHost: string | undefined): boolean {
  if (!dockerHost || /^(unix|npipe):\/\//.test(dockerHost)) return false;
  return !/^tcp:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\/?$/.test(dockerHost);
}

/** How a service smoke run judges readiness, from the image and the inputs; an error says what is missing. */
export function serviceProbe(
  config: ImageConfig,
  inputs: { port?: number; httpPath?: string; dockerHost?: string },
): { healthcheck: true } | { healthcheck: false; port: number; httpPath?: string } {
  const test = config.config?.Healthcheck?.Test ?? [];
  if (test.length > 0 && test[0] !== 'NONE') return { healthcheck: true };
  const port = inputs.port ?? firstExposedPort(Object.keys(config.config?.ExposedPorts ?? {}));
  if (port === undefined)
    throw new Error(
      'smoke-mode healthy needs a way to tell the service is ready: the image has no HEALTHCHECK and no EXPOSE; set smoke-port (and smoke-http-path), or add a HEALTHCHECK',
    );
  if (remoteEngine(inputs.dockerHost))
    throw new Error(
      `smoke-mode healthy without a HEALTHCHECK probes the port from this machine, which cannot reach the containers of a remote Docker Engine (DOCKER_HOST ${inputs.dockerHost}): give the image a HEALTHCHECK, or run the action on the engine's host`,
    );
  return { healthcheck: false, port, ...(inputs.httpPath ? { httpPath: inputs.httpPath } : {}) };
}

export const smokeStage: PipelineStage = {
  name: 'smoke',
  description:
    'Start the image through the Docker Engine (smoke-command, or as a service with smoke-mode healthy) and classify a failure.',
  skip(ctx) {
    if (ctx.config.smokeMode === 'exit' && ctx.config.smokeCommand === '')
      return 'smoke-command is empty (and smoke-mode is exit)';
    if (!ctx.facts.image?.ociArchive) return 'the build exported no OCI archive to load';
    return undefined;
  },
  async run(ctx) {
    const archive = ctx.facts.image?.ociArchive;
    if (!archive) return;
    const mode = ctx.config.smokeMode;
    const args = smokeArgs(ctx.config.smokeCommand) ?? [];
    const timeoutSeconds = Number(ctx.config.smokeTimeout);
    const engine = await DockerEngine.connect();
    const enginePlatform = await engine.platform();
    const source = await openImageSource(archive);
    const images = await readImages(source);
    // The engine's own platform when the image has it; otherwise the first (and the run shows why not).
    const image = images.find((i) => i.platform === enginePlatform) ?? images[0];
    if (!image) throw new Error(`${archive} holds no image`);
    const probe =
      mode === 'healthy'
        ? serviceProbe(image.config, {
            ...(ctx.config.smokePort ? { port: ctx.config.smokePort } : {}),
            ...(ctx.config.smokeHttpPath ? { httpPath: ctx.config.smokeHttpPath } : {}),
            ...(process.env.DOCKER_HOST ? { dockerHost: process.env.DOCKER_HOST } : {}),
          })
        : undefined;
    const tag = `go-container-ci-smoke:${randomBytes(6).toString('hex')}`;
    await engine.load(dockerArchiveStream(source, image, tag));
    try {
      const result = probe
        ? await engine.runService(tag, { args, timeoutMs: timeoutSeconds * 1000, ...probe })
        : await engine.run(tag, args, timeoutSeconds * 1000);
      const facts: SmokeFacts = { ...result, platform: image.platform, args, mode };
      ctx.facts.smoke = facts;
      const finding = smokeFinding(facts, timeoutSeconds, ctx.facts.discover?.dockerfile);
      if (finding) ctx.addFindings([finding]);
      ctx.host.log.info(`smoke: ${image.platform} ${smokeLine(facts)}`);
      if (facts.service?.logHead)
        // Each line prefixed: the image's output must never start a line of the job log (workflow commands).
        ctx.host.log.info(
          `smoke: first lines of its log:\n${facts.service.logHead
            .split(/\r?\n|\r/)
            .map((l) => `| ${l}`)
            .join('\n')}`,
        );
    } finally {
      await engine.removeImage(tag);
    }
  },
};

/** One line for the log: what ran and how it ended. Pure. */
export function smokeLine(f: SmokeFacts): string {
  const what = f.mode === 'healthy' ? `service ${JSON.stringify(f.args)}` : JSON.stringify(f.args);
  const probe = f.service ? ` (${f.service.probe}${f.service.port ? ` port ${f.service.port}` : ''})` : '';
  const status = f.exitCode !== undefined ? ` (status ${f.exitCode})` : '';
  return `${what}${probe}: ${f.outcome}${status} in ${f.durationMs} ms`;
}
