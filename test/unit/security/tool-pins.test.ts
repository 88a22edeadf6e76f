/**
 * The pins in src/tools/pins.ts and where they come from: trivy v0.74.0 (the release the action downloads) is
 * pinned for linux/amd64 and linux/arm64, and every checksum file in scripts/tool-checksums/ has a sources
 * record next to it naming at least two public repositories at a commit, quoting every hash it pins.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../helpers/action.js';
import { pinFor, pinnedRelease } from '../../../src/tools/install.js';
import { TOOL_PINS } from '../../../src/tools/pins.js';

const DIR = path.join(REPO_ROOT, 'scripts', 'tool-checksums');
const checksumFiles = readdirSync(DIR).filter((f) => f.endsWith('_checksums.txt'));

describe('tool pins and their sources', () => {
  it.each([
    ['x64', 'linux/amd64', '2ae6fe3ee734b7fdf11335663e18c75ea12dccc76062f09f164a3b0f8be4371a'],
    ['arm64', 'linux/arm64', 'b94ce1976bbf3c15b514b605ee88be7c6d94a29be2302847ff01cb794d47aad5'],
  ] as const)('trivy as downloaded on %s is pinned', (arch, platform, sha256) => {
    const release = pinnedRelease('trivy', arch);
    expect(pinFor(TOOL_PINS, release, platform)?.sha256).toBe(sha256);
  });

  it('has checksum files', () => {
    expect(checksumFiles.length).toBeGreaterThan(0);
  });

  it.each(checksumFiles)('%s: two named sources at a commit, quoting every pinned hash', (file) => {
    const sourcesFile = path.join(DIR, file.replace(/_checksums\.txt$/, '_sources.md'));
    const sources = readFileSync(sourcesFile, 'utf8');
    const repos = new Set(
      [...sources.matchAll(/\b([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)@([0-9a-f]{40})\b/g)].map((m) => m[1]),
    );
    expect(repos.size).toBeGreaterThanOrEqual(2);
    const hashes = readFileSync(path.join(DIR, file), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => l.split(/\s+/)[0]);
    expect(hashes.length).toBeGreaterThan(0);
    for (const h of hashes) expect(sources).toContain(h);
  });
});
