/**
 * The targets input end to end (the bundled CLI, the real BuildKit builder, the local registry): two images from
 * one Dockerfile built in one BuildKit session, where the compile step they share runs once; each image is then
 * analysed, gated and pushed on its own: the one with a broken ENTRYPOINT is held back, the other is pushed;
 * one report with a section per image, and each image's own report files.
 */
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { run } from '../../src/tools/exec.js';
import { openImageSource } from '../../src/image/source.js';
import { archiveRoot } from '../../src/registry/push.js';
import { loadTestEnv, toolEnv, uniqueRepo } from '../helpers/env.js';
import { registryManifestDigest, registryTagStatus } from '../helpers/registry.js';
import { REPO_ROOT } from '../helpers/action.js';
import { tempDirs } from '../helpers/temp-dirs.js';

const BAKE_APP = path.join(REPO_ROOT, 'test', 'fixtures', 'apps', 'bake');

const tempDir = tempDirs();

interface Step {
  readonly name: string;
  readonly cached: boolean;
  readonly targets: readonly string[];
}

describe('targets: several images from one build', () => {
  it('builds the shared stage once, gates and pushes each image on its own, and reports each in its section', async () => {
    const env = loadTestEnv();
    const app = path.join(tempDir('gcc-targets-app-'), 'app');
    cpSync(BAKE_APP, app, { recursive: true });
    // The worker's ENTRYPOINT names a file its stage never gets: that image alone must be held back.
    const dockerfile = path.join(app, 'Dockerfile');
    writeFileSync(
      dockerfile,
      readFileSync(dockerfile, 'utf8').replace('ENTRYPOINT ["/worker"]', 'ENTRYPOINT ["/wrkr"]'),
    );
    const api = uniqueRepo('targets-api');
    const worker = uniqueRepo('targets-worker');
    const reportDir = tempDir('gcc-targets-report-');
    const r = await run(
      process.execPath,
      [
        path.join(REPO_ROOT, 'dist', 'cli.js'),
        'run',
        '--context',
        app,
        '--targets',
        `name=api,tags=${env.registry}/${api}:1`,
        '--targets',
        `name=worker,tags=${env.registry}/${worker}:1`,
        '--push',
        '--builder',
        env.builder,
        '--build-args',
        `GOLANG_IMAGE=${env.images.golang}`,
        '--build-args',
        `RUNTIME_IMAGE=${env.images.static}`,
        // A new value: the shared compile really runs in this session.
        '--build-args',
        `BAKE_NONCE=${randomBytes(6).toString('hex')}`,
        '--layer-cache',
        'none',
        '--trivy-cache-dir',
        env.trivyCacheDir,
        '--trivy-skip-db-update',
        '--sign',
        '--cosign-key',
        env.cosignKey,
        '--cosign-offline',
        '--allow-http-registry',
        '--skip',
        'cache-restore,cache-save,snapshot,reachability',
        '--report-dir',
        reportDir,
        // Each image's archive kept as <name>.oci.tar in this directory (made by the run).
        '--keep-image-archive',
        path.join(reportDir, 'kept'),
      ],
      {
        cwd: path.dirname(app),
        env: toolEnv({ COSIGN_PASSWORD: env.cosignPassword }),
        timeoutMs: 600_000,
        okExitCodes: [0, 1],
      },
    );
    const outputs: Record<string, string> = {};
    for (const m of r.stdout.matchAll(/^([a-z-]+)=(.*)$/gm)) outputs[m[1] as string] = m[2] as string;
    if (!outputs.images) throw new Error(`no images output:\n${r.stdout}\n${r.stderr}`);

    expect(r.exitCode).toBe(1);
    expect(outputs.verdict).toBe('fail');
    const images = JSON.parse(outputs.images) as { name: string; verdict: string; digest: string }[];
    expect(images.map((i) => [i.name, i.verdict])).toEqual([
      ['api', 'pass'],
      ['worker', 'fail'],
    ]);
    // Only the image that passed is in the registry, under the digest it was checked with.
    expect(await registryManifestDigest(env.registry, api, '1')).toBe(images[0]?.digest);
    expect(await registryTagStatus(env.registry, worker, '1')).toBe(404);
    expect(r.stderr).toMatch(/worker: not pushed: \d+ errors?/);
    expect(r.stderr).not.toMatch(/api: not pushed/);
    // Each image has its own SBOM and scan; only the pushed one is signed.
    expect(r.stderr).toContain(`signed and verified ${env.registry}/${api}@${images[0]?.digest ?? ''}`);
    expect(r.stderr).not.toContain(`signed and verified ${env.registry}/${worker}`);

    // The archives the checks read, kept: the api's is what was pushed.
    const kept = (name: string) => path.join(reportDir, 'kept', `${name}.oci.tar`);
    expect((await archiveRoot(await openImageSource(kept('api')))).digest).toBe(images[0]?.digest);
    expect(existsSync(kept('worker'))).toBe(true);

    // One BuildKit session: the compile both images need ran once, for both.
    const steps = JSON.parse(readFileSync(path.join(reportDir, 'build', 'steps.json'), 'utf8')) as Step[];
    const compiles = steps.filter((s) => /go build/.test(s.name));
    expect(compiles).toHaveLength(1);
    expect(compiles[0]).toMatchObject({ cached: false, targets: ['api', 'worker'] });

    // The broken ENTRYPOINT is the worker's finding, on the worker's line, and not the api's.
    const report = readFileSync(path.join(reportDir, 'report.md'), 'utf8');
    expect(report).toMatch(/^## ❌ go-container-ci failed: 1 of 2 images failed/);
    expect(report).toContain('### ✅ `api` passed');
    expect(report).toContain('### ❌ `worker` failed');
    const findings = (name: string) =>
      JSON.parse(readFileSync(path.join(reportDir, 'images', name, 'findings.json'), 'utf8')) as {
        code: string;
        line?: number;
      }[];
    const entrypointLine =
      readFileSync(dockerfile, 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('/wrkr')) + 1;
    expect(
      findings('worker')
        .filter((f) => f.code === 'GC108')
        .map((f) => f.line),
    ).toContain(entrypointLine);
    expect(findings('api').some((f) => f.code === 'GC108')).toBe(false);
    for (const name of ['api', 'worker'])
      for (const file of ['report.md', 'report.sarif', 'baseline.json'])
        expect(existsSync(path.join(reportDir, 'images', name, file))).toBe(true);
  });
});
