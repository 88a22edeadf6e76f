/**
 * Credentials go only where they belong (issue 16, Low): to the registry and its declared bearer realm, over
 * https (loopback excepted); never to a plain-http realm elsewhere, never re-POSTed (a refresh token) across a
 * redirect to another origin, never attached to a redirect to another origin; the GitHub REST client never
 * follows a Link URL of another origin with its token. Local servers on 127.0.0.1: another port is another
 * origin.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { RegistryClient } from '../../src/registry/client.js';
import { registryReference } from '../../src/registry/reference.js';
import { GitHubRest } from '../../src/github/rest.js';

interface Seen {
  method: string;
  url: string;
  authorization?: string;
  body: string;
}
interface Server {
  origin: string;
  seen: Seen[];
  close(): Promise<void>;
}

async function serve(
  handler: (req: http.IncomingMessage, body: string, res: http.ServerResponse, origin: string) => void,
): Promise<Server> {
  const seen: Seen[] = [];
  let origin = '';
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString();
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        body,
        ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
      });
      handler(req, body, res, origin);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    seen,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
const PASSWORD = 'registry-password-123';
const REFRESH = 'refresh-token-456';

function client(identityToken = false) {
  return new RegistryClient({
    allowHttp: true,
    retries: 0,
    credentials: async () => ({
      username: 'u',
      password: identityToken ? REFRESH : PASSWORD,
      ...(identityToken ? { identityToken: true } : {}),
    }),
  });
}
const leaked = (s: Server) =>
  s.seen.filter((r) =>
    `${r.authorization ?? ''} ${r.body} ${r.url}`.match(
      /registry-password|cmVnaXN0cnktcGFzc3dvcmQ|refresh-token|Bearer /,
    ),
  );

describe('registry credentials', () => {
  it('are not sent to a plain-http realm that is not loopback', async () => {
    const registry = await serve((_req, _b, res) => {
      res.writeHead(401, { 'www-authenticate': 'Bearer realm="http://auth.example.test/token",service="r"' });
      res.end();
    });
    servers.push(registry);
    const ref = registryReference(`${registry.origin.replace('http://', '')}/acme/api:1`);
    const err = await client()
      .manifest(ref)
      .catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/realm http:\/\/auth\.example\.test\/token .*https/);
  });

  it('a refresh token is not re-POSTed when the token service redirects to another origin', async () => {
    const other = await serve((_req, _b, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"access_token":"stolen"}');
    });
    const auth = await serve((_req, _b, res) => {
      res.writeHead(307, { location: `${other.origin}/token` });
      res.end();
    });
    const registry = await serve((_req, _b, res) => {
      res.writeHead(401, { 'www-authenticate': `Bearer realm="${auth.origin}/token",service="r"` });
      res.end();
    });
    servers.push(other, auth, registry);
    const ref = registryReference(`${registry.origin.replace('http://', '')}/acme/api:1`);
    const err = await client(true)
      .manifest(ref)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(/redirect/);
    expect(auth.seen.some((r) => r.body.includes(REFRESH))).toBe(true);
    expect(other.seen).toEqual([]);
  });

  it('a blob redirected to another origin is fetched without the credentials', async () => {
    const data = Buffer.from('layer bytes\n');
    const digest = `sha256:${createHash('sha256').update(data).digest('hex')}`;
    const cdn = await serve((_req, _b, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.end(data);
    });
    const registry = await serve((req, _b, res) => {
      if (!req.headers.authorization) {
        res.writeHead(401, { 'www-authenticate': 'Basic realm="r"' });
        return res.end();
      }
      res.writeHead(307, { location: `${cdn.origin}/blob?sig=1` });
      res.end();
    });
    servers.push(cdn, registry);
    const ref = registryReference(`${registry.origin.replace('http://', '')}/acme/api:1`);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gcc-cred-'));
    try {
      await client().blobToFile(ref, { digest, size: data.length }, path.join(dir, 'blob'));
      expect(readFileSync(path.join(dir, 'blob'))).toEqual(data);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(cdn.seen).toHaveLength(1);
    expect(leaked(cdn)).toEqual([]);
  });
});

describe('GitHub REST Link pages', () => {
  it('are not followed with the token to another origin', async () => {
    const other = await serve((_req, _b, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('[]');
    });
    const api = await serve((_req, _b, res) => {
      res.writeHead(200, { 'content-type': 'application/json', link: `<${other.origin}/page2>; rel="next"` });
      res.end('[]');
    });
    servers.push(other, api);
    const rest = new GitHubRest({
      apiUrl: api.origin,
      token: 'ghs_secret',
      sleep: async () => undefined,
      attempts: 1,
    });
    const first = await rest.request<unknown[]>('GET', '/repos/a/b/issues/1/comments');
    const err = first.next ? await rest.request('GET', first.next).catch((e: unknown) => e) : undefined;
    expect(other.seen.filter((r) => r.authorization)).toEqual([]);
    if (first.next) expect((err as Error).message).toMatch(/origin/);
  });
});
