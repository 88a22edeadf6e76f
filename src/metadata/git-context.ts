/** The git context tags and labels are made from: what the run is (event, ref, commit) and its repository. */
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
