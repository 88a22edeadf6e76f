/**
 * `layer-cache: gha` through BuildKit's own gha backend, against GitHub's cache service v2 run locally
 * (test/helpers/cache-v2.ts). buildx fills the cache attributes from the runner's variables (url_v2 from
 * ACTIONS_RESULTS_URL with ACTIONS_CACHE_SERVICE_V2, token from ACTIONS_RUNTIME_TOKEN, a JWT with `ac`, `exp`,
 * `nbf`), and buildkitd (host network) talks to the Twirp service and to Azurite for the blobs. A build in one
 * brand-new BuildKit exports its layers; a build in another brand-new BuildKit imports them and runs no step;
 * with ACTIONS_CACHE_MODE=read (a fork) a third imports and exports nothing.
 */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadTestEnv, toolEnv } from '../helpers/env.js';
import { REPO_ROOT, runBundledAction, type ActionRun } from '../helpers/action.js';
import { startCacheV2, type CacheV2 } from '../helpers/cache-v2.js';
import { startFreshBuilder, type FreshBuilder } from '../helpers/buildkit.js';
import { removeTree } from '../../src/cache/fs.js';

interface Step {
  name: string;
  cached: boolean;
}

describe('layer-cache: gha through the cache service v2', () => {
  let v2: CacheV2;
  let workspace: string;
  const builders: FreshBuilder[] = [];
  const runs: ActionRun[] = [];
  beforeAll(async () => {
    v2 = await startCacheV2();
    workspace = mkdtempSync(path.join(os.tmpdir(), 'gcc-gha-layers-'));
    cpSync(path.join(REPO_ROOT, 'test', 'fixtures', 'apps', 'cachetest'), workspace, { recursive: true });
  });
  afterAll(async () => {
    for (const b of builders) await b.stop();
    await v2.stop();
    await removeTree(workspace);
    for (const r of runs) await removeTree(r.runnerTemp);
  });

  async function build(label: string, extraEnv: Record<string, string> = {}) {
    const env = loadTestEnv();
    const builder = await startFreshBuilder(`gha-${label}`);
    builders.push(builder);
    const run = await runBundledAction({
      workspace,
      inputs: {
        context: '.',
        builder: builder.name,
        'build-args': `GOLANG_IMAGE=${env.images.golang}\nRUNTIME_IMAGE=${env.images.static}`,
        'layer-cache': 'gha',
        // Only the layer cache: the Go caches have their own test (cache-v2-action).
        skip: 'cache-restore,cache-save,smoke,sbom,scan,reachability',
        'report-dir': `report-${label}`,
      },
      env: toolEnv({ ...v2.env, ...extraEnv }),
    });
    runs.push(run);
    if (run.exitCode !== 0) console.log(run.stdout.slice(-4000), run.stderr.slice(-2000));
    const steps = JSON.parse(
      readFileSync(path.join(workspace, `report-${label}`, 'build', 'steps.json'), 'utf8'),
    ) as Step[];
    const work = steps.filter((s) => /^\[build \d+\/\d+\] (RUN|COPY)/.test(s.name));
    return { run, work };
  }

  it('exports from one fresh builder, imports into another: every build step cached', async () => {
    const first = await build('export');
    expect(first.run.exitCode).toBe(0);
    expect(first.work.length).toBeGreaterThan(0);
    expect(first.work.every((s) => !s.cached)).toBe(true);
    const keys = v2
      .entries()
      .filter((e) => e.finalizedAt !== undefined)
      .map((e) => e.key);
    expect(keys.some((k) => k.startsWith('index-go-container-ci-'))).toBe(true);
    expect(keys.some((k) => k.startsWith('buildkit-blob-1-sha256:'))).toBe(true);

    const second = await build('import');
    expect(second.run.exitCode).toBe(0);
    expect(second.work.length).toBe(first.work.length);
    expect(second.work.every((s) => s.cached)).toBe(true);
    expect(second.run.stdout).toMatch(/built in [\d.]+s, \d+\/\d+ steps cached/);
  });

  it('ACTIONS_CACHE_MODE=read: imports, exports nothing', async () => {
    const before = v2.calls.length;
    const fork = await build('fork', { ACTIONS_CACHE_MODE: 'read' });
    expect(fork.run.exitCode).toBe(0);
    expect(fork.work.every((s) => s.cached)).toBe(true);
    const during = v2.calls.slice(before);
    expect(during.some((c) => c.method === 'GetCacheEntryDownloadURL')).toBe(true);
    expect(during.filter((c) => c.method === 'CreateCacheEntry')).toEqual([]);
  });
});
