/**
 * Issue 16 Medium 5 end to end: the real pipeline (the bundled CLI) with GOPROXY=http://user:s3cret@127.0.0.1:5001
 * in the job's environment (the fixture proxy ignores basic auth). The build gets it as the BuildKit secret
 * goproxy (the Dockerfile mounts it with required=true); `s3cret` appears in no report file, not in the
 * snapshot, the summary, the logs, the cache directory, nor on any process's command line while it runs.
 */
import { readdirSync, readFileSync, statSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../src/tools/exec.js';
import { loadTestEnv, toolEnv } from '../helpers/env.js';
import { REPO_ROOT } from '../helpers/action.js';
import { removeTree } from '../../src/cache/fs.js';
import { record } from '../helpers/hostile.js';

const MARKER = 's3cret';

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

/** Every process's argv, sampled until stopped: the command lines that held the marker. */
function watchArgv(): { stop(): string[] } {
  const seen = new Set<string>();
  const sample = () => {
    for (const pid of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
      try {
        const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        if (argv.includes(MARKER)) seen.add(argv.replace(/\0/g, ' '));
      } catch {
        // gone
      }
    }
  };
  const timer = setInterval(sample, 25);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return [...seen];
    },
  };
}

describe('GOPROXY with credentials in the job environment', () => {
  it('reaches the build as a secret, and nowhere else', async () => {
    const env = loadTestEnv();
    const work = mkdtempSync(path.join(os.tmpdir(), 'gcc-goproxy-cred-'));
    const reportDir = path.join(work, 'report');
    const cacheDir = path.join(work, 'cache');
    const proxy = new URL(env.goproxyUrl);
    proxy.username = 'user';
    proxy.password = MARKER;
    const goproxy = proxy.toString().replace(/\/$/, '');
    expect(goproxy).toContain(`user:${MARKER}@`);
    const argv = watchArgv();
    let r;
    let argvLeaks: string[];
    try {
      r = await run(
        process.execPath,
        [
          path.join(REPO_ROOT, 'dist', 'cli.js'),
          'run',
          '--context',
          'test/fixtures/apps/goproxy-secret',
          '--builder',
          env.builder,
          '--build-args',
          `REGISTRY=${env.registry}`,
          '--trivy-cache-dir',
          env.trivyCacheDir,
          '--trivy-skip-db-update',
          '--fail-on',
          'never',
          '--report-dir',
          reportDir,
          '--cache-dir',
          cacheDir,
        ],
        { cwd: REPO_ROOT, env: toolEnv({ GOPROXY: goproxy }), timeoutMs: 600_000 },
      );
    } finally {
      argvLeaks = argv.stop();
    }
    try {
      const files = [...filesUnder(reportDir), ...filesUnder(cacheDir)];
      const holding = files.filter((f) => statSync(f).size < 512 << 20 && readFileSync(f).includes(MARKER));
      const logLeak = `${r.stdout}\n${r.stderr}`.includes(MARKER) ? 1 : 0;
      record({
        suite: 'secrets',
        category: 'secrets',
        name: 'GOPROXY with credentials in the job env through the whole pipeline',
        outcome: 'ok',
        writesOutsideTemp: 0,
        secretsLeaked: argvLeaks.length + holding.length + logLeak,
      });
      expect(argvLeaks).toEqual([]);
      expect(`${r.stdout}\n${r.stderr}`).not.toContain(MARKER);
      // The build ran, with the secret mounted (required=true fails the step without it).
      expect(r.stdout).toMatch(/^digest=sha256:[a-f0-9]{64}$/m);
      expect(r.stderr + r.stdout).toMatch(/GOPROXY in the job's environment carries credentials/);

      const snapshot = JSON.parse(readFileSync(path.join(reportDir, 'go-env-snapshot.json'), 'utf8'));
      expect(snapshot.forwardedBuildArgs).toEqual({ GOPROXY: 'http://***@127.0.0.1:5001' });
      expect(snapshot.stages[0].vars.GOPROXY.valueSha256).toMatch(/^[a-f0-9]{16}$/);

      expect(files.map((f) => path.relative(work, f))).toEqual(
        expect.arrayContaining(['report/go-env-snapshot.json', 'report/summary.md', 'report/findings.json']),
      );
      expect(holding.map((f) => path.relative(work, f))).toEqual([]);
      // The build's provenance (metadata) records build args: the proxy without its userinfo.
      const metadata = readFileSync(path.join(reportDir, 'build', 'metadata.json'), 'utf8');
      expect(metadata).not.toContain(MARKER);
    } finally {
      await removeTree(work);
    }
  });
});
