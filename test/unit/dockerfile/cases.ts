/** Positive and negative examples for every Dockerfile rule: the unit tests and docs/rules use them. */
import type { LintInput } from '../../../src/dockerfile/rules/types.js';
import { parseGoMod } from '../../../src/gomod/gomod.js';

export const df = (...lines: string[]) => `${lines.join('\n')}\n`;

export interface Case {
  readonly code: string;
  readonly name: string;
  readonly bad: string;
  readonly expected: readonly string[];
  readonly good: string;
  readonly extra?: Partial<LintInput>;
  /** Input for the fixed case, when it differs from `extra`. */
  readonly goodExtra?: Partial<LintInput>;
}

const BUILD = [
  'FROM golang:1.26 AS build',
  'WORKDIR /src',
  'COPY go.mod go.sum ./',
  'RUN go mod download',
  'COPY . .',
  'RUN --mount=type=cache,target=/root/.cache/go-build CGO_ENABLED=0 go build -trimpath -o /out/app ./cmd/app',
];

export const CASES: Case[] = [
  {
    code: 'GC101',
    name: 'shell-form ENTRYPOINT on scratch is an error',
    bad: df(...BUILD, 'FROM scratch', 'COPY --from=build /out/app /app', 'ENTRYPOINT /app --serve'),
    expected: ['9:1 error'],
    good: df(...BUILD, 'FROM scratch', 'COPY --from=build /out/app /app', 'ENTRYPOINT ["/app", "--serve"]'),
  },
  {
    code: 'GC101',
    name: 'shell-form CMD on alpine is a warning (signals)',
    bad: df(...BUILD, 'FROM alpine:3.20', 'COPY --from=build /out/app /app', 'USER 1000', 'CMD /app'),
    expected: ['10:1 warning'],
    good: df(...BUILD, 'FROM alpine:3.20', 'COPY --from=build /out/app /app', 'USER 1000', 'CMD exec /app'),
  },
  {
    code: 'GC101',
    name: 'single-quoted JSON is shell form',
    bad: df(...BUILD, 'FROM scratch', 'COPY --from=build /out/app /app', "ENTRYPOINT ['/app']"),
    expected: ['9:1 error'],
    good: df(...BUILD, 'FROM scratch', 'COPY --from=build /out/app /app', 'ENTRYPOINT ["/app"]'),
  },
  {
    code: 'GC102',
    name: 'go run as CMD',
    bad: df('FROM golang:1.26', 'WORKDIR /src', 'COPY . .', 'CMD ["go", "run", "./cmd/app"]'),
    expected: ['4:6 warning'],
    good: df(...BUILD, 'FROM scratch', 'COPY --from=build /out/app /app', 'CMD ["/app"]'),
  },
  {
    code: 'GC103',
    name: 'single-stage build on golang',
    bad: df('FROM golang:1.26', 'WORKDIR /src', 'COPY . .', 'RUN go build -o /app .', 'CMD ["/app"]'),
    expected: ['1:6 warning'],
    good: df(
      ...BUILD,
      'FROM gcr.io/distroless/static:nonroot',
      'COPY --from=build /out/app /app',
      'CMD ["/app"]',
    ),
  },
  {
    code: 'GC104',
    name: 'RUN export that dies with the RUN, and /etc/profile',
    bad: df(
      'FROM alpine:3.20',
      'RUN export GOPATH=/go',
      "RUN echo 'export PATH=$PATH:/go/bin' >> /etc/profile",
    ),
    expected: ['2:5 warning', '3:41 warning'],
    good: df('FROM alpine:3.20', 'ENV GOPATH=/go', 'RUN export CGO_ENABLED=0 && echo $CGO_ENABLED'),
  },
  {
    code: 'GC105',
    name: 'go env -w of a non-proxy variable',
    bad: df('FROM golang:1.26', 'RUN go env -w CGO_ENABLED=0'),
    expected: ['2:15 warning'],
    good: df('FROM golang:1.26', 'ENV CGO_ENABLED=0'),
  },
  {
    code: 'GC106',
    name: 'global ARG and TARGETARCH used without redeclaring',
    bad: df(
      'ARG VERSION=1.0',
      'FROM --platform=$BUILDPLATFORM golang:1.26 AS build',
      'RUN GOARCH=$TARGETARCH go build -ldflags "-X main.v=${VERSION}" -o /out/app .',
    ),
    expected: ['3:12 warning', '3:53 warning'],
    good: df(
      'ARG VERSION=1.0',
      'FROM --platform=$BUILDPLATFORM golang:1.26 AS build',
      'ARG VERSION TARGETARCH',
      'RUN GOARCH=$TARGETARCH go build -ldflags "-X main.v=${VERSION}" -o /out/app .',
    ),
  },
  {
    code: 'GC107',
    name: 'ARG used by CMD at run time; exec form does not expand',
    bad: df(
      'FROM alpine:3.20',
      'ARG PORT=8080',
      'CMD /app --port $PORT',
      'ENTRYPOINT ["/app", "--port=$PORT"]',
    ),
    expected: ['3:17 warning', '4:21 warning'],
    good: df('FROM alpine:3.20', 'ARG PORT=8080', 'ENV PORT=$PORT', 'CMD ["/app"]'),
  },
  {
    code: 'GC108',
    name: 'relative ENTRYPOINT with another WORKDIR',
    bad: df(
      ...BUILD,
      'FROM scratch',
      'COPY --from=build /out/app /bin/app',
      'WORKDIR /srv',
      'ENTRYPOINT ["./app"]',
    ),
    expected: ['10:13 error'],
    good: df(
      ...BUILD,
      'FROM scratch',
      'COPY --from=build /out/app /srv/app',
      'WORKDIR /srv',
      'ENTRYPOINT ["./app"]',
    ),
  },
  {
    code: 'GC108',
    name: 'copied to a file named like the directory, and no execute bit',
    bad: df(...BUILD, 'FROM scratch', 'COPY --from=build /out/app /app', 'ENTRYPOINT ["/app/app"]'),
    expected: ['9:13 error'],
    good: df(...BUILD, 'FROM scratch', 'COPY --from=build /out/app /app/', 'ENTRYPOINT ["/app/app"]'),
  },
  {
    code: 'GC108',
    name: '--chmod without execute bit',
    bad: df(...BUILD, 'FROM scratch', 'COPY --from=build --chmod=644 /out/app /app', 'ENTRYPOINT ["/app"]'),
    expected: ['9:13 error'],
    good: df(...BUILD, 'FROM scratch', 'COPY --from=build --chmod=755 /out/app /app', 'ENTRYPOINT ["/app"]'),
  },
  {
    code: 'GC108',
    name: 'bare name not in PATH of scratch',
    bad: df(...BUILD, 'FROM scratch', 'COPY --from=build /out/app /app', 'ENTRYPOINT ["app"]'),
    expected: ['9:13 error'],
    good: df(...BUILD, 'FROM scratch', 'COPY --from=build /out/app /usr/local/bin/app', 'ENTRYPOINT ["app"]'),
  },
  {
    code: 'GC109',
    name: 'no USER, and USER root',
    bad: df(
      ...BUILD,
      'FROM gcr.io/distroless/static',
      'COPY --from=build /out/app /app',
      'ENTRYPOINT ["/app"]',
    ),
    expected: ['7:1 warning'],
    good: df(
      ...BUILD,
      'FROM gcr.io/distroless/static',
      'COPY --from=build /out/app /app',
      'USER 65532:65532',
      'ENTRYPOINT ["/app"]',
    ),
  },
  {
    code: 'GC109',
    name: 'USER 0',
    bad: df('FROM alpine:3.20', 'USER 0:0', 'CMD ["/bin/true"]'),
    expected: ['2:6 warning'],
    good: df('FROM gcr.io/distroless/static:nonroot', 'CMD ["/app"]'),
  },
  {
    code: 'GC110',
    name: 'cache mount after USER without uid',
    bad: df(
      'FROM golang:1.26',
      'USER 1000',
      'RUN --mount=type=cache,target=/root/.cache/go-build go build -o /tmp/app .',
    ),
    expected: ['3:5 warning'],
    good: df(
      'FROM golang:1.26',
      'USER 1000',
      'ENV GOCACHE=/cache/go-build',
      'RUN --mount=type=cache,target=/cache/go-build,uid=1000,gid=1000 go build -o /tmp/app .',
    ),
  },
  {
    code: 'GC111',
    name: 'curl healthcheck on distroless',
    bad: df(
      ...BUILD,
      'FROM gcr.io/distroless/static:nonroot',
      'COPY --from=build /out/app /app',
      'HEALTHCHECK CMD ["curl", "-f", "http://localhost:8080/healthz"]',
      'ENTRYPOINT ["/app"]',
    ),
    expected: ['9:19 error'],
    good: df(
      ...BUILD,
      'FROM gcr.io/distroless/static:nonroot',
      'COPY --from=build /out/app /app',
      'HEALTHCHECK CMD ["/app", "-health"]',
      'ENTRYPOINT ["/app"]',
    ),
  },
  {
    code: 'GC111',
    name: 'shell-form healthcheck on scratch',
    bad: df(
      ...BUILD,
      'FROM scratch',
      'COPY --from=build /out/app /app',
      'HEALTHCHECK CMD wget -q -O- localhost || exit 1',
    ),
    expected: ['9:1 error'],
    good: df(
      ...BUILD,
      'FROM alpine:3.20',
      'COPY --from=build /out/app /app',
      'HEALTHCHECK CMD wget -q -O- localhost || exit 1',
    ),
  },
  {
    code: 'GC201',
    name: 'default cgo in golang (Debian) copied into scratch',
    bad: df(
      'FROM golang:1.26 AS build',
      'WORKDIR /src',
      'COPY . .',
      'RUN go build -trimpath -o /out/app .',
      'FROM scratch',
      'COPY --from=build /out/app /app',
      'ENTRYPOINT ["/app"]',
    ),
    expected: ['4:5 error'],
    good: df(
      'FROM golang:1.26 AS build',
      'WORKDIR /src',
      'COPY . .',
      'RUN CGO_ENABLED=0 go build -trimpath -o /out/app .',
      'FROM scratch',
      'COPY --from=build /out/app /app',
      'ENTRYPOINT ["/app"]',
    ),
    // The program's imports are known: net/http brings in the C resolver.
    extra: {
      goImports: {
        modules: [{ dir: '', path: 'example.com/app' }],
        packages: [{ dir: '', name: 'main', imports: ['net/http'] }],
        truncated: false,
      },
    },
  },
  {
    code: 'GC201',
    name: 'explicit CGO_ENABLED=1 via ENV into distroless static',
    bad: df(
      'FROM golang:1.26-alpine AS build',
      'RUN apk add --no-cache gcc musl-dev',
      'ENV CGO_ENABLED=1',
      'RUN go build -o /out/app .',
      'FROM gcr.io/distroless/static',
      'COPY --from=build /out/app /app',
    ),
    // Without the build context's imports the linker outcome is not known: a warning that says "may".
    expected: ['3:5 warning'],
    good: df(
      'FROM golang:1.26-alpine AS build',
      'ENV CGO_ENABLED=0',
      'RUN go build -o /out/app .',
      'FROM gcr.io/distroless/static',
      'COPY --from=build /out/app /app',
    ),
  },
  {
    code: 'GC202',
    name: 'glibc binary in alpine',
    bad: df(
      'FROM golang:1.26-bookworm AS build',
      'RUN CGO_ENABLED=1 go build -o /out/app .',
      'FROM alpine:3.20',
      'RUN apk add --no-cache gcompat',
      'COPY --from=build /out/app /app',
    ),
    // Nothing says what the program imports: "may" (precision.test.ts has the error with known imports).
    expected: ['2:5 warning', '4:24 warning'],
    good: df(
      'FROM golang:1.26-alpine AS build',
      'RUN apk add --no-cache gcc musl-dev',
      'RUN CGO_ENABLED=1 go build -o /out/app .',
      'FROM alpine:3.20',
      'COPY --from=build /out/app /app',
    ),
  },
  {
    code: 'GC203',
    name: 'hard-coded GOARCH, and BUILDPLATFORM without GOARCH',
    bad: df(
      'FROM --platform=$BUILDPLATFORM golang:1.26 AS build',
      'RUN CGO_ENABLED=0 GOARCH=amd64 go build -o /out/a .',
      'RUN CGO_ENABLED=0 go build -o /out/b .',
      'FROM scratch',
      'COPY --from=build /out/a /out/b /',
    ),
    expected: ['2:19 error', '3:19 error'],
    good: df(
      'FROM --platform=$BUILDPLATFORM golang:1.26 AS build',
      'ARG TARGETOS TARGETARCH',
      'RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/a .',
      'FROM scratch',
      'COPY --from=build /out/a /',
    ),
    extra: { platforms: ['linux/amd64', 'linux/arm64'] },
  },
  {
    code: 'GC203',
    name: 'GOARCH taken from the runner',
    bad: df(
      'FROM golang:1.26 AS build',
      'RUN CGO_ENABLED=0 GOARCH=$(go env GOARCH) go build -o /out/a .',
      'FROM scratch',
      'COPY --from=build /out/a /a',
    ),
    expected: ['2:19 warning'],
    good: df(
      'FROM golang:1.26 AS build',
      'RUN CGO_ENABLED=0 go build -o /out/a .',
      'FROM scratch',
      'COPY --from=build /out/a /a',
    ),
  },
  {
    code: 'GC204',
    name: 'builder without --platform in a multi-platform Dockerfile',
    bad: df(
      'FROM golang:1.26 AS build',
      'ARG TARGETARCH',
      'RUN CGO_ENABLED=0 GOARCH=$TARGETARCH go build -o /out/a .',
      'FROM scratch',
      'COPY --from=build /out/a /a',
    ),
    expected: ['1:1 warning'],
    good: df(
      'FROM --platform=$BUILDPLATFORM golang:1.26 AS build',
      'ARG TARGETARCH',
      'RUN CGO_ENABLED=0 GOARCH=$TARGETARCH go build -o /out/a .',
      'FROM scratch',
      'COPY --from=build /out/a /a',
    ),
  },
  {
    code: 'GC205',
    name: 'go build -a',
    bad: df('FROM golang:1.26', 'RUN go build -a -o /app .'),
    expected: ['2:14 warning'],
    good: df('FROM golang:1.26', 'RUN go build -o /app .'),
  },
  {
    code: 'GC206',
    name: 'no -trimpath (GOFLAGS counts)',
    bad: df(
      'FROM golang:1.26 AS b',
      'RUN CGO_ENABLED=0 go build -o /app .',
      'FROM scratch',
      'COPY --from=b /app /app',
    ),
    expected: ['2:22 info'],
    good: df(
      'FROM golang:1.26 AS b',
      'ENV GOFLAGS=-trimpath',
      'RUN CGO_ENABLED=0 go build -o /app .',
      'FROM scratch',
      'COPY --from=b /app /app',
    ),
  },
  {
    code: 'GC207',
    name: '-extldflags -static with cgo off, and with cgo on without linkmode',
    bad: df(
      'FROM golang:1.26',
      'RUN CGO_ENABLED=0 go build -ldflags "-extldflags -static" -o /a .',
      'RUN CGO_ENABLED=1 go build -ldflags \'-s -w -extldflags "-static"\' -o /b .',
    ),
    expected: ['3:44 warning', '2:38 info'],
    good: df(
      'FROM golang:1.26',
      'RUN CGO_ENABLED=1 go build -ldflags \'-linkmode external -extldflags "-static"\' -o /b .',
    ),
  },
  {
    code: 'GC209',
    name: 'clock in -ldflags, directly and through a variable',
    bad: df(
      'FROM golang:1.26',
      'RUN go build -ldflags "-X main.date=$(date -u +%FT%TZ)" -o /a .',
      'RUN NOW=$(date +%s) && go build -ldflags "-X main.t=${NOW}" -o /b .',
    ),
    expected: ['2:37 warning', '3:53 warning'],
    good: df(
      'FROM golang:1.26',
      'ARG SOURCE_DATE_EPOCH',
      'RUN go build -ldflags "-X main.t=${SOURCE_DATE_EPOCH}" -o /a .',
    ),
  },
  {
    code: 'GC301',
    name: 'COPY . . before go mod download',
    bad: df('FROM golang:1.26', 'WORKDIR /src', 'COPY . .', 'RUN go mod download', 'RUN go build -o /app .'),
    expected: ['3:1 warning'],
    good: df(
      'FROM golang:1.26',
      'WORKDIR /src',
      'COPY go.mod go.sum ./',
      'RUN go mod download',
      'COPY . .',
      'RUN go build -o /app .',
    ),
  },
  {
    code: 'GC302',
    name: 'go build without cache mounts',
    bad: df('FROM golang:1.26', 'WORKDIR /src', 'COPY . .', 'RUN go build -o /app .'),
    expected: ['4:5 warning'],
    good: df(
      'FROM golang:1.26',
      'WORKDIR /src',
      'COPY . .',
      'RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build go build -o /app .',
    ),
  },
  {
    code: 'GC304',
    name: 'build arg passed but not declared in a built stage',
    bad: df('ARG GOFLAGS', 'FROM golang:1.26', 'RUN go build -o /app .'),
    expected: ['1:5 warning', '2:1 warning'],
    good: df('FROM golang:1.26', 'ARG GOFLAGS', 'ARG GOPROXY', 'RUN go build -o /app .'),
    extra: { buildArgs: { GOFLAGS: '-trimpath', GOPROXY: 'http://proxy' } },
  },
  {
    code: 'GC306',
    name: 'latest, no tag, @latest, ADD URL, git clone, curl | sh',
    bad: df(
      'FROM golang AS tools',
      'RUN go install golang.org/x/tools/cmd/stringer@latest',
      'ADD https://example.com/tool.tar.gz /tmp/',
      'RUN git clone https://example.com/repo.git /r && curl -fsSL https://example.com/i.sh | sh',
      'FROM alpine:latest',
      'COPY --from=tools /go/bin/stringer /usr/local/bin/',
    ),
    expected: ['1:6 warning', '2:16 warning', '3:5 warning', '4:5 warning', '4:50 warning', '5:6 warning'],
    good: df(
      'FROM golang:1.26@sha256:0000000000000000000000000000000000000000000000000000000000000000 AS tools',
      'RUN go install golang.org/x/tools/cmd/stringer@v0.30.0',
      'ADD --checksum=sha256:0000000000000000000000000000000000000000000000000000000000000000 https://example.com/tool.tar.gz /tmp/',
      'RUN git clone --branch v1.2.3 https://example.com/repo.git /r',
      'FROM scratch',
      'COPY --from=tools /go/bin/stringer /stringer',
    ),
  },
  {
    code: 'GC307',
    name: '-mod=mod, go mod tidy, and go.mod without go.sum',
    bad: df('FROM golang:1.26', 'ENV GOFLAGS=-mod=mod', 'RUN go mod tidy && go build -o /a .'),
    expected: ['2:5 warning', '3:5 warning', 'go.mod:1:1 warning'],
    good: df('FROM golang:1.26', 'RUN go build -o /a .'),
    extra: {
      goMods: [
        {
          file: 'go.mod',
          mod: parseGoMod('module x\n\ngo 1.26\n\nrequire example.com/y v1.0.0\n'),
          hasGoSum: false,
        },
      ],
    },
    goodExtra: {
      goMods: [
        {
          file: 'go.mod',
          mod: parseGoMod('module x\n\ngo 1.26\n\nrequire example.com/y v1.0.0\n'),
          hasGoSum: true,
        },
      ],
    },
  },
  {
    code: 'GC308',
    name: 'GOSUMDB=off, GONOSUMDB=*, GOINSECURE, GOPROXY=direct',
    bad: df(
      'FROM golang:1.26',
      'ENV GOSUMDB=off GONOSUMDB=*',
      'RUN GOINSECURE=example.com GOPROXY=direct go mod download',
    ),
    expected: ['2:5 warning', '2:17 warning', '3:5 warning', '3:28 info'],
    good: df(
      'FROM golang:1.26',
      'ENV GOPRIVATE=github.com/acme/* GOPROXY=https://proxy.golang.org,direct',
      'RUN go mod download',
    ),
  },
  {
    code: 'GC309',
    name: 'go env -w GOPROXY',
    bad: df(
      'FROM golang:1.26',
      'RUN go env -w GOPROXY=https://goproxy.example.com,direct GOPRIVATE=example.com/*',
    ),
    expected: ['2:15 warning', '2:58 warning'],
    good: df('FROM golang:1.26', 'ARG GOPROXY', 'RUN go mod download'),
  },
  {
    code: 'GC401',
    name: 'no .dockerignore with COPY . .; .git not excluded',
    bad: df('FROM golang:1.26', 'WORKDIR /src', 'COPY . .'),
    expected: ['3:1 warning'],
    good: df('FROM golang:1.26', 'WORKDIR /src', 'COPY go.mod go.sum ./', 'COPY cmd/ cmd/'),
    extra: { dockerignore: undefined },
  },
  {
    code: 'GC401',
    name: '.dockerignore that misses .git and .env',
    bad: df('FROM golang:1.26', 'WORKDIR /src', 'COPY . .'),
    expected: ['.dockerignore:1:1 warning'],
    good: df('FROM golang:1.26', 'WORKDIR /src', 'COPY . .'),
    extra: {
      dockerignore: { file: '.dockerignore', text: 'bin/\n' },
      contextEntries: ['.env', '.git/', 'main.go'],
    },
    goodExtra: {
      dockerignore: { file: '.dockerignore', text: '.git\n.env*\n' },
      contextEntries: ['.env', '.git/', 'main.go'],
    },
  },
  {
    code: 'GC402',
    name: 'whole build directory copied into the final image',
    bad: df(
      ...BUILD,
      'FROM gcr.io/distroless/static:nonroot',
      'COPY --from=build /src /app',
      'ENTRYPOINT ["/app/app"]',
    ),
    expected: ['8:19 warning'],
    good: df(
      ...BUILD,
      'FROM gcr.io/distroless/static:nonroot',
      'COPY --from=build /out/app /app',
      'ENTRYPOINT ["/app"]',
    ),
  },
  {
    code: 'GC403',
    name: 'token as ARG and ENV, .netrc copied',
    bad: df('FROM golang:1.26', 'ARG GITHUB_TOKEN', 'ENV NPM_TOKEN=x', 'COPY .netrc /root/.netrc'),
    expected: ['3:5 error', '2:5 warning', '4:6 warning'],
    good: df('FROM golang:1.26', 'RUN --mount=type=secret,id=netrc,target=/root/.netrc go mod download'),
  },
  {
    code: 'GC404',
    name: 'scratch without CA certificates',
    bad: df(...BUILD, 'FROM scratch', 'COPY --from=build /out/app /app', 'ENTRYPOINT ["/app"]'),
    expected: ['7:6 warning'],
    good: df(
      ...BUILD,
      'FROM scratch',
      'COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/',
      'COPY --from=build /out/app /app',
      'ENTRYPOINT ["/app"]',
    ),
  },
  {
    code: 'GC407',
    name: 'apk without --no-cache and apt without cleaning, in the final image only',
    bad: df(
      'FROM golang:1.26 AS b',
      'RUN apk add git',
      'FROM alpine:3.20',
      'RUN apk add ca-certificates',
      'FROM debian:12',
      'RUN apt-get update && apt-get install -y ca-certificates',
    ),
    expected: ['6:23 info'],
    good: df(
      'FROM debian:12',
      'RUN apt-get update && apt-get install -y ca-certificates && rm -rf /var/lib/apt/lists/*',
    ),
  },
  {
    code: 'GC407',
    name: 'apk add without --no-cache in the final alpine stage',
    bad: df('FROM alpine:3.20', 'RUN apk add ca-certificates'),
    expected: ['2:5 info'],
    good: df('FROM alpine:3.20', 'RUN apk add --no-cache ca-certificates'),
  },
];
