/**
 * Size budgets in the bundled action, on a real small image built by the local BuildKit
 * (test/fixtures/services, target serve): over max-image-size and over max-size-increase against a baseline
 * file, a GC408 error on the FROM line of the final stage and exit status 1; within budget, exit 0.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runServiceAction, servicesContext } from '../helpers/service-images.js';

let context: string;
let fromLine: number;

beforeAll(() => {
  context = servicesContext();
  const lines = readFileSync(path.join(context, 'Dockerfile'), 'utf8').split('\n');
  fromLine = lines.findIndex((l) => /^FROM \S+ AS serve$/.test(l)) + 1;
});

afterAll(() => rmSync(context, { recursive: true, force: true }));

const action = (inputs: Record<string, string>) => runServiceAction(context, 'serve', inputs);

interface Finding {
  code: string;
  severity: string;
  stage: string;
  line?: number;
  message: string;
}
const findingsOf = (reportDir: string) =>
  JSON.parse(readFileSync(path.join(reportDir, 'findings.json'), 'utf8')) as Finding[];

describe('bundled action: size budgets', () => {
  it('over max-image-size: GC408 on the FROM line of the final stage, exit status 1', async () => {
    const run = await action({ 'max-image-size': '1KiB' });
    expect(run.exitCode).toBe(1);
    expect(fromLine).toBeGreaterThan(0);
    expect(run.stdout).toMatch(
      new RegExp(
        `::error title=GC408[^:]*,file=Dockerfile,line=${fromLine},[^:]*::the linux/amd64 image \\([\\d.]+ (KiB|MiB) compressed, [\\d.]+ MiB uncompressed\\) is [\\d.]+ (KiB|MiB) over max-image-size 1 KiB`,
      ),
    );
    const gc408 = findingsOf(run.outputs['report-dir'] as string).filter((f) => f.code === 'GC408');
    expect(gc408).toEqual([expect.objectContaining({ severity: 'error', stage: 'budget', line: fromLine })]);
    expect(run.summary).toMatch(
      /\| Budget max-image-size 1 KiB: linux\/amd64 \| {2}\| [\d.]+ (KiB|MiB) compressed \| ❌ /,
    );
    expect(run.summary).toContain('**Size budget:** ❌ max-image-size 1 KiB');
  });

  it('within budget: no GC408, a ✅ row, exit 0', async () => {
    const run = await action({ 'max-image-size': '100MiB', 'max-size-increase': '200MiB uncompressed' });
    expect({ exitCode: run.exitCode, stderr: run.stderr }).toEqual({ exitCode: 0, stderr: '' });
    expect(findingsOf(run.outputs['report-dir'] as string).filter((f) => f.code === 'GC408')).toEqual([]);
    expect(run.summary).toMatch(/\| Budget max-image-size 100 MiB: linux\/amd64 \| {2}\| .* \| ✅ within/);
    // No baseline: max-size-increase is not checked, and the log says why.
    expect(run.stdout).toContain('max-size-increase: not checked: no baseline');
    // The run's baseline carries the per-platform sizes the next run compares with.
    const baseline = JSON.parse(
      readFileSync(path.join(run.outputs['report-dir'] as string, 'baseline.json'), 'utf8'),
    ) as { platforms: { platform: string; compressedBytes: number; contentBytes: number }[] };
    expect(baseline.platforms).toEqual([
      { platform: 'linux/amd64', compressedBytes: expect.any(Number), contentBytes: expect.any(Number) },
    ]);
  });

  it('over max-size-increase against a baseline file: GC408 with the growth, and the delta rows', async () => {
    const first = await action({});
    expect(first.exitCode).toBe(0);
    const real = JSON.parse(
      readFileSync(path.join(first.outputs['report-dir'] as string, 'baseline.json'), 'utf8'),
    ) as { platforms: { compressedBytes: number; contentBytes: number }[] };
    const size = real.platforms[0]!;
    // The base branch's image was a fifth smaller.
    const base = {
      ...real,
      ref: 'main',
      platforms: [
        {
          platform: 'linux/amd64',
          compressedBytes: Math.floor(size.compressedBytes * 0.8),
          contentBytes: Math.floor(size.contentBytes * 0.8),
        },
      ],
    };
    writeFileSync(path.join(context, 'base.json'), JSON.stringify(base));
    const run = await action({ 'max-size-increase': '10%', baseline: 'base.json' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(
      new RegExp(
        `::error title=GC408[^:]*,file=Dockerfile,line=${fromLine},[^:]*::the linux/amd64 image grew from [\\d.]+ \\w+ to [\\d.]+ \\w+ compressed \\(\\+2[45]\\.\\d%25; now .*\\), .* over max-size-increase 10%25`,
      ),
    );
    expect(run.summary).toMatch(
      /\| Size linux\/amd64 \(compressed \/ uncompressed\) \| .* \| \+[\d.]+ \w+ \/ \+[\d.]+ \w+ \|/,
    );
    expect(run.summary).toMatch(
      /\| Budget max-size-increase 10%: linux\/amd64 \| [\d.]+ \w+ \| [\d.]+ \w+ compressed \| ❌ /,
    );
  });
});
