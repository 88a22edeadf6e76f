/**
 * The git context tags and labels are made from, as the GitHub runner describes the run (environment and
 * event payload). Reading it is the one impure step; everything after it (resolve.ts) is pure.
 */
import { readFileSync } from 'node:fs';
import { gitLabContext, localContext, readLocalGit } from './ci-context.js';
import type { GitContext, RepositoryInfo } from './git-context.js';

export type { GitContext, RepositoryInfo } from './git-context.js';

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function obj(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

function date(v: unknown): Date | undefined {
  const text = str(v);
  const d = text ? new Date(text) : undefined;
  return d && !Number.isNaN(d.getTime()) ? d : undefined;
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
  const commitDate = date(headCommit.timestamp) ?? date(commits.find((c) => c.id === sha)?.timestamp);
  const baseRef = ref.startsWith('refs/pull/')
    ? str(obj(pr.base).ref)
    : ref.startsWith('refs/tags/')
      ? str(payload.base_ref)?.replace(/^refs\/heads\//, '')
      : undefined;
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const repository: RepositoryInfo = {
    ...((str(repo.name) ?? env.GITHUB_REPOSITORY?.split('/')[1])
      ? { name: str(repo.name) ?? env.GITHUB_REPOSITORY?.split('/')[1] }
      : {}),
    ...(str(repo.description) ? { description: str(repo.description) } : {}),
    ...((str(repo.html_url) ?? (env.GITHUB_REPOSITORY ? `${serverUrl}/${env.GITHUB_REPOSITORY}` : undefined))
      ? { htmlUrl: str(repo.html_url) ?? `${serverUrl}/${env.GITHUB_REPOSITORY}` }
      : {}),
    ...(str(repo.default_branch) ? { defaultBranch: str(repo.default_branch) } : {}),
    ...(str(obj(repo.license).spdx_id) ? { license: str(obj(repo.license).spdx_id) } : {}),
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
