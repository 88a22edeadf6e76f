/**
 * The GitHub reporting flow through report(): a push to main stores its baseline in the host cache; a pull
 * request against main restores it, and its sticky comment (on the fake GitHub server) and summary show the
 * deltas. The host is a GitHub-kind host whose cache is a real local directory store.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fixtureContext } from '../../helpers/report-fixture.js';
import { startFakeGitHub, type FakeGitHub } from '../../helpers/fake-github.js';
import { report } from '../../../src/report/report.js';
import { LocalDirCacheStore } from '../../../src/host/local.js';
import { GITHUB_CAPABILITIES } from '../../../src/host/github.js';
import type { Host, Logger } from '../../../src/host/host.js';
import type { Finding } from '../../../src/core/finding.js';

interface RecordingHost extends Host {
  readonly lines: string[];
  readonly outputs: Map<string, string>;
  readonly annotated: Finding[];
  summary: string;
}

function githubKindHost(cacheDir: string): RecordingHost {
  const lines: string[] = [];
  const log: Logger = {
    debug: () => undefined,
    info: (m) => void lines.push(m),
    warning: (m) => void lines.push(`warning: ${m}`),
    error: (m) => void lines.push(`error: ${m}`),
    group: (_t, fn) => fn(),
  };
  const host: RecordingHost = {
    name: 'GitHub Actions',
    can: GITHUB_CAPABILITIES,
    log,
    lines,
    outputs: new Map(),
    annotated: [],
    summary: '',
    mask: () => undefined,
    setOutput: (n, v) => void host.outputs.set(n, v),
    annotate: (f) => void host.annotated.push(f),
    appendSummary: async (md) => void (host.summary += md),
    cache: new LocalDirCacheStore(cacheDir, log),
    tempDir: mkdtempSync(path.join(os.tmpdir(), 'gcc-flow-tmp-')),
  };
  return host;
}

let gh: FakeGitHub;
const saved = { ...process.env };
let stdoutWrite: typeof process.stdout.write;
const commands: string[] = [];

beforeEach(async () => {
  gh = await startFakeGitHub();
  for (const k of Object.keys(process.env)) if (/^(GITHUB_|RUNNER_)/.test(k)) delete process.env[k];
  process.env.RUNNER_TEMP = mkdtempSync(path.join(os.tmpdir(), 'gcc-flow-runner-'));
  process.env.GITHUB_REPOSITORY = 'acme/api';
  process.env.GITHUB_API_URL = gh.url;
  process.env.GITHUB_RUN_ID = '100';
  // @actions/core writes workflow commands to stdout: keep them for assertions, out of the test output.
  stdoutWrite = process.stdout.write.bind(process.stdout);
  commands.length = 0;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    commands.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
});
afterEach(async () => {
  process.stdout.write = stdoutWrite;
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  Object.assign(process.env, saved);
  await gh.close();
});

function prEvent(pr: number): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'gcc-flow-event-')), 'event.json');
  writeFileSync(file, JSON.stringify({ pull_request: { number: pr, base: { ref: 'main' } } }));
  return file;
}

describe('GitHub flow: baseline from the base branch, deltas in the PR comment', () => {
  it('stores the baseline on main and compares the PR with it', async () => {
    const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'gcc-flow-cache-'));
    // 1. A push to main: no comment, the baseline goes to the cache.
    Object.assign(process.env, {
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REF_NAME: 'main',
      GITHUB_SHA: 'a'.repeat(40),
    });
    const mainHost = githubKindHost(cacheDir);
    const onMain = await fixtureContext({
      host: mainHost,
      inputs: { 'github-token': gh.token, 'lint-disable': 'GC101' },
    });
    await report(onMain);
    expect(gh.requests).toHaveLength(0);

    // 2. The PR: GC101 appears (not disabled any more).
    Object.assign(process.env, {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: prEvent(12),
      GITHUB_REF: 'refs/pull/12/merge',
      GITHUB_REF_NAME: '12/merge',
      GITHUB_SHA: 'b'.repeat(40),
      RUNNER_TEMP: mkdtempSync(path.join(os.tmpdir(), 'gcc-flow-runner-')),
    });
    const prHost = githubKindHost(cacheDir);
    const onPr = await fixtureContext({ host: prHost, inputs: { 'github-token': gh.token } });
    await report(onPr);
    expect(
      prHost.lines.some((l) => /^baseline restored from the cache \(go-container-ci-baseline-v2-/.test(l)),
    ).toBe(true);
    const comment = gh.comments.find((c) => c.issue === 12);
    expect(comment?.body).toContain('**Against main**');
    expect(comment?.body).toContain('🆕 1 new, ✅ 0 fixed');
    expect(comment?.body).toMatch(
      /\*\*🆕 New findings\*\*\n\n\| Rule \| Where \| Problem \|\n\|---\|---\|---\|\n\| 🔴 \[GC101\]/,
    );
    expect(prHost.summary).toContain('### Changes against main (`8c1e0f4b2a9d`)');
    expect(prHost.outputs.get('comment-url')).toMatch(/#issuecomment-\d+$/);
    // Annotations on GitHub are capped: 10 per level (the fixture has 8 warnings, 2 errors, 1 info).
    expect(prHost.annotated).toHaveLength(11);
  });

  it('says there is no baseline yet, and still comments', async () => {
    Object.assign(process.env, {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: prEvent(13),
      GITHUB_SHA: 'c'.repeat(40),
    });
    const host = githubKindHost(mkdtempSync(path.join(os.tmpdir(), 'gcc-flow-cache-')));
    await report(await fixtureContext({ host, inputs: { 'github-token': gh.token } }));
    expect(host.summary).toContain('No baseline from main yet (a run on that branch stores one): no deltas.');
    expect(gh.comments.filter((c) => c.issue === 13)).toHaveLength(1);
  });

  it('a run on main started by an outsider (issue_comment) stores no baseline a pull request would read', async () => {
    const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'gcc-flow-cache-'));
    Object.assign(process.env, {
      GITHUB_EVENT_NAME: 'issue_comment',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REF_NAME: 'main',
      GITHUB_SHA: 'd'.repeat(40),
    });
    await report(await fixtureContext({ host: githubKindHost(cacheDir) }));
    Object.assign(process.env, {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: prEvent(15),
      GITHUB_REF: 'refs/pull/15/merge',
      GITHUB_SHA: 'e'.repeat(40),
    });
    const prHost = githubKindHost(cacheDir);
    await report(await fixtureContext({ host: prHost, inputs: { 'github-token': gh.token } }));
    expect(prHost.summary).toContain('No baseline from main yet');
  });

  it('skips the comment with a notice when there is no token', async () => {
    Object.assign(process.env, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: prEvent(14) });
    const host = githubKindHost(mkdtempSync(path.join(os.tmpdir(), 'gcc-flow-cache-')));
    await report(await fixtureContext({ host }));
    expect(gh.requests).toHaveLength(0);
    expect(commands.join('')).toContain(
      '::notice title=go-container-ci PR comment::PR comment skipped: no github-token',
    );
  });

  it('comment-file: writes the comment for a later job and posts nothing (the build job needs no pull-requests: write)', async () => {
    Object.assign(process.env, {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: prEvent(14),
      GITHUB_SHA: 'd'.repeat(40),
    });
    const file = path.join(process.env.RUNNER_TEMP as string, 'comment', 'comment.json');
    const host = githubKindHost(mkdtempSync(path.join(os.tmpdir(), 'gcc-flow-cache-')));
    await report(await fixtureContext({ host, inputs: { 'github-token': gh.token, 'comment-file': file } }));
    expect(gh.requests.filter((r) => r.method !== 'GET')).toHaveLength(0);
    const written = JSON.parse(readFileSync(file, 'utf8')) as {
      marker: string;
      body: string;
      create: boolean;
    };
    expect(written.marker).toMatch(/^<!-- go-container-ci:.+ -->$/);
    expect(written.body.startsWith(`${written.marker}\n`)).toBe(true);
    expect(written.body).toContain('go-container-ci failed for');
    expect(written.create).toBe(true);
    expect(host.summary).toContain('handed to the comment job');
  });

  it('comment-file outside the workspace and the temporary directory is an input error', async () => {
    await expect(fixtureContext({ inputs: { 'comment-file': '/etc/gcc-comment.json' } })).rejects.toThrow(
      /input 'comment-file': '\/etc\/gcc-comment.json' resolves to .*outside the workspace/,
    );
  });
});
