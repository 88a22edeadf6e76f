import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  bootstrapBuilder,
  builderEnvNeeds,
  inspectBuilder,
  danceSupport,
  describeBuilder,
  parseBuilderInspect,
  parseDriverOptions,
  type BuilderInfo,
} from '../../src/tools/builder-info.js';
import { checkDanceBuilder } from '../../src/cache/builder-check.js';
import { childEnv } from '../../src/tools/env-policy.js';

// As buildx v0.38 prints it (commands/inspect.go: a tabwriter, indented sub-sections).
const REMOTE_TLS = `Name:          ci-remote
Driver:        remote
Last Activity: 2026-12-01 23:10:00 +0000 UTC

Nodes:
Name:                  ci-remote0
Endpoint:              tcp://127.0.0.1:41234
Driver Options:        cacert="/tmp/certs/ca.pem" cert="/tmp/certs/client.pem" key="/tmp/certs/client-key.pem"
Status:                running
BuildKit daemon flags: --allow-insecure-entitlement=network.host
BuildKit version:      v0.34.2
Platforms:             linux/amd64, linux/amd64/v2, linux/386
Labels:
 org.mobyproject.buildkit.worker.executor:    oci
 org.mobyproject.buildkit.worker.hostname:    runner
GC Policy rule#0:
 All:            false
 Filters:        type==source.local,type==exec.cachemount,type==source.git.checkout
 Keep Duration:  48h0m0s
`;

const KUBERNETES = `Name:   k8s
Driver: kubernetes

Nodes:
Name:           k8s0
Endpoint:       kubernetes:///k8s?deployment=buildkit-k8s0&kubeconfig=
Driver Options: namespace="ci" replicas="3" loadbalance="random"
Status:         running
BuildKit version: v0.34.2
Platforms:      linux/amd64*
`;

const TWO_NODES = `Name:   multi
Driver: docker-container

Nodes:
Name:      multi0
Endpoint:  unix:///var/run/docker.sock
Status:    running
Platforms: linux/amd64

Name:      multi1
Endpoint:  ssh://ubuntu@10.0.0.4
Status:    running
Platforms: linux/arm64*, linux/arm/v7
`;

const UNREACHABLE = `Name:   ci-remote
Driver: remote

Nodes:
Name:     ci-remote0
Endpoint: tcp://127.0.0.1:41234
Error:    Unavailable: connection error: desc = "transport: authentication handshake failed: remote error: tls: certificate required"
`;

describe('parseBuilderInspect', () => {
  it('reads a remote builder over TLS: endpoint, status, version, platforms, driver options; skips sub-sections', () => {
    expect(parseBuilderInspect(REMOTE_TLS)).toEqual({
      name: 'ci-remote',
      driver: 'remote',
      nodes: [
        {
          name: 'ci-remote0',
          endpoint: 'tcp://127.0.0.1:41234',
          status: 'running',
          buildkitVersion: 'v0.34.2',
          platforms: ['linux/amd64', 'linux/amd64/v2', 'linux/386'],
          driverOptions: {
            cacert: '/tmp/certs/ca.pem',
            cert: '/tmp/certs/client.pem',
            key: '/tmp/certs/client-key.pem',
          },
        },
      ],
    });
  });

  it('reads several nodes, manual platforms (*) and a node error', () => {
    const multi = parseBuilderInspect(TWO_NODES);
    expect(multi.nodes.map((n) => [n.name, n.endpoint, n.platforms])).toEqual([
      ['multi0', 'unix:///var/run/docker.sock', ['linux/amd64']],
      ['multi1', 'ssh://ubuntu@10.0.0.4', ['linux/arm64', 'linux/arm/v7']],
    ]);
    const down = parseBuilderInspect(UNREACHABLE);
    expect(down.nodes[0]?.error).toMatch(/certificate required/);
    expect(down.nodes[0]?.status).toBeUndefined();
  });

  it('reads the older `Buildkit:` line and a builder-level error', () => {
    const old = parseBuilderInspect('Name: a\nDriver: docker\nError: no such builder\n');
    expect(old).toEqual({ name: 'a', driver: 'docker', nodes: [], error: 'no such builder' });
    expect(
      parseBuilderInspect('Name: a\nDriver: docker\n\nNodes:\nName: a\nBuildkit: v0.10.3\n').nodes[0],
    ).toMatchObject({ buildkitVersion: 'v0.10.3' });
  });

  it('never throws, and unknown text is driver unknown with no nodes', () => {
    expect(parseBuilderInspect('')).toEqual({ driver: 'unknown', nodes: [] });
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        const info = parseBuilderInspect(s);
        expect(typeof info.driver).toBe('string');
      }),
    );
  });

  it('reads driver options as Go quotes them', () => {
    expect(parseDriverOptions('a="1" b="x \\"y\\"" c="" d=plain')).toEqual({
      a: '1',
      b: 'x "y"',
      c: '',
      d: 'plain',
    });
  });
});

describe('describeBuilder', () => {
  it('names the driver, the builder and each node, with credentials in endpoints hidden', () => {
    expect(describeBuilder(parseBuilderInspect(REMOTE_TLS))).toBe(
      'remote builder ci-remote (1 node: tcp://127.0.0.1:41234 running, BuildKit v0.34.2)',
    );
    const info: BuilderInfo = {
      driver: 'remote',
      nodes: [{ name: 'n0', endpoint: 'tcp://user:pw@host:1234', platforms: [], driverOptions: {} }],
    };
    expect(describeBuilder(info)).toBe('remote builder (current) (1 node: tcp://***@host:1234)');
  });
});

describe('danceSupport', () => {
  it('takes part with a remote builder, with a note on long-lived daemons', () => {
    const v = danceSupport(parseBuilderInspect(REMOTE_TLS));
    expect(v).toEqual({ ok: true, note: expect.stringContaining('skip: cache-restore,cache-save') });
  });

  it('refuses kubernetes with several replicas, and says why and what to do', () => {
    const v = danceSupport(parseBuilderInspect(KUBERNETES));
    expect(v.ok).toBe(false);
    if (!v.ok) {
      expect(v.reason).toMatch(/3 replicas/);
      expect(v.reason).toMatch(/loadbalance=random/);
      expect(v.reason).toMatch(/replicas=1/);
    }
  });

  it('takes part with a one-replica kubernetes builder: the cache mounts live in the pod', () => {
    const one = parseBuilderInspect(KUBERNETES.replace('replicas="3"', 'replicas="1"'));
    const v = danceSupport(one);
    expect(v).toEqual({ ok: true, note: expect.stringMatching(/live in its pod.*cache-restore,cache-save/) });
  });

  it('refuses an unreachable builder, notes several nodes, and says nothing for docker-container', () => {
    // A remote daemon refusing the client's certificate: buildx shows the node inactive, with no error.
    const refused = danceSupport(parseBuilderInspect(REMOTE_TLS.replace('running', 'inactive')));
    expect(refused).toEqual({
      ok: false,
      reason: expect.stringMatching(/at tcp:\/\/127\.0\.0\.1:41234 is inactive: .*TLS certificate/),
    });
    const booting = TWO_NODES.split('\n\nName:      multi1')[0]?.replace('running', 'inactive') as string;
    expect(danceSupport(parseBuilderInspect(booting))).toEqual({ ok: true });
    const down = danceSupport(parseBuilderInspect(UNREACHABLE));
    expect(down).toEqual({
      ok: false,
      reason: expect.stringMatching(/cannot be reached.*certificate required/),
    });
    expect(danceSupport(parseBuilderInspect(TWO_NODES))).toEqual({
      ok: true,
      note: expect.stringMatching(/2 nodes.*first node only/),
    });
    const single = TWO_NODES.split('\n\nName:      multi1')[0] as string;
    expect(danceSupport(parseBuilderInspect(single))).toEqual({ ok: true });
  });
});

describe('checkDanceBuilder', () => {
  const logger = () => {
    const lines: string[] = [];
    return {
      lines,
      info: (m: string) => lines.push(`info: ${m}`),
      warning: (m: string) => lines.push(`warning: ${m}`),
    };
  };

  it('logs the builder it goes through, and the note', async () => {
    const log = logger();
    const r = await checkDanceBuilder('ci-remote', log, async () => parseBuilderInspect(REMOTE_TLS));
    expect(r).toEqual({ description: expect.stringContaining('remote builder ci-remote') });
    expect(log.lines[0]).toMatch(/^info: Go caches go through the remote builder ci-remote/);
    expect(log.lines[1]).toMatch(/^info: .*skip: cache-restore,cache-save/);
  });

  it('warns clearly when the builder cannot take part', async () => {
    const log = logger();
    const r = await checkDanceBuilder('k8s', log, async () => parseBuilderInspect(KUBERNETES));
    expect(r.refused).toMatch(/3 replicas/);
    expect(log.lines).toEqual([
      expect.stringMatching(
        /^warning: the Go caches are neither restored nor saved with this builder: .*3 replicas/,
      ),
    ]);
  });

  it('goes on with a warning when the builder cannot be inspected', async () => {
    const log = logger();
    const r = await checkDanceBuilder(undefined, log, async () => {
      throw new Error('docker buildx inspect exited with code 1\nmore');
    });
    expect(r).toEqual({});
    expect(log.lines).toEqual([
      'warning: could not inspect the builder (current); the Go caches are tried anyway: docker buildx inspect exited with code 1',
    ]);
  });
});

describe('buildx environment for remote and kubernetes drivers', () => {
  it('passes KUBECONFIG, the in-cluster service variables, DOCKER_* and BUILDX_*, and no job secret', () => {
    const env = childEnv('docker', {
      PATH: '/usr/bin',
      KUBECONFIG: '/home/runner/.kube/config',
      KUBERNETES_SERVICE_HOST: '10.0.0.1',
      KUBERNETES_SERVICE_PORT: '443',
      DOCKER_HOST: 'tcp://127.0.0.1:2376',
      DOCKER_TLS_VERIFY: '1',
      DOCKER_CERT_PATH: '/certs',
      BUILDX_BUILDER: 'ci',
      BUILDX_CONFIG: '/home/runner/.docker/buildx',
      GITHUB_TOKEN: 'ghs_x',
      ACTIONS_RUNTIME_TOKEN: 'x',
    });
    expect(env).toEqual({
      PATH: '/usr/bin',
      KUBECONFIG: '/home/runner/.kube/config',
      KUBERNETES_SERVICE_HOST: '10.0.0.1',
      KUBERNETES_SERVICE_PORT: '443',
      DOCKER_HOST: 'tcp://127.0.0.1:2376',
      DOCKER_TLS_VERIFY: '1',
      DOCKER_CERT_PATH: '/certs',
      BUILDX_BUILDER: 'ci',
      BUILDX_CONFIG: '/home/runner/.docker/buildx',
    });
  });
});

describe('kubernetes credentials', () => {
  const job = {
    PATH: '/usr/bin',
    KUBECONFIG: '/k',
    AWS_ACCESS_KEY_ID: 'a',
    AWS_SECRET_ACCESS_KEY: 's',
    AAD_LOGIN_METHOD: 'workloadidentity',
    USE_GKE_GCLOUD_AUTH_PLUGIN: 'True',
    GITHUB_TOKEN: 'ghs_x',
  };

  it("reach buildx only for a kubernetes builder (its kubeconfig's credential plugin)", () => {
    expect(builderEnvNeeds('kubernetes')).toEqual({ kubeAuth: true });
    for (const driver of ['remote', 'docker-container', 'cloud', 'docker', undefined]) {
      expect(builderEnvNeeds(driver)).toEqual({});
    }
    expect(childEnv('docker', job)).toEqual({ PATH: '/usr/bin', KUBECONFIG: '/k' });
    expect(childEnv('docker', job, builderEnvNeeds('kubernetes'))).toEqual({
      PATH: '/usr/bin',
      KUBECONFIG: '/k',
      AWS_ACCESS_KEY_ID: 'a',
      AWS_SECRET_ACCESS_KEY: 's',
      AAD_LOGIN_METHOD: 'workloadidentity',
      USE_GKE_GCLOUD_AUTH_PLUGIN: 'True',
    });
  });
});

describe('inspectBuilder and bootstrapBuilder with a docker on PATH that prints what buildx prints', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'gcc-builder-info-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A fake docker: records its arguments and environment per call, prints `output`. */
  function fakeDocker(output: string): NodeJS.ProcessEnv {
    writeFileSync(path.join(dir, 'out.txt'), output);
    writeFileSync(path.join(dir, 'calls.txt'), '');
    writeFileSync(
      path.join(dir, 'docker'),
      `#!/bin/sh\necho "$* | AWS=\${AWS_SECRET_ACCESS_KEY:-none} KUBECONFIG=\${KUBECONFIG:-none}" >> '${dir}/calls.txt'\ncat '${dir}/out.txt'\n`,
      { mode: 0o755 },
    );
    return { PATH: `${dir}:/usr/bin:/bin`, KUBECONFIG: '/k', AWS_SECRET_ACCESS_KEY: 's', GITHUB_TOKEN: 'x' };
  }
  const calls = () => readFileSync(path.join(dir, 'calls.txt'), 'utf8').trim().split('\n');

  it('asks a remote builder once, without cloud credentials', async () => {
    const info = await inspectBuilder('ci-remote', fakeDocker(REMOTE_TLS));
    expect(info.driver).toBe('remote');
    expect(calls()).toEqual(['buildx inspect --builder ci-remote | AWS=none KUBECONFIG=/k']);
  });

  it("asks a kubernetes builder again with its kubeconfig plugin's credentials", async () => {
    await inspectBuilder('k8s', fakeDocker(KUBERNETES));
    expect(calls()).toEqual([
      'buildx inspect --builder k8s | AWS=none KUBECONFIG=/k',
      'buildx inspect --builder k8s | AWS=s KUBECONFIG=/k',
    ]);
  });

  it('bootstraps, and fails naming the node that does not answer', async () => {
    await expect(bootstrapBuilder('ci-remote', fakeDocker(REMOTE_TLS))).resolves.toMatchObject({
      driver: 'remote',
    });
    expect(calls()[1]).toBe('buildx inspect --bootstrap --builder ci-remote | AWS=none KUBECONFIG=/k');
    await expect(
      bootstrapBuilder('ci-remote', fakeDocker(REMOTE_TLS.replace('running', 'inactive'))),
    ).rejects.toThrow(/remote builder ci-remote .* does not answer: ci-remote0 inactive/);
    await expect(bootstrapBuilder('ci-remote', fakeDocker(UNREACHABLE))).rejects.toThrow(
      /certificate required/,
    );
  });
});
