/**
 * Hostile Go cache archives (test/hostile/cache-archives.json, issue 16 Medium 6): each is refused with a typed
 * error or accepted with only what go.sum vouches for left in the module cache; nothing lands outside the
 * temporary directory.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseGoSum, UnsafeCacheArchiveError, verifyCacheArchive } from '../../../src/cache/verify.js';
import { readTarIndex } from '../../../src/image/tar-index.js';
import type { LayerEntry } from '../../helpers/hostile-images.js';
import { writeTar } from '../../helpers/cache-archive.js';
import { HOSTILE_DIR, REPO, hostileCase } from '../../helpers/hostile.js';

const corpus = JSON.parse(readFileSync(path.join(HOSTILE_DIR, 'cache-archives.json'), 'utf8')) as {
  cases: { name: string; refused: boolean; entries: LayerEntry[] }[];
};
const SUMS = parseGoSum(readFileSync(path.join(REPO, 'examples/hello-api/go.sum'), 'utf8'));

let parent: string;
beforeAll(() => (parent = mkdtempSync(path.join(os.tmpdir(), 'gcc-hostile-cache-'))));
afterAll(() => rmSync(parent, { recursive: true, force: true }));

describe('hostile Go cache archives (test/hostile/cache-archives.json)', () => {
  it.each(corpus.cases.map((c) => [c.name, c] as const))('%s', async (name, c) => {
    const archive = path.join(parent, `${corpus.cases.indexOf(c)}.tar`);
    await writeTar(archive, c.entries);
    await hostileCase(parent, 'Go cache archives', name, async () => {
      const result = await verifyCacheArchive(archive, SUMS).catch((e: unknown) => e);
      if (c.refused) {
        expect(result).toBeInstanceOf(UnsafeCacheArchiveError);
        throw result;
      }
      expect(result).not.toBeInstanceOf(Error);
      // What stays in a module cache is only what go.sum vouches for (here: nothing of these).
      const left = (await readTarIndex(archive)).map((m) => m.name).filter((n) => /^0\//.test(n));
      expect(left.filter((n) => !n.endsWith('/'))).toEqual([]);
    });
  });
});
