/**
 * The bundled CLI (`dist/cli.js lint`), run as a user runs it: text, json and sarif output, paths that are
 * Dockerfiles or directories, and the documented exit codes (0 clean, 1 findings at/above --fail-on,
 * 2 usage or input error).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '../helpers/action.js';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
const CORPUS = path.join('test', 'fixtures', 'dockerfiles');

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, 'lint', ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('go-container-ci lint', () => {
  it('prints file:line:col CODE severity message and exits 1 on errors', () => {
    const r = cli(path.join(CORPUS, 'bad-scratch-cgo'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      `${CORPUS}/bad-scratch-cgo/Dockerfile:6:5 GC201 error go build in stage 'builder'`,
    );
    for (const line of r.stdout.trim().split('\n'))
      expect(line).toMatch(/^\S+:\d+:\d+ GC\d{3} (error|warning|info) \S/);
  });

  it('exits 0 on a good Dockerfile, given as a file', () => {
    const r = cli(path.join(CORPUS, 'good-distroless-static', 'Dockerfile'));
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/ (error|warning) /);
  });

  it('honours --fail-on, --lint-disable and --lint-severity', () => {
    expect(cli(path.join(CORPUS, 'bad-root-user')).code).toBe(0);
    expect(cli(path.join(CORPUS, 'bad-root-user'), '--fail-on', 'warning').code).toBe(1);
    expect(cli(path.join(CORPUS, 'bad-root-user'), '--lint-severity', 'GC109=error').code).toBe(1);
    const r = cli(path.join(CORPUS, 'bad-root-user'), '--lint-disable', 'GC109,GC306', '--fail-on', 'info');
    expect(r).toMatchObject({ code: 0, stdout: '' });
  });

  it('writes json and sarif', () => {
    const j = cli(path.join(CORPUS, 'bad-ldflags'), '--format', 'json');
    const parsed = JSON.parse(j.stdout) as { findings: { code: string; file: string }[] };
    expect(parsed.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['GC205', 'GC207', 'GC209']));
    const s = cli(path.join(CORPUS, 'bad-ldflags'), '--format', 'sarif');
    const log = JSON.parse(s.stdout) as {
      version: string;
      runs: { results: { ruleId: string; locations: unknown[] }[] }[];
    };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]?.results.map((r) => r.ruleId)).toContain('GC209');
    expect(JSON.stringify(log.runs[0]?.results[0]?.locations)).toContain(`${CORPUS}/bad-ldflags/Dockerfile`);
  });

  it('exits 2 on a missing path, a directory without Dockerfile, a bad format or a bad input', () => {
    expect(cli('does-not-exist').code).toBe(2);
    expect(cli('src').code).toBe(2);
    expect(cli(path.join(CORPUS, 'bad-ldflags'), '--format', 'xml').code).toBe(2);
    const r = cli(path.join(CORPUS, 'bad-ldflags'), '--lint-severity', 'GC109=fatal');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/lint-severity/);
  });

  it('reports a file that is not a Dockerfile as an input error', () => {
    const r = cli('package.json');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no FROM instruction/);
  });
});
