import { jest } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from '../../../src/cli/args.js';
import { analyzeCommand, ANALYZE_FLAGS } from '../../../src/commands/analyze.js';
import { LINT_FLAGS } from '../../../src/commands/lint.js';
import { writeOciArchive } from '../../helpers/oci.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'gcc-analyze-cli-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  jest.restoreAllMocks();
});

async function analyze(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  jest.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  jest.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  const code = await analyzeCommand(parseArgs(argv, [...LINT_FLAGS, ...ANALYZE_FLAGS]));
  return { code, out, err };
}

describe('go-container-ci analyze', () => {
  it('checks an archive without a Dockerfile and names the image in findings', async () => {
    const image = await writeOciArchive(dir, {
      layers: [[{ name: 'etc/passwd', content: 'root:x:0:0::/:/bin/sh\n' }]],
      config: { config: { Entrypoint: ['/app'], User: 'ghost' } },
    });
    const r = await analyze([image]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/linux\/amd64: .* user ghost; runs \["\/app"\]/);
    expect(r.out).toContain(`GC108 error ${image}: the ENTRYPOINT program /app does not exist in the image`);
    expect(r.out).toMatch(/GC109 error .*ghost, which is not in \/etc\/passwd/);
  });

  it('writes JSON, honours --fail-on and --lint-disable, and prints stats on request', async () => {
    const image = await writeOciArchive(dir, {
      layers: [[{ name: 'app', content: 'x', mode: 0o755 }]],
      config: { config: { Entrypoint: ['/app'] } },
    });
    const r = await analyze([
      image,
      '--format',
      'json',
      '--fail-on',
      'never',
      '--lint-disable',
      'GC109',
      '--stats',
    ]);
    expect(r.code).toBe(0);
    const [result] = JSON.parse(r.out) as { findings: { code: string }[]; platforms: unknown[] }[];
    expect(result?.findings.map((f) => f.code)).toEqual([]);
    expect(JSON.parse(r.err)).toMatchObject({
      elapsedMs: expect.any(Number),
      maxRssBytes: expect.any(Number),
    });
  });

  it('refuses a missing image and an unknown format with usage errors', async () => {
    await expect(analyze([])).rejects.toThrow(/analyze needs an image/);
    await expect(analyze(['x', '--format', 'sarif'])).rejects.toThrow(/--format must be one of text, json/);
    await expect(analyze([path.join(dir, 'nope.tar')])).rejects.toThrow(/no such file/);
  });
});
