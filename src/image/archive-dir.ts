/**
 * Where the image archives a run writes go (the build's and the rebuild's OCI archives, a fetched image): a
 * private scratch directory under the run's temporary directory, never the report directory, removed when the
 * run ends. `keep-image-archive` moves the archive the later stages read (the build's, or the fetched image's)
 * to a path of the user's choice first.
 */
import { mkdirSync } from 'node:fs';
import { copyFile, mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Host } from '../host/host.js';

/** The scratch directory of every image archive of a run, under the host's temporary directory. */
export function imageArchiveRoot(host: Pick<Host, 'tempDir'>): string {
  return path.join(host.tempDir, 'image-archives');
}

/** A private (0700) directory for the archives of one stage, made if needed. */
export function imageArchiveDir(host: Pick<Host, 'tempDir'>, stage: string): string {
  const dir = path.join(imageArchiveRoot(host), stage);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

/** Where `keep-image-archive` puts the archive: the path itself, or the archive's name inside a directory. */
export async function keptArchivePath(target: string, archive: string): Promise<string> {
  const isDir = await stat(target).then(
    (s) => s.isDirectory(),
    () => false,
  );
  return isDir ? path.join(target, path.basename(archive)) : target;
}

/** Moves a file, copying when the two paths are on different file systems. */
async function moveFile(from: string, to: string): Promise<void> {
  await mkdir(path.dirname(to), { recursive: true });
  try {
    await rename(from, to);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    await copyFile(from, to);
    await rm(from, { force: true });
  }
}

/**
 * The end of a run: keeps `archive` at `keep` when both are set (returns where it went), then removes the
 * scratch directory with every other archive.
 */
export async function finishImageArchives(
  host: Pick<Host, 'tempDir'>,
  archive: string | undefined,
  keep: string,
): Promise<string | undefined> {
  let kept: string | undefined;
  try {
    if (keep && archive) {
      kept = await keptArchivePath(keep, archive);
      await moveFile(archive, kept);
    }
  } finally {
    await rm(imageArchiveRoot(host), { recursive: true, force: true });
  }
  return kept;
}

/**
 * With the targets input, keeps each image's archive as `<dir>/<name>.oci.tar` (the directory made if needed);
 * returns where each went. Called before finishImageArchives removes the scratch directory.
 */
export async function keepTargetArchives(
  images: readonly { name: string; image: { ociArchive?: string } }[],
  dir: string,
): Promise<string[]> {
  const kept: string[] = [];
  for (const { name, image } of images) {
    if (!image.ociArchive) continue;
    const at = path.join(dir, `${name}.oci.tar`);
    await moveFile(image.ociArchive, at);
    kept.push(at);
  }
  return kept;
}
