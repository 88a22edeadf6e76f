import fc from 'fast-check';
import { buildxBuildArgs } from '../../src/tools/buildx.js';
import { BuildProgress, parseBuildMetadata } from '../../src/tools/buildx-metadata.js';

const base = {
  contextDir: '/w/app',
  dockerfile: '/w/app/Dockerfile',
  platforms: [],
  tags: [],
  outputs: [],
  buildArgs: {},
  labels: {},
  metadataFile: '/tmp/m.json',
  iidFile: '/tmp/iid',
};

describe('buildxBuildArgs', () => {
  it('builds an argument array with the context after --', () => {
    const args = buildxBuildArgs({
      ...base,
      target: 'runtime',
      platforms: ['linux/amd64', 'linux/arm64'],
      tags: ['r/a:1', 'r/a:latest'],
      outputs: [{ kind: 'load' }, { kind: 'oci', dest: '/tmp/o.tar' }],
      buildArgs: { GOFLAGS: '-tags=a b' },
      labels: { 'org.opencontainers.image.revision': 'abc' },
      builder: 'gcc-local',
    });
    expect(args).toEqual([
      'buildx',
      'build',
      '--progress=rawjson',
      '--builder',
      'gcc-local',
      '--file',
      '/w/app/Dockerfile',
      '--target',
      'runtime',
      '--platform',
      'linux/amd64,linux/arm64',
      '--tag',
      'r/a:1',
      '--tag',
      'r/a:latest',
      '--build-arg',
      'GOFLAGS=-tags=a b',
      '--label',
      'org.opencontainers.image.revision=abc',
      '--output',
      'type=docker',
      '--output',
      'type=oci,dest=/tmp/o.tar',
      '--metadata-file',
      '/tmp/m.json',
      '--iidfile',
      '/tmp/iid',
      '--',
      '/w/app',
    ]);
  });
  it('keeps a context that looks like a flag a positional', () => {
    const args = buildxBuildArgs({ ...base, contextDir: '--push' });
    expect(args.slice(-2)).toEqual(['--', '--push']);
  });
});

describe('parseBuildMetadata', () => {
  const d = 'sha256:' + 'a'.repeat(64);
  it('reads digest, config digest and names', () => {
    const m = parseBuildMetadata(
      JSON.stringify({
        'containerimage.digest': d,
        'containerimage.config.digest': 'sha256:' + 'c'.repeat(64),
        'image.name': 'a:1,b:2',
        'buildx.build.ref': 'x/y/z',
      }),
    );
    expect(m.digest).toBe(d);
    expect(m.configDigest).toBe('sha256:' + 'c'.repeat(64));
    expect(m.imageNames).toEqual(['a:1', 'b:2']);
  });
  it('falls back to the descriptor digest and ignores junk', () => {
    expect(parseBuildMetadata(JSON.stringify({ 'containerimage.descriptor': { digest: d } })).digest).toBe(d);
    expect(parseBuildMetadata(JSON.stringify({ 'containerimage.digest': 'nope' })).digest).toBeUndefined();
    expect(parseBuildMetadata('{}').imageNames).toEqual([]);
  });
  it('fails clearly on non-JSON', () => {
    expect(() => parseBuildMetadata('not json')).toThrow(/buildx metadata file is not JSON/);
    expect(() => parseBuildMetadata('[]')).toThrow(/not a JSON object/);
  });
});

describe('BuildProgress', () => {
  const line = (o: unknown) => JSON.stringify(o);
  it('merges vertex updates into steps with durations and cache hits', () => {
    const p = new BuildProgress();
    p.addLine(
      line({
        vertexes: [
          { digest: 'sha256:1', name: '[build 2/4] RUN go mod download', started: '2026-01-01T00:00:00Z' },
        ],
      }),
    );
    p.addLine(
      line({
        vertexes: [
          {
            digest: 'sha256:1',
            name: '[build 2/4] RUN go mod download',
            started: '2026-01-01T00:00:00Z',
            completed: '2026-01-01T00:00:02.5Z',
          },
        ],
      }),
    );
    p.addLine(
      line({
        vertexes: [
          {
            digest: 'sha256:2',
            name: '[build 1/4] FROM golang',
            cached: true,
            started: '2025-12-31T23:59:59Z',
            completed: '2025-12-31T23:59:59Z',
          },
        ],
      }),
    );
    p.addLine('WARNING: not json');
    expect(p.steps()).toEqual([
      {
        digest: 'sha256:2',
        name: '[build 1/4] FROM golang',
        cached: true,
        started: '2025-12-31T23:59:59Z',
        completed: '2025-12-31T23:59:59Z',
        durationMs: 0,
      },
      {
        digest: 'sha256:1',
        name: '[build 2/4] RUN go mod download',
        cached: false,
        started: '2026-01-01T00:00:00Z',
        completed: '2026-01-01T00:00:02.5Z',
        durationMs: 2500,
      },
    ]);
  });
  it('reports the failing step with the tail of its log', () => {
    const p = new BuildProgress();
    p.addLine(
      line({
        vertexes: [
          {
            digest: 'sha256:9',
            name: '[build 3/4] RUN go build ./...',
            error: 'process did not complete successfully: exit code: 1',
          },
        ],
      }),
    );
    p.addLine(
      line({
        logs: [
          {
            vertex: 'sha256:9',
            stream: 2,
            data: Buffer.from('main.go:3:1: syntax error\n').toString('base64'),
          },
        ],
      }),
    );
    const f = p.failure();
    expect(f?.step.name).toBe('[build 3/4] RUN go build ./...');
    expect(f?.logTail).toBe('main.go:3:1: syntax error');
  });
  it('never throws on arbitrary lines', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.json()), { maxLength: 20 }), (lines) => {
        const p = new BuildProgress();
        for (const l of lines) p.addLine(l);
        p.steps();
        p.failure();
      }),
    );
  });
});

describe('builder driver and layer cache', () => {
  it('reads the driver from buildx inspect', async () => {
    const { parseBuilderDriver } = await import('../../src/tools/buildx.js');
    expect(parseBuilderDriver('Name:          gcc-local\nDriver:        remote\n')).toBe('remote');
    expect(parseBuilderDriver('nothing')).toBe('unknown');
  });
  it('chooses gha on GitHub, a directory for the CLI, nothing for the docker driver', async () => {
    const { defaultLayerCache } = await import('../../src/buildplan/request.js');
    const gh = { ACTIONS_RUNTIME_TOKEN: 't' };
    expect(defaultLayerCache('auto', 'gha', 'docker-container', '/c', 's', gh)).toEqual({
      from: ['type=gha,scope=s'],
      to: ['type=gha,scope=s,mode=max,ignore-error=true'],
    });
    expect(defaultLayerCache('auto', 'gha', 'docker-container', '/c', 's', {})).toEqual({
      from: [],
      to: [],
    });
    expect(defaultLayerCache('auto', 'local', 'remote', '/c', 's', {})).toEqual({
      from: ['type=local,src=/c'],
      to: ['type=local,dest=/c,mode=max,ignore-error=true'],
    });
    expect(defaultLayerCache('auto', 'local', 'docker', '/c', 's', {})).toEqual({ from: [], to: [] });
    expect(defaultLayerCache('none', 'gha', 'remote', '/c', 's', gh)).toEqual({ from: [], to: [] });
  });
  it('imports only, never exports, the gha cache when ACTIONS_CACHE_MODE is read (a fork)', async () => {
    const { defaultLayerCache } = await import('../../src/buildplan/request.js');
    const fork = { ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_CACHE_MODE: 'read' };
    expect(defaultLayerCache('auto', 'gha', 'remote', '/c', 's', fork)).toEqual({
      from: ['type=gha,scope=s'],
      to: [],
    });
    expect(
      defaultLayerCache('gha', 'gha', 'remote', '/c', 's', { ...fork, ACTIONS_CACHE_MODE: 'none' }),
    ).toEqual({ from: [], to: [] });
  });
  it('passes ssh specs, never key material', () => {
    const args = buildxBuildArgs({ ...base, ssh: ['default', 'github=/home/u/.ssh/id_ed25519'] });
    expect(args).toContain('--ssh');
    expect(args[args.indexOf('--ssh') + 1]).toBe('default');
  });
});
