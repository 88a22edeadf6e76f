/** GC307's go.sum check counts only modules go downloads: a require replaced by a local directory has no sum. */
import { lintDockerfile } from '../../../src/dockerfile/lint.js';
import { parseGoMod } from '../../../src/gomod/gomod.js';

function gc307(gomod: string): string[] {
  const r = lintDockerfile({
    file: 'Dockerfile',
    text: 'FROM golang:1.26\nRUN go build -o /a .\n',
    goMods: [{ file: 'go.mod', mod: parseGoMod(gomod), hasGoSum: false }],
  });
  return r.findings.filter((f) => f.code === 'GC307').map((f) => f.message);
}

describe('GC307 without go.sum', () => {
  it('is quiet when every require is replaced by a local directory (a monorepo library)', () => {
    expect(
      gc307('module x\n\ngo 1.26\n\nrequire example.com/lib v0.0.0\n\nreplace example.com/lib => ../lib\n'),
    ).toEqual([]);
  });

  it('counts only the downloaded modules', () => {
    const messages = gc307(
      'module x\n\ngo 1.26\n\nrequire (\n\texample.com/lib v0.0.0\n\texample.com/y v1.0.0\n)\n\nreplace example.com/lib => ../lib\n',
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/requires 1 module\(s\)/);
  });

  it('still warns for a replace by another version, which go downloads', () => {
    expect(
      gc307(
        'module x\n\ngo 1.26\n\nrequire example.com/y v1.0.0\n\nreplace example.com/y => example.com/z v1.2.0\n',
      ),
    ).toHaveLength(1);
  });
});
