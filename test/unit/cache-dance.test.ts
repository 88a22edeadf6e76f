import fc from 'fast-check';
import { findCacheMounts, findTargetsCacheMounts } from '../../src/cache/mounts.js';
import {
  NO_TAR_EXIT,
  extractDockerfile,
  injectDockerfile,
  injectStreamDockerfile,
  pullDockerfile,
} from '../../src/cache/dance.js';

const DOCKERFILE = `ARG REGISTRY=127.0.0.1:5000
ARG GO_VERSION=1.26.8
FROM --platform=$BUILDPLATFORM \${REGISTRY}/golang:\${GO_VERSION} AS build
WORKDIR /src
RUN --mount=type=cache,target=/go/pkg/mod \\
    go mod download
RUN --mount=type=cache,target=/go/pkg/mod \\
    --mount=type=cache,target=/root/.cache/go-build,id=gobuild \\
    go build -o /out/app .
FROM build AS test
RUN --mount=type=cache,target=/home/nonroot/.cache/go-build,uid=65532,gid=65532 go test ./...
FROM scratch
RUN --mount=type=cache,target=/never true
COPY --from=test /out/app /app
`;

describe('findCacheMounts', () => {
  it('finds each cache id once, with its stage base image and line', () => {
    expect(findCacheMounts(DOCKERFILE, {})).toEqual([
      { id: '/go/pkg/mod', target: '/go/pkg/mod', stageBase: '127.0.0.1:5000/golang:1.26.8', line: 5 },
      { id: 'gobuild', target: '/root/.cache/go-build', stageBase: '127.0.0.1:5000/golang:1.26.8', line: 7 },
      {
        id: '/home/nonroot/.cache/go-build',
        target: '/home/nonroot/.cache/go-build',
        uid: '65532',
        gid: '65532',
        stageBase: '127.0.0.1:5000/golang:1.26.8',
        line: 11,
      },
    ]);
  });
  it('uses build args over ARG defaults in FROM', () => {
    expect(findCacheMounts(DOCKERFILE, { REGISTRY: 'ghcr.io/acme' })[0]?.stageBase).toBe(
      'ghcr.io/acme/golang:1.26.8',
    );
  });
  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 500 }), (s) => void findCacheMounts(s, {})));
    fc.assert(
      fc.property(fc.nat(DOCKERFILE.length), fc.string({ maxLength: 10 }), (at, junk) => {
        findCacheMounts(DOCKERFILE.slice(0, at) + junk + DOCKERFILE.slice(at), {});
      }),
    );
  });
});

describe('dance Dockerfiles', () => {
  const mounts = findCacheMounts(DOCKERFILE, {});
  it('extracts every cache by id into /<index>, a module cache by its download cache only', () => {
    const whole = (i: number) =>
      `mkdir -p /gcc-out/${i} && if [ -d /gcc-cache/${i}/cache/download ]; then mkdir -p /gcc-out/${i}/cache && cp -a /gcc-cache/${i}/cache/download /gcc-out/${i}/cache/; else cp -a /gcc-cache/${i}/. /gcc-out/${i}/; fi`;
    expect(extractDockerfile(mounts)).toBe(`FROM 127.0.0.1:5000/golang:1.26.8 AS gcc-extract-0
RUN --mount=type=cache,id=/go/pkg/mod,target=/gcc-cache/0 --mount=type=cache,id=gobuild,target=/gcc-cache/1 --mount=type=cache,id=/home/nonroot/.cache/go-build,target=/gcc-cache/2,uid=65532,gid=65532 ${whole(0)} && ${whole(1)} && ${whole(2)}
FROM scratch
COPY --from=gcc-extract-0 /gcc-out/ /
`);
  });
  it('with a delta, leaves only what the host does not hold of the restored caches', () => {
    const text = extractDockerfile(mounts, { known: new Set([1]), usedAfterStamp: '202612012230.00' });
    expect(text).toContain('--mount=type=bind,source=known,target=/gcc-known');
    expect(text).toContain('TZ=UTC0 touch -t 202612012230.00 /gcc-tmp/mark');
    // Cache 1 was restored: the files newer than the mark, less the known ones, and the used list.
    expect(text).toContain('find $S -newer /gcc-tmp/mark > /gcc-out/gcc-used-1.list');
    expect(text).toContain("-type f -size +128 -exec stat -c '%s %n' {} + > /gcc-tmp/1/large");
    expect(text).toContain('/gcc-known/1.small /gcc-tmp/1/small');
    // An image without the tools copies the cache whole; caches 0 and 2 were not restored: whole.
    expect(text).toContain('command -v awk && command -v md5sum && command -v stat');
    expect(text).toContain('cp -a /gcc-cache/0/cache/download /gcc-out/0/cache/');
    expect(text).not.toContain('gcc-used-0');
    expect(text).not.toContain('gcc-used-2');
    expect(extractDockerfile(mounts, { known: new Set(), usedAfterStamp: '202612012230.00' })).not.toContain(
      'gcc-known',
    );
    expect(() => extractDockerfile(mounts, { known: new Set([1]), usedAfterStamp: '$(id)' })).toThrow(
      /bad stamp/,
    );
  });
  it('injects only what was restored, and gives files back to the mount owner', () => {
    const text = injectDockerfile(mounts, new Set([1, 2]));
    expect(text).toMatch(/^FROM scratch AS gcc-payload\nADD go-caches.tar \/\n/);
    expect(text).toContain(
      '--mount=type=cache,id=gobuild,target=/gcc-cache/1 --mount=type=bind,from=gcc-payload,source=/1,target=/gcc-in/1',
    );
    expect(text).toContain('chown -R 65532:65532 /gcc-cache/2');
    expect(text).not.toContain('/gcc-in/0');
    expect(injectDockerfile(mounts, new Set())).toBe('');
  });
});

describe('streamed inject and the base-image pull', () => {
  const mounts = findCacheMounts(DOCKERFILE, {});
  const mark = { stamp: '202612012130.00' };
  it('untars the archive from the build context straight into the cache mounts, then ages it', () => {
    const text = injectStreamDockerfile(mounts, new Set([0, 1, 2]), mark);
    expect(text).toBe(`FROM 127.0.0.1:5000/golang:1.26.8 AS gcc-inject
RUN --mount=type=cache,id=/go/pkg/mod,target=/gcc-cache/0 --mount=type=cache,id=gobuild,target=/gcc-cache/1 --mount=type=cache,id=/home/nonroot/.cache/go-build,target=/gcc-cache/2,uid=65532,gid=65532 --mount=type=bind,target=/gcc-ctx { command -v tar >/dev/null 2>&1 || exit ${NO_TAR_EXIT}; } && tar -xf /gcc-ctx/go-caches.tar -C /gcc-cache && TZ=UTC0 find /gcc-cache/0 ! -type l -exec touch -c -t 202612012130.00 {} + && TZ=UTC0 find /gcc-cache/1 ! -type l -exec touch -c -t 202612012130.00 {} + && chown -R 65532:65532 /gcc-cache/2 && TZ=UTC0 find /gcc-cache/2 ! -type l -exec touch -c -t 202612012130.00 {} + && mkdir -p /gcc-done && echo "gcc-inject" > /gcc-done/0
FROM scratch
COPY --from=gcc-inject /gcc-done/ /
`);
  });
  it('leaves caches of more than one stage base, or none, to the staged inject', () => {
    const two = findCacheMounts(
      'FROM golang:1 AS a\nRUN --mount=type=cache,target=/a true\nFROM alpine:3 AS b\nRUN --mount=type=cache,target=/b true\nFROM scratch\nCOPY --from=a /x /x\nCOPY --from=b /y /y\n',
      {},
    );
    expect(two.map((m) => m.stageBase)).toEqual(['golang:1', 'alpine:3']);
    expect(injectStreamDockerfile(two, new Set([0, 1]))).toBe('');
    expect(injectStreamDockerfile(two, new Set([1]))).toMatch(/^FROM alpine:3 AS gcc-inject\n/);
    expect(injectStreamDockerfile(mounts, new Set())).toBe('');
  });
  it('pulls and unpacks each stage base once', () => {
    expect(pullDockerfile(mounts)).toBe(`FROM 127.0.0.1:5000/golang:1.26.8 AS gcc-pull-0
RUN mkdir -p /gcc-pulled && echo 0 > /gcc-pulled/0
FROM scratch
COPY --from=gcc-pull-0 /gcc-pulled/ /
`);
    expect(pullDockerfile([])).toBe('');
  });
});

describe('findTargetsCacheMounts', () => {
  const dockerfile = [
    'FROM golang:1.26 AS build-api',
    'RUN --mount=type=cache,id=api-build,target=/root/.cache/go-build go build ./cmd/api',
    'FROM golang:1.26 AS build-worker',
    'RUN --mount=type=cache,id=worker-build,target=/root/.cache/go-build go build ./cmd/worker',
    'FROM scratch AS api',
    'COPY --from=build-api /out/api /api',
    'FROM scratch AS worker',
    'COPY --from=build-worker /out/worker /worker',
    '',
  ].join('\n');

  it("keeps every image's cache mounts, each id once; one target keeps only its own", () => {
    expect(findTargetsCacheMounts(dockerfile, {}, ['api', 'worker']).map((m) => m.id)).toEqual([
      'api-build',
      'worker-build',
    ]);
    expect(findTargetsCacheMounts(dockerfile, {}, ['api', 'api']).map((m) => m.id)).toEqual(['api-build']);
    // Without a target, the last stage's: what a single-image run of this file would persist.
    expect(findTargetsCacheMounts(dockerfile, {}, [undefined]).map((m) => m.id)).toEqual(['worker-build']);
  });
});
