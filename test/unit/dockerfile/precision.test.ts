/**
 * The classes of wrong and missed findings of issue 18, each with a Dockerfile that must stay silent (or drop
 * to info) and one that must still fire.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { contextReader, scanGoContext } from '../../../src/dockerfile/context.js';
import { lintDockerfile } from '../../../src/dockerfile/lint.js';
import { expandVars } from '../../../src/dockerfile/model.js';
import type { GoImportScan } from '../../../src/dockerfile/goimports.js';
import {
  cgoNeed,
  constraintForLinux,
  excludedByName,
  parseGoImports,
  selectProgram,
  tlsUse,
} from '../../../src/dockerfile/goimports.js';
import type { LintInput } from '../../../src/dockerfile/rules/types.js';
import { CASES, df } from './cases.js';

const IGNORE = { file: '.dockerignore', text: '.git\n.env\n*.pem\n' };

function findings(text: string, extra: Partial<LintInput> = {}) {
  const r = lintDockerfile({ file: 'Dockerfile', text, dockerignore: IGNORE, ...extra });
  expect(r.errors).toEqual([]);
  return r.findings;
}

function of(code: string, text: string, extra: Partial<LintInput> = {}) {
  return findings(text, extra)
    .filter((f) => f.code === code)
    .map((f) => ({ line: f.line, severity: f.severity, message: f.message, fix: f.fix }));
}

function scan(imports: string[], extra: GoImportScan['packages'] = []): GoImportScan {
  return {
    modules: [{ dir: '', path: 'example.com/app' }],
    packages: [{ dir: '', name: 'main', imports }, ...extra],
    truncated: false,
  };
}

const files = (map: Record<string, string>) => (p: string) => map[p];

/** Default cgo in golang (Debian) copied into scratch: the first GC201 case of the rule table. */
const CGO_TO_SCRATCH = CASES.find((c) => c.code === 'GC201')?.bad ?? '';

describe('1. GC201 reads the Go imports before calling it an error', () => {
  it('stays silent when the program imports nothing that needs cgo', () => {
    expect(of('GC201', CGO_TO_SCRATCH, { goImports: scan(['fmt', 'os', 'strings']) })).toEqual([]);
  });
  it('is an error when the program imports net through net/http', () => {
    const f = of('GC201', CGO_TO_SCRATCH, { goImports: scan(['net/http']) });
    expect(f.map((x) => x.severity)).toEqual(['error']);
    expect(f[0]?.message).toMatch(/net\/http/);
  });
  it('is an error for a local package importing "C" or a known cgo module', () => {
    const local = scan(['example.com/app/db'], [{ dir: 'db', name: 'db', imports: ['C'] }]);
    expect(of('GC201', CGO_TO_SCRATCH, { goImports: local }).map((x) => x.severity)).toEqual(['error']);
    const mod = scan(['github.com/mattn/go-sqlite3']);
    expect(of('GC201', CGO_TO_SCRATCH, { goImports: mod }).map((x) => x.severity)).toEqual(['error']);
  });
  it('names a go.mod requirement known to use cgo when the imports could not be read', () => {
    const goMods = [
      {
        file: 'go.mod',
        mod: { requires: [{ path: 'github.com/mattn/go-sqlite3', version: 'v1.14.22' }], replaces: [] },
      },
    ] as unknown as LintInput['goMods'];
    const f = of('GC201', CGO_TO_SCRATCH, { goMods });
    expect(f.map((x) => x.severity)).toEqual(['warning']);
    expect(f[0]?.message).toMatch(/go\.mod requires github\.com\/mattn\/go-sqlite3/);
  });
  it('says "may" (warning) when the imports are unknown or only third-party', () => {
    expect(of('GC201', CGO_TO_SCRATCH).map((x) => x.severity)).toEqual(['warning']);
    const f = of('GC201', CGO_TO_SCRATCH, { goImports: scan(['github.com/acme/lib']) });
    expect(f.map((x) => x.severity)).toEqual(['warning']);
    expect(f[0]?.message).toMatch(/may/);
  });
});

describe('2. GC404, GC301 and GC302 use the import scan and the build flags', () => {
  const noCerts = df(
    'FROM golang:1.26 AS build',
    'WORKDIR /src',
    'COPY . .',
    'RUN CGO_ENABLED=0 go build -trimpath -o /out/app .',
    'FROM scratch',
    'COPY --from=build /out/app /app',
    'USER 65532',
    'ENTRYPOINT ["/app"]',
  );
  it('GC404 stays silent for a program without TLS and fires for net/http', () => {
    expect(of('GC404', noCerts, { goImports: scan(['fmt', 'os']) })).toEqual([]);
    expect(of('GC404', noCerts, { goImports: scan(['net/http']) })).toHaveLength(1);
    expect(of('GC404', noCerts)).toHaveLength(1);
  });
  const mod = {
    file: 'go.mod',
    mod: { requires: [{ path: 'github.com/x/y', version: 'v1.0.0' }], replaces: [] },
  };
  const build = (flags: string) =>
    df('FROM golang:1.26', 'WORKDIR /src', 'COPY . .', `RUN go build ${flags} -o /app .`);
  it('GC301/GC302 stay silent about modules with -mod=vendor or a go.mod without requirements', () => {
    const goMods = [mod] as unknown as LintInput['goMods'];
    expect(of('GC301', build('-mod=vendor'), { goMods })).toEqual([]);
    expect(of('GC302', build('-mod=vendor'), { goMods })[0]?.message).not.toMatch(/GOMODCACHE/);
    const empty = [{ file: 'go.mod', mod: { requires: [], replaces: [] } }] as unknown as LintInput['goMods'];
    expect(of('GC301', build(''), { goMods: empty })).toEqual([]);
    expect(of('GC301', build(''), { goMods: [] })).toEqual([]);
  });
  it('GC301 still fires when modules must be downloaded', () => {
    const goMods = [mod] as unknown as LintInput['goMods'];
    expect(of('GC301', build(''), { goMods })).toHaveLength(1);
  });
});

describe('2b. the same reading for GC202, GC203 and GC302', () => {
  const glibcToAlpine = df(
    'FROM golang:1.26 AS build',
    'WORKDIR /src',
    'COPY . .',
    'RUN go build -o /out/app .',
    'FROM alpine:3.20',
    'COPY --from=build /out/app /app',
    'ENTRYPOINT ["/app"]',
  );
  it('GC202 is silent for a pure-Go program and an error when it links the C resolver', () => {
    expect(of('GC202', glibcToAlpine, { goImports: scan(['fmt']) })).toEqual([]);
    expect(of('GC202', glibcToAlpine, { goImports: scan(['net/http']) }).map((x) => x.severity)).toEqual([
      'error',
    ]);
    expect(of('GC202', glibcToAlpine).map((x) => x.severity)).toEqual(['warning']);
  });
  it('GC203 leaves a versioned build tool on $BUILDPLATFORM alone, not the shipped build', () => {
    const tool = df(
      'FROM --platform=$BUILDPLATFORM golang:1.26 AS build',
      'RUN go install github.com/magefile/mage@v1.15.0',
      'FROM scratch',
      'COPY app /app',
    );
    expect(of('GC203', tool, { platforms: ['linux/amd64', 'linux/arm64'] })).toEqual([]);
    const shipped = df(
      'FROM --platform=$BUILDPLATFORM golang:1.26 AS build',
      'WORKDIR /src',
      'COPY . .',
      'RUN CGO_ENABLED=0 go build -o /out/app .',
      'FROM scratch',
      'COPY --from=build /out/app /app',
    );
    expect(of('GC203', shipped, { platforms: ['linux/amd64', 'linux/arm64'] })).toHaveLength(1);
  });
  it('GC302 is silent for a step no source copy comes before (a source change does not rebuild it)', () => {
    expect(of('GC302', df('FROM golang:1.26', 'RUN go install example.com/tool@v1.2.3'))).toEqual([]);
    expect(
      of('GC302', df('FROM golang:1.26', 'COPY . /src', 'RUN cd /src && go build -o /app .')),
    ).toHaveLength(1);
  });
});

describe('3. GC401 when the build reads .git', () => {
  const gitBuild = df(
    'FROM golang:1.26 AS build',
    'WORKDIR /src',
    'COPY . .',
    'RUN VERSION=$(git describe --tags) && go build -ldflags "-X main.version=$VERSION" -o /app .',
  );
  it('does not ask to exclude .git when the build runs git describe', () => {
    const noGit = { file: '.dockerignore', text: '.env\n*.pem\n' };
    expect(of('GC401', gitBuild, { dockerignore: noGit, contextEntries: ['.git/', 'main.go'] })).toEqual([]);
    const f = of('GC401', gitBuild, { dockerignore: undefined });
    expect(f).toHaveLength(1);
    expect(f[0]?.message).toMatch(/keep \.git/);
  });
  it('reads the Makefile make runs', () => {
    const make = df('FROM golang:1.26', 'WORKDIR /src', 'COPY . .', 'RUN make build');
    const read = files({ Makefile: 'VERSION := $(shell git rev-parse --short HEAD)\nbuild:\n\tgo build\n' });
    const noGit = { file: '.dockerignore', text: '.env\n' };
    expect(
      of('GC401', make, { dockerignore: noGit, readContextFile: read, contextEntries: ['.git/'] }),
    ).toEqual([]);
  });
  it('still asks to exclude .git when nothing reads it', () => {
    const plain = df('FROM golang:1.26', 'WORKDIR /src', 'COPY . .', 'RUN go build -o /app .');
    const noGit = { file: '.dockerignore', text: '.env\n' };
    expect(of('GC401', plain, { dockerignore: noGit, contextEntries: ['.git/'] })[0]?.message).toMatch(
      /\.git/,
    );
  });
});

describe('4. GC109 and privilege drops', () => {
  const base = (...tail: string[]) => df('FROM alpine:3.20', 'COPY app /usr/local/bin/app', ...tail);
  it('is an info when ENTRYPOINT drops privileges with su-exec/gosu/setpriv', () => {
    for (const ep of [
      'ENTRYPOINT ["su-exec", "app", "/usr/local/bin/app"]',
      'ENTRYPOINT ["gosu", "1000:1000", "app"]',
      'ENTRYPOINT ["setpriv", "--reuid=1000", "--regid=1000", "--init-groups", "app"]',
    ]) {
      const f = of('GC109', base(ep));
      expect(f.map((x) => x.severity)).toEqual(['info']);
      expect(f[0]?.message).toMatch(/PID 1 starts as root.*runs as/);
    }
  });
  it('reads the entrypoint script copied from the context', () => {
    const text = base(
      'COPY docker/entrypoint.sh /entrypoint.sh',
      'ENV PUID=1000',
      'ENTRYPOINT ["/entrypoint.sh"]',
    );
    const read = files({
      'docker/entrypoint.sh': '#!/bin/sh\nchown app /data\nexec su-exec "${PUID}" "$@"\n',
    });
    const f = of('GC109', text, { readContextFile: read });
    expect(f.map((x) => x.severity)).toEqual(['info']);
    expect(f[0]?.message).toMatch(/runs as 1000/);
  });
  it('still warns when the drop goes to root, or nothing drops', () => {
    const text = base('COPY entrypoint.sh /entrypoint.sh', 'ENV PUID=0', 'ENTRYPOINT ["/entrypoint.sh"]');
    const read = files({ 'entrypoint.sh': '#!/bin/sh\nexec su-exec "${PUID}:${PUID}" app\n' });
    expect(of('GC109', text, { readContextFile: read }).map((x) => x.severity)).toEqual(['warning']);
    expect(of('GC109', base('ENTRYPOINT ["/usr/local/bin/app"]')).map((x) => x.severity)).toEqual([
      'warning',
    ]);
  });
  it('is silent for an export stage and fires for USER ${ARG} without a default', () => {
    expect(of('GC109', df('FROM scratch', 'COPY app /app'))).toEqual([]);
    const f = of('GC109', base('ARG RUNAS', 'USER ${RUNAS}', 'ENTRYPOINT ["/usr/local/bin/app"]'));
    expect(f.map((x) => x.severity)).toEqual(['warning']);
    expect(f[0]?.message).toMatch(/RUNAS.*no default/);
    expect(of('GC109', base('ARG RUNAS=1000', 'USER ${RUNAS}', 'ENTRYPOINT ["/usr/local/bin/app"]'))).toEqual(
      [],
    );
  });
});

describe('5. GC206 says what is true and is an info', () => {
  it('is an info about build paths, never "differs between build machines"', () => {
    const f = of(
      'GC206',
      df('FROM golang:1.26 AS b', 'RUN go build -o /app .', 'FROM scratch', 'COPY --from=b /app /app'),
    );
    expect(f.map((x) => x.severity)).toEqual(['info']);
    expect(f[0]?.message).not.toMatch(/build machine/);
    expect(f[0]?.message).toMatch(/stack traces/);
  });
  it('is silent for go install of a tool whose output does not reach the final image', () => {
    const text = df(
      'FROM golang:1.26 AS tools',
      'RUN go install example.com/tool@v1.2.3',
      'FROM alpine:3.20',
    );
    expect(of('GC206', text)).toEqual([]);
  });
});

describe('6. GC103 when the toolchain is the product', () => {
  it('is an info for an image that runs go, a builder image, or a binary copied onto golang', () => {
    expect(of('GC103', df('FROM golang:1.26', 'ENTRYPOINT ["go"]')).map((x) => x.severity)).toEqual(['info']);
    expect(of('GC103', df('FROM golang:1.26', 'RUN apt-get update')).map((x) => x.severity)).toEqual([
      'info',
    ]);
    const tool = df('FROM golang:1.26', 'COPY tool /usr/bin/tool', 'CMD ["tool"]');
    const f = of('GC103', tool);
    expect(f.map((x) => x.severity)).toEqual(['info']);
    expect(f[0]?.message).toMatch(/what ships is the toolchain/);
  });
  it('still warns when the final stage compiles its sources', () => {
    const text = df('FROM golang:1.26', 'WORKDIR /src', 'COPY . .', 'RUN go build -o /app .', 'CMD ["/app"]');
    expect(of('GC103', text).map((x) => x.severity)).toEqual(['warning']);
  });
});

describe('7. tonistiigi/xx idioms', () => {
  const xx = (run: string) =>
    df(
      'FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.6.1 AS xx',
      'FROM --platform=$BUILDPLATFORM golang:1.26-alpine AS build',
      'COPY --from=xx / /',
      'ARG TARGETPLATFORM',
      'WORKDIR /src',
      'COPY . .',
      run,
      'FROM scratch',
      'COPY --from=build /out/app /app',
      'ENTRYPOINT ["/app"]',
    );
  const platforms = ['linux/amd64', 'linux/arm64'];
  it('xx-go build and go after xx-go --wrap build for the target: no GC203', () => {
    expect(
      of('GC203', xx('RUN CGO_ENABLED=0 xx-go build -o /out/app . && xx-verify /out/app'), { platforms }),
    ).toEqual([]);
    expect(
      of('GC203', xx('RUN xx-go --wrap && CGO_ENABLED=0 go build -o /out/app .'), { platforms }),
    ).toEqual([]);
  });
  it('xx-go build is a go build: its flags are analysed', () => {
    expect(of('GC205', xx('RUN CGO_ENABLED=0 xx-go build -a -o /out/app .'))).toHaveLength(1);
  });
  it('a plain go build on $BUILDPLATFORM without GOARCH is still a GC203 error', () => {
    const f = of('GC203', xx('RUN CGO_ENABLED=0 go build -o /out/app .'), { platforms });
    expect(f.map((x) => x.severity)).toEqual(['error']);
  });
});

describe('8. BuildKit variable forms', () => {
  const look = (vars: Record<string, string>) => (n: string) => vars[n];
  it('expands #, ##, %, %%, / and // like BuildKit', () => {
    const v = look({ P: 'linux/arm/v7', F: 'a.tar.gz', V: 'v1.2.3' });
    const cases: [string, string][] = [
      ['${P/\\//-}', 'linux-arm/v7'],
      ['${P//\\//-}', 'linux-arm-v7'],
      ['${F#*.}', 'tar.gz'],
      ['${F##*.}', 'gz'],
      ['${F%.*}', 'a.tar'],
      ['${F%%.*}', 'a'],
      ['${V#v}', '1.2.3'],
      ['${X:-${V}}', 'v1.2.3'],
      ['${V:+set}', 'set'],
      ['${X:+set}', ''],
    ];
    for (const [t, want] of cases) expect(expandVars(t, v)).toEqual({ value: want, unresolved: false });
  });
  it('an unknown variable stays unknown in every form', () => {
    for (const t of ['${X#a}', '${X%%b}', '${X/a/b}', '${X//a/b}', '${X}']) {
      expect(expandVars(t, () => undefined)).toEqual({ value: t, unresolved: true });
    }
  });
  it('GC306 calls an unexpanded tag unknown, never "no tag"', () => {
    const text = df(
      'ARG GO_VERSION=1.26',
      'ARG P=${TARGETPLATFORM/\\//-}',
      'FROM example/build:${GO_VERSION}-${P}',
      'RUN true',
    );
    expect(of('GC306', text).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  const value = fc.stringMatching(/^[a-z0-9./_-]{0,20}$/);
  const glob = fc.stringMatching(/^[a-z0-9.*?/-]{0,6}$/);
  it('property: prefix/suffix removal returns a prefix/suffix of the value, ## no longer than #', () => {
    fc.assert(
      fc.property(value, glob, (v, g) => {
        const lookup = (n: string) => (n === 'V' ? v : undefined);
        const pat = g.replace(/\//g, '\\/');
        const short = expandVars(`\${V#${pat}}`, lookup);
        const long = expandVars(`\${V##${pat}}`, lookup);
        const sfx = expandVars(`\${V%${pat}}`, lookup);
        const lsfx = expandVars(`\${V%%${pat}}`, lookup);
        for (const r of [short, long, sfx, lsfx]) expect(r.unresolved).toBe(false);
        expect(v.endsWith(short.value) && v.endsWith(long.value)).toBe(true);
        expect(v.startsWith(sfx.value) && v.startsWith(lsfx.value)).toBe(true);
        expect(long.value.length).toBeLessThanOrEqual(short.value.length);
        expect(lsfx.value.length).toBeLessThanOrEqual(sfx.value.length);
      }),
    );
  });
  it('property: a literal pattern replaces like String.replace / replaceAll', () => {
    const lit = fc.stringMatching(/^[a-z0-9.-]{1,4}$/);
    fc.assert(
      fc.property(value, lit, fc.stringMatching(/^[a-z0-9]{0,4}$/), (v, p, r) => {
        const lookup = (n: string) => (n === 'V' ? v : undefined);
        expect(expandVars(`\${V/${p}/${r}}`, lookup).value).toBe(v.replace(p, r));
        expect(expandVars(`\${V//${p}/${r}}`, lookup).value).toBe(v.split(p).join(r));
      }),
    );
  });
  it('property: never throws on hostile text and keeps unknown references as written', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (t) => {
        const r = expandVars(t, () => undefined);
        if (!t.includes('$')) expect(r).toEqual({ value: t, unresolved: false });
      }),
    );
  });
});

describe('9. misses closed', () => {
  it('exec form with one string containing spaces cannot start (GC108 error)', () => {
    const f = of('GC108', df('FROM golang:1.26', 'COPY . /app', 'CMD ["go run /app/main.go"]'));
    expect(f.map((x) => x.severity)).toEqual(['error']);
    expect(of('GC108', df('FROM golang:1.26', 'COPY . /app', 'CMD ["go", "run", "/app/main.go"]'))).toEqual(
      [],
    );
  });
  it('git clone --branch of a moving branch is not pinned; a version tag is', () => {
    const clone = (ref: string) =>
      df(
        'FROM golang:1.26',
        `ARG REF=${ref}`,
        'RUN git clone --branch "${REF}" https://example.com/x.git /x',
      );
    expect(of('GC306', clone('main')).filter((f) => /branch/.test(f.message))).toHaveLength(1);
    expect(of('GC306', clone('v1.4.2')).filter((f) => /branch/.test(f.message))).toEqual([]);
  });
  it('a token written into a file of the final image is a GC403 error on that RUN', () => {
    const text = df(
      'FROM golang:1.26',
      'ARG GITHUB_TOKEN',
      'RUN git config --global url."https://${GITHUB_TOKEN}@github.com/".insteadOf "https://github.com/"',
    );
    const f = of('GC403', text);
    expect(f.find((x) => x.line === 3)?.severity).toBe('error');
    const netrc = df(
      'FROM golang:1.26 AS b',
      'ARG TOKEN',
      'RUN echo "machine x password $TOKEN" > /root/.netrc',
      'FROM scratch',
    );
    expect(of('GC403', netrc).find((x) => x.line === 3)?.severity).toBe('warning');
    const safe = df(
      'FROM golang:1.26',
      'RUN --mount=type=secret,id=netrc,target=/root/.netrc go mod download',
    );
    expect(of('GC403', safe)).toEqual([]);
  });
  it('FROM image:latest-${ARCH} is a moving tag', () => {
    expect(of('GC306', df('ARG ARCH', 'FROM example/base:latest-${ARCH}', 'RUN true'))).toHaveLength(1);
    expect(of('GC306', df('ARG ARCH=amd64', 'FROM example/base:latest-${ARCH}', 'RUN true'))).toHaveLength(1);
  });
  it('a module sub-directory copied with its sources before go build lacks a download layer', () => {
    const read = files({ 'tools/go.mod': 'module example.com/tools\n\nrequire github.com/x/y v1.0.0\n' });
    const bad = df(
      'FROM golang:1.26',
      'WORKDIR /src',
      'COPY tools/ ./tools/',
      'RUN cd tools && go build -o /t .',
    );
    expect(of('GC301', bad, { readContextFile: read }).map((x) => x.line)).toEqual([3]);
    const good = df(
      'FROM golang:1.26',
      'WORKDIR /src',
      'COPY tools/ ./tools/',
      'RUN cd tools && go mod download',
      'RUN cd tools && go build -o /t .',
    );
    expect(of('GC301', good, { readContextFile: read })).toEqual([]);
  });
});

describe('10. GC204 advice that would break the build', () => {
  const stage = (run: string, pre = '') =>
    df(
      'FROM golang:1.26 AS build',
      ...(pre ? [pre] : []),
      'ARG TARGETARCH',
      run,
      'FROM scratch',
      'COPY --from=build /go/bin /bin',
    );
  it('names the per-platform directory of go install and the C cross toolchain', () => {
    const inst = of(
      'GC204',
      stage('RUN CGO_ENABLED=0 GOARCH=$TARGETARCH go install example.com/cmd/app@v1.0.0'),
    );
    expect(inst[0]?.fix).toMatch(/bin\/\$GOOS_\$GOARCH/);
    const cgo = of(
      'GC204',
      stage('RUN GOARCH=$TARGETARCH go build -o /go/bin/app .', 'RUN apt-get install -y gcc'),
    );
    expect(cgo[0]?.fix).toMatch(/tonistiigi\/xx/);
  });
  it('keeps the plain advice for a pure Go build', () => {
    const plain = of('GC204', stage('RUN CGO_ENABLED=0 GOARCH=$TARGETARCH go build -o /go/bin/app .'));
    expect(plain).toHaveLength(1);
    expect(plain[0]?.fix).not.toMatch(/xx|GOOS_/);
  });
});

describe('the Go import parser', () => {
  it('reads package, constraint and every import form', () => {
    const src = [
      '// Copyright',
      '//go:build linux && !cgo',
      '',
      'package main',
      '',
      'import "fmt"',
      'import (',
      '\tnet "net/http" // comment',
      '\t_ "embed"',
      '\t. "strings"',
      '\t/* block */ `os/user`',
      ')',
      'import "C"',
      'func main() { _ = "import \\"nope\\"" }',
    ].join('\n');
    expect(parseGoImports(src)).toEqual({
      pkg: 'main',
      imports: ['fmt', 'net/http', 'embed', 'strings', 'os/user', 'C'],
      constraint: 'linux && !cgo',
    });
  });
  it('evaluates build constraints and file-name suffixes for linux', () => {
    expect(constraintForLinux('linux && amd64')).toBe(true);
    expect(constraintForLinux('windows || darwin')).toBe(false);
    expect(constraintForLinux('!windows')).toBe(true);
    expect(constraintForLinux('ignore')).toBe(false);
    expect(excludedByName('x_windows.go')).toBe(true);
    expect(excludedByName('x_linux_arm64.go')).toBe(false);
    expect(excludedByName('x_darwin_amd64.go')).toBe(true);
  });
  it('follows local packages and resolves the build target', () => {
    const s: GoImportScan = {
      modules: [{ dir: '', path: 'example.com/m' }],
      packages: [
        { dir: 'cmd/a', name: 'main', imports: ['example.com/m/internal/x'] },
        { dir: 'cmd/b', name: 'main', imports: ['fmt'] },
        { dir: 'internal/x', name: 'x', imports: ['net/http'] },
      ],
      truncated: false,
    };
    expect([...(selectProgram(s, ['./cmd/a'], '')?.imports ?? [])]).toEqual(['net/http']);
    expect(selectProgram(s, ['./cmd/b'], '')?.exact).toBe(true);
    expect(selectProgram(s, ['.'], 'cmd/b')?.mains).toEqual(['cmd/b']);
    expect([...(selectProgram(s, ['./...'], '')?.mains ?? [])].sort()).toEqual(['cmd/a', 'cmd/b']);
    expect(selectProgram(s, ['./cmd/a'], undefined)?.exact).toBe(false);
    expect(cgoNeed(new Set(['net/http']), ['netgo']).verdict).toBe('no');
    expect(tlsUse(new Set(['fmt']))).toBe('no');
  });
  it('property: never throws on hostile text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (t) => {
        parseGoImports(t);
        parseGoImports(`package p\nimport (${t}`);
        constraintForLinux(t);
      }),
    );
  });
});

describe('reading the build context', () => {
  const root = mkdtempSync(join(tmpdir(), 'gcc-ctx-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const put = (rel: string, text: string) => {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), text);
  };
  put('go.mod', 'module example.com/app\n\ngo 1.26\n');
  put('main.go', 'package main\n\nimport "example.com/app/internal/web"\n\nfunc main() { web.Run() }\n');
  put(
    'internal/web/web.go',
    'package web\n\nimport "net/http"\n\nfunc Run() { _ = http.ListenAndServe(":8080", nil) }\n',
  );
  put('internal/web/web_windows.go', 'package web\n\nimport "golang.org/x/sys/windows"\n');
  put('internal/web/web_test.go', 'package web\n\nimport "testing"\n');
  put('vendor/example.com/x/x.go', 'package x\n\nimport "C"\n');
  put('docker/entrypoint.sh', '#!/bin/sh\nexec gosu app "$@"\n');

  it('scans the packages a linux build compiles, skipping vendor, tests and other systems', () => {
    const s = scanGoContext(root);
    expect(s?.modules).toEqual([{ dir: '', path: 'example.com/app' }]);
    expect(s?.packages).toEqual([
      { dir: '', name: 'main', imports: ['example.com/app/internal/web'] },
      { dir: 'internal/web', name: 'web', imports: ['net/http'] },
    ]);
    expect([...(selectProgram(s as GoImportScan, ['.'], '')?.imports ?? [])]).toEqual(['net/http']);
  });
  it('reads context files and refuses paths that leave the context', () => {
    const read = contextReader(root);
    expect(read('docker/entrypoint.sh')).toMatch(/gosu/);
    expect(read('../../etc/passwd')).toBeUndefined();
    symlinkSync('/etc', join(root, 'escape'));
    expect(read('escape/hostname')).toBeUndefined();
    expect(read('missing.sh')).toBeUndefined();
  });
});
