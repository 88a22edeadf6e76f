/**
 * Secret values (build secrets, the GitHub token, COSIGN_PASSWORD) never reach a command line, a log, the
 * summary or a report file: while the bundled action builds, every process's /proc/<pid>/cmdline is read
 * again and again, and afterwards everything the run wrote is searched.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadTestEnv, toolEnv, uniqueRepo } from '../helpers/env.js';
import { REPO_ROOT, runBundledAction } from '../helpers/action.js';
import { startFakeGitHub } from '../helpers/fake-github.js';
import { run as runTool } from '../../src/tools/exec.js';
import { record } from '../helpers/hostile.js';

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
    const leaked = written.reduce(
      (n, text) => n + Object.values(SECRETS).filter((s) => text.includes(s)).length,
      leaks.size,
    );
    record({
      suite: 'secrets',
      category: 'secrets',
      name: 'build secrets, secret-envs and the github-token through a build',
      outcome: 'ok',
      writesOutsideTemp: 0,
      secretsLeaked: leaked,
    });
    for (const text of written) for (const s of Object.values(SECRETS)) expect(text).not.toContain(s);
  });

  it('COSIGN_PASSWORD (sign stage) and GITHUB_TOKEN (PR comment) never appear in argv, logs, summary, SARIF or the comment', async () => {
    const env = loadTestEnv();
    // Our own key pair, so its password is a value found nowhere else on the machine.
    const keyDir = mkdtempSync(path.join(os.tmpdir(), 'gcc-secret-keys-'));
    const cosignEnv = toolEnv({ COSIGN_PASSWORD: SECRETS.cosignPassword });
    await runTool('cosign', ['generate-key-pair'], { cwd: keyDir, env: cosignEnv, timeoutMs: 60_000 });
    const gh = await startFakeGitHub({ token: SECRETS.githubToken });
    const eventFile = path.join(keyDir, 'event.json');
    writeFileSync(
      eventFile,
      JSON.stringify({
        number: 3,
        pull_request: {
          number: 3,
          base: { ref: 'main', repo: { full_name: 'acme/api' } },
          head: { ref: 'f', repo: { full_name: 'acme/api' } },
        },
      }),
    );
    const runnerEnv: NodeJS.ProcessEnv = {};
    for (const [k, v] of Object.entries(cosignEnv))
      if (!/^(GITHUB_|INPUT_|ACTIONS_|RUNNER_)/.test(k)) runnerEnv[k] = v;
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
          builder: env.builder,
          'build-args': `GOLANG_IMAGE=${env.images.golang}`,
          tags: `${env.registry}/${uniqueRepo('secret-sign')}:1`,
          push: 'true',
          sign: 'true',
          'cosign-key': path.join(keyDir, 'cosign.key'),
          'cosign-offline': 'true',
          'allow-http-registry': 'true',
          'github-token': SECRETS.githubToken,
          comment: 'always',
          skip: 'cache-restore,cache-save,sbom,scan',
          'layer-cache': 'none',
          'fail-on': 'never',
        },
        env: {
          ...runnerEnv,
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_EVENT_PATH: eventFile,
          GITHUB_REPOSITORY: 'acme/api',
          GITHUB_API_URL: gh.url,
          GITHUB_SERVER_URL: 'https://github.example',
          GITHUB_RUN_ID: '77',
          GITHUB_SHA: 'abababababababababababababababababababab',
          GITHUB_TOKEN: SECRETS.githubToken,
        },
      });
    } finally {
      clearInterval(timer);
      await gh.close();
    }
    try {
      expect(run.exitCode).toBe(0);
      expect(run.stdout + run.stderr).toMatch(/signed and verified .*@sha256:[a-f0-9]{64}/);
      expect(scans).toBeGreaterThan(10);
      expect([...leaks]).toEqual([]);
      // The token was used (as a header), and the comment was written.
      expect(gh.requests.some((r) => r.authorization === `Bearer ${SECRETS.githubToken}`)).toBe(true);
      expect(gh.comments).toHaveLength(1);
      const stdout = run.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n');
      const files = filesUnder(run.runnerTemp);
      expect(files.some((f) => f.endsWith('.sarif'))).toBe(true);
      const written = [
        stdout,
        run.stderr,
        run.summary,
        ...Object.values(run.outputs),
        ...gh.comments.map((c) => c.body),
        ...gh.requests.map((r) => JSON.stringify(r.body ?? '')),
        ...files.map((f) => readFileSync(f, 'latin1')),
      ];
      let leaked = 0;
      for (const text of written)
        for (const secret of [SECRETS.cosignPassword, SECRETS.githubToken])
          if (text.includes(secret)) leaked++;
      record({
        suite: 'secrets',
        category: 'secrets',
        name: 'COSIGN_PASSWORD and GITHUB_TOKEN through sign and the PR comment',
        outcome: 'ok',
        writesOutsideTemp: 0,
        secretsLeaked: leaked + leaks.size,
      });
      expect(leaked).toBe(0);
    } finally {
      rmSync(keyDir, { recursive: true, force: true });
    }
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
