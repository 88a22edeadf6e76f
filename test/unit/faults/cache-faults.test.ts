/**
 * The cache service failing never fails the build: GitHub's cache (@actions/cache, mocked here: it is the
 * npm package's network client we fake, not our code) throwing on every call, a local cache directory that is
 * a file or read-only, and a scratch directory that cannot be made. The cache stages warn and the pipeline
 * goes on to the next stage.
 */
import { contextFor } from '../../../src/core/pipeline.js';
import { jest } from '@jest/globals';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const restoreCache = jest.fn<() => Promise<string | undefined>>();
const saveCache = jest.fn<() => Promise<number>>();
const isFeatureAvailable = jest.fn<() => boolean>();
jest.unstable_mockModule('@actions/cache', () => ({ restoreCache, saveCache, isFeatureAvailable }));

const { ActionsCacheStore } = await import('../../../src/host/github.js');
const { LocalDirCacheStore, LocalHost } = await import('../../../src/host/local.js');
const { Context } = await import('../../../src/core/context.js');
const { buildConfig } = await import('../../../src/config/config.js');
const { runPipeline } = await import('../../../src/core/pipeline.js');
const { discoverStage } = await import('../../../src/features/discover/stage.js');
const { cacheRestoreStage, cacheSaveStage } = await import('../../../src/features/cache/stage.js');
const { REPO_ROOT } = await import('../../helpers/action.js');
const { record } = await import('../../helpers/hostile.js');

let tmp: string;
let stdoutWrite: typeof process.stdout.write;
const commands: string[] = [];
const saved = { ...process.env };

beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'gcc-cache-faults-'));
  restoreCache.mockReset();
  saveCache.mockReset();
  isFeatureAvailable.mockReset();
  // @actions/core writes workflow commands (::warning::) to stdout: keep them for the assertions.
  commands.length = 0;
  stdoutWrite = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    commands.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
});
afterEach(() => {
  record({
    suite: 'faults',
    category: 'cache service failing',
    name: expect.getState().currentTestName ?? '',
    outcome: 'ok',
    writesOutsideTemp: 0,
    fault: true,
  });
  process.stdout.write = stdoutWrite;
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  Object.assign(process.env, saved);
  chmodSync(tmp, 0o700);
  rmSync(tmp, { recursive: true, force: true });
});

const warnings = () => commands.filter((c) => c.startsWith('::warning::'));

describe('GitHub cache service failing (@actions/cache mocked)', () => {
  it('a restore that throws is a miss with a warning', async () => {
    isFeatureAvailable.mockReturnValue(true);
    restoreCache.mockRejectedValue(new Error('Cache service responded with 503'));
    await expect(new ActionsCacheStore().restore(['/x'], 'k', ['k-'])).resolves.toBeUndefined();
    expect(warnings().join('')).toMatch(/cache restore failed \(the build continues without it\): .*503/);
  });

  it('a save that throws is a warning', async () => {
    isFeatureAvailable.mockReturnValue(true);
    saveCache.mockRejectedValue(
      new Error('getaddrinfo ENOTFOUND results-receiver.actions.githubusercontent.com'),
    );
    await expect(new ActionsCacheStore().save(['/x'], 'k')).resolves.toBeUndefined();
    expect(warnings().join('')).toMatch(/cache save failed \(the build result is unaffected\): .*ENOTFOUND/);
  });

  it('a cache client that cannot even say whether it is available is a warning, then nothing', async () => {
    isFeatureAvailable.mockImplementation(() => {
      throw new Error('ACTIONS_RESULTS_URL is malformed');
    });
    const store = new ActionsCacheStore();
    await expect(store.restore(['/x'], 'k', [])).resolves.toBeUndefined();
    await expect(store.save(['/x'], 'k')).resolves.toBeUndefined();
    expect(restoreCache).not.toHaveBeenCalled();
    expect(saveCache).not.toHaveBeenCalled();
    expect(warnings().join('')).toContain('ACTIONS_RESULTS_URL is malformed');
  });

  it('an unavailable service is told once and never called', async () => {
    isFeatureAvailable.mockReturnValue(false);
    const store = new ActionsCacheStore();
    await store.restore(['/x'], 'k', []);
    await store.save(['/x'], 'k');
    expect(restoreCache).not.toHaveBeenCalled();
    expect(commands.filter((c) => c.includes('cache service is not available'))).toHaveLength(1);
  });
});

describe('GitHub cache mode and refused saves (@actions/cache mocked)', () => {
  it('ACTIONS_CACHE_MODE=read restores, never saves, and says so once', async () => {
    isFeatureAvailable.mockReturnValue(true);
    restoreCache.mockResolvedValue('k');
    const store = new ActionsCacheStore({ ACTIONS_CACHE_MODE: 'read' });
    await expect(store.restore(['/x'], 'k', [])).resolves.toBe('k');
    await store.save(['/x'], 'k');
    await store.save(['/y'], 'k2');
    expect(saveCache).not.toHaveBeenCalled();
    expect(store.writable).toBe(false);
    expect(new ActionsCacheStore({}).writable).toBe(true);
    expect(commands.filter((c) => c.includes('ACTIONS_CACHE_MODE is read'))).toHaveLength(1);
    expect(warnings()).toEqual([]);
  });

  it('ACTIONS_CACHE_MODE=none neither restores nor saves', async () => {
    isFeatureAvailable.mockReturnValue(true);
    const store = new ActionsCacheStore({ ACTIONS_CACHE_MODE: 'none' });
    await expect(store.restore(['/x'], 'k', [])).resolves.toBeUndefined();
    await store.save(['/x'], 'k');
    expect(restoreCache).not.toHaveBeenCalled();
    expect(saveCache).not.toHaveBeenCalled();
  });

  it('a save the service did not take (-1) warns, unless the key is there (another job stored it)', async () => {
    isFeatureAvailable.mockReturnValue(true);
    saveCache.mockResolvedValue(-1);
    restoreCache.mockResolvedValue(undefined);
    await new ActionsCacheStore({}).save(['/x'], 'k');
    expect(warnings().join('')).toMatch(/cache save failed .*did not store k/);
    commands.length = 0;
    restoreCache.mockResolvedValue('k');
    await new ActionsCacheStore({}).save(['/x'], 'k');
    expect(warnings()).toEqual([]);
  });
});

describe('local cache directory failing', () => {
  const log = (lines: string[]) => ({
    debug: () => undefined,
    info: () => undefined,
    warning: (m: string) => void lines.push(m),
    error: (m: string) => void lines.push(m),
    group: <T>(_t: string, fn: () => Promise<T>) => fn(),
  });

  it('a cache "directory" that is a file: a miss, and a save that warns', async () => {
    const file = path.join(tmp, 'not-a-dir');
    writeFileSync(file, 'x');
    const lines: string[] = [];
    const store = new LocalDirCacheStore(file, log(lines));
    await expect(store.restore([path.join(tmp, 'p')], 'k', ['k'])).resolves.toBeUndefined();
    await expect(store.save([tmp], 'k')).resolves.toBeUndefined();
    expect(lines.join('\n')).toMatch(/cache save failed \(the build result is unaffected\): ENOTDIR/);
  });

  it('a read-only cache directory: a save that warns (skipped as root, who can write anyway)', async () => {
    if (process.getuid?.() === 0) return;
    const ro = path.join(tmp, 'ro');
    mkdirSync(ro);
    chmodSync(ro, 0o500);
    const lines: string[] = [];
    await new LocalDirCacheStore(ro, log(lines)).save([tmp], 'k');
    expect(lines.join('\n')).toMatch(/cache save failed/);
    chmodSync(ro, 0o700);
  });
});

describe('the cache stages warn and the pipeline goes on', () => {
  function context(cacheDir: string) {
    const lines: string[] = [];
    const config = buildConfig((n) => ({ context: 'cachetest', 'layer-cache': 'none' })[n as 'context'], {
      workspace: path.join(REPO_ROOT, 'test', 'fixtures', 'apps'),
      defaultReportDir: path.join(tmp, 'report'),
    });
    const host = new LocalHost({
      reportDir: path.join(tmp, 'report'),
      cacheDir,
      write: (l) => lines.push(l),
    });
    return { ctx: new Context(config, host), lines, host };
  }
  const next = {
    name: 'build' as const,
    description: 'the stage after the cache',
    skip: () => undefined,
    run: async () => undefined,
  };

  it('the Go cache scratch directory cannot be made (the temporary directory is a file): restore warns, build still runs', async () => {
    const file = path.join(tmp, 'tmpdir-is-a-file');
    writeFileSync(file, '');
    const { ctx, lines, host } = context(path.join(tmp, 'cache'));
    // The run's scratch directory lies under a file: nothing can be made there.
    Object.defineProperty(host, 'tempDir', { get: () => path.join(file, 'scratch') });
    await runPipeline(ctx, [discoverStage, cacheRestoreStage, next]);
    await host.dispose();
    expect(ctx.stages.map((s) => `${s.name}:${s.status}`)).toEqual([
      'discover:ok',
      'cache-restore:ok',
      'build:ok',
    ]);
    expect(lines.join('\n')).toMatch(
      /warning: restoring the Go caches failed \(the build goes on without it\): .*ENOTDIR/,
    );
  });

  it('a cache store that throws and a builder that is missing: both stages warn, nothing fails', async () => {
    process.env.RUNNER_TEMP = tmp;
    const { ctx, lines, host } = context(path.join(tmp, 'cache'));
    const failing = {
      restore: () => Promise.reject(new Error('cache backend exploded')),
      save: () => Promise.reject(new Error('cache backend exploded')),
    };
    Object.defineProperty(host, 'cache', { value: failing });
    // No docker on PATH: the cache-save build (copying the mounts out of the builder) cannot run.
    const emptyBin = path.join(tmp, 'bin');
    mkdirSync(emptyBin);
    process.env.PATH = emptyBin;
    await runPipeline(ctx, [discoverStage, cacheRestoreStage, next]);
    ctx.facts.goCache = { mounts: [], key: 'k', restoreKeys: [] };
    await cacheSaveStage.run(contextFor(cacheSaveStage, ctx));
    await host.dispose();
    expect(ctx.stages.map((s) => `${s.name}:${s.status}`)).toEqual([
      'discover:ok',
      'cache-restore:ok',
      'build:ok',
    ]);
    const text = lines.join('\n');
    expect(text).toMatch(/warning: restoring the Go caches failed .*cache backend exploded/);
    expect(text).toMatch(/warning: saving the Go caches failed .*docker was not found on PATH/);
  });
});
