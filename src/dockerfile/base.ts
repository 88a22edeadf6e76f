/**
 * What a base image gives a Go program at run time: a libc or none, a shell, CA certificates, the Go
 * toolchain, a C compiler, the default user. Classified by name only (no registry access), so the answer
 * is what the image family documents; `undefined` means "cannot tell from the name".
 */
import { splitImage } from '../registry/reference.js';

export type BaseKind =
  | 'scratch'
  | 'distroless'
  | 'static'
  | 'alpine'
  | 'debian'
  | 'ubuntu'
  | 'golang'
  | 'chainguard'
  | 'wolfi'
  | 'busybox'
  | 'glibc'
  | 'musl'
  | 'unknown';

export type Libc = 'none' | 'glibc' | 'musl';

export interface BaseInfo {
  readonly kind: BaseKind;
  /** Human name for messages, e.g. "scratch", "distroless static", "alpine (musl)". */
  readonly label: string;
  /** The C library present in the image; undefined when unknown. */
  readonly libc?: Libc;
  readonly shell?: boolean;
  readonly caCerts?: boolean;
  /** The Go toolchain is installed. */
  readonly go: boolean;
  /** A C compiler is installed (so Go enables cgo by default). */
  readonly cc?: boolean;
  /** The image's default user is not root. */
  readonly nonroot?: boolean;
  /** The file system is known to be (nearly) empty: only what COPY/ADD put there exists. */
  readonly minimal: boolean;
  /** The image needs no particular file to exist besides what the Dockerfile copies (scratch). */
  readonly empty: boolean;
}

const UNKNOWN: BaseInfo = { kind: 'unknown', label: 'unknown base', go: false, minimal: false, empty: false };

function isLocalRegistry(registry: string): boolean {
  return /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(registry);
}

/** The parts of a reference the table looks at. */
export interface BaseName {
  /** The reference as written, trimmed and lowercased. */
  readonly ref: string;
  readonly registry: string;
  readonly repository: string;
  /** The last path element of the repository. */
  readonly last: string;
  /** The tag, lowercased (default "latest"). */
  readonly tag: string;
  /** The registry is our local test environment's (127.0.0.1:5000/{golang,static,glibc,musl}). */
  readonly local: boolean;
}

export interface KnownBase {
  readonly matches: (n: BaseName) => boolean;
  /** The facts, fixed or read from the name (tag, flavour). */
  readonly info: BaseInfo | ((n: BaseName) => BaseInfo);
}

const isChainguard = (n: BaseName) => n.registry === 'cgr.dev' || n.repository.startsWith('chainguard/');
const hubOrLocal = (n: BaseName) => n.registry === '' || n.local;

const WOLFI: BaseInfo = {
  kind: 'wolfi',
  label: 'wolfi',
  libc: 'glibc',
  shell: true,
  caCerts: true,
  go: false,
  cc: false,
  minimal: false,
  empty: false,
};

/** gcr.io/distroless/{static,base,base-nossl,cc}[-debianNN][:nonroot|:debug|:debug-nonroot] */
function distroless({ last, tag }: BaseName): BaseInfo {
  const flavour = last.replace(/-debian\d+$/, '');
  const debug = tag.includes('debug');
  const glibc = ['base', 'base-nossl', 'cc', 'java', 'python3', 'nodejs'].some((f) => flavour.startsWith(f));
  const libc: Libc | undefined = flavour === 'static' ? 'none' : glibc ? 'glibc' : undefined;
  return {
    kind: 'distroless',
    label: `distroless ${flavour}${debug ? ' (debug)' : ''}`,
    ...(libc ? { libc } : {}),
    shell: debug,
    caCerts: flavour !== 'base-nossl',
    go: false,
    cc: false,
    nonroot: tag.includes('nonroot'),
    minimal: true,
    empty: false,
  };
}

/** Chainguard's nonroot runtime images (a shell only in the -dev tags). */
function chainguardRuntime(label: string, libc: Libc): (n: BaseName) => BaseInfo {
  return ({ tag }) => ({
    kind: 'chainguard',
    label,
    libc,
    shell: tag.includes('dev'),
    caCerts: true,
    go: false,
    cc: false,
    nonroot: true,
    minimal: true,
    empty: false,
  });
}

/** golang images: Docker Hub's (Debian) ship gcc; other golang images (our local test one) may not. */
function golang({ registry, tag }: BaseName): BaseInfo {
  const alpine = tag.includes('alpine');
  const official = registry === '' || registry.endsWith('gcr.io') || registry.includes('ecr.aws');
  return {
    kind: 'golang',
    label: alpine ? 'golang (alpine, musl)' : 'golang (Debian, glibc)',
    libc: alpine ? 'musl' : 'glibc',
    shell: true,
    caCerts: true,
    go: true,
    ...(official || alpine ? { cc: !alpine } : {}),
    nonroot: false,
    minimal: false,
    empty: false,
  };
}

/** A general-purpose image: a shell, no Go and no C compiler, root by default. */
function plainImage(kind: BaseKind, label: string, libc: Libc | undefined, caCerts: boolean): BaseInfo {
  return {
    kind,
    label,
    ...(libc ? { libc } : {}),
    shell: true,
    caCerts,
    go: false,
    cc: false,
    nonroot: false,
    minimal: false,
    empty: false,
  };
}

/** Debian and Ubuntu: glibc and a shell, no CA certificates in the base image. */
function debianLike({ repository }: BaseName): BaseInfo {
  const kind = repository as 'debian' | 'ubuntu';
  return plainImage(kind, `${kind} (glibc)`, 'glibc', false);
}

function busybox({ tag }: BaseName): BaseInfo {
  const libc: Libc | undefined = tag.includes('musl') ? 'musl' : tag.includes('glibc') ? 'glibc' : undefined;
  return plainImage('busybox', 'busybox', libc, false);
}

/** The image families known by name, first match wins. */
export const KNOWN_BASES: readonly KnownBase[] = [
  {
    matches: (n) => n.ref === 'scratch',
    info: {
      kind: 'scratch',
      label: 'scratch',
      libc: 'none',
      shell: false,
      caCerts: false,
      go: false,
      cc: false,
      nonroot: false,
      minimal: true,
      empty: true,
    },
  },
  {
    matches: (n) =>
      n.repository.startsWith('distroless/') && (n.registry === 'gcr.io' || n.registry.endsWith('.gcr.io')),
    info: distroless,
  },
  // Chainguard images (cgr.dev/chainguard/*): Wolfi (glibc) based, nonroot by default for runtime images.
  {
    matches: (n) => isChainguard(n) && n.last === 'static',
    info: chainguardRuntime('chainguard static', 'none'),
  },
  {
    matches: (n) => isChainguard(n) && n.last === 'go',
    info: {
      kind: 'chainguard',
      label: 'chainguard go',
      libc: 'glibc',
      shell: true,
      caCerts: true,
      go: true,
      cc: true,
      minimal: false,
      empty: false,
    },
  },
  {
    matches: (n) => isChainguard(n) && n.last === 'glibc-dynamic',
    info: chainguardRuntime('chainguard glibc-dynamic', 'glibc'),
  },
  { matches: (n) => isChainguard(n) && n.last === 'wolfi-base', info: WOLFI },
  {
    matches: isChainguard,
    info: ({ last }) => ({
      kind: 'chainguard',
      label: `chainguard ${last}`,
      libc: 'glibc',
      go: false,
      minimal: false,
      empty: false,
    }),
  },
  {
    matches: (n) =>
      n.last === 'golang' && (hubOrLocal(n) || n.repository === 'golang' || n.repository.endsWith('/golang')),
    info: golang,
  },
  {
    matches: (n) => n.local && n.last === 'static',
    info: {
      kind: 'static',
      label: 'static (no libc)',
      libc: 'none',
      shell: false,
      caCerts: true,
      go: false,
      cc: false,
      nonroot: false,
      minimal: true,
      empty: false,
    },
  },
  {
    matches: (n) => n.local && n.last === 'glibc',
    info: {
      kind: 'glibc',
      label: 'glibc image',
      libc: 'glibc',
      go: false,
      cc: false,
      nonroot: false,
      minimal: false,
      empty: false,
    },
  },
  {
    matches: (n) => n.local && n.last === 'musl',
    info: {
      kind: 'musl',
      label: 'musl image',
      libc: 'musl',
      shell: true,
      go: false,
      cc: false,
      nonroot: false,
      minimal: false,
      empty: false,
    },
  },
  {
    matches: (n) => hubOrLocal(n) && n.repository === 'alpine',
    info: plainImage('alpine', 'alpine (musl)', 'musl', true),
  },
  {
    matches: (n) => hubOrLocal(n) && (n.repository === 'debian' || n.repository === 'ubuntu'),
    info: debianLike,
  },
  { matches: (n) => hubOrLocal(n) && n.repository === 'busybox', info: busybox },
  { matches: (n) => hubOrLocal(n) && n.repository === 'wolfi-base', info: WOLFI },
];

/** The parts of a reference KNOWN_BASES looks at; undefined for what is not a reference. */
export function baseName(ref: string): BaseName | undefined {
  const img = splitImage(ref);
  if (!img) return undefined;
  return {
    ref: ref.trim().toLowerCase(),
    registry: img.registry,
    repository: img.repository,
    last: img.repository.slice(img.repository.lastIndexOf('/') + 1),
    tag: (img.tag ?? 'latest').toLowerCase(),
    local: isLocalRegistry(img.registry),
  };
}

/** Classifies an image reference (after ARG substitution): the first KNOWN_BASES entry that matches. */
export function classifyBase(ref: string): BaseInfo {
  const name = baseName(ref);
  const known = name && KNOWN_BASES.find((k) => k.matches(name));
  if (!name || !known) return UNKNOWN;
  return typeof known.info === 'function' ? known.info(name) : known.info;
}
