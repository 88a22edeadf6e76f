/**
 * The reachability stage through the whole pipeline (the bundled CLI) on test/fixtures/apps/reach, whose binary
 * calls greeting.Hello (GCC-2026-0001), links farewell but never calls Goodbye (GCC-2026-0003), and serves
 * through net/http's ServeMux (GCC-2026-0002, go1.26.8). trivy and govulncheck read databases made from the same
 * advisories. Checks: the findings' verdicts and lines, the upgrade advice on the FROM line, the OpenVEX
 * document and trivy reading it back, the openvex attestation, and what a stripped (-s -w) binary gives.
 *
 * The fixture module proxy, trivy DB and Go vulnerability DB are made here from this checkout's fixtures (into a
 * private directory, the proxy served on a random port), so the test does not depend on which checkout last
 * ran env-up.
 */
import { createReadStream, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../src/tools/exec.js';
import { loadTestEnv, toolEnv, uniqueRepo } from '../helpers/env.js';
import { REPO_ROOT } from '../helpers/action.js';
import { removeTree } from '../../src/cache/fs.js';

interface FindingJson {
  code: string;
  severity: string;
  stage: string;
  file?: string;
  line?: number;
  message: string;
  fix?: string;
  tags?: string[];
}

/** A static file server for the GOPROXY tree (BuildKit runs on the host network, so 127.0.0.1 reaches it). */
function serve(root: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.join(root, path.normalize(rel));
    if (!file.startsWith(root + path.sep) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200);
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('reachability', () => {
  const env = loadTestEnv();
  const work = mkdtempSync(path.join(os.tmpdir(), 'gcc-reach-e2e-'));
  let proxy: http.Server;
  let proxyUrl = '';

  beforeAll(async () => {
    const sh = (script: string, ...args: string[]) =>
      run('bash', [path.join(REPO_ROOT, 'scripts', script), ...args], {
        env: toolEnv({ GOTOOLCHAIN: 'local' }),
        timeoutMs: 600_000,
      });
    await sh(
      'goproxy/build.sh',
      path.join(REPO_ROOT, 'test', 'fixtures', 'gomodules'),
      path.join(work, 'goproxy'),
    );
    await sh('trivy-db/build.sh', path.join(work, 'trivy'));
    await sh('govulndb/build.sh', path.join(work, 'govulndb'));
    proxy = await serve(path.join(work, 'goproxy'));
    proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((r) => proxy?.close(r));
    await removeTree(work);
  });

  const pipeline = async (reportDir: string, extra: string[]) =>
    run(
      process.execPath,
      [
        path.join(REPO_ROOT, 'dist', 'cli.js'),
        'run',
        '--context',
        'test/fixtures/apps/reach',
        '--builder',
        env.builder,
        '--build-args',
        `GOLANG_IMAGE=${env.images.golang}`,
        '--build-args',
        `RUNTIME_IMAGE=${env.images.static}`,
        '--build-args',
        `GOPROXY=${proxyUrl}`,
        '--build-args',
        'GONOSUMDB=fixtures.gcc.test',
        '--trivy-cache-dir',
        path.join(work, 'trivy'),
        '--trivy-skip-db-update',
        '--vuln-db',
        `file://${path.join(work, 'govulndb')}`,
        '--fail-on',
        'never',
        '--skip',
        'cache-restore',
        '--report-dir',
        reportDir,
        ...extra,
      ],
      { cwd: REPO_ROOT, env: toolEnv({ COSIGN_PASSWORD: env.cosignPassword }), timeoutMs: 900_000 },
    );
  const scanFindings = (reportDir: string) =>
    (JSON.parse(readFileSync(path.join(reportDir, 'findings.json'), 'utf8')) as FindingJson[])
      .filter((f) => f.stage === 'scan')
      .sort((a, b) => a.code.localeCompare(b.code));

  it('one reachable finding on the go.mod line, one not reachable, the VEX read back by trivy, attested', async () => {
    const reportDir = path.join(work, 'report');
    const tag = `${env.registry}/${uniqueRepo('reach')}:1`;
    const r = await pipeline(reportDir, [
      '--tags',
      tag,
      '--push',
      '--sign',
      '--cosign-key',
      env.cosignKey,
      '--cosign-offline',
      '--allow-http-registry',
    ]);
    expect(r.stderr).toContain(
      'reachability: 3 Go vulnerabilities, 2 reachable (1 Go binaries; govulncheck ',
    );
    const [hello, stdlib, goodbye] = scanFindings(reportDir);
    expect(hello).toMatchObject({
      code: 'GCC-2026-0001',
      severity: 'error',
      file: 'test/fixtures/apps/reach/go.mod',
      line: 7,
      tags: ['reachable'],
      fix: 'go get fixtures.gcc.test/greeting@v1.2.1 && go mod tidy (v1.2.1 fixes every reachable vulnerability of fixtures.gcc.test/greeting).',
    });
    expect(hello?.message).toContain('reachable: /reach (linux/amd64) calls greeting.Hello');
    expect(goodbye).toMatchObject({
      code: 'GCC-2026-0003',
      severity: 'info',
      file: 'test/fixtures/apps/reach/go.mod',
      line: 6,
      tags: ['not-reachable'],
    });
    expect(goodbye?.message).toContain(
      'not reachable: the binaries link the package but never call its vulnerable code',
    );
    // The standard library: reached through ServeMux.ServeHTTP, with the upgrade advice on the FROM golang line.
    expect(stdlib).toMatchObject({
      code: 'GCC-2026-0002',
      severity: 'warning',
      file: 'test/fixtures/apps/reach/Dockerfile',
      line: 5,
      tags: ['reachable'],
      fix: 'Rebuild with Go 1.26.9 (golang:1.26.9 base): fixes 1 standard library vulnerability, 1 reachable.',
    });
    expect(stdlib?.message).toContain('calls http.ServeMux.ServeHTTP');

    const sarif = JSON.parse(readFileSync(path.join(reportDir, 'report.sarif'), 'utf8')) as {
      runs: {
        results: { ruleId: string; level: string; properties?: { reachability?: string; tags?: string[] } }[];
      }[];
    };
    const g3 = sarif.runs[0]?.results.find((x) => x.ruleId === 'GCC-2026-0003');
    expect(g3).toMatchObject({
      level: 'note',
      properties: { reachability: 'imported-not-called', tags: ['not-reachable'] },
    });

    // The summary (report.md) and JUnit say it too.
    expect(readFileSync(path.join(reportDir, 'report.md'), 'utf8')).toContain(
      '3 Go vulnerabilities, 2 reachable',
    );
    expect(readFileSync(path.join(reportDir, 'junit.xml'), 'utf8')).toMatch(
      /GCC-2026-0003[^\n]*not reachable/,
    );

    const vex = JSON.parse(readFileSync(path.join(reportDir, 'vex.openvex.json'), 'utf8')) as {
      statements: {
        vulnerability: { name: string };
        status: string;
        justification?: string;
        products: { '@id': string }[];
      }[];
    };
    const digest = /^digest=(sha256:[a-f0-9]{64})$/m.exec(r.stdout)?.[1] ?? 'missing';
    expect(vex.statements.map((s) => [s.vulnerability.name, s.status, s.justification]).sort()).toEqual([
      ['GCC-2026-0001', 'affected', undefined],
      ['GCC-2026-0002', 'affected', undefined],
      ['GCC-2026-0003', 'not_affected', 'vulnerable_code_not_in_execute_path'],
    ]);
    expect(vex.statements[0]?.products[0]?.['@id']).toContain(encodeURIComponent(digest));
    // trivy, given the document, leaves out the unreachable one.
    const afterVex = JSON.parse(
      readFileSync(path.join(reportDir, 'scan', 'vulnerabilities.vex.json'), 'utf8'),
    ) as {
      id: string;
    }[];
    expect(afterVex.map((v) => v.id).sort()).toEqual(['GCC-2026-0001', 'GCC-2026-0002']);

    const repo = tag.slice(0, tag.lastIndexOf(':'));
    expect(r.stderr).toContain(
      `signed and verified ${repo}@${digest} (attestations: spdxjson, vuln, openvex)`,
    );
    await run(
      'cosign',
      [
        'verify-attestation',
        '--type',
        'openvex',
        '--key',
        env.cosignPub,
        '--insecure-ignore-tlog',
        '--allow-http-registry',
        `${repo}@${digest}`,
      ],
      { env: toolEnv(), timeoutMs: 120_000 },
    );
  });

  it('a stripped (-s -w) binary gives the same verdicts (the pclntab names what govulncheck cannot see)', async () => {
    // govulncheck v1.9.0 needs .symtab, which -s removes, and then counts every vulnerable symbol of a linked
    // package; the stage checks those against the function names in the binary's pclntab.
    const reportDir = path.join(work, 'report-stripped');
    const r = await pipeline(reportDir, ['--build-args', 'LDFLAGS=-s -w']);
    expect(r.stderr).toContain('reachability: 3 Go vulnerabilities, 2 reachable');
    const [hello, stdlib, goodbye] = scanFindings(reportDir);
    expect(hello).toMatchObject({ severity: 'error', line: 7, tags: ['reachable'] });
    expect(hello?.message).toContain('reachable: /reach (linux/amd64) calls greeting.Hello');
    expect(stdlib?.message).toContain('calls http.ServeMux.ServeHTTP');
    expect(goodbye).toMatchObject({ severity: 'info', line: 6, tags: ['not-reachable'] });
  });

  it("the next run takes govulncheck's result from the result cache; a tampered entry is ignored with a warning", async () => {
    const cacheDir = path.join(work, 'result-cache');
    const verdicts = (reportDir: string) =>
      scanFindings(reportDir).map((f) => [f.code, f.severity, f.line, f.tags]);
    const cold = await pipeline(path.join(work, 'report-cold'), ['--cache-dir', cacheDir]);
    expect(cold.stderr).toContain('1 distinct, 0 from the result cache');
    expect(cold.stderr).toContain('(1 runs)');
    const warm = await pipeline(path.join(work, 'report-warm'), ['--cache-dir', cacheDir]);
    expect(warm.stderr).toContain('1 distinct, 1 from the result cache');
    expect(warm.stderr).toContain('(0 runs)');
    expect(warm.stderr).toContain('reachability: 3 Go vulnerabilities, 2 reachable');
    expect(verdicts(path.join(work, 'report-warm'))).toEqual(verdicts(path.join(work, 'report-cold')));
    // Someone with write access to the cache drops the reachable finding (without fixing the digest).
    const entries = readdirSync(cacheDir, { recursive: true, encoding: 'utf8' }).filter((f) =>
      /govulncheck-results.*\/0\/[0-9a-f]{64}\.json$/.test(f),
    );
    expect(entries).toHaveLength(1);
    const file = path.join(cacheDir, entries[0] as string);
    writeFileSync(file, readFileSync(file, 'utf8').replace('"level":"symbol"', '"level":"package"'));
    const tampered = await pipeline(path.join(work, 'report-tampered'), ['--cache-dir', cacheDir]);
    expect(tampered.stderr).toMatch(
      /warning: reachability: ignoring the cached govulncheck result .*running govulncheck/,
    );
    expect(tampered.stderr).toContain('(1 runs)');
    expect(verdicts(path.join(work, 'report-tampered'))).toEqual(verdicts(path.join(work, 'report-cold')));
  });

  it('-w only (symbol table kept): the same verdicts as the unstripped binary', async () => {
    const reportDir = path.join(work, 'report-w');
    const r = await pipeline(reportDir, ['--build-args', 'LDFLAGS=-w']);
    expect(r.stderr).toContain('reachability: 3 Go vulnerabilities, 2 reachable');
    const goodbye = scanFindings(reportDir).find((f) => f.code === 'GCC-2026-0003');
    expect(goodbye).toMatchObject({ severity: 'info', tags: ['not-reachable'] });
  });
});
