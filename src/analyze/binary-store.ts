/**
 * Copies of the image's Go binaries, made while analyze reads the layers anyway, so a later stage
 * (reachability) that needs them as files does not read the archive again. Content-addressed by sha256: a binary
 * that several platforms or layers share is written once. The files are 0600 in a 0700 directory of the run's
 * scratch space.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { removeTree } from '../cache/fs.js';

/** sha256 (hex) of some bytes. Pure. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The copies as data (a fact): sha256 -> file, in `dir`. */
export interface GoBinaryCopies {
  readonly dir: string;
  readonly files: ReadonlyMap<string, string>;
}

export class GoBinaryStore {
  private readonly files = new Map<string, string>();
  /** Bytes written (each distinct binary once). */
  bytes = 0;

  private constructor(readonly dir: string) {}

  /** A new, empty store in a private directory under `parent`. */
  static create(parent: string): GoBinaryStore {
    mkdirSync(parent, { recursive: true });
    return new GoBinaryStore(mkdtempSync(path.join(parent, 'go-binaries-')));
  }

  /** Keeps `bytes` (whose sha256 is `sha256`) unless a copy is already kept. */
  keep(bytes: Uint8Array, sha256: string): void {
    if (this.files.has(sha256) || !/^[0-9a-f]{64}$/.test(sha256)) return;
    const file = path.join(this.dir, sha256);
    writeFileSync(file, bytes, { mode: 0o600, flag: 'wx' });
    this.files.set(sha256, file);
    this.bytes += bytes.length;
  }

  /** The kept copy of the binary with this sha256. */
  fileOf(sha256: string): string | undefined {
    return this.files.get(sha256);
  }

  get copies(): GoBinaryCopies {
    return { dir: this.dir, files: this.files };
  }

  get size(): number {
    return this.files.size;
  }

  dispose(): Promise<void> {
    this.files.clear();
    return removeTree(this.dir);
  }
}
