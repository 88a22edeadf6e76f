/** trivy database caching: the metadata parser, the day keys, freshness, and the duration input. */
import fc from 'fast-check';
import { freshAt, isFresh, parseTrivyDbMetadata, trivyDbKey } from '../../src/vuln/trivy-db-metadata.js';
import { parseDuration } from '../../src/config/duration.js';
import { INPUTS } from '../../src/config/inputs.js';
import { trivyDownloadDbArgs, trivySbomArgs } from '../../src/tools/trivy.js';

const H = 3_600_000;

describe('trivy database metadata', () => {
  it('reads the dates trivy writes', () => {
    const meta = parseTrivyDbMetadata(
      '{"Version":2,"NextUpdate":"2026-12-02T00:00:00Z","UpdatedAt":"2026-11-30T06:00:00Z","DownloadedAt":"2026-11-30T08:15:00.123Z"}',
    );
    expect(meta?.updatedAt?.toISOString()).toBe('2026-11-30T06:00:00.000Z');
    expect(freshAt(meta!).toISOString()).toBe('2026-11-30T08:15:00.123Z');
  });
  it('is fresh only while younger than the max age', () => {
    const meta = { downloadedAt: new Date('2026-12-01T00:00:00Z') };
    expect(isFresh(meta, 24 * H, new Date('2026-12-01T23:59:59Z'))).toBe(true);
    expect(isFresh(meta, 24 * H, new Date('2026-12-02T00:00:00Z'))).toBe(false);
    expect(isFresh(meta, 0, new Date('2026-12-01T00:00:00Z'))).toBe(false);
    expect(isFresh(undefined, 24 * H, new Date())).toBe(false);
  });
  it('never throws on hostile text, and gives a valid date or nothing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.constant('{"UpdatedAt":"nonsense"}')), (text) => {
        const meta = parseTrivyDbMetadata(text);
        if (meta) expect(Number.isNaN(freshAt(meta).getTime())).toBe(false);
      }),
    );
    expect(parseTrivyDbMetadata('[]')).toBeUndefined();
    expect(parseTrivyDbMetadata('{"UpdatedAt":12}')).toBeUndefined();
  });
  it('keys by UTC day, under one prefix', () => {
    expect(trivyDbKey(new Date('2026-12-01T23:30:00-05:00'))).toBe('trivy-db-2026-12-02');
    fc.assert(
      fc.property(fc.date({ min: new Date(0), max: new Date('9999-12-31'), noInvalidDate: true }), (d) => {
        expect(trivyDbKey(d)).toMatch(/^trivy-db-\d{4}-\d{2}-\d{2}$/);
      }),
    );
  });
});

describe('durations (trivy-db-max-age)', () => {
  it('reads Go-style durations and days', () => {
    expect(parseDuration('24h')).toBe(24 * H);
    expect(parseDuration('1h30m')).toBe(1.5 * H);
    expect(parseDuration('2d')).toBe(48 * H);
    expect(parseDuration('1.5h')).toBe(1.5 * H);
    expect(parseDuration('0')).toBe(0);
    expect(parseDuration('500ms')).toBe(500);
  });
  it('rejects anything else', () => {
    for (const bad of ['', '24', 'h', '-1h', '1 h', '1y', '1h-', 'tomorrow'])
      expect(parseDuration(bad)).toBeUndefined();
    fc.assert(
      fc.property(fc.string(), (s) => {
        const ms = parseDuration(s);
        if (ms !== undefined) expect(Number.isInteger(ms) && ms >= 0).toBe(true);
      }),
    );
  });
  it('the input defaults to 24h and names itself in its error', () => {
    expect(INPUTS.trivyDbMaxAge.parse('')).toBe(24 * H);
    expect(() => INPUTS.trivyDbMaxAge.parse('a day')).toThrow(
      /trivy-db-max-age.*expected a duration such as 24h, 90m, 1h30m or 2d, got 'a day'/,
    );
  });
});

describe('trivy arguments for a provided database', () => {
  it('downloads only the database, into the cache dir', () => {
    expect(trivyDownloadDbArgs('/c')).toEqual([
      'image',
      '--download-db-only',
      '--quiet',
      '--skip-version-check',
      '--cache-dir',
      '/c',
    ]);
  });
  it('scans without downloading it again, yet not offline', () => {
    const args = trivySbomArgs('/s.json', { cacheDir: '/c', dbReady: true });
    expect(args).toContain('--skip-db-update');
    expect(args).not.toContain('--offline-scan');
    expect(
      trivySbomArgs('/s.json', { skipDbUpdate: true, dbReady: true }).filter((a) => a === '--skip-db-update'),
    ).toHaveLength(1);
  });
});
