/**
 * The sticky comment is ours only when our login wrote it (issue 16, Low): an outsider who pastes the marker
 * into their own comment can neither have it edited (hijack) nor make us think the report is already there
 * (suppress). Against the fake GitHub server (real HTTP on 127.0.0.1).
 */
import { startFakeGitHub, type FakeGitHub } from '../../helpers/fake-github.js';
import { GitHubRest } from '../../../src/github/rest.js';
import {
  commentAuthor,
  commentMarker,
  DEFAULT_COMMENT_AUTHOR,
  upsertStickyComment,
} from '../../../src/github/comments.js';

const REPO = 'acme/api';
const marker = commentMarker('ghcr.io/acme/api');
let gh: FakeGitHub;
afterEach(async () => {
  await gh.close();
});
const client = () => new GitHubRest({ apiUrl: gh.url, token: gh.token, sleep: async () => undefined });
const writes = () => gh.requests.filter((r) => r.method !== 'GET');

describe('sticky comment owner', () => {
  it("GITHUB_TOKEN: an outsider's comment with our marker is neither edited nor taken for ours", async () => {
    gh = await startFakeGitHub();
    const planted = gh.seed(REPO, 7, `${marker}\n### ✅ go-container-ci passed`, 'mallory');
    const rest = client();
    const author = await commentAuthor(rest);
    expect(author).toBe(DEFAULT_COMMENT_AUTHOR);
    // update-only (nothing to report): the planted comment does not count as an earlier report.
    expect(await upsertStickyComment(rest, REPO, 7, marker, 'fixed', { create: false, author })).toEqual({
      action: 'not-created',
    });
    const res = await upsertStickyComment(rest, REPO, 7, marker, '### ❌ failed', { author });
    expect(res.action).toBe('created');
    expect(planted.body).toBe(`${marker}\n### ✅ go-container-ci passed`);
    expect(writes().map((r) => `${r.method} ${r.url}`)).toEqual([`POST /repos/${REPO}/issues/7/comments`]);
    // The next run updates its own comment, still not the planted one.
    const again = await upsertStickyComment(rest, REPO, 7, marker, '### ✅ passed', { author });
    expect(again).toMatchObject({ action: 'updated', id: (res as { id: number }).id });
    expect(planted.body).toBe(`${marker}\n### ✅ go-container-ci passed`);
  });

  it('a custom token: the comment of the user GET /user names is ours, the bot one is not', async () => {
    gh = await startFakeGitHub({ user: 'release-bot' });
    const botOne = gh.seed(REPO, 8, `${marker}\nby the Actions bot`, 'github-actions[bot]');
    const mine = gh.seed(REPO, 8, `${marker}\nold`, 'release-bot');
    const rest = client();
    const author = await commentAuthor(rest);
    expect(author).toBe('release-bot');
    const res = await upsertStickyComment(rest, REPO, 8, marker, 'new', { author });
    expect(res).toMatchObject({ action: 'updated', id: mine.id });
    expect(botOne.body).toBe(`${marker}\nby the Actions bot`);
  });

  it('the marker must open the comment, not sit inside a quote of it', async () => {
    gh = await startFakeGitHub();
    const quoting = gh.seed(REPO, 9, `> ${marker}\n> quoted`, DEFAULT_COMMENT_AUTHOR);
    const res = await upsertStickyComment(client(), REPO, 9, marker, 'body', {
      author: DEFAULT_COMMENT_AUTHOR,
    });
    expect(res.action).toBe('created');
    expect(quoting.body).toBe(`> ${marker}\n> quoted`);
  });
});
