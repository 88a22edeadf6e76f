/**
 * Which runs may share cache entries. GitHub lets a run restore entries of its own ref, and of the default
 * branch (a pull request also of its base branch); any run can save. So an entry is only as trusted as the run
 * that wrote it: a key names the ref kind and ref it was written by, runs that publish (push or sign) restore
 * only entries of their own ref, and events that run on the default branch but carry outsiders' input
 * (pull_request_target, issue_comment, workflow_run…) get a scope of their own, never the default branch's.
 * Pure.
 */
import { readFileSync } from 'node:fs';

export type RefKind = 'default' | 'branch' | 'tag' | 'pr' | 'external' | 'local';

export interface RefScope {
  readonly kind: RefKind;
  /** The key segment: `default`, `branch-<name>`, `tag-<name>`, `pr-<number>`, `ext-<event>`, `local`. */
  readonly slug: string;
}

/** Events whose runs sit on the default branch but are started by, or carry data from, people outside it. */
export const EXTERNAL_EVENTS: ReadonlySet<string> = new Set([
  'pull_request_target',
  'issue_comment',
  'workflow_run',
  'pull_request_review',
  'pull_request_review_comment',
  'discussion',
  'discussion_comment',
  'issues',
  'fork',
  'watch',
]);

const TRUSTED_EVENTS: ReadonlySet<string> = new Set(['push', 'schedule', 'workflow_dispatch', 'merge_group']);

function clean(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 80);
}

/** The repository's default branch, from the event payload (every event carries `repository`). */
function defaultBranchOf(eventText: string | undefined): string | undefined {
  if (!eventText) return undefined;
  try {
    const branch = (JSON.parse(eventText) as { repository?: { default_branch?: unknown } }).repository
      ?.default_branch;
    return typeof branch === 'string' && branch !== '' ? branch : undefined;
  } catch {
    return undefined;
  }
}

/** The scope of this run, from GITHUB_REF, GITHUB_EVENT_NAME and the event's default branch. Pure. */
export function refScope(env: NodeJS.ProcessEnv, defaultBranch: string | undefined): RefScope {
  const ref = env.GITHUB_REF ?? '';
  const event = env.GITHUB_EVENT_NAME ?? '';
  if (!ref && !event) return { kind: 'local', slug: 'local' };
  if (EXTERNAL_EVENTS.has(event)) return { kind: 'external', slug: `ext-${clean(event)}` };
  const pr = /^refs\/pull\/(\d+)\//.exec(ref);
  if (pr || event === 'pull_request') return { kind: 'pr', slug: `pr-${pr?.[1] ?? clean(ref)}` };
  if (ref.startsWith('refs/tags/')) return { kind: 'tag', slug: `tag-${clean(ref.slice(10))}` };
  if (ref.startsWith('refs/heads/')) {
    const branch = ref.slice(11);
    if (branch === defaultBranch && (TRUSTED_EVENTS.has(event) || event === ''))
      return { kind: 'default', slug: 'default' };
    return { kind: 'branch', slug: `branch-${clean(branch)}` };
  }
  return { kind: 'external', slug: `ext-${clean(event || ref)}` };
}

function eventDefaultBranch(env: NodeJS.ProcessEnv): string | undefined {
  try {
    return defaultBranchOf(env.GITHUB_EVENT_PATH ? readFileSync(env.GITHUB_EVENT_PATH, 'utf8') : undefined);
  } catch {
    return undefined;
  }
}

/** This run's scope, reading the event file named by GITHUB_EVENT_PATH. */
export function currentRefScope(env: NodeJS.ProcessEnv = process.env): RefScope {
  return refScope(env, eventDefaultBranch(env));
}

/** The scope slug a push to `branch` writes under (what a pull request against it reads). */
export function branchScopeSlug(branch: string, env: NodeJS.ProcessEnv = process.env): string {
  return refScope({ GITHUB_REF: `refs/heads/${branch}`, GITHUB_EVENT_NAME: 'push' }, eventDefaultBranch(env))
    .slug;
}

/** Runs whose entries others may build on: pushes and scheduled or manual runs on a branch. */
export function writesTrustedEntries(scope: RefScope): boolean {
  return scope.kind === 'default' || scope.kind === 'branch';
}

/**
 * The restore keys of an entry `<family>-<scope>-<rest>`: this ref's entries with the same `rest` prefix and,
 * for runs that do not publish, the default branch's (GitHub lets them read those anyway). Never a prefix that
 * matches any scope. Pure.
 */
export function scopedRestoreKeys(
  family: string,
  scope: RefScope,
  restPrefix: string,
  publishing: boolean,
): string[] {
  const keys = [`${family}-${scope.slug}-${restPrefix}`];
  if (!publishing && scope.kind !== 'default' && scope.kind !== 'local')
    keys.push(`${family}-default-${restPrefix}`);
  return keys;
}
