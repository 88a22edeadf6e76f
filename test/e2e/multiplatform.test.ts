/**
 * Several platforms in one build: one index in the registry, whose digest is the action's output; the Go
 * environment snapshotted per platform; and each platform's image compared on its own by verify-reproducible.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadTestEnv, toolEnv, uniqueRepo } from '../helpers/env.js';
import { registryManifest, registryManifestDigest } from '../helpers/registry.js';
import { REPO_ROOT, runBundledAction } from '../helpers/action.js';
import { startFreshBuilder } from '../helpers/buildkit.js';

describe('multi-platform build', () => {
  it('pushes one index for linux/amd64 and linux/arm64, snapshots and verifies each platform', async () => {
    const env = loadTestEnv();
    const repo = uniqueRepo('multi');
    // A builder with no cache of earlier commits (see reproduce.test.ts).
    const fresh = await startFreshBuilder('multi');
    const run = await runBundledAction({
      workspace: path.join(REPO_ROOT, 'test', 'fixtures', 'apps'),
      inputs: {
        context: 'tiny',
        platforms: 'linux/amd64,linux/arm64',
        tags: `${env.registry}/${repo}:1`,
        push: 'true',
        builder: fresh.name,
        'build-args': `GOLANG_IMAGE=${env.images.golang}\nRUNTIME_IMAGE=${env.images.static}`,
        'verify-reproducible': 'true',
        skip: 'cache-restore,cache-save,sbom,scan',
        'layer-cache': 'none',
      },
      env: toolEnv(),
    }).finally(() => fresh.stop());
    if (run.exitCode !== 0) throw new Error(`the action failed:\n${run.stdout}\n${run.stderr}`);
    const served = await registryManifestDigest(env.registry, repo, '1');
    expect(run.outputs.digest).toBe(served);
    const index = await registryManifest(env.registry, repo, served);
    const platforms = (index.manifests as { platform?: { os: string; architecture: string } }[])
      .map((m) => `${m.platform?.os}/${m.platform?.architecture}`)
      .filter((p) => !p.includes('unknown'));
    expect(platforms.sort()).toEqual(['linux/amd64', 'linux/arm64']);

    const snapshot = JSON.parse(
      readFileSync(path.join(run.outputs['report-dir'] as string, 'go-env-snapshot.json'), 'utf8'),
    );
    expect(snapshot.platforms).toEqual(['linux/amd64', 'linux/arm64']);
    expect(
      snapshot.stages.map((s: { platform: string; vars: { GOARCH: { value: string } } }) => [
        s.platform,
        s.vars.GOARCH.value,
      ]),
    ).toEqual([
      ['linux/amd64', 'amd64'],
      ['linux/arm64', 'arm64'],
    ]);
    expect(run.stdout).toMatch(
      /reproducible: a rebuild without cache gave the same digests \(linux\/amd64 sha256:[a-f0-9]{64}, linux\/arm64 sha256:[a-f0-9]{64}\)/,
    );
  });
});
