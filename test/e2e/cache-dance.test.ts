/**
 * Persistent Go caches: build once, then rebuild in a brand-new builder (a fresh BuildKit state, as on a new
 * CI runner) with the caches restored through the CLI's local cache directory. `go build -v` lists the
 * packages it really compiles: everything when cold, nothing when the cache is warm, only the changed
 * package after a one-line change.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../src/tools/exec.js';
import { loadTestEnv, toolEnv } from '../helpers/env.js';
import { REPO_ROOT } from '../helpers/action.js';
import { startFreshBuilder, type FreshBuilder } from '../helpers/buildkit.js';
import { removeTree } from '../../src/cache/fs.js';

interface Step {
  name: string;
  cached: boolean;
  durationMs?: number;
  log?: string;
}

/** Runs the bundled CLI on the fixture copy with a fresh builder; returns the go build step. */
async function buildOnce(
  workspace: string,
  cacheDir: string,
  builder: FreshBuilder,
  label: string,
  layerCache = 'none',
) {
  const env = loadTestEnv();
  const reportDir = path.join(workspace, `report-${label}`);
  const r = await run(
    process.execPath,
    [
      path.join(REPO_ROOT, 'dist', 'cli.js'),
      'run',
      '--context',
      '.',
      '--builder',
      builder.name,
      '--build-args',
      `GOLANG_IMAGE=${env.images.golang}`,
      '--build-args',
      `RUNTIME_IMAGE=${env.images.static}`,
      '--cache-dir',
      cacheDir,
      '--report-dir',
      reportDir,
      '--skip',
      'lint,sbom,scan',
      '--layer-cache',
      layerCache,
    ],
    { cwd: workspace, env: toolEnv(), timeoutMs: 600_000 },
  );
  const steps = JSON.parse(readFileSync(path.join(reportDir, 'build', 'steps.json'), 'utf8')) as Step[];
  const compile = steps.find((s) => s.name.includes('go build -v'));
  if (!compile) throw new Error(`no go build step in ${steps.map((s) => s.name).join(', ')}`);
  const compiled = (compile.log ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /^[a-z][\w./-]*$/.test(l));
  console.log(`${label}: go build step ${compile.durationMs} ms, compiled ${compiled.length} package(s)`);
  return { compile, compiled, steps, stderr: r.stderr };
}

describe('Go caches survive a new builder', () => {
  const builders: FreshBuilder[] = [];
  let workspace: string;
  let cacheDir: string;
  beforeAll(() => {
    workspace = mkdtempSync(path.join(os.tmpdir(), 'gcc-cache-e2e-'));
    cpSync(path.join(REPO_ROOT, 'test', 'fixtures', 'apps', 'cachetest'), workspace, { recursive: true });
    cacheDir = mkdtempSync(path.join(os.tmpdir(), 'gcc-cache-dir-'));
  });
  afterAll(async () => {
    for (const b of builders) await b.stop();
    await removeTree(workspace);
    await removeTree(cacheDir);
  });

  it('compiles everything cold, nothing warm, and only the changed package after a one-line change', async () => {
    const fresh = async (label: string) => {
      const b = await startFreshBuilder(label);
      builders.push(b);
      return b;
    };
    const cold = await buildOnce(workspace, cacheDir, await fresh('cold'), 'cold');
    expect(cold.compiled).toContain('net/http');
    expect(cold.compiled).toContain('example.test/cachetest');
    expect(cold.stderr).toMatch(/saved Go caches/);

    const warm = await buildOnce(workspace, cacheDir, await fresh('warm'), 'warm');
    expect(warm.stderr).toMatch(/restored Go caches from the exact key/);
    expect(warm.compile.cached).toBe(false); // a new builder: the layer cache is empty, the step really ran
    expect(warm.compiled).toEqual([]);

    const main = path.join(workspace, 'main.go');
    writeFileSync(
      main,
      readFileSync(main, 'utf8').replace('const greeting = "hello"', 'const greeting = "hello, again"'),
    );
    appendFileSync(main, '');
    const changed = await buildOnce(workspace, cacheDir, await fresh('changed'), 'changed');
    expect(changed.stderr).toMatch(/restored Go caches from .* \(prefix match\)/);
    expect(changed.compiled).toEqual(['example.test/cachetest']);
    // That run restored an aged cache: it saved only what its build used (the old build of main is left out),
    // and the trimmed cache still holds everything the next change needs.
    const trimmed = /trimmed (\d+) entr(?:y|ies) \(([\d.]+) MB\) the build did not use/.exec(changed.stderr);
    expect(Number(trimmed?.[1])).toBeGreaterThan(0);
    writeFileSync(main, readFileSync(main, 'utf8').replace('"hello, again"', '"hello, once more"'));
    const next = await buildOnce(workspace, cacheDir, await fresh('trimmed'), 'trimmed');
    expect(next.stderr).toMatch(/restored Go caches from .* \(prefix match\)/);
    expect(next.compiled).toEqual(['example.test/cachetest']);
  });

  it('with the layer cache, a fresh builder reuses every step of an unchanged build', async () => {
    const layers = mkdtempSync(path.join(os.tmpdir(), 'gcc-layer-cache-'));
    try {
      const first = await startFreshBuilder('layers-1');
      builders.push(first);
      await buildOnce(workspace, layers, first, 'layers-first', 'local');
      const second = await startFreshBuilder('layers-2');
      builders.push(second);
      const again = await buildOnce(workspace, layers, second, 'layers-second', 'local');
      expect(again.compile.cached).toBe(true);
      const work = again.steps.filter((s) => /^\[build \d+\/\d+\] (RUN|COPY)/.test(s.name));
      expect(work.length).toBeGreaterThan(0);
      expect(work.every((s) => s.cached)).toBe(true);
    } finally {
      await removeTree(layers);
    }
  });
});
