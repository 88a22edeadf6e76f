/**
 * One platform of a built image, read once: its config, layer statistics and final filesystem, with every ELF
 * program inspected (ELF header, interpreter, needed libraries, Go build info) and the few small files the
 * checks read (passwd, loader paths, key-looking files) kept. Memory stays bounded by the largest ELF file.
 */
import { inspectBinary, isElf, type GoBinary } from '../gobin/index.js';
import { readFilesystem, type ImageFilesystem } from '../image/filesystem.js';
import { readImages, type ImageManifest } from '../image/manifest.js';
import { ImageTree } from '../image/resolve.js';
import { openImageSource } from '../image/source.js';
import { sha256Hex } from './binary-store.js';

export interface AnalysedImage {
  readonly manifest: ImageManifest;
  readonly fs: ImageFilesystem<GoBinary>;
  readonly tree: ImageTree<GoBinary>;
}

/** Shared libraries are only looked up by name; programs are read in full. */
const SHARED_LIBRARY = /\.so(\.\d+)*$/;
/** Go binaries larger than this are not parsed (still listed). */
export const MAX_INSPECTED_BYTES = 512 * 1024 * 1024;

const KEY_NAME = /(^|\/)(id_rsa|id_dsa|id_ecdsa|id_ed25519|[^/]*\.(pem|key|p8))$/;

/** Small files the checks read. Pure. */
function wantsContent(p: string, size: number): boolean {
  if (p === '/etc/passwd' || p === '/etc/group' || p === '/etc/ld.so.conf') return true;
  if (p.startsWith('/etc/ld.so.conf.d/') || /^\/etc\/ld-musl-[^/]+\.path$/.test(p)) return true;
  return size <= 64 * 1024 && KEY_NAME.test(p);
}

export interface ReadImageOptions {
  /** Only these platforms (os/arch[/variant]); default all. */
  readonly platforms?: readonly string[];
  /** Called with each Go binary's bytes and sha256 (to keep a copy for a later stage). */
  readonly keepGoBinary?: (bytes: Buffer, sha256: string) => void;
}

/** Reads every image (platform) in an OCI layout, OCI archive or docker-archive. */
export async function readAnalysedImages(
  location: string,
  options: ReadImageOptions = {},
): Promise<AnalysedImage[]> {
  const source = await openImageSource(location);
  const manifests = await readImages(source);
  const out: AnalysedImage[] = [];
  for (const manifest of manifests) {
    if (options.platforms && !options.platforms.includes(manifest.platform)) continue;
    const fs = await readFilesystem<GoBinary>(source, manifest, {
      capture: wantsContent,
      inspector: {
        maxBytes: MAX_INSPECTED_BYTES,
        wants: (head, p) => isElf(head) && !SHARED_LIBRARY.test(p),
        inspect: (bytes) => {
          const b = inspectBinary(bytes);
          if (b?.buildInfo) {
            b.sha256 = sha256Hex(bytes);
            options.keepGoBinary?.(bytes, b.sha256);
          }
          return b;
        },
      },
    });
    out.push({ manifest, fs, tree: new ImageTree(fs.entries) });
  }
  return out;
}
