/**
 * Issue 16 Medium 5: credentials in job-env Go variables never reach what is shown or stored (snapshot,
 * findings) nor argv (build args); a hash still shows that they changed.
 */
import fc from 'fast-check';
import { redactCredentials, stripCredentials, valueHash, REDACTED } from '../../../src/snapshot/redact.js';
import { diffSnapshots, redactSnapshot, takeSnapshot } from '../../../src/snapshot/snapshot.js';
import { snapshotFindings } from '../../../src/features/snapshot/stage.js';
import { forwardedJobEnv } from '../../../src/buildplan/request.js';
import { buildxBuildArgs } from '../../../src/tools/buildx.js';

const secretArb = fc.stringMatching(/^[A-Z0-9%!$~*_.-]{6,24}$/);
const userArb = fc.stringMatching(/^[a-z0-9._-]{1,12}$/);
const hostArb = fc.stringMatching(/^[a-z][a-z0-9.-]{0,20}(:[0-9]{2,5})?$/);
const schemeArb = fc.constantFrom('https', 'http', 'git+ssh', 'file');

describe('redactCredentials (properties)', () => {
  it('never keeps a URL password, whatever the list around it', () => {
    fc.assert(
      fc.property(
        schemeArb,
        userArb,
        secretArb,
        hostArb,
        fc.constantFrom(',', '|'),
        (scheme, user, pw, host, sep) => {
          const value = `${scheme}://${user}:${pw}@${host}/path${sep}direct`;
          const r = redactCredentials(value);
          expect(r.redacted).toBe(true);
          expect(r.text).not.toContain(pw);
          expect(r.text).toContain(`${scheme}://${REDACTED}@${host}`);
          expect(r.text.endsWith(`${sep}direct`)).toBe(true);
        },
      ),
    );
  });

  it('a password holding @ is redacted whole', () => {
    const r = redactCredentials('https://u:p@ss@w0rd@proxy.example/x');
    expect(r.text).toBe('https://***@proxy.example/x');
  });

  it('is idempotent, and marks exactly the values it changed', () => {
    fc.assert(
      fc.property(fc.string(), (v) => {
        const once = redactCredentials(v);
        expect(redactCredentials(once.text).text).toBe(once.text);
        expect(once.redacted).toBe(once.text !== v);
      }),
    );
  });

  it('leaves credential-free Go values alone', () => {
    for (const v of [
      'https://proxy.golang.org,direct',
      'off',
      'sum.golang.org',
      '*.corp.example.com,rsc.io/private',
      '-mod=readonly -trimpath',
      'https://goproxy.io|https://proxy.golang.org|direct',
      'linux',
    ])
      expect(redactCredentials(v)).toEqual({ text: v, redacted: false });
  });

  it('redacts token parameters and token-shaped words', () => {
    expect(redactCredentials('https://p.example/?token=abc123&x=1').text).toBe(
      'https://p.example/?token=***&x=1',
    );
    expect(redactCredentials(`ghp_${'a'.repeat(36)}`).text).toBe('***');
    expect(redactCredentials('AKIAABCDEFGHIJKLMNOP').text).toBe('***');
  });

  it('strips userinfo when that is the only credential; refuses when another remains', () => {
    expect(stripCredentials('http://user:s3cret@127.0.0.1:5001')).toBe('http://127.0.0.1:5001');
    expect(stripCredentials('http://u:p@h/?token=x')).toBeUndefined();
  });
});

const DOCKERFILE = `FROM golang:1.24 AS build
ARG GOPROXY
ARG GOFLAGS
RUN go build ./...
`;

describe('the snapshot and the build with GOPROXY=http://user:s3cret@…', () => {
  const jobEnv = { GOPROXY: 'http://user:s3cret@127.0.0.1:5001', GOFLAGS: '-trimpath', GOSUMDB: 'off' };
  const full = takeSnapshot({
    dockerfileText: DOCKERFILE,
    platforms: ['linux/amd64'],
    buildArgs: {},
    jobEnv,
    defaultPlatform: 'linux/amd64',
  });
  const shown = redactSnapshot(full);

  it('the redacted snapshot (JSON file, cache, reports) holds no credential, and a hash of it', () => {
    const json = JSON.stringify(shown);
    expect(json).not.toContain('s3cret');
    expect(json).not.toContain('user:');
    expect(shown.stages[0]?.vars.GOPROXY).toMatchObject({
      value: 'http://***@127.0.0.1:5001',
      valueSha256: valueHash(jobEnv.GOPROXY),
    });
    expect(shown.stages[0]?.vars.GOFLAGS?.value).toBe('-trimpath');
  });

  it('findings from it hold no credential', () => {
    const json = JSON.stringify(snapshotFindings(shown, 'Dockerfile', { ...process.env, ...jobEnv }));
    expect(json).toContain('GOSUMDB');
    expect(json).not.toContain('s3cret');
  });

  it('a changed credential is still a change', () => {
    const rotated = redactSnapshot(
      takeSnapshot({
        dockerfileText: DOCKERFILE,
        platforms: ['linux/amd64'],
        buildArgs: {},
        jobEnv: { ...jobEnv, GOPROXY: 'http://user:rotated@127.0.0.1:5001' },
        defaultPlatform: 'linux/amd64',
      }),
    );
    const changes = diffSnapshots(shown, rotated);
    expect(changes.map((c) => c.name)).toEqual(['GOPROXY']);
    expect(JSON.stringify(changes)).not.toMatch(/s3cret|rotated/);
  });

  it('reaches the build as a BuildKit secret, and as a build arg only without its userinfo', () => {
    const f = forwardedJobEnv(['GOPROXY', 'GOFLAGS'], jobEnv);
    expect(f.secrets).toEqual(['id=goproxy,env=GOPROXY']);
    expect(f.buildArgs).toEqual({ GOPROXY: 'http://127.0.0.1:5001', GOFLAGS: '-trimpath' });
    const argv = buildxBuildArgs({
      contextDir: '/ctx',
      dockerfile: '/ctx/Dockerfile',
      platforms: [],
      tags: [],
      outputs: [{ kind: 'cacheonly' }],
      buildArgs: f.buildArgs,
      labels: {},
      metadataFile: '/tmp/m.json',
      secrets: f.secrets,
    });
    expect(argv.join(' ')).not.toContain('s3cret');
    expect(argv).toContain('id=goproxy,env=GOPROXY');
  });

  it('a secret id the user already declared is not declared twice', () => {
    expect(forwardedJobEnv(['GOPROXY'], jobEnv, ['goproxy']).secrets).toEqual([]);
  });
});
