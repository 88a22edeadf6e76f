/**
 * A layer-cache backend BuildKit cannot configure is read from buildx's output, and the build is made again
 * without the layer cache with one warning (the end-to-end proof is test/e2e/act-workflow.test.ts, where the
 * real buildx under nektos/act gets a malformed runtime token).
 */
import fc from 'fast-check';
import { cacheBackendFailure, cacheFallbackWarning } from '../../src/tools/buildx-cache-errors.js';
import { buildFallingBackWithoutLayerCache } from '../../src/features/build/attempt.js';
import { ToolFailedError } from '../../src/tools/exec.js';
import type { Buildx, BuildRequest } from '../../src/tools/buildx.js';

const EXPORTER =
  'ERROR: failed to build: failed to solve: failed to configure gha cache exporter: token is malformed: token contains an invalid number of segments';

describe('cacheBackendFailure (pure)', () => {
  it('reads the exporter failure buildx prints for a malformed runner token', () => {
    expect(cacheBackendFailure(EXPORTER)).toEqual({
      type: 'gha',
      role: 'exporter',
      reason: 'token is malformed: token contains an invalid number of segments',
    });
  });
  it('reads importer failures of any type, inside a longer log', () => {
    const log = `#1 [internal] load build definition\nfailed to configure registry cache importer: invalid reference\n#2 DONE`;
    expect(cacheBackendFailure(log)).toMatchObject({
      type: 'registry',
      role: 'importer',
      reason: 'invalid reference',
    });
  });
  it('is undefined for other failures (a failing RUN, a push refused)', () => {
    for (const text of [
      'ERROR: failed to build: failed to solve: process "/bin/sh -c go build" did not complete successfully: exit code: 1',
      'failed to push 127.0.0.1:5000/x: connection refused',
      'failed to configure',
      '',
    ])
      expect(cacheBackendFailure(text)).toBeUndefined();
  });
  it('never throws and keeps the reason short, on hostile text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), fc.string({ maxLength: 2000 }), (a, b) => {
        const f = cacheBackendFailure(`${a}failed to configure gha cache exporter: ${b}`);
        expect(f?.type).toBeDefined();
        expect((f?.reason ?? '').length).toBeLessThanOrEqual(200);
        expect(f?.reason).not.toMatch(/\n/);
      }),
    );
  });
  it('says what happened in one line', () => {
    const w = cacheFallbackWarning({ type: 'gha', role: 'exporter', reason: 'token is malformed' });
    expect(w).toMatch(/type=gha.*token is malformed.*built again without the layer cache/);
    expect(w).not.toMatch(/\n/);
  });
});

describe('buildFallingBackWithoutLayerCache', () => {
  const req = {
    cacheFrom: ['type=gha,scope=s'],
    cacheTo: ['type=gha,scope=s,mode=max'],
  } as unknown as BuildRequest;
  const outcome = { metadata: {}, steps: [], durationMs: 1 };
  const fakeBuildx = (fail: (r: BuildRequest) => Error | undefined) => {
    const seen: BuildRequest[] = [];
    const buildx = {
      build: async (r: BuildRequest) => {
        seen.push(r);
        const e = fail(r);
        if (e) throw e;
        return outcome;
      },
    } as unknown as Buildx;
    return { buildx, seen };
  };
  const log = () => {
    const warnings: string[] = [];
    return { warnings, info: () => undefined, warning: (m: string) => void warnings.push(m) };
  };

  it('builds again without the layer cache, warns once, and later attempts go without it', async () => {
    const { buildx, seen } = fakeBuildx((r) =>
      (r.cacheTo ?? []).length
        ? new ToolFailedError('docker buildx', ['buildx'], 1, null, EXPORTER)
        : undefined,
    );
    const l = log();
    const attempt = buildFallingBackWithoutLayerCache(buildx, req, l);
    await expect(attempt()).resolves.toBe(outcome);
    await expect(attempt()).resolves.toBe(outcome);
    expect(seen.map((r) => (r.cacheTo ?? []).length)).toEqual([1, 0, 0]);
    expect(l.warnings).toHaveLength(1);
  });
  it('rethrows any other failure untouched', async () => {
    const boom = new Error('exit code: 1');
    const { buildx, seen } = fakeBuildx(() => boom);
    await expect(buildFallingBackWithoutLayerCache(buildx, req, log())()).rejects.toBe(boom);
    expect(seen).toHaveLength(1);
  });
});
