import fc from 'fast-check';
import { dancePart, danceStepTimes, danceTimesLine, parseDanceTimes } from '../../src/cache/dance-steps.js';

describe('dance step times', () => {
  it('sorts the steps of the dance builds into parts', () => {
    expect(dancePart('[internal] load metadata for 127.0.0.1:5000/golang:1.26.8')).toBe('base image');
    expect(dancePart('[gcc-inject 1/2] FROM 127.0.0.1:5000/golang:1.26.8@sha256:ab')).toBe('base image');
    expect(dancePart('[internal] load build context')).toBe('archive upload and unpack');
    expect(dancePart('[gcc-payload 1/1] ADD go-caches.tar /')).toBe('archive upload and unpack');
    expect(dancePart('[gcc-inject 2/2] RUN --mount=type=cache,id=x tar -xf')).toBe('cache mounts');
    expect(dancePart('[stage-1 1/1] COPY --from=gcc-extract-0 /gcc-out/ /')).toBe('export');
    expect(dancePart('exporting to client tarball')).toBe('export');
    expect(dancePart('[internal] load .dockerignore')).toBe('other steps');
  });
  it('sums each part', () => {
    const times = danceStepTimes([
      { name: '[internal] load build context', durationMs: 2000 },
      { name: '[gcc-inject 2/2] RUN tar', durationMs: 1200 },
      { name: '[gcc-payload 1/1] ADD go-caches.tar /', durationMs: 500 },
      { name: 'exporting to client tarball' },
    ]);
    expect([...times]).toEqual([
      ['archive upload and unpack', 2500],
      ['cache mounts', 1200],
      ['export', 0],
    ]);
  });
  it('writes one line the benchmark reads back', () => {
    const line = danceTimesLine('Go caches restored', 8890, [
      ['host cache', 260],
      ['go.sum check', 980],
      [
        'inject build',
        7550,
        new Map([
          ['cache mounts', 1250],
          ['archive upload and unpack', 2040],
        ]),
      ],
    ]);
    expect(line).toBe(
      'Go caches restored in 8.89 s: host cache 0.26 s, go.sum check 0.98 s, inject build 7.55 s (cache mounts 1.25 s, archive upload and unpack 2.04 s)',
    );
    const parsed = parseDanceTimes(`== cache-restore\nsomething\n${line}\nmore`, 'Go caches restored');
    expect(Object.fromEntries(parsed ?? [])).toEqual({
      'host cache': 260,
      'go.sum check': 980,
      'inject build': 7550,
      'inject build: cache mounts': 1250,
      'inject build: archive upload and unpack': 2040,
    });
    expect(parseDanceTimes('nothing here', 'Go caches restored')).toBeUndefined();
  });
  it('reads back any parts it wrote', () => {
    const label = fc.stringMatching(/^[a-z][a-z .]{0,20}[a-z]$/).filter((l) => !/ {2}/.test(l));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(label, fc.integer({ min: 0, max: 10_000_000 })), { maxLength: 6 }),
        (parts) => {
          const unique = [...new Map(parts).entries()];
          const parsed = parseDanceTimes(danceTimesLine('Go caches saved', 1, unique), 'Go caches saved');
          for (const [l, ms] of unique)
            expect(Math.abs((parsed?.get(l) ?? Infinity) - ms)).toBeLessThanOrEqual(10);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
