/**
 * A small Distribution API server on 127.0.0.1, in memory, for the push client's tests: blob HEAD/GET, upload
 * sessions (POST, PATCH with Content-Range, PUT ?digest=), cross-repository mounts, manifests by digest and
 * tag (refused when a blob or child manifest they name is missing, as real registries do), optional bearer
 * auth that checks the token's scopes, and optional 503s for the first requests. Every request is logged.
 */
import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface DistributionOptions {
  /** Bearer auth: a token service at /token; pushes need a token with `push` on the repository. */
  readonly auth?: boolean;
  /** Answer mounts with 201 (default) or always start an upload instead (202). */
  readonly mounts?: boolean;
  /** Answer 503 to this many requests first. */
  readonly failFirst?: number;
}

export interface DistributionServer {
  readonly address: string;
  readonly requests: string[];
  /** The scopes asked of the token service, one string per token request. */
  readonly tokenScopes: string[][];
  blob(repo: string, digest: string): Buffer | undefined;
  manifest(repo: string, reference: string): { bytes: Buffer; type: string } | undefined;
  close(): Promise<void>;
}

const sha256 = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

async function body(req: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export async function startDistribution(opts: DistributionOptions = {}): Promise<DistributionServer> {
  const blobs = new Map<string, Map<string, Buffer>>();
  const manifests = new Map<string, Map<string, { bytes: Buffer; type: string }>>();
  const uploads = new Map<string, { repo: string; data: Buffer }>();
  const tokens = new Map<string, string[]>();
  const requests: string[] = [];
  const tokenScopes: string[][] = [];
  let failing = opts.failFirst ?? 0;
  const repoBlobs = (r: string) => blobs.get(r) ?? blobs.set(r, new Map()).get(r)!;
  const repoManifests = (r: string) => manifests.get(r) ?? manifests.set(r, new Map()).get(r)!;

  const server = http.createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
      requests.push(`${req.method} ${url.pathname}${url.search}`);
      const data = await body(req);
      const send = (status: number, headers: Record<string, string> = {}, payload: Buffer | string = '') => {
        res.writeHead(status, headers);
        res.end(payload);
      };
      if (failing > 0) {
        failing--;
        return send(503, {}, '{"errors":[{"code":"UNAVAILABLE","message":"try later"}]}');
      }
      if (url.pathname === '/token') {
        const scopes = url.searchParams.getAll('scope');
        tokenScopes.push(scopes);
        const token = randomBytes(8).toString('hex');
        tokens.set(token, scopes);
        return send(200, { 'content-type': 'application/json' }, JSON.stringify({ token }));
      }
      const m = /^\/v2\/(.+?)\/(blobs\/uploads|blobs|manifests)\/?(.*)$/.exec(url.pathname);
      if (!m) return send(url.pathname === '/v2/' ? 200 : 404);
      const [, repo, kind, rest] = m as unknown as [string, string, string, string];
      const push = req.method !== 'GET' && req.method !== 'HEAD';
      if (opts.auth) {
        const granted = tokens.get((req.headers.authorization ?? '').replace(/^Bearer /, '')) ?? [];
        const ok = granted.some(
          (s) =>
            s === `repository:${repo}:${push ? 'pull,push' : 'pull'}` || s === `repository:${repo}:pull,push`,
        );
        if (!ok) {
          return send(401, {
            'www-authenticate': `Bearer realm="http://${req.headers.host}/token",service="test",scope="repository:${repo}:${push ? 'pull,push' : 'pull'}"`,
          });
        }
      }
      if (kind === 'blobs') {
        const b = blobs.get(repo)?.get(rest);
        if (!b) return send(404, {}, '{"errors":[{"code":"BLOB_UNKNOWN"}]}');
        return send(
          200,
          { 'content-length': String(b.length), 'docker-content-digest': rest },
          req.method === 'HEAD' ? '' : b,
        );
      }
      if (kind === 'blobs/uploads') {
        if (req.method === 'POST' && rest === '') {
          const mount = url.searchParams.get('mount');
          const from = url.searchParams.get('from');
          if (mount && from && opts.mounts !== false) {
            const granted = opts.auth
              ? (tokens.get((req.headers.authorization ?? '').replace(/^Bearer /, '')) ?? [])
              : [`repository:${from}:pull`];
            const held = blobs.get(from)?.get(mount);
            if (held && granted.includes(`repository:${from}:pull`)) {
              repoBlobs(repo).set(mount, held);
              return send(201, { location: `/v2/${repo}/blobs/${mount}`, 'docker-content-digest': mount });
            }
          }
          const id = randomBytes(6).toString('hex');
          uploads.set(id, { repo, data: Buffer.alloc(0) });
          return send(202, { location: `/v2/${repo}/blobs/uploads/${id}?_state=s${id}`, range: '0-0' });
        }
        const upload = uploads.get(rest);
        if (!upload || upload.repo !== repo)
          return send(404, {}, '{"errors":[{"code":"BLOB_UPLOAD_UNKNOWN"}]}');
        if (req.method === 'PATCH') {
          const range = /^(\d+)-(\d+)$/.exec(String(req.headers['content-range'] ?? ''));
          if (range && Number(range[1]) !== upload.data.length) return send(416);
          upload.data = Buffer.concat([upload.data, data]);
          return send(202, {
            location: `/v2/${repo}/blobs/uploads/${rest}?_state=p${upload.data.length}`,
            range: `0-${upload.data.length - 1}`,
          });
        }
        if (req.method === 'PUT') {
          const all = Buffer.concat([upload.data, data]);
          const digest = url.searchParams.get('digest') ?? '';
          if (sha256(all) !== digest) return send(400, {}, '{"errors":[{"code":"DIGEST_INVALID"}]}');
          uploads.delete(rest);
          repoBlobs(repo).set(digest, all);
          return send(201, { location: `/v2/${repo}/blobs/${digest}`, 'docker-content-digest': digest });
        }
        return send(405);
      }
      // manifests
      if (req.method === 'PUT') {
        const json = JSON.parse(data.toString('utf8')) as {
          manifests?: { digest: string }[];
          config?: { digest: string };
          layers?: { digest: string }[];
        };
        const missing = [
          ...(json.manifests ?? []).filter((c) => !manifests.get(repo)?.has(c.digest)).map((c) => c.digest),
          ...[json.config, ...(json.layers ?? [])]
            .filter((b): b is { digest: string } => Boolean(b))
            .filter((b) => !blobs.get(repo)?.has(b.digest))
            .map((b) => b.digest),
        ];
        if (missing.length)
          return send(400, {}, `{"errors":[{"code":"MANIFEST_BLOB_UNKNOWN","message":"${missing[0]}"}]}`);
        const digest = sha256(data);
        const entry = { bytes: data, type: String(req.headers['content-type'] ?? '') };
        repoManifests(repo).set(digest, entry);
        repoManifests(repo).set(rest, entry);
        return send(201, { 'docker-content-digest': digest, location: `/v2/${repo}/manifests/${digest}` });
      }
      const found = manifests.get(repo)?.get(rest);
      if (!found) return send(404, {}, '{"errors":[{"code":"MANIFEST_UNKNOWN"}]}');
      return send(
        200,
        { 'content-type': found.type, 'docker-content-digest': sha256(found.bytes) },
        req.method === 'HEAD' ? '' : found.bytes,
      );
    })().catch((e: unknown) => {
      res.writeHead(500);
      res.end(String(e));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    address: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    tokenScopes,
    blob: (repo, digest) => blobs.get(repo)?.get(digest),
    manifest: (repo, reference) => manifests.get(repo)?.get(reference),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
