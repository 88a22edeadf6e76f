import fc from 'fast-check';
import { diffSnapshots, takeSnapshot, type SnapshotInputs } from '../../../src/snapshot/snapshot.js';

const DOCKERFILE = `ARG GO_VERSION=1.26.8
FROM --platform=$BUILDPLATFORM golang:\${GO_VERSION} AS build
ARG TARGETOS TARGETARCH
ARG GOFLAGS
ARG GOPROXY=https://proxy.golang.org
ENV CGO_ENABLED=0
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN export GOAMD64=v2 && GOOS=$TARGETOS GOARCH=$TARGETARCH go build -trimpath -o /out/app ./cmd/app
FROM gcr.io/distroless/static:nonroot
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
`;

const inputs = (over: Partial<SnapshotInputs> = {}): SnapshotInputs => ({
  dockerfileText: DOCKERFILE,
  platforms: ['linux/amd64', 'linux/arm64'],
  buildArgs: {},
  jobEnv: {},
  defaultPlatform: 'linux/amd64',
  ...over,
});

describe('takeSnapshot', () => {
  it('records the Go environment at go build, per platform, with sources and lines', () => {
    const s = takeSnapshot(inputs({ buildArgs: { GOPROXY: 'http://127.0.0.1:5001' } }));
    expect(s.platforms).toEqual(['linux/amd64', 'linux/arm64']);
    expect(s.goVersion).toBe('1.26.8');
    expect(s.goVersionSource).toBe('base-image');
    expect(s.stages).toHaveLength(2);
    const [amd, arm] = s.stages;
    expect(amd).toMatchObject({
      stage: 'build',
      platform: 'linux/amd64',
      fromLine: 2,
      goLine: 11,
      goCommand: 'go build',
      baseImage: 'golang:1.26.8',
    });
    expect(amd?.vars.GOARCH).toEqual({ value: 'amd64', source: 'inline', line: 11 });
    expect(arm?.vars.GOARCH).toEqual({ value: 'arm64', source: 'inline', line: 11 });
    expect(amd?.vars.GOOS?.value).toBe('linux');
    expect(amd?.vars.GOAMD64).toEqual({ value: 'v2', source: 'export', line: 11 });
    expect(amd?.vars.CGO_ENABLED).toEqual({ value: '0', source: 'env', line: 6 });
    expect(amd?.vars.GOPROXY).toEqual({ value: 'http://127.0.0.1:5001', source: 'build-arg', line: 5 });
    expect(amd?.vars.GOFLAGS).toEqual({ source: 'arg-unset', line: 4 });
    expect(s.baseImages).toEqual(['gcr.io/distroless/static:nonroot', 'golang:1.26.8']);
  });

  it('forwards job-env Go variables that a go stage declares, and names those that never reach the build', () => {
    const s = takeSnapshot(inputs({ jobEnv: { GOFLAGS: '-tags=netgo', GOSUMDB: 'off', PATH: '/bin' } }));
    expect(s.jobEnv).toEqual({ GOFLAGS: '-tags=netgo', GOSUMDB: 'off' });
    expect(s.forwardedBuildArgs).toEqual({ GOFLAGS: '-tags=netgo' });
    expect(s.unreachedJobEnv).toEqual(['GOSUMDB']);
    expect(s.stages[0]?.vars.GOFLAGS).toEqual({ value: '-tags=netgo', source: 'build-arg', line: 4 });
  });

  it('names build args no stage declares', () => {
    expect(
      takeSnapshot(inputs({ buildArgs: { GOFLAG: 'x', GOPROXY: 'y', SOURCE_DATE_EPOCH: '1' } }))
        .unusedBuildArgs,
    ).toEqual(['GOFLAG']);
  });

  it('falls back to go.mod for the Go version', () => {
    const s = takeSnapshot(
      inputs({ dockerfileText: 'FROM debian\nRUN go build .\n', goModVersion: '1.25.3' }),
    );
    expect(s.goVersion).toBe('1.25.3');
    expect(s.goVersionSource).toBe('go.mod');
  });

  it('diffs two snapshots variable by variable', () => {
    const a = takeSnapshot(inputs());
    const b = takeSnapshot(inputs({ buildArgs: { GOFLAGS: '-mod=mod' } }));
    expect(diffSnapshots(a, b)).toEqual([
      { stage: 'build', platform: 'linux/amd64', name: 'GOFLAGS', after: '-mod=mod' },
      { stage: 'build', platform: 'linux/arm64', name: 'GOFLAGS', after: '-mod=mod' },
    ]);
    expect(diffSnapshots(a, a)).toEqual([]);
  });

  it('never throws on arbitrary Dockerfiles', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 400 }),
        fc.dictionary(fc.constantFrom('GOFLAGS', 'GOOS', 'X'), fc.string({ maxLength: 10 })),
        (text, env) => {
          takeSnapshot(inputs({ dockerfileText: text, jobEnv: env }));
        },
      ),
      { numRuns: 200 },
    );
  });
});
