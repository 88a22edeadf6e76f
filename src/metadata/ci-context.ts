/**
 * The git context outside GitHub Actions, for `images` and tag rules from the CLI: GitLab CI's predefined
 * variables when they are there, else the local repository (HEAD's commit, the tag on it or the branch, as a
 * push). GitHub's runner variables, when present, always win (src/metadata/context.ts).
 */
import { spawnSync } from 'node:child_process';
import { nonEmptyString, validDate, type GitContext, type RepositoryInfo } from './git-context.js';

/** GitLab CI's event, ref and repository in metadata-action's terms; undefined outside GitLab CI. Pure. */
export function gitLabContext(
  env: Readonly<Record<string, string | undefined>>,
  now: Date,
): GitContext | undefined {
  const sha = nonEmptyString(env.CI_COMMIT_SHA);
  if (env.GITLAB_CI !== 'true' || !sha) return undefined;
  const mr = nonEmptyString(env.CI_MERGE_REQUEST_IID);
  const tag = nonEmptyString(env.CI_COMMIT_TAG);
  const branch = nonEmptyString(env.CI_COMMIT_BRANCH) ?? nonEmptyString(env.CI_COMMIT_REF_NAME);
  const ref = mr ? `refs/pull/${mr}/merge` : tag ? `refs/tags/${tag}` : branch ? `refs/heads/${branch}` : '';
  const source = env.CI_PIPELINE_SOURCE;
  const eventName = mr
    ? 'pull_request'
    : source === 'schedule'
      ? 'schedule'
      : source === 'web'
        ? 'workflow_dispatch'
        : 'push';
  const baseRef = mr ? nonEmptyString(env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME) : undefined;
  const commitDate = validDate(env.CI_COMMIT_TIMESTAMP);
  const repository: RepositoryInfo = {
    ...(nonEmptyString(env.CI_PROJECT_NAME) ? { name: env.CI_PROJECT_NAME } : {}),
    ...(nonEmptyString(env.CI_PROJECT_URL) ? { htmlUrl: env.CI_PROJECT_URL } : {}),
    ...(nonEmptyString(env.CI_DEFAULT_BRANCH) ? { defaultBranch: env.CI_DEFAULT_BRANCH } : {}),
    ...(nonEmptyString(env.CI_PROJECT_DESCRIPTION) ? { description: env.CI_PROJECT_DESCRIPTION } : {}),
  };
  return {
    eventName,
    ref,
    sha,
    now,
    ...(commitDate ? { commitDate } : {}),
    ...(baseRef ? { baseRef } : {}),
    repository,
  };
}

/** What the local repository says of HEAD: `git` output lines, read by localContext. */
export interface LocalGitFacts {
  readonly sha?: string;
  /** Tags pointing at HEAD, highest version first. */
  readonly tags: readonly string[];
  /** `refs/heads/<branch>`, unless HEAD is detached. */
  readonly branchRef?: string;
  readonly commitDate?: string;
  readonly topLevel?: string;
}

/** The local repository's HEAD as a push of its tag (else its branch). Pure. */
export function localContext(facts: LocalGitFacts, now: Date): GitContext | undefined {
  if (!facts.sha) return undefined;
  const tag = facts.tags[0];
  const ref = tag ? `refs/tags/${tag}` : (facts.branchRef ?? '');
  const commitDate = validDate(facts.commitDate);
  const name = facts.topLevel?.split(/[\\/]/).filter(Boolean).pop();
  return {
    eventName: 'push',
    ref,
    sha: facts.sha,
    now,
    ...(commitDate ? { commitDate } : {}),
    repository: name ? { name } : {},
  };
}

/** One git command's output, or undefined; an argument array, only the variables git needs. */
function git(dir: string, args: readonly string[]): string | undefined {
  const env: NodeJS.ProcessEnv = {};
  for (const k of ['PATH', 'HOME', 'LANG', 'LC_ALL', 'TMPDIR'])
    if (process.env[k] !== undefined) env[k] = process.env[k];
  const r = spawnSync('git', ['-C', dir, ...args], { env, encoding: 'utf8', timeout: 15_000 });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** Reads HEAD's commit, tags, branch and time from the repository at `dir`. */
export function readLocalGit(dir: string): LocalGitFacts {
  const tags = git(dir, ['tag', '--points-at', 'HEAD', '--sort=-v:refname']);
  const sha = git(dir, ['rev-parse', '--verify', '-q', 'HEAD']);
  const branchRef = git(dir, ['symbolic-ref', '-q', 'HEAD']);
  const commitDate = git(dir, ['log', '-1', '--format=%cI']);
  const topLevel = git(dir, ['rev-parse', '--show-toplevel']);
  return {
    ...(sha ? { sha } : {}),
    tags: (tags ?? '').split('\n').filter(Boolean),
    ...(branchRef ? { branchRef } : {}),
    ...(commitDate ? { commitDate } : {}),
    ...(topLevel ? { topLevel } : {}),
  };
}
