/**
 * The bundled action, run as GitHub runs it, builds a fixture with the real BuildKit and (its publish stage)
 * pushes it to the local registry; its digest output must be the registry's manifest digest for the pushed tag.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadTestEnv, toolEnv, uniqueRepo } from '../helpers/env.js';
import { registryManifest, registryManifestDigest } from '../helpers/registry.js';
import { REPO_ROOT, runBundledAction } from '../helpers/action.js';
import { run as execRun } from '../../src/tools/exec.js';

const workspace = path.join(REPO_ROOT, 'test', 'fixtures', 'apps');

function baseImageArgs(): string {
  const env = loadTestEnv();
  return `GOLANG_IMAGE=${env.images.golang}\nRUNTIME_IMAGE=${env.images.static}`;
}

describe('bundled action: build and push', () => {
  it('outputs the digest the registry serves for the pushed tag', async () => {
    const env = loadTestEnv();
    const repo = uniqueRepo('tiny');
    const tag = `${env.registry}/${repo}:e2e`;
    const run = await runBundledAction({
      workspace,
      inputs: {
        context: 'tiny',
        tags: tag,
        push: 'true',
        builder: env.builder,
        'build-args': baseImageArgs(),
        skip: 'sbom,scan',
      },
      env: toolEnv(),
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const served = await registryManifestDigest(env.registry, repo, 'e2e');
    expect(run.outputs.digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(run.outputs.digest).toBe(served);
    expect(run.outputs.verdict).toBe('pass');
    // buildx's own metadata names the image manifest: the tag names it, or the index that holds it (with
    // attestations, when provenance asks for them).
    const manifest = JSON.parse(run.outputs.metadata ?? '{}')['containerimage.digest'] as string;
    const index = await registryManifest(env.registry, repo, served);
    expect([served, ...(index.manifests ?? []).map((m) => (m as { digest: string }).digest)]).toContain(
      manifest,
    );
    expect(run.summary).toContain(served);
    expect(run.summary).toMatch(/Build steps: \d+/);
  });

  it('fails with an error naming the input, and builds nothing, on a bad input', async () => {
    const run = await runBundledAction({
      workspace,
      inputs: { context: 'tiny', platforms: 'linux/amd46' },
      env: toolEnv(),
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(
      /::error title=go-container-ci%3A bad input 'platforms'::input 'platforms': 'linux\/amd46': expected os\/arch/,
    );
    expect(run.outputs.digest).toBeUndefined();
  });

  it('reports the failing build step with the tail of its log', async () => {
    const env = loadTestEnv();
    const run = await runBundledAction({
      workspace,
      inputs: {
        context: 'tiny',
        builder: env.builder,
        'build-args': `${baseImageArgs()}\nTARGETARCH=not-an-arch`,
        skip: 'cache-restore,sbom,scan',
      },
      env: toolEnv(),
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/build failed at step '\[build \d\/\d\] RUN .*go build/);
    expect(run.stdout).toMatch(/unsupported GOOS\/GOARCH pair linux\/not-an-arch/);
  });

  it('outputs the manifest digest of an OCI-only export, as the archive records it', async () => {
    const env = loadTestEnv();
    const keep = path.join(mkdtempSync(path.join(os.tmpdir(), 'gcc-keep-')), 'image.oci.tar');
    const run = await runBundledAction({
      workspace,
      inputs: {
        context: 'tiny',
        builder: env.builder,
        'build-args': baseImageArgs(),
        skip: 'cache-restore,cache-save,sbom,scan',
        'keep-image-archive': keep,
      },
      env: toolEnv(),
    });
    expect(run.exitCode).toBe(0);
    const archive = keep;
    const { stdout } = await execRun('tar', ['-xOf', archive, 'index.json']);
    const index = JSON.parse(stdout) as { manifests: { digest: string }[] };
    expect(index.manifests).toHaveLength(1);
    expect(run.outputs.digest).toBe(index.manifests[0]?.digest);
  });

  it('outputs the image id the Docker engine shows for a loaded image', async () => {
    const env = loadTestEnv();
    const tag = `gcc-e2e/tiny-load:${process.pid}`;
    const run = await runBundledAction({
      workspace,
      inputs: {
        context: 'tiny',
        tags: tag,
        load: 'true',
        builder: env.builder,
        'build-args': baseImageArgs(),
        skip: 'cache-restore,cache-save,sbom,scan',
      },
      env: toolEnv(),
    });
    expect(run.exitCode).toBe(0);
    const { stdout } = await execRun('docker', ['image', 'inspect', '--format', '{{.Id}}', tag], {
      env: toolEnv(),
    });
    expect(run.outputs['image-id']).toBe(stdout.trim());
    expect(run.outputs.digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    await execRun('docker', ['image', 'rm', tag], { env: toolEnv() });
  });
});
