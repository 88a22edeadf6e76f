/**
 * The bundled action's cache stages against GitHub's cache service v2 (test/helpers/cache-v2.ts: Twirp + Azurite)
 * through the real @actions/cache, run as the runner runs it, each run with its own RUNNER_TEMP: the second run
 * restores what the first saved; a corrupted archive and a CreateCacheEntry answering 500 are warnings and the
 * build passes; ACTIONS_CACHE_MODE=read restores and never saves, said once.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadTestEnv, toolEnv } from '../helpers/env.js';
import { REPO_ROOT, runBundledAction, type ActionRun } from '../helpers/action.js';
import { startCacheV2, type CacheV2 } from '../helpers/cache-v2.js';
import { removeTree } from '../../src/cache/fs.js';

const GO_KEY = 'go-container-ci-go-';

describe('action cache stages through the cache service v2', () => {
  let v2: CacheV2;
  let workspace: string;
  const runs: ActionRun[] = [];
  beforeAll(async () => {
    v2 = await startCacheV2();
    workspace = mkdtempSync(path.join(os.tmpdir(), 'gcc-v2-action-'));
    cpSync(path.join(REPO_ROOT, 'test', 'fixtures', 'apps', 'cachetest'), workspace, { recursive: true });
  });
  afterAll(async () => {
    await v2.stop();
    await removeTree(workspace);
    for (const r of runs) await removeTree(r.runnerTemp);
  });

  async function runAction(extraEnv: Record<string, string> = {}): Promise<ActionRun> {
    const env = loadTestEnv();
    const run = await runBundledAction({
      workspace,
      inputs: {
        context: '.',
        builder: env.builder,
        'build-args': `GOLANG_IMAGE=${env.images.golang}\nRUNTIME_IMAGE=${env.images.static}`,
        'layer-cache': 'none',
        skip: 'smoke,sbom,scan,reachability',
      },
      env: toolEnv({ ...v2.env, ...extraEnv }),
    });
    runs.push(run);
    if (run.exitCode !== 0) console.log(run.stdout.slice(-4000), run.stderr.slice(-2000));
    return run;
  }
  const warnings = (r: ActionRun) => r.stdout.split('\n').filter((l) => l.startsWith('::warning'));
  const changeSource = (text: string) => {
    const main = path.join(workspace, 'main.go');
    writeFileSync(
      main,
      readFileSync(main, 'utf8').replace(/const greeting = ".*"/, `const greeting = "${text}"`),
    );
  };

  it('saves in one run and restores in the next, whatever RUNNER_TEMP is', async () => {
    const first = await runAction();
    expect(first.exitCode).toBe(0);
    expect(first.stdout).toMatch(/saved Go caches \([\d.]+ MB\) as go-container-ci-go-/);
    const saved = v2.entries().filter((e) => e.key.startsWith(GO_KEY) && e.finalizedAt !== undefined);
    expect(saved).toHaveLength(1);

    const second = await runAction();
    expect(second.runnerTemp).not.toBe(first.runnerTemp);
    expect(second.exitCode).toBe(0);
    expect(second.stdout).toMatch(/restored Go caches from the exact key/);
    expect(second.summary).toMatch(/Restored\W+exact match/);
    expect(second.summary).not.toContain('No earlier snapshot');
    expect(warnings(second)).toEqual([]);
  });

  it('a corrupted archive: a warning, a cold build, and a pass', async () => {
    expect(await v2.corrupt(GO_KEY)).toBeGreaterThan(0);
    const run = await runAction();
    expect(run.exitCode).toBe(0);
    expect(warnings(run).join('\n')).toMatch(/Failed to restore/);
    expect(run.stdout).toMatch(/no Go cache for go-container-ci-go-\S+ yet: this build starts cold/);
  });

  it('CreateCacheEntry answering 500: a warning that the save failed, and a pass', async () => {
    changeSource('hello, 500');
    v2.faults.createCacheEntryStatus = 500;
    try {
      const run = await runAction();
      expect(run.exitCode).toBe(0);
      expect(warnings(run).join('\n')).toMatch(
        /cache save failed \(the build result is unaffected\): the cache service did not store go-container-ci-go-/,
      );
      expect(
        v2.calls.filter((c) => c.method === 'CreateCacheEntry' && c.status === 500).length,
      ).toBeGreaterThan(0);
    } finally {
      delete v2.faults.createCacheEntryStatus;
    }
  });

  it('ACTIONS_CACHE_MODE=read (a fork): restores, never saves, says so once', async () => {
    // A good entry to restore (the last one was corrupted on purpose).
    changeSource('hello, again');
    expect((await runAction()).stdout).toMatch(/saved Go caches/);
    changeSource('hello, fork');
    const before = v2.calls.length;
    const run = await runAction({ ACTIONS_CACHE_MODE: 'read' });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/restored Go caches from go-container-ci-go-\S+ \(prefix match\)/);
    expect(run.summary).toMatch(/Restored\W+prefix match/);
    const during = v2.calls.slice(before);
    expect(during.some((c) => c.method === 'GetCacheEntryDownloadURL')).toBe(true);
    expect(during.filter((c) => c.method !== 'GetCacheEntryDownloadURL')).toEqual([]);
    expect(run.stdout.match(/ACTIONS_CACHE_MODE is read/g)).toHaveLength(1);
    expect(run.stdout).not.toMatch(/saved Go caches/);
    expect(warnings(run)).toEqual([]);
  });
});
