/**
 * A decompressed-size budget per layer (issue 16, Low; SECURITY.md): a gzip bomb is stopped once its layer
 * expands beyond the budget, with an error naming the layer, instead of being streamed to its end; ordinary
 * layers and well-compressing ones within the budget read as before.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openImageSource } from '../../../src/image/source.js';
import { readImages } from '../../../src/image/manifest.js';
import { DEFAULT_LAYER_EXPANSION, layerBudget, readFilesystem } from '../../../src/image/filesystem.js';
import { ImageFormatError } from '../../../src/image/source.js';
import { gzipBombLayer, layerOf, writeOciArchive } from '../../helpers/hostile-images.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'gcc-layer-budget-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function read(file: string, opts: Parameters<typeof readFilesystem>[2] = {}) {
  const source = await openImageSource(file);
  const [image] = await readImages(source);
  return readFilesystem(source, image!, opts);
}

describe('layer expansion budget', () => {
  it('is a ratio of the stored size, with a floor and an absolute cap', () => {
    const { ratio, floorBytes, capBytes } = DEFAULT_LAYER_EXPANSION;
    expect(layerBudget(1024)).toBe(floorBytes);
    expect(layerBudget(100 * 1024 * 1024)).toBe(Math.min(capBytes, ratio * 100 * 1024 * 1024));
    expect(layerBudget(1024 ** 4)).toBe(capBytes);
  });

  it('stops the hostile gzip bomb with an error naming the layer', async () => {
    const app = await layerOf([{ name: 'app', data: 'hello\n' }]);
    const bomb = await gzipBombLayer(path.join(dir, 'bomb.tar.gz'), 256 * 1024 * 1024);
    const file = path.join(dir, 'bomb.oci.tar');
    await writeOciArchive(file, [app, bomb]);
    let expandedTo = 0;
    const err = await read(file, {
      onLayerBytes: (_layer, n) => void (expandedTo = n),
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImageFormatError);
    expect((err as Error).message).toMatch(
      new RegExp(`layer 1 \\(${bomb.digest}\\) expands beyond \\d+ bytes`),
    );
    // Stopped near the budget, not streamed to the end.
    expect(expandedTo).toBeLessThan(layerBudget(bomb.size) + 1024 * 1024);
  });

  it('reads layers within the budget, and a caller may raise it', async () => {
    const bomb = await gzipBombLayer(path.join(dir, 'small-bomb.tar.gz'), 8 * 1024 * 1024);
    const file = path.join(dir, 'small.oci.tar');
    await writeOciArchive(file, [bomb]);
    const fs = await read(file);
    expect(fs.layers).toHaveLength(1);
    const tight = await read(file, { layerExpansion: { ratio: 1, floorBytes: 1024, capBytes: 4096 } }).catch(
      (e: unknown) => e,
    );
    expect(tight).toBeInstanceOf(ImageFormatError);
    expect((tight as Error).message).toMatch(/layer 0 .* expands beyond 4096 bytes/);
  });
});
