/** What the GitHub runner tells a step about its run: environment variables and the event file. */
import { readFileSync } from 'node:fs';

export interface PullRequestInfo {
  readonly number: number;
  /** The branch the PR merges into (e.g. main). */
  readonly baseRef?: string;
  readonly headRepo?: string;
  readonly baseRepo?: string;
  /** The head lives in another repository: GITHUB_TOKEN is read-only there. */
  readonly fork: boolean;
}

export interface GitHubRunInfo {
  readonly eventName: string;
  /** owner/name */
  readonly repository?: string;
  readonly apiUrl: string;
  readonly serverUrl: string;
  readonly runId?: string;
  readonly runAttempt?: string;
  /** Branch or tag name of the run (GITHUB_REF_NAME). */
  readonly refName?: string;
  readonly sha?: string;
  readonly pullRequest?: PullRequestInfo;
}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** The pull request of a pull_request(_target) event payload, or undefined. Pure; never throws. */
export function parsePullRequestEvent(text: string): PullRequestInfo | undefined {
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof payload !== 'object' || payload === null) return undefined;
  const p = payload as Record<string, unknown>;
  const pr = (typeof p.pull_request === 'object' && p.pull_request !== null ? p.pull_request : {}) as Record<
    string,
    unknown
  >;
  const number = typeof pr.number === 'number' ? pr.number : p.number;
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number <= 0) return undefined;
  const base = (pr.base ?? {}) as Record<string, unknown>;
  const head = (pr.head ?? {}) as Record<string, unknown>;
  const repoName = (r: unknown) =>
    typeof r === 'object' && r !== null ? str((r as Record<string, unknown>).full_name) : undefined;
  const baseRepo = repoName(base.repo);
  const headRepo = repoName(head.repo);
  const baseRef = str(base.ref);
  return {
    number,
    ...(baseRef ? { baseRef } : {}),
    ...(headRepo ? { headRepo } : {}),
    ...(baseRepo ? { baseRepo } : {}),
    fork: headRepo !== undefined && baseRepo !== undefined && headRepo !== baseRepo,
  };
}

/** The run as the environment describes it; the event file is read only for pull request events. */
export function gitHubRunInfo(
  env: NodeJS.ProcessEnv = process.env,
  readEvent: (file: string) => string | undefined = (file) => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  },
): GitHubRunInfo {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  let pullRequest: PullRequestInfo | undefined;
  if (PR_EVENTS.has(eventName) && env.GITHUB_EVENT_PATH) {
    const text = readEvent(env.GITHUB_EVENT_PATH);
    pullRequest = text !== undefined ? parsePullRequestEvent(text) : undefined;
    if (pullRequest && !pullRequest.baseRef && env.GITHUB_BASE_REF)
      pullRequest = { ...pullRequest, baseRef: env.GITHUB_BASE_REF };
  }
  const pick = (name: string) => str(env[name]);
  const repository = pick('GITHUB_REPOSITORY');
  const runId = pick('GITHUB_RUN_ID');
  const runAttempt = pick('GITHUB_RUN_ATTEMPT');
  const refName = pick('GITHUB_REF_NAME');
  const sha = pick('GITHUB_SHA');
  return {
    eventName,
    apiUrl: pick('GITHUB_API_URL') ?? 'https://api.github.com',
    serverUrl: (pick('GITHUB_SERVER_URL') ?? 'https://github.com').replace(/\/+$/, ''),
    ...(repository ? { repository } : {}),
    ...(runId ? { runId } : {}),
    ...(runAttempt ? { runAttempt } : {}),
    ...(refName ? { refName } : {}),
    ...(sha ? { sha } : {}),
    ...(pullRequest ? { pullRequest } : {}),
  };
}

/** The run's page, where the job summary is shown. */
export function runUrl(info: GitHubRunInfo): string | undefined {
  if (!info.repository || !info.runId) return undefined;
  const attempt = info.runAttempt && info.runAttempt !== '1' ? `/attempts/${info.runAttempt}` : '';
  return `${info.serverUrl}/${info.repository}/actions/runs/${info.runId}${attempt}`;
}
