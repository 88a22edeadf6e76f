/**
 * Secret values (build secrets, the GitHub token, COSIGN_PASSWORD) never reach a command line, a log, the
 * summary or a report file: while the bundled action builds, every process's /proc/<pid>/cmdline is read
 * again and again, and afterwards everything the run wrote is searched.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadTestEnv, toolEnv } from '../helpers/env.js';
import { REPO_ROOT, runBundledAction } from '../helpers/action.js';

const SECRETS = {
  gitToken: 'gcc-test-git-token-3f9a1c7e5b',
  netrc: 'gcc-test-netrc-password-8d2e4a6b',
  githubToken: 'ghs_gccTestToken0123456789abcdef',
  cosignPassword: 'gcc-test-cosign-password-77aa',
};

/** Every command line on the machine that contains one of the secrets. */
function scanProcesses(found: Set<string>): void {
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    let cmdline: string;
    try {
      cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue; // gone
    }
    for (const s of Object.values(SECRETS))
      if (cmdline.includes(s)) found.add(`${pid}: ${cmdline.replace(/\0/g, ' ')}`);
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

describe('secrets', () => {
  it('never appear in any process argv, log, summary or report file', async () => {
    const env = loadTestEnv();
    const leaks = new Set<string>();
    let scans = 0;
    const timer = setInterval(() => {
      scanProcesses(leaks);
      scans++;
    }, 10);
    let run;
    try {
      run = await runBundledAction({
        workspace: path.join(REPO_ROOT, 'test', 'fixtures', 'apps'),
        inputs: {
          context: 'tiny',
          dockerfile: 'tiny/Dockerfile.secret',
          builder: env.builder,
          'build-args': `GOLANG_IMAGE=${env.images.golang}`,
          secrets: `git_token=${SECRETS.gitToken}`,
          'secret-envs': 'netrc=GCC_TEST_NETRC',
          'github-token': SECRETS.githubToken,
          skip: 'cache-restore,cache-save,sbom,scan',
          'layer-cache': 'none',
        },
        env: toolEnv({
          GCC_TEST_NETRC: `machine example.test login x password ${SECRETS.netrc}`,
          COSIGN_PASSWORD: SECRETS.cosignPassword,
        }),
      });
    } finally {
      clearInterval(timer);
    }
    expect(run.exitCode).toBe(0);
    expect(scans).toBeGreaterThan(10);
    expect([...leaks]).toEqual([]);
    const steps = readFileSync(path.join(run.outputs['report-dir'] as string, 'build', 'steps.json'), 'utf8');
    expect(steps).toContain('secrets are mounted');
    // ::add-mask:: lines are commands the runner consumes (and never shows): they register the masks.
    const masked = run.stdout.split('\n').filter((l) => l.startsWith('::add-mask::'));
    expect(masked).toEqual(
      expect.arrayContaining([
        `::add-mask::${SECRETS.gitToken}`,
        `::add-mask::${SECRETS.githubToken}`,
        expect.stringContaining(SECRETS.netrc),
      ]),
    );
    const stdout = run.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    const written = [
      stdout,
      run.stderr,
      run.summary,
      ...Object.values(run.outputs),
      ...filesUnder(run.runnerTemp).map((f) => readFileSync(f, 'latin1')),
    ];
    for (const text of written) for (const s of Object.values(SECRETS)) expect(text).not.toContain(s);
  });

  it('the process scan does find a secret on a command line (negative control)', async () => {
    const child = spawn('sh', ['-c', 'sleep 2', SECRETS.gitToken], { stdio: 'ignore' });
    await new Promise((r) => setTimeout(r, 200));
    const found = new Set<string>();
    scanProcesses(found);
    child.kill();
    expect([...found].some((l) => l.includes(SECRETS.gitToken))).toBe(true);
  });
});
