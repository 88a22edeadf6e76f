/** Asks the local registry directly (plain HTTP), the way a user would check what was pushed. */
const ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

/** The manifest digest the registry serves for registry/repo:tag (Docker-Content-Digest). */
export async function registryManifestDigest(
  registry: string,
  repository: string,
  tag: string,
): Promise<string> {
  const res = await fetch(`http://${registry}/v2/${repository}/manifests/${tag}`, {
    method: 'HEAD',
    headers: { Accept: ACCEPT },
  });
  if (!res.ok) throw new Error(`registry answered ${res.status} for ${repository}:${tag}`);
  const digest = res.headers.get('docker-content-digest');
  if (!digest) throw new Error(`registry sent no Docker-Content-Digest for ${repository}:${tag}`);
  return digest;
}

export async function registryManifest(
  registry: string,
  repository: string,
  reference: string,
): Promise<{ mediaType?: string; manifests?: unknown[] }> {
  const res = await fetch(`http://${registry}/v2/${repository}/manifests/${reference}`, {
    headers: { Accept: ACCEPT },
  });
  if (!res.ok) throw new Error(`registry answered ${res.status} for ${repository}@${reference}`);
  return (await res.json()) as { mediaType?: string; manifests?: unknown[] };
}
