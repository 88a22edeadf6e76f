/** smoke-mode healthy: the readiness plan from the image and inputs, the service loop over a scripted engine, the findings. */
import type { SmokeFacts } from '../../src/core/facts.js';
import fc from 'fast-check';
import {
  firstExposedPort,
  remoteEngine,
  serviceProbe,
  smokeFinding,
} from '../../src/features/smoke/stage.js';
import { runService } from '../../src/tools/engine-service.js';
import type { ContainerState, DockerApi } from '../../src/tools/engine-api.js';
import { buildConfig } from '../../src/config/config.js';
import { parseHttpPath, parsePort } from '../../src/config/inputs.js';
import type { ImageConfig } from '../../src/image/manifest.js';

const frame = (text: string) => {
  const body = Buffer.from(text);
  const h = Buffer.alloc(8);
  h[0] = 1;
  h.writeUInt32BE(body.length, 4);
  return Buffer.concat([h, body]);
};

/** An engine whose container goes through the given states, one per inspect (the last one repeats). */
function scripted(states: ContainerState[], logs = 'svc starting\n') {
  const calls: string[] = [];
  let i = 0;
  const api = {
    createNetwork: async (o: { Name: string; Internal: boolean }) => {
      calls.push(`network ${o.Internal ? 'internal' : 'open'}`);
      return { remove: async () => void calls.push('network removed') };
    },
    createContainer: async (o: {
      HostConfig: { NetworkMode: string };
      Healthcheck?: { Interval: number };
    }) => {
      calls.push(
        `container ${o.HostConfig.NetworkMode === 'none' ? 'none' : 'net'}${o.Healthcheck ? ` hc ${o.Healthcheck.Interval}` : ''}`,
      );
      return {
        start: async () => void calls.push('start'),
        inspect: async () => states[Math.min(i++, states.length - 1)] as ContainerState,
        stop: async () => void calls.push('stop'),
        kill: async () => void calls.push('kill'),
        wait: async () => ({ StatusCode: 0 }),
        logs: async () => frame(logs),
        remove: async () => void calls.push('removed'),
      };
    },
  } as unknown as DockerApi;
  return { api, calls };
}

describe('runService over a scripted engine', () => {
  it('HEALTHCHECK: no network, probed every second, ready when healthy, stopped and removed', async () => {
    const { api, calls } = scripted([
      { State: { Running: true, Health: { Status: 'starting' } } },
      { State: { Running: true, Health: { Status: 'healthy', Log: [{ Output: 'ok\n' }] } } },
    ]);
    const r = await runService(api, 'img', { args: [], healthcheck: true, timeoutMs: 5000, pollMs: 1 });
    expect(r).toMatchObject({
      outcome: 'ok',
      service: { probe: 'healthcheck', lastProbe: 'ok', logHead: 'svc starting' },
    });
    expect(calls).toEqual(['container none hc 1000000000', 'start', 'stop', 'removed']);
  });

  it('an early exit is classified from its log (exec errors) or reported with its status', async () => {
    const exited = { State: { Running: false, ExitCode: 2 } };
    const crash = await runService(scripted([exited], 'boom\n').api, 'i', {
      args: [],
      healthcheck: true,
      timeoutMs: 1000,
    });
    expect(crash).toMatchObject({ outcome: 'exited early', exitCode: 2, logTail: 'boom' });
    const exec = await runService(scripted([exited], 'exec /app: exec format error\n').api, 'i', {
      args: [],
      healthcheck: true,
      timeoutMs: 1000,
    });
    expect(exec.outcome).toBe('exec format error');
  });

  it('a port probe: an internal network of its own, removed afterwards; never listened at the deadline', async () => {
    const { api, calls } = scripted([{ State: { Running: true }, NetworkSettings: { Networks: {} } }]);
    const r = await runService(api, 'i', {
      args: [],
      healthcheck: false,
      port: 8080,
      timeoutMs: 30,
      pollMs: 5,
    });
    expect(r).toMatchObject({
      outcome: 'never listened',
      service: { probe: 'tcp', port: 8080, lastProbe: 'no address on the smoke network yet' },
    });
    expect(calls[0]).toBe('network internal');
    expect(calls[1]).toBe('container net');
    expect(calls.slice(-3)).toEqual(['stop', 'removed', 'network removed']);
  });

  it('unhealthy is never healthy, with the check output', async () => {
    const { api } = scripted([
      { State: { Running: true, Health: { Status: 'unhealthy', Log: [{ Output: 'status 500' }] } } },
    ]);
    const r = await runService(api, 'i', { args: [], healthcheck: true, timeoutMs: 1000 });
    expect(r).toMatchObject({ outcome: 'never healthy', service: { lastProbe: 'status 500' } });
  });
});

describe('readiness plan', () => {
  const image = (c: ImageConfig['config']): ImageConfig => ({ config: c }) as ImageConfig;

  it('a HEALTHCHECK wins; NONE does not count; else smoke-port, else the first EXPOSE', () => {
    expect(serviceProbe(image({ Healthcheck: { Test: ['CMD', '/app', '-check'] } }), {})).toEqual({
      healthcheck: true,
    });
    expect(
      serviceProbe(image({ Healthcheck: { Test: ['NONE'] }, ExposedPorts: { '8080/tcp': {} } }), {}),
    ).toEqual({ healthcheck: false, port: 8080 });
    expect(
      serviceProbe(image({ ExposedPorts: { '8080/tcp': {} } }), { port: 9090, httpPath: '/healthz' }),
    ).toEqual({
      healthcheck: false,
      port: 9090,
      httpPath: '/healthz',
    });
    expect(() => serviceProbe(image({}), {})).toThrow(/no HEALTHCHECK and no EXPOSE; set smoke-port/);
    expect(() =>
      serviceProbe(image({ ExposedPorts: { '80/tcp': {} } }), { dockerHost: 'tcp://build-host:2376' }),
    ).toThrow(/cannot reach the containers of a remote Docker Engine/);
    expect(
      serviceProbe(image({ Healthcheck: { Test: ['CMD-SHELL', 'true'] } }), { dockerHost: 'ssh://h' }),
    ).toEqual({
      healthcheck: true,
    });
  });

  it('first EXPOSE: TCP only', () => {
    expect(firstExposedPort(['53/udp', '8080/tcp', '9090/tcp'])).toBe(8080);
    expect(firstExposedPort(['53/udp'])).toBeUndefined();
    expect(firstExposedPort(['99999/tcp', '80'])).toBe(80);
  });

  it('remote engines', () => {
    expect(remoteEngine(undefined)).toBe(false);
    expect(remoteEngine('unix:///var/run/docker.sock')).toBe(false);
    expect(remoteEngine('tcp://127.0.0.1:2375')).toBe(false);
    expect(remoteEngine('tcp://10.0.0.5:2376')).toBe(true);
    expect(remoteEngine('ssh://me@builder')).toBe(true);
  });
});

describe('inputs', () => {
  const cfg = (inputs: Record<string, string>) =>
    buildConfig((n) => inputs[n], { workspace: '/w', defaultReportDir: '/tmp/r' });

  it('smoke-mode, smoke-port and smoke-http-path', () => {
    expect(cfg({}).smokeMode).toBe('exit');
    expect(
      cfg({ 'smoke-mode': 'healthy', 'smoke-port': '8080/tcp', 'smoke-http-path': '/healthz?deep=1' }),
    ).toMatchObject({
      smokeMode: 'healthy',
      smokePort: 8080,
      smokeHttpPath: '/healthz?deep=1',
    });
    expect(() => cfg({ 'smoke-mode': 'ready' })).toThrow(/input 'smoke-mode': expected one of exit, healthy/);
    expect(() => cfg({ 'smoke-port': '0' })).toThrow(
      /input 'smoke-port': '0': expected a TCP port from 1 to 65535/,
    );
    expect(() => cfg({ 'smoke-port': '53/udp' })).toThrow(/input 'smoke-port'/);
    expect(() => cfg({ 'smoke-http-path': 'healthz' })).toThrow(
      /input 'smoke-http-path': 'healthz': expected a path starting with \//,
    );
    expect(() => cfg({ 'smoke-http-path': '/a b' })).toThrow(/input 'smoke-http-path'/);
  });

  it('port and path parsers never throw, and accept only what they promise', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (s) => {
        const p = parsePort(s);
        if ('value' in p) expect(p.value >= 1 && p.value <= 65535).toBe(true);
        const h = parseHttpPath(s);
        if ('value' in h) expect(h.value).toMatch(/^\/[\x21-\x7e]*$/);
      }),
    );
  });
});

describe('service findings', () => {
  const facts = (f: Partial<SmokeFacts>): SmokeFacts => ({
    outcome: 'ok',
    platform: 'linux/amd64',
    args: [],
    mode: 'healthy',
    logTail: '',
    durationMs: 1,
    ...f,
  });

  it.each([
    [
      { outcome: 'exited early', exitCode: 2, logTail: 'svc: no config' } as const,
      /started as a service exited with status 2 before it was ready; last output: svc: no config/,
    ],
    [
      {
        outcome: 'never listened',
        service: { probe: 'tcp', port: 8080, lastProbe: 'ECONNREFUSED', logHead: '' },
      } as const,
      /did not accept a TCP connection on port 8080 within 10 s \(last probe: ECONNREFUSED\): .*listens on another port than smoke-port\/EXPOSE, or only on 127\.0\.0\.1/,
    ],
    [
      {
        outcome: 'never healthy',
        service: { probe: 'healthcheck', lastProbe: 'curl: not found', logHead: '' },
      } as const,
      /did not turn healthy within 10 s \(last probe: curl: not found\): .*GC111/,
    ],
    [
      {
        outcome: 'http error',
        service: {
          probe: 'http',
          port: 80,
          httpPath: '/healthz',
          httpStatus: 503,
          lastProbe: 'HTTP 503',
          logHead: '',
        },
      } as const,
      /did not answer GET \/healthz on port 80 below 500 within 10 s \(last probe: HTTP 503\)/,
    ],
    [
      {
        outcome: 'exited early',
        exitCode: 1,
        logTail: 'x509: certificate signed by unknown authority',
      } as const,
      /: no CA certificates in the image \(GC404\)/,
    ],
  ])('%j', (f, message) => {
    expect(smokeFinding(facts(f), 10, 'Dockerfile')).toMatchObject({
      code: 'GC601',
      severity: 'error',
      message: expect.stringMatching(message),
    });
  });
});
