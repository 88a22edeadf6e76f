/** The git context tags and labels are made from (what the run is: event, ref, commit; its repository), and the readers of its raw values. */
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

/** A raw value of the context (a variable, a payload field) when it is a non-empty string. Pure. */
export function nonEmptyString(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** A raw value read as a date, when it is one. Pure. */
export function validDate(v: unknown): Date | undefined {
  const text = nonEmptyString(v);
  const d = text ? new Date(text) : undefined;
  return d && !Number.isNaN(d.getTime()) ? d : undefined;
}
