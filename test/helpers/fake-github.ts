/**
 * A fake GitHub REST API: a real HTTP server on 127.0.0.1 implementing the routes go-container-ci calls
 * (list, create and update issue comments), recording every request, with switches that make it answer
 * errors (403 for a fork's read-only token, 404, 422, 5xx) the way GitHub does.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  readonly method: string;
  /** Path with query string. */
  readonly url: string;
  readonly authorization?: string;
  readonly body?: unknown;
  /** The status the server answered. */
  status: number;
}

export interface StoredComment {
  readonly id: number;
  readonly repo: string;
  readonly issue: number;
  body: string;
  readonly user: { login: string; type: string };
  readonly created_at: string;
  updated_at: string;
}

export interface Fault {
  readonly status: number;
  /** Only these methods fail (default: all). */
  readonly methods?: readonly string[];
  /** Fail this many times, then answer normally (default: always). */
  times?: number;
  readonly message?: string;
}

export interface FakeGitHub {
  readonly url: string;
  readonly requests: RecordedRequest[];
  readonly comments: StoredComment[];
  /** The token the server accepts (any other gets 401). */
  readonly token: string;
  /** Makes the next requests fail (see Fault); undefined clears it. */
  setFault(fault: Fault | undefined): void;
  /** Adds a comment as someone else wrote it. */
  seed(repo: string, issue: number, body: string, login?: string): StoredComment;
  /** Largest page the list route returns (GitHub: 100). */
  setMaxPageSize(n: number): void;
  close(): Promise<void>;
}

const DEFAULT_MESSAGES: Record<number, string> = {
  401: 'Bad credentials',
  403: 'Resource not accessible by integration',
  404: 'Not Found',
  422: 'Validation Failed',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

export async function startFakeGitHub(
  opts: {
    token?: string;
    /** The token's user (GET /user answers it, and new comments are theirs); default: GITHUB_TOKEN's bot, for which GET /user is 403. */
    user?: string;
  } = {},
): Promise<FakeGitHub> {
  const token = opts.token ?? 'fake-token-for-tests';
  const requests: RecordedRequest[] = [];
  const comments: StoredComment[] = [];
  let fault: Fault | undefined;
  let maxPageSize = 100;
  let nextId = 1001;
  let base = '';

  const publicComment = (c: StoredComment) => ({
    id: c.id,
    node_id: `IC_${c.id}`,
    body: c.body,
    user: c.user,
    html_url: `https://github.example/${c.repo}/pull/${c.issue}#issuecomment-${c.id}`,
    issue_url: `${base}/repos/${c.repo}/issues/${c.issue}`,
    created_at: c.created_at,
    updated_at: c.updated_at,
  });

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        body = raw;
      }
      const method = req.method ?? 'GET';
      const rec: RecordedRequest = {
        method,
        url: req.url ?? '/',
        ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
        ...(body !== undefined ? { body } : {}),
        status: 0,
      };
      requests.push(rec);
      const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
        rec.status = status;
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
        res.end(payload === undefined ? '' : JSON.stringify(payload));
      };
      const error = (status: number, message = DEFAULT_MESSAGES[status] ?? 'Error') =>
        send(status, { message, documentation_url: 'https://docs.github.com/rest' });

      if (req.headers.authorization !== `Bearer ${token}`) return error(401);
      if (fault && (!fault.methods || fault.methods.includes(method)) && (fault.times ?? 1) > 0) {
        if (fault.times !== undefined) fault.times--;
        return error(fault.status, fault.message);
      }
      const url = new URL(req.url ?? '/', 'http://fake');
      if (url.pathname === '/user' && method === 'GET')
        return opts.user ? send(200, { login: opts.user, type: 'User' }) : error(403);
      let m = /^\/repos\/([^/]+\/[^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
      if (m) {
        const repo = m[1] as string;
        const issue = Number(m[2]);
        if (method === 'GET') {
          const perPage = Math.min(maxPageSize, Number(url.searchParams.get('per_page') ?? 30) || 30);
          const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
          const all = comments.filter((c) => c.repo === repo && c.issue === issue);
          const slice = all.slice((page - 1) * perPage, page * perPage);
          const links: string[] = [];
          const pageUrl = (p: number) => `${base}${url.pathname}?per_page=${perPage}&page=${p}`;
          const last = Math.max(1, Math.ceil(all.length / perPage));
          if (page < last) links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(last)}>; rel="last"`);
          if (page > 1) links.push(`<${pageUrl(1)}>; rel="first"`, `<${pageUrl(page - 1)}>; rel="prev"`);
          return send(200, slice.map(publicComment), links.length ? { link: links.join(', ') } : {});
        }
        if (method === 'POST') {
          const text = (body as { body?: unknown } | undefined)?.body;
          if (typeof text !== 'string' || text === '') return error(422);
          if (text.length > 65536) return error(422, 'Body is too long (maximum is 65536 characters)');
          const now = new Date().toISOString();
          const c: StoredComment = {
            id: nextId++,
            repo,
            issue,
            body: text,
            user: opts.user
              ? { login: opts.user, type: 'User' }
              : { login: 'github-actions[bot]', type: 'Bot' },
            created_at: now,
            updated_at: now,
          };
          comments.push(c);
          return send(201, publicComment(c));
        }
      }
      m = /^\/repos\/([^/]+\/[^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
      if (m && method === 'PATCH') {
        const c = comments.find((x) => x.repo === m?.[1] && x.id === Number(m?.[2]));
        if (!c) return error(404);
        const text = (body as { body?: unknown } | undefined)?.body;
        if (typeof text !== 'string' || text === '') return error(422);
        if (text.length > 65536) return error(422, 'Body is too long (maximum is 65536 characters)');
        c.body = text;
        c.updated_at = new Date().toISOString();
        return send(200, publicComment(c));
      }
      return error(404);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  return {
    url: base,
    requests,
    comments,
    token,
    setFault: (f) => (fault = f ? { ...f } : undefined),
    setMaxPageSize: (n) => (maxPageSize = n),
    seed(repo, issue, body, login = 'someone') {
      const now = new Date().toISOString();
      const c: StoredComment = {
        id: nextId++,
        repo,
        issue,
        body,
        user: { login, type: 'User' },
        created_at: now,
        updated_at: now,
      };
      comments.push(c);
      return c;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
