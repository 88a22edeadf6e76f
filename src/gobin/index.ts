/**
 * src/gobin: pure parsers over a Go binary's bytes (ELF headers, build info, run-time traits). Nothing here
 * throws or reads files; the image analyzer hands in the bytes.
 */
import { readGoBuildInfo, type GoBuildInfo } from './buildinfo.js';
import { parseElf, type ElfInfo } from './elf.js';
import { goTraits, type GoTraits } from './traits.js';

export * from './buildinfo.js';
export * from './elf.js';
export * from './traits.js';
export { goQuote, goUnquote } from './goquote.js';

export interface GoBinary {
  elf: ElfInfo;
  buildInfo?: GoBuildInfo;
  traits?: GoTraits;
  /** No PT_INTERP and no DT_NEEDED: starts on an empty (scratch) image. */
  static: boolean;
  /** No .symtab. */
  stripped: boolean;
}

/** ELF facts, Go build info and traits of one file; undefined when it is not ELF. Traits only for Go binaries. */
export function inspectBinary(bytes: Uint8Array): GoBinary | undefined {
  const elf = parseElf(bytes);
  if (!elf) return undefined;
  const out: GoBinary = {
    elf,
    static: elf.interpreter === undefined && elf.needed.length === 0,
    stripped: !elf.hasSymtab,
  };
  const buildInfo = readGoBuildInfo(bytes, elf);
  if (buildInfo) {
    out.buildInfo = buildInfo;
    out.traits = goTraits(bytes, elf);
  }
  return out;
}
