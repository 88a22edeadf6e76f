/** Size budgets: the input parsers, the check per platform, the finding's place, the baseline and report rows. */
import fc from 'fast-check';
import { parseBytes, parseSizeIncrease, parseSizeLimit } from '../../src/config/size.js';
import { buildConfig, ConfigError } from '../../src/config/config.js';
import {
  allowedAfterIncrease,
  checkBudgets,
  growthText,
  type PlatformSize,
} from '../../src/analyze/budget.js';
import { budgetStage } from '../../src/features/budget/stage.js';
import { computeDeltas, makeBaseline, parseBaseline } from '../../src/report/baseline.js';
import { currentBaseline } from '../../src/report/report.js';
import { renderSummary } from '../../src/report/summary.js';
import { renderComment } from '../../src/report/comment.js';
import { verdict } from '../../src/core/pipeline.js';
import type { PlatformAnalysis } from '../../src/analyze/facts.js';
import { fixtureContext } from '../helpers/report-fixture.js';

const MiB = 1024 * 1024;

describe('size parsers', () => {
  it.each([
    ['50MiB', 50 * MiB, '50 MiB'],
    ['50 MiB', 50 * MiB, '50 MiB'],
    ['50mib', 50 * MiB, '50 MiB'],
    ['1.5GB', 1_500_000_000, '1.5 GB'],
    ['1.5 gb', 1_500_000_000, '1.5 GB'],
    ['52428800', 52_428_800, '52428800 B'],
    ['512B', 512, '512 B'],
    ['2kB', 2000, '2 kB'],
    ['2KiB', 2048, '2 KiB'],
    ['0.5GiB', 512 * MiB, '0.5 GiB'],
    ['1TB', 1e12, '1 TB'],
    ['1TiB', 1024 ** 4, '1 TiB'],
  ])('%s is %d bytes', (input, bytes, text) => {
    expect(parseBytes(input)).toEqual({ value: { bytes, text } });
  });

  it.each([
    ['50M', /ambiguous, write MiB or MB/],
    ['1g', /ambiguous/],
    ['', /expected a size like 50MiB/],
    ['MiB', /expected a size like/],
    ['-5MiB', /expected a size like/],
    ['5 MiB extra', /expected a size like/],
    ['1e6', /expected a size like/],
    ['0x10', /expected a size like/],
    ['1.5', /whole number of bytes/],
    ['1.5B', /whole number of bytes/],
    ['5 PiB', /expected a size like/],
    ['99999999999999TiB', /too large/],
    ['50 MiB ', /./], // trimmed: fine, checked below
  ])('%j is refused: %s', (input, problem) => {
    const r = parseBytes(input);
    if (input === '50 MiB ') expect(r).toEqual({ value: { bytes: 50 * MiB, text: '50 MiB' } });
    else expect('problem' in r && r.problem).toMatch(problem);
  });

  it('max-image-size: a measure, and zero refused', () => {
    expect(parseSizeLimit('200MiB uncompressed')).toEqual({
      value: { bytes: 200 * MiB, measure: 'uncompressed', text: '200 MiB uncompressed' },
    });
    expect(parseSizeLimit('20 MB Compressed')).toEqual({
      value: { bytes: 20e6, measure: 'compressed', text: '20 MB' },
    });
    expect(parseSizeLimit('0')).toEqual({ problem: 'expected a size greater than 0' });
    expect(parseSizeLimit('big')).toEqual({
      problem: expect.stringMatching(
        /expected a size like 50MiB.*"compressed" \(the default\) or "uncompressed"/,
      ),
    });
  });

  it('max-size-increase: a percentage or a size', () => {
    expect(parseSizeIncrease('10%')).toEqual({
      value: { kind: 'percent', percent: 10, measure: 'compressed', text: '10%' },
    });
    expect(parseSizeIncrease('2.5 % uncompressed')).toEqual({
      value: { kind: 'percent', percent: 2.5, measure: 'uncompressed', text: '2.5% uncompressed' },
    });
    expect(parseSizeIncrease('5MiB')).toEqual({
      value: { kind: 'bytes', bytes: 5 * MiB, measure: 'compressed', text: '5 MiB' },
    });
    expect(parseSizeIncrease('0%')).toMatchObject({ value: { percent: 0 } });
    for (const bad of ['-10%', '10 %%', 'ten percent', '%', '10% more'])
      expect(parseSizeIncrease(bad)).toEqual({
        problem: expect.stringMatching(/^expected a percentage like 10% or an absolute size like 50MiB/),
      });
  });

  it('round-trips any whole size written in any unit', () => {
    const units: [string, number][] = [
      ['B', 1],
      ['kB', 1e3],
      ['MB', 1e6],
      ['GB', 1e9],
      ['KiB', 1024],
      ['MiB', MiB],
      ['GiB', 1024 ** 3],
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.constantFrom(...units),
        fc.boolean(),
        (n, [unit, factor], space) => {
          const r = parseBytes(`${n}${space ? ' ' : ''}${unit}`);
          expect(r).toEqual({ value: { bytes: n * factor, text: `${n} ${unit}` } });
        },
      ),
    );
  });

  it('never throws, and whatever it accepts is a whole number of bytes', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        for (const r of [parseBytes(s), parseSizeLimit(s), parseSizeIncrease(s)]) {
          if ('problem' in r) expect(r.problem).toMatch(/^(expected|the size)/);
          else if ('bytes' in r.value) expect(Number.isSafeInteger(r.value.bytes)).toBe(true);
        }
      }),
    );
  });

  it('the inputs name themselves in errors', () => {
    const build = (inputs: Record<string, string>) => () =>
      buildConfig((n) => inputs[n], { workspace: '/w', defaultReportDir: '/tmp/r' });
    expect(build({ 'max-image-size': '50M' })).toThrow(ConfigError);
    expect(build({ 'max-image-size': '50M', 'max-size-increase': 'lots' })).toThrow(
      /input 'max-image-size': '50M': expected a size like 50MiB[^\n]*\ninput 'max-size-increase': 'lots': expected a percentage/,
    );
    const c = build({ 'max-image-size': '50MiB', 'max-size-increase': '10%' })();
    expect(c.maxImageSize).toEqual({ bytes: 50 * MiB, measure: 'compressed', text: '50 MiB' });
    expect(c.maxSizeIncrease).toMatchObject({ kind: 'percent', percent: 10 });
    expect(build({})().maxImageSize).toBeUndefined();
  });
});

const size = (platform: string, compressedBytes: number, contentBytes: number): PlatformSize => ({
  platform,
  compressedBytes,
  contentBytes,
});

describe('checkBudgets', () => {
  const limit = (bytes: number, measure: 'compressed' | 'uncompressed' = 'compressed') => ({
    bytes,
    measure,
    text: `${bytes} B`,
  });

  it('checks every platform against max-image-size, in the measure asked for', () => {
    const sizes = [size('linux/amd64', 900, 3000), size('linux/arm64', 1100, 2900)];
    const c = checkBudgets(sizes, { maxImageSize: limit(1000) }, { missing: 'not needed' });
    expect(c.results.map((r) => [r.platform, r.actualBytes, r.exceeded])).toEqual([
      ['linux/amd64', 900, false],
      ['linux/arm64', 1100, true],
    ]);
    const u = checkBudgets(sizes, { maxImageSize: limit(2950, 'uncompressed') }, { missing: '' });
    expect(u.results.map((r) => r.exceeded)).toEqual([true, false]);
    expect(u.notes).toEqual([]);
  });

  it('max-size-increase against the same platform of the baseline; a limit exactly met passes', () => {
    const inc = { kind: 'percent' as const, percent: 10, measure: 'compressed' as const, text: '10%' };
    const base = [size('linux/amd64', 1000, 5000)];
    const c = checkBudgets(
      [size('linux/amd64', 1100, 5000), size('linux/arm64', 5000, 5000)],
      { maxSizeIncrease: inc },
      base,
    );
    expect(c.results).toEqual([
      expect.objectContaining({
        platform: 'linux/amd64',
        baseBytes: 1000,
        allowedBytes: 1100,
        exceeded: false,
      }),
    ]);
    expect(c.notes).toEqual(['max-size-increase: the baseline has no linux/arm64 image: not checked for it']);
    expect(
      checkBudgets([size('linux/amd64', 1101, 1)], { maxSizeIncrease: inc }, base).results[0]?.exceeded,
    ).toBe(true);
    expect(
      checkBudgets([size('linux/amd64', 1, 1)], { maxSizeIncrease: inc }, { missing: 'no baseline yet' })
        .notes,
    ).toEqual(['max-size-increase: not checked: no baseline yet']);
  });

  it('property: exceeded exactly when the size is over the allowed bytes; allowed never below the base', () => {
    fc.assert(
      fc.property(
        fc.nat(10 ** 10),
        fc.nat(10 ** 10),
        fc.oneof(
          fc.record({
            kind: fc.constant('percent' as const),
            percent: fc.double({ min: 0, max: 1000, noNaN: true }),
          }),
          fc.record({ kind: fc.constant('bytes' as const), bytes: fc.nat(10 ** 9) }),
        ),
        (before, after, spec) => {
          const inc = { ...spec, measure: 'compressed' as const, text: 'x' };
          const allowed = allowedAfterIncrease(before, inc);
          expect(allowed).toBeGreaterThanOrEqual(before);
          const [r] = checkBudgets([size('p', after, 0)], { maxSizeIncrease: inc }, [
            size('p', before, 0),
          ]).results;
          expect(r?.exceeded).toBe(after > allowed);
        },
      ),
    );
  });

  it('growth as text', () => {
    expect(growthText(100, 125)).toBe('+25.0%');
    expect(growthText(100, 90)).toBe('-10.0%');
    expect(growthText(0, 5)).toBe('new');
  });
});

function analysis(platform: string, compressedBytes: number, contentBytes: number): PlatformAnalysis {
  return {
    platform,
    compressedBytes,
    contentBytes,
    files: 3,
    layers: [],
    user: '65532',
    ports: [],
    entrypoint: ['/app'],
    cmd: [],
    workingDir: '',
    binaries: [],
    oddities: [],
  };
}

describe('budget stage', () => {
  async function budgeted(inputs: Record<string, string>, base?: readonly PlatformSize[]) {
    const ctx = await fixtureContext({ inputs });
    ctx.facts.analysis = {
      archive: '/nowhere.tar',
      platforms: [analysis('linux/amd64', 3 * MiB, 9 * MiB), analysis('linux/arm64', 2 * MiB, 8 * MiB)],
      durationMs: 1,
    };
    if (base)
      ctx.facts.baseline = {
        baseline: makeBaseline({ image: 'ghcr.io/acme/api', findings: [], platforms: base, ref: 'main' }),
      };
    ctx.findings.splice(0);
    await budgetStage.run(ctx);
    return ctx;
  }

  it('is skipped without budgets', async () => {
    const ctx = await fixtureContext();
    ctx.facts.analysis = { archive: 'x', platforms: [analysis('linux/amd64', 1, 1)], durationMs: 1 };
    expect(budgetStage.skip(ctx)).toBe('no max-image-size or max-size-increase');
  });

  it('an exceeded budget is a GC408 error on the FROM line of the final stage, per platform', async () => {
    const ctx = await budgeted({ 'max-image-size': '2.5MiB' });
    expect(ctx.findings).toEqual([
      expect.objectContaining({
        code: 'GC408',
        severity: 'error',
        stage: 'budget',
        file: 'Dockerfile',
        line: 8,
        column: 1,
        message:
          'the linux/amd64 image (3.0 MiB compressed, 9.0 MiB uncompressed) is 512 KiB over max-image-size 2.5 MiB',
        docsUrl: expect.stringMatching(/\/docs\/rules\/GC408\.md$/),
      }),
    ]);
    expect(verdict(ctx).ok).toBe(false);
    expect(ctx.facts.budget?.results.map((r) => [r.platform, r.exceeded])).toEqual([
      ['linux/amd64', true],
      ['linux/arm64', false],
    ]);
  });

  it('lint-severity and lint-disable apply to GC408', async () => {
    const warned = await budgeted({ 'max-image-size': '1MiB', 'lint-severity': 'GC408=warning' });
    expect(warned.findings.map((f) => f.severity)).toEqual(['warning', 'warning']);
    expect(verdict(warned).ok).toBe(true);
    const off = await budgeted({ 'max-image-size': '1MiB', 'lint-disable': 'GC408' });
    expect(off.findings).toEqual([]);
  });

  it('max-size-increase against the baseline: the growth, the limit, the summary and PR comment rows', async () => {
    const ctx = await budgeted({ 'max-size-increase': '10%' }, [
      size('linux/amd64', 2 * MiB, 8 * MiB),
      size('linux/arm64', 2 * MiB, 8 * MiB),
    ]);
    expect(ctx.findings.map((f) => [f.line, f.message])).toEqual([
      [
        8,
        'the linux/amd64 image grew from 2.0 MiB to 3.0 MiB compressed (+50.0%; now 3.0 MiB compressed, 9.0 MiB uncompressed), 819 KiB over max-size-increase 10% (at most 2.2 MiB)',
      ],
    ]);
    const base = ctx.facts.baseline?.baseline;
    const deltas = computeDeltas(base!, currentBaseline(ctx));
    expect(deltas.platformSizes?.[0]).toEqual({
      platform: 'linux/amd64',
      compressed: { before: 2 * MiB, after: 3 * MiB, delta: MiB },
      uncompressed: { before: 8 * MiB, after: 9 * MiB, delta: MiB },
    });
    const summary = renderSummary(ctx, verdict(ctx), { deltas });
    expect(summary).toContain(
      '| Size linux/amd64 (compressed / uncompressed) | 2.0 MiB / 8.0 MiB | 3.0 MiB / 9.0 MiB | +1.0 MiB / +1.0 MiB |',
    );
    expect(summary).toContain(
      '| Budget max-size-increase 10%: linux/amd64 | 2.0 MiB | 3.0 MiB compressed | ❌ 819 KiB over (at most 2.2 MiB) |',
    );
    expect(summary).toContain(
      '| Budget max-size-increase 10%: linux/arm64 | 2.0 MiB | 2.0 MiB compressed | ✅ within (at most 2.2 MiB) |',
    );
    const comment = renderComment(ctx, {
      marker: '<!-- m -->',
      image: 'ghcr.io/acme/api',
      verdict: verdict(ctx),
      deltas,
    });
    expect(comment).toContain(
      '| Budget max-size-increase 10%: linux/amd64 | 2.0 MiB | 3.0 MiB compressed | ❌ 819 KiB over',
    );
    expect(comment).toContain('| Size linux/arm64 (compressed / uncompressed) |');
  });

  it('without a baseline max-size-increase is not checked, and the summary says why', async () => {
    const ctx = await budgeted({ 'max-size-increase': '10%', 'max-image-size': '100MiB' });
    expect(ctx.findings).toEqual([]);
    expect(ctx.facts.budget?.notes).toEqual([
      'max-size-increase: not checked: no baseline (pull requests compare with their base branch; elsewhere set the baseline input)',
    ]);
    const summary = renderSummary(ctx, verdict(ctx));
    expect(summary).toContain('### Size budgets');
    expect(summary).toContain(
      '| Budget max-image-size 100 MiB: linux/amd64 |  | 3.0 MiB compressed | ✅ within (at most 100 MiB) |',
    );
    expect(summary).toContain('**Size budget:** ✅ max-image-size 100 MiB');
    const comment = renderComment(ctx, { marker: '<!-- m -->', image: 'i', verdict: verdict(ctx) });
    expect(comment).toContain('| Size budget | baseline | this run | result |');
  });
});

describe('baseline sizes per platform', () => {
  it('are written, read back, and hostile entries dropped', () => {
    const b = makeBaseline({ image: 'i', findings: [], platforms: [size('linux/amd64', 10, 20)] });
    expect(parseBaseline(JSON.stringify(b))).toEqual({ baseline: b });
    const hostile = {
      ...b,
      platforms: [
        size('linux/amd64', 1, 2),
        size('linux/amd64', 3, 4),
        { platform: 'linux/arm64', compressedBytes: -1, contentBytes: 1 },
        { platform: 'x'.repeat(500), compressedBytes: 1, contentBytes: 1 },
        'nonsense',
        null,
      ],
    };
    expect(parseBaseline(JSON.stringify(hostile))).toEqual({
      baseline: { ...b, platforms: [size('linux/amd64', 1, 2)] },
    });
    const old = { ...b, platforms: undefined, imageSizeBytes: 10 };
    expect(parseBaseline(JSON.stringify(old))).toEqual({
      baseline: { version: 1, image: 'i', imageSizeBytes: 10, findings: [] },
    });
  });
});
