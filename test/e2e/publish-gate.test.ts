/**
 * The gate end to end (the bundled CLI, the real BuildKit builder, the local registry): the build writes an
 * OCI archive and pushes nothing; the publish stage pushes that archive only when the checks passed
 * (publish-when: passed), or whatever they found (always). A failing image is absent from the registry (404 for
 * its tag) and present once fixed; the digest pushed is the archive's index digest, for one platform and for a
 * two-platform index with provenance attestations; cosign signs and verifies that digest; a second push
 * uploads no blob. The push client is also tried directly against the real registry.
 */
import { randomBytes } from 'node:crypto';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { run, type RunResult } from '../../src/tools/exec.js';
import { openImageSource } from '../../src/image/source.js';
import { RegistryClient } from '../../src/registry/client.js';
import { ArchivePusher, archiveRoot, planPush } from '../../src/registry/push.js';
import { pushTargets } from '../../src/features/publish/stage.js';
import { cosignVerify, loadTestEnv, toolEnv, uniqueRepo } from '../helpers/env.js';
import { registryManifest, registryManifestDigest, registryTagStatus } from '../helpers/registry.js';
import { REPO_ROOT } from '../helpers/action.js';
import { tempDirs } from '../helpers/temp-dirs.js';
import { writeOciArchive } from '../helpers/oci.js';

const TINY = path.join(REPO_ROOT, 'test', 'fixtures', 'apps', 'tiny');

interface Run extends RunResult {
  readonly outputs: Record<string, string>;
  readonly reportDir: string;
  readonly report: string;
}

const tempDir = tempDirs();

/** A copy of the tiny app whose Dockerfile is changed by `edit`. */
function tinyWith(edit: (dockerfile: string) => string): string {
  const dir = path.join(tempDir('gcc-gate-app-'), 'app');
  cpSync(TINY, dir, { recursive: true });
  const file = path.join(dir, 'Dockerfile');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return dir;
}

/** `go-container-ci run --push` on a context; the outputs parsed from `name=value` lines. */
async function runCli(context: string, tag: string, extra: string[]): Promise<Run> {
  const env = loadTestEnv();
  const reportDir = tempDir('gcc-gate-report-');
  const r = await run(
    process.execPath,
    [
      path.join(REPO_ROOT, 'dist', 'cli.js'),
      'run',
      '--context',
      context,
      '--tags',
      tag,
      '--push',
      '--builder',
      env.builder,
      '--build-args',
      `GOLANG_IMAGE=${env.images.golang}`,
      '--build-args',
      `RUNTIME_IMAGE=${env.images.static}`,
      '--layer-cache',
      'none',
      '--report-dir',
      reportDir,
      // Image archives go to the run's scratch directory: keep the build's where archiveDigest reads it.
      '--keep-image-archive',
      path.join(reportDir, 'build', 'image.oci.tar'),
      ...extra,
    ],
    {
      cwd: path.dirname(context),
      env: toolEnv({ COSIGN_PASSWORD: env.cosignPassword }),
      timeoutMs: 600_000,
      okExitCodes: [0, 1],
    },
  );
  const outputs: Record<string, string> = {};
  for (const m of r.stdout.matchAll(/^([a-z-]+)=(.*)$/gm)) outputs[m[1] as string] = m[2] as string;
  return { ...r, outputs, reportDir, report: readFileSync(path.join(reportDir, 'report.md'), 'utf8') };
}

/** The digest of the OCI archive the build wrote: the one descriptor of its index.json. */
async function archiveDigest(reportDir: string): Promise<string> {
  return (await archiveRoot(await openImageSource(path.join(reportDir, 'build', 'image.oci.tar')))).digest;
}

const CHEAP = ['--skip', 'cache-restore,cache-save,snapshot,sbom,scan'];

describe('publish gate', () => {
  it('a lint error: nothing pushed; with publish-when always pushed and still failing; once fixed pushed, signed, and a second push uploads no blob', async () => {
    const env = loadTestEnv();
    const repo = uniqueRepo('gate-lint');
    const name = `${env.registry}/${repo}`;
    // GC101: a shell-form ENTRYPOINT on an image without /bin/sh (an error of the linter alone).
    const bad = tinyWith((d) => d.replace('ENTRYPOINT ["/tiny"]', 'ENTRYPOINT /tiny'));

    const held = await runCli(bad, `${name}:1`, CHEAP);
    expect(held.exitCode).toBe(1);
    expect(held.stderr).toMatch(/not pushed: \d+ errors?/);
    expect(held.report).toMatch(/🚫 \*\*not pushed: \d+ errors?\*\*/);
    expect(held.outputs.digest).toBe('');
    expect(held.outputs.verdict).toBe('fail');
    expect(await registryTagStatus(env.registry, repo, '1')).toBe(404);

    const always = await runCli(bad, `${name}:1`, [...CHEAP, '--publish-when', 'always']);
    expect(always.exitCode).toBe(1);
    expect(always.outputs.digest).toBe(await archiveDigest(always.reportDir));
    expect(await registryManifestDigest(env.registry, repo, '1')).toBe(always.outputs.digest);

    const fixed = tinyWith((d) => d);
    const signed = await runCli(fixed, `${name}:2`, [
      ...CHEAP,
      '--sign',
      '--cosign-key',
      env.cosignKey,
      '--cosign-offline',
      '--allow-http-registry',
    ]);
    if (signed.exitCode !== 0) throw new Error(`the fixed image failed:\n${signed.stdout}\n${signed.stderr}`);
    const digest = signed.outputs.digest as string;
    expect(digest).toBe(await archiveDigest(signed.reportDir));
    expect(await registryManifestDigest(env.registry, repo, '2')).toBe(digest);
    expect(signed.stderr + signed.stdout).toContain(`signed and verified ${name}@${digest}`);
    const verify = await cosignVerify(`${name}@${digest}`);
    expect(verify).toContain(digest);
    // (The registry may hold these blobs from an earlier run: the first push uploads what it lacks.)
    expect(signed.report).toMatch(
      /\*\*Published:\*\* .*\d+ blobs? uploaded \(.+\), \d+ already there, \d+ mounted, \d+ manifests put/,
    );

    // The same image again under another tag: every blob is already there (HEAD hits).
    const again = await runCli(fixed, `${name}:3`, CHEAP);
    expect(again.exitCode).toBe(0);
    expect(again.outputs.digest).toBe(digest);
    expect(again.report).toMatch(/0 blobs uploaded \(0 B\), [1-9]\d* already there, 0 mounted/);
  });

  it('an ENTRYPOINT that cannot start: nothing pushed; once fixed pushed', async () => {
    const env = loadTestEnv();
    const repo = uniqueRepo('gate-entry');
    const name = `${env.registry}/${repo}`;
    const bad = tinyWith((d) => d.replace('ENTRYPOINT ["/tiny"]', 'ENTRYPOINT ["/tiny-missing"]'));
    // Lint skipped: the image checks and the smoke run find it on the built image.
    const skip = ['--skip', 'lint,cache-restore,cache-save,snapshot,sbom,scan', '--smoke-command', 'gate'];
    const held = await runCli(bad, `${name}:1`, skip);
    expect(held.exitCode).toBe(1);
    expect(held.stderr).toMatch(/not pushed: \d+ errors?/);
    expect(held.outputs.smoke).toBe('no such file');
    expect(held.outputs.digest).toBe('');
    expect(await registryTagStatus(env.registry, repo, '1')).toBe(404);

    const fixed = await runCli(
      tinyWith((d) => d),
      `${name}:1`,
      skip,
    );
    expect(fixed.exitCode).toBe(0);
    expect(fixed.outputs.smoke).toBe('ok');
    expect(await registryManifestDigest(env.registry, repo, '1')).toBe(fixed.outputs.digest);
  });

  it('a vulnerability at fail-on-severity (the fixture advisories): nothing pushed; accepted, pushed', async () => {
    const env = loadTestEnv();
    const repo = uniqueRepo('gate-vuln');
    const name = `${env.registry}/${repo}`;
    const app = path.join(tempDir('gcc-gate-vuln-'), 'hello-api');
    cpSync(path.join(REPO_ROOT, 'examples', 'hello-api'), app, { recursive: true });
    const scan = [
      '--build-args',
      `REGISTRY=${env.registry}`,
      '--build-args',
      `GOPROXY=${env.goproxyUrl}`,
      '--trivy-cache-dir',
      env.trivyCacheDir,
      '--trivy-skip-db-update',
      '--skip',
      'lint,cache-restore,cache-save,snapshot',
    ];
    const held = await runCli(app, `${name}:1`, scan);
    expect(held.exitCode).toBe(1);
    expect(held.outputs.vulnerabilities).toBe('{"high":1,"medium":1}');
    expect(held.stderr).toContain('not pushed: 1 error');
    expect(await registryTagStatus(env.registry, repo, '1')).toBe(404);

    writeFileSync(path.join(app, '.trivyignore'), 'GCC-2026-0001\n');
    const accepted = await runCli(app, `${name}:1`, [
      ...scan,
      '--trivy-ignore-file',
      'hello-api/.trivyignore',
    ]);
    if (accepted.exitCode !== 0)
      throw new Error(`accepted run failed:\n${accepted.stdout}\n${accepted.stderr}`);
    expect(await registryManifestDigest(env.registry, repo, '1')).toBe(accepted.outputs.digest);
  });

  it('two platforms with provenance: the registry serves the archive index, attestation manifests included', async () => {
    const env = loadTestEnv();
    const repo = uniqueRepo('gate-multi');
    const name = `${env.registry}/${repo}`;
    const r = await runCli(
      tinyWith((d) => d),
      `${name}:1`,
      [
        '--skip',
        'cache-restore,cache-save,snapshot,sbom,scan,smoke',
        '--platforms',
        'linux/amd64,linux/arm64',
        '--provenance',
        'mode=max',
        '--sign',
        '--cosign-key',
        env.cosignKey,
        '--cosign-offline',
        '--allow-http-registry',
      ],
    );
    if (r.exitCode !== 0) throw new Error(`the action failed:\n${r.stdout}\n${r.stderr}`);
    const digest = await archiveDigest(r.reportDir);
    expect(r.outputs.digest).toBe(digest);
    expect(await registryManifestDigest(env.registry, repo, '1')).toBe(digest);
    const index = (await registryManifest(env.registry, repo, digest)) as {
      manifests: { annotations?: Record<string, string>; platform?: { architecture: string } }[];
    };
    const kinds = index.manifests.map((m) =>
      m.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest'
        ? 'attestation'
        : m.platform?.architecture,
    );
    expect(kinds.sort()).toEqual(['amd64', 'arm64', 'attestation', 'attestation']);
    expect(r.stderr + r.stdout).toContain(`signed and verified ${name}@${digest}`);
  });
});

describe('the push client against the real registry', () => {
  it('pushes an archive to two repositories (the second without uploads), in chunks, then finds every blob on a second push', async () => {
    const env = loadTestEnv();
    // Fresh blobs (random bytes), so that no earlier test's push left them in the registry.
    const file = await writeOciArchive(tempDir('gcc-client-'), {
      layers: [[{ name: 'hello', content: randomBytes(16).toString('hex') }], randomBytes(300_000)],
    });
    const source = await openImageSource(file);
    const plan = await planPush(source);
    const [a, b] = [uniqueRepo('client-a'), uniqueRepo('client-b')];
    const targets = pushTargets([`${env.registry}/${a}:1`, `${env.registry}/${b}:1`], false);
    const pusher = new ArchivePusher(new RegistryClient({ retryDelayMs: 50 }), source, {
      chunkBytes: 64 * 1024,
    });
    expect(await pusher.push(plan, targets)).toBe(plan.root.digest);
    expect(pusher.stats.blobsUploaded).toBe(plan.blobs.length);
    // The second repository gets every blob without an upload: mounted, or found by HEAD where the registry
    // keeps one blob store for all repositories (crane's does).
    expect(pusher.stats.blobsMounted + pusher.stats.blobsSkipped).toBe(plan.blobs.length);
    for (const repo of [a, b])
      expect(await registryManifestDigest(env.registry, repo, '1')).toBe(plan.root.digest);

    const again = new ArchivePusher(new RegistryClient({ retryDelayMs: 50 }), source);
    await again.push(plan, pushTargets([`${env.registry}/${a}:2`], false));
    expect(again.stats).toMatchObject({
      blobsUploaded: 0,
      bytesUploaded: 0,
      blobsSkipped: plan.blobs.length,
    });
  });
});
