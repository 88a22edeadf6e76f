/**
 * Workflows users already have, run by nektos/act on the host with only the build step swapped for this action:
 * build-push-action's README "Path context" workflow (test/fixtures/act/build-push-readme.yml), and
 * metadata-action's README "Semver" workflow with its two steps as one (metadata-readme.yml) on a tag push.
 * Real: act, the action, buildx/BuildKit, the registry (read back over its HTTP API), syft, trivy on the local
 * database. The project is examples/hello-api with its vulnerable fixture module upgraded (see fixedScene). Stand-ins (test/fixtures/actions): login, QEMU, buildx setup (the environment's builder).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { run } from '../../src/tools/exec.js';
import { loadTestEnv, toolEnv, uniqueRepo } from '../helpers/env.js';
import { actScene, runAct, EXAMPLE_DIR, type ActRun, type ActScene } from '../helpers/act.js';
import { environmentEnv } from '../helpers/act-examples.js';
import { REPO_ROOT } from '../helpers/action.js';

const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'act');

/** The manifest digest a tag points to in the local registry (its HTTP API), or undefined. */
async function registryDigest(registry: string, repo: string, tag: string): Promise<string | undefined> {
  const res = await fetch(`http://${registry}/v2/${repo}/manifests/${tag}`, {
    method: 'HEAD',
    headers: {
      accept: [
        'application/vnd.oci.image.index.v1+json',
        'application/vnd.oci.image.manifest.v1+json',
        'application/vnd.docker.distribution.manifest.v2+json',
        'application/vnd.docker.distribution.manifest.list.v2+json',
      ].join(', '),
    },
  });
  return res.ok ? (res.headers.get('docker-content-digest') ?? undefined) : undefined;
}

const ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
].join(', ');

interface ManifestDoc {
  readonly annotations?: Record<string, string>;
  readonly manifests?: { digest: string; platform?: { os?: string } }[];
}

/** The annotations of the image manifest a tag names (the first real platform's, under an index). */
async function manifestAnnotations(
  registry: string,
  repo: string,
  tag: string,
): Promise<Record<string, string>> {
  const get = async (ref: string) =>
    (await (
      await fetch(`http://${registry}/v2/${repo}/manifests/${ref}`, { headers: { accept: ACCEPT } })
    ).json()) as ManifestDoc;
  const root = await get(tag);
  const child = root.manifests?.find((m) => m.platform?.os !== 'unknown');
  return (child ? await get(child.digest) : root).annotations ?? {};
}

/** The outputs of the step that set a digest (the README's build step has no id). */
function buildOutputs(run: ActRun): Record<string, string> {
  return Object.values(run.outputs).find((o) => 'digest' in o) ?? {};
}

function explain(run: ActRun): void {
  if (run.exitCode === 0) return;
  console.log(run.output.slice(-8000));
  console.log(run.annotations.map((a) => `${a.level}: ${a.message}`).join('\n'));
}

/**
 * examples/hello-api with its fixture module at the fixed v1.2.1: what remains is the standard library's MEDIUM
 * advisory, below the default fail-on-severity, so the gate lets the push through (at v1.2.0 the HIGH advisory
 * of the fixture database holds it back, as it should).
 */
async function fixedScene(prefix: string): Promise<ActScene> {
  const env = loadTestEnv();
  const scene = actScene(EXAMPLE_DIR, prefix);
  const goMod = path.join(scene.project, 'go.mod');
  writeFileSync(goMod, readFileSync(goMod, 'utf8').replace('greeting v1.2.0', 'greeting v1.2.1'));
  await run('go', ['mod', 'tidy'], {
    cwd: scene.project,
    env: toolEnv({
      GOPROXY: `file://${env.goproxyDir}`,
      GONOSUMDB: 'fixtures.gcc.test',
      GOFLAGS: '-mod=mod',
      GOTOOLCHAIN: 'local',
    }),
    timeoutMs: 120_000,
  });
  return scene;
}

describe('act: README workflows with this action in place of build-push-action', () => {
  it("build-push-action's Path context workflow: builds, checks and pushes :latest", async () => {
    const env = loadTestEnv();
    const repo = uniqueRepo('bpa-readme');
    const scene = await fixedScene('gcc-act-bpa-');
    try {
      const run = await runAct({
        projectDir: scene.project,
        workflow: path.join(FIXTURES, 'build-push-readme.yml'),
        event: 'push',
        cacheServerDir: scene.cacheDir,
        env: environmentEnv('http://127.0.0.1:9'),
        vars: { IMAGE_NAME: `${env.registry}/${repo}`, DOCKERHUB_USERNAME: 'nobody' },
        secrets: { DOCKERHUB_TOKEN: 'not-used-by-the-stand-in' },
      });
      console.log(`act run (build-push-action README workflow): ${(run.durationMs / 1000).toFixed(1)} s`);
      explain(run);
      expect({ exitCode: run.exitCode, jobs: run.jobs }).toEqual({
        exitCode: 0,
        jobs: { docker: 'success' },
      });
      const outputs = buildOutputs(run);
      expect(outputs.digest).toMatch(/^sha256:[a-f0-9]{64}$/);
      expect(outputs.tags).toBe(`${env.registry}/${repo}:latest`);
      // What the registry holds under :latest is what the action reported.
      expect(await registryDigest(env.registry, repo, 'latest')).toBe(outputs.digest);
      expect(run.output).toMatch(/setup-qemu stand-in/);
    } finally {
      scene.remove();
    }
  }, 900_000);

  it("metadata-action's Semver workflow on a tag push: tags 1.2.3, 1.2 and latest, version 1.2.3", async () => {
    const env = loadTestEnv();
    const repo = uniqueRepo('meta-readme');
    const scene = await fixedScene('gcc-act-meta-');
    try {
      const run = await runAct({
        projectDir: scene.project,
        workflow: path.join(FIXTURES, 'metadata-readme.yml'),
        event: 'push',
        payload: { ref: 'refs/tags/v1.2.3', repository: { name: 'hello-api', default_branch: 'main' } },
        cacheServerDir: scene.cacheDir,
        env: environmentEnv('http://127.0.0.1:9'),
        vars: { IMAGE_NAME: `${env.registry}/${repo}` },
      });
      console.log(
        `act run (metadata-action README workflow, tag push): ${(run.durationMs / 1000).toFixed(1)} s`,
      );
      explain(run);
      expect({ exitCode: run.exitCode, jobs: run.jobs }).toEqual({
        exitCode: 0,
        jobs: { docker: 'success' },
      });
      const outputs = run.outputs.build ?? {};
      expect(outputs.version).toBe('1.2.3');
      expect(outputs.tags?.split('\n')).toEqual(
        ['1.2.3', '1.2', 'latest'].map((t) => `${env.registry}/${repo}:${t}`),
      );
      expect(outputs.labels).toMatch(/^org\.opencontainers\.image\.version=1\.2\.3$/m);
      expect(run.output).toContain('tag-names=["1.2.3","1.2","latest"]');
      // metadata-action's annotations are on the image manifest.
      expect(await manifestAnnotations(env.registry, repo, '1.2.3')).toMatchObject({
        'org.opencontainers.image.version': '1.2.3',
        'org.opencontainers.image.title': 'hello-api',
      });
      for (const tag of ['1.2.3', '1.2', 'latest'])
        expect({ tag, digest: await registryDigest(env.registry, repo, tag) }).toEqual({
          tag,
          digest: outputs.digest,
        });
    } finally {
      scene.remove();
    }
  }, 900_000);
});
