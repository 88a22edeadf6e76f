/**
 * The installer against a real HTTP server on 127.0.0.1 serving fixture releases: a good checksum installs
 * and caches, a bad one is refused with nothing cached, server errors are retried and then reported.
 */
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checksumFor, ensureTool, type ToolRelease } from '../../src/tools/install.js';
import { run } from '../../src/tools/exec.js';

const release: ToolRelease = {
  tool: 'syft',
  version: '9.9.9',
  asset: 'syft_9.9.9_linux_amd64.tar.gz',
  checksums: 'syft_9.9.9_checksums.txt',
  archive: true,
};

let server: Server;
let base: string;
let work: string;
const hits: string[] = [];
let archive: Buffer;

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'gcc-install-'));
  const src = path.join(work, 'src');
  mkdirSync(src);
  writeFileSync(path.join(src, 'syft'), '#!/bin/sh\necho "fake syft 9.9.9"\n', { mode: 0o755 });
  await run('tar', ['-czf', path.join(work, release.asset), '-C', src, 'syft']);
  archive = readFileSync(path.join(work, release.asset));
  const sum = createHash('sha256').update(archive).digest('hex');
  server = createServer((req, res) => {
    const url = req.url ?? '';
    hits.push(url);
    const [, mode, file] = url.split('/');
    if (mode === 'down') return void res.writeHead(503).end('unavailable');
    if (file === release.checksums) {
      const listed = mode === 'bad' ? '0'.repeat(64) : sum;
      return void res.writeHead(200).end(`${'1'.repeat(64)}  other.tar.gz\n${listed}  ${release.asset}\n`);
    }
    if (file === release.asset) return void res.writeHead(200).end(archive);
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address() as { port: number };
  base = `http://127.0.0.1:${addr.port}`;
  process.env.RUNNER_TOOL_CACHE = path.join(work, 'toolcache');
  process.env.RUNNER_TEMP = path.join(work, 'temp');
  // @actions/tool-cache waits 10-20 s between retries unless a test shortens it.
  (global as Record<string, unknown>).TEST_DOWNLOAD_TOOL_RETRY_MIN_SECONDS = 0;
  (global as Record<string, unknown>).TEST_DOWNLOAD_TOOL_RETRY_MAX_SECONDS = 0;
});
afterAll(() => {
  server.close();
  rmSync(work, { recursive: true, force: true });
});

const noTools = { PATH: '/nonexistent' };

describe('ensureTool', () => {
  it('refuses a download whose checksum does not match, and caches nothing', async () => {
    await expect(ensureTool(release, `${base}/bad`, noTools)).rejects.toThrow(
      /checksum mismatch for syft_9\.9\.9_linux_amd64\.tar\.gz: expected sha256 0{64}, got [a-f0-9]{64}: not installing it/,
    );
    expect(existsSync(path.join(process.env.RUNNER_TOOL_CACHE as string, 'syft'))).toBe(false);
  });

  it('retries server errors, then says what failed', async () => {
    hits.length = 0;
    await expect(ensureTool(release, `${base}/down`, noTools)).rejects.toThrow(
      /could not download syft 9\.9\.9 from http:\/\/127\.0\.0\.1:\d+\/down: .*503/,
    );
    expect(hits.filter((h) => h.startsWith('/down/')).length).toBeGreaterThanOrEqual(3);
  });

  it('installs a verified release into the tool cache, and uses the cache next time', async () => {
    const bin = await ensureTool(release, `${base}/good`, noTools);
    expect((await run(bin, [])).stdout.trim()).toBe('fake syft 9.9.9');
    hits.length = 0;
    expect(await ensureTool(release, `${base}/good`, noTools)).toBe(bin);
    expect(hits).toEqual([]);
  });

  it('prefers the tool on PATH', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gcc-path-'));
    writeFileSync(path.join(dir, 'syft'), '#!/bin/sh\n', { mode: 0o755 });
    expect(await ensureTool(release, `${base}/down`, { PATH: dir })).toBe(path.join(dir, 'syft'));
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('checksumFor', () => {
  it('reads sha256sum lines, with or without a * and a path', () => {
    const list = `${'a'.repeat(64)}  syft.tar.gz\n${'b'.repeat(64)} *dist/cosign-linux-amd64\nnot a line\n`;
    expect(checksumFor(list, 'syft.tar.gz')).toBe('a'.repeat(64));
    expect(checksumFor(list, 'cosign-linux-amd64')).toBe('b'.repeat(64));
    expect(checksumFor(list, 'other')).toBeUndefined();
  });
});
