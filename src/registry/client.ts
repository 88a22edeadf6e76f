/**
 * A small Distribution API v2 client over fetch: manifests (OCI and Docker schema 2, index and image) and
 * blobs streamed to disk with their digest checked, bearer-token and basic auth, retries with backoff on
 * 5xx, 429 and network errors. Every error names the reference it was about.
 */
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { dockerCredentials, parseChallenges, type BasicCredentials, type Challenge } from './auth.js';
import { isLoopback, registryScheme, repositoryName, type RegistryReference } from './reference.js';

const MAX_REDIRECTS = 5;

export const MEDIA_TYPES = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
} as const;

export const MANIFEST_ACCEPT = Object.values(MEDIA_TYPES).join(', ');

export function isIndexMediaType(mediaType: string): boolean {
  return mediaType === MEDIA_TYPES.ociIndex || mediaType === MEDIA_TYPES.dockerList;
}

/** Manifests are small; a larger answer is not a manifest (registries cap them at 4 MiB). */
const MAX_MANIFEST_BYTES = 4 << 20;

export interface Descriptor {
  readonly mediaType: string;
  readonly digest: string;
  readonly size: number;
  readonly platform?: { readonly os?: string; readonly architecture?: string; readonly variant?: string };
  readonly annotations?: Readonly<Record<string, string>>;
}

export interface Manifest {
  readonly digest: string;
  readonly mediaType: string;
  /** The exact bytes the registry served (their sha256 is the digest). */
  readonly bytes: Buffer;
  readonly json: {
    readonly mediaType?: string;
    readonly manifests?: readonly Descriptor[];
    readonly config?: Descriptor;
    readonly layers?: readonly Descriptor[];
  };
}

export class RegistryError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'RegistryError';
  }
}

export interface RegistryClientOptions {
  /** Plain HTTP for every registry (loopback registries always get it). */
  readonly allowHttp?: boolean;
  readonly env?: NodeJS.ProcessEnv;
  /** Credentials for a registry; default: the Docker config (`auths`, `credHelpers`, `credsStore`). */
  readonly credentials?: (registry: string) => Promise<BasicCredentials | undefined>;
  /** Called with every secret (password, token) before it is used, so the host can mask it. */
  readonly onSecret?: (secret: string) => void;
  readonly retries?: number;
  readonly retryDelayMs?: number;
  readonly fetch?: typeof fetch;
  readonly log?: (message: string) => void;
}

const DIGEST = /^sha256:[a-f0-9]{64}$/;

function sha256(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

function retryable(status: number): boolean {
  return status >= 500 || status === 429 || status === 408;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class RegistryClient {
  private readonly authorization = new Map<string, string>();
  private readonly credentialCache = new Map<string, Promise<BasicCredentials | undefined>>();
  private readonly fetchImpl: typeof fetch;
  private readonly retries: number;
  private readonly retryDelayMs: number;

  constructor(private readonly opts: RegistryClientOptions = {}) {
    this.fetchImpl = opts.fetch ?? fetch;
    this.retries = opts.retries ?? 4;
    this.retryDelayMs = opts.retryDelayMs ?? 500;
  }

  private url(ref: RegistryReference, tail: string): string {
    return `${registryScheme(ref.registry, this.opts.allowHttp ?? false)}://${ref.apiHost}/v2/${ref.repository}/${tail}`;
  }

  private credentials(registry: string): Promise<BasicCredentials | undefined> {
    let p = this.credentialCache.get(registry);
    if (!p) {
      const lookup =
        this.opts.credentials ?? ((r: string) => dockerCredentials(r, this.opts.env ?? process.env));
      p = lookup(registry).then((c) => {
        if (c) this.opts.onSecret?.(c.password);
        return c;
      });
      this.credentialCache.set(registry, p);
    }
    return p;
  }

  /** fetch with retries on network errors, 5xx, 408 and 429 (exponential backoff, Retry-After honoured). */
  private async fetchRetrying(url: string, init: RequestInit, what: string): Promise<Response> {
    let attempt = 0;
    for (;;) {
      let res: Response | undefined;
      let error: unknown;
      try {
        res = await this.fetchFollowing(url, init, what);
      } catch (e) {
        error = e;
      }
      if (res && !retryable(res.status)) return res;
      if (attempt >= this.retries) {
        if (res) return res;
        const cause = (error as { cause?: { code?: string; message?: string } } | undefined)?.cause;
        throw new RegistryError(
          `${what}: ${url.replace(/\?.*$/, '')} could not be reached after ${attempt + 1} attempts: ${cause?.code ?? cause?.message ?? (error as Error).message}`,
        );
      }
      const retryAfter = Number(res?.headers.get('retry-after'));
      const delay =
        Number.isFinite(retryAfter) && retryAfter > 0
          ? Math.min(retryAfter * 1000, 30_000)
          : this.retryDelayMs * 2 ** attempt;
      await res?.body?.cancel().catch(() => undefined);
      this.opts.log?.(
        `${what}: ${res ? `HTTP ${res.status}` : `network error (${(error as Error).message})`}, retrying in ${delay} ms`,
      );
      await sleep(delay);
      attempt++;
    }
  }

  /**
   * fetch, following redirects itself: within the origin as asked; to another origin only without the
   * Authorization header, and never for a request with a body (a token exchange would re-POST the refresh
   * token there).
   */
  private async fetchFollowing(url: string, init: RequestInit, what: string): Promise<Response> {
    const origin = new URL(url).origin;
    let current = url;
    let currentInit = init;
    for (let hop = 0; ; hop++) {
      const res = await this.fetchImpl(current, { ...currentInit, redirect: 'manual' });
      const location = res.headers.get('location');
      if (![301, 302, 303, 307, 308].includes(res.status) || !location) return res;
      await res.body?.cancel().catch(() => undefined);
      if (hop >= MAX_REDIRECTS)
        throw new RegistryError(
          `${what}: more than ${MAX_REDIRECTS} redirects from ${url.replace(/\?.*$/, '')}`,
        );
      const next = new URL(location, current);
      if (next.protocol !== 'https:' && next.protocol !== 'http:')
        throw new RegistryError(`${what}: a redirect to ${next.protocol} is not followed`);
      if (next.origin !== origin) {
        if (currentInit.body !== undefined)
          throw new RegistryError(
            `${what}: ${current.replace(/\?.*$/, '')} redirects to another origin (${next.origin}); the request carries credentials and is not sent there`,
          );
        const headers = Object.fromEntries(
          Object.entries((currentInit.headers ?? {}) as Record<string, string>).filter(
            ([k]) => k.toLowerCase() !== 'authorization',
          ),
        );
        currentInit = { ...currentInit, headers };
      }
      if (res.status === 303) currentInit = { ...currentInit, method: 'GET', body: undefined };
      current = next.toString();
    }
  }

  /** Answers a 401's challenge: a bearer token from the realm, or basic credentials. */
  private async authorize(
    ref: RegistryReference,
    challenges: Challenge[],
    what: string,
    scopes?: readonly string[],
  ): Promise<string> {
    const creds = await this.credentials(ref.registry);
    const bearer = challenges.find((c) => c.scheme === 'bearer');
    if (bearer) {
      const realm = bearer.params.realm;
      if (!realm) throw new RegistryError(`${what}: the registry's bearer challenge names no realm`);
      const tokenUrl = new URL(realm);
      // Credentials go to the realm only over https; plain http only on a loopback address, or on the
      // registry's own host when plain HTTP was allowed for it.
      const plainOk =
        isLoopback(tokenUrl.host) || (this.opts.allowHttp === true && tokenUrl.host === ref.apiHost);
      if (tokenUrl.protocol !== 'https:' && !(tokenUrl.protocol === 'http:' && plainOk))
        throw new RegistryError(
          `${what}: the registry's bearer realm ${tokenUrl.origin}${tokenUrl.pathname} is not https: credentials are sent only over https (or to a loopback address)`,
        );
      if (bearer.params.service) tokenUrl.searchParams.set('service', bearer.params.service);
      // Pushes ask for their own scopes (push, and pull of a repository to mount from); one `scope` each.
      const wanted = scopes ?? [bearer.params.scope ?? `repository:${ref.repository}:pull`];
      for (const scope of wanted) tokenUrl.searchParams.append('scope', scope);
      const headers: Record<string, string> = { Accept: 'application/json' };
      let init: RequestInit = { headers };
      if (creds?.identityToken) {
        // OAuth2: the refresh token is exchanged for an access token (POST, form-encoded).
        const form = new URLSearchParams({
          grant_type: 'refresh_token',
          refresh_token: creds.password,
          client_id: 'go-container-ci',
          scope: wanted.join(' '),
          ...(bearer.params.service ? { service: bearer.params.service } : {}),
        });
        init = {
          method: 'POST',
          headers: { ...headers, 'Content-Type': 'application/x-www-form-urlencoded' },
          body: form.toString(),
        };
      } else if (creds) headers.Authorization = basicHeader(creds);
      const res = await this.fetchRetrying(
        creds?.identityToken ? `${tokenUrl.origin}${tokenUrl.pathname}` : tokenUrl.toString(),
        init,
        what,
      );
      if (!res.ok) {
        await res.body?.cancel().catch(() => undefined);
        throw new RegistryError(
          `${what}: the token service ${tokenUrl.origin}${tokenUrl.pathname} answered ${res.status}${creds ? ` for user '${creds.username}'` : ' (no credentials for this registry in the Docker config: docker login first)'}`,
          res.status,
        );
      }
      const body = (await res.json().catch(() => ({}))) as { token?: unknown; access_token?: unknown };
      const token = typeof body.token === 'string' ? body.token : body.access_token;
      if (typeof token !== 'string' || token === '')
        throw new RegistryError(`${what}: the token service answered no token`);
      this.opts.onSecret?.(token);
      return `Bearer ${token}`;
    }
    if (challenges.some((c) => c.scheme === 'basic')) {
      if (creds?.identityToken)
        throw new RegistryError(
          `${what}: ${ref.registry} asks for basic auth but the Docker config holds an identity token for it (docker login again with a password)`,
          401,
        );
      if (!creds)
        throw new RegistryError(
          `${what}: ${ref.registry} asks for a user name and password and the Docker config has none for it (docker login ${ref.registry})`,
          401,
        );
      return basicHeader(creds);
    }
    throw new RegistryError(
      `${what}: ${ref.registry} answered 401 with no challenge this client understands (${challenges.map((c) => c.scheme).join(', ') || 'none'})`,
      401,
    );
  }

  /**
   * A request with auth: on 401 it answers the challenge once and tries again. The answer is returned
   * whatever its status; the caller decides what a 404 or a 202 means.
   */
  async send(ref: RegistryReference, tail: string, what: string, opts: SendOptions = {}): Promise<Response> {
    const scopes = opts.scopes;
    const key = `${repositoryName(ref)}${scopes ? ` ${scopes.join(' ')}` : ''}`;
    const url = opts.url ?? this.url(ref, tail);
    const send = () => {
      const auth = this.authorization.get(key);
      return this.fetchRetrying(
        url,
        {
          method: opts.method ?? 'GET',
          headers: { ...opts.headers, ...(auth ? { Authorization: auth } : {}) },
          ...(opts.body ? { body: opts.body } : {}),
        },
        what,
      );
    };
    let res = await send();
    if (res.status === 401) {
      await res.body?.cancel().catch(() => undefined);
      const challenges = parseChallenges(res.headers.get('www-authenticate') ?? '');
      this.authorization.set(key, await this.authorize(ref, challenges, what, scopes));
      res = await send();
    }
    return res;
  }

  /** The base URL of a repository's API (`…/v2/<name>/`), for resolving the Location of an upload. */
  repositoryUrl(ref: RegistryReference): string {
    return this.url(ref, '');
  }

  /** A request with auth that must succeed: anything but 2xx is a RegistryError naming `what`. */
  private async request(
    ref: RegistryReference,
    tail: string,
    headers: Record<string, string>,
    what: string,
  ): Promise<Response> {
    const res = await this.send(ref, tail, what, { headers });
    if (!res.ok) throw await registryFailure(res, ref, what);
    return res;
  }

  /** The manifest (or index) ref names, with its digest checked. `reference` defaults to ref's tag or digest. */
  async manifest(ref: RegistryReference, reference = ref.reference): Promise<Manifest> {
    const what = `manifest ${repositoryName(ref)}${reference.includes(':') ? '@' : ':'}${reference}`;
    const res = await this.request(ref, `manifests/${reference}`, { Accept: MANIFEST_ACCEPT }, what);
    const length = Number(res.headers.get('content-length'));
    if (Number.isFinite(length) && length > MAX_MANIFEST_BYTES)
      throw new RegistryError(`${what}: ${length} bytes is too large for a manifest`);
    const bytes = Buffer.from(await res.arrayBuffer());
    if (bytes.length > MAX_MANIFEST_BYTES)
      throw new RegistryError(`${what}: ${bytes.length} bytes is too large for a manifest`);
    const digest = sha256(bytes);
    if (DIGEST.test(reference) && digest !== reference)
      throw new RegistryError(`${what}: the registry served content whose digest is ${digest}`);
    const served = res.headers.get('docker-content-digest');
    if (served && DIGEST.test(served) && served !== digest)
      throw new RegistryError(
        `${what}: Docker-Content-Digest says ${served} but the content's digest is ${digest}`,
      );
    let json: Manifest['json'];
    try {
      json = JSON.parse(bytes.toString('utf8')) as Manifest['json'];
    } catch {
      throw new RegistryError(`${what}: the registry served something that is not JSON`);
    }
    const mediaType =
      json.mediaType ??
      res.headers.get('content-type')?.split(';')[0]?.trim() ??
      (json.manifests ? MEDIA_TYPES.ociIndex : MEDIA_TYPES.ociManifest);
    if (!(Object.values(MEDIA_TYPES) as string[]).includes(mediaType))
      throw new RegistryError(`${what}: unsupported manifest media type ${mediaType}`);
    return { digest, mediaType, bytes, json };
  }

  /** Streams a blob to dest, checking its size and sha256 while writing; a bad blob leaves no file. */
  async blobToFile(
    ref: RegistryReference,
    descriptor: Pick<Descriptor, 'digest' | 'size'>,
    dest: string,
  ): Promise<void> {
    const what = `blob ${descriptor.digest} of ${repositoryName(ref)}`;
    if (!DIGEST.test(descriptor.digest))
      throw new RegistryError(`${what}: only sha256 digests are supported`);
    for (let attempt = 0; ; attempt++) {
      const res = await this.request(ref, `blobs/${descriptor.digest}`, {}, what);
      if (!res.body) throw new RegistryError(`${what}: empty answer`);
      const hash = createHash('sha256');
      let size = 0;
      const check = new Transform({
        transform(chunk: Buffer, _enc, done) {
          size += chunk.length;
          if (size > descriptor.size)
            return done(
              new RegistryError(`${what}: more than the ${descriptor.size} bytes its descriptor says`),
            );
          hash.update(chunk);
          done(null, chunk);
        },
      });
      try {
        await pipeline(
          Readable.fromWeb(res.body as unknown as WebReadableStream<Uint8Array>),
          check,
          createWriteStream(dest, { mode: 0o644 }),
        );
      } catch (e) {
        await rm(dest, { force: true });
        if (e instanceof RegistryError) throw e;
        // A connection cut mid-stream: start the blob again.
        if (attempt < this.retries) {
          this.opts.log?.(`${what}: download interrupted (${(e as Error).message}), retrying`);
          await sleep(this.retryDelayMs * 2 ** attempt);
          continue;
        }
        throw new RegistryError(`${what}: download failed: ${(e as Error).message}`);
      }
      const actual = `sha256:${hash.digest('hex')}`;
      if (size !== descriptor.size || actual !== descriptor.digest) {
        await rm(dest, { force: true });
        throw new RegistryError(
          `${what}: downloaded ${size} bytes with digest ${actual}, expected ${descriptor.size} bytes with ${descriptor.digest}`,
        );
      }
      return;
    }
  }
}

export interface SendOptions {
  readonly method?: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** Bytes, so that a retried request sends them again. */
  readonly body?: Uint8Array;
  /** Token scopes to ask for (default: the challenge's, or pull of ref's repository). */
  readonly scopes?: readonly string[];
  /** An absolute URL (an upload session's Location) instead of a path under ref's repository. */
  readonly url?: string;
}

/** The error for an answer that is not 2xx, with a hint for 401/403/404 and the registry's own words. */
export async function registryFailure(
  res: Response,
  ref: Pick<RegistryReference, 'registry'>,
  what: string,
  action: 'pull' | 'push' = 'pull',
): Promise<RegistryError> {
  const text = await res.text().catch(() => '');
  const detail = registryErrorText(text);
  const hint =
    res.status === 401 || res.status === 403
      ? ` (not allowed: check the registry credentials and that they may ${action} this repository)`
      : res.status === 404
        ? ' (not found: check the name, tag or digest)'
        : '';
  return new RegistryError(
    `${what}: ${ref.registry} answered ${res.status}${hint}${detail ? `: ${detail}` : ''}`,
    res.status,
  );
}

function basicHeader(c: BasicCredentials): string {
  return `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}`;
}

/** The `errors` of a Distribution API error body, as one line. Pure. */
export function registryErrorText(body: string): string {
  try {
    const parsed = JSON.parse(body) as { errors?: { code?: string; message?: string }[] };
    if (Array.isArray(parsed.errors))
      return parsed.errors
        .map((e) => [e.code, e.message].filter(Boolean).join(' '))
        .join('; ')
        .slice(0, 300);
  } catch {
    // not JSON
  }
  return body.trim().replace(/\s+/g, ' ').slice(0, 200);
}
