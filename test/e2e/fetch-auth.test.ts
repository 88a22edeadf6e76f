/**
 * The fetch stage through a registry that wants credentials: an authenticating front (bearer tokens for
 * basic credentials, as GHCR and Docker Hub do) before the local registry. The bundled action reads the
 * credentials from the Docker config like `docker login` leaves them, never prints them, and names the
 * reference when they are wrong.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { removeTree } from '../../src/cache/fs.js';
import { loadTestEnv, toolEnv } from '../helpers/env.js';
import { runBundledAction } from '../helpers/action.js';

const USER = 'robot';
const PASSWORD = 'pw-8f3a1c-do-not-print';
const TOKEN = 'tok-5e2b77-do-not-print';

/** Answers /token for the right basic credentials and forwards /v2/ requests with that token upstream. */
async function authenticatingFront(upstream: string): Promise<{ host: string; close(): Promise<void> }> {
  let host = '';
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    if (url.startsWith('/token')) {
      const expected = `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`;
      if (req.headers.authorization !== expected) return void res.writeHead(401).end();
      return void res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ token: TOKEN }));
    }
    if (req.headers.authorization !== `Bearer ${TOKEN}`) {
      const repo = /^\/v2\/(.+)\/(?:manifests|blobs)\//.exec(url)?.[1] ?? '';
      return void res
        .writeHead(401, {
          'www-authenticate': `Bearer realm="http://${host}/token",service="front",scope="repository:${repo}:pull"`,
        })
        .end();
    }
    const headers = { ...req.headers, host: upstream };
    delete headers.authorization;
    const up = http.request(`http://${upstream}${url}`, { method: req.method, headers }, (upRes) => {
      res.writeHead(upRes.statusCode ?? 502, upRes.headers);
      upRes.pipe(res);
    });
    up.on('error', () => res.writeHead(502).end());
    req.pipe(up);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    host,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

describe('fetch with registry credentials', () => {
  it('logs in with the Docker config, masks the password and the token, and names the image when refused', async () => {
    const env = loadTestEnv();
    const front = await authenticatingFront(env.registry);
    const dockerConfig = mkdtempSync(path.join(os.tmpdir(), 'gcc-docker-config-'));
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'gcc-fetch-ws-'));
    const login = (password: string) =>
      writeFileSync(
        path.join(dockerConfig, 'config.json'),
        JSON.stringify({
          auths: { [front.host]: { auth: Buffer.from(`${USER}:${password}`).toString('base64') } },
        }),
      );
    try {
      const image = `${front.host}/${(env.images.static as string).slice(env.registry.length + 1)}`;
      const inputs = { image, skip: 'scan,sign', 'fail-on': 'never', 'report-dir': 'report' };
      login(PASSWORD);
      const ok = await runBundledAction({ workspace, inputs, env: toolEnv({ DOCKER_CONFIG: dockerConfig }) });
      if (ok.exitCode !== 0) throw new Error(`the action failed:\n${ok.stdout}\n${ok.stderr}`);
      expect(ok.outputs.digest).toMatch(/^sha256:[a-f0-9]{64}$/);
      expect(ok.outputs['sbom-spdx']).toMatch(/sbom\.spdx\.json$/);
      // The host was told to mask both, and neither was printed.
      expect(ok.stdout).toContain(`::add-mask::${PASSWORD}`);
      expect(ok.stdout).toContain(`::add-mask::${TOKEN}`);
      const printed = (ok.stdout + ok.stderr)
        .replaceAll(`::add-mask::${PASSWORD}`, '')
        .replaceAll(`::add-mask::${TOKEN}`, '');
      expect(printed).not.toContain(PASSWORD);
      expect(printed).not.toContain(TOKEN);

      login('wrong');
      const refused = await runBundledAction({
        workspace,
        inputs,
        env: toolEnv({ DOCKER_CONFIG: dockerConfig }),
      });
      expect(refused.exitCode).not.toBe(0);
      expect(refused.stdout + refused.stderr).toMatch(
        new RegExp(
          `fetch failed: manifest ${image.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: the token service .* answered 401 for user 'robot'`,
        ),
      );
    } finally {
      await front.close();
      await removeTree(dockerConfig);
      await removeTree(workspace);
    }
  });
});
