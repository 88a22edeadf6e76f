/**
 * A small ELF reader: header, program headers, section headers (with names), PT_INTERP and DT_NEEDED. Pure and
 * total: every read is bounds-checked, table counts are capped, and bad input gives undefined or a partial
 * result, never an exception or a huge allocation.
 */
import { Reader, cString, utf8 } from './bytes.js';

export interface ElfSection {
  name: string;
  type: number;
  flags: number;
  addr: number;
  offset: number;
  size: number;
  /** sh_link (e.g. the string table of .dynamic / .symtab). */
  link?: number;
}

export interface ElfSegment {
  type: number;
  flags: number;
  offset: number;
  vaddr: number;
  filesz: number;
  memsz: number;
}

export interface ElfInfo {
  bits: 32 | 64;
  endian: 'little' | 'big';
  /** e_type: 'dyn' is also what a PIE executable is. */
  type: 'exec' | 'dyn' | 'rel' | 'core' | 'other';
  /** e_machine. */
  machine: number;
  /** GOARCH for the machine, class and byte order (amd64, 386, arm64, arm, ppc64le, ...). */
  goarch?: string;
  /** PT_INTERP: the dynamic loader a dynamically linked binary needs on the image. */
  interpreter?: string;
  /** DT_NEEDED libraries. */
  needed: string[];
  /** Section headers with their names ([] when the table is missing or out of the file). */
  sections: ElfSection[];
  /** A .symtab (SHT_SYMTAB) is present: not built with -s / not stripped. */
  hasSymtab: boolean;
  /** Total on-disk size of .debug_* / .zdebug_* sections (compressed size when SHF_COMPRESSED); 0 = none (-w). */
  debugSectionsBytes: number;
  /** Size of .symtab plus its .strtab. */
  symtabBytes: number;
  /** For EM_ARM: from e_flags (EF_ARM_ABI_FLOAT_HARD/SOFT), else the loader's name; undefined for Go's own linker. */
  armFloatAbi?: 'hard' | 'soft';
  /** e_flags. */
  flags: number;
  /** e_entry. */
  entry: number;
  /** Program headers (PT_LOAD, PT_INTERP, PT_DYNAMIC, ...). */
  segments: ElfSegment[];
}

export const PT_LOAD = 1;
export const PT_DYNAMIC = 2;
export const PT_INTERP = 3;
export const PF_X = 1;
export const PF_W = 2;
export const SHT_SYMTAB = 2;
export const SHT_NOBITS = 8;
const SHT_DYNAMIC = 6;
const DT_NULL = 0;
const DT_NEEDED = 1;
const DT_STRTAB = 5;
const DT_STRSZ = 10;

/** Caps that keep hostile headers from costing time or memory (real Go binaries have < 50 of each). */
const MAX_SECTIONS = 4096;
const MAX_SEGMENTS = 1024;
const MAX_DYNAMIC = 4096;
const MAX_NEEDED = 256;

export const EM = {
  I386: 3,
  MIPS: 8,
  PPC64: 21,
  S390: 22,
  ARM: 40,
  X86_64: 62,
  AARCH64: 183,
  RISCV: 243,
  LOONGARCH: 258,
} as const;

export function isElf(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 && bytes[0] === 0x7f && bytes[1] === 0x45 && bytes[2] === 0x4c && bytes[3] === 0x46
  );
}

/** The GOARCH name of a machine, class and byte order, as Go's own toolchain would name it. */
export function goarchOf(machine: number, bits: 32 | 64, endian: 'little' | 'big'): string | undefined {
  const le = endian === 'little';
  switch (machine) {
    case EM.X86_64:
      return bits === 64 ? 'amd64' : undefined; // 32-bit x86-64 would be x32, not a GOARCH
    case EM.I386:
      return bits === 32 ? '386' : undefined;
    case EM.AARCH64:
      return bits === 64 && le ? 'arm64' : undefined;
    case EM.ARM:
      return bits === 32 && le ? 'arm' : undefined;
    case EM.PPC64:
      return bits === 64 ? (le ? 'ppc64le' : 'ppc64') : undefined;
    case EM.S390:
      return bits === 64 && !le ? 's390x' : undefined;
    case EM.RISCV:
      return bits === 64 ? 'riscv64' : undefined;
    case EM.MIPS:
      return bits === 32 ? (le ? 'mipsle' : 'mips') : le ? 'mips64le' : 'mips64';
    case EM.LOONGARCH:
      return bits === 64 ? 'loong64' : undefined;
    default:
      return undefined;
  }
}

function typeName(t: number): ElfInfo['type'] {
  return t === 1 ? 'rel' : t === 2 ? 'exec' : t === 3 ? 'dyn' : t === 4 ? 'core' : 'other';
}

/**
 * The float ABI of a 32-bit ARM binary: e_flags EF_ARM_ABI_FLOAT_HARD (0x400) / _SOFT (0x200) when the linker set
 * them (GNU ld does; Go's internal linker writes 0x5000002 and sets neither), else the loader name (armhf's is
 * ld-linux-armhf.so.3). A static Go binary therefore has no answer here: GOARM in the build info is the source.
 */
function armFloatAbi(flags: number, interpreter: string | undefined): 'hard' | 'soft' | undefined {
  if (flags & 0x400) return 'hard';
  if (flags & 0x200) return 'soft';
  if (interpreter?.includes('armhf')) return 'hard';
  if (interpreter && /ld-linux\.so\.3$/.test(interpreter)) return 'soft';
  return undefined;
}

/** The file offset of a virtual address through the PT_LOAD segments (within their file size), or undefined. */
export function vaddrToOffset(elf: Pick<ElfInfo, 'segments'>, addr: number, size = 1): number | undefined {
  for (const p of elf.segments) {
    if (p.type !== PT_LOAD) continue;
    if (addr >= p.vaddr && addr + size <= p.vaddr + p.filesz) return p.offset + (addr - p.vaddr);
  }
  return undefined;
}

/** The header fields after e_ident, with the counts from section header 0 when they overflow 16 bits. */
interface ElfHeader {
  readonly type: number;
  readonly machine: number;
  readonly entry: number;
  readonly phoff: number;
  readonly shoff: number;
  readonly flags: number;
  readonly phentsize: number;
  readonly phnum: number;
  readonly shentsize: number;
  readonly shnum: number;
  readonly shstrndx: number;
}

// Offsets of the header fields after e_version (which is at 20 in both classes).
const HEADER_64 = {
  entry: 24,
  phoff: 32,
  shoff: 40,
  flags: 48,
  phentsize: 54,
  phnum: 56,
  shentsize: 58,
  shnum: 60,
  shstrndx: 62,
};
const HEADER_32 = {
  entry: 24,
  phoff: 28,
  shoff: 32,
  flags: 36,
  phentsize: 42,
  phnum: 44,
  shentsize: 46,
  shnum: 48,
  shstrndx: 50,
};

/** Minimum section and program header entry sizes. */
const minShentsize = (bits: 32 | 64) => (bits === 64 ? 64 : 40);
const minPhentsize = (bits: 32 | 64) => (bits === 64 ? 56 : 32);

function readHeader(r: Reader, bits: 32 | 64): ElfHeader {
  const w: 4 | 8 = bits === 64 ? 8 : 4;
  const o = bits === 64 ? HEADER_64 : HEADER_32;
  const shoff = r.word(o.shoff, w) ?? 0;
  const shentsize = r.u16(o.shentsize) ?? 0;
  let phnum = r.u16(o.phnum) ?? 0;
  let shnum = r.u16(o.shnum) ?? 0;
  let shstrndx = r.u16(o.shstrndx) ?? 0;
  // Section header 0 carries the real counts when they overflow 16 bits (extended numbering).
  const sh0 = shoff > 0 && shentsize >= minShentsize(bits) && r.has(shoff, shentsize) ? shoff : undefined;
  if (sh0 !== undefined) {
    if (shnum === 0) shnum = r.word(sh0 + (bits === 64 ? 32 : 20), w) ?? 0;
    if (shstrndx === 0xffff) shstrndx = r.u32(sh0 + (bits === 64 ? 40 : 24)) ?? 0;
    if (phnum === 0xffff) phnum = r.u32(sh0 + (bits === 64 ? 44 : 28)) ?? 0;
  }
  return {
    type: r.u16(16) ?? 0,
    machine: r.u16(18) ?? 0,
    entry: r.word(o.entry, w) ?? 0,
    phoff: r.word(o.phoff, w) ?? 0,
    shoff,
    flags: r.u32(o.flags) ?? 0,
    phentsize: r.u16(o.phentsize) ?? 0,
    phnum,
    shentsize,
    shnum,
    shstrndx,
  };
}

/** The entries of a table (at most `cap`, and no more than the file holds). */
function tableCount(bytes: Uint8Array, off: number, entsize: number, num: number, cap: number): number {
  return Math.min(num, cap, Math.floor(Math.max(0, bytes.length - off) / entsize));
}

/** A record whose every field was read (undefined when one ran past the end of the file). */
function complete<T extends object>(rec: { [K in keyof T]: T[K] | undefined }): T | undefined {
  return Object.values(rec).every((v) => v !== undefined) ? (rec as T) : undefined;
}

function readSegments(r: Reader, bytes: Uint8Array, bits: 32 | 64, h: ElfHeader): ElfSegment[] {
  const segments: ElfSegment[] = [];
  if (h.phoff <= 0 || h.phentsize < minPhentsize(bits)) return segments;
  const n = tableCount(bytes, h.phoff, h.phentsize, h.phnum, MAX_SEGMENTS);
  for (let i = 0; i < n; i++) {
    const at = h.phoff + i * h.phentsize;
    const seg = complete<ElfSegment>(
      bits === 64
        ? {
            type: r.u32(at),
            flags: r.u32(at + 4),
            offset: r.u64(at + 8),
            vaddr: r.u64(at + 16),
            filesz: r.u64(at + 32),
            memsz: r.u64(at + 40),
          }
        : {
            type: r.u32(at),
            offset: r.u32(at + 4),
            vaddr: r.u32(at + 8),
            filesz: r.u32(at + 16),
            memsz: r.u32(at + 20),
            flags: r.u32(at + 24),
          },
    );
    if (!seg) break;
    const { type, flags, offset, vaddr, filesz, memsz } = seg;
    segments.push({ type, flags, offset, vaddr, filesz, memsz });
  }
  return segments;
}

type RawSection = Omit<ElfSection, 'name' | 'link'> & { nameOff: number; link: number };

function readSections(r: Reader, bytes: Uint8Array, bits: 32 | 64, h: ElfHeader): ElfSection[] {
  const raw: RawSection[] = [];
  if (h.shoff > 0 && h.shentsize >= minShentsize(bits)) {
    const n = tableCount(bytes, h.shoff, h.shentsize, h.shnum, MAX_SECTIONS);
    for (let i = 0; i < n; i++) {
      const at = h.shoff + i * h.shentsize;
      const s = complete<RawSection>(
        bits === 64
          ? {
              nameOff: r.u32(at),
              type: r.u32(at + 4),
              flags: r.u64(at + 8),
              addr: r.u64(at + 16),
              offset: r.u64(at + 24),
              size: r.u64(at + 32),
              link: r.u32(at + 40),
            }
          : {
              nameOff: r.u32(at),
              type: r.u32(at + 4),
              flags: r.u32(at + 8),
              addr: r.u32(at + 12),
              offset: r.u32(at + 16),
              size: r.u32(at + 20),
              link: r.u32(at + 24),
            },
      );
      if (!s) break;
      const { nameOff, type, flags, addr, offset, size, link } = s;
      raw.push({ nameOff, type, flags, addr, offset, size, link });
    }
  }
  const strtab = raw[h.shstrndx];
  return raw.map(({ nameOff, ...s }) => {
    let name = '';
    if (strtab && strtab.type !== SHT_NOBITS && nameOff < strtab.size) {
      name = cString(bytes, strtab.offset + nameOff, Math.min(256, strtab.size - nameOff)) ?? '';
    }
    return { ...s, name };
  });
}

/** PT_INTERP's loader path. */
function interpreterOf(r: Reader, bytes: Uint8Array, segments: readonly ElfSegment[]): string | undefined {
  const interp = segments.find((p) => p.type === PT_INTERP);
  if (!interp) return undefined;
  const b = r.slice(interp.offset, Math.max(0, Math.min(interp.filesz, 4096, bytes.length - interp.offset)));
  if (!b) return undefined;
  const nul = b.indexOf(0);
  return utf8(nul >= 0 ? b.subarray(0, nul) : b);
}

/** What -s and -w leave out: .symtab (with its .strtab) and the .debug_* sections. */
function strippable(
  sections: readonly ElfSection[],
): Pick<ElfInfo, 'hasSymtab' | 'debugSectionsBytes' | 'symtabBytes'> {
  let debugSectionsBytes = 0;
  let symtabBytes = 0;
  let hasSymtab = false;
  for (const s of sections) {
    if (s.name.startsWith('.debug_') || s.name.startsWith('.zdebug_')) {
      if (s.type !== SHT_NOBITS) debugSectionsBytes += s.size;
    }
    if (s.name === '.symtab' || s.type === SHT_SYMTAB) {
      hasSymtab = true;
      symtabBytes += s.size;
      const str = s.link !== undefined ? sections[s.link] : undefined;
      if (str && str.name === '.strtab') symtabBytes += str.size;
    }
  }
  return { hasSymtab, debugSectionsBytes, symtabBytes };
}

export function parseElf(bytes: Uint8Array): ElfInfo | undefined {
  if (!isElf(bytes) || bytes.length < 52) return undefined;
  const cls = bytes[4];
  const data = bytes[5];
  if ((cls !== 1 && cls !== 2) || (data !== 1 && data !== 2)) return undefined;
  const bits: 32 | 64 = cls === 2 ? 64 : 32;
  const endian = data === 1 ? 'little' : 'big';
  const r = new Reader(bytes, endian === 'little');
  if (!r.has(0, bits === 64 ? 64 : 52)) return undefined;
  const h = readHeader(r, bits);
  const segments = readSegments(r, bytes, bits, h);
  const sections = readSections(r, bytes, bits, h);
  const interpreter = interpreterOf(r, bytes, segments);
  const info: ElfInfo = {
    bits,
    endian,
    type: typeName(h.type),
    machine: h.machine,
    needed: dtNeeded(r, bits, segments, sections),
    sections,
    ...strippable(sections),
    flags: h.flags,
    entry: h.entry,
    segments,
  };
  const goarch = goarchOf(h.machine, bits, endian);
  if (goarch) info.goarch = goarch;
  if (interpreter !== undefined) info.interpreter = interpreter;
  if (h.machine === EM.ARM) {
    const abi = armFloatAbi(h.flags, interpreter);
    if (abi) info.armFloatAbi = abi;
  }
  return info;
}

/**
 * DT_NEEDED names: from the .dynamic section and its linked string table when there is a section table, else
 * from PT_DYNAMIC with DT_STRTAB resolved through the PT_LOAD segments (a section-stripped binary).
 */
function dtNeeded(r: Reader, bits: 32 | 64, segments: ElfSegment[], sections: ElfSection[]): string[] {
  const w: 4 | 8 = bits === 64 ? 8 : 4;
  let dynOff: number;
  let dynSize: number;
  let strOff: number | undefined;
  let strSize = 0;
  const dynSec = sections.find((s) => s.type === SHT_DYNAMIC && s.name === '.dynamic');
  if (dynSec) {
    dynOff = dynSec.offset;
    dynSize = dynSec.size;
    const str = dynSec.link !== undefined ? sections[dynSec.link] : undefined;
    if (str && str.type !== SHT_NOBITS) {
      strOff = str.offset;
      strSize = str.size;
    }
  } else {
    const seg = segments.find((p) => p.type === PT_DYNAMIC);
    if (!seg) return [];
    dynOff = seg.offset;
    dynSize = seg.filesz;
  }
  const entries: [number, number][] = [];
  const n = Math.min(MAX_DYNAMIC, Math.floor(dynSize / (2 * w)));
  for (let i = 0; i < n; i++) {
    const at = dynOff + i * 2 * w;
    const tag = r.word(at, w);
    const val = r.word(at + w, w);
    if (tag === undefined || val === undefined || tag === DT_NULL) break;
    entries.push([tag, val]);
  }
  if (strOff === undefined) {
    const addr = entries.find(([t]) => t === DT_STRTAB)?.[1];
    strSize = entries.find(([t]) => t === DT_STRSZ)?.[1] ?? 0;
    if (addr !== undefined) strOff = vaddrToOffset({ segments }, addr, 1);
  }
  if (strOff === undefined) return [];
  const out: string[] = [];
  for (const [tag, val] of entries) {
    if (tag !== DT_NEEDED || val >= strSize) continue;
    const s = cString(r.bytes, strOff + val, Math.min(4096, strSize - val));
    if (s !== undefined) out.push(s);
    if (out.length >= MAX_NEEDED) break;
  }
  return out;
}
