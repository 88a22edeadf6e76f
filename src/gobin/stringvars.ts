/**
 * Values of a Go binary's package-level string variables, read through the ELF symbol table: what `-ldflags
 * -X pkg.name=value` wrote, also when `-trimpath` left -ldflags out of the build info. Needs a .symtab (not
 * built with -s). Pure and bounds-checked: bad input gives fewer results, never an exception.
 */
import { Reader, utf8 } from './bytes.js';
import { SHT_SYMTAB, vaddrToOffset, type ElfInfo } from './elf.js';

export interface StringVar {
  /** The symbol, e.g. `main.buildDate` or `example.com/app/version.Time`. */
  readonly name: string;
  readonly value: string;
}

const STT_OBJECT = 1;
const MAX_SYMBOLS = 500_000;
const MAX_VALUE = 256;

/**
 * String variables whose symbol name matches `wanted` (a test on the whole symbol name): a symbol of two
 * words (a string header) whose data pointer and length lead to text in the file.
 */
export function stringVars(bytes: Uint8Array, elf: ElfInfo, wanted: (name: string) => boolean): StringVar[] {
  const symtab = elf.sections.find((s) => s.type === SHT_SYMTAB);
  const strtab = symtab?.link !== undefined ? elf.sections[symtab.link] : undefined;
  if (!symtab || !strtab) return [];
  const r = new Reader(bytes, elf.endian === 'little');
  const word: 4 | 8 = elf.bits === 64 ? 8 : 4;
  const entSize = elf.bits === 64 ? 24 : 16;
  const count = Math.min(Math.floor(symtab.size / entSize), MAX_SYMBOLS);
  const out: StringVar[] = [];
  for (let i = 0; i < count; i++) {
    const at = symtab.offset + i * entSize;
    const nameOff = r.u32(at);
    const info = elf.bits === 64 ? r.u8(at + 4) : r.u8(at + 12);
    const value = elf.bits === 64 ? r.u64(at + 8) : r.u32(at + 4);
    const size = elf.bits === 64 ? r.u64(at + 16) : r.u32(at + 8);
    if (nameOff === undefined || info === undefined || value === undefined || size !== 2 * word) continue;
    if ((info & 0xf) !== STT_OBJECT) continue;
    const name = cName(r, strtab.offset + nameOff, strtab.offset + strtab.size);
    if (!name || !wanted(name)) continue;
    const headerAt = vaddrToOffset(elf, value, 2 * word);
    if (headerAt === undefined) continue;
    const ptr = r.word(headerAt, word);
    const len = r.word(headerAt + word, word);
    if (ptr === undefined || len === undefined || len === 0 || len > MAX_VALUE) continue;
    const dataAt = vaddrToOffset(elf, ptr, len);
    const data = dataAt !== undefined ? r.slice(dataAt, len) : undefined;
    if (data) out.push({ name, value: utf8(data) });
  }
  return out;
}

function cName(r: Reader, at: number, end: number): string | undefined {
  let k = at;
  while (k < end && k - at < 512) {
    const b = r.u8(k);
    if (b === undefined) return undefined;
    if (b === 0) return utf8(r.slice(at, k - at) ?? new Uint8Array());
    k++;
  }
  return undefined;
}
