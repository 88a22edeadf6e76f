/**
 * smoke-mode healthy on real services: a Go HTTP server built by the local BuildKit from
 * test/fixtures/services and run by the local Docker Engine. Ready on the port, on an HTTP path, on its
 * HEALTHCHECK; and the failures: crash at start, wrong port, loopback only, HTTP 500, never healthy.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { toolEnv } from '../helpers/env.js';
import { buildServiceImage, runServiceAction, servicesContext } from '../helpers/service-images.js';
import { DockerEngine, type SmokeRun } from '../../src/tools/engine.js';
import type { ServiceOptions } from '../../src/tools/engine-service.js';
import { dockerArchiveStream } from '../../src/image/docker-archive.js';
import { openImageSource } from '../../src/image/source.js';
import { readImages } from '../../src/image/manifest.js';
import { run } from '../../src/tools/exec.js';

let context: string;
let out: string;
let engine: DockerEngine;

beforeAll(async () => {
  context = servicesContext();
  out = mkdtempSync(path.join(os.tmpdir(), 'gcc-smoke-service-'));
  engine = await DockerEngine.connect();
});

afterAll(() => {
  rmSync(context, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

/** Networks and containers this file's runs left behind (there must be none). */
async function leftovers(): Promise<string> {
  const args = ['--filter', 'label=go-container-ci.smoke', '--format', '{{.Name}}'];
  const nets = await run('docker', ['network', 'ls', ...args], { env: toolEnv() });
  const ctrs = await run('docker', ['ps', '-a', ...args.slice(0, 2), '--format', '{{.Names}}'], {
    env: toolEnv(),
  });
  return `${nets.stdout}${ctrs.stdout}`.trim();
}

describe('a service on the real engine', () => {
  const before = { names: '' };
  beforeAll(async () => {
    before.names = await leftovers();
  });

  async function service(target: string, opts: Partial<ServiceOptions>): Promise<SmokeRun> {
    const archive = await buildServiceImage(context, target, out);
    const source = await openImageSource(archive);
    const [image] = await readImages(source);
    const tag = `gcc-smoke-service/${target}:${process.pid}`;
    await engine.load(dockerArchiveStream(source, image!, tag));
    try {
      return await engine.runService(tag, {
        args: [],
        healthcheck: false,
        port: 8080,
        timeoutMs: 8000,
        ...opts,
      });
    } finally {
      await engine.removeImage(tag);
    }
  }

  it('ready when the port accepts a connection; stopped; the first lines of its log kept', async () => {
    const r = await service('serve', {});
    expect(r).toMatchObject({ outcome: 'ok', service: { probe: 'tcp', port: 8080, lastProbe: 'connected' } });
    expect(r.service?.logHead).toBe('svc starting\nsvc listening on :8080');
  });

  it('ready when GET of the path answers below 500; a path that answers 500 fails as http error', async () => {
    const ok = await service('serve', { httpPath: '/healthz' });
    expect(ok).toMatchObject({ outcome: 'ok', service: { probe: 'http', httpStatus: 200 } });
    const broken = await service('serve', { httpPath: '/broken', timeoutMs: 3000 });
    expect(broken).toMatchObject({
      outcome: 'http error',
      service: { probe: 'http', httpStatus: 500, lastProbe: 'HTTP 500' },
    });
  });

  it('crashes on start: exited early, with its status and log', async () => {
    const r = await service('crash', {});
    expect(r.outcome).toBe('exited early');
    expect(r.exitCode).toBe(2);
    expect(r.logTail).toContain('cannot read /etc/svc/config.yaml');
  });

  it('listens on the wrong port, or on the loopback only: never listened', async () => {
    const wrong = await service('wrong-port', { timeoutMs: 3000 });
    expect(wrong).toMatchObject({
      outcome: 'never listened',
      service: { port: 8080, lastProbe: 'ECONNREFUSED' },
    });
    expect(wrong.service?.logHead).toContain('svc listening on :9090');
    const loop = await service('loopback', { timeoutMs: 3000 });
    expect(loop).toMatchObject({ outcome: 'never listened', service: { lastProbe: 'ECONNREFUSED' } });
    // The right port passes: the probe reaches the container.
    expect((await service('wrong-port', { port: 9090 })).outcome).toBe('ok');
  });

  it('with a HEALTHCHECK: healthy (well before its 30 s interval), or never healthy with its output', async () => {
    const ok = await service('healthy', { healthcheck: true, timeoutMs: 20_000 });
    expect(ok).toMatchObject({ outcome: 'ok', service: { probe: 'healthcheck' } });
    expect(ok.durationMs).toBeLessThan(20_000);
    const bad = await service('unhealthy', { healthcheck: true, timeoutMs: 4000 });
    expect(bad).toMatchObject({ outcome: 'never healthy', service: { lastProbe: 'check: status 500' } });
  });

  it('leaves no container and no network behind', async () => {
    expect(await leftovers()).toBe(before.names);
  });
});

describe('bundled action: smoke-mode healthy', () => {
  const action = (target: string, inputs: Record<string, string> = {}) =>
    runServiceAction(context, target, { 'smoke-mode': 'healthy', 'smoke-timeout': '10', ...inputs });

  it('a server: passes on its first EXPOSE and the path, with the first lines of its log in the summary', async () => {
    const run = await action('serve', { 'smoke-http-path': '/healthz' });
    expect({ exitCode: run.exitCode, stderr: run.stderr }).toEqual({ exitCode: 0, stderr: '' });
    expect(run.outputs.smoke).toBe('ok');
    expect(run.summary).toMatch(/Smoke run:\*\* as a service: ✅ `GET \/healthz` on port 8080 answered 200/);
    expect(run.summary).toContain('Smoke run: first lines of its log');
    expect(run.summary).toContain('`svc listening on :8080`');
    // In the job log each line of the service's output is prefixed, so none can be a workflow command.
    expect(run.stdout).toContain('smoke: first lines of its log:\n| svc starting\n| svc listening on :8080');
  });

  it('a server that crashes on start: GC601 exited early, exit status 1', async () => {
    const run = await action('crash');
    expect(run.exitCode).toBe(1);
    expect(run.outputs.smoke).toBe('exited early');
    expect(run.stdout).toMatch(
      /::error title=GC601[^:]*::the image \(linux\/amd64\) started as a service exited with status 2 before it was ready; last output: .*cannot read \/etc\/svc\/config.yaml/,
    );
    const findings = JSON.parse(
      readFileSync(path.join(run.outputs['report-dir'] as string, 'findings.json'), 'utf8'),
    ) as { code: string }[];
    expect(findings.filter((f) => f.code === 'GC601')).toHaveLength(1);
  });

  it('a server on the wrong port: GC601 never listened, with the hint', async () => {
    const run = await action('wrong-port', { 'smoke-timeout': '3' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.smoke).toBe('never listened');
    expect(run.stdout).toMatch(
      /::error title=GC601[^:]*::.*did not accept a TCP connection on port 8080 within 3 s \(last probe: ECONNREFUSED\): nothing accepted a connection on the port: the program listens on another port/,
    );
  });

  it('a HEALTHCHECK: passes when it turns healthy', async () => {
    const run = await action('healthy', { 'smoke-timeout': '20' });
    expect({ exitCode: run.exitCode, stderr: run.stderr }).toEqual({ exitCode: 0, stderr: '' });
    expect(run.summary).toMatch(/Smoke run:\*\* as a service: ✅ healthy \(HEALTHCHECK\)/);
  });
});
