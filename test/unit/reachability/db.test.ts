import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../../src/tools/exec.js';
import { resolveVulnDb, vulnDbPlan } from '../../../src/reachability/db.js';
import type { CacheStore } from '../../../src/host/host.js';
import { removeTree } from '../../../src/cache/fs.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'gcc-vulndb-unit-'));
let zip: Buffer;
let status = 200;
let requests = 0;
const server = http.createServer((req, res) => {
  requests++;
  if (req.url !== '/vulndb.zip' || status !== 200)
    return void res.writeHead(status === 200 ? 404 : status).end();
  res.writeHead(200).end(zip);
});
let url = '';

beforeAll(async () => {
  const src = path.join(work, 'src');
  mkdirSync(path.join(src, 'index'), { recursive: true });
  writeFileSync(path.join(src, 'index', 'db.json'), '{"modified":"2026-01-01T00:00:00Z"}');
  await run('zip', ['-q', '-r', path.join(work, 'vulndb.zip'), 'index'], { cwd: src });
  zip = readFileSync(path.join(work, 'vulndb.zip'));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await removeTree(work);
});

/** A host cache that remembers keys only (the directory itself stays where it is). */
function memoryCache(): CacheStore & { saved: string[] } {
  const saved: string[] = [];
  return {
    saved,
    restore: async (_paths, key, restoreKeys) =>
      saved.includes(key) ? key : saved.find((k) => restoreKeys.some((p) => k.startsWith(p))),
    save: async (_paths, key) => void saved.push(key),
  };
}

describe('resolveVulnDb', () => {
  it('file:// databases are used as they are', async () => {
    expect(await resolveVulnDb('file:///db', memoryCache())).toEqual({ db: 'file:///db' });
  });

  it('downloads once a day into a stable directory kept by the host cache; falls back to the older copy', async () => {
    const home = path.join(work, 'home');
    const cache = memoryCache();
    const first = await resolveVulnDb(url, cache, { day: '2026-12-01', home });
    const dir = vulnDbPlan(url, '2026-12-01', home).dir;
    expect(first.db).toBe(`file://${dir}`);
    expect(existsSync(path.join(dir, 'index', 'db.json'))).toBe(true);
    expect(cache.saved).toEqual([vulnDbPlan(url, '2026-12-01', home).key]);
    const before = requests;
    expect((await resolveVulnDb(url, cache, { day: '2026-12-01', home })).db).toBe(`file://${dir}`);
    expect(requests).toBe(before);
    status = 500;
    const stale = await resolveVulnDb(url, cache, { day: '2026-12-02', home });
    expect(stale.db).toBe(`file://${dir}`);
    expect(stale.note).toMatch(/an older copy .*HTTP 500/);
    status = 200;
  });

  it('no copy and no download: govulncheck gets the URL, and the note says why', async () => {
    status = 404;
    const r = await resolveVulnDb(url, memoryCache(), { day: '2026-12-01', home: path.join(work, 'home2') });
    expect(r.db).toBe(url);
    expect(r.note).toMatch(/no copy: .*HTTP 404/);
    status = 200;
  });
});
