import fc from 'fast-check';
import { findCacheMounts, findTargetsCacheMounts } from '../../src/cache/mounts.js';
import { extractDockerfile, injectDockerfile } from '../../src/cache/dance.js';

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
  it('extracts every cache by id into /<index>', () => {
    expect(extractDockerfile(mounts)).toBe(`FROM 127.0.0.1:5000/golang:1.26.8 AS gcc-extract-0
RUN --mount=type=cache,id=/go/pkg/mod,target=/gcc-cache/0 --mount=type=cache,id=gobuild,target=/gcc-cache/1 --mount=type=cache,id=/home/nonroot/.cache/go-build,target=/gcc-cache/2,uid=65532,gid=65532 mkdir -p /gcc-out/0 && cp -a /gcc-cache/0/. /gcc-out/0/ && mkdir -p /gcc-out/1 && cp -a /gcc-cache/1/. /gcc-out/1/ && mkdir -p /gcc-out/2 && cp -a /gcc-cache/2/. /gcc-out/2/
FROM scratch
COPY --from=gcc-extract-0 /gcc-out/ /
`);
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
