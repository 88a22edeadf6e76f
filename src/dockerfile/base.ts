/**
 * What a base image gives a Go program at run time: a libc or none, a shell, CA certificates, the Go
 * toolchain, a C compiler, the default user. Classified by name only (no registry access), so the answer
 * is what the image family documents; `undefined` means "cannot tell from the name".
 */

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

export interface ImageName {
  /** Registry host, lowercased, or '' for Docker Hub. */
  readonly registry: string;
  /** Repository path without registry, e.g. "library/golang" → "golang", "distroless/static". */
  readonly repository: string;
  readonly tag?: string;
  readonly digest?: string;
}

/** Splits an image reference; tolerant: never throws, returns undefined for what is not a reference. */
export function splitImage(ref: string): ImageName | undefined {
  const r = ref.trim();
  if (r === '' || /\s/.test(r)) return undefined;
  let rest = r;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  let registry = '';
  const firstSlash = rest.indexOf('/');
  if (firstSlash > 0) {
    const head = rest.slice(0, firstSlash);
    if (head.includes('.') || head.includes(':') || head === 'localhost') {
      registry = head.toLowerCase();
      rest = rest.slice(firstSlash + 1);
    }
  }
  let repository = rest.toLowerCase();
  // Docker Hub's official images, also through mirrors (mirror.gcr.io/library/golang, .../docker/library/golang).
  repository = repository.replace(/^(docker\/)?library\//, '');
  if (registry === 'index.docker.io') registry = 'docker.io';
  return {
    registry: registry === 'docker.io' ? '' : registry,
    repository,
    ...(tag !== undefined ? { tag } : {}),
    ...(digest !== undefined ? { digest } : {}),
  };
}

const UNKNOWN: BaseInfo = { kind: 'unknown', label: 'unknown base', go: false, minimal: false, empty: false };

function isLocalRegistry(registry: string): boolean {
  return /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(registry);
}

/** Classifies an image reference (after ARG substitution). */
export function classifyBase(ref: string): BaseInfo {
  if (ref.trim().toLowerCase() === 'scratch') {
    return {
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
    };
  }
  const img = splitImage(ref);
  if (!img) return UNKNOWN;
  const { registry, repository } = img;
  const tag = (img.tag ?? 'latest').toLowerCase();
  const last = repository.slice(repository.lastIndexOf('/') + 1);

  // gcr.io/distroless/{static,base,base-nossl,cc}[-debianNN][:nonroot|:debug|:debug-nonroot]
  if (repository.startsWith('distroless/') && (registry === 'gcr.io' || registry.endsWith('.gcr.io'))) {
    const flavour = last.replace(/-debian\d+$/, '');
    const debug = tag.includes('debug');
    const nonroot = tag.includes('nonroot');
    const libc: Libc | undefined =
      flavour === 'static'
        ? 'none'
        : ['base', 'base-nossl', 'cc', 'java', 'python3', 'nodejs'].some((f) => flavour.startsWith(f))
          ? 'glibc'
          : undefined;
    return {
      kind: 'distroless',
      label: `distroless ${flavour}${debug ? ' (debug)' : ''}`,
      ...(libc ? { libc } : {}),
      shell: debug,
      caCerts: flavour !== 'base-nossl',
      go: false,
      cc: false,
      nonroot,
      minimal: true,
      empty: false,
    };
  }
  // Chainguard images (cgr.dev/chainguard/*): Wolfi (glibc) based, nonroot by default for runtime images.
  if (registry === 'cgr.dev' || repository.startsWith('chainguard/')) {
    if (last === 'static') {
      return {
        kind: 'chainguard',
        label: 'chainguard static',
        libc: 'none',
        shell: tag.includes('dev'),
        caCerts: true,
        go: false,
        cc: false,
        nonroot: true,
        minimal: true,
        empty: false,
      };
    }
    if (last === 'go') {
      return {
        kind: 'chainguard',
        label: 'chainguard go',
        libc: 'glibc',
        shell: true,
        caCerts: true,
        go: true,
        cc: true,
        minimal: false,
        empty: false,
      };
    }
    if (last === 'glibc-dynamic') {
      return {
        kind: 'chainguard',
        label: 'chainguard glibc-dynamic',
        libc: 'glibc',
        shell: tag.includes('dev'),
        caCerts: true,
        go: false,
        cc: false,
        nonroot: true,
        minimal: true,
        empty: false,
      };
    }
    if (last === 'wolfi-base') {
      return {
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
    }
    return {
      kind: 'chainguard',
      label: `chainguard ${last}`,
      libc: 'glibc',
      go: false,
      minimal: false,
      empty: false,
    };
  }
  // Our local test environment's base images: 127.0.0.1:5000/{golang,static,glibc,musl}.
  const local = isLocalRegistry(registry);
  if (
    last === 'golang' &&
    (registry === '' || local || repository === 'golang' || repository.endsWith('/golang'))
  ) {
    const alpine = tag.includes('alpine');
    // Docker Hub's golang images (Debian) ship gcc; other golang images (our local test one) may not.
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
  if (local && last === 'static') {
    return {
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
    };
  }
  if (local && last === 'glibc') {
    return {
      kind: 'glibc',
      label: 'glibc image',
      libc: 'glibc',
      go: false,
      cc: false,
      nonroot: false,
      minimal: false,
      empty: false,
    };
  }
  if (local && last === 'musl') {
    return {
      kind: 'musl',
      label: 'musl image',
      libc: 'musl',
      shell: true,
      go: false,
      cc: false,
      nonroot: false,
      minimal: false,
      empty: false,
    };
  }
  if (registry === '' || local) {
    switch (repository) {
      case 'alpine':
        return {
          kind: 'alpine',
          label: 'alpine (musl)',
          libc: 'musl',
          shell: true,
          caCerts: true,
          go: false,
          cc: false,
          nonroot: false,
          minimal: false,
          empty: false,
        };
      case 'debian':
      case 'ubuntu':
        return {
          kind: repository,
          label: `${repository} (glibc)`,
          libc: 'glibc',
          shell: true,
          caCerts: false,
          go: false,
          cc: false,
          nonroot: false,
          minimal: false,
          empty: false,
        };
      case 'busybox': {
        const libc: Libc | undefined = tag.includes('musl')
          ? 'musl'
          : tag.includes('glibc')
            ? 'glibc'
            : undefined;
        return {
          kind: 'busybox',
          label: 'busybox',
          ...(libc ? { libc } : {}),
          shell: true,
          caCerts: false,
          go: false,
          cc: false,
          nonroot: false,
          minimal: false,
          empty: false,
        };
      }
      case 'wolfi-base':
        return {
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
      default:
        break;
    }
  }
  return UNKNOWN;
}
