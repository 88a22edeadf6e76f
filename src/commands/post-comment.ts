/**
 * `go-container-ci post-comment --file comment.json`: posts (creates or updates) the sticky PR comment that a
 * build job wrote with `comment-file`, on the pull request of this run's own event, with GITHUB_TOKEN. For the
 * comment job of a workflow whose build job holds no write token. A comment that cannot be written is a notice
 * or a warning, never a failure; a malformed file is (exit 1).
 */
import { readFile } from 'node:fs/promises';
import type { ExtraFlag, ParsedArgs } from '../cli/args.js';
import { UsageError } from '../cli/args.js';
import { parseCommentFile, postCommentFile } from '../github/comment-file.js';
import { gitHubRunInfo } from '../github/event.js';
import { GitHubRest } from '../github/rest.js';

export const POST_COMMENT_FLAGS: readonly ExtraFlag[] = [
  { name: 'file', description: 'post-comment: the JSON file comment-file wrote.' },
];

/** One workflow command line (the runner reads it from stdout); the text is one line. */
function command(level: 'notice' | 'warning' | 'error', message: string): string {
  const text = message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return `::${level} title=go-container-ci PR comment::${text}\n`;
}

export async function postCommentCommand(
  args: ParsedArgs,
  env: NodeJS.ProcessEnv = process.env,
  out: (line: string) => void = (l) => void process.stdout.write(l),
): Promise<number> {
  const path = args.extra.get('file');
  if (!path)
    throw new UsageError("post-comment needs --file (the JSON file the build job's comment-file wrote)");
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    out(`no comment file at ${path}: nothing to post\n`);
    return 0;
  }
  let file;
  try {
    file = parseCommentFile(text);
  } catch (e) {
    out(command('error', `${path}: ${(e as Error).message}`));
    return 1;
  }
  const info = gitHubRunInfo(env);
  const pr = info.pullRequest;
  const repo = pr?.baseRepo ?? info.repository;
  if (!pr || !repo) {
    out(command('notice', 'PR comment skipped: this run is not for a pull request.'));
    return 0;
  }
  const token = env.GITHUB_TOKEN ?? '';
  if (!token) {
    out(command('notice', 'PR comment skipped: no GITHUB_TOKEN.'));
    return 0;
  }
  out(`::add-mask::${token}\n`);
  const rest = new GitHubRest({ apiUrl: info.apiUrl, token, onRetry: (m) => out(`${m}\n`) });
  const posted = await postCommentFile(rest, repo, pr.number, file, pr.fork);
  out(posted.level === 'info' ? `${posted.message}\n` : command(posted.level, posted.message));
  return 0;
}
