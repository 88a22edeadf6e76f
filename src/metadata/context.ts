/**
 * The git context tags and labels are made from, as the GitHub runner describes the run (environment and
 * event payload). Reading it is the one impure step; everything after it (resolve.ts) is pure.
 */
import { readFileSync } from 'node:fs';

export interface RepositoryInfo {
  readonly name?: string;
  readonly description?: string;
  readonly htmlUrl?: string;
  readonly defaultBranch?: string;
  /** SPDX id of the repository's licence. */
  readonly license?: string;
}

export interface GitContext {
  /** push, pull_request, schedule, workflow_dispatch, … */
  readonly eventName: string;
  /** refs/heads/main, refs/tags/v1.2.3, refs/pull/2/merge */
  readonly ref: string;
  readonly sha: string;
  /** `{{date}}`: the run's time. */
  readonly now: Date;
  /** `{{commit_date}}`: the commit's time, when the payload tells it. */
  readonly commitDate?: Date;
  /** The pull request's base branch, or the branch a tag push came from (`{{base_ref}}`). */
  readonly baseRef?: string;
  readonly repository: RepositoryInfo;
}

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

/** The context of this run: reads GITHUB_EVENT_PATH. */
export function gitContextFromEnv(env: NodeJS.ProcessEnv = process.env, now = new Date()): GitContext {
  let payload: string | undefined;
  try {
    payload = env.GITHUB_EVENT_PATH ? readFileSync(env.GITHUB_EVENT_PATH, 'utf8') : undefined;
  } catch {
    payload = undefined;
  }
  return gitContextFrom(env, payload, now);
}
