/**
 * examples/workflows/pr-build.yml run by nektos/act on a pull_request event (an event.json payload), unedited:
 * the environment's builder, module proxy and trivy database come in as env, GitHub's REST API is the fake on
 * 127.0.0.1 (test/helpers/fake-github.ts) through GITHUB_API_URL, the token is act's GITHUB_TOKEN secret.
 * Used by test/e2e/act-examples.test.ts and by scripts/render-summary.mjs (the README's picture).
 */
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { loadTestEnv } from './env.js';
import { REPO_ROOT } from './action.js';
import { startFakeGitHub, type StoredComment } from './fake-github.js';
import { actScene, EXAMPLE_DIR, ensureGitRepo, runAct, type ActRun } from './act.js';

export const PR_NUMBER = 42;
export const PR_REPOSITORY = 'acme/hello-api';

/** A pull_request payload as GitHub sends it (the fields runners and the action read). Pure. */
export function pullRequestPayload(sha: string, number = PR_NUMBER, repository = PR_REPOSITORY): unknown {
  const [owner, name] = repository.split('/');
  const repo = { full_name: repository, name, owner: { login: owner } };
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      title: 'greeting: say hello in the time zone of the caller',
      html_url: `https://github.com/${repository}/pull/${number}`,
      head: { ref: 'feature/greeting', sha, repo },
      base: { ref: 'main', sha, repo },
    },
    repository: repo,
  };
}

/** The env that substitutes this environment for what the example takes from github.com. */
export function environmentEnv(apiUrl: string): Record<string, string> {
  const env = loadTestEnv();
  return {
    // The setup-buildx stand-in makes the environment's builder the job's (BUILDX_BUILDER).
    GCC_TEST_BUILDER: env.builder,
    GOPROXY: env.goproxyUrl,
    // trivy reads its flags from TRIVY_* variables: the local database, no download.
    TRIVY_CACHE_DIR: env.trivyCacheDir,
    TRIVY_SKIP_DB_UPDATE: 'true',
    TRIVY_SKIP_JAVA_DB_UPDATE: 'true',
    TRIVY_OFFLINE_SCAN: 'true',
    GITHUB_API_URL: apiUrl,
  };
}

export interface PrExampleRun {
  readonly run: ActRun;
  readonly comments: readonly StoredComment[];
  readonly summary: string;
}

/**
 * Runs an example pull request workflow (default examples/workflows/pr-build.yml) on a copy of an example
 * project (default examples/hello-api) as a pull request.
 */
export async function runPrExample(
  opts: { workflow?: string; project?: string } = {},
): Promise<PrExampleRun> {
  const github = await startFakeGitHub();
  const scene = actScene(opts.project ?? EXAMPLE_DIR, 'gcc-act-pr-');
  const project = scene.project;
  try {
    await ensureGitRepo(project);
    spawnSync('git', ['remote', 'add', 'origin', `https://github.com/${PR_REPOSITORY}.git`], {
      cwd: project,
    });
    const sha = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: project, encoding: 'utf8' }).stdout.trim();
    const run = await runAct({
      projectDir: project,
      workflow: path.join(REPO_ROOT, 'examples', 'workflows', opts.workflow ?? 'pr-build.yml'),
      event: 'pull_request',
      payload: pullRequestPayload(sha),
      cacheServerDir: scene.cacheDir,
      env: environmentEnv(github.url),
      secrets: { GITHUB_TOKEN: github.token },
    });
    return { run, comments: [...github.comments], summary: Object.values(run.summaries).join('\n') };
  } finally {
    await github.close();
    scene.remove();
  }
}
