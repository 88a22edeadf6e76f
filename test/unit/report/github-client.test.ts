/** The REST client and the sticky comment, against the fake GitHub server (real HTTP on 127.0.0.1). */
import fc from 'fast-check';
import { startFakeGitHub, type FakeGitHub } from '../../helpers/fake-github.js';
import { GitHubHttpError, GitHubRest, nextLink } from '../../../src/github/rest.js';
import { commentMarker, listIssueComments, upsertStickyComment } from '../../../src/github/comments.js';
import { gitHubRunInfo, parsePullRequestEvent, runUrl } from '../../../src/github/event.js';

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub();
});
afterEach(async () => {
  await gh.close();
});

const REPO = 'acme/api';
const noWait = { sleep: async () => undefined };
const client = (extra: Partial<ConstructorParameters<typeof GitHubRest>[0]> = {}) =>
  new GitHubRest({ apiUrl: gh.url, token: gh.token, ...noWait, ...extra });

describe('sticky comment', () => {
  const marker = commentMarker('ghcr.io/acme/api');

  it('creates the comment once, then updates the same id', async () => {
    const rest = client();
    const first = await upsertStickyComment(rest, REPO, 7, marker, 'first body');
    expect(first).toMatchObject({ action: 'created' });
    const second = await upsertStickyComment(rest, REPO, 7, marker, 'second body');
    expect(second).toMatchObject({ action: 'updated' });
    if (first.action === 'not-created' || second.action === 'not-created') throw new Error('unexpected');
    expect(second.id).toBe(first.id);
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]?.body).toBe(`${marker}\nsecond body`);
    expect(gh.requests.map((r) => `${r.method} ${r.url.replace(/\?.*/, '')} ${r.status}`)).toEqual([
      'GET /repos/acme/api/issues/7/comments 200',
      'POST /repos/acme/api/issues/7/comments 201',
      'GET /repos/acme/api/issues/7/comments 200',
      `PATCH /repos/acme/api/issues/comments/${first.id} 200`,
    ]);
    expect(gh.requests.every((r) => r.authorization === `Bearer ${gh.token}`)).toBe(true);
  });

  it('leaves an identical comment alone', async () => {
    const rest = client();
    await upsertStickyComment(rest, REPO, 7, marker, 'same');
    const again = await upsertStickyComment(rest, REPO, 7, marker, 'same');
    expect(again.action).toBe('unchanged');
    expect(gh.requests.filter((r) => r.method === 'PATCH')).toHaveLength(0);
  });

  it('finds its comment on a later page, among other comments and other images', async () => {
    gh.setMaxPageSize(2);
    for (let i = 0; i < 5; i++) gh.seed(REPO, 9, `a review comment ${i}`);
    gh.seed(REPO, 9, `${commentMarker('ghcr.io/acme/worker')}\nthe other image`);
    const ours = gh.seed(REPO, 9, `${marker}\nold`, 'github-actions[bot]');
    const res = await upsertStickyComment(client(), REPO, 9, marker, 'new');
    expect(res).toMatchObject({ action: 'updated', id: ours.id });
    expect(gh.requests.filter((r) => r.method === 'GET')).toHaveLength(4);
    expect(gh.comments.find((c) => c.id === ours.id)?.body).toBe(`${marker}\nnew`);
    expect(gh.comments.filter((c) => c.body.includes('the other image'))).toHaveLength(1);
  });

  it('does not create a comment when told only to update', async () => {
    const res = await upsertStickyComment(client(), REPO, 3, marker, 'body', { create: false });
    expect(res.action).toBe('not-created');
    expect(gh.comments).toHaveLength(0);
  });

  it('lists every comment across pages', async () => {
    gh.setMaxPageSize(3);
    for (let i = 0; i < 10; i++) gh.seed(REPO, 1, `c${i}`);
    const all = await listIssueComments(client(), REPO, 1);
    expect(all.map((c) => c.body)).toEqual(Array.from({ length: 10 }, (_, i) => `c${i}`));
  });
});

describe('errors', () => {
  it('403 on writes (a fork token) is an error with the status and GitHub message, without retries', async () => {
    gh.setFault({ status: 403, methods: ['POST', 'PATCH'] });
    const err = await upsertStickyComment(client(), REPO, 7, '<!-- m -->', 'b').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitHubHttpError);
    expect((err as GitHubHttpError).status).toBe(403);
    expect((err as GitHubHttpError).apiMessage).toBe('Resource not accessible by integration');
    expect(gh.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('retries 5xx with backoff, then succeeds', async () => {
    gh.setFault({ status: 502, times: 2 });
    const waits: number[] = [];
    const retries: string[] = [];
    const rest = client({ sleep: async (ms) => void waits.push(ms), onRetry: (m) => retries.push(m) });
    const res = await upsertStickyComment(rest, REPO, 7, '<!-- m -->', 'b');
    expect(res.action).toBe('created');
    expect(waits).toEqual([1000, 2000]);
    expect(retries).toHaveLength(2);
    expect(retries[0]).toMatch(/answered 502: Bad Gateway; retrying/);
  });

  it('gives up on a persistent 5xx after the attempts', async () => {
    gh.setFault({ status: 503 });
    const err = await client({ attempts: 3 })
      .request('GET', `/repos/${REPO}/issues/1/comments`)
      .catch((e: unknown) => e);
    expect((err as GitHubHttpError).status).toBe(503);
    expect(gh.requests).toHaveLength(3);
  });

  it('does not retry 422', async () => {
    gh.setFault({ status: 422, methods: ['POST'] });
    const err = await client()
      .request('POST', `/repos/${REPO}/issues/1/comments`, { body: 'x' })
      .catch((e: unknown) => e);
    expect((err as GitHubHttpError).status).toBe(422);
    expect(gh.requests).toHaveLength(1);
  });

  it('reports a wrong token as 401', async () => {
    const err = await client({ token: 'nope' })
      .request('GET', `/repos/${REPO}/issues/1/comments`)
      .catch((e: unknown) => e);
    expect((err as GitHubHttpError).status).toBe(401);
  });

  it('retries a refused connection, then fails with a clear message', async () => {
    const url = gh.url;
    await gh.close();
    const err = await new GitHubRest({ apiUrl: url, token: 't', attempts: 2, ...noWait })
      .request('GET', '/x')
      .catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/^GitHub API GET \/x failed: /);
    gh = await startFakeGitHub();
  });
});

describe('nextLink', () => {
  it('finds rel="next" among other relations', () => {
    expect(
      nextLink(
        '<https://api/x?page=1>; rel="prev", <https://api/x?page=3>; rel="next", <https://api/x?page=9>; rel="last"',
      ),
    ).toBe('https://api/x?page=3');
    expect(nextLink('<https://api/x?page=9>; rel="last"')).toBeUndefined();
    expect(nextLink(null)).toBeUndefined();
  });
  it('never throws', () => {
    fc.assert(fc.property(fc.string(), (s) => void nextLink(s)));
  });
});

describe('event', () => {
  const event = (pr: unknown) => JSON.stringify({ action: 'synchronize', number: 42, pull_request: pr });

  it('reads the PR number, base ref and fork-ness', () => {
    expect(
      parsePullRequestEvent(
        event({
          number: 42,
          base: { ref: 'main', repo: { full_name: 'acme/api' } },
          head: { ref: 'f', repo: { full_name: 'someone/api' } },
        }),
      ),
    ).toEqual({ number: 42, baseRef: 'main', baseRepo: 'acme/api', headRepo: 'someone/api', fork: true });
    expect(parsePullRequestEvent(event({ number: 5, base: { ref: 'dev' } }))).toEqual({
      number: 5,
      baseRef: 'dev',
      fork: false,
    });
  });

  it('never throws on hostile input', () => {
    fc.assert(fc.property(fc.string(), (s) => void parsePullRequestEvent(s)));
    fc.assert(fc.property(fc.jsonValue(), (v) => void parsePullRequestEvent(JSON.stringify(v))));
    expect(parsePullRequestEvent('{"pull_request":{"number":-1}}')).toBeUndefined();
    expect(parsePullRequestEvent('{"pull_request":{"number":1.5}}')).toBeUndefined();
    expect(parsePullRequestEvent('null')).toBeUndefined();
  });

  it('reads the run from the environment; the event file only for pull requests', () => {
    const files: string[] = [];
    const info = gitHubRunInfo(
      {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: '/e.json',
        GITHUB_REPOSITORY: 'acme/api',
        GITHUB_API_URL: 'http://127.0.0.1:1',
        GITHUB_RUN_ID: '77',
        GITHUB_RUN_ATTEMPT: '2',
      },
      (f) => (files.push(f), event({ number: 42, base: { ref: 'main' } })),
    );
    expect(files).toEqual(['/e.json']);
    expect(info.pullRequest?.number).toBe(42);
    expect(runUrl(info)).toBe('https://github.com/acme/api/actions/runs/77/attempts/2');
    const push = gitHubRunInfo({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: '/e.json' }, () => {
      throw new Error('must not read');
    });
    expect(push.pullRequest).toBeUndefined();
    expect(push.apiUrl).toBe('https://api.github.com');
  });
});

describe('commentMarker', () => {
  it('is one HTML comment whatever the image name', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const m = commentMarker(s);
        expect(m.startsWith('<!-- go-container-ci:')).toBe(true);
        expect(m.endsWith(' -->')).toBe(true);
        const inner = m.slice(4, -3);
        expect(inner).not.toMatch(/--.*--|>/);
        expect(inner.slice(1, -1)).not.toContain('--');
      }),
    );
  });
});
