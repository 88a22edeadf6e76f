/**
 * The sticky comment as a file (`comment-file`): written by a build job that holds no `pull-requests: write`,
 * posted by a later job that does (`go-container-ci post-comment`, the comment job of go-container-pr.yml). The
 * file came from a job that built untrusted code, so it is read strictly: our marker, a body that opens with
 * it, a size GitHub accepts. Where to post (repository, pull request) comes from the posting job's own event.
 */
import { GitHubHttpError, type GitHubRest } from './rest.js';
import { commentAuthor, upsertStickyComment, type UpsertResult } from './comments.js';

export interface CommentFile {
  /** The hidden marker our comment opens with (commentMarker). */
  readonly marker: string;
  /** The whole comment, marker first. */
  readonly body: string;
  /** False: only update an earlier comment (nothing new to say). */
  readonly create: boolean;
}

/** GitHub's limit for a comment body, in characters. */
export const COMMENT_BODY_LIMIT = 65_536;

const MARKER = /^<!-- go-container-ci:[^<>\s]+ -->$/;

/** The comment file's JSON; throws an Error saying what is wrong with it. Pure. */
export function parseCommentFile(text: string): CommentFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error('the comment file is not JSON');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new Error('the comment file is not a JSON object');
  const { marker, body, create } = data as Record<string, unknown>;
  if (typeof marker !== 'string' || !MARKER.test(marker))
    throw new Error('the comment file has no go-container-ci marker (<!-- go-container-ci:IMAGE -->)');
  if (typeof body !== 'string' || !body.startsWith(`${marker}\n`))
    throw new Error('the comment body does not open with its marker');
  if (body.length > COMMENT_BODY_LIMIT)
    throw new Error(
      `the comment body has ${body.length} characters, more than GitHub's ${COMMENT_BODY_LIMIT}`,
    );
  if (typeof create !== 'boolean') throw new Error('the comment file has no boolean "create"');
  return { marker, body, create };
}

export type PostOutcome =
  | { readonly level: 'info'; readonly message: string; readonly result: UpsertResult }
  | { readonly level: 'notice' | 'warning'; readonly message: string };

/** Creates or updates our sticky comment on `issue` from a comment file. Never throws. */
export async function postCommentFile(
  rest: GitHubRest,
  repo: string,
  issue: number,
  file: CommentFile,
  fork = false,
): Promise<PostOutcome> {
  try {
    const result = await upsertStickyComment(rest, repo, issue, file.marker, file.body, {
      create: file.create,
      author: await commentAuthor(rest),
    });
    const message =
      result.action === 'not-created'
        ? 'PR comment: nothing to report and no earlier comment, so none was written'
        : `PR comment ${result.action}: ${result.url ?? `comment ${result.id} on #${issue}`}`;
    return { level: 'info', message, result };
  } catch (e) {
    if (e instanceof GitHubHttpError && [401, 403, 404].includes(e.status)) {
      const why = fork
        ? 'this pull request comes from a fork, where GITHUB_TOKEN is read-only'
        : 'the token cannot write pull request comments (the job needs `permissions: pull-requests: write`)';
      return { level: 'notice', message: `PR comment skipped: ${why}. GitHub answered ${e.status}.` };
    }
    return { level: 'warning', message: `PR comment not written: ${(e as Error).message}` };
  }
}
