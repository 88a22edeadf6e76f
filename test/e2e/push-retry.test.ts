/**
 * The registry unreachable on push, end to end with the bundled CLI and the real BuildKit builder. The build
 * never pushes; the publish stage pushes the OCI archive with the registry client, which retries each request
 * with backoff:
 * - a closed port on 127.0.0.1: five attempts, then an error naming the registry and what to check;
 * - a small HTTP server on 127.0.0.1 that answers 503 to its first requests, then proxies to the real local
 *   registry: the push succeeds and the image is in the registry.
 */
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../src/tools/exec.js';
import { loadTestEnv, toolEnv, uniqueRepo } from '../helpers/env.js';
import { REPO_ROOT } from '../helpers/action.js';
import { record } from '../helpers/hostile.js';

async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const { port } = srv.address() as AddressInfo;
  await new Promise<void>((resolve) => srv.close(() => resolve()));
  return port;
}

/** Answers 503 while `failing`, else forwards every request to the upstream registry. */
async function flakyRegistry(upstream: string) {
  const [upHost, upPort] = upstream.split(':') as [string, string];
  const state = { failing: 3, failed: 0, proxied: 0 };
  const server = http.createServer((req, res) => {
    if (state.failing > 0) {
      state.failing--;
      state.failed++;
      req.resume();
      res.writeHead(503, { 'content-type': 'application/json' });
      res.end('{"errors":[{"code":"UNAVAILABLE","message":"service unavailable"}]}');
      return;
    }
    state.proxied++;
    const fwd = http.request(
      {
        host: upHost,
        port: Number(upPort),
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: upstream },
      },
      (up) => {
        const headers = { ...up.headers };
        // Upload locations may be absolute: keep the client talking to us.
        if (typeof headers.location === 'string')
          headers.location = headers.location.replace(`//${upstream}`, `//${address}`);
        res.writeHead(up.statusCode ?? 502, headers);
        up.pipe(res);
      },
    );
    fwd.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(fwd);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    address,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function cliArgs(tag: string, builder: string, golang: string, reportDir: string): string[] {
  return [
    path.join(REPO_ROOT, 'dist', 'cli.js'),
    'run',
    '--context',
    'test/fixtures/apps/tiny',
    '--tags',
    tag,
    '--push',
    '--builder',
    builder,
    '--build-args',
    `GOLANG_IMAGE=${golang}`,
    '--skip',
    'cache-restore,cache-save,sbom,scan,reproduce,analyze,smoke',
    '--layer-cache',
    'none',
    '--fail-on',
    'never',
    '--report-dir',
    reportDir,
  ];
}

describe('push retries', () => {
  let reportDir: string;
  beforeEach(() => (reportDir = mkdtempSync(path.join(os.tmpdir(), 'gcc-push-retry-'))));
  afterEach(() => rmSync(reportDir, { recursive: true, force: true }));

  it('a closed port: five attempts, then an error naming the registry and what to check', async () => {
    const env = loadTestEnv();
    const port = await freePort();
    const registry = `127.0.0.1:${port}`;
    const tag = `${registry}/${uniqueRepo('closed')}:1`;
    const r = await run(process.execPath, cliArgs(tag, env.builder, env.images.golang as string, reportDir), {
      cwd: REPO_ROOT,
      env: toolEnv(),
      timeoutMs: 600_000,
      okExitCodes: [0, 1, 2],
    });
    const retries = (r.stdout + r.stderr).split('\n').filter((l) => /network error .*retrying in/.test(l));
    record({
      suite: 'faults',
      category: 'registry unreachable on push',
      name: 'closed port',
      outcome: r.exitCode === 1 ? 'typed-error' : 'crash',
      writesOutsideTemp: 0,
      fault: true,
    });
    expect(r.exitCode).toBe(1);
    // Four retries of each request (the blobs are asked for side by side), then the error.
    expect(retries.length).toBeGreaterThanOrEqual(4);
    expect(retries.length % 4).toBe(0);
    expect(r.stderr).toMatch(/publish failed: .*could not be reached after 5 attempts: ECONNREFUSED/);
    expect(r.stderr).toContain(`Check that ${registry} is up and reachable`);
    expect(r.stdout).toMatch(/^digest=$/m);
  });

  it('a registry answering 503 three times: the retries push, and the image is in the registry', async () => {
    const env = loadTestEnv();
    const flaky = await flakyRegistry(env.registry);
    const repo = uniqueRepo('flaky');
    const tag = `${flaky.address}/${repo}:1`;
    try {
      const r = await run(
        process.execPath,
        cliArgs(tag, env.builder, env.images.golang as string, reportDir),
        {
          cwd: REPO_ROOT,
          env: toolEnv(),
          timeoutMs: 600_000,
          okExitCodes: [0, 1, 2],
        },
      );
      record({
        suite: 'faults',
        category: 'registry unreachable on push',
        name: '503 three times, then up',
        outcome: r.exitCode === 0 ? 'ok' : 'crash',
        writesOutsideTemp: 0,
        fault: true,
      });
      const retries = (r.stdout + r.stderr).split('\n').filter((l) => /HTTP 503, retrying in/.test(l));
      expect({ exit: r.exitCode, retries: retries.length }).toEqual({ exit: 0, retries: 3 });
      expect(flaky.state.failed).toBeGreaterThan(0);
      expect(flaky.state.proxied).toBeGreaterThan(0);
      expect(r.stdout).toMatch(/^digest=sha256:[a-f0-9]{64}$/m);
      // The image really is in the registry behind the proxy.
      const res = await fetch(`http://${env.registry}/v2/${repo}/manifests/1`, {
        method: 'HEAD',
        headers: {
          accept:
            'application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json',
        },
      });
      expect(res.status).toBe(200);
    } finally {
      await flaky.close();
    }
  });
});
