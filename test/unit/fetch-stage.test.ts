/** With the image input the build is skipped with its reason and the fetch stage runs; without it, the reverse. */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildConfig } from '../../src/config/config.js';
import { LocalHost } from '../../src/host/local.js';
import { Context } from '../../src/core/context.js';
import { buildStage } from '../../src/features/build/stage.js';
import { plannedOutputs } from '../../src/buildplan/request.js';
import { fetchStage } from '../../src/features/fetch/stage.js';
import { cacheRestoreStage } from '../../src/features/cache/stage.js';
import { defaultStages } from '../../src/features/index.js';
import { STAGE_NAMES } from '../../src/config/inputs.js';

function context(inputs: Record<string, string>): Context {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gcc-fetch-stage-'));
  const config = buildConfig((n) => inputs[n], { workspace: dir, defaultReportDir: dir });
  const host = new LocalHost({ reportDir: dir, cacheDir: dir, write: () => undefined });
  const ctx = new Context(config, host);
  ctx.facts.discover = { dockerfile: 'Dockerfile', dockerfileText: 'FROM scratch\n', goMods: [] };
  return ctx;
}

describe('fetch instead of build', () => {
  it('skips the build (and the Go cache) with a reason when image is set', () => {
    const ctx = context({ image: '127.0.0.1:5000/team/api:1' });
    expect(buildStage.skip(ctx)).toBe('image is set: 127.0.0.1:5000/team/api:1 is fetched, not built');
    expect(cacheRestoreStage.skip(ctx)).toBe('image is set: nothing is built');
    expect(fetchStage.skip(ctx)).toBeUndefined();
  });

  it('skips fetch when the image is built', () => {
    const ctx = context({ tags: 'r/a:1' });
    expect(fetchStage.skip(ctx)).toBe('image is empty: the image is built here');
    expect(buildStage.skip(ctx)).toBeUndefined();
  });

  it('runs fetch right after build, in the order of STAGE_NAMES', () => {
    const names = defaultStages().map((s) => s.name);
    expect(names.indexOf('fetch')).toBe(names.indexOf('build') + 1);
    const order = names.map((n) => STAGE_NAMES.indexOf(n));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('never pushes from the build: push writes the OCI archive the publish stage pushes', () => {
    const ctx = context({
      tags: 'ghcr.io/acme/api:ignored',
      push: 'true',
      'push-by-digest': 'true',
      skip: 'analyze,smoke,reproduce,sbom,scan',
    });
    expect(plannedOutputs(ctx, '/w')).toEqual([{ kind: 'oci', dest: '/w/image.oci.tar' }]);
    const load = context({
      tags: 'r/a:1',
      push: 'true',
      load: 'true',
      skip: 'analyze,smoke,reproduce,sbom,scan',
    });
    expect(plannedOutputs(load, '/w')).toEqual([{ kind: 'load' }, { kind: 'oci', dest: '/w/image.oci.tar' }]);
  });
});
