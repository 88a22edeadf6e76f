/**
 * The GitHub-only parts of reporting: the sticky PR comment, and baselines kept in the Actions cache (the
 * base branch's run stores one; a pull request's run restores its base branch's). Nothing here fails the
 * job: a comment that cannot be written leaves a notice or a warning.
 */
import * as core from '@actions/core';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Context } from '../core/context.js';
import type { Verdict } from '../core/pipeline.js';
import { removeTree } from '../cache/fs.js';
import { hostCacheDir } from '../cache/host-dir.js';
import { baselineKeyPrefix, BASELINE_FILE, type Baseline, type Deltas } from '../report/baseline.js';
import { commentWanted, renderComment } from '../report/comment.js';
import { commentAuthor, commentMarker, upsertStickyComment } from './comments.js';
import type { CommentFile } from './comment-file.js';
import { runUrl, type GitHubRunInfo } from './event.js';
import { branchScopeSlug } from '../cache/scope.js';
import { GitHubHttpError, GitHubRest } from './rest.js';

/** Where a baseline is unpacked: private to the run (the host cache's entry does not depend on it). */
function baselineCacheDir(ctx: Context): string {
  return hostCacheDir(ctx.host, 'baseline');
}

/** The newest baseline a run on `baseRef` stored for this image, as text, or undefined. */
export async function restoreBaselineFromCache(
  ctx: Context,
  image: string,
  baseRef: string,
): Promise<string | undefined> {
  const dir = baselineCacheDir(ctx);
  await removeTree(dir);
  await mkdir(dir, { recursive: true });
  // Only what pushes to the base branch stored (src/cache/scope.ts): never a pull request's or an outsider's run.
  const prefix = baselineKeyPrefix(image, branchScopeSlug(baseRef));
  const hit = await ctx.host.cache.restore([dir], `${prefix}latest`, [prefix]);
  if (!hit) return undefined;
  ctx.host.log.info(`baseline restored from the cache (${hit})`);
  return readFile(path.join(dir, BASELINE_FILE), 'utf8').catch(() => undefined);
}

/** Stores this run's baseline under a key of its branch scope and run, for the pull requests against it. */
export async function saveBaselineToCache(
  ctx: Context,
  baseline: Baseline,
  scope: string,
  github: GitHubRunInfo,
): Promise<void> {
  const dir = baselineCacheDir(ctx);
  await removeTree(dir);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, BASELINE_FILE), `${JSON.stringify(baseline)}\n`);
  const run = `${github.runId ?? Date.now()}-${github.runAttempt ?? '1'}`;
  await ctx.host.cache.save([dir], `${baselineKeyPrefix(baseline.image, scope)}${run}`);
}

export interface CommentOutcome {
  readonly url?: string;
  /** One line for the summary: where the comment went, or why there is none. */
  readonly note?: string;
}

export interface CommentRequest {
  readonly github: GitHubRunInfo;
  readonly image: string;
  readonly verdict: Verdict;
  readonly deltas?: Deltas;
  /** Several images in one comment (the targets input): the body after the marker, and whether to write it. */
  readonly combined?: {
    readonly body: (links: { runUrl?: string; sha?: string }) => string;
    readonly wanted: 'post' | 'update-only' | 'skip';
  };
}

/** Says why the comment was not written: a notice for expected cases, a warning for failures. */
function skipped(level: 'notice' | 'warning', message: string): CommentOutcome {
  if (level === 'notice') core.notice(message, { title: 'go-container-ci PR comment' });
  else core.warning(message, { title: 'go-container-ci PR comment' });
  return { note: message };
}

/** The comment's body for this run: the marker first. */
function commentBody(ctx: Context, req: CommentRequest, marker: string): string {
  const url = runUrl(req.github);
  if (req.combined)
    return `${marker}\n${req.combined.body({ ...(url ? { runUrl: url } : {}), ...(req.github.sha ? { sha: req.github.sha } : {}) })}`;
  return renderComment(ctx, {
    marker,
    image: req.image,
    verdict: req.verdict,
    ...(req.deltas ? { deltas: req.deltas } : {}),
    ...(url ? { runUrl: url } : {}),
    ...(req.github.sha ? { sha: req.github.sha } : {}),
  });
}

/**
 * `comment-file`: the comment as JSON for a later job that holds `pull-requests: write` (this one need not):
 * `{ marker, body, create }`, create false meaning "update an earlier comment only". Never throws.
 */
async function writeCommentFile(
  ctx: Context,
  req: CommentRequest,
  decision: 'post' | 'update-only',
): Promise<CommentOutcome> {
  const file = ctx.config.commentFilePath;
  const marker = commentMarker(req.image);
  const content: CommentFile = { marker, body: commentBody(ctx, req, marker), create: decision === 'post' };
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, `${JSON.stringify(content, null, 2)}\n`);
  } catch (e) {
    return skipped('warning', `PR comment not written to ${file}: ${(e as Error).message}`);
  }
  ctx.host.log.info(`PR comment written to ${file} for a later job to post`);
  return { note: 'PR comment: handed to the comment job (comment-file)' };
}

/** Creates or updates the sticky comment of this PR and image. Never throws. */
export async function postPullRequestComment(ctx: Context, req: CommentRequest): Promise<CommentOutcome> {
  const pr = req.github.pullRequest;
  if (!pr) return {};
  const decision = req.combined?.wanted ?? commentWanted(ctx.config.comment, ctx, req.verdict, req.deltas);
  if (decision === 'skip') return {};
  if (ctx.config.commentFilePath) return writeCommentFile(ctx, req, decision);
  const token = ctx.config.githubToken || process.env.GITHUB_TOKEN || '';
  if (!token) return skipped('notice', 'PR comment skipped: no github-token (and no GITHUB_TOKEN).');
  ctx.host.mask(token);
  const repo = pr.baseRepo ?? req.github.repository;
  if (!repo) return skipped('notice', 'PR comment skipped: GITHUB_REPOSITORY is not set.');
  const marker = commentMarker(req.image);
  const body = commentBody(ctx, req, marker);
  const rest = new GitHubRest({
    apiUrl: req.github.apiUrl,
    token,
    onRetry: (m) => ctx.host.log.info(m),
  });
  try {
    const res = await upsertStickyComment(rest, repo, pr.number, marker, body, {
      create: decision === 'post',
      author: await commentAuthor(rest),
    });
    if (res.action === 'not-created') {
      ctx.host.log.info('PR comment: nothing to report and no earlier comment, so none was written');
      return {};
    }
    const where = res.url ?? `comment ${res.id} on #${pr.number}`;
    ctx.host.log.info(`PR comment ${res.action}: ${where}`);
    return { ...(res.url ? { url: res.url } : {}), note: `PR comment ${res.action}: ${where}` };
  } catch (e) {
    if (e instanceof GitHubHttpError && [401, 403, 404].includes(e.status)) {
      const why = pr.fork
        ? 'this pull request comes from a fork, where GITHUB_TOKEN is read-only'
        : 'the token cannot write pull request comments (the job needs `permissions: pull-requests: write`)';
      return skipped(
        'notice',
        `PR comment skipped: ${why}. GitHub answered ${e.status}: ${e.apiMessage || 'no message'}. The job summary has the full report.`,
      );
    }
    if (e instanceof GitHubHttpError && e.status === 422)
      return skipped(
        'warning',
        `PR comment not written: GitHub rejected it (422: ${e.apiMessage || 'no message'}).`,
      );
    return skipped('warning', `PR comment not written: ${(e as Error).message}`);
  }
}
