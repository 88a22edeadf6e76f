/**
 * Image references (`registry/repo:tag@digest`), the one parser: strict for inputs and the registry client
 * (`parseImageReference`, `registryReference`), tolerant for names read from Dockerfiles (`splitImage`), both
 * on the same split; `repositoryName` the one `registry/repository` formatter. Pure.
 */

export interface ImageReference {
  /** Registry host (with port), or `docker.io` when the reference names none. */
  readonly registry: string;
  /** Repository path inside the registry (`library/golang` for `golang`). */
  readonly repository: string;
  readonly tag?: string;
  readonly digest?: string;
}

/** The parts of a reference as written: the first path element is the registry when it looks like a host. */
interface ReferenceParts {
  readonly domain?: string;
  readonly path: string;
  readonly tag?: string;
  readonly digest?: string;
}

/** `domain/path:tag@digest` split without checking the parts (`domain` when the first element is host-like). */
function splitParts(text: string, hostLike: (head: string) => boolean): ReferenceParts {
  let rest = text;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const slash = rest.indexOf('/');
  const head = slash > 0 ? rest.slice(0, slash) : undefined;
  const domain = head !== undefined && hostLike(head) ? head : undefined;
  return {
    ...(domain !== undefined ? { domain } : {}),
    path: domain !== undefined ? rest.slice(slash + 1) : rest,
    ...(tag !== undefined ? { tag } : {}),
    ...(digest !== undefined ? { digest } : {}),
  };
}

/** A first path element names a registry when it has a dot or a port, or is localhost (or `[` an IPv6 host). */
const hostLike = (head: string): boolean => /[.:]|^localhost$/.test(head);
const strictHostLike = (head: string): boolean => hostLike(head) || head.startsWith('[');

const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const PATH = new RegExp(`^${COMPONENT}(?:/${COMPONENT})*$`);
const DOMAIN = new RegExp(
  '^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?$',
);
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST = /^(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;

/** Parses a reference, or returns undefined when it is not one. Never throws. */
export function parseImageReference(text: string): ImageReference | undefined {
  if (text.length === 0 || text.length > 4096) return undefined;
  const parts = splitParts(text, strictHostLike);
  const { tag, digest } = parts;
  let { domain, path } = parts;
  // A host-like first element that is not a valid host is read as part of the path (`a_b.c/d`).
  if (domain !== undefined && !DOMAIN.test(domain)) {
    path = `${domain}/${path}`;
    domain = undefined;
  }
  if (!PATH.test(path)) return undefined;
  if (tag !== undefined && !TAG.test(tag)) return undefined;
  if (digest !== undefined && !DIGEST.test(digest)) return undefined;
  const registry = domain ?? 'docker.io';
  const repository = registry === 'docker.io' && !path.includes('/') ? `library/${path}` : path;
  if (repository.length > 255) return undefined;
  return {
    registry,
    repository,
    ...(tag !== undefined ? { tag } : {}),
    ...(digest !== undefined ? { digest } : {}),
  };
}

export interface ImageName {
  /** Registry host, lowercased, or '' for Docker Hub. */
  readonly registry: string;
  /** Repository path without registry, e.g. "library/golang" → "golang", "distroless/static". */
  readonly repository: string;
  readonly tag?: string;
  readonly digest?: string;
}

/**
 * Splits an image reference as a Dockerfile names it (unresolved variables, upper case and all); tolerant:
 * never throws, undefined only for what cannot be a reference (empty, white space). Docker Hub is ''.
 */
export function splitImage(ref: string): ImageName | undefined {
  const r = ref.trim();
  if (r === '' || /\s/.test(r)) return undefined;
  const { domain, path, tag, digest } = splitParts(r, hostLike);
  const registry = domain?.toLowerCase().replace(/^index\.docker\.io$/, 'docker.io') ?? '';
  // Docker Hub's official images, also through mirrors (mirror.gcr.io/library/golang, .../docker/library/golang).
  const repository = path.toLowerCase().replace(/^(docker\/)?library\//, '');
  return {
    registry: registry === 'docker.io' ? '' : registry,
    repository,
    ...(tag !== undefined ? { tag } : {}),
    ...(digest !== undefined ? { digest } : {}),
  };
}

export interface RegistryReference extends ImageReference {
  /** The text the user wrote, for error messages. */
  readonly text: string;
  /** The host the Distribution API answers on (`registry-1.docker.io` for `docker.io`). */
  readonly apiHost: string;
  /** What to ask /manifests/ for: the digest when there is one, else the tag (`latest` when none). */
  readonly reference: string;
}

/** Parses an image reference for the registry client, or throws naming it. */
export function registryReference(text: string): RegistryReference {
  const ref = parseImageReference(text.trim());
  if (!ref) {
    throw new Error(
      `'${text}' is not an image reference (expected registry/name:tag or registry/name@sha256:…)`,
    );
  }
  return {
    ...ref,
    text: text.trim(),
    apiHost: apiHost(ref.registry),
    reference: ref.digest ?? ref.tag ?? 'latest',
  };
}

/** The host the Distribution API answers on. */
export function apiHost(registry: string): string {
  return registry === 'docker.io' || registry === 'index.docker.io' ? 'registry-1.docker.io' : registry;
}

/** `registry/repository`, the name cosign and buildx use (docker.io kept explicit). */
export function repositoryName(ref: Pick<ImageReference, 'registry' | 'repository'>): string {
  return `${ref.registry}/${ref.repository}`;
}

/** The host part without its port: `127.0.0.1` for `127.0.0.1:5000`, `::1` for `[::1]:5000`. */
function hostName(registry: string): string {
  const bracket = /^\[([^\]]+)\](?::\d+)?$/.exec(registry);
  if (bracket) return bracket[1] as string;
  return registry.replace(/:\d+$/, '');
}

/** Loopback registries: plain HTTP is allowed for them without asking, like Docker does. */
export function isLoopback(registry: string): boolean {
  const host = hostName(registry).toLowerCase();
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** http for loopback registries or when plain HTTP is allowed, https otherwise. */
export function registryScheme(registry: string, allowHttp: boolean): 'http' | 'https' {
  return allowHttp || isLoopback(registry) ? 'http' : 'https';
}
