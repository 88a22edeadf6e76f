/**
 * The hostile corpus of test/hostile/elf: small crafted files, made here (our own bytes, deterministic) and
 * committed so that other parsers can be run over them too. `GOBIN_WRITE_HOSTILE=1` on the hostile test rewrites
 * them; the test fails when a committed file differs from what this makes.
 */
import { buildElf, inlineFormatSection, pointerFormatSection, Writer } from './elf-builder.js';

const MAGIC = Buffer.from('\xff Go buildinf:', 'latin1');

function elf64Header(fields: {
  phoff?: bigint;
  shoff?: bigint;
  phentsize?: number;
  phnum?: number;
  shentsize?: number;
  shnum?: number;
  shstrndx?: number;
}): Buffer {
  const b = Buffer.alloc(64);
  b.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1], 0);
  const w = new Writer(b, true);
  w.u16(16, 2);
  w.u16(18, 62);
  w.u32(20, 1);
  w.u64(32, fields.phoff ?? 0n);
  w.u64(40, fields.shoff ?? 0n);
  w.u16(52, 64);
  w.u16(54, fields.phentsize ?? 56);
  w.u16(56, fields.phnum ?? 0);
  w.u16(58, fields.shentsize ?? 64);
  w.u16(60, fields.shnum ?? 0);
  w.u16(62, fields.shstrndx ?? 0);
  return b;
}

/** A 64-bit LE program header. */
function ph64(
  type: number,
  flags: number,
  offset: bigint,
  vaddr: bigint,
  filesz: bigint,
  memsz: bigint,
): Buffer {
  const b = Buffer.alloc(56);
  const w = new Writer(b, true);
  w.u32(0, type);
  w.u32(4, flags);
  w.u64(8, offset);
  w.u64(16, vaddr);
  w.u64(24, vaddr);
  w.u64(32, filesz);
  w.u64(40, memsz);
  return b;
}

const MAX64 = 0xffffffffffffffffn;

export function hostileCorpus(): Map<string, Buffer> {
  const out = new Map<string, Buffer>();

  // An ELF magic with an impossible class and byte order, then junk.
  out.set(
    'corrupt-header.elf',
    Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 3, 9, 1]), Buffer.alloc(57, 0xa5)]),
  );

  // Every table claims 65535 entries, at the header itself, overlapping each other.
  out.set(
    'huge-counts.elf',
    Buffer.concat([
      elf64Header({ phoff: 0n, shoff: 0x10n, phnum: 0xffff, shnum: 0xfffe, shstrndx: 0xfffd }),
      Buffer.alloc(64, 0xff),
    ]),
  );

  // Offsets past 2^53 and past the end of the file.
  out.set('huge-offsets.elf', elf64Header({ phoff: MAX64, shoff: MAX64 - 8n, phnum: 10, shnum: 10 }));

  // Extended numbering: e_shnum = 0 and section 0's size says 2^40 sections; e_shstrndx escapes to sh_link.
  {
    const sh0 = Buffer.alloc(64);
    const w = new Writer(sh0, true);
    w.u64(32, 1n << 40n); // sh_size = number of sections
    w.u32(40, 0xffffffff); // sh_link = shstrndx
    w.u32(44, 0xffffffff); // sh_info = phnum
    out.set(
      'extended-numbering.elf',
      Buffer.concat([
        elf64Header({ phoff: 64n, shoff: 64n, phnum: 0xffff, shnum: 0, shstrndx: 0xffff }),
        sh0,
      ]),
    );
  }

  // PT_INTERP and PT_DYNAMIC with huge sizes, DT_STRTAB pointing nowhere, DT_NEEDED past every string table.
  {
    const dyn = Buffer.alloc(64);
    const w = new Writer(dyn, true);
    w.u64(0, 1); // DT_NEEDED
    w.u64(8, MAX64);
    w.u64(16, 5); // DT_STRTAB
    w.u64(24, 0x7fffffffffffn);
    w.u64(32, 10); // DT_STRSZ
    w.u64(40, MAX64);
    const phoff = 64;
    const dynOff = phoff + 3 * 56;
    out.set(
      'bad-dynamic.elf',
      Buffer.concat([
        elf64Header({ phoff: BigInt(phoff), phnum: 3 }),
        ph64(1, 6, 0n, 0n, 0xffffffffn, 0xffffffffn),
        ph64(3, 4, BigInt(dynOff), 0n, 0xffffffffn, 0n),
        ph64(2, 6, BigInt(dynOff), BigInt(dynOff), 0x10000000n, 0n),
        dyn,
      ]),
    );
  }

  // Not ELF: an aligned build-info magic (inline format) whose varint length never ends, then one that says 2^62.
  out.set(
    'fake-buildinfo-varint.bin',
    Buffer.concat([
      MAGIC,
      Buffer.from([8, 2]),
      Buffer.alloc(16),
      Buffer.alloc(12, 0xff),
      Buffer.alloc(2),
      MAGIC,
      Buffer.from([8, 2]),
      Buffer.alloc(16),
      Buffer.from([0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x40]),
      Buffer.alloc(7, 0x41),
    ]),
  );

  // A pointer-format header whose pointers point back at the header (a string header that is the magic).
  {
    const { bytes, layout } = buildElf({
      bits: 64,
      endian: 'little',
      machine: 62,
      sections: [pointerFormatSection('go1.16', 'path\tx\n', 64, 'little')],
    });
    const at = layout.get('.go.buildinfo')!;
    const w = new Writer(bytes, true);
    w.u64(at.offset + 16, at.addr);
    w.u64(at.offset + 24, at.addr + 8);
    out.set('pointer-loop.elf', bytes);
  }

  // A good file cut in the middle of its section header table.
  {
    const { bytes } = buildElf({
      bits: 32,
      endian: 'little',
      machine: 40,
      sections: [inlineFormatSection('go1.26.8', 'path\texample.test/x\nbuild\tGOARM=7\n', 32)],
    });
    out.set('truncated-at-sections.elf', bytes.subarray(0, bytes.length - 50));
  }
  return out;
}
