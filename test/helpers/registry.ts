/** Asks the local registry directly (plain HTTP), the way a user would check what was pushed; pushes test artifacts. */
import { createHash } from 'node:crypto';
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

/** Uploads one blob (monolithic: POST then PUT ?digest=) and returns its descriptor. */
async function pushBlob(registry: string, repository: string, mediaType: string, data: Buffer) {
  const digest = `sha256:${createHash('sha256').update(data).digest('hex')}`;
  const start = await fetch(`http://${registry}/v2/${repository}/blobs/uploads/`, { method: 'POST' });
  const location = start.headers.get('location');
  if (start.status !== 202 || !location) throw new Error(`registry refused an upload: ${start.status}`);
  const url = new URL(location, `http://${registry}`);
  url.searchParams.set('digest', digest);
  const put = await fetch(url, {
    method: 'PUT',
    headers: { 'content-type': 'application/octet-stream' },
    body: new Uint8Array(data),
  });
  if (put.status !== 201) throw new Error(`registry refused blob ${digest}: ${put.status}`);
  return { mediaType, digest, size: data.length };
}

/** Pushes an OCI artifact (one config, some layers) as registry/repository:tag, as oras would. */
export async function pushArtifact(
  registry: string,
  repository: string,
  tag: string,
  artifact: {
    configMediaType: string;
    layers: readonly { mediaType: string; data: Buffer; annotations?: Record<string, string> }[];
  },
): Promise<void> {
  const config = await pushBlob(registry, repository, artifact.configMediaType, Buffer.from('{}'));
  const layers = [];
  for (const l of artifact.layers)
    layers.push({
      ...(await pushBlob(registry, repository, l.mediaType, l.data)),
      ...(l.annotations ? { annotations: l.annotations } : {}),
    });
  const manifest = {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config,
    layers,
  };
  const res = await fetch(`http://${registry}/v2/${repository}/manifests/${tag}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/vnd.oci.image.manifest.v1+json' },
    body: JSON.stringify(manifest),
  });
  if (res.status !== 201)
    throw new Error(`registry refused the manifest of ${repository}:${tag}: ${res.status}`);
}

/** The registry's HTTP status for registry/repo:tag: 200 when it serves it, else what it answered (404). */
export async function registryTagStatus(registry: string, repository: string, tag: string): Promise<number> {
  return registryManifestDigest(registry, repository, tag).then(
    () => 200,
    (e: Error) => Number(/answered (\d+)/.exec(e.message)?.[1] ?? 0),
  );
}
