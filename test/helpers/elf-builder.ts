/**
 * Writes small synthetic ELF files for the src/gobin tests: a header, one PT_LOAD mapping the whole file, and
 * named sections (with a .shstrtab), in 32 or 64 bits and either byte order. Enough to carry a `.go.buildinfo`
 * section in the pre-1.18 pointer format, whose strings are reached through virtual addresses.
 */

export interface SectionSpec {
  name: string;
  /** SHT_PROGBITS (1) unless told. */
  type?: number;
  /** SHF_WRITE|SHF_ALLOC (3) unless told. */
  flags?: number;
  /** Contents, or a function of the section's virtual address (for self-referencing pointers). */
  data: Uint8Array | ((addr: number) => Uint8Array);
  /** Size of the contents when `data` is a function (it must return exactly this many bytes). */
  size?: number;
  align?: number;
}

export interface ElfSpec {
  bits: 32 | 64;
  endian: 'little' | 'big';
  machine: number;
  /** e_type, 2 (EXEC) unless told. */
  type?: number;
  /** Virtual address of file offset 0 (the PT_LOAD maps the whole file). */
  base?: number;
  /** PT_LOAD flags, PF_R|PF_W (6) unless told. */
  loadFlags?: number;
  sections: SectionSpec[];
  /** Extra program headers appended after the PT_LOAD. */
  extraSegments?: {
    type: number;
    flags: number;
    offset: number;
    vaddr: number;
    filesz: number;
    memsz: number;
  }[];
}

export interface BuiltElf {
  bytes: Buffer;
  /** File offset and address of each section, by name. */
  layout: Map<string, { offset: number; addr: number; size: number }>;
}

const pad = (n: number, a: number) => (a <= 1 ? n : Math.ceil(n / a) * a);

export class Writer {
  constructor(
    readonly buf: Buffer,
    readonly little: boolean,
  ) {}
  u8(at: number, v: number) {
    this.buf.writeUInt8(v, at);
  }
  u16(at: number, v: number) {
    if (this.little) this.buf.writeUInt16LE(v, at);
    else this.buf.writeUInt16BE(v, at);
  }
  u32(at: number, v: number) {
    if (this.little) this.buf.writeUInt32LE(v >>> 0, at);
    else this.buf.writeUInt32BE(v >>> 0, at);
  }
  u64(at: number, v: number | bigint) {
    if (this.little) this.buf.writeBigUInt64LE(BigInt(v), at);
    else this.buf.writeBigUInt64BE(BigInt(v), at);
  }
  word(at: number, v: number, bits: 32 | 64) {
    if (bits === 64) this.u64(at, v);
    else this.u32(at, v);
  }
}

/** Encode pointer-sized words in the given byte order. */
export function words(values: number[], bits: 32 | 64, endian: 'little' | 'big'): Buffer {
  const size = bits / 8;
  const b = Buffer.alloc(values.length * size);
  const w = new Writer(b, endian === 'little');
  values.forEach((v, i) => w.word(i * size, v, bits));
  return b;
}

export function buildElf(spec: ElfSpec): BuiltElf {
  const { bits, endian } = spec;
  const ehsize = bits === 64 ? 64 : 52;
  const phentsize = bits === 64 ? 56 : 32;
  const shentsize = bits === 64 ? 64 : 40;
  const base = spec.base ?? 0x400000;
  const phnum = 1 + (spec.extraSegments?.length ?? 0);

  // Section names: "" then each name, then .shstrtab.
  const names = ['', ...spec.sections.map((s) => s.name), '.shstrtab'];
  const nameOff: number[] = [];
  let strtab = '';
  for (const n of names) {
    nameOff.push(n === '' ? 0 : strtab.length);
    strtab += n + '\0';
  }
  const shstr = Buffer.from(strtab, 'latin1');

  // Layout: header, program headers, sections' contents, .shstrtab, section headers.
  let at = ehsize + phentsize * phnum;
  const layout = new Map<string, { offset: number; addr: number; size: number }>();
  const placed: { spec: SectionSpec; offset: number; size: number }[] = [];
  for (const s of spec.sections) {
    at = pad(at, s.align ?? 16);
    const size = typeof s.data === 'function' ? (s.size ?? 0) : s.data.length;
    placed.push({ spec: s, offset: at, size });
    layout.set(s.name, { offset: at, addr: base + at, size });
    at += size;
  }
  const shstrOff = at;
  at += shstr.length;
  at = pad(at, 8);
  const shoff = at;
  const shnum = names.length;
  const total = shoff + shnum * shentsize;

  const buf = Buffer.alloc(total);
  const w = new Writer(buf, endian === 'little');
  buf.set([0x7f, 0x45, 0x4c, 0x46, bits === 64 ? 2 : 1, endian === 'little' ? 1 : 2, 1], 0);
  w.u16(16, spec.type ?? 2);
  w.u16(18, spec.machine);
  w.u32(20, 1);
  const o =
    bits === 64
      ? {
          entry: 24,
          phoff: 32,
          shoff: 40,
          flags: 48,
          ehsize: 52,
          phentsize: 54,
          phnum: 56,
          shentsize: 58,
          shnum: 60,
          shstrndx: 62,
        }
      : {
          entry: 24,
          phoff: 28,
          shoff: 32,
          flags: 36,
          ehsize: 40,
          phentsize: 42,
          phnum: 44,
          shentsize: 46,
          shnum: 48,
          shstrndx: 50,
        };
  w.word(o.entry, base, bits);
  w.word(o.phoff, ehsize, bits);
  w.word(o.shoff, shoff, bits);
  w.u16(o.ehsize, ehsize);
  w.u16(o.phentsize, phentsize);
  w.u16(o.phnum, phnum);
  w.u16(o.shentsize, shentsize);
  w.u16(o.shnum, shnum);
  w.u16(o.shstrndx, shnum - 1);

  const segs = [
    { type: 1, flags: spec.loadFlags ?? 6, offset: 0, vaddr: base, filesz: total, memsz: total },
    ...(spec.extraSegments ?? []),
  ];
  segs.forEach((p, i) => {
    const ph = ehsize + i * phentsize;
    if (bits === 64) {
      w.u32(ph, p.type);
      w.u32(ph + 4, p.flags);
      w.u64(ph + 8, p.offset);
      w.u64(ph + 16, p.vaddr);
      w.u64(ph + 24, p.vaddr);
      w.u64(ph + 32, p.filesz);
      w.u64(ph + 40, p.memsz);
      w.u64(ph + 48, 0x1000);
    } else {
      w.u32(ph, p.type);
      w.u32(ph + 4, p.offset);
      w.u32(ph + 8, p.vaddr);
      w.u32(ph + 12, p.vaddr);
      w.u32(ph + 16, p.filesz);
      w.u32(ph + 20, p.memsz);
      w.u32(ph + 24, p.flags);
      w.u32(ph + 28, 0x1000);
    }
  });

  for (const p of placed) {
    const data = typeof p.spec.data === 'function' ? p.spec.data(base + p.offset) : p.spec.data;
    if (data.length !== p.size)
      throw new Error(`section ${p.spec.name}: ${data.length} bytes, expected ${p.size}`);
    buf.set(data, p.offset);
  }
  buf.set(shstr, shstrOff);

  const sh = (
    i: number,
    f: { name: number; type: number; flags: number; addr: number; offset: number; size: number },
  ) => {
    const h = shoff + i * shentsize;
    w.u32(h, f.name);
    w.u32(h + 4, f.type);
    if (bits === 64) {
      w.u64(h + 8, f.flags);
      w.u64(h + 16, f.addr);
      w.u64(h + 24, f.offset);
      w.u64(h + 32, f.size);
      w.u64(h + 48, 1);
    } else {
      w.u32(h + 8, f.flags);
      w.u32(h + 12, f.addr);
      w.u32(h + 16, f.offset);
      w.u32(h + 20, f.size);
      w.u32(h + 32, 1);
    }
  };
  placed.forEach((p, i) =>
    sh(i + 1, {
      name: nameOff[i + 1] ?? 0,
      type: p.spec.type ?? 1,
      flags: p.spec.flags ?? 3,
      addr: base + p.offset,
      offset: p.offset,
      size: p.size,
    }),
  );
  sh(shnum - 1, {
    name: nameOff[shnum - 1] ?? 0,
    type: 3,
    flags: 0,
    addr: 0,
    offset: shstrOff,
    size: shstr.length,
  });
  return { bytes: buf, layout };
}

const SENTINEL_START = Buffer.from('3077af0c9274080241e1c107e6d618e6', 'hex');
const SENTINEL_END = Buffer.from('f932433186182072008242104116d8f2', 'hex');

/** Module info as cmd/go stores it: between its two 16-byte sentinels. */
export function framedModinfo(modinfo: string): Buffer {
  return Buffer.concat([SENTINEL_START, Buffer.from(modinfo, 'utf8'), SENTINEL_END]);
}

/**
 * A `.go.buildinfo` section in the pre-1.18 pointer format, and the strings it points to, in one section:
 * header (magic, ptrSize, flags = big-endian bit only), two pointers to Go string headers {ptr, len}, the two
 * headers, then the bytes.
 */
export function pointerFormatSection(
  version: string,
  modinfo: string,
  bits: 32 | 64,
  endian: 'little' | 'big',
): SectionSpec {
  const ptr = bits / 8;
  const vers = Buffer.from(version, 'utf8');
  const mod = framedModinfo(modinfo);
  const headerSize = 16 + 2 * ptr;
  const hdrsAt = pad(headerSize, 16);
  const versAt = hdrsAt + 4 * ptr;
  const modAt = versAt + vers.length;
  const size = modAt + mod.length;
  return {
    name: '.go.buildinfo',
    size,
    data: (addr) =>
      Buffer.concat([
        Buffer.from('\xff Go buildinf:', 'latin1'),
        Buffer.from([ptr, endian === 'big' ? 1 : 0]),
        words([addr + hdrsAt, addr + hdrsAt + 2 * ptr], bits, endian),
        Buffer.alloc(hdrsAt - headerSize),
        words([addr + versAt, vers.length, addr + modAt, mod.length], bits, endian),
        vers,
        mod,
      ]),
  };
}

/** A Go 1.18+ inline-format blob (flags 2), as the linker writes it into `.go.buildinfo`. */
export function inlineFormatSection(version: string, modinfo: string, bits: 32 | 64): SectionSpec {
  const uv = (n: number) => {
    const out: number[] = [];
    while (n >= 0x80) {
      out.push((n & 0x7f) | 0x80);
      n = Math.floor(n / 128);
    }
    out.push(n);
    return Buffer.from(out);
  };
  const vers = Buffer.from(version, 'utf8');
  const mod = framedModinfo(modinfo);
  return {
    name: '.go.buildinfo',
    data: Buffer.concat([
      Buffer.from('\xff Go buildinf:', 'latin1'),
      Buffer.from([bits / 8, 2]),
      Buffer.alloc(16),
      uv(vers.length),
      vers,
      uv(mod.length),
      mod,
    ]),
  };
}
