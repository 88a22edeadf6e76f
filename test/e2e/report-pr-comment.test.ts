/**
 * The bundled action (dist/index.js, run as the runner runs it) on a pull_request event, against the fake
 * GitHub REST server on 127.0.0.1: the first run creates the sticky comment, the next updates the same
 * comment, a fork's read-only token (403) leaves a notice and a green job, 5xx is retried, 422 warns.
 * The build is skipped (`skip: build`): discover, lint and snapshot run for real on the fixture app.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT, runBundledAction, type ActionRun } from '../helpers/action.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { REPORT_APP } from '../helpers/report-fixture.js';

const MARKER = '<!-- go-container-ci:ghcr.io/acme/api -->';

let gh: FakeGitHub;
beforeAll(async () => {
  gh = await startFakeGitHub();
});
afterAll(async () => {
  await gh.close();
});

function eventFile(pr: number, fork = false): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gcc-event-'));
  const file = path.join(dir, 'event.json');
  writeFileSync(
    file,
    JSON.stringify({
      action: 'synchronize',
      number: pr,
      pull_request: {
        number: pr,
        base: { ref: 'main', repo: { full_name: 'acme/api' } },
        head: { ref: 'feature', repo: { full_name: fork ? 'someone/api' : 'acme/api' } },
      },
    }),
  );
  return file;
}

/** The runner's environment, without anything of this machine's GitHub variables. */
function runnerEnv(pr: number, sha: string, fork = false): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env))
    if (!/^(GITHUB_|INPUT_|ACTIONS_|RUNNER_)/.test(k)) env[k] = v;
  return {
    ...env,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventFile(pr, fork),
    GITHUB_REPOSITORY: 'acme/api',
    GITHUB_API_URL: gh.url,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: sha,
    GITHUB_REF_NAME: `${pr}/merge`,
    GITHUB_BASE_REF: 'main',
  };
}

async function runAction(
  pr: number,
  sha: string,
  opts: { fork?: boolean; inputs?: Record<string, string> } = {},
) {
  return runBundledAction({
    workspace: REPORT_APP,
    inputs: {
      skip: 'build',
      tags: 'ghcr.io/acme/api:pr',
      'fail-on': 'never',
      'github-token': gh.token,
      ...opts.inputs,
    },
    env: runnerEnv(pr, sha, opts.fork),
    timeoutMs: 120_000,
  });
}

const commands = (run: ActionRun, kind: string) =>
  run.stdout.split('\n').filter((l) => l.startsWith(`::${kind} `) || l.startsWith(`::${kind}::`));

describe('bundled action: sticky PR comment', () => {
  it('creates the comment on the first run and updates the same comment on the next', async () => {
    const first = await runAction(7, '1111111111111111111111111111111111111111');
    expect(first.stderr).toBe('');
    expect(first.exitCode).toBe(0);
    const ours = gh.comments.filter((c) => c.issue === 7);
    expect(ours).toHaveLength(1);
    const comment = ours[0];
    if (!comment) throw new Error('no comment');
    expect(
      comment.body.startsWith(`${MARKER}\n\n### ✅ go-container-ci passed for \`ghcr.io/acme/api\``),
    ).toBe(true);
    expect(comment.body).toContain('🔴 [GC101]');
    expect(comment.body).toContain(
      '[full report in the job summary](https://github.example/acme/api/actions/runs/4242)',
    );
    expect(comment.body).toContain('`111111111111`');
    expect(first.outputs['comment-url']).toBe(
      `https://github.example/acme/api/pull/7#issuecomment-${comment.id}`,
    );
    // The comment's address is a link; the rest of the note is inert text.
    expect(first.summary).toContain(
      `PR comment created: [https:&#8203;//github.example/acme/api/pull/7#issuecomment-${comment.id}](https://github.example/acme/api/pull/7#issuecomment-${comment.id})`,
    );
    // Annotations: the findings, most severe first.
    expect(commands(first, 'error')[0]).toMatch(/^::error title=GC201 .*,file=Dockerfile,line=6/);

    const second = await runAction(7, '2222222222222222222222222222222222222222');
    expect(second.exitCode).toBe(0);
    expect(gh.comments.filter((c) => c.issue === 7)).toHaveLength(1);
    expect(comment.body).toContain('`222222222222`');
    const writes = gh.requests
      .filter((r) => r.method !== 'GET')
      .map((r) => `${r.method} ${r.url} ${r.status}`);
    expect(writes).toEqual([
      'POST /repos/acme/api/issues/7/comments 201',
      `PATCH /repos/acme/api/issues/comments/${comment.id} 200`,
    ]);
    expect(second.outputs['comment-url']).toBe(first.outputs['comment-url']);
    expect(second.summary).toContain('PR comment updated');
  });

  it('leaves a notice and a green job when the token cannot write (a fork: 403)', async () => {
    gh.setFault({ status: 403, methods: ['POST', 'PATCH'] });
    try {
      const run = await runAction(8, '3333333333333333333333333333333333333333', { fork: true });
      expect(run.exitCode).toBe(0);
      expect(run.stdout).not.toMatch(/^::error::/m);
      const notices = commands(run, 'notice').filter((l) => l.includes('go-container-ci PR comment'));
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatch(
        /::notice title=go-container-ci PR comment::PR comment skipped: this pull request comes from a fork, where GITHUB_TOKEN is read-only\. GitHub answered 403: Resource not accessible by integration/,
      );
      expect(run.outputs.verdict).toBe('pass');
      expect(run.outputs['comment-url']).toBe('');
      expect(run.summary).toContain('PR comment skipped: this pull request comes from a fork');
      expect(gh.comments.filter((c) => c.issue === 8)).toHaveLength(0);
    } finally {
      gh.setFault(undefined);
    }
  });

  it('retries server errors, and only warns when GitHub rejects the comment (422)', async () => {
    gh.setFault({ status: 502, times: 2 });
    const retried = await runAction(9, '4444444444444444444444444444444444444444');
    expect(retried.exitCode).toBe(0);
    expect(retried.stdout).toMatch(/answered 502: Bad Gateway; retrying/);
    expect(gh.comments.filter((c) => c.issue === 9)).toHaveLength(1);

    gh.setFault({ status: 422, methods: ['PATCH', 'POST'] });
    try {
      const rejected = await runAction(9, '5555555555555555555555555555555555555555');
      expect(rejected.exitCode).toBe(0);
      expect(commands(rejected, 'warning').join('\n')).toMatch(
        /::warning title=go-container-ci PR comment::PR comment not written: GitHub rejected it \(422: Validation Failed\)/,
      );
    } finally {
      gh.setFault(undefined);
    }
  });

  it('writes no comment with comment: never, and none without a pull request', async () => {
    const before = gh.requests.length;
    const never = await runAction(10, '6666666666666666666666666666666666666666', {
      inputs: { comment: 'never' },
    });
    expect(never.exitCode).toBe(0);
    expect(gh.requests.length).toBe(before);
    const push = await runBundledAction({
      workspace: REPORT_APP,
      inputs: { skip: 'build', 'fail-on': 'never', 'github-token': gh.token },
      env: {
        ...runnerEnv(10, '7777777777777777777777777777777777777777'),
        GITHUB_EVENT_NAME: 'push',
        GITHUB_REF_NAME: 'main',
      },
      timeoutMs: 120_000,
    });
    expect(push.exitCode).toBe(0);
    expect(gh.requests.length).toBe(before);
  });
});

describe('bundled action: one PR comment for several images (targets)', () => {
  it('writes one comment with a part per image, and updates it on the next run', async () => {
    const run = (sha: string) =>
      runBundledAction({
        workspace: path.join(REPO_ROOT, 'test', 'fixtures', 'apps', 'bake'),
        inputs: {
          skip: 'build',
          targets: 'name=api,tags=ghcr.io/acme/api:pr\nname=worker,tags=ghcr.io/acme/worker:pr',
          comment: 'always',
          'github-token': gh.token,
        },
        env: runnerEnv(31, sha),
        timeoutMs: 120_000,
      });
    const first = await run('5555555555555555555555555555555555555555');
    expect(first.stderr).toBe('');
    expect(first.exitCode).toBe(0);
    const ours = gh.comments.filter((c) => c.issue === 31);
    expect(ours).toHaveLength(1);
    const body = ours[0]?.body ?? '';
    expect(
      body.startsWith('<!-- go-container-ci:Dockerfile#targets -->\n### ✅ go-container-ci passed: 2 images'),
    ).toBe(true);
    expect(body).toContain('#### ✅ `api` passed: `ghcr.io/acme/api`');
    expect(body).toContain('#### ✅ `worker` passed: `ghcr.io/acme/worker`');
    expect(body).toContain('`555555555555`');
    const images = JSON.parse(first.outputs.images ?? '[]') as { name: string; verdict: string }[];
    expect(images.map((i) => `${i.name}:${i.verdict}`)).toEqual(['api:pass', 'worker:pass']);
    expect(first.summary).toContain('## ✅ go-container-ci passed: 2 images');

    const second = await run('6666666666666666666666666666666666666666');
    expect(second.exitCode).toBe(0);
    expect(gh.comments.filter((c) => c.issue === 31)).toHaveLength(1);
    expect(gh.comments.find((c) => c.issue === 31)?.body).toContain('`666666666666`');
  });
});
