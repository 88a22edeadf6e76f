/**
 * Issue 16 Medium 6: cache keys are scoped by the ref that wrote them, a run that pushes or signs restores only
 * its own ref's entries, and no restore key is a bare prefix matching any scope.
 */
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import {
  branchScopeSlug,
  refScope,
  scopedRestoreKeys,
  writesTrustedEntries,
} from '../../../src/cache/scope.js';
import { goCacheKeys } from '../../../src/features/cache/stage.js';
import { LocalHost } from '../../../src/host/local.js';
import { Context } from '../../../src/core/context.js';
import { buildConfig } from '../../../src/config/config.js';

const gh = (ref: string, event: string) => ({ GITHUB_REF: ref, GITHUB_EVENT_NAME: event });

describe('refScope', () => {
  it('tells the default branch, other branches, tags, pull requests and outsiders apart', () => {
    expect(refScope(gh('refs/heads/main', 'push'), 'main')).toEqual({ kind: 'default', slug: 'default' });
    expect(refScope(gh('refs/heads/feature/x', 'push'), 'main')).toEqual({
      kind: 'branch',
      slug: 'branch-feature-x',
    });
    expect(refScope(gh('refs/tags/v1.2.3', 'push'), 'main')).toEqual({ kind: 'tag', slug: 'tag-v1.2.3' });
    expect(refScope(gh('refs/pull/42/merge', 'pull_request'), 'main')).toEqual({ kind: 'pr', slug: 'pr-42' });
    // On main, but started by an outsider: never the default branch's scope.
    for (const event of ['pull_request_target', 'issue_comment', 'workflow_run'])
      expect(refScope(gh('refs/heads/main', event), 'main')).toEqual({
        kind: 'external',
        slug: `ext-${event}`,
      });
    expect(refScope({}, undefined)).toEqual({ kind: 'local', slug: 'local' });
  });

  it('only pushes to a branch write entries others build on', () => {
    expect(writesTrustedEntries(refScope(gh('refs/heads/main', 'push'), 'main'))).toBe(true);
    expect(writesTrustedEntries(refScope(gh('refs/pull/1/merge', 'pull_request'), 'main'))).toBe(false);
    expect(writesTrustedEntries(refScope(gh('refs/heads/main', 'workflow_run'), 'main'))).toBe(false);
  });

  it('a pull request reads its base branch under the scope a push to it writes', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gcc-scope-'));
    const event = path.join(dir, 'event.json');
    writeFileSync(event, JSON.stringify({ repository: { default_branch: 'main' } }));
    expect(branchScopeSlug('main', { GITHUB_EVENT_PATH: event })).toBe('default');
    expect(branchScopeSlug('release/1.x', { GITHUB_EVENT_PATH: event })).toBe('branch-release-1.x');
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('scopedRestoreKeys', () => {
  const scopes = [
    refScope(gh('refs/heads/main', 'push'), 'main'),
    refScope(gh('refs/heads/dev', 'push'), 'main'),
    refScope(gh('refs/tags/v1', 'push'), 'main'),
    refScope(gh('refs/pull/7/merge', 'pull_request'), 'main'),
    refScope(gh('refs/heads/main', 'pull_request_target'), 'main'),
  ];

  it('publishing runs restore only their own ref; others also the default branch; never a bare prefix', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...scopes),
        fc.boolean(),
        fc.stringMatching(/^[0-9a-f]{8,32}$/),
        (scope, publishing, env) => {
          const keys = scopedRestoreKeys('fam', scope, `${env}-`, publishing);
          for (const k of keys) expect(k).toMatch(new RegExp(`^fam-(${scope.slug}|default)-${env}-$`));
          expect(keys[0]).toBe(`fam-${scope.slug}-${env}-`);
          if (publishing) expect(keys).toEqual([`fam-${scope.slug}-${env}-`]);
          expect(keys).not.toContain('fam-');
          expect(
            keys.some((k) => /pr-|ext-|branch-|tag-/.test(k) && !k.startsWith(`fam-${scope.slug}-`)),
          ).toBe(false);
        },
      ),
    );
  });
});

describe('goCacheKeys', () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  });

  async function keysFor(inputs: Record<string, string>, env: Record<string, string>) {
    const ws = mkdtempSync(path.join(os.tmpdir(), 'gcc-keys-'));
    writeFileSync(
      path.join(ws, 'Dockerfile'),
      'FROM golang:1.24\nRUN --mount=type=cache,target=/go/pkg/mod go build\n',
    );
    writeFileSync(path.join(ws, 'go.mod'), 'module x\n\ngo 1.24\n');
    for (const k of ['GITHUB_REF', 'GITHUB_EVENT_NAME', 'GITHUB_EVENT_PATH']) delete process.env[k];
    Object.assign(process.env, env);
    const config = buildConfig((n) => inputs[n], { workspace: ws, defaultReportDir: path.join(ws, 'r') });
    const host = new LocalHost({
      reportDir: path.join(ws, 'r'),
      cacheDir: path.join(ws, 'c'),
      verbose: false,
    });
    const ctx = new Context(config, host);
    ctx.facts.discover = {
      dockerfile: 'Dockerfile',
      dockerfileText: 'FROM golang:1.24\n',
      goMods: [],
    } as unknown as NonNullable<typeof ctx.facts.discover>;
    try {
      return await goCacheKeys(ctx, []);
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  }

  it('a release (tag, push, sign) restores only entries of its own tag, never the bare prefix', async () => {
    const { key, restoreKeys } = await keysFor(
      { push: 'true', tags: 'r.example/a:1', sign: 'true' },
      gh('refs/tags/v1.0.0', 'push'),
    );
    expect(key).toMatch(/^go-container-ci-go-v3-tag-v1\.0\.0-[0-9a-f]{32}-/);
    expect(restoreKeys).toHaveLength(1);
    expect(restoreKeys[0]).toMatch(/^go-container-ci-go-v3-tag-v1\.0\.0-[0-9a-f]{32}-$/);
  });

  it('a pull request build may read the default branch, and writes under its own scope', async () => {
    const { key, restoreKeys } = await keysFor({}, gh('refs/pull/9/merge', 'pull_request'));
    expect(key).toMatch(/^go-container-ci-go-v3-pr-9-/);
    expect(restoreKeys.map((k) => k.replace(/[0-9a-f]{32}/, 'E'))).toEqual([
      'go-container-ci-go-v3-pr-9-E-',
      'go-container-ci-go-v3-default-E-',
    ]);
    expect(restoreKeys).not.toContain('go-container-ci-go-v3-');
    expect(restoreKeys).not.toContain('go-container-ci-go-v2-');
  });
});
