/**
 * The local v2 cache service (test/helpers/cache-v2.ts) against the real @actions/cache client: save, restore
 * by exact key and by prefix, versions kept apart, and the fault switches.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as cache from '@actions/cache';
import { startCacheV2, type CacheV2 } from '../helpers/cache-v2.js';
import { removeTree } from '../../src/cache/fs.js';

describe('local cache service v2 with @actions/cache', () => {
  let v2: CacheV2;
  let work: string;
  const saved = { ...process.env };
  beforeAll(async () => {
    v2 = await startCacheV2();
    work = mkdtempSync(path.join(os.tmpdir(), 'gcc-v2-client-'));
    Object.assign(process.env, v2.env, { GITHUB_WORKSPACE: work, RUNNER_TEMP: work });
  });
  afterAll(async () => {
    process.env = saved;
    await v2.stop();
    await removeTree(work);
  });

  const dir = () => path.join(work, 'payload');
  const write = (text: string) => {
    mkdirSync(dir(), { recursive: true });
    writeFileSync(path.join(dir(), 'file.txt'), text);
  };

  it('saves, then restores by exact key and by restore-key prefix (newest first)', async () => {
    write('one');
    expect(await cache.saveCache([dir()], 'k-prefix-1')).toBeGreaterThan(0);
    write('two');
    expect(await cache.saveCache([dir()], 'k-prefix-2')).toBeGreaterThan(0);
    await removeTree(dir());
    expect(await cache.restoreCache([dir()], 'k-prefix-1')).toBe('k-prefix-1');
    expect(readFileSync(path.join(dir(), 'file.txt'), 'utf8')).toBe('one');
    await removeTree(dir());
    expect(await cache.restoreCache([dir()], 'k-other', ['k-prefix-'])).toBe('k-prefix-2');
    expect(readFileSync(path.join(dir(), 'file.txt'), 'utf8')).toBe('two');
    // Another path list is another version: no match, whatever the key.
    expect(await cache.restoreCache([dir(), path.join(work, 'x')], 'k-prefix-1')).toBeUndefined();
  });

  it('refuses a second entry with the same key and version, and rejects a wrong token', async () => {
    write('three');
    expect(await cache.saveCache([dir()], 'k-prefix-1')).toBe(-1);
    expect(v2.calls.at(-1)).toMatchObject({ method: 'CreateCacheEntry', status: 409 });
    process.env.ACTIONS_RUNTIME_TOKEN = 'not-the-token';
    try {
      expect(await cache.restoreCache([dir()], 'k-prefix-1')).toBeUndefined();
      expect(v2.calls.at(-1)).toMatchObject({ method: 'GetCacheEntryDownloadURL', status: 401 });
    } finally {
      process.env.ACTIONS_RUNTIME_TOKEN = v2.token;
    }
  });

  it('a corrupted archive is a failed restore, not a crash', async () => {
    write('four');
    expect(await cache.saveCache([dir()], 'k-corrupt-1')).toBeGreaterThan(0);
    expect(await v2.corrupt('k-corrupt-')).toBe(1);
    await removeTree(dir());
    expect(await cache.restoreCache([dir()], 'k-corrupt-1')).toBeUndefined();
  });
});
