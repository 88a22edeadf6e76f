/**
 * Issue 16 High 2: each tool wrapper runs its tool with an allow-listed environment. Fake tools on PATH dump
 * the environment they were started with; the job's secrets reach only the tool and mode that needs them.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Syft } from '../../../src/tools/syft.js';
import { Trivy } from '../../../src/tools/trivy.js';
import { Cosign } from '../../../src/tools/cosign.js';
import { Buildx, type BuildRequest } from '../../../src/tools/buildx.js';
import { run } from '../../../src/tools/exec.js';
import { childEnv, TOOL_ENV_POLICY } from '../../../src/tools/env-policy.js';

const SECRETS = [
  'INPUT_GITHUB-TOKEN',
  'GITHUB_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_CACHE_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_SERVICE_V2',
  'COSIGN_PASSWORD',
  'AWS_SECRET_ACCESS_KEY',
] as const;
type Secret = (typeof SECRETS)[number];

let dir: string;
let source: NodeJS.ProcessEnv;

const OUTPUT: Record<string, string> = {
  docker: 'github.com/docker/buildx v0.30.0 deadbeef',
  syft: 'Version: 1.57.0',
  trivy: 'Version: 0.74.0',
  cosign: 'GitVersion: v2.6.5',
  git: '',
};

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'gcc-tool-env-'));
  for (const [tool, out] of Object.entries(OUTPUT)) {
    writeFileSync(
      path.join(dir, tool),
      `#!/bin/sh\n/usr/bin/env > '${path.join(dir, `${tool}.env`)}'\necho '${out}'\n`,
      { mode: 0o755 },
    );
  }
  source = {
    PATH: `${dir}:/usr/bin:/bin`,
    HOME: '/home/runner',
    HTTPS_PROXY: 'http://proxy:3128',
    no_proxy: 'localhost',
    TMPDIR: '/tmp',
    SSL_CERT_FILE: '/etc/ssl/cert.pem',
    DOCKER_CONFIG: '/home/runner/.docker',
    BUILDX_BUILDER: 'b',
    SYFT_PARALLELISM: '2',
    TRIVY_DB_REPOSITORY: 'mirror/trivy-db',
    COSIGN_YES: 'true',
    UNRELATED: 'x',
    ...Object.fromEntries(SECRETS.map((s) => [s, `value-of-${s}`])),
  };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function seen(tool: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of readFileSync(path.join(dir, `${tool}.env`), 'utf8').split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

function secretsSeen(tool: string): Secret[] {
  const env = seen(tool);
  return SECRETS.filter((s) => s in env);
}

const request = (over: Partial<BuildRequest> = {}): BuildRequest => ({
  contextDir: dir,
  dockerfile: path.join(dir, 'Dockerfile'),
  platforms: [],
  tags: [],
  outputs: [{ kind: 'cacheonly' }],
  buildArgs: {},
  labels: {},
  metadataFile: path.join(dir, 'metadata.json'),
  ...over,
});

describe('each tool wrapper runs its tool with an allow-listed environment', () => {
  it('syft sees none of the job secrets, and its own variables, proxies, PATH, HOME', async () => {
    await new Syft(source).version();
    expect(secretsSeen('syft')).toEqual([]);
    expect(seen('syft')).toMatchObject({
      SYFT_PARALLELISM: '2',
      SYFT_CHECK_FOR_APP_UPDATE: 'false',
      HTTPS_PROXY: 'http://proxy:3128',
      no_proxy: 'localhost',
      HOME: '/home/runner',
      TMPDIR: '/tmp',
      SSL_CERT_FILE: '/etc/ssl/cert.pem',
    });
    expect(seen('syft')).not.toHaveProperty('UNRELATED');
    expect(seen('syft')).not.toHaveProperty('TRIVY_DB_REPOSITORY');
  });

  it('trivy sees none of the job secrets', async () => {
    await new Trivy(source).version();
    expect(secretsSeen('trivy')).toEqual([]);
    expect(seen('trivy')).toMatchObject({ TRIVY_DB_REPOSITORY: 'mirror/trivy-db' });
    expect(seen('trivy')).not.toHaveProperty('COSIGN_YES');
  });

  it('cosign signing with a key sees COSIGN_PASSWORD and no OIDC request variables', async () => {
    const image = `r.example/a@sha256:${'a'.repeat(64)}`;
    const o = { major: 2, offline: true, allowHttpRegistry: false };
    await new Cosign(source).sign(image, { kind: 'key', ref: 'cosign.key' }, o);
    expect(secretsSeen('cosign')).toEqual(['COSIGN_PASSWORD']);
  });

  it('cosign signing keyless sees the OIDC request variables, and nothing of GitHub or the cache service', async () => {
    const image = `r.example/a@sha256:${'a'.repeat(64)}`;
    const o = { major: 2, offline: false, allowHttpRegistry: false };
    await new Cosign(source).sign(image, { kind: 'keyless' }, o);
    expect(secretsSeen('cosign')).toEqual([
      'ACTIONS_ID_TOKEN_REQUEST_URL',
      'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
      'COSIGN_PASSWORD',
    ]);
    await new Cosign(source).verify(image, { kind: 'keyless' }, o, { identity: 'x', issuer: 'y' });
    expect(secretsSeen('cosign')).toEqual(['COSIGN_PASSWORD']);
    await new Cosign(source).major();
    expect(secretsSeen('cosign')).toEqual(['COSIGN_PASSWORD']);
  });

  it('cosign with a KMS key sees its cloud credentials; an env:// key its one variable', async () => {
    const image = `r.example/a@sha256:${'a'.repeat(64)}`;
    const o = { major: 2, offline: true, allowHttpRegistry: false };
    await new Cosign(source).sign(image, { kind: 'key', ref: 'awskms:///alias/k' }, o);
    expect(secretsSeen('cosign')).toEqual(['COSIGN_PASSWORD', 'AWS_SECRET_ACCESS_KEY']);
    await new Cosign({ ...source, MY_KEY: 'pem' }).sign(image, { kind: 'key', ref: 'env://MY_KEY' }, o);
    expect(seen('cosign')).toHaveProperty('MY_KEY', 'pem');
    expect(secretsSeen('cosign')).toEqual(['COSIGN_PASSWORD']);
  });

  it('buildx without a gha cache sees none of the job secrets', async () => {
    await new Buildx(source).build(request({ cacheFrom: ['type=local,src=/x'] }));
    expect(secretsSeen('docker')).toEqual([]);
    expect(seen('docker')).toMatchObject({ DOCKER_CONFIG: '/home/runner/.docker', BUILDX_BUILDER: 'b' });
    await new Buildx(source).version();
    expect(secretsSeen('docker')).toEqual([]);
  });

  it('buildx with layer-cache gha sees the Actions cache service, and nothing else secret', async () => {
    await new Buildx(source).build(
      request({ cacheFrom: ['type=gha,scope=s'], cacheTo: ['type=gha,scope=s,mode=max'] }),
    );
    expect(secretsSeen('docker')).toEqual([
      'ACTIONS_RUNTIME_TOKEN',
      'ACTIONS_CACHE_URL',
      'ACTIONS_RESULTS_URL',
      'ACTIONS_CACHE_SERVICE_V2',
    ]);
  });

  it('buildx sees the variables its --secret env= specs name', async () => {
    await new Buildx({ ...source, GOPROXY: 'https://u:p@proxy' }).build(
      request({ secrets: ['id=goproxy,env=GOPROXY'] }),
    );
    expect(seen('docker')).toHaveProperty('GOPROXY', 'https://u:p@proxy');
    expect(secretsSeen('docker')).toEqual([]);
  });

  it('any other program run without an explicit environment gets the base grant only', async () => {
    const saved = { ...process.env };
    Object.assign(process.env, source);
    try {
      await run('git', ['--version']);
    } finally {
      for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
      Object.assign(process.env, saved);
    }
    expect(secretsSeen('git')).toEqual([]);
    expect(seen('git')).not.toHaveProperty('UNRELATED');
  });

  it('declares a policy for every tool it runs, and no tool but cosign gets COSIGN_PASSWORD', () => {
    for (const tool of Object.keys(TOOL_ENV_POLICY) as (keyof typeof TOOL_ENV_POLICY)[]) {
      const env = childEnv(tool, source, { keyless: true, ghaCache: true, kmsKey: true });
      if (tool !== 'cosign') expect(env).not.toHaveProperty('COSIGN_PASSWORD');
      if (tool !== 'cosign') expect(env).not.toHaveProperty('ACTIONS_ID_TOKEN_REQUEST_TOKEN');
      if (tool !== 'docker') expect(env).not.toHaveProperty('ACTIONS_RUNTIME_TOKEN');
      expect(env).not.toHaveProperty('GITHUB_TOKEN');
      expect(env).not.toHaveProperty('INPUT_GITHUB-TOKEN');
    }
  });
});
