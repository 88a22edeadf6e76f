import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { run } from '../../../src/tools/exec.js';
import {
  packagePresent,
  pathToPrefix,
  pclntabNames,
  symbolPresent,
} from '../../../src/reachability/pclntab.js';
import { refineByNames, mergeVerdictsForTest } from './pclntab-helpers.js';
import { parseGovulncheckJson } from '../../../src/tools/govulncheck.js';
import { removeTree } from '../../../src/cache/fs.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'gcc-pclntab-'));
afterAll(() => removeTree(work));

/** A stripped program: calls lib.Hello (small, inlined) and lib.Wave (kept out of line), never lib.Goodbye. */
async function strippedBinary(): Promise<Buffer> {
  mkdirSync(path.join(work, 'lib'), { recursive: true });
  writeFileSync(path.join(work, 'go.mod'), 'module example.test/p\n\ngo 1.22\n');
  writeFileSync(
    path.join(work, 'lib', 'lib.go'),
    'package lib\n\nfunc Hello(s string) string { return "hi " + s }\n\n//go:noinline\nfunc Wave(s string) string { return "o/ " + s }\n\nfunc Goodbye(s string) string { return "bye " + s }\n\ntype T struct{ n int }\n\nfunc (t *T) M() int { t.n++; return t.n }\n',
  );
  writeFileSync(
    path.join(work, 'main.go'),
    'package main\n\nimport (\n\t"fmt"\n\t"os"\n\n\t"example.test/p/lib"\n)\n\nfunc main() {\n\tvar t lib.T\n\tfmt.Println(lib.Hello(os.Args[0]), lib.Wave("x"), t.M())\n}\n',
  );
  await run('go', ['build', '-trimpath', '-ldflags=-s -w', '-o', 'app', '.'], {
    cwd: work,
    env: { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '-mod=mod', CGO_ENABLED: '0' },
    timeoutMs: 300_000,
  });
  return readFileSync(path.join(work, 'app'));
}

describe('pclntab names of a stripped binary', () => {
  it('name compiled and inlined functions, not the dropped ones', async () => {
    const names = pclntabNames(await strippedBinary());
    expect(names).toBeDefined();
    const n = names as Set<string>;
    expect(symbolPresent(n, 'example.test/p/lib', 'Hello')).toBe(true);
    expect(symbolPresent(n, 'example.test/p/lib', 'Wave')).toBe(true);
    expect(symbolPresent(n, 'example.test/p/lib', 'T.M')).toBe(true);
    expect(symbolPresent(n, 'example.test/p/lib', 'Goodbye')).toBe(false);
    expect(packagePresent(n, 'example.test/p/lib')).toBe(true);
    expect(packagePresent(n, 'example.test/p/other')).toBe(false);
    expect(symbolPresent(n, 'fmt', 'Println')).toBe(true);
  });

  it('no pclntab, no names: hostile and non-ELF bytes give undefined (property)', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 512 }), (b) => expect(pclntabNames(b)).toBeUndefined()));
  });

  it('import paths as the linker writes them', () => {
    expect(pathToPrefix('gopkg.in/yaml.v3')).toBe('gopkg.in/yaml%2ev3');
    expect(pathToPrefix('fixtures.gcc.test/farewell')).toBe('fixtures.gcc.test/farewell');
    expect(
      symbolPresent(new Set(['gopkg.in/yaml%2ev3.(*Decoder).Decode']), 'gopkg.in/yaml.v3', 'Decoder.Decode'),
    ).toBe(true);
    expect(symbolPresent(new Set(['p.F[go.shape.int]']), 'p', 'F')).toBe(true);
    expect(symbolPresent(new Set(['p.FF']), 'p', 'F')).toBe(false);
  });
});

describe('refineByNames', () => {
  it("a stripped binary's conservative report becomes the exact one", () => {
    const report = parseGovulncheckJson(
      readFileSync(
        path.join(process.cwd(), 'test', 'fixtures', 'govulncheck', 'reach-stripped.json'),
        'utf8',
      ),
    );
    const names = new Set([
      'main.main',
      'fixtures.gcc.test/greeting.Hello',
      'fixtures.gcc.test/farewell.Wave',
      'net/http.(*ServeMux).ServeHTTP',
    ]);
    const v = mergeVerdictsForTest(refineByNames(report, names));
    expect(v).toEqual([
      ['GO-2026-0001', 'reachable'],
      ['GO-2026-0002', 'reachable'],
      ['GO-2026-0003', 'imported-not-called'],
    ]);
  });
});
