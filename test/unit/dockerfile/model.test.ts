import fc from 'fast-check';
import { buildModel, expandVars } from '../../../src/dockerfile/model.js';
import { lintDockerfile } from '../../../src/dockerfile/lint.js';
import { parseShell, programName } from '../../../src/dockerfile/shell.js';
import { classifyBase } from '../../../src/dockerfile/base.js';
import { splitImage } from '../../../src/registry/reference.js';
import { isExcluded, parseDockerignore } from '../../../src/dockerfile/dockerignore.js';
import { analyze, cgoState } from '../../../src/dockerfile/analysis.js';

describe('shell splitter', () => {
  it('splits commands on && ; | and newlines, keeping assignments and positions', () => {
    const s = parseShell('CGO_ENABLED=0 go build -o "/out/my app" ./cmd && echo \'a $X\' "$Y" ; ls | wc -l');
    expect(
      s.commands.map((c) => [c.connector, c.assignments.map((a) => a.value), c.words.map((w) => w.value)]),
    ).toEqual([
      ['', ['CGO_ENABLED=0'], ['go', 'build', '-o', '/out/my app', './cmd']],
      ['&&', [], ['echo', 'a $X', '$Y']],
      [';', [], ['ls']],
      ['|', [], ['wc', '-l']],
    ]);
    const echo = s.commands[1];
    expect(echo?.words.flatMap((w) => w.vars.map((v) => v.name))).toEqual(['Y']);
    expect(s.source.pos(s.commands[0]?.words[0]?.start ?? 0)).toEqual({ line: 1, column: 15 });
  });

  it('keeps command substitutions inside one word and records their variables', () => {
    const s = parseShell('go build -ldflags "-X main.v=$(git describe --tags $REF) -s" .');
    const ld = s.commands[0]?.words[3];
    expect(ld?.value).toBe('-X main.v=$(git describe --tags $REF) -s');
    expect(ld?.substitution).toBe(true);
    expect(ld?.vars.map((v) => v.name)).toEqual(['REF']);
  });

  it('treats control keywords as separators and skips nested heredoc bodies', () => {
    const s = parseShell(
      'if [ -f x ]; then\n  export A=1\nfi\ncat <<EOT > /etc/x\ngo build\nEOT\nenv B=2 go version',
    );
    expect(s.commands.map((c) => programName(c))).toEqual(['[', 'export', 'cat', 'env']);
  });

  it('never throws and stays linear on hostile input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (t) => {
        parseShell(t);
      }),
      { numRuns: 500 },
    );
    const big = '$('.repeat(20000) + '"'.repeat(20000) + '${'.repeat(20000) + "'".repeat(10001);
    expect(() => parseShell(big)).not.toThrow();
  });
});

describe('stage model', () => {
  const text = [
    '# syntax=docker/dockerfile:1.7',
    'ARG REGISTRY=127.0.0.1:5000',
    'ARG GO=1.26.8',
    'FROM --platform=$BUILDPLATFORM ${REGISTRY}/golang:${GO} AS Build',
    'ARG TARGETOS TARGETARCH',
    'WORKDIR /src',
    'RUN --mount=type=cache,target=/root/.cache/go-build \\',
    '    # a comment inside the continuation',
    '    CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH \\',
    '    go build -trimpath -o /out/app ./cmd/app',
    'RUN <<EOF',
    'set -e',
    'go env -w GOPRIVATE=example.com/*',
    'EOF',
    'FROM ${REGISTRY}/static:1 AS final',
    'COPY --from=build /out/app /app',
    'USER 65532',
    'ENTRYPOINT ["/app"]',
    '',
  ].join('\n');

  it('resolves bases, aliases, platforms, edges and the scope', () => {
    const m = buildModel(text, { platforms: ['linux/arm64'] });
    expect(m.directives).toEqual([{ name: 'syntax', value: 'docker/dockerfile:1.7', line: 1 }]);
    expect(m.stages.map((s) => [s.name, s.from.image, s.base.kind])).toEqual([
      ['build', '127.0.0.1:5000/golang:1.26.8', 'golang'],
      ['final', '127.0.0.1:5000/static:1', 'static'],
    ]);
    const [build, final] = m.stages;
    expect(build?.from.platform?.value).toBe('$BUILDPLATFORM');
    expect([...(final?.deps ?? [])]).toEqual([0]);
    expect(m.target?.name).toBe('final');
    expect([...m.used].sort()).toEqual([0, 1]);
    expect(build?.scope.get('TARGETARCH')?.value).toBe('arm64');
    expect(build?.scope.get('GOPRIVATE')?.kind).toBe('goenv');
    expect(final?.user?.value).toBe('65532');
    const a = analyze(m);
    const call = a.goCalls.find((c) => c.sub === 'build');
    expect(call?.goWord && call.script.source.pos(call.goWord.start)).toEqual({ line: 10, column: 5 });
    expect(call?.env('GOARCH').value).toBe('arm64');
    expect(call?.output).toBe('/out/app');
    expect(call && cgoState(call, m).enabled).toBe(false);
    expect(a.shipped.map((s) => s.call)).toEqual([call]);
  });

  it('honours the escape directive', () => {
    const m = buildModel('# escape=`\nFROM golang:1.26\nRUN go build `\n  -o /app .\n');
    expect(m.escape).toBe('`');
    const run = m.stages[0]?.steps[0];
    expect(run?.keyword === 'RUN' && run.scripts[0]?.commands[0]?.words.map((w) => w.value)).toEqual([
      'go',
      'build',
      '-o',
      '/app',
      '.',
    ]);
  });

  it('expands ARG defaults like BuildKit', () => {
    const look = (n: string) => ({ A: 'a', E: '' })[n];
    expect(expandVars('${A}-${B:-b}-${E:-e}-${E-x}-${A:+y}-$A', look)).toEqual({
      value: 'a-b-e--y-a',
      unresolved: false,
    });
    expect(expandVars('${NOPE}/x', look)).toEqual({ value: '${NOPE}/x', unresolved: true });
  });
});

describe('base images', () => {
  it.each([
    ['scratch', 'scratch', 'none'],
    ['gcr.io/distroless/static-debian12:nonroot', 'distroless', 'none'],
    ['gcr.io/distroless/base-debian12', 'distroless', 'glibc'],
    ['alpine:3.20', 'alpine', 'musl'],
    ['docker.io/library/debian:bookworm-slim', 'debian', 'glibc'],
    ['golang:1.26-alpine', 'golang', 'musl'],
    ['mirror.gcr.io/library/golang:1.26', 'golang', 'glibc'],
    ['cgr.dev/chainguard/static:latest', 'chainguard', 'none'],
    ['127.0.0.1:5000/static:1', 'static', 'none'],
    ['127.0.0.1:5000/musl:1', 'musl', 'musl'],
    ['127.0.0.1:5000/glibc:1', 'glibc', 'glibc'],
  ])('%s is %s with libc %s', (ref, kind, libc) => {
    const b = classifyBase(ref);
    expect([b.kind, b.libc]).toEqual([kind, libc]);
  });
  it('splits references', () => {
    expect(splitImage('localhost:5000/a/b:1@sha256:abc')).toEqual({
      registry: 'localhost:5000',
      repository: 'a/b',
      tag: '1',
      digest: 'sha256:abc',
    });
    expect(splitImage('golang')).toEqual({ registry: '', repository: 'golang' });
  });
  it('knows distroless :nonroot runs as non-root', () => {
    expect(classifyBase('gcr.io/distroless/static:nonroot').nonroot).toBe(true);
    expect(classifyBase('gcr.io/distroless/static').nonroot).toBe(false);
  });
});

describe('.dockerignore matching', () => {
  const p = parseDockerignore('# comment\n.git\n**/*.pem\n*\n!cmd\n!go.mod\n/secret/\n');
  it.each([
    ['.git', true],
    ['.git/config', true],
    ['a/b/key.pem', true],
    ['cmd/app/main.go', false],
    ['go.mod', false],
    ['README.md', true],
    ['secret/x', true],
  ])('%s excluded: %s', (path, excluded) => {
    expect(isExcluded(p, path)).toBe(excluded);
  });
});

describe('lint never throws', () => {
  const pieces = [
    'FROM ',
    'scratch',
    'golang:1.26 AS b',
    '--platform=$BUILDPLATFORM ',
    '\nRUN ',
    'go build -o /a .',
    ' && ',
    '\\\n',
    '<<EOF\n',
    '\nEOF\n',
    '\nCOPY --from=b ',
    '/a /a',
    '\nENTRYPOINT ',
    '["/a"]',
    "['/a']",
    '\nARG ',
    'X=${Y:-z}',
    '\nENV ',
    'A="b c"',
    '\nUSER ',
    '0',
    '\nHEALTHCHECK CMD ',
    '$(',
    '"',
    "'",
    '`',
    '# go-container-ci ignore=GC101\n',
    '\n# escape=`\n',
    '\r\n',
    '\u0000',
  ];
  it('on Dockerfile-like fragments', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const r = lintDockerfile({ file: 'Dockerfile', text: parts.join('') });
        expect(r.errors.length > 0 || Array.isArray(r.findings)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
  it('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (t) => {
        const r = lintDockerfile({ file: 'Dockerfile', text: `FROM x\n${t}` });
        expect(Array.isArray(r.findings)).toBe(true);
        const r2 = lintDockerfile({ file: 'Dockerfile', text: t });
        expect(r2.errors.length + r2.findings.length).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 400 },
    );
  });
});
