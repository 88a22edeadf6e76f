/**
 * GC209 under -trimpath: Go leaves -ldflags out of the build info, so the analyzer reads the stamped string
 * variables from the symbol table; a stripped binary is reported as not checkable. Builds with the host `go`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkBuildSettings, type ProgramFile } from '../../../src/analyze/checks.js';
import { inspectBinary } from '../../../src/gobin/index.js';

const dir = mkdtempSync(join(tmpdir(), 'gcc-stamps-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function build(name: string, ldflags: string): ProgramFile {
  writeFileSync(
    join(dir, 'main.go'),
    'package main\n\nimport "fmt"\n\nvar buildDate = "unset"\nvar version = "dev"\n\nfunc main() { fmt.Println(version, buildDate) }\n',
  );
  const out = join(dir, name);
  const r = spawnSync('go', ['build', '-trimpath', `-ldflags=${ldflags}`, '-o', out, 'main.go'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GOFLAGS: '', GOPROXY: 'off', CGO_ENABLED: '0', GO111MODULE: 'on' },
  });
  if (r.status !== 0) throw new Error(`go build failed: ${r.stderr}`);
  const bytes = new Uint8Array(readFileSync(out));
  const binary = inspectBinary(bytes);
  if (!binary) throw new Error('not an ELF file');
  return { path: `/${name}`, entry: { size: bytes.length } as ProgramFile['entry'], binary };
}

describe('GC209 with -trimpath', () => {
  it('reads a clock stamp from the symbol table', () => {
    const prog = build('stamped', '-X main.buildDate=2026-12-01T05:00:00Z -X main.version=1.2.3');
    expect(prog.binary?.buildInfo?.settings.find((s) => s.key === '-ldflags')).toBeUndefined();
    const f = checkBuildSettings(prog).filter((i) => i.code === 'GC209');
    expect(f.map((i) => i.severity)).toEqual(['warning']);
    expect(f[0]?.message).toMatch(/main\.buildDate.*2026-12-01T05:00:00Z.*symbol table/);
  });
  it('stays silent when the stamps are not clock values', () => {
    const prog = build('versioned', '-X main.buildDate=release -X main.version=1.2.3');
    expect(checkBuildSettings(prog).filter((i) => i.code === 'GC209')).toEqual([]);
  });
  it('is no finding on a stripped -trimpath binary, the recommended build, whose stamps cannot be read', () => {
    const prog = build('stripped', '-s -w -X main.buildDate=2026-12-01T05:00:00Z');
    expect(checkBuildSettings(prog).filter((i) => i.code === 'GC209')).toEqual([]);
  });
});
