/**
 * The published workflows under nektos/act, unedited, with this environment substituted by inputs, variables
 * and env (test/helpers/act-examples.ts):
 * - examples/workflows/pr-build.yml on a pull_request payload. Ran for real: act's own checkout of the
 *   repository (act copies it), the action (build, analysis, SBOM, scan on the local trivy database, report),
 *   the sticky comment against the fake GitHub REST API. Stand-in: docker/setup-buildx-action (uses the
 *   environment's builder instead of downloading buildx).
 * - .github/workflows/go-container.yml called from test/fixtures/act/reusable-caller.yml (workflow_call), the
 *   single-build path: plan (jq, openssl), checkout, the action, push to the local registry, the report
 *   artifact (stand-in upload-artifact), the digest output read by the caller's next job. Skipped by its own
 *   conditions: setup-buildx (a builder is given), login (registry ''), code-scanning (upload-sarif: false).
 * - examples/workflows/pr-reusable.yml on a pull_request payload: .github/workflows/go-container-pr.yml's build
 *   job (contents: read; the action writes the comment to comment-file) and its comment job (go-container-ci
 *   post-comment from the checked-out dist/) posting to the fake GitHub REST API. Stand-ins: setup-buildx,
 *   upload/download-artifact (a directory on the host), the checkout of the workflow's own commit.
 * - examples/workflows/monorepo-pr.yml on a copy of examples/monorepo as a pull request: both images from one
 *   bake, each analysed and scanned, one summary and one sticky comment with a part per image.
 * Not run here, by their nature: examples/workflows/ghcr-push.yml (pushes to ghcr.io), keyless-signing.yml
 * (Fulcio/Rekor and an OIDC token), multi-arch-fan-out.yml (arm64 runners and ghcr.io).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadTestEnv, uniqueRepo } from '../helpers/env.js';
import { REPO_ROOT } from '../helpers/action.js';
import { actScene, ensureGitRepo, EXAMPLE_DIR, runAct } from '../helpers/act.js';
import {
  environmentEnv,
  PR_NUMBER,
  PR_REPOSITORY,
  pullRequestPayload,
  runPrExample,
} from '../helpers/act-examples.js';
import { startFakeGitHub } from '../helpers/fake-github.js';

/** The actions/checkout the reusable workflow pins (read from it, so a bump of the pin needs no test change). */
const CHECKOUT_SHA = /actions\/checkout@([0-9a-f]{40})/.exec(
  readFileSync(path.join(REPO_ROOT, '.github', 'workflows', 'go-container.yml'), 'utf8'),
)?.[1];

describe('act: the published workflows', () => {
  it('examples/workflows/pr-build.yml on a pull request: summary, annotations, the sticky comment', async () => {
    const { run, comments, summary } = await runPrExample();
    console.log(`act run of pr-build.yml: ${(run.durationMs / 1000).toFixed(1)} s`);
    if (run.exitCode !== 0) console.log(run.output.slice(-6000));
    expect({ exitCode: run.exitCode, jobs: run.jobs }).toEqual({ exitCode: 0, jobs: { image: 'success' } });
    expect(summary).toContain(`ghcr.io/${PR_REPOSITORY}:pr-${PR_NUMBER}`);
    expect(run.output).toMatch(/setup-buildx stand-in: using the existing builder/);
    expect(comments).toHaveLength(1);
    expect(comments[0]).toMatchObject({ repo: PR_REPOSITORY, issue: PR_NUMBER });
  }, 900_000);

  it('examples/workflows/monorepo-pr.yml on examples/monorepo: two images from one build, one comment with both', async () => {
    const { run, comments, summary } = await runPrExample({
      workflow: 'monorepo-pr.yml',
      project: path.join(REPO_ROOT, 'examples', 'monorepo'),
    });
    console.log(`act run of monorepo-pr.yml: ${(run.durationMs / 1000).toFixed(1)} s`);
    if (run.exitCode !== 0) console.log(run.output.slice(-6000));
    expect({ exitCode: run.exitCode, jobs: run.jobs }).toEqual({ exitCode: 0, jobs: { images: 'success' } });
    expect(summary).toContain('## ✅ go-container-ci passed: 2 images');
    for (const name of ['api', 'worker']) {
      expect(summary).toContain(`### ✅ \`${name}\` passed`);
      expect(summary).toContain(`ghcr.io/${PR_REPOSITORY}/${name}:pr-${PR_NUMBER}`);
    }
    expect(comments).toHaveLength(1);
    expect(comments[0]).toMatchObject({ repo: PR_REPOSITORY, issue: PR_NUMBER });
    expect(comments[0]?.body).toContain('#### ✅ `api` passed');
    expect(comments[0]?.body).toContain('#### ✅ `worker` passed');
  }, 900_000);

  it('examples/workflows/pr-reusable.yml: go-container-pr.yml builds with contents: read, its comment job posts', async () => {
    const github = await startFakeGitHub();
    const scene = actScene(EXAMPLE_DIR, 'gcc-act-pr-reusable-');
    const artifacts = mkdtempSync(path.join(os.tmpdir(), 'gcc-act-artifacts-'));
    try {
      await ensureGitRepo(scene.project);
      spawnSync('git', ['remote', 'add', 'origin', `https://github.com/${PR_REPOSITORY}.git`], {
        cwd: scene.project,
      });
      const sha = spawnSync('git', ['rev-parse', 'HEAD'], {
        cwd: scene.project,
        encoding: 'utf8',
      }).stdout.trim();
      const run = await runAct({
        projectDir: scene.project,
        workflow: path.join(REPO_ROOT, 'examples', 'workflows', 'pr-reusable.yml'),
        event: 'pull_request',
        payload: pullRequestPayload(sha),
        cacheServerDir: scene.cacheDir,
        env: {
          ...environmentEnv(github.url),
          GCC_TEST_ACTION_DIR: REPO_ROOT,
          // The upload/download-artifact stand-ins hand the comment file from the build job to the comment job.
          GCC_TEST_ARTIFACTS: artifacts,
        },
        secrets: { GITHUB_TOKEN: github.token },
        localRepositories: {
          [`actions/checkout@${CHECKOUT_SHA}`]: path.join(
            REPO_ROOT,
            'test',
            'fixtures',
            'actions',
            'checkout-action',
          ),
        },
      });
      console.log(`act run of pr-reusable.yml: ${(run.durationMs / 1000).toFixed(1)} s`);
      if (run.exitCode !== 0) console.log(run.output.slice(-6000));
      expect(run.exitCode).toBe(0);
      expect(run.output).toMatch(/upload-artifact stand-in: go-container-ci-comment/);
      expect(run.output).toMatch(/PR comment created/);
      // The build job wrote the comment; only the comment job (pull-requests: write) posted it, once.
      expect(github.comments).toHaveLength(1);
      expect(github.comments[0]).toMatchObject({ repo: PR_REPOSITORY, issue: PR_NUMBER });
      // One comment per pull request and image (the repository, not the pr-42 tag).
      expect(github.comments[0]?.body).toMatch(/^<!-- go-container-ci:ghcr\.io\/acme\/hello-api -->\n/);
    } finally {
      await github.close();
      scene.remove();
      rmSync(artifacts, { recursive: true, force: true });
    }
  }, 900_000);

  it('.github/workflows/go-container.yml called as a reusable workflow: single-build path', async () => {
    const env = loadTestEnv();
    const scene = actScene(EXAMPLE_DIR, 'gcc-act-reusable-');
    try {
      const image = `${env.registry}/${uniqueRepo('act-reusable')}`;
      const run = await runAct({
        projectDir: scene.project,
        workflow: path.join(REPO_ROOT, 'test', 'fixtures', 'act', 'reusable-caller.yml'),
        event: 'push',
        cacheServerDir: scene.cacheDir,
        vars: { GCC_IMAGE: image, GCC_BUILDER: env.builder },
        env: { ...environmentEnv('http://127.0.0.1:9'), GCC_TEST_ACTION_DIR: REPO_ROOT },
        // The workflow checks out its own commit (job.workflow_sha) to run the action from: a stand-in copies
        // the working tree's action.yml and dist/ there.
        localRepositories: {
          [`actions/checkout@${CHECKOUT_SHA}`]: path.join(
            REPO_ROOT,
            'test',
            'fixtures',
            'actions',
            'checkout-action',
          ),
        },
      });
      console.log(`act run of the reusable workflow: ${(run.durationMs / 1000).toFixed(1)} s`);
      if (run.exitCode !== 0) console.log(run.output.slice(-6000));
      expect(run.exitCode).toBe(0);
      expect(run.output).toMatch(/reusable workflow digest=sha256:[a-f0-9]{64}/);
      expect(run.output).toMatch(/upload-artifact stand-in: go-container-ci-report/);
    } finally {
      scene.remove();
    }
  }, 900_000);
});
