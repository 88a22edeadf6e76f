/**
 * The fan-out recipe of the reusable workflow, on the local environment: each platform built on its own,
 * checked, and pushed by digest through the gate (the bundled action with push-by-digest), the digests joined
 * into one index by the workflow's own merge script (`docker buildx imagetools create`, the index digest taken
 * from the bytes it made, never from a tag), then the bundled action once on the merged index with `image`: the
 * fetch stage writes every platform into an OCI archive, the SBOM and the scan read it, and cosign signs and
 * verifies the index digest. Nothing is rebuilt. A platform failing its checks pushes nothing, and the merge
 * script names it and makes no index.
 */
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extract } from 'tar-stream';
import { createHash } from 'node:crypto';
import { run } from '../../src/tools/exec.js';
import { RegistryClient, RegistryError } from '../../src/registry/client.js';
import { registryReference } from '../../src/registry/reference.js';
import { fetchOciArchive } from '../../src/registry/layout.js';
import { removeTree } from '../../src/cache/fs.js';
import { cosignVerify, loadTestEnv, toolEnv, uniqueRepo } from '../helpers/env.js';
import { registryManifestDigest } from '../helpers/registry.js';
import { REPO_ROOT, runBundledAction } from '../helpers/action.js';
import { workflowScript } from '../helpers/workflow.js';
import { openImageSource } from '../../src/image/source.js';
import { archiveRoot } from '../../src/registry/push.js';

/** One platform job: the bundled action with push-by-digest, through the gate. */
function platformJob(platform: string, name: string, reportDir: string, buildArgs = '') {
  const env = loadTestEnv();
  return runBundledAction({
    workspace: path.join(REPO_ROOT, 'test', 'fixtures', 'apps'),
    inputs: {
      context: 'tiny',
      platforms: platform,
      tags: `${name}:ignored`,
      push: 'true',
      'push-by-digest': 'true',
      builder: env.builder,
      'build-args': `GOLANG_IMAGE=${env.images.golang}\nRUNTIME_IMAGE=${env.images.static}${buildArgs}`,
      skip: 'lint,snapshot,cache-restore,cache-save,sbom,scan',
      'layer-cache': 'none',
      'report-dir': reportDir,
      // Image archives go to the run's scratch directory: keep the one the test reads.
      'keep-image-archive': path.join(reportDir, 'build', 'image.oci.tar'),
    },
    env: toolEnv(),
  });
}

/** Runs a step script of the reusable workflow with bash, as the runner would. */
async function workflowStep(job: string, step: string, runnerTemp: string, vars: NodeJS.ProcessEnv) {
  const env = loadTestEnv();
  const output = path.join(runnerTemp, 'output.txt');
  writeFileSync(output, '');
  const r = await run('bash', ['-e', '-c', workflowScript(job, step)], {
    env: toolEnv({ ...vars, RUNNER_TEMP: runnerTemp, GITHUB_OUTPUT: output, BUILDX_BUILDER: env.builder }),
    timeoutMs: 180_000,
    okExitCodes: [0, 1],
  });
  return { ...r, output: readFileSync(output, 'utf8') };
}

/** Every file of a tar, as text for the JSON ones and sizes for all. */
async function readTar(file: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  const ex = extract();
  const done = new Promise<void>((resolve, reject) => {
    ex.on('entry', (header, stream, next) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: unknown) => chunks.push(c as Buffer));
      stream.on('end', () => {
        if (header.type === 'file') files.set(header.name, Buffer.concat(chunks));
        next();
      });
      stream.resume();
    });
    ex.on('finish', resolve);
    ex.on('error', reject);
  });
  createReadStream(file).pipe(ex);
  await done;
  return files;
}

interface Index {
  manifests: { digest: string; mediaType: string; platform?: { os: string; architecture: string } }[];
}

describe('fan-out and merge', () => {
  it('builds each platform by digest, merges them, and analyses, scans and signs the merged index', async () => {
    const env = loadTestEnv();
    const repo = uniqueRepo('fanout');
    const name = `${env.registry}/${repo}`;
    const apps = path.join(REPO_ROOT, 'test', 'fixtures', 'apps');
    const reportDir = mkdtempSync(path.join(os.tmpdir(), 'gcc-fanout-'));
    try {
      // 1. One job per platform: checked, then pushed by digest, nothing tagged.
      const runnerTemp = mkdtempSync(path.join(os.tmpdir(), 'gcc-fanout-runner-'));
      mkdirSync(path.join(runnerTemp, 'digests'));
      for (const platform of ['linux/amd64', 'linux/arm64']) {
        const platformReport = path.join(runnerTemp, platform.replace('/', '-'));
        const r = await platformJob(platform, name, platformReport);
        if (r.exitCode !== 0) throw new Error(`the ${platform} build failed:\n${r.stdout}\n${r.stderr}`);
        expect(r.outputs.digest).toMatch(/^sha256:[a-f0-9]{64}$/);
        // What was pushed is the archive the checks read.
        const archive = await openImageSource(path.join(platformReport, 'build', 'image.oci.tar'));
        expect(r.outputs.digest).toBe((await archiveRoot(archive)).digest);
        writeFileSync(path.join(runnerTemp, 'digests', (r.outputs.digest as string).slice(7)), '');
      }
      await expect(registryManifestDigest(env.registry, repo, 'ignored')).rejects.toThrow(/404/);

      // 2. The merge job's own script: one index from the digests, its digest from the bytes it made.
      const merge = await workflowStep('merge', 'join the digests into one index', runnerTemp, {
        IMAGE: name,
        TAGS: `${name}:1\n`,
        PLATFORMS_RESULT: 'success',
      });
      if (merge.exitCode !== 0) throw new Error(`the merge script failed:\n${merge.stdout}\n${merge.stderr}`);
      const merged = await registryManifestDigest(env.registry, repo, '1');
      expect(merge.output).toBe(`image=${name}@${merged}\n`);
      await removeTree(runnerTemp);

      // 3. The action once on the merged index: fetch, SBOM, scan, sign. No build.
      const r = await runBundledAction({
        workspace: apps,
        inputs: {
          context: 'tiny',
          // By digest, as the reusable workflow's merge job passes it (a tag could move meanwhile).
          image: `${name}@${merged}`,
          skip: 'lint,snapshot',
          'trivy-cache-dir': env.trivyCacheDir,
          'trivy-skip-db-update': 'true',
          sign: 'true',
          'cosign-key': env.cosignKey,
          'cosign-offline': 'true',
          'allow-http-registry': 'true',
          'fail-on': 'never',
          'report-dir': reportDir,
          'keep-image-archive': path.join(reportDir, 'fetch', 'image.oci.tar'),
        },
        env: toolEnv({ COSIGN_PASSWORD: env.cosignPassword }),
      });
      if (r.exitCode !== 0) throw new Error(`the merge run failed:\n${r.stdout}\n${r.stderr}`);
      expect(r.outputs.digest).toBe(merged);
      expect(r.summary).toContain('image is set');
      expect(r.summary).toContain('fetched from the registry');
      // A failed stage (analyze too) would have failed the run above.
      expect(r.stdout).not.toMatch(/buildx build/);

      // The fetch stage's OCI archive holds the index and both platforms' images, every blob present.
      const archive = path.join(reportDir, 'fetch', 'image.oci.tar');
      const files = await readTar(archive);
      expect(JSON.parse(files.get('oci-layout')?.toString() ?? '{}')).toEqual({
        imageLayoutVersion: '1.0.0',
      });
      const layout = JSON.parse(files.get('index.json')?.toString() ?? '{}') as Index;
      expect(layout.manifests.map((m) => m.digest)).toEqual([merged]);
      const blob = (d: string) => files.get(`blobs/sha256/${d.slice('sha256:'.length)}`);
      const index = JSON.parse(blob(merged)?.toString() ?? '{}') as Index;
      const platforms = index.manifests
        .filter((m) => m.platform && m.platform.os !== 'unknown')
        .map((m) => `${m.platform?.os}/${m.platform?.architecture}`);
      expect(platforms.sort()).toEqual(['linux/amd64', 'linux/arm64']);
      for (const m of index.manifests) {
        const manifest = JSON.parse(blob(m.digest)?.toString() ?? '{}') as {
          config: { digest: string; size: number };
          layers: { digest: string; size: number }[];
        };
        for (const d of [manifest.config, ...manifest.layers]) expect(blob(d.digest)?.length).toBe(d.size);
      }

      // The analysis read both platforms of the merged index: the right binary for each.
      const binaries = JSON.parse(r.outputs['go-binaries'] ?? '[]') as { platform: string; goarch: string }[];
      expect(binaries.map((b) => `${b.platform} ${b.goarch}`).sort()).toEqual([
        'linux/amd64 amd64',
        'linux/arm64 arm64',
      ]);
      expect(r.summary).toContain('### Image');

      // The SBOM and the scan read it.
      expect(existsSync(r.outputs['sbom-spdx'] as string)).toBe(true);
      expect(r.outputs.vulnerabilities).toMatch(/^\{/);
      expect(r.stderr + r.stdout).toContain(`signed and verified ${name}@${merged}`);

      // cosign verifies the merged index by digest.
      await cosignVerify(`${name}@${merged}`);
    } finally {
      await removeTree(reportDir);
    }
  });

  it('a platform failing its checks pushes nothing, and the merge names it and makes no index', async () => {
    const env = loadTestEnv();
    const repo = uniqueRepo('fanout-held');
    const name = `${env.registry}/${repo}`;
    const runnerTemp = mkdtempSync(path.join(os.tmpdir(), 'gcc-fanout-held-'));
    try {
      const good = await platformJob('linux/amd64', name, path.join(runnerTemp, 'amd64'));
      expect(good.exitCode).toBe(0);
      // An amd64 program in the linux/arm64 image (GC203, an error): the gate holds this platform back.
      const report = path.join(runnerTemp, 'arm64');
      const bad = await platformJob('linux/arm64', name, report, '\nTARGETARCH=amd64');
      expect(bad.exitCode).toBe(1);
      expect(bad.outputs.digest).toBe('');
      expect(bad.stdout).toMatch(/::error::not pushed: \d+ errors?/);
      expect(bad.summary).toMatch(/not pushed: \d+ errors?/);
      const held = (await archiveRoot(await openImageSource(path.join(report, 'build', 'image.oci.tar'))))
        .digest;
      await expect(registryManifestDigest(env.registry, repo, held)).rejects.toThrow(/404/);

      // The platform job's failure step, then the merge job's script.
      await workflowStep('platform', 'record that nothing was pushed', runnerTemp, {
        PLATFORM: 'linux/arm64',
        SLUG: 'linux-arm64',
      });
      mkdirSync(path.join(runnerTemp, 'digests'));
      writeFileSync(path.join(runnerTemp, 'digests', (good.outputs.digest as string).slice(7)), '');
      const merge = await workflowStep('merge', 'join the digests into one index', runnerTemp, {
        IMAGE: name,
        TAGS: `${name}:1\n`,
        PLATFORMS_RESULT: 'failure',
      });
      expect(merge.exitCode).toBe(1);
      expect(merge.stdout).toContain(
        '::error title=go-container::not merged: linux/arm64 pushed nothing (its checks failed or it did not finish; see its job summary)',
      );
      await expect(registryManifestDigest(env.registry, repo, '1')).rejects.toThrow(/404/);
    } finally {
      await removeTree(runnerTemp);
    }
  });

  it('fetches a base image from the local registry into a complete OCI layout, and names a missing one', async () => {
    const env = loadTestEnv();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gcc-fetch-'));
    try {
      const client = new RegistryClient({ retryDelayMs: 50 });
      const ref = registryReference(env.images.static as string);
      const dest = path.join(dir, 'static.oci.tar');
      const fetched = await fetchOciArchive(client, ref, dest, { scratchDir: dir });
      const [repo, tag] = (env.images.static as string).split(/:(?=[^:/]+$)/) as [string, string];
      expect(fetched.digest).toBe(
        await registryManifestDigest(env.registry, repo.slice(env.registry.length + 1), tag),
      );
      const files = await readTar(dest);
      // Every blob is what its name says.
      for (const [name, bytes] of files) {
        if (!name.startsWith('blobs/sha256/')) continue;
        expect(createHash('sha256').update(bytes).digest('hex')).toBe(name.slice('blobs/sha256/'.length));
      }
      expect(files.size).toBe(fetched.blobs + 2);

      const missing = await client
        .manifest(registryReference(`${env.registry}/test/does-not-exist:1`))
        .catch((e: unknown) => e);
      expect(missing).toBeInstanceOf(RegistryError);
      expect((missing as Error).message).toContain(`manifest ${env.registry}/test/does-not-exist:1: `);
      expect((missing as Error).message).toMatch(/answered 404/);
    } finally {
      await removeTree(dir);
    }
  });
});
