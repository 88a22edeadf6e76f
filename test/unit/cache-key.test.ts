import { cacheKey, canonicalJson, volatileReason, type CacheKeyInputs } from '../../src/snapshot/key.js';

const base: CacheKeyInputs = {
  goEnv: { build: { GOOS: 'linux', GOARCH: 'amd64', CGO_ENABLED: '0', GOFLAGS: '-trimpath' } },
  goVersion: '1.26.8',
  platforms: ['linux/amd64', 'linux/arm64'],
  files: { 'go.sum': 'aa', 'go.mod': 'bb', Dockerfile: 'cc' },
  baseImages: ['golang:1.26.8@sha256:11', 'gcr.io/distroless/static'],
};

describe('cacheKey', () => {
  it('is stable under reordering of env, files, platforms and base images', () => {
    const reordered: CacheKeyInputs = {
      goEnv: { build: { GOFLAGS: '-trimpath', CGO_ENABLED: '0', GOARCH: 'amd64', GOOS: 'linux' } },
      goVersion: '1.26.8',
      platforms: ['linux/arm64', 'linux/amd64', 'linux/amd64'],
      files: { Dockerfile: 'cc', 'go.mod': 'bb', 'go.sum': 'aa' },
      baseImages: ['gcr.io/distroless/static', 'golang:1.26.8@sha256:11'],
    };
    expect(cacheKey(reordered)).toBe(cacheKey(base));
    expect(cacheKey(base)).toMatch(/^[a-f0-9]{32}$/);
  });

  const changes: [string, CacheKeyInputs][] = [
    ['GOOS', { ...base, goEnv: { build: { ...base.goEnv.build, GOOS: 'windows' } } }],
    ['GOARCH', { ...base, goEnv: { build: { ...base.goEnv.build, GOARCH: 'arm64' } } }],
    ['GOARM', { ...base, goEnv: { build: { ...base.goEnv.build, GOARM: '7' } } }],
    ['GOAMD64', { ...base, goEnv: { build: { ...base.goEnv.build, GOAMD64: 'v3' } } }],
    ['CGO_ENABLED', { ...base, goEnv: { build: { ...base.goEnv.build, CGO_ENABLED: '1' } } }],
    ['GOFLAGS', { ...base, goEnv: { build: { ...base.goEnv.build, GOFLAGS: '-tags=netgo' } } }],
    ['GOEXPERIMENT', { ...base, goEnv: { build: { ...base.goEnv.build, GOEXPERIMENT: 'jsonv2' } } }],
    ['stage name', { ...base, goEnv: { builder: base.goEnv.build! } }],
    ['Go version', { ...base, goVersion: '1.26.9' }],
    ['platforms', { ...base, platforms: ['linux/amd64'] }],
    ['go.sum', { ...base, files: { ...base.files, 'go.sum': 'a2' } }],
    ['go.mod', { ...base, files: { ...base.files, 'go.mod': 'b2' } }],
    ['Dockerfile', { ...base, files: { ...base.files, Dockerfile: 'c2' } }],
    ['base image digest', { ...base, baseImages: ['golang:1.26.8@sha256:22', 'gcr.io/distroless/static'] }],
  ];
  it.each(changes)('changes when %s changes alone', (_name, changed) => {
    expect(cacheKey(changed)).not.toBe(cacheKey(base));
  });
  it('gives distinct keys for every single change', () => {
    expect(new Set(changes.map(([, c]) => cacheKey(c))).size).toBe(changes.length);
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: undefined, x: 0 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"x":0,"z":1}]},"b":1}',
    );
  });
});

describe('volatileReason', () => {
  const env = { GITHUB_RUN_ID: '987654321', RUNNER_TEMP: '/home/runner/work/_temp' };
  it.each([
    ['-X main.run=987654321', /run id GITHUB_RUN_ID/],
    ['-trimpath -o /home/runner/work/_temp/x', /temporary path/],
    ['-X main.date=2026-11-24T10:00:00Z', /timestamp/],
    ['-X main.epoch=1795000000', /Unix time/],
  ])('flags %s', (value, why) => {
    expect(volatileReason(value, env)).toMatch(why);
  });
  it('accepts stable values', () => {
    expect(volatileReason('-trimpath -tags=netgo', env)).toBeUndefined();
    expect(volatileReason('https://proxy.golang.org,direct', env)).toBeUndefined();
  });
});
