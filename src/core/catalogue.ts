/**
 * The one catalogue of codes: title, default severity, the stages that detect it, what is wrong and how to fix
 * it. Every finding with a GC code takes its title, severity and docs link from here (findingFor); the rule
 * pages (docs/rules/<code>.md), the index in docs/rules/README.md (generated) and SARIF's rule descriptions
 * read it too, so a code cannot have two titles.
 */
import type { StageName } from '../config/inputs.js';
import { ruleDocsUrl, type Finding, type Severity } from './finding.js';

export interface CatalogueEntry {
  /** Short title, e.g. "Shell-form ENTRYPOINT/CMD". */
  readonly title: string;
  readonly severity: Severity;
  /** The stages that can report it, the first one where it is usually seen. */
  readonly stages: readonly StageName[];
  /** One sentence: what is wrong and why it matters. */
  readonly description: string;
  /** One or two sentences: how to fix it. */
  readonly fix: string;
}

export const CATALOGUE = {
  GC101: {
    title: 'Shell-form ENTRYPOINT/CMD',
    severity: 'warning',
    stages: ['lint', 'analyze'],
    description:
      'ENTRYPOINT or CMD in shell form runs the program under `/bin/sh -c`: PID 1 is the shell, so SIGTERM never reaches the Go program, and on images without /bin/sh (scratch, distroless) the container does not start at all.',
    fix: 'Use the exec form: `ENTRYPOINT ["/app"]` (a JSON array, double quotes).',
  },
  GC102: {
    title: '`go run` or the go tool at run time',
    severity: 'warning',
    stages: ['lint'],
    description:
      'ENTRYPOINT/CMD runs the go command (`go run`, `go build`): the toolchain and sources ship in the runtime image and the program is compiled at every start.',
    fix: 'Build the binary in a builder stage (`go build -o /out/app`), copy only the binary into a small final image and run it directly.',
  },
  GC103: {
    title: 'Final image is the Go toolchain image',
    severity: 'warning',
    stages: ['lint', 'analyze'],
    description:
      'The final stage is based on the Go toolchain image (a single-stage build): the image carries the compiler, the module cache and the sources, hundreds of MB the program does not need.',
    fix: 'Use a multi-stage build: compile in `FROM golang AS build`, then `FROM gcr.io/distroless/static` (or scratch) and `COPY --from=build` only the binary.',
  },
  GC104: {
    title: 'Environment set in a RUN or in shell init files',
    severity: 'warning',
    stages: ['lint'],
    description:
      '`RUN export X=...` ends with its RUN: later instructions and the running container never see X. Shell init files (/etc/profile, ~/.bashrc) are not read by an exec-form ENTRYPOINT either.',
    fix: 'Use `ENV X=value` for anything later steps or the program need.',
  },
  GC105: {
    title: '`go env -w` in the Dockerfile',
    severity: 'warning',
    stages: ['lint'],
    description:
      '`go env -w` writes hidden state into the GOENV file ($HOME/.config/go/env) of that layer; later layers and cached builds inherit it invisibly.',
    fix: 'Set the variable with `ENV NAME=value` (or per command: `NAME=value go build`), where it is visible in the Dockerfile and the image config.',
  },
  GC106: {
    title: 'Global ARG not declared in the stage',
    severity: 'warning',
    stages: ['lint'],
    description:
      'An ARG declared before the first FROM (and the automatic TARGETARCH, TARGETOS, BUILDPLATFORM...) is only in scope for FROM lines; inside a stage it is empty unless the stage declares it again with `ARG NAME`.',
    fix: 'Add `ARG NAME` (no value: it inherits the global default) after the FROM of every stage that uses it.',
  },
  GC107: {
    title: 'ARG or variable expected at run time',
    severity: 'warning',
    stages: ['lint'],
    description:
      'ARG values exist only while the image is built; ENTRYPOINT/CMD/HEALTHCHECK run later and never see them. Exec form does not expand variables at all: the program receives "$NAME" literally.',
    fix: 'Persist the value with `ENV NAME=$NAME`; to expand variables at run time, pass them as program flags read from the environment, or use a shell wrapper explicitly.',
  },
  GC108: {
    title: 'ENTRYPOINT/CMD program missing in the final image',
    severity: 'error',
    stages: ['lint', 'analyze'],
    description:
      'The program ENTRYPOINT/CMD names does not exist, or is not executable, in the final image: the COPY put the binary elsewhere, WORKDIR differs from the COPY destination, or --chmod removed the execute bit. The container fails with `exec: "./app": no such file or directory` or `permission denied`.',
    fix: 'Make the ENTRYPOINT path the exact destination of the COPY (prefer absolute paths: `COPY --from=build /out/app /app` and `ENTRYPOINT ["/app"]`).',
  },
  GC109: {
    title: 'Final stage runs as root',
    severity: 'warning',
    stages: ['lint', 'analyze'],
    description:
      'The container runs as root (no USER, or USER 0/root) and nothing drops privileges before the program starts: it fails the Kubernetes "restricted" Pod Security profile and gives an exploit in the program root inside the container. An image whose PID 1 starts as root and runs the program as another user (su-exec, gosu, setpriv, s6-setuidgid, chpst, runuser in ENTRYPOINT/CMD or in the copied entrypoint script) gets an info.',
    fix: 'Add `USER 65532:65532` (distroless: use the `:nonroot` tag) in the final stage, after the steps that need root.',
  },
  GC110: {
    title: 'Cache mount unusable by the non-root user',
    severity: 'warning',
    stages: ['lint'],
    description:
      "After `USER nonroot`, a `RUN --mount=type=cache` without uid/gid is owned by root (permission denied), and a target under /root is not where that user's GOCACHE/GOMODCACHE are (silently no cache).",
    fix: "Add `uid=<uid>,gid=<gid>` to the mount and point it at the user's cache (or set ENV GOCACHE/GOMODCACHE to the mount target).",
  },
  GC111: {
    title: 'HEALTHCHECK tool missing from the final image',
    severity: 'error',
    stages: ['lint', 'analyze'],
    description:
      'HEALTHCHECK runs a program (curl, wget, a shell) that the final image does not contain: the check always fails and the container is never healthy.',
    fix: 'Build a tiny health-check mode into the Go binary (`HEALTHCHECK CMD ["/app", "-health"]`), or copy a static probe binary into the image.',
  },
  GC201: {
    title: 'cgo binary in an image without libc',
    severity: 'error',
    stages: ['lint', 'analyze'],
    description:
      'The binary is built with cgo enabled (explicitly, or by default because the builder has a C compiler), so it is dynamically linked against libc; the final image (scratch, distroless static) has no libc and the kernel cannot start it: `exec /app: no such file or directory`.',
    fix: 'Build with `CGO_ENABLED=0` (pure Go, static), or keep cgo and use a final image with the same libc (distroless base/cc for glibc).',
  },
  GC202: {
    title: 'libc mismatch between builder and final image',
    severity: 'error',
    stages: ['lint', 'analyze'],
    description:
      'A cgo binary linked against glibc runs in a musl (alpine) image, or the reverse: the dynamic loader is missing or incompatible; "alpine-glibc" shims (gcompat, libc6-compat) mix both and fail in subtle ways.',
    fix: 'Use the same libc on both sides (golang:*-alpine with alpine, golang (Debian) with distroless base/debian), or build with CGO_ENABLED=0.',
  },
  GC203: {
    title: 'GOARCH/GOOS not taken from the target platform',
    severity: 'warning',
    stages: ['lint', 'analyze'],
    description:
      "GOARCH (or GOOS) is hard-coded, taken from the build machine, or missing in a stage that runs on $BUILDPLATFORM: the binary's architecture differs from the image platform and the container fails with `exec format error`.",
    fix: 'Declare `ARG TARGETOS TARGETARCH` in the build stage and build with `GOOS=$TARGETOS GOARCH=$TARGETARCH go build ...`.',
  },
  GC204: {
    title: 'Builder stage emulated instead of cross-compiling',
    severity: 'warning',
    stages: ['lint'],
    description:
      'A builder stage without `--platform=$BUILDPLATFORM` in a multi-platform build runs once per target platform under QEMU emulation: Go compiles 5-20x slower although it can cross-compile natively.',
    fix: 'Use `FROM --platform=$BUILDPLATFORM golang:... AS build` and `GOOS=$TARGETOS GOARCH=$TARGETARCH go build`.',
  },
  GC205: {
    title: '`go build -a`',
    severity: 'warning',
    stages: ['lint'],
    description:
      '`-a` forces a rebuild of every package, so the build cache is never used and every build is a cold build.',
    fix: 'Remove `-a`. A static binary comes from `CGO_ENABLED=0`, not from `-a`.',
  },
  GC206: {
    title: 'No `-trimpath`',
    severity: 'info',
    stages: ['lint', 'analyze', 'reproduce'],
    description:
      'Without `-trimpath` the binary embeds the absolute paths of the build (the WORKDIR of the sources, GOPATH/GOROOT): they show in panics and stack traces, and the bytes change when the same code is built from another directory layout (another Dockerfile or context). Inside one Dockerfile the paths are fixed, so this is about reproducibility across layouts and leaking paths, not about the build machine; the analyze stage checks what the built image proves.',
    fix: 'Add `-trimpath` to go build (or `ENV GOFLAGS=-trimpath`).',
  },
  GC207: {
    title: '`-extldflags -static` that does not do what it says',
    severity: 'warning',
    stages: ['lint', 'analyze'],
    description:
      '`-ldflags "-extldflags -static"` only reaches the external linker: with CGO_ENABLED=0 it is meaningless, and with cgo on Go often links internally and ignores it, so the binary stays dynamic.',
    fix: 'For a pure Go program use `CGO_ENABLED=0` and drop the flag; when cgo is needed, use `-ldflags "-linkmode external -extldflags -static"` and check the result (`file app`).',
  },
  GC208: {
    title: 'Symbol table and debug info kept',
    severity: 'info',
    stages: ['analyze'],
    description:
      'The Go binary keeps its symbol table and DWARF debug info: a bigger image, nothing wrong at run time. `-s -w` does not remove the Go build info, so tools like `go version -m` keep working.',
    fix: 'Build with `-ldflags="-s -w"` for images; keep an unstripped copy as a build artifact if you debug with it.',
  },
  GC209: {
    title: 'Build stamped with the clock',
    severity: 'warning',
    stages: ['lint', 'analyze', 'reproduce'],
    description:
      'A value taken from the clock (`-X main.date=$(date)`) is linked into the binary: every build produces different bytes and a different image digest although nothing changed.',
    fix: 'Stamp the commit time instead (`-X main.date=${SOURCE_DATE_EPOCH}` passed as a build arg from `git log -1 --format=%ct`), or the VCS info Go embeds itself.',
  },
  GC301: {
    title: 'Sources copied before the module download',
    severity: 'warning',
    stages: ['lint'],
    description:
      '`COPY . .` before `go mod download` (or a build that downloads modules itself) ties the module-download layer to every source file: any change re-downloads all modules.',
    fix: 'Copy go.mod and go.sum first, run `go mod download`, then copy the sources: `COPY go.mod go.sum ./`, `RUN go mod download`, `COPY . .`.',
  },
  GC302: {
    title: 'No cache mount for the Go build cache',
    severity: 'warning',
    stages: ['lint'],
    description:
      'go build runs without `RUN --mount=type=cache` for GOCACHE (and GOMODCACHE): when the layer is invalidated (any source change), every package and module is compiled or downloaded from zero.',
    fix: 'Use `RUN --mount=type=cache,target=/root/.cache/go-build --mount=type=cache,target=/go/pkg/mod go build ...` (and let go-container-ci persist the mounts between CI runs).',
  },
  GC303: {
    title: 'Job environment never reaches the build',
    severity: 'warning',
    stages: ['snapshot'],
    description:
      'A Go variable (GOFLAGS, GOPROXY, CGO_ENABLED, GOEXPERIMENT…) is set in the job environment, but no stage of the Dockerfile declares it as an ARG, so the build never sees it: the binary is not built the way the job says.',
    fix: 'Declare the variable as an ARG in the stage that runs go build (the action passes job-env Go variables a stage declares as build args), or remove it from the job environment.',
  },
  GC304: {
    title: 'Build arg passed but not declared',
    severity: 'warning',
    stages: ['lint'],
    description:
      'A build arg is passed (build-args input) but no stage that is built declares it with ARG, or it is declared only before the first FROM and never redeclared: the value is silently ignored.',
    fix: 'Declare `ARG NAME` in the stage that uses it (after its FROM), or stop passing the arg.',
  },
  GC305: {
    title: 'Volatile value in the Go environment',
    severity: 'warning',
    stages: ['snapshot'],
    description:
      'A value the build sees changes on every run (a date, a run number, a commit SHA in GOFLAGS or a build arg that reaches go build): the cache key changes every time, so the Go caches never hit and the binary is never the same twice.',
    fix: 'Stamp volatile values with -ldflags -X in a step whose output is not cached, or pass them only to the final stage.',
  },
  GC306: {
    title: 'Unpinned build input',
    severity: 'warning',
    stages: ['lint'],
    description:
      'An input that changes over time without a change to the repository: a base image by moving tag (or :latest, or no tag), `go install ...@latest`, `ADD https://...` without a checksum, `git clone` of a branch, `curl | sh`, unpinned packages. The same commit builds different images on different days.',
    fix: 'Pin base images by digest (`golang:1.26@sha256:...`), tools by version (`@v1.2.3`), downloads with `ADD --checksum=sha256:...`, and clones by commit.',
  },
  GC307: {
    title: 'Module graph resolved during the build',
    severity: 'warning',
    stages: ['lint'],
    description:
      '`GOFLAGS=-mod=mod`, `go mod tidy` or `go get` in the build, or a module without go.sum: go.mod/go.sum are rewritten while building, so the dependency versions drift away from what the repository pins.',
    fix: 'Commit go.mod and go.sum, keep the default `-mod=readonly`, and run `go mod tidy` in development, not in the Dockerfile.',
  },
  GC308: {
    title: 'Checksum database or proxy bypassed',
    severity: 'warning',
    stages: ['lint', 'snapshot'],
    description:
      '`GOSUMDB=off`, `GONOSUMDB=*`/`GOPRIVATE=*`, `GONOSUMCHECK=1`, `GOINSECURE`, `GOFLAGS=-insecure` turn off the verification of downloaded modules against the checksum database; `GOPROXY=direct` fetches straight from VCS hosts.',
    fix: 'Keep GOSUMDB on; list only your private module paths in GOPRIVATE/GONOSUMDB (e.g. `github.com/acme/*`); use the default GOPROXY or your own proxy.',
  },
  GC309: {
    title: 'Proxy settings baked into a cached layer',
    severity: 'warning',
    stages: ['lint'],
    description:
      '`go env -w GOPROXY=...` (or GOPRIVATE, GONOSUMDB, GOFLAGS...) writes the setting into the GOENV file of a layer; BuildKit reuses that layer from cache after the setting was changed elsewhere, so the wrong proxy is used without any visible trace.',
    fix: 'Pass proxy settings as build args and `ARG GOPROXY` (they are then part of the cache key), or `ENV GOPROXY=...`, never `go env -w`.',
  },
  GC310: {
    title: 'No SOURCE_DATE_EPOCH',
    severity: 'info',
    stages: ['build', 'reproduce'],
    description:
      'The image was built without SOURCE_DATE_EPOCH: its timestamps change on every build, so two builds of the same commit never give the same digest.',
    fix: 'Build from a git checkout (the commit time is used), or set the source-date-epoch input to a fixed number.',
  },
  GC311: {
    title: 'Binary built from a modified work tree',
    severity: 'warning',
    stages: ['analyze', 'reproduce'],
    description:
      'The Go build info says vcs.modified=true: the binary was built from a tree with uncommitted changes (often files the build itself writes into the context), so it is not the commit it names.',
    fix: 'Build from a clean checkout: add generated files to .gitignore/.dockerignore, or build with -buildvcs=false and stamp the revision yourself.',
  },
  GC401: {
    title: 'Build context not filtered by .dockerignore',
    severity: 'warning',
    stages: ['lint'],
    description:
      'The Dockerfile copies the whole build context, and there is no .dockerignore (or it does not exclude .git, .env files, keys, node_modules): the context upload is slow, secrets can land in the image, and any change to .git busts the cache.',
    fix: 'Add a .dockerignore next to the build context with at least `.git`, `.env*`, `*.pem`, `*.key`, build output and editor files; or copy only what the build needs.',
  },
  GC402: {
    title: 'Whole build directory copied into the final image',
    severity: 'warning',
    stages: ['lint'],
    description:
      "`COPY --from=build /src /app` copies the build stage's whole source directory: sources, go.mod, .git and test data land in the runtime image next to the binary.",
    fix: 'Copy only the binary (and the files it needs at run time): `COPY --from=build /out/app /app`.',
  },
  GC403: {
    title: 'Secret passed as ARG/ENV or copied into a layer',
    severity: 'warning',
    stages: ['lint', 'analyze'],
    description:
      'Tokens and passwords passed as ARG or ENV (or .netrc/SSH keys copied or written in a RUN) are stored in the image history or layers: anyone who can pull the image can read them.',
    fix: 'Use BuildKit secrets: `RUN --mount=type=secret,id=netrc,target=/root/.netrc go mod download` and pass `--secret id=netrc,src=$HOME/.netrc`.',
  },
  GC404: {
    title: 'No CA certificates in the final image',
    severity: 'warning',
    stages: ['lint', 'analyze'],
    description:
      'The final image (scratch, debian/ubuntu slim) has no CA certificates: any HTTPS or TLS connection the program makes fails with `x509: certificate signed by unknown authority`.',
    fix: 'Copy them from the builder (`COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/`), install ca-certificates, or use gcr.io/distroless/static, which has them.',
  },
  GC405: {
    title: 'No time zone data',
    severity: 'warning',
    stages: ['analyze'],
    description:
      'The binary loads time zones (time.LoadLocation) but neither embeds time/tzdata nor finds /usr/share/zoneinfo in the image.',
    fix: 'Import `time/tzdata` in the main package (or build with `-tags timetzdata`), or copy /usr/share/zoneinfo into the final stage.',
  },
  GC406: {
    title: 'Files that should not be in the image',
    severity: 'warning',
    stages: ['analyze'],
    description:
      'The final image holds Go sources, go.mod/go.sum, .git, .env files, private keys or credential files: leaks and a bigger image.',
    fix: 'Copy only the binary (and the data it needs) into the final stage, and exclude these files with .dockerignore.',
  },
  GC407: {
    title: 'Package manager cache left in the image',
    severity: 'info',
    stages: ['lint'],
    description:
      '`apk add` without `--no-cache`, or `apt-get install` without removing /var/lib/apt/lists in the same RUN, leaves package indexes in a layer of the final image.',
    fix: 'Use `apk add --no-cache ...`; for apt: `apt-get update && apt-get install -y --no-install-recommends ... && rm -rf /var/lib/apt/lists/*` in one RUN (or a cache mount).',
  },
  GC408: {
    title: 'Image size over budget',
    severity: 'error',
    stages: ['budget'],
    description:
      'A platform image is larger than max-image-size, or grew more than max-size-increase against the baseline (the base branch): compressed layers unless the budget says uncompressed.',
    fix: 'Look at the layers in the summary (the biggest is usually a builder stage copied whole, a toolchain, or a package cache): copy only the binary into a small base, strip it (`-ldflags="-s -w"`), clean package caches in the same RUN. Raise the budget when the growth is wanted.',
  },
  GC601: {
    title: 'Smoke run failed',
    severity: 'error',
    stages: ['smoke'],
    description:
      'The image was started with the smoke command and did not exit 0 in time, or (smoke-mode healthy) started as a service and did not turn ready in time: it cannot start (exec format error, missing file or library, permission denied), the program failed or exited early, or it never became healthy or never listened on its port.',
    fix: 'Read the classified failure and the log tail; the image checks (GC108, GC201-GC203) usually name the cause.',
  },
} as const satisfies Readonly<Record<string, CatalogueEntry>>;

export type CatalogueCode = keyof typeof CATALOGUE;

export const CATALOGUE_CODES = Object.keys(CATALOGUE).sort() as readonly CatalogueCode[];

export function isCatalogueCode(code: string): code is CatalogueCode {
  return Object.hasOwn(CATALOGUE, code);
}

/** What a finding adds to its catalogue entry: the message and where; severity and fix only to override. */
export type FindingDetails = Omit<Finding, 'code' | 'title' | 'docsUrl' | 'severity' | 'fix'> &
  Partial<Pick<Finding, 'severity' | 'fix'>>;

/** A finding of a catalogue code: its title, default severity, fix and docs link from the catalogue. */
export function findingFor(code: CatalogueCode, details: FindingDetails): Finding {
  const entry = CATALOGUE[code];
  return {
    code,
    title: entry.title,
    severity: details.severity ?? entry.severity,
    fix: details.fix ?? entry.fix,
    docsUrl: ruleDocsUrl(code),
    ...details,
  } as Finding;
}
