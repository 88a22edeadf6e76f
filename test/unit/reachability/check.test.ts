import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeOciArchive } from '../../helpers/oci.js';
import { extractBinaries } from '../../../src/reachability/binaries.js';
import { checkReachability, dbArgument, goBinaries } from '../../../src/reachability/check.js';
import { parseGovulncheckJson, type Govulncheck } from '../../../src/tools/govulncheck.js';
import { ToolError } from '../../../src/tools/exec.js';
import type { PlatformAnalysis } from '../../../src/analyze/facts.js';
import { removeTree } from '../../../src/cache/fs.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'gcc-reach-unit-'));
afterAll(() => removeTree(dir));

const archive = () =>
  writeOciArchive(dir, {
    layers: [
      [
        { name: 'app', content: 'old', mode: 0o755 },
        { name: 'other', content: 'x', mode: 0o755 },
      ],
      [{ name: 'app', content: 'new', mode: 0o755 }],
    ],
  });

const platform = (binaries: { path: string; goVersion?: string; stripped?: boolean }[]) =>
  ({
    platform: 'linux/amd64',
    binaries: binaries.map((b) => ({ stripped: false, ...b })),
  }) as unknown as PlatformAnalysis;

describe('extractBinaries', () => {
  it('copies the final version of the wanted files into a private directory, and removes it', async () => {
    const x = await extractBinaries(await archive(), new Map([['linux/amd64', ['/app', '/missing']]]));
    expect(x.binaries.map((b) => [b.platform, b.path])).toEqual([['linux/amd64', '/app']]);
    const file = x.binaries[0]?.file as string;
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    await x.dispose();
    expect(existsSync(path.dirname(file))).toBe(false);
  });
});

describe('checkReachability', () => {
  const report = parseGovulncheckJson(
    readFileSync(path.join(process.cwd(), 'test', 'fixtures', 'govulncheck', 'reach.json'), 'utf8'),
  );
  it('runs govulncheck on each Go binary (not the others) and merges the verdicts', async () => {
    const seen: string[] = [];
    const fake = {
      scanBinary: async (file: string, db: string) => {
        seen.push(`${readFileSync(file, 'utf8')} ${db}`);
        return report;
      },
    } as unknown as Govulncheck;
    const r = await checkReachability(
      await archive(),
      [platform([{ path: '/app', goVersion: 'go1.26.8' }, { path: '/other' }])],
      '/db',
      fake,
    );
    expect(seen).toEqual(['new file:///db']);
    expect(r.verdicts.map((v) => v.verdict)).toEqual(['reachable', 'reachable', 'imported-not-called']);
  });
  it('a govulncheck failure still removes the copies', async () => {
    let copied = '';
    const failing = {
      scanBinary: async (file: string) => {
        copied = file;
        throw new ToolError('govulncheck', 'boom');
      },
    } as unknown as Govulncheck;
    await expect(
      checkReachability(
        await archive(),
        [platform([{ path: '/app', goVersion: 'go1.26.8' }])],
        'file:///db',
        failing,
      ),
    ).rejects.toThrow('boom');
    expect(existsSync(copied)).toBe(false);
  });
  it('Go binaries by platform; database arguments', () => {
    expect(goBinaries([platform([{ path: '/a', goVersion: 'go1.26.8' }, { path: '/b' }])])).toEqual(
      new Map([['linux/amd64', ['/a']]]),
    );
    expect(goBinaries([platform([{ path: '/b' }])]).size).toBe(0);
    expect(dbArgument('https://vuln.go.dev')).toBe('https://vuln.go.dev');
    expect(dbArgument('file:///x')).toBe('file:///x');
    expect(dbArgument('/x/y')).toBe('file:///x/y');
  });
});
