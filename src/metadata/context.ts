/**
 * The git context tags and labels are made from, as the GitHub runner describes the run (environment and
 * event payload). Reading it is the one impure step; everything after it (resolve.ts) is pure.
 */
import { readFileSync } from 'node:fs';
import { gitLabContext, localContext, readLocalGit } from './ci-context.js';
import { nonEmptyString, validDate, type GitContext, type RepositoryInfo } from './git-context.js';

export type { GitContext, RepositoryInfo } from './git-context.js';

function obj(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

function parsePayload(text: string | undefined): Record<string, unknown> {
  try {
    return obj(text ? JSON.parse(text) : {});
  } catch {
    return {};
  }
}

/** The context from the runner's variables and the event payload (JSON text, or undefined). Pure. */
export function gitContextFrom(
  env: Readonly<Record<string, string | undefined>>,
  payloadText: string | undefined,
  now: Date,
): GitContext {
  const payload = parsePayload(payloadText);
  const repo = obj(payload.repository);
  const pr = obj(payload.pull_request);
  const ref = env.GITHUB_REF ?? '';
  const sha = env.GITHUB_SHA ?? '';
  const headCommit = obj(payload.head_commit);
  const commits = Array.isArray(payload.commits) ? payload.commits.map(obj) : [];
  const commitDate =
    validDate(headCommit.timestamp) ?? validDate(commits.find((c) => c.id === sha)?.timestamp);
  const baseRef = ref.startsWith('refs/pull/')
    ? nonEmptyString(obj(pr.base).ref)
    : ref.startsWith('refs/tags/')
      ? nonEmptyString(payload.base_ref)?.replace(/^refs\/heads\//, '')
      : undefined;
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const repository: RepositoryInfo = {
    ...((nonEmptyString(repo.name) ?? env.GITHUB_REPOSITORY?.split('/')[1])
      ? { name: nonEmptyString(repo.name) ?? env.GITHUB_REPOSITORY?.split('/')[1] }
      : {}),
    ...(nonEmptyString(repo.description) ? { description: nonEmptyString(repo.description) } : {}),
    ...((nonEmptyString(repo.html_url) ??
    (env.GITHUB_REPOSITORY ? `${serverUrl}/${env.GITHUB_REPOSITORY}` : undefined))
      ? { htmlUrl: nonEmptyString(repo.html_url) ?? `${serverUrl}/${env.GITHUB_REPOSITORY}` }
      : {}),
    ...(nonEmptyString(repo.default_branch) ? { defaultBranch: nonEmptyString(repo.default_branch) } : {}),
    ...(nonEmptyString(obj(repo.license).spdx_id)
      ? { license: nonEmptyString(obj(repo.license).spdx_id) }
      : {}),
  };
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    ref,
    sha,
    now,
    ...(commitDate ? { commitDate } : {}),
    ...(baseRef ? { baseRef } : {}),
    repository,
  };
}

/**
 * The context of this run: on GitHub, its variables and GITHUB_EVENT_PATH; elsewhere GitLab CI's variables, or
 * the repository at `dir` (src/metadata/ci-context.ts).
 */
export function gitContextFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  now = new Date(),
  dir = process.cwd(),
): GitContext {
  if (!env.GITHUB_REF && !env.GITHUB_SHA) {
    const elsewhere = gitLabContext(env, now) ?? localContext(readLocalGit(dir), now);
    if (elsewhere) return elsewhere;
  }
  let payload: string | undefined;
  try {
    payload = env.GITHUB_EVENT_PATH ? readFileSync(env.GITHUB_EVENT_PATH, 'utf8') : undefined;
  } catch {
    payload = undefined;
  }
  return gitContextFrom(env, payload, now);
}
