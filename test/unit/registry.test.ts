/**
 * The registry client's pure parts (references, challenges, Docker config lookup, layout index) and the
 * client itself against a small Distribution API server on 127.0.0.1 (bearer auth, retries, digest checks).
 */
import { createHash } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import {
  dockerCredentials,
  lookupCredentials,
  normalizeRegistryKey,
  parseChallenges,
} from '../../src/registry/auth.js';
import { isLoopback, registryReference, registryScheme } from '../../src/registry/reference.js';
import { RegistryClient, RegistryError, registryErrorText } from '../../src/registry/client.js';
import { indexPlatforms, layoutIndex } from '../../src/registry/layout.js';
import { removeTree } from '../../src/cache/fs.js';

const D = (c: string) => `sha256:${c.repeat(64)}`;
const sha = (b: Buffer | string) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

describe('registryReference', () => {
  it('resolves the API host, the reference and the scheme', () => {
    const hub = registryReference('golang');
    expect(hub).toMatchObject({
      registry: 'docker.io',
      apiHost: 'registry-1.docker.io',
      repository: 'library/golang',
      reference: 'latest',
    });
    const local = registryReference(`127.0.0.1:5000/test/app:1@${D('a')}`);
    expect(local).toMatchObject({ apiHost: '127.0.0.1:5000', tag: '1', reference: D('a') });
    expect(registryScheme('127.0.0.1:5000', false)).toBe('http');
    expect(registryScheme('localhost:5000', false)).toBe('http');
    expect(registryScheme('[::1]:5000', false)).toBe('http');
    expect(registryScheme('ghcr.io', false)).toBe('https');
    expect(registryScheme('registry.internal:5000', true)).toBe('http');
    expect(isLoopback('127.0.0.1.example.com')).toBe(false);
  });

  it('names the bad reference', () => {
    expect(() => registryReference('Not/A:Ref:x')).toThrow(/'Not\/A:Ref:x' is not an image reference/);
  });
});

describe('parseChallenges', () => {
  it('parses a bearer challenge with quoted parameters', () => {
    expect(
      parseChallenges(
        'Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:acme/api:pull"',
      ),
    ).toEqual([
      {
        scheme: 'bearer',
        params: { realm: 'https://ghcr.io/token', service: 'ghcr.io', scope: 'repository:acme/api:pull' },
      },
    ]);
  });

  it('parses several challenges, commas and escapes inside quotes, and bare values', () => {
    expect(
      parseChallenges(
        'Basic realm="Registry Realm", Bearer realm="https://auth.example/token", scope="repository:a/b:pull,push", error=insufficient_scope, note="say \\"hi\\""',
      ),
    ).toEqual([
      { scheme: 'basic', params: { realm: 'Registry Realm' } },
      {
        scheme: 'bearer',
        params: {
          realm: 'https://auth.example/token',
          scope: 'repository:a/b:pull,push',
          error: 'insufficient_scope',
          note: 'say "hi"',
        },
      },
    ]);
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => void parseChallenges(s)));
    expect(parseChallenges('')).toEqual([]);
  });
});

describe('Docker config lookup', () => {
  const b64 = (s: string) => Buffer.from(s).toString('base64');

  it('reads auths entries under any spelling of the registry', () => {
    const config = {
      auths: {
        'https://index.docker.io/v1/': { auth: b64('hubuser:hub:pass') },
        'ghcr.io': { auth: b64('octocat:ghp_x') },
        'http://127.0.0.1:5000': { username: 'u', password: 'p' },
      },
    };
    expect(lookupCredentials(config, 'docker.io')).toEqual({
      kind: 'basic',
      credentials: { username: 'hubuser', password: 'hub:pass' },
    });
    expect(lookupCredentials(config, 'GHCR.io')).toEqual({
      kind: 'basic',
      credentials: { username: 'octocat', password: 'ghp_x' },
    });
    expect(lookupCredentials(config, '127.0.0.1:5000')).toEqual({
      kind: 'basic',
      credentials: { username: 'u', password: 'p' },
    });
    expect(lookupCredentials(config, 'quay.io')).toBeUndefined();
  });

  it('prefers credHelpers, then auths, then credsStore', () => {
    const config = {
      auths: { 'ghcr.io': { auth: b64('a:b') }, 'quay.io': {} },
      credHelpers: { 'ghcr.io': 'gh', '123.dkr.ecr.us-east-1.amazonaws.com': 'ecr-login' },
      credsStore: 'desktop',
    };
    expect(lookupCredentials(config, 'ghcr.io')).toEqual({
      kind: 'helper',
      helper: 'gh',
      serverUrl: 'ghcr.io',
    });
    expect(lookupCredentials(config, '123.dkr.ecr.us-east-1.amazonaws.com')).toMatchObject({
      helper: 'ecr-login',
    });
    // An auths entry without credentials (what `docker login` leaves with a store) falls to credsStore.
    expect(lookupCredentials(config, 'quay.io')).toEqual({
      kind: 'helper',
      helper: 'desktop',
      serverUrl: 'quay.io',
    });
    expect(lookupCredentials({ credsStore: 'pass' }, 'docker.io')).toEqual({
      kind: 'helper',
      helper: 'pass',
      serverUrl: 'https://index.docker.io/v1/',
    });
  });

  it('reads identity tokens from auths and from helpers', () => {
    expect(lookupCredentials({ auths: { 'x.azurecr.io': { identitytoken: 'rt' } } }, 'x.azurecr.io')).toEqual(
      {
        kind: 'basic',
        credentials: { username: '<token>', password: 'rt', identityToken: true },
      },
    );
  });

  it('normalizes registry keys', () => {
    expect(normalizeRegistryKey('https://registry-1.docker.io/v2/')).toBe('docker.io');
    expect(normalizeRegistryKey('http://Registry.Example:5000/path')).toBe('registry.example:5000');
  });

  it('runs a credential helper with the server on stdin, never on argv', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gcc-cred-'));
    try {
      const helper = path.join(dir, 'docker-credential-fake');
      writeFileSync(
        helper,
        [
          '#!/bin/sh',
          `echo "$@" > "${dir}/argv"`,
          'read server',
          'if [ "$server" = "unknown.example" ]; then echo "credentials not found in native keychain"; exit 1; fi',
          'printf \'{"ServerURL":"%s","Username":"robot","Secret":"s3cret"}\' "$server"',
        ].join('\n'),
      );
      chmodSync(helper, 0o755);
      writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ credsStore: 'fake' }));
      const env = { ...process.env, DOCKER_CONFIG: dir, PATH: `${dir}:${process.env.PATH ?? ''}` };
      expect(await dockerCredentials('registry.example', env)).toEqual({
        username: 'robot',
        password: 's3cret',
      });
      expect(readFileSync(path.join(dir, 'argv'), 'utf8').trim()).toBe('get');
      expect(await dockerCredentials('unknown.example', env)).toBeUndefined();
    } finally {
      await removeTree(dir);
    }
  });
});

describe('layout helpers', () => {
  it('lists platforms without attestation manifests', () => {
    expect(
      indexPlatforms([
        { mediaType: 'm', digest: D('1'), size: 1, platform: { os: 'linux', architecture: 'amd64' } },
        {
          mediaType: 'm',
          digest: D('2'),
          size: 1,
          platform: { os: 'linux', architecture: 'arm', variant: 'v7' },
        },
        { mediaType: 'm', digest: D('3'), size: 1, platform: { os: 'unknown', architecture: 'unknown' } },
      ]),
    ).toEqual(['linux/amd64', 'linux/arm/v7']);
  });

  it('writes an index.json naming the image', () => {
    const bytes = Buffer.from('{}');
    const index = JSON.parse(
      layoutIndex(
        { digest: sha(bytes), mediaType: 'application/vnd.oci.image.index.v1+json', bytes },
        'r/x:1',
      ),
    ) as { manifests: { size: number; annotations: Record<string, string> }[] };
    expect(index.manifests[0]?.size).toBe(2);
    expect(index.manifests[0]?.annotations['org.opencontainers.image.ref.name']).toBe('1');
  });

  it('reads Distribution API error bodies', () => {
    expect(registryErrorText('{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown"}]}')).toBe(
      'MANIFEST_UNKNOWN manifest unknown',
    );
  });
});

describe('RegistryClient against a local server', () => {
  const layer = Buffer.from('layer bytes');
  const config = Buffer.from('{"architecture":"amd64","os":"linux"}');
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: {
        mediaType: 'application/vnd.oci.image.config.v1+json',
        digest: sha(config),
        size: config.length,
      },
      layers: [
        { mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: sha(layer), size: layer.length },
      ],
    }),
  );
  let server: http.Server;
  let registry = '';
  let failures = 0;
  const seen: { url: string; auth?: string }[] = [];
  const TOKEN = 'tok-123';

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const url = req.url ?? '';
      seen.push({ url, ...(req.headers.authorization ? { auth: req.headers.authorization } : {}) });
      if (url.startsWith('/token') && req.method === 'POST') {
        let body = '';
        req.on('data', (c: Buffer) => (body += c.toString()));
        req.on('end', () => {
          const form = new URLSearchParams(body);
          const ok = form.get('grant_type') === 'refresh_token' && form.get('refresh_token') === 'rt-1';
          if (ok && form.get('scope') === 'repository:team/app:pull' && form.get('service') === 'test')
            res
              .writeHead(200, { 'content-type': 'application/json' })
              .end(JSON.stringify({ access_token: TOKEN }));
          else res.writeHead(401).end();
        });
        return;
      }
      if (url.startsWith('/token')) {
        if (req.headers.authorization !== `Basic ${Buffer.from('robot:pw').toString('base64')}`) {
          res.writeHead(401).end();
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token: TOKEN }));
        return;
      }
      if (failures > 0) {
        failures--;
        res.writeHead(503).end();
        return;
      }
      if (req.headers.authorization !== `Bearer ${TOKEN}`) {
        res
          .writeHead(401, {
            'www-authenticate': `Bearer realm="http://${registry}/token",service="test",scope="repository:team/app:pull"`,
          })
          .end();
        return;
      }
      if (url === '/v2/team/app/manifests/1' || url === `/v2/team/app/manifests/${sha(manifest)}`) {
        res
          .writeHead(200, {
            'content-type': 'application/vnd.oci.image.manifest.v1+json',
            'docker-content-digest': sha(manifest),
          })
          .end(manifest);
        return;
      }
      if (url === `/v2/team/app/blobs/${sha(layer)}`) return void res.writeHead(200).end(layer);
      if (url === `/v2/team/app/blobs/${sha(config)}`) return void res.writeHead(200).end('tampered');
      res
        .writeHead(404, { 'content-type': 'application/json' })
        .end('{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown"}]}');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    registry = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  const client = (secrets: string[] = []) =>
    new RegistryClient({
      credentials: async () => ({ username: 'robot', password: 'pw' }),
      onSecret: (s) => secrets.push(s),
      retryDelayMs: 1,
    });

  it('answers the bearer challenge with the Docker credentials, retries 5xx, and checks digests', async () => {
    const secrets: string[] = [];
    const c = client(secrets);
    failures = 2;
    const m = await c.manifest(registryReference(`${registry}/team/app:1`));
    expect(m.digest).toBe(sha(manifest));
    expect(m.json.layers?.[0]?.digest).toBe(sha(layer));
    expect(secrets).toEqual(['pw', TOKEN]);
    expect(
      seen.some((s) => s.url.startsWith('/token') && s.url.includes('scope=repository%3Ateam%2Fapp%3Apull')),
    ).toBe(true);

    const dir = mkdtempSync(path.join(os.tmpdir(), 'gcc-blob-'));
    try {
      const ref = registryReference(`${registry}/team/app:1`);
      const dest = path.join(dir, 'layer');
      await c.blobToFile(ref, { digest: sha(layer), size: layer.length }, dest);
      expect(readFileSync(dest)).toEqual(layer);
      const bad = path.join(dir, 'config');
      await expect(c.blobToFile(ref, { digest: sha(config), size: config.length }, bad)).rejects.toThrow(
        /blob sha256:[a-f0-9]+ of 127\.0\.0\.1:\d+\/team\/app: downloaded 8 bytes with digest/,
      );
      expect(() => readFileSync(bad)).toThrow();
    } finally {
      await removeTree(dir);
    }
  });

  it('exchanges an identity token (OAuth2 refresh token) for an access token', async () => {
    const secrets: string[] = [];
    const c = new RegistryClient({
      credentials: async () => ({ username: '<token>', password: 'rt-1', identityToken: true }),
      onSecret: (s) => secrets.push(s),
      retryDelayMs: 1,
    });
    expect((await c.manifest(registryReference(`${registry}/team/app:1`))).digest).toBe(sha(manifest));
    expect(secrets).toEqual(['rt-1', TOKEN]);
  });

  it('names the reference in errors', async () => {
    const c = client();
    const err = await c.manifest(registryReference(`${registry}/team/app:missing`)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RegistryError);
    expect((err as Error).message).toMatch(
      /manifest 127\.0\.0\.1:\d+\/team\/app:missing: .* answered 404 \(not found.*MANIFEST_UNKNOWN/,
    );
    await expect(c.manifest(registryReference(`${registry}/team/app@${D('0')}`))).rejects.toThrow(
      /team\/app@sha256:0+: .*404/,
    );
  });

  it('gives up after the retries with the status', async () => {
    failures = 100;
    const c = new RegistryClient({ retries: 2, retryDelayMs: 1, credentials: async () => undefined });
    await expect(c.manifest(registryReference(`${registry}/team/app:1`))).rejects.toThrow(/answered 503/);
    failures = 0;
  });

  it('reports an unreachable registry', async () => {
    const c = new RegistryClient({ retries: 1, retryDelayMs: 1, credentials: async () => undefined });
    await expect(c.manifest(registryReference('127.0.0.1:1/team/app:1'))).rejects.toThrow(
      /manifest 127\.0\.0\.1:1\/team\/app:1: .*could not be reached after 2 attempts/,
    );
  });
});
