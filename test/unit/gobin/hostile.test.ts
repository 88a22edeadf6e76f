/**
 * src/gobin never throws, terminates quickly and allocates nothing huge, whatever the bytes: random bytes, a
 * real Go binary (built here, never committed) truncated or with bytes flipped, fake build-info blobs with huge
 * varints, ELF headers with huge or overlapping offsets and counts, and the crafted files in test/hostile/elf.
 */
import fc from 'fast-check';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { goTraits, inspectBinary, parseElf, readGoBuildInfo } from '../../../src/gobin/index.js';
import { GoBuilder, requireToolchains } from '../../helpers/gobuild.js';
import { hostileCorpus } from '../../helpers/hostile-elf.js';

const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'hostile', 'elf');

/** Runs every parser; fails when one throws, takes over `ms`, or returns more sections/segments than the caps. */
function survives(bytes: Uint8Array, ms = 2000): boolean {
  const t0 = Date.now();
  const elf = parseElf(bytes);
  if (elf) {
    expect(elf.sections.length).toBeLessThanOrEqual(4096);
    expect(elf.segments.length).toBeLessThanOrEqual(1024);
    expect(elf.needed.length).toBeLessThanOrEqual(256);
  }
  readGoBuildInfo(bytes);
  readGoBuildInfo(bytes, elf);
  goTraits(bytes);
  goTraits(bytes, elf);
  inspectBinary(bytes);
  const took = Date.now() - t0;
  if (took > ms) throw new Error(`took ${took} ms on ${bytes.length} bytes`);
  return true;
}

const ELF64 = [0x7f, 0x45, 0x4c, 0x46, 2, 1, 1];
const ELF32BE = [0x7f, 0x45, 0x4c, 0x46, 1, 2, 1];
const MAGIC = Buffer.from('\xff Go buildinf:', 'latin1');

describe('random input', () => {
  it('random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (b) => survives(b)),
      { numRuns: 300 },
    );
  });

  it('random bytes behind a valid ELF ident (64-bit LE and 32-bit BE)', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.uint8Array({ minLength: 64, maxLength: 4096 }), (is64, rest) => {
        const b = Uint8Array.from(rest);
        b.set(is64 ? ELF64 : ELF32BE, 0);
        return survives(b);
      }),
      { numRuns: 500 },
    );
  });

  it('ELF headers with huge and overlapping offsets and counts', () => {
    const big = fc.oneof(
      fc.constantFrom(0n, 1n, 0x40n, 0xffffffffn, 0xffffffffffffffffn, 2n ** 53n, 2n ** 53n - 1n),
      fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }),
      fc.bigInt({ min: 0n, max: 512n }),
    );
    const u16 = fc.oneof(fc.constantFrom(0, 1, 32, 40, 56, 64, 0xffff), fc.integer({ min: 0, max: 0xffff }));
    fc.assert(
      fc.property(
        big,
        big,
        u16,
        u16,
        u16,
        u16,
        u16,
        fc.uint8Array({ maxLength: 2048 }),
        (phoff, shoff, phentsize, phnum, shentsize, shnum, shstrndx, tail) => {
          const b = Buffer.alloc(64 + tail.length);
          b.set(ELF64, 0);
          b.set(tail, 64);
          b.writeBigUInt64LE(phoff, 32);
          b.writeBigUInt64LE(shoff, 40);
          b.writeUInt16LE(phentsize, 54);
          b.writeUInt16LE(phnum, 56);
          b.writeUInt16LE(shentsize, 58);
          b.writeUInt16LE(shnum, 60);
          b.writeUInt16LE(shstrndx, 62);
          return survives(b);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('fake build-info magic followed by junk and huge varints', () => {
    const varint = fc.oneof(
      fc.uint8Array({ minLength: 1, maxLength: 12 }).map((a) => a.map((x) => x | 0x80)), // never ends
      fc.bigInt({ min: 0n, max: 2n ** 70n }).map((n) => {
        const out: number[] = [];
        while (n >= 0x80n) {
          out.push(Number(n & 0x7fn) | 0x80);
          n >>= 7n;
        }
        out.push(Number(n));
        return Uint8Array.from(out);
      }),
    );
    fc.assert(
      fc.property(
        fc.nat(8).map((n) => n * 16),
        fc.integer({ min: 0, max: 255 }),
        fc.integer({ min: 0, max: 255 }),
        varint,
        fc.uint8Array({ maxLength: 512 }),
        fc.boolean(),
        (at, ptrSize, flags, v, junk, asElf) => {
          const b = Buffer.concat([
            Buffer.alloc(at),
            MAGIC,
            Buffer.from([ptrSize, flags]),
            Buffer.alloc(16),
            v,
            junk,
          ]);
          if (asElf && b.length >= 64) b.set(ELF64, 0);
          return survives(b);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('a real Go binary, damaged', () => {
  let real: Buffer;
  let builder: GoBuilder;
  beforeAll(async () => {
    requireToolchains(['amd64']);
    builder = new GoBuilder();
    const file = await builder.build({ goarch: 'amd64', cgo: false, trimpath: true, sw: true });
    real = readFileSync(file);
    expect(inspectBinary(real)?.buildInfo?.goVersion).toMatch(/^go1\./);
  }, 600_000);
  afterAll(() => builder?.cleanup());

  it('truncated at random points', () => {
    fc.assert(
      fc.property(fc.nat(real.length), (n) => survives(real.subarray(0, n))),
      { numRuns: 100 },
    );
  });

  it('truncated inside the headers', () => {
    fc.assert(
      fc.property(fc.nat(4096), (n) => survives(real.subarray(0, n))),
      { numRuns: 200 },
    );
  });

  it('with random bytes flipped (anywhere, and in the ELF header and tables)', () => {
    const elf = parseElf(real)!;
    const shoff = elf.sections[0]?.offset ?? 0;
    const tableStart = Math.max(0, real.length - 64 * elf.sections.length - 64);
    const hot = fc.oneof(
      fc.nat(real.length - 1),
      fc.nat(511),
      fc.integer({ min: tableStart, max: real.length - 1 }),
      fc.integer({ min: shoff, max: Math.min(real.length - 1, shoff + 4096) }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(hot, fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 16 }),
        (flips) => {
          const copy = Buffer.from(real);
          for (const [at, v] of flips) copy[at] = v;
          return survives(copy);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('with the build-info blob damaged', () => {
    const at = real.indexOf(MAGIC);
    expect(at).toBeGreaterThan(0);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(64), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        (flips) => {
          const copy = Buffer.from(real);
          for (const [d, v] of flips) copy[at + 14 + d] = v;
          return survives(copy);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('test/hostile/elf', () => {
  const corpus = hostileCorpus();

  if (process.env.GOBIN_WRITE_HOSTILE === '1') {
    mkdirSync(CORPUS_DIR, { recursive: true });
    for (const [name, bytes] of corpus) writeFileSync(join(CORPUS_DIR, name), bytes);
  }

  it('holds the files the helper makes (GOBIN_WRITE_HOSTILE=1 rewrites them)', () => {
    for (const [name, bytes] of corpus) {
      expect(readFileSync(join(CORPUS_DIR, name)).equals(bytes)).toBe(true);
      expect(bytes.length).toBeLessThan(4096);
    }
  });

  it.each(readdirSync(CORPUS_DIR).sort())('%s: no throw, bounded', (name) => {
    expect(survives(readFileSync(join(CORPUS_DIR, name)), 500)).toBe(true);
  });

  it('reads what is readable', () => {
    const get = (n: string) => corpus.get(n)!;
    expect(parseElf(get('corrupt-header.elf'))).toBeUndefined();
    expect(parseElf(get('huge-counts.elf'))?.sections.length).toBeLessThanOrEqual(2);
    expect(parseElf(get('huge-offsets.elf'))).toMatchObject({ sections: [], segments: [] });
    expect(parseElf(get('extended-numbering.elf'))?.sections.length).toBeLessThanOrEqual(1);
    expect(parseElf(get('bad-dynamic.elf'))).toMatchObject({ needed: [], interpreter: expect.any(String) });
    expect(readGoBuildInfo(get('fake-buildinfo-varint.bin'))).toBeUndefined();
    expect(readGoBuildInfo(get('pointer-loop.elf'))).toBeUndefined();
    const cut = inspectBinary(get('truncated-at-sections.elf'));
    expect(cut?.elf.goarch).toBe('arm');
    expect(cut?.buildInfo).toMatchObject({
      goVersion: 'go1.26.8',
      path: 'example.test/x',
      settings: [{ key: 'GOARM', value: '7' }],
    });
  });
});
