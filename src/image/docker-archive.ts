/**
 * One platform of an image as a docker-archive stream (`manifest.json` naming the config and the layer blobs
 * as they are; `docker load` accepts compressed layers), so any Docker Engine can load an image that was only
 * exported as an OCI archive. Streams the blobs; holds none of them.
 */
import { pack } from 'tar-stream';
import type { Readable } from 'node:stream';
import type { ImageManifest } from './manifest.js';
import { blobPath, type ImageSource } from './source.js';

async function addStream(
  p: ReturnType<typeof pack>,
  name: string,
  size: number,
  body: Readable,
): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const sink = p.entry({ name, size, mode: 0o644 }, (err) => (err ? reject(err) : resolve()));
    body.on('error', (e) => {
      sink.destroy(e);
      reject(e);
    });
    body.pipe(sink as unknown as NodeJS.WritableStream);
  });
}

/** The docker-archive of `image`, tagged `tag`. */
export function dockerArchiveStream(source: ImageSource, image: ImageManifest, tag: string): Readable {
  const p = pack();
  void (async () => {
    try {
      if (!image.configDigest) throw new Error('the image has no config digest');
      const configName = blobPath(source.location, image.configDigest);
      await addStream(p, configName, source.size(configName), source.open(configName));
      for (const layer of image.layers) await addStream(p, layer.name, layer.size, source.open(layer.name));
      const manifest = JSON.stringify([
        { Config: configName, RepoTags: [tag], Layers: image.layers.map((l) => l.name) },
      ]);
      p.entry({ name: 'manifest.json', mode: 0o644 }, manifest);
      p.finalize();
    } catch (e) {
      p.destroy(e as Error);
    }
  })();
  return p as unknown as Readable;
}
