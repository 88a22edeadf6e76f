/**
 * The registry unreachable on push, end to end with the bundled CLI and the real BuildKit builder:
 * - a closed port on 127.0.0.1: three attempts, then an error naming the registry and what to check;
 * - a small HTTP server on 127.0.0.1 that answers 503 to everything until the CLI says it starts its third
 *   attempt, then proxies to the real local registry: the push succeeds and the image is in the registry.
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
  const state = { failing: true, failed: 0, proxied: 0 };
  const server = http.createServer((req, res) => {
    if (state.failing) {
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

  it('a closed port: three attempts, then an error naming the registry and what to check', async () => {
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
    const retries = r.stderr.split('\n').filter((l) => l.includes(`push to ${registry} failed`));
    record({
      suite: 'faults',
      category: 'registry unreachable on push',
      name: 'closed port',
      outcome: r.exitCode === 1 ? 'typed-error' : 'crash',
      writesOutsideTemp: 0,
      fault: true,
    });
    expect(r.exitCode).toBe(1);
    expect(retries).toEqual([
      expect.stringMatching(
        /push to 127\.0\.0\.1:\d+ failed \(connection refused\); retrying in 2\.0 s \(attempt 2 of 3\)/,
      ),
      expect.stringMatching(/retrying in 4\.0 s \(attempt 3 of 3\)/),
    ]);
    expect(r.stderr).toContain(`could not push to ${registry} after 3 attempt(s): connection refused`);
    expect(r.stderr).toContain('reachable from the BuildKit builder');
  });

  it('a registry answering 503 for two attempts: the third pushes, and the image is in the registry', async () => {
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
          onStderrLine: (line) => {
            // The registry comes back while the CLI waits before its last attempt.
            if (line.includes('(attempt 3 of 3)')) flaky.state.failing = false;
          },
        },
      );
      record({
        suite: 'faults',
        category: 'registry unreachable on push',
        name: '503 twice, then up',
        outcome: r.exitCode === 0 ? 'ok' : 'crash',
        writesOutsideTemp: 0,
        fault: true,
      });
      const retries = r.stderr.split('\n').filter((l) => l.includes(`push to ${flaky.address} failed`));
      expect({ exit: r.exitCode, retries: retries.length }).toEqual({ exit: 0, retries: 2 });
      expect(retries[0]).toMatch(/failed \(503 Service Unavailable\); retrying in 2\.0 s \(attempt 2 of 3\)/);
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
