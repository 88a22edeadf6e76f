/**
 * Two builds of the same commit compared file by file: every file of a platform image with its digest
 * (read by src/image, whiteouts applied), and the differences between two such maps. Streams; keeps only
 * the contents the caller names.
 */
import { readFilesystem } from '../image/filesystem.js';
import type { ImageManifest } from '../image/manifest.js';
import type { ImageSource } from '../image/source.js';

export interface FileDigest {
  readonly sha256: string;
  readonly size: number;
  readonly mode: number;
  readonly mtime: number;
}

/**
 * Every file of the image, by path. The contents of the paths in `capture` (up to 256 MiB each) are kept in
 * `captured`.
 */
export async function fileDigests(
  source: ImageSource,
  image: ImageManifest,
  capture: ReadonlySet<string> = new Set(),
  captured: Map<string, Buffer> = new Map(),
): Promise<Map<string, FileDigest>> {
  const fs = await readFilesystem(source, image, {
    hash: true,
    capture: (p) => capture.has(p),
    captureMaxBytes: 256 * 1024 * 1024,
  });
  const files = new Map<string, FileDigest>();
  for (const [p, e] of fs.entries) {
    if (e.content) captured.set(p, e.content);
    files.set(p, { sha256: e.sha256 ?? '', size: e.size, mode: e.mode, mtime: e.mtime });
  }
  return files;
}

export interface FileDifference {
  readonly path: string;
  readonly what: 'content' | 'mode' | 'time' | 'only in first' | 'only in second';
  /** For `time`: the file's modification time in each image (ms since 1970). */
  readonly times?: readonly [number, number];
}

/** Differences between two file maps, sorted by path. Pure. */
export function diffFiles(
  a: ReadonlyMap<string, FileDigest>,
  b: ReadonlyMap<string, FileDigest>,
): FileDifference[] {
  const out: FileDifference[] = [];
  for (const p of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(p);
    const y = b.get(p);
    if (!x) out.push({ path: p, what: 'only in second' });
    else if (!y) out.push({ path: p, what: 'only in first' });
    else if (x.sha256 !== y.sha256) out.push({ path: p, what: 'content' });
    else if (x.mode !== y.mode) out.push({ path: p, what: 'mode' });
    else if (x.mtime !== y.mtime) out.push({ path: p, what: 'time', times: [x.mtime, y.mtime] });
  }
  return out.sort((m, n) => m.path.localeCompare(n.path));
}
