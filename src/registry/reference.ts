/** Where a registry reference points: the API host, the scheme, the repository and the tag or digest. Pure. */
import { parseImageReference, type ImageReference } from '../config/reference.js';

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

export function apiHost(registry: string): string {
  return registry === 'docker.io' || registry === 'index.docker.io' ? 'registry-1.docker.io' : registry;
}

/** `registry/repository`, the name cosign and buildx use (docker.io kept explicit). */
export function repositoryName(ref: Pick<ImageReference, 'registry' | 'repository'>): string {
  return `${ref.registry}/${ref.repository}`;
}

/** The host part without its port: `127.0.0.1` for `127.0.0.1:5000`, `::1` for `[::1]:5000`. */
export function hostName(registry: string): string {
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
