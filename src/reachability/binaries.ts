/**
 * The Go binaries of a built image, copied out of its archive (through src/image, as analyze reads them) into a
 * private temp directory, so govulncheck can read them as files. Only the paths analyze found are written.
 */
import { writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readFilesystem } from '../image/filesystem.js';
import { readImages } from '../image/manifest.js';
import { openImageSource } from '../image/source.js';
import { removeTree } from '../cache/fs.js';
import { sha256Hex } from '../analyze/binary-store.js';

export interface ExtractedBinary {
  readonly platform: string;
  /** Its path in the image. */
  readonly path: string;
  /** Where its bytes are now (mode 0600 in a 0700 directory). */
  readonly file: string;
  /** sha256 (hex) of its bytes. */
  readonly sha256: string;
}

export interface Extracted {
  readonly binaries: readonly ExtractedBinary[];
  /** Removes the temp directory. */
  dispose(): Promise<void>;
}

/** Largest binary copied out (as analyze's limit). */
const MAX_BYTES = 512 * 1024 * 1024;

/** Copies `wanted` (platform -> image paths) out of the OCI layout or archive at `location`. */
export async function extractBinaries(
  location: string,
  wanted: ReadonlyMap<string, readonly string[]>,
): Promise<Extracted> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gcc-reach-'));
  const dispose = () => removeTree(dir);
  try {
    const source = await openImageSource(location);
    const binaries: ExtractedBinary[] = [];
    let n = 0;
    for (const manifest of await readImages(source)) {
      const paths = new Set(wanted.get(manifest.platform) ?? []);
      if (paths.size === 0) continue;
      const fs = await readFilesystem<{ file: string; sha256: string }>(source, manifest, {
        inspector: {
          maxBytes: MAX_BYTES,
          wants: (_head, p) => paths.has(p),
          inspect: (bytes) => {
            // A later layer may replace the file: each version gets its own name, the final entry says which.
            const file = path.join(dir, `bin-${n++}`);
            writeFileSync(file, bytes, { mode: 0o600, flag: 'wx' });
            return { file, sha256: sha256Hex(bytes) };
          },
        },
      });
      for (const p of paths) {
        const copy = fs.entries.get(p)?.inspected;
        if (copy) binaries.push({ platform: manifest.platform, path: p, ...copy });
      }
    }
    return { binaries, dispose };
  } catch (e) {
    await dispose();
    throw e;
  }
}
