import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { openImageSource, ImageFormatError } from '../../../src/image/source.js';
import { readImages } from '../../../src/image/manifest.js';
import { normalizeMemberPath, readFilesystem } from '../../../src/image/filesystem.js';
import { ImageTree, lookupCommand } from '../../../src/image/resolve.js';
import { parsePax, parseTarHeaders, readTarIndex, TarFormatError } from '../../../src/image/tar-index.js';
import {
  tarBytes,
  writeDockerArchive,
  writeOciArchive,
  writeOciLayout,
  type CraftedImage,
} from '../../helpers/oci.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'gcc-image-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const LAYERED: CraftedImage = {
  layers: [
    [
      { name: 'etc/', type: 'directory' },
      { name: 'etc/passwd', content: 'root:x:0:0::/root:/bin/sh\n' },
      { name: 'data/gone', content: 'bye' },
      { name: 'data/opaque/old', content: 'old' },
      { name: 'data/keep/a', content: 'a' },
      { name: 'bin/app', content: 'program', mode: 0o755 },
      { name: 'usr/bin/', type: 'directory' },
    ],
    [
      { name: 'data/.wh.gone' },
      { name: 'data/opaque/.wh..wh..opq' },
      { name: 'data/opaque/new', content: 'new' },
      { name: 'usr/bin/app', type: 'symlink', linkname: '../../bin/app' },
      { name: 'usr/bin/again', type: 'link', linkname: 'bin/app' },
    ],
  ],
};

async function fsOf(location: string) {
  const source = await openImageSource(location);
  const [image] = await readImages(source);
  if (!image) throw new Error('no image');
  return readFilesystem(source, image, { capture: (p) => p === '/etc/passwd' });
}

describe('image reader', () => {
  it.each([
    ['OCI archive', writeOciArchive],
    ['OCI layout', writeOciLayout],
    ['docker-archive', writeDockerArchive],
  ] as const)('reads a %s: whiteouts, opaque directories, links', async (_kind, write) => {
    const location = await write(dir, LAYERED);
    const fs = await fsOf(location);
    const paths = [...fs.entries.keys()].sort();
    expect(paths).toEqual(
      expect.arrayContaining(['/bin/app', '/data/keep/a', '/data/opaque/new', '/etc/passwd', '/usr/bin/app']),
    );
    expect(paths).not.toContain('/data/gone');
    expect(paths).not.toContain('/data/opaque/old');
    expect(fs.entries.get('/etc/passwd')?.content?.toString()).toContain('root:x:0');
    expect(fs.layers.map((l) => l.whiteouts)).toEqual([0, 2]);
    const tree = new ImageTree(fs.entries);
    expect(tree.file('/usr/bin/app')?.path).toBe('/bin/app');
    expect(tree.resolve('/usr/bin/again').ok).toBe(true);
    expect(lookupCommand(tree, 'app', ['PATH=/usr/bin'])).toMatchObject({
      found: true,
      path: '/bin/app',
      executable: true,
    });
    expect(lookupCommand(tree, 'nope', [])).toMatchObject({ found: false });
  });

  it('keeps hostile names inside the image root and stops at symlink loops', async () => {
    const location = await writeOciArchive(dir, {
      layers: [
        [
          { name: '../../escape', content: 'x' },
          { name: '/abs/file', content: 'y' },
          { name: 'loop/a', type: 'symlink', linkname: 'b' },
          { name: 'loop/b', type: 'symlink', linkname: 'a' },
          { name: 'out', type: 'symlink', linkname: '/../../../etc/passwd' },
          { name: 'etc/passwd', content: 'inside' },
        ],
      ],
    });
    const fs = await fsOf(location);
    expect(fs.entries.has('/escape')).toBe(true);
    expect(fs.entries.has('/abs/file')).toBe(true);
    expect(fs.oddities.join('\n')).toMatch(/escape/);
    const tree = new ImageTree(fs.entries);
    expect(tree.resolve('/loop/a')).toMatchObject({ ok: false, reason: 'loop' });
    expect(tree.file('/out')?.content?.toString()).toBe('inside');
    // Nothing was written next to the archive.
    expect(readdirSync(dir)).toEqual(['image.oci.tar']);
  });

  it('reports a truncated layer and a truncated archive with typed errors', async () => {
    const layer = gzipSync(await tarBytes([{ name: 'big', content: Buffer.alloc(100_000, 7) }]));
    const location = await writeOciArchive(dir, { layers: [layer.subarray(0, layer.length / 2)] });
    await expect(fsOf(location)).rejects.toThrow(ImageFormatError);
    const whole = await writeOciArchive(dir, LAYERED, 'whole.tar');
    const bytes = (await import('node:fs')).readFileSync(whole);
    const cut = path.join(dir, 'cut.tar');
    writeFileSync(cut, bytes.subarray(0, bytes.length - 3000));
    await expect(openImageSource(cut).then(readImages)).rejects.toThrow(/truncated|cut short|missing/);
  });

  it('says what it expected of a file that is no image', async () => {
    const junk = path.join(dir, 'junk');
    writeFileSync(junk, 'not a tar at all'.repeat(100));
    await expect(openImageSource(junk)).rejects.toThrow(TarFormatError);
    await expect(openImageSource(path.join(dir, 'missing'))).rejects.toThrow(/no such file/);
    const empty = await writeOciArchive(dir, LAYERED);
    expect(await readTarIndex(empty)).not.toHaveLength(0);
  });

  it('hands ELF files to the inspector and no others', async () => {
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.alloc(200, 1)]);
    const location = await writeOciArchive(dir, {
      layers: [
        [
          { name: 'app', content: elf, mode: 0o755 },
          { name: 'text', content: 'hello' },
        ],
      ],
    });
    const source = await openImageSource(location);
    const [image] = await readImages(source);
    const seen: string[] = [];
    const fs = await readFilesystem(source, image!, {
      inspector: {
        maxBytes: 1024,
        wants: (head) => head[0] === 0x7f && head[1] === 0x45,
        inspect: (bytes, p) => {
          seen.push(`${p}:${bytes.length}`);
          return 'elf';
        },
      },
    });
    expect(seen).toEqual(['/app:204']);
    expect(fs.entries.get('/app')?.inspected).toBe('elf');
  });
});

describe('pure parts', () => {
  it('normalizes member names inside the root', () => {
    expect(normalizeMemberPath('./a/../../b//c/')).toEqual({ path: '/b/c', escaped: true });
    expect(normalizeMemberPath('usr/bin/x')).toEqual({ path: '/usr/bin/x', escaped: false });
    fc.assert(
      fc.property(fc.string(), (s) => {
        const { path: p } = normalizeMemberPath(s);
        return p.startsWith('/') && !p.split('/').includes('..');
      }),
    );
  });

  it('parses pax records and ignores malformed ones', () => {
    expect(parsePax(Buffer.from('20 path=a/very/long\n'))).toEqual(new Map([['path', 'a/very/long']]));
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (b) => parsePax(b) instanceof Map));
  });

  it('never throws anything but TarFormatError on random archives, and terminates', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 0, maxLength: 4096 }), async (bytes) => {
        try {
          await parseTarHeaders('random', async (o, n) => bytes.subarray(o, o + n));
        } catch (e) {
          if (!(e instanceof TarFormatError)) throw e;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads truncations of a real archive without hanging', async () => {
    const whole = (await import('node:fs')).readFileSync(await writeOciArchive(dir, LAYERED));
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: whole.length }), async (cut) => {
        const file = path.join(dir, `cut-${cut}.tar`);
        writeFileSync(file, whole.subarray(0, cut));
        try {
          const source = await openImageSource(file);
          for (const image of await readImages(source)) await readFilesystem(source, image);
        } catch (e) {
          if (!(e instanceof ImageFormatError || e instanceof TarFormatError)) throw e;
        } finally {
          rmSync(file);
        }
      }),
      { numRuns: 60 },
    );
  });
});
