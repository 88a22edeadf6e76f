/**
 * A service's smoke run (smoke-mode healthy): start the image with its own ENTRYPOINT/CMD, wait until it is
 * ready, stop it, keep the first lines of its log.
 *
 * Ready means: the image's HEALTHCHECK turns healthy (the engine runs it inside the container, so this needs no
 * network: the container gets none, as in exit mode; the check runs every second during the run, with the
 * whole run as its start period). Without a HEALTHCHECK: the port accepts a TCP connection (and a GET of the
 * path answers below 500). For that the container joins a network of its own, created `internal` for this run
 * (no route out, nothing published, nothing reachable from other hosts), and this process connects to the
 * container's address on it: that address is routable only from the engine's own host, which is where a
 * GitHub runner (and a local docker) runs the action; a remote engine needs the HEALTHCHECK instead.
 */
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  classifyExit,
  startOrOutcome,
  demuxLogs,
  head,
  tail,
  type ContainerState,
  type DockerApi,
  type EngineContainer,
  type ServiceFacts,
  type SmokeOutcome,
  type SmokeRun,
} from './engine-api.js';
import { probeHttp, probeTcp } from './probe.js';

export interface ServiceOptions {
  /** Arguments that replace the image's CMD; empty keeps it. */
  readonly args: readonly string[];
  /** The image has a HEALTHCHECK (other than NONE): readiness is its status. */
  readonly healthcheck: boolean;
  /** The port to probe without a HEALTHCHECK. */
  readonly port?: number;
  readonly httpPath?: string;
  readonly timeoutMs: number;
  /** Pause between two probes. */
  readonly pollMs?: number;
}

const SECOND_NS = 1_000_000_000;
const PROBE_TIMEOUT_MS = 1000;

type Readiness =
  | { readonly ready: true; readonly facts: Omit<ServiceFacts, 'logHead'> }
  | {
      readonly ready: false;
      readonly outcome: SmokeOutcome;
      readonly exitCode?: number;
      readonly facts: Omit<ServiceFacts, 'logHead'>;
    };

function lastHealthOutput(state: ContainerState): string | undefined {
  const log = state.State?.Health?.Log ?? [];
  return log[log.length - 1]?.Output?.trim().slice(-500) || undefined;
}

/** One look at the container: exited, ready, or not yet (with what the probe saw). */
async function probeOnce(
  container: EngineContainer,
  network: string | undefined,
  opts: ServiceOptions,
  facts: Omit<ServiceFacts, 'logHead'>,
): Promise<Readiness | { readonly ready: 'not yet'; readonly facts: Omit<ServiceFacts, 'logHead'> }> {
  const state = await container.inspect();
  if (!state.State?.Running)
    return {
      ready: false,
      outcome: 'exited early',
      ...(state.State?.ExitCode !== undefined ? { exitCode: state.State.ExitCode } : {}),
      facts,
    };
  if (opts.healthcheck) {
    const status = state.State.Health?.Status;
    const seen = { ...facts, ...(lastHealthOutput(state) ? { lastProbe: lastHealthOutput(state) } : {}) };
    if (status === 'healthy') return { ready: true, facts: seen };
    if (status === 'unhealthy') return { ready: false, outcome: 'never healthy', facts: seen };
    return { ready: 'not yet', facts: seen };
  }
  const ip = network ? state.NetworkSettings?.Networks?.[network]?.IPAddress : undefined;
  const port = opts.port as number;
  if (!ip) return { ready: 'not yet', facts: { ...facts, lastProbe: 'no address on the smoke network yet' } };
  const tcp = await probeTcp(ip, port, PROBE_TIMEOUT_MS);
  if (!tcp.open) return { ready: 'not yet', facts: { ...facts, lastProbe: tcp.error } };
  if (!opts.httpPath) return { ready: true, facts: { ...facts, lastProbe: 'connected' } };
  const http = await probeHttp(ip, port, opts.httpPath, PROBE_TIMEOUT_MS);
  if ('error' in http) return { ready: 'not yet', facts: { ...facts, lastProbe: `GET: ${http.error}` } };
  const answered = { ...facts, httpStatus: http.status, lastProbe: `HTTP ${http.status}` };
  return http.status < 500 ? { ready: true, facts: answered } : { ready: 'not yet', facts: answered };
}

/** Probes until ready, exited, or the deadline. */
async function waitReady(
  container: EngineContainer,
  network: string | undefined,
  opts: ServiceOptions,
  deadline: number,
): Promise<Readiness> {
  let facts: Omit<ServiceFacts, 'logHead'> = {
    probe: opts.healthcheck ? 'healthcheck' : opts.httpPath ? 'http' : 'tcp',
    ...(!opts.healthcheck && opts.port ? { port: opts.port } : {}),
    ...(!opts.healthcheck && opts.httpPath ? { httpPath: opts.httpPath } : {}),
  };
  for (;;) {
    const r = await probeOnce(container, network, opts, facts);
    if (r.ready !== 'not yet') return r;
    facts = r.facts;
    if (performance.now() >= deadline) {
      const outcome: SmokeOutcome = opts.healthcheck
        ? 'never healthy'
        : facts.httpStatus !== undefined || facts.lastProbe?.startsWith('GET')
          ? 'http error'
          : 'never listened';
      return { ready: false, outcome, facts };
    }
    await sleep(opts.pollMs ?? 250);
  }
}

/** Runs `image` as a service until ready (or not) within `timeoutMs`, then stops and removes it. */
export async function runService(api: DockerApi, image: string, opts: ServiceOptions): Promise<SmokeRun> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const name = `go-container-ci-smoke-${randomBytes(6).toString('hex')}`;
  const labels = { 'go-container-ci.smoke': 'true' };
  const network = opts.healthcheck
    ? undefined
    : await api.createNetwork({ Name: name, Driver: 'bridge', Internal: true, Labels: labels });
  try {
    const container = await api.createContainer({
      Image: image,
      name,
      Labels: labels,
      ...(opts.args.length > 0 ? { Cmd: [...opts.args] } : {}),
      Tty: false,
      // The image's test and retries; probed every second, failures during the run do not count.
      ...(opts.healthcheck
        ? {
            Healthcheck: {
              Interval: SECOND_NS,
              StartInterval: SECOND_NS,
              StartPeriod: Math.ceil(opts.timeoutMs / 1000) * SECOND_NS,
            },
          }
        : {}),
      HostConfig: { NetworkMode: network ? name : 'none' },
    });
    try {
      const refused = await startOrOutcome(container, elapsed);
      if (refused) return refused;
      const r = await waitReady(container, network ? name : undefined, opts, started + opts.timeoutMs);
      const durationMs = elapsed();
      if (r.ready || r.outcome !== 'exited early')
        await container.stop({ t: 5 }).catch(() => container.kill().catch(() => undefined));
      const logs = demuxLogs(await container.logs({ stdout: true, stderr: true, follow: false }));
      const service: ServiceFacts = { ...r.facts, logHead: head(logs) };
      if (r.ready) return { outcome: 'ok', logTail: tail(logs), durationMs, service };
      // An exec that failed inside the container reads as an early exit: say which.
      const outcome =
        r.outcome === 'exited early' && classifyExit(logs) !== 'non-zero exit'
          ? classifyExit(logs)
          : r.outcome;
      return {
        outcome,
        ...(r.exitCode !== undefined ? { exitCode: r.exitCode } : {}),
        logTail: tail(logs),
        durationMs,
        service,
      };
    } finally {
      await container.remove({ force: true }).catch(() => undefined);
    }
  } finally {
    await network?.remove().catch(() => undefined);
  }
}
