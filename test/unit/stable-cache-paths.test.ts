/**
 * The GitHub cache store hands @actions/cache the same `~/…` paths whatever directory a run unpacks into, with
 * GITHUB_WORKSPACE at the slots' directory while it archives (so entries do not depend on RUNNER_TEMP or the
 * workspace). @actions/cache is mocked here: the end-to-end proof is test/e2e/act-cache.test.ts, where the real
 * client restores under nektos/act what an earlier run saved.
 */
import { jest } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';

interface Call {
  paths: string[];
  workspace: string | undefined;
}
const calls: Call[] = [];
const restoreCache = jest.fn(async (paths: string[]) => {
  calls.push({ paths, workspace: process.env.GITHUB_WORKSPACE });
  // What tar would extract: relative to GITHUB_WORKSPACE.
  const slot = path.join(process.env.GITHUB_WORKSPACE as string, path.basename(paths[0] as string));
  mkdirSync(slot, { recursive: true });
  writeFileSync(path.join(slot, 'data'), 'restored');
  return 'key-1';
});
const saveCache = jest.fn(async (paths: string[]) => {
  calls.push({ paths, workspace: process.env.GITHUB_WORKSPACE });
  const slot = path.join(process.env.GITHUB_WORKSPACE as string, path.basename(paths[0] as string));
  expect(readFileSync(path.join(slot, 'data'), 'utf8')).toBe('to save');
  return 1;
});
jest.unstable_mockModule('@actions/cache', () => ({
  restoreCache,
  saveCache,
  isFeatureAvailable: () => true,
}));

const { ActionsCacheStore } = await import('../../src/host/github.js');
const { stableCachePaths, expandHome, STABLE_CACHE_ROOT, withStableCachePaths } =
  await import('../../src/host/stable-cache-paths.js');

let home: string;
const saved = { ...process.env };
beforeEach(() => {
  home = mkdtempSync(path.join(os.tmpdir(), 'gcc-stable-home-'));
  process.env.HOME = home;
  process.env.GITHUB_WORKSPACE = '/runner/work/repo';
  calls.length = 0;
});
afterEach(() => {
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  Object.assign(process.env, saved);
  rmSync(home, { recursive: true, force: true });
});

describe('stableCachePaths (pure)', () => {
  it('depends only on the base names', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z0-9-]{1,12}$/),
        fc.array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { maxLength: 4 }),
        fc.array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { maxLength: 4 }),
        (name, a, b) => {
          const one = stableCachePaths([path.join('/', ...a, name)]);
          const two = stableCachePaths([path.join('/tmp', ...b, name)]);
          expect(one).toEqual(two);
          expect(one[0]).toBe(`${STABLE_CACHE_ROOT}/${name}`);
        },
      ),
    );
  });
  it('refuses two paths with one base name, and nameless paths', () => {
    expect(() => stableCachePaths(['/a/x', '/b/x'])).toThrow(/distinct base names/);
    expect(() => stableCachePaths(['/'])).toThrow(/distinct base names/);
  });
  it('expands ~ only at the start', () => {
    expect(expandHome('~/a/b', '/home/u')).toBe('/home/u/a/b');
    expect(expandHome('/x/~/a', '/home/u')).toBe('/x/~/a');
  });
});

describe('ActionsCacheStore through the stable slots', () => {
  it('two runs with different RUNNER_TEMP and workspaces hand @actions/cache the same paths', async () => {
    const store = new ActionsCacheStore(process.env, home);
    for (const run of ['run-a/tmp', 'elsewhere/deeper/run-b/tmp']) {
      const dir = path.join(home, run, 'go-container-ci-x', 'go-cache');
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'data'), 'to save');
      process.env.RUNNER_TEMP = path.join(home, run);
      process.env.GITHUB_WORKSPACE = path.join(home, run, '..', 'workspace');
      await store.save([dir], 'k');
      expect(readFileSync(path.join(dir, 'data'), 'utf8')).toBe('to save');
    }
    expect(calls[0]?.paths).toEqual(['~/.cache/go-container-ci/actions-cache/go-cache']);
    expect(calls[1]?.paths).toEqual(calls[0]?.paths);
    // tar archives relative to GITHUB_WORKSPACE: the slots' directory, then the job's workspace again.
    expect(calls[0]?.workspace).toBe(path.join(home, '.cache/go-container-ci/actions-cache'));
    expect(process.env.GITHUB_WORKSPACE).toBe(path.join(home, 'elsewhere/deeper/run-b/workspace'));
  });

  it('a restore lands in the caller directory and leaves the slot directory empty and private', async () => {
    const dir = path.join(home, 'run', 'snapshot');
    const hit = await new ActionsCacheStore(process.env, home).restore([dir], 'k', ['k-']);
    expect(hit).toBe('key-1');
    expect(readFileSync(path.join(dir, 'data'), 'utf8')).toBe('restored');
    const root = path.join(home, '.cache/go-container-ci/actions-cache');
    expect(existsSync(path.join(root, 'snapshot'))).toBe(false);
    expect(existsSync(path.join(root, '.lock'))).toBe(false);
    expect(statSync(root).mode & 0o777).toBe(0o700);
  });

  it('operations queue: the second waits for the first, and a dead holder lock is taken over', async () => {
    const root = path.join(home, '.cache/go-container-ci/actions-cache');
    mkdirSync(root, { recursive: true, mode: 0o700 });
    // A lock left by a process that no longer exists.
    writeFileSync(path.join(root, '.lock'), '2147483646');
    const order: string[] = [];
    const slow = withStableCachePaths(
      ['/x/a'],
      async () => {
        order.push('first start');
        await new Promise((r) => setTimeout(r, 50));
        order.push('first end');
      },
      {},
      home,
    );
    const fast = withStableCachePaths(['/x/a'], async () => void order.push('second'), {}, home);
    await Promise.all([slow, fast]);
    expect(order).toEqual(['first start', 'first end', 'second']);
  });
});
