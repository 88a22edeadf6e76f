/**
 * `go-container-ci post-comment`: the comment job of go-container-pr.yml posts the comment the build job wrote
 * with comment-file, against a GitHub REST server on 127.0.0.1 (test/helpers/fake-github.ts) through our real
 * client. Created once, then updated in place; update-only creates nothing; someone else's comment with our
 * marker is left alone; a file that is not our comment fails before any request; a read-only token is a notice.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { postCommentCommand } from '../../../src/commands/post-comment.js';
import { commentMarker } from '../../../src/github/comments.js';
import { parseCommentFile } from '../../../src/github/comment-file.js';
import { parseArgs } from '../../../src/cli/args.js';
import { POST_COMMENT_FLAGS } from '../../../src/commands/post-comment.js';
import { startFakeGitHub, type FakeGitHub } from '../../helpers/fake-github.js';

const REPO = 'acme/api';
const MARKER = commentMarker('ghcr.io/acme/api:pr-7');

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub();
});
afterEach(async () => {
  await gh.close();
});

function tmp(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'gcc-post-comment-'));
}

function env(pr = 7, headRepo = REPO): NodeJS.ProcessEnv {
  const event = path.join(tmp(), 'event.json');
  writeFileSync(
    event,
    JSON.stringify({
      pull_request: {
        number: pr,
        base: { ref: 'main', repo: { full_name: REPO } },
        head: { repo: { full_name: headRepo } },
      },
    }),
  );
  return {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: REPO,
    GITHUB_API_URL: gh.url,
    GITHUB_TOKEN: gh.token,
  };
}

function commentFile(content: unknown): string {
  const file = path.join(tmp(), 'comment.json');
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

async function post(file: string, e: NodeJS.ProcessEnv = env()) {
  const lines: string[] = [];
  const code = await postCommentCommand(
    parseArgs(['--file', file], POST_COMMENT_FLAGS),
    e,
    (l) => void lines.push(l),
  );
  return { code, out: lines.join('') };
}

describe('post-comment', () => {
  it('creates the comment once, then updates it in place', async () => {
    const first = await post(commentFile({ marker: MARKER, body: `${MARKER}\n### ❌ failed`, create: true }));
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/PR comment created/);
    const second = await post(
      commentFile({ marker: MARKER, body: `${MARKER}\n### ✅ passed`, create: false }),
    );
    expect(second.out).toMatch(/PR comment updated/);
    expect(gh.comments.map((c) => [c.issue, c.body])).toEqual([[7, `${MARKER}\n### ✅ passed`]]);
  });

  it('update-only with no earlier comment writes nothing', async () => {
    const r = await post(commentFile({ marker: MARKER, body: `${MARKER}\nall good`, create: false }));
    expect(r.out).toMatch(/none was written/);
    expect(gh.comments).toEqual([]);
  });

  it("leaves someone else's comment with our marker alone", async () => {
    gh.seed(REPO, 7, `${MARKER}\nfake green report`, 'mallory');
    await post(commentFile({ marker: MARKER, body: `${MARKER}\nreal report`, create: true }));
    expect(gh.comments.map((c) => [c.user.login, c.body])).toEqual([
      ['mallory', `${MARKER}\nfake green report`],
      ['github-actions[bot]', `${MARKER}\nreal report`],
    ]);
  });

  it.each([
    ['not JSON', '{', /not JSON/],
    [
      'no marker',
      { marker: '<!-- other -->', body: '<!-- other -->\nx', create: true },
      /no go-container-ci marker/,
    ],
    [
      'body without its marker',
      { marker: MARKER, body: '### fake', create: true },
      /does not open with its marker/,
    ],
    ['no create', { marker: MARKER, body: `${MARKER}\nx` }, /no boolean "create"/],
    [
      'too long',
      { marker: MARKER, body: `${MARKER}\n${'x'.repeat(70_000)}`, create: true },
      /more than GitHub's/,
    ],
  ])('refuses a file that is not our comment (%s) before any request', async (_name, content, message) => {
    const r = await post(commentFile(content));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^::error title=go-container-ci PR comment::/);
    expect(r.out).toMatch(message);
    expect(gh.requests).toEqual([]);
  });

  it('no file: nothing to post', async () => {
    const r = await post(path.join(tmp(), 'absent.json'));
    expect(r).toEqual({ code: 0, out: expect.stringMatching(/nothing to post/) });
    expect(gh.requests).toEqual([]);
  });

  it('a read-only token (a fork) is a notice, not a failure', async () => {
    gh.setFault({ status: 403, methods: ['POST'] });
    const r = await post(
      commentFile({ marker: MARKER, body: `${MARKER}\nx`, create: true }),
      env(7, 'fork/api'),
    );
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /::notice title=go-container-ci PR comment::PR comment skipped: this pull request comes from a fork/,
    );
  });

  it('reads back what comment-file writes', () => {
    const body = `${MARKER}\n### ✅ go-container-ci passed`;
    expect(parseCommentFile(JSON.stringify({ marker: MARKER, body, create: true }, null, 2))).toEqual({
      marker: MARKER,
      body,
      create: true,
    });
  });
});
