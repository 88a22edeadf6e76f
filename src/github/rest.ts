/**
 * A minimal GitHub REST client over fetch: the base URL comes from GITHUB_API_URL (GitHub Enterprise, or a
 * fake server in tests), 5xx answers and network errors are retried with backoff, and every other answer
 * that is not 2xx becomes a GitHubHttpError carrying the status and GitHub's message.
 */

export class GitHubHttpError extends Error {
  constructor(
    readonly status: number,
    readonly method: string,
    readonly route: string,
    readonly apiMessage: string,
  ) {
    super(`GitHub API ${method} ${route} answered ${status}${apiMessage ? `: ${apiMessage}` : ''}`);
    this.name = 'GitHubHttpError';
  }
}

export interface RestOptions {
  /** e.g. https://api.github.com (no trailing slash needed). */
  readonly apiUrl: string;
  readonly token: string;
  /** Attempts for 5xx and network errors, the first included. Default 4. */
  readonly attempts?: number;
  /** Backoff before retry n (1-based). Default 1 s, 2 s, 4 s… */
  readonly backoffMs?: (retry: number) => number;
  readonly sleep?: (ms: number) => Promise<void>;
  /** Per-request timeout. Default 30 s. */
  readonly timeoutMs?: number;
  readonly userAgent?: string;
  /** Told about each retry. */
  readonly onRetry?: (message: string) => void;
}

export interface RestResponse<T> {
  readonly status: number;
  readonly data: T;
  /** The URL of the next page (Link rel="next"), when there is one. */
  readonly next?: string;
}

/** The rel="next" URL of a Link header, or undefined. Pure; never throws. */
export function nextLink(header: string | null | undefined): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(',')) {
    const m = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
    if (m && /(^|;)\s*rel="?([^";]*\s)?next(\s[^";]*)?"?\s*(;|$)/.test(m[2] ?? '')) return m[1];
  }
  return undefined;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class GitHubRest {
  private readonly base: string;
  constructor(private readonly opts: RestOptions) {
    this.base = opts.apiUrl.replace(/\/+$/, '');
  }

  /** Sends one request; `pathOrUrl` is a path below the API URL or an absolute URL from a Link header. */
  async request<T>(method: string, pathOrUrl: string, body?: unknown): Promise<RestResponse<T>> {
    const url = /^https?:\/\//.test(pathOrUrl) ? pathOrUrl : `${this.base}${pathOrUrl}`;
    // The token goes only to the API's origin: a Link header naming another origin is not followed.
    if (new URL(url).origin !== new URL(this.base).origin)
      throw new Error(
        `GitHub API ${method}: ${new URL(url).origin} is not the API origin ${new URL(this.base).origin}; the token is not sent there`,
      );
    const route = pathOrUrl.replace(/^https?:\/\/[^/]+/, '').replace(/\?.*$/, '');
    const attempts = Math.max(1, this.opts.attempts ?? 4);
    const sleep = this.opts.sleep ?? defaultSleep;
    const backoff = this.opts.backoffMs ?? ((n: number) => 1000 * 2 ** (n - 1));
    let lastError: Error | undefined;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      if (attempt > 1) await sleep(backoff(attempt - 1));
      let res: Response;
      try {
        res = await fetch(url, {
          method,
          headers: {
            accept: 'application/vnd.github+json',
            authorization: `Bearer ${this.opts.token}`,
            'x-github-api-version': '2022-11-28',
            'user-agent': this.opts.userAgent ?? 'go-container-ci',
            ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          },
          ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
          signal: AbortSignal.timeout(this.opts.timeoutMs ?? 30_000),
        });
      } catch (e) {
        lastError = new Error(`GitHub API ${method} ${route} failed: ${(e as Error).message}`);
        if (attempt < attempts) this.opts.onRetry?.(`${lastError.message}; retrying`);
        continue;
      }
      const text = await res.text();
      if (res.status >= 500 && attempt < attempts) {
        lastError = new GitHubHttpError(res.status, method, route, apiMessage(text));
        this.opts.onRetry?.(`${lastError.message}; retrying`);
        continue;
      }
      if (res.status < 200 || res.status >= 300) {
        throw new GitHubHttpError(res.status, method, route, apiMessage(text));
      }
      let data: unknown = undefined;
      if (text.trim() !== '') {
        try {
          data = JSON.parse(text);
        } catch {
          throw new Error(
            `GitHub API ${method} ${route} answered ${res.status} with a body that is not JSON`,
          );
        }
      }
      const next = nextLink(res.headers.get('link'));
      return { status: res.status, data: data as T, ...(next ? { next } : {}) };
    }
    throw lastError ?? new Error(`GitHub API ${method} ${route} failed`);
  }
}

/** GitHub's `message` field of an error body, or a short preview of the body. */
function apiMessage(text: string): string {
  try {
    const obj = JSON.parse(text) as { message?: unknown };
    if (typeof obj?.message === 'string') return obj.message.slice(0, 300);
  } catch {
    // not JSON
  }
  return text.trim().slice(0, 200);
}
