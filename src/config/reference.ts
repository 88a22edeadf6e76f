/** Image references (`registry/repo:tag@digest`) and platforms: pure parsers used to validate inputs. */

export interface ImageReference {
  /** Registry host (with port), or `docker.io` when the reference names none. */
  readonly registry: string;
  /** Repository path inside the registry (`library/golang` for `golang`). */
  readonly repository: string;
  readonly tag?: string;
  readonly digest?: string;
}

const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const PATH = `${COMPONENT}(?:/${COMPONENT})*`;
const DOMAIN =
  '(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?';
const REFERENCE = new RegExp(
  `^(?:(${DOMAIN})/)?(${PATH})(?::([A-Za-z0-9_][A-Za-z0-9_.-]{0,127}))?(?:@(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128}))?$`,
);

/** Parses a reference, or returns undefined when it is not one. Never throws. */
export function parseImageReference(text: string): ImageReference | undefined {
  if (text.length === 0 || text.length > 4096) return undefined;
  const m = REFERENCE.exec(text);
  if (!m) return undefined;
  let domain = m[1];
  let path = m[2] as string;
  // "foo/bar": "foo" is a registry only if it looks like a host (has a dot or port, or is localhost).
  if (domain !== undefined && !/[.:]|^localhost$|^\[/.test(domain)) {
    if (!new RegExp(`^${COMPONENT}$`).test(domain)) return undefined;
    path = `${domain}/${path}`;
    domain = undefined;
  }
  const registry = domain ?? 'docker.io';
  const repository = registry === 'docker.io' && !path.includes('/') ? `library/${path}` : path;
  if (repository.length > 255) return undefined;
  const ref: { registry: string; repository: string; tag?: string; digest?: string } = {
    registry,
    repository,
  };
  if (m[3] !== undefined) ref.tag = m[3];
  if (m[4] !== undefined) ref.digest = m[4];
  return ref;
}

/** The short name users write: `golang:1.26` for `docker.io/library/golang:1.26`. */
export function imageBaseName(ref: ImageReference): string {
  return ref.repository.split('/').pop() as string;
}

export const KNOWN_OS = [
  'linux',
  'windows',
  'darwin',
  'freebsd',
  'netbsd',
  'openbsd',
  'illumos',
  'solaris',
  'aix',
  'plan9',
  'js',
  'wasip1',
  'android',
  'ios',
  'dragonfly',
] as const;
export const KNOWN_ARCH = [
  'amd64',
  '386',
  'arm',
  'arm64',
  'ppc64le',
  'ppc64',
  's390x',
  'riscv64',
  'mips64le',
  'mips64',
  'mipsle',
  'mips',
  'loong64',
  'wasm',
] as const;

export interface Platform {
  readonly os: string;
  readonly architecture: string;
  readonly variant?: string;
}

/** Parses `os/arch[/variant]` (e.g. `linux/arm/v7`); undefined when malformed or unknown. */
export function parsePlatform(text: string): Platform | undefined {
  const parts = text.split('/');
  if (parts.length < 2 || parts.length > 3) return undefined;
  const [os, architecture, variant] = parts as [string, string, string | undefined];
  if (!(KNOWN_OS as readonly string[]).includes(os)) return undefined;
  if (!(KNOWN_ARCH as readonly string[]).includes(architecture)) return undefined;
  if (variant !== undefined && !/^v[0-9]+(?:\.[0-9]+)?$/.test(variant)) return undefined;
  return variant === undefined ? { os, architecture } : { os, architecture, variant };
}

export function formatPlatform(p: Platform): string {
  return p.variant ? `${p.os}/${p.architecture}/${p.variant}` : `${p.os}/${p.architecture}`;
}
