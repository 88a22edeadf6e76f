/**
 * The PR comment against GitHub answering badly, through postPullRequestComment (what the action calls):
 * the gaps the client tests (test/unit/report/github-client.test.ts) and the e2e test
 * (test/e2e/report-pr-comment.test.ts) leave: 404 (the pull request or repository is not visible to the
 * token), 403 on the list itself, a 5xx that never ends, a 200 whose body is not JSON, a list that is not a
 * list, a connection that hangs up. Each leaves a notice or a warning, never an exception, never a failed job,
 * and never prints the token.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { postPullRequestComment } from '../../../src/github/report.js';
import type { GitHubRunInfo } from '../../../src/github/event.js';
import { fixtureContext } from '../../helpers/report-fixture.js';
import { record } from '../../helpers/hostile.js';

const TOKEN = 'ghs_faultTestToken_5f3e2d1c';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

async function server(
  handler: Handler,
): Promise<{ url: string; close: () => Promise<void>; hits: () => number }> {
  let hits = 0;
  const srv = http.createServer((req, res) => {
    hits++;
    req.resume();
    handler(req, res);
  });
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(srv.address() as AddressInfo).port}`,
    hits: () => hits,
    close: () =>
      new Promise<void>((resolve) => {
        srv.closeAllConnections();
        srv.close(() => resolve());
      }),
  };
}

const json =
  (status: number, body: unknown, raw = false): Handler =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(raw ? String(body) : JSON.stringify(body));
  };

let stdoutWrite: typeof process.stdout.write;
const commands: string[] = [];
beforeEach(() => {
  commands.length = 0;
  stdoutWrite = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    commands.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
});
afterEach(() => {
  process.stdout.write = stdoutWrite;
});

const CASES: readonly [string, Handler, 'notice' | 'warning', RegExp][] = [
  [
    '404 on the list: the token cannot see the pull request',
    json(404, { message: 'Not Found' }),
    'notice',
    /PR comment skipped: the token cannot write pull request comments .*GitHub answered 404: Not Found/,
  ],
  [
    '403 on the list',
    json(403, { message: 'Resource not accessible by integration' }),
    'notice',
    /PR comment skipped: .*GitHub answered 403/,
  ],
  [
    '503 that never ends',
    json(503, { message: 'Service Unavailable' }),
    'warning',
    /PR comment not written: GitHub API GET .* answered 503: Service Unavailable/,
  ],
  [
    '200 whose body is not JSON',
    json(200, '<html>proxy login</html>', true),
    'warning',
    /PR comment not written: .*answered 200 with a body that is not JSON/,
  ],
  [
    'a list that is not a list',
    json(200, { comments: [] }),
    'warning',
    /PR comment not written: .*did not answer a list/,
  ],
  [
    'a connection that hangs up',
    (req) => req.socket.destroy(),
    'warning',
    /PR comment not written: GitHub API GET .* failed/,
  ],
];

describe('GitHub API faults on the PR comment', () => {
  it.each(CASES.map(([name]) => name))('%s: a notice or warning, never an exception', async (name) => {
    const [, handler, level, message] = CASES.find(([n]) => n === name) as (typeof CASES)[number];
    const gh = await server(handler);
    const ctx = await fixtureContext({ inputs: { 'github-token': TOKEN, comment: 'always' } });
    const github: GitHubRunInfo = {
      eventName: 'pull_request',
      repository: 'acme/api',
      apiUrl: gh.url,
      serverUrl: 'https://github.example',
      runId: '1',
      pullRequest: { number: 5, fork: false },
    } as GitHubRunInfo;
    const started = performance.now();
    let outcome: 'ok' | 'crash' = 'crash';
    try {
      const res = await postPullRequestComment(ctx, {
        github,
        image: 'ghcr.io/acme/api',
        verdict: { ok: true, reason: 'all stages passed' },
      });
      outcome = 'ok';
      expect(res.url).toBeUndefined();
      expect(res.note).toMatch(message);
      const lines = commands.filter((c) => c.startsWith(`::${level} `));
      expect(lines.join('')).toMatch(message);
      expect(commands.join('')).not.toContain(TOKEN);
      expect(gh.hits()).toBeGreaterThan(0);
    } finally {
      await gh.close();
      record({
        suite: 'faults',
        category: 'GitHub API faults (PR comment)',
        name,
        outcome,
        ms: Math.round(performance.now() - started),
        writesOutsideTemp: 0,
        secretsLeaked: commands.join('').includes(TOKEN) ? 1 : 0,
        fault: true,
      });
    }
  });
});
