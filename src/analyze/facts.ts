/** What the reports show of an analysed image: sizes, layers, the process, and the Go binaries. Pure. */
import { buildSetting, type GoBinary } from '../gobin/index.js';
import { entrypointProgram, processArgs, programs } from './checks.js';
import type { AnalysedImage } from './image.js';

export interface BinaryFacts {
  readonly path: string;
  readonly size: number;
  /** sha256 (hex) of a Go binary's bytes. */
  readonly sha256?: string;
  readonly goVersion?: string;
  readonly mainModule?: string;
  readonly goos?: string;
  readonly goarch?: string;
  readonly cgo?: boolean;
  readonly trimpath?: boolean;
  readonly static: boolean;
  readonly stripped: boolean;
  readonly interpreter?: string;
  readonly needed: readonly string[];
  readonly entrypoint: boolean;
  /** The build settings Go recorded (`-ldflags`, `-tags`, GOAMD64, vcs.revision…), in order. */
  readonly settings: Readonly<Record<string, string>>;
}

export interface LayerFacts {
  readonly digest?: string;
  readonly compressedBytes: number;
  readonly contentBytes: number;
  readonly files: number;
  /** The instruction that made the layer, from the image history. */
  readonly createdBy?: string;
}

export interface PlatformAnalysis {
  readonly platform: string;
  readonly manifestDigest?: string;
  /** Layers as stored (compressed). */
  readonly compressedBytes: number;
  /** Bytes of the files of every layer (uncompressed, before whiteouts). */
  readonly contentBytes: number;
  readonly files: number;
  readonly layers: readonly LayerFacts[];
  readonly user: string;
  readonly ports: readonly string[];
  readonly entrypoint: readonly string[];
  readonly cmd: readonly string[];
  readonly workingDir: string;
  readonly binaries: readonly BinaryFacts[];
  /** Member names that pointed outside the root and similar oddities of the archive. */
  readonly oddities: readonly string[];
}

function binaryFacts(path: string, size: number, b: GoBinary, entrypoint: boolean): BinaryFacts {
  const info = b.buildInfo;
  const setting = (k: string) => (info ? buildSetting(info, k) : undefined);
  const cgo = setting('CGO_ENABLED');
  return {
    path,
    size,
    ...(b.sha256 ? { sha256: b.sha256 } : {}),
    ...(info ? { goVersion: info.goVersion } : {}),
    ...(info?.main?.path
      ? {
          mainModule: `${info.main.path}${info.main.version && info.main.version !== '(devel)' ? `@${info.main.version}` : ''}`,
        }
      : {}),
    ...(setting('GOOS') ? { goos: setting('GOOS') as string } : {}),
    ...((setting('GOARCH') ?? b.elf.goarch) ? { goarch: (setting('GOARCH') ?? b.elf.goarch) as string } : {}),
    ...(cgo !== undefined ? { cgo: cgo === '1' } : {}),
    ...(info ? { trimpath: setting('-trimpath') === 'true' } : {}),
    static: b.static,
    stripped: b.stripped,
    ...(b.elf.interpreter ? { interpreter: b.elf.interpreter } : {}),
    needed: b.elf.needed,
    entrypoint,
    settings: Object.fromEntries((info?.settings ?? []).map((x) => [x.key, x.value])),
  };
}

/** Layer facts with the history line of each layer (history entries marked empty_layer make none). */
export function platformAnalysis(img: AnalysedImage): PlatformAnalysis {
  const history = (img.manifest.config.history ?? []).filter((h) => !h.empty_layer);
  const layers = img.fs.layers.map((l, i) => ({
    ...(l.blob.digest ? { digest: l.blob.digest } : {}),
    compressedBytes: l.blob.size,
    contentBytes: l.contentBytes,
    files: l.entries,
    ...(history[i]?.created_by ? { createdBy: history[i]?.created_by as string } : {}),
  }));
  const entry = entrypointProgram(img);
  const binaries = programs(img)
    .filter((p) => p.binary?.buildInfo || p.path === entry?.path)
    .map((p) => binaryFacts(p.path, p.entry.size, p.binary as GoBinary, p.path === entry?.path));
  if (entry?.binary && !binaries.some((b) => b.path === entry.path))
    binaries.unshift(binaryFacts(entry.path, entry.entry.size, entry.binary, true));
  const c = img.manifest.config.config ?? {};
  const { argv, from } = processArgs(img.manifest.config);
  return {
    platform: img.manifest.platform,
    ...(img.manifest.manifestDigest ? { manifestDigest: img.manifest.manifestDigest } : {}),
    compressedBytes: layers.reduce((n, l) => n + l.compressedBytes, 0),
    contentBytes: layers.reduce((n, l) => n + l.contentBytes, 0),
    files: img.fs.entries.size,
    layers,
    user: c.User ?? '',
    ports: Object.keys(c.ExposedPorts ?? {}),
    entrypoint: from === 'entrypoint' ? (c.Entrypoint ?? []) : [],
    cmd: c.Cmd ?? (from === 'cmd' ? argv : []),
    workingDir: c.WorkingDir ?? '',
    binaries,
    oddities: img.fs.oddities,
  };
}
