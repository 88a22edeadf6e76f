/** Builds Go cache archives (tar) and module zips for the cache-verification tests. Written here; nothing downloaded. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tarOf, type LayerEntry } from './hostile-images.js';

/** Writes a tar of the entries (test/helpers/hostile-images.ts builds it). */
export async function writeTar(file: string, entries: readonly LayerEntry[]): Promise<void> {
  writeFileSync(file, await tarOf(entries));
}

/** A zip of stored (uncompressed) entries: what a module zip holds, for hashing (CRCs are not checked). */
export function storedZip(files: readonly (readonly [string, Buffer])[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of files) {
    const n = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, data);
    centrals.push(central, n);
    offset += 30 + n.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** The module zip of a fixture module directory (test/fixtures/gomodules/<path>@<version>). */
export function fixtureModuleZip(dir: string): Buffer {
  const prefix = path.basename(path.dirname(dir)) + '/' + path.basename(dir);
  return storedZip(readdirSync(dir).map((f) => [`${prefix}/${f}`, readFileSync(path.join(dir, f))] as const));
}
