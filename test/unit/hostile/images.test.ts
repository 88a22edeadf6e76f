/**
 * The hostile image generators (test/helpers/hostile-images.ts) make what they say: the archives list the
 * hostile entries, the bomb expands by three orders of magnitude, the ELF files carry the fake magic. The
 * image and Go-binary readers' own tests (src/image, src/gobin) feed these files to the readers.
 */
import { createReadStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createGunzip, gunzipSync } from 'node:zlib';
import tar from 'tar-stream';
import { GO_BUILDINFO_MAGIC, hostileImages, type HostileImage } from '../../helpers/hostile-images.js';

let dir: string;
let images: HostileImage[];
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'gcc-hostile-images-'));
  // 64 MiB is enough to check the shape; the default is 1 GiB.
  images = await hostileImages(dir, { bombBytes: 64 * 1024 * 1024 });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** name -> { header, data } of every entry of a tar (data only for small entries). */
async function entries(
  source: NodeJS.ReadableStream,
): Promise<Map<string, { header: tar.Header; data?: Buffer; size: number }>> {
  const out = new Map<string, { header: tar.Header; data?: Buffer; size: number }>();
  const extract = tar.extract();
  extract.on('entry', (header, stream, next) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (c: unknown) => {
      if (!Buffer.isBuffer(c)) return;
      size += c.length;
      if (size < 1024 * 1024) chunks.push(c);
    });
    stream.on('end', () => {
      out.set(header.name, { header, size, ...(size < 1024 * 1024 ? { data: Buffer.concat(chunks) } : {}) });
      next();
    });
  });
  const done = new Promise<void>((resolve, reject) => {
    extract.on('finish', resolve);
    extract.on('error', reject);
  });
  source.pipe(extract);
  await done;
  return out;
}

const byName = (prefix: string) => images.find((i) => i.name.startsWith(prefix)) as HostileImage;

async function layerEntries(archive: string, index: number) {
  const outer = await entries(createReadStream(archive));
  const idx = JSON.parse((outer.get('index.json')?.data as Buffer).toString()) as {
    manifests: { digest: string }[];
  };
  const blob = (d: string) => outer.get(`blobs/sha256/${d.slice(7)}`);
  const manifest = JSON.parse((blob(idx.manifests[0]?.digest as string)?.data as Buffer).toString()) as {
    layers: { digest: string }[];
  };
  const layer = blob(manifest.layers[index]?.digest as string);
  return entries(
    (await import('node:stream')).Readable.from([gunzipSync(layer?.data as Buffer)]) as NodeJS.ReadableStream,
  );
}

describe('hostile image generators', () => {
  it('write every kind of hostile image, each with what a reader should do', () => {
    expect(images.length).toBeGreaterThanOrEqual(20);
    for (const i of images) {
      expect({ name: i.name, empty: statSync(i.file).size === 0 }).toEqual({ name: i.name, empty: false });
      expect(i.expect.length).toBeGreaterThan(10);
      expect(i.file.startsWith(dir)).toBe(true);
    }
  });

  it('a layer with ../../escape, /abs/path and a hard link out', async () => {
    const names = [...(await layerEntries(byName('path traversal (oci)').file, 1)).keys()];
    expect(names).toEqual(expect.arrayContaining(['../../escape', '/abs/path', 'a/../../../b', 'link-out']));
    const docker = await entries(createReadStream(byName('path traversal (docker-save)').file));
    expect(docker.has('manifest.json')).toBe(true);
  });

  it('symlink loops and a link to /../../etc/passwd', async () => {
    const layer = await layerEntries(byName('symlink loops').file, 1);
    expect(layer.get('a')?.header.linkname).toBe('b');
    expect(layer.get('b')?.header.linkname).toBe('a');
    expect(layer.get('passwd')?.header.linkname).toBe('/../../etc/passwd');
  });

  it('a gzip bomb that expands by more than 500 times, streamed', async () => {
    const bomb = path.join(dir, 'bomb-layer.tar.gz');
    const compressed = statSync(bomb).size;
    let expanded = 0;
    await new Promise<void>((resolve, reject) =>
      createReadStream(bomb)
        .pipe(createGunzip())
        .on('data', (c: Buffer) => void (expanded += c.length))
        .on('end', resolve)
        .on('error', reject),
    );
    expect(expanded).toBeGreaterThan(64 * 1024 * 1024);
    expect(expanded / compressed).toBeGreaterThan(500);
  });

  it('a truncated layer that does not gunzip', async () => {
    const outer = await entries(createReadStream(byName('truncated layer').file));
    const blobs = [...outer.entries()].filter(([n]) => n.startsWith('blobs/'));
    expect(
      blobs.some(
        ([, b]) =>
          b.data &&
          b.data[0] === 0x1f &&
          (() => {
            try {
              gunzipSync(b.data);
              return false;
            } catch {
              return true;
            }
          })(),
      ),
    ).toBe(true);
  });

  it('a tar header claiming 4 EiB in base-256', () => {
    const raw = readFileSync(byName('a bare tar whose header').file);
    expect(raw[124]).toBe(0x80);
    expect(raw.length).toBeLessThan(4096);
  });

  it('ELF files with fake build-info magic', () => {
    const fake = readFileSync(byName('buildinfo-huge-varint-lengths').file);
    expect(fake.subarray(0, 4).toString('latin1')).toBe('\x7fELF');
    expect(fake.includes(GO_BUILDINFO_MAGIC)).toBe(true);
  });
});
