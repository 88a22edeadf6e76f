/** The git context outside GitHub: GitLab CI's variables, or the local repository (a real git repository). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildConfig } from '../../../src/config/config.js';
import { gitLabContext, localContext, readLocalGit } from '../../../src/metadata/ci-context.js';
import { gitContextFromEnv } from '../../../src/metadata/context.js';

const NOW = new Date('2026-12-01T00:00:00Z');
const SHA = '0123456789abcdef0123456789abcdef01234567';
const GITLAB = {
  GITLAB_CI: 'true',
  CI_COMMIT_SHA: SHA,
  CI_PROJECT_NAME: 'api',
  CI_PROJECT_URL: 'https://gitlab.example/acme/api',
  CI_DEFAULT_BRANCH: 'main',
  CI_COMMIT_TIMESTAMP: '2026-11-30T10:00:00+00:00',
};

describe('GitLab CI', () => {
  it.each([
    [{ CI_COMMIT_BRANCH: 'main', CI_PIPELINE_SOURCE: 'push' }, 'push', 'refs/heads/main', undefined],
    [{ CI_COMMIT_TAG: 'v1.2.3', CI_PIPELINE_SOURCE: 'push' }, 'push', 'refs/tags/v1.2.3', undefined],
    [
      { CI_MERGE_REQUEST_IID: '7', CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main' },
      'pull_request',
      'refs/pull/7/merge',
      'main',
    ],
    [{ CI_COMMIT_BRANCH: 'main', CI_PIPELINE_SOURCE: 'schedule' }, 'schedule', 'refs/heads/main', undefined],
  ])('%j is %s of %s', (vars, eventName, ref, baseRef) => {
    const ctx = gitLabContext({ ...GITLAB, ...vars }, NOW);
    expect(ctx).toMatchObject({
      eventName,
      ref,
      sha: SHA,
      repository: { name: 'api', defaultBranch: 'main' },
    });
    expect(ctx?.baseRef).toBe(baseRef);
    expect(ctx?.commitDate?.toISOString()).toBe('2026-11-30T10:00:00.000Z');
  });

  it('is nothing outside GitLab CI', () => {
    expect(gitLabContext({ CI_COMMIT_SHA: SHA }, NOW)).toBeUndefined();
  });
});

describe('the local repository', () => {
  const gitEnv = {
    ...process.env,
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.invalid',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.invalid',
  };
  const git = (dir: string, ...args: string[]) =>
    execFileSync('git', ['-C', dir, ...args], { env: gitEnv, encoding: 'utf8' }).trim();
  function repo(): string {
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'gcc-git-')), 'svc');
    execFileSync('git', ['init', '-q', '-b', 'main', dir], { env: gitEnv });
    writeFileSync(path.join(dir, 'main.go'), 'package main\n');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'one');
    return dir;
  }

  it('HEAD on a branch is a push to that branch; a tag on HEAD (the highest version) makes it a tag push', () => {
    const dir = repo();
    const sha = git(dir, 'rev-parse', 'HEAD');
    expect(localContext(readLocalGit(dir), NOW)).toMatchObject({
      eventName: 'push',
      ref: 'refs/heads/main',
      sha,
      repository: { name: 'svc' },
    });
    git(dir, 'tag', 'v1.2.3');
    git(dir, 'tag', 'v1.10.0');
    expect(localContext(readLocalGit(dir), NOW)?.ref).toBe('refs/tags/v1.10.0');
  });

  it('outside a repository there is no context', () => {
    expect(
      localContext(readLocalGit(mkdtempSync(path.join(os.tmpdir(), 'gcc-nogit-'))), NOW),
    ).toBeUndefined();
  });

  it('the CLI outside GitHub tags a release from the repository with metadata-action rules', () => {
    const dir = repo();
    git(dir, 'tag', 'v2.3.4');
    const env = { PATH: process.env.PATH };
    const c = buildConfig(
      (n) => ({ images: 'registry.example/acme/svc', tags: 'type=semver,pattern={{version}}\ntype=sha' })[n],
      {
        workspace: dir,
        defaultReportDir: path.join(dir, 'report'),
        git: () => gitContextFromEnv(env, NOW, dir),
      },
    );
    expect(c.tags).toEqual([
      'registry.example/acme/svc:2.3.4',
      `registry.example/acme/svc:sha-${git(dir, 'rev-parse', '--short=7', 'HEAD')}`,
      // flavor latest=auto: a semver tag push is also latest, as metadata-action does.
      'registry.example/acme/svc:latest',
    ]);
  });
});
