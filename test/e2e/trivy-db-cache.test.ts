/**
 * trivy's database through the host cache (src/cache/trivy-db.ts), in the whole pipeline (the bundled CLI, its
 * local cache directory) on examples/hello-api: each run starts with an empty trivy cache dir, as a new runner
 * does. The local advisory database (env.json trivyCacheDir) is in the cache under an earlier day's key; trivy's
 * registry is a closed 127.0.0.1 port, so any download fails. Younger than trivy-db-max-age: restored by prefix
 * and used without a download. Older: the download is tried, fails, and the scan goes on with the restored
 * database and a warning. With nothing cached, trivy downloads the same database from the local registry (an
 * OCI artifact as trivy's registry serves it), which is saved under today's key and restored by the next run.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../src/tools/exec.js';
import { helloApiArgs, loadTestEnv, toolEnv, uniqueRepo } from '../helpers/env.js';
import { pushArtifact } from '../helpers/registry.js';
import { REPO_ROOT } from '../helpers/action.js';
import { removeTree } from '../../src/cache/fs.js';
import { LocalDirCacheStore } from '../../src/host/local.js';
import { trivyDbKey } from '../../src/vuln/trivy-db-metadata.js';

const HOUR = 3_600_000;

/** A 127.0.0.1 port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The local advisory database copied into `dir`, its metadata dates replaced. */
function stageDatabase(dir: string, dates: Record<string, string>): string {
  const db = path.join(loadTestEnv().trivyCacheDir, 'db');
  copyFileSync(path.join(db, 'trivy.db'), path.join(dir, 'trivy.db'));
  const meta = JSON.parse(readFileSync(path.join(db, 'metadata.json'), 'utf8')) as object;
  writeFileSync(path.join(dir, 'metadata.json'), JSON.stringify({ ...meta, ...dates }));
  return dir;
}

describe('trivy database cached by day', () => {
  const dirs: string[] = [];
  const tmp = (prefix: string) => {
    const d = mkdtempSync(path.join(os.tmpdir(), prefix));
    dirs.push(d);
    return d;
  };
  let cacheDir: string;
  let yesterdayKey: string;
  let dbRepository: string;

  beforeAll(async () => {
    cacheDir = tmp('gcc-trivy-host-cache-');
    // The local database as a run three hours ago saved it (under yesterday's key); trivy itself would want a
    // new one (NextUpdate passed, downloaded more than an hour ago).
    const now = Date.now();
    const staged = stageDatabase(tmp('gcc-trivy-db-seed-'), {
      NextUpdate: new Date(now - HOUR).toISOString(),
      UpdatedAt: new Date(now - 4 * HOUR).toISOString(),
      DownloadedAt: new Date(now - 3 * HOUR).toISOString(),
    });
    yesterdayKey = trivyDbKey(new Date(now - 24 * HOUR));
    const lines: string[] = [];
    const log = {
      debug: () => undefined,
      info: () => undefined,
      warning: (m: string) => void lines.push(m),
      error: (m: string) => void lines.push(m),
      group: <T>(_t: string, fn: () => Promise<T>) => fn(),
    };
    await new LocalDirCacheStore(cacheDir, log).save([staged], yesterdayKey);
    expect(lines).toEqual([]);
    dbRepository = `127.0.0.1:${await closedPort()}/trivy-db`;
  });
  afterAll(async () => {
    for (const d of dirs) await removeTree(d);
  });

  async function scan(maxAge: string, hostCache = cacheDir, repository = dbRepository) {
    const env = loadTestEnv();
    const reportDir = tmp('gcc-trivy-db-report-');
    const trivyDir = tmp('gcc-trivy-runner-');
    mkdirSync(trivyDir, { recursive: true });
    const r = await run(
      process.execPath,
      [
        path.join(REPO_ROOT, 'dist', 'cli.js'),
        'run',
        ...helloApiArgs(env),
        '--trivy-cache-dir',
        trivyDir,
        '--trivy-db-max-age',
        maxAge,
        '--cache-dir',
        hostCache,
        '--skip',
        'cache-restore,smoke,reachability',
        '--report-dir',
        reportDir,
      ],
      {
        cwd: REPO_ROOT,
        env: toolEnv({ TRIVY_DB_REPOSITORY: repository }),
        timeoutMs: 600_000,
        okExitCodes: [0, 1, 2],
      },
    );
    return r;
  }

  it('restores an earlier day younger than the max age and scans without downloading', async () => {
    const r = await scan('24h');
    expect(r.stderr).toContain(`trivy database restored from the cache (${yesterdayKey})`);
    expect(r.stderr).not.toMatch(/could not download/);
    expect(r.stdout).toMatch(/^vulnerabilities=\{"high":1,"medium":1\}$/m);
  });

  it('older than the max age: the failed download is a warning and the restored database is used', async () => {
    const r = await scan('1h');
    expect(r.stderr).toContain(`trivy database restored from the cache (${yesterdayKey})`);
    expect(r.stderr).toMatch(
      /warning: trivy could not download its database \(.*\): scanning with the one at hand, from \S+, 3\.\d h old/,
    );
    expect(r.stdout).toMatch(/^vulnerabilities=\{"high":1,"medium":1\}$/m);
  });

  it("with nothing cached, downloads, saves under today's key, and the next run restores it", async () => {
    const env = loadTestEnv();
    // The database as its registry serves it: an OCI artifact whose one layer is db.tar.gz.
    const now = Date.now();
    const staged = stageDatabase(tmp('gcc-trivy-db-artifact-'), {
      NextUpdate: new Date(now + 6 * HOUR).toISOString(),
      UpdatedAt: new Date(now - HOUR).toISOString(),
    });
    const archive = path.join(tmp('gcc-trivy-db-tgz-'), 'db.tar.gz');
    await run('tar', ['-czf', archive, '-C', staged, 'trivy.db', 'metadata.json'], { timeoutMs: 60_000 });
    const repo = uniqueRepo('trivy-db');
    await pushArtifact(env.registry, repo, '2', {
      configMediaType: 'application/vnd.aquasec.trivy.config.v1+json',
      layers: [
        {
          mediaType: 'application/vnd.aquasec.trivy.db.layer.v1.tar+gzip',
          data: readFileSync(archive),
          annotations: { 'org.opencontainers.image.title': 'db.tar.gz' },
        },
      ],
    });
    const hostCache = tmp('gcc-trivy-host-cache-empty-');
    const todayKey = trivyDbKey(new Date());

    const first = await scan('24h', hostCache, `${env.registry}/${repo}:2`);
    expect(first.stderr).toMatch(/trivy downloaded a new database/);
    expect(first.stdout).toMatch(/^vulnerabilities=\{"high":1,"medium":1\}$/m);
    const keys = readdirSync(hostCache)
      .map((d) => path.join(hostCache, d, 'KEY'))
      .filter((f) => existsSync(f))
      .map((f) => readFileSync(f, 'utf8'));
    expect(keys).toContain(todayKey);

    // The registry is gone: the database comes from the cache, today's key exactly, and nothing is downloaded.
    const second = await scan('24h', hostCache);
    expect(second.stderr).toContain(`trivy database restored from the cache (${todayKey})`);
    expect(second.stderr).not.toMatch(/could not download|downloaded a new database/);
    expect(second.stdout).toMatch(/^vulnerabilities=\{"high":1,"medium":1\}$/m);
  });

  it('a max age that is not a duration is a clear input error', async () => {
    const r = await scan('one day');
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/trivy-db-max-age.*expected a duration such as 24h/);
  });
});
