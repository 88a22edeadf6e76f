/**
 * The sticky PR comment: one per pull request and image, found again by a hidden marker at its start in a
 * comment written by our own login (anyone can paste the marker into their comment), created once and then
 * updated in place.
 */
import { GitHubHttpError, type GitHubRest, type RestResponse } from './rest.js';

export interface IssueComment {
  readonly id: number;
  readonly body?: string;
  readonly html_url?: string;
  readonly user?: { readonly login?: string; readonly type?: string } | null;
}

/** The hidden marker that identifies our comment for one image. */
export function commentMarker(image: string): string {
  // A marker must stay one HTML comment: no "--" and no ">" inside.
  const safe = image.replace(/-{2,}/g, '-').replace(/[<>\s]/g, '_');
  return `<!-- go-container-ci:${safe} -->`;
}

/** The login of comments written with a workflow's GITHUB_TOKEN. */
export const DEFAULT_COMMENT_AUTHOR = 'github-actions[bot]';

/**
 * The login our comments carry: the token's user (GET /user, for a personal access token), or the Actions
 * bot when the token has no user (GITHUB_TOKEN, and GitHub App tokens, answer 403 there).
 */
export async function commentAuthor(rest: GitHubRest): Promise<string> {
  try {
    const res = await rest.request<{ login?: unknown }>('GET', '/user');
    return typeof res.data?.login === 'string' && res.data.login ? res.data.login : DEFAULT_COMMENT_AUTHOR;
  } catch (e) {
    if (e instanceof GitHubHttpError && [401, 403, 404].includes(e.status)) return DEFAULT_COMMENT_AUTHOR;
    throw e;
  }
}

/** Whether a comment is our report for this marker: written by `author`, opening with the marker. */
function isOurComment(c: IssueComment, marker: string, author: string): boolean {
  return c.user?.login === author && (c.body ?? '').startsWith(marker);
}

const MAX_PAGES = 100;

/** Every comment of an issue or pull request, following pagination (100 per page). */
export async function listIssueComments(
  rest: GitHubRest,
  repo: string,
  issue: number,
): Promise<IssueComment[]> {
  const all: IssueComment[] = [];
  let url: string | undefined = `/repos/${repo}/issues/${issue}/comments?per_page=100`;
  for (let page = 0; url && page < MAX_PAGES; page++) {
    const res: RestResponse<IssueComment[]> = await rest.request<IssueComment[]>('GET', url);
    if (!Array.isArray(res.data)) throw new Error(`GitHub API GET ${url} did not answer a list`);
    all.push(...res.data);
    url = res.next;
  }
  return all;
}

export type UpsertResult =
  | { readonly action: 'created' | 'updated' | 'unchanged'; readonly id: number; readonly url?: string }
  | { readonly action: 'not-created' };

/**
 * Creates the comment holding `marker` (unless `create` is false), or updates the existing one written by
 * `author` (default: the Actions bot; the first one found, oldest first). An identical body is left alone.
 */
export async function upsertStickyComment(
  rest: GitHubRest,
  repo: string,
  issue: number,
  marker: string,
  body: string,
  opts: { readonly create?: boolean; readonly author?: string } = {},
): Promise<UpsertResult> {
  const text = body.startsWith(marker) ? body : `${marker}\n${body}`;
  const author = opts.author ?? DEFAULT_COMMENT_AUTHOR;
  const existing = (await listIssueComments(rest, repo, issue)).find((c) => isOurComment(c, marker, author));
  if (existing) {
    if (existing.body === text)
      return {
        action: 'unchanged',
        id: existing.id,
        ...(existing.html_url ? { url: existing.html_url } : {}),
      };
    const res = await rest.request<IssueComment>('PATCH', `/repos/${repo}/issues/comments/${existing.id}`, {
      body: text,
    });
    return { action: 'updated', id: existing.id, ...(res.data?.html_url ? { url: res.data.html_url } : {}) };
  }
  if (opts.create === false) return { action: 'not-created' };
  const res = await rest.request<IssueComment>('POST', `/repos/${repo}/issues/${issue}/comments`, {
    body: text,
  });
  if (typeof res.data?.id !== 'number') throw new Error('GitHub API created a comment but returned no id');
  return { action: 'created', id: res.data.id, ...(res.data.html_url ? { url: res.data.html_url } : {}) };
}
