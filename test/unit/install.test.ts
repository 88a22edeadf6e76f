/**
 * The installer against a real HTTP server on 127.0.0.1 serving fixture releases (issue 16 High 1): only an
 * asset matching the pinned sha256 installs; a tampered download, a tampered tool-cache entry and a missing pin
 * are refused; cosign's release signature is checked; server errors are retried and then reported.
 */
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateKeyPairSync, sign as signData } from 'node:crypto';
import {
  ensureTool,
  missingPinMessage,
  pinFor,
  pinnedRelease,
  provideTool,
  releaseSignatureValid,
  type ToolRelease,
} from '../../src/tools/install.js';
import { TOOL_PINS, type ToolPin } from '../../src/tools/pins.js';
import { run } from '../../src/tools/exec.js';

const release: ToolRelease = {
  tool: 'syft',
  version: '9.9.9',
  asset: 'syft_9.9.9_linux_amd64.tar.gz',
  archive: true,
};
const signed: ToolRelease = {
  tool: 'cosign',
  version: '9.9.9',
  asset: 'cosign-linux-amd64',
  archive: false,
  signature: 'cosign-linux-amd64.sig',
};
const platform = 'linux/amd64' as const;

let server: Server;
let base: string;
let work: string;
const hits: string[] = [];
let archive: Buffer;
let pins: ToolPin[];
let releaseKey: string;
const cosignBinary = Buffer.from('#!/bin/sh\necho "fake cosign 9.9.9"\n');

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'gcc-install-'));
  const src = path.join(work, 'src');
  mkdirSync(src);
  writeFileSync(path.join(src, 'syft'), '#!/bin/sh\necho "fake syft 9.9.9"\n', { mode: 0o755 });
  await run('tar', ['-czf', path.join(work, release.asset), '-C', src, 'syft']);
  archive = readFileSync(path.join(work, release.asset));
  const sum = (b: Buffer) => createHash('sha256').update(b).digest('hex');
  pins = [
    { tool: 'syft', version: '9.9.9', platform, asset: release.asset, sha256: sum(archive) },
    { tool: 'cosign', version: '9.9.9', platform, asset: signed.asset, sha256: sum(cosignBinary) },
  ];
  const keys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  releaseKey = keys.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const goodSig = signData('sha256', cosignBinary, keys.privateKey).toString('base64');
  const otherKey = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
  const badSig = signData('sha256', cosignBinary, otherKey).toString('base64');
  server = createServer((req, res) => {
    const url = req.url ?? '';
    hits.push(url);
    const [, mode, file] = url.split('/');
    if (mode === 'down') return void res.writeHead(503).end('unavailable');
    if (file === release.asset) {
      // A re-published release: other bytes under the same name (and a checksum list that agrees with them).
      const body = mode === 'tampered' ? Buffer.concat([archive, Buffer.from('x')]) : archive;
      return void res.writeHead(200).end(body);
    }
    if (file === signed.asset) return void res.writeHead(200).end(cosignBinary);
    if (file === signed.signature) return void res.writeHead(200).end(mode === 'badsig' ? badSig : goodSig);
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address() as { port: number };
  base = `http://127.0.0.1:${addr.port}`;
  process.env.RUNNER_TOOL_CACHE = path.join(work, 'toolcache');
  process.env.RUNNER_TEMP = path.join(work, 'temp');
  mkdirSync(process.env.RUNNER_TEMP, { recursive: true });
  // @actions/tool-cache waits 10-20 s between retries unless a test shortens it.
  (global as Record<string, unknown>).TEST_DOWNLOAD_TOOL_RETRY_MIN_SECONDS = 0;
  (global as Record<string, unknown>).TEST_DOWNLOAD_TOOL_RETRY_MAX_SECONDS = 0;
});
afterAll(() => {
  server.close();
  rmSync(work, { recursive: true, force: true });
});

const noTools = { PATH: '/nonexistent' };
const logged: string[] = [];
const log = { info: (m: string) => logged.push(m), warning: (m: string) => logged.push(`warning: ${m}`) };
const opts = () => ({ pins, platform, releaseKey, log });

describe('ensureTool', () => {
  it('refuses a download that does not match the pinned sha256, and caches nothing', async () => {
    await expect(ensureTool(release, `${base}/tampered`, noTools, opts())).rejects.toThrow(
      /sha256 mismatch for syft_9\.9\.9_linux_amd64\.tar\.gz: pinned [a-f0-9]{64}, downloaded [a-f0-9]{64}: not installing it/,
    );
    expect(existsSync(path.join(process.env.RUNNER_TOOL_CACHE as string, 'syft'))).toBe(false);
  });

  it('refuses a tool, version or platform with no pin, before downloading anything, saying what to do', async () => {
    hits.length = 0;
    const err = await ensureTool(release, `${base}/good`, noTools, { ...opts(), pins: [] }).catch(
      (e: unknown) => e,
    );
    expect((err as Error).message).toBe(missingPinMessage(release, platform));
    expect((err as Error).message).toMatch(/no sha256 is pinned for syft 9\.9\.9 on linux\/amd64/);
    expect((err as Error).message).toMatch(/on PATH.*scripts\/pin-tools\.mjs/s);
    await expect(
      ensureTool(release, `${base}/good`, noTools, { ...opts(), platform: 'linux/arm64' }),
    ).rejects.toThrow(/no sha256 is pinned for syft 9\.9\.9 on linux\/arm64/);
    expect(hits).toEqual([]);
  });

  it('retries server errors, then says what failed', async () => {
    hits.length = 0;
    await expect(ensureTool(release, `${base}/down`, noTools, opts())).rejects.toThrow(
      /could not download syft 9\.9\.9 from http:\/\/127\.0\.0\.1:\d+\/down\/syft_9\.9\.9_linux_amd64\.tar\.gz: .*503/,
    );
    expect(hits.filter((h) => h.startsWith('/down/')).length).toBeGreaterThanOrEqual(3);
  });

  it('installs a verified release into the tool cache, and uses the cache next time after re-hashing it', async () => {
    const bin = await ensureTool(release, `${base}/good`, noTools, opts());
    expect((await run(bin, [])).stdout.trim()).toBe('fake syft 9.9.9');
    hits.length = 0;
    const again = await ensureTool(release, `${base}/down`, noTools, opts());
    expect((await run(again, [])).stdout.trim()).toBe('fake syft 9.9.9');
    expect(hits).toEqual([]);
  });

  it('a tampered tool-cache entry is not trusted: it is ignored and the release downloaded again', async () => {
    const cached = path.join(process.env.RUNNER_TOOL_CACHE as string, 'syft', '9.9.9');
    const entry = path.join(cached, readdirSync(cached)[0] as string, release.asset);
    writeFileSync(entry, Buffer.concat([archive, Buffer.from('evil')]));
    logged.length = 0;
    await expect(ensureTool(release, `${base}/down`, noTools, opts())).rejects.toThrow(/could not download/);
    expect(logged.join('\n')).toMatch(
      /warning: syft: the tool cache entry .* does not match the pinned sha256/,
    );
    const bin = await ensureTool(release, `${base}/good`, noTools, opts());
    expect((await run(bin, [])).stdout.trim()).toBe('fake syft 9.9.9');
    expect(readFileSync(entry)).toEqual(archive);
  });

  it("checks cosign's release signature: a bad one is refused, a good one installs", async () => {
    await expect(ensureTool(signed, `${base}/badsig`, noTools, opts())).rejects.toThrow(
      /cosign-linux-amd64\.sig is not a valid signature of cosign-linux-amd64 by the cosign release key/,
    );
    const bin = await ensureTool(signed, `${base}/good`, noTools, opts());
    expect(readFileSync(bin)).toEqual(cosignBinary);
  });

  it('uses the tool on PATH as found, and says it is not verified', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gcc-path-'));
    writeFileSync(path.join(dir, 'syft'), '#!/bin/sh\n', { mode: 0o755 });
    logged.length = 0;
    expect(await ensureTool(release, `${base}/down`, { PATH: dir }, opts())).toBe(path.join(dir, 'syft'));
    expect(logged).toEqual([
      expect.stringMatching(/from PATH as found .*not checked against a pinned checksum/),
    ]);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('provideTool', () => {
  it('a tool with no pin is absent, with a warning saying what to do, so an optional stage skips instead of failing', async () => {
    const tool = 'syft';
    const release = pinnedRelease(tool, process.arch === 'arm64' ? 'arm64' : 'x64');
    if (TOOL_PINS.some((p) => p.tool === tool && p.version === release.version)) return; // pinned: nothing to show
    const warnings: string[] = [];
    const log = { info: () => undefined, warning: (m: string) => warnings.push(m) };
    const empty = mkdtempSync(path.join(os.tmpdir(), 'gcc-nopath-'));
    expect(await provideTool(tool, true, { PATH: empty }, log)).toBe(false);
    expect(warnings).toEqual([expect.stringMatching(/no sha256 is pinned for syft .*Install syft on PATH/)]);
    rmSync(empty, { recursive: true, force: true });
  });
});

describe('pins', () => {
  it('every pin names the asset the installer downloads for its tool, version and platform', () => {
    for (const pin of TOOL_PINS) {
      const r = pinnedRelease(pin.tool, pin.platform === 'linux/arm64' ? 'arm64' : 'x64');
      if (r.version === pin.version) expect(pinFor(TOOL_PINS, r, pin.platform)).toBe(pin);
      expect(pin.sha256).toMatch(/^[a-f0-9]{64}$/);
    }
  });

  it('src/tools/pins.ts is what scripts/pin-tools.mjs makes of scripts/tool-checksums/', async () => {
    await run(process.execPath, ['scripts/pin-tools.mjs', '--check']);
  });

  it('releaseSignatureValid refuses junk', () => {
    expect(releaseSignatureValid(Buffer.from('x'), 'not base64 at all', 'not a key')).toBe(false);
  });
});
