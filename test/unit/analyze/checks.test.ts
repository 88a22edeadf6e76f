import fc from 'fast-check';
import {
  firstCommandWord,
  historyBuildArgs,
  isShellForm,
  ldflagsStamps,
  looksSecret,
  parsePasswd,
  processArgs,
} from '../../../src/analyze/checks.js';
import { anchorSpan, issuesToFindings } from '../../../src/analyze/issues.js';
import { buildModel } from '../../../src/dockerfile/model.js';
import { classifyExit, classifyStartError, demuxLogs } from '../../../src/tools/engine.js';
import { smokeArgs } from '../../../src/config/inputs.js';
import { smokeFinding } from '../../../src/features/smoke/stage.js';

const DOCKERFILE = `FROM golang:1.26 AS build
ARG NPM_TOKEN
RUN go build -o /out/app .
FROM gcr.io/distroless/static
COPY --from=build /out/app /usr/local/bin/app
ENV API_TOKEN=x
USER 65532
HEALTHCHECK CMD ["curl", "-f", "http://localhost/"]
ENTRYPOINT ["app"]
`;

describe('image check helpers', () => {
  it('reads the process, shell form and the first command word', () => {
    expect(processArgs({ config: { Entrypoint: ['/app'], Cmd: ['-v'] } })).toEqual({
      argv: ['/app', '-v'],
      from: 'entrypoint',
    });
    expect(processArgs({ config: { Cmd: ['/app'] } })).toEqual({ argv: ['/app'], from: 'cmd' });
    expect(isShellForm(['/bin/sh', '-c', '/app'])).toBe(true);
    expect(isShellForm(['/app', '-c'])).toBe(false);
    expect(firstCommandWord('  exec FOO=1 curl -f http://x')).toBe('curl');
    expect(firstCommandWord('$(evil)')).toBeUndefined();
    expect(firstCommandWord('test -f /tmp/ready || exit 1')).toBeUndefined();
  });

  it('finds -X stamps in ldflags, however they are quoted', () => {
    expect(ldflagsStamps(`-s -w -X main.date=2026-01-01 -X 'main.v=1 2' -X=main.c=abc`)).toEqual([
      { name: 'main.date', value: '2026-01-01' },
      { name: 'main.v', value: '1 2' },
      { name: 'main.c', value: 'abc' },
    ]);
    fc.assert(fc.property(fc.string(), (s) => Array.isArray(ldflagsStamps(s))));
  });

  it('reads build args from BuildKit history lines and tells secrets by name or shape', () => {
    expect(historyBuildArgs('RUN |2 NPM_TOKEN=abc GOPROXY=direct /bin/sh -c go build')).toEqual([
      { name: 'NPM_TOKEN', value: 'abc' },
      { name: 'GOPROXY', value: 'direct' },
    ]);
    expect(historyBuildArgs('COPY . .')).toEqual([]);
    expect(looksSecret('NPM_TOKEN', 'abc')).toBe(true);
    expect(looksSecret('DB_PASSWORD_FILE', '/run/secrets/db')).toBe(false);
    expect(looksSecret('GOPROXY', 'https://proxy.golang.org')).toBe(false);
    expect(looksSecret('SOMETHING', 'ghp_0123456789')).toBe(true);
    expect(looksSecret('API_KEY', '')).toBe(false);
    fc.assert(fc.property(fc.string(), (s) => Array.isArray(historyBuildArgs(`RUN |9 ${s}`))));
  });

  it('parses passwd files', () => {
    expect(parsePasswd('root:x:0:0::/root:/bin/sh\nnonroot:x:65532:65532::/home:/x\nbad line\n')).toEqual(
      new Map([
        ['root', 0],
        ['nonroot', 65532],
      ]),
    );
  });
});

describe('findings from image issues', () => {
  const model = buildModel(DOCKERFILE);

  it('anchors each issue on the instruction that made it', () => {
    const line = (at: Parameters<typeof anchorSpan>[1]) => anchorSpan(model, at)?.start.line;
    expect(line({ kind: 'entrypoint' })).toBe(9);
    expect(line({ kind: 'user' })).toBe(7);
    expect(line({ kind: 'healthcheck' })).toBe(8);
    expect(line({ kind: 'from' })).toBe(4);
    expect(line({ kind: 'file', path: '/usr/local/bin/app' })).toBe(5);
    expect(line({ kind: 'file', path: '/elsewhere' })).toBe(4);
    expect(line({ kind: 'env', name: 'API_TOKEN' })).toBe(6);
    expect(line({ kind: 'env', name: 'NPM_TOKEN' })).toBe(2);
  });

  it('merges the same problem across platforms and names the platforms when not all have it', () => {
    const issue = {
      code: 'GC203' as const,
      severity: 'error' as const,
      message: 'arch',
      at: { kind: 'entrypoint' as const },
    };
    const both = {
      code: 'GC109' as const,
      severity: 'warning' as const,
      message: 'root',
      at: { kind: 'user' as const },
    };
    const findings = issuesToFindings(
      [
        { platform: 'linux/amd64', issues: [both] },
        { platform: 'linux/arm64', issues: [issue, both] },
      ],
      { file: 'Dockerfile', model },
      'img',
    );
    expect(findings.map((f) => [f.code, f.message, f.line])).toEqual([
      ['GC109', 'root', 7],
      ['GC203', 'arch (linux/arm64)', 9],
    ]);
    expect(findings[0]).toMatchObject({ stage: 'analyze', title: 'Final stage runs as root' });
    // Without a Dockerfile (an image fetched from a registry) the message names the image.
    expect(
      issuesToFindings([{ platform: 'linux/amd64', issues: [both] }], undefined, 'reg/app:1')[0],
    ).toMatchObject({
      message: 'reg/app:1: root',
    });
    expect(
      issuesToFindings([{ platform: 'linux/amd64', issues: [both] }], undefined, 'x')[0]?.file,
    ).toBeUndefined();
  });

  it('honours inline ignore comments on the anchored line', () => {
    const ignored = buildModel(
      DOCKERFILE.replace('USER 65532', '# go-container-ci ignore=GC109\nUSER 65532'),
    );
    const both = {
      code: 'GC109' as const,
      severity: 'warning' as const,
      message: 'root',
      at: { kind: 'user' as const },
    };
    expect(issuesToFindings([{ platform: 'p', issues: [both] }], { file: 'D', model: ignored }, 'x')).toEqual(
      [],
    );
  });
});

describe('smoke helpers', () => {
  it('classifies runtime start errors', () => {
    expect(classifyStartError('exec /app: exec format error')).toBe('exec format error');
    expect(
      classifyStartError('OCI runtime create failed: exec: "/app": stat /app: no such file or directory'),
    ).toBe('no such file');
    expect(classifyStartError('exec: "/app": permission denied')).toBe('permission denied');
    expect(classifyStartError('something else')).toBe('start failed');
    expect(classifyExit('exec /app: no such file or directory\n')).toBe('no such file');
    expect(classifyExit('exec /app: exec format error')).toBe('exec format error');
    expect(classifyExit('panic: exec /app: no such file or directory')).toBe('non-zero exit');
    expect(classifyExit('fixture: failing')).toBe('non-zero exit');
  });

  it('demultiplexes engine logs and leaves plain text alone', () => {
    const frame = (kind: number, s: string) => {
      const h = Buffer.alloc(8);
      h[0] = kind;
      h.writeUInt32BE(Buffer.byteLength(s), 4);
      return Buffer.concat([h, Buffer.from(s)]);
    };
    expect(demuxLogs(Buffer.concat([frame(1, 'out\n'), frame(2, 'err\n')]))).toBe('out\nerr\n');
    expect(demuxLogs(Buffer.from('plain text'))).toBe('plain text');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (b) => typeof demuxLogs(Buffer.from(b)) === 'string'),
    );
  });

  it('parses the smoke command and words its failure', () => {
    expect(smokeArgs('["-version", "a b"]')).toEqual(['-version', 'a b']);
    expect(smokeArgs('-version  -v')).toEqual(['-version', '-v']);
    expect(smokeArgs('[1]')).toBeUndefined();
    expect(smokeArgs('[')).toBeUndefined();
    const f = smokeFinding(
      { outcome: 'exec format error', platform: 'linux/amd64', args: ['-v'], logTail: '', durationMs: 5 },
      30,
      'Dockerfile',
    );
    expect(f).toMatchObject({ code: 'GC601', severity: 'error', file: 'Dockerfile' });
    expect(f?.message).toMatch(/could not start: exec format error: .*GC203/);
    expect(
      smokeFinding({ outcome: 'ok', platform: 'p', args: [], logTail: '', durationMs: 1 }, 30),
    ).toBeUndefined();
  });
});

describe('the Docker Engine for smoke runs', () => {
  it('says where it looked when no engine answers', async () => {
    const saved = process.env.DOCKER_HOST;
    process.env.DOCKER_HOST = 'unix:///nonexistent/docker.sock';
    try {
      const { DockerEngine } = await import('../../../src/tools/engine.js');
      const engine = await DockerEngine.connect();
      await expect(engine.platform()).rejects.toThrow(
        /no Docker Engine answers at unix:\/\/\/nonexistent\/docker\.sock .*leave smoke-command empty/,
      );
    } finally {
      if (saved === undefined) delete process.env.DOCKER_HOST;
      else process.env.DOCKER_HOST = saved;
    }
  });
});
