/**
 * The registry unreachable on push: which buildx failures are retried (network failures of the push only),
 * the backoff between attempts, and the final error naming the registry and what to check. The end-to-end
 * version against a closed port and a 503-answering proxy is test/e2e/push-retry.test.ts.
 */
import {
  classifyPushFailure,
  PushFailedError,
  registriesOf,
  withPushRetries,
} from '../../../src/stages/push-retry.js';
import { BuildFailedError } from '../../../src/tools/buildx.js';
import { ToolFailedError } from '../../../src/tools/exec.js';
import { record } from '../../helpers/hostile.js';

const exporting = (error: string) =>
  new BuildFailedError(`build failed at step 'exporting to image': ${error}`, {
    digest: 'sha256:1',
    name: 'exporting to image',
    cached: false,
    error,
  });

const PUSH_FAILURES: readonly [string, string][] = [
  [
    'failed to push 127.0.0.1:1/test/x:1: failed to do request: Head "http://127.0.0.1:1/v2/test/x/blobs/sha256:ab": dial tcp 127.0.0.1:1: connect: connection refused',
    'connection refused',
  ],
  [
    'failed to push ghcr.io/acme/api:1: unexpected status from HEAD request to https://ghcr.io/v2/acme/api/blobs/sha256:ab: 503 Service Unavailable',
    '503 Service Unavailable',
  ],
  ['failed to push r.example/a:1: 502 Bad Gateway', '502 Bad Gateway'],
  ['failed to push r.example/a:1: unexpected status: 504 Gateway Timeout', '504 Gateway Timeout'],
  [
    'failed to push r.example/a:1: failed to do request: Put "https://r.example/v2/a/manifests/1": net/http: TLS handshake timeout',
    'TLS handshake timeout',
  ],
  [
    'failed to push r.example/a:1: failed to do request: Head "https://r.example/v2/": dial tcp 10.0.0.1:443: i/o timeout',
    'i/o timeout',
  ],
];

describe('classifyPushFailure', () => {
  it.each(PUSH_FAILURES)('retries a push that failed with: %s', (error, reason) => {
    expect(classifyPushFailure(exporting(error))).toEqual({ reason });
    // buildx without rawjson progress: only its stderr tail says what happened.
    const tool = new ToolFailedError('docker', ['buildx'], 1, null, `ERROR: failed to solve: ${error}`);
    expect(classifyPushFailure(tool)).toEqual({ reason });
  });

  it('never retries a Dockerfile step, even one that failed on the network', () => {
    const step = new BuildFailedError('build failed at step', {
      digest: 'sha256:2',
      name: '[build 3/5] RUN go mod download',
      cached: false,
      error: 'process "/bin/sh -c go mod download" did not complete: dial tcp: i/o timeout; failed to push',
    });
    expect(classifyPushFailure(step)).toBeUndefined();
  });

  it('never retries a push the registry refused for a reason that another attempt does not fix', () => {
    for (const error of [
      'failed to push r.example/a:1: unexpected status from POST request: 401 Unauthorized',
      'failed to push r.example/a:1: denied: requested access to the resource is denied',
      'failed to push r.example/a:1: failed to do request: Head "https://r.example/v2/": dial tcp: lookup r.example: no such host',
      'failed to solve: process "/bin/sh -c make" did not complete successfully: exit code: 2',
    ])
      expect(classifyPushFailure(exporting(error))).toBeUndefined();
  });

  it('never throws, whatever it is given', () => {
    for (const v of [undefined, null, 42, 'connection refused', {}, new Error(''), Object.create(null)])
      expect(classifyPushFailure(v)).toBeUndefined();
  });
});

describe('withPushRetries', () => {
  const waits: number[] = [];
  const sleep = async (ms: number) => void waits.push(ms);
  beforeEach(() => (waits.length = 0));

  it('succeeds on the third attempt after two network failures, with exponential backoff', async () => {
    let calls = 0;
    const told: string[] = [];
    const result = await withPushRetries(
      async () => {
        calls++;
        if (calls < 3) throw exporting('failed to push 127.0.0.1:9/x:1: 503 Service Unavailable');
        return 'pushed';
      },
      { registries: ['127.0.0.1:9'], sleep, onRetry: (m) => told.push(m) },
    );
    expect(result).toBe('pushed');
    expect(calls).toBe(3);
    expect(waits).toEqual([2000, 4000]);
    expect(told).toEqual([
      'push to 127.0.0.1:9 failed (503 Service Unavailable); retrying in 2.0 s (attempt 2 of 3)',
      'push to 127.0.0.1:9 failed (503 Service Unavailable); retrying in 4.0 s (attempt 3 of 3)',
    ]);
  });

  it('gives up after 3 attempts with an error naming the registry and what to check', async () => {
    let calls = 0;
    const err = await withPushRetries(
      async () => {
        calls++;
        throw exporting('failed to push 127.0.0.1:9/x:1: dial tcp 127.0.0.1:9: connect: connection refused');
      },
      { registries: ['127.0.0.1:9'], sleep },
    ).catch((e: unknown) => e);
    expect(calls).toBe(3);
    expect(err).toBeInstanceOf(PushFailedError);
    const message = (err as Error).message;
    expect(message).toMatch(/^could not push to 127\.0\.0\.1:9 after 3 attempt\(s\): connection refused\./);
    expect(message).toContain('reachable from the BuildKit builder');
    expect(message).toContain('docker login');
    expect(message).toContain('--- last error ---');
  });

  it('throws any other failure at once, as it is', async () => {
    let calls = 0;
    const original = new Error('the Dockerfile is broken');
    await expect(
      withPushRetries(
        async () => {
          calls++;
          throw original;
        },
        { registries: [], sleep },
      ),
    ).rejects.toBe(original);
    expect(calls).toBe(1);
    expect(waits).toEqual([]);
  });

  it('honours the number of attempts and the base delay', async () => {
    let calls = 0;
    await withPushRetries(
      async () => {
        calls++;
        throw exporting('failed to push r/x:1: i/o timeout');
      },
      { registries: ['r'], sleep, attempts: 5, baseDelayMs: 10 },
    ).catch(() => undefined);
    expect(calls).toBe(5);
    expect(waits).toEqual([10, 20, 40, 80]);
  });
});

describe('registriesOf', () => {
  it('names each registry of the tags once', () => {
    expect(
      registriesOf(['ghcr.io/a/b:1', 'ghcr.io/a/b:2', 'localhost:5000/x', 'golang', 'Not A Ref']),
    ).toEqual(['ghcr.io', 'localhost:5000', 'docker.io']);
  });
});

afterEach(() =>
  record({
    suite: 'faults',
    category: 'registry unreachable on push (unit)',
    name: expect.getState().currentTestName ?? '',
    outcome: 'ok',
    writesOutsideTemp: 0,
    fault: true,
  }),
);
