/**
 * build-push-action v7's build inputs against the local BuildKit, through the bundled action: `no-cache`,
 * `outputs: type=local`, a monorepo built with `build-contexts`, `annotations` read back from the registry,
 * `call: check` findings on their lines, and `secret-files` reaching `RUN --mount=type=secret`.
 */
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Log } from 'sarif';
import { loadTestEnv, toolEnv, uniqueRepo } from '../helpers/env.js';
import { registryManifest, registryManifestDigest } from '../helpers/registry.js';
import { REPO_ROOT, runBundledAction, type ActionRun } from '../helpers/action.js';

const APPS = path.join(REPO_ROOT, 'test', 'fixtures', 'apps');

interface Step {
  name: string;
  cached: boolean;
  log?: string;
}

function steps(run: ActionRun): Step[] {
  return JSON.parse(
    readFileSync(path.join(run.outputs['report-dir'] as string, 'build', 'steps.json'), 'utf8'),
  ) as Step[];
}

function succeeded(run: ActionRun): ActionRun {
  if (run.exitCode !== 0)
    throw new Error(`the action failed:\n${run.stdout.slice(-6000)}\n${run.stderr.slice(-3000)}`);
  return run;
}

/** A manifest with its annotations, as the registry serves it. */
type Served = {
  mediaType?: string;
  manifests?: { digest: string; platform?: { os: string } }[];
  annotations?: Record<string, string>;
};

describe('build-push-action build inputs', () => {
  const env = loadTestEnv();
  const base = {
    builder: env.builder,
    skip: 'cache-restore,cache-save,sbom,scan,reachability',
    'layer-cache': 'none',
  };

  it('secret-files reach RUN --mount=type=secret; no-cache runs every step again', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gcc-secret-file-'));
    const secretFile = path.join(dir, 'netrc');
    const secret = 'gcc-e2e-secret-file-5b1d9c';
    writeFileSync(secretFile, `machine example.test login x password ${secret}\n`, { mode: 0o600 });
    const inputs = {
      ...base,
      context: 'tiny',
      file: 'tiny/Dockerfile.secretfile',
      'build-args': `GOLANG_IMAGE=${env.images.golang}`,
      'secret-files': `netrc=${secretFile}`,
    };
    const warm = succeeded(await runBundledAction({ workspace: APPS, inputs, env: toolEnv() }));
    // The first build fills the layer cache (or finds it filled by an earlier run: then the step is cached).
    const first = steps(warm).find((s) => s.name.includes('--mount=type=secret'));
    expect(first?.cached || (first?.log ?? '').includes('secret file is mounted')).toBe(true);

    const again = succeeded(
      await runBundledAction({ workspace: APPS, inputs: { ...inputs, 'no-cache': 'true' }, env: toolEnv() }),
    );
    const work = steps(again).filter((s) => /^\[\d+\/\d+\]|RUN|COPY/.test(s.name));
    expect(work.length).toBeGreaterThan(0);
    expect(work.filter((s) => s.cached).map((s) => s.name)).toEqual([]);
    expect(work.find((s) => s.name.includes('--mount=type=secret'))?.log ?? '').toContain(
      'secret file is mounted',
    );
    for (const r of [warm, again]) {
      expect(`${r.stdout}${r.stderr}`).not.toContain(secret);
      expect(
        readFileSync(path.join(r.outputs['report-dir'] as string, 'build', 'steps.json'), 'utf8'),
      ).not.toContain(secret);
    }
  });

  it('a monorepo service builds with build-contexts; outputs type=local leaves the binary; annotations reach the registry', async () => {
    const repo = uniqueRepo('build-inputs');
    const out = mkdtempSync(path.join(os.tmpdir(), 'gcc-outputs-local-'));
    const run = succeeded(
      await runBundledAction({
        workspace: APPS,
        inputs: {
          ...base,
          context: 'monorepo/services/api',
          'build-contexts': 'lib=monorepo/services/lib',
          'build-args': `GOLANG_IMAGE=${env.images.golang}\nRUNTIME_IMAGE=${env.images.static}`,
          outputs: `type=local,dest=${out}`,
          annotations: [
            'org.opencontainers.image.description=monorepo api, built with "build-contexts" = lib',
            'index:org.opencontainers.image.vendor=go-container-ci e2e',
          ].join('\n'),
          provenance: 'mode=min',
          tags: `${env.registry}/${repo}:1`,
          push: 'true',
        },
        env: toolEnv(),
      }),
    );
    // The local exporter wrote the final stage: the Go binary is on disk.
    const binary = path.join(out, 'api');
    expect(existsSync(binary)).toBe(true);
    expect(statSync(binary).size).toBeGreaterThan(100_000);
    expect(readFileSync(binary).subarray(0, 4)).toEqual(Buffer.from([0x7f, 0x45, 0x4c, 0x46]));

    const digest = await registryManifestDigest(env.registry, repo, '1');
    expect(run.outputs.digest).toBe(digest);
    const index = (await registryManifest(env.registry, repo, digest)) as Served;
    expect(index.manifests?.length).toBeGreaterThan(0);
    expect(index.annotations?.['org.opencontainers.image.vendor']).toBe('go-container-ci e2e');
    const image = index.manifests?.find((m) => m.platform?.os !== 'unknown');
    const manifest = (await registryManifest(env.registry, repo, image?.digest ?? '')) as Served;
    expect(manifest.annotations?.['org.opencontainers.image.description']).toBe(
      'monorepo api, built with "build-contexts" = lib',
    );
  });

  it('call: check: BuildKit findings on their lines, merged with ours', async () => {
    const run = await runBundledAction({
      workspace: APPS,
      inputs: {
        ...base,
        context: 'tiny',
        file: 'tiny/Dockerfile.checks',
        'build-args': `GOLANG_IMAGE=${env.images.golang}\nRUNTIME_IMAGE=${env.images.static}`,
        call: 'check',
        skip: `${base.skip},build`,
        'fail-on': 'never',
      },
      env: toolEnv(),
    });
    succeeded(run);
    const sarif = JSON.parse(
      readFileSync(path.join(run.outputs['report-dir'] as string, 'report.sarif'), 'utf8'),
    ) as Log;
    const results = (sarif.runs[0]?.results ?? []).map((r) => ({
      rule: r.ruleId,
      level: r.level,
      line: r.locations?.[0]?.physicalLocation?.region?.startLine,
      file: r.locations?.[0]?.physicalLocation?.artifactLocation?.uri,
    }));
    expect(results).toContainEqual({
      rule: 'BK:FromAsCasing',
      level: 'warning',
      line: 5,
      file: 'tiny/Dockerfile.checks',
    });
    // The shell-form ENTRYPOINT: ours (GC101) once, BuildKit's JSONArgsRecommended left out as the same finding.
    expect(results.filter((r) => r.line === 11).map((r) => r.rule)).toEqual(['GC101']);

    // lint-disable turns a BuildKit check off like one of ours.
    const off = await runBundledAction({
      workspace: APPS,
      inputs: {
        ...base,
        context: 'tiny',
        file: 'tiny/Dockerfile.checks',
        'build-args': `GOLANG_IMAGE=${env.images.golang}\nRUNTIME_IMAGE=${env.images.static}`,
        call: 'check',
        'lint-disable': 'BK:FromAsCasing',
        skip: `${base.skip},build`,
        'fail-on': 'never',
      },
      env: toolEnv(),
    });
    succeeded(off);
    const offSarif = readFileSync(path.join(off.outputs['report-dir'] as string, 'report.sarif'), 'utf8');
    expect(offSarif).not.toContain('"ruleId": "BK:FromAsCasing"');
  });
});
