/**
 * GitHub's cache service v2, locally: the Twirp JSON API at `ACTIONS_RESULTS_URL`
 * (`/twirp/github.actions.results.api.v1.CacheService/{CreateCacheEntry,FinalizeCacheEntryUpload,
 * GetCacheEntryDownloadURL}`, bearer token checked) on 127.0.0.1, with the archives kept by Azurite (Microsoft's
 * Azure Storage emulator, its well-known development account) and handed out as SAS URLs, as github.com does.
 * The real clients talk to it unchanged: @actions/cache (`ACTIONS_CACHE_SERVICE_V2=true`) and BuildKit's gha
 * backend (buildx fills `url_v2` and `token` from the same variables).
 *
 * Matching is GitHub's: the key exactly, then the key as a prefix, then each restore key as a prefix, newest
 * entry first, and always the same version (the client's hash of its paths and compression). Entries are
 * immutable: creating an existing key+version answers 409 `already_exists`. The entry table is a JSON file
 * next to Azurite's own files in a temp dir.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {
  BlobSASPermissions,
  BlobServiceClient,
  generateBlobSASQueryParameters,
  StorageSharedKeyCredential,
} from '@azure/storage-blob';
import { removeTree } from '../../src/cache/fs.js';

const SERVICE = '/twirp/github.actions.results.api.v1.CacheService/';
const CONTAINER = 'actions-cache';

export interface CacheEntry {
  readonly id: number;
  readonly key: string;
  readonly version: string;
  /** Epoch ms of FinalizeCacheEntryUpload; undefined while the upload is pending. */
  finalizedAt?: number;
  sizeBytes?: number;
}

/**
 * The entry GetCacheEntryDownloadURL returns: among finalized entries of this version, the key exactly, then
 * the key as a prefix, then each restore key as a prefix in order; the newest entry of a prefix wins. Pure.
 */
export function matchEntry(
  entries: readonly CacheEntry[],
  key: string,
  restoreKeys: readonly string[],
  version: string,
): CacheEntry | undefined {
  const usable = entries
    .filter((e) => e.finalizedAt !== undefined && e.version === version)
    .sort((a, b) => (b.finalizedAt ?? 0) - (a.finalizedAt ?? 0) || b.id - a.id);
  const exact = usable.find((e) => e.key === key);
  if (exact) return exact;
  for (const prefix of [key, ...restoreKeys]) {
    const hit = usable.find((e) => e.key.startsWith(prefix));
    if (hit) return hit;
  }
  return undefined;
}

/** A JWT shaped like the runner's ACTIONS_RUNTIME_TOKEN: `ac` (scopes as a JSON string), `exp`, `nbf`. */
export function runtimeToken(secret: Buffer, scope = 'refs/heads/main', lifetimeSeconds = 6 * 3600): string {
  const now = Math.floor(Date.now() / 1000);
  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const head = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({
    ac: JSON.stringify([{ Scope: scope, Permission: 3 }]),
    scp: 'Actions.Results',
    iat: now - 60,
    nbf: now - 60,
    exp: now + lifetimeSeconds,
  })}`;
  return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`;
}

export interface CacheV2Faults {
  /** CreateCacheEntry answers this HTTP status (a Twirp `internal` error) instead of working. */
  createCacheEntryStatus?: number;
}

export interface CacheV2 {
  /** ACTIONS_RESULTS_URL (with the trailing slash the runner gives). */
  readonly url: string;
  readonly token: string;
  /** The variables a runner sets for the v2 service. */
  readonly env: Readonly<Record<string, string>>;
  readonly faults: CacheV2Faults;
  /** Twirp calls so far: method, key, and the status answered. */
  readonly calls: { method: string; key: string; status: number }[];
  entries(): readonly CacheEntry[];
  /** Overwrites the archive of every finalized entry whose key starts with `prefix` with garbage. */
  corrupt(prefix: string): Promise<number>;
  stop(): Promise<void>;
}

interface Azurite {
  readonly blobEndpoint: string;
  readonly credential: StorageSharedKeyCredential;
  readonly child: ChildProcess;
}

/** Azurite's blob service on a free 127.0.0.1 port, its data in `dir`, no telemetry. */
async function startAzurite(dir: string): Promise<Azurite> {
  const require = createRequire(import.meta.url);
  const main = require.resolve('azurite/dist/src/blob/main.js');
  const constants = require('azurite/dist/src/common/utils/constants.js') as {
    EMULATOR_ACCOUNT_NAME: string;
    EMULATOR_ACCOUNT_KEY: Buffer;
  };
  const child = spawn(
    process.execPath,
    [
      main,
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      '0',
      '--location',
      dir,
      '--skipApiVersionCheck',
      '--disableProductStyleUrl',
      '--disableTelemetry',
      '--loose',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`azurite did not start: ${seen.slice(-500)}`)), 30_000);
    const onData = (d: Buffer) => {
      seen += d.toString();
      const m = /listens on http:\/\/127\.0\.0\.1:(\d+)/.exec(seen);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`azurite exited (${code}): ${seen.slice(-500)}`)));
  });
  // Keep draining the access log so the child never blocks on a full pipe.
  child.stdout?.resume();
  child.stderr?.resume();
  const account = constants.EMULATOR_ACCOUNT_NAME;
  return {
    blobEndpoint: `http://127.0.0.1:${port}/${account}`,
    credential: new StorageSharedKeyCredential(account, constants.EMULATOR_ACCOUNT_KEY.toString('base64')),
    child,
  };
}

function readJson(req: http.IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      try {
        const v = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as unknown;
        resolve(typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {});
      } catch (e) {
        reject(e as Error);
      }
    });
    req.on('error', reject);
  });
}

/** A field by its proto name or its JSON (lowerCamelCase) name: protobuf JSON accepts both. */
function field(body: Record<string, unknown>, protoName: string): unknown {
  const camel = protoName.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  return body[protoName] ?? body[camel];
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

export async function startCacheV2(): Promise<CacheV2> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gcc-cache-v2-'));
  const azurite = await startAzurite(path.join(dir, 'azurite'));
  const container = new BlobServiceClient(azurite.blobEndpoint, azurite.credential).getContainerClient(
    CONTAINER,
  );
  await container.createIfNotExists();
  const token = runtimeToken(randomBytes(32));
  const entries: CacheEntry[] = [];
  const faults: CacheV2Faults = {};
  const calls: CacheV2['calls'] = [];
  let nextId = 1;
  const persist = () =>
    writeFileSync(path.join(dir, 'entries.json'), `${JSON.stringify(entries, null, 2)}\n`);

  const sasUrl = (id: number, permissions: string) => {
    const blobName = String(id);
    const sas = generateBlobSASQueryParameters(
      {
        containerName: CONTAINER,
        blobName,
        permissions: BlobSASPermissions.parse(permissions),
        startsOn: new Date(Date.now() - 60_000),
        expiresOn: new Date(Date.now() + 3600_000),
      },
      azurite.credential,
    );
    return `${container.getBlockBlobClient(blobName).url}?${sas.toString()}`;
  };

  type Answer = { status: number; body: Record<string, unknown> };
  const twirpError = (status: number, code: string, msg: string): Answer => ({ status, body: { code, msg } });

  const methods: Record<string, (body: Record<string, unknown>) => Promise<Answer>> = {
    async CreateCacheEntry(body) {
      if (faults.createCacheEntryStatus)
        return twirpError(faults.createCacheEntryStatus, 'internal', 'injected CreateCacheEntry failure');
      const key = str(field(body, 'key'));
      const version = str(field(body, 'version'));
      if (!key || !version) return twirpError(400, 'invalid_argument', 'key and version are required');
      if (entries.some((e) => e.key === key && e.version === version))
        return twirpError(409, 'already_exists', 'cache entry with the same key and version already exists');
      const entry: CacheEntry = { id: nextId++, key, version };
      entries.push(entry);
      persist();
      return { status: 200, body: { ok: true, signed_upload_url: sasUrl(entry.id, 'cw') } };
    },
    async FinalizeCacheEntryUpload(body) {
      const key = str(field(body, 'key'));
      const version = str(field(body, 'version'));
      const entry = entries.find(
        (e) => e.key === key && e.version === version && e.finalizedAt === undefined,
      );
      if (!entry) return { status: 200, body: { ok: false, message: `no upload pending for ${key}` } };
      const props = await container
        .getBlockBlobClient(String(entry.id))
        .getProperties()
        .catch(() => undefined);
      if (!props) return { status: 200, body: { ok: false, message: `nothing was uploaded for ${key}` } };
      entry.sizeBytes = props.contentLength ?? Number(field(body, 'size_bytes'));
      entry.finalizedAt = Date.now();
      persist();
      return { status: 200, body: { ok: true, entry_id: String(entry.id) } };
    },
    async GetCacheEntryDownloadURL(body) {
      const restoreKeys = field(body, 'restore_keys');
      const hit = matchEntry(
        entries,
        str(field(body, 'key')),
        Array.isArray(restoreKeys) ? restoreKeys.map(str) : [],
        str(field(body, 'version')),
      );
      if (!hit) return { status: 200, body: { ok: false, signed_download_url: '', matched_key: '' } };
      return {
        status: 200,
        body: { ok: true, signed_download_url: sasUrl(hit.id, 'r'), matched_key: hit.key },
      };
    },
  };

  const server = http.createServer((req, res) => {
    void (async () => {
      const method = (req.url ?? '').startsWith(SERVICE) ? (req.url ?? '').slice(SERVICE.length) : '';
      let answer: Answer;
      let key = '';
      try {
        const handler = req.method === 'POST' ? methods[method] : undefined;
        if (!handler) answer = twirpError(404, 'bad_route', `no such method: ${req.method} ${req.url}`);
        else if (req.headers.authorization !== `Bearer ${token}`)
          answer = twirpError(401, 'unauthenticated', 'invalid bearer token');
        else {
          const body = await readJson(req);
          key = str(field(body, 'key'));
          answer = await handler(body);
        }
      } catch (e) {
        answer = twirpError(500, 'internal', (e as Error).message);
      }
      calls.push({ method, key, status: answer.status });
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer.body));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  return {
    url,
    token,
    env: {
      ACTIONS_CACHE_SERVICE_V2: 'true',
      ACTIONS_RESULTS_URL: url,
      ACTIONS_RUNTIME_TOKEN: token,
      // @actions/cache falls back to v1 on GitHub Enterprise Server, which it detects from this.
      GITHUB_SERVER_URL: 'https://github.com',
    },
    faults,
    calls,
    entries: () => entries,
    async corrupt(prefix) {
      let n = 0;
      for (const e of entries.filter((x) => x.finalizedAt !== undefined && x.key.startsWith(prefix))) {
        const size = Math.max(e.sizeBytes ?? 0, 1024);
        await container.getBlockBlobClient(String(e.id)).uploadData(randomBytes(size));
        n++;
      }
      return n;
    },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      azurite.child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 200));
      await removeTree(dir);
    },
  };
}
